/** Review c11 words fixed by c11d, each failing on main be2e49d.
 * M6. Dialysis: the patient texts do not say "drink plenty of fluids" (treatments.md 8c: "~3 L/day if
 *     tolerated"; silent on dialysis): they send the patient to the dialysis team, in English and Spanish.
 * W2. A pathological fracture with no site in the record (the contract has none): the handout does not say
 *     the broken bone is in the spine (treatments.md 8b, kyphoplasty: vertebral compression fractures). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { buildHandout, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const vignette = (name: string): Assessment => assess(record(name));
const handout = (a: Assessment, w: HandoutWords = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));
const full = (a: Assessment, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));

describe("c11 M6: dialysis-dependent myeloma, the patient texts", () => {
  const a = vignette("review-c11d-dialysis-tie");

  it("English: no 'drink plenty'; ask the dialysis team how much to drink", () => {
    for (const t of [handout(a), full(a)]) expect(t).not.toMatch(/drink plenty/i);
    expect(full(a)).toMatch(/Ask your dialysis team how much to drink/);
  });

  it("Spanish: no 'beba bastante'; pregunte a su equipo de diálisis", () => {
    for (const t of [handout(a, ES), full(a, ES)]) expect(t).not.toMatch(/beba (bastante|mucho)/i);
    expect(full(a, ES)).toMatch(/equipo de diálisis/);
  });

  it("off dialysis the fluid sentence stays (control)", () => {
    const r = record("review-c11d-dialysis-tie");
    r.conditions = { ...(r.conditions as object), renalFailureOnDialysis: false };
    const b = assess(r);
    expect(full(b)).toMatch(/Drink plenty of fluids if your team agrees/);
    expect(full(b, ES)).toMatch(/Beba bastante líquido/);
  });
});

describe("c11 W2: pathological fracture, site not recorded (cord compression at diagnosis)", () => {
  const a = vignette("review-c11d-cord-compression-fracture");

  it("the option list names kyphoplasty only for a broken bone that is in the spine (EN, ES)", () => {
    expect(a.options.some((o) => o.id === "sc.bone.kyphoplasty")).toBe(true);
    const en = `${handout(a)} ${full(a)}`;
    const es = `${handout(a, ES)} ${full(a, ES)}`;
    expect(en).not.toMatch(/mend a broken bone in the spine/);
    expect(es).not.toMatch(/reparar un hueso roto de la columna/);
    expect(full(a)).toMatch(/If a broken bone is in the spine/);
    expect(full(a, ES)).toMatch(/Si el hueso roto está en la columna/);
  });
});

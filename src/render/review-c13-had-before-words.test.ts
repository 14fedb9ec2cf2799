/** Review c13 words (specialist review, finding 2; helper review c13 finding 7): a t(11;14) second relapse
 * refractory to lenalidomide, daratumumab and pomalidomide (progressed on DPd). The clinician text says of
 * PVd, KPd, EPd and BPd "The disease is refractory to pomalidomide ... this regimen gives it again; its
 * benefit rests on the other drugs" (IMWG 2011 refractory, rajkumar-2011-blood; criteria-and-scores.md 9.2).
 * The patient texts called PVd "a new mix of drugs" and the handout listed it with no hint that it has a
 * drug the patient already had. Now the handout line and the full summary say so (English and Spanish).
 * Vignette: examples/vignettes/review-c13-t1114-second-relapse-pom-refractory.json (from
 * /work/vig-c13/c13-t1114-second-relapse-dara-len-refractory.json). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { renderClinicianSummary } from "./clinician.js";
import { buildHandout, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const lines = (a: Assessment, w: HandoutWords = EN) => handoutLines(buildHandout(a, w));
const full = (a: Assessment, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));
/** The full summary's block of the option whose heading ends with "(CODE):". */
const block = (text: string, code: string) => {
  const at = text.indexOf(`(${code}):`);
  expect(at, code).toBeGreaterThan(-1);
  const next = text.slice(at + 1).search(/ \d+\. [^ ]/);
  return next === -1 ? text.slice(at) : text.slice(at, at + 1 + next);
};

// Review c17 handout 6: the words say the disease stopped responding to it, not only that it was had before.
const EN_FULL = EN.summary.hadBefore(["pomalidomide"]);
const ES_FULL = ES.summary.hadBefore(["pomalidomida"]);

describe("second relapse refractory to pomalidomide: options that give it again say so", () => {
  const a = assess(record("review-c13-t1114-second-relapse-pom-refractory"));
  const withPom = a.options.filter((o) => o.regimen?.drugs.includes("pomalidomide"));
  const codes = withPom.map((o) => o.regimen?.code ?? "");

  it("the premise: PVd and other pomalidomide regimens are offered, the clinician text is right", () => {
    expect(codes).toContain("PVd");
    expect(codes.length).toBeGreaterThan(1);
    expect(flat(renderClinicianSummary(a, "text"))).toContain(
      "The disease is refractory to pomalidomide (progression on it or within 60 days of the last dose, IMWG): this regimen gives it again; its benefit rests on the other drugs.",
    );
  });

  it("English handout: each pomalidomide line says it was had before; no other line does", () => {
    const listed = lines(a).filter((l) => /\((PVd|KPd|EPd|BPd|XVd|Kd|BVd)\)/.test(l));
    expect(listed.some((l) => l.includes("(PVd)"))).toBe(true);
    for (const l of listed) {
      const pom = /\((PVd|KPd|EPd|BPd)\)/.test(l);
      expect(l.includes(EN.marks.hadBefore(["pomalidomide"])), l).toBe(pom);
    }
  });

  it("Spanish handout alike", () => {
    const listed = lines(a, ES).filter((l) => /\((PVd|KPd|EPd|BPd|XVd|Kd|BVd)\)/.test(l));
    expect(listed.some((l) => l.includes("(PVd)"))).toBe(true);
    for (const l of listed) {
      const pom = /\((PVd|KPd|EPd|BPd)\)/.test(l);
      expect(l.includes(ES.marks.hadBefore(["pomalidomida"])), l).toBe(pom);
    }
  });

  it("English full summary: PVd and every pomalidomide option say it; Kd does not", () => {
    const t = full(a);
    for (const code of codes) expect(block(t, code), code).toContain(EN_FULL);
    expect(block(t, "Kd")).not.toContain("stopped responding");
  });

  it("Spanish full summary alike", () => {
    const t = full(a, ES);
    for (const code of codes) expect(block(t, code), code).toContain(ES_FULL);
    expect(block(t, "Kd")).not.toContain("dejó de responder");
  });
});

describe("control: pomalidomide not given before", () => {
  it("lenalidomide-refractory first relapse: PVd is offered without such words", () => {
    const a = assess(record("relapse-lenalidomide-refractory"));
    expect(a.options.some((o) => o.regimen?.code === "PVd")).toBe(true);
    expect(full(a)).not.toContain("which you had before");
    expect(lines(a).join(" ")).not.toContain("you had pomalidomide before");
    expect(full(a, ES)).not.toContain("que usted ya recibió");
  });
});

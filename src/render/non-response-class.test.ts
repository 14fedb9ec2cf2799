/** Review c55-5: isatuximab (Isa-Kd) with a best response of SD, then PVd progressed. The clinician cards hold DRd,
 * DKd and DPd at "consider" for the anti-CD38 class (criteria-and-scores.md 9.2: non-response, read for the class as
 * refractoriness is); the patient's handout and full text said nothing of the class, only of carfilzomib. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { ES } from "./words/es.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const flat = (t: string): string => t.replace(/\s+/g, " ");
const VIGNETTE = "review-c55-5-isa-kd-sd-then-pvd-progressed-class";

describe("review c55-5: an anti-CD38 antibody of the same kind as one that did not work", () => {
  const a = assess(read(VIGNETTE));

  it("the engine reads isatuximab as non-responsive and holds daratumumab's regimens for the class", () => {
    expect(a.linesOfTherapy.nonResponsiveDrugs).toContain("isatuximab");
    const drd = a.options.find(
      (o) => o.regimen?.drugs.includes("daratumumab") && o.regimen.drugs.includes("lenalidomide"),
    );
    expect(drd?.strength).toBe("consider");
  });

  it("the handout marks each daratumumab option with the class note (EN and ES)", () => {
    const en = flat(renderHandout(a, "text"));
    // DRd gives way to the page's cut since teclistamab is listed at 3 prior lines (review c84-M1); the full text below
    // still marks it.
    expect(en).toMatch(
      /\(DPd\) \* – pomalidomide stopped working for you; it has daratumumab, a medicine like isatuximab, which did not work well for you before/,
    );
    expect(en).toMatch(
      /\(DKd\) \* – carfilzomib did not work well for you before; it has daratumumab, a medicine like isatuximab/,
    );
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toMatch(
      /tiene el daratumumab, un medicamento como el isatuximab, que no le funcionó bien antes/,
    );
  });

  it("the full patient text says it under each such option (DKd, DPd, DRd, DVd, Tec-Dara)", () => {
    const dara = a.options.filter((o) => o.regimen?.drugs.includes("daratumumab"));
    expect(dara.map((o) => o.id).sort()).toEqual(["rr.dkd", "rr.dpd", "rr.drd", "rr.dvd", "rr.tec-dara"]);
    const en = flat(renderPatientSummary(a, "text"));
    const note = /a medicine of the same kind as isatuximab\. Isatuximab did not work well for you before/g;
    expect(en.match(note)).toHaveLength(dara.length);
    const es = flat(renderPatientSummary(a, "text", ES));
    expect(es).toMatch(/del mismo tipo que isatuximab\. Antes isatuximab no le funcionó bien/);
  });

  it("control: Isa-Kd with a partial response (not SD) gives no class note", () => {
    const r = read(VIGNETTE);
    r.treatmentHistory[2].bestResponse = "PR";
    const b = assess(r);
    expect(b.linesOfTherapy.nonResponsiveDrugs ?? []).not.toContain("isatuximab");
    expect(flat(renderHandout(b, "text"))).not.toMatch(/a medicine like isatuximab/);
  });

  it("control: refractory to isatuximab, the daratumumab regimens are not listed and no class non-response is said", () => {
    const r = read(VIGNETTE);
    Object.assign(r.treatmentHistory[2], {
      bestResponse: "PR",
      progressedOn: true,
      progressionDate: "2025-05-01",
      stopReason: "progression",
    });
    const b = assess(r);
    expect(b.linesOfTherapy.refractoryDrugs).toContain("isatuximab");
    expect(flat(renderPatientSummary(b, "text"))).not.toMatch(/isatuximab\. Isatuximab did not work well/);
  });
});

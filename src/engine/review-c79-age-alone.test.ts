/** Review c79-M2 (report /work/review79/review.md; records r7930, r7929, r7927): age alone (76, fit on every other
 * item) raised pathway.transplant-candidacy-conflict, demoted every transplant-intensity option and told the patient
 * "Some of your health results argue against it"; a 73-year-old with ECOG 2 and Charlson 3 got no caution.
 * criteria-and-scores.md 8.3: no consensus numeric rule; never decide on age alone. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const AGE76 = "review-c79-age76-fit-candidate-yes";
const ECOG2 = "review-c79-age73-ecog2-charlson3-candidate-yes";
const AGE72 = "review-c79-age72-fit-candidate-yes";
const CONFLICT = "pathway.transplant-candidacy-conflict";
const TE_CARDS = [
  "ndmm.te.d-vrd",
  "ndmm.te.isa-vrd",
  "ndmm.te.d-vtd",
  "ndmm.te.asct",
  "pathway.te.stem-cell-collection",
];
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);
const option = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const strengths = (a: Assessment) => a.options.map((o) => `${o.id}:${o.strength}`);
const ageCaution = (a: Assessment, id: string) =>
  option(a, id)?.cautions.find((c) => c.startsWith("Older than"));
const pcCaution = (a: Assessment, id: string) =>
  option(a, id)?.cautions.find((c) => c.startsWith("ECOG performance status 2"));
const agrees = (rec: unknown) => {
  const facts = toFacts(rec);
  const full = assessFactsWith(facts, {}, {});
  const ref = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
  expect(JSON.stringify(ref)).toBe(JSON.stringify(full));
  const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
  expect(strengths(codes)).toEqual(strengths(full));
};

describe("c79-M2 (a): age 76, fit on every other item, candidate yes (r7930)", () => {
  const a = assess(readVignette(AGE76));
  const fit72 = assess(readVignette(AGE72));

  it("raises no candidacy conflict and keeps the strengths of the 72-year-old", () => {
    expect(alertIds(a)).not.toContain(CONFLICT);
    expect(strengths(a)).toEqual(strengths(fit72));
    expect(option(a, "ndmm.te.asct")?.strength).toBe("if-eligible");
    expect(option(a, "ndmm.te.d-vrd")?.strength).toBe("preferred");
  });

  it("names the age (only) on the transplant-intensity cards, citing 8.3, marked unverified", () => {
    for (const id of TE_CARDS) {
      const c = ageCaution(a, id);
      expect(c, id).toMatch(/never decided on age alone \(criteria-and-scores 8\.3\)/);
      expect(c).toMatch(/up to about 75 in selected fit patients/);
      expect(c).toMatch(/\(age: 76 years\)$/);
      expect(option(a, id)?.cautions.join(" ")).not.toMatch(/Fitness argues against/);
    }
  });

  it("the handout does not say health results argue against the transplant (EN, ES)", () => {
    const en = renderHandout(a, "text", EN);
    const es = renderHandout(a, "text", ES);
    expect(en).not.toMatch(/argue against/);
    expect(es).not.toMatch(/hablan en contra/);
  });

  it("fast path, plain reference and codes-only agree", () => agrees(readVignette(AGE76)));
});

describe("c79-M2 (b): age 73, ECOG 2, Charlson 3, candidate yes (r7929)", () => {
  const a = assess(readVignette(ECOG2));

  it("the ASCT card names ECOG 2 and Charlson 3, marked UNVERIFIED, with no demotion and no conflict", () => {
    const c = pcCaution(a, "ndmm.te.asct");
    expect(c).toMatch(/UNVERIFIED/);
    expect(c).toMatch(/gives no cut-off/);
    expect(c).toMatch(/\(ECOG performance status: 2; Charlson comorbidity index: 3\)$/);
    expect(option(a, "ndmm.te.asct")?.strength).toBe("if-eligible");
    expect(alertIds(a)).not.toContain(CONFLICT);
  });

  it("Charlson 2 alone, or ECOG 2 alone, is named too", () => {
    const rec = readVignette(ECOG2);
    rec.fitness.ecog = 1;
    rec.fitness.charlson = 2;
    expect(pcCaution(assess(rec), "ndmm.te.asct")).toMatch(/Charlson comorbidity index: 2/);
    const rec2 = readVignette(ECOG2);
    rec2.fitness.charlson = 0;
    expect(pcCaution(assess(rec2), "ndmm.te.asct")).toMatch(/ECOG performance status: 2/);
  });

  it("fast path, plain reference and codes-only agree", () => agrees(readVignette(ECOG2)));
});

describe("c79-M2 controls", () => {
  it("age 72, fit: no age, ECOG or Charlson caution", () => {
    const a = assess(readVignette(AGE72));
    for (const id of TE_CARDS) {
      expect(ageCaution(a, id)).toBeUndefined();
      expect(pcCaution(a, id)).toBeUndefined();
    }
  });

  it("ECOG 1, Charlson 1: no caution", () => {
    const rec = readVignette(ECOG2);
    rec.fitness.ecog = 1;
    rec.fitness.charlson = 1;
    expect(pcCaution(assess(rec), "ndmm.te.asct")).toBeUndefined();
  });

  it("age 76 and IMWG frail (ADL 4), or ECOG 3: the conflict and the demotion hold, the age said besides", () => {
    const frail = readVignette(AGE76);
    frail.fitness.adl = 4;
    const ecog3 = readVignette(AGE76);
    ecog3.fitness.ecog = 3;
    for (const rec of [frail, ecog3]) {
      const a = assess(rec);
      expect(alertIds(a)).toContain(CONFLICT);
      expect(option(a, "ndmm.te.asct")?.strength).toBe("consider");
      expect(option(a, "ndmm.te.d-vrd")?.strength).toBe("consider");
      expect(option(a, "ndmm.te.asct")?.cautions.join(" ")).toMatch(/IMWG frail, ECOG >=3, or over 80/);
      expect(ageCaution(a, "ndmm.te.asct")).toBeDefined();
      expect(pcCaution(a, "ndmm.te.asct")).toBeUndefined();
      agrees(rec);
    }
  });

  /** The fit 76-year-old at another age, with ADL and IADL not recorded (the IMWG score then not computed). */
  const agedWithoutAdl = (age: number) => {
    const rec = readVignette(AGE76);
    rec.patient.age = age;
    delete rec.fitness.adl;
    delete rec.fitness.iadl;
    return rec;
  };

  it("age 78 with the frailty score not known (ADL and IADL missing): the age is still named on the ASCT card", () => {
    const rec = agedWithoutAdl(78);
    const a = assess(rec);
    expect(a.fitness.imwgFrailty.group).toBeNull();
    expect(ageCaution(a, "ndmm.te.asct")).toMatch(/never decided on age alone/);
    agrees(rec);
  });

  it("age 84 with ADL and IADL missing: frail by the IMWG score's age item alone (2 points), so the conflict and the hold stand", () => {
    const rec = agedWithoutAdl(84);
    const a = assess(rec);
    expect(a.fitness.imwgFrailty.group).toBeNull();
    expect(alertIds(a)).toContain(CONFLICT);
    expect(option(a, "ndmm.te.asct")?.strength).toBe("consider");
    expect(option(a, "ndmm.te.d-vrd")?.strength).toBe("consider");
    agrees(rec);
  });

  it("age 76, candidate no: the transplant-ineligible reading is unchanged", () => {
    const rec = readVignette(AGE76);
    rec.transplant.candidate = "no";
    const a = assess(rec);
    expect(strengths(a).filter((s) => s.startsWith("ndmm."))).toEqual([
      "ndmm.tie.d-vrd:preferred",
      "ndmm.tie.isa-vrd:preferred",
      "ndmm.tie.drd:standard",
      "ndmm.vrd:standard",
      "ndmm.tie.d-vmp:consider",
      "ndmm.tie.vrd-lite:consider",
    ]);
  });
});

/** Review c69-W2 (report /work/review69/review.md, records r234, r224, control r225), as the patient and the clinician
 * read it and through every path of the engine: daratumumab last given 13-16 months before (D-VRd induction and
 * consolidation, then lenalidomide alone) was read as "on" it, so the handout of a confirmed relapse from CR said "It
 * may be even better. One of your medicines can show up in the protein test." and nothing said the protein had come
 * back. criteria-and-scores.md 6.4 (interference while ON an anti-CD38 antibody; the project reads 6 months after the
 * last dose, UNVERIFIED, treatments.md 7b), 6.2 (relapse from CR: M-protein back on immunofixation). The response
 * layer's reading is tested in src/response/review-c69-dara-window.test.ts. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import { assessCompact, compactAssessment } from "./compact.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

type Rec = ReturnType<typeof readVignette>;
const vignette = readVignette;
const R234 = "review-c69-w2-igg-kappa-relapse-from-cr-dara-stopped-13-months";
const R224 = "review-c69-w2-igg-kappa-dara-stopped-15-months-ife-pos-0.1";
const R225 = "review-c69-w2-iga-lambda-relapse-from-cr-r-maint";
const flat = (s: string) => s.replace(/\s+/g, " ");
/** r234 with daratumumab given now beside its lenalidomide maintenance (the control). */
const daraNow = (): Rec => {
  const r = vignette(R234);
  r.treatmentHistory[3].drugs = ["daratumumab", "lenalidomide"];
  return r;
};
const BACK_EN = /A test that had found no myeloma protein in your blood or urine now finds it again\./;
const BACK_ES =
  /Una prueba que ya no encontraba la proteína del mieloma en su sangre o en su orina ahora la vuelve a/;
const BETTER_EN = /It may be even better\./;
const BETTER_ES = /Puede ser incluso mejor\./;
const MEDICINE_EN = /One of your medicines can show up in the protein test\./;

describe("c69-W2: what the patient reads", () => {
  it("r234: the protein has come back, as the IgA-lambda control reads (EN), not 'It may be even better'", () => {
    const a = assess(vignette(R234));
    for (const text of [renderHandout(a, "text"), renderPatientSummary(a, "text")].map(flat)) {
      expect(text).toMatch(BACK_EN);
      expect(text).not.toMatch(BETTER_EN);
      expect(text).not.toMatch(MEDICINE_EN);
    }
    expect(flat(renderHandout(assess(vignette(R225)), "text"))).toMatch(BACK_EN);
  });

  it("r234 in Spanish: the protein has come back, not 'Puede ser incluso mejor'", () => {
    const a = assess(vignette(R234));
    for (const text of [renderHandout(a, "text", ES), renderPatientSummary(a, "text", ES)].map(flat)) {
      expect(text).toMatch(BACK_ES);
      expect(text).not.toMatch(BETTER_ES);
    }
  });

  it("r224 (lenalidomide alone, 0.1 g/dL band): no 'It may be even better', no medicine in the protein test (EN, ES)", () => {
    const a = assess(vignette(R224));
    expect(flat(renderHandout(a, "text"))).not.toMatch(BETTER_EN);
    expect(flat(renderHandout(a, "text"))).not.toMatch(MEDICINE_EN);
    expect(flat(renderHandout(a, "text", ES))).not.toMatch(BETTER_ES);
  });

  it("control: daratumumab given now: the band back may be the medicine or the myeloma (re-check c71-m4), not 'better'", () => {
    const text = flat(renderHandout(assess(daraNow()), "text"));
    expect(text).not.toMatch(BETTER_EN);
    expect(text).toContain(EN.summary.bandBackMayBeMedicine);
  });
});

describe("c69-W2: what the clinician reads", () => {
  it("r234: no therapeutic-antibody interference, no 'not graded further'", () => {
    const a = assess(vignette(R234));
    const text = flat(renderClinicianSummary(a, "text"));
    expect(text).not.toMatch(/therapeutic-antibody interference/);
    expect(a.alerts.map((x) => x.text).join(" ")).not.toMatch(/not graded further/);
  });

  it("control: daratumumab given now keeps the interference line", () => {
    expect(flat(renderClinicianSummary(assess(daraNow()), "text"))).toMatch(
      /Possible therapeutic-antibody interference/,
    );
  });
});

describe("c69-W2: the fast path, the plain reference and the codes-only path agree", () => {
  it.each([
    [R234, vignette(R234), "VGPR"],
    [R224, vignette(R224), "VGPR"],
    ["daratumumab given now (control)", daraNow(), null],
  ])("%s", (_name, r, grade) => {
    const facts = toFacts(r, { defaultAsOf: r.asOf });
    const full = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
    expect(JSON.stringify(assessFactsWith(facts, {}, {}))).toBe(JSON.stringify(full));
    const compact = assessCompact(r, { defaultAsOf: r.asOf });
    expect(compact).toEqual(compactAssessment(full));
    expect(compact.response).toBe(grade);
    expect(full.response.current).toBe(grade);
  });
});

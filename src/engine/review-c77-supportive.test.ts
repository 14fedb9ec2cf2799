/** Review c77 supportive care (report /work/review77/review.md). c77-m2: a prior VTE on Isa-Pd with platelets 40 x10^9/L
 * had LMWH "standard" with no word on the platelets; the caution that the reference gives no platelet threshold for
 * anticoagulant prophylaxis (treatments.md 7c) started only below 30. It now starts below 50 (grade 3 or worse, CTCAE
 * v5.0), with the handout's bleeding sentence (EN, ES), and no strength changes. c70-m3 (still open in c77): no PJP card
 * after an autologous transplant (treatments.md 8c: "also after ASCT ... (U)"): shown at "consider", UNVERIFIED, with
 * the length left to the transplant centre, on the HSV/VZV card's "after ASCT" condition. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const option = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const flat = (s: string) => s.replace(/\s+/g, " ");
const sameAsReference = (record: unknown) => {
  const facts = toFacts(record);
  const reference = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
  expect(JSON.stringify(assessFactsWith(facts, {}, {}))).toBe(JSON.stringify(reference));
};

describe("review c77-m2: LMWH beside platelets below 50 x10^9/L (treatments.md 7c gives no platelet threshold)", () => {
  const VTE = "review-c77-isa-pd-prior-vte-plt-40";
  const withPlatelets = (value: number) => {
    const r = readVignette(VTE);
    r.labs.platelets.value = value;
    return r;
  };
  const NO_THRESHOLD =
    /Platelets below 50 x10\^9\/L \(grade 3 or 4 thrombocytopenia, CTCAE v5\.0: the grade, not a threshold for anticoagulation\): the clinical reference gives no platelet threshold for anticoagulant prophylaxis/;
  const LOW_ALERT = "alert.vte.imid-high-risk-low-platelets";

  it("platelets 40: the LMWH card stays standard and carries the caution, with the count; so does the IMiD card", () => {
    const a = assess(readVignette(VTE));
    const lmwh = option(a, "sc.vte.imid-high-risk-lmwh");
    expect(lmwh?.strength).toBe("standard");
    const caution = lmwh?.cautions.find((c) => NO_THRESHOLD.test(c));
    expect(caution).toMatch(/weigh the bleeding risk with the team/);
    expect(caution).toMatch(/40 x10\^9\/L/);
    expect(option(a, "sc.vte.imid-prophylaxis")?.cautions.some((c) => NO_THRESHOLD.test(c))).toBe(true);
    expect(lmwh?.citations).toContain("ctcae-v5");
  });
  it("platelets 40: the clinician alert beside the LMWH alert says the reference gives no threshold", () => {
    const a = assess(readVignette(VTE));
    expect(a.alerts.some((x) => x.id === "alert.vte.imid-high-risk")).toBe(true);
    const low = a.alerts.find((x) => x.id === LOW_ALERT);
    expect(low?.text).toMatch(NO_THRESHOLD);
    expect(low?.verified).toBe(false);
  });
  it("platelets 40: the handout's bleeding sentence (EN and ES)", () => {
    const a = assess(readVignette(VTE));
    expect(flat(renderHandout(a, "text"))).toContain(EN.clotPreventionLowPlatelets.hadClot);
    expect(flat(renderHandout(a, "text", ES))).toContain(ES.clotPreventionLowPlatelets.hadClot);
  });
  it("platelets 49 and 18: the caution and the alert; 50: neither (below 50 is grade 3)", () => {
    for (const [value, shown] of [
      [49, true],
      [18, true],
      [50, false],
    ] as const) {
      const a = assess(withPlatelets(value));
      expect(option(a, "sc.vte.imid-high-risk-lmwh")?.cautions.some((c) => NO_THRESHOLD.test(c))).toBe(shown);
      expect(a.alerts.some((x) => x.id === LOW_ALERT)).toBe(shown);
    }
  });
  it("control, platelets 120: no caution, no alert, the plain clot sentence", () => {
    const a = assess(withPlatelets(120));
    const lmwh = option(a, "sc.vte.imid-high-risk-lmwh");
    expect(lmwh?.strength).toBe("standard");
    expect(lmwh?.cautions.some((c) => /platelet/i.test(c))).toBe(false);
    expect(a.alerts.some((x) => x.id === LOW_ALERT)).toBe(false);
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain(EN.clotPrevention.hadClot);
    expect(en).not.toContain(EN.clotPreventionLowPlatelets.hadClot);
  });
  it("fast path = reference at 40 and at 120", () => {
    sameAsReference(readVignette(VTE));
    sameAsReference(withPlatelets(120));
  });
});

describe("review c70-m3: PJP prophylaxis after an autologous transplant (treatments.md 8c, UNVERIFIED)", () => {
  const POST_ASCT = "review-c77-post-asct-day-80-r-maintenance";
  const ASCT_ONLY =
    /After an autologous transplant \(no bispecific antibody or CAR-T\): treatments\.md 8c gives PJP prophylaxis after ASCT too \(UNVERIFIED\)/;

  it("day 80 after ASCT on lenalidomide maintenance: consider, UNVERIFIED, the transplant centre sets its length", () => {
    const a = assess(readVignette(POST_ASCT));
    const pjp = option(a, "sc.infection.pjp");
    expect(pjp?.strength).toBe("consider");
    expect(pjp?.verified).toBe(false);
    const why = pjp?.cautions.find((c) => ASCT_ONLY.test(c));
    expect(why).toMatch(/the reference gives no length: the transplant centre sets it/);
    expect(why).toMatch(/months since the autologous transplant/i);
    // The HSV/VZV card after ASCT is there too: one "after ASCT" condition for both.
    expect(option(a, "sc.infection.hsv-vzv")).toBeDefined();
  });
  it("3 weeks after ASCT (record r360 of c70): consider", () => {
    expect(
      option(assess(readVignette("review-c77-te-3-weeks-after-asct")), "sc.infection.pjp")?.strength,
    ).toBe("consider");
  });
  it("a sulfa allergy after ASCT: atovaquone or pentamidine in place of TMP-SMX, still consider (EN handout)", () => {
    const r = readVignette(POST_ASCT);
    r.allergies = [{ substance: "sulfonamides", criticality: "high" }];
    const a = assess(r);
    const pjp = option(a, "sc.infection.pjp");
    expect(pjp?.strength).toBe("consider");
    expect(pjp?.allergies).toEqual(["sulfonamides"]);
    expect(pjp?.cautions[0]).toMatch(/TMP-SMX is not given; atovaquone or pentamidine in its place/);
    const en = flat(renderHandout(a, "text"));
    expect(en).not.toContain("Antibiotic to prevent infections: co-trimoxazole");
  });
  it("lead's reading: at a relapse after the transplant's line (penta-refractory, on BVd), the transplant is no longer the reason: no PJP card", () => {
    const a = assess(readVignette("safety-penta-refractory-bvd"));
    expect(a.linesOfTherapy.lines.some((l) => l.includesAsct)).toBe(true);
    expect(option(a, "sc.infection.pjp")).toBeUndefined();
  });
  it("control: a transplant candidate before the transplant gets no PJP card", () => {
    const a = assess(readVignette("review-c70-w1-vrd-awaiting-asct-no-values-since"));
    expect(option(a, "sc.infection.pjp")).toBeUndefined();
  });
  it("control: on teclistamab (after an ASCT) the card is unchanged: standard, verified, no transplant caution", () => {
    const a = assess(readVignette("review-c10-teclistamab-step-up"));
    const pjp = option(a, "sc.infection.pjp");
    expect(pjp?.strength).toBe("standard");
    expect(pjp?.verified).toBe(true);
    expect(pjp?.cautions.some((c) => ASCT_ONLY.test(c))).toBe(false);
  });
  it("fast path = reference after ASCT, with and without a sulfa allergy", () => {
    const r = readVignette(POST_ASCT);
    sameAsReference(r);
    sameAsReference({ ...r, allergies: [{ substance: "sulfonamides", criticality: "high" }] });
  });
});

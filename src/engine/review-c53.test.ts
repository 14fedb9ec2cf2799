/** Stop 42: leftovers of reviews c50-c52, then review c53 (a specialist's re-check of 0.2.67). Each case is a
 * reviewer's probe copied into examples/vignettes first, with controls that must not move. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const cautions = (a: ReturnType<typeof assess>, id: string) => option(a, id)?.cautions.join(" \n ") ?? "";
const alert = (a: ReturnType<typeof assess>, id: string) => a.alerts.find((x) => x.id === id);
const ids = (a: ReturnType<typeof assess>) => a.options.map((o) => o.id);
/** The text with its line breaks and runs of spaces as one space (the pages wrap). */
const flat = (t: string): string => t.replace(/\s+/g, " ");

describe("review c52-m6: the stem cell collection caution and 21-day cycles", () => {
  // treatments.md 3c: collect after <= 4 cycles of lenalidomide-containing therapy (US label); VRd is given in
  // 21-day cycles (SWOG S0777, Durie 2020), so its 4th cycle ends at 12 weeks, not 16.
  const VRD = "review-c52-m6-vrd-21day-cycles-13w";
  const collection = (asOf: string) => {
    const r = read(VRD);
    r.asOf = asOf;
    return cautions(assess(r), "pathway.te.stem-cell-collection");
  };

  it("VRd from 2026-09-01, 13 weeks in, no transplant: the card asks for mobilisation within 4 cycles", () => {
    const text = collection("2026-12-01");
    expect(text).toMatch(/collects stem cells within 4 cycles/);
    expect(text).toMatch(/4 cycles of 21 days/);
    expect(text).toMatch(/13 weeks/);
  });

  it("shows from day 84 (12 whole weeks), not on day 83", () => {
    expect(collection("2026-11-24")).toMatch(/within 4 cycles/);
    expect(collection("2026-11-23")).not.toMatch(/within 4 cycles/);
  });
});

describe("review c51-m5: the kidney advice to a bortezomib-refractory patient", () => {
  const a = assess(read("review-c51-m5-kd-new-kidney-failure-bortezomib-refractory"));

  it("Kd after DVd (bortezomib-refractory), new kidney failure: the alert and the card say the refractoriness", () => {
    expect(a.linesOfTherapy.refractoryDrugs).toContain("bortezomib");
    const text = alert(a, "alert.kidney-new-on-treatment")?.text ?? "";
    expect(text).toMatch(/IMWG renal recommendation is a bortezomib-based regimen/);
    expect(text).toMatch(/read as refractory to bortezomib/);
    expect(cautions(a, "sc.kidney-protection")).toMatch(/read as refractory to bortezomib/);
  });

  it("control: new kidney failure on DRd (no bortezomib refractoriness) keeps the recommendation alone", () => {
    const b = assess(read("review-c50-m08-frail80-drd-d21-creat-rise-anc0.8"));
    const text = alert(b, "alert.kidney-new-on-treatment")?.text ?? "";
    expect(text).toMatch(/bortezomib-based regimen/);
    expect(text).not.toMatch(/refractory to bortezomib/);
    expect(cautions(b, "sc.kidney-protection")).not.toMatch(/refractory to bortezomib/);
  });
});

describe("review c51-m1 / c52-m8: heart failure on treatment, no amyloid biopsy", () => {
  const HF = "review-c51-m1-mm-on-vrd-heart-failure-no-amyloid-biopsy";

  it("myeloma on VRd with heart failure and no amyloid biopsy: AL amyloidosis is raised", () => {
    const a = assess(read(HF));
    expect(a.phase.code).toBe("induction");
    expect(alert(a, "alert.heart-failure-amyloid-not-tested")?.text).toMatch(/consider AL amyloidosis/);
  });

  it("control: an amyloid biopsy recorded negative, or no heart failure, raises nothing", () => {
    const tested = read(HF);
    tested.biopsy.amyloid = false;
    expect(alert(assess(tested), "alert.heart-failure-amyloid-not-tested")).toBeUndefined();
    const noHf = read(HF);
    noHf.conditions.heartFailure = false;
    expect(alert(assess(noHf), "alert.heart-failure-amyloid-not-tested")).toBeUndefined();
  });
});

describe("review c51-m2: the plasmacytoma FLC flag after radiotherapy", () => {
  it("a ratio measured after radiotherapy is not called one found at diagnosis", () => {
    const a = assess(read("review-c51-m2-sbp-flc-ratio-abnormal-after-rt"));
    const text = cautions(a, "sp.after-radiotherapy.follow-up");
    expect(text).toMatch(/Abnormal serum FLC ratio in the record/);
    expect(text).toMatch(/says nothing of a ratio after treatment/);
    expect(text).not.toMatch(/found at diagnosis/);
  });
});

describe("review c50-m2: the transfusion card before a first anti-CD38 dose", () => {
  it("untreated, Hb 6.8, DRd the standard option: the card asks for the type and screen before the first dose", () => {
    const a = assess(read("review-c50-m2-frail80-hb6.8-drd-standard"));
    expect(option(a, "ndmm.tie.drd")?.strength).toBe("standard");
    const card = option(a, "sc.anemia.transfusion");
    expect(card?.clinicianText).toMatch(
      /type and screen \(\+\/- phenotype\/genotype\) before the first dose/,
    );
  });
});

describe("review c53-U1: a measured creatinine clearance in another dose band than Cockcroft-Gault", () => {
  // treatments.md conventions: CrCl = Cockcroft-Gault; 7a lenalidomide and 8a zoledronic acid change the dose at 30,
  // 40, 50 and 60 mL/min (zoledronic acid: not recommended below 30).
  const U1 = "review-c53-u1-measured-crcl-25-cockcroft-gault-80";

  it("measured 25 mL/min beside Cockcroft-Gault 80: a warning names both, and every kidney-dosed card says so", () => {
    const a = assess(read(U1));
    expect(a.kidney.crclCockcroftGault).toBeGreaterThan(60);
    const text = alert(a, "alert.kidney-clearances-disagree")?.text ?? "";
    expect(text).toMatch(/measured creatinine clearance: 25 mL\/min/);
    expect(text).toMatch(/Cockcroft-Gault\): 80/);
    for (const id of ["rr.drd", "rr.krd", "sc.bone.zoledronic-acid"])
      expect(cautions(a, id), id).toMatch(/different dose bands/);
    // Zoledronic acid is not recommended below 30 mL/min: no first choice while the measured value is there.
    const za = option(a, "sc.bone.zoledronic-acid");
    expect(za?.strength).toBe("consider");
    expect(za?.cautions.join(" ")).toMatch(/measured creatinine clearance is below 30 mL\/min/);
  });

  it("controls: a measured value in the same band, or none, changes nothing", () => {
    const same = read(U1);
    same.labs.measuredCreatinineClearance.value = 75;
    const b = assess(same);
    expect(alert(b, "alert.kidney-clearances-disagree")).toBeUndefined();
    expect(cautions(b, "rr.drd")).not.toMatch(/different dose bands/);
    expect(option(b, "sc.bone.zoledronic-acid")?.strength).toBe("preferred");
    const none = read(U1);
    delete none.labs.measuredCreatinineClearance;
    expect(alert(assess(none), "alert.kidney-clearances-disagree")).toBeUndefined();
  });

  it("a measured 45 mL/min against 80 is another band too (lenalidomide 10 mg, zoledronic acid 3.3 mg there)", () => {
    const r = read(U1);
    r.labs.measuredCreatinineClearance.value = 45;
    const a = assess(r);
    expect(alert(a, "alert.kidney-clearances-disagree")).toBeDefined();
    // Not below 30: zoledronic acid keeps its strength; the caution speaks.
    expect(option(a, "sc.bone.zoledronic-acid")?.strength).toBe("preferred");
    expect(cautions(a, "sc.bone.zoledronic-acid")).toMatch(/different dose bands/);
  });
});

describe("review c53-W2: a best response of SD is non-response, not refractoriness", () => {
  // treatments.md 5 (lenalidomide-refractory: progression on it or within 60 days) and criteria-and-scores.md 9.3
  // (MAMMOTH: PD on an anti-CD38 antibody or within 60 days) are progression-based; 9.2 lists non-response apart.
  const SD = "review-c53-w2-drd-sd-then-vcd-progressed";

  it("DRd with SD, stopped, no progression; VCd progressed: not lenalidomide- or anti-CD38-refractory", () => {
    const a = assess(read(SD));
    expect(a.linesOfTherapy.lenalidomideRefractory).toBe(false);
    expect(a.linesOfTherapy.antiCd38Refractory).toBe(false);
    expect(a.linesOfTherapy.refractoryDrugs).toEqual(["bortezomib", "cyclophosphamide"]);
    expect(a.linesOfTherapy.nonResponsiveDrugs).toEqual(["daratumumab", "lenalidomide"]);
    // Cilta-cel's label needs lenalidomide-refractory disease: not listed within its label any more.
    expect(ids(a)).not.toContain("cart.cilta-cel");
    // Tec-Dara is back, as no first choice: the caution says why.
    const tecDara = option(a, "rr.tec-dara");
    expect(tecDara?.strength).toBe("consider");
    expect(tecDara?.cautions.join(" ")).toMatch(/did not respond to daratumumab \(best response SD/);
    expect(option(a, "rr.krd")?.cautions.join(" ")).toMatch(/did not respond to lenalidomide/);
    expect(flat(renderClinicianSummary(a, "text"))).toMatch(
      /Non-response on the options: the disease did not respond/,
    );
  });

  it("control: a best response of PD is progression, refractory as before", () => {
    const pd = read(SD);
    pd.treatmentHistory[0].bestResponse = "PD";
    const a = assess(pd);
    expect(a.linesOfTherapy.lenalidomideRefractory).toBe(true);
    expect(a.linesOfTherapy.antiCd38Refractory).toBe(true);
    expect(a.linesOfTherapy.nonResponsiveDrugs).toBeUndefined();
  });

  it("AL amyloidosis on Dara-VCd with SD: no myeloma refractoriness on the line being given", () => {
    const a = assess(read("review-c53-w2-al-dvcd-sd-below-pr"));
    expect(a.linesOfTherapy.refractoryDrugs).toEqual([]);
    expect(cautions(a, "pathway.continue-current-line")).not.toMatch(/refractory/);
    // The AL rule speaks instead (below PR on the line).
    expect(alert(a, "alert.al.below-pr-on-line")).toBeDefined();
  });
});

describe("review c53-W3: a high-sensitivity troponin T and the AL transplant gate", () => {
  // treatments.md 6: troponin T <= 0.06 ng/mL (conventional assay, Gertz 2013); criteria-and-scores.md 5.2: do not
  // convert conventional cTnT numerically into hs-cTnT. No high-sensitivity cut-off for the gate is given.
  const HS = "review-c53-w3-al-hs-troponin-45-ng-l";

  it("hs-TnT 45 ng/L: the gate is not read, the transplant is 'consider' and says why", () => {
    const asct = option(assess(read(HS)), "al.asct");
    expect(asct?.strength).toBe("consider");
    expect(asct?.cautions.join(" ")).toMatch(/high-sensitivity assay: the Mayo gate .* cannot be read/);
  });

  it("controls: the same value by the conventional assay passes the gate; a failed NT-proBNP gate still fails", () => {
    const conv = read(HS);
    conv.labs.troponinT = { value: 0.045, unit: "ng/mL", method: "conventional" };
    expect(option(assess(conv), "al.asct")?.strength).toBe("if-eligible");
    const ntp = read(HS);
    ntp.labs.ntProBnp = { value: 6000, unit: "pg/mL" };
    const a = assess(ntp);
    expect(ids(a)).not.toContain("al.asct");
    expect(alert(a, "alert.al-asct-gates-not-met")).toBeDefined();
  });
});

describe("review c53-W4: the hypercalcaemia alert reads the calcium in its reported unit system", () => {
  // criteria-and-scores.md 1.1: > 2.75 mmol/L or > 11 mg/dL, each tested in the unit the laboratory reported
  // (2.75 mmol/L is 11.02 mg/dL).
  const CA = "review-c53-w4-calcium-2.75-mmol-l";

  it("calcium 2.75 mmol/L: no critical alert, no hypercalcaemia card, and the handouts say nothing of calcium", () => {
    const a = assess(read(CA));
    expect(alert(a, "alert.hypercalcemia")).toBeUndefined();
    expect(ids(a)).not.toContain("sc.hypercalcemia");
    expect(flat(renderHandout(a, "text"))).not.toMatch(/too much calcium/);
    expect(flat(renderHandout(a, "text", ES))).not.toMatch(/demasiado calcio/);
  });

  it("controls: 2.76 mmol/L and 11.1 mg/dL raise it", () => {
    const si = read(CA);
    si.labs.calcium.value = 2.76;
    expect(alert(assess(si), "alert.hypercalcemia")?.severity).toBe("critical");
    const conventional = read(CA);
    conventional.labs.calcium = { ...conventional.labs.calcium, value: 11.1, unit: "mg/dL" };
    delete conventional.labs.calcium.upperLimitOfNormal;
    expect(alert(assess(conventional), "alert.hypercalcemia")).toBeDefined();
  });
});

describe("review c53-W5: DPd at a lenalidomide-sensitive first relapse", () => {
  it("lenalidomide-sensitive after 1 line: DPd is 'consider', with the reason (treatments.md 5d)", () => {
    const dpd = option(assess(read("review-c53-w5-len-sensitive-first-relapse")), "rr.dpd");
    expect(dpd?.strength).toBe("consider");
    expect(dpd?.cautions.join(" ")).toMatch(/do not include DPd/);
  });

  it("control: lenalidomide-refractory first relapse keeps DPd standard", () => {
    expect(option(assess(read("relapse-lenalidomide-refractory")), "rr.dpd")?.strength).toBe("standard");
  });
});

describe("review c53 minor findings", () => {
  it("M6: the ESA card says first that the myeloma's own anaemia is treated by treating the myeloma", () => {
    const esa = option(assess(read("review-c53-m6-drd-week0-hb9.9")), "sc.anemia.esa");
    expect(esa?.clinicianText).toMatch(/^Treat the myeloma first: anaemia from the myeloma itself/);
  });

  it("m8: bortezomib on dialysis says to give it after dialysis (treatments.md 7b)", () => {
    const a = assess(read("review-c14-dialysis-progressed-on-r-maintenance"));
    expect(cautions(a, "rr.bvd")).toMatch(
      /Bortezomib on dialysis: no renal dose adjustment; give it after dialysis/,
    );
  });

  it("m9: smouldering myeloma known from a marrow of 2023 is followed at the stable interval, not as new", () => {
    const m = assess(read("review-c53-m9-smm-known-since-2023-follow-up")).monitoring;
    expect(m.items.map((i) => i.intervalText)).toEqual([
      // Review c60-M4: the text now names the longer end too, after which the test is overdue.
      "every 6-12 months if stable; due at the shorter end, 6 months; overdue after the longer end, 12 months",
      "every 6-12 months if stable; due at the shorter end, 6 months; overdue after the longer end, 12 months",
    ]);
    expect(m.items[0]?.due).toBe("2026-04-01");
  });
});

describe("review c54 (re-check of 0.2.69)", () => {
  it("1: a line that reached VGPR, then maintenance recorded SD, is no non-response", () => {
    const a = assess(read("review-c54-1-vgpr-line-then-maintenance-sd"));
    expect(a.linesOfTherapy.lines[0]?.bestResponse).toBe("VGPR");
    expect(a.linesOfTherapy.nonResponsiveDrugs).toBeUndefined();
    expect(cautions(a, "rr.drd")).not.toMatch(/did not respond/);
  });

  it("2: troponin T 45 ng/L with its assay not recorded does not pass the AL gate; 0.08 ng/mL still fails it", () => {
    const name = "review-c54-2-al-troponin-45-ng-l-assay-not-recorded";
    const asct = option(assess(read(name)), "al.asct");
    expect(asct?.strength).toBe("consider");
    expect(asct?.cautions.join(" ")).toMatch(/assay is not recorded \(labs\.troponinT\.method/);
    // Review c55-3: and the missing data ask for it for the gate (0.02 ng/mL: below both staging cut-offs, so the
    // staging, which asks for the assay between them, does not); recorded, nothing is asked.
    const low = read(name);
    low.labs.troponinT = { value: 0.02, unit: "ng/mL" };
    expect(assess(low).missingData).toContainEqual({
      field: "labs.troponinT.method",
      neededFor: "the AL transplant gate (troponin T <=0.06 ng/mL, a conventional-assay cut-off)",
    });
    low.labs.troponinT.method = "conventional";
    expect(assess(low).missingData.map((m) => m.field)).not.toContain("labs.troponinT.method");
    const high = read(name);
    high.labs.troponinT = { value: 0.08, unit: "ng/mL" };
    const b = assess(high);
    expect(ids(b)).not.toContain("al.asct");
    expect(alert(b, "alert.al-asct-gates-not-met")).toBeDefined();
  });

  it("3: SD on the line being given is said on its card, which is not held (no time point in the reference)", () => {
    const a = assess(read("review-c54-3-sd-on-drd-being-given"));
    const card = option(a, "pathway.continue-current-line");
    expect(card?.strength).toBe("standard");
    expect(card?.cautions.join(" ")).toMatch(
      /did not respond to daratumumab and lenalidomide on a line that gave them/,
    );
    expect(flat(renderClinicianSummary(a, "text"))).toMatch(
      /continuing the line being given says so on its card/,
    );
  });

  it("4: in AL amyloidosis, SD caps nothing and the summary has no myeloma non-response note", () => {
    const a = assess(read("review-c53-w2-al-dvcd-sd-below-pr"));
    expect(cautions(a, "pathway.continue-current-line")).not.toMatch(/did not respond|IMWG 2011/);
    expect(flat(renderClinicianSummary(a, "text"))).not.toMatch(/Non-response on the options/);
  });

  it("6: DPd at 1 prior line with lenalidomide refractoriness not known says so", () => {
    const a = assess(read("review-c54-6-len-refractoriness-not-known-first-relapse"));
    expect(a.linesOfTherapy.lenalidomideRefractory).toBeNull();
    expect(cautions(a, "rr.dpd")).toMatch(/Lenalidomide refractoriness is not known here/);
  });

  it("7a: measured 60 against Cockcroft-Gault 80 is one lenalidomide band (>=60) but two zoledronic acid bands", () => {
    const a = assess(read("review-c54-7-measured-crcl-60-cockcroft-gault-80"));
    expect(cautions(a, "rr.drd")).not.toMatch(/different dose bands/);
    expect(cautions(a, "sc.bone.zoledronic-acid")).toMatch(
      /different dose bands of this drug's kidney table/,
    );
    expect(alert(a, "alert.kidney-clearances-disagree")).toBeDefined();
  });

  it("7b, 7c: 0.5 mL/s is 30 mL/min, not below it; the summary shows the measured clearance", () => {
    const a = assess(read("review-c54-7-measured-crcl-0.5-ml-s"));
    expect(a.kidney.measuredCreatinineClearance?.value).toBe(30);
    expect(option(a, "sc.bone.zoledronic-acid")?.strength).toBe("preferred");
    expect(cautions(a, "sc.bone.zoledronic-acid")).not.toMatch(/below 30 mL\/min/);
    expect(flat(renderClinicianSummary(a, "text"))).toMatch(/Measured creatinine clearance: 30 mL\/min/);
  });

  it("7d: pamidronate says the measured clearance below 30 too", () => {
    const a = assess(read("review-c53-u1-measured-crcl-25-cockcroft-gault-80"));
    expect(cautions(a, "sc.bone.pamidronate")).toMatch(/where pamidronate is not recommended/);
  });

  it("8: the handouts say which drugs did not work well before (EN and ES)", () => {
    const a = assess(read("review-c53-w2-drd-sd-then-vcd-progressed"));
    expect(flat(renderHandout(a, "text"))).toMatch(
      /daratumumab and lenalidomide did not work well for you before/,
    );
    expect(flat(renderHandout(a, "text", ES))).toMatch(/no le funcionaron bien antes/);
  });
});

describe("review c55 (short re-check of the c54 answers)", () => {
  it("1: AL on Dara-VCd, best response recorded SD at week 17, no dFLC values: the switch rule is raised", () => {
    const name = "review-c55-1-al-dvcd-sd-recorded-week17";
    const a = assess(read(name));
    expect(alert(a, "alert.al.below-pr-on-line")?.text).toMatch(/best response recorded as SD/);
    expect(flat(renderHandout(a, "text"))).not.toMatch(/usual plan is to keep going/);
    // Control: five weeks in (under 2 cycles of the shortest cycle the reference gives, 21 days) nothing yet.
    const early = read(name);
    expect(early.treatmentHistory[0].start).toBe("2026-08-01");
    early.asOf = "2026-09-05";
    expect(alert(assess(early), "alert.al.below-pr-on-line")).toBeUndefined();
  });

  it("2: a troponin above 0.06 ng/mL with its assay not recorded fails the gate, and the alert shows the assay", () => {
    const a = assess(read("review-c55-2-al-troponin-61-ng-l-assay-not-recorded"));
    expect(alert(a, "alert.al-asct-gates-not-met")?.text).toMatch(
      /troponin T by a high-sensitivity assay: not known/,
    );
  });

  it("4, 6: the summary speaks of the line being given only when there is one; the handout does not say keep going", () => {
    const none = assess(read("review-c53-w2-drd-sd-then-vcd-progressed"));
    expect(flat(renderClinicianSummary(none, "text"))).not.toMatch(/continuing the line being given/);
    const given = assess(read("review-c54-3-sd-on-drd-being-given"));
    expect(flat(renderHandout(given, "text"))).toMatch(/Your care team will review it with you/);
    expect(flat(renderHandout(given, "text"))).not.toMatch(/usual plan is to keep going/);
  });

  it("7: denosumab is told of the 30 mL/min hypocalcaemia edge, not of dose bands", () => {
    const a = assess(read("review-c53-u1-measured-crcl-25-cockcroft-gault-80"));
    expect(cautions(a, "sc.bone.denosumab")).toMatch(
      /below which denosumab's hypocalcaemia is more frequent/,
    );
    expect(cautions(a, "sc.bone.denosumab")).not.toMatch(/dose bands/);
  });
});

describe("review c50-m4: elranatamab after 24 weeks", () => {
  // treatments.md 5c (elranatamab, verified): every 2 weeks after 24 weeks if >= PR for >= 2 months.
  const ELRA = "review-c50-m4-elranatamab-week30-responding";

  it("week 31 on elranatamab: the alert and the line's card give the label's move to every 2 weeks", () => {
    const a = assess(read(ELRA));
    expect(a.phase.currentRegimen).toBe("elranatamab");
    expect(alert(a, "elranatamab.every-2-weeks-after-24-weeks")?.text).toMatch(
      /every 2 weeks \(treatments\.md 5c\)/,
    );
    expect(cautions(a, "pathway.continue-current-line")).toMatch(
      /partial response or better lasting at least 2 months/,
    );
  });

  it("control: 23 weeks in, nothing yet", () => {
    const r = read(ELRA);
    r.treatmentHistory.at(-1).start = "2026-06-20";
    const a = assess(r);
    expect(a.phase.weeksOnCurrentLine).toBe(23);
    expect(alert(a, "elranatamab.every-2-weeks-after-24-weeks")).toBeUndefined();
  });
});

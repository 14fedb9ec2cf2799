/** Stop 40: leftovers of reviews c44-c47 that change what a reader is told. Each case is a reviewer's probe copied
 * into examples/vignettes first, with controls that must not move. */
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
/** The text with its line breaks and runs of spaces as one space (the page wraps at 100 columns). */
const flat = (t: string): string => t.replace(/\s+/g, " ");
const strength = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id)?.strength;
const summaryTop = (a: ReturnType<typeof assess>): string => {
  const md = flat(renderClinicianSummary(a, "text"));
  return md.slice(md.indexOf("Summary"), md.indexOf("Plan ahead"));
};

const DRD_THEN_VCD = "review-c47-w1-drd-no-end-then-vcd";

describe("review c47-W1: an entry with no end and no outcome that a new line ended is not 'not refractory'", () => {
  // criteria-and-scores.md 9.2 (IMWG 2011): refractory = progression on a drug or within 60 days of its last dose.
  // DRd (continuous until progression) with no end and nothing recorded of why it stopped, then VCd from
  // 2024-05-01: whether the disease progressed on DRd is what the record leaves open.
  it("DRd's refractoriness is not known, its outcome asked, and regimens giving its drugs again are no first choice", () => {
    const a = assess(read(DRD_THEN_VCD));
    expect(a.linesOfTherapy.lines[0]?.refractory).toBeNull();
    expect(a.linesOfTherapy.lenalidomideRefractory).toBeNull();
    expect(a.linesOfTherapy.antiCd38Refractory).toBeNull();
    expect(a.linesOfTherapy.refractoryNotKnown).toEqual(["daratumumab", "lenalidomide"]);
    // From 0.2.73 the options it holds name the entry's own field too (review c57-m5), after the question.
    const asked = a.missingData.find((m) => m.field === "treatmentHistory.0.progressedOn");
    expect(asked?.neededFor).toMatch(
      /^refractoriness: whether the disease progressed on it before the next line began \(2024-05-01\), .*DRd \(POLLUX\)/,
    );
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.progressedOn");
    for (const id of ["rr.drd", "rr.dpd", "rr.krd", "rr.isa-pd", "rr.tec-dara"])
      expect(strength(a, id), id).toBe("consider");
  });

  it("recorded as stopped for toxicity: the switch was not for progression, DRd not refractory, nothing capped", () => {
    const r = read(DRD_THEN_VCD);
    r.treatmentHistory[0].stopReason = "toxicity";
    const a = assess(r);
    expect(a.linesOfTherapy.lines[0]?.refractory).toBe(false);
    expect(a.linesOfTherapy.refractoryNotKnown).toBeUndefined();
    // Review c84-m1: DRd itself, offered again whole after it was stopped for toxicity, is "consider" for that reason
    // (its caution first), not for refractoriness; an option giving only some of its drugs is not capped.
    expect(strength(a, "rr.drd")).toBe("consider");
    expect(a.options.find((o) => o.id === "rr.drd")?.cautions[0]).toMatch(/^A regimen stopped for toxicity/);
    expect(strength(a, "rr.tec-dara")).toBe("preferred");
  });

  it("recorded as progressed on: refractory to daratumumab and lenalidomide (the open question answered)", () => {
    const r = read(DRD_THEN_VCD);
    r.treatmentHistory[0].progressedOn = true;
    const a = assess(r);
    expect(a.linesOfTherapy.lenalidomideRefractory).toBe(true);
    expect(a.linesOfTherapy.antiCd38Refractory).toBe(true);
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.0.progressedOn");
  });

  it("a later entry of the same line (induction with no end, then the transplant) is no switch: nothing asked", () => {
    // criteria-and-scores.md 9.1: a planned sequence (induction, transplant, maintenance) is one line.
    const a = assess(read("review-c32-u-w4-len-maint-open-then-dkd"));
    const asked = a.missingData.filter((m) => m.neededFor.includes("before the next line began"));
    // Lenalidomide maintenance (no end) was ended by DKd, a new line: asked. D-VRd ended before the transplant: not.
    expect(asked.map((m) => m.field)).toEqual(["treatmentHistory.2.progressedOn"]);
  });
});

describe("review c45/c47: the clinician summary's top says why options are held at 'consider'", () => {
  it("names the drugs whose refractoriness is not known and the field that settles it", () => {
    const top = summaryTop(assess(read(DRD_THEN_VCD)));
    expect(top).toContain(
      'Open question on the options: refractoriness to daratumumab and lenalidomide is not known (IMWG: progression on a drug or within 60 days of its last dose); record treatmentHistory.0.progressedOn (whether the disease progressed on it before the next line began (2024-05-01)). Options giving them again are at most "consider" until it is settled.',
    );
  });

  it("a field asked for several things names its refractoriness part (DRd's last dose, review c45-U1)", () => {
    const top = summaryTop(assess(read("review-c45-u1-frail-80-drd-no-end-switch-kd-pd-30d")));
    expect(top).toContain("record treatmentHistory.0.end (its last dose (a progression came within 60 days");
    expect(top).not.toContain("the drugs given now (line 2");
  });

  it("absent when every refractoriness is settled", () => {
    const r = read(DRD_THEN_VCD);
    r.treatmentHistory[0].stopReason = "toxicity";
    expect(summaryTop(assess(r))).not.toContain("Open question on the options");
  });
});

describe("review c44-M1: a solitary plasmacytoma worked up with a PET-CT is decided without an MRI", () => {
  // criteria-and-scores.md 1.4: "normal skeletal survey and MRI (or CT) of spine and pelvis apart from the primary
  // lesion"; treatments.md 1: exclude myeloma with whole-body PET-CT or MRI (a skeletal survey alone is not adequate).
  const SBP = "review-c27-v08-sbp-after-rt-follow-up-overdue";

  it("one bone plasmacytoma, the PET-CT showing only it, marrow 0%: solitary plasmacytoma, MRI not asked", () => {
    const a = assess(read(SBP));
    expect(a.diagnosis.category).toBe("solitary-plasmacytoma");
    expect(a.alerts.map((x) => x.id)).not.toContain("pathway.deciding-test-first");
    expect(a.missingData.map((m) => m.field)).not.toContain("imaging.mriFocalLesions");
    const mri = a.diagnosis.criteria.find((c) => c.id === "imwg2014.slim.mri");
    expect(mri?.status).toBe("not-met");
    expect(mri?.because).toContain("the PET-CT stands for it");
  });

  it("a skeletal survey alone is not adequate: still open, the MRI asked", () => {
    const r = read(SBP);
    r.imaging.modality = "skeletal-survey";
    const a = assess(r);
    expect(a.diagnosis.category).not.toBe("solitary-plasmacytoma");
    expect(a.missingData.map((m) => m.field)).toContain("imaging.mriFocalLesions");
  });

  it("a second lesion on the PET-CT is myeloma, not a solitary plasmacytoma", () => {
    const r = read(SBP);
    r.imaging.osteolyticLesions = 2;
    expect(assess(r).diagnosis.category).toBe("multiple-myeloma");
  });

  it("no biopsy-proven plasmacytoma (smouldering myeloma work-up): the MRI stays the SLiM test, not known", () => {
    const r = read(SBP);
    delete r.biopsy.plasmacytoma;
    r.imaging.osteolyticLesions = 0;
    const mri = assess(r).diagnosis.criteria.find((c) => c.id === "imwg2014.slim.mri");
    expect(mri?.status ?? "unknown").not.toBe("not-met");
  });
});

describe("review c46-m3: a converted value is shown rounded", () => {
  it("calcium 1.9 mmol/L on dialysis: the denosumab option names 7.62 mg/dL, not 7.615", () => {
    // Units are converted in one place (mmol/L x 4.008); the words show 3 significant digits below 10.
    const a = assess(read("review-c46-m3-calcium-1.9-mmol-dialysis"));
    const cautions = a.options.find((o) => o.id === "sc.bone.denosumab")?.cautions.join(" ") ?? "";
    expect(cautions).toContain("serum calcium: 7.62 mg/dL");
    expect(JSON.stringify(a)).not.toContain("7.615");
  });
});

describe("review c46-m2: an induction a transplant ended is not asked about as 'the drugs given now'", () => {
  it("D-VRd with no end, the transplant, lenalidomide maintenance, then DKd: D-VRd's end is not asked", () => {
    // criteria-and-scores.md 9.1: induction -> ASCT -> maintenance is one line; the high-dose melphalan ends the
    // induction, so its drugs are not given now whatever its end.
    const a = assess(read("review-c46-m2-dvrd-no-end-asct-r-maint-dkd"));
    const fields = a.missingData.map((m) => m.field);
    expect(fields).not.toContain("treatmentHistory.0.end");
    // The maintenance a new line ended is still asked (its last dose reads lenalidomide refractoriness).
    expect(fields).toContain("treatmentHistory.2.end");
  });
});

describe("review c48 (specialist re-check of 0.2.59): the AL safeguards, CAR-T follow-up, AQUILA and ATTR", () => {
  it("F1: myeloma with cardiac AL amyloidosis keeps the AL safeguards (gates on ASCT, cardiac cautions, said on both pages)", () => {
    // criteria-and-scores.md 1.1 and 1.5 (both met; myeloma comes first in the precedence); treatments.md 6: the
    // Mayo ASCT gates (troponin T <= 0.06 ng/mL, NT-proBNP <= 5000 pg/mL) and the cautions in cardiac AL.
    const a = assess(read("review-c48-f1-mm-with-cardiac-al-nyha-iii"));
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.diagnosis.alsoMeets).toEqual(["al-amyloidosis"]);
    const ids = a.alerts.map((x) => x.id);
    expect(ids).toContain("alert.myeloma-with-al-amyloidosis");
    expect(ids).toContain("alert.al-cardiac-drugs");
    // Troponin T 0.08 ng/mL, NT-proBNP 6000 pg/mL: the gates fail, the transplant is no first choice.
    const asct = a.options.find((o) => o.id === "ndmm.te.asct");
    expect(asct?.strength).toBe("consider");
    expect(asct?.cautions.join(" ")).toContain("not an ASCT candidate by the Mayo gates used in AL");
    const dvrd = a.options.find((o) => o.id === "ndmm.te.d-vrd");
    expect(dvrd?.cautions.join(" ")).toContain(
      "reduce dexamethasone intensity, give bortezomib (where the regimen has it) weekly and SC",
    );
    expect(summaryTop(a)).toContain("with systemic AL amyloidosis met too");
    expect(flat(renderHandout(a, "text"))).toContain("Your results also fit AL amyloidosis.");
    expect(flat(renderHandout(a, "text", ES))).toContain("también coinciden con la amiloidosis AL");
  });

  it("F1 controls: the same myeloma with no amyloid, and with the gates met", () => {
    const r = read("review-c48-f1-mm-with-cardiac-al-nyha-iii");
    const plain = structuredClone(r);
    plain.biopsy = { amyloid: false };
    const a = assess(plain);
    expect(a.diagnosis.alsoMeets).toBeUndefined();
    expect(a.alerts.map((x) => x.id)).not.toContain("alert.myeloma-with-al-amyloidosis");
    expect(a.options.find((o) => o.id === "ndmm.te.asct")?.strength).toBe("if-eligible");
    const gatesMet = structuredClone(r);
    gatesMet.labs.troponinT.value = 0.03;
    // From 0.2.69 (review c54-2) the gate is passed only by a troponin recorded as the conventional assay's.
    gatesMet.labs.troponinT.method = "conventional";
    gatesMet.labs.ntProBnp.value = 1200;
    // From 0.2.75 (review c63-U2) the AL soft gate NYHA I-II holds it too, as it holds al.asct: class II here, so that
    // only the Mayo gates are read.
    gatesMet.conditions.nyhaClass = "II";
    expect(assess(gatesMet).options.find((o) => o.id === "ndmm.te.asct")?.strength).toBe("if-eligible");
    // Its assay not recorded, the gate is not read: not a first choice until it is.
    delete gatesMet.labs.troponinT.method;
    const unread = assess(gatesMet).options.find((o) => o.id === "ndmm.te.asct");
    expect(unread?.strength).toBe("consider");
    expect(unread?.cautions.join(" ")).toMatch(/or by an assay not recorded/);
  });

  it("F2: cardiac AL amyloidosis names the heart drugs to avoid, marked UNVERIFIED", () => {
    // treatments.md 6, "Cautions in AL" (U, secondary source only).
    const x = assess(read("review-c48-f2-al-iiib-nyha-iv")).alerts.find(
      (al) => al.id === "alert.al-cardiac-drugs",
    );
    expect(x?.text).toContain("digoxin, non-dihydropyridine calcium-channel blockers and beta-blockers");
    expect(x?.verified).toBe(false);
  });

  it("F3: 12 days after cilta-cel recorded with start = end: in follow-up, no relapse regimens, no 'outcome unknown'", () => {
    // treatments.md 5b: a CAR-T product is one infusion; the record contract reads its day from the entry's end.
    const a = assess(read("review-c48-f3-cilta-day12-start-equals-end"));
    expect(a.phase.reason).toContain("no progression recorded");
    expect(a.phase.reason).not.toContain("outcome is unknown");
    expect(a.alerts.map((x) => x.id)).not.toContain("pathway.line-outcome-unknown");
    expect(a.options.filter((o) => o.id.startsWith("rr."))).toEqual([]);
    expect(a.options.map((o) => o.id)).toContain("pathway.observation-after-car-t");
    // Review c49-M1: its response assessment is due, as while the CAR-T entry is open.
    expect(a.alerts.find((x) => x.id === "pathway.response-assessment-due")?.text).toContain(
      "Line 3 (Cilta-cel): no response assessment since it started is recorded",
    );
    // F10: the reference gives vaccination timing after ASCT only; after CAR-T the card says so.
    const vaccines = a.options.find((o) => o.id === "sc.vaccination");
    expect(vaccines?.cautions.join(" ")).toContain("the reference gives no vaccination timing after CAR-T");
  });

  it("F3 control: a progression recorded on the CAR-T line still reads a relapse", () => {
    const r = read("review-c48-f3-cilta-day12-start-equals-end");
    const carT = r.treatmentHistory[r.treatmentHistory.length - 1];
    carT.progressedOn = true;
    carT.progressionDate = r.asOf;
    const a = assess(r);
    expect(["relapsed", "refractory"]).toContain(a.phase.code);
    expect(a.options.some((o) => o.id.startsWith("rr."))).toBe(true);
  });

  it("F4: smouldering myeloma high risk by the AQUILA definition only, 20/2/20 low: daratumumab is 'consider'", () => {
    // treatments.md 2b: active monitoring is the default for low and intermediate risk; criteria-and-scores.md 2.1
    // (strict '>' cut-offs: 2.0 g/dL, ratio 20 and 20% are not risk factors) and 2.3 (trial definitions apart).
    const low = assess(read("review-c48-f4-smm-mayo-low-exact-20-2-20"));
    expect(low.risk.smmMayo2018.group).toBe("low");
    const dara = low.options.find((o) => o.id === "smm.high-risk.daratumumab-sc");
    expect(dara?.strength).toBe("consider");
    expect(dara?.cautions.join(" ")).toContain("High risk by the AQUILA trial definition only");
    // Just over each cut-off: 20/2/20 high risk, daratumumab stays standard.
    const high = assess(read("review-c48-f4-smm-mayo-high-just-over"));
    expect(high.risk.smmMayo2018.group).toBe("high");
    expect(high.options.find((o) => o.id === "smm.high-risk.daratumumab-sc")?.strength).toBe("standard");
  });

  it("F5: ATTR amyloid beside an MGUS: said on the summary's top, and the page does not say 'only checkups'", () => {
    const a = assess(read("review-c48-f5-attr-amyloid-with-mgus"));
    expect(a.alerts.map((x) => x.id)).toContain("alert.amyloid-not-light-chain");
    expect(summaryTop(a)).toContain("Also found: Amyloid typed as another protein than light chain");
    const page = flat(renderHandout(a, "text"));
    expect(page).toContain("This summary does not cover that kind of amyloid.");
    expect(page).not.toContain("only need checkups");
    expect(flat(renderHandout(a, "text", ES))).toContain("Este resumen no trata ese tipo de amiloide.");
    // Control: the same MGUS with no amyloid keeps the plain MGUS words.
    const r = read("review-c48-f5-attr-amyloid-with-mgus");
    r.biopsy = { amyloid: false };
    expect(flat(renderHandout(assess(r), "text"))).not.toContain("does not cover that kind of amyloid");
  });
});

describe("review c48 F6-F8: MGUS with neuropathy, a marrow-graded response, an anticoagulant not recorded", () => {
  it("F6: lambda MGUS with a painful neuropathy: AL nerve involvement and POEMS asked about on both pages", () => {
    // criteria-and-scores.md 1.5: peripheral nerve is an AL organ syndrome; POEMS (UNVERIFIED): polyneuropathy with
    // a monoclonal plasma-cell disorder, almost always lambda.
    const a = assess(read("review-c48-f6-lambda-mgus-painful-neuropathy"));
    expect(summaryTop(a)).toContain(
      "Open question on the diagnosis: [UNVERIFIED] Peripheral neuropathy beside a monoclonal protein",
    );
    const page = flat(renderHandout(a, "text"));
    expect(page).toContain("whether the nerve problem in your hands or feet is linked to the blood protein");
    expect(page).not.toContain("only need checkups");
    const r = read("review-c48-f6-lambda-mgus-painful-neuropathy");
    r.conditions.neuropathyGrade = 0;
    r.conditions.neuropathyPainful = false;
    expect(assess(r).alerts.map((x) => x.id)).not.toContain("alert.mgus-with-neuropathy");
  });

  it("F7: oligosecretory disease graded on the marrow (50% -> 12%): a PR that needs no second assessment", () => {
    // criteria-and-scores.md 6.2 (UNVERIFIED): marrow results do not need confirmation.
    const r = assess(read("review-c48-f7-oligosecretory-marrow-pr")).response;
    expect(r.measurableBy).toEqual(["marrow"]);
    expect(r.current).toBe("PR");
    expect(r.confirmed).toBe(true);
    expect(r.basis).toContain("a marrow result, which needs no confirmation");
  });

  it("F8: an anticoagulant not recorded is not said as 'no'", () => {
    const a = assess(read("review-c48-f1-mm-with-cardiac-al-nyha-iii"));
    const vte = a.options.find((o) => o.id === "sc.vte.imid-prophylaxis-if-chosen");
    expect(vte?.because.join(" ")).not.toContain("on an anticoagulant now: no");
  });
});

describe("review c48-F9: the headline names the older high-risk definitions when the 2025 one disagrees", () => {
  it("del(17p) in 15% of clonal cells: not high risk by IMS/IMWG 2025 (CCF cut-off 20%), high risk by IMWG 2016 and mSMART", () => {
    // criteria-and-scores.md 4.3 (IMS/IMWG 2025: del(17p) in >= 20% of clonal plasma cells) and the older definitions.
    const a = assess(read("review-c48-f9-del17p-15-percent"));
    expect(a.risk.cytogenetic.highRisk).toBe(false);
    expect(summaryTop(a)).toContain(
      "cytogenetics not high risk by IMS/IMWG 2025, high risk by IMWG 2016 and mSMART 3.0",
    );
  });
});

describe("review c49 (focused re-check of 0.2.61)", () => {
  it("U1: 400 days after cilta-cel, FLC and marrow measured after it meet active myeloma: the outcome stays open", () => {
    // criteria-and-scores.md 6.2 and 9.2: values measured after the infusion are the line's own; the relapse
    // options stay under "if the line has progressed" and the outcome is not read as "no progression". Re-check c75-W1
    // kept it: the serum M-protein, the followed parameter, was last measured more than the 12-month monitoring floor
    // ago (an assessment overdue, not one not yet due), so the values since are read.
    const a = assess(read("review-c49-u1-cilta-day400-active-after"));
    expect(a.phase.reason).toContain("its outcome is unknown");
    expect(a.options.some((o) => o.id.startsWith("rr.") && o.conditionalOn === "line-progressed")).toBe(true);
    // Control: every value from before the infusion: follow-up.
    const before = assess(read("review-c49-u1-cilta-day400-values-before-only"));
    expect(before.phase.reason).not.toContain("its outcome is unknown");
  });

  it("W1: DRd recorded 'completed' with no end, then Kd: its last dose is not dated, so refractoriness is not known", () => {
    const a = assess(read("review-c49-w1-drd-completed-no-end-then-kd"));
    expect(a.linesOfTherapy.refractoryNotKnown).toEqual(["daratumumab", "lenalidomide"]);
    // Control: stopped for toxicity says why it stopped.
    const r = read("review-c49-w1-drd-completed-no-end-then-kd");
    r.treatmentHistory[0].stopReason = "toxicity";
    expect(assess(r).linesOfTherapy.refractoryNotKnown).toBeUndefined();
  });

  it("W2: IgA smouldering myeloma with no FLC: the Mayo group cannot be computed, daratumumab is 'consider'", () => {
    const a = assess(read("review-c49-w2-iga-smm-flc-missing"));
    expect(a.risk.smmMayo2018.group).toBeNull();
    expect(a.options.find((o) => o.id === "smm.high-risk.daratumumab-sc")?.strength).toBe("consider");
  });

  it("W3: myeloma with amyloid in the heart not typed, the AL gates failing: typing asked, the transplant held", () => {
    // criteria-and-scores.md 1.5 (typing shows AL); treatments.md 6 (troponin T > 0.06 ng/mL: not a candidate).
    const a = assess(read("review-c49-w3-mm-untyped-cardiac-amyloid"));
    expect(a.diagnosis.alsoMeets).toBeUndefined();
    expect(a.alerts.find((x) => x.id === "alert.myeloma-with-untyped-amyloid")?.text).toContain(
      "record biopsy.amyloidType",
    );
    expect(a.options.find((o) => o.id === "ndmm.te.asct")?.strength).toBe("consider");
    // Control: typed light-chain, it is the AL-met reading (F1); typed transthyretin, not AL.
    const r = read("review-c49-w3-mm-untyped-cardiac-amyloid");
    r.biopsy.amyloidType = "transthyretin";
    const attr = assess(r);
    expect(attr.alerts.map((x) => x.id)).not.toContain("alert.myeloma-with-untyped-amyloid");
    expect(attr.options.find((o) => o.id === "ndmm.te.asct")?.strength).toBe("if-eligible");
  });

  it("M2: with myeloma and cardiac AL amyloidosis failing the gates, the stem cell collection is held as the transplant is", () => {
    const a = assess(read("review-c48-f1-mm-with-cardiac-al-nyha-iii"));
    expect(a.options.find((o) => o.id === "pathway.te.stem-cell-collection")?.strength).toBe("consider");
  });
});

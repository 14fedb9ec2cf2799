/** Stop 40: leftovers of reviews c44-c47 that change what a reader is told. Each case is a reviewer's probe copied
 * into examples/vignettes first, with controls that must not move. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
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
    expect(a.missingData).toContainEqual({
      field: "treatmentHistory.0.progressedOn",
      neededFor:
        "refractoriness: whether the disease progressed on it before the next line began (2024-05-01)",
    });
    for (const id of ["rr.drd", "rr.dpd", "rr.krd", "rr.isa-pd", "rr.tec-dara"])
      expect(strength(a, id), id).toBe("consider");
  });

  it("recorded as stopped for toxicity: the switch was not for progression, DRd not refractory, nothing capped", () => {
    const r = read(DRD_THEN_VCD);
    r.treatmentHistory[0].stopReason = "toxicity";
    const a = assess(r);
    expect(a.linesOfTherapy.lines[0]?.refractory).toBe(false);
    expect(a.linesOfTherapy.refractoryNotKnown).toBeUndefined();
    expect(strength(a, "rr.drd")).toBe("standard");
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

import { describe, expect, it } from "vitest";
import { toFacts } from "../../model/facts.js";
import { classifyDiagnosis } from "./diagnosis.js";
import { assessMyelomaDefiningEvents } from "./events.js";

type Rec = Record<string, unknown>;
const Q = (value: number, unit: string, extra: Rec = {}) => ({ value, unit, ...extra });

/** Fully worked-up IgG-kappa patient with clonal marrow 20% and no myeloma-defining event (SMM). */
function record(labs: Rec = {}, rest: Rec = {}): Rec {
  return {
    asOf: "2026-11-26",
    patient: { age: 60, sex: "male", weight: Q(80, "kg") },
    labs: {
      serumMProtein: Q(1.5, "g/dL"),
      urineMProtein: Q(0, "mg/24h"),
      heavyChain: "IgG",
      lightChain: "kappa",
      involvedFreeLightChain: Q(40, "mg/L", { upperLimitOfNormal: 19.4 }),
      uninvolvedFreeLightChain: Q(10, "mg/L"),
      calcium: Q(9.5, "mg/dL"),
      creatinine: Q(0.9, "mg/dL"),
      hemoglobin: Q(13.8, "g/dL"),
      ...labs,
    },
    marrow: { clonalPlasmaCellPercent: 20 },
    imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 0, mriFocalLesions: 0 },
    ...rest,
  };
}
const mde = (r: Rec) => assessMyelomaDefiningEvents(toFacts(r));
const category = (r: Rec) => classifyDiagnosis(toFacts(r)).category;

describe("CRAB thresholds, either side, in the unit the lab reported (criteria-and-scores.md 1.1)", () => {
  it.each([
    [Q(11.0, "mg/dL"), "not-met"],
    [Q(11.1, "mg/dL"), "met"],
    [Q(2.75, "mmol/L"), "not-met"],
    [Q(2.76, "mmol/L"), "met"],
    // 11.01 mg/dL is 2.747 mmol/L: met by the conventional rule the lab's unit calls for.
    [Q(11.01, "mg/dL"), "met"],
    [Q(10.5, "mg/dL", { upperLimitOfNormal: 9.5 }), "not-met"],
    [Q(10.6, "mg/dL", { upperLimitOfNormal: 9.5 }), "met"],
    [Q(2.6, "mmol/L", { upperLimitOfNormal: 2.35 }), "not-met"],
    [Q(2.61, "mmol/L", { upperLimitOfNormal: 2.35 }), "met"],
  ])("calcium %o -> %s", (calcium, status) => {
    expect(mde(record({ calcium })).crab.calcium.status).toBe(status);
  });

  it.each([
    [Q(2.0, "mg/dL"), "not-met"],
    [Q(2.01, "mg/dL"), "met"],
    [Q(177, "umol/L"), "not-met"],
    [Q(178, "µmol/L"), "met"],
  ])("creatinine %o (measured clearance 60 mL/min) -> %s", (creatinine, status) => {
    const r = record({ creatinine, measuredCreatinineClearance: Q(60, "mL/min") });
    expect(mde(r).crab.renal.status).toBe(status);
  });

  it.each([
    [40, "not-met"],
    [39.9, "met"],
  ])("measured creatinine clearance %d mL/min -> %s", (cl, status) => {
    const r = record({ creatinine: Q(1.5, "mg/dL"), measuredCreatinineClearance: Q(cl, "mL/min") });
    expect(mde(r).crab.renal.status).toBe(status);
  });

  it("estimated clearance: CKD-EPI 2021 below 40 meets the renal criterion although creatinine is <= 2 mg/dL", () => {
    const r = record({ creatinine: Q(1.9, "mg/dL") }, { patient: { age: 80, sex: "female" } });
    const renal = mde(r).crab.renal;
    expect(renal.status).toBe("met");
    expect(renal.evidence).toBe("secondary");
    expect(renal.because).toMatch(/CKD-EPI 2021/);
  });

  it("dialysis counts as renal failure only when stated", () => {
    expect(mde(record({}, { conditions: { renalFailureOnDialysis: true } })).crab.renal.status).toBe("met");
    expect(mde(record({}, { conditions: { renalFailureOnDialysis: false } })).crab.renal.status).toBe(
      "not-met",
    );
  });

  it.each([
    [Q(10.0, "g/dL"), "not-met"],
    [Q(9.9, "g/dL"), "met"],
    [Q(100, "g/L"), "not-met"],
    [Q(99, "g/L"), "met"],
    [Q(11.5, "g/dL", { lowerLimitOfNormal: 13.5 }), "not-met"],
    [Q(11.4, "g/dL", { lowerLimitOfNormal: 13.5 }), "met"],
    [Q(115, "g/L", { lowerLimitOfNormal: 135 }), "not-met"],
    [Q(114, "g/L", { lowerLimitOfNormal: 135 }), "met"],
  ])("haemoglobin %o -> %s", (hemoglobin, status) => {
    expect(mde(record({ hemoglobin })).crab.anaemia.status).toBe(status);
  });

  it.each([
    [1, 9.9, "not-met"],
    [1, 10, "met"],
    [2, 5, "met"],
    [0, 50, "not-met"],
  ])("%d osteolytic lesion(s) with clonal marrow %d%% -> %s", (lesions, bmpc, status) => {
    const r = record(
      {},
      {
        marrow: { clonalPlasmaCellPercent: bmpc },
        imaging: { performed: true, modality: "PET-CT", osteolyticLesions: lesions, mriFocalLesions: 0 },
      },
    );
    const bone = mde(r).crab.bone;
    expect(bone.status).toBe(status);
    if (lesions === 1) expect(bone.evidence).toBe("unverified");
  });

  it("lesions seen only on MRI do not count as osteolysis", () => {
    const r = record(
      {},
      { imaging: { performed: true, modality: "MRI", osteolyticLesions: 3, mriFocalLesions: 1 } },
    );
    expect(mde(r).crab.bone.status).toBe("unknown");
  });
});

describe("SLiM thresholds, either side", () => {
  it.each([
    [59.9, "not-met"],
    [60, "met"],
  ])("clonal marrow %d%% -> %s", (bmpc, status) => {
    expect(mde(record({}, { marrow: { clonalPlasmaCellPercent: bmpc } })).slim.marrow.status).toBe(status);
  });

  it.each([
    // ratio 100 in both; only the involved level differs
    [99, 0.99, "not-met"],
    [100, 1, "met"],
    // involved well above 100; ratio either side of 100
    [999, 10, "not-met"],
    [1000, 10, "met"],
  ])("involved %d mg/L, uninvolved %d mg/L -> %s", (inv, uninv, status) => {
    const r = record({
      involvedFreeLightChain: Q(inv, "mg/L", { upperLimitOfNormal: 19.4 }),
      uninvolvedFreeLightChain: Q(uninv, "mg/L"),
    });
    expect(mde(r).slim.flc.status).toBe(status);
  });

  it("FLC in mg/dL: 10 mg/dL involved is 100 mg/L", () => {
    const r = record({ involvedFreeLightChain: Q(10, "mg/dL"), uninvolvedFreeLightChain: Q(0.1, "mg/dL") });
    expect(mde(r).slim.flc.status).toBe("met");
  });

  it.each([
    [1, "not-met"],
    [2, "met"],
  ])("%d MRI focal lesion(s) -> %s", (n, status) => {
    const r = record(
      {},
      { imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 0, mriFocalLesions: n } },
    );
    expect(mde(r).slim.mri.status).toBe(status);
  });
});

describe("category thresholds, either side", () => {
  const mgusLike = (labs: Rec, bmpc = 5) => record(labs, { marrow: { clonalPlasmaCellPercent: bmpc } });
  it.each([
    [Q(2.9, "g/dL"), "mgus"],
    [Q(3.0, "g/dL"), "smoldering-myeloma"],
    [Q(29, "g/L"), "mgus"],
    [Q(30, "g/L"), "smoldering-myeloma"],
  ])("IgG M-protein %o with marrow 5%% -> %s", (serumMProtein, cat) => {
    expect(category(mgusLike({ serumMProtein }))).toBe(cat);
  });

  it.each([
    [499, "mgus"],
    [500, "smoldering-myeloma"],
  ])("urine M-protein %d mg/24h -> %s", (u, cat) => {
    expect(category(mgusLike({ urineMProtein: Q(u, "mg/24h") }))).toBe(cat);
  });

  it.each([
    [9.9, "mgus"],
    [10, "smoldering-myeloma"],
    [59.9, "smoldering-myeloma"],
    [60, "multiple-myeloma"],
  ])("clonal marrow %d%% -> %s", (bmpc, cat) => {
    expect(category(mgusLike({}, bmpc))).toBe(cat);
  });

  const lc = (inv: number, uninv: number, lightChain: "kappa" | "lambda") =>
    mgusLike({
      heavyChain: "none",
      lightChain,
      serumMProtein: Q(0, "g/dL"),
      involvedFreeLightChain: Q(inv, "mg/L", { upperLimitOfNormal: 5 }),
      uninvolvedFreeLightChain: Q(uninv, "mg/L"),
    });
  it.each([
    [16.5, 10, "kappa", "indeterminate"],
    [16.6, 10, "kappa", "mgus"],
    // lambda involved: kappa/lambda = uninvolved/involved; 0.26 is normal, 0.259 abnormal
    [100, 26, "lambda", "indeterminate"],
    [100, 25.9, "lambda", "mgus"],
  ] as const)("light chain: involved %d, uninvolved %d (%s) -> %s", (inv, uninv, chain, cat) => {
    expect(category(lc(inv, uninv, chain))).toBe(cat);
  });
});

describe("an absent test is never a negative test", () => {
  it.each([
    ["calcium", "labs.calcium", "crab", "calcium"],
    ["hemoglobin", "labs.hemoglobin", "crab", "anaemia"],
    ["creatinine", "labs.creatinine", "crab", "renal"],
  ] as const)("no %s -> unknown, naming %s", (lab, field, group, key) => {
    const r = record({ [lab]: null });
    const res = mde(r);
    const c = group === "crab" ? res.crab[key] : res.slim.flc;
    expect(c.status).toBe("unknown");
    expect(c.missing.map((m) => m.field)).toContain(field);
    expect(res.any).toBe("unknown");
  });

  it("no imaging -> bone and MRI unknown", () => {
    const res = mde(record({}, { imaging: { performed: false } }));
    expect(res.crab.bone.status).toBe("unknown");
    expect(res.slim.mri.status).toBe("unknown");
  });

  it("a known involved FLC below 100 mg/L settles the FLC biomarker without the uninvolved chain", () => {
    const res = mde(record({ involvedFreeLightChain: Q(80, "mg/L"), uninvolvedFreeLightChain: null }));
    expect(res.slim.flc.status).toBe("not-met");
  });
});

/** Mutation testing (issue 9 point 8) found that a missing marrow or MRI could turn "not met" without a
 * test failing. Rajkumar 2014 (criteria-and-scores.md 1.1): if data are missing, the answer is
 * "unknown", never "no MDE"; each unknown names the input it lacked. */
describe("SLiM: a missing marrow or imaging is unknown, naming the field", () => {
  it("no marrow result -> the >= 60% biomarker is unknown and asks for the marrow", () => {
    const res = mde(record({}, { marrow: {} }));
    expect(res.slim.marrow.status).toBe("unknown");
    expect(res.slim.marrow.met).toBeNull();
    expect(res.slim.marrow.missing).toEqual([
      { field: "marrow.clonalPlasmaCellPercent", neededFor: "SLiM clonal marrow plasma cells >=60%" },
    ]);
    // Nothing else is an event here, so the answer to "any MDE?" is unknown, not "no".
    expect(res.slim.any).toBe("unknown");
    expect(res.any).toBe("unknown");
  });

  it("imaging not performed -> MRI unknown even when a lesion count of 0 was typed", () => {
    const res = mde(record({}, { imaging: { performed: false, osteolyticLesions: 0, mriFocalLesions: 0 } }));
    expect(res.slim.mri.status).toBe("unknown");
    expect(res.slim.mri.missing.map((m) => m.field)).toEqual(["imaging.mriFocalLesions"]);
  });

  it("imaging performed without an MRI lesion count -> MRI unknown, naming the count", () => {
    const res = mde(
      record(
        {},
        { imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 0, mriFocalLesions: null } },
      ),
    );
    expect(res.slim.mri.status).toBe("unknown");
    expect(res.slim.mri.missing).toEqual([
      { field: "imaging.mriFocalLesions", neededFor: "SLiM >1 focal lesion on MRI" },
    ]);
    expect(res.slim.any).toBe("unknown");
  });

  it("a fully known work-up with no biomarker is not met (the unknowns above are not the default)", () => {
    const res = mde(record());
    expect(res.slim.marrow.status).toBe("not-met");
    expect(res.slim.mri.status).toBe("not-met");
    expect(res.slim.flc.status).toBe("not-met");
    expect(res.slim.any).toBe("not-met");
  });

  it("FLC not measured -> unknown, naming exactly the chains that are missing", () => {
    const both = mde(record({ involvedFreeLightChain: null, uninvolvedFreeLightChain: null })).slim.flc;
    expect(both.status).toBe("unknown");
    expect(both.missing.map((m) => m.field)).toEqual([
      "labs.involvedFreeLightChain",
      "labs.uninvolvedFreeLightChain",
    ]);
    const uninv = mde(record({ involvedFreeLightChain: Q(300, "mg/L"), uninvolvedFreeLightChain: null })).slim
      .flc;
    expect(uninv.status).toBe("unknown");
    expect(uninv.missing.map((m) => m.field)).toEqual(["labs.uninvolvedFreeLightChain"]);
    const inv = mde(record({ involvedFreeLightChain: null })).slim.flc;
    expect(inv.missing.map((m) => m.field)).toEqual(["labs.involvedFreeLightChain"]);
  });

  it("an uninvolved chain of 0 (or too small to divide by) makes the ratio unbounded: met with involved >= 100", () => {
    for (const uninvolved of [0, 5e-324]) {
      const flc = mde(
        record({ involvedFreeLightChain: Q(300, "mg/L"), uninvolvedFreeLightChain: Q(uninvolved, "mg/L") }),
      ).slim.flc;
      expect(flc.status).toBe("met");
      expect(flc.inputs).toMatchObject({ ratio: null, ratioNotComputed: "unbounded" });
      expect(flc.because).toMatch(
        /^involved:uninvolved FLC ratio unbounded \(uninvolved 0 or too small\) >= 100/,
      );
    }
  });
});

/** Mutation testing (issue 9 point 8), whole folder: what each CRAB feature says and asks for.
 * Rajkumar 2014 (criteria-and-scores.md 1.1): each threshold is tested in the unit the lab reported, and
 * an absent test is named, never taken as negative. */
describe("CRAB: the reason given and the input asked for", () => {
  const need = (field: string, neededFor: string) => ({ field, neededFor });

  it.each([
    ["calcium", "labs.calcium", "CRAB hypercalcaemia", "calcium"],
    ["hemoglobin", "labs.hemoglobin", "CRAB anaemia", "anaemia"],
  ] as const)("no %s -> unknown, asking for %s", (lab, field, neededFor, key) => {
    const c = mde(record({ [lab]: null })).crab[key];
    expect(c.status).toBe("unknown");
    expect(c.missing).toEqual([need(field, neededFor)]);
  });

  it("calcium above the upper limit of normal by more than 1 mg/dL: met by the relative rule, which the reason names", () => {
    const c = mde(record({ calcium: Q(10.6, "mg/dL", { upperLimitOfNormal: 9.5 }) })).crab.calcium;
    expect(c.status).toBe("met");
    expect(c.because).toBe("calcium 10.6 mg/dL is more than 1 mg/dL above the upper limit of normal (9.5)");
    expect(c.inputs).toEqual({ calcium: 10.6, unit: "mg/dL", upperLimitOfNormal: 9.5 });
  });

  it("calcium without a reference interval: not met on the absolute rule, and the missing upper limit is named", () => {
    const c = mde(record({ calcium: Q(10.9, "mg/dL") })).crab.calcium;
    expect(c.status).toBe("not-met");
    expect(c.missing).toEqual([
      need("labs.calcium.upperLimitOfNormal", "CRAB hypercalcaemia (relative threshold)"),
    ]);
    // With the limit given nothing is missing.
    const withUln = mde(record({ calcium: Q(10.9, "mg/dL", { upperLimitOfNormal: 10.2 }) })).crab.calcium;
    expect(withUln.status).toBe("not-met");
    expect(withUln.missing).toEqual([]);
  });

  it("haemoglobin without a reference interval: not met on the absolute rule, and the missing lower limit is named", () => {
    const c = mde(record({ hemoglobin: Q(10.5, "g/dL") })).crab.anaemia;
    expect(c.status).toBe("not-met");
    expect(c.missing).toEqual([
      need("labs.hemoglobin.lowerLimitOfNormal", "CRAB anaemia (relative threshold)"),
    ]);
    const withLln = mde(record({ hemoglobin: Q(10.5, "g/dL", { lowerLimitOfNormal: 12 }) })).crab.anaemia;
    expect(withLln.missing).toEqual([]);
  });

  it("haemoglobin reported in g/L is judged and shown in g/L (<100 g/L), and 2 g/dL below the lower limit in g/dL", () => {
    const si = mde(record({ hemoglobin: Q(99, "g/L") })).crab.anaemia;
    expect(si.because).toBe("haemoglobin 99 g/L < 100 g/L");
    const rel = mde(record({ hemoglobin: Q(11.4, "g/dL", { lowerLimitOfNormal: 13.5 }) })).crab.anaemia;
    expect(rel.because).toBe(
      "haemoglobin 11.4 g/dL is more than 2 g/dL below the lower limit of normal (13.5)",
    );
  });

  // 177 umol/L is 2.002 mg/dL: a creatinine reported in a molar unit is judged by the SI threshold.
  it.each([
    [0.17695, "not-met"],
    [0.1775, "met"],
  ])("creatinine %d mmol/L (176.95 / 177.5 umol/L) is judged by >177 umol/L -> %s", (mmol, status) => {
    const r = record({ creatinine: Q(mmol, "mmol/L"), measuredCreatinineClearance: Q(60, "mL/min") });
    const renal = mde(r).crab.renal;
    expect(renal.status).toBe(status);
    expect(renal.inputs).toMatchObject({ creatinineUnit: "umol/L" });
  });

  it("no creatinine and no measured clearance -> unknown, asking for the creatinine", () => {
    const renal = mde(record({ creatinine: null })).crab.renal;
    expect(renal.status).toBe("unknown");
    expect(renal.missing).toEqual([need("labs.creatinine", "CRAB renal insufficiency")]);
  });

  it("a measured clearance of 60 mL/min without a creatinine -> unknown (creatinine >177 umol/L could still meet it)", () => {
    const renal = mde(record({ creatinine: null, measuredCreatinineClearance: Q(60, "mL/min") })).crab.renal;
    expect(renal.status).toBe("unknown");
    expect(renal.missing).toEqual([need("labs.creatinine", "CRAB renal insufficiency")]);
  });

  it("a measured clearance below 40 mL/min is the rule as written (verified); an estimate is secondary", () => {
    const measured = mde(
      record({ creatinine: Q(1.5, "mg/dL"), measuredCreatinineClearance: Q(35, "mL/min") }),
    ).crab.renal;
    expect(measured).toMatchObject({ status: "met", evidence: "verified", missing: [] });
    expect(measured.inputs).toMatchObject({ creatinineClearance: 35, clearanceSource: "measured" });
  });

  it("under 18, where CKD-EPI does not apply, the clearance is estimated by Cockcroft-Gault", () => {
    // (140 - 16) x 40 kg / (72 x 1.9 mg/dL) = 36.3 mL/min < 40
    const r = record(
      { creatinine: Q(1.9, "mg/dL") },
      { patient: { age: 16, sex: "male", weight: Q(40, "kg") } },
    );
    const renal = mde(r).crab.renal;
    expect(renal.status).toBe("met");
    expect(renal.because).toMatch(/estimated \(Cockcroft-Gault\) creatinine clearance 36\.3 mL\/min < 40/);
    expect(renal.missing).toEqual([]);
  });

  it("when no estimate can be computed from the values given, a measured clearance is asked for", () => {
    const f = toFacts(
      record({ creatinine: Q(1, "mg/dL") }, { patient: { age: 16, sex: "male", weight: Q(40, "kg") } }),
    );
    // A creatinine too small to divide by: CKD-EPI does not apply under 18 and Cockcroft-Gault overflows.
    const facts = { ...f, labs: { ...f.labs, creatinine: { ...f.labs.creatinine!, value: 1e-320 } } };
    const renal = assessMyelomaDefiningEvents(facts).crab.renal;
    expect(renal.status).toBe("unknown");
    expect(renal.missing).toEqual([
      {
        field: "labs.measuredCreatinineClearance",
        neededFor: "CRAB renal insufficiency (creatinine clearance <40 mL/min)",
      },
    ]);
  });
});

describe("CRAB bone: what the lesion count can say", () => {
  const bone = (imaging: Rec, bmpc: number | null = 20) =>
    mde(record({}, { imaging, marrow: bmpc === null ? {} : { clonalPlasmaCellPercent: bmpc } })).crab.bone;

  it("imaging recorded as not done -> unknown even when lesion counts were typed", () => {
    const b = bone({ performed: false, osteolyticLesions: 0, mriFocalLesions: 0 });
    expect(b.status).toBe("unknown");
    expect(b.because).toBe("no imaging done");
    expect(b.missing).toEqual([{ field: "imaging.osteolyticLesions", neededFor: "CRAB bone lesions" }]);
  });

  it("imaging done without an osteolytic lesion count -> unknown, asking for the count", () => {
    const b = bone({ performed: true, modality: "PET-CT", mriFocalLesions: 0 });
    expect(b.status).toBe("unknown");
    expect(b.missing).toEqual([{ field: "imaging.osteolyticLesions", neededFor: "CRAB bone lesions" }]);
  });

  it("lesions seen on whole-body MRI only -> unknown, asking for a modality that shows osteolysis", () => {
    const b = bone({ performed: true, modality: "whole-body-MRI", osteolyticLesions: 2, mriFocalLesions: 2 });
    expect(b.status).toBe("unknown");
    expect(b.because).toBe(
      "2 lesion(s) recorded on whole-body-MRI only; osteolysis needs CT, PET-CT or radiography",
    );
    expect(b.missing).toEqual([{ field: "imaging.modality", neededFor: "CRAB bone lesions" }]);
  });

  it("a whole-body MRI with no lesion at all shows no bone lesion (not met)", () => {
    expect(
      bone({ performed: true, modality: "whole-body-MRI", osteolyticLesions: 0, mriFocalLesions: 0 }).status,
    ).toBe("not-met");
  });

  it("two or more lesions meet it whatever the marrow, and the trace keeps count, modality and marrow", () => {
    const b = bone({ performed: true, modality: "CT", osteolyticLesions: 3, mriFocalLesions: 0 }, 5);
    expect(b.status).toBe("met");
    expect(b.because).toBe("3 osteolytic lesion(s) on CT");
    expect(b.inputs).toEqual({ osteolyticLesions: 3, modality: "CT", clonalPlasmaCellPercent: 5 });
  });

  it("a lesion count without a modality is reported without one", () => {
    expect(bone({ performed: true, osteolyticLesions: 2, mriFocalLesions: 0 }).because).toBe(
      "2 osteolytic lesion(s)",
    );
  });

  it("one lesion without a marrow result -> unknown (UNVERIFIED caveat), asking for the marrow", () => {
    const b = bone({ performed: true, modality: "PET-CT", osteolyticLesions: 1, mriFocalLesions: 0 }, null);
    expect(b).toMatchObject({ status: "unknown", evidence: "unverified" });
    expect(b.missing).toEqual([
      { field: "marrow.clonalPlasmaCellPercent", neededFor: "CRAB bone lesions (single lesion)" },
    ]);
  });
});

describe("the myeloma-defining event summary", () => {
  const summary = (r: Rec) => mde(r).criteria.at(-1)!;

  it("names every event met, and asks for nothing once one is met", () => {
    const s = summary(record({ calcium: Q(12, "mg/dL"), hemoglobin: Q(8.5, "g/dL"), creatinine: null }));
    expect(s).toMatchObject({ id: "imwg2014.mde", status: "met", missing: [] });
    expect(s.because).toBe("met: imwg2014.crab.calcium, imwg2014.crab.anaemia");
  });

  it("with none met, names the events not known and what each lacked, in the order of the events", () => {
    const s = summary(
      record({ calcium: null }, { imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 0 } }),
    );
    expect(s.status).toBe("unknown");
    expect(s.because).toBe("none met; not known: imwg2014.crab.calcium, imwg2014.slim.mri");
    expect(s.missing.map((m) => m.field)).toEqual(["labs.calcium", "imaging.mriFocalLesions"]);
  });

  it("with every event known and none met, says so and asks for nothing", () => {
    const s = summary(record());
    expect(s).toMatchObject({
      status: "not-met",
      because: "no CRAB feature and no SLiM biomarker",
      missing: [],
    });
  });
});

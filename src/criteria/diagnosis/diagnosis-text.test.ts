/** Findings are data, words are a layer (DESIGN.md): classifyDiagnosis with `{ text: false }` (what the
 * compact screen asks for) must decide every criterion exactly as with words, and differ only in leaving
 * each reason empty. Checked on the golden cases, every example record, generated cohort records and
 * random records that reach every branch (threshold pairs with and without reference limits, SI units,
 * measured and estimated clearance, dialysis, MRI-only imaging, amyloid, treatment). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Facts } from "../../model/facts.js";
import { SYNTH_AS_OF, synthCohort } from "../../synth/cohort.js";
import { exampleRecords, validFacts } from "../../testing/example-records.js";
import cases from "./diagnosis.cases.json" with { type: "json" };
import { classifyDiagnosis, type DiagnosisResult } from "./diagnosis.js";

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
const dec = (min: number, max: number, digits: number) =>
  fc
    .integer({ min: Math.round(min * 10 ** digits), max: Math.round(max * 10 ** digits) })
    .map((n) => n / 10 ** digits);
/** A lab in one of its units, with or without the laboratory's reference limit. */
const lab = (
  units: [string, number, number, number][],
  limit: "upperLimitOfNormal" | "lowerLimitOfNormal" | null,
) =>
  fc
    .constantFrom(...units)
    .chain(([unit, min, max, digits]) =>
      fc.record({
        value: dec(min, max, digits),
        unit: fc.constant(unit),
        limit: opt(dec(min, max, digits)),
      }),
    )
    .map(({ value, unit, limit: l }) =>
      limit && l !== undefined ? { value, unit, [limit]: l } : { value, unit },
    );

/** Records that reach every branch of the criteria's decisions and words. */
const recordArb = fc
  .record({
    calcium: opt(
      lab(
        [
          ["mg/dL", 8, 14, 1],
          ["mmol/L", 2, 3.5, 2],
        ],
        "upperLimitOfNormal",
      ),
    ),
    hemoglobin: opt(
      lab(
        [
          ["g/dL", 6, 16, 1],
          ["g/L", 60, 160, 0],
        ],
        "lowerLimitOfNormal",
      ),
    ),
    creatinine: opt(
      lab(
        [
          ["mg/dL", 0.5, 5, 1],
          ["umol/L", 40, 440, 0],
        ],
        null,
      ),
    ),
    clearance: opt(fc.integer({ min: 10, max: 120 })),
    dialysis: opt(fc.boolean()),
    serumM: opt(dec(0, 6, 1)),
    urineM: opt(fc.integer({ min: 0, max: 2000 })),
    heavyChain: opt(fc.constantFrom("IgG", "IgA", "IgM", "none")),
    lightChain: opt(fc.constantFrom("kappa", "lambda")),
    inv: opt(fc.record({ value: dec(5, 3000, 0), uln: opt(dec(15, 30, 1)) })),
    uninv: opt(dec(0, 50, 1)),
    bmpc: opt(fc.integer({ min: 0, max: 90 })),
    imaging: opt(
      fc.record({
        performed: fc.boolean(),
        modality: opt(fc.constantFrom("PET-CT", "MRI", "whole-body-MRI", "whole-body-low-dose-CT")),
        lytic: opt(fc.integer({ min: 0, max: 3 })),
        mri: opt(fc.integer({ min: 0, max: 3 })),
      }),
    ),
    plasmacytoma: opt(
      fc.record({ count: fc.integer({ min: 0, max: 2 }), site: fc.constantFrom("bone", "extramedullary") }),
    ),
    amyloid: opt(fc.boolean()),
    amyloidType: opt(fc.constantFrom("light-chain", "transthyretin", "not-typed")),
    organs: opt(fc.subarray(["heart", "kidney", "liver"])),
    age: opt(fc.integer({ min: 40, max: 90 })),
    treated: fc.boolean(),
  })
  .map((g) => {
    const labs: Record<string, unknown> = {};
    if (g.calcium) labs.calcium = g.calcium;
    if (g.hemoglobin) labs.hemoglobin = g.hemoglobin;
    if (g.creatinine) labs.creatinine = g.creatinine;
    if (g.clearance !== undefined) labs.measuredCreatinineClearance = { value: g.clearance, unit: "mL/min" };
    if (g.serumM !== undefined) labs.serumMProtein = { value: g.serumM, unit: "g/dL" };
    if (g.urineM !== undefined) labs.urineMProtein = { value: g.urineM, unit: "mg/24h" };
    if (g.heavyChain) labs.heavyChain = g.heavyChain;
    if (g.lightChain) labs.lightChain = g.lightChain;
    if (g.inv) {
      labs.involvedFreeLightChain =
        g.inv.uln === undefined
          ? { value: g.inv.value, unit: "mg/L" }
          : { value: g.inv.value, unit: "mg/L", upperLimitOfNormal: g.inv.uln };
    }
    if (g.uninv !== undefined) labs.uninvolvedFreeLightChain = { value: g.uninv, unit: "mg/L" };
    const r: Record<string, unknown> = { asOf: "2026-11-26", labs };
    if (g.age !== undefined) r.patient = { age: g.age, sex: "female", weight: { value: 70, unit: "kg" } };
    if (g.bmpc !== undefined) r.marrow = { clonalPlasmaCellPercent: g.bmpc };
    if (g.imaging) {
      const im: Record<string, unknown> = { performed: g.imaging.performed };
      if (g.imaging.modality) im.modality = g.imaging.modality;
      if (g.imaging.lytic !== undefined) im.osteolyticLesions = g.imaging.lytic;
      if (g.imaging.mri !== undefined) im.mriFocalLesions = g.imaging.mri;
      r.imaging = im;
    }
    const biopsy: Record<string, unknown> = {};
    if (g.plasmacytoma) biopsy.plasmacytoma = g.plasmacytoma;
    if (g.amyloid !== undefined) biopsy.amyloid = g.amyloid;
    if (g.amyloidType) biopsy.amyloidType = g.amyloidType;
    r.biopsy = biopsy;
    const conditions: Record<string, unknown> = {};
    if (g.dialysis !== undefined) conditions.renalFailureOnDialysis = g.dialysis;
    if (g.organs) conditions.amyloidOrgans = g.organs;
    r.conditions = conditions;
    if (g.treated) {
      r.treatmentHistory = [
        { regimen: "VRd", drugs: ["bortezomib", "lenalidomide", "dexamethasone"], start: "2025-01-10" },
      ];
    }
    return r;
  });

/** The result with every criterion's reason blanked: what the words layer adds, taken away. */
function withoutWords(d: DiagnosisResult): string {
  return JSON.stringify({ ...d, criteria: d.criteria.map((c) => ({ ...c, because: "" })) });
}

function compare(all: Facts[]): void {
  for (const facts of all) {
    const words = classifyDiagnosis(facts);
    const none = classifyDiagnosis(facts, { text: false });
    const a = withoutWords(words);
    const b = JSON.stringify(none);
    if (a !== b) expect(JSON.parse(b)).toEqual(JSON.parse(a)); // shows the difference
    expect(b).toBe(a);
    // No reason is composed without words, and every criterion has one with them.
    expect(none.criteria.filter((c) => c.because !== "")).toEqual([]);
    expect(words.criteria.filter((c) => c.because === "")).toEqual([]);
  }
}

describe("classifyDiagnosis without words decides the same", () => {
  it("on every golden case", () => {
    const all = validFacts(
      cases.map((c) => c.input),
      "2026-11-27",
    );
    expect(all.length).toBe(cases.length);
    compare(all);
  });

  it("on random records reaching every branch", () => {
    let valid = 0;
    fc.assert(
      fc.property(recordArb, (r) => {
        const all = validFacts([r], "2026-11-26");
        valid += all.length;
        compare(all);
      }),
      { numRuns: 3000, seed: 12 },
    );
    // Most generated records are valid PatientRecords (a few values fall outside plausible ranges).
    expect(valid).toBeGreaterThan(2000);
  });

  it("on every example record", () => {
    const all = validFacts(
      exampleRecords().map(([, r]) => r),
      "2026-11-27",
    );
    expect(all.length).toBeGreaterThan(40);
    compare(all);
  });

  it("on 3,000 generated records", () => {
    const all = validFacts(synthCohort(2026, 3000), SYNTH_AS_OF);
    expect(all.length).toBe(3000);
    compare(all);
  });

  it("the default is with words", () => {
    const [facts] = validFacts(synthCohort(7, 1), SYNTH_AS_OF);
    expect(JSON.stringify(classifyDiagnosis(facts!, { text: true }))).toBe(
      JSON.stringify(classifyDiagnosis(facts!)),
    );
  });
});

/** The same patient written in conventional or in SI-style units must get the same scores.
 * Records are built with fast-check in one unit system and again in the other, normalised with
 * normalizeRecord, and every calculator of src/scores runs on both.
 *
 * Exact pairs (g/dL-g/L, mg/L-mg/dL, pg/mL-ng/L, ng/mL-ug/L) must give identical results: the values
 * sit on a lab's reporting grid that includes every cut-off, and the calculators compare with a
 * tolerance of one part in 10^9 (scores/compare.ts), so floating-point noise from the conversion
 * (40 ng/L -> 0.039999999999999994 ng/mL) cannot move a value across a cut-off.
 *
 * Creatinine is the one inexact pair: labs convert with 88.4 umol/L per mg/dL, UCUM with the molar
 * mass 113.12 g/mol (88.40 umol/L per mg/dL), a difference of 2 parts in 10^5. The IMS/IMWG 2025
 * creatinine cut-off is tested in the unit the lab reported (with the 88.4 factor of the reference),
 * so its verdict is identical; eGFR and creatinine clearance may differ by one 0.1 rounding step, and
 * only they get that tolerance. With the molar-mass factor itself the results are identical. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Facts, normalizeRecord } from "../model/facts.js";
import { involvedUninvolvedFlcRatio } from "../model/flc.js";
import { calculateAlMayo2004, calculateAlMayo2012 } from "./al-stage/al-stage.js";
import { assessCytogeneticRisk } from "./cytogenetic-risk/cytogenetic-risk.js";
import { calculateImwgFrailty, calculateSimplifiedFrailty } from "./frailty/frailty.js";
import { calculateIss } from "./iss/iss.js";
import { calculateCrclCockcroftGault, calculateEgfrCkdEpi2021 } from "./kidney/kidney.js";
import { calculateRIss } from "./r-iss/r-iss.js";
import { calculateR2Iss } from "./r2-iss/r2-iss.js";
import { calculateSmmImwg2020 } from "./smm-imwg-2020/smm-imwg-2020.js";
import { calculateSmmMayo2018 } from "./smm-mayo-2018/smm-mayo-2018.js";

/** Every calculator on one patient, fed the way the engine feeds it (engine/assess.ts). */
function scoresOf(f: Facts) {
  const { labs, cytogenetics: cg } = f;
  const iss = calculateIss({
    beta2MicroglobulinMgL: labs.beta2Microglobulin?.value ?? null,
    albuminGDl: labs.albumin?.value ?? null,
  });
  const ldh = { ldhUL: labs.ldh?.value ?? null, ldhUpperLimitUL: labs.ldh?.upperLimitOfNormal ?? null };
  const inv = labs.involvedFreeLightChain?.value;
  const uninv = labs.uninvolvedFreeLightChain?.value;
  const flcRatio = involvedUninvolvedFlcRatio(inv, uninv).value;
  const smm = {
    serumMProteinGDl: labs.serumMProtein?.value ?? null,
    flcRatio,
    clonalPlasmaCellPercent: f.marrow.clonalPlasmaCellPercent,
  };
  const fish = { t4_14: cg.t4_14, t14_16: cg.t14_16, gain1q: cg.gain1q, monosomy13: cg.monosomy13 };
  const al = {
    ntProBnpPgMl: labs.ntProBnp?.value ?? null,
    troponinTNgMl: labs.troponinT?.value ?? null,
    troponinMethod: labs.troponinT?.method ?? null,
    involvedFlcMgL: inv ?? null,
    uninvolvedFlcMgL: uninv ?? null,
  };
  const kidney = {
    creatinineMgDl: labs.creatinine?.value ?? null,
    age: f.patient.age,
    sex: f.patient.sex,
    weightKg: f.patient.weightKg,
  };
  const frailty = { age: f.patient.age, ...f.fitness };
  return {
    verdicts: {
      iss,
      riss: calculateRIss({ issStage: iss.stage, ...cg, ...ldh, issMissing: iss.missing }),
      r2iss: calculateR2Iss({ issStage: iss.stage, ...cg, ...ldh, issMissing: iss.missing }),
      mayo2018: calculateSmmMayo2018(smm),
      imwg2020: calculateSmmImwg2020({ ...smm, highRiskFish: null, fish }),
      cytogenetic: assessCytogeneticRisk(f),
      alMayo2004: calculateAlMayo2004(al),
      alMayo2012: calculateAlMayo2012(al),
      imwgFrailty: calculateImwgFrailty(frailty),
      simplifiedFrailty: calculateSimplifiedFrailty(frailty),
    },
    kidney: { egfr: calculateEgfrCkdEpi2021(kidney), crcl: calculateCrclCockcroftGault(kidney) },
  };
}

/** A number that must equal `x` up to conversion noise: a relative difference of at most one part in
 * 10^9, the tolerance the calculators themselves compare with (scores/compare.ts). A fixed rounding
 * (toPrecision) is not a tolerance: 24217/256 = 94.59765625 sits on a rounding boundary, so one ulp of
 * noise rounded it to 94.5976562 in one unit and 94.5976563 in the other (fast-check seed 718255521). */
const near = (x: number, rel = 1e-9) => ({
  asymmetricMatch: (y: unknown) =>
    typeof y === "number" && (y === x || Math.abs(y - x) <= rel * Math.max(Math.abs(x), Math.abs(y))),
  toString: () => `≈${x}`,
  toAsymmetricMatcher: () => `≈${x}`,
});

/** The expected side of a comparison: decisions (stages, groups, booleans, ids, missing fields) exact,
 * numbers the results echo `near` their value, and finding sentences (which quote the value as the
 * lab reported it) reduced to how many there are. With `looseCreatinine`, an echoed creatinine
 * (mg/dL) only has to agree to 2 decimals: the lab's 88.4 factor and UCUM's molar mass differ by 2
 * parts in 10^5, which shows in the echo, not the verdict. */
function expected(x: unknown, looseCreatinine = false, key = ""): unknown {
  if (typeof x === "number")
    return looseCreatinine && key === "creatinineMgDl" ? expect.closeTo(x, 2) : near(x);
  if (Array.isArray(x)) return x.map((v) => expected(v, looseCreatinine));
  if (x !== null && typeof x === "object")
    return Object.fromEntries(
      Object.entries(x).map(([k, v]) => [
        k,
        k === "findings" && Array.isArray(v) ? v.length : expected(v, looseCreatinine, k),
      ]),
    );
  return x;
}

/** The actual side: the same shape, finding sentences counted, everything else as computed. */
function actual(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(actual);
  if (x !== null && typeof x === "object")
    return Object.fromEntries(
      Object.entries(x).map(([k, v]) => [k, k === "findings" && Array.isArray(v) ? v.length : actual(v)]),
    );
  return x;
}

interface Lab {
  conv: { value: number; unit: string };
  si: { value: number; unit: string };
}
/** A lab value on a reporting grid (n / scale in `convUnit`), with the same value in the other unit. */
const grid = (n: number, scale: number, convUnit: string, siUnit: string, siPerConv: number): Lab => ({
  conv: { value: n / scale, unit: convUnit },
  si: { value: (n * siPerConv) / scale, unit: siUnit },
});
const withEdges = (range: fc.Arbitrary<number>, ...edges: number[]) =>
  fc.oneof(range, fc.constantFrom(...edges));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 5 });
const tri = fc.constantFrom(true, false, null);

type CreatinineFactor = "lab-88.4" | "molar-mass";
const UMOL_PER_MG_DL: Record<CreatinineFactor, number> = { "lab-88.4": 88.4, "molar-mass": 10_000 / 113.12 };

const patient = fc.record({
  age: fc.integer({ min: 18, max: 100 }),
  sex: fc.constantFrom("female", "male"),
  weightKg: fc.integer({ min: 40, max: 150 }),
  // M-protein g/dL <-> g/L, cut-offs 1.5, 2, 3 g/dL on the grid (n/100).
  mProtein: maybe(withEdges(fc.integer({ min: 0, max: 800 }), 150, 200, 300, 301)),
  // Albumin g/dL <-> g/L (n/10), cut-off 3.5.
  albumin: maybe(withEdges(fc.integer({ min: 10, max: 60 }), 35, 34, 36)),
  // beta2M mg/L <-> mg/dL (n/10), cut-offs 3.5 and 5.5.
  b2m: maybe(withEdges(fc.integer({ min: 5, max: 300 }), 35, 55, 54, 56)),
  // Creatinine mg/dL (n/100) <-> umol/L, cut-off 1.2 mg/dL.
  creatinine: maybe(withEdges(fc.integer({ min: 20, max: 1500 }), 120, 119, 121)),
  // Uninvolved FLC mg/L <-> mg/dL (n/10); involved either on the grid or at a ratio cut-off.
  uninvolvedFlc: maybe(fc.integer({ min: 1, max: 500 })),
  flcFactor: fc.constantFrom(0, 10, 20, 25, 40),
  involvedFlc: fc.integer({ min: 1, max: 50_000 }),
  // NT-proBNP pg/mL <-> ng/L, cut-offs 332, 1800, 8500.
  ntProBnp: maybe(withEdges(fc.integer({ min: 0, max: 30_000 }), 331, 332, 1800, 8500, 8501)),
  // Troponin T ng/mL <-> ug/L (n/1000), cut-offs 0.025, 0.035, 0.040, 0.050.
  troponin: maybe(withEdges(fc.integer({ min: 0, max: 500 }), 25, 35, 40, 50)),
  troponinMethod: maybe(fc.constantFrom("conventional", "high-sensitivity")),
  ldh: maybe(fc.record({ value: fc.integer({ min: 80, max: 900 }), uln: maybe(fc.constantFrom(225, 250)) })),
  bmpc: maybe(withEdges(fc.integer({ min: 0, max: 95 }), 15, 20, 30, 40)),
  cg: fc.record({
    del17p: tri,
    del17pClonalFraction: fc.option(fc.constantFrom(10, 20, 55), { nil: null }),
    tp53Mutation: tri,
    t4_14: tri,
    t14_16: tri,
    t14_20: tri,
    gain1q: tri,
    del1p32: fc.constantFrom("none", "monoallelic", "biallelic", null),
    monosomy13: tri,
    nonHyperdiploid: tri,
  }),
  fitness: fc.record({
    ecog: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    adl: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    iadl: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
    charlson: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  }),
});
type Patient = typeof patient extends fc.Arbitrary<infer T> ? T : never;

/** The same patient as a PatientRecord, in conventional (`conv`) or SI-style (`si`) units. */
function toRecord(p: Patient, system: "conv" | "si", factor: CreatinineFactor): unknown {
  const labs: Record<string, unknown> = {};
  const put = (key: string, lab: Lab | null, extra: Record<string, unknown> = {}) => {
    if (lab) labs[key] = { ...lab[system], ...extra };
  };
  put("serumMProtein", p.mProtein === undefined ? null : grid(p.mProtein, 100, "g/dL", "g/L", 10));
  put("albumin", p.albumin === undefined ? null : grid(p.albumin, 10, "g/dL", "g/L", 10));
  put("beta2Microglobulin", p.b2m === undefined ? null : grid(p.b2m, 10, "mg/L", "mg/dL", 0.1));
  put(
    "creatinine",
    p.creatinine === undefined ? null : grid(p.creatinine, 100, "mg/dL", "umol/L", UMOL_PER_MG_DL[factor]),
  );
  if (p.uninvolvedFlc !== undefined) {
    const involved = p.flcFactor === 0 ? p.involvedFlc : p.uninvolvedFlc * p.flcFactor;
    put("uninvolvedFreeLightChain", grid(p.uninvolvedFlc, 10, "mg/L", "mg/dL", 0.1));
    put("involvedFreeLightChain", grid(involved, 10, "mg/L", "mg/dL", 0.1));
  }
  put("ntProBnp", p.ntProBnp === undefined ? null : grid(p.ntProBnp, 1, "pg/mL", "ng/L", 1));
  put(
    "troponinT",
    p.troponin === undefined ? null : grid(p.troponin, 1000, "ng/mL", "ug/L", 1),
    p.troponinMethod === undefined ? {} : { method: p.troponinMethod },
  );
  if (p.ldh !== undefined)
    labs.ldh = {
      value: p.ldh.value,
      unit: "U/L",
      ...(p.ldh.uln === undefined ? {} : { upperLimitOfNormal: p.ldh.uln }),
    };
  return {
    asOf: "2026-11-26",
    patient: { age: p.age, sex: p.sex, weight: { value: p.weightKg, unit: "kg" } },
    labs,
    marrow: p.bmpc === undefined ? {} : { clonalPlasmaCellPercent: p.bmpc },
    cytogenetics: p.cg,
    fitness: p.fitness,
  };
}

function facts(record: unknown): Facts {
  const res = normalizeRecord(record);
  if (!res.ok) throw new Error(`record did not validate: ${JSON.stringify(res.issues)}`);
  return res.facts;
}

describe("scores do not depend on the units a lab reported", () => {
  it("exact pairs give identical verdicts; creatinine at the lab's 88.4 factor moves eGFR/CrCl by at most 0.1", () => {
    fc.assert(
      fc.property(patient, (p) => {
        const a = scoresOf(facts(toRecord(p, "conv", "lab-88.4")));
        const b = scoresOf(facts(toRecord(p, "si", "lab-88.4")));
        expect(actual(b.verdicts)).toEqual(expected(a.verdicts, true));
        for (const k of ["egfr", "crcl"] as const) {
          const [x, y] = [a.kidney[k].value, b.kidney[k].value];
          if (x === null || y === null) expect(y).toBe(x);
          else expect(Math.abs(x - y)).toBeLessThanOrEqual(0.1 + 1e-9);
          expect(b.kidney[k].missing).toEqual(a.kidney[k].missing);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("with creatinine converted by its molar mass, every result is identical, eGFR and CrCl included", () => {
    fc.assert(
      fc.property(patient, (p) => {
        const a = scoresOf(facts(toRecord(p, "conv", "molar-mass")));
        const b = scoresOf(facts(toRecord(p, "si", "molar-mass")));
        expect(actual(b)).toEqual(expected(a));
      }),
      { numRuns: 200 },
    );
  });

  it("a CrCl exactly on a half (276.25, fast-check seed 343726688) rounds the same in either unit", () => {
    const p = fc.sample(patient, { seed: 1, numRuns: 1 })[0]!;
    // (140 - 74) x 78 x 0.85 / (72 x 0.22) = 276.25 mL/min: Cockcroft-Gault on a rounding boundary.
    const onHalf: Patient = { ...p, age: 74, sex: "female", weightKg: 78, creatinine: 22 };
    const a = scoresOf(facts(toRecord(onHalf, "conv", "molar-mass")));
    const b = scoresOf(facts(toRecord(onHalf, "si", "molar-mass")));
    expect(a.kidney.crcl.value).toBe(276.3);
    expect(b.kidney.crcl.value).toBe(276.3);
  });

  it("a ratio on a rounding boundary (24217/256, fast-check seed 718255521) compares equal in either unit", () => {
    const p = fc.sample(patient, { seed: 1, numRuns: 1 })[0]!;
    const onBoundary: Patient = { ...p, uninvolvedFlc: 256, flcFactor: 0, involvedFlc: 24217 };
    for (const factor of ["lab-88.4", "molar-mass"] as const) {
      const a = scoresOf(facts(toRecord(onBoundary, "conv", factor)));
      const b = scoresOf(facts(toRecord(onBoundary, "si", factor)));
      expect(actual(b.verdicts)).toEqual(expected(a.verdicts, true));
    }
    // ...and the comparison still bites: a ratio off by a tenth of a percent is a difference.
    expect(94.59765625 * 1.001).not.toEqual(near(94.59765625));
    expect({ flcRatio: 94.59765625 * (1 + 1e-12) }).toEqual({ flcRatio: near(94.59765625) });
  });

  it("values exactly at a cut-off give the same verdict in either unit (no flip from conversion noise)", () => {
    const atCutoffs = {
      asOf: "2026-11-26",
      patient: { age: 70, sex: "male" },
      cytogenetics: {
        del17p: false,
        tp53Mutation: false,
        t4_14: false,
        t14_16: false,
        t14_20: false,
        gain1q: false,
        del1p32: "none",
      },
      marrow: { clonalPlasmaCellPercent: 20 },
    };
    const conv = facts({
      ...atCutoffs,
      labs: {
        serumMProtein: { value: 2, unit: "g/dL" },
        involvedFreeLightChain: { value: 200, unit: "mg/L" },
        uninvolvedFreeLightChain: { value: 10, unit: "mg/L" },
        ntProBnp: { value: 1800, unit: "pg/mL" },
        troponinT: { value: 0.04, unit: "ng/mL", method: "high-sensitivity" },
        creatinine: { value: 1.2, unit: "mg/dL" },
        beta2Microglobulin: { value: 5.5, unit: "mg/L" },
      },
    });
    const si = facts({
      ...atCutoffs,
      labs: {
        serumMProtein: { value: 20, unit: "g/L" },
        involvedFreeLightChain: { value: 20, unit: "mg/dL" },
        uninvolvedFreeLightChain: { value: 1, unit: "mg/dL" },
        ntProBnp: { value: 1800, unit: "ng/L" },
        troponinT: { value: 40, unit: "ng/L", method: "high-sensitivity" },
        creatinine: { value: 106.08, unit: "umol/L" },
        beta2Microglobulin: { value: 0.55, unit: "mg/dL" },
      },
    });
    // 40 ng/L normalises to 0.04 ng/mL give or take float noise (0.039999999999999994 with some
    // conversion paths): it must still meet the >= 40 ng/L cut-off.
    expect(si.labs.troponinT?.value).toBeCloseTo(0.04, 12);
    const a = scoresOf(conv).verdicts;
    const b = scoresOf(si).verdicts;
    expect(a.mayo2018.factors).toBe(0);
    expect(a.alMayo2012.points).toBe(3);
    expect(a.cytogenetic.ims2025.highRisk).toBe(false);
    expect(actual(b)).toEqual(expected(a, true));
  });
});

/** The findings read straight from the facts (findingsOf, the codes-only classification) are the findings
 * the criteria give (deriveFindings over the assessed events, clone and amyloid criteria): the same truths,
 * keys in the same order. A status function that drifted from its criterion would fail here even where
 * the category happened not to change. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Facts, toFacts } from "../../model/facts.js";
import { SYNTH_AS_OF, synthCohort } from "../../synth/cohort.js";
import { goldenAndExampleFacts } from "../../testing/diagnosis-facts.js";
import { validFacts } from "../../testing/example-records.js";
import { assessEvents } from "./events.js";
import { assessCloneAndAmyloid, deriveFindings, findingsOf } from "./findings.js";

function expectSameFindings(facts: Facts): void {
  const fromCriteria = deriveFindings(facts, assessEvents(facts, false), assessCloneAndAmyloid(facts, false));
  const fromFacts = findingsOf(facts);
  expect(Object.keys(fromFacts)).toEqual(Object.keys(fromCriteria));
  expect(fromFacts).toEqual(fromCriteria);
}

type Rec = Record<string, unknown>;
const Q = (value: number, unit: string, limits: Rec = {}) => ({ value, unit, ...limits });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
const dec = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);

/** Records that reach each branch of the criteria the findings read: both unit systems and the reference
 * limits of the CRAB labs, dialysis and a measured clearance, FLC pairs with a chain at 0, immunofixation
 * results, imaging on MRI only, and the amyloid work-up. */
const recordArb: fc.Arbitrary<Rec> = fc
  .record({
    calcium: opt(
      fc.oneof(
        fc
          .tuple(dec(8, 14), opt(dec(9, 11)))
          .map(([v, uln]) => Q(v, "mg/dL", uln ? { upperLimitOfNormal: uln } : {})),
        fc
          .tuple(dec(2, 3.5), opt(dec(2.4, 2.7)))
          .map(([v, uln]) => Q(v, "mmol/L", uln ? { upperLimitOfNormal: uln } : {})),
      ),
    ),
    creatinine: opt(
      fc.oneof(
        dec(0.4, 4).map((v) => Q(v, "mg/dL")),
        fc.integer({ min: 40, max: 400 }).map((v) => Q(v, "umol/L")),
      ),
    ),
    clearance: opt(fc.integer({ min: 5, max: 120 })),
    dialysis: opt(fc.boolean()),
    hemoglobin: opt(dec(6, 16)),
    hemoglobinLln: opt(dec(11, 14)),
    inv: opt(fc.constantFrom(0, 0.5, 12, 25, 80, 150, 900)),
    invUln: opt(dec(15, 30)),
    uninv: opt(fc.constantFrom(0, 1, 8, 20, 60)),
    lightChain: opt(fc.constantFrom("kappa", "lambda")),
    heavyChain: opt(fc.constantFrom("IgG", "IgA", "IgM", "none")),
    serumM: opt(dec(0, 5)),
    serumIfe: opt(fc.constantFrom("positive", "negative")),
    urineIfe: opt(fc.constantFrom("positive", "negative")),
    bmpc: opt(fc.constantFrom(0, 5, 10, 30, 60, 80)),
    imaging: opt(
      fc.record({
        performed: fc.boolean(),
        modality: opt(fc.constantFrom("PET-CT", "MRI", "whole-body-MRI")),
        lytic: opt(fc.integer({ min: 0, max: 3 })),
        mri: opt(fc.integer({ min: 0, max: 3 })),
      }),
    ),
    organs: opt(fc.constantFrom([], ["heart"], ["kidney", "liver"])),
    amyloid: opt(fc.boolean()),
    amyloidType: opt(fc.constantFrom("light-chain", "transthyretin", "not-typed")),
    patient: opt(
      fc.record({ age: fc.integer({ min: 12, max: 95 }), sex: fc.constantFrom("female", "male") }),
    ),
  })
  .map((g) => {
    const labs: Rec = {};
    if (g.calcium) labs.calcium = g.calcium;
    if (g.creatinine) labs.creatinine = g.creatinine;
    if (g.clearance !== undefined) labs.measuredCreatinineClearance = Q(g.clearance, "mL/min");
    if (g.hemoglobin !== undefined)
      labs.hemoglobin = Q(
        g.hemoglobin,
        "g/dL",
        g.hemoglobinLln ? { lowerLimitOfNormal: g.hemoglobinLln } : {},
      );
    if (g.inv !== undefined)
      labs.involvedFreeLightChain = Q(g.inv, "mg/L", g.invUln ? { upperLimitOfNormal: g.invUln } : {});
    if (g.uninv !== undefined) labs.uninvolvedFreeLightChain = Q(g.uninv, "mg/L");
    if (g.lightChain) labs.lightChain = g.lightChain;
    if (g.heavyChain) labs.heavyChain = g.heavyChain;
    if (g.serumM !== undefined) labs.serumMProtein = Q(g.serumM, "g/dL");
    if (g.serumIfe) labs.serumImmunofixation = g.serumIfe;
    if (g.urineIfe) labs.urineImmunofixation = g.urineIfe;
    const r: Rec = { asOf: "2026-11-26", labs };
    if (g.patient) r.patient = { ...g.patient, weight: Q(70, "kg") };
    if (g.bmpc !== undefined) r.marrow = { clonalPlasmaCellPercent: g.bmpc };
    if (g.imaging) {
      const { performed, modality, lytic, mri } = g.imaging;
      r.imaging = {
        performed,
        ...(modality ? { modality } : {}),
        ...(lytic !== undefined ? { osteolyticLesions: lytic } : {}),
        ...(mri !== undefined ? { mriFocalLesions: mri } : {}),
      };
    }
    const conditions: Rec = {};
    if (g.dialysis !== undefined) conditions.renalFailureOnDialysis = g.dialysis;
    if (g.organs) conditions.amyloidOrgans = g.organs;
    r.conditions = conditions;
    const biopsy: Rec = {};
    if (g.amyloid !== undefined) biopsy.amyloid = g.amyloid;
    if (g.amyloidType) biopsy.amyloidType = g.amyloidType;
    r.biopsy = biopsy;
    return r;
  });

describe("findingsOf reads from the facts the findings the criteria give", () => {
  it("on every golden case and example record", () => {
    const all = goldenAndExampleFacts();
    expect(all.length).toBeGreaterThan(50);
    for (const facts of all) expectSameFindings(facts);
  });

  it("on 2,000 generated records", () => {
    const all = validFacts([...synthCohort(2026, 1000), ...synthCohort(7, 1000)], SYNTH_AS_OF);
    expect(all.length).toBe(2000);
    for (const facts of all) expectSameFindings(facts);
  }, 60_000);

  it("on random records reaching every branch of the criteria read", () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        expectSameFindings(toFacts(r));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFacts } from "../../model/facts.js";
import { fromCanonical } from "../../model/units.js";
import { classifyDiagnosis } from "./diagnosis.js";

type Rec = Record<string, unknown> & { labs: Record<string, unknown> };
const Q = (value: number, unit: string) => ({ value, unit });
const dec = (min: number, max: number, digits = 1) =>
  fc
    .integer({ min: Math.round(min * 10 ** digits), max: Math.round(max * 10 ** digits) })
    .map((n) => n / 10 ** digits);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 });

/** Random records in conventional units, with any field possibly absent. */
const recordArb: fc.Arbitrary<Rec> = fc
  .record({
    calcium: opt(dec(8, 13.5)),
    creatinine: opt(dec(0.5, 5)),
    hemoglobin: opt(dec(7, 16)),
    serumMProtein: opt(dec(0, 6)),
    urineMProtein: opt(fc.integer({ min: 0, max: 2000 })),
    heavyChain: opt(fc.constantFrom("IgG", "IgA", "IgM", "none")),
    lightChain: opt(fc.constantFrom("kappa", "lambda")),
    inv: opt(dec(5, 3000, 0)),
    uninv: opt(dec(1, 50)),
    bmpc: opt(fc.integer({ min: 0, max: 90 })),
    imaging: opt(
      fc.record({ lytic: fc.integer({ min: 0, max: 4 }), mri: opt(fc.integer({ min: 0, max: 4 })) }),
    ),
    plasmacytoma: opt(
      fc.record({ count: fc.integer({ min: 0, max: 2 }), site: fc.constantFrom("bone", "extramedullary") }),
    ),
    patient: opt(
      fc.record({ age: fc.integer({ min: 40, max: 90 }), sex: fc.constantFrom("female", "male") }),
    ),
  })
  .map((g) => {
    const labs: Record<string, unknown> = {};
    if (g.calcium !== undefined) labs.calcium = Q(g.calcium, "mg/dL");
    if (g.creatinine !== undefined) labs.creatinine = Q(g.creatinine, "mg/dL");
    if (g.hemoglobin !== undefined) labs.hemoglobin = Q(g.hemoglobin, "g/dL");
    if (g.serumMProtein !== undefined) labs.serumMProtein = Q(g.serumMProtein, "g/dL");
    if (g.urineMProtein !== undefined) labs.urineMProtein = Q(g.urineMProtein, "mg/24h");
    if (g.heavyChain !== undefined) labs.heavyChain = g.heavyChain;
    if (g.lightChain !== undefined) labs.lightChain = g.lightChain;
    if (g.inv !== undefined) labs.involvedFreeLightChain = Q(g.inv, "mg/L");
    if (g.uninv !== undefined) labs.uninvolvedFreeLightChain = Q(g.uninv, "mg/L");
    const r: Rec = { asOf: "2026-11-26", labs };
    if (g.patient) r.patient = { ...g.patient, weight: Q(75, "kg") };
    if (g.bmpc !== undefined) r.marrow = { clonalPlasmaCellPercent: g.bmpc };
    if (g.imaging) {
      r.imaging = {
        performed: true,
        modality: "PET-CT",
        osteolyticLesions: g.imaging.lytic,
        ...(g.imaging.mri !== undefined ? { mriFocalLesions: g.imaging.mri } : {}),
      };
    }
    if (g.plasmacytoma) r.biopsy = { plasmacytoma: g.plasmacytoma };
    return r;
  });

const classify = (r: unknown) => classifyDiagnosis(toFacts(r));

/** recordArb with the rest of the work-up a record may or may not hold: immunofixation results, imaging
 * recorded as done or not with or without its counts, and the amyloid work-up (organ involvement, Congo
 * red, typing), so that several amyloid findings and the clone can be missing at once. */
const workUpArb: fc.Arbitrary<Rec> = fc
  .record({
    r: recordArb,
    serumIfe: opt(fc.constantFrom("positive", "negative")),
    urineIfe: opt(fc.constantFrom("positive", "negative")),
    imaging: opt(
      fc.record({
        performed: opt(fc.boolean()),
        modality: opt(fc.constantFrom("PET-CT", "MRI", "whole-body-low-dose-CT")),
        lytic: opt(fc.integer({ min: 0, max: 3 })),
        mri: opt(fc.integer({ min: 0, max: 3 })),
      }),
    ),
    organs: opt(fc.subarray(["heart", "kidney", "liver", "peripheral-nerve"] as const)),
    congoRed: opt(fc.boolean()),
    amyloidType: opt(fc.constantFrom("light-chain", "transthyretin", "not-typed")),
  })
  .map(({ r, serumIfe, urineIfe, imaging, organs, congoRed, amyloidType }) => {
    const out: Rec = { ...r, labs: { ...r.labs } };
    if (serumIfe !== undefined) out.labs.serumImmunofixation = serumIfe;
    if (urineIfe !== undefined) out.labs.urineImmunofixation = urineIfe;
    if (imaging !== undefined) {
      const im: Record<string, unknown> = {};
      if (imaging.performed !== undefined) im.performed = imaging.performed;
      if (imaging.modality !== undefined) im.modality = imaging.modality;
      if (imaging.lytic !== undefined) im.osteolyticLesions = imaging.lytic;
      if (imaging.mri !== undefined) im.mriFocalLesions = imaging.mri;
      out.imaging = im;
    }
    if (organs !== undefined) out.conditions = { amyloidOrgans: organs };
    if (congoRed !== undefined || amyloidType !== undefined) {
      const biopsy: Record<string, unknown> = { ...((r.biopsy as object) ?? {}) };
      if (congoRed !== undefined) biopsy.amyloid = congoRed;
      if (amyloidType !== undefined) biopsy.amyloidType = amyloidType;
      out.biopsy = biopsy;
    }
    return out;
  });

/** The category criteria: a category still open is one of these unknown. */
const CATEGORY_RULES = new Set([
  "imwg2014.mm",
  "imwg2014.al",
  "imwg2014.sp",
  "imwg2014.sp.minimal-marrow",
  "imwg2014.smm",
  "imwg2014.mgus.non-igm",
  "imwg2014.mgus.igm",
  "imwg2014.mgus.light-chain",
]);

/** Each way to add one myeloma-defining event to a record. */
const ADD_EVENT: Record<string, (r: Rec) => Rec> = {
  calcium: (r) => ({ ...r, labs: { ...r.labs, calcium: Q(12.5, "mg/dL") } }),
  renal: (r) => ({ ...r, labs: { ...r.labs, creatinine: Q(3.5, "mg/dL") } }),
  anaemia: (r) => ({ ...r, labs: { ...r.labs, hemoglobin: Q(8, "g/dL") } }),
  bone: (r) => ({
    ...r,
    imaging: { ...((r.imaging as object) ?? {}), performed: true, modality: "PET-CT", osteolyticLesions: 3 },
  }),
  marrow60: (r) => ({ ...r, marrow: { clonalPlasmaCellPercent: 70 } }),
  flc: (r) => ({
    ...r,
    labs: { ...r.labs, involvedFreeLightChain: Q(2000, "mg/L"), uninvolvedFreeLightChain: Q(5, "mg/L") },
  }),
  mri: (r) => ({
    ...r,
    imaging: { ...((r.imaging as object) ?? {}), performed: true, mriFocalLesions: 4 },
  }),
};

/** Each test that can be removed from a record. */
const REMOVE_TEST: Record<string, (r: Rec) => Rec> = {
  ...Object.fromEntries(
    [
      "calcium",
      "creatinine",
      "hemoglobin",
      "serumMProtein",
      "urineMProtein",
      "involvedFreeLightChain",
      "uninvolvedFreeLightChain",
      "heavyChain",
      "lightChain",
    ].map((k) => [k, (r: Rec) => ({ ...r, labs: { ...r.labs, [k]: null } })]),
  ),
  marrow: (r) => ({ ...r, marrow: undefined }),
  imaging: (r) => ({ ...r, imaging: undefined }),
  mri: (r) => (r.imaging ? { ...r, imaging: { ...(r.imaging as object), mriFocalLesions: null } } : r),
  patient: (r) => ({ ...r, patient: undefined }),
};

const AMYLOID_WORK_UP = [
  "imwg2014.al",
  "imwg2014.al.organ-syndrome",
  "imwg2014.al.congo-red",
  "imwg2014.al.light-chain-typing",
];

describe("IMWG 2014 classification: properties", () => {
  it("an added myeloma-defining event never moves multiple myeloma to a lesser category", () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom(...Object.keys(ADD_EVENT)), (r, ev) => {
        fc.pre(classify(r).category === "multiple-myeloma");
        expect(classify(ADD_EVENT[ev]!(r)).category).toBe("multiple-myeloma");
      }),
      { numRuns: 300 },
    );
  });

  it("an added event to an untreated record never gives a category below the one before, unless it becomes myeloma, stays open or settles on the lean it had", () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom(...Object.keys(ADD_EVENT)), (r, ev) => {
        const before = classify(r);
        const after = classify(ADD_EVENT[ev]!(r));
        // An open record that leaned to a category may settle on it once the event's test is there (a seed
        // found: IgG typed, M-spike 0, marrow 0%, FLC not recorded: indeterminate, likely MGUS; with FLC
        // 2000/5 mg/L and marrow 0% (no SLiM event without clonal BMPC >= 10%): MGUS).
        // And a myeloma-defining event with the marrow below 10% (a seed found: IgG, urine M-protein 500 mg/24 h,
        // marrow 0%, FLC not recorded: likely smouldering; with FLC 2000/5 mg/L: MGUS): smouldering myeloma needs
        // no myeloma-defining event and myeloma needs criterion A (criteria-and-scores.md 1.1-1.3), so the letter
        // gives MGUS; assess() warns beside it (alert.myeloma-biomarker-marrow-below-10, engine/review-c41.test.ts).
        const mdeWithoutClone =
          after.category === "mgus" && after.criteria.some((c) => c.id === "imwg2014.mde" && c.met === true);
        expect(
          ["multiple-myeloma", "indeterminate", "al-amyloidosis"].includes(after.category) ||
            before.category === after.category ||
            (before.category === "indeterminate" && before.likely === after.category) ||
            mdeWithoutClone,
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("removing a test never turns an unknown criterion into not-met", () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom(...Object.keys(REMOVE_TEST)), (r, test) => {
        const before = classify(r);
        const after = classify(REMOVE_TEST[test]!(r));
        const status = new Map(after.criteria.map((c) => [c.id, c.status]));
        // The amyloid work-up is asked for only when something suggests amyloid (amyloid.ts: the reference
        // lists no amyloidosis as an exclusion, not a test every patient has). When the kidney raised it
        // (a creatinine or proteinuria with a low marrow, review c20-4), removing the test that raised it
        // takes the question away, not an answer: those criteria (and AL itself) are then not held to this.
        const raisedByKidney = before.criteria.some(
          (c) => c.id === "imwg2014.al.organ-syndrome" && c.inputs?.kidneySign !== undefined,
        );
        for (const c of before.criteria) {
          if (raisedByKidney && AMYLOID_WORK_UP.includes(c.id)) continue;
          if (c.status === "unknown") expect([c.id, status.get(c.id)]).not.toEqual([c.id, "not-met"]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the same values in SI units give the same category (outside the bands where the IMWG pairs differ)", () => {
    const si = (r: Rec): Rec => {
      const labs = { ...r.labs } as Record<string, { value: number; unit: string } | string>;
      const conv = (k: string, field: Parameters<typeof fromCanonical>[0], unit: string) => {
        const q = labs[k];
        if (typeof q === "object" && q !== null) labs[k] = Q(fromCanonical(field, q.value, unit), unit);
      };
      conv("calcium", "calcium", "mmol/L");
      conv("creatinine", "creatinine", "umol/L");
      conv("hemoglobin", "hemoglobin", "g/L");
      conv("serumMProtein", "serumMProtein", "g/L");
      for (const k of ["involvedFreeLightChain", "uninvolvedFreeLightChain"]) {
        const q = labs[k];
        if (typeof q === "object") labs[k] = Q(q.value / 10, "mg/dL");
      }
      const u = labs.urineMProtein;
      if (typeof u === "object") labs.urineMProtein = Q(u.value / 1000, "g/24h");
      return { ...r, labs };
    };
    fc.assert(
      fc.property(recordArb, (r) => {
        const ca = (r.labs.calcium as { value: number } | undefined)?.value;
        const cr = (r.labs.creatinine as { value: number } | undefined)?.value;
        // 2.75 mmol/L is 11.02 mg/dL and 177 umol/L is 2.002 mg/dL: inside those bands the two rules differ.
        fc.pre(ca === undefined || ca < 10.99 || ca > 11.03);
        fc.pre(cr === undefined || cr < 1.99 || cr > 2.01);
        const a = classify(r);
        const b = classify(si(r));
        expect([b.category, b.likely]).toEqual([a.category, a.likely]);
      }),
      { numRuns: 300 },
    );
  });

  it("every unsettled diagnosis names at least one missing test that could decide it (missing is not normal)", () => {
    // Unsettled: indeterminate with a category still open, or MGUS called with the marrow not assessed.
    // Several amyloid findings and the clone missing at once used to leave "likely AL" with nothing named.
    let unsettled = 0;
    fc.assert(
      fc.property(workUpArb, (r) => {
        const d = classify(r);
        if (d.treated) return;
        const open =
          d.marrowNotAssessed ||
          (d.category === "indeterminate" &&
            d.criteria.some((c) => CATEGORY_RULES.has(c.id) && c.status === "unknown"));
        if (!open) return;
        unsettled++;
        expect(d.couldChangeWith.length).toBeGreaterThan(0);
        expect(d.missing.length).toBeGreaterThan(0);
      }),
      { seed: 20261201, numRuns: 3000 },
    );
    expect(unsettled).toBeGreaterThan(300);
  });

  it("every result is a category, or indeterminate with what would decide it or a note saying why none fits", () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        const d = classify(r);
        if (d.category === "indeterminate") {
          expect(d.couldChangeWith.length + d.notes.length).toBeGreaterThan(0);
          if (d.likely !== null) expect(d.couldChangeWith.length).toBeGreaterThan(0);
        } else expect(d.likely).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

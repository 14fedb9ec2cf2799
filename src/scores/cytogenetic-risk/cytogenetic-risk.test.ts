import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFacts } from "../../model/facts.js";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import { nonFiniteNumbers } from "../result-checks.js";
import cases from "./cytogenetic-risk.cases.json" with { type: "json" };
import { assessCytogeneticRisk, type CytogeneticRiskResult } from "./cytogenetic-risk.js";

type RecordPart = { cytogenetics: Record<string, unknown>; labs: Record<string, unknown> };
const assessRecord = (r: RecordPart) => assessCytogeneticRisk(toFacts({ asOf: "2026-11-26", ...r }));

describe("cytogenetic risk golden cases", () => {
  runGoldenCases(cases as GoldenCase<RecordPart, object>[], assessRecord);
});

const BOOL_KEYS = [
  "del17p",
  "tp53Mutation",
  "t4_14",
  "t14_16",
  "t14_20",
  "gain1q",
  "nonHyperdiploid",
] as const;
const DEL1P = ["none", "monoallelic", "biallelic"] as const;
interface Genetics {
  bools: Record<(typeof BOOL_KEYS)[number], boolean | null>;
  del1p32: (typeof DEL1P)[number] | null;
  ccf: number | null;
  b2m: number | null;
  creatinine: number | null;
}
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const genetics = (m: <T>(a: fc.Arbitrary<T>) => fc.Arbitrary<T | null>): fc.Arbitrary<Genetics> =>
  fc.record({
    bools: fc.record(
      Object.fromEntries(BOOL_KEYS.map((k) => [k, m(fc.boolean())])) as Record<
        (typeof BOOL_KEYS)[number],
        fc.Arbitrary<boolean | null>
      >,
    ),
    del1p32: m(fc.constantFrom(...DEL1P)),
    ccf: m(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(19.9, 20, 20.1))),
    b2m: m(fc.oneof(fc.double({ min: 0.5, max: 30, noNaN: true }), fc.constantFrom(5.49, 5.5, 5.51))),
    creatinine: m(fc.oneof(fc.double({ min: 0.3, max: 10, noNaN: true }), fc.constantFrom(1.19, 1.2, 1.21))),
  });
const toRecord = (g: Genetics): RecordPart => ({
  cytogenetics: { ...g.bools, del1p32: g.del1p32, del17pClonalFraction: g.ccf },
  labs: {
    ...(g.b2m === null ? {} : { beta2Microglobulin: { value: g.b2m, unit: "mg/L" } }),
    ...(g.creatinine === null ? {} : { creatinine: { value: g.creatinine, unit: "mg/dL" } }),
  },
});
const definitions = (r: CytogeneticRiskResult) => ({
  ims2025: r.ims2025,
  imwg2016: r.imwg2016,
  msmart: r.msmart,
});
const identity = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => a;

describe("cytogenetic risk properties", () => {
  it("an added abnormality, a larger clone or a higher beta2M never turns high risk into not high risk", () => {
    fc.assert(
      fc.property(
        genetics(identity),
        fc.constantFrom(...BOOL_KEYS),
        fc.nat(2),
        fc.nat(50),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (g, key, del1pStep, ccfRise, b2mRise) => {
          const worse: Genetics = {
            bools: { ...g.bools, [key]: true },
            del1p32: DEL1P[Math.max(DEL1P.indexOf(g.del1p32!), del1pStep)]!,
            ccf: Math.min(100, g.ccf! + ccfRise),
            b2m: Math.min(300, g.b2m! + b2mRise),
            creatinine: g.creatinine,
          };
          const a = definitions(assessRecord(toRecord(g)));
          const b = definitions(assessRecord(toRecord(worse)));
          for (const k of ["ims2025", "imwg2016", "msmart"] as const)
            if (a[k].highRisk === true) expect(b[k].highRisk).toBe(true);
        },
      ),
    );
  });

  it("every input gives a verdict or null with the missing inputs named; never NaN", () => {
    fc.assert(
      fc.property(genetics(maybe), (g) => {
        const r = assessRecord(toRecord(g));
        expect(nonFiniteNumbers(r)).toEqual([]);
        for (const d of [r.ims2025, r.imwg2016, r.msmart]) {
          if (d.highRisk === null) expect(d.missing.length).toBeGreaterThan(0);
          if (d.highRisk === true) expect(d.findings.length).toBeGreaterThan(0);
        }
        expect(r.highRisk).toBe(r.ims2025.highRisk);
      }),
    );
  });

  it("a verdict given despite missing inputs holds for every completion (missing is never normal)", () => {
    fc.assert(
      fc.property(genetics(maybe), genetics(identity), (p, fill) => {
        const done: Genetics = {
          bools: Object.fromEntries(
            BOOL_KEYS.map((k) => [k, p.bools[k] ?? fill.bools[k]]),
          ) as Genetics["bools"],
          del1p32: p.del1p32 ?? fill.del1p32,
          ccf: p.ccf ?? fill.ccf,
          b2m: p.b2m ?? fill.b2m,
          creatinine: p.creatinine ?? fill.creatinine,
        };
        const partial = assessRecord(toRecord(p));
        const full = assessRecord(toRecord(done));
        for (const k of ["ims2025", "imwg2016", "msmart"] as const)
          if (partial[k].highRisk !== null) expect(full[k].highRisk).toBe(partial[k].highRisk);
        expect(full.highRiskAbnormalityCount!).toBeGreaterThanOrEqual(
          partial.highRiskAbnormalityCountAtLeast,
        );
        if (partial.hit !== null) expect(full.hit).toBe(partial.hit);
      }),
    );
  });

  it("1q+ alone or an IgH translocation alone is never IMS/IMWG 2025 high risk", () => {
    fc.assert(
      fc.property(fc.constantFrom("gain1q", "t4_14", "t14_16", "t14_20"), (k) => {
        const none = Object.fromEntries(BOOL_KEYS.map((b) => [b, false]));
        const r = assessRecord({
          cytogenetics: { ...none, [k]: true, del1p32: "none" },
          labs: { beta2Microglobulin: { value: 2, unit: "mg/L" } },
        });
        expect(r.ims2025.highRisk).toBe(false);
        expect(r.imwg2016.highRisk).toBe(true);
      }),
    );
  });
});

describe("cytogenetic risk, codes only (the compact view)", () => {
  it("gives the same IMS/IMWG 2025 verdict and the same missing inputs as the full assessment", () => {
    fc.assert(
      fc.property(genetics(maybe), (g) => {
        const facts = toFacts({ asOf: "2026-11-26", ...toRecord(g) });
        const full = assessCytogeneticRisk(facts);
        const codes = assessCytogeneticRisk(facts, { codesOnly: true });
        expect(codes.highRisk).toBe(full.highRisk);
        expect(codes.missing).toEqual(full.missing);
      }),
    );
  });
});

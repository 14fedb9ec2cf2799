import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import { nonFiniteNumbers } from "../result-checks.js";
import cases from "./frailty.cases.json" with { type: "json" };
import { calculateImwgFrailty, calculateSimplifiedFrailty, type FrailtyInput } from "./frailty.js";

describe("IMWG frailty golden cases", () => {
  runGoldenCases(cases.imwg as GoldenCase<FrailtyInput, object>[], calculateImwgFrailty);
});
describe("simplified frailty golden cases", () => {
  runGoldenCases(cases.simplified as GoldenCase<FrailtyInput, object>[], calculateSimplifiedFrailty);
});

const IMWG_RANK = { fit: 0, intermediate: 1, frail: 2 } as const;
const SIMPLE_RANK = { "non-frail": 0, frail: 1 } as const;
const age = fc.oneof(fc.integer({ min: 18, max: 100 }), fc.constantFrom(75, 76, 80, 81));
const cci = fc.integer({ min: 0, max: 12 });
const adl = fc.integer({ min: 0, max: 6 });
const iadl = fc.integer({ min: 0, max: 8 });
const ecog = fc.integer({ min: 0, max: 4 });
const full = fc.record({ age, charlson: cci, adl, iadl, ecog });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const partial = fc.record({
  age: maybe(age),
  charlson: maybe(cci),
  adl: maybe(adl),
  iadl: maybe(iadl),
  ecog: maybe(ecog),
});

describe("frailty properties", () => {
  it("older age, more comorbidity, lower ADL/IADL or worse ECOG never gives a fitter group", () => {
    fc.assert(
      fc.property(full, full, (a, b) => {
        const fitter: FrailtyInput = {
          age: Math.min(a.age, b.age),
          charlson: Math.min(a.charlson, b.charlson),
          adl: Math.max(a.adl, b.adl),
          iadl: Math.max(a.iadl, b.iadl),
          ecog: Math.min(a.ecog, b.ecog),
        };
        const frailer: FrailtyInput = {
          age: Math.max(a.age, b.age),
          charlson: Math.max(a.charlson, b.charlson),
          adl: Math.min(a.adl, b.adl),
          iadl: Math.min(a.iadl, b.iadl),
          ecog: Math.max(a.ecog, b.ecog),
        };
        const i1 = calculateImwgFrailty(fitter);
        const i2 = calculateImwgFrailty(frailer);
        expect(i2.score!).toBeGreaterThanOrEqual(i1.score!);
        expect(IMWG_RANK[i2.group!]).toBeGreaterThanOrEqual(IMWG_RANK[i1.group!]);
        const s1 = calculateSimplifiedFrailty(fitter);
        const s2 = calculateSimplifiedFrailty(frailer);
        expect(s2.score!).toBeGreaterThanOrEqual(s1.score!);
        expect(SIMPLE_RANK[s2.group!]).toBeGreaterThanOrEqual(SIMPLE_RANK[s1.group!]);
      }),
    );
  });

  it("complete inputs give IMWG 0-5 and simplified 0-5 scores in the group their totals name", () => {
    fc.assert(
      fc.property(full, (a) => {
        const i = calculateImwgFrailty(a);
        expect(i.score).toBeGreaterThanOrEqual(0);
        expect(i.score).toBeLessThanOrEqual(5);
        expect(i.group).toBe(i.score === 0 ? "fit" : i.score === 1 ? "intermediate" : "frail");
        const s = calculateSimplifiedFrailty(a);
        expect(s.group).toBe(s.score! >= 2 ? "frail" : "non-frail");
      }),
    );
  });

  it("every input gives a group or null with missing named; a group given with missing items holds for every completion", () => {
    fc.assert(
      fc.property(partial, full, (p, fill) => {
        const i = calculateImwgFrailty(p);
        const s = calculateSimplifiedFrailty(p);
        expect(nonFiniteNumbers([i, s])).toEqual([]);
        if (i.group === null) expect(i.missing.length).toBeGreaterThan(0);
        if (s.group === null) expect(s.missing.length).toBeGreaterThan(0);
        // The IMWG score is not computable with any item missing, even when the known items reach 2.
        if ([p.age, p.charlson, p.adl, p.iadl].some((v) => v === null)) expect(i.score).toBeNull();
        const done = {
          age: p.age ?? fill.age,
          charlson: p.charlson ?? fill.charlson,
          adl: p.adl ?? fill.adl,
          iadl: p.iadl ?? fill.iadl,
          ecog: p.ecog ?? fill.ecog,
        };
        if (s.group !== null) expect(calculateSimplifiedFrailty(done).group).toBe(s.group);
        if (i.group !== null) expect(calculateImwgFrailty(done).group).toBe(i.group);
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import { nonFiniteNumbers } from "../result-checks.js";
import cases from "./kidney.cases.json" with { type: "json" };
import {
  calculateCrclCockcroftGault,
  calculateEgfrCkdEpi2021,
  crclCockcroftGaultValue,
  egfrCkdEpi2021Value,
  type KidneyInput,
} from "./kidney.js";

describe("CKD-EPI 2021 golden cases", () => {
  runGoldenCases(cases.egfrCkdEpi2021 as GoldenCase<KidneyInput, object>[], calculateEgfrCkdEpi2021);
});
describe("Cockcroft-Gault golden cases", () => {
  runGoldenCases(cases.crclCockcroftGault as GoldenCase<KidneyInput, object>[], calculateCrclCockcroftGault);
});

const scr = fc.double({ min: 0.1, max: 30, noNaN: true });
const adultAge = fc.double({ min: 18, max: 120, noNaN: true });
const sex = fc.constantFrom<"female" | "male">("female", "male");
const weight = fc.double({ min: 20, max: 350, noNaN: true });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

describe("kidney function properties", () => {
  it("a higher creatinine or an older age never gives a higher eGFR or creatinine clearance", () => {
    fc.assert(
      fc.property(scr, scr, adultAge, adultAge, sex, weight, (c1, c2, a1, a2, s, w) => {
        const better: KidneyInput = {
          creatinineMgDl: Math.min(c1, c2),
          age: Math.min(a1, a2),
          sex: s,
          weightKg: w,
        };
        const worse: KidneyInput = {
          creatinineMgDl: Math.max(c1, c2),
          age: Math.max(a1, a2),
          sex: s,
          weightKg: w,
        };
        expect(calculateEgfrCkdEpi2021(worse).value!).toBeLessThanOrEqual(
          calculateEgfrCkdEpi2021(better).value!,
        );
        expect(calculateCrclCockcroftGault(worse).value!).toBeLessThanOrEqual(
          calculateCrclCockcroftGault(better).value!,
        );
      }),
    );
  });

  it("Cockcroft-Gault for a woman is 0.85 times the man's value (to the 0.1 rounding)", () => {
    fc.assert(
      fc.property(scr, adultAge, weight, (c, a, w) => {
        const m = calculateCrclCockcroftGault({ creatinineMgDl: c, age: a, sex: "male", weightKg: w }).value!;
        const f = calculateCrclCockcroftGault({ creatinineMgDl: c, age: a, sex: "female", weightKg: w })
          .value!;
        expect(Math.abs(f - m * 0.85)).toBeLessThanOrEqual(0.05 * 0.85 + 0.05 + 1e-9);
      }),
    );
  });

  it("values are rounded to 0.1", () => {
    fc.assert(
      fc.property(scr, adultAge, sex, weight, (c, a, s, w) => {
        for (const v of [
          calculateEgfrCkdEpi2021({ creatinineMgDl: c, age: a, sex: s, weightKg: w }).value!,
          calculateCrclCockcroftGault({ creatinineMgDl: c, age: a, sex: s, weightKg: w }).value!,
        ])
          expect(Math.round(v * 10) / 10).toBe(v);
      }),
    );
  });

  it("the values alone (for the CRAB renal criterion) are the calculators' values, for any input", () => {
    const anyNumber = fc.oneof(fc.double(), scr, fc.constantFrom(0, -1, 17.9, 18, 139.9, 140));
    fc.assert(
      fc.property(maybe(anyNumber), maybe(anyNumber), maybe(sex), maybe(anyNumber), (c, a, s, w) => {
        const input = { creatinineMgDl: c, age: a, sex: s, weightKg: w };
        expect(egfrCkdEpi2021Value(input)).toBe(calculateEgfrCkdEpi2021(input).value);
        expect(crclCockcroftGaultValue(input)).toBe(calculateCrclCockcroftGault(input).value);
      }),
      { numRuns: 5000 },
    );
  });

  it("every input gives a value, or null with missing fields or a reason; never NaN or Infinity", () => {
    const anyNumber = fc.oneof(fc.double(), scr);
    fc.assert(
      fc.property(
        maybe(anyNumber),
        maybe(fc.oneof(fc.double(), adultAge)),
        maybe(sex),
        maybe(anyNumber),
        (c, a, s, w) => {
          const input = { creatinineMgDl: c, age: a, sex: s, weightKg: w };
          for (const r of [calculateEgfrCkdEpi2021(input), calculateCrclCockcroftGault(input)]) {
            expect(nonFiniteNumbers(r)).toEqual([]);
            if (r.value === null) expect(r.missing.length > 0 || r.notApplicable !== null).toBe(true);
            else expect(r.value).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});

describe("kidney function for the compact screen (codes only)", () => {
  it("gives the same values, reasons and missing fields as the full results, without rule traces", () => {
    const anyNumber = fc.oneof(scr, adultAge, fc.constantFrom(0, -1, 17.9, 18, 139.9, 140));
    fc.assert(
      fc.property(maybe(anyNumber), maybe(anyNumber), maybe(sex), maybe(weight), (c, a, s, w) => {
        const input: KidneyInput = { creatinineMgDl: c, age: a, sex: s, weightKg: w };
        for (const calc of [calculateEgfrCkdEpi2021, calculateCrclCockcroftGault]) {
          expect(calc(input, { codesOnly: true })).toEqual({ ...calc(input), rules: [] });
        }
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import { nonFiniteNumbers } from "../result-checks.js";
import cases from "./r2-iss.cases.json" with { type: "json" };
import { calculateR2Iss, type R2IssInput } from "./r2-iss.js";

describe("R2-ISS golden cases", () => {
  runGoldenCases(cases as GoldenCase<R2IssInput, object>[], calculateR2Iss);
});

const iss = fc.constantFrom<1 | 2 | 3>(1, 2, 3);
const known: fc.Arbitrary<R2IssInput> = fc.record({
  issStage: iss,
  del17p: fc.boolean(),
  t4_14: fc.boolean(),
  gain1q: fc.boolean(),
  ldhUL: fc.integer({ min: 50, max: 2000 }),
  ldhUpperLimitUL: fc.integer({ min: 100, max: 400 }),
});
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

describe("R2-ISS properties", () => {
  it("a worse ISS, an added abnormality or a higher LDH never gives fewer points or a better stage", () => {
    fc.assert(
      fc.property(
        known,
        iss,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (a, i, d, t, q, rise) => {
          const worse: R2IssInput = {
            ...a,
            issStage: Math.max(a.issStage!, i) as 1 | 2 | 3,
            del17p: a.del17p || d,
            t4_14: a.t4_14 || t,
            gain1q: a.gain1q || q,
            ldhUL: a.ldhUL! + rise,
          };
          const rb = calculateR2Iss(a);
          const rw = calculateR2Iss(worse);
          expect(rw.points!).toBeGreaterThanOrEqual(rb.points!);
          expect(rw.stage!).toBeGreaterThanOrEqual(rb.stage!);
        },
      ),
    );
  });

  it("complete inputs give points between 0 and 5 in half points, in the band of their stage", () => {
    fc.assert(
      fc.property(known, (a) => {
        const r = calculateR2Iss(a);
        expect(r.points! * 2).toBe(Math.round(r.points! * 2));
        expect(r.points).toBeGreaterThanOrEqual(0);
        expect(r.points).toBeLessThanOrEqual(5);
        const band = { 1: [0, 0], 2: [0.5, 1], 3: [1.5, 2.5], 4: [3, 5] }[r.stage!]!;
        expect(r.points).toBeGreaterThanOrEqual(band[0]!);
        expect(r.points).toBeLessThanOrEqual(band[1]!);
      }),
    );
  });

  it("any missing input gives null with the missing fields named; never NaN", () => {
    const partial = fc.record({
      issStage: maybe(iss),
      del17p: maybe(fc.boolean()),
      t4_14: maybe(fc.boolean()),
      gain1q: maybe(fc.boolean()),
      ldhUL: maybe(fc.integer({ min: 50, max: 2000 })),
      ldhUpperLimitUL: maybe(fc.integer({ min: 100, max: 400 })),
    });
    fc.assert(
      fc.property(partial, (a) => {
        const r = calculateR2Iss(a);
        expect(nonFiniteNumbers(r)).toEqual([]);
        const anyMissing = Object.values(a).some((v) => v === null);
        if (anyMissing) {
          expect(r.stage).toBeNull();
          expect(r.points).toBeNull();
          expect(r.missing.length).toBeGreaterThan(0);
        } else expect(r.stage).not.toBeNull();
      }),
    );
  });
});

describe("R2-ISS for the compact screen (codes only)", () => {
  it("gives the same stage, points and missing fields as the full result, without rule traces", () => {
    const anyInput: fc.Arbitrary<R2IssInput> = fc.record({
      issStage: maybe(iss),
      del17p: maybe(fc.boolean()),
      t4_14: maybe(fc.boolean()),
      gain1q: maybe(fc.boolean()),
      ldhUL: maybe(fc.integer({ min: 50, max: 2000 })),
      ldhUpperLimitUL: maybe(fc.integer({ min: 100, max: 400 })),
    });
    fc.assert(
      fc.property(anyInput, (input) => {
        const full = calculateR2Iss(input);
        const codes = calculateR2Iss(input, { codesOnly: true });
        expect(codes).toEqual({ ...full, rules: [] });
      }),
    );
  });
  it("ISS III with del(17p), high LDH, t(4;14) and 1q+ is stage IV with 5 points either way", () => {
    const input: R2IssInput = {
      issStage: 3,
      del17p: true,
      t4_14: true,
      gain1q: true,
      ldhUL: 400,
      ldhUpperLimitUL: 250,
    };
    expect(calculateR2Iss(input, { codesOnly: true })).toEqual({
      stage: 4,
      points: 5,
      rules: [],
      missing: [],
    });
    expect(calculateR2Iss(input).rules.length).toBeGreaterThan(0);
  });
});

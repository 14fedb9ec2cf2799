import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import { nonFiniteNumbers } from "../result-checks.js";
import cases from "./smm-imwg-2020.cases.json" with { type: "json" };
import { calculateSmmImwg2020, imwg2020Group, type SmmImwg2020Input } from "./smm-imwg-2020.js";

describe("IMWG 2020 SMM golden cases", () => {
  runGoldenCases(cases as GoldenCase<SmmImwg2020Input, object>[], calculateSmmImwg2020);
});

const RANK = { low: 0, "low-intermediate": 1, "intermediate-high": 2, high: 3 } as const;
const edges = <T>(a: fc.Arbitrary<T>, ...xs: T[]) => fc.oneof(a, fc.constantFrom(...xs));
const ratio = edges(fc.double({ min: 0.01, max: 500, noNaN: true }), 10, 10.01, 25, 25.01, 40, 40.01);
const mp = edges(fc.double({ min: 0, max: 8, noNaN: true }), 1.5, 1.51, 3, 3.01);
const pc = edges(fc.double({ min: 0, max: 59, noNaN: true }), 15, 15.1, 20, 20.1, 30, 30.1, 40, 40.1);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

describe("IMWG 2020 SMM properties", () => {
  it("higher values or a FISH abnormality never give a lower score or a better band", () => {
    fc.assert(
      fc.property(
        ratio,
        mp,
        pc,
        fc.boolean(),
        ratio,
        mp,
        pc,
        fc.boolean(),
        (r1, m1, p1, f1, r2, m2, p2, f2) => {
          const lo = calculateSmmImwg2020({
            flcRatio: Math.min(r1, r2),
            serumMProteinGDl: Math.min(m1, m2),
            clonalPlasmaCellPercent: Math.min(p1, p2),
            highRiskFish: f1 && f2,
          });
          const hi = calculateSmmImwg2020({
            flcRatio: Math.max(r1, r2),
            serumMProteinGDl: Math.max(m1, m2),
            clonalPlasmaCellPercent: Math.max(p1, p2),
            highRiskFish: f1 || f2,
          });
          expect(hi.score!).toBeGreaterThanOrEqual(lo.score!);
          expect(RANK[hi.group!]).toBeGreaterThanOrEqual(RANK[lo.group!]);
        },
      ),
    );
  });

  it("complete inputs give an integer score 0-17 in the band the total names", () => {
    fc.assert(
      fc.property(ratio, mp, pc, fc.boolean(), (r, m, p, f) => {
        const res = calculateSmmImwg2020({
          flcRatio: r,
          serumMProteinGDl: m,
          clonalPlasmaCellPercent: p,
          highRiskFish: f,
        });
        expect(Number.isInteger(res.score)).toBe(true);
        expect(res.score).toBeGreaterThanOrEqual(0);
        expect(res.score).toBeLessThanOrEqual(17);
        expect(res.group).toBe(imwg2020Group(res.score!));
        expect(res.fishAssessed).toBe(true);
      }),
    );
  });

  it("missing FISH scores as FISH negative, says so, and names FISH as missing", () => {
    fc.assert(
      fc.property(ratio, mp, pc, (r, m, p) => {
        const base = { flcRatio: r, serumMProteinGDl: m, clonalPlasmaCellPercent: p };
        const none = calculateSmmImwg2020({ ...base, highRiskFish: null });
        const neg = calculateSmmImwg2020({ ...base, highRiskFish: false });
        expect(none.score).toBe(neg.score);
        expect(none.fishAssessed).toBe(false);
        expect(none.missing.some((x) => x.field.startsWith("cytogenetics"))).toBe(true);
      }),
    );
  });

  it("every input gives a band or null with missing named; a band given despite missing inputs holds for every completion", () => {
    fc.assert(
      fc.property(
        maybe(ratio),
        maybe(mp),
        maybe(pc),
        fc.boolean(),
        ratio,
        mp,
        pc,
        (r, m, p, f, fr, fm, fp) => {
          const res = calculateSmmImwg2020({
            flcRatio: r,
            serumMProteinGDl: m,
            clonalPlasmaCellPercent: p,
            highRiskFish: f,
          });
          expect(nonFiniteNumbers(res)).toEqual([]);
          const full = calculateSmmImwg2020({
            flcRatio: r ?? fr,
            serumMProteinGDl: m ?? fm,
            clonalPlasmaCellPercent: p ?? fp,
            highRiskFish: f,
          });
          if (res.group === null) expect(res.missing.length).toBeGreaterThan(0);
          else expect(full.group).toBe(res.group);
          expect(full.score!).toBeGreaterThanOrEqual(res.scoreRange[0]);
          expect(full.score!).toBeLessThanOrEqual(res.scoreRange[1]);
        },
      ),
    );
  });
});

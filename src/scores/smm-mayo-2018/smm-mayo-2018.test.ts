import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import { nonFiniteNumbers } from "../result-checks.js";
import cases from "./smm-mayo-2018.cases.json" with { type: "json" };
import { calculateSmmMayo2018, type SmmMayo2018Input } from "./smm-mayo-2018.js";

describe("Mayo 2018 SMM golden cases", () => {
  runGoldenCases(cases as GoldenCase<SmmMayo2018Input, object>[], calculateSmmMayo2018);
});

const GROUP_RANK = { low: 0, intermediate: 1, high: 2 } as const;
// Values cluster around the cut-offs (2 g/dL, 20, 20%) so the edges are exercised.
const mp = fc.oneof(fc.double({ min: 0, max: 8, noNaN: true }), fc.constantFrom(1.99, 2, 2.01));
const ratio = fc.oneof(fc.double({ min: 0.01, max: 500, noNaN: true }), fc.constantFrom(19.99, 20, 20.01));
const pc = fc.oneof(fc.double({ min: 0, max: 59, noNaN: true }), fc.constantFrom(19.9, 20, 20.1));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

describe("Mayo 2018 SMM properties", () => {
  it("higher values never give fewer factors or a better group", () => {
    fc.assert(
      fc.property(mp, ratio, pc, mp, ratio, pc, (m1, r1, p1, m2, r2, p2) => {
        const lo = calculateSmmMayo2018({
          serumMProteinGDl: Math.min(m1, m2),
          flcRatio: Math.min(r1, r2),
          clonalPlasmaCellPercent: Math.min(p1, p2),
        });
        const hi = calculateSmmMayo2018({
          serumMProteinGDl: Math.max(m1, m2),
          flcRatio: Math.max(r1, r2),
          clonalPlasmaCellPercent: Math.max(p1, p2),
        });
        expect(hi.factors!).toBeGreaterThanOrEqual(lo.factors!);
        expect(GROUP_RANK[hi.group!]).toBeGreaterThanOrEqual(GROUP_RANK[lo.group!]);
      }),
    );
  });

  it("every input gives a group, or null with the missing inputs named; a group given despite missing inputs holds for every completion", () => {
    fc.assert(
      fc.property(maybe(mp), maybe(ratio), maybe(pc), mp, ratio, pc, (m, r, p, fm, fr, fp) => {
        const res = calculateSmmMayo2018({ serumMProteinGDl: m, flcRatio: r, clonalPlasmaCellPercent: p });
        expect(nonFiniteNumbers(res)).toEqual([]);
        const full = calculateSmmMayo2018({
          serumMProteinGDl: m ?? fm,
          flcRatio: r ?? fr,
          clonalPlasmaCellPercent: p ?? fp,
        });
        if (res.group === null) expect(res.missing.length).toBeGreaterThan(0);
        else expect(full.group).toBe(res.group);
        expect(full.factors!).toBeGreaterThanOrEqual(res.factorRange[0]);
        expect(full.factors!).toBeLessThanOrEqual(res.factorRange[1]);
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import { nonFiniteNumbers } from "../result-checks.js";
import cases from "./al-stage.cases.json" with { type: "json" };
import { type AlStageInput, calculateAlMayo2004, calculateAlMayo2012 } from "./al-stage.js";

describe("AL Mayo 2004 / European golden cases", () => {
  runGoldenCases(cases.mayo2004 as GoldenCase<AlStageInput, object>[], calculateAlMayo2004);
});
describe("AL Mayo 2012 golden cases", () => {
  runGoldenCases(cases.mayo2012 as GoldenCase<AlStageInput, object>[], calculateAlMayo2012);
});

const RANK_2004 = { I: 0, II: 1, III: 2, IIIa: 2, IIIb: 3 } as const;
const bnp = fc.oneof(
  fc.double({ min: 0, max: 100_000, noNaN: true }),
  fc.constantFrom(331, 332, 1799, 1800, 8500, 8501),
);
const tnt = fc.oneof(
  fc.double({ min: 0, max: 2, noNaN: true }),
  fc.constantFrom(0.024, 0.025, 0.034, 0.035, 0.039, 0.04, 0.049, 0.05),
);
const flc = fc.oneof(fc.double({ min: 0, max: 5000, noNaN: true }), fc.constantFrom(10, 180, 190));
const method = fc.constantFrom<AlStageInput["troponinMethod"]>("conventional", "high-sensitivity", null);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

describe("AL staging properties", () => {
  it("higher NT-proBNP, troponin or involved FLC never gives a better stage (same assay)", () => {
    fc.assert(
      fc.property(bnp, tnt, flc, flc, bnp, tnt, flc, method, (b1, t1, i1, u, b2, t2, i2, m) => {
        const lo: AlStageInput = {
          ntProBnpPgMl: Math.min(b1, b2),
          troponinTNgMl: Math.min(t1, t2),
          troponinMethod: m,
          involvedFlcMgL: Math.min(i1, i2),
          uninvolvedFlcMgL: u,
        };
        const hi: AlStageInput = {
          ntProBnpPgMl: Math.max(b1, b2),
          troponinTNgMl: Math.max(t1, t2),
          troponinMethod: m,
          involvedFlcMgL: Math.max(i1, i2),
          uninvolvedFlcMgL: u,
        };
        const a04 = calculateAlMayo2004(lo).stage;
        const b04 = calculateAlMayo2004(hi).stage;
        if (a04 !== null && b04 !== null) expect(RANK_2004[b04]).toBeGreaterThanOrEqual(RANK_2004[a04]);
        const a12 = calculateAlMayo2012(lo).stage;
        const b12 = calculateAlMayo2012(hi).stage;
        if (a12 !== null && b12 !== null) expect(b12).toBeGreaterThanOrEqual(a12);
        if (m !== null) {
          expect(a04).not.toBeNull();
          expect(a12).not.toBeNull();
        }
      }),
    );
  });

  it("with the assay unknown, a stage is given only when both assays' cut-offs give it", () => {
    fc.assert(
      fc.property(bnp, tnt, flc, flc, (b, t, i, u) => {
        const base = { ntProBnpPgMl: b, troponinTNgMl: t, involvedFlcMgL: i, uninvolvedFlcMgL: u };
        for (const calc of [calculateAlMayo2004, calculateAlMayo2012] as const) {
          const unknown = calc({ ...base, troponinMethod: null }).stage;
          const conv = calc({ ...base, troponinMethod: "conventional" }).stage;
          const hs = calc({ ...base, troponinMethod: "high-sensitivity" }).stage;
          if (conv === hs) expect(unknown).toBe(conv);
          else expect(unknown).toBeNull();
        }
      }),
    );
  });

  it("every input gives a stage or null with the missing inputs named; never NaN", () => {
    fc.assert(
      fc.property(maybe(bnp), maybe(tnt), method, maybe(flc), maybe(flc), (b, t, m, i, u) => {
        const input = {
          ntProBnpPgMl: b,
          troponinTNgMl: t,
          troponinMethod: m,
          involvedFlcMgL: i,
          uninvolvedFlcMgL: u,
        };
        for (const r of [calculateAlMayo2004(input), calculateAlMayo2012(input)]) {
          expect(nonFiniteNumbers(r)).toEqual([]);
          if (r.stage === null) expect(r.missing.length).toBeGreaterThan(0);
          else expect(r.missing).toEqual([]);
        }
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import { nonFiniteNumbers } from "../result-checks.js";
import cases from "./r-iss.cases.json" with { type: "json" };
import { calculateRIss, type RIssInput } from "./r-iss.js";

describe("R-ISS golden cases", () => {
  runGoldenCases(cases as GoldenCase<RIssInput, object>[], calculateRIss);
});

const iss = fc.constantFrom<1 | 2 | 3>(1, 2, 3);
const uln = fc.integer({ min: 100, max: 400 });
const ldh = fc.integer({ min: 50, max: 2000 });
const known: fc.Arbitrary<RIssInput> = fc.record({
  issStage: iss,
  del17p: fc.boolean(),
  t4_14: fc.boolean(),
  t14_16: fc.boolean(),
  ldhUL: ldh,
  ldhUpperLimitUL: uln,
});
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const partial: fc.Arbitrary<RIssInput> = fc.record({
  issStage: maybe(iss),
  del17p: maybe(fc.boolean()),
  t4_14: maybe(fc.boolean()),
  t14_16: maybe(fc.boolean()),
  ldhUL: maybe(ldh),
  ldhUpperLimitUL: maybe(uln),
});

describe("R-ISS properties", () => {
  it("a worse ISS, an added abnormality or a higher LDH never gives a better stage", () => {
    fc.assert(
      fc.property(
        known,
        iss,
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (a, worseIss, addDel17p, ldhRise) => {
          const worse: RIssInput = {
            ...a,
            issStage: Math.max(a.issStage!, worseIss) as 1 | 2 | 3,
            del17p: a.del17p || addDel17p,
            ldhUL: a.ldhUL! + ldhRise,
          };
          expect(calculateRIss(worse).stage!).toBeGreaterThanOrEqual(calculateRIss(a).stage!);
        },
      ),
    );
  });

  it("with complete inputs there is always a stage", () => {
    fc.assert(
      fc.property(known, (a) => {
        expect([1, 2, 3]).toContain(calculateRIss(a).stage);
      }),
    );
  });

  it("every input gives a stage, or null with possible stages and the missing fields named; never NaN", () => {
    fc.assert(
      fc.property(partial, (a) => {
        const r = calculateRIss(a);
        expect(nonFiniteNumbers(r)).toEqual([]);
        if (r.stage === null) {
          expect(r.missing.length).toBeGreaterThan(0);
          expect(r.possibleStages.length).toBeGreaterThan(1);
        } else expect(r.possibleStages).toEqual([r.stage]);
      }),
    );
  });

  it("a stage given with missing inputs is the stage of every completion (missing is never taken as normal)", () => {
    fc.assert(
      fc.property(partial, known, (p, fill) => {
        const r = calculateRIss(p);
        const completed: RIssInput = {
          issStage: p.issStage ?? fill.issStage,
          del17p: p.del17p ?? fill.del17p,
          t4_14: p.t4_14 ?? fill.t4_14,
          t14_16: p.t14_16 ?? fill.t14_16,
          ldhUL: p.ldhUL ?? fill.ldhUL,
          ldhUpperLimitUL: p.ldhUpperLimitUL ?? fill.ldhUpperLimitUL,
        };
        const full = calculateRIss(completed).stage!;
        if (r.stage !== null) expect(full).toBe(r.stage);
        else expect(r.possibleStages).toContain(full);
      }),
    );
  });
});

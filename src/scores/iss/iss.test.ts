import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import cases from "./iss.cases.json" with { type: "json" };
import { calculateIss, type IssInput } from "./iss.js";

describe("ISS golden cases", () => {
  runGoldenCases(cases as GoldenCase<IssInput, object>[], calculateIss);
});

describe("ISS properties", () => {
  const b2m = fc.double({ min: 0.1, max: 50, noNaN: true });
  const alb = fc.double({ min: 0.5, max: 7, noNaN: true });

  it("a higher beta2-microglobulin or a lower albumin never gives a better stage", () => {
    fc.assert(
      fc.property(b2m, alb, b2m, alb, (b1, a1, b2, a2) => {
        const better = calculateIss({
          beta2MicroglobulinMgL: Math.min(b1, b2),
          albuminGDl: Math.max(a1, a2),
        });
        const worse = calculateIss({ beta2MicroglobulinMgL: Math.max(b1, b2), albuminGDl: Math.min(a1, a2) });
        expect(worse.stage!).toBeGreaterThanOrEqual(better.stage!);
      }),
    );
  });

  it("every input gives a stage or null with the missing field named", () => {
    fc.assert(
      fc.property(fc.option(b2m), fc.option(alb), (b, a) => {
        const r = calculateIss({ beta2MicroglobulinMgL: b, albuminGDl: a });
        if (r.stage === null) expect(r.missing.length).toBeGreaterThan(0);
        else expect([1, 2, 3]).toContain(r.stage);
      }),
    );
  });
});

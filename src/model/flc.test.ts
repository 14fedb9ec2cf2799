import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlcRatioReason, flcRatioNormal, involvedFlcUpperLimit, involvedUninvolvedFlcRatio } from "./flc.js";

describe("involved/uninvolved FLC ratio (issue 9 point 8)", () => {
  it("a denormal uninvolved value gives no ratio, with the reason, never Infinity", () => {
    const r = involvedUninvolvedFlcRatio(300, 5e-324);
    expect(r).toEqual({ value: null, unbounded: true, reason: FlcRatioReason.unbounded });
    expect(JSON.stringify(r)).not.toContain("Infinity");
  });

  it("ordinary values give the quotient; missing and zero give null with a reason", () => {
    expect(involvedUninvolvedFlcRatio(450, 12).value).toBe(37.5);
    expect(involvedUninvolvedFlcRatio(null, 12)).toMatchObject({ value: null, reason: "missing" });
    expect(involvedUninvolvedFlcRatio(0, 0)).toMatchObject({ value: null, reason: "both-zero" });
    expect(involvedUninvolvedFlcRatio(40, 0)).toMatchObject({ value: null, unbounded: true });
  });

  it("every pair of non-negative values gives a finite ratio or null with a reason", () => {
    const v = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(Number.MIN_VALUE));
    fc.assert(
      fc.property(v, v, (inv, uninv) => {
        const r = involvedUninvolvedFlcRatio(inv, uninv);
        if (r.value === null) expect(r.reason).not.toBeNull();
        else {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.reason).toBeNull();
        }
      }),
    );
  });

  it("an unbounded ratio is abnormal whichever chain is involved", () => {
    expect(flcRatioNormal(300, 5e-324, "kappa")).toBe(false);
    expect(flcRatioNormal(300, 5e-324, "lambda")).toBe(false);
    expect(flcRatioNormal(10, 10, "kappa")).toBe(true);
  });

  it("the Freelite upper limit is assumed only when the laboratory gives none (Katzmann 2002)", () => {
    expect(involvedFlcUpperLimit(null, "kappa")).toEqual({ limit: 19.4, assumed: true });
    expect(involvedFlcUpperLimit(null, "lambda")).toEqual({ limit: 26.3, assumed: true });
    expect(involvedFlcUpperLimit(22, "kappa")).toEqual({ limit: 22, assumed: false });
    expect(involvedFlcUpperLimit(null, null)).toBeNull();
  });
});

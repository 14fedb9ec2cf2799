import { describe, expect, it } from "vitest";
import { above, allTrue, anyTrue, atLeast, below, finite, round1 } from "./compare.js";

/** The tolerance band is one part in 10^9 of the cut-off (compare.ts): conversion noise only. */
describe("threshold comparison that survives unit conversion", () => {
  it("atLeast counts a value at the cut-off, or within conversion noise below it, and nothing lower", () => {
    expect(atLeast(40, 40)).toBe(true);
    expect(atLeast(0.039999999999999994, 0.04)).toBe(true);
    expect(atLeast(40 - 40 * 1e-9, 40)).toBe(true);
    expect(atLeast(40 - 40 * 1e-8, 40)).toBe(false);
    expect(atLeast(39.9, 40)).toBe(false);
  });

  it("above does not count a value at the cut-off or within the noise above it, and counts anything higher", () => {
    expect(above(20, 20)).toBe(false);
    expect(above(20 + 20 * 1e-9, 20)).toBe(false);
    expect(above(20 + 20 * 1e-8, 20)).toBe(true);
    expect(above(20.1, 20)).toBe(true);
  });

  it("below is the complement of atLeast", () => {
    expect(below(1.2, 1.2)).toBe(false);
    expect(below(1.2 - 1.2 * 1e-8, 1.2)).toBe(true);
    expect(below(1.19, 1.2)).toBe(true);
  });

  it("finite turns NaN, Infinity, null and undefined into null and keeps 0", () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, undefined])
      expect(finite(v)).toBeNull();
    expect(finite(0)).toBe(0);
    expect(finite(-3.5)).toBe(-3.5);
  });

  it("three-valued OR and AND (CQL): unknown stays unknown unless another value settles it", () => {
    expect(anyTrue([null, true])).toBe(true);
    expect(anyTrue([false, false])).toBe(false);
    expect(anyTrue([false, null])).toBeNull();
    expect(anyTrue([])).toBe(false);
    expect(allTrue([null, false])).toBe(false);
    expect(allTrue([true, true])).toBe(true);
    expect(allTrue([true, null])).toBeNull();
    expect(allTrue([])).toBe(true);
  });

  it("round1 rounds to one decimal, half up", () => {
    expect(round1(54.84)).toBe(54.8);
    expect(round1(54.85)).toBe(54.9);
    expect(round1(104.05)).toBe(104.1);
  });

  it("round1 ignores conversion noise on a half: 276.25 one ulp either side still rounds to 276.3", () => {
    const ulp = 2 ** -44; // one unit in the last place at 276.25
    expect(round1(276.25 - ulp)).toBe(276.3);
    expect(round1(276.25 + ulp)).toBe(276.3);
    expect(round1(276.2499)).toBe(276.2);
  });

  it("round1 without the string step gives what 12-digit noise removal gives, on and around every half", () => {
    // The definition: drop everything past 12 significant digits, then round half up.
    const byDigits = (x: number) => Math.round(Number((x * 10).toPrecision(12))) / 10;
    const values: number[] = [0, 0.05, 1e-300, 5e-324, 1e10, 1.23456789e11, 9.87654321e15, -0.05, -12.35];
    // Every half of a tenth from 0 to 400 mL/min, a few ulps either side, and values 1e-11 off.
    for (let k = 0; k <= 8000; k++) {
      const half = (2 * k + 1) / 20;
      values.push(half, half * (1 + 1e-11), half * (1 - 1e-11), half * (1 + 3e-12), half * (1 - 3e-12));
      let up = half;
      let down = half;
      for (let i = 0; i < 4; i++) {
        up = nextUp(up);
        down = nextDown(down);
        values.push(up, down);
      }
    }
    // Creatinine clearances and eGFRs as the calculators compute them, from both units.
    for (let scr = 0.2; scr < 6; scr += 0.01)
      for (let age = 18; age < 100; age += 7)
        for (const w of [45, 62.5, 80, 101.3]) {
          values.push(
            ((140 - age) * w) / (72 * scr),
            (((140 - age) * w) / (72 * ((scr * 88.42) / 88.42))) * 0.85,
          );
          values.push(
            142 * Math.min(scr / 0.9, 1) ** -0.302 * Math.max(scr / 0.9, 1) ** -1.2 * 0.9938 ** age,
          );
        }
    expect(values.filter((v) => !Object.is(round1(v), byDigits(v)))).toEqual([]);
  });
});

/** The next double above / below a finite positive number. */
function nextUp(x: number): number {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  i[0] = (i[0] ?? 0n) + 1n;
  return f[0] ?? x;
}
function nextDown(x: number): number {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  i[0] = (i[0] ?? 0n) - 1n;
  return f[0] ?? x;
}

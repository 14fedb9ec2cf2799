import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCanonical, type QuantityField, toCanonical, UNIT_SPECS } from "./units.js";

describe("units: conversion to the canonical unit", () => {
  it.each([
    // [field, value, unit, canonical value] — conversions from criteria-and-scores.md section 7.3
    ["creatinine", 177, "umol/L", 177 / 88.4],
    ["creatinine", 177, "µmol/L", 177 / 88.4],
    ["calcium", 2.75, "mmol/L", 2.75 * 4.008],
    ["hemoglobin", 100, "g/L", 10],
    ["albumin", 35, "g/L", 3.5],
    ["serumMProtein", 30, "g/L", 3],
    ["involvedFreeLightChain", 10, "mg/dL", 100],
    ["urineMProtein", 0.5, "g/24h", 500],
    ["urineMProtein", 500, "mg/24h", 500],
    ["urineMProtein", 500, "mg/d", 500],
    ["ntProBnp", 332, "ng/L", 332],
    ["troponinT", 0.035, "ug/L", 0.035],
    ["troponinT", 40, "ng/L", 0.04],
    ["beta2Microglobulin", 296, "nmol/L", 296 / 84.7],
    ["igg", 4, "g/L", 400],
    ["ldh", 250, "IU/L", 250],
    ["weight", 154, "lb", 154 * 0.45359237],
  ] as const)("%s %d %s", (field, value, unit, expected) => {
    const r = toCanonical(field, value, unit);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(expected, 3);
  });
});

describe("units: errors name the problem and suggest the likely unit", () => {
  it("creatinine 150 mg/dL is implausible and suggests umol/L", () => {
    const r = toCanonical("creatinine", 150, "mg/dL");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not a plausible value.*umol\/L/);
  });
  it("hemoglobin 120 g/dL is implausible and suggests g/L", () => {
    const r = toCanonical("hemoglobin", 120, "g/dL");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/was it in g\/L/);
  });
  it("a unit of the wrong dimension is refused", () => {
    const r = toCanonical("hemoglobin", 12, "mmol/L");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not a mass concentration/);
  });
  it("an unknown unit is refused with the expected units", () => {
    const r = toCanonical("calcium", 10, "furlongs");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/unknown unit "furlongs".*mg\/dL, mmol\/L/);
  });
  it("a time-based urine unit is needed for 24-hour urine", () => {
    const r = toCanonical("urineMProtein", 500, "mg/L");
    expect(r.ok).toBe(false);
  });
});

describe("units: round trips", () => {
  const fields = Object.keys(UNIT_SPECS) as QuantityField[];
  it("every common unit of every field converts there and back", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.double({ min: 0, max: 1, noNaN: true }), (field, t) => {
        const spec = UNIT_SPECS[field];
        const [lo, hi] = spec.plausible;
        const canonical = lo + t * (hi - lo);
        for (const unit of spec.common) {
          const inUnit = fromCanonical(field, canonical, unit);
          const back = toCanonical(field, inUnit, unit);
          expect(back.ok).toBe(true);
          if (back.ok) expect(back.value).toBeCloseTo(canonical, 6);
        }
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalWith,
  fromCanonical,
  lookUpUnit,
  MAX_UNIT_LENGTH,
  type QuantityField,
  toCanonical,
  UNIT_SPECS,
  unitCacheSizes,
} from "./units.js";

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

describe("units: the cached lookup converts as toCanonical does (the path factsOf takes)", () => {
  it("gives toCanonical's number, or refuses where it refuses, for every field, unit and bound", () => {
    const fields = Object.keys(UNIT_SPECS) as QuantityField[];
    let compared = 0;
    for (const field of fields) {
      const spec = UNIT_SPECS[field];
      const [lo, hi] = spec.plausible;
      for (const unit of [...spec.common, spec.canonical, "kg", "furlongs", "U/L"]) {
        for (const value of [0, lo, lo * 0.999, hi, hi * 1.001, (lo + hi) / 2, hi * 1000, 1e308]) {
          const expected = toCanonical(field, value, unit);
          const lookup = lookUpUnit(field, unit);
          const converted = lookup.ok ? canonicalWith(lookup, value) : undefined;
          expect(converted, `${field} ${value} ${unit}`).toBe(expected.ok ? expected.value : undefined);
          if (lookup.ok && expected.ok) expect(lookup.ucum).toBe(expected.ucum);
          if (lookup.ok) expect(lookup.canonical).toBe(spec.canonical);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
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

describe("units: hostile unit text (issue 9, findings 2, 4 and 5)", () => {
  const PROTOTYPE_NAMES = [
    "constructor",
    "toString",
    "__proto__",
    "hasOwnProperty",
    "valueOf",
    "isPrototypeOf",
  ];

  it.each(PROTOTYPE_NAMES)("a unit named %s is an unknown unit, not a crash", (name) => {
    for (const unit of [name, `g/${name}`, `${name}/L`]) {
      const r = toCanonical("hemoglobin", 10, unit);
      expect(r).toEqual({ ok: false, message: expect.stringContaining("unknown unit") });
    }
  });

  it("refuses an over-long unit without quoting it", () => {
    const unit = `g/dL${"x".repeat(100_000)}`;
    const r = toCanonical("hemoglobin", 10, unit);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(`at most ${MAX_UNIT_LENGTH}`);
      expect(r.message.length).toBeLessThan(200);
    }
  });

  it.each([
    ["a newline", 'g/dL\n{"level":50,"msg":"forged"}'],
    ["a control character", "g/dL\u0007"],
    ["quotes", 'g/dL"'],
    ["a non-ASCII letter", "g/dLé"],
  ])("refuses a unit holding %s", (_what, unit) => {
    const r = toCanonical("hemoglobin", 10, unit);
    expect(r).toEqual({ ok: false, message: expect.stringContaining("characters no unit has") });
  });

  it("the UCUM library prints nothing for a unit it cannot parse", () => {
    const printed: unknown[] = [];
    const saved = console.log;
    console.log = (...args: unknown[]) => printed.push(args);
    try {
      expect(toCanonical("hemoglobin", 10, "g/dL Jane Doe MRN-4242").ok).toBe(false);
      expect(toCanonical("hemoglobin", 10, "g/dL(JaneDoe").ok).toBe(false);
    } finally {
      console.log = saved;
    }
    expect(printed).toEqual([]);
  });

  it("the unit caches stay bounded however many distinct units are sent", () => {
    for (let i = 0; i < 3000; i++) {
      toCanonical("hemoglobin", 10, `g/dL{n${i}}`);
      fromCanonical("hemoglobin", 10, `g/L{n${i}}`);
    }
    const sizes = unitCacheSizes();
    expect(sizes.valid).toBeLessThanOrEqual(512);
    expect(sizes.factors).toBeLessThanOrEqual(512);
    expect(sizes.lookups).toBeLessThanOrEqual(512);
    expect(sizes.fromCanonical).toBeLessThanOrEqual(512);
    // Full caches still answer as before: a unit seen earlier and a common one.
    expect(toCanonical("hemoglobin", 10, "g/dL{n2999}")).toMatchObject({ ok: true, value: 10 });
    expect(toCanonical("hemoglobin", 100, "g/L")).toMatchObject({ ok: true, value: 10 });
  });

  it("still takes the contract's aliases with a space and micro signs", () => {
    expect(toCanonical("urineMProtein", 0.5, "g/24 h")).toMatchObject({ ok: true, value: 500 });
    expect(toCanonical("creatinine", 88.4, "μmol/L")).toMatchObject({ ok: true });
    expect(toCanonical("creatinine", 88.4, "µmol/L")).toMatchObject({ ok: true });
  });
});

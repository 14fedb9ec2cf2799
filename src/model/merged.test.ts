import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { merged } from "./merged.js";

describe("merged(base, extra) is { ...base, ...extra }", () => {
  it("gives the same keys, in the same order, with the same values, for any two objects", () => {
    const key = fc.constantFrom("a", "b", "status", "line", "regimens", "within", "1", "10");
    const value = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null));
    const obj = fc.dictionary(key, value);
    fc.assert(
      fc.property(obj, obj, (base, extra) => {
        const m = merged(base, extra);
        const spread = { ...base, ...extra };
        expect(Object.keys(m)).toEqual(Object.keys(spread));
        expect(JSON.stringify(m)).toBe(JSON.stringify(spread));
      }),
    );
  });

  it("an extra key the base has keeps the base's place, with the extra's value", () => {
    const m = merged({ category: "mgus", treated: false, phase: null }, { treated: true, planPhase: "x" });
    expect(JSON.stringify(m)).toBe('{"category":"mgus","treated":true,"phase":null,"planPhase":"x"}');
  });

  it("leaves both inputs as they were", () => {
    const base = { line: 1 };
    const extra = { within: true };
    const m = merged(base, extra);
    expect(m).not.toBe(base);
    expect(base).toEqual({ line: 1 });
    expect(extra).toEqual({ within: true });
  });
});

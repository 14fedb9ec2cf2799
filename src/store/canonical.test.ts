/** The input hash: the same record hashes the same whatever its key order; any change of a value changes it. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, inputHash } from "./canonical.js";

function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, seed));
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    const rotated = keys.map((_, i) => keys[(i + seed) % keys.length]!).reverse();
    return Object.fromEntries(
      rotated.map((k) => [k, shuffleKeys((value as Record<string, unknown>)[k], seed + 1)]),
    );
  }
  return value;
}

describe("canonical JSON and input hash", () => {
  it("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"y":2,"z":1}]},"b":1}',
    );
    expect(inputHash({})).toBe("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  });

  it("is independent of key order (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(10), (value, seed) => {
        expect(inputHash(shuffleKeys(value, seed))).toBe(inputHash(value));
      }),
    );
  });

  it("changes when a value changes (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.double({ noNaN: true })), fc.string(), (obj, key) => {
        const changed = { ...obj, [key]: (obj[key] ?? 0) + 1 };
        fc.pre(JSON.stringify(changed[key]) !== JSON.stringify(obj[key]));
        expect(inputHash(changed)).not.toBe(inputHash(obj));
      }),
    );
  });
});

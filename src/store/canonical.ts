/** Canonical JSON (keys sorted at every depth, no whitespace) and its sha256: the input hash that
 * ties a saved assessment to exactly what was assessed. */
import { createHash } from "node:crypto";

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    // No prototype: a key such as "__proto__" stays an ordinary key instead of vanishing.
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function inputHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

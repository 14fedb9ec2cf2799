/** Each example's "input hash:output hash" (an invalid example's output is its error message): the
 * fingerprints src/engine/version.test.ts checks and scripts/record-fingerprints.ts records. */
import { createHash } from "node:crypto";
import { assess } from "../engine/assess.js";
import { exampleRecords } from "./example-records.js";

const h = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);

export function exampleFingerprints(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, record] of exampleRecords()) {
    let result: string;
    try {
      result = JSON.stringify(assess(record, { defaultAsOf: "2026-11-27" }));
    } catch (e) {
      result = `invalid: ${(e as Error).message}`;
    }
    out[name] = `${h(JSON.stringify(record))}:${h(result)}`;
  }
  return out;
}

/** Records each example's "input hash:output hash" under the current engine and knowledge versions in
 * src/engine/output-fingerprints.json (older version pairs are kept). Run after bumping a version, or
 * after adding or editing an example: `npx tsx scripts/record-fingerprints.ts`. The test
 * src/engine/version.test.ts fails when the same input gives another output under the same versions. */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { assess } from "../src/engine/assess.js";
import { ENGINE_VERSION } from "../src/engine/version.js";
import { KNOWLEDGE_VERSION } from "../src/knowledge/index.js";
import { exampleRecords } from "../src/testing/example-records.js";

const FILE = "src/engine/output-fingerprints.json";
const h = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);
const key = `engine ${ENGINE_VERSION} / knowledge ${KNOWLEDGE_VERSION}`;
const all: Record<string, Record<string, string>> = JSON.parse(readFileSync(FILE, "utf8"));
const mine: Record<string, string> = {};
for (const [name, record] of exampleRecords()) {
  let result: string;
  try {
    result = JSON.stringify(assess(record, { defaultAsOf: "2026-11-27" }));
  } catch (e) {
    result = `invalid: ${(e as Error).message}`;
  }
  mine[name] = `${h(JSON.stringify(record))}:${h(result)}`;
}
all[key] = mine;
writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
process.stderr.write(`recorded ${Object.keys(mine).length} examples under "${key}" in ${FILE}\n`);

/** Records each example's "input hash:output hash" under the current engine and knowledge versions in
 * src/engine/output-fingerprints.json (older version pairs are kept). Run after bumping a version, or
 * after adding or editing an example: `npx tsx scripts/record-fingerprints.ts`. The test
 * src/engine/version.test.ts fails when the same input gives another output under the same versions. */
import { readFileSync, writeFileSync } from "node:fs";
import { ENGINE_VERSION } from "../src/engine/version.js";
import { KNOWLEDGE_VERSION } from "../src/knowledge/index.js";
import { exampleFingerprints } from "../src/testing/output-fingerprints.js";

const FILE = "src/engine/output-fingerprints.json";
const key = `engine ${ENGINE_VERSION} / knowledge ${KNOWLEDGE_VERSION}`;
const all: Record<string, Record<string, string>> = JSON.parse(readFileSync(FILE, "utf8"));
const mine = exampleFingerprints();
all[key] = mine;
writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
process.stderr.write(`recorded ${Object.keys(mine).length} examples under "${key}" in ${FILE}\n`);

/** The versions name the behaviour. A stored assessment is reused for the same input and versions, and
 * `mmnav audit replay` refuses other versions: if the engine's output changes while ENGINE_VERSION and
 * KNOWLEDGE_VERSION stay the same, a server keeps serving assessments made by the old behaviour and a
 * replay blames the data. So the output on every example is fingerprinted under its version pair
 * (output-fingerprints.json: example -> "input hash:output hash"): the same input giving another
 * output under the same versions fails, naming the version to bump. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_VERSION } from "../knowledge/index.js";
import { exampleFingerprints } from "../testing/output-fingerprints.js";
import { ENGINE_VERSION } from "./version.js";

const FILE = join(import.meta.dirname, "output-fingerprints.json");
const KEY = `engine ${ENGINE_VERSION} / knowledge ${KNOWLEDGE_VERSION}`;
describe("versions name the behaviour", () => {
  const recorded: Record<string, Record<string, string>> = JSON.parse(readFileSync(FILE, "utf8"));
  const now = exampleFingerprints();

  it("every example is recorded under this engine and knowledge version", () => {
    const mine = recorded[KEY] ?? {};
    const unrecorded = Object.keys(now).filter((n) => mine[n]?.split(":")[0] !== now[n]?.split(":")[0]);
    expect(
      unrecorded,
      `new or edited examples (or a new version): run \`npx tsx scripts/record-fingerprints.ts\` to record them under "${KEY}"`,
    ).toEqual([]);
  });

  it("the same input gives the same output under the same versions (else bump ENGINE_VERSION or KNOWLEDGE_VERSION)", () => {
    const mine = recorded[KEY] ?? {};
    const changed = Object.keys(now).filter((n) => {
      const [input, output] = (mine[n] ?? "").split(":");
      return input === now[n]?.split(":")[0] && output !== now[n]?.split(":")[1];
    });
    expect(
      changed,
      `the output changed for the same input under "${KEY}": bump ENGINE_VERSION (src/engine/version.ts) or KNOWLEDGE_VERSION (src/knowledge/index.ts) then run \`npx tsx scripts/record-fingerprints.ts\``,
    ).toEqual([]);
  });
});

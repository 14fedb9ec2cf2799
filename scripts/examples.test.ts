import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../src/engine/assess.js";
import { bundleToRecord } from "../src/fhir/bundle-to-record.js";
import { buildExamples } from "./examples.js";

describe("README example files", () => {
  const built = buildExamples();

  it("are in step with the example records (run npx tsx scripts/gen-examples.ts)", () => {
    for (const [path, text] of Object.entries(built)) expect(readFileSync(path, "utf8"), path).toBe(text);
  });

  it("bundle.json is a patient the navigator reads whole: no import warnings, treated myeloma", () => {
    const bundle = JSON.parse(built["examples/bundle.json"] ?? "{}");
    const { record, warnings } = bundleToRecord(bundle);
    expect(warnings).toEqual([]);
    expect(record.treatmentHistory?.length).toBeGreaterThan(0);
    expect(assess(record).diagnosis.category).toBe("multiple-myeloma");
  });

  it("cohort.ndjson holds one valid record per line, of every diagnosis example", () => {
    const lines = (built["examples/cohort.ndjson"] ?? "").trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const categories = new Set(lines.map((l) => assess(JSON.parse(l)).diagnosis.category));
    for (const c of [
      "mgus",
      "smoldering-myeloma",
      "multiple-myeloma",
      "al-amyloidosis",
      "solitary-plasmacytoma",
    ])
      expect(categories).toContain(c);
  });
});

import { describe, expect, it } from "vitest";
import { recordIssues } from "./validation.js";

describe("REST validation of a PatientRecord", () => {
  it("lists every problem at once: a misspelt field and a wrong unit elsewhere, in one answer", () => {
    const issues = recordIssues({
      labs: { creatinin: { value: 1, unit: "mg/dL" }, hemoglobin: { value: 120, unit: "g/dL" } },
      series: { calcium: [{ date: "2026-01-01", value: 10, unit: "kg" }] },
    });
    expect(issues.map((i) => i.path).sort()).toEqual([
      "labs.creatinin",
      "labs.hemoglobin",
      "series.calcium.0",
    ]);
  });
});

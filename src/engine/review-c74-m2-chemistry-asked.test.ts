/** Review c74-M2 (report /work/review74/review.md; records r616, r611, r653): with no calcium (an EHR value that could
 * not be read, an ionised calcium only) the CRAB calcium criterion was "unknown" yet calcium was never asked for, nor
 * the haemoglobin; with myeloma already met on other criteria, nothing said the hypercalcaemia rules could not run.
 * Missing is not normal (criteria-and-scores.md 1.1): calcium and haemoglobin are asked whatever the category. */
import { describe, expect, it } from "vitest";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

const fields = (a: ReturnType<typeof assess>) => a.missingData.map((m) => m.field);

describe("review c74-M2: calcium and haemoglobin not recorded are asked for", () => {
  it("untreated myeloma met on other criteria, no calcium or haemoglobin: both asked, with what they are needed for", () => {
    const r = readVignette("young-woman-lenalidomide-pregnancy");
    delete r.labs.calcium;
    delete r.labs.hemoglobin;
    const a = assess(r);
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(fields(a)).toEqual(expect.arrayContaining(["labs.calcium", "labs.hemoglobin"]));
    expect(a.missingData.find((m) => m.field === "labs.calcium")?.neededFor).toContain("hypercalcaemia");
  });
  it("control: a record with nothing but an M-protein still asks calcium and haemoglobin beside the rest", () => {
    const a = assess({
      asOf: "2026-12-01",
      labs: { serumMProtein: { value: 1.2, unit: "g/dL", date: "2026-11-30" } },
    });
    expect(fields(a)).toEqual(expect.arrayContaining(["labs.calcium", "labs.hemoglobin"]));
  });
  it("control: both recorded, neither asked", () => {
    const a = assess(readVignette("young-woman-lenalidomide-pregnancy"));
    expect(fields(a)).not.toContain("labs.calcium");
    expect(fields(a)).not.toContain("labs.hemoglobin");
  });
});

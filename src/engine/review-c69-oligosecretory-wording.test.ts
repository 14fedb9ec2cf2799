/** Review c69-m4: oligosecretory myeloma (serum M-protein 0.6 g/dL, urine 50 mg/24 h, involved FLC 60 mg/L at
 * baseline: none measurable by criteria-and-scores.md 6.1; the response read from the marrow plasma cells). The reason
 * said the serum M-protein measured since "is not used for the grade while it is measurable", the opposite of the
 * truth and of the tool's own alert. */
import { describe, expect, it } from "vitest";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

const record = readVignette("review-c69-oligosecretory-on-drd-week-17");

describe("c69-m4: the value not followed is said to be not measurable at baseline", () => {
  it("the marrow awaited; the serum M-protein measured since is not used: not measurable at baseline", () => {
    const a = assess(record);
    expect(a.response?.current ?? null).toBeNull();
    expect(a.response?.reason).toContain(
      "the marrow plasma cells, measurable at baseline, has not been measured",
    );
    expect(a.response?.reason).toContain(
      "the serum M-protein measured since is not used for the grade: not measurable at baseline",
    );
    expect(a.response?.reason).not.toContain("while it is measurable");
  });
});

/** Review c79-m2 (report /work/review79/review.md, records r790, r796, r7913): "High-risk abnormalities: 3 (triple-hit)"
 * was shown without the mark of its source. The count and the double/triple-hit words are mSMART 3.0's
 * (criteria-and-scores.md 4.2, marked [U]); the clinician summary names them so and marks them UNVERIFIED, as the
 * mSMART line above it is. Failing before the mark. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { readVignette } from "../testing/example-records.js";
import { renderClinicianSummary } from "./clinician.js";

describe("c79-m2: the mSMART high-risk count is named and marked UNVERIFIED", () => {
  it("triple-hit (text and markdown)", () => {
    const a = assess(readVignette("review-c19-grade3-neuropathy-on-dvrd-induction"));
    expect(a.risk.cytogenetic.hit).toBe("triple-hit");
    for (const format of ["text", "markdown"] as const) {
      const t = renderClinicianSummary(a, format);
      const line = t.split("\n").find((l) => l.includes("High-risk abnormalities")) ?? "";
      expect(line).toMatch(/High-risk abnormalities \(mSMART 3\.0 markers\): 3 \(triple-hit\)/);
      expect(line).toMatch(/UNVERIFIED/);
    }
  });
});

/** Review c88-W2: in AL amyloidosis the team's transplant decision is read as in myeloma (criteria-and-scores.md 8.3:
 * eligibility is the clinician's decision; treatments.md 6: the ASCT gates inform that decision, they do not replace
 * it). With `transplant.candidate: "no"` the AL transplant is not listed, the plan has no transplant step and the
 * handout does not offer it; "yes", "deferred" or not recorded keep it as before. */
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";

const NAME = "review-c88-al-dara-cybord-year-1-candidate-no";
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const variant = (change: (r: any) => void = () => {}) => {
  const r = readVignette(NAME);
  change(r);
  return assessAllWaysAgree(r);
};

describe("c88-W2: AL transplant candidacy 'no' is read", () => {
  it("does not list high-dose melphalan and ASCT, nor plan it, nor offer it on the handout", () => {
    const a = variant();
    expect(a.diagnosis.category).toBe("al-amyloidosis");
    expect(a.options.map((o) => o.id)).not.toContain("al.asct");
    expect(a.plan.some((s) => s.optionIds.includes("al.asct"))).toBe(false);
    expect(renderHandout(a, "text", EN).replace(/\s+/g, " ")).not.toMatch(/[Ss]tem cell transplant/);
  });

  it("keeps it when the team says yes, deferred or has not recorded it", () => {
    for (const candidate of ["yes", "deferred", undefined]) {
      const a = variant((r) => {
        if (candidate === undefined) delete r.transplant;
        else r.transplant = { candidate };
      });
      expect(a.options.map((o) => o.id)).toContain("al.asct");
    }
  });
});

/** Review c8-19 (failing on c8-lines 5a06f2c): smouldering myeloma on AQUILA daratumumab that progressed
 * to myeloma (59, fit, transplant candidate) was shown as "line 2, refractory" with relapse regimens and no
 * induction or transplant (examples/vignettes/smm-aquila-daratumumab-progressed-to-myeloma.json, the
 * entry's setting recorded). Sources: rajkumar-2015-blood-lines (a line of therapy is counted in multiple
 * myeloma); dimopoulos-2025-nejm-aquila (its endpoint "time to first-line treatment for multiple myeloma"
 * counts myeloma therapy after the SMM therapy as first line); rajkumar-2011-blood (refractory: progression
 * on a drug or within 60 days of its last dose); treatments.md 3 (transplant-eligible pathway). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { optionIds as ids, shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));

describe("SMM on daratumumab progressed to myeloma, transplant candidate", () => {
  const a = vignette("smm-aquila-daratumumab-progressed-to-myeloma");

  it("newly diagnosed myeloma: no line of myeloma therapy yet, the SMM therapy named as no line", () => {
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.diagnosis.treated).toBe(false);
    expect(a.phase?.code).toBe("untreated");
    expect(a.phase?.priorLines).toBe(0);
    expect(a.phase?.reason).toMatch(/smouldering myeloma/);
    expect(a.phase?.reason).toMatch(/not a line of myeloma therapy/);
    expect(a.linesOfTherapy.count).toBe(0);
  });

  it("the transplant-eligible pathway: induction, collection, ASCT; no relapse regimens", () => {
    expect(ids(a)).toEqual(expect.arrayContaining(["ndmm.te.d-vrd", "ndmm.te.asct"]));
    expect(ids(a).filter((id) => id.startsWith("rr."))).toEqual([]);
    expect(a.plan.map((s) => s.phase)).toEqual(
      expect.arrayContaining(["induction", "transplant", "maintenance"]),
    );
  });

  it("the exposure and refractoriness are kept: daratumumab-refractory, said on anti-CD38 induction", () => {
    expect(a.linesOfTherapy.exposedDrugs).toContain("daratumumab");
    expect(a.linesOfTherapy.refractoryDrugs).toContain("daratumumab");
    const dvrd = opt(a, "ndmm.te.d-vrd");
    expect(dvrd.cautions.join(" ")).toMatch(/refractory to daratumumab/);
    expect(dvrd.citations).toContain("rajkumar-2011-blood");
  });
});

/** Review c83 (engine 0.2.80), the patient's page. m4: DRd given as one continuous course (MAIA, treatments.md 4) in
 * its fifth year, in complete response: the plan's step now read "First treatment to get the disease under control",
 * which the paragraph above it ("a treatment that goes on for as long as it works") contradicts. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { readVignette } from "../testing/example-records.js";
import { renderHandout } from "./handout.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

describe("c83-m4: DRd in its fifth year: the step now is the continuing treatment", () => {
  const a = assess(readVignette("review-c83-drd-year4.5-cr"));
  it("the plan's step now is DRd's continuous course", () => {
    expect(a.plan?.find((s) => s.status === "current")?.code).toBe("continuous-drd");
  });
  for (const w of [EN, ES])
    it(`handout (${w === EN ? "EN" : "ES"}): "Now: ${w.continuousStep}", not the first treatment's words`, () => {
      const t = renderHandout(a, "text", w).replace(/\s+/g, " ");
      expect(t).toContain(`${w.planStatus.current}: ${w.continuousStep}.`);
      expect(t).not.toContain(`${w.planStatus.current}: ${w.phase.induction.step}.`);
    });
  it("control: VRd induction keeps 'First treatment to get the disease under control'", () => {
    const t = renderHandout(assess(readVignette("pathway-frail-candidate-on-vrd-induction")), "text");
    expect(t.replace(/\s+/g, " ")).toContain("Now: First treatment to get the disease under control.");
  });
});

/** Review c8 (AL amyloidosis, /work/vig-c8/REVIEW.md "08 AL response and stage", "09 typed AL held back",
 * handout "Next: Stem cell transplant" unconditional in 08). Vignettes:
 * examples/vignettes/al-typed-marrow-6-no-imaging-low-dflc.json (review-c8-09) and
 * examples/vignettes/al-cardiac-renal-on-dara-cybord-cycle-4.json (review-c8-08). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const dir = new URL("../../examples/vignettes/", import.meta.url);
const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as Record<string, unknown>);
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("AL confirmed by typing with marrow below 10% and no imaging (review-c8-09)", () => {
  // criteria-and-scores.md 1.1 A: myeloma needs clonal marrow plasma cells >=10% or a biopsy-proven
  // plasmacytoma. With 6% and no biopsy, imaging alone cannot make this myeloma, so AL (1.5) is the category.
  const a = vignette("al-typed-marrow-6-no-imaging-low-dflc");

  it("reads AL amyloidosis, not indeterminate pending imaging", () => {
    expect(a.diagnosis.category).toBe("al-amyloidosis");
    const summary = flat(renderClinicianSummary(a, "text"));
    expect(summary).not.toMatch(/decide the category/i);
    expect(summary).toMatch(/Disease state: Systemic AL amyloidosis/);
  });

  it("keeps D-VCd at its normal strength, with no 'not confirmed' caution", () => {
    expect(opt(a, "al.d-vcd").strength).toBe("preferred");
    expect(opt(a, "al.d-vcd").cautions.join(" ")).not.toMatch(/not confirmed/);
  });

  it("the handout (en, es) does not say the tests give no clear answer", () => {
    expect(flat(renderHandout(a, "text", EN))).not.toMatch(/do not give a clear answer/);
    expect(flat(renderHandout(a, "text", ES))).not.toMatch(/no dan una respuesta clara/);
  });
});

/** Review c8 (2026-12-02), vignette examples/vignettes/safety-al-cardiac-renal-on-dara-cybord.json: AL
 * amyloidosis with heart and kidney involvement, heart failure, Mayo 2004 stage IIIa, week 18 of
 * Dara-CyBorD. The myeloma cast-nephropathy advice (about 3 L of fluid a day, high-dose dexamethasone
 * early; Dimopoulos JCO 2016, MYRE) must not be offered to a cardiac AL patient: treatments.md 6 ("Cautions
 * in AL") says reduce dexamethasone intensity in cardiac involvement and watch fluid balance. Both tests
 * failed on main 5a06f2c. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { optionIds, shownOption } from "../testing/options.js";
import { assess } from "./assess.js";
import { assessCompact } from "./compact.js";

const file = new URL("../../examples/vignettes/safety-al-cardiac-renal-on-dara-cybord.json", import.meta.url);
const rec = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

describe("cardiac and renal AL on Dara-CyBorD (week 18, heart failure)", () => {
  const a = assess(rec);

  it("does not offer the myeloma kidney care (3 L of fluid a day, early high-dose dexamethasone)", () => {
    expect(optionIds(a)).not.toContain("sc.kidney-protection");
    expect(assessCompact(rec).options).not.toContain("sc.kidney-protection");
    for (const o of a.options)
      expect(`${o.clinicianText} ${o.patientText}`).not.toMatch(/3 L\/day|plenty of fluids/);
  });

  it("carries the AL cardiac cautions on continuing the regimen being given", () => {
    const o = shownOption(a, "pathway.continue-current-line");
    const cautions = o.cautions.join(" ");
    expect(cautions).toMatch(/reduce dexamethasone intensity/);
    expect(cautions).toMatch(/fluid balance/);
  });

  it("keeps the kidney care for myeloma kidney injury (control)", () => {
    const mm = JSON.parse(
      readFileSync(new URL("../../examples/vignettes/ndmm-kidney-injury.json", import.meta.url), "utf8"),
    ) as Record<string, unknown>;
    expect(optionIds(assess(mm))).toContain("sc.kidney-protection");
  });
});

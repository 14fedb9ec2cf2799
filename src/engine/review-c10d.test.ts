/** Review c10 (specialist vignettes /work/vig-c10), findings fixed by c10d, each with its vignette
 * (examples/vignettes/review-c10d-*.json) and failing on main cd2e03d.
 * M7. Renal alert at presentation: the IMWG renal myeloma-defining event counts only when attributable to
 *     myeloma (criteria-and-scores.md 7.4, rajkumar-2014-lancet-oncol), and its "high-dose dexamethasone
 *     early" (treatments.md 3b VCd row, dimopoulos-2016-jco-renal) stands beside the 20 mg weekly of age > 75
 *     or frailty (treatments.md 4 and 7b): the reference does not say which wins, so the alert says both. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const vignette = (name: string): Assessment => assess(record(name));
const alert = (a: Assessment, id: string) => a.alerts.find((x) => x.id === id);

describe("c10 M7: renal alert in an 84-year-old frail woman (CrCl 23)", () => {
  const a = vignette("review-c10d-frail-84-renal");
  const renal = alert(a, "alert.ndmm-renal-impairment");

  it("the alert is on, and asks whether the renal impairment is attributable to myeloma", () => {
    expect(renal).toBeDefined();
    expect(renal?.text).toMatch(/if attributable|attributable to myeloma/);
    expect(renal?.text).toMatch(/cast nephropathy/);
    expect(renal?.text).not.toMatch(/^Myeloma kidney injury/);
  });

  it("high-dose dexamethasone is never said without the 20 mg weekly of age over 75 or frailty", () => {
    expect(renal?.text).toMatch(/high-dose dexamethasone/);
    const clause = renal?.text.slice(renal.text.indexOf("high-dose dexamethasone")) ?? "";
    expect(clause).toMatch(/20 mg weekly/);
    expect(clause).toMatch(/75|frail/);
  });
});

describe("c10 M7: the kidney-protection card says the same", () => {
  it("over 75 or frail, its high-dose dexamethasone carries the 20 mg weekly caution", () => {
    const a = vignette("review-c10d-frail-84-renal");
    const card = a.options.find((o) => o.id === "sc.kidney-protection");
    expect(card?.cautions.join(" ")).toMatch(/20 mg weekly.*high-dose dexamethasone/);
  });
});

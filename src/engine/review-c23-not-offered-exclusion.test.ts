/** Review c23-10: Tec-Dara vanished without a word after cilta-cel. The option is kept out where MajesTEC-3
 * did not go (treatments.md 5a: anti-CD38-refractory disease and prior BCMA-directed therapy excluded; the US
 * label, >= 1 prior line including a PI and an IMiD, does not exclude them), and `notOffered` now says so. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { assess } from "./assess.js";
import type { NotOffered } from "./assessment.js";

type Rec = { treatmentHistory: Record<string, unknown>[] };
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const tecDara = (xs: NotOffered[] | undefined) => (xs ?? []).find((n) => n.id === "rr.tec-dara");

describe("Tec-Dara not offered where MajesTEC-3 did not go (review c23-10)", () => {
  it("relapse after cilta-cel, PI and IMiD exposed, not anti-CD38-refractory: prior BCMA therapy is named", () => {
    const a = assess(read("review-c23-cilta-cel-relapse-month-10"));
    expect(a.options.map((o) => o.id)).not.toContain("rr.tec-dara");
    expect(tecDara(a.notOffered)).toEqual({
      id: "rr.tec-dara",
      title: "Teclistamab + daratumumab SC (MajesTEC-3)",
      ruleId: "not-offered.exclusion",
      findings: [
        {
          fact: "priorBcmaTherapy",
          value: true,
          because: "MajesTEC-3 excluded prior BCMA-directed therapy (the US label does not)",
        },
      ],
      citations: ["majestec3-2025-nejm"],
    });
    expect(renderClinicianSummary(a, "markdown").replace(/\s+/g, " ")).toContain(
      "Teclistamab + daratumumab SC (MajesTEC-3): not offered: MajesTEC-3 excluded prior BCMA-directed",
    );
  });

  it("lenalidomide- and anti-CD38-refractory after a PI: the anti-CD38 refractoriness is named", () => {
    const a = assess(read("safety-relapse-len-cd38-refractory-no-carfilzomib"));
    expect(tecDara(a.notOffered)).toMatchObject({
      ruleId: "not-offered.exclusion",
      findings: [
        {
          fact: "antiCd38Refractory",
          value: true,
          because: "MajesTEC-3 excluded anti-CD38-refractory disease (the US label does not)",
        },
      ],
    });
  });

  it("hidden by something else too (no PI exposure after DRd): not listed, as nothing but the exclusion may be named", () => {
    const a = assess(read("relapse-first-drd-refractory-age-77"));
    expect(a.options.map((o) => o.id)).not.toContain("rr.tec-dara");
    expect(tecDara(a.notOffered)).toBeUndefined();
  });

  it("not excluded: offered, and not in the list", () => {
    const r = read("review-c23-cilta-cel-relapse-month-10");
    // The same patient before any BCMA therapy: relapse on lenalidomide maintenance after D-VRd.
    r.treatmentHistory = r.treatmentHistory.slice(0, -1);
    const a = assess(r);
    expect(a.options.map((o) => o.id)).toContain("rr.tec-dara");
    expect(tecDara(a.notOffered)).toBeUndefined();
  });
});

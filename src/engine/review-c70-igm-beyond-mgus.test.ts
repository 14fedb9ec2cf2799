/** Review c70-M1: an IgM-kappa M-protein of 3.5 g/dL with 25% clonal marrow cells, no myeloma-defining event and no
 * lymphoma feature recorded: beyond IgM MGUS by its numbers (criteria-and-scores.md 1.3: IgM M-protein < 30 g/L,
 * marrow lymphoplasmacytic infiltration < 10%), the IgM / Waldenstrom pathway (1.2), outside this tool. The clinician's
 * page was empty (no alert, no option, "nothing is missing") while the handout said more tests were needed. */
import { describe, expect, it } from "vitest";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

const read = () => readVignette("review-c70-igm-3.5-marrow-25-features-recorded");
const WORK_UP = "alert.igm-lymphoma-work-up";

describe("c70-M1: IgM beyond MGUS by its numbers, no feature recorded", () => {
  it("the IgM / Waldenstrom work-up warning names the M-protein and the marrow", () => {
    const a = assess(read());
    expect(a.diagnosis.category).not.toBe("multiple-myeloma");
    const alert = a.alerts.find((x) => x.id === WORK_UP);
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toContain("an IgM M-protein of 3.5 g/dL (IgM MGUS: < 3 g/dL)");
    expect(alert?.text).toContain("25% clonal cells in the marrow");
    expect(alert?.text).toContain("not IgM MGUS");
  });

  it("the M-protein alone (marrow 5%) is enough; the marrow alone (M-protein 1.2 g/dL) too", () => {
    const r1 = read();
    r1.marrow.clonalPlasmaCellPercent = 5;
    expect(assess(r1).alerts.find((x) => x.id === WORK_UP)?.text).not.toContain("clonal cells in the marrow");
    const r2 = read();
    r2.labs.serumMProtein.value = 1.2;
    const t2 = assess(r2).alerts.find((x) => x.id === WORK_UP)?.text;
    expect(t2).toContain("25% clonal cells in the marrow");
    expect(t2).not.toContain("IgM M-protein of");
  });

  it("control: IgM MGUS by its numbers (1.2 g/dL, marrow 5%, no feature): no work-up warning", () => {
    const r = read();
    r.labs.serumMProtein.value = 1.2;
    r.marrow.clonalPlasmaCellPercent = 5;
    expect(assess(r).alerts.some((x) => x.id === WORK_UP)).toBe(false);
  });
});

/** An undated immunofixation never makes an assessment of its own (review c8, vignette review-c8-20b,
 * examples/vignettes/response-single-sample-undated-ife.json). IMWG 2016 (kumar-2016-lancet-oncol,
 * criteria-and-scores.md 6.2): every response category needs two consecutive assessments; the response
 * date is the first. A result without a date cannot say it was a second assessment: it is read only with
 * a dated value of the record's date (the assessment it belongs to), else shown as undated and not used. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderClinicianSummary } from "./clinician.js";

interface Rec {
  asOf: string;
  labs: { serumMProtein: { date?: string } };
  series: { serumMProtein: { date: string; value: number; unit: string }[] };
}
const read = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}`, import.meta.url), "utf8"));
const single = () => read("response-single-sample-undated-ife.json");
const mrd = () => read("response-mrd-negative-cr.json");
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("an undated immunofixation and response confirmation", () => {
  it("one dated M-protein sample plus an undated immunofixation is an unconfirmed PR, not a confirmed one", () => {
    const a = assess(single());
    expect(a.response.current).toBe("PR");
    expect(a.response.confirmed).toBe(false);
    expect(a.response.responseDate).toBe("2026-11-25");
    expect(a.response.confirmedCategory).toBeNull();
    const undated = a.missingData.find((m) => m.field === "labs.serumImmunofixation");
    expect(undated?.neededFor).toMatch(/no date.*not used for the grade or its confirmation/);
    const t = flat(renderClinicianSummary(a, "text"));
    expect(t).toMatch(/Current response \(IMWG 2016\): PR \(unconfirmed\)/);
    expect(t).not.toMatch(/2026-12-02: PR/);
  });

  it("a second dated sample confirms it (control)", () => {
    const r = single();
    r.series.serumMProtein.push({ date: "2026-12-01", value: 0.1, unit: "g/dL" });
    const a = assess(r);
    expect(a.response.confirmed).toBe(true);
    expect(a.response.confirmedCategory).toBe("PR");
  });

  it("with a dated value of the record's date the undated result joins that assessment", () => {
    const r = mrd();
    expect(r.labs.serumMProtein.date).toBe(r.asOf);
    const a = assess(r);
    expect(a.response.current).toBe("CR");
    expect(a.response.confirmed).toBe(false);
    expect(a.missingData.map((m) => m.field)).not.toContain("labs.urineImmunofixation");
  });

  it("without one (the MRD vignette as first written: current labs undated) the urine result is not used: VGPR, and the date is asked for", () => {
    const r = mrd();
    delete r.labs.serumMProtein.date;
    const a = assess(r);
    expect(a.response.current).toBe("VGPR");
    expect(a.missingData.find((m) => m.field === "labs.urineImmunofixation")?.neededFor).toMatch(/no date/);
  });
});

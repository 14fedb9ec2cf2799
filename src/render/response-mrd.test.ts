/** MRD with the response it belongs to, and the undated immunofixation of the record's current labs, as a
 * clinician and a patient read them. Sources: IMWG 2016 CR (negative serum and urine immunofixation,
 * disappearance of any soft-tissue plasmacytoma, marrow plasma cells < 5%) and MRD ("MRD categories apply
 * only to patients in CR or sCR"), kumar-2016-lancet-oncol, criteria-and-scores.md 6.2 and 6.3. Vignette:
 * examples/vignettes/response-mrd-negative-cr.json (review c7-11: IgG-kappa on lenalidomide maintenance,
 * serum immunofixation negative twice, urine immunofixation negative in the current labs, marrow 0%,
 * MRD negative). The current labs' serum M-protein is dated on the record's date: an undated
 * immunofixation is read only with a dated value of that date (src/response/undated-ife.test.ts). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

interface Rec {
  labs: Record<string, unknown>;
  marrow: Record<string, unknown>;
  [k: string]: unknown;
}
const vignette = (): Rec =>
  JSON.parse(
    readFileSync(new URL("../../examples/vignettes/response-mrd-negative-cr.json", import.meta.url), "utf8"),
  );
const flat = (s: string) => s.replace(/\s+/g, " ");
const clinician = (r: Rec) => flat(renderClinicianSummary(assess(r), "text"));

describe("MRD-negative CR on lenalidomide maintenance (review c7-11)", () => {
  it("the undated negative urine immunofixation of the current labs joins the serum M-protein of the record's date, so the response reaches CR", () => {
    const a = assess(vignette());
    expect(a.response.current).toBe("CR");
    expect(a.missingData.map((m) => m.field)).not.toContain("series.urineImmunofixation");
    // One negative urine immunofixation so far: CR stands, awaiting its confirming assessment.
    expect(a.response.confirmed).toBe(false);
    expect(clinician(vignette())).toMatch(/Current response \(IMWG 2016\): CR \(unconfirmed\)/);
  });

  it("the clinician sees the MRD result with the CR, and what the record does not say about the test", () => {
    const t = clinician(vignette());
    expect(t).toMatch(/MRD \(IMWG 2016\): negative \(marrow of 2026-10-15\), with CR/);
    expect(t).toMatch(/method and sensitivity not recorded/);
  });

  it("the patient handout and summary say it in plain words, in English and Spanish", () => {
    const a = assess(vignette());
    // CR on one assessment (VGPR confirmed before it): the confirmed VGPR is named, the CR awaits the next
    // test (IMWG 2016: two consecutive assessments).
    expect(flat(renderHandout(a, "text"))).toContain(EN.response.deeper("a very good response"));
    // The record gives no method or sensitivity: the result is said, but not called "very sensitive" or
    // MRD-negative, which need NGF or NGS at 1 in 10^5 (criteria-and-scores.md 6.3; review c20).
    expect(flat(renderHandout(a, "text"))).toContain(EN.response.mrdNegativeSensitivityUnknown);
    expect(flat(renderHandout(a, "text"))).not.toMatch(/very sensitive test of your bone marrow/);
    expect(flat(renderHandout(a, "text", ES))).toContain(ES.response.mrdNegativeSensitivityUnknown);
    expect(flat(renderPatientSummary(a, "text"))).toContain(EN.response.mrdNegativeSensitivityUnknown);
    expect(flat(renderPatientSummary(a, "text", ES))).toContain(ES.response.mrdNegativeSensitivityUnknown);
  });

  it("without the urine immunofixation it stays VGPR, asks for it, and says the MRD is not interpretable below CR", () => {
    const r = vignette();
    delete r.labs.urineImmunofixation;
    const a = assess(r);
    expect(a.response.current).toBe("VGPR");
    expect(a.missingData.map((m) => m.field)).toContain("series.urineImmunofixation");
    const t = clinician(r);
    expect(t).toMatch(/MRD negative recorded \(marrow of 2026-10-15\) but not interpretable/);
    expect(t).toMatch(/MRD categories apply only in CR or sCR/);
    expect(t).not.toMatch(/MRD \(IMWG 2016\): negative/);
    // The patient is not told the marrow test found nothing, as if it settled the response.
    expect(flat(renderHandout(a, "text"))).not.toMatch(/found no myeloma cells/);
    expect(flat(renderHandout(a, "text"))).toMatch(/can only be read once/);
  });

  it("a positive urine immunofixation in the current labs is not CR", () => {
    const r = vignette();
    r.labs.urineImmunofixation = "positive";
    expect(assess(r).response.current).toBe("VGPR");
  });

  it("marrow plasma cells of 5% are not CR (< 5% needed)", () => {
    const r = vignette();
    r.marrow.clonalPlasmaCellPercent = 5;
    expect(assess(r).response.current).toBe("VGPR");
  });

  it("a soft-tissue plasmacytoma in the record: CR needs its disappearance, which the record does not show, so it is not assumed", () => {
    const r = vignette();
    r.biopsy = { plasmacytoma: { count: 1, site: "extramedullary" } };
    const a = assess(r);
    expect(a.response.current).toBe("VGPR");
    expect(a.response.missing.map((m) => m.neededFor).join(" ")).toMatch(/soft-tissue plasmacytoma/);
  });

  it("no MRD in the record: nothing about MRD is said", () => {
    const r = vignette();
    delete r.marrow.mrd;
    expect(clinician(r)).not.toMatch(/MRD/);
    expect(flat(renderHandout(assess(r), "text"))).not.toMatch(/bone marrow found no/);
  });
});

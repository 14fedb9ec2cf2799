/** Anti-CD38 antibody interference read as a floor, as a clinician and a patient see it. Sources:
 * criteria-and-scores.md 6.4 (van-de-donk-2016-cclm, thoren-2019-jalm: daratumumab, an IgG1-kappa antibody,
 * can show as a small IgG-kappa band; code rule: flag possible interference "rather than grading as <CR")
 * and 6.2 (kumar-2016-lancet-oncol: VGPR >= 90% serum fall with urine M-protein < 100 mg/24 h; PR >= 50%).
 * The antibody can only add to the measured band, so the category the measured values meet is a floor.
 * Vignettes: examples/vignettes/response-dara-interference-pr-floor-urine-missing.json (review c7-13,
 * IgG-kappa on D-VRd then ASCT, M-protein 3.0 -> 0.2 g/dL, no urine M-protein in the record) and
 * response-dara-interference-vgpr-floor.json (the same with a 24-h urine M-protein of 40 mg). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { ES } from "./words/es.js";

interface Rec {
  series: Record<string, unknown>;
  treatmentHistory: Record<string, unknown>[];
  [k: string]: unknown;
}
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const URINE_MISSING = "response-dara-interference-pr-floor-urine-missing";
const VGPR_FLOOR = "response-dara-interference-vgpr-floor";
const flat = (s: string) => s.replace(/\s+/g, " ");
const clinician = (r: Rec) => flat(renderClinicianSummary(assess(r), "text"));

describe("a small IgG-kappa band on daratumumab is read as 'X or better', never as a grade below CR", () => {
  it("93% fall with a urine M-protein of 40 mg/24 h: VGPR or better; CR cannot be judged until a daratumumab-specific assay", () => {
    const a = assess(vignette(VGPR_FLOOR));
    expect(a.response.current).toBeNull();
    expect(a.response.atLeast).toBe("VGPR");
    const t = clinician(vignette(VGPR_FLOOR));
    expect(t).toMatch(/Current response \(IMWG 2016\): VGPR or better/);
    expect(t).toMatch(
      /CR cannot be judged until a daratumumab-specific immunofixation \(DIRA or Hydrashift\)/,
    );
    const alert = a.alerts.find((x) => x.id === "response.antibody-interference");
    expect(alert?.text).toMatch(/at least VGPR/);
    expect(alert?.text).not.toMatch(/not graded below CR/);
  });

  it("the review's record (urine M-protein not in it): the 93% serum fall meets VGPR's serum part only, so PR or better, and the urine test is asked for", () => {
    const a = assess(vignette(URINE_MISSING));
    expect(a.response.atLeast).toBe("PR");
    expect(a.missingData).toContainEqual({
      field: "series.urineMProtein",
      neededFor: "VGPR (urine M-protein < 100 mg/24 h)",
    });
    const t = clinician(vignette(URINE_MISSING));
    expect(t).toMatch(/Current response \(IMWG 2016\): PR or better/);
    expect(t).toMatch(/VGPR also needs a 24-h urine M-protein < 100 mg/);
  });

  it("the patient reads 'at least' in plain words, in English and Spanish", () => {
    const a = assess(vignette(VGPR_FLOOR));
    expect(flat(renderHandout(a, "text"))).toMatch(/at least a very good response/);
    expect(flat(renderHandout(a, "text", ES))).toMatch(/por lo menos una muy buena respuesta/);
    expect(flat(renderPatientSummary(a, "text"))).toMatch(/at least a very good response/);
    expect(flat(renderPatientSummary(a, "text", ES))).toMatch(/por lo menos una muy buena respuesta/);
    expect(flat(renderPatientSummary(a, "text"))).not.toMatch(/cannot tell from these results/);
  });

  it("control: not on an anti-CD38 antibody, the same values are graded as usual (no floor)", () => {
    const r = vignette(VGPR_FLOOR);
    r.treatmentHistory[0] = {
      ...r.treatmentHistory[0],
      regimen: "VRd",
      drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
    };
    const a = assess(r);
    expect(a.response.current).toBe("VGPR");
    expect(a.response.atLeast).toBeNull();
    expect(clinician(r)).not.toMatch(/or better/);
  });

  it("control: a 60% fall (3.0 -> 1.2 g/dL) on daratumumab is no small band, so it is graded PR as usual", () => {
    const r = vignette(URINE_MISSING);
    r.series.serumMProtein = [
      { date: "2026-03-25", value: 3.0, unit: "g/dL" },
      { date: "2026-07-25", value: 1.2, unit: "g/dL" },
      { date: "2026-11-25", value: 1.2, unit: "g/dL" },
    ];
    const a = assess(r);
    expect(a.response.antibodyInterference).toBe(false);
    expect(a.response.current).toBe("PR");
    expect(a.response.atLeast).toBeNull();
  });
});

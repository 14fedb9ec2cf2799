/** Review c21-8: kidney impairment new on treatment is questioned, not only dosed for. Vignette: IgG-lambda
 * myeloma after VRd and ASCT, on lenalidomide maintenance in PR, creatinine 0.9 -> 1.0 -> 2.6 mg/dL. Before,
 * the engine gave the lenalidomide renal dose table and nothing else. The levels are the reference's: the IMWG
 * renal-impairment level (creatinine > 2 mg/dL, criteria-and-scores.md 1.1 and 7.4) and the clinical-relapse
 * rise (>= 2 mg/dL from the start of therapy, 6.2). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { assessCompact } from "./compact.js";
import { KIDNEY_NEW_ON_TREATMENT } from "./kidney-on-treatment.js";

const VIGNETTE = join(
  import.meta.dirname,
  "../../examples/vignettes/review-c21-kidney-new-on-lenalidomide-maintenance.json",
);
/** The parts of the vignette the variants change. */
type Rec = {
  asOf: string;
  labs: Record<string, unknown>;
  series: Record<string, unknown>;
  conditions?: Record<string, unknown>;
  treatmentHistory: unknown[];
};
const base = (): Rec => JSON.parse(readFileSync(VIGNETTE, "utf8"));
const creat = (date: string, value: number) => ({ date, value, unit: "mg/dL" });
const alertOf = (a: Assessment) => a.alerts.find((x) => x.id === KIDNEY_NEW_ON_TREATMENT);
const withSeries = (
  values: { date: string; value: number; unit: string }[],
  change: (r: Rec) => void = () => {},
) => {
  const r = base();
  r.series.creatinine = values;
  const last = values[values.length - 1]!;
  r.labs.creatinine = { value: last.value, unit: last.unit };
  change(r);
  return assess(r);
};

describe("kidney impairment new on treatment (review c21-8)", () => {
  it("the vignette: a warning names the new value, the earlier one and the line, and asks for the cause", () => {
    const a = assess(base());
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.phase?.code).toBe("maintenance");
    const x = alertOf(a);
    expect(x?.severity).toBe("warning");
    expect(x?.text).toContain(
      "Creatinine 2.6 mg/dL on 2026-11-20, above the IMWG renal-impairment level (2 mg/dL, 177 umol/L)",
    );
    expect(x?.text).toContain("after 0.9 mg/dL on 2026-05-01");
    expect(x?.text).toContain("kidney impairment new or worse since the latest line started (2026-01-05).");
    expect(x?.text).toContain("light-chain cast nephropathy");
    expect(x?.text).toContain("serum free light chains");
    // No creatinine at the line start: the clinical-relapse rise cannot be measured, so it is not claimed.
    expect(x?.text).not.toContain("clinical-relapse item");
    expect(x?.citations).toEqual(["dimopoulos-2016-jco-renal", "kumar-2016-lancet-oncol"]);
    // The dose table still shows: the new alert asks for the cause as well.
    expect(a.alerts.some((y) => y.id === "lenalidomide.renal.maintenance")).toBe(true);
    // The compact view (codes only) carries it too.
    expect(assessCompact(base()).alerts.map((y) => y.id)).toContain(KIDNEY_NEW_ON_TREATMENT);
  });

  it("the patient's pages say the kidney tests got worse and the team looks for the cause (EN, ES)", () => {
    const flat = (t: string) => t.replace(/\s+/g, " ");
    const a = assess(base());
    for (const w of [EN, ES]) {
      expect(flat(renderHandout(a, "text", w))).toContain(w.kidneyNewOnTreatment);
      expect(flat(renderPatientSummary(a, "text", w))).toContain(w.kidneyNewOnTreatment);
    }
    expect(EN.kidneyNewOnTreatment).toMatch(/kidney/);
    expect(ES.kidneyNewOnTreatment).toMatch(/riñones/);
    const control = withSeries([creat("2026-05-01", 0.9), creat("2026-11-20", 1.9)]);
    expect(flat(renderHandout(control, "text", EN))).not.toContain(EN.kidneyNewOnTreatment);
  });

  it("a rise of 2 mg/dL or more from the line start is named as the IMWG 2016 clinical-relapse item", () => {
    const a = withSeries([creat("2026-01-02", 0.6), creat("2026-05-01", 0.9), creat("2026-11-20", 2.7)]);
    const x = alertOf(a);
    expect(x?.text).toContain("after 0.6 mg/dL on 2026-01-02");
    expect(x?.text).toContain(
      "The rise from the latest value before the line started (0.6 mg/dL on 2026-01-02) is 2.1 mg/dL: 2 mg/dL or more, an IMWG 2016 clinical-relapse item if it is attributable to the myeloma.",
    );
    // Below 2 mg/dL of rise: the warning without the relapse item.
    const b = withSeries([creat("2026-01-02", 1.0), creat("2026-11-20", 2.6)]);
    expect(alertOf(b)?.text).not.toContain("clinical-relapse item");
  });

  it("review c22-1: already above the level at the line start, then 2 mg/dL or more higher (2.4 -> 4.6)", () => {
    const x = alertOf(
      withSeries([creat("2026-01-02", 2.4), creat("2026-05-01", 2.5), creat("2026-11-20", 4.6)]),
    );
    expect(x?.text).toContain("from 2.4 mg/dL on 2026-01-02, already above it");
    expect(x?.text).toContain("is 2.2 mg/dL: 2 mg/dL or more, an IMWG 2016 clinical-relapse item");
    // The renal-protection harms it names carry the reference's UNVERIFIED specifics.
    expect(x?.text).toContain("UNVERIFIED");
    expect(x?.verified).toBe(false);
  });

  it("review c22-4: umol/L is read against 177 umol/L as written (177 is not above it, 178 is), and quoted as reported", () => {
    const umol = (date: string, value: number) => ({ date, value, unit: "umol/L" });
    expect(alertOf(withSeries([umol("2026-05-01", 80), umol("2026-11-20", 177)]))).toBeUndefined();
    const x = alertOf(withSeries([umol("2026-05-01", 80), umol("2026-11-20", 178)]));
    expect(x?.text).toContain("Creatinine 178 umol/L on 2026-11-20");
    expect(x?.text).toContain("after 80 umol/L on 2026-05-01");
  });

  it("review c22-2: a finished line is said to have ended", () => {
    const x = alertOf(
      withSeries([creat("2026-05-01", 0.9), creat("2026-11-20", 2.6)], (r) => {
        const last = r.treatmentHistory[r.treatmentHistory.length - 1] as Record<string, unknown>;
        last.end = "2026-09-01";
      }),
    );
    expect(x?.text).toContain("since the latest line started (2026-01-05; it ended 2026-09-01)");
  });

  it("kidney function impaired again after it recovered on the line (2.8 at the start, 1.4, now 2.5)", () => {
    const a = withSeries([creat("2026-01-02", 2.8), creat("2026-05-01", 1.4), creat("2026-11-20", 2.5)]);
    expect(alertOf(a)?.text).toContain("after 1.4 mg/dL on 2026-05-01");
  });

  it("controls: no alert", () => {
    // At or below the level now.
    expect(alertOf(withSeries([creat("2026-05-01", 0.9), creat("2026-11-20", 2.0)]))).toBeUndefined();
    // Impaired throughout the line: nothing new (the dose cautions cover it).
    expect(
      alertOf(withSeries([creat("2026-01-02", 2.5), creat("2026-05-01", 2.4), creat("2026-11-20", 2.6)])),
    ).toBeUndefined();
    // No earlier value: the record cannot say it is new.
    expect(alertOf(withSeries([creat("2026-11-20", 2.6)]))).toBeUndefined();
    // On dialysis creatinine does not measure the kidney.
    expect(
      alertOf(
        withSeries([creat("2026-05-01", 0.9), creat("2026-11-20", 2.6)], (r) => {
          r.conditions = { ...(r.conditions ?? {}), renalFailureOnDialysis: true };
        }),
      ),
    ).toBeUndefined();
    // Untreated myeloma: the kidney is a CRAB criterion of the diagnosis, not a change on treatment.
    expect(
      alertOf(
        withSeries([creat("2025-05-01", 0.9), creat("2025-11-20", 2.6)], (r) => {
          r.treatmentHistory = [];
          r.series.serumMProtein = [{ date: "2025-11-20", value: 3.0, unit: "g/dL" }];
          r.labs.serumMProtein = { value: 3.0, unit: "g/dL" };
          r.asOf = "2025-11-26";
        }),
      ),
    ).toBeUndefined();
  });
});

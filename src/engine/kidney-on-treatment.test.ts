/** Review c21-8: kidney impairment new on treatment is questioned, not only dosed for. Vignette: IgG-lambda
 * myeloma after VRd and ASCT, on lenalidomide maintenance in PR, creatinine 0.9 -> 1.0 -> 2.6 mg/dL. Before,
 * the engine gave the lenalidomide renal dose table and nothing else. The levels are the reference's: the IMWG
 * renal-impairment level (creatinine > 2 mg/dL, criteria-and-scores.md 1.1 and 7.4) and the clinical-relapse
 * rise (>= 2 mg/dL from the start of therapy, 6.2). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { testsThatWouldHelp } from "../render/handout-facts.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { assessCompact } from "./compact.js";
import { CREATININE_DATE_FIELD, KIDNEY_NEW_ON_TREATMENT } from "./kidney-on-treatment.js";

const VIGNETTE = join(
  import.meta.dirname,
  "../../examples/vignettes/review-c21-kidney-new-on-lenalidomide-maintenance.json",
);
/** The parts of the vignette the variants change. */
type Rec = {
  asOf: string;
  patient: Record<string, unknown>;
  labs: Record<string, unknown>;
  series: Record<string, unknown>;
  conditions?: Record<string, unknown>;
  treatmentHistory: unknown[];
};
const base = (): Rec => JSON.parse(readFileSync(VIGNETTE, "utf8"));
const creat = (date: string, value: number) => ({ date, value, unit: "mg/dL" });
const flatText = (t: string) => t.replace(/\s+/g, " ");
const alertOf = (a: Assessment) => a.alerts.find((x) => x.id === KIDNEY_NEW_ON_TREATMENT);
/** Review c89-U1: the alert reads the creatinine clearance too (CrCl < 40 mL/min, criteria-and-scores.md 1.1, 7.4). The
 * vignette's patient (60, female, 65 kg) is below CrCl 40 from a creatinine of about 1.8 mg/dL; the controls of the
 * creatinine level (at or below 2 mg/dL) weigh her 100 kg, so that her CrCl stays at or above 40 (47.2 mL/min at 2.0). */
const heavy = (r: Rec) => {
  r.patient.weight = { value: 100, unit: "kg" };
};
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
    const control = withSeries([creat("2026-05-01", 0.9), creat("2026-11-20", 1.9)], heavy);
    expect(flat(renderHandout(control, "text", EN))).not.toContain(EN.kidneyNewOnTreatment);
    // Review c89-U1: at her 65 kg the same creatinine is CrCl 32.3 mL/min after 68.2: the pages say it.
    const crcl = withSeries([creat("2026-05-01", 0.9), creat("2026-11-20", 1.9)]);
    expect(flat(renderHandout(crcl, "text", EN))).toContain(EN.kidneyNewOnTreatment);
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
    expect(alertOf(withSeries([umol("2026-05-01", 80), umol("2026-11-20", 177)], heavy))).toBeUndefined();
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
    expect(alertOf(withSeries([creat("2026-05-01", 0.9), creat("2026-11-20", 2.0)], heavy))).toBeUndefined();
    // Review c89-U1: at her 65 kg, 2.0 mg/dL is CrCl 30.7 mL/min after 68.2: the clearance reading raises it.
    expect(alertOf(withSeries([creat("2026-05-01", 0.9), creat("2026-11-20", 2.0)]))?.text).toContain(
      "CrCl 30.7 mL/min (Cockcroft-Gault, with today's age and weight), below the IMWG renal-impairment level (CrCl <40 mL/min), after CrCl 68.2 mL/min (creatinine 0.9 mg/dL on 2026-05-01)",
    );
    // Impaired throughout the line: nothing new (the dose cautions cover it).
    expect(
      alertOf(withSeries([creat("2026-01-02", 2.5), creat("2026-05-01", 2.4), creat("2026-11-20", 2.6)])),
    ).toBeUndefined();
    // No earlier value: the record cannot say it is new.
    expect(alertOf(withSeries([creat("2026-11-20", 2.6)]))).toBeUndefined();
    // On dialysis with every creatinine above the level: nothing shows the kidneys working on the line
    // (review c22-5 below for the case where one does).
    expect(
      alertOf(
        withSeries([creat("2025-12-20", 2.5), creat("2026-05-01", 5.1), creat("2026-11-20", 6.0)], (r) => {
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

/** Review c22-7: the record's creatinine 3.1 mg/dL has no date; the dated series holds 0.9 (before the line)
 * and 1.0 (on it). The dose cautions read 3.1 as the current value; before, nothing said the impairment might
 * be new, nor asked for its date. */
const UNDATED = join(
  import.meta.dirname,
  "../../examples/vignettes/review-c22-undated-creatinine-on-lenalidomide-maintenance.json",
);
const undatedBase = (): Rec => JSON.parse(readFileSync(UNDATED, "utf8"));
const withUndated = (lab: { value: number; unit: string }, change: (r: Rec) => void = () => {}) => {
  const r = undatedBase();
  r.labs.creatinine = lab;
  change(r);
  return assess(r);
};
const dateAsked = (a: Assessment) => a.missingData.find((m) => m.field === CREATININE_DATE_FIELD);

describe("a creatinine above the level with no date, on treatment (review c22-7)", () => {
  it("the vignette: the alert says the value has no date, is new if current, and the date is asked for", () => {
    const a = assess(undatedBase());
    const x = alertOf(a);
    expect(x?.severity).toBe("warning");
    expect(x?.text).toContain("Creatinine 3.1 mg/dL in the record has no date");
    expect(x?.text).toContain(
      "if it is current, kidney impairment new or worse since the latest line started",
    );
    expect(x?.text).toContain("Its date is needed to tell.");
    // 3.1 - 0.9 (the value before the line) = 2.2: the relapse item, doubly conditional.
    expect(x?.text).toContain("clinical-relapse item if it is current and attributable to the myeloma");
    expect(dateAsked(a)?.neededFor).toContain("the creatinine 3.1 mg/dL has no date");
    // The dose table reads the same value as today's: it still shows.
    expect(a.alerts.some((y) => y.id === "lenalidomide.renal.maintenance")).toBe(true);
    const c = assessCompact(undatedBase());
    expect(c.alerts.map((y) => y.id)).toContain(KIDNEY_NEW_ON_TREATMENT);
  });

  it("the patient's pages say the latest test is worse, its date to be checked; no kidney test is asked for (EN, ES)", () => {
    const flat = (t: string) => t.replace(/\s+/g, " ");
    const a = assess(undatedBase());
    for (const w of [EN, ES]) {
      const page = flat(renderHandout(a, "text", w));
      expect(page).toContain(w.kidneyWorseUndated);
      expect(page).not.toContain(w.kidneyNewOnTreatment);
      expect(flat(renderPatientSummary(a, "text", w))).toContain(w.kidneyWorseUndated);
    }
    expect(ES.kidneyWorseUndated).toMatch(/fecha/);
    // The date is not a test to do: the kidney tests are not among the tests that would help.
    expect(testsThatWouldHelp(a, 10)).not.toContain("organs");
  });

  it("with the value dated the alert is the dated one and no date is asked for", () => {
    const a = withUndated({ value: 3.1, unit: "mg/dL" }, (r) => {
      (r.labs.creatinine as Record<string, unknown>).date = "2026-11-20";
    });
    expect(alertOf(a)?.text).toContain("Creatinine 3.1 mg/dL on 2026-11-20");
    expect(dateAsked(a)).toBeUndefined();
  });

  it("review c23-4: a later dated value at or below the level is named; the undated one may be older", () => {
    const a = withUndated({ value: 3.1, unit: "mg/dL" }, (r) => {
      r.series.creatinine = [creat("2026-01-03", 0.9), creat("2026-08-01", 1.0), creat("2026-11-20", 1.0)];
    });
    expect(alertOf(a)?.text).toContain(
      "the latest dated value is 1 mg/dL on 2026-11-20, at or below it, so the undated value may be older",
    );
    // The patient is never told it is the latest test.
    expect(EN.kidneyWorseUndated).not.toMatch(/latest/i);
    expect(ES.kidneyWorseUndated).not.toMatch(/último/i);
  });

  it("umol/L: 177 undated is not above the level, 178 is", () => {
    expect(alertOf(withUndated({ value: 177, unit: "umol/L" }, heavy))).toBeUndefined();
    expect(alertOf(withUndated({ value: 178, unit: "umol/L" }))?.text).toContain(
      "Creatinine 178 umol/L in the record has no date",
    );
  });

  it("controls: no alert and no date asked", () => {
    const none = (a: Assessment) => {
      expect(alertOf(a)).toBeUndefined();
      expect(dateAsked(a)).toBeUndefined();
    };
    // At or below the level.
    none(withUndated({ value: 1.9, unit: "mg/dL" }, heavy));
    // Impaired in every dated value and less than 2 mg/dL above the line's start: nothing new to ask.
    none(
      withUndated({ value: 3.1, unit: "mg/dL" }, (r) => {
        r.series.creatinine = [creat("2026-01-03", 2.5), creat("2026-08-01", 2.6)];
      }),
    );
    // No dated value to compare with.
    none(withUndated({ value: 3.1, unit: "mg/dL" }, (r) => delete r.series.creatinine));
    // On dialysis the undated value is not read (a creatinine on dialysis does not measure the kidney): the
    // dialysis reading of review c22-5 speaks instead, from the dated 1.0 during the line, with no date asked.
    const dialysis = withUndated({ value: 3.1, unit: "mg/dL" }, (r) => {
      r.conditions = { ...(r.conditions ?? {}), renalFailureOnDialysis: true };
    });
    expect(alertOf(dialysis)?.text).toMatch(/^On dialysis, with creatinine 1 mg\/dL on 2026-08-01/);
    expect(dateAsked(dialysis)).toBeUndefined();
    // Untreated: the CRAB criterion reads it.
    none(withUndated({ value: 3.1, unit: "mg/dL" }, (r) => (r.treatmentHistory = [])));
  });
});

/** Review c22-5: on lenalidomide maintenance, creatinine 0.9 before the line and 1.0 during it, now on dialysis
 * (creatinine 6.5). The record does not date the dialysis; before, the dialysis switched the check off and only
 * the lenalidomide dialysis dose showed. */
const DIALYSIS = join(
  import.meta.dirname,
  "../../examples/vignettes/review-c22-dialysis-new-on-lenalidomide-maintenance.json",
);
const onDialysis = (series: { date: string; value: number; unit: string }[] | null) => {
  const r: Rec = JSON.parse(readFileSync(DIALYSIS, "utf8"));
  if (series) r.series.creatinine = series;
  return assess(r);
};

describe("kidney failure on dialysis, new on treatment (review c22-5)", () => {
  it("the vignette: a value at or below the level during the line, now on dialysis: the cause is asked for", () => {
    const a = onDialysis(null);
    const x = alertOf(a);
    expect(x?.severity).toBe("warning");
    expect(x?.text).toContain("On dialysis, with creatinine 1 mg/dL on 2026-08-01");
    expect(x?.text).toContain("during the latest line (from 2026-01-05)");
    expect(x?.text).toContain("the record does not date the dialysis");
    expect(x?.text).toContain("light-chain cast nephropathy");
    // A creatinine on dialysis does not measure the kidney: no clinical-relapse rise is read from 6.5.
    expect(x?.text).not.toContain("clinical-relapse");
    expect(a.alerts.some((y) => y.id === "lenalidomide.renal.maintenance")).toBe(true);
    expect(flatText(renderHandout(a, "text", EN))).toContain(EN.kidneyNewOnTreatment);
  });

  it("only a value from the line shows it: one from before the line, however close, does not (review c24-5)", () => {
    // Dialysis three weeks into VCd with a normal value from 2024 was called "new on treatment": the kidney
    // failure may be what the line treats (VCd is the reference's regimen for kidney injury, treatments.md 3b).
    expect(alertOf(onDialysis([creat("2026-01-03", 0.9), creat("2026-11-20", 6.5)]))).toBeUndefined();
    // 0.9 long before, then 4.8 before the line started: the failure predates the line.
    expect(
      alertOf(onDialysis([creat("2025-03-01", 0.9), creat("2025-12-20", 4.8), creat("2026-11-20", 6.5)])),
    ).toBeUndefined();
    // No creatinine at all.
    expect(alertOf(onDialysis([]))).toBeUndefined();
  });
});

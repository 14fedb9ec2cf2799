/** Review c89 (report /work/review89/review.md), the kidney findings. c89-U1: a creatinine that doubles on D-VRd in a
 * 76-year-old (0.9 -> 1.9 mg/dL, Cockcroft-Gault CrCl 69.1 -> 32.7 mL/min) raised no kidney alert, as the alert read only
 * creatinine > 2 mg/dL, though the IMWG renal level is "CrCl < 40 mL/min or serum creatinine > 2 mg/dL"
 * (criteria-and-scores.md 1.1, 7.4). c89-M1: the patient pages called the CKD-EPI eGFR the number the doses depend on,
 * while the doses follow the Cockcroft-Gault CrCl (treatments.md conventions, 7a, 8a). c89-m6: the handout offered
 * pamidronate beside a zoledronic-acid hold for a creatinine rise, which the clinician card says is no switch
 * (treatments.md 8a). Vignettes from the review's records r12 and r01. */
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { assessCompact } from "./compact.js";
import { KIDNEY_NEW_ON_TREATMENT } from "./kidney-on-treatment.js";

const R12 = "review-c89-dvrd-week6-76-creatinine-doubling";
const R01 = "review-c89-frail-86-crcl26-egfr49-untreated";

const flat = (t: string) => t.replace(/\s+/g, " ");
const handout = (a: Assessment, w: typeof EN = EN) => flat(renderHandout(a, "text", w));
const full = (a: Assessment, w: typeof EN = EN) => flat(renderPatientSummary(a, "text", w));
const kidneyAlert = (a: Assessment) => a.alerts.find((x) => x.id === KIDNEY_NEW_ON_TREATMENT);
const creat = (date: string, value: number) => ({ date, value, unit: "mg/dL" });

/** r12 with its creatinine values (the series, and the record's lab as the last one, dated) and changes. */
// biome-ignore lint/suspicious/noExplicitAny: a vignette changed freely by the test
function r12(values?: { date: string; value: number; unit: string }[], change: (r: any) => void = () => {}) {
  const r = readVignette(R12);
  if (values) {
    const last = values[values.length - 1]!;
    r.series.creatinine = values.slice(0, -1);
    r.labs.creatinine = last;
  }
  change(r);
  return assess(r);
}

describe("c89-U1: a creatinine clearance falling below 40 mL/min on treatment raises the kidney alert", () => {
  it("r12: CrCl 69.1 -> 32.7 mL/min on D-VRd (creatinine 0.9 -> 1.9) is kidney impairment new on treatment", () => {
    const a = assess(readVignette(R12));
    expect(a.kidney.crclCockcroftGault).toBe(32.7);
    const x = kidneyAlert(a);
    expect(x?.severity).toBe("warning");
    const text = x?.text ?? "";
    expect(text).toContain(
      "Creatinine 1.9 mg/dL on 2026-11-30: CrCl 32.7 mL/min (Cockcroft-Gault, with today's age and weight), below the IMWG renal-impairment level (CrCl <40 mL/min)",
    );
    expect(text).toContain("after CrCl 69.1 mL/min (creatinine 0.9 mg/dL on 2026-10-15)");
    expect(text).toContain("kidney impairment new or worse since the latest line started (2026-10-20).");
    // The same cause to find as the creatinine reading: attribution, the free light chains, nephrology, harms.
    expect(text).toContain("light-chain cast nephropathy");
    expect(text).toContain("serum free light chains");
    expect(text).toContain("nephrology review");
    // Creatinine 1.9 is not above 2 mg/dL, and is not said to be.
    expect(text).not.toContain("above the IMWG renal-impairment level (2 mg/dL");
    expect(x?.citations).toEqual(["dimopoulos-2016-jco-renal", "kumar-2016-lancet-oncol"]);
    // The dose tables still show beside it.
    expect(a.alerts.some((y) => y.id === "lenalidomide.renal.crcl-30-49")).toBe(true);
    // The codes-only view raises it too.
    expect(assessCompact(readVignette(R12)).alerts.map((y) => y.id)).toContain(KIDNEY_NEW_ON_TREATMENT);
  });

  it("r12: the patient pages say the kidney tests became worse and the team looks for the cause (EN, ES)", () => {
    const a = assess(readVignette(R12));
    for (const w of [EN, ES]) {
      expect(handout(a, w)).toContain(w.kidneyNewOnTreatment);
      expect(full(a, w)).toContain(w.kidneyNewOnTreatment);
    }
  });

  it("controls: CrCl still at or above 40, already below 40 at the line start, a fall before the line: no alert", () => {
    // 0.9 -> 1.5 mg/dL: CrCl 41.5 mL/min, not below 40.
    const stays = r12([creat("2026-10-15", 0.9), creat("2026-11-30", 1.5)]);
    expect(stays.kidney.crclCockcroftGault).toBe(41.5);
    expect(kidneyAlert(stays)).toBeUndefined();
    // 40 kg: CrCl 39.5 mL/min already at the line start, 18.7 now: nothing new (the dose cautions cover it).
    const before = r12(undefined, (r) => (r.patient.weight = { value: 40, unit: "kg" }));
    expect(kidneyAlert(before)).toBeUndefined();
    // Both values before the line started: the impairment is not new on it.
    const preLine = r12([creat("2026-09-01", 0.9), creat("2026-10-15", 1.9)]);
    expect(kidneyAlert(preLine)).toBeUndefined();
    // No value before: the record cannot say it is new.
    expect(kidneyAlert(r12([creat("2026-11-30", 1.9)]))).toBeUndefined();
  });

  it("a later value back at or above CrCl 40 is the one read: no alert", () => {
    const a = r12([creat("2026-10-15", 0.9), creat("2026-11-20", 1.9), creat("2026-11-30", 1.1)]);
    expect(kidneyAlert(a)).toBeUndefined();
  });

  it("weight not recorded: the CKD-EPI eGFR is read against 40 (as the CRAB criterion reads it), and the weight is named as not known", () => {
    const a = r12(undefined, (r) => delete r.patient.weight);
    expect(a.kidney.crclCockcroftGault).toBeNull();
    const text = kidneyAlert(a)?.text ?? "";
    expect(text).toContain("eGFR 36.1 mL/min/1.73 m2 (CKD-EPI 2021");
    expect(text).toContain("the weight the Cockcroft-Gault CrCl needs is not recorded");
    expect(text).toContain("kidney impairment new or worse since the latest line started (2026-10-20).");
    expect(handout(a)).toContain(EN.kidneyNewOnTreatment);
  });

  it("weight not recorded and the eGFR still at or above 40: no alert, and the weight is asked for the kidney check", () => {
    // 0.9 -> 1.6 mg/dL: eGFR about 44 (not below 40); the Cockcroft-Gault CrCl, with 70 kg, would be 38.9.
    const a = r12([creat("2026-10-15", 0.9), creat("2026-11-30", 1.6)], (r) => delete r.patient.weight);
    expect(kidneyAlert(a)).toBeUndefined();
    const m = a.missingData.find((x) => x.field === "patient.weight");
    expect(m?.neededFor).toContain("kidney impairment new on treatment");
    expect(m?.neededFor).toContain("creatinine 1.6 mg/dL on 2026-11-30");
    // With the weight the alert is raised.
    expect(kidneyAlert(r12([creat("2026-10-15", 0.9), creat("2026-11-30", 1.6)]))?.text ?? "").toContain(
      "CrCl 38.9 mL/min",
    );
  });

  it("an undated creatinine whose CrCl is below 40 after a dated one at or above it: said if current, its date asked", () => {
    const a = r12(undefined, (r) => (r.labs.creatinine = { value: 1.9, unit: "mg/dL" }));
    const text = kidneyAlert(a)?.text ?? "";
    expect(text).toContain("Creatinine 1.9 mg/dL in the record has no date");
    expect(text).toContain("CrCl 32.7 mL/min");
    expect(text).toContain("if it is current, kidney impairment new or worse since the latest line started");
    expect(a.missingData.some((m) => m.field === "labs.creatinine.date")).toBe(true);
    expect(handout(a)).toContain(EN.kidneyWorseUndated);
  });
});

describe("c89-M1: the patient pages do not tie the eGFR to the doses, which follow Cockcroft-Gault", () => {
  it("r01 (86F, 45 kg, eGFR 49, CrCl 26.1): the score is the eGFR, and the doses are said to use another calculation (EN, ES)", () => {
    const a = assess(readVignette(R01));
    expect(Math.round(a.kidney.egfrCkdEpi2021 ?? 0)).toBe(49);
    expect(a.kidney.crclCockcroftGault).toBe(26.1);
    const en = full(a);
    expect(en).toContain("Your kidney function score is about 49.");
    expect(en).not.toContain("The doses of some medicines depend on how well the kidneys work.");
    expect(en).toContain(
      "The doses of some medicines use a different kidney calculation, which also counts your weight. So your doses may not match this score. Your team will tell you your dose.",
    );
    const es = full(a, ES);
    expect(es).toContain("La puntuación de la función de sus riñones es de unos 49.");
    expect(es).not.toContain("depende de cómo funcionan los riñones");
    expect(es).toContain("Su equipo le dirá su dosis.");
    // The clinician's doses still read the Cockcroft-Gault CrCl.
    const len = a.options.find((o) => o.regimen?.drugs.includes("lenalidomide"));
    expect(len?.cautions.join(" ")).toContain("CrCl <30 mL/min");
  });
});

describe("c89-m6: no pamidronate on the patient pages while zoledronic acid is held for a creatinine rise", () => {
  it("r12: the bone-medicine line names denosumab and zoledronic acid (paused), not pamidronate (EN, ES)", () => {
    const a = assess(readVignette(R12));
    expect(a.alerts.some((x) => x.id === "zoledronic-acid.renal.creatinine-rise-hold")).toBe(true);
    // The clinician still sees the pamidronate card, with the reason it is no switch.
    expect(a.options.find((o) => o.id === "sc.bone.pamidronate")?.cautions.join(" ") ?? "").toContain(
      "is not a switch while creatinine is not back to baseline",
    );
    for (const w of [EN, ES]) {
      const page = handout(a, w);
      expect(page).toContain(w.zoledronicAcidPaused);
      expect(page).not.toMatch(/pamidronat/i);
      expect(page).toMatch(/denosumab/);
      expect(full(a, w)).not.toMatch(/pamidronat/i);
    }
    expect(handout(a)).toContain(
      "Bone medicine, one of: denosumab (a common first choice) or zoledronic acid",
    );
  });

  it("control: creatinine not risen on zoledronic acid: pamidronate is still among the bone medicines", () => {
    const a = r12([creat("2026-10-15", 0.9), creat("2026-11-30", 1.0)]);
    expect(a.alerts.some((x) => x.id === "zoledronic-acid.renal.creatinine-rise-hold")).toBe(false);
    expect(handout(a)).toContain("pamidronate");
    expect(handout(a, ES)).toContain("pamidronato");
  });
});

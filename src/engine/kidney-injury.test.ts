/** Myeloma kidney injury at presentation: VCd (CyBorD) first and the renal alert follow the renal
 * myeloma-defining event as the diagnosis decides it (IMWG 2014 CRAB renal: creatinine clearance
 * <40 mL/min measured or estimated by CKD-EPI, or serum creatinine >2 mg/dL; dialysis counts), never a
 * Cockcroft-Gault clearance that is low from age and weight alone, which stays for dose cautions.
 * Sources: criteria-and-scores.md 1.1 and 7.4 (rajkumar-2014-lancet-oncol, dimopoulos-2016-jco-renal);
 * treatments.md 3b, VCd / CyBorD row ("acute kidney injury / cast nephropathy at presentation", [19]).
 * Each case failed on main 58a5db7 (VCd was gated on Cockcroft-Gault CrCl <40). */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { ES } from "../render/words/es.js";
import { arbJurisdiction, arbSituation } from "../testing/arbitraries.js";
import { optionIds as ids, shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { evaluateKnowledge } from "./options.js";

const dir = new URL("../../examples/vignettes/", import.meta.url);
type Rec = Record<string, unknown> & { labs: Record<string, unknown>; conditions: Record<string, unknown> };
const record = (name: string): Rec => JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as Rec;
/** The frail 84-year-old (creatinine 1.0 mg/dL, 60 kg: Cockcroft-Gault 39.7, CKD-EPI 2021 55.6). */
const frail84 = (): Rec => record("safety-frail-84-candidacy-unknown");
const renal = (a: Assessment) => a.diagnosis.criteria.find((c) => c.id === "imwg2014.crab.renal");
const flat = (s: string) => s.replace(/\s+/g, " ");
/** Everything the patient reads: the full summary and the handout, in English and Spanish. */
const patientWords = (a: Assessment) =>
  flat(
    [
      renderPatientSummary(a, "text"),
      renderHandout(a, "text"),
      renderPatientSummary(a, "text", ES),
      renderHandout(a, "text", ES),
    ].join(" "),
  );
/** The titles the clinician summary's "Top options" line names. */
const topThree = (a: Assessment): string[] => {
  const text = renderClinicianSummary(a, "text");
  const block = text.slice(text.indexOf("Top options"), text.indexOf("Critical alerts"));
  return flat(block)
    .split(" - ")
    .slice(1)
    .map((s) => s.trim());
};
const VCD = "ndmm.renal.vcd";
const VCD_TITLE = "Bortezomib-based VCd (CyBorD) first for myeloma kidney injury";
const HURT = /hurt (your|the) kidneys|dañado (sus|los) riñones/i;

describe("myeloma kidney injury follows the diagnosis's renal criterion", () => {
  it("frail 84-year-old, creatinine 1.0 mg/dL: renal criterion not met, so no kidney-injury option, alert or words", () => {
    const a = assess(frail84());
    expect(renal(a)?.met).toBe(false);
    // Cockcroft-Gault below 40 from age and weight alone: kept for dose cautions only.
    expect(a.kidney.crclCockcroftGault).toBeLessThan(40);
    expect(a.kidney.egfrCkdEpi2021).toBeGreaterThan(40);
    expect(ids(a)).not.toContain(VCD);
    expect(a.alerts.map((x) => x.id)).not.toContain("alert.ndmm-renal-impairment");
    // The options' recommendations are knowledge text, the same for every patient (the kidney-protection
    // card names myeloma kidney injury as its own case): what is said of this patient is the rest.
    let said = flat(renderClinicianSummary(a, "text"));
    for (const o of a.options)
      if (o.clinicianText) said = said.replace(`Recommendation: ${flat(o.clinicianText)}`, "");
    expect(said).not.toMatch(/kidney injury|renal impairment \(/i);
    expect(patientWords(a)).not.toMatch(HURT);
    // The lenalidomide dose caution still reads the Cockcroft-Gault clearance.
    expect(opt(a, "ndmm.tie.drd").cautions.join(" ")).toMatch(/CrCl 30-49 mL\/min/);
  });

  it("the frail transplant-ineligible 82-year-old (Cockcroft-Gault 36, CKD-EPI above 40): no kidney-injury option", () => {
    const a = assess(record("ndmm-transplant-ineligible-frail"));
    expect(renal(a)?.met).toBe(false);
    expect(ids(a)).not.toContain(VCD);
  });

  it("creatinine 3.1 mg/dL: renal criterion met, VCd shown with that reason, among the top three options", () => {
    const r = frail84();
    r.labs.creatinine = { value: 3.1, unit: "mg/dL" };
    // Preferred only while the team attributes the impairment to myeloma (review c60-M1, review-c60-kidney.test.ts).
    r.conditions.kidneyImpairmentFromMyeloma = true;
    const a = assess(r);
    expect(renal(a)?.met).toBe(true);
    const vcd = opt(a, VCD);
    expect(vcd.because.join(" ")).toMatch(/renal insufficiency \(IMWG 2014 CRAB\): yes/);
    expect(vcd.strength).toBe("preferred");
    expect(topThree(a).some((t) => t.includes(VCD_TITLE))).toBe(true);
    // Attributed by the team: the critical alert (review c83-m1).
    expect(a.alerts.map((x) => x.id)).toContain("alert.ndmm-renal-impairment.from-myeloma");
    expect(patientWords(a)).toMatch(HURT);
  });

  it("creatinine 2.1 mg/dL in a 30-year-old man of 90 kg (CKD-EPI and Cockcroft-Gault both >= 40): met by creatinine > 2 mg/dL", () => {
    const r = frail84();
    r.patient = { age: 30, sex: "male", weight: { value: 90, unit: "kg" } };
    r.labs.creatinine = { value: 2.1, unit: "mg/dL" };
    const a = assess(r);
    expect(a.kidney.egfrCkdEpi2021).toBeGreaterThanOrEqual(40);
    expect(a.kidney.crclCockcroftGault).toBeGreaterThanOrEqual(40);
    expect(renal(a)?.met).toBe(true);
    expect(ids(a)).toContain(VCD);
  });

  it("on dialysis: VCd shown among the top three and the renal alert raised", () => {
    const r = frail84();
    r.conditions.renalFailureOnDialysis = true;
    r.conditions.kidneyImpairmentFromMyeloma = true;
    const a = assess(r);
    expect(renal(a)?.met).toBe(true);
    expect(opt(a, VCD).strength).toBe("preferred");
    expect(topThree(a).some((t) => t.includes(VCD_TITLE))).toBe(true);
    expect(a.alerts.map((x) => x.id)).toContain("alert.ndmm-renal-impairment.from-myeloma");
  });

  it("creatinine not measured: VCd listed as needing it (never taken as normal, never shown as met), not preferred", () => {
    const r = frail84();
    delete r.labs.creatinine;
    const a = assess(r);
    expect(renal(a)?.met).toBe(null);
    const vcd = opt(a, VCD);
    expect(vcd.cautions[0]).toMatch(
      /^Not known: renal insufficiency \(IMWG 2014 CRAB\) \(missing: labs\.creatinine\)/,
    );
    expect(vcd.missing).toContainEqual({ field: "labs.creatinine", neededFor: VCD_TITLE });
    expect(vcd.strength).not.toBe("preferred");
    expect(topThree(a).some((t) => t.includes(VCD_TITLE))).toBe(false);
    // No alert on an unknown: it says the injury is there.
    expect(a.alerts.map((x) => x.id)).not.toContain("alert.ndmm-renal-impairment");
  });

  it("the kidney-injury vignette (creatinine 4.6 mg/dL): VCd among the top three, with the renal criterion as its reason", () => {
    const r = record("ndmm-kidney-injury");
    r.conditions = { ...r.conditions, kidneyImpairmentFromMyeloma: true };
    const a = assess(r);
    expect(renal(a)?.met).toBe(true);
    expect(topThree(a).some((t) => t.includes(VCD_TITLE))).toBe(true);
    expect(opt(a, VCD).clinicianText ?? "").not.toMatch(/CrCl <40 mL\/min or dialysis/);
  });
});

describe("kidney injury over generated situations", () => {
  it("VCd first and the renal alert stand only on the renal criterion, never on a clearance alone", () => {
    fc.assert(
      fc.property(arbSituation, arbJurisdiction, (s, j) => {
        const r = evaluateKnowledge(s, { jurisdiction: j });
        // The renal criterion already counts dialysis (assess sets it met on dialysis).
        const injured = s.renalCrab === true;
        const decidedNo = s.renalCrab === false;
        const vcd = r.options.find((o) => o.id === VCD);
        if (decidedNo) expect(vcd).toBeUndefined();
        // Shown undecided: it names what it lacks and is never preferred.
        if (vcd && !injured) {
          expect(vcd.missing?.length ?? 0).toBeGreaterThan(0);
          expect(vcd.strength).not.toBe("preferred");
        }
        if (r.alerts.some((x) => x.id.startsWith("alert.ndmm-renal-impairment"))) expect(injured).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

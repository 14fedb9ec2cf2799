/** Review c75-W1 (report /work/review75/review.md, record r701; controls r702, r703, r704): 10 days after a cilta-cel
 * infusion, an involved FLC of 300 mg/L before it and 420 mg/L at day +5, with the serum M-protein (the followed,
 * measurable parameter) not repeated since, read "today's values meet active myeloma", pathway.line-outcome-unknown
 * and the relapse regimens (handout too), while the same assessment's response said the FLC "is not used for the
 * grade: not measurable at baseline". criteria-and-scores.md 6.1: FLC-based response is used only when neither serum
 * nor urine M-protein is measurable; 6.2: the dFLC progression item applies when serum and urine are unmeasurable, PD
 * is a rise from the lowest confirmed response value, confirmed; treatments.md 5b: the CAR-T line is followed up. While
 * the response since the infusion cannot be graded, a rise of a parameter the response does not follow
 * (response.measurableBy) does not open the outcome; a rise of a followed one, a calcium above 11 mg/dL, new lesions, a
 * progression recorded or measured still do. */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const R701 = "review-c75-w1-cilta-cel-day-10-flc-rise-from-before";
const flat = (s: string) => s.replace(/\s+/g, " ");
const relapse = (a: Assessment) => a.options.filter((o) => o.id.startsWith("rr."));
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);
const ruleIds = (a: Assessment) => a.phase.rules.map((r) => r.ruleId);
const TODAY = /today's values meet active myeloma/;
const UNKNOWN = "pathway.line-outcome-unknown";
const NOT_ASSESSED = "phase.car-t-response-not-assessed";
const RELAPSE_NAMES = /\b(DKd|DPd|DVd|Isa-Kd|Isa-Pd|XVd|BPd|BVd|EPd|PVd)\b/;

const followedUp = (a: Assessment) => {
  expect(a.phase.code).toBe("line-finished");
  expect(a.phase.progressed).toBe(false);
  expect(a.phase.reason).not.toMatch(TODAY);
  expect(alertIds(a)).not.toContain(UNKNOWN);
  expect(relapse(a)).toEqual([]);
  expect(a.options.find((o) => o.id === "pathway.observation-after-car-t")?.conditionalOn).toBeUndefined();
};
const open = (a: Assessment) => {
  expect(a.phase.progressed).toBeNull();
  expect(alertIds(a)).toContain(UNKNOWN);
  expect(relapse(a).length).toBeGreaterThan(0);
  expect(ruleIds(a)).not.toContain(NOT_ASSESSED);
};

describe("c75-W1: day +10 after cilta-cel, the FLC 300 -> 420 mg/L from before the infusion, the serum M-protein followed and not repeated (r701)", () => {
  const a = assess(readVignette(R701));

  it("the phase is the follow-up; it says the FLC rose but is not the followed parameter", () => {
    expect(a.response.measurableBy).toEqual(["serum"]);
    expect(a.response.notRepeated).toEqual(["serum"]);
    followedUp(a);
    expect(ruleIds(a)).toContain(NOT_ASSESSED);
    expect(a.phase.reason).toBe(
      "Line 2 (Cilta-cel): after a one-time CAR-T infusion (ciltacabtagene autoleucel) on 2026-11-15, 10 days ago, in follow-up (response and long-term monitoring); no progression recorded, and no response assessment since the infusion: the serum M-protein, measurable before it, has not been measured since (the serum free light chains rose from a value before it, but the response does not follow them while the serum M-protein is measurable; the values measured after it are not read as a progression, IMWG 2016).",
    );
    expect(a.phase.rules.find((r) => r.ruleId === NOT_ASSESSED)?.inputs).toMatchObject({
      notRepeated: "serum",
      risenNotFollowed: "flc",
    });
  });

  it("the response assessment is asked, no progression date asked", () => {
    expect(alertIds(a)).toContain("pathway.response-assessment-due");
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.3.progressionDate");
  });

  it("clinician summary and the patient's page (EN, ES): no relapse regimen", () => {
    const text = flat(renderClinicianSummary(a, "text"));
    expect(text).not.toMatch(TODAY);
    expect(text).not.toMatch(/ONLY IF LINE 2 HAS PROGRESSED/i);
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain("Regular checkups and tests after CAR-T, with no more treatment for now");
    expect(en).not.toMatch(/only if the myeloma has come back/i);
    expect(en).not.toMatch(RELAPSE_NAMES);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).not.toMatch(/solo si el mieloma ha vuelto/i);
    expect(es).not.toMatch(RELAPSE_NAMES);
  });
});

describe("c75-W1 controls", () => {
  it("r702: the Hb 9.9 -> 7.6 after the infusion: followed up", () => {
    const r = readVignette(R701);
    r.series.involvedFreeLightChain = [];
    r.series.uninvolvedFreeLightChain = [];
    r.series.hemoglobin = [
      { date: "2026-11-01", value: 9.9, unit: "g/dL" },
      { date: "2026-11-20", value: 7.6, unit: "g/dL" },
    ];
    r.labs.hemoglobin = { value: 7.6, unit: "g/dL", date: "2026-11-20" };
    followedUp(assess(r));
  });

  it("r703: light-chain-only disease (the FLC followed), 600 -> 650 mg/L: SD awaiting confirmation, as before", () => {
    const r = readVignette(R701);
    r.labs.serumMProtein = null;
    r.labs.serumImmunofixation = "negative";
    r.labs.heavyChain = null;
    r.labs.igg = { value: 900, unit: "mg/dL", date: "2026-11-20" };
    r.series.serumMProtein = [];
    r.labs.involvedFreeLightChain = { value: 650, unit: "mg/L", date: "2026-11-20" };
    r.series.involvedFreeLightChain = [
      { date: "2026-06-01", value: 300, unit: "mg/L" },
      { date: "2026-07-01", value: 600, unit: "mg/L" },
      { date: "2026-11-20", value: 650, unit: "mg/L" },
    ];
    r.series.uninvolvedFreeLightChain = [
      { date: "2026-06-01", value: 8, unit: "mg/L" },
      { date: "2026-07-01", value: 8, unit: "mg/L" },
      { date: "2026-11-20", value: 8, unit: "mg/L" },
    ];
    const a = assess(r);
    expect(a.response.measurableBy).toEqual(["flc"]);
    expect(a.response.current).toBe("SD");
    followedUp(a);
  });

  it("the FLC followed (light-chain disease) and the marrow not repeated: a rise of the FLC from before the infusion still opens it", () => {
    const r = readVignette(R701);
    r.labs.serumMProtein = null;
    r.labs.serumImmunofixation = "negative";
    r.labs.heavyChain = null;
    r.series.serumMProtein = [];
    r.marrow = { clonalPlasmaCellPercent: 35, date: "2026-10-20" };
    const a = assess(r);
    expect(a.response.measurableBy).toContain("flc");
    expect(a.response.notRepeated ?? []).not.toContain("flc");
    expect(a.phase.progressed).not.toBe(false);
  });

  it("r704: a calcium of 11.6 mg/dL at day +5 reopens it (criteria-and-scores.md 6.2, clinical relapse)", () => {
    const r = readVignette(R701);
    r.labs.calcium = { value: 11.6, unit: "mg/dL", date: "2026-11-20" };
    open(assess(r));
  });

  it("new lesions on imaging after the infusion: progression", () => {
    const r = readVignette(R701);
    r.imaging = { ...r.imaging, date: "2026-11-20", newLesions: true };
    expect(assess(r).phase.progressed).toBe(true);
  });

  it("the serum M-protein repeated and risen: a possible progression (the outcome open)", () => {
    const r = readVignette(R701);
    r.series.serumMProtein.push({ date: "2026-11-20", value: 2.2, unit: "g/dL" });
    const a = assess(r);
    expect(a.phase.progressed).toBeNull();
    expect(alertIds(a)).toContain(UNKNOWN);
  });
});

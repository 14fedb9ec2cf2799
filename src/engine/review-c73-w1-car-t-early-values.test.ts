/** Review c73-W1 (report /work/review73/review.md, records r541, r540; controls r555, r559): 10 and 21 days after a
 * cilta-cel infusion, a free light chain first measured after it (no FLC before), a marrow and a PET-CT dated after it,
 * and a blood count, with the serum M-protein (the parameter measurable before the infusion) not repeated since, read
 * "today's values meet active myeloma", pathway.line-outcome-unknown and 11 relapse regimens "if line 2 has progressed"
 * (nine on the patient's page), while the same assessment's response said "not gradable yet". Progression is a rise from
 * the lowest confirmed response value, confirmed (criteria-and-scores.md 6.2); CAR-T is a single infusion followed up,
 * its cytopenias expected (treatments.md 5b). While the response since the infusion cannot be graded, a value with
 * none of its kind before it, imaging without new lesions, counts and creatinine do not open the line's outcome; the
 * response assessment is asked. A calcium above 11 mg/dL, new lesions, a progression recorded or measured, or a value
 * risen from its own before the infusion (reviews c49-U1, c50-W1) still do. */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const D10 = "review-c73-w1-cilta-cel-day-10-flc-after";
const D21 = "review-c73-w1-cilta-cel-day-21-flc-after";
const D10_NONE = "review-c73-w1-cilta-cel-day-10-no-values-since";
const D21_MR = "review-c73-w1-cilta-cel-day-21-responding";
const flat = (s: string) => s.replace(/\s+/g, " ");
const relapse = (a: Assessment) => a.options.filter((o) => o.id.startsWith("rr."));
const alert = (a: Assessment, id: string) => a.alerts.find((x) => x.id === id);
const ruleIds = (a: Assessment) => a.phase.rules.map((r) => r.ruleId);
const TODAY = /today's values meet active myeloma/;
const UNKNOWN = "pathway.line-outcome-unknown";
const DUE = "pathway.response-assessment-due";
const NOT_ASSESSED = "phase.car-t-response-not-assessed";
const OBSERVATION = "pathway.observation-after-car-t";
const NOT_ASSESSED_WORDS =
  "no progression recorded, and no response assessment since the infusion: the serum M-protein, measurable before it, has not been measured since (the values measured after it show no rise from a value before it and are not read as a progression, IMWG 2016).";
const RELAPSE_NAMES = /\b(DKd|DPd|DVd|Isa-Kd|Isa-Pd|XVd|BPd|BVd|EPd|PVd)\b/;

/** Followed up after the infusion: no "today's values", no outcome-unknown alert, no relapse regimen, the observation
 * card unconditional, and the response assessment asked naming the serum M-protein not repeated. */
const followedUp = (a: Assessment) => {
  expect(a.phase.code).toBe("line-finished");
  expect(a.phase.progressed).toBe(false);
  expect(a.phase.reason).not.toMatch(TODAY);
  expect(a.phase.reason).not.toMatch(/outcome is unknown/);
  expect(alert(a, UNKNOWN)).toBeUndefined();
  expect(relapse(a)).toEqual([]);
  const obs = a.options.find((o) => o.id === OBSERVATION);
  expect(obs?.conditional).toBeUndefined();
  expect(obs?.conditionalOn).toBeUndefined();
};

describe("c73-W1: day +10 after cilta-cel, an FLC, a marrow and a blood count after it, the M-protein not repeated (r541)", () => {
  const a = assess(readVignette(D10));

  it("the phase is the follow-up, saying why the values after the infusion are not read", () => {
    followedUp(a);
    expect(a.phase.reason).toBe(
      `Line 2 (Cilta-cel): after a one-time CAR-T infusion (ciltacabtagene autoleucel) on 2026-11-15, 10 days ago, in follow-up (response and long-term monitoring); ${NOT_ASSESSED_WORDS}`,
    );
    expect(ruleIds(a)).toEqual(expect.arrayContaining(["phase.after-car-t", NOT_ASSESSED]));
    const t = a.phase.rules.find((r) => r.ruleId === NOT_ASSESSED);
    expect(t?.inputs).toMatchObject({ infusionDate: "2026-11-15", notRepeated: "serum" });
    // The response reading is unchanged and now agrees with the phase.
    expect(a.response.current).toBeNull();
    expect(a.response.notRepeated).toEqual(["serum"]);
  });

  it("the response assessment is asked; the early CAR-T alerts stay", () => {
    expect(alert(a, DUE)?.text).toMatch(
      /^Line 2 \(Cilta-cel\): the response cannot be graded yet: the serum M-protein, measurable at baseline, has not been measured since it started/,
    );
    expect(alert(a, DUE)?.text).toMatch(/Assess serum and urine M-protein and serum free light chains/);
    expect(alert(a, "alert.car-t.first-two-weeks")?.severity).toBe("warning");
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.3.progressionDate");
  });

  it("the plan: observation after the infusion, a new line only at progression", () => {
    // Review c80-m3: day 10, the post-infusion monitoring to day 14 comes first.
    expect(a.plan.map((s) => `${s.title}|${s.status}`)).toEqual([
      "Line 2 (Cilta-cel) finished, no progression recorded: post-infusion monitoring for 2 weeks after the infusion, until 2026-11-29 (US label: daily monitoring for at least the first week, stay near the treatment centre, no driving; watch for CRS, ICANS and the blood counts: see the alert), then observation with response monitoring|current",
      "At progression: a new line for relapsed disease|if-progressed",
    ]);
  });

  it("clinician summary: no relapse regimen among the top options, no 'only if line 2 has progressed'", () => {
    const text = flat(renderClinicianSummary(a, "text"));
    expect(text).not.toMatch(/ONLY IF LINE 2 HAS PROGRESSED/i);
    expect(text).not.toMatch(/CANDOR|APOLLO/);
    expect(text).not.toMatch(TODAY);
    expect(text).toContain("Observation after BCMA CAR-T without progression");
  });

  it("the patient's page (EN, ES): the checkups after CAR-T, no relapse regimen", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain("You had a one-time CAR-T infusion.");
    expect(en).toContain("Regular checkups and tests after CAR-T, with no more treatment for now");
    expect(en).not.toMatch(/only if the myeloma has come back/i);
    expect(en).not.toMatch(RELAPSE_NAMES);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain("Usted recibió una sola infusión de CAR-T.");
    expect(es).toContain("Controles y pruebas regulares después del CAR-T, sin más tratamiento por ahora");
    expect(es).not.toMatch(/solo si el mieloma ha vuelto/i);
    expect(es).not.toMatch(RELAPSE_NAMES);
  });
});

describe("c73-W1: day +21, the same values at day +16 and a PET-CT at day +11 without new lesions (r540)", () => {
  const a = assess(readVignette(D21));

  it("followed up, the response assessment asked, no relapse regimen (EN, ES)", () => {
    followedUp(a);
    expect(a.phase.reason).toBe(
      `Line 2 (Cilta-cel): after a one-time CAR-T infusion (ciltacabtagene autoleucel) on 2026-11-04, 21 days ago, in follow-up (response and long-term monitoring); ${NOT_ASSESSED_WORDS}`,
    );
    expect(alert(a, DUE)).toBeDefined();
    expect(alert(a, "alert.car-t.after-infusion")).toBeDefined();
    expect(flat(renderClinicianSummary(a, "text"))).not.toMatch(
      /ONLY IF LINE 2 HAS PROGRESSED|CANDOR|APOLLO/i,
    );
    expect(flat(renderHandout(a, "text"))).not.toMatch(RELAPSE_NAMES);
    expect(flat(renderHandout(a, "text", ES))).not.toMatch(RELAPSE_NAMES);
  });
});

describe("c73-W1 controls (right before, unchanged)", () => {
  it("r555: every value before the infusion: the follow-up, no relapse list, nothing said of values after it", () => {
    const a = assess(readVignette(D10_NONE));
    followedUp(a);
    expect(a.phase.reason).toBe(
      "Line 2 (Cilta-cel): after a one-time CAR-T infusion (ciltacabtagene autoleucel) on 2026-11-15, 10 days ago, in follow-up (response and long-term monitoring); no progression recorded.",
    );
    expect(ruleIds(a)).not.toContain(NOT_ASSESSED);
    expect(alert(a, DUE)?.text).toMatch(
      /^Line 2 \(Cilta-cel\): no response assessment since it started is recorded\./,
    );
  });

  it("r559: the M-protein repeated and falling: MR awaiting its confirmation, no relapse list", () => {
    const a = assess(readVignette(D21_MR));
    followedUp(a);
    expect(a.response.current).toBe("MR");
    expect(a.phase.reason).toBe(
      "Line 2 (Cilta-cel): after a one-time CAR-T infusion (ciltacabtagene autoleucel) on 2026-11-04, 21 days ago, in follow-up (response and long-term monitoring); no progression recorded.",
    );
    expect(ruleIds(a)).not.toContain(NOT_ASSESSED);
    expect(alert(a, DUE)?.text).toMatch(/the response \(MR\) awaits its confirming second assessment/);
  });
});

describe("c73-W1: what still opens the outcome, or reads progression, after the infusion", () => {
  const open = (a: Assessment) => {
    expect(a.phase.progressed).toBeNull();
    expect(alert(a, UNKNOWN)?.severity).toBe("warning");
    expect(relapse(a).length).toBeGreaterThan(0);
    expect(relapse(a).every((o) => o.conditionalOn === "line-progressed")).toBe(true);
    expect(ruleIds(a)).not.toContain(NOT_ASSESSED);
  };

  it("a calcium above 11 mg/dL after the infusion (criteria-and-scores.md 6.2, clinical relapse): the outcome stays open", () => {
    const r = readVignette(D10);
    r.labs.calcium = { value: 11.8, unit: "mg/dL", date: "2026-11-20" };
    const a = assess(r);
    open(a);
    expect(a.phase.reason).toMatch(TODAY);
  });

  // Review c75-W1 (criteria-and-scores.md 6.1, 6.2): the FLC is not followed here (the serum M-protein is measurable),
  // so its rise from a value before the infusion no longer opens the outcome (review-c75-w1-car-t-flc-rise.test.ts).
  it("an FLC risen from its value before the infusion, not the followed parameter: followed up (c75-W1)", () => {
    const r = readVignette(D10);
    r.series.involvedFreeLightChain = [{ date: "2026-11-01", value: 300, unit: "mg/L" }];
    r.series.uninvolvedFreeLightChain = [{ date: "2026-11-01", value: 8, unit: "mg/L" }];
    followedUp(assess(r));
    // Fallen from it (500 -> 380 mg/L): the start of a response, followed up.
    r.series.involvedFreeLightChain[0].value = 500;
    followedUp(assess(r));
  });

  it("new lesions on the PET-CT after the infusion: progression (IMWG 2016 PD), the relapse regimens", () => {
    const r = readVignette(D21);
    r.imaging.newLesions = true;
    const a = assess(r);
    expect(a.phase.progressed).toBe(true);
    expect(a.phase.code).toBe("refractory");
    expect(relapse(a).map((o) => o.id)).toContain("rr.dpd");
    expect(relapse(a).every((o) => o.conditionalOn === undefined)).toBe(true);
  });

  it("a progression recorded on the CAR-T entry: progression, the relapse regimens", () => {
    const r = readVignette(D10);
    r.treatmentHistory[3].progressedOn = true;
    r.treatmentHistory[3].progressionDate = "2026-11-22";
    const a = assess(r);
    expect(a.phase.progressed).toBe(true);
    expect(relapse(a).length).toBeGreaterThan(0);
  });

  it("the M-protein repeated and risen: unconfirmed, a possible progression (outcome open); confirmed, progression", () => {
    const once = readVignette(D21);
    once.series.serumMProtein.push({ date: "2026-11-20", value: 2.2, unit: "g/dL" });
    const a = assess(once);
    expect(a.phase.progressed).toBeNull();
    expect(a.phase.reason).toMatch(/possible progression on 2026-11-20/);
    expect(alert(a, UNKNOWN)).toBeDefined();
    const twice = readVignette(D21);
    twice.series.serumMProtein.push(
      { date: "2026-11-12", value: 2.2, unit: "g/dL" },
      { date: "2026-11-20", value: 2.6, unit: "g/dL" },
    );
    expect(assess(twice).phase.progressed).toBe(true);
  });

  // Review c49-U1, kept by re-check c75-W1: the serum M-protein, the followed parameter, was last measured more than the
  // 12-month monitoring floor ago: an assessment overdue, not one not yet due, so the values since are read (open).
  it("400 days after the infusion, the FLC 30 -> 300 mg/L (review c49-U1): the outcome stays open", () => {
    const a = assess(readVignette("review-c49-u1-cilta-day400-active-after"));
    expect(a.phase.reason).toContain("its outcome is unknown");
    expect(alert(a, UNKNOWN)).toBeDefined();
  });
});

describe("c73-W1: day +90 after the infusion", () => {
  it("an FLC and a blood count at day +85, the M-protein still not repeated: followed up, the assessment asked", () => {
    const r = readVignette(D10);
    r.asOf = "2027-02-13";
    for (const k of [
      "involvedFreeLightChain",
      "uninvolvedFreeLightChain",
      "calcium",
      "creatinine",
      "hemoglobin",
    ])
      r.labs[k].date = "2027-02-08";
    const a = assess(r);
    followedUp(a);
    expect(a.phase.reason).toMatch(
      /90 days ago, .*no response assessment since the infusion: the serum M-protein/,
    );
    expect(alert(a, DUE)).toBeDefined();
  });

  it("nothing measured since: followed up as before, the assessment asked", () => {
    const r = readVignette(D10_NONE);
    r.asOf = "2027-02-13";
    const a = assess(r);
    followedUp(a);
    expect(ruleIds(a)).not.toContain(NOT_ASSESSED);
    expect(alert(a, DUE)).toBeDefined();
  });
});

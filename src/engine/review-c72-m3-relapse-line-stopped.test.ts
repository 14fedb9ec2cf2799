/** Re-check c72-m3 (report /work/review72/review.md; record r486 of review c71): a relapse line (KRd after a relapse
 * three weeks after the transplant) stopped for toxicity after six weeks, nothing measured since. Its outcome is not
 * known, and the relapse before it needs treatment whatever that outcome (criteria-and-scores.md 6.2, 9.1): the plan's
 * step now is the response assessment and the next treatment with the team, and the handout says the treatment was
 * stopped, not only "Only if the disease grows: A new treatment" (EN, ES). */
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import { CONTINUOUS_STOPPED_WATCH_TITLE, LINE_STOPPED_NOW } from "./plan.js";

const NAME = "review-c72-m3-krd-line2-stopped-tox-values-before";
const page = (a: ReturnType<typeof assess>, w = EN) => renderHandout(a, "text", w).replace(/\s+/g, " ");

describe("re-check c72-m3: a relapse line stopped for toxicity, its outcome not known", () => {
  it("the plan's step now is the response assessment and the next treatment; the relapse step stays", () => {
    const a = assess(readVignette(NAME));
    expect(a.plan?.map((s) => s.status)).toEqual(["current", "if-progressed"]);
    expect(a.plan?.[0]?.title).toBe(`Line 2 (KRd) stopped 2026-11-20 (toxicity), ${LINE_STOPPED_NOW}`);
    // The relapse options stay (re-check c71-W1).
    expect(a.options.some((o) => o.id === "rr.dkd")).toBe(true);
  });
  for (const w of [EN, ES])
    it(`the handout says the treatment was stopped and the talk about the next one (${w === EN ? "EN" : "ES"})`, () => {
      const text = page(assess(readVignette(NAME)), w);
      expect(text).toContain(w.lineStoppedNow);
      expect(text).toContain(`${w.planStatus.current}: ${w.nextTreatmentTalkStep}`);
      expect(text).not.toContain(w.lineOutcomeOpen.unknown);
    });
  it("the patient's choice reads the same; with no stop reason the line is not said stopped", () => {
    const r = readVignette(NAME);
    r.treatmentHistory[3].stopReason = "patient-choice";
    expect(assess(r).plan?.[0]?.title).toContain("stopped 2026-11-20 (patient choice), ");
    delete r.treatmentHistory[3].stopReason;
    const a = assess(r);
    expect(a.plan?.some((s) => s.title.endsWith(LINE_STOPPED_NOW))).toBe(false);
    expect(page(a)).toContain(EN.lineOutcomeOpen.unknown);
  });
  it("control: a planned end keeps the plan of a finished line", () => {
    const r = readVignette(NAME);
    r.treatmentHistory[3].stopReason = "planned";
    expect(assess(r).plan?.some((s) => s.title.endsWith(LINE_STOPPED_NOW))).toBe(false);
  });
});

/** Re-check c71-m5 (report /work/review71/review.md, record r435): lenalidomide maintenance after the transplant
 * stopped by the patient's choice in CR, no progression since: named stopped, then observation with the restart put to
 * the team (treatments.md 3d: "until progression or intolerance"; no rule for restarting after a stop, UNVERIFIED), and
 * the handout says the treatment stopped, not "You have finished a treatment" (EN, ES). */
describe("re-check c71-m5: maintenance after the transplant stopped by the patient's choice, no progression", () => {
  const M5 = "review-c71-m5-r-maintenance-after-asct-stopped-patient-choice";
  it("the plan names the maintenance stopped, then observation with the restart put to the team", () => {
    const a = assess(readVignette(M5));
    expect(a.plan?.map((s) => [s.phase, s.status])).toEqual([
      ["maintenance", "done"],
      ["line-finished", "current"],
      ["relapsed", "if-progressed"],
    ]);
    expect(a.plan?.[0]?.title).toBe(
      "Maintenance of line 1 (VRd, ASCT, R) stopped 2025-11-01 (patient choice)",
    );
    expect(a.plan?.[1]?.title).toBe(CONTINUOUS_STOPPED_WATCH_TITLE);
    expect(a.plan?.[1]?.verified).toBe(false);
  });
  for (const w of [EN, ES])
    it(`the handout says it stopped and the restart talk (${w === EN ? "EN" : "ES"})`, () => {
      const text = page(assess(readVignette(M5)), w);
      expect(text).toContain(w.continuousStoppedNow);
      expect(text).toContain(`${w.planStatus.done}: ${w.maintenanceStoppedStep}`);
      expect(text).toContain(`${w.planStatus.current}: ${w.restartTalkStep}`);
    });
  it("control: maintenance ended as planned keeps a finished line", () => {
    const r = readVignette(M5);
    r.treatmentHistory[2].stopReason = "planned";
    const a = assess(r);
    expect(a.plan?.map((s) => s.status)).toEqual(["if-progressed"]);
    expect(page(a)).not.toContain(EN.continuousStoppedNow);
  });
});

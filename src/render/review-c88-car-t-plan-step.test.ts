/** Review c88 (handout of record v20-cilta-cel-day-10): ten days after a cilta-cel infusion the plan said "1. Now:
 * Checkups without treatment." while the page above it says the team watches closely for 2 weeks. In the post-infusion
 * window (the plan step's code car-t-first-two-weeks: treatments.md 5b, monitor >= 2 weeks; 10, stay near the centre
 * for 2 weeks) the step says the close watch after the infusion until its end date, then regular checkups (EN, ES).
 * A bispecific in its step-up week is a treatment given now: its step never reads "without treatment". */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { readVignette } from "../testing/example-records.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const CAR_T_DAY_10 = "review-c88-cilta-cel-day-10";
const TALQUETAMAB_DAY_2 = "review-c80-talquetamab-step-up-day-2";
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const variant = (name: string, change: (r: any) => void = () => {}) => {
  const r = readVignette(name);
  change(r);
  return assess(r);
};

describe("c88: the plan step now in the first 2 weeks after a BCMA CAR-T infusion", () => {
  const a = variant(CAR_T_DAY_10);
  it("the engine's step now is the post-infusion monitoring (code car-t-first-two-weeks, until 2026-12-11)", () => {
    const step = a.plan?.find((s) => s.status === "current");
    expect(step?.code).toBe("car-t-first-two-weeks");
    expect(step?.title).toContain("until 2026-12-11");
  });
  it("(EN) handout and patient summary: the close watch until 11 December 2026, then regular checkups; never 'without treatment'", () => {
    for (const page of [flat(renderHandout(a, "text", EN)), flat(renderPatientSummary(a, "text", EN))]) {
      expect(page).toContain(
        "Now: Close watch by your team after the CAR-T infusion, until 11 December 2026, then regular checkups.",
      );
      expect(page).not.toContain("Checkups without treatment");
    }
  });
  it("(ES) the same step in Spanish", () => {
    for (const page of [flat(renderHandout(a, "text", ES)), flat(renderPatientSummary(a, "text", ES))]) {
      expect(page).toContain(
        "Vigilancia estrecha de su equipo después de la infusión de CAR-T, hasta el 11 de diciembre de 2026, y después controles regulares.",
      );
      expect(page).not.toContain(flat(ES.phase["line-finished"].step));
    }
  });
  it("control: day 23, the window has ended: the step is the checkups after the CAR-T", () => {
    const later = variant(CAR_T_DAY_10, (r) => {
      r.asOf = "2026-12-20";
    });
    const page = flat(renderHandout(later, "text", EN));
    expect(page).not.toContain("Close watch by your team");
    expect(later.plan?.find((s) => s.status === "current")?.code).toBeUndefined();
  });
});

describe("c88: a bispecific in its step-up week is a treatment given now", () => {
  const a = variant(TALQUETAMAB_DAY_2);
  for (const w of [EN, ES]) {
    it(`(${w === EN ? "EN" : "ES"}) the step now is the current treatment, never 'without treatment'`, () => {
      const page = flat(renderHandout(a, "text", w));
      expect(page).toContain(`${w.planStatus.current}: ${w.phase.relapsed.onLineStep}.`);
      expect(page).not.toContain(w.phase["line-finished"].step);
    });
  }
});

describe("review c89-M5: after the 2 weeks, the follow-up of the CAR-T is no 'checkups without treatment'", () => {
  for (const asOf of ["2026-12-20", "2027-03-01"]) {
    const later = variant(CAR_T_DAY_10, (r) => {
      r.asOf = asOf;
    });
    for (const w of [EN, ES]) {
      it(`${asOf} (${w === EN ? "EN" : "ES"}): the step now is the check-ups after the CAR-T infusion`, () => {
        for (const page of [
          flat(renderHandout(later, "text", w)),
          flat(renderPatientSummary(later, "text", w)),
        ]) {
          expect(page).toContain(`${w.planStatus.current}: ${w.carT.step}.`);
          expect(page).not.toContain(flat(w.phase["line-finished"].step));
        }
      });
    }
  }
});

/** Stop 48, the rest of review c49-W4 (seen with review c68-m4): VRd recorded with no end, then an autologous
 * transplant (2025-06-01), nothing since, asOf 2026-12-01. The drugs given now already read the induction as ended by
 * the transplant (the high-dose melphalan ends it: record contract, engine 0.2.57), but the line and the phase read it
 * as still given: "After the transplant (VRd): week 100 of line 1", the line being given "VRd" with no drug, and the
 * handout's plan "Now: Getting over the transplant" 18 months on. criteria-and-scores.md 9.1 (induction then
 * transplant, one line); treatments.md 3c. */
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

const read = () => readVignette("review-c49-w4-vrd-open-then-asct-no-planned-flag");
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("an induction with no end that a transplant ended", () => {
  it("the line ends on the transplant's day; nothing is given now; no 'continue the line being given'", () => {
    const a = assess(read());
    expect(a.linesOfTherapy.lines.map((l) => l.end)).toEqual(["2025-06-01"]);
    expect(a.linesOfTherapy.onTherapy).toBe(false);
    expect(a.phase).toMatchObject({ code: "post-transplant", currentRegimen: null, currentLine: null });
    expect(a.options.some((o) => o.id === "pathway.continue-current-line")).toBe(false);
  });

  it("the handout's plan: a talk with the team now, not 'getting over the transplant' 18 months on (EN, ES)", () => {
    const a = assess(read());
    for (const w of [EN, ES]) {
      const page = flat(renderHandout(a, "text", w));
      expect(page).toContain(`${w.planStatus.current}: ${w.teamDecidesStep}`);
      expect(page).not.toContain(w.recoveryStep);
    }
  });

  it("control: the transplant 3 weeks ago: still getting over it (EN)", () => {
    const r = read();
    r.treatmentHistory[0].start = "2026-06-01";
    r.treatmentHistory[1].start = "2026-11-10";
    const a = assess(r);
    expect(a.phase).toMatchObject({ code: "post-transplant", currentRegimen: null });
    expect(flat(renderHandout(a, "text", EN))).toContain(EN.phase["post-transplant"].now);
  });

  it("control: no transplant after it: the induction with no end is still given", () => {
    const r = read();
    r.treatmentHistory = [r.treatmentHistory[0]];
    const a = assess(r);
    expect(a.phase.currentRegimen).toBe("VRd");
    expect(a.linesOfTherapy.onTherapy).toBe(true);
  });
});

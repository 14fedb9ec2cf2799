/** Re-check c71-m4: IgG-kappa disease, CR confirmed (immunofixation negative twice on daratumumab), then the band back on
 * two immunofixations, the last dose 5.5 months before (inside the project's 6-month window, criteria-and-scores.md
 * 6.4): the clinician sees the relapse-from-CR alert; the handout said only "at least a very good response. It may be
 * even better". The patient now hears both readings (EN, ES). */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { readVignette } from "../testing/example-records.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const read = () => readVignette("review-c71-m4-igg-k-dara-last-5.5mo-ife-reappears");

describe("c71-m4: the band back after CR while the antibody may explain it", () => {
  it("the handout and the full summary say the band is back and may be the medicine or the myeloma (EN, ES)", () => {
    const a = assess(read());
    expect(a.response?.antibodyInterference).toBe(true);
    expect(a.alerts.map((x) => x.id)).toContain("response.relapse-from-cr");
    for (const w of [EN, ES])
      for (const page of [renderHandout(a, "text", w), renderPatientSummary(a, "text", w)]) {
        expect(flat(page)).toContain(w.summary.bandBackMayBeMedicine);
        expect(flat(page)).not.toContain(w.response.atLeast(w.responseName.VGPR.name));
      }
  });
});

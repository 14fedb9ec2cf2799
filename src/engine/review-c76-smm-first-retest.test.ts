/** Review c76-M2 (report /work/review76/review.md; records r775, r797): smouldering myeloma found with its marrow on
 * 2026-11-18 and its M-protein and free light chains on 2026-11-20 had its first re-test set at 4 months (due
 * 2027-03-20), the first-year interval, because the M-protein came two days after the marrow. treatments.md 2a (SMM,
 * any risk; IMWG 2010): "Re-test 2-3 months after diagnosis; then every 4-6 months for 1 year". The results of the
 * work-up are the diagnosis: the re-test is due 2 months after them, overdue after 3 (EN and ES handouts the same). */
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

const WORK_UP = "review-c76-m2-smm-high-risk-work-up-over-days";
const SERIES = "review-c76-m2-smm-high-risk-series-one-value";
const spep = (a: ReturnType<typeof assess>) =>
  a.monitoring.items.find((i) => i.test === "serum protein electrophoresis");

describe("review c76-M2: smouldering myeloma's first re-test, 2-3 months after the diagnosis' work-up", () => {
  for (const name of [WORK_UP, SERIES])
    it(`${name}: due 2 months after the M-protein, overdue after 3`, () => {
      const a = assess(readVignette(name));
      expect(a.diagnosis.category).toBe("smoldering-myeloma");
      const item = spep(a);
      expect(item?.lastDone).toBe("2026-11-20");
      expect(item?.due).toBe("2027-01-20");
      expect(item?.overdueAfter).toBe("2027-02-20");
      expect(item?.intervalText).toMatch(/^2-3 months after diagnosis/);
    });
  it("the handouts give the same date (EN, ES)", () => {
    const a = assess(readVignette(WORK_UP));
    expect(renderHandout(a, "text", EN)).toContain("20 January 2027");
    expect(renderHandout(a, "text", ES)).toContain("20 de enero de 2027");
  });
  it("control: a re-test 2 months or more after the first result moves on to the first-year interval", () => {
    const r = readVignette(WORK_UP);
    r.series = {
      serumMProtein: [
        { date: "2026-09-15", value: 2.4, unit: "g/dL" },
        { date: "2026-11-20", value: 2.5, unit: "g/dL" },
      ],
    };
    r.marrow.date = "2026-09-12";
    const item = spep(assess(r));
    expect(item?.due).toBe("2027-03-20");
    expect(item?.intervalText).toMatch(/^every 4-6 months in the first year/);
  });
});

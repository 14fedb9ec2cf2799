/** The clinician's "Progression: no" is only as current as the M-protein results behind it. With no result for
 * 14 months on lenalidomide maintenance (specialist review c11, H1 left-over; the overdue floor is
 * monitoring.on-therapy.yearly-floor, UNVERIFIED), "no" would read as today's answer: the line says from which
 * results it is read and that they are overdue. Missing is never normal (DESIGN.md). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderClinicianSummary } from "./clinician.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette record, edited per test
type Rec = any;
const record = (): Rec =>
  JSON.parse(
    readFileSync(
      new URL("../../examples/vignettes/review-c11-no-data-14-months-on-r-maintenance.json", import.meta.url),
      "utf8",
    ),
  );
const progressionLine = (r: Rec) => {
  const text = renderClinicianSummary(assess(r), "text").replace(/\s+/g, " ");
  const m = /Progression: (.*?) - Basis:/.exec(text);
  if (!m) throw new Error("no Progression line");
  return m[1];
};

describe("Progression on overdue results (clinician)", () => {
  it("says the answer is from the last M-protein results and that they are overdue", () => {
    const line = progressionLine(record());
    expect(line).toMatch(/^no/);
    expect(line).toContain("2025-10-01");
    expect(line).toContain("overdue");
    expect(line).toContain("not known since");
  });

  it("stays a plain 'no' when the results are recent (control)", () => {
    const r = record();
    r.asOf = "2025-12-01"; // two months after the last results: nothing overdue
    expect(progressionLine(r)).toBe("no");
  });
});

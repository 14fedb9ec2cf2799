/** Completed months from the ASCT to progression (alert.early-relapse-after-asct reads it as < 12): the
 * count starts near the calendar months between the dates, and must equal counting month by month. */
import { describe, expect, it } from "vitest";
import type { TreatmentFact } from "../model/facts.js";
import { addMonths, compareDates } from "../response/dates.js";
import type { LinesOfTherapyResult } from "../response/lines.js";
import { monthsFromAsctToProgression } from "./early-relapse.js";

/** The plain count: months added to `from` one at a time while they stay on or before `to`. */
function countedMonths(from: string, to: string): number {
  let m = 0;
  while (compareDates(addMonths(from, m + 1), to) <= 0) m++;
  return m;
}

const asctEntry = (start: string) =>
  ({ start, asct: true, progressionDate: null }) as unknown as TreatmentFact;
const linesWithAsct = {
  lines: [{ includesAsct: true, entries: [0] }],
} as unknown as LinesOfTherapyResult;

describe("monthsFromAsctToProgression", () => {
  it("counts 9 completed months from an ASCT on 2026-01-10 to progression on 2026-10-20", () => {
    expect(monthsFromAsctToProgression([asctEntry("2026-01-10")], linesWithAsct, true, "2026-10-20")).toBe(9);
  });

  it("a month is completed only on its day: 2026-01-31 to 2026-02-27 and to 2026-03-31 as counted month by month", () => {
    const h = [asctEntry("2026-01-31")];
    expect(monthsFromAsctToProgression(h, linesWithAsct, true, "2026-02-27")).toBe(
      countedMonths("2026-01-31", "2026-02-27"),
    );
    expect(monthsFromAsctToProgression(h, linesWithAsct, true, "2026-03-31")).toBe(
      countedMonths("2026-01-31", "2026-03-31"),
    );
  });

  it("equals the month-by-month count on every pair of dates across month ends and years", () => {
    const days = ["01", "15", "28", "29", "30", "31"];
    const starts: string[] = [];
    for (const y of ["2023", "2024"])
      for (let m = 1; m <= 12; m++)
        for (const d of days) {
          const iso = `${y}-${String(m).padStart(2, "0")}-${d}`;
          if (
            !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) &&
            new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)
          )
            starts.push(iso);
        }
    let checked = 0;
    for (const from of starts)
      for (const to of starts.concat(["2025-02-28", "2025-03-01", "2026-12-31", "2030-01-01"])) {
        if (to < from) continue;
        expect(monthsFromAsctToProgression([asctEntry(from)], linesWithAsct, true, to)).toBe(
          countedMonths(from, to),
        );
        checked++;
      }
    expect(checked).toBeGreaterThan(9_000);
  });
});

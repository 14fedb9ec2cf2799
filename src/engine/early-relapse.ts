/** The situation fact of an early relapse after a transplant: completed months from the autologous
 * transplant of the latest line to that line's progression (the alert alert.early-relapse-after-asct reads
 * it; its sources are in knowledge/drug-rules.ts). */
import type { Situation } from "../knowledge/index.js";
import type { TreatmentFact } from "../model/facts.js";
import { compareDates, completedMonths, earlierDate, recordedProgressionDate } from "../response/dates.js";
import type { LinesOfTherapyResult } from "../response/lines.js";

/**
 * Completed months from the latest transplant of the latest line to the progression of that line; null
 * when the latest line has no transplant, has not progressed (or the record cannot tell), or the
 * progression date is not known. The progression date is the response's (the earliest of the measured and
 * the recorded dates), else the earliest date recorded on the line's entries.
 * @example monthsFromAsctToProgression(history, lines, true, "2026-10-20") // 9 (ASCT on 2026-01-10)
 */
export function monthsFromAsctToProgression(
  history: readonly TreatmentFact[],
  lines: LinesOfTherapyResult | null,
  progressed: boolean | null,
  responseProgressionDate: string | null,
): Situation["monthsFromAsctToProgression"] {
  if (lines === null || progressed !== true) return null;
  const line = lines.lines[lines.lines.length - 1];
  if (line === undefined || !line.includesAsct) return null;
  let asct: string | null = null;
  let recorded: string | null = null;
  for (const i of line.entries) {
    const t = history[i];
    if (t === undefined) continue;
    if (t.asct && (asct === null || compareDates(t.start, asct) > 0)) asct = t.start;
    recorded = earlierDate(recorded, recordedProgressionDate(t));
  }
  const progression = responseProgressionDate ?? recorded;
  if (asct === null || progression === null || compareDates(progression, asct) < 0) return null;
  return completedMonths(asct, progression);
}

/** Completed months from the latest autologous transplant (its start, latestAsctStart) to `asOf` (review
 * c13-6: how long ago the transplant that makes HSV/VZV prophylaxis apply was); null when none is recorded. */
export function monthsSinceAsct(asct: string | null, asOf: string): number | null {
  return asct === null ? null : completedMonths(asct, asOf);
}

/** The start date of the latest autologous transplant started on or before `asOf`; null when none. */
export function latestAsctStart(history: readonly TreatmentFact[], asOf: string): string | null {
  let asct: string | null = null;
  for (const t of history) {
    if (!t.asct || compareDates(t.start, asOf) > 0) continue;
    if (asct === null || compareDates(t.start, asct) > 0) asct = t.start;
  }
  return asct;
}

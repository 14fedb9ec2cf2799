/** The AL cardiac biomarkers at the start of the latest line, against today's (review c14, HARM 3: NT-proBNP
 * 2150 -> 4850 pg/mL and troponin T 0.031 -> 0.058 ng/mL on Dara-CyBorD, with the ASCT gates "met"). The
 * reference gives no cardiac progression criterion (treatments.md 6): the values are shown, never judged. */
import type { Facts, Measured, SeriesValue } from "../model/facts.js";
import { compareDates } from "../response/dates.js";
import type { LinesOfTherapyResult } from "../response/lines.js";
import { lastOnOrBefore } from "../response/series.js";

/** The latest value dated on or before `start`: the series' (lastOnOrBefore), or the current lab's when it is
 * later still; null when neither is. */
function valueAtOrBefore(series: readonly SeriesValue[], lab: Measured | null, start: string): number | null {
  const point = lastOnOrBefore(series, start);
  const labDate = lab?.date ?? null;
  if (lab !== null && labDate !== null && compareDates(labDate, start) <= 0)
    if (point === undefined || compareDates(labDate, point.date) > 0) return lab.value;
  return point?.value ?? null;
}

/** The start of the latest line, or null. */
function latestLineStart(lines: LinesOfTherapyResult | null): string | null {
  const last = lines?.lines[lines.lines.length - 1];
  return last?.start ?? null;
}

/**
 * NT-proBNP and troponin T at the start of the latest line, and whether either is higher today: true when
 * a today's value is above its line-start value, false when both pairs are known and neither is, null
 * otherwise (no line, or a value missing). Today's value is the current lab's.
 * @example cardiacMarkers(facts, lines) // { ntProBnpAtStart: 2150, troponinTAtStart: 0.031, rising: true }
 */
export function cardiacMarkers(
  facts: Facts,
  lines: LinesOfTherapyResult | null,
): { ntProBnpAtStart: number | null; troponinTAtStart: number | null; rising: boolean | null } {
  const start = latestLineStart(lines);
  if (start === null) return { ntProBnpAtStart: null, troponinTAtStart: null, rising: null };
  const { labs, series } = facts;
  const ntProBnpAtStart = valueAtOrBefore(series.ntProBnp, labs.ntProBnp, start);
  const troponinTAtStart = valueAtOrBefore(series.troponinT, labs.troponinT, start);
  const up = (at: number | null, now: Measured | null): boolean | null =>
    at === null || now === null || now.date === null || compareDates(now.date, start) <= 0
      ? null
      : now.value > at;
  const nt = up(ntProBnpAtStart, labs.ntProBnp);
  const tn = up(troponinTAtStart, labs.troponinT);
  const rising = nt === true || tn === true ? true : nt === false && tn === false ? false : null;
  return { ntProBnpAtStart, troponinTAtStart, rising };
}

/** The immunofixation results a response grade reads: the dated series plus the record's current result. */
import type { ImmunofixationResult } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import { compareDates } from "./dates.js";
import type { IfePoint, Points } from "./series.js";

/** `xs` (results up to asOf, sorted by date) with `current` as the result of `asOf`; a result the series
 * already has on that date is merged with it and "positive" wins, as in collectPoints (a duplicated date
 * never hides a band). Null when there is no current result. */
function withResultOn(
  xs: readonly IfePoint[],
  current: ImmunofixationResult | null,
  asOf: string,
): IfePoint[] | null {
  if (current === null) return null;
  const out = xs.slice();
  const last = out[out.length - 1];
  if (last !== undefined && compareDates(last.date, asOf) === 0)
    out[out.length - 1] = { date: asOf, result: last.result === "positive" ? "positive" : current };
  else out.push({ date: asOf, result: current });
  return out;
}

/**
 * The points a response grade reads, with the record's current immunofixation results
 * (`labs.serumImmunofixation`, `labs.urineImmunofixation`, which carry no date) taken as results of the
 * record's date, asOf: the reading every surface gives a current lab without a date (the record's labs
 * are its values as of asOf; the timeline dates them at the assessment date, web/timeline.ts). A grade
 * of IMWG CR (kumar-2016-lancet-oncol: negative serum and urine immunofixation) then reads them, and
 * the missing list no longer asks for a result the record gives. Only the grade reads these: the
 * monitoring plan keeps reading the dated series, since an undated result does not say when the test was
 * last done.
 */
export function withCurrentImmunofixation(pts: Points, facts: Facts): Points {
  const serumIfe = withResultOn(pts.serumIfe, facts.labs.serumImmunofixation, facts.asOf);
  const urineIfe = withResultOn(pts.urineIfe, facts.labs.urineImmunofixation, facts.asOf);
  if (serumIfe === null && urineIfe === null) return pts;
  return { ...pts, serumIfe: serumIfe ?? pts.serumIfe, urineIfe: urineIfe ?? pts.urineIfe };
}

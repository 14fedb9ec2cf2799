/** The dated values a response assessment reads: the record's series plus any dated current lab,
 * in canonical units, up to asOf, sorted by date (then value, so input order never matters). */
import type { ImmunofixationResult } from "../model/enums.js";
import type { Facts, Measured, SeriesValue } from "../model/facts.js";
import { FREELITE, flcRatioAbnormalForInvolved, flcRatioNormal } from "../model/flc.js";
import { compareDates } from "./dates.js";

export interface Point {
  date: string;
  value: number;
}

export interface FlcPoint {
  date: string;
  involved: number;
  uninvolved: number;
  /** Involved minus uninvolved FLC, mg/L. */
  dflc: number;
  /** kappa/lambda ratio within 0.26-1.65; null when it cannot be told (light chain unknown). */
  ratioNormal: boolean | null;
  /** The ratio abnormal in the direction of the involved chain (kappa/lambda > 1.65 for kappa, < 0.26 for
   * lambda); null when it cannot be told (light chain unknown and the two readings disagree). */
  abnormalForInvolved: boolean | null;
}

export interface IfePoint {
  date: string;
  result: ImmunofixationResult;
}

export interface Points {
  serum: Point[];
  urine: Point[];
  flc: FlcPoint[];
  marrow: Point[];
  serumIfe: IfePoint[];
  urineIfe: IfePoint[];
  hemoglobin: Point[];
}

/** Normal serum FLC ratio (kappa/lambda) 0.26-1.65 (Freelite): its one definition is in model/flc. */
export const FLC_RATIO_NORMAL = FREELITE.ratio;
export { flcRatioNormal };

/** By date, then value: one comparator for every series (a module-level function, not one per call). */
function byDateThenValue(a: Point, b: Point): number {
  return compareDates(a.date, b.date) || a.value - b.value;
}

/** `pts` sorted by date, then value. Facts keep every series sorted by date, so the points usually are
 * in order already: they are checked first (one pass) and sorted only when not (a stable sort leaves a
 * list in order as it is). */
function sortedByDateThenValue(pts: Point[]): Point[] {
  for (let i = 1; i < pts.length; i++)
    if (byDateThenValue(pts[i - 1]!, pts[i]!) > 0) return pts.sort(byDateThenValue);
  return pts;
}

/** The series' points (fresh objects) plus the dated current lab when its date is not in the series,
 * up to asOf, sorted. */
export function withLab(series: readonly SeriesValue[], lab: Measured | null, asOf: string): Point[] {
  const pts: Point[] = [];
  let labDateInSeries = false;
  for (const p of series) {
    if (lab?.date && p.date === lab.date) labDateInSeries = true;
    if (compareDates(p.date, asOf) <= 0) pts.push({ date: p.date, value: p.value });
  }
  if (lab?.date && !labDateInSeries && compareDates(lab.date, asOf) <= 0)
    pts.push({ date: lab.date, value: lab.value });
  return sortedByDateThenValue(pts);
}

/** One value per date: the highest, so that a duplicated date never hides a rise. `pts` is sorted by
 * date and its points are fresh (withLab and collectPoints copy them), so they are kept, not copied again. */
function onePerDate(pts: Point[]): Point[] {
  // Usually each date is there once already: then the list is kept as it is (no copy of it).
  let repeat = false;
  for (let i = 1; !repeat && i < pts.length; i++) repeat = pts[i]!.date === pts[i - 1]!.date;
  if (!repeat) return pts;
  const out: Point[] = [];
  for (const p of pts) {
    // Guarded: an index of -1 (the empty list) is a slow property look-up, not an element read.
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && last.date === p.date) last.value = Math.max(last.value, p.value);
    else out.push(p);
  }
  return out;
}

/** The FLC pairs: each involved value with the uninvolved one of the same date. */
function flcPairs(involved: readonly Point[], uninvolved: readonly Point[], facts: Facts): FlcPoint[] {
  const flc: FlcPoint[] = [];
  for (const i of involved) {
    const u = uninvolved.find((x) => x.date === i.date);
    if (!u) continue;
    flc.push({
      date: i.date,
      involved: i.value,
      uninvolved: u.value,
      dflc: i.value - u.value,
      ratioNormal: flcRatioNormal(i.value, u.value, facts.labs.lightChain),
      abnormalForInvolved: flcRatioAbnormalForInvolved(i.value, u.value, facts.labs.lightChain),
    });
  }
  return flc;
}

/** Immunofixation results up to asOf, one per date (facts keep every series sorted by date). */
function ifeUpTo(xs: readonly IfePoint[], asOf: string): IfePoint[] {
  return onePerDateIfe(xs.filter((p) => compareDates(p.date, asOf) <= 0));
}

/** The marrow series plus the record's dated marrow when its date is not in the series, up to asOf. */
export function marrowPoints(facts: Facts): Point[] {
  const m = facts.marrow;
  const pts: Point[] = [];
  let dateInSeries = false;
  for (const p of facts.series.clonalPlasmaCellPercent) {
    if (p.date === m.date) dateInSeries = true;
    if (compareDates(p.date, facts.asOf) <= 0) pts.push({ date: p.date, value: p.value });
  }
  if (
    m.date !== null &&
    m.clonalPlasmaCellPercent !== null &&
    !dateInSeries &&
    compareDates(m.date, facts.asOf) <= 0
  )
    pts.push({ date: m.date, value: m.clonalPlasmaCellPercent });
  return onePerDate(sortedByDateThenValue(pts));
}

/** Every dated series a response, monitoring or evolving-disease assessment reads. Pure: the engine
 * collects it once and passes it to each (none of them changes it). */
export function collectPoints(facts: Facts): Points {
  const { series, labs, asOf } = facts;
  const involved = onePerDate(withLab(series.involvedFreeLightChain, labs.involvedFreeLightChain, asOf));
  const uninvolved = onePerDate(
    withLab(series.uninvolvedFreeLightChain, labs.uninvolvedFreeLightChain, asOf),
  );
  return {
    serum: onePerDate(withLab(series.serumMProtein, labs.serumMProtein, asOf)),
    urine: onePerDate(withLab(series.urineMProtein, labs.urineMProtein, asOf)),
    flc: flcPairs(involved, uninvolved, facts),
    marrow: marrowPoints(facts),
    serumIfe: ifeUpTo(series.serumImmunofixation, asOf),
    urineIfe: ifeUpTo(series.urineImmunofixation, asOf),
    hemoglobin: withLab(series.hemoglobin, labs.hemoglobin, asOf),
  };
}

/** One result per date; "positive" wins, so a duplicated date never hides a band. */
function onePerDateIfe(xs: IfePoint[]): IfePoint[] {
  const out: IfePoint[] = [];
  for (const p of xs) {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && last.date === p.date) {
      if (p.result === "positive") last.result = "positive";
    } else out.push({ ...p });
  }
  return out;
}

/** The last point on or before `date`, or undefined. */
export function lastOnOrBefore<T extends { date: string }>(pts: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const p of pts) if (compareDates(p.date, date) <= 0) found = p;
  return found;
}

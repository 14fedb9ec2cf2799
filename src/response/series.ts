/** The dated values a response assessment reads: the record's series plus any dated current lab,
 * in canonical units, up to asOf, sorted by date (then value, so input order never matters). */
import type { ImmunofixationResult } from "../model/enums.js";
import type { Facts, Measured, SeriesValue } from "../model/facts.js";
import { FREELITE, flcRatioNormal } from "../model/flc.js";
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

const byDateValue =
  <T extends { date: string }>(key: (p: T) => number) =>
  (a: T, b: T) =>
    compareDates(a.date, b.date) || key(a) - key(b);

function withLab(series: SeriesValue[], lab: Measured | null, asOf: string): Point[] {
  const pts: Point[] = series.map((p) => ({ date: p.date, value: p.value }));
  if (lab?.date && !pts.some((p) => p.date === lab.date)) pts.push({ date: lab.date, value: lab.value });
  return pts.filter((p) => compareDates(p.date, asOf) <= 0).sort(byDateValue((p) => p.value));
}

/** One value per date: the highest, so that a duplicated date never hides a rise. */
function onePerDate(pts: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of pts) {
    const last = out[out.length - 1];
    if (last && last.date === p.date) last.value = Math.max(last.value, p.value);
    else out.push({ ...p });
  }
  return out;
}

export function collectPoints(facts: Facts): Points {
  const { series, labs, asOf } = facts;
  const involved = onePerDate(withLab(series.involvedFreeLightChain, labs.involvedFreeLightChain, asOf));
  const uninvolved = onePerDate(
    withLab(series.uninvolvedFreeLightChain, labs.uninvolvedFreeLightChain, asOf),
  );
  const flc: FlcPoint[] = involved.flatMap((i) => {
    const u = uninvolved.find((x) => x.date === i.date);
    if (!u) return [];
    return [
      {
        date: i.date,
        involved: i.value,
        uninvolved: u.value,
        dflc: i.value - u.value,
        ratioNormal: flcRatioNormal(i.value, u.value, labs.lightChain),
      },
    ];
  });
  const marrowSeries = series.clonalPlasmaCellPercent.map((p) => ({ date: p.date, value: p.value }));
  const m = facts.marrow;
  if (m.date !== null && m.clonalPlasmaCellPercent !== null && !marrowSeries.some((p) => p.date === m.date))
    marrowSeries.push({ date: m.date, value: m.clonalPlasmaCellPercent });
  // Facts keep every series sorted by date; a duplicated date is resolved by onePerDateIfe.
  const ife = (xs: IfePoint[]) => onePerDateIfe(xs.filter((p) => compareDates(p.date, asOf) <= 0));
  return {
    serum: onePerDate(withLab(series.serumMProtein, labs.serumMProtein, asOf)),
    urine: onePerDate(withLab(series.urineMProtein, labs.urineMProtein, asOf)),
    flc,
    marrow: onePerDate(
      marrowSeries.filter((p) => compareDates(p.date, asOf) <= 0).sort(byDateValue((p) => p.value)),
    ),
    serumIfe: ife(series.serumImmunofixation),
    urineIfe: ife(series.urineImmunofixation),
    hemoglobin: withLab(series.hemoglobin, labs.hemoglobin, asOf),
  };
}

/** One result per date; "positive" wins, so a duplicated date never hides a band. */
function onePerDateIfe(xs: IfePoint[]): IfePoint[] {
  const out: IfePoint[] = [];
  for (const p of xs) {
    const last = out[out.length - 1];
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

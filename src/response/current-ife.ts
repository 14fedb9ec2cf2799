/** The immunofixation results a response grade reads: the dated series plus the record's current result. */
import type { ImmunofixationResult } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import { compareDates } from "./dates.js";
import type { IfePoint, Points } from "./series.js";

/** `xs` (results up to asOf, sorted by date) with `current` as the result of `asOf`; a result the series
 * already has on that date is merged with it and "positive" wins, as in collectPoints (a duplicated date
 * never hides a band). */
function withResultOn(xs: readonly IfePoint[], current: ImmunofixationResult, asOf: string): IfePoint[] {
  const out = xs.slice();
  // Guarded: an index of -1 (the empty list) is a slow property look-up, not an element read.
  const last = out.length > 0 ? out[out.length - 1] : undefined;
  if (last !== undefined && compareDates(last.date, asOf) === 0)
    out[out.length - 1] = { date: asOf, result: last.result === "positive" ? "positive" : current };
  else out.push({ date: asOf, result: current });
  return out;
}

/** Whether a dated value of a response parameter lies on `asOf`: an assessment of the record's date. */
function assessedOn(pts: Points, asOf: string): boolean {
  const on = (xs: readonly { date: string }[]) => {
    const last = xs.length > 0 ? xs[xs.length - 1] : undefined;
    return last !== undefined && compareDates(last.date, asOf) === 0;
  };
  return (
    on(pts.serum) || on(pts.urine) || on(pts.flc) || on(pts.marrow) || on(pts.serumIfe) || on(pts.urineIfe)
  );
}

export type UndatedIfeField = "labs.serumImmunofixation" | "labs.urineImmunofixation";

export interface GradedPoints {
  pts: Points;
  /** The record's current immunofixation results left out of the grade: they have no date, no dated value of
   * the record's date exists for them to join, and the dated series does not end on the same result. */
  undatedNotUsed: UndatedIfeField[];
}

/** Whether the dated results (sorted by date) end on `result`: the undated current result then says what the series
 * already holds with its date, and its own date is not asked for (review c85-m2: serum and urine immunofixation
 * negative in the series on 2026-11-10 and negative undated in `labs`: the record was asked for their dates). */
const seriesEndsOn = (xs: readonly IfePoint[], result: ImmunofixationResult): boolean =>
  xs.length > 0 && xs[xs.length - 1]!.result === result;

/**
 * The points a response grade reads, with the record's current immunofixation results
 * (`labs.serumImmunofixation`, `labs.urineImmunofixation`, which carry no date) read as results of the
 * record's date, asOf, only when the record has a dated value of that date (a serum or urine M-protein,
 * FLC pair, marrow or dated immunofixation of asOf): they then complete that assessment, and a grade of
 * IMWG CR (kumar-2016-lancet-oncol: negative serum and urine immunofixation) can read them. Without one
 * they are not used: IMWG 2016 confirms a response by two consecutive assessments (criteria-and-scores.md
 * 6.2), and an undated result placed on asOf would make an assessment of its own and "confirm" a single
 * dated sample (review c8, vignette review-c8-20b). Only the grade reads these: the monitoring plan keeps
 * reading the dated series, since an undated result does not say when the test was last done.
 */
export function withCurrentImmunofixation(pts: Points, facts: Facts): GradedPoints {
  const { serumImmunofixation: serum, urineImmunofixation: urine } = facts.labs;
  if (serum === null && urine === null) return { pts, undatedNotUsed: [] };
  if (!assessedOn(pts, facts.asOf)) {
    const undatedNotUsed: UndatedIfeField[] = [];
    if (serum !== null && !seriesEndsOn(pts.serumIfe, serum)) undatedNotUsed.push("labs.serumImmunofixation");
    if (urine !== null && !seriesEndsOn(pts.urineIfe, urine)) undatedNotUsed.push("labs.urineImmunofixation");
    return { pts, undatedNotUsed };
  }
  return {
    pts: {
      ...pts,
      serumIfe: serum === null ? pts.serumIfe : withResultOn(pts.serumIfe, serum, facts.asOf),
      urineIfe: urine === null ? pts.urineIfe : withResultOn(pts.urineIfe, urine, facts.asOf),
    },
    undatedNotUsed: [],
  };
}

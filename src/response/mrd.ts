/** The marrow MRD result read with the response of the line it belongs to (IMWG 2016). */
import type { ResponseCategory } from "../model/enums.js";
import type { Facts, MrdPoint } from "../model/facts.js";
import { compareDates } from "./dates.js";

/** How a recorded MRD result can be read: "in-cr" with the CR or sCR it belongs to; "below-cr" the
 * response is below CR, where the MRD categories do not apply; "cr-not-known" the response is not graded
 * (not measurable, or held back by antibody interference), so whether it is CR is not known; "before-line"
 * the marrow predates the line, so it is no result of it. */
export type MrdReadingKind = "in-cr" | "below-cr" | "cr-not-known" | "before-line";

export interface MrdReading {
  /** The latest result recorded (`series.mrd`, or `marrow.mrd`). */
  result: "negative" | "positive";
  /** The marrow's date; null when the record gives none (then read as of the record's date). */
  date: string | null;
  reading: MrdReadingKind;
  /** The method and sensitivity recorded with it (`series.mrd`, added 2026-12-04, review c20: the screen
   * said "not recorded" when they were); null when not recorded. The IMWG MRD-negative categories need NGF
   * or NGS at 1 in 10^5 or better (imwgMrdNegative). */
  method?: MrdPoint["method"];
  sensitivity?: number | null;
  /** CR or sCR, graded at the marrow's date (the latest assessment of the line on or before it) while today's
   * response is below CR or not graded (from engine 0.2.38; review c28-m2: an MRD taken in CR was read against
   * today's VGPR); absent otherwise. */
  responseAtMarrow?: ResponseCategory;
}

const IN_CR = (c: ResponseCategory | null | undefined): boolean => c === "CR" || c === "sCR";

/** The dated MRD results: the series, and the marrow's own result on its date when the series has none on
 * that date (marrow.mrd stays the latest marrow's result). Oldest first. */
export function mrdResults(facts: Facts): MrdPoint[] {
  const points = facts.series.mrd;
  const { mrd, date } = facts.marrow;
  if (mrd === null || date === null || points.some((p) => p.date === date)) return points;
  const out = [...points, { date, result: mrd, method: null, sensitivity: null }];
  out.sort((a, b) => compareDates(a.date, b.date));
  return out;
}

/** The IMWG minimum sensitivity of flow (NGF) or sequencing (NGS) MRD negativity: 1 in 10^5 nucleated cells
 * (criteria-and-scores.md 6.3, kumar-2016-lancet-oncol). */
export const IMWG_MRD_SENSITIVITY = 1e-5;

/** Whether a negative MRD result is IMWG MRD-negative (6.3: NGF or NGS, sensitivity 1 in 10^5 or better):
 * true, false (method "other", or a sensitivity recorded coarser than 1 in 10^5), or null when the method or
 * the sensitivity is not recorded (never read as meeting it). */
export function imwgMrdNegative(p: MrdPoint): boolean | null {
  if (p.result !== "negative") return false;
  if (p.method === "other") return false;
  if (p.sensitivity !== null && p.sensitivity > IMWG_MRD_SENSITIVITY) return false;
  if (p.method === null || p.sensitivity === null) return null;
  return true;
}

/**
 * The MRD result of the record's marrow for the current line, or null when none is recorded.
 * kumar-2016-lancet-oncol (criteria-and-scores.md 6.3): "MRD categories apply only to patients in CR or
 * sCR", so a result is read only with a CR or sCR; below CR it is shown as not interpretable, never as a
 * deeper response.
 * @example readMrd(facts, "2024-09-01", "CR")?.reading // "in-cr"
 */
export function readMrd(
  facts: Facts,
  lineStart: string,
  current: ResponseCategory | null,
  /** The line's grades by assessment date, oldest first (the response's own). */
  grades: readonly { date: string; category: ResponseCategory }[] = [],
): MrdReading | null {
  // The latest result: the marrow's own when it has no date (read as of the record's date), else the
  // latest dated one, the series' on the marrow's date (it carries the method and sensitivity).
  const undated = facts.marrow.mrd !== null && facts.marrow.date === null;
  const points = undated ? [] : mrdResults(facts);
  const latest = points[points.length - 1];
  if (!undated && latest === undefined) return null;
  const mrd = latest?.result ?? facts.marrow.mrd!;
  const date = latest?.date ?? null;
  // The grade of the latest assessment on or before the marrow's date: the response the MRD was taken in.
  let atMarrow: ResponseCategory | undefined;
  if (date !== null) for (const g of grades) if (compareDates(g.date, date) <= 0) atMarrow = g.category;
  const reading: MrdReadingKind =
    date !== null && compareDates(date, lineStart) <= 0
      ? "before-line"
      : IN_CR(current)
        ? "in-cr"
        : current === null
          ? "cr-not-known"
          : "below-cr";
  const out: MrdReading = {
    result: mrd,
    date,
    reading,
    method: latest?.method ?? null,
    sensitivity: latest?.sensitivity ?? null,
  };
  // Said only of a CR at the marrow's date that is not today's: the MRD was taken in CR (review c28-m2). A grade
  // below CR at that date while CR now is not said: an assessment may lack a test (an immunofixation recorded
  // undated joins today's only) that the marrow's own day had.
  if (reading === "below-cr" || reading === "cr-not-known")
    if (atMarrow !== undefined && IN_CR(atMarrow)) out.responseAtMarrow = atMarrow;
  return out;
}

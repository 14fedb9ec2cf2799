/** The facts the PERSEUS daratumumab stop rule reads (review c9-F9): months of daratumumab-lenalidomide
 * maintenance, and whether marrow MRD negativity is sustained for >= 12 months. treatments.md 3d (D-R after
 * D-VRd: daratumumab stopped after >= 24 months if MRD negativity is sustained for >= 12 months,
 * sonneveld-2024-nejm); criteria-and-scores.md 6.3 (sustained MRD-negative: confirmed >= 1 year apart,
 * kumar-2016-lancet-oncol); treatments.md 10 (store MRD results with method, sensitivity and date). Codes
 * only: the words are the knowledge entry's. */
import type { Facts, MrdPoint } from "../model/facts.js";
import { addMonths, compareDates, completedMonths } from "../response/dates.js";

/**
 * Completed months of the daratumumab-lenalidomide maintenance being given (an entry recorded as phase
 * "maintenance", not ended by the record's date, whose drugs include both); null when none is given.
 */
export function daraLenMaintenanceMonths(facts: Facts): number | null {
  let out: number | null = null;
  for (const t of facts.treatmentHistory) {
    if (t.phase !== "maintenance") continue;
    if (t.end !== null && compareDates(t.end, facts.asOf) < 0) continue;
    if (t.progressionDate !== null || t.progressedOn === true) continue;
    if (!t.drugs.includes("daratumumab") || !t.drugs.includes("lenalidomide")) continue;
    if (compareDates(t.start, facts.asOf) > 0) continue;
    out = completedMonths(t.start, facts.asOf);
  }
  return out;
}

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

/**
 * Marrow MRD negativity sustained for >= 12 months: the latest result negative, and the first negative of
 * the run of negatives it ends (no positive between) at least 12 months before it. False when the latest
 * result is positive or the run is shorter; null when no dated MRD result is recorded.
 */
export function mrdNegativeSustained(facts: Facts): boolean | null {
  const points = mrdResults(facts);
  if (points.length === 0) return null;
  const last = points[points.length - 1]!;
  if (last.result !== "negative") return false;
  let first = last;
  for (let i = points.length - 2; i >= 0 && points[i]!.result === "negative"; i--) first = points[i]!;
  return compareDates(addMonths(first.date, 12), last.date) <= 0;
}

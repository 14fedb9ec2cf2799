/** The facts the PERSEUS daratumumab stop rule reads (review c9-F9): months of daratumumab-lenalidomide
 * maintenance, and whether marrow MRD negativity is sustained for >= 12 months. treatments.md 3d (D-R after
 * D-VRd: daratumumab stopped after >= 24 months if MRD negativity is sustained for >= 12 months,
 * sonneveld-2024-nejm); criteria-and-scores.md 6.3 (sustained MRD-negative: confirmed >= 1 year apart,
 * kumar-2016-lancet-oncol); treatments.md 10 (store MRD results with method, sensitivity and date). Codes
 * only: the words are the knowledge entry's. */
import type { Facts, MrdPoint, TreatmentFact } from "../model/facts.js";
import { addMonths, compareDates, completedMonths } from "../response/dates.js";
import { canonicalDrugName } from "../response/drug-classes.js";
import { imwgMrdNegative, mrdResults } from "../response/mrd.js";

/** Completed months of the latest treatment entry given on the record's date (started by it, not ended
 * before it) that `matches`; null when none is. */
function monthsOfEntryGivenNow(facts: Facts, matches: (t: TreatmentFact) => boolean): number | null {
  let out: number | null = null;
  for (const t of facts.treatmentHistory) {
    if (t.end !== null && compareDates(t.end, facts.asOf) < 0) continue;
    if (compareDates(t.start, facts.asOf) > 0) continue;
    if (matches(t)) out = completedMonths(t.start, facts.asOf);
  }
  return out;
}

/**
 * Completed months of the daratumumab-lenalidomide maintenance being given (an entry recorded as phase
 * "maintenance", not ended by the record's date, whose drugs include both); null when none is given.
 */
export function daraLenMaintenanceMonths(facts: Facts): number | null {
  return monthsOfEntryGivenNow(
    facts,
    (t) =>
      t.phase === "maintenance" &&
      t.progressionDate === null &&
      t.progressedOn !== true &&
      t.drugs.includes("daratumumab") &&
      t.drugs.includes("lenalidomide"),
  );
}

/**
 * Completed months of the daratumumab given alone for smouldering myeloma now (a treatment entry with setting
 * "smoldering-myeloma", not ended by the record's date, whose drugs are daratumumab only: the AQUILA fixed
 * course, up to 39 cycles / 36 months, treatments.md 2b); null when none is given. Its own fact beside the
 * PERSEUS one: both are fixed daratumumab durations the cards read (review c20-2).
 */
export function smmDaratumumabMonths(facts: Facts): number | null {
  return monthsOfEntryGivenNow(
    facts,
    (t) =>
      t.setting === "smoldering-myeloma" &&
      t.drugs.length > 0 &&
      t.drugs.every((d) => canonicalDrugName(d) === "daratumumab"),
  );
}

/**
 * IMWG marrow MRD negativity sustained for >= 12 months (criteria-and-scores.md 6.3: NGF or NGS, sensitivity
 * at least 1 in 10^5, confirmed >= 1 year apart): the latest result negative, and two negatives of the run
 * it ends (no positive between) at least 12 months apart that each meet the IMWG definition. False when the
 * latest result is positive, the run is shorter, or its results are recorded below the IMWG sensitivity or
 * by another method (review c20-1: "yes" was read from two negatives at 1 in 10^4); null when no dated MRD
 * result is recorded, or when only results without their method or sensitivity could make it.
 */
export function mrdNegativeSustained(facts: Facts): boolean | null {
  const points = mrdResults(facts);
  if (points.length === 0) return null;
  const last = points[points.length - 1]!;
  if (last.result !== "negative") return false;
  const run: MrdPoint[] = [last];
  for (let i = points.length - 2; i >= 0 && points[i]!.result === "negative"; i--) run.unshift(points[i]!);
  /** Two results of `pool` at least 12 months apart: the earliest and the latest of it. */
  const spans = (pool: MrdPoint[]) =>
    pool.length >= 2 && compareDates(addMonths(pool[0]!.date, 12), pool[pool.length - 1]!.date) <= 0;
  if (spans(run.filter((p) => imwgMrdNegative(p) === true))) return true;
  return spans(run.filter((p) => imwgMrdNegative(p) !== false)) ? null : false;
}

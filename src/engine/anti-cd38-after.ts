/** How long since an anti-CD38 antibody was last given, for what outlasts it (review c33-W2: the blood bank and
 * hepatitis B items stopped with the entry): the panreactive antibody screen for ~2-6 months after the last dose
 * (treatments.md 7b, oostendorp-2015-transfusion), and hepatitis B monitoring for at least 6 months after
 * daratumumab ends (its label, daratumumab-hbv-reactivation-2019). */
import type { TreatmentFact } from "../model/facts.js";
import { compareDates, daysBetween } from "../response/dates.js";
import { canonicalDrugName, DrugClass, drugClass } from "../response/drug-classes.js";
import { overOnLaterTherapy, stoppedEndNotRecorded } from "../response/lines.js";

export interface AntiCd38After {
  /** Days from the latest last dose of an anti-CD38 antibody to asOf; null when one is given now or none was. */
  days: number | null;
  /** The same for daratumumab alone (its hepatitis B warning). */
  daratumumabDays: number | null;
}

/** The day entry `position` (line order) was last given on or before `asOf`: its end, or, with no end, the start
 * of the later therapy that ended it (the latest day it can have been given); null while it is given. Stopped on a
 * day not recorded with nothing after it: asOf, the latest day it can have been given (review c57-W1: the blood-bank
 * alert went with the end). */
function lastDay(history: readonly TreatmentFact[], position: number, asOf: string): string | null {
  const t = history[position]!;
  if (t.end !== null) return compareDates(t.end, asOf) < 0 ? t.end : null;
  return overOnLaterTherapy(history, position, asOf) ?? (stoppedEndNotRecorded(t) ? asOf : null);
}

/**
 * @example antiCd38After(history, "2026-12-01", ["lenalidomide"]) // DRd ended 2026-10-02: { days: 60, daratumumabDays: 60 }
 */
export function antiCd38After(
  history: readonly TreatmentFact[],
  asOf: string,
  /** The drugs given now (options.ts runningDrugs). */
  running: readonly string[],
): AntiCd38After {
  let onAntiCd38 = false;
  let onDaratumumab = false;
  for (const d of running) {
    const name = canonicalDrugName(d);
    if (drugClass(name) !== DrugClass.antiCd38) continue;
    onAntiCd38 = true;
    if (name === "daratumumab") onDaratumumab = true;
  }
  let latest: string | null = null;
  let latestDaratumumab: string | null = null;
  for (let i = 0; i < history.length; i++) {
    const t = history[i]!;
    if (compareDates(t.start, asOf) > 0) continue;
    let anti = false;
    let dara = false;
    for (const d of t.drugs) {
      const name = canonicalDrugName(d);
      if (drugClass(name) !== DrugClass.antiCd38) continue;
      anti = true;
      if (name === "daratumumab") dara = true;
    }
    if (!anti) continue;
    const day = lastDay(history, i, asOf);
    if (day === null) continue;
    if (latest === null || compareDates(day, latest) > 0) latest = day;
    if (dara && (latestDaratumumab === null || compareDates(day, latestDaratumumab) > 0))
      latestDaratumumab = day;
  }
  return {
    days: onAntiCd38 || latest === null ? null : daysBetween(latest, asOf),
    daratumumabDays:
      onDaratumumab || latestDaratumumab === null ? null : daysBetween(latestDaratumumab, asOf),
  };
}

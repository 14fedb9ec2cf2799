/** Blood counts against the lenalidomide maintenance start after a transplant (review c14, lead):
 * treatments.md 3d, "start after count recovery (ANC >=1000/uL and/or plt >=75,000/uL)" (label). */
import type { Facts, Measured } from "../model/facts.js";
import { compareDates } from "../response/dates.js";
import { below } from "../scores/compare.js";

/** ANC 1000/uL and platelets 75,000/uL in the canonical 10^9/L. */
const ANC_START_E9L = 1.0;
const PLATELETS_START_E9L = 75;

/**
 * Whether the counts since the latest transplant meet the lenalidomide maintenance start: false when a
 * count taken after the transplant (an undated one is the current value) is below its number, true when
 * both are at or above it, null when a count is missing or older than the transplant, or there is none.
 * The label's "and/or" is not resolved: one count below is enough to say the counts have not recovered.
 * `asct`: the start of the latest transplant (early-relapse latestAsctStart), null when there is none.
 * @example countRecoverySinceAsct(labs, "2026-10-20") // false (ANC 0.8 x10^9/L on 2026-11-28)
 */
export function countRecoverySinceAsct(labs: Facts["labs"], asct: string | null): boolean | null {
  if (asct === null) return null;
  const anc = countSince(labs.neutrophils, asct);
  const platelets = countSince(labs.platelets, asct);
  if (
    (anc !== null && below(anc, ANC_START_E9L)) ||
    (platelets !== null && below(platelets, PLATELETS_START_E9L))
  )
    return false;
  return anc !== null && platelets !== null ? true : null;
}

/** The value of a count taken after `date` (a transplant's start, a CAR-T infusion's day; an undated count is the
 * current one), else null: a count of that day may have been taken before it. */
export function countSince(m: Measured | null, date: string): number | null {
  if (m === null) return null;
  return m.date === null || compareDates(m.date, date) > 0 ? m.value : null;
}

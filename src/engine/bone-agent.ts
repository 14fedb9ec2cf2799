/** The facts the IMWG 2021 zoledronic acid de-escalation reads (review c11-M4): treatments.md 8a, "after
 * >= 12 monthly doses, if >= VGPR, consider every 3 months or stopping; continue if < VGPR; restart at
 * relapse" (terpos-2021-lancet-oncol). The record holds the months of a running entry, not the doses given:
 * the words say so. Codes only: the words are the knowledge entry's. */
import type { ResponseCategory } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import { compareDates, completedMonths } from "../response/dates.js";
import { canonicalDrugName } from "../response/drug-classes.js";
import type { LinesOfTherapyResult } from "../response/lines.js";

/** The zoledronic acid given now: the earliest start of the entries with it running on asOf, and the
 * completed months since (both null when none runs); and whether an entry of it stopped for toxicity. */
export function zoledronicAcidCourse(facts: Facts): {
  since: string | null;
  months: number | null;
  stoppedForToxicity: boolean;
} {
  let since: string | null = null;
  let stoppedForToxicity = false;
  for (const t of facts.treatmentHistory) {
    if (compareDates(t.start, facts.asOf) > 0) continue;
    if (!t.drugs.some((d) => canonicalDrugName(d) === "zoledronic acid")) continue;
    if (t.stopReason === "toxicity") stoppedForToxicity = true;
    if (t.end !== null && compareDates(t.end, facts.asOf) < 0) continue;
    if (since === null || compareDates(t.start, since) < 0) since = t.start;
  }
  return { since, months: since === null ? null : completedMonths(since, facts.asOf), stoppedForToxicity };
}

const VGPR_OR_BETTER: readonly string[] = ["sCR", "CR", "VGPR"];

/** VGPR or better now: false after progression; the IMWG grade of the assessed line when the values give
 * one; else the best response recorded for the latest line; null when neither is known. */
export function responseVgprOrBetter(
  graded: ResponseCategory | null,
  lines: LinesOfTherapyResult | null,
  progression: boolean | null,
): boolean | null {
  if (progression === true) return false;
  if (graded !== null) return VGPR_OR_BETTER.includes(graded);
  const recorded = lines?.lines[lines.lines.length - 1]?.bestResponse ?? null;
  return recorded === null ? null : VGPR_OR_BETTER.includes(recorded);
}

/** Review c88-W1: a marrow or skeletal imaging dated before the serum finding that now puts an untreated patient in a
 * higher category (the M-protein first reaching the smouldering level) does not rule out the myeloma-defining events
 * it would otherwise rule out.
 *
 * criteria-and-scores.md 1.1 and 1.2 define the events and the smouldering burden but say nothing of how old a marrow
 * or a scan may be; treatments.md 2a gives no work-up for MGUS that progresses. What the reference does say is that
 * an absent test is not a negative test (1.1, notes for code). A marrow of 7% and a CT with no lesion, both done when
 * the M-protein was 1.6 g/dL, say nothing of today's marrow or bones after it rose to 3.2 g/dL. Reading them as
 * "not met" is the project's choice this module undoes: the project's reading, UNVERIFIED. A result that is met (a
 * lesion, a marrow >= 60%) stays met whatever its date: only what a result would rule out is left not known. */
import type { Facts } from "../../model/facts.js";
import { compareDates } from "../../response/dates.js";
import { gte } from "./logic.js";

/** The smouldering level the series reached (criteria-and-scores.md 1.2, item 1). */
export type LevelFinding = "serum-m-protein" | "urine-m-protein";

/** When the series first reached the smouldering level, and the marrow and imaging dated before it. */
export interface WorkUpBefore {
  /** The first date a value at the level followed a value below it. */
  reachedOn: string;
  finding: LevelFinding;
  /** The marrow's date when it is before `reachedOn`, else null. */
  marrow: string | null;
  /** The imaging's date when it is before `reachedOn`, else null. */
  imaging: string | null;
}

const LEVEL: Record<LevelFinding, { key: "serumMProtein" | "urineMProtein"; at: number }> = {
  "serum-m-protein": { key: "serumMProtein", at: 3 },
  "urine-m-protein": { key: "urineMProtein", at: 500 },
};

/** The level's words ("the serum M-protein reached 3 g/dL"). */
export const LEVEL_WORDS: Record<LevelFinding, string> = {
  "serum-m-protein": "the serum M-protein reached 3 g/dL",
  "urine-m-protein": "the urine M-protein reached 500 mg/24 h",
};

/**
 * The first date the series (with the dated current value) reached `finding`'s level after a value below it, when the
 * current value is at the level; null otherwise (never below it in the record, or below it now). One value per date
 * is the one with the latest date's reading of the day: a day with values on both sides counts as at the level.
 */
export function levelFirstReached(facts: Facts, finding: LevelFinding): string | null {
  const { key, at } = LEVEL[finding];
  const now = facts.labs[key];
  if (now === null || !gte(now.value, at)) return null;
  const pts: { date: string; value: number }[] = [];
  for (const p of facts.series[key]) if (compareDates(p.date, facts.asOf) <= 0) pts.push(p);
  if (now.date !== null && compareDates(now.date, facts.asOf) <= 0)
    pts.push({ date: now.date, value: now.value });
  pts.sort((a, b) => compareDates(a.date, b.date));
  let below: string | null = null;
  for (const p of pts) {
    if (!gte(p.value, at)) {
      if (below === null) below = p.date;
    } else if (below !== null && compareDates(p.date, below) > 0) return p.date;
  }
  return null;
}

const cache = new WeakMap<Facts, WorkUpBefore | null>();

/**
 * The marrow and imaging dated before the smouldering level was first reached (levelFirstReached), in an untreated
 * record whose marrow did not already show the smouldering burden (clonal plasma cells >= 10%: the serum finding then
 * moved nothing). Null when neither predates it, or nothing was reached. Read once per Facts.
 */
export function workUpBeforeSmmLevel(facts: Facts): WorkUpBefore | null {
  const known = cache.get(facts);
  if (known !== undefined) return known;
  const found = find(facts);
  cache.set(facts, found);
  return found;
}

function find(facts: Facts): WorkUpBefore | null {
  if (facts.treatmentHistory.length > 0) return null;
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  if (bmpc !== null && gte(bmpc, 10)) return null;
  let reached: { date: string; finding: LevelFinding } | null = null;
  for (const finding of ["serum-m-protein", "urine-m-protein"] as const) {
    const date = levelFirstReached(facts, finding);
    if (date !== null && (reached === null || compareDates(date, reached.date) < 0))
      reached = { date, finding };
  }
  if (reached === null) return null;
  const before = (d: string | null): string | null =>
    d !== null && compareDates(d, reached.date) < 0 ? d : null;
  const marrow = bmpc === null ? null : before(facts.marrow.date);
  const im = facts.imaging;
  const imaging = im.performed === false ? null : before(im.date);
  if (marrow === null && imaging === null) return null;
  return { reachedOn: reached.date, finding: reached.finding, marrow, imaging };
}

/** "marrow of 2021-09-15, before the serum M-protein reached 3 g/dL on 2026-10-01". */
export function beforeWords(what: string, date: string, w: WorkUpBefore): string {
  return `${what} of ${date}, before ${LEVEL_WORDS[w.finding]} on ${w.reachedOn}`;
}

/** A value sent and not used that is newer than the field's latest used value (task fix-stale Finding 1, after review
 * c86-M2): the used value is not read as current by the readers of "now" (the kidney function behind the doses, the
 * blood counts, the IgG behind IVIG). They read the value as not known (missing is never normal,
 * criteria-and-scores.md 1.1: an absent test is not a negative test); the older value stays in the series for the
 * readings of change. The clinical reference gives no rule for a result that could not be used: this is the project's
 * own cautious reading (UNVERIFIED), the one it takes for a missing value. Pure. */
import { type Facts, withLabPoint } from "./facts.js";
import type { LabQuantityField } from "./record.js";
import type { UnusedValueFact } from "./unused-values.js";

/** The labs whose current value the readers of "now" read for a dose, a hold or a supportive-care threshold: the
 * kidney (treatments.md 7a, 7b, 8a: creatinine clearance; "check creatinine before each dose"), the counts (the label
 * holds, treatments.md 3d, 5c) and IgG (IVIG, treatments.md 8c). The diagnosis reads its own fields' values sent and
 * not used (criteria/diagnosis/crab.ts); staging reads the values at diagnosis; the response reads the series. */
export const NOT_CURRENT_LABS = [
  "creatinine",
  "measuredCreatinineClearance",
  "neutrophils",
  "platelets",
  "igg",
] as const satisfies readonly LabQuantityField[];
export type NotCurrentLab = (typeof NOT_CURRENT_LABS)[number];

/** A lab's latest used value made not current by a newer value sent and not used. */
export interface NotCurrentValue {
  lab: NotCurrentLab;
  /** The used value as reported, with its date. */
  used: { value: number; unit: string; date: string };
  sent: UnusedValueFact;
}

/** The labs of NOT_CURRENT_LABS whose standing value sent and not used (Facts.unusedValues) is dated after the current
 * used value's date. An undated used value is today's by the record's convention (facts.ts currentLab), and an
 * undated value sent is older than any dated one: neither is made not current. A value sent on the day of the used
 * one is not newer (UNVERIFIED: the reference gives no rule; the day's used value is kept). Empty in the usual case. */
export function notCurrentValues(f: Facts): NotCurrentValue[] {
  if (f.unusedValues.length === 0) return [];
  const out: NotCurrentValue[] = [];
  for (const lab of NOT_CURRENT_LABS) {
    const used = f.labs[lab];
    if (used === null || used.date === null) continue;
    const sent = f.unusedValues.find((u) => u.field === `labs.${lab}`);
    if (sent === undefined || sent.date === null || !(sent.date > used.date)) continue;
    out.push({ lab, used: { value: used.reported.value, unit: used.reported.unit, date: used.date }, sent });
  }
  return out;
}

/** The facts the readers of "now" read: each not-current lab not known (null), its older value kept in the series
 * (once), so the readings of change see every value as before. The same facts when there is none. */
export function withoutNotCurrent(f: Facts, values: readonly NotCurrentValue[]): Facts {
  if (values.length === 0) return f;
  const labs = { ...f.labs };
  const series = { ...f.series };
  for (const { lab } of values) {
    series[lab] = withLabPoint(series[lab], labs[lab]);
    labs[lab] = null;
  }
  return { ...f, labs, series };
}

/** The values a score defined at diagnosis is computed from in a treated record (al-stage-values.ts,
 * smm-risk-values.ts): the earliest value of a series dated on or before the first treatment, and the basis
 * that says which dates the score rests on, or that only on-treatment values exist. Pure: no I/O. */
import type { Facts, SeriesValue } from "../model/facts.js";
import { namesMyelomaTherapy } from "../response/drug-classes.js";

/** The start of the first anti-plasma-cell treatment, by date, or null. An entry with drugs counts only when
 * they are myeloma therapy, as lines of therapy read it (namesMyelomaTherapy: supportive care, an
 * anticoagulant, anti-infective prophylaxis or an unclassified drug without a setting alone is none); one
 * without drugs (a transplant, radiotherapy) counts. */
export function firstTreatmentStart(facts: Pick<Facts, "treatmentHistory">): string | null {
  let start: string | null = null;
  for (const t of facts.treatmentHistory) {
    if (t.drugs.length > 0 && !namesMyelomaTherapy(t)) continue;
    if (start === null || t.start < start) start = t.start;
  }
  return start;
}

/** The earliest value dated on or before `start` (series are sorted oldest first), or null. */
export function earliestBefore(series: readonly SeriesValue[], start: string): SeriesValue | null {
  const first = series[0];
  return first !== undefined && first.date <= start ? first : null;
}

export interface PreTreatmentBasis<V> {
  from: "before-treatment" | "on-treatment";
  firstTreatment: string;
  dates: string[];
  onTreatment: V[];
}

/** The basis of a score from the dates of the pre-treatment values used (sorted here; none: on-treatment
 * values only) and the values that had no pre-treatment reading. */
export function preTreatmentBasis<V>(start: string, dates: string[], onTreatment: V[]): PreTreatmentBasis<V> {
  dates.sort();
  return dates.length > 0
    ? { from: "before-treatment", firstTreatment: start, dates, onTreatment }
    : { from: "on-treatment", firstTreatment: start, dates: [], onTreatment };
}

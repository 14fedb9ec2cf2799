/** The values a score defined at diagnosis is computed from in a treated record (iss-values.ts,
 * ims-criterion4-values.ts, al-stage-values.ts, smm-risk-values.ts): the latest value dated on or before the
 * first treatment, and the basis
 * that says which dates the score rests on, or that only on-treatment values exist. Pure: no I/O. */
import type { Facts, SeriesValue } from "../model/facts.js";
import { namesMyelomaTherapy } from "../response/drug-classes.js";
import { isSmmTherapy } from "../response/lines.js";

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

/** The value at diagnosis of a disease staged or scored before its first treatment (the ISS family,
 * IMS/IMWG 2025 criterion 4, the AL stage, the SMM risk models): the latest dated on or before `start`, of the series (sorted oldest first) or
 * the recorded value when it is dated so; null when none is. The latest, not the first: a record followed
 * for years as MGUS or smouldering myeloma holds values from before the disease being staged (review c16). */
export function latestOnOrBefore(
  series: readonly SeriesValue[],
  start: string,
  recorded: { value: number; reported: SeriesValue["reported"]; date: string | null } | null = null,
): SeriesValue | null {
  let out: SeriesValue | null = null;
  for (let i = series.length - 1; i >= 0; i--) {
    const p = series[i]!;
    if (p.date <= start) {
      out = p;
      break;
    }
  }
  if (recorded?.date != null && recorded.date <= start && (out === null || recorded.date > out.date))
    return { date: recorded.date, value: recorded.value, reported: recorded.reported };
  return out;
}

/** The start of the first line of myeloma therapy (firstTreatmentStart without therapy given for
 * smouldering myeloma, which lines of therapy do not count: lines.ts isSmmTherapy), or null. */
export function firstMyelomaTreatmentStart(facts: Pick<Facts, "treatmentHistory">): string | null {
  return firstTreatmentStart({ treatmentHistory: facts.treatmentHistory.filter((t) => !isSmmTherapy(t)) });
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

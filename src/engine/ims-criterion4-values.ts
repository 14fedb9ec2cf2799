/** The values IMS/IMWG 2025 criterion 4 reads (beta2-microglobulin >= 5.5 mg/L with normal creatinine;
 * criteria-and-scores.md 4.3, avet-loiseau-2025-jco). The consensus defines high-risk newly diagnosed
 * myeloma, as the ISS it builds on is defined at diagnosis, so a treated myeloma record is read at
 * diagnosis: the latest beta2-microglobulin and creatinine dated on or before its first line of myeloma
 * therapy (pre-treatment-values.ts), as the ISS family is (iss-values.ts). Unlike the ISS, no on-treatment
 * value stands in: a relapse beta2-microglobulin of 6 would call the disease high risk, and a low one in
 * remission would rule out what the diagnosis showed, so without a value at diagnosis the criterion is
 * unknown and its missing input says which date it needs (review c16; missing is never normal).
 * Untreated records and other categories keep today's values. Pure: no I/O. */
import type { Facts } from "../model/facts.js";
import { type Criterion4Values, criterion4Today } from "../scores/cytogenetic-risk/cytogenetic-risk.js";
import { latestOnOrBefore } from "./pre-treatment-values.js";

export function imsCriterion4Values(
  facts: Facts,
  /** The start of the first line of myeloma therapy of a multiple myeloma record (met or likely;
   * pre-treatment-values.ts firstMyelomaTreatmentStart); null: today's values. */
  start: string | null,
): Criterion4Values {
  // Dialysis today is the kidney of an untreated record's values (today's); of a treated record it does not say
  // what the kidney was at diagnosis, which criterion 4 reads there (missing is never decided from it).
  if (start === null) {
    const today = sameDayCreatinine(criterion4Today(facts.labs), facts);
    return facts.conditions.renalFailureOnDialysis === true ? { ...today, dialysis: true } : today;
  }
  const { labs, series } = facts;
  const b2m = latestOnOrBefore(series.beta2Microglobulin, start, labs.beta2Microglobulin);
  const creatinine = latestOnOrBefore(series.creatinine, start, labs.creatinine);
  return { beta2Microglobulin: b2m, creatinine, firstTreatment: start };
}

/** Today's values with the creatinine of the beta2-microglobulin's own day when the record has one (review
 * c24-4: a beta2-microglobulin of 6.0 was paired with a creatinine of 1.0 from weeks later while that day's
 * creatinine was 1.5; the criterion is one sample's pair of values). */
function sameDayCreatinine(today: Criterion4Values, facts: Facts): Criterion4Values {
  const day = today.beta2Microglobulin?.date ?? null;
  if (day === null || today.creatinine?.date === day) return today;
  let same: Facts["series"]["creatinine"][number] | undefined;
  for (const p of facts.series.creatinine) if (p.date === day) same = p;
  return same === undefined
    ? today
    : { ...today, creatinine: { value: same.value, reported: same.reported, date: same.date } };
}

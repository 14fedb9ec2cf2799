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
  if (start === null) return criterion4Today(facts.labs);
  const { labs, series } = facts;
  const b2m = latestOnOrBefore(series.beta2Microglobulin, start, labs.beta2Microglobulin);
  const creatinine = latestOnOrBefore(series.creatinine, start, labs.creatinine);
  return { beta2Microglobulin: b2m, creatinine, firstTreatment: start };
}

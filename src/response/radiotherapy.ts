/** Radiotherapy recorded in the treatment history: an entry with no drug and no transplant whose regimen
 * names radiotherapy ("radiotherapy", "RT", "IMRT", ...). For a solitary plasmacytoma it is the definitive
 * treatment (treatments.md 1; caers-2018-jho, nccn-mm-2026); it is never a line of myeloma therapy. */
import type { Facts, TreatmentFact } from "../model/facts.js";
import { compareDates } from "./dates.js";

/** The same words the FHIR export uses to call an entry a radiotherapy procedure (fhir/record-fields). */
const RADIOTHERAPY_WORDS = /radiother|radiation|\b(rt|xrt|ebrt|sbrt|imrt)\b/i;

export function isRadiotherapyEntry(t: Pick<TreatmentFact, "drugs" | "asct" | "regimen">): boolean {
  return t.drugs.length === 0 && !t.asct && RADIOTHERAPY_WORDS.test(t.regimen);
}

/** The latest radiotherapy entry with no end date (the record's dates are on or before asOf, so an entry
 * without an end is still being given): the radiotherapy being given (null when none is). */
export function radiotherapyBeingGiven(facts: Facts): TreatmentFact | null {
  let latest: TreatmentFact | null = null;
  for (const t of facts.treatmentHistory) {
    if (!isRadiotherapyEntry(t) || t.end !== null) continue;
    if (latest === null || compareDates(latest.start, t.start) <= 0) latest = t;
  }
  return latest;
}

/** The latest radiotherapy entry that has ended by asOf (null when none has): the radiotherapy given. */
export function radiotherapyGiven(facts: Facts): TreatmentFact | null {
  let latest: TreatmentFact | null = null;
  for (const t of facts.treatmentHistory) {
    if (!isRadiotherapyEntry(t) || t.end === null || compareDates(t.end, facts.asOf) > 0) continue;
    if (latest === null || compareDates(latest.end!, t.end) <= 0) latest = t;
  }
  return latest;
}

/** A recorded outcome the dates override (review c44-m2): an entry recorded `progressedOn: false` is refractory all
 * the same when a progression on a later entry came within 60 days of its last dose (criteria-and-scores.md 9.2,
 * IMWG 2011: "progresses within 60 days of the last therapy"). The engine reads it so (response/lines.ts); this
 * says it, so the team sees that the record's answer was read as "no progression on it", not "not refractory". */
import type { LinesOfTherapyResult } from "../response/lines.js";
import type { Alert } from "./assessment.js";

export const REFRACTORY_DESPITE_RECORDED_NO = "lines.refractory-despite-recorded-no-progression";

/** The notice, or null when no recorded "no progression" was overridden. */
export function refractoryDespiteRecordedNoAlert(lines: LinesOfTherapyResult, text: boolean): Alert | null {
  const entries = lines.refractoryDespiteRecordedNo;
  if (entries === undefined || entries.length === 0) return null;
  const said = entries
    .map(
      (e) =>
        `${e.regimen} (treatmentHistory.${e.entry}, last dose ${e.lastDose}) is recorded as not progressed on, but the disease progressed on ${e.progressionOn} ${e.daysAfterLastDose} days after its last dose`,
    )
    .join("; ");
  return {
    id: REFRACTORY_DESPITE_RECORDED_NO,
    severity: "info",
    text: text
      ? `${said}: refractory to its drugs all the same (IMWG 2011: progression within 60 days of the last dose). The record's "no progression" is read as none on it, not as not refractory; the options are reviewed against these drugs.`
      : "",
    citations: ["rajkumar-2011-blood"],
    // criteria-and-scores.md 9.2 marks the definition [S] (secondary source).
    verified: false,
  };
}

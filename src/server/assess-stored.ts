/** Assessing a stored record: the record's own data with `asOf` set to the day asked for, and what
 * the store saves beside the Assessment (versions, registry summary, the record's own date). */
import { assess } from "../engine/assess.js";
import { asKnownOn } from "../model/as-known-on.js";
import type { PatientRecord } from "../model/record.js";
import type { ComputedAssessment } from "../store/store.js";
import { recordDateOf, summarizeAssessment } from "../store/summary.js";

/** `today` is the real date: asked for an earlier day, the record is read as it was known then
 * (asKnownOn: what is dated after it, up to today, is left out, and the input saved says so); a date
 * after today stays in, and the assessment is refused naming it. */
export function assessAsOf(asOf: string, today: string = asOf) {
  return (stored: PatientRecord): ComputedAssessment => {
    const input: PatientRecord = asKnownOn({ ...stored, asOf }, asOf, today);
    const assessment = assess(input);
    return {
      asOf: assessment.asOf,
      knowledgeVersion: assessment.knowledgeVersion,
      engineVersion: assessment.engineVersion,
      input,
      assessment,
      summary: summarizeAssessment(assessment),
      recordDate: recordDateOf(stored),
    };
  };
}

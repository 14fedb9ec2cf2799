/** Assessing a stored record: the record's own data with `asOf` set to the day asked for, and what
 * the store saves beside the Assessment (versions, registry summary, the record's own date). */
import { assess } from "../engine/assess.js";
import type { PatientRecord } from "../model/record.js";
import type { ComputedAssessment } from "../store/store.js";
import { recordDateOf, summarizeAssessment } from "../store/summary.js";

export function assessAsOf(asOf: string) {
  return (stored: PatientRecord): ComputedAssessment => {
    const input: PatientRecord = { ...stored, asOf };
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

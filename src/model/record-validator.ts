/** The fast yes/no check of a whole PatientRecord: the generated validator (the JSON Schema part of
 * the zod schema) plus, by hand, what a JSON Schema cannot say. When it says yes, zod would accept
 * the record and return an equal value, so normalizeRecord can skip zod; when it says no, zod runs
 * and gives the messages. src/model/record-validator.test.ts keeps it in step with zod. */
import type { PatientRecord } from "./record.js";
import { validate } from "./record-validator.generated.js";

const matchesJsonSchema: (input: unknown) => boolean = validate;

/** The `.refine`s of TreatmentLine in record.ts: an end date and a progression date, when given,
 * are not before the start. */
function treatmentDatesInOrder(record: PatientRecord): boolean {
  const lines = record.treatmentHistory;
  if (lines === undefined) return true;
  for (const t of lines) {
    if (t.end && t.end < t.start) return false;
    if (t.progressionDate && t.progressionDate < t.start) return false;
  }
  return true;
}

/** Whether zod would accept `input` as a PatientRecord. zod returns a copy equal to the input for
 * such a record (the schema has no defaults and no transforms), so the input can be used as parsed. */
export function isValidRecord(input: unknown): input is PatientRecord {
  return matchesJsonSchema(input) && treatmentDatesInOrder(input as PatientRecord);
}

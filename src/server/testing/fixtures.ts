/** Test fixtures for the server: a complete PatientRecord (the example of the public contract). */
import contractExample from "../../../examples/design/contract-example.json" with { type: "json" };
import type { PatientRecord } from "../../model/record.js";

/** The contract's example record, under a name-like id (the log-redaction tests look for it). */
export function sampleRecord(): PatientRecord {
  return { ...(structuredClone(contractExample) as PatientRecord), id: "Jane Doe MRN-555" };
}

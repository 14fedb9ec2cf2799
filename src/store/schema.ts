/** The database tables, as Kysely types: one schema for SQLite and PostgreSQL (text for dates and
 * JSON, integer for booleans and counters, double precision for values). */
import type { Generated } from "kysely";

export interface PatientsTable {
  id: string;
  external_id: string | null;
  created_at: string;
  updated_at: string;
  /** Optimistic concurrency: bumped on every change of the patient's document. */
  version: number;
}

/** The PatientRecord JSON minus `series` and `treatmentHistory`, stored as it was sent. */
export interface PatientDocumentsTable {
  patient_id: string;
  document: string;
}

export interface ObservationsTable {
  id: Generated<number>;
  patient_id: string;
  /** A PatientRecord `series` key. */
  field: string;
  date: string;
  value: number | null;
  unit: string | null;
  /** Immunofixation result ("positive" | "negative") for the immunofixation series. */
  result: string | null;
  source: string | null;
  created_at: string;
}

export interface TreatmentHistoryTable {
  id: Generated<number>;
  patient_id: string;
  start: string;
  /** One PatientRecord `treatmentHistory` entry, stored as it was sent. */
  entry: string;
  created_at: string;
}

export interface AssessmentsTable {
  id: Generated<number>;
  patient_id: string;
  created_at: string;
  as_of: string;
  knowledge_version: string;
  engine_version: string;
  /** sha256 (hex) of the canonical JSON of the assessed PatientRecord. */
  input_hash: string;
  /** The assessed PatientRecord, as assembled from the store (replayable audit). */
  input: string;
  assessment: string;
  category: string | null;
  risk_group: string | null;
  overdue: number | null;
  progressed: number | null;
}

export interface CdsFeedbackTable {
  id: Generated<number>;
  service_id: string;
  card_uuid: string;
  outcome: string;
  outcome_timestamp: string | null;
  body: string;
  created_at: string;
}

export interface UsedJwtIdsTable {
  jti: string;
  /** Seconds since the epoch; rows past it can be purged. */
  expires_at: number;
}

export interface Database {
  patients: PatientsTable;
  patient_documents: PatientDocumentsTable;
  observations: ObservationsTable;
  treatment_history: TreatmentHistoryTable;
  assessments: AssessmentsTable;
  cds_feedback: CdsFeedbackTable;
  used_jwt_ids: UsedJwtIdsTable;
}

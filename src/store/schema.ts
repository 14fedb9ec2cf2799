/** The database tables, as Kysely types: one schema for SQLite and PostgreSQL (text for dates and
 * JSON, integer for booleans and counters, double precision for values). */
import type { Generated } from "kysely";

export interface PatientsTable {
  id: string;
  /** Before migration 0002 the record id, unique across all patients; no longer written or read
   * (SQLite cannot drop its unique constraint), see `record_id`. */
  external_id: string | null;
  /** The organisation the patient belongs to (named by the caller's token); never changes. */
  organisation: string;
  /** The record's own `id`, unique within the organisation. */
  record_id: string | null;
  /** The assessment of the patient's current data (set with every save): the registry filters on it. */
  latest_assessment_id: number | null;
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
  /** JSON list of `{ test, due, lastDone }`: the overdue monitoring tests (null: no monitoring plan). */
  overdue_tests: string | null;
  /** The record's own date: its asOf, else the latest date in its data (null: no date at all). */
  record_date: string | null;
  /** Position in the patient's chain, from 1; unique per patient. */
  seq: number;
  /** sha256 (hex) of the canonical JSON of the assessment (the output). */
  output_hash: string;
  /** row_hash of the previous row of the patient's chain (64 zeros for the first). */
  prev_hash: string;
  /** sha256 (hex) over every column but id and save_key (see store/audit-chain.ts). */
  row_hash: string;
  /** "patient|input hash|knowledge version|engine version", unique: the same input and versions are
   * saved once (null on the copies saved before migration 0002). */
  save_key: string | null;
}

export interface CdsFeedbackTable {
  id: Generated<number>;
  /** The organisation of the CDS client that sent it. */
  organisation: string;
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

/** A recruiting plasma-cell-disorder study from a ClinicalTrials.gov export (migration 0003). */
export interface TrialStudiesTable {
  nct_id: string;
  title: string;
  overall_status: string;
  /** The record's lastUpdatePostDate (null when the record has none). */
  last_update: string | null;
  /** The study record (API v2 JSON) as imported. */
  study: string;
  /** The import that wrote this row last. */
  import_id: number;
  updated_at: string;
}

/** One `mmnav trials import`: when, the export date, and its summary. */
export interface TrialImportsTable {
  id: Generated<number>;
  imported_at: string;
  /** The date of the registry export (--exported, else the newest lastUpdatePostDate seen). */
  exported_date: string;
  /** JSON summary: read, kept (inserted, updated, unchanged), removed, skipped with reasons. */
  summary: string;
}

export interface Database {
  patients: PatientsTable;
  patient_documents: PatientDocumentsTable;
  observations: ObservationsTable;
  treatment_history: TreatmentHistoryTable;
  assessments: AssessmentsTable;
  cds_feedback: CdsFeedbackTable;
  used_jwt_ids: UsedJwtIdsTable;
  trial_studies: TrialStudiesTable;
  trial_imports: TrialImportsTable;
}

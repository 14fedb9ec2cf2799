/** The Store interface: what the server and the CLI need from a database, whichever it is. */
import type { Assessment } from "../engine/assessment.js";
import { LAB_QUANTITY_FIELDS, type PatientRecord, type TreatmentLine } from "../model/record.js";

/** A PatientRecord without the parts kept in their own tables (series, treatment history). */
export type PatientDocument = Omit<PatientRecord, "series" | "treatmentHistory">;

/** The keys of PatientRecord `series`: every lab quantity, the immunofixations, marrow plasma cells. */
export const SERIES_FIELDS = [
  ...LAB_QUANTITY_FIELDS,
  "serumImmunofixation",
  "urineImmunofixation",
  "clonalPlasmaCellPercent",
] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];

export const IMMUNOFIXATION_FIELDS = ["serumImmunofixation", "urineImmunofixation"] as const;

/** One dated value of one series. Quantities have value + unit; immunofixations have result;
 * clonalPlasmaCellPercent has value only. */
export interface ObservationInput {
  field: SeriesField;
  date: string;
  value: number | null;
  unit: string | null;
  result: "positive" | "negative" | null;
  /** Where the value came from (lab system, FHIR Observation id, "manual"): free text, optional. */
  source: string | null;
}

export interface Observation extends ObservationInput {
  id: number;
  createdAt: string;
}

export interface TreatmentEntry {
  id: number;
  entry: TreatmentLine;
  createdAt: string;
}

export interface Patient {
  id: string;
  /** The record's own `id`, when it has one (unique). */
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  document: PatientDocument;
}

/** What the registry filters on, taken from a saved assessment. */
export interface AssessmentSummary {
  category: string | null;
  riskGroup: string | null;
  /** Null when the assessment has no monitoring plan. */
  overdue: boolean | null;
  /** Null when progression is not known. */
  progressed: boolean | null;
}

export interface StoredAssessment {
  id: number;
  patientId: string;
  createdAt: string;
  asOf: string;
  knowledgeVersion: string;
  engineVersion: string;
  inputHash: string;
  summary: AssessmentSummary;
  assessment: Assessment;
}

export interface StoredAssessmentWithInput extends StoredAssessment {
  input: PatientRecord;
}

export interface PatientListItem extends Omit<Patient, "document"> {
  latestAssessment: Omit<StoredAssessment, "assessment" | "patientId"> | null;
}

export interface PatientFilter {
  category?: string;
  riskGroup?: string;
  overdue?: boolean;
  progressed?: boolean;
  limit: number;
  offset: number;
}

export interface NewAssessment {
  patientId: string;
  asOf: string;
  knowledgeVersion: string;
  engineVersion: string;
  inputHash: string;
  input: PatientRecord;
  assessment: Assessment;
  summary: AssessmentSummary;
}

export interface CdsFeedbackInput {
  serviceId: string;
  cardUuid: string;
  outcome: string;
  outcomeTimestamp: string | null;
  body: unknown;
}

export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Applies pending migrations; returns the names applied now. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
  /** A cheap round trip, for /healthz. */
  ping(): Promise<void>;

  /** Creates a patient with its document, observations and treatment history in one transaction.
   * Throws MmnavError CONFLICT when the external id is taken. */
  createPatient(input: {
    document: PatientDocument;
    observations: ObservationInput[];
    treatments: TreatmentLine[];
  }): Promise<Patient>;
  getPatient(id: string): Promise<Patient | null>;
  /** Replaces the document when `expectedVersion` is current. Throws NOT_FOUND, or CONFLICT when
   * another writer changed the patient first. */
  updatePatient(id: string, expectedVersion: number, document: PatientDocument): Promise<Patient>;
  listPatients(filter: PatientFilter): Promise<{ items: PatientListItem[]; total: number }>;

  /** Appends observations (all or none). Throws NOT_FOUND for an unknown patient. */
  addObservations(patientId: string, observations: ObservationInput[]): Promise<Observation[]>;
  listObservations(patientId: string, field?: SeriesField): Promise<Observation[]>;
  addTreatment(patientId: string, entry: TreatmentLine): Promise<TreatmentEntry>;
  listTreatments(patientId: string): Promise<TreatmentEntry[]>;
  /** The full PatientRecord as stored: document + treatment history + series. Null if no such patient. */
  assembleRecord(patientId: string): Promise<PatientRecord | null>;

  /** Appends an assessment (never updates one). */
  saveAssessment(input: NewAssessment): Promise<StoredAssessment>;
  listAssessments(patientId: string, page: { limit: number; offset: number }): Promise<StoredAssessment[]>;
  getAssessment(patientId: string, id: number): Promise<StoredAssessmentWithInput | null>;

  /** Records CDS Hooks feedback once per (card uuid, outcome); `created` is false for a repeat. */
  recordCdsFeedback(input: CdsFeedbackInput): Promise<{ created: boolean }>;
  /** Marks a JWT id as used until `expiresAt` (seconds since the epoch). Returns false when it was
   * already used (a replay), true on first use. Purges expired ids on the way. */
  claimJwtId(jti: string, expiresAt: number): Promise<boolean>;
}

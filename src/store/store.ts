/** The Store interface: what the server and the CLI need from a database, whichever it is. */
import type { Assessment } from "../engine/assessment.js";
import { LAB_QUANTITY_FIELDS, type PatientRecord, type TreatmentLine } from "../model/record.js";
import type { ChainBreak } from "./audit-chain.js";
import type { StoredTrialStudy, TrialImportInput, TrialImportSummary } from "./trials-store.js";

export type { StoredTrialStudy, TrialImportInput, TrialImportSummary } from "./trials-store.js";

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
  /** The organisation the patient belongs to. */
  organisation: string;
  /** The record's own `id`, when it has one (unique within the organisation). */
  recordId: string | null;
  /** The same as recordId (its first name, kept for compatibility). */
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  document: PatientDocument;
}

/** A monitoring test that is overdue: which, due since when, last done when (null: never). */
export interface OverdueTest {
  test: string;
  due: string | null;
  lastDone: string | null;
}

/** What the registry filters on, taken from a saved assessment. */
export interface AssessmentSummary {
  category: string | null;
  riskGroup: string | null;
  /** Null when the assessment has no monitoring plan. */
  overdue: boolean | null;
  /** Null when progression is not known. */
  progressed: boolean | null;
  /** The overdue tests (empty when none; null when the assessment has no monitoring plan). */
  overdueTests?: OverdueTest[] | null;
}

export interface StoredAssessment {
  id: number;
  patientId: string;
  createdAt: string;
  asOf: string;
  knowledgeVersion: string;
  engineVersion: string;
  inputHash: string;
  /** The record's own date (its asOf, else its latest data date), not the day it was assessed. */
  recordDate: string | null;
  /** The audit chain: position in the patient's chain, hashes of the output, previous row and row. */
  seq: number;
  outputHash: string;
  prevHash: string;
  rowHash: string;
  summary: AssessmentSummary;
  assessment: Assessment;
}

export interface StoredAssessmentWithInput extends StoredAssessment {
  input: PatientRecord;
}

export interface PatientListItem extends Omit<Patient, "document" | "organisation"> {
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

/** An assessment to save; the store hashes the input itself (sha256 of its canonical JSON). */
export interface NewAssessment {
  patientId: string;
  asOf: string;
  knowledgeVersion: string;
  engineVersion: string;
  input: PatientRecord;
  assessment: Assessment;
  summary: AssessmentSummary;
  recordDate: string | null;
}

/** What `assessPatient` computes from the stored record (the store adds the patient and hashes). */
export type ComputedAssessment = Omit<NewAssessment, "patientId">;

export interface AuditReport {
  patients: number;
  rows: number;
  breaks: ChainBreak[];
}

export interface CdsFeedbackInput {
  organisation: string;
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

  // Every patient-scoped method takes the caller's organisation first: a patient of another
  // organisation is "not found", exactly like one that does not exist.

  /** Creates a patient with its document, observations and treatment history in one transaction.
   * Throws MmnavError CONFLICT when the record id is taken in the organisation. */
  createPatient(
    organisation: string,
    input: { document: PatientDocument; observations: ObservationInput[]; treatments: TreatmentLine[] },
  ): Promise<Patient>;
  getPatient(organisation: string, id: string): Promise<Patient | null>;
  /** Replaces the document when `expectedVersion` is current. Throws NOT_FOUND, or CONFLICT when
   * another writer changed the patient first. */
  updatePatient(
    organisation: string,
    id: string,
    expectedVersion: number,
    document: PatientDocument,
  ): Promise<Patient>;
  /** The organisation's patients, filtered on the assessment of their current data. */
  listPatients(
    organisation: string,
    filter: PatientFilter,
  ): Promise<{ items: PatientListItem[]; total: number }>;

  /** Appends observations (all or none). Throws NOT_FOUND for an unknown patient. */
  addObservations(
    organisation: string,
    patientId: string,
    observations: ObservationInput[],
  ): Promise<Observation[]>;
  listObservations(organisation: string, patientId: string, field?: SeriesField): Promise<Observation[]>;
  addTreatment(organisation: string, patientId: string, entry: TreatmentLine): Promise<TreatmentEntry>;
  listTreatments(organisation: string, patientId: string): Promise<TreatmentEntry[]>;
  /** The full PatientRecord as stored: document + treatment history + series. Null if no such patient. */
  assembleRecord(organisation: string, patientId: string): Promise<PatientRecord | null>;

  /** Appends an assessment to the patient's hash chain, once per (patient, input hash, versions):
   * saving the same again, even concurrently, returns the row saved first. Never updates a row. */
  saveAssessment(organisation: string, input: NewAssessment): Promise<StoredAssessment>;
  /** Assesses the patient's current data and saves the result, holding the patient so that the
   * assessment saved last is always of the latest data (the registry filters on it). */
  assessPatient(
    organisation: string,
    patientId: string,
    compute: (record: PatientRecord) => ComputedAssessment,
  ): Promise<StoredAssessment>;
  listAssessments(
    organisation: string,
    patientId: string,
    page: { limit: number; offset: number },
  ): Promise<StoredAssessment[]>;
  getAssessment(
    organisation: string,
    patientId: string,
    id: number,
  ): Promise<StoredAssessmentWithInput | null>;

  /** Operators only (the CLI; no organisation scope): one assessment by id, and the audit check. */
  getAssessmentById(id: number): Promise<StoredAssessmentWithInput | null>;
  /** Walks every patient's chain and names each break. */
  verifyAuditChain(): Promise<AuditReport>;

  /** Records CDS Hooks feedback once per (card uuid, outcome); `created` is false for a repeat. */
  recordCdsFeedback(input: CdsFeedbackInput): Promise<{ created: boolean }>;
  /** Marks a JWT id as used until `expiresAt` (seconds since the epoch). Returns false when it was
   * already used (a replay), true on first use. Purges expired ids on the way. */
  claimJwtId(jti: string, expiresAt: number): Promise<boolean>;

  /** Trial studies (registry data, shared by every organisation): an idempotent import by NCT
   * number, the stored studies, and the last import with its export date. */
  importTrials(input: TrialImportInput): Promise<TrialImportSummary>;
  listTrials(): Promise<StoredTrialStudy[]>;
  latestTrialImport(): Promise<TrialImportSummary | null>;
}

/** FHIR R4 and CDS Hooks mapping (pure core): Bundle <-> PatientRecord, Assessment -> FHIR and cards. */
export { assessmentToFhir, categoryLabel, relatedArtifact } from "./assessment-to-fhir.js";
export {
  type BundleImport,
  type BundleToRecordOptions,
  bundleToRecord,
  type ConditionHint,
  type ImportWarning,
} from "./bundle-to-record.js";
export { assessmentToCards, type CdsCard, type CdsLink } from "./cards.js";
export { CODE_TABLES_VERSION, CONDITION_CODES, DRUGS, LOINC } from "./codes.js";
export { CONDITION_FIELD_CODES } from "./condition-field-codes.js";
export { recordToBundle } from "./record-to-bundle.js";
export type { Bundle } from "./types.js";

/** The pure core's public surface (no I/O): the same code runs in Node and in the browser. */

export { classifyDiagnosis } from "./criteria/diagnosis/diagnosis.js";
export { assess, assessFacts, flcRatio } from "./engine/assess.js";
// The treatment phase and the plan ahead (issue 8).
export type {
  Alert,
  Assessment,
  AssessmentOption,
  PhaseResult,
  PlanStep,
  RegulatoryStatus,
  TreatmentPhase,
} from "./engine/assessment.js";
export { SCHEMA_VERSION, TREATMENT_PHASES } from "./engine/assessment.js";
// Codes only, for registry screens: the compact view without composing texts (issue 12).
export { assessCompact, type CompactAssessment, compactAssessment } from "./engine/compact.js";
export { derivePhase } from "./engine/phase.js";
export { DECISION_SUPPORT_NOTICE, ENGINE_VERSION } from "./engine/version.js";
export {
  assessmentToCards,
  assessmentToFhir,
  type BundleImport,
  bundleToRecord,
  type CdsCard,
  type ImportWarning,
  recordToBundle,
} from "./fhir/index.js";
export { BIBLIOGRAPHY, type Citation, type CitationId } from "./model/bibliography/index.js";
export { ErrorCode, MmnavError, type ValidationIssue } from "./model/errors.js";
export { type Facts, normalizeRecord, toFacts } from "./model/facts.js";
export { PatientRecord, patientRecordJsonSchema } from "./model/record.js";
export { fromCanonical, toCanonical, UNIT_SPECS } from "./model/units.js";
export { renderClinicianSummary } from "./render/clinician.js";
export { buildHandout, type HandoutDoc, renderHandout } from "./render/handout.js";
export { renderPatientSummary } from "./render/patient.js";
export { inflesz } from "./render/readability-es.js";
export { isLang, LANGS, type Lang, WORDS, wordsFor } from "./render/words/index.js";
export { DrugClass, drugClass } from "./response/drug-classes.js";
export { detectEvolvingDisease } from "./response/evolving.js";
export {
  assessLinesAndResponse,
  assessLinesOfTherapy,
  type LineOfTherapy,
  type LinesOfTherapyResult,
} from "./response/lines.js";
export { classifyMgusRisk, type MgusRiskResult } from "./response/mgus-risk.js";
export {
  type MonitoringContext,
  type MonitoringItem,
  type MonitoringResult,
  planMonitoring,
} from "./response/monitoring.js";
export { assessResponse, type ResponseResult } from "./response/response.js";
export {
  type AlMayo2004Result,
  type AlMayo2012Result,
  type AlStageInput,
  calculateAlMayo2004,
  calculateAlMayo2012,
} from "./scores/al-stage/al-stage.js";
export {
  assessCytogeneticRisk,
  type CytogeneticDefinitionResult,
  type CytogeneticRiskResult,
} from "./scores/cytogenetic-risk/cytogenetic-risk.js";
export {
  calculateImwgFrailty,
  calculateSimplifiedFrailty,
  type FrailtyInput,
  type ImwgFrailtyResult,
  type SimplifiedFrailtyResult,
} from "./scores/frailty/frailty.js";
export {
  calculateImpedeVte,
  type ImpedeVteGroup,
  type ImpedeVteInput,
  type ImpedeVteResult,
} from "./scores/impede-vte/impede-vte.js";
export { calculateIss } from "./scores/iss/iss.js";
export {
  calculateCrclCockcroftGault,
  calculateEgfrCkdEpi2021,
  type KidneyInput,
  type KidneyValue,
} from "./scores/kidney/kidney.js";
export { calculateRIss, type RIssInput, type RIssResult } from "./scores/r-iss/r-iss.js";
export { calculateR2Iss, type R2IssInput, type R2IssResult } from "./scores/r2-iss/r2-iss.js";
export {
  calculateSmmImwg2020,
  type SmmImwg2020Input,
  type SmmImwg2020Result,
} from "./scores/smm-imwg-2020/smm-imwg-2020.js";
export {
  calculateSmmMayo2018,
  type SmmMayo2018Input,
  type SmmMayo2018Result,
} from "./scores/smm-mayo-2018/smm-mayo-2018.js";
export {
  calculateSmmMayo2018Fish,
  type SmmMayo2018FishGroup,
  type SmmMayo2018FishInput,
  type SmmMayo2018FishResult,
} from "./scores/smm-mayo-2018-fish/smm-mayo-2018-fish.js";

/** The pure core's public surface (no I/O): the same code runs in Node and in the browser. */

export { classifyDiagnosis } from "./criteria/diagnosis/diagnosis.js";
export { assess, assessFacts, flcRatio } from "./engine/assess.js";
export type { Alert, Assessment, AssessmentOption, RegulatoryStatus } from "./engine/assessment.js";
export { SCHEMA_VERSION } from "./engine/assessment.js";
export { DECISION_SUPPORT_NOTICE, ENGINE_VERSION } from "./engine/version.js";
export { BIBLIOGRAPHY, type Citation, type CitationId } from "./model/bibliography/index.js";
export { ErrorCode, MmnavError, type ValidationIssue } from "./model/errors.js";
export { type Facts, normalizeRecord, toFacts } from "./model/facts.js";
export { PatientRecord, patientRecordJsonSchema } from "./model/record.js";
export { fromCanonical, toCanonical, UNIT_SPECS } from "./model/units.js";
export { calculateAlMayo2004, calculateAlMayo2012 } from "./scores/al-stage/al-stage.js";
export { assessCytogeneticRisk } from "./scores/cytogenetic-risk/cytogenetic-risk.js";
export { calculateImwgFrailty, calculateSimplifiedFrailty } from "./scores/frailty/frailty.js";
export { calculateIss } from "./scores/iss/iss.js";
export { calculateCrclCockcroftGault, calculateEgfrCkdEpi2021 } from "./scores/kidney/kidney.js";
export { calculateRIss } from "./scores/r-iss/r-iss.js";
export { calculateR2Iss } from "./scores/r2-iss/r2-iss.js";
export { calculateSmmImwg2020 } from "./scores/smm-imwg-2020/smm-imwg-2020.js";
export { calculateSmmMayo2018 } from "./scores/smm-mayo-2018/smm-mayo-2018.js";

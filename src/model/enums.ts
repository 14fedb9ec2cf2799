/** Enumerations of the public contract, as const objects with derived union types. */

export const DiagnosisCategory = {
  mgus: "mgus",
  smolderingMyeloma: "smoldering-myeloma",
  multipleMyeloma: "multiple-myeloma",
  solitaryPlasmacytoma: "solitary-plasmacytoma",
  solitaryPlasmacytomaMinimalMarrow: "solitary-plasmacytoma-minimal-marrow",
  alAmyloidosis: "al-amyloidosis",
  indeterminate: "indeterminate",
} as const;
export type DiagnosisCategory = (typeof DiagnosisCategory)[keyof typeof DiagnosisCategory];

export const OptionKind = {
  observation: "observation",
  radiation: "radiation",
  surgery: "surgery",
  systemicTherapy: "systemic-therapy",
  stemCellTransplant: "stem-cell-transplant",
  consolidation: "consolidation",
  maintenance: "maintenance",
  carT: "car-t",
  bispecific: "bispecific",
  clinicalTrial: "clinical-trial",
  supportiveCare: "supportive-care",
} as const;
export type OptionKind = (typeof OptionKind)[keyof typeof OptionKind];

export const HeavyChain = ["IgG", "IgA", "IgM", "IgD", "IgE", "none"] as const;
export type HeavyChain = (typeof HeavyChain)[number];

export const LightChain = ["kappa", "lambda"] as const;
export type LightChain = (typeof LightChain)[number];

export const ResponseCategory = ["sCR", "CR", "VGPR", "PR", "MR", "SD", "PD"] as const;
export type ResponseCategory = (typeof ResponseCategory)[number];

export const ImagingModality = [
  "PET-CT",
  "MRI",
  "whole-body-MRI",
  "whole-body-low-dose-CT",
  "CT",
  "skeletal-survey",
] as const;
export type ImagingModality = (typeof ImagingModality)[number];

export const PlasmacytomaSite = ["bone", "extramedullary"] as const;
export type PlasmacytomaSite = (typeof PlasmacytomaSite)[number];

export const Del1p32 = ["none", "monoallelic", "biallelic"] as const;
export type Del1p32 = (typeof Del1p32)[number];

export const TransplantCandidacy = ["yes", "no", "unknown", "deferred"] as const;
export type TransplantCandidacy = (typeof TransplantCandidacy)[number];

export const TherapyPhase = [
  "induction",
  "transplant",
  "consolidation",
  "maintenance",
  "salvage",
  "other",
] as const;
export type TherapyPhase = (typeof TherapyPhase)[number];

export const StopReason = [
  "planned",
  "completed",
  "progression",
  "toxicity",
  "patient-choice",
  "other",
] as const;
export type StopReason = (typeof StopReason)[number];

/** The disease a treatment entry was given for (PatientRecord treatmentHistory[].setting). Therapy for
 * high-risk smouldering myeloma (AQUILA daratumumab, QuiRedex, E3A06) is no line of myeloma therapy. */
export const TreatmentSetting = ["smoldering-myeloma", "multiple-myeloma"] as const;
export type TreatmentSetting = (typeof TreatmentSetting)[number];

/** Anticoagulation or thromboprophylaxis taken now (PatientRecord conditions.anticoagulation; review c9-F5):
 * "therapeutic" = full-dose anticoagulation (warfarin, a DOAC or LMWH at treatment dose); "prophylactic" =
 * prophylactic-dose LMWH (or DOAC) or aspirin; "none". treatments.md 7c (IMPEDE VTE -3 / -4). */
export const Anticoagulation = ["none", "prophylactic", "therapeutic"] as const;
export type Anticoagulation = (typeof Anticoagulation)[number];

/** Anti-infective prophylaxis taken now (PatientRecord conditions.infectionProphylaxis; review c87-M3), one value per
 * card of treatments.md 8c: "hsv-vzv" (aciclovir or valaciclovir), "pjp" (TMP-SMX, or atovaquone or pentamidine),
 * "antibacterial" (levofloxacin, TEAMM). */
export const InfectionProphylaxis = ["hsv-vzv", "pjp", "antibacterial"] as const;
export type InfectionProphylaxis = (typeof InfectionProphylaxis)[number];

/** Hypertension as the team records it (PatientRecord conditions.hypertension; review C10-W3, c11a): "none",
 * "controlled" or "uncontrolled" (the team's judgement; the reference gives no blood-pressure threshold).
 * treatments.md 7b, carfilzomib: hypertension (grade >= 3 ~5.9%), assess blood pressure at baseline. */
export const Hypertension = ["none", "controlled", "uncontrolled"] as const;
export type Hypertension = (typeof Hypertension)[number];

/** Liver function as the team records it (review c13-3): "none" (no hepatic impairment) or the Child-Pugh
 * class of a hepatic impairment. treatments.md 7b, pomalidomide: "Hepatic: Child-Pugh A/B 3 mg; C 2 mg". */
export const HepaticImpairment = ["none", "child-pugh-a", "child-pugh-b", "child-pugh-c"] as const;
export type HepaticImpairment = (typeof HepaticImpairment)[number];

/** The NYHA functional class as the team records it (review c18): "III" when not split into IIIA/IIIB.
 * treatments.md 6: D-VCd is not indicated for NYHA IIIB/IV outside trials; the AL transplant soft gate is
 * NYHA I-II (UNVERIFIED in the reference). */
export const NyhaClass = ["I", "II", "III", "IIIA", "IIIB", "IV"] as const;
export type NyhaClass = (typeof NyhaClass)[number];

export const ImmunofixationResult = ["positive", "negative"] as const;
export type ImmunofixationResult = (typeof ImmunofixationResult)[number];
/** A qualitative serology result (hepatitis B surface antigen, hepatitis B core antibody). */
export const SerologyResult = ["positive", "negative"] as const;
export type SerologyResult = (typeof SerologyResult)[number];

export const AmyloidOrgan = [
  "heart",
  "kidney",
  "liver",
  "gi-tract",
  "peripheral-nerve",
  "autonomic-nerve",
  "soft-tissue",
] as const;
export type AmyloidOrgan = (typeof AmyloidOrgan)[number];

export const AmyloidType = ["light-chain", "transthyretin", "AA", "other", "not-typed"] as const;
export type AmyloidType = (typeof AmyloidType)[number];

/** An allergy's criticality (PatientRecord allergies[].criticality; review c74-M3): the FHIR R4 AllergyIntolerance
 * criticality codes, as the EHR records them. */
export const AllergyCriticality = ["low", "high", "unable-to-assess"] as const;
export type AllergyCriticality = (typeof AllergyCriticality)[number];

/** Why a value sent for a record field was not used (review c86-M2; record `unusedValues`): the reasons the FHIR import
 * refuses a value for. `implausible`: outside the field's plausible range in the unit sent (a unit slip); `unit-refused`:
 * a unit the field does not take (unknown, or of another dimension); `no-unit`: a number without a unit;
 * `unit-not-ucum`: a unit of another code system than UCUM; `comparator`: a bound ("< 5"), not a value; `preliminary`:
 * a result not yet final; `data-absent-reason`: a value sent with a reason it is absent (FHIR obs-6); `no-value`: a
 * result sent with no value to read (a laboratory flag only, or text). */
export const UnusedValueReason = [
  "implausible",
  "unit-refused",
  "no-unit",
  "unit-not-ucum",
  "comparator",
  "preliminary",
  "data-absent-reason",
  "no-value",
] as const;
export type UnusedValueReason = (typeof UnusedValueReason)[number];

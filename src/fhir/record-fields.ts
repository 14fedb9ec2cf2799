/** Record fields without a standard code in the clinical reference, carried as Observations coded in
 * the project-local code system (SYSTEM.mmnavRecord, code = the record path). This keeps a
 * record -> Bundle -> record round trip lossless without inventing standard codes. */
import {
  AmyloidOrgan,
  AmyloidType,
  Anticoagulation,
  Del1p32,
  HeavyChain,
  HepaticImpairment,
  Hypertension,
  ImagingModality,
  ImmunofixationResult,
  InfectionProphylaxis,
  LightChain,
  NyhaClass,
  PlasmacytomaSite,
  SerologyResult,
  TransplantCandidacy,
} from "../model/enums.js";

export type LocalValueType =
  | { type: "boolean" }
  | { type: "integer" }
  | { type: "enum"; values: readonly string[] }
  | { type: "enumList"; values: readonly string[] }
  | { type: "quantity"; unit: string };

export type Section =
  | "labs"
  | "marrow"
  | "imaging"
  | "biopsy"
  | "cytogenetics"
  | "fitness"
  | "transplant"
  | "conditions";

export interface LocalField {
  /** Dotted record path, also the local code. */
  path: string;
  section: Section;
  value: LocalValueType;
  /** Several dated values also fill this `series` key. */
  series?: "serumImmunofixation" | "urineImmunofixation";
}

const bool = { type: "boolean" } as const;
const int = { type: "integer" } as const;
const oneOf = (values: readonly string[]) => ({ type: "enum", values }) as const;

export const LOCAL_FIELDS: readonly LocalField[] = [
  { path: "labs.heavyChain", section: "labs", value: oneOf(HeavyChain) },
  { path: "labs.lightChain", section: "labs", value: oneOf(LightChain) },
  {
    path: "labs.serumImmunofixation",
    section: "labs",
    value: oneOf(ImmunofixationResult),
    series: "serumImmunofixation",
  },
  {
    path: "labs.urineImmunofixation",
    section: "labs",
    value: oneOf(ImmunofixationResult),
    series: "urineImmunofixation",
  },
  // Standard-coded (LOINC 5196-1, 16933-4): written with the LOINC code and a SNOMED CT result value.
  { path: "labs.hepatitisBSurfaceAntigen", section: "labs", value: oneOf(SerologyResult) },
  { path: "labs.hepatitisBCoreAntibody", section: "labs", value: oneOf(SerologyResult) },
  { path: "marrow.mrd", section: "marrow", value: oneOf(["negative", "positive"]) },
  { path: "imaging.performed", section: "imaging", value: bool },
  { path: "imaging.modality", section: "imaging", value: oneOf(ImagingModality) },
  { path: "imaging.osteolyticLesions", section: "imaging", value: int },
  { path: "imaging.mriFocalLesions", section: "imaging", value: int },
  { path: "imaging.newLesions", section: "imaging", value: bool },
  { path: "biopsy.plasmacytoma.count", section: "biopsy", value: int },
  { path: "biopsy.plasmacytoma.site", section: "biopsy", value: oneOf(PlasmacytomaSite) },
  { path: "biopsy.plasmacytoma.sizeCm", section: "biopsy", value: { type: "quantity", unit: "cm" } },
  { path: "biopsy.amyloid", section: "biopsy", value: bool },
  { path: "biopsy.amyloidType", section: "biopsy", value: oneOf(AmyloidType) },
  ...(
    [
      "del17p",
      "tp53Mutation",
      "t4_14",
      "t14_16",
      "t14_20",
      "t11_14",
      "gain1q",
      "monosomy13",
      "trisomies",
      "nonHyperdiploid",
    ] as const
  ).map((k) => ({ path: `cytogenetics.${k}`, section: "cytogenetics" as const, value: bool })),
  {
    path: "cytogenetics.del17pClonalFraction",
    section: "cytogenetics",
    value: { type: "quantity", unit: "%" },
  },
  { path: "cytogenetics.del1p32", section: "cytogenetics", value: oneOf(Del1p32) },
  ...(["ecog", "adl", "iadl", "charlson"] as const).map((k) => ({
    path: `fitness.${k}`,
    section: "fitness" as const,
    value: int,
  })),
  { path: "transplant.candidate", section: "transplant", value: oneOf(TransplantCandidacy) },
  ...(
    [
      "renalFailureOnDialysis",
      // Review c74-U1: peripheral neuropathy present (its grade perhaps not recorded); project-local code. A
      // neuropathy Condition with no grade sets it on import (bundle-to-record.ts).
      "peripheralNeuropathy",
      "neuropathyPainful",
      // Review c74-U2: written as a pregnancy Condition when true (condition-field-codes.ts), locally when false.
      "pregnancy",
      "heartFailure",
      "recurrentInfections",
      "bonePain",
      "hyperviscosity",
      "constitutionalSymptoms",
      "lymphadenopathy",
      "hepatosplenomegaly",
      "vteHistory",
      "pathologicFracture",
      "spinalCordCompression",
    ] as const
  ).map((k) => ({ path: `conditions.${k}`, section: "conditions" as const, value: bool })),
  { path: "conditions.neuropathyGrade", section: "conditions", value: int },
  // Review c60-M1: the team's attribution of the kidney impairment to myeloma. No standard code in
  // criteria-and-scores 10 or condition-field-codes.ts says "attributed to myeloma" (a cast nephropathy
  // diagnosis is narrower): the project-local code only, as for hypertension.
  { path: "conditions.kidneyImpairmentFromMyeloma", section: "conditions", value: bool },
  // Review c70-M2: the team's attribution of the anaemia to myeloma; no standard code either (project-local).
  { path: "conditions.anaemiaFromMyeloma", section: "conditions", value: bool },
  // No standard code: criteria-and-scores 10 lists none for hypertension, and condition-field-codes.ts has no
  // confirmed code for "controlled" / "uncontrolled" (SNOMED CT 38341003 is hypertension, its control not
  // said): the project-local code only (review C10-W3, c11a).
  { path: "conditions.hypertension", section: "conditions", value: oneOf(Hypertension) },
  // The team's record of anticoagulation taken now: an anticoagulant MedicationStatement says it too when its
  // words give the intensity (bundle-to-record.ts, review c10b), but a record with the field and no drug
  // lost it on the way through FHIR (review c13, found with a new vignette): carried as entered.
  { path: "conditions.anticoagulation", section: "conditions", value: oneOf(Anticoagulation) },
  // Review c18: the NYHA class as the team records it; the reference gives no code for it, so a project-local
  // code, as for hypertension.
  { path: "conditions.nyhaClass", section: "conditions", value: oneOf(NyhaClass) },
  // Review c13-3: the Child-Pugh class as the team records it; a project-local code, as for hypertension.
  { path: "conditions.hepaticImpairment", section: "conditions", value: oneOf(HepaticImpairment) },
  // Review c87-M3: anti-infective prophylaxis taken now as the team records it; no standard code says the record's
  // grouping (a MedicationStatement of the drug says it too: bundle-to-record.ts). "none" for an empty list.
  {
    path: "conditions.infectionProphylaxis",
    section: "conditions",
    value: { type: "enumList", values: [...InfectionProphylaxis, "none"] },
  },
  {
    path: "conditions.amyloidOrgans",
    section: "conditions",
    value: { type: "enumList", values: [...AmyloidOrgan, "none"] },
  },
];

const BY_PATH = new Map(LOCAL_FIELDS.map((f) => [f.path, f]));
export function localField(path: string): LocalField | undefined {
  return BY_PATH.get(path);
}

/** Lab quantities without a LOINC code in codes.ts (troponin T of unstated assay, free light chains of
 * unknown type) use the local code `labs.<field>`. A local field with a standard code (fitness.ecog:
 * LOINC 89247-1) is written with that code and read from either. A `conditions` flag with a confirmed
 * SNOMED CT code (condition-field-codes.ts) is written as a Condition when true and stays a local
 * Observation when false (FHIR has no plain "known absent" Condition). */

/** Extension carrying what FHIR medication resources cannot say about a line of therapy. */
export const TREATMENT_LINE_EXTENSION =
  "https://myeloma-navigator.org/fhir/StructureDefinition/treatment-line";
/** A treatment-history entry without a drug or transplant is exported as a Procedure when its regimen
 * names one (radiotherapy, surgery, a transplant), and otherwise as a CarePlan: the engine reads such an
 * entry as a period of observation (src/response/lines.ts). Words only decide the resource type; the
 * entry itself travels whole in the treatment-line extension either way. */
const PROCEDURE_WORDS =
  /radiother|radiation|\b(rt|xrt|ebrt|sbrt|imrt)\b|surg|excision|resection|ectomy|transplant|\b(asct|sct|hsct)\b/i;
export function isProcedureEntry(regimen: string): boolean {
  return PROCEDURE_WORDS.test(regimen);
}

/** Identifier system for the PatientRecord id on the Patient resource. */
export const RECORD_ID_SYSTEM = "https://myeloma-navigator.org/fhir/NamingSystem/record-id";

/** meta.tag on an Observation that is part of a history only: the record had no current value, so the
 * import must not promote the latest of these to the current one. */
export const HISTORY_TAG = {
  system: "https://myeloma-navigator.org/fhir/CodeSystem/record-role",
  code: "history-only",
} as const;

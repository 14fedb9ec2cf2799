/** Standard codes (SNOMED CT, ICD-10-CM) for the record's `conditions` fields, read from FHIR Condition
 * resources and written back on export. Every code names where its code and display were confirmed
 * (`source`); a field with no confirmed code stays in the project-local code system (record-fields.ts).
 * Matching is by exact code: a descendant concept (e.g. a more specific heart failure) is not inferred
 * without a terminology server, so it comes back as a warning, never as a value. */
import type { CitationId } from "../model/bibliography/index.js";
import type { Evidence } from "../model/trace.js";
import { SYSTEM } from "./codes.js";

/** The boolean `conditions` fields that have a confirmed standard code. */
export const CODED_CONDITION_FLAGS = [
  "heartFailure",
  "renalFailureOnDialysis",
  "vteHistory",
  "lymphadenopathy",
  "hepatosplenomegaly",
  "bonePain",
  "pathologicFracture",
] as const;
export type CodedConditionFlag = (typeof CODED_CONDITION_FLAGS)[number];

/** What a present Condition with the code says: a boolean field is true, or (peripheral neuropathy)
 * `conditions.neuropathyGrade` is at least 1, its grade not given by the code. */
export type ConditionFieldTarget = CodedConditionFlag | "peripheralNeuropathy";

/** "current": only an active (or recurring/relapsed) Condition counts; "history": any Condition that
 * happened counts, resolved ones included (a resolved deep vein thrombosis is a history of VTE). */
export const CONDITION_FIELD_TIMING: Readonly<Record<ConditionFieldTarget, "current" | "history">> = {
  heartFailure: "current",
  renalFailureOnDialysis: "current",
  vteHistory: "history",
  lymphadenopathy: "current",
  hepatosplenomegaly: "current",
  bonePain: "current",
  pathologicFracture: "current",
  peripheralNeuropathy: "current",
};

export interface ConditionFieldCode {
  system: typeof SYSTEM.snomed | typeof SYSTEM.icd10cm;
  code: string;
  /** The display as the source lists it (SNOMED CT: the fully specified name). */
  display: string;
  target: ConditionFieldTarget;
  /** The code written for this target on export (at most one per target). */
  exported?: true;
  /** "verified": listed with this display by two or more published FHIR guides; "secondary": one. */
  evidence: Evidence;
  citation: CitationId;
  /** Where the code and its display were confirmed. */
  source: string;
  /** Other published lists that give the same code and display. */
  alsoListedIn?: readonly string[];
}

const COVID19_CARDIO =
  "https://hl7.org/fhir/us/covid19library/informative1/ValueSet-covid19-underlying-cardiovascular-condition-value-set.html";
const COVID19_NEURO =
  "https://hl7.org/fhir/us/covid19library/informative1/ValueSet-covid19-underlying-neurolgic-condition-value-set.html";
const COVID19_RENAL =
  "https://hl7.org/fhir/us/covid19library/informative1/ValueSet-covid19-underlying-renal-condition-value-set.html";
const CREDS_HF = "https://build.fhir.org/ig/HL7/fhir-registry-protocols-ig/ValueSet-HeartFailure.html";
const GECCO_CARDIO = "https://www.netzwerk-universitaetsmedizin.de/fhir/ValueSet/cardiovascular-diseases";
const GECCO_CKD = "https://www.netzwerk-universitaetsmedizin.de/fhir/ValueSet/chronic-kidney-diseases";
const GECCO_COMPLICATIONS =
  "https://www.netzwerk-universitaetsmedizin.de/fhir/ValueSet/complications-covid-19";
const GECCO_SYMPTOMS = "https://www.netzwerk-universitaetsmedizin.de/fhir/ValueSet/sars-cov-2-symptoms";
const BE_IMAGING =
  "https://www.ehealth.fgov.be/standards/fhir/terminology/ValueSet/be-vs-diagnostic-imaging-indication";
const MCODE_CHF = "https://hl7.org/fhir/us/mcode/STU2/ValueSet-elixhauser-congestive-heart-failure-vs.html";
const MCODE_RENAL = "https://hl7.org/fhir/us/mcode/STU2/ValueSet-elixhauser-renal-failure-severe-vs.html";
const DAVINCI_DIALYSIS = "https://hl7.org/fhir/us/davinci-ra/Condition-ra-condition16pat03.html";

const snomed = (
  code: string,
  display: string,
  target: ConditionFieldTarget,
  citation: CitationId,
  source: string,
  alsoListedIn: readonly string[] = [],
  exported = false,
): ConditionFieldCode => ({
  system: SYSTEM.snomed,
  code,
  display,
  target,
  ...(exported ? { exported: true as const } : {}),
  evidence: alsoListedIn.length > 0 ? "verified" : "secondary",
  citation,
  source,
  ...(alsoListedIn.length > 0 ? { alsoListedIn } : {}),
});

/** ICD-10-CM codes of the HCUP Elixhauser congestive heart failure list (mCODE STU2) whose title says
 * heart failure; the list's other entries (cardiogenic shock, Takotsubo syndrome, heart assist device,
 * cardiac failure due to anaesthesia in pregnancy) are left out: they do not say the patient has heart
 * failure now. Displays as the list gives them (HCUP abbreviates some). */
const ICD_HEART_FAILURE: readonly [string, string][] = [
  ["I09.81", "Rheumatic heart failure"],
  ["I11.0", "Hypertensive heart disease with heart failure"],
  [
    "I13.0",
    "Hypertensive heart and chronic kidney disease with heart failure and stage 1 through stage 4 chronic kidney disease, or unsp",
  ],
  [
    "I13.2",
    "Hypertensive heart and chronic kidney disease with heart failure and with stage 5 chronic kidney disease, or end stage renal",
  ],
  ["I50.1", "Left ventricular failure, unspecified"],
  ["I50.20", "Unspecified systolic (congestive) heart failure"],
  ["I50.21", "Acute systolic (congestive) heart failure"],
  ["I50.22", "Chronic systolic (congestive) heart failure"],
  ["I50.23", "Acute on chronic systolic (congestive) heart failure"],
  ["I50.30", "Unspecified diastolic (congestive) heart failure"],
  ["I50.31", "Acute diastolic (congestive) heart failure"],
  ["I50.32", "Chronic diastolic (congestive) heart failure"],
  ["I50.33", "Acute on chronic diastolic (congestive) heart failure"],
  ["I50.40", "Unsp combined systolic and diastolic (congestive) hrt fail"],
  ["I50.41", "Acute combined systolic and diastolic (congestive) hrt fail"],
  ["I50.42", "Chronic combined systolic and diastolic hrt fail"],
  ["I50.43", "Acute on chronic combined systolic and diastolic hrt fail"],
  ["I50.810", "Right heart failure, unspecified"],
  ["I50.811", "Acute right heart failure"],
  ["I50.812", "Chronic right heart failure"],
  ["I50.813", "Acute on chronic right heart failure"],
  ["I50.814", "Right heart failure due to left heart failure"],
  ["I50.82", "Biventricular heart failure"],
  ["I50.83", "High output heart failure"],
  ["I50.84", "End stage heart failure"],
  ["I50.89", "Other heart failure"],
  ["I50.9", "Heart failure, unspecified"],
];

/** The table: one row per code. Confirmed 2026-12-01 from the published lists named in `source`. */
export const CONDITION_FIELD_CODES: readonly ConditionFieldCode[] = [
  // Heart failure.
  snomed(
    "84114007",
    "Heart failure (disorder)",
    "heartFailure",
    "hl7-covid19-library-conditions",
    COVID19_CARDIO,
    [CREDS_HF, GECCO_CARDIO],
    true,
  ),
  snomed(
    "42343007",
    "Congestive heart failure (disorder)",
    "heartFailure",
    "hl7-covid19-library-conditions",
    COVID19_CARDIO,
  ),
  snomed(
    "417996009",
    "Systolic heart failure (disorder)",
    "heartFailure",
    "hl7-covid19-library-conditions",
    COVID19_CARDIO,
  ),
  snomed(
    "418304008",
    "Diastolic heart failure (disorder)",
    "heartFailure",
    "hl7-covid19-library-conditions",
    COVID19_CARDIO,
  ),
  ...ICD_HEART_FAILURE.map(
    ([code, display]): ConditionFieldCode => ({
      system: SYSTEM.icd10cm,
      code,
      display,
      target: "heartFailure",
      evidence: "secondary",
      citation: "hl7-mcode-stu2-elixhauser",
      source: MCODE_CHF,
    }),
  ),
  // On dialysis for renal failure.
  snomed(
    "105502003",
    "Dependence on renal dialysis (finding)",
    "renalFailureOnDialysis",
    "hl7-covid19-library-conditions",
    COVID19_RENAL,
    [],
    true,
  ),
  snomed(
    "714152005",
    "Chronic kidney disease stage 5 on dialysis (disorder)",
    "renalFailureOnDialysis",
    "hl7-gecco-conditions",
    GECCO_CKD,
  ),
  {
    system: SYSTEM.icd10cm,
    code: "Z99.2",
    display: "Dependence on renal dialysis",
    target: "renalFailureOnDialysis",
    evidence: "verified",
    citation: "hl7-mcode-stu2-elixhauser",
    source: MCODE_RENAL,
    alsoListedIn: [DAVINCI_DIALYSIS],
  },
  // Venous thromboembolism, ever (deep vein thrombosis or pulmonary embolism). No code of exactly
  // "venous thromboembolism" was confirmed, so nothing is written on export (the local code stays).
  snomed(
    "128053003",
    "Deep venous thrombosis (disorder)",
    "vteHistory",
    "hl7-covid19-library-conditions",
    COVID19_CARDIO,
    [BE_IMAGING],
  ),
  snomed(
    "59282003",
    "Pulmonary embolism (disorder)",
    "vteHistory",
    "hl7-covid19-library-conditions",
    COVID19_CARDIO,
    [GECCO_COMPLICATIONS],
  ),
  snomed(
    "161508001",
    "History of - deep vein thrombosis (situation)",
    "vteHistory",
    "hl7-covid19-library-conditions",
    COVID19_CARDIO,
  ),
  // Examination findings.
  snomed(
    "30746006",
    "Lymphadenopathy (disorder)",
    "lymphadenopathy",
    "hl7-gecco-conditions",
    GECCO_SYMPTOMS,
    [BE_IMAGING],
    true,
  ),
  snomed(
    "36760000",
    "Hepatosplenomegaly (disorder)",
    "hepatosplenomegaly",
    "be-ehealth-imaging-indication",
    BE_IMAGING,
    [],
    true,
  ),
  // Bone.
  snomed(
    "12584003",
    "Bone pain (finding)",
    "bonePain",
    "be-ehealth-imaging-indication",
    BE_IMAGING,
    [],
    true,
  ),
  snomed(
    "268029009",
    "Pathological fracture (disorder)",
    "pathologicFracture",
    "be-ehealth-imaging-indication",
    BE_IMAGING,
    [],
    true,
  ),
  // Peripheral neuropathy: the code says it is there, not its grade.
  snomed(
    "302226006",
    "Peripheral nerve disease (disorder)",
    "peripheralNeuropathy",
    "hl7-covid19-library-conditions",
    COVID19_NEURO,
    [],
    true,
  ),
];

export function conditionFieldCode(system: string, code: string): ConditionFieldCode | undefined {
  return CONDITION_FIELD_CODES.find((e) => e.system === system && e.code === code);
}

/** The code written on export for a target, when one was confirmed. */
export function exportedConditionCode(target: ConditionFieldTarget): ConditionFieldCode | undefined {
  return CONDITION_FIELD_CODES.find((e) => e.target === target && e.exported);
}

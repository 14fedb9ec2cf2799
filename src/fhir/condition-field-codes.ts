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
  "spinalCordCompression",
  "constitutionalSymptoms",
  "pregnancy",
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
  spinalCordCompression: "current",
  constitutionalSymptoms: "current",
  pregnancy: "current",
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
  /** "verified": listed with this display by two or more published FHIR guides or VSAC value sets;
   * "secondary": one, or only code look-up sites (never verified, however many agree). */
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
const MCODE_WEIGHT_LOSS = "https://hl7.org/fhir/us/mcode/STU2/ValueSet-elixhauser-weight-loss-vs.html";
/** VSAC expansions as the CMS dQM content IG publishes them (read 2026-12-01). */
const VSAC =
  "https://github.com/cqframework/dqm-content-cms-2025/blob/main/input/vocabulary/valueset/external";
const VSAC_VTE_ICD = `${VSAC}/ValueSet-2.16.840.1.113883.3.117.1.7.1.328-20250206.json`;
const VSAC_VTE_SCT = `${VSAC}/ValueSet-2.16.840.1.113883.3.117.1.7.1.330-20250206.json`;
const VSAC_NEUROPATHY = `${VSAC}/ValueSet-2.16.840.1.113762.1.4.1248.175-20221006.json`;
const VSAC_BONE_PAIN = `${VSAC}/ValueSet-2.16.840.1.113883.3.526.2.325-20230215.json`;
const VSAC_FRAILTY_SCT = `${VSAC}/ValueSet-2.16.840.1.113883.3.464.1003.113.11.1311-20231116.json`;
const VSAC_WEIGHT_LOSS_ICD = `${VSAC}/ValueSet-2.16.840.1.113762.1.4.1258.2-20241012.json`;
/** Review c74-U2: pregnancy codes (read 2026-12-07). SNOMED CT 77386006 "Pregnant" is the IPS Pregnancy Status value
 * set's; ICD-10-CM Z33.1 and O09.90 are listed by a published FHIR IG's ICD-10-CM condition value set (Cicada), Z33.1
 * with this title, O09.90 as "Supervision of high risk pregnancy, unspecified trimester" (the CMS title, written here,
 * adds ", unspecified"); one list each, so secondary. */
const IPS_PREGNANCY = "https://hl7.org/fhir/uv/ips/ValueSet-pregnancy-status-uv-ips.html";
const CICADA_CONDITIONS = "https://fhirfli.dev/fhir/ig/cicada/ValueSet/vaccine-condition-codes-icd10";
/** Code look-up sites that copy the CMS ICD-10-CM titles (secondary). */
const ICDLIST_Z867 = "https://icdlist.com/icd-10/Z86.7";
const LITTLEDEN_Z8671 = "https://littleden.blog/icd10/code/z86.71/";
const DISEASEDB = "https://www.diseasedb.com/icd10";
const ICDLIST_R59 = "https://icdlist.com/icd-10/codes/enlarged-lymph-nodes-r59";
const CODINGMCW = "https://codingmcw.happycovergirlco.com/50-Medical-Coding/ICD-10-Codes";
const MEDENTIC_R162 = "https://www.medentic.app/en/resources/icd-codes/r16-2";

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

const icd = (
  code: string,
  display: string,
  target: ConditionFieldTarget,
  citation: CitationId,
  source: string,
  alsoListedIn: readonly string[] = [],
  evidence: Evidence = alsoListedIn.length > 0 ? "verified" : "secondary",
): ConditionFieldCode => ({
  system: SYSTEM.icd10cm,
  code,
  display,
  target,
  evidence,
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

/** ICD-10-CM codes of the VSAC Venous Thromboembolism list (TJC, ICD-10-CM 2025) that name a pulmonary
 * embolism or a deep vein thrombosis of the leg. The list's cement and fat emboli (not thrombi),
 * phlebitis and thrombophlebitis (may be superficial) and thromboses of other or unspecified veins are
 * left out: they do not say the patient had a venous thromboembolism as the field means it. */
const ICD_VTE: readonly [string, string][] = [
  ["I26.02", "Saddle embolus of pulmonary artery with acute cor pulmonale"],
  ["I26.09", "Other pulmonary embolism with acute cor pulmonale"],
  ["I26.92", "Saddle embolus of pulmonary artery without acute cor pulmonale"],
  ["I26.93", "Single subsegmental thrombotic pulmonary embolism without acute cor pulmonale"],
  ["I26.94", "Multiple subsegmental thrombotic pulmonary emboli without acute cor pulmonale"],
  ["I26.99", "Other pulmonary embolism without acute cor pulmonale"],
  ["I82.401", "Acute embolism and thrombosis of unspecified deep veins of right lower extremity"],
  ["I82.402", "Acute embolism and thrombosis of unspecified deep veins of left lower extremity"],
  ["I82.403", "Acute embolism and thrombosis of unspecified deep veins of lower extremity, bilateral"],
  ["I82.409", "Acute embolism and thrombosis of unspecified deep veins of unspecified lower extremity"],
  ["I82.411", "Acute embolism and thrombosis of right femoral vein"],
  ["I82.412", "Acute embolism and thrombosis of left femoral vein"],
  ["I82.413", "Acute embolism and thrombosis of femoral vein, bilateral"],
  ["I82.419", "Acute embolism and thrombosis of unspecified femoral vein"],
  ["I82.421", "Acute embolism and thrombosis of right iliac vein"],
  ["I82.422", "Acute embolism and thrombosis of left iliac vein"],
  ["I82.423", "Acute embolism and thrombosis of iliac vein, bilateral"],
  ["I82.429", "Acute embolism and thrombosis of unspecified iliac vein"],
  ["I82.431", "Acute embolism and thrombosis of right popliteal vein"],
  ["I82.432", "Acute embolism and thrombosis of left popliteal vein"],
  ["I82.433", "Acute embolism and thrombosis of popliteal vein, bilateral"],
  ["I82.439", "Acute embolism and thrombosis of unspecified popliteal vein"],
  ["I82.4Y1", "Acute embolism and thrombosis of unspecified deep veins of right proximal lower extremity"],
  ["I82.4Y2", "Acute embolism and thrombosis of unspecified deep veins of left proximal lower extremity"],
  [
    "I82.4Y3",
    "Acute embolism and thrombosis of unspecified deep veins of proximal lower extremity, bilateral",
  ],
  [
    "I82.4Y9",
    "Acute embolism and thrombosis of unspecified deep veins of unspecified proximal lower extremity",
  ],
];

/** ICD-10-CM codes of the VSAC Peripheral Neuropathy list (Mathematica, ICD-10-CM 2025) that name a
 * polyneuropathy, whatever its cause: each says peripheral neuropathy is there (its grade is not said).
 * The list's mononeuropathies (one nerve), named syndromes (hereditary motor and sensory neuropathy,
 * Refsum, hereditary ataxia, Guillain-Barre, multifocal motor neuropathy), "other" hereditary
 * neuropathies and sequelae are left out, to keep to codes that plainly name a standing polyneuropathy. */
const ICD_POLYNEUROPATHY: readonly [string, string][] = [
  ["G60.3", "Idiopathic progressive neuropathy"],
  ["G60.9", "Hereditary and idiopathic neuropathy, unspecified"],
  ["G61.81", "Chronic inflammatory demyelinating polyneuritis"],
  ["G61.9", "Inflammatory polyneuropathy, unspecified"],
  ["G62.0", "Drug-induced polyneuropathy"],
  ["G62.1", "Alcoholic polyneuropathy"],
  ["G62.2", "Polyneuropathy due to other toxic agents"],
  ["G62.81", "Critical illness polyneuropathy"],
  ["G62.82", "Radiation-induced polyneuropathy"],
  ["G62.89", "Other specified polyneuropathies"],
  ["G62.9", "Polyneuropathy, unspecified"],
  ["G63", "Polyneuropathy in diseases classified elsewhere"],
  ["E10.42", "Type 1 diabetes mellitus with diabetic polyneuropathy"],
  ["E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"],
  ["E13.42", "Other specified diabetes mellitus with diabetic polyneuropathy"],
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
    [BE_IMAGING, VSAC_VTE_SCT],
  ),
  snomed(
    "59282003",
    "Pulmonary embolism (disorder)",
    "vteHistory",
    "hl7-covid19-library-conditions",
    COVID19_CARDIO,
    [GECCO_COMPLICATIONS, VSAC_VTE_SCT],
  ),
  snomed(
    "161508001",
    "History of - deep vein thrombosis (situation)",
    "vteHistory",
    "hl7-covid19-library-conditions",
    COVID19_CARDIO,
  ),
  // "Thromboembolism of vein" is venous thromboembolism itself, but a Condition written with it would
  // have to say active or resolved, which a history flag does not know: it is read, not written.
  snomed(
    "429098002",
    "Thromboembolism of vein (disorder)",
    "vteHistory",
    "vsac-ecqm-value-sets",
    VSAC_VTE_SCT,
  ),
  snomed(
    "233935004",
    "Pulmonary thromboembolism (disorder)",
    "vteHistory",
    "vsac-ecqm-value-sets",
    VSAC_VTE_SCT,
  ),
  ...ICD_VTE.map(([code, display]) => icd(code, display, "vteHistory", "vsac-ecqm-value-sets", VSAC_VTE_ICD)),
  // History codes: "other venous thrombosis and embolism" is a past DVT or a clot of another vein (portal,
  // arm, ...), a venous thromboembolism in the sense of the IMiD thromboprophylaxis risk factors.
  icd(
    "Z86.711",
    "Personal history of pulmonary embolism",
    "vteHistory",
    "icd10cm-lookup-sites",
    ICDLIST_Z867,
    [LITTLEDEN_Z8671],
    "secondary",
  ),
  icd(
    "Z86.718",
    "Personal history of other venous thrombosis and embolism",
    "vteHistory",
    "icd10cm-lookup-sites",
    ICDLIST_Z867,
    [LITTLEDEN_Z8671],
    "secondary",
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
  icd(
    "R59.0",
    "Localized enlarged lymph nodes",
    "lymphadenopathy",
    "icd10cm-lookup-sites",
    `${DISEASEDB}/R59.0`,
    [ICDLIST_R59],
    "secondary",
  ),
  icd(
    "R59.1",
    "Generalized enlarged lymph nodes",
    "lymphadenopathy",
    "icd10cm-lookup-sites",
    `${CODINGMCW}/R59.1`,
    [ICDLIST_R59],
    "secondary",
  ),
  icd(
    "R59.9",
    "Enlarged lymph nodes, unspecified",
    "lymphadenopathy",
    "icd10cm-lookup-sites",
    `${DISEASEDB}/R59.9`,
    [ICDLIST_R59],
    "secondary",
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
  icd(
    "R16.2",
    "Hepatomegaly with splenomegaly, not elsewhere classified",
    "hepatosplenomegaly",
    "icd10cm-lookup-sites",
    MEDENTIC_R162,
  ),
  // Bone.
  snomed(
    "12584003",
    "Bone pain (finding)",
    "bonePain",
    "be-ehealth-imaging-indication",
    BE_IMAGING,
    [VSAC_BONE_PAIN],
    true,
  ),
  // Bone pain due to a malignancy is bone pain (read; the export writes the plain code).
  snomed("282743009", "Malignant bone pain (finding)", "bonePain", "vsac-ecqm-value-sets", VSAC_BONE_PAIN),
  snomed(
    "268029009",
    "Pathological fracture (disorder)",
    "pathologicFracture",
    "be-ehealth-imaging-indication",
    BE_IMAGING,
    [],
    true,
  ),
  // Spinal cord compression: "cord compression" in ICD-10-CM G95.2- is the spinal cord's. No SNOMED CT
  // code was confirmed, so nothing is written on export (the local code stays).
  icd(
    "G95.20",
    "Unspecified cord compression",
    "spinalCordCompression",
    "icd10cm-lookup-sites",
    `${CODINGMCW}/G95.20`,
  ),
  // Constitutional symptoms (the IgM MGUS and Waldenstrom criteria: fever, night sweats, weight loss,
  // fatigue): an unexplained or abnormal weight loss is one of them, so the field is true. Read only: no
  // code says "constitutional symptoms" as a whole.
  snomed(
    "422868009",
    "Unexplained weight loss (finding)",
    "constitutionalSymptoms",
    "vsac-ecqm-value-sets",
    VSAC_FRAILTY_SCT,
  ),
  icd(
    "R63.4",
    "Abnormal weight loss",
    "constitutionalSymptoms",
    "vsac-ecqm-value-sets",
    VSAC_WEIGHT_LOSS_ICD,
    [MCODE_WEIGHT_LOSS],
  ),
  // Pregnancy (review c74-U2): an active, confirmed pregnancy Condition. Matched by exact code, as every code here:
  // other O09.- (supervision of high-risk pregnancy by trimester) and Z34.- codes come back as a warning that names
  // them in words; a positive hCG Observation is not read (out of scope of review c74).
  snomed("77386006", "Pregnant", "pregnancy", "hl7-pregnancy-codes", IPS_PREGNANCY, [], true),
  icd("Z33.1", "Pregnant state, incidental", "pregnancy", "hl7-pregnancy-codes", CICADA_CONDITIONS),
  icd(
    "O09.90",
    "Supervision of high risk pregnancy, unspecified, unspecified trimester",
    "pregnancy",
    "hl7-pregnancy-codes",
    CICADA_CONDITIONS,
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
  ...ICD_POLYNEUROPATHY.map(([code, display]) =>
    icd(code, display, "peripheralNeuropathy", "vsac-ecqm-value-sets", VSAC_NEUROPATHY),
  ),
];

export function conditionFieldCode(system: string, code: string): ConditionFieldCode | undefined {
  return CONDITION_FIELD_CODES.find((e) => e.system === system && e.code === code);
}

/** The code written on export for a target, when one was confirmed. */
export function exportedConditionCode(target: ConditionFieldTarget): ConditionFieldCode | undefined {
  return CONDITION_FIELD_CODES.find((e) => e.target === target && e.exported);
}

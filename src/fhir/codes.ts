/** Versioned interoperability code tables (criteria-and-scores.md section 10, plus RxNorm and vital
 * signs looked up for this module). Every code keeps the reference's verification status; the FHIR
 * mapping reads these tables, never literals in its logic. */
import type { CitationId } from "../model/bibliography/index.js";
import type { DiagnosisCategory } from "../model/enums.js";
import type { LabQuantityField } from "../model/record.js";
import type { Evidence } from "../model/trace.js";

/** Bump when any table below changes (an Assessment export names the table version it used). */
export const CODE_TABLES_VERSION = "2026-12-07.3";

export const SYSTEM = {
  loinc: "http://loinc.org",
  snomed: "http://snomed.info/sct",
  icd10cm: "http://hl7.org/fhir/sid/icd-10-cm",
  /** WHO ICD-10, as non-US EHRs send it (review c74-m3); read only, never written. */
  icd10who: "http://hl7.org/fhir/sid/icd-10",
  rxnorm: "http://www.nlm.nih.gov/research/umls/rxnorm",
  ucum: "http://unitsofmeasure.org",
  /** Project-local code system for record fields that have no standard code in the reference. */
  mmnavRecord: "https://myeloma-navigator.org/fhir/CodeSystem/record-field",
  mmnavDiagnosis: "https://myeloma-navigator.org/fhir/CodeSystem/diagnosis-category",
  mmnavProcedure: "https://myeloma-navigator.org/fhir/CodeSystem/procedure",
} as const;

/** Where a coded observation lands in the record. */
export type LoincTarget =
  | { kind: "lab"; field: LabQuantityField; method?: "conventional" | "high-sensitivity" }
  | { kind: "freeLightChain"; chain: "kappa" | "lambda" }
  | { kind: "marrowPlasmaCells" }
  | { kind: "weight" }
  | { kind: "height" }
  /** A record field otherwise carried in the project-local code system (record-fields.ts), read the
   * same way: the dotted record path, e.g. "fitness.ecog". */
  | { kind: "recordField"; path: string }
  /** Known code whose value the navigator computes itself or cannot use: imported as a warning. */
  | { kind: "notUsed"; reason: string };

export interface LoincEntry {
  code: string;
  display: string;
  target: LoincTarget;
  evidence: Evidence;
  citation: CitationId;
  note?: string;
}

/** LOINC, section 10.1 ([S] -> secondary, UNVERIFIED/[U] -> unverified). */
export const LOINC: readonly LoincEntry[] = [
  {
    code: "33358-3",
    display: "Protein.monoclonal [Mass/volume] in Serum or Plasma by Electrophoresis",
    target: { kind: "lab", field: "serumMProtein" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "42482-0",
    display: "Protein.monoclonal [Mass/time] in 24 hour Urine by Electrophoresis",
    target: { kind: "lab", field: "urineMProtein" },
    evidence: "unverified",
    citation: "loinc-codes",
    note: "The reference's alternative 32730-5 fails the LOINC check digit; check 42482-0 in the LOINC browser.",
  },
  // The reference also names 32730-5 for 24-h urine M-protein (one public code base). It fails the
  // LOINC Mod 10 check digit (32730 gives 4), so it cannot be a LOINC code and is not mapped.
  {
    code: "36916-5",
    display: "Kappa light chains.free [Mass/volume] in Serum or Plasma",
    target: { kind: "freeLightChain", chain: "kappa" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "33944-0",
    display: "Lambda light chains.free [Mass/volume] in Serum or Plasma",
    target: { kind: "freeLightChain", chain: "lambda" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "48378-4",
    display: "Kappa light chains.free/Lambda light chains.free [Mass Ratio] in Serum or Plasma",
    target: {
      kind: "notUsed",
      reason: "the free light chain ratio is computed from the kappa and lambda values",
    },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "1952-1",
    display: "Beta-2-Microglobulin [Mass/volume] in Serum or Plasma",
    target: { kind: "lab", field: "beta2Microglobulin" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "1751-7",
    display: "Albumin [Mass/volume] in Serum or Plasma",
    target: { kind: "lab", field: "albumin" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "2532-0",
    display: "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma",
    target: { kind: "lab", field: "ldh" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "14804-9",
    display:
      "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma by Lactate to pyruvate reaction",
    target: { kind: "lab", field: "ldh" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "2160-0",
    display: "Creatinine [Mass/volume] in Serum or Plasma",
    target: { kind: "lab", field: "creatinine" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "14682-9",
    display: "Creatinine [Moles/volume] in Serum or Plasma",
    target: { kind: "lab", field: "creatinine" },
    evidence: "unverified",
    citation: "loinc-codes",
  },
  {
    code: "17861-6",
    display: "Calcium [Mass/volume] in Serum or Plasma",
    target: { kind: "lab", field: "calcium" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "2000-8",
    display: "Calcium [Moles/volume] in Serum or Plasma",
    target: { kind: "lab", field: "calcium" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "718-7",
    display: "Hemoglobin [Mass/volume] in Blood",
    target: { kind: "lab", field: "hemoglobin" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "98979-8",
    display:
      "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] by Creatinine-based formula (CKD-EPI 2021)",
    target: { kind: "notUsed", reason: "eGFR is computed by the navigator from creatinine, age and sex" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "11118-7",
    display: "Plasma cells/100 cells in Bone marrow by Manual count",
    target: { kind: "marrowPlasmaCells" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "93021-4",
    display: "Plasma cells with abnormal marker pattern/Cells counted in Bone marrow by Flow cytometry",
    target: {
      kind: "notUsed",
      reason:
        "a flow cytometry plasma cell fraction is not the morphological clonal plasma cell percentage the criteria use",
    },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "33762-6",
    display: "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma",
    target: { kind: "lab", field: "ntProBnp" },
    evidence: "verified",
    citation: "loinc-codes",
  },
  {
    code: "6598-7",
    display: "Troponin T.cardiac [Mass/volume] in Serum or Plasma",
    target: { kind: "lab", field: "troponinT", method: "conventional" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  {
    code: "67151-1",
    display: "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method",
    target: { kind: "lab", field: "troponinT", method: "high-sensitivity" },
    evidence: "secondary",
    citation: "loinc-codes",
  },
  // Not in the clinical reference: quantitative serum immunoglobulins, the result LOINC codes of
  // laboratory catalogues (looked up 2026-12-01); secondary. IgG feeds the IVIG option (low IgG with
  // infections), IgA/IgM the uninvolved immunoglobulins.
  {
    code: "2465-3",
    display: "IgG [Mass/volume] in Serum or Plasma",
    target: { kind: "lab", field: "igg" },
    evidence: "secondary",
    citation: "lab-catalogue-immunoglobulin-loinc",
  },
  {
    code: "2458-8",
    display: "IgA [Mass/volume] in Serum or Plasma",
    target: { kind: "lab", field: "iga" },
    evidence: "secondary",
    citation: "lab-catalogue-immunoglobulin-loinc",
  },
  {
    code: "2472-9",
    display: "IgM [Mass/volume] in Serum or Plasma",
    target: { kind: "lab", field: "igm" },
    evidence: "secondary",
    citation: "lab-catalogue-immunoglobulin-loinc",
  },
  // Not in the clinical reference: blood counts (review c14, lead; looked up 2026-12-03), the absolute
  // neutrophil count and the platelet count, automated count first (the code written on export).
  {
    code: "751-8",
    display: "Neutrophils [#/volume] in Blood by Automated count",
    target: { kind: "lab", field: "neutrophils" },
    evidence: "secondary",
    citation: "blood-count-loinc",
  },
  {
    code: "26499-4",
    display: "Neutrophils [#/volume] in Blood",
    target: { kind: "lab", field: "neutrophils" },
    evidence: "secondary",
    citation: "blood-count-loinc",
  },
  {
    code: "753-4",
    display: "Neutrophils [#/volume] in Blood by Manual count",
    target: { kind: "lab", field: "neutrophils" },
    evidence: "secondary",
    citation: "blood-count-loinc",
  },
  {
    code: "777-3",
    display: "Platelets [#/volume] in Blood by Automated count",
    target: { kind: "lab", field: "platelets" },
    evidence: "secondary",
    citation: "blood-count-loinc",
  },
  {
    code: "26515-7",
    display: "Platelets [#/volume] in Blood",
    target: { kind: "lab", field: "platelets" },
    evidence: "secondary",
    citation: "blood-count-loinc",
  },
  // Not in the clinical reference: 24-hour urine total protein (AL amyloidosis' kidney criterion reads it).
  {
    code: "2889-4",
    display: "Protein [Mass/time] in 24 hour Urine",
    target: { kind: "lab", field: "urineTotalProtein" },
    evidence: "secondary",
    citation: "urine-protein-loinc",
  },
  // Not in the clinical reference: measured (24-hour urine) creatinine clearance, the code of the HL7
  // Order Catalog IG's creatinine renal clearance definition (mL/min); secondary.
  {
    code: "2164-2",
    display: "Creatinine renal clearance in 24 hour Urine and Serum or Plasma",
    target: { kind: "lab", field: "measuredCreatinineClearance" },
    evidence: "secondary",
    citation: "hl7-order-catalog-creatinine-clearance",
  },
  // Not in the clinical reference: the code the HL7 mCODE ECOG profile pins (valueInteger 0-5).
  {
    code: "89247-1",
    display: "ECOG Performance Status score",
    target: { kind: "recordField", path: "fitness.ecog" },
    evidence: "verified",
    citation: "hl7-mcode-ecog",
  },
  // Not in the clinical reference: hepatitis B screening before anti-CD38 antibodies (review c7-03), looked
  // up 2026-12-02; secondary. The value is positive or negative (SNOMED_RESULT below, or the word).
  {
    code: "5196-1",
    display: "Hepatitis B virus surface Ag [Presence] in Serum",
    target: { kind: "recordField", path: "labs.hepatitisBSurfaceAntigen" },
    evidence: "secondary",
    citation: "hbv-serology-codes",
  },
  {
    code: "16933-4",
    display: "Hepatitis B virus core Ab [Presence] in Serum",
    target: { kind: "recordField", path: "labs.hepatitisBCoreAntibody" },
    evidence: "secondary",
    citation: "hbv-serology-codes",
  },
  // Review c57 W7: the other common LOINC codes for the same two tests, as EHRs send them (the haematologist's probes
  // b2b; 13952-7 is the total anti-HBc by immunoassay). Read only (the codes above are written); their check digits
  // hold, but no public FHIR guide listing them was found for this change: unverified until checked in the LOINC
  // browser.
  {
    code: "5195-3",
    display: "Hepatitis B virus surface Ag [Presence] in Serum",
    target: { kind: "recordField", path: "labs.hepatitisBSurfaceAntigen" },
    evidence: "unverified",
    citation: "hbv-serology-codes",
    note: "Added in review c57 (W7) as a code EHRs send; not in the clinical reference; check in the LOINC browser.",
  },
  {
    code: "13952-7",
    display: "Hepatitis B virus core Ab [Presence] in Serum or Plasma by Immunoassay",
    target: { kind: "recordField", path: "labs.hepatitisBCoreAntibody" },
    evidence: "unverified",
    citation: "hbv-serology-codes",
    note: "Added in review c57 (W7) as a code EHRs send; not in the clinical reference; check in the LOINC browser.",
  },
  // Not in the clinical reference: the NYHA class (conditions.nyhaClass; the AL heart rules read it),
  // looked up 2026-12-04; secondary. The value is a SNOMED CT class finding (SNOMED_NYHA below) or the word.
  {
    code: "88020-3",
    display: "Functional capacity NYHA",
    target: { kind: "recordField", path: "conditions.nyhaClass" },
    evidence: "secondary",
    citation: "nyha-codes",
  },
  // Not in the clinical reference: FHIR R4 vital signs profile codes, seen in several public FHIR
  // code bases and examples (looked up 2026-11-27); secondary.
  {
    code: "29463-7",
    display: "Body weight",
    target: { kind: "weight" },
    evidence: "secondary",
    citation: "fhir-r4-vital-signs",
  },
  {
    code: "8302-2",
    display: "Body height",
    target: { kind: "height" },
    evidence: "secondary",
    citation: "fhir-r4-vital-signs",
  },
];

const LOINC_BY_CODE = new Map(LOINC.map((e) => [e.code, e]));
/** Review c74-W1: panels whose parts bundleToRecord reads (review c57 W8: the free light chains sent as an FLC panel's
 * components; a contained hasMember of any panel). A FHIR server answers `Observation?code=` by Observation.code only
 * (a component's code matches only combo-code/component-code), so the CDS Hooks prefetch asks for these panel codes too:
 * without them an EHR that reports free light chains as a panel never sends them. Not in the clinical reference
 * (section 10.1 lists the single tests): the codes the reviewers' EHR Bundles used (c57, c74), unverified. */
export const LOINC_PANELS: readonly { code: string; display: string; reads: string; evidence: Evidence }[] = [
  {
    code: "72350-3",
    display: "Kappa and lambda light chains free panel - Serum",
    reads: "components 36916-5 (free kappa) and 33944-0 (free lambda)",
    evidence: "unverified",
  },
  {
    code: "24351-9",
    display: "Protein electrophoresis panel - Serum or Plasma",
    reads: "contained hasMember Observations (33358-3, the M-protein)",
    evidence: "unverified",
  },
];

export function loincEntry(code: string): LoincEntry | undefined {
  return LOINC_BY_CODE.get(code);
}

/** The LOINC code written for a lab field on export (the first [S]/[V] code of that field). */
export function loincForLab(
  field: LabQuantityField,
  method?: "conventional" | "high-sensitivity" | null,
): LoincEntry | undefined {
  return LOINC.find(
    (e) =>
      e.target.kind === "lab" &&
      e.target.field === field &&
      (field !== "troponinT" || e.target.method === (method ?? "conventional")),
  );
}

/** SNOMED CT qualifier values for a qualitative result (hbv-serology-codes): how a lab sends positive or
 * negative in valueCodeableConcept, read and written for the record's positive/negative fields. */
export const SNOMED_RESULT: Readonly<Record<"positive" | "negative", { code: string; display: string }>> = {
  positive: { code: "10828004", display: "Positive" },
  negative: { code: "260385009", display: "Negative" },
};

/** SNOMED CT findings of the NYHA classes (nyha-codes): how an EHR codes the value of LOINC 88020-3. SNOMED
 * CT splits no class III, so the record's IIIA and IIIB have no code here and are written as the word. */
export const SNOMED_NYHA: Readonly<Record<"I" | "II" | "III" | "IV", { code: string; display: string }>> = {
  I: { code: "420300004", display: "New York Heart Association Classification - Class I" },
  II: { code: "421704003", display: "New York Heart Association Classification - Class II" },
  III: { code: "420913000", display: "New York Heart Association Classification - Class III" },
  IV: { code: "422293003", display: "New York Heart Association Classification - Class IV" },
};

/** Review c57 W7: the other SNOMED CT qualifier values labs send for a serology result: 11214006 Reactive, 260373001
 * Detected (positive); 131194007 Non-Reactive (as in the HL7 COVID-19 FHIR Profile Library's antibody Observation
 * example), 260415000 Not detected (negative). Read for the hepatitis B fields only, never written. */
export const SNOMED_SEROLOGY_SYNONYMS: Readonly<Record<string, "positive" | "negative">> = {
  "11214006": "positive",
  "260373001": "positive",
  "131194007": "negative",
  "260415000": "negative",
};
/** The record fields read with the serology words and codes (review c57 W7). */
export const HBV_SEROLOGY_PATHS: ReadonlySet<string> = new Set([
  "labs.hepatitisBSurfaceAntigen",
  "labs.hepatitisBCoreAntibody",
]);

/** The SNOMED CT qualifiers of the standard-coded enum fields: the NYHA class's findings; positive / negative
 * for the others (the serology). */
function snomedValuesOf(path: string): Readonly<Record<string, { code: string; display: string }>> {
  return path === NYHA_PATH ? SNOMED_NYHA : SNOMED_RESULT;
}
const NYHA_PATH = "conditions.nyhaClass";

/** The SNOMED CT coding a standard-coded field's word is written with, or null when the word has none (NYHA
 * IIIA and IIIB, which SNOMED CT does not split, are written as the word). */
export function snomedValue(path: string, word: string): { code: string; display: string } | null {
  const values = snomedValuesOf(path);
  return Object.hasOwn(values, word) ? (values[word] ?? null) : null;
}

/** The record's word for a SNOMED CT value code of a field: positive / negative for any field (how a lab
 * codes a qualitative result), a NYHA class for the NYHA field; null for any other code. */
export function snomedWord(path: string, code: unknown): string | null {
  for (const values of path === NYHA_PATH ? [SNOMED_RESULT, SNOMED_NYHA] : [SNOMED_RESULT])
    for (const [word, entry] of Object.entries(values)) if (entry.code === code) return word;
  if (
    HBV_SEROLOGY_PATHS.has(path) &&
    typeof code === "string" &&
    Object.hasOwn(SNOMED_SEROLOGY_SYNONYMS, code)
  )
    return SNOMED_SEROLOGY_SYNONYMS[code] ?? null;
  return null;
}

/** The LOINC code written for a record field otherwise carried in the project-local code system. */
export function loincForRecordField(path: string): LoincEntry | undefined {
  return LOINC.find((e) => e.target.kind === "recordField" && e.target.path === path);
}

export function loincFor(
  kind: "freeLightChain-kappa" | "freeLightChain-lambda" | "marrowPlasmaCells" | "weight" | "height",
): LoincEntry {
  const found = LOINC.find((e) =>
    kind === "freeLightChain-kappa"
      ? e.target.kind === "freeLightChain" && e.target.chain === "kappa"
      : kind === "freeLightChain-lambda"
        ? e.target.kind === "freeLightChain" && e.target.chain === "lambda"
        : e.target.kind === kind,
  );
  if (!found) throw new Error(`no LOINC entry for ${kind}`);
  return found;
}

export interface ConditionCodeEntry {
  system: typeof SYSTEM.icd10cm | typeof SYSTEM.icd10who | typeof SYSTEM.snomed;
  code: string;
  display: string;
  /** What the code suggests; the diagnosis itself is always computed from the findings. */
  suggests: DiagnosisCategory | "plasma-cell-leukemia" | "extramedullary-plasmacytoma";
  evidence: Evidence;
  citation: CitationId;
  note?: string;
}

/** WHO ICD-10 (2019) codes of plasma cell disorders: code, title, what it suggests. */
const WHO_ICD10: readonly [string, string, ConditionCodeEntry["suggests"]][] = [
  ["C90.0", "Multiple myeloma", "multiple-myeloma"],
  ["C90.1", "Plasma cell leukaemia", "plasma-cell-leukemia"],
  ["C90.2", "Extramedullary plasmacytoma", "extramedullary-plasmacytoma"],
  ["C90.3", "Solitary plasmacytoma", "solitary-plasmacytoma"],
  ["D47.2", "Monoclonal gammopathy of undetermined significance [MGUS]", "mgus"],
];

/** ICD-10-CM FY2026 (section 10.2), SNOMED CT (section 10.3), and WHO ICD-10 read on import. */
export const CONDITION_CODES: readonly ConditionCodeEntry[] = [
  ...(["C90.00", "C90.01", "C90.02"] as const).map((code) => ({
    system: SYSTEM.icd10cm,
    code,
    display: `Multiple myeloma${code.endsWith("1") ? " in remission" : code.endsWith("2") ? " in relapse" : " not having achieved remission"}`,
    suggests: "multiple-myeloma" as const,
    evidence: "secondary" as const,
    citation: "icd10cm-snomed-codes" as const,
    ...(code === "C90.00" ? { note: "Some legacy datasets code smouldering myeloma as C90.00 [U]." } : {}),
  })),
  ...(["C90.10", "C90.11", "C90.12"] as const).map((code) => ({
    system: SYSTEM.icd10cm,
    code,
    display: "Plasma cell leukemia",
    suggests: "plasma-cell-leukemia" as const,
    evidence: "unverified" as const,
    citation: "icd10cm-snomed-codes" as const,
  })),
  ...(["C90.20", "C90.21", "C90.22"] as const).map((code) => ({
    system: SYSTEM.icd10cm,
    code,
    display: "Extramedullary plasmacytoma",
    suggests: "extramedullary-plasmacytoma" as const,
    evidence: "secondary" as const,
    citation: "icd10cm-snomed-codes" as const,
  })),
  ...(["C90.30", "C90.31", "C90.32"] as const).map((code) => ({
    system: SYSTEM.icd10cm,
    code,
    display: "Solitary plasmacytoma",
    suggests: "solitary-plasmacytoma" as const,
    evidence: "verified" as const,
    citation: "icd10cm-snomed-codes" as const,
  })),
  {
    system: SYSTEM.icd10cm,
    code: "D47.2",
    display: "Monoclonal gammopathy",
    suggests: "mgus",
    evidence: "secondary",
    citation: "icd10cm-snomed-codes",
    note: "AHA Coding Clinic 3Q 2021 also directs D47.2 for smouldering myeloma: the code cannot tell MGUS from SMM.",
  },
  {
    system: SYSTEM.icd10cm,
    code: "E85.81",
    display: "Light chain (AL) amyloidosis",
    suggests: "al-amyloidosis",
    evidence: "verified",
    citation: "icd10cm-snomed-codes",
  },
  {
    system: SYSTEM.snomed,
    code: "109989006",
    display: "Multiple myeloma (disorder)",
    suggests: "multiple-myeloma",
    evidence: "verified",
    citation: "icd10cm-snomed-codes",
  },
  {
    system: SYSTEM.snomed,
    code: "277577000",
    display: "Monoclonal gammopathy of undetermined significance (disorder)",
    suggests: "mgus",
    evidence: "secondary",
    citation: "icd10cm-snomed-codes",
  },
  {
    system: SYSTEM.snomed,
    code: "415112005",
    display: "Plasmacytoma",
    suggests: "solitary-plasmacytoma",
    evidence: "unverified",
    citation: "icd10cm-snomed-codes",
    note: "Low confidence in the reference: seen only in unlabelled value-set lists.",
  },
  {
    system: SYSTEM.snomed,
    code: "23132008",
    display: "AL amyloidosis (disorder)",
    suggests: "al-amyloidosis",
    evidence: "secondary",
    citation: "icd10cm-snomed-codes",
  },
  // Review c74-m3: WHO ICD-10 (2019), the codes non-US EHRs send; not in the clinical reference (section 10 lists the
  // US clinical modification), looked up in the WHO browser. Hints only, as the others: the diagnosis is computed.
  // WHO ICD-10 has no code for AL amyloidosis itself (E85.8 is "other amyloidosis"), so none is read.
  ...WHO_ICD10.map(([code, display, suggests]) => ({
    system: SYSTEM.icd10who,
    code,
    display,
    suggests,
    evidence: "secondary" as const,
    citation: "who-icd10-2019" as const,
    ...(code === "D47.2"
      ? {
          note: "As in ICD-10-CM, smouldering myeloma may be coded D47.2: the code cannot tell MGUS from SMM.",
        }
      : {}),
  })),
];

export function conditionCodeEntry(system: string, code: string): ConditionCodeEntry | undefined {
  return CONDITION_CODES.find((e) => e.system === system && e.code === code);
}

/** Codes written for a computed diagnosis on export (the reference has no SNOMED id for SMM). */
export function codesForCategory(category: DiagnosisCategory): ConditionCodeEntry[] {
  if (category === "smoldering-myeloma") {
    return CONDITION_CODES.filter((e) => e.code === "D47.2" && e.system === SYSTEM.icd10cm);
  }
  if (category === "solitary-plasmacytoma-minimal-marrow") {
    return CONDITION_CODES.filter(
      (e) => e.suggests === "solitary-plasmacytoma" && (e.code === "C90.30" || e.code === "415112005"),
    );
  }
  // C90.x1 (in remission) and C90.x2 (in relapse) describe a course, not the category.
  // WHO ICD-10 codes are read, never written: an export keeps the codes of the reference.
  const notRemission = (e: ConditionCodeEntry) =>
    !(e.system === SYSTEM.icd10cm && /^C90\.\d[12]$/.test(e.code));
  return CONDITION_CODES.filter(
    (e) => e.suggests === category && notRemission(e) && e.system !== SYSTEM.icd10who,
  );
}

export interface DrugEntry {
  /** Lower-case generic name, as in PatientRecord treatmentHistory[].drugs. */
  generic: string;
  /** RxNorm ingredient (TTY=IN) RXCUI, or null when no source was found. */
  rxcui: string | null;
  evidence: Evidence;
  citation: CitationId;
  /** Other names recognised in free text (brand names, abbreviations of the same single agent). */
  aliases: readonly string[];
}

/** RxNorm ingredient codes. The clinical reference has NONE: these were looked up for this module
 * (2026-11-27). "secondary": the NMDP/CIBMTR FHIR reporting IG RxNorm value sets (one HL7 FHIR IG);
 * "unverified": one unofficial public code base or no source at all (rxcui null: matched by name). */
export const DRUGS: readonly DrugEntry[] = [
  {
    generic: "bortezomib",
    rxcui: "358258",
    evidence: "secondary",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["velcade"],
  },
  {
    generic: "carfilzomib",
    rxcui: "1302966",
    evidence: "secondary",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["kyprolis"],
  },
  {
    generic: "ixazomib",
    rxcui: "1723735",
    evidence: "secondary",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["ninlaro"],
  },
  {
    generic: "lenalidomide",
    rxcui: "342369",
    evidence: "secondary",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["revlimid"],
  },
  {
    generic: "thalidomide",
    rxcui: "10432",
    evidence: "secondary",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["thalomid"],
  },
  {
    generic: "pomalidomide",
    rxcui: "1369713",
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["pomalyst", "imnovid"],
  },
  {
    generic: "daratumumab",
    rxcui: "1721947",
    evidence: "secondary",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["darzalex", "daratumumab-hyaluronidase", "darzalex faspro"],
  },
  {
    generic: "isatuximab",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["sarclisa"],
  },
  {
    generic: "elotuzumab",
    rxcui: "1726104",
    evidence: "secondary",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["empliciti"],
  },
  {
    generic: "melphalan",
    rxcui: "6718",
    evidence: "secondary",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["alkeran", "evomela"],
  },
  {
    generic: "cyclophosphamide",
    rxcui: "3002",
    evidence: "secondary",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["cytoxan"],
  },
  {
    generic: "dexamethasone",
    rxcui: "3264",
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: [],
  },
  {
    generic: "prednisone",
    rxcui: "8640",
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: [],
  },
  {
    generic: "selinexor",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["xpovio"],
  },
  {
    generic: "belantamab mafodotin",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["blenrep", "belantamab"],
  },
  {
    generic: "teclistamab",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["tecvayli"],
  },
  {
    generic: "elranatamab",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["elrexfio"],
  },
  {
    generic: "talquetamab",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["talvey"],
  },
  {
    generic: "linvoseltamab",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["lynozyfic"],
  },
  {
    generic: "ciltacabtagene autoleucel",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["carvykti", "cilta-cel"],
  },
  {
    generic: "idecabtagene vicleucel",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: ["abecma", "ide-cel"],
  },
  {
    generic: "doxorubicin",
    rxcui: null,
    evidence: "unverified",
    citation: "nmdp-cibmtr-rxnorm",
    aliases: [],
  },
];

/** Finds a drug by RxNorm ingredient code. */
export function drugByRxcui(rxcui: string): DrugEntry | undefined {
  return DRUGS.find((d) => d.rxcui === rxcui);
}

/** Finds a drug by its generic name or a listed alias (whole, case-insensitive match; no fuzzy guessing). */
export function drugByName(name: string): DrugEntry | undefined {
  const n = name.trim().toLowerCase();
  return DRUGS.find((d) => d.generic === n || d.aliases.includes(n));
}

/** Autologous stem cell transplant: the reference has no procedure code; a project-local code is written
 * on export and recognised on import, with the SNOMED display text matched as a fallback. */
export const ASCT_PROCEDURE = {
  system: SYSTEM.mmnavProcedure,
  code: "autologous-stem-cell-transplant",
  display: "Autologous haematopoietic stem cell transplant",
} as const;

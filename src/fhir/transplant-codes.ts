/** Review c74-W2: standard codes and the common written forms of an autologous haematopoietic stem cell transplant,
 * read from a FHIR Procedure. The clinical reference gives no procedure code (criteria-and-scores.md 10 lists none), so
 * every code here names where its code and display were confirmed (`source`, read 2026-12-07), as
 * condition-field-codes.ts does; evidence "secondary" (one public list each, never a terminology server). Matching is by
 * exact code: a descendant concept is not inferred. An allogeneic transplant is never read as autologous. */
import type { Evidence } from "../model/trace.js";
import { SYSTEM } from "./codes.js";

export const ICD10PCS_SYSTEM = "http://www.cms.gov/Medicare/Coding/ICD10";

export interface TransplantCode {
  system: typeof SYSTEM.snomed | typeof ICD10PCS_SYSTEM;
  code: string;
  /** The display as the source lists it. */
  display: string;
  evidence: Evidence;
  /** Where the code and its display were confirmed. */
  source: string;
}

/** FHIR Shorthand value set StemCellTransplantVS ("pedcan-stem-cell-transplant-vs", codes of stem cell transplants),
 * in the public code index searched with the library tool; it lists the allogeneic concept 174241000112100 beside it. */
const PEDCAN_SCT_VS = "FHIR Shorthand ValueSet pedcan-stem-cell-transplant-vs (StemCellTransplantVS)";
/** PEDSnet bone marrow transplant code set (OMOP concepts with their SNOMED CT codes). */
const PEDSNET_BMT = "https://github.com/PEDSnet/Variable-Dictionary/blob/main/procedures/px_bmt.csv";
/** ICD-10-PCS 2025 table 302 (Administration, Circulatory, Transfusion): body part 3 peripheral vein or 4 central vein,
 * approach 3 percutaneous, substance G bone marrow or Y hematopoietic stem cells, qualifier 0 autologous. */
const PCS_302 = "http://www.medicalcodecenter.com/coding/icd10Pcs/book/table/302";
const PCS_3023 = "https://icd10coded.com/pcs/3023";

export const AUTOLOGOUS_TRANSPLANT_CODES: readonly TransplantCode[] = [
  {
    system: SYSTEM.snomed,
    code: "709115004",
    display: "Transplantation of autologous hematopoietic stem cell (procedure)",
    evidence: "secondary",
    source: PEDCAN_SCT_VS,
  },
  {
    system: SYSTEM.snomed,
    code: "58776007",
    display: "Autologous bone marrow transplant",
    evidence: "secondary",
    source: PEDSNET_BMT,
  },
  {
    system: ICD10PCS_SYSTEM,
    code: "30233G0",
    display: "Transfusion of Autologous Bone Marrow into Peripheral Vein, Percutaneous Approach",
    evidence: "secondary",
    source: `${PCS_302}; ${PCS_3023}`,
  },
  {
    system: ICD10PCS_SYSTEM,
    code: "30243G0",
    display: "Transfusion of Autologous Bone Marrow into Central Vein, Percutaneous Approach",
    evidence: "secondary",
    source: PCS_302,
  },
  {
    system: ICD10PCS_SYSTEM,
    code: "30233Y0",
    display: "Transfusion of Autologous Hematopoietic Stem Cells into Peripheral Vein, Percutaneous Approach",
    evidence: "secondary",
    source: PCS_302,
  },
  {
    system: ICD10PCS_SYSTEM,
    code: "30243Y0",
    display: "Transfusion of Autologous Hematopoietic Stem Cells into Central Vein, Percutaneous Approach",
    evidence: "secondary",
    source: PCS_302,
  },
];

export function autologousTransplantCode(system: unknown, code: unknown): TransplantCode | undefined {
  return AUTOLOGOUS_TRANSPLANT_CODES.find((e) => e.system === system && e.code === code);
}

/** Review c75-m5: the codes of an allogeneic transplant, said as such (never read as the autologous one): SNOMED CT
 * 174241000112100, the allogeneic concept of the same value set, and ICD-10-PCS table 302, body part 3 or 4,
 * approach 3, substance G bone marrow, X cord blood, Y hematopoietic or U T-cell depleted stem cells, qualifier
 * 2 allogeneic related, 3 unrelated or 4 unspecified (PCS_302, PCS_3023, read 2026-12-07). */
export function allogeneicTransplantCode(system: unknown, code: unknown): boolean {
  if (system === SYSTEM.snomed) return code === "174241000112100";
  return system === ICD10PCS_SYSTEM && typeof code === "string" && /^302[34]3[GXYU][234]$/.test(code);
}

/** Words that say a transplant is not the patient's own cells (review c75-m5 adds allograft, allotransplant and
 * "cord-blood"). */
const ALLOGENEIC =
  /\b(allogen\w*|allo|allo-?(sct|hsct|hct|bmt|pbsct|graft\w*|transplant\w*)|allograft\w*|allotransplant\w*|syngeneic|donor|haplo\w*|cord[- ]blood)\b/;
/** A stem cell collection, not a transplant. */
const COLLECTION = /harvest|collection|mobili[sz]ation|apheresis/;
/** Review c75-W3: "autologous transplant" and "autograft" alone are read as the stem cell transplant, so the other
 * tissues an autologous graft or transplant names are not (the project's reading: a myeloma record's autograft is the
 * stem cell one). */
const OTHER_TISSUE =
  /\b(chondrocyte\w*|cartilage|islet\w*|kidney|renal|liver|skin|fat|adipose|tendon|ligament|nerve|vein|venous|arter\w*|cornea\w*|limbal|dental|tooth|parathyroid|ovar\w*|hair|fa?ecal|microbiota|muscle)\b|\bbone\b(?! marrow)/;

/** The written forms of an autologous transplant (display or text, lower case): "autologous" with "transplant"
 * (review c75-W3: "Autologous transplant", the most common free text, needed "stem cell" beside it), "autologous
 * SCT/HSCT/HCT/PBSCT/BMT", "ASCT", "auto" joined, hyphenated or spaced to SCT/HSCT/HCT/BMT/PBSCT or "transplant"
 * ("Auto SCT", "auto-HSCT", "autotransplant"; review c75-W3), "autograft", "HDM-ASCT" or "HDM/ASCT". An allogeneic
 * word anywhere, a collection ("harvest", "collection", "mobilisation", "apheresis") or another tissue is not the
 * autologous stem cell transplant. */
export function namesAutologousTransplant(text: string): boolean {
  const t = text.toLowerCase();
  if (ALLOGENEIC.test(t) || COLLECTION.test(t) || OTHER_TISSUE.test(t)) return false;
  if (/\bautologous\b/.test(t) && /transplant/.test(t)) return true;
  return /\b(asct|auto[- ]?(sct|hsct|hct|bmt|pbsct|transplant\w*|graft\w*)|autologous (sct|hsct|hct|pbsct|bmt))\b/.test(
    t,
  );
}

/** Review c75-m5: the words of an allogeneic transplant (ALLOGENEIC, with a transplant word or an allo- form), not a
 * collection. */
export function namesAllogeneicTransplant(text: string): boolean {
  const t = text.toLowerCase();
  return ALLOGENEIC.test(t) && !COLLECTION.test(t) && namesTransplant(t);
}

/** Review c75-W3 (c74-W2's second request): words that say a stem cell transplant of any kind ("transplant", "graft",
 * SCT/HSCT/HCT/BMT/PBSCT), not a collection: a Procedure so named and read neither as autologous nor as allogeneic is
 * said as a transplant not read. */
export function namesTransplant(text: string): boolean {
  const t = text.toLowerCase();
  return !COLLECTION.test(t) && /transplant|graft|\b(a|auto|allo)?-?(sct|hsct|hct|bmt|pbsct)\b/.test(t);
}

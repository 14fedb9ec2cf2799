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

/** Words that say a transplant is not the patient's own cells. */
const ALLOGENEIC = /\b(allogen\w*|allo|allo-?(sct|hsct|hct|bmt|pbsct)|syngeneic|donor|haplo\w*|cord blood)\b/;

/** The written forms of an autologous transplant (display or text, lower case): the words "autologous" with
 * "stem cell"/"haematopoietic"/"HSCT"/"ASCT"/"SCT"/"bone marrow"/"PBSC" and "transplant" (as before review c74), or
 * the short forms "ASCT", "auto-SCT", "auto-HSCT", "auto-HCT", "autologous SCT/HSCT/HCT/PBSCT/BMT", "auto-BMT", "HDM-ASCT"
 * or "HDM/ASCT". An allogeneic word anywhere, or a collection ("harvest", "collection", "mobilisation", "apheresis"),
 * is not a transplant. */
export function namesAutologousTransplant(text: string): boolean {
  const t = text.toLowerCase();
  if (ALLOGENEIC.test(t) || /harvest|collection|mobili[sz]ation|apheresis/.test(t)) return false;
  if (
    /\bautologous\b/.test(t) &&
    /(stem cell|haematopoietic|hematopoietic|hsct|asct|\bsct\b|bone marrow|pbsc)/.test(t) &&
    /transplant/.test(t)
  )
    return true;
  return /\b(asct|auto-?(sct|hsct|hct|bmt|pbsct)|autologous (sct|hsct|hct|pbsct|bmt))\b/.test(t);
}

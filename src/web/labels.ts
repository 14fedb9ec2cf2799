/** Display names for the contract's codes (categories, option kinds, strengths, score groups). */
import type { AssessmentOption } from "../core.js";
import { CATEGORY_LABEL, OPTION_KIND_LABEL } from "../render/labels.js";

export { CATEGORY_LABEL };

export const categoryLabel = (c: string | null | undefined) =>
  c ? (CATEGORY_LABEL[c as keyof typeof CATEGORY_LABEL] ?? c) : "unknown";

/** Option kinds in the order a clinician reads them. */
export const KIND_ORDER: AssessmentOption["kind"][] = [
  "observation",
  "systemic-therapy",
  "stem-cell-transplant",
  "consolidation",
  "maintenance",
  "car-t",
  "bispecific",
  "radiation",
  "surgery",
  "clinical-trial",
  "supportive-care",
];

export const KIND_LABEL = OPTION_KIND_LABEL;

export const STRENGTH_LABEL: Record<AssessmentOption["strength"], string> = {
  preferred: "preferred",
  standard: "standard",
  consider: "consider",
  "if-eligible": "if eligible",
  trial: "in a trial",
};

export const REGULATORY_LABEL: Record<string, string> = {
  approved: "approved",
  "accelerated-approval": "accelerated approval",
  "off-label": "off-label",
  "guideline-only": "guideline only",
  "not-approved": "not approved",
  pending: "pending",
};

const ID_WORDS: Record<string, string> = {
  crab: "CRAB:",
  slim: "SLiM:",
  al: "AL amyloidosis",
  mm: "Multiple myeloma",
  smm: "Smoldering myeloma",
  sp: "Solitary plasmacytoma",
  mgus: "MGUS",
  mde: "Myeloma-defining event",
  flc: "FLC",
  mri: "MRI",
  igm: "IgM",
  "non-igm": "non-IgM",
  "m-protein": "M-protein",
};

/** "imwg2014.crab.calcium" -> "CRAB: calcium"; "imwg2014.mm" -> "Multiple myeloma": a readable
 * name for a rule id (the id itself stays in the JSON). */
export function humanizeId(id: string): string {
  const parts = id.split(".");
  const tail = parts.length > 1 ? parts.slice(1) : parts;
  const text = tail
    .flatMap(
      (part) =>
        ID_WORDS[part] ?? part.split("-").map((w) => ID_WORDS[w] ?? w.replace(/([a-z])([A-Z])/g, "$1 $2")),
    )
    .join(" ")
    .replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

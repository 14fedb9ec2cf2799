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

/** What held an option back (the `<what>` of a safety finding `<entry>.adjust.<what>`) in clinical words where the id's
 * own words are not (review c80-m4: "after bcma; anti cd38 refractory; bortezomib refractory"); others read with
 * spaces for hyphens ("frail-or-over-80": "frail or over 80"). */
const HELD_BACK_WORDS: Record<string, string> = {
  "after-bcma": "after BCMA-directed therapy",
  "anti-cd38-refractory": "anti-CD38-refractory",
  "anti-cd38-refractoriness-unsettled": "anti-CD38 refractoriness not settled",
  "after-anti-cd38-quadruplet": "after an anti-CD38 quadruplet",
  "after-asct-only": "after ASCT only",
  "after-d-vmp": "after D-VMP",
  // Review c85-m6: the common holds in clinical words ("frail or over 80 full dose triplet" read as an identifier).
  "frail-or-over-80-full-dose-triplet": "frail or over 80 (full-dose triplet)",
  "fitness-against-intensity": "fitness argues against this intensity",
  "lenalidomide-refractory-first-relapse": "lenalidomide-refractory first relapse",
  "lenalidomide-sensitive-first-relapse": "lenalidomide-sensitive first relapse",
  "igg-not-since-t-cell-redirection": "no IgG since T-cell-redirecting therapy",
  "neuropathy-bortezomib": "neuropathy (bortezomib)",
  "neuropathy-bortezomib-dose-reduced": "neuropathy (bortezomib dose reduced)",
  "neuropathy-thalidomide": "neuropathy (thalidomide)",
  "kidney-attribution-not-recorded": "myeloma as the kidney cause not recorded",
  "myeloma-kidney-not-bortezomib": "myeloma kidney injury, no bortezomib",
  "after-lenalidomide-free-induction": "after lenalidomide-free induction",
  "after-continuous-regimen-stopped": "after a continuous regimen was stopped",
};

/** Review c85-m6: abbreviations inside the other holds, in their clinical spelling ("ecog 2 or more": "ECOG 2 or more"). */
const HELD_BACK_TERMS: Record<string, string> = {
  ecog: "ECOG",
  igg: "IgG",
  vgpr: "VGPR",
  crcl: "CrCl",
  al: "AL",
  iiib: "IIIb",
  nyha: "NYHA",
  mayo: "Mayo",
  imwg: "IMWG",
  asct: "ASCT",
};

/** "after-bcma" -> "after BCMA-directed therapy"; "bortezomib-refractory" -> "bortezomib-refractory" (a drug's
 * refractoriness keeps its hyphen); "heart-failure" -> "heart failure". */
export function heldBackLabel(what: string): string {
  const known = HELD_BACK_WORDS[what];
  if (known !== undefined) return known;
  const refractory = /^([a-z]+)-refractory$/.exec(what);
  if (refractory) return `${refractory[1]}-refractory`;
  return what
    .split("-")
    .map((w) => (Object.hasOwn(HELD_BACK_TERMS, w) ? HELD_BACK_TERMS[w] : w))
    .join(" ");
}

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

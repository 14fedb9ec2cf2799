/** Systemic AL amyloidosis, IMWG 2014 (criteria-and-scores.md 1.5): all four requirements. */
import type { Facts } from "../../model/facts.js";
import type { Truth } from "../../model/trace.js";
import { plasmacytomaTruth, renalValuesStatus } from "./crab.js";
import { type CriterionResult, criterion, gt, MET, NOT_MET, UNKNOWN } from "./logic.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";

export interface AmyloidResult {
  syndrome: CriterionResult;
  congoRed: CriterionResult;
  typing: CriterionResult;
}

/**
 * Amyloidosis is looked for when something suggests it. The record has no "amyloidosis excluded" field,
 * and the reference lists "no amyloidosis" as an exclusion, not as a test every patient must have: with
 * no amyloid-related organ involvement and no tissue result recorded, we take AL amyloidosis as not
 * present (and say so), rather than call every MGUS indeterminate. Once either is recorded, the other
 * requirements are needed and their absence is "unknown". Requirement 4, the clone, is clone.ts.
 * Each requirement is decided first; its words are composed only when `text` is on (else empty).
 */
export function assessAmyloid(facts: Facts, text = true): AmyloidResult {
  const organs = facts.conditions.amyloidOrgans;
  const congo = facts.biopsy.amyloid;
  const type = facts.biopsy.amyloidType;
  const need = (field: string) => [{ field, neededFor: "AL amyloidosis (IMWG 2014)" }];

  const truths = amyloidTruths(facts);
  const syndromeStatus = truths.syndrome;
  const kidney = syndromeStatus === UNKNOWN ? truths.kidney : null;
  const syndrome = criterion(
    R.alSyndrome,
    syndromeStatus,
    text ? syndromeWords(organs, syndromeStatus, kidney) : "",
    {
      missing: syndromeStatus === UNKNOWN ? need("conditions.amyloidOrgans") : [],
      inputs:
        kidney === null
          ? { organs: organs === null ? null : organs.join(",") }
          : { organs: null, kidneySign: kidney },
    },
  );

  const congoStatus = truths.congoRed;
  const congoRed = criterion(
    R.alCongoRed,
    congoStatus,
    text ? congoRedWords(congo, congoStatus, kidney) : "",
    {
      missing: congoStatus === UNKNOWN ? need("biopsy.amyloid") : [],
      inputs: { amyloid: congo },
    },
  );

  const typingStatus = truths.typing;
  const typing = criterion(R.alTyping, typingStatus, text ? typingWords(type, typingStatus) : "", {
    missing: typingStatus === UNKNOWN ? need("biopsy.amyloidType") : [],
    inputs: { amyloidType: type },
  });

  return { syndrome, congoRed, typing };
}

const organsInvolved = (facts: Facts): boolean => {
  const organs = facts.conditions.amyloidOrgans;
  return organs !== null && organs.length > 0;
};

/** AL amyloidosis' kidney-involvement criterion (gertz-2005-am-j-hematol; not in the clinical reference):
 * 24-hour urine protein > 0.5 g/day, predominantly albumin. The criteria define involvement once systemic
 * amyloidosis is shown by tissue; before that, a proteinuria above it only raises the question. */
export const AL_KIDNEY_URINE_PROTEIN_MG_24H = 500;

/** A 24-hour urine total protein above AL's kidney criterion. The criterion asks for mostly albumin, and the
 * record has no albumin share: when the urine M-protein is recorded and is at least half of the total, most
 * of the protein is the monoclonal one, so the total cannot be mostly albumin and it does not count (review
 * c21-9). Otherwise the share is not known and the total counts (the question is raised, never answered). */
export function proteinuriaAboveAlKidney(facts: Facts): boolean {
  const u = facts.labs.urineTotalProtein;
  if (u === null || !gt(u.value, AL_KIDNEY_URINE_PROTEIN_MG_24H)) return false;
  const m = facts.labs.urineMProtein;
  return m === null || m.value * 2 < u.value;
}

/** What about the kidney raises the amyloid question; see kidneyRaisesAmyloid. */
export type KidneyAmyloidSign = "proteinuria" | "renal-impairment";

/**
 * The kidney raises the amyloid question (review c20-4) when nothing about amyloid is recorded (no organ
 * list, no tissue result) and either the 24-hour urine protein is above AL's kidney criterion, or the
 * renal insufficiency of CRAB is there while myeloma's clone criterion is known not met (clonal marrow
 * plasma cells recorded below 10% and no biopsy-proven plasmacytoma possible: criteria-and-scores.md 1.1
 * A), so myeloma cannot explain it. The kidney is one of AL's organ syndromes (1.5 requirement 1); an
 * absent test is not a negative one (1.1 notes), so AL's tissue requirements are then unknown, not unmet.
 * Myeloma's own kidney disease is not questioned: with its clone criterion met or open, nothing changes.
 */
export function kidneyRaisesAmyloid(facts: Facts): KidneyAmyloidSign | null {
  if (facts.conditions.amyloidOrgans !== null || facts.biopsy.amyloid !== null) return null;
  if (proteinuriaAboveAlKidney(facts)) return "proteinuria";
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  if (bmpc === null || bmpc >= 10 || plasmacytomaTruth(facts) !== NOT_MET) return null;
  return renalValuesStatus(facts) === MET ? "renal-impairment" : null;
}

/** The three amyloid requirements' truths, the kidney's question worked out once (assessAmyloid and the
 * codes-only findings read them; each status below is one of them). */
export function amyloidTruths(facts: Facts): {
  syndrome: Truth;
  congoRed: Truth;
  typing: Truth;
  /** What about the kidney raised the question, or null (the words and inputs name it). */
  kidney: KidneyAmyloidSign | null;
} {
  const organs = organsInvolved(facts);
  const kidney = organs ? null : kidneyRaisesAmyloid(facts);
  const suggested = organs || kidney !== null;
  return {
    syndrome: syndromeTruth(facts, organs, kidney !== null),
    congoRed: congoRedTruth(facts, suggested),
    typing: typingTruth(facts, suggested),
    kidney,
  };
}

/** Requirement 1: an amyloid-related organ syndrome; asked for once a tissue result shows amyloid, and
 * open while the kidney raises the question (kidneyRaisesAmyloid). */
function syndromeTruth(facts: Facts, organs: boolean, kidney: boolean): Truth {
  if (organs) return MET;
  if (facts.conditions.amyloidOrgans !== null) return NOT_MET;
  return facts.biopsy.amyloid === true || kidney ? UNKNOWN : NOT_MET;
}

/** Requirement 2: Congo red positive tissue; asked for once organ involvement (or the kidney) suggests amyloid. */
function congoRedTruth(facts: Facts, suggested: boolean): Truth {
  const congo = facts.biopsy.amyloid;
  return congo === true ? MET : congo === false ? NOT_MET : suggested ? UNKNOWN : NOT_MET;
}

/** Requirement 3: the amyloid typed as light-chain; asked for when amyloid is shown or suggested. */
function typingTruth(facts: Facts, suggested: boolean): Truth {
  const type = facts.biopsy.amyloidType;
  const congo = facts.biopsy.amyloid;
  if (type === "light-chain") return MET;
  if (type !== null && type !== "not-typed") return NOT_MET;
  return congo === true || (congo === null && suggested) ? UNKNOWN : NOT_MET;
}

/** Requirement 3 alone (the AL requirements of the engine read it). */
export function amyloidTypingStatus(facts: Facts): Truth {
  return amyloidTruths(facts).typing;
}

/** What each amyloid requirement lacks when it is unknown, in words (also what could change the category). */
export const AMYLOID_NOT_DONE = {
  syndrome: "amyloid-related organ involvement not recorded",
  congoRed: "tissue biopsy with Congo red staining not done",
  typing: "amyloid typing (mass spectrometry or immuno-electron microscopy) not done",
} as const;

/** The kidney finding that raised the amyloid question, in words. */
const KIDNEY_SIGN_WORDS: Record<KidneyAmyloidSign, string> = {
  proteinuria:
    "24-hour urine protein above 0.5 g/day, AL's kidney-involvement level (Gertz 2005, which also asks for it to be mostly albumin)",
  "renal-impairment":
    "renal insufficiency with clonal marrow plasma cells below 10% and no plasmacytoma, so not explained by myeloma",
};

function syndromeWords(
  organs: readonly string[] | null,
  status: Truth,
  kidney: KidneyAmyloidSign | null,
): string {
  if (status === MET) return `amyloid-related involvement of ${organs!.join(", ")}`;
  if (organs !== null) return "no amyloid-related organ involvement recorded (empty list)";
  if (kidney !== null)
    return `${KIDNEY_SIGN_WORDS[kidney]}: whether the kidney involvement is amyloid-related is not known (no tissue result)`;
  return status === UNKNOWN ? AMYLOID_NOT_DONE.syndrome : "no amyloid-related organ involvement recorded";
}

function congoRedWords(congo: boolean | null, status: Truth, kidney: KidneyAmyloidSign | null): string {
  if (congo === true) return "Congo red positive tissue";
  if (congo === false) return "Congo red negative";
  if (status === UNKNOWN && kidney !== null)
    return `${AMYLOID_NOT_DONE.congoRed} (asked for by the ${kidney === "proteinuria" ? "proteinuria" : "kidney impairment"} with a monoclonal protein)`;
  return status === UNKNOWN
    ? AMYLOID_NOT_DONE.congoRed
    : "no amyloid tissue result and nothing recorded that suggests it";
}

function typingWords(type: Facts["biopsy"]["amyloidType"], status: Truth): string {
  if (status === MET) return "amyloid typed as light-chain (AL)";
  if (status === NOT_MET && type !== null && type !== "not-typed")
    return `amyloid typed as ${type}, not light-chain`;
  return status === UNKNOWN ? AMYLOID_NOT_DONE.typing : "no amyloid to type";
}

/** Systemic AL amyloidosis, IMWG 2014 (criteria-and-scores.md 1.5): all four requirements. */
import type { Facts } from "../../model/facts.js";
import type { Truth } from "../../model/trace.js";
import { type CriterionResult, criterion, MET, NOT_MET, UNKNOWN } from "./logic.js";
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

  const syndromeStatus = amyloidSyndromeStatus(facts);
  const syndrome = criterion(
    R.alSyndrome,
    syndromeStatus,
    text ? syndromeWords(organs, syndromeStatus) : "",
    {
      missing: syndromeStatus === UNKNOWN ? need("conditions.amyloidOrgans") : [],
      inputs: { organs: organs === null ? null : organs.join(",") },
    },
  );

  const congoStatus = congoRedStatus(facts);
  const congoRed = criterion(R.alCongoRed, congoStatus, text ? congoRedWords(congo, congoStatus) : "", {
    missing: congoStatus === UNKNOWN ? need("biopsy.amyloid") : [],
    inputs: { amyloid: congo },
  });

  const typingStatus = amyloidTypingStatus(facts);
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

/** Requirement 1: an amyloid-related organ syndrome; asked for once a tissue result shows amyloid. */
export function amyloidSyndromeStatus(facts: Facts): Truth {
  if (organsInvolved(facts)) return MET;
  return facts.conditions.amyloidOrgans === null && facts.biopsy.amyloid === true ? UNKNOWN : NOT_MET;
}

/** Requirement 2: Congo red positive tissue; asked for once organ involvement suggests amyloid. */
export function congoRedStatus(facts: Facts): Truth {
  const congo = facts.biopsy.amyloid;
  return congo === true ? MET : congo === false ? NOT_MET : organsInvolved(facts) ? UNKNOWN : NOT_MET;
}

/** Requirement 3: the amyloid typed as light-chain; asked for when amyloid is shown or suggested. */
export function amyloidTypingStatus(facts: Facts): Truth {
  const type = facts.biopsy.amyloidType;
  const congo = facts.biopsy.amyloid;
  if (type === "light-chain") return MET;
  if (type !== null && type !== "not-typed") return NOT_MET;
  return congo === true || (congo === null && organsInvolved(facts)) ? UNKNOWN : NOT_MET;
}

/** What each amyloid requirement lacks when it is unknown, in words (also what could change the category). */
export const AMYLOID_NOT_DONE = {
  syndrome: "amyloid-related organ involvement not recorded",
  congoRed: "tissue biopsy with Congo red staining not done",
  typing: "amyloid typing (mass spectrometry or immuno-electron microscopy) not done",
} as const;

function syndromeWords(organs: readonly string[] | null, status: Truth): string {
  if (status === MET) return `amyloid-related involvement of ${organs!.join(", ")}`;
  if (organs !== null) return "no amyloid-related organ involvement recorded (empty list)";
  return status === UNKNOWN ? AMYLOID_NOT_DONE.syndrome : "no amyloid-related organ involvement recorded";
}

function congoRedWords(congo: boolean | null, status: Truth): string {
  if (congo === true) return "Congo red positive tissue";
  if (congo === false) return "Congo red negative";
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

/** Systemic AL amyloidosis, IMWG 2014 (criteria-and-scores.md 1.5): all four requirements. */
import type { Facts } from "../../model/facts.js";
import type { Truth } from "../../model/trace.js";
import { and, type CriterionResult, criterion, MET, NOT_MET, UNKNOWN } from "./logic.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";

export interface AmyloidResult {
  syndrome: CriterionResult;
  congoRed: CriterionResult;
  typing: CriterionResult;
  /** Requirement 4 is the clone; the caller passes its truth (see clone.ts). */
  all: (monoclonal: Truth) => Truth;
}

/**
 * Amyloidosis is looked for when something suggests it. The record has no "amyloidosis excluded" field,
 * and the reference lists "no amyloidosis" as an exclusion, not as a test every patient must have: with
 * no amyloid-related organ involvement and no tissue result recorded, we take AL amyloidosis as not
 * present (and say so), rather than call every MGUS indeterminate. Once either is recorded, the other
 * requirements are needed and their absence is "unknown".
 */
export function assessAmyloid(facts: Facts): AmyloidResult {
  const organs = facts.conditions.amyloidOrgans;
  const congo = facts.biopsy.amyloid;
  const type = facts.biopsy.amyloidType;
  const nothingSuggests = congo === null && (organs === null || organs.length === 0);
  const need = (field: string) => [{ field, neededFor: "AL amyloidosis (IMWG 2014)" }];

  const syndrome =
    organs !== null && organs.length > 0
      ? criterion(R.alSyndrome, MET, `amyloid-related involvement of ${organs.join(", ")}`, {
          inputs: { organs: organs.join(",") },
        })
      : organs !== null
        ? criterion(R.alSyndrome, NOT_MET, "no amyloid-related organ involvement recorded (empty list)", {
            inputs: { organs: "" },
          })
        : congo === true
          ? criterion(R.alSyndrome, UNKNOWN, "amyloid-related organ involvement not recorded", {
              missing: need("conditions.amyloidOrgans"),
              inputs: { organs: null },
            })
          : criterion(R.alSyndrome, NOT_MET, "no amyloid-related organ involvement recorded", {
              inputs: { organs: null },
            });

  const congoRed =
    congo === true
      ? criterion(R.alCongoRed, MET, "Congo red positive tissue", { inputs: { amyloid: true } })
      : congo === false
        ? criterion(R.alCongoRed, NOT_MET, "Congo red negative", { inputs: { amyloid: false } })
        : nothingSuggests
          ? criterion(
              R.alCongoRed,
              NOT_MET,
              "no amyloid tissue result and nothing recorded that suggests it",
              {
                inputs: { amyloid: null },
              },
            )
          : criterion(R.alCongoRed, UNKNOWN, "tissue biopsy with Congo red staining not done", {
              missing: need("biopsy.amyloid"),
              inputs: { amyloid: null },
            });

  const typing =
    type === "light-chain"
      ? criterion(R.alTyping, MET, "amyloid typed as light-chain (AL)", { inputs: { amyloidType: type } })
      : type !== null && type !== "not-typed"
        ? criterion(R.alTyping, NOT_MET, `amyloid typed as ${type}, not light-chain`, {
            inputs: { amyloidType: type },
          })
        : congo === true || (!nothingSuggests && congo === null)
          ? criterion(
              R.alTyping,
              UNKNOWN,
              "amyloid typing (mass spectrometry or immuno-electron microscopy) not done",
              {
                missing: need("biopsy.amyloidType"),
                inputs: { amyloidType: type },
              },
            )
          : criterion(R.alTyping, NOT_MET, "no amyloid to type", { inputs: { amyloidType: type } });

  return {
    syndrome,
    congoRed,
    typing,
    all: (monoclonal) => and(syndrome.status, congoRed.status, typing.status, monoclonal),
  };
}

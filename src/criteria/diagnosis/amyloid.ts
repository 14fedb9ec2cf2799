/** Systemic AL amyloidosis, IMWG 2014 (criteria-and-scores.md 1.5): all four requirements. */
import type { Facts } from "../../model/facts.js";
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
 */
export function assessAmyloid(facts: Facts): AmyloidResult {
  const organs = facts.conditions.amyloidOrgans;
  const congo = facts.biopsy.amyloid;
  const type = facts.biopsy.amyloidType;
  const organsInvolved = organs !== null && organs.length > 0;
  const need = (field: string) => [{ field, neededFor: "AL amyloidosis (IMWG 2014)" }];

  const syndrome = organsInvolved
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
        : organsInvolved
          ? criterion(R.alCongoRed, UNKNOWN, "tissue biopsy with Congo red staining not done", {
              missing: need("biopsy.amyloid"),
              inputs: { amyloid: null },
            })
          : criterion(
              R.alCongoRed,
              NOT_MET,
              "no amyloid tissue result and nothing recorded that suggests it",
              {
                inputs: { amyloid: null },
              },
            );

  const typing =
    type === "light-chain"
      ? criterion(R.alTyping, MET, "amyloid typed as light-chain (AL)", { inputs: { amyloidType: type } })
      : type !== null && type !== "not-typed"
        ? criterion(R.alTyping, NOT_MET, `amyloid typed as ${type}, not light-chain`, {
            inputs: { amyloidType: type },
          })
        : congo === true || (congo === null && organsInvolved)
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

  return { syndrome, congoRed, typing };
}

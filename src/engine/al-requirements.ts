/** IMWG 2014 AL requirements 3 and 4 as situation facts (spread into buildSituation): the diagnosis's
 * own decisions (criteria/diagnosis), so an AL option held back for an unconfirmed AL can name them. */
import { amyloidTypingStatus } from "../criteria/diagnosis/amyloid.js";
import { flcAbnormalTruth, monoclonalStatus } from "../criteria/diagnosis/clone.js";
import type { CriterionResult } from "../criteria/diagnosis/logic.js";
import { DIAGNOSIS_RULES } from "../criteria/diagnosis/rules.js";
import type { Situation } from "../knowledge/index.js";
import type { Facts } from "../model/facts.js";
import { Truth } from "../model/trace.js";

/** A criterion's truth as a situation fact: met = true, not met = false, unknown = null. */
const truthValue = (t: Truth): boolean | null => (t === Truth.met ? true : t === Truth.notMet ? false : null);

/** One of the diagnosis's criteria by its rule id, when its criteria are written out (not codes only). */
export function diagnosisCriterion(
  criteria: readonly CriterionResult[] | undefined,
  id: string,
): CriterionResult | undefined {
  if (criteria === undefined) return undefined;
  for (const c of criteria) if (c.id === id) return c;
  return undefined;
}

/** Light-chain typing (requirement 3) and a monoclonal plasma-cell disorder shown (requirement 4): read
 * from the diagnosis's criteria when they are written out, else decided by the functions they use. */
export function alRequirementFacts(
  facts: Facts,
  criteria: readonly CriterionResult[] | undefined,
): Pick<Situation, "amyloidLightChainTyped" | "monoclonalDisorderShown"> {
  const typing = diagnosisCriterion(criteria, DIAGNOSIS_RULES.alTyping.id);
  const clone = diagnosisCriterion(criteria, DIAGNOSIS_RULES.alClone.id);
  return {
    amyloidLightChainTyped: typing !== undefined ? typing.met : truthValue(amyloidTypingStatus(facts)),
    monoclonalDisorderShown:
      clone !== undefined ? clone.met : truthValue(monoclonalStatus(facts, flcAbnormalTruth(facts))),
  };
}

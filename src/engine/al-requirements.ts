/** IMWG 2014 AL requirements 3 and 4 as situation facts (spread into buildSituation): the diagnosis's
 * own decisions (criteria/diagnosis), so an AL option held back for an unconfirmed AL can name them. */
import { amyloidTypingStatus } from "../criteria/diagnosis/amyloid.js";
import { flcAbnormalTruth, monoclonalStatus } from "../criteria/diagnosis/clone.js";
import type { Situation } from "../knowledge/index.js";
import type { Facts } from "../model/facts.js";
import { Truth } from "../model/trace.js";

/** A criterion's truth as a situation fact: met = true, not met = false, unknown = null. */
const truthValue = (t: Truth): boolean | null => (t === Truth.met ? true : t === Truth.notMet ? false : null);

/** Light-chain typing (requirement 3) and a monoclonal plasma-cell disorder shown (requirement 4). */
export function alRequirementFacts(
  facts: Facts,
): Pick<Situation, "amyloidLightChainTyped" | "monoclonalDisorderShown"> {
  return {
    amyloidLightChainTyped: truthValue(amyloidTypingStatus(facts)),
    monoclonalDisorderShown: truthValue(monoclonalStatus(facts, flcAbnormalTruth(facts))),
  };
}

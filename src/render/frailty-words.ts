/** IMWG frailty "frail" from the age item alone: the test on the score's rule traces and its words, shared
 * by the clinician text (clinician.ts) and the web app (web/Results.tsx, web/Summary.tsx). */
import type { Assessment } from "../engine/assessment.js";

/** Review c13-6 (helper review finding 6): "frail" whose every point is the age item's (age > 80 gives 2
 * points, enough alone). criteria-and-scores 8.1 marks the item cut-points UNVERIFIED, and 8.3 says never to
 * decide from age alone: every surface that shows the group says where the points came from. Read from the
 * score's rule traces. */
export function frailFromAgeAlone(fr: Assessment["fitness"]["imwgFrailty"]): boolean {
  if (fr.group !== "frail" || fr.score === null) return false;
  const age = fr.rules.find((r) => r.ruleId === "frailty.imwg.age");
  return age !== undefined && age.inputs.points === fr.score;
}

/** The words said after the group when frailFromAgeAlone holds. */
export const FRAIL_FROM_AGE_ALONE =
  "all its points from age over 80; the age cut-points are UNVERIFIED in the reference";

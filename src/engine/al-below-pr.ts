/** AL amyloidosis below a partial response on the line being given (review c23-3): the line was told "continue"
 * with no alert, and the patient "stable disease", while treatments.md 6 (Cautions in AL; the Singapore
 * consensus 2023, checked) says to change therapy if there is no partial response after 2 cycles, or no very
 * good partial response after 4. The record gives no cycle count, and the reference no cycle length, so the
 * weeks on the line are said and the cycles are asked for. Not before 6 weeks on the line: 2 cycles take at
 * least 42 days at the shortest cycle the reference gives for any regimen (21 days, VRd, treatments.md 3a), so
 * earlier no regimen can have reached the rule (a patient three weeks in is not told to switch). The grade is the AL
 * haematologic one (al-haematologic.ts: PR = dFLC fall > 50%, Palladini 2012, UNVERIFIED in the reference). */

import { daysBetween } from "../response/dates.js";
import type { LineOfTherapy } from "../response/lines-types.js";
import type { ResponseResult } from "../response/response.js";
import type { Alert } from "./assessment.js";

export const AL_BELOW_PR = "alert.al.below-pr-on-line";

/** 2 cycles at the shortest cycle in the reference (21 days: VRd q21d, treatments.md 3a), in days. */
const TWO_SHORTEST_CYCLES_DAYS = 2 * 21;

const mg = (v: number) => `${Math.round(v * 10) / 10} mg/L`;

/** The alert for an AL line being given (not ended) whose haematologic grade is no response (below PR). */
export function alBelowPrAlert(
  response: ResponseResult,
  line: LineOfTherapy | null,
  asOf: string,
  text: boolean,
): Alert | null {
  const al = response.alHaematologic;
  if (line === null || line.end !== null || al?.grade !== "NR" || al.baseline === null || al.latest === null)
    return null;
  const days = daysBetween(line.start, asOf);
  if (days < TWO_SHORTEST_CYCLES_DAYS) return null;
  const weeks = Math.floor(days / 7);
  const fall =
    al.baseline.dflc > 0 ? Math.round((100 * (al.baseline.dflc - al.latest.dflc)) / al.baseline.dflc) : 0;
  return {
    id: AL_BELOW_PR,
    severity: "warning",
    text: text
      ? `AL amyloidosis, line ${line.number} (${line.regimens.join(" -> ")}, from ${line.start}, ${weeks} weeks ago): haematologic response below PR (dFLC ${mg(al.baseline.dflc)} on ${al.baseline.date} -> ${mg(al.latest.dflc)} on ${al.latest.date}, a fall of ${fall}%; PR needs a fall of more than 50%, Palladini 2012, UNVERIFIED in the reference). The Singapore consensus 2023: change therapy if there is no partial response after 2 cycles, or no very good partial response after 4. The record does not give the cycles given (nor the reference a cycle length): count them with the team, and discuss a change of therapy if 2 or more have been given.`
      : "",
    citations: ["smsg-2023-al-consensus", "palladini-2012-jco"],
    // The AL response criteria it grades by are UNVERIFIED in the reference.
    verified: false,
  };
}

/** AL amyloidosis below a partial response (or, later, a very good partial response) on the line being given
 * (review c23-3, c24-8): the line was told "continue" with no alert, and the patient "stable disease", while treatments.md 6 (Cautions in AL; the Singapore
 * consensus 2023, checked) says to change therapy if there is no partial response after 2 cycles, or no very
 * good partial response after 4. The record gives no cycle count, and the reference no cycle length, so the
 * weeks on the line are said and the cycles are asked for. Not before 2 (or 4) cycles at the shortest cycle the
 * reference gives for any regimen (21 days, VRd, treatments.md 3a), counted to the latest dFLC's date: earlier
 * no regimen can have reached the rule (a patient three weeks in is not told to switch). The grade is the AL
 * haematologic one (al-haematologic.ts: PR = dFLC fall > 50%, Palladini 2012, UNVERIFIED in the reference). */

import { daysBetween } from "../response/dates.js";
import type { LineOfTherapy } from "../response/lines-types.js";
import type { ResponseResult } from "../response/response.js";
import type { Alert } from "./assessment.js";

export const AL_BELOW_PR = "alert.al.below-pr-on-line";
export const AL_BELOW_VGPR = "alert.al.below-vgpr-on-line";

const mg = (v: number) => `${Math.round(v * 10) / 10} mg/L`;

/** The shortest cycle the reference gives for any regimen (21 days: VRd q21d, treatments.md 3a), in days. */
const SHORTEST_CYCLE_DAYS = 21;

const RULE =
  "The Singapore consensus 2023: change therapy if there is no partial response after 2 cycles, or no very good partial response after 4.";
const headOf = (line: LineOfTherapy, weeks: number) =>
  `AL amyloidosis, line ${line.number} (${line.regimens.join(" -> ")}, from ${line.start}, ${weeks} weeks ago): `;

/** Review c55-1: with no dFLC values to grade the line, the best response the record gives for it (SD or MR: below
 * PR; PR: below VGPR), from 2 (or 4) shortest cycles after its start, to today (the record does not date it). */
function recordedBelow(line: LineOfTherapy, asOf: string, text: boolean): Alert | null {
  const r = line.bestResponse;
  const days = daysBetween(line.start, asOf);
  const belowPr = (r === "SD" || r === "MR") && days >= 2 * SHORTEST_CYCLE_DAYS;
  const belowVgpr = r === "PR" && days >= 4 * SHORTEST_CYCLE_DAYS;
  if (!belowPr && !belowVgpr) return null;
  const head = headOf(line, Math.floor(days / 7));
  const cycles = belowPr ? "2" : "4";
  return {
    id: belowPr ? AL_BELOW_PR : AL_BELOW_VGPR,
    severity: "warning",
    text: text
      ? `${head}best response recorded as ${r} (${belowPr ? "below a haematologic partial response" : "a partial response, not VGPR"}; no dFLC values on the line grade it here). ${RULE} The record does not give the cycles given (nor the reference a cycle length): count them with the team, and discuss a change of therapy if ${cycles} or more have been given.`
      : "",
    citations: ["smsg-2023-al-consensus"],
    verified: true,
  };
}

/** The alert for an AL line being given (not ended): no response (below PR) measured 2 shortest cycles or more
 * into it, or a partial response (below VGPR) measured 4 or more in (review c24-8: the reference's second
 * rule). Read from the latest dFLC's date, not today's (review c24-7: a dFLC of day 15 graded at week 9 is
 * the response of day 15). */
export function alSwitchRuleAlert(
  response: ResponseResult,
  line: LineOfTherapy | null,
  asOf: string,
  text: boolean,
): Alert | null {
  const al = response.alHaematologic;
  if (line === null || line.end !== null) return null;
  if (al === undefined || al.baseline === null || al.latest === null) return recordedBelow(line, asOf, text);
  const measuredDays = daysBetween(line.start, al.latest.date);
  const belowPr = al.grade === "NR" && measuredDays >= 2 * SHORTEST_CYCLE_DAYS;
  const belowVgpr = al.grade === "PR" && measuredDays >= 4 * SHORTEST_CYCLE_DAYS;
  if (!belowPr && !belowVgpr) return null;
  const weeks = Math.floor(daysBetween(line.start, asOf) / 7);
  const fall =
    al.baseline.dflc > 0 ? Math.round((100 * (al.baseline.dflc - al.latest.dflc)) / al.baseline.dflc) : 0;
  const values = `dFLC ${mg(al.baseline.dflc)} on ${al.baseline.date} -> ${mg(al.latest.dflc)} on ${al.latest.date}, ${Math.floor(measuredDays / 7)} weeks into the line, a fall of ${fall}%`;
  const head = headOf(line, weeks);
  return {
    id: belowPr ? AL_BELOW_PR : AL_BELOW_VGPR,
    severity: "warning",
    text: text
      ? belowPr
        ? `${head}haematologic response below PR (${values}; PR needs a fall of more than 50%, Palladini 2012, UNVERIFIED in the reference). ${RULE} The record does not give the cycles given (nor the reference a cycle length): count them with the team, and discuss a change of therapy if 2 or more have been given.`
        : `${head}haematologic partial response, not VGPR (${values}; VGPR needs a dFLC below 40 mg/L, Palladini 2012, UNVERIFIED in the reference). ${RULE} The record does not give the cycles given (nor the reference a cycle length): count them with the team, and discuss a change of therapy if 4 or more have been given.`
      : "",
    citations: ["smsg-2023-al-consensus", "palladini-2012-jco"],
    // The AL response criteria it grades by are UNVERIFIED in the reference.
    verified: false,
  };
}

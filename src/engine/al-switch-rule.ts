/** AL amyloidosis below a partial response (or, later, a very good partial response) on the line being given
 * (review c23-3, c24-8): the line was told "continue" with no alert, and the patient "stable disease", while treatments.md 6 (Cautions in AL; the Singapore
 * consensus 2023, checked) says to change therapy if there is no partial response after 2 cycles, or no very
 * good partial response after 4. The reference gives no cycle length, so the weeks on the line are said; the cycles
 * are the ones the line's entries record (`cycles`, review c69-W1), else they are asked for. Not before 2 (or 4) cycles at the shortest cycle the
 * reference gives for any regimen (21 days, VRd, treatments.md 3a), counted to the latest dFLC's date: earlier
 * no regimen can have reached the rule (a patient three weeks in is not told to switch). The grade is the AL
 * haematologic one (al-haematologic.ts: PR = dFLC fall > 50%, Palladini 2012, UNVERIFIED in the reference). */

import type { CitationId } from "../model/bibliography/index.js";
import type { TreatmentFact } from "../model/facts.js";
import type { MissingInput } from "../model/trace.js";
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

/** The line's response below the rule's grade: below PR (the rule's 2 cycles) or a PR below VGPR (its 4), with the
 * words that say it (before the rule), or null when neither is read. */
interface Below {
  belowPr: boolean;
  /** The head and the response, ending before the rule; "" without text. */
  words: string;
  citations: CitationId[];
  verified: boolean;
}

/** Review c55-1: with no dFLC values to grade the line, the best response the record gives for it (SD or MR: below
 * PR; PR: below VGPR), from 2 (or 4) shortest cycles after its start, to today (the record does not date it). */
function recordedBelow(line: LineOfTherapy, asOf: string, text: boolean): Below | null {
  const r = line.bestResponse;
  const days = daysBetween(line.start, asOf);
  const belowPr = (r === "SD" || r === "MR") && days >= 2 * SHORTEST_CYCLE_DAYS;
  const belowVgpr = r === "PR" && days >= 4 * SHORTEST_CYCLE_DAYS;
  if (!belowPr && !belowVgpr) return null;
  return {
    belowPr,
    words: text
      ? `${headOf(line, Math.floor(days / 7))}best response recorded as ${r} (${belowPr ? "below a haematologic partial response" : "a partial response, not VGPR"}; no dFLC values on the line grade it here).`
      : "",
    citations: ["smsg-2023-al-consensus"],
    verified: true,
  };
}

/** No response (below PR) measured 2 shortest cycles or more into the line, or a partial response (below VGPR)
 * measured 4 or more in (review c24-8: the reference's second rule). Read from the latest dFLC's date, not today's
 * (review c24-7: a dFLC of day 15 graded at week 9 is the response of day 15). */
function measuredBelow(
  response: ResponseResult,
  line: LineOfTherapy,
  asOf: string,
  text: boolean,
): Below | null {
  const al = response.alHaematologic;
  if (al === undefined || al.baseline === null || al.latest === null) return recordedBelow(line, asOf, text);
  const measuredDays = daysBetween(line.start, al.latest.date);
  const belowPr = al.grade === "NR" && measuredDays >= 2 * SHORTEST_CYCLE_DAYS;
  const belowVgpr = al.grade === "PR" && measuredDays >= 4 * SHORTEST_CYCLE_DAYS;
  if (!belowPr && !belowVgpr) return null;
  const weeks = Math.floor(daysBetween(line.start, asOf) / 7);
  const fall =
    al.baseline.dflc > 0 ? Math.round((100 * (al.baseline.dflc - al.latest.dflc)) / al.baseline.dflc) : 0;
  const values = `dFLC ${mg(al.baseline.dflc)} on ${al.baseline.date} -> ${mg(al.latest.dflc)} on ${al.latest.date}, ${Math.floor(measuredDays / 7)} weeks into the line, a fall of ${fall}%`;
  return {
    belowPr,
    words: text
      ? `${headOf(line, weeks)}${
          belowPr
            ? `haematologic response below PR (${values}; PR needs a fall of more than 50%, Palladini 2012, UNVERIFIED in the reference).`
            : `haematologic partial response, not VGPR (${values}; VGPR needs a dFLC below 40 mg/L, Palladini 2012, UNVERIFIED in the reference).`
        }`
      : "",
    citations: ["smsg-2023-al-consensus", "palladini-2012-jco"],
    // The AL response criteria it grades by are UNVERIFIED in the reference.
    verified: false,
  };
}

/** Review c69-W1: the cycles recorded on the line's entries started by asOf (a transplant entry apart), read as the
 * D-VRd rule reads them (consolidation.ts, review c65-m1): their sum when every entry records them, else null with
 * the entries that do not. */
function cyclesOnLine(
  line: LineOfTherapy,
  history: readonly TreatmentFact[],
  asOf: string,
): { cycles: number | null; lacking: TreatmentFact[] } {
  let sum = 0;
  const lacking: TreatmentFact[] = [];
  for (const i of line.entries) {
    const t = history[i];
    if (t === undefined || t.start > asOf || t.asct) continue;
    if (t.cycles === null) lacking.push(t);
    else sum += t.cycles;
  }
  return { cycles: lacking.length > 0 ? null : sum, lacking };
}

/** The AL switch rule read on the line being given (treatments.md 6). */
export interface AlSwitchRule {
  alert: Alert;
  /** Review c69-W1: the rule's condition met on the cycles recorded (>= 2 below PR, >= 4 below VGPR); false with
   * fewer; null when an entry of the line does not record them. */
  metOnCycles: boolean | null;
  /** The cycles recorded on the line's entries (their sum); null when an entry does not record them. */
  cycles: number | null;
  /** Each entry of the line that does not record its cycles, asked for (treatmentHistory.N.cycles). */
  missing: MissingInput[];
}

const ASKED_FOR =
  "the AL switch rule: change therapy if no partial response after 2 cycles, or no very good partial response after 4 (treatments.md 6): the response on the line is below it and the entry does not record its cycles";

/** The alert for an AL line being given (not ended) below PR or VGPR after the rule's shortest cycles (review c23-3,
 * c24-8), with the cycles the record gives (review c69-W1): their sum meets the rule's count (2 below PR, 4 below
 * VGPR: the condition is met), falls short of it (not yet met), or is not recorded (counted with the team, the
 * entry's cycles asked for). The cycles are the line's by today, the dFLC of its own date: the words give both. */
export function alSwitchRule(
  response: ResponseResult,
  line: LineOfTherapy | null,
  history: readonly TreatmentFact[],
  asOf: string,
  text: boolean,
): AlSwitchRule | null {
  if (line === null || line.end !== null) return null;
  const below = measuredBelow(response, line, asOf, text);
  if (below === null) return null;
  const count = below.belowPr ? 2 : 4;
  const { cycles, lacking } = cyclesOnLine(line, history, asOf);
  const metOnCycles = cycles === null ? null : cycles >= count;
  const given = `${cycles} cycle${cycles === 1 ? "" : "s"} recorded on the line's entries`;
  const tail =
    cycles === null
      ? `The record does not give the cycles given (nor the reference a cycle length): count them with the team, and discuss a change of therapy if ${count} or more have been given.`
      : metOnCycles
        ? `${given}, ${below.belowPr ? "no partial response" : "a partial response, not VGPR"}: the reference's condition to change therapy is met (treatments.md 6). Discuss a change of therapy with the team.`
        : `${given}: the reference's condition to change therapy (${below.belowPr ? "no partial response after 2 cycles" : "no very good partial response after 4 cycles"}) is not yet met; discuss a change of therapy if there is none after the ${below.belowPr ? "2nd" : "4th"} cycle.`;
  return {
    alert: {
      id: below.belowPr ? AL_BELOW_PR : AL_BELOW_VGPR,
      severity: "warning",
      text: text ? `${below.words} ${RULE} ${tail}` : "",
      citations: below.citations,
      verified: below.verified,
    },
    metOnCycles,
    cycles,
    missing: lacking.map((t) => ({ field: `treatmentHistory.${t.index}.cycles`, neededFor: ASKED_FOR })),
  };
}

/** The values the ISS family is staged from. ISS (greipp-2005-jco), R-ISS (palumbo-2015-jco) and R2-ISS
 * (dagostino-2022-jco) are staging systems of newly diagnosed myeloma, defined at diagnosis
 * (criteria-and-scores.md), so a treated myeloma record is staged from the latest beta-2 microglobulin,
 * albumin and LDH dated on or before its first treatment (pre-treatment-values.ts latestOnOrBefore: not the
 * first reading, which may be from years of MGUS or smouldering myeloma; review c16), when its series holds
 * one (or today's value is dated so); today's value stands in only for a value with no such reading, and the basis names it. Without
 * any pre-treatment value the stages rest on on-treatment values, and the basis says that too (review
 * c14: a relapse years later was staged from its relapse values and labelled "ISS at diagnosis").
 * Untreated records and other categories keep today's values. Pure: no I/O. */
import type { Facts } from "../model/facts.js";
import type { IssBasis, IssValue } from "../scores/iss/iss.js";
import { latestOnOrBefore, preTreatmentBasis } from "./pre-treatment-values.js";

export interface IssValues {
  beta2MicroglobulinMgL: number | null;
  albuminGDl: number | null;
  ldhUL: number | null;
  /** The recorded LDH's upper limit of normal: dated series values carry none, and the same laboratory's
   * limit is read for them, as the recorded troponin assay is for the AL stage's dated values. */
  ldhUpperLimitUL: number | null;
}

const VALUES: readonly IssValue[] = ["beta2Microglobulin", "albumin", "ldh"];

export function issValues(
  facts: Facts,
  /** The start of the first line of myeloma therapy of a multiple myeloma record (met or likely;
   * pre-treatment-values.ts firstMyelomaTreatmentStart); null: today's values. */
  start: string | null,
): { input: IssValues; basis: IssBasis | null } {
  const { labs } = facts;
  const today: Record<IssValue, number | null> = {
    beta2Microglobulin: labs.beta2Microglobulin?.value ?? null,
    albumin: labs.albumin?.value ?? null,
    ldh: labs.ldh?.value ?? null,
  };
  const input = (v: Record<IssValue, number | null>): IssValues => ({
    beta2MicroglobulinMgL: v.beta2Microglobulin,
    albuminGDl: v.albumin,
    ldhUL: v.ldh,
    ldhUpperLimitUL: labs.ldh?.upperLimitOfNormal ?? null,
  });
  if (start === null) return { input: input(today), basis: null };
  const values = { ...today };
  const dates: string[] = [];
  const onTreatment: IssValue[] = [];
  for (const v of VALUES) {
    // The latest reading on or before the start: of the series, or today's value when it is dated so.
    const pre = latestOnOrBefore(facts.series[v], start, labs[v]);
    if (pre !== null) {
      values[v] = pre.value;
      if (!dates.includes(pre.date)) dates.push(pre.date);
    } else if (today[v] !== null) onTreatment.push(v);
  }
  return { input: input(values), basis: preTreatmentBasis(start, dates, onTreatment) };
}

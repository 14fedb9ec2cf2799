/** Myeloma-defining events of IMWG 2014: the four CRAB features and the three SLiM biomarkers. */
import type { Facts } from "../../model/facts.js";
import type { MissingInput, Truth } from "../../model/trace.js";
import { assessCrab, type CrabResult } from "./crab.js";
import { type CriterionResult, criterion, MET, NOT_MET, or, UNKNOWN } from "./logic.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";
import { assessSlim, type SlimResult } from "./slim.js";

export interface MdeResult {
  crab: CrabResult;
  slim: SlimResult;
  /** met when any event is met, not-met only when every one is known and not met, else unknown. */
  any: Truth;
  /** The seven events then the summary, in a fixed order. */
  criteria: CriterionResult[];
}

/**
 * Each CRAB feature and SLiM biomarker as met / not-met / unknown, with what it lacked.
 * CRAB features must be attributable to the plasma cell disorder: that is a clinical judgement the
 * record cannot carry, so a met feature here means the threshold is met.
 * With `text: false` the events are decided the same way and their reasons are left empty.
 * @example assessMyelomaDefiningEvents(facts).crab.calcium.status // "met" for calcium 11.1 mg/dL
 */
export function assessMyelomaDefiningEvents(facts: Facts, text = true): MdeResult {
  return summarizeEvents(assessEvents(facts, text), text);
}

/** The CRAB features and SLiM biomarkers, without their summary (what the findings read). */
export type Events = Pick<MdeResult, "crab" | "slim">;

/** Each CRAB feature and SLiM biomarker; `text: false` leaves their reasons empty. */
export function assessEvents(facts: Facts, text = true): Events {
  return { crab: assessCrab(facts, text), slim: assessSlim(facts, text) };
}

/** The events with their summary criterion (the "or" of the seven, with what the unknown ones lacked). */
export function summarizeEvents({ crab, slim }: Events, text = true): MdeResult {
  const events = [crab.calcium, crab.renal, crab.anaemia, crab.bone, slim.marrow, slim.flc, slim.mri];
  // The "or" of the seven events (Kleene "or" groups freely: CRAB's and SLiM's are each the "or" of theirs).
  const any = or(crab.any, slim.any);
  const summary = criterion(R.mde, any, text ? summaryWords(any, events) : "", { missing: lacking(events) });
  events.push(summary);
  return { crab, slim, any, criteria: events };
}

/** The summary's reason: the events met, or the ones not known. */
function summaryWords(any: Truth, events: readonly CriterionResult[]): string {
  if (any === NOT_MET) return "no CRAB feature and no SLiM biomarker";
  const shown = any === MET ? MET : UNKNOWN;
  let ids = "";
  for (const e of events) if (e.status === shown) ids = ids === "" ? e.id : `${ids}, ${e.id}`;
  return any === MET ? `met: ${ids}` : `none met; not known: ${ids}`;
}

/** What the unknown events lacked, in event order. */
function lacking(events: readonly CriterionResult[]): MissingInput[] {
  const missing: MissingInput[] = [];
  for (const e of events) if (e.status === UNKNOWN) missing.push(...e.missing);
  return missing;
}

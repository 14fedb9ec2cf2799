/** Myeloma-defining events of IMWG 2014: the four CRAB features and the three SLiM biomarkers. */
import type { Facts } from "../../model/facts.js";
import type { Truth } from "../../model/trace.js";
import { assessCrab, type CrabResult } from "./crab.js";
import { type CriterionResult, criterion, MET, NOT_MET, or } from "./logic.js";
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
 * @example assessMyelomaDefiningEvents(facts).crab.calcium.status // "met" for calcium 11.1 mg/dL
 */
export function assessMyelomaDefiningEvents(facts: Facts): MdeResult {
  const crab = assessCrab(facts);
  const slim = assessSlim(facts);
  const events = [crab.calcium, crab.renal, crab.anaemia, crab.bone, slim.marrow, slim.flc, slim.mri];
  const any = or(...events.map((e) => e.status));
  const metIds = events.filter((e) => e.status === MET).map((e) => e.id);
  const unknownIds = events.filter((e) => e.status === "unknown").map((e) => e.id);
  const summary = criterion(
    R.mde,
    any,
    any === MET
      ? `met: ${metIds.join(", ")}`
      : any === NOT_MET
        ? "no CRAB feature and no SLiM biomarker"
        : `none met; not known: ${unknownIds.join(", ")}`,
    { missing: events.flatMap((e) => (e.status === "unknown" ? e.missing : [])) },
  );
  return { crab, slim, any, criteria: [...events, summary] };
}

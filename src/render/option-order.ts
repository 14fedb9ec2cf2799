/** Where each option stands in the plan ahead, so that a summary names the options for now first
 * (DESIGN.md: every patient has a treatment phase; options follow the phase). */
import type { Assessment, AssessmentOption } from "../engine/assessment.js";
import {
  BONE_EVENT_OPTIONS,
  BONE_SURGERY,
  surgeryBeforeOtherBoneEvents,
} from "../engine/bone-event-order.js";
import { postInfusionRank } from "../engine/post-infusion-order.js";

/** Recommendation strengths, strongest first (the order summaries name options in). */
export const STRENGTH_RANK: Readonly<Record<AssessmentOption["strength"], number>> = {
  preferred: 0,
  standard: 1,
  "if-eligible": 2,
  consider: 3,
  trial: 4,
};

/** 0: in the step now (or in the branch for progression, open while the outcome is unknown); 1: in no
 * step of the plan (care alongside, a trial, radiotherapy for a painful lesion), which is for now too;
 * 2: only in another step (transplant, consolidation or maintenance while induction comes first), or marked
 * "if a transplant candidate" on a plan without a transplant. */
type PlanTier = 0 | 1 | 2;

/**
 * Each option's tier. The step now is the plan's current step when it lists options, else its next
 * step that does (untreated: induction; after the transplant: maintenance). Without a plan, or with no
 * step listing options, every option is tier 1 (the order is left as it is).
 * @example planTiers(untreatedTransplantCandidate)("maint.lenalidomide") // 2
 */
function planTiers(a: Assessment): (id: string) => PlanTier {
  const plan = a.plan ?? [];
  const now =
    plan.find((s) => s.status === "current" && s.optionIds.length > 0) ??
    plan.find((s) => s.status === "next" && s.optionIds.length > 0);
  if (!now) return () => 1;
  // A branch that needs progression lists options only while the outcome is unknown: open now as well.
  const current = new Set<string>();
  const later = new Set<string>();
  for (const step of plan) {
    const here = step === now || step.status === "if-progressed" ? current : later;
    for (const id of step.optionIds) here.add(id);
  }
  // An option marked "if a transplant candidate" that no step holds: the plan follows the first line given
  // without a transplant (DRd, Rd, D-VMP), so it comes after the care alongside (review c30-W1).
  for (const o of a.options)
    if (o.conditionalOn === "transplant-candidate" && !current.has(o.id)) later.add(o.id);
  return (id) => (current.has(id) ? 0 : later.has(id) ? 2 : 1);
}

/** Orders options by tier (the step now, then outside the plan, then later steps); options of one tier
 * compare equal, so a stable sort keeps their order. */
export function byPlanTier(a: Assessment): (x: { id: string }, y: { id: string }) => number {
  const tier = planTiers(a);
  return (x, y) => tier(x.id) - tier(y.id);
}

/** The options by tier; for now (tiers 0 and 1) the strongest recommendation first, then in the order
 * given; the options of a later step in the order given (the engine lists them in the pathway's order:
 * transplant before maintenance). In the first 2 weeks after a BCMA CAR-T infusion, infection prevention comes before
 * the strength (review c88-m4: the engine's order, engine/post-infusion-order.ts); the callers pass the treatments and
 * the supportive care as separate lists. The handout's lists give way from their end when the page is full. */
export function nowFirstStrongest<T extends Pick<AssessmentOption, "id" | "kind" | "strength">>(
  a: Assessment,
  options: readonly T[],
): T[] {
  const tier = planTiers(a);
  const window = postInfusionRank(a.alerts);
  return [...options].sort((x, y) => {
    const tx = tier(x.id);
    const ty = tier(y.id);
    if (tx !== ty) return tx - ty;
    return tx === 2 ? 0 : window(x) - window(y) || STRENGTH_RANK[x.strength] - STRENGTH_RANK[y.strength];
  });
}

/** Review c89-m2: the engine lists the surgical review of a recorded pathological fracture before the other bone-event
 * options (engine/bone-event-order.ts); a list sorted by strength (the radiotherapy "standard", the surgery "consider")
 * keeps that: the surgery moves just before the first other bone-event option on the list. Any other list is returned
 * as it is. */
export function boneEventsInEngineOrder<T extends { id: string }>(a: Assessment, list: T[]): T[] {
  const at = (id: string) => a.options.findIndex((o) => o.id === id);
  const surgery = at(BONE_SURGERY);
  if (surgery < 0 || !BONE_EVENT_OPTIONS.some((id) => at(id) > surgery)) return list;
  return surgeryBeforeOtherBoneEvents(list);
}

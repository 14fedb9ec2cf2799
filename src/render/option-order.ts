/** Where each option stands in the plan ahead, so that a summary names the options for now first
 * (DESIGN.md: every patient has a treatment phase; options follow the phase). */
import type { Assessment } from "../engine/assessment.js";

/** 0: in the step now (or in the branch for progression, open while the outcome is unknown); 1: in no
 * step of the plan (care alongside, a trial, radiotherapy for a painful lesion), which is for now too;
 * 2: only in another step (transplant, consolidation or maintenance while induction comes first). */
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
  return (id) => (current.has(id) ? 0 : later.has(id) ? 2 : 1);
}

/** Orders options by tier (the step now, then outside the plan, then later steps); options of one tier
 * compare equal, so a stable sort keeps their order. */
export function byPlanTier(a: Assessment): (x: { id: string }, y: { id: string }) => number {
  const tier = planTiers(a);
  return (x, y) => tier(x.id) - tier(y.id);
}

/** The options by tier, each tier in the order given. */
export function nowFirst<T extends { id: string }>(a: Assessment, options: readonly T[]): T[] {
  return [...options].sort(byPlanTier(a));
}

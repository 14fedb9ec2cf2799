/** The knowledge base: every recommendation, drug rule and situation alert, with one version string. */
import { ALERT_RULES, DRUG_RULES } from "./drug-rules.js";
import { AL_ENTRIES } from "./entries/al-amyloidosis.js";
import { BISPECIFIC_ENTRIES } from "./entries/bispecific.js";
import { CAR_T_ENTRIES } from "./entries/car-t.js";
import { MAINTENANCE_ENTRIES } from "./entries/maintenance.js";
import { MGUS_SMM_ENTRIES } from "./entries/mgus-smm.js";
import { NEWLY_DIAGNOSED_ENTRIES } from "./entries/newly-diagnosed.js";
import { PATHWAY_ENTRIES } from "./entries/pathway.js";
import { PLASMACYTOMA_ENTRIES } from "./entries/plasmacytoma.js";
import { RELAPSE_ENTRIES } from "./entries/relapse.js";
import { SUPPORTIVE_CARE_ENTRIES } from "./entries/supportive-care.js";
import { withMyelomaKidneyRule } from "./myeloma-kidney.js";
import { withNeuropathyAdjustments } from "./neuropathy.js";
import type { KnowledgeEntry, StrengthAdjustment } from "./types.js";

/** One version for the whole knowledge base: bump it on any change to entries, drug rules or alerts.
 * Form: the date of the change, YYYY.MM.DD, with a revision number (.1, .2, ...) for a further change
 * under a date already used, so versions stay in order. */
export const KNOWLEDGE_VERSION = "2026.12.10.64";

/** When the evidence was last reviewed: the reference's fact-check pass (knowledge date about 2026-06). */
export const EVIDENCE_REVIEWED = "2026-11-26";

// Cross-cutting rules added to the treatment options: the neuropathy adjustments (treatments.md 7b) and the IMWG
// renal rule at a relapse with kidney injury from the myeloma (3b, 8c; review c77-W1), with its sequence at diagnosis
// on the lenalidomide-containing inductions (3b; review c79-m3).
export const KNOWLEDGE_ENTRIES: readonly KnowledgeEntry[] = withMyelomaKidneyRule(
  withNeuropathyAdjustments([
    ...PLASMACYTOMA_ENTRIES,
    ...MGUS_SMM_ENTRIES,
    ...NEWLY_DIAGNOSED_ENTRIES,
    ...MAINTENANCE_ENTRIES,
    ...RELAPSE_ENTRIES,
    ...CAR_T_ENTRIES,
    ...BISPECIFIC_ENTRIES,
    ...AL_ENTRIES,
    ...SUPPORTIVE_CARE_ENTRIES,
    ...PATHWAY_ENTRIES,
  ]),
);

export {
  compileBecause,
  compileCondition,
  compileTruth,
  compileUnknowns,
  describeCondition,
  type Evaluation,
  factsOf,
  leavesOf,
  residualGiven,
  type TruthFn,
  truthGiven,
} from "./conditions.js";
export { CARFILZOMIB_HYPERTENSION_UNCONTROLLED, currentLineKind } from "./drug-rules.js";
/** IMWG frail, ECOG >= 3 or age over 75: fitness that argues against transplant-intensity therapy. */
export { AGAINST_INTENSITY } from "./entries/newly-diagnosed.js";
export { HCM_OUTSIDE_ZA_RULE } from "./entries/supportive-care.js";
export { GENERATED_CODE, generateTruthCodes, TRUTH_OF_CODE } from "./generated-conditions.js";
export { isNeuropathyAdjustment } from "./neuropathy.js";
export { FACT_NAMES, FACTS, type FactName, type Situation, type SituationMissing } from "./situation.js";
export { FACT_RULES, SITUATION_RULES } from "./situation-rules.js";
export type * from "./types.js";
export { ALERT_RULES, DRUG_RULES };

/** The rule ids (`<entry>.adjust.<adjustment>`, as an option's safety findings carry them) of the
 * adjustments that weigh `what` (`weighs`). */
const adjustmentsWeighing = (what: StrengthAdjustment["weighs"]): ReadonlySet<string> =>
  new Set(
    KNOWLEDGE_ENTRIES.flatMap((e) =>
      (e.adjust ?? []).filter((a) => a.weighs === what).map((a) => `${e.id}.adjust.${a.id}`),
    ),
  );
const FITNESS_ADJUSTMENTS = adjustmentsWeighing("fitness");
const TRIAL_FITNESS_ADJUSTMENTS = adjustmentsWeighing("trial-fitness");
const NOT_COVERED_ADJUSTMENTS = adjustmentsWeighing("not-covered");

/** Whether a safety finding's rule id is an adjustment that holds its option back for fitness: frailty,
 * performance status or age. */
export function isFitnessAdjustment(ruleId: string): boolean {
  return FITNESS_ADJUSTMENTS.has(ruleId);
}

/** Whether a safety finding's rule id is an adjustment that holds its option back because the reference does
 * not cover it in this situation (`weighs: "not-covered"`): the team decides. */
export function isNotCoveredAdjustment(ruleId: string): boolean {
  return NOT_COVERED_ADJUSTMENTS.has(ruleId);
}

/** Whether a safety finding's rule id is an adjustment that holds its option back because its trial
 * enrolled fitter patients (`weighs: "trial-fitness"`). */
export function isTrialFitnessAdjustment(ruleId: string): boolean {
  return TRIAL_FITNESS_ADJUSTMENTS.has(ruleId);
}

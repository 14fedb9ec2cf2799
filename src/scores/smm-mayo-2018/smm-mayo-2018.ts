/** Mayo 2018 "20/2/20" smoldering myeloma risk (Lakshman et al., Blood Cancer J 2018). */
import { defineRules, type MissingInput, type RuleTrace, trace } from "../../model/trace.js";
import { above, finite } from "../compare.js";

export const SMM_MAYO_2018_RULES = defineRules({
  mProtein: {
    id: "smm-mayo-2018.m-protein",
    citation: "lakshman-2018-bcj",
    text: "Risk factor: serum M-protein > 2 g/dL (exactly 2.0 does not count)",
    evidence: "verified",
  },
  flcRatio: {
    id: "smm-mayo-2018.flc-ratio",
    citation: "lakshman-2018-bcj",
    text: "Risk factor: involved/uninvolved serum free light chain ratio > 20 (exactly 20 does not count)",
    evidence: "verified",
  },
  bmpc: {
    id: "smm-mayo-2018.bmpc",
    citation: "lakshman-2018-bcj",
    text: "Risk factor: clonal bone marrow plasma cells > 20% (exactly 20% does not count)",
    evidence: "verified",
  },
  groups: {
    id: "smm-mayo-2018.groups",
    citation: "lakshman-2018-bcj",
    text: "0 factors: low risk; 1: intermediate; 2-3: high",
    evidence: "verified",
  },
});

export interface SmmMayo2018Input {
  serumMProteinGDl: number | null;
  /** Involved / uninvolved serum free light chain ratio. */
  flcRatio: number | null;
  clonalPlasmaCellPercent: number | null;
}

/** A value an SMM risk score reads. */
export type SmmRiskValue = "serumMProtein" | "flcRatio" | "clonalPlasmaCellPercent";

/** Which values an SMM risk score rests on, for a record treated for SMM (engine/smm-risk-values.ts): the
 * scores are defined on untreated SMM, so the values before the first treatment when the record has them
 * ("before-treatment", their dates; `onTreatment` names the values that had none), else on-treatment
 * values only. */
export interface SmmRiskBasis {
  from: "before-treatment" | "on-treatment";
  firstTreatment: string;
  dates: string[];
  onTreatment: SmmRiskValue[];
}

/** Why an SMM score applies to the patient or not (review c87-m8): the diagnosis category the engine read, and the
 * likely category when it is indeterminate. The scores stratify smouldering myeloma (criteria-and-scores.md 2). */
export interface SmmAppliesBasis {
  ruleId: "smm-risk.applies";
  category: string;
  likely: string | null;
  /** The score's own source (lakshman-2018-bcj, mateos-2020-bcj). */
  citationId: string;
}

export interface SmmMayo2018Result {
  /** Number of risk factors; null when a factor is unknown (even if the group is already decided). */
  factors: number | null;
  group: "low" | "intermediate" | "high" | null;
  /** The fewest and most factors the patient can have given what is known (equal when all known). */
  factorRange: [number, number];
  rules: RuleTrace[];
  missing: MissingInput[];
  /** Set for a record treated for SMM: which values the score rests on. */
  basis?: SmmRiskBasis | null;
  /** Set on an Assessment since review c87-m8 (absent in Assessments made before, and on the calculator's own output): true
   * when the category, or the likely category, is smouldering myeloma (criteria-and-scores.md 2); false otherwise, the
   * score computed from the values all the same and left out of the FHIR export and the CDS cards. */
  applies?: boolean;
  /** Why `applies` is what it is (set with it). */
  appliesBasis?: SmmAppliesBasis;
}

const NEEDED_FOR = "Mayo 2018 SMM risk";

function groupOf(factors: number): "low" | "intermediate" | "high" {
  return factors === 0 ? "low" : factors === 1 ? "intermediate" : "high";
}

/**
 * Mayo 2018 "20/2/20" risk group: one factor each for M-protein > 2 g/dL, FLC ratio > 20 and clonal
 * BMPC > 20%; 0 = low, 1 = intermediate, 2-3 = high. With a factor unknown, the group is given only
 * when both possible values of it give the same group (two factors present: high whatever the third).
 * @example calculateSmmMayo2018({ serumMProteinGDl: 2.5, flcRatio: 25, clonalPlasmaCellPercent: 15 }) // factors 2, high
 */
export function calculateSmmMayo2018(
  input: SmmMayo2018Input,
  /** codesOnly: no rule traces (the compact view and the situation read the group and what is missing). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): SmmMayo2018Result {
  const m = finite(input.serumMProteinGDl);
  const r = finite(input.flcRatio);
  const p = finite(input.clonalPlasmaCellPercent);
  const mFactor = m === null ? null : above(m, 2);
  const rFactor = r === null ? null : above(r, 20);
  const pFactor = p === null ? null : above(p, 20);
  const min = (mFactor === true ? 1 : 0) + (rFactor === true ? 1 : 0) + (pFactor === true ? 1 : 0);
  const unknown = (mFactor === null ? 1 : 0) + (rFactor === null ? 1 : 0) + (pFactor === null ? 1 : 0);
  const max = min + unknown;
  // One trace per known factor, in factor order; each a literal so every record's trace has one shape.
  const rules: RuleTrace[] = [];
  if (mFactor !== null && !codesOnly)
    rules.push(trace(SMM_MAYO_2018_RULES.mProtein, { serumMProteinGDl: m, factor: mFactor }));
  if (rFactor !== null && !codesOnly)
    rules.push(trace(SMM_MAYO_2018_RULES.flcRatio, { flcRatio: r, factor: rFactor }));
  if (pFactor !== null && !codesOnly)
    rules.push(trace(SMM_MAYO_2018_RULES.bmpc, { clonalPlasmaCellPercent: p, factor: pFactor }));
  const factorRange: [number, number] = [min, max];
  const lo = groupOf(min);
  if (lo !== groupOf(max)) {
    const missing: MissingInput[] = [];
    if (mFactor === null) missing.push({ field: "labs.serumMProtein", neededFor: NEEDED_FOR });
    if (rFactor === null)
      missing.push({
        field: "labs.involvedFreeLightChain / labs.uninvolvedFreeLightChain",
        neededFor: NEEDED_FOR,
      });
    if (pFactor === null) missing.push({ field: "marrow.clonalPlasmaCellPercent", neededFor: NEEDED_FOR });
    return { factors: null, group: null, factorRange, rules, missing };
  }
  if (!codesOnly) rules.push(trace(SMM_MAYO_2018_RULES.groups, { factorsAtLeast: min, factorsAtMost: max }));
  return {
    factors: unknown === 0 ? min : null,
    group: lo,
    factorRange,
    rules,
    missing: [],
  };
}

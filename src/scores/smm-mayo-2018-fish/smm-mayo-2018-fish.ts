/** The 20/2/20 model with high-risk FISH as a 4th factor (Mateos et al., Blood Cancer J 2020; review c91-m3). */
import { defineRules, type MissingInput, type RuleTrace, trace } from "../../model/trace.js";
import { anyTrueOf } from "../compare.js";
import type { SmmImwg2020Fish } from "../smm-imwg-2020/smm-imwg-2020.js";
import {
  calculateSmmMayo2018,
  type SmmAppliesBasis,
  type SmmMayo2018Input,
  type SmmMayo2018Result,
  type SmmRiskBasis,
} from "../smm-mayo-2018/smm-mayo-2018.js";

export const SMM_MAYO_2018_FISH_RULES = defineRules({
  fish: {
    id: "smm-mayo-2018-fish.fish",
    citation: "mateos-2020-bcj",
    text: "4th risk factor: high-risk FISH, any of t(4;14), t(14;16), +1q, del(13q)/monosomy 13 (criteria-and-scores.md 2.1)",
    evidence: "verified",
  },
  fishNotAssessed: {
    id: "smm-mayo-2018-fish.fish-not-assessed",
    citation: "mateos-2020-bcj",
    // The reference gives "FISH not assessed" for the IMWG 2020 score (criteria-and-scores.md 2.2) and is silent on
    // the 4-factor model: the FISH factor is then not known, never read as absent (the project's reading).
    text: "FISH missing: 'FISH not assessed'; the 4th factor is not known, and the group is given only when either value of it gives the same group (the project's reading, UNVERIFIED)",
    evidence: "unverified",
  },
  groups: {
    id: "smm-mayo-2018-fish.groups",
    citation: "mateos-2020-bcj",
    text: "20/2/20 factors plus high-risk FISH: 0, 1, 2 and >= 3 factors, 2-year progression 6%, 23%, 46% and 63% (criteria-and-scores.md 2.1; treatments.md 2a)",
    evidence: "verified",
  },
});

/** The groups of the 4-factor model: 0, 1, 2, and 3 or more factors. */
export type SmmMayo2018FishGroup = "0" | "1" | "2" | "3-or-more";

/** 2-year progression by group (criteria-and-scores.md 2.1 [V], treatments.md 2a; mateos-2020-bcj). */
export const SMM_MAYO_2018_FISH_TWO_YEAR_PERCENT: Readonly<Record<SmmMayo2018FishGroup, number>> = {
  "0": 6,
  "1": 23,
  "2": 46,
  "3-or-more": 63,
};

export interface SmmMayo2018FishInput extends SmmMayo2018Input {
  /** Any of t(4;14), t(14;16), +1q, del(13q)/monosomy 13; null when FISH was not done. */
  highRiskFish: boolean | null;
  /** Optional detail of the FISH panel; when given it decides `highRiskFish` and names what is missing. */
  fish?: SmmImwg2020Fish;
}

export interface SmmMayo2018FishResult {
  /** Number of the 4 factors; null when one is unknown (even if the group is already decided). */
  factors: number | null;
  group: SmmMayo2018FishGroup | null;
  /** The group's 2-year progression (%); null without a group. */
  twoYearProgressionPercent: number | null;
  /** False when the FISH factor is not known: shown "FISH not assessed". */
  fishAssessed: boolean;
  /** The fewest and most factors possible given what is known. */
  factorRange: [number, number];
  rules: RuleTrace[];
  missing: MissingInput[];
  /** As SmmMayo2018Result.basis. */
  basis?: SmmRiskBasis | null;
  /** As SmmMayo2018Result.applies (review c87-m8). */
  applies?: boolean;
  /** As SmmMayo2018Result.appliesBasis. */
  appliesBasis?: SmmAppliesBasis;
}

const NEEDED_FOR = "20/2/20 + FISH SMM risk";
const FISH_FIELDS = [
  ["t4_14", "cytogenetics.t4_14"],
  ["t14_16", "cytogenetics.t14_16"],
  ["gain1q", "cytogenetics.gain1q"],
  ["monosomy13", "cytogenetics.monosomy13"],
] as const;

function groupOf(factors: number): SmmMayo2018FishGroup {
  return factors >= 3 ? "3-or-more" : factors === 2 ? "2" : factors === 1 ? "1" : "0";
}

/**
 * The 20/2/20 factors (M-protein > 2 g/dL, FLC ratio > 20, clonal BMPC > 20%) plus high-risk FISH as a 4th:
 * 0, 1, 2, >= 3 factors. With a factor unknown, the group is given only when every possible count gives it.
 * `twentyTwoTwenty` is the 20/2/20 result of the same input when the caller has it (the engine does: not computed twice).
 * @example calculateSmmMayo2018Fish({ serumMProteinGDl: 2.8, flcRatio: 30, clonalPlasmaCellPercent: 35, highRiskFish: true }) // 4 factors, "3-or-more", 63
 */
export function calculateSmmMayo2018Fish(
  input: SmmMayo2018FishInput,
  { codesOnly = false }: { codesOnly?: boolean } = {},
  twentyTwoTwenty?: SmmMayo2018Result,
): SmmMayo2018FishResult {
  const mayo = twentyTwoTwenty ?? calculateSmmMayo2018(input, { codesOnly });
  const fish = input.fish
    ? anyTrueOf(input.fish.t4_14, input.fish.t14_16, input.fish.gain1q, input.fish.monosomy13)
    : input.highRiskFish;
  // The three 20/2/20 factor traces (not its 3-factor groups rule), then the FISH factor.
  const rules: RuleTrace[] = mayo.rules.filter((r) => r.ruleId !== "smm-mayo-2018.groups");
  const fishAssessed = fish !== null;
  if (!codesOnly)
    rules.push(
      fishAssessed
        ? trace(SMM_MAYO_2018_FISH_RULES.fish, { highRiskFish: fish, factor: fish })
        : trace(SMM_MAYO_2018_FISH_RULES.fishNotAssessed, { highRiskFish: null }),
    );
  const lo = mayo.factorRange[0] + (fish === true ? 1 : 0);
  const hi = mayo.factorRange[1] + (fish === false ? 0 : 1);
  const factorRange: [number, number] = [lo, hi];
  const decided = groupOf(lo) === groupOf(hi);
  const missing: MissingInput[] = [];
  if (!decided)
    for (const [v, field] of [
      [input.serumMProteinGDl, "labs.serumMProtein"],
      [input.flcRatio, "labs.involvedFreeLightChain / labs.uninvolvedFreeLightChain"],
      [input.clonalPlasmaCellPercent, "marrow.clonalPlasmaCellPercent"],
    ] as const)
      if (v === null || !Number.isFinite(v)) missing.push({ field, neededFor: NEEDED_FOR });
  if (!fishAssessed) {
    // "FISH not assessed" is kept as missing, decided or not (as the IMWG 2020 score does).
    const before = missing.length;
    if (input.fish)
      for (const [k, field] of FISH_FIELDS)
        if (input.fish[k] === null) missing.push({ field, neededFor: NEEDED_FOR });
    if (missing.length === before)
      missing.push({
        field: "cytogenetics",
        neededFor: `${NEEDED_FOR} (FISH: t(4;14), t(14;16), +1q, del(13q))`,
      });
  }
  const group = decided ? groupOf(lo) : null;
  if (decided && !codesOnly)
    rules.push(trace(SMM_MAYO_2018_FISH_RULES.groups, { factorsAtLeast: lo, factorsAtMost: hi }));
  return {
    factors: lo === hi ? lo : null,
    group,
    twoYearProgressionPercent: group === null ? null : SMM_MAYO_2018_FISH_TWO_YEAR_PERCENT[group],
    fishAssessed,
    factorRange,
    rules,
    missing,
  };
}

/** IMWG 2020 smoldering myeloma risk score (Mateos et al., Blood Cancer J 2020). */

import { defineRules, type MissingInput, type RuleTrace, trace } from "../../model/trace.js";
import { above, anyTrueOf, finite } from "../compare.js";
import type { SmmAppliesBasis, SmmRiskBasis } from "../smm-mayo-2018/smm-mayo-2018.js";

export const SMM_IMWG_2020_RULES = defineRules({
  flcRatio: {
    id: "smm-imwg-2020.flc-ratio",
    citation: "mateos-2020-bcj",
    text: "FLC ratio (involved:uninvolved) 0-10: 0 points; >10-25: 2; >25-40: 3; >40: 5",
    evidence: "verified",
  },
  mProtein: {
    id: "smm-imwg-2020.m-protein",
    citation: "mateos-2020-bcj",
    text: "Serum M-protein 0-1.5 g/dL: 0 points; >1.5-3: 3; >3: 4 (exactly 1.5 g/dL scores 0)",
    evidence: "verified",
  },
  bmpc: {
    id: "smm-imwg-2020.bmpc",
    citation: "mateos-2020-bcj",
    text: "Clonal BMPC 0-15%: 0 points; >15-20: 2; >20-30: 3; >30-40: 5; >40: 6",
    evidence: "verified",
  },
  fish: {
    id: "smm-imwg-2020.fish",
    citation: "mateos-2020-bcj",
    text: "FISH: any of t(4;14), t(14;16), +1q, del(13q)/monosomy 13 scores 2 points",
    evidence: "verified",
  },
  fishNotAssessed: {
    id: "smm-imwg-2020.fish-not-assessed",
    citation: "mateos-2020-bcj",
    text: "FISH missing: scored 0 and labelled 'FISH not assessed' (the model was built on patients with complete data)",
    evidence: "secondary",
  },
  bands: {
    id: "smm-imwg-2020.bands",
    citation: "mateos-2020-bcj",
    text: "Total 0-4: low; 5-8: low-intermediate; 9-12: intermediate-high; >12: high",
    evidence: "verified",
  },
});

/** The FISH findings behind `highRiskFish`, so the missing ones can be named. */
export interface SmmImwg2020Fish {
  t4_14: boolean | null;
  t14_16: boolean | null;
  gain1q: boolean | null;
  monosomy13: boolean | null;
}

export interface SmmImwg2020Input {
  serumMProteinGDl: number | null;
  flcRatio: number | null;
  clonalPlasmaCellPercent: number | null;
  /** Any of t(4;14), t(14;16), +1q, del(13q)/monosomy 13; null when FISH was not done. */
  highRiskFish: boolean | null;
  /** Optional detail of the FISH panel; when given it decides `highRiskFish` and names what is missing. */
  fish?: SmmImwg2020Fish;
}

export type SmmImwg2020Group = "low" | "low-intermediate" | "intermediate-high" | "high";

export interface SmmImwg2020Result {
  score: number | null;
  group: SmmImwg2020Group | null;
  fishAssessed: boolean;
  /** Lowest and highest total possible given what is known (equal when the score is known). */
  scoreRange: [number, number];
  rules: RuleTrace[];
  missing: MissingInput[];
  /** Set for a record treated for SMM: which values the score rests on (smm-mayo-2018.ts). */
  basis?: SmmRiskBasis | null;
  /** As SmmMayo2018Result.applies (review c87-m8). */
  applies?: boolean;
  /** As SmmMayo2018Result.appliesBasis. */
  appliesBasis?: SmmAppliesBasis;
}

const NEEDED_FOR = "IMWG 2020 SMM risk";
/** What a record with no FISH finding at all is missing (one text, not composed per record). */
const NEEDED_FOR_FISH = `${NEEDED_FOR} (FISH: t(4;14), t(14;16), +1q, del(13q))`;
/** The FISH findings of the score, and the record field each is read from (written out, not composed per
 * record). */
const FISH_KEYS = ["t4_14", "t14_16", "gain1q", "monosomy13"] as const;
const FISH_FIELDS = {
  t4_14: "cytogenetics.t4_14",
  t14_16: "cytogenetics.t14_16",
  gain1q: "cytogenetics.gain1q",
  monosomy13: "cytogenetics.monosomy13",
} as const;

// The Mateos 2020 ranges: the upper end of each range belongs to it (">10-25" includes 25).
export function flcRatioPoints(ratio: number): number {
  if (above(ratio, 40)) return 5;
  if (above(ratio, 25)) return 3;
  if (above(ratio, 10)) return 2;
  return 0;
}

export function mProteinPoints(gDl: number): number {
  if (above(gDl, 3)) return 4;
  if (above(gDl, 1.5)) return 3;
  return 0;
}

export function bmpcPoints(percent: number): number {
  if (above(percent, 40)) return 6;
  if (above(percent, 30)) return 5;
  if (above(percent, 20)) return 3;
  if (above(percent, 15)) return 2;
  return 0;
}

export function imwg2020Group(score: number): SmmImwg2020Group {
  if (score <= 4) return "low";
  if (score <= 8) return "low-intermediate";
  if (score <= 12) return "intermediate-high";
  return "high";
}

/**
 * IMWG 2020 SMM risk score (0-17) and band. If FISH is missing it scores 0 with `fishAssessed: false`
 * and the FISH fields are reported missing (the published handling). A missing FLC ratio, M-protein or
 * BMPC makes the score null; the band is still given when every possible value gives the same band.
 * @example calculateSmmImwg2020({ serumMProteinGDl: 2.5, flcRatio: 30, clonalPlasmaCellPercent: 25, highRiskFish: false }) // score 9, intermediate-high
 */
export function calculateSmmImwg2020(
  input: SmmImwg2020Input,
  /** codesOnly: no rule traces (the compact view and the situation read the group and what is missing). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): SmmImwg2020Result {
  const ratio = finite(input.flcRatio);
  const mp = finite(input.serumMProteinGDl);
  const pc = finite(input.clonalPlasmaCellPercent);
  const fish = input.fish
    ? anyTrueOf(input.fish.t4_14, input.fish.t14_16, input.fish.gain1q, input.fish.monosomy13)
    : input.highRiskFish;

  const rules: RuleTrace[] = [];
  const missing: MissingInput[] = [];
  // Each factor: its points when known (traced, a literal per factor so every record's trace has one
  // shape), else its highest points on the upper bound and the field reported missing.
  const ratioPoints = ratio === null ? null : flcRatioPoints(ratio);
  const mpPoints = mp === null ? null : mProteinPoints(mp);
  const pcPoints = pc === null ? null : bmpcPoints(pc);
  if (ratioPoints !== null) {
    if (!codesOnly) rules.push(trace(SMM_IMWG_2020_RULES.flcRatio, { flcRatio: ratio, points: ratioPoints }));
  } else
    missing.push({
      field: "labs.involvedFreeLightChain / labs.uninvolvedFreeLightChain",
      neededFor: NEEDED_FOR,
    });
  if (mpPoints !== null) {
    if (!codesOnly)
      rules.push(trace(SMM_IMWG_2020_RULES.mProtein, { serumMProteinGDl: mp, points: mpPoints }));
  } else missing.push({ field: "labs.serumMProtein", neededFor: NEEDED_FOR });
  if (pcPoints !== null) {
    if (!codesOnly)
      rules.push(trace(SMM_IMWG_2020_RULES.bmpc, { clonalPlasmaCellPercent: pc, points: pcPoints }));
  } else missing.push({ field: "marrow.clonalPlasmaCellPercent", neededFor: NEEDED_FOR });
  let lo = (ratioPoints ?? 0) + (mpPoints ?? 0) + (pcPoints ?? 0);
  let hi = (ratioPoints ?? 5) + (mpPoints ?? 4) + (pcPoints ?? 6);

  const fishAssessed = fish !== null;
  if (fish === true) {
    lo += 2;
    hi += 2;
  }
  if (fishAssessed) {
    if (!codesOnly) rules.push(trace(SMM_IMWG_2020_RULES.fish, { highRiskFish: fish, points: fish ? 2 : 0 }));
  } else {
    // Published handling: score FISH as 0, but say it was not assessed and ask for it.
    if (!codesOnly) rules.push(trace(SMM_IMWG_2020_RULES.fishNotAssessed, { highRiskFish: null, points: 0 }));
    const before = missing.length;
    const given = input.fish;
    if (given)
      for (const k of FISH_KEYS)
        if (given[k] === null) missing.push({ field: FISH_FIELDS[k], neededFor: NEEDED_FOR });
    if (missing.length === before) missing.push({ field: "cytogenetics", neededFor: NEEDED_FOR_FISH });
  }

  const scoreRange: [number, number] = [lo, hi];
  const lowBand = imwg2020Group(lo);
  const decided = lowBand === imwg2020Group(hi);
  const scoreKnown = lo === hi && ratio !== null && mp !== null && pc !== null;
  if (decided && !codesOnly)
    rules.push(trace(SMM_IMWG_2020_RULES.bands, { scoreAtLeast: lo, scoreAtMost: hi }));
  // When the band is decided, only the FISH entry (the published "not assessed" label) stays (a loop, no
  // closure; an empty list is kept as it is).
  let kept = missing;
  if (decided && missing.length > 0) {
    kept = [];
    for (const m of missing) if (m.field.startsWith("cytogenetics")) kept.push(m);
  }
  return {
    score: scoreKnown ? lo : null,
    group: decided ? lowBand : null,
    fishAssessed,
    scoreRange,
    rules,
    missing: kept,
  };
}

/** IMWG 2020 smoldering myeloma risk score (Mateos et al., Blood Cancer J 2020). */
import type { MissingInput, RuleTrace } from "../../model/trace.js";

export interface SmmImwg2020Input {
  serumMProteinGDl: number | null;
  flcRatio: number | null;
  clonalPlasmaCellPercent: number | null;
  /** Any of t(4;14), t(14;16), +1q, del(13q)/monosomy 13; null when FISH was not done. */
  highRiskFish: boolean | null;
}

export interface SmmImwg2020Result {
  score: number | null;
  group: "low" | "low-intermediate" | "intermediate-high" | "high" | null;
  fishAssessed: boolean;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export function calculateSmmImwg2020(_input: SmmImwg2020Input): SmmImwg2020Result {
  throw new Error("not implemented yet");
}

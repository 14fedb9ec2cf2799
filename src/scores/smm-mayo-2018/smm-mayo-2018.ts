/** Mayo 2018 "20/2/20" smoldering myeloma risk (Lakshman et al., Blood Cancer J 2018). */
import type { MissingInput, RuleTrace } from "../../model/trace.js";

export interface SmmMayo2018Input {
  serumMProteinGDl: number | null;
  /** Involved / uninvolved serum free light chain ratio. */
  flcRatio: number | null;
  clonalPlasmaCellPercent: number | null;
}

export interface SmmMayo2018Result {
  factors: number | null;
  group: "low" | "intermediate" | "high" | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export function calculateSmmMayo2018(_input: SmmMayo2018Input): SmmMayo2018Result {
  throw new Error("not implemented yet");
}

/** R2-ISS (D'Agostino et al., JCO 2022). */
import type { MissingInput, RuleTrace } from "../../model/trace.js";

export interface R2IssInput {
  issStage: 1 | 2 | 3 | null;
  del17p: boolean | null;
  t4_14: boolean | null;
  gain1q: boolean | null;
  ldhUL: number | null;
  ldhUpperLimitUL: number | null;
}

export interface R2IssResult {
  stage: 1 | 2 | 3 | 4 | null;
  points: number | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export function calculateR2Iss(_input: R2IssInput): R2IssResult {
  throw new Error("not implemented yet");
}

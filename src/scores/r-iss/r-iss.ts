/** R-ISS: Revised International Staging System (Palumbo et al., JCO 2015). */
import type { MissingInput, RuleTrace } from "../../model/trace.js";

export interface RIssInput {
  issStage: 1 | 2 | 3 | null;
  /** del(17p), t(4;14), t(14;16) on iFISH; null where not tested. */
  del17p: boolean | null;
  t4_14: boolean | null;
  t14_16: boolean | null;
  ldhUL: number | null;
  ldhUpperLimitUL: number | null;
}

export interface RIssResult {
  stage: 1 | 2 | 3 | null;
  /** When stage is null but the choice is narrowed, e.g. [1, 2] for ISS I with normal LDH and no FISH. */
  possibleStages: (1 | 2 | 3)[];
  rules: RuleTrace[];
  missing: MissingInput[];
}

export function calculateRIss(_input: RIssInput): RIssResult {
  throw new Error("not implemented yet");
}

/** ISS: International Staging System (Greipp et al., JCO 2005). */
import { defineRules, type MissingInput, type RuleTrace, trace } from "../../model/trace.js";

export const ISS_RULES = defineRules({
  stage1: {
    id: "iss.stage-1",
    citation: "greipp-2005-jco",
    text: "ISS I: serum beta2-microglobulin < 3.5 mg/L and albumin >= 3.5 g/dL",
    evidence: "verified",
  },
  stage3: {
    id: "iss.stage-3",
    citation: "greipp-2005-jco",
    text: "ISS III: serum beta2-microglobulin >= 5.5 mg/L, whatever the albumin",
    evidence: "verified",
  },
  stage2: {
    id: "iss.stage-2",
    citation: "greipp-2005-jco",
    text: "ISS II: neither stage I nor stage III",
    evidence: "verified",
  },
});

export interface IssInput {
  beta2MicroglobulinMgL: number | null;
  albuminGDl: number | null;
}

/** A value the ISS family reads. */
export type IssValue = "beta2Microglobulin" | "albumin" | "ldh";

/** Which values the ISS family (ISS, R-ISS, R2-ISS) rests on, for a treated myeloma record
 * (engine/iss-values.ts): the stages are defined at diagnosis (greipp-2005-jco, palumbo-2015-jco,
 * dagostino-2022-jco), so the values dated on or before the first treatment when the record has them
 * ("before-treatment", their dates; `onTreatment` names the values that had none), else on-treatment
 * values only. */
export interface IssBasis {
  from: "before-treatment" | "on-treatment";
  firstTreatment: string;
  dates: string[];
  onTreatment: IssValue[];
}

export interface IssResult {
  stage: 1 | 2 | 3 | null;
  rules: RuleTrace[];
  missing: MissingInput[];
  /** Set for a treated myeloma record: which values the stage rests on. */
  basis?: IssBasis | null;
}

/**
 * ISS stage from serum beta2-microglobulin (mg/L) and albumin (g/dL). ISS does not correct
 * beta2-microglobulin for kidney function.
 * @example calculateIss({ beta2MicroglobulinMgL: 4.1, albuminGDl: 3.8 }) // { stage: 2, ... }
 */
export function calculateIss(input: IssInput): IssResult {
  const { beta2MicroglobulinMgL: b2m, albuminGDl: alb } = input;
  const inputs = { beta2MicroglobulinMgL: b2m, albuminGDl: alb };
  if (b2m !== null && b2m >= 5.5) return { stage: 3, rules: [trace(ISS_RULES.stage3, inputs)], missing: [] };
  if (b2m === null) {
    return { stage: null, rules: [], missing: [{ field: "labs.beta2Microglobulin", neededFor: "ISS" }] };
  }
  // b2m < 5.5 from here: stage I needs albumin; without it the stage is I or II, so unknown.
  if (alb === null) return { stage: null, rules: [], missing: [{ field: "labs.albumin", neededFor: "ISS" }] };
  if (b2m < 3.5 && alb >= 3.5) return { stage: 1, rules: [trace(ISS_RULES.stage1, inputs)], missing: [] };
  return { stage: 2, rules: [trace(ISS_RULES.stage2, inputs)], missing: [] };
}

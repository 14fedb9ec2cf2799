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

export interface IssResult {
  stage: 1 | 2 | 3 | null;
  rules: RuleTrace[];
  missing: MissingInput[];
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

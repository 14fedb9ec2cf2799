/** MGUS risk for monitoring (IMWG 2010, Kyle et al.): low = M-protein < 1.5 g/dL, IgG and a normal FLC
 * ratio; intermediate/high = at least one of M-protein >= 1.5 g/dL, non-IgG, abnormal FLC ratio. */
import type { Facts } from "../model/facts.js";
import { type MissingInput, type RuleTrace, trace } from "../model/trace.js";
import { MONITORING_RULES as R } from "./rules.js";
import { flcRatioNormal } from "./series.js";

export interface MgusRiskResult {
  group: "low" | "intermediate-high" | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

/** @example classifyMgusRisk(facts).group // "low" for IgG-kappa 0.8 g/dL with a normal ratio */
export function classifyMgusRisk(facts: Facts): MgusRiskResult {
  const m = facts.labs.serumMProtein?.value ?? null;
  const heavy = facts.labs.heavyChain;
  const inv = facts.labs.involvedFreeLightChain?.value ?? null;
  const uninv = facts.labs.uninvolvedFreeLightChain?.value ?? null;
  const ratioNormal =
    inv !== null && uninv !== null ? flcRatioNormal(inv, uninv, facts.labs.lightChain) : null;
  const inputs = { serumMProteinGDl: m, heavyChain: heavy, flcRatioNormal: ratioNormal };
  const factors = [
    m !== null ? m >= 1.5 : null,
    heavy !== null ? heavy !== "IgG" : null,
    ratioNormal === null ? null : !ratioNormal,
  ];
  if (factors.includes(true))
    return { group: "intermediate-high", rules: [trace(R.mgusRisk, inputs)], missing: [] };
  const missing: MissingInput[] = [];
  if (m === null) missing.push({ field: "labs.serumMProtein", neededFor: "MGUS risk" });
  if (heavy === null) missing.push({ field: "labs.heavyChain", neededFor: "MGUS risk" });
  if (ratioNormal === null)
    missing.push({ field: "labs.involvedFreeLightChain", neededFor: "MGUS risk (FLC ratio)" });
  if (missing.length > 0) return { group: null, rules: [], missing };
  return { group: "low", rules: [trace(R.mgusRisk, inputs)], missing: [] };
}

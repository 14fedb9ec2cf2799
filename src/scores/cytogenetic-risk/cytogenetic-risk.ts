/** Cytogenetic high risk by IMWG 2016 / mSMART and by the 2025 IMS-IMWG consensus. */
import type { Facts } from "../../model/facts.js";
import type { MissingInput, RuleTrace } from "../../model/trace.js";

export interface CytogeneticDefinitionResult {
  highRisk: boolean | null;
  /** Human-readable findings that made it high risk, e.g. "del(17p) in 55% of clonal cells". */
  findings: string[];
  rules: RuleTrace[];
  missing: MissingInput[];
}

export interface CytogeneticRiskResult {
  /** The headline: the 2025 IMS-IMWG consensus result. */
  highRisk: boolean | null;
  definition: string;
  findings: string[];
  imwg2016: CytogeneticDefinitionResult;
  ims2025: CytogeneticDefinitionResult;
  /** Number of high-risk genetic abnormalities (mSMART double/triple hit), null if FISH is missing. */
  highRiskAbnormalityCount: number | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export function assessCytogeneticRisk(_facts: Pick<Facts, "cytogenetics" | "labs">): CytogeneticRiskResult {
  throw new Error("not implemented yet");
}

/** What every calculator result carries so a surface can show where a statement comes from. */
import type { CitationId } from "./bibliography/index.js";

/** How well the reference could check a fact: verified in the primary source, secondary only, or UNVERIFIED. */
export const Evidence = { verified: "verified", secondary: "secondary", unverified: "unverified" } as const;
export type Evidence = (typeof Evidence)[keyof typeof Evidence];

/** A rule or threshold, as data: a stable id, its source, and how sure the source is. */
export interface RuleDef {
  id: string;
  citation: CitationId;
  text: string;
  evidence: Evidence;
}

/** Three-valued logic (CQL): a criterion can be met, not met, or unknown for lack of inputs. */
export const Truth = { met: "met", notMet: "not-met", unknown: "unknown" } as const;
export type Truth = (typeof Truth)[keyof typeof Truth];

/** One application of a rule to one patient: the rule, its source and the inputs it saw. */
export interface RuleTrace {
  ruleId: string;
  citationId: CitationId;
  evidence: Evidence;
  inputs: Record<string, string | number | boolean | null>;
}

/** A field the calculator needed and did not get. */
export interface MissingInput {
  field: string;
  neededFor: string;
}

export function trace(rule: RuleDef, inputs: RuleTrace["inputs"]): RuleTrace {
  return { ruleId: rule.id, citationId: rule.citation, evidence: rule.evidence, inputs };
}

/** Builds a frozen table of rules keyed by name, so a calculator can say `R.crabCalcium`. */
export function defineRules<K extends string>(rules: Record<K, RuleDef>): Readonly<Record<K, RuleDef>> {
  return Object.freeze(rules);
}

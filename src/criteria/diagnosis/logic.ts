/** Three-valued (Kleene) logic over Truth, and the builder for one CriterionResult. */
import type { CitationId } from "../../model/bibliography/index.js";
import type { Evidence, MissingInput, RuleDef, Truth } from "../../model/trace.js";

export interface CriterionResult {
  /** Stable rule id, e.g. "imwg2014.crab.calcium". */
  id: string;
  status: Truth;
  /** true / false / null (unknown): the contract's `met`. */
  met: boolean | null;
  because: string;
  citation: CitationId;
  evidence: Evidence;
  missing: MissingInput[];
  /** The values the rule saw (canonical or as reported), for audit. Optional so hand-built results stay valid. */
  inputs?: Record<string, string | number | boolean | null>;
}

export const MET: Truth = "met";
export const NOT_MET: Truth = "not-met";
export const UNKNOWN: Truth = "unknown";

/** Whether any of the eight operands is `t` (and/or take eight parameters so a call builds no array). */
function anyIs(
  t: Truth,
  a: Truth,
  b: Truth,
  c: Truth,
  d: Truth,
  e: Truth,
  f: Truth,
  g: Truth,
  h: Truth,
): boolean {
  return a === t || b === t || c === t || d === t || e === t || f === t || g === t || h === t;
}

/** not-met if any is not met, else unknown if any is unknown, else met. Up to eight operands as
 * parameters, so a call builds no array (an omitted operand is met, which leaves the result as it is). */
export function and(
  a: Truth,
  b: Truth,
  c: Truth = MET,
  d: Truth = MET,
  e: Truth = MET,
  f: Truth = MET,
  g: Truth = MET,
  h: Truth = MET,
): Truth {
  if (anyIs(NOT_MET, a, b, c, d, e, f, g, h)) return NOT_MET;
  if (anyIs(UNKNOWN, a, b, c, d, e, f, g, h)) return UNKNOWN;
  return MET;
}

/** met if any is met, else unknown if any is unknown, else not met. Up to eight operands (an omitted
 * operand is not met, which leaves the result as it is). */
export function or(
  a: Truth,
  b: Truth,
  c: Truth = NOT_MET,
  d: Truth = NOT_MET,
  e: Truth = NOT_MET,
  f: Truth = NOT_MET,
  g: Truth = NOT_MET,
  h: Truth = NOT_MET,
): Truth {
  if (anyIs(MET, a, b, c, d, e, f, g, h)) return MET;
  if (anyIs(UNKNOWN, a, b, c, d, e, f, g, h)) return UNKNOWN;
  return NOT_MET;
}

export function not(x: Truth): Truth {
  return x === MET ? NOT_MET : x === NOT_MET ? MET : UNKNOWN;
}

export function fromBool(b: boolean): Truth {
  return b ? MET : NOT_MET;
}

export function criterion(
  rule: RuleDef,
  status: Truth,
  because: string,
  opts: {
    missing?: MissingInput[];
    inputs?: CriterionResult["inputs"];
    evidence?: Evidence;
  } = {},
): CriterionResult {
  return {
    id: rule.id,
    status,
    met: status === MET ? true : status === NOT_MET ? false : null,
    because,
    citation: rule.citation,
    evidence: opts.evidence ?? rule.evidence,
    missing: status === MET ? [] : (opts.missing ?? []),
    inputs: opts.inputs ?? {},
  };
}

/** Comparisons that ignore binary floating-point noise from unit conversion (1e-9). */
const EPS = 1e-9;
export const gt = (a: number, b: number): boolean => a - b > EPS;
export const gte = (a: number, b: number): boolean => a - b > -EPS;
export const lt = (a: number, b: number): boolean => b - a > EPS;

/** Rounds a converted value for display (6 significant decimals is plenty for labs). */
export function round(v: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

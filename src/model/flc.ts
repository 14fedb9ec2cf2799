/** Serum free light chains: the Freelite reference intervals the IMWG thresholds assume, and the one
 * involved/uninvolved ratio every calculator uses (a finite number, or null with the reason). */
import type { LightChain } from "./enums.js";

/** Freelite 95% reference intervals (mg/L) and the diagnostic kappa/lambda ratio interval
 * (Katzmann 2002; criteria-and-scores.md section 1, added 2026-12-01). */
export const FREELITE = {
  kappa: { low: 3.3, high: 19.4 },
  lambda: { low: 5.7, high: 26.3 },
  ratio: { low: 0.26, high: 1.65 },
  citation: "katzmann-2002-clin-chem",
} as const;

/** Why a ratio has no value. */
export const FlcRatioReason = {
  /** The involved or the uninvolved chain was not measured. */
  missing: "missing",
  /** Both chains are 0: no ratio. */
  bothZero: "both-zero",
  /** The uninvolved chain is 0, or so small that the quotient is not a finite number: the ratio exceeds
   * every threshold, but has no value to show or compute with. */
  unbounded: "unbounded",
} as const;
export type FlcRatioReason = (typeof FlcRatioReason)[keyof typeof FlcRatioReason];

export interface FlcRatio {
  /** Involved / uninvolved; always finite when not null. */
  value: number | null;
  /** True when the uninvolved chain is 0 (or too small to divide by) while the involved one is not. */
  unbounded: boolean;
  reason: FlcRatioReason | null;
}

/**
 * The involved/uninvolved serum FLC ratio.
 * @example involvedUninvolvedFlcRatio(450, 12) // { value: 37.5, unbounded: false, reason: null }
 * @example involvedUninvolvedFlcRatio(300, 5e-324) // { value: null, unbounded: true, reason: "unbounded" }
 */
export function involvedUninvolvedFlcRatio(
  involved: number | null | undefined,
  uninvolved: number | null | undefined,
): FlcRatio {
  if (involved == null || uninvolved == null || !Number.isFinite(involved) || !Number.isFinite(uninvolved))
    return { value: null, unbounded: false, reason: FlcRatioReason.missing };
  if (involved <= 0 && uninvolved <= 0)
    return { value: null, unbounded: false, reason: FlcRatioReason.bothZero };
  const q = uninvolved > 0 ? involved / uninvolved : Number.POSITIVE_INFINITY;
  if (!Number.isFinite(q)) return { value: null, unbounded: true, reason: FlcRatioReason.unbounded };
  return { value: q, unbounded: false, reason: null };
}

const within = (r: number) => r >= FREELITE.ratio.low && r <= FREELITE.ratio.high;

/** The reading for the recorded light chain (involved = kappa, or involved = lambda); without it, the
 * one both readings agree on, else null: a missing type is never read as either chain. */
function byLightChain(light: LightChain | null, asKappa: boolean, asLambda: boolean): boolean | null {
  if (light === "kappa") return asKappa;
  if (light === "lambda") return asLambda;
  return asKappa === asLambda ? asKappa : null;
}

/** Whether an involved/uninvolved pair gives a normal kappa/lambda ratio (0.26-1.65). Without the light
 * chain it is known only when both readings (involved = kappa, or involved = lambda) agree. */
export function flcRatioNormal(
  involved: number,
  uninvolved: number,
  light: LightChain | null,
): boolean | null {
  if (uninvolved <= 0 || involved <= 0) return null;
  const r = involvedUninvolvedFlcRatio(involved, uninvolved);
  // An unbounded ratio is abnormal whichever chain is involved.
  if (r.value === null) return r.unbounded ? false : null;
  return byLightChain(light, within(r.value), within(uninvolved / involved));
}

/**
 * Whether the FLC ratio is abnormal in the direction of the involved (clonal) chain: kappa/lambda > 1.65
 * when the clone is kappa, < 0.26 when it is lambda (criteria-and-scores.md 1.3: "kappa raised if ratio
 * > 1.65; lambda raised if ratio < 0.26", rajkumar-2014-lancet-oncol; Freelite interval, katzmann-2002-
 * clin-chem). IMWG measurable FLC disease (kumar-2016-lancet-oncol, section 6.1) is an involved FLC >= 100
 * mg/L "with an abnormal ratio": a ratio abnormal the other way says the recorded chain is not the one in
 * excess, so it does not make the involved chain measurable. Without the light chain the answer is known
 * only when both readings agree (involved/uninvolved > 3.85 abnormal, <= 1.65 not), else null: a missing
 * type is never read as either chain.
 * @example flcRatioAbnormalForInvolved(150, 600, "kappa") // false (kappa/lambda 0.25: lambda excess)
 */
export function flcRatioAbnormalForInvolved(
  involved: number,
  uninvolved: number,
  light: LightChain | null,
): boolean | null {
  if (involved <= 0) return null;
  const r = involvedUninvolvedFlcRatio(involved, uninvolved);
  // The uninvolved chain 0 (or too small to divide by): the involved chain is in excess whichever it is.
  if (r.value === null) return r.unbounded ? true : null;
  return byLightChain(light, r.value > FREELITE.ratio.high, uninvolved / involved < FREELITE.ratio.low);
}

/** The upper limit of normal of an involved chain: the laboratory's, else the Freelite one (assumed). */
export function involvedFlcUpperLimit(
  labLimit: number | null,
  light: LightChain | null,
): { limit: number; assumed: boolean } | null {
  if (labLimit !== null) return { limit: labLimit, assumed: false };
  if (light === null) return null;
  return { limit: FREELITE[light].high, assumed: true };
}

/**
 * The kappa/lambda ratio when it points at the other chain than the recorded light-chain type: kappa-type
 * disease with kappa/lambda < 0.26, or lambda-type with kappa/lambda > 1.65 (criteria-and-scores.md 1.3:
 * "kappa raised if ratio > 1.65; lambda raised if ratio < 0.26", rajkumar-2014-lancet-oncol; Freelite
 * interval, katzmann-2002-clin-chem). Null when they agree, when the ratio is within 0.26-1.65, or when
 * the type or a chain is missing or 0. Such a pair is a sample or typing problem, never read as normal.
 * @example flcRatioAgainstLightChain(3, 75, "kappa") // { kappaLambda: 0.04 }
 */
export function flcRatioAgainstLightChain(
  involved: number | null | undefined,
  uninvolved: number | null | undefined,
  light: LightChain | null,
): { kappaLambda: number } | null {
  if (light === null || involved == null || uninvolved == null) return null;
  if (!(involved > 0) || !(uninvolved > 0)) return null;
  const kappaLambda = light === "kappa" ? involved / uninvolved : uninvolved / involved;
  if (!Number.isFinite(kappaLambda)) return null;
  if (light === "kappa" && kappaLambda < FREELITE.ratio.low) return { kappaLambda };
  if (light === "lambda" && kappaLambda > FREELITE.ratio.high) return { kappaLambda };
  return null;
}

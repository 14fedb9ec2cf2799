/** The monoclonal protein: its type (subtype), burden (serum and urine M-protein) and the free light
 * chain findings used by smouldering myeloma, the MGUS variants and AL amyloidosis (criteria 1.2-1.5). */
import type { Facts } from "../../model/facts.js";
import { type FlcRatio, FREELITE, involvedFlcUpperLimit } from "../../model/flc.js";
import type { MissingInput, Truth } from "../../model/trace.js";
import { type CriterionResult, criterion, gt, gte, lt, MET, NOT_MET, round, UNKNOWN } from "./logic.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";
import { involvedUninvolvedRatio } from "./slim.js";

/** "IgG-kappa", "kappa light chain", "IgA", or null when the heavy chain is not known. No heavy chain,
 * no light chain typed, serum and urine immunofixation negative and a normal FLC ratio is no light-chain
 * disease (that needs an abnormal ratio, criteria-and-scores.md 1.3): non-secretory, said with its tests. */
export function subtypeOf(facts: Facts, lightChainMgus = false): string | null {
  const { heavyChain: h, lightChain: l } = facts.labs;
  // Light-chain MGUS met with the heavy chain not typed: its criterion read "no heavy chain" from a negative
  // serum immunofixation (criteria-and-scores.md 1.3; review c19-2).
  if (h === null && lightChainMgus) return l === null ? "light chain (type not known)" : `${l} light chain`;
  if (h === null) return null;
  if (h === "none" && l === null && nonSecretory(facts))
    return "non-secretory (serum and urine immunofixation negative, normal FLC ratio)";
  if (h === "none") return l === null ? "light chain (type not known)" : `${l} light chain`;
  return l === null ? h : `${h}-${l}`;
}

/** A finding's truth and, when it is unknown, the inputs it lacked. */
export interface TruthWithMissing {
  truth: Truth;
  missing: MissingInput[];
}

/** Serum M-protein >= 3 g/dL (30 g/L); an absent M-protein on immunofixation counts as 0. */
export function serumMProteinAtLeast3(facts: Facts): Truth {
  const m = facts.labs.serumMProtein;
  if (m === null) return facts.labs.serumImmunofixation === "negative" ? NOT_MET : UNKNOWN;
  return gte(m.value, 3) ? MET : NOT_MET;
}

/** Urinary M-protein >= 500 mg/24 h; an absent M-protein on urine immunofixation counts as 0. */
export function urineMProteinAtLeast500(facts: Facts): Truth {
  const u = facts.labs.urineMProtein;
  if (u === null) return facts.labs.urineImmunofixation === "negative" ? NOT_MET : UNKNOWN;
  return gte(u.value, 500) ? MET : NOT_MET;
}

/** FLC ratio outside 0.26-1.65 in the direction of the involved chain (kappa >1.65, lambda <0.26). Without
 * the light chain it is known when both readings agree (an involved/uninvolved ratio >3.85 is abnormal,
 * one <=1.65 is normal, whichever chain is involved), as in model/flc. */
export function flcRatioAbnormal(facts: Facts): TruthWithMissing {
  const truth = flcAbnormalTruth(facts);
  if (truth !== UNKNOWN) return { truth, missing: [] };
  // Unknown without a ratio (a chain not measured, or both 0), or without the light chain when the two
  // readings disagree: what is not recorded of the two chains and the light chain type.
  const need = "light-chain MGUS (FLC ratio <0.26 or >1.65)";
  const { involvedFreeLightChain: inv, uninvolvedFreeLightChain: uninv, lightChain } = facts.labs;
  const missing: MissingInput[] = [];
  if (inv === null) missing.push({ field: "labs.involvedFreeLightChain", neededFor: need });
  if (uninv === null) missing.push({ field: "labs.uninvolvedFreeLightChain", neededFor: need });
  if (lightChain === null) missing.push({ field: "labs.lightChain", neededFor: need });
  return { truth, missing };
}

/** flcRatioAbnormal's truth alone (what the findings read), from the record's involved/uninvolved ratio
 * (involvedUninvolvedRatio) when the caller has it. */
export function flcAbnormalTruth(facts: Facts, r: FlcRatio = involvedUninvolvedRatio(facts)): Truth {
  const { involvedFreeLightChain: inv, uninvolvedFreeLightChain: uninv, lightChain } = facts.labs;
  if (r.value === null) {
    // An unbounded ratio (uninvolved chain 0) is abnormal whichever chain is involved.
    return r.unbounded ? MET : UNKNOWN;
  }
  // The involved/uninvolved ratio read as kappa/lambda: itself for kappa, its inverse for lambda.
  const { low, high } = FREELITE.ratio;
  const asKappa = gt(r.value, high);
  const asLambda = lt(uninv!.value / inv!.value, low);
  if (lightChain === null && asKappa !== asLambda) return UNKNOWN;
  const abnormal = lightChain === "lambda" ? asLambda : asKappa;
  return abnormal ? MET : NOT_MET;
}

/** involvedChainRaised's truth alone (what the findings read). */
export function involvedRaisedTruth(facts: Facts): Truth {
  const inv = facts.labs.involvedFreeLightChain;
  if (inv === null) return UNKNOWN;
  const uln = involvedFlcUpperLimit(inv.upperLimitOfNormal, facts.labs.lightChain);
  if (uln === null) return UNKNOWN;
  return gt(inv.value, uln.limit) ? MET : NOT_MET;
}

/** The involved light chain above its upper limit of normal: the laboratory's limit, or, when the record
 * gives none, the Freelite limit the ratio thresholds assume (Katzmann 2002), marked as assumed (`assumed`
 * then carries the limit and, unless `text` is false, the words for the trace). */
export function involvedChainRaised(
  facts: Facts,
  text = true,
): TruthWithMissing & { assumed: { limit: number; involvedMgL: number; because: string } | null } {
  const inv = facts.labs.involvedFreeLightChain;
  const need = "light-chain MGUS (raised involved light chain)";
  if (inv === null) {
    return {
      truth: UNKNOWN,
      missing: [{ field: "labs.involvedFreeLightChain", neededFor: need }],
      assumed: null,
    };
  }
  const uln = involvedFlcUpperLimit(inv.upperLimitOfNormal, facts.labs.lightChain);
  if (uln === null) {
    return {
      truth: UNKNOWN,
      missing: [
        { field: "labs.involvedFreeLightChain.upperLimitOfNormal", neededFor: need },
        { field: "labs.lightChain", neededFor: need },
      ],
      assumed: null,
    };
  }
  const raised = gt(inv.value, uln.limit);
  if (!uln.assumed) return { truth: raised ? MET : NOT_MET, missing: [], assumed: null };
  return {
    truth: raised ? MET : NOT_MET,
    missing: [],
    assumed: {
      limit: uln.limit,
      involvedMgL: inv.value,
      because: text ? assumedLimitWords(inv.value, raised, uln.limit) : "",
    },
  };
}

function assumedLimitWords(involvedMgL: number, raised: boolean, limit: number): string {
  const limitText = `the Freelite upper limit ${limit} mg/L (assumed: the laboratory's limit was not given)`;
  return `involved FLC ${round(involvedMgL, 2)} mg/L ${raised ? "above" : "not above"} ${limitText}`;
}

/** The signs of a monoclonal plasma cell disorder the record shows, in words (also the criterion's inputs). */
function monoclonalSigns(facts: Facts, flcAbnormal: Truth): string[] {
  const { labs } = facts;
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const signs: string[] = [];
  if (labs.serumMProtein !== null && labs.serumMProtein.value > 0) signs.push("serum M-protein");
  if (labs.serumImmunofixation === "positive") signs.push("positive serum immunofixation");
  if (labs.heavyChain !== null && labs.heavyChain !== "none")
    signs.push(`${labs.heavyChain} M-protein typed`);
  if (labs.heavyChain === "none" && labs.lightChain !== null)
    signs.push(`${labs.lightChain} light chain typed`);
  if (labs.urineMProtein !== null && labs.urineMProtein.value > 0) signs.push("urine M-protein");
  if (labs.urineImmunofixation === "positive") signs.push("positive urine immunofixation");
  if (flcAbnormal === MET) signs.push("abnormal FLC ratio");
  if ((bmpc ?? 0) > 0) signs.push("clonal marrow plasma cells");
  return signs;
}

/** No M-protein in serum or urine (a negative immunofixation or a value of 0). */
const serumNegative = (labs: Facts["labs"]): boolean =>
  labs.serumImmunofixation === "negative" || labs.serumMProtein?.value === 0;
const urineNegative = (labs: Facts["labs"]): boolean =>
  labs.urineImmunofixation === "negative" || labs.urineMProtein?.value === 0;

/** No M-protein in serum or urine by immunofixation and a normal FLC ratio. */
const nonSecretory = (facts: Facts): boolean =>
  facts.labs.serumImmunofixation === "negative" &&
  facts.labs.urineImmunofixation === "negative" &&
  flcAbnormalTruth(facts) === NOT_MET;

/** Every test for a clone done and negative (no sign shown): the disorder is not met. */
const everyTestNegative = (facts: Facts, flcAbnormal: Truth): boolean =>
  serumNegative(facts.labs) &&
  urineNegative(facts.labs) &&
  flcAbnormal === NOT_MET &&
  facts.marrow.clonalPlasmaCellPercent === 0;

/** Whether the record shows any of monoclonalSigns's signs (the same tests, without composing their words:
 * every record's findings ask it; findings.test.ts holds the two to the same answer). */
function showsMonoclonalSign(facts: Facts, flcAbnormal: Truth): boolean {
  const { labs } = facts;
  return (
    (labs.serumMProtein !== null && labs.serumMProtein.value > 0) ||
    labs.serumImmunofixation === "positive" ||
    (labs.heavyChain !== null && labs.heavyChain !== "none") ||
    (labs.heavyChain === "none" && labs.lightChain !== null) ||
    (labs.urineMProtein !== null && labs.urineMProtein.value > 0) ||
    labs.urineImmunofixation === "positive" ||
    flcAbnormal === MET ||
    (facts.marrow.clonalPlasmaCellPercent ?? 0) > 0
  );
}

/** assessMonoclonalDisorder's status alone (what the findings read; no criterion is built). */
export function monoclonalStatus(facts: Facts, flcAbnormal: Truth): Truth {
  if (showsMonoclonalSign(facts, flcAbnormal)) return MET;
  return everyTestNegative(facts, flcAbnormal) ? NOT_MET : UNKNOWN;
}

/** AL requirement 4: a monoclonal plasma cell disorder shown by any of its signs. */
export function assessMonoclonalDisorder(facts: Facts, flcAbnormal: Truth, text = true): CriterionResult {
  const { labs } = facts;
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const signs = monoclonalSigns(facts, flcAbnormal);
  const shown = signs.join(", ");
  const inputs = { signs: shown };
  // The signs are data (the traced inputs) and, when there are any, also the reason.
  if (signs.length > 0) return criterion(R.alClone, MET, text ? shown : "", { inputs });
  const serumNeg = serumNegative(labs);
  const urineNeg = urineNegative(labs);
  if (everyTestNegative(facts, flcAbnormal)) {
    const because = text ? "no M-protein, normal FLC ratio and no clonal marrow plasma cells" : "";
    return criterion(R.alClone, NOT_MET, because, { inputs });
  }
  const missing: MissingInput[] = [];
  const need = "monoclonal plasma cell disorder";
  if (!serumNeg) missing.push({ field: "labs.serumImmunofixation", neededFor: need });
  if (!urineNeg) missing.push({ field: "labs.urineImmunofixation", neededFor: need });
  if (flcAbnormal !== NOT_MET) missing.push({ field: "labs.involvedFreeLightChain", neededFor: need });
  if (bmpc === null) missing.push({ field: "marrow.clonalPlasmaCellPercent", neededFor: need });
  return criterion(R.alClone, UNKNOWN, text ? "no monoclonal protein shown and not every test done" : "", {
    inputs,
    missing,
  });
}

/** The monoclonal protein: its type (subtype), burden (serum and urine M-protein) and the free light
 * chain findings used by smouldering myeloma, the MGUS variants and AL amyloidosis (criteria 1.2-1.5). */
import type { Facts } from "../../model/facts.js";
import { FREELITE, involvedFlcUpperLimit } from "../../model/flc.js";
import { merged } from "../../model/merged.js";
import type { MissingInput, Truth } from "../../model/trace.js";
import { type CriterionResult, criterion, gt, gte, lt, MET, NOT_MET, round, UNKNOWN } from "./logic.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";
import { involvedUninvolvedRatio } from "./slim.js";

/** "IgG-kappa", "kappa light chain", "IgA", or null when the heavy chain is not known. */
export function subtypeOf(facts: Facts): string | null {
  const { heavyChain: h, lightChain: l } = facts.labs;
  if (h === null) return null;
  if (h === "none") return l === null ? "light chain (type not known)" : `${l} light chain`;
  return l === null ? h : `${h}-${l}`;
}

export interface TruthWithMissing {
  truth: Truth;
  because: string;
  missing: MissingInput[];
}

const t = (truth: Truth, because: string, missing: MissingInput[] = []): TruthWithMissing => ({
  truth,
  because,
  missing: truth === MET ? [] : missing,
});

/** Serum M-protein >= 3 g/dL (30 g/L); an absent M-protein on immunofixation counts as 0. */
export function serumMProteinAtLeast3(facts: Facts): TruthWithMissing {
  const m = facts.labs.serumMProtein;
  if (m === null) {
    if (facts.labs.serumImmunofixation === "negative")
      return t(NOT_MET, "no serum M-protein on immunofixation");
    return t(UNKNOWN, "serum M-protein not measured", [
      { field: "labs.serumMProtein", neededFor: "IMWG 2014 M-protein burden (30 g/L)" },
    ]);
  }
  return gte(m.value, 3)
    ? t(MET, `serum M-protein ${round(m.value, 2)} g/dL >= 3 g/dL`)
    : t(NOT_MET, `serum M-protein ${round(m.value, 2)} g/dL < 3 g/dL`);
}

/** Urinary M-protein >= 500 mg/24 h. */
export function urineMProteinAtLeast500(facts: Facts): TruthWithMissing {
  const u = facts.labs.urineMProtein;
  if (u === null) {
    if (facts.labs.urineImmunofixation === "negative")
      return t(NOT_MET, "no urine M-protein on immunofixation");
    return t(UNKNOWN, "24-hour urine M-protein not measured", [
      { field: "labs.urineMProtein", neededFor: "IMWG 2014 urinary M-protein (500 mg/24 h)" },
    ]);
  }
  return gte(u.value, 500)
    ? t(MET, `urine M-protein ${round(u.value, 1)} mg/24 h >= 500`)
    : t(NOT_MET, `urine M-protein ${round(u.value, 1)} mg/24 h < 500`);
}

/** FLC ratio outside 0.26-1.65 in the direction of the involved chain (kappa >1.65, lambda <0.26). */
export function flcRatioAbnormal(facts: Facts): TruthWithMissing {
  const need = "light-chain MGUS (FLC ratio <0.26 or >1.65)";
  const missing: MissingInput[] = [];
  const { involvedFreeLightChain: inv, uninvolvedFreeLightChain: uninv, lightChain } = facts.labs;
  if (inv === null) missing.push({ field: "labs.involvedFreeLightChain", neededFor: need });
  if (uninv === null) missing.push({ field: "labs.uninvolvedFreeLightChain", neededFor: need });
  if (lightChain === null) missing.push({ field: "labs.lightChain", neededFor: need });
  const r = involvedUninvolvedRatio(facts);
  if (lightChain === null || (r.value === null && !r.unbounded))
    return t(UNKNOWN, "kappa/lambda ratio not known", missing);
  // The involved/uninvolved ratio read as kappa/lambda: itself for kappa, its inverse for lambda.
  const { low, high } = FREELITE.ratio;
  if (r.value === null)
    return t(
      MET,
      `kappa/lambda ratio unbounded (uninvolved chain 0): ${lightChain === "kappa" ? `> ${high}` : `< ${low}`}`,
    );
  const kl = lightChain === "kappa" ? r.value : uninv!.value / inv!.value;
  const shown = round(kl, 3);
  if (lightChain === "kappa") {
    return gt(kl, high)
      ? t(MET, `kappa/lambda ratio ${shown} > ${high}`)
      : t(NOT_MET, `kappa/lambda ratio ${shown} not > ${high}`);
  }
  return lt(kl, low)
    ? t(MET, `kappa/lambda ratio ${shown} < ${low}`)
    : t(NOT_MET, `kappa/lambda ratio ${shown} not < ${low}`);
}

/** The involved light chain above its upper limit of normal: the laboratory's limit, or, when the record
 * gives none, the Freelite limit the ratio thresholds assume (Katzmann 2002), marked as assumed. */
export function involvedChainRaised(facts: Facts): TruthWithMissing & { assumedUpperLimit: number | null } {
  const inv = facts.labs.involvedFreeLightChain;
  const need = "light-chain MGUS (raised involved light chain)";
  if (inv === null) {
    return merged(
      t(UNKNOWN, "involved free light chain not measured", [
        { field: "labs.involvedFreeLightChain", neededFor: need },
      ]),
      { assumedUpperLimit: null },
    );
  }
  const uln = involvedFlcUpperLimit(inv.upperLimitOfNormal, facts.labs.lightChain);
  if (uln === null) {
    return merged(
      t(
        UNKNOWN,
        "no upper limit of normal given for the involved free light chain, and its type (kappa or lambda) is not known",
        [
          { field: "labs.involvedFreeLightChain.upperLimitOfNormal", neededFor: need },
          { field: "labs.lightChain", neededFor: need },
        ],
      ),
      { assumedUpperLimit: null },
    );
  }
  const limitText = uln.assumed
    ? `the Freelite upper limit ${uln.limit} mg/L (assumed: the laboratory's limit was not given)`
    : `its ULN ${round(uln.limit, 2)}`;
  return merged(
    gt(inv.value, uln.limit)
      ? t(MET, `involved FLC ${round(inv.value, 2)} mg/L above ${limitText}`)
      : t(NOT_MET, `involved FLC ${round(inv.value, 2)} mg/L not above ${limitText}`),
    { assumedUpperLimit: uln.assumed ? uln.limit : null },
  );
}

/** AL requirement 4: a monoclonal plasma cell disorder shown by any of its signs. */
export function assessMonoclonalDisorder(facts: Facts, flcAbnormal: Truth): CriterionResult {
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
  if (bmpc !== null && bmpc > 0) signs.push("clonal marrow plasma cells");
  const inputs = { signs: signs.join(", ") };
  if (signs.length > 0) return criterion(R.alClone, MET, signs.join(", "), { inputs });
  const serumNeg = labs.serumImmunofixation === "negative" || labs.serumMProtein?.value === 0;
  const urineNeg = labs.urineImmunofixation === "negative" || labs.urineMProtein?.value === 0;
  if (serumNeg && urineNeg && flcAbnormal === NOT_MET && bmpc === 0) {
    return criterion(R.alClone, NOT_MET, "no M-protein, normal FLC ratio and no clonal marrow plasma cells", {
      inputs,
    });
  }
  const missing: MissingInput[] = [];
  const need = "monoclonal plasma cell disorder";
  if (!serumNeg) missing.push({ field: "labs.serumImmunofixation", neededFor: need });
  if (!urineNeg) missing.push({ field: "labs.urineImmunofixation", neededFor: need });
  if (flcAbnormal !== NOT_MET) missing.push({ field: "labs.involvedFreeLightChain", neededFor: need });
  if (bmpc === null) missing.push({ field: "marrow.clonalPlasmaCellPercent", neededFor: need });
  return criterion(R.alClone, UNKNOWN, "no monoclonal protein shown and not every test done", {
    inputs,
    missing,
  });
}

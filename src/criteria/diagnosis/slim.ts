/** SLiM biomarkers of malignancy of IMWG 2014 (criteria-and-scores.md 1.1): clonal marrow plasma
 * cells >=60%, involved/uninvolved FLC ratio >=100 with involved FLC >=100 mg/L, >1 focal lesion on MRI. */
import type { Facts } from "../../model/facts.js";
import { type FlcRatio, involvedUninvolvedFlcRatio } from "../../model/flc.js";
import type { Truth } from "../../model/trace.js";
import { type CriterionResult, criterion, gte, MET, NOT_MET, or, round, UNKNOWN } from "./logic.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";

export function assessMarrow60(facts: Facts): CriterionResult {
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const inputs = { clonalPlasmaCellPercent: bmpc };
  if (bmpc === null) {
    return criterion(R.slimMarrow, UNKNOWN, "bone marrow biopsy not done", {
      inputs,
      missing: [
        { field: "marrow.clonalPlasmaCellPercent", neededFor: "SLiM clonal marrow plasma cells >=60%" },
      ],
    });
  }
  return gte(bmpc, 60)
    ? criterion(R.slimMarrow, MET, `clonal marrow plasma cells ${bmpc}% >= 60%`, { inputs })
    : criterion(R.slimMarrow, NOT_MET, `clonal marrow plasma cells ${bmpc}% < 60%`, { inputs });
}

/** Involved / uninvolved serum FLC ratio of the record's current labs (one definition: model/flc). */
export function involvedUninvolvedRatio(facts: Facts): FlcRatio {
  return involvedUninvolvedFlcRatio(
    facts.labs.involvedFreeLightChain?.value,
    facts.labs.uninvolvedFreeLightChain?.value,
  );
}

export function assessFlcRatio100(facts: Facts): CriterionResult {
  const inv = facts.labs.involvedFreeLightChain?.value ?? null;
  const ratio = involvedUninvolvedRatio(facts);
  const inputs = {
    involvedFlcMgL: inv,
    uninvolvedFlcMgL: facts.labs.uninvolvedFreeLightChain?.value ?? null,
    ratio: ratio.value === null ? null : round(ratio.value, 2),
    ratioNotComputed: ratio.reason,
  };
  // Both parts are required: a known involved FLC <100 mg/L settles it even without the ratio.
  if (inv !== null && !gte(inv, 100)) {
    return criterion(R.slimFlc, NOT_MET, `involved free light chain ${round(inv, 2)} mg/L < 100 mg/L`, {
      inputs,
    });
  }
  if (ratio.value === null && !ratio.unbounded) {
    const missing = [];
    if (inv === null)
      missing.push({ field: "labs.involvedFreeLightChain", neededFor: "SLiM FLC ratio >=100" });
    if (facts.labs.uninvolvedFreeLightChain === null) {
      missing.push({ field: "labs.uninvolvedFreeLightChain", neededFor: "SLiM FLC ratio >=100" });
    }
    return criterion(R.slimFlc, UNKNOWN, "serum free light chains not measured", { inputs, missing });
  }
  const shownRatio = ratio.value !== null ? round(ratio.value, 2) : "unbounded (uninvolved 0 or too small)";
  return ratio.unbounded || gte(ratio.value!, 100)
    ? criterion(
        R.slimFlc,
        MET,
        `involved:uninvolved FLC ratio ${shownRatio} >= 100 with involved FLC ${round(inv!, 2)} mg/L >= 100`,
        { inputs },
      )
    : criterion(R.slimFlc, NOT_MET, `involved:uninvolved FLC ratio ${shownRatio} < 100`, { inputs });
}

export function assessMriLesions(facts: Facts): CriterionResult {
  const n = facts.imaging.mriFocalLesions;
  const inputs = { mriFocalLesions: n };
  if (n === null || facts.imaging.performed === false) {
    return criterion(R.slimMri, UNKNOWN, "MRI not done", {
      inputs,
      missing: [{ field: "imaging.mriFocalLesions", neededFor: "SLiM >1 focal lesion on MRI" }],
    });
  }
  return n >= 2
    ? criterion(R.slimMri, MET, `${n} focal lesions on MRI (>1)`, { inputs })
    : criterion(R.slimMri, NOT_MET, `${n} focal lesion(s) on MRI (not >1)`, { inputs });
}

export interface SlimResult {
  marrow: CriterionResult;
  flc: CriterionResult;
  mri: CriterionResult;
  any: Truth;
}

export function assessSlim(facts: Facts): SlimResult {
  const marrow = assessMarrow60(facts);
  const flc = assessFlcRatio100(facts);
  const mri = assessMriLesions(facts);
  return { marrow, flc, mri, any: or(marrow.status, flc.status, mri.status) };
}

/** SLiM biomarkers of malignancy of IMWG 2014 (criteria-and-scores.md 1.1): clonal marrow plasma
 * cells >=60%, involved/uninvolved FLC ratio >=100 with involved FLC >=100 mg/L, >1 focal lesion on MRI. */
import type { Facts } from "../../model/facts.js";
import { type FlcRatio, involvedUninvolvedFlcRatio } from "../../model/flc.js";
import type { Truth } from "../../model/trace.js";
import { type CriterionResult, criterion, gte, MET, NOT_MET, or, round, UNKNOWN } from "./logic.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";

/** `text: false` decides the same way and leaves the reason empty (the words are composed only when asked). */
export function assessMarrow60(facts: Facts, text = true): CriterionResult {
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const inputs = { clonalPlasmaCellPercent: bmpc };
  if (bmpc === null) {
    return criterion(R.slimMarrow, UNKNOWN, text ? "bone marrow biopsy not done" : "", {
      inputs,
      missing: [
        { field: "marrow.clonalPlasmaCellPercent", neededFor: "SLiM clonal marrow plasma cells >=60%" },
      ],
    });
  }
  const met = gte(bmpc, 60);
  const because = text ? `clonal marrow plasma cells ${bmpc}% ${met ? ">=" : "<"} 60%` : "";
  return criterion(R.slimMarrow, met ? MET : NOT_MET, because, { inputs });
}

/** Involved / uninvolved serum FLC ratio of the record's current labs (one definition: model/flc). */
export function involvedUninvolvedRatio(facts: Facts): FlcRatio {
  return involvedUninvolvedFlcRatio(
    facts.labs.involvedFreeLightChain?.value,
    facts.labs.uninvolvedFreeLightChain?.value,
  );
}

/** Which part of the FLC biomarker decided: the involved chain under 100 mg/L, no ratio, or the ratio. */
type FlcFinding = "involved-low" | "not-measured" | "ratio-high" | "ratio-low";

function flcWords(finding: FlcFinding, inv: number | null, ratio: FlcRatio): string {
  if (finding === "involved-low") return `involved free light chain ${round(inv!, 2)} mg/L < 100 mg/L`;
  if (finding === "not-measured") return "serum free light chains not measured";
  const shownRatio = ratio.value !== null ? round(ratio.value, 2) : "unbounded (uninvolved 0 or too small)";
  return finding === "ratio-high"
    ? `involved:uninvolved FLC ratio ${shownRatio} >= 100 with involved FLC ${round(inv!, 2)} mg/L >= 100`
    : `involved:uninvolved FLC ratio ${shownRatio} < 100`;
}

/** Which part decided: both parts are required, so a known involved FLC <100 mg/L settles it even
 * without the ratio. */
function flcFinding(inv: number | null, ratio: FlcRatio): FlcFinding {
  return inv !== null && !gte(inv, 100)
    ? "involved-low"
    : ratio.value === null && !ratio.unbounded
      ? "not-measured"
      : ratio.unbounded || gte(ratio.value!, 100)
        ? "ratio-high"
        : "ratio-low";
}

const flcTruth = (finding: FlcFinding): Truth =>
  finding === "not-measured" ? UNKNOWN : finding === "ratio-high" ? MET : NOT_MET;

/** assessFlcRatio100's status alone (what the findings read; no criterion is built), from the record's
 * involved/uninvolved ratio (involvedUninvolvedRatio) when the caller has it. */
export function flcRatio100Status(facts: Facts, ratio: FlcRatio = involvedUninvolvedRatio(facts)): Truth {
  return flcTruth(flcFinding(facts.labs.involvedFreeLightChain?.value ?? null, ratio));
}

export function assessFlcRatio100(facts: Facts, text = true): CriterionResult {
  const inv = facts.labs.involvedFreeLightChain?.value ?? null;
  const ratio = involvedUninvolvedRatio(facts);
  const inputs = {
    involvedFlcMgL: inv,
    uninvolvedFlcMgL: facts.labs.uninvolvedFreeLightChain?.value ?? null,
    ratio: ratio.value === null ? null : round(ratio.value, 2),
    ratioNotComputed: ratio.reason,
  };
  const finding = flcFinding(inv, ratio);
  const because = text ? flcWords(finding, inv, ratio) : "";
  if (finding === "not-measured") {
    const missing = [];
    if (inv === null)
      missing.push({ field: "labs.involvedFreeLightChain", neededFor: "SLiM FLC ratio >=100" });
    if (facts.labs.uninvolvedFreeLightChain === null) {
      missing.push({ field: "labs.uninvolvedFreeLightChain", neededFor: "SLiM FLC ratio >=100" });
    }
    return criterion(R.slimFlc, UNKNOWN, because, { inputs, missing });
  }
  return criterion(R.slimFlc, flcTruth(finding), because, { inputs });
}

export function assessMriLesions(facts: Facts, text = true): CriterionResult {
  const n = facts.imaging.mriFocalLesions;
  const inputs = { mriFocalLesions: n };
  if (n === null || facts.imaging.performed === false) {
    return criterion(R.slimMri, UNKNOWN, text ? "MRI not done" : "", {
      inputs,
      missing: [{ field: "imaging.mriFocalLesions", neededFor: "SLiM >1 focal lesion on MRI" }],
    });
  }
  const met = n >= 2;
  const because = text
    ? met
      ? `${n} focal lesions on MRI (>1)`
      : n === 0
        ? "no focal lesions on MRI (not >1)"
        : `${n} focal lesion(s) on MRI (not >1)`
    : "";
  return criterion(R.slimMri, met ? MET : NOT_MET, because, { inputs });
}

export interface SlimResult {
  marrow: CriterionResult;
  flc: CriterionResult;
  mri: CriterionResult;
  any: Truth;
}

/** The three SLiM biomarkers; `text: false` leaves their reasons empty. */
export function assessSlim(facts: Facts, text = true): SlimResult {
  const marrow = assessMarrow60(facts, text);
  const flc = assessFlcRatio100(facts, text);
  const mri = assessMriLesions(facts, text);
  return { marrow, flc, mri, any: or(marrow.status, flc.status, mri.status) };
}

/** CRAB features of IMWG 2014 (criteria-and-scores.md 1.1): hypercalcaemia, renal insufficiency,
 * anaemia, bone lesions. Each is met / not-met / unknown, never "normal" for lack of a test. */
import type { ImagingModality } from "../../model/enums.js";
import type { Facts } from "../../model/facts.js";
import { merged } from "../../model/merged.js";
import type { MissingInput, Truth } from "../../model/trace.js";
import { calculateCrclCockcroftGault, calculateEgfrCkdEpi2021 } from "../../scores/kidney/kidney.js";
import { type CriterionResult, criterion, gt, gte, lt, MET, NOT_MET, or, round, UNKNOWN } from "./logic.js";
import { inReportedSystem } from "./reported-unit.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";

const need = (field: string, neededFor: string): MissingInput => ({ field, neededFor });

// Each threshold pair as written in the reference (criteria-and-scores.md 1.1), per unit system: the
// absolute limit and the distance from the reference limit.
const CALCIUM_UNITS = { SI: "mmol/L", conventional: "mg/dL" };
const CALCIUM_LIMITS = { SI: { abs: 2.75, rel: 0.25 }, conventional: { abs: 11, rel: 1 } } as const;
const CREATININE_UNITS = { SI: "umol/L", conventional: "mg/dL" };
const HEMOGLOBIN_UNITS = { SI: "g/L", conventional: "g/dL" };
const HEMOGLOBIN_LIMITS = { SI: { abs: 100, rel: 20 }, conventional: { abs: 10, rel: 2 } } as const;

export function assessHypercalcaemia(facts: Facts): CriterionResult {
  const ca = facts.labs.calcium;
  if (ca === null) {
    return criterion(R.crabCalcium, UNKNOWN, "serum calcium not measured", {
      missing: [need("labs.calcium", "CRAB hypercalcaemia")],
      inputs: { calcium: null },
    });
  }
  const v = inReportedSystem(ca, "calcium", CALCIUM_UNITS);
  const { abs, rel } = CALCIUM_LIMITS[v.system];
  const inputs = { calcium: v.value, unit: v.unit, upperLimitOfNormal: v.upperLimitOfNormal };
  const shown = `calcium ${v.value} ${v.unit}`;
  if (gt(v.value, abs)) return criterion(R.crabCalcium, MET, `${shown} > ${abs} ${v.unit}`, { inputs });
  if (v.upperLimitOfNormal === null) {
    // The lab gave no reference interval: only the absolute threshold can be tested. We report the test
    // as not met (the value was measured) and name the missing limit, rather than invent a reference range.
    return criterion(
      R.crabCalcium,
      NOT_MET,
      `${shown} is not > ${abs} ${v.unit}; no upper limit of normal given, so the "${rel} ${v.unit} above ULN" test was not possible`,
      {
        inputs,
        missing: [need("labs.calcium.upperLimitOfNormal", "CRAB hypercalcaemia (relative threshold)")],
      },
    );
  }
  if (gt(v.value - v.upperLimitOfNormal, rel)) {
    return criterion(
      R.crabCalcium,
      MET,
      `${shown} is more than ${rel} ${v.unit} above the upper limit of normal (${v.upperLimitOfNormal})`,
      { inputs },
    );
  }
  return criterion(
    R.crabCalcium,
    NOT_MET,
    `${shown} is not > ${abs} ${v.unit} nor > ${rel} ${v.unit} above the upper limit of normal (${v.upperLimitOfNormal})`,
    { inputs },
  );
}

type Clearance =
  | { value: number; source: "measured" | "CKD-EPI 2021" | "Cockcroft-Gault" }
  | { value: null; missing: MissingInput[] };

/** Measured clearance when given, else CKD-EPI 2021 (preferred by IMWG 2016), else Cockcroft-Gault. */
function creatinineClearance(facts: Facts): Clearance {
  const measured = facts.labs.measuredCreatinineClearance;
  if (measured !== null) return { value: measured.value, source: "measured" };
  const crea = facts.labs.creatinine;
  if (crea === null) return { value: null, missing: [need("labs.creatinine", "CRAB renal insufficiency")] };
  const input = {
    creatinineMgDl: crea.value,
    age: facts.patient.age,
    sex: facts.patient.sex,
    weightKg: facts.patient.weightKg,
  };
  const egfr = calculateEgfrCkdEpi2021(input);
  if (egfr.value !== null) return { value: egfr.value, source: "CKD-EPI 2021" };
  const cg = calculateCrclCockcroftGault(input);
  if (cg.value !== null) return { value: cg.value, source: "Cockcroft-Gault" };
  const missing = new Map<string, MissingInput>();
  for (const m of [...egfr.missing, ...cg.missing]) {
    missing.set(m.field, need(m.field, "CRAB renal insufficiency (creatinine clearance <40 mL/min)"));
  }
  // Every input was given but neither estimate could be computed from it: only a measured clearance helps.
  if (missing.size === 0) {
    const measuredNeeded = "CRAB renal insufficiency (creatinine clearance <40 mL/min)";
    return { value: null, missing: [need("labs.measuredCreatinineClearance", measuredNeeded)] };
  }
  return { value: null, missing: [...missing.values()] };
}

export function assessRenalInsufficiency(facts: Facts): CriterionResult {
  if (facts.conditions.renalFailureOnDialysis === true) {
    return criterion(R.crabRenal, MET, "on dialysis for renal failure (recorded in conditions)", {
      inputs: { renalFailureOnDialysis: true },
    });
  }
  const crea = facts.labs.creatinine;
  let creaTruth: Truth = UNKNOWN;
  let creaText = "serum creatinine not measured";
  const inputs: CriterionResult["inputs"] = {};
  if (crea !== null) {
    const v = inReportedSystem(crea, "creatinine", CREATININE_UNITS);
    const limit = v.system === "SI" ? 177 : 2;
    inputs.creatinine = v.value;
    inputs.creatinineUnit = v.unit;
    creaTruth = gt(v.value, limit) ? MET : NOT_MET;
    creaText = `creatinine ${v.value} ${v.unit} ${creaTruth === MET ? ">" : "is not >"} ${limit} ${v.unit}`;
    if (creaTruth === MET) return criterion(R.crabRenal, MET, creaText, { inputs });
  }
  // Creatinine alone did not settle it: the clearance branch (<40 mL/min) can still be met.
  const cl = creatinineClearance(facts);
  if (cl.value === null) {
    inputs.creatinineClearance = null;
    inputs.clearanceSource = null;
    return criterion(R.crabRenal, UNKNOWN, `${creaText}; creatinine clearance not known`, {
      inputs,
      missing: cl.missing,
    });
  }
  inputs.creatinineClearance = round(cl.value, 1);
  inputs.clearanceSource = cl.source;
  const evidence = cl.source === "measured" ? R.crabRenal.evidence : R.crabRenalEstimated.evidence;
  const clText = `${cl.source === "measured" ? "measured" : `estimated (${cl.source})`} creatinine clearance ${round(cl.value, 1)} mL/min`;
  const clTruth: Truth = lt(cl.value, 40) ? MET : NOT_MET;
  const status = or(creaTruth, clTruth);
  return criterion(
    R.crabRenal,
    status,
    `${creaText}; ${clText} ${clTruth === MET ? "<" : "is not <"} 40 mL/min`,
    {
      inputs,
      evidence,
      missing: status === UNKNOWN ? [need("labs.creatinine", "CRAB renal insufficiency")] : [],
    },
  );
}

export function assessAnaemia(facts: Facts): CriterionResult {
  const hb = facts.labs.hemoglobin;
  if (hb === null) {
    return criterion(R.crabAnaemia, UNKNOWN, "haemoglobin not measured", {
      missing: [need("labs.hemoglobin", "CRAB anaemia")],
      inputs: { hemoglobin: null },
    });
  }
  const v = inReportedSystem(hb, "hemoglobin", HEMOGLOBIN_UNITS);
  const { abs, rel } = HEMOGLOBIN_LIMITS[v.system];
  const inputs = { hemoglobin: v.value, unit: v.unit, lowerLimitOfNormal: v.lowerLimitOfNormal };
  const shown = `haemoglobin ${v.value} ${v.unit}`;
  if (lt(v.value, abs)) return criterion(R.crabAnaemia, MET, `${shown} < ${abs} ${v.unit}`, { inputs });
  if (v.lowerLimitOfNormal === null) {
    return criterion(
      R.crabAnaemia,
      NOT_MET,
      `${shown} is not < ${abs} ${v.unit}; no lower limit of normal given, so the "${rel} ${v.unit} below LLN" test was not possible`,
      { inputs, missing: [need("labs.hemoglobin.lowerLimitOfNormal", "CRAB anaemia (relative threshold)")] },
    );
  }
  if (gt(v.lowerLimitOfNormal - v.value, rel)) {
    return criterion(
      R.crabAnaemia,
      MET,
      `${shown} is more than ${rel} ${v.unit} below the lower limit of normal (${v.lowerLimitOfNormal})`,
      { inputs },
    );
  }
  return criterion(
    R.crabAnaemia,
    NOT_MET,
    `${shown} is not < ${abs} ${v.unit} nor more than ${rel} ${v.unit} below the lower limit of normal (${v.lowerLimitOfNormal})`,
    { inputs },
  );
}

/** Imaging on MRI alone shows focal lesions (the SLiM "M" test), not osteolysis. */
export const isMriOnly = (modality: ImagingModality | null): boolean =>
  modality === "MRI" || modality === "whole-body-MRI";

/** Osteolytic lesions on a modality that shows osteolysis, or null (with what is missing) when not known. */
export type LesionCount =
  | { count: number; reason: string }
  | { count: null; reason: string; missing: MissingInput[] };

/** The osteolytic lesion count the CRAB bone criterion can use (skeletal radiography, CT or PET-CT). */
export function osteolyticLesionCount(facts: Facts): LesionCount {
  const im = facts.imaging;
  const needFor = "CRAB bone lesions";
  if (im.performed === false) {
    return { count: null, reason: "no imaging done", missing: [need("imaging.osteolyticLesions", needFor)] };
  }
  if (im.osteolyticLesions === null) {
    return {
      count: null,
      reason: "osteolytic lesions not recorded",
      missing: [need("imaging.osteolyticLesions", needFor)],
    };
  }
  if (isMriOnly(im.modality) && im.osteolyticLesions > 0) {
    // IMWG counts osteolysis on radiography, CT or PET-CT; lesions seen only on MRI are the SLiM "M" test.
    return {
      count: null,
      reason: `${im.osteolyticLesions} lesion(s) recorded on ${im.modality} only; osteolysis needs CT, PET-CT or radiography`,
      missing: [need("imaging.modality", needFor)],
    };
  }
  return {
    count: im.osteolyticLesions,
    reason: `${im.osteolyticLesions} osteolytic lesion(s)${im.modality ? ` on ${im.modality}` : ""}`,
  };
}

/** Bone lesions: >=1 osteolytic lesion, but >1 when clonal marrow plasma cells are <10% (UNVERIFIED caveat). */
export function assessBoneLesions(facts: Facts): CriterionResult {
  const lc = osteolyticLesionCount(facts);
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const inputs = {
    osteolyticLesions: lc.count,
    modality: facts.imaging.modality,
    clonalPlasmaCellPercent: bmpc,
  };
  if (lc.count === null) return criterion(R.crabBone, UNKNOWN, lc.reason, { inputs, missing: lc.missing });
  if (lc.count === 0) return criterion(R.crabBone, NOT_MET, lc.reason, { inputs });
  if (lc.count >= 2) return criterion(R.crabBone, MET, lc.reason, { inputs });
  // Exactly one lesion: met only with clonal marrow plasma cells >= 10% (the caveat is UNVERIFIED).
  const caveat = { evidence: R.crabBoneMarrowCaveat.evidence, inputs };
  if (bmpc === null) {
    return criterion(
      R.crabBone,
      UNKNOWN,
      `${lc.reason}; one lesion counts only when clonal marrow plasma cells are >=10% (marrow not assessed)`,
      merged(caveat, {
        missing: [need("marrow.clonalPlasmaCellPercent", "CRAB bone lesions (single lesion)")],
      }),
    );
  }
  return gte(bmpc, 10)
    ? criterion(R.crabBone, MET, `${lc.reason} with clonal marrow plasma cells ${bmpc}% (>=10%)`, caveat)
    : criterion(
        R.crabBone,
        NOT_MET,
        `${lc.reason} with clonal marrow plasma cells ${bmpc}% (<10%): more than one lesion is needed`,
        caveat,
      );
}

export interface CrabResult {
  calcium: CriterionResult;
  renal: CriterionResult;
  anaemia: CriterionResult;
  bone: CriterionResult;
  any: Truth;
}

export function assessCrab(facts: Facts): CrabResult {
  const calcium = assessHypercalcaemia(facts);
  const renal = assessRenalInsufficiency(facts);
  const anaemia = assessAnaemia(facts);
  const bone = assessBoneLesions(facts);
  return {
    calcium,
    renal,
    anaemia,
    bone,
    any: or(calcium.status, renal.status, anaemia.status, bone.status),
  };
}

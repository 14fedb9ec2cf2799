/** Kidney function: CKD-EPI 2021 eGFR and Cockcroft-Gault creatinine clearance. */
import { defineRules, type MissingInput, type RuleTrace, trace } from "../../model/trace.js";
import { finite, round1 } from "../compare.js";

export const KIDNEY_RULES = defineRules({
  ckdEpi2021: {
    id: "kidney.ckd-epi-2021",
    citation: "inker-2021-nejm",
    text: "CKD-EPI 2021 (race-free): eGFR = 142 x min(Scr/k, 1)^a x max(Scr/k, 1)^-1.200 x 0.9938^age x 1.012 if female; k 0.7 (F) / 0.9 (M), a -0.241 (F) / -0.302 (M); Scr in mg/dL; adults (>= 18 years) only",
    evidence: "verified",
  },
  ckdEpiAdultsOnly: {
    id: "kidney.ckd-epi-2021.adults-only",
    citation: "inker-2021-nejm",
    text: "CKD-EPI 2021 applies to adults (18 years or older) only",
    evidence: "verified",
  },
  cockcroftGault: {
    id: "kidney.cockcroft-gault",
    citation: "cockcroft-1976-nephron",
    text: "Cockcroft-Gault: CrCl = (140 - age) x weight (kg) / (72 x Scr mg/dL), x 0.85 if female; actual body weight; not normalised to 1.73 m2",
    evidence: "secondary",
  },
});

export interface KidneyInput {
  creatinineMgDl: number | null;
  age: number | null;
  sex: "female" | "male" | null;
  weightKg: number | null;
}

export interface KidneyValue {
  /** mL/min/1.73m2 for eGFR, mL/min for creatinine clearance; rounded to 0.1. */
  value: number | null;
  /** Why no value is given although every input is known (e.g. CKD-EPI under 18); null otherwise. */
  notApplicable: string | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

/** Only reachable by calling the function directly with values no validated record can hold. */
const OUT_OF_RANGE = "inputs outside any range the equation can compute (check units)";

function positive(v: number | null): number | null {
  const f = finite(v);
  return f !== null && f > 0 ? f : null;
}

/** 0.9938 ** age for the whole years 0-150, each worked out once by the same operator (a table read gives
 * the same double as the power it stores). */
const AGE_FACTOR: readonly number[] = Array.from({ length: 151 }, (_, age) => 0.9938 ** age);

/** The CKD-EPI 2021 equation (Inker 2021), unrounded: creatinine in mg/dL, age in years. */
function ckdEpi2021(scr: number, age: number, female: boolean): number {
  const kappa = female ? 0.7 : 0.9;
  const alpha = female ? -0.241 : -0.302;
  const ratio = scr / kappa;
  // min(ratio, 1) ** alpha * max(ratio, 1) ** -1.2: one of the two is 1 ** x, exactly 1, and a product
  // with 1 is exact, so only the other power is taken (the same double, one power instead of two).
  const scrFactor = ratio < 1 ? ratio ** alpha : ratio ** -1.2;
  const ageFactor = Number.isInteger(age) && age >= 0 && age <= 150 ? AGE_FACTOR[age]! : 0.9938 ** age;
  return 142 * scrFactor * ageFactor * (female ? 1.012 : 1);
}

/** The Cockcroft-Gault equation (Cockcroft 1976), unrounded, with actual body weight. */
function cockcroftGault(scr: number, age: number, female: boolean, weightKg: number): number {
  return (((140 - age) * weightKg) / (72 * scr)) * (female ? 0.85 : 1);
}

/** calculateEgfrCkdEpi2021(input).value without the result around it (no trace, no missing list): for
 * callers that read only the number, such as the CRAB renal criterion. */
export function egfrCkdEpi2021Value(input: KidneyInput): number | null {
  const scr = positive(input.creatinineMgDl);
  const age = finite(input.age);
  if (scr === null || age === null || age < 18 || input.sex === null) return null;
  const value = round1(ckdEpi2021(scr, age, input.sex === "female"));
  return Number.isFinite(value) ? value : null;
}

/** calculateCrclCockcroftGault(input).value without the result around it (no trace, no missing list). */
export function crclCockcroftGaultValue(input: KidneyInput): number | null {
  const scr = positive(input.creatinineMgDl);
  const age = finite(input.age);
  const weight = positive(input.weightKg);
  if (scr === null || age === null || age < 0 || age >= 140 || input.sex === null || weight === null)
    return null;
  const value = round1(cockcroftGault(scr, age, input.sex === "female", weight));
  return Number.isFinite(value) ? value : null;
}

/**
 * CKD-EPI 2021 creatinine eGFR (Inker et al., NEJM 2021; NKF form), mL/min/1.73 m2 to 0.1.
 * Adults only: under 18 the value is null with `notApplicable` set.
 * @example calculateEgfrCkdEpi2021({ creatinineMgDl: 1.0, age: 60, sex: "male", weightKg: null }) // value 86.2
 */
export function calculateEgfrCkdEpi2021(
  input: KidneyInput,
  /** codesOnly: no rule traces (nothing projected reads them). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): KidneyValue {
  const need = "eGFR (CKD-EPI 2021)";
  const scr = positive(input.creatinineMgDl);
  const age = finite(input.age);
  const missing: MissingInput[] = [];
  if (scr === null) missing.push({ field: "labs.creatinine", neededFor: need });
  if (age === null || age < 0) missing.push({ field: "patient.age", neededFor: need });
  if (input.sex === null) missing.push({ field: "patient.sex", neededFor: need });
  if (scr === null || age === null || age < 0 || input.sex === null)
    return { value: null, notApplicable: null, rules: [], missing };
  if (age < 18) {
    return {
      value: null,
      notApplicable: "CKD-EPI 2021 is validated for adults (18 years or older) only",
      rules: codesOnly ? [] : [trace(KIDNEY_RULES.ckdEpiAdultsOnly, { age })],
      missing: [],
    };
  }
  const value = round1(ckdEpi2021(scr, age, input.sex === "female"));
  if (!Number.isFinite(value)) return { value: null, notApplicable: OUT_OF_RANGE, rules: [], missing: [] };
  return {
    value,
    notApplicable: null,
    rules: codesOnly
      ? []
      : [trace(KIDNEY_RULES.ckdEpi2021, { creatinineMgDl: scr, age, sex: input.sex, egfr: value })],
    missing: [],
  };
}

/**
 * Cockcroft-Gault creatinine clearance with actual body weight, mL/min to 0.1 (not normalised to
 * body surface). Ages of 140 or more give no value (the formula would go to zero or below).
 * @example calculateCrclCockcroftGault({ creatinineMgDl: 1.0, age: 60, sex: "male", weightKg: 72 }) // value 80
 */
export function calculateCrclCockcroftGault(
  input: KidneyInput,
  /** codesOnly: no rule traces (nothing projected reads them). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): KidneyValue {
  const need = "creatinine clearance (Cockcroft-Gault)";
  const scr = positive(input.creatinineMgDl);
  const age = finite(input.age);
  const weight = positive(input.weightKg);
  const missing: MissingInput[] = [];
  if (scr === null) missing.push({ field: "labs.creatinine", neededFor: need });
  if (age === null || age < 0) missing.push({ field: "patient.age", neededFor: need });
  if (input.sex === null) missing.push({ field: "patient.sex", neededFor: need });
  if (weight === null) missing.push({ field: "patient.weight", neededFor: need });
  if (scr === null || age === null || age < 0 || input.sex === null || weight === null)
    return { value: null, notApplicable: null, rules: [], missing };
  if (age >= 140) {
    return {
      value: null,
      notApplicable: "Cockcroft-Gault is undefined at an age of 140 years or more",
      rules: [],
      missing: [],
    };
  }
  const value = round1(cockcroftGault(scr, age, input.sex === "female", weight));
  if (!Number.isFinite(value)) return { value: null, notApplicable: OUT_OF_RANGE, rules: [], missing: [] };
  return {
    value,
    notApplicable: null,
    rules: codesOnly
      ? []
      : [
          trace(KIDNEY_RULES.cockcroftGault, {
            creatinineMgDl: scr,
            age,
            sex: input.sex,
            weightKg: weight,
            weightBasis: "actual body weight",
            crcl: value,
          }),
        ],
    missing: [],
  };
}

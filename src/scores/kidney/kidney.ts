/** Kidney function: CKD-EPI 2021 eGFR and Cockcroft-Gault creatinine clearance. */
import type { MissingInput, RuleTrace } from "../../model/trace.js";

export interface KidneyInput {
  creatinineMgDl: number | null;
  age: number | null;
  sex: "female" | "male" | null;
  weightKg: number | null;
}

export interface KidneyValue {
  /** mL/min/1.73m2 for eGFR, mL/min for creatinine clearance; rounded to 0.1. */
  value: number | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export function calculateEgfrCkdEpi2021(_input: KidneyInput): KidneyValue {
  throw new Error("not implemented yet");
}

export function calculateCrclCockcroftGault(_input: KidneyInput): KidneyValue {
  throw new Error("not implemented yet");
}

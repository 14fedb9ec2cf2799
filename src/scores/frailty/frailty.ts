/** Fitness: IMWG frailty score (Palumbo 2015) and the simplified frailty scale (Facon 2020). */
import type { MissingInput, RuleTrace } from "../../model/trace.js";

export interface FrailtyInput {
  age: number | null;
  charlson: number | null;
  adl: number | null;
  iadl: number | null;
  ecog: number | null;
}

export interface ImwgFrailtyResult {
  score: number | null;
  group: "fit" | "intermediate" | "frail" | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export interface SimplifiedFrailtyResult {
  score: number | null;
  group: "non-frail" | "frail" | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export function calculateImwgFrailty(_input: FrailtyInput): ImwgFrailtyResult {
  throw new Error("not implemented yet");
}

export function calculateSimplifiedFrailty(_input: FrailtyInput): SimplifiedFrailtyResult {
  throw new Error("not implemented yet");
}

/** AL amyloidosis staging: Mayo 2004 cardiac stage with the European IIIa/IIIb split, and Mayo 2012. */
import type { MissingInput, RuleTrace } from "../../model/trace.js";

export interface AlStageInput {
  ntProBnpPgMl: number | null;
  troponinTNgMl: number | null;
  troponinMethod: "conventional" | "high-sensitivity" | null;
  involvedFlcMgL: number | null;
  uninvolvedFlcMgL: number | null;
}

export interface AlMayo2004Result {
  stage: "I" | "II" | "III" | "IIIa" | "IIIb" | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export interface AlMayo2012Result {
  stage: 1 | 2 | 3 | 4 | null;
  points: number | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export function calculateAlMayo2004(_input: AlStageInput): AlMayo2004Result {
  throw new Error("not implemented yet");
}

export function calculateAlMayo2012(_input: AlStageInput): AlMayo2012Result {
  throw new Error("not implemented yet");
}

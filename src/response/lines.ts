/** Lines of therapy (Rajkumar, Richardson & San Miguel, Blood 2015) and drug/class exposure and
 * refractoriness (IMWG 2011 "refractory"; MAMMOTH class definitions, Gandhi 2019). */
import type { Facts } from "../model/facts.js";
import type { MissingInput, RuleTrace } from "../model/trace.js";

export const DrugClass = {
  proteasomeInhibitor: "proteasome-inhibitor",
  immunomodulatory: "immunomodulatory",
  antiCd38: "anti-cd38",
  bcmaDirected: "bcma-directed",
  gprc5dDirected: "gprc5d-directed",
  alkylator: "alkylator",
  steroid: "steroid",
  other: "other",
} as const;
export type DrugClass = (typeof DrugClass)[keyof typeof DrugClass];

export interface LineOfTherapy {
  number: number;
  /** Indexes into facts.treatmentHistory (after sorting by start) that make up this line. */
  entries: number[];
  regimens: string[];
  drugs: string[];
  start: string;
  end: string | null;
  includesAsct: boolean;
  bestResponse: string | null;
  progressed: boolean | null;
}

export interface LinesOfTherapyResult {
  lines: LineOfTherapy[];
  /** Completed or current lines counted by the consensus definition. */
  count: number;
  /** Lines before the current one (the "prior lines" of drug labels), counting a line in progress as current. */
  priorLines: number;
  /** Whether a line is ongoing as of asOf. */
  onTherapy: boolean;
  exposedDrugs: string[];
  refractoryDrugs: string[];
  exposedClasses: DrugClass[];
  refractoryClasses: DrugClass[];
  lenalidomideRefractory: boolean | null;
  tripleClassExposed: boolean;
  tripleClassRefractory: boolean;
  pentaRefractory: boolean;
  priorAsct: boolean;
  priorBcmaTherapy: boolean;
  rules: RuleTrace[];
  missing: MissingInput[];
}

/** Counts lines of therapy and derives exposure and refractoriness from the treatment history. */
export function assessLinesOfTherapy(_facts: Facts): LinesOfTherapyResult {
  throw new Error("not implemented yet");
}

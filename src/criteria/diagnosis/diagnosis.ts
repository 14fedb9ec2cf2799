/** IMWG 2014 classification of plasma cell disorders (Rajkumar et al., Lancet Oncol 2014). */

import type { CitationId } from "../../model/bibliography/index.js";
import type { DiagnosisCategory } from "../../model/enums.js";
import type { Facts } from "../../model/facts.js";
import type { Evidence, MissingInput, RuleTrace, Truth } from "../../model/trace.js";

export interface CriterionResult {
  /** Stable rule id, e.g. "imwg2014.crab.calcium". */
  id: string;
  status: Truth;
  /** true / false / null (unknown): the contract's `met`. */
  met: boolean | null;
  because: string;
  citation: CitationId;
  evidence: Evidence;
  missing: MissingInput[];
}

export interface DiagnosisResult {
  category: DiagnosisCategory;
  /** e.g. "IgG-kappa", "kappa light chain", null when the M-protein type is unknown. */
  subtype: string | null;
  /** The most likely category when `category` is indeterminate, else null. */
  likely: DiagnosisCategory | null;
  criteria: CriterionResult[];
  couldChangeWith: string[];
  /** True when the record shows the disease has been treated (the category then stays the treated one). */
  treated: boolean;
  rules: RuleTrace[];
  missing: MissingInput[];
}

/** Classifies the findings by the IMWG 2014 criteria. */
export function classifyDiagnosis(_facts: Facts): DiagnosisResult {
  throw new Error("not implemented yet");
}

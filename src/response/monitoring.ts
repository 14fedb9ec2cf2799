/** What is due next for people who are watched or treated: tests, intervals, overdue items. */

import type { CitationId } from "../model/bibliography/index.js";
import type { DiagnosisCategory } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import type { RuleTrace } from "../model/trace.js";

export interface MonitoringItem {
  /** e.g. "serum protein electrophoresis", "free light chains", "CBC", "creatinine", "calcium". */
  test: string;
  /** Last date found in the record, or null when never done. */
  lastDone: string | null;
  /** ISO date when it is next due. */
  due: string;
  overdue: boolean;
  intervalText: string;
  citations: CitationId[];
}

export interface MonitoringResult {
  /** Plain description of the plan, e.g. "Smoldering myeloma, high risk: every 2-3 months in year 1". */
  plan: string | null;
  items: MonitoringItem[];
  nextDue: string | null;
  overdue: MonitoringItem[];
  rules: RuleTrace[];
}

export interface MonitoringContext {
  category: DiagnosisCategory;
  /** Risk group where the plan depends on it (MGUS risk, SMM Mayo 2018 group). */
  riskGroup: string | null;
}

export function planMonitoring(_facts: Facts, _context: MonitoringContext): MonitoringResult {
  throw new Error("not implemented yet");
}

/** The counts behind `mmnav screen`'s summary table, merged across batches. A module of its own so the
 * main thread, which only merges them, never loads the engine (the worker threads do the assessing). */

/** Counts for the summary; merged across batches. */
export interface ScreenCounts {
  total: number;
  assessed: number;
  errors: number;
  withAlerts: number;
  withOverdue: number;
  /** Assessed records with a test due now and none overdue. */
  withDueNow: number;
  /** Assessed records whose FHIR import left something out or noted it (FHIR input only). */
  withImportWarnings: number;
  byCategory: Record<string, number>;
  byPhase: Record<string, number>;
}

export function emptyCounts(): ScreenCounts {
  return {
    total: 0,
    assessed: 0,
    errors: 0,
    withAlerts: 0,
    withOverdue: 0,
    withDueNow: 0,
    withImportWarnings: 0,
    byCategory: {},
    byPhase: {},
  };
}

export function mergeCounts(into: ScreenCounts, from: ScreenCounts): void {
  into.total += from.total;
  into.assessed += from.assessed;
  into.errors += from.errors;
  into.withAlerts += from.withAlerts;
  into.withOverdue += from.withOverdue;
  into.withDueNow += from.withDueNow;
  into.withImportWarnings += from.withImportWarnings;
  for (const [k, n] of Object.entries(from.byCategory)) into.byCategory[k] = (into.byCategory[k] ?? 0) + n;
  for (const [k, n] of Object.entries(from.byPhase)) into.byPhase[k] = (into.byPhase[k] ?? 0) + n;
}

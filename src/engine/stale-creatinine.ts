/** A dose chosen from an overdue creatinine says so (review c11 H1): zoledronic acid "check creatinine before
 * each dose" (treatments.md 8a, zometa-label); every kidney-dosed drug rule reads the same CrCl. Pure. */
import type { MonitoringResult } from "../response/monitoring.js";
import type { AssessmentOption } from "./assessment.js";

/** Every drug rule's kidney caution starts "<Drug>, kidney function:" (drug-rules.ts). */
const KIDNEY_CAUTION = ", kidney function:";

/** The date of the creatinine the monitoring plan finds overdue, or null. */
export function overdueCreatinineDate(monitoring: MonitoringResult): string | null {
  for (const i of monitoring.overdue) if (i.test === "creatinine") return i.lastDone;
  return null;
}

/** The options with a kidney-function caution, each given one more caution naming the overdue creatinine's
 * date: the dose is from a value that is not current. The options without one are returned as they are. */
export function withOverdueCreatinineCautions(
  options: AssessmentOption[],
  monitoring: MonitoringResult,
): AssessmentOption[] {
  const date = overdueCreatinineDate(monitoring);
  if (date === null) return options;
  const words = `Kidney function here is from the creatinine of ${date}, which is overdue (see the monitoring alert): repeat the creatinine before the next dose (zoledronic acid: check creatinine before each dose).`;
  return options.map((o) =>
    o.cautions.some((c) => c.includes(KIDNEY_CAUTION)) ? { ...o, cautions: [...o.cautions, words] } : o,
  );
}

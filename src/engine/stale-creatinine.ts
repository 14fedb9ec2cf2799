/** A dose chosen from an overdue creatinine says so (review c11 H1): zoledronic acid "check creatinine before
 * each dose" (treatments.md 8a, zometa-label); every kidney-dosed drug rule reads the same CrCl. Pure. */
import { compareDates } from "../response/dates.js";
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
  /** Review c13-5: the creatinine's date and the line being given (null when none is). */
  current: { creatinineDate: string | null; line: { regimen: string; start: string } | null } = {
    creatinineDate: null,
    line: null,
  },
): AssessmentOption[] {
  const date = overdueCreatinineDate(monitoring);
  const { creatinineDate, line } = current;
  // Review c13-5 (helper review finding 5): on therapy, a creatinine from before the line started is the
  // only one behind every kidney dose; the reference gives no interval, so no "overdue" is invented, but
  // zoledronic acid's label asks for a creatinine before each dose (treatments.md 8a) and carfilzomib can
  // cause acute kidney injury (7b).
  const beforeLine =
    date === null && creatinineDate !== null && line !== null && compareDates(creatinineDate, line.start) < 0;
  if (date === null && !beforeLine) return options;
  const words = beforeLine
    ? `Kidney function here is from the creatinine of ${creatinineDate}, before the current line (${line.regimen}) started on ${line.start}; none is recorded since: repeat the creatinine before the next dose (zoledronic acid: check creatinine before each dose).`
    : `Kidney function here is from the creatinine of ${date}, which is overdue (see the monitoring alert): repeat the creatinine before the next dose (zoledronic acid: check creatinine before each dose).`;
  return options.map((o) =>
    o.cautions.some((c) => c.includes(KIDNEY_CAUTION)) ? { ...o, cautions: [...o.cautions, words] } : o,
  );
}

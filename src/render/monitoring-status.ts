/** Where a monitored test stands, as every surface says it (review c60-M4): due from the shorter end of the
 * reference's interval range, overdue only after its longer end. Kept apart from the renderers so the web app's
 * first page imports only this. */
import type { MonitoringItem } from "../response/monitoring.js";

/** Due now and not yet overdue, with a dated last result (a test never done is "due" with nothing to repeat). */
export function isDueNow(i: Pick<MonitoringItem, "status" | "lastDone">): boolean {
  return i.status === "due" && i.lastDone !== null;
}

/** Overdue, or due now (isDueNow): a test to ask about. */
export function isDueOrOverdue(i: Pick<MonitoringItem, "overdue" | "status" | "lastDone">): boolean {
  return i.overdue || isDueNow(i);
}

/** The marrow MRD result read with the response of the line it belongs to (IMWG 2016). */
import type { ResponseCategory } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import { compareDates } from "./dates.js";

/** How a recorded MRD result can be read: "in-cr" with the CR or sCR it belongs to; "below-cr" the
 * response is below CR, where the MRD categories do not apply; "cr-not-known" the response is not graded
 * (not measurable, or held back by antibody interference), so whether it is CR is not known; "before-line"
 * the marrow predates the line, so it is no result of it. */
export type MrdReadingKind = "in-cr" | "below-cr" | "cr-not-known" | "before-line";

export interface MrdReading {
  /** The result as recorded (`marrow.mrd`). The record does not say the method (NGF or NGS) nor the
   * sensitivity, which the IMWG MRD-negative categories name (at least 1 in 10^5). */
  result: "negative" | "positive";
  /** The marrow's date; null when the record gives none (then read as of the record's date). */
  date: string | null;
  reading: MrdReadingKind;
}

/**
 * The MRD result of the record's marrow for the current line, or null when none is recorded.
 * kumar-2016-lancet-oncol (criteria-and-scores.md 6.3): "MRD categories apply only to patients in CR or
 * sCR", so a result is read only with a CR or sCR; below CR it is shown as not interpretable, never as a
 * deeper response.
 * @example readMrd(facts, "2024-09-01", "CR")?.reading // "in-cr"
 */
export function readMrd(
  facts: Facts,
  lineStart: string,
  current: ResponseCategory | null,
): MrdReading | null {
  const { mrd, date } = facts.marrow;
  if (mrd === null) return null;
  const reading: MrdReadingKind =
    date !== null && compareDates(date, lineStart) <= 0
      ? "before-line"
      : current === "CR" || current === "sCR"
        ? "in-cr"
        : current === null
          ? "cr-not-known"
          : "below-cr";
  return { result: mrd, date, reading };
}

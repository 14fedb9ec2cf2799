/** Progressive disease read by the 2006/2011 IMWG wording ("an increase of >= 25% from the lowest response
 * value", Durie 2006, Rajkumar 2011), beside the 2016 wording the engine grades by ("lowest confirmed
 * response value", Kumar 2016): criteria-and-scores.md 6.2, point (a). Used only to say when the two
 * versions differ; the grading itself stays in progression.ts. */
import { compareDates } from "./dates.js";
import { fromBaseline, pdRule } from "./progression.js";
import type { Point, Points } from "./series.js";

export interface OlderPdReading {
  /** The dFLC only for a disease it is the measure of (light-chain disease; the caller passes its values). */
  param: "serum" | "urine" | "flc";
  /** The lowest value before the rise, and its date. */
  nadir: number;
  nadirDate: string;
  /** The first assessment meeting PD, and the next one confirming it (null while unconfirmed). */
  date: string;
  confirmedOn: string | null;
}

/** The first PD of one parameter from the lowest value before it (any value, confirmed or not). */
function firstRise(
  param: "serum" | "urine" | "flc",
  pts: readonly Point[],
  start: string,
): OlderPdReading | null {
  const v = fromBaseline(pts, start);
  let low = v[0];
  if (!low) return null;
  for (let i = 1; i < v.length; i++) {
    const cur = v[i]!;
    if (pdRule(param, low.value, cur.value)) {
      // As progression.ts: confirmed by the next assessment, unconfirmed when it is the latest; a rise
      // that fell back is not progression.
      const next = v[i + 1];
      const reading = { param, nadir: low.value, nadirDate: low.date, date: cur.date };
      if (!next) return { ...reading, confirmedOn: null };
      if (pdRule(param, low.value, next.value)) return { ...reading, confirmedOn: next.date };
    }
    if (cur.value < low.value) low = cur;
  }
  return null;
}

/**
 * The serum or urine M-protein PD of a line by the 2006/2011 wording, the earliest, or null; the dFLC's too when
 * its values are given (`dflc`: the FLC is the disease's measure, review c41-W1).
 * @example pdByLowestValue(points, "2023-03-01") // { param: "serum", nadir: 0.2, date: "2026-10-01", ... }
 */
export function pdByLowestValue(
  pts: Pick<Points, "serum" | "urine">,
  start: string,
  dflc: readonly Point[] | null = null,
): OlderPdReading | null {
  const found = [
    firstRise("serum", pts.serum, start),
    firstRise("urine", pts.urine, start),
    dflc === null ? null : firstRise("flc", dflc, start),
  ].filter((x): x is OlderPdReading => x !== null);
  found.sort(
    (a, b) => Number(b.confirmedOn !== null) - Number(a.confirmedOn !== null) || compareDates(a.date, b.date),
  );
  return found[0] ?? null;
}

/** IMWG 2016 progressive disease from the lowest confirmed value of each followed parameter. */
import type { RuleDef } from "../model/trace.js";
import { compareDates } from "./dates.js";
import { RESPONSE_RULES as R } from "./rules.js";
import { lastOnOrBefore, type Point, type Points } from "./series.js";

export type ParamKey = "serum" | "urine" | "flc" | "marrow";

export interface PdEvent {
  param: ParamKey;
  /** Date of the first assessment meeting PD (the progression date). */
  date: string;
  value: number;
  /** The value the rise is measured from: the lowest confirmed value (dFLC: 0 when that is negative). */
  nadir: number;
  /** dFLC only: the lowest confirmed value when it was negative and the rise was measured from 0 instead. */
  nadirBelowZero?: number;
  confirmed: boolean;
  /** How a confirmed event was confirmed: by a second consecutive assessment (on its date), or not
   * needed (a marrow result needs no confirmation, IMWG 2016); null while it awaits confirmation. */
  confirmation: PdConfirmation | null;
  rule: RuleDef;
}

export type PdConfirmation = { by: "second-assessment"; on: string } | { by: "not-needed"; reason: "marrow" };

/** Tolerance for values converted between units, so a value at a cut-off meets it. */
/** Float noise of unit conversion, allowed at every level read here (and by the warnings that name them). */
export const EPS = 1e-9;

/** Whether a dFLC (involved minus uninvolved FLC, mg/L) can carry a percentage fall or rise: only a
 * positive one. The IMWG 2016 dFLC criteria (kumar-2016-lancet-oncol; criteria-and-scores.md 6.2: PR a
 * >= 50% fall, VGPR a >= 90% fall, PD a >= 25% rise) are percentages of the involved chain's excess over
 * the uninvolved one; at zero or below (the uninvolved chain as high or higher: a wrong-direction ratio, or
 * the wrong chain recorded as involved) there is no excess to take a percentage of. */
export function dflcUsable(dflc: number): boolean {
  return dflcNotUsable(dflc) === null;
}

/** Why a dFLC is no measure (see dflcUsable): "negative" or "zero" (up to conversion noise), else null. */
export function dflcNotUsable(dflc: number): "negative" | "zero" | null {
  if (dflc < -EPS) return "negative";
  return dflc <= EPS ? "zero" : null;
}

/** The value a dFLC rise is measured from: the lowest confirmed value, or 0 when that is negative.
 * IMWG 2016 (kumar-2016-lancet-oncol) measures PD "from the lowest confirmed response value" and does not
 * say what a negative dFLC nadir (a deep response with the uninvolved chain now the higher) means. A
 * negative dFLC is no excess of the involved chain, so the rise is counted from 0, the conservative
 * reading: the dFLC itself must then exceed 10 mg/dL, so PD is called only when the literal reading (the
 * rise from the negative value, which counts the uninvolved chain's fall as a rise) would call it too. No
 * new threshold: the reference's > 10 mg/dL and 25% are applied to the excess. */
export function dflcRiseFrom(nadir: number): number {
  return dflcNotUsable(nadir) === "negative" ? 0 : nadir;
}

/** Which PD rule a rise from `nadir` to `v` meets, or null. Thresholds: criteria-and-scores.md section 6.2.
 * Every value here is >= 0 but a dFLC, whose rise is measured from dflcRiseFrom(nadir). */
export function pdRule(param: ParamKey, nadir: number, v: number): RuleDef | null {
  return ruleForRise(param, param === "flc" ? dflcRiseFrom(nadir) : nadir, v);
}

/** Which PD rule a rise from `from` to `v` meets, or null. */
function ruleForRise(param: ParamKey, from: number, v: number): RuleDef | null {
  const rise = v - from;
  const relative = rise >= 0.25 * from - EPS;
  switch (param) {
    case "serum":
      if (relative && rise >= 0.5 - EPS) return R.pdSerum;
      if (from >= 5 - EPS && rise >= 1 - EPS) return R.pdSerumHighNadir;
      return null;
    case "urine":
      return relative && rise >= 200 - EPS ? R.pdUrine : null;
    case "flc":
      // "> 10 mg/dL": strictly above 100 mg/L.
      return relative && rise > 100 + EPS ? R.pdFlc : null;
    case "marrow":
      return relative && rise >= 10 - EPS ? R.pdMarrow : null;
  }
}

/** The parameter's values from the line's baseline on: the last value on or before the start (else the
 * first value), then every later one. */
export function fromBaseline(pts: readonly Point[], start: string): Point[] {
  const base = lastOnOrBefore(pts, start) ?? pts[0];
  if (!base) return [];
  const out = [base];
  for (const p of pts) if (compareDates(p.date, base.date) > 0) out.push(p);
  return out;
}

/** The lowest value of v[0..i): a marrow result needs no confirmation (Kumar 2016). */
function lowestValue(v: readonly Point[], i: number): number {
  let low = v[0]!.value;
  for (let j = 1; j < i; j++) low = Math.min(low, v[j]!.value);
  return low;
}

/** The lowest confirmed response value before v[i] (Kumar 2016, criteria-and-scores.md 6.2 and (a)): the
 * baseline v[0], or the level the disease was at or below on two consecutive assessments, which is the
 * higher value of a consecutive pair. A stricter reading (a value confirmed only by a next value at or
 * below it) was tried and dropped: for 3.0, 0.3, 1.2, 1.9, 2.2 g/dL it confirms no value after the
 * baseline, so a seven-fold rise from 0.3 reads as "no progression" and the line as still responding,
 * which would keep a patient on a failing treatment. The pair reading calls PD from 1.2 (1.9, confirmed
 * by 2.2). The 2006/2011 wording, "lowest response value", is pd-versions.ts; when the two disagree the
 * engine names both readings. */
function lowestConfirmed(v: readonly Point[], i: number): number {
  let low = v[0]!.value;
  for (let j = 1; j + 1 < i; j++) low = Math.min(low, Math.max(v[j]!.value, v[j + 1]!.value));
  return low;
}

/** The parameter's PD event on the line, or null (one at most: the first rise that counts). `v` starts at
 * the baseline (fromBaseline). `belowZero` (dFLC only): the rises measured from a negative lowest confirmed
 * value itself, the reading dflcRiseFrom does not take (see dflcRiseOnlyFromBelowZero). */
function eventFor(
  param: ParamKey,
  v: readonly Point[],
  belowZero = false,
  /** "confirmed": from the lowest confirmed value (IMWG 2016); "any": from the lowest value (2006, 2011). */
  lowest: "confirmed" | "any" = "confirmed",
): PdEvent | null {
  const ruleAt = (nadir: number, value: number) =>
    belowZero
      ? dflcNotUsable(nadir) === "negative" && dflcUsable(value)
        ? ruleForRise(param, nadir, value)
        : null
      : pdRule(param, nadir, value);
  const needsConfirmation = param !== "marrow";
  for (let i = 1; i < v.length; i++) {
    const nadir = needsConfirmation && lowest === "confirmed" ? lowestConfirmed(v, i) : lowestValue(v, i);
    const cur = v[i]!;
    const rule = ruleAt(nadir, cur.value);
    if (!rule) continue;
    const measuredFrom = param === "flc" && !belowZero ? dflcRiseFrom(nadir) : nadir;
    const event = (confirmation: PdConfirmation | null): PdEvent => ({
      param,
      date: cur.date,
      value: cur.value,
      nadir: measuredFrom,
      ...(measuredFrom !== nadir ? { nadirBelowZero: nadir } : {}),
      confirmed: confirmation !== null,
      confirmation,
      rule,
    });
    if (!needsConfirmation) return event({ by: "not-needed", reason: "marrow" });
    const next = v[i + 1];
    if (next && ruleAt(nadir, next.value)) return event({ by: "second-assessment", on: next.date });
    if (!next) return event(null);
  }
  return null;
}

/** The line's dFLC values from its baseline on, when the baseline dFLC can carry a percentage rise
 * (dflcUsable), else none: a zero or negative baseline is no measure (kumar-2016-lancet-oncol). */
export function usableDflc(pts: Points, start: string): Point[] {
  const v = fromBaseline(
    pts.flc.map((f) => ({ date: f.date, value: f.dflc })),
    start,
  );
  return v[0] !== undefined && dflcUsable(v[0].value) ? v : [];
}

/** Which parameters were measurable at the line's baseline (Kumar 2016, criteria-and-scores.md 6.1); FLC
 * null when it cannot be told (light chain not recorded and the two ratio readings disagree). */
export interface MeasurableAtBaseline {
  serum: boolean;
  urine: boolean;
  flc: boolean | null;
}

/**
 * PD events of a line, earliest first (Kumar 2016, criteria-and-scores.md 6.2 PD row): serum and urine
 * always; dFLC only when serum and urine were not measurable at baseline and the FLC was (6.1: FLC-based
 * response only then; the BMPC row covers disease with no measurable FLC), with a positive baseline dFLC
 * (dflcUsable); marrow only when the FLC was known not measurable either. An unconfirmed event is returned
 * only when it is the parameter's latest value (a rise that fell back is not progression).
 */
export function detectProgression(pts: Points, start: string, followed: MeasurableAtBaseline): PdEvent[] {
  const events: PdEvent[] = [];
  const serum = eventFor("serum", fromBaseline(pts.serum, start));
  if (serum !== null) events.push(serum);
  const urine = eventFor("urine", fromBaseline(pts.urine, start));
  if (urine !== null) events.push(urine);
  if (!followed.serum && !followed.urine) {
    if (followed.flc === true) {
      const flc = eventFor("flc", usableDflc(pts, start));
      if (flc !== null) events.push(flc);
    } else if (followed.flc === false) {
      const marrow = eventFor("marrow", fromBaseline(pts.marrow, start));
      if (marrow !== null) events.push(marrow);
    }
  }
  if (events.length < 2) return events;
  return events.sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || compareDates(a.date, b.date));
}

/**
 * The progression of a line measured before the next line began: the values from the line's start up to
 * `until` (the next line's start: a value on the new regimen cannot confirm or undo a rise on the old one,
 * criteria-and-scores.md 6.2, "two consecutive assessments before new therapy"); serum and urine always, the
 * dFLC only when neither was measurable at `baselineDate` (the first line's start: the disease's measurable
 * parameter is the one at diagnosis, 6.1; review c38-K2), as values dated by then show, and the FLC was
 * (involved FLC >= 100 mg/L, ratio abnormal for it; review c37-J13, J7). The rise is measured from the lowest confirmed value (IMWG 2016,
 * `lowest` "confirmed") or from the lowest value (2006/2011, "any"). The earliest event, a confirmed one first;
 * an unconfirmed one only when it is the parameter's last value before `until`. Null when none.
 * @example progressionBefore(points, "2026-01-10", "2026-05-20", "2026-01-10", "any")?.confirmed // true
 */
export function progressionBefore(
  pts: Points,
  start: string,
  until: string,
  baselineDate: string,
  lowest: "confirmed" | "any",
  /** The record's heavy chain is "none" (light-chain myeloma): no serum M-protein to measure, and urine values
   * only on treatment are read as none measured at diagnosis (review c40-N1: its dFLC is the measure). */
  lightChainOnly = false,
): PdEvent | null {
  const serumPts = upTo(pts.serum, until);
  const urinePts = upTo(pts.urine, until);
  const events: PdEvent[] = [];
  const serum = eventFor("serum", fromBaseline(serumPts, start), false, lowest);
  if (serum !== null) events.push(serum);
  const urine = eventFor("urine", fromBaseline(urinePts, start), false, lowest);
  if (urine !== null) events.push(urine);
  // Measurable at diagnosis: a value dated on or before it. Only values after it (on treatment) cannot tell, so
  // the dFLC is then not read (review c39-L3: an IgG myeloma with its first M-protein on treatment); none at all
  // is none measured (light-chain disease), as the response's own baseline reads it.
  const serumBase = lastOnOrBefore(serumPts, baselineDate);
  const urineBase = lastOnOrBefore(urinePts, baselineDate);
  const serumMeasurable = lightChainOnly
    ? false
    : serumBase !== undefined
      ? serumBase.value >= 1 - EPS
      : serumPts.length > 0;
  const urineMeasurable =
    urineBase !== undefined ? urineBase.value >= 200 - EPS : !lightChainOnly && urinePts.length > 0;
  if (!serumMeasurable && !urineMeasurable) {
    const flc = upTo(pts.flc, until);
    const base = lastOnOrBefore(flc, baselineDate);
    if (base !== undefined && base.involved >= 100 - EPS && base.abnormalForInvolved === true) {
      const dflc = eventFor("flc", usableDflc({ ...pts, flc }, start), false, lowest);
      if (dflc !== null) events.push(dflc);
    }
  }
  events.sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || compareDates(a.date, b.date));
  return events[0] ?? null;
}

/** The points dated on or before `date` (the list itself when all are). */
function upTo<T extends { date: string }>(pts: T[], date: string): T[] {
  let n = 0;
  for (const p of pts) if (compareDates(p.date, date) <= 0) n++;
  return n === pts.length ? pts : pts.filter((p) => compareDates(p.date, date) <= 0);
}

/** That rise in words, as the warnings that show it say it. */
export const DFLC_PD_SIZE_WORDS =
  "a rise of the IMWG FLC progression size (> 10 mg/dL and >= 25% from the lowest value)";

/** A dFLC rise of the IMWG FLC progression size (> 10 mg/dL and >= 25%) from the lowest value (the 2006/2011
 * wording: a prompt, not a reading), confirmed by the next value, from `start` up to `until` (inclusive; every
 * value when null); null when none. For a disease whose followed measure is not the FLC (review c39-L4, c40-N3:
 * a ten-fold FLC rise under a stable M-protein gave no signal): shown for review, never called progression. */
export function dflcRiseNotFollowed(pts: Points, start: string, until: string | null): PdEvent | null {
  const flc = until === null ? pts.flc : upTo(pts.flc, until);
  const e = eventFor("flc", usableDflc(flc === pts.flc ? pts : { ...pts, flc }, start), false, "any");
  return e?.confirmed === true ? e : null;
}

/** The dFLC PD event read from the values alone, for a line whose baseline is not known (review c14-5: a
 * light-chain escape on dialysis, dFLC 180 -> 1418 mg/L, read "Progression: no"): whether the FLC is the
 * measure (serum and urine not measurable at baseline) cannot be told, so the event is shown, never called
 * progression. From the first value when none is on or before the start (fromBaseline). */
export function dflcRiseBaselineUnknown(pts: Points, start: string): PdEvent | null {
  return eventFor("flc", usableDflc(pts, start));
}

/**
 * A dFLC rise to a positive value (the involved chain in excess again) that meets the PD thresholds only
 * when measured from a negative lowest confirmed value itself, not from 0 (dflcRiseFrom): the reference
 * does not settle which, so it is not called progression but shown for review. A dFLC still at or below
 * zero is no excess, whatever the uninvolved chain did, so it is not shown. Null when the dFLC is not read
 * for PD (serum or urine measurable, FLC not known measurable, or a baseline dFLC that is no measure) or
 * when there is no such rise.
 * Its `nadir` is the negative value.
 */
export function dflcRiseOnlyFromBelowZero(
  pts: Points,
  start: string,
  followed: MeasurableAtBaseline,
): PdEvent | null {
  if (followed.serum || followed.urine || followed.flc !== true) return null;
  const v = usableDflc(pts, start);
  if (eventFor("flc", v) !== null) return null;
  return eventFor("flc", v, true);
}

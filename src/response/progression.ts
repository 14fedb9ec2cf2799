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
  /** The lowest confirmed value it is measured from. */
  nadir: number;
  confirmed: boolean;
  /** How a confirmed event was confirmed: by a second consecutive assessment (on its date), or not
   * needed (a marrow result needs no confirmation, IMWG 2016); null while it awaits confirmation. */
  confirmation: PdConfirmation | null;
  rule: RuleDef;
}

export type PdConfirmation = { by: "second-assessment"; on: string } | { by: "not-needed"; reason: "marrow" };

/** Tolerance for values converted between units, so a value at a cut-off meets it. */
const EPS = 1e-9;

/** Which PD rule a rise from `nadir` to `v` meets, or null. Thresholds: criteria-and-scores.md section 6.2. */
export function pdRule(param: ParamKey, nadir: number, v: number): RuleDef | null {
  const rise = v - nadir;
  const relative = rise >= 0.25 * Math.abs(nadir) - EPS;
  switch (param) {
    case "serum":
      if (relative && rise >= 0.5 - EPS) return R.pdSerum;
      if (nadir >= 5 - EPS && rise >= 1 - EPS) return R.pdSerumHighNadir;
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
function fromBaseline(pts: readonly Point[], start: string): Point[] {
  const base = lastOnOrBefore(pts, start) ?? pts[0];
  if (!base) return [];
  const out = [base];
  for (const p of pts) if (compareDates(p.date, base.date) > 0) out.push(p);
  return out;
}

/** The parameter's PD event on the line, or null (one at most: the first rise that counts). */
function eventFor(param: ParamKey, pts: readonly Point[], start: string): PdEvent | null {
  const v = fromBaseline(pts, start);
  const needsConfirmation = param !== "marrow";
  for (let i = 1; i < v.length; i++) {
    // Lowest confirmed value before i: the baseline, or the higher of two consecutive values.
    let nadir = v[0]!.value;
    if (!needsConfirmation) for (let j = 1; j < i; j++) nadir = Math.min(nadir, v[j]!.value);
    else for (let j = 1; j + 1 < i; j++) nadir = Math.min(nadir, Math.max(v[j]!.value, v[j + 1]!.value));
    const cur = v[i]!;
    const rule = pdRule(param, nadir, cur.value);
    if (!rule) continue;
    const event = (confirmation: PdConfirmation | null): PdEvent => ({
      param,
      date: cur.date,
      value: cur.value,
      nadir,
      confirmed: confirmation !== null,
      confirmation,
      rule,
    });
    if (!needsConfirmation) return event({ by: "not-needed", reason: "marrow" });
    const next = v[i + 1];
    if (next && pdRule(param, nadir, next.value)) return event({ by: "second-assessment", on: next.date });
    if (!next) return event(null);
  }
  return null;
}

/**
 * PD events of a line, earliest first: serum and urine always; dFLC only when serum and urine were
 * not measurable at baseline; marrow only when FLC was not either. An unconfirmed event is returned
 * only when it is the parameter's latest value (a rise that fell back is not progression).
 */
export function detectProgression(
  pts: Points,
  start: string,
  followed: { serum: boolean; urine: boolean; flc: boolean },
): PdEvent[] {
  const events: PdEvent[] = [];
  const serum = eventFor("serum", pts.serum, start);
  if (serum !== null) events.push(serum);
  const urine = eventFor("urine", pts.urine, start);
  if (urine !== null) events.push(urine);
  if (!followed.serum && !followed.urine) {
    const flc = eventFor(
      "flc",
      pts.flc.map((f) => ({ date: f.date, value: f.dflc })),
      start,
    );
    if (flc !== null) events.push(flc);
    if (!followed.flc) {
      const marrow = eventFor("marrow", pts.marrow, start);
      if (marrow !== null) events.push(marrow);
    }
  }
  if (events.length < 2) return events;
  return events.sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || compareDates(a.date, b.date));
}

/** Time as data for the charts: a patient's dated values in one unit per lab, the engine's lines of therapy
 * as bands, the nadir of the line assessed, the IMWG response at each assessment and the serum progression
 * threshold. The response at each date is the core's own grade (assess() on the patient's record with the
 * values after that date left out; review c64-W2): no grade, immunofixation or urine rule is restated here,
 * and the threshold comes from the core's own progression rule. */
import { type Assessment, assess, toCanonical, UNIT_SPECS } from "../core.js";
import { pdRule } from "../response/progression.js";
import type { Json, JsonObject } from "./fields.js";

export interface DatedValue {
  date: string;
  value: number;
  unit: string;
}

export interface Line {
  number: number;
  regimens: string[];
  drugs: string[];
  start: string;
  end: string | null;
}

export interface TimelineInput {
  /** The assessment the chart goes with: its date, its lines of therapy and its response. */
  assessment: Assessment;
  /** Dated values by lab (record `series` keys), any supported unit. */
  series: Map<string, DatedValue[]>;
  /** The record assessed, when the page has it: each assessment is graded on it. Without it (the registry's
   * observations), on a record made of the dated values and the lines. */
  record?: JsonObject;
}

export interface Point {
  date: string;
  value: number;
}

export interface ResponseMark {
  date: string;
  category: string;
  progression: boolean;
  confirmed: boolean;
}

export interface Timeline {
  /** Each charted lab in its canonical unit, oldest first (labs with no dated value are left out). */
  labs: Map<string, { unit: string; points: Point[] }>;
  /** Every line of therapy of the assessment (a one-day CAR-T infusion included), oldest first. */
  lines: Line[];
  /** Lowest serum M-protein since the start of the line assessed, when a line is recorded. */
  nadir: Point | null;
  /** The lowest serum M-protein that would meet the IMWG progression rule from that nadir. */
  progressionThreshold: number | null;
  responses: ResponseMark[];
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const dateOf = (v: unknown): string | null =>
  isObject(v) && typeof v.date === "string" ? v.date.slice(0, 10) : null;

/** Values of one lab in its canonical unit; a value that does not convert is left out of the picture. */
function inCanonical(field: string, values: DatedValue[]): { unit: string; points: Point[] } {
  if (!Object.hasOwn(UNIT_SPECS, field)) return { unit: values[0]?.unit ?? "", points: [] };
  const f = field as keyof typeof UNIT_SPECS;
  const unit: string = UNIT_SPECS[f].canonical;
  const points = values.flatMap((p) => {
    const r = toCanonical(f, p.value, p.unit || unit);
    return r.ok ? [{ date: p.date.slice(0, 10), value: r.value }] : [];
  });
  return { unit, points: points.sort(byDate) };
}

/** The smallest serum M-protein (g/dL) the core's progression rule counts as a rise from `nadir`. */
export function serumProgressionThreshold(nadir: number): number {
  let lo = nadir;
  let hi = nadir + 2 + Math.abs(nadir);
  if (!pdRule("serum", nadir, hi)) return Number.NaN;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (pdRule("serum", nadir, mid)) hi = mid;
    else lo = mid;
  }
  return Math.round(hi * 1000) / 1000;
}

/** The record series of marrow results: a later one may complete an earlier assessment's CR. */
const MARROW_SERIES = new Set(["clonalPlasmaCellPercent", "mrd"]);
/** The fields whose dated results are response assessments (IMWG 2016: M-protein, FLC, immunofixation). */
const ASSESSED = [
  "serumMProtein",
  "urineMProtein",
  "involvedFreeLightChain",
  "serumImmunofixation",
  "urineImmunofixation",
] as const;

/**
 * The record as the engine would have it for the assessment of `date`, with the record's own date kept:
 * every dated result after `date` left out, except a marrow up to `marrowUntil` (the engine grades a CR with
 * the line's marrow done at or after the assessment: the marrow needs no repeat); the current values that
 * carry no date left out (they are of the record's date, not of `date`); the treatment history as it stood
 * (entries begun by then, an end, outcome or progression after `date` not yet known).
 */
function recordOn(record: JsonObject, date: string, marrowUntil: string | null): JsonObject {
  const keep = (d: string | null, marrow: boolean) =>
    d !== null && (d <= date || (marrow && (marrowUntil === null || d < marrowUntil)));
  const out: JsonObject = { ...record };
  if (isObject(record.series)) {
    const series: JsonObject = {};
    for (const [field, pts] of Object.entries(record.series)) {
      if (!Array.isArray(pts)) continue;
      const upTo = pts.filter((p) => keep(dateOf(p), MARROW_SERIES.has(field)));
      if (upTo.length > 0) series[field] = upTo;
    }
    out.series = series;
  }
  if (isObject(record.labs)) {
    const labs: JsonObject = {};
    for (const [field, v] of Object.entries(record.labs)) {
      // The chains name the disease; an immunofixation result here is the record's date's (it has no date).
      if (field === "heavyChain" || field === "lightChain") labs[field] = v;
      else if (isObject(v) && keep(dateOf(v), false)) labs[field] = v;
    }
    out.labs = labs;
  }
  if (isObject(record.marrow)) {
    const d = dateOf(record.marrow);
    // An undated marrow makes no assessment point; it is kept for the diagnosis.
    if (d !== null && !keep(d, true)) delete out.marrow;
  }
  if (isObject(record.imaging)) {
    const d = dateOf(record.imaging);
    if (d !== null && d > date) delete out.imaging;
    else if (d === null && record.imaging.newLesions !== undefined) {
      // New lesions with no date cannot be placed before or after this assessment: the record's date's.
      const { newLesions: _, ...rest } = record.imaging;
      out.imaging = rest;
    }
  }
  if (Array.isArray(record.treatmentHistory)) {
    out.treatmentHistory = record.treatmentHistory
      .filter((t) => isObject(t) && typeof t.start === "string" && t.start <= date)
      .map((t) => {
        const entry = { ...(t as JsonObject) };
        const over = typeof entry.end === "string" && entry.end <= date;
        if (!over) {
          delete entry.end;
          delete entry.bestResponse;
          delete entry.stopReason;
        }
        const pd = typeof entry.progressionDate === "string" ? entry.progressionDate : null;
        if ((pd !== null && pd > date) || (pd === null && !over && entry.progressedOn === true)) {
          delete entry.progressedOn;
          delete entry.progressionDate;
        }
        return entry;
      });
  }
  return out;
}

/** A record made of dated values and lines only (the registry's observations, without the record). */
function recordOfValues(asOf: string, series: Map<string, DatedValue[]>, lines: Line[]): JsonObject {
  const s: JsonObject = {};
  for (const [field, values] of series)
    s[field] = values.map((v) => ({ date: v.date.slice(0, 10), value: v.value, unit: v.unit }));
  return {
    asOf,
    series: s,
    treatmentHistory: lines.map((l) => ({
      regimen: l.regimens.join(" + ") || "treatment",
      drugs: l.drugs,
      start: l.start,
      ...(l.end ? { end: l.end } : {}),
    })),
  };
}

/** The dates of the record's dated response results (series and dated current labs), up to `asOf`. */
function assessmentDates(record: JsonObject, asOf: string): string[] {
  const dates = new Set<string>();
  const add = (d: string | null) => {
    if (d !== null && d <= asOf) dates.add(d);
  };
  const series = isObject(record.series) ? record.series : {};
  const labs = isObject(record.labs) ? record.labs : {};
  for (const f of ASSESSED) {
    const pts: Json | undefined = series[f];
    if (Array.isArray(pts)) for (const p of pts) add(dateOf(p));
    add(dateOf(labs[f]));
  }
  return [...dates].sort();
}

/** The core's grade of the assessment of `date`: the assessment itself on its own date, else assess() on the
 * record as it stood then (a later marrow of the same line kept, as the engine reads it, unless the marrow is
 * the measure followed or a later marrow would date a progression after `date`). */
function gradeOn(
  record: JsonObject,
  a: Assessment,
  date: string,
  lines: Line[],
): Assessment["response"] | null {
  if (date === a.asOf) return a.response;
  const next = lines.find((l) => l.start > date)?.start ?? null;
  try {
    let r = assess(recordOn(record, date, next)).response;
    const pdLater = r.progressionDate !== null && r.progressionDate > date;
    if (r.measurableBy.includes("marrow") || pdLater) r = assess(recordOn(record, date, date)).response;
    return r;
  } catch {
    return null;
  }
}

export function buildTimeline(input: TimelineInput): Timeline {
  const a = input.assessment;
  const labs = new Map<string, { unit: string; points: Point[] }>();
  for (const [field, values] of input.series) {
    const c = inCanonical(field, values);
    if (c.points.length) labs.set(field, c);
  }
  const lines = linesOf(a).sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  const serum = labs.get("serumMProtein")?.points ?? [];
  const first = lines[0];
  // The nadir of the line assessed (the engine reads progression from the line's own lowest value).
  const assessed = lines.find((l) => l.number === a.response.line) ?? lines.at(-1);
  const treated = assessed ? serum.filter((p) => p.date >= assessed.start) : [];
  const nadir = treated.length ? treated.reduce((m, p) => (p.value < m.value ? p : m)) : null;
  const threshold = nadir ? serumProgressionThreshold(nadir.value) : null;

  // Graded at the assessment's date (a record without its own date was assessed on the day it was run).
  const record = { ...(input.record ?? recordOfValues(a.asOf, input.series, lines)), asOf: a.asOf };
  const responses: ResponseMark[] = [];
  for (const date of assessmentDates(record, a.asOf)) {
    if (!first || date <= first.start) continue;
    const r = gradeOn(record, a, date, lines);
    if (r === null || (r.current === null && r.progression !== true)) continue;
    // The engine confirms a grade at the next assessment; the assessment's own response says which
    // assessments, from its response date on, show the confirmed category of the line assessed.
    const confirmedSince =
      a.response.confirmed &&
      a.response.responseDate !== null &&
      assessed !== undefined &&
      date > assessed.start &&
      date >= a.response.responseDate &&
      r.current === a.response.current;
    responses.push({
      date,
      category: r.progression ? "PD" : (r.current ?? "PD"),
      progression: r.progression === true,
      confirmed: r.confirmed || confirmedSince,
    });
  }
  return {
    labs,
    lines,
    nadir,
    progressionThreshold: threshold !== null && Number.isFinite(threshold) ? threshold : null,
    responses,
  };
}

/** A record's dated values by lab: its series and the current labs that carry a date. A current value
 * with no date is not placed on the time axis (undatedOfRecord lists them): the engine does not read it as
 * an assessment of the record's date either. */
export function seriesOfRecord(record: JsonObject): Map<string, DatedValue[]> {
  const out = new Map<string, DatedValue[]>();
  const add = (field: string, p: unknown) => {
    const d = dateOf(p);
    if (!isObject(p) || typeof p.value !== "number" || d === null) return;
    const list = out.get(field) ?? [];
    if (!list.some((x) => x.date === d))
      list.push({ date: d, value: p.value, unit: typeof p.unit === "string" ? p.unit : "" });
    out.set(field, list);
  };
  if (isObject(record.series))
    for (const [field, pts] of Object.entries(record.series))
      if (Array.isArray(pts)) for (const p of pts) add(field, p);
  if (isObject(record.labs)) for (const [field, q] of Object.entries(record.labs)) add(field, q);
  return out;
}

/** The record's current values that carry no date, by lab (said beside the charts, not charted). */
export function undatedOfRecord(record: JsonObject): Map<string, DatedValue> {
  const out = new Map<string, DatedValue>();
  if (!isObject(record.labs)) return out;
  for (const [field, q] of Object.entries(record.labs))
    if (isObject(q) && typeof q.value === "number" && dateOf(q) === null)
      out.set(field, { date: "", value: q.value, unit: typeof q.unit === "string" ? q.unit : "" });
  return out;
}

/** The assessment's lines of therapy in the shape the timeline takes. */
export function linesOf(a: Assessment): Line[] {
  return a.linesOfTherapy.lines.map((l) => ({
    number: l.number,
    regimens: l.regimens,
    drugs: l.drugs,
    start: l.start,
    end: l.end,
  }));
}

/** Time as data for the charts: a patient's serial values in one unit per lab, treatment lines as
 * bands, the nadir, the IMWG response at each assessment and the serum progression threshold. The
 * response at each date comes from the core itself (assess() on the record as it stood that day),
 * and the threshold from the core's own progression rule: no clinical number is restated here. */
import { type Assessment, assess, toCanonical, UNIT_SPECS } from "../core.js";
import { pdRule } from "../response/progression.js";
import type { JsonObject } from "./fields.js";

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
  asOf: string;
  /** Values by lab (record `series` keys), any supported unit. */
  series: Map<string, DatedValue[]>;
  lines: Line[];
  heavyChain?: string;
  lightChain?: string;
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
  /** Each charted lab in its canonical unit, oldest first (labs with no value are left out). */
  labs: Map<string, { unit: string; points: Point[] }>;
  lines: Line[];
  /** Lowest serum M-protein from the first line's start on, when a line is recorded. */
  nadir: Point | null;
  /** The lowest serum M-protein that would meet the IMWG progression rule from that nadir. */
  progressionThreshold: number | null;
  responses: ResponseMark[];
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

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

/** The record as it stood on `date`: values and lines up to then, nothing else (for its response). */
function recordOn(input: TimelineInput, date: string): JsonObject {
  const series: JsonObject = {};
  for (const [field, values] of input.series) {
    const upTo = values.filter((v) => v.date.slice(0, 10) <= date);
    if (upTo.length)
      series[field] = upTo.map((v) => ({ date: v.date.slice(0, 10), value: v.value, unit: v.unit }));
  }
  const labs: JsonObject = {};
  if (input.heavyChain) labs.heavyChain = input.heavyChain;
  if (input.lightChain) labs.lightChain = input.lightChain;
  return {
    asOf: date,
    labs,
    series,
    treatmentHistory: input.lines
      .filter((l) => l.start <= date)
      .map((l) => ({
        regimen: l.regimens.join(" + ") || "treatment",
        drugs: l.drugs,
        start: l.start,
        ...(l.end && l.end <= date ? { end: l.end } : {}),
      })),
  };
}

export function buildTimeline(input: TimelineInput): Timeline {
  const labs = new Map<string, { unit: string; points: Point[] }>();
  for (const [field, values] of input.series) {
    const c = inCanonical(field, values);
    if (c.points.length) labs.set(field, c);
  }
  const lines = [...input.lines].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const serum = labs.get("serumMProtein")?.points ?? [];
  const first = lines[0];
  const treated = first ? serum.filter((p) => p.date >= first.start) : [];
  const nadir = treated.length ? treated.reduce((m, p) => (p.value < m.value ? p : m)) : null;
  const threshold = nadir ? serumProgressionThreshold(nadir.value) : null;

  // The response at each dated measurement after the first line began, as the core grades it that day.
  const dates = [
    ...new Set(
      ["serumMProtein", "urineMProtein", "involvedFreeLightChain"].flatMap(
        (f) => labs.get(f)?.points.map((p) => p.date) ?? [],
      ),
    ),
  ]
    .filter((d) => first && d > first.start)
    .sort();
  const responses: ResponseMark[] = [];
  for (const date of dates) {
    let a: Assessment;
    try {
      a = assess(recordOn(input, date));
    } catch {
      continue;
    }
    const r = a.response;
    if (r.current === null && r.progression !== true) continue;
    responses.push({
      date,
      category: r.progression ? "PD" : (r.current ?? "PD"),
      progression: r.progression === true,
      confirmed: r.confirmed,
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

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** A record's serial values and its current labs (dated at its assessment date), by lab. */
export function seriesOfRecord(record: JsonObject, asOf: string): Map<string, DatedValue[]> {
  const out = new Map<string, DatedValue[]>();
  const add = (field: string, p: unknown, date?: string) => {
    if (!isObject(p) || typeof p.value !== "number") return;
    const d = typeof p.date === "string" ? p.date : date;
    if (!d) return;
    const list = out.get(field) ?? [];
    if (!list.some((x) => x.date === d))
      list.push({ date: d, value: p.value, unit: typeof p.unit === "string" ? p.unit : "" });
    out.set(field, list);
  };
  if (isObject(record.series))
    for (const [field, pts] of Object.entries(record.series))
      if (Array.isArray(pts)) for (const p of pts) add(field, p);
  if (isObject(record.labs)) for (const [field, q] of Object.entries(record.labs)) add(field, q, asOf);
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

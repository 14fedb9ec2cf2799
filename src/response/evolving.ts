/** Evolving MGUS / smoldering myeloma: a rising M-protein or a falling haemoglobin over the series.
 * The clinical reference has no numeric "evolving" threshold; the SMM rules come from Ravi et al.
 * (Blood Cancer J 2016, looked up), and the IMWG PD thresholds are applied by analogy otherwise. */
import type { DiagnosisCategory } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import { alertFrom, type ResponseAlert } from "./alert.js";
import { addMonths, compareDates } from "./dates.js";
import { pdRule } from "./progression.js";
import { radiotherapyGiven } from "./radiotherapy.js";
import { EVOLVING_RULES as R } from "./rules.js";
import { collectPoints, lastOnOrBefore, type Point, type Points } from "./series.js";

const EPS = 1e-9;
const fmt = (v: number) => String(Math.round(v * 1000) / 1000);

/** Ravi 2016 eMP, measured from the first value in the record (taken as the diagnosis value). */
function evolvingMProtein(serum: readonly Point[]): { from: Point; to: Point; months: 6 | 12 } | null {
  const first = serum[0];
  if (!first) return null;
  // The 6- and 12-month limits, each worked out once when first needed (not for every later value).
  let sixMonths: string | null = null;
  let twelveMonths: string | null = null;
  for (let i = 1; i < serum.length; i++) {
    const p = serum[i]!;
    const rise = p.value - first.value;
    if (rise < 0.5 - EPS) continue;
    if (first.value >= 3 - EPS) {
      sixMonths ??= addMonths(first.date, 6);
      if (compareDates(p.date, sixMonths) <= 0 && rise >= 0.1 * first.value - EPS)
        return { from: first, to: p, months: 6 };
    }
    twelveMonths ??= addMonths(first.date, 12);
    if (compareDates(p.date, twelveMonths) <= 0 && rise >= 0.25 * first.value - EPS)
      return { from: first, to: p, months: 12 };
  }
  return null;
}

/** Ravi 2016 eHb: a fall >= 0.5 g/dL within 12 months of the first value. */
function evolvingHemoglobin(hb: readonly Point[]): { from: Point; to: Point } | null {
  const first = hb[0];
  if (!first || hb.length < 2) return null;
  const twelveMonths = addMonths(first.date, 12);
  for (let i = 1; i < hb.length; i++) {
    const p = hb[i]!;
    if (compareDates(p.date, twelveMonths) <= 0 && first.value - p.value >= 0.5 - EPS)
      return { from: first, to: p };
  }
  return null;
}

/** Review c88-M2: the latest value and the total change since the first one, when the latest is not the pair's own
 * ("; latest 2.9 g/dL on 2026-11-20, a total rise of 1.1 g/dL since 2025-12-01"); "" otherwise. `more` names a change
 * in the alert's direction (rise for the M-protein, fall for haemoglobin), `less` one against it. */
function sinceFirst(
  first: Point,
  values: readonly Point[],
  quoted: Point,
  more: string,
  less: string,
): string {
  const latest = values[values.length - 1];
  if (latest === undefined || latest === quoted) return "";
  const change = latest.value - first.value;
  const along = more === "rise" ? change >= 0 : change <= 0;
  return `; latest ${fmt(latest.value)} g/dL on ${latest.date}, a total ${along ? more : less} of ${fmt(Math.abs(change))} g/dL since ${first.date}`;
}

/** Review c88-M2: the latest haemoglobin below the laboratory's lower limit, said with the CRAB anaemia item it nears
 * (criteria-and-scores.md 1.1: Hb < 10 g/dL or > 2 g/dL below the lower limit); "" when not below it or no limit. */
function belowLln(facts: Facts, hb: readonly Point[]): string {
  const lab = facts.labs.hemoglobin;
  const latest = hb[hb.length - 1];
  const lln = lab?.lowerLimitOfNormal ?? null;
  if (lab === null || lln === null || latest === undefined || lab.date !== latest.date) return "";
  if (!(latest.value < lln - EPS)) return "";
  return `; it is below the lower limit of normal (${fmt(lln)} g/dL): the CRAB anaemia item is Hb < 10 g/dL or > 2 g/dL below the lower limit (IMWG 2014)`;
}

/** Whether every value from index `from` on still meets the PD thresholds of `param` from `nadir`. */
function stillRisen(values: readonly Point[], from: number, nadir: number, param: RiseParam): boolean {
  for (let j = from; j < values.length; j++) if (!pdRule(param, nadir, values[j]!.value)) return false;
  return true;
}

/** The parameters a rise is read on: serum M-protein (g/dL), urine M-protein (mg/24 h), dFLC (mg/L). */
type RiseParam = "serum" | "urine" | "flc";

/** The first rise meeting the IMWG PD thresholds of `param` (serum by default) from the lowest earlier value,
 * at the latest values (so a rise that fell back does not count). */
function risingFromLowest(
  values: readonly Point[],
  param: RiseParam = "serum",
): { nadir: Point; to: Point } | null {
  // The lowest value before i (the first of equal ones), carried forward rather than sliced out each time.
  let nadir = values[0];
  for (let i = 1; i < values.length; i++) {
    const prev = values[i - 1]!;
    if (nadir === undefined || prev.value < nadir.value) nadir = prev;
    const p = values[i]!;
    if (pdRule(param, nadir.value, p.value) && stillRisen(values, i + 1, nadir.value, param))
      return { nadir, to: p };
  }
  return null;
}

/** Values from `start` on: the last value on or before it (the baseline), then the later ones; all of them
 * without a start or a value by then. A rise before a therapy is not a rise on it. */
function fromStart<P extends { date: string }>(values: readonly P[], start: string | null): P[] {
  const base = start === null ? undefined : lastOnOrBefore(values, start);
  return values.slice(base === undefined ? 0 : values.indexOf(base));
}

/** A treated smouldering myeloma's serum values from its first therapy's start on (fromStart). */
function fromTherapyStart(serum: readonly Point[], facts: Facts): Point[] {
  let start: string | null = null;
  for (const t of facts.treatmentHistory)
    if (start === null || compareDates(t.start, start) < 0) start = t.start;
  return fromStart(serum, start);
}

/**
 * Alerts for evolving disease in untreated MGUS or smoldering myeloma; for a treated smouldering myeloma only a
 * rise from its lowest value since its therapy started; nothing for other treated records.
 * `category` picks the wording; the Ravi 2016 SMM rules run for SMM (or when the category is unknown).
 */
export function detectEvolvingDisease(
  facts: Facts,
  category: DiagnosisCategory | null = null,
  /** The record's dated series when the caller has collected them already (collectPoints(facts)). */
  points?: Points,
  /** Codes only (assessCompact): the alerts' texts are "" (the compact view reads ids and severities). */
  codesOnly = false,
): ResponseAlert[] {
  // Smouldering myeloma on or after its own therapy (AQUILA daratumumab, lenalidomide) is still watched for a
  // rise from its lowest value (review c20-2: a rise from 1.0 to 2.4 g/dL on daratumumab raised nothing, and
  // the follow-up kept its "if stable" interval); the diagnosis-anchored Ravi rules and the haemoglobin
  // checks are for untreated disease (on therapy the values fall first, and the blood counts have other causes).
  if (category === "solitary-plasmacytoma" || category === "solitary-plasmacytoma-minimal-marrow")
    return plasmacytomaAlerts(facts, points ?? collectPoints(facts), codesOnly);
  const treated = facts.treatmentHistory.length > 0;
  if (treated && category !== "smoldering-myeloma") return [];
  if (category !== null && category !== "mgus" && category !== "smoldering-myeloma") return [];
  const pts = points ?? collectPoints(facts);
  const alerts: ResponseAlert[] = [];
  const words = !codesOnly;
  const name =
    category === "mgus"
      ? "MGUS"
      : category === "smoldering-myeloma"
        ? treated
          ? "Smoldering myeloma (treated)"
          : "Smoldering myeloma"
        : "MGUS/SMM";
  const smmRules = category !== "mgus";
  const emp = smmRules && !treated ? evolvingMProtein(pts.serum) : null;
  if (emp) {
    alerts.push(
      alertFrom(
        "evolving.m-protein",
        "warning",
        !words
          ? ""
          : `${name}: evolving M-protein (Ravi 2016): ${fmt(emp.from.value)} g/dL on ${emp.from.date} to ${fmt(emp.to.value)} g/dL on ${emp.to.date}, a rise of ${emp.months === 6 ? ">= 10% within 6 months" : ">= 25% within 12 months"} (at least 0.5 g/dL), counted from the first value in the record as the diagnosis value${sinceFirst(emp.from, pts.serum, emp.to, "rise", "fall")}. Evolving SMM carries a high risk of early progression: review with the treating team.`,
        [R.eMP],
      ),
    );
  } else {
    const rising = risingFromLowest(treated ? fromTherapyStart(pts.serum, facts) : pts.serum);
    // Review c10 M5: the latest value is quoted (every value from the first rise on still meets the
    // thresholds: stillRisen), with the date the rise first met them when that was earlier.
    const latest = rising ? pts.serum[pts.serum.length - 1]! : null;
    if (rising && latest)
      alerts.push(
        alertFrom(
          "evolving.m-protein-rising",
          "warning",
          !words
            ? ""
            : `${name}: serum M-protein rising from ${fmt(rising.nadir.value)} g/dL (${rising.nadir.date}) to ${fmt(latest.value)} g/dL (${latest.date}${latest === rising.to ? ONE_VALUE : `, the latest value; the rise first met the thresholds at ${fmt(rising.to.value)} g/dL on ${rising.to.date}`}), >= 25% and >= 0.5 g/dL above the lowest value. These are the IMWG progression thresholds applied by analogy: the reference has no "evolving" threshold for this situation. Review with the treating team.`,
          [R.risingByPdThresholds],
        ),
      );
  }
  if (treated) return alerts;
  if (category === "smoldering-myeloma" && alerts.length > 0) {
    const before = workUpBeforeRise(facts, emp === null ? null : emp.from, pts.serum);
    if (before !== null) alerts.push(workUpBeforeRiseAlert(before, codesOnly));
  }
  const ehb = smmRules ? evolvingHemoglobin(pts.hemoglobin) : null;
  if (ehb) {
    alerts.push(
      alertFrom(
        "evolving.hemoglobin",
        "warning",
        !words
          ? ""
          : `${name}: evolving haemoglobin (Ravi 2016): ${fmt(ehb.from.value)} g/dL on ${ehb.from.date} to ${fmt(ehb.to.value)} g/dL on ${ehb.to.date}, a fall of >= 0.5 g/dL within 12 months of the first value in the record${sinceFirst(ehb.from, pts.hemoglobin, ehb.to, "fall", "rise")}${belowLln(facts, pts.hemoglobin)}. Look for other causes and for myeloma-defining events.`,
        [R.eHb],
      ),
    );
  } else {
    const hb = pts.hemoglobin;
    const top = hb.reduce<Point | null>((a, b) => (a === null || b.value > a.value ? b : a), null);
    // Guarded: an index of -1 (no value) is a slow property look-up, not an element read.
    const last = hb.length > 0 ? hb[hb.length - 1] : undefined;
    if (top && last && compareDates(last.date, top.date) > 0 && top.value - last.value >= 2 - EPS)
      alerts.push(
        alertFrom(
          "evolving.hemoglobin-fall",
          "warning",
          !words
            ? ""
            : `${name}: haemoglobin fell from ${fmt(top.value)} g/dL (${top.date}) to ${fmt(last.value)} g/dL (${last.date}), >= 2 g/dL (the IMWG clinical-relapse size, applied by analogy). Look for other causes and for myeloma-defining events.`,
          [R.hbFall2],
        ),
      );
  }
  return alerts;
}

/** What each followed parameter is called and measured in, for the plasmacytoma alert's words. */
/** Review c29-M9: only the latest value meets the thresholds: one assessment, not confirmed (criteria-and-scores.md
 * 6.2: biochemical progression needs two consecutive assessments). */
export const ONE_VALUE =
  "; one value, not confirmed: repeat it (IMWG 2016: progression needs two consecutive assessments)";

const RISE_WORDS: Readonly<Record<RiseParam, { name: string; unit: string }>> = {
  serum: { name: "serum M-protein", unit: "g/dL" },
  urine: { name: "urine M-protein", unit: "mg/24 h" },
  flc: { name: "dFLC (involved minus uninvolved free light chain)", unit: "mg/L" },
};

/** Review c27-W1: a solitary plasmacytoma is followed every 3-6 months with SPEP/IFE and FLC for progression to
 * myeloma (treatments.md 1). Its serum M-protein, urine M-protein or dFLC rising from the lowest value since
 * radiotherapy started (or in the record, when none is recorded) by the IMWG PD thresholds, at the latest values
 * (an analogy, UNVERIFIED; review c28-W3: a rising FLC or urine raised nothing); and an M-protein still found
 * (electrophoresis or immunofixation, review c28-m3) 1 year or more after the radiotherapy ended (a
 * higher-risk flag of treatments.md 1, UNVERIFIED there). A 0.3 to 1.4 g/dL rise 15 months after radiotherapy
 * raised nothing. */
function plasmacytomaAlerts(facts: Facts, pts: Points, codesOnly: boolean): ResponseAlert[] {
  const alerts: ResponseAlert[] = [];
  const rt = radiotherapyGiven(facts);
  const rtStart = rt === null ? null : rt.start;
  const series: Record<RiseParam, Point[]> = {
    serum: fromStart(pts.serum, rtStart),
    urine: fromStart(pts.urine, rtStart),
    flc: fromStart(pts.flc, rtStart).map((p) => ({ date: p.date, value: p.dflc })),
  };
  const rises: string[] = [];
  for (const param of ["serum", "urine", "flc"] as const) {
    const values = series[param];
    const rising = risingFromLowest(values, param);
    if (!rising) continue;
    const latest = values[values.length - 1]!;
    const { name, unit } = RISE_WORDS[param];
    rises.push(
      `${name} from ${fmt(rising.nadir.value)} ${unit} (${rising.nadir.date}) to ${fmt(latest.value)} ${unit} (${latest.date}${latest === rising.to ? ONE_VALUE : `, the latest value; the rise first met the thresholds at ${fmt(rising.to.value)} ${unit} on ${rising.to.date}`})`,
    );
  }
  if (rises.length > 0)
    alerts.push(
      alertFrom(
        "evolving.m-protein-rising",
        "warning",
        codesOnly
          ? ""
          : `Solitary plasmacytoma${rt === null ? "" : " after radiotherapy"}: rising above the lowest value${rt === null ? "" : " since the radiotherapy"} by the IMWG progression thresholds (serum >= 25% and >= 0.5 g/dL; urine >= 25% and >= 200 mg/24 h; dFLC >= 25% and > 100 mg/L): ${rises.join("; ")}. The thresholds are applied by analogy: the reference gives none for a rise after a solitary plasmacytoma. Look for progression to myeloma with the treating team (the work-up that excludes it at diagnosis: marrow biopsy, FLC, SPEP/IFE, whole-body PET-CT or MRI; treatments.md 1).`,
        [R.plasmacytomaRise],
      ),
    );
  if (rt !== null && rt.end !== null) {
    const yearAfter = addMonths(rt.end, 12);
    const serum = pts.serum[pts.serum.length - 1];
    const ife = pts.serumIfe[pts.serumIfe.length - 1];
    // The latest day of a serum M-protein or immunofixation: an M-protein found on it by either (one too small
    // for electrophoresis shows on immunofixation), a year or more after the radiotherapy ended.
    const day =
      serum === undefined
        ? ife?.date
        : ife === undefined || compareDates(serum.date, ife.date) >= 0
          ? serum.date
          : ife.date;
    const onDay = {
      spike: serum !== undefined && serum.date === day && serum.value > 0,
      ife: ife !== undefined && ife.date === day && ife.result === "positive",
    };
    const found =
      day === undefined || compareDates(day, yearAfter) < 0
        ? null
        : onDay.spike
          ? `serum M-protein ${fmt(serum!.value)} g/dL on ${day}`
          : onDay.ife
            ? `a positive serum immunofixation on ${day}`
            : null;
    if (found !== null)
      alerts.push(
        alertFrom(
          "sp.m-protein-persisting-after-rt",
          "info",
          codesOnly
            ? ""
            : `Solitary plasmacytoma: ${found}, 1 year or more after the radiotherapy ended (${rt.end}). An M-protein persisting 1 year or more after radiotherapy is a flag of higher risk of progression to myeloma (treatments.md 1; UNVERIFIED in the reference).`,
          [R.plasmacytomaPersisting],
        ),
      );
  }
  return alerts;
}

/** Review c91-M5: the marrow and skeletal imaging of an untreated smouldering myeloma dated before its M-protein began
 * to rise (before the first value above the value the rise is counted from), when an evolving M-protein alert is
 * raised. */
export interface WorkUpBeforeRise {
  /** The first value above the starting one: the rise began after the starting value's date. */
  riseFrom: string;
  /** The marrow's date when before the rise's first risen value and its result rules an item out (< 60%). */
  marrow: string | null;
  /** The imaging's date and modality when before it and its result rules an item out (no lesion, <= 1 MRI lesion). */
  imaging: { date: string; modality: string | null } | null;
}

/**
 * The marrow and imaging older than the rise (WorkUpBeforeRise), or null. `from` is the Ravi 2016 starting value when
 * that rule met (the first value in the record); else the lowest value before the latest (the IMWG-threshold rise).
 * A result that is met (marrow >= 60%, > 1 MRI lesion, an osteolytic lesion) is already an event; only a result that
 * rules one out is named. criteria-and-scores.md 1.1 and 2.1 use these inputs; the reference is silent on how old
 * they may be (UNVERIFIED reading).
 */
export function workUpBeforeRise(
  facts: Facts,
  from: Point | null,
  serum: readonly Point[],
): WorkUpBeforeRise | null {
  let start = from;
  if (start === null) {
    for (let i = 0; i < serum.length - 1; i++) {
      const p = serum[i]!;
      if (start === null || p.value < start.value) start = p;
    }
  }
  if (start === null) return null;
  let riseFrom: string | null = null;
  for (const p of serum)
    if (compareDates(p.date, start.date) > 0 && p.value > start.value + EPS) {
      riseFrom = p.date;
      break;
    }
  if (riseFrom === null) return null;
  const older = (d: string | null): boolean => d !== null && compareDates(d, riseFrom) < 0;
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const marrow = bmpc !== null && bmpc < 60 && older(facts.marrow.date) ? facts.marrow.date : null;
  const im = facts.imaging;
  const rulesOut =
    (im.osteolyticLesions !== null && im.osteolyticLesions === 0) ||
    (im.mriFocalLesions !== null && im.mriFocalLesions <= 1);
  const imaging =
    im.performed !== false && rulesOut && older(im.date) && im.date !== null
      ? { date: im.date, modality: im.modality }
      : null;
  if (marrow === null && imaging === null) return null;
  return { riseFrom, marrow, imaging };
}

/** WorkUpBeforeRise of a record whose evolving.work-up-before-rise alert is raised (the same starting value). */
export function workUpBeforeRiseOf(facts: Facts, pts: Points): WorkUpBeforeRise | null {
  const emp = evolvingMProtein(pts.serum);
  return workUpBeforeRise(facts, emp === null ? null : emp.from, pts.serum);
}

/** The phrases couldChangeWith adds for WorkUpBeforeRise (review c91-M5). */
export function workUpBeforeRisePhrases(w: WorkUpBeforeRise): string[] {
  const out: string[] = [];
  if (w.marrow !== null)
    out.push(
      `repeat bone marrow biopsy: the marrow of ${w.marrow} is older than the M-protein rise (>= 60% clonal plasma cells is myeloma; > 20% a 20/2/20 factor)`,
    );
  if (w.imaging !== null)
    out.push(
      `repeat imaging: the ${w.imaging.modality ?? "imaging"} of ${w.imaging.date} is older than the M-protein rise (a lesion, or > 1 focal lesion on MRI, is myeloma)`,
    );
  return out;
}

function workUpBeforeRiseAlert(w: WorkUpBeforeRise, codesOnly: boolean): ResponseAlert {
  const tests = [
    w.marrow === null ? null : `the marrow of ${w.marrow}`,
    w.imaging === null ? null : `the ${w.imaging.modality ?? "imaging"} of ${w.imaging.date}`,
  ].filter((x) => x !== null);
  return alertFrom(
    "evolving.work-up-before-rise",
    "warning",
    codesOnly
      ? ""
      : `Smoldering myeloma with an evolving M-protein: ${tests.join(" and ")} ${tests.length > 1 ? "are" : "is"} older than the rise (first risen value ${w.riseFrom}). The 20/2/20 and IMWG 2020 risk groups and the exclusion of the SLiM events (marrow >= 60%, > 1 focal lesion on MRI) rest on ${tests.length > 1 ? "them" : "it"}: a repeat could change the risk group and the category (criteria-and-scores.md 1.1, 2.1). The reference gives no re-test interval; naming the repeat with the evolving pattern is the project's reading (UNVERIFIED). Decide with the treating team.`,
    [R.workUpBeforeRise],
  );
}

/** IMWG response and progression of the current line of therapy from lab series (Kumar 2016). */
import type { LightChain, ResponseCategory } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import { type MissingInput, type RuleDef, type RuleTrace, trace } from "../model/trace.js";
import { alertFrom, type ResponseAlert } from "./alert.js";
import {
  assessClinicalRelapse,
  type ClinicalRelapse,
  clinicalRelapseRules,
  clinicalRelapseShortWords,
  clinicalRelapseTraces,
} from "./clinical-relapse.js";
import { withCurrentImmunofixation } from "./current-ife.js";
import { addMonths, compareDates, earlierDate, recordedProgressionDate } from "./dates.js";
import { canonicalDrugName, carTInfusionUndated, DrugClass, drugClass, holdsCarT } from "./drug-classes.js";
import type { LineOfTherapy, LinesOfTherapyResult } from "./lines-types.js";
import { type MrdReading, readMrd } from "./mrd.js";
import { type OlderPdReading, pdByLowestValue } from "./pd-versions.js";
import {
  DFLC_PD_SIZE_WORDS,
  detectProgression,
  dflcNotUsable,
  dflcRiseBaselineUnknown,
  dflcRiseNotFollowed,
  dflcRiseOnlyFromBelowZero,
  type ParamKey,
  type PdEvent,
  usableDflc,
} from "./progression.js";
import { RESPONSE_RULES as R } from "./rules.js";
import { collectPoints, type FlcPoint, lastOnOrBefore, type Point, type Points } from "./series.js";

export interface ResponseResult {
  /** IMWG category of the current line; null with `reason` when the disease is not measurable. */
  current: ResponseCategory | null;
  /** Whether the disease progressed on or after the current line by the IMWG criteria; null when unknown. */
  progression: boolean | null;
  /** Whether the category or progression still awaits its confirming second assessment. */
  confirmed: boolean;
  /** The values and rule used, in words. */
  basis: string;
  /** Why `current` is null, when it is. */
  reason: string | null;
  /** Which parameter(s) are followed: serum, urine, free light chain, marrow. */
  measurableBy: ("serum" | "urine" | "flc" | "marrow")[];
  /** Relapse from CR (reappearance of M-protein, marrow >= 5%). */
  relapseFromCr: boolean;
  /** On an anti-CD38 antibody with a small IgG-kappa band: possible therapeutic antibody interference. */
  antibodyInterference: boolean;
  /** The category met at two consecutive assessments (the lower of the last two); null with fewer than two. */
  confirmedCategory: ResponseCategory | null;
  /** The best category confirmed at any two consecutive assessments of the line. */
  bestConfirmed: ResponseCategory | null;
  /** The grade the values would give if a band under antibody interference were disease. */
  gradeIfBandIsDisease: ResponseCategory | null;
  /** When `current` is null for antibody interference: the category the values already meet, a floor
   * ("PR or better"), since the antibody can only add to the measured band; null otherwise. */
  atLeast: ResponseCategory | null;
  /** The marrow MRD result read with this response (IMWG 2016: only in CR or sCR); null when none is
   * recorded. */
  mrd: MrdReading | null;
  /** Date of the first test of the assessments that show the current category, up to the latest (IMWG:
   * the response date is the date of the first test of the confirmed pair); null when not graded. */
  responseDate: string | null;
  /** The progression date: the earliest on the line of the first assessment of a confirmed lab rise, the
   * date recorded in the treatment history and the date of imaging showing new lesions (IMWG 2016: PD is
   * any one criterion met). Refractoriness (lines of therapy) reads the same date. */
  progressionDate: string | null;
  /** Where the progression date comes from; null when there is none. */
  progressionDateFrom: ProgressionDateSource | null;
  /** With a confirmed progression: the IMWG 2016 clinical-relapse items (new lesion, calcium > 11 mg/dL,
   * Hb fall >= 2 g/dL, creatinine rise >= 2 mg/dL, hyperviscosity), each met, absent or not known; null
   * without a confirmed progression (clinical-relapse.ts). */
  clinicalRelapse: ClinicalRelapse | null;
  /** The line assessed (1-based), or null when there is no treatment in the record. */
  line: number | null;
  /** Baseline values and their dates; `fromAfterStart` marks a baseline taken after the line began. */
  baseline: {
    serum: BaselineValue | null;
    urine: BaselineValue | null;
    dflc: BaselineValue | null;
    marrow: BaselineValue | null;
  };
  alerts: ResponseAlert[];
  rules: RuleTrace[];
  missing: MissingInput[];
  /** True when the line has M-protein or FLC values on treatment but none on or before its start: the
   * baseline is not known, so measurability cannot be judged (review c11 M3); absent otherwise. */
  baselineUnknown?: true;
  /** The measures (serum, urine, FLC) with no dated value on or before the line's start whose current value
   * in `labs` has no date and would be measurable: that value may be the baseline or a value on treatment,
   * so measurability is not known and the marrow is not followed in their place (review c13-2); absent
   * when there is none. */
  baselineUndated?: ("serum" | "urine" | "flc")[];
  /** The parameters followed (measurable at baseline) with no value since the start of the line, while some
   * other M-protein or FLC value has one: the response waits on them (IMWG 2016 follows every parameter
   * measurable at baseline; review c14-6). Absent when there is none, or when nothing was measured since. */
  notRepeated?: ("serum" | "urine" | "flc" | "marrow")[];
  /** AL amyloidosis only: the grade by the AL haematologic criteria (al-haematologic.ts), which `current`
   * then carries (no response as SD); absent for other categories. */
  alHaematologic?: AlHaematologic;
  /** A PD the 2006/2011 wording (from the lowest response value) reads on this line while the 2016 grading
   * (from the lowest confirmed value) does not: the IMWG versions differ (criteria-and-scores.md 6.2 (a)).
   * `confirmedOn` is null while the older reading awaits its second assessment. Absent otherwise (added in
   * engine 0.2.52: the phase and the knowledge read it while the line is given). */
  pdByOlderWording?: OlderPdReading;
  /** A line ending with a BCMA CAR-T infusion, its day reached (from engine 0.2.82; review c88-M1): the infusion day
   * (the entry's `end`, else its `start` when that is the infusion, docs/record-contract.md) from which the line's
   * response is read: the values on or before it are the baseline, the assessments and the lowest value after it.
   * Absent otherwise. */
  readFromCarTInfusion?: string;
  /** The latest assessment, graded below CR, meets the serum criteria of CR (serum M-protein not detected on
   * electrophoresis and serum immunofixation negative) while the urine (VGPR, CR) or the marrow (CR) is not in the
   * record (from engine 0.2.82; review c87-M5, criteria-and-scores.md 6.2): `since`, the first of the run of
   * assessments meeting them up to the latest; `awaiting`, what VGPR or CR waits on. Absent otherwise. */
  serumCrCriteria?: { since: string; awaiting: ("urine" | "marrow")[] };
  /** The confirmed dFLC rise of the PD size on a disease the FLC is not the measure of (the alert
   * response.flc-rise-not-the-measure): its first value meeting the size (`date`, `value` mg/L), the lowest value it
   * rose from (`nadir` mg/L, on `nadirDate`), the confirming value's date, and the dated creatinine values (mg/dL) from
   * the last one on or before the lowest value's date to asOf, named beside it (from engine 0.2.82; review c88-M4).
   * Absent otherwise. */
  flcRiseNotTheMeasure?: {
    date: string;
    value: number;
    nadir: number;
    nadirDate: string | null;
    confirmedOn: string;
    creatinine: { date: string; value: number }[];
  };
}

/** The AL haematologic grade of a line (al-haematologic.ts). */
export interface AlHaematologic {
  /** null when not evaluable by dFLC and not in CR, or without a baseline and dFLC not < 40 mg/L. */
  grade: "CR" | "VGPR" | "PR" | "NR" | null;
  baseline: { date: string; dflc: number } | null;
  latest: { date: string; dflc: number } | null;
  /** Baseline dFLC >= 50 mg/L; null when no baseline is recorded. */
  evaluable: boolean | null;
  /** Review c76-W1: the level reached on the line (CR or VGPR, recorded or graded) no longer met on the two latest FLC
   * measurements, the involved FLC above its lowest value since the line began on both (al-haematologic.ts; the
   * reference gives no AL progression criteria: the project's reading, UNVERIFIED). Absent otherwise (engine 0.2.80). */
  responseLost?: AlResponseLost;
  /** Review c78-M1: the level reached on the line failed on the latest FLC value only (one value in `latest`), the
   * involved FLC above its lowest value since the line began: a repeat confirms or not; progression not graded meanwhile
   * (the project's reading, UNVERIFIED). Absent otherwise, and when responseLost holds. */
  aboveLevelOnce?: AlResponseLost;
}

/** A haematologic response level lost in AL amyloidosis (AlHaematologic.responseLost). */
export interface AlResponseLost {
  /** The level reached on the line: recorded as its best response, or graded on a value since its start. */
  level: "CR" | "VGPR";
  /** Whether the level was recorded (the line's best response) or graded from the values. */
  from: "recorded" | "graded";
  /** Why it is no longer met: the FLC ratio abnormal for the involved chain again (CR), or dFLC >= 40 mg/L (VGPR). */
  by: "ratio" | "dflc";
  /** The lowest involved FLC since the line began. */
  nadir: { date: string; involved: number; dflc: number };
  /** The two latest FLC measurements, in date order (aboveLevelOnce: the latest one). */
  latest: { date: string; involved: number; dflc: number }[];
}

/** The evidence a progression date is read from. */
export type ProgressionDateSource = "lab-series" | "treatment-history" | "imaging";

export interface BaselineValue {
  date: string;
  value: number;
  fromAfterStart: boolean;
  /** dFLC only, present only when the dFLC is no measure: zero or negative (the uninvolved chain as high or
   * higher), so no dFLC fall or rise is measured from it (progression.ts dflcUsable). */
  notUsable?: "negative" | "zero";
}

const RANK: Record<ResponseCategory, number> = { sCR: 6, CR: 5, VGPR: 4, PR: 3, MR: 2, SD: 1, PD: 0 };
const worse = (a: ResponseCategory, b: ResponseCategory) => (RANK[a] <= RANK[b] ? a : b);
const better = (a: ResponseCategory, b: ResponseCategory) => (RANK[a] >= RANK[b] ? a : b);
/** Tolerance for values converted between units (g/L -> g/dL): thresholds are met "at" the cut-off. */
const EPS = 1e-9;

/** The measures of ResponseResult.baselineUndated in words (review c13-2). */
export const UNDATED_WORDS = {
  serum: "serum M-protein",
  urine: "urine M-protein",
  flc: "involved free light chain",
} as const;

/** The parameters of ResponseResult.notRepeated in words (review c14-6). */
export const NOT_REPEATED_WORDS = {
  serum: "serum M-protein",
  urine: "24-hour urine M-protein",
  flc: "serum free light chains",
  marrow: "marrow plasma cells",
} as const;

/** The record field of each measure of ResponseResult.baselineUndated (the patient texts say these results
 * are in the record without a date, not that they are missing). */
export const UNDATED_FIELD = {
  serum: "labs.serumMProtein",
  urine: "labs.urineMProtein",
  flc: "labs.involvedFreeLightChain",
} as const;

/** Review c13-2: the measures without a dated baseline whose current value in `labs` has no date and
 * reaches the IMWG 2016 measurable threshold (serum >= 1 g/dL, urine >= 200 mg/24 h, involved FLC >= 100
 * mg/L; criteria-and-scores.md 6.1). Such a value is not used as the baseline (it may be from on
 * treatment), and it is not read as "not measurable" either. */
function undatedMeasurable(
  facts: Facts,
  serumBase: BaselineValue | null,
  urineBase: BaselineValue | null,
  /** No dated FLC baseline, and serum and urine not measurable by dated baselines. */
  flcWouldCount: boolean,
): ("serum" | "urine" | "flc")[] {
  const out: ("serum" | "urine" | "flc")[] = [];
  const { serumMProtein: s, urineMProtein: u, involvedFreeLightChain: f } = facts.labs;
  if (serumBase === null && s !== null && s.date === null && s.value >= 1 - EPS) out.push("serum");
  if (urineBase === null && u !== null && u.date === null && u.value >= 200 - EPS) out.push("urine");
  if (flcWouldCount && f !== null && f.date === null && f.value >= 100 - EPS) out.push("flc");
  return out;
}

/** M-protein detected at an assessment date: a measured serum or urine band, or a positive immunofixation. */
function mProteinPresent(pts: Points, d: string): boolean {
  return (
    pts.serum.some((p) => p.date === d && p.value > EPS) ||
    pts.urine.some((p) => p.date === d && p.value > EPS) ||
    pts.serumIfe.some((p) => p.date === d && p.result === "positive") ||
    pts.urineIfe.some((p) => p.date === d && p.result === "positive")
  );
}

/** M-protein back after it was gone (review c13-1): the assessment dates of the line (serum or urine
 * M-protein, or an immunofixation, on or after `start`), the first two consecutive ones with a negative
 * serum immunofixation and no M-protein measured, then, after them, the first two consecutive ones with
 * M-protein back (a positive immunofixation or a measured band). `negative` gives the first and the last
 * negative date before it came back. Null when the values show no such turn. */
export function mProteinBackAfterNegativeIfe(
  pts: Points,
  start: string,
): { negative: [string, string]; back: [string, string]; serum: string[] } | null {
  if (!pts.serumIfe.some((p) => p.result === "negative")) return null;
  const dates = [
    ...new Set([...pts.serum, ...pts.urine, ...pts.serumIfe, ...pts.urineIfe].map((p) => p.date)),
  ]
    .filter((d) => compareDates(d, start) >= 0)
    .sort(compareDates);
  const present = (d: string) => mProteinPresent(pts, d);
  const gone = (d: string) =>
    !present(d) && pts.serumIfe.some((p) => p.date === d && p.result === "negative");
  let i = 1;
  while (i < dates.length && !(gone(dates[i - 1]!) && gone(dates[i]!))) i++;
  if (i >= dates.length) return null;
  const firstNegative = dates[i - 1]!;
  let lastNegative = dates[i]!;
  for (let j = i + 2; j < dates.length; j++) {
    if (gone(dates[j - 1]!)) lastNegative = dates[j - 1]!;
    if (!present(dates[j - 1]!) || !present(dates[j]!)) continue;
    const negative: [string, string] = [firstNegative, lastNegative];
    const back: [string, string] = [dates[j - 1]!, dates[j]!];
    const serum = back.flatMap((d) => {
      const v = pts.serum.find((p) => p.date === d);
      return v ? [`${fmt(v.value)} g/dL on ${d}`] : [];
    });
    return { negative, back, serum };
  }
  return null;
}

const CATEGORY_RULE: Record<ResponseCategory, RuleDef> = {
  sCR: R.sCR,
  CR: R.CR,
  VGPR: R.VGPR,
  PR: R.PR,
  MR: R.MR,
  SD: R.SD,
  PD: R.pdSerum,
};

const UNIT: Record<ParamKey, string> = { serum: "g/dL", urine: "mg/24h", flc: "mg/L", marrow: "%" };
const LABEL: Record<ParamKey, string> = {
  serum: "serum M-protein",
  urine: "urine M-protein",
  flc: "dFLC",
  marrow: "marrow plasma cells",
};
const fmt = (v: number) => String(Math.round(v * 1000) / 1000);
/** A phrase (a reason, a PD event: also shown alone, after a colon) as the start of a sentence. A word
 * already in mixed case ("dFLC") keeps its case. */
const sentence = (phrase: string) =>
  /^[a-z][A-Z]/.test(phrase) ? phrase : phrase.charAt(0).toUpperCase() + phrase.slice(1);

/** The baseline of a line: the last value on or before its start (criteria-and-scores.md 6.1 "measurable at
 * baseline"; the pre-treatment window of engine/pre-treatment-values.ts). A value after the start is on
 * treatment: never a baseline (review c11 M3: a value 20 months in had been read as one, and the disease
 * then called "not measurable at baseline"); it is still read for progression, as a nadir. */
function baselineOf(pts: readonly Point[], start: string): BaselineValue | null {
  const before = lastOnOrBefore(pts, start);
  return before ? { date: before.date, value: before.value, fromAfterStart: false } : null;
}

/** Review c88-M4: the date of the lowest dFLC a rise is measured from: the latest FLC pair on or before the rise's
 * first value whose dFLC is that value; null when none is (a value read from 0 below a negative nadir). */
function flcNadirDate(flc: readonly FlcPoint[], nadir: number, until: string): string | null {
  let found: string | null = null;
  for (const p of flc)
    if (compareDates(p.date, until) <= 0 && Math.abs(p.dflc - nadir) <= 1e-6) found = p.date;
  return found;
}

/** Review c88-M4: the dated creatinine values (mg/dL, series and the record's dated lab, one per date: the higher) from
 * the last one on or before `from` to asOf, oldest first. */
function creatinineOverRise(facts: Facts, from: string): { date: string; value: number }[] {
  const byDate = new Map<string, number>();
  const add = (date: string, value: number) => {
    if (compareDates(date, facts.asOf) > 0) return;
    const had = byDate.get(date);
    if (had === undefined || value > had) byDate.set(date, value);
  };
  for (const p of facts.series.creatinine) add(p.date, p.value);
  const lab = facts.labs.creatinine;
  if (lab?.date) add(lab.date, lab.value);
  const all = [...byDate].map(([date, value]) => ({ date, value }));
  all.sort((a, b) => compareDates(a.date, b.date));
  let first = 0;
  for (let i = 0; i < all.length; i++) if (compareDates(all[i]!.date, from) <= 0) first = i;
  return all.slice(first);
}

/** IMWG creatinine levels (criteria-and-scores.md 1.1 "R" and 7.4: creatinine > 2 mg/dL; 6.2 clinical relapse: a rise
 * >= 2 mg/dL from the start of therapy), mg/dL: named beside an FLC rise, never a threshold of the project's own. */
const IMWG_CREATININE_ABOVE_MG_DL = 2;
const IMWG_CREATININE_RISE_MG_DL = 2;

/** Review c88-M4 (light-chain escape with the creatinine 0.9 -> 1.5 mg/dL named only as a lenalidomide dose warning):
 * the creatinine values over the FLC rise, named beside it. The reference gives no creatinine threshold below the IMWG
 * levels, so none is applied: the values are named, and when the latest is above the first of them (a direction, no
 * threshold) the reference's words on kidney impairment from myeloma are said (criteria-and-scores.md 7.4: typically
 * light-chain cast nephropathy; treatments.md 8c renal protection) with where the values stand against the IMWG levels.
 * Empty with no creatinine value dated after the first. */
function creatinineOverRiseWords(
  facts: Facts,
  lineStart: string,
  values: readonly { date: string; value: number }[],
): string {
  if (values.length < 2) return "";
  const first = values[0]!;
  const latest = values[values.length - 1]!;
  const list = values.map((v) => `${fmt(v.value)} mg/dL on ${v.date}`).join(", ");
  if (latest.value <= first.value + EPS) return ` Creatinine over the rise: ${list}.`;
  const atStart = creatinineOverRise(facts, lineStart)[0];
  const fromStart =
    atStart !== undefined && compareDates(atStart.date, lineStart) <= 0 ? latest.value - atStart.value : null;
  const above = latest.value > IMWG_CREATININE_ABOVE_MG_DL + EPS;
  const rose = fromStart !== null && fromStart >= IMWG_CREATININE_RISE_MG_DL - EPS;
  const where =
    above || rose
      ? `the latest ${above ? `is above ${IMWG_CREATININE_ABOVE_MG_DL} mg/dL (IMWG renal impairment, if attributable to myeloma)` : ""}${above && rose ? " and " : ""}${rose ? `is ${fmt(fromStart)} mg/dL above the line's start (IMWG 2016 clinical relapse: a rise >= ${IMWG_CREATININE_RISE_MG_DL} mg/dL, attributable to myeloma)` : ""}`
      : `these are below the IMWG levels (renal impairment: creatinine > ${IMWG_CREATININE_ABOVE_MG_DL} mg/dL or CrCl < 40 mL/min; clinical relapse: a rise >= ${IMWG_CREATININE_RISE_MG_DL} mg/dL from the start of therapy), and the reference gives no lower creatinine threshold`;
  return ` Creatinine over the rise: ${list}: ${where}. Kidney impairment from myeloma is typically light-chain cast nephropathy (criteria-and-scores.md 7.4): whether the kidney is affected by the light chain is for the team to judge (renal protection: treatments.md 8c).`;
}

/** Review c88-M1: the day of the BCMA CAR-T infusion of the line, when it is recorded, reached by asOf and later than
 * the line's start: the entry's `end`, else its `start` when that is the infusion (no lymphodepletion drugs listed with
 * no end; docs/record-contract.md, drug-classes.ts carTInfusionUndated). An `end` after asOf is an infusion not given
 * yet. The latest of the line's CAR-T entries; null when none. criteria-and-scores.md 6.2 reads a response against
 * the line's baseline and does not say what the baseline of a CAR-T line with bridging therapy is: the project reads
 * the values before the infusion as it (UNVERIFIED), and only assessments after it as the CAR-T's response
 * (treatments.md 5b: one infusion). */
function carTInfusionDayOf(facts: Facts, line: LineOfTherapy): string | null {
  let day: string | null = null;
  for (const i of line.entries) {
    const t = facts.treatmentHistory[i];
    if (t === undefined || !holdsCarT(t.drugs)) continue;
    const d = t.end !== null ? t.end : carTInfusionUndated(t) ? null : t.start;
    if (d === null || compareDates(d, facts.asOf) > 0 || compareDates(d, line.start) <= 0) continue;
    if (day === null || compareDates(d, day) > 0) day = d;
  }
  return day;
}

/** The dFLC baseline: the last FLC pair on or before the start (as baselineOf reads the dFLC values), with
 * the pair it comes from. */
function flcBaselineOf(flc: readonly FlcPoint[], start: string): FlcPoint | undefined {
  return lastOnOrBefore(flc, start);
}

/** The last point of the line (dated after `start`) on or before `date`: what lastOnOrBefore reads from the
 * line's points, without filtering them into a new list first. */
function lastOfLine<T extends { date: string }>(
  xs: readonly T[],
  start: string,
  date: string,
): T | undefined {
  let found: T | undefined;
  for (const x of xs) if (compareDates(x.date, start) > 0 && compareDates(x.date, date) <= 0) found = x;
  return found;
}

/** The marrow a CR at `date` reads: the last of the line (after its start) on or before the date,
 * else the first after it (a marrow done at or after the confirming visit). */
function marrowFor(marrow: readonly Point[], start: string, date: string): Point | undefined {
  const before = lastOfLine(marrow, start, date);
  if (before !== undefined) return before;
  for (const p of marrow) if (compareDates(p.date, start) > 0 && compareDates(p.date, date) > 0) return p;
  return undefined;
}

function marrowBaselineOf(pts: readonly Point[], start: string): BaselineValue | null {
  const before = lastOnOrBefore(pts, start);
  return before ? { date: before.date, value: before.value, fromAfterStart: false } : null;
}

interface Followed {
  serum: boolean;
  urine: boolean;
  flc: boolean;
  marrow: boolean;
}

interface Context {
  pts: Points;
  /** The start of the line: a grade reads the points dated after it. */
  start: string;
  base: ResponseResult["baseline"];
  followed: Followed;
  missing: MissingInput[];
  /** A soft-tissue (extramedullary, or site not recorded) plasmacytoma in the record: CR needs its
   * disappearance, which the record cannot show. */
  softTissuePlasmacytoma: boolean;
  /** Set by the grade of the latest assessment: every CR criterion met but the soft-tissue plasmacytoma's
   * disappearance, which the record does not show (CR pending imaging). */
  crPending: { plasmacytoma: boolean };
}

/** The fraction a value fell from its baseline; null when either is unknown or the baseline is not positive. */
function fall(b: BaselineValue | null, v: number | null): number | null {
  return b === null || v === null || b.value <= 0 ? null : (b.value - v) / b.value;
}

/** x >= t, up to conversion noise; false when x is unknown. */
function reaches(x: number | null, t: number): boolean {
  return x !== null && x >= t - EPS;
}

/** Records a missing field once. */
function need(missing: MissingInput[], field: string, neededFor: string): void {
  if (!missing.some((m) => m.field === field)) missing.push({ field, neededFor });
}

const BASELINE_PARAMS = [
  ["serum", "serum"],
  ["urine", "urine"],
  ["dflc", "flc"],
  ["marrow", "marrow"],
] as const;

/** Why a zero or negative baseline dFLC is no measure, with the pair it comes from (a parenthesis). */
function dflcNotUsableWords(why: "negative" | "zero", flc: FlcPoint): string {
  const relation = why === "negative" ? "below" : "equal to";
  return ` (not usable as a measure: ${why}, involved FLC ${fmt(flc.involved)} mg/L ${relation} uninvolved ${fmt(flc.uninvolved)} mg/L; the IMWG dFLC criteria are percentages of the involved chain's excess, so no dFLC response or progression is measured from it)`;
}

/** The baseline values in words, "; "-separated ("" when there are none); `flc` is the dFLC's pair. */
function baselineWords(base: ResponseResult["baseline"], flc: FlcPoint | undefined): string {
  let text = "";
  for (const [k, key] of BASELINE_PARAMS) {
    const b = base[k];
    if (!b) continue;
    const why = b.notUsable !== undefined && flc !== undefined ? dflcNotUsableWords(b.notUsable, flc) : "";
    const words = `${LABEL[key]} ${fmt(b.value)} ${UNIT[key]} on ${b.date}${why}${b.fromAfterStart ? " (no value before the start: first value after it)" : ""}`;
    text = text === "" ? words : `${text}; ${words}`;
  }
  return text;
}

/** Why an involved FLC >= 100 mg/L did not make the disease FLC-measurable, in words: the kappa/lambda
 * ratio against the direction of the involved chain (kappa > 1.65, lambda < 0.26; criteria-and-scores.md
 * 1.3), or, without the light chain, the two readings that disagree. */
function flcDirectionWords(flc: FlcPoint, light: LightChain | null): string {
  const inv = `involved FLC ${fmt(flc.involved)} mg/L on ${flc.date}`;
  if (light === null) {
    const r = fmt(flc.involved / flc.uninvolved);
    // Unknown only when the readings disagree: abnormal read as kappa (> 1.65), not read as lambda.
    return flc.abnormalForInvolved === null
      ? `${inv}, involved/uninvolved ratio ${r}: abnormal if the clone is kappa (kappa/lambda > 1.65), not if it is lambda (kappa/lambda < 0.26 needed); the light chain type is not recorded`
      : `${inv}, but the involved/uninvolved ratio ${r} is not abnormal in the direction of the involved chain, whichever it is (kappa/lambda > 1.65 for kappa, < 0.26 for lambda)`;
  }
  const kl = light === "kappa" ? flc.involved / flc.uninvolved : flc.uninvolved / flc.involved;
  const needed = light === "kappa" ? "> 1.65" : "< 0.26";
  return `${inv}, but the kappa/lambda ratio ${fmt(kl)} is not abnormal in the direction of the involved ${light} chain (${needed} needed), so the free light chains do not measure this clone`;
}

/** The progression date in words: which evidence it comes from and, when the other evidence gives other
 * dates, those dates, so a reader sees which date is which. */
function progressionDateWords(
  date: string,
  from: ProgressionDateSource,
  dates: { lab: { date: string; marrow: boolean } | null; recorded: string | null; imaging: string | null },
): string {
  const labWords = dates.lab?.marrow ? "the marrow result" : "the first of the confirming lab assessments";
  const source =
    from === "lab-series"
      ? labWords
      : from === "treatment-history"
        ? "recorded in the treatment history"
        : "the imaging showing new lesions";
  const others: string[] = [];
  if (dates.lab && dates.lab.date !== date) others.push(`the lab rise dates from ${dates.lab.date}`);
  if (dates.recorded !== null && dates.recorded !== date)
    others.push(`the treatment history records ${dates.recorded}`);
  if (dates.imaging !== null && dates.imaging !== date) others.push(`the imaging is dated ${dates.imaging}`);
  const head = `Progression date ${date} (${source})`;
  return others.length === 0
    ? `${head}, also the date refractoriness is judged from.`
    : `${head}; ${others.join("; ")}. The earliest is the progression date, here and for refractoriness.`;
}

/** A category with the rules that gave it. */
interface Grade {
  readonly category: ResponseCategory;
  readonly rules: readonly RuleDef[];
}

const grade = (category: ResponseCategory, ...rules: RuleDef[]): Grade =>
  Object.freeze({ category, rules: Object.freeze(rules) });

/** The missing input a VGPR on a serum fall waits on (gradeAt). */
const URINE_FIELD = "series.urineMProtein";

/** The grades gradeAt gives, made once (nothing changes them; a grade per assessment date otherwise). */
const GRADE = {
  sCR: grade("sCR", R.sCR, R.CR),
  sCRFlcOnly: grade("sCR", R.sCR, R.CR, R.crFlcOnly),
  CR: grade("CR", R.CR),
  CRFlcOnly: grade("CR", R.CR, R.crFlcOnly),
  VGPR: grade("VGPR", R.VGPR),
  vgprFlcOnly: grade("VGPR", R.vgprFlcOnly),
  PR: grade("PR", R.PR),
  MR: grade("MR", R.MR),
  SD: grade("SD", R.SD),
} as const;

/** The IMWG category at one assessment date (PD is handled separately, from the nadir). */
/** What a CR rests on for soft-tissue plasmacytomas (IMWG 2016 CR: "disappearance of any soft-tissue
 * plasmacytoma", criteria-and-scores.md 6.2), said with the grade; and a CR held back only by one recorded
 * whose disappearance the record does not show. */
function plasmacytomaText(
  pc: Facts["biopsy"]["plasmacytoma"],
  category: ResponseCategory,
  crPending: boolean,
): string {
  if (RANK[category] >= RANK.CR) {
    if (pc === null)
      return " Soft-tissue plasmacytoma: none in the record, so none is taken to need to disappear (if one was seen at diagnosis, CR needs imaging showing it gone).";
    if (pc.count === 0) return " Soft-tissue plasmacytoma: none recorded.";
    return " The plasmacytoma recorded is of bone; CR's plasmacytoma criterion concerns soft-tissue ones.";
  }
  return crPending
    ? " CR pending imaging: immunofixation negative and marrow plasma cells < 5%, but the soft-tissue plasmacytoma recorded has no later assessment showing it gone (IMWG 2016 CR: disappearance of any soft-tissue plasmacytoma)."
    : "";
}

function gradeAt(ctx: Context, date: string): Grade {
  const { pts, start, base, followed, missing, softTissuePlasmacytoma } = ctx;
  const s = lastOfLine(pts.serum, start, date)?.value ?? null;
  const u = lastOfLine(pts.urine, start, date)?.value ?? null;
  const flc = lastOfLine(pts.flc, start, date);
  // The marrow needs no repeat and is usually done at or after the second visit (IMWG 2016): the
  // last marrow of the line on or before this date, else the first one after it.
  const marrow = marrowFor(pts.marrow, start, date)?.value ?? null;
  const ifeS = lastOfLine(pts.serumIfe, start, date)?.result ?? null;
  const ifeU = lastOfLine(pts.urineIfe, start, date)?.result ?? null;
  const fs = fall(base.serum, s);
  const fu = fall(base.urine, u);
  const fd = fall(base.dflc, flc?.dflc ?? null);
  const fm = fall(base.marrow, marrow);

  // CR and sCR: negative serum and urine IFE, marrow < 5%, any soft-tissue plasmacytoma gone (FLC-only
  // disease: normal ratio too).
  const spepClear =
    (!followed.serum || s === null || s <= EPS) && (!followed.urine || u === null || u <= EPS);
  if (ifeS === "negative" && spepClear) {
    const flcOk = !followed.flc || flc?.ratioNormal === true;
    if (ifeU === null) need(missing, "series.urineImmunofixation", "CR (IMWG 2016)");
    if (marrow === null) need(missing, "series.clonalPlasmaCellPercent", "CR (IMWG 2016)");
    if (followed.flc && flc?.ratioNormal == null)
      need(missing, "series.involvedFreeLightChain", "CR (IMWG 2016)");
    // The record has no field for a plasmacytoma's disappearance: a known soft-tissue one is never
    // assumed gone (IMWG 2016 CR: "disappearance of any soft-tissue plasmacytoma").
    if (softTissuePlasmacytoma)
      need(
        missing,
        "biopsy.plasmacytoma",
        "CR (IMWG 2016: disappearance of the soft-tissue plasmacytoma, not recorded)",
      );
    const crButPlasmacytoma = ifeU === "negative" && marrow !== null && marrow < 5 && flcOk;
    if (crButPlasmacytoma && softTissuePlasmacytoma) ctx.crPending.plasmacytoma = true;
    if (crButPlasmacytoma && !softTissuePlasmacytoma) {
      if (flc?.ratioNormal === true && marrow <= EPS) return followed.flc ? GRADE.sCRFlcOnly : GRADE.sCR;
      // sCR also needs no clonal marrow plasma cells: with some, the FLC ratio cannot make it sCR.
      if (flc?.ratioNormal == null && marrow <= EPS)
        need(missing, "series.involvedFreeLightChain", "sCR (IMWG 2016)");
      return followed.flc ? GRADE.CRFlcOnly : GRADE.CR;
    }
  }
  // VGPR
  if (followed.flc) {
    if (reaches(fd, 0.9)) return GRADE.vgprFlcOnly;
    if (reaches(fd, 0.5)) return GRADE.PR;
    return GRADE.SD;
  }
  if (followed.marrow) {
    // Followed only with a baseline >= 30% (see marrowMeas), the condition of the marrow PR criterion.
    if (reaches(fm, 0.5)) return GRADE.PR;
    return GRADE.SD;
  }
  // Review c60-W2: VGPR needs the urine too (IMWG 2016, criteria-and-scores.md 6.2: M-protein not on electrophoresis,
  // serum and urine, or a >= 90% serum fall with urine M-protein < 100 mg/24 h), measured on this line. A urine not
  // measurable at baseline is not followed (6.1) but is still read for VGPR: a 24-h urine M-protein < 100 mg (or a
  // negative urine immunofixation) after the line's start; none, or only one from before the line, is not known (never
  // normal): the grade stays below VGPR and the urine is asked for.
  const urineUnder100 = (u !== null && u < 100) || (u === null && ifeU === "negative");
  const urineBelowVgpr = followed.urine ? u !== null && u <= EPS : urineUnder100;
  const electrophoresisClear = (!followed.serum || (s !== null && s <= EPS)) && urineBelowVgpr;
  if (electrophoresisClear) return GRADE.VGPR;
  if (followed.serum) {
    if (reaches(fs, 0.9)) {
      if (urineUnder100) return GRADE.VGPR;
      if (u === null) need(missing, URINE_FIELD, "VGPR (urine M-protein < 100 mg/24 h)");
    }
    const urinePr = !followed.urine || reaches(fu, 0.9) || (u !== null && u < 200);
    if (reaches(fs, 0.5) && urinePr) return GRADE.PR;
    const urineMr = !followed.urine || reaches(fu, 0.5);
    if (reaches(fs, 0.25) && urineMr) return GRADE.MR;
    return GRADE.SD;
  }
  // Urine-only disease: the urine criteria of each category.
  if (u !== null && u < 100) return GRADE.VGPR;
  if (reaches(fu, 0.9) || (u !== null && u < 200)) return GRADE.PR;
  if (reaches(fu, 0.5)) return GRADE.MR;
  return GRADE.SD;
}

/** The alerts of a protein back after a negative immunofixation (relapseFromCrOf, relapseFromSingleCr). */
const RELAPSE_FROM_CR_ALERTS: ReadonlySet<string> = new Set([
  "response.relapse-from-cr",
  "response.relapse-from-cr-unconfirmed",
  "response.m-protein-reappeared",
]);

/** Review c88-m1: a relapse-from-CR alert's words for AL amyloidosis: the monoclonal light chain (the amyloid protein)
 * for "M-protein", and no myeloma progression thresholds (treatments.md 6). */
function alRelapseWords(text: string): string {
  return text
    .replace(/^M-protein has reappeared/, "The monoclonal light chain (the amyloid protein) has reappeared")
    .replace(/M-protein has reappeared/g, "the monoclonal light chain (the amyloid protein) has reappeared")
    .replace(/M-protein present again/g, "the monoclonal light chain (the amyloid protein) present again")
    .replace(/serum M-protein /g, "serum electrophoresis ")
    .replace(
      /progression is judged on the IMWG thresholds \(see the response\)/g,
      "the reference gives no AL haematologic progression criteria (see the AL haematologic response)",
    );
}

/** Review c87-M5: whether the assessment of `date` meets the serum criteria of CR (criteria-and-scores.md 6.2 CR: negative
 * serum immunofixation; the serum M-protein not detected on electrophoresis), on a disease followed by the serum
 * M-protein whose followed urine, if any, is clear on electrophoresis too. */
function serumCrMetAt(ctx: Context, date: string): boolean {
  const { pts, start, followed } = ctx;
  if (!followed.serum || followed.flc || followed.marrow) return false;
  const s = lastOfLine(pts.serum, start, date)?.value ?? null;
  const u = lastOfLine(pts.urine, start, date)?.value ?? null;
  const ifeS = lastOfLine(pts.serumIfe, start, date)?.result ?? null;
  return ifeS === "negative" && s !== null && s <= EPS && (!followed.urine || (u !== null && u <= EPS));
}

/** Review c87-M5: the serum criteria of CR met at the latest assessment while it is graded below CR, and what VGPR or
 * CR waits on that the record does not hold: the urine (a negative urine immunofixation for CR; for VGPR also a 24-h
 * urine M-protein < 100 mg) and the marrow (plasma cells < 5%, CR). Null when not met, when nothing is awaited, or when
 * a result recorded rules CR out (a positive urine immunofixation, a marrow at 5% or more): the grade says why. */
function serumCrCriteriaOf(
  ctx: Context,
  grades: readonly { date: string; category: ResponseCategory }[],
): NonNullable<ResponseResult["serumCrCriteria"]> | null {
  const last = grades[grades.length - 1];
  if (last === undefined || RANK[last.category] >= RANK.CR || !serumCrMetAt(ctx, last.date)) return null;
  const ifeU = lastOfLine(ctx.pts.urineIfe, ctx.start, last.date)?.result ?? null;
  const marrow = marrowFor(ctx.pts.marrow, ctx.start, last.date)?.value ?? null;
  if (ifeU === "positive" || (marrow !== null && marrow >= 5)) return null;
  const awaiting: ("urine" | "marrow")[] = [];
  if (ifeU === null) awaiting.push("urine");
  if (marrow === null) awaiting.push("marrow");
  if (awaiting.length === 0) return null;
  let i = grades.length - 1;
  while (i > 0 && serumCrMetAt(ctx, grades[i - 1]!.date)) i--;
  return { since: grades[i]!.date, awaiting };
}

/** The serum criteria of CR met, in words (the graded basis; review c87-M5). */
function serumCrWords(c: NonNullable<ResponseResult["serumCrCriteria"]>, category: ResponseCategory): string {
  const urine = c.awaiting.includes("urine");
  const marrow = c.awaiting.includes("marrow");
  // VGPR already met (a urine M-protein < 100 mg/24 h): only CR's urine immunofixation is awaited.
  const what = !urine
    ? "CR depends on marrow plasma cells < 5%"
    : RANK[category] >= RANK.VGPR
      ? `CR depends on a negative urine immunofixation${marrow ? " and marrow plasma cells < 5%" : ""}`
      : `VGPR or CR depends on the urine (VGPR: a 24-h urine M-protein < 100 mg or a negative urine immunofixation; CR: a negative urine immunofixation)${marrow ? " and, for CR, marrow plasma cells < 5%" : ""}`;
  return ` The serum criteria of CR are met (serum M-protein not detected on electrophoresis, serum immunofixation negative) since ${c.since}; ${what} (IMWG 2016), not in the record.`;
}

/** `from`, or a baseline taken after the start of the line when it is later (assessments count after it). */
function laterBaseline(from: string, b: BaselineValue | null): string {
  return b?.fromAfterStart && compareDates(b.date, from) > 0 ? b.date : from;
}

/** Appends the dates of `xs` to `out`. */
function datesOf(xs: readonly { date: string }[], out: string[]): void {
  for (const x of xs) out.push(x.date);
}

/** The earliest date of `xs` after `from`, or null when there is none. */
function firstAfter(xs: readonly { date: string }[], from: string): string | null {
  let first: string | null = null;
  for (const x of xs)
    if (compareDates(x.date, from) > 0 && (first === null || compareDates(x.date, first) < 0)) first = x.date;
  return first;
}

/** The later of two dates, null when either is missing. */
function latest(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  return compareDates(b, a) > 0 ? b : a;
}

/** The distinct `dates` on or after `first`, sorted (sorted in place, then each repeat dropped). */
function distinctSortedFrom(dates: string[], first: string): string[] {
  let n = 0;
  for (const d of dates) if (compareDates(d, first) >= 0) dates[n++] = d;
  dates.length = n;
  dates.sort(compareDates);
  n = 0;
  for (const d of dates) if (n === 0 || dates[n - 1] !== d) dates[n++] = d;
  dates.length = n;
  return dates;
}

/** What every result about a line says: how it is measured, its baseline, and the lists built so far. */
type LineParts = Pick<
  ResponseResult,
  | "measurableBy"
  | "line"
  | "baseline"
  | "rules"
  | "missing"
  | "alerts"
  | "baselineUndated"
  | "pdByOlderWording"
  | "readFromCarTInfusion"
  | "flcRiseNotTheMeasure"
>;

/** A result with every field at its empty value or the line's (`common`), then `over` over it (see
 * model/merged.ts for why they are not spread into one object first). The line's parts are written into
 * the literal, in the result's key order, rather than assigned over empty ones. */
function emptyResult(
  basis: string,
  reason: string | null,
  common?: LineParts,
  over?: Partial<ResponseResult>,
): ResponseResult {
  const result: ResponseResult = {
    current: null,
    progression: null,
    confirmed: false,
    basis,
    reason,
    measurableBy: common?.measurableBy ?? [],
    relapseFromCr: false,
    antibodyInterference: false,
    confirmedCategory: null,
    bestConfirmed: null,
    gradeIfBandIsDisease: null,
    atLeast: null,
    mrd: null,
    responseDate: null,
    progressionDate: null,
    progressionDateFrom: null,
    clinicalRelapse: null,
    line: common?.line ?? null,
    baseline: common?.baseline ?? { serum: null, urine: null, dflc: null, marrow: null },
    alerts: common?.alerts ?? [],
    rules: common?.rules ?? [],
    missing: common?.missing ?? [],
  };
  if (common?.baselineUndated !== undefined) result.baselineUndated = common.baselineUndated;
  if (common?.pdByOlderWording !== undefined) result.pdByOlderWording = common.pdByOlderWording;
  if (common?.readFromCarTInfusion !== undefined) result.readFromCarTInfusion = common.readFromCarTInfusion;
  if (common?.flcRiseNotTheMeasure !== undefined) result.flcRiseNotTheMeasure = common.flcRiseNotTheMeasure;
  if (over !== undefined) Object.assign(result, over);
  return result;
}

/** What the not-measurable-line result reads besides the line's parts: the dFLC baseline pair when it was a
 * candidate measure (involved FLC >= 100 mg/L, serum and urine not measurable), the recorded light chain,
 * the measures whose current value has no date, and whether the FLC is measurable (null: not known). */
interface NotMeasurableInputs {
  flcCandidate: FlcPoint | undefined;
  lightChain: LightChain | null;
  undated: readonly ("serum" | "urine" | "flc")[];
  flcMeasTruth: boolean | null;
}

/** Whether any point is dated after `start`. */
function anyDatedAfter(xs: readonly { date: string }[], start: string): boolean {
  for (let i = 0; i < xs.length; i++) if (compareDates(xs[i]!.date, start) > 0) return true;
  return false;
}

/** The result of a line with nothing measurable at baseline (responseOfLine): what is missing, why, and a
 * dFLC rise that cannot be judged. A function of its own, apart from the grading: few records take it, and
 * its words and lists, met first long after responseOfLine is optimised, had that large function
 * deoptimised (and interpreted until optimised again) on generated records. */
function notMeasurableResult(
  common: LineParts,
  pts: Points,
  line: { number: number; start: string },
  head: string,
  words: boolean,
  { flcCandidate, lightChain, undated, flcMeasTruth }: NotMeasurableInputs,
): ResponseResult {
  const { baseline: base, missing, alerts } = common;
  if (base.serum === null) missing.push({ field: "series.serumMProtein", neededFor: "IMWG response" });
  if (base.urine === null) missing.push({ field: "series.urineMProtein", neededFor: "IMWG response" });
  if (base.dflc === null)
    missing.push({ field: "series.involvedFreeLightChain", neededFor: "IMWG response (FLC-only disease)" });
  const anyAfter = anyDatedAfter(pts.serum, line.start) || anyDatedAfter(pts.urine, line.start);
  const notKnown = missing.length > 0 ? `; not known: ${missing.map((m) => m.field).join(", ")}` : "";
  const flcWhy = flcCandidate !== undefined ? flcDirectionWords(flcCandidate, lightChain) : "";
  // On-treatment values with none before the start: the baseline is not known (never "not measurable").
  const valuesAfter =
    anyDatedAfter(pts.serum, line.start) ||
    anyDatedAfter(pts.urine, line.start) ||
    anyDatedAfter(pts.flc, line.start);
  // Review c85-m2: so with dated immunofixations on treatment and no value: CR is negative serum and urine
  // immunofixation, read of the disease measurable at baseline (criteria-and-scores.md 6.1, 6.2: follow what was
  // measurable; FLC-only disease also needs a normal FLC ratio), so what is missing is the baseline, not "no values".
  const ifeAfter = anyDatedAfter(pts.serumIfe, line.start) || anyDatedAfter(pts.urineIfe, line.start);
  const onTreatmentOnly =
    base.serum === null && base.urine === null && base.dflc === null && (valuesAfter || ifeAfter);
  const reason = onTreatmentOnly
    ? `baseline not known: no pre-treatment value (M-protein or free light chains on or before the start of line ${line.number}, ${line.start}) is recorded, so whether the disease was measurable cannot be judged (IMWG 2016: follow what was measurable at baseline); ${valuesAfter ? "the values on treatment are still read for progression" : "the immunofixations on treatment are graded once it is known"}; record the diagnostic M-protein and free light chains`
    : undated.length > 0
      ? `baseline not known: the ${undated.map((m) => UNDATED_WORDS[m]).join(" and ")} in the record ${undated.length > 1 ? "have" : "has"} no date, so whether ${undated.length > 1 ? "they are" : "it is"} from before the start of line ${line.number} (${line.start}) cannot be told; record the pre-treatment values with their dates`
      : base.serum === null && base.urine === null && base.dflc === null
        ? "no M-protein or FLC values in the record for this line"
        : flcMeasTruth === null
          ? `not known whether the disease is measurable (IMWG 2016: involved FLC >= 100 mg/L with the ratio abnormal for the involved chain): ${flcWhy}${notKnown}`
          : `disease not measurable by the baseline values in the record (IMWG 2016: serum >= 1 g/dL, urine >= 200 mg/24 h, or involved FLC >= 100 mg/L with the ratio abnormal for the involved chain)${
              flcWhy ? `: ${flcWhy}` : ""
            }${notKnown}`;
  // Review c14-5: with the baseline not known, a dFLC rise meeting the FLC progression rise cannot be called
  // (the FLC is the measure only when serum and urine were not measurable at baseline) nor read as none.
  const flcRise = onTreatmentOnly ? dflcRiseBaselineUnknown(pts, line.start) : null;
  if (flcRise !== null)
    alerts.push(
      alertFrom(
        "response.flc-rise-baseline-unknown",
        "warning",
        words
          ? `Possible progression on line ${line.number}: the dFLC rose from ${fmt(flcRise.nadir)} mg/L to ${fmt(flcRise.value)} mg/L on ${flcRise.date}${flcRise.confirmation?.by === "second-assessment" ? `, confirmed on ${flcRise.confirmation.on}` : ", not confirmed yet"}, the IMWG 2016 FLC progression rise (> 10 mg/dL and >= 25% from the lowest confirmed value). That criterion applies when the serum and urine M-protein were not measurable at baseline, and the baseline of this line is not known: progression cannot be judged from it. Record the pre-treatment M-protein and free light chains, and review the trend.`
          : "",
        [R.pdFlc],
      ),
    );
  // The reason is a phrase (it is also given alone as `reason`); after the head it starts a sentence.
  return emptyResult(words ? `${head} ${sentence(reason)}.` : "", reason, common, {
    progression: anyAfter && flcRise === null ? false : null,
    ...(onTreatmentOnly ? { baselineUnknown: true } : {}),
  });
}

/** A progression event in words (none without words). */
function pdText(e: PdEvent, words: boolean): string {
  return words
    ? `${LABEL[e.param]} ${fmt(e.value)} ${UNIT[e.param]} on ${e.date}, up from the lowest confirmed value ${fmt(e.nadirBelowZero ?? e.nadir)} ${UNIT[e.param]}${e.nadirBelowZero === undefined ? "" : ` (negative: the rise is counted from ${fmt(e.nadir)} ${UNIT[e.param]}, no excess of the involved chain)`} (${e.rule.text})`
    : "";
}

/** Why responseOfLine found the line progressed: recorded by the team, a new lesion on imaging, a confirmed rise. */
interface ProgressionEvidence {
  recorded: boolean;
  newLesion: boolean;
  confirmedPd: PdEvent | undefined;
}

/** The result of a line that has progressed (responseOfLine), with its date and the clinical-relapse reading.
 * A function of its own: most lines take the grading instead, and this code in responseOfLine made that
 * function larger, and so later optimised (V8 asks more calls of a larger function first). */
function progressedResult(
  facts: Facts,
  line: LineOfTherapy,
  common: LineParts,
  rules: RuleTrace[] | null,
  head: string,
  { recorded, newLesion, confirmedPd }: ProgressionEvidence,
): ResponseResult {
  const words = rules !== null;
  const { missing, alerts } = common;
  const why: string[] = [];
  const c = confirmedPd?.confirmation;
  if (confirmedPd && c?.by === "second-assessment") {
    why.push(`${pdText(confirmedPd, words)}, confirmed on ${c.on}`);
    rules?.push(trace(R.confirmProgression, { first: confirmedPd.date, second: c.on }));
  } else if (confirmedPd) {
    why.push(`${pdText(confirmedPd, words)} (a marrow result needs no confirming second assessment)`);
  }
  if (recorded) {
    why.push("progression recorded in the treatment history for this line");
    rules?.push(trace(R.pdRecorded, { line: line.number }));
  }
  if (newLesion) {
    why.push(`new lesion(s) on imaging${facts.imaging.date ? ` (${facts.imaging.date})` : ""}`);
    rules?.push(trace(R.pdNewLesion, { imagingDate: facts.imaging.date }));
  }
  // The progression date: the earliest of the three kinds of evidence (kumar-2016-lancet-oncol: PD is
  // "any one or more" of its criteria, so progression dates from the first met). A lab rise dates from
  // the first of its confirming assessments (the first test dates a category, criteria-and-scores.md
  // 6.2). The recorded date is the team's (often the date therapy changed, which can be later); it
  // counts from the entry's start, as refractoriness reads it (lines.ts). Refractoriness (IMWG 2011,
  // rajkumar-2011-blood: progression within 60 days of the last dose) reads this same date.
  let recordedDate: string | null = null;
  for (const i of line.entries) {
    const t = facts.treatmentHistory[i];
    if (t) recordedDate = earlierDate(recordedDate, recordedProgressionDate(t));
  }
  const imagingDate = newLesion ? facts.imaging.date : null;
  let progressionDate: string | null = null;
  let progressionDateFrom: ProgressionDateSource | null = null;
  const consider = (d: string | null | undefined, from: ProgressionDateSource) => {
    if (d == null || (progressionDate !== null && compareDates(d, progressionDate) >= 0)) return;
    progressionDate = d;
    progressionDateFrom = from;
  };
  consider(confirmedPd?.date, "lab-series");
  consider(recordedDate, "treatment-history");
  consider(imagingDate, "imaging");
  // The alert cites the measured event when there is one, else what the team recorded, else imaging.
  const alertRules = confirmedPd
    ? [confirmedPd.rule, ...(c?.by === "second-assessment" ? [R.confirmProgression] : [])]
    : [recorded ? R.pdRecorded : R.pdNewLesion];
  // criteria-and-scores.md 6.2: clinical relapse is a row of its own. A progression is critical unless
  // every clinical-relapse item is known absent (a biochemical-only relapse: a warning, the timing of the
  // next line being the team's decision); an item not known keeps it critical.
  const clinicalRelapse = assessClinicalRelapse(facts, line.start, progressionDate);
  if (rules) rules.push(...clinicalRelapseTraces(clinicalRelapse));
  for (const i of clinicalRelapse.items) missing.push(...i.missing);
  alerts.push(
    alertFrom(
      "response.progression",
      clinicalRelapse.met === false ? "warning" : "critical",
      words
        ? `Progressive disease on line ${line.number} (${line.regimens.join(" -> ")}): ${why.join("; ")}. ${clinicalRelapseShortWords(clinicalRelapse)}`
        : "",
      [...alertRules, ...clinicalRelapseRules(clinicalRelapse)],
    ),
  );
  const dateText =
    words && progressionDate !== null
      ? ` ${progressionDateWords(progressionDate, progressionDateFrom!, {
          lab: confirmedPd ? { date: confirmedPd.date, marrow: confirmedPd.param === "marrow" } : null,
          recorded: recordedDate,
          imaging: imagingDate,
        })}`
      : "";
  const basis = words ? `${head} Progressive disease (IMWG 2016): ${why.join("; ")}.${dateText}` : "";
  return emptyResult(basis, null, common, {
    current: "PD",
    progression: true,
    confirmed: true,
    progressionDate,
    progressionDateFrom,
    clinicalRelapse,
  });
}

/** Relapse from CR on the line (responseOfLine), with its alert: a confirmed CR, then M-protein back at two
 * consecutive assessments or marrow >= 5%; else M-protein back after a negative immunofixation. Apart from
 * responseOfLine for its size (few lines reach CR; see progressedResult). */
function relapseFromCrOf(
  pts: Points,
  line: LineOfTherapy,
  grades: readonly { date: string; category: ResponseCategory }[],
  rules: RuleTrace[] | null,
  alerts: ResponseAlert[],
): boolean {
  const words = rules !== null;
  // Relapse from CR: a confirmed CR, then M-protein back at two consecutive assessments, or marrow >= 5%.
  let relapseFromCr = false;
  const crPair = grades.findIndex(
    (g, i) => i > 0 && RANK[g.category] >= RANK.CR && RANK[grades[i - 1]!.category] >= RANK.CR,
  );
  if (crPair > 0) {
    const crDate = grades[crPair]!.date;
    const laterDates = assessmentDatesAfter(pts, crDate);
    const back = (d: string) => mProteinPresent(pts, d);
    const ifeBack = laterDates.some((d, i) => i > 0 && back(d) && back(laterDates[i - 1]!));
    const marrowBack = pts.marrow.some((p) => compareDates(p.date, crDate) > 0 && p.value >= 5);
    relapseFromCr = ifeBack || marrowBack;
    if (relapseFromCr) {
      rules?.push(
        trace(R.relapseFromCr, { crConfirmedOn: crDate, mProteinBack: ifeBack, marrowAtLeast5: marrowBack }),
      );
      alerts.push(
        alertFrom(
          "response.relapse-from-cr",
          "warning",
          `Relapse from CR on line ${line.number}: ${ifeBack ? "M-protein has reappeared at two consecutive assessments" : "marrow plasma cells >= 5%"} after CR confirmed on ${crDate}.`,
          [R.relapseFromCr],
        ),
      );
    } else {
      // Review c27-M2: M-protein back at the latest assessment alone after a confirmed CR (a newly positive
      // immunofixation) was re-graded "VGPR" without a word; every relapse and progression category needs two
      // consecutive assessments (criteria-and-scores.md 6.2): said as possible, with the repeat it needs.
      const latest = laterDates[laterDates.length - 1];
      if (latest !== undefined && back(latest)) {
        rules?.push(
          trace(R.relapseFromCr, { crConfirmedOn: crDate, mProteinBack: latest, confirmed: false }),
        );
        alerts.push(
          alertFrom(
            "response.relapse-from-cr-unconfirmed",
            "warning",
            words
              ? `Possible relapse from CR on line ${line.number}: M-protein present again on ${latest} (one assessment) after CR confirmed on ${crDate}. Repeat serum and urine immunofixation to confirm (IMWG 2016: a relapse needs two consecutive assessments). Relapse from CR is not progression: progression is judged on the IMWG thresholds (see the response).`
              : "",
            [R.relapseFromCr, R.confirmProgression],
          ),
        );
      }
    }
  }
  // Review c13-1: M-protein back after immunofixation was negative, with no CR graded from the values (no
  // marrow in the record). criteria-and-scores.md 6 (kumar-2016-lancet-oncol): relapse from CR is the
  // reappearance of M-protein on immunofixation or electrophoresis, a disease-free-survival end-point, not
  // progression. With CR recorded as the line's best response it is relapse from CR; otherwise it is named
  // as what it is, M-protein back after it was gone.
  if (!relapseFromCr) {
    const back = mProteinBackAfterNegativeIfe(pts, line.start);
    if (!back && crPair < 0) {
      const before = alerts.length;
      relapseFromCr = relapseFromSingleCr({ pts, line, grades, rules, alerts });
      // Review c90-m2: nothing said yet, CR recorded, and the serum M-protein back on electrophoresis after it was not
      // detected (no immunofixation recorded, so no CR graded from the values).
      if (alerts.length === before) relapseFromCr = mProteinBackAfterRecordedCr(pts, line, rules, alerts);
    } else if (back) {
      const crRecorded = line.bestResponse === "CR" || line.bestResponse === "sCR";
      relapseFromCr = crRecorded;
      rules?.push(
        trace(R.mProteinBack, {
          ifeNegative: back.negative.join(", "),
          mProteinBack: back.back.join(", "),
          crRecorded,
        }),
      );
      const values =
        back.serum.length === 2 ? `serum M-protein ${back.serum.join(", ")}` : back.back.join(", ");
      const where = `at two consecutive assessments (${values}) after serum immunofixation was negative from ${back.negative[0]} to ${back.negative[1]}`;
      alerts.push(
        crRecorded
          ? alertFrom(
              "response.relapse-from-cr",
              "warning",
              `Relapse from CR on line ${line.number}: M-protein has reappeared ${where}, with CR recorded as the line's best response (the marrow that confirms CR is not in the record). Relapse from CR is not progression: progression is judged on the IMWG thresholds (see the response).`,
              [R.relapseFromCr, R.mProteinBack],
            )
          : alertFrom(
              "response.m-protein-reappeared",
              "warning",
              `M-protein has reappeared on line ${line.number} ${where}. If CR had been confirmed (marrow plasma cells < 5%), this is relapse from CR; either way it is not progression by itself: progression is judged on the IMWG thresholds (see the response).`,
              [R.mProteinBack, R.relapseFromCr],
            ),
      );
    }
  }
  return relapseFromCr;
}

/** The alert id of the serum M-protein back after a recorded CR (review c90-m2): an info finding, stable for the
 * surfaces that word it (the handout). */
export const M_PROTEIN_BACK_AFTER_RECORDED_CR = "response.m-protein-back-after-recorded-cr";

/** Review c90-m2: lenalidomide maintenance with CR recorded as the line's best response, the serum M-protein 0 (not
 * detected on electrophoresis), then 0.2 and 0.3 g/dL; no immunofixation recorded, so no CR is graded from the values
 * and nothing was said ("PR", the handout "a good response"). criteria-and-scores.md 6.2: relapse from CR is the
 * reappearance of M-protein on immunofixation or electrophoresis (a disease-free-survival end-point, not progression:
 * the rise is judged on the PD thresholds, see the response), and a relapse needs two consecutive assessments. So, with
 * the line's recorded best response CR or sCR, the serum M-protein not detected on the line and present at its latest
 * assessment after that: an info finding naming the values, so the team watches it; relapse from CR (true) when present
 * at two consecutive assessments. Not a reason by itself to change therapy. */
function mProteinBackAfterRecordedCr(
  pts: Points,
  line: LineOfTherapy,
  rules: RuleTrace[] | null,
  alerts: ResponseAlert[],
): boolean {
  if (line.bestResponse !== "CR" && line.bestResponse !== "sCR") return false;
  const serum = pts.serum.filter((p) => compareDates(p.date, line.start) >= 0);
  let zero = -1;
  for (let i = 0; i < serum.length; i++) if (serum[i]!.value <= EPS) zero = i;
  const after = zero < 0 ? [] : serum.slice(zero + 1);
  if (after.length === 0 || !after.every((p) => p.value > EPS)) return false;
  const twice = after.length >= 2;
  const gone = serum[zero]!.date;
  const seen = after.map((p) => `${p.value} g/dL on ${p.date}`).join(", ");
  rules?.push(
    trace(R.relapseFromCr, { crRecorded: true, notDetectedOn: gone, mProteinBack: seen, confirmed: twice }),
  );
  alerts.push(
    alertFrom(
      M_PROTEIN_BACK_AFTER_RECORDED_CR,
      "info",
      rules !== null
        ? `M-protein back on line ${line.number} after CR recorded as the line's best response: serum M-protein not detected on ${gone}, then ${seen}${twice ? "" : " (one assessment; a relapse needs two consecutive assessments)"}. ${twice ? "Relapse from CR" : "Possible relapse from CR"} (IMWG 2016), a disease-free-survival term: not progression (progression is judged on the IMWG thresholds, see the response) and not by itself a reason to change therapy; watch the M-protein (immunofixation not recorded).`
        : "",
      [R.relapseFromCr],
    ),
  );
  return twice;
}

interface SingleCrInputs {
  pts: Points;
  line: LineOfTherapy;
  grades: readonly { date: string; category: ResponseCategory }[];
  rules: RuleTrace[] | null;
  alerts: ResponseAlert[];
}

/** The dates of the serum and urine M-protein and immunofixation results after `date`, each once, in order. */
function assessmentDatesAfter(pts: Points, date: string): string[] {
  return [...new Set([...pts.serum, ...pts.urine, ...pts.serumIfe, ...pts.urineIfe].map((p) => p.date))]
    .filter((d) => compareDates(d, date) > 0)
    .sort(compareDates);
}

/** Review c60-U1: a CR graded at one assessment (its second not done, or worse), then M-protein present again at a later
 * assessment: kappa light-chain disease in CR on lenalidomide maintenance (both immunofixations negative, marrow 3%)
 * found both immunofixations positive three years later and nothing was said (the "PR, confirmed" of the two dates
 * hid the loss of CR). criteria-and-scores.md 6.2: relapse from CR is the reappearance of M-protein on immunofixation
 * or electrophoresis (a disease-free-survival end-point, not progression), and every relapse needs two consecutive
 * assessments. With the record's best response CR (the team's grade confirms what the values show once): M-protein
 * present at the latest assessment only, a warning that it may be relapse from CR; at the last two, relapse from CR.
 * Without it, the M-protein back said as such (c61-M1). True when relapse from CR is read. */
function relapseFromSingleCr({ pts, line, grades, rules, alerts }: SingleCrInputs): boolean {
  // The team's own grade says CR: relapse from CR. Review c61-M1: the record silent, a single CR may be a stray
  // result (criteria-and-scores.md 6.2: relapse from CR needs a CR), but a response lost at the latest assessment is
  // said as what it is (response.m-protein-reappeared). Review c62-M1: only then, the CR the assessment before the
  // latest; a single negative immunofixation between positives, the band stable for 18 months since, is no news.
  const crRecorded = line.bestResponse === "CR" || line.bestResponse === "sCR";
  let cr: { date: string; category: ResponseCategory } | undefined;
  for (const g of grades) if (RANK[g.category] >= RANK.CR) cr = g;
  if (cr === undefined) return false;
  if (!crRecorded && grades[grades.length - 2]?.date !== cr.date) return false;
  const crDate = cr.date;
  const laterDates = assessmentDatesAfter(pts, crDate);
  const latest = laterDates[laterDates.length - 1];
  if (latest === undefined || !mProteinPresent(pts, latest)) return false;
  // When it came back (review c62-M1: the words named the last two assessments, not the first ones it was seen at).
  const first = laterDates.findIndex((d) => mProteinPresent(pts, d));
  const firstDate = laterDates[first] as string;
  const next = laterDates[first + 1];
  const twice = next !== undefined && mProteinPresent(pts, next);
  rules?.push(
    trace(R.relapseFromCr, {
      crGradedOn: crDate,
      crConfirmed: false,
      crRecorded,
      mProteinBack: twice ? `${firstDate}, ${next}` : firstDate,
      confirmed: crRecorded && twice,
    }),
  );
  const words = rules !== null;
  const since = laterDates.length > first + 2 ? " and since" : "";
  const seen = twice ? `on ${firstDate} and ${next}${since}` : `on ${firstDate} (one assessment)`;
  if (!crRecorded) {
    alerts.push(
      alertFrom(
        "response.m-protein-reappeared",
        "warning",
        words
          ? `M-protein present again on line ${line.number} ${seen} after CR graded on ${crDate} from one assessment (not confirmed by a second, and the record gives no CR as the line's best response). If that CR is confirmed (the marrow and both immunofixations of that time), this is relapse from CR; either way it is not progression by itself: progression is judged on the IMWG thresholds (see the response).`
          : "",
        [R.mProteinBack, R.relapseFromCr],
      ),
    );
    return false;
  }
  const crWords = `after CR graded on ${crDate} from one assessment (not confirmed by a second; the record gives CR as the line's best response)`;
  alerts.push(
    twice
      ? alertFrom(
          "response.relapse-from-cr",
          "warning",
          words
            ? `Relapse from CR on line ${line.number}: M-protein present again ${seen} ${crWords}. Relapse from CR is not progression: progression is judged on the IMWG thresholds (see the response).`
            : "",
          [R.relapseFromCr],
        )
      : alertFrom(
          "response.relapse-from-cr-unconfirmed",
          "warning",
          words
            ? `Possible relapse from CR on line ${line.number}: M-protein present again ${seen} ${crWords}. Repeat serum and urine immunofixation to confirm (IMWG 2016: a relapse needs two consecutive assessments). Relapse from CR is not progression: progression is judged on the IMWG thresholds (see the response).`
            : "",
          [R.relapseFromCr, R.confirmProgression],
        ),
  );
  return twice;
}

/** Months after an anti-CD38 antibody's last dose its band is still read as possible interference: the project's
 * reading (R.antibodyInterferenceWindow, UNVERIFIED; treatments.md 7b gives ~2-6 months for blood-bank testing
 * only, and criteria-and-scores.md 6.4 no window; review c69-W2). */
const ANTI_CD38_WINDOW_MONTHS = 6;

/** The anti-CD38 antibody of the line as the interference reading sees it at `date` (its latest assessment): the
 * latest given, its last dose (null while an entry giving it has no end), and whether `date` is within the window
 * after it. Null when no entry of the line gives one. */
interface AntiCd38Given {
  drug: string;
  lastDose: string | null;
  within: boolean;
  /** An entry with no end was stopped (a stop reason recorded): its last dose is not recorded. */
  stopped: boolean;
}

function antiCd38Given(facts: Facts, line: LineOfTherapy, date: string): AntiCd38Given | null {
  let found: AntiCd38Given | null = null;
  for (const i of line.entries) {
    const t = facts.treatmentHistory[i];
    const drug = t?.drugs.find((d) => drugClass(d) === DrugClass.antiCd38);
    if (t === undefined || drug === undefined) continue;
    // An entry with no end is given (its last dose not known) and outranks any ended one; else the latest end.
    if (
      found !== null &&
      (found.lastDose === null || (t.end !== null && compareDates(t.end, found.lastDose) <= 0))
    )
      continue;
    found = {
      drug: canonicalDrugName(drug),
      lastDose: t.end,
      within: true,
      stopped: t.end === null && t.stopReason !== null,
    };
  }
  if (found?.lastDose != null)
    found.within = compareDates(found.lastDose, addMonths(date, -ANTI_CD38_WINDOW_MONTHS)) >= 0;
  return found;
}

/** The antibody and its last dose in words: "daratumumab, being given", "daratumumab, last dose 2026-08-20". */
function antiCd38Words(g: AntiCd38Given): string {
  return `${g.drug}, ${g.lastDose !== null ? `last dose ${g.lastDose}` : g.stopped ? "stopped, its last dose not recorded" : "being given"}`;
}

/** Possible anti-CD38 antibody interference with the latest grade (responseOfLine): an anti-CD38 antibody given at
 * the latest assessment or within the window after its last dose (`given`), a small band still detected below CR
 * in IgG-kappa disease (criteria-and-scores.md 6.4), with its traces and alert; the heavy and light chains are
 * asked for when not recorded. Its reason; past the window, the words saying the band is graded as disease (review
 * c69-W2); else null. Apart from responseOfLine for its size (see progressedResult). */
function antibodyInterferenceOf(
  facts: Facts,
  pts: Points,
  last: { date: string; category: ResponseCategory },
  given: AntiCd38Given,
  missing: MissingInput[],
  rules: RuleTrace[] | null,
  alerts: ResponseAlert[],
): { reason: string } | { pastWindow: string } | null {
  const s = lastOnOrBefore(pts.serum, last.date);
  const ife = lastOnOrBefore(pts.serumIfe, last.date);
  const measured = s !== undefined && s.value > EPS;
  const detected = measured || ife?.result === "positive";
  const small = s === undefined || s.value <= 0.25 + EPS;
  if (!detected || !small) return null;
  const { heavyChain, lightChain } = facts.labs;
  if (heavyChain === null || lightChain === null) {
    missing.push({ field: "labs.heavyChain", neededFor: "anti-CD38 antibody interference check" });
    missing.push({ field: "labs.lightChain", neededFor: "anti-CD38 antibody interference check" });
    return null;
  }
  if (heavyChain !== "IgG" || lightChain !== "kappa") return null;
  rules?.push(
    trace(R.antibodyInterferenceWindow, {
      drug: given.drug,
      lastDose: given.lastDose,
      date: last.date,
      within: given.within,
    }),
  );
  if (!given.within)
    return {
      pastWindow: `The small IgG-kappa band is graded as disease: the anti-CD38 antibody (${given.drug}, last given ${given.lastDose}) was given more than ${ANTI_CD38_WINDOW_MONTHS} months before ${last.date} (the project's reading, UNVERIFIED: the reference gives no SPEP/IFE window after the last dose; ~2-6 months is its figure for blood-bank testing, treatments.md 7b).`,
    };
  const atLeast = last.category;
  const drugWords = antiCd38Words(given);
  rules?.push(trace(R.antibodyInterference, { mSpikeGDl: s?.value ?? null, serumIfe: ife?.result ?? null }));
  rules?.push(trace(R.antibodyInterferenceSmall, { mSpikeGDl: s?.value ?? null }));
  rules?.push(trace(R.antibodyInterferenceFloor, { date: last.date, atLeast }));
  alerts.push(
    alertFrom(
      "response.antibody-interference",
      "info",
      // Review c69-W2: a band seen on immunofixation only read "(0 g/dL)"; the antibody is named with its last dose.
      `Possible anti-CD38 antibody interference (${drugWords}): the small IgG-kappa band (${measured ? `${fmt(s.value)} g/dL` : "immunofixation positive"}) may be the antibody. The response is at least ${atLeast} (the antibody can only add to the band); CR cannot be judged until a daratumumab-specific immunofixation (DIRA or Hydrashift) is done.`,
      [
        R.antibodyInterference,
        R.antibodyInterferenceSmall,
        R.antibodyInterferenceFloor,
        R.antibodyInterferenceWindow,
      ],
    ),
  );
  return {
    reason: `possible therapeutic-antibody interference: an anti-CD38 antibody (${drugWords}; IgG1-kappa) with IgG-kappa disease and a small band; a daratumumab-specific IFE reflex assay (DIRA) or Hydrashift test would tell drug from disease`,
  };
}

/** What the basis of a graded line reads besides the grades (gradedBasis). */
interface GradedBasisInputs {
  confirmed: boolean;
  /** Graded on the marrow alone: confirmed without a second assessment. */
  marrowOnly: boolean;
  responseDate: string;
  /** The antibody-interference reason: the latest grade is then a floor, not graded below CR. */
  reason: string | null;
  /** The 24-h urine M-protein is asked for. */
  urineMissing: boolean;
  plasmacytoma: Facts["biopsy"]["plasmacytoma"];
  crPendingPlasmacytoma: boolean;
  /** The 2006/2011 wording reads a PD the 2016 grading does not (pdByLowestValue). */
  olderPd: boolean;
  relapseFromCr: boolean;
  /** The words saying a small IgG-kappa band past the anti-CD38 window is graded as disease (review c69-W2). */
  pastWindow: string | null;
  /** The serum criteria of CR met below a CR grade (review c87-M5). */
  serumCr: NonNullable<ResponseResult["serumCrCriteria"]> | null;
}

/** The basis of a graded line in words (responseOfLine, with words): its latest assessments, the grade and
 * whether it is confirmed. Apart from responseOfLine for its size (see progressedResult). */
function gradedBasis(
  head: string,
  grades: readonly { date: string; category: ResponseCategory; rules: readonly RuleDef[] }[],
  i: GradedBasisInputs,
): string {
  const last = grades[grades.length - 1]!;
  const prev = grades.length > 1 ? grades[grades.length - 2] : undefined;
  const latestText = grades
    .slice(-2)
    .map((g) => `${g.date}: ${g.category}`)
    .join(", ");
  const confText = i.marrowOnly
    ? `a marrow result, which needs no confirmation (IMWG; UNVERIFIED in the reference); response date ${i.responseDate}`
    : i.confirmed
      ? // Review c60-U1: a CR of 2023 and a PR of 2026 confirm a PR, but the response has been lost: said so.
        `confirmed by two consecutive assessments (${prev!.date}, ${last.date})${RANK[prev!.category] > RANK[last.category] ? `, down from ${prev!.category} on ${prev!.date}` : ""}; response date ${i.responseDate}`
      : prev
        ? `NOT CONFIRMED YET (the previous assessment, ${prev.date}, was ${prev.category})`
        : "NOT CONFIRMED YET (a single assessment; IMWG needs two consecutive)";
  const ruleText = last.rules.map((r) => r.text).join("; ");
  // With interference the grade met is the floor (atLeast).
  const atLeast = last.category;
  return (
    `${head} Assessments ${latestText}. ` +
    (i.reason !== null
      ? `Not graded below CR: ${i.reason}. ${atLeast} or better: the antibody can only add to the band, so the values meet at least ${atLeast} (${ruleText}), ${confText}.${atLeast === "PR" && i.urineMissing ? " VGPR also needs a 24-h urine M-protein < 100 mg, or a negative urine immunofixation, of this line (none in the record)." : ""} CR cannot be judged until a daratumumab-specific immunofixation (DIRA or Hydrashift) is done.`
      : `${last.category} (${ruleText}), ${confText}.${plasmacytomaText(i.plasmacytoma, last.category, i.crPendingPlasmacytoma)}${i.pastWindow !== null ? ` ${i.pastWindow}` : ""}${i.serumCr ? serumCrWords(i.serumCr, last.category) : ""}`) +
    (i.olderPd
      ? " No rise meeting the IMWG 2016 progression thresholds (from the lowest confirmed value); by the 2006/2011 wording (from the lowest value) PD is met: see the alert."
      : " No rise meeting the IMWG progression thresholds.") +
    (i.relapseFromCr ? " Relapse from CR." : "")
  );
}

/** A confirmed dFLC rise of the PD size on a disease the FLC is not the measure of (review c39-L4, c40-N3). */
export const FLC_ASIDE_ALERT = "response.flc-rise-not-the-measure";

/**
 * IMWG 2016 response and progression of the current (last) line of therapy, with the marrow MRD result
 * read with it (kumar-2016-lancet-oncol: MRD categories apply only in CR or sCR).
 * @example assessResponse(facts, assessLinesOfTherapy(facts)).current // "VGPR"
 */
export function assessResponse(
  facts: Facts,
  lines: Pick<LinesOfTherapyResult, "lines">,
  /** The record's dated series when the caller has collected them already (collectPoints(facts)). */
  points?: Points,
  /** codesOnly: no rule traces and no words (basis and alert texts are ""): the compact view reads only
   * the category, progression and alerts' ids; what the engine reads besides is the same either way. */
  options: { codesOnly?: boolean; alAmyloidosis?: boolean } = {},
): ResponseResult {
  const grades: { date: string; category: ResponseCategory }[] = [];
  const result = responseOfLine(facts, lines, points, options, grades);
  // Guarded: an index of -1 (no line) is a slow property look-up, not an element read.
  const line = lines.lines.length > 0 ? lines.lines[lines.lines.length - 1] : undefined;
  if (line !== undefined) {
    result.mrd = readMrd(facts, result.readFromCarTInfusion ?? line.start, result.current, grades);
    if (result.mrd !== null && options.codesOnly !== true)
      result.rules.push(
        trace(R.mrd, {
          result: result.mrd.result,
          date: result.mrd.date,
          response: result.current,
          responseAtMarrow: result.mrd.responseAtMarrow ?? null,
          reading: result.mrd.reading,
        }),
      );
  }
  return result;
}

/** The response and progression of the current line (assessResponse without the MRD reading). */
function responseOfLine(
  facts: Facts,
  lines: Pick<LinesOfTherapyResult, "lines">,
  points: Points | undefined,
  { codesOnly = false, alAmyloidosis = false }: { codesOnly?: boolean; alAmyloidosis?: boolean },
  /** Filled with the line's grades by assessment date, oldest first (the MRD is read with the one of its
   * marrow's date). */
  gradesOut: { date: string; category: ResponseCategory }[] = [],
): ResponseResult {
  const lineAsCounted = lines.lines.length > 0 ? lines.lines[lines.lines.length - 1] : undefined;
  if (!lineAsCounted) {
    return emptyResult(
      "No treatment in the record: response is assessed against a line of therapy.",
      "no line of therapy in the record",
    );
  }
  // Review c88-M1: after a BCMA CAR-T infusion the line is read from the infusion (the bridging values before it are
  // its baseline, not a response of the line): the line's start moves to the infusion day for every reading below but
  // the clinical-relapse items and new lesions, which keep the line's own start (a progression is never hidden).
  const carTDay = carTInfusionDayOf(facts, lineAsCounted);
  const line = carTDay === null ? lineAsCounted : { ...lineAsCounted, start: carTDay };
  // The record's current (undated) immunofixation results join an assessment of asOf when there is one
  // (current-ife.ts); otherwise they are not used, and the record is asked for their date.
  const { pts, undatedNotUsed } = withCurrentImmunofixation(points ?? collectPoints(facts), facts);
  const words = !codesOnly;
  // Null without words: every `rules?.push(trace(...))` below then builds nothing.
  const rules: RuleTrace[] | null = words ? [] : null;
  const missing: MissingInput[] = [];
  for (const field of undatedNotUsed)
    need(
      missing,
      field,
      `the response grade: this immunofixation has no date, so it is not used for the grade or its confirmation (IMWG 2016: two consecutive assessments); record it with its date in ${field.replace("labs.", "series.")}`,
    );
  const alerts: ResponseAlert[] = [];
  // The FLC pair of the dFLC baseline (collectPoints gives one pair per date, so it is the pair the
  // baseline's date names).
  const baseFlc = flcBaselineOf(pts.flc, line.start);
  const dflcWhyNot = baseFlc === undefined ? null : dflcNotUsable(baseFlc.dflc);
  const base = {
    serum: baselineOf(pts.serum, line.start),
    urine: baselineOf(pts.urine, line.start),
    dflc:
      baseFlc === undefined
        ? null
        : {
            date: baseFlc.date,
            value: baseFlc.dflc,
            fromAfterStart: compareDates(baseFlc.date, line.start) > 0,
            ...(dflcWhyNot === null ? {} : { notUsable: dflcWhyNot }),
          },
    // A marrow after the start of the line is a response marrow, never a baseline.
    marrow: marrowBaselineOf(pts.marrow, line.start),
  };
  // Review c88-M1: after a CAR-T infusion, a serum or urine M-protein measurable at the line's own start (before the
  // bridging therapy) stays followed when the bridging brought it below the level by the infusion (the project's
  // reading, UNVERIFIED: the reference does not say where a CAR-T line's measurability is judged).
  const measurableAtLineStart = (xs: readonly Point[], level: number) => {
    const v = carTDay === null ? undefined : lastOnOrBefore(xs, lineAsCounted.start);
    return v !== undefined && v.value >= level - EPS;
  };
  const serumMeas =
    base.serum !== null && (base.serum.value >= 1 - EPS || measurableAtLineStart(pts.serum, 1));
  const urineMeas =
    base.urine !== null && (base.urine.value >= 200 - EPS || measurableAtLineStart(pts.urine, 200));
  // FLC-measurable (kumar-2016-lancet-oncol, section 6.1): involved FLC >= 100 mg/L with the ratio abnormal
  // in the direction of the involved chain (criteria-and-scores.md 1.3): a ratio abnormal the other way is
  // not the clone's excess. Unknown (null) when the light chain is not recorded and the two readings
  // disagree: then neither the FLC nor, below it, the marrow is followed (missing is not "not measurable").
  const flcCandidate = !serumMeas && !urineMeas && baseFlc !== undefined && baseFlc.involved >= 100 - EPS;
  const flcMeasTruth: boolean | null = flcCandidate ? baseFlc.abnormalForInvolved : false;
  const flcMeas = flcMeasTruth === true;
  if (flcMeasTruth === null)
    need(missing, "labs.lightChain", "IMWG response (FLC ratio abnormal for the involved chain)");
  // Review c13-2: a measure with no dated baseline whose current value in `labs` has no date and would be
  // measurable: measurability is not known (missing is not "not measurable"), so the marrow is not followed
  // in its place, and the record is asked for the value's date.
  // The FLC is the measure only when serum and urine are not (6.1): an undated FLC matters only then.
  const undated = undatedMeasurable(
    facts,
    base.serum,
    base.urine,
    baseFlc === undefined && !serumMeas && !urineMeas,
  );
  for (const m of undated)
    need(
      missing,
      UNDATED_FIELD[m],
      `the response baseline of line ${line.number} (from ${line.start}): this value has no date, so it cannot be told from a value on treatment; record the pre-treatment value with its date in ${UNDATED_FIELD[m].replace("labs.", "series.")}`,
    );
  const marrowMeas =
    undated.length === 0 &&
    !serumMeas &&
    !urineMeas &&
    flcMeasTruth === false &&
    base.marrow !== null &&
    base.marrow.value >= 30;
  const followed: Followed = { serum: serumMeas, urine: urineMeas, flc: flcMeas, marrow: marrowMeas };
  const measurableBy: ResponseResult["measurableBy"] = [];
  if (serumMeas) measurableBy.push("serum");
  if (urineMeas) measurableBy.push("urine");
  if (flcMeas) measurableBy.push("flc");
  if (marrowMeas) measurableBy.push("marrow");
  rules?.push(
    trace(R.measurable, {
      serumGDl: base.serum?.value ?? null,
      urineMg24h: base.urine?.value ?? null,
      involvedFlcMgL: baseFlc?.involved ?? null,
      lightChain: facts.labs.lightChain,
      flcRatioNormal: baseFlc?.ratioNormal ?? null,
      flcRatioAbnormalForInvolvedChain: baseFlc?.abnormalForInvolved ?? null,
      measurableBy: measurableBy.join(", ") || "none",
    }),
  );
  rules?.push(
    trace(R.baseline, {
      lineStart: line.start,
      baselineDate: base.serum?.date ?? base.urine?.date ?? base.dflc?.date ?? null,
      fromAfterStart: [base.serum, base.urine, base.dflc].some((b) => b?.fromAfterStart === true),
    }),
  );
  // A zero or negative dFLC (involved chain not above the uninvolved one) is no measure: kumar-2016-lancet-
  // oncol gives the dFLC criteria as percentages of the involved chain's excess (progression.ts dflcUsable).
  // Such a ratio is never abnormal for the involved chain, so the FLC is not followed (the marrow is, when
  // it can be); detectProgression reads no dFLC rise from it.
  if (dflcWhyNot !== null && baseFlc !== undefined)
    rules?.push(
      trace(R.dflcNotAMeasure, {
        date: baseFlc.date,
        dflcMgL: baseFlc.dflc,
        involvedFlcMgL: baseFlc.involved,
        uninvolvedFlcMgL: baseFlc.uninvolved,
        why: dflcWhyNot,
      }),
    );
  const head = words
    ? `Line ${line.number} (${line.regimens.join(" -> ")}, from ${lineAsCounted.start}${carTDay === null ? "" : `; read from the CAR-T infusion on ${carTDay}, the values on or before it being the baseline (the project's reading, UNVERIFIED: the reference gives no CAR-T baseline)`}). Baseline: ${baselineWords(base, baseFlc) || "none"}.`
    : "";

  // Progression: recorded by the team, new lesions, or a rise from the nadir (any line parameter).
  // The marrow PD criterion is for disease without measurable FLC (kumar-2016-lancet-oncol): while FLC
  // measurability is unknown (light chain not recorded), it is not read as if FLC were not measurable.
  // The dFLC PD criterion is for measurable FLC (with serum and urine not measurable): a FLC that was never
  // measurable gives no dFLC PD (criteria-and-scores.md 6.1, 6.2 PD row).
  const measurableAtBaseline = { serum: serumMeas, urine: urineMeas, flc: flcMeasTruth };
  const pd = detectProgression(pts, line.start, measurableAtBaseline);
  const recorded = line.progressed === true;
  const newLesion =
    facts.imaging.newLesions === true &&
    (facts.imaging.date === null || compareDates(facts.imaging.date, lineAsCounted.start) >= 0);
  const confirmedPd = pd.find((e) => e.confirmed);
  const pendingPd = pd.find((e) => !e.confirmed);
  for (const e of pd) {
    rules?.push(
      trace(e.rule, {
        param: e.param,
        date: e.date,
        value: e.value,
        nadir: e.nadir,
        ...(e.nadirBelowZero === undefined ? {} : { lowestConfirmed: e.nadirBelowZero }),
      }),
    );
    if (e.nadirBelowZero !== undefined)
      rules?.push(trace(R.pdFlcNadirBelowZero, { lowestConfirmed: e.nadirBelowZero, from: e.nadir }));
  }

  const common: LineParts = {
    measurableBy,
    line: line.number,
    baseline: base,
    rules: rules ?? [],
    missing,
    alerts,
    ...(undated.length > 0 ? { baselineUndated: undated } : {}),
    ...(carTDay === null ? {} : { readFromCarTInfusion: carTDay }),
  };

  if (recorded || newLesion || confirmedPd)
    return progressedResult(facts, lineAsCounted, common, rules, head, { recorded, newLesion, confirmedPd });

  // A dFLC rise that is progression only when measured from a negative lowest value itself (the reading
  // progression.ts dflcRiseFrom does not take): not called, but shown, never silently normal.
  const belowZero = dflcRiseOnlyFromBelowZero(pts, line.start, measurableAtBaseline);
  if (belowZero !== null) {
    rules?.push(
      trace(R.pdFlcNadirBelowZero, {
        date: belowZero.date,
        value: belowZero.value,
        lowestConfirmed: belowZero.nadir,
      }),
    );
    const c = belowZero.confirmation;
    alerts.push(
      alertFrom(
        "response.dflc-rise-from-negative-nadir",
        "warning",
        words
          ? `dFLC ${fmt(belowZero.value)} mg/L on ${belowZero.date}${c?.by === "second-assessment" ? ` (again on ${c.on})` : " (not confirmed yet)"} is ${fmt(belowZero.value - belowZero.nadir)} mg/L above the lowest confirmed value ${fmt(belowZero.nadir)} mg/L, which is negative (the uninvolved chain higher). IMWG 2016 does not say how a rise is measured from a negative dFLC: counted from 0 (no excess of the involved chain) it is ${fmt(belowZero.value)} mg/L, not above 10 mg/dL (100 mg/L), so progression is not called; counted from ${fmt(belowZero.nadir)} mg/L it would be. Review the free light chain trend.`
          : "",
        [R.pdFlc, R.pdFlcNadirBelowZero],
      ),
    );
  }

  // The 2006/2011 wording's reading (from the lowest value, confirmed or not; the dFLC when it is the measure):
  // the versions differ when it gives a PD the 2016 grading has not confirmed (criteria-and-scores.md 6.2 (a)).
  // Read before a pending PD returns too (review c41-M1: a confirmed older PD was dropped while the 2016 one
  // awaited its repeat).
  // AL amyloidosis follows the FLC by its own haematologic criteria (treatments.md 6; review c41-W2): the
  // myeloma readings of the dFLC below (the older wording's, "not the measure") are not made there.
  const older = pdByLowestValue(
    pts,
    line.start,
    followed.flc && !alAmyloidosis ? usableDflc(pts, line.start) : null,
  );
  if (older !== null) common.pdByOlderWording = older;

  // A PD met once, awaiting its confirming second assessment: a possible progression, shown to the
  // clinician whether or not the disease was measurable at baseline (the serum and urine PD criteria are
  // read on every line, so a rise on non-measurable disease is as possible a progression as any other).
  if (pendingPd) {
    rules?.push(trace(R.confirmProgression, { first: pendingPd.date, second: null }));
    alerts.push(
      alertFrom(
        "response.progression-unconfirmed",
        "warning",
        words
          ? `Possible progression on line ${line.number}: repeat test to confirm (IMWG: a second consecutive assessment). ${sentence(pdText(pendingPd, words))}.`
          : "",
        [pendingPd.rule, R.confirmProgression],
      ),
    );
    const notMeasurable =
      measurableBy.length === 0
        ? " The disease was not measurable at baseline (IMWG 2016: serum >= 1 g/dL, urine >= 200 mg/24 h, or involved FLC >= 100 mg/L with the ratio abnormal for the involved chain): no response category is graded, but the progression criteria are read on every line."
        : "";
    return emptyResult(
      words
        ? `${head} ${sentence(pdText(pendingPd, words))}: progressive disease NOT CONFIRMED YET (needs a second consecutive assessment).${notMeasurable}`
        : "",
      null,
      common,
      { current: "PD", progression: null, confirmed: false, progressionDate: pendingPd.date },
    );
  }

  // No PD by the 2016 wording, but one by the 2006/2011 wording (from the lowest value, confirmed or not):
  // the versions differ (criteria-and-scores.md 6.2 (a)), so the rise is shown as a possible progression,
  // on or off therapy, measurable or not. Not called: the engine grades by Kumar 2016.
  if (older !== null) {
    const unit = UNIT[older.param];
    rules?.push(
      trace(R.pdVersionsDiffer, {
        param: older.param,
        lowestValue: older.nadir,
        lowestValueDate: older.nadirDate,
        pdOn: older.date,
        confirmedOn: older.confirmedOn,
        pd2016: "not met",
      }),
    );
    alerts.push(
      alertFrom(
        "response.pd-versions-differ",
        "warning",
        words
          ? `Possible progression on line ${line.number}: ${older.confirmedOn === null ? "repeat test to confirm; " : ""}the IMWG versions differ. By the 2006/2011 wording (from the lowest response value), ${LABEL[older.param]} rose from ${fmt(older.nadir)} ${unit} on ${older.nadirDate} to PD on ${older.date}${older.confirmedOn === null ? ", not confirmed yet" : `, confirmed on ${older.confirmedOn}`}; by the 2016 wording (from the lowest confirmed response value), PD is not met. Review the trend.`
          : "",
        [
          older.param === "serum" ? R.pdSerum : older.param === "urine" ? R.pdUrine : R.pdFlc,
          R.pdVersionsDiffer,
        ],
      ),
    );
  }

  // Review c39-L4, c40-N3: a confirmed dFLC rise of the PD size while the FLC is not the followed measure is said
  // for review, never read as progression (6.1: the FLC is followed only when serum and urine are not measurable
  // and it is). With no baseline at all, flc-rise-baseline-unknown below says it instead.
  const flcAside =
    followed.flc ||
    alAmyloidosis ||
    (base.serum === null && base.urine === null && base.dflc === null) ||
    older?.confirmedOn != null
      ? null
      : dflcRiseNotFollowed(pts, line.start, null);
  if (flcAside !== null) {
    const confirmedOn =
      flcAside.confirmation?.by === "second-assessment" ? flcAside.confirmation.on : flcAside.date;
    const nadirDate = flcNadirDate(pts.flc, flcAside.nadir, flcAside.date);
    const creatinine = creatinineOverRise(facts, nadirDate ?? line.start);
    common.flcRiseNotTheMeasure = {
      date: flcAside.date,
      value: flcAside.value,
      nadir: flcAside.nadir,
      nadirDate,
      confirmedOn,
      creatinine,
    };
    const why =
      serumMeas || urineMeas
        ? `the IMWG measure of this disease is the ${serumMeas && urineMeas ? "serum and urine" : serumMeas ? "serum" : "urine"} M-protein (measurable at the line's baseline), and the FLC is followed only when neither the serum nor the urine M-protein is measurable (IMWG 2016)`
        : undated.length > 0
          ? "whether the FLC is the measure is not known (a baseline value has no date)"
          : flcMeasTruth === null
            ? "whether the FLC is the measure is not known (the light chain is not recorded and the FLC readings disagree)"
            : "the FLC was not measurable at the line's baseline (IMWG 2016: involved FLC >= 100 mg/L with the ratio abnormal for the involved chain)";
    alerts.push(
      alertFrom(
        FLC_ASIDE_ALERT,
        "warning",
        words
          ? `The dFLC rose on line ${line.number} from ${fmt(flcAside.nadir)} mg/L to ${fmt(flcAside.value)} mg/L on ${flcAside.date}, confirmed on ${confirmedOn}: ${DFLC_PD_SIZE_WORDS}. It is not read as progression: ${why}. Review it with the team (24-h urine M-protein, marrow, imaging); if the team reads it as progression, record it in the treatment history with its date.${creatinineOverRiseWords(facts, lineAsCounted.start, creatinine)}`
          : "",
        [R.pdFlc],
      ),
    );
  }

  if (measurableBy.length === 0)
    return notMeasurableResult(common, pts, line, head, words, {
      flcCandidate: flcCandidate ? baseFlc : undefined,
      lightChain: facts.labs.lightChain,
      undated,
      flcMeasTruth,
    });

  // Assessment dates after the start of the line (and after a baseline taken after it).
  let from = line.start;
  if (followed.serum) from = laterBaseline(from, base.serum);
  if (followed.urine) from = laterBaseline(from, base.urine);
  if (followed.flc) from = laterBaseline(from, base.dflc);
  if (followed.marrow) from = laterBaseline(from, base.marrow);
  // Every date of a followed parameter (or a serum immunofixation) is a candidate; the gradable ones are
  // those after `from` at which each followed parameter has a value, that is on or after the first value
  // after `from` of every followed parameter (serum: or its immunofixation).
  const candidates: string[] = [];
  if (followed.serum) datesOf(pts.serum, candidates);
  if (followed.urine) datesOf(pts.urine, candidates);
  if (followed.flc) datesOf(pts.flc, candidates);
  if (followed.marrow) datesOf(pts.marrow, candidates);
  datesOf(pts.serumIfe, candidates);
  datesOf(pts.urineIfe, candidates);
  let firstGradable: string | null = "";
  if (followed.serum)
    firstGradable = latest(
      firstGradable,
      earlierDate(firstAfter(pts.serum, from), firstAfter(pts.serumIfe, from)),
    );
  if (followed.urine) firstGradable = latest(firstGradable, firstAfter(pts.urine, from));
  if (followed.flc) firstGradable = latest(firstGradable, firstAfter(pts.flc, from));
  if (followed.marrow) firstGradable = latest(firstGradable, firstAfter(pts.marrow, from));
  const gradable = firstGradable === null ? [] : distinctSortedFrom(candidates, firstGradable);
  const pc = facts.biopsy.plasmacytoma;
  const ctx: Context = {
    pts,
    start: line.start,
    base,
    followed,
    missing,
    softTissuePlasmacytoma: pc !== null && pc.count > 0 && pc.site !== "bone",
    crPending: { plasmacytoma: false },
  };
  const grades: { date: string; category: ResponseCategory; rules: readonly RuleDef[] }[] = [];
  // What a grade lacks is asked for the latest assessment only: an earlier one lacked what came later (a
  // urine immunofixation done after it), which the latest grade reads.
  const earlier: Context = { ...ctx, missing: [], crPending: { plasmacytoma: false } };
  for (let i = 0; i < gradable.length; i++) {
    const d = gradable[i]!;
    const g = gradeAt(i === gradable.length - 1 ? ctx : earlier, d);
    grades.push({ date: d, category: g.category, rules: g.rules });
    gradesOut.push({ date: d, category: g.category });
  }

  const last = grades.length > 0 ? grades[grades.length - 1] : undefined;
  if (!last) {
    // Review c14-6: a followed parameter not measured since the start while another value was (the baseline
    // urine not repeated while the FLC is followed weekly) is what the grade waits on: said, not "no
    // assessment".
    const since = (xs: readonly { date: string }[]) => firstAfter(xs, from) !== null;
    const notRepeated: ("serum" | "urine" | "flc" | "marrow")[] = [];
    if (followed.serum && !since(pts.serum) && !since(pts.serumIfe)) notRepeated.push("serum");
    if (followed.urine && !since(pts.urine)) notRepeated.push("urine");
    if (followed.flc && !since(pts.flc)) notRepeated.push("flc");
    if (followed.marrow && !since(pts.marrow)) notRepeated.push("marrow");
    const measuredSince: ("serum" | "urine" | "flc")[] = [];
    if (since(pts.serum)) measuredSince.push("serum");
    if (since(pts.urine)) measuredSince.push("urine");
    if (since(pts.flc)) measuredSince.push("flc");
    if (notRepeated.length > 0 && measuredSince.length > 0) {
      const lacking = notRepeated.map((m) => NOT_REPEATED_WORDS[m]).join(" and ");
      const unused = measuredSince.filter((m) => !followed[m]).map((m) => NOT_REPEATED_WORDS[m]);
      const reason = `not gradable yet: the ${lacking}, measurable at baseline, ${notRepeated.length > 1 ? "have" : "has"} not been measured since ${carTDay === null ? "the start of the line" : `the CAR-T infusion on ${carTDay}`} (IMWG 2016 follows every parameter measurable at baseline)${
        unused.length > 0
          ? // Review c69-m4: "while it is measurable" read as if the unused value were the measurable one.
            `; the ${unused.join(" and ")} measured since ${unused.length > 1 ? "are" : "is"} not used for the grade: not measurable at baseline`
          : ""
      }`;
      return emptyResult(words ? `${head} ${sentence(reason)}.` : "", reason, common, {
        progression: null,
        notRepeated,
      });
    }
    // Review c88-M1: after a CAR-T infusion, nothing measured since it: not yet assessable. The reference gives no day
    // for the first assessment after the infusion (treatments.md 5b, 10), so none is said.
    const reason =
      carTDay === null
        ? "no assessment after the start of the line yet"
        : `not yet assessable: no assessment since the CAR-T infusion on ${carTDay} (the values before it are the line's baseline)`;
    return emptyResult(words ? `${head} ${sentence(reason)}.` : "", reason, common, { progression: null });
  }
  const prev = grades.length > 1 ? grades[grades.length - 2] : undefined;
  // Graded on the marrow alone (oligosecretory disease): marrow results need no confirmation (criteria-and-scores.md
  // 6.2, UNVERIFIED; review c48-F7: a PR on the marrow, 50% -> 12%, read "NOT CONFIRMED YET").
  const marrowOnly = measurableBy.length === 1 && measurableBy[0] === "marrow";
  const confirmed = marrowOnly || (prev !== undefined && RANK[prev.category] >= RANK[last.category]);
  const confirmedCategory = marrowOnly ? last.category : prev ? worse(prev.category, last.category) : null;
  let bestConfirmed: ResponseCategory | null = null;
  for (let i = marrowOnly ? 0 : 1; i < grades.length; i++) {
    const pair = marrowOnly ? grades[i]!.category : worse(grades[i - 1]!.category, grades[i]!.category);
    bestConfirmed = bestConfirmed === null ? pair : better(bestConfirmed, pair);
  }
  // Review c27-M1: the record's best response above the best the values confirm (VGPR recorded, PR graded) was
  // left unexplained: when an earlier assessment's VGPR waited on a 24-h urine, the urine is asked for too (the
  // clinician summary says why the two differ).
  const recordedBest =
    line.bestResponse !== null && Object.hasOwn(RANK, line.bestResponse)
      ? (line.bestResponse as ResponseCategory)
      : null;
  const recordedAbove =
    recordedBest !== null && bestConfirmed !== null && RANK[recordedBest] > RANK[bestConfirmed];
  const urineForVgpr =
    recordedAbove && RANK[bestConfirmed!] < RANK.VGPR
      ? earlier.missing.find((m) => m.field === URINE_FIELD)
      : undefined;
  if (urineForVgpr && !missing.some((m) => m.field === URINE_FIELD)) missing.push(urineForVgpr);
  for (const r of last.rules) rules?.push(trace(r, { date: last.date, category: last.category }));
  if (CATEGORY_RULE[last.category] !== last.rules[0])
    rules?.push(trace(CATEGORY_RULE[last.category], { date: last.date }));
  // The response date: the first of the run of assessments, up to the latest, at or above its category.
  let runStart = grades.length - 1;
  while (runStart > 0 && RANK[grades[runStart - 1]!.category] >= RANK[last.category]) runStart--;
  const responseDate = grades[runStart]!.date;
  rules?.push(
    trace(R.confirmResponse, {
      latest: last.date,
      previous: prev?.date ?? null,
      confirmed,
      responseDate,
    }),
  );

  const relapseFromCr = relapseFromCrOf(pts, line, grades, rules, alerts);
  // Review c88-m1: in AL amyloidosis the protein back is the amyloid-forming light chain, and its progression is not
  // judged on the myeloma thresholds (treatments.md 6: AL response levels, no AL progression criteria).
  if (alAmyloidosis && words)
    for (const a of alerts) if (RELAPSE_FROM_CR_ALERTS.has(a.id)) a.text = alRelapseWords(a.text);

  // Daratumumab / anti-CD38 interference with a small IgG-kappa band, while the antibody is given or within the
  // window after its last dose (criteria-and-scores.md 6.4 "on"; review c69-W2: any anti-CD38 of the line counted,
  // 13-16 months after its last dose).
  const given = RANK[last.category] < RANK.CR ? antiCd38Given(facts, line, last.date) : null;
  const interference = given ? antibodyInterferenceOf(facts, pts, last, given, missing, rules, alerts) : null;
  const reason = interference !== null && "reason" in interference ? interference.reason : null;
  const antibodyInterference = reason !== null;
  const serumCr = antibodyInterference ? null : serumCrCriteriaOf(ctx, grades);
  // A floor, not a grade: the antibody adds to the measured band and never takes from it, so the disease's own
  // fall is at least the measured one and the category met stands; CR is not judged (criteria-and-scores.md
  // 6.4: flag "rather than grading as <CR").
  const current: ResponseCategory | null = antibodyInterference ? null : last.category;
  const gradeIfBandIsDisease: ResponseCategory | null = antibodyInterference ? last.category : null;
  const atLeast: ResponseCategory | null = antibodyInterference ? last.category : null;

  // Review c28-M4: on an anti-CD38 antibody with IgG-kappa disease, the M-protein "back" after CR may be the
  // antibody's band: the relapse-from-CR alerts say so beside the interference they would otherwise contradict.
  if (antibodyInterference && words)
    for (const a of alerts)
      if (a.id === "response.relapse-from-cr" || a.id === "response.relapse-from-cr-unconfirmed")
        a.text +=
          " The band may be the anti-CD38 antibody (IgG-kappa disease on it): a daratumumab-specific immunofixation (DIRA or Hydrashift) tells drug from disease before this is called a relapse.";

  // The basis in words (none in codes-only mode).
  const basis = words
    ? gradedBasis(head, grades, {
        confirmed,
        marrowOnly,
        responseDate,
        reason,
        urineMissing: missing.some((m) => m.field === "series.urineMProtein"),
        plasmacytoma: pc,
        crPendingPlasmacytoma: ctx.crPending.plasmacytoma,
        olderPd: older !== null,
        relapseFromCr,
        pastWindow: interference !== null && "pastWindow" in interference ? interference.pastWindow : null,
        serumCr,
      })
    : "";

  return emptyResult(basis, reason, common, {
    current,
    progression: false,
    confirmed,
    confirmedCategory,
    bestConfirmed,
    relapseFromCr,
    antibodyInterference,
    gradeIfBandIsDisease,
    atLeast,
    responseDate: current === null ? null : responseDate,
    ...(serumCr === null ? {} : { serumCrCriteria: serumCr }),
  });
}

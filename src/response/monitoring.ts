/** What is due next for people who are watched or treated: tests, intervals, overdue items. */

import type { CitationId } from "../model/bibliography/index.js";
import type { DiagnosisCategory } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import { type RuleDef, type RuleTrace, trace } from "../model/trace.js";
import { alertFrom, type ResponseAlert } from "./alert.js";
import { addMonths, compareDates, earlierDate } from "./dates.js";
import { radiotherapyBeingGiven, radiotherapyGiven } from "./radiotherapy.js";
import { MONITORING_RULES as R, RESPONSE_RULES } from "./rules.js";
import { collectPoints, type Point, type Points } from "./series.js";

export interface MonitoringItem {
  /** e.g. "serum protein electrophoresis", "free light chains", "CBC", "creatinine", "calcium". */
  test: string;
  /** Last date found in the record, or null when never done. */
  lastDone: string | null;
  /** ISO date when it is next due: the shorter end of the reference's interval range. */
  due: string;
  /** Past the longer end of the interval range (`overdueAfter` has passed); never for a test with no dated result.
   * Review c60-M4: it was true from the shorter end. */
  overdue: boolean;
  /** Added 2026-12-06 (review c60-M4): "not-due" before `due`; "due" from `due` (the shorter end of the range) up
   * to `overdueAfter` (the longer end) and for a test with no dated result; "overdue" after `overdueAfter`. Set by
   * every engine from 0.2.75; absent in older stored assessments (read `overdue` there). */
  status?: MonitoringStatus;
  /** Added 2026-12-06: the ISO date after which the test is overdue (the longer end of the range; the same as `due`
   * where the reference gives one interval), or null for a test with no dated result. */
  overdueAfter?: string | null;
  intervalText: string;
  citations: CitationId[];
}

/** Where a monitored test stands at asOf (review c60-M4). */
export type MonitoringStatus = "not-due" | "due" | "overdue";

/** Active myeloma on therapy with a result older than the floor (review c60-W1): the parameter the response is
 * graded on and whether it is current, so that one stale test is never read as every value being stale. */
export interface OnTherapyStale {
  /** The regimen given now. */
  regimen: string;
  /** The parameter the response is graded on (criteria-and-scores.md 6.1, IMWG 2016: the serum M-protein when
   * measurable at baseline, else the urine M-protein, else the FLC; the marrow when only it is), or null when the
   * response found none measurable. */
  measure: ResponseMeasure | null;
  /** The date of the measure's latest result when it is within the floor, else null (older, none, or a current
   * value whose date is not recorded). */
  measureCurrentOn: string | null;
  /** The response tests ("serum protein electrophoresis", "free light chains") not found stale: a dated result
   * within the floor, or a current value whose date is not recorded (never read as old). Empty: every response
   * test with a result is stale. */
  notStaleResponseTests: string[];
}

/** The parameters a response can be graded on (ResponseResult.measurableBy). */
export type ResponseMeasure = "serum" | "urine" | "flc" | "marrow";

export interface MonitoringResult {
  /** Plain description of the plan, e.g. "Smoldering myeloma, high risk: every 2-3 months in year 1". */
  plan: string | null;
  items: MonitoringItem[];
  nextDue: string | null;
  overdue: MonitoringItem[];
  /** Added 2026-12-06 (review c60-M4): the items due now and not overdue (`status` "due" with a dated result). */
  dueNow?: MonitoringItem[];
  /** Added 2026-12-06 (review c60-W1): set when active myeloma on therapy has a result older than the floor. */
  onTherapyStale?: OnTherapyStale;
  /** Overdue and due items and tests with no dated result, as alerts for the Assessment. */
  alerts: ResponseAlert[];
  rules: RuleTrace[];
}

export interface MonitoringContext {
  category: DiagnosisCategory;
  /** Risk group where the plan depends on it (MGUS risk, SMM Mayo 2018 group). */
  riskGroup: string | null;
  /** Codes only (assessCompact): no rule traces and no alert texts (""); the items, plan and alerts' ids
   * are the same. Default false. */
  codesOnly?: boolean;
  /** The serum M-protein is rising (the evolving-disease alerts, evolving.ts): a watched disease is then not
   * stable, and a schedule's "if stable" interval does not apply (review c10 M5). Default false. */
  mProteinRising?: boolean;
  /** The regimen being given now (the phase's current regimen), or null/absent off therapy. Active myeloma
   * on therapy has no published interval; a result older than the yearly floor is overdue (review c11 H1). */
  onTherapy?: string | null;
  /** The MGUS met is light-chain MGUS (the diagnosis' variant: the heavy chain typed "none", or a negative
   * serum immunofixation with the heavy chain not typed). Default false: then heavyChain "none" decides. */
  lightChainMgus?: boolean;
  /** Review c20-4: the category is not decided for an end-organ finding the clone may or may not explain
   * (diagnosis endOrganQuestion); `category` is then the one the findings meet if it proves unrelated, whose
   * schedule is kept while the question is worked up, and the plan says so. */
  undecidedEndOrgan?: "kidney" | "other";
  /** The parameters measurable at the current line's baseline (ResponseResult.measurableBy): on therapy, the first of
   * serum, urine, FLC (else marrow) is the one the response is graded on (criteria-and-scores.md 6.1; review c60-W1). */
  measurableBy?: readonly ResponseMeasure[];
  /** Review c69-m1: treated myeloma with nothing given now: the day its last line ended (null or absent otherwise). A
   * result older than the yearly floor is then overdue too (R.offTherapyFloor). */
  offTherapySince?: string | null;
  /** Review c70-U1: a SLiM biomarker is met while the clone is not shown (engine/record-checks.ts
   * biomarkersWithoutClone; alert.myeloma-biomarker-marrow-below-10). The watched disorder's schedule then sets no
   * later date: its tests are due now (R.myelomaBiomarkerDueNow). Default false. */
  myelomaBiomarker?: boolean;
}

/** Months after which a result of a patient with active myeloma on therapy is overdue (R.onTherapyFloor). */
export const ON_THERAPY_FLOOR_MONTHS = 12;

interface Schedule {
  /** Months from the last test to the next (the shorter end of the published range): due from then. */
  months: number;
  /** The longer end of the published range (review c60-M4): overdue after it. The same as `months` where the
   * reference gives one interval ("at 6 months", "yearly"). */
  longMonths: number;
  text: string;
}

/** A test's name as an id part: "serum protein electrophoresis" -> "serum-protein-electrophoresis". */
function slugOf(test: string): string {
  return test.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
}

/** The slugs of the tests the plans name, made once (an alert id per overdue test and record otherwise). */
const TEST_SLUGS: ReadonlyMap<string, string> = new Map(
  ["serum protein electrophoresis", "free light chains", "CBC", "creatinine", "calcium"].map((t) => [
    t,
    slugOf(t),
  ]),
);

function testSlug(test: string): string {
  return TEST_SLUGS.get(test) ?? slugOf(test);
}

/** The alert ids of the tests the plans name, made once (a string built per alert and record otherwise). */
const OVERDUE_IDS: ReadonlyMap<string, string> = new Map(
  [...TEST_SLUGS].map(([test, slug]) => [test, `monitoring.overdue.${slug}`]),
);
const DUE_IDS: ReadonlyMap<string, string> = new Map(
  [...TEST_SLUGS].map(([test, slug]) => [test, `monitoring.due.${slug}`]),
);
/** The measure's name in the on-therapy alert (review c60-W1). */
const MEASURE_NAMES: Readonly<Record<ResponseMeasure, string>> = {
  serum: "serum M-protein",
  urine: "urine M-protein",
  flc: "free light chains",
  marrow: "marrow plasma cells",
};
const NO_DATED_RESULT_IDS: ReadonlyMap<string, string> = new Map(
  [...TEST_SLUGS].map(([test, slug]) => [test, `monitoring.no-dated-result.${slug}`]),
);

const NONE: readonly { date: string }[] = [];

/** The distinct dates of one or two lists, earliest first (sorted, then each repeat dropped: the same
 * as de-duplicating first, without a Set and its copy). */
function dates(xs: readonly { date: string }[], more: readonly { date: string }[] = NONE): string[] {
  const all: string[] = [];
  // The lists of Points are each sorted by date already: merged, each repeat dropped as it comes, they
  // give the sorted distinct dates with no sort (dates are strings: equal ones are the same either way).
  // A list out of order takes the sort below.
  let sorted = true;
  for (let i = 1; sorted && i < xs.length; i++) sorted = compareDates(xs[i - 1]!.date, xs[i]!.date) <= 0;
  for (let j = 1; sorted && j < more.length; j++)
    sorted = compareDates(more[j - 1]!.date, more[j]!.date) <= 0;
  if (sorted) {
    let i = 0;
    let j = 0;
    while (i < xs.length || j < more.length) {
      const d =
        j >= more.length || (i < xs.length && compareDates(xs[i]!.date, more[j]!.date) <= 0)
          ? xs[i++]!.date
          : more[j++]!.date;
      if (all.length === 0 || all[all.length - 1] !== d) all.push(d);
    }
    return all;
  }
  for (const x of xs) all.push(x.date);
  for (const x of more) all.push(x.date);
  all.sort(compareDates);
  let n = 0;
  for (const d of all) if (n === 0 || all[n - 1] !== d) all[n++] = d;
  all.length = n;
  return all;
}

function item(
  facts: Facts,
  test: string,
  done: string[],
  schedule: (done: string[]) => Schedule,
  rule: RuleDef,
  /** The end of the treatment the schedule follows (a plasmacytoma's radiotherapy): the interval runs from
   * it when every dated result is earlier. A test with no dated result stays "due now" (never overdue: the
   * record cannot tell when it was done). */
  after: string | null = null,
): MonitoringItem {
  // Guarded: an index of -1 (no date) is a slow property look-up, not an element read.
  const lastDone = done.length > 0 ? done[done.length - 1]! : null;
  if (lastDone === null) {
    return {
      test,
      lastDone: null,
      due: facts.asOf,
      overdue: false,
      status: "due",
      overdueAfter: null,
      intervalText: "no dated result in the record: due now",
      citations: [rule.citation],
    };
  }
  const s = schedule(done);
  const fromEnd = after !== null && compareDates(lastDone, after) < 0;
  const from = fromEnd ? after : lastDone;
  const due = addMonths(from, s.months);
  // Review c60-M4: due from the shorter end of the range, overdue only once its longer end has passed.
  const overdueAfter = s.longMonths === s.months ? due : addMonths(from, s.longMonths);
  const overdue = compareDates(overdueAfter, facts.asOf) < 0;
  return {
    test,
    lastDone,
    due,
    overdue,
    status: overdue ? "overdue" : compareDates(due, facts.asOf) <= 0 ? "due" : "not-due",
    overdueAfter,
    intervalText: fromEnd
      ? `${s.text}, from the end of the radiotherapy (${after}): the last result is from before it`
      : s.text,
    citations: [rule.citation],
  };
}

/** The dates of a lab's results up to asOf: its series and the dated current value. */
function datedLab(facts: Facts, f: "creatinine" | "calcium"): string[] {
  return dates([
    ...facts.series[f].filter((p) => compareDates(p.date, facts.asOf) <= 0),
    ...(facts.labs[f]?.date && compareDates(facts.labs[f].date, facts.asOf) <= 0
      ? [{ date: facts.labs[f].date }]
      : []),
  ]);
}

const mProteinDates = (p: Points) => dates(p.serum, p.serumIfe);
const flcDates = (p: Points) => dates(p.flc);

function mgusSchedule(risk: "low" | "higher", rising = false, test = "SPEP"): (done: string[]) => Schedule {
  return (done) =>
    done.length <= 1
      ? { months: 6, longMonths: 6, text: `${test} at 6 months after the first (diagnostic) result` }
      : risk === "low"
        ? // c11a (as review c10 M5 for SMM): IMWG 2010 (treatments.md 2a) gives "every 2-3 years" only "if
          // stable" and no interval for a rising M-protein; the row's other interval, 6 months, is kept.
          rising
          ? {
              months: 6,
              longMonths: 6,
              text: "not stable: the M-protein is rising, so the 'every 2-3 years if stable' interval does not apply; the reference gives no interval for a rising M-protein, so the 6-month interval of its first re-test is kept; due in 6 months",
            }
          : {
              months: 24,
              longMonths: 36,
              text: "every 2-3 years if stable; due at the shorter end, 2 years; overdue after the longer end, 3 years",
            }
        : rising
          ? // Review c67-m3: an M-protein doubling into the intermediate band was next tested in 12 months while its
            // rise was flagged for a repeat. The row gives "at 6 months, then yearly" and no interval for a rising
            // M-protein; as for low risk, the 6-month interval of the first re-test is kept.
            {
              months: 6,
              longMonths: 6,
              text: "the M-protein is rising: the reference gives no interval for a rising M-protein, so the 6-month interval of its first re-test is kept rather than yearly; due in 6 months",
            }
          : { months: 12, longMonths: 12, text: "yearly for life" };
}

/** The first date a dated result met the smouldering level (criteria-and-scores.md 1.2: serum M-protein >= 3 g/dL,
 * urine M-protein >= 500 mg/24 h, clonal marrow plasma cells >= 10%), or undefined when none did. */
function smmLevelFirstMet(pts: Points): string | undefined {
  const at = (xs: readonly Point[], level: number) => xs.find((p) => p.value >= level - 1e-9)?.date;
  return earlierDate(earlierDate(at(pts.serum, 3), at(pts.urine, 500)), at(pts.marrow, 10));
}

const laterDate = (a: string, b: string | undefined): string =>
  b !== undefined && compareDates(b, a) > 0 ? b : a;

/** SMM phases run from the first M-protein, FLC or marrow result in the record (standing for the diagnosis), or from
 * the first result at the smouldering level when the series reached it later (smmLevelFirstMet). */
const smmSchedule =
  (first: string, rising: boolean) =>
  (done: string[]): Schedule => {
    const last = done[done.length - 1]!;
    // Review c76-M2: the results of the diagnosis' work-up (a marrow, the M-protein two days later) are the
    // diagnosis, not its re-test: the re-test 2-3 months after it is due while no result is 2 months (its shorter
    // end) or more after the first. The reference gives no work-up window: the project's reading.
    if (compareDates(last, addMonths(first, 2)) < 0)
      return {
        months: 2,
        longMonths: 3,
        text: "2-3 months after diagnosis; due at the shorter end, 2 months; overdue after the longer end, 3 months",
      };
    if (compareDates(last, addMonths(first, 12)) < 0)
      return {
        months: 4,
        longMonths: 6,
        text: "every 4-6 months in the first year; due at the shorter end, 4 months; overdue after the longer end, 6 months",
      };
    // Review c10 M5: IMWG 2010 (treatments.md 2a) gives "every 6-12 months" only "if stable" and no interval
    // for a rising M-protein; the plan keeps the first-year interval, the shortest routine one it gives.
    if (rising)
      return {
        months: 4,
        longMonths: 6,
        text: "not stable: the M-protein is rising, so the 'every 6-12 months' interval for stable disease does not apply; the reference gives no interval for a rising M-protein, so the first-year interval is kept: every 4-6 months; due at the shorter end, 4 months; overdue after the longer end, 6 months",
      };
    return {
      months: 6,
      longMonths: 12,
      text: "every 6-12 months if stable; due at the shorter end, 6 months; overdue after the longer end, 12 months",
    };
  };

const plasmacytomaSchedule = (): Schedule => ({
  months: 3,
  longMonths: 6,
  text: "every 3-6 months; due at the shorter end, 3 months; overdue after the longer end, 6 months",
});

/** The yearly floor of active myeloma as a schedule (R.onTherapyFloor, R.offTherapyFloor): `when` the floor applies
 * (on therapy, or off therapy since a date) and `what` it is UNVERIFIED as a floor for. */
const yearlyFloor = (when: string, what: string) => (): Schedule => ({
  months: ON_THERAPY_FLOOR_MONTHS,
  longMonths: ON_THERAPY_FLOOR_MONTHS,
  text: `no published interval for active myeloma; ${when}, a result older than 12 months is overdue (the longest routine interval IMWG 2010 gives, for MGUS of intermediate/high risk and stable smoldering myeloma; UNVERIFIED as a floor for ${what})`,
});

/** The tests the yearly floor of active myeloma reads (R.onTherapyFloor, R.offTherapyFloor): each with its dated
 * results and whether its current value in `labs` has no date (then it is not listed: that value may be today's,
 * and an unknown date is never read as an old one). */
function floorCandidates(facts: Facts, pts: Points): [string, string[], boolean][] {
  const undated = (
    f: "serumMProtein" | "involvedFreeLightChain" | "hemoglobin" | "creatinine" | "calcium",
  ) => {
    const v = facts.labs[f];
    return v !== null && v.date === null;
  };
  return [
    ["serum protein electrophoresis", mProteinDates(pts), undated("serumMProtein")],
    ["free light chains", flcDates(pts), undated("involvedFreeLightChain")],
    ["CBC", dates(pts.hemoglobin), undated("hemoglobin")],
    ["creatinine", datedLab(facts, "creatinine"), undated("creatinine")],
    ["calcium", datedLab(facts, "calcium"), undated("calcium")],
  ];
}

/**
 * The monitoring plan for a category and risk group, with the last dates found in the record.
 * The first dated result stands for the diagnosis date, which the record does not hold.
 * @example planMonitoring(facts, { category: "mgus", riskGroup: "low" }).items[0].test // "serum protein electrophoresis"
 */
export function planMonitoring(
  facts: Facts,
  context: MonitoringContext,
  /** The record's dated series when the caller has collected them already (collectPoints(facts)). */
  points?: Points,
): MonitoringResult {
  // Null in codes-only mode: every `rules?.push(trace(...))` below then builds nothing.
  const rules: RuleTrace[] | null = context.codesOnly === true ? null : [];
  const words = rules !== null;
  const items: MonitoringItem[] = [];
  let plan: string | null = null;
  let planRule: RuleDef = R.activeMyeloma;
  /** Active myeloma on therapy with overdue results (one alert for all of them), and what is still current. */
  let onTherapyStale: OnTherapyStale | null = null;
  const { category, riskGroup } = context;

  // Only the watched categories read the series: each branch collects them (or takes the caller's).
  if (category === "mgus" && (context.lightChainMgus === true || facts.labs.heavyChain === "none")) {
    // Light-chain MGUS (criteria-and-scores.md 1.3): defined by the FLC ratio with no heavy chain on IFE,
    // so its test is the serum FLC; its abnormal ratio makes it IMWG 2010 intermediate/high risk.
    const pts = points ?? collectPoints(facts);
    planRule = R.mgusHigher;
    rules?.push(trace(R.mgusHigher, { riskGroup, lightChainMgus: true }));
    items.push(
      item(facts, "free light chains", flcDates(pts), mgusSchedule("higher", false, "FLC"), R.mgusHigher),
    );
    plan =
      "Light-chain MGUS: serum free light chains (kappa, lambda and their ratio; there is no serum M-spike to follow) at 6 months, then yearly (IMWG 2010 abnormal FLC ratio; IMWG 2014 light-chain MGUS)";
  } else if (category === "mgus") {
    const pts = points ?? collectPoints(facts);
    const low = riskGroup === "low";
    const rising = context.mProteinRising === true;
    const rule = low ? R.mgusLow : R.mgusHigher;
    planRule = rule;
    rules?.push(trace(rule, rising ? { riskGroup, mProteinRising: true } : { riskGroup }));
    items.push(
      item(
        facts,
        "serum protein electrophoresis",
        mProteinDates(pts),
        mgusSchedule(low ? "low" : "higher", rising),
        rule,
      ),
    );
    plan = low
      ? `MGUS, low risk: SPEP at 6 months, then every 2-3 years if stable (IMWG 2010)${rising ? "; the M-protein is rising, so the interval for stable disease does not apply (no published interval for a rising M-protein: 6 months kept)" : ""}`
      : riskGroup === null
        ? "MGUS, risk not known: the intermediate/high-risk schedule (6 months, then yearly) until the risk factors are known (IMWG 2010)"
        : `MGUS, intermediate/high risk: at 6 months, then yearly for life (IMWG 2010)${rising ? "; the M-protein is rising (no published interval for a rising M-protein: 6 months kept)" : ""}`;
  } else if (category === "smoldering-myeloma") {
    const pts = points ?? collectPoints(facts);
    planRule = R.smm;
    rules?.push(trace(R.smm, { riskGroup }));
    const mProtein = mProteinDates(pts);
    const flc = flcDates(pts);
    // The earliest of both lists: each is sorted already, so the earlier of their first dates. Review c53-m9: a dated
    // marrow examination stands for the diagnosis too (a marrow of 2023 and one M-protein of 2025 read "2-3 months
    // after diagnosis" for smouldering myeloma known since 2023).
    const recorded = earlierDate(earlierDate(mProtein[0], flc[0]), pts.marrow[0]?.date) ?? facts.asOf;
    // Review c88-M3: MGUS whose series later met the smouldering level became smouldering myeloma then: its schedule
    // (treatments.md 2a: re-test 2-3 months after diagnosis) starts on the first date a dated result met the level,
    // not with the MGUS results before it. With no dated result at the level, the first result stands as before.
    const first = laterDate(recorded, smmLevelFirstMet(pts));
    const rising = context.mProteinRising === true;
    items.push(item(facts, "serum protein electrophoresis", mProtein, smmSchedule(first, rising), R.smm));
    if (pts.flc.length > 0)
      items.push(item(facts, "free light chains", flc, smmSchedule(first, rising), R.smm));
    plan = `Smoldering myeloma${riskGroup ? ` (Mayo 2018 ${riskGroup} risk)` : ""}: re-test 2-3 months after diagnosis, every 4-6 months for a year, then every 6-12 months if stable (IMWG 2010)${rising ? "; the M-protein is rising, so the interval for stable disease does not apply (no published interval for a rising M-protein: every 4-6 months kept)" : ""}`;
  } else if (category === "solitary-plasmacytoma" || category === "solitary-plasmacytoma-minimal-marrow") {
    planRule = R.plasmacytoma;
    const onRt = radiotherapyBeingGiven(facts);
    if (onRt !== null) {
      // Review c18 (M7): the NCCN follow-up comes after the definitive radiotherapy (treatments.md 1); while
      // the course is given none of it is due (it said "due now" beside "follow-up after it ends").
      rules?.push(trace(R.plasmacytoma, { category, radiotherapyFrom: onRt.start }));
      plan = `Solitary plasmacytoma on definitive radiotherapy (from ${onRt.start}): follow-up every 3-6 months with CBC, creatinine, calcium, SPEP/IFE and FLC (24-h urine as needed) starts after the course ends; imaging as clinically indicated (NCCN)`;
    } else {
      const pts = points ?? collectPoints(facts);
      rules?.push(trace(R.plasmacytoma, { category }));
      // After the radiotherapy the first follow-up is 3-6 months after it ended, not after a result from
      // before it (review c18 M7); a result since then counts as usual.
      const rt = radiotherapyGiven(facts);
      const after = rt?.end ?? null;
      const sp = (test: string, done: string[]) =>
        item(facts, test, done, plasmacytomaSchedule, R.plasmacytoma, after);
      items.push(sp("CBC", dates(pts.hemoglobin)));
      items.push(sp("creatinine", datedLab(facts, "creatinine")));
      items.push(sp("calcium", datedLab(facts, "calcium")));
      items.push(sp("serum protein electrophoresis", mProteinDates(pts)));
      items.push(sp("free light chains", flcDates(pts)));
      plan = `Solitary plasmacytoma${rt ? ` after definitive radiotherapy (ended ${rt.end})` : ""}: every 3-6 months with CBC, creatinine, calcium, SPEP/IFE and FLC (24-h urine as needed); imaging as clinically indicated (NCCN)`;
    }
  } else if (category === "multiple-myeloma") {
    rules?.push(trace(R.activeMyeloma, { category }));
    plan =
      "Active myeloma: response assessment per treating team (the clinical reference gives no published interval to encode)";
    const regimen = context.onTherapy ?? null;
    if (regimen !== null) {
      // On therapy: each test's latest dated result older than the yearly floor is overdue (R.onTherapyFloor);
      // a test with no dated result is not listed (the record cannot tell when it was done), nor one within
      // the floor (the floor is no schedule: the next test is the team's, sooner).
      const pts = points ?? collectPoints(facts);
      const floor = yearlyFloor("on therapy", "treated myeloma");
      const candidates = floorCandidates(facts, pts);
      /** A date within the floor (a result not older than it), not after asOf. */
      const current = (d: string | undefined): boolean =>
        d !== undefined &&
        compareDates(d, facts.asOf) <= 0 &&
        compareDates(addMonths(d, ON_THERAPY_FLOOR_MONTHS), facts.asOf) >= 0;
      const notStaleResponseTests: string[] = [];
      for (const [test, done, undatedNow] of candidates) {
        const response = test === "serum protein electrophoresis" || test === "free light chains";
        if (done.length === 0 || undatedNow) {
          if (response && undatedNow) notStaleResponseTests.push(test);
          continue;
        }
        const i = item(facts, test, done, floor, R.onTherapyFloor);
        if (i.overdue) items.push(i);
        else if (response) notStaleResponseTests.push(test);
      }
      if (items.length > 0) {
        planRule = R.onTherapyFloor;
        // Review c60-W1: the parameter the response is graded on (criteria-and-scores.md 6.1: serum M-protein when
        // measurable, else urine, else FLC; marrow when only it is) and its latest result when within the floor.
        const by = context.measurableBy ?? [];
        const measure =
          (["serum", "urine", "flc"] as const).find((m) => by.includes(m)) ??
          (by.includes("marrow") ? "marrow" : null);
        const measureDates =
          measure === "serum"
            ? mProteinDates(pts)
            : measure === "urine"
              ? dates(pts.urine)
              : measure === "flc"
                ? flcDates(pts)
                : measure === "marrow"
                  ? dates(pts.marrow)
                  : [];
        const latest = measureDates[measureDates.length - 1];
        onTherapyStale = {
          regimen,
          measure,
          measureCurrentOn: latest !== undefined && current(latest) ? latest : null,
          notStaleResponseTests,
        };
        rules?.push(
          trace(R.onTherapyFloor, {
            regimen,
            floorMonths: ON_THERAPY_FLOOR_MONTHS,
            overdue: items.map((i) => i.test).join(", "),
            measure: measure ?? "none",
            measureCurrentOn: onTherapyStale.measureCurrentOn ?? "no",
          }),
        );
      }
    } else if (context.offTherapySince != null) {
      // Review c69-m1: treated myeloma off therapy (its last line ended, nothing given now) had no test ever due,
      // while on therapy the yearly floor raised its warning: a relapse off therapy is found only by testing. The
      // same floor (the project's reading, UNVERIFIED), each stale result overdue with its own warning.
      const since = context.offTherapySince;
      const pts = points ?? collectPoints(facts);
      const floor = yearlyFloor(`off therapy since ${since}`, "myeloma off therapy");
      for (const [test, done, undatedNow] of floorCandidates(facts, pts)) {
        if (done.length === 0 || undatedNow) continue;
        const i = item(facts, test, done, floor, R.offTherapyFloor);
        if (i.overdue) items.push(i);
      }
      if (items.length > 0) {
        planRule = R.offTherapyFloor;
        rules?.push(
          trace(R.offTherapyFloor, {
            offTherapySince: since,
            floorMonths: ON_THERAPY_FLOOR_MONTHS,
            overdue: items.map((i) => i.test).join(", "),
          }),
        );
      }
    }
  }

  if (
    context.myelomaBiomarker === true &&
    (category === "mgus" || category === "smoldering-myeloma") &&
    items.length > 0
  ) {
    // Review c70-U1: a light-chain MGUS with an FLC ratio of 120 (involved 300 mg/L) and no marrow had its next FLC
    // a year away. A SLiM biomarker is treated as myeloma (treatments.md 2a; criteria-and-scores.md 1.1), whose
    // marrow decides: no interval of the watched disorder applies and the reference gives none, so each test not
    // overdue already is due now (asOf), with no later date to be overdue after.
    planRule = R.myelomaBiomarkerDueNow;
    rules?.push(trace(R.myelomaBiomarkerDueNow, { category, tests: items.map((i) => i.test).join(", ") }));
    const why =
      "a myeloma-defining biomarker is met, so this is not followed as a watched disorder: the marrow examination decides whether it is myeloma; the reference gives no interval for this state";
    for (let k = 0; k < items.length; k++) {
      const i = items[k]!;
      items[k] = i.overdue
        ? {
            ...i,
            intervalText: `${why}; overdue already by the ${category === "mgus" ? "MGUS" : "smouldering-myeloma"} interval (${i.intervalText})`,
          }
        : {
            ...i,
            due: facts.asOf,
            overdue: false,
            status: "due",
            overdueAfter: null,
            intervalText: `${why}: due now`,
            citations: [R.myelomaBiomarkerDueNow.citation],
          };
    }
    plan = `A myeloma-defining biomarker is met with the clonal marrow plasma cells not examined or below 10%: the ${category === "mgus" ? "MGUS" : "smouldering-myeloma"} follow-up does not apply (such a biomarker is myeloma, not a watched disorder, once the marrow shows criterion A: treatments.md 2a). Now: the marrow examination that decides (a core biopsy; whole-body imaging and a 24-hour urine if not done), and the tests below are due now (the reference gives no interval for this state; IMWG 2014)`;
  }

  const overdue: MonitoringItem[] = [];
  const dueNow: MonitoringItem[] = [];
  const alerts: ResponseAlert[] = [];
  // The earliest due date of the items (null without items).
  let nextDue: string | null = null;
  for (const i of items) {
    if (nextDue === null || compareDates(i.due, nextDue) < 0) nextDue = i.due;
    if (i.status === "due" && i.lastDone !== null) {
      // Review c60-M4: due from the shorter end of the range, not overdue before its longer end.
      dueNow.push(i);
      alerts.push(
        alertFrom(
          DUE_IDS.get(i.test) ?? `monitoring.due.${testSlug(i.test)}`,
          "info",
          words
            ? `Due: ${i.test}, last on ${i.lastDone}, due since ${i.due}${i.overdueAfter ? `, overdue after ${i.overdueAfter}` : ""} (${i.intervalText}).`
            : "",
          [planRule],
        ),
      );
    }
    if (!i.overdue) continue;
    overdue.push(i);
    // Active myeloma on therapy: one alert for every overdue result, below.
    if (onTherapyStale !== null) continue;
    alerts.push(
      alertFrom(
        OVERDUE_IDS.get(i.test) ?? `monitoring.overdue.${testSlug(i.test)}`,
        "warning",
        words ? `Overdue: ${i.test}, last on ${i.lastDone}, was due on ${i.due} (${i.intervalText}).` : "",
        [planRule],
      ),
    );
  }
  if (onTherapyStale !== null) {
    const last = overdue.map((i) => `${i.test} last on ${i.lastDone}`).join(", ");
    const creatinine = overdue.find((i) => i.test === "creatinine");
    const { regimen, measure, measureCurrentOn } = onTherapyStale;
    // Review c60-W1: with the measure the response is graded on current, a stale other test does not make "these
    // values" out of date, and nothing reads as an instruction to pause the treatment: the stale test is named and
    // its repeat is offered for discussion.
    const measureCurrent = measure !== null && measureCurrentOn !== null;
    const tests = overdue.map((i) => i.test);
    const named =
      tests.length === 1 ? tests[0]! : `${tests.slice(0, -1).join(", ")} and ${tests[tests.length - 1]}`;
    const staleWords = measureCurrent
      ? ` The response is graded on the ${MEASURE_NAMES[measure]} (IMWG 2016: the serum M-protein when measurable, else the urine M-protein, else the FLC), whose latest result (${measureCurrentOn}) is current: the ${named} ${tests.length === 1 && tests[0] !== "free light chains" ? "is" : "are"} not the measure the response is graded on. To discuss: repeating the ${named} at the next assessment.`
      : " These values are not current: confirm the treatment is still being taken as recorded, and repeat the tests before it goes on.";
    alerts.push(
      alertFrom(
        "monitoring.overdue.on-therapy",
        "warning",
        words
          ? `Overdue while on therapy (${regimen}): no result for more than ${ON_THERAPY_FLOOR_MONTHS} months (${last}).${staleWords}${creatinine ? ` Kidney function and the doses chosen from it use the creatinine of ${creatinine.lastDone}: repeat the creatinine before the next dose.` : ""} The clinical reference gives no assessment interval for active myeloma; ${ON_THERAPY_FLOOR_MONTHS} months is the longest routine interval it gives for a watched disorder that can progress (IMWG 2010: intermediate/high-risk MGUS yearly, stable smoldering myeloma every 6-12 months), used as a floor (UNVERIFIED as such).`
          : "",
        measureCurrent ? [R.onTherapyFloor, RESPONSE_RULES.measurable] : [R.onTherapyFloor],
      ),
    );
  }
  for (const i of items) {
    if (i.lastDone !== null) continue;
    alerts.push(
      alertFrom(
        NO_DATED_RESULT_IDS.get(i.test) ?? `monitoring.no-dated-result.${testSlug(i.test)}`,
        "info",
        words
          ? `No dated ${i.test} in the record: the monitoring plan cannot tell when it was last done.`
          : "",
        [planRule],
      ),
    );
  }
  if (plan !== null && context.undecidedEndOrgan !== undefined)
    plan = `Category not decided (${context.undecidedEndOrgan === "kidney" ? "kidney findings" : "an end-organ finding"} the clone may or may not explain): until the work-up decides it, the follow-up of the category the findings meet if the finding is unrelated. ${plan}`;
  return {
    plan,
    items,
    nextDue,
    overdue,
    dueNow,
    ...(onTherapyStale === null ? {} : { onTherapyStale }),
    alerts,
    rules: rules ?? [],
  };
}

/** AL amyloidosis haematologic response of the current line (treatments.md 6, Cautions in AL:
 * palladini-2012-jco, UNVERIFIED in the reference): CR = negative serum and urine immunofixation and a
 * normal FLC ratio; VGPR = dFLC < 40 mg/L; PR = dFLC fall > 50% from the baseline before treatment; else no
 * response. A baseline dFLC below 50 mg/L cannot be graded by dFLC (milani-2017-blood), only CR. Myeloma
 * criteria (IMWG 2016) graded AL patients before: dFLC 263 -> 30 mg/L read PR (review c8, 08). The IMWG
 * progression stays as computed (the reference gives no AL progression criteria), except where a CR or VGPR reached on
 * the line is lost on two values (review c91-W2). A CR or VGPR reached on the line and
 * lost since is said, with progression left not graded (review c76-W1; see responseLostOf). Pure: no I/O. */
import { trace } from "../model/trace.js";
import type { AlHaematologic, AlResponseLost, ResponseResult } from "./response.js";
import { RESPONSE_RULES as R } from "./rules.js";
import type { FlcPoint, Points } from "./series.js";

export const AL_DFLC_EVALUABLE_MG_L = 50;
/** The myeloma PD alerts (response.ts) a lost AL level stands in for (review c91-W2). */
const IMWG_PD_ALERTS: ReadonlySet<string> = new Set([
  "response.progression",
  "response.progression-unconfirmed",
]);
const AL_VGPR_DFLC_MG_L = 40;

type AlGrade = NonNullable<AlHaematologic["grade"]>;

const mg = (v: number) => `${Math.round(v * 10) / 10} mg/L`;

/** The baseline pair: for the first line, the earliest on or before its start (staging and response are
 * read from the values at diagnosis); for a later line, the last on or before its start. */
function baselineOf(flc: readonly FlcPoint[], start: string, firstLine: boolean): FlcPoint | null {
  let found: FlcPoint | null = null;
  for (const p of flc) {
    if (p.date > start) break;
    if (firstLine) return p;
    found = p;
  }
  return found;
}

/** The level (CR, else VGPR) the line reached: its recorded best response, else graded on an FLC value since its
 * start (CR: a normal FLC ratio with the latest serum and urine immunofixation on or before it negative; VGPR: dFLC
 * < 40 mg/L, when the baseline is not below the evaluable 50 mg/L). */
function levelReached(
  since: readonly FlcPoint[],
  points: Points,
  recordedBest: string | null,
  evaluable: boolean | null,
): Pick<AlResponseLost, "level" | "from"> | null {
  if (recordedBest === "sCR" || recordedBest === "CR") return { level: "CR", from: "recorded" };
  const ifeNegative = (ife: Points["serumIfe"], date: string) => {
    let last: string | null = null;
    for (const x of ife) if (x.date <= date) last = x.result;
    return last === "negative";
  };
  if (
    since.some(
      (p) =>
        p.ratioNormal === true &&
        ifeNegative(points.serumIfe, p.date) &&
        ifeNegative(points.urineIfe, p.date),
    )
  )
    return { level: "CR", from: "graded" };
  if (recordedBest === "VGPR") return { level: "VGPR", from: "recorded" };
  if (evaluable !== false && since.some((p) => p.dflc < AL_VGPR_DFLC_MG_L))
    return { level: "VGPR", from: "graded" };
  return null;
}

/**
 * Review c76-W1: a CR or VGPR reached on the line and lost since. treatments.md 6 gives the AL response levels (CR:
 * negative immunofixation and a normal FLC ratio; VGPR: dFLC < 40 mg/L; Palladini 2012, UNVERIFIED) and no AL
 * haematologic progression criteria; the myeloma PD rule (criteria-and-scores.md 6.2) is not AL's. The project's
 * reading (conservative, UNVERIFIED; no threshold invented): the level is lost when the two latest FLC measurements
 * both fail it (after a CR, the ratio abnormal for the involved chain again, or, after either, dFLC >= 40 mg/L), with
 * the involved FLC above its lowest value since the line began on both. A rise shown once is not read as a loss: the
 * latest value alone failing the level, above that lowest value, is `once` (review c78-M1: a repeat is asked for, the
 * progression not graded; still the project's reading, UNVERIFIED).
 */
function responseLostOf(
  flc: readonly FlcPoint[],
  points: Points,
  lineStart: string,
  recordedBest: string | null,
  evaluable: boolean | null,
): { lost?: AlResponseLost; once?: AlResponseLost } {
  const since = flc.filter((p) => p.date > lineStart);
  if (since.length < 2) return {};
  const reached = levelReached(since, points, recordedBest, evaluable);
  if (reached === null) return {};
  let nadir = since[0]!;
  for (const p of since) if (p.involved < nadir.involved) nadir = p;
  const above = (p: FlcPoint) => p.date > nadir.date && p.involved > nadir.involved;
  const fails = (p: FlcPoint) =>
    p.dflc >= AL_VGPR_DFLC_MG_L
      ? "dflc"
      : reached.level === "CR" && p.abnormalForInvolved === true
        ? "ratio"
        : null;
  const pt = (p: FlcPoint) => ({ date: p.date, involved: p.involved, dflc: p.dflc });
  const last = since.slice(-2);
  if (since.length >= 3 && last.every(above)) {
    const by = last.every((p) => p.dflc >= AL_VGPR_DFLC_MG_L)
      ? "dflc"
      : reached.level === "CR" && last.every((p) => p.abnormalForInvolved === true)
        ? "ratio"
        : null;
    if (by !== null) return { lost: { ...reached, by, nadir: pt(nadir), latest: last.map(pt) } };
  }
  const latest = since[since.length - 1]!;
  const by = fails(latest);
  return above(latest) && by !== null
    ? { once: { ...reached, by, nadir: pt(nadir), latest: [pt(latest)] } }
    : {};
}

/** Review c76-W1: the rise that lost an AL response level, from the nadir to the latest values (the clinician's response
 * line; the situation fact alLightChainRise, review c78-W1). */
export const alRisingWords = (x: AlResponseLost): string =>
  [x.nadir, ...x.latest].map((p) => `${mg(p.involved)} on ${p.date}`).join(" -> ");

/** Review c78-M1: the words of a level failed on the latest value only (the alert; UNVERIFIED reading). */
export function aboveLevelOnceWords(x: AlResponseLost): string {
  const p = x.latest[x.latest.length - 1]!;
  const fails =
    x.by === "ratio"
      ? "the FLC ratio abnormal again (CR needs a normal FLC ratio)"
      : `VGPR needs a dFLC below ${AL_VGPR_DFLC_MG_L} mg/L`;
  return `the latest dFLC (${mg(p.dflc)} on ${p.date}) is above the ${x.level} level reached on the line (${x.level} ${x.from === "recorded" ? "recorded" : "graded"}; ${fails}), the involved free light chain ${mg(p.involved)} up from its lowest value, ${mg(x.nadir.involved)} on ${x.nadir.date}: repeat the free light chains to confirm (a second value would read the response as lost)`;
}

/** The words of a lost level (the response's basis, the clinician's response line and the alert). */
export function responseLostWords(x: AlResponseLost): string {
  const values = x.latest.map((p) => `${mg(p.involved)} on ${p.date} (dFLC ${mg(p.dflc)})`).join(" and ");
  const fails =
    x.by === "ratio"
      ? "the FLC ratio abnormal again on both (CR needs a normal FLC ratio)"
      : `dFLC ${AL_VGPR_DFLC_MG_L} mg/L or more on both (VGPR needs a dFLC below ${AL_VGPR_DFLC_MG_L} mg/L)`;
  return `${x.level} ${x.from === "recorded" ? "recorded" : "graded"} on the line and lost: the involved free light chain has risen from its lowest value, ${mg(x.nadir.involved)} on ${x.nadir.date}, to ${values}, ${fails}`;
}

/** Said with a lost level: the reference is silent on AL progression (treatments.md 6). */
export const AL_NO_PROGRESSION_CRITERIA =
  "the reference gives no AL haematologic progression criteria (nor a relapse threshold), so progression is not graded (the IMWG myeloma rule is not used for AL)";

/** Whether the dFLC before treatment can carry a graded response (>= 50 mg/L). */
export function dflcEvaluable(dflc: number): boolean {
  return dflc >= AL_DFLC_EVALUABLE_MG_L;
}

/**
 * The response of an AL patient's current line, graded by the AL criteria; `r` (IMWG) is returned as it
 * is with no line, with progression or PD, or with no FLC value after the start.
 */
export function gradeAlHaematologic(
  r: ResponseResult,
  points: Points,
  lineStart: string,
  firstLine: boolean,
  /** The line's recorded best response (lines of therapy), which a lost level is read from too (review c76-W1). */
  recordedBest: string | null = null,
): ResponseResult {
  if (r.line === null) return r;
  const latest = points.flc[points.flc.length - 1];
  if (latest === undefined || latest.date <= lineStart) return r;
  const base = baselineOf(points.flc, lineStart, firstLine);
  const evaluable = base === null ? null : dflcEvaluable(base.dflc);
  const { lost, once } = responseLostOf(points.flc, points, lineStart, recordedBest, evaluable);
  // Review c91-W2: the myeloma PD rule (criteria-and-scores.md 6.2; a dFLC rise > 100 mg/L) read from the lab series
  // had returned before the AL reading, so a CR lost after a larger rise (dFLC 4 -> 65 -> 160 mg/L) was never said and
  // the transplant stayed the next step. A level lost on two values is read as AL's (the project's reading, UNVERIFIED;
  // treatments.md 6 gives no AL progression criteria); the myeloma PD stays in the basis, not used for AL. A PD the
  // myeloma rule reads with no AL level lost, and a progression recorded in the history or seen on imaging, stay as
  // they were.
  const imwgPd = r.progression === true || r.current === "PD";
  if (
    imwgPd &&
    (lost === undefined || (r.progressionDateFrom !== null && r.progressionDateFrom !== "lab-series"))
  )
    return r;
  const serumIfe = points.serumIfe[points.serumIfe.length - 1]?.result ?? null;
  const urineIfe = points.urineIfe[points.urineIfe.length - 1]?.result ?? null;
  const cr = serumIfe === "negative" && urineIfe === "negative" && latest.ratioNormal === true;
  const fall = base !== null && base.dflc > 0 ? (base.dflc - latest.dflc) / base.dflc : null;
  let grade: AlGrade | null;
  let rule = R.alNR;
  if (cr) {
    grade = "CR";
    rule = R.alCR;
  } else if (evaluable === false) grade = null;
  else if (latest.dflc < AL_VGPR_DFLC_MG_L) {
    grade = "VGPR";
    rule = R.alVGPR;
  } else if (fall !== null && fall > 0.5) {
    grade = "PR";
    rule = R.alPR;
  } else grade = fall === null ? null : "NR";

  const rules = [
    trace(rule, {
      date: latest.date,
      dflcMgL: latest.dflc,
      baselineDflcMgL: base?.dflc ?? null,
      baselineDate: base?.date ?? null,
      serumIfe,
      urineIfe,
      flcRatioNormal: latest.ratioNormal,
      grade,
    }),
  ];
  if (base !== null)
    rules.push(trace(R.alDflcEvaluable, { baselineDflcMgL: base.dflc, evaluable: evaluable === true }));
  if (lost !== undefined)
    rules.push(
      trace(R.alResponseLost, {
        level: lost.level,
        from: lost.from,
        by: lost.by,
        nadirDate: lost.nadir.date,
        nadirInvolvedMgL: lost.nadir.involved,
        latest: lost.latest.map((p) => `${p.date}: ${p.involved} mg/L`).join(", "),
      }),
    );
  const baseWords =
    base === null
      ? "no dFLC recorded on or before the line start, so PR cannot be graded"
      : `baseline dFLC ${mg(base.dflc)} on ${base.date}${evaluable === false ? ` (< ${AL_DFLC_EVALUABLE_MG_L} mg/L: not evaluable by dFLC, only CR can be graded)` : ""}`;
  const gradeWords = grade === null ? "not graded" : grade === "NR" ? "no response" : grade;
  const lostWords =
    lost !== undefined
      ? ` ${responseLostWords(lost)}; ${AL_NO_PROGRESSION_CRITERIA}.`
      : once !== undefined
        ? ` ${aboveLevelOnceWords(once)}; ${AL_NO_PROGRESSION_CRITERIA}.`
        : "";
  const basis = `AL haematologic response (Palladini 2012, UNVERIFIED in the clinical reference: CR negative serum and urine immunofixation and a normal FLC ratio; VGPR dFLC < 40 mg/L; PR dFLC fall > 50%): ${baseWords}; latest dFLC ${mg(latest.dflc)} on ${latest.date}${fall !== null ? ` (fall ${Math.round(fall * 100)}%)` : ""}: ${gradeWords}.${lostWords} Myeloma criteria (IMWG 2016), not used for AL: ${r.basis}`;
  const reason =
    grade === null
      ? evaluable === false
        ? `not evaluable by dFLC (baseline dFLC ${mg(base?.dflc ?? 0)} < ${AL_DFLC_EVALUABLE_MG_L} mg/L) and not in CR`
        : "no dFLC recorded on or before the line start, and dFLC not < 40 mg/L"
      : null;
  return {
    ...r,
    // Review c91-W2: the myeloma PD set aside for a lost AL level leaves no progression date nor its alerts behind.
    ...(imwgPd
      ? {
          confirmed: false,
          progressionDate: null,
          progressionDateFrom: null,
          clinicalRelapse: null,
          alerts: r.alerts.filter((x) => !IMWG_PD_ALERTS.has(x.id)),
        }
      : {}),
    // No response is shown as SD (neither better nor worse), the nearest category the record has.
    current: grade === null ? null : grade === "NR" ? "SD" : grade,
    // Review c76-W1: a level lost is no "no progression"; the reference gives no AL criteria to say yes either. Nor
    // while the latest value alone fails it (review c78-M1).
    ...(lost === undefined && once === undefined ? {} : { progression: null }),
    reason,
    atLeast: null,
    confirmedCategory: null,
    bestConfirmed: null,
    basis,
    alHaematologic: {
      grade,
      baseline: base === null ? null : { date: base.date, dflc: base.dflc },
      latest: { date: latest.date, dflc: latest.dflc },
      evaluable,
      ...(lost === undefined ? {} : { responseLost: lost }),
      ...(once === undefined ? {} : { aboveLevelOnce: once }),
    },
    rules: [...rules, ...r.rules],
  };
}

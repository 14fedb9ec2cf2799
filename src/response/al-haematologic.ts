/** AL amyloidosis haematologic response of the current line (treatments.md 6, Cautions in AL:
 * palladini-2012-jco, UNVERIFIED in the reference): CR = negative serum and urine immunofixation and a
 * normal FLC ratio; VGPR = dFLC < 40 mg/L; PR = dFLC fall > 50% from the baseline before treatment; else no
 * response. A baseline dFLC below 50 mg/L cannot be graded by dFLC (milani-2017-blood), only CR. Myeloma
 * criteria (IMWG 2016) graded AL patients before: dFLC 263 -> 30 mg/L read PR (review c8, 08). The IMWG
 * progression stays as computed: the reference gives no AL progression criteria. Pure: no I/O. */
import { trace } from "../model/trace.js";
import type { AlHaematologic, ResponseResult } from "./response.js";
import { RESPONSE_RULES as R } from "./rules.js";
import type { FlcPoint, Points } from "./series.js";

export const AL_DFLC_EVALUABLE_MG_L = 50;
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
): ResponseResult {
  if (r.line === null || r.progression === true || r.current === "PD") return r;
  const latest = points.flc[points.flc.length - 1];
  if (latest === undefined || latest.date <= lineStart) return r;
  const base = baselineOf(points.flc, lineStart, firstLine);
  const evaluable = base === null ? null : dflcEvaluable(base.dflc);
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
  const baseWords =
    base === null
      ? "no dFLC recorded on or before the line start, so PR cannot be graded"
      : `baseline dFLC ${mg(base.dflc)} on ${base.date}${evaluable === false ? ` (< ${AL_DFLC_EVALUABLE_MG_L} mg/L: not evaluable by dFLC, only CR can be graded)` : ""}`;
  const gradeWords = grade === null ? "not graded" : grade === "NR" ? "no response" : grade;
  const basis = `AL haematologic response (Palladini 2012, UNVERIFIED in the clinical reference: CR negative serum and urine immunofixation and a normal FLC ratio; VGPR dFLC < 40 mg/L; PR dFLC fall > 50%): ${baseWords}; latest dFLC ${mg(latest.dflc)} on ${latest.date}${fall !== null ? ` (fall ${Math.round(fall * 100)}%)` : ""}: ${gradeWords}. Myeloma criteria (IMWG 2016), not used for AL: ${r.basis}`;
  const reason =
    grade === null
      ? evaluable === false
        ? `not evaluable by dFLC (baseline dFLC ${mg(base?.dflc ?? 0)} < ${AL_DFLC_EVALUABLE_MG_L} mg/L) and not in CR`
        : "no dFLC recorded on or before the line start, and dFLC not < 40 mg/L"
      : null;
  return {
    ...r,
    // No response is shown as SD (neither better nor worse), the nearest category the record has.
    current: grade === null ? null : grade === "NR" ? "SD" : grade,
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
    },
    rules: [...rules, ...r.rules],
  };
}

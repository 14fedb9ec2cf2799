/** Optional Assessment parts (response, lines of therapy, monitoring) read safely, whether or not the
 * Assessment type names them yet. */

import type { Assessment } from "../engine/assessment.js";
import type { ResponseCategory } from "../model/enums.js";
import type { LinesOfTherapyResult } from "../response/lines.js";
import type { MonitoringResult } from "../response/monitoring.js";
import { imwgMrdNegative } from "../response/mrd.js";
import type { ResponseResult } from "../response/response.js";
import type { HandoutWords, StageScale } from "./words/types.js";

export interface AssessmentExtras {
  response?: ResponseResult | null;
  linesOfTherapy?: LinesOfTherapyResult | null;
  monitoring?: MonitoringResult | null;
}

export interface Extras {
  response: ResponseResult | null;
  lines: LinesOfTherapyResult | null;
  monitoring: MonitoringResult | null;
}

/** No marrow result is recorded: the diagnosis asks for the clonal marrow plasma cells (both summaries say which marrow
 * test the open question on the diagnosis needs; review c43-m1). */
/** Knowledge alerts the pages word in their own places (review c48-F5, F6): amyloid typed as another protein than
 * light chain, and MGUS with a peripheral neuropathy. */
export const OTHER_AMYLOID_ALERT = "alert.amyloid-not-light-chain";
export const MGUS_NEUROPATHY_ALERT = "alert.mgus-with-neuropathy";
export const UNTYPED_AMYLOID_ALERT = "alert.myeloma-with-untyped-amyloid";

export const marrowNotRecorded = (a: Assessment): boolean =>
  a.missingData.some((m) => m.field === "marrow.clonalPlasmaCellPercent");

export function extras(a: Assessment): Extras {
  const x = a as Assessment & AssessmentExtras;
  return { response: x.response ?? null, lines: x.linesOfTherapy ?? null, monitoring: x.monitoring ?? null };
}

/** The patient's sentence on a recorded MRD result: its result with a complete response (IMWG 2016: MRD
 * applies only in CR or sCR), "not readable yet" for a negative one below it, "your team will tell you" for a
 * negative one while the response is not graded, else nothing. */
export function mrdWords(r: ResponseResult | null, w: HandoutWords): string | null {
  const m = r?.mrd;
  if (!m) return null;
  if (m.reading === "in-cr" && m.result === "negative") {
    // "Very sensitive ... MRD-negative" only when the test meets the IMWG definition (review c20).
    const meets = imwgMrdNegative({
      date: m.date ?? "",
      result: m.result,
      method: m.method ?? null,
      sensitivity: m.sensitivity ?? null,
    });
    return meets === true
      ? w.response.mrdNegative
      : meets === false
        ? w.response.mrdNegativeLessSensitive
        : w.response.mrdNegativeSensitivityUnknown;
  }
  if (m.reading === "in-cr") return w.response.mrdPositive;
  if (m.result === "negative" && m.reading === "below-cr") return w.response.mrdNotYet;
  // Review c85-m2: not graded is not "below CR".
  if (m.result === "negative" && m.reading === "cr-not-known") return w.response.mrdNotGraded;
  return null;
}

const RESPONDING: ReadonlySet<string> = new Set(["sCR", "CR", "VGPR", "PR", "MR"]);

/** A response (MR or better) seen on one assessment only. IMWG 2016 needs two consecutive assessments
 * before a response is called (criteria-and-scores.md 6.2, kumar-2016-lancet-oncol), so the patient
 * words say the early results look like a response and a second test is needed to confirm it. */
export function earlyResponse(r: ResponseResult | null): boolean {
  return r?.confirmed === false && r.current !== null && RESPONDING.has(r.current);
}

/** The response the patient words name: the current one, or, while a deeper one awaits its second
 * assessment, the one the last two assessments confirm; null when only early results show a response. */
export function namedResponse(r: ResponseResult | null): ResponseCategory | null {
  if (!r?.current) return null;
  if (!earlyResponse(r)) return r.current;
  const c = r.confirmedCategory;
  return c !== null && RESPONDING.has(c) ? c : null;
}

/** At relapse or progression: the ISS family is defined at diagnosis, so today's values do not give the
 * stage (every summary labels or leaves it out alike). */
export function atRelapse(a: Assessment): boolean {
  return a.phase?.code === "relapsed" || a.phase?.code === "refractory";
}

/** The patient summaries give the myeloma stage only when it is the stage at diagnosis: not at relapse
 * (atRelapse), nor when a treated record holds only on-treatment values for it (engine/iss-values.ts; a
 * stage three weeks into treatment is not the stage of the disease). */
export function stageNotShown(a: Assessment): boolean {
  return atRelapse(a) || a.staging.iss.basis?.from === "on-treatment";
}

/** The ISS stage at diagnosis when the record dates its values before the first treatment (review c17
 * handout 14: at relapse the summaries said the stage is set at diagnosis and then gave none). */
export function stageAtDiagnosis(a: Assessment): number | null {
  return a.staging.iss.basis?.from === "before-treatment" ? a.staging.iss.stage : null;
}

/** The staging system of the myeloma stage the summaries give (R-ISS when known, else ISS), named so the patient
 * hears the stage the clinician's screen shows (review c60-m5). */
export function stageScale(a: Assessment): StageScale {
  return a.staging.riss.stage !== null && a.staging.riss.stage !== undefined ? "R-ISS" : "ISS";
}

/** The ISS stage said after an R-ISS stage it differs from (review c60-m5), else null. */
export function olderScaleStage(a: Assessment): number | null {
  const { riss, iss } = a.staging;
  if (riss.stage === null || riss.stage === undefined || iss.stage === null || iss.stage === undefined)
    return null;
  return iss.stage !== riss.stage ? iss.stage : null;
}

/** Not high risk by the IMS/IMWG 2025 definition the summaries read, high risk by IMWG 2016 or mSMART 3.0, which the
 * clinician's screen also shows (gain(1q) alone; review c60-m5). */
export function olderHighRisk(a: Assessment): boolean {
  const cg = a.risk.cytogenetic;
  return cg.highRisk === false && (cg.imwg2016?.highRisk === true || cg.msmart?.highRisk === true);
}

/** The category the summaries describe: the likely one when the category is indeterminate. */
export function workingCategory(a: Assessment): Assessment["diagnosis"]["category"] {
  return a.diagnosis.likely ?? a.diagnosis.category;
}

/** "2026-11-26" -> "26 November 2026"; other strings are returned as they are (no clock is read). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  if (!m) return iso;
  const month = months[Number(m[2]) - 1];
  if (!month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

export function roman(n: number): string {
  return ["0", "I", "II", "III", "IV", "V"][n] ?? String(n);
}

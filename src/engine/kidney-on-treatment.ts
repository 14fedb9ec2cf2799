/** Kidney impairment that is new or worse on treatment (review c21-8, c22-1): a treated myeloma whose creatinine
 * is now above the IMWG renal-impairment level (> 2 mg/dL) after a value at or below it since the latest line
 * started, or 2 mg/dL or more above the line's start value; or (review c89-U1) whose creatinine clearance is now
 * below the level's other half, CrCl < 40 mL/min, after a value at or above 40 (a creatinine doubling under 2 mg/dL in
 * an old, small patient: 0.9 -> 1.9 mg/dL, CrCl 69.1 -> 32.7 mL/min, raised nothing). The record
 * cannot tell whether the myeloma caused it: IMWG counts kidney impairment for the myeloma only when it is
 * attributable to it, typically light-chain cast nephropathy (criteria-and-scores.md 1.1, 7.4; Dimopoulos
 * 2016), and a creatinine rise of 2 mg/dL or more from the start of therapy, so attributable, is a
 * clinical-relapse item (6.2; IMWG 2016). Before this check the engine only lowered the drug doses for the
 * new kidney function, as if its cause were known. No threshold here is the project's own. */

import { creatinineAboveRenalLevel } from "../criteria/diagnosis/crab.js";
import type { Facts, Measured, SeriesValue } from "../model/facts.js";
import type { MissingInput } from "../model/trace.js";
import { compareDates } from "../response/dates.js";
import { crclCockcroftGaultValue, egfrCkdEpi2021Value } from "../scores/kidney/kidney.js";
import type { Alert } from "./assessment.js";

export const KIDNEY_NEW_ON_TREATMENT = "alert.kidney-new-on-treatment";
/** The missing-data field when the creatinine above the level has no date (review c22-7): a date of a value the
 * record has, not a test to do. */
export const CREATININE_DATE_FIELD = "labs.creatinine.date";

/** The IMWG renal-impairment level of serum creatinine, mg/dL (criteria-and-scores.md 1.1 CRAB "R", 7.4). */
const RENAL_IMPAIRMENT_ABOVE_MG_DL = 2;
/** IMWG 2016 clinical relapse: creatinine rise from the start of therapy, mg/dL (criteria-and-scores.md 6.2). */
const CLINICAL_RELAPSE_RISE_MG_DL = 2;
/** The IMWG renal-impairment level of creatinine clearance, mL/min: "CrCl < 40 mL/min or serum creatinine > 2 mg/dL"
 * (criteria-and-scores.md 1.1 CRAB "R", 7.4; review c89-U1). */
const RENAL_IMPAIRMENT_CRCL_BELOW_ML_MIN = 40;

/** The clearance the CrCl reading uses, for every dated creatinine alike (review c89-U1): the Cockcroft-Gault CrCl
 * (criteria-and-scores.md 7.2; treatments.md conventions: "CrCl = Cockcroft-Gault", the number the doses read) with
 * today's age and weight, the record's only ones; when the weight is not recorded, the CKD-EPI 2021 eGFR, the estimate
 * IMWG prefers (7.4) and that the CRAB renal criterion reads first (1.1: "CrCl may be measured or estimated with
 * MDRD/CKD-EPI", a secondary-source note [S]), the missing weight said; null when neither can be computed (age or sex
 * not recorded). */
interface Clearance {
  kind: "cockcroft-gault" | "ckd-epi-2021";
  of(p: DatedCreatinine): number | null;
}

function clearanceOf(facts: Facts): Clearance | null {
  const { age, sex, weightKg } = facts.patient;
  const input = (p: DatedCreatinine) => ({ creatinineMgDl: p.value, age, sex, weightKg });
  const probe = { date: "", value: 1, reported: { value: 1, unit: "mg/dL" } };
  if (crclCockcroftGaultValue(input(probe)) !== null)
    return { kind: "cockcroft-gault", of: (p) => crclCockcroftGaultValue(input(p)) };
  if (weightKg === null && egfrCkdEpi2021Value(input(probe)) !== null)
    return { kind: "ckd-epi-2021", of: (p) => egfrCkdEpi2021Value(input(p)) };
  return null;
}

/** A clearance below the level (a value not computed is not below it). */
const clearanceBelow = (c: Clearance, p: DatedCreatinine) => {
  const v = c.of(p);
  return v !== null && v < RENAL_IMPAIRMENT_CRCL_BELOW_ML_MIN;
};
/** A clearance at or above the level (a value not computed is not). */
const clearanceAtOrAbove = (c: Clearance, p: DatedCreatinine) => {
  const v = c.of(p);
  return v !== null && v >= RENAL_IMPAIRMENT_CRCL_BELOW_ML_MIN;
};
/** A clearance in words: "CrCl 32.7 mL/min" or "eGFR 36.1 mL/min/1.73 m2". */
const clearanceWords = (c: Clearance, p: DatedCreatinine) =>
  c.kind === "cockcroft-gault" ? `CrCl ${c.of(p)} mL/min` : `eGFR ${c.of(p)} mL/min/1.73 m2`;
/** How it was computed, said once beside the latest value. */
const CLEARANCE_BASIS: Readonly<Record<Clearance["kind"], string>> = {
  "cockcroft-gault": "Cockcroft-Gault, with today's age and weight",
  "ckd-epi-2021":
    "CKD-EPI 2021, with today's age; the weight the Cockcroft-Gault CrCl needs is not recorded, so the eGFR is read against the level, as the CRAB renal criterion reads it",
};

/** The latest line: its dates, and its drugs (carfilzomib's warnings, below). */
interface Line {
  start: string;
  end: string | null;
  drugs: readonly string[];
}

export interface DatedCreatinine {
  date: string;
  /** mg/dL (canonical). */
  value: number;
  /** As the lab reported it: the level is tested in that unit system (crab.ts creatinineAboveRenalLevel). */
  reported: { value: number; unit: string };
}

/** The dated creatinine values up to asOf (the series and the record's lab when dated), oldest first. */
export function creatinines(
  series: readonly SeriesValue[],
  lab: Measured | null,
  asOf: string,
): DatedCreatinine[] {
  const out: DatedCreatinine[] = [];
  for (const p of series) if (compareDates(p.date, asOf) <= 0) out.push(p);
  if (lab?.date && compareDates(lab.date, asOf) <= 0)
    out.push({ date: lab.date, value: lab.value, reported: lab.reported });
  return out.sort((a, b) => compareDates(a.date, b.date));
}

/** The values dated before `date` (a value of the same day is not an earlier one). */
const before = (all: readonly DatedCreatinine[], date: string) =>
  all.filter((p) => compareDates(p.date, date) < 0);

/** A value as reported ("2.6 mg/dL", "230 umol/L"). */
const asReported = (p: DatedCreatinine) => `${p.reported.value} ${p.reported.unit}`;
const mgDl = (v: number) => `${Math.round(v * 100) / 100} mg/dL`;

export interface KidneyOnTreatment {
  alerts: Alert[];
  /** The creatinine's date, when the value above the level has none (review c22-7). */
  missing: MissingInput[];
}

const NONE: KidneyOnTreatment = { alerts: [], missing: [] };

/**
 * The alert, for a treated multiple myeloma (`line`: its latest line) not on dialysis (see below for dialysis):
 * the latest creatinine is above the level and dated on or after the line start, and either a value at or
 * below the level came before it (the latest one on or before the line start, or one during the line), or
 * it is 2 mg/dL or more above the line's start value (IMWG 2016's rise, which has no baseline condition:
 * review c22-1, 2.4 -> 4.6 mg/dL). Otherwise the record cannot say the impairment is new: no alert (the
 * drug cautions for the kidney function still show).
 *
 * Review c22-7: the record's creatinine without a date, above the level, is the current value for the dose
 * cautions (an undated lab is today's); when the dated values make it new or worse by the same tests, the
 * alert says so "if it is current" and the date is asked for (missing data), since only the date tells
 * whether it came before or during the line.
 *
 * Review c22-5: on dialysis, creatinine no longer measures the kidney, and the record does not date the
 * dialysis; but a dated creatinine at or below the level after the line started shows kidneys working then,
 * so the kidney failure that needs dialysis came since: the alert asks for its cause too, without the
 * clinical-relapse rise (a creatinine on dialysis does not measure it). A value from before the line does not
 * show it (review c24-5: a normal value of 2024 called a dialysis three weeks into VCd "new on treatment").
 *
 * `bortezomibRefractory` is the lines' reading (criteria-and-scores.md 9.2): the words then say it beside the IMWG
 * recommendation's bortezomib (review c51-m5).
 */
export function kidneyOnTreatmentAlert(
  facts: Facts,
  line: Line | null,
  text: boolean,
  bortezomibRefractory: boolean,
): KidneyOnTreatment {
  if (line === null) return NONE;
  if (facts.conditions.renalFailureOnDialysis === true)
    return dialysisSince(facts, line, text, bortezomibRefractory);
  // Most records have no creatinine above 2 mg/dL at all (177 umol/L is above it in mg/dL) and fewer than two values,
  // without which neither reading can call a value new: they stop here, before any list is made.
  const lab = facts.labs.creatinine;
  const attribution = facts.conditions.kidneyImpairmentFromMyeloma;
  let any = lab !== null && lab.value > RENAL_IMPAIRMENT_ABOVE_MG_DL;
  for (const p of facts.series.creatinine) if (p.value > RENAL_IMPAIRMENT_ABOVE_MG_DL) any = true;
  if (!any && facts.series.creatinine.length + (lab === null ? 0 : 1) < 2) return NONE;
  const all = creatinines(facts.series.creatinine, lab, facts.asOf);
  const clearance = clearanceOf(facts);
  const dated = all[all.length - 1];
  const datedOnLine = dated !== undefined && compareDates(dated.date, line.start) >= 0;
  if (datedOnLine) {
    const alert = newOrWorse(
      dated,
      before(all, dated.date),
      line,
      text,
      false,
      bortezomibRefractory,
      attribution,
      clearance,
    );
    if (alert) return { alerts: [alert], missing: [] };
  }
  // The dated values say nothing new; an undated value may (read as today's, asOf).
  const current: DatedCreatinine | null =
    lab !== null && lab.date === null ? { date: facts.asOf, value: lab.value, reported: lab.reported } : null;
  if (current !== null) {
    const alert = newOrWorse(
      current,
      before(all, current.date),
      line,
      text,
      true,
      bortezomibRefractory,
      attribution,
      clearance,
    );
    if (alert)
      return {
        alerts: [alert],
        missing: [
          {
            field: CREATININE_DATE_FIELD,
            neededFor: `Kidney impairment new on treatment: the creatinine ${asReported(current)} has no date: whether it came before or during the latest line (from ${line.start}) cannot be told; record its date`,
          },
        ],
      };
  }
  // Review c89-U1: no alert, and the weight the Cockcroft-Gault CrCl needs is not recorded: a creatinine higher on the
  // line than before may have taken the CrCl below 40 mL/min, which the record cannot tell (missing is never normal).
  if (facts.patient.weightKg !== null) return NONE;
  const latest = current ?? (datedOnLine ? dated : null);
  if (latest === null) return NONE;
  const lower = lineReference(before(all, latest.date), line).find((p) => p.value < latest.value);
  if (lower === undefined) return NONE;
  return {
    alerts: [],
    missing: [
      {
        field: "patient.weight",
        neededFor: `kidney impairment new on treatment: whether the Cockcroft-Gault CrCl of creatinine ${asReported(latest)}${latest === current ? " (no date)" : ` on ${latest.date}`}, after ${asReported(lower)} on ${lower.date}, is below 40 mL/min (the IMWG renal-impairment level) cannot be told without the weight`,
      },
    ],
  };
}

/** The values a latest one is compared with (oldest first): the latest on or before the line start, then the line's
 * own values before the latest. */
function lineReference(before: readonly DatedCreatinine[], line: Line): DatedCreatinine[] {
  let atStart: DatedCreatinine | null = null;
  const during: DatedCreatinine[] = [];
  for (const p of before) {
    if (compareDates(p.date, line.start) <= 0) atStart = p;
    else during.push(p);
  }
  return [...(atStart ? [atStart] : []), ...during];
}

/** On dialysis: the alert when a dated creatinine at or below the level (the latest one) is from the line. */
function dialysisSince(
  facts: Facts,
  line: Line,
  text: boolean,
  bortezomibRefractory: boolean,
): KidneyOnTreatment {
  let seen: DatedCreatinine | null = null;
  for (const p of creatinines(facts.series.creatinine, facts.labs.creatinine, facts.asOf))
    if (compareDates(p.date, line.start) > 0 && !creatinineAboveRenalLevel(p)) seen = p;
  if (seen === null) return NONE;
  return {
    alerts: [
      kidneyAlert(
        text
          ? `On dialysis, with creatinine ${asReported(seen)} on ${seen.date} (at or below the IMWG renal-impairment level, 2 mg/dL, 177 umol/L) during the latest line (from ${line.start}${line.end === null ? "" : `; it ended ${line.end}`}): the record does not date the dialysis, but the kidney failure that needs it is new ${line.end === null ? "on treatment" : "since the line started"}. ${ATTRIBUTABLE}`
          : "",
        bortezomibRefractory,
        line,
      ),
    ],
    missing: [],
  };
}

/** The cause, in the clinician's words: what IMWG counts, and what to look for. */
const ATTRIBUTABLE =
  "It counts for the myeloma only when attributable to it, typically light-chain cast nephropathy, caused by the free light chains (IMWG 2016 renal recommendations).";
/** Review c77-W1 (lead): the team's attribution recorded (conditions.kidneyImpairmentFromMyeloma), said as recorded. */
const ATTRIBUTED: Readonly<Record<"true" | "false", string>> = {
  true: "The care team has recorded it as caused by the myeloma (conditions.kidneyImpairmentFromMyeloma): it counts for the myeloma (IMWG 2016 renal recommendations).",
  false:
    "The care team has recorded it as not caused by the myeloma (conditions.kidneyImpairmentFromMyeloma): it does not count for the myeloma.",
};
// Review c50-W4: at relapse with new kidney failure nothing named the IMWG renal recommendation (treatments.md 3b, VCd
// row: bortezomib-based regimens are the cornerstone for myeloma-related renal impairment; dimopoulos-2016-jco-renal).
const TO_DISCUSS =
  "To discuss: its cause, not only the drug doses for the new kidney function: the serum free light chains with the M-protein, nephrology review, and the other harms the clinical reference's renal protection names (NSAIDs and other nephrotoxins, IV contrast, high calcium; the NSAID and contrast specifics are UNVERIFIED in the reference). If it is cast nephropathy, the IMWG renal recommendation is a bortezomib-based regimen with high-dose dexamethasone early.";

// Review c51-m5: the recommendation's bortezomib was named, unqualified, to a bortezomib-refractory patient on Kd. The
// refractoriness is the line count's reading (criteria-and-scores.md 9.2); the choice stays the team's.
const BORTEZOMIB_REFRACTORY =
  " The disease is read as refractory to bortezomib (the lines of therapy): a bortezomib-based regimen is for the team to weigh against that.";

// The latest line holds carfilzomib, whose warnings include acute kidney injury and thrombotic microangiopathy
// (treatments.md 7b, verified: chari-2018-blood-adv, bringhen-2018-haematologica): a patient on Kd whose creatinine rose
// was told only of the myeloma and other nephrotoxins. The reference gives no kidney rule to hold it: none is given.
const CARFILZOMIB =
  " The latest line holds carfilzomib, whose warnings include acute kidney injury and thrombotic microangiopathy (treatments.md 7b): look for them among the causes; the clinical reference gives no kidney rule to hold it.";

function kidneyAlert(head: string, bortezomibRefractory: boolean, line: Line): Alert {
  const carfilzomib = line.drugs.includes("carfilzomib");
  return {
    id: KIDNEY_NEW_ON_TREATMENT,
    severity: "warning",
    text:
      head === ""
        ? ""
        : `${head} ${TO_DISCUSS}${bortezomibRefractory ? BORTEZOMIB_REFRACTORY : ""}${carfilzomib ? CARFILZOMIB : ""}`,
    citations: carfilzomib
      ? [
          "dimopoulos-2016-jco-renal",
          "kumar-2016-lancet-oncol",
          "chari-2018-blood-adv",
          "bringhen-2018-haematologica",
        ]
      : ["dimopoulos-2016-jco-renal", "kumar-2016-lancet-oncol"],
    // The renal-protection list it names carries the reference's UNVERIFIED NSAID and contrast specifics.
    verified: false,
  };
}

/** The alert when `latest` (on or after the line start) is new or worse against `before` (dated values before it,
 * oldest first): by the creatinine level, else (review c89-U1) by the clearance's; null when the record cannot say so. */
function newOrWorse(
  latest: DatedCreatinine,
  before: readonly DatedCreatinine[],
  line: Line,
  text: boolean,
  undated: boolean,
  bortezomibRefractory: boolean,
  /** The team's attribution recorded (true, false), or not (null). */
  attribution: boolean | null,
  clearance: Clearance | null,
): Alert | null {
  const lineStart = line.start;
  // The value at the line start (the latest on or before it), then the line's own values before the latest.
  const reference = lineReference(before, line);
  const atStart =
    reference[0] !== undefined && compareDates(reference[0].date, lineStart) <= 0 ? reference[0] : null;
  const above = creatinineAboveRenalLevel(latest);
  const earlier = above ? reference.find((p) => !creatinineAboveRenalLevel(p)) : undefined;
  const rise = atStart === null ? null : latest.value - atStart.value;
  const riseMet = above && rise !== null && rise >= CLINICAL_RELAPSE_RISE_MG_DL - 1e-9;
  if (earlier === undefined && !riseMet)
    return clearanceFall(
      latest,
      before,
      reference,
      atStart,
      line,
      text,
      undated,
      bortezomibRefractory,
      attribution,
      clearance,
    );
  // Codes only: the alert's id, no words built.
  if (!text) return kidneyAlert("", false, line);
  const from =
    earlier === undefined
      ? `from ${asReported(atStart!)} on ${atStart!.date}, already above it`
      : `after ${asReported(earlier)} on ${earlier.date}`;
  const relapseItem = riseMet
    ? ` The rise from the latest value before the line started (${asReported(atStart!)} on ${atStart!.date}) is ${mgDl(rise!)}: 2 mg/dL or more, ${
        attribution === true
          ? `an IMWG 2016 clinical-relapse item${undated ? " if it is current" : ""}, attributed to the myeloma by the team.`
          : attribution === false
            ? "not counted as an IMWG 2016 clinical-relapse item (recorded as not caused by the myeloma)."
            : `an IMWG 2016 clinical-relapse item if it is ${undated ? "current and " : ""}attributable to the myeloma.`
      }`
    : "";
  const head = undated
    ? `Creatinine ${asReported(latest)} in the record has no date (read as the current value, as the dose cautions read it); it is above the IMWG renal-impairment level (2 mg/dL, 177 umol/L), ${from}${lastDatedWords(before, earlier, atStart)}: if it is current, kidney impairment new or worse ${sinceWords(line)}. Its date is needed to tell.`
    : `Creatinine ${asReported(latest)} on ${latest.date}, above the IMWG renal-impairment level (2 mg/dL, 177 umol/L), ${from}: kidney impairment new or worse ${sinceWords(line)}.`;
  return kidneyAlert(`${head} ${causeWords(attribution)}${relapseItem}`, bortezomibRefractory, line);
}

const sinceWords = (line: Line) =>
  line.end === null
    ? `since the latest line started (${line.start})`
    : `since the latest line started (${line.start}; it ended ${line.end})`;
const causeWords = (attribution: boolean | null) =>
  attribution === null ? ATTRIBUTABLE : ATTRIBUTED[attribution ? "true" : "false"];

/**
 * Review c89-U1: the IMWG renal-impairment level's other half, CrCl < 40 mL/min (criteria-and-scores.md 1.1, 7.4): the
 * latest value's clearance below 40 after one at or above 40 in `reference` (the value at the line start, or one during
 * the line), as the creatinine reading asks a value at or below 2 mg/dL before. A creatinine rise under 2 mg/dL can only
 * meet it, so the clinical-relapse rise (>= 2 mg/dL) is never said here. Null when the record cannot say so.
 */
function clearanceFall(
  latest: DatedCreatinine,
  before: readonly DatedCreatinine[],
  reference: readonly DatedCreatinine[],
  atStart: DatedCreatinine | null,
  line: Line,
  text: boolean,
  undated: boolean,
  bortezomibRefractory: boolean,
  attribution: boolean | null,
  clearance: Clearance | null,
): Alert | null {
  if (clearance === null || !clearanceBelow(clearance, latest)) return null;
  const earlier = reference.find((p) => clearanceAtOrAbove(clearance, p));
  if (earlier === undefined) return null;
  if (!text) return kidneyAlert("", false, line);
  const value = `${clearanceWords(clearance, latest)} (${CLEARANCE_BASIS[clearance.kind]}), below the IMWG renal-impairment level (CrCl <40 mL/min)`;
  const from = `after ${clearanceWords(clearance, earlier)} (creatinine ${asReported(earlier)} on ${earlier.date})`;
  // For an undated value, the latest dated one when it is not the one quoted (review c23-4's words, by the clearance).
  const last = before[before.length - 1];
  const lastDated =
    undated && last !== undefined && last !== earlier && last !== atStart
      ? `; the latest dated value is creatinine ${asReported(last)} on ${last.date} (${clearanceWords(clearance, last)})${clearanceAtOrAbove(clearance, last) ? ", at or above it, so the undated value may be older" : ""}`
      : "";
  const head = undated
    ? `Creatinine ${asReported(latest)} in the record has no date (read as the current value, as the dose cautions read it): ${value}, ${from}${lastDated}: if it is current, kidney impairment new or worse ${sinceWords(line)}. Its date is needed to tell.`
    : `Creatinine ${asReported(latest)} on ${latest.date}: ${value}, ${from}: kidney impairment new or worse ${sinceWords(line)}.`;
  return kidneyAlert(`${head} ${causeWords(attribution)}`, bortezomibRefractory, line);
}

/** Review c23-4: for an undated value, the latest dated one when it is not the one quoted (at or below the level,
 * it says the undated value may be older). */
function lastDatedWords(
  before: readonly DatedCreatinine[],
  earlier: DatedCreatinine | undefined,
  atStart: DatedCreatinine | null,
): string {
  const last = before[before.length - 1];
  if (last === undefined || last === earlier || last === atStart) return "";
  return `; the latest dated value is ${asReported(last)} on ${last.date}${creatinineAboveRenalLevel(last) ? "" : ", at or below it, so the undated value may be older"}`;
}

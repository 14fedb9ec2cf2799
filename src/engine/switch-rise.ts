/** A regimen begun after every earlier line stopped for toxicity or by the patient's choice: a new line by the
 * count (criteria-and-scores.md 9.1 (1)) that replaces a first-line regimen, unless the disease progressed
 * before it began (9.2: relapse is progression). Read from the record and from the values measured before the
 * next line began (response/progression.ts progressionBefore: IMWG 2016, confirmed by two consecutive
 * assessments before new therapy, 6.2). Pure. Used by the phase (phase.ts) and by the alert the reading raises
 * when a rise did not decide it (assess.ts). */

import { round } from "../criteria/diagnosis/logic.js";
import type { TreatmentFact } from "../model/facts.js";
import { compareDates } from "../response/dates.js";
import type { LineOfTherapy } from "../response/lines-types.js";
import {
  DFLC_PD_SIZE_WORDS,
  dflcRiseNotFollowed,
  EPS,
  type PdEvent,
  progressionBefore,
} from "../response/progression.js";
import { lastOnOrBefore, type Points } from "../response/series.js";
import type { Alert } from "./assessment.js";

export const SWITCH_RISE_ALERT = "pathway.rise-before-switch";
/** A confirmed rise the record says was no progression: the record is followed, the conflict named (J6). */
export const SWITCH_RISE_RECORD_ALERT = "pathway.rise-before-switch-against-record";
/** A confirmed dFLC rise before the switch, the FLC not being the disease's measure (review c39-L4, c40-N3). */
export const SWITCH_FLC_ASIDE_ALERT = "pathway.flc-rise-before-switch";

export interface SwitchReading {
  /** The regimen given now replaces a first-line one: the first line's pathway goes on. */
  goesOn: boolean;
  /** When not: why, in words, if a progression read from the values decided it ("" for other reasons). */
  why: string;
  /** A rise that did not decide it: not confirmed before the next line began, or confirmed while the record says
   * the line did not progress (the record is followed; the team is asked to check). */
  doubt: Doubt | null;
  /** When the first-line pathway goes on: a confirmed dFLC rise of the PD size before a switch, not read because
   * the FLC is not the followed measure (or not known to be), the earliest; null when none. */
  flcAside: FlcAside | null;
}

interface FlcAside {
  line: LineOfTherapy;
  next: LineOfTherapy;
  event: PdEvent;
  entryIndex: number;
  stop: "toxicity" | "patient-choice";
  /** No serum, urine or FLC value is dated on or before the first line's start: measurability at diagnosis is
   * not known. */
  diagnosisUnknown: boolean;
  /** The first line's start. */
  firstStart: string;
  /** What the values dated by the first line's start show of the measure (diagnosisMeasureWords), or null. */
  measure: string | null;
}

interface Doubt {
  line: LineOfTherapy;
  next: LineOfTherapy;
  event: PdEvent;
  /** The record says the line did not progress (`progressedOn: false` on its last entry). */
  recordedNo: boolean;
  /** The record index of the line's last entry (the field to record its outcome on). */
  entryIndex: number;
  /** Its stop reason. */
  stop: "toxicity" | "patient-choice";
  /** Confirmed by the 2006/2011 wording only, not by the 2016 one (review c40-N2, N5). */
  versionsDiffer: boolean;
}

const WHAT: Record<PdEvent["param"], { name: string; unit: string }> = {
  serum: { name: "serum M-protein", unit: "g/dL" },
  urine: { name: "urine M-protein", unit: "mg/24 h" },
  flc: { name: "dFLC (involved minus uninvolved free light chain)", unit: "mg/L" },
  marrow: { name: "marrow plasma cells", unit: "%" },
};

/** "its serum M-protein rose from 0.4 g/dL to 1.2 g/dL on 2026-05-05, confirmed on 2026-05-15"; `what` in
 * brackets after it. */
function riseWords(e: PdEvent, what: string): string {
  const w = WHAT[e.param];
  const confirmed = e.confirmation?.by === "second-assessment" ? `, confirmed on ${e.confirmation.on}` : "";
  return `its ${w.name} rose from ${e.nadir} ${w.unit} to ${e.value} ${w.unit} on ${e.date}${confirmed} (${what})`;
}

/** What the rise is, in the IMWG's terms: one assessment is the progression rise once, not progression (review
 * c38-K6); a rise from a low value measured once is progression by the 2006/2011 wording, while the 2016 wording
 * (from the lowest confirmed value) would wait for a further rise (review c38-K4, c39-L1, L6: named in the phase,
 * no alert: it is the common case of values measured every month or two). */
function imwgWords(e: PdEvent, versionsDiffer: boolean): string {
  if (!e.confirmed) return "the IMWG progression rise, one assessment";
  return versionsDiffer
    ? "IMWG progression from the lowest value, the 2006/2011 wording; the 2016 wording, from the lowest confirmed value, would wait for a further rise, the low value having been measured once"
    : "IMWG progression";
}

/** Why the dFLC is not the measure, from the values dated by the first line's start (as progressionBefore reads
 * them; criteria-and-scores.md 6.1), or null when they do not say it plainly (review c41-m4: name the measure). */
function diagnosisMeasureWords(points: Points, baseline: string, lightChainOnly: boolean): string | null {
  const serum = lightChainOnly ? undefined : lastOnOrBefore(points.serum, baseline);
  if (serum !== undefined && serum.value >= 1 - EPS)
    return `the serum M-protein was measurable at diagnosis (${round(serum.value, 2)} g/dL on ${serum.date}), so it is the measure`;
  const urine = lastOnOrBefore(points.urine, baseline);
  if (urine !== undefined && urine.value >= 200 - EPS)
    return `the urine M-protein was measurable at diagnosis (${round(urine.value, 2)} mg/24 h on ${urine.date}), so it is the measure`;
  const flc = lastOnOrBefore(points.flc, baseline);
  if (flc !== undefined && (flc.involved < 100 - EPS || flc.abnormalForInvolved === false))
    return `the free light chains were not measurable at diagnosis (involved ${round(flc.involved, 2)} mg/L on ${flc.date}${
      flc.abnormalForInvolved === false ? ", the ratio not abnormal for it" : ""
    })`;
  return null;
}

const stopWords = (stop: string) => (stop === "toxicity" ? "toxicity" : "the patient's choice");

/**
 * Reads the lines before `last` (the line being given or last started), in order.
 * @example readSwitch(lines, krd, history, points).goesOn // false: VRd stopped for toxicity after a confirmed rise
 */
export function readSwitch(
  lines: readonly LineOfTherapy[],
  last: LineOfTherapy,
  history: readonly TreatmentFact[],
  points: Points,
  /** The record's heavy chain is "none" (progression.ts progressionBefore). */
  lightChainOnly = false,
): SwitchReading {
  let doubt: Doubt | null = null;
  let flcAside: FlcAside | null = null;
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n]!;
    if (l === last) return { goesOn: true, why: "", doubt, flcAside };
    const no = { goesOn: false, why: "", doubt: null, flcAside: null };
    if (l.progressed === true || l.includesAsct) return no;
    const entryIndex = l.entries[l.entries.length - 1]!;
    const entry = history[entryIndex];
    const stop = entry?.stopReason ?? null;
    if (stop !== "toxicity" && stop !== "patient-choice") return no;
    const next = lines[n + 1]!;
    const recordedNo = entry?.progressedOn === false;
    // The rise from the lowest value (2006/2011, as the switch has been read since review c35-G2), measured with
    // the followed parameter of the disease at diagnosis (the first line's baseline; review c38-K2).
    const baseline = lines[0]!.start;
    const event = progressionBefore(points, l.start, next.start, baseline, "any", lightChainOnly);
    const strict =
      event?.confirmed === true
        ? progressionBefore(points, l.start, next.start, baseline, "confirmed", lightChainOnly)
        : null;
    const versionsDiffer = strict?.confirmed !== true;
    if (event?.confirmed === true && !recordedNo) {
      return {
        goesOn: false,
        why: `line ${l.number} (${l.regimens.join(" + ")}) was stopped for ${stopWords(stop)}, but ${riseWords(event, imwgWords(event, versionsDiffer))} before line ${next.number} began on ${next.start}: read as a relapse (its progression is not recorded)`,
        doubt: null,
        flcAside: null,
      };
    }
    // Refractory by its recorded outcome (a best response of PD, say): no switch for toxicity alone.
    if (l.refractory === true) return no;
    // A rise the record agrees with (one assessment, and the record says no progression) raises nothing
    // (review c40-N5: IMWG needs two).
    if (event !== null && doubt === null && !(recordedNo && !event.confirmed))
      doubt = {
        line: l,
        next,
        event,
        recordedNo,
        entryIndex: entry?.index ?? entryIndex,
        stop,
        versionsDiffer: event.confirmed && versionsDiffer,
      };
    // No rise of the followed measure, but the FLC rose (review c39-L4, c40-N3); the record saying the line did
    // not progress has answered it.
    if (event === null && flcAside === null && !recordedNo) {
      const rise = dflcRiseNotFollowed(points, l.start, next.start);
      if (rise !== null)
        flcAside = {
          line: l,
          next,
          event: rise,
          entryIndex: entry?.index ?? entryIndex,
          stop,
          firstStart: baseline,
          measure: diagnosisMeasureWords(points, baseline, lightChainOnly),
          diagnosisUnknown: ![points.serum, points.urine, points.flc].some((xs) =>
            xs.some((p) => compareDates(p.date, baseline) <= 0),
          ),
        };
    }
  }
  return { goesOn: true, why: "", doubt, flcAside };
}

/** The warning of a confirmed dFLC rise before a switch that was not read (the FLC not the measure). */
export function switchFlcAsideAlert(aside: FlcAside, words: boolean): Alert {
  const { line, next, event } = aside;
  const on = event.confirmation?.by === "second-assessment" ? event.confirmation.on : event.date;
  const why = aside.diagnosisUnknown
    ? "whether the disease was measurable at diagnosis is not known: no serum or urine M-protein or free light chain value is dated on or before the first line's start; record them with their dates"
    : (aside.measure ?? "the values dated by the first line's start do not show that");
  const text = `Line ${line.number} (${line.regimens.join(" + ")}) was stopped for ${stopWords(aside.stop)}, and its dFLC rose from ${event.nadir} mg/L to ${event.value} mg/L on ${event.date}, confirmed on ${on}, before line ${next.number} began on ${next.start}: ${DFLC_PD_SIZE_WORDS}. It is not read as a relapse: IMWG 2016 follows the FLC only when neither the serum nor the urine M-protein was measurable at diagnosis and the involved FLC was (>= 100 mg/L, the ratio abnormal for it), and ${why}. Review it with the team (24-h urine M-protein, marrow, imaging); if it was a progression, record it (treatmentHistory.${aside.entryIndex}.progressedOn and its date): the plan and the refractoriness change.`;
  return {
    id: SWITCH_FLC_ASIDE_ALERT,
    severity: "warning",
    text: words ? text : "",
    citations: ["kumar-2016-lancet-oncol"],
    // The FLC progression item is a secondary-source fact of the reference (criteria-and-scores.md 6.2 PD row,
    // [S]), as the response's own dFLC alerts carry it (alertFrom).
    verified: false,
  };
}

/** The diagnosis values a switch's FLC rise asks for when measurability at diagnosis is not known. */
export function switchFlcAsideMissing(aside: FlcAside): { field: string; neededFor: string }[] {
  if (!aside.diagnosisUnknown) return [];
  const neededFor = `IMWG measurable disease at diagnosis (a value dated on or before the first treatment, ${aside.firstStart}): whether the dFLC rise before line ${aside.next.number} is progression`;
  return [
    { field: "series.serumMProtein", neededFor },
    { field: "series.urineMProtein", neededFor },
    { field: "series.involvedFreeLightChain", neededFor },
  ];
}

/** The warning of a rise that did not decide the reading (review c37-J1: one value, not confirmed before the
 * next line, no longer ends the first-line pathway silently; J6: nor does a confirmed rise the record says
 * was no progression: its own id, as the record has answered the question, review c39-L7). */
export function switchRiseAlert(doubt: Doubt, words: boolean): Alert {
  const { line, next, event } = doubt;
  const field = `treatmentHistory.${doubt.entryIndex}.progressedOn`;
  const head = `Line ${line.number} (${line.regimens.join(" + ")}) was stopped for ${stopWords(doubt.stop)}, and ${riseWords(event, imwgWords(event, doubt.versionsDiffer))}`;
  const text = doubt.recordedNo
    ? `${head} before line ${next.number} began on ${next.start}, while the record says the line did not progress (${field} false). The record is followed (the first-line pathway goes on, the line is not read as refractory): check it, and if the disease progressed, record it with its date.`
    : `${head}, not confirmed before line ${next.number} began on ${next.start} (IMWG: two consecutive assessments before new therapy). It is not read as a relapse: the first-line pathway goes on. If it was a progression, record it (${field} and its date): the plan and the refractoriness change.`;
  return {
    id: doubt.recordedNo ? SWITCH_RISE_RECORD_ALERT : SWITCH_RISE_ALERT,
    // Against the record: a warning when every wording confirms the rise, else information (review c40-N2).
    severity: doubt.recordedNo && doubt.versionsDiffer ? "info" : "warning",
    text: words ? text : "",
    citations: ["kumar-2016-lancet-oncol", "rajkumar-2015-blood-lines"],
    verified: true,
  };
}

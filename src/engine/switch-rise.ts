/** A regimen begun after every earlier line stopped for toxicity or by the patient's choice: a new line by the
 * count (criteria-and-scores.md 9.1 (1)) that replaces a first-line regimen, unless the disease progressed
 * before it began (9.2: relapse is progression). Read from the record and from the values measured before the
 * next line began (response/progression.ts progressionBefore: IMWG 2016, confirmed by two consecutive
 * assessments before new therapy, 6.2). Pure. Used by the phase (phase.ts) and by the alert the reading raises
 * when a rise did not decide it (assess.ts). */
import type { TreatmentFact } from "../model/facts.js";
import type { LineOfTherapy } from "../response/lines-types.js";
import { type PdEvent, progressionBefore } from "../response/progression.js";
import type { Points } from "../response/series.js";
import type { Alert } from "./assessment.js";

export const SWITCH_RISE_ALERT = "pathway.rise-before-switch";

export interface SwitchReading {
  /** The regimen given now replaces a first-line one: the first line's pathway goes on. */
  goesOn: boolean;
  /** When not: why, in words, if a progression read from the values decided it ("" for other reasons). */
  why: string;
  /** A rise that did not decide it: not confirmed before the next line began, or confirmed while the record says
   * the line did not progress (the record is followed; the team is asked to check). */
  doubt: Doubt | null;
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
  /** Confirmed by the 2006/2011 wording (from the lowest value) only, not by the 2016 one (from the lowest
   * confirmed value): the versions differ (review c38-K4). */
  versionsDiffer: boolean;
}

const WHAT: Record<PdEvent["param"], { name: string; unit: string }> = {
  serum: { name: "serum M-protein", unit: "g/dL" },
  urine: { name: "urine M-protein", unit: "mg/24 h" },
  flc: { name: "dFLC (involved minus uninvolved free light chain)", unit: "mg/L" },
  marrow: { name: "marrow plasma cells", unit: "%" },
};

/** "its serum M-protein rose from 0.4 g/dL to 1.2 g/dL on 2026-05-05, confirmed on 2026-05-15 (IMWG
 * progression)"; one assessment is the progression rise once, not progression (review c38-K6). */
function riseWords(e: PdEvent): string {
  const w = WHAT[e.param];
  const confirmed = e.confirmation?.by === "second-assessment" ? `, confirmed on ${e.confirmation.on}` : "";
  const what = e.confirmed ? "IMWG progression" : "the IMWG progression rise, one assessment";
  return `its ${w.name} rose from ${e.nadir} ${w.unit} to ${e.value} ${w.unit} on ${e.date}${confirmed} (${what})`;
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
): SwitchReading {
  let doubt: Doubt | null = null;
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n]!;
    if (l === last) return { goesOn: true, why: "", doubt };
    const no = { goesOn: false, why: "", doubt: null };
    if (l.progressed === true || l.includesAsct) return no;
    const entryIndex = l.entries[l.entries.length - 1]!;
    const entry = history[entryIndex];
    const stop = entry?.stopReason ?? null;
    if (stop !== "toxicity" && stop !== "patient-choice") return no;
    const next = lines[n + 1]!;
    const recordedNo = entry?.progressedOn === false;
    // Measured from the lowest value (2006/2011, as the switch has been read since review c35-G2) and from the
    // lowest confirmed one (2016): when only the older wording confirms it (one low value measured once), the
    // relapse is still read and the other reading is named, with the way to record that there was none (review
    // c38-K4).
    const baseline = lines[0]!.start;
    const event = progressionBefore(points, l.start, next.start, baseline, "any");
    const strict =
      event?.confirmed === true
        ? progressionBefore(points, l.start, next.start, baseline, "confirmed")
        : null;
    const versionsDiffer = event?.confirmed === true && strict?.confirmed !== true;
    if (event?.confirmed === true && !recordedNo)
      return {
        goesOn: false,
        why: `line ${l.number} (${l.regimens.join(" + ")}) was stopped for ${stopWords(stop)}, but ${riseWords(event)} before line ${next.number} began on ${next.start}${versionsDiffer ? " (by the 2006/2011 wording, from the lowest value; the 2016 wording, from the lowest confirmed value, does not confirm it)" : ""}: read as a relapse (its progression is not recorded)`,
        doubt: versionsDiffer
          ? { line: l, next, event, recordedNo, entryIndex: entry?.index ?? entryIndex, stop, versionsDiffer }
          : null,
      };
    // Refractory by its recorded outcome (a best response of PD, say): no switch for toxicity alone.
    if (l.refractory === true) return no;
    if (event !== null && doubt === null)
      doubt = {
        line: l,
        next,
        event,
        recordedNo,
        entryIndex: entry?.index ?? entryIndex,
        stop,
        versionsDiffer,
      };
  }
  return { goesOn: true, why: "", doubt };
}

/** The warning of a rise that did not decide the reading (review c37-J1: one value, not confirmed before the
 * next line, no longer ends the first-line pathway silently; J6: nor does a confirmed rise the record says
 * was no progression). */
export function switchRiseAlert(doubt: Doubt, words: boolean): Alert {
  const { line, next, event } = doubt;
  const field = `treatmentHistory.${doubt.entryIndex}.progressedOn`;
  const head = `Line ${line.number} (${line.regimens.join(" + ")}) was stopped for ${stopWords(doubt.stop)}, and ${doubt.versionsDiffer ? riseWords(event).replace(" (IMWG progression)", "") : riseWords(event)}`;
  const text = doubt.recordedNo
    ? `${head} before line ${next.number} began on ${next.start}, while the record says the line did not progress (${field} false). The record is followed (the first-line pathway goes on, the line is not read as refractory): check it, and if the disease progressed, record it with its date.`
    : doubt.versionsDiffer
      ? `${head} before line ${next.number} began on ${next.start}: progression by the 2006/2011 wording (from the lowest value), not by the 2016 wording (from the lowest confirmed value: the low value was measured once). It is read as a relapse, so the first-line pathway (a transplant) is not offered; if the team judges that the line did not progress, record it (${field} false) and the first-line pathway applies.`
      : `${head}, not confirmed before line ${next.number} began on ${next.start} (IMWG: two consecutive assessments before new therapy). It is not read as a relapse: the first-line pathway goes on. If it was a progression, record it (${field} and its date): the plan and the refractoriness change.`;
  return {
    id: SWITCH_RISE_ALERT,
    severity: "warning",
    text: words ? text : "",
    citations: ["kumar-2016-lancet-oncol", "rajkumar-2015-blood-lines"],
    verified: true,
  };
}

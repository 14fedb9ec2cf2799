/** The treatment phase: where the patient stands in the pathway, derived from the lines of therapy
 * (Rajkumar 2015), their IMWG response and refractoriness (IMWG 2011, from response/lines), and the
 * clinician's transplant decision. The line being given is never a prior line. */
import { round } from "../criteria/diagnosis/logic.js";
import type { Facts, TreatmentFact } from "../model/facts.js";
import { merged } from "../model/merged.js";
import { defineRules, type RuleDef, type RuleTrace, trace } from "../model/trace.js";
import { CALCIUM_ABOVE_MG_DL } from "../response/clinical-relapse.js";
import { compareDates, completedMonths, daysBetween, progressionRecorded } from "../response/dates.js";
import { BCMA_CAR_T, canonicalDrugName, carTInfusionUndated, holdsCarT } from "../response/drug-classes.js";
import {
  type LineOfTherapy,
  type LinesOfTherapyResult,
  maintenanceAgentsOnly,
  mayStillBeGiven,
  stoppedEndNotRecorded,
  transplantEnded,
} from "../response/lines.js";
import { ON_THERAPY_FLOOR_MONTHS } from "../response/monitoring.js";
import type { OlderPdReading } from "../response/pd-versions.js";
import { radiotherapyBeingGiven, radiotherapyGiven } from "../response/radiotherapy.js";
import { NOT_REPEATED_WORDS, type ResponseResult } from "../response/response.js";
import { collectPoints, marrowPoints, type Points, withLab } from "../response/series.js";
import type { PhaseResult, TreatmentPhase } from "./assessment.js";
import { STOP_REASON_WORDS } from "./bone-agent.js";
import { isContinuousDrd, isDrdAfterDvrd, isRdOnly } from "./plan.js";
import { readSwitch } from "./switch-rise.js";

export const PHASE_RULES = defineRules({
  untreated: {
    id: "phase.untreated",
    citation: "rajkumar-2015-blood-lines",
    text: "No line of therapy has started: untreated",
    evidence: "verified",
  },
  onLine: {
    id: "phase.on-line",
    citation: "rajkumar-2015-blood-lines",
    text: "A line being given is the current line; only lines before it are prior lines. Induction -> ASCT -> consolidation -> maintenance is one line",
    evidence: "verified",
  },
  progressed: {
    id: "phase.progressed",
    citation: "kumar-2016-lancet-oncol",
    text: "Progression on or after the latest line (IMWG 2016): that line is finished and counts as a prior line for the next",
    evidence: "verified",
  },
  refractory: {
    id: "phase.refractory",
    citation: "rajkumar-2011-blood",
    text: "Refractory: progression on the line or within 60 days of its last dose (IMWG 2011); otherwise relapsed",
    evidence: "secondary",
  },
  finished: {
    id: "phase.line-finished",
    citation: "rajkumar-2015-blood-lines",
    text: "The latest line has ended without progression recorded on or after it",
    evidence: "verified",
  },
  outcomeUnknown: {
    id: "phase.line-outcome-unknown",
    citation: "kumar-2016-lancet-oncol",
    text: "A finished line whose progression the record cannot tell (no progression recorded or measured, and today's values meet active myeloma or no outcome was recorded; or a progression measured but not confirmed yet, whatever the history recorded): the outcome is unknown",
    evidence: "verified",
  },
  pdVersionsDiffer: {
    id: "phase.pd-versions-differ",
    citation: "rajkumar-2011-blood",
    text: "The IMWG versions differ on the value PD is measured from: 'lowest response value' (2006, 2011) or 'lowest confirmed response value' (2016). When the older wording gives a confirmed PD that the 2016 grading does not, the line's outcome is unknown and both readings are named; on a line still being given, the phase names both readings as a possible progression to review before the line goes on",
    evidence: "secondary",
  },
  smmTherapy: {
    id: "phase.smoldering-therapy",
    citation: "dimopoulos-2025-nejm-aquila",
    text: "Therapy recorded for high-risk smouldering myeloma, no progression recorded and today's values not active myeloma: the phase is SMM therapy, no line of myeloma therapy and no myeloma pathway. Daratumumab SC (AQUILA) is fixed-duration: up to 39 cycles / 36 months or until progression",
    evidence: "verified",
  },
  plasmacytomaOnRadiotherapy: {
    id: "phase.plasmacytoma-on-radiotherapy",
    citation: "nccn-mm-2026",
    text: "Solitary plasmacytoma with definitive radiotherapy recorded as started and not ended (treatments.md 1: definitive involved-site RT is the primary treatment): the treatment is being given; follow-up every 3-6 months comes after it (NCCN); radiotherapy is no line of myeloma therapy",
    evidence: "verified",
  },
  plasmacytomaAfterRadiotherapy: {
    id: "phase.plasmacytoma-after-radiotherapy",
    citation: "nccn-mm-2026",
    text: "Solitary plasmacytoma with definitive radiotherapy recorded as ended (treatments.md 1: definitive involved-site RT is the primary treatment): the treatment is finished and follow-up comes next (every 3-6 months, NCCN); radiotherapy is no line of myeloma therapy",
    evidence: "verified",
  },
  afterCarT: {
    id: "phase.after-car-t",
    citation: "san-miguel-2023-nejm-cartitude4",
    text: "A BCMA CAR-T product is a single infusion (treatments.md 5b): once given, the line is in follow-up (response and long-term monitoring), not a regimen to continue; the line keeps its number and the lines before it stay the prior lines",
    evidence: "verified",
  },
  mayStillBeGiven: {
    id: "phase.entry-may-still-be-given",
    citation: "rajkumar-2015-blood-lines",
    text: "The latest line has ended, but an earlier entry with no end holds one of its drugs, or the latest entry is corticosteroids only, and nothing began after it (e.g. lenalidomide maintenance, then dexamethasone added for a while): the count stands (an unplanned added drug starts a new line; stopping only some of its drugs is no new one), but whether that entry's drugs are still given is not known until its end is recorded",
    evidence: "secondary",
  },
  // Review c70-W1; criteria-and-scores.md 6.2 (PD: a rise from the lowest confirmed response value) [S].
  valuesBeforeLine: {
    id: "phase.values-before-line",
    citation: "kumar-2016-lancet-oncol",
    text: "A finished line with no disease value (serum or urine M-protein, free light chains, immunofixation, marrow, imaging; not blood counts or creatinine) dated after its start: the values are from before it (the diagnosis's) and cannot tell its outcome (progression is a rise from the lowest confirmed response value, IMWG 2016), so they do not open it: as on a line with nothing measured since it began, no progression is read, and the response assessment is asked. An undated value is today's (the record contract)",
    evidence: "secondary",
  },
  // Review c73-W1, c75-W1; criteria-and-scores.md 6.1 (FLC followed only when serum and urine M-protein are not
  // measurable), 6.2 (PD: a rise from the lowest confirmed response value) [S], treatments.md 5b.
  carTNotAssessed: {
    id: "phase.car-t-response-not-assessed",
    citation: "kumar-2016-lancet-oncol",
    text: "After a BCMA CAR-T infusion (a single infusion, followed up), while a parameter measurable before it (serum or urine M-protein, free light chains, marrow) has not been repeated since, the response cannot be graded: values measured after the infusion with no value of their kind before it (a free light chain or a marrow first measured after it), and imaging after it without new lesions, show no rise and do not open the line's outcome, nor does a rise of a parameter the response does not follow (a free light chain while the serum or urine M-protein is measurable: criteria-and-scores.md 6.1, FLC response only when neither is measurable) (progression is a rise from the lowest confirmed response value, IMWG 2016; blood counts and creatinine are never read here: cytopenias and kidney injury are among the infusion's own toxicities). A parameter the response follows (response.measurableBy) risen from its own before the infusion, a calcium above 11 mg/dL, new lesions on imaging after it, or a progression recorded or measured still do. The response assessment is asked",
    evidence: "secondary",
  },
  transplantPlanned: {
    id: "phase.transplant-planned",
    citation: "nccn-mm-2026",
    text: "Transplant candidate (clinician decision), induction given, no ASCT yet: stem cell collection and transplant are planned",
    evidence: "secondary",
  },
});

export interface PhaseInputs {
  facts: Facts;
  lines: LinesOfTherapyResult;
  /** `current` and `confirmed` tell a possible (unconfirmed) progression: PD measured once, awaiting its
   * confirming repeat test (absent: none). */
  response: Pick<ResponseResult, "progression" | "progressionDate"> &
    Partial<
      Pick<
        ResponseResult,
        "current" | "confirmed" | "pdByOlderWording" | "measurableBy" | "line" | "alHaematologic"
      >
    >;
  /** Today's values meet active myeloma (IMWG 2014), null when they cannot tell. */
  activeDisease: boolean | null;
  /** The treatment entries in line order (inLineOrder(facts)) when the caller has sorted them already. */
  history?: readonly TreatmentFact[];
  /** The dated series (collectPoints(facts)) when the caller has collected them already. */
  points?: Points | undefined;
  /** Codes only (assessCompact): the reason is "" and no rule traces are built; every other field is
   * the same. Default false. */
  codesOnly?: boolean;
  /** The category is a solitary plasmacytoma (with or without minimal marrow involvement): radiotherapy
   * recorded is its definitive treatment. Default false. */
  solitaryPlasmacytoma?: boolean;
}

/** Treatment entries in line order (the order response/lines numbers them in). */
export function inLineOrder(facts: Facts): TreatmentFact[] {
  return [...facts.treatmentHistory].sort((a, b) => compareDates(a.start, b.start) || a.index - b.index);
}

const regimensOf = (l: LineOfTherapy) => l.regimens.join(", ");

/** The last of `lines` started on or before `asOf` (the last match, as filter()'s last element). */
function lastStarted(lines: readonly LineOfTherapy[], asOf: string): LineOfTherapy | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (compareDates(l.start, asOf) <= 0) return l;
  }
  return undefined;
}

/** Every line before `last` stopped for toxicity or by the patient's choice (the stop reason of its last entry),
 * with no progression on it (recorded, or measured and confirmed before the next line began) and no transplant:
 * the regimen given now replaces a first-line regimen, a new line by the count (criteria-and-scores.md 9.1 (1))
 * but no relapse (9.2: relapse is progression). The first-line pathway goes on: a transplant candidate's
 * transplant is still ahead (review c33 MINOR; review c35-G2, c36-H1, H6, c37-J1, J6, J7, J13: which rises count,
 * engine/switch-rise.ts). A stop reason not recorded is not read as one of these. */
function firstLineGoesOn(
  input: PhaseInputs,
  last: LineOfTherapy,
  history: readonly TreatmentFact[],
): boolean {
  return firstLineEnd(input, last, history) === null;
}

/** Why the regimen given now is not read as replacing a first-line regimen (firstLineGoesOn): null when it
 * is; else the reason in words when a progression read from the values decided it (review c36-H7), "" for
 * the other reasons (engine/switch-rise.ts). */
function firstLineEnd(
  input: PhaseInputs,
  last: LineOfTherapy,
  history: readonly TreatmentFact[],
): string | null {
  const reading = readSwitch(
    input.lines.lines,
    last,
    history,
    input.points ?? collectPoints(input.facts),
    input.facts.labs.heavyChain === "none",
  );
  return reading.goesOn ? null : reading.why;
}

/**
 * Derives the treatment phase from the record.
 * @example derivePhase({ facts, lines, response, activeDisease: true }).code // "induction" three weeks into DRd
 */
export function derivePhase(input: PhaseInputs): PhaseResult {
  const { facts, lines, response, activeDisease } = input;
  const words = input.codesOnly !== true;
  const asOf = facts.asOf;
  const last = lastStarted(lines.lines, asOf);
  if (!last) {
    const smm = smmTherapyPhase(input);
    if (smm) return smm;
    const rt =
      input.solitaryPlasmacytoma === true
        ? (radiotherapyBeingGiven(facts) ?? radiotherapyGiven(facts))
        : null;
    if (rt) return plasmacytomaRadiotherapy(rt, activeDisease, asOf, words);
    const smmGiven = facts.treatmentHistory.filter(
      (t) => t.setting === "smoldering-myeloma" && compareDates(t.start, asOf) <= 0,
    );
    // Entries recorded that are no line (rajkumar-2015-blood-lines): local therapy without a drug (surgery,
    // radiotherapy beside myeloma) and supportive care alone. "No therapy recorded" would deny them.
    const notLines = facts.treatmentHistory.filter(
      (t) => t.setting !== "smoldering-myeloma" && compareDates(t.start, asOf) <= 0,
    );
    const local = notLines.filter((t) => t.drugs.length === 0 && !t.asct);
    const given = (ts: readonly TreatmentFact[]) => ts.map((t) => `${t.regimen}, from ${t.start}`).join("; ");
    // The keys in the order the Assessment has always written them.
    return {
      currentRegimen: null,
      weeksOnCurrentLine: null,
      activeDisease,
      code: "untreated",
      reason:
        smmGiven.length === 0
          ? notLines.length === 0
            ? "No therapy recorded."
            : words
              ? `No line of myeloma therapy recorded (recorded, and no line: ${given(notLines)}).`
              : ""
          : words
            ? `No line of myeloma therapy: the therapy for smouldering myeloma (${smmGiven.map((t) => `${t.regimen}, from ${t.start}`).join("; ")}) is not a line of myeloma therapy; it progressed, or today's values meet active myeloma: newly diagnosed myeloma (its drugs still count for exposure and refractoriness).`
            : "",
      priorLines: 0,
      currentLine: null,
      lastLine: null,
      lastRegimen: null,
      progressed: null,
      rules: words
        ? [
            trace(
              PHASE_RULES.untreated,
              smmGiven.length > 0
                ? { linesStarted: 0, smmTherapy: smmGiven.map((t) => t.regimen).join(", ") }
                : local.length > 0
                  ? { linesStarted: 0, localTherapy: local.map((t) => t.regimen).join(", ") }
                  : { linesStarted: 0 },
            ),
          ]
        : [],
    };
  }

  const history = input.history ?? inLineOrder(facts);
  // One pass over the line's entries started by asOf: the latest of them, the latest still running
  // (not ended before asOf), and whether one was a transplant.
  let current: TreatmentFact | null = null;
  let latestEntry: TreatmentFact | null = null;
  let asctDone = false;
  for (const i of last.entries) {
    const t = history[i];
    if (t === undefined || compareDates(t.start, asOf) > 0) continue;
    latestEntry = t;
    if (t.asct) asctDone = true;
    // An entry a transplant ended is not given now (response/lines.ts transplantEnded).
    if (
      t.end === null
        ? !stoppedEndNotRecorded(t) && transplantEnded(history, i, asOf) === null
        : compareDates(t.end, asOf) >= 0
    )
      current = t;
  }
  const onTherapy = current !== null;
  const lastRegimen = regimensOf(last);
  const n = last.number;
  const lineWords = words ? `line ${n} (${lastRegimen}, from ${last.start})` : "";
  const candidate = facts.transplant.candidate;

  const established = response.progression === true || last.progressed === true;
  // Missing is not normal: a PD measured after the line but not confirmed yet (IMWG: a second consecutive
  // assessment) leaves the outcome open, whatever "no progression" the history recorded earlier.
  // The versions differ (criteria-and-scores 6.2 (a)): a PD the older wording confirms leaves it open too.
  const older = !established && !onTherapy ? olderConfirmedPd(response) : null;
  const possible = possibleProgression(response) ?? older?.date ?? null;
  // Review c70-W1: a finished line with every disease value dated before its start: "today's values" are the
  // diagnosis's and cannot tell its outcome (criteria-and-scores.md 6.2): not read as active disease now.
  // Re-check c71-W1: the first line only. A later line began for a relapse: its values before it are the relapse's,
  // and a relapse line stopped with nothing measured since still needs the next line (the relapse options).
  const before =
    !established && !onTherapy && n === 1
      ? latestDiseaseValueBefore(facts, input.points ?? collectPoints(facts), last.start)
      : null;
  const active = before === null ? activeDisease : null;
  // Review c73-W1: the response since the infusion is read on the followed parameters of the line the response grades.
  const carTReading =
    established || onTherapy
      ? null
      : carTFollowedUp(
          latestEntry,
          possible,
          active,
          facts,
          asOf,
          response.line === n ? (response.measurableBy ?? []) : [],
          () => input.points ?? collectPoints(facts),
        );
  // Review c76-W1: an AL response level lost since the line (al-haematologic.ts): the outcome stays open, whatever "no
  // progression" the history recorded before it (the reference gives no AL progression criteria to decide it).
  const alLost = response.alHaematologic?.responseLost;
  const progressed: boolean | null = established
    ? true
    : onTherapy || carTReading !== null
      ? false
      : response.progression === false && older === null
        ? false
        : (last.progressed === false || before !== null) &&
            active !== true &&
            possible === null &&
            alLost === undefined
          ? false
          : null;

  const common: LineSoFar = { activeDisease: active, lastLine: n, lastRegimen, progressed };
  const inputs = words
    ? {
        line: n,
        regimens: lastRegimen,
        onTherapy,
        progressionMeasured: response.progression,
        progressionRecorded: last.progressed,
        activeDisease: active,
      }
    : null;

  if (progressed === true) {
    const refractory = last.refractory === true;
    const when =
      response.progression === true && response.progressionDate ? ` on ${response.progressionDate}` : "";
    const refWords =
      last.refractory === true
        ? "refractory (progression on it or within 60 days of its last dose)"
        : last.refractory === false
          ? "relapsed (progression more than 60 days after its last dose)"
          : "relapsed (refractoriness not known)";
    return startedPhase(common, {
      code: refractory ? "refractory" : "relapsed",
      reason: words
        ? `Progressed${when} on or after ${lineWords}: ${refWords}; ${n} prior line${n === 1 ? "" : "s"}.`
        : "",
      priorLines: n,
      currentLine: null,
      rules: inputs
        ? [
            trace(PHASE_RULES.progressed, inputs),
            trace(PHASE_RULES.refractory, { line: n, refractory: last.refractory ?? null }),
          ]
        : [],
    });
  }

  if (onTherapy && current) {
    const weeks = Math.floor(daysBetween(last.start, asOf) / 7);
    const since = `week ${weeks + 1} of line ${n} (from ${last.start})`;
    let code: TreatmentPhase;
    let what: string;
    // Why a line stopped for toxicity or by choice is read as a relapse, when the values say (review c36-H7).
    let after = "";
    const carT = words ? carTInfusion(current, asOf) : null;
    // Read once: whether a switch after earlier lines is a relapse, and why (engine/switch-rise.ts).
    const switchEnd = n >= 2 && current.phase !== "maintenance" ? firstLineEnd(input, last, history) : null;
    // Review c56 UNSAFE-4: maintenance agents alone after the line's transplant, no phase recorded: the line count
    // reads them as its maintenance (response/lines.ts maintenanceToRead), and so does the step.
    const readAsMaintenance =
      current.phase === null &&
      asctDone &&
      !current.asct &&
      maintenanceAgentsOnly(current.drugs.map((d) => canonicalDrugName(d)));
    if (current.phase === "maintenance" || readAsMaintenance) {
      code = "maintenance";
      what = readAsMaintenance
        ? `On maintenance (${current.regimen}; read as maintenance, its phase not recorded)`
        : `On maintenance (${current.regimen})`;
    } else if (switchEnd !== null) {
      code = "relapsed";
      what = `On therapy for relapsed disease (${current.regimen}), no progression recorded on it`;
      if (words && switchEnd) after = ` ${switchEnd[0]!.toUpperCase()}${switchEnd.slice(1)}.`;
    } else if (asctDone) {
      code = "post-transplant";
      what = `After the transplant (${current.regimen}${current.phase ? `, ${current.phase}` : ""})`;
    } else if (current.phase === "transplant") {
      code = "transplant";
      what = `Stem cell collection / transplant under way (${current.regimen})`;
    } else if (
      candidate !== "yes" &&
      candidate !== null &&
      isContinuousDrd(current.drugs.map((d) => canonicalDrugName(d)))
    ) {
      // DRd is given until progression (treatments.md 4; facon-2019-nejm-maia): without a transplant, one
      // continuous regimen, no induction followed by maintenance (review c10-W2; the plan says the same).
      // After D-VRd in the same line it is CEPHEUS's continuation (treatments.md 4, D-VRd row: "VRd x 8 cycles ->
      // D-Rd until progression"; usmani-2025-nat-med), not MAIA's DRd from the start.
      code = "induction";
      what = isDrdAfterDvrd(current.drugs, last.drugs)
        ? `On continuous first-line therapy (${current.regimen}: D-Rd after D-VRd, given until progression or intolerance: CEPHEUS's continuation of D-VRd x 8; no separate induction or maintenance), no progression recorded`
        : `On continuous first-line therapy (${current.regimen}, given until progression or intolerance: MAIA; no separate induction or maintenance), no progression recorded`;
    } else if (
      (candidate === "no" || candidate === "deferred") &&
      n === 1 &&
      isRdOnly(current.drugs.map((d) => canonicalDrugName(d)))
    ) {
      // Review c88-m3: Rd for 148 weeks read "induction" with maintenance next. Rd, alone (treatments.md 4: the doublet
      // for frail patients) or after VRd x 8 (S0777: "8 cycles -> Rd"), is the continued therapy itself; the reference
      // gives Rd no fixed duration (the project's reading, UNVERIFIED).
      code = "induction";
      what = `On continuous first-line therapy (${current.regimen}, given without a set end: treatments.md 4 gives Rd, alone or after VRd x 8, no fixed duration (UNVERIFIED reading); no separate induction or maintenance), no progression recorded`;
    } else {
      code = "induction";
      what =
        n >= 2
          ? `On first-line therapy (${current.regimen}) in place of a regimen stopped for toxicity or by the patient's choice, no progression recorded (a new line by the count, criteria-and-scores.md 9.1; no relapse)`
          : `On first-line therapy (${current.regimen}), no progression recorded`;
    }
    // A single infusion (treatments.md 5b; review c10-H1, c11a): followed up, never "on therapy". The code stays
    // the line's setting (the public phase codes are extended, never renamed); only the words change.
    if (carT)
      what =
        carT.day === null || carT.days === null
          ? // Review c29-U1': the entry began before the infusion; its day is not recorded, and none is guessed.
            `A one-time CAR-T infusion (${carT.product}, ${current.regimen}), its entry begun on ${current.start}: the infusion day is not recorded (the entry lists lymphodepletion drugs and has no end); then follow-up (response and long-term monitoring), not a regimen to continue; no progression recorded`
          : `After a one-time CAR-T infusion (${carT.product}, ${current.regimen}) on ${carT.day}, ${carT.days} day${carT.days === 1 ? "" : "s"} ago: in follow-up (response and long-term monitoring), not a regimen to continue; no progression recorded since`;
    // Review c39-L2: the line goes on, but a PD the older wording confirms while the 2016 grading does not
    // (a nadir measured once) is said beside it: "no progression" alone would keep a failing line going.
    // Review c41-m2: a line the record says has not progressed is followed as recorded, the other reading named.
    const possible = olderConfirmedPd(response);
    const by2016 =
      response.current === "PD" ? "not confirmed yet: a repeat test is needed to confirm it" : "not met";
    // Re-check c78-W1 (helper's leftover): an AL response level lost on the line being given is said beside "no
    // progression recorded" (the reference gives no AL progression criteria: not graded; al-haematologic.ts).
    const doubt =
      words && alLost !== undefined
        ? ` The AL involved free light chain is rising on it (${alLost.level} lost; the reference gives no AL haematologic progression criteria): assess relapse and organ status with the team.`
        : words && possible
          ? last.progressed === false
            ? ` The record says the line has not progressed (followed as recorded), while ${olderWords(possible, by2016)}.`
            : ` Possible progression on it: ${olderWords(possible, by2016)}. Review the trend with the team before the line goes on.`
          : "";
    return startedPhase(common, {
      code,
      reason: words
        ? `${what}: ${carT ? `line ${n}` : since}; ${n - 1 === 0 ? "no prior lines" : `${n - 1} prior line${n - 1 === 1 ? "" : "s"}`}.${after}${doubt}`
        : "",
      priorLines: n - 1,
      currentLine: n,
      currentRegimen: current.regimen,
      weeksOnCurrentLine: weeks,
      rules: inputs
        ? [
            trace(
              PHASE_RULES.onLine,
              merged(inputs, { currentEntry: current.regimen, entryPhase: current.phase }),
            ),
            ...(carT
              ? [
                  trace(PHASE_RULES.afterCarT, {
                    product: carT.product,
                    infusionDate: carT.day,
                    daysSinceInfusion: carT.days,
                  }),
                ]
              : []),
            ...(possible
              ? [olderTrace(possible, response.current === "PD" ? "unconfirmed" : "not met")]
              : []),
          ]
        : [],
    });
  }

  // Off therapy, no progression established: the step is read from the line's structure; when its outcome
  // is unknown the reason says so (the engine then shows each branch, marked conditional).
  // Review c56 WRONG-1: stopped on a day not recorded (its entries' stop reason, no end).
  const ended = last.end
    ? ` ended ${last.end}`
    : latestEntry !== null && stoppedEndNotRecorded(latestEntry)
      ? ` stopped (${latestEntry.stopReason}) on a day not recorded`
      : "";
  const unknown =
    progressed === null
      ? `; its outcome is unknown: ${
          possible !== null
            ? `possible progression on ${possible} (${
                older
                  ? olderWords(
                      older,
                      response.current === "PD"
                        ? "not confirmed yet: a repeat test is needed to confirm it"
                        : "not met",
                    )
                  : "IMWG PD not confirmed yet: a repeat test is needed to confirm it"
              })`
            : active === true
              ? "today's values meet active myeloma but no progression date is recorded"
              : alLost !== undefined
                ? `the AL involved free light chain rising since the response (${alLost.level} lost; the reference gives no AL haematologic progression criteria)`
                : response.alHaematologic?.aboveLevelOnce !== undefined
                  ? // Review c78-M1: the level failed on the latest value only: its repeat is awaited.
                    `the AL involved free light chain above the ${response.alHaematologic.aboveLevelOnce.level} level reached on the latest value, a repeat awaited (the reference gives no AL haematologic progression criteria)`
                  : "no progression is recorded or measured after it"
        }`
      : "";
  // The step, its reason (in words) and the rule that decided it with what that rule adds to the inputs.
  let code: TreatmentPhase;
  let rule: RuleDef;
  let extra: Record<string, string | boolean> | null = null;
  // A CAR-T infused after the line's transplant is what is followed up now, not the transplant (a generated record
  // found a CAR-T planned with an ASCT days before it read "after the transplant", with no option and no alert).
  if (
    latestEntry?.phase !== "maintenance" &&
    asctDone &&
    !(latestEntry !== null && holdsCarT(latestEntry.drugs))
  ) {
    code = "post-transplant";
    rule = PHASE_RULES.finished;
    extra = { asct: true };
  } else if (
    (n === 1 || firstLineGoesOn(input, last, history)) &&
    candidate === "yes" &&
    !asctDone &&
    latestEntry?.phase !== "maintenance" &&
    // Review c76-W1: a response lost since the first line is no transplant waiting after induction (treatments.md 6).
    alLost === undefined
  ) {
    // Not after a transplant the line holds, nor after maintenance (given after the transplant, or instead
    // of it when the transplant is deferred): neither is waiting for a transplant (review c12-H1).
    code = "transplant";
    rule = PHASE_RULES.transplantPlanned;
    extra = { transplantCandidate: candidate };
  } else {
    code = "line-finished";
    rule = PHASE_RULES.finished;
  }
  let rules: RuleTrace[] = [];
  if (inputs) {
    const decided = trace(rule, extra ? merged(inputs, extra) : inputs);
    rules =
      progressed === null
        ? [
            decided,
            trace(
              PHASE_RULES.outcomeUnknown,
              possible !== null ? merged(inputs, { possibleProgressionOn: possible }) : inputs,
            ),
            ...(older ? [olderTrace(older, response.current === "PD" ? "unconfirmed" : "not met")] : []),
          ]
        : [decided];
  }
  if (before !== null && inputs)
    rules.push(trace(PHASE_RULES.valuesBeforeLine, { lineStart: last.start, latestDiseaseValue: before }));
  // Review c60-M2: an earlier entry with no end may still be given (its drugs in the ended latest entry, nothing
  // after it): not said to be off therapy; its end is asked (response/lines.ts).
  const maybe = code === "line-finished" ? mayStillBeGiven(history, asOf) : null;
  if (maybe !== null && inputs)
    rules.push(
      trace(PHASE_RULES.mayStillBeGiven, {
        entry: maybe.regimen,
        start: maybe.start,
        drugs: maybe.drugs.join(", "),
        laterLine: n,
      }),
    );
  // A line that ended with a BCMA CAR-T infusion (the entry's end): followed up, as while its entry is open;
  // the infusion's day and the days since it, as the phase of an open entry says them (review c29: "Line 2
  // (Cilta-cel) ended 2026-09-01" on day 4 after the infusion).
  const carT = words && code === "line-finished" && latestEntry ? carTInfusion(latestEntry, asOf) : null;
  if (carT?.day != null && carT.days !== null && inputs)
    rules.push(
      trace(PHASE_RULES.afterCarT, {
        product: carT.product,
        infusionDate: carT.day,
        daysSinceInfusion: carT.days,
      }),
    );
  // Review c73-W1: values after the infusion while the response cannot be graded since it (said, and traced).
  const notAssessed = carTReading?.notAssessed ?? null;
  const lacking =
    notAssessed !== null ? notAssessed.notRepeated.map((m) => NOT_REPEATED_WORDS[m]).join(" and ") : "";
  // Review c75-W1: a parameter the response does not follow that rose from a value before the infusion is named.
  const risen = notAssessed?.risenNotFollowed ?? [];
  const followedWords = (response.measurableBy ?? []).map((m) => NOT_REPEATED_WORDS[m]).join(" and ");
  const asideWords =
    risen.length === 0
      ? "the values measured after it show no rise from a value before it and are not read as a progression"
      : `the ${risen.map((m) => NOT_REPEATED_WORDS[m]).join(" and ")} rose from a value before it, but the response does not follow ${risen.length > 1 || risen[0] === "flc" ? "them" : "it"} while the ${followedWords} ${(response.measurableBy ?? []).length > 1 ? "are" : "is"} measurable; the values measured after it are not read as a progression`;
  if (notAssessed !== null && inputs)
    rules.push(
      trace(PHASE_RULES.carTNotAssessed, {
        infusionDate: notAssessed.infusion,
        notRepeated: notAssessed.notRepeated.join(", "),
        risenNotFollowed: notAssessed.risenNotFollowed.join(", ") || null,
      }),
    );
  const phaseResult = startedPhase(common, {
    code,
    reason: words
      ? `${
          maybe !== null
            ? `Not known whether it is off therapy: ${maybe.regimen} (${maybe.drugs.join(", ")}, from ${maybe.start}) may still be given: its end is not recorded (treatmentHistory.${maybe.index}.end). If it has stopped: `
            : ""
        }${
          carT?.day != null
            ? `Line ${n} (${lastRegimen}): after a one-time CAR-T infusion (${carT.product}) on ${carT.day}, ${carT.days} day${carT.days === 1 ? "" : "s"} ago, in follow-up (response and long-term monitoring)`
            : finishedWords(
                code,
                n,
                lastRegimen,
                lineWords,
                ended,
                stoppedEarlyWords(code, lines, history, response),
              )
        }${unknown || "; no progression recorded"}${
          notAssessed !== null
            ? `, and no response assessment since the infusion: the ${lacking}, measurable before it, ${notAssessed.notRepeated.length > 1 ? "have" : "has"} not been measured since (${asideWords}, IMWG 2016)`
            : ""
        }${
          before !== null
            ? `, and no response assessment since line ${n} began (latest disease values ${before}, before it)`
            : ""
        }.`
      : "",
    priorLines: n,
    currentLine: null,
    rules,
  });
  if (before !== null) phaseResult.valuesBeforeLine = { lineStart: last.start, latest: before };
  if (maybe !== null)
    phaseResult.mayStillBeGiven = {
      entry: maybe.index,
      regimen: maybe.regimen,
      start: maybe.start,
      drugs: maybe.drugs,
      phase: maybe.phase,
    };
  return phaseResult;
}

/** Months (of 30.44 days, 365.25 / 12) from `from` to `to`, counted from 1 (the first month is month 1). */
function monthOf(from: string, to: string): number {
  return Math.floor(daysBetween(from, to) / (365.25 / 12)) + 1;
}

/** The phase of therapy for high-risk smouldering myeloma (treatmentHistory setting) when no line of
 * myeloma therapy has started, no progression is recorded on it, and today's values are not active
 * myeloma: given now, or finished (back to SMM monitoring). Null otherwise (the untreated phase). */
function smmTherapyPhase(input: PhaseInputs): PhaseResult | null {
  const { facts, activeDisease } = input;
  const asOf = facts.asOf;
  if (activeDisease === true) return null;
  let latest: TreatmentFact | null = null;
  let current: TreatmentFact | null = null;
  for (const t of facts.treatmentHistory) {
    if (t.setting !== "smoldering-myeloma" || compareDates(t.start, asOf) > 0) continue;
    if (progressionRecorded(t)) return null;
    if (latest === null || compareDates(latest.start, t.start) <= 0) latest = t;
    if (t.end === null ? !stoppedEndNotRecorded(t) : compareDates(t.end, asOf) >= 0) current = t;
  }
  if (latest === null) return null;
  const words = input.codesOnly !== true;
  const t = current ?? latest;
  // Daratumumab alone is the AQUILA schedule, fixed-duration (treatments.md 2b).
  const aquila = t.drugs.length > 0 && t.drugs.every((d) => canonicalDrugName(d) === "daratumumab");
  const duration = aquila
    ? " (fixed duration: up to 39 cycles / 36 months, or until progression; AQUILA)"
    : "";
  const reason = current
    ? `On therapy for high-risk smouldering myeloma (${t.regimen}), month ${monthOf(t.start, asOf)} from ${t.start}${duration}, no progression recorded; not a line of myeloma therapy: smouldering myeloma monitoring continues.`
    : `Therapy for high-risk smouldering myeloma (${t.regimen}) ended ${t.end}, no progression recorded; not a line of myeloma therapy: smouldering myeloma monitoring.`;
  return {
    currentRegimen: current ? current.regimen : null,
    weeksOnCurrentLine: current ? Math.floor(daysBetween(current.start, asOf) / 7) : null,
    activeDisease,
    code: "smoldering-therapy",
    reason: words ? reason : "",
    priorLines: 0,
    currentLine: null,
    lastLine: null,
    lastRegimen: null,
    // No progression recorded on it, and today's values are not active myeloma (checked above).
    progressed: false,
    rules: words
      ? [
          trace(PHASE_RULES.smmTherapy, {
            regimen: t.regimen,
            start: t.start,
            end: t.end,
            onTherapy: current !== null,
            setting: "smoldering-myeloma",
          }),
        ]
      : [],
  };
}

/** Solitary plasmacytoma with definitive radiotherapy (treatments.md 1): being given (no end date), or
 * finished, with follow-up after it. No line of myeloma therapy (priorLines 0, no current line or regimen:
 * the line-based options never apply); no progression recorded (none is looked for during the course). */
function plasmacytomaRadiotherapy(
  rt: TreatmentFact,
  activeDisease: boolean | null,
  asOf: string,
  words: boolean,
): PhaseResult {
  const ongoing = rt.end === null;
  return {
    currentRegimen: null,
    weeksOnCurrentLine: null,
    activeDisease,
    code: ongoing ? "radiotherapy" : "line-finished",
    reason: !words
      ? ""
      : ongoing
        ? `Definitive radiotherapy for the solitary plasmacytoma (${rt.regimen}, from ${rt.start}) is being given (as of ${asOf}): follow-up every 3-6 months after it ends (NCCN); radiotherapy is no line of myeloma therapy.`
        : `Definitive radiotherapy for the solitary plasmacytoma (${rt.regimen}, ${rt.start} to ${rt.end}) is finished: follow-up every 3-6 months (NCCN); radiotherapy is no line of myeloma therapy.`,
    priorLines: 0,
    currentLine: null,
    lastLine: null,
    lastRegimen: null,
    // Review c18 M1: nothing in the record tells whether it has come back since (no response is assessed
    // against radiotherapy): unknown, never "no progression".
    progressed: null,
    rules: words
      ? [
          trace(
            ongoing ? PHASE_RULES.plasmacytomaOnRadiotherapy : PHASE_RULES.plasmacytomaAfterRadiotherapy,
            {
              regimen: rt.regimen,
              start: rt.start,
              end: rt.end,
            },
          ),
        ]
      : [],
  };
}

/** The date of a progression measured but not confirmed yet (the response is PD, awaiting its second
 * consecutive assessment), or null. */
function possibleProgression(response: PhaseInputs["response"]): string | null {
  if (response.current !== "PD" || response.progression !== null || response.confirmed !== false) return null;
  return response.progressionDate ?? "an unrecorded date";
}

/** The PD the 2006/2011 wording confirms on the assessed (latest) line while the 2016 grading does not (the
 * response's reading, criteria-and-scores 6.2 (a)), or null. */
export function olderConfirmedPd(response: {
  progression?: boolean | null;
  pdByOlderWording?: OlderPdReading | undefined;
}): OlderPdReading | null {
  const older = response.pdByOlderWording;
  return response.progression !== true && older !== undefined && older.confirmedOn !== null ? older : null;
}

const OLDER_MEASURE: Record<OlderPdReading["param"], { name: string; unit: string }> = {
  serum: { name: "serum M-protein", unit: "g/dL" },
  urine: { name: "urine M-protein", unit: "mg/24 h" },
  flc: { name: "dFLC", unit: "mg/L" },
};

/** Both IMWG readings of a rise, in words: the older wording's confirmed PD, and what the 2016 one says. */
function olderWords(older: OlderPdReading, by2016: string): string {
  const m = OLDER_MEASURE[older.param];
  // Values converted from other units carry float noise: shown rounded (review c41-m1).
  return `IMWG versions differ: by the 2006/2011 wording, from the lowest response value ${m.name} ${round(older.nadir, 3)} ${m.unit} on ${older.nadirDate}, PD was met on ${older.date} and confirmed on ${older.confirmedOn}; by the 2016 wording, from the lowest confirmed value, it is ${by2016}`;
}

/** The rule trace of the versions differing. */
function olderTrace(older: OlderPdReading, pd2016: "unconfirmed" | "not met"): RuleTrace {
  return trace(PHASE_RULES.pdVersionsDiffer, {
    param: older.param,
    lowestValue: older.nadir,
    lowestValueDate: older.nadirDate,
    pdOn: older.date,
    confirmedOn: older.confirmedOn,
    pd2016,
  });
}

/** Re-check c72-W1/M1: a frail 80-year-old's DRd (or D-VRd) stopped for toxicity at week 3, nothing measured since, read
 * as a continuous line stopped ("observation") or an induction done ("next: continued therapy"). The first line, no
 * transplant in it, ended, its last entry stopped with no planned end (patient choice, toxicity, other, none recorded),
 * and no partial response or better recorded on it (bestResponse) or graded now (the response of the line): stopped
 * before a response was shown (the project's reading of "early": the response that the continuation would keep is not
 * shown; criteria-and-scores.md 6.1). Null when the lines are not known. */
const AT_LEAST_PR: ReadonlySet<string> = new Set(["PR", "VGPR", "CR", "sCR"]);
export function firstLineStoppedEarly(
  lines: LinesOfTherapyResult | null,
  history: readonly TreatmentFact[],
  graded: string | null,
): boolean | null {
  if (lines === null) return null;
  const last = lines.lines.at(-1);
  if (last === undefined || last.number !== 1 || last.includesAsct || last.end === null) return false;
  const stop = history[last.entries.at(-1) ?? -1]?.stopReason ?? null;
  if (stop === "planned" || stop === "completed" || stop === "progression") return false;
  const recorded = last.bestResponse;
  return !(recorded !== null && AT_LEAST_PR.has(recorded)) && !(graded !== null && AT_LEAST_PR.has(graded));
}

/** Review c75-m6: on the transplant pathway, the phase of an induction stopped before a response was shown says so (as
 * its plan does, engine/plan.ts STOPPED_EARLY_TE_TITLE): its end and stop reason, else null. */
function stoppedEarlyWords(
  code: TreatmentPhase,
  lines: LinesOfTherapyResult,
  history: readonly TreatmentFact[],
  response: PhaseInputs["response"],
): string | null {
  if (code !== "transplant" || firstLineStoppedEarly(lines, history, response.current ?? null) !== true)
    return null;
  const last = lines.lines.at(-1);
  const stop = history[last?.entries.at(-1) ?? -1]?.stopReason ?? null;
  return `${last?.end ?? "on a day not recorded"}${stop === null ? "" : ` (${STOP_REASON_WORDS[stop]})`}`;
}

/** The words of a finished line's step (before what is known of its outcome). */
function finishedWords(
  code: TreatmentPhase,
  n: number,
  lastRegimen: string,
  lineWords: string,
  ended: string,
  /** Review c75-m6: the first line stopped before a response was shown (firstLineStoppedEarly): its end and stop reason
   * in words ("2026-06-01 (toxicity)"), else null. */
  early: string | null,
): string {
  if (code === "post-transplant") return `After the transplant in ${lineWords}${ended}`;
  if (code === "transplant")
    return early !== null
      ? `Induction (${lastRegimen}) stopped ${early}, before a response was shown; transplant candidate, no transplant yet: the response assessment and the next first-line treatment come before collection and transplant`
      : `Induction (${lastRegimen})${ended}, transplant candidate, no transplant yet: collection and transplant planned`;
  return `Line ${n} (${lastRegimen})${ended}`;
}

/** What every phase after the first line has started says about that line. */
interface LineSoFar {
  activeDisease: boolean | null;
  lastLine: number;
  lastRegimen: string;
  progressed: boolean | null;
}

/** The line ended with a BCMA CAR-T infusion (its entry's end recorded), nothing recorded or measured of a
 * progression since: in follow-up, read as while its entry is open (no progression recorded since), not as a line
 * whose outcome is unknown (review c48-F3: 12 days after cilta-cel recorded with start = end, "outcome unknown" and
 * the relapse regimens; with no end, follow-up). Values and imaging from before the infusion persist after it, so
 * today's values meeting active myeloma open it only when something was measured after the infusion (review c49-U1:
 * 400 days after it, the marrow at 40% and the FLC 30 -> 300 mg/L read "no progression"); while a parameter measurable
 * before the infusion has not been repeated since, only a followed parameter's rise from a value before it (review c75-W1:
 * not an FLC the response does not follow), a calcium above 11 mg/dL or new
 * lesions do (review c73-W1: an FLC first measured, a marrow and a PET-CT at days 3-16 read "outcome unknown" and the
 * relapse regimens). Null: not followed up (no CAR-T line, or its outcome is open). */
function carTFollowedUp(
  t: TreatmentFact | null,
  possible: string | null,
  activeDisease: boolean | null,
  facts: Facts,
  asOf: string,
  /** The parameters the response of this line follows (measurable at its baseline). */
  followed: readonly FollowedParam[],
  points: () => Points,
): CarTFollowUp | null {
  if (t === null || !holdsCarT(t.drugs) || progressionRecorded(t) || possible !== null) return null;
  if (activeDisease !== true) return FOLLOWED_UP;
  const day = carTInfusion(t, asOf)?.day ?? null;
  if (day === null) return null;
  if (!measuredAfter(facts, day, null)) return FOLLOWED_UP;
  // Review c73-W1: a parameter measurable before the infusion not repeated since it: the response cannot be graded,
  // and a value after it with none of its kind before it (an FLC or a marrow first measured after it), or imaging
  // after it without new lesions, shows no rise (criteria-and-scores.md 6.2: progression is a rise from the lowest
  // confirmed response value). A rise from a value before the infusion of a followed parameter, a calcium above
  // 11 mg/dL or new lesions still open the outcome.
  // Review c75-W1: and a rise of a parameter the response does not follow (an FLC while the serum M-protein is
  // measurable: criteria-and-scores.md 6.1, FLC response only when neither serum nor urine M-protein is measurable; 6.2,
  // the dFLC progression item likewise) does not open it either; a rise of a followed one does.
  const pts = points();
  const notRepeated = notRepeatedSince(followed, pts, day);
  if (notRepeated.length === 0 || measuredAfter(facts, day, followed)) return null;
  // Re-check c75-W1, beside review c49-U1 (400 days after the infusion, the marrow at 40% and the FLC 30 -> 300 mg/L): a
  // followed parameter last measured more than the monitoring floor ago (12 months, ON_THERAPY_FLOOR_MONTHS, the
  // project's UNVERIFIED floor for active myeloma) is an assessment overdue, not one not yet due: the values measured
  // since the infusion are read as before c73-W1 (they may show the disease: the outcome is open).
  if (notRepeated.some((p) => lastMeasuredBefore(p === "serum" ? pts.serum : pts[p], asOf))) return null;
  const risenNotFollowed = DISEASE_PARAMS.filter(
    (p) => !followed.includes(p) && notFallenAfter(diseaseSeries(facts, p), day, true),
  );
  return { notAssessed: { infusion: day, notRepeated, risenNotFollowed } };
}

/** Whether the latest of `xs` (dated values up to asOf) is older than the monitoring floor (ON_THERAPY_FLOOR_MONTHS), or
 * there is none. */
function lastMeasuredBefore(xs: readonly { date: string }[], asOf: string): boolean {
  let latest: string | null = null;
  for (const x of xs) if (latest === null || compareDates(x.date, latest) > 0) latest = x.date;
  return latest === null || completedMonths(latest, asOf) >= ON_THERAPY_FLOOR_MONTHS;
}

/** The parameters a response follows (response.measurableBy), in the order read. */
const DISEASE_PARAMS = ["serum", "urine", "flc", "marrow"] as const;

type FollowedParam = (typeof DISEASE_PARAMS)[number];

/** A CAR-T line read in follow-up (carTFollowedUp); `notAssessed` when values measured after the infusion were left
 * unread because the response since it cannot be graded (a followed parameter not repeated since; review c73-W1). */
interface CarTFollowUp {
  /** `risenNotFollowed`: parameters the response does not follow that rose from a value before the infusion (review
   * c75-W1), said and not read. */
  notAssessed: { infusion: string; notRepeated: FollowedParam[]; risenNotFollowed: FollowedParam[] } | null;
}
const FOLLOWED_UP: CarTFollowUp = { notAssessed: null };

/** The followed parameters with no value dated after `day` (the serum M-protein: nor a serum immunofixation, as the
 * response reads a repeat; response.ts notRepeated). The points run up to asOf. */
function notRepeatedSince(followed: readonly FollowedParam[], pts: Points, day: string): FollowedParam[] {
  const since = (xs: readonly { date: string }[]) => xs.some((x) => compareDates(x.date, day) > 0);
  return followed.filter((p) => (p === "serum" ? !since(pts.serum) && !since(pts.serumIfe) : !since(pts[p])));
}

/** Whether something measured after `day` may show the disease active: a serum or urine M-protein or involved light
 * chain, or a marrow plasma-cell percentage, dated after it and not below the last value of its kind dated by it
 * (none then: not known, so counted); imaging dated after it; or a calcium above the CRAB level (> 11 mg/dL,
 * criteria-and-scores.md 1.1). A value that fell is the start of a response, not active disease (review c50-W1: the
 * involved FLC 300 -> 40 mg/L at day 28 read "outcome unknown" and the relapse regimens); immunofixation, which stays
 * positive through a partial response, is not counted. Blood counts and creatinine are left out: cytopenias and
 * kidney injury after a CAR-T infusion are among its own toxicities (review c48-F3). `riseOnly` (the response since
 * the infusion not gradable, review c73-W1): the parameters the response follows; of the four, only those are read,
 * and only a rise from a value before `day` (review c75-W1; criteria-and-scores.md 6.1, 6.2). */
function measuredAfter(facts: Facts, day: string, riseOnly: readonly FollowedParam[] | null): boolean {
  const after = (d: string | null | undefined) => d != null && compareDates(d, day) > 0;
  const { series, labs } = facts;
  for (const p of DISEASE_PARAMS)
    if (
      (riseOnly === null || riseOnly.includes(p)) &&
      notFallenAfter(diseaseSeries(facts, p), day, riseOnly !== null)
    )
      return true;
  if (series.calcium.some((x) => after(x.date) && x.value > CALCIUM_ABOVE_MG_DL)) return true;
  if (labs.calcium !== null && after(labs.calcium.date) && labs.calcium.value > CALCIUM_ABOVE_MG_DL)
    return true;
  // `riseOnly` (the response since the infusion not gradable, review c73-W1): imaging after it counts only with new
  // lesions recorded (criteria-and-scores.md 6.2: new lesions; a lesion count with no earlier imaging shows none new).
  return after(facts.imaging.date) && (riseOnly === null || facts.imaging.newLesions === true);
}

/** The dated values of a disease parameter (the involved light chain for the FLC), the record's value with its series. */
function diseaseSeries(facts: Facts, p: FollowedParam): readonly { date: string; value: number }[] {
  const { series, labs, asOf } = facts;
  if (p === "serum") return withLab(series.serumMProtein, labs.serumMProtein, asOf);
  if (p === "urine") return withLab(series.urineMProtein, labs.urineMProtein, asOf);
  if (p === "flc") return withLab(series.involvedFreeLightChain, labs.involvedFreeLightChain, asOf);
  return marrowPoints(facts);
}

/** A value dated after `day` at or above the last one dated by it, or after it with none dated by it (not with
 * `riseOnly`: with nothing of its kind before `day`, a value shows no rise; review c73-W1). */
function notFallenAfter(
  xs: readonly { date: string; value: number }[],
  day: string,
  riseOnly: boolean,
): boolean {
  let before: { date: string; value: number } | null = null;
  for (const x of xs)
    if (compareDates(x.date, day) <= 0 && (before === null || compareDates(x.date, before.date) > 0))
      before = x;
  if (before === null && riseOnly) return false;
  return xs.some((x) => compareDates(x.date, day) > 0 && (before === null || x.value >= before.value));
}

/** The latest disease value's date when every disease value (serum and urine M-protein, free light chains,
 * immunofixation, marrow, imaging; not blood counts or creatinine) is dated on or before `start`, up to asOf: values
 * from before a line are the diagnosis's and cannot tell its outcome (review c70-W1; criteria-and-scores.md 6.2: PD is
 * a rise from the lowest confirmed response value). Null when one is dated after `start`, when one is undated (an
 * undated value is today's by the record contract), or when none is recorded. The immunofixation of `labs` takes no
 * date in the contract and alone never meets active myeloma: it is not read here. */
function latestDiseaseValueBefore(facts: Facts, points: Points, start: string): string | null {
  const { labs, marrow, imaging, series, asOf } = facts;
  const undated = (m: { date: string | null } | null) => m !== null && m.date === null;
  if (
    undated(labs.serumMProtein) ||
    undated(labs.urineMProtein) ||
    undated(labs.involvedFreeLightChain) ||
    undated(labs.uninvolvedFreeLightChain) ||
    ((marrow.clonalPlasmaCellPercent !== null || marrow.mrd !== null) && marrow.date === null) ||
    (imaging.performed === true && imaging.date === null)
  )
    return null;
  // A calcium above the clinical-relapse level since the start (or undated) may be the disease's (as the CAR-T
  // follow-up reads it, carTFollowedUp): the values then do not all predate the line.
  const since = (d: string | null) => d === null || compareDates(d, start) > 0;
  if (
    (labs.calcium !== null && since(labs.calcium.date) && labs.calcium.value > CALCIUM_ABOVE_MG_DL) ||
    series.calcium.some((x) => since(x.date) && x.value > CALCIUM_ABOVE_MG_DL)
  )
    return null;
  const dates: string[] = [];
  for (const xs of [
    points.serum,
    points.urine,
    points.flc,
    points.marrow,
    points.serumIfe,
    points.urineIfe,
    series.involvedFreeLightChain,
    series.uninvolvedFreeLightChain,
    series.mrd,
  ])
    for (const x of xs) dates.push(x.date);
  if (marrow.date !== null && (marrow.clonalPlasmaCellPercent !== null || marrow.mrd !== null))
    dates.push(marrow.date);
  if (imaging.performed === true && imaging.date !== null) dates.push(imaging.date);
  let latest: string | null = null;
  for (const d of dates)
    if (compareDates(d, asOf) <= 0 && (latest === null || compareDates(d, latest) > 0)) latest = d;
  return latest !== null && compareDates(latest, start) <= 0 ? latest : null;
}

/** The BCMA CAR-T product of a treatment entry (a single infusion, treatments.md 5b), its infusion day (the
 * entry's end when it has one, else its start: safety.ts infusionOf; null when not recorded, safety.ts
 * carTInfusionUndated) and the days from it to asOf; null when the entry has none. */
function carTInfusion(
  t: TreatmentFact,
  asOf: string,
): { product: string; day: string | null; days: number | null } | null {
  const day = t.end !== null && t.end <= asOf ? t.end : carTInfusionUndated(t) ? null : t.start;
  for (const d of t.drugs) {
    const name = canonicalDrugName(d);
    if (BCMA_CAR_T.includes(name))
      return { product: name, day, days: day === null ? null : daysBetween(day, asOf) };
  }
  return null;
}

/** The step a started line is at; the regimen and weeks only while a line is being given. */
type Step = Pick<PhaseResult, "code" | "reason" | "priorLines" | "currentLine" | "rules"> &
  Partial<Pick<PhaseResult, "currentRegimen" | "weeksOnCurrentLine">>;

/** The phase once a line has started, its keys in the order the Assessment has always written them
 * (one literal rather than merging a base, the line and the step). */
function startedPhase(line: LineSoFar, step: Step): PhaseResult {
  return {
    currentRegimen: step.currentRegimen ?? null,
    weeksOnCurrentLine: step.weeksOnCurrentLine ?? null,
    activeDisease: line.activeDisease,
    lastLine: line.lastLine,
    lastRegimen: line.lastRegimen,
    progressed: line.progressed,
    code: step.code,
    reason: step.reason,
    priorLines: step.priorLines,
    currentLine: step.currentLine,
    rules: step.rules,
  };
}

/** Whether the latest line started has reached maintenance (an entry of it in the maintenance phase started
 * by asOf): once it has, a finished first line waits for no transplant or consolidation (review c12-H1). */
export function lastLineReachedMaintenance(
  facts: Facts,
  lines: LinesOfTherapyResult,
  /** inLineOrder(facts), when the caller has it already. */
  history?: readonly TreatmentFact[],
): boolean {
  const last = lastStarted(lines.lines, facts.asOf);
  if (!last) return false;
  const h = history ?? inLineOrder(facts);
  return last.entries.some((i) => {
    const t = h[i];
    return t !== undefined && t.phase === "maintenance" && compareDates(t.start, facts.asOf) <= 0;
  });
}

/** The record index of the latest entry of the latest line started (where a progression date belongs). */
export function lastEntryIndex(
  facts: Facts,
  lines: LinesOfTherapyResult,
  /** inLineOrder(facts), when the caller has it already. */
  history?: readonly TreatmentFact[],
): number | null {
  const last = lastStarted(lines.lines, facts.asOf);
  if (!last) return null;
  const i = last.entries[last.entries.length - 1];
  return i === undefined ? null : ((history ?? inLineOrder(facts))[i]?.index ?? null);
}

/** Completed months from the end of the latest line to `asOf` when the phase is "line-finished" (review
 * c13-2: how long the patient has been off therapy, for the continuation options); null in any other
 * phase, or when the line has no end date on or before `asOf`. */
export function monthsSinceLineEnded(
  code: string | null,
  lines: LinesOfTherapyResult | null,
  asOf: string,
): number | null {
  if (code !== "line-finished" || lines === null) return null;
  const end = lines.lines[lines.lines.length - 1]?.end ?? null;
  return end === null || compareDates(end, asOf) > 0 ? null : completedMonths(end, asOf);
}

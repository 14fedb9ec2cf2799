/** Options that follow the pathway: the situation is evaluated as it stands, and where the record leaves
 * a decisive fact open (a finished line whose outcome is unknown; a category that is only likely; the
 * transplant candidacy of a newly diagnosed patient, not recorded, or recorded "yes" while fitness argues
 * against it and the transplant is still ahead), under each answer, marking what holds under one answer
 * only as conditional or provisional. */

import type { Category } from "../criteria/diagnosis/categories.js";
import {
  type BoneEvent,
  boneEventWords,
  categoriesInWords,
  type WorkUpBeforeLean,
} from "../criteria/diagnosis/diagnosis.js";
import { LEVEL_WORDS } from "../criteria/diagnosis/work-up-dates.js";
import { CAR_T_FIRST_DAYS, CAR_T_FIRST_WEEKS_ALERT } from "../knowledge/drug-rules.js";
import { AL_ASCT_GATES_NOT_RECORDED } from "../knowledge/entries/al-amyloidosis.js";
import { COLLECTION_DUE_ALERT, DVRD_CYCLES_REMAINING } from "../knowledge/entries/pathway.js";
import {
  AGAINST_INTENSITY,
  compileBecause,
  compileTruth,
  FACTS,
  SITUATION_RULES,
  type Situation,
} from "../knowledge/index.js";
import type { DiagnosisCategory, StopReason } from "../model/enums.js";
import type { AllergyFact } from "../model/facts.js";
import type { UnusedValueField } from "../model/record.js";
import { type MissingInput, Truth } from "../model/trace.js";
import { unusedFieldsWords } from "../model/unused-values.js";
import { addDays } from "../response/dates.js";
import { DrugClass, drugClass } from "../response/drug-classes.js";
import { type AlHaematologic, NOT_REPEATED_WORDS, UNDATED_WORDS } from "../response/response.js";
import { allergyAlerts, applyAllergies } from "./allergies.js";
import type { Alert, AssessmentOption, ConditionalOn, PhaseResult, PlanStep } from "./assessment.js";
import {
  compareKindAndStrength,
  copySituation,
  evaluateKnowledge,
  evaluateKnowledgeExcept,
  type KnowledgeContext,
  type KnowledgeResult,
  SEVERITY_RANK,
  sortOptions,
} from "./options.js";
import {
  buildPlan,
  type CandidacyDoubt,
  firstLineWithoutTransplantSources,
  followsFirstLineWithoutTransplant,
  PLAN_STEP_SOURCES,
  planPhaseOf,
  sourced,
  withPregnancy,
} from "./plan.js";
import { infectionPreventionFirst } from "./post-infusion-order.js";
import { applyPregnancy, pregnancyAlerts } from "./pregnancy.js";
import { applyToxicityStops } from "./toxicity-stops.js";

export interface PathwayInputs {
  situation: Situation;
  context: KnowledgeContext;
  phase: PhaseResult;
  diagnosis: {
    category: DiagnosisCategory;
    likely: DiagnosisCategory | null;
    couldChangeWith: string[];
    /** The categories still open when no lean is named for want of any blood test of end-organ damage
     * (review c11 M1; diagnosis.ts endOrganUntested). */
    endOrganUntested?: readonly Category[] | null;
    /** The categories still open while two pairs of free light chains dispute SLiM (review c29-M10;
     * diagnosis.ts flcDispute). */
    flcDispute?: { open: readonly Category[] } | null;
    /** A bone event recorded before imaging for osteolytic lesions, no lean named (review c83-W1; diagnosis.ts
     * boneEvent). */
    boneEvent?: BoneEvent | null;
    /** The categories still open while a total calcium above the upper limit with low albumin leaves the CRAB
     * calcium item not known (review c83-M1; diagnosis.ts calciumUnderRead). */
    calciumUnderRead?: readonly Category[] | null;
    /** The fields of a myeloma-defining event with a value sent and not used, and the categories still open, no lean
     * named (review c86-M2; diagnosis.ts valueSentNotUsed). */
    valueSentNotUsed?: { fields: readonly UnusedValueField[]; open: readonly Category[] } | null;
    /** The marrow and/or imaging dated before the M-protein first reached the smouldering level, no lean named (review
     * c88-W1; diagnosis.ts workUpBefore). */
    workUpBefore?: WorkUpBeforeLean | null;
  };
  /** The record index of the latest treatment entry (where a missing progression date belongs). */
  lastEntryIndex: number | null;
  /** The latest line has reached maintenance (phase.ts lastLineReachedMaintenance). Default false. */
  lastLineReachedMaintenance?: boolean;
  /** The drugs of every entry of the latest line (lines of therapy): the one being given, else the last one;
   * empty when none has started. Default []. */
  latestLineDrugs?: readonly string[];
  /** The latest line includes a transplant. Default false. */
  latestLineHasAsct?: boolean;
  /** The end of the latest line and the stop reason of its last entry (review c69-M1; buildPlan). */
  latestLineStop?: { end: string | null; stopReason: StopReason | null };
  /** The drugs a progression of the last line by asOf would make refractory (lines of therapy
   * refractoryDrugsIfProgressed): read under "if it has progressed". */
  refractoryIfProgressed?: readonly string[];
  /** The record's drug allergies (review c74-M3; allergies.ts). Default []. */
  allergies?: readonly AllergyFact[];
  /** The assessment's day (review c80-m3: the plan dates the end of the first 2 weeks after a CAR-T infusion from it). */
  asOf?: string;
  /** The IMWG response of the current line: whether one is assessed and confirmed (and, for a PD, its
   * date). */
  response?: {
    current: string | null;
    confirmed: boolean;
    progressionDate?: string | null;
    /** What the response can be measured by (response.ts); only the marrow changes the words. */
    measurableBy?: readonly string[];
    /** The baseline values of the line (response.ts): with nothing measurable, they say why. */
    baseline?: {
      serum: { value: number } | null;
      urine: { value: number } | null;
      dflc: { value: number } | null;
      marrow: { value: number } | null;
    };
    /** Possible therapeutic-antibody interference (response.ts): `current` is then null by design, and
     * `atLeast` is the floor the values meet (criteria-and-scores.md 6.4). */
    antibodyInterference?: boolean;
    atLeast?: string | null;
    /** On-treatment values only, none on or before the start: the baseline is not known (review c11 M3). */
    baselineUnknown?: true;
    baselineUndated?: readonly ("serum" | "urine" | "flc")[];
    notRepeated?: readonly ("serum" | "urine" | "flc" | "marrow")[];
    /** AL amyloidosis: the AL haematologic grade (al-haematologic.ts), which the assessment due is worded on (review
     * c76-m1). */
    alHaematologic?: Pick<AlHaematologic, "grade" | "latest" | "aboveLevelOnce">;
    reason?: string | null;
  } | null;
}

export interface PathwayResult extends KnowledgeResult {
  plan: PlanStep[];
}

const idsOf = (r: KnowledgeResult): Set<string> => {
  const ids = new Set<string>();
  for (const o of r.options) ids.add(o.id);
  return ids;
};

const round = (v: number) => String(Math.round(v * 100) / 100);

/** Why a line with baseline values is not measurable, and what the team can follow (kumar-2016-lancet-oncol;
 * criteria-and-scores.md 6.1 measurable disease, 6.2 PR: the marrow route needs a baseline >= 30%). */
function notMeasurableWords(b: NonNullable<NonNullable<PathwayInputs["response"]>["baseline"]>): string {
  const values = [
    b.serum ? `serum M-protein ${round(b.serum.value)} g/dL (< 1 g/dL)` : null,
    b.urine ? `urine M-protein ${round(b.urine.value)} mg/24 h (< 200 mg/24 h)` : null,
    b.dflc
      ? `dFLC ${round(b.dflc.value)} mg/L (involved FLC < 100 mg/L or the ratio not abnormal for the clone)`
      : null,
  ].filter((x): x is string => x !== null);
  const unrecorded = [
    b.serum ? null : "serum M-protein (>= 1 g/dL would make it measurable)",
    b.urine ? null : "urine M-protein (a 24-h urine >= 200 mg would make it measurable)",
    b.dflc
      ? null
      : "serum free light chains (involved >= 100 mg/L with an abnormal ratio would make it measurable)",
  ].filter((x): x is string => x !== null);
  const marrow =
    b.marrow === null
      ? "no baseline marrow is recorded (the marrow route needs marrow plasma cells >= 30% at baseline)"
      : b.marrow.value >= 30
        ? `marrow plasma cells ${round(b.marrow.value)}% at baseline`
        : `marrow plasma cells ${round(b.marrow.value)}% at baseline are below the 30% the marrow route needs (IMWG 2016 PR: a >= 50% fall from a baseline >= 30%)`;
  return `The disease was not measurable at baseline (IMWG 2016: serum >= 1 g/dL, urine >= 200 mg/24 h, or involved FLC >= 100 mg/L with the ratio abnormal for the involved chain): ${values.join("; ")}; ${marrow}.${unrecorded.length > 0 ? ` Not recorded at baseline: ${unrecorded.join("; ")}.` : ""} The values are still read for progression; follow the disease by imaging and marrow as the team decides.`;
}

/** The alerts of both lists, each id once (the first of them), in order. */
function mergeAlerts(first: Alert[], second: Alert[]): Alert[] {
  const seen = new Set<string>();
  const out: Alert[] = [];
  for (const list of [first, second])
    for (const a of list)
      if (!seen.has(a.id)) {
        seen.add(a.id);
        out.push(a);
      }
  return out;
}

/** The evaluations under the two answers, the "no" answer first: what it shows, the "yes" evaluation
 * needs only the codes of (branch keeps the "no" answer's option of an id both show, and the missing
 * inputs of both), so those words are not composed twice. */
function evaluateBoth(
  yes: Situation,
  no: Situation,
  context: KnowledgeContext,
  /** The context of the "yes" answer when it differs (the drugs refractory under "if progressed"). */
  yesContext: KnowledgeContext = context,
): { yes: KnowledgeResult; no: KnowledgeResult; noIds: Set<string> } {
  const ifNo = evaluateKnowledge(no, context);
  const noIds = idsOf(ifNo);
  return { yes: evaluateKnowledgeExcept(yes, yesContext, noIds), no: ifNo, noIds };
}

/** The context under "if the line has progressed": the drugs a progression by then would make refractory are
 * refractory there (review c35-G5: pomalidomide regimens after Isa-Pd stopped 30 days before). */
function progressedContext(context: KnowledgeContext, input: PathwayInputs): KnowledgeContext {
  const more = input.refractoryIfProgressed ?? [];
  if (more.length === 0) return context;
  const refractoryDrugs = [...(context.refractoryDrugs ?? [])];
  const refractoryIfProgressed: string[] = [];
  for (const d of more)
    if (!refractoryDrugs.includes(d)) {
      refractoryDrugs.push(d);
      refractoryIfProgressed.push(d);
    }
  return { ...context, refractoryDrugs, refractoryIfProgressed };
}

/** What holds under both answers stands; what holds under one is marked with that answer. `noIds` are
 * the ids of the "no" answer's options (evaluateBoth has them already). */
function branch(
  { yes, no, noIds }: { yes: KnowledgeResult; no: KnowledgeResult; noIds: Set<string> },
  mark: (o: AssessmentOption, holdsIfYes: boolean) => AssessmentOption,
): KnowledgeResult {
  const yesIds = idsOf(yes);
  const options: AssessmentOption[] = [];
  for (const o of no.options) options.push(yesIds.has(o.id) ? o : mark(o, false));
  for (const o of yes.options) if (!noIds.has(o.id)) options.push(mark(o, true));
  return { options, alerts: mergeAlerts(no.alerts, yes.alerts), missing: no.missing.concat(yes.missing) };
}

/** The recorded situation's options stand as they are; the other answer adds only what it alone shows.
 * An option of the recorded evaluation that the other answer does not show is marked with the recorded
 * answer (it waits on the team confirming it), one the other answer alone shows with that answer. */
function branchOnRecorded(
  recorded: KnowledgeResult,
  other: KnowledgeResult,
  mark: (o: AssessmentOption, holdsIfRecorded: boolean) => AssessmentOption,
): KnowledgeResult {
  const recordedIds = idsOf(recorded);
  const otherIds = idsOf(other);
  const options: AssessmentOption[] = [];
  for (const o of recorded.options) options.push(otherIds.has(o.id) ? o : mark(o, true));
  for (const o of other.options) if (!recordedIds.has(o.id)) options.push(mark(o, false));
  return {
    options,
    alerts: mergeAlerts(recorded.alerts, other.alerts),
    missing: recorded.missing.concat(other.missing),
  };
}

/** Fitness that argues against transplant-intensity therapy (IMWG frail, ECOG >= 3 or age over 75; the
 * same condition as the transplant options' strength adjustment, newly-diagnosed.ts), and the facts an
 * alert about it names. */
const againstIntensity = compileTruth(AGAINST_INTENSITY);
const FITNESS_SHOWN = (["frailtyGroup", "ecog", "age"] as const).map((f) =>
  compileBecause({ fact: f, known: true }),
);
const fitnessValues = (s: Situation): string => FITNESS_SHOWN.map((p) => p(s).join("")).join("; ");

/** Moves the options marked "if a transplant candidate" after all the others, each list in its order (a
 * stable partition): on a first line of patients not going to transplant they come last (review c30-W1). */
function transplantOptionsLast(options: AssessmentOption[]): void {
  const later = options.filter((o) => o.conditionalOn === "transplant-candidate");
  if (later.length === 0) return;
  const first = options.filter((o) => o.conditionalOn !== "transplant-candidate");
  options.splice(0, options.length, ...first, ...later);
}

/** Myeloma with transplant candidacy not recorded, before any decision it would change: untreated, on
 * first-line induction, or after it ended (not daratumumab alone with no setting recorded: it may be therapy for smouldering
 * myeloma, its own alert). */
const candidacyOpen = (s: Situation, reachedMaintenance: boolean): boolean =>
  s.category === "multiple-myeloma" &&
  s.transplantCandidate === null &&
  (!s.treated ||
    (s.settingUnrecordedDaratumumabAlone !== true &&
      // Induction of line 2 or later only in place of a first-line regimen stopped for toxicity (phase.ts).
      (s.phase === "induction" || firstLineEndedBeforeTransplant(s, reachedMaintenance))));

/** The first line's induction ended without progression, no transplant or maintenance given (review c31-M4:
 * D-VRd x 8 ended, its D-Rd continuation standard and unmarked while the plan still held the transplant): what
 * follows it is still the candidacy's to decide, as during its induction. A candidate is then awaiting the
 * transplant (phase.transplant-planned); after maintenance nothing is (review c12-H1). */
const firstLineEndedBeforeTransplant = (s: Situation, reachedMaintenance: boolean): boolean =>
  s.phase === "line-finished" &&
  s.priorLines === 1 &&
  s.priorAsct !== true &&
  s.progression !== true &&
  !reachedMaintenance;

/** Myeloma recorded as a transplant candidate while fitness argues against it, or heart failure is recorded (NYHA
 * III/IV reads as heart failure, options.ts heartFailureOf), with the transplant still ahead (untreated, on induction,
 * or between induction and the transplant; no transplant given yet): the recorded decision stands, and is put to the
 * team (criteria-and-scores 8.3: eligibility is the clinician's decision, weighing fitness, comorbidity and organ
 * function, cardiac among them; review c63-M1). The reference gives no numeric cardiac cut-off for myeloma ASCT, so
 * heart failure holds no option: it only asks. After the transplant there is no decision left to put. Empty when
 * not in question. */
function candidacyDoubts(s: Situation): CandidacyDoubt[] {
  if (
    s.category !== "multiple-myeloma" ||
    !(!s.treated || ((s.phase === "induction" || s.phase === "transplant") && s.priorAsct === false)) ||
    s.transplantCandidate !== "yes"
  )
    return [];
  const doubts: CandidacyDoubt[] = [];
  if (againstIntensity(s) === Truth.met) doubts.push("fitness");
  if (s.heartFailure === true) doubts.push("heart");
  return doubts;
}
const HEART_SHOWN = (["heartFailure", "nyhaClass"] as const).map((f) =>
  compileBecause({ fact: f, known: true }),
);
const heartValues = (s: Situation): string =>
  HEART_SHOWN.map((p) => p(s).join(""))
    .filter((t) => t !== "")
    .join("; ");

/** The reasons' "transplant candidate: no" said as what the record holds (`value`): a "no" assumed, not recorded. */
function candidacyNoSaidAs(o: AssessmentOption, value: string): AssessmentOption {
  const label = FACTS.transplantCandidate.label;
  const said = `${label}: no`;
  o.because = o.because.map((b) => b.replaceAll(said, `${label}: ${value}`));
  return o;
}

/** Under the other answer, the recorded "yes" still is the record: the reasons say what is assumed. */
const recordedYesAssumedNo = (o: AssessmentOption): AssessmentOption =>
  candidacyNoSaidAs(o, "yes recorded (not a candidate assumed for this option)");

/** Review c91-W1: the alert of a candidacy not recorded read as "no" from a failed AL hard gate. */
export const AL_ALSO_GATES_NOT_MET = "alert.al-also-asct-gates-not-met";
const AL_ALSO_GATES_NOT_MET_TEXT =
  "AL amyloidosis is met beside the myeloma: not an ASCT candidate by the Mayo hard gates used in AL (troponin T >0.06 ng/mL or NT-proBNP >5000 pg/mL, not on dialysis; treatments.md 6). Transplant candidacy is not recorded: the transplant-built options (induction before ASCT, stem cell collection, ASCT, consolidation) are not listed, and the options for patients not going to transplant are shown. The team's decision, once recorded, is read as recorded (criteria-and-scores 8.3).";

/** Review c91-W1: the candidacy not recorded and read as "no" from the AL hard transplant gate failed (myeloma with AL
 * amyloidosis met beside it; treatments.md 6): the reasons say it is not the team's recorded decision. */
const alGateAssumedNo = (o: AssessmentOption): AssessmentOption =>
  candidacyNoSaidAs(
    o,
    "not recorded (no assumed: AL amyloidosis is met too and the AL hard transplant gate fails, troponin T >0.06 ng/mL or NT-proBNP >5000 pg/mL not on dialysis; treatments.md 6)",
  );

/** A provisional option's reasons say the category is likely, not met (IMWG 2014): the likely category's
 * evaluation reads it as the category. */
function likelyCategory(o: AssessmentOption, likely: DiagnosisCategory): AssessmentOption {
  const label = FACTS.category.label;
  const said = `${label}: ${likely}`;
  const out: string[] = [];
  for (const b of o.because) {
    if (b === said) out.push(`${label}: indeterminate`, `likely diagnosis, not yet confirmed: ${likely}`);
    else out.push(b);
  }
  o.because = out;
  return o;
}

/** The situation under one answer: a copy with the hidden class of every other situation (copySituation),
 * changed in place before anything reads it. */
function withCategory(s: Situation, category: Situation["category"]): Situation {
  const out = copySituation(s);
  out.category = category;
  return out;
}
function withProgression(
  s: Situation,
  progressed: boolean,
  ifProgressed?: PathwayInputs["refractoryIfProgressed"],
): Situation {
  const out = copySituation(s);
  out.progression = progressed;
  // Progression on the line sets the phase the knowledge reads; a progression by asOf, within 60 days of the last
  // dose of a drug whose refractoriness was not known, makes it refractory (review c34-F3: Tec-Dara "preferred"
  // under "if progressed" 42 days after daratumumab).
  if (progressed) {
    out.phase = "relapsed";
    const drugs = ifProgressed ?? [];
    if (drugs.includes("lenalidomide") && out.lenalidomideRefractory === null)
      out.lenalidomideRefractory = true;
    if (drugs.some((d) => drugClass(d) === DrugClass.antiCd38) && out.antiCd38Refractory === null)
      out.antiCd38Refractory = true;
    if (drugs.includes("carfilzomib")) out.carfilzomibRefractory = true;
    if (drugs.includes("bortezomib")) out.bortezomibRefractory = true;
  }
  return out;
}
function withCandidacy(s: Situation, candidate: "yes" | "no"): Situation {
  const out = copySituation(s);
  out.transplantCandidate = candidate;
  out.transplantCandidacyAssumed = true;
  return out;
}

const lineName = (n: number) => (n === 1 ? "the first line" : `line ${n}`);

// The marks below are set on the option itself: every option here is this evaluation's own (made by
// evaluateKnowledge for this call, each in one list), so nothing else sees the change, and a copy per
// option would only make garbage. A key added this way goes last, as `merged(o, { key })` puts it.

const conditionalOn = (o: AssessmentOption, on: ConditionalOn, text: string): AssessmentOption => {
  o.conditional = text;
  o.conditionalOn = on;
  return o;
};
/** An option already marked with the transplant answer it holds under, shown only if the line has not
 * progressed too: the second condition joins the first (`alsoOn`; review c32-M1). */
const alsoNotProgressed = (o: AssessmentOption, text: string): AssessmentOption => {
  o.conditional = `${text} and ${(o.conditional ?? "").replace(/^if /, "")}`;
  o.alsoOn = "line-not-progressed";
  return o;
};

/** Under a branch, the candidacy is an assumed answer, not a recorded one: the reasons say so. */
function assumedCandidacy(o: AssessmentOption, answer: "yes" | "no"): AssessmentOption {
  const label = FACTS.transplantCandidate.label;
  const said = `${label}: ${answer}`;
  o.because = o.because.map((b) =>
    b.replace(said, `${label}: not recorded (${answer} assumed for this option)`),
  );
  return o;
}

/** Under a branch, the progression is an assumed answer, not a recorded or measured one: the reasons say so. */
function assumedProgression(o: AssessmentOption, answer: "yes" | "no"): AssessmentOption {
  const label = FACTS.progression.label;
  const said = `${label}: ${answer}`;
  o.because = o.because.map((b) =>
    b.startsWith(said) ? `${label}: not known (${answer} assumed for this option)${b.slice(said.length)}` : b,
  );
  return o;
}

/** Most severe first; within a severity, the pathway's own alerts lead. A stable insertion sort (the
 * order the built-in stable sort by severity gives): both lists come sorted by severity already, so it
 * does little more than one pass, without the built-in sort's setup and comparator calls. */
function sortedAlerts(own: Alert[], knowledge: Alert[]): Alert[] {
  const out = own.concat(knowledge);
  for (let i = 1; i < out.length; i++) {
    const a = out[i] as Alert;
    const rank = SEVERITY_RANK[a.severity];
    let k = i - 1;
    while (k >= 0 && SEVERITY_RANK[(out[k] as Alert).severity] > rank) {
      out[k + 1] = out[k] as Alert;
      k--;
    }
    out[k + 1] = a;
  }
  return out;
}

/** What a recorded candidacy questioned for fitness asks for (re-check c82-m1). */
const ECOG_MISSING: MissingInput = {
  field: "fitness.ecog",
  neededFor: "weighing the recorded transplant candidacy (performance status)",
};

/** What the open transplant decision asks for. */
const CANDIDACY_MISSING: MissingInput = {
  field: "transplant.candidate",
  neededFor: "first-line pathway: transplant candidate or not",
};

/**
 * Newly diagnosed, candidacy not recorded (candidacyOpen): the transplant and non-transplant pathways each hold
 * under one answer only, each option marked with it; the warning that asks for the decision; and whether the plan
 * follows a first line of patients not going to transplant, the transplant options then listed last. Candidacy is
 * the clinician's decision, never derived (criteria-and-scores 8.3). On first-line induction too (review c30-W1,
 * restoring c28-M3: two years into DRd the transplant and the maintenance after it led the options unmarked); the
 * continuations without a transplant have options of their own (c29-W6), so they are what "no" shows.
 */
function candidacyBranch(
  s: Situation,
  input: PathwayInputs,
  codes: boolean,
  /** The plan follows a first line of patients not going to transplant (followsFirstLineWithoutTransplant). */
  transplantLast: boolean,
): { result: KnowledgeResult; alert: Alert } {
  const { context, phase } = input;
  const yes = withCandidacy(s, "yes");
  // After the induction ended, a candidate awaits the transplant (phase.transplant-planned, phase.ts).
  if (s.phase === "line-finished") yes.phase = "transplant";
  const answers = evaluateBoth(yes, withCandidacy(s, "no"), context);
  const result = branch(answers, (o, ifYes) =>
    ifYes
      ? conditionalOn(assumedCandidacy(o, "yes"), "transplant-candidate", "if a transplant candidate")
      : conditionalOn(assumedCandidacy(o, "no"), "not-transplant-candidate", "if not a transplant candidate"),
  );
  const rule = SITUATION_RULES.transplantCandidate;
  // The first line given is a regimen of patients not going to transplant (DRd, Rd, D-VMP; review c31-W3: Vd,
  // VRd-lite, VMP): the plan follows it, and the transplant options come last (review c30-W1).
  const drugsNow = context.currentRegimen?.drugs ?? [];
  const lineDrugs = input.latestLineDrugs ?? [];
  const regimen = phase.currentRegimen ?? phase.lastRegimen ?? "the first line";
  const alert: Alert = {
    id: "pathway.transplant-eligibility-undecided",
    severity: "warning",
    text: codes
      ? ""
      : `Transplant candidacy is not recorded (transplant.candidate), and it decides the first-line pathway. Record the decision, weighing fitness, performance status, comorbidity and organ function (no single numeric rule; never age alone). ${
          transplantLast
            ? `The first line given (${regimen}) is a regimen of patients not going to transplant (treatments.md 4), and the plan follows it; the transplant options are listed last, marked "if a transplant candidate", and apply only then.`
            : 'Options marked "if a transplant candidate" apply only then; those marked "if not a transplant candidate" only if not.'
        }`,
    citations: transplantLast
      ? [rule.citation, ...firstLineWithoutTransplantSources(phase, drugsNow, lineDrugs)]
      : [rule.citation],
    verified: rule.evidence !== "unverified",
  };
  return { result, alert };
}

/** Review c11 M3: on-treatment values only, the baseline not known (the myeloma and the AL wording). */
const BASELINE_UNKNOWN_STATE =
  "the response cannot be graded: the baseline is not known (no pre-treatment M-protein or free light chain value is recorded; the values in the record are from on treatment)";
/** Review c13-2: the measurable values in `labs` with no date (the myeloma and the AL wording). */
const undatedState = (undated: readonly ("serum" | "urine" | "flc")[]): string =>
  `the response cannot be graded yet: the ${undated.map((m) => UNDATED_WORDS[m]).join(" and ")} in the record ${undated.length > 1 ? "have" : "has"} no date, so ${undated.length > 1 ? "they" : "it"} cannot serve as the baseline (a value from before the line started) or be told from a value on treatment`;

/** The words of the response assessment that is due on a line (evaluatePathway): why the response is not
 * graded or not confirmed yet, and what to test. */
function responseDueText(
  currentLine: number,
  currentRegimen: string | null,
  resp: NonNullable<PathwayInputs["response"]>,
  /** The latest disease value's date when every one is from before the line began (phase.ts valuesBeforeLine). */
  latestBefore?: string,
): string {
  const b = resp.baseline;
  // Values recorded at baseline, none measurable (review c9-F20): the response cannot be graded, which is
  // not the same as no assessment being recorded.
  const notMeasurable =
    resp.current === null &&
    resp.measurableBy?.length === 0 &&
    b !== undefined &&
    (b.serum !== null || b.urine !== null || b.dflc !== null);
  // Review c10 M3: with possible antibody interference the grade is left open on purpose (6.4), not
  // for want of an assessment; the deciding test is the antibody-specific immunofixation (6.2 CR).
  const interfered = resp.current === null && resp.antibodyInterference === true && resp.atLeast;
  // Review c11 M3: on-treatment values only: the baseline is not known, which is neither "not measurable"
  // nor "no assessment"; the deciding record is the pre-treatment M-protein and FLC (6.1).
  const baselineUnknown = resp.current === null && resp.baselineUnknown === true;
  // Review c13-2: the measurable values in `labs` have no date: not "not measurable", and no marrow in
  // their place; the deciding record is their date.
  const undated = resp.current === null && !baselineUnknown ? (resp.baselineUndated ?? []) : [];
  // Review c14-6: a parameter measurable at baseline not repeated, while others were measured since.
  const notRepeated = resp.current === null ? (resp.notRepeated ?? []) : [];
  const state = baselineUnknown
    ? BASELINE_UNKNOWN_STATE
    : interfered
      ? `the response is at least ${resp.atLeast}${resp.confirmed ? " (confirmed)" : ""} and not graded further: possible therapeutic-antibody interference. The deciding test is a daratumumab-specific immunofixation (DIRA or Hydrashift); CR also needs negative serum and urine immunofixation and marrow plasma cells < 5% (IMWG 2016)`
      : resp.current === null
        ? undated.length > 0
          ? undatedState(undated)
          : notMeasurable
            ? "the response cannot be graded by the IMWG 2016 criteria"
            : notRepeated.length > 0
              ? `the response cannot be graded yet: the ${notRepeated.map((m) => NOT_REPEATED_WORDS[m]).join(" and ")}, measurable at baseline, ${notRepeated.length > 1 ? "have" : "has"} not been measured since it started (IMWG 2016 follows every parameter measurable at baseline); other values since are recorded`
              : "no response assessment since it started is recorded"
        : `the response (${resp.current}) awaits its confirming second assessment`;
  return `Line ${currentLine} (${currentRegimen ?? "current regimen"}): ${
    latestBefore
      ? `no response assessment since it began is recorded (latest disease values ${latestBefore}, before it)`
      : state
  }. ${
    undated.length > 0
      ? "Record the pre-treatment (diagnostic) values with their dates (series), then follow serum and urine M-protein and serum free light chains by the IMWG 2016 criteria at the visits the regimen schedules; the marrow is the measure only when none of them was measurable."
      : baselineUnknown
        ? "Record the pre-treatment (diagnostic) serum and urine M-protein and serum free light chains of this line to judge measurability and response (IMWG 2016: follow what was measurable at baseline); the values on treatment are still read for progression, from the lowest confirmed value."
        : interfered
          ? "Go on assessing serum and urine M-protein and serum free light chains by the IMWG 2016 criteria at the visits the regimen schedules."
          : resp.measurableBy?.length === 1 && resp.measurableBy[0] === "marrow"
            ? "Serum, urine and free light chains were not measurable at baseline: the response is read from the marrow plasma cells (IMWG 2016: PR needs a >= 50% fall from a baseline >= 30%) and imaging; plan a marrow reassessment at the time the regimen schedules response assessment."
            : notMeasurable && b
              ? notMeasurableWords(b)
              : latestBefore
                ? "Assess serum and urine M-protein and serum free light chains by the IMWG 2016 criteria now (serum protein electrophoresis and immunofixation, serum free light chains, 24-hour urine): values from before the line cannot tell its outcome (progression is a rise from the lowest confirmed response value)."
                : "Assess serum and urine M-protein and serum free light chains by the IMWG 2016 criteria at the visits the regimen schedules."
  }`;
}

/** Review c76-m1: the response assessment due on an AL line, worded on the AL haematologic response (treatments.md 6:
 * the dFLC levels, Palladini 2012, UNVERIFIED; change therapy if below PR after 2 cycles or below VGPR after 4, the
 * Singapore consensus 2023), not on the myeloma criteria and their confirming second assessment (IMWG 2016). */
function alResponseDueText(
  currentLine: number,
  currentRegimen: string | null,
  resp: NonNullable<PathwayInputs["response"]>,
  latestBefore?: string,
): string {
  const grade = resp.alHaematologic?.grade ?? null;
  const latest = resp.alHaematologic?.latest ?? null;
  const undated = resp.baselineUndated ?? [];
  // Without an AL grade (no dFLC since the start): the baseline not known or undated is said as for myeloma.
  const askBaseline = latest === null && (resp.baselineUnknown === true || undated.length > 0);
  const state = latestBefore
    ? `no response assessment since it began is recorded (latest disease values ${latestBefore}, before it)`
    : latest === null
      ? askBaseline
        ? resp.baselineUnknown === true
          ? BASELINE_UNKNOWN_STATE
          : undatedState(undated)
        : "no AL haematologic response assessment (dFLC) since it began is recorded"
      : grade === null
        ? `the AL haematologic response is not graded${resp.reason ? `: ${resp.reason}` : ""}`
        : `the AL haematologic response is ${grade === "NR" ? "no response" : grade} (dFLC ${round(latest.dflc)} mg/L on ${latest.date})`;
  const record = askBaseline
    ? " Record the pre-treatment (diagnostic) free light chains with their dates (series), then follow"
    : " Follow";
  return `Line ${currentLine} (${currentRegimen ?? "current regimen"}): ${state}.${record} the dFLC (involved minus uninvolved free light chain) at each cycle, with serum and urine immunofixation for a complete response (AL haematologic response, Palladini 2012, UNVERIFIED in the reference); the reference's checks: change therapy if below PR after 2 cycles or below VGPR after 4 (treatments.md 6, Singapore consensus 2023).`;
}

/** The care of a bone event as the alert alert.spinal-cord-compression and treatments.md 8b give it: radiotherapy
 * and/or surgery for a cord compression (palliative RT row, UNVERIFIED), surgery for a fracture or instability. */
function boneEventCare(b: BoneEvent): string {
  return b.spinalCordCompression
    ? `radiotherapy and/or surgery for the cord compression${b.pathologicFracture ? ", surgery for the fracture" : ""}`
    : "surgery for the fracture or instability";
}

/** Review c88-W1: the old results in words ("the marrow of 2021-09-15 and the whole-body-low-dose-CT of 2021-09-20 are"). */
function workUpBeforeWhat(w: WorkUpBeforeLean): string {
  const old: string[] = [];
  if (w.marrow !== null) old.push(`the marrow of ${w.marrow}`);
  if (w.imaging !== null) old.push(`the imaging of ${w.imaging}`);
  return `${old.join(" and ")} ${old.length > 1 ? "are" : "is"}`;
}

/** Why an undecided category names no lean, with the categories still open: no blood test of end-organ damage (review
 * c11 M1), two pairs of free light chains disputing SLiM (c29-M10), or a total calcium above the upper limit with low
 * albumin (c83-M1: criteria-and-scores.md 1.1 ⚠, secondary sources give the CRAB item as corrected calcium). `why`
 * follows "the findings fit ..."; `first` stands for the deciding tests when none is named. Null otherwise. */
function noLeanOf(
  diagnosis: PathwayInputs["diagnosis"],
): { open: readonly Category[]; why: string; first: string; verified: boolean } | null {
  if (diagnosis.category !== "indeterminate") return null;
  if (diagnosis.endOrganUntested)
    return {
      open: diagnosis.endOrganUntested,
      why: "and no blood test of end-organ damage (serum calcium, creatinine, haemoglobin) is recorded. MGUS, smouldering myeloma and solitary plasmacytoma need no myeloma-defining event and multiple myeloma needs one; an absent test is not a negative test (IMWG 2014), so no category is taken as the most likely and none of their treatment options is shown.",
      first: "the work-up that decides the category",
      verified: true,
    };
  if (diagnosis.flcDispute)
    return {
      open: diagnosis.flcDispute.open,
      why: "and two pairs of serum free light chains disagree on the SLiM criterion (involved/uninvolved ratio >= 100 with the involved chain >= 100 mg/L, a myeloma-defining event: IMWG 2014). One of them meets it, so no category is taken as the most likely and none of their treatment options is shown.",
      first: "a dated pair of serum free light chains",
      verified: true,
    };
  if (diagnosis.valueSentNotUsed)
    return {
      open: diagnosis.valueSentNotUsed.open,
      why: `and a value was sent for ${unusedFieldsWords(diagnosis.valueSentNotUsed.fields)} and not used (alert.unused-value says what and why): it may be the value of a myeloma-defining event (IMWG 2014), and an unread test is not a negative test, so no category is taken as the most likely and none of their treatment options is shown.`,
      first: "check the value sent with the laboratory and correct the record",
      verified: true,
    };
  const before = diagnosis.workUpBefore;
  if (before)
    return {
      open: before.open,
      why: `and ${workUpBeforeWhat(before)} from before ${LEVEL_WORDS[before.finding]} on ${before.reachedOn}: ${before.marrow !== null && before.imaging !== null ? "they do" : "it does"} not rule out the myeloma-defining events ${before.marrow !== null && before.imaging !== null ? "they" : "it"} would otherwise rule out (an absent test is not a negative test, IMWG 2014; that an older result does not stand for today's is this tool's reading, UNVERIFIED: the reference gives no rule on the age of a result). No category is taken as the most likely and none of their treatment options is shown.`,
      first: "a repeat marrow and whole-body imaging",
      verified: false,
    };
  if (diagnosis.calciumUnderRead)
    return {
      open: diagnosis.calciumUnderRead,
      why: "and the total serum calcium is above the upper limit of normal with a low albumin, so it may under-read the free calcium: the CRAB calcium item (a myeloma-defining event, IMWG 2014) is not known. No category is taken as the most likely and none of their treatment options is shown. No correction formula is applied here.",
      first:
        "the laboratory's albumin-corrected calcium (an ionised calcium is not a total calcium and has no field in the record: judge it with the team)",
      verified: false,
    };
  return null;
}

/** Options, alerts and the plan ahead for where the patient stands. */
export function evaluatePathway(input: PathwayInputs): PathwayResult {
  const { situation: s, context, phase, diagnosis } = input;
  let result: KnowledgeResult;
  // Every case below but the last evaluates both answers of an open fact and merges their lists.
  let branched = true;
  let candidacyQuestioned: CandidacyDoubt[] = [];
  let untested = false;
  // Review c83-W1: the bone event whose care comes first with the deciding imaging (the plan's step now).
  let boneEvent: BoneEvent | null = null;
  let transplantLast = false;
  const alerts: Alert[] = [];
  const missing: MissingInput[] = [];
  let category = diagnosis.category;
  // Codes only (assessCompact): the compact view reads the options' ids, the alerts' ids and severities
  // and the missing fields; the alert texts and the plan are left out.
  const codes = context.codesOnly === true;
  const noLean = noLeanOf(diagnosis);
  // The first line given is one of patients not going to transplant, candidacy not recorded: the plan follows it.
  const withoutTransplant = followsFirstLineWithoutTransplant(
    phase,
    s.transplantCandidate,
    context.currentRegimen?.drugs ?? [],
    input.latestLineDrugs ?? [],
    input.latestLineHasAsct === true,
    s.frailtyGroup === "fit",
  );

  if (diagnosis.category === "indeterminate" && diagnosis.likely !== null) {
    // The deciding test first; the likely category's options only as provisional.
    const likely = diagnosis.likely;
    category = likely;
    result = branch(evaluateBoth(withCategory(s, likely), s, context), (o, ifLikelyOnly) => {
      if (ifLikelyOnly) {
        o.provisional = true;
        if (!codes) likelyCategory(o, likely);
      }
      return o;
    });
    alerts.push({
      id: "pathway.deciding-test-first",
      severity: "warning",
      text: codes
        ? ""
        : `The category is not decided yet (likely ${likely}). First: ${diagnosis.couldChangeWith.join("; ") || "the work-up that decides the category"}. The options shown are those of ${likely}, provisional until it is confirmed.`,
      citations: ["rajkumar-2014-lancet-oncol"],
      verified: true,
    });
  } else if (diagnosis.category === "indeterminate" && diagnosis.boneEvent) {
    // Review c83-W1: no lean (a cord compression or pathological fracture recorded before imaging for osteolytic
    // lesions; criteria-and-scores.md 1.1): the deciding imaging first, urgently, and no category's options; the
    // event's own care (treatments.md 8b) is listed whatever the category (knowledge/entries/supportive-care.ts).
    branched = false;
    untested = true;
    boneEvent = diagnosis.boneEvent;
    result = evaluateKnowledge(s, context);
    const both = boneEvent.spinalCordCompression && boneEvent.pathologicFracture;
    alerts.push({
      id: "pathway.deciding-test-first",
      severity: "warning",
      text: codes
        ? ""
        : `The category is not decided yet: ${boneEventWords(boneEvent)} ${both ? "are" : "is"} recorded, but no osteolytic lesion count from skeletal radiography, CT or PET-CT, the only imaging on which IMWG 2014 counts a bone lesion: the event does not meet myeloma by itself; but an absent test is not a negative test, and the findings fit ${categoriesInWords(boneEvent.open)}: MGUS and smouldering myeloma, which need no myeloma-defining event, are not taken as the most likely, and none of their options (active monitoring included) is shown. First, urgently: ${diagnosis.couldChangeWith.join("; ") || "whole-body imaging"}, with imaging of the event's site. The event's own care (${boneEventCare(boneEvent)}) does not wait for it (IMWG bone recommendations).`,
      citations: ["rajkumar-2014-lancet-oncol", "terpos-2021-lancet-oncol"],
      verified: true,
    });
  } else if (noLean !== null) {
    // Review c11 M1, c29-M10, c83-M1: no lean named (noLeanOf): the deciding tests first, and no category's options
    // (criteria-and-scores.md 1.1: an absent CRAB test is not a negative test).
    branched = false;
    untested = true;
    result = evaluateKnowledge(s, context);
    alerts.push({
      id: "pathway.deciding-test-first",
      severity: "warning",
      text: codes
        ? ""
        : `The category is not decided yet: the findings fit ${categoriesInWords(noLean.open)}, ${noLean.why} First: ${diagnosis.couldChangeWith.join("; ") || noLean.first}.`,
      citations: ["rajkumar-2014-lancet-oncol"],
      verified: noLean.verified,
    });
  } else if (s.treated && phase.code !== "untreated" && phase.progressed === null) {
    const n = phase.lastLine ?? 1;
    const notProgressed = withProgression(s, false);
    // Review c32-M1: a first line ended before a transplant, candidacy not recorded and the outcome unknown:
    // if it has not progressed, the transplant decision is open as when the outcome is known (candidacyBranch),
    // each of that answer's options marked with both conditions.
    const candidacy = candidacyOpen(notProgressed, input.lastLineReachedMaintenance === true)
      ? candidacyBranch(notProgressed, input, codes, withoutTransplant)
      : null;
    let answers: ReturnType<typeof evaluateBoth>;
    if (candidacy === null)
      answers = evaluateBoth(
        withProgression(s, true, input.refractoryIfProgressed),
        notProgressed,
        context,
        progressedContext(context, input),
      );
    else {
      const noIds = idsOf(candidacy.result);
      answers = {
        yes: evaluateKnowledgeExcept(
          withProgression(s, true, input.refractoryIfProgressed),
          progressedContext(context, input),
          noIds,
        ),
        no: candidacy.result,
        noIds,
      };
      transplantLast = withoutTransplant;
      alerts.push(candidacy.alert);
      missing.push({ ...CANDIDACY_MISSING });
    }
    const ifNotProgressed = `if ${lineName(n)} has not progressed`;
    result = branch(answers, (o, ifYes) =>
      ifYes
        ? conditionalOn(assumedProgression(o, "yes"), "line-progressed", `if ${lineName(n)} has progressed`)
        : o.conditionalOn !== undefined
          ? alsoNotProgressed(assumedProgression(o, "no"), ifNotProgressed)
          : conditionalOn(assumedProgression(o, "no"), "line-not-progressed", ifNotProgressed),
    );
    const field =
      input.lastEntryIndex !== null
        ? `treatmentHistory.${input.lastEntryIndex}.progressionDate`
        : "treatmentHistory";
    const active = phase.activeDisease === true;
    // A PD measured once, awaiting its confirming test (IMWG: two consecutive assessments), is the open fact.
    const r = input.response;
    const possible = r?.current === "PD" && !r.confirmed;
    const open = possible
      ? `a possible progression was measured${r.progressionDate ? ` on ${r.progressionDate}` : ""} but is not confirmed yet (IMWG: a second consecutive assessment). Repeat the test to confirm it; if confirmed, record the progression date (${field})`
      : `${active ? "today's values meet active myeloma, but" : "after it ended,"} no progression or progression date is recorded. Record whether and when the disease progressed (${field})`;
    alerts.push({
      id: "pathway.line-outcome-unknown",
      severity: active || possible ? "warning" : "info",
      text: codes
        ? ""
        : `The outcome of ${lineName(n)} (${phase.lastRegimen ?? "last regimen"}) is unknown: ${open}. Options marked "if ${lineName(n)} has progressed" apply only then.`,
      citations: ["kumar-2016-lancet-oncol", "rajkumar-2015-blood-lines"],
      verified: true,
    });
    missing.push({ field, neededFor: "treatment phase: has the last line progressed?" });
  } else if (candidacyOpen(s, input.lastLineReachedMaintenance === true)) {
    const open = candidacyBranch(s, input, codes, withoutTransplant);
    result = open.result;
    transplantLast = withoutTransplant;
    alerts.push(open.alert);
    missing.push({ ...CANDIDACY_MISSING });
  } else if (candidacyDoubts(s).length > 0) {
    // Recorded as a candidate, but fitness argues against transplant-intensity therapy: the recorded
    // decision stands, its transplant steps wait on the team confirming it, and the options for patients
    // who are not candidates (DRd, the doublet-backbone standard for frail or older patients, treatments.md
    // 4) are shown beside them under that answer.
    const recorded = evaluateKnowledge(s, context);
    const other = evaluateKnowledgeExcept(withCandidacy(s, "no"), context, idsOf(recorded));
    result = branchOnRecorded(recorded, other, (o, ifRecorded) =>
      ifRecorded
        ? conditionalOn(o, "transplant-candidate", "if the care team confirms transplant candidacy")
        : conditionalOn(
            recordedYesAssumedNo(o),
            "not-transplant-candidate",
            "if the care team decides against transplant",
          ),
    );
    candidacyQuestioned = candidacyDoubts(s);
    const fitness = candidacyQuestioned.includes("fitness");
    // Re-check c82-m1: the performance status weighs the recorded candidacy (criteria-and-scores 8.3); asked when not
    // recorded (an ECOG of 3 or more would itself argue against it).
    if (fitness && s.ecog === null) missing.push({ ...ECOG_MISSING });
    const rule = SITUATION_RULES.transplantCandidate;
    // Untreated, the first-line choice is open (DRd for patients who are not candidates); on induction the
    // line is chosen, and what differs is the step after it.
    const untreated = !s.treated;
    const reasons = codes
      ? []
      : [
          ...(fitness ? [`fitness argues against transplant-intensity therapy (${fitnessValues(s)})`] : []),
          // Review c63-M1: no numeric cardiac cut-off in the reference (criteria-and-scores 8.3): asked, not held.
          ...(candidacyQuestioned.includes("heart")
            ? [
                `cardiac function is recorded as impaired (${heartValues(s)}); eligibility weighs organ function, and the reference gives no numeric cardiac cut-off for myeloma ASCT`,
              ]
            : []),
        ];
    const weigh = codes
      ? ""
      : `Transplant candidacy: recorded as a transplant candidate, but ${reasons.join("; and ")}. The recorded decision stands: confirm it${untreated ? "" : " before the transplant"}, weighing fitness, performance status, comorbidity and organ function (no single numeric rule; never age alone).`;
    const notCandidates = fitness
      ? "the options for patients who are not transplant candidates (DRd, the doublet-backbone standard for frail or older patients)"
      : "the options for patients who are not transplant candidates";
    alerts.push({
      id: "pathway.transplant-candidacy-conflict",
      severity: "warning",
      text: codes
        ? ""
        : untreated
          ? `${weigh} Until it is confirmed, the transplant steps and the options marked "if the care team confirms transplant candidacy" hold only then; ${notCandidates} are shown marked "if the care team decides against transplant".`
          : `${weigh} Until it is confirmed, the transplant steps ahead and the options marked "if the care team confirms transplant candidacy" hold only then; without a transplant, first-line therapy goes on after induction (the options marked "if the care team decides against transplant").`,
      citations: !fitness
        ? [rule.citation]
        : untreated
          ? [rule.citation, "palumbo-2015-blood-frailty", "facon-2020-leukemia", "facon-2019-nejm-maia"]
          : [rule.citation, "palumbo-2015-blood-frailty", "facon-2020-leukemia"],
      verified: rule.evidence !== "unverified",
    });
  } else {
    branched = false;
    result = evaluateKnowledge(s, context);
    // Review c91-W1: candidacy not recorded, answered "no" by a failed AL hard gate (options.ts buildSituation).
    // Said by the engine, not a knowledge alert: the knowledge also evaluates "no" assumed under a recorded "yes"
    // questioned (candidacyDoubts), where this does not hold.
    if (s.transplantCandidacyAssumed === true) {
      for (const o of result.options) alGateAssumedNo(o);
      alerts.push({
        id: AL_ALSO_GATES_NOT_MET,
        severity: "info",
        text: codes ? "" : AL_ALSO_GATES_NOT_MET_TEXT,
        citations: ["gertz-2013-bmt", "rajkumar-2014-lancet-oncol"],
        verified: true,
      });
    }
  }
  // One evaluation lists its options in order already; the two answers' lists merged need sorting (and
  // so does a list from another evaluator, which is not bound to that order).
  let unsorted = branched || context.evaluator !== undefined;

  // On a line: the response assessment that is due (IMWG 2016: a category needs two consecutive
  // assessments). The reference gives no interval, so the regimen's schedule sets it.
  const resp = input.response;
  // Review c49-M1: a line that ended with a CAR-T infusion (its day recorded as the entry's end) is followed up as
  // while its entry is open: its response assessment is due as well.
  const carTLine = phase.code === "line-finished" && s.lastLineBcmaCarT === true ? phase.priorLines : null;
  // Review c70-W1: another finished line with every disease value dated before its start (phase.ts
  // valuesBeforeLine): its outcome is read from a response assessment after its start (criteria-and-scores.md
  // 6.2), asked now.
  const before = phase.currentLine === null && carTLine === null ? phase.valuesBeforeLine : undefined;
  const dueLine = phase.currentLine ?? carTLine ?? (before !== undefined ? phase.lastLine : null);
  if (dueLine !== null && resp && (resp.current === null || !resp.confirmed)) {
    // Review c76-m1: in AL amyloidosis, worded on the AL haematologic response (alResponseDueText).
    const alDue = diagnosis.category === "al-amyloidosis";
    alerts.push({
      id: "pathway.response-assessment-due",
      severity: "info",
      // Codes only: the words are not composed (the compact view reads the id and severity).
      text: codes
        ? ""
        : (alDue ? alResponseDueText : responseDueText)(
            dueLine,
            phase.currentLine !== null ? phase.currentRegimen : phase.lastRegimen,
            resp,
            before?.latest,
          ),
      citations: alDue ? ["palladini-2012-jco", "smsg-2023-al-consensus"] : ["kumar-2016-lancet-oncol"],
      verified: !alDue,
    });
  }

  // Review c34-F6: on the first line's maintenance with no transplant in it, the candidacy not recorded is still
  // asked for (the plan marks no transplant done, and chooses no path for it; criteria-and-scores.md 8.3).
  if (
    s.phase === "maintenance" &&
    s.currentLine === 1 &&
    s.transplantCandidate === null &&
    s.transplantInLatestLine === false &&
    !missing.some((m) => m.field === CANDIDACY_MISSING.field)
  )
    missing.push({ ...CANDIDACY_MISSING });

  const options = result.options;
  // Review c74-M3: the options giving a drug the record lists as an allergy, and the line being given (allergies.ts).
  const allergies = input.allergies ?? [];
  const words = !codes && context.text !== false;
  if (allergies.length > 0) {
    const line =
      phase.currentLine !== null && context.currentRegimen
        ? { regimen: context.currentRegimen.code, drugs: context.currentRegimen.drugs }
        : null;
    // Review c75-M3: the list in its order first; an option an allergy lowers then keeps its place among those of its
    // new strength (a stable sort without the id order), never above one it was below.
    if (unsorted) sortOptions(options);
    unsorted = false;
    if (applyAllergies(options, allergies, context.currentRegimen?.drugs ?? null, words))
      options.sort(compareKindAndStrength);
    for (const x of allergyAlerts(allergies, line, words)) alerts.push(x);
  }
  // Reviews c75-U1, c75-M2: a pregnancy recorded: no option "preferred", each with its caution; an alert for an IMiD
  // of the regimen being given (pregnancy.ts).
  if (s.pregnancy === true) {
    if (applyPregnancy(options, words)) unsorted = true;
    for (const x of pregnancyAlerts(context.currentRegimen ?? null, words)) alerts.push(x);
  }
  // Review c80-m1: the drugs stopped for toxicity that an option gives again, as data beside their caution (options.ts
  // toxicityCautions; treatments.md gives no rule on re-exposure), for the handout's mark. Review c84-m1: a regimen
  // offered again whole is at most "consider" (toxicity-stops.ts), keeping its place as an allergy's option does.
  const stops = context.toxicityStops ?? [];
  if (stops.length > 0) {
    if (unsorted) sortOptions(options);
    unsorted = false;
    if (applyToxicityStops(options, stops, context.currentRegimen?.drugs ?? null, words))
      options.sort(compareKindAndStrength);
  }
  if (codes) {
    if (unsorted) sortOptions(options);
    if (transplantLast) transplantOptionsLast(options);
    // Review c88-m4: in the first 2 weeks after a BCMA CAR-T infusion, infection prevention before bone agents.
    infectionPreventionFirst(options, result.alerts);
    return {
      options,
      alerts: sortedAlerts(alerts, result.alerts),
      missing: missing.concat(result.missing),
      plan: [],
    };
  }

  // The deciding test is the first step of the plan when the category is only likely; with a bone event before
  // imaging (review c83-W1), the event's care and the imaging, urgently.
  const workUp: PlanStep[] =
    boneEvent !== null
      ? [
          {
            phase: "untreated",
            title: `Urgent care of ${boneEventWords(boneEvent)} (${boneEventCare(boneEvent)}); and decide the category: ${diagnosis.couldChangeWith.join("; ") || "whole-body imaging"}`,
            status: "current",
            optionIds: [],
            code: "bone-event-first",
            ...sourced(PLAN_STEP_SOURCES.boneEventFirst),
          },
        ]
      : category !== diagnosis.category || untested
        ? [
            {
              phase: "untreated",
              title: `Decide the category first: ${diagnosis.couldChangeWith.join("; ") || "complete the work-up"}`,
              status: "current",
              optionIds: [],
              ...sourced(PLAN_STEP_SOURCES.workUp),
            },
          ]
        : [];
  for (const o of options) {
    const p = planPhaseOf(o, phase);
    // A conditional "if progressed" option belongs to the relapse step of the plan.
    const planPhase = o.conditionalOn === "line-progressed" && p !== undefined ? "relapsed" : p;
    if (planPhase !== undefined) o.planPhase = planPhase;
  }
  if (unsorted) sortOptions(options);
  if (transplantLast) transplantOptionsLast(options);
  // Review c88-m4 (re-check of c80-m3): in the post-infusion monitoring window of a BCMA CAR-T (the alert the plan's
  // step now reads), the infection prevention of treatments.md 5c before bone-targeted therapy (post-infusion-order.ts).
  infectionPreventionFirst(options, result.alerts);
  return {
    options,
    // Most severe first; within a severity, the pathway's own alerts lead.
    alerts: sortedAlerts(alerts, result.alerts),
    missing: missing.concat(result.missing),
    plan: workUp.concat(
      withPregnancy(
        s.pregnancy === true,
        context.currentRegimen?.drugs ?? [],
        buildPlan(phase, options, category, {
          transplantCandidate: s.transplantCandidate,
          candidacyInQuestion: candidacyQuestioned,
          currentDrugs: context.currentRegimen?.drugs ?? [],
          lastLineReachedMaintenance: input.lastLineReachedMaintenance === true,
          latestLineDrugs: input.latestLineDrugs ?? [],
          consolidationGiven: s.consolidationGiven === true,
          withoutTransplant,
          noTransplantInLine: s.transplantInLatestLine === false,
          // Review c63-W1: the continuation held for the D-VRd cycles remaining (its finding), with their count.
          dvrdCyclesShort: options.some((o) =>
            o.safetyFindings?.some((f) => f.ruleId === DVRD_CYCLES_REMAINING),
          )
            ? s.dvrdCyclesOf21Days
            : null,
          dvrdCyclesRecorded: s.dvrdCyclesRecorded === true,
          stemCellsCollected: s.stemCellsCollected === true,
          // Review c79-M1: the collection due (its alert, knowledge/drug-rules.ts), with the weeks counted.
          collectionDueWeeks: result.alerts.some((x) => x.id === COLLECTION_DUE_ALERT)
            ? s.lenalidomideWeeksBeforeAsct
            : null,
          latestLineStop: input.latestLineStop ?? { end: null, stopReason: null },
          continuousStopped: s.lastLineContinuousStopped === true,
          stoppedEarly: s.firstLineStoppedEarly === true,
          alResponseLost: s.alResponseLost === true,
          // Review c80-m3: while the first-2-weeks alert is raised, the day its 2 weeks end (the plan's step now).
          carTMonitoringUntil:
            input.asOf !== undefined &&
            s.daysSinceBcmaCarT !== null &&
            result.alerts.some((al) => al.id === CAR_T_FIRST_WEEKS_ALERT)
              ? addDays(input.asOf, CAR_T_FIRST_DAYS - s.daysSinceBcmaCarT)
              : null,
          // Review c89-W2: VCd given as the first line's induction for myeloma: the switch to a quadruplet next.
          vcdSwitchAhead:
            category === "multiple-myeloma" &&
            s.onVcd === true &&
            s.priorLines === 0 &&
            phase.currentLine === 1,
          // Review c78-M1: the level failed on the latest FLC value only (its repeat marks the transplant step).
          alAboveLevelOnce: resp?.alHaematologic?.aboveLevelOnce?.level ?? null,
          // Review c76-M1: the AL transplant gates not known (its finding).
          alGatesNotKnown: options.some((o) =>
            o.safetyFindings?.some((f) => f.ruleId === AL_ASCT_GATES_NOT_RECORDED),
          ),
        }),
      ),
    ),
  };
}

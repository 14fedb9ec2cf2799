/** The engine step from a patient's situation to cited options and alerts. The knowledge base is
 * compiled once, at module load; changing content never needs a change here. */
import {
  albuminLow,
  assessRenalInsufficiency,
  calciumAboveCrabLevel,
  creatinineAboveZoledronicAcidTrials,
} from "../criteria/diagnosis/crab.js";
import type { CriterionResult } from "../criteria/diagnosis/diagnosis.js";
import { DIAGNOSIS_RULES } from "../criteria/diagnosis/rules.js";
import { AL_GATES_FAILED } from "../knowledge/entries/al-amyloidosis.js";
import {
  ALERT_RULES,
  type AlertRule,
  type Condition,
  compileBecause,
  compileTruth,
  compileUnknowns,
  currentLineKind,
  DRUG_RULES,
  describeCondition,
  EVIDENCE_REVIEWED,
  FACTS,
  type FactName,
  generateTruthCodes,
  type Jurisdiction,
  type JurisdictionCode,
  KNOWLEDGE_ENTRIES,
  type KnowledgeEntry,
  residualGiven,
  type Situation,
  type SituationMissing,
  TRUTH_OF_CODE,
  type TruthFn,
} from "../knowledge/index.js";
import type { ProphylaxisNow } from "../knowledge/situation.js";
import type { CautionDef, DrugRule } from "../knowledge/types.js";
import type { CitationId } from "../model/bibliography/index.js";
import { type DiagnosisCategory, type InfectionProphylaxis, OptionKind } from "../model/enums.js";
import type { Facts, Measured, TreatmentFact } from "../model/facts.js";
import { involvedUninvolvedFlcRatio } from "../model/flc.js";
import type { MissingInput } from "../model/trace.js";
import { Truth } from "../model/trace.js";
import { alRisingWords } from "../response/al-haematologic.js";
import { myelomaKidneyInjuryAtRelapse } from "../response/clinical-relapse.js";
import { compareDates } from "../response/dates.js";
import {
  canonicalDrugName,
  DrugClass,
  drugClass,
  drugsAre,
  holdsCarT,
  isAnticoagulant,
  isAnticoagulantOrAspirin,
  isKnownNonMyelomaDrug,
  isStemCellCollection,
  isVrdLite,
  LYMPHODEPLETION,
  namesMyelomaTherapy,
  prophylaxisKindOf,
} from "../response/drug-classes.js";
import { entryOver, type LinesOfTherapyResult } from "../response/lines.js";
import type { OlderPdReading } from "../response/pd-versions.js";
import { radiotherapyGiven } from "../response/radiotherapy.js";
import type { ResponseResult } from "../response/response.js";
import { flcRatioNormal } from "../response/series.js";
import { alRequirementFacts, diagnosisCriterion } from "./al-requirements.js";
import type { AlSwitchRule } from "./al-switch-rule.js";
import { antiCd38After } from "./anti-cd38-after.js";
import { countRecoverySinceAsct } from "./blood-counts.js";
import {
  denosumabCourse,
  responseVgprOrBetter,
  zoledronicAcidCourse,
  zoledronicAcidKidney,
} from "./bone-agent.js";
import { cardiacMarkers } from "./cardiac-markers.js";
import { consolidationFacts, inductionFacts } from "./consolidation.js";
import { latestAsctStart, monthsFromAsctToProgression, monthsSinceAsct } from "./early-relapse.js";
import { iggAsReported, tCellRedirectionIgg } from "./igg.js";
import { conditionAtOtherCount, labelAtOtherCount, lineCountOpen } from "./line-count-open.js";
import { daraLenMaintenanceMonths, mrdNegativeSustained, smmDaratumumabMonths } from "./perseus.js";
import { firstLineStoppedEarly, inLineOrder, monthsSinceLineEnded, olderConfirmedPd } from "./phase.js";
import { continuousLineStopped, isContinuousDrd, isDvmp } from "./plan.js";

export { copySituation } from "./situation-copy.js";

import {
  ALERT_SEVERITIES,
  type Alert,
  type AssessmentOption,
  type OptionFinding,
  type PhaseResult,
  type RegulatoryStatus,
} from "./assessment.js";
import {
  antiCd38RefractoryDrug,
  anyUnsettled,
  capPending,
  capRefractory,
  compiledReviewOf,
  givesImidInPregnancy,
  hasSafetyReview,
  isRefractoryTo,
  judgedDrugs,
  PENDING_CAUTION,
  pendingOnly,
  reviewRefractory,
  reviewWith,
  safetyFacts,
  strengthAfter,
  withShownValues,
} from "./safety.js";

// ---------------------------------------------------------------------------------------------
// Situation
// ---------------------------------------------------------------------------------------------

interface WithMissing {
  missing: MissingInput[];
}

/** What the situation is built from: the Facts and the calculator results (only the parts read). */
export interface SituationInputs {
  facts: Facts;
  diagnosis: {
    category: DiagnosisCategory;
    treated: boolean;
    criteria?: CriterionResult[];
    /** The category today's values alone give, when treated (the diagnosis keeps the treated one). */
    onCurrentValues?: { category: DiagnosisCategory } | null;
    /** Other categories met too (diagnosis alsoMeets); none when not given. */
    alsoMeets?: readonly DiagnosisCategory[];
  };
  mgusRisk: { group: Situation["mgusRisk"] } & WithMissing;
  smmMayo2018: { group: Situation["smmMayo2018Group"] } & WithMissing;
  smmImwg2020: { group: Situation["smmImwg2020Group"] } & WithMissing;
  cytogenetic: {
    highRisk: boolean | null;
    geneticHighRisk: boolean | null;
    geneticMissing: MissingInput[];
  } & WithMissing;
  alMayo2004: { stage: Situation["alMayo2004Stage"] } & WithMissing;
  alMayo2012: { stage: Situation["alMayo2012Stage"] } & WithMissing;
  egfr: { value: number | null } & WithMissing;
  crcl: { value: number | null } & WithMissing;
  imwgFrailty: { group: Situation["frailtyGroup"] } & WithMissing;
  lines: LinesOfTherapyResult | null;
  response:
    | (Pick<ResponseResult, "progression" | "missing"> & {
        /** The clinical-relapse reading of a confirmed progression (review c77-W1: its creatinine rise, attributed). */
        clinicalRelapse?: ResponseResult["clinicalRelapse"];
        progressionDate?: string | null;
        /** The IMWG grade of the assessed line (the zoledronic acid de-escalation reads it). */
        current?: ResponseResult["current"];
        /** The PD the older IMWG wording reads while the 2016 one does not (response.ts). */
        pdByOlderWording?: OlderPdReading;
        /** The confirmed dFLC rise of the PD size on a disease the FLC is not the measure of (response.ts; c88-M4). */
        flcRiseNotTheMeasure?: ResponseResult["flcRiseNotTheMeasure"];
        /** The AL haematologic grade (al-haematologic.ts): a level lost since the line is read (review c76-W1). */
        alHaematologic?: ResponseResult["alHaematologic"];
      })
    | null;
  /** The treatment phase (engine/phase): gives the prior lines, the current line and progression. */
  phase?: PhaseResult | null;
  /** The treatment entries in line order (inLineOrder(facts)) when the caller has sorted them already. */
  history?: readonly TreatmentFact[];
  /** The drugs running on asOf (runningDrugs(facts)) when the caller has listed them already. */
  running?: readonly string[];
  /** IMPEDE VTE of the IMiD regimen given or considered (engine/vte-risk), when there is one. */
  impedeVte?: { group: Situation["impedeVteGroup"] } | null;
  /** alert.kidney-new-on-treatment is raised (engine/kidney-on-treatment); false when not given. */
  kidneyNewOnTreatment?: boolean;
  /** The AL switch rule read on the line being given (engine/al-switch-rule.ts; review c69-W1); not given when it is
   * not raised. */
  alSwitchRule?: Pick<AlSwitchRule, "metOnCycles" | "cycles" | "missing"> | null;
}

/** T-cell-engaging bispecific antibodies (treatments.md section 5c); drug classes come from
 * response/drug-classes, the one table of them. */
const BISPECIFIC = ["teclistamab", "elranatamab", "talquetamab", "linvoseltamab"];

/** Three-valued OR / AND of two booleans-or-null (both associative: nest them for more). */
function or3(a: boolean | null, b: boolean | null): boolean | null {
  if (a === true || b === true) return true;
  return a === false && b === false ? false : null;
}
function and3(a: boolean | null, b: boolean | null): boolean | null {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : null;
}
/** The immunoglobulins whose reduction (immunoparesis) AQUILA counts, and where the record keeps them. */
const ISOTYPES = ["IgG", "IgA", "IgM"] as const;
const ISOTYPE_LAB = { IgG: "igg", IgA: "iga", IgM: "igm" } as const;

/** Progression from the raw signals (response, last line): any yes is yes, else any no is no. */
const progressionOf = (a: boolean | null, b: boolean | null): boolean | null =>
  a === true || b === true ? true : a === false || b === false ? false : null;
const gte = (v: number | null | undefined, t: number): boolean | null => (v == null ? null : v >= t);

/** Whether entry `position` of the history (line order) is given on asOf: started by then and not ended before
 * it, and not over though the record does not end it (response/lines.ts entryOver: a CAR-T entry once
 * progression or later therapy is recorded; another entry of anti-myeloma therapy once later therapy that does
 * not only add to it has started). */
function givenOn(
  t: TreatmentFact,
  position: number,
  history: readonly TreatmentFact[],
  asOf: string,
): boolean {
  if (t.start > asOf || (t.end !== null && t.end < asOf)) return false;
  return !entryOver(history, position, asOf);
}

/** Whether the latest line holds a transplant or an entry that may be one (flagged asct, in the transplant phase,
 * or melphalan given alone, as high-dose melphalan is); null without lines. Review c34-F1: "Mel200 autograft"
 * recorded in the transplant phase without the flag read as no transplant, and lenalidomide's starting dose was
 * given for maintenance after it. Melphalan in a combination (MP, VMP, D-VMP, MPR) is an induction, no
 * transplant (review c35-G1), and so is melphalan alone recorded in another phase (an oral course in the induction
 * phase, review c36-H3). */
/** The short anti-CD38 courses progressed on, in words (the caution names them; review c43-m2), or null. */
function shortCoursesWords(lines: LinesOfTherapyResult | null): string | null {
  const courses = lines?.antiCd38ShortCourses;
  if (courses === undefined) return null;
  return courses
    .map((c) => `${c.drug} in ${c.regimen} from ${c.start}, ${c.daysOfTherapy} days of therapy counted`)
    .join(" and ");
}

function transplantInLatestLine(
  lines: LinesOfTherapyResult | null,
  history: readonly TreatmentFact[],
): boolean | null {
  if (lines === null) return null;
  const last = lines.lines[lines.lines.length - 1];
  if (last === undefined) return false;
  for (const i of last.entries) {
    const t = history[i];
    if (t === undefined) continue;
    if (
      t.asct ||
      t.phase === "transplant" ||
      (t.drugs.length === 1 && canonicalDrugName(t.drugs[0]!) === "melphalan" && t.phase === null)
    )
      return true;
  }
  return false;
}

/** Review c65-M2: a stem cell collection (isStemCellCollection) begun from the first line's start to asOf
 * (treatments.md 3c); null without lines, false with none begun. */
function stemCellsCollected(
  lines: LinesOfTherapyResult | null,
  history: readonly TreatmentFact[],
  asOf: string,
): boolean | null {
  if (lines === null) return null;
  const first = lines.lines[0];
  if (first === undefined) return false;
  return history.some((t) => isStemCellCollection(t) && t.start >= first.start && t.start <= asOf);
}

/** The drugs of treatment entries running on `asOf` (givenOn), in the order the record lists them (a regimen's
 * lead drug first, as "D-VRd" is written). */
export function runningDrugs(facts: Facts): string[] {
  const out: string[] = [];
  const history = facts.treatmentHistory;
  for (let i = 0; i < history.length; i++) {
    const t = history[i]!;
    if (!givenOn(t, i, history, facts.asOf)) continue;
    // A CAR-T entry: its lymphodepletion drugs are no therapy given now (review c30-W2).
    const carT = holdsCarT(t.drugs);
    for (const d of t.drugs)
      if (!out.includes(d) && !(carT && LYMPHODEPLETION.includes(canonicalDrugName(d)))) out.push(d);
  }
  return out;
}

/** The drugs whose counts are read since they started (the bispecifics' and the label count holds' rules). */
const COUNTED = {
  bispecific: BISPECIFIC,
  lenalidomide: ["lenalidomide"],
  bortezomib: ["bortezomib"],
  pomalidomide: ["pomalidomide"],
  carfilzomib: ["carfilzomib"],
} as const satisfies Record<string, readonly string[]>;
type Counted = keyof typeof COUNTED;

/** The start of each counted drug given now: the earliest start of the running entries that hold it; null when it
 * is not given. One pass over the history (each entry's running state and drug names read once). */
function countedStarts(facts: Facts, maybeEntry: number | null): Record<Counted, string | null> {
  const starts: Record<Counted, string | null> = {
    bispecific: null,
    lenalidomide: null,
    bortezomib: null,
    pomalidomide: null,
    carfilzomib: null,
  };
  const history = facts.treatmentHistory;
  for (let i = 0; i < history.length; i++) {
    const t = history[i]!;
    // An entry that may still be given (review c60-M2) is counted from its start, as if given.
    if (!givenOn(t, i, history, facts.asOf) && t.index !== maybeEntry) continue;
    for (const d of t.drugs) {
      const name = canonicalDrugName(d);
      for (const k of Object.keys(COUNTED) as Counted[]) {
        const seen = starts[k];
        if ((COUNTED[k] as readonly string[]).includes(name) && (seen === null || t.start < seen))
          starts[k] = t.start;
      }
    }
  }
  return starts;
}

const NO_DRUGS: readonly string[] = Object.freeze([]);

/** The drugs of the entry that may still be given (PhaseResult.mayStillBeGiven, review c60-M2), canonical names,
 * that are not among the drugs running now; none without such an entry. */
export function mayStillBeGivenDrugs(
  phase: Pick<PhaseResult, "mayStillBeGiven"> | null,
  running: readonly string[],
): readonly string[] {
  const maybe = phase?.mayStillBeGiven;
  if (maybe === undefined) return NO_DRUGS;
  const on = running.map((d) => canonicalDrugName(d));
  return maybe.drugs.filter((d) => !on.includes(d));
}

/** The knowledge context's drugs of an entry that may still be given (KnowledgeContext.mayStillBeGiven), with the
 * kind of their drug rules (its recorded phase: maintenance or not); null without such drugs. */
export function mayStillBeGivenContext(
  phase: PhaseResult,
  running: readonly string[],
): { drugs: readonly string[]; kind: AssessmentOption["kind"] } | null {
  const drugs = mayStillBeGivenDrugs(phase, running);
  if (drugs.length === 0) return null;
  const entryPhase = phase.mayStillBeGiven?.phase ?? null;
  return { drugs, kind: currentLineKind(entryPhase === "maintenance" ? "maintenance" : null) };
}

/** Review c60-M3: the prior lines if the open line-count questions that move the count by `change` were answered
 * against the reading (LinesOfTherapyResult.countQuestions); null when none is open or the count is not known. */
function countIfAnswered(
  priorLines: number | null,
  lines: LinesOfTherapyResult | null,
  change: -1 | 1,
): number | null {
  const qs = lines?.countQuestions;
  if (priorLines === null || qs === undefined) return null;
  let n = 0;
  for (const q of qs) if (q.change === change) n++;
  return n === 0 ? null : Math.max(0, priorLines + change * n);
}

/** The open line-count questions behind priorLinesIfFewer (-1) or priorLinesIfMore (+1), as the lines ask them. */
function countQuestionsAsked(lines: LinesOfTherapyResult | null, change: -1 | 1): MissingInput[] {
  const out: MissingInput[] = [];
  for (const q of lines?.countQuestions ?? [])
    if (q.change === change) {
      const asked = lines?.missing.find((m) => m.field === q.field);
      if (asked !== undefined) out.push(asked);
    }
  return out;
}

/** The question whose answer tells whether the drugs of the entry that may still be given are (review c60-M2): its
 * end, as the lines ask it. */
function mayStillBeGivenAsked(
  phase: Pick<PhaseResult, "mayStillBeGiven"> | null,
  lines: LinesOfTherapyResult | null,
): MissingInput[] {
  const maybe = phase?.mayStillBeGiven;
  if (maybe === undefined) return NOTHING_MISSING;
  const field = `treatmentHistory.${maybe.entry}.end`;
  const asked = lines?.missing.find((m) => m.field === field);
  return [asked ?? { field, neededFor: "the drugs given now" }];
}

/** Whether two clearances fall in different dose bands of the reference's CrCl tables, mL/min (review c53-U1: a
 * measured 25 mL/min beside a Cockcroft-Gault 80 read "CrCl >=60: 25 mg, no adjustment"; c54-7a: each table its own
 * edges): lenalidomide (treatments.md 7a: <30, 30-49, 50-59, >=60), zoledronic acid (8a: <30, 30-39, 40-49, 50-60,
 * >60), and the 30 mL/min of pamidronate, denosumab and melphalan (8a, 7b). Null unless both are known. */
function crclDisagreement(measured: number | null, cockcroftGault: number | null) {
  if (measured === null || cockcroftGault === null)
    return { lenalidomide: null, zoledronicAcid: null, at30: null };
  const lo = Math.min(measured, cockcroftGault);
  const hi = Math.max(measured, cockcroftGault);
  // An edge that starts its band (>= edge), or one above which the band starts (> edge).
  const from = (edge: number) => lo < edge && hi >= edge;
  const above = (edge: number) => lo <= edge && hi > edge;
  const at30 = from(30);
  const lenalidomide = at30 || from(50) || from(60);
  const zoledronicAcid = at30 || from(40) || from(50) || above(60);
  return { lenalidomide, zoledronicAcid, at30 };
}

/** A count taken on or after `start` (an undated count is the current one), else null: a count from before the first
 * dose is not one on the drug (review c26-8). A count of the first dose's day is the one the dose was given on (a
 * CAR-T infusion's day is not: blood-counts.ts countSince). */
function countSince(start: string | null, count: Measured | null): number | null {
  if (start === null || count === null) return null;
  return count.date === null || count.date >= start ? count.value : null;
}

/** Whether the only anti-myeloma therapy recorded is daratumumab alone, no entry's setting recorded, and
 * today's values meet smouldering myeloma. */
function daratumumabAloneSettingUnrecorded(facts: Facts, today: DiagnosisCategory | null): boolean {
  if (today !== "smoldering-myeloma") return false;
  let any = false;
  for (const t of facts.treatmentHistory) {
    if (!namesMyelomaTherapy(t)) continue;
    const drugs = t.drugs.filter((d) => !isKnownNonMyelomaDrug(d));
    if (t.setting !== null || !drugs.every((d) => canonicalDrugName(d) === "daratumumab")) return false;
    any = true;
  }
  return any;
}

/** Anticoagulation now (Situation.anticoagulationNow): as conditions.anticoagulation records it, which wins; else,
 * its intensity not recorded, an anticoagulant in a treatment entry running on asOf, read as full dose (review
 * c9-F5: the safe reading when the choice is whether to add LMWH); else not recorded. */
export function anticoagulationNow(
  facts: Facts,
  running: readonly string[],
): Situation["anticoagulationNow"] {
  const recorded = facts.conditions.anticoagulation;
  if (recorded !== null) return recorded;
  for (const d of running) if (isAnticoagulant(d)) return "running-intensity-not-recorded";
  return "not-recorded";
}

/** Anti-infective prophylaxis now (Situation.hsvVzvProphylaxisNow and its kin; review c87-M3): taken when
 * conditions.infectionProphylaxis lists it or a treatment entry of its drug runs on asOf; not taken when the field is
 * recorded without it (and none runs); else not recorded (missing is not "not taken"). */
export function prophylaxisNow(
  facts: Facts,
  running: readonly string[],
  kind: InfectionProphylaxis,
): ProphylaxisNow {
  const recorded = facts.conditions.infectionProphylaxis;
  if (recorded?.includes(kind) || running.some((d) => prophylaxisKindOf(d) === kind)) return "taken";
  return recorded === null ? "not-recorded" : "not-taken";
}

/** Review c89-W1 (Situation.hemoglobinOnCurrentLine): the haemoglobin dated after the first day of the line being given
 * (the latest line started by asOf), or undated (today's); null without a haemoglobin or off therapy. The first day's
 * count is the one taken before the first dose: not on the line (the project's reading, UNVERIFIED; the reference
 * says "chemotherapy-associated anemia", treatments.md 8c). */
function hemoglobinOnCurrentLine(
  hb: Facts["labs"]["hemoglobin"],
  lines: LinesOfTherapyResult | null,
  asOf: string,
): boolean | null {
  if (hb === null || lines === null || !lines.onTherapy) return null;
  let start: string | null = null;
  for (const l of lines.lines) if (compareDates(l.start, asOf) <= 0) start = l.start;
  if (start === null) return null;
  return hb.date === null || compareDates(hb.date, start) > 0;
}

/** Whether a list holds an item: unknown (null) without the list. */
function has<T>(xs: readonly T[] | undefined, x: T): boolean | null {
  return xs === undefined ? null : xs.includes(x);
}

/** Hepatitis B serology from its two screening results (ASCO 2020, hwang-2020-jco-hbv): either positive
 * is chronic (HBsAg) or past (anti-HBc) infection, both needing a reactivation risk assessment; both
 * negative is no infection; anything else is not a screen, and names the result it lacks. */
function hbvSerologyOf(
  hbsAg: "positive" | "negative" | null,
  antiHbc: "positive" | "negative" | null,
): { serology: "positive" | "negative" | null; missing: MissingInput[] } {
  if (hbsAg === "positive" || antiHbc === "positive") return { serology: "positive", missing: [] };
  if (hbsAg === "negative" && antiHbc === "negative") return { serology: "negative", missing: [] };
  const missing: MissingInput[] = [];
  const neededFor = "HBV screening before anti-CD38 antibodies";
  if (hbsAg === null) missing.push({ field: "labs.hepatitisBSurfaceAntigen", neededFor });
  if (antiHbc === null) missing.push({ field: "labs.hepatitisBCoreAntibody", neededFor });
  return { serology: null, missing };
}

/** An empty list of missing inputs, shared (never added to: the knowledge step only reads these lists). */
const NOTHING_MISSING: MissingInput[] = Object.freeze([]) as unknown as MissingInput[];

/** The AL hard transplant gates failed by a recorded value (review c91-W1). */
const AL_HARD_GATE_FAILED = compileTruth(AL_GATES_FAILED);

/** Builds the Situation the knowledge conditions read. Unknown stays null, with what was missing. */
export function buildSituation(input: SituationInputs): { situation: Situation; missing: SituationMissing } {
  const { facts, lines } = input;
  const { labs, marrow, conditions: cond } = facts;
  const alLost = input.response?.alHaematologic?.responseLost;
  const inv = labs.involvedFreeLightChain?.value ?? null;
  const uninv = labs.uninvolvedFreeLightChain?.value ?? null;
  const ratio = involvedUninvolvedFlcRatio(inv, uninv).value;
  const mprot = labs.serumMProtein?.value ?? null;
  const heavy = labs.heavyChain;
  const light = labs.lightChain;
  const bmpc = marrow.clonalPlasmaCellPercent;
  // Abnormal = not a normal kappa/lambda ratio (0.26-1.65); without the light chain it is known only
  // when both readings agree (response/series holds the one definition).
  const flcNormal = inv !== null && uninv !== null ? flcRatioNormal(inv, uninv, light) : null;
  const abnormalFlc = flcNormal === null ? null : !flcNormal;
  // The start of each drug whose counts the rules read since it started (one pass over the history).
  const started = countedStarts(facts, input.phase?.mayStillBeGiven?.entry ?? null);

  // AQUILA: BMPC >= 10% and >= 1 of: M-protein >= 3 g/dL; IgA; immunoparesis of 2 uninvolved
  // isotypes; FLC ratio >= 8 and < 100; BMPC > 50% to < 60% (criteria-and-scores 2.3).
  let immunoparesis: boolean | null = null;
  if (heavy !== null) {
    // The two isotypes other than the involved one: each reduced (below its lower limit), not, or unknown.
    let reduced = 0;
    let unknownIso = 0;
    for (const isotype of ISOTYPES) {
      if (isotype === heavy) continue;
      const m = labs[ISOTYPE_LAB[isotype]];
      if (m === null || m.lowerLimitOfNormal === null) unknownIso++;
      else if (m.value < m.lowerLimitOfNormal) reduced++;
    }
    immunoparesis = reduced >= 2 ? true : reduced + unknownIso < 2 ? false : null;
  }
  const aquilaAny = or3(
    or3(or3(gte(mprot, 3), heavy === null ? null : heavy === "IgA"), immunoparesis),
    or3(ratio === null ? null : ratio >= 8 && ratio < 100, bmpc === null ? null : bmpc > 50 && bmpc < 60),
  );
  const smmHighRiskAquila = and3(gte(bmpc, 10), aquilaAny);

  // QuiRedex, first arm: BMPC >= 10% and M-protein (IgG >= 3, IgA >= 2 g/dL, or urine BJ > 1 g/24 h).
  // The second arm (one of these plus >= 95% aberrant plasma cells with immunoparesis) needs flow data
  // the record does not carry, so exactly one criterion met stays unknown.
  const urine = labs.urineMProtein?.value ?? null;
  const mCrit = or3(
    heavy === null || mprot === null
      ? null
      : (heavy === "IgG" && mprot >= 3) || (heavy === "IgA" && mprot >= 2),
    urine === null ? null : urine > 1000,
  );
  const bmCrit = gte(bmpc, 10);
  const smmHighRiskQuiredex =
    bmCrit === true && mCrit === true ? true : bmCrit === false && mCrit === false ? false : null;
  const smmHighRiskE3a06 = and3(bmCrit, abnormalFlc);

  const clearances = crclDisagreement(labs.measuredCreatinineClearance?.value ?? null, input.crcl.value);
  const calcium = labs.calcium;
  const hypercalcemia = calcium === null ? null : calciumAboveCrabLevel(calcium);

  const hbv = hbvSerologyOf(labs.hepatitisBSurfaceAntigen, labs.hepatitisBCoreAntibody);
  // Against the record's own lower limit only: no limit of ours takes the laboratory's place.
  const calciumVsLowerLimit =
    calcium === null
      ? null
      : calcium.lowerLimitOfNormal === null
        ? "no-limit-given"
        : calcium.value < calcium.lowerLimitOfNormal
          ? "below"
          : "not-below";

  const lytic = facts.imaging.osteolyticLesions;
  const boneDisease = or3(lytic === null ? null : lytic > 0, cond.pathologicFracture);

  // Whether a drug of each class (or of the bispecific list) runs now: unknown without the lines of
  // therapy. One pass over the running drugs, each drug's class looked up once.
  let onImid: boolean | null = null;
  let onPi: boolean | null = null;
  let onAntiCd38: boolean | null = null;
  let onBispecific: boolean | null = null;
  let onBcmaBispecific: boolean | null = null;
  let onDenosumab: boolean | null = null;
  // The drugs running now, listed once for the classes below and the anticoagulant.
  const running = input.running ?? runningDrugs(facts);
  // Those of an entry that may still be given, not running otherwise (review c60-M2).
  const maybeGiven = mayStillBeGivenDrugs(input.phase ?? null, running);
  // The latest transplant, found once for the months since it and the counts since it.
  const asct = latestAsctStart(facts.treatmentHistory, facts.asOf);
  // AL cardiac biomarkers against the latest line's start (review c14): read for AL amyloidosis only.
  const markers = input.diagnosis.category === "al-amyloidosis" ? cardiacMarkers(facts, lines) : NO_MARKERS;
  if (lines !== null) {
    onDenosumab = false;
    onImid = onPi = onAntiCd38 = onBispecific = onBcmaBispecific = false;
    for (const d of running) {
      const k = drugClass(d);
      if (k === DrugClass.immunomodulatory) onImid = true;
      else if (k === DrugClass.proteasomeInhibitor) onPi = true;
      else if (k === DrugClass.antiCd38) onAntiCd38 = true;
      if (BISPECIFIC.includes(d)) {
        onBispecific = true;
        if (k === DrugClass.bcmaDirected) onBcmaBispecific = true;
      }
      if (d === "denosumab") onDenosumab = true;
    }
    // Review c60-M2: the drugs of an entry that may still be given (its end not recorded; engine/phase.ts): a class
    // not given otherwise is not known to be off, never read as stopped.
    for (const d of maybeGiven) {
      const k = drugClass(d);
      if (k === DrugClass.immunomodulatory) onImid ||= null;
      else if (k === DrugClass.proteasomeInhibitor) onPi ||= null;
      else if (k === DrugClass.antiCd38) onAntiCd38 ||= null;
      if (BISPECIFIC.includes(d)) {
        onBispecific ||= null;
        if (k === DrugClass.bcmaDirected) onBcmaBispecific ||= null;
      }
      if (d === "denosumab") onDenosumab ||= null;
    }
  }
  // Review c57-U2: a bispecific antibody given in the latest two lines and not now (its immune deficits outlast it,
  // treatments.md 5c). Review c58-M1: not one of lines before them (3 years and two lines later, PJP came back as
  // standard): the later lines' own therapy and its cards rule then.
  let bispecificEnded: boolean | null = null;
  // The start of the latest such entry: a count since it is one after the bispecific (its neutropenia alert).
  let endedBispecificStart: string | null = null;
  if (lines !== null) {
    // Review c59-W4: the latest line or the one before it (ten weeks after teclistamab, on KCd with IgG 300, the cards
    // went): the reference's stopping rules (CD4 >200, IgG) outlast one more line; two lines on they were c58-M1's.
    const n = lines.lines.length;
    bispecificEnded =
      onBispecific !== true &&
      lines.lines.slice(Math.max(0, n - 2)).some((l) => l.drugs.some((d) => BISPECIFIC.includes(d)));
    if (bispecificEnded)
      for (const t of facts.treatmentHistory)
        if (
          t.start <= facts.asOf &&
          t.drugs.some((d) => BISPECIFIC.includes(d)) &&
          (endedBispecificStart === null || t.start > endedBispecificStart)
        )
          endedBispecificStart = t.start;
  }
  // Review c68-W1: a bispecific in the latest line, not given now (no line since): the IgG of its
  // hypogammaglobulinaemia rule is read since its latest entry started (treatments.md 5c). A later line (the window's
  // second half) keeps the cards on the IgG recorded, as before (review c67-W1).
  let endedBispecific: { start: string; drugs: string[] } | null = null;
  if (bispecificEnded === true && lines !== null && endedBispecificStart !== null) {
    const latest = lines.lines[lines.lines.length - 1];
    if (latest?.drugs.some((d) => BISPECIFIC.includes(d))) {
      const start = endedBispecificStart;
      const drugs = new Set<string>();
      for (const t of facts.treatmentHistory)
        if (t.start === start) for (const d of t.drugs) if (BISPECIFIC.includes(d)) drugs.add(d);
      endedBispecific = { start, drugs: [...drugs] };
    }
  }

  // Daratumumab alone, the only therapy recorded, with no setting, while today's values meet smouldering
  // myeloma: it may be AQUILA therapy for high-risk SMM (treatments.md 2b). Never guessed: the alert asks
  // the team to record the setting (review c8-07).
  const settingUnrecordedDaratumumabAlone = daratumumabAloneSettingUnrecorded(
    facts,
    input.diagnosis.onCurrentValues?.category ?? null,
  );

  const phase = input.phase ?? null;
  // The line being given is never a prior line (Rajkumar 2015): prior lines come from the phase.
  const priorLines = phase ? phase.priorLines : (lines?.priorLines ?? null);
  // With a phase, progression is the phase's (untreated: no line has progressed); without one (callers
  // that build a situation by hand), the raw signals.
  const progression = phase
    ? phase.code === "untreated"
      ? false
      : phase.progressed
    : progressionOf(
        input.response?.progression ?? null,
        lines?.lines[lines.lines.length - 1]?.progressed ?? null,
      );
  const history = input.history ?? inLineOrder(facts);
  const safety = safetyFacts(lines, history, facts.asOf, labs.neutrophils, labs.platelets);
  const consolidation = consolidationFacts(history, lines, facts.asOf);
  const induction = inductionFacts(history, lines, facts.asOf);
  const al = alRequirementFacts(facts, input.diagnosis.criteria);

  // Myeloma kidney injury as the diagnosis decides it (IMWG 2014 CRAB renal, rajkumar-2014-lancet-oncol;
  // dialysis counts), not the Cockcroft-Gault clearance, which is for dosing: read from the diagnosis's
  // criteria, or decided by the same function when they are not written out (codes only).
  const renal =
    diagnosisCriterion(input.diagnosis.criteria, DIAGNOSIS_RULES.crabRenal.id) ??
    assessRenalInsufficiency(facts, false);

  const candidate = facts.transplant.candidate;
  const zoledronicAcid = zoledronicAcidCourse(facts);
  const zaKidney = zoledronicAcidKidney(facts, zoledronicAcid.since, input.crcl.value);
  const denosumab = denosumabCourse(facts, onDenosumab);
  const antiCd38 = antiCd38After(facts.treatmentHistory, facts.asOf, running);
  // Review c67-W1: the IgG of the hypogammaglobulinaemia rule on T-cell redirection is one taken since it started.
  const tCellRedirection = tCellRedirectionIgg(facts, {
    onBispecific,
    bispecificStart: started.bispecific,
    bispecifics: running.filter((d) => BISPECIFIC.includes(d)),
    priorBcmaCarT: safety.priorBcmaCarT,
    endedBispecific,
  });
  const stoppedEarly = firstLineStoppedEarly(lines, history, input.response?.current ?? null);
  const situation: Situation = {
    category: input.diagnosis.category,
    // Confirmed = a category met; the likely category's evaluation (pathway.ts) keeps this false.
    categoryConfirmed: input.diagnosis.category !== "indeterminate",
    treated: input.diagnosis.treated,
    age: facts.patient.age,
    bmiKgM2: bmiOf(facts.patient.weightKg, facts.patient.heightCm),
    mgusRisk: input.mgusRisk.group,
    smmMayo2018Group: input.smmMayo2018.group,
    smmImwg2020Group: input.smmImwg2020.group,
    smmHighRiskAquila,
    smmHighRiskQuiredex,
    smmHighRiskE3a06,
    cytogeneticHighRisk: input.cytogenetic.highRisk,
    highRiskCytogenetics: input.cytogenetic.geneticHighRisk,
    transplantCandidate:
      candidate === "yes" || candidate === "no" || candidate === "deferred" ? candidate : null,
    transplantCandidacyAssumed: false,
    crclMlMin: input.crcl.value,
    measuredCrclMlMin: labs.measuredCreatinineClearance?.value ?? null,
    crclDisagreeLenalidomide: clearances.lenalidomide,
    crclDisagreeZoledronicAcid: clearances.zoledronicAcid,
    crclDisagreeAt30: clearances.at30,
    egfr: input.egfr.value,
    dialysis: cond.renalFailureOnDialysis,
    renalCrab: renal.met,
    kidneyImpairmentFromMyeloma: cond.kidneyImpairmentFromMyeloma,
    frailtyGroup: input.imwgFrailty.group,
    ecog: facts.fitness.ecog,
    charlson: facts.fitness.charlson,
    peripheralNeuropathy: cond.peripheralNeuropathy,
    neuropathyGrade: cond.neuropathyGrade,
    neuropathyPainful: cond.neuropathyPainful,
    pregnancy: cond.pregnancy,
    heartFailure: heartFailureOf(cond.heartFailure, cond.nyhaClass),
    nyhaClass: cond.nyhaClass,
    hypertension: cond.hypertension,
    hepaticImpairment: cond.hepaticImpairment,
    priorLines,
    priorLinesIfFewer: countIfAnswered(priorLines, lines, -1),
    priorLinesIfMore: countIfAnswered(priorLines, lines, 1),
    onTherapy: lines?.onTherapy ?? null,
    progression,
    phase: phase?.code ?? null,
    currentLine: phase?.currentLine ?? null,
    weeksOnCurrentLine: phase?.weeksOnCurrentLine ?? null,
    daraLenMaintenanceMonths: daraLenMaintenanceMonths(facts),
    smmDaratumumabMonths: smmDaratumumabMonths(facts),
    zoledronicAcidSince: zoledronicAcid.since,
    monthsSinceLineEnded: monthsSinceLineEnded(phase?.code ?? null, lines, facts.asOf),
    lastLineDvmp: lastLineDvmp(lines),
    lastLineDvrd: lastLineHolds(lines, DVRD_DRUGS),
    lastLineIsaVrd: lastLineHolds(lines, ISA_VRD_DRUGS),
    // Re-check c72-W1/M1: a line stopped before a response is not read as a continuous line stopped in response.
    lastLineContinuousStopped: stoppedEarly === true ? false : lastLineContinuousStopped(lines, history),
    lastLineRefractory: lastLineRefractory(phase, lines),
    firstLineStoppedEarly: stoppedEarly,
    onVcd: lines === null ? null : holdsAll(running, VCD_DRUGS),
    onRdOnly: lines === null ? null : runsRdOnly(running),
    continuationRunning: lines === null ? null : continuationRunning(running),
    onVrdLite: (phase?.currentLine ?? null) !== null && isVrdLite(phase?.currentRegimen ?? null),
    inductionBeforeLastCycle: inductionBeforeLastCycle(phase ?? null, running),
    // Review c73-m1: DRd as the first line itself (MAIA), as the phase and the plan read it, not D-Rd after D-VRd.
    onMaiaDrd:
      lines === null
        ? null
        : phase?.code === "induction" &&
          phase.currentLine === 1 &&
          candidate !== "yes" &&
          isContinuousDrd(running.map((d) => canonicalDrugName(d))),
    onTalquetamabWithDaratumumab: lines === null ? null : holdsAll(running, TAL_DARA_DRUGS),
    smmTherapyOutcomeUnknown: lines === null ? null : lines.smmTherapyOutcomeUnknown,
    zoledronicAcidMonths: zoledronicAcid.months,
    zoledronicAcidStoppedForToxicity: zoledronicAcid.since === null && zoledronicAcid.stoppedForToxicity,
    zoledronicAcidBaseline: zaKidney.baseline,
    zoledronicAcidDoseCrclMlMin: zaKidney.doseCrclMlMin,
    zoledronicAcidHold: zaKidney.hold,
    zoledronicAcidCreatinineChange: zaKidney.change,
    zoledronicAcidRiseNoBaseline: zaKidney.riseNoBaseline,
    responseVgprOrBetter: responseVgprOrBetter(input.response?.current ?? null, lines, progression),
    pdOlderWordingOnLine:
      input.response === null
        ? null
        : lines?.onTherapy === true &&
          progression !== true &&
          // A line the record says has not progressed is followed as recorded (review c41-m2).
          lines.lines[lines.lines.length - 1]?.progressed !== false &&
          olderConfirmedPd(input.response) !== null,
    // Review c88-M4: the confirmed light-chain rise said for review (response.flc-rise-not-the-measure) on the line being
    // given, no progression recorded or measured, the line not recorded as not progressed (the team's reading).
    flcRiseOnLine:
      input.response === null
        ? null
        : lines?.onTherapy === true &&
          progression !== true &&
          lines.lines[lines.lines.length - 1]?.progressed !== false &&
          input.response.flcRiseNotTheMeasure !== undefined,
    mrdNegativeSustained: mrdNegativeSustained(facts),
    lenalidomideExposed: has(lines?.exposedDrugs, "lenalidomide"),
    lenalidomideRefractory: lines === null ? null : lines.lenalidomideRefractory,
    piExposed: has(lines?.exposedClasses, "proteasome-inhibitor"),
    imidExposed: has(lines?.exposedClasses, "immunomodulatory"),
    antiCd38Exposed: has(lines?.exposedClasses, "anti-cd38"),
    antiCd38Refractory: lines === null ? null : lines.antiCd38Refractory,
    antiCd38ProgressedUnder4Weeks: lines === null ? null : lines.antiCd38ProgressedUnder4Weeks !== undefined,
    antiCd38ShortCourses: shortCoursesWords(lines),
    daysSinceAntiCd38: antiCd38.days,
    transplantInLatestLine: transplantInLatestLine(lines, history),
    stemCellsCollected: stemCellsCollected(lines, history, facts.asOf),
    daysSinceDaratumumab: antiCd38.daratumumabDays,
    tripleClassExposed: lines?.tripleClassExposed ?? null,
    tripleClassRefractory: lines?.tripleClassRefractory ?? null,
    pentaRefractory: lines?.pentaRefractory ?? null,
    priorAsct: lines?.priorAsct ?? null,
    monthsSinceAsct: monthsSinceAsct(asct, facts.asOf),
    priorBcmaTherapy: lines?.priorBcmaTherapy ?? null,
    // Named one by one rather than spread, so every situation has the same shape (see model/merged.ts).
    priorBcmaCarT: safety.priorBcmaCarT,
    bcmaBeforeCurrentLine: safety.bcmaBeforeCurrentLine,
    bcmaAgentsBefore: safety.bcmaAgentsBefore,
    lastLineBcmaCarT: safety.lastLineBcmaCarT,
    daysSinceBcmaCarT: safety.daysSinceBcmaCarT,
    ancSinceBcmaCarT: safety.ancSinceBcmaCarT,
    plateletsSinceBcmaCarT: safety.plateletsSinceBcmaCarT,
    bcmaCarTInfusionUndated: safety.bcmaCarTInfusionUndated,
    ancSinceBispecificStart: countSince(started.bispecific, labs.neutrophils),
    ancSinceLenalidomideStart: countSince(started.lenalidomide, labs.neutrophils),
    plateletsSinceLenalidomideStart: countSince(started.lenalidomide, labs.platelets),
    ancSinceBortezomibStart: countSince(started.bortezomib, labs.neutrophils),
    plateletsSinceBortezomibStart: countSince(started.bortezomib, labs.platelets),
    ancSincePomalidomideStart: countSince(started.pomalidomide, labs.neutrophils),
    plateletsSincePomalidomideStart: countSince(started.pomalidomide, labs.platelets),
    ancSinceCarfilzomibStart: countSince(started.carfilzomib, labs.neutrophils),
    plateletsSinceCarfilzomibStart: countSince(started.carfilzomib, labs.platelets),
    carfilzomibRefractory: safety.carfilzomibRefractory,
    bortezomibRefractory: safety.bortezomibRefractory,
    asctInduction: consolidation.asctInduction,
    consolidationGiven: consolidation.consolidationGiven,
    autograftsInLine: consolidation.autograftsInLine,
    preAsctInduction: induction.preAsctInduction,
    lenalidomideWeeksBeforeAsct: induction.lenalidomideWeeksBeforeAsct,
    dvrdCyclesOf21Days: induction.dvrdCyclesOf21Days,
    dvrdCyclesRecorded: induction.dvrdCyclesOf21Days === null ? null : induction.dvrdCyclesRecorded,
    dvrdStoppedForToxicity: induction.dvrdStoppedForToxicity,
    daratumumabExposed: has(lines?.exposedDrugs, "daratumumab"),
    mrdNegative: facts.marrow.mrd === null ? null : facts.marrow.mrd === "negative",
    monthsFromAsctToProgression: monthsFromAsctToProgression(
      history,
      lines,
      progression,
      input.response?.progressionDate ?? null,
    ),
    plasmacytomaSite: facts.biopsy.plasmacytoma?.site ?? null,
    plasmacytomaSizeCm: facts.biopsy.plasmacytoma?.sizeCm ?? null,
    flcRatioAbnormal: abnormalFlc,
    boneDisease,
    pathologicFracture: cond.pathologicFracture,
    spinalCordCompression: cond.spinalCordCompression,
    bonePain: cond.bonePain,
    hemoglobinGDl: labs.hemoglobin?.value ?? null,
    hemoglobinOnCurrentLine: hemoglobinOnCurrentLine(labs.hemoglobin, lines, facts.asOf),
    anaemiaFromMyeloma: cond.anaemiaFromMyeloma,
    hypercalcemia,
    calciumMgDl: calcium === null ? null : calcium.value,
    calciumAsReported:
      calcium === null
        ? null
        : `${calcium.reported.value} ${calcium.reported.unit} ${calcium.date === null ? "(date not recorded)" : `on ${calcium.date}`}`,
    calciumVsLowerLimit,
    iggMgDl: labs.igg?.value ?? null,
    iggAsReported: iggAsReported(labs.igg),
    tCellRedirectionSince: tCellRedirection.since,
    iggSinceTCellRedirection: tCellRedirection.iggMgDl,
    ancE9L: labs.neutrophils?.value ?? null,
    neutrophilsDate: labs.neutrophils === null ? null : (labs.neutrophils.date ?? UNDATED_COUNT),
    plateletsE9L: labs.platelets?.value ?? null,
    plateletsDate: labs.platelets === null ? null : (labs.platelets.date ?? UNDATED_COUNT),
    countRecoverySinceAsct: countRecoverySinceAsct(labs, asct),
    recurrentInfections: cond.recurrentInfections,
    hyperviscosity: cond.hyperviscosity,
    constitutionalSymptoms: cond.constitutionalSymptoms,
    weightKg: facts.patient.weightKg,
    iggKappa: and3(heavy === null ? null : heavy === "IgG", light === null ? null : light === "kappa"),
    onImid,
    onPi,
    onAntiCd38,
    onBispecific,
    bispecificEnded,
    ancSinceEndedBispecific: countSince(endedBispecificStart, labs.neutrophils),
    onBcmaBispecific,
    kidneyNewOnTreatment: input.kidneyNewOnTreatment ?? false,
    myelomaKidneyInjuryAtRelapse: myelomaKidneyInjuryAtRelapse(input.response?.clinicalRelapse ?? null),
    creatinineAboveZaTrials:
      labs.creatinine === null ? null : creatinineAboveZoledronicAcidTrials(labs.creatinine),
    creatinineMgDl: labs.creatinine?.value ?? null,
    albuminLow: albuminLow(facts),
    // bispecific-infection-consensus-2023 (IVIG for IgG <400 mg/dL): in IgG-type disease the total IgG
    // holds the monoclonal IgG, so a total >= 400 mg/dL says nothing of the polyclonal IgG. No source
    // gives a subtraction: the fact only marks that the total cannot be read as polyclonal.
    iggIncludesMProtein: heavy === null ? null : heavy === "IgG" && labs.serumMProtein?.value !== 0,
    hbvSerology: hbv.serology,
    onDenosumab,
    denosumabCourse: denosumab.words,
    denosumabStoppedNoTransition: denosumab.stoppedNoTransition,
    settingUnrecordedDaratumumabAlone,
    // For a solitary plasmacytoma only (treatments.md 1): radiotherapy in myeloma is palliative care. Read by
    // the plasmacytoma entries alone, so an undecided category carries it too: its likely plasmacytoma's
    // evaluation (pathway.ts) offered the radiotherapy again 16 months after it was given (review c27-M3).
    plasmacytomaRadiotherapyGiven:
      (input.diagnosis.category === "solitary-plasmacytoma" ||
        input.diagnosis.category === "solitary-plasmacytoma-minimal-marrow" ||
        input.diagnosis.category === "indeterminate") &&
      radiotherapyGiven(facts) !== null,
    lightChainMgus: input.diagnosis.category === "mgus" && facts.labs.heavyChain === "none",
    vteHistory: cond.vteHistory,
    anticoagulation: cond.anticoagulation,
    anticoagulationNow: anticoagulationNow(facts, running),
    anticoagulantOrAspirinRunning: running.some(isAnticoagulantOrAspirin),
    hsvVzvProphylaxisNow: prophylaxisNow(facts, running, "hsv-vzv"),
    pjpProphylaxisNow: prophylaxisNow(facts, running, "pjp"),
    antibacterialProphylaxisNow: prophylaxisNow(facts, running, "antibacterial"),
    impedeVteGroup: input.impedeVte?.group ?? null,
    alMayo2004Stage: input.alMayo2004.stage,
    alMayo2012Stage: input.alMayo2012.stage,
    troponinTNgMl: labs.troponinT?.value ?? null,
    troponinTHighSensitivity:
      labs.troponinT?.method === "high-sensitivity"
        ? true
        : labs.troponinT?.method === "conventional"
          ? false
          : null,
    ntProBnpPgMl: labs.ntProBnp?.value ?? null,
    alHeartInvolved: cond.amyloidOrgans === null ? null : cond.amyloidOrgans.includes("heart"),
    // Met or not: an AL work-up not done is no AL found (the category's own pathway asks for it, not this flag).
    alAlsoMet: input.diagnosis.alsoMeets?.includes("al-amyloidosis") === true,
    ntProBnpAtLineStartPgMl: markers.ntProBnpAtStart,
    troponinTAtLineStartNgMl: markers.troponinTAtStart,
    cardiacMarkersRising: markers.rising,
    alSwitchRuleMetOnCycles: input.alSwitchRule?.metOnCycles ?? false,
    alLineCycles: input.alSwitchRule?.cycles ?? null,
    // Review c78-W1: on the line being given as after one that ended.
    alResponseLost: alLost !== undefined,
    alLightChainRise: alLost === undefined ? null : alRisingWords(alLost),
    alOrganCount: cond.amyloidOrgans?.length ?? null,
    // IMWG 2014 AL requirements 3 and 4, decided as the diagnosis decides them (criteria/diagnosis).
    amyloidLightChainTyped: al.amyloidLightChainTyped,
    amyloidTypedNotLightChain: amyloidTypedNotLightChain(facts),
    amyloidNotTyped:
      facts.biopsy.amyloid === null
        ? null
        : facts.biopsy.amyloid === true &&
          (facts.biopsy.amyloidType === null || facts.biopsy.amyloidType === "not-typed"),
    monoclonalDisorderShown: al.monoclonalDisorderShown,
  };
  // Review c91-W1 (treatments.md 6, "ASCT eligibility in AL (encode as hard/soft gates)": exclude if troponin T >0.06
  // ng/mL or NT-proBNP >5000 pg/mL, unless on dialysis): myeloma with AL amyloidosis met beside it, the candidacy not
  // recorded, and a hard gate failed by a recorded value. The transplant-built inductions stayed "preferred" under
  // "if a transplant candidate" while al.asct, for AL alone, is not listed. The failed gate answers the open question
  // as AL alone does: not a candidate, assumed (the reasons and an info alert say so; pathway.ts alGateAssumedNo). A recorded candidacy
  // (criteria-and-scores.md 8.3: the clinician's decision) is read as recorded; the soft gates hold as before.
  if (
    situation.transplantCandidate === null &&
    situation.alAlsoMet === true &&
    AL_HARD_GATE_FAILED(situation) === Truth.met
  ) {
    situation.transplantCandidate = "no";
    situation.transplantCandidacyAssumed = true;
  }
  const missing: SituationMissing = {
    mgusRisk: input.mgusRisk.missing,
    smmMayo2018Group: input.smmMayo2018.missing,
    smmImwg2020Group: input.smmImwg2020.missing,
    cytogeneticHighRisk: input.cytogenetic.missing,
    // Review c79-m1: the genetic criteria's own missing markers, also when criterion 4 decides the headline.
    highRiskCytogenetics: input.cytogenetic.geneticMissing,
    alMayo2004Stage: input.alMayo2004.missing,
    alMayo2012Stage: input.alMayo2012.missing,
    egfr: input.egfr.missing,
    crclMlMin: input.crcl.missing,
    frailtyGroup: input.imwgFrailty.missing,
    // Always named, an empty list where nothing is missing (read as nothing named, as an absent key is):
    // every situation's missing inputs then have one shape, and the knowledge step's reads of them one map.
    renalCrab: renal.missing,
    hbvSerology: hbv.missing,
    progression: input.response ? input.response.missing : NOTHING_MISSING,
    // Review c57-m5: what leaves lenalidomide or anti-CD38 refractoriness unknown is named (an entry's end, its
    // progression), not the generic "treatmentHistory.progressedOn".
    lenalidomideRefractory:
      situation.lenalidomideRefractory === null
        ? refractorinessAsked(facts, lines, isLenalidomide)
        : NOTHING_MISSING,
    antiCd38Refractory:
      situation.antiCd38Refractory === null ? refractorinessAsked(facts, lines, isAntiCd38) : NOTHING_MISSING,
  };
  // Review c75-m7: the BMI (MAIA's dexamethasone rule) names the one of weight and height not recorded.
  if (situation.bmiKgM2 === null) missing.bmiKgM2 = bmiAsked(facts.patient.weightKg, facts.patient.heightCm);
  // Review c69-W1: the entries' cycles the AL switch rule waits on.
  if (situation.alSwitchRuleMetOnCycles === null && input.alSwitchRule)
    missing.alSwitchRuleMetOnCycles = input.alSwitchRule.missing;
  // Review c60-M3: the questions behind the other counts (the facts are not unknown: these name what they rest on).
  if (situation.priorLinesIfFewer !== null) missing.priorLinesIfFewer = countQuestionsAsked(lines, -1);
  if (situation.priorLinesIfMore !== null) missing.priorLinesIfMore = countQuestionsAsked(lines, 1);
  // Review c60-M2: a class left unknown by an entry that may still be given names that entry's end.
  if (maybeGiven.length > 0) {
    const asked = mayStillBeGivenAsked(input.phase ?? null, lines);
    if (onImid === null) missing.onImid = asked;
    if (onPi === null) missing.onPi = asked;
    if (onAntiCd38 === null) missing.onAntiCd38 = asked;
    if (onBispecific === null) missing.onBispecific = asked;
    if (onBcmaBispecific === null) missing.onBcmaBispecific = asked;
    if (onDenosumab === null) missing.onDenosumab = asked;
  }
  return { situation, missing };
}

const isLenalidomide = (d: string) => d === "lenalidomide";
const isAntiCd38 = (d: string) => drugClass(d) === DrugClass.antiCd38;

/** The lines' refractoriness questions about the entries holding a drug `of` the kind (their field names the entry). */
function refractorinessAsked(
  facts: Facts,
  lines: LinesOfTherapyResult | null,
  of: (drug: string) => boolean,
): MissingInput[] {
  const out: MissingInput[] = [];
  for (const m of lines?.missing ?? []) {
    if (!m.neededFor.startsWith("refractoriness")) continue;
    const at = /^treatmentHistory\.(\d+)\./.exec(m.field);
    const entry = at === null ? undefined : facts.treatmentHistory.find((t) => t.index === Number(at[1]));
    if (entry?.drugs.some(of)) out.push(m);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Knowledge evaluation: truth first, words only for what is shown
// ---------------------------------------------------------------------------------------------

export interface KnowledgeContext {
  /** Which regulatory status to show (default both). */
  jurisdiction?: Jurisdiction;
  /** Drugs the patient is on now (drug-rule alerts). */
  currentDrugs?: readonly string[];
  /** Drugs (canonical names) of an entry that may still be given, its end not recorded, and not among
   * `currentDrugs` (review c60-M2): their drug-rule alerts are raised too, saying so, with the kind of the entry. */
  mayStillBeGiven?: { drugs: readonly string[]; kind: AssessmentOption["kind"] } | null;
  /** Why facts are unknown (from the calculators), to name the missing inputs. */
  missing?: SituationMissing;
  /** The regimen of the line being given (entries marked `regimenFromCurrentLine` take it). */
  currentRegimen?: { code: string; drugs: string[] } | null;
  /** Drugs the disease is refractory to (IMWG 2011): a regimen of only these is not offered again. */
  refractoryDrugs?: readonly string[];
  /** Those of them refractory only if the line has progressed (the "if progressed" branch, pathway.ts
   * progressedContext): the caution says "would be" (review c36-H10). */
  refractoryIfProgressed?: readonly string[];
  /** Drugs whose refractoriness is not known (lines refractoryNotKnown): an option giving one again is no first
   * choice (reviewRefractory). */
  refractoryNotKnown?: readonly string[];
  /** Drugs the disease did not respond to, not refractory (lines nonResponsiveDrugs): an option giving one again is no
   * first choice (reviewRefractory; review c53-W2). */
  nonResponsive?: readonly string[];
  /** Drugs (canonical names) whose latest entry stopped for toxicity and that were not given after it
   * (review c13-4): an option with such a drug says so. */
  toxicityStops?: readonly ToxicityStop[];
  /** Compose the words (because, cautions, alert texts)? Default true. Without them, options and
   * alerts carry their ids, strengths, citations, findings and missing inputs, and empty texts. */
  text?: boolean;
  /** Only option ids, alert ids and severities and the missing list are read (assessCompact): options
   * then keep their id, kind, strength (their order) and missing inputs, with no texts, citations,
   * regimen, regulatory status or findings; alerts keep id and severity, with no citations; the pathway
   * builds no plan and no alert texts. Default false. */
  codesOnly?: boolean;
  /** Another evaluation to use instead (the tests pass the reference implementation). */
  evaluator?: KnowledgeEvaluator;
}

/** The latest line is D-VMP (review c13-11); null when the lines are not known. */
function lastLineDvmp(lines: LinesOfTherapyResult | null): boolean | null {
  if (lines === null) return null;
  const last = lines.lines[lines.lines.length - 1];
  return last === undefined ? false : isDvmp(last.drugs);
}

/** Review c84-M2: whether the progression after the latest line came on it or within 60 days of its last dose, as the
 * phase reads it (IMWG 2011, criteria-and-scores.md 9.2): its "refractory" is true; its "relapsed" is false when the
 * line is known not refractory (more than 60 days after), else not known. Null without an established progression. */
function lastLineRefractory(phase: PhaseResult | null, lines: LinesOfTherapyResult | null): boolean | null {
  if (phase === null || phase.progressed !== true) return null;
  if (phase.code === "refractory") return true;
  if (phase.code !== "relapsed" || lines === null) return null;
  return lines.lines.find((l) => l.number === phase.lastLine)?.refractory === false ? false : null;
}

/** The latest line is a regimen given until progression, alone and without a transplant, its last entry stopped with
 * no planned end (review c69-M1; plan.ts continuousLineStopped); null when the lines are not known. */
function lastLineContinuousStopped(
  lines: LinesOfTherapyResult | null,
  history: readonly TreatmentFact[],
): boolean | null {
  const last = lines?.lines.at(-1);
  if (last === undefined) return lines === null ? null : false;
  const lastEntry = history[last.entries.at(-1) ?? -1];
  // Re-check c71-M1: a first line recorded as its induction then its continued regimen (D-VRd then D-Rd, CEPHEUS;
  // Isa-VRd then Isa-Rd, IMROZ; VRd then Rd, S0777: treatments.md 4): the last entry is the regimen given until
  // progression, and is read as the whole line is.
  return (
    !last.includesAsct &&
    (continuousLineStopped(last.drugs, lastEntry?.stopReason ?? null) ||
      (last.entries.length > 1 &&
        lastEntry !== undefined &&
        continuousLineStopped(lastEntry.drugs, lastEntry.stopReason)))
  );
}

/** The cardiac markers of a record that is not AL amyloidosis: not read. */
const NO_MARKERS = { ntProBnpAtStart: null, troponinTAtStart: null, rising: null } as const;

/** Bortezomib with cyclophosphamide (VCd/CyBorD, with or without daratumumab). */
const VCD_DRUGS = ["bortezomib", "cyclophosphamide"] as const;
/** Talquetamab with daratumumab (Tal-D, Tal-DP: MonumenTAL-3; treatments.md 5c, not approved for that use). */
const TAL_DARA_DRUGS = ["talquetamab", "daratumumab"] as const;
/** The body-mass index (kg/m2) of a recorded weight and height, as the IMPEDE VTE score reads it (vte-risk.ts). */
function bmiOf(weightKg: number | null, heightCm: number | null): number | null {
  return weightKg !== null && heightCm !== null && heightCm > 0 ? weightKg / (heightCm / 100) ** 2 : null;
}
/** The inputs of a BMI not known: those of weight and height not recorded (none named: both, fieldsFor's default). */
function bmiAsked(weightKg: number | null, heightCm: number | null): MissingInput[] {
  const out: MissingInput[] = [];
  if (weightKg === null) out.push({ field: "patient.weight", neededFor: FACTS.bmiKgM2.label });
  if (heightCm === null) out.push({ field: "patient.height", neededFor: FACTS.bmiKgM2.label });
  return out;
}
/** The date said of an undated count (read as today's, the record's convention: model/facts.ts). */
const UNDATED_COUNT = "undated, read as today's";
/** D-VRd's drugs (PERSEUS, CEPHEUS), whatever else the line holds. */
const DVRD_DRUGS = ["daratumumab", "bortezomib", "lenalidomide"] as const;
/** Isa-VRd's drugs (IMROZ), whatever else the line holds. */
const ISA_VRD_DRUGS = ["isatuximab", "bortezomib", "lenalidomide"] as const;

/** Whether `drugs` hold every one of `wanted` (canonical names; any spelling canonicalDrugName reads), with
 * no set built: it runs for every record. */
function holdsAll(drugs: readonly string[], wanted: readonly string[]): boolean {
  for (const w of wanted) {
    let found = false;
    for (const d of drugs)
      if (canonicalDrugName(d) === w) {
        found = true;
        break;
      }
    if (!found) return false;
  }
  return true;
}

/** The first line's continuation given now (Situation.continuationRunning), by its drugs with or without
 * dexamethasone; drugs outside the myeloma classes (aspirin, a bone agent, prophylaxis) do not count. */
function continuationRunning(running: readonly string[]): "d-rd" | "isa-rd" | "daratumumab" | "none" {
  const given = running.filter((d) => !isKnownNonMyelomaDrug(d) && canonicalDrugName(d) !== "dexamethasone");
  if (drugsAre(given, ["daratumumab", "lenalidomide"])) return "d-rd";
  if (drugsAre(given, ["isatuximab", "lenalidomide"])) return "isa-rd";
  if (drugsAre(given, ["daratumumab"])) return "daratumumab";
  return "none";
}

/** Whether lenalidomide runs now with nothing else but dexamethasone (Rd; any spelling canonicalDrugName
 * reads); drugs outside the myeloma classes (an anticoagulant, a bone agent) do not count. */
function runsRdOnly(running: readonly string[]): boolean {
  let lenalidomide = false;
  for (const d of running) {
    const name = canonicalDrugName(d);
    if (name === "lenalidomide") lenalidomide = true;
    else if (name !== "dexamethasone" && !isKnownNonMyelomaDrug(name)) return false;
  }
  return lenalidomide;
}

/** The latest line holds every one of `drugs` (D-VRd's, review c14-8; Isa-VRd's, c29-W6), whatever else it
 * holds (an ASCT, maintenance); null when the lines are not known. */
/** Review c89-M2: the week the last planned cycle of an induction begins, by the lengths treatments.md 4 gives: VRd x 8
 * (SWOG S0777, cycles of 21 days as 3b gives VRd) and D-VRd x 8 (CEPHEUS, counted in cycles of 21 days as
 * consolidation.ts counts them) from day 147, week 21; VRd-lite (by its recorded name) 9 cycles of 35 days, from day
 * 280, week 40. Null for an induction whose length the reference does not give (Isa-VRd, D-VMP, KRd, Vd, VTd). */
function inductionLastCycleWeek(regimen: string | null, given: readonly string[]): number | null {
  if (isVrdLite(regimen)) return 40;
  if (drugsAre(given, ["bortezomib", "lenalidomide", "dexamethasone"])) return 21;
  if (drugsAre(given, ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"])) return 21;
  return null;
}

/** Review c89-M2 (situation fact inductionBeforeLastCycle): on induction now and before the week its last planned cycle
 * begins (inductionLastCycleWeek); throughout VCd, whose next step is the switch to a quadruplet (treatments.md 3b, VCd
 * row; review c89-W2), not the continuation. False off induction, and on an induction whose length the reference does
 * not give: the tool cannot tell its first weeks from its last, so the continuation is listed as before. */
function inductionBeforeLastCycle(phase: PhaseResult | null, running: readonly string[]): boolean {
  if (phase?.code !== "induction" || phase.currentLine === null) return false;
  // Supportive care given beside it (aspirin, a bone agent) is no part of the regimen.
  const given = running.filter((d) => !isKnownNonMyelomaDrug(d));
  if (holdsAll(given, VCD_DRUGS)) return true;
  const weeks = phase.weeksOnCurrentLine;
  const last = inductionLastCycleWeek(phase.currentRegimen, given);
  return weeks !== null && last !== null && weeks < last;
}

function lastLineHolds(lines: LinesOfTherapyResult | null, drugs: readonly string[]): boolean | null {
  if (lines === null) return null;
  const last = lines.lines[lines.lines.length - 1];
  return last === undefined ? false : holdsAll(last.drugs, drugs);
}

/** A drug stopped for toxicity and not given after (review c13-4). */
export interface ToxicityStop {
  drug: string;
  regimen: string;
  end: string | null;
  /** The drugs of the entry stopped, corticosteroids aside (canonical names): an option giving them all offers the
   * regimen again whole (toxicity-stops.ts; review c84-m1). */
  regimenDrugs: readonly string[];
}

const isSteroid = (drug: string): boolean => drugClass(drug) === DrugClass.steroid;

/** The drugs whose latest entry in the record stopped for toxicity, not given in any later entry (review
 * c13-4, treatments.md 3d names "lenalidomide-intolerant" as its own case; the reference has no rule on
 * re-exposure, so the options only say it). Drug names are canonical. Review c84-m1: the record's stop reason is
 * the entry's, not a drug's; an entry stopped for toxicity names its drugs other than its corticosteroid (given with
 * every relapse regimen, its steroid read as stopped put "you stopped dexamethasone" on almost every option); an entry
 * of corticosteroids only names them. */
export function toxicityStopsOf(history: readonly TreatmentFact[], asOf: string): ToxicityStop[] {
  if (!history.some((t) => t.stopReason === "toxicity")) return [];
  const latest = new Map<string, TreatmentFact>();
  for (const t of history) {
    if (compareDates(t.start, asOf) > 0) continue;
    for (const d of t.drugs) {
      const name = canonicalDrugName(d);
      const seen = latest.get(name);
      if (seen === undefined || compareDates(t.start, seen.start) >= 0) latest.set(name, t);
    }
  }
  const out: ToxicityStop[] = [];
  for (const [drug, t] of latest) {
    if (t.stopReason !== "toxicity") continue;
    const regimenDrugs = t.drugs.map(canonicalDrugName).filter((d) => !isSteroid(d));
    if (isSteroid(drug) && regimenDrugs.length > 0) continue;
    out.push({ drug, regimen: t.regimen, end: t.end, regimenDrugs });
  }
  return out;
}

/** The id ending of an entry's own adjustment for its drug stopped for toxicity (zoledronic acid, review
 * c11-M4: knowledge/entries/supportive-care.ts). */
const OWN_TOXICITY_STOP = /\.adjust\.stopped-for-toxicity$/;

/** The words of the drugs of a regimen stopped for toxicity and not given since (review c13-4). None when
 * the option's own adjustment for a toxicity stop fired (`findings`, its safety findings): that says it in
 * more specific words, and once is enough (review c13 words, finding 4). */
export function toxicityCautions(
  drugs: readonly string[],
  stops: readonly ToxicityStop[],
  findings: readonly OptionFinding[] = [],
): string[] {
  return toxicityStopsIn(drugs, stops, findings).map(
    (stop) =>
      `${stop.drug.charAt(0).toUpperCase()}${stop.drug.slice(1)} was stopped for toxicity (${stop.regimen}${stop.end ? `, ended ${stop.end}` : ""}) and not given since; the record does not say which toxicity, and the clinical reference gives no rule on giving it again: weigh re-exposure with the team.`,
  );
}

/** The stops among `stops` of the drugs of a regimen, each the subject of a toxicity caution (toxicityCautions; none
 * when the option's own adjustment for a toxicity stop fired). The option carries their drugs as data,
 * `stoppedForToxicity` (review c80-m1: the handout marks them). */
export function toxicityStopsIn(
  drugs: readonly string[],
  stops: readonly ToxicityStop[],
  findings: readonly OptionFinding[] = [],
): ToxicityStop[] {
  if (findings.some((f) => f.kind === "strength-adjusted" && OWN_TOXICITY_STOP.test(f.ruleId))) return [];
  return stops.filter((stop) => drugs.some((d) => canonicalDrugName(d) === stop.drug));
}

export interface KnowledgeResult {
  options: AssessmentOption[];
  alerts: Alert[];
  missing: MissingInput[];
}

export type KnowledgeEvaluator = (s: Situation, context?: KnowledgeContext) => KnowledgeResult;

/** The context with its defaults filled in. */
export type ResolvedContext = Required<Omit<KnowledgeContext, "evaluator">>;

export function resolveContext(context: KnowledgeContext): ResolvedContext {
  return {
    jurisdiction: context.jurisdiction ?? "both",
    currentDrugs: context.currentDrugs ?? [],
    mayStillBeGiven: context.mayStillBeGiven ?? null,
    missing: context.missing ?? {},
    currentRegimen: context.currentRegimen ?? null,
    refractoryDrugs: context.refractoryDrugs ?? [],
    refractoryIfProgressed: context.refractoryIfProgressed ?? [],
    refractoryNotKnown: context.refractoryNotKnown ?? [],
    nonResponsive: context.nonResponsive ?? [],
    toxicityStops: context.toxicityStops ?? [],
    text: context.text ?? true,
    codesOnly: context.codesOnly ?? false,
  };
}

export const JURISDICTION_NAME: Record<JurisdictionCode, string> = { us: "US", eu: "EU" };
const KIND_ORDER = Object.values(OptionKind);
const STRENGTH_ORDER = ["preferred", "standard", "if-eligible", "consider", "trial"] as const;
export const UNVERIFIED_NOTE =
  "Part of this is marked UNVERIFIED in the clinical reference: check before use.";

/** An alert rule's text: the values of its `show` facts after it, then the UNVERIFIED note when it applies. */
export function alertText(
  rule: AlertRule,
  verified: boolean,
  s: Situation,
  missing: SituationMissing,
): string {
  const text = withShownValues(rule.text, rule.show, s, missing);
  return verified ? text : `${text} ${UNVERIFIED_NOTE}`;
}

export function fieldsFor(fact: FactName, missing: SituationMissing): string[] {
  const named: string[] = [];
  for (const m of missing[fact] ?? []) if (!named.includes(m.field)) named.push(m.field);
  return named.length > 0 ? named : [...FACTS[fact].inputs];
}

export function unknownWords(facts: readonly FactName[], missing: SituationMissing): string {
  return facts.map((f) => `${FACTS[f].label} (missing: ${fieldsFor(f, missing).join(", ")})`).join("; ");
}

export function ruleTexts(rule: DrugRule, jurisdiction: Jurisdiction): string[] {
  const t = rule.text;
  if ("both" in t) return [t.both];
  if (jurisdiction === "us") return [t.us];
  if (jurisdiction === "eu") return [t.eu];
  return [t.us, t.eu];
}

export function filterRegulatory(
  reg: KnowledgeEntry["regulatory"],
  jurisdiction: Jurisdiction,
): { us: RegulatoryStatus | null; eu: RegulatoryStatus | null } {
  return {
    us: jurisdiction === "eu" || !reg.us ? null : { ...reg.us },
    eu: jurisdiction === "us" || !reg.eu ? null : { ...reg.eu },
  };
}

/** A regulatory status copied field by field (filterRegulatory's `{ ...status }`, through one shape). */
const copyStatus = (r: RegulatoryStatus | null): RegulatoryStatus | null =>
  r === null ? null : { status: r.status, date: r.date, note: r.note };

/** filterRegulatory of a compiled entry: the option's own copies of the statuses shown. */
function regulatoryOf(
  c: { regulatoryUs: RegulatoryStatus | null; regulatoryEu: RegulatoryStatus | null },
  jurisdiction: Jurisdiction,
): { us: RegulatoryStatus | null; eu: RegulatoryStatus | null } {
  return {
    us: jurisdiction === "eu" ? null : copyStatus(c.regulatoryUs),
    eu: jurisdiction === "us" ? null : copyStatus(c.regulatoryEu),
  };
}

/** Each value's place in its order, looked up once here rather than searched for on every comparison. */
function ranks<T extends string>(order: readonly T[]): Record<T, number> {
  const out = {} as Record<T, number>;
  for (const [i, v] of order.entries()) out[v] = i;
  return out;
}
const KIND_RANK = ranks(KIND_ORDER);
const STRENGTH_RANK = ranks(STRENGTH_ORDER);
/** Most severe first: the rank of each alert severity (pathway.ts sorts by it too). */
export const SEVERITY_RANK = ranks(ALERT_SEVERITIES);

/** Each entry id's place among the distinct entry ids: those listed after their peers (`listAfterPeers`) last,
 * each part in `<` order (the default sort of strings). An option's place in compareOptions' order is then one
 * number, worked out once per option. */
const ID_RANK: ReadonlyMap<string, number> = new Map(
  [
    ...[...new Set(KNOWLEDGE_ENTRIES.filter((e) => !e.listAfterPeers).map((e) => e.id))].sort(),
    ...[...new Set(KNOWLEDGE_ENTRIES.filter((e) => e.listAfterPeers).map((e) => e.id))].sort(),
  ].map((id, i) => [id, i]),
);

/** Two option ids in the order of ID_RANK (an id of no entry by `<`, after the entries' ids). */
function compareIds(a: string, b: string): number {
  const ra = ID_RANK.get(a);
  const rb = ID_RANK.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Listed after the options of its kind and strength (review c90-m1, c90-m6; order only, its strength is its own): a
 * regimen giving again a drug the disease is refractory to (the relapse selection matrix, treatments.md 5d, lists at
 * each situation the regimens whose drugs it is not refractory to), or an option outside a label of a jurisdiction
 * shown (BVd at a first relapse in the US, treatments.md 5a, 5d: listed under the EU label). */
export function afterPeers(o: AssessmentOption): boolean {
  return (
    o.refractoryTo !== undefined ||
    o.regulatory.us?.outsideLabel === true ||
    o.regulatory.eu?.outsideLabel === true
  );
}

/** The order options are listed in: kind, then strength, then those listed after their peers (afterPeers) last, then
 * id (ID_RANK: entries listed after their peers last). */
export function compareOptions(a: AssessmentOption, b: AssessmentOption): number {
  return (
    compareKindAndStrength(a, b) || Number(afterPeers(a)) - Number(afterPeers(b)) || compareIds(a.id, b.id)
  );
}

/** compareOptions without its id order: a stable sort by it keeps the list's order among options of one kind and
 * strength (review c75-M3: an option lowered by an allergy is never listed above one it was below). */
export function compareKindAndStrength(a: AssessmentOption, b: AssessmentOption): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || STRENGTH_RANK[a.strength] - STRENGTH_RANK[b.strength];
}

/** An option's place in compareOptions' order as one number (kind, then strength, then afterPeers, then id): two
 * options compare as their keys do. */
function orderKey(
  kindRank: number,
  strength: AssessmentOption["strength"],
  idRank: number,
  late = false,
): number {
  return (
    ((kindRank * STRENGTH_ORDER.length + STRENGTH_RANK[strength]) * 2 + (late ? 1 : 0)) * ID_RANK.size +
    idRank
  );
}

/** Sorts options in place by their order keys (`keys[i]` is that of `options[i]`, moved with it): the
 * same stable insertion sort as sortOptions, comparing numbers rather than kinds, strengths and ids. */
function sortByKeys(options: AssessmentOption[], keys: number[]): void {
  for (let i = 1; i < options.length; i++) {
    const o = options[i] as AssessmentOption;
    const key = keys[i] as number;
    let k = i - 1;
    while (k >= 0 && (keys[k] as number) > key) {
      options[k + 1] = options[k] as AssessmentOption;
      keys[k + 1] = keys[k] as number;
      k--;
    }
    options[k + 1] = o;
    keys[k + 1] = key;
  }
}

/** Sorts options in place by compareOptions: a stable insertion sort, so the same order as
 * `options.sort(compareOptions)` (also stable); on the few options of one evaluation, and on a list
 * already in order, it does fewer steps than the built-in sort and calls nothing else. */
export function sortOptions(options: AssessmentOption[]): AssessmentOption[] {
  for (let i = 1; i < options.length; i++) {
    const o = options[i] as AssessmentOption;
    let k = i - 1;
    while (k >= 0 && compareOptions(options[k] as AssessmentOption, o) > 0) {
      options[k + 1] = options[k] as AssessmentOption;
      k--;
    }
    options[k + 1] = o;
  }
  return options;
}

/** The order alerts are listed in: most severe first, then id. */
export function compareAlerts(a: Alert, b: Alert): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A condition compiled three ways: its truth (decides), its unknown facts (names what is missing) and
 * its reasons in words (explains what is shown): together what compileCondition gives in one. */
interface Compiled {
  truth: TruthFn;
  unknowns: (s: Situation) => FactName[];
  /** Its reasons, given its truth on the situation when that is known already. */
  because: (s: Situation, truth?: Truth) => string[];
}
const compile = (c: Condition): Compiled => ({
  truth: compileTruth(c),
  unknowns: compileUnknowns(c),
  because: compileBecause(c),
});

const ALL_JURISDICTIONS: readonly JurisdictionCode[] = ["us", "eu"];
const selectable = (entry: KnowledgeEntry, j: Jurisdiction): JurisdictionCode[] =>
  (j === "both" ? ALL_JURISDICTIONS : [j]).filter(
    (x) => !entry.jurisdictions || entry.jurisdictions.includes(x),
  );

/** A rule's words in each jurisdiction mode, worked out once: they do not depend on the situation. */
const byJurisdiction = <T>(f: (j: Jurisdiction) => T): Record<Jurisdiction, T> => ({
  both: f("both"),
  us: f("us"),
  eu: f("eu"),
});
function compileDrugRule(rule: DrugRule, index: number) {
  // An unverified drug rule says so in its own text; it does not make the option itself unverified.
  const mark = rule.evidence === "unverified" ? " (UNVERIFIED in the clinical reference.)" : "";
  const texts = byJurisdiction((j) => ruleTexts(rule, j));
  return {
    rule,
    index,
    when: compile(rule.when),
    /** Its alert's own condition while its drug is given now (DrugRule.whenOn), else null. */
    whenOn: rule.whenOn ? compile(rule.whenOn) : null,
    /** Facts whose values follow its alert's text. */
    show: rule.show,
    /** Facts whose values follow its caution on an option. */
    cautionShow: rule.cautionShow,
    /** The facts it may lack and still apply, read here rather than from the rule: the rules are literals
     * of many shapes (each read megamorphic), their compiled records one. */
    unknownOk: rule.unknownOk ?? [],
    mark,
    texts,
    /** Its cautions on an option when it applies decided (nothing unknown to name). */
    decidedCautions: byJurisdiction((j) => texts[j].map((t) => t + mark)),
    /** Its texts joined, as an alert says them. */
    joined: byJurisdiction((j) => texts[j].join(" ")),
  };
}
const COMPILED_DRUG_RULES = DRUG_RULES.map(compileDrugRule);
type CompiledDrugRule = (typeof COMPILED_DRUG_RULES)[number];
/** The rules that also alert when the patient is on one of their drugs now. */
const ALERT_WHEN_ON = COMPILED_DRUG_RULES.filter(({ rule }) => rule.alertWhenOn);

/** The drug rules that name a drug of a regimen (for its kind of option), in the rules' order. */
function drugRulesOf(drugs: readonly string[], kind: AssessmentOption["kind"]): CompiledDrugRule[] {
  return COMPILED_DRUG_RULES.filter(
    ({ rule }) => rule.drugs.some((d) => drugs.includes(d)) && (!rule.kinds || rule.kinds.includes(kind)),
  );
}

/** Whether a drug rule can apply undecided, and so name missing inputs: undecided, a rule applies only
 * when every fact it finds unknown is one it may lack (and an undecided rule finds at least one). */
const canNameMissing = (c: CompiledDrugRule): boolean => c.unknownOk.length > 0;

/** An entry's caution compiled: its truth, and (only with CautionDef.unknownOk) its unknown facts. */
const compileCaution = (def: CautionDef) => ({
  def,
  when: def.when ? compileTruth(def.when) : null,
  unknowns: def.when && def.unknownOk ? compileUnknowns(def.when) : null,
  unknownOk: def.unknownOk ?? [],
});
type CompiledCaution = ReturnType<typeof compileCaution>;
/** An entry's cautions compiled once, and those of them that can name missing inputs (codes only reads no more). */
function compiledCautions(defs: readonly CautionDef[]): {
  cautions: CompiledCaution[];
  askingCautions: CompiledCaution[];
} {
  const cautions = defs.map(compileCaution);
  return { cautions, askingCautions: cautions.filter((cc) => cc.unknowns !== null) };
}

/** The unknown facts of a caution undecided on the situation when it may lack every one of them (CautionDef.unknownOk;
 * review c75-m7), else null: the caution is then not said. */
function cautionUnknowns(cc: CompiledCaution, s: Situation): FactName[] | null {
  if (cc.unknowns === null) return null;
  const unknown = cc.unknowns(s);
  return unknown.length > 0 && unknown.every((f) => cc.unknownOk.includes(f)) ? unknown : null;
}

/** An undecided caution's words (CautionDef.unknownOk): its text as a sentence, then what is not known. */
export const undecidedCaution = (text: string, notKnown: string): string =>
  `${text}${text.endsWith(".") ? "" : "."} Not known: ${notKnown}.`;

/** Compiled once at module load, with everything about an entry that does not depend on the situation. */
const COMPILED_ENTRIES = KNOWLEDGE_ENTRIES.map((entry) => ({
  entry,
  /** The entry's fields every candidate reads, copied here: the entries are literals of many shapes (a
   * megamorphic read each, through the runtime's stub cache), their compiled records all of one. */
  id: entry.id,
  kind: entry.kind,
  title: entry.title,
  strength: entry.strength,
  clinicianText: entry.clinicianText,
  showWhenUnknown: entry.showWhenUnknown === true,
  regimenFromCurrentLine: entry.regimenFromCurrentLine === true,
  /** The drug rules it says for the drugs being given (KnowledgeEntry.currentDrugRules), else null. */
  currentDrugRules: entry.currentDrugRules ?? null,
  regimen: entry.regimen ?? null,
  /** Its regulatory statuses (filterRegulatory copies them for each option shown). */
  regulatoryUs: entry.regulatory.us ?? null,
  regulatoryEu: entry.regulatory.eu ?? null,
  /** The entry's own citations, each once (an option's list starts as a copy of it). */
  citations: distinct(entry.citations.slice()),
  when: compile(entry.when),
  /** Most entries have no label condition: then every selected jurisdiction's label holds. */
  hasLabel: entry.label?.us !== undefined || entry.label?.eu !== undefined,
  label: {
    us: entry.label?.us ? compile(entry.label.us) : null,
    eu: entry.label?.eu ? compile(entry.label.eu) : null,
  },
  /** The conditions in words (the same for every situation): named when an option is undecided. */
  described: {
    when: describeCondition(entry.when),
    us: entry.label?.us ? describeCondition(entry.label.us) : "",
    eu: entry.label?.eu ? describeCondition(entry.label.eu) : "",
  },
  ...compiledCautions(entry.cautions),
  selected: {
    us: selectable(entry, "us"),
    eu: selectable(entry, "eu"),
    both: selectable(entry, "both"),
  },
  /** Per jurisdiction mode: its decision pending in every selected jurisdiction, approved in none (at most
   * `consider`, safety.pendingOnly; review c10-M2). */
  pending: {
    us: pendingOnly(entry, selectable(entry, "us")),
    eu: pendingOnly(entry, selectable(entry, "eu")),
    both: pendingOnly(entry, selectable(entry, "both")),
  },
  /** Whether safety.reviewOption can change anything (else its review is the entry's strength). */
  reviewed: hasSafetyReview(entry),
  /** Its compiled safety review (adjustments, UNVERIFIED facts), read without looking up its id. */
  review: compiledReviewOf(entry),
  /** The drug rules of the entry's own regimen (an entry about the current line takes that line's). */
  drugRules: entry.regimen ? drugRulesOf(entry.regimen.drugs, entry.kind) : [],
  /** Those of them that can name missing inputs (codes only reads no more of them). */
  undecidableRules: entry.regimen ? drugRulesOf(entry.regimen.drugs, entry.kind).filter(canNameMissing) : [],
  /** The caution an option of an UNVERIFIED entry (or one an UNVERIFIED fact enabled) ends with. */
  unverifiedNote: `${UNVERIFIED_NOTE}${entry.evidenceNote ? ` (${entry.evidenceNote})` : ""}`,
  /** Whether the safety review can change its strength: only its adjustments do (codes only reads no
   * more of the review). */
  adjusted: (entry.adjust?.length ?? 0) > 0,
  /** The drugs reviewRefractory judges: an option none of whose drugs the disease is refractory to is
   * not reviewed (the review would find nothing). */
  judged: judgedDrugs(entry),
  /** Its kind's and its id's places in the order options are listed in (orderKey). */
  kindRank: KIND_RANK[entry.kind],
  idRank: ID_RANK.get(entry.id) as number,
  /** Its orderKey at its own strength (the usual one: an adjustment changes it now and then). */
  orderKey: orderKey(KIND_RANK[entry.kind], entry.strength, ID_RANK.get(entry.id) as number),
}));
type CompiledEntry = (typeof COMPILED_ENTRIES)[number];

/** The drug rules of a current line's regimen: worked out once per regimen and kind, not once per
 * option shown. */
const RULES_BY_REGIMEN = new Map<string, CompiledDrugRule[]>();
function drugRulesFor(drugs: readonly string[], kind: AssessmentOption["kind"]): CompiledDrugRule[] {
  // The last regimen and kind asked for, compared drug by drug: one record asks for its current line's
  // rules once an evaluation, without the key's string being built and hashed again.
  const last = LAST_REGIMEN_RULES;
  if (last.kind === kind && sameDrugs(last.drugs, drugs)) return last.rules;
  const key = `${kind}|${drugs.join("|")}`;
  let hit = RULES_BY_REGIMEN.get(key);
  if (!hit) {
    hit = drugRulesOf(drugs, kind);
    // Bounded: the knowledge base's regimens plus the current lines met (a regimen per patient).
    if (RULES_BY_REGIMEN.size > 10_000) RULES_BY_REGIMEN.clear();
    RULES_BY_REGIMEN.set(key, hit);
  }
  last.kind = kind;
  last.drugs = drugs.slice();
  last.rules = hit;
  return hit;
}
const LAST_REGIMEN_RULES: { kind: string; drugs: readonly string[]; rules: CompiledDrugRule[] } = {
  kind: "",
  drugs: [],
  rules: [],
};
/** The named drug rules (KnowledgeEntry.currentDrugRules) of the drugs being given, in the rules' order: said on
 * an entry with no regimen of its own (review c67-U2). */
function namedRulesOfLine(
  ids: readonly string[],
  drugs: readonly string[],
  s: Situation,
): CompiledDrugRule[] {
  return drugRulesFor(drugs, currentLineKind(s.phase)).filter(({ rule }) => ids.includes(rule.id));
}
/** Whether two lists of drugs are the same, in the same order (as drugRulesFor's key joins them). */
function sameDrugs(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The index: the entries and alerts a situation can show, by the facts that gate most of them (the
 * category, whether treated, the phase, the prior lines, progression, transplant candidacy, whether on
 * therapy). An entry whose condition is not met when only these are known is not met for any
 * situation with the same values of them (three-valued logic is monotone: knowing more facts only
 * turns unknown into met or not met), so it is never evaluated there. The key names every gating fact's
 * value, so two situations share a list only when they agree on all of them. Per jurisdiction mode too:
 * each entry comes with the jurisdictions it is listed in (an entry listed in none of them is left out).
 * Built lazily, one list per combination met.
 */
export const GATING: readonly FactName[] = [
  "category",
  "treated",
  "phase",
  // These narrow the candidates further (on generated records, from ~18.8 to ~12.3 an evaluation):
  // each has few values (the prior lines are a small count), so the index stays small.
  "priorLines",
  "progression",
  "transplantCandidate",
  "onTherapy",
];
interface Candidates {
  /** Each with its truth on the situations of this list: the condition less what the gating facts decide. */
  entries: { c: CompiledEntry; selected: readonly JurisdictionCode[]; truth: TruthFn }[];
  alerts: { rule: (typeof ALERT_RULES)[number]; truth: TruthFn }[];
  /** The same truths, of the entries then the alerts, as integer codes (TRUTH_OF_CODE) written by one
   * generated function (each fact read once, each shared test decided once); null where no code is
   * generated (the truths above are read then). */
  codes: ((s: Situation, out: Uint8Array) => void) | null;
}
const ALWAYS_MET: TruthFn = () => Truth.met;
/** A condition met on every situation (an empty `all`). */
const MET_CONDITION: Condition = { all: [] };
/** Where a list's generated function writes its truth codes: one buffer, as long as the longest list,
 * read right after it is written (an evaluation never starts another one). */
let TRUTH_CODES = new Uint8Array(64);

/** Each listed value's place (1, 2, ...; 0 is unknown) among a fact's values (FactSpec.values). */
const placeOf = (f: FactName): ReadonlyMap<unknown, number> =>
  new Map<unknown, number>((FACTS[f].values ?? []).map((v, i) => [v, i + 1]));
const CATEGORY_PLACE = placeOf("category");
const PHASE_PLACE = placeOf("phase");
const CANDIDATE_PLACE = placeOf("transplantCandidate");
const JURISDICTION_PLACE: Record<Jurisdiction, number> = { both: 0, us: 1, eu: 2 };
/** A yes/no fact as a digit: 0 unknown, 1 yes, 2 no. */
const yesNo = (v: boolean | null): number => (v === null ? 0 : v ? 1 : 2);
/** The prior lines coded as a digit (a larger count takes the key in words). */
const MAX_CODED_LINES = 63;

/**
 * The index key of a situation: the jurisdiction mode and every GATING fact's value, in GATING's order,
 * as the digits of one number (each digit's base is its number of values plus unknown). A number is
 * hashed and compared faster than a string built for every evaluation; a value with no digit (not among
 * its fact's listed values, or many prior lines) gives the key in words. Reads exactly the GATING facts:
 * index-gating.test.ts checks that situations differing in any of them get their own lists.
 */
function indexKey(s: Situation, j: Jurisdiction): number | string {
  const category = CATEGORY_PLACE.get(s.category);
  const phase = s.phase === null ? 0 : PHASE_PLACE.get(s.phase);
  const lines = s.priorLines === null ? 0 : s.priorLines + 1;
  const candidate = s.transplantCandidate === null ? 0 : CANDIDATE_PLACE.get(s.transplantCandidate);
  if (
    category === undefined ||
    phase === undefined ||
    candidate === undefined ||
    !(Number.isInteger(lines) && lines >= 0 && lines <= MAX_CODED_LINES + 1)
  )
    return `${j}|${GATING.map((f) => String(s[f])).join("|")}`;
  let key = JURISDICTION_PLACE[j];
  key = key * (CATEGORY_PLACE.size + 1) + category;
  key = key * 3 + yesNo(s.treated);
  key = key * (PHASE_PLACE.size + 1) + phase;
  key = key * (MAX_CODED_LINES + 2) + lines;
  key = key * 3 + yesNo(s.progression);
  key = key * (CANDIDATE_PLACE.size + 1) + candidate;
  return key * 3 + yesNo(s.onTherapy);
}

const INDEX = new Map<number | string, Candidates>();
function candidates(s: Situation, j: Jurisdiction): Candidates {
  // Every GATING fact, in its order (index-gating.test.ts holds the lists to a plain filter).
  const key = indexKey(s, j);
  let hit = INDEX.get(key);
  if (!hit) {
    // Bounded all the same (a record could list any number of prior lines): rebuilt when met again.
    if (INDEX.size > 10_000) INDEX.clear();
    const given: Partial<Situation> = {};
    for (const f of GATING) (given as Record<string, unknown>)[f] = s[f];
    // What is left to decide on each situation with these values (conditions.residualGiven): the
    // leaves the gating facts decide are not read again for every record.
    // The residual conditions, for the list's generated function (one met for certain is an empty `all`).
    const residuals: Condition[] = [];
    const residualTruth = (c: Condition): TruthFn | null => {
      const r = residualGiven(c, given);
      if (r === Truth.notMet) return null;
      residuals.push(r === Truth.met ? MET_CONDITION : (r as Condition));
      return r === Truth.met ? ALWAYS_MET : compileTruth(r as Condition);
    };
    const entries: Candidates["entries"] = [];
    const alerts: Candidates["alerts"] = [];
    for (const c of COMPILED_ENTRIES) {
      const truth = c.selected[j].length > 0 ? residualTruth(c.entry.when) : null;
      if (truth) entries.push({ c, selected: c.selected[j], truth });
    }
    for (const rule of ALERT_RULES) {
      const truth = residualTruth(rule.when);
      if (truth) alerts.push({ rule, truth });
    }
    if (residuals.length > TRUTH_CODES.length) TRUTH_CODES = new Uint8Array(residuals.length);
    hit = { entries, alerts, codes: generateTruthCodes(residuals) };
    INDEX.set(key, hit);
  }
  return hit;
}

/** The ids of the entries and alerts the index lists for a situation (for index-gating.test.ts). */
export function candidateIds(s: Situation, j: Jurisdiction): { entries: string[]; alerts: string[] } {
  const { entries, alerts } = candidates(s, j);
  return { entries: entries.map(({ c }) => c.entry.id), alerts: alerts.map(({ rule }) => rule.id) };
}

/**
 * What one evaluation has worked out about each drug rule: many options share drugs (and so rules), and
 * a rule's truth and unknown facts depend on the situation only, so each is computed at most once.
 * `pass` is false for a rule that does not apply (not met, or unknown for a fact it may not lack).
 */
interface DrugRuleState {
  pass: boolean;
  /** It applies although undecided: its text names the facts it found unknown. */
  undecided: boolean;
  unknown: readonly FactName[];
  /** An undecided rule's " Not known: ..." words, composed once an evaluation when first shown (every
   * option it applies to names the same facts, missing the same inputs). */
  notKnown: string | null;
}
const NOT_APPLIED: DrugRuleState = { pass: false, undecided: false, unknown: [], notKnown: null };
const APPLIED: DrugRuleState = { pass: true, undecided: false, unknown: [], notKnown: null };
/** Each drug rule's state in one evaluation, by the rule's index: worked out once, read for many options.
 * The states live in one module-level array, each stamped with the evaluation that worked it out (a state
 * with another stamp is not yet known in this one), so an evaluation allocates no memo of its own; the
 * memo an evaluation passes on is its stamp. An evaluation never starts another one. */
type DrugRuleMemo = number;
const RULE_STATES: DrugRuleState[] = COMPILED_DRUG_RULES.map(() => NOT_APPLIED);
const RULE_STAMPS = new Int32Array(COMPILED_DRUG_RULES.length);
let lastStamp = 0;
/** A new evaluation's stamp (never 0, which no state carries at the start). */
function newMemo(): DrugRuleMemo {
  if (lastStamp === 0x7fffffff) {
    RULE_STAMPS.fill(0);
    lastStamp = 0;
  }
  lastStamp++;
  return lastStamp;
}

/** Whether the disease is refractory to any of the drugs, by name or (anti-CD38 antibodies) by class. */
function anyRefractory(drugs: readonly string[], refractoryDrugs: readonly string[]): boolean {
  // The class look-up once per list (one evaluation asks for it for every option with a regimen).
  if (refractoryDrugs !== CLASSMATE_OF.list) {
    CLASSMATE_OF.list = refractoryDrugs;
    CLASSMATE_OF.classmate = antiCd38RefractoryDrug(refractoryDrugs);
  }
  const classmate = CLASSMATE_OF.classmate;
  for (const d of drugs) if (isRefractoryTo(d, refractoryDrugs, classmate)) return true;
  return false;
}
/** The last refractory list anyRefractory read, and the anti-CD38 antibody among it. */
const CLASSMATE_OF: { list: readonly string[] | null; classmate: string | undefined } = {
  list: null,
  classmate: undefined,
};

function drugRuleState(c: CompiledDrugRule, s: Situation, memo: DrugRuleMemo): DrugRuleState {
  const i = c.index;
  if (RULE_STAMPS[i] === memo) return RULE_STATES[i] as DrugRuleState;
  let state: DrugRuleState;
  {
    const truth = c.when.truth(s);
    if (truth === Truth.notMet) state = NOT_APPLIED;
    else if (truth === Truth.met) state = APPLIED;
    else {
      const unknown = c.when.unknowns(s);
      const ok = c.unknownOk;
      state = unknown.every((f) => ok.includes(f))
        ? { pass: true, undecided: true, unknown, notKnown: null }
        : NOT_APPLIED;
    }
    RULE_STATES[i] = state;
    RULE_STAMPS[i] = memo;
  }
  return state;
}

/** The drug rules of one regimen, added to the option's lists: their cautions (words only when asked),
 * citations and missing inputs. */
function applyDrugRules(
  rules: readonly CompiledDrugRule[],
  s: Situation,
  ctx: ResolvedContext,
  neededFor: string,
  memo: DrugRuleMemo,
  cautions: string[],
  citations: CitationId[],
  missing: MissingInput[],
): void {
  for (let i = 0; i < rules.length; i++) {
    const c = rules[i] as CompiledDrugRule;
    const state = drugRuleState(c, s, memo);
    if (!state.pass) continue;
    // A decided rule found nothing unknown: only an undecided one names missing inputs.
    if (state.undecided) pushMissing(state.unknown, ctx, neededFor, missing);
    if (ctx.text) {
      if (state.undecided) {
        state.notKnown ??= ` Not known: ${unknownWords(state.unknown, ctx.missing)}.`;
        for (const t of c.texts[ctx.jurisdiction]) cautions.push(t + state.notKnown + c.mark);
      } else if (c.cautionShow !== undefined)
        for (const t of c.texts[ctx.jurisdiction])
          cautions.push(withShownValues(t, c.cautionShow, s, ctx.missing) + c.mark);
      else for (const t of c.decidedCautions[ctx.jurisdiction]) cautions.push(t);
    }
    for (const id of c.rule.citations) pushOnce(citations, id);
  }
}

/** Codes only: the inputs missing for the drug rules of one regimen that apply although undecided. */
function drugRuleMissing(
  rules: readonly CompiledDrugRule[],
  s: Situation,
  ctx: ResolvedContext,
  neededFor: string,
  memo: DrugRuleMemo,
  out: MissingInput[],
): void {
  for (const c of rules) {
    // Only an undecided rule names missing inputs. Its state is worked out once an evaluation (memo) and
    // read by every option that shares the rule, so no per-option check of its facts comes first.
    if (!canNameMissing(c)) continue;
    const state = drugRuleState(c, s, memo);
    if (state.pass && state.undecided) pushMissing(state.unknown, ctx, neededFor, out);
  }
}

/** Adds an item to a short list unless the list holds it already. */
function pushOnce<T>(xs: T[], x: T): void {
  for (let i = 0; i < xs.length; i++) if (xs[i] === x) return;
  xs.push(x);
}

/** The items of a list, each once, in first-seen order: the list itself when it has no repeats (the
 * usual case). The lists here are short (a few citations or cautions), so a plain loop with === (the
 * same as indexOf for strings) rather than a Set or a builtin call per item. */
function distinct<T>(xs: T[]): T[] {
  const n = xs.length;
  for (let i = 1; i < n; i++) {
    const x = xs[i] as T;
    for (let k = 0; k < i; k++) if (xs[k] === x) return distinctFrom(xs, i);
  }
  return xs;
}

/** The distinct items of a list whose first `i` items are distinct and whose item `i` repeats one. */
function distinctFrom<T>(xs: T[], i: number): T[] {
  const out = xs.slice(0, i);
  for (let k = i + 1; k < xs.length; k++) if (!out.includes(xs[k] as T)) out.push(xs[k] as T);
  return out;
}

/** Whether a label condition is one yes/no fact term (its words name the fact; the values add nothing). */
export const isLoneBoolean = (c: Condition): boolean => "fact" in c && "is" in c && typeof c.is === "boolean";

/** The label truths of an entry with label conditions, per selected jurisdiction (null: no condition). */
function labelTruthsOf(
  c: CompiledEntry,
  selected: readonly JurisdictionCode[],
  s: Situation,
): (Truth | null)[] {
  // A list filled by push (one kind of array whatever its values), and read by the loops below rather than
  // `some`/`includes`: the built-ins, inlined into evaluateEntry, had it deoptimised when a list of another
  // array kind first came.
  const out: (Truth | null)[] = [];
  for (let i = 0; i < selected.length; i++) out.push(c.label[selected[i]!]?.truth(s) ?? null);
  return out;
}

/** Whether a selected label holds: one with no condition (null) or one met. */
function anyLabelHolds(labelTruths: readonly (Truth | null)[]): boolean {
  for (let i = 0; i < labelTruths.length; i++) {
    const t = labelTruths[i];
    if (t === null || t === Truth.met) return true;
  }
  return false;
}

/** Whether a selected label is undecided. */
function anyLabelUnknown(labelTruths: readonly (Truth | null)[]): boolean {
  for (let i = 0; i < labelTruths.length; i++) if (labelTruths[i] === Truth.unknown) return true;
  return false;
}

/** The facts an undecided option found unknown: its condition's, then (when no selected label is met)
 * those of its undecided labels, each once. */
function unknownFactsOf(
  c: CompiledEntry,
  truth: Truth,
  selected: readonly JurisdictionCode[],
  labelTruths: readonly (Truth | null)[] | null,
  anyLabelMet: boolean,
  s: Situation,
): FactName[] {
  const unknownFacts = truth === Truth.unknown ? c.when.unknowns(s) : [];
  if (!anyLabelMet && labelTruths !== null)
    for (const [i, j] of selected.entries())
      if (labelTruths[i] === Truth.unknown)
        for (const f of c.label[j]?.unknowns(s) ?? []) if (!unknownFacts.includes(f)) unknownFacts.push(f);
  return unknownFacts;
}

/** Adds the fields behind each unknown fact to `out`, needed for `neededFor`. */
function pushMissing(
  facts: readonly FactName[],
  ctx: ResolvedContext,
  neededFor: string,
  out: MissingInput[],
): void {
  for (const f of facts) pushFieldsFor(f, ctx.missing, neededFor, out);
}

/** Adds the fields fieldsFor names for one unknown fact to `out`, in its order, without listing them
 * first: the fields the calculators named missing (each once), else the fact's inputs. A field `out`
 * already names for the same option is not named again (two rules, or two facts, can need one input). */
function pushFieldsFor(f: FactName, missing: SituationMissing, neededFor: string, out: MissingInput[]): void {
  const named = missing[f];
  if (named !== undefined && named.length > 0)
    for (let i = 0; i < named.length; i++) pushMissingOnce((named[i] as MissingInput).field, neededFor, out);
  else for (const field of FACTS[f].inputs) pushMissingOnce(field, neededFor, out);
}

/** Adds one missing input to an option's list unless the list names it already. */
function pushMissingOnce(field: string, neededFor: string, out: MissingInput[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k] as MissingInput;
    if (m.field === field && m.neededFor === neededFor) return;
  }
  out.push({ field, neededFor });
}

/** One entry whose condition is met or unknown (`truth`), listed in a selected jurisdiction: decided on
 * truth values; its words composed only when it is shown and text is asked. */
function evaluateEntry(
  c: CompiledEntry,
  truth: Truth,
  selected: readonly JurisdictionCode[],
  s: Situation,
  ctx: ResolvedContext,
  /** Only the codes of the option: ctx.codesOnly, or an option its caller drops. */
  codes: boolean,
  memo: DrugRuleMemo,
): AssessmentOption | null {
  // Without label conditions every selected label holds (the truth of each is null: nothing to check).
  const labelTruths = c.hasLabel ? labelTruthsOf(c, selected, s) : null;
  const anyLabelMet = labelTruths === null || anyLabelHolds(labelTruths);
  if (labelTruths !== null && !anyLabelMet && !anyLabelUnknown(labelTruths)) return null;
  const isUnknown = truth === Truth.unknown || !anyLabelMet;
  const { entry } = c;
  if (isUnknown && !c.showWhenUnknown) return null;
  // An entry about the line being given carries that line's regimen, so its drug rules apply. The entry
  // itself is passed on unchanged: the safety reviews read its id, kind and strength, and never judge the
  // line being given as refractory (reviewRefractory finds nothing for such an entry, whatever its regimen).
  const fromLine = c.regimenFromCurrentLine && ctx.currentRegimen !== null;
  const regimen = fromLine ? ctx.currentRegimen : c.regimen;
  // With no refractory drug among those it judges (or no regimen), the review finds nothing: not called.
  // The line being given is judged too (never excluded: review c37-J2).
  const antiCd38Unsettled = s.antiCd38ProgressedUnder4Weeks === true;
  const refractory =
    regimen &&
    ((ctx.refractoryDrugs.length > 0 &&
      anyRefractory(fromLine ? regimen.drugs : c.judged, ctx.refractoryDrugs)) ||
      ((ctx.refractoryNotKnown.length > 0 || ctx.nonResponsive.length > 0 || antiCd38Unsettled) &&
        !fromLine &&
        anyUnsettled(c.judged, ctx.refractoryNotKnown, antiCd38Unsettled, ctx.nonResponsive)) ||
      // Review c54-3: SD on the line being given is said on its card.
      (fromLine && ctx.nonResponsive.length > 0 && anyUnsettled(regimen.drugs, [], false, ctx.nonResponsive)))
      ? reviewRefractory(
          entry,
          ctx.refractoryDrugs,
          ctx.refractoryIfProgressed,
          fromLine ? regimen.drugs : null,
          ctx.refractoryNotKnown,
          antiCd38Unsettled,
          ctx.nonResponsive,
        )
      : null;
  if (refractory?.excluded) return null;
  if (regimen && givesImidInPregnancy(entry, regimen.drugs, s)) return null;

  const missing: MissingInput[] = [];
  // The jurisdictions shown whose label this patient does not meet (the option listed under the other's): on the
  // statuses with or without text (the order reads them too: afterPeers).
  let outsideLabel: JurisdictionCode[] | undefined;
  if (labelTruths !== null)
    for (let i = 0; i < selected.length; i++) {
      const j = selected[i] as JurisdictionCode;
      if (!entry.label?.[j] || labelTruths[i] !== Truth.notMet) continue;
      if (outsideLabel === undefined) outsideLabel = [j];
      else outsideLabel.push(j);
    }
  if (codes) {
    // Codes only: what is shown, in which order (kind, strength, afterPeers, id), and the inputs it misses.
    if (isUnknown)
      pushMissing(unknownFactsOf(c, truth, selected, labelTruths, anyLabelMet, s), ctx, c.title, missing);
    for (const cc of c.askingCautions)
      if (cc.when?.(s) === Truth.unknown) {
        const unknown = cautionUnknowns(cc, s);
        if (unknown !== null) pushMissing(unknown, ctx, c.title, missing);
      }
    if (regimen) {
      const rules = fromLine ? drugRulesFor(regimen.drugs, currentLineKind(s.phase)) : c.undecidableRules;
      drugRuleMissing(rules, s, ctx, c.title, memo, missing);
    } else if (c.currentDrugRules !== null && ctx.currentRegimen !== null)
      drugRuleMissing(
        namedRulesOfLine(c.currentDrugRules, ctx.currentRegimen.drugs, s),
        s,
        ctx,
        c.title,
        memo,
        missing,
      );
    const option = codesOnlyOption(
      c,
      capPending(
        capRefractory(c.adjusted ? strengthAfter(c.review, c.strength, s) : c.strength, refractory),
        c.pending[ctx.jurisdiction],
      ),
      missing,
    );
    // What the order reads (afterPeers), as the full option carries it.
    if (refractory?.capped === true) option.refractoryTo = refractory.refractoryTo.slice();
    if (outsideLabel !== undefined) {
      option.regulatory = regulatoryOf(c, ctx.jurisdiction);
      for (const j of outsideLabel) {
        const status = option.regulatory[j];
        if (status) option.regulatory[j] = { ...status, outsideLabel: true };
      }
    }
    return option;
  }
  const rules = regimen
    ? fromLine
      ? drugRulesFor(regimen.drugs, currentLineKind(s.phase))
      : c.drugRules
    : c.currentDrugRules !== null && ctx.currentRegimen !== null
      ? namedRulesOfLine(c.currentDrugRules, ctx.currentRegimen.drugs, s)
      : null;

  // Shown: now the words, when asked for, and the facts that were unknown.
  const text = ctx.text;
  // The words are composed afresh on every call: their list is this option's own. The condition's truth
  // is the one decided on (the index's residual condition has the condition's truth on this situation).
  const because = text ? c.when.because(s, truth) : [];
  const cautions: string[] = [];
  // Each citation once, as it is added (first-seen order, as a list made distinct afterwards): many
  // drug rules of one regimen cite the same labels.
  const citations: CitationId[] = c.citations.slice();
  let unverified = entry.evidence === "unverified";

  // Review c60-M3: an open line-count question could change the prior lines the gates read.
  const countOpen = text && lineCountOpen(s);
  if (text && labelTruths !== null) {
    for (let i = 0; i < selected.length; i++) {
      const j = selected[i] as JurisdictionCode;
      const lt = labelTruths[i] ?? null;
      if (!entry.label?.[j] || lt === null) continue;
      const needs = c.described[j];
      const label = c.label[j];
      if (!label) continue;
      const name = JURISDICTION_NAME[j];
      const open = countOpen
        ? labelAtOtherCount(s, ctx.missing, { name, truth: lt, truthOf: label.truth, needs })
        : null;
      if (lt === Truth.met) {
        because.push(`${open?.becauseOpening || `${name} label:`} ${label.because(s, lt).join("; ")}`);
        if (open?.caution) cautions.push(open.caution);
      } else if (lt === Truth.notMet)
        cautions.push(
          // Review c86-m3: a label of one yes/no element (cilta-cel, EU) named once: its "because" only restated it.
          isLoneBoolean(entry.label[j])
            ? `Outside the ${name} label for this patient: it needs ${needs}; not so here.${open?.outsideEnding ?? ""}`
            : `Outside the ${name} label for this patient: it needs ${needs} (${label.because(s, lt).join("; ")}).${open?.outsideEnding ?? ""}`,
        );
      else
        cautions.push(
          `${name} label not decidable: it needs ${needs}; not known: ${unknownWords(label.unknowns(s), ctx.missing)}.`,
        );
    }
  }
  if (countOpen && truth === Truth.met) {
    const onCount = conditionAtOtherCount(s, ctx.missing, c.when.truth, c.described.when);
    if (onCount.because !== "") because.push(onCount.because);
    if (onCount.caution !== "") cautions.push(onCount.caution);
  }

  if (isUnknown) {
    const unknownFacts = unknownFactsOf(c, truth, selected, labelTruths, anyLabelMet, s);
    if (text) {
      because.push(`Not known: ${unknownFacts.map((f) => FACTS[f].label).join(", ")}`);
      cautions.unshift(
        `Not known: ${unknownWords(unknownFacts, ctx.missing)}. This option applies only if: ${c.described.when}.`,
      );
    }
    pushMissing(unknownFacts, ctx, entry.title, missing);
  }

  for (const cc of c.cautions) {
    const truth = cc.when ? cc.when(s) : Truth.met;
    if (truth === Truth.notMet) continue;
    if (truth === Truth.unknown) {
      // Review c75-m7: undecided, said with what is not known, and that asked (as an undecided drug rule).
      const unknown = cautionUnknowns(cc, s);
      if (unknown === null) continue;
      pushMissing(unknown, ctx, entry.title, missing);
      if (text) cautions.push(undecidedCaution(cc.def.text, unknownWords(unknown, ctx.missing)));
    } else if (text) cautions.push(withShownValues(cc.def.text, cc.def.show, s, ctx.missing));
    if (cc.def.citations) for (const id of cc.def.citations) pushOnce(citations, id);
    // An undecided caution does not apply yet: its evidence does not mark the option (review c14-13's rule: a side
    // detail never marks a verified row UNVERIFIED); its words say what is not known.
    if (truth === Truth.met && cc.def.evidence === "unverified") unverified = true;
  }

  let strength = entry.strength;
  let findings: OptionFinding[] = [];
  if (c.reviewed) {
    const safety = reviewWith(c.review, entry, s, text, text ? ctx.missing : undefined);
    strength = safety.strength;
    findings = safety.findings;
    for (const x of safety.cautions) cautions.push(x);
    for (const id of safety.citations) pushOnce(citations, id);
    if (safety.unverified) unverified = true;
  }
  if (refractory) {
    strength = capRefractory(strength, refractory);
    // Its caution is a sentence: words, so only when asked for (without text, options carry none).
    if (text) for (const x of refractory.cautions) cautions.push(x);
    for (const id of refractory.citations) pushOnce(citations, id);
  }
  if (text && regimen && ctx.toxicityStops.length > 0)
    for (const x of toxicityCautions(regimen.drugs, ctx.toxicityStops, findings)) cautions.push(x);
  if (c.pending[ctx.jurisdiction]) {
    strength = capPending(strength, true);
    if (text) cautions.push(PENDING_CAUTION);
  }

  if (rules) applyDrugRules(rules, s, ctx, entry.title, memo, cautions, citations, missing);
  if (unverified && text) cautions.push(c.unverifiedNote);

  const option: AssessmentOption = {
    id: entry.id,
    kind: entry.kind,
    strength,
    regimen: regimen ? { code: regimen.code, drugs: regimen.drugs.slice() } : null,
    title: entry.title,
    clinicianText: entry.clinicianText,
    because,
    cautions: distinct(cautions),
    citations,
    patientText: entry.patientText,
    regulatory: regulatoryOf(c, ctx.jurisdiction),
    evidenceReviewed: EVIDENCE_REVIEWED,
    verified: !unverified,
    missing,
  };
  // Set after the literal (not spread into it), so the key stays last and options share one shape.
  if (findings.length > 0) option.safetyFindings = findings;
  // Review c90-m1: the drugs the disease is refractory to that it gives again, as data (the order reads it).
  if (refractory?.capped === true) option.refractoryTo = refractory.refractoryTo.slice();
  if (outsideLabel !== undefined)
    for (const j of outsideLabel) {
      const status = option.regulatory[j];
      if (status) option.regulatory[j] = { ...status, outsideLabel: true };
    }
  return option;
}

/** The empty lists and statuses every codes-only option carries: one shared, frozen copy of each (as
 * assess.ts does for what codes-only mode leaves out), not four new objects an option. */
const NO_WORDS = Object.freeze([]) as unknown as string[];
const NO_CITATIONS = Object.freeze([]) as unknown as CitationId[];
const NO_STATUS = Object.freeze({ us: null, eu: null });

/** A codes-only option (assessCompact): its id, kind, strength and missing inputs, which are all that
 * the compact view and the steps after this one read; its texts, citations and statuses are left empty. */
function codesOnlyOption(
  c: CompiledEntry,
  strength: AssessmentOption["strength"],
  missing: MissingInput[],
): AssessmentOption {
  return {
    id: c.id,
    kind: c.kind,
    strength,
    regimen: null,
    title: c.title,
    // Named although not read, so that these options share the shape of the others (one hidden class).
    clinicianText: c.clinicianText,
    because: NO_WORDS,
    cautions: NO_WORDS,
    citations: NO_CITATIONS,
    patientText: "",
    regulatory: NO_STATUS,
    evidenceReviewed: EVIDENCE_REVIEWED,
    verified: true,
    missing,
  };
}

/** The rules of ALERT_WHEN_ON that name each drug, in their order (by their places in ALERT_WHEN_ON). */
const ALERT_WHEN_ON_BY_DRUG = new Map<string, { at: number[]; rules: CompiledDrugRule[] }>();
for (const [i, c] of ALERT_WHEN_ON.entries())
  for (const d of c.rule.drugs) {
    let own = ALERT_WHEN_ON_BY_DRUG.get(d);
    if (own === undefined) {
      own = { at: [], rules: [] };
      ALERT_WHEN_ON_BY_DRUG.set(d, own);
    }
    if (!own.at.includes(i)) {
      own.at.push(i);
      own.rules.push(c);
    }
  }
const NO_RULES: readonly CompiledDrugRule[] = [];
/** Marks of the rules a list of drugs names (alertRulesOn), cleared after each use. */
const ALERT_MARKS = new Uint8Array(ALERT_WHEN_ON.length);

/** The rules of ALERT_WHEN_ON that name any of the drugs, in their order: those of each drug looked up
 * rather than every rule searched for the drugs (one drug with rules: its own list, shared). */
function alertRulesOn(drugs: readonly string[]): readonly CompiledDrugRule[] {
  let only: { at: number[]; rules: CompiledDrugRule[] } | null = null;
  let lists = 0;
  for (const d of drugs) {
    const own = ALERT_WHEN_ON_BY_DRUG.get(d);
    if (own === undefined) continue;
    if (lists === 0) only = own;
    lists++;
    for (const i of own.at) ALERT_MARKS[i] = 1;
  }
  if (only === null) return NO_RULES;
  if (lists === 1) {
    for (const i of only.at) ALERT_MARKS[i] = 0;
    return only.rules;
  }
  const out: CompiledDrugRule[] = [];
  for (let i = 0; i < ALERT_MARKS.length; i++)
    if (ALERT_MARKS[i] === 1) {
      ALERT_MARKS[i] = 0;
      out.push(ALERT_WHEN_ON[i] as CompiledDrugRule);
    }
  return out;
}

/** How a drug alert opens: the drugs of the rule the patient is on now, and, when the disease is refractory to
 * every one of them (it progressed on them), that the rule holds only if they are continued (review c19-9: a
 * lenalidomide dialysis dose beside the progression on lenalidomide read as advice to go on). */
export function onNowWords(on: readonly string[], refractoryDrugs: readonly string[]): string {
  const names = on.join(", ");
  if (on.length === 0 || !on.every((d) => refractoryDrugs.includes(d))) return `On ${names} now.`;
  const one = on.length === 1;
  return `On ${names} now (the disease is refractory to ${one ? "it" : "them"}: this applies if ${one ? "it is" : "they are"} continued).`;
}

/** How a drug alert opens for drugs of an entry that may still be given (review c60-M2). */
export function mayStillBeGivenWords(drugs: readonly string[]): string {
  const names = drugs.join(", ");
  return `${names.charAt(0).toUpperCase()}${names.slice(1)} may still be given (its end is not recorded).`;
}

/** The drug-rule alerts to raise, as (rule, drugs, opener) pairs: those of the drugs given now, then those of the drugs
 * of an entry that may still be given (review c60-M2) not already raised, with that entry's kind. One list both
 * evaluations read (options.ts and knowledge-reference.ts). */
export function drugAlertGroups(
  ctx: ResolvedContext,
  phase: Situation["phase"],
): { drugs: readonly string[]; kind: AssessmentOption["kind"]; maybe: boolean }[] {
  const groups: { drugs: readonly string[]; kind: AssessmentOption["kind"]; maybe: boolean }[] = [];
  if (ctx.currentDrugs.length > 0)
    groups.push({ drugs: ctx.currentDrugs, kind: currentLineKind(phase), maybe: false });
  const maybe = ctx.mayStillBeGiven;
  if (maybe !== null && maybe.drugs.length > 0)
    groups.push({ drugs: maybe.drugs, kind: maybe.kind, maybe: true });
  return groups;
}

/** Whether a drug rule's alert condition of its own (whenOn) holds: met, or unknown only in facts the rule may
 * lack (as drugRuleState decides its `when`). */
function passesOn(c: CompiledDrugRule, on: Compiled, s: Situation): boolean {
  const truth = on.truth(s);
  if (truth !== Truth.unknown) return truth === Truth.met;
  return on.unknowns(s).every((f) => c.unknownOk.includes(f));
}

/** The alerts of the drug rules whose drugs the patient is on now (in the rules' order). */
function drugAlerts(s: Situation, ctx: ResolvedContext, memo: DrugRuleMemo, alerts: Alert[]): void {
  for (const { drugs: onNow, kind, maybe } of drugAlertGroups(ctx, s.phase)) {
    for (const c of alertRulesOn(onNow)) {
      const { rule } = c;
      if (rule.kinds && !rule.kinds.includes(kind)) continue;
      // A rule of the drugs given now is raised once, as theirs (review c60-M2).
      if (maybe && rule.drugs.some((d) => ctx.currentDrugs.includes(d))) continue;
      if (!(c.whenOn === null ? drugRuleState(c, s, memo).pass : passesOn(c, c.whenOn, s))) continue;
      const verified = rule.evidence !== "unverified";
      const joined = c.joined[ctx.jurisdiction];
      const on = rule.drugs.filter((d) => onNow.includes(d));
      const text = ctx.text
        ? `${maybe ? mayStillBeGivenWords(on) : onNowWords(on, ctx.refractoryDrugs)} ${c.show === undefined ? joined : withShownValues(joined, c.show, s, ctx.missing)}${verified ? "" : ` ${UNVERIFIED_NOTE}`}`
        : "";
      const citations = ctx.codesOnly ? [] : rule.citations.slice();
      alerts.push({ id: rule.id, severity: rule.severity, text, citations, verified });
    }
  }
}

/**
 * Evaluates the recommendations, drug rules and alerts a situation can show. Deterministic: the same
 * situation and context always give the same, identically ordered result. The result is the same, byte
 * for byte, as the plain full evaluation kept in knowledge-reference.ts (tested on every example and on
 * generated records); this one decides on truth values first and composes words only for what it shows.
 */
export function evaluateKnowledge(s: Situation, context: KnowledgeContext = {}): KnowledgeResult {
  return evaluateKnowledgeExcept(s, context, null);
}

/**
 * evaluateKnowledge, for a caller that will drop the options of the `dropped` entries and keep only
 * their missing inputs (the pathway's second branch drops what the first one shows): those options come
 * with their id, kind, strength and missing inputs only, as in codes-only mode, and their words are not
 * composed. Every other option, the alerts and the missing inputs are evaluateKnowledge's own.
 */
export function evaluateKnowledgeExcept(
  s: Situation,
  context: KnowledgeContext,
  dropped: ReadonlySet<string> | null,
): KnowledgeResult {
  if (context.evaluator) return context.evaluator(s, context);
  const ctx = resolveContext(context);
  const { entries, alerts: alertRules, codes: truthCodes } = candidates(s, ctx.jurisdiction);
  // Every candidate's truth at once, by the list's generated function (when there is one).
  const truths = TRUTH_CODES;
  if (truthCodes !== null) truthCodes(s, truths);
  const memo = newMemo();
  const options: AssessmentOption[] = [];
  /** Each option's orderKey, at the same index. */
  const keys: number[] = [];
  const missing: MissingInput[] = [];
  const nEntries = entries.length;
  for (let i = 0; i < nEntries; i++) {
    const { c, selected, truth: truthOf } = entries[i] as Candidates["entries"][number];
    // Most candidates are decided here, on their truth alone.
    const truth = truthCodes !== null ? (TRUTH_OF_CODE[truths[i] as number] as Truth) : truthOf(s);
    if (truth === Truth.notMet) continue;
    const codes = ctx.codesOnly || dropped?.has(c.id) === true;
    const option = evaluateEntry(c, truth, selected, s, ctx, codes, memo);
    if (!option) continue;
    options.push(option);
    const late = afterPeers(option);
    keys.push(
      option.strength === c.strength && !late
        ? c.orderKey
        : orderKey(c.kindRank, option.strength, c.idRank, late),
    );
    if (option.missing) for (const m of option.missing) missing.push(m);
  }
  sortByKeys(options, keys);

  const alerts: Alert[] = [];
  for (let k = 0; k < alertRules.length; k++) {
    const { rule, truth } = alertRules[k] as Candidates["alerts"][number];
    if (truthCodes !== null ? truths[nEntries + k] !== 2 : truth(s) !== Truth.met) continue;
    const verified = rule.evidence !== "unverified";
    alerts.push({
      id: rule.id,
      severity: rule.severity,
      text: !ctx.text ? "" : alertText(rule, verified, s, ctx.missing),
      // Codes only: the compact view reads an alert's id and severity.
      citations: ctx.codesOnly ? [] : rule.citations.slice(),
      verified,
    });
  }
  if (ctx.currentDrugs.length > 0 || ctx.mayStillBeGiven !== null) drugAlerts(s, ctx, memo, alerts);
  // Most evaluations have no alert or one: nothing to sort (the built-in sort's call costs all the same).
  if (alerts.length > 1) alerts.sort(compareAlerts);
  return { options, alerts, missing };
}

/** Amyloid found and typed as another protein than light chain (situation amyloidTypedNotLightChain). */
function amyloidTypedNotLightChain(facts: Facts): boolean | null {
  const { amyloid, amyloidType } = facts.biopsy;
  if (amyloid === false || amyloidType === "light-chain") return false;
  if (amyloid !== true || amyloidType === null || amyloidType === "not-typed") return null;
  return true;
}

/** Review c57-U3: NYHA class III or IV is symptomatic heart failure by its definition (marked limitation of physical
 * activity, or symptoms at rest), whatever `conditions.heartFailure` says or leaves unsaid: every rule reading heart
 * failure reads it (the carfilzomib trials excluded NYHA III/IV, treatments.md 7b; an EHR sends the class as an
 * Observation while its heart-failure Condition is often a code not read). Classes I and II do not decide it. */
function heartFailureOf(recorded: boolean | null, nyha: string | null): boolean | null {
  return nyhaMeansHeartFailure(nyha) ? true : recorded;
}

/** NYHA class III (IIIA, IIIB) or IV: symptomatic heart failure by the class's definition (heartFailureOf; the record
 * check that names a "no heart failure" recorded beside it reads it too). */
export function nyhaMeansHeartFailure(nyha: string | null): boolean {
  return nyha === "III" || nyha === "IIIA" || nyha === "IIIB" || nyha === "IV";
}

/** The Assessment: the public output contract v1 (shared/DESIGN.md). Extend, never rename. */
import type { CriterionResult } from "../criteria/diagnosis/diagnosis.js";
import type { TreatmentPhase } from "../knowledge/situation.js";
import type { JurisdictionCode } from "../knowledge/types.js";
import type { CitationId } from "../model/bibliography/index.js";
import type { DiagnosisCategory, OptionKind } from "../model/enums.js";
import type { TreatmentFact } from "../model/facts.js";
import type { MissingInput, RuleTrace } from "../model/trace.js";
import type { UnusedValueFact } from "../model/unused-values.js";
import type { LinesOfTherapyResult } from "../response/lines.js";
import type { MgusRiskResult } from "../response/mgus-risk.js";
import type { MonitoringResult } from "../response/monitoring.js";
import type { ResponseResult } from "../response/response.js";
import type { AlMayo2004Result, AlMayo2012Result } from "../scores/al-stage/al-stage.js";
import type { CytogeneticRiskResult } from "../scores/cytogenetic-risk/cytogenetic-risk.js";
import type { ImwgFrailtyResult, SimplifiedFrailtyResult } from "../scores/frailty/frailty.js";
import type { IssResult } from "../scores/iss/iss.js";
import type { KidneyValue } from "../scores/kidney/kidney.js";
import type { RIssResult } from "../scores/r-iss/r-iss.js";
import type { R2IssResult } from "../scores/r2-iss/r2-iss.js";
import type { SmmImwg2020Result } from "../scores/smm-imwg-2020/smm-imwg-2020.js";
import type { SmmMayo2018Result } from "../scores/smm-mayo-2018/smm-mayo-2018.js";
import type { SmmMayo2018FishResult } from "../scores/smm-mayo-2018-fish/smm-mayo-2018-fish.js";
import type { ImpedeVteAssessment } from "./vte-risk.js";

export const SCHEMA_VERSION = "1";

/** Regulatory status of an option in one jurisdiction. */
export interface RegulatoryStatus {
  status: "approved" | "accelerated-approval" | "off-label" | "guideline-only" | "not-approved" | "pending";
  /** ISO date or YYYY-MM when only the month is known. */
  date: string | null;
  note: string | null;
  /** Present (true) when the option is listed under the other jurisdiction's label and this patient does not meet
   * this jurisdiction's label condition (BVd at a first relapse: EU >= 1 prior line, US >= 2; treatments.md 5a).
   * The card's caution says "Outside the US label for this patient". From engine 0.2.76. */
  outsideLabel?: true;
}

export interface AssessmentOption {
  id: string;
  kind: OptionKind;
  strength: "standard" | "preferred" | "consider" | "if-eligible" | "trial";
  regimen: { code: string; drugs: string[] } | null;
  title: string;
  /** The recommendation for the clinician: schedule, evidence, positioning. */
  clinicianText?: string;
  because: string[];
  cautions: string[];
  citations: CitationId[];
  patientText: string;
  regulatory: { us: RegulatoryStatus | null; eu: RegulatoryStatus | null };
  evidenceReviewed: string;
  /** False when the reference marks any fact behind this option UNVERIFIED: every surface says so. */
  verified: boolean;
  /** Inputs this option needed and did not get (the option is shown only where its entry allows it). */
  missing?: MissingInput[];
  /** The pathway phase this option belongs to (the plan ahead labels each step with its phase). */
  planPhase?: TreatmentPhase;
  /** Shown for a likely but not yet confirmed category (indeterminate work-up): provisional. */
  provisional?: boolean;
  /** Shown only on a condition the record cannot confirm yet (e.g. "if the first line has progressed"). */
  conditional?: string;
  /** The same condition as data, for surfaces that word it themselves (set with `conditional`). */
  conditionalOn?: ConditionalOn;
  /** A second open fact the option also depends on, beside `conditionalOn` (added 2026-12-11; e.g. a transplant
   * answer and "line-not-progressed" after a first line whose outcome is not known); `conditional` words both. */
  alsoOn?: ConditionalOn;
  /** What the safety review changed, as data (its words are among the cautions): present when non-empty. */
  safetyFindings?: OptionFinding[];
  /** The record's allergies this option gives (canonical names, or "sulfonamides"), its caution saying so (review
   * c74-M3): present when non-empty. From engine 0.2.78. */
  allergies?: string[];
  /** The record's severe allergies to an IMiD this option does not give while it gives another one (review c75-M3:
   * cross-reactivity not addressed by the reference; its caution says so): present when non-empty. */
  relatedAllergies?: string[];
  /** The drugs of its regimen the record shows stopped for toxicity and not given since (canonical names), its caution
   * saying so (review c80-m1: the handout marks them): present when non-empty. */
  stoppedForToxicity?: string[];
  /** The drugs of its regimen the disease is refractory to (canonical names), in a regimen offered anew that gives them
   * again (at most "consider"; its caution says so): present when non-empty. Such an option is listed after the options
   * of its kind and strength without one (review c90-m1). From engine 0.2.84. */
  refractoryTo?: string[];
}

/** The open fact a conditional option depends on, and the answer it needs. */
export type ConditionalOn =
  | "line-progressed"
  | "line-not-progressed"
  | "transplant-candidate"
  | "not-transplant-candidate";

/** One safety-review step on an option: a strength changed by the situation (frailty, kidney function),
 * or the option enabled by a situation definition the reference marks UNVERIFIED. */
export interface OptionFinding {
  ruleId: string;
  kind: "strength-adjusted" | "enabled-by-unverified-fact";
  /** The situation fact, for "enabled-by-unverified-fact". */
  fact?: string;
  from?: AssessmentOption["strength"];
  to?: AssessmentOption["strength"];
  citations: CitationId[];
}

export { TREATMENT_PHASES, type TreatmentPhase } from "../knowledge/situation.js";

/** The phase derived from the record, with its reason. The line being given is never a prior line. */
export interface PhaseResult {
  code: TreatmentPhase;
  /** Why, in English (render layers may word it from `rules`). */
  reason: string;
  /** Lines finished before the current one (the "prior lines" of drug labels); a line on which the
   * disease progressed counts as finished. */
  priorLines: number | null;
  /** The line being given now (1-based), or null when off therapy or after progression on it. */
  currentLine: number | null;
  /** The regimen being given now, when on therapy. */
  currentRegimen: string | null;
  /** The latest line started (1-based), given now or not; null when untreated. */
  lastLine: number | null;
  /** The regimen(s) of the latest line, e.g. "VRd, Mel200-ASCT". */
  lastRegimen: string | null;
  /** Progression on or after the latest line: true (established), false (none on the line being given,
   * or none after a finished line), null (a finished line whose outcome the record cannot tell). */
  progressed: boolean | null;
  /** Today's values meet active myeloma (IMWG 2014 myeloma-defining events), whatever the history. */
  activeDisease: boolean | null;
  /** Whole weeks on the current line, when on therapy. */
  weeksOnCurrentLine: number | null;
  rules: RuleTrace[];
  /** Present when the latest line is read as finished but an earlier entry with no end may
   * still be given (review c60-M2: lenalidomide maintenance with no end, then an "Rd" entry that ended): its record
   * index, regimen, start, drugs (canonical names) and phase as recorded. Its end is asked (treatmentHistory.N.end). */
  mayStillBeGiven?: {
    entry: number;
    regimen: string;
    start: string;
    drugs: string[];
    phase: TreatmentFact["phase"];
  };
  /** Present when the latest line has ended, no progression is established, and every disease value (serum and urine
   * M-protein, free light chains, immunofixation, marrow, imaging) is dated on or before the line's start (review
   * c70-W1): the line's start and the latest such date. Today's values cannot tell the line's outcome; the response
   * assessment is asked (pathway.response-assessment-due). */
  valuesBeforeLine?: { lineStart: string; latest: string };
}

/** One step of the plan ahead, labelled with its phase. */
export interface PlanStep {
  phase: TreatmentPhase;
  title: string;
  status: "done" | "current" | "next" | "later" | "if-progressed";
  /** Options (ids in `options`) that belong to this step. */
  optionIds: string[];
  /** The sources of this step of the pathway (added 2026-12-06): the ids the clinical reference gives for it,
   * each resolving in the bibliography, as on options and alerts. Absent in Assessments made before. */
  citations: CitationId[];
  /** False when the reference marks a fact behind this step UNVERIFIED, or when the step is the project's
   * own reading of the reference (e.g. a first-line step still ahead after the line ended): every surface
   * says so, as for options and alerts. */
  verified: boolean;
  /** What the step is, for the surfaces that word it (from engine 0.2.79; absent on the ordinary step of its phase):
   * a stable code, so that no surface reads the title's words (DESIGN.md: findings are data, words are a layer). */
  code?: PlanStepCode;
  /** The transplant candidacy the step rests on, when the record leaves it open (from engine 0.2.79; absent
   * otherwise): "not-recorded", or "in-question" (to be confirmed by the care team; the title gives the reasons). */
  candidacy?: "not-recorded" | "in-question";
}

/** The plan steps the surfaces tell apart (PlanStep.code): DRd given as one continuous course (MAIA; or D-Rd
 * after D-VRd, CEPHEUS's continuation, the same code: the step's title and sources name the trial); a stem cell
 * collection recorded; a collection for a transplant kept for later; observation after a continuous first line
 * (or maintenance) stopped with no progression, its restart put to the team; the response assessment and the next
 * first-line treatment after a first line stopped before a response was shown; the response assessment and the next
 * treatment after a relapse line stopped with its outcome not known; in AL amyloidosis, the team's decision after a
 * response lost since the last line (review c76-W1), and the transplant step waiting on a repeat of the free light
 * chains while only the latest value is above the level reached (from engine 0.2.80; review c78-M1); on the transplant
 * pathway, the induction going on past the lenalidomide label's collection window with no stem cell collection
 * recorded, the collection due (review c79-M1, treatments.md 3b, 3c; from engine 0.2.80); the first 2 weeks after a BCMA CAR-T
 * infusion, the post-infusion monitoring to day 14 before the response follow-up, while alert.car-t.first-two-weeks is
 * raised (review c80-m3; from engine 0.2.80); a spinal cord compression or pathological fracture recorded before
 * imaging for osteolytic lesions, its care and the deciding imaging now (review c83-W1; from engine 0.2.81). */
export const PLAN_STEP_CODES = [
  "continuous-drd",
  // Review c88-m3 (from engine 0.2.82): Rd, or VRd x 8 then Rd, as one continuous first-line course (treatments.md 4).
  "continuous-rd",
  "stem-cells-collected",
  "collection-deferred",
  "collection-due",
  "continuous-stopped-watch",
  "first-line-stopped-early",
  "line-stopped-now",
  "al-response-lost",
  "al-repeat-flc-first",
  "car-t-first-two-weeks",
  "bone-event-first",
  // Review c89-W2 (from engine 0.2.83): on VCd given for myeloma as the first line's induction, the switch to a
  // quadruplet once renal function is known (treatments.md 3b, VCd row), the step after it.
  "switch-to-quadruplet",
] as const;
export type PlanStepCode = (typeof PLAN_STEP_CODES)[number];

/** Alert severities, most severe first (the order every surface lists them in). */
export const ALERT_SEVERITIES = ["critical", "warning", "info"] as const;

export interface Alert {
  id: string;
  severity: (typeof ALERT_SEVERITIES)[number];
  text: string;
  citations: CitationId[];
  verified: boolean;
}

export interface Assessment {
  id?: string;
  schemaVersion: typeof SCHEMA_VERSION;
  knowledgeVersion: string;
  engineVersion: string;
  asOf: string;
  notice: string;
  diagnosis: {
    category: DiagnosisCategory;
    subtype: string | null;
    likely: DiagnosisCategory | null;
    treated: boolean;
    criteria: CriterionResult[];
    couldChangeWith: string[];
    /** Other categories whose criteria are met too (present when not empty; from engine 0.2.61): systemic AL
     * amyloidosis beside multiple myeloma (criteria-and-scores.md 1.1 and 1.5; review c48-F1). */
    alsoMeets?: DiagnosisCategory[];
    /** Review c91-M5 (from engine 0.2.84): untreated smouldering myeloma with an evolving M-protein whose marrow
     * and/or skeletal imaging (each a result that rules an event out) is dated before the rise: the date of the first
     * risen value, and the marrow's date and the imaging's date and modality (null when not older). The risk groups
     * and the SLiM exclusions rest on them (criteria-and-scores.md 1.1, 2.1); alert evolving.work-up-before-rise says
     * so and couldChangeWith names the repeat. Absent otherwise. */
    workUpBeforeRise?: {
      riseFrom: string;
      marrow: string | null;
      imaging: { date: string; modality: string | null } | null;
    };
  };
  staging: { iss: IssResult; riss: RIssResult; r2iss: R2IssResult };
  risk: {
    smmMayo2018: SmmMayo2018Result;
    smmImwg2020: SmmImwg2020Result;
    /** Review c91-m3 (from engine 0.2.84; absent in Assessments made before): the 20/2/20 factors plus high-risk
     * FISH as a 4th factor, groups 0 / 1 / 2 / >= 3 factors with 2-year progression 6 / 23 / 46 / 63%
     * (criteria-and-scores.md 2.1, treatments.md 2a; mateos-2020-bcj), shown beside the 20/2/20, never in its place.
     * `fishAssessed` false ("FISH not assessed") when FISH is missing: the factor is then not known. Carries `applies` and
     * `appliesBasis` as `smmMayo2018` does. */
    smmMayo2018Fish?: SmmMayo2018FishResult;
    /** Review c91-m6 (from engine 0.2.84): the MGUS risk group (IMWG 2010, treatments.md 2a: low, or
     * intermediate/high with >= 1 of M-protein >= 1.5 g/dL, non-IgG, abnormal FLC ratio) behind the MGUS follow-up;
     * present when the record is watched as MGUS, absent otherwise and in Assessments made before. */
    mgus?: MgusRiskResult;
    cytogenetic: CytogeneticRiskResult;
    alMayo2004: AlMayo2004Result;
    alMayo2012: AlMayo2012Result;
    /** IMPEDE VTE (added 2026-12-02): present when an IMiD is given now (in any disease from engine 0.2.77: smouldering
     * myeloma on lenalidomide too), or may be started (untreated myeloma). A range while items are unknown; the
     * group only when the range falls in one band. */
    impedeVte?: ImpedeVteAssessment;
  };
  kidney: {
    egfrCkdEpi2021: number | null;
    crclCockcroftGault: number | null;
    crclWeightBasis: "actual body weight";
    /** The date of the creatinine both values are computed from, when the record gives one (review c11 H1:
     * an old value is never shown as current). Absent in Assessments made before it. */
    creatinineDate?: string | null;
    /** A measured creatinine clearance recorded (labs.measuredCreatinineClearance), mL/min, with its date (from engine
     * 0.2.69; absent when none is recorded). The kidney doses read Cockcroft-Gault (treatments.md's CrCl);
     * alert.kidney-clearances-disagree says when the two fall in different dose bands. */
    measuredCreatinineClearance?: { value: number; date: string | null };
    dialysis: boolean | null;
    rules: RuleTrace[];
  };
  fitness: { imwgFrailty: ImwgFrailtyResult; simplifiedFrailty: SimplifiedFrailtyResult };
  /** IMWG response of the current line (null `current` with `reason` when not measurable). */
  response: ResponseResult;
  linesOfTherapy: LinesOfTherapyResult;
  monitoring: MonitoringResult;
  /** The treatment phase (added 2026-12-01). */
  phase: PhaseResult;
  /** The plan ahead, each step labelled with its phase (added 2026-12-01); empty outside the myeloma and
   * AL pathways. */
  plan: PlanStep[];
  options: AssessmentOption[];
  alerts: Alert[];
  missingData: MissingInput[];
  /** Values sent for a record field and not used that stand (review c86-M2; the record's unusedValues, the latest per
   * field unless a used value is newer): what was sent and why it was not used, as data (alert.unused-value says it in
   * words). Present when not empty (added with review c86-M2). */
  unusedValues?: UnusedValueFact[];
  /** Options left out only because the patient has fewer prior lines than they require (added 2026-12-03,
   * review c15-3), or only because of a finding their evidence excluded (engine 0.2.32, review c23-10;
   * engine/not-offered.ts), each as findings with their sources; absent when there are none and in the
   * compact view. */
  notOffered?: NotOffered[];
  /** The patient's age and sex as recorded (null when not recorded), for the surfaces that word a sentence by them
   * (review c89-m3: the handout's pregnancy-programme words, treatments.md 7a). Added with review c89-m3; present when
   * either is recorded, absent in the compact view. */
  patient?: { age: number | null; sex: "female" | "male" | null };
}

/** An option not offered, with the finding that hides it (engine/not-offered.ts). */
export type NotOffered = NotOfferedForPriorLines | NotOfferedForExclusion | NotOfferedForLabel;

/** The prior lines recorded (`value`) are fewer than the entry requires (`threshold`). */
export interface NotOfferedForPriorLines {
  id: string;
  title: string;
  ruleId: "not-offered.prior-lines";
  fact: "priorLines";
  value: number;
  op: "gte";
  threshold: number;
  citations: CitationId[];
  /** Present when the threshold is this jurisdiction's label (KnowledgeEntry.label), not the option's condition (review
   * c84-M1: teclistamab, US label >= 4 prior lines, EU >= 3). */
  label?: JurisdictionCode;
  /** Present when the other jurisdiction shown has a label needing more lines (teclistamab at 2 prior lines: EU >= 3,
   * US >= 4). */
  otherLabel?: { jurisdiction: JurisdictionCode; threshold: number };
  /** Present when the threshold is another jurisdiction's label and the clinical reference gives no line requirement
   * for these shown jurisdictions (elranatamab, talquetamab, linvoseltamab in the EU: treatments.md 5c). */
  notInReference?: JurisdictionCode[];
}

/** Findings the entry's evidence excluded (added with engine 0.2.32, review c23-10): each situation fact with
 * the value recorded and why it keeps the option out (Tec-Dara after BCMA-directed therapy: MajesTEC-3
 * excluded it, the US label does not). */
export interface NotOfferedForExclusion {
  id: string;
  title: string;
  ruleId: "not-offered.exclusion";
  findings: { fact: string; value: boolean; because: string }[];
  citations: CitationId[];
}

/** Added with review c86-m3: a label element other than a line count not met in every jurisdiction shown, the entry's
 * own condition met (cilta-cel in the EU view, its EU label's "progressed on last therapy" not met: treatments.md 5b).
 * Each finding is a yes/no fact of the label with the value recorded. */
export interface NotOfferedForLabel {
  id: string;
  title: string;
  ruleId: "not-offered.label";
  label: JurisdictionCode;
  findings: { fact: string; value: boolean }[];
  citations: CitationId[];
}

export type { KidneyValue };

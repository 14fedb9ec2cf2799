/** The result types of lines-of-therapy counting (re-exported by lines.ts, their public home). */
import type { MissingInput, RuleTrace } from "../model/trace.js";
import type { DrugClass } from "./drug-classes.js";

export interface LineOfTherapy {
  number: number;
  /** Indexes into facts.treatmentHistory (after sorting by start) that make up this line. */
  entries: number[];
  regimens: string[];
  drugs: string[];
  start: string;
  end: string | null;
  includesAsct: boolean;
  bestResponse: string | null;
  progressed: boolean | null;
  /** Progressed on this line or within 60 days of its last dose, or never responded (IMWG 2011); null when
   * the record cannot tell. Absent on results built before 2026-12-01. */
  refractory?: boolean | null;
}

export interface LinesOfTherapyResult {
  lines: LineOfTherapy[];
  /** Completed or current lines counted by the consensus definition. */
  count: number;
  /** Lines before the current one (the "prior lines" of drug labels), counting a line in progress as current. */
  priorLines: number;
  /** Whether a line is ongoing as of asOf. */
  onTherapy: boolean;
  exposedDrugs: string[];
  refractoryDrugs: string[];
  exposedClasses: DrugClass[];
  refractoryClasses: DrugClass[];
  lenalidomideRefractory: boolean | null;
  /** Refractory to an anti-CD38 antibody (progression on it or within 60 days of its last dose, after at least
   * 4 weeks of it): null when an entry with one has an outcome not recorded (as lenalidomide's, review c33-M3). */
  antiCd38Refractory: boolean | null;
  /** Present (true) when lenalidomide's refractoriness is not known and a progression of the last line by asOf
   * would make it refractory: its entry with the drug ended within 60 days of asOf (review c34-F3). The "if
   * the line has progressed" options read it. */
  lenalidomideRefractoryIfProgressed?: true;
  /** The same for an anti-CD38 antibody. */
  antiCd38RefractoryIfProgressed?: true;
  /** Present when not empty: every drug (steroids aside) a progression of the last line by asOf would make
   * refractory, not refractory now (review c35-G5: pomalidomide after Isa-Pd too); the "if the line has
   * progressed" options are reviewed against it as against refractoryDrugs. */
  refractoryDrugsIfProgressed?: string[];
  /** Present when not empty (from engine 0.2.52): the anti-CD38 antibodies the disease progressed on, or within 60
   * days of their last dose, after fewer than 4 weeks of them: not refractory by MAMMOTH's definition (>= 4 weeks
   * of therapy, criteria-and-scores.md 9.3), so refractoriness to the class is not established, nor ruled out
   * (review c38-K1, c39-L8). */
  antiCd38ProgressedUnder4Weeks?: string[];
  /** Present with antiCd38ProgressedUnder4Weeks (from engine 0.2.56): each such course, with its regimen, its start
   * and the days of therapy counted (courses given without a break before it included; review c43-m2: the
   * caution names which course). */
  antiCd38ShortCourses?: { drug: string; regimen: string; start: string; daysOfTherapy: number }[];
  /** Present when not empty (from engine 0.2.57): the drugs (steroids aside) whose refractoriness an entry leaves not
   * known (an outcome or a last dose not recorded) and no other entry settles, outside the "if the line has
   * progressed" reading (refractoryDrugsIfProgressed). An option giving one again is at most "consider" (review
   * c45-U1: leaving DKd's end blank kept Tec-Dara "preferred"). */
  refractoryNotKnown?: string[];
  /** Present when not empty (from engine 0.2.69): the drugs (steroids aside) of entries whose best response is SD, in a
   * line none of whose entries reached MR or better (non-responsive, IMWG 2011, criteria-and-scores.md 9.2), that no
   * progression makes refractory. SD is no
   * progression: the refractoriness the options and labels read is progression-based (treatments.md 5; MAMMOTH). An
   * option giving one again is at most "consider", with a caution (review c53-W2). */
  nonResponsiveDrugs?: string[];
  /** Present when not empty (from engine 0.2.56): entries recorded `progressedOn: false` that are refractory all the
   * same, a progression on a later entry having come within 60 days of their last dose (IMWG 2011; review c44-m2:
   * the record's answer was overridden without a word). `entry` is the record index. */
  /** Present when not empty (review c60-M3): each line-count question asked (a `plannedWithPrevious` field of
   * `missing`) about an entry begun by asOf, and how its answer against the reading would change the number of lines
   * begun by then: -1 (two lines read as one: bridging before a CAR-T, a planned tandem, a planned sequence), +1 (one
   * line read as two: maintenance or a transplant read as planned). Every line is begun by asOf, so the prior lines
   * of drug labels change by as much. */
  countQuestions?: { field: string; change: -1 | 1 }[];
  refractoryDespiteRecordedNo?: {
    entry: number;
    regimen: string;
    lastDose: string;
    daysAfterLastDose: number;
    progressionOn: string;
  }[];
  /** Therapy for smouldering myeloma still given while today's values meet active myeloma, its outcome not
   * recorded (review c14): its drugs' refractoriness is not known (the disease may have progressed on it). */
  smmTherapyOutcomeUnknown: boolean;
  tripleClassExposed: boolean;
  tripleClassRefractory: boolean;
  /** Triple-class refractory with 2 PIs or 2 IMiDs (MAMMOTH). */
  quadRefractory: boolean;
  pentaRefractory: boolean;
  priorAsct: boolean;
  priorBcmaTherapy: boolean;
  /** Drug names the class table does not know (classed "other"). */
  unknownDrugs: string[];
  rules: RuleTrace[];
  missing: MissingInput[];
}

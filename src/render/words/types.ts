/** The words a patient handout is composed from, one table per language (en.ts first). The handout code
 * picks entries by data (category, phase, option kind, drug, question id); a language fills every slot. */
import type { AssessmentOption, TreatmentPhase } from "../../engine/assessment.js";
import type { DoseChange, DoseChangeReason } from "../../knowledge/drug-rules.js";
import type { AmyloidOrgan, DiagnosisCategory, OptionKind, ResponseCategory } from "../../model/enums.js";
import type { ResponseResult } from "../../response/response.js";
import type { CautionTopicId, PlainFieldKey, PlainRiskKey, PlainTerm } from "../plain-words.js";

/** The languages patient texts are written in. */
/** The blood counts low after a BCMA CAR-T infusion (review c77-m3): at least one is true. */
export interface CarTLowCounts {
  neutrophils: boolean;
  platelets: boolean;
}

export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

/** A measure whose value is in the record without a date (ResponseResult.baselineUndated). */
export type UndatedMeasure = NonNullable<ResponseResult["baselineUndated"]>[number];

/** A drug as a patient can say it, and (for care alongside treatment) what it is for. */
/** The staging system of a myeloma stage said to the patient (render/extras.ts stageScale). */
export type StageScale = "R-ISS" | "ISS";

/** Review c83-W1: the bone events recorded before a scan of the bones (handout-facts.ts boneEventNotImaged). */
export type BoneEventKind = "cord" | "fracture" | "both";
/** Review c88-W1: which results predate the M-protein reaching the smouldering level (handout-facts
 * workUpBeforeSmmLevel). */
export type OldWorkUp = "both" | "marrow" | "imaging";
/** After what the vaccination card's patient words change (handout-facts vaccinesAfter). */
export type VaccinesAfter = "car-t" | "transplant";

export interface DrugWords {
  name: string;
  role?: string;
}

export interface OptionNameInput {
  drugs: string[];
  key: string | null;
  role: string | null;
  code: string | null;
  count: number;
}

/** Where the patient stands (`now`) and a plan step of the phase (`step`). */
export interface PhaseWords {
  now: string;
  step: string;
}

/** What the plan ahead looks like from the patient's side. */
export type PlanStatus = "done" | "current" | "next" | "later" | "if-progressed";

/** Situations the "what happens next" fallback and the framing sentences are chosen by. */
/** Critical alerts the patient texts name plainly (handout-facts NAMED_ALERT_URGENCY says how soon to act). */
export type NamedAlertId =
  | "alert.spinal-cord-compression"
  | "alert.hyperviscosity"
  | "alert.hypercalcemia-severe"
  | "alert.hypercalcemia"
  | "alert.ndmm-renal-impairment.from-myeloma";

export type Situation =
  | "empty"
  | "unclear"
  | "mgus"
  | "smoldering-myeloma"
  | "mm-new"
  | "mm-on-treatment"
  | "mm-progressed"
  | "plasmacytoma"
  | "al-amyloidosis";

export const QUESTION_IDS = [
  "nextTests",
  "whenResults",
  "meaning",
  "checkups",
  "signs",
  "watchOrTreat",
  "whichTreatment",
  "working",
  "whatNext",
  "transplant",
  "heartKidneys",
  "radiation",
  "sideEffects",
  "dailyLife",
  "dailyLifeHelp",
  "trial",
  "overdue",
  "whoToCall",
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Missing tests the handout can explain, in the order it lists them. */
export const TEST_IDS = [
  "protein",
  // Review c91-m5: the 24-hour urine M-protein alone missing (the blood protein known).
  "urineMProtein",
  "lightChains",
  "amyloidType",
  "marrow",
  "imaging",
  // Review c91-m2: the MRI alone missing (another whole-body scan done).
  "mri",
  "organs",
  "igg",
  "urineProtein",
  "kidneyBiopsy",
  "amyloidTissue",
  "genes",
  "marrowCellType",
  "genesIgm",
] as const;
export type TestId = (typeof TEST_IDS)[number];

/** The full plain-language summary (patient.ts): every sentence it writes around the findings. */
export interface SummaryWords {
  /** The decision-support notice, at the top and the end. */
  notice: string;
  /** What made the summary, and the date of the results it uses. */
  madeBy(date: string): string;
  headings: {
    /** Above the urgent words of a critical alert, right after the opening (handout.ts urgentWords). */
    urgent: string;
    findings: string;
    risk: string;
    health: string;
    treatment: string;
    tests: string;
    options: string;
    missing: string;
    questions: string;
    remember: string;
  };
  likely(name: string): string;
  moreTestsToBeSure: string;
  subtype(code: string): string;
  couldChange: string;
  riskFirst(group: string): string;
  riskSecond(group: string, second: boolean): string;
  riskUnknown: string;
  /** `scale`: the staging system the stage is of (R-ISS, else ISS), named in words so the patient hears the same
   * stage as the clinician's screen shows (review c60-m5). */
  myelomaStage(n: string, scale: StageScale, past: boolean): string;
  stageUnknown: string;
  genesUnknown: string;
  /** Not high risk by the IMS/IMWG 2025 definition the summary reads, high risk by an older one (IMWG 2016 or
   * mSMART 3.0) the clinician's screen also shows (review c60-m5): said in place of "no high-risk changes". */
  genesStandardNewestOnly: string;
  alStage2012(n: string): string;
  alStage2004(n: string): string;
  kidneyScore(n: number): string;
  kidneyUnknown: string;
  dialysis: string;
  fitnessGroup(name: string): string;
  /** IMWG fit or intermediate, but frail on the simplified scale (age, Charlson, ECOG; criteria-and-scores
   * 8.2): said after the group, so that "studied in people fitter than you" reads true (review c23-5). */
  simplifiedFrail: string;
  lines(n: number): string;
  confirmNeeded: string;
  /** The card of the line being given, in place of its usual text, when results changed (handout-facts
   * resultsChanged; review c61-U1): the team may keep it while it checks them, never "the usual choice". */
  continueWhileResultsChecked: string;
  /** The card of the line being given when it is being studied (handout-facts lineBeingStudied; review c73-m2): its
   * usual text without "the usual choice"; `currentStudied` is said in place of the strength's meaning. */
  continueStudied: string;
  responseUnknown: string;
  activeAgain: string;
  antibodyInterference: string;
  /** Re-check c71-m4: the band back after a complete response while an anti-CD38 antibody may explain it (handout-facts
   * bandBackMayBeMedicine), in place of "at least ... it may be even better". */
  bandBackMayBeMedicine: string;
  /** AL amyloidosis: the response is graded by the AL criteria, UNVERIFIED in the clinical reference. */
  alResponseUnverified: string;
  /** A test past the longer end of its interval range (`date`: when it was due, the shorter end). */
  testOverdue(test: string, date: string): string;
  /** Review c60-M4: a test due (from the shorter end of its interval range, `date`) and not yet overdue. */
  testDue(test: string, date: string): string;
  testNext(test: string, date: string): string;
  someOverdue: string;
  /** Review c60-M4: some tests due now, none overdue. */
  someDue: string;
  whatItIs: string;
  medicines(drugs: string[]): string;
  /** An option with drugs the disease is refractory to (handout-facts refractoryDrugsIn), said after why it
   * may fit: the disease stopped responding to them (review c13 words, finding 2; review c17 handout 6). */
  hadBefore(drugs: string[]): string;
  /** An option with an anti-CD38 antibody whose class the disease is refractory to (handout-facts
   * refractoryClassIn): `drug` is of the same kind as `had`, which stopped working (review c36-H4). */
  hadBeforeClass(drug: string, had: string): string;
  /** An option with drugs the disease did not respond to (handout-facts nonResponsiveDrugsIn; review c54-8: best
   * response SD, no progression): they did not work well before, as the clinician card's caution says. */
  didNotWorkWell(drugs: string[]): string;
  /** An option's anti-CD38 antibody of the same kind as one the disease did not respond to (handout-facts
   * nonResponsiveClassIn; review c55-5). */
  didNotWorkWellClass(drug: string, had: string): string;
  whyFits: string;
  /** The same heading for an option marked "may be too strong for you" (review c22-14: "why it may fit you"
   * right under that mark read as a contradiction). */
  aboutIt: string;
  /** The title's qualifier when the same regimen is listed twice, with and without a transplant (review
   * c22-14: D-VRd and Isa-VRd were listed as near-twins, told apart only by a bullet further down). */
  titleWithTransplant: Readonly<Record<"transplant-candidate" | "not-transplant-candidate", string>>;
  askAbout: string;
  /** Review c89-m4: the lead-in of the topics several options share, said once above them (full summary). */
  askAboutShared: string;
  /** A shared topic with the numbers of the options it is about ("Blood clots (options 1, 2 and 5)"). */
  askAboutFor: (topic: string, numbers: readonly number[]) => string;
  whatToWatch: string;
  unverified: string;
  noOptions: string;
  optionsIntro: string;
  /** Said under "what happens next" when warning alerts are raised and nothing is urgent (review c18: a
   * relapse from CR, a warning, had left the patient texts with "the disease has not grown" alone). */
  alertWarning: string;
  missingIntro: string;
  missingItem(name: string): string;
  questions: Readonly<
    Record<
      | "meaning"
      | "checkups"
      | "signsWorse"
      | "whichOption"
      | "sideEffects"
      | "dailyLife"
      | "transplant"
      | "trial"
      | "moreTests"
      | "dueTests"
      | "whoToCall",
      string
    >
  >;
  rememberTalk: string;
}

/** The plain-language glossary in one language (plain-words.ts holds the English one). */
export interface GlossaryWords {
  optionKind: Readonly<Record<OptionKind, PlainTerm>>;
  strength: Readonly<Record<AssessmentOption["strength"], PlainTerm>>;
  risk: Readonly<Record<PlainRiskKey, PlainTerm>>;
  stage: Readonly<Record<"myeloma" | "amyloidosis", PlainTerm>>;
  field: Readonly<Record<PlainFieldKey, string>>;
  cautionTopic: Readonly<Record<CautionTopicId, string>>;
  /** "What it is" for an option whose kind's meaning would not fit it, by option id (e.g. an operation
   * on a soft-tissue lump, where the kind's example is a weak bone). */
  optionMeaningById: Readonly<Record<string, string>>;
  /** "What it is" for a medicine treatment of one drug (the kind's meaning says "medicines"; review c17
   * handout 28). */
  oneMedicine: string;
  /** Review c91-m4, c90-m5: how one drug is given, said after oneMedicine, for the drugs whose route the reference
   * gives (treatments.md 5c: teclistamab and elranatamab SC, linvoseltamab IV). Any other drug: no route is said here
   * (its own option text may say it), never "a pill, a shot or a drip". */
  route: Readonly<Partial<Record<string, string>>>;
}

/** Every patient-facing word in one language: the handout's own, the full summary's and the glossary. */
export interface HandoutWords {
  lang: Lang;
  title: string;
  /** Shown once, near the top. */
  notice: string;
  madeBy(date: string): string;
  /** An ISO date as the reader writes it ("26 November 2026"). */
  date(iso: string): string;
  headings: { meaning: string; next: string; options: string; support: string; questions: string };
  category: Readonly<Record<DiagnosisCategory, PlainTerm>>;
  /** "Your results fit a condition called X." */
  fits(name: string): string;
  /** Said after the category when amyloid was typed as another protein than light chain (review c48-F5): the
   * MGUS words then leave out "only checkups". */
  otherAmyloid: string;
  /** MGUS with a peripheral neuropathy recorded (review c48-F6): the link is checked. */
  neuropathyLinked: string;
  /** Said after the category when AL amyloidosis is met too, beside myeloma (diagnosis alsoMeets; review c48-F1). */
  alsoAl: string;
  /** Review c79-m4: the engine's alert.plasma-cell-leukaemia (circulating plasma cells at or above the IMWG 2021 level
   * with myeloma): what it means, and that the team plans its care. */
  plasmaCellLeukaemia: string;
  /** Re-check c81-m4: the same alert on treated myeloma, where the team judges whether it is a leukaemic change (the
   * IMWG 2021 definition is of primary plasma cell leukaemia): not named as one. */
  plasmaCellLeukaemiaTreated: string;
  /** Review c85-m1: the organs the record names as involved by AL amyloid (the IMWG 2014 organ criterion's inputs), in
   * plain words, said after the AL meaning. */
  alOrgans(organs: readonly AmyloidOrgan[]): string;
  /** Review c85-m1: the patient's words of alert.al-cardiac-drugs (treatments.md 6, UNVERIFIED there): tell the doctor
   * before a heart medicine is started or changed, with the "still being checked" mark. */
  alHeartMedicines: string;
  /** Said after AL amyloidosis when multiple myeloma is not excluded (review c76-W2): the diagnosis is clear, one scan
   * checks for myeloma too. */
  alMyelomaNotExcluded: string;
  /** Light-chain MGUS with the marrow not assessed (review c76-m5): its name, and what can make sure (the marrow and
   * a scan, or the marrow alone). */
  lightChainMgusNoMarrow: { fits: string; marrowAndScan: string; marrow: string };
  /** The AL transplant's words while a heart blood test of its gates is missing (review c76-M1), in place of its own
   * "your heart blood tests pass the checks". */
  alAsctGatesNotKnown: string;
  /** The AL transplant held because the troponin T is a high-sensitivity one, its gate not read (review c53-W3; the
   * c76-M1 helper's leftover): the usual test is still needed. */
  alAsctTroponinNotRead: string;
  /** For an indeterminate category with a finding that points to one condition. */
  couldFit(name: string): string;
  /** The transfusion card's words while the blood is too thick (hyperviscosity): it waits. */
  transfusionAfterThinning: string;
  /** The vaccination card's words after a CAR-T infusion or a transplant with no treatment now (handout-facts
   * vaccinesAfter; review c80-m2): the timing from that team, no live vaccine without its word (treatments.md 8c). */
  vaccinesAfter: Readonly<Record<VaccinesAfter, string>>;
  /** Anaemia on lenalidomide maintenance whose cause is to be looked for first (review c11 M9): said where
   * the treatment is, before any blood-count treatment is named. */
  anaemiaCauseFirst: string;
  /** On a bispecific antibody with no blood count taken since it started (alert.bispecific.no-count-since-start;
   * review c30-W3): said where the treatment is. */
  countSinceStartNeeded: string;
  /** For a record with no finding at all. */
  tooFewResults: string;
  unclear: string;
  /** Kind framing, by situation (never a promise). */
  framing: Readonly<Partial<Record<Situation, string>>>;
  /** Refractory disease (phase "refractory"): calm, factual words in place of the progression framing; the
   * phase line already says the disease grew on or soon after the latest treatment. */
  framingRefractory: string;
  responseName: Readonly<Record<ResponseCategory, PlainTerm>>;
  /** `setAtDiagnosis` stands in for the myeloma stage at relapse (the ISS family is defined at diagnosis)
   * or on treatment when the record has no values dated before it; `atDiagnosis` gives the stage at
   * diagnosis when the record dates its values before the first treatment (extras stageAtDiagnosis). */
  stage: {
    /** `scale` as in `myelomaStage`; `past` once the disease has been treated (review c79-m5: the ISS family is
     * staged at diagnosis, criteria-and-scores.md 3; "is stage 3" read as today's stage in a complete response). */
    myeloma(n: string, scale: StageScale, past: boolean): string;
    /** After an R-ISS stage when the ISS stage differs (the clinician's screen leads with it; review c60-m5). */
    olderScale(n: string, past: boolean): string;
    /** `top`: the highest stage of the scale (Mayo 2012: 4; Mayo 2004: 3, review c17 handout 21); `past` as for
     * myeloma (the Mayo stages are staged at diagnosis, criteria-and-scores.md 5). */
    amyloidosis(n: string, top: string, past: boolean): string;
    setAtDiagnosis: string;
    atDiagnosis(n: string): string;
    /** Review c76-m4: an AL stage (Mayo 2012 or 2004) not built from the values before the first treatment alone (some
     * markers on treatment): not said; the stage is one at diagnosis (criteria-and-scores.md 5.1-5.2). */
    alSetAtDiagnosis: string;
  };
  highRiskGenes: string;
  /** The disease came back within a year of the transplant (alert.early-relapse-after-asct): a sign of
   * higher risk, a reason to start the next treatment soon. */
  earlyRelapseAfterTransplant: string;
  /** High risk by IMS/IMWG 2025 criterion 4 (beta2-microglobulin with normal creatinine), not by genes. */
  highRiskB2m: string;
  /** The same, read from values at diagnosis (handout-facts b2mHighAtDiagnosis): said in the past. */
  highRiskB2mAtDiagnosis: string;
  /** Smoldering myeloma: the chance of active myeloma within 2 years, `n` in 100 people, by the figure of
   * the model that gave the group (handout-facts SMM_TWO_YEAR_PROGRESSION; review c17 handout 12). */
  smmChance(n: number): string;
  /** Review c91-M5: the risk figure (or, for the imaging alone, the diagnosis) rests on a marrow and/or a scan done before
   * an evolving M-protein began to rise (Assessment diagnosis.workUpBeforeRise). */
  smmChanceOlderTests(marrow: boolean, imaging: boolean): string;
  /** Smoldering myeloma with a treatment listed: watching closely or treatment (not only "watch it"). */
  smmWatchOrTreat: string;
  treatedBefore: string;
  /** Being treated now for smouldering myeloma (not "had treatment before"; review c20 handout 2). */
  onSmmTreatmentNow: string;
  /** Treated, on the first line now (not "treated before": review c14 finding 10). */
  onFirstTreatment: string;
  /** `mayBeGrowing`: a progression measured once, awaiting its confirming repeat test (IMWG). */
  /** `mrdNegative` / `mrdPositive`: the marrow MRD result, said only with a complete response (IMWG 2016:
   * MRD applies only in CR or sCR); `mrdNotYet`: an MRD result recorded below a complete response. */
  response: {
    good(name: string): string;
    /** A response (MR or better) seen on one assessment only: IMWG 2016 needs two consecutive assessments
     * (criteria-and-scores.md 6.2), so it is not named yet. */
    early: string;
    /** `name` confirmed at two consecutive assessments, with a deeper response on one assessment only. */
    deeper(name: string): string;
    /** A response held back by antibody interference: at least `name`, maybe better. */
    atLeast(name: string): string;
    growing: string;
    /** AL amyloidosis with no haematologic response on the line (below PR; review c23-3): not "stable
     * disease", which reads as good news. */
    alNotEnough: string;
    /** Review c76-W1: AL amyloidosis with a CR or VGPR lost since the last line (the light chain rising): never "a good
     * response"; off therapy, and on the line being given. */
    alLightChainRising: string;
    alLightChainRisingOnTreatment: string;
    /** Review c78-M1: AL, the level reached failed on the latest light chain value only: a repeat, never "a good
     * response". */
    alLightChainHigherOnce: string;
    /** Review c91-M3: AL, a partial response below the VGPR goal at the engine's switch rule (alert.al.below-vgpr-on-line;
     * treatments.md 6: change therapy if < VGPR after 4 cycles): lowered, not as far as the goal, never "a good
     * response". */
    alBelowGoal: string;
    /** Review c90-m2: a complete response recorded on the line being given, graded below it now with no progression
     * (criteria-and-scores.md 6.2): the protein found again, watched, never "a good response" alone. */
    backAfterComplete: string;
    /** A confirmed progression with every IMWG clinical-relapse item known absent (a biochemical-only
     * relapse, criteria-and-scores.md 6.2): no call today; the timing of the next line is the team's. */
    growingLabsOnly: string;
    mayBeGrowing: string;
    /** The followed protein rose again from its lowest value on the line, a progression by the IMWG 2006/2011
     * wording that the 2016 wording does not (yet) call one (response.pdByOlderWording; review c41-m5): said
     * after the response, so "a good response" never stands alone beside "argue against going on". */
    risenSinceLowest(measure: "serum" | "urine" | "flc"): string;
    /** Results that may mean the disease is coming back while the grade still reads as a response (handout-facts
     * resultsChanged; review c60-U1): said in place of the response's name. */
    changed: string;
    /** A negative result that meets the IMWG definition (NGF or NGS, at least 1 in 10^5). */
    mrdNegative: string;
    mrdPositive: string;
    /** A negative result by another method or at a coarser sensitivity (not IMWG MRD-negative, review c20). */
    mrdNegativeLessSensitive: string;
    /** A negative result without its method or sensitivity: not said to be "very sensitive". */
    mrdNegativeSensitivityUnknown: string;
    mrdNotYet: string;
    /** A negative MRD result while the response is not graded (the baseline not known, or antibody interference):
     * whether it is a complete response is not known, so the team says what it means (review c85-m2: "can only be
     * read once the tests show a complete response" read as "not in complete response"). */
    mrdNotGraded: string;
    /** Review c88-M1: after a CAR-T infusion, no test of the disease since it (response.readFromCarTInfusion, not
     * graded): too early to tell; no day is said (the reference gives none). */
    notYetAfterCarT: string;
    /** Review c87-M5: graded below CR while the serum criteria of CR are met (response.serumCrCriteria): the blood
     * tests no longer find the protein; urine and marrow tests tell whether it is a complete response. */
    serumClearUrineMarrowToTell(awaiting: readonly ("urine" | "marrow")[]): string;
  };
  /** A critical result to call about today (not an emergency). */
  urgent: string;
  /** The call today when every critical alert is a change to a drug of the line being given: about its
   * reason (`doseChangeReason`, joined with `and`), a symptom, not "some of your results" (review c17 handout
   * 15). */
  urgentAbout(reason: string): string;
  /** Clot prevention when the clot risk with a myeloma pill is high (alert.vte.imid-high-risk): `hadClot`
   * when the record says the patient had a clot before, `highRisk` otherwise. One line each. */
  clotPrevention: { hadClot: string; highRisk: string };
  /** The same, when a drug being given is held for low platelets (review c67-m2), or the platelets are below 50
   * x10^9/L (review c77-m2, alert.vte.imid-high-risk-low-platelets): whether a blood thinner is right
   * while they are low is asked, never a bare "ask about a blood thinner shot" beside the bleeding warning. */
  clotPreventionLowPlatelets: { hadClot: string; highRisk: string };
  /** Review c89-m1: platelets below 50 x10^9/L while a blood thinner or aspirin is taken now (the engine's
   * alert.anticoagulation.low-platelets): bleeding is more likely; call at once for bleeding or bruising (the CAR-T
   * low-count words' call). No threshold, no "stop it". One line. */
  thinnerLowPlatelets: string;
  /** Calcium below the laboratory's lower limit with denosumab given or listed
   * (alert.denosumab.calcium-below-lower-limit, treatments.md 8a). One line. */
  lowCalciumDenosumab: string;
  /** Denosumab stopped with no bone medicine after it (alert.denosumab.stopped-plan-transition, treatments.md 8a:
   * stopping is hard, so the transition is planned; review c67-M1). One plain sentence. */
  denosumabStopped: string;
  /** Zoledronic acid held for a creatinine rise (zoledronic-acid.renal.creatinine-rise-hold, treatments.md 8a; review
   * c68-M2), said with the bone medicines' line. One plain sentence. */
  zoledronicAcidPaused: string;
  /** Review c70-M2: untreated myeloma whose only myeloma-defining event is the anaemia, its attribution not recorded
   * (the engine's alert.anaemia-only-event-attribution). One line. */
  anaemiaAttribution: string;
  /** Review c74-U2: a pregnancy recorded (the engine's alert.pregnancy-imid-contraindicated): some myeloma medicines
   * cannot be used during pregnancy. One line, no "safe". */
  pregnancyImid: string;
  /** Review c75-U1: a pregnancy recorded while the treatment being given holds lenalidomide, thalidomide or
   * pomalidomide (generic English names; the engine's <drug>.being-given-in-pregnancy alerts): contact the team today,
   * before the next dose. Said instead of `pregnancyImid`. */
  pregnancyImidBeingGiven(drugs: string[]): string;
  /** Review c75-U1: the plan's step now, when that is so (never "your current treatment" as if nothing were wrong). */
  pregnancyCurrentStep: string;
  /** Review c75-M2: a pregnancy recorded: the options listed were not chosen with it in mind. No "safe". */
  optionsNotWeighedPregnancy: string;
  /** Two laboratory results that cannot both be right (engine/data-quality.ts: an M-spike above the total
   * immunoglobulin of its type, or light chains against the recorded type). One line. */
  labsDisagree: string;
  /** After a BCMA CAR-T infusion (the engine's alert.car-t.first-two-weeks / alert.car-t.after-infusion,
   * review c10-H1): `given` in place of the phase's words (a one-time infusion, nothing to keep taking);
   * `firstWeeks` within 2 weeks of it (US label since 2025-06-26: no driving, stay near the centre; when to
   * go to hospital); `later` after that (the later effects to report; lifelong check-ups); `step`: the plan
   * step now (check-ups, not "your current treatment"); `on(date)`: the day of the infusion, when the phase
   * names it (c11a; the date already in this language's long form); `undated` in place of `given` when the
   * record does not give the infusion's day (alert.car-t.infusion-day-not-recorded, review c29-U1'), followed
   * by `firstWeeks`. `lowCounts`: the counts low since the infusion (review c77-m3: alert.car-t.neutropenia-grade-3,
   * alert.car-t.thrombocytopenia-grade-3), what they make more likely and when to call; the fever left out when
   * `feverSaid` (the first weeks' or later words already say it). */
  carT: {
    given: string;
    undated: string;
    firstWeeks: string;
    later: string;
    step: string;
    /** Review c88: the plan step now in the first 2 weeks after the infusion (the engine's step code
     * car-t-first-two-weeks): the close watch until `until` (the date in this language's long form), then regular
     * checkups. */
    firstWeeksStep: (until: string) => string;
    on: (date: string) => string;
    lowCounts: (low: CarTLowCounts, feverSaid: boolean) => string;
  };
  /** On a first-line regimen given until progression (DRd, MAIA; review c10-W2): in place of the induction
   * phase's `now` words ("the first part of treatment"). */
  continuousNow: string;
  /** The step now of DRd given as one continuous course (plan code continuous-drd; review c83-m4). */
  continuousStep: string;
  /** Review c69-M1: a first-line regimen given until progression (DRd, D-Rd, Isa-Rd, Rd) stopped without progression,
   * nothing since: in place of the finished line's `now` words; the team checks the tests and talks about restarting. */
  continuousStoppedNow: string;
  /** Review c69-M1: that regimen, the plan's step done (not "first treatment to get the disease under control"). */
  continuousStoppedStep: string;
  /** Re-check c72-W1/M1: the first line stopped before a response was shown (engine plan STOPPED_EARLY_TITLE): what is
   * now, the stopped step, and the step now. */
  /** Re-check c72-m3: a relapse line stopped (toxicity, the patient's choice) with its outcome not known (engine plan
   * LINE_STOPPED_NOW): what is happening now. */
  /** Re-check c71-m5: maintenance stopped without progression (the plan's done step before the restart talk). */
  maintenanceStoppedStep: string;
  lineStoppedNow: string;
  stoppedEarlyNow: string;
  stoppedEarlyStep: string;
  nextTreatmentTalkStep: string;
  /** Review c69-M1: the plan's step now after it: checkups, and the talk about restarting (not "Next: long-term
   * treatment"). */
  restartTalkStep: string;
  /** After the transplant with its post-transplant step done and maintenance next (review c63-m2): in place of the
   * post-transplant phase's `now` words ("getting over it") beside the plan's "Done" step. */
  postTransplantStepsDone: string;
  /** After the transplant, `months` or more since its line ended with no treatment since (re-check c66-M2 rest): the
   * transplant as past, not "getting over it". */
  postTransplantLongAgo(months: number): string;
  /** The line being given has a bispecific antibody (review c10-M1; treatments.md 5c): `warningSigns` of CRS
   * and ICANS (boxed warning for all four); in its first 2 weeks the stay after each step-up dose, by the
   * teclistamab label the assessment shows (`stepUpUs`: US PI, in hospital 48 h; `stepUpEu`: EU SmPC, near a
   * facility with daily checks for 48 h; else the options' `optionsStepUpDoses`); `talquetamab`: its own
   * (GPRC5D) side effects. */
  /** `infections`: past the first weeks, when fever is rather an infection's sign (review c57-M2). */
  onBispecific: {
    warningSigns: string;
    stepUpUs: string;
    stepUpEu: string;
    talquetamab: string;
    infections: string;
    /** Said after `infections` unless the page says it beside a low count already (review c80-m5). */
    fever: string;
  };
  /** A critical alert named plainly (handout-facts NAMED_ALERT_URGENCY); after the problems, once,
   * `urgentNow` when one needs urgent care now, else `urgent`. */
  emergency: Readonly<Record<NamedAlertId, string>> & { urgentNow: string };
  /** The cord compression and the thick blood in one sentence, when both are raised (review c17 handout 38). */
  emergencyCordAndThickBlood: string;
  /** What happens next when the Assessment has no plan. */
  nextFallback: Readonly<Record<Situation, string>>;
  /** The empty and unclear fallbacks when no test the summary can explain is listed after them (they end
   * by introducing the tests otherwise). */
  nextFallbackNoTests: { empty: string; unclear: string };
  /** What happens next for a solitary plasmacytoma after its definitive radiotherapy (follow-up, NCCN). */
  nextAfterRadiotherapy: string;
  /** Where the patient stands when no line of therapy has started but local therapy without a drug is
   * recorded (an operation, radiation beside myeloma): not "no treatment yet". */
  untreatedLocalTherapy: string;
  /** No line of myeloma therapy, but treatment for smouldering myeloma recorded (its drugs, in the patient's
   * words): not "no treatment yet" (review c20 handout 1). */
  untreatedAfterSmmTherapy: (drugs: string[]) => string;
  /** A treatment read as finished while an earlier one with no end recorded may still be taken (review c60-M2): the
   * team confirms the medicines taken now; never "you have finished a treatment". */
  mayStillTake: (drugs: string[]) => string;
  /** `relapsed.onLine` and `relapsed.onLineStep` are for a treatment for relapse being given with no
   * progression on it (the phase's `progressed` is false): said in place of `now` and of the plan step now,
   * which are for disease that has grown again. */
  phase: Readonly<Record<Exclude<TreatmentPhase, "relapsed">, PhaseWords>> & {
    readonly relapsed: PhaseWords & { onLine: string; onLineStep: string };
  };
  /** A finished line whose outcome the record does not show (phase.progressed null): in place of
   * "line-finished" `now`, which says the disease has not grown. `possible`: a progression was measured but
   * is not confirmed yet; `unknown`: nothing tells; `afterRadiotherapy`: a solitary plasmacytoma's
   * radiotherapy is finished; no response is assessed against it, so the summary cannot tell (review c18 M1);
   * `afterRadiotherapyRising`: the same with the engine's rising M-protein alert (review c28-M5: "cannot tell"
   * beside "your protein level has been going up"). */
  lineOutcomeOpen: {
    possible: string;
    unknown: string;
    afterRadiotherapy: string;
    afterRadiotherapyRising: string;
    /** Review c76-W1: AL, a response lost since the line ended: never "the disease has not grown". */
    alLightChainRising: string;
    /** Review c78-M1: AL, the latest light chain value alone above the level reached: the repeat before the next step. */
    alLightChainHigherOnce: string;
    /** Re-check c78-W1: AL, a response lost on the line still given: not "the first part of treatment ... to get the
     * disease under control". */
    alLightChainRisingOnLine: string;
  };
  /** The step after the transplant when it lists no consolidation (VRd induction: consolidation outside
   * D-VRd / D-VTd is unproven, treatments.md 3c): recovery, not more treatment (review c18 diff review). */
  recoveryStep: string;
  /** A plan step whose options the reference does not cover here, each for the team to decide (handout-facts
   * teamDecidesFit; review c32-M2: "Next: Long-term treatment to keep it down" after VMP). */
  teamDecidesStep: string;
  /** Review c63-U1: the plan step of stem cell collection and storage with the transplant kept for later (no
   * transplant now), not "Stem cell transplant". */
  collectionForLaterStep: string;
  /** Review c65-M2: the plan step of a stem cell collection recorded before a transplant (done), not "Stem cell
   * transplant". */
  collectionStep: string;
  /** Review c63-W1: the first line ended with fewer D-VRd cycles than CEPHEUS's 8: the rest of it is next, before the
   * long-term treatment. */
  restOfFirstTreatmentStep: string;
  /** Review c79-M1: on the transplant pathway, the first treatment gone on past the usual cycles before a transplant
   * with no stem cell collection recorded (the plan step's code "collection-due"): said under "what happens next" in
   * place of "keep going", and as the plan's step now. */
  collectionDue: string;
  collectionDueStep: string;
  /** Review c89-W2: the plan's step after VCd given for myeloma kidney injury (code "switch-to-quadruplet"; treatments.md
   * 3b, VCd row): the change to a stronger mix once the team knows how the kidneys work. */
  switchToQuadrupletStep: string;
  /** Review c83-W1: the plan's step now (code "bone-event-first"): the urgent care of the spine, the broken bone or
   * both, and a scan of all the bones. */
  boneEventStep: Readonly<Record<BoneEventKind, string>>;
  planStatus: Readonly<Record<PlanStatus, string>>;
  /** Said in place of the status of a step that waits on a repeat test (plan code "al-repeat-flc-first": AL, the
   * latest light chain value alone above the level reached; review c78-M1): not "Next". */
  afterRepeatTestStatus: string;
  testsIntro: string;
  tests: Readonly<Record<TestId, string>>;
  /** Results in the record without the date they were taken (the response's baselineUndated; review c13
   * words, finding 1): said once, in place of naming their tests as to be done. `names` is `undatedName`
   * of each, joined with `and`. */
  undatedResults(names: string): string;
  undatedName: Readonly<Record<UndatedMeasure, string>>;
  /** A test past the longer end of its interval range (review c60-M4: never said of a test only due). */
  overdue(test: string, date: string): string;
  /** Several tests overdue since one date (`tests`: joined by and()). */
  overdueMany(tests: string, date: string): string;
  /** Review c60-M4: a test due from `date` (the shorter end of its interval range), not yet overdue. */
  due(test: string, date: string): string;
  /** Several tests due since one date (`tests`: joined by and()). */
  dueMany(tests: string, date: string): string;
  nextDue(test: string, date: string): string;
  /** The next test due from the day of the summary (no dated result of it): due now, no date. */
  nextDueNow(test: string): string;
  /** The M-protein of a watched disease is rising (the engine's evolving alerts): said before the next test,
   * whose interval is then not the one for stable disease (review c10 M5). */
  proteinRising: string;
  /** Review c88-M2: the haemoglobin of a watched disease is falling (the engine's evolving alerts): said beside the
   * rising protein. No interval: the reference gives none. */
  hemoglobinFalling: string;
  /** The M-protein found again after immunofixation had found none (the engine's relapse-from-CR alerts, review
   * c27-m3: the clinician's warning, and nothing on the patient's page). */
  proteinBack: string;
  /** Review c88-m1: the same in AL amyloidosis, where the protein is the amyloid-forming light chain. */
  proteinBackAl: string;
  /** Review c21-8: creatinine above the IMWG renal-impairment level, new during the latest line
   * (engine alert.kidney-new-on-treatment): the team looks for the cause. */
  kidneyNewOnTreatment: string;
  /** Review c77-W1: the same at a relapse whose creatinine rise the team attributes to the myeloma
   * (conditions.kidneyImpairmentFromMyeloma): said as the cause, and that it needs treatment soon. */
  kidneyFromMyelomaOnTreatment: string;
  /** Re-check c78-m2: the same, the team having recorded it as not caused by the myeloma. */
  kidneyNotFromMyelomaOnTreatment: string;
  /** Review c22-7: the same, when the creatinine above the level has no date in the record: worse than the
   * other kidney tests, its date to be checked (never "latest": review c23-4). */
  kidneyWorseUndated: string;
  /** Review c23-9: untreated myeloma whose kidneys meet the IMWG renal criterion (knowledge
   * alert.ndmm-renal-impairment): said to the patient, with the myeloma as a possible cause. */
  kidneyAtDiagnosis: string;
  /** After kidneyAtDiagnosis: treatment early when the myeloma is the cause, fluids, no painkillers such as
   * ibuprofen without asking (treatments.md 3b VCd row, 8c renal protection). */
  kidneyEarly: string;
  /** Review c83-m1: after the named kidney alert (the team attributes the kidney injury to the myeloma): fluids, no
   * painkillers such as ibuprofen without asking (treatments.md 8c renal protection). */
  kidneyCare: string;
  /** A monitoring test (the engine names it in clinician English) as the reader would say it. */
  monitoredTest(test: string): string;
  optionsIntro: string;
  optionsProvisional: string;
  /** After the options, when one listed is a bispecific antibody: its step-up doses and the stay in or near
   * the hospital after each (treatments.md 5c, label texts). */
  optionsStepUpDoses: string;
  /** After the options, when one listed has belantamab: the eye check before each dose (treatments.md 5c). */
  optionsEyeChecks: string;
  /** Existing nerve damage lowers the options with bortezomib or thalidomide (review c9-F4). */
  optionsNerveDamage: string;
  /** Age or general health holds some options back (the knowledge base's fitness adjustments: frailty,
   * performance status or age), each marked `marks.mayBeTooStrong`; said once, after the options. */
  optionsFitness: string;
  /** An IgM protein not shown to be myeloma: another condition's tests, outside this summary (review c9-F3). */
  igmPathway: string;
  /** Review c20-4: a finding of harm (the kidneys, or another blood result) with an abnormal protein that
   * does not meet myeloma: whether the protein causes it is not known yet. */
  endOrganQuestion: { kidney: string; proteinuria: string; other: string };
  /** Review c11 M1: a clone shown, but no blood test of end-organ damage yet (no lean is named): it may be an
   * early stage that is watched or myeloma that needs treatment; never "does not harm your body yet". */
  endOrganUntested: {
    /** Multiple myeloma is among the categories still open. */
    myelomaOpen: string;
    /** It is not (the open categories are early stages only). */
    earlyStages: string;
  };
  /** Review c29-M10: two light chain results disagree on the level that decides between an early stage and
   * myeloma (the engine's data-quality.flc-conflict with no lean named). One paragraph. */
  flcDisputed: string;
  /** Review c83-W1: a spinal cord compression ("cord"), a pathological fracture ("fracture") or both recorded before a
   * scan of the bones, with abnormal plasma cells found (no lean named): myeloma in the bone may be the cause, the
   * scan decides, and the bone is treated now. Never "does not harm your body yet". */
  boneEventNotImaged: Readonly<Record<BoneEventKind, string>>;
  /** Review c83-M1: the calcium result may read low because albumin is low, and a different calcium test decides
   * between an early stage and myeloma (no lean named). One paragraph; no number. */
  calciumUnderRead: string;
  /** Review c86-M2: results were sent for these tests (the glossary's field words, one or more) and could not be used
   * (the engine's alert.unused-value); the team checks them. Never "not done"; no number. */
  unusedValue(tests: string[]): string;
  /** Review c86-M2: said after unusedValue when no lean is named for it: until then the condition is not known. */
  unusedValueUndecided: string;
  /** Review c88-W1: the marrow test and/or bone scan were done before the protein rose to the smouldering level, so
   * they are repeated to tell an early stage from myeloma (no lean named). One paragraph; no number. */
  workUpBeforeSmmLevel: Readonly<Record<OldWorkUp, string>>;
  /** Review c42-M2: the engine's alert.myeloma-biomarker-marrow-below-10 (a myeloma-defining biomarker while the
   * marrow shows few clonal cells or is not examined). `mgusMeaning` explains MGUS without "it is not cancer"
   * (which the biomarker puts in doubt); `biomarker` says why the team may test the marrow. `watchWhy` (review
   * c70-U1) is the full summary's "why it may fit you" of a watch-and-wait option in that state, in place of its own
   * words ("not cancer ... one each year"): no interval is set until the marrow test. */
  biomarkerWithoutClone: {
    mgusMeaning: string;
    biomarker: string;
    biomarkerNoMarrow: string;
    watchWhy: string;
  };
  /** When some options hold only if a transplant is (or is not) right for the patient, still undecided. */
  optionsTransplantUndecided: string;
  /** When the record says a transplant is planned but health results argue against it (the care team is
   * asked to confirm it): in place of `optionsTransplantUndecided`. */
  optionsTransplantToConfirm: string;
  /** Re-check c81-M1: the same when only the age (over 80, the IMWG score's age item) puts it to the team. */
  optionsTransplantToConfirmAge: string;
  /** One line in place of the transplant pathway's options (collection, the transplant, the treatment after
   * it) while the transplant decision is open: each is in the full details (review c31-M1: they filled the
   * list of a frail 80-year-old on DRd and pushed the care alongside off the page). */
  optionsTransplantPath: string;
  /** After the options list when one of them has lenalidomide, pomalidomide or thalidomide (treatments.md
   * 7a, 7b: teratogens, pregnancy-prevention programmes that apply to women and men). */
  optionsPregnancy: string;
  /** Review c89-m3: the same programme for a man (patient.sex "male"): a partner who could become pregnant, condoms. */
  optionsPregnancyMale: string;
  /** Review c89-m3: for a woman of an age at which the record cannot say whether she could become pregnant (the
   * handout's wording cut, not a clinical threshold: handout.ts PREGNANCY_WORDS_NEUTRAL_FROM_AGE): the programme
   * applies to all (treatments.md 7a), the team goes through it; no "if you could become pregnant". */
  optionsPregnancyNeutral: string;
  /** The line being given, named: to keep going with, not a new choice ("" when it has no name). */
  keepGoing(name: string): string;
  /** On a treatment with results overdue (review c11 H1), said before the treatment is named (with
   * `currentWithChange`, never `keepGoing`): the date is that of the latest overdue result. */
  testsOverdueOnTreatment(date: string): string;
  /** Review c60-W1: on a treatment with some results overdue while a response test is current: only the stale
   * tests, one sentence per date (`tests`: joined by and(); `many`: more than one), then `testsStaleAsk`. */
  testsStale(tests: string, many: boolean, date: string): string;
  testsStaleAsk(many: boolean): string;
  /** The line being given, named, when a drug rule changes one of its drugs ("" when it has no name):
   * said instead of `keepGoing`, which would contradict the change. */
  currentWithChange(name: string): string;
  /** The line being given, held back by the safety review (handout-facts lineUnderReview, review c23-2): the
   * team reviews it with the patient; said instead of `keepGoing`. */
  currentToReview(name: string): string;
  /** The line being given is a combination not approved at the knowledge date, given in a trial or outside its label
   * (handout-facts lineBeingStudied: talquetamab with daratumumab, MonumenTAL-3; review c73-m2): said after the line is
   * named (`currentWithChange`), never `keepGoing` ("the usual plan"). */
  currentStudied: string;
  /** What the care team may do with one drug of the line being given, and why (never an order). */
  doseChange: Readonly<Record<DoseChange, (drug: string, reason: string) => string>>;
  /** The reason for a dose change, as `doseChange` puts it after "because of". */
  doseChangeReason: Readonly<Record<DoseChangeReason, string>>;
  /** What to do meanwhile, said once after the changes a reason gives (a fever with low neutrophils, bleeding with
   * low platelets); null when there is nothing to add. */
  doseChangeAdvice: Readonly<Record<DoseChangeReason, string | null>>;
  /** Explains the unverified mark, once, after a list that uses it. */
  unverifiedNote: string;
  /** The record's allergies that listed options give (review c74-M3): generic names, or "sulfonamides". */
  allergyNote(substances: string[]): string;
  /** The PJP card when TMP-SMX is withheld for a recorded allergy (engine/allergies tmpSmxWithheld; treatments.md 5c;
   * review c75-W2): its name in the lists ("sulfa": a sulfonamide allergy; "drug": TMP-SMX or trimethoprim itself)... */
  pjpInPlaceOfTmpSmx(reason: "sulfa" | "drug"): string;
  /** ... and its words in the full details, in place of TMP-SMX's "usual choice" and its own text. */
  pjpInPlaceWhy: string;
  /** A severe allergy to drugs of the line being given (alert allergy.line-being-given; review c75-M4): said instead
   * of `keepGoing` ("the usual plan"). */
  currentAllergy(drugs: string[]): string;
  noOptions: string;
  supportIntro: string;
  drug: Readonly<Record<string, DrugWords>>;
  /** Option names by kind, from the drugs' spoken names; `key` is the drug the regimen is named by. */
  optionName: Readonly<Record<OptionKind, (o: OptionNameInput) => string>>;
  /** Review c90-m4: a listed treatment whose decision is pending with an approval nowhere (treatments.md 10; e.g.
   * iberdomide + daratumumab + dexamethasone), named as a treatment not approved and waiting for a decision, never "a
   * research study" (its option kind). */
  pendingTreatmentName(o: OptionNameInput): string;
  /** Names of options that have no drugs to name them by, by option id (else the kind's name is used). */
  optionById: Readonly<Record<string, string>>;
  /** Names that take the place of `optionById` when an alert is raised, by alert id then option id (the
   * radiation listed for a spinal cord compression is named for it). */
  optionByIdWithAlert: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Joins names: "a, b and c" / "a, b or c". */
  and(xs: string[]): string;
  or(xs: string[]): string;
  /** Added after an option's name; `unverified` is a short mark explained by `unverifiedNote`. `conditional`
   * is for an option that holds only if the last line has progressed (or on another open answer),
   * `ifNotProgressed` only if it has not; `ifTransplant` and `ifNoTransplant` for one that holds only if a
   * transplant is (or is not) right for the patient, `eitherTransplant` for a regimen listed under both
   * answers (one line, not two with opposite marks). `provisional` is for a plan step whose options all
   * hold only if the likely diagnosis is confirmed by the tests still missing. */
  marks: {
    preferred: string;
    conditional: string;
    ifNotProgressed: string;
    ifTransplant: string;
    /** AL amyloidosis: a transplant only if the heart, kidney and fitness checks allow it (treatments.md 6,
     * ASCT eligibility in AL), as the clinician plan says "if the gates are met". */
    ifTransplantChecks: string;
    ifNoTransplant: string;
    eitherTransplant: string;
    provisional: string;
    /** A treatment (not a research study itself) offered only within a study, or not yet approved. */
    researchOnly: string;
    notApprovedYet: string;
    /** The transfusion card while the blood is too thick (hyperviscosity). */
    afterThinning: string;
    /** On an ESA or transfusion while the cause of the anaemia is looked for first (review c11 M9). */
    afterAnaemiaCause: string;
    /** On an option held back until a missing heart test decides it (AL stage IIIb not excluded; review c18). */
    afterHeartTest: string;
    /** On an option held back until the team grades a recorded heart failure (NYHA class; review c18). */
    afterHeartCheck: string;
    /** Review c63-W1: the long-term treatment after D-VRd, while cycles of D-VRd remain. */
    afterRestOfFirstTreatment: string;
    /** On an option the safety review held back for fitness (frailty, performance status or age): the
     * clinician's view lists it at "consider" with the reason. */
    mayBeTooStrong: string;
    /** A carfilzomib option held back because heart failure is recorded (handout-facts heldForHeart). */
    mayNotSuitHeart: string;
    /** A carfilzomib option with uncontrolled high blood pressure recorded (handout-facts bloodPressureFirst; review
     * c84-m4): it can raise blood pressure; the team checks it first. */
    bloodPressureFirst: string;
    /** An option held back because its trial enrolled fitter patients (handout-facts studiedInFitter; review
     * c22-11): said instead of "too strong" when another option as strong stays a first choice. */
    studiedInFitter: string;
    /** An option the reference does not cover in this situation (handout-facts teamDecidesFit; review c32-M2). */
    teamDecidesFit: string;
    /** An option giving a drug the record lists as an allergy (option `allergies`; review c75-M3): names it. */
    containsAllergen(drugs: string[]): string;
    /** An option giving a drug related to one of a severe allergy (option `relatedAllergies`: thalidomide,
     * lenalidomide, pomalidomide; review c75-M3). */
    relatedToAllergen: string;
    /** An option with drugs the disease is refractory to (handout-facts refractoryDrugsIn): the disease
     * stopped responding to them, not only "had before". */
    hadBefore(drugs: string[]): string;
    /** The same for an anti-CD38 antibody refractory by its class (handout-facts refractoryClassIn): names the
     * option's drug, which its name may not (review c37-J11: "a 3-drug treatment with iberdomide"). */
    hadBeforeClass(drug: string, had: string): string;
    /** The same for drugs the disease did not respond to (handout-facts nonResponsiveDrugsIn). */
    didNotWorkWell(drugs: string[]): string;
    /** The same for an anti-CD38 antibody of the same kind as one the disease did not respond to. */
    didNotWorkWellClass(drug: string, had: string): string;
    /** A BCMA-directed option after other BCMA-directed drugs (`had`; handout-facts sameTargetBefore; review c80-m1):
     * it aims at the same target, and may work less well (treatments.md 5d). */
    sameTarget(had: string[]): string;
    /** The same when the disease stopped responding to every one of them. */
    sameTargetStopped(had: string[]): string;
    /** The same target only, when the reference gives no results after them (re-check c81-m5: BCMA CAR-T, BPd). */
    sameTargetOnly(had: string[]): string;
    /** An option giving drugs stopped before for side effects (option `stoppedForToxicity`; review c80-m1): the
     * drugs named, or none when they are all the option gives ("it"). */
    stoppedForSideEffects(drugs: string[]): string;
    /** An option approved in one jurisdiction and not approved in the other (regulatory-status approvedOnlyIn:
     * BPd, approved in the EU and not in the US). */
    approvedOnlyIn: Readonly<Record<"us" | "eu", string>>;
    /** An option approved in one jurisdiction whose decision in the other is pending (regulatory-status
     * approvedPendingElsewhere: Tec-Dara, approved in the US, pending in the EU). */
    approvedNotYetElsewhere: Readonly<Record<"us" | "eu", string>>;
    /** An option approved for this patient in one jurisdiction only, outside the other's label for the patient
     * (regulatory-status approvedForPatientOnlyIn: BVd at a first relapse, EU >= 1 prior line, US >= 2). */
    approvedForYouOnlyIn: Readonly<Record<"us" | "eu", string>>;
    /** An option off-label in the jurisdictions shown (regulatory-status offLabelIn: PVd in the US, "not a
     * US-labelled regimen"; review c73-m3): not approved for this use there; the team may still use it. */
    offLabelIn: Readonly<Record<"us" | "eu" | "both", string>>;
    /** Alternatives on one line, one of which is given (the bone medicines; review c17 handout 19). */
    oneOf(role: string, names: string[]): string;
    /** The bone medicine given now, denosumab (treatments.md 8a: stopping it is hard; review c68-m3), instead of the
     * alternatives "one of". */
    boneAgentGiven(role: string, name: string): string;
    unverified: string;
  };
  questions: Readonly<Record<QuestionId, string>>;
  /** When a long option list is cut to fit the page: how many more the full details list. */
  moreInFull(n: number): string;
  print: string;
  showFull: string;
  hideFull: string;
  /** The label of the language switch, and each language's own name. */
  language: string;
  languageName: Readonly<Record<Lang, string>>;
  /** A drug's full generic name in this language ("lenalidomida"); unknown drugs are returned as given. */
  genericName(drug: string): string;
  summary: SummaryWords;
  glossary: GlossaryWords;
  /** An option's "why it may fit you" text, from the knowledge entry's id and its English text; null
   * when this language has none (the line is then left out rather than shown in another language). */
  patientText(optionId: string, english: string): string | null;
  /** An option's "why it may fit you" text without the sentence that is only for one alert, by option id:
   * said when that alert is not raised (radiation for bone pain names a pressed spinal cord only with a cord
   * compression recorded; review c17 handout 35). */
  patientTextWithoutAlert: Readonly<Record<string, { alert: string; text: string }>>;
}

/** Another name for the table: it holds every patient-facing word, not only the handout's. */
export type PatientWords = HandoutWords;

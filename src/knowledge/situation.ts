/** The Situation: the derived facts that knowledge conditions read. Unknown stays null. */
import type { DiagnosisCategory } from "../model/enums.js";
import type { MissingInput } from "../model/trace.js";
import { KIDNEY_ATTRIBUTION_FIELD } from "../response/clinical-relapse.js";

type K<T> = T | null;

/** Where a patient stands in the treatment pathway (DESIGN.md: every patient has a treatment phase).
 * The engine derives it (src/engine/phase.ts); knowledge conditions read it as the `phase` fact. */
export const TREATMENT_PHASES = [
  "untreated",
  "induction",
  "transplant",
  "post-transplant",
  "maintenance",
  "line-finished",
  "relapsed",
  "refractory",
  // Therapy for high-risk smouldering myeloma given (or finished) without progression: no line of myeloma
  // therapy, no myeloma pathway (added 2026-12-02, review c8-07).
  "smoldering-therapy",
  // Definitive radiotherapy of a solitary plasmacytoma being given: no line of myeloma therapy (treatments.md
  // 1; added 2026-12-04, a plasmacytoma three weeks into radiotherapy was called "untreated").
  "radiotherapy",
] as const;
export type TreatmentPhase = (typeof TREATMENT_PHASES)[number];
/** Whether a prophylaxis of treatments.md 8c is taken now (Situation.hsvVzvProphylaxisNow and its kin). */
export type ProphylaxisNow = "taken" | "not-taken" | "not-recorded";

export interface Situation {
  /** IMWG 2014 category (never null; "indeterminate" when the work-up cannot decide). */
  category: DiagnosisCategory;
  /** The diagnosis met its category (IMWG 2014). False when it is indeterminate, and so also where the
   * engine evaluates the options of the most likely category (its copySituation keeps it). */
  categoryConfirmed: boolean;
  /** The record shows the disease has been treated. */
  treated: boolean;
  age: K<number>;
  /** Body-mass index from the recorded weight and height, kg/m2 (review c73-m1: MAIA's dexamethasone 20 mg weekly for a
   * BMI below 18.5, treatments.md 4). Null without both. */
  bmiKgM2: K<number>;
  /** IMWG 2010 MGUS risk: low = M-protein < 1.5 g/dL, IgG type and normal FLC ratio. */
  mgusRisk: K<"low" | "intermediate-high">;
  smmMayo2018Group: K<"low" | "intermediate" | "high">;
  smmImwg2020Group: K<"low" | "low-intermediate" | "intermediate-high" | "high">;
  /** High-risk SMM by the AQUILA entry definition (criteria-and-scores 2.3). */
  smmHighRiskAquila: K<boolean>;
  /** High-risk SMM by the QuiRedex entry definition, first arm (BMPC and M-protein). */
  smmHighRiskQuiredex: K<boolean>;
  /** Intermediate- or high-risk SMM by the E3A06 entry definition (BMPC >= 10% and abnormal FLC ratio). */
  smmHighRiskE3a06: K<boolean>;
  /** IMS/IMWG 2025 high-risk myeloma. */
  cytogeneticHighRisk: K<boolean>;
  /** High-risk cytogenetics: IMS/IMWG 2025 criteria 1-3 (the gene changes), without criterion 4
   * (beta2-microglobulin with normal creatinine), for the rows the reference gives "high-risk
   * cytogenetics" (treatments.md 3c tandem ASCT, 3d bortezomib-containing maintenance; review c16). */
  highRiskCytogenetics: K<boolean>;
  /** As the clinician recorded it: never derived from age (criteria-and-scores 8.3). */
  transplantCandidate: K<"yes" | "no" | "deferred">;
  /** True in the evaluation that assumes an answer to a candidacy not recorded (engine/pathway.ts candidacyBranch: the
   * options "if a transplant candidate"), false otherwise (re-check c81-m7). */
  transplantCandidacyAssumed: K<boolean>;
  crclMlMin: K<number>;
  /** A measured creatinine clearance recorded (labs.measuredCreatinineClearance), mL/min. */
  measuredCrclMlMin: K<number>;
  /** Review c53-U1: the measured clearance and the Cockcroft-Gault estimate fall in different dose bands of the
   * reference's CrCl tables (null unless both are known): of lenalidomide's (7a), of zoledronic acid's (8a), or on
   * either side of 30 mL/min (pamidronate, denosumab, melphalan). */
  crclDisagreeLenalidomide: K<boolean>;
  crclDisagreeZoledronicAcid: K<boolean>;
  crclDisagreeAt30: K<boolean>;
  egfr: K<number>;
  dialysis: K<boolean>;
  /** Myeloma kidney injury as the diagnosis decides it: the IMWG 2014 CRAB renal criterion (creatinine
   * clearance < 40 mL/min measured or estimated, serum creatinine > 2 mg/dL, or dialysis recorded).
   * Never the Cockcroft-Gault clearance alone, which is for dosing. */
  renalCrab: K<boolean>;
  /** Whether the team attributes the kidney impairment to the myeloma, as
   * conditions.kidneyImpairmentFromMyeloma records it (review c60-M1): the renal criterion counts only when
   * attributable to myeloma (criteria-and-scores 1.1, 7.4). */
  kidneyImpairmentFromMyeloma: K<boolean>;
  frailtyGroup: K<"fit" | "intermediate" | "frail">;
  ecog: K<number>;
  /** Charlson comorbidity index as recorded (review c79-M2: weighed beside a recorded transplant candidacy). */
  charlson: K<number>;
  /** Peripheral neuropathy present, its grade perhaps not recorded (review c74-U1). */
  peripheralNeuropathy: K<boolean>;
  neuropathyGrade: K<number>;
  neuropathyPainful: K<boolean>;
  /** Pregnant now (review c74-U2). */
  pregnancy: K<boolean>;
  heartFailure: K<boolean>;
  /** The NYHA class as conditions.nyhaClass records it (review c18). */
  nyhaClass: K<"I" | "II" | "III" | "IIIA" | "IIIB" | "IV">;
  /** Hypertension as conditions.hypertension records it (review C10-W3, c11a). */
  hypertension: K<"none" | "controlled" | "uncontrolled">;
  /** Hepatic impairment as conditions.hepaticImpairment records it (review c13-3). */
  hepaticImpairment: K<"none" | "child-pugh-a" | "child-pugh-b" | "child-pugh-c">;
  /** Lines finished before the current one (Rajkumar 2015): the "prior lines" of drug labels. The line
   * being given is never a prior line; a line on which the disease progressed is. */
  priorLines: K<number>;
  /** Review c60-M3: the prior lines if every open line-count question that could read two lines as one (bridging
   * before a CAR-T, a planned tandem, ...) were answered that way; null when no such question is open. Read by the
   * engine to say which prior-line gates rest on an open question, never by a condition. */
  priorLinesIfFewer: K<number>;
  /** The same for the open questions that could read one line as two (maintenance or a transplant read as planned). */
  priorLinesIfMore: K<number>;
  onTherapy: K<boolean>;
  /** Progression or relapse on or after the latest line (IMWG). Null only when a finished line's
   * outcome is not known (the engine then shows each branch, marked conditional). */
  progression: K<boolean>;
  /** The treatment phase (src/engine/phase.ts). */
  phase: K<TreatmentPhase>;
  /** The line being given now (1-based); null when off therapy or after progression on it. */
  currentLine: K<number>;
  /** Whole weeks since the current line started (TEAMM: levofloxacin in the first 12 weeks). */
  weeksOnCurrentLine: K<number>;
  /** Completed months of the daratumumab-lenalidomide maintenance being given (PERSEUS stop rule after
   * >= 24 months, treatments.md 3d); null when none is given (engine/perseus.ts). */
  daraLenMaintenanceMonths: K<number>;
  /** Completed months of the daratumumab given alone for smouldering myeloma (AQUILA: fixed duration, up to
   * 39 cycles / 36 months, treatments.md 2b); null when none is given (engine/perseus.ts). */
  smmDaratumumabMonths: K<number>;
  /** The start of the zoledronic acid being given now (a supportive-care entry running on asOf; the
   * earliest start when several run), ISO date; null when none is given (engine/bone-agent.ts). */
  zoledronicAcidSince: K<string>;
  /** Completed months from the end of the latest line to asOf, when the phase is "line-finished" (review
   * c13-2); null otherwise, or when the line has no end date. */
  monthsSinceLineEnded: K<number>;
  /** The latest line is D-VMP (daratumumab, bortezomib, melphalan, with or without prednisone; ALCYONE, used
   * where lenalidomide is unsuitable: treatments.md 4); null when the lines are not known (review c13-11). */
  lastLineDvmp: K<boolean>;
  /** The latest line holds D-VRd's drugs (daratumumab, bortezomib and lenalidomide: PERSEUS gave D-R
   * maintenance after D-VRd, treatments.md 3d); null when the lines are not known (review c14-8). */
  lastLineDvrd: K<boolean>;
  /** The latest line holds Isa-VRd's drugs (isatuximab, bortezomib and lenalidomide: IMROZ continues Isa-VRd
   * with Isa-Rd, treatments.md 4); null when the lines are not known (review c29-W6). */
  lastLineIsaVrd: K<boolean>;
  /** The latest line is a regimen given until progression, nothing else and no transplant (DRd, D-Rd, Isa-Rd or Rd:
   * treatments.md 4), its last entry stopped with no planned end (by the patient's choice, for toxicity, another
   * reason or none recorded; engine/plan.ts continuousLineStopped); null when the lines are not known (review c69-M1). */
  lastLineContinuousStopped: K<boolean>;
  /** Review c84-M2: the progression after the latest line came on it or within 60 days of its last dose (IMWG 2011
   * refractory, criteria-and-scores.md 9.2; the phase "refractory"): this tool's reading of the EU cilta-cel label's
   * "progressed on last therapy" (treatments.md 5b gives no definition; UNVERIFIED). False when it came later (the
   * phase "relapsed", more than 60 days after); null with no progression established or its timing not known. */
  lastLineRefractory: K<boolean>;
  /** Re-check c72-W1/M1: the first line (no transplant) ended, its last entry stopped with no planned end (the patient's
   * choice, toxicity, another reason or none recorded), and no partial response or better recorded or graded on it: it
   * stopped before a response was shown (engine/options.ts firstLineStoppedEarly); null when the lines are not known. */
  firstLineStoppedEarly: K<boolean>;
  /** Bortezomib with cyclophosphamide (VCd/CyBorD, with or without daratumumab) being given now (treatments.md
   * 3b: switch to a quadruplet once renal function is known); null when the lines are not known (c14-8). */
  onVcd: K<boolean>;
  /** Lenalidomide with or without dexamethasone, nothing else, being given now (Rd): continued lenalidomide
   * would be the line itself (review c14 finding 14); null when the lines are not known. */
  onRdOnly: K<boolean>;
  /** The first line's continuation being given now, by its drugs (dexamethasone may have been stopped): "d-rd"
   * (daratumumab, lenalidomide: CEPHEUS after D-VRd, or MAIA), "isa-rd" (isatuximab, lenalidomide: IMROZ), "daratumumab"
   * (alone: ALCYONE after D-VMP), else "none"; null when the lines are not known. While it is given it is the line
   * itself (pathway.continue-current-line): the continuation options are not listed again beside it (left at c89). */
  continuationRunning: K<"d-rd" | "isa-rd" | "daratumumab" | "none">;
  /** Review c89-M3: the line being given is recorded as VRd-lite (treatments.md 4: lenalidomide 15 mg days 1-21 of
   * 35-day cycles), by its regimen name as the plan reads it (its drugs are VRd's). False when none is recorded. */
  onVrdLite: K<boolean>;
  /** Review c89-M2: on induction now, before the start of its last planned cycle by the lengths treatments.md 4 gives
   * (VRd x 8 and D-VRd x 8 (CEPHEUS) in cycles of 21 days, the last from week 21; VRd-lite 9 cycles of 35 days, the
   * last from week 40), or throughout VCd, whose next step is the switch to a quadruplet (3b): the continuation after it
   * is the plan's next step, not an option to discuss now. False off induction, and on an induction whose length the
   * reference does not give (the continuation is listed as before). When to list it is the project's reading
   * (UNVERIFIED). */
  inductionBeforeLastCycle: K<boolean>;
  /** The first line being given is DRd (MAIA): daratumumab, lenalidomide and dexamethasone, nothing else, in its
   * induction phase (not D-Rd continued after D-VRd), with no transplant planned (treatments.md 4; review c73-m1: its
   * dexamethasone is 20 mg weekly for a BMI below 18.5). Null when the lines are not known. */
  onMaiaDrd: K<boolean>;
  /** Talquetamab given now together with daratumumab (Tal-D, Tal-DP: MonumenTAL-3), not approved at the knowledge date
   * (treatments.md 5c, 9; review c73-m2). Null when the lines are not known. */
  onTalquetamabWithDaratumumab: K<boolean>;
  /** Therapy for smouldering myeloma still given while today's values meet active myeloma, its outcome not
   * recorded (LinesOfTherapyResult.smmTherapyOutcomeUnknown; review c14, HARM 1). */
  smmTherapyOutcomeUnknown: K<boolean>;
  /** Completed months of that zoledronic acid (IMWG 2021: after >= 12 monthly doses, treatments.md 8a). */
  zoledronicAcidMonths: K<number>;
  /** A zoledronic acid entry of the record stopped for toxicity (stopReason "toxicity"), none running now. */
  zoledronicAcidStoppedForToxicity: boolean;
  /** The baseline of the zoledronic acid given now (review c67-U1; treatments.md 8a, "Baseline CrCl"): the last
   * creatinine dated on or before its start, as reported with its date, and the Cockcroft-Gault clearance from it;
   * or that none is recorded. Null when none is given (engine/bone-agent.ts). Shown with the dose bands' alerts. */
  zoledronicAcidBaseline: K<string>;
  /** The CrCl the zoledronic acid dose table reads: that baseline's when it is given now and one is recorded, else
   * today's (a first dose's baseline), mL/min. */
  zoledronicAcidDoseCrclMlMin: K<number>;
  /** The zoledronic acid given now is held for its creatinine rise (treatments.md 8a: >=0.5 mg/dL from a normal
   * baseline <1.4, >=1.0 from an abnormal one, until back within 10% of baseline), as its recorded values read;
   * false when none is given, no baseline is recorded, or the rise is not met. */
  zoledronicAcidHold: boolean;
  /** That rise in words (baseline, the value that met it, the latest), with dates; null without a hold. */
  zoledronicAcidCreatinineChange: K<string>;
  /** Review c68-m1: no creatinine before the zoledronic acid given now, and the values on it rising by >=0.5 mg/dL
   * (the lowest earlier to the latest), in words; null otherwise (engine/bone-agent.ts). */
  zoledronicAcidRiseNoBaseline: K<string>;
  /** The response now is VGPR or better: the IMWG grade of the assessed line when the values give one,
   * else the best response recorded for the latest line; false after progression; null when neither. */
  responseVgprOrBetter: K<boolean>;
  /** On the line being given, a PD the 2006/2011 IMWG wording (from the lowest response value) confirms while
   * the 2016 grading (from the lowest confirmed value) does not (criteria-and-scores.md 6.2 (a)); false when
   * neither reads one or off therapy; null without a response. */
  pdOlderWordingOnLine: K<boolean>;
  /** On the line being given, a confirmed dFLC rise of the IMWG progression size while the FLC is not the disease's
   * measure (response.flc-rise-not-the-measure: a light-chain escape, not read as progression), no progression
   * recorded or measured and the line not recorded `progressedOn: false` (review c88-M4); false otherwise; null without
   * a response. */
  flcRiseOnLine: K<boolean>;
  /** Marrow MRD negativity sustained >= 12 months: the latest dated result negative, the run of negatives
   * it ends >= 12 months long (criteria-and-scores.md 6.3); null when no dated MRD result is recorded. */
  mrdNegativeSustained: K<boolean>;
  lenalidomideExposed: K<boolean>;
  lenalidomideRefractory: K<boolean>;
  piExposed: K<boolean>;
  imidExposed: K<boolean>;
  antiCd38Exposed: K<boolean>;
  /** The disease progressed on an anti-CD38 antibody (or within 60 days of its last dose) after fewer than 4 weeks
   * of it: not refractory by MAMMOTH's definition, not established either (criteria-and-scores.md 9.3). */
  antiCd38ProgressedUnder4Weeks: K<boolean>;
  antiCd38Refractory: K<boolean>;
  /** Days since an anti-CD38 antibody was last given (its entry's end, or with none the start of the therapy
   * that ended it), not given now; null when one is given now or none was (review c33-W2). */
  daysSinceAntiCd38: K<number>;
  /** The latest line holds a transplant, or an entry that may be one: flagged `asct`, in the transplant phase,
   * or of melphalan alone (review c34-F1: an autograft recorded without the flag is not read as none; c35-G1:
   * melphalan in a combination is an induction). */
  transplantInLatestLine: K<boolean>;
  /** Review c65-M2: a stem cell collection (response/drug-classes isStemCellCollection: an entry in the transplant
   * phase of mobilisation agents, cyclophosphamide beside them or not, or of no drug naming the collection) is
   * recorded from the first line's start to asOf (treatments.md 3c). Null without lines. */
  stemCellsCollected: K<boolean>;
  /** The same for daratumumab (its hepatitis B warning runs 6 months past the last dose). */
  daysSinceDaratumumab: K<number>;
  tripleClassExposed: K<boolean>;
  tripleClassRefractory: K<boolean>;
  pentaRefractory: K<boolean>;
  priorAsct: K<boolean>;
  /** Completed months from the latest autologous transplant on or before asOf (its start date) to asOf;
   * null when the record shows none (review c13-6). */
  monthsSinceAsct: K<number>;
  priorBcmaTherapy: K<boolean>;
  /** A BCMA-directed CAR T-cell therapy received before (ide-cel, cilta-cel): not repeated outside a trial. */
  priorBcmaCarT: K<boolean>;
  /** BCMA-directed therapy in a line before the one being given (off therapy: in any line). The line
   * being given is no prior line (Rajkumar 2015): a first BCMA bispecific being given is not "after BCMA". */
  bcmaBeforeCurrentLine: K<boolean>;
  /** The BCMA-directed agents of those lines, canonical names joined by ", " ("none" when none). */
  bcmaAgentsBefore: K<string>;
  /** The short anti-CD38 courses progressed on, in words (lines antiCd38ShortCourses; review c43-m2). */
  antiCd38ShortCourses: K<string>;
  /** The latest line included a BCMA-directed CAR T-cell infusion (ide-cel, cilta-cel): a single infusion,
   * followed by monitoring (treatments.md 5b). */
  lastLineBcmaCarT: K<boolean>;
  /** Days from the BCMA CAR T-cell infusion of the latest line (its entry's end when recorded, else its start)
   * to asOf; null when the latest line has none or its day is not recorded (treatments.md 10: the US driving
   * and stay-near periods end 2 weeks after it). */
  daysSinceBcmaCarT: K<number>;
  /** Absolute neutrophil count in 10^9/L taken after that infusion (an undated count is the current one);
   * null when the latest line has no BCMA CAR-T, or the record's count predates the infusion or is missing
   * (review c26-8: a count from before the infusion is not one after it). */
  ancSinceBcmaCarT: K<number>;
  /** Platelet count in 10^9/L taken after that infusion, as ancSinceBcmaCarT (review c77-m3). */
  plateletsSinceBcmaCarT: K<number>;
  /** That infusion's day is not recorded: the latest line's CAR-T entry lists lymphodepletion drugs and has no
   * end (response/drug-classes.ts carTInfusionUndated; review c29-U1'); then daysSinceBcmaCarT and ancSinceBcmaCarT are
   * null. */
  bcmaCarTInfusionUndated: K<boolean>;
  /** Progressed on carfilzomib (or within 60 days of its last dose). */
  carfilzomibRefractory: K<boolean>;
  /** Progressed on bortezomib (or within 60 days of its last dose). */
  bortezomibRefractory: K<boolean>;
  /** The induction before the latest transplant, by its drugs (daratumumab + bortezomib + lenalidomide or
   * thalidomide); unknown without a transplant or an induction recorded before it. */
  asctInduction: K<"D-VRd" | "D-VTd" | "other">;
  /** A treatment entry with phase "consolidation" after the latest transplant; unknown without one. */
  consolidationGiven: K<boolean>;
  /** The autologous transplants recorded in the line of the latest one (2 after a planned tandem, read as one line:
   * criteria-and-scores.md 9.1); unknown without one (engine/consolidation.ts; review c63-M2). */
  autograftsInLine: K<number>;
  /** The induction of the latest line before its transplant (all its induction entries while none is
   * given yet), by its drugs: Isa-KRd (MIDAS), D-VRd (PERSEUS), D-VTd (CASSIOPEIA), VRd (not named VRd-lite)
   * or another (engine/consolidation.ts). */
  preAsctInduction: K<"Isa-KRd" | "D-VRd" | "D-VTd" | "VRd" | "other">;
  /** Whole weeks of lenalidomide-containing induction in the latest line while it has no transplant yet
   * (stem cells collected after <= 4 cycles, lenalidomide US label; treatments.md 3c). */
  lenalidomideWeeksBeforeAsct: K<number>;
  /** The D-VRd of the latest line (no transplant in it), as cycles of 21 days its dates span (CEPHEUS, treatments.md
   * 4: D-VRd x 8 then D-Rd; review c63-W1); unknown when an entry of it has no end and the line is not given now. */
  dvrdCyclesOf21Days: K<number>;
  /** Review c65-m1: that count is the cycles recorded on the D-VRd entries (`cycles`), not the dates' estimate. */
  dvrdCyclesRecorded: K<boolean>;
  /** The last D-VRd entry of that line stopped for toxicity (its `stopReason`; review c65-U1). */
  dvrdStoppedForToxicity: K<boolean>;
  /** Daratumumab given in any line (D-R maintenance follows D-VRd in PERSEUS, treatments.md 3d). */
  daratumumabExposed: K<boolean>;
  /** The marrow MRD result as recorded: negative true, positive false (method and sensitivity apart). */
  mrdNegative: K<boolean>;
  /** Completed months from the autologous transplant of the latest line to that line's progression; unknown
   * without a transplant in the latest line, a progression on it, or the dates (engine/early-relapse). */
  monthsFromAsctToProgression: K<number>;
  plasmacytomaSite: K<"bone" | "extramedullary">;
  plasmacytomaSizeCm: K<number>;
  /** The serum free light chain ratio outside the normal kappa/lambda range (0.26-1.65), as the record's values
   * read it (review c48-F12: adverse in solitary plasmacytoma at diagnosis, treatments.md 1). */
  flcRatioAbnormal: K<boolean>;
  /** At least one osteolytic lesion or a pathological fracture. */
  boneDisease: K<boolean>;
  pathologicFracture: K<boolean>;
  spinalCordCompression: K<boolean>;
  bonePain: K<boolean>;
  hemoglobinGDl: K<number>;
  /** Review c89-W1: the haemoglobin (hemoglobinGDl) is dated after the start of the line being given: true when dated
   * after its first day, or undated (an undated lab is today's, the record contract); false when dated on or before its
   * first day (a count of the first day is the one taken before the first dose); null without a haemoglobin or
   * off therapy. The ESA entry reads it: "chemotherapy-associated anaemia" (treatments.md 8c) is not one measured
   * before the chemotherapy. */
  hemoglobinOnCurrentLine: K<boolean>;
  /** The team's attribution of the anaemia to the myeloma (conditions.anaemiaFromMyeloma; review c89-W1). */
  anaemiaFromMyeloma: K<boolean>;
  /** Serum calcium > 11 mg/dL or > 1 mg/dL above the upper limit of normal (IMWG 2014 CRAB). */
  hypercalcemia: K<boolean>;
  /** Serum calcium in mg/dL (severe hypercalcaemia above 14 mg/dL: el-hajj-fuleihan-2023-jcem). */
  calciumMgDl: K<number>;
  /** The serum calcium as the laboratory reported it, with its date ("11.5 mg/dL on 2026-01-05"; "date not
   * recorded"): the hypercalcaemia alerts show it (review c56 MISLEADING-4: "treat now" from a 10-month-old value). */
  calciumAsReported: K<string>;
  /** Serum calcium against the laboratory's own lower limit of normal (the record's): "below", "not-below",
   * or "no-limit-given" (no number of our own takes its place); null when calcium is not known. */
  calciumVsLowerLimit: K<"below" | "not-below" | "no-limit-given">;
  iggMgDl: K<number>;
  /** The serum IgG as the laboratory reported it, with its date ("900 mg/dL on 2026-03-01"; "(date not recorded)"),
   * shown where the IgG is asked for (review c67-W1). */
  iggAsReported: K<string>;
  /** The T-cell-redirecting therapy the IgG of its hypogammaglobulinaemia rule is read since (treatments.md 5c), in
   * words: the bispecific antibody given now with its start, else the latest BCMA CAR-T infusion with its day; null
   * when neither (review c67-W1). */
  tCellRedirectionSince: K<string>;
  /** The serum IgG in mg/dL taken since that therapy started (on or after the bispecific's start, after the CAR-T
   * infusion; an undated value is the current one); null when there is none since, or no such therapy (review
   * c67-W1: an IgG from before the first dose is not today's, as alert.bispecific.no-count-since-start's count). */
  iggSinceTCellRedirection: K<number>;
  /** Absolute neutrophil count in 10^9/L, the record's latest (labs.neutrophils; review c14). */
  ancE9L: K<number>;
  /** The date of that count, ISO 8601 ("undated, read as today's" for an undated one); null without a count.
   * Shown beside the count-driven alerts (review c28-M2, c29-W7). */
  neutrophilsDate: K<string>;
  /** Platelet count in 10^9/L, the record's latest (labs.platelets), and its date as neutrophilsDate's. */
  plateletsE9L: K<number>;
  plateletsDate: K<string>;
  /** Blood counts since the latest autologous transplant against the lenalidomide maintenance start
   * (treatments.md 3d, label: ANC >= 1000/uL and/or platelets >= 75,000/uL): false when either count taken
   * after the transplant (or undated, so current) is below its number, true when both are at or above it,
   * null when a count is missing or predates the transplant, or no transplant is recorded. */
  countRecoverySinceAsct: K<boolean>;
  recurrentInfections: K<boolean>;
  hyperviscosity: K<boolean>;
  /** Constitutional (B) symptoms recorded: fever, night sweats or weight loss (conditions.constitutionalSymptoms; review
   * c90-M2: named on selinexor, whose toxicities include anorexia and weight loss, treatments.md 7b). */
  constitutionalSymptoms: K<boolean>;
  /** The recorded body weight in kg (patient.weight), shown beside the selinexor weight-loss caution (review c90-M2). */
  weightKg: K<number>;
  /** IgG-kappa M-protein (the same type as daratumumab, for assay interference). */
  iggKappa: K<boolean>;
  onImid: K<boolean>;
  onPi: K<boolean>;
  onAntiCd38: K<boolean>;
  onBispecific: K<boolean>;
  /** A bispecific antibody (teclistamab, elranatamab, talquetamab, linvoseltamab) given before and not now: its
   * infections persist over time (treatments.md 5c; review c57-U2). Unknown without the lines of therapy. */
  bispecificEnded: K<boolean>;
  /** Absolute neutrophil count in 10^9/L taken on or after the start of the latest bispecific entry when one was given
   * before and is not now (an undated count is the current one); null otherwise (review c57-U2). */
  ancSinceEndedBispecific: K<number>;
  /** Absolute neutrophil count in 10^9/L taken on or after the start of the bispecific antibody given now (an
   * undated count is the current one); null when none is given, or the record's count predates its start or is
   * missing (review c26-8's twin: a count from before the first dose is not one on the drug). */
  ancSinceBispecificStart: K<number>;
  /** Counts in 10^9/L taken on or after the start of lenalidomide / bortezomib / pomalidomide / carfilzomib given
   * now (an undated count is the current one); null when the drug is not given, or the count predates its start or
   * is missing (review c50-U1, c51-U1: the label's count holds read a count on the drug). */
  ancSinceLenalidomideStart: K<number>;
  plateletsSinceLenalidomideStart: K<number>;
  ancSinceBortezomibStart: K<number>;
  plateletsSinceBortezomibStart: K<number>;
  ancSincePomalidomideStart: K<number>;
  plateletsSincePomalidomideStart: K<number>;
  ancSinceCarfilzomibStart: K<number>;
  plateletsSinceCarfilzomibStart: K<number>;
  /** A BCMA-directed bispecific (teclistamab, elranatamab, linvoseltamab) being given now. */
  onBcmaBispecific: K<boolean>;
  /** Treated myeloma whose kidney impairment is new or worse since its latest line started (the engine's
   * alert.kidney-new-on-treatment, kidney-on-treatment.ts); false when that alert is not raised. */
  kidneyNewOnTreatment: K<boolean>;
  /** Kidney injury from the myeloma at this relapse (response/clinical-relapse.ts myelomaKidneyInjuryAtRelapse; review
   * c77-W1): the IMWG 2016 clinical-relapse creatinine rise (>= 2 mg/dL from the line start, criteria-and-scores.md
   * 6.2) met at a confirmed progression, the team attributing the kidney impairment to the myeloma (true) or its
   * attribution not recorded (null, asked); false otherwise. The options read the IMWG renal rule by it (treatments.md
   * 3b VCd row, 8c renal protection). */
  myelomaKidneyInjuryAtRelapse: K<boolean>;
  /** The current serum creatinine above 3.0 mg/dL (265 umol/L as reported), beyond the zoledronic acid trials
   * (treatments.md 8a); null without a creatinine. */
  creatinineAboveZaTrials: K<boolean>;
  /** The current serum creatinine in mg/dL (review c83-m5: the zoledronic acid hypercalcaemia rule, no dose change
   * for creatinine < 4.5 mg/dL, treatments.md 8c); null without a creatinine. */
  creatinineMgDl: K<number>;
  /** Serum albumin low: below the laboratory's lower limit when the record gives one, else below 3.5 g/dL (the ISS
   * cut, criteria-and-scores.md 3.1, read as "low" by the project: UNVERIFIED); null without an albumin. Review
   * c83-M1: total calcium may then under-read (criteria/diagnosis/crab.ts albuminLow). */
  albuminLow: K<boolean>;
  /** The total serum IgG includes a monoclonal IgG: IgG heavy chain with a serum M-protein not recorded as 0
   * (bispecific-infection-consensus-2023 reads IgG <400 mg/dL; in IgG-type disease the total is no
   * measure of the polyclonal IgG). */
  iggIncludesMProtein: K<boolean>;
  /** Hepatitis B serology (ASCO 2020): positive when HBsAg or anti-HBc is positive (chronic or past
   * infection), negative when both are negative, unknown otherwise. */
  hbvSerology: K<"positive" | "negative">;
  /** Denosumab is being given now (a supportive-care entry of the treatment history). */
  onDenosumab: K<boolean>;
  /** The latest denosumab entry in words: "since <start>" when given now, "<start> to <end>, stopped (<reason>)"
   * when stopped; null when none is recorded (engine/bone-agent.ts; review c67-M1). */
  denosumabCourse: K<string>;
  /** Denosumab stopped, with no bone agent (denosumab, zoledronic acid, pamidronate) started after it (treatments.md
   * 8a: stopping is hard, rebound bone loss and vertebral fractures, so plan the transition; review c67-M1). */
  denosumabStoppedNoTransition: boolean;
  /** The only anti-myeloma therapy recorded is daratumumab alone with no treatmentHistory setting, and
   * today's values meet smouldering myeloma: perhaps AQUILA therapy for SMM, which the engine never guesses. */
  settingUnrecordedDaratumumabAlone: boolean;
  /** Definitive radiotherapy recorded as ended (a treatment entry without a drug naming radiotherapy,
   * response/radiotherapy.ts), for a solitary plasmacytoma: its primary treatment is given (treatments.md 1). */
  plasmacytomaRadiotherapyGiven: boolean;
  /** MGUS with no heavy chain on immunofixation (labs.heavyChain "none"): light-chain MGUS, defined by the
   * FLC ratio (criteria-and-scores.md 1.3), so followed by free light chains, not a serum M-spike. */
  lightChainMgus: boolean;
  /** A venous thromboembolism before (as the record says; IMPEDE VTE +5). */
  vteHistory: K<boolean>;
  /** Anticoagulation or thromboprophylaxis taken now, as conditions.anticoagulation records it. */
  anticoagulation: K<"none" | "prophylactic" | "therapeutic">;
  /** Anticoagulation now, as the record says it: conditions.anticoagulation when recorded ("none", "prophylactic",
   * "therapeutic"); else "running-intensity-not-recorded" when an anticoagulant (warfarin, a DOAC, a heparin) is in
   * a treatment entry running on asOf (read as full dose: review c9-F5), "not-recorded" when none is. Always known.
   * Review c67-m1: the cards' reasons name the value (a boolean "anticoagulant: no" was said beside a recorded
   * aspirin or prophylactic LMWH). */
  anticoagulationNow:
    | "none"
    | "prophylactic"
    | "therapeutic"
    | "running-intensity-not-recorded"
    | "not-recorded";
  /** Whether an anticoagulant or aspirin is in a treatment entry running on asOf, whatever conditions.anticoagulation
   * records (the low-platelet bleeding warning reads it beside anticoagulationNow: aspirin entered only as a treatment
   * entry, or a running DOAC beside a recorded "none", is still taken now; left at review c89-m1). Always known. */
  anticoagulantOrAspirinRunning: boolean;
  /** Anti-infective prophylaxis now, one per card of treatments.md 8c (review c87-M3): "taken" when
   * conditions.infectionProphylaxis lists it or a treatment entry of its drug (aciclovir/valaciclovir; TMP-SMX;
   * levofloxacin) runs on asOf; "not-taken" when the field is recorded without it; else "not-recorded". Always known. */
  hsvVzvProphylaxisNow: ProphylaxisNow;
  pjpProphylaxisNow: ProphylaxisNow;
  antibacterialProphylaxisNow: ProphylaxisNow;
  /** IMPEDE VTE group of the IMiD regimen given now or, untreated, if one is started (engine/vte-risk):
   * null unless the whole score range falls in one band. */
  impedeVteGroup: K<"low" | "intermediate" | "high">;
  alMayo2004Stage: K<"I" | "II" | "III" | "IIIa" | "IIIb">;
  alMayo2012Stage: K<1 | 2 | 3 | 4>;
  troponinTNgMl: K<number>;
  /** Review c53-W3: the troponin T's assay as recorded (labs.troponinT.method): high-sensitivity true, conventional
   * false, not recorded null. The Mayo transplant gate of AL is for the conventional assay only. */
  troponinTHighSensitivity: K<boolean>;
  ntProBnpPgMl: K<number>;
  /** The heart among the organs involved by amyloid (conditions.amyloidOrgans); null when not recorded. */
  alHeartInvolved: K<boolean>;
  /** Systemic AL amyloidosis met too (its four requirements, criteria-and-scores.md 1.5) while the category is
   * another one, multiple myeloma (diagnosis alsoMeets; review c48-F1): the AL cautions apply to its options. */
  alAlsoMet: K<boolean>;
  /** NT-proBNP and troponin T at the start of the latest line (the latest value on or before it), and
   * whether either is higher today (engine/cardiac-markers; review c14): shown, never judged. */
  ntProBnpAtLineStartPgMl: K<number>;
  troponinTAtLineStartNgMl: K<number>;
  cardiacMarkersRising: K<boolean>;
  /** Review c69-W1: the AL switch rule's condition (treatments.md 6, Singapore consensus 2023: change therapy if <PR
   * after 2 cycles or <VGPR after 4) met on the cycles the AL line being given records (engine/al-switch-rule.ts):
   * true; false with fewer cycles or with the response not below the rule's grade; null when the response is below it
   * and an entry of the line does not record its cycles. */
  alSwitchRuleMetOnCycles: K<boolean>;
  /** The cycles recorded on the entries of the AL line being given (their sum) while the switch rule reads them; null
   * otherwise or when an entry does not record them. */
  alLineCycles: K<number>;
  /** Review c76-W1: AL amyloidosis with a CR or VGPR reached on the graded line (the latest: the one being given, or the
   * one that ended) and lost since (response/al-haematologic.ts responseLostOf): the first-line transplant after
   * induction is not the next step (treatments.md 6); on the line being given too (review c78-W1). False otherwise. */
  alResponseLost: K<boolean>;
  /** Review c78-W1: with alResponseLost, the involved free light chain from its lowest value to the two latest, with
   * their dates (words, as the alert gives them); null otherwise. */
  alLightChainRise: K<string>;
  /** Number of organs with amyloid involvement. */
  alOrganCount: K<number>;
  /** IMWG 2014 AL requirement 3 as the diagnosis decides it: amyloid typed as light-chain by mass
   * spectrometry or immuno-electron microscopy (false when typed otherwise or no amyloid to type). */
  amyloidLightChainTyped: K<boolean>;
  /** Amyloid found and typed as another protein (transthyretin, AA, other): not AL (review c48-F5). False when typed
   * light-chain or no amyloid was found; null when not typed or not recorded. */
  amyloidTypedNotLightChain: K<boolean>;
  /** Amyloid found in a biopsy and not typed (biopsy.amyloidType not recorded or "not-typed"; review c49-W3). False
   * when no amyloid was found or its type is recorded; null when no biopsy result is recorded. */
  amyloidNotTyped: K<boolean>;
  /** IMWG 2014 AL requirement 4 as the diagnosis decides it: a monoclonal plasma-cell disorder shown
   * (false only when every test for one was done and negative). */
  monoclonalDisorderShown: K<boolean>;
}

export type FactName = keyof Situation;

/** Why a fact is null: the inputs that were missing (filled by the situation builder). */
export type SituationMissing = Partial<Record<FactName, MissingInput[]>>;

export interface FactSpec {
  /** Words for the fact, as a reviewer reads it in a condition. */
  label: string;
  unit?: string;
  /** The allowed values of an enumerated fact (checked by a test against every condition). */
  values?: readonly (string | number | boolean)[];
  /** Inputs the fact is derived from: named as missing when it is unknown. */
  inputs: readonly string[];
}

const BOOL = [true, false] as const;
const PROPHYLAXIS_NOW = ["taken", "not-taken", "not-recorded"] as const;
const PROPHYLAXIS_INPUTS = ["conditions.infectionProphylaxis", "treatmentHistory.drugs"] as const;
const LINES_INPUT = ["treatmentHistory"] as const;

/** Every situation fact, in words, with its inputs. */
/** The inputs of the clearance comparisons (review c53-U1). */
const CLEARANCES_INPUT = [
  "labs.measuredCreatinineClearance",
  "labs.creatinine",
  "patient.age",
  "patient.sex",
  "patient.weight",
];

export const FACTS: Readonly<Record<FactName, FactSpec>> = {
  category: {
    label: "diagnosis (IMWG 2014)",
    values: [
      "mgus",
      "smoldering-myeloma",
      "multiple-myeloma",
      "solitary-plasmacytoma",
      "solitary-plasmacytoma-minimal-marrow",
      "al-amyloidosis",
      "indeterminate",
    ],
    inputs: ["diagnosis"],
  },
  categoryConfirmed: {
    label: "diagnosis confirmed (IMWG 2014 category met, not only likely)",
    values: BOOL,
    inputs: ["diagnosis"],
  },
  // Review c91-m8: systemic (drug) therapy only: radiotherapy of a solitary plasmacytoma is no line and was read
  // "disease already treated: no" beside "definitive radiotherapy ... given: yes".
  treated: { label: "anti-myeloma drug therapy given before", values: BOOL, inputs: LINES_INPUT },
  age: { label: "age", unit: "years", inputs: ["patient.age"] },
  bmiKgM2: { label: "BMI", unit: "kg/m2", inputs: ["patient.weight", "patient.height"] },
  mgusRisk: {
    label: "MGUS risk (IMWG 2010)",
    values: ["low", "intermediate-high"],
    inputs: [
      "labs.serumMProtein",
      "labs.heavyChain",
      "labs.lightChain",
      "labs.involvedFreeLightChain",
      "labs.uninvolvedFreeLightChain",
    ],
  },
  smmMayo2018Group: {
    label: "SMM risk (Mayo 2018 20/2/20)",
    values: ["low", "intermediate", "high"],
    inputs: [
      "labs.serumMProtein",
      "labs.involvedFreeLightChain",
      "labs.uninvolvedFreeLightChain",
      "marrow.clonalPlasmaCellPercent",
    ],
  },
  smmImwg2020Group: {
    label: "SMM risk (IMWG 2020 score)",
    values: ["low", "low-intermediate", "intermediate-high", "high"],
    inputs: [
      "labs.serumMProtein",
      "labs.involvedFreeLightChain",
      "labs.uninvolvedFreeLightChain",
      "marrow.clonalPlasmaCellPercent",
    ],
  },
  smmHighRiskAquila: {
    label: "high-risk SMM by the AQUILA trial definition",
    values: BOOL,
    inputs: [
      "marrow.clonalPlasmaCellPercent",
      "labs.serumMProtein",
      "labs.heavyChain",
      "labs.involvedFreeLightChain",
      "labs.uninvolvedFreeLightChain",
      "labs.igg",
      "labs.iga",
      "labs.igm",
    ],
  },
  smmHighRiskQuiredex: {
    label: "high-risk SMM by the QuiRedex trial definition",
    values: BOOL,
    inputs: ["marrow.clonalPlasmaCellPercent", "labs.serumMProtein", "labs.heavyChain", "labs.urineMProtein"],
  },
  smmHighRiskE3a06: {
    label: "intermediate/high-risk SMM by the E3A06 trial definition",
    values: BOOL,
    inputs: [
      "marrow.clonalPlasmaCellPercent",
      "labs.involvedFreeLightChain",
      "labs.uninvolvedFreeLightChain",
      "labs.lightChain",
    ],
  },
  cytogeneticHighRisk: {
    label: "high-risk myeloma (IMS/IMWG 2025)",
    values: BOOL,
    inputs: ["cytogenetics", "labs.beta2Microglobulin", "labs.creatinine"],
  },
  highRiskCytogenetics: {
    label: "high-risk cytogenetics (IMS/IMWG 2025 criteria 1-3)",
    values: BOOL,
    inputs: ["cytogenetics"],
  },
  transplantCandidate: {
    label: "transplant candidate (clinician decision)",
    values: ["yes", "no", "deferred"],
    inputs: ["transplant.candidate"],
  },
  transplantCandidacyAssumed: {
    label: "transplant candidacy assumed (not recorded)",
    values: BOOL,
    inputs: ["transplant.candidate"],
  },
  crclMlMin: {
    label: "creatinine clearance (Cockcroft-Gault)",
    unit: "mL/min",
    inputs: ["labs.creatinine", "patient.age", "patient.sex", "patient.weight"],
  },
  measuredCrclMlMin: {
    label: "measured creatinine clearance",
    unit: "mL/min",
    inputs: ["labs.measuredCreatinineClearance"],
  },
  crclDisagreeLenalidomide: {
    label: "measured and Cockcroft-Gault clearances in different lenalidomide dose bands",
    values: BOOL,
    inputs: CLEARANCES_INPUT,
  },
  crclDisagreeZoledronicAcid: {
    label: "measured and Cockcroft-Gault clearances in different zoledronic acid dose bands",
    values: BOOL,
    inputs: CLEARANCES_INPUT,
  },
  crclDisagreeAt30: {
    label: "measured and Cockcroft-Gault clearances on either side of 30 mL/min",
    values: BOOL,
    inputs: CLEARANCES_INPUT,
  },
  egfr: {
    label: "eGFR (CKD-EPI 2021)",
    unit: "mL/min/1.73m2",
    inputs: ["labs.creatinine", "patient.age", "patient.sex"],
  },
  dialysis: { label: "on dialysis", values: BOOL, inputs: ["conditions.renalFailureOnDialysis"] },
  renalCrab: {
    label: "renal insufficiency (IMWG 2014 CRAB)",
    values: BOOL,
    inputs: ["labs.creatinine", "patient.age", "patient.sex", "conditions.renalFailureOnDialysis"],
  },
  kidneyImpairmentFromMyeloma: {
    label: "kidney impairment attributed to myeloma by the team",
    values: BOOL,
    inputs: [KIDNEY_ATTRIBUTION_FIELD],
  },
  frailtyGroup: {
    label: "IMWG frailty group",
    values: ["fit", "intermediate", "frail"],
    inputs: ["patient.age", "fitness.charlson", "fitness.adl", "fitness.iadl"],
  },
  ecog: { label: "ECOG performance status", inputs: ["fitness.ecog"] },
  charlson: { label: "Charlson comorbidity index", inputs: ["fitness.charlson"] },
  peripheralNeuropathy: {
    label: "peripheral neuropathy present",
    values: BOOL,
    inputs: ["conditions.peripheralNeuropathy"],
  },
  neuropathyGrade: { label: "peripheral neuropathy grade", inputs: ["conditions.neuropathyGrade"] },
  pregnancy: { label: "pregnancy", values: BOOL, inputs: ["conditions.pregnancy"] },
  neuropathyPainful: {
    label: "neuropathy with pain",
    values: BOOL,
    inputs: ["conditions.neuropathyPainful"],
  },
  // True also at NYHA class III or IV (review c57-U3; engine/options.ts heartFailureOf); asked as heart failure.
  heartFailure: { label: "heart failure", values: BOOL, inputs: ["conditions.heartFailure"] },
  nyhaClass: {
    label: "NYHA class",
    values: ["I", "II", "III", "IIIA", "IIIB", "IV"],
    inputs: ["conditions.nyhaClass"],
  },
  hypertension: {
    label: "hypertension",
    values: ["none", "controlled", "uncontrolled"],
    inputs: ["conditions.hypertension"],
  },
  hepaticImpairment: {
    label: "hepatic impairment (Child-Pugh class)",
    values: ["none", "child-pugh-a", "child-pugh-b", "child-pugh-c"],
    inputs: ["conditions.hepaticImpairment"],
  },
  priorLines: { label: "prior lines of therapy", inputs: LINES_INPUT },
  priorLinesIfFewer: {
    label: "prior lines of therapy if open line-count questions read two lines as one",
    inputs: ["treatmentHistory.plannedWithPrevious"],
  },
  priorLinesIfMore: {
    label: "prior lines of therapy if open line-count questions read one line as two",
    inputs: ["treatmentHistory.plannedWithPrevious"],
  },
  onTherapy: { label: "on therapy now", values: BOOL, inputs: LINES_INPUT },
  phase: {
    label: "treatment phase",
    values: TREATMENT_PHASES,
    inputs: ["treatmentHistory", "transplant.candidate"],
  },
  currentLine: { label: "line of therapy being given", inputs: LINES_INPUT },
  weeksOnCurrentLine: {
    label: "weeks on the current line",
    unit: "weeks",
    inputs: ["treatmentHistory.start"],
  },
  daraLenMaintenanceMonths: {
    label: "months of daratumumab-lenalidomide maintenance",
    unit: "months",
    inputs: ["treatmentHistory.start", "treatmentHistory.phase"],
  },
  smmDaratumumabMonths: {
    label: "months of daratumumab for smouldering myeloma",
    unit: "months",
    inputs: ["treatmentHistory.start", "treatmentHistory.setting"],
  },
  monthsSinceLineEnded: {
    label: "months since the latest line ended",
    unit: "months",
    inputs: ["treatmentHistory.end"],
  },
  lastLineDvmp: {
    label: "latest line D-VMP",
    values: BOOL,
    inputs: ["treatmentHistory.drugs"],
  },
  lastLineDvrd: {
    label: "latest line with daratumumab, bortezomib and lenalidomide (D-VRd)",
    values: BOOL,
    inputs: ["treatmentHistory.drugs"],
  },
  lastLineIsaVrd: {
    label: "latest line with isatuximab, bortezomib and lenalidomide (Isa-VRd)",
    values: BOOL,
    inputs: ["treatmentHistory.drugs"],
  },
  lastLineRefractory: {
    label:
      "progressed on the latest line or within 60 days of its last dose (this tool's reading of the EU label's 'progressed on last therapy', UNVERIFIED)",
    values: BOOL,
    inputs: ["treatmentHistory.end", "treatmentHistory.progressionDate"],
  },
  lastLineContinuousStopped: {
    label:
      "latest line a regimen given until progression (DRd, D-Rd, Isa-Rd or Rd) without a transplant, stopped with no planned end",
    values: BOOL,
    inputs: ["treatmentHistory.drugs", "treatmentHistory.asct", "treatmentHistory.stopReason"],
  },
  firstLineStoppedEarly: {
    label:
      "first line stopped with no planned end before a partial response was recorded or graded (no transplant in it)",
    values: BOOL,
    inputs: ["treatmentHistory.stopReason", "treatmentHistory.bestResponse", "series.serumMProtein"],
  },
  onVcd: {
    label: "on bortezomib with cyclophosphamide (VCd) now",
    values: BOOL,
    inputs: ["treatmentHistory.drugs"],
  },
  onRdOnly: {
    label: "on lenalidomide with or without dexamethasone alone (Rd) now",
    values: BOOL,
    inputs: ["treatmentHistory.drugs"],
  },
  continuationRunning: {
    label: "first-line continuation given now (D-Rd, Isa-Rd, daratumumab alone)",
    values: ["d-rd", "isa-rd", "daratumumab", "none"],
    inputs: ["treatmentHistory.drugs"],
  },
  onVrdLite: {
    label: "on VRd-lite now (lenalidomide 15 mg days 1-21)",
    values: BOOL,
    inputs: ["treatmentHistory.regimen"],
  },
  inductionBeforeLastCycle: {
    label: "on induction, before its last planned cycle (treatments.md 4 lengths)",
    values: BOOL,
    inputs: ["treatmentHistory.regimen", "treatmentHistory.drugs", "treatmentHistory.start"],
  },
  onMaiaDrd: {
    label: "on first-line DRd (MAIA) now",
    values: BOOL,
    inputs: ["treatmentHistory.drugs", "transplant.candidate"],
  },
  onTalquetamabWithDaratumumab: {
    label: "on talquetamab with daratumumab (MonumenTAL-3) now",
    values: BOOL,
    inputs: ["treatmentHistory.drugs"],
  },
  smmTherapyOutcomeUnknown: {
    label: "active myeloma found while therapy for smouldering myeloma is given, its outcome not recorded",
    values: BOOL,
    inputs: ["treatmentHistory.progressedOn"],
  },
  zoledronicAcidSince: {
    label: "on zoledronic acid since",
    inputs: ["treatmentHistory.drugs", "treatmentHistory.start"],
  },
  zoledronicAcidMonths: {
    label: "months on zoledronic acid",
    unit: "months",
    inputs: ["treatmentHistory.drugs", "treatmentHistory.start"],
  },
  zoledronicAcidStoppedForToxicity: {
    label: "zoledronic acid stopped for toxicity",
    values: BOOL,
    inputs: ["treatmentHistory.drugs", "treatmentHistory.stopReason"],
  },
  zoledronicAcidBaseline: {
    label: "zoledronic acid's baseline",
    inputs: ["series.creatinine", "labs.creatinine", "treatmentHistory.start"],
  },
  zoledronicAcidDoseCrclMlMin: {
    label:
      "creatinine clearance (Cockcroft-Gault) the zoledronic acid dose reads (its baseline's when it is given now, else today's)",
    unit: "mL/min",
    inputs: ["series.creatinine", "labs.creatinine", "patient.age", "patient.sex", "patient.weight"],
  },
  zoledronicAcidHold: {
    label:
      "zoledronic acid held for a creatinine rise (>=0.5 mg/dL from a normal baseline, >=1.0 from an abnormal one, until within 10% of baseline)",
    values: BOOL,
    inputs: ["series.creatinine", "labs.creatinine", "treatmentHistory.start"],
  },
  zoledronicAcidCreatinineChange: {
    label: "creatinine since zoledronic acid started",
    inputs: ["series.creatinine", "labs.creatinine", "treatmentHistory.start"],
  },
  zoledronicAcidRiseNoBaseline: {
    label: "creatinine on zoledronic acid, no baseline before it recorded",
    inputs: ["series.creatinine", "labs.creatinine", "treatmentHistory.start"],
  },
  responseVgprOrBetter: {
    label: "response VGPR or better",
    values: BOOL,
    inputs: ["series.serumMProtein", "treatmentHistory.bestResponse"],
  },
  pdOlderWordingOnLine: {
    label: "possible progression on the line being given (IMWG 2006/2011 wording confirmed, 2016 not met)",
    values: BOOL,
    inputs: ["series.serumMProtein", "series.urineMProtein", "treatmentHistory"],
  },
  flcRiseOnLine: {
    label:
      "free light chain rise of the IMWG progression size on the line being given, the FLC not the disease's measure (not read as progression)",
    values: BOOL,
    inputs: ["series.involvedFreeLightChain", "series.uninvolvedFreeLightChain", "treatmentHistory"],
  },
  mrdNegativeSustained: {
    label:
      "IMWG MRD negativity (NGF or NGS, sensitivity 1 in 10^5 or better) sustained >= 12 months (dated marrow MRD results with their method and sensitivity)",
    values: BOOL,
    inputs: ["series.mrd", "marrow.mrd", "marrow.date"],
  },
  progression: {
    label: "progression or relapse (IMWG)",
    values: BOOL,
    inputs: ["series", "treatmentHistory.progressedOn"],
  },
  lenalidomideExposed: { label: "lenalidomide exposed", values: BOOL, inputs: LINES_INPUT },
  lenalidomideRefractory: {
    label: "lenalidomide-refractory",
    values: BOOL,
    inputs: ["treatmentHistory.progressedOn"],
  },
  piExposed: { label: "proteasome inhibitor exposed", values: BOOL, inputs: LINES_INPUT },
  imidExposed: { label: "immunomodulatory drug exposed", values: BOOL, inputs: LINES_INPUT },
  antiCd38Exposed: { label: "anti-CD38 antibody exposed", values: BOOL, inputs: LINES_INPUT },
  antiCd38ProgressedUnder4Weeks: {
    label: "progressed on an anti-CD38 antibody after under 4 weeks of it",
    values: BOOL,
    inputs: LINES_INPUT,
  },
  stemCellsCollected: {
    label: "stem cell collection recorded since the first line began",
    values: BOOL,
    inputs: ["treatmentHistory.phase", "treatmentHistory.drugs", "treatmentHistory.regimen"],
  },
  transplantInLatestLine: {
    label:
      "the latest line holds a transplant (an entry flagged asct, in the transplant phase, or of melphalan alone)",
    values: BOOL,
    inputs: ["treatmentHistory.asct", "treatmentHistory.phase", "treatmentHistory.drugs"],
  },
  daysSinceAntiCd38: {
    label:
      "days since an anti-CD38 antibody was last given (its end; not recorded, the start of the therapy after it, or 0 when it stopped on a day not recorded with nothing after it)",
    unit: "days",
    inputs: ["treatmentHistory.end"],
  },
  daysSinceDaratumumab: {
    label:
      "days since daratumumab was last given (its end; not recorded, the start of the therapy after it, or 0 when it stopped on a day not recorded with nothing after it)",
    unit: "days",
    inputs: ["treatmentHistory.end"],
  },
  antiCd38Refractory: {
    label: "anti-CD38 antibody refractory",
    values: BOOL,
    inputs: ["treatmentHistory.progressedOn"],
  },
  tripleClassExposed: { label: "triple-class exposed", values: BOOL, inputs: LINES_INPUT },
  tripleClassRefractory: { label: "triple-class refractory", values: BOOL, inputs: LINES_INPUT },
  pentaRefractory: { label: "penta-refractory", values: BOOL, inputs: LINES_INPUT },
  priorAsct: { label: "prior autologous transplant", values: BOOL, inputs: LINES_INPUT },
  monthsSinceAsct: {
    label: "months since the autologous transplant",
    unit: "months",
    inputs: ["treatmentHistory.asct", "treatmentHistory.start"],
  },
  priorBcmaTherapy: { label: "prior BCMA-directed therapy", values: BOOL, inputs: LINES_INPUT },
  priorBcmaCarT: { label: "prior BCMA CAR T-cell therapy", values: BOOL, inputs: LINES_INPUT },
  bcmaBeforeCurrentLine: {
    label: "BCMA-directed therapy before the line being given",
    values: BOOL,
    inputs: LINES_INPUT,
  },
  bcmaAgentsBefore: { label: "BCMA-directed therapy received before", inputs: LINES_INPUT },
  antiCd38ShortCourses: {
    label: "the anti-CD38 course progressed on after under 4 weeks",
    inputs: ["treatmentHistory.start", "treatmentHistory.end", "treatmentHistory.progressionDate"],
  },
  lastLineBcmaCarT: {
    label: "latest line included a BCMA CAR T-cell infusion",
    values: BOOL,
    inputs: LINES_INPUT,
  },
  daysSinceBcmaCarT: {
    label: "days since the BCMA CAR T-cell infusion of the latest line",
    unit: "days",
    inputs: LINES_INPUT,
  },
  ancSinceBcmaCarT: {
    label: "absolute neutrophil count since the BCMA CAR T-cell infusion",
    unit: "x10^9/L",
    inputs: ["labs.neutrophils", "series.neutrophils", ...LINES_INPUT],
  },
  plateletsSinceBcmaCarT: {
    label: "platelet count since the BCMA CAR T-cell infusion",
    unit: "x10^9/L",
    inputs: ["labs.platelets", "series.platelets", ...LINES_INPUT],
  },
  bcmaCarTInfusionUndated: {
    label: "BCMA CAR T-cell infusion day not recorded (entry with lymphodepletion drugs and no end)",
    values: BOOL,
    inputs: LINES_INPUT,
  },
  carfilzomibRefractory: { label: "carfilzomib-refractory", values: BOOL, inputs: LINES_INPUT },
  bortezomibRefractory: { label: "bortezomib-refractory", values: BOOL, inputs: LINES_INPUT },
  asctInduction: {
    label: "induction before the transplant",
    values: ["D-VRd", "D-VTd", "other"],
    inputs: ["treatmentHistory.drugs", "treatmentHistory.asct"],
  },
  consolidationGiven: {
    label: "consolidation given after the transplant",
    values: BOOL,
    inputs: ["treatmentHistory.phase"],
  },
  autograftsInLine: {
    label: "autologous transplants in the line of the latest one",
    inputs: ["treatmentHistory.asct", "treatmentHistory.plannedWithPrevious"],
  },
  preAsctInduction: {
    label: "induction before the transplant",
    values: ["Isa-KRd", "D-VRd", "D-VTd", "VRd", "other"],
    inputs: ["treatmentHistory"],
  },
  lenalidomideWeeksBeforeAsct: {
    label: "weeks of lenalidomide-containing induction, no transplant yet",
    unit: "weeks",
    inputs: ["treatmentHistory.start", "treatmentHistory.end"],
  },
  dvrdCyclesOf21Days: {
    label: "D-VRd cycles given (as recorded, else the dates counted as cycles of 21 days)",
    unit: "cycles",
    inputs: ["treatmentHistory.cycles", "treatmentHistory.start", "treatmentHistory.end"],
  },
  dvrdCyclesRecorded: {
    label: "D-VRd cycles recorded on its entries",
    values: BOOL,
    inputs: ["treatmentHistory.cycles"],
  },
  dvrdStoppedForToxicity: {
    label: "D-VRd stopped for toxicity",
    values: BOOL,
    inputs: ["treatmentHistory.stopReason"],
  },
  daratumumabExposed: { label: "daratumumab exposed", values: BOOL, inputs: LINES_INPUT },
  mrdNegative: { label: "MRD negative (marrow)", values: BOOL, inputs: ["marrow.mrd"] },
  monthsFromAsctToProgression: {
    label: "months from the autologous transplant to progression",
    unit: "months",
    inputs: ["treatmentHistory.asct", "treatmentHistory.progressionDate", "series"],
  },
  plasmacytomaSite: {
    label: "plasmacytoma site",
    values: ["bone", "extramedullary"],
    inputs: ["biopsy.plasmacytoma.site"],
  },
  plasmacytomaSizeCm: { label: "plasmacytoma size", unit: "cm", inputs: ["biopsy.plasmacytoma.sizeCm"] },
  flcRatioAbnormal: {
    label: "abnormal serum FLC ratio (kappa/lambda outside 0.26-1.65)",
    values: BOOL,
    inputs: ["labs.involvedFreeLightChain", "labs.uninvolvedFreeLightChain", "labs.lightChain"],
  },
  boneDisease: {
    label: "bone disease (lytic lesion or pathological fracture)",
    values: BOOL,
    inputs: ["imaging.osteolyticLesions", "conditions.pathologicFracture"],
  },
  pathologicFracture: {
    label: "pathological fracture",
    values: BOOL,
    inputs: ["conditions.pathologicFracture"],
  },
  spinalCordCompression: {
    label: "spinal cord compression",
    values: BOOL,
    inputs: ["conditions.spinalCordCompression"],
  },
  bonePain: { label: "bone pain", values: BOOL, inputs: ["conditions.bonePain"] },
  hemoglobinGDl: { label: "haemoglobin", unit: "g/dL", inputs: ["labs.hemoglobin"] },
  hemoglobinOnCurrentLine: {
    label: "haemoglobin taken on the line being given (after its first day)",
    values: BOOL,
    inputs: ["labs.hemoglobin", "series.hemoglobin", "treatmentHistory.start"],
  },
  anaemiaFromMyeloma: {
    label: "anaemia attributed to the myeloma by the team",
    values: BOOL,
    inputs: ["conditions.anaemiaFromMyeloma"],
  },
  hypercalcemia: { label: "hypercalcaemia (CRAB)", values: BOOL, inputs: ["labs.calcium"] },
  calciumMgDl: { label: "serum calcium", unit: "mg/dL", inputs: ["labs.calcium"] },
  calciumAsReported: { label: "serum calcium as reported", inputs: ["labs.calcium"] },
  calciumVsLowerLimit: {
    label: "serum calcium against the laboratory's lower limit of normal",
    values: ["below", "not-below", "no-limit-given"],
    inputs: ["labs.calcium", "labs.calcium.lowerLimitOfNormal"],
  },
  iggMgDl: { label: "serum IgG", unit: "mg/dL", inputs: ["labs.igg"] },
  iggAsReported: { label: "serum IgG as reported", inputs: ["labs.igg"] },
  tCellRedirectionSince: { label: "T-cell-redirecting therapy the IgG is read since", inputs: LINES_INPUT },
  iggSinceTCellRedirection: {
    label: "serum IgG since the T-cell-redirecting therapy started",
    unit: "mg/dL",
    inputs: ["labs.igg", "series.igg", ...LINES_INPUT],
  },
  ancE9L: { label: "absolute neutrophil count", unit: "x10^9/L", inputs: ["labs.neutrophils"] },
  neutrophilsDate: { label: "date of the neutrophil count", inputs: ["labs.neutrophils"] },
  plateletsE9L: { label: "platelet count", unit: "x10^9/L", inputs: ["labs.platelets"] },
  plateletsDate: { label: "date of the platelet count", inputs: ["labs.platelets"] },
  countRecoverySinceAsct: {
    label: "blood counts recovered since the transplant (ANC >= 1000/uL, platelets >= 75,000/uL)",
    values: BOOL,
    inputs: ["labs.neutrophils", "labs.platelets"],
  },
  recurrentInfections: {
    label: "recurrent or serious infections",
    values: BOOL,
    inputs: ["conditions.recurrentInfections"],
  },
  hyperviscosity: { label: "hyperviscosity", values: BOOL, inputs: ["conditions.hyperviscosity"] },
  constitutionalSymptoms: {
    label: "constitutional symptoms (fever, night sweats or weight loss)",
    values: BOOL,
    inputs: ["conditions.constitutionalSymptoms"],
  },
  weightKg: { label: "weight", unit: "kg", inputs: ["patient.weight"] },
  iggKappa: { label: "IgG-kappa M-protein", values: BOOL, inputs: ["labs.heavyChain", "labs.lightChain"] },
  onImid: { label: "on an immunomodulatory drug now", values: BOOL, inputs: LINES_INPUT },
  onPi: { label: "on a proteasome inhibitor now", values: BOOL, inputs: LINES_INPUT },
  onAntiCd38: { label: "on an anti-CD38 antibody now", values: BOOL, inputs: LINES_INPUT },
  onBispecific: { label: "on a bispecific antibody now", values: BOOL, inputs: LINES_INPUT },
  bispecificEnded: {
    label: "a bispecific antibody given before, not now",
    values: BOOL,
    inputs: LINES_INPUT,
  },
  ancSinceEndedBispecific: {
    label: "absolute neutrophil count since the bispecific antibody given before started",
    unit: "x10^9/L",
    inputs: ["labs.neutrophils", "series.neutrophils", ...LINES_INPUT],
  },
  ancSinceBispecificStart: {
    label: "absolute neutrophil count since the bispecific antibody started",
    unit: "x10^9/L",
    inputs: ["labs.neutrophils", "series.neutrophils", ...LINES_INPUT],
  },
  ancSinceLenalidomideStart: {
    label: "absolute neutrophil count since lenalidomide started",
    unit: "x10^9/L",
    inputs: ["labs.neutrophils", "series.neutrophils", ...LINES_INPUT],
  },
  plateletsSinceLenalidomideStart: {
    label: "platelet count since lenalidomide started",
    unit: "x10^9/L",
    inputs: ["labs.platelets", "series.platelets", ...LINES_INPUT],
  },
  ancSinceBortezomibStart: {
    label: "absolute neutrophil count since bortezomib started",
    unit: "x10^9/L",
    inputs: ["labs.neutrophils", "series.neutrophils", ...LINES_INPUT],
  },
  plateletsSinceBortezomibStart: {
    label: "platelet count since bortezomib started",
    unit: "x10^9/L",
    inputs: ["labs.platelets", "series.platelets", ...LINES_INPUT],
  },
  ancSincePomalidomideStart: {
    label: "absolute neutrophil count since pomalidomide started",
    unit: "x10^9/L",
    inputs: ["labs.neutrophils", "series.neutrophils", ...LINES_INPUT],
  },
  plateletsSincePomalidomideStart: {
    label: "platelet count since pomalidomide started",
    unit: "x10^9/L",
    inputs: ["labs.platelets", "series.platelets", ...LINES_INPUT],
  },
  ancSinceCarfilzomibStart: {
    label: "absolute neutrophil count since carfilzomib started",
    unit: "x10^9/L",
    inputs: ["labs.neutrophils", "series.neutrophils", ...LINES_INPUT],
  },
  plateletsSinceCarfilzomibStart: {
    label: "platelet count since carfilzomib started",
    unit: "x10^9/L",
    inputs: ["labs.platelets", "series.platelets", ...LINES_INPUT],
  },
  onBcmaBispecific: { label: "on a BCMA bispecific antibody now", values: BOOL, inputs: LINES_INPUT },
  kidneyNewOnTreatment: {
    label: "kidney impairment new or worse since the latest line started",
    values: BOOL,
    inputs: ["labs.creatinine", "series.creatinine", "conditions.renalFailureOnDialysis", ...LINES_INPUT],
  },
  myelomaKidneyInjuryAtRelapse: {
    label: "kidney injury from the myeloma at this relapse (creatinine rise >= 2 mg/dL from the line start)",
    values: BOOL,
    inputs: [KIDNEY_ATTRIBUTION_FIELD, "labs.creatinine", "series.creatinine", ...LINES_INPUT],
  },
  creatinineAboveZaTrials: {
    label: "serum creatinine above 3.0 mg/dL (265 umol/L), beyond the zoledronic acid trials",
    values: BOOL,
    inputs: ["labs.creatinine"],
  },
  creatinineMgDl: { label: "serum creatinine", unit: "mg/dL", inputs: ["labs.creatinine"] },
  albuminLow: {
    label: "albumin low (below the laboratory's lower limit, else below 3.5 g/dL)",
    values: BOOL,
    inputs: ["labs.albumin", "labs.albumin.lowerLimitOfNormal"],
  },
  iggIncludesMProtein: {
    label: "total IgG includes the monoclonal IgG (IgG-type M-protein)",
    values: BOOL,
    inputs: ["labs.heavyChain", "labs.serumMProtein"],
  },
  hbvSerology: {
    label: "HBV serology (HBsAg and anti-HBc)",
    values: ["positive", "negative"],
    inputs: ["labs.hepatitisBSurfaceAntigen", "labs.hepatitisBCoreAntibody"],
  },
  onDenosumab: { label: "on denosumab now", values: BOOL, inputs: ["treatmentHistory.drugs"] },
  denosumabCourse: {
    label: "denosumab given",
    inputs: ["treatmentHistory.drugs", "treatmentHistory.start", "treatmentHistory.end"],
  },
  denosumabStoppedNoTransition: {
    label: "denosumab stopped with no bone agent recorded after it",
    values: BOOL,
    inputs: ["treatmentHistory.drugs", "treatmentHistory.start", "treatmentHistory.end"],
  },
  settingUnrecordedDaratumumabAlone: {
    label: "daratumumab alone, its setting not recorded, with today's values meeting smouldering myeloma",
    values: BOOL,
    inputs: ["treatmentHistory.drugs", "treatmentHistory.setting"],
  },
  plasmacytomaRadiotherapyGiven: {
    label: "definitive radiotherapy for the solitary plasmacytoma given (ended)",
    values: BOOL,
    inputs: ["treatmentHistory.regimen", "treatmentHistory.end"],
  },
  lightChainMgus: {
    label: "light-chain MGUS (no heavy chain on immunofixation)",
    values: BOOL,
    inputs: ["labs.heavyChain"],
  },
  vteHistory: {
    label: "venous thromboembolism before",
    values: BOOL,
    inputs: ["conditions.vteHistory"],
  },
  anticoagulation: {
    label: "anticoagulation or thromboprophylaxis taken now",
    values: ["none", "prophylactic", "therapeutic"],
    inputs: ["conditions.anticoagulation"],
  },
  anticoagulationNow: {
    label: "anticoagulation now (as recorded, else an anticoagulant running)",
    values: ["none", "prophylactic", "therapeutic", "running-intensity-not-recorded", "not-recorded"],
    inputs: ["conditions.anticoagulation", "treatmentHistory.drugs"],
  },
  anticoagulantOrAspirinRunning: {
    label: "aspirin or an anticoagulant running now",
    values: BOOL,
    inputs: ["treatmentHistory.drugs"],
  },
  hsvVzvProphylaxisNow: {
    label: "HSV/VZV prophylaxis (aciclovir or valaciclovir) now",
    values: PROPHYLAXIS_NOW,
    inputs: PROPHYLAXIS_INPUTS,
  },
  pjpProphylaxisNow: {
    label: "PJP prophylaxis (TMP-SMX) now",
    values: PROPHYLAXIS_NOW,
    inputs: PROPHYLAXIS_INPUTS,
  },
  antibacterialProphylaxisNow: {
    label: "levofloxacin prophylaxis now",
    values: PROPHYLAXIS_NOW,
    inputs: PROPHYLAXIS_INPUTS,
  },
  impedeVteGroup: {
    label: "IMPEDE VTE group of the IMiD regimen",
    values: ["low", "intermediate", "high"],
    inputs: ["patient.weight", "patient.height", "conditions.vteHistory", "treatmentHistory"],
  },
  alMayo2004Stage: {
    label: "AL cardiac stage (Mayo 2004, European modification)",
    values: ["I", "II", "III", "IIIa", "IIIb"],
    inputs: ["labs.ntProBnp", "labs.troponinT"],
  },
  alMayo2012Stage: {
    label: "AL stage (Mayo 2012)",
    values: [1, 2, 3, 4],
    inputs: [
      "labs.ntProBnp",
      "labs.troponinT",
      "labs.involvedFreeLightChain",
      "labs.uninvolvedFreeLightChain",
    ],
  },
  troponinTNgMl: { label: "troponin T", unit: "ng/mL", inputs: ["labs.troponinT"] },
  troponinTHighSensitivity: {
    label: "troponin T by a high-sensitivity assay",
    values: BOOL,
    inputs: ["labs.troponinT.method"],
  },
  ntProBnpPgMl: { label: "NT-proBNP", unit: "pg/mL", inputs: ["labs.ntProBnp"] },
  alHeartInvolved: { label: "heart involved by amyloid", values: BOOL, inputs: ["conditions.amyloidOrgans"] },
  alAlsoMet: {
    label: "AL amyloidosis met too",
    values: BOOL,
    inputs: ["biopsy.amyloid", "biopsy.amyloidType", "conditions.amyloidOrgans"],
  },
  ntProBnpAtLineStartPgMl: {
    label: "NT-proBNP at the start of the line",
    unit: "pg/mL",
    inputs: ["series.ntProBnp", "labs.ntProBnp"],
  },
  troponinTAtLineStartNgMl: {
    label: "troponin T at the start of the line",
    unit: "ng/mL",
    inputs: ["series.troponinT", "labs.troponinT"],
  },
  cardiacMarkersRising: {
    label: "NT-proBNP or troponin T higher than at the start of the line",
    values: BOOL,
    inputs: ["series.ntProBnp", "series.troponinT", "labs.ntProBnp", "labs.troponinT"],
  },
  alSwitchRuleMetOnCycles: {
    label:
      "AL: no partial response after 2 cycles, or no very good partial response after 4, on the cycles recorded",
    values: BOOL,
    inputs: ["treatmentHistory.cycles", "series.involvedFreeLightChain", "series.uninvolvedFreeLightChain"],
  },
  alLineCycles: {
    label: "cycles recorded on the AL line being given",
    unit: "cycles",
    inputs: ["treatmentHistory.cycles"],
  },
  alResponseLost: {
    label:
      "AL: a CR or VGPR reached on the latest line (given now or ended) lost since, the light chain rising",
    values: BOOL,
    inputs: [
      "treatmentHistory.bestResponse",
      "series.involvedFreeLightChain",
      "series.uninvolvedFreeLightChain",
      "series.serumImmunofixation",
      "series.urineImmunofixation",
    ],
  },
  alLightChainRise: {
    label: "AL involved free light chain, from its lowest value on the line to the two latest",
    inputs: ["series.involvedFreeLightChain"],
  },
  alOrganCount: { label: "organs involved by amyloid", inputs: ["conditions.amyloidOrgans"] },
  amyloidNotTyped: {
    label: "amyloid found and not typed",
    values: BOOL,
    inputs: ["biopsy.amyloid", "biopsy.amyloidType"],
  },
  amyloidTypedNotLightChain: {
    label: "amyloid typed as another protein than light chain",
    values: BOOL,
    inputs: ["biopsy.amyloidType", "biopsy.amyloid"],
  },
  amyloidLightChainTyped: {
    label: "amyloid typed as light-chain (mass spectrometry or immuno-electron microscopy)",
    values: BOOL,
    inputs: ["biopsy.amyloidType", "biopsy.amyloid"],
  },
  monoclonalDisorderShown: {
    label:
      "monoclonal plasma-cell disorder shown (M-protein, abnormal FLC ratio or clonal marrow plasma cells)",
    values: BOOL,
    inputs: [
      "labs.serumImmunofixation",
      "labs.urineImmunofixation",
      "labs.involvedFreeLightChain",
      "marrow.clonalPlasmaCellPercent",
    ],
  },
};

export const FACT_NAMES = Object.keys(FACTS) as FactName[];

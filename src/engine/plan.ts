/** The plan ahead: each option labelled with the pathway phase it belongs to, and the steps of the
 * pathway (treatments.md 3, 4, 5) with their status relative to where the patient stands. */
import { TANDEM_ASCT } from "../knowledge/entries/newly-diagnosed.js";
import { DEFERRED_STEM_CELL_COLLECTION, OBSERVATION_AFTER_CAR_T } from "../knowledge/entries/pathway.js";
import { type EntryGroup, KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import type { CitationId } from "../model/bibliography/index.js";
import type { DiagnosisCategory, StopReason } from "../model/enums.js";
import { canonicalDrugName, DrugClass, drugClass, drugsAre, isVrdLite } from "../response/drug-classes.js";
import type { AssessmentOption, PhaseResult, PlanStep, PlanStepCode, TreatmentPhase } from "./assessment.js";
import { STOP_REASON_WORDS } from "./bone-agent.js";
import { imidsOf } from "./safety.js";

const GROUP_OF = new Map<string, EntryGroup>(KNOWLEDGE_ENTRIES.map((e) => [e.id, e.group]));
const RELAPSE_GROUPS: readonly EntryGroup[] = ["relapse", "car-t", "bispecific"];
const CONTINUE_ID = "pathway.continue-current-line";

/** The phase an option belongs to; undefined for options outside the treatment pathway (supportive care,
 * observation, local therapy). */
export function planPhaseOf(o: AssessmentOption, phase: PhaseResult): TreatmentPhase | undefined {
  const group = GROUP_OF.get(o.id);
  if (o.id === CONTINUE_ID) return phase.code;
  // Watched after a finished line: the step between that line and a relapse.
  // On the CAR-T line (its entry has no end date), the step of that line.
  if (o.id === OBSERVATION_AFTER_CAR_T)
    return phase.code === "relapsed" || phase.code === "refractory" ? phase.code : "line-finished";
  if (group && RELAPSE_GROUPS.includes(group)) return phase.code === "refractory" ? "refractory" : "relapsed";
  // A second transplant planned after the first: the step after the first transplant (review c63-M2).
  if (o.id === TANDEM_ASCT) return "post-transplant";
  switch (o.kind) {
    case "systemic-therapy":
      return group === "newly-diagnosed" || group === "al-amyloidosis" ? "induction" : undefined;
    case "stem-cell-transplant":
      return "transplant";
    case "consolidation":
      return "post-transplant";
    case "maintenance":
      return "maintenance";
    default:
      return undefined;
  }
}

/** Where a step of the plan comes from: the sources the clinical reference gives for that step of the
 * pathway, and whether the reference checks what the step rests on (false: a fact it marks UNVERIFIED, or
 * a reading that is the project's own). The same meaning as `citations` and `verified` on options and
 * alerts. */
export interface StepSource {
  readonly citations: readonly CitationId[];
  readonly verified: boolean;
}

/** Lines of therapy (Rajkumar 2015, criteria-and-scores.md 9.1) and IMWG 2016 response (6.2): the sources of
 * the steps about a line itself. */
const LINE_AND_RESPONSE = ["rajkumar-2015-blood-lines", "kumar-2016-lancet-oncol"] as const;
/** VRd x 8 then Rd (SWOG S0777), and DETERMINATION (lenalidomide maintenance after VRd, with IFM 2009). */
const S0777 = "durie-2017-lancet";
const DETERMINATION = "attal-2017-nejm";
/** The regimens continued until progression that the TIE continued step names after S0777: DRd (MAIA),
 * D-Rd (CEPHEUS), Isa-Rd (IMROZ). */
const CONTINUED_UNTIL_PROGRESSION = [
  "facon-2019-nejm-maia",
  "usmani-2025-nat-med",
  "facon-2024-nejm-imroz",
] as const;

/** The source of every kind of plan step (treatments.md 3, 4, 5, 6; criteria-and-scores.md 1, 6, 9). A
 * step's options carry their own sources; these are the step's. */
export const PLAN_STEP_SOURCES = {
  /** The deciding test first: the IMWG 2014 diagnostic criteria (criteria-and-scores.md 1), as the alert
   * pathway.deciding-test-first. */
  workUp: { citations: ["rajkumar-2014-lancet-oncol"], verified: true },
  /** Review c83-W1: a bone event recorded before imaging for osteolytic lesions: its care (treatments.md 8b: surgery
   * for fracture or instability, checked; palliative radiotherapy for cord compression, its row UNVERIFIED) and the
   * deciding imaging (criteria-and-scores.md 1.1). */
  boneEventFirst: { citations: ["terpos-2021-lancet-oncol", "rajkumar-2014-lancet-oncol"], verified: false },
  /** Transplant-eligible induction (treatments.md 3b): PERSEUS gives the sequence, 4 induction cycles ->
   * ASCT -> 2 consolidation cycles -> maintenance (checked); IFM 2009 / DETERMINATION, VRd with or without
   * ASCT (design checked; only the citation details are UNVERIFIED). */
  teInduction: { citations: ["sonneveld-2024-nejm", "attal-2017-nejm"], verified: true },
  /** Stem cell collection, then ASCT (treatments.md 3c): collection after no more than 4 cycles of
   * lenalidomide-containing therapy (US label [58], checked); ASCT after induction (IFM 2009 /
   * DETERMINATION [17]: it improves PFS, not OS; Mel200 standard, checked). */
  teTransplant: { citations: ["attal-2017-nejm", "myeloma-drug-labels"], verified: true },
  /** Stem cell collection and storage with the transplant deferred (review c63-U1): collection after no more than
   * 4 cycles of lenalidomide-containing therapy (treatments.md 3c, US label [58], checked), read for a patient who
   * keeps transplant as an option (the project's reading, said by the step's option). */
  deferredCollection: { citations: ["myeloma-drug-labels"], verified: true },
  /** A stem cell collection recorded before the transplant (review c65-M2): treatments.md 3c, "Stem cell collection:
   * after <= 4 cycles of lenalidomide-containing therapy (US label [58])", checked. */
  collection: { citations: ["myeloma-drug-labels"], verified: true },
  /** Consolidation (treatments.md 3c): built into D-VRd (PERSEUS, checked) and D-VTd (CASSIOPEIA): "rest
   * U", so the step is UNVERIFIED (as the knowledge entry ndmm.te.consolidation). */
  teConsolidation: { citations: ["sonneveld-2024-nejm", "moreau-2019-lancet"], verified: false },
  /** ... or a planned second (tandem) ASCT for high-risk cytogenetics (treatments.md 3c, "EMN02/StaMINA data
   * conflict": UNVERIFIED; the knowledge entry ndmm.te.tandem-asct cites NCCN for it). Added to the step's sources
   * when that option is listed (review c63-M2). */
  teTandem: { citations: ["nccn-mm-2026"], verified: false },
  /** Lenalidomide maintenance after ASCT (treatments.md 3d, meta-analysis [18], checked). */
  teMaintenance: { citations: ["mccarthy-2017-jco"], verified: true },
  /** ... with a proteasome inhibitor added for high-risk disease: the bortezomib-containing maintenance row
   * is UNVERIFIED (3d; the knowledge entry maint.pi-high-risk cites NCCN for it, the row naming HOVON-65 /
   * GMMG-HD4 without a bibliography number). */
  teMaintenanceHighRisk: { citations: ["mccarthy-2017-jco", "nccn-mm-2026"], verified: false },
  /** Induction without a transplant (treatments.md 4): the rows that give an induction then continued
   * therapy, IMROZ (Isa-VRd -> Isa-Rd) and CEPHEUS (D-VRd x 8 -> D-Rd), both checked, and SWOG S0777 (VRd
   * x 8 -> Rd; only the citation details UNVERIFIED). */
  tieInduction: {
    citations: ["facon-2024-nejm-imroz", "usmani-2025-nat-med", "durie-2017-lancet"],
    verified: true,
  },
  /** Continued therapy without a transplant (treatments.md 4), one source per regimen the step names: VRd x 8
   * then Rd (SWOG S0777), DRd until progression (MAIA), D-Rd (CEPHEUS), Isa-Rd (IMROZ). The rows mark only
   * dates and citation details UNVERIFIED, not the sequences. */
  tieContinued: { citations: [S0777, ...CONTINUED_UNTIL_PROGRESSION], verified: true },
  /** The same step after a first line that has ended with nothing given since (review c13-2): in the trials
   * continued therapy follows induction without a break (S0777; DETERMINATION: lenalidomide maintenance
   * after VRd); the reference gives no rule for starting it after time off therapy: the project's reading,
   * UNVERIFIED (as the caution on pathway.no-asct.continued-lenalidomide). */
  tieContinuedAfterLineEnded: {
    citations: [S0777, DETERMINATION, ...CONTINUED_UNTIL_PROGRESSION],
    verified: false,
  },
  /** DRd until progression (treatments.md 4, MAIA row: the schedule is given; only the dates are
   * UNVERIFIED). */
  continuousDrd: { citations: ["facon-2019-nejm-maia"], verified: true },
  /** D-Rd until progression after D-VRd x 8, without a transplant: CEPHEUS's continuation (treatments.md 4, D-VRd
   * (CEPHEUS) row, checked: "Dara SC + VRd x 8 cycles -> D-Rd until progression"), not MAIA's DRd from the start. */
  continuousDrdAfterDvrd: { citations: ["usmani-2025-nat-med"], verified: true },
  /** Rd as the whole first line without a transplant, or after VRd x 8 (treatments.md 4: Rd among the doublets for
   * frail patients; VRd "8 cycles -> Rd", SWOG S0777): read as one continuous course, as DRd is (review c88-m3). The
   * reference gives no duration for Rd: the project's reading, UNVERIFIED. */
  continuousRd: { citations: [S0777, "palumbo-2015-blood-frailty"], verified: false },
  /** D-VMP x 9 then daratumumab maintenance (treatments.md 4, ALCYONE): the whole row is UNVERIFIED. */
  dvmp: { citations: ["mateos-2018-nejm-alcyone"], verified: false },
  /** AL amyloidosis induction (treatments.md 6): D-VCd, ANDROMEDA (checked). */
  alInduction: { citations: ["kastritis-2021-nejm-andromeda"], verified: true },
  /** AL amyloidosis ASCT "if the gates are met" (treatments.md 6): the troponin T and NT-proBNP gates are
   * checked [48]; age, ECOG, blood pressure, renal and the other gates are UNVERIFIED; outcome by melphalan
   * dose [49]. */
  alTransplant: { citations: ["gertz-2013-bmt", "madan-2012-blood"], verified: false },
  /** A first-line step still ahead when nothing is given now (the line ended: after the transplant, or
   * after induction with candidacy not recorded): induction -> ASCT -> consolidation -> maintenance is one
   * planned line (criteria-and-scores.md 9.1, checked), but that the line still waits for the step after a
   * pause is the project's reading; the reference gives no rule for it. Added to the step's own sources. */
  firstLineStepAfterLineEnded: { citations: ["rajkumar-2015-blood-lines"], verified: false },
  /** A new line at progression (criteria-and-scores.md 9.1: a new line when a regimen is stopped and
   * another started, checked; 6.2: progression by IMWG 2016). The regimens are the options' (treatments.md
   * 5), each with its own sources; the reference gives no source for the step as a whole. */
  newLine: { citations: LINE_AND_RESPONSE, verified: true },
  /** The same for refractory disease: progression on the line or within 60 days of it (criteria-and-scores.md
   * 9.2, Rajkumar 2011; secondary source). */
  newLineRefractory: { citations: [...LINE_AND_RESPONSE, "rajkumar-2011-blood"], verified: true },
  /** The line being given (or its maintenance): the current line, not a prior line (criteria-and-scores.md
   * 9.1), its response assessed by IMWG 2016 (6.2), as the option pathway.continue-current-line. */
  lineBeingGiven: { citations: LINE_AND_RESPONSE, verified: true },
  /** A BCMA CAR-T given: a single infusion (treatments.md 5b, CARTITUDE-4), then followed up with response
   * monitoring (IMWG 2016), as the phase rule phase.after-car-t. */
  carTFollowUp: { citations: ["san-miguel-2023-nejm-cartitude4", "kumar-2016-lancet-oncol"], verified: true },
  /** Review c80-m3: the first 2 weeks after it, the US label's restrictions and monitoring since the REMS removal
   * (treatments.md 10, 5b), as alert.car-t.first-two-weeks cites them; added to the follow-up's sources. */
  carTFirstWeeks: { citations: ["fda-cart-safety-2024", "lin-2024-lancet-oncol"], verified: true },
  /** Review c69-M1: a first line given until progression (DRd, D-Rd, Isa-Rd, Rd: treatments.md 4) that ended without
   * progression, watched: the line is over (criteria-and-scores.md 9.1), the response followed by IMWG 2016 (6.2);
   * whether to restart the regimen's lenalidomide is put to the team, the reference giving no rule for restarting
   * after a stop: the project's reading, UNVERIFIED (as the adjustment of pathway.no-asct.continued-lenalidomide). */
  restartAfterContinuousStopped: {
    citations: [...LINE_AND_RESPONSE, ...CONTINUED_UNTIL_PROGRESSION, S0777],
    verified: false,
  },
  /** A line finished without progression, watched: the line is over and a new one starts at progression
   * (criteria-and-scores.md 9.1); the response is followed by IMWG 2016 (6.2). After a CAR-T the single
   * infusion's source is added. */
  observationAfterLine: { citations: LINE_AND_RESPONSE, verified: true },
  /** Re-check c71-m5: maintenance stopped with no progression, watched: the response followed by IMWG 2016 (6.2); the
   * restart put to the team (treatments.md 3d: "until progression or intolerance", McCarthy 2017; no rule for restarting
   * after a stop): the project's reading, UNVERIFIED. */
  restartAfterMaintenanceStopped: { citations: [...LINE_AND_RESPONSE, "mccarthy-2017-jco"], verified: false },
  /** Review c71 r488: the transplant pathway's induction stopped before a response was shown: the response assessed
   * by IMWG 2016 (criteria-and-scores.md 6.2), the induction's next step decided with the team before the transplant
   * (treatments.md 3b-3c); the reference gives no rule for an induction stopped early: UNVERIFIED. */
  inductionStoppedEarly: { citations: [...LINE_AND_RESPONSE, "sonneveld-2024-nejm"], verified: false },
  /** Review c89-W2: VCd (bortezomib, cyclophosphamide, dexamethasone, with or without daratumumab) given for myeloma as
   * the first line's induction: "Switch to quadruplet (e.g., D-VRd with renal-adjusted lenalidomide) once renal function
   * is known" (treatments.md 3b, VCd row, IMWG renal [19], checked). */
  vcdSwitch: { citations: ["dimopoulos-2016-jco-renal"], verified: true },
  /** Review c89-M2: VRd-lite's own sequence (treatments.md 4: "35-day cycles x 9 -> consolidation", O'Donnell 2018;
   * the row is UNVERIFIED, and names no consolidation regimen). */
  vrdLiteConsolidation: { citations: ["odonnell-2018-bjh"], verified: false },
  /** Review c76-W1: AL amyloidosis with a response level lost since the last line: the levels are Palladini 2012's
   * (treatments.md 6, UNVERIFIED); the reference gives no AL progression criteria and lists no AL relapse regimen. */
  alResponseLost: { citations: ["palladini-2012-jco"], verified: false },
} as const satisfies Record<string, StepSource>;

/** The step's `citations` and `verified`, from its source (a fresh array for each step). */
export function sourced(src: StepSource): { citations: CitationId[]; verified: boolean } {
  return { citations: [...src.citations], verified: src.verified };
}

/** Review c75-M2: a step ahead naming lenalidomide (or a lenalidomide doublet, "Rd") for the maintenance. */
const NAMES_LENALIDOMIDE = /lenalidomide|Rd\b/;

/**
 * Reviews c75-U1, c75-M2: the plan's steps when a pregnancy is recorded (`pregnant`; else `steps` as they are). The
 * step being given whose regimen holds lenalidomide, thalidomide or pomalidomide (`currentDrugs`) says so ("Line 2
 * (DPd) being given: contains pomalidomide, contraindicated in pregnancy: review now"), and a maintenance step ahead
 * naming lenalidomide says it is not offered. The contraindication is the US labels' (boxed warning, embryo-fetal
 * toxicity), cited by alert.pregnancy-imid-contraindicated; treatments.md 7a, 7b name their pregnancy-prevention
 * programmes.
 */
export function withPregnancy(
  pregnant: boolean,
  currentDrugs: readonly string[],
  steps: PlanStep[],
): PlanStep[] {
  if (!pregnant) return steps;
  const imids = imidsOf(currentDrugs);
  return steps.map((step) => {
    if (step.status === "current" && step.phase !== "line-finished" && imids.length > 0)
      return {
        ...step,
        title: `${step.title}: contains ${imids.join(" and ")}, contraindicated in pregnancy: review now`,
      };
    if (step.status === "done" || step.phase !== "maintenance" || !NAMES_LENALIDOMIDE.test(step.title))
      return step;
    const title = step.title.startsWith(TE_MAINTENANCE_PLAIN)
      ? `${TE_MAINTENANCE_PLAIN} is not offered in pregnancy (contraindicated)${step.title.slice(TE_MAINTENANCE_PLAIN.length)}`
      : `${step.title}: lenalidomide is not offered in pregnancy (contraindicated)`;
    return { ...step, title };
  });
}

/** `src` with `more`'s sources added after its own (each once); verified only when both are. */
function withSource(src: StepSource, more: StepSource): StepSource {
  return {
    citations: [...src.citations, ...more.citations.filter((c) => !src.citations.includes(c))],
    verified: src.verified && more.verified,
  };
}

interface StepDef {
  phase: TreatmentPhase;
  title: string;
  source: StepSource;
  /** The step's code (PlanStep.code), when the surfaces tell it apart. */
  code?: PlanStepCode;
}

const TE_MAINTENANCE_TITLE =
  "Maintenance: lenalidomide; a proteasome inhibitor added for high-risk cytogenetics";
const TE_MAINTENANCE_PLAIN = "Maintenance: lenalidomide";
const TANDEM_NOTE =
  "; or a planned second (tandem) ASCT for high-risk cytogenetics (EMN02 / StaMINA data conflict)";
const PI_HIGH_RISK_ID = "maint.pi-high-risk";
const TE_TRANSPLANT_TITLE = "Stem cell collection, then autologous stem cell transplant";
/** Review c65-M2: the transplant step once a collection is recorded (its own step, done, before it). */
export const TE_TRANSPLANT_AFTER_COLLECTION = "Autologous stem cell transplant (stem cells collected)";
export const STEM_CELLS_COLLECTED_TITLE = "Stem cell collection (recorded)";
const TE_STEPS: StepDef[] = [
  { phase: "induction", title: "Induction", source: PLAN_STEP_SOURCES.teInduction },
  {
    phase: "transplant",
    title: TE_TRANSPLANT_TITLE,
    source: PLAN_STEP_SOURCES.teTransplant,
  },
  {
    phase: "post-transplant",
    title: "Consolidation where the evidence gives it (2 cycles within D-VRd / D-VTd)",
    source: PLAN_STEP_SOURCES.teConsolidation,
  },
  {
    phase: "maintenance",
    title: TE_MAINTENANCE_TITLE,
    source: PLAN_STEP_SOURCES.teMaintenanceHighRisk,
  },
];
const TIE_STEPS: StepDef[] = [
  { phase: "induction", title: "Induction", source: PLAN_STEP_SOURCES.tieInduction },
  {
    phase: "maintenance",
    title: "Continued or maintenance therapy (VRd x8 then Rd; DRd, D-Rd, Isa-Rd until progression)",
    source: PLAN_STEP_SOURCES.tieContinued,
  },
];

/** Review c89-W2: the step after VCd given for myeloma (treatments.md 3b, VCd row; its code "switch-to-quadruplet"). The
 * planned switch keeps the first line (criteria-and-scores.md 9.1: a drug substituted by plan is no new line). */
export const VCD_SWITCH_TITLE =
  "Switch to a quadruplet (e.g. D-VRd with renal-adjusted lenalidomide) once renal function is known (IMWG renal, treatments.md 3b VCd row); the quadruplet for transplant eligibility and fitness (treatments.md 3b, 4)";
/** Review c89-M2: the continued-therapy step after VRd-lite, named by its own row (treatments.md 4), not S0777's. */
export const VRD_LITE_NEXT_TITLE =
  "Consolidation after 9 cycles of VRd-lite (35-day cycles; treatments.md 4, O'Donnell 2018): the reference names no consolidation regimen or length; then continued therapy decided with the team";

/** Review c63-U1: with the transplant deferred (kept for later), the collection and storage of stem cells, after
 * the induction step of whichever path the first line follows, while its option is listed. */
export const DEFERRED_COLLECTION_TITLE =
  "Stem cell collection and storage for a later transplant (transplant deferred; the lenalidomide US label collects within 4 cycles)";
const DEFERRED_COLLECTION_STEP: StepDef = {
  phase: "transplant",
  title: DEFERRED_COLLECTION_TITLE,
  source: PLAN_STEP_SOURCES.deferredCollection,
  code: "collection-deferred",
};

/** Review c79-M1 (treatments.md 3b, 3c): the transplant pathway's induction step now, once lenalidomide-containing
 * induction has passed the label's collection window with no collection recorded (the alert pathway.te.collection-due):
 * `weeks`, the weeks of lenalidomide-containing induction counted. Re-check c82-m4: the window is counted from its earliest
 * end (4 cycles of 21 days), so the title asks to plan the collection rather than calling it due. */
export const collectionDueTitle = (weeks: number): string =>
  `Induction: ${weeks} weeks of lenalidomide-containing therapy, no stem cell collection recorded: plan the stem cell collection (the lenalidomide US label collects within 4 cycles: 12 weeks of 21-day cycles, 16 weeks of 28-day cycles)`;

/** Review c63-W1: the first line ended with fewer D-VRd cycles recorded than CEPHEUS's 8 (treatments.md 4): the
 * induction step is what comes next, before the continued therapy. `given`: the count of cycles of 21 days. */
export const dvrdRemainingTitle = (given: number, recorded = false): string =>
  recorded
    ? `Remaining D-VRd cycles first: CEPHEUS gives 8 cycles of D-VRd, then D-Rd (${given} of 8 recorded)`
    : `Remaining D-VRd cycles first: CEPHEUS gives 8 cycles of D-VRd, then D-Rd (about ${given} of 8 given by the dates, counted as cycles of 21 days; fewer if they were of 28 days)`;

/** DRd (MAIA) is given until progression (treatments.md 4, DRd row; facon-2019-nejm-maia): no induction
 * followed by a maintenance step, one continuous course (review c9a). */
export const CONTINUOUS_DRD_TITLE =
  "DRd until progression or intolerance: one continuous regimen, no separate maintenance phase (MAIA)";
const DRD_STEPS: StepDef[] = [
  {
    phase: "induction",
    title: CONTINUOUS_DRD_TITLE,
    source: PLAN_STEP_SOURCES.continuousDrd,
    code: "continuous-drd",
  },
];
/** Review c88-m3: Rd given for 148 weeks to a patient not going to transplant read "now: Induction (Rd)", then "next:
 * continued or maintenance therapy". Rd (the doublet of treatments.md 4, or the Rd after VRd x 8) is the continued
 * therapy itself: one step, as DRd's. The reference gives Rd no fixed duration (UNVERIFIED reading). */
export const CONTINUOUS_RD_TITLE =
  "Rd continued without a set end: one continuous regimen, no separate maintenance phase (treatments.md 4: Rd, or VRd x 8 then Rd; the reference gives no fixed duration)";
const RD_STEPS: StepDef[] = [
  {
    phase: "induction",
    title: CONTINUOUS_RD_TITLE,
    source: PLAN_STEP_SOURCES.continuousRd,
    code: "continuous-rd",
  },
];
/** D-Rd after D-VRd in the same first line, without a transplant: CEPHEUS's continuation (treatments.md 4, D-VRd
 * (CEPHEUS) row: "Dara SC + VRd x 8 cycles -> D-Rd until progression"; usmani-2025-nat-med), one continuous course as
 * DRd's, but not MAIA's (the DRd row gives DRd from the start). The step code stays continuous-drd (the contract names it:
 * DRd given as one continuous course). */
export const CONTINUOUS_DRD_AFTER_DVRD_TITLE =
  "D-Rd after D-VRd until progression or intolerance: CEPHEUS's continuation (D-VRd x 8 cycles, then D-Rd), one continuous regimen, no separate maintenance phase";
const DRD_AFTER_DVRD_STEPS: StepDef[] = [
  {
    phase: "induction",
    title: CONTINUOUS_DRD_AFTER_DVRD_TITLE,
    source: PLAN_STEP_SOURCES.continuousDrdAfterDvrd,
    code: "continuous-drd",
  },
];
const DRD_DRUGS = ["daratumumab", "lenalidomide", "dexamethasone"];
/** The line being given is DRd: daratumumab, lenalidomide and dexamethasone, nothing else. */
export function isContinuousDrd(drugs: readonly string[]): boolean {
  const names = new Set(drugs.map((d) => (d === "daratumumab-hyaluronidase" ? "daratumumab" : d)));
  return names.size === DRD_DRUGS.length && DRD_DRUGS.every((d) => names.has(d));
}

/** DRd is given now (`currentDrugs`) and its line also gave bortezomib (`lineDrugs`, the line's drugs: D-VRd before
 * it): D-Rd after D-VRd, CEPHEUS's continuation (treatments.md 4), not MAIA's DRd (any spelling canonicalDrugName
 * reads). */
export function isDrdAfterDvrd(currentDrugs: readonly string[], lineDrugs: readonly string[]): boolean {
  return (
    isContinuousDrd(currentDrugs.map((d) => canonicalDrugName(d))) &&
    lineDrugs.some((d) => canonicalDrugName(d) === "bortezomib")
  );
}

/** Review c69-M1: the regimens of treatments.md 4 given until progression, each the whole of a first line without a
 * transplant: DRd (MAIA), D-Rd (CEPHEUS's continuation), Isa-Rd (IMROZ's), Rd (S0777's; the doublet for frail
 * patients). Ended without progression, such a line was the continued therapy itself, not an induction before it. */
const CONTINUOUS_REGIMENS = [
  ["daratumumab", "lenalidomide", "dexamethasone"],
  ["isatuximab", "lenalidomide", "dexamethasone"],
  ["lenalidomide", "dexamethasone"],
] as const;
/** The drugs of a line (any spelling canonicalDrugName reads) are one of CONTINUOUS_REGIMENS, nothing else, and its
 * last entry stopped with no planned end: by the patient's choice, for toxicity, for another reason, or with no
 * reason recorded. A "planned" or "completed" stop is the team's own end to a course (as a fixed-duration induction:
 * unchanged), and a stop for progression is a relapse. */
export function continuousLineStopped(drugs: readonly string[], stopReason: StopReason | null): boolean {
  return (
    stopReason !== "planned" &&
    stopReason !== "completed" &&
    stopReason !== "progression" &&
    CONTINUOUS_REGIMENS.some((r) => drugsAre(drugs, r))
  );
}
/** Review c69-M1: the step now after a continuous first line stopped without progression (continuousLineStopped):
 * observation, the restart a decision with the team (the patient's page reads it by this start). */
/** Re-check c72-W1/M1: the step now after a first line stopped before a response was shown (situation fact
 * firstLineStoppedEarly): the response assessment, and the next first-line treatment chosen with the team. */
export const STOPPED_EARLY_PREFIX =
  "Response assessment now (IMWG 2016); the next first-line treatment is decided with the team";
export const STOPPED_EARLY_TITLE = `${STOPPED_EARLY_PREFIX} (frailty-adapted where it applies: treatments.md 4)`;
/** Review c71 r488 (re-check c72-M1, its transplant analogue): on the transplant pathway, the induction stopped before a
 * response was shown: the response assessment and the induction's next step before collection and the transplant
 * (treatments.md 3b-3c give the transplant after induction; the reference gives no rule for an induction stopped early). */
export const STOPPED_EARLY_TE_TITLE = `${STOPPED_EARLY_PREFIX}, before the stem cell collection and the transplant (the reference gives no rule for an induction stopped early)`;
/** Re-check c72-m3: the end of the step now after a relapse line stopped with its outcome not known (the patient's
 * page reads it by this end). */
export const LINE_STOPPED_NOW =
  "its outcome not known: response assessment now (IMWG 2016); the next treatment is decided with the team";
export const CONTINUOUS_STOPPED_WATCH_TITLE =
  "Off therapy: observation with response monitoring; whether to restart continued therapy is decided with the team (the reference gives no rule for restarting after a stop)";

/** Lenalidomide and dexamethasone alone (Rd), a doublet of treatments.md 4 "for frail patients" not going to
 * transplant: as the first line being given with candidacy not recorded, the plan follows it (review c28-W2). */
export function isRdOnly(drugs: readonly string[]): boolean {
  return drugsAre(drugs, ["lenalidomide", "dexamethasone"]);
}

/** Bortezomib and dexamethasone alone (Vd), a doublet of treatments.md 4 "for frail patients" (review c31-W3). */
function isVdOnly(drugs: readonly string[]): boolean {
  return drugsAre(drugs, ["bortezomib", "dexamethasone"]);
}

/** Melphalan given as induction (VMP, MP; D-VMP is the one of treatments.md 4, "used where lenalidomide is
 * unsuitable"): no regimen of the transplant inductions (treatments.md 3b) holds it (review c31-W3). Read on
 * the drugs given now, before any transplant, so the high-dose melphalan of an ASCT entry is not among them. */
function holdsMelphalan(drugs: readonly string[]): boolean {
  return drugs.some((d) => canonicalDrugName(d) === "melphalan");
}

/** D-VMP (ALCYONE) is given for 9 cycles, then daratumumab maintenance (treatments.md 4, D-VMP row; the
 * knowledge entry ndmm.tie.d-vmp cites mateos-2018-nejm-alcyone): its continued step is not the lenalidomide
 * sequences of TIE_STEPS, the reference using D-VMP where lenalidomide is unsuitable (review c13). */
export const DVMP_MAINTENANCE_TITLE = "Daratumumab maintenance after 9 cycles of D-VMP (ALCYONE)";
const DVMP_STEPS: StepDef[] = [
  { phase: "induction", title: "Induction", source: PLAN_STEP_SOURCES.dvmp },
  { phase: "maintenance", title: DVMP_MAINTENANCE_TITLE, source: PLAN_STEP_SOURCES.dvmp },
];
const DVMP_DRUGS = ["daratumumab", "bortezomib", "melphalan"];
/** The first line is D-VMP: daratumumab, bortezomib and melphalan, with or without prednisone, nothing else
 * (any spelling canonicalDrugName reads, e.g. daratumumab-hyaluronidase). */
export function isDvmp(drugs: readonly string[]): boolean {
  const names = new Set(drugs.map((d) => canonicalDrugName(d)));
  names.delete("prednisone");
  return names.size === DVMP_DRUGS.length && DVMP_DRUGS.every((d) => names.has(d));
}

/** Review c76-W1: the step after an AL response lost since the last line (its title follows the line's name). */
export const AL_RESPONSE_LOST_WORDS =
  "the involved free light chain is rising and the response reached on it is lost: assess relapse and organ status now; the reference lists no AL relapse regimens (treatments.md 6 gives induction and the transplant after it): decide the next treatment with the team";

const AL_STEPS: StepDef[] = [
  { phase: "induction", title: "Induction", source: PLAN_STEP_SOURCES.alInduction },
  {
    phase: "transplant",
    title: "Autologous stem cell transplant, if the gates are met",
    source: PLAN_STEP_SOURCES.alTransplant,
  },
];

/** Said after the AL transplant step's title while a gate value is not recorded (review c76-M1). */
export const AL_GATES_NOT_KNOWN_NOTE = " (not known yet)";
/** Review c78-M1: said after the AL transplant step's title while the latest FLC value alone fails the level reached
 * (treatments.md 6 places the transplant after induction; no AL progression criteria): not a routine next step. */
const alRepeatFirstNote = (level: "CR" | "VGPR"): string =>
  ` (pending: the latest free light chain value is above the ${level} level reached on the line; repeat the free light chains first, a second value above it would read the response as lost)`;

/** The source of a first-line step still ahead after the line ended: continued therapy without a transplant
 * has its own (review c13-2); any other step (daratumumab maintenance after D-VMP too, review c29-W6) adds the
 * one-line reading (UNVERIFIED). */
function afterLineEnded(source: StepSource): StepSource {
  if (source === PLAN_STEP_SOURCES.tieContinued) return PLAN_STEP_SOURCES.tieContinuedAfterLineEnded;
  return withSource(source, PLAN_STEP_SOURCES.firstLineStepAfterLineEnded);
}

/** Said after the title of a transplant-pathway step (not induction or maintenance) whose candidacy is open:
 * the patient's page marks such a step "only if a transplant is right for you" (review c28-W2). */
export const CANDIDACY_NOT_RECORDED_NOTE = " (if transplant-eligible: candidacy not recorded)";
/** Said after the maintenance step's title on the transplant pathway whose candidacy is not recorded: what
 * goes on without a transplant (treatments.md 4; review c29-M7: the plan led to the transplant alone). */
export const WITHOUT_TRANSPLANT_NOTE =
  "; without a transplant (candidacy not recorded), continued therapy instead: VRd x8 then Rd, D-Rd after D-VRd (CEPHEUS), Isa-Rd after Isa-VRd (IMROZ)";
/** Why a recorded "transplant candidate: yes" is put to the team (pathway.ts candidacyDoubts): fitness against
 * transplant-intensity therapy, or heart failure recorded (review c63-M1; criteria-and-scores 8.3 weighs organ
 * function, cardiac among them). */
export type CandidacyDoubt = "fitness" | "heart";
/** The start of the note said after a transplant step whose recorded candidacy is put to the team (the patient's page
 * reads it); `candidacyInQuestionNote` ends it with the reasons. */
export const CANDIDACY_IN_QUESTION_NOTE = " (only if the care team confirms transplant candidacy: ";
const DOUBT_WORDS: Readonly<Record<CandidacyDoubt, string>> = {
  fitness: "fitness argues against it",
  heart: "heart failure is recorded",
};
export function candidacyInQuestionNote(doubts: readonly CandidacyDoubt[]): string {
  return `${CANDIDACY_IN_QUESTION_NOTE}${doubts.map((d) => DOUBT_WORDS[d]).join("; ")})`;
}

/** Position in the first-line steps: an integer is the current step; x.5 lies between two steps. */
function position(code: TreatmentPhase, steps: StepDef[]): number {
  if (code === "untreated") return -0.5;
  if (code === "line-finished") return 0.5;
  const i = steps.findIndex((s) => s.phase === code);
  return i < 0 ? -0.5 : i;
}

function statusAt(i: number, pos: number): PlanStep["status"] {
  if (i < pos) return "done";
  if (i === pos) return "current";
  return i === Math.ceil(pos + 0.01) || (pos < 0 && i === 0) ? "next" : "later";
}

const isIfProgressed = (o: AssessmentOption) => o.conditional !== undefined && o.planPhase === "relapsed";

/** The ids of the options of phase `p` (the "if progressed" ones aside), in the options' order. */
function idsOf(options: readonly AssessmentOption[], p: TreatmentPhase): string[] {
  const ids: string[] = [];
  for (const o of options) if (o.planPhase === p && !isIfProgressed(o)) ids.push(o.id);
  return ids;
}

/** The ids of the "if progressed" options, in the options' order. */
function ifProgressedIds(options: readonly AssessmentOption[]): string[] {
  const ids: string[] = [];
  for (const o of options) if (isIfProgressed(o)) ids.push(o.id);
  return ids;
}

/** Review c27-W2: candidacy not recorded while the first line given is DRd (MAIA), Rd or D-VMP (ALCYONE), the
 * regimens of patients not going to transplant (treatments.md 4; review c31-W3: also Vd, VRd-lite by its
 * recorded name, and a melphalan-containing induction such as VMP, none of them a transplant induction of 3b):
 * the plan follows the regimen given (a 76-year-old two years into DRd was shown "next: stem cell transplant"),
 * and still does once that line has ended without progression (review c28-W1: it went back to the transplant;
 * review c32-W3: Rd, Vd, VMP and MPT finished did too), the line holding no transplant. The transplant options, still
 * shown on the open candidacy, then come after the rest (pathway.ts; review c30-W1). */
export function followsFirstLineWithoutTransplant(
  phase: PhaseResult,
  transplantCandidate: "yes" | "no" | "deferred" | null,
  currentDrugs: readonly string[],
  latestLineDrugs: readonly string[],
  /** The latest line includes a transplant (its high-dose melphalan is no melphalan induction). */
  latestLineHasAsct: boolean,
  /** The record's IMWG frailty reading is "fit": the doublets "for frail patients" (treatments.md 4) do not
   * then tell the path (review c32-m3: Vd at 55, fit, may be the start of a transplant induction). */
  fit: boolean,
): boolean {
  const code = phase.code;
  const doublet = (drugs: readonly string[]) => !fit && (isRdOnly(drugs) || isVdOnly(drugs));
  return (
    transplantCandidate === null &&
    ((phase.currentLine === 1 &&
      ((code === "induction" &&
        (isContinuousDrd(currentDrugs) ||
          doublet(currentDrugs) ||
          holdsMelphalan(currentDrugs) ||
          isVrdLite(phase.currentRegimen))) ||
        ((code === "induction" || code === "maintenance") && isDvmp(latestLineDrugs)))) ||
      (phase.currentLine === null &&
        phase.lastLine === 1 &&
        code === "line-finished" &&
        !latestLineHasAsct &&
        (isContinuousDrd(latestLineDrugs) ||
          isDvmp(latestLineDrugs) ||
          doublet(latestLineDrugs) ||
          holdsMelphalan(latestLineDrugs) ||
          isVrdLite(phase.lastRegimen))))
  );
}

/** The trials of the first-line regimen followsFirstLineWithoutTransplant reads as one of patients not going to
 * transplant, as the knowledge entry of that regimen cites them: DRd (MAIA), D-VMP and melphalan-containing
 * inductions (ALCYONE), VRd-lite (O'Donnell 2018), the doublets for frail patients (IMWG frailty). */
export function firstLineWithoutTransplantSources(
  phase: PhaseResult,
  currentDrugs: readonly string[],
  latestLineDrugs: readonly string[],
): CitationId[] {
  const drugs = phase.currentLine !== null ? currentDrugs : latestLineDrugs;
  if (isContinuousDrd(drugs))
    return phase.currentLine !== null && isDrdAfterDvrd(drugs, latestLineDrugs)
      ? ["usmani-2025-nat-med"]
      : ["facon-2019-nejm-maia"];
  if (holdsMelphalan(drugs)) return ["mateos-2018-nejm-alcyone"];
  if (isVrdLite(phase.currentRegimen ?? phase.lastRegimen)) return ["odonnell-2018-bjh"];
  return ["palumbo-2015-blood-frailty"];
}

/** What the plan reads besides the phase, the options and the category (buildPlan). */
export interface PlanContext {
  transplantCandidate: "yes" | "no" | "deferred" | null;
  /** Recorded "yes" while fitness argues against transplant, or heart failure is recorded (pathway.ts): the
   * transplant steps wait on the care team confirming it. Empty when not in question. */
  candidacyInQuestion?: readonly CandidacyDoubt[];
  /** The drugs of the line being given (a continuous first-line regimen has no maintenance step). */
  currentDrugs?: readonly string[];
  /** The latest line has reached maintenance: finished, it has no first-line step left (review c12-H1). */
  lastLineReachedMaintenance?: boolean;
  /** The drugs of every entry of the latest line: the one being given (its induction too while on its
   * maintenance), else the last one. */
  latestLineDrugs?: readonly string[];
  /** A consolidation entry is recorded after the latest transplant (situation fact consolidationGiven): the
   * transplant pathway's consolidation step is done, maintenance is next (review c19-7). */
  consolidationGiven?: boolean;
  /** The plan follows a first line of patients not going to transplant (followsFirstLineWithoutTransplant). */
  withoutTransplant?: boolean;
  /** The latest line holds no transplant, nor an entry that may be one (situation fact transplantInLatestLine
   * false): on its maintenance, the transplant pathway's steps before it were not given. */
  noTransplantInLine?: boolean;
  /** The first line ended with fewer D-VRd cycles than CEPHEUS's 8 (the option pathway.no-asct.d-rd-after-d-vrd
   * held for it): the cycles of 21 days its dates count; null otherwise (review c63-W1). */
  dvrdCyclesShort?: number | null;
  /** The end of the latest line and the stop reason recorded on its last entry (review c69-M1: a continuous first
   * line stopped is named with them). */
  latestLineStop?: { end: string | null; stopReason: StopReason | null };
  /** The latest line is a regimen given until progression stopped with no planned end (situation fact
   * lastLineContinuousStopped, continuousLineStopped; review c69-M1). */
  continuousStopped?: boolean;
  /** The first line stopped before a response was shown (situation fact firstLineStoppedEarly; re-check c72-W1/M1). */
  stoppedEarly?: boolean;
  /** AL amyloidosis: troponin T or NT-proBNP not recorded, so the transplant gates are not known yet (al.asct's finding;
   * review c76-M1, treatments.md 6). */
  alGatesNotKnown?: boolean;
  /** AL amyloidosis: the level (CR or VGPR) reached on the line failed on the latest FLC value only
   * (AlHaematologic.aboveLevelOnce; review c78-M1): the transplant step waits for the repeat. */
  alAboveLevelOnce?: "CR" | "VGPR" | null;
  /** That count is the cycles recorded on the entries (review c65-m1), not the dates' estimate. */
  dvrdCyclesRecorded?: boolean;
  /** A stem cell collection is recorded since the first line began (situation fact stemCellsCollected, review
   * c65-M2): the collection step is done; on the transplant pathway the transplant is still ahead. */
  stemCellsCollected?: boolean;
  /** AL amyloidosis: a CR or VGPR reached on the last line lost since, no line given now (situation fact
   * alResponseLostAfterLine; review c76-W1). */
  alResponseLost?: boolean;
  /** On the transplant pathway, the weeks of lenalidomide-containing induction when they pass the label's collection
   * window with no collection recorded (the alert pathway.te.collection-due raised; review c79-M1); null otherwise. */
  collectionDueWeeks?: number | null;
  /** Review c89-W2: VCd is the first line's induction being given for myeloma (situation fact onVcd, no prior line): the
   * switch to a quadruplet is the step after it. */
  vcdSwitchAhead?: boolean;
  /** While alert.car-t.first-two-weeks is raised, the day its 2 weeks after the BCMA CAR-T infusion end; null otherwise
   * (review c80-m3: the step now is that monitoring, then the response follow-up). */
  carTMonitoringUntil?: string | null;
}

/** Review c80-m3: the first 2 weeks after a BCMA CAR-T infusion in a plan step's title, before the follow-up it leads
 * to (the alert's rules: treatments.md 10, the US label since the REMS removal; 5b, monitoring >= 2 weeks, daily >= 1
 * week; CRS and ICANS boxed warning). */
const carTFirstWeeksWords = (until: string): string =>
  `post-infusion monitoring for 2 weeks after the infusion, until ${until} (US label: daily monitoring for at least the first week, stay near the treatment centre, no driving; watch for CRS, ICANS and the blood counts: see the alert)`;

/**
 * The steps of the plan ahead for myeloma (and AL amyloidosis), each with its phase, status and options.
 * @example buildPlan(phase, options, "multiple-myeloma", { transplantCandidate: "yes" }).map((s) => s.phase)
 * // ["induction", "transplant", "post-transplant", "maintenance", "relapsed"]
 */
export function buildPlan(
  phase: PhaseResult,
  options: AssessmentOption[],
  category: DiagnosisCategory,
  context: PlanContext,
): PlanStep[] {
  const {
    transplantCandidate,
    candidacyInQuestion = [],
    currentDrugs = [],
    lastLineReachedMaintenance = false,
    latestLineDrugs = [],
    consolidationGiven = false,
    withoutTransplant = false,
    noTransplantInLine = false,
    dvrdCyclesShort = null,
    dvrdCyclesRecorded = false,
    stemCellsCollected = false,
    latestLineStop = { end: null, stopReason: null },
    continuousStopped = false,
    stoppedEarly = false,
    alResponseLost = false,
    alGatesNotKnown = false,
    alAboveLevelOnce = null,
    collectionDueWeeks = null,
    carTMonitoringUntil = null,
    vcdSwitchAhead = false,
  } = context;
  // Other categories have no treatment pathway here: nothing to build.
  if (category !== "multiple-myeloma" && category !== "al-amyloidosis") return [];
  const ifProgressed: PlanStep = {
    phase: "relapsed",
    title:
      phase.progressed === null && phase.lastLine !== null
        ? `If line ${phase.lastLine} has progressed: a new line for relapse`
        : "At progression: a new line for relapsed disease",
    status: "if-progressed",
    optionIds: ifProgressedIds(options),
    ...sourced(PLAN_STEP_SOURCES.newLine),
  };

  if (category === "al-amyloidosis") {
    const pos = position(phase.code, AL_STEPS);
    const steps: PlanStep[] = AL_STEPS.map((d, i) => ({
      phase: d.phase,
      title:
        d.phase !== "transplant"
          ? d.title
          : `${d.title}${alGatesNotKnown ? AL_GATES_NOT_KNOWN_NOTE : ""}${alAboveLevelOnce === null ? "" : alRepeatFirstNote(alAboveLevelOnce)}`,
      status: statusAt(i, pos),
      optionIds: idsOf(options, d.phase),
      ...sourced(d.source),
      // Review c78-M1 (c79): the surfaces word the step pending the repeat by this code, not by its title.
      ...(d.phase === "transplant" && alAboveLevelOnce !== null
        ? { code: "al-repeat-flc-first" as const }
        : {}),
    })).filter((st) => st.optionIds.length > 0 || st.status === "current");
    // Review c76-W1: the response lost since the last line: no first-line step is next, and the reference has no AL
    // relapse regimen to name (treatments.md 6): the team decides now. Review c78-W1: lost on the line being given, the
    // same step is the one now (not the induction going on).
    if (!alResponseLost) return steps;
    const given = phase.currentLine !== null;
    return [
      ...steps.filter((st) => st.status === "done"),
      {
        phase: given ? phase.code : "line-finished",
        title: given
          ? `Line ${phase.currentLine} (${phase.currentRegimen ?? "current regimen"}) being given; ${AL_RESPONSE_LOST_WORDS}`
          : `Line ${phase.lastLine ?? 1} (${phase.lastRegimen ?? "last regimen"}) ended; ${AL_RESPONSE_LOST_WORDS}`,
        status: "current",
        optionIds: [],
        ...sourced(PLAN_STEP_SOURCES.alResponseLost),
        code: "al-response-lost",
      },
    ];
  }

  const code = phase.code;
  if (code === "relapsed" || code === "refractory") {
    if (phase.currentLine !== null) {
      // A BCMA CAR-T is a single infusion (treatments.md 5b): given, then followed up (review c10-H1).
      const carT = options.some((o) => o.id === OBSERVATION_AFTER_CAR_T);
      // Review c80-m3: in its first 2 weeks the monitoring after the infusion comes before the follow-up.
      const firstWeeks = carT && carTMonitoringUntil !== null;
      return [
        {
          phase: code,
          title: carT
            ? `Line ${phase.currentLine} (${phase.currentRegimen ?? "current regimen"}): single infusion given; ${firstWeeks ? `${carTFirstWeeksWords(carTMonitoringUntil)}, then ` : ""}follow-up with response monitoring`
            : `Line ${phase.currentLine} (${phase.currentRegimen ?? "current regimen"}) being given`,
          status: "current",
          optionIds: idsOf(options, code),
          ...sourced(
            !carT
              ? PLAN_STEP_SOURCES.lineBeingGiven
              : firstWeeks
                ? withSource(PLAN_STEP_SOURCES.carTFollowUp, PLAN_STEP_SOURCES.carTFirstWeeks)
                : PLAN_STEP_SOURCES.carTFollowUp,
          ),
          ...(firstWeeks ? { code: "car-t-first-two-weeks" as const } : {}),
        },
        { ...ifProgressed, title: `If line ${phase.currentLine} progresses: the next line` },
      ];
    }
    const prior = phase.priorLines ?? 0;
    return [
      {
        phase: code,
        title: `Line ${prior + 1}: therapy for ${code} disease after ${prior} prior line${prior === 1 ? "" : "s"}`,
        status: "next",
        optionIds: idsOf(options, code),
        ...sourced(code === "refractory" ? PLAN_STEP_SOURCES.newLineRefractory : PLAN_STEP_SOURCES.newLine),
      },
    ];
  }
  // A later line is past the first-line steps, unless it replaces a first-line regimen stopped for toxicity
  // (phase.ts firstLineGoesOn: its phase is then one of the first line's, induction to the transplant).
  const firstLineStep = code === "induction" || code === "transplant" || code === "post-transplant";
  if (
    ((phase.lastLine ?? 0) > 1 && !firstLineStep) ||
    (code === "line-finished" && lastLineReachedMaintenance)
  ) {
    // A later line on maintenance, or finished without progression (a first line too once its maintenance
    // is over: induction, transplant and maintenance are behind it): the line being given (or the
    // monitoring that follows a finished one), then relapse.
    const steps: PlanStep[] = [];
    if (code === "maintenance")
      steps.push({
        phase: code,
        title: `Maintenance being given${phase.currentRegimen ? ` (${phase.currentRegimen})` : ""}`,
        status: "current",
        optionIds: idsOf(options, code),
        ...sourced(PLAN_STEP_SOURCES.lineBeingGiven),
      });
    const watched = code === "line-finished" ? idsOf(options, code) : [];
    if (watched.length > 0) {
      const onlyIf = phase.progressed === null ? ` (only if line ${phase.lastLine} has not progressed)` : "";
      // After a CAR-T infusion the follow-up is read while no progression is recorded (phase.ts carTFollowedUp), not
      // on a response measured since (review c50-S2: "finished without progression" at day 400, nothing measured).
      const carT = watched.includes(OBSERVATION_AFTER_CAR_T);
      const outcome = onlyIf !== "" ? "" : carT ? ", no progression recorded" : " without progression";
      // Review c80-m3: in the first 2 weeks after a CAR-T infusion its monitoring is the step now, then the follow-up.
      const firstWeeks = carT && carTMonitoringUntil !== null;
      const afterLine = withSource(PLAN_STEP_SOURCES.observationAfterLine, PLAN_STEP_SOURCES.carTFollowUp);
      steps.push({
        phase: code,
        title: `Line ${phase.lastLine} (${phase.lastRegimen ?? "last regimen"}) finished${outcome}: ${firstWeeks ? `${carTFirstWeeksWords(carTMonitoringUntil)}, then ` : ""}observation with response monitoring${onlyIf}`,
        status: "current",
        optionIds: watched,
        ...sourced(
          !carT
            ? PLAN_STEP_SOURCES.observationAfterLine
            : firstWeeks
              ? withSource(afterLine, PLAN_STEP_SOURCES.carTFirstWeeks)
              : afterLine,
        ),
        ...(firstWeeks ? { code: "car-t-first-two-weeks" as const } : {}),
      });
    }
    // Re-check c71-m5: maintenance stopped (toxicity, the patient's choice, another reason) with no progression since:
    // named stopped, then observation with the restart put to the team (treatments.md 3d gives maintenance "until
    // progression or intolerance" and no rule for restarting after a stop: the project's reading, UNVERIFIED).
    const stopped = latestLineStop.stopReason;
    if (
      code === "line-finished" &&
      lastLineReachedMaintenance &&
      watched.length === 0 &&
      phase.progressed === false &&
      (stopped === "toxicity" || stopped === "patient-choice" || stopped === "other")
    )
      steps.push(
        {
          phase: "maintenance",
          title: `Maintenance of line ${phase.lastLine} (${phase.lastRegimen ?? "last regimen"}) stopped ${latestLineStop.end ?? "on a day not recorded"} (${STOP_REASON_WORDS[stopped]})`,
          status: "done",
          optionIds: [],
          ...sourced(PLAN_STEP_SOURCES.teMaintenance),
        },
        {
          phase: code,
          title: CONTINUOUS_STOPPED_WATCH_TITLE,
          status: "current",
          optionIds: [],
          ...sourced(PLAN_STEP_SOURCES.restartAfterMaintenanceStopped),
          code: "continuous-stopped-watch",
        },
      );
    // Re-check c72-m3: a relapse line stopped (toxicity, the patient's choice, another reason) with its outcome not
    // known and nothing to watch: the response assessment and the next treatment now, not only a step "if progressed"
    // (criteria-and-scores.md 6.2, 9.1: the relapse before it needs treatment whatever this line's outcome).
    if (
      code === "line-finished" &&
      watched.length === 0 &&
      phase.progressed === null &&
      (stopped === "toxicity" || stopped === "patient-choice" || stopped === "other")
    )
      steps.push({
        phase: code,
        title: `Line ${phase.lastLine} (${phase.lastRegimen ?? "last regimen"}) stopped ${latestLineStop.end ?? "on a day not recorded"} (${STOP_REASON_WORDS[stopped]}), ${LINE_STOPPED_NOW}`,
        status: "current",
        optionIds: [],
        ...sourced(PLAN_STEP_SOURCES.newLine),
        code: "line-stopped-now",
      });
    return [...steps, ifProgressed];
  }

  const te = transplantCandidate !== "no" && transplantCandidate !== "deferred" && !withoutTransplant;
  // The plan that follows a first line without a transplant holds that path's options: one marked "if a
  // transplant candidate" is not a step of it (review c30-W1: "Next: Long-term treatment to keep it down -
  // only if a transplant is right for you" on Rd, from the maintenance after a transplant).
  const onPath = withoutTransplant
    ? options.filter((o) => o.conditionalOn !== "transplant-candidate")
    : options;
  // Review c69-M1 (treatments.md 4: DRd, D-Rd, Isa-Rd, Rd until progression): such a first line that ended without
  // progression, nothing since, is that regimen stopped, not an induction done with continued therapy next.
  // Not while an entry may still be given (phase.ts mayStillBeGiven: not known to be off therapy).
  if (!te && code === "line-finished" && phase.lastLine === 1 && phase.mayStillBeGiven === undefined) {
    // Re-check c72-W1/M1: stopped before a response was shown: not observation, nor an induction done.
    if (stoppedEarly)
      return continuousStoppedPlan(phase, onPath, latestLineDrugs, latestLineStop, ifProgressed, true);
    if (continuousStopped)
      return continuousStoppedPlan(phase, onPath, latestLineDrugs, latestLineStop, ifProgressed, false);
  }
  // Review c71 r488: the transplant pathway's induction stopped before a response was shown is not "done" with the
  // transplant now: the induction is named stopped, the response assessment is the step now, the transplant next.
  const earlyTe =
    te &&
    stoppedEarly &&
    (code === "transplant" || code === "line-finished") &&
    phase.lastLine === 1 &&
    phase.currentLine === null &&
    phase.mayStillBeGiven === undefined;
  const continuous = !te && code === "induction" && isContinuousDrd(currentDrugs);
  // Review c88-m3: Rd given as the first line (or after VRd) with the transplant recorded not planned ("no" or
  // "deferred"), as the phase reads it (phase.ts).
  const continuousRd =
    !te &&
    code === "induction" &&
    phase.currentLine === 1 &&
    (transplantCandidate === "no" || transplantCandidate === "deferred") &&
    isRdOnly(currentDrugs);
  // A first line of D-VMP being given (its 9 cycles, or the daratumumab maintenance after them), or ended
  // without progression: its daratumumab maintenance is the step ahead (review c29-W6: "continued or
  // maintenance therapy (VRd x8 then Rd; ...)" was next after D-VMP).
  const dvmp =
    !te &&
    (((code === "induction" || code === "maintenance") && phase.currentLine === 1) ||
      (code === "line-finished" && phase.currentLine === null && phase.lastLine === 1)) &&
    isDvmp(latestLineDrugs);
  const path = continuous
    ? isDrdAfterDvrd(currentDrugs, latestLineDrugs)
      ? DRD_AFTER_DVRD_STEPS
      : DRD_STEPS
    : continuousRd
      ? RD_STEPS
      : te
        ? TE_STEPS
        : dvmp
          ? DVMP_STEPS
          : TIE_STEPS;
  // Review c63-U1: the transplant deferred, its collection after the induction step while its option is listed.
  // Review c65-M2: once a collection is recorded its option is not listed; its step is then added below, done.
  const collectedDeferred = !te && transplantCandidate === "deferred" && stemCellsCollected;
  const defs =
    !te && options.some((o) => o.id === DEFERRED_STEM_CELL_COLLECTION)
      ? [path[0]!, DEFERRED_COLLECTION_STEP, ...path.slice(1)]
      : path;
  // After the transplant with its consolidation given: between the consolidation step and maintenance. An induction
  // stopped early (earlyTe): its next step is now, before the transplant (the induction step is replaced below).
  const pos = earlyTe
    ? position("induction", defs)
    : defs === TE_STEPS && code === "post-transplant" && consolidationGiven
      ? 2.5
      : position(code, defs);
  const note =
    te && transplantCandidate === null
      ? CANDIDACY_NOT_RECORDED_NOTE
      : te && candidacyInQuestion.length > 0
        ? candidacyInQuestionNote(candidacyInQuestion)
        : "";
  // A finished line whose outcome is unknown: the steps ahead hold only if it has not progressed.
  const unknown = phase.progressed === null && phase.lastLine !== null;
  const onlyIf = unknown ? ` (only if line ${phase.lastLine} has not progressed)` : "";
  // Nothing given now after a first line started (it ended after the transplant, or after induction without
  // a recorded candidacy): the steps still ahead rest on the project's reading that the line waits for them.
  // Awaiting the transplant after induction is the planned sequence itself (phase rule transplant-planned).
  const lineEnded = phase.currentLine === null && phase.lastLine !== null && code !== "transplant";
  // Review c63-W1: D-VRd cycles remain after a line that ended: induction is next again, and the continued therapy
  // after it comes later, never next.
  const remaining = dvrdCyclesShort !== null && code === "line-finished" && path === TIE_STEPS;
  const steps: PlanStep[] = defs.map((d, i) => {
    const computed = statusAt(i, pos);
    const status =
      remaining && d.phase === "induction"
        ? "next"
        : remaining && d.phase === "maintenance" && computed === "next"
          ? "later"
          : computed;
    const isAhead = status === "next" || status === "later";
    const ahead = isAhead ? onlyIf : "";
    // The open candidacy is said of steps still ahead, and of the transplant awaited: a step done, or one
    // after the transplant, has settled it (c29-M7 re-read: "done · transplant (if transplant-eligible:
    // candidacy not recorded)" after an ASCT).
    const open = isAhead || (status === "current" && d.phase === "transplant");
    const stepNote = open && d.phase !== "induction" && d.phase !== "maintenance" ? note : "";
    const optionIds = idsOf(onPath, d.phase);
    // Review c10 W1: the high-risk clause only when the high-risk PI maintenance is listed (it is not
    // when the disease is known not to be high risk, IMS/IMWG 2025).
    const plain = d.title === TE_MAINTENANCE_TITLE && !optionIds.includes(PI_HIGH_RISK_ID);
    // Review c63-M2: a planned second transplant listed, named beside the consolidation.
    const tandem = d.phase === "post-transplant" && optionIds.includes(TANDEM_ASCT);
    // Review c29-M7: candidacy not recorded, the maintenance step says what goes on without a transplant.
    const either = note === CANDIDACY_NOT_RECORDED_NOTE && d.phase === "maintenance" && isAhead;
    // Review c36-H8: on the transplant pathway, the maintenance being given without lenalidomide (thalidomide,
    // daratumumab) is titled by its regimen, not "Maintenance: lenalidomide" (the D-VMP path names its own).
    // Review c37-J10: any maintenance other than lenalidomide alone (bortezomib or daratumumab with it too).
    const otherNow =
      defs === TE_STEPS &&
      d.phase === "maintenance" &&
      status === "current" &&
      currentDrugs.length > 0 &&
      !drugsAre(
        // Corticosteroids given beside a maintenance drug do not name it.
        currentDrugs.filter((x) => drugClass(x) !== DrugClass.steroid),
        ["lenalidomide"],
      );
    // Review c89-M2: after VRd-lite (being given, or the line ended), its own next step (treatments.md 4).
    const vrdLiteNext =
      defs === TIE_STEPS &&
      d.phase === "maintenance" &&
      isAhead &&
      isVrdLite(phase.currentLine !== null ? phase.currentRegimen : phase.lastRegimen);
    const title = otherNow
      ? `Maintenance being given (${phase.currentRegimen ?? currentDrugs.join(" + ")})`
      : remaining && d.phase === "induction"
        ? dvrdRemainingTitle(dvrdCyclesShort, dvrdCyclesRecorded)
        : vrdLiteNext
          ? VRD_LITE_NEXT_TITLE
          : `${plain ? TE_MAINTENANCE_PLAIN : d.title}${tandem ? TANDEM_NOTE : ""}${either ? WITHOUT_TRANSPLANT_NOTE : ""}`;
    const own = otherNow
      ? PLAN_STEP_SOURCES.lineBeingGiven
      : vrdLiteNext
        ? PLAN_STEP_SOURCES.vrdLiteConsolidation
        : plain
          ? PLAN_STEP_SOURCES.teMaintenance
          : tandem
            ? withSource(d.source, PLAN_STEP_SOURCES.teTandem)
            : d.source;
    const source = either ? withSource(own, PLAN_STEP_SOURCES.tieContinued) : own;
    const step: PlanStep = {
      phase: d.phase,
      title: `${title}${stepNote}${ahead}`,
      status,
      optionIds,
      ...sourced(lineEnded && status !== "done" ? afterLineEnded(source) : source),
    };
    if (d.code !== undefined && !otherNow && !(remaining && d.phase === "induction")) step.code = d.code;
    if (stepNote !== "")
      step.candidacy = note === CANDIDACY_NOT_RECORDED_NOTE ? "not-recorded" : "in-question";
    return step;
  });
  // Review c33-W3 (and review c34-F5, F6): on the first line's maintenance with no transplant in it, the
  // transplant and the consolidation after it were not given: never "done" (the candidacy, when not recorded, is
  // still asked for; the plan does not choose the path for it).
  if (defs === TE_STEPS && code === "maintenance" && noTransplantInLine) {
    for (let i = steps.length - 1; i >= 0; i--)
      if (steps[i]!.phase === "transplant" || steps[i]!.phase === "post-transplant") steps.splice(i, 1);
    // Review c35-G7: the therapy given now follows the induction with no transplant: said so, with the
    // sources of therapy continued without one, not those of maintenance after a transplant; a candidacy
    // recorded "yes" is named, and how a transplant kept for relapse is recorded.
    const now = steps.find((st) => st.phase === "maintenance" && st.status === "current");
    if (now) {
      const deferred =
        transplantCandidate === "yes"
          ? "; transplant candidacy is recorded 'yes': a transplant kept for relapse is recorded as candidacy 'deferred'"
          : "";
      now.title = `Therapy continued without a transplant in this line (${phase.currentRegimen ?? "the regimen given now"})${deferred}`;
      const lenalidomide = currentDrugs.some((x) => canonicalDrugName(x) === "lenalidomide");
      Object.assign(
        now,
        sourced(lenalidomide ? PLAN_STEP_SOURCES.tieContinued : PLAN_STEP_SOURCES.lineBeingGiven),
      );
    }
  }
  // On maintenance after a transplant with no consolidation recorded after it, the consolidation step was not given
  // (treatments.md 3d gives it within D-VRd / D-VTd only): not "done"; it is left out, as the transplant's steps are
  // above when the line holds none.
  if (defs === TE_STEPS && code === "maintenance" && !noTransplantInLine && !consolidationGiven) {
    const at = steps.findIndex((st) => st.phase === "post-transplant" && st.status === "done");
    if (at >= 0) steps.splice(at, 1);
  }
  // Review c65-M2 (treatments.md 3c): a collection recorded is a step done, after induction; on the transplant
  // pathway the transplant step still ahead is the transplant alone.
  if (stemCellsCollected && (collectedDeferred || defs === TE_STEPS)) {
    const at = steps.findIndex((st) => st.phase === "induction");
    const transplant = steps.find((st) => st.phase === "transplant" && st.status !== "done");
    if (transplant)
      transplant.title = transplant.title.replace(TE_TRANSPLANT_TITLE, TE_TRANSPLANT_AFTER_COLLECTION);
    if (at >= 0 && (collectedDeferred || transplant))
      steps.splice(at + 1, 0, {
        phase: "transplant",
        title: collectedDeferred ? DEFERRED_COLLECTION_TITLE : STEM_CELLS_COLLECTED_TITLE,
        status: "done",
        optionIds: [],
        ...sourced(collectedDeferred ? PLAN_STEP_SOURCES.deferredCollection : PLAN_STEP_SOURCES.collection),
        code: collectedDeferred ? "collection-deferred" : "stem-cells-collected",
      });
  }
  // Review c79-M1 (treatments.md 3b, 3c): the induction going on past the label's collection window, no collection
  // recorded: the step now says the collection is due, with its code for the surfaces.
  if (collectionDueWeeks !== null && defs === TE_STEPS) {
    const now = steps.find((st) => st.phase === "induction" && st.status === "current");
    if (now)
      Object.assign(now, {
        title: collectionDueTitle(collectionDueWeeks),
        ...sourced(withSource(PLAN_STEP_SOURCES.teInduction, PLAN_STEP_SOURCES.collection)),
        code: "collection-due",
      });
  }
  // Review c89-W2 (WRONG): VCd for cast nephropathy read "next: continued or maintenance therapy (Rd)", the handout "a
  // talk ... about whether more treatment is needed". treatments.md 3b, VCd row: switch to a quadruplet once renal
  // function is known: the step after the VCd induction, before the rest of the pathway (now later).
  if (vcdSwitchAhead && code === "induction") {
    const at = steps.findIndex((st) => st.phase === "induction" && st.status === "current");
    if (at >= 0) {
      for (const st of steps) if (st.status === "next") st.status = "later";
      steps.splice(at + 1, 0, {
        phase: "induction",
        title: VCD_SWITCH_TITLE,
        status: "next",
        optionIds: [],
        ...sourced(PLAN_STEP_SOURCES.vcdSwitch),
        code: "switch-to-quadruplet",
      });
    }
  }
  if (earlyTe) {
    const at = steps.findIndex((st) => st.phase === "induction");
    if (at >= 0)
      steps.splice(
        at,
        1,
        stoppedLineStep(phase, latestLineDrugs, latestLineStop, true, PLAN_STEP_SOURCES.teInduction),
        {
          phase: "induction",
          title: `${STOPPED_EARLY_TE_TITLE}${onlyIf}`,
          status: "current",
          optionIds: [],
          ...sourced(PLAN_STEP_SOURCES.inductionStoppedEarly),
          code: "first-line-stopped-early",
        },
      );
  }
  return withProgression(steps, ifProgressed, phase);
}

/** The steps, then the step at progression; with the line's outcome unknown and active disease now, progression is
 * the likelier branch: shown first after what is done. */
function withProgression(steps: PlanStep[], ifProgressed: PlanStep, phase: PhaseResult): PlanStep[] {
  if (phase.progressed === null && phase.lastLine !== null && phase.activeDisease === true) {
    const done = steps.filter((st) => st.status === "done");
    return [...done, ifProgressed, ...steps.filter((st) => st.status !== "done")];
  }
  return [...steps, ifProgressed];
}

/** The first line named stopped (done), with its stop reason recorded: a continuous regimen stopped (review c69-M1), or
 * stopped before a response was shown (`early`, re-check c72-W1/M1; on the transplant pathway review c71 r488). */
function stoppedLineStep(
  phase: PhaseResult,
  drugs: readonly string[],
  stop: NonNullable<PlanContext["latestLineStop"]>,
  early: boolean,
  source?: StepSource,
): PlanStep {
  const reason = stop.stopReason === null ? "" : ` (${STOP_REASON_WORDS[stop.stopReason]})`;
  const when =
    stop.end === null
      ? `stopped on a day not recorded${reason}`
      : reason
        ? `stopped ${stop.end}${reason}`
        : `ended ${stop.end}`;
  return {
    phase: "induction",
    title: early
      ? `${phase.lastRegimen ?? "First-line regimen"} (first line) ${when}, before a response was shown`
      : `${phase.lastRegimen ?? "First-line regimen"} (a first line given until progression) ${when}`,
    status: "done",
    optionIds: [],
    // The transplant pathway's induction has its own sources (treatments.md 3b); DRd (MAIA) has its own row; the
    // others are the continuations the TIE continued step names.
    ...sourced(
      source ?? (isContinuousDrd(drugs) ? PLAN_STEP_SOURCES.continuousDrd : PLAN_STEP_SOURCES.tieContinued),
    ),
  };
}

/** Review c69-M1: the plan after a continuous first line (continuousLineStopped) that ended without progression: the
 * regimen stopped (done, with the stop reason recorded), then observation with the restart put to the team (its
 * options: continued lenalidomide at "consider"), then relapse. A deferred collection still listed is next. */
function continuousStoppedPlan(
  phase: PhaseResult,
  options: AssessmentOption[],
  drugs: readonly string[],
  stop: NonNullable<PlanContext["latestLineStop"]>,
  ifProgressed: PlanStep,
  /** Stopped before a response was shown (re-check c72-W1/M1): the response assessment and the next first-line
   * treatment now, not observation. */
  early: boolean,
): PlanStep[] {
  const onlyIf = phase.progressed === null ? ` (only if line ${phase.lastLine} has not progressed)` : "";
  const steps: PlanStep[] = [
    stoppedLineStep(phase, drugs, stop, early),
    {
      phase: "line-finished",
      title: `${early ? STOPPED_EARLY_TITLE : CONTINUOUS_STOPPED_WATCH_TITLE}${onlyIf}`,
      status: "current",
      optionIds: [...idsOf(options, "line-finished"), ...idsOf(options, "maintenance")],
      ...sourced(PLAN_STEP_SOURCES.restartAfterContinuousStopped),
      code: early ? "first-line-stopped-early" : "continuous-stopped-watch",
    },
  ];
  const collection = idsOf(options, "transplant");
  if (collection.includes(DEFERRED_STEM_CELL_COLLECTION))
    steps.push({
      phase: "transplant",
      title: `${DEFERRED_COLLECTION_TITLE}${onlyIf}`,
      status: "next",
      optionIds: collection,
      ...sourced(PLAN_STEP_SOURCES.deferredCollection),
      code: "collection-deferred",
    });
  return withProgression(steps, ifProgressed, phase);
}

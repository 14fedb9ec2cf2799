/** The plan ahead: each option labelled with the pathway phase it belongs to, and the steps of the
 * pathway (treatments.md 3, 4, 5) with their status relative to where the patient stands. */
import { OBSERVATION_AFTER_CAR_T } from "../knowledge/entries/pathway.js";
import { type EntryGroup, KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import type { DiagnosisCategory } from "../model/enums.js";
import { canonicalDrugName } from "../response/drug-classes.js";
import type { AssessmentOption, PhaseResult, PlanStep, TreatmentPhase } from "./assessment.js";

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

interface StepDef {
  phase: TreatmentPhase;
  title: string;
}

const TE_MAINTENANCE_TITLE = "Maintenance: lenalidomide; a proteasome inhibitor added for high-risk disease";
const TE_MAINTENANCE_PLAIN = "Maintenance: lenalidomide";
const PI_HIGH_RISK_ID = "maint.pi-high-risk";
const TE_STEPS: StepDef[] = [
  { phase: "induction", title: "Induction" },
  { phase: "transplant", title: "Stem cell collection, then autologous stem cell transplant" },
  {
    phase: "post-transplant",
    title: "Consolidation where the evidence gives it (2 cycles within D-VRd / D-VTd)",
  },
  {
    phase: "maintenance",
    title: TE_MAINTENANCE_TITLE,
  },
];
const TIE_STEPS: StepDef[] = [
  { phase: "induction", title: "Induction" },
  {
    phase: "maintenance",
    title: "Continued or maintenance therapy (VRd x8 then Rd; DRd, D-Rd, Isa-Rd until progression)",
  },
];

/** DRd (MAIA) is given until progression (treatments.md 4, DRd row; facon-2019-nejm-maia): no induction
 * followed by a maintenance step, one continuous course (review c9a). */
export const CONTINUOUS_DRD_TITLE =
  "DRd until progression or intolerance: one continuous regimen, no separate maintenance phase (MAIA)";
const DRD_STEPS: StepDef[] = [{ phase: "induction", title: CONTINUOUS_DRD_TITLE }];
const DRD_DRUGS = ["daratumumab", "lenalidomide", "dexamethasone"];
/** The line being given is DRd: daratumumab, lenalidomide and dexamethasone, nothing else. */
export function isContinuousDrd(drugs: readonly string[]): boolean {
  const names = new Set(drugs.map((d) => (d === "daratumumab-hyaluronidase" ? "daratumumab" : d)));
  return names.size === DRD_DRUGS.length && DRD_DRUGS.every((d) => names.has(d));
}

/** D-VMP (ALCYONE) is given for 9 cycles, then daratumumab maintenance (treatments.md 4, D-VMP row; the
 * knowledge entry ndmm.tie.d-vmp cites mateos-2018-nejm-alcyone): its continued step is not the lenalidomide
 * sequences of TIE_STEPS, the reference using D-VMP where lenalidomide is unsuitable (review c13). */
export const DVMP_MAINTENANCE_TITLE = "Daratumumab maintenance after 9 cycles of D-VMP (ALCYONE)";
const DVMP_STEPS: StepDef[] = [
  { phase: "induction", title: "Induction" },
  { phase: "maintenance", title: DVMP_MAINTENANCE_TITLE },
];
const DVMP_DRUGS = ["daratumumab", "bortezomib", "melphalan"];
/** The first line is D-VMP: daratumumab, bortezomib and melphalan, with or without prednisone, nothing else
 * (any spelling canonicalDrugName reads, e.g. daratumumab-hyaluronidase). */
export function isDvmp(drugs: readonly string[]): boolean {
  const names = new Set(drugs.map((d) => canonicalDrugName(d)));
  names.delete("prednisone");
  return names.size === DVMP_DRUGS.length && DVMP_DRUGS.every((d) => names.has(d));
}

const AL_STEPS: StepDef[] = [
  { phase: "induction", title: "Induction" },
  { phase: "transplant", title: "Autologous stem cell transplant, if the gates are met" },
];

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

/**
 * The steps of the plan ahead for myeloma (and AL amyloidosis), each with its phase, status and options.
 * @example buildPlan(phase, "yes", options, "multiple-myeloma").map((s) => s.phase)
 * // ["induction", "transplant", "post-transplant", "maintenance", "relapsed"]
 */
export function buildPlan(
  phase: PhaseResult,
  transplantCandidate: "yes" | "no" | "deferred" | null,
  options: AssessmentOption[],
  category: DiagnosisCategory,
  /** Recorded "yes" while fitness argues against transplant (pathway.ts): the transplant steps wait on the
   * care team confirming it. */
  candidacyInQuestion = false,
  /** The drugs of the line being given (a continuous first-line regimen has no maintenance step). */
  currentDrugs: readonly string[] = [],
  /** The latest line has reached maintenance: finished, it has no first-line step left (review c12-H1). */
  lastLineReachedMaintenance = false,
  /** The drugs of every entry of the line being given (its induction too while on its maintenance). */
  currentLineDrugs: readonly string[] = [],
): PlanStep[] {
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
  };

  if (category === "al-amyloidosis") {
    const pos = position(phase.code, AL_STEPS);
    return AL_STEPS.map((d, i) => ({
      phase: d.phase,
      title: d.title,
      status: statusAt(i, pos),
      optionIds: idsOf(options, d.phase),
    })).filter((st) => st.optionIds.length > 0 || st.status === "current");
  }

  const code = phase.code;
  if (code === "relapsed" || code === "refractory") {
    if (phase.currentLine !== null) {
      // A BCMA CAR-T is a single infusion (treatments.md 5b): given, then followed up (review c10-H1).
      const carT = options.some((o) => o.id === OBSERVATION_AFTER_CAR_T);
      return [
        {
          phase: code,
          title: carT
            ? `Line ${phase.currentLine} (${phase.currentRegimen ?? "current regimen"}): single infusion given; follow-up with response monitoring`
            : `Line ${phase.currentLine} (${phase.currentRegimen ?? "current regimen"}) being given`,
          status: "current",
          optionIds: idsOf(options, code),
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
      },
    ];
  }
  if ((phase.lastLine ?? 0) > 1 || (code === "line-finished" && lastLineReachedMaintenance)) {
    // A later line on maintenance, or finished without progression (a first line too once its maintenance
    // is over: induction, transplant and maintenance are behind it): the line being given (or the
    // monitoring that follows a finished one), then relapse.
    const steps: PlanStep[] = [];
    if (code === "maintenance")
      steps.push({
        phase: code,
        title: "Maintenance being given",
        status: "current",
        optionIds: idsOf(options, code),
      });
    const watched = code === "line-finished" ? idsOf(options, code) : [];
    if (watched.length > 0) {
      const onlyIf = phase.progressed === null ? ` (only if line ${phase.lastLine} has not progressed)` : "";
      steps.push({
        phase: code,
        title: `Line ${phase.lastLine} (${phase.lastRegimen ?? "last regimen"}) finished${onlyIf === "" ? " without progression" : ""}: observation with response monitoring${onlyIf}`,
        status: "current",
        optionIds: watched,
      });
    }
    return [...steps, ifProgressed];
  }

  const te = transplantCandidate !== "no" && transplantCandidate !== "deferred";
  const continuous = !te && code === "induction" && isContinuousDrd(currentDrugs);
  // A first line of D-VMP being given (its 9 cycles, or the daratumumab maintenance after them).
  const dvmp =
    !te &&
    (code === "induction" || code === "maintenance") &&
    phase.currentLine === 1 &&
    isDvmp(currentLineDrugs);
  const defs = continuous ? DRD_STEPS : te ? TE_STEPS : dvmp ? DVMP_STEPS : TIE_STEPS;
  const pos = position(code, defs);
  const note =
    te && transplantCandidate === null
      ? " (if transplant-eligible: candidacy not recorded)"
      : te && candidacyInQuestion
        ? " (only if the care team confirms transplant candidacy: fitness argues against it)"
        : "";
  // A finished line whose outcome is unknown: the steps ahead hold only if it has not progressed.
  const unknown = phase.progressed === null && phase.lastLine !== null;
  const onlyIf = unknown ? ` (only if line ${phase.lastLine} has not progressed)` : "";
  const steps: PlanStep[] = defs.map((d, i) => {
    const status = statusAt(i, pos);
    const ahead = status === "next" || status === "later" ? onlyIf : "";
    const optionIds = idsOf(options, d.phase);
    // Review c10 W1: the high-risk clause only when the high-risk PI maintenance is listed (it is not
    // when the disease is known not to be high risk, IMS/IMWG 2025).
    const title =
      d.title === TE_MAINTENANCE_TITLE && !optionIds.includes(PI_HIGH_RISK_ID)
        ? TE_MAINTENANCE_PLAIN
        : d.title;
    return {
      phase: d.phase,
      title: `${title}${d.phase === "induction" || d.phase === "maintenance" ? "" : note}${ahead}`,
      status,
      optionIds,
    };
  });
  // With active disease now, progression is the likelier branch: show it first after what is done.
  if (unknown && phase.activeDisease === true) {
    const done = steps.filter((st) => st.status === "done");
    return [...done, ifProgressed, ...steps.filter((st) => st.status !== "done")];
  }
  return [...steps, ifProgressed];
}

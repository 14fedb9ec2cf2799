/** What the patient handout says, decided from the Assessment's data (no words here): the situation,
 * whether a likely condition may be named, the plain parts of each option, tests that would help and
 * which questions fit. handout.ts turns these into words from one language table. */
import { DIAGNOSIS_RULES as R } from "../criteria/diagnosis/rules.js";
import { AL_BELOW_PR, AL_BELOW_VGPR } from "../engine/al-switch-rule.js";
import type { Alert, Assessment, AssessmentOption } from "../engine/assessment.js";
import { CREATININE_DATE_FIELD, KIDNEY_NEW_ON_TREATMENT } from "../engine/kidney-on-treatment.js";
import { BIOMARKER_WITHOUT_CLONE, IGM_PATHWAY_ALERTS } from "../engine/record-checks.js";
import { antiCd38RefractoryDrug, isRefractoryTo, withoutSteroids } from "../engine/safety.js";
import {
  CAR_T_NEUTROPENIA_ALERT,
  CAR_T_THROMBOCYTOPENIA_ALERT,
  DOSE_CHANGES,
  type DoseChange,
  type DoseChangeReason,
  NDMM_RENAL_IMPAIRMENT,
  TALQUETAMAB_WITH_DARATUMUMAB_ALERT,
} from "../knowledge/drug-rules.js";
import {
  CONTINUE_CURRENT_LINE,
  DEFERRED_STEM_CELL_COLLECTION,
  DVRD_CYCLES_REMAINING,
} from "../knowledge/entries/pathway.js";
import {
  CARFILZOMIB_HYPERTENSION_UNCONTROLLED,
  isFitnessAdjustment,
  isNotCoveredAdjustment,
  isTrialFitnessAdjustment,
} from "../knowledge/index.js";
import { VTE_LOW_PLATELETS_ALERT } from "../knowledge/vte-risk.js";
import type { DiagnosisCategory } from "../model/enums.js";
import type { MissingInput } from "../model/trace.js";
import { creatinineRiseItem, myelomaKidneyInjuryAtRelapse } from "../response/clinical-relapse.js";
import { DrugClass, drugClass } from "../response/drug-classes.js";
import { UNDATED_FIELD } from "../response/response.js";
import { extras, marrowNotRecorded } from "./extras.js";
import { frailFromAgeAlone } from "./frailty-words.js";
import { isDueOrOverdue } from "./monitoring-status.js";
import {
  approvedForPatientOnlyIn,
  approvedOnlyIn,
  approvedPendingElsewhere,
  offLabelIn,
  pendingNotApproved,
} from "./regulatory-status.js";
import type { BoneEventKind, CarTLowCounts, OldWorkUp, VaccinesAfter } from "./words/types.js";
import {
  type NamedAlertId,
  type QuestionId,
  type Situation,
  TEST_IDS,
  type TestId,
  type UndatedMeasure,
} from "./words/types.js";

/** Findings that show a clone (an M-protein, clonal plasma cells, a plasmacytoma). Only with one of these
 * met may an indeterminate category name its likely condition: anaemia or kidney values alone, or an empty
 * record, never point to a cancer (issue 10: an empty form must not say "most likely myeloma"). */
const CLONE_FINDINGS: ReadonlySet<string> = new Set(
  [R.mmClone, R.smmBurden, R.alClone, R.mgusNonIgm, R.mgusIgm, R.mgusLightChain, R.mgusMarrowNotAssessed].map(
    (r) => r.id,
  ),
);

/** True when no diagnostic criterion is met: nothing in the record points anywhere yet. */
export function noFindings(a: Assessment): boolean {
  return !a.diagnosis.criteria.some((c) => c.status === "met");
}

/** Review c42-M2: a myeloma-defining biomarker doubts the early category read (engine/record-checks.ts
 * biomarkerWithoutCloneAlert): which sentence says it, "biomarkerNoMarrow" with no marrow result recorded, else
 * "biomarker" (the marrow below 10%), or null without that alert. One definition: the handout and the full summary
 * say the same (review c70-U1: the full summary said "MGUS is not cancer" with no word of it). */
export function biomarkerDoubt(a: Assessment): "biomarker" | "biomarkerNoMarrow" | null {
  if (!a.alerts.some((al) => al.id === BIOMARKER_WITHOUT_CLONE)) return null;
  return marrowNotRecorded(a) ? "biomarkerNoMarrow" : "biomarker";
}

/** The likely condition of an indeterminate category, only when a clone was found; else null. */
export function likelyShown(a: Assessment): DiagnosisCategory | null {
  const d = a.diagnosis;
  if (d.category !== "indeterminate" || !d.likely) return null;
  return d.criteria.some((c) => c.status === "met" && CLONE_FINDINGS.has(c.id)) ? d.likely : null;
}

/** Review c11 M1: the deciding test comes first with no lean named (no blood test of end-organ damage in the
 * record, pathway.ts): "myeloma-open" when multiple myeloma is among the categories still open (its
 * criterion unknown), so the patient texts say it may be an early stage or myeloma needing treatment;
 * "early-stages" otherwise; null when this is not the case. */
export function endOrganUntested(a: Assessment): "myeloma-open" | "early-stages" | null {
  const d = a.diagnosis;
  if (d.category !== "indeterminate" || d.likely !== null) return null;
  if (
    !a.alerts.some((x) => x.id === DECIDING_TEST_FIRST) ||
    flcDisputed(a) ||
    boneEventNotImaged(a) !== null ||
    calciumUnderRead(a) ||
    valueSentNotUsed(a) ||
    workUpBeforeSmmLevel(a) !== null
  )
    return null;
  return d.criteria.some((c) => c.id === R.mm.id && c.status === "unknown") ? "myeloma-open" : "early-stages";
}
const DECIDING_TEST_FIRST = "pathway.deciding-test-first";

/** Review c29-M10: the deciding test comes first with no lean named because two pairs of free light chains
 * disagree on the SLiM level (pathway.ts, the data-quality.flc-conflict warning beside it). */
export function flcDisputed(a: Assessment): boolean {
  const d = a.diagnosis;
  return (
    d.category === "indeterminate" &&
    d.likely === null &&
    a.alerts.some((x) => x.id === DECIDING_TEST_FIRST) &&
    a.alerts.some((x) => x.id === FLC_CONFLICT) &&
    // Review c83-W1: the bone event, not the dispute, is then why no lean is named (diagnosis.ts).
    boneEventNotImaged(a) === null
  );
}
const FLC_CONFLICT = "data-quality.flc-conflict";

/** Review c83-W1: a spinal cord compression and/or pathological fracture recorded before imaging for osteolytic
 * lesions, no lean named (the diagnosis' criterion imwg2014.bone-event-not-imaged, its inputs): which events; null
 * when not the case. */
export function boneEventNotImaged(a: Assessment): BoneEventKind | null {
  const c = a.diagnosis.criteria.find((x) => x.id === BONE_EVENT_NOT_IMAGED);
  if (c === undefined) return null;
  const cord = c.inputs?.spinalCordCompression === true;
  const fracture = c.inputs?.pathologicFracture === true;
  return cord && fracture ? "both" : cord ? "cord" : "fracture";
}
const BONE_EVENT_NOT_IMAGED = R.boneEventNotImaged.id;
/** Review c86-M2: the record fields with a value sent and not used that stands (Assessment.unusedValues), in order. */
export function unusedValueFields(a: Assessment): string[] {
  return (a.unusedValues ?? []).map((u) => u.field);
}

/** Review c86-M2: the deciding test comes first with no lean named because a value sent for a field of a
 * myeloma-defining event was not used (diagnosis.ts valueSentNotUsed): read from the criteria's data (the input
 * valueSentNotUsed is set only on this reading), never from their words. */
export function valueSentNotUsed(a: Assessment): boolean {
  const d = a.diagnosis;
  return (
    d.category === "indeterminate" &&
    d.likely === null &&
    a.alerts.some((x) => x.id === DECIDING_TEST_FIRST) &&
    d.criteria.some((c) => c.status === "unknown" && c.inputs?.valueSentNotUsed !== undefined)
  );
}

/** Review c88-W1: the deciding tests come first with no lean named because the marrow and/or imaging predate the
 * M-protein reaching the smouldering level (the criterion imwg2014.work-up-before-smm-level names the lean withheld). */
export function workUpBeforeSmmLevel(a: Assessment): OldWorkUp | null {
  const d = a.diagnosis;
  if (d.category !== "indeterminate" || d.likely !== null) return null;
  const c = d.criteria.find((x) => x.id === R.workUpBeforeSmmLevel.id && x.inputs?.ifCurrent !== undefined);
  if (c === undefined) return null;
  const marrow = typeof c.inputs?.marrowDate === "string";
  const imaging = typeof c.inputs?.imagingDate === "string";
  return marrow && imaging ? "both" : marrow ? "marrow" : "imaging";
}

/** Review c88-M2: the haemoglobin of a watched (untreated) smouldering myeloma is falling (the engine's evolving
 * alerts). */
export function hemoglobinFalling(a: Assessment): boolean {
  return a.alerts.some((al) => al.id === "evolving.hemoglobin" || al.id === "evolving.hemoglobin-fall");
}

/** Review c83-M1: the deciding test comes first with no lean named because a total calcium above the upper limit with
 * low albumin leaves the CRAB calcium item not known (crab.ts; pathway.ts). */
export function calciumUnderRead(a: Assessment): boolean {
  const d = a.diagnosis;
  return (
    d.category === "indeterminate" &&
    d.likely === null &&
    a.alerts.some((x) => x.id === DECIDING_TEST_FIRST) &&
    // Read from the criterion's data (its albumin input is set only on this reading), never from its words.
    d.criteria.some(
      (c) => c.id === R.crabCalcium.id && c.status === "unknown" && c.inputs?.albuminGDl !== undefined,
    )
  );
}

/** Review c20-4: a finding of harm the abnormal protein may or may not explain (the diagnosis' criterion
 * imwg2014.end-organ-attribution, its `features`): "kidney" when the kidney function is low, "proteinuria"
 * when the kidney finding is the urine protein alone (the kidney function may be normal, review c21-7),
 * "other" otherwise; null when not the case. */
export function endOrganQuestion(a: Assessment): "kidney" | "proteinuria" | "other" | null {
  const d = a.diagnosis;
  if (d.category !== "indeterminate") return null;
  const c = d.criteria.find((x) => x.id === END_ORGAN_ATTRIBUTION);
  if (c === undefined) return null;
  const features = String(c.inputs?.features ?? "").split(",");
  return features.includes("renal-impairment")
    ? "kidney"
    : features.includes("proteinuria")
      ? "proteinuria"
      : "other";
}
const END_ORGAN_ATTRIBUTION = R.crabAttribution.id;

/** Amyloid found in tissue (AL's Congo red requirement met): only then is its typing a test of "the amyloid
 * in your tissue" (review c20-4). */
export function amyloidFound(a: Assessment): boolean {
  return a.diagnosis.criteria.some((c) => c.id === R.alCongoRed.id && c.status === "met");
}

/** Review c76-W2: AL amyloidosis met with multiple myeloma not excluded (its criterion unknown: criteria/diagnosis
 * decide.ts): the diagnosis is clear, and a test still to be done may show myeloma too. */
export function alMyelomaNotExcluded(a: Assessment): boolean {
  const d = a.diagnosis;
  return (
    d.category === "al-amyloidosis" &&
    !d.treated &&
    d.criteria.some((c) => c.id === R.mm.id && c.status === "unknown")
  );
}

/** Review c76-m5: light-chain MGUS called with the marrow not assessed (criteria-and-scores.md 1.3): "marrowAndScan"
 * when bone imaging is asked too, "marrow" when only the marrow is; null otherwise. */
export function lightChainMgusNoMarrow(a: Assessment): "marrowAndScan" | "marrow" | null {
  const d = a.diagnosis;
  if (d.category !== "mgus") return null;
  // The variant's own criterion is listed for a light chain only (the heavy chain none), and reads unknown with the
  // marrow not known; the marrow-not-assessed criterion is the call.
  const lightChain = d.criteria.some((c) => c.id === R.mgusLightChain.id && c.status !== "not-met");
  const noMarrow = d.criteria.some((c) => c.id === R.mgusMarrowNotAssessed.id && c.status === "met");
  if (!lightChain || !noMarrow) return null;
  return a.missingData.some((m) => m.field.startsWith("imaging.")) ? "marrowAndScan" : "marrow";
}

/** The category the patient texts describe: the category, or a likely one that may be named. */
export function describedCategory(a: Assessment): DiagnosisCategory {
  return likelyShown(a) ?? a.diagnosis.category;
}

export function situationOf(a: Assessment): Situation {
  const cat = a.diagnosis.category;
  if (cat === "indeterminate") return noFindings(a) ? "empty" : "unclear";
  if (cat === "mgus") return "mgus";
  if (cat === "smoldering-myeloma") return "smoldering-myeloma";
  if (cat === "al-amyloidosis") return "al-amyloidosis";
  if (cat === "solitary-plasmacytoma" || cat === "solitary-plasmacytoma-minimal-marrow")
    return "plasmacytoma";
  const x = extras(a);
  const phase = a.phase?.code;
  if (x.response?.progression === true) return "mm-progressed";
  if ((phase === "relapsed" && !onRelapseLine(a)) || phase === "refractory") return "mm-progressed";
  if (a.diagnosis.treated || (x.lines?.count ?? 0) > 0 || (phase && phase !== "untreated"))
    return "mm-on-treatment";
  return "mm-new";
}

/** An option whose label advises against it for this patient (a strength adjustment with a
 * "not-recommended-..." id, e.g. a bisphosphonate below CrCl 30 mL/min: treatments.md 8a). The clinician
 * sees it with the label's words; the patient texts do not offer it. */
export function notRecommendedHere(o: AssessmentOption): boolean {
  return (
    o.safetyFindings?.some((f) => f.kind === "strength-adjusted" && NOT_RECOMMENDED.test(f.ruleId)) ?? false
  );
}
const NOT_RECOMMENDED = /\.adjust\.not-recommended-/;

/** The options the patient texts offer, in the Assessment's order. Review c89-m6: while zoledronic acid is held for a
 * creatinine rise on it, pamidronate is no switch (its card says so: treatments.md 8a, pamidronate label, "withhold for
 * renal deterioration until back to baseline"), so the patient texts do not offer it beside the hold. */
export function patientOptions(a: Assessment): AssessmentOption[] {
  const zoledronicAcidHeld = a.alerts.some((x) => x.id === ZOLEDRONIC_ACID_HELD);
  return a.options.filter((o) => !notRecommendedHere(o) && !(zoledronicAcidHeld && o.id === PAMIDRONATE));
}
/** The zoledronic acid given now held for its creatinine rise (treatments.md 8a; review c67-U1). */
export const ZOLEDRONIC_ACID_HELD = "zoledronic-acid.renal.creatinine-rise-hold";
const PAMIDRONATE = "sc.bone.pamidronate";

/** A treatment for relapse being given, with no progression on it: the patient is on treatment now, and
 * the disease has not grown on it (the phase's `progressed` is false only on a line being given). */
export function onRelapseLine(a: Assessment): boolean {
  const phase = a.phase;
  return phase?.code === "relapsed" && phase.progressed === false && phase.currentLine !== null;
}

/** Critical alerts the patient texts name plainly, each with how soon to act. Spinal cord compression is
 * an emergency (the alert's words; treatments.md 8b, terpos-2021-lancet-oncol) and hyperviscosity needs
 * urgent plasmapheresis (treatments.md 8c): urgent care now. The hypercalcaemia row of 8c gives no
 * urgency grade and the alert (> 11 mg/dL) includes mild values, so it keeps the call today (review c6);
 * above 14 mg/dL (the Endocrine Society severe band, el-hajj-fuleihan-2023-jcem, UNVERIFIED) urgent care now. */
export const NAMED_ALERT_URGENCY: Readonly<Record<NamedAlertId, "now" | "today">> = {
  "alert.spinal-cord-compression": "now",
  "alert.hyperviscosity": "now",
  "alert.hypercalcemia-severe": "now",
  "alert.hypercalcemia": "today",
  // Review c83-m1: untreated myeloma's renal event attributed to the myeloma by the team: therapy starts early
  // (treatments.md 3b VCd row, 8c renal protection), a call today.
  "alert.ndmm-renal-impairment.from-myeloma": "today",
};
const NAMED_ALERT_IDS = Object.keys(NAMED_ALERT_URGENCY) as NamedAlertId[];

/** The named alerts the Assessment raises as critical, in NAMED_ALERT_URGENCY's order. */
export function namedAlerts(a: Assessment): NamedAlertId[] {
  const raised = new Set(a.alerts.filter((al) => al.severity === "critical").map((al) => al.id));
  // Severe hypercalcaemia says it all: the calcium is named once.
  if (raised.has("alert.hypercalcemia-severe")) raised.delete("alert.hypercalcemia");
  return NAMED_ALERT_IDS.filter((id) => raised.has(id));
}

/** The options that answer each named alert, as the alert words it: urgent radiotherapy and/or surgery for
 * a cord compression, urgent plasmapheresis for hyperviscosity, treatment now for hypercalcaemia. */
const NAMED_ALERT_OPTIONS: Readonly<Record<NamedAlertId, readonly string[]>> = {
  "alert.spinal-cord-compression": ["sc.bone.palliative-radiotherapy", "sc.bone.surgery"],
  "alert.hyperviscosity": ["sc.hyperviscosity"],
  "alert.hypercalcemia-severe": ["sc.hypercalcemia"],
  "alert.hypercalcemia": ["sc.hypercalcemia"],
  "alert.ndmm-renal-impairment.from-myeloma": ["sc.kidney-protection"],
};

/** The ids of the options that answer a named alert the Assessment raises; and the care that protects the kidneys
 * beside untreated myeloma's renal event, which the page says first too (re-check c65-M4: treatments.md 8c). */
export function optionsAnsweringAlerts(a: Assessment): ReadonlySet<string> {
  const ids = namedAlerts(a).flatMap((id) => NAMED_ALERT_OPTIONS[id]);
  if (a.alerts.some((x) => x.id === NDMM_RENAL_IMPAIRMENT)) ids.push(KIDNEY_PROTECTION);
  return new Set(ids);
}
const KIDNEY_PROTECTION = "sc.kidney-protection";

/** A comparator putting the options that answer a named alert raised first (radiation for a cord
 * compression), the others equal: the handout, the full summary and the clinician headline sort by it. */
export function answersAlertFirst(a: Assessment): (x: { id: string }, y: { id: string }) => number {
  const answering = optionsAnsweringAlerts(a);
  return (x, y) => Number(!answering.has(x.id)) - Number(!answering.has(y.id));
}

/** Whether any named alert raised needs urgent care now (not a call today). */
export function needsCareNow(ids: readonly NamedAlertId[]): boolean {
  return ids.some((id) => NAMED_ALERT_URGENCY[id] === "now");
}

/**
 * The drugs of an option (corticosteroids aside) the disease is refractory to: the lines of therapy's
 * refractoryDrugs (IMWG: progression on the drug or within 60 days of its last dose), read as the engine's
 * refractory review reads them (engine/safety.ts reviewRefractory: none for supportive care or the line
 * being given). The clinician caution says "this regimen gives it again; its benefit rests on the other
 * drugs"; the patient texts say the option has a drug the patient had before (review c13 words, finding 2:
 * PVd after progression on DPd was "a new mix of drugs").
 */
export function refractoryDrugsIn(a: Assessment, o: AssessmentOption): string[] {
  if (!o.regimen || o.kind === "supportive-care" || o.id === CONTINUE_CURRENT_LINE) return [];
  const refractory = extras(a).lines?.refractoryDrugs ?? [];
  return withoutSteroids(o.regimen.drugs).filter((d) => refractory.includes(d));
}

/** After a CAR-T infusion (phase rule "phase.after-car-t") or a transplant (phase "post-transplant"), with no treatment
 * now: the vaccination card's caution says the reference gives no timing after CAR-T and revaccination after ASCT from
 * about 3-6 months (treatments.md 8c, UNVERIFIED there), so its patient words ask that team rather than say "during
 * treatment" (review c80-m2). Null otherwise. */
export function vaccinesAfter(a: Assessment): VaccinesAfter | null {
  if (a.phase?.rules.some((r) => r.ruleId === "phase.after-car-t")) return "car-t";
  return a.phase?.code === "post-transplant" ? "transplant" : null;
}

/** The adjustment of a BCMA-directed option after BCMA-directed therapy (knowledge/entries/bispecific.ts and
 * relapse.ts "after-bcma": treatments.md 5d, lower response rates after BCMA therapy). */
const AFTER_BCMA = /\.adjust\.after-bcma$/;

/** The BCMA-directed drugs given before that an option's own "after-bcma" adjustment reads (review c80-m1: the
 * clinician card says the option "targets BCMA too", the handout said nothing), its own drugs aside, and whether the
 * disease is refractory to every one of them (lines of therapy refractoryDrugs). Re-check c81-m5: a BCMA-directed
 * option with no such adjustment (the BCMA CAR-Ts, BPd: their cards' caution says the reference gives no results after
 * BCMA therapy) is read from its drugs' class, `known` false: the mark names the target, never how well it works. Null
 * when neither holds or no other BCMA-directed drug was given (teclistamab offered again after it was stopped for
 * toxicity). */
export function sameTargetBefore(
  a: Assessment,
  o: AssessmentOption,
): { had: string[]; stopped: boolean; known: boolean } | null {
  const known = (o.safetyFindings ?? []).some((f) => AFTER_BCMA.test(f.ruleId));
  const bcma = (o.regimen?.drugs ?? []).some((d) => drugClass(d) === DrugClass.bcmaDirected);
  if (!known && (!bcma || o.kind === "supportive-care" || o.id === CONTINUE_CURRENT_LINE)) return null;
  const lines = extras(a).lines;
  const had = (lines?.exposedDrugs ?? []).filter(
    (d) => drugClass(d) === DrugClass.bcmaDirected && !(o.regimen?.drugs ?? []).includes(d),
  );
  if (had.length === 0) return null;
  return { had, stopped: had.every((d) => (lines?.refractoryDrugs ?? []).includes(d)), known };
}

/** An option's drugs the disease did not respond to (linesOfTherapy.nonResponsiveDrugs: best response SD, no
 * progression; review c54-8), as the clinician card's caution: not the line being given, not in AL amyloidosis. */
export function nonResponsiveDrugsIn(a: Assessment, o: AssessmentOption): string[] {
  if (!o.regimen || o.kind === "supportive-care" || o.id === CONTINUE_CURRENT_LINE) return [];
  if (a.diagnosis.category === "al-amyloidosis") return [];
  const none = extras(a).lines?.nonResponsiveDrugs ?? [];
  return withoutSteroids(o.regimen.drugs).filter((d) => none.includes(d));
}

/** An option's anti-CD38 antibody held by its class only: another antibody of the class (`had`) is in `list`, the
 * option's own is not, nor in `also` (engine/safety.ts isRefractoryTo reads the class so). Null for an option with no
 * regimen, supportive care and the line being given. */
function antiCd38ClassmateIn(
  o: AssessmentOption,
  list: readonly string[],
  also: readonly string[] = [],
): { drug: string; had: string } | null {
  if (!o.regimen || o.kind === "supportive-care" || o.id === CONTINUE_CURRENT_LINE) return null;
  const had = antiCd38RefractoryDrug(list);
  if (had === undefined) return null;
  const drug = o.regimen.drugs.find(
    (d) => !list.includes(d) && !also.includes(d) && isRefractoryTo(d, list, had),
  );
  return drug === undefined ? null : { drug, had };
}

/**
 * An option's anti-CD38 antibody the disease is refractory to by its class only: another antibody of the
 * class (`had`) is among the lines of therapy's refractory drugs (criteria-and-scores.md 9.3, MAMMOTH;
 * engine/safety.ts isRefractoryTo; review c36-H4). The patient texts name the one that stopped working.
 */
export function refractoryClassIn(a: Assessment, o: AssessmentOption): { drug: string; had: string } | null {
  return antiCd38ClassmateIn(o, extras(a).lines?.refractoryDrugs ?? []);
}

/** An option's anti-CD38 antibody the disease did not respond to by its class only: another antibody of the class is
 * among the lines of therapy's nonResponsiveDrugs (best response SD, no progression), and the clinician card holds it
 * for the class as it holds refractoriness (review c55-5: the handout said nothing of it). Not when the class is
 * refractory (refractoryClassIn says that), not in AL amyloidosis. */
export function nonResponsiveClassIn(
  a: Assessment,
  o: AssessmentOption,
): { drug: string; had: string } | null {
  if (a.diagnosis.category === "al-amyloidosis" || refractoryClassIn(a, o) !== null) return null;
  const lines = extras(a).lines;
  return antiCd38ClassmateIn(o, lines?.nonResponsiveDrugs ?? [], lines?.refractoryDrugs ?? []);
}

/** Steroids are given with most regimens; the drug a regimen is named by is its first other drug. */
const STEROIDS: ReadonlySet<string> = new Set(["dexamethasone", "prednisone"]);

export interface OptionParts {
  id: string;
  kind: AssessmentOption["kind"];
  /** Generic names, lower case, as in the regimen. */
  drugs: string[];
  key: string | null;
  /** The regimen code, shown for drug treatments where clinicians use it ("D-VRd"). */
  code: string | null;
  preferred: boolean;
  conditional: boolean;
  unverified: boolean;
  provisional: boolean;
  /** A treatment given only within a research study (strength "trial"), not a study option itself. */
  researchOnly: boolean;
  /** A treatment whose regulatory decision is pending and that no jurisdiction has approved. */
  notApprovedYet: boolean;
  /** Approved in this jurisdiction and not approved in the other (approvedOnlyIn). */
  approvedOnlyIn: "us" | "eu" | null;
  /** Approved in this jurisdiction, the other's decision pending (approvedPendingElsewhere). */
  approvedPendingElsewhere: "us" | "eu" | null;
  /** Approved for this patient in this jurisdiction only, outside the other's label (approvedForPatientOnlyIn). */
  approvedForPatientOnlyIn: "us" | "eu" | null;
  /** Off-label in the jurisdictions shown (offLabelIn; review c73-m3). */
  offLabelIn: "us" | "eu" | "both" | null;
}

const CODED_KINDS: ReadonlySet<AssessmentOption["kind"]> = new Set(["systemic-therapy"]);

export function optionParts(o: AssessmentOption): OptionParts {
  const drugs = o.regimen?.drugs ?? [];
  return {
    id: o.id,
    kind: o.kind,
    drugs,
    key: drugs.find((d) => !STEROIDS.has(d)) ?? drugs[0] ?? null,
    code: CODED_KINDS.has(o.kind) && o.regimen?.code ? o.regimen.code : null,
    preferred: o.strength === "preferred",
    conditional: o.conditional !== undefined,
    unverified: o.verified === false,
    provisional: o.provisional === true,
    researchOnly: o.kind !== "clinical-trial" && o.strength === "trial",
    notApprovedYet: o.kind !== "clinical-trial" && pendingNotApproved(o),
    approvedOnlyIn: approvedOnlyIn(o),
    approvedPendingElsewhere: approvedPendingElsewhere(o),
    approvedForPatientOnlyIn: approvedForPatientOnlyIn(o),
    offLabelIn: offLabelIn(o),
  };
}

/** A change a drug rule gives for a drug of the line being given (an alert raised because the patient is
 * on the drug now), as data: the surfaces word it. */
export interface LineDoseChange {
  ruleId: string;
  drug: string;
  change: DoseChange;
  reason: DoseChangeReason;
  severity: Alert["severity"];
}

/** The dose changes the alerts give for the drugs of the option to continue the line being given (none
 * for any other option): that option goes on with them, never unchanged. */
export function lineDoseChanges(a: Assessment, o: AssessmentOption): LineDoseChange[] {
  if (o.id !== CONTINUE_CURRENT_LINE) return [];
  return doseChangesOf(a, o.regimen?.drugs ?? []);
}

/** The dose changes the alerts give for a thalidomide-family drug given now that no line-being-given card names
 * (lenalidomide for smouldering myeloma, E3A06 / QuiRedex; treatments.md 2b, 7a): its drug rules are raised for the
 * drug given now (review c67-U2), and the patient's pages said nothing of a pause for low counts (stop 48 leftover).
 * Only the rules that name the drug itself (a class rule names no drug of a line). */
export function offLineImidDoseChanges(a: Assessment): LineDoseChange[] {
  const drugs = Object.values(DOSE_CHANGES).flatMap((c) =>
    typeof c.drug === "string" && drugClass(c.drug) === DrugClass.immunomodulatory ? [c.drug] : [],
  );
  return doseChangesOf(a, [...new Set(drugs)]);
}

function doseChangesOf(a: Assessment, drugs: readonly string[]): LineDoseChange[] {
  return a.alerts.flatMap((al) => {
    const c = Object.hasOwn(DOSE_CHANGES, al.id) ? DOSE_CHANGES[al.id] : undefined;
    if (c === undefined) return [];
    // A class rule names every drug of its class: the line's own drug of the class is the one changed.
    const of = c.drug;
    const drug =
      typeof of === "string" ? (drugs.includes(of) ? of : undefined) : drugs.find((d) => of.includes(d));
    return drug === undefined
      ? []
      : [{ ruleId: al.id, drug, change: c.change, reason: c.reason, severity: al.severity }];
  });
}

/** The line being given, to keep going with (not a new choice); null when there is none or it is only
 * conditional or provisional. */
export function currentLineOption(a: Assessment): AssessmentOption | null {
  return (
    a.options.find(
      (o) => o.id === CONTINUE_CURRENT_LINE && o.conditional === undefined && o.provisional !== true,
    ) ?? null
  );
}

/** The line being given was held back by the safety review (an adjustment of the continue option, such as D-VCd
 * in AL at a cardiac stage where it is not indicated: review c23-2): the patient is told the team reviews it,
 * never "keep going"; so is an AL line below a partial response (review c23-3). */
export function lineUnderReview(a: Assessment, current: AssessmentOption): boolean {
  const prefix = `${CONTINUE_CURRENT_LINE}.adjust.`;
  return (
    current.safetyFindings?.some((f) => f.ruleId.startsWith(prefix)) === true ||
    // AL below PR on the line (review c23-3): the switch rule depends on the cycles, which the team counts.
    a.alerts.some((x) => x.id === AL_BELOW_PR || x.id === AL_BELOW_VGPR) ||
    // Review c55-6: myeloma whose line being given holds a drug it did not respond to (its card says so).
    nonResponsiveOnLineGiven(a)
  );
}

/** The line being given is a combination not approved at the knowledge date, given in a trial or outside its label:
 * talquetamab with daratumumab (MonumenTAL-3; treatments.md 5c, 9; review c73-m2). The patient words say it is still
 * being studied, never "the usual plan". */
export function lineBeingStudied(a: Assessment): boolean {
  return a.alerts.some((x) => x.id === TALQUETAMAB_WITH_DARATUMUMAB_ALERT);
}

/** The line being given has not responded (its best response SD, its drugs in linesOfTherapy.nonResponsiveDrugs), in
 * myeloma. */
function nonResponsiveOnLineGiven(a: Assessment): boolean {
  const lines = extras(a).lines;
  const none = lines?.nonResponsiveDrugs ?? [];
  if (none.length === 0 || a.phase.currentLine === null || a.diagnosis.category === "al-amyloidosis")
    return false;
  const given = lines?.lines.find((l) => l.number === a.phase.currentLine);
  // Its own best response SD: a non-response recorded on an earlier line says nothing of this one's.
  return given?.bestResponse === "SD" && given.drugs.some((d) => none.includes(d));
}

/** The transplant answer an option (or a plan step's options, all alike) holds under, while undecided. */
export function transplantCondition(
  options: AssessmentOption[],
): "transplant-candidate" | "not-transplant-candidate" | null {
  const on = options[0]?.conditionalOn;
  if (on !== "transplant-candidate" && on !== "not-transplant-candidate") return null;
  return options.every((o) => o.conditionalOn === on) ? on : null;
}

/** The response rule of a progression the care team recorded in the treatment history. */
const PD_RECORDED = "imwg2016.pd.recorded";

/**
 * The critical alerts the patient is asked to call about today. A progression the care team itself
 * recorded is left out: the team knows it already, and the handout says the disease has grown and that
 * the team will talk about a new treatment. Any other critical alert (hypercalcaemia, a drug to hold)
 * stays urgent.
 */
export function urgentAlerts(a: Assessment): Alert[] {
  const recorded = (extras(a).response?.rules ?? []).some((r) => r.ruleId === PD_RECORDED);
  return a.alerts.filter(
    (al) => al.severity === "critical" && !(recorded && al.id === "response.progression"),
  );
}

/** The reasons of the urgent alerts when every one of them is a drug rule that changes a drug of the line
 * being given (DOSE_CHANGES: painful grade 2 neuropathy on bortezomib): the call today is about that symptom,
 * not "some of your results" (review c17 handout 15). Empty when any urgent alert is of another kind. */
export function urgentDoseChangeReasons(a: Assessment): DoseChangeReason[] {
  const urgent = urgentAlerts(a);
  const reasons = urgent.map((al) =>
    Object.hasOwn(DOSE_CHANGES, al.id) ? DOSE_CHANGES[al.id]?.reason : undefined,
  );
  if (urgent.length === 0 || reasons.some((r) => r === undefined)) return [];
  return [...new Set(reasons as DoseChangeReason[])];
}

/** The serum M-protein of a watched (untreated) disease is rising: the engine's evolving alerts (c10 M5). */
export function mProteinRising(a: Assessment): boolean {
  return a.alerts.some((al) => al.id === "evolving.m-protein" || al.id === "evolving.m-protein-rising");
}

/** The M-protein found again after immunofixation had found none: relapse from CR, confirmed or possible, or
 * the M-protein back with no CR graded (the engine's response alerts; review c27-m3). */
export function mProteinBack(a: Assessment): boolean {
  // On an anti-CD38 antibody with a small IgG-kappa band, the band may be the antibody (review c28-M4).
  if (a.response?.antibodyInterference === true) return false;
  return a.alerts.some(
    (al) =>
      al.id === "response.relapse-from-cr" ||
      al.id === "response.relapse-from-cr-unconfirmed" ||
      al.id === "response.m-protein-reappeared",
  );
}

/** Re-check c71-m4: the M-protein back after a complete response (the relapse-from-CR alerts) while the band may be an
 * anti-CD38 antibody (within its window, criteria-and-scores.md 6.4): the patient hears both readings, not only "at
 * least ... it may be even better". */
export function bandBackMayBeMedicine(a: Assessment): boolean {
  return (
    a.response?.antibodyInterference === true &&
    a.alerts.some(
      (al) => al.id === "response.relapse-from-cr" || al.id === "response.relapse-from-cr-unconfirmed",
    )
  );
}

/** Review c60-U1: results that may mean the disease is coming back while the grade still reads as a response (a
 * progression-size FLC rise on a disease graded by another measure, a rise from a negative dFLC nadir or from an
 * unknown baseline, M-protein back after immunofixation found none): the patient page says the results changed and
 * the team checks them, never "a good response" nor "keep going" with the line as it is. */
const RESULTS_CHANGED: ReadonlySet<string> = new Set([
  "response.flc-rise-not-the-measure",
  "response.flc-rise-baseline-unknown",
  "response.dflc-rise-from-negative-nadir",
]);
export function resultsChanged(a: Assessment): boolean {
  return mProteinBack(a) || a.alerts.some((al) => RESULTS_CHANGED.has(al.id));
}

/** Review c91-M3: AL amyloidosis, a partial response below the VGPR goal on the line being given, by the engine's switch
 * rule (treatments.md 6: change therapy if < VGPR after 4 cycles, Singapore consensus 2023). */
export function alBelowGoal(a: Assessment): boolean {
  return a.alerts.some((al) => al.id === AL_BELOW_VGPR);
}

/** Review c90-m2: a complete response (CR or sCR) recorded on the line the response grades, graded now as a partial
 * response or less with no progression (criteria-and-scores.md 6.2): the protein is measurable again (PR, MR and SD
 * each need it), so the patient hears that it is found again and watched, never "a good response" alone. Read from what
 * the Assessment carries (the line's recorded best response, the grade), not a new finding; the engine's relapse-from-CR
 * alerts (resultsChanged) say more and come first. */
const BELOW_VGPR_GRADES: ReadonlySet<string> = new Set(["PR", "MR", "SD"]);
export function backAfterComplete(a: Assessment): boolean {
  const r = a.response;
  if (r?.progression !== false || !BELOW_VGPR_GRADES.has(r.current ?? "") || resultsChanged(a)) return false;
  const line = a.linesOfTherapy?.lines.find((l) => l.number === r.line);
  return line?.bestResponse === "CR" || line?.bestResponse === "sCR";
}

/** The disease came back within 12 months of the autologous transplant (the engine's alert). */
export function earlyRelapseAfterTransplant(a: Assessment): boolean {
  return a.alerts.some((al) => al.id === "alert.early-relapse-after-asct");
}

/** The record says "transplant candidate: yes" while fitness argues against it (pathway.ts). */
export function transplantToConfirm(a: Assessment): boolean {
  return a.alerts.some((al) => al.id === "pathway.transplant-candidacy-conflict");
}

/** Re-check c81-M1: the candidacy is put to the team only because the IMWG score is frail from its age item alone (over
 * 80: 2 points, criteria-and-scores 8.1) with ECOG below 3 or not recorded (re-check c82-m1: then the age is the only
 * recorded reason, and the ECOG is asked): the patient's page names the age, not "health results" (8.3: age alone never
 * decides). Read from the scores' traces. */
export function transplantDoubtFromAgeOnly(a: Assessment): boolean {
  if (!transplantToConfirm(a) || !frailFromAgeAlone(a.fitness.imwgFrailty)) return false;
  const ecog = a.fitness.simplifiedFrailty.rules.find((r) => r.ruleId === "frailty.simplified.ecog")?.inputs
    .ecog;
  return typeof ecog !== "number" || ecog < 3;
}

/** Record fields (prefix match) and the test that would give them. */
const TEST_OF_FIELD: ReadonlyArray<readonly [string, TestId]> = [
  ["labs.serumMProtein", "protein"],
  ["labs.urineMProtein", "urineMProtein"],
  ["labs.heavyChain", "protein"],
  ["labs.lightChain", "protein"],
  ["labs.immunofixation", "protein"],
  ["labs.involvedFreeLightChain", "lightChains"],
  ["labs.uninvolvedFreeLightChain", "lightChains"],
  ["biopsy.amyloidType", "amyloidType"],
  ["marrow", "marrow"],
  ["imaging", "imaging"],
  ["imaging.mriFocalLesions", "mri"],
  ["labs.calcium", "organs"],
  ["labs.creatinine", "organs"],
  ["labs.urineTotalProtein", "urineProtein"],
  ["biopsy.amyloid", "amyloidTissue"],
  ["labs.hemoglobin", "organs"],
  // Review c67-W1: the IgG the immunoglobulin-replacement rules wait on (treatments.md 5c, 8c).
  ["labs.igg", "igg"],
  ["cytogenetics", "genes"],
];

const LOW_RISK_DEFERRED = R.mgusLowRiskWorkUpDeferred.id;
const LOW_RISK_URINE_DEFERRED = R.mgusLowRiskUrineDeferred.id;

/** The measures whose value is in the record without a date, so the response could not use it as its
 * baseline (the engine's ResponseResult.baselineUndated, review c13-2). Their tests were done: the patient
 * texts say once that the dates are missing (review c13 words, finding 1), never that the tests would help
 * or that the results are not in the record. */
export function undatedResults(a: Assessment): readonly UndatedMeasure[] {
  return extras(a).response?.baselineUndated ?? [];
}

/** A missing-data entry that asks only for the date of a value the record has (see undatedResults; the
 * creatinine of kidney-on-treatment.ts, review c22-7): not a test to do. */
export function onlyDateMissing(a: Assessment, m: MissingInput): boolean {
  return m.field === CREATININE_DATE_FIELD || undatedResults(a).some((u) => UNDATED_FIELD[u] === m.field);
}

/** Review c86-M2: a missing-data entry for a field whose value was sent and not used (Assessment.unusedValues): the
 * test was done and its result could not be used; the patient texts say so (w.unusedValue), never that the test would
 * help or that the result is not in the record. */
export function sentNotUsed(a: Assessment, m: MissingInput): boolean {
  return a.unusedValues?.some((u) => u.field === m.field) === true;
}

/** The kidney sentence for the patient (kidney-on-treatment.ts): worse on treatment, or (the creatinine has no
 * date, review c22-7) worse than the earlier tests, its date to be checked; "from-myeloma" when, dated, it is the
 * relapse's creatinine rise the team attributes to the myeloma (review c77-W1), "not-from-myeloma" when the team
 * recorded it as not (re-check c78-m2); null without that alert. */
export function kidneyWorse(a: Assessment): "dated" | "undated" | "from-myeloma" | "not-from-myeloma" | null {
  if (!a.alerts.some((x) => x.id === KIDNEY_NEW_ON_TREATMENT)) return null;
  if (a.missingData.some((m) => m.field === CREATININE_DATE_FIELD)) return "undated";
  if (creatinineRiseItem(a.response.clinicalRelapse)?.attribution === false) return "not-from-myeloma";
  return myelomaKidneyInjuryAtRelapse(a.response.clinicalRelapse) === true ? "from-myeloma" : "dated";
}

/** Tests that would help, from the missing data, in a fixed order. */
export function testsThatWouldHelp(a: Assessment, max = 4): TestId[] {
  const hit = new Set<TestId>();
  for (const m of a.missingData) {
    if (onlyDateMissing(a, m) || sentNotUsed(a, m)) continue;
    // The longest prefix names the test (review c91-m2: the MRI, not "a scan of the bones").
    let best: readonly [string, TestId] | null = null;
    for (const entry of TEST_OF_FIELD) {
      const [prefix] = entry;
      if (
        (m.field === prefix || m.field.startsWith(`${prefix}.`)) &&
        prefix.length > (best?.[0].length ?? -1)
      )
        best = entry;
    }
    if (best) hit.add(best[1]);
  }
  // Review c91-m2, m5: the whole test covers its part (the bone scan the MRI, the blood and urine test the urine's).
  if (hit.has("imaging")) hit.delete("mri");
  if (hit.has("protein")) hit.delete("urineMProtein");
  // An IgM protein not shown to be myeloma (review c9-F3): the marrow's cell type and the t(11;14) gene
  // test are what would tell IgM myeloma from Waldenstrom macroglobulinaemia.
  const igm = a.alerts.some((x) => IGM_PATHWAY_ALERTS.includes(x.id));
  if (igm) hit.add("marrow");
  // The amyloid's typing is explained as a test of amyloid found in tissue: only once it is (Congo red met).
  if (!amyloidFound(a)) hit.delete("amyloidType");
  // Kidney findings the protein may or may not explain (review c20-4): the kidney biopsy is the tissue that
  // answers it, AL's Congo red included, so it takes the place of a tissue sample for amyloid.
  const question = endOrganQuestion(a);
  if (question === "kidney" || question === "proteinuria") {
    hit.add("kidneyBiopsy");
    hit.delete("amyloidTissue");
  }
  // Gene tests matter once a condition is known, only while the risk they decide is still unknown, and
  // only while a choice they change is open. Review c79-m1: the genetic risk, not the headline, which the
  // beta2-microglobulin criterion alone can make high while the gene changes the choices read are unknown.
  if (
    (!igm && a.diagnosis.category === "indeterminate") ||
    a.risk.cytogenetic.geneticHighRisk !== null ||
    !geneResultChangesAChoice(a.phase)
  )
    hit.delete("genes");
  // Low-risk MGUS read without them: not needed at diagnosis (sidiqi-2020-blood-cancer-j), so the patient
  // is not told they would help; the clinician still sees them as what could change the category.
  if (a.diagnosis.criteria.some((c) => c.id === LOW_RISK_DEFERRED && c.status === "met")) {
    hit.delete("marrow");
    hit.delete("imaging");
    hit.delete("mri");
  }
  // Review c91-m5: the 24-hour urine not needed at diagnosis in low-risk MGUS (the clinician's missing data says so).
  if (a.diagnosis.criteria.some((c) => c.id === LOW_RISK_URINE_DEFERRED && c.status === "met"))
    hit.delete("urineMProtein");
  // IgM (review c20 handout 8): the marrow and the gene test decide which disease it is (IgM myeloma or
  // Waldenstrom macroglobulinaemia), not how many plasma cells or which treatment.
  if (igm) {
    if (hit.delete("marrow")) hit.add("marrowCellType");
    if (hit.delete("genes")) hit.add("genesIgm");
  }
  return TEST_IDS.filter((t) => hit.has(t)).slice(0, max);
}

/**
 * Whether a cytogenetic result would change a choice open now. The reference gives cytogenetic risk a say
 * in the first-line choices (induction, tandem ASCT, a proteasome inhibitor added to maintenance for
 * high-risk disease: treatments.md 3, 3c) and in the SMM risk (IMWG 2020, treatments.md 2), and at relapse
 * the next line is chosen. Not while maintenance or a later line is given, nor when a later line is
 * finished and watched without progression (after CAR-T in CR): no choice is open for a result to change.
 */
function geneResultChangesAChoice(phase: Assessment["phase"] | undefined): boolean {
  if (!phase) return true;
  switch (phase.code) {
    case "maintenance":
      return false;
    case "line-finished":
      // The first line finished: continued or maintenance therapy is still to choose.
      return phase.progressed !== false || (phase.lastLine ?? 1) <= 1;
    case "relapsed":
    case "refractory":
      return phase.currentLine === null;
    default:
      return true;
  }
}

const QUESTIONS_BY_SITUATION: Readonly<Record<Situation, QuestionId[]>> = {
  empty: ["nextTests", "whenResults", "meaning"],
  unclear: ["nextTests", "whenResults", "meaning"],
  mgus: ["meaning", "checkups", "signs"],
  "smoldering-myeloma": ["watchOrTreat", "checkups", "signs", "trial"],
  "mm-new": ["whichTreatment", "transplant", "sideEffects", "dailyLife", "trial"],
  "mm-on-treatment": ["working", "sideEffects", "whatNext", "trial"],
  "mm-progressed": ["whichTreatment", "sideEffects", "trial", "dailyLife"],
  plasmacytoma: ["radiation", "checkups", "signs"],
  "al-amyloidosis": ["whichTreatment", "heartKidneys", "transplant", "sideEffects"],
};

const MAX_QUESTIONS = 5;

/** Three to five questions: an overdue test first, then the situation's own, and always who to call. */
export function questionsFor(a: Assessment): QuestionId[] {
  const x = extras(a);
  const out: QuestionId[] = [];
  if ((x.monitoring?.items ?? []).some(isDueOrOverdue)) out.push("overdue");
  for (const q of QUESTIONS_BY_SITUATION[situationOf(a)]) {
    if (q === "transplant" && !a.options.some((o) => o.kind === "stem-cell-transplant")) continue;
    if (q === "radiation" && !a.options.some((o) => o.kind === "radiation")) continue;
    // On (or after) therapy for smouldering myeloma: the treatment is chosen; how it works is the question.
    if (q === "watchOrTreat" && a.phase?.code === "smoldering-therapy") {
      out.push("working");
      continue;
    }
    // A frail patient: daily life and help at home, not work (review c17 handout 34).
    if (q === "dailyLife" && frailOnEitherScale(a)) {
      out.push("dailyLifeHelp");
      continue;
    }
    out.push(q);
  }
  return [...out.slice(0, MAX_QUESTIONS - 1), "whoToCall"];
}

/** Frail on the IMWG score, or on the simplified scale (criteria-and-scores 8.1, 8.2): the patient is asked about
 * daily life and help at home, not work. The simplified scale is frail when its known items already reach 2
 * points (age over 80, ECOG 2 or more), as for an 88-year-old whose ADL is not recorded, for whom the IMWG score
 * cannot be computed (c20 minor: "work and daily life" was asked). */
export function frailOnEitherScale(a: Assessment): boolean {
  return a.fitness.imwgFrailty.group === "frail" || a.fitness.simplifiedFrailty.group === "frail";
}

/** Progression to active myeloma within 2 years, in 100 people, by model and group: criteria-and-scores.md
 * 2.1 (Mayo 2018 groups, IMWG validation cohort n=1,996) and 2.2 (IMWG 2020 bands; 3.8% said as 4 in 100; the
 * low-intermediate and intermediate-high figures are secondary there), both mateos-2020-bcj. A group is told
 * with its own model's figure only (review c17 handout 12: "soon" was undefined). */
export const SMM_TWO_YEAR_PROGRESSION = {
  citationId: "mateos-2020-bcj",
  mayo2018: { low: 6, intermediate: 18, high: 44 },
  imwg2020: { low: 4, "low-intermediate": 26, "intermediate-high": 51, high: 73 },
} as const;

/** The smouldering myeloma's chance of active myeloma within 2 years (in 100 people), by the model that
 * gave the group; null without a group of that model, or while the SMM is treated (the figures are those
 * of untreated cohorts). */
export function smmTwoYearChance(a: Assessment, model: "mayo2018" | "imwg2020"): number | null {
  if (a.phase?.code === "smoldering-therapy") return null;
  if (model === "mayo2018") {
    const g = a.risk.smmMayo2018.group;
    return g ? SMM_TWO_YEAR_PROGRESSION.mayo2018[g] : null;
  }
  const g = a.risk.smmImwg2020.group;
  return g ? SMM_TWO_YEAR_PROGRESSION.imwg2020[g] : null;
}

/** A treatment (not watching, a study or care alongside) is listed for a smouldering myeloma: the plan is
 * not only "watch it with regular blood tests" (review c17 handout 12). */
export function smmTreatmentListed(a: Assessment): boolean {
  return patientOptions(a).some(
    (o) => !["observation", "clinical-trial", "supportive-care"].includes(o.kind) && o.regimen !== null,
  );
}

/** High risk by IMS/IMWG 2025 criterion 4 read from values at diagnosis (dated on or before the first
 * treatment: the rule's `valuesOnOrBefore`), so the patient texts say it in the past (review c17 handout 13). */
export function b2mHighAtDiagnosis(a: Assessment): boolean {
  return a.risk.cytogenetic.ims2025.rules.some(
    (r) =>
      r.ruleId === "cytogenetic.ims-2025.b2m" &&
      r.inputs.met === true &&
      typeof r.inputs.valuesOnOrBefore === "string",
  );
}

/** "3a" from "IIIa", "2" from 2. */
export function stageWord(s: number | string): string {
  if (typeof s === "number") return String(s);
  const m = /^(I{1,3}|IV)(.*)$/.exec(s);
  const n = { I: 1, II: 2, III: 3, IV: 4 }[m?.[1] ?? ""];
  return n ? `${n}${m?.[2] ?? ""}` : s;
}

/** The clot-prevention line of the handout: when the clot risk with a myeloma pill is high (the engine's
 * alert), said as "you had a clot before" when the IMPEDE VTE inputs say so, else as a higher risk. */
export function clotPreventionWords(a: Assessment): "hadClot" | "highRisk" | null {
  if (!a.alerts.some((al) => al.id === "alert.vte.imid-high-risk")) return null;
  const vte = a.risk.impedeVte?.rules.find((r) => r.ruleId === "impede-vte.vte-history");
  return vte?.inputs.vteHistory === true ? "hadClot" : "highRisk";
}

/** Review c67-m2: a drug being given is held for a low platelet count (a label rule of DOSE_CHANGES, reason
 * "platelets": lenalidomide below 30, bortezomib below 25 x10^9/L); review c77-m2: or the platelets are below 50
 * x10^9/L beside the high-risk LMWH (its alert, knowledge/vte-risk.ts). The handout's clot-prevention words then ask
 * whether a blood thinner is right while the platelets are low, never a bare "ask about a blood thinner shot"
 * beside the bleeding warning (treatments.md 7c gives no platelet threshold for anticoagulant prophylaxis). */
export function plateletsLowForClotPrevention(a: Assessment): boolean {
  return a.alerts.some(
    (al) =>
      al.id === VTE_LOW_PLATELETS_ALERT ||
      (Object.hasOwn(DOSE_CHANGES, al.id) && DOSE_CHANGES[al.id]?.reason === "platelets"),
  );
}

/** Review c77-m3: the blood counts low since a BCMA CAR-T infusion, as the engine's alerts find them (treatments.md 5b,
 * 5c): neutrophils below 1.0 and platelets below 50 x10^9/L (grade 3 or worse); null when neither is raised. */
export function carTLowCounts(a: Assessment): CarTLowCounts | null {
  const neutrophils = a.alerts.some((al) => al.id === CAR_T_NEUTROPENIA_ALERT);
  const platelets = a.alerts.some((al) => al.id === CAR_T_THROMBOCYTOPENIA_ALERT);
  return neutrophils || platelets ? { neutrophils, platelets } : null;
}

/** An immunomodulatory drug (thalidomide family) is given now, whatever the disease: IMPEDE VTE is scored for the
 * regimen being given only when it holds one (engine/vte-risk.ts). Review c67-U2: lenalidomide for smouldering
 * myeloma (E3A06, QuiRedex; treatments.md 2b) is no line of myeloma therapy, so no line-being-given card names it. */
export function imidGivenNow(a: Assessment): boolean {
  return a.risk.impedeVte?.basis === "current-regimen";
}

/** The alert that asks for the cause of anaemia on lenalidomide maintenance to be looked for first
 * (drug-rules.ts; treatments.md 3d, 8c). */
const ANAEMIA_CAUSE_FIRST = "lenalidomide.maintenance-anaemia-second-primary";
/** The options that treat the anaemia alone (ESA, transfusion). */
const ANAEMIA_TREATMENTS: readonly string[] = ["sc.anemia.esa", "sc.anemia.transfusion"];

/** Review c11 M9: the clinician is told to look for the cause of the anaemia (a second primary cancer among
 * others) before treating it alone; the patient texts say the same. */
export function anaemiaCauseFirst(a: Assessment): boolean {
  return a.alerts.some((x) => x.id === ANAEMIA_CAUSE_FIRST);
}

/** Whether the safety review held the option back by the strength adjustment `id` (read from its
 * findings, as data). */
const heldBy = (o: AssessmentOption, id: string): boolean =>
  o.safetyFindings?.some((f) => f.ruleId === `${o.id}.adjust.${id}`) === true;

/** Held back because a missing heart test could exclude it: AL amyloidosis whose Mayo 2004 stage IIIb is
 * not excluded (D-VCd; treatments.md 6, review c18). */
export const waitsForHeartTest = (o: AssessmentOption): boolean =>
  heldBy(o, "stage-iiib-not-excluded") || alGatesNotKnown(o) || alTroponinGateNotRead(o);

/** Review c76-M1: the AL transplant held because troponin T or NT-proBNP is not recorded (its gates not known:
 * treatments.md 6): it waits for the heart blood test, and its own words ("your heart blood tests pass the checks")
 * are not said. */
export const alGatesNotKnown = (o: AssessmentOption): boolean => heldBy(o, "gates-not-recorded");

/** The AL transplant held because its troponin T is a high-sensitivity one, whose gate is not read (review c53-W3):
 * not "your heart blood tests pass the checks" either. */
export const alTroponinGateNotRead = (o: AssessmentOption): boolean => heldBy(o, "troponin-gate-not-read");

/** Held back because the NYHA class of a recorded heart failure is not known (or class III is not split):
 * D-VCd, not for NYHA IIIB/IV (treatments.md 6, review c18). */
export const waitsForHeartCheck = (o: AssessmentOption): boolean => heldBy(o, "nyha-iiib-not-excluded");

/** Held back because heart failure is recorded (or NYHA class III/IV): carfilzomib regimens (knowledge
 * carfilzomibHeartFailure; treatments.md 5a, 7b). Review c63-M4: the clinician card said "not a first choice here",
 * the patient's list nothing. */
export const heldForHeart = (o: AssessmentOption): boolean => heldBy(o, "heart-failure");

/** A carfilzomib option with uncontrolled hypertension recorded (drug rule carfilzomib.hypertension-uncontrolled;
 * treatments.md 7b: carfilzomib causes hypertension, assess the blood pressure at baseline). Review c84-m4: the
 * clinician card warned, the patient's list said nothing; its strength stays (the reference gives no threshold). Read
 * from the option's caution, as the teclistamab step-up words are (handout.ts). */
export const bloodPressureFirst = (o: AssessmentOption): boolean =>
  o.cautions.includes(CARFILZOMIB_HYPERTENSION_UNCONTROLLED);

/** Held back for fitness: the safety review lowered the option for frailty, performance status or age
 * (knowledge isFitnessAdjustment; the clinician's view gives the reason among its cautions). */
export const heldForFitness = (o: AssessmentOption): boolean =>
  o.safetyFindings?.some((f) => isFitnessAdjustment(f.ruleId)) === true;

/** An option held back because its trial enrolled fitter patients (knowledge `weighs: "trial-fitness"`),
 * not held for fitness as such: the patient's pages say it was studied in fitter people (review c22-11). */
export const studiedInFitter = (o: AssessmentOption): boolean =>
  !heldForFitness(o) && o.safetyFindings?.some((f) => isTrialFitnessAdjustment(f.ruleId)) === true;

/** An option held back because the reference does not cover it in this situation (knowledge `weighs:
 * "not-covered"`): the patient's pages say the team will decide whether it fits (review c32-M2: "Long-term
 * treatment with lenalidomide" after a lenalidomide-free first line, unhedged). */
export const teamDecidesFit = (o: AssessmentOption): boolean =>
  !heldForFitness(o) && o.safetyFindings?.some((f) => isNotCoveredAdjustment(f.ruleId)) === true;

/** Review c63-W1: the long-term treatment after D-VRd held because fewer than CEPHEUS's 8 D-VRd cycles are recorded
 * (the finding of the option pathway.no-asct.d-rd-after-d-vrd): it comes after the rest of the first treatment. */
export const waitsForRestOfDvrd = (o: AssessmentOption): boolean =>
  o.safetyFindings?.some((f) => f.ruleId === DVRD_CYCLES_REMAINING) === true;

/** Review c63-U1: every option of a plan step is the collection for a transplant kept for later (no transplant now). */
export const collectionForLaterOnly = (options: readonly AssessmentOption[]): boolean =>
  options.length > 0 && options.every((o) => o.id === DEFERRED_STEM_CELL_COLLECTION);

/** An ESA or transfusion offered while the cause of the anaemia is to be looked for first. */
export function waitsForAnaemiaCause(o: AssessmentOption, a: Assessment): boolean {
  return ANAEMIA_TREATMENTS.includes(o.id) && anaemiaCauseFirst(a);
}

/** On the first line of therapy now (line 1 being given, no prior line): "previously treated" would read as a
 * relapse to the reader (review c14 finding 10). */
export function onFirstLine(a: Assessment): boolean {
  return a.phase?.currentLine === 1 && (a.phase.priorLines ?? 0) === 0;
}

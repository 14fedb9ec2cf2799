/** The patient handout: one printable page (at most 600 words) built from the Assessment's data and one
 * language's word table: what this means, what happens next, the options named by what they are,
 * three to five questions, and the decision-support notice once. The full patient summary (patient.ts)
 * stays one step away. */

import { ALLERGY_ON_LINE, tmpSmxWithheld } from "../engine/allergies.js";
import type { Assessment, AssessmentOption } from "../engine/assessment.js";
import { pregnancyBeingGivenId } from "../engine/pregnancy.js";
import { ANAEMIA_ONLY_EVENT, IGM_PATHWAY_ALERTS, PLASMA_CELL_LEUKAEMIA } from "../engine/record-checks.js";
import { withoutSteroids } from "../engine/safety.js";
import {
  ANTICOAGULATION_LOW_PLATELETS_ALERT,
  CAR_T_FIRST_DAYS,
  type DoseChangeReason,
  NDMM_RENAL_FROM_MYELOMA,
  NDMM_RENAL_IMPAIRMENT,
  STEP_UP_WEEKS,
} from "../knowledge/drug-rules.js";
import { STEPS_AFTER_TRANSPLANT_MONTHS } from "../knowledge/entries/newly-diagnosed.js";
import { COLLECTION_DUE_ALERT } from "../knowledge/entries/pathway.js";
import { DRUG_RULES } from "../knowledge/index.js";
import { isNeuropathyAdjustment } from "../knowledge/neuropathy.js";
import type { AmyloidOrgan } from "../model/enums.js";
import { addDays, completedMonths } from "../response/dates.js";
import { DrugClass, drugClass } from "../response/drug-classes.js";
import type { MonitoringItem } from "../response/monitoring.js";
import { type Block, type Format, h, inline, ol, p, renderBlocks, ul } from "./doc.js";
import {
  extras,
  MGUS_NEUROPATHY_ALERT,
  mrdWords,
  namedResponse,
  OTHER_AMYLOID_ALERT,
  olderScaleStage,
  stageAtDiagnosis,
  stageNotShown,
  stageScale,
  UNTYPED_AMYLOID_ALERT,
} from "./extras.js";
import {
  alBelowGoal,
  alMyelomaNotExcluded,
  anaemiaCauseFirst,
  answersAlertFirst,
  b2mHighAtDiagnosis,
  backAfterComplete,
  bandBackMayBeMedicine,
  biomarkerDoubt,
  bloodPressureFirst,
  boneEventNotImaged,
  calciumUnderRead,
  carTLowCounts,
  clotPreventionWords,
  collectionForLaterOnly,
  currentLineOption,
  describedCategory,
  earlyRelapseAfterTransplant,
  endOrganQuestion,
  endOrganUntested,
  flcDisputed,
  heldForFitness,
  heldForHeart,
  hemoglobinFalling,
  imidGivenNow,
  kidneyWorse,
  type LineDoseChange,
  lightChainMgusNoMarrow,
  likelyShown,
  lineBeingStudied,
  lineDoseChanges,
  lineUnderReview,
  mProteinBack,
  mProteinRising,
  namedAlerts,
  needsCareNow,
  nonResponsiveClassIn,
  nonResponsiveDrugsIn,
  type OptionParts,
  offLineImidDoseChanges,
  onFirstLine,
  onRelapseLine,
  optionParts,
  patientOptions,
  plateletsLowForClotPrevention,
  questionsFor,
  refractoryClassIn,
  refractoryDrugsIn,
  resultsChanged,
  sameTargetBefore,
  situationOf,
  smmTreatmentListed,
  smmTwoYearChance,
  stageWord,
  studiedInFitter,
  teamDecidesFit,
  testsThatWouldHelp,
  transplantCondition,
  transplantDoubtFromAgeOnly,
  transplantToConfirm,
  undatedResults,
  unusedValueFields,
  urgentAlerts,
  urgentDoseChangeReasons,
  valueSentNotUsed,
  waitsForAnaemiaCause,
  waitsForHeartCheck,
  waitsForHeartTest,
  waitsForRestOfDvrd,
  workUpBeforeSmmLevel,
  ZOLEDRONIC_ACID_HELD,
} from "./handout-facts.js";
import { isDueNow } from "./monitoring-status.js";
import { boneEventsInEngineOrder, nowFirstStrongest } from "./option-order.js";
import { plainField } from "./plain-words.js";
import { pendingNotApproved } from "./regulatory-status.js";
import { EN } from "./words/en.js";
import { WORDS } from "./words/index.js";
import type { HandoutWords, NamedAlertId, Situation } from "./words/types.js";

/** Review c74-U2: the alert of a pregnancy recorded (knowledge/drug-rules.ts ALERT_RULES). */
const PREGNANCY_IMID = "alert.pregnancy-imid-contraindicated";
/** Review c74-U2: a pregnancy is recorded (its alert). */
const pregnancyRecorded = (a: Assessment): boolean => a.alerts.some((al) => al.id === PREGNANCY_IMID);
/** Review c89-m3: a woman from this age gets the neutral programme words. Wording only, not a clinical threshold: the
 * record cannot say whether a woman could become pregnant, the programme applies to all (treatments.md 7a), and the team
 * decides who is of reproductive potential; the reference gives no age. */
export const PREGNANCY_WORDS_NEUTRAL_FROM_AGE = 60;
/** Review c89-m3: the pregnancy-programme words by the patient's sex as recorded (treatments.md 7a): a man, his partner
 * and condoms; a woman from PREGNANCY_WORDS_NEUTRAL_FROM_AGE (or her age not recorded), the neutral words; a younger
 * woman, or the sex not recorded, the words that speak to both. */
function pregnancyWords(a: Assessment, w: HandoutWords): string {
  const { sex = null, age = null } = a.patient ?? {};
  if (sex === "male") return w.optionsPregnancyMale;
  if (sex === "female" && (age === null || age >= PREGNANCY_WORDS_NEUTRAL_FROM_AGE))
    return w.optionsPregnancyNeutral;
  return w.optionsPregnancy;
}
/** Review c75-U1: the immunomodulatory drugs being given while a pregnancy is recorded (engine/pregnancy.ts alerts). */
const imidsInPregnancy = (a: Assessment): string[] =>
  IMID_NAMES.filter((d) => a.alerts.some((al) => al.id === pregnancyBeingGivenId(d)));
const IMID_NAMES = ["lenalidomide", "thalidomide", "pomalidomide"];

export const HANDOUT_MAX_WORDS = 600;

/** A paragraph or a list. `introducesTests`: the paragraph ends by introducing the tests that would help, so
 * their list must follow it (the fallback of an empty or unclear record). */
export type HandoutPart =
  | { kind: "p"; text: string; introducesTests?: true }
  | { kind: "list"; items: string[]; ordered?: boolean };

export type HandoutSectionId = "urgent" | "meaning" | "next" | "options" | "support" | "questions";

export interface HandoutSection {
  id: HandoutSectionId;
  heading: string;
  parts: HandoutPart[];
}

/** The handout as plain data: every string already in the reader's language. */
export interface HandoutDoc {
  title: string;
  notice: string;
  sections: HandoutSection[];
}

/** Words as a reader counts them (letters and digits; "D-VRd" is two). */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}']+/gu) ?? []).length;
}

const MAX_PLAN_STEPS = 6;
const MAX_DUE = 2;

/** The option as a patient would name it, e.g. "4-drug treatment with daratumumab (D-VRd)". With the
 * Assessment, an option named for a raised alert says so (radiation for a spinal cord compression). */
export function optionPlainName(o: AssessmentOption, w: HandoutWords = EN, a?: Assessment): string {
  // Review c75-W2: TMP-SMX withheld for an allergy: the medicines given in its place (treatments.md 5c).
  const withheld = tmpSmxWithheld(o);
  if (withheld !== null) return w.pjpInPlaceOfTmpSmx(withheld);
  const parts = optionParts(o);
  const say = (d: string) => w.drug[d]?.name ?? d;
  const forAlert = a?.alerts
    .map((al) =>
      Object.hasOwn(w.optionByIdWithAlert, al.id) ? w.optionByIdWithAlert[al.id]?.[o.id] : undefined,
    )
    .find((n) => n !== undefined);
  const byId = forAlert ?? w.optionById[o.id];
  // Review c90-m4: a pending decision with an approval nowhere (treatments.md 10) is a treatment waiting for it, not "a
  // research study" (the option's kind says where it can be had now; its text says so).
  if (!byId && o.kind === "clinical-trial" && parts.drugs.length > 0 && pendingNotApproved(o))
    return w.pendingTreatmentName({
      drugs: parts.drugs.map(say),
      key: parts.key ? say(parts.key) : null,
      role: null,
      code: parts.code,
      count: parts.drugs.length,
    });
  // A transplant named by id is named by what it is, not by its conditioning drug (review c63-M2: the planned second
  // autograft read "Stem cell transplant after high-dose melphalan" after the first).
  if (byId && (parts.drugs.length === 0 || o.kind === "stem-cell-transplant")) return byId;
  return w.optionName[o.kind]({
    drugs: parts.drugs.map(say),
    key: parts.key ? say(parts.key) : null,
    role: parts.drugs.map((d) => w.drug[d]?.role).find((r) => r !== undefined) ?? null,
    code: parts.code,
    count: parts.drugs.length,
  });
}

/** Options that each hold, beside their transplant answer, only if the line has not progressed (`alsoOn`; review
 * c32-M1): the patient's words say both. */
const alsoIfNotProgressed = (options: readonly AssessmentOption[]): boolean =>
  options.length > 0 && options.every((o) => o.alsoOn === "line-not-progressed");

/** The mark of an option shown only on an open fact: the transplant decision, or a line's outcome. */
export function conditionMark(o: AssessmentOption, w: HandoutWords): string | null {
  const transplant = transplantCondition([o]);
  const also = alsoIfNotProgressed([o]) ? `; ${w.marks.ifNotProgressed}` : "";
  if (transplant === "transplant-candidate") return w.marks.ifTransplant + also;
  if (transplant === "not-transplant-candidate") return w.marks.ifNoTransplant + also;
  if (o.conditionalOn === "line-not-progressed") return w.marks.ifNotProgressed;
  return o.conditional !== undefined ? w.marks.conditional : null;
}

/** AL amyloidosis's transplant: held on the ASCT eligibility gates (treatments.md 6), which the clinician
 * plan says ("if the gates are met"); the patient words carry the condition too (review c8, 08). */
const AL_ASCT = "al.asct";
/** AL amyloidosis met beside myeloma, or amyloid found beside it and not typed: the Mayo gates hold the myeloma's
 * transplant and the collection too (review c50-S1: "Later: Stem cell transplant." with no condition). */
const HELD_ON_AL_GATES = [
  "ndmm.te.asct",
  "pathway.te.stem-cell-collection",
  "pathway.deferred.stem-cell-collection",
];
const alGatesApply = (a: Assessment): boolean =>
  a.diagnosis.category === "al-amyloidosis" ||
  (a.diagnosis.alsoMeets?.includes("al-amyloidosis") ?? false) ||
  a.alerts.some((al) => al.id === UNTYPED_AMYLOID_ALERT);
const alTransplantStep = (a: Assessment, phase: string): boolean => phase === "transplant" && alGatesApply(a);
/** The option's transplant waits on the heart and other tests (the AL gates). */
const heldOnAlGates = (a: Assessment, o: AssessmentOption): boolean =>
  o.provisional !== true && (o.id === AL_ASCT || (HELD_ON_AL_GATES.includes(o.id) && alGatesApply(a)));

/** A transplant held on the AL gates: their words ("only if heart and other tests allow a transplant") also when its
 * candidacy is put to the team (review c63-U2/M1: heart failure with AL met now asks both; the heart words say more). */
function alChecksOverCandidacy(mark: string | null, heldOnAl: boolean, w: HandoutWords): string | null {
  if (!heldOnAl) return mark;
  return mark === null || mark === w.marks.ifTransplant ? w.marks.ifTransplantChecks : mark;
}

/** Whether every option of a plan step waits on the same open fact that a step is said with: the transplant
 * decision, or the line not having progressed. */
function sharedCondition(options: readonly AssessmentOption[]): boolean {
  const on = options[0]?.conditionalOn;
  return on !== undefined && on !== "line-progressed" && options.every((o) => o.conditionalOn === on);
}

// A hold (pause, then less) says more than a pause (review c52-m3: KRd's lenalidomide paused for neutrophils and held
// for platelets read "pause" without "then give less").
const CHANGE_RANK: Readonly<Record<LineDoseChange["change"], number>> = {
  reduce: 0,
  pause: 1,
  hold: 2,
  stop: 3,
};

/** What the care team may do with the drugs of the line being given, one sentence a drug. When an unknown
 * fact leaves two changes open for one drug (grade 2 neuropathy, pain not recorded: reduce or hold), the
 * patient hears the larger one, said as "may" (the hold's words include the lower dose); the clinician
 * title names both. */
export function doseChangeWords(changes: readonly LineDoseChange[], w: HandoutWords): string[] {
  const byDrug = new Map<string, { change: LineDoseChange; reasons: DoseChangeReason[] }>();
  for (const c of changes) {
    const seen = byDrug.get(c.drug);
    if (!seen) byDrug.set(c.drug, { change: c, reasons: [c.reason] });
    else {
      if (CHANGE_RANK[c.change] > CHANGE_RANK[seen.change.change]) seen.change = c;
      // Two rules for one drug (low neutrophils and low platelets on pomalidomide): both reasons said.
      if (!seen.reasons.includes(c.reason)) seen.reasons.push(c.reason);
    }
  }
  const kept = [...byDrug.values()];
  // The advice of a reason (a fever with low neutrophils) once, after the last change it gives.
  return kept.map(({ change: c, reasons }, i) => {
    const said = w.doseChange[c.change](
      w.drug[c.drug]?.name ?? c.drug,
      w.and(reasons.map((r) => w.doseChangeReason[r])),
    );
    const advice = reasons.flatMap((r) => {
      const a = w.doseChangeAdvice[r];
      return a !== null && !kept.some((k, j) => j > i && k.reasons.includes(r)) ? [a] : [];
    });
    return [said, ...advice].join(" ");
  });
}

/** One line of an option list. `same` are the options of the list with the option's name: when they hold
 * under both answers of the transplant decision (D-VRd for candidates and for others), one line says the
 * regimen comes with or without a transplant, with the marks all of them share (unverified when any is). */
function optionLine(
  o: AssessmentOption,
  w: HandoutWords,
  a: Assessment,
  same: readonly AssessmentOption[] = [o],
): string {
  const both =
    same.some((x) => transplantCondition([x]) === "transplant-candidate") &&
    same.some((x) => transplantCondition([x]) === "not-transplant-candidate");
  const all = both ? same.map(optionParts) : [optionParts(o)];
  const marks = [
    ...allergyMarks(o, w),
    all.every((p) => p.preferred) ? w.marks.preferred : null,
    all.some((p) => p.researchOnly) ? w.marks.researchOnly : null,
    all.some((p) => p.notApprovedYet) ? w.marks.notApprovedYet : null,
    approvedOnlyMark(all, w),
    hadBeforeMark(o, w, a),
    transfusionWaits(o, a) ? w.marks.afterThinning : null,
    waitsForAnaemiaCause(o, a) ? w.marks.afterAnaemiaCause : null,
    waitsForHeartTest(o) ? w.marks.afterHeartTest : null,
    waitsForHeartCheck(o) ? w.marks.afterHeartCheck : null,
    same.every(heldForHeart) ? w.marks.mayNotSuitHeart : null,
    same.every(bloodPressureFirst) ? w.marks.bloodPressureFirst : null,
    waitsForRestOfDvrd(o) ? w.marks.afterRestOfFirstTreatment : null,
    same.every(heldForFitness) ? w.marks.mayBeTooStrong : null,
    same.every(studiedInFitter) ? w.marks.studiedInFitter : null,
    same.every(teamDecidesFit) ? w.marks.teamDecidesFit : null,
    both ? w.marks.eitherTransplant : alChecksOverCandidacy(conditionMark(o, w), heldOnAlGates(a, o), w),
  ].filter((m): m is string => m !== null);
  const name = optionPlainName(o, w, a) + (all.some((p) => p.unverified) ? ` ${w.marks.unverified}` : "");
  return marks.length > 0 ? `${name} – ${marks.join("; ")}` : name;
}

const unique = (xs: string[]) => [...new Set(xs)];

/** The marks of an option giving a drug the record lists as an allergy, or one related to a severe IMiD allergy
 * (review c75-M3); none for TMP-SMX withheld, whose name says it (review c75-W2). */
export function allergyMarks(o: AssessmentOption, w: HandoutWords): string[] {
  const own = tmpSmxWithheld(o) === null ? (o.allergies ?? []) : [];
  return [
    own.length > 0 ? w.marks.containsAllergen(own.map((d) => w.genericName(d))) : null,
    (o.relatedAllergies ?? []).length > 0 ? w.marks.relatedToAllergen : null,
  ].filter((m) => m !== null);
}

/** The mark of an option approved in one jurisdiction shown and refused in the other (BPd), when every
 * option of the line is (review c17 handout 6: the clinician text said "EU only", the handout nothing); else of one
 * off-label where shown (review c73-m3: PVd in the US). */
export function approvedOnlyMark(parts: readonly OptionParts[], w: HandoutWords): string | null {
  const only = parts[0]?.approvedOnlyIn ?? null;
  if (only && parts.every((p) => p.approvedOnlyIn === only)) return w.marks.approvedOnlyIn[only];
  // Review c63-M3: approved in one, the other's decision pending (Tec-Dara in the EU).
  const pending = parts[0]?.approvedPendingElsewhere ?? null;
  if (pending && parts.every((p) => p.approvedPendingElsewhere === pending))
    return w.marks.approvedNotYetElsewhere[pending];
  // Re-check c65-m4: approved for this patient in one, outside the other's label (BVd at a first relapse).
  const forPatient = parts[0]?.approvedForPatientOnlyIn ?? null;
  if (forPatient && parts.every((p) => p.approvedForPatientOnlyIn === forPatient))
    return w.marks.approvedForYouOnlyIn[forPatient];
  // Review c73-m3: off-label where shown (PVd in the US: the clinician card says "US off-label").
  const offLabel = parts[0]?.offLabelIn ?? null;
  return offLabel && parts.every((p) => p.offLabelIn === offLabel) ? w.marks.offLabelIn[offLabel] : null;
}

/** The mark of an option with drugs the disease is refractory to: the disease stopped responding to them
 * (review c13 words, finding 2; review c17 handout 6: "you had it before" hid that it stopped working). */
function hadBeforeMark(o: AssessmentOption, w: HandoutWords, a: Assessment): string | null {
  const drugs = refractoryDrugsIn(a, o);
  const byClass = refractoryClassIn(a, o);
  const notWell = nonResponsiveDrugsIn(a, o);
  const notWellClass = nonResponsiveClassIn(a, o);
  // The same-target mark first: its "works on" follows the option's name.
  const [sameTarget, stop] = sameTargetAndStopMarks(o, w, a);
  const marks = [
    sameTarget,
    drugs.length > 0 ? w.marks.hadBefore(drugs.map((d) => w.genericName(d))) : null,
    byClass ? w.marks.hadBeforeClass(w.genericName(byClass.drug), w.genericName(byClass.had)) : null,
    notWell.length > 0 ? w.marks.didNotWorkWell(notWell.map((d) => w.genericName(d))) : null,
    notWellClass
      ? w.marks.didNotWorkWellClass(w.genericName(notWellClass.drug), w.genericName(notWellClass.had))
      : null,
    stop,
  ].filter((m) => m !== null);
  return marks.length > 0 ? marks.join("; ") : null;
}

/** The marks of an option aimed at the target of BCMA-directed drugs given before, and of one giving drugs stopped
 * for side effects, as the clinician card's cautions say them (review c80-m1; treatments.md 5d "After BCMA
 * therapy": lower response rates; the reference gives no rule on re-exposure after toxicity). */
export function sameTargetAndStopMarks(
  o: AssessmentOption,
  w: HandoutWords,
  a: Assessment,
): [string | null, string | null] {
  const same = sameTargetBefore(a, o);
  const had = same?.had.map((d) => w.genericName(d)) ?? [];
  const stopped = o.stoppedForToxicity ?? [];
  const own = withoutSteroids(o.regimen?.drugs ?? []);
  // "it" when the drugs stopped are all the option gives (teclistamab alone).
  const all = own.length > 0 && own.every((d) => stopped.includes(d));
  return [
    same === null
      ? null
      : !same.known
        ? w.marks.sameTargetOnly(had)
        : same.stopped
          ? w.marks.sameTargetStopped(had)
          : w.marks.sameTarget(had),
    stopped.length > 0
      ? w.marks.stoppedForSideEffects(all ? [] : stopped.map((d) => w.genericName(d)))
      : null,
  ];
}

const TRANSFUSION = "sc.anemia.transfusion";
const HYPERVISCOSITY = "alert.hyperviscosity";
/** The transfusion card while hyperviscosity is recorded: a red-cell transfusion waits until the viscosity
 * is reduced (treatments.md 8c, UNVERIFIED there; review c9-F19), so the patient words do not invite one. */
export const transfusionWaits = (o: AssessmentOption, a: Assessment): boolean =>
  o.id === TRANSFUSION && a.alerts.some((x) => x.id === HYPERVISCOSITY);

/** The bispecific antibodies, each started with step-up doses and a stay in or near the hospital after
 * them (treatments.md 5c: US labels hospitalise 24-48 h; the teclistamab EU SmPC: near a facility). */
const STEP_UP_DRUGS = ["teclistamab", "elranatamab", "talquetamab", "linvoseltamab"];

/** The teclistamab rule whose US and EU texts tell the stay after step-up doses apart (treatments.md 10). */
const TECLISTAMAB_STEP_UP = DRUG_RULES.find((r) => r.id === "teclistamab.step-up-monitoring");

/** What the patient on a bispecific now is told (review c10-M1; treatments.md 5c): the warning signs of CRS
 * and ICANS (boxed warning for all four), the stay after each step-up dose in the line's first weeks (by the
 * teclistamab label texts the option carries: US PI in hospital 48 h, EU SmPC near a facility with daily
 * checks; the general words otherwise), and talquetamab's own side effects. Null without a bispecific. */
function bispecificWords(
  a: Assessment,
  current: AssessmentOption,
  w: HandoutWords,
  feverSaid: boolean,
): string | null {
  const drugs = current.regimen?.drugs ?? [];
  if (!STEP_UP_DRUGS.some((d) => drugs.includes(d))) return null;
  const out = [w.onBispecific.warningSigns];
  const weeks = a.phase?.weeksOnCurrentLine ?? null;
  if (weeks !== null && weeks < STEP_UP_WEEKS) {
    const text = TECLISTAMAB_STEP_UP?.text;
    const us = text && "us" in text && drugs.includes("teclistamab") && current.cautions.includes(text.us);
    const eu = text && "eu" in text && drugs.includes("teclistamab") && current.cautions.includes(text.eu);
    out.push(
      us && !eu ? w.onBispecific.stepUpUs : eu && !us ? w.onBispecific.stepUpEu : w.optionsStepUpDoses,
    );
  }
  if (drugs.includes("talquetamab")) out.push(w.onBispecific.talquetamab);
  // Review c57-M2: at month 6 with neutrophils 0.9 and IgG 180, fever was said only as the early immune reaction;
  // its infections persist over time (treatments.md 5c).
  // Review c80-m5, c85-m4: the fever call once, when neither a low neutrophil count (just before) nor the count not
  // taken since the start (just after) says it.
  if (weeks === null || weeks >= STEP_UP_WEEKS) {
    out.push(w.onBispecific.infections);
    if (!feverSaid) out.push(w.onBispecific.fever);
  }
  return out.join(" ");
}

/** The day the first 2 weeks after the BCMA CAR-T infusion end (the infusion day the phase names, plus the engine's
 * CAR_T_FIRST_DAYS: treatments.md 5b, 10), as the clinician plan step names it; null when the phase names no day. */
function carTFirstWeeksEnd(a: Assessment): string | null {
  const day = a.phase?.rules.find((r) => r.ruleId === "phase.after-car-t")?.inputs.infusionDate;
  return typeof day === "string" ? addDays(day, CAR_T_FIRST_DAYS) : null;
}

/** The engine's alerts after a BCMA CAR-T infusion (knowledge/drug-rules.ts ALERT_RULES). */
const CAR_T_FIRST_WEEKS = "alert.car-t.first-two-weeks";
const CAR_T_AFTER = "alert.car-t.after-infusion";
const CAR_T_UNDATED = "alert.car-t.infusion-day-not-recorded";
/** The engine's request for a neutrophil count taken since a bispecific antibody started (review c30-W3). */
const BISPECIFIC_NO_COUNT = "alert.bispecific.no-count-since-start";
/** Clot prevention with an immunomodulatory drug, and its card for a patient on a full-dose blood thinner
 * already ("do not add another", treatments.md 7c). */
const VTE_IMID: readonly string[] = ["sc.vte.imid-prophylaxis", "sc.vte.imid-already-anticoagulated"];
/** The hepatitis B screening card (knowledge/entries/supportive-care.ts). */
const HBV_SCREENING = "sc.infection.hbv-screening";
/** Care shown only when the record's own findings call for it, never to everyone on a treatment: immune globulin
 * (IgG below 400 mg/dL with infections, or on T-cell-redirecting therapy), and the hepatitis B test not recorded
 * (before therapy, on an anti-CD38 antibody or within 6 months of daratumumab) or the care a positive one needs
 * (review c33-M4: immune globulin kept, the hepatitis B test cut on anti-CD38 pages). */
const FOUND_IN_RECORD: readonly string[] = [HBV_SCREENING, "sc.infection.hbv-positive", "sc.infection.ivig"];
/** The inputs the hepatitis B screening card's serology reads. */
const HBV_FIELDS: readonly string[] = ["labs.hepatitisBSurfaceAntigen", "labs.hepatitisBCoreAntibody"];
/** Options whose drugs call for hepatitis B screening: an anti-CD38 antibody (the daratumumab HBV reactivation
 * warning the cards quote, "screen now") or T-cell redirection, a bispecific or a CAR-T (treatments.md 5c co-orders:
 * HBV/HCV/HIV screening; 8c infections). */
const callsForHbvScreen = (o: AssessmentOption): boolean =>
  o.kind === "bispecific" ||
  o.kind === "car-t" ||
  (o.regimen?.drugs ?? []).some((d) => drugClass(d) === DrugClass.antiCd38);

/** Review c85-m3: the handout's hepatitis B test when hepatitis B status is not recorded (the engine asks for its
 * serology) and an option listed, or the line being given, has an anti-CD38 antibody or a T-cell-redirecting therapy,
 * while no card of the engine's says it (its screening card fires before therapy or on an anti-CD38 antibody only):
 * at first relapse the DKd, DPd and Tec-Dara cards said "screen now" and the page had no test. */
function hbvTestCalledFor(
  a: Assessment,
  given: readonly AssessmentOption[],
  support: readonly AssessmentOption[],
): boolean {
  return (
    a.missingData.some((m) => HBV_FIELDS.includes(m.field)) &&
    !support.some((o) => o.id === HBV_SCREENING) &&
    given.some(callsForHbvScreen)
  );
}
/** How many items at the head of a section's list the page's cut keeps while the other list can give way (the
 * care that answers an alert or that the record calls for); by section, beside the data (not part of it). */
const KEPT_FIRST = new WeakMap<HandoutSection, number>();
/** Lines of a section's list that its cut passes over while another line after the first can give way (a research
 * study, re-check c81-m5); by section, beside the data. */
const KEPT_LINES = new WeakMap<HandoutSection, ReadonlySet<string>>();

/** One line of a list gives way to the page's word cap: its last line that KEPT_LINES does not keep, or else its
 * last line (never the first while another remains). */
function giveWay(l: { sec: HandoutSection; list: { items: string[] } }): void {
  const kept = KEPT_LINES.get(l.sec);
  const items = l.list.items;
  let i = items.length - 1;
  while (i > 0 && kept?.has(items[i] as string)) i--;
  items.splice(i > 0 ? i : items.length - 1, 1);
}

/** The critical alerts named plainly, then how soon to act, once: urgent care now when one needs it,
 * else the call today (`today`: the words for it, the handout's by default). */
export function namedAlertWords(ids: readonly NamedAlertId[], w: HandoutWords, today = w.urgent): string {
  // A cord compression with thick blood in one sentence, not two that start "Your records show" (review c17
  // handout 38).
  const both = ids.includes(CORD) && ids.includes(THICK_BLOOD);
  const problems = both
    ? ids.flatMap((id) =>
        id === CORD ? [w.emergencyCordAndThickBlood] : id === THICK_BLOOD ? [] : [w.emergency[id]],
      )
    : ids.map((id) => w.emergency[id]);
  return [...problems, needsCareNow(ids) ? w.emergency.urgentNow : today].join(" ");
}
const CORD: NamedAlertId = "alert.spinal-cord-compression";
const THICK_BLOOD: NamedAlertId = "alert.hyperviscosity";

/** The sentence naming a decided category (review c76-m5: light-chain MGUS with the marrow not assessed by its name). */
/** Review c86-M2: results sent and not used (Assessment.unusedValues) in the patient's words, the tests named (never
 * "not done"); when no lean is named for them, that the condition is not known until they are checked. Null when there
 * are none (or none has a plain name). */
export function unusedValueWords(a: Assessment, w: HandoutWords): string | null {
  const names = [...new Set(unusedValueFields(a).flatMap((f) => plainField(f, w.glossary.field) ?? []))];
  if (names.length === 0) return null;
  return valueSentNotUsed(a) ? `${w.unusedValue(names)} ${w.unusedValueUndecided}` : w.unusedValue(names);
}

export function fitsWords(a: Assessment, name: string, w: HandoutWords): string {
  return lightChainMgusNoMarrow(a) !== null ? w.lightChainMgusNoMarrow.fits : w.fits(name);
}

/** Said after a decided category's meaning (review c76-W2, m5): AL amyloidosis clear with myeloma not excluded, or what
 * can make sure of a light-chain MGUS with the marrow not assessed; null otherwise. */
export function afterMeaningWords(a: Assessment, w: HandoutWords): string | null {
  const lightChain = lightChainMgusNoMarrow(a);
  if (lightChain !== null) return w.lightChainMgusNoMarrow[lightChain];
  return alMyelomaNotExcluded(a) ? w.alMyelomaNotExcluded : null;
}

function meaning(a: Assessment, s: Situation, w: HandoutWords): HandoutPart[] {
  // Review c48-F5, F6: amyloid of another type, or a neuropathy, beside an MGUS: not "only checkups".
  const otherAmyloid = a.alerts.some((x) => x.id === OTHER_AMYLOID_ALERT);
  const neuropathy = a.alerts.some((x) => x.id === MGUS_NEUROPATHY_ALERT);
  const out: string[] = [];
  const x = extras(a);
  // Review c42-M2: a myeloma-defining biomarker doubts the early category read (record-checks.ts).
  const doubt = biomarkerDoubt(a);
  const doubted = doubt !== null;
  if (s === "empty") out.push(w.tooFewResults);
  else if (s === "unclear") {
    out.push(w.unclear);
    if (a.alerts.some((x) => IGM_PATHWAY_ALERTS.includes(x.id))) out.push(w.igmPathway);
    const question = endOrganQuestion(a);
    if (question) out.push(w.endOrganQuestion[question]);
    const untested = endOrganUntested(a);
    if (untested)
      out.push(untested === "myeloma-open" ? w.endOrganUntested.myelomaOpen : w.endOrganUntested.earlyStages);
    if (flcDisputed(a)) out.push(w.flcDisputed);
    const bone = boneEventNotImaged(a);
    if (bone) out.push(w.boneEventNotImaged[bone]);
    if (calciumUnderRead(a)) out.push(w.calciumUnderRead);
    const sent = unusedValueWords(a, w);
    if (sent !== null) out.push(sent);
    const oldWorkUp = workUpBeforeSmmLevel(a);
    if (oldWorkUp) out.push(w.workUpBeforeSmmLevel[oldWorkUp]);
    const likely = likelyShown(a);
    // The likely category explained as the decided one is (review c9-F17: "could fit MGUS" left the acronym
    // unexplained).
    if (likely)
      out.push(
        w.couldFit(w.category[likely].name),
        likely === "mgus" && (doubted || otherAmyloid || neuropathy)
          ? w.biomarkerWithoutClone.mgusMeaning
          : w.category[likely].meaning,
      );
    if (otherAmyloid) out.push(w.otherAmyloid);
    if (neuropathy) out.push(w.neuropathyLinked);
    if (doubt) out.push(w.biomarkerWithoutClone[doubt]);
  } else {
    const described = describedCategory(a);
    const t = w.category[described];
    out.push(
      fitsWords(a, t.name, w),
      described === "mgus" && (doubted || otherAmyloid || neuropathy)
        ? w.biomarkerWithoutClone.mgusMeaning
        : t.meaning,
    );
    if (described === "al-amyloidosis") out.push(...alOrganWords(a, w));
    const after = afterMeaningWords(a, w);
    if (after !== null) out.push(after);
    const sent = unusedValueWords(a, w);
    if (sent !== null) out.push(sent);
    if (otherAmyloid) out.push(w.otherAmyloid);
    if (neuropathy) out.push(w.neuropathyLinked);
    // Review c91-M2: beside myeloma, the organs and the heart-medicine warning as on an AL page (treatments.md 6).
    if (a.diagnosis.alsoMeets?.includes("al-amyloidosis")) out.push(w.alsoAl, ...alOrganWords(a, w));
    if (a.alerts.some((x) => x.id === PLASMA_CELL_LEUKAEMIA))
      out.push(a.diagnosis.treated ? w.plasmaCellLeukaemiaTreated : w.plasmaCellLeukaemia);
    if (doubt) out.push(w.biomarkerWithoutClone[doubt]);
    if (a.diagnosis.treated && s !== "mm-on-treatment" && s !== "mm-progressed") out.push(treatedWords(a, w));
  }
  if (s.startsWith("mm-")) {
    const stage = a.staging.riss.stage ?? a.staging.iss.stage;
    if (stageNotShown(a)) {
      const first = stageAtDiagnosis(a);
      out.push(first !== null ? w.stage.atDiagnosis(String(first)) : w.stage.setAtDiagnosis);
    } else if (stage !== null && stage !== undefined) {
      out.push(w.stage.myeloma(String(stage), stageScale(a), a.diagnosis.treated));
      const older = olderScaleStage(a);
      if (older !== null) out.push(w.stage.olderScale(String(older), a.diagnosis.treated));
    }
    const cg = a.risk.cytogenetic;
    // IMS/IMWG 2025: high risk by criterion 4 alone (beta2-microglobulin) is not a gene change.
    if (cg.highRisk === true)
      out.push(
        cg.geneticHighRisk === true
          ? w.highRiskGenes
          : b2mHighAtDiagnosis(a)
            ? w.highRiskB2mAtDiagnosis
            : w.highRiskB2m,
      );
  }
  if (s === "smoldering-myeloma") {
    // Mayo 2018 first (the score the reference's monitoring intervals use), else IMWG 2020: the chance in 2
    // years by that model's own figure; while treated, only the group.
    const mayo = a.risk.smmMayo2018.group;
    const model = mayo ? "mayo2018" : "imwg2020";
    const group = mayo ?? a.risk.smmImwg2020.group;
    const chance = smmTwoYearChance(a, model);
    if (chance !== null) out.push(w.smmChance(chance));
    else if (group) out.push(w.glossary.risk[`smm:${group}`].meaning);
    const older = a.diagnosis.workUpBeforeRise;
    if (older) out.push(w.smmChanceOlderTests(older.marrow !== null, older.imaging !== null));
  }
  if (s === "al-amyloidosis") {
    const s12 = a.risk.alMayo2012.stage;
    const s04 = a.risk.alMayo2004.stage;
    // Review c76-m4: a stage with a marker from on treatment is not the stage at diagnosis (criteria-and-scores.md
    // 5.1-5.2): not said; the clinician's screen names the values' dates.
    if ((s12 ?? s04 ?? null) !== null && !stagedBeforeTreatment(a.risk.alMayo2012.basis))
      out.push(w.stage.alSetAtDiagnosis);
    else if (s12 !== null && s12 !== undefined)
      out.push(w.stage.amyloidosis(`${s12}`, "4", a.diagnosis.treated));
    else if (s04 !== null && s04 !== undefined)
      out.push(w.stage.amyloidosis(stageWord(s04), "3", a.diagnosis.treated));
  }
  const cur = x.response?.current ?? null;
  // A PD not confirmed yet is a possible progression, said as such (IMWG: a second consecutive assessment).
  if (x.response?.progression === true) {
    out.push(w.response.growing);
    if (x.response.clinicalRelapse?.met === false) out.push(w.response.growingLabsOnly);
  } else if (cur === "PD")
    out.push(x.response?.confirmed === false ? w.response.mayBeGrowing : w.response.growing);
  // Review c76-W1: an AL response level lost since (the light chain rising): never "a good response".
  else if (x.response?.alHaematologic?.responseLost)
    out.push(
      a.phase?.currentLine != null ? w.response.alLightChainRisingOnTreatment : w.response.alLightChainRising,
    );
  // Review c78-M1: the level failed on the latest value only: a repeat (never "a good response").
  else if (x.response?.alHaematologic?.aboveLevelOnce) out.push(w.response.alLightChainHigherOnce);
  else if (cur && (x.lines?.count ?? 0) > 0) {
    const named = namedResponse(x.response);
    // AL with no haematologic response: not "stable disease" (review c23-3; al-switch-rule.ts).
    if (x.response?.alHaematologic?.grade === "NR") out.push(w.response.alNotEnough);
    // Review c91-M3: a partial response below the AL goal at the switch rule: lowered, not as far as the goal.
    else if (alBelowGoal(a)) out.push(w.response.alBelowGoal);
    else if (resultsChanged(a)) out.push(w.response.changed);
    // Review c90-m2: the protein found again after a recorded complete response: watched, not "a good response".
    else if (backAfterComplete(a)) out.push(w.response.backAfterComplete);
    else if (named === null) out.push(w.response.early);
    else if (named !== cur) out.push(w.response.deeper(w.responseName[named].name));
    else out.push(w.response.good(w.responseName[named].name));
    // Review c87-M5: graded below CR while the blood tests meet CR's serum criteria: what would tell a complete response.
    if (x.response?.serumCrCriteria && !resultsChanged(a))
      out.push(w.response.serumClearUrineMarrowToTell(x.response.serumCrCriteria.awaiting));
    if (x.response?.alHaematologic) out.push(w.summary.alResponseUnverified);
  } else if (x.response?.readFromCarTInfusion && x.response.progression === null && (x.lines?.count ?? 0) > 0)
    // Review c88-M1: nothing measured since the CAR-T infusion: too early to tell (never the bridging values' grade).
    out.push(w.response.notYetAfterCarT);
  else if (x.response?.atLeast && (x.lines?.count ?? 0) > 0)
    out.push(
      ...(bandBackMayBeMedicine(a)
        ? [w.summary.bandBackMayBeMedicine]
        : [w.response.atLeast(w.responseName[x.response.atLeast].name), w.summary.antibodyInterference]),
    );
  // A rise the 2006/2011 wording reads as progression and the 2016 wording does not (yet): said after the
  // response words, never a good response alone (review c41-m5; criteria-and-scores.md 6.2 (a)).
  const older = x.response?.progression === true || cur === "PD" ? undefined : x.response?.pdByOlderWording;
  if (older) out.push(w.response.risenSinceLowest(older.param));
  // After the growth is said: it came back within a year of the transplant.
  if (earlyRelapseAfterTransplant(a)) out.push(w.earlyRelapseAfterTransplant);
  const mrd = (x.lines?.count ?? 0) > 0 && x.response?.progression !== true ? mrdWords(x.response, w) : null;
  if (mrd) out.push(mrd);
  const framing =
    s === "mm-progressed" && a.phase?.code === "refractory" ? w.framingRefractory : w.framing[s];
  if (framing) out.push(framing);
  return out.map((text) => ({ kind: "p", text }));
}

/** The IMWG 2014 AL organ criterion (criteria-and-scores.md 1.5 requirement 1) and the engine's heart-medicine caution in
 * cardiac AL (treatments.md 6 "Cautions in AL", UNVERIFIED there; knowledge/drug-rules.ts). */
const AL_ORGAN_CRITERION = "imwg2014.al.organ-syndrome";
const AL_CARDIAC_DRUGS = "alert.al-cardiac-drugs";

/** Review c85-m1: on an AL amyloidosis page, the organs the record names as involved by AL amyloid, met by the organ
 * criterion (its inputs), and with the heart involved the clinician's heart-medicine caution for the patient, its
 * "still being checked" said (treatments.md 6, UNVERIFIED). The caution follows the engine's alert (the heart recorded,
 * or Mayo 2004 stage III off dialysis); its variant on dialysis with the heart not recorded ("if the heart is
 * involved") is left to the team. Review c91-M2: on a myeloma page that meets AL amyloidosis too as well (the heart
 * left out told nothing of the heart-medicine warning); those pages are at the word cap, so the lines take treatment
 * options from the page, which the "more options in the full details" line counts. Review c91-M7: the full summary
 * says them too. */
export function alOrganWords(a: Assessment, w: HandoutWords): string[] {
  const c = a.diagnosis.criteria.find((x) => x.id === AL_ORGAN_CRITERION);
  const listed = c?.met === true ? c.inputs?.organs : null;
  const organs = typeof listed === "string" && listed !== "" ? (listed.split(",") as AmyloidOrgan[]) : [];
  const out = organs.length > 0 ? [w.alOrgans(organs)] : [];
  // Re-check c86-m10: only beside the heart named among the organs (the alert also fires on the cardiac stage alone,
  // where "AL amyloidosis of the heart" would follow "built up in your kidneys").
  if (organs.includes("heart") && a.alerts.some((x) => x.id === AL_CARDIAC_DRUGS))
    out.push(w.alHeartMedicines);
  return out;
}

/** Review c76-m4: an AL stage read from values before the first treatment only (or an untreated record's). */
function stagedBeforeTreatment(b: Assessment["risk"]["alMayo2012"]["basis"]): boolean {
  return b == null || (b.from === "before-treatment" && b.onTreatment.length === 0);
}

/** How a treated record is said: on the first line, on therapy for smouldering myeloma now, or treated
 * before (the handout and the full summary). */
export function treatedWords(a: Assessment, w: HandoutWords): string {
  if (onFirstLine(a)) return w.onFirstTreatment;
  return a.phase?.code === "smoldering-therapy" && a.phase.currentRegimen !== null
    ? w.onSmmTreatmentNow
    : w.treatedBefore;
}

/** Where the patient stands, in plain words. A finished line (or a plasmacytoma's finished radiotherapy)
 * whose outcome the record does not show (phase.progressed null) is never said to be one where the disease
 * "has not grown" (missing is not normal; review c18 M1). */
function phaseNow(a: Assessment, w: HandoutWords): string {
  const phase = a.phase;
  if (onRelapseLine(a)) return w.phase.relapsed.onLine;
  // Re-check c78-W1: an AL response lost on the line being given: not "the first part of treatment" years into it.
  if (phase.currentLine !== null && extras(a).response?.alHaematologic?.responseLost)
    return w.lineOutcomeOpen.alLightChainRisingOnLine;
  // DRd until progression (the plan's one continuous step; review c10-W2): not "the first part".
  // Review c88-m3: Rd, or VRd then Rd, read so too.
  if (
    phase.code === "induction" &&
    a.plan?.some((st) => st.code === "continuous-drd" || st.code === "continuous-rd")
  )
    return w.continuousNow;
  if (phase.code === "untreated" && phase.rules.some((r) => r.inputs.localTherapy !== undefined))
    return w.untreatedLocalTherapy;
  // Review c63-m2: the post-transplant step done and maintenance next: not "getting over it" beside "Done".
  if (
    phase.code === "post-transplant" &&
    a.plan?.some((st) => st.phase === "post-transplant" && st.status === "done") &&
    a.plan.some((st) => st.phase === "maintenance" && st.status === "next")
  )
    return w.postTransplantStepsDone;
  // Re-checks c65-W1 rest and c66-M2 rest: two years after the transplant with nothing recorded since, "getting over
  // it" was still said. From the months after a transplant within which its steps begin (the project's reading,
  // the window of the consolidation and tandem options), the transplant is said as past, with no recovery.
  if (phase.code === "post-transplant" && phase.currentLine === null && transplantLineLongAgo(a))
    return w.postTransplantLongAgo(STEPS_AFTER_TRANSPLANT_MONTHS);
  // Therapy for smouldering myeloma before this myeloma (its drugs count for exposure, lines.ts): said, not
  // "you have not had treatment" (review c20 handout 1).
  if (phase.code === "untreated" && phase.rules.some((r) => r.inputs.smmTherapy !== undefined)) {
    const drugs = a.linesOfTherapy.exposedDrugs.map((d) => w.genericName(d));
    if (drugs.length > 0) return w.untreatedAfterSmmTherapy(drugs);
  }
  // Review c60-M2: an entry with no end may still be given: never "you have finished a treatment".
  if (phase.code === "line-finished" && phase.mayStillBeGiven !== undefined)
    return w.mayStillTake(phase.mayStillBeGiven.drugs.map((d) => w.genericName(d)));
  // Re-check c72-W1/M1: the first line stopped before a response was shown: never "the disease has not grown".
  // Review c71 r488: on the transplant pathway too (its phase is the transplant planned).
  if (stoppedEarly(a)) return w.stoppedEarlyNow;
  // Review c69-M1: a continuous first-line regimen stopped (the plan's step now): said stopped, and the restart talk.
  if (phase.code === "line-finished" && phase.progressed === false && continuousStopped(a))
    return w.continuousStoppedNow;
  if (phase.code !== "line-finished" || phase.progressed !== null) return w.phase[phase.code].now;
  const r = extras(a).response;
  if (r?.current === "PD" && r.confirmed === false) return w.lineOutcomeOpen.possible;
  // Review c76-W1: an AL response lost since the line: the team looks at the rise (never "has not grown").
  if (r?.alHaematologic?.responseLost) return w.lineOutcomeOpen.alLightChainRising;
  // Review c78-M1: the latest light chain value alone above the level reached: its repeat comes before the next step.
  if (r?.alHaematologic?.aboveLevelOnce) return w.lineOutcomeOpen.alLightChainHigherOnce;
  // Re-check c72-m3: a relapse line stopped with its outcome not known: said stopped, and the talk about what is next.
  if (lineStopped(a)) return w.lineStoppedNow;
  if (situationOf(a) !== "plasmacytoma") return w.lineOutcomeOpen.unknown;
  return mProteinRising(a) ? w.lineOutcomeOpen.afterRadiotherapyRising : w.lineOutcomeOpen.afterRadiotherapy;
}

/** An option the neuropathy holds back (bortezomib or thalidomide with existing nerve damage; review c9-F4). */
const heldForNerves = (o: AssessmentOption): boolean =>
  o.safetyFindings?.some((f) => isNeuropathyAdjustment(f.ruleId)) === true;

/** Re-check c75-m4: the page says the options with bortezomib or thalidomide are lower on the list; within each run of
 * one strength they come after the others (the order is otherwise kept). */
function nerveOptionsLast(options: AssessmentOption[]): AssessmentOption[] {
  const out: AssessmentOption[] = [];
  for (let i = 0; i < options.length; ) {
    let j = i;
    while (j < options.length && options[j]!.strength === options[i]!.strength) j++;
    const run = options.slice(i, j);
    for (const o of run) if (!heldForNerves(o)) out.push(o);
    for (const o of run) if (heldForNerves(o)) out.push(o);
    i = j;
  }
  return out;
}

/** Review c69-M1: the plan is that of a continuous first-line regimen stopped without progression (engine/plan.ts). */
const continuousStopped = (a: Assessment): boolean =>
  a.plan?.some((st) => st.code === "continuous-stopped-watch") === true;
/** Re-check c72-m3: the plan's step now is the assessment after a relapse line stopped (engine/plan.ts). */
const lineStopped = (a: Assessment): boolean => a.plan?.some((st) => st.code === "line-stopped-now") === true;
/** Re-check c72-W1/M1: the plan is that of a first line stopped before a response was shown (engine/plan.ts). */
const stoppedEarly = (a: Assessment): boolean =>
  a.plan?.some((st) => st.code === "first-line-stopped-early") === true;

/** The line holding the transplant ended STEPS_AFTER_TRANSPLANT_MONTHS or more before the record's date. */
function transplantLineLongAgo(a: Assessment): boolean {
  const last = a.linesOfTherapy.lines.at(-1);
  return (
    last?.includesAsct === true &&
    last.end !== null &&
    completedMonths(last.end, a.asOf) >= STEPS_AFTER_TRANSPLANT_MONTHS
  );
}

/** The latest date of the overdue results, or null when none is overdue. */
function latestOverdueResult(a: Assessment): string | null {
  let last: string | null = null;
  for (const i of extras(a).monitoring?.overdue ?? [])
    if (i.lastDone !== null && (last === null || i.lastDone > last)) last = i.lastDone;
  return last;
}

/** The monitored tests' plain names grouped by a date of theirs (items without one left out), in first-seen order. */
function testsByDate(
  items: readonly MonitoringItem[],
  dateOf: (i: MonitoringItem) => string | null,
  w: HandoutWords,
): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const i of items) {
    const d = dateOf(i);
    if (d === null) continue;
    const tests = byDate.get(d) ?? [];
    tests.push(w.monitoredTest(i.test));
    byDate.set(d, tests);
  }
  return byDate;
}

/** The words for results overdue on the line being given (review c11 H1): every response test stale, the
 * whole-record sentence with the latest overdue date; a response test current (review c60-W1: the FLC of 2025
 * beside an M-protein of November 2026), only the stale tests with the date each was last done. */
function overdueOnTreatmentWords(a: Assessment, lastOverdue: string, w: HandoutWords): string {
  const m = extras(a).monitoring;
  if ((m?.onTherapyStale?.notStaleResponseTests ?? []).length === 0)
    return w.testsOverdueOnTreatment(w.date(lastOverdue));
  const sentences = [...testsByDate(m?.overdue ?? [], (i) => i.lastDone, w)].map(([date, tests]) =>
    w.testsStale(w.and(tests), tests.length > 1, w.date(date)),
  );
  return [...sentences, w.testsStaleAsk((m?.overdue ?? []).length > 1)].join(" ");
}

/** The words of the critical alerts, said before anything else: a named alert (cord compression, thick
 * blood, high calcium) with how soon to act; any other critical result a call today, unless the team itself
 * recorded it (urgentAlerts); the kidneys of untreated myeloma's renal event after them, or alone (kidneyFirst).
 * Null when there is none. */
export function urgentWords(a: Assessment, w: HandoutWords): string | null {
  return kidneyFirst(a, w, criticalWords(a, w));
}

/** The words of the critical alerts alone (urgentWords). */
function criticalWords(a: Assessment, w: HandoutWords): string | null {
  const named = namedAlerts(a);
  if (named.length > 0) return namedAlertWords(named, w);
  const reasons = urgentDoseChangeReasons(a);
  if (reasons.length > 0) return w.urgentAbout(w.and(reasons.map((r) => w.doseChangeReason[r])));
  return urgentAlerts(a).length > 0 ? w.urgent : null;
}

/** What happens next on the handout: where the patient stands and the plan ahead (nextSteps), then the
 * tests. The urgent words have their own section, first (composeHandout). */
function whatNext(a: Assessment, s: Situation, w: HandoutWords): HandoutPart[] {
  return [...nextSteps(a, w), ...nextTests(a, s, w)];
}

/** Where the patient stands and the plan ahead, as "what happens next" says them (the handout, and the
 * full summary under the same heading): the phase or the CAR-T infusion, the line being given with any
 * change to it, what the alerts ask of the patient, the plan's steps (or what comes next without a plan),
 * and a rising protein. */
export function nextSteps(a: Assessment, w: HandoutWords): HandoutPart[] {
  const s = situationOf(a);
  const parts: HandoutPart[] = [];
  // "Not treated yet" would suggest treatment is coming to someone who is only watched.
  const watched = s === "empty" || s === "unclear" || s === "mgus" || s === "smoldering-myeloma";
  // After a BCMA CAR-T infusion (review c10-H1): a one-time infusion, never "a treatment you are on".
  // Once the disease has progressed after it, the phase's words say so (a new treatment is the subject).
  // An infusion whose day is not recorded (review c29-U1'): the first weeks' words, never "have ended".
  const undated = a.alerts.some((al) => al.id === CAR_T_UNDATED);
  const carT =
    a.phase?.progressed === true
      ? null
      : undated || a.alerts.some((al) => al.id === CAR_T_FIRST_WEEKS)
        ? w.carT.firstWeeks
        : a.alerts.some((al) => al.id === CAR_T_AFTER)
          ? w.carT.later
          : null;
  if (carT) {
    // The day of the infusion, as the clinician's phase line names it (c11a).
    const day = a.phase?.rules.find((r) => r.ruleId === "phase.after-car-t")?.inputs.infusionDate;
    const on = typeof day === "string" ? ` ${w.carT.on(w.date(day))}` : "";
    parts.push({ kind: "p", text: `${undated ? w.carT.undated : w.carT.given}${on} ${carT}` });
  } else if (a.phase && !(watched && a.phase.code === "untreated")) {
    parts.push({ kind: "p", text: phaseNow(a, w) });
    // Review c61-m1: a thalidomide-family drug that may still be taken (its end not recorded): the pregnancy words
    // are said with it, as where the line being given holds one (treatments.md 7a, 7b).
    const maybe = a.phase.code === "line-finished" ? a.phase.mayStillBeGiven : undefined;
    // Review c67-U2: one given now that no line-being-given card names (lenalidomide or Rd for smouldering
    // myeloma, E3A06 / QuiRedex, treatments.md 2b and 7a): said here too.
    const offLine = imidGivenOffLine(a);
    // Review c75-U1: not with a pregnancy recorded (the words are for people who could become pregnant).
    if (
      (maybe?.drugs.some((d) => drugClass(d) === DrugClass.immunomodulatory) || offLine) &&
      !pregnancyRecorded(a)
    )
      parts.push({ kind: "p", text: pregnancyWords(a, w) });
    // Stop 48 leftover: its pause or hold for low counts (lenalidomide's label rules, treatments.md 7a) and what to do
    // with a fever, as the line-being-given card says them.
    const changes = offLine ? doseChangeWords(offLineImidDoseChanges(a), w) : [];
    if (changes.length > 0) parts.push({ kind: "p", text: changes.join(" ") });
  }
  // Review c77-m3: the counts low since a CAR-T infusion, as the clinician's alerts find them (treatments.md 5b, 5c);
  // the fever said once (the CAR-T words above say it).
  const lowCounts = carTLowCounts(a);
  if (lowCounts) parts.push({ kind: "p", text: w.carT.lowCounts(lowCounts, carT !== null) });
  const current = currentLineOption(a);
  if (current) {
    const named = optionParts(current).drugs.length > 0 ? optionPlainName(current, w, a) : "";
    // A drug rule that holds, lowers or stops one of its drugs: the line is named with the change, never
    // "keep going" with it unchanged.
    const lineChanges = lineDoseChanges(a, current);
    const changes = doseChangeWords(lineChanges, w);
    // Results overdue on the line being given (review c11 H1): said first, and the line named without
    // "keep going", which would read as if nothing needed checking.
    const lastOverdue = latestOverdueResult(a);
    if (lastOverdue !== null) parts.push({ kind: "p", text: overdueOnTreatmentWords(a, lastOverdue, w) });
    // Anaemia whose cause is looked for first (review c11 M9): said before the treatment, never "keep going".
    const anaemia = anaemiaCauseFirst(a);
    if (anaemia) parts.push({ kind: "p", text: w.anaemiaCauseFirst });
    // Kidney impairment new on it (the kidney words below): its cause, the myeloma or a drug such as carfilzomib,
    // decides whether it goes on, so never "keep going" with it. Review c73-m2: nor a combination still being studied
    // (talquetamab with daratumumab), which is said so after it is named.
    const studied = lineBeingStudied(a) ? [w.currentStudied] : [];
    // Review c75-M4: a severe allergy to one of its drugs: call the team before the next dose, never "keep going".
    const allergic = a.alerts.some((al) => al.id === ALLERGY_ON_LINE) ? (current.allergies ?? []) : [];
    // Review c75-U1: an immunomodulatory drug in it while a pregnancy is recorded: to review, never "keep going".
    // Review c79-M1: the induction past the label's collection window, no collection recorded: the collection is next
    // (the plan's step now, by its code), never "keep going".
    // The warning read, not the plan's code, which it implies: with the transplant deferred the plan keeps its own
    // collection step (re-check c82-m3).
    const due = a.alerts.some((al) => al.id === COLLECTION_DUE_ALERT);
    const text =
      allergic.length > 0
        ? [w.currentAllergy(allergic.map((d) => w.genericName(d))), ...studied, ...changes].join(" ")
        : lineUnderReview(a, current) || imidsInPregnancy(a).length > 0
          ? [w.currentToReview(named), ...studied, ...changes].join(" ")
          : changes.length > 0 ||
              due ||
              lastOverdue !== null ||
              anaemia ||
              kidneyWorse(a) !== null ||
              resultsChanged(a) ||
              studied.length > 0
            ? [w.currentWithChange(named), ...studied, ...changes].join(" ")
            : w.keepGoing(named);
    parts.push({ kind: "p", text });
    if (due) parts.push({ kind: "p", text: w.collectionDue });
    // A teratogen in the line being given (lenalidomide maintenance, DRd): the pregnancy words are said
    // here, where the treatment is (treatments.md 7a, 7b), not only for listed options (review c10a).
    if (hasThalidomideFamilyDrug(current) && !pregnancyRecorded(a))
      parts.push({ kind: "p", text: pregnancyWords(a, w) });
    // Review c85-m4: the fever call once: the count not taken since the start says it after the bispecific's words.
    const noCount = a.alerts.some((al) => al.id === BISPECIFIC_NO_COUNT);
    const bispecific = bispecificWords(
      a,
      current,
      w,
      noCount || lineChanges.some((c) => c.reason === "neutrophils"),
    );
    if (bispecific) parts.push({ kind: "p", text: bispecific });
    if (noCount) parts.push({ kind: "p", text: w.countSinceStartNeeded });
  }
  // Clot prevention when the risk with a myeloma pill is high: said where the treatment is.
  // Review c67-m2, c77-m2: beside a drug held for low platelets, or platelets below 50 x10^9/L, whether a blood thinner
  // is right is asked, no more.
  const clot = clotPreventionWords(a);
  if (clot)
    parts.push({
      kind: "p",
      text: plateletsLowForClotPrevention(a) ? w.clotPreventionLowPlatelets[clot] : w.clotPrevention[clot],
    });
  // Review c89-m1: platelets below 50 x10^9/L beside a blood thinner or aspirin taken now (treatments.md 7c gives no
  // platelet threshold): bleeding is more likely; call at once for bleeding or bruising.
  if (a.alerts.some((al) => al.id === ANTICOAGULATION_LOW_PLATELETS_ALERT))
    parts.push({ kind: "p", text: w.thinnerLowPlatelets });
  // Calcium below the laboratory's lower limit with denosumab given or listed (treatments.md 8a).
  if (a.alerts.some((al) => al.id === "alert.denosumab.calcium-below-lower-limit"))
    parts.push({ kind: "p", text: w.lowCalciumDenosumab });
  // Denosumab stopped with no bone medicine after it: the transition is planned (treatments.md 8a; review c67-M1).
  if (a.alerts.some((al) => al.id === "alert.denosumab.stopped-plan-transition"))
    parts.push({ kind: "p", text: w.denosumabStopped });
  // Review c70-M2: the anaemia, the only myeloma-defining event, is checked to come from the myeloma first.
  if (a.alerts.some((al) => al.id === ANAEMIA_ONLY_EVENT))
    parts.push({ kind: "p", text: w.anaemiaAttribution });
  // Review c74-U2: a pregnancy recorded: some myeloma medicines cannot be used (their labels), the team plans with it.
  // Review c75-U1: one of them being given now: contact the team today, before the next dose.
  const pregnantOn = imidsInPregnancy(a);
  if (pregnancyRecorded(a))
    parts.push({
      kind: "p",
      text: pregnantOn.length > 0 ? w.pregnancyImidBeingGiven(pregnantOn) : w.pregnancyImid,
    });
  // Laboratory values that cannot both be right (engine/data-quality.ts): checked before they are used.
  if (a.alerts.some((al) => al.id.startsWith("data-quality.")))
    parts.push({ kind: "p", text: w.labsDisagree });
  const plan = a.plan ?? [];
  if (plan.length > 0) {
    const byId = new Map(a.options.map((o) => [o.id, o]));
    // The transplant's options hold only if the line has not progressed too: so does a step without options of
    // the transplant's path (the recovery after it; review c33-M1).
    const stoppedPlan = continuousStopped(a);
    const earlyPlan = stoppedEarly(a);
    const transplantAlsoIfNotProgressed = alsoIfNotProgressed(
      a.options.filter((o) => o.conditionalOn === "transplant-candidate"),
    );
    const carTWatchUntil = carTFirstWeeksEnd(a);
    const steps = plan.slice(0, MAX_PLAN_STEPS).map((step) => {
      // A step whose options all hold under one transplant answer, or only if the line has not
      // progressed, is said with it; one whose options all wait for the tests that confirm the likely
      // diagnosis says so (not a plan to start treatment).
      const stepOptions = step.optionIds.flatMap((id) => byId.get(id) ?? []);
      const first = stepOptions[0];
      const optionsMark = !first
        ? alTransplantStep(a, step.phase)
          ? w.marks.ifTransplantChecks
          : null
        : sharedCondition(stepOptions)
          ? alChecksOverCandidacy(conditionMark(first, w), alTransplantStep(a, step.phase), w)
          : // The transplant answers differ, the line's outcome is shared (review c33-M1).
            alsoIfNotProgressed(stepOptions)
            ? w.marks.ifNotProgressed
            : stepOptions.every((o) => o.provisional === true)
              ? w.marks.provisional
              : alTransplantStep(a, step.phase)
                ? w.marks.ifTransplantChecks
                : null;
      // The clinician plan holds a transplant step on an open candidacy: the patient's page says so too (review
      // c28-W2: "Next: Stem cell transplant." at 79, on VRd with candidacy not recorded).
      // A step already done carries no condition (review c29-W5: "Done: Stem cell transplant – only if a
      // transplant is right for you").
      const mark =
        step.status === "done"
          ? null
          : (optionsMark ??
            ((step.status === "next" || step.status === "later") && step.candidacy !== undefined
              ? w.marks.ifTransplant + (transplantAlsoIfNotProgressed ? `; ${w.marks.ifNotProgressed}` : "")
              : null));
      // Re-check c66-m2: a transplant step held on the AL gates whose options are all held back for fitness (an AL
      // soft gate: age, organs, kidneys) is marked as the option lists mark it, not said in the words of an unheld one.
      const fitness =
        step.status !== "done" &&
        alTransplantStep(a, step.phase) &&
        stepOptions.length > 0 &&
        stepOptions.every(heldForFitness)
          ? w.marks.mayBeTooStrong
          : null;
      const stepMark = fitness !== null && mark !== null ? `${fitness}; ${mark}` : (fitness ?? mark);
      // The step now of a treatment for relapse is the line being given, not a new treatment.
      const said =
        // Review c75-U1: the step now holds a drug contraindicated in pregnancy (engine/plan.ts withPregnancy).
        step.status === "current" && step.phase !== "line-finished" && pregnantOn.length > 0
          ? w.pregnancyCurrentStep
          : // Review c88: the first 2 weeks after a BCMA CAR-T infusion (the engine's step code): the close watch until
            // its end, then regular checkups; never "checkups without treatment" under the page's 2 weeks' watch.
            step.code === "car-t-first-two-weeks" && carTWatchUntil !== null
            ? w.carT.firstWeeksStep(w.date(carTWatchUntil))
            : // Review c89-M5: after the 2 weeks, the follow-up of the CAR-T (its alerts raised, no progression): the
              // checkups after the infusion, not "checkups without treatment" beside the infection prevention listed.
              step.status === "current" && step.phase === "line-finished" && carT
              ? w.carT.step
              : step.status === "current" && step.phase === "relapsed" && onRelapseLine(a)
                ? carT
                  ? w.carT.step
                  : w.phase.relapsed.onLineStep
                : // Review c65-m6: a done step after the transplant is the consolidation given (the plan marks no step
                  // done without one), not the recovery.
                  step.phase === "post-transplant" && stepOptions.length === 0 && step.status !== "done"
                  ? // Long after the transplant with nothing since (the words above say it is past): no recovery now.
                    a.phase?.code === "post-transplant" &&
                    a.phase.currentLine === null &&
                    transplantLineLongAgo(a)
                    ? w.teamDecidesStep
                    : w.recoveryStep
                  : // Review c63-U1: the collection for a transplant kept for later is no transplant now.
                    step.phase === "transplant" &&
                      (collectionForLaterOnly(stepOptions) || step.code === "collection-deferred")
                    ? w.collectionForLaterStep
                    : // Review c65-M2: a collection recorded before the transplant is its own step, done.
                      step.phase === "transplant" && step.code === "stem-cells-collected"
                      ? w.collectionStep
                      : // Review c79-M1: the induction gone on past the usual cycles, the collection due.
                        step.code === "collection-due"
                        ? w.collectionDueStep
                        : // Review c89-W2: after VCd for kidney injury, the switch to a quadruplet (treatments.md 3b).
                          step.code === "switch-to-quadruplet"
                          ? w.switchToQuadrupletStep
                          : // Review c83-m4: DRd until progression (MAIA), years into it: not "the first treatment to get
                            // the disease under control".
                            (step.code === "continuous-drd" || step.code === "continuous-rd") &&
                              step.status !== "done"
                            ? w.continuousStep
                            : // Review c83-W1: a bone event before a scan of the bones: its urgent care and the scan.
                              step.code === "bone-event-first"
                              ? w.boneEventStep[boneEventNotImaged(a) ?? "both"]
                              : // Review c63-W1: the first line ended with D-VRd cycles remaining: their rest is next.
                                step.phase === "induction" &&
                                  step.status === "next" &&
                                  a.options.some(waitsForRestOfDvrd)
                                ? w.restOfFirstTreatmentStep
                                : // Review c69-M1: a continuous first-line regimen stopped, then the talk about restarting it.
                                  stoppedPlan && step.phase === "induction" && step.status === "done"
                                  ? w.continuousStoppedStep
                                  : // Re-check c71-m5: maintenance stopped, then the talk about restarting it.
                                    stoppedPlan && step.phase === "maintenance" && step.status === "done"
                                    ? w.maintenanceStoppedStep
                                    : stoppedPlan && step.code === "continuous-stopped-watch"
                                      ? w.restartTalkStep
                                      : // Re-check c72-W1/M1: stopped before a response was shown, then the tests and the next treatment.
                                        earlyPlan && step.phase === "induction" && step.status === "done"
                                        ? w.stoppedEarlyStep
                                        : (earlyPlan && step.code === "first-line-stopped-early") ||
                                            step.code === "line-stopped-now" ||
                                            // Review c76-W1: AL, a response lost since the last line: the tests and the talk.
                                            step.code === "al-response-lost"
                                          ? w.nextTreatmentTalkStep
                                          : step.status !== "done" &&
                                              stepOptions.length > 0 &&
                                              stepOptions.every(teamDecidesFit)
                                            ? w.teamDecidesStep
                                            : w.phase[step.phase].step;
      // Review c78-M1 (c79): an AL step waiting on a repeat of the light chain test is not "Next".
      const status =
        step.code === "al-repeat-flc-first" ? w.afterRepeatTestStatus : w.planStatus[step.status];
      return `${status}: ${said}${stepMark ? ` – ${stepMark}` : ""}.`;
    });
    parts.push({ kind: "list", items: unique(steps), ordered: true });
  } else if (s === "plasmacytoma" && a.phase?.code === "line-finished") {
    // The radiotherapy is finished: follow-up, not "plan treatment for the one spot".
    parts.push({ kind: "p", text: w.nextAfterRadiotherapy });
  } else if ((s === "empty" || s === "unclear") && testsThatWouldHelp(a, 4).length === 0) {
    // The fallback introduces the tests; with none to list it does not end on a colon (review c20 handout).
    parts.push({ kind: "p", text: w.nextFallbackNoTests[s] });
  } else if (a.phase?.code !== "smoldering-therapy" && a.phase?.code !== "radiotherapy") {
    // On therapy for smouldering myeloma, or during a plasmacytoma's radiotherapy, the phase's words said
    // what happens next. A smouldering myeloma with a treatment listed: watching or treatment.
    if (s === "empty" || s === "unclear")
      parts.push({ kind: "p", text: w.nextFallback[s], introducesTests: true });
    else
      parts.push({
        kind: "p",
        text: s === "smoldering-myeloma" && smmTreatmentListed(a) ? w.smmWatchOrTreat : w.nextFallback[s],
      });
  }
  // Said before the next test, whose interval is then not the one for stable disease.
  // After a plasmacytoma's radiotherapy the rise is said with the outcome (lineOutcomeOpen), not twice.
  if (mProteinRising(a) && !(situationOf(a) === "plasmacytoma" && a.phase?.code === "line-finished"))
    parts.push({ kind: "p", text: w.proteinRising });
  // Review c88-M2: a falling haemoglobin of a watched disease is said too (its alert's words name no interval).
  if (hemoglobinFalling(a)) parts.push({ kind: "p", text: w.hemoglobinFalling });
  // Review c88-m1: in AL amyloidosis the protein back is the amyloid-forming light chain, not a "myeloma protein".
  if (mProteinBack(a))
    parts.push({
      kind: "p",
      text: a.diagnosis.category === "al-amyloidosis" ? w.proteinBackAl : w.proteinBack,
    });
  const kidney = kidneyWorse(a);
  if (kidney !== null)
    parts.push({
      kind: "p",
      text:
        kidney === "from-myeloma"
          ? w.kidneyFromMyelomaOnTreatment
          : kidney === "not-from-myeloma"
            ? w.kidneyNotFromMyelomaOnTreatment
            : kidney === "dated"
              ? w.kidneyNewOnTreatment
              : w.kidneyWorseUndated,
    });
  // A warning (a relapse from CR, a dose to check) with nothing urgent: said, never left out; before a
  // fallback that introduces the tests, so that their list follows it (review c20-4).
  if (urgentWords(a, w) === null && a.alerts.some((x) => x.severity === "warning")) {
    const last = parts[parts.length - 1];
    const before = last?.kind === "p" && last.introducesTests === true;
    parts.splice(before ? parts.length - 1 : parts.length, 0, { kind: "p", text: w.summary.alertWarning });
  }
  return parts;
}

/** The tests on the handout's "what happens next": results without their dates, tests that would help and
 * the next test due (the full summary has its own sections for these). */
function nextTests(a: Assessment, s: Situation, w: HandoutWords): HandoutPart[] {
  const parts: HandoutPart[] = [];
  const plan = a.plan ?? [];
  // Results in the record without their dates: said once, before any test that would help.
  const undated = undatedResults(a);
  if (undated.length > 0)
    parts.push({ kind: "p", text: w.undatedResults(w.and(undated.map((m) => w.undatedName[m]))) });
  const tests = testsThatWouldHelp(a, s === "empty" || s === "unclear" ? 4 : 2);
  if (tests.length > 0) {
    // The fallback for an unclear record already ends by introducing the tests.
    if (plan.length > 0 || (s !== "empty" && s !== "unclear")) parts.push({ kind: "p", text: w.testsIntro });
    parts.push({ kind: "list", items: tests.map((t) => w.tests[t]) });
  }
  // Undecided for a finding the protein may or may not explain: the work-up comes next, not the yearly test
  // of the category it would be if unrelated (review c21-4: the MGUS date read as the next event).
  const items = endOrganQuestion(a) === null ? (extras(a).monitoring?.items ?? []) : [];
  const overdue = items.filter((i) => i.overdue);
  // Review c60-M4: due from the shorter end of the interval range, overdue only after its longer end; each said
  // as what it is, in every language.
  const due = items.filter(isDueNow);
  if (overdue.length > 0 || due.length > 0) {
    // The tests overdue (then due) since one date in one sentence, the earliest dates first (review c27-m4: five
    // tests overdue since one day showed as the first two, the protein tests left out).
    const groups: { late: boolean; due: string; tests: string[] }[] = [];
    for (const [late, list] of [
      [true, overdue],
      [false, due],
    ] as const) {
      const sorted = [...list].sort((x, y) => x.due.localeCompare(y.due));
      for (const [d, tests] of testsByDate(sorted, (i) => i.due, w)) groups.push({ late, due: d, tests });
    }
    for (const { late, due: d, tests } of groups.slice(0, MAX_DUE)) {
      const date = w.date(d);
      const one = tests.length === 1;
      parts.push({
        kind: "p",
        text: late
          ? one
            ? w.overdue(tests[0]!, date)
            : w.overdueMany(w.and(tests), date)
          : one
            ? w.due(tests[0]!, date)
            : w.dueMany(w.and(tests), date),
      });
    }
  } else if (!(s === "plasmacytoma" && mProteinRising(a))) {
    // Review c29-M9: after a plasmacytoma's radiotherapy a rise comes first ("sooner than usual"), not the
    // routine date of the next test.
    const next = [...items].sort((x, y) => x.due.localeCompare(y.due))[0];
    // Review c64-m4: a test with no dated result is due from the day of the summary: "due now", not that day's date,
    // which reads wrong on a page printed later.
    if (next)
      parts.push({
        kind: "p",
        text:
          next.lastDone === null && next.status === "due"
            ? w.nextDueNow(w.monitoredTest(next.test))
            : w.nextDue(w.monitoredTest(next.test), w.date(next.due)),
      });
  }
  return parts;
}

function optionSections(a: Assessment, s: Situation, w: HandoutWords): HandoutSection[] {
  // The line being given is said under "what happens next" (keep going with it), not offered as a choice.
  const current = currentLineOption(a);
  // The care that answers a named alert (radiation for a cord compression) first; then the options for
  // now before those of a later step of the plan, the strongest first (as the clinician headline picks
  // them): the list gives way from its end.
  const alertFirst = answersAlertFirst(a);
  const order = (options: AssessmentOption[]) => nowFirstStrongest(a, options).sort(alertFirst);
  const offered = patientOptions(a);
  // Review c89-m2: the surgical review of a recorded pathological fracture before the other bone-event options, as the
  // engine lists it (its strength, "consider", would put it after the radiotherapy).
  const treatment = nerveOptionsLast(
    boneEventsInEngineOrder(a, order(offered.filter((o) => o.kind !== "supportive-care" && o !== current))),
  );
  // Review c29-m6: clot prevention goes with an immunomodulatory drug being given (treatments.md 7c): it
  // comes next after the care that answers an alert, so the page's word limit never cuts it first; so does
  // the card for a patient on a blood thinner already (review c30-m2: "do not add another" was cut).
  // Review c32-M3: next after it, immune globulin, which only the record's own findings call for (IgG below 400 mg/dL
  // with infections, or on T-cell-redirecting therapy; treatments.md 5c, 8c): the 80-year-old on VRd with IgG
  // 300 and recurrent infections kept the generic items and lost it.
  // Review c67-U2: so does lenalidomide given for smouldering myeloma (no line being given in myeloma's sense).
  const clots =
    (current !== null && hasThalidomideFamilyDrug(current)) ||
    (a.phase?.code === "smoldering-therapy" && imidGivenNow(a))
      ? VTE_IMID
      : [];
  const rank = (o: AssessmentOption) => (clots.includes(o.id) ? 0 : FOUND_IN_RECORD.includes(o.id) ? 1 : 2);
  const support = order(offered.filter((o) => o.kind === "supportive-care")).sort(
    (x, y) => alertFirst(x, y) || rank(x) - rank(y),
  );
  const out: HandoutSection[] = [];
  if (treatment.length > 0 || (s !== "empty" && s !== "unclear" && current === null)) {
    const parts: HandoutPart[] = [];
    const sec: HandoutSection = { id: "options", heading: w.headings.options, parts };
    if (treatment.length === 0) parts.push({ kind: "p", text: w.noOptions });
    else {
      parts.push({ kind: "p", text: w.optionsIntro });
      // Review c75-M2: a pregnancy recorded: the options were not weighed for it (engine/pregnancy.ts).
      if (pregnancyRecorded(a)) parts.push({ kind: "p", text: w.optionsNotWeighedPregnancy });
      if (treatment.some((o) => o.provisional === true))
        parts.push({ kind: "p", text: w.optionsProvisional });
      // Notes said for some options only: each stays while a line it speaks of is on the page (review c85-M1).
      const said: Array<{ text: string; of: (o: AssessmentOption) => boolean }> = [];
      const note = (text: string, of: (o: AssessmentOption) => boolean) => {
        parts.push({ kind: "p", text });
        said.push({ text, of });
      };
      // The nerve-damage note stays whatever the cut takes: it tells the patient why the bortezomib options are low or
      // gone from the page (review c9c F4), a finding of their own.
      if (treatment.some(heldForNerves)) parts.push({ kind: "p", text: w.optionsNerveDamage });
      // Said while a line on the page carries the mark (dropUnusedNotes, re-check c75-M1).
      if (treatment.some(heldForFitness)) parts.push({ kind: "p", text: w.optionsFitness });
      if (treatment.some((o) => transplantCondition([o]) !== null))
        parts.push({
          kind: "p",
          text: transplantToConfirm(a)
            ? transplantDoubtFromAgeOnly(a)
              ? w.optionsTransplantToConfirmAge
              : w.optionsTransplantToConfirm
            : w.optionsTransplantUndecided,
        });
      // The transplant pathway's options while the decision is open: one line, after the others (review c31-M1).
      const path = transplantToConfirm(a) ? [] : transplantPathOptions(treatment);
      const listed = path.length > 0 ? treatment.filter((o) => !path.includes(o)) : treatment;
      const list = optionList(listed, w, a);
      const lineOf = LINE_OF.get(list[0] as HandoutPart);
      if (path.length > 0) withTransplantPathLine(list, path, listed, w);
      parts.push(...list);
      // What the listed options ask of the patient (treatments.md 5c): a bispecific's step-up doses with
      // the stay in or near the hospital after each, belantamab's eye check before each dose.
      const gives = (drug: (d: string) => boolean) => (o: AssessmentOption) =>
        (o.regimen?.drugs ?? []).some(drug);
      const stepUp = gives((d) => STEP_UP_DRUGS.includes(d));
      if (treatment.some(stepUp)) note(w.optionsStepUpDoses, stepUp);
      const eyes = gives((d) => d === "belantamab mafodotin");
      if (treatment.some(eyes)) note(w.optionsEyeChecks, eyes);
      // Said once: under "what happens next" when the line being given has one of them.
      if (treatment.some(hasThalidomideFamilyDrug) && !(current && hasThalidomideFamilyDrug(current)))
        note(pregnancyWords(a, w), hasThalidomideFamilyDrug);
      // An option with no line of its own (the transplant pathway's one line) keeps its notes.
      NOTES.set(
        sec,
        said.map(({ text, of }) => {
          const of_ = treatment.filter(of);
          const lines = new Set(of_.flatMap((o) => lineOf?.get(o) ?? []));
          const kept = of_.some((o) => !lineOf?.has(o));
          return { text, needed: (items) => kept || items.some((i) => lines.has(i)) };
        }),
      );
      // Re-check c81-m5: a research study is not the first line to give way (a heavily pretreated patient with few
      // options left lost it to the word cap); its line stays while another treatment's can go. A study of one named
      // regimen (iberdomide) gives way as the treatments do.
      const studies = listed.flatMap((o) =>
        o.kind === "clinical-trial" && o.regimen === null ? (lineOf?.get(o) ?? []) : [],
      );
      KEPT_LINES.set(sec, new Set(studies));
    }
    out.push(sec);
  }
  const hbvTest = hbvTestCalledFor(a, current === null ? treatment : [...treatment, current], support)
    ? w.optionById[HBV_SCREENING]
    : undefined;
  if (support.length > 0 || hbvTest !== undefined) {
    const supportList = optionList(support, w, a);
    const sec: HandoutSection = {
      id: "support",
      heading: w.headings.support,
      parts: [
        // Review c75-M2: said here, first, when no treatment option is listed above.
        ...(treatment.length === 0 && pregnancyRecorded(a)
          ? [{ kind: "p" as const, text: w.optionsNotWeighedPregnancy }]
          : []),
        { kind: "p", text: w.supportIntro },
        ...supportList,
      ],
    };
    // The head of the list: the care that answers an alert, then what the record calls for (rank), counted in
    // the lines it makes (bone medicines share one).
    const answers = (o: AssessmentOption) => alertFirst(o, { id: "" }) < 0;
    let first = 0;
    while (first < support.length && (answers(support[first]!) || rank(support[first]!) < 2)) first++;
    const head = optionList(support.slice(0, first), w, a).find((pt) => pt.kind === "list");
    let kept = head?.kind === "list" ? head.items.length : 0;
    // Review c85-m3: the hepatitis B test the record calls for joins the head of the list.
    const items = supportList[0]?.kind === "list" ? supportList[0].items : [];
    if (hbvTest !== undefined && !items.includes(hbvTest)) items.splice(kept++, 0, hbvTest);
    KEPT_FIRST.set(sec, kept);
    out.push(sec);
  }
  // Review c74-M3: one sentence for the allergies the listed options give (the line being given too), under the
  // first list shown.
  const allergic = allergiesGiven([...treatment, ...support, ...(current ? [current] : [])]);
  if (allergic.length > 0) out[0]?.parts.push({ kind: "p", text: w.allergyNote(allergic) });
  return out;
}

/** The record's allergies (engine/allergies.ts) that the options give, once each, in their order. */
export function allergiesGiven(options: readonly AssessmentOption[]): string[] {
  return unique(options.flatMap((o) => o.allergies ?? []));
}

/** The kinds of the transplant pathway after induction: the collection and the transplant, the consolidation and
 * maintenance after it. */
const TRANSPLANT_PATH_KINDS: readonly AssessmentOption["kind"][] = [
  "stem-cell-transplant",
  "consolidation",
  "maintenance",
];

/** The options of the transplant pathway after induction that hold only if a transplant is right for the
 * patient, when the transplant is among them and they are two or more; else none. */
function transplantPathOptions(options: readonly AssessmentOption[]): AssessmentOption[] {
  const path = options.filter(
    (o) => o.conditionalOn === "transplant-candidate" && TRANSPLANT_PATH_KINDS.includes(o.kind),
  );
  return path.length >= 2 && path.some((o) => o.kind === "stem-cell-transplant") ? path : [];
}

/** Adds the one line of the transplant pathway at the end of an option list (optionList's parts), with the
 * marks its options share (too strong for the patient when all are held back for fitness) and the condition;
 * the unverified note when one of them is unverified and the list had none. */
function withTransplantPathLine(
  parts: HandoutPart[],
  path: readonly AssessmentOption[],
  listed: readonly AssessmentOption[],
  w: HandoutWords,
): void {
  const unverified = path.some((o) => optionParts(o).unverified);
  const marks = [
    path.some(heldForFitness) ? w.marks.mayBeTooStrong : null,
    w.marks.ifTransplant,
    alsoIfNotProgressed(path) ? w.marks.ifNotProgressed : null,
  ].filter((m): m is string => m !== null);
  const line = `${w.optionsTransplantPath}${unverified ? ` ${w.marks.unverified}` : ""} – ${marks.join("; ")}`;
  const list = parts.find((pt): pt is Extract<HandoutPart, { kind: "list" }> => pt.kind === "list");
  if (list) list.items.push(line);
  else parts.unshift({ kind: "list", items: [line] });
  if (unverified && !listed.some((o) => o.verified === false))
    parts.push({ kind: "p", text: w.unverifiedNote });
}

/** Lenalidomide, pomalidomide or thalidomide in the option's regimen: the immunomodulatory class, all
 * three teratogens under a pregnancy-prevention programme (treatments.md 7a, 7b). */
function hasThalidomideFamilyDrug(o: AssessmentOption): boolean {
  return o.regimen?.drugs.some((d) => drugClass(d) === DrugClass.immunomodulatory) ?? false;
}

/** A thalidomide-family drug given now whose pregnancy words neither the line being given (no such card: smouldering
 * myeloma on lenalidomide; review c67-U2) nor a listed option with one says: they are said with the phase. */
function imidGivenOffLine(a: Assessment): boolean {
  if (!imidGivenNow(a)) return false;
  const current = currentLineOption(a);
  if (current !== null && hasThalidomideFamilyDrug(current)) return false;
  return !patientOptions(a).some(
    (o) => o.kind !== "supportive-care" && o !== current && hasThalidomideFamilyDrug(o),
  );
}

/** The bone-targeted agents: alternatives, one of which is given (treatments.md 8a). */
const BONE_AGENTS: readonly string[] = [
  "sc.bone.zoledronic-acid",
  "sc.bone.denosumab",
  "sc.bone.pamidronate",
];

/** The denosumab card's own adjustment for a course given now (review c67-M1). */
const DENOSUMAB_GIVEN = "sc.bone.denosumab.adjust.being-given";

/** The denosumab being given now among the bone medicines listed, if any (review c68-m3). */
function denosumabGiven(agents: readonly AssessmentOption[]): AssessmentOption | undefined {
  return agents.find((o) => o.safetyFindings?.some((f) => f.ruleId === DENOSUMAB_GIVEN));
}

/** Two or more bone medicines on one line, "one of" them, the first choice marked (review c17 handout 19:
 * three lines read as three medicines planned). Denosumab given now is named as the one given (treatments.md 8a:
 * stopping it is hard; review c68-m3); zoledronic acid held for its creatinine rise is said paused (review c68-M2). */
function boneAgentsLine(agents: readonly AssessmentOption[], w: HandoutWords, a: Assessment): string {
  const drug = (o: AssessmentOption) => o.regimen?.drugs[0] ?? o.id;
  const given = denosumabGiven(agents);
  const role = w.drug[drug(given ?? (agents[0] as AssessmentOption))]?.role ?? "";
  const paused = a.alerts.some((al) => al.id === ZOLEDRONIC_ACID_HELD) ? `. ${w.zoledronicAcidPaused}` : "";
  if (given !== undefined) {
    const star = optionParts(given).unverified ? ` ${w.marks.unverified}` : "";
    return `${w.marks.boneAgentGiven(role, w.drug[drug(given)]?.name ?? drug(given))}${star}${paused}`;
  }
  const names = agents.map((o) => {
    const name = w.drug[drug(o)]?.name ?? drug(o);
    return optionParts(o).preferred ? `${name} (${w.marks.preferred})` : name;
  });
  const star = agents.some((o) => optionParts(o).unverified) ? ` ${w.marks.unverified}` : "";
  return `${w.marks.oneOf(role, names)}${star}${paused}`;
}

/** An option list, followed by the note that explains the unverified mark when any option carries it. */
function optionList(options: AssessmentOption[], w: HandoutWords, a: Assessment): HandoutPart[] {
  const agents = options.filter((o) => BONE_AGENTS.includes(o.id));
  const grouped = agents.length > 1 || denosumabGiven(agents) !== undefined;
  const byName = new Map<string, AssessmentOption[]>();
  const names = options.map((o) => {
    const n = optionPlainName(o, w, a);
    const same = byName.get(n);
    if (same) same.push(o);
    else byName.set(n, [o]);
    return n;
  });
  // Two or more bone medicines: one line at the first one's place.
  const lineOf = new Map<AssessmentOption, string>();
  const items = unique(
    options.flatMap((o, i) => {
      const line =
        grouped && BONE_AGENTS.includes(o.id)
          ? boneAgentsLine(agents, w, a)
          : optionLine(o, w, a, byName.get(names[i] as string));
      lineOf.set(o, line);
      return [line];
    }),
  );
  const list: HandoutPart = { kind: "list", items };
  LINE_OF.set(list, lineOf);
  const parts: HandoutPart[] = [list];
  if (options.some((o) => o.verified === false)) parts.push({ kind: "p", text: w.unverifiedNote });
  return parts;
}

/** The handout as data, in the language of `w` (English by default). It stays within HANDOUT_MAX_WORDS:
 * when the option lists alone would pass it, their last items give way to a line saying how many more
 * the full details list (care alongside treatment first, then treatments). The cut is the one that fits
 * every handout language, so the English and Spanish pages keep the same items (review c9-F15: Spanish
 * takes more words for the same items, and its own cut dropped items the English page kept). */
export function buildHandout(a: Assessment, w: HandoutWords = EN): HandoutDoc {
  const doc = composeHandout(a, w);
  const keep = sharedCut(a, w);
  for (const l of optionLists(doc)) {
    const n = keep.get(l.sec.id) ?? l.all;
    if (n < l.all) {
      while (l.list.items.length > n) giveWay(l);
      l.sec.parts.push({ kind: "p", text: w.moreInFull(l.all - n) });
    }
    dropUnusedNotes(l, w);
  }
  return doc;
}

/** The notes of a section's list said for some of its options only, each with the lines that need it (composeHandout):
 * the step-up, eye-check and pregnancy notes (review c85-M1: they stayed on the page after the cut took
 * every option they speak of, and took the words that option lines needed). */
const NOTES = new WeakMap<
  HandoutSection,
  Array<{ text: string; needed: (items: readonly string[]) => boolean }>
>();
/** Each option's line in an option list (optionList), by the list. */
const LINE_OF = new WeakMap<HandoutPart, Map<AssessmentOption, string>>();

/** The notes no line on the page needs any more give way: the section's own (NOTES), the sentence "Options that may be
 * too strong for you say so" while no line says so (re-check c75-M1: an option held for fitness may share its line
 * with one that is not, D-VRd with or without a transplant), and the unverified mark's note while no line carries it. */
function dropUnusedNotes(l: OptionListAt, w: HandoutWords): void {
  const items = l.list.items;
  const notes = [
    ...(NOTES.get(l.sec) ?? []),
    { text: w.optionsFitness, needed: () => items.some((i) => i.includes(w.marks.mayBeTooStrong)) },
    { text: w.unverifiedNote, needed: () => items.some((i) => i.includes(` ${w.marks.unverified}`)) },
  ];
  for (const n of notes) {
    if (n.needed(items)) continue;
    const i = l.sec.parts.findIndex((pt) => pt.kind === "p" && pt.text === n.text);
    if (i >= 0) l.sec.parts.splice(i, 1);
  }
}

type OptionListAt = {
  sec: HandoutSection;
  list: Extract<HandoutPart, { kind: "list" }>;
  all: number;
};

/** The support and options sections' lists, in the order they give way. */
function optionLists(doc: HandoutDoc): OptionListAt[] {
  return (["support", "options"] as const)
    .map((id) => doc.sections.find((sec) => sec.id === id))
    .flatMap((sec) => {
      const list = sec?.parts.find((pt): pt is Extract<HandoutPart, { kind: "list" }> => pt.kind === "list");
      return sec && list ? [{ sec, list, all: list.items.length }] : [];
    });
}

/** How many items each list keeps so that the handout fits in language `w`: the last item of the longer
 * list gives way first (care alongside treatment on a tie), so neither list is emptied for the other (c9 F15:
 * a patient with acute kidney injury kept nine treatments and lost kidney care), with the "more in the full
 * details" line counted. Cuts `doc` in place. */
function cutToFit(doc: HandoutDoc, w: HandoutWords): Map<string, number> {
  const lists = optionLists(doc);
  for (const l of lists) dropUnusedNotes(l, w);
  const notes = new Map<OptionListAt, { kind: "p"; text: string }>();
  while (renderedWords(doc) > HANDOUT_MAX_WORDS) {
    // Review c33-M4: the care the record calls for gives way only when nothing else can.
    const pick = (floor: (x: OptionListAt) => number): OptionListAt | undefined => {
      let l: OptionListAt | undefined;
      for (const x of lists)
        if (x.list.items.length > floor(x) && (!l || x.list.items.length > l.list.items.length)) l = x;
      return l;
    };
    const l = pick((x) => Math.max(1, KEPT_FIRST.get(x.sec) ?? 0)) ?? pick(() => 1);
    if (!l) break;
    giveWay(l);
    dropUnusedNotes(l, w);
    let note = notes.get(l);
    if (!note) {
      note = { kind: "p", text: "" };
      notes.set(l, note);
      l.sec.parts.push(note);
    }
    note.text = w.moreInFull(l.all - l.list.items.length);
  }
  return new Map(lists.map((l) => [l.sec.id, l.list.items.length]));
}

/** The items each list keeps in every handout language: the smallest count of any language's cut (fewer
 * items never lengthen a page, so each language still fits). Each language's handout is composed afresh,
 * since cutting one changes it. */
function sharedCut(a: Assessment, w: HandoutWords): Map<string, number> {
  const keep = cutToFit(composeHandout(a, w), w);
  for (const other of Object.values(WORDS)) {
    if (other === w) continue;
    for (const [id, n] of cutToFit(composeHandout(a, other), other))
      keep.set(id, Math.min(n, keep.get(id) ?? n));
  }
  return keep;
}

function composeHandout(a: Assessment, w: HandoutWords): HandoutDoc {
  const s = situationOf(a);
  // The urgent words first, under the full summary's "Please read this first" (review c20 handout 9: a cord
  // compression emergency came after the diagnosis and the staging, line 24 of the one-page).
  const urgent = urgentWords(a, w);
  return {
    title: w.title,
    notice: `${w.notice} ${w.madeBy(w.date(a.asOf))}`,
    sections: [
      ...(urgent ? [urgentSection(urgent, w)] : []),
      { id: "meaning", heading: w.headings.meaning, parts: meaning(a, s, w) },
      { id: "next", heading: w.headings.next, parts: whatNext(a, s, w) },
      ...optionSections(a, s, w),
      {
        id: "questions",
        heading: w.headings.questions,
        parts: [{ kind: "list", items: questionsFor(a).map((q) => w.questions[q]) }],
      },
    ],
  };
}

/** The urgent words with the kidneys of untreated myeloma's renal event after them, or alone (review c23-9: the
 * clinician's warning, and nothing on the patient's page; c64-M1: after the plan, below a high calcium said first;
 * c65-M4: creatinine 4.6 mg/dL with a normal calcium had no "read this first" at all). When the myeloma is the
 * cause, bortezomib-based therapy with high-dose dexamethasone is started early, with fluids, and nephrotoxins
 * such as NSAIDs avoided (treatments.md 3b VCd row and 8c renal protection, Dimopoulos 2016 [19]). */
function kidneyFirst(a: Assessment, w: HandoutWords, urgent: string | null): string | null {
  // Review c83-m1: attributed by the team, the kidneys are a named alert (the call today said with it): the care only.
  if (a.alerts.some((x) => x.id === NDMM_RENAL_FROM_MYELOMA))
    return [urgent, w.kidneyCare].filter((x) => x !== null).join(" ");
  if (!a.alerts.some((x) => x.id === NDMM_RENAL_IMPAIRMENT)) return urgent;
  return [urgent, w.kidneyAtDiagnosis, w.kidneyEarly].filter((x) => x !== null).join(" ");
}

function urgentSection(text: string, w: HandoutWords): HandoutSection {
  return { id: "urgent", heading: w.summary.headings.urgent, parts: [{ kind: "p", text }] };
}

/** Words as the rendered page has them: the text, and the number of each item of an ordered list. */
function renderedWords(doc: HandoutDoc): number {
  const numbers = doc.sections
    .flatMap((sec) => sec.parts)
    .reduce((n, part) => n + (part.kind === "list" && part.ordered ? part.items.length : 0), 0);
  return countWords(handoutLines(doc).join(" ")) + numbers;
}

/** All the handout's text, one line per paragraph or item (for counting and reading-level checks). */
export function handoutLines(doc: HandoutDoc): string[] {
  const lines = [doc.title, doc.notice];
  for (const sec of doc.sections) {
    lines.push(sec.heading);
    for (const part of sec.parts) {
      if (part.kind === "p") lines.push(part.text);
      else lines.push(...part.items);
    }
  }
  return lines;
}

/** The handout written out as terminal text or Markdown. */
export function renderHandout(a: Assessment, format: Format, w: HandoutWords = EN): string {
  const doc = buildHandout(a, w);
  const f = inline(format);
  const blocks: Block[] = [h(1, f.esc(doc.title)), p(f.strong(f.esc(doc.notice)))];
  for (const sec of doc.sections) {
    blocks.push(h(2, f.esc(sec.heading)));
    for (const part of sec.parts) {
      if (part.kind === "p") blocks.push(p(f.esc(part.text)));
      else blocks.push((part.ordered ? ol : ul)(part.items.map((i) => f.esc(i))));
    }
  }
  return renderBlocks(blocks, format);
}

/** The patient-specific safety topics of the situation facts (review c87-M1): a caution or drug rule whose condition
 * reads one of these facts is about this patient's safety or dose (kidney function, neuropathy, blood counts, prior
 * same-target therapy, ...), not a note that every patient given the drug gets. Surfaces that show only a few of an
 * option's cautions (the CDS Hooks card) show these before the generic label and regulatory notes. Data only: the
 * topic is read from the facts a rule's condition reads (conditions.ts factsOf), never from its words. */
import { factsOf } from "./conditions.js";
import type { FactName } from "./situation.js";
import type { Condition } from "./types.js";

export type SafetyTopic =
  | "kidney"
  | "neuropathy"
  | "cytopenia"
  | "toxicity-stop"
  | "same-target"
  | "cardiac"
  | "hepatic"
  | "pregnancy"
  | "infection"
  | "vte";

/** Each fact that makes a condition patient-specific safety or dosing, with its topic. Facts not listed (the
 * category, the phase, the line count, candidacy, age, ...) decide whether a note applies, not a safety finding. The
 * grouping is the project's reading (the clinical reference gives none: treatments.md 7-8 give the rules, not an order
 * of display), UNVERIFIED as a ranking. */
export const SAFETY_FACT_TOPIC: Readonly<Partial<Record<FactName, SafetyTopic>>> = {
  // treatments.md 7a, 7b, 8a: doses by kidney function.
  crclMlMin: "kidney",
  measuredCrclMlMin: "kidney",
  crclDisagreeLenalidomide: "kidney",
  crclDisagreeZoledronicAcid: "kidney",
  crclDisagreeAt30: "kidney",
  egfr: "kidney",
  dialysis: "kidney",
  renalCrab: "kidney",
  kidneyImpairmentFromMyeloma: "kidney",
  zoledronicAcidDoseCrclMlMin: "kidney",
  zoledronicAcidHold: "kidney",
  zoledronicAcidCreatinineChange: "kidney",
  zoledronicAcidRiseNoBaseline: "kidney",
  kidneyNewOnTreatment: "kidney",
  myelomaKidneyInjuryAtRelapse: "kidney",
  creatinineAboveZaTrials: "kidney",
  creatinineMgDl: "kidney",
  // treatments.md 7b: bortezomib and thalidomide by neuropathy grade.
  peripheralNeuropathy: "neuropathy",
  neuropathyGrade: "neuropathy",
  neuropathyPainful: "neuropathy",
  // treatments.md 5c, 7a-7b: holds and supportive care by blood counts.
  hemoglobinGDl: "cytopenia",
  hemoglobinOnCurrentLine: "cytopenia",
  anaemiaFromMyeloma: "cytopenia",
  ancE9L: "cytopenia",
  plateletsE9L: "cytopenia",
  countRecoverySinceAsct: "cytopenia",
  ancSinceBcmaCarT: "cytopenia",
  plateletsSinceBcmaCarT: "cytopenia",
  ancSinceEndedBispecific: "cytopenia",
  ancSinceBispecificStart: "cytopenia",
  ancSinceLenalidomideStart: "cytopenia",
  plateletsSinceLenalidomideStart: "cytopenia",
  ancSinceBortezomibStart: "cytopenia",
  plateletsSinceBortezomibStart: "cytopenia",
  ancSincePomalidomideStart: "cytopenia",
  plateletsSincePomalidomideStart: "cytopenia",
  ancSinceCarfilzomibStart: "cytopenia",
  plateletsSinceCarfilzomibStart: "cytopenia",
  // A drug stopped for its toxicity before.
  zoledronicAcidStoppedForToxicity: "toxicity-stop",
  dvrdStoppedForToxicity: "toxicity-stop",
  // treatments.md 5b-5d: BCMA-directed therapy after BCMA-directed therapy; anti-CD38 again soon after progression.
  priorBcmaTherapy: "same-target",
  priorBcmaCarT: "same-target",
  bcmaBeforeCurrentLine: "same-target",
  bcmaAgentsBefore: "same-target",
  antiCd38ProgressedUnder4Weeks: "same-target",
  // treatments.md 7b (carfilzomib), 6 (AL cardiac stage).
  heartFailure: "cardiac",
  nyhaClass: "cardiac",
  hypertension: "cardiac",
  alHeartInvolved: "cardiac",
  cardiacMarkersRising: "cardiac",
  // treatments.md 7b (pomalidomide, bortezomib).
  hepaticImpairment: "hepatic",
  pregnancy: "pregnancy",
  // treatments.md 5c, 7b, 8c: immunoglobulin, HBV.
  iggMgDl: "infection",
  iggSinceTCellRedirection: "infection",
  recurrentInfections: "infection",
  hbvSerology: "infection",
  // Review c87-M3: a prophylaxis recorded as taken now is the patient's own (the card then is about its length).
  hsvVzvProphylaxisNow: "infection",
  pjpProphylaxisNow: "infection",
  antibacterialProphylaxisNow: "infection",
  // treatments.md 7c: the patient's VTE risk (not whether an anticoagulant is given, which every IMiD note reads).
  vteHistory: "vte",
  impedeVteGroup: "vte",
  // treatments.md 8a: calcium before denosumab.
  calciumVsLowerLimit: "kidney",
};

/** The safety topic of a condition: that of the first fact it reads with one, else null (a generic note).
 * @example safetyTopicOf({ fact: "crclMlMin", lt: 30 }) // "kidney"
 */
export function safetyTopicOf(c: Condition | undefined): SafetyTopic | null {
  if (c === undefined) return null;
  for (const f of factsOf(c)) {
    const t = SAFETY_FACT_TOPIC[f];
    if (t !== undefined) return t;
  }
  return null;
}

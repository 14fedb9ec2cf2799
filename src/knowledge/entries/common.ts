/** Building blocks shared by the entry tables: named situations and regulatory-status helpers. */
import type { CautionDef, Condition, RegulatoryStatus, StrengthAdjustment } from "../types.js";

export const isMM: Condition = { fact: "category", is: "multiple-myeloma" };
/** The latest line is a BCMA CAR-T infusion (review c10-H1): a single infusion followed up, not a line to continue. The
 * CAR-T alerts (drug-rules.ts) are raised while it holds, each saying the late effects (review c80-m5). */
export const afterBcmaCarT: Condition = { all: [isMM, { fact: "lastLineBcmaCarT", is: true }] };
export const untreated: Condition = { fact: "treated", is: false };
export const treated: Condition = { fact: "treated", is: true };
/** Newly diagnosed active myeloma, not yet treated. */
export const ndmm: Condition = { all: [isMM, untreated] };
/** Treated myeloma that has progressed or relapsed: needs a next line. */
export const relapsed: Condition = {
  all: [isMM, treated, { fact: "progression", is: true }, { fact: "priorLines", gte: 1 }],
};
/** On a line of therapy with no progression on it: continue it; never a relapse regimen (Rajkumar 2015). */
export const onLineNoProgression: Condition = {
  all: [{ fact: "onTherapy", is: true }, { not: { fact: "progression", is: true } }],
};
/** First line up to the transplant: untreated, on induction, or collection/transplant planned. */
export const beforeTransplant: Condition = { fact: "phase", in: ["untreated", "induction", "transplant"] };
/** Myeloma kidney injury: the IMWG 2014 CRAB renal criterion met as the diagnosis decides it
 * (rajkumar-2014-lancet-oncol): creatinine clearance < 40 mL/min measured or estimated (CKD-EPI), serum
 * creatinine > 2 mg/dL, or dialysis recorded (the criterion counts it). Not a Cockcroft-Gault clearance
 * alone: that is for drug dosing (treatments.md conventions; dimopoulos-2016-jco-renal). Dialysis is not a
 * second branch here: once the criterion is decided not met, an unrecorded dialysis status would only
 * reopen it for every patient whose record leaves it out. */
export const myelomaKidneyInjury: Condition = { fact: "renalCrab", is: true };
export const transplantEligible: Condition = { fact: "transplantCandidate", is: "yes" };
export const transplantIneligible: Condition = { fact: "transplantCandidate", is: "no" };
/** Not refractory to an anti-CD38 antibody. Not known when a line with one ended with its outcome not recorded
 * (review c33-M3, as lenalidomide's): the relapse entries it gates, and Kd/KPd gated by the opposite, are
 * shown then (showWhenUnknown), naming the missing outcome, never read as "not refractory". */
export const notAntiCd38Refractory: Condition = { not: { fact: "antiCd38Refractory", is: true } };
/** Review c67-W1: T-cell-redirecting therapy given now (a bispecific antibody) or a BCMA CAR-T received (the window of
 * the post-CAR-T co-orders: the reference gives none) with no IgG taken since it started. Its hypogammaglobulinaemia
 * rule (treatments.md 5c: "IVIG/SCIG if IgG <400 mg/dL, or >=2 severe recurrent bacterial infections regardless of
 * IgG") waits on an IgG: one not recorded is not normal, and one from before the therapy is not today's (as the count
 * of alert.bispecific.no-count-since-start). A bispecific given before and not now keeps its cards on the IgG
 * recorded (review c57-U2, c59-W4). */
export const iggNotSinceTCellRedirection: Condition = {
  all: [
    {
      any: [
        { fact: "onBispecific", is: true },
        { fact: "priorBcmaCarT", is: true },
      ],
    },
    { fact: "iggSinceTCellRedirection", known: false },
  ],
};
/** Review c68-W1: a bispecific antibody given in the latest line and not now (the bispecificEnded window of the PJP and
 * IVIG cards, with no line since; the reference gives no time window after the last dose: treatments.md 5c, its
 * infections "persist over time") with no IgG taken since it started. The therapy the IgG is read since is known only
 * there (engine/igg.ts: a later line leaves it unset, and the cards read the IgG recorded, as before). Not after a
 * BCMA CAR-T, whose own window (iggNotSinceTCellRedirection) rules then. */
export const iggNotSinceEndedBispecific: Condition = {
  all: [
    { fact: "bispecificEnded", is: true },
    {
      any: [
        { fact: "priorBcmaCarT", is: false },
        { fact: "priorBcmaCarT", known: false },
      ],
    },
    { fact: "tCellRedirectionSince", known: true },
    { fact: "iggSinceTCellRedirection", known: false },
  ],
};
/** Its caution, on the card of the line being given or of the observation after CAR-T, beside the co-orders. */
export const IGG_NOT_SINCE_T_CELL_REDIRECTION: CautionDef = {
  text: "IgG not recorded since the T-cell-redirecting therapy started (an IgG from before it is not read as today's: the rule reads it as not known): measure it; IVIG/SCIG if IgG <400 mg/dL, or on a bispecific >=2 severe recurrent bacterial infections regardless of IgG; give monthly while immunoparesis persists (treatments.md 5c).",
  when: iggNotSinceTCellRedirection,
  show: ["tCellRedirectionSince", "iggAsReported"],
  citations: ["bispecific-infection-consensus-2023"],
  evidence: "verified",
};
/** Prior BCMA-directed therapy (the situation fact priorBcmaTherapy). */
export const afterBcma: Condition = { fact: "priorBcmaTherapy", is: true };
export const tripleClassExposed: Condition = {
  all: [
    { fact: "piExposed", is: true },
    { fact: "imidExposed", is: true },
    { fact: "antiCd38Exposed", is: true },
  ],
};

/** Every carfilzomib-containing regimen when heart failure is recorded. treatments.md 7b (carfilzomib):
 * cardiac failure, ischaemia and cardiomyopathy with fatal events, NYHA III/IV excluded from the trials;
 * 5a: DKd (and Isa-Kd, "as DKd") "not for significant cardiac disease". The record says heart failure, not
 * its NYHA class, so the regimen is not withheld: it is no first choice, and the reason says why. The
 * reference's age >= 75 risk stays a drug-rule caution (carfilzomib.age-75): it gives no strength for it. */
export const carfilzomibHeartFailure: StrengthAdjustment = {
  id: "heart-failure",
  when: { fact: "heartFailure", is: true },
  to: "consider",
  because:
    "Heart failure recorded (or NYHA class III/IV, symptomatic heart failure): carfilzomib causes cardiac failure, ischaemia and cardiomyopathy (fatal events have occurred), its trials excluded NYHA class III/IV heart failure, and the reference places carfilzomib regimens (DKd, Isa-Kd) as not for significant cardiac disease. Not a first choice here; weigh a regimen without carfilzomib and assess cardiac status first",
  show: ["heartFailure"],
  citations: ["chari-2018-blood-adv", "bringhen-2018-haematologica", "dimopoulos-2020-lancet-candor"],
  evidence: "verified",
};

/** DKd and Isa-Kd are positioned for lenalidomide-refractory, PI-sensitive disease (treatments.md 5a: DKd
 * "Len-refractory; PI-sensitive", Isa-Kd "As DKd"). Disease refractory to carfilzomib (IMWG 2011: progression on
 * it or within 60 days of its last dose) is not that: the regimen gives carfilzomib again and its benefit rests
 * on the antibody, so it is not a first choice (review c36-H5; Kd and KPd are not offered then). Bortezomib
 * refractoriness is not read here (review c38-K3: the selection matrix, 5d, lists DKd and Isa-Kd first at a
 * lenalidomide-refractory relapse, and the reference does not say CANDOR or IKEMA excluded it). The words name
 * no fact's value: under "if the line has progressed" the refractoriness is the branch's (review c37-J8). */
export const carfilzomibRefractoryPositioning: StrengthAdjustment = {
  id: "carfilzomib-refractory",
  when: { fact: "carfilzomibRefractory", is: true },
  to: "consider",
  because:
    // Review c39-L8 (K8): the refractory review's caution says the drug is given again and the benefit rests on the
    // others; this says only what the positioning adds.
    "The reference positions this regimen for PI-sensitive disease: not a first choice in carfilzomib-refractory disease",
  citations: ["dimopoulos-2020-lancet-candor", "rajkumar-2011-blood"],
  evidence: "verified",
};

/** BVd: DREAMM-7 excluded bortezomib-refractory patients (treatments.md 5a, BVd row: "DREAMM-7 excluded dara-
 * or bortezomib-refractory patients"): its results do not cover them (review c37-J3), as for the anti-CD38
 * refractory ones. */
export const bortezomibRefractoryBvd: StrengthAdjustment = {
  id: "bortezomib-refractory",
  when: { fact: "bortezomibRefractory", is: true },
  to: "consider",
  because:
    "DREAMM-7 excluded bortezomib-refractory patients: its results do not cover bortezomib-refractory disease",
  citations: ["hungria-2024-nejm-dreamm7"],
  evidence: "verified",
};

export const approved = (date: string | null, note: string | null = null): RegulatoryStatus => ({
  status: "approved",
  date,
  note,
});
export const accelerated = (date: string | null, note: string | null = null): RegulatoryStatus => ({
  status: "accelerated-approval",
  date,
  note,
});
export const offLabel = (note: string | null = null): RegulatoryStatus => ({
  status: "off-label",
  date: null,
  note,
});
export const guidelineOnly = (note: string | null = null): RegulatoryStatus => ({
  status: "guideline-only",
  date: null,
  note,
});
export const notApproved = (note: string | null = null): RegulatoryStatus => ({
  status: "not-approved",
  date: null,
  note,
});
export const pending = (note: string | null = null): RegulatoryStatus => ({
  status: "pending",
  date: null,
  note,
});
/** Individual drugs approved, no regimen-specific label (the reference's wording). */
export const componentsApproved = guidelineOnly("Components approved; no regimen-specific label");

/** Review c73-m1: treatments.md 4, DRd (MAIA): "dex 40 mg weekly (20 mg if >75 y or BMI <18.5)". The age half is the
 * drug rule dexamethasone.older-or-frail, on every dexamethasone regimen; the BMI half is MAIA's alone (the reference
 * gives it for no other regimen), so it is said on the MAIA cards only: the transplant-ineligible DRd option and the
 * first-line DRd being given. Worded as that rule; the BMI is computed from the recorded weight and height (none
 * without both). */
export const MAIA_LOW_BMI_DEXAMETHASONE_TEXT =
  "Dexamethasone for a BMI below 18.5 kg/m2 on DRd (MAIA; treatments.md 4): 20 mg weekly in place of the standard 40 mg weekly";
/** Review c75-m7: the BMI not known (weight or height not recorded) is asked ("Not known: BMI ...") unless the drug
 * rule dexamethasone.older-or-frail gives 20 mg weekly already (age over 75, or IMWG frail recorded): the BMI would
 * change nothing there. A BMI known is said as before, whatever the age. */
const MAIA_LOW_BMI: Condition = {
  all: [
    { fact: "bmiKgM2", lt: 18.5 },
    {
      any: [
        { fact: "bmiKgM2", known: true },
        {
          all: [
            { fact: "age", lte: 75 },
            {
              not: {
                all: [
                  { fact: "frailtyGroup", known: true },
                  { fact: "frailtyGroup", is: "frail" },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
};
export const maiaLowBmiDexamethasone = (onTheLine: Condition | null): CautionDef => ({
  text: MAIA_LOW_BMI_DEXAMETHASONE_TEXT,
  when: onTheLine === null ? MAIA_LOW_BMI : { all: [onTheLine, MAIA_LOW_BMI] },
  unknownOk: ["bmiKgM2"],
  show: ["bmiKgM2"],
  citations: ["facon-2019-nejm-maia"],
  evidence: "verified",
});

/** Review c73-m2 (treatments.md 5c, MonumenTAL-3 "not yet approved for that use"; 9, 2026-06 "MonumenTAL-3
 * (talquetamab combos) published, not approved"): said on the card of the line being given and by its alert. */
export const TALQUETAMAB_WITH_DARATUMUMAB_NOT_APPROVED =
  "Talquetamab with daratumumab (MonumenTAL-3: Tal-D, Tal-DP) is not approved at the knowledge date (treatments.md 5c, 9): given in a trial or outside its label; follow the protocol's monitoring";

/** Review c10 M7: treatments.md 4 and 7b (20 mg weekly for age > 75 or frailty) beside the IMWG renal
 * high-dose dexamethasone (treatments.md 3b); the reference does not say which wins. On the kidney-protection
 * option and on VCd for myeloma kidney injury (review c25-12: VCd said "high-dose dexamethasone" beside the
 * 20 mg weekly of the dexamethasone rule, unreconciled). */
export const highDoseDexOver75: CautionDef = {
  text: "Age over 75 or frailty: the reference gives dexamethasone 20 mg weekly instead of 40 mg, and does not say whether the high-dose dexamethasone of myeloma kidney injury overrides it: weigh with the team.",
  when: {
    all: [
      { fact: "renalCrab", is: true },
      {
        any: [
          { fact: "age", gt: 75 },
          { fact: "frailtyGroup", is: "frail" },
        ],
      },
    ],
  },
  citations: ["myeloma-drug-labels", "dimopoulos-2016-jco-renal"],
  evidence: "verified",
};

/** Newly diagnosed active myeloma: transplant-eligible and -ineligible induction, ASCT, consolidation
 * (treatments.md 3 and 4). Transplant candidacy is the clinician's decision, never derived from age. */

import type { CitationId } from "../../model/bibliography/index.js";
import { SITUATION_RULES } from "../situation-rules.js";
import type { CautionDef, Condition, KnowledgeEntry, StrengthAdjustment } from "../types.js";
import { AL_ALSO_ASCT_CAUTIONS, AL_ALSO_ASCT_GATES, AL_ALSO_STAGE_IIIB } from "./al-amyloidosis.js";
import {
  approved,
  beforeTransplant,
  carfilzomibHeartFailure,
  componentsApproved,
  guidelineOnly,
  highDoseDexOver75,
  isMM,
  maiaLowBmiDexamethasone,
  myelomaKidneyInjury,
  ndmm,
  notApproved,
  offLabel,
  transplantEligible,
  transplantIneligible,
} from "./common.js";

const te: Condition = { all: [ndmm, transplantEligible] };
/** The transplant steps of the plan stay shown from diagnosis until the transplant (issue 8). */
const tePlan: Condition = {
  all: [isMM, transplantEligible, beforeTransplant, { not: { fact: "priorAsct", is: true } }],
};
const tie: Condition = { all: [ndmm, transplantIneligible] };
/** After the transplant that followed a D-VRd or D-VTd induction, before the consolidation its protocol
 * builds in (treatments.md 3c: "built into D-VRd/D-VTd protocols (2 cycles)"). A treatment entry with
 * phase "consolidation" after the ASCT means it was given. */
const builtInConsolidationDue = (induction: "D-VRd" | "D-VTd"): Condition => ({
  all: [
    isMM,
    { fact: "phase", is: "post-transplant" },
    { fact: "priorAsct", is: true },
    { fact: "asctInduction", is: induction },
    { fact: "consolidationGiven", is: false },
    { not: { fact: "progression", is: true } },
  ],
});
/** IMWG frailty not computable (an item missing: criteria-and-scores 8.1 gives no score then) while the
 * age item alone already gives its 2 points (age over 80, in completed years): the missing items can only add
 * points, so the reduced-intensity doublets are listed (review c20-3: an 88-year-old, ECOG 3, ADL not
 * recorded, was offered quadruplets and full-dose VRd but no doublet). */
const frailOrOver80Unscored: Condition = {
  any: [
    { fact: "frailtyGroup", is: "frail" },
    {
      all: [
        { fact: "frailtyGroup", known: false },
        { fact: "age", gte: 81 },
      ],
    },
  ],
};
const UNSCORED_OVER_80: KnowledgeEntry["cautions"][number] = {
  text: "IMWG frailty not computable (an item is not recorded), but age over 80 alone gives 2 points, the frail threshold (cut-points UNVERIFIED in the reference; never decide from age alone): record ADL, IADL and Charlson",
  when: { fact: "frailtyGroup", known: false },
  show: ["age"],
  citations: ["palumbo-2015-blood-frailty"],
  evidence: "unverified",
};
/** D-VTd (CASSIOPEIA): its approvals and its neuropathy caution, shared by induction and consolidation. */
const cassiopeiaRegulatory: KnowledgeEntry["regulatory"] = {
  us: approved("2019-09-26"),
  eu: approved("2020-01", "Date UNVERIFIED in the reference"),
};
const thalidomideNeuropathy = {
  text: "More neuropathy than lenalidomide-based regimens (thalidomide).",
  citations: ["moreau-2019-lancet"],
  evidence: "verified",
} as const;

/** D-VRd (PERSEUS) approvals: induction and consolidation around the transplant (treatments.md 3b). */
const perseusRegulatory: KnowledgeEntry["regulatory"] = {
  us: approved("2024-07-30", "Induction and consolidation; maintenance D-R not in the US label"),
  eu: approved(
    "2024-10",
    "Transplant-eligible; extended 2025-04-07 to NDMM regardless of transplant eligibility",
  ),
};

/** Review c63-M1: heart failure recorded (NYHA III/IV reads as it), said on the transplant cards, not held on. */
export const CARDIAC_FUNCTION_IMPAIRED: KnowledgeEntry["cautions"][number] = {
  // Review c63-M1: criteria-and-scores 8.3 weighs organ function (cardiac, pulmonary, renal, hepatic) and gives
  // no numeric cardiac cut-off for myeloma ASCT: said, not held (the pathway puts the candidacy to the team).
  // NYHA III/IV reads as heart failure (engine/options.ts heartFailureOf).
  text: "Cardiac function recorded as impaired (heart failure, or NYHA class III/IV): transplant eligibility weighs organ function (cardiac, pulmonary, renal, hepatic) and the reference gives no numeric cardiac cut-off for myeloma ASCT; the team judges the heart before high-dose melphalan",
  when: { fact: "heartFailure", is: true },
  show: ["heartFailure", "nyhaClass"],
  citations: [SITUATION_RULES.transplantCandidate.citation],
  evidence: SITUATION_RULES.transplantCandidate.evidence,
};

/** The months after a transplant within which the steps after it (a planned second transplant, the consolidation)
 * begin: the project's reading (re-checks c65-W1, c66-M2; the reference gives no window), the window of the
 * maintenance-start reading of response/lines.ts (MAINTENANCE_READ_WINDOW_DAYS). One number for both options. */
export const STEPS_AFTER_TRANSPLANT_MONTHS = 6;

/** Re-check c66-M2: consolidation "now" 7 months and 2 years after the transplant with nothing recorded since. The
 * reference gives no window; 6 months is the project's reading, the one the tandem and the maintenance-start reading of
 * lines.ts use (the steps after a transplant begin within months). Not a first choice then: the team decides. */
const consolidationLate = (citation: CitationId): StrengthAdjustment => ({
  id: "more-than-6-months-after-transplant",
  when: { fact: "monthsSinceAsct", gte: STEPS_AFTER_TRANSPLANT_MONTHS },
  to: "consider",
  because:
    "More than 6 months since the transplant with no consolidation recorded: later than the steps after a transplant usually begin (the project's reading; the reference gives no window). Not a first choice; decide with the team what follows",
  show: ["monthsSinceAsct"],
  citations: [citation],
  evidence: "unverified",
});

/** The planned second autograft after a first one, for high-risk cytogenetics (review c63-M2): the plan puts it in
 * the step after the first transplant. */
export const TANDEM_ASCT = "ndmm.te.tandem-asct";

/** Review c63-U1 (UNSAFE): the <= 4-cycle collection rule of the lenalidomide US label (treatments.md 3c, checked),
 * which the transplant-eligible D-VRd card carries, was on no induction card with the transplant deferred (kept for
 * later). Said on every lenalidomide-containing induction card then. The reference does not say a deferred
 * transplant must be done: collecting for a later one is this project's reading of the label rule for a patient who
 * keeps transplant as an option (the words say so). */
const COLLECTION_TRANSPLANT_DEFERRED: CautionDef = {
  text: "Collect stem cells after no more than 4 cycles of a lenalidomide-containing regimen (US label): with the transplant deferred (kept for later), to store them for a later transplant. The reference does not say that a deferred transplant must be done; collecting for a later one is this tool's reading of the label rule for a patient who keeps transplant as an option.",
  when: { fact: "transplantCandidate", is: "deferred" },
  citations: ["myeloma-drug-labels"],
  evidence: "verified",
};

const candidacyNote =
  "Transplant candidacy is a clinician decision weighing fitness, performance status, comorbidity and organ function; there is no single numeric rule.";

/** IMWG frail (score >= 2) or ECOG >= 3: either argues against transplant-intensity therapy. The reference
 * gives no single numeric rule (criteria-and-scores 8.3): frail = IMWG score >= 2 (8.1); on the simplified frailty
 * scale ECOG >= 2 alone scores as frail (8.2), so ECOG >= 3 is beyond it. Review c79-M2: age over 75 is no longer
 * a trigger of its own (8.3: "Never output a hard yes/no from age alone"; the age is an item of the IMWG score
 * already, 8.1): it is said as a caution (AGE_OVER_75_TRANSPLANT), the strength unchanged. Over 80 the age item alone
 * scores 2 points, frail by the IMWG score whatever its other items (8.1): read so while the score cannot be computed
 * (ADL or IADL missing), as the IMWG frail group it is. */
export const AGAINST_INTENSITY: Condition = {
  any: [
    { fact: "frailtyGroup", is: "frail" },
    { fact: "ecog", gte: 3 },
    { fact: "age", gt: 80 },
  ],
};
/** Review c79-M2: over 75: the age named on the transplant-intensity cards, the strength unchanged by it (whatever the
 * fitness: with the frailty score not known, as when ADL or IADL is missing, nothing else would name the age; with
 * fitness against intensity the adjustment holds the card besides). criteria-and-scores 8.3 ([S]/[U]): age has been
 * used historically, "<65 in many European trials, commonly <=70, and up to ~75 in selected fit US patients"; no
 * consensus numeric rule; never decide on age alone. */
export const AGE_OVER_75_TRANSPLANT: CautionDef = {
  text: "Older than most patients in the transplant trials (age cut-offs have been <65 in many European trials, commonly <=70, up to about 75 in selected fit patients in the United States); the reference gives no age limit, and eligibility is never decided on age alone (criteria-and-scores 8.3): the team's recorded decision stands, weighing fitness, performance status, comorbidity and organ function",
  // Re-check c82-m5: not beside the hold of a candidacy not recorded (ageOverTrialsCandidacyOpen), which says it.
  when: {
    all: [
      { fact: "age", gt: 75 },
      { fact: "transplantCandidacyAssumed", is: false },
    ],
  },
  show: ["age"],
  citations: ["nccn-mm-2026"],
  evidence: "unverified",
};
/** Review c79-M2: ECOG performance status 2, or a Charlson comorbidity index of 2 or more, beside the transplant: the
 * ASCT card names them (whether or not the frailty score is known). criteria-and-scores 8.3 weighs performance status and
 * comorbidity but gives no cut-off for either, so the strength is unchanged; the Charlson cut-off is the IMWG
 * frailty score's comorbidity item (>= 2 = 1 point, 8.1, cut-points UNVERIFIED); ECOG 2 scores 2 points, frail, on
 * the simplified frailty scale (8.2, secondary). */
export const PERFORMANCE_OR_COMORBIDITY_TRANSPLANT: CautionDef = {
  text: "ECOG performance status 2, or a Charlson comorbidity index of 2 or more (the IMWG frailty score's comorbidity point, cut-point UNVERIFIED in the reference): transplant eligibility weighs performance status and comorbidity, but the reference gives no cut-off for either (criteria-and-scores 8.3); weigh them with the team before the transplant",
  when: {
    any: [
      { fact: "ecog", is: 2 },
      { fact: "charlson", gte: 2 },
    ],
  },
  show: ["ecog", "charlson"],
  citations: ["palumbo-2015-blood-frailty", "facon-2020-leukemia"],
  evidence: "unverified",
};
/** Re-check c81-m7: with the candidacy not recorded, the options "if a transplant candidate" of a patient over 75 led the
 * summary as "preferred" (PERSEUS and GMMG-HD7 enrolled patients up to 70) once age alone stopped holding a recorded
 * candidate's options (c79-M2). Before the team decides, over 75 holds them at "consider", saying why; a recorded "yes"
 * is not held (the team's decision stands; criteria-and-scores 8.3: never decide on age alone). The project's reading of
 * 8.3's ages, UNVERIFIED. */
export const ageOverTrialsCandidacyOpen: StrengthAdjustment = {
  id: "age-over-75-candidacy-not-recorded",
  when: {
    all: [
      { fact: "transplantCandidacyAssumed", is: true },
      { fact: "age", gt: 75 },
    ],
  },
  to: "consider",
  because:
    "Transplant candidacy not recorded, and older than the ages of the transplant trials (<65 in many European trials, commonly <=70, up to about 75 in selected fit patients in the United States; criteria-and-scores 8.3): not a first choice until the team decides candidacy, which age alone never decides",
  show: ["age"],
  citations: ["nccn-mm-2026"],
  evidence: "unverified",
  // As the fitness hold it stood in for before c79-M2: the handout's transplant step stays "only if a transplant is
  // right for you", the options "may be too strong".
  weighs: "fitness",
};

/** Shared by every transplant-intensity entry (the plan's collection step too). */
export const fitnessAgainstIntensity: StrengthAdjustment = {
  id: "fitness-against-intensity",
  when: AGAINST_INTENSITY,
  to: "consider",
  because:
    "Fitness argues against intensive therapy (IMWG frail, ECOG >=3, or over 80, which scores frail on the IMWG score by its age item alone): candidacy weighs fitness, performance status and comorbidity (no single numeric rule; never age alone). Not a first choice here; confirm candidacy first",
  show: ["frailtyGroup", "ecog", "age"],
  citations: ["palumbo-2015-blood-frailty", "facon-2020-leukemia", "nccn-mm-2026"],
  evidence: "secondary",
  weighs: "fitness",
};
/** The holds of every transplant-intensity entry: fitness against it, and (re-check c81-m7) over 75 while the
 * candidacy is not recorded. */
export const INTENSITY_HOLDS: readonly StrengthAdjustment[] = [
  fitnessAgainstIntensity,
  ageOverTrialsCandidacyOpen,
];
/** Frail or over 80: DRd is the standard (treatments.md 4: "doublet-backbone standard for frail/older
 * patients"; IMWG frailty age item > 80 = 2 points, frail on its own). */
const frailOrOver80: Condition = {
  any: [
    { fact: "frailtyGroup", is: "frail" },
    { fact: "age", gt: 80 },
  ],
};
const drdForFrail: StrengthAdjustment = {
  id: "frail-or-over-80",
  when: frailOrOver80,
  to: "consider",
  because:
    "Frail by the IMWG frailty score or over 80: the reference lists DRd as the doublet-backbone standard for frail or older patients (and Rd, Vd or VRd-lite as reduced-intensity choices); weigh a quadruplet against frailty",
  show: ["frailtyGroup", "age"],
  citations: ["facon-2019-nejm-maia", "palumbo-2015-blood-frailty"],
  evidence: "unverified",
  weighs: "fitness",
};

/** A sentence's words inside another sentence (its first letter lower case). */
const lowerFirst = (t: string): string => t.charAt(0).toLowerCase() + t.slice(1);

/** The reference's choices for frail or older patients, which full-dose VRd is not one of (the words of every
 * full-dose VRd caution: frail, fitness not known, ECOG >= 2). */
const FULL_DOSE_VRD_NOT_FOR_FRAIL =
  "Full-dose VRd is not among the reference's choices for frail or older patients, which are DRd (the doublet-backbone standard) and, at reduced intensity, Rd, Vd or VRd-lite (weekly bortezomib, lenalidomide 15 mg)";
const FULL_DOSE_VRD_CITATIONS: readonly CitationId[] = [
  "facon-2019-nejm-maia",
  "palumbo-2015-blood-frailty",
  "odonnell-2018-bjh",
];

/** The same patients for full-dose VRd: the reference's reduced-intensity choices for frail or older
 * patients are DRd (the standard), Rd, Vd and VRd-lite (treatments.md 4); full-dose VRd, twice-weekly
 * bortezomib with lenalidomide 25 mg (SWOG S0777), is the triplet standard, not one of them. */
const reducedIntensityForFrail: StrengthAdjustment = {
  id: "frail-or-over-80-full-dose-triplet",
  when: frailOrOver80,
  to: "consider",
  because: `Frail by the IMWG frailty score or over 80: ${lowerFirst(FULL_DOSE_VRD_NOT_FOR_FRAIL)}`,
  show: ["frailtyGroup", "age"],
  citations: FULL_DOSE_VRD_CITATIONS,
  evidence: "unverified",
  weighs: "fitness",
};

/** Age 80 or under, or not known: an age over 80 decides IMWG frailty alone (2 points, frail; frailOrOver80), and
 * the adjustments for frail or older patients speak then. */
const NOT_OVER_80: Condition = {
  any: [
    { fact: "age", lte: 80 },
    { fact: "age", known: false },
  ],
};

/** Review c73-M2: the IMWG frailty score not computable (an item not recorded) in a transplant-ineligible patient
 * aged 80 or under. criteria-and-scores 8.1: "If any item is missing, the score cannot be computed. Do not impute
 * missing ADL or IADL as normal." The missing items can make the patient frail (DRd the reference's standard,
 * treatments.md 4) or keep them fit, so every first-line regimen a frail score would lower is not a first choice
 * until the score is complete (D-VRd and Isa-VRd "standard", not "consider": the patient may be fit), full-dose VRd
 * says so, and an alert asks for the items (drug-rules.ts, alert.ndmm.tie.fitness-not-known). Transplant-eligible
 * or deferred patients are left out: their candidacy, recorded by the clinician, already weighs fitness
 * (criteria-and-scores 8.3). Over 80 the age item alone is frail, whatever the missing items add. */
export const FITNESS_NOT_KNOWN_TIE: Condition = {
  all: [transplantIneligible, { fact: "frailtyGroup", known: false }, NOT_OVER_80],
};
/** The words every "fitness not known" adjustment begins with. */
const FITNESS_NOT_KNOWN =
  "Fitness not known (the IMWG frailty score needs age, Charlson comorbidity index, ADL and IADL; a missing item is not read as normal)";
/** An adjustment of a regimen that a frail IMWG score would lower, while the score cannot be computed: `to` is the
 * strength until the score is complete; `tail` says what a frail score would mean for the regimen. Not a fitness
 * hold (no `weighs`): the patient may be fit. */
const fitnessNotKnown = (
  to: StrengthAdjustment["to"],
  tail: string,
  citations: readonly CitationId[],
): StrengthAdjustment => ({
  id: "fitness-not-known",
  when: FITNESS_NOT_KNOWN_TIE,
  to,
  because: `${FITNESS_NOT_KNOWN}: ${tail}`,
  show: ["frailtyGroup"],
  citations,
  evidence: "verified",
});

/** The IMWG frailty score not frail: fit, intermediate, or not computable (an IMWG-frail patient's own adjustments,
 * frailOrOver80, already hold the quadruplets and full-dose VRd at "consider"). */
const NOT_IMWG_FRAIL: Condition = {
  any: [
    { fact: "frailtyGroup", in: ["fit", "intermediate"] },
    { fact: "frailtyGroup", known: false },
  ],
};

/** Review c73-M1, re-check c75-M1: ECOG performance status 2 or more in a transplant-ineligible patient aged 80 or
 * under whom the IMWG frailty score does not call frail (fit, intermediate, or not computable). The simplified frailty
 * scale (criteria-and-scores 8.2, Facon 2020) gives ECOG >= 2 2 points, frail on that item alone whatever the age and
 * Charlson; the IMWG score (8.1) has no performance-status item, so it calls a 79-year-old with ECOG 3 and normal
 * ADL/IADL "intermediate", from age alone. The reference does not say which score drives the ranking of the regimens
 * (treatments.md 4 names Isa-VRd the quadruplet "for fit" patients and DRd the "doublet-backbone standard for
 * frail/older patients" without naming a score): reading ECOG >= 2 as frail for the ranking is this project's
 * reading, evidence UNVERIFIED, and every caution says the reference does not decide it. Re-check c75-M1: as for an
 * IMWG-frail patient, the quadruplets (D-VRd, Isa-VRd, D-VMP) and full-dose VRd are "consider" (the c73 fix had kept
 * D-VRd and full-dose VRd "standard", D-VRd first, while their cautions said "not a first choice"), so DRd comes
 * first, and they weigh fitness (the handout marks them "may be too strong for you"). The simplified scale's other
 * way to frail, age 76-80 (1 point) with ECOG 1 (1 point), is not read: its age point is the one the IMWG score
 * already counts (the "from age alone" caution of Isa-VRd, kept for ECOG 0-1), and no item there is frail alone. */
export const ECOG_2_OR_MORE_NOT_IMWG_FRAIL: Condition = {
  all: [transplantIneligible, { fact: "ecog", gte: 2 }, NOT_OVER_80, NOT_IMWG_FRAIL],
};
/** Re-check c75-m1: the same patients with the ECOG not recorded, in newly diagnosed myeloma: the ECOG decides the
 * ranking of the regimens above (ECOG_2_OR_MORE_NOT_IMWG_FRAIL), so it is asked (engine/assess.ts, missingData) and
 * D-VRd says so. No strength changes: the reference gives no rule for a performance status not recorded
 * (criteria-and-scores 8.1 forbids imputing missing ADL/IADL as normal, for the IMWG score, which is complete here). */
export const ECOG_NOT_RECORDED_TIE: Condition = {
  all: [ndmm, transplantIneligible, { fact: "ecog", known: false }, NOT_OVER_80, NOT_IMWG_FRAIL],
};
/** The words every ECOG >= 2 adjustment begins with. */
const ECOG_2_OR_MORE =
  "ECOG performance status 2 or more: frail on the simplified frailty scale (Facon 2020), where it alone scores 2 points; the IMWG frailty score has no performance-status item, and the reference does not say which score decides the regimen";
/** An adjustment of a regimen for ECOG >= 2 (ECOG_2_OR_MORE_NOT_IMWG_FRAIL): "consider", a fitness hold (as the
 * frail adjustments); `tail`, a sentence, says what it means for the regimen. The reading is this project's, so its
 * evidence is UNVERIFIED. */
const ecog2OrMore = (id: string, tail: string, citations: readonly CitationId[]): StrengthAdjustment => ({
  id,
  when: ECOG_2_OR_MORE_NOT_IMWG_FRAIL,
  to: "consider",
  because: `${ECOG_2_OR_MORE}. ${tail}`,
  show: ["ecog", "frailtyGroup"],
  citations: ["facon-2020-leukemia", "palumbo-2015-blood-frailty", ...citations],
  evidence: "unverified",
  weighs: "fitness",
});

/** Full-dose VRd while fitness is not known (said; its strength, "standard", stays), or with ECOG >= 2. */
const fullDoseVrdFitnessNotKnown = fitnessNotKnown(
  "standard",
  `if the score is frail, ${lowerFirst(FULL_DOSE_VRD_NOT_FOR_FRAIL)}. Score fitness before choosing it`,
  FULL_DOSE_VRD_CITATIONS,
);
const fullDoseVrdEcog = ecog2OrMore(
  "ecog-2-or-more",
  `${FULL_DOSE_VRD_NOT_FOR_FRAIL}. Not a first choice here (this tool's reading); weigh fitness with the team`,
  FULL_DOSE_VRD_CITATIONS,
);

/** D-VRd (CEPHEUS), a quadruplet, while fitness is not known (not preferred: standard), or with ECOG >= 2. */
const DVRD_IF_FRAIL =
  "The reference's standard for frail or older patients is DRd (the doublet-backbone standard), not this quadruplet";
const dvrdFitnessNotKnown = fitnessNotKnown(
  "standard",
  `if the score is frail, ${lowerFirst(DVRD_IF_FRAIL)}, so D-VRd is not preferred until fitness is scored`,
  ["usmani-2025-nat-med", "facon-2019-nejm-maia", "palumbo-2015-blood-frailty"],
);
/** D-VRd and D-VMP, quadruplets, with ECOG >= 2 (review c22-10: D-VMP held as D-VRd is). */
const quadrupletEcog = ecog2OrMore(
  "ecog-2-or-more",
  `${DVRD_IF_FRAIL}: not a first choice here (this tool's reading); weigh fitness with the team`,
  ["facon-2019-nejm-maia"],
);
/** Re-check c75-m1: on D-VRd while the ECOG is not recorded (ECOG_NOT_RECORDED_TIE). */
const ECOG_NOT_RECORDED: CautionDef = {
  text: "ECOG performance status not recorded: the simplified frailty scale (Facon 2020) counts it (2 or more is frail on its own, and this tool then holds the quadruplets and full-dose VRd at consider, DRd first; the reference does not say which score decides), so record it.",
  when: ECOG_NOT_RECORDED_TIE,
  citations: ["facon-2020-leukemia"],
  evidence: "unverified",
};

/** IMWG intermediate at 76-80: the age item's 1 point, the only one (an other point would make 2, frail). */
const INTERMEDIATE_FROM_AGE: Condition = {
  all: [
    { fact: "frailtyGroup", is: "intermediate" },
    { fact: "age", gt: 75 },
  ],
};
const AGE_ALONE_INTERMEDIATE =
  'IMWG intermediate fitness from age alone (ages 76-80 score 1 point; no comorbidity, ADL or IADL point): IMROZ enrolled patients aged 80 or under, so age alone does not lower this quadruplet; the reference\'s word "fit" is not defined by the IMWG score. Weigh fitness with the team.';

export const NEWLY_DIAGNOSED_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: "ndmm.te.d-vrd",
    group: "newly-diagnosed",
    when: te,
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "D-VRd", drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"] },
    title: "D-VRd induction and consolidation around ASCT (PERSEUS)",
    strength: "preferred",
    adjust: [...INTENSITY_HOLDS, AL_ALSO_STAGE_IIIB],
    clinicianText:
      "Daratumumab SC 1800 mg + bortezomib + lenalidomide + dexamethasone: 4 induction cycles, ASCT, 2 consolidation cycles. PERSEUS (n=709, age <=70): PFS HR 0.40 (0.29-0.57); 4-year PFS 84% vs 68%; more MRD negativity. Preferred quadruplet for all risk groups.",
    patientText:
      "This is a mix of four drugs. One is a shot under the skin. The others are a shot and pills. It is given before and after a stem cell transplant. In a large study it kept myeloma away longer than three drugs.",
    cautions: [
      {
        text: "Collect stem cells after no more than 4 cycles of a lenalidomide-containing regimen (US label).",
        citations: ["myeloma-drug-labels"],
        evidence: "verified",
      },
      {
        text: "The D-R maintenance used in PERSEUS is not in the US label.",
        citations: ["sonneveld-2024-nejm"],
        evidence: "verified",
      },
      // Review c79-M2: age over 75 named, not held (criteria-and-scores 8.3).
      AGE_OVER_75_TRANSPLANT,
      {
        // treatments.md 3b, D-VRd row: population "TE NDMM, age <=70 in trial" (review c19-6, as D-VTd's).
        text: "PERSEUS enrolled transplant-eligible patients aged 70 or under: this patient is older than the trial population",
        when: { fact: "age", gt: 70 },
        show: ["age"],
        citations: ["sonneveld-2024-nejm"],
        evidence: "verified",
      },
    ],
    citations: ["sonneveld-2024-nejm"],
    regulatory: perseusRegulatory,
    evidence: "verified",
  },
  {
    id: "ndmm.te.isa-vrd",
    group: "newly-diagnosed",
    when: te,
    showWhenUnknown: true,
    jurisdictions: ["eu"],
    kind: "systemic-therapy",
    regimen: { code: "Isa-VRd", drugs: ["isatuximab", "bortezomib", "lenalidomide", "dexamethasone"] },
    title: "Isa-VRd induction before ASCT (GMMG-HD7)",
    strength: "preferred",
    adjust: [...INTENSITY_HOLDS, AL_ALSO_STAGE_IIIB],
    clinicianText:
      "Isatuximab 10 mg/kg IV (days 1, 8, 15, 22, 29 in cycle 1; days 1, 15, 29 in cycles 2-3) + VRd, three 6-week cycles. GMMG-HD7 (age 18-70): MRD negativity after induction OR 1.82; after ASCT 66.2% vs 47.7%; PFS HR 0.70 (0.52-0.95). EU approval covers induction only.",
    patientText:
      "This is a mix of four drugs given before a stem cell transplant. One is given into a vein. In a large study more people had no sign of myeloma left. It is approved in Europe.",
    cautions: [
      {
        text: "EU approval is for induction only; part 2 (Isa-R vs R maintenance) was reported separately and is UNVERIFIED in the reference.",
        citations: ["mai-2025-jco"],
        evidence: "verified",
      },
      // Review c79-M2: age over 75 named, not held (criteria-and-scores 8.3).
      AGE_OVER_75_TRANSPLANT,
      {
        // treatments.md 3b, Isa-VRd (GMMG-HD7) row: population "TE NDMM, 18-70" (review c19-6).
        text: "GMMG-HD7 enrolled transplant-eligible patients aged 18-70: this patient is older than the trial population",
        when: { fact: "age", gt: 70 },
        show: ["age"],
        citations: ["mai-2025-jco"],
        evidence: "verified",
      },
    ],
    citations: ["mai-2025-jco"],
    regulatory: {
      us: notApproved("Not FDA-approved for transplant-eligible induction (UNVERIFIED: no approval found)"),
      eu: approved("2025-07", "CHMP 2025-06-19; induction only"),
    },
    evidence: "unverified",
    evidenceNote: "The US status (no approval found) is UNVERIFIED in the reference.",
  },
  {
    id: "ndmm.te.d-vtd",
    group: "newly-diagnosed",
    when: te,
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "D-VTd", drugs: ["daratumumab", "bortezomib", "thalidomide", "dexamethasone"] },
    title: "D-VTd induction and consolidation around ASCT (CASSIOPEIA)",
    strength: "standard",
    adjust: [...INTENSITY_HOLDS, AL_ALSO_STAGE_IIIB],
    clinicianText:
      "Daratumumab + bortezomib + thalidomide + dexamethasone, induction and consolidation. CASSIOPEIA (n=1085, age <=65): PFS HR 0.47; sCR at day 100 28.9% vs 20.3%. Mainly used in Europe.",
    patientText:
      "This is a mix of four drugs given before and after a stem cell transplant. It is used mostly in Europe. One of the drugs can cause numb or tingling hands and feet.",
    cautions: [
      // Review c79-M2: age over 75 named, not held (criteria-and-scores 8.3).
      AGE_OVER_75_TRANSPLANT,
      thalidomideNeuropathy,
      {
        // treatments.md 3b, D-VTd row: population "TE NDMM, <=65" (review c9-F18).
        text: "CASSIOPEIA enrolled transplant-eligible patients aged 65 or under: this patient is older than the trial population",
        when: { fact: "age", gt: 65 },
        show: ["age"],
        citations: ["moreau-2019-lancet"],
        evidence: "verified",
      },
    ],
    citations: ["moreau-2019-lancet"],
    regulatory: cassiopeiaRegulatory,
    evidence: "unverified",
    evidenceNote: "The EU approval date (2020-01) is UNVERIFIED in the reference.",
  },
  {
    id: "ndmm.vrd",
    group: "newly-diagnosed",
    when: ndmm,
    kind: "systemic-therapy",
    regimen: { code: "VRd", drugs: ["bortezomib", "lenalidomide", "dexamethasone"] },
    title: "VRd triplet (transplant-eligible or -ineligible backbone)",
    strength: "standard",
    adjust: [reducedIntensityForFrail, fullDoseVrdFitnessNotKnown, fullDoseVrdEcog],
    clinicianText:
      "Bortezomib 1.3 mg/m2 SC days 1, 4, 8, 11 + lenalidomide 25 mg days 1-14 + dexamethasone, every 21 days (several schedules); transplant-ineligible: 8 cycles then Rd. SWOG S0777: VRd better than Rd for PFS and OS. IFM 2009 / DETERMINATION: ASCT after VRd improves PFS, not OS. Triplet option when an anti-CD38 antibody is not available or contraindicated.",
    patientText:
      "This is a mix of three drugs. One is a shot under the skin and two are pills. It has been a standard first treatment for years. It may be used when a four-drug mix is not right for you.",
    cautions: [COLLECTION_TRANSPLANT_DEFERRED],
    citations: ["durie-2017-lancet", "attal-2017-nejm"],
    regulatory: { us: componentsApproved, eu: componentsApproved },
    evidence: "verified",
    evidenceNote: "Design checked; the citation details are UNVERIFIED in the reference.",
  },
  {
    id: "ndmm.te.krd",
    group: "newly-diagnosed",
    when: { all: [ndmm, { fact: "transplantCandidate", in: ["yes", "deferred"] }] },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "KRd", drugs: ["carfilzomib", "lenalidomide", "dexamethasone"] },
    title: "KRd induction (FORTE; no immediate ASCT: ENDURANCE)",
    strength: "consider",
    adjust: [...INTENSITY_HOLDS, carfilzomibHeartFailure],
    clinicianText:
      "Carfilzomib 20/36-56 mg/m2 + lenalidomide + dexamethasone. ENDURANCE: KRd not superior to VRd in non-high-risk NDMM (PFS 34.6 vs 34.4 months; HR 1.04) with more grade 3-5 serious adverse events (44% vs 22%). FORTE: KRd with ASCT is active. Sometimes used for high-risk disease.",
    patientText:
      "This is a mix of three drugs. One is given into a vein. It was not better than a common three-drug mix in most people. It had more serious side effects, including heart and kidney problems.",
    cautions: [
      COLLECTION_TRANSPLANT_DEFERRED,
      {
        text: "Not superior to VRd in non-high-risk disease (ENDURANCE) and more toxic: grade 3-5 serious adverse events 44% vs 22%; cardiac and renal toxicity.",
        citations: ["kumar-2020-lancet-oncol"],
        evidence: "verified",
      },
      {
        text: "High-risk disease: KRd is sometimes used here (FORTE data are UNVERIFIED in the reference).",
        when: { fact: "cytogeneticHighRisk", is: true },
        citations: ["gay-2021-lancet-oncol"],
        evidence: "unverified",
      },
    ],
    citations: ["kumar-2020-lancet-oncol", "gay-2021-lancet-oncol"],
    regulatory: { us: notApproved("Not approved for NDMM"), eu: notApproved("Not approved for NDMM") },
    evidence: "verified",
    evidenceNote: "ENDURANCE checked; FORTE UNVERIFIED (named only in a conditional caution).",
  },
  {
    id: "ndmm.renal.vcd",
    group: "newly-diagnosed",
    // Myeloma kidney injury as the diagnosis decides it (IMWG 2014 CRAB renal, criteria-and-scores 1.1:
    // CrCl < 40 mL/min measured or estimated with CKD-EPI, or creatinine > 2 mg/dL; dialysis counts). Not the
    // Cockcroft-Gault clearance, which the reference keeps for drug dosing (treatments.md conventions):
    // in an 84-year-old of 60 kg it is below 40 with a normal creatinine.
    // Review c60-M1: the renal criterion counts only when the kidney impairment is attributable to myeloma
    // (criteria-and-scores 1.1, 7.4: typically light-chain cast nephropathy), and VCd first is for acute kidney
    // injury / cast nephropathy at presentation (treatments.md 3b). The team's answer is recorded
    // (conditions.kidneyImpairmentFromMyeloma): recorded false, the renal criterion is not met (review c61-W1,
    // criteria/diagnosis/crab.ts), so neither is myeloma kidney injury and the option is not offered; not recorded,
    // its term is unknown, so the option is listed with the field asked, and held at "consider" (adjustment
    // kidney-attribution-not-recorded).
    when: { all: [ndmm, myelomaKidneyInjury, { fact: "kidneyImpairmentFromMyeloma", is: true }] },
    // An unknown renal criterion (no creatinine) is never taken as normal: the option is listed with the
    // missing input named, and is not preferred until the criterion is decided.
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "VCd", drugs: ["bortezomib", "cyclophosphamide", "dexamethasone"] },
    title: "Bortezomib-based VCd (CyBorD) first for myeloma kidney injury",
    // IMWG renal: bortezomib-based regimens are the cornerstone for myeloma-related renal impairment
    // (treatments.md 3b, VCd row, [19]): the first regimen to discuss when the kidneys are injured.
    strength: "preferred",
    adjust: [
      {
        id: "renal-criterion-unknown",
        when: { fact: "renalCrab", known: false },
        to: "consider",
        because:
          "Myeloma kidney injury is not decided (the IMWG 2014 renal criterion lacks an input, named above): VCd comes first only when the criterion is met (dialysis counts)",
        citations: ["rajkumar-2014-lancet-oncol", "dimopoulos-2016-jco-renal"],
        evidence: "verified",
      },
      {
        // Only beside a met renal criterion: an undecided one has its own adjustment above.
        id: "kidney-attribution-not-recorded",
        when: {
          all: [
            { fact: "renalCrab", is: true },
            { fact: "kidneyImpairmentFromMyeloma", known: false },
          ],
        },
        to: "consider",
        because:
          "Whether the team attributes the kidney impairment to myeloma is not recorded: the IMWG renal criterion counts only when the impairment is attributable to myeloma (typically light-chain cast nephropathy), and VCd first is for myeloma kidney injury / cast nephropathy at presentation. Not a first choice until the team records it",
        citations: ["rajkumar-2014-lancet-oncol", "dimopoulos-2016-jco-renal"],
        evidence: "verified",
      },
    ],
    clinicianText:
      "Myeloma kidney injury at presentation (IMWG 2014 renal criterion: creatinine clearance <40 mL/min, measured or estimated with CKD-EPI, or serum creatinine >2 mg/dL; or dialysis) / cast nephropathy: bortezomib-based regimens are the cornerstone; give high-dose dexamethasone for at least the first month (IMWG renal). Daratumumab may be added. Switch to a quadruplet (e.g. D-VRd with renal-adjusted lenalidomide) once renal function is known. Drug doses still follow the Cockcroft-Gault clearance.",
    patientText:
      // Review c10 M7 (c11a): the kidney damage counts as myeloma's only if attributable to it
      // (criteria-and-scores 7.4): said as a question the team checks, in both languages.
      "This is for when the myeloma may have hurt the kidneys. Your team first checks if the myeloma is the cause, with urine and blood tests. These drugs work fast and are then the usual first choice when the kidneys are hurt. They can help the kidneys recover. Your team may switch to other drugs once the kidneys are better.",
    cautions: [highDoseDexOver75],
    citations: ["dimopoulos-2016-jco-renal", "rajkumar-2014-lancet-oncol"],
    regulatory: { us: componentsApproved, eu: componentsApproved },
    evidence: "verified",
  },
  {
    id: "ndmm.te.asct",
    group: "newly-diagnosed",
    when: tePlan,
    showWhenUnknown: true,
    kind: "stem-cell-transplant",
    regimen: { code: "ASCT-Mel200", drugs: ["melphalan"] },
    title: "Autologous stem cell transplant after high-dose melphalan",
    strength: "if-eligible",
    adjust: [...INTENSITY_HOLDS, ...AL_ALSO_ASCT_GATES],
    clinicianText: `High-dose melphalan 200 mg/m2 (Mel200) is the standard conditioning. ASCT after induction improves PFS, not OS (IFM 2009 / DETERMINATION). Stem cell collection after no more than 4 cycles of lenalidomide-containing therapy. ${candidacyNote}`,
    patientText:
      "A stem cell transplant uses your own blood stem cells. First you get a high dose of a strong drug. Then your stored stem cells are given back. It keeps myeloma away longer for many people. It is hard on the body, so not everyone can have it.",
    cautions: [
      {
        text: "Tandem ASCT may be considered for high-risk cytogenetics; EMN02 and StaMINA data conflict (UNVERIFIED in the reference).",
        // High-risk cytogenetics (IMS/IMWG 2025 criteria 1-3), as treatments.md 3c says it (review c16).
        when: { fact: "highRiskCytogenetics", is: true },
        citations: ["nccn-mm-2026"],
        evidence: "unverified",
      },
      // Review c10 M4: treatments.md 3c, MIDAS bullet (F). Evidence only: the card's strength is unchanged.
      {
        text: "MRD negative after Isa-KRd induction: in MIDAS (IFM 2020-02, NEJM 2025), after 6 cycles of Isa-KRd, MRD-negative patients gained nothing from ASCT (MRD negativity at 10^-6 before maintenance 86% vs 84% with 6 more cycles of Isa-KRd). Evidence for MRD-adapted consolidation; no label impact. A team decision.",
        when: {
          all: [
            { fact: "mrdNegative", is: true },
            { fact: "preAsctInduction", is: "Isa-KRd" },
          ],
        },
        citations: ["perrot-2025-nejm-midas"],
        evidence: "verified",
      },
      {
        text: "MRD negative after induction: MIDAS (IFM 2020-02, NEJM 2025) found no gain from ASCT in MRD-negative patients after 6 cycles of Isa-KRd (86% vs 84% MRD negativity at 10^-6); this induction was not Isa-KRd, so it is an extrapolation. No label impact. A team decision.",
        when: {
          all: [
            { fact: "mrdNegative", is: true },
            { fact: "preAsctInduction", in: ["D-VRd", "D-VTd", "VRd", "other"] },
          ],
        },
        citations: ["perrot-2025-nejm-midas"],
        evidence: "verified",
      },
      CARDIAC_FUNCTION_IMPAIRED,
      // Review c79-M2: age over 75, ECOG 2 or Charlson >= 2 named, not held (criteria-and-scores 8.3).
      AGE_OVER_75_TRANSPLANT,
      PERFORMANCE_OR_COMORBIDITY_TRANSPLANT,
      ...AL_ALSO_ASCT_CAUTIONS,
    ],
    citations: ["attal-2017-nejm", "cibmtr-renal-ahct", "perrot-2025-nejm-midas"],
    regulatory: { us: guidelineOnly(), eu: guidelineOnly() },
    evidence: "verified",
  },
  {
    // Review c63-M2: treatments.md 3c "Tandem ASCT: consider for high-risk cytogenetics (EMN02/StaMINA data
    // conflict)" U. It was said only as a caution on ndmm.te.asct, which goes once an autograft is recorded: after a
    // first transplant with no second in its line (a planned tandem is one line with two, criteria-and-scores.md
    // 9.1), before the consolidation, the second is named beside it. High-risk cytogenetics as that caution reads
    // it (IMS/IMWG 2025 criteria 1-3; review c16).
    id: TANDEM_ASCT,
    group: "newly-diagnosed",
    when: {
      all: [
        isMM,
        { fact: "phase", is: "post-transplant" },
        { fact: "priorAsct", is: true },
        { fact: "priorLines", lte: 1 },
        { fact: "autograftsInLine", lte: 1 },
        { fact: "consolidationGiven", is: false },
        { fact: "highRiskCytogenetics", is: true },
        { not: { fact: "progression", is: true } },
        // Review c65-W1: a tandem is planned with the first transplant and follows it within months; offered 2 years
        // on it is no tandem. The reference gives no window: 6 months is the project's reading (the months in which
        // the steps after a transplant begin; the maintenance-start reading of lines.ts uses the same 6 months).
        { fact: "monthsSinceAsct", lt: STEPS_AFTER_TRANSPLANT_MONTHS },
      ],
    },
    kind: "stem-cell-transplant",
    regimen: { code: "ASCT-Mel200", drugs: ["melphalan"] },
    title: "Planned second (tandem) autologous transplant for high-risk cytogenetics",
    strength: "consider",
    adjust: [...INTENSITY_HOLDS, ...AL_ALSO_ASCT_GATES],
    clinicianText:
      "Tandem ASCT (a second high-dose melphalan autograft planned with the first; counted as one line with it) may be considered for high-risk cytogenetics; EMN02 and StaMINA data conflict (UNVERIFIED in the reference). An alternative to weigh beside the consolidation the induction's protocol builds in; a team decision. Listed within 6 months of the first transplant only (the reference gives no window; the project's reading: a tandem follows the first within months).",
    patientText:
      "Your myeloma has high-risk changes. Some teams plan a second transplant after the first one. Studies do not agree on whether it helps more. Your team will talk with you about it.",
    cautions: [CARDIAC_FUNCTION_IMPAIRED, ...AL_ALSO_ASCT_CAUTIONS],
    citations: ["nccn-mm-2026"],
    regulatory: { us: guidelineOnly(), eu: guidelineOnly() },
    evidence: "unverified",
    evidenceNote: "The tandem ASCT row is UNVERIFIED in the reference (treatments.md 3c).",
  },
  {
    id: "ndmm.te.consolidation",
    group: "newly-diagnosed",
    // Review c31-W1: after an induction whose consolidation the reference does not give (DRd, D-VMP, Rd: the
    // card read "Extra treatment after the transplant, with daratumumab, bortezomib, melphalan and
    // prednisone"), no consolidation card: treatments.md 3c names it for D-VRd / D-VTd, and VRd's separately
    // (unproven, its caution). Before any induction it stays, the plan's step.
    when: {
      all: [
        tePlan,
        {
          any: [
            { fact: "preAsctInduction", known: false },
            { fact: "preAsctInduction", in: ["D-VRd", "D-VTd", "VRd"] },
          ],
        },
      ],
    },
    showWhenUnknown: true,
    kind: "consolidation",
    regimen: null,
    // Consolidation gives the induction's drugs again (2 cycles of D-VRd / D-VTd, treatments.md 3b-3c): during
    // the induction its drug rules apply to it too (review c19-3: grade 3 neuropathy on D-VRd left this card
    // without the bortezomib hold of treatments.md 7b).
    regimenFromCurrentLine: true,
    title: "Consolidation after ASCT (built into D-VRd / D-VTd)",
    strength: "consider",
    adjust: [...INTENSITY_HOLDS],
    clinicianText:
      "Consolidation is built into the D-VRd and D-VTd protocols (2 cycles after ASCT). The benefit of a separate VRd consolidation is unproven (StaMINA).",
    patientText:
      "After the transplant, you may get two more short rounds of the same drugs. This is part of the plan for some drug mixes.",
    cautions: [
      {
        text: "Separate VRd consolidation outside the D-VRd / D-VTd protocols: benefit unproven (StaMINA; UNVERIFIED in the reference).",
        citations: ["nccn-mm-2026"],
        evidence: "unverified",
      },
    ],
    citations: ["sonneveld-2024-nejm", "moreau-2019-lancet"],
    regulatory: { us: guidelineOnly(), eu: guidelineOnly() },
    evidence: "unverified",
    evidenceNote: "Only the D-VRd part is checked; the rest is UNVERIFIED in the reference.",
  },
  {
    id: "ndmm.te.consolidation.d-vrd",
    group: "newly-diagnosed",
    when: builtInConsolidationDue("D-VRd"),
    kind: "consolidation",
    regimen: { code: "D-VRd", drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"] },
    title: "Consolidation now: 2 cycles of D-VRd after the transplant (PERSEUS)",
    strength: "standard",
    // The same fitness caution as the induction it completes (issue 8 safety property: every
    // transplant-pathway regimen carries it when frail, ECOG >= 3 or age > 75).
    adjust: [...INTENSITY_HOLDS, consolidationLate("sonneveld-2024-nejm")],
    clinicianText:
      "The PERSEUS protocol after D-VRd induction and ASCT: 2 consolidation cycles of D-VRd (daratumumab SC 1800 mg + bortezomib + lenalidomide + dexamethasone), then maintenance. The FDA approval (2024-07-30) covers induction and consolidation; the D-R maintenance of the trial is not in the US label.",
    patientText:
      "After the transplant, you get two more short rounds of the same four drugs you had before it. This is part of the plan for this drug mix. After that, a daily pill may keep the myeloma away.",
    cautions: [
      {
        text: "Maintenance follows the 2 consolidation cycles; it does not replace them.",
        citations: ["sonneveld-2024-nejm"],
        evidence: "verified",
      },
    ],
    citations: ["sonneveld-2024-nejm"],
    regulatory: perseusRegulatory,
    evidence: "verified",
  },
  {
    id: "ndmm.te.consolidation.d-vtd",
    group: "newly-diagnosed",
    when: builtInConsolidationDue("D-VTd"),
    kind: "consolidation",
    regimen: { code: "D-VTd", drugs: ["daratumumab", "bortezomib", "thalidomide", "dexamethasone"] },
    title: "Consolidation now: 2 cycles of D-VTd after the transplant (CASSIOPEIA)",
    strength: "standard",
    // The same fitness caution as the induction it completes (issue 8 safety property: every
    // transplant-pathway regimen carries it when frail, ECOG >= 3 or age > 75).
    adjust: [...INTENSITY_HOLDS, consolidationLate("moreau-2019-lancet")],
    clinicianText:
      "The CASSIOPEIA protocol after D-VTd induction and ASCT: 2 consolidation cycles of D-VTd (daratumumab + bortezomib + thalidomide + dexamethasone), then maintenance (the reference checks the built-in consolidation for D-VRd; for D-VTd it is UNVERIFIED).",
    patientText:
      "After the transplant, you get two more short rounds of the same four drugs you had before it. This is part of the plan for this drug mix. One of the drugs can cause numb or tingling hands and feet.",
    cautions: [
      {
        text: "Maintenance follows the 2 consolidation cycles; it does not replace them.",
        citations: ["moreau-2019-lancet"],
        evidence: "verified",
      },
      thalidomideNeuropathy,
    ],
    citations: ["moreau-2019-lancet"],
    regulatory: cassiopeiaRegulatory,
    evidence: "unverified",
    evidenceNote:
      "The consolidation rule is checked for D-VRd only; for D-VTd it, and the EU approval date (2020-01), are UNVERIFIED in the reference.",
  },
  {
    id: "ndmm.tie.drd",
    group: "newly-diagnosed",
    when: tie,
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "DRd", drugs: ["daratumumab", "lenalidomide", "dexamethasone"] },
    title: "DRd until progression (MAIA)",
    strength: "standard",
    clinicianText:
      "Daratumumab + lenalidomide 25 mg days 1-21 + dexamethasone 40 mg weekly (20 mg if >75 years or BMI <18.5), until progression. MAIA: PFS benefit and later OS benefit. Doublet-backbone standard for frail/older patients; no neuropathy from a proteasome inhibitor.",
    patientText:
      "This is a mix of three drugs. It is given until it stops working. It does not cause the nerve damage some other drugs cause. It works well for older people.",
    cautions: [maiaLowBmiDexamethasone(null)],
    citations: ["facon-2019-nejm-maia"],
    regulatory: {
      us: approved("2019-06-27", "Day UNVERIFIED in the reference"),
      eu: approved("2019-11", "UNVERIFIED in the reference"),
    },
    evidence: "unverified",
    evidenceNote: "The approval dates are UNVERIFIED in the reference.",
  },
  {
    id: "ndmm.tie.isa-vrd",
    group: "newly-diagnosed",
    when: { all: [tie, { fact: "age", lte: 80 }, { not: { fact: "egfr", lt: 30 } }] },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "Isa-VRd", drugs: ["isatuximab", "bortezomib", "lenalidomide", "dexamethasone"] },
    title: "Isa-VRd then Isa-Rd (IMROZ), fit patients aged 80 or under",
    // Preferred only for a patient known fit (its adjustments: intermediate, frail, simplified-scale
    // frail, or fitness not scored).
    strength: "preferred",
    adjust: [
      {
        id: "frail",
        when: { fact: "frailtyGroup", is: "frail" },
        to: "consider",
        because:
          "IMROZ tested this quadruplet in fit patients; frail patients were not its population, and the reference lists DRd as the standard for frail or older patients",
        show: ["frailtyGroup"],
        citations: ["facon-2024-nejm-imroz", "facon-2019-nejm-maia"],
        evidence: "verified",
        weighs: "fitness",
      },
      {
        // treatments.md 4: Isa-VRd is the "quadruplet for fit TIE patients <=80" (row checked); DRd is
        // the doublet-backbone standard for frail/older patients.
        // Review c10 M6: ages 76-80 score 1 point on age alone, so "intermediate" there is the age that
        // IMROZ enrolled (<= 80), never a reason by itself (the engine's "never age alone"); at 75 or under
        // the point is a comorbidity, ADL or IADL item.
        id: "intermediate-fitness",
        when: {
          all: [
            { fact: "frailtyGroup", is: "intermediate" },
            { fact: "age", lte: 75 },
          ],
        },
        to: "consider",
        because:
          "IMWG intermediate fitness (a comorbidity, ADL or IADL point, not age): the reference gives Isa-VRd (IMROZ) as the quadruplet for fit transplant-ineligible patients aged 80 or under, and DRd as the doublet-backbone standard for frail or older patients. Not a first choice here",
        show: ["frailtyGroup", "age"],
        citations: ["facon-2024-nejm-imroz", "palumbo-2015-blood-frailty", "facon-2019-nejm-maia"],
        evidence: "verified",
        // Not "may be too strong" for the patient (review c22-11): the reason is IMROZ's population (fit
        // patients), and D-VRd, as strong, stays a first choice for the same patient. Its mark says so.
        weighs: "trial-fitness",
      },
      // criteria-and-scores 8.2: ECOG >= 2 scores 2 points, frail on the simplified scale, while the IMWG score
      // is fit, intermediate (review c73-M1: a 79-year-old with ECOG 3 was told "from age alone") or not
      // computable. Re-check c75-M1: a fitness hold, as for an IMWG-frail patient ("may be too strong"), no longer
      // "studied in fitter people" (review c22-11's reason, D-VRd a first choice beside it, no longer holds).
      ecog2OrMore(
        "simplified-frail",
        "Isa-VRd (IMROZ) is the quadruplet for fit patients. Not a first choice here",
        ["facon-2024-nejm-imroz"],
      ),
      // Missing is not normal: fitness not scored is not fit. Not 'consider' either (the patient may
      // be fit): standard until the score is complete (review c73-M2: D-VRd and full-dose VRd the same).
      fitnessNotKnown(
        "standard",
        "Isa-VRd (IMROZ) is the quadruplet for fit patients, so it is not preferred until fitness is scored",
        ["facon-2024-nejm-imroz", "palumbo-2015-blood-frailty"],
      ),
      AL_ALSO_STAGE_IIIB,
    ],
    clinicianText:
      "Isatuximab 10 mg/kg IV + VRd induction, then Isa-Rd continuous. IMROZ (n=446, age <=80, eGFR <30 excluded): PFS HR 0.60 (0.44-0.81); median PFS not reached vs 54.3 months. Quadruplet for fit transplant-ineligible patients <=80.",
    patientText:
      "This is a mix of four drugs for people who will not have a transplant. One is given into a vein. In a large study it kept myeloma away longer than three drugs. It was tested in people up to age 80.",
    cautions: [
      // Review c10 M6: treatments.md 4 (IMROZ age <= 80; IMWG frailty age 76-80 = 1 point). Review c73-M1: said
      // only with ECOG 0-1 (ECOG >= 2 is frail on the simplified scale: the simplified-frail adjustment speaks),
      // and with the ECOG not recorded it says so.
      {
        text: AGE_ALONE_INTERMEDIATE,
        when: { all: [INTERMEDIATE_FROM_AGE, { fact: "ecog", lte: 1 }] },
        show: ["frailtyGroup", "age", "ecog"],
        citations: ["facon-2024-nejm-imroz", "palumbo-2015-blood-frailty"],
        evidence: "verified",
      },
      {
        text: `${AGE_ALONE_INTERMEDIATE} ECOG performance status not recorded: the simplified frailty scale (Facon 2020) counts it (2 or more is frail on its own), so record it.`,
        when: { all: [INTERMEDIATE_FROM_AGE, { fact: "ecog", known: false }] },
        show: ["frailtyGroup", "age"],
        citations: ["facon-2024-nejm-imroz", "palumbo-2015-blood-frailty", "facon-2020-leukemia"],
        evidence: "verified",
      },
    ],
    citations: ["facon-2024-nejm-imroz"],
    regulatory: {
      us: approved("2024-09-20"),
      eu: approved("2025-01", "Reported 2025-01; day UNVERIFIED in the reference"),
    },
    // The reference's IMROZ row is verified (treatments.md 4, Ver. ✔); only the EU approval day is not, and
    // the regulatory status says so (review c14 finding 13).
    evidence: "verified",
  },
  {
    id: "ndmm.tie.d-vrd",
    group: "newly-diagnosed",
    when: { all: [ndmm, { fact: "transplantCandidate", in: ["no", "deferred"] }] },
    label: { us: transplantIneligible },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "D-VRd", drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"] },
    title: "D-VRd then D-Rd (CEPHEUS), transplant-ineligible or deferred",
    strength: "preferred",
    // Review c73-M2: not a first choice with fitness not known (standard). Re-check c75-M1: with ECOG >= 2,
    // "consider" as for an IMWG-frail patient (DRd first; treatments.md 4, criteria-and-scores 8.2).
    adjust: [drdForFrail, dvrdFitnessNotKnown, quadrupletEcog, AL_ALSO_STAGE_IIIB],
    clinicianText:
      "Daratumumab SC + VRd x 8 cycles, then D-Rd until progression. CEPHEUS (n=395, transplant-ineligible or deferred). Publication: MRD-negative CR or better 60.9% vs 39.4%, PFS HR 0.57. FDA label analysis: MRD negativity 52.3% vs 34.8%, PFS HR 0.60 (0.41-0.88). The numbers differ by analysis population.",
    patientText:
      "This is a mix of four drugs for people who will not have a transplant now. One is a shot under the skin. In a large study more people had no sign of myeloma left.",
    cautions: [COLLECTION_TRANSPLANT_DEFERRED, ECOG_NOT_RECORDED],
    citations: ["usmani-2025-nat-med"],
    regulatory: {
      us: approved(
        "2026-01-27",
        "Transplant-ineligible only; not established for patients who declined transplant",
      ),
      eu: approved("2025-04-07", "Regardless of transplant eligibility"),
    },
    evidence: "verified",
  },
  {
    id: "ndmm.tie.vrd-lite",
    group: "newly-diagnosed",
    when: {
      all: [
        tie,
        {
          any: [
            { fact: "frailtyGroup", in: ["intermediate", "frail"] },
            { fact: "age", gt: 75 },
          ],
        },
      ],
    },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "VRd-lite", drugs: ["bortezomib", "lenalidomide", "dexamethasone"] },
    title: "VRd-lite (weekly bortezomib) for older or intermediate-fit patients",
    strength: "consider",
    clinicianText:
      "Weekly bortezomib 1.3 mg/m2 SC (days 1, 8, 15, 22) + lenalidomide 15 mg days 1-21 + dexamethasone 20 mg (reduced for >75 years), 35-day cycles x 9, then consolidation (phase 2).",
    patientText:
      "This is a gentler form of a three-drug mix. The shot is given once a week. The doses are lower. It is meant for older people or people who tire easily.",
    cautions: [
      {
        // Review c89-M3: the lenalidomide kidney table said on this card is the labels' starting dose for full-dose
        // regimens (treatments.md 7a); VRd-lite's lenalidomide is 15 mg (treatments.md 4, row UNVERIFIED). The reference
        // gives no renal table for VRd-lite: reading the label's dose as a ceiling is the project's (UNVERIFIED).
        text: "VRd-lite's lenalidomide is 15 mg days 1-21: the labels' renal starting dose in the lenalidomide kidney caution is a ceiling, not a target, for VRd-lite (give the lower of the two; never raise VRd-lite's 15 mg to a table's 25 mg). The reference gives no renal table for VRd-lite: this reading is the tool's (UNVERIFIED).",
        citations: ["odonnell-2018-bjh", "myeloma-drug-labels"],
        evidence: "unverified",
      },
    ],
    citations: ["odonnell-2018-bjh"],
    regulatory: { us: offLabel("Off-label schedule"), eu: null },
    evidence: "unverified",
    evidenceNote: "The VRd-lite row is UNVERIFIED in the reference.",
  },
  {
    id: "ndmm.tie.d-vmp",
    group: "newly-diagnosed",
    when: tie,
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "D-VMP", drugs: ["daratumumab", "bortezomib", "melphalan", "prednisone"] },
    title: "D-VMP then daratumumab maintenance (ALCYONE)",
    strength: "consider",
    // Review c22-10: a quadruplet, like D-VRd: the reference's choices for frail or older patients are DRd and,
    // at reduced intensity, Rd, Vd or VRd-lite (treatments.md 4). Its strength stays "consider"; the finding
    // says why, and the patient's pages mark it as maybe too strong.
    // Re-check c75-M1: with ECOG >= 2 too (criteria-and-scores 8.2), as D-VRd.
    adjust: [drdForFrail, quadrupletEcog, AL_ALSO_STAGE_IIIB],
    clinicianText:
      "Daratumumab + bortezomib + melphalan + prednisone x 9 cycles, then daratumumab maintenance. ALCYONE: PFS and later OS benefit. Used where lenalidomide is unsuitable.",
    patientText:
      "This is a mix of four drugs. It is used when a common pill for myeloma is not a good fit for you.",
    cautions: [],
    citations: ["mateos-2018-nejm-alcyone"],
    regulatory: {
      us: approved("2018-05-07", "UNVERIFIED in the reference"),
      eu: approved("2018", "UNVERIFIED in the reference"),
    },
    evidence: "unverified",
    evidenceNote: "The D-VMP row is UNVERIFIED in the reference.",
  },
  {
    id: "ndmm.frail.rd",
    group: "newly-diagnosed",
    when: { all: [ndmm, frailOrOver80Unscored] },
    kind: "systemic-therapy",
    regimen: { code: "Rd", drugs: ["lenalidomide", "dexamethasone"] },
    title: "Rd doublet (dose-reduced) for frail patients",
    strength: "consider",
    clinicianText:
      "Rd or other dose-reduced doublets are options for frail patients (IMWG frailty score >=2). Regimen evidence: Rd was the comparator arm of MAIA (DRd gave longer PFS and later OS) and of SWOG S0777 (VRd gave longer PFS and OS), so Rd is the reduced-intensity choice when a triplet or DRd is not suitable.",
    patientText:
      "This is a simple mix of two pills. The doses can be lowered. It is meant for people who are frail.",
    cautions: [COLLECTION_TRANSPLANT_DEFERRED, UNSCORED_OVER_80],
    citations: ["palumbo-2015-blood-frailty", "facon-2019-nejm-maia", "durie-2017-lancet"],
    regulatory: { us: approved(null), eu: approved(null) },
    evidence: "unverified",
    evidenceNote:
      "The reference's verification column is empty (-) for the Rd / Vd / dose-reduced doublets row, so it counts as UNVERIFIED here.",
  },
  {
    id: "ndmm.frail.vd",
    group: "newly-diagnosed",
    when: { all: [ndmm, frailOrOver80Unscored] },
    kind: "systemic-therapy",
    regimen: { code: "Vd", drugs: ["bortezomib", "dexamethasone"] },
    title: "Vd doublet (dose-reduced) for frail patients",
    strength: "consider",
    clinicianText:
      "Vd or other dose-reduced doublets are options for frail patients (IMWG frailty score >=2); weekly SC bortezomib for older/frail patients is practice (UNVERIFIED). Regimen evidence: the reference gives no newly diagnosed trial of Vd; weekly bortezomib schedules come from VRd-lite (phase 2) and BOSTON (once-weekly bortezomib in XVd).",
    patientText:
      "This is a simple mix of a shot and a pill. The shot can be given once a week. It is meant for people who are frail.",
    cautions: [UNSCORED_OVER_80],
    citations: ["palumbo-2015-blood-frailty", "odonnell-2018-bjh", "grosicki-2020-lancet-boston"],
    regulatory: { us: approved(null), eu: approved(null) },
    evidence: "unverified",
    evidenceNote:
      "The reference's verification column is empty (-) for the Rd / Vd / dose-reduced doublets row, which names no trial, so it counts as UNVERIFIED here; weekly bortezomib is UNVERIFIED (practice).",
  },
  {
    id: "ndmm.high-risk.trial",
    group: "newly-diagnosed",
    when: { all: [ndmm, { fact: "cytogeneticHighRisk", is: true }] },
    kind: "clinical-trial",
    regimen: null,
    title: "Clinical trial for newly diagnosed high-risk myeloma",
    strength: "trial",
    clinicianText:
      "High-risk myeloma by the IMS/IMWG 2025 definition: a clinical trial is an option to discuss alongside standard induction. The reference lists trials for high-risk smoldering myeloma, high-risk plasmacytoma and relapsed disease; for newly diagnosed high-risk disease it marks tandem ASCT UNVERIFIED and reports MRD-adapted consolidation (MIDAS) without label impact.",
    patientText:
      "Your myeloma has features that make it harder to treat. A research study may be a choice for you, along with the usual treatment. Ask your team if one is open near you.",
    cautions: [],
    citations: ["avet-loiseau-2025-jco", "nccn-mm-2026"],
    regulatory: { us: null, eu: null },
    evidence: "unverified",
    evidenceNote:
      "The reference gives no trial row for newly diagnosed high-risk myeloma, so the entry counts as UNVERIFIED; offered as a trial to discuss, with no claim of benefit.",
  },
];

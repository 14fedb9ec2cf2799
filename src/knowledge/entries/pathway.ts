/** The pathway: the line being given (continue it, assess its response) and the steps of the plan ahead
 * that have no entry elsewhere (stem cell collection; continued therapy without a transplant).
 * treatments.md 3c, 4; criteria-and-scores.md 9.1. */
import type { CitationId } from "../../model/bibliography/index.js";
import { BORTEZOMIB_HOLD_ROWS, BORTEZOMIB_REDUCE_ROWS } from "../neuropathy.js";
import type { CautionDef, Condition, KnowledgeEntry, StrengthAdjustment } from "../types.js";
import {
  AL_ALSO_ASCT_CAUTIONS,
  AL_ALSO_ASCT_GATES,
  AL_CARDIAC_CAUTION,
  AL_D_VCD_OUTSIDE_INDICATION,
  AL_RESPONSE_GOAL,
} from "./al-amyloidosis.js";
import {
  approved,
  beforeTransplant,
  componentsApproved,
  IGG_NOT_SINCE_T_CELL_REDIRECTION,
  isMM,
  maiaLowBmiDexamethasone,
  notAntiCd38Refractory,
  onLineNoProgression,
  TALQUETAMAB_WITH_DARATUMUMAB_NOT_APPROVED,
  transplantEligible,
} from "./common.js";
import { AGE_OVER_75_TRANSPLANT, CARDIAC_FUNCTION_IMPAIRED, INTENSITY_HOLDS } from "./newly-diagnosed.js";

const none = { us: null, eu: null } as const;

export const CONTINUE_CURRENT_LINE = "pathway.continue-current-line";
export const OBSERVATION_AFTER_CAR_T = "pathway.observation-after-car-t";
/** The collection for a transplant kept for later (review c63-U1). */
export const DEFERRED_STEM_CELL_COLLECTION = "pathway.deferred.stem-cell-collection";
/** CEPHEUS's continuation (treatments.md 4), and its adjustment when fewer than its 8 D-VRd cycles are recorded
 * (review c63-W1): the plan and the handout read the finding. */
export const D_RD_AFTER_D_VRD = "pathway.no-asct.d-rd-after-d-vrd";
export const DVRD_CYCLES_REMAINING = `${D_RD_AFTER_D_VRD}.adjust.d-vrd-cycles-remaining`;

const noAsctYet: Condition = { not: { fact: "priorAsct", is: true } };
/** Review c65-M2: no stem cell collection is recorded since the first line began (situation stemCellsCollected). */
const notCollected: Condition = { not: { fact: "stemCellsCollected", is: true } };
/** Lenalidomide-containing induction for 12 weeks or more (treatments.md 3c: the US label collects stem cells after no
 * more than 4 cycles of it; review c52-m6: 4 cycles of 21 days, as VRd is given, end at 12 weeks), with nothing of a
 * transplant (a collection, an entry in the transplant phase) recorded in the line: the count of the collection cards,
 * read once here (the deferred card's caution, and the collection due on the transplant pathway below). */
const COLLECTION_WINDOW_PASSED: Condition = {
  all: [
    { fact: "lenalidomideWeeksBeforeAsct", gte: 12 },
    { fact: "transplantInLatestLine", is: false },
    notCollected,
  ],
};

/** Review c79-M1 (MISLEADING): a transplant candidate (recorded "yes"; "deferred" has its own collection card, with the
 * same count) on lenalidomide-containing induction past the label's collection window, no collection recorded: D-VRd at
 * week 24 read "continue (standard)", plan "now: induction", handout "keep going", the one word of it inside the
 * collection card. treatments.md 3c ("Stem cell collection: after <= 4 cycles of lenalidomide-containing therapy (US
 * label)", checked) and 3b (D-VRd, PERSEUS: "4 induction cycles -> ASCT", checked). Said as a warning alert
 * (drug-rules.ts), on the line being given, and on the plan's step now (its code "collection-due"); the strength of the
 * line being given is not changed: the reference gives no rule to stop the induction. */
export const COLLECTION_DUE_ALERT = "pathway.te.collection-due";
export const COLLECTION_DUE: Condition = {
  all: [
    isMM,
    // Re-check c81-m2: a transplant deferred too (the collection keeps the later transplant possible: c63-U1).
    { any: [transplantEligible, { fact: "transplantCandidate", is: "deferred" }] },
    // Said of a candidacy recorded, not of the "yes" answer assumed for a candidacy not recorded (the collection card,
    // marked "if a transplant candidate", keeps its own caution; the undecided-candidacy alert asks for the decision).
    { fact: "transplantCandidacyAssumed", is: false },
    { fact: "phase", is: "induction" },
    noAsctYet,
    // Not while a progression on the line is recorded, measured, or open between the IMWG wordings (the line's
    // continuation is then in question first: review c39-L2's adjustment on the line being given says so).
    { not: { fact: "progression", is: true } },
    { not: { fact: "pdOlderWordingOnLine", is: true } },
    COLLECTION_WINDOW_PASSED,
  ],
};
export const COLLECTION_DUE_TEXT =
  "Lenalidomide-containing induction for 12 weeks or more in a transplant candidate (or with the transplant deferred), and no stem cell collection recorded (4 cycles of 21 days, as VRd is given, end at 12 weeks; 4 cycles of 28 days at 16): the lenalidomide US label collects stem cells within 4 cycles of lenalidomide-containing therapy (treatments.md 3c), and PERSEUS gives D-VRd as 4 induction cycles before the transplant (3b). Plan mobilisation with the team; the reference gives no rule to stop the induction.";
export const COLLECTION_DUE_CITATIONS: readonly CitationId[] = [
  "myeloma-drug-labels",
  "sonneveld-2024-nejm",
  "durie-2020-bcj",
];
/** The same words on the line being given (review c79-M1), with the weeks counted. */
const COLLECTION_DUE_CAUTION: CautionDef = {
  text: COLLECTION_DUE_TEXT,
  when: COLLECTION_DUE,
  show: ["lenalidomideWeeksBeforeAsct"],
  citations: COLLECTION_DUE_CITATIONS,
  evidence: "verified",
};

/** Review c29-W6: the continuation that a first-line quadruplet without a transplant carries in its own row
 * (treatments.md 4): D-VRd x 8 then D-Rd (CEPHEUS), Isa-VRd then Isa-Rd (IMROZ), D-VMP x 9 then daratumumab
 * maintenance (ALCYONE). While that line is given, or after it ended without progression, with no transplant
 * (candidacy `candidacy`; not recorded, the option is shown naming transplant.candidate as missing). Once the
 * continuation is recorded (an entry in the maintenance phase) the line being given stands for it. */
/** No neuropathy that holds bortezomib (treatments.md 7b) is recorded: nothing recorded of it (re-check c66-W1: an
 * unknown grade is not a hold, and "not a hold" must not be unknown then), no pain and the grade not recorded, or
 * grade and pain outside the hold rows (review c65-U1). A neuropathy recorded present with no grade is read as a
 * hold row (review c74-U1). */
const BORTEZOMIB_NOT_HELD: Condition = {
  any: [
    {
      all: [
        { fact: "neuropathyGrade", known: false },
        {
          any: [
            { fact: "peripheralNeuropathy", known: false },
            { fact: "peripheralNeuropathy", is: false },
          ],
        },
        {
          any: [
            { fact: "neuropathyPainful", known: false },
            { fact: "neuropathyPainful", is: false },
          ],
        },
      ],
    },
    { not: BORTEZOMIB_HOLD_ROWS },
  ],
};

/** Review c89-M2 (MISLEADING): in week 1-7 of VRd, D-VRd or VRd-lite the handout's one "option to talk about" was the
 * continuation (continued lenalidomide, D-Rd), the clinician's option 2 at "standard". It is the plan's next step (the
 * plan names it); listed as an option from the induction's last planned cycle (treatments.md 4: VRd and D-VRd 8 cycles,
 * VRd-lite 9 cycles of 35 days; situation fact inductionBeforeLastCycle), and after the induction; never during VCd,
 * whose next step is the switch to a quadruplet (3b; review c89-W2). Where the reference gives no induction length
 * (Isa-VRd, D-VMP, KRd) the tool cannot tell early from late: listed as before. When a continuation is offered is the
 * project's reading (UNVERIFIED): the reference gives the sequence (criteria-and-scores.md 9.1: one planned line), not
 * when to discuss its next step. */
const NOT_BEFORE_LAST_CYCLE: Condition = {
  // Not known (no lines of therapy read) is not "before": the card is listed as before this review.
  any: [
    { fact: "inductionBeforeLastCycle", known: false },
    { fact: "inductionBeforeLastCycle", is: false },
  ],
};

const quadrupletContinuation = (lastLine: Condition, candidacy: readonly string[]): Condition => ({
  all: [
    isMM,
    { fact: "transplantCandidate", in: candidacy },
    { fact: "phase", in: ["induction", "line-finished"] },
    NOT_BEFORE_LAST_CYCLE,
    { fact: "priorLines", lte: 1 },
    noAsctYet,
    lastLine,
    { not: { fact: "progression", is: true } },
    notAntiCd38Refractory,
  ],
});
/** The same caution as continued lenalidomide's after a line that ended (review c13-2): the trials continue
 * without a break; the reference gives no rule for starting after time off therapy (UNVERIFIED reading). */
/** Review c69-M1: the first line was itself a regimen given until progression (treatments.md 4: DRd, MAIA; D-Rd after
 * D-VRd, CEPHEUS; Isa-Rd after Isa-VRd, IMROZ; Rd after VRd, S0777), ended without progression (by the patient's
 * choice, for toxicity, or no reason recorded): a continuation now restarts that regimen, it does not follow an
 * induction. The reference gives no rule for restarting after a stop: not a standard next step; the team decides (the
 * project's reading, UNVERIFIED). Read on every continuation of the first line (re-check c71-M1). */
const RESTART_AFTER_CONTINUOUS_STOPPED: StrengthAdjustment = {
  id: "after-continuous-regimen-stopped",
  when: {
    all: [
      { fact: "phase", is: "line-finished" },
      { fact: "lastLineContinuousStopped", is: true },
    ],
  },
  to: "consider",
  because:
    "The first line was itself given until progression (DRd, MAIA; D-VRd then D-Rd, CEPHEUS; Isa-VRd then Isa-Rd, IMROZ; VRd then Rd, SWOG S0777: treatments.md 4), and it ended without progression: this continuation now would restart it, not follow an induction. The clinical reference gives no rule for restarting after a stop (by the patient's choice, for toxicity or for a reason not recorded): decide with the team",
  show: ["monthsSinceLineEnded"],
  citations: ["facon-2019-nejm-maia", "durie-2017-lancet"],
  evidence: "unverified",
  weighs: "not-covered",
};

/** Re-check c72-W1/M1: the first line stopped (toxicity, the patient's choice, another reason or none recorded) before a
 * partial response was shown: a continuation would keep a response that is not shown (treatments.md 4: the
 * continuations follow their induction's response, CEPHEUS, IMROZ, S0777, MAIA). Not a standard next step: the
 * response assessment first, and the next first-line treatment (frailty-adapted where it applies, treatments.md 4, 7b)
 * decided with the team (the project's reading, UNVERIFIED). */
const STOPPED_BEFORE_RESPONSE: StrengthAdjustment = {
  id: "first-line-stopped-before-response",
  when: {
    all: [
      { fact: "phase", is: "line-finished" },
      { fact: "firstLineStoppedEarly", is: true },
    ],
  },
  to: "consider",
  because:
    "The first line stopped before a response was shown (no partial response recorded or graded on it): a continuation would keep a response that is not shown. Assess the response first (IMWG 2016), and choose the next first-line treatment with the team (frailty-adapted where it applies: treatments.md 4, 7b); the clinical reference gives no rule for this",
  show: ["monthsSinceLineEnded"],
  citations: ["kumar-2016-lancet-oncol", "durie-2017-lancet"],
  evidence: "unverified",
  weighs: "not-covered",
};

const continuationAfterLineEnded = (trial: string, citation: CitationId): CautionDef => ({
  text: `The first line has ended and its continuation is not recorded since: in ${trial} it follows without a break. The clinical reference gives no rule for starting it after time off therapy: decide with the team (this reading is the project's: UNVERIFIED).`,
  // Re-check c71-M1: not when the continuation itself was given and stopped (its own adjustment says why).
  when: {
    all: [{ fact: "phase", is: "line-finished" }, { not: { fact: "lastLineContinuousStopped", is: true } }],
  },
  show: ["monthsSinceLineEnded"],
  citations: [citation],
  evidence: "unverified",
});

export const PATHWAY_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: CONTINUE_CURRENT_LINE,
    group: "pathway",
    // A BCMA CAR-T is a single infusion (treatments.md 5b), followed up, not continued: the observation
    // entry below takes it (review c10-H1).
    when: {
      all: [
        { fact: "category", in: ["multiple-myeloma", "al-amyloidosis"] },
        onLineNoProgression,
        { not: { fact: "lastLineBcmaCarT", is: true } },
      ],
    },
    kind: "systemic-therapy",
    regimen: null,
    regimenFromCurrentLine: true,
    title: "Continue the line of therapy being given, and assess its response",
    strength: "standard",
    adjust: [
      {
        // Review c23-2 (UNSAFE): AL at Mayo 2004 stage IIIb (or NYHA IIIB/IV) on Dara-VCd was told "continue",
        // standard, while treatments.md 6 (D-VCd row, checked): "Not indicated for NYHA IIIB/IV or Mayo stage
        // IIIB outside trials (excluded from trial; cardiac warning)". The alert of the same name says it too.
        id: "al-d-vcd-outside-indication",
        when: AL_D_VCD_OUTSIDE_INDICATION,
        to: "consider",
        because:
          "AL amyloidosis at Mayo 2004 stage IIIb or NYHA IIIB/IV, on daratumumab with bortezomib and cyclophosphamide (D-VCd): the reference does not indicate D-VCd there outside trials (ANDROMEDA excluded these patients; cardiac warning). Not to be continued as a matter of course: review the regimen with the team (a clinical trial is the reference's option at this stage)",
        show: ["alMayo2004Stage", "nyhaClass"],
        citations: ["kastritis-2021-nejm-andromeda"],
        evidence: "verified",
      },
      {
        // Review c39-L2 (WRONG): a clear rise (0.4 -> 1.5 -> 1.8 g/dL on VRd) after a low value measured once
        // read "no progression" by the 2016 wording alone, and "continue" stayed standard with a transplant
        // next. criteria-and-scores.md 6.2 (a): the versions differ on the value PD is measured from.
        id: "possible-progression-versions-differ",
        when: { all: [isMM, { fact: "pdOlderWordingOnLine", is: true }] },
        to: "consider",
        because:
          "Possible progression on the line being given: by the IMWG 2006/2011 wording (from the lowest response value) the rise of the followed measure is progressive disease, confirmed by a second assessment; by the 2016 wording (from the lowest confirmed response value) it is not met, or awaits its repeat test, the low value not being confirmed. Not to be continued as a matter of course while this is open: review the trend with the team (the phase and the alert give the values); if the team reads it as progression, the line is finished and the options for relapsed disease apply",
        citations: ["rajkumar-2011-blood", "kumar-2016-lancet-oncol"],
        evidence: "secondary",
      },
      {
        // Review c88-M4 (MISLEADING): a light-chain escape on lenalidomide maintenance (involved kappa 18 -> 480 mg/L,
        // confirmed; serum M-protein stable at 0.2 g/dL) kept "continue" at standard beside the warning. As for the
        // versions differing above: not continued as a matter of course while the team has not read the rise
        // (criteria-and-scores.md 6.1: the FLC is not this disease's measure, so IMWG does not call it PD; 6.2 PD row:
        // the dFLC item's size). The team's reading recorded (progression, or progressedOn: false) ends it.
        id: "flc-rise-not-the-measure",
        when: { all: [isMM, { fact: "flcRiseOnLine", is: true }] },
        to: "consider",
        because:
          "The free light chain rose on the line being given by the size of the IMWG FLC progression criterion (> 10 mg/dL and >= 25% from the lowest value), confirmed; it is not read as progression because the FLC is not this disease's measure (IMWG 2016 follows the serum or urine M-protein measurable at baseline). A light-chain escape is possible: not to be continued as a matter of course until the team has reviewed the rise (24-h urine M-protein, marrow, imaging; the alert gives the values and the creatinine beside them). If the team reads it as progression, record it in the treatment history; if not, record the line as not progressed (progressedOn: false)",
        citations: ["kumar-2016-lancet-oncol"],
        evidence: "secondary",
      },
      {
        // Review c69-W1 (WRONG): AL with no partial response after 6 (or 3) cycles of Dara-CyBorD, the cycles recorded,
        // kept "continue" at standard. treatments.md 6 (Cautions in AL): "Change therapy if <PR after 2 cycles or
        // <VGPR after 4 (✔ Singapore consensus 2023)"; the grade reads the AL response criteria (Palladini 2012, U).
        id: "al-switch-rule-met",
        when: {
          all: [
            { fact: "category", is: "al-amyloidosis" },
            { fact: "alSwitchRuleMetOnCycles", is: true },
          ],
        },
        to: "consider",
        because:
          "AL amyloidosis: the reference's condition to change therapy (no partial response after 2 cycles, or no very good partial response after 4; Singapore consensus 2023) is met on the cycles recorded, by the haematologic response the alert gives. Not to be continued as a matter of course: discuss a change of therapy with the team",
        show: ["alLineCycles"],
        citations: ["smsg-2023-al-consensus", "palladini-2012-jco"],
        evidence: "unverified",
      },
      {
        // Review c78-W1 (WRONG): AL with a CR lost while daratumumab was still given kept "continue" at standard.
        // treatments.md 6: the AL response levels (Palladini 2012, U), no AL progression criteria and no AL relapse
        // regimen; change therapy when the response is below target (Singapore consensus 2023).
        id: "al-response-lost-on-line",
        when: {
          all: [
            { fact: "category", is: "al-amyloidosis" },
            { fact: "alResponseLost", is: true },
          ],
        },
        to: "consider",
        because:
          "AL amyloidosis: the light chain is rising on the line being given: the CR or VGPR reached on it is no longer met on the two latest free light chain values (the project's reading, UNVERIFIED: the reference gives no AL haematologic progression criteria, and lists no AL relapse regimen). Not to be continued as a matter of course: assess relapse and organ status now, and decide the treatment with the team (treatments.md 6: change therapy when the response is below target)",
        show: ["alLightChainRise"],
        citations: ["palladini-2012-jco", "smsg-2023-al-consensus"],
        evidence: "unverified",
        weighs: "not-covered",
      },
    ],
    clinicianText:
      "Continue the regimen being given to its planned end, or until progression or intolerance, as its protocol sets. While it is given it is the current line, not a prior line (Rajkumar 2015): regimens for relapse do not apply. A new line starts only when a drug is added or substituted without plan, or the regimen is stopped and another started. Assess the response at the assessments the regimen schedules (the clinical reference gives no fixed interval): in myeloma by the IMWG 2016 criteria (serum and urine M-protein, serum free light chains; marrow and imaging to confirm a complete response).",
    patientText:
      "The usual choice is to go on with the treatment you have now. Your team checks your blood and urine to see how well it works. They may lower or pause a drug if side effects are hard. A new treatment is needed if the myeloma grows, or if side effects stay too hard.",
    cautions: [
      AL_CARDIAC_CAUTION,
      {
        // Review c18 (M4): the IMWG 2016 myeloma criteria of the text above are not AL's (treatments.md 6,
        // "Cautions in AL": the haematologic response and its switch rule).
        text: `AL amyloidosis: the IMWG 2016 myeloma criteria do not apply; assess the haematologic response. ${AL_RESPONSE_GOAL}`,
        when: { fact: "category", is: "al-amyloidosis" },
        citations: ["palladini-2012-jco", "smsg-2023-al-consensus"],
        evidence: "unverified",
      },
      {
        // treatments.md 3b, VCd/CyBorD row (verified, IMWG renal [19]): given for kidney injury or cast
        // nephropathy at presentation, or while awaiting FISH; the rule of the row applies while it is given
        // (review c14-8: it was said only on the untreated VCd option). Myeloma only: Dara-VCd is AL's regimen.
        text: "VCd (bortezomib, cyclophosphamide, dexamethasone, with or without daratumumab) for myeloma: switch to a quadruplet (e.g. D-VRd with renal-adjusted lenalidomide) once renal function is known (IMWG renal)",
        when: {
          all: [
            { fact: "category", is: "multiple-myeloma" },
            { fact: "onVcd", is: true },
            { fact: "priorLines", is: 0 },
          ],
        },
        citations: ["dimopoulos-2016-jco-renal"],
        evidence: "verified",
      },
      // Review c73-m1: DRd as the first line (MAIA) with a BMI below 18.5: its dexamethasone is 20 mg weekly.
      maiaLowBmiDexamethasone({ fact: "onMaiaDrd", is: true }),
      // Review c79-M1 (treatments.md 3b, 3c): the stem cell collection due on the transplant pathway.
      COLLECTION_DUE_CAUTION,
      {
        // Review c73-m2: Tal-DP (talquetamab, daratumumab, pomalidomide, dexamethasone) being given read "Continue ...
        // standard" with no regulatory word. treatments.md 5c (MonumenTAL-3, Tal-DP/Tal-D vs DPd: "not yet approved for
        // that use") and 9 (2026-06: "MonumenTAL-3 (talquetamab combos) published, not approved"). The alert of the
        // same name says it too; the strength is not changed (the reference gives no rule for a line already given).
        text: TALQUETAMAB_WITH_DARATUMUMAB_NOT_APPROVED,
        when: { fact: "onTalquetamabWithDaratumumab", is: true },
        citations: ["monumental3-2026-nejm"],
        evidence: "verified",
      },
      {
        // Review c65-M2: the deferred collection's card ends once the first line's continuation is given; with no
        // collection recorded, the label rule of treatments.md 3c is still said once, on the line being given (words
        // only: the reference says nothing of collecting later).
        text: "Transplant deferred, the first line's continuation is being given after lenalidomide-containing therapy, and no stem cell collection is recorded: the lenalidomide US label collects stem cells after no more than 4 cycles of lenalidomide-containing therapy. If stem cells were collected, record the collection (an entry in the transplant phase).",
        when: {
          all: [
            { fact: "category", is: "multiple-myeloma" },
            { fact: "transplantCandidate", is: "deferred" },
            { fact: "phase", is: "maintenance" },
            { fact: "currentLine", is: 1 },
            noAsctYet,
            { fact: "lenalidomideExposed", is: true },
            { fact: "stemCellsCollected", is: false },
          ],
        },
        citations: ["myeloma-drug-labels"],
        evidence: "verified",
      },
      {
        // treatments.md 5d ("After BCMA therapy"): the line being given is a BCMA bispecific after an
        // earlier BCMA-directed therapy (review c9a): the lower response is said where the line goes on.
        text: "On a BCMA bispecific after prior BCMA-directed therapy: BCMA bispecifics have lower response rates after it (33% in MagnetisMM-3 cohort B, elranatamab); talquetamab (GPRC5D target) is active after BCMA T-cell redirection. Assess the response at the regimen's scheduled assessments",
        when: {
          all: [
            { fact: "onBcmaBispecific", is: true },
            { fact: "bcmaBeforeCurrentLine", is: true },
          ],
        },
        show: ["bcmaAgentsBefore"],
        citations: ["lesokhin-2023-nat-med", "chari-2022-nejm"],
        evidence: "verified",
      },
      // Review c67-W1: the IgG of the hypogammaglobulinaemia co-order, not recorded since the bispecific (or the CAR-T).
      IGG_NOT_SINCE_T_CELL_REDIRECTION,
      {
        // treatments.md 3d (review c9-F9): D-R maintenance after D-VRd (PERSEUS), daratumumab stopped
        // after >= 24 months if MRD negativity is sustained for >= 12 months; criteria-and-scores.md 6.3
        // (sustained MRD-negative: confirmed >= 1 year apart; MRD categories apply only in CR or sCR).
        text: "Daratumumab-lenalidomide maintenance for 24 months or more (PERSEUS stop rule): in PERSEUS, daratumumab was stopped after >= 24 months of D-R maintenance in patients with MRD negativity sustained for >= 12 months. To apply it: a CR or sCR (MRD categories apply only in CR), and MRD-negative marrow results >= 12 months apart with no positive result between (IMWG sustained MRD-negativity also asks for imaging MRD-negativity; NGF or NGS, sensitivity at least 1 in 10^5). Record each MRD result with its date, method and sensitivity (series.mrd). The maintenance portion of PERSEUS is not in the FDA label",
        when: { fact: "daraLenMaintenanceMonths", gte: 24 },
        show: ["daraLenMaintenanceMonths", "mrdNegativeSustained"],
        citations: ["sonneveld-2024-nejm", "kumar-2016-lancet-oncol"],
        evidence: "secondary",
      },
    ],
    citations: ["rajkumar-2015-blood-lines", "kumar-2016-lancet-oncol"],
    regulatory: none,
    evidence: "verified",
  },
  {
    id: "pathway.te.stem-cell-collection",
    group: "pathway",
    // Review c65-M2: not once a collection is recorded (its job is done; the plan marks its step done).
    when: { all: [isMM, transplantEligible, beforeTransplant, noAsctYet, notCollected] },
    showWhenUnknown: true,
    kind: "stem-cell-transplant",
    regimen: null,
    title: "Stem cell collection after induction, before the transplant",
    strength: "if-eligible",
    // Review c49-M2: the collection is for the transplant: the AL gates that hold the transplant hold it too.
    adjust: [...INTENSITY_HOLDS, ...AL_ALSO_ASCT_GATES],
    clinicianText:
      "Collect stem cells for the transplant after induction: after no more than 4 cycles of lenalidomide-containing therapy (lenalidomide US label). Transplant candidacy is a clinician decision weighing fitness, performance status, comorbidity and organ function.",
    patientText:
      "Before a transplant, some of your own blood stem cells are collected and stored. This is done after a few rounds of your first treatment.",
    cautions: [
      // Review c10 M4: treatments.md 3c ("after <= 4 cycles of lenalidomide-containing therapy", US label).
      // Review c50-m1: due once the 4th cycle is over, not a week later. Review c52-m6: 16 weeks are 4 cycles of 28
      // days, but VRd is given in 21-day cycles (SWOG S0777, durie-2020-bcj: not in the reference, looked up), whose
      // 4th ends at 12 weeks: the caution shows from then (3 cycles of 28 days, still within the label's 4).
      {
        text: "Lenalidomide-containing induction recorded for 12 weeks or more with no transplant yet (4 cycles of 21 days, as VRd is given, end at 12 weeks; 4 cycles of 28 days at 16): the lenalidomide US label collects stem cells within 4 cycles; if they are not collected yet, plan mobilisation with the team.",
        when: { fact: "lenalidomideWeeksBeforeAsct", gte: 12 },
        show: ["lenalidomideWeeksBeforeAsct"],
        citations: ["myeloma-drug-labels", "durie-2020-bcj"],
        evidence: "verified",
      },
      // Review c79-M2: age over 75 named, not held (criteria-and-scores 8.3).
      AGE_OVER_75_TRANSPLANT,
      // Review c63-U2: the AL soft gates that hold the transplant hold the collection for it too.
      ...AL_ALSO_ASCT_CAUTIONS,
    ],
    citations: ["myeloma-drug-labels"],
    regulatory: none,
    evidence: "verified",
  },
  {
    // Review c63-U1 (UNSAFE): with the transplant deferred (kept for later, e.g. at first relapse) no collection
    // appeared anywhere. treatments.md 3c: "Stem cell collection: after <= 4 cycles of lenalidomide-containing
    // therapy (US label)" (checked); 4: CEPHEUS (D-VRd) enrolled transplant-ineligible or transplant-deferred
    // patients; 3b: KRd with no immediate ASCT (ENDURANCE). The reference does not say that a deferred transplant
    // must be done: collecting and storing stem cells "for a later transplant" is this project's reading of the
    // <= 4-cycle label rule for a patient who keeps transplant as an option (the words say so). Shown from
    // diagnosis to the end of the first line's induction (never once its continuation is given, nor after a
    // collection recorded, an entry of phase "transplant", in a line that has ended); no transplant is offered.
    id: DEFERRED_STEM_CELL_COLLECTION,
    group: "pathway",
    when: {
      all: [
        isMM,
        // Recorded "deferred": candidacy not recorded is not unknown here (its own collection step, before a
        // transplant now, is shown then, naming it).
        { fact: "transplantCandidate", known: true },
        { fact: "transplantCandidate", is: "deferred" },
        { fact: "phase", in: ["untreated", "induction", "transplant", "line-finished"] },
        { fact: "priorLines", lte: 1 },
        noAsctYet,
        { not: { fact: "progression", is: true } },
        {
          not: {
            all: [
              { fact: "phase", is: "line-finished" },
              { fact: "transplantInLatestLine", is: true },
            ],
          },
        },
        // Review c65-M2: not once a collection is recorded (its job is done; the plan marks its step done).
        notCollected,
      ],
    },
    showWhenUnknown: true,
    kind: "stem-cell-transplant",
    regimen: null,
    title: "Stem cell collection and storage for a later transplant (transplant deferred)",
    strength: "if-eligible",
    // As the collection before a transplant now: held for fitness, and on the AL gates when AL is met beside it.
    adjust: [...INTENSITY_HOLDS, ...AL_ALSO_ASCT_GATES],
    clinicianText:
      "Transplant deferred (kept for later, e.g. at first relapse): collect stem cells and store them for a later transplant after no more than 4 cycles of lenalidomide-containing therapy (lenalidomide US label). The reference lists D-VRd (CEPHEUS) for transplant-ineligible or transplant-deferred patients and KRd with no immediate ASCT (ENDURANCE). It does not say that a deferred transplant must be done: collecting for a later one is this tool's reading of the label rule for a patient who keeps transplant as an option. Transplant candidacy is a clinician decision weighing fitness, performance status, comorbidity and organ function.",
    patientText:
      "Your transplant is kept for later. Some of your own blood stem cells may be collected and frozen now. This is done after a few rounds of your first treatment. Then a transplant can still be done later.",
    cautions: [
      // Re-check c65-m3: heart failure recorded, said on the collection for a later transplant as on the transplant
      // card (criteria-and-scores.md 8.3: eligibility weighs organ function; no cardiac cut-off, so no hold).
      CARDIAC_FUNCTION_IMPAIRED,
      // Review c79-M2: age over 75 named, not held (criteria-and-scores 8.3).
      AGE_OVER_75_TRANSPLANT,
      // As the collection before a transplant now (review c52-m6: 4 cycles of 21 days end at 12 weeks), and only
      // while nothing of a transplant (a collection entry of phase "transplant") is recorded in the line.
      {
        text: "Transplant deferred, lenalidomide-containing induction recorded for 12 weeks or more, and no stem cell collection is recorded in this line (4 cycles of 21 days, as VRd is given, end at 12 weeks; 4 cycles of 28 days at 16): the lenalidomide US label collects stem cells within 4 cycles; to keep a later transplant possible, plan mobilisation with the team if they are not collected yet.",
        when: COLLECTION_WINDOW_PASSED,
        show: ["lenalidomideWeeksBeforeAsct"],
        citations: ["myeloma-drug-labels", "durie-2020-bcj"],
        evidence: "verified",
      },
    ],
    citations: ["myeloma-drug-labels", "usmani-2025-nat-med", "kumar-2020-lancet-oncol"],
    regulatory: none,
    evidence: "verified",
  },
  {
    id: "pathway.no-asct.continued-lenalidomide",
    group: "pathway",
    when: {
      all: [
        isMM,
        { fact: "transplantCandidate", in: ["no", "deferred"] },
        { fact: "phase", in: ["untreated", "induction", "line-finished"] },
        // Review c89-M2: not in the induction's first cycles (the plan's next step then).
        NOT_BEFORE_LAST_CYCLE,
        { fact: "priorLines", lte: 1 },
        noAsctYet,
        { not: { fact: "progression", is: true } },
        { not: { fact: "lenalidomideRefractory", is: true } },
        { not: { fact: "onAntiCd38", is: true } },
        // Review c14 finding 14: on Rd now, continued lenalidomide is the line being given (its own card).
        { not: { fact: "onRdOnly", is: true } },
      ],
    },
    showWhenUnknown: true,
    kind: "maintenance",
    regimen: { code: "Rd", drugs: ["lenalidomide", "dexamethasone"] },
    title: "Continued lenalidomide after induction without a transplant",
    strength: "standard",
    // Review c31-M3: at "consider" beside Isa-Rd (Isa-VRd, transplant deferred) it was listed first, by id.
    listAfterPeers: true,
    adjust: [
      // Review c13-11: after a finished first line of D-VMP (ALCYONE: D-VMP x 9, then daratumumab maintenance;
      // "used where lenalidomide is unsuitable", treatments.md 4) lenalidomide continuation is not that
      // pathway. The reference does not say what follows a D-VMP line that ended without daratumumab
      // maintenance: not a first choice; the team decides (UNVERIFIED reading).
      {
        id: "after-d-vmp",
        when: {
          all: [
            { fact: "phase", is: "line-finished" },
            { fact: "lastLineDvmp", is: true },
          ],
        },
        to: "consider",
        because:
          "The first line was D-VMP, which the reference lists where lenalidomide is unsuitable and continues with daratumumab maintenance (ALCYONE), not lenalidomide: not a first choice here; the reference does not say what follows a D-VMP line that ended without daratumumab maintenance: decide with the team",
        citations: ["mateos-2018-nejm-alcyone"],
        evidence: "unverified",
        weighs: "not-covered",
      },
      // Review c31-W2: after a first line without lenalidomide (VMP, Vd), "continued" lenalidomide continues
      // nothing: the continuations of treatments.md 4 each go on with drugs of their induction. D-VMP has its
      // own adjustment above (and its own continuation).
      {
        id: "after-lenalidomide-free-induction",
        when: {
          all: [
            { fact: "treated", is: true },
            { fact: "lenalidomideExposed", is: false },
            { not: { fact: "lastLineDvmp", is: true } },
          ],
        },
        to: "consider",
        because:
          "The first line has no lenalidomide: the continuations the reference gives go on with drugs of their induction (VRd then Rd, SWOG S0777; D-VRd then D-Rd; Isa-VRd then Isa-Rd; D-VMP then daratumumab; treatments.md 4). Starting lenalidomide after a lenalidomide-free induction is not among them: not covered by the reference, decide with the team",
        citations: ["durie-2017-lancet"],
        evidence: "unverified",
        weighs: "not-covered",
      },
      // Review c30-M1: after D-VRd or Isa-VRd the trial's continuation keeps the antibody (D-Rd, CEPHEUS;
      // Isa-Rd, IMROZ: their own options, treatments.md 4); lenalidomide alone is not it, and is listed after.
      {
        id: "after-anti-cd38-quadruplet",
        when: {
          any: [
            { fact: "lastLineDvrd", is: true },
            { fact: "lastLineIsaVrd", is: true },
          ],
        },
        to: "consider",
        because:
          "The first line was an anti-CD38 quadruplet, whose trial continues with the antibody (D-VRd then D-Rd, CEPHEUS; Isa-VRd then Isa-Rd, IMROZ: their own options): lenalidomide alone is not that continuation, an alternative to decide with the team",
        citations: ["usmani-2025-nat-med", "facon-2024-nejm-imroz"],
        evidence: "verified",
      },
      RESTART_AFTER_CONTINUOUS_STOPPED,
      STOPPED_BEFORE_RESPONSE,
    ],
    clinicianText:
      "Without a transplant, first-line therapy goes on after induction: VRd for 8 cycles, then lenalidomide-dexamethasone (Rd) (SWOG S0777); after VRd without ASCT, lenalidomide maintenance until progression (DETERMINATION). Anti-CD38 regimens carry their own continuation: DRd until progression (MAIA), D-VRd for 8 cycles then D-Rd (CEPHEUS), Isa-VRd then Isa-Rd (IMROZ).",
    patientText:
      "If you do not have a transplant, your first treatment may go on in a lighter form. You take a pill each day for a long time. This can keep the myeloma away longer.",
    cautions: [
      // Review c13-2: a first line finished (VRd x8, say) with nothing given since, perhaps long ago. The
      // trials continue therapy straight after induction; the reference has no rule for starting it after
      // time off therapy, so none is invented: the months are shown and the team decides.
      {
        text: "The first line has ended and no continued therapy is recorded since: in the trials it follows induction without a break (SWOG S0777: VRd for 8 cycles, then Rd; DETERMINATION: lenalidomide maintenance after VRd). The clinical reference gives no rule for starting it after time off therapy: decide with the team (this reading is the project's: UNVERIFIED).",
        // Review c69-M1: not after a first line that was itself continued therapy (its own adjustment says why).
        when: {
          all: [
            { fact: "phase", is: "line-finished" },
            { not: { fact: "lastLineContinuousStopped", is: true } },
          ],
        },
        show: ["monthsSinceLineEnded"],
        citations: ["durie-2017-lancet", "attal-2017-nejm"],
        evidence: "unverified",
      },
    ],
    citations: ["durie-2017-lancet", "attal-2017-nejm"],
    regulatory: { us: componentsApproved, eu: componentsApproved },
    evidence: "verified",
    evidenceNote: "Design checked; the citation details are UNVERIFIED in the reference.",
  },
  {
    id: D_RD_AFTER_D_VRD,
    group: "pathway",
    when: {
      all: [
        quadrupletContinuation({ fact: "lastLineDvrd", is: true }, ["no", "deferred"]),
        { not: { fact: "lenalidomideRefractory", is: true } },
        // While D-Rd is given it is the line itself (pathway.continue-current-line), not a step to talk about.
        { not: { fact: "continuationRunning", is: "d-rd" } },
      ],
    },
    showWhenUnknown: true,
    kind: "maintenance",
    regimen: { code: "D-Rd", drugs: ["daratumumab", "lenalidomide", "dexamethasone"] },
    title: "D-Rd until progression after 8 cycles of D-VRd, without a transplant (CEPHEUS)",
    strength: "standard",
    adjust: [
      RESTART_AFTER_CONTINUOUS_STOPPED,
      STOPPED_BEFORE_RESPONSE,
      {
        // Review c63-W1 (WRONG): after 4 cycles of D-VRd (a transplant induction, the transplant then deferred or
        // declined) D-Rd was offered straight away as standard. treatments.md 4, CEPHEUS: "Dara SC + VRd x 8 cycles
        // -> D-Rd until progression". The dates are counted in cycles of 21 days (engine/consolidation.ts: the
        // reference's VRd cycle, and CEPHEUS's; a cycle counts from its day 11): fewer than 8 by that count is fewer
        // than 8 by any cycle of 21 days or more. While the D-VRd is being given the line goes on to its end: not held then.
        id: "d-vrd-cycles-remaining",
        // Review c65-U1 (UNSAFE): not after a D-VRd stopped for toxicity, nor with a neuropathy that holds bortezomib
        // (grade 3 or more, or grade 2 with pain: treatments.md 7b): the remaining cycles would restart bortezomib.
        when: {
          all: [
            { fact: "phase", is: "line-finished" },
            { fact: "dvrdCyclesOf21Days", lt: 8 },
            { not: { fact: "dvrdStoppedForToxicity", is: true } },
            BORTEZOMIB_NOT_HELD,
          ],
        },
        to: "consider",
        because:
          "Fewer than the 8 cycles of D-VRd that CEPHEUS gives before D-Rd are recorded (the entries' cycles as recorded, else their dates counted as cycles of 21 days, CEPHEUS's cycle; with 28-day cycles, as in PERSEUS's induction, fewer still), and the line was not stopped for toxicity: complete the remaining D-VRd cycles first, then D-Rd; decide with the team",
        show: ["dvrdCyclesOf21Days", "dvrdCyclesRecorded", "monthsSinceLineEnded"],
        citations: ["usmani-2025-nat-med"],
        evidence: "verified",
      },
    ],
    clinicianText:
      "CEPHEUS (transplant-ineligible or transplant deferred): daratumumab SC + VRd for 8 cycles, then D-Rd (daratumumab, lenalidomide, dexamethasone) until progression: the continuation of the same first line, not a new line.",
    patientText:
      "If you do not have a transplant, three of your four drugs go on after 8 rounds: a shot under the skin and two kinds of pills. You keep taking them until they stop working.",
    cautions: [
      continuationAfterLineEnded("CEPHEUS", "usmani-2025-nat-med"),
      {
        // Re-check c66-M1: the remaining cycles with a neuropathy of the dose-reduction rows (treatments.md 7b).
        text: "Neuropathy grade 1 with pain or grade 2 without: if the remaining D-VRd cycles are given, bortezomib at 1.0 mg/m2 or weekly (US PI, treatments.md 7b); SC is preferred (less neuropathy)",
        when: {
          all: [
            { fact: "phase", is: "line-finished" },
            { fact: "dvrdCyclesOf21Days", lt: 8 },
            BORTEZOMIB_REDUCE_ROWS,
          ],
        },
        show: ["neuropathyGrade", "neuropathyPainful"],
        citations: ["myeloma-drug-labels", "usmani-2025-nat-med"],
        evidence: "verified",
      },
      {
        // Review c63-W1: a D-VRd entry with no end in a line that is not given now: the cycles are not counted.
        text: "An entry of the first line's D-VRd has no end date: the D-VRd cycles given cannot be counted (CEPHEUS gives 8 before D-Rd); record its end (treatmentHistory.end)",
        when: {
          all: [
            { fact: "phase", is: "line-finished" },
            { fact: "dvrdCyclesOf21Days", known: false },
          ],
        },
        show: ["dvrdCyclesOf21Days"],
        citations: ["usmani-2025-nat-med"],
        evidence: "verified",
      },
    ],
    citations: ["usmani-2025-nat-med"],
    regulatory: {
      us: approved("2026-01-27", "As part of D-VRd; transplant-ineligible only"),
      eu: approved("2025-04-07", "As part of D-VRd"),
    },
    evidence: "verified",
  },
  {
    id: "pathway.no-asct.isa-rd-after-isa-vrd",
    group: "pathway",
    when: {
      all: [
        // Review c30-M1: "deferred" too (an empty continuation step on Isa-VRd otherwise), held back below.
        quadrupletContinuation({ fact: "lastLineIsaVrd", is: true }, ["no", "deferred"]),
        { not: { fact: "lenalidomideRefractory", is: true } },
        // While Isa-Rd is given it is the line itself (pathway.continue-current-line).
        { not: { fact: "continuationRunning", is: "isa-rd" } },
      ],
    },
    showWhenUnknown: true,
    kind: "maintenance",
    regimen: { code: "Isa-Rd", drugs: ["isatuximab", "lenalidomide", "dexamethasone"] },
    title: "Isa-Rd continuous after Isa-VRd, without a transplant (IMROZ)",
    strength: "standard",
    adjust: [
      RESTART_AFTER_CONTINUOUS_STOPPED,
      STOPPED_BEFORE_RESPONSE,
      // IMROZ enrolled transplant-ineligible patients only (treatments.md 4, unlike CEPHEUS: "TIE or
      // transplant-deferred"): with the transplant deferred, the continuation is outside its population.
      {
        id: "transplant-deferred",
        when: { fact: "transplantCandidate", is: "deferred" },
        to: "consider",
        because:
          "Transplant deferred: IMROZ enrolled transplant-ineligible patients only (CEPHEUS, D-VRd then D-Rd, also enrolled patients whose transplant was deferred), so this continuation is outside its trial population: decide with the team",
        citations: ["facon-2024-nejm-imroz", "usmani-2025-nat-med"],
        evidence: "verified",
      },
    ],
    clinicianText:
      "IMROZ (transplant-ineligible, aged 80 or under): isatuximab 10 mg/kg IV + VRd induction, then Isa-Rd (isatuximab, lenalidomide, dexamethasone) continuously: the continuation of the same first line, not a new line.",
    patientText:
      "If you do not have a transplant, three of your four drugs go on after the first part: a drip into a vein and two kinds of pills. You keep taking them for a long time.",
    cautions: [continuationAfterLineEnded("IMROZ", "facon-2024-nejm-imroz")],
    citations: ["facon-2024-nejm-imroz"],
    regulatory: {
      us: approved("2024-09-20", "As part of Isa-VRd"),
      eu: approved(null, "As part of Isa-VRd; approval reported 2025-01, day UNVERIFIED in the reference"),
    },
    evidence: "verified",
  },
  {
    id: "pathway.no-asct.daratumumab-after-d-vmp",
    group: "pathway",
    when: {
      all: [
        quadrupletContinuation({ fact: "lastLineDvmp", is: true }, ["no", "deferred"]),
        // While daratumumab alone is given it is the line itself (pathway.continue-current-line).
        { not: { fact: "continuationRunning", is: "daratumumab" } },
      ],
    },
    showWhenUnknown: true,
    kind: "maintenance",
    regimen: { code: "D", drugs: ["daratumumab"] },
    title: "Daratumumab maintenance after 9 cycles of D-VMP (ALCYONE)",
    strength: "standard",
    clinicianText:
      "ALCYONE: daratumumab + bortezomib + melphalan + prednisone for 9 cycles, then daratumumab maintenance: the continuation of the same first line, not a new line. D-VMP is used where lenalidomide is unsuitable.",
    patientText:
      "After 9 rounds of your four drugs, one of them goes on by itself. It is a shot under the skin. It helps keep the myeloma down.",
    cautions: [continuationAfterLineEnded("ALCYONE", "mateos-2018-nejm-alcyone")],
    citations: ["mateos-2018-nejm-alcyone"],
    regulatory: {
      us: approved("2018-05-07", "As part of D-VMP; UNVERIFIED in the reference"),
      eu: approved("2018", "As part of D-VMP; UNVERIFIED in the reference"),
    },
    evidence: "unverified",
    evidenceNote: "The D-VMP row is UNVERIFIED in the reference.",
  },
  {
    id: OBSERVATION_AFTER_CAR_T,
    group: "pathway",
    // The latest line was a BCMA CAR T, finished without progression: nothing is given now, and the
    // patient is watched. The reference has no row on maintenance after CAR-T (treatments.md 5b); the
    // pivotal trial gave a single infusion (CARTITUDE-4); the reference's class row asks for lifelong
    // monitoring for new malignancy ([46]); the response is followed by the IMWG 2016 criteria, at
    // intervals the reference does not give.
    // Also while the infusion's entry has no end date (the line reads as being given): a single infusion
    // is no line to continue (review c10-H1).
    when: {
      all: [
        isMM,
        { fact: "lastLineBcmaCarT", is: true },
        {
          any: [
            {
              all: [
                { fact: "phase", is: "line-finished" },
                { fact: "progression", is: false },
              ],
            },
            onLineNoProgression,
          ],
        },
      ],
    },
    kind: "observation",
    regimen: null,
    title: "Observation after BCMA CAR-T without progression: response and long-term monitoring",
    strength: "standard",
    clinicianText:
      "BCMA-directed CAR-T is a single infusion (CARTITUDE-4), and the clinical reference lists no maintenance after it: the patient is watched. Follow the response by the IMWG 2016 criteria (serum and urine M-protein, serum free light chains; marrow and imaging to confirm a complete response) at the intervals the treating team sets (the reference gives none). Lifelong monitoring for new malignancy (FDA boxed warning for secondary T-cell malignancies, 2024-04-18). Infection prophylaxis and IgG replacement follow the supportive-care options. Management and response assessment after CAR-T: IMWG Immunotherapy Committee guidelines 2024.",
    patientText:
      "CAR-T is given once. No more myeloma treatment is planned for now. Your team checks your blood and urine to see that the myeloma stays away. They also watch for infections. For the rest of your life, they check for any new cancer.",
    // Review c67-W1: no IgG since the infusion (the reference's IgG <400 mg/dL rule for IVIG/SCIG waits on it).
    cautions: [IGG_NOT_SINCE_T_CELL_REDIRECTION],
    citations: [
      "san-miguel-2023-nejm-cartitude4",
      "kumar-2016-lancet-oncol",
      "fda-cart-safety-2024",
      "lin-2024-lancet-oncol",
    ],
    regulatory: none,
    evidence: "secondary",
    evidenceNote:
      "The single infusion is from the CARTITUDE-4 abstracts (San-Miguel, NEJM 2023; Einsele, Lancet Oncol 2026), looked up 2026-12-02, not a row of the reference; the reference has no row on maintenance after CAR-T and gives no monitoring interval.",
  },
];

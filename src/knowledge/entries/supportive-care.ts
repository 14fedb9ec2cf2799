/** Supportive care: bone agents, local bone measures, anaemia, infection, metabolic emergencies,
 * kidney protection (treatments.md 7c and 8). */
import type { CitationId } from "../../model/bibliography/index.js";
import type { CautionDef, Condition, KnowledgeEntry } from "../types.js";
import {
  ALREADY_ANTICOAGULATED_WHY,
  HIGH_VTE_RISK_WHY,
  highVteRisk,
  imidGivenNow,
  imidGivenOrConsidered,
  lowPlateletsForAnticoagulation,
  notOnAnticoagulant,
  onAnticoagulant,
  VTE_LOW_PLATELETS,
} from "../vte-risk.js";
import {
  afterBcmaCarT,
  approved,
  highDoseDexOver75,
  iggNotSinceEndedBispecific,
  iggNotSinceTCellRedirection,
  isMM,
  ndmm,
} from "./common.js";

const mmOrAl: Condition = { fact: "category", in: ["multiple-myeloma", "al-amyloidosis"] };
/** Review c83-W1: any category but a solitary plasmacytoma, whose own entries carry the surgery and radiotherapy of its
 * lesion (treatments.md 1: surgery for instability, fracture or neurological compression, then radiotherapy). */
const notSolitaryPlasmacytoma: Condition = {
  fact: "category",
  in: ["multiple-myeloma", "smoldering-myeloma", "mgus", "al-amyloidosis", "indeterminate"],
};
const untreatedPhase: Condition = { fact: "phase", is: "untreated" };
const none = { us: null, eu: null } as const;
/** Review c67-m2, c77-m2: the platelet count beside every anticoagulant-prophylaxis card (vte-risk.ts: treatments.md 7c
 * gives no platelet threshold; the caution starts at grade 3 thrombocytopenia, no strength changes). */
const vteLowPlatelets: CautionDef = {
  text: VTE_LOW_PLATELETS,
  when: lowPlateletsForAnticoagulation,
  show: ["plateletsE9L", "plateletsDate"],
  citations: ["key-2023-jco", "ctcae-v5"],
  evidence: "unverified",
};
/** Bone-agent choice reads kidney function as dosing does, by the Cockcroft-Gault clearance (zoledronic
 * acid label bands; not recommended below CrCl 30). Denosumab (no renal adjustment) is "preferred in renal
 * impairment" (treatments.md 8a) with no numeric cut in the reference: the 40 borrows the IMWG renal
 * threshold (criteria-and-scores 7.4) and is not the myeloma kidney injury of the diagnosis (renalCrab).
 * So the choice it makes is marked UNVERIFIED, and its reason says the number is borrowed (IMWG 2021,
 * Terpos: denosumab "particularly in patients with renal impairment", no number; looked up 2026-12-02). */
const crclBelowOrDialysis = (mlMin: number): Condition => ({
  any: [
    { fact: "crclMlMin", lt: mlMin },
    { fact: "dialysis", is: true },
  ],
});
const zaNotRecommended = crclBelowOrDialysis(30);
/** Kidney function that the labels do not rule out for a bisphosphonate: CrCl >= 30 off dialysis, or not
 * known (an unknown clearance is named as missing by the drug rules, never read as "below 30"). Below 30 or
 * on dialysis zoledronic acid and pamidronate are "not recommended" for bone disease (8a, labels; review
 * c9-F11, c11-M6), so they are not listed; denosumab's card says why. Zoledronic acid stays listed in
 * hypercalcaemia, whose dose is not this table (8c: 4 mg, no change for creatinine <4.5 mg/dL), with the
 * "not recommended" adjustment beside that dose. */
const bisphosphonateKidneyAllowed: Condition = {
  all: [
    {
      any: [
        { fact: "crclMlMin", gte: 30 },
        { fact: "crclMlMin", known: false },
      ],
    },
    {
      any: [
        { fact: "dialysis", is: false },
        { fact: "dialysis", known: false },
      ],
    },
  ],
};
const kidneyImpairment = crclBelowOrDialysis(40);
/** The zoledronic acid label band with a reduced dose (CrCl 30-39: 3.0 mg), off dialysis or with dialysis
 * not recorded: below 30 or on dialysis the label says "not recommended", not a lower dose (8a), and
 * that adjustment alone speaks. */
const zaReducedDoseBand: Condition = {
  all: [
    { fact: "crclMlMin", gte: 30 },
    { fact: "crclMlMin", lt: 40 },
    {
      any: [
        { fact: "dialysis", is: false },
        { fact: "dialysis", known: false },
      ],
    },
  ],
};
/** Where the zoledronic acid renal table changes the bone-disease dose at all (8a: CrCl <=60 or dialysis). */
const zaRenalTableApplies: Condition = {
  any: [
    { fact: "crclMlMin", lte: 60 },
    { fact: "dialysis", is: true },
  ],
};
const hypercalcemia: Condition = { fact: "hypercalcemia", is: true };
/** Review c83-m5: inside the zoledronic acid hypercalcaemia rule of treatments.md 8c (SmPC: no dose change for serum
 * creatinine < 4.5 mg/dL): off dialysis (or not recorded) and creatinine below 4.5 mg/dL (or not known). On dialysis or
 * at 4.5 mg/dL or more the reference gives no zoledronic acid dose, and "denosumab if ... renal failure". Never
 * unknown (an unknown value is not read as outside). */
const insideZaHypercalcaemiaRule: Condition = {
  all: [
    {
      any: [
        { fact: "dialysis", is: false },
        { fact: "dialysis", known: false },
      ],
    },
    {
      any: [
        { fact: "creatinineMgDl", lt: 4.5 },
        { fact: "creatinineMgDl", known: false },
      ],
    },
  ],
};
/** Osteonecrosis of the jaw prevention, for every bone agent (treatments.md 8a, "ONJ prevention (all
 * agents)": dental evaluation before starting, no invasive dental work while on it; the detail is
 * UNVERIFIED there). Review c13-3: it was on zoledronic acid only. */
const ONJ_PREVENTION: CautionDef = {
  text: "Osteonecrosis of the jaw (all bone agents): dental evaluation before starting; avoid invasive dental procedures while on therapy (detail UNVERIFIED in the reference).",
  citations: ["terpos-2021-lancet-oncol"],
  evidence: "unverified",
};
/** Review c51-m5: the kidney-protection cards name bortezomib-based therapy for myeloma kidney injury (IMWG renal
 * recommendations, treatments.md 3b); to a patient whose disease the lines read as bortezomib-refractory
 * (criteria-and-scores.md 9.2) they say so. The choice stays the team's: no source ranks the alternatives here. */
const BORTEZOMIB_REFRACTORY_KIDNEY: CautionDef = {
  text: "The disease is read as refractory to bortezomib (the lines of therapy): the bortezomib-based therapy named here for myeloma kidney injury is for the team to weigh against that.",
  when: { fact: "bortezomibRefractory", is: true },
  citations: ["dimopoulos-2016-jco-renal", "rajkumar-2011-blood"],
  evidence: "secondary",
};
/** Hypercalcaemia row of 8c (SmPC, checked): the hypercalcaemia-of-malignancy dose is not the bone-disease
 * renal table of 8a. */
const HCM_ZA_DOSE =
  "in hypercalcaemia of malignancy the zoledronic acid dose is 4 mg, with no dose change for serum creatinine <4.5 mg/dL (SmPC); the reference gives no dose at or above 4.5 mg/dL";

/** T-cell redirection (treatments.md 5c, "Bispecific / CAR-T toxicity and prophylaxis rules"; 8c): a
 * bispecific antibody running now, or a BCMA CAR-T received. The reference gives no time window after
 * CAR-T (how long the risk lasts): the condition has none, and the options say so. */
const onBispecific: Condition = { fact: "onBispecific", is: true };
const afterCarT: Condition = { fact: "priorBcmaCarT", is: true };
/** A bispecific given before and not now (review c57-U2: the PJP, IVIG and HSV/VZV cards went when it was read
 * stopped; treatments.md 5c: its infections "persist over time", with the stopping rules CD4 >200/uL and IgG). */
const afterBispecific: Condition = { fact: "bispecificEnded", is: true };
const tCellRedirection: Condition = { any: [onBispecific, afterCarT, afterBispecific] };
/** After an autologous transplant (treatments.md 8c names "after ASCT" for HSV/VZV and PJP prophylaxis, with no
 * length): a transplant recorded in the lines, at any time since; the HSV/VZV card reads it as it is, the PJP card
 * within the transplant's own line (pjpAfterAsct; review c70-m3). */
const afterAsct: Condition = { fact: "priorAsct", is: true };
/** PJP after ASCT (review c70-m3; lead's reading): in the phases after the transplant of the line that holds it (the
 * recovery, consolidation and maintenance), not once that line has ended or relapsed, where the transplant is no
 * longer the reason (treatments.md 8c gives no length; the PJP reasons of relapse regimens, bispecifics and CAR-T, are
 * read apart). */
const pjpAfterAsct: Condition = {
  all: [
    afterAsct,
    { fact: "transplantInLatestLine", is: true },
    { fact: "phase", in: ["post-transplant", "maintenance"] },
  ],
};
/** A bispecific given before (never one given now: bispecificEnded says "not now") and no CAR-T after it, whose own
 * caution says the same: the cautions saying the reference gives no window after the last dose. */
const bispecificOnlyBefore: Condition = { all: [afterBispecific, { not: afterCarT }] };
const NO_WINDOW_AFTER_BISPECIFIC =
  "A bispecific antibody was given before and is not given now: the clinical reference says its infections persist over time and gives no time window after the last dose; the stopping rule it gives is";
/** Review c87-M3: a prophylaxis the record says is taken now (conditions.infectionProphylaxis, or a treatment entry of its
 * drug running on asOf): its card is about going on with it, not about starting it. The project's reading of the record,
 * no clinical threshold; the card's own sources. */
const takenNow = (
  fact: "hsvVzvProphylaxisNow" | "pjpProphylaxisNow" | "antibacterialProphylaxisNow",
  drugs: string,
  citations: readonly CitationId[],
): CautionDef => ({
  text: `Taken now, as the record says (${drugs}: conditions.infectionProphylaxis, or a treatment entry of it running on the assessment date): continue it as the team decides; the question is how long, not whether to start it.`,
  when: { fact, is: "taken" },
  citations,
});
const lowIgg: Condition = { fact: "iggMgDl", lt: 400 };
/** IgG-type disease with a total IgG of 400 mg/dL or more: the total includes the monoclonal IgG, so whether
 * the polyclonal IgG is below 400 mg/dL cannot be told from it (review c9a, c14). */
const iggTotalNotJudgeable: Condition = {
  all: [
    { fact: "iggIncludesMProtein", is: true },
    { fact: "iggMgDl", gte: 400 },
  ],
};
const infections: Condition = { fact: "recurrentInfections", is: true };
/** Review c67-W1 (8c): recurrent or serious infections recorded and no IgG at all: its IgG <400 mg/dL rule waits on one. */
const iggNotRecordedWithInfections: Condition = { all: [infections, { fact: "iggMgDl", known: false }] };
/** The IgG asked for is all that brings the immunoglobulin-replacement card (review c67-W1): no IgG below 400 mg/dL
 * is recorded, at any date (one from before a bispecific or a CAR-T, below 400, keeps the card standard as it was,
 * with a caution that it is not today's), and the consensus's infection route on a bispecific is not met. Written with
 * known facts only, so that it is decided where the IgG is not known. */
const iggOnlyAsked: Condition = {
  all: [
    {
      any: [
        { fact: "iggMgDl", known: false },
        { fact: "iggMgDl", gte: 400 },
      ],
    },
    {
      any: [
        { fact: "onBispecific", is: false },
        { fact: "onBispecific", known: false },
        { fact: "recurrentInfections", is: false },
        { fact: "recurrentInfections", known: false },
      ],
    },
  ],
};
/** Neither a bispecific given now nor a BCMA CAR-T received is known (the 8c route alone, then). */
const noTCellRedirectionNowOrCarT: Condition = {
  all: [
    {
      any: [
        { fact: "onBispecific", is: false },
        { fact: "onBispecific", known: false },
      ],
    },
    {
      any: [
        { fact: "priorBcmaCarT", is: false },
        { fact: "priorBcmaCarT", known: false },
      ],
    },
  ],
};
const NO_WINDOW_AFTER_CAR_T =
  "After CAR-T: the clinical reference gives no time window after CAR-T for this prophylaxis; the stopping rule it gives is";

/** Off dialysis, or dialysis not recorded (the fluid advice then keeps its "if your team agrees"). */
const notOnDialysis: Condition = {
  any: [
    { fact: "dialysis", is: false },
    { fact: "dialysis", known: false },
  ],
};
/** The zoledronic acid card after a stopped denosumab course (review c67-M1, c68-m6; treatments.md 8a). */
const DENOSUMAB_STOPPED_ZA =
  "Denosumab was stopped with no bone agent recorded after it: a zoledronic acid dose is the transition treatments.md 8a names (IMWG 2021: stopping denosumab is hard, with rebound bone loss and vertebral fractures)";

/** Review c83-m5: the caution of "Treat hypercalcaemia" at serum creatinine 4.5 mg/dL or more, or on dialysis
 * (treatments.md 8c); the hypercalcaemia alert card names it when it applies (review c87-m4). */
export const HCM_OUTSIDE_ZA_RULE =
  "Serum creatinine 4.5 mg/dL or more, or dialysis: outside the zoledronic acid hypercalcaemia rule (no dose change for creatinine <4.5 mg/dL, SmPC; the reference gives no dose at or above it), so zoledronic acid is not listed; the reference gives denosumab in renal failure, and dialysis if severe. On dialysis, IV saline and fluid volumes are for the nephrology / dialysis team (the reference does not address them).";

export const SUPPORTIVE_CARE_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: "sc.bone.zoledronic-acid",
    group: "supportive-care",
    // Review c83-m5: listed for hypercalcaemia alone only inside its dose rule (treatments.md 8c); outside it, with
    // bone-disease dosing not recommended either (8a), nothing on the reference supports the card: not listed, and the
    // hypercalcaemia card names the mismatch.
    when: {
      all: [
        isMM,
        { any: [bisphosphonateKidneyAllowed, { all: [hypercalcemia, insideZaHypercalcaemiaRule] }] },
      ],
    },
    kind: "supportive-care",
    regimen: { code: "ZA", drugs: ["zoledronic acid"] },
    title: "Zoledronic acid (bone-targeted therapy)",
    strength: "preferred",
    adjust: [
      {
        // Review c53-U1: the dose reads Cockcroft-Gault (treatments.md conventions); a measured clearance below 30 is
        // where the label does not recommend it for bone disease (8a).
        id: "measured-clearance-below-30",
        when: {
          all: [
            { fact: "crclDisagreeAt30", is: true },
            { fact: "measuredCrclMlMin", lt: 30 },
          ],
        },
        to: "consider",
        because:
          "The measured creatinine clearance is below 30 mL/min, where zoledronic acid is not recommended for bone disease (treatments.md 8a); the Cockcroft-Gault estimate its dose reads is not. Not a first choice until the kidney function is confirmed",
        show: ["measuredCrclMlMin", "crclMlMin"],
        citations: ["zometa-label", "terpos-2021-lancet-oncol"],
        evidence: "secondary",
      },
      {
        // Review c56 MISLEADING-5: an 80-year-old with creatinine 4.3 mg/dL and no weight recorded had zoledronic acid
        // "preferred" (the clearance not known). Treatments.md 8a: the trials excluded creatinine > 3.0 mg/dL (265
        // umol/L) and below CrCl 30 it is not recommended; denosumab has no renal adjustment. Outside hypercalcaemia,
        // whose dose is not this table (8c).
        id: "creatinine-above-trials-clearance-unknown",
        when: {
          all: [
            { fact: "crclMlMin", known: false },
            { fact: "creatinineAboveZaTrials", is: true },
            { not: { fact: "hypercalcemia", is: true } },
          ],
        },
        to: "consider",
        because:
          "The creatinine clearance is not known (Cockcroft-Gault needs the weight), and serum creatinine is above 3.0 mg/dL (265 umol/L), beyond what the zoledronic acid trials included (treatments.md 8a); below CrCl 30 it is not recommended for bone disease, and denosumab has no renal adjustment. Not a first choice until the clearance is known",
        show: ["crclMlMin", "creatinineAboveZaTrials"],
        citations: ["zometa-label", "terpos-2021-lancet-oncol"],
        evidence: "secondary",
      },
      {
        id: "kidney-impairment",
        // Only the reduced-dose band: below CrCl 30 (or on dialysis) the next adjustment says "not
        // recommended", and one card must not say both. Review c68-M1: a new start only (today's CrCl is its
        // baseline); for the zoledronic acid given now the band is its baseline CrCl's (the kidney caution), and a
        // second dose from today's CrCl gave one card two doses (treatments.md 8a, "Baseline CrCl").
        when: { all: [zaReducedDoseBand, { fact: "zoledronicAcidSince", known: false }] },
        to: "standard",
        because:
          "Kidney impairment (CrCl 30-39 mL/min): denosumab, with no renal adjustment, is the preferred bone agent; zoledronic acid needs the label's reduced dose for bone disease (3.0 mg at CrCl 30-39). The reference gives no number for this choice: the 40 mL/min cut is the IMWG renal threshold, borrowed",
        show: ["crclMlMin", "dialysis"],
        citations: ["terpos-2021-lancet-oncol", "zometa-label", "dimopoulos-2016-jco-renal"],
        evidence: "unverified",
      },
      {
        // Review c68-M1: as above, given now: no dose here, the kidney caution gives the baseline CrCl's band.
        id: "kidney-impairment-given-now",
        when: { all: [zaReducedDoseBand, { fact: "zoledronicAcidSince", known: true }] },
        to: "standard",
        because:
          "Kidney impairment (today's CrCl 30-39 mL/min, near the 30 below which zoledronic acid is not recommended): denosumab, with no renal adjustment, is the preferred bone agent; the zoledronic acid given now is dosed by its baseline CrCl (treatments.md 8a: the kidney caution on this card gives that band), not by today's. The reference gives no number for this choice: the 40 mL/min cut is the IMWG renal threshold, borrowed",
        show: ["crclMlMin", "dialysis"],
        citations: ["terpos-2021-lancet-oncol", "zometa-label", "dimopoulos-2016-jco-renal"],
        evidence: "unverified",
      },
      // Review c11-M4: treatments.md 8a, IMWG 2021 (verified). The record gives the months of the running
      // entry, not the doses: 12 months stands for ">= 12 monthly doses", and the words say so.
      {
        id: "imwg-2021-after-12-months-vgpr",
        when: {
          all: [
            { fact: "zoledronicAcidMonths", gte: 12 },
            { fact: "responseVgprOrBetter", is: true },
          ],
        },
        to: "consider",
        because:
          "Given for 12 months or more with a response of VGPR or better: IMWG 2021, after >=12 monthly doses, if >=VGPR, consider every 3 months or stopping; continue if <VGPR; restart at relapse. The record gives the months on it, not the doses given: count them",
        show: ["zoledronicAcidSince", "zoledronicAcidMonths", "responseVgprOrBetter"],
        citations: ["terpos-2021-lancet-oncol"],
        evidence: "verified",
      },
      // Review c12-M1: treatments.md 8a (IMWG 2021) gives it with therapy for newly diagnosed myeloma and spaces
      // or stops it after >= 12 monthly doses in >= VGPR. Off therapy after a finished line, in >= VGPR, with
      // none recorded now, the record cannot say what was given: not a first choice to start; applying the
      // rule to this patient is the project's reading (UNVERIFIED).
      {
        id: "off-therapy-in-vgpr",
        when: {
          all: [
            { fact: "phase", is: "line-finished" },
            { fact: "responseVgprOrBetter", is: true },
            { fact: "zoledronicAcidSince", known: false },
          ],
        },
        to: "consider",
        because:
          "Off therapy after a finished line, with a response of VGPR or better, and no zoledronic acid recorded now: IMWG 2021 gives it with therapy for newly diagnosed myeloma, spaces it to every 3 months or stops it after >=12 monthly doses in >=VGPR, and restarts it at relapse. The record does not show what was given: check before starting it again",
        show: ["phase", "responseVgprOrBetter"],
        citations: ["terpos-2021-lancet-oncol"],
        evidence: "unverified",
      },
      // Review c11-M4: the record says it was stopped for toxicity (ONJ has no field of its own: what to do
      // once ONJ occurs is not in the reference). Not offered as a first choice again; no rule is invented.
      {
        id: "stopped-for-toxicity",
        when: { fact: "zoledronicAcidStoppedForToxicity", is: true },
        to: "consider",
        because:
          "Zoledronic acid was stopped for toxicity (the record does not say which, e.g. osteonecrosis of the jaw or kidney function): the clinical reference gives no rule for restarting it; not a first choice here, decide with the team",
        citations: ["terpos-2021-lancet-oncol"],
        evidence: "unverified",
      },
      // Review c67-U1: treatments.md 8a, held for its creatinine rise (the drug rule's caution gives the values).
      {
        id: "creatinine-rise-hold",
        when: { fact: "zoledronicAcidHold", is: true },
        to: "consider",
        because:
          "Held for the creatinine rise since it started (treatments.md 8a; the kidney caution gives the values): no dose until creatinine is back within 10% of baseline, so not a first choice now; denosumab has no renal adjustment",
        citations: ["zometa-label", "terpos-2021-lancet-oncol"],
        evidence: "verified",
      },
      // Review c68-m1: no creatinine before it is recorded, and the values on it rose by the hold's smallest rise. The
      // reference is silent on an unknown baseline (treatments.md 8a reads the baseline): not a first choice, no rule
      // invented, the team decides.
      {
        id: "creatinine-rise-no-baseline",
        when: { fact: "zoledronicAcidRiseNoBaseline", known: true },
        to: "consider",
        because:
          "The creatinine baseline before the course is not recorded, and the values on it have risen by 0.5 mg/dL or more: the hold rule of treatments.md 8a (>=0.5 mg/dL from a normal baseline <1.4, >=1.0 from an abnormal one) reads the baseline before the course, and the reference gives no rule without it. Find the creatinine before it started, and decide with the team before the next dose",
        show: ["zoledronicAcidRiseNoBaseline"],
        citations: ["zometa-label"],
        evidence: "unverified",
      },
      // Review c67-M1: denosumab given now was not read, and zoledronic acid stayed the preferred new start beside it.
      // Treatments.md 8a names a zoledronic acid dose as the transition when denosumab stops; not starting a second
      // bone agent beside it is the project's reading (UNVERIFIED).
      {
        id: "denosumab-given",
        when: { fact: "onDenosumab", is: true },
        to: "consider",
        because:
          "Denosumab is being given; a switch to zoledronic acid is the transition treatments.md 8a names when denosumab stops (IMWG 2021: stopping it is hard, with rebound bone loss and vertebral fractures), not a second bone agent beside it",
        show: ["denosumabCourse"],
        citations: ["terpos-2021-lancet-oncol"],
        evidence: "unverified",
      },
      {
        id: "not-recommended-below-crcl-30",
        when: zaNotRecommended,
        to: "consider",
        because:
          "Zoledronic acid is not recommended below CrCl 30 mL/min (label); use denosumab with calcium and vitamin D",
        show: ["crclMlMin", "dialysis"],
        citations: ["zometa-label", "terpos-2021-lancet-oncol"],
        evidence: "verified",
      },
    ],
    clinicianText:
      "IMWG 2021: preferred bone agent for newly diagnosed myeloma with or without bone disease. 4 mg IV over >=15 minutes every 3-4 weeks, dosed by baseline CrCl (the label's renal table, for bone disease: not recommended below CrCl 30). After >=12 monthly doses, if >=VGPR, consider every 3 months or stopping; continue if <VGPR; restart at relapse. The hypercalcaemia dose is not this table: 4 mg, with no dose change for serum creatinine <4.5 mg/dL (SmPC).",
    patientText:
      "This drug makes bones stronger. It lowers the chance of breaks and bone pain. It is a drip into a vein every few weeks. Your kidneys are checked before each dose. See a dentist before you start. Tell each dentist you see that you get this drug.",
    cautions: [
      ONJ_PREVENTION,
      {
        text: "Given for 12 months or more: ONJ incidence rises with duration (UNVERIFIED in the reference); avoid invasive dental procedures while on therapy and hold it around extractions.",
        when: { fact: "zoledronicAcidMonths", gte: 12 },
        citations: ["terpos-2021-lancet-oncol"],
        evidence: "unverified",
      },
      {
        text: "Given for 12 months or more with a response below VGPR: IMWG 2021 continues it (after >=12 monthly doses, continue if <VGPR).",
        when: {
          all: [
            { fact: "zoledronicAcidMonths", gte: 12 },
            { fact: "responseVgprOrBetter", is: false },
          ],
        },
        show: ["zoledronicAcidSince", "zoledronicAcidMonths"],
        citations: ["terpos-2021-lancet-oncol"],
        evidence: "verified",
      },
      // Review c67-M1: treatments.md 8a, denosumab, "Stopping is hard: rebound bone loss/vertebral fractures, so plan
      // transition (e.g., a ZA dose) (IMWG 2021)": a stopped course with nothing after it, where the labels allow it.
      {
        text: `${DENOSUMAB_STOPPED_ZA}, at the dose of its renal band on this card.`,
        when: {
          all: [
            { fact: "denosumabStoppedNoTransition", is: true },
            bisphosphonateKidneyAllowed,
            { fact: "crclMlMin", known: true },
          ],
        },
        show: ["denosumabCourse"],
        citations: ["terpos-2021-lancet-oncol", "zometa-label"],
        evidence: "verified",
      },
      // Review c68-m6: the same with the creatinine clearance not known: no band is on the card to point to.
      {
        text: `${DENOSUMAB_STOPPED_ZA}; its renal band needs the creatinine clearance, which is not known (measure creatinine first: below CrCl 30 mL/min or on dialysis zoledronic acid is not recommended, and the reference names no other transition agent).`,
        when: {
          all: [
            { fact: "denosumabStoppedNoTransition", is: true },
            bisphosphonateKidneyAllowed,
            { fact: "crclMlMin", known: false },
          ],
        },
        show: ["denosumabCourse"],
        citations: ["terpos-2021-lancet-oncol", "zometa-label"],
        evidence: "verified",
      },
      {
        text: `Hypercalcaemia: the renal dose table on this card (CrCl bands; not recommended below CrCl 30) is bone-disease dosing; ${HCM_ZA_DOSE}. See "Treat hypercalcaemia".`,
        when: hypercalcemia,
        citations: ["zometa-label"],
        evidence: "verified",
      },
    ],
    citations: ["terpos-2021-lancet-oncol", "zometa-label"],
    regulatory: { us: approved(null), eu: approved(null) },
    evidence: "verified",
    evidenceNote: "The ONJ prevention detail is UNVERIFIED in the reference.",
  },
  {
    id: "sc.bone.pamidronate",
    group: "supportive-care",
    when: { all: [isMM, bisphosphonateKidneyAllowed] },
    kind: "supportive-care",
    regimen: { code: "PAM", drugs: ["pamidronate"] },
    title: "Pamidronate (alternative bisphosphonate)",
    strength: "consider",
    clinicianText:
      "Pamidronate 90 mg IV over >=2-4 hours every 3-4 weeks (30 mg also used); an alternative to zoledronic acid. Check creatinine before each dose and withhold for renal deterioration until back to baseline.",
    patientText:
      "This drug makes bones stronger. It is a drip into a vein every few weeks. Your kidneys are checked first. See a dentist before you start. Tell each dentist you see that you get this drug.",
    cautions: [
      ONJ_PREVENTION,
      {
        // Review c54-7d: as zoledronic acid's (treatments.md 8a: pamidronate not recommended for CrCl <30).
        text: "The measured creatinine clearance is below 30 mL/min, where pamidronate is not recommended (treatments.md 8a); the Cockcroft-Gault estimate its choice reads is not. Confirm the kidney function first.",
        when: {
          all: [
            { fact: "crclDisagreeAt30", is: true },
            { fact: "measuredCrclMlMin", lt: 30 },
          ],
        },
        show: ["measuredCrclMlMin", "crclMlMin"],
        citations: ["bone-agent-labels-2014"],
        evidence: "secondary",
      },
      // Review c68-M2: treatments.md 8a, pamidronate (label copy): "check creatinine before each dose and withhold for
      // renal deterioration until back to baseline"; ASCO: "after renal toxicity, restart at <=90 mg over >=4 h every 4
      // weeks". A switch of bisphosphonate during the zoledronic acid hold was offered unqualified.
      {
        text: "Zoledronic acid is held for a creatinine rise on it: pamidronate, also a bisphosphonate, is not a switch while creatinine is not back to baseline (treatments.md 8a, pamidronate label: check creatinine before each dose and withhold for renal deterioration until back to baseline; after renal toxicity, ASCO: restart at <=90 mg over >=4 h every 4 weeks); denosumab has no renal adjustment.",
        when: { fact: "zoledronicAcidHold", is: true },
        show: ["zoledronicAcidCreatinineChange"],
        citations: ["bone-agent-labels-2014"],
        evidence: "verified",
      },
    ],
    citations: ["bone-agent-labels-2014", "terpos-2021-lancet-oncol"],
    regulatory: { us: approved(null), eu: approved(null) },
    evidence: "verified",
  },
  {
    id: "sc.bone.denosumab",
    group: "supportive-care",
    when: isMM,
    kind: "supportive-care",
    regimen: { code: "DMAB", drugs: ["denosumab"] },
    title: "Denosumab (no renal adjustment; preferred in renal impairment)",
    strength: "consider",
    adjust: [
      {
        id: "kidney-impairment",
        when: kidneyImpairment,
        to: "preferred",
        because:
          "Kidney impairment (CrCl <40 mL/min or dialysis): denosumab needs no renal adjustment and is the preferred bone agent (its calcium cautions below). The reference gives no number for this choice: the 40 mL/min cut is the IMWG renal threshold, borrowed",
        show: ["crclMlMin", "dialysis"],
        citations: ["terpos-2021-lancet-oncol", "raje-2018-lancet-oncol", "bone-agent-labels-2014"],
        evidence: "unverified",
      },
      // Review c67-M1: a running denosumab was listed as one bone agent among others, at "consider". Treatments.md 8a:
      // stopping it is hard, so the one given is continued (its calcium rules are the drug rule's).
      {
        id: "being-given",
        when: { fact: "onDenosumab", is: true },
        to: "preferred",
        because:
          "Denosumab is being given: continue it, with calcium and vitamin D and calcium monitored (treatments.md 8a); stopping it needs a planned transition (IMWG 2021: rebound bone loss and vertebral fractures)",
        show: ["denosumabCourse"],
        citations: ["terpos-2021-lancet-oncol", "bone-agent-labels-2014"],
        evidence: "verified",
      },
    ],
    clinicianText:
      "Denosumab 120 mg SC every 4 weeks with calcium and vitamin D. No renal adjustment; preferred in renal impairment. Non-inferior to zoledronic acid for time to first skeletal event (study 20090482, CrCl >=30 required); may prolong PFS in ASCT-eligible patients (ad hoc). Stopping is hard: plan the transition (e.g. a zoledronic acid dose).",
    patientText:
      "This is a shot under the skin every 4 weeks. It makes bones stronger. The dose does not change when the kidneys are weak. It can lower the calcium in your blood, so your calcium is checked. You take calcium and vitamin D with it. Do not stop it without a plan from your team. See a dentist before you start. Tell each dentist you see that you get this drug.",
    cautions: [
      {
        text: "Zoledronic acid and pamidronate are not recommended for bone disease below CrCl 30 mL/min or on dialysis (labels), so neither is offered as a bone agent here; zoledronic acid may still be listed for its hypercalcaemia dose, whose kidney rule differs (8c).",
        when: zaNotRecommended,
        show: ["crclMlMin", "dialysis"],
        citations: ["zometa-label", "bone-agent-labels-2014"],
        evidence: "verified",
      },
      // Review c67-M1: stopped with nothing after it where zoledronic acid and pamidronate are not recommended (8a,
      // labels): the reference's transition example does not apply and it names no other agent.
      {
        text: "Denosumab was stopped with no bone agent recorded after it, and zoledronic acid and pamidronate are not recommended here (CrCl <30 mL/min or dialysis): the reference names no other transition agent (treatments.md 8a: stopping denosumab is hard, with rebound bone loss and vertebral fractures); restarting denosumab is for the team.",
        when: { all: [{ fact: "denosumabStoppedNoTransition", is: true }, zaNotRecommended] },
        show: ["denosumabCourse", "crclMlMin", "dialysis"],
        citations: ["terpos-2021-lancet-oncol", "zometa-label", "bone-agent-labels-2014"],
        evidence: "verified",
      },
      {
        // Review c48-F15: the calcium advice was said 4-5 times on one card; correcting and monitoring calcium and the
        // rebound on stopping are the drug rule's (denosumab.hypocalcemia), the kidney band the renal rule's.
        text: "Hypocalcaemia is more frequent than with zoledronic acid. (The 2024 boxed warning for severe hypocalcaemia in advanced CKD is on Prolia 60 mg, not Xgeva.)",
        citations: ["bone-agent-labels-2014", "terpos-2021-lancet-oncol"],
        evidence: "verified",
      },
      ONJ_PREVENTION,
    ],
    citations: [
      "raje-2018-lancet-oncol",
      "terpos-2021-lancet-oncol",
      "bone-agent-labels-2014",
      "xgeva-ec-2018",
    ],
    regulatory: {
      us: approved("2018-01-05", "Multiple myeloma"),
      eu: approved(
        "2018-04",
        "Xgeva indication extended to advanced malignancies involving bone, including multiple myeloma (announced 2018-04-02; looked up, not in the clinical reference)",
      ),
    },
    evidence: "verified",
  },
  {
    id: "sc.bone.palliative-radiotherapy",
    group: "supportive-care",
    // Review c83-W1 (treatments.md 8b): a cord compression whatever the category (before imaging has decided it too:
    // the alert alert.spinal-cord-compression asks for urgent radiotherapy and/or surgery); painful lesions and
    // fractures with myeloma met.
    when: {
      any: [
        {
          all: [
            isMM,
            {
              any: [
                { fact: "bonePain", is: true },
                { fact: "pathologicFracture", is: true },
              ],
            },
          ],
        },
        { all: [notSolitaryPlasmacytoma, { fact: "spinalCordCompression", is: true }] },
      ],
    },
    kind: "radiation",
    regimen: null,
    title: "Palliative radiotherapy for painful lesions, impending fracture or cord compression",
    strength: "standard",
    clinicianText:
      "Low dose: 8 Gy x 1 or 20 Gy in 5 fractions (ILROG/IMWG); up to 30 Gy in 10 fractions for cord compression or a soft-tissue mass; limit fields to preserve marrow.",
    patientText:
      "A short course of radiation can ease bone pain. It can also help a weak bone or a pressed spinal cord. It often takes one to five visits.",
    cautions: [],
    citations: ["tsang-2018-ijrobp", "terpos-2021-lancet-oncol"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "The palliative RT doses are UNVERIFIED in the reference.",
  },
  // Review c11-M7: treatments.md 8b, palliative RT "up to 30 Gy/10 fx for cord compression or soft-tissue
  // mass" (UNVERIFIED). The reference says nothing else of extramedullary disease in myeloma: a "consider".
  {
    id: "sc.radiotherapy.extramedullary-plasmacytoma",
    group: "supportive-care",
    when: { all: [isMM, { fact: "plasmacytomaSite", is: "extramedullary" }] },
    kind: "radiation",
    regimen: null,
    title: "Radiotherapy to an extramedullary plasmacytoma (soft-tissue mass) for symptoms or compression",
    strength: "consider",
    clinicianText:
      "Palliative radiotherapy to a soft-tissue mass: up to 30 Gy in 10 fractions (ILROG/IMWG; UNVERIFIED in the reference); limit fields to preserve marrow. Alongside systemic therapy.",
    patientText:
      "Radiation can shrink a lump of myeloma outside the bone. It can ease pain or pressure from the lump. It is given alongside your other treatment.",
    cautions: [
      {
        text: "Dose: up to 30 Gy in 10 fractions for a soft-tissue mass (UNVERIFIED in the reference); limit fields to preserve marrow.",
        citations: ["tsang-2018-ijrobp", "terpos-2021-lancet-oncol"],
        evidence: "unverified",
      },
    ],
    citations: ["tsang-2018-ijrobp", "terpos-2021-lancet-oncol"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "The palliative RT doses are UNVERIFIED in the reference.",
  },
  {
    id: "sc.bone.kyphoplasty",
    group: "supportive-care",
    when: { all: [isMM, { fact: "pathologicFracture", is: true }, { fact: "bonePain", is: true }] },
    kind: "surgery",
    regimen: null,
    title: "Kyphoplasty or vertebroplasty for painful vertebral compression fractures",
    strength: "consider",
    clinicianText:
      "Painful vertebral compression fractures: kyphoplasty was better than non-surgical care for pain and function in cancer patients (CAFE RCT).",
    patientText:
      "If a bone in your spine has cracked, a doctor can fill it with bone cement. This is done through a small needle. It can ease pain fast.",
    cautions: [
      {
        text: "The fracture site is not in the record: this applies to vertebral compression fractures.",
        citations: ["berenson-2011-lancet-oncol"],
        evidence: "unverified",
      },
    ],
    citations: ["berenson-2011-lancet-oncol"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "The kyphoplasty row is UNVERIFIED in the reference.",
  },
  {
    id: "sc.bone.surgery",
    group: "supportive-care",
    // Review c83-W1 (treatments.md 8b: surgery for a long-bone fracture or impending fracture and spinal instability):
    // a fracture or cord compression recorded, whatever the category (not only once imaging has shown myeloma).
    when: {
      all: [
        notSolitaryPlasmacytoma,
        {
          any: [
            { fact: "pathologicFracture", is: true },
            { fact: "spinalCordCompression", is: true },
          ],
        },
      ],
    },
    kind: "surgery",
    regimen: null,
    title: "Orthopaedic or spinal surgery for fracture, impending fracture or instability",
    strength: "consider",
    clinicianText:
      "Surgery for long-bone fracture or impending fracture, and for spinal instability (IMWG bone).",
    patientText: "Surgery can fix a broken or weak bone. It can also make the spine stable.",
    cautions: [],
    citations: ["terpos-2021-lancet-oncol"],
    regulatory: none,
    evidence: "verified",
  },
  {
    // Review c50-m2: with an anti-CD38 regimen the standard option of an untreated patient, the card spoke only of
    // patients already on one; treatments.md 7b asks for the type and screen before the first dose.
    id: "sc.anemia.transfusion",
    group: "supportive-care",
    when: { all: [mmOrAl, { fact: "hemoglobinGDl", lt: 10 }] },
    kind: "supportive-care",
    regimen: null,
    title: "Red cell transfusion for symptomatic anaemia",
    strength: "consider",
    clinicianText:
      "Treat the myeloma first. Red-cell transfusion for symptomatic anaemia. Anti-CD38 antibodies (daratumumab, isatuximab) make the antibody screen panreactive for ~2-6 months after the last dose: type and screen (+/- phenotype/genotype) before the first dose, and alert the blood bank while on them and after.",
    patientText:
      "Your blood count is low. This can make you tired and short of breath. Treating the myeloma helps most. A blood transfusion can help if you feel unwell. Tell your care team if you are short of breath, dizzy or very tired.",
    cautions: [
      // Review c83-M2: not recorded either way, the caution is said with "Not known" and hyperviscosity is asked
      // (treatments.md 8c: IgA/IgG3 more often; red-cell transfusion waits until viscosity is reduced; the reference
      // gives no M-protein threshold, so none is used).
      {
        text: "Hyperviscosity: avoid red-cell transfusion until viscosity is reduced (UNVERIFIED in the reference).",
        when: { fact: "hyperviscosity", is: true },
        citations: ["nccn-mm-2026"],
        evidence: "unverified",
      },
      {
        text: "Hyperviscosity not recorded: check for its symptoms (and the viscosity) before transfusing, above all with an IgA or IgG3 paraprotein (treatments.md 8c: more often with them; red-cell transfusion waits until viscosity is reduced; UNVERIFIED in the reference).",
        when: {
          all: [
            { not: { fact: "hyperviscosity", is: true } },
            { not: { fact: "hyperviscosity", is: false } },
          ],
        },
        unknownOk: ["hyperviscosity"],
        citations: ["nccn-mm-2026"],
        evidence: "unverified",
      },
      // Review c83-m2: the reference gives transfusion for symptomatic anaemia with no haemoglobin threshold
      // (treatments.md 8c); the record has no field for anaemia symptoms, so the card always says to assess them.
      {
        text: "Red-cell transfusion is for symptomatic anaemia, with no haemoglobin threshold in the reference (treatments.md 8c): assess the symptoms now.",
        citations: ["nccn-mm-2026"],
      },
      // Review c89-W1: on therapy with the only haemoglobin from before the line, the ESA is not listed; said here.
      {
        text: "The haemoglobin is dated before the line being given (or on its first day, before the first dose): it is the anaemia the line treats (treatments.md 8c: treat the myeloma first); repeat the blood count on the line. No ESA is listed from it: the reference gives the ESA for chemotherapy-associated anaemia (reading UNVERIFIED).",
        when: { fact: "hemoglobinOnCurrentLine", is: false },
        citations: ["bohlius-2019-jco"],
        evidence: "unverified",
      },
      {
        text: "On an anti-CD38 antibody: notify the blood bank; DTT-treated reagent cells remove interference but destroy Kell, so give K-negative units.",
        when: { fact: "onAntiCd38", is: true },
        citations: ["oostendorp-2015-transfusion"],
        evidence: "verified",
      },
    ],
    citations: ["bohlius-2019-jco", "oostendorp-2015-transfusion"],
    regulatory: none,
    evidence: "verified",
  },
  {
    // Review c53-M6: listed at the start of a line, where the anaemia is the myeloma's: the card now says so first.
    // Review c89-W1: treatments.md 8c gives the ESA "for chemotherapy-associated anemia with Hb <10" after "Treat the
    // myeloma first": a haemoglobin dated before the line being given (or on its first day, before the first dose) is no
    // chemotherapy-associated anaemia, so the entry waits for one taken on the line (an undated one is today's). That
    // reading of "chemotherapy-associated" is the project's (UNVERIFIED); the reference gives no week of the line from
    // which an anaemia is the therapy's, so none is used: the team's attribution to the myeloma is said as a caution.
    id: "sc.anemia.esa",
    group: "supportive-care",
    when: {
      all: [
        isMM,
        { fact: "onTherapy", is: true },
        { fact: "hemoglobinGDl", lt: 10 },
        { fact: "hemoglobinOnCurrentLine", is: true },
      ],
    },
    kind: "supportive-care",
    regimen: { code: "ESA", drugs: ["epoetin"] },
    title: "Erythropoiesis-stimulating agent for chemotherapy-associated anaemia",
    strength: "consider",
    clinicianText:
      "Treat the myeloma first: anaemia from the myeloma itself, as at the start of a line, improves as it responds (treatments.md 8c). ASCO/ASH 2019: consider an ESA for chemotherapy-associated anaemia with Hb <10 g/dL, at the lowest dose that avoids transfusion. ESA adds to the VTE risk of IMiDs (IMPEDE VTE +1).",
    patientText:
      "A shot can help your body make more red blood cells. It can lower the need for a transfusion. It can raise the risk of blood clots.",
    cautions: [
      {
        text: "The anaemia is recorded as the myeloma's (conditions.anaemiaFromMyeloma): treat the myeloma first; the reference gives the ESA for chemotherapy-associated anaemia (treatments.md 8c) and does not say when on a line an anaemia becomes the therapy's: weigh with the team (UNVERIFIED reading).",
        when: { fact: "anaemiaFromMyeloma", is: true },
        show: ["weeksOnCurrentLine"],
        citations: ["bohlius-2019-jco"],
        evidence: "unverified",
      },
      {
        text: "VTE risk adds to IMiDs (ESA counts +1 in IMPEDE VTE).",
        when: { fact: "onImid", is: true },
        citations: ["sanfilippo-2019-ajh"],
        evidence: "verified",
      },
    ],
    citations: ["bohlius-2019-jco", "sanfilippo-2019-ajh"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "The ESA guideline detail is UNVERIFIED in the reference.",
  },
  {
    id: "sc.infection.levofloxacin",
    group: "supportive-care",
    when: {
      any: [
        ndmm,
        // TEAMM: the first 12 weeks of first-line therapy; it does not stop when induction starts.
        {
          all: [isMM, { fact: "currentLine", is: 1 }, { fact: "weeksOnCurrentLine", lt: 12 }],
        },
      ],
    },
    kind: "supportive-care",
    regimen: { code: "LEVO", drugs: ["levofloxacin"] },
    title: "Levofloxacin prophylaxis for the first 12 weeks of therapy (TEAMM)",
    strength: "standard",
    clinicianText:
      "Levofloxacin 500 mg daily for the first 12 weeks of therapy (dose-reduced for eGFR) in newly diagnosed myeloma: first fever or death 19% vs 27% (HR 0.66); no rise in C. difficile or resistance (TEAMM).",
    patientText:
      "An antibiotic pill for the first 12 weeks of treatment lowers the risk of serious infection. Your dose depends on your kidneys.",
    cautions: [
      takenNow("antibacterialProphylaxisNow", "levofloxacin", ["drayson-2019-lancet-oncol"]),
      {
        text: "Reduce the dose for reduced eGFR.",
        citations: ["drayson-2019-lancet-oncol"],
        evidence: "verified",
      },
    ],
    citations: ["drayson-2019-lancet-oncol"],
    regulatory: none,
    evidence: "verified",
  },
  {
    id: "sc.infection.hsv-vzv",
    group: "supportive-care",
    when: {
      all: [
        mmOrAl,
        {
          any: [
            { fact: "onPi", is: true },
            { fact: "onAntiCd38", is: true },
            onBispecific,
            afterCarT,
            afterBispecific,
            afterAsct,
          ],
        },
      ],
    },
    kind: "supportive-care",
    regimen: { code: "HSV-VZV", drugs: ["acyclovir", "valacyclovir"] },
    title: "HSV/VZV prophylaxis (acyclovir or valacyclovir)",
    strength: "standard",
    clinicianText:
      "Acyclovir or valacyclovir (e.g. valacyclovir 500 mg twice daily) with PIs (bortezomib/carfilzomib), anti-CD38 antibodies, after ASCT, and with CAR-T/bispecifics.",
    patientText: "A daily pill prevents shingles and cold sores. These are common with some myeloma drugs.",
    cautions: [
      takenNow("hsvVzvProphylaxisNow", "aciclovir or valaciclovir", [
        "bispecific-infection-consensus-2023",
        "nccn-mm-2026",
      ]),
      {
        text: "After CAR-T: the clinical reference gives no time window after CAR-T for HSV/VZV prophylaxis and no stopping rule for it: decide the length with the CAR-T centre.",
        when: afterCarT,
        citations: ["bispecific-infection-consensus-2023", "lin-2024-lancet-oncol"],
        evidence: "verified",
      },
      // Review c13-6: shown years after a transplant with nothing else that calls for it. The reference
      // (treatments.md 8e) names "after ASCT" with no length (UNVERIFIED, NCCN); none is invented.
      {
        text: "A bispecific antibody was given before and is not given now: the clinical reference gives HSV/VZV prophylaxis for patients on bispecifics, says their infections persist over time, and gives no time window or stopping rule after the last dose: decide its length with the team.",
        when: {
          all: [bispecificOnlyBefore, { fact: "onPi", is: false }, { fact: "onAntiCd38", is: false }],
        },
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
      {
        text: "The autologous transplant is the only reason for it in this record (no proteasome inhibitor, anti-CD38 antibody, bispecific or CAR-T now): the clinical reference gives no length for HSV/VZV prophylaxis after ASCT: decide with the transplant centre whether it is still needed.",
        when: {
          all: [
            afterAsct,
            { fact: "onPi", is: false },
            { fact: "onAntiCd38", is: false },
            { not: onBispecific },
            { not: afterCarT },
            { not: afterBispecific },
          ],
        },
        show: ["monthsSinceAsct"],
        citations: ["nccn-mm-2026"],
        evidence: "unverified",
      },
    ],
    citations: ["bispecific-infection-consensus-2023", "nccn-mm-2026"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote:
      "Checked for bispecifics/CAR-T; the PI, anti-CD38 and ASCT indications are UNVERIFIED (NCCN).",
  },
  {
    // Not in the clinical reference (it names HBV screening for bispecifics only, 5c): the daratumumab DHPC
    // and ASCO 2020, looked up 2026-12-02 (review c7-03). Shown while the screen is not recorded, on an
    // anti-CD38 antibody or before first-line therapy (every first-line pathway lists anti-CD38 regimens).
    // Review c83-m3: and on a bispecific antibody, whose required co-orders include HBV/HCV/HIV screening (5c, verified).
    id: "sc.infection.hbv-screening",
    group: "supportive-care",
    when: {
      all: [
        mmOrAl,
        // Daratumumab within the last 6 months too: its reactivation warning runs that long past the last dose
        // (review c33-W2; the label, daratumumab-hbv-reactivation-2019).
        {
          any: [
            { fact: "onAntiCd38", is: true },
            { fact: "daysSinceDaratumumab", lte: 183 },
            untreatedPhase,
            onBispecific,
          ],
        },
        { fact: "hbvSerology", known: false },
      ],
    },
    kind: "supportive-care",
    regimen: null,
    title:
      "Hepatitis B screening (HBsAg, anti-HBc, anti-HBs) before systemic therapy, on anti-CD38 antibodies and on bispecific antibodies",
    strength: "standard",
    clinicianText:
      "Test HBsAg, anti-HBc (total or IgG) and anti-HBs before systemic therapy, without delaying it (ASCO 2020). Daratumumab carries an HBV reactivation warning (some fatal): screen before starting, and screen patients already on it whose serology is unknown. Chronic (HBsAg-positive) or past (anti-HBc-positive) infection needs a reactivation risk assessment with an HBV specialist. On a bispecific antibody, HBV, HCV and HIV screening is among its required co-orders (treatments.md 5c).",
    patientText:
      "A blood test for hepatitis B. Some myeloma drugs can wake up an old hepatitis B infection. Your team checks for it before or early in treatment.",
    cautions: [],
    citations: [
      "hwang-2020-jco-hbv",
      "daratumumab-hbv-reactivation-2019",
      "bispecific-infection-consensus-2023",
    ],
    regulatory: none,
    evidence: "verified",
  },
  {
    // Review c19-1: a positive screen replaced the screening card with nothing outside anti-CD38 regimens.
    // ASCO 2020 (not in the clinical reference; looked up 2026-12-02) is about any systemic anticancer
    // therapy, so the card holds whatever the regimen; the anti-CD38 drug rules add their own words.
    id: "sc.infection.hbv-positive",
    group: "supportive-care",
    when: { all: [mmOrAl, { fact: "hbvSerology", is: "positive" }] },
    kind: "supportive-care",
    regimen: null,
    title:
      "Hepatitis B recorded (HBsAg or anti-HBc positive): reactivation risk assessment and antiviral prophylaxis or monitoring with an HBV specialist",
    strength: "standard",
    clinicianText:
      "HBsAg or anti-HBc is positive: chronic (HBsAg-positive) or past (HBsAg-negative, anti-HBc-positive) hepatitis B needs a reactivation risk assessment with an HBV specialist before systemic therapy, whatever the regimen (ASCO 2020); chronic HBV: antiviral prophylaxis through and for at least 12 months after therapy (ASCO 2020). On daratumumab: monitor for reactivation during treatment and for at least 6 months after it ends (daratumumab DHPC).",
    patientText:
      "Your blood tests show a hepatitis B infection now or in the past. Myeloma treatment can wake it up. A liver or infection specialist can advise on medicine to prevent this, and on blood tests to check for it.",
    cautions: [],
    citations: ["hwang-2020-jco-hbv", "daratumumab-hbv-reactivation-2019"],
    regulatory: none,
    evidence: "verified",
  },
  {
    id: "sc.infection.pjp",
    group: "supportive-care",
    when: { all: [mmOrAl, { any: [tCellRedirection, pjpAfterAsct] }] },
    kind: "supportive-care",
    regimen: { code: "PJP", drugs: ["trimethoprim-sulfamethoxazole"] },
    title: "PJP prophylaxis with bispecific antibodies, after CAR-T and after ASCT",
    strength: "standard",
    adjust: [
      {
        // Review c70-m3 (open again in c77): treatments.md 8c, PJP: "TMP-SMX with bispecifics and CAR-T (until CD4
        // >200/uL); also after ASCT ... (U)". After ASCT alone: "consider", UNVERIFIED, and no length is invented. The
        // reference names no source for this part of the row; NCCN is the guideline it names for the ASCT part of the
        // HSV/VZV row beside it (8c), cited as that card's ASCT caution is.
        id: "after-asct-only",
        when: { all: [pjpAfterAsct, { not: tCellRedirection }] },
        to: "consider",
        because:
          "After an autologous transplant (no bispecific antibody or CAR-T): treatments.md 8c gives PJP prophylaxis after ASCT too (UNVERIFIED), and the reference gives no length: the transplant centre sets it",
        show: ["monthsSinceAsct"],
        citations: ["nccn-mm-2026"],
        evidence: "unverified",
      },
    ],
    clinicianText:
      "TMP-SMX (atovaquone or pentamidine if allergic) until CD4 >200/uL with bispecifics and CAR-T; fungal prophylaxis if neutropenic or on steroids; consider levofloxacin during neutropenia; HBV/HCV/HIV screening.",
    patientText:
      "An antibiotic pill prevents a serious lung infection. You take it while your immune system is weak.",
    cautions: [
      takenNow("pjpProphylaxisNow", "TMP-SMX", ["bispecific-infection-consensus-2023"]),
      {
        text: `${NO_WINDOW_AFTER_BISPECIFIC} CD4 >200/uL (the record holds no CD4 count).`,
        when: bispecificOnlyBefore,
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
      {
        text: `${NO_WINDOW_AFTER_CAR_T} CD4 >200/uL (the record holds no CD4 count).`,
        when: afterCarT,
        citations: ["bispecific-infection-consensus-2023", "lin-2024-lancet-oncol"],
        evidence: "verified",
      },
      {
        // 5b class labelling: the one option every CAR-T recipient is shown carries the follow-up. Review c80-m5: not
        // beside the PJP prophylaxis while the CAR-T is the latest line, when the CAR-T alerts say it (drug-rules.ts
        // CAR_T_LATE_EFFECTS, with the label's gastrointestinal T-cell lymphoma, treatments.md 10); after a later line
        // (no CAR-T alert) this card still carries it.
        text: "After BCMA CAR-T: boxed warning for secondary T-cell malignancies (FDA 2024-04-18); lifelong monitoring for new malignancy (15-year follow-up studies). The cilta-cel US label (2025-10) adds gastrointestinal T-cell lymphoma.",
        when: { all: [afterCarT, { not: afterBcmaCarT }] },
        citations: ["fda-cart-safety-2024", "carvykti-label-2025"],
        evidence: "verified",
      },
    ],
    citations: [
      "bispecific-infection-consensus-2023",
      "rodriguez-otero-2024-lancet-oncol",
      "lin-2024-lancet-oncol",
    ],
    regulatory: none,
    evidence: "verified",
    evidenceNote: "Checked for bispecifics/CAR-T; the ASCT indication is UNVERIFIED.",
  },
  {
    id: "sc.infection.ivig",
    group: "supportive-care",
    when: {
      all: [
        mmOrAl,
        {
          any: [
            // 8c: IgG <400 mg/dL with recurrent or serious infections.
            { all: [lowIgg, infections] },
            // 5c (bispecific / CAR-T table): IgG <400 mg/dL alone.
            { all: [tCellRedirection, lowIgg] },
            // 5c: >=2 severe recurrent bacterial infections regardless of IgG. The consensus [45] that
            // says it is for patients receiving bispecifics, so not extended to CAR-T.
            { all: [onBispecific, infections] },
            // Review c14 (HARM 2): in IgG-type disease the total IgG holds the monoclonal IgG, so a total of
            // 400 mg/dL or more cannot show that the IgG <400 criterion is not met (8c, 5c; no correction is
            // given). With infections recorded the option is shown, not hidden, and lowered below.
            { all: [iggTotalNotJudgeable, infections] },
            // Review c67-W1: the rules above wait on an IgG. On a bispecific now or after a BCMA CAR-T with no IgG since
            // it started (5c), or with recurrent or serious infections and no IgG (8c), the card is shown, at
            // "consider" (below) unless another route brings it: an unmeasured IgG is not a normal one.
            iggNotSinceTCellRedirection,
            iggNotRecordedWithInfections,
            // Review c68-W1: the same after a bispecific given in the latest line and not now (5c: its infections
            // persist over time; the reference gives no window after the last dose, the caution below says so).
            iggNotSinceEndedBispecific,
          ],
        },
      ],
    },
    adjust: [
      {
        id: "igg-not-since-t-cell-redirection",
        when: { all: [{ any: [iggNotSinceTCellRedirection, iggNotSinceEndedBispecific] }, iggOnlyAsked] },
        to: "consider",
        because:
          "IgG not recorded since the T-cell-redirecting therapy started (an IgG from before it is not read as today's: the rule reads it as not known): measure it. IVIG/SCIG if IgG <400 mg/dL, or on a bispecific >=2 severe recurrent bacterial infections regardless of IgG; give monthly while immunoparesis persists (treatments.md 5c). Not a standing order until the IgG is known",
        show: ["tCellRedirectionSince", "iggAsReported"],
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
      {
        id: "igg-not-recorded-with-infections",
        // Review c68-W1: not where the ended bispecific's reading (above) says it already.
        when: {
          all: [
            iggNotRecordedWithInfections,
            iggOnlyAsked,
            noTCellRedirectionNowOrCarT,
            { not: iggNotSinceEndedBispecific },
          ],
        },
        to: "consider",
        because:
          "Recurrent or serious infections recorded and no current IgG (none recorded, or only one older than a value sent and not used): measure it. IVIG/SCIG if IgG <400 mg/dL with recurrent or serious infections (treatments.md 8c). Not a standing order until the IgG is known",
        show: ["recurrentInfections", "iggMgDl"],
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
      {
        id: "igg-not-judgeable",
        // Only where the total IgG is all that brought the option (no bispecific: the consensus gives it
        // regardless of IgG there).
        when: { all: [iggTotalNotJudgeable, infections, { not: onBispecific }] },
        to: "consider",
        because:
          "IgG-type myeloma with recurrent or serious infections: the IgG <400 mg/dL criterion cannot be judged from the total IgG, which includes the monoclonal IgG (the source gives no correction); the team judges the polyclonal IgG (a level before the M-protein rose, or the uninvolved immunoglobulins, are the record's hints)",
        show: ["iggMgDl", "iggIncludesMProtein", "recurrentInfections"],
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
    ],
    kind: "supportive-care",
    regimen: { code: "IVIG", drugs: ["immune globulin"] },
    title: "Immunoglobulin replacement (IVIG/SCIG) for low IgG or recurrent infections",
    strength: "standard",
    clinicianText:
      "IVIG/SCIG for IgG <400 mg/dL with recurrent or serious infections. With bispecifics and CAR-T: IgG <400 mg/dL alone; on bispecifics also >=2 severe recurrent bacterial infections regardless of IgG (bispecific consensus). Give monthly while immunoparesis persists.",
    patientText:
      "Some myeloma treatments can leave your body low on germ-fighting proteins. Then infections are more likely. A monthly drip or shot of these proteins can help prevent them.",
    cautions: [
      {
        text: "On a bispecific with IgG not below 400 mg/dL (or not known): the consensus gives IVIG/SCIG for >=2 severe recurrent bacterial infections regardless of IgG; the record says only 'recurrent or serious infections': confirm the number and kind of infections.",
        when: {
          all: [
            onBispecific,
            infections,
            {
              any: [
                { fact: "iggMgDl", gte: 400 },
                { fact: "iggMgDl", known: false },
              ],
            },
          ],
        },
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
      {
        // 5c/8c read IgG <400 mg/dL; in IgG-type disease the total holds the monoclonal IgG (review c9a).
        text: "IgG-type myeloma: the total IgG includes the monoclonal IgG, so a total IgG of 400 mg/dL or more does not rule out a low polyclonal IgG (the source gives no correction); the infection criterion does not depend on it.",
        // On a bispecific (the infection criterion regardless of IgG is the consensus's for bispecifics);
        // otherwise the adjustment "igg-not-judgeable" says it (review c14).
        when: { all: [iggTotalNotJudgeable, onBispecific] },
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
      {
        text: `${NO_WINDOW_AFTER_BISPECIFIC} to give it monthly while immunoparesis persists (IgG <400 mg/dL).`,
        when: bispecificOnlyBefore,
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
      {
        text: `${NO_WINDOW_AFTER_CAR_T} to give it monthly while immunoparesis persists (IgG <400 mg/dL).`,
        when: afterCarT,
        citations: ["bispecific-infection-consensus-2023", "lin-2024-lancet-oncol"],
        evidence: "verified",
      },
      {
        // Review c67-W1: an IgG below 400 mg/dL from before the bispecific or the CAR-T keeps the card standard, as it was
        // (no lower reading of a low IgG), said with its date as not today's and asked for again.
        text: "The IgG below 400 mg/dL recorded is from before the T-cell-redirecting therapy started: the card reads it, but it is not today's; measure the IgG again (the reference gives IVIG/SCIG monthly while immunoparesis persists, IgG <400 mg/dL: treatments.md 5c).",
        when: { all: [{ any: [iggNotSinceTCellRedirection, iggNotSinceEndedBispecific] }, lowIgg] },
        show: ["tCellRedirectionSince", "iggAsReported"],
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
      {
        text: "Sources disagree: a 2025 viewpoint (Banerjee, Blood Adv) argues for immunoglobulin prophylaxis on bispecifics regardless of the IgG level.",
        when: onBispecific,
        citations: ["bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
    ],
    citations: ["bispecific-infection-consensus-2023", "rodriguez-otero-2024-lancet-oncol"],
    regulatory: none,
    evidence: "verified",
  },
  {
    id: "sc.vte.imid-prophylaxis",
    group: "supportive-care",
    // Review c67-U2: an IMiD given now in any disease (lenalidomide for smouldering myeloma, treatments.md 2b),
    // not only myeloma or AL: the label's boxed warning and 7a's "VTE prophylaxis required" are the drug's.
    when: { all: [imidGivenNow, notOnAnticoagulant] },
    // Review c60-M2: an IMiD that may still be given (an entry's end not recorded) leaves onImid unknown: the card
    // stays, saying what is not known, rather than vanishing while the drug may be taken.
    showWhenUnknown: true,
    kind: "supportive-care",
    regimen: null,
    title: "VTE prophylaxis with immunomodulatory drugs (IMPEDE VTE / SAVED)",
    strength: "standard",
    clinicianText:
      "Thromboprophylaxis by risk: IMPEDE VTE (IMiD +4; low <=3, intermediate 4-7, high >=8; 6-month VTE 3.3% / 8.3% / 15.2%) or SAVED (high >=2). Aspirin for lower risk, LMWH for higher risk (ASCO 2023; IMWG 2008).",
    patientText:
      "Some myeloma pills raise the risk of blood clots. A daily aspirin or a blood thinner shot can prevent them. Your team picks one based on your risk.",
    cautions: [vteLowPlatelets],
    citations: ["sanfilippo-2019-ajh", "li-2019-ajh-saved", "key-2023-jco", "palumbo-2008-leukemia"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "IMPEDE and SAVED bands checked; the ASCO myeloma wording and IMWG 2008 are UNVERIFIED.",
  },
  {
    id: "sc.vte.imid-prophylaxis-if-chosen",
    group: "supportive-care",
    when: { all: [isMM, untreatedPhase, notOnAnticoagulant] },
    kind: "supportive-care",
    regimen: null,
    title: "VTE prophylaxis if an immunomodulatory-drug regimen is chosen (IMPEDE VTE / SAVED)",
    strength: "standard",
    clinicianText:
      "If a regimen with lenalidomide, pomalidomide or thalidomide is chosen: thromboprophylaxis by risk: IMPEDE VTE (IMiD +4; low <=3, intermediate 4-7, high >=8; 6-month VTE 3.3% / 8.3% / 15.2%) or SAVED (high >=2). Aspirin for lower risk, LMWH for higher risk (ASCO 2023; IMWG 2008).",
    patientText:
      "Some myeloma pills raise the risk of blood clots. If your treatment has one of them, a daily aspirin or a blood thinner shot can prevent clots. Your team picks one based on your risk.",
    cautions: [vteLowPlatelets],
    citations: ["sanfilippo-2019-ajh", "li-2019-ajh-saved", "key-2023-jco", "palumbo-2008-leukemia"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "IMPEDE and SAVED bands checked; the ASCO myeloma wording and IMWG 2008 are UNVERIFIED.",
  },
  {
    id: "sc.vte.imid-high-risk-lmwh",
    group: "supportive-care",
    when: { all: [imidGivenOrConsidered, highVteRisk, notOnAnticoagulant] },
    kind: "supportive-care",
    regimen: null,
    title:
      "LMWH thromboprophylaxis with an immunomodulatory drug: high VTE risk (VTE history or IMPEDE VTE high)",
    strength: "standard",
    clinicianText: `With an IMiD given now, or if an IMiD regimen is chosen: high VTE risk: ${HIGH_VTE_RISK_WHY} The reference's choice for higher risk is LMWH (ASCO 2023: aspirin or LMWH for lower risk, LMWH for higher risk; IMWG 2008: LMWH, enoxaparin 40 mg/day equivalent, or full-dose warfarin). Aspirin alone is the lower-risk choice.`,
    patientText:
      "You have a higher risk of blood clots. Some myeloma pills raise it more. A blood thinner shot is the usual choice to prevent clots. Aspirin alone is used when the risk is lower.",
    cautions: [
      vteLowPlatelets,
      {
        text: "The record does not say whether the patient already takes an anticoagulant (IMPEDE VTE -4; -5 in one source) or prophylactic LMWH or aspirin (-3), nor ethnicity (Asian / Pacific Islander -3): these lower the score. If an anticoagulant is taken, record it in conditions.anticoagulation: do not add LMWH to full-dose anticoagulation.",
        when: { fact: "anticoagulation", known: false },
        citations: ["sanfilippo-2019-ajh"],
        evidence: "unverified",
      },
      {
        text: "Already on prophylactic LMWH or aspirin (conditions.anticoagulation; IMPEDE VTE -3): for higher risk the reference's choice is LMWH, not aspirin alone. Ethnicity is not recorded (Asian / Pacific Islander -3).",
        when: { fact: "anticoagulation", is: "prophylactic" },
        citations: ["sanfilippo-2019-ajh", "key-2023-jco"],
        evidence: "unverified",
      },
      {
        // Review c14 finding 9: 7c gives "enoxaparin 40 mg/day equivalent" (U) and no kidney rule for LMWH;
        // none is invented. Said where every other drug card of the record is kidney-qualified.
        text: "Kidney function (CrCl < 30 mL/min or on dialysis): the clinical reference gives no renal dose rule for LMWH; check the product label before dosing",
        when: {
          any: [
            { fact: "crclMlMin", lt: 30 },
            { fact: "dialysis", is: true },
          ],
        },
        show: ["crclMlMin", "dialysis"],
        citations: ["palumbo-2008-leukemia"],
        evidence: "unverified",
      },
      {
        // Review c15 finding 1: a clearance that cannot be computed is said to be not known, never read as
        // normal (the caution above cannot be judged without it).
        text: "Kidney function not known (no creatinine clearance can be computed from the record): know it before dosing LMWH; the clinical reference gives no renal dose rule for LMWH (check the product label)",
        when: {
          all: [
            { fact: "crclMlMin", known: false },
            {
              any: [
                { fact: "dialysis", known: false },
                { fact: "dialysis", is: false },
              ],
            },
          ],
        },
        show: ["crclMlMin"],
        citations: ["palumbo-2008-leukemia"],
        evidence: "unverified",
      },
    ],
    citations: ["sanfilippo-2019-ajh", "key-2023-jco", "palumbo-2008-leukemia"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote:
      "The ASCO myeloma wording and the IMWG 2008 recommendation (with its enoxaparin dose) are UNVERIFIED in the reference; the IMPEDE anticoagulant points are disputed (-4 vs -5).",
  },
  {
    id: "sc.vte.imid-already-anticoagulated",
    group: "supportive-care",
    when: { all: [imidGivenOrConsidered, onAnticoagulant] },
    kind: "supportive-care",
    regimen: null,
    title:
      // Review c58-M7: an anticoagulant whose intensity is not recorded is read here too (apixaban 2.5 mg twice daily).
      "Thromboprophylaxis with an immunomodulatory drug: already anticoagulated (full dose, or its intensity not recorded: review with the team)",
    strength: "standard",
    clinicianText: `With an IMiD given now, or if an IMiD regimen is chosen: the patient is already on anticoagulation. ${ALREADY_ANTICOAGULATED_WHY} Do not add LMWH or aspirin on top of full-dose anticoagulation; confirm with the team which anticoagulant and dose is taken (full-dose warfarin covers it; for a DOAC or a prophylactic dose, the reference gives only small studies, so discuss the choice) and keep it during the IMiD.`,
    patientText:
      "You already take a blood thinner. It also helps prevent clots from some myeloma pills. Do not add another blood thinner or aspirin unless your team says so. Tell your team which blood thinner you take and the dose.",
    cautions: [vteLowPlatelets],
    citations: ["palumbo-2008-leukemia", "sanfilippo-2019-ajh", "key-2023-jco"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote:
      "The IMWG 2008 recommendation (LMWH or full-dose warfarin) is UNVERIFIED in the reference; the IMPEDE anticoagulant points are disputed (-4 vs -5); DOACs for IMiD prophylaxis rest on small studies only.",
  },
  {
    id: "sc.vaccination",
    group: "supportive-care",
    when: mmOrAl,
    kind: "supportive-care",
    regimen: null,
    title: "Vaccination",
    strength: "standard",
    clinicianText:
      "Inactivated influenza yearly; pneumococcal (conjugate +/- polysaccharide); recombinant zoster vaccine; COVID-19; no live vaccines during therapy; re-vaccinate after ASCT from about 3-6 months (EMN 2021).",
    patientText:
      "Vaccines help protect you from infections. Get a flu shot each year. Ask about shots for pneumonia, shingles and COVID. Do not get live vaccines during treatment. After a transplant or CAR-T, ask that team when to have your vaccines.",
    cautions: [
      {
        // Review c48-F10: the card 12 days after cilta-cel. The reference gives timing after ASCT only.
        text: "After a BCMA CAR-T infusion: the reference gives no vaccination timing after CAR-T (only after ASCT, from about 3-6 months); plan the timing with the CAR-T centre.",
        when: { fact: "lastLineBcmaCarT", is: true },
        citations: ["ludwig-2021-leukemia"],
        evidence: "unverified",
      },
    ],
    citations: ["ludwig-2021-leukemia"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "The vaccination row is UNVERIFIED in the reference.",
  },
  {
    id: "sc.hypercalcemia",
    group: "supportive-care",
    when: { all: [mmOrAl, { fact: "hypercalcemia", is: true }] },
    kind: "supportive-care",
    regimen: null,
    title: "Treat hypercalcaemia",
    strength: "standard",
    clinicianText:
      "IV saline, then an IV bisphosphonate (zoledronic acid 4 mg; in the hypercalcaemia indication no dose change for serum creatinine <4.5 mg/dL); corticosteroids; calcitonin for rapid effect; denosumab if bisphosphonate-refractory or in renal failure; dialysis if severe; start anti-myeloma therapy.",
    patientText:
      "Your calcium is too high. This can cause thirst, confusion and weak kidneys. Your team can bring it down fast with a bone drug and other medicines, and with fluids or dialysis as your kidneys allow.",
    cautions: [
      {
        text: `Reduced kidney function (CrCl <=60 mL/min or dialysis): the zoledronic acid renal dose table (reduced doses; not recommended below CrCl 30) is bone-disease dosing; ${HCM_ZA_DOSE}.`,
        when: { all: [zaRenalTableApplies, insideZaHypercalcaemiaRule] },
        citations: ["zometa-label"],
        evidence: "verified",
      },
      // Review c83-m5: treatments.md 8c, the zoledronic acid hypercalcaemia rule covers creatinine < 4.5 mg/dL, and
      // "denosumab if bisphosphonate-refractory or renal failure; dialysis if severe".
      {
        text: HCM_OUTSIDE_ZA_RULE,
        when: { not: insideZaHypercalcaemiaRule },
        show: ["creatinineMgDl", "dialysis"],
        citations: ["zometa-label", "bone-agent-labels-2014"],
        evidence: "verified",
      },
    ],
    citations: ["zometa-label", "nccn-mm-2026"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "Only the zoledronic acid renal rule in hypercalcaemia is checked; the rest is UNVERIFIED.",
  },
  {
    id: "sc.hyperviscosity",
    group: "supportive-care",
    when: { fact: "hyperviscosity", is: true },
    kind: "supportive-care",
    regimen: null,
    title: "Urgent plasmapheresis for hyperviscosity",
    strength: "standard",
    clinicianText:
      "Urgent plasmapheresis (IgA and IgG3 more often); avoid red-cell transfusion until viscosity is reduced; start therapy.",
    patientText:
      "Your blood is too thick. A machine can clean the extra protein out of your blood. This is urgent.",
    cautions: [],
    citations: ["nccn-mm-2026"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "The hyperviscosity row is UNVERIFIED in the reference.",
  },
  {
    id: "sc.kidney-protection",
    group: "supportive-care",
    // Myeloma only: the fluid and early high-dose dexamethasone advice is for cast nephropathy (Dimopoulos
    // 2016, MYRE). In AL, treatments.md 6 says reduce dexamethasone in cardiac involvement and watch fluid
    // balance (review c8, 2026-12-02). On dialysis the next entry speaks (review c11-M6).
    when: { all: [isMM, notOnDialysis] },
    kind: "supportive-care",
    regimen: null,
    title: "Kidney protection",
    strength: "standard",
    clinicianText:
      "High fluid intake (~3 L/day if tolerated); avoid NSAIDs and nephrotoxins; caution with IV contrast (hydrate); treat hypercalcaemia; bortezomib-based therapy with high-dose dexamethasone early for myeloma kidney injury.",
    patientText:
      "Drink plenty of fluids if your team agrees. Avoid pain pills like ibuprofen. Tell staff you have myeloma before any scan with dye.",
    cautions: [
      highDoseDexOver75,
      BORTEZOMIB_REFRACTORY_KIDNEY,
      {
        // Review c67-m4: ~3 L/day beside NYHA III heart failure with nothing said. The reference gives the intake "if
        // tolerated" and is silent on heart failure (as on dialysis, where the next entry speaks): said, no target set.
        text: 'Heart failure recorded: the reference\'s high fluid intake (~3 L/day) is "if tolerated" (treatments.md 8c), and it is silent on heart failure; agree the fluid target, and any hydration for IV contrast, with the team (cardiology).',
        when: { fact: "heartFailure", is: true },
        show: ["heartFailure", "nyhaClass"],
        citations: ["dimopoulos-2016-jco-renal"],
        evidence: "unverified",
      },
    ],
    citations: ["dimopoulos-2016-jco-renal", "myeloma-drug-labels"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote: "The NSAID and contrast specifics are UNVERIFIED in the reference.",
  },
  // Review c11-M6: treatments.md 8c gives "high fluid intake (~3 L/day if tolerated)" and is silent on
  // dialysis, where fluid is limited by the dialysis team: no fluid-loading advice, the rest unchanged.
  {
    id: "sc.kidney-protection.dialysis",
    group: "supportive-care",
    when: { all: [isMM, { fact: "dialysis", is: true }] },
    kind: "supportive-care",
    regimen: null,
    title: "Kidney protection on dialysis",
    strength: "standard",
    clinicianText:
      'On dialysis: the reference\'s high fluid intake (~3 L/day) is "if tolerated" and does not address dialysis; follow the nephrology / dialysis fluid plan. Avoid NSAIDs and nephrotoxins; caution with IV contrast; treat hypercalcaemia; bortezomib-based therapy with high-dose dexamethasone early for myeloma kidney injury.',
    patientText:
      "Ask your dialysis team how much to drink each day. Avoid pain pills like ibuprofen. Tell staff you have myeloma before any scan with dye.",
    cautions: [
      {
        text: "High fluid intake (~3 L/day) is advised only if tolerated (treatments.md 8c), and the reference is silent on dialysis: no fluid loading; follow the dialysis team's fluid plan.",
        citations: ["dimopoulos-2016-jco-renal"],
        evidence: "unverified",
      },
      {
        text: "High-cutoff haemodialysis did not significantly improve dialysis independence (MYRE: 41% vs 33% at 3 months).",
        citations: ["bridoux-2017-jama"],
        evidence: "verified",
      },
      highDoseDexOver75,
      BORTEZOMIB_REFRACTORY_KIDNEY,
    ],
    citations: ["dimopoulos-2016-jco-renal", "bridoux-2017-jama", "myeloma-drug-labels"],
    regulatory: none,
    evidence: "unverified",
    evidenceNote:
      "The NSAID and contrast specifics are UNVERIFIED in the reference; it is silent on fluid intake on dialysis.",
  },
];

/** Drug rules: dosing by kidney function and neuropathy, cardiac and blood-bank cautions, and the
 * prophylaxis that goes with each class (treatments.md 7 and 8). Printed as cautions on every option
 * that contains the drug, and as alerts when the patient is on the drug now. */
import type { CitationId } from "../model/bibliography/index.js";
import type { OptionKind } from "../model/enums.js";
import { AL_D_VCD_OUTSIDE_INDICATION, AL_GATES_FAILED } from "./entries/al-amyloidosis.js";
import {
  afterBcmaCarT,
  iggNotSinceEndedBispecific,
  iggNotSinceTCellRedirection,
  isMM,
  myelomaKidneyInjury,
  ndmm,
  TALQUETAMAB_WITH_DARATUMUMAB_NOT_APPROVED,
} from "./entries/common.js";
import { FITNESS_NOT_KNOWN_TIE } from "./entries/newly-diagnosed.js";
import {
  COLLECTION_DUE,
  COLLECTION_DUE_ALERT,
  COLLECTION_DUE_CITATIONS,
  COLLECTION_DUE_TEXT,
} from "./entries/pathway.js";
import type { FactName } from "./situation.js";
import type { AlertRule, Condition, DrugRule } from "./types.js";
import {
  highVteRisk,
  imidGivenOrConsidered,
  lowPlateletsForAnticoagulation,
  notOnAnticoagulant,
  onAnticoagulant,
  VTE_LOW_PLATELETS,
  VTE_LOW_PLATELETS_ALERT,
} from "./vte-risk.js";

const NOT_MAINTENANCE: readonly OptionKind[] = [
  "systemic-therapy",
  "consolidation",
  "stem-cell-transplant",
  "car-t",
  "bispecific",
  "clinical-trial",
  "supportive-care",
  "observation",
  "radiation",
  "surgery",
];
const notDialysis: Condition = { not: { fact: "dialysis", is: true } };
const crclUnknown: Condition = { all: [{ fact: "crclMlMin", known: false }, notDialysis] };

/** Every kidney rule for lenalidomide starts with this, so a test can find it. */
export const LENALIDOMIDE_KIDNEY = "Lenalidomide, kidney function:";
export const ZOLEDRONIC_KIDNEY = "Zoledronic acid, kidney function:";
/** The CrCl the zoledronic acid dose table reads (its baseline's when it is given now: review c67-U1). */
const ZA_DOSE_CRCL: FactName = "zoledronicAcidDoseCrclMlMin";
/** The zoledronic acid given now held for its creatinine rise (treatments.md 8a; review c67-U1). */
const ZA_HELD: Condition = { fact: "zoledronicAcidHold", is: true };

/** A dose band of the zoledronic acid renal table (treatments.md 8a: "Baseline CrCl (Cockcroft-Gault): >60 -> 4.0
 * mg; 50-60 -> 3.5 mg; 40-49 -> 3.3 mg; 30-39 -> 3.0 mg"), read on the baseline CrCl: for a patient on it the last
 * creatinine dated on or before its start, shown with the alert; for a first dose today's (review c67-U1: today's
 * CrCl was called the baseline of a patient on it). No band while the creatinine rise holds it, nor beside the
 * "not recommended" of today's CrCl below 30. */
function zoledronicAcidBand(
  id: string,
  band: readonly Condition[],
  dose: string,
  alertWhenOn: boolean,
): DrugRule {
  return {
    id,
    drugs: ["zoledronic acid"],
    when: { all: [...band, { not: ZA_HELD }, { not: { fact: "crclMlMin", lt: 30 } }] },
    text: { both: `${ZOLEDRONIC_KIDNEY} baseline CrCl ${dose}.` },
    severity: alertWhenOn ? "warning" : "info",
    alertWhenOn,
    ...(alertWhenOn ? { show: ["zoledronicAcidBaseline"] } : {}),
    citations: ["zometa-label"],
    evidence: "verified",
  };
}
/** The alert of talquetamab given with daratumumab (below; review c73-m2), read by the patient summaries. */
/** The caution of a carfilzomib option with uncontrolled hypertension recorded (drug rule
 * carfilzomib.hypertension-uncontrolled; treatments.md 7b): the patient's pages mark the option by it (review c84-m4). */
export const CARFILZOMIB_HYPERTENSION_UNCONTROLLED =
  "Carfilzomib with uncontrolled hypertension recorded: carfilzomib causes hypertension (grade >= 3 in about 5.9%) besides cardiac failure and ischaemia; assess blood pressure, volume and cardiac status at baseline and weigh the blood pressure with the team before carfilzomib (the clinical reference gives no blood-pressure threshold).";
export const TALQUETAMAB_WITH_DARATUMUMAB_ALERT = "alert.talquetamab-with-daratumumab-not-approved";
/** The alert of untreated myeloma with the renal myeloma-defining event (below), named on both summaries. */
export const NDMM_RENAL_IMPAIRMENT = "alert.ndmm-renal-impairment";
/** Review c83-m1: the same renal event, attributed to the myeloma by the team (a critical alert). */
export const NDMM_RENAL_FROM_MYELOMA = "alert.ndmm-renal-impairment.from-myeloma";

/** Lenalidomide continued or as maintenance without a transplant: none done, and the clinician's decision is
 * not to transplant (now) or the first line has gone on to its continuation without one (phase maintenance,
 * nothing in the line that is or may be a transplant: review c33-W3, candidacy not recorded, both kidney
 * tables were shown; review c34-F1, an autograft recorded without its flag keeps both). */
const withoutTransplant: Condition = {
  all: [
    { not: { fact: "priorAsct", is: true } },
    // On maintenance after an entry that may be a transplant (melphalan alone, or the transplant phase, without the
    // asct flag): never the starting dose (25 mg) for maintenance after a possible autograft (review c34-F1).
    {
      not: {
        all: [
          { fact: "phase", is: "maintenance" },
          { fact: "transplantInLatestLine", is: true },
        ],
      },
    },
    {
      any: [
        { fact: "transplantCandidate", in: ["no", "deferred"] },
        {
          all: [
            { fact: "phase", is: "maintenance" },
            { fact: "transplantInLatestLine", is: false },
          ],
        },
      ],
    },
  ],
};

/** The lenalidomide label's neutrophil hold in treatment (the US label's level; the EU SmPC's is lower). */
const LENALIDOMIDE_ANC_TEXT = {
  us: "Neutrophils below 1.0 x10^9/L: the US label interrupts lenalidomide, follows the blood count weekly, and resumes at 1.0 x10^9/L or more (at the starting dose when neutropenia is the only toxicity; label rule, not in the clinical reference).",
  eu: "Neutrophils below 1.0 x10^9/L: the EU SmPC interrupts lenalidomide when they fall below 0.5 x10^9/L (resuming at 0.5 or more) and advises growth factors in neutropenia; compare the count shown (label rule, not in the clinical reference).",
};

/** The first weeks of a bispecific line, when its step-up doses are given: 2 weeks covers the step-up days the
 * reference gives (elranatamab d1, d4, d8; treatments.md 5c). The card's step-up caution and the handout read it. */
export const STEP_UP_WEEKS = 2;
/** A bispecific's monitoring after its step-up doses (treatments.md 5c, 10): on every option giving the drug while no
 * bispecific is given now, and on the line being given only in its first STEP_UP_WEEKS weeks, when the step-up doses
 * are given (review c57-M2: not past them; the handout reads the same weeks). */
function stepUpMonitoring(
  drug: string,
  text: { us: string; eu: string },
  citations: readonly CitationId[] = ["bispecific-labels-2026"],
  evidence: DrugRule["evidence"] = "verified",
): DrugRule {
  return {
    id: `${drug}.step-up-monitoring`,
    drugs: [drug],
    when: {
      any: [
        { fact: "onBispecific", is: false },
        { fact: "weeksOnCurrentLine", lt: STEP_UP_WEEKS },
      ],
    },
    unknownOk: ["onBispecific", "weeksOnCurrentLine"],
    text,
    severity: "info",
    alertWhenOn: false,
    citations,
    evidence,
  };
}
/** The texts of a step-up rule the reference gives for the US label only (treatments.md 5c): the EU one says that the
 * reference gives none (c80-M1; no EU rule is filled in). */
const usLabelOnly = (agent: string, rule: string): { us: string; eu: string } => ({
  us: `${agent}, US label: ${rule}.`,
  eu: `${agent}, EU: the clinical reference gives no EU monitoring rule after step-up doses (the US label's: ${rule}); decide the monitoring with the team.`,
});
/** The week of an elranatamab line from which the US label moves responders to dosing every 4 weeks (treatments.md
 * 10: "after week 48"); the 2-weekly step after 24 weeks (5c) is said before it (review c73-M3). */
export const ELRANATAMAB_EVERY_4_WEEKS_FROM = 48;

/** A label's count hold (review c50-U1, c51-U1): the clinical reference gives no count holds during therapy, so the
 * labels were looked up (UNVERIFIED). A warning, read on the option from the latest count and, on the drug, from a
 * count taken since it started, shown with its date. `also`: a further condition of both (lenalidomide maintenance
 * after a transplant or not); `seen`: where the label text was seen. */
function countHold(
  id: string,
  drug: "lenalidomide" | "bortezomib" | "pomalidomide" | "carfilzomib",
  count: "anc" | "platelets",
  below: number,
  source: CitationId,
  text: DrugRule["text"],
  {
    kinds,
    also,
    alsoCite,
    seen = "secondary copies of the label text",
  }: {
    kinds?: readonly OptionKind[];
    also?: Condition;
    alsoCite?: CitationId;
    seen?: string;
  } = {},
): DrugRule {
  const name = `${drug[0]!.toUpperCase()}${drug.slice(1)}`;
  const latest: FactName = count === "anc" ? "ancE9L" : "plateletsE9L";
  const since = `${count === "anc" ? "anc" : "platelets"}Since${name}Start` as FactName;
  const both = (c: Condition): Condition => (also === undefined ? c : { all: [also, c] });
  return {
    id,
    drugs: [drug],
    ...(kinds === undefined ? {} : { kinds }),
    when: both({ fact: latest, lt: below }),
    text,
    severity: "warning",
    alertWhenOn: true,
    whenOn: both({ fact: since, lt: below }),
    show: [since, count === "anc" ? "neutrophilsDate" : "plateletsDate"],
    citations: alsoCite === undefined ? [source] : [source, alsoCite],
    evidence: "unverified",
    evidenceNote: `Label rule looked up 2026-12-06 (${seen}); not in the clinical reference.`,
  };
}

/** Lenalidomide starting dose (MM, in combination with dexamethasone or other agents), treatments.md 7a.
 * US and EU tables differ. */

const LENALIDOMIDE_STARTING_DOSE: readonly DrugRule[] = [
  {
    id: "lenalidomide.renal.crcl-60-plus",
    drugs: ["lenalidomide"],
    kinds: NOT_MAINTENANCE,
    when: { all: [{ fact: "crclMlMin", gte: 60 }] },
    text: { both: `${LENALIDOMIDE_KIDNEY} CrCl >=60 mL/min: 25 mg daily (days 1-21 of 28), no adjustment.` },
    severity: "info",
    alertWhenOn: false,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "lenalidomide.renal.crcl-50-59",
    drugs: ["lenalidomide"],
    kinds: NOT_MAINTENANCE,
    when: {
      all: [
        { fact: "crclMlMin", gte: 50 },
        { fact: "crclMlMin", lt: 60 },
      ],
    },
    text: {
      us: `${LENALIDOMIDE_KIDNEY} CrCl 50-59 mL/min: US PI starting dose 10 mg daily (the US label adjusts below 60).`,
      eu: `${LENALIDOMIDE_KIDNEY} CrCl 50-59 mL/min: EU SmPC starting dose 25 mg daily, no adjustment (the EU label adjusts below 50).`,
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "lenalidomide.renal.crcl-30-49",
    drugs: ["lenalidomide"],
    kinds: NOT_MAINTENANCE,
    when: {
      all: [
        { fact: "crclMlMin", gte: 30 },
        { fact: "crclMlMin", lt: 50 },
      ],
    },
    text: {
      us: `${LENALIDOMIDE_KIDNEY} CrCl 30-49 mL/min: US PI starting dose 10 mg daily (escalation to 15 mg: wording not seen, UNVERIFIED).`,
      eu: `${LENALIDOMIDE_KIDNEY} CrCl 30-49 mL/min: EU SmPC starting dose 10 mg daily; may escalate to 15 mg after 2 cycles if not responding and tolerating.`,
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
    evidenceNote: "The US escalation wording is UNVERIFIED (not part of the dose shown).",
  },
  {
    id: "lenalidomide.renal.crcl-below-30",
    drugs: ["lenalidomide"],
    kinds: NOT_MAINTENANCE,
    when: { all: [{ fact: "crclMlMin", lt: 30 }, notDialysis] },
    unknownOk: ["dialysis"],
    text: {
      us: `${LENALIDOMIDE_KIDNEY} CrCl <30 mL/min, not on dialysis: US PI starting dose 15 mg every 48 hours (not studied below CrCl 11).`,
      eu: `${LENALIDOMIDE_KIDNEY} CrCl <30 mL/min, not on dialysis: EU SmPC 15 mg every other day (may escalate to 10 mg daily); newer SmPCs list 7.5 mg once daily - check the current SmPC.`,
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "lenalidomide.renal.dialysis",
    drugs: ["lenalidomide"],
    kinds: NOT_MAINTENANCE,
    when: { fact: "dialysis", is: true },
    text: {
      both: `${LENALIDOMIDE_KIDNEY} on dialysis: 5 mg daily; on dialysis days give after dialysis (US PI and EU SmPC; US: not studied below CrCl 7).`,
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
];

/** Review c89-M3 (MISLEADING): on VRd-lite (treatments.md 4: lenalidomide 15 mg days 1-21 of 35-day cycles) at CrCl 57.8
 * the kidney alert gave the labels' starting doses, "EU SmPC starting dose 25 mg daily, no adjustment", read by an EU
 * clinician as a dose to give a 79-year-old on a reduced-dose regimen. On it, each band says the regimen's dose and reads
 * the label's dose (treatments.md 7a) as a ceiling, never a target: the lower of the two, never above 15 mg. The
 * reference gives no renal table for VRd-lite, nor how a regimen's dose meets the label's: this reading is the
 * project's (UNVERIFIED), and the VRd-lite row itself is UNVERIFIED. */
const ON_VRD_LITE: Condition = { fact: "onVrdLite", is: true };
const VRD_LITE_DOSE =
  "on VRd-lite, whose lenalidomide dose is 15 mg days 1-21 of 35-day cycles (treatments.md 4), the label's renal starting dose is a ceiling, not a target:";
const VRD_LITE_READING =
  "The reference gives no renal table for VRd-lite; giving the lower of the label's dose and the regimen's is this tool's reading.";
/** The VRd-lite form of each band of LENALIDOMIDE_STARTING_DOSE, by its id, per jurisdiction. */
const VRD_LITE_BANDS: Readonly<Record<string, DrugRule["text"]>> = {
  "lenalidomide.renal.crcl-60-plus": {
    both: `CrCl >=60 mL/min: the labels' 25 mg (no adjustment) is above VRd-lite's 15 mg: VRd-lite's 15 mg stays; do not raise it.`,
  },
  "lenalidomide.renal.crcl-50-59": {
    us: "CrCl 50-59 mL/min: US PI starting dose 10 mg daily (the US label adjusts below 60), below VRd-lite's 15 mg: 10 mg daily.",
    eu: "CrCl 50-59 mL/min: the EU SmPC adjusts only below 50, and its 25 mg is above VRd-lite's 15 mg: VRd-lite's 15 mg stays; do not raise it.",
  },
  "lenalidomide.renal.crcl-30-49": {
    us: "CrCl 30-49 mL/min: US PI starting dose 10 mg daily, below VRd-lite's 15 mg: 10 mg daily (escalation to 15 mg: wording not seen, UNVERIFIED; never above VRd-lite's 15 mg).",
    eu: "CrCl 30-49 mL/min: EU SmPC starting dose 10 mg daily, below VRd-lite's 15 mg: 10 mg daily; may escalate to 15 mg after 2 cycles if not responding and tolerating, never above VRd-lite's 15 mg.",
  },
  "lenalidomide.renal.crcl-below-30": {
    us: "CrCl <30 mL/min, not on dialysis: US PI starting dose 15 mg every 48 hours, below VRd-lite's 15 mg daily: the label's dose (not studied below CrCl 11).",
    eu: "CrCl <30 mL/min, not on dialysis: EU SmPC 15 mg every other day (newer SmPCs list 7.5 mg once daily - check the current SmPC), below VRd-lite's 15 mg daily: the label's dose.",
  },
  "lenalidomide.renal.dialysis": {
    both: "on dialysis: 5 mg daily, on dialysis days after dialysis (US PI and EU SmPC), below VRd-lite's 15 mg: the label's dose.",
  },
};
/** A band of the starting-dose table said for the line being given when it is not VRd-lite (its VRd-lite form below). */
function notOnVrdLite(rule: DrugRule): DrugRule {
  // Not known (no line read) is not VRd-lite: the label's table is said as before this review.
  const notVrdLite: Condition = {
    any: [
      { fact: "onVrdLite", known: false },
      { fact: "onVrdLite", is: false },
    ],
  };
  // Said after the band, and lacked without a word in practice (the engine always decides onVrdLite; a hand-built
  // situation may leave it open, then named as not known).
  return {
    ...rule,
    when: { all: [rule.when, notVrdLite] },
    unknownOk: [...(rule.unknownOk ?? []), "onVrdLite"],
  };
}
/** The VRd-lite form of a band (id `<band>.vrd-lite`): the regimen's 15 mg and the label's dose as its ceiling. */
function onVrdLite(rule: DrugRule): DrugRule {
  const band = VRD_LITE_BANDS[rule.id];
  if (band === undefined) throw new Error(`no VRd-lite words for ${rule.id}`);
  const said = (t: string) => `${LENALIDOMIDE_KIDNEY} ${VRD_LITE_DOSE} ${t} ${VRD_LITE_READING}`;
  return {
    ...rule,
    id: `${rule.id}.vrd-lite`,
    when: { all: [ON_VRD_LITE, rule.when] },
    text: "both" in band ? { both: said(band.both) } : { us: said(band.us), eu: said(band.eu) },
    citations: ["myeloma-drug-labels", "odonnell-2018-bjh"],
    evidence: "unverified",
    evidenceNote:
      "The VRd-lite row (lenalidomide 15 mg) is UNVERIFIED in the reference, which gives no renal table for it; the label bands are checked (treatments.md 7a).",
  };
}

/** The starting-dose rule for lenalidomide continued without a transplant (VRd then Rd, SWOG S0777; DRd,
 * MAIA): treatments.md 7a gives a renal table for lenalidomide in combination and one for maintenance
 * after ASCT only, so the combination table is the one that applies to a continued Rd; the reference
 * gives none for single-agent lenalidomide continued without a transplant, and the words say so. */
function continuedWithoutTransplant(rule: DrugRule): DrugRule {
  const said = (t: string) =>
    t.replace(
      `${LENALIDOMIDE_KIDNEY} `,
      `${LENALIDOMIDE_KIDNEY} continued without a transplant (the starting-dose table for lenalidomide in combination with dexamethasone; the maintenance-after-ASCT table does not apply): `,
    );
  const text =
    "both" in rule.text ? { both: said(rule.text.both) } : { us: said(rule.text.us), eu: said(rule.text.eu) };
  return {
    ...rule,
    id: `${rule.id}.continued-no-asct`,
    kinds: ["maintenance"],
    when: { all: [withoutTransplant, rule.when] },
    unknownOk: [
      ...(rule.unknownOk ?? []),
      "transplantCandidate",
      "priorAsct",
      "phase",
      "transplantInLatestLine",
    ],
    text,
    evidenceNote:
      "The reference gives no renal table for single-agent lenalidomide continued without a transplant; the combination table is the label's table for Rd.",
  };
}

/** An IMiD's pregnancy-prevention rule (treatments.md 7a, 7b), one per drug so each carries its own
 * verification status: verified without a note, else unverified with the note saying what the reference
 * lacks. */
function pregnancyPrevention(drug: string, name: string, unverifiedNote: string | null): DrugRule {
  const rule: DrugRule = {
    id: `${drug}.pregnancy-prevention`,
    drugs: [drug],
    when: { all: [] },
    text: { both: `${name}: teratogen; pregnancy-prevention programme (REMS).` },
    severity: "info",
    alertWhenOn: false,
    citations: ["myeloma-drug-labels"],
    evidence: unverifiedNote === null ? "verified" : "unverified",
  };
  if (unverifiedNote !== null) rule.evidenceNote = unverifiedNote;
  return rule;
}

/** The bispecific antibodies (T-cell engagers) of treatments.md 5c. */
/** The evidence note of every rule that reads grade 3 neutropenia (ANC < 1.0 x10^9/L). */
const GRADE_3_NEUTROPENIA_NOTE =
  "The reference says 'grade >=3' without the grades; the grade 3 cut-point (ANC < 1.0 x10^9/L, CTCAE v5.0) was looked up and is UNVERIFIED.";

const BISPECIFICS: readonly string[] = ["teclistamab", "elranatamab", "talquetamab", "linvoseltamab"];
/** Bispecifics and the BCMA CAR-T products (treatments.md 5b-5c: the toxicity and prophylaxis rules). */
const T_CELL_REDIRECTION: readonly string[] = [
  ...BISPECIFICS,
  "ciltacabtagene autoleucel",
  "idecabtagene vicleucel",
];

const CLEARANCES_DOSE_WORDS =
  "The measured creatinine clearance and the Cockcroft-Gault estimate fall in different dose bands of this drug's kidney table: its kidney dose or choice here reads Cockcroft-Gault, as the clinical reference defines CrCl. Confirm which reflects the kidney now before dosing.";
/** Review c53-U1, c54-7a: each kidney-dosed drug with the comparison of its own table (situation.ts); c55-7:
 * denosumab has no kidney dose, its 30 mL/min is where hypocalcaemia is more frequent (treatments.md 8a). */
const CLEARANCE_TABLES: readonly (readonly [string, FactName, readonly string[], string])[] = [
  ["lenalidomide", "crclDisagreeLenalidomide", ["lenalidomide"], CLEARANCES_DOSE_WORDS],
  ["zoledronic-acid", "crclDisagreeZoledronicAcid", ["zoledronic acid"], CLEARANCES_DOSE_WORDS],
  ["at-30", "crclDisagreeAt30", ["pamidronate", "melphalan"], CLEARANCES_DOSE_WORDS],
  [
    "denosumab",
    "crclDisagreeAt30",
    ["denosumab"],
    "The measured creatinine clearance and the Cockcroft-Gault estimate lie on either side of 30 mL/min, below which denosumab's hypocalcaemia is more frequent (it has no kidney dose adjustment): its cautions here read Cockcroft-Gault. Confirm which reflects the kidney now.",
  ],
];

const AL_CATEGORY: Condition = { fact: "category", is: "al-amyloidosis" };
/** treatments.md 3c, renal row [20] (myeloma): what the CIBMTR series showed. */
const MEL140_SERIES =
  " No consensus cut-off; in the CIBMTR series Mel140 in moderate renal impairment had worse 5-year PFS than Mel200, and most dialysis patients became dialysis-independent.";
/** High-dose melphalan with CrCl <30 mL/min or dialysis (treatments.md 3c: "clinician decision; consider Mel140"),
 * in the category `category`, the series' words `series` after it. */
function melphalanHdmRenal(id: string, category: Condition, series: string): DrugRule {
  return {
    id,
    drugs: ["melphalan"],
    kinds: ["stem-cell-transplant"],
    when: {
      all: [
        category,
        {
          any: [
            { fact: "crclMlMin", lt: 30 },
            { fact: "dialysis", is: true },
          ],
        },
      ],
    },
    text: {
      both: `Melphalan, kidney function: CrCl <30 mL/min or dialysis - clinician decision; consider Mel140 (140 mg/m2).${series}`,
    },
    severity: "warning",
    alertWhenOn: false,
    citations: ["cibmtr-renal-ahct"],
    evidence: "verified",
  };
}

/** treatments.md 4, 7b: dexamethasone 20 mg weekly for age over 75 or frailty. */
const DEX_OLDER_OR_FRAIL: Condition = {
  any: [
    { fact: "age", gt: 75 },
    { fact: "frailtyGroup", is: "frail" },
  ],
};
/** Review c89-M4: a line being given in its first month (the first 4 whole weeks: the project's reading of the
 * reference's "at least the first month", UNVERIFIED) with myeloma kidney injury now (the IMWG 2014 renal criterion
 * met) that the team attributes to the myeloma: treatments.md 3b (VCd row, IMWG renal) gives high-dose dexamethasone
 * for at least the first month. Each part known (never unknown): an attribution or week count not recorded leaves the
 * 20 mg rule alone, never hidden. */
const MYELOMA_KIDNEY_FIRST_MONTH: Condition = {
  all: [
    { fact: "kidneyImpairmentFromMyeloma", known: true },
    { fact: "kidneyImpairmentFromMyeloma", is: true },
    { fact: "renalCrab", known: true },
    { fact: "renalCrab", is: true },
    { fact: "weeksOnCurrentLine", known: true },
    { fact: "weeksOnCurrentLine", lte: 4 },
  ],
};

export const DRUG_RULES: readonly DrugRule[] = [
  ...LENALIDOMIDE_STARTING_DOSE.map(notOnVrdLite),
  // Review c89-M3: the same bands on VRd-lite being given.
  ...LENALIDOMIDE_STARTING_DOSE.map(onVrdLite),
  ...LENALIDOMIDE_STARTING_DOSE.map(continuedWithoutTransplant),
  {
    id: "lenalidomide.renal.crcl-unknown",
    drugs: ["lenalidomide"],
    when: crclUnknown,
    unknownOk: ["dialysis"],
    text: {
      both: `${LENALIDOMIDE_KIDNEY} CrCl is not known; the starting dose depends on it (US PI adjusts below 60 mL/min, EU SmPC below 50). Measure creatinine, weight, age and sex first.`,
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "lenalidomide.renal.maintenance",
    drugs: ["lenalidomide"],
    kinds: ["maintenance"],
    // The label's maintenance table is for maintenance after ASCT: not for lenalidomide continued without
    // a transplant (those options take the starting-dose table above, treatments.md 7a).
    when: {
      all: [
        { not: withoutTransplant },
        {
          any: [
            { fact: "crclMlMin", lt: 60 },
            { fact: "dialysis", is: true },
          ],
        },
      ],
    },
    unknownOk: ["transplantCandidate", "priorAsct", "phase", "transplantInLatestLine"],
    text: {
      us: `${LENALIDOMIDE_KIDNEY} maintenance after ASCT (US): CrCl 30-60 mL/min 5 mg daily; CrCl <30 or dialysis 2.5 mg daily; do not dose below 2.5 mg daily (renal maintenance table UNVERIFIED).`,
      eu: `${LENALIDOMIDE_KIDNEY} maintenance after ASCT: the reference gives no EU renal maintenance table; the US table (UNVERIFIED) is CrCl 30-60 mL/min 5 mg daily, <30 or dialysis 2.5 mg daily.`,
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "unverified",
    evidenceNote: "The US maintenance renal table values are UNVERIFIED in the reference.",
  },
  // IMiD clot prevention (treatments.md 7c) and pregnancy prevention (7a, 7b): separate rules, so each fact
  // carries its own verification status.
  {
    id: "imid.class.vte-prophylaxis",
    drugs: ["lenalidomide", "pomalidomide", "thalidomide"],
    // Already on full-dose anticoagulation: imid.class.vte-already-anticoagulated says "do not add LMWH or
    // aspirin" instead of this "aspirin or LMWH by risk" (review c19-8: both were printed).
    when: notOnAnticoagulant,
    text: {
      both: "Immunomodulatory drug: boxed warnings for DVT/PE; give thromboprophylaxis by risk (IMPEDE VTE or SAVED: aspirin for lower risk, LMWH for higher risk).",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["sanfilippo-2019-ajh", "key-2023-jco", "myeloma-drug-labels"],
    evidence: "unverified",
    evidenceNote: "The ASCO myeloma prophylaxis wording is UNVERIFIED in the reference.",
  },
  {
    id: "imid.class.vte-high-risk",
    drugs: ["lenalidomide", "pomalidomide", "thalidomide"],
    when: { all: [highVteRisk, notOnAnticoagulant] },
    text: {
      both: "Immunomodulatory drug with a previous VTE (IMPEDE VTE +5) or IMPEDE VTE high (>= 8): the reference's higher-risk thromboprophylaxis is LMWH (ASCO 2023; IMWG 2008: LMWH, enoxaparin 40 mg/day equivalent, or full-dose warfarin), not aspirin alone.",
    },
    severity: "warning",
    alertWhenOn: false,
    citations: ["sanfilippo-2019-ajh", "key-2023-jco", "palumbo-2008-leukemia"],
    evidence: "unverified",
    evidenceNote:
      "The ASCO myeloma wording and the IMWG 2008 recommendation are UNVERIFIED in the reference.",
  },
  // Review c15 finding 1: the caution above names LMWH; the LMWH option (c14-9) and the alerts
  // (alert.vte.imid-high-risk-lmwh-kidney*) carry the kidney caution, and so does every IMiD option. 7c gives
  // no renal dose rule for LMWH: none is invented; the threshold and source are the LMWH option's.
  {
    id: "imid.class.vte-high-risk-kidney",
    drugs: ["lenalidomide", "pomalidomide", "thalidomide"],
    when: {
      all: [
        highVteRisk,
        notOnAnticoagulant,
        {
          any: [
            { fact: "crclMlMin", lt: 30 },
            { fact: "dialysis", is: true },
          ],
        },
      ],
    },
    text: {
      both: "LMWH for the high VTE risk with a creatinine clearance < 30 mL/min or on dialysis: the clinical reference gives no renal dose rule for LMWH (nor for IMWG 2008's enoxaparin 40 mg/day equivalent); check the product label before dosing.",
    },
    severity: "warning",
    alertWhenOn: false,
    citations: ["palumbo-2008-leukemia"],
    evidence: "unverified",
    evidenceNote: "The IMWG 2008 recommendation (with its enoxaparin dose) is UNVERIFIED in the reference.",
  },
  {
    id: "imid.class.vte-high-risk-kidney-unknown",
    drugs: ["lenalidomide", "pomalidomide", "thalidomide"],
    when: {
      all: [
        highVteRisk,
        notOnAnticoagulant,
        { fact: "crclMlMin", known: false },
        {
          any: [
            { fact: "dialysis", known: false },
            { fact: "dialysis", is: false },
          ],
        },
      ],
    },
    text: {
      both: "LMWH for the high VTE risk: kidney function is not known (no creatinine clearance can be computed from the record); know it before dosing LMWH (the clinical reference gives no renal dose rule for LMWH; check the product label).",
    },
    severity: "warning",
    alertWhenOn: false,
    citations: ["palumbo-2008-leukemia"],
    evidence: "unverified",
    evidenceNote: "The IMWG 2008 recommendation (with its enoxaparin dose) is UNVERIFIED in the reference.",
  },
  // Review c9-F5: a patient already on full-dose anticoagulation is not told to add LMWH.
  {
    id: "imid.class.vte-already-anticoagulated",
    drugs: ["lenalidomide", "pomalidomide", "thalidomide"],
    when: onAnticoagulant,
    text: {
      both: "Immunomodulatory drug, patient already anticoagulated (full dose, or its intensity not recorded): it is the thromboprophylaxis (IMWG 2008: LMWH or full-dose warfarin); do not add LMWH or aspirin; confirm the anticoagulant and its dose with the team.",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["palumbo-2008-leukemia", "sanfilippo-2019-ajh"],
    evidence: "unverified",
    evidenceNote: "The IMWG 2008 recommendation is UNVERIFIED in the reference.",
  },
  // Review c8 (2026-12-02): anaemia after years of lenalidomide maintenance. Haematological second primary
  // malignancies are more frequent on it (treatments.md 3d, 5.3% vs 0.8%, McCarthy JCO 2017); the ESA
  // guideline asks for other causes to be looked for first (ASCO/ASH 2019). Hb < 10 g/dL is the ESA entry's
  // threshold (Bohlius 2019), the anaemia worth treating; no new threshold.
  {
    id: "lenalidomide.maintenance-anaemia-second-primary",
    drugs: ["lenalidomide"],
    kinds: ["maintenance"],
    when: {
      all: [
        { fact: "phase", is: "maintenance" },
        { fact: "hemoglobinGDl", lt: 10 },
      ],
    },
    text: {
      both: "Anaemia (Hb < 10 g/dL) on lenalidomide maintenance: haematological second primary malignancies are more frequent with lenalidomide maintenance (5.3% vs 0.8%, meta-analysis). Look for the cause, a second primary myeloid cancer among others, before treating the anaemia alone (ESA or transfusion).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["mccarthy-2017-jco", "bohlius-2019-jco"],
    evidence: "unverified",
    evidenceNote:
      "The rate is checked in the reference (3d); the ESA guideline's work-up wording is UNVERIFIED in the reference.",
  },
  // Review c14 (lead): treatments.md 3d, lenalidomide maintenance after ASCT: "start after count recovery
  // (ANC >=1000/uL and/or plt >=75,000/uL)" (label; verified). Shown before maintenance starts (the
  // transplant and post-transplant phases), naming the counts while they are not recorded since the
  // transplant; the words hold whether the counts are below or not known.
  {
    id: "lenalidomide.maintenance-count-recovery",
    drugs: ["lenalidomide"],
    kinds: ["maintenance"],
    when: {
      all: [
        { fact: "phase", in: ["transplant", "post-transplant"] },
        { fact: "countRecoverySinceAsct", is: false },
      ],
    },
    unknownOk: ["countRecoverySinceAsct"],
    text: {
      both: "Lenalidomide maintenance, blood counts: start it after count recovery from the transplant (label: ANC >=1000/uL and/or platelets >=75,000/uL); the counts recorded since the transplant do not show that recovery.",
    },
    severity: "warning",
    alertWhenOn: false,
    citations: ["myeloma-drug-labels", "mccarthy-2017-jco"],
    evidence: "verified",
  },
  // Review c14 (HARM 1): high-risk SMM on lenalidomide (E3A06) or daratumumab (AQUILA), today's values meet
  // active myeloma while it is still given, nothing recorded of its outcome: the disease may have progressed
  // on it (IMWG 2011 refractory: progression on it or within 60 days of the last dose). Not decided either
  // way (the anaemia may be the drug's); every option with the drug says so until it is recorded.
  ...(["lenalidomide", "daratumumab"] as const).map(
    (drug): DrugRule => ({
      id: `${drug}.smm-therapy-outcome-unknown`,
      drugs: [drug],
      when: {
        all: [
          { fact: "smmTherapyOutcomeUnknown", is: true },
          { fact: drug === "lenalidomide" ? "lenalidomideRefractory" : "antiCd38Refractory", known: false },
        ],
      },
      text: {
        both: `Active myeloma is found while ${drug} given for smouldering myeloma is still taken, and the record does not say whether the disease progressed on it: it may be refractory to ${drug} (progression on it or within 60 days of the last dose, IMWG 2011). Record the outcome (treatmentHistory progressedOn) before choosing a regimen with it; whether the findings are the disease's or the drug's (anaemia) is the team's to judge.`,
      },
      severity: "warning",
      alertWhenOn: false,
      citations: ["rajkumar-2011-blood", "rajkumar-2014-lancet-oncol"],
      evidence: "secondary",
    }),
  ),
  pregnancyPrevention("lenalidomide", "Lenalidomide", null),
  pregnancyPrevention(
    "pomalidomide",
    "Pomalidomide",
    "The reference does not state pomalidomide's pregnancy-prevention programme (UNVERIFIED).",
  ),
  pregnancyPrevention(
    "thalidomide",
    "Thalidomide",
    "Thalidomide's teratogenicity and REMS are UNVERIFIED in the reference (7b).",
  ),
  // Zoledronic acid, treatments.md 8a.
  zoledronicAcidBand(
    "zoledronic-acid.renal.crcl-over-60",
    [{ fact: ZA_DOSE_CRCL, gt: 60 }],
    ">60 mL/min: 4.0 mg",
    false,
  ),
  zoledronicAcidBand(
    "zoledronic-acid.renal.crcl-50-60",
    [
      { fact: ZA_DOSE_CRCL, gte: 50 },
      { fact: ZA_DOSE_CRCL, lte: 60 },
    ],
    "50-60 mL/min: 3.5 mg",
    true,
  ),
  zoledronicAcidBand(
    "zoledronic-acid.renal.crcl-40-49",
    [
      { fact: ZA_DOSE_CRCL, gte: 40 },
      { fact: ZA_DOSE_CRCL, lt: 50 },
    ],
    "40-49 mL/min: 3.3 mg",
    true,
  ),
  zoledronicAcidBand(
    "zoledronic-acid.renal.crcl-30-39",
    [
      { fact: ZA_DOSE_CRCL, gte: 30 },
      { fact: ZA_DOSE_CRCL, lt: 40 },
    ],
    "30-39 mL/min: 3.0 mg",
    true,
  ),
  {
    id: "zoledronic-acid.renal.crcl-below-30",
    drugs: ["zoledronic acid"],
    when: {
      any: [
        { fact: "crclMlMin", lt: 30 },
        { fact: "dialysis", is: true },
      ],
    },
    text: {
      both: `${ZOLEDRONIC_KIDNEY} CrCl <30 mL/min (or dialysis): NOT RECOMMENDED (the label's floor is "not recommended", not a lower dose); consider denosumab.`,
    },
    severity: "critical",
    alertWhenOn: true,
    citations: ["zometa-label"],
    evidence: "verified",
  },
  {
    id: "zoledronic-acid.renal.crcl-unknown",
    drugs: ["zoledronic acid"],
    when: crclUnknown,
    unknownOk: ["dialysis"],
    text: {
      both: `${ZOLEDRONIC_KIDNEY} CrCl is not known; the dose depends on baseline CrCl and it is not recommended below 30 mL/min.`,
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["zometa-label"],
    evidence: "verified",
  },
  // Review c67-U1: treatments.md 8a, "Check creatinine before each dose. Hold if creatinine rises >=0.5 mg/dL (normal
  // baseline <1.4) or >=1.0 mg/dL (abnormal baseline); resume when within 10% of baseline", read on the record's
  // creatinine since its start (engine/bone-agent.ts): a patient on it with 0.9 -> 1.5 mg/dL was given 3.5 mg from
  // today's CrCl as its "baseline". No band is then given as the next dose (zoledronicAcidBand).
  {
    id: "zoledronic-acid.renal.creatinine-rise-hold",
    drugs: ["zoledronic acid"],
    when: ZA_HELD,
    text: {
      both: `${ZOLEDRONIC_KIDNEY} creatinine has risen since it started by >=0.5 mg/dL from a normal baseline (<1.4 mg/dL), or >=1.0 mg/dL from an abnormal one: hold it, with no dose from the CrCl table now; resume when creatinine is back within 10% of baseline.`,
    },
    severity: "warning",
    alertWhenOn: true,
    show: ["zoledronicAcidCreatinineChange"],
    cautionShow: ["zoledronicAcidCreatinineChange"],
    citations: ["zometa-label"],
    evidence: "verified",
  },
  {
    id: "zoledronic-acid.renal.hold",
    drugs: ["zoledronic acid"],
    // The rule in general; when the record's values meet it, the rule above says it with them.
    when: { not: ZA_HELD },
    text: {
      both: "Zoledronic acid: check creatinine before each dose; hold if creatinine rises >=0.5 mg/dL (normal baseline <1.4) or >=1.0 mg/dL (abnormal baseline); resume when within 10% of baseline. Infuse over >=15 minutes.",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["zometa-label"],
    evidence: "verified",
  },
  {
    id: "pamidronate.renal.crcl-below-30",
    drugs: ["pamidronate"],
    when: {
      any: [
        { fact: "crclMlMin", lt: 30 },
        { fact: "dialysis", is: true },
      ],
    },
    text: {
      both: "Pamidronate, kidney function: CrCl <30 mL/min: not recommended (bisphosphonate expert table; not studied with creatinine >3 mg/dL). After renal toxicity, ASCO: restart at <=90 mg over >=4 h every 4 weeks.",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["bone-agent-labels-2014"],
    evidence: "verified",
  },
  {
    id: "denosumab.hypocalcemia",
    drugs: ["denosumab"],
    when: { all: [] },
    text: {
      both: "Denosumab: correct calcium before use and monitor; give calcium and vitamin D. Stopping causes rebound bone loss and vertebral fractures: plan the transition.",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["terpos-2021-lancet-oncol", "bone-agent-labels-2014"],
    evidence: "verified",
  },
  {
    id: "denosumab.hypocalcemia.renal",
    drugs: ["denosumab"],
    when: {
      any: [
        { fact: "crclMlMin", lt: 30 },
        { fact: "dialysis", is: true },
      ],
    },
    text: {
      both: "Denosumab, kidney function: hypocalcaemia risk rises with renal dysfunction, most with CrCl <30 mL/min or dialysis; monitor calcium (no dose adjustment).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["bone-agent-labels-2014"],
    evidence: "verified",
  },
  // Review c44-M2: calcium 7.6 mg/dL with CrCl 25 and denosumab preferred, nothing said: the record gives no lower
  // limit, and no number of ours takes its place (review c8-13), so the value is named where the reference says
  // the risk is highest (treatments.md 8a: hypocalcaemia more frequent, esp. CrCl <30 or dialysis).
  {
    id: "denosumab.calcium-limit-not-given.renal",
    drugs: ["denosumab"],
    when: {
      all: [
        { fact: "calciumVsLowerLimit", is: "no-limit-given" },
        // Not above the CRAB hypercalcaemia level (criteria-and-scores.md 1.1: > 11 mg/dL): no low calcium to
        // look for there (review c45-m3).
        { fact: "calciumMgDl", lte: 11 },
        {
          any: [
            { fact: "crclMlMin", lt: 30 },
            { fact: "dialysis", is: true },
          ],
        },
      ],
    },
    // No calcium recorded at all is not a normal one (review c45-m3): the caution says so and asks for it.
    unknownOk: ["calciumVsLowerLimit", "calciumMgDl"],
    text: {
      both: "Denosumab, calcium: whether serum calcium is low is not judged here (the record gives no value with its laboratory's lower limit of normal). With CrCl <30 mL/min or dialysis hypocalcaemia is most frequent: compare the value with the laboratory's range (or an albumin-corrected or ionised calcium) and correct a low calcium before denosumab is given.",
    },
    cautionShow: ["calciumMgDl"],
    severity: "warning",
    alertWhenOn: false,
    citations: ["bone-agent-labels-2014", "terpos-2021-lancet-oncol"],
    evidence: "verified",
  },
  // Melphalan, treatments.md 3c and 7b. Review c76-m3: the CIBMTR series (3c renal row) is of myeloma, whose kidney
  // injury is largely reversible; treatments.md 6 says nothing of AL kidney amyloidosis recovering after ASCT, so the
  // AL transplant keeps the Mel140 clinician-decision sentence without the series' outcomes.
  melphalanHdmRenal("melphalan.hdm.renal", { not: AL_CATEGORY }, MEL140_SERIES),
  melphalanHdmRenal("melphalan.hdm.renal.al", AL_CATEGORY, ""),
  {
    id: "melphalan.oral.renal",
    drugs: ["melphalan"],
    kinds: ["systemic-therapy"],
    when: { fact: "crclMlMin", lt: 30 },
    text: {
      both: "Melphalan (oral), kidney function: reduce the dose in renal impairment (~50% for CrCl <30 mL/min; UNVERIFIED).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "unverified",
    evidenceNote: "The oral melphalan renal reduction is UNVERIFIED in the reference.",
  },
  // Bortezomib neuropathy dose modification (US PI 2.7), treatments.md 7b.
  {
    id: "bortezomib.neuropathy.grade1-painless",
    drugs: ["bortezomib"],
    when: {
      all: [
        { fact: "neuropathyGrade", is: 1 },
        { fact: "neuropathyPainful", is: false },
      ],
    },
    text: { both: "Bortezomib, neuropathy grade 1 without pain: no dose change." },
    severity: "info",
    alertWhenOn: false,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "bortezomib.neuropathy.reduce",
    drugs: ["bortezomib"],
    when: {
      any: [
        {
          all: [
            { fact: "neuropathyGrade", is: 1 },
            { fact: "neuropathyPainful", is: true },
          ],
        },
        {
          all: [
            { fact: "neuropathyGrade", is: 2 },
            { fact: "neuropathyPainful", is: false },
          ],
        },
      ],
    },
    unknownOk: ["neuropathyPainful"],
    text: {
      both: "Bortezomib, neuropathy grade 1 with pain or grade 2: reduce to 1.0 mg/m2 (or give weekly); SC is preferred (less neuropathy).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "bortezomib.neuropathy.hold",
    drugs: ["bortezomib"],
    when: {
      any: [
        {
          all: [
            { fact: "neuropathyGrade", is: 2 },
            { fact: "neuropathyPainful", is: true },
          ],
        },
        { fact: "neuropathyGrade", is: 3 },
      ],
    },
    unknownOk: ["neuropathyPainful"],
    text: {
      both: "Bortezomib, neuropathy grade 2 with pain or grade 3: hold until grade 1 or less, then restart at 0.7 mg/m2 weekly.",
    },
    severity: "critical",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "bortezomib.neuropathy.stop",
    drugs: ["bortezomib"],
    when: { fact: "neuropathyGrade", is: 4 },
    text: { both: "Bortezomib, neuropathy grade 4: stop bortezomib." },
    severity: "critical",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "bortezomib.neuropathy.unknown",
    drugs: ["bortezomib"],
    when: { fact: "neuropathyGrade", known: false },
    text: {
      both: "Bortezomib: neuropathy grade is not recorded; the dose depends on it (grade 1 with pain or 2: 1.0 mg/m2; grade 2 with pain or 3: hold; grade 4: stop).",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  // Review c74-U1 (UNSAFE): peripheral neuropathy recorded present (an EHR problem list gives no grade), its grade not
  // recorded: the grade decides the bortezomib dose (US PI 2.7, treatments.md 7b) and thalidomide's neuropathy worsens
  // with dose and time (7b). Undecided while the grade is missing, so the grade is asked on every such option; the
  // options themselves read the worst case (neuropathy.ts NEUROPATHY_PRESENT_GRADE_NOT_RECORDED).
  {
    id: "neuropathy.present-grade-not-recorded",
    drugs: ["bortezomib", "thalidomide"],
    when: {
      all: [{ fact: "peripheralNeuropathy", is: true }, { not: { fact: "neuropathyGrade", gte: 0 } }],
    },
    unknownOk: ["neuropathyGrade"],
    text: {
      both: "Peripheral neuropathy is recorded but not its grade, needed for bortezomib and thalidomide dosing: read as the worst case (bortezomib held until grade 1 or less; thalidomide worsens it) until the grade is recorded.",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  // Carfilzomib, treatments.md 7b.
  {
    id: "carfilzomib.cardiac",
    drugs: ["carfilzomib"],
    when: { all: [] },
    text: {
      both: "Carfilzomib: cardiac failure, ischaemia and cardiomyopathy (fatal events have occurred), hypertension, pulmonary hypertension, AKI, TMA, TLS. Assess blood pressure, volume and cardiac status at baseline; hold for grade 3-4 cardiac events.",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["chari-2018-blood-adv", "bringhen-2018-haematologica"],
    evidence: "verified",
  },
  // Review C10-W3 (c11a): hypertension is recordable (conditions.hypertension). treatments.md 7b, carfilzomib:
  // hypertension (grade >= 3 ~5.9%), assess BP/volume/cardiac status at baseline [66][67]. The reference gives
  // no blood-pressure threshold, no contraindication and no strength for it: a caution, never a demotion.
  {
    id: "carfilzomib.hypertension-uncontrolled",
    drugs: ["carfilzomib"],
    when: { fact: "hypertension", is: "uncontrolled" },
    text: { both: CARFILZOMIB_HYPERTENSION_UNCONTROLLED },
    severity: "warning",
    alertWhenOn: true,
    citations: ["chari-2018-blood-adv", "bringhen-2018-haematologica"],
    evidence: "verified",
  },
  {
    id: "carfilzomib.hypertension-unknown",
    drugs: ["carfilzomib"],
    when: { fact: "hypertension", known: false },
    text: {
      both: "Carfilzomib, hypertension: not known (the record does not say whether there is hypertension, or whether it is controlled). Carfilzomib causes hypertension (grade >= 3 in about 5.9%): assess blood pressure at baseline.",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["chari-2018-blood-adv", "bringhen-2018-haematologica"],
    evidence: "verified",
  },
  // treatments.md 7b, carfilzomib (verified [66][67]): its warnings include AKI and TMA. With kidney impairment new or
  // worse on treatment (alert.kidney-new-on-treatment), a card giving carfilzomib, the line being given among them, said
  // nothing of it. The reference gives no kidney rule to hold it and no strength: a caution, never a demotion.
  {
    id: "carfilzomib.kidney-new-on-treatment",
    drugs: ["carfilzomib"],
    when: { fact: "kidneyNewOnTreatment", is: true },
    text: {
      both: "Carfilzomib with kidney impairment new or worse since the latest line started (see the kidney alert): carfilzomib's warnings include acute kidney injury and thrombotic microangiopathy; look for them among the causes before it is given or goes on (the clinical reference gives no kidney rule to hold it).",
    },
    severity: "warning",
    alertWhenOn: false,
    citations: ["chari-2018-blood-adv", "bringhen-2018-haematologica"],
    evidence: "verified",
  },
  {
    id: "carfilzomib.heart-failure",
    drugs: ["carfilzomib"],
    when: { fact: "heartFailure", is: true },
    text: {
      both: "Carfilzomib and heart failure: NYHA III/IV, recent MI or uncontrolled arrhythmia were excluded from trials; weigh a non-carfilzomib regimen.",
    },
    severity: "critical",
    alertWhenOn: true,
    citations: ["chari-2018-blood-adv", "bringhen-2018-haematologica"],
    evidence: "verified",
  },
  // Review c58-M3: heart failure not recorded either way (and no NYHA class III/IV, which reads as heart failure) left
  // carfilzomib regimens a first choice with nothing asked: the heart-failure adjustment above is not met on an
  // unknown. Unknown is what this rule is about (as the HBV serology rule): it applies undecided, names the missing
  // field and asks it. Known either way (or NYHA III/IV), it is not met.
  {
    id: "carfilzomib.heart-failure-not-known",
    drugs: ["carfilzomib"],
    when: {
      all: [{ not: { fact: "heartFailure", is: true } }, { not: { fact: "heartFailure", is: false } }],
    },
    unknownOk: ["heartFailure"],
    text: {
      both: "Carfilzomib and heart failure: carfilzomib causes cardiac failure (fatal events have occurred) and its trials excluded NYHA class III/IV heart failure; with heart failure a carfilzomib regimen is not a first choice here. Record whether there is heart failure (and its NYHA class).",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["chari-2018-blood-adv", "bringhen-2018-haematologica"],
    evidence: "verified",
  },
  {
    id: "carfilzomib.age-75",
    drugs: ["carfilzomib"],
    when: { fact: "age", gte: 75 },
    text: { both: "Carfilzomib at age 75 or older: higher risk of heart failure." },
    severity: "warning",
    alertWhenOn: true,
    citations: ["chari-2018-blood-adv"],
    evidence: "verified",
  },
  // Anti-CD38 antibodies, treatments.md 7b; criteria-and-scores 6.4.
  {
    id: "anti-cd38.blood-bank",
    drugs: ["daratumumab", "isatuximab"],
    when: { all: [] },
    text: {
      both: "Anti-CD38 antibody: panreactive indirect antiglobulin test for ~2-6 months after the last dose. Type and screen (+/- phenotype/genotype) before the first dose and notify the blood bank; DTT-treated cells destroy Kell, so give K-negative units.",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["oostendorp-2015-transfusion"],
    evidence: "verified",
  },
  // Hepatitis B reactivation: not in the clinical reference (it names HBV screening for bispecifics only,
  // treatments.md 5c); the daratumumab DHPC / label and ASCO 2020, looked up 2026-12-02.
  {
    id: "daratumumab.hbv-reactivation",
    drugs: ["daratumumab"],
    // Screened negative (HBsAg and anti-HBc both negative): the next rule says so instead (review c9 F16).
    when: { not: { fact: "hbvSerology", is: "negative" } },
    unknownOk: ["hbvSerology"],
    text: {
      both: "Daratumumab: hepatitis B virus reactivation, some fatal, has been reported. Screen for HBV before starting (HBsAg, anti-HBc, anti-HBs; ASCO 2020), and screen patients already on it whose HBV serology is not known. With positive serology, monitor for reactivation during treatment and for at least 6 months after it ends; if HBV reactivates, stop daratumumab and treat with an HBV specialist.",
    },
    severity: "warning",
    alertWhenOn: false,
    citations: ["daratumumab-hbv-reactivation-2019", "hwang-2020-jco-hbv"],
    evidence: "verified",
  },
  {
    id: "isatuximab.hbv-screening",
    drugs: ["isatuximab"],
    // Screened negative (HBsAg and anti-HBc both negative): the next rule says so instead (review c9 F16).
    when: { not: { fact: "hbvSerology", is: "negative" } },
    unknownOk: ["hbvSerology"],
    text: {
      both: "Isatuximab: test for HBV before starting (HBsAg, anti-HBc, anti-HBs), as ASCO 2020 asks before any systemic anticancer therapy; chronic or past infection needs a reactivation risk assessment. (No HBV reactivation warning was found in the isatuximab label; daratumumab, the other anti-CD38 antibody, carries one.)",
    },
    severity: "warning",
    alertWhenOn: false,
    citations: ["hwang-2020-jco-hbv", "daratumumab-hbv-reactivation-2019"],
    evidence: "verified",
  },
  {
    // criteria-and-scores.md 9.3 (MAMMOTH, verified): anti-CD38-refractory needs >= 4 weeks of therapy with PD on
    // it or within 60 days of the last dose. Under 4 weeks the engine reads "not refractory" (lines.ts), which
    // is not established rather than ruled out: said where the class is given again (review c38-K1, c39-L8:
    // after 3 weekly doses of Isa-Pd and a progression, Tec-Dara and Isa-Pd were offered with nothing said).
    id: "anti-cd38.progressed-under-4-weeks",
    drugs: ["daratumumab", "isatuximab"],
    when: {
      all: [
        { fact: "antiCd38ProgressedUnder4Weeks", is: true },
        { not: { fact: "antiCd38Refractory", is: true } },
      ],
    },
    text: {
      both: "Anti-CD38 antibody: the disease progressed on an earlier anti-CD38 antibody, or within 60 days of its last dose, after under 4 weeks of it. That is not anti-CD38-refractory by the MAMMOTH definition (>= 4 weeks of therapy), so refractoriness to the class is not established, nor ruled out: not a first choice; weigh giving the class again with the team.",
    },
    severity: "warning",
    alertWhenOn: false,
    // Which course (review c43-m2): the antibody, its regimen, its start and the days of therapy counted.
    cautionShow: ["antiCd38ShortCourses"],
    citations: ["gandhi-2019-leukemia"],
    evidence: "verified",
  },
  {
    id: "anti-cd38.hbv-serology-negative",
    drugs: ["daratumumab", "isatuximab"],
    when: { fact: "hbvSerology", is: "negative" },
    text: {
      both: "Anti-CD38 antibody: HBV serology recorded negative (HBsAg and anti-HBc): the screening asked for before starting is done (ASCO 2020; daratumumab DHPC).",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["hwang-2020-jco-hbv", "daratumumab-hbv-reactivation-2019"],
    evidence: "verified",
  },
  {
    id: "anti-cd38.hbv-serology-unknown",
    drugs: ["daratumumab", "isatuximab"],
    // Unknown (not screened) is what this rule is about: it applies undecided and names the missing results.
    when: { not: { fact: "hbvSerology", in: ["positive", "negative"] } },
    unknownOk: ["hbvSerology"],
    text: {
      both: "Anti-CD38 antibody: HBV serology (HBsAg and anti-HBc) is not recorded: screen now, before the first dose or, if already on treatment, without waiting (daratumumab DHPC: screen patients on it whose serology is unknown; ASCO 2020: do not delay therapy for the results).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["daratumumab-hbv-reactivation-2019", "hwang-2020-jco-hbv"],
    evidence: "verified",
  },
  // Review c83-m3: treatments.md 5c, the required co-orders of bispecifics (infections, verified [45]): "HBV/HCV/HIV
  // screening". With HBV serology not recorded, on a bispecific or one offered: as the anti-CD38 rule above (asked,
  // warned when on it). The reference gives the screening only; the monitoring after a positive screen is not in it.
  {
    id: "bispecific.hbv-serology-unknown",
    drugs: BISPECIFICS,
    when: { not: { fact: "hbvSerology", in: ["positive", "negative"] } },
    unknownOk: ["hbvSerology"],
    text: {
      both: "Bispecific antibody: HBV serology (HBsAg and anti-HBc) is not recorded: HBV, HCV and HIV screening is among the required co-orders of bispecific antibodies (treatments.md 5c): screen before the first dose or, if already on one, now.",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["bispecific-infection-consensus-2023"],
    evidence: "verified",
  },
  {
    id: "anti-cd38.hbv-serology-positive",
    drugs: ["daratumumab", "isatuximab"],
    when: { fact: "hbvSerology", is: "positive" },
    text: {
      both: "Anti-CD38 antibody with positive HBV serology (HBsAg or anti-HBc positive: chronic or past hepatitis B): assess the reactivation risk with an HBV specialist (ASCO 2020: antiviral prophylaxis for chronic HBV through and for at least 12 months after therapy); monitor for HBV reactivation during treatment and for at least 6 months after it ends (daratumumab DHPC).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["daratumumab-hbv-reactivation-2019", "hwang-2020-jco-hbv"],
    evidence: "verified",
  },
  {
    id: "daratumumab.spep-interference",
    drugs: ["daratumumab"],
    when: { fact: "iggKappa", is: true },
    text: {
      both: "Daratumumab (IgG1-kappa) can appear as a small IgG-kappa band on SPEP/IFE in IgG-kappa disease and mask a CR: use a daratumumab-specific IFE reflex assay (DIRA or Hydrashift).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["van-de-donk-2016-cclm", "thoren-2019-jalm"],
    evidence: "verified",
  },
  {
    id: "isatuximab.spep-interference",
    drugs: ["isatuximab"],
    when: { fact: "iggKappa", is: true },
    text: {
      both: "Isatuximab (a therapeutic IgG-kappa antibody) can appear on SPEP/IFE and mimic M-protein in IgG-kappa disease, confounding CR assessment (UNVERIFIED in the reference).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "unverified",
    evidenceNote:
      "The SPEP interference wording for anti-CD38 antibodies other than daratumumab is UNVERIFIED.",
  },
  // Dexamethasone, treatments.md 4 and 7b.
  {
    id: "dexamethasone.older-or-frail",
    drugs: ["dexamethasone"],
    // Review c89-M4: in the first month of a line for myeloma kidney injury the next rule speaks instead.
    when: { all: [DEX_OLDER_OR_FRAIL, { not: MYELOMA_KIDNEY_FIRST_MONTH }] },
    // Review c20-7: XVd gives 20 mg twice weekly, which "20 mg weekly instead of 40 mg" read as halving. The
    // reference's figure is for the 40 mg-weekly schedule (treatments.md 7b, the dexamethasone row).
    text: {
      both: "Dexamethasone for age over 75 or frailty: 20 mg weekly in place of the standard 40 mg weekly; for a regimen with another dexamethasone schedule (XVd: 20 mg twice weekly) the reference gives no reduced figure: reduce with the team.",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels", "palumbo-2015-blood-frailty"],
    evidence: "verified",
  },
  // Review c89-M4 (VCd week 4 for cast nephropathy at 77: "20 mg in place of 40" alone at the top, the kidney rule only
  // on the kidney-protection card): both rules in one warning, and that the reference does not say which wins
  // (entries/common.ts highDoseDexOver75 says the same on the cards).
  {
    id: "dexamethasone.older-or-frail.myeloma-kidney-first-month",
    drugs: ["dexamethasone"],
    when: { all: [DEX_OLDER_OR_FRAIL, MYELOMA_KIDNEY_FIRST_MONTH] },
    text: {
      both: "Dexamethasone for age over 75 or frailty, in the first month of a line given with kidney injury from the myeloma (the IMWG 2014 renal criterion met, attributed to the myeloma by the team): the reference gives both 20 mg weekly in place of the standard 40 mg weekly for age over 75 or frailty (treatments.md 4, 7b) and high-dose dexamethasone for at least the first month of myeloma kidney injury (treatments.md 3b, IMWG renal; no dose given), and does not say which wins: weigh with the team. The first month is read as the line's first 4 whole weeks (the project's reading, UNVERIFIED).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels", "palumbo-2015-blood-frailty", "dimopoulos-2016-jco-renal"],
    evidence: "unverified",
    evidenceNote:
      "Both dose rules are verified in the reference; reading its 'first month' as the line's first 4 whole weeks is the project's (UNVERIFIED).",
  },
  // Pomalidomide, thalidomide, selinexor, treatments.md 7b.
  {
    id: "pomalidomide.dialysis",
    drugs: ["pomalidomide"],
    when: { fact: "dialysis", is: true },
    text: {
      both: "Pomalidomide on dialysis: 3 mg daily, after dialysis on dialysis days (no adjustment for renal impairment not on dialysis).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  // Review c13-3 (helper review finding 3): treatments.md 7b, pomalidomide "Hepatic: Child-Pugh A/B 3 mg; C
  // 2 mg" (verified there). Shown, naming the missing input, while hepatic function is not recorded; with a
  // class recorded, that class's dose only (review c20-6: the whole table was quoted beside a class C).
  {
    id: "pomalidomide.hepatic",
    drugs: ["pomalidomide"],
    when: {
      not: {
        fact: "hepaticImpairment",
        in: ["none", "child-pugh-a", "child-pugh-b", "child-pugh-c"],
      },
    },
    unknownOk: ["hepaticImpairment"],
    text: {
      both: "Pomalidomide, liver function: in hepatic impairment the starting dose is 3 mg daily for Child-Pugh class A or B and 2 mg daily for class C (label).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "pomalidomide.hepatic-child-pugh-a-b",
    drugs: ["pomalidomide"],
    when: { fact: "hepaticImpairment", in: ["child-pugh-a", "child-pugh-b"] },
    text: {
      both: "Pomalidomide, liver function (Child-Pugh class A or B recorded): starting dose 3 mg daily (label).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  {
    id: "pomalidomide.hepatic-child-pugh-c",
    drugs: ["pomalidomide"],
    when: { fact: "hepaticImpairment", is: "child-pugh-c" },
    text: {
      both: "Pomalidomide, liver function (Child-Pugh class C recorded): starting dose 2 mg daily (label).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  // Review c20-6: dialysis and hepatic impairment together. The reference gives each dose on its own
  // (treatments.md 7b) and no combined one: said so, no figure of ours.
  {
    id: "pomalidomide.dialysis-and-hepatic",
    drugs: ["pomalidomide"],
    when: {
      all: [
        { fact: "dialysis", is: true },
        { fact: "hepaticImpairment", in: ["child-pugh-a", "child-pugh-b", "child-pugh-c"] },
      ],
    },
    text: {
      both: "Pomalidomide with both dialysis and hepatic impairment: the label gives each starting dose on its own and the clinical reference gives no combined dose; agree the dose with the pharmacist.",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  },
  // Review c13 leftover: treatments.md 7b, bortezomib "Moderate/severe hepatic impairment: start 0.7 mg/m²"
  // (U). The reference does not say how the grade is set and the record holds a Child-Pugh class, not a
  // bilirubin: no mapping between them is invented; the caution asks for the grading. Review c15 finding 2:
  // with nothing recorded the caution cannot be judged, so it is shown naming the missing input (as
  // pomalidomide.hepatic), never read as normal; "none" recorded hides it.
  {
    id: "bortezomib.hepatic",
    drugs: ["bortezomib"],
    when: { fact: "hepaticImpairment", in: ["child-pugh-a", "child-pugh-b", "child-pugh-c"] },
    unknownOk: ["hepaticImpairment"],
    text: {
      both: "Bortezomib, liver function: in moderate or severe hepatic impairment the starting dose is 0.7 mg/m² (label wording UNVERIFIED in the reference). The record's hepatic field is a Child-Pugh class; the reference does not say how moderate or severe impairment is graded for bortezomib, so check the label's grading before the first dose.",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "unverified",
    evidenceNote: "The bortezomib hepatic starting dose is UNVERIFIED in the reference.",
  },
  // Review c53-U1: a measured creatinine clearance of 25 mL/min beside a Cockcroft-Gault estimate of 80 read "CrCl
  // >=60: 25 mg, no adjustment" and zoledronic acid 4.0 mg "preferred". The reference defines CrCl as Cockcroft-Gault
  // (treatments.md conventions) and says nothing of a measured value for the doses: the doses keep reading it, and
  // each card whose dose the kidney sets says the two disagree (the alert rule alert.kidney-clearances-disagree too).
  ...CLEARANCE_TABLES.map(
    ([table, fact, drugs, words]): DrugRule => ({
      id: `kidney.clearances-disagree.${table}`,
      drugs,
      when: { fact, is: true },
      text: { both: words },
      cautionShow: ["measuredCrclMlMin", "crclMlMin"],
      severity: "warning",
      alertWhenOn: false,
      citations: ["cockcroft-1976-nephron", "myeloma-drug-labels"],
      evidence: "secondary",
    }),
  ),
  // Review c50-m4: treatments.md 5c, elranatamab (verified): "every 2 weeks after 24 weeks if >=PR >=2 mo". Said to a
  // patient on it 24 weeks or more into the line; the record may not give the response or how long it has lasted, so
  // the words give the label's condition to check. Review c73-M3: up to week 47; from week 48 the rule after it.
  {
    id: "elranatamab.every-2-weeks-after-24-weeks",
    drugs: ["elranatamab"],
    when: {
      all: [
        { fact: "onBcmaBispecific", is: true },
        { fact: "weeksOnCurrentLine", gte: 24 },
        { fact: "weeksOnCurrentLine", lt: ELRANATAMAB_EVERY_4_WEEKS_FROM },
      ],
    },
    text: {
      both: "Elranatamab given for 24 weeks or more on this line: the label moves patients with a partial response or better lasting at least 2 months to dosing every 2 weeks (treatments.md 5c); check the response and how long it has lasted.",
    },
    show: ["weeksOnCurrentLine"],
    cautionShow: ["weeksOnCurrentLine"],
    severity: "info",
    alertWhenOn: true,
    citations: ["bispecific-labels-2026"],
    evidence: "verified",
  },
  // Review c73-M3: at week 56 on elranatamab with a confirmed response, only the 2-weekly step was said. treatments.md 10
  // (F): "US label: dosing every 4 weeks for responders after week 48 (F; date of change U)". A US label step: the EU
  // text says whose it is and that the reference gives no EU schedule after week 48 (as the other rules whose labels
  // differ). The response is not read here (the record may not give it): the words ask for it.
  {
    id: "elranatamab.every-4-weeks-after-48-weeks",
    drugs: ["elranatamab"],
    when: {
      all: [
        { fact: "onBcmaBispecific", is: true },
        { fact: "weeksOnCurrentLine", gte: ELRANATAMAB_EVERY_4_WEEKS_FROM },
      ],
    },
    text: {
      us: "Elranatamab given 48 weeks or more on this line, US label: patients who respond move to dosing every 4 weeks after week 48 (treatments.md 10; the date of this label change is UNVERIFIED), after the step to every 2 weeks after 24 weeks for a partial response or better lasting at least 2 months (treatments.md 5c); check the response.",
      eu: "Elranatamab given 48 weeks or more on this line, EU: the clinical reference gives no EU schedule after week 48 (dosing every 4 weeks for responders after week 48 is the US label's, treatments.md 10; the date of that change is UNVERIFIED); the step it gives is every 2 weeks after 24 weeks, for a partial response or better lasting at least 2 months (treatments.md 5c); check the response.",
    },
    show: ["weeksOnCurrentLine"],
    cautionShow: ["weeksOnCurrentLine"],
    severity: "info",
    alertWhenOn: true,
    citations: ["bispecific-labels-2026"],
    evidence: "verified",
    evidenceNote: "The date of the US label change is UNVERIFIED in the reference (treatments.md 10).",
  },
  // Review c53-m8: treatments.md 7b, bortezomib "No renal adjustment (give after dialysis)" (label wording U there);
  // lenalidomide and pomalidomide said "after dialysis", bortezomib did not.
  {
    id: "bortezomib.dialysis",
    drugs: ["bortezomib"],
    when: { fact: "dialysis", is: true },
    text: {
      both: "Bortezomib on dialysis: no renal dose adjustment; give it after dialysis (label wording UNVERIFIED in the reference).",
    },
    severity: "info",
    alertWhenOn: true,
    citations: ["myeloma-drug-labels"],
    evidence: "unverified",
    evidenceNote: "The bortezomib label wording on dialysis is UNVERIFIED in the reference.",
  },
  {
    id: "thalidomide.neuropathy",
    drugs: ["thalidomide"],
    when: { all: [] },
    text: {
      both: "Thalidomide: dose- and duration-dependent peripheral neuropathy (often irreversible); no renal dose adjustment.",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["myeloma-drug-labels"],
    evidence: "unverified",
    evidenceNote: "Only the renal part is checked in the reference.",
  },
  {
    id: "selinexor.toxicity",
    drugs: ["selinexor"],
    when: { all: [] },
    text: {
      both: "Selinexor: nausea and anorexia, fatigue, thrombocytopenia, hyponatraemia and weight loss: monitor counts and sodium.",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["grosicki-2020-lancet-boston"],
    evidence: "verified",
  },
  // Review c90-M2: platelets 55 x10^9/L and constitutional symptoms (52 kg) recorded, and the XVd card said only the
  // generic line above. treatments.md 7b (selinexor: thrombocytopenia, weight loss) gives no platelet threshold and no
  // rule on weight: the recorded count (with its date) and the recorded constitutional symptoms (with the weight) are
  // named on every selinexor card, for the team to weigh; no threshold is invented and the strength is not changed (the
  // reference gives nothing to change it by). A count not recorded hides the first (the line above says to monitor
  // counts).
  {
    id: "selinexor.platelets-recorded",
    drugs: ["selinexor"],
    when: { fact: "plateletsE9L", gte: 0 },
    text: {
      both: "Selinexor causes thrombocytopenia: the recorded platelet count is named here; the reference gives no platelet threshold for selinexor: weigh the count with the team before starting it.",
    },
    severity: "info",
    alertWhenOn: false,
    cautionShow: ["plateletsE9L", "plateletsDate"],
    citations: ["grosicki-2020-lancet-boston"],
    evidence: "verified",
  },
  {
    id: "selinexor.constitutional-symptoms",
    drugs: ["selinexor"],
    when: { fact: "constitutionalSymptoms", is: true },
    text: {
      both: "Constitutional symptoms recorded (fever, night sweats or weight loss): selinexor causes anorexia and weight loss; the reference gives no rule on it: weigh with the team.",
    },
    severity: "info",
    alertWhenOn: false,
    cautionShow: ["weightKg"],
    citations: ["grosicki-2020-lancet-boston"],
    evidence: "verified",
  },
  // Class prophylaxis, treatments.md 5c and 8c.
  {
    id: "class.pi-anti-cd38.hsv-vzv",
    drugs: ["bortezomib", "carfilzomib", "ixazomib", "daratumumab", "isatuximab"],
    when: { all: [] },
    text: { both: "With PIs and anti-CD38 antibodies: HSV/VZV prophylaxis (acyclovir or valacyclovir)." },
    severity: "info",
    alertWhenOn: false,
    citations: ["nccn-mm-2026"],
    evidence: "unverified",
    evidenceNote:
      "HSV/VZV prophylaxis with PIs and anti-CD38 antibodies is UNVERIFIED (NCCN) in the reference.",
  },
  {
    id: "class.t-cell-redirection.prophylaxis",
    drugs: [
      "teclistamab",
      "elranatamab",
      "talquetamab",
      "linvoseltamab",
      "ciltacabtagene autoleucel",
      "idecabtagene vicleucel",
    ],
    when: { all: [] },
    text: {
      both: "T-cell redirection: boxed warning for CRS and ICANS (premedicate; tocilizumab available; hold G-CSF in the CRS window). Co-order HSV/VZV prophylaxis, PJP prophylaxis (TMP-SMX until CD4 >200/uL), HBV/HCV/HIV screening; G-CSF for grade >=3 neutropenia outside the CRS window (IMWG Immunotherapy Committee 2024; expert consensus 2023).",
    },
    severity: "info",
    alertWhenOn: false,
    citations: [
      "bispecific-infection-consensus-2023",
      "rodriguez-otero-2024-lancet-oncol",
      "lin-2024-lancet-oncol",
    ],
    evidence: "verified",
  },
  {
    id: "class.t-cell-redirection.low-igg",
    drugs: [
      "teclistamab",
      "elranatamab",
      "talquetamab",
      "linvoseltamab",
      "ciltacabtagene autoleucel",
      "idecabtagene vicleucel",
    ],
    when: { fact: "iggMgDl", lt: 400 },
    text: {
      both: "IgG <400 mg/dL: give IVIG/SCIG monthly while immunoparesis persists (also for >=2 severe infections regardless of IgG).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["bispecific-infection-consensus-2023", "rodriguez-otero-2024-lancet-oncol"],
    evidence: "verified",
  },
  {
    // treatments.md 5c/8c (bispecific-infection-consensus-2023): IVIG/SCIG for IgG <400 mg/dL. In
    // IgG-type disease the total IgG holds the monoclonal IgG, so a total of 400 mg/dL or more does not
    // show that the polyclonal IgG is not low (review c9a). No source gives a subtraction: said, not
    // computed; the infection route (>=2 severe infections regardless of IgG) is unchanged.
    id: "class.t-cell-redirection.igg-type-total-igg",
    drugs: [
      "teclistamab",
      "elranatamab",
      "talquetamab",
      "linvoseltamab",
      "ciltacabtagene autoleucel",
      "idecabtagene vicleucel",
    ],
    when: {
      all: [
        { fact: "iggIncludesMProtein", is: true },
        { fact: "iggMgDl", gte: 400 },
      ],
    },
    text: {
      both: "IgG-type myeloma: the total IgG includes the monoclonal IgG, so a total IgG of 400 mg/dL or more does not rule out a low polyclonal IgG; the IgG <400 mg/dL threshold for IVIG/SCIG cannot be judged from it (the source gives no correction). IVIG/SCIG for >=2 severe infections applies regardless of IgG.",
    },
    severity: "info",
    alertWhenOn: false,
    citations: ["bispecific-infection-consensus-2023"],
    evidence: "verified",
  },
  // Review c14 (lead): treatments.md 5c, neutropenia with T-cell redirection (bispecific-infection-
  // consensus-2023, verified there): "G-CSF for grade >=3 (outside the CRS window); withhold bispecific if
  // ANC <0.5x10^9/L"; infections row: "fungal prophylaxis if neutropenic ...; consider levofloxacin during
  // neutropenia". The reference does not give the grades: grade 3 starts below 1.0 x10^9/L in CTCAE v5.0
  // (looked up; secondary sources only, so the rule that reads it is UNVERIFIED).
  {
    id: "class.bispecific.anc-below-0.5",
    drugs: BISPECIFICS,
    when: { fact: "ancE9L", lt: 0.5 },
    text: {
      both: "Neutrophils below 0.5 x10^9/L: withhold the bispecific antibody until they recover (expert consensus 2023).",
    },
    severity: "warning",
    alertWhenOn: true,
    // Review c30-W3: on the drug, the count read is one taken since it started (alert.bispecific.no-count-since-start
    // names an older one), shown with its date.
    whenOn: { fact: "ancSinceBispecificStart", lt: 0.5 },
    show: ["ancSinceBispecificStart", "neutrophilsDate"],
    citations: ["bispecific-infection-consensus-2023"],
    evidence: "verified",
  },
  {
    id: "class.t-cell-redirection.neutropenia-grade-3",
    drugs: T_CELL_REDIRECTION,
    when: { fact: "ancE9L", lt: 1.0 },
    text: {
      both: "Neutrophils below 1.0 x10^9/L (grade 3 or 4 neutropenia, CTCAE v5.0): G-CSF outside the CRS window; fungal prophylaxis while neutropenic; consider levofloxacin during neutropenia (expert consensus 2023).",
    },
    severity: "warning",
    alertWhenOn: true,
    // Review c30-W3: on a bispecific, a count taken since it started (shown with its date); after a CAR-T the
    // alerts of the infusion read the count since it (alert.car-t.neutropenia-grade-3), or ask for its day when
    // it is not recorded (alert.car-t.infusion-day-not-recorded): one alert per count, none on a count of
    // unknown timing.
    whenOn: {
      all: [
        { fact: "onBispecific", is: true },
        { fact: "ancSinceBispecificStart", lt: 1.0 },
      ],
    },
    show: ["ancSinceBispecificStart", "neutrophilsDate"],
    citations: ["bispecific-infection-consensus-2023", "ctcae-v5"],
    evidence: "unverified",
    evidenceNote: GRADE_3_NEUTROPENIA_NOTE,
  },
  // Review c50-U1: on D-VRd at day 20 with neutrophils 0.4 and platelets 40 x10^9/L, nothing read the counts. The
  // clinical reference gives no count holds during lenalidomide or bortezomib therapy (treatments.md 3d gives only
  // the counts to start maintenance); the label rules were looked up (revlimid-label-counts, velcade-label-counts)
  // and are UNVERIFIED. On the drug, the count read is one taken since it started (as the bispecific rules).
  countHold("lenalidomide.platelets-below-30", "lenalidomide", "platelets", 30, "revlimid-label-counts", {
    both: "Platelets below 30 x10^9/L: the label interrupts lenalidomide, follows the blood count weekly, and resumes at the next lower dose once platelets are 30 x10^9/L or more (label rule, not in the clinical reference).",
  }),
  countHold(
    "lenalidomide.anc-below-1.0",
    "lenalidomide",
    "anc",
    1.0,
    "revlimid-label-counts",
    LENALIDOMIDE_ANC_TEXT,
    { kinds: NOT_MAINTENANCE },
  ),
  // Lenalidomide continued without a transplant (VRd then Rd): the table for treatment applies.
  countHold(
    "lenalidomide.anc-below-1.0.continued-no-asct",
    "lenalidomide",
    "anc",
    1.0,
    "revlimid-label-counts",
    LENALIDOMIDE_ANC_TEXT,
    { kinds: ["maintenance"], also: withoutTransplant },
  ),
  // Review c51-M2: on lenalidomide maintenance after an autologous transplant the US label's own table interrupts
  // below 0.5 x10^9/L and resumes one dose lower (no change at 0.5 or more); the table for treatment (below 1.0)
  // does not apply there.
  countHold(
    "lenalidomide.maintenance.anc-below-0.5",
    "lenalidomide",
    "anc",
    0.5,
    "revlimid-label-counts",
    {
      both: "Neutrophils below 0.5 x10^9/L on lenalidomide maintenance after a transplant: the US label interrupts it, follows the blood count weekly, and resumes at the next lower dose once they are 0.5 x10^9/L or more; no change is needed at 0.5 or more (label rule, not in the clinical reference).",
    },
    {
      kinds: ["maintenance"],
      also: { not: withoutTransplant },
      seen: "the manufacturer's HCP site, maintenance table",
    },
  ),
  countHold(
    "bortezomib.anc-grade-4",
    "bortezomib",
    "anc",
    0.5,
    "velcade-label-counts",
    {
      both: "Neutrophils below 0.5 x10^9/L (grade 4, CTCAE v5.0): the label withholds bortezomib until it resolves, then resumes at a 25% lower dose (1.3 to 1.0, 1.0 to 0.7 mg/m2; label rule, not in the clinical reference).",
    },
    { alsoCite: "ctcae-v5" },
  ),
  countHold(
    "bortezomib.platelets-grade-4",
    "bortezomib",
    "platelets",
    25,
    "velcade-label-counts",
    {
      both: "Platelets below 25 x10^9/L (grade 4, CTCAE v5.0): the label withholds bortezomib until it resolves, then resumes at a 25% lower dose (1.3 to 1.0, 1.0 to 0.7 mg/m2; label rule, not in the clinical reference).",
    },
    { alsoCite: "ctcae-v5" },
  ),
  // Review c51-U1: the same gap on pomalidomide and carfilzomib (DPd, Kd with neutrophils 0.3 and platelets 18 read
  // "continue"). Label rules looked up (pomalyst-label-counts, kyprolis-label-counts), UNVERIFIED.
  countHold("pomalidomide.anc-below-0.5", "pomalidomide", "anc", 0.5, "pomalyst-label-counts", {
    both: "Neutrophils below 0.5 x10^9/L: the US label interrupts pomalidomide (also for febrile neutropenia), follows the blood count weekly, and resumes 1 mg lower once they are 0.5 x10^9/L or more (label rule, not in the clinical reference).",
  }),
  countHold("pomalidomide.platelets-below-25", "pomalidomide", "platelets", 25, "pomalyst-label-counts", {
    both: "Platelets below 25 x10^9/L: the US label interrupts pomalidomide, follows the blood count weekly, and resumes 1 mg lower once platelets are above 50 x10^9/L (label rule, not in the clinical reference).",
  }),
  countHold(
    "carfilzomib.anc-below-0.5",
    "carfilzomib",
    "anc",
    0.5,
    "kyprolis-label-counts",
    {
      both: "Neutrophils below 0.5 x10^9/L: the US label withholds the carfilzomib dose (also for febrile neutropenia) until they recover; for later drops, consider one dose level lower on restarting (label rule, not in the clinical reference).",
    },
    { seen: "the manufacturer's HCP site" },
  ),
  countHold(
    "carfilzomib.platelets-below-10",
    "carfilzomib",
    "platelets",
    10,
    "kyprolis-label-counts",
    {
      both: "Platelets below 10 x10^9/L: the US label withholds the carfilzomib dose until they recover (also for bleeding with a low platelet count, whatever the count); for later drops, consider one dose level lower on restarting (label rule, not in the clinical reference).",
    },
    { seen: "the manufacturer's HCP site" },
  ),
  {
    // Review c48-F1: myeloma with cardiac AL amyloidosis met too. treatments.md 6 ("Cautions in AL") gives these for
    // cardiac involvement in AL; the myeloma regimens carry them as the AL ones do (AL_CARDIAC_CAUTION).
    id: "al-also.cardiac-intensity",
    drugs: ["dexamethasone", "bortezomib"],
    when: {
      all: [
        { fact: "alAlsoMet", is: true },
        {
          any: [
            { fact: "alHeartInvolved", is: true },
            { fact: "alMayo2004Stage", in: ["III", "IIIa", "IIIb"] },
          ],
        },
      ],
    },
    text: {
      both: "AL amyloidosis with cardiac involvement, met beside the myeloma: reduce dexamethasone intensity, give bortezomib (where the regimen has it) weekly and SC, watch fluid balance and orthostatic hypotension (the cautions in AL, treatments.md 6).",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["kumar-2012-jco", "wechalekar-2013-blood"],
    evidence: "verified",
  },
  // treatments.md 10 (F, label texts): the US and EU monitoring after teclistamab's step-up doses differ. Tec-Dara gives
  // teclistamab, so it takes this rule (treatments.md 5c, MajesTEC-3).
  stepUpMonitoring("teclistamab", {
    us: "Teclistamab, US PI: hospitalise for 48 h after each step-up dose.",
    eu: "Teclistamab, EU SmPC: stay near a healthcare facility with daily monitoring for 48 h after step-up dosing.",
  }),
  // Review c80-M1: talquetamab, linvoseltamab and elranatamab in their step-up window had no rule on the line's card
  // (teclistamab's had). treatments.md 5c gives each agent's label monitoring (the US labels: 10 names teclistamab's as
  // the US PI; 5c's US dates name linvoseltamab's 24 h) and no EU rule for them: the EU text says so, as the other rules
  // whose labels differ. Each cites the source its choice card cites.
  stepUpMonitoring(
    "talquetamab",
    usLabelOnly("Talquetamab", "hospitalise for 48 h after each step-up dose"),
    ["chari-2022-nejm"],
  ),
  stepUpMonitoring(
    "linvoseltamab",
    usLabelOnly("Linvoseltamab", "hospitalise for 24 h after the first and second step-up doses (REMS)"),
    ["bumma-2024-jco"],
  ),
  // treatments.md 5c marks elranatamab's schedule U: the rule is UNVERIFIED (its text then says so).
  stepUpMonitoring(
    "elranatamab",
    usLabelOnly("Elranatamab", "hospitalise for 48 h after step-up dose 1 and 24 h after step-up dose 2"),
    ["myeloma-drug-labels"],
    "unverified",
  ),
  {
    id: "talquetamab.gprc5d",
    drugs: ["talquetamab"],
    when: { all: [] },
    text: { both: "Talquetamab (GPRC5D): dysgeusia, nail and skin toxicity, weight loss, dysphagia." },
    severity: "info",
    alertWhenOn: false,
    citations: ["chari-2022-nejm"],
    evidence: "verified",
  },
  {
    id: "belantamab.ocular",
    drugs: ["belantamab mafodotin"],
    when: { all: [] },
    text: {
      both: "Belantamab mafodotin: ocular toxicity (keratopathy; grade 3-4 in 77% in DREAMM-7); boxed warning and REMS; eye examination before doses; modify the dose per eye findings.",
    },
    severity: "warning",
    alertWhenOn: true,
    citations: ["hungria-2024-nejm-dreamm7"],
    evidence: "verified",
  },
];

/** The first days after a BCMA CAR-T infusion under the US label's restrictions and monitoring (treatments.md 10: stay
 * near the centre and no driving for 2 weeks; 5b: monitor >= 2 weeks), and the alert raised in them (the plan's step and
 * the clinician summary read it: review c80-m3). */
export const CAR_T_FIRST_DAYS = 14;
export const CAR_T_FIRST_WEEKS_ALERT = "alert.car-t.first-two-weeks";
/** The late effects the reference names after a BCMA CAR-T (treatments.md 5b cilta-cel key safety and class
 * labelling; 10: Carvykti US label 2025-10), said in the CAR-T alerts (afterBcmaCarT: the days since the infusion decide
 * which). Review c80-m5: the secondary T-cell malignancy follow-up with its 15-year studies (5b) and the label's
 * gastrointestinal T-cell lymphoma (10) is said here, not on the PJP card, while these alerts are raised. */
const CAR_T_LATE_EFFECTS =
  "delayed neurotoxicity (cilta-cel: parkinsonism, cranial nerve palsy, Guillain-Barre syndrome); immune effector cell-associated enterocolitis (cilta-cel, US boxed warning, label 2025-10); infections, which persist over time (prophylaxis and IgG replacement as the supportive-care options give them); lifelong monitoring for secondary T-cell malignancies (boxed warning, FDA 2024-04-18; 15-year follow-up studies; the cilta-cel US label, 2025-10, adds gastrointestinal T-cell lymphoma). Management of CRS, ICANS and infections after CAR-T: IMWG Immunotherapy Committee guidelines 2024.";

/** Alerts raised by the situation itself. */
/** An alert that `conditions.peripheralNeuropathy` and the grade recorded disagree (review c74-U1, re-check c75-m3): the
 * grade is the one read. */
function neuropathyConflict(id: string, present: boolean, grade: Condition, recorded: string): AlertRule {
  return {
    id,
    when: { all: [{ fact: "peripheralNeuropathy", is: present }, grade] },
    severity: "warning",
    text: `Peripheral neuropathy is ${recorded}: the grade is the one read (it decides the bortezomib dose, treatments.md 7b); correct the one that is wrong.`,
    show: ["neuropathyGrade"],
    citations: ["myeloma-drug-labels"],
    evidence: "verified",
  };
}

/** AL amyloidosis, or AL met beside myeloma (diagnosis alsoMeets). */
const AL_OR_AL_ALSO: Condition = {
  any: [
    { fact: "category", is: "al-amyloidosis" },
    { fact: "alAlsoMet", is: true },
  ],
};
const AL_STAGE_III: Condition = { fact: "alMayo2004Stage", in: ["III", "IIIa", "IIIb"] };
/** The heart recorded as involved: among the amyloid organs, or heart failure recorded. */
const HEART_RECORDED: Condition = {
  any: [
    { fact: "alHeartInvolved", is: true },
    { fact: "heartFailure", is: true },
  ],
};
/** Neither recorded (each not recorded, or recorded as no): HEART_RECORDED's complement read two-valued. */
const HEART_NOT_RECORDED: Condition = {
  all: [
    {
      any: [
        { fact: "alHeartInvolved", known: false },
        { fact: "alHeartInvolved", is: false },
      ],
    },
    {
      any: [
        { fact: "heartFailure", known: false },
        { fact: "heartFailure", is: false },
      ],
    },
  ],
};
/** treatments.md 6, "Cautions in AL" (U, secondary source only): the reference's sentence, nothing added. */
const AL_CARDIAC_DRUGS =
  "avoid, or use with great caution, digoxin, non-dihydropyridine calcium-channel blockers and beta-blockers (poorly tolerated in AL cardiac amyloidosis)";
/** The cardiac-AL drug alert (review c48-F2, c76-m2), raised in AL amyloidosis (or AL met beside myeloma) when `heart`. */
function alCardiacDrugsAlert(id: string, heart: Condition, text: string): AlertRule {
  return {
    id,
    when: { all: [AL_OR_AL_ALSO, heart] },
    severity: "warning",
    text,
    citations: ["falk-2016-jacc", "muchtar-2018-amyloid"],
    evidence: "unverified",
    evidenceNote: "The cardiac drug caution is UNVERIFIED in the reference (secondary source only).",
  };
}

/** The grade 3-4 count alerts after a BCMA CAR-T infusion (the patient's pages read them: render/handout-facts.ts). */
export const CAR_T_NEUTROPENIA_ALERT = "alert.car-t.neutropenia-grade-3";
export const CAR_T_THROMBOCYTOPENIA_ALERT = "alert.car-t.thrombocytopenia-grade-3";
/** Review c89-m1: platelets below 50 x10^9/L beside an anticoagulant or aspirin taken now (the handout reads it). */
export const ANTICOAGULATION_LOW_PLATELETS_ALERT = "alert.anticoagulation.low-platelets";

export const ALERT_RULES: readonly AlertRule[] = [
  // Review c79-M1 (treatments.md 3b, 3c): lenalidomide-containing induction past the label's collection window in a
  // transplant candidate with no collection recorded (entries/pathway.ts COLLECTION_DUE): said as a warning, not only
  // inside the collection card; the plan's step now reads it (engine/pathway.ts, code "collection-due").
  {
    id: COLLECTION_DUE_ALERT,
    when: COLLECTION_DUE,
    severity: "warning",
    text: COLLECTION_DUE_TEXT,
    show: ["lenalidomideWeeksBeforeAsct"],
    citations: COLLECTION_DUE_CITATIONS,
    evidence: "verified",
  },
  // Review c74-U2 (UNSAFE): a pregnancy on the problem list was dropped, and a pregnant woman of 34 had lenalidomide
  // and thalidomide regimens "preferred". treatments.md 7b names lenalidomide's pregnancy REMS and thalidomide's
  // teratogenicity (REMS); the contraindication itself is the US labels', not the reference's: Revlimid, Thalomid and
  // Pomalyst US PI, boxed warning "Embryo-fetal toxicity" (openFDA label text, looked up 2026-12-07: Thalomid "should
  // never be used by females who are pregnant"; pomalidomide "contraindicated in pregnancy"; the stored Revlimid copy
  // was not read as far as its contraindications section, hence unverified). The options giving them are not offered
  // (engine/safety.ts givesImidInPregnancy); the reference gives no rule for the other options in pregnancy.
  {
    id: "alert.pregnancy-imid-contraindicated",
    when: { fact: "pregnancy", is: true },
    severity: "critical",
    text: "Pregnancy recorded: lenalidomide, thalidomide and pomalidomide are contraindicated in pregnancy (embryo-fetal toxicity, boxed warning of their US labels): no option giving one is listed. The other options shown do not weigh pregnancy (the clinical reference gives no rule for myeloma therapy in pregnancy): decide with the team and an obstetric specialist.",
    citations: ["myeloma-drug-labels"],
    evidence: "unverified",
    evidenceNote:
      "The contraindication in pregnancy is the US labels' (boxed warnings), not the clinical reference's, which names only the pregnancy-prevention programmes (7b).",
  },
  // Review c74-U1: neuropathy recorded absent beside a grade of 1 or more; re-check c75-m3: present beside a grade of 0
  // (a form's default beside a problem-list entry). The grade is read (the options follow it), the conflict said.
  neuropathyConflict(
    "alert.neuropathy-absent-grade-recorded",
    false,
    { fact: "neuropathyGrade", gte: 1 },
    "recorded as absent, but a neuropathy grade of 1 or more is recorded too",
  ),
  neuropathyConflict(
    "alert.neuropathy-present-grade-zero",
    true,
    { fact: "neuropathyGrade", lt: 1 },
    "recorded as present, but its grade is recorded as 0 (none)",
  ),
  // Review c33-W2: the anti-CD38 drug rules speak while the drug is given, but two of their items outlast it.
  // treatments.md 7b (checked): the panreactive indirect antiglobulin test ~2-6 months after the last dose; the
  // daratumumab label (DHPC, looked up 2026-12-02): with positive HBV serology, monitoring for reactivation for
  // at least 6 months after it ends. Counted to 6 months (183 days) from the last dose, or, its end not recorded,
  // from the start of the therapy after it (the latest day it can have been given). Whatever the diagnosis: a drug
  // effect, as after D-VCd for AL amyloidosis or daratumumab for smouldering myeloma (review c34-F4).
  {
    id: "alert.anti-cd38.blood-bank-after-last-dose",
    when: { fact: "daysSinceAntiCd38", lte: 183 },
    severity: "warning",
    // Review c58-m1: with a course stopped on a day not recorded the last dose is not known (the days then read 0).
    text: "An anti-CD38 antibody was given within the last 6 months, or its last dose is not recorded: the indirect antiglobulin test (antibody screen) can stay panreactive for ~2-6 months after the last dose. Before any transfusion, tell the blood bank it was given; DTT-treated cells remove the interference but destroy Kell, so give K-negative units.",
    show: ["daysSinceAntiCd38"],
    citations: ["oostendorp-2015-transfusion"],
    evidence: "verified",
  },
  {
    id: "alert.daratumumab.hbv-after-last-dose",
    when: {
      all: [
        { fact: "daysSinceDaratumumab", lte: 183 },
        { fact: "hbvSerology", is: "positive" },
      ],
    },
    severity: "warning",
    text: "Daratumumab was given within the last 6 months and HBV serology is positive: keep monitoring for hepatitis B reactivation for at least 6 months after it ends (daratumumab label); if HBV reactivates, treat with an HBV specialist.",
    show: ["daysSinceDaratumumab"],
    citations: ["daratumumab-hbv-reactivation-2019", "hwang-2020-jco-hbv"],
    evidence: "verified",
  },
  {
    id: "alert.daratumumab.hbv-serology-unknown-after-last-dose",
    when: {
      all: [
        { fact: "daysSinceDaratumumab", lte: 183 },
        { fact: "hbvSerology", known: false },
      ],
    },
    severity: "warning",
    text: "Daratumumab was given within the last 6 months and HBV serology (HBsAg and anti-HBc) is not recorded: with positive serology the label asks for monitoring for reactivation for at least 6 months after it ends, so test it now (ASCO 2020; daratumumab DHPC).",
    show: ["daysSinceDaratumumab"],
    citations: ["daratumumab-hbv-reactivation-2019", "hwang-2020-jco-hbv"],
    evidence: "verified",
  },
  // Review c23-2 (UNSAFE): treatments.md 6, D-VCd row (checked): not indicated for NYHA IIIB/IV or Mayo stage IIIB
  // outside trials (excluded from ANDROMEDA; cardiac warning). The line being given is D-VCd at that stage: the
  // continue option is lowered with the same reason (entries/pathway.ts).
  {
    id: "alert.al.d-vcd-outside-indication",
    when: AL_D_VCD_OUTSIDE_INDICATION,
    severity: "warning",
    text: "AL amyloidosis at Mayo 2004 stage IIIb or NYHA IIIB/IV, on daratumumab with bortezomib and cyclophosphamide (D-VCd) now: the reference does not indicate D-VCd at this cardiac stage outside trials (ANDROMEDA excluded these patients; cardiac warning). Review the regimen being given with the team; a clinical trial is the reference's option at this stage.",
    citations: ["kastritis-2021-nejm-andromeda"],
    evidence: "verified",
  },
  // Review c73-m2: talquetamab given with daratumumab (Tal-DP, Tal-D: MonumenTAL-3), not approved at the knowledge date
  // (treatments.md 5c, 9). The card of the line being given says it too (entries/pathway.ts); information, as the
  // reference gives no rule for a line already given.
  {
    id: TALQUETAMAB_WITH_DARATUMUMAB_ALERT,
    when: { all: [isMM, { fact: "onTalquetamabWithDaratumumab", is: true }] },
    severity: "info",
    text: `${TALQUETAMAB_WITH_DARATUMUMAB_NOT_APPROVED}.`,
    citations: ["monumental3-2026-nejm"],
    evidence: "verified",
  },
  // Review c73-M2: criteria-and-scores 8.1, "If any item is missing, the score cannot be computed. Do not impute
  // missing ADL or IADL as normal." Untreated transplant-ineligible myeloma, aged 80 or under, with the IMWG score
  // not computable: the first-line regimens a frail score would lower wait on it (entries/newly-diagnosed.ts,
  // FITNESS_NOT_KNOWN_TIE, the condition of their "fitness not known" adjustments), so the missing items are asked for.
  {
    id: "alert.ndmm.tie.fitness-not-known",
    when: { all: [ndmm, FITNESS_NOT_KNOWN_TIE] },
    severity: "warning",
    text: "IMWG frailty cannot be scored: an item (age, Charlson comorbidity index, Katz ADL, Lawton IADL) is not recorded, and a missing item is not read as normal. The regimen's intensity depends on it (a quadruplet, full-dose VRd, or DRd and the reduced-intensity choices for frail patients): record the missing items.",
    show: ["frailtyGroup"],
    citations: ["palumbo-2015-blood-frailty"],
    evidence: "verified",
  },
  // Review c10-H1. treatments.md 10 (F): the FDA removed the CAR-T REMS on 2025-06-26, driving restriction
  // 8 -> 2 weeks, stay near the treatment centre 4 -> 2 weeks; 5b: monitor >= 2 weeks (daily >= 1 week).
  // The reference gives no EU period: said, not filled in.
  {
    id: CAR_T_FIRST_WEEKS_ALERT,
    when: { all: [afterBcmaCarT, { fact: "daysSinceBcmaCarT", lt: CAR_T_FIRST_DAYS }] },
    severity: "warning",
    text: `Less than 2 weeks since the BCMA CAR-T infusion: a single infusion, followed up (not a line to continue). US label since the REMS removal (FDA 2025-06-26): stay near the treatment centre for 2 weeks after the infusion (was 4) and do not drive for 2 weeks (was 8); monitor for at least 2 weeks (daily for at least 1 week). The clinical reference gives no EU period. Watch for CRS and ICANS (boxed warning), and for the later effects: ${CAR_T_LATE_EFFECTS}`,
    citations: [
      "fda-cart-safety-2024",
      "carvykti-label-2025",
      "san-miguel-2023-nejm-cartitude4",
      "lin-2024-lancet-oncol",
    ],
    evidence: "verified",
  },
  {
    id: "alert.car-t.after-infusion",
    when: { all: [afterBcmaCarT, { fact: "daysSinceBcmaCarT", gte: CAR_T_FIRST_DAYS }] },
    severity: "info",
    text: `After the BCMA CAR-T infusion (2 weeks or more ago: the 2-week US restrictions after it have ended). Late effects to watch: ${CAR_T_LATE_EFFECTS}`,
    citations: [
      "fda-cart-safety-2024",
      "carvykti-label-2025",
      "san-miguel-2023-nejm-cartitude4",
      "lin-2024-lancet-oncol",
    ],
    evidence: "verified",
  },
  // Review c29-U1': a CAR-T entry listing the lymphodepletion drugs with no end began before the infusion
  // (response/drug-classes.ts carTInfusionUndated): its day is not recorded, so neither of the two alerts above can be
  // dated. The periods it names are treatments.md 10's and 5b's (verified there); that cyclophosphamide and
  // fludarabine are given before the infusion was looked up (the US labels, section 2.2): UNVERIFIED.
  {
    id: "alert.car-t.infusion-day-not-recorded",
    // In the latest line, or an earlier one's entry a later entry does not date (safety.ts safetyFacts).
    when: { all: [isMM, { fact: "bcmaCarTInfusionUndated", is: true }] },
    severity: "warning",
    text: `The BCMA CAR-T entry lists lymphodepletion chemotherapy and has no end date: the day of the infusion is not recorded (the entry's start is apheresis or lymphodepletion, before it). Record the infusion day as the entry's end. Until then the 2 weeks after the infusion cannot be counted: the US label's restrictions (stay near the treatment centre and do not drive for 2 weeks after the infusion, FDA 2025-06-26) and monitoring for at least 2 weeks (daily for at least 1 week) may still apply, and no neutrophil count is read as one taken after the infusion. Watch for CRS and ICANS (boxed warning), and for the later effects: ${CAR_T_LATE_EFFECTS}`,
    citations: ["fda-cart-safety-2024", "carvykti-label-2025", "san-miguel-2023-nejm-cartitude4"],
    evidence: "unverified",
    evidenceNote:
      "That the lymphodepletion drugs (cyclophosphamide, fludarabine) are given in the days before the infusion, so an entry listing them starts before it, was looked up in the US labels (section 2.2) and is UNVERIFIED; the 2-week periods are the reference's.",
  },
  // Review c23-11: treatments.md 5c, "Bispecific / CAR-T toxicity and prophylaxis rules" (verified there):
  // neutropenia, "G-CSF for grade >=3 (outside the CRS window)"; infections, "fungal prophylaxis if neutropenic
  // ...; consider levofloxacin during neutropenia". The drug rule class.t-cell-redirection.neutropenia-grade-3
  // says it while a bispecific is given; a CAR-T is one infusion, so after it the counts are read here. The
  // grade 3 cut-point (ANC < 1.0 x10^9/L, CTCAE v5.0) was looked up: UNVERIFIED, as in that rule. Review c26-8:
  // the count read is one taken since the infusion (a count from before it fired this alert "after" it).
  {
    id: CAR_T_NEUTROPENIA_ALERT,
    when: { all: [afterBcmaCarT, { fact: "ancSinceBcmaCarT", lt: 1.0 }] },
    severity: "warning",
    text: "Neutrophils below 1.0 x10^9/L after the BCMA CAR-T infusion (grade 3 or 4 neutropenia, CTCAE v5.0): G-CSF outside the CRS window; fungal prophylaxis while neutropenic; consider levofloxacin during neutropenia (expert consensus 2023, for bispecific antibodies and CAR-T).",
    show: ["ancSinceBcmaCarT", "neutrophilsDate"],
    citations: ["bispecific-infection-consensus-2023", "ctcae-v5"],
    evidence: "unverified",
    evidenceNote: GRADE_3_NEUTROPENIA_NOTE,
  },
  // Review c77-m3: day 9 after cilta-cel with platelets 45 x10^9/L: nothing read the platelets after the infusion, and
  // the patient's pages said nothing of the low counts. treatments.md 5b-5c give no platelet rule after CAR-T (its
  // monitoring, at least 2 weeks, daily for at least 1 week, is 5b's): said, with the grade 3 cut-point (platelets
  // < 50 x10^9/L, CTCAE v5.0) looked up, UNVERIFIED, as the neutropenia alert's; the count is one taken since the
  // infusion (review c26-8).
  {
    id: CAR_T_THROMBOCYTOPENIA_ALERT,
    when: { all: [afterBcmaCarT, { fact: "plateletsSinceBcmaCarT", lt: 50 }] },
    severity: "warning",
    text: "Platelets below 50 x10^9/L after the BCMA CAR-T infusion (grade 3 or 4 thrombocytopenia, CTCAE v5.0): the reference gives no platelet rule after CAR-T; follow the count and watch for bleeding with the CAR-T centre.",
    show: ["plateletsSinceBcmaCarT", "plateletsDate"],
    citations: ["fda-cart-safety-2024", "ctcae-v5"],
    evidence: "unverified",
    evidenceNote:
      "The reference gives no platelet rule after CAR-T; the grade 3 cut-point (platelets < 50 x10^9/L, CTCAE v5.0) was looked up and is UNVERIFIED.",
  },
  // Review c57-U2: teclistamab stopped 4 weeks before, neutrophils 0.9: the neutropenia alert went with the drug (its
  // class rule reads a count on it). treatments.md 5c's rules for T-cell redirection (infections persist over time):
  // said after a bispecific given before while nothing is given now (the CAR-T has its own alert above).
  {
    id: "alert.bispecific-ended.neutropenia-grade-3",
    when: {
      all: [
        { fact: "bispecificEnded", is: true },
        { fact: "onTherapy", is: false },
        { not: afterBcmaCarT },
        { fact: "ancSinceEndedBispecific", lt: 1.0 },
      ],
    },
    severity: "warning",
    text: "Neutrophils below 1.0 x10^9/L after a bispecific antibody, given before and not now (grade 3 or 4 neutropenia, CTCAE v5.0): G-CSF; fungal prophylaxis while neutropenic; consider levofloxacin during neutropenia (expert consensus 2023). The reference says the infections of T-cell redirection persist over time and gives no window after the last dose.",
    show: ["ancSinceEndedBispecific", "neutrophilsDate"],
    citations: ["bispecific-infection-consensus-2023", "ctcae-v5"],
    evidence: "unverified",
    evidenceNote: GRADE_3_NEUTROPENIA_NOTE,
  },
  // Review c26-8: after the infusion, a count from the day of it or before it (or none) leaves the neutropenia
  // rules above without a value to read: said, never taken as a normal count ("missing is not normal"). The
  // rules it names are treatments.md 5c's (bispecific-infection-consensus-2023, verified there).
  {
    id: "alert.car-t.no-count-since-infusion",
    when: {
      all: [
        afterBcmaCarT,
        { fact: "daysSinceBcmaCarT", known: true },
        { fact: "ancSinceBcmaCarT", known: false },
      ],
    },
    severity: "warning",
    text: "No neutrophil count taken since the BCMA CAR-T infusion is in the record (the count recorded, if any, is of the day of the infusion or before it): the neutropenia rules after CAR-T (G-CSF for grade 3 or 4 outside the CRS window; fungal prophylaxis while neutropenic; consider levofloxacin during neutropenia; expert consensus 2023) read a count since the infusion. Record a current blood count; an older count is not read as today's.",
    show: ["ancE9L", "neutrophilsDate"],
    citations: ["bispecific-infection-consensus-2023"],
    evidence: "verified",
  },
  // The bispecific twin of review c26-8: while a T-cell redirecting bispecific is given, its neutropenia rules
  // (treatments.md 5c: withhold if ANC < 0.5 x10^9/L, G-CSF for grade >= 3 outside the CRS window;
  // bispecific-infection-consensus-2023, verified there) read the record's count, which may predate the first
  // dose, or be missing: said, never taken as a count on the drug.
  {
    id: "alert.bispecific.no-count-since-start",
    when: {
      all: [isMM, { fact: "onBispecific", is: true }, { fact: "ancSinceBispecificStart", known: false }],
    },
    severity: "warning",
    text: "No neutrophil count taken since the bispecific antibody started is in the record (the count recorded, if any, is from before its first dose): its neutropenia rules (withhold it if neutrophils are below 0.5 x10^9/L; G-CSF for grade 3 or 4 outside the CRS window; expert consensus 2023) read a count taken on it. Record a current blood count; an older count is not read as today's.",
    show: ["ancE9L", "neutrophilsDate"],
    citations: ["bispecific-infection-consensus-2023"],
    evidence: "verified",
  },
  // Review c67-W1: the IgG twin of the two above. treatments.md 5c (bispecific-infection-consensus-2023, verified
  // there), "Hypogammaglobulinemia | IVIG/SCIG if IgG <400 mg/dL, or >=2 severe recurrent bacterial infections
  // regardless of IgG; give monthly while immunoparesis persists": on a bispecific now or after a BCMA CAR-T (no
  // window after it in the reference), an IgG not recorded since it started is asked for, never read as normal, and
  // one from before it is not today's. The IVIG card is then "consider" (entries/supportive-care.ts).
  {
    id: "alert.t-cell-redirection.no-igg-since-start",
    when: { all: [isMM, iggNotSinceTCellRedirection] },
    severity: "warning",
    text: "No IgG recorded since the T-cell-redirecting therapy started (a bispecific antibody given now, or the BCMA CAR-T infusion; the IgG recorded, if any, is from before it): its hypogammaglobulinaemia rule (IVIG/SCIG if IgG <400 mg/dL, or on a bispecific >=2 severe recurrent bacterial infections regardless of IgG; give monthly while immunoparesis persists; expert consensus 2023) reads an IgG taken since. Measure it; an older IgG is not read as today's.",
    show: ["tCellRedirectionSince", "iggAsReported"],
    citations: ["bispecific-infection-consensus-2023"],
    evidence: "verified",
  },
  // Review c87-M4: IgG 240 mg/dL with recurrent infections six months after cilta-cel raised no alert (IVIG only in the
  // supportive-care list), while on teclistamab the same IgG raised the drug rule class.t-cell-redirection.low-igg's
  // warning (an alert only while its drug is given now; a CAR-T is one infusion). treatments.md 5c, "Bispecific / CAR-T
  // toxicity and prophylaxis rules" (verified there, bispecific-infection-consensus-2023): "Hypogammaglobulinemia |
  // IVIG/SCIG if IgG <400 mg/dL, or >=2 severe recurrent bacterial infections regardless of IgG; give monthly while
  // immunoparesis persists"; 8c, IVIG: "IgG <400 mg/dL with recurrent/serious infections". The same rule after the
  // infusion, on an IgG taken since it (iggSinceTCellRedirection; review c67-W1); no time window after CAR-T (the
  // reference gives none). Not while a bispecific or the CAR-T line is given now, where the drug rule alerts.
  {
    id: "alert.car-t.low-igg",
    when: {
      all: [
        afterBcmaCarT,
        { not: { fact: "onBispecific", is: true } },
        { not: { fact: "onTherapy", is: true } },
        { fact: "iggSinceTCellRedirection", lt: 400 },
      ],
    },
    severity: "warning",
    text: "IgG <400 mg/dL after the BCMA CAR-T infusion: give IVIG/SCIG monthly while immunoparesis persists (also for >=2 severe infections regardless of IgG; expert consensus 2023, for bispecific antibodies and CAR-T).",
    show: ["tCellRedirectionSince", "iggAsReported", "recurrentInfections"],
    citations: ["bispecific-infection-consensus-2023"],
    evidence: "verified",
  },
  // Review c68-W1: the same after a bispecific antibody given in the latest line and not now (the window the PJP and
  // IVIG cards are kept for; treatments.md 5c: its infections persist over time, and the reference gives no time
  // window after the last dose): an IgG not recorded since it started is asked for, never read as normal.
  {
    id: "alert.bispecific-ended.no-igg-since-start",
    when: { all: [isMM, iggNotSinceEndedBispecific] },
    severity: "warning",
    text: "No IgG recorded since the bispecific antibody given before (not now) started (the IgG recorded, if any, is from before it): its hypogammaglobulinaemia rule (IVIG/SCIG if IgG <400 mg/dL; give monthly while immunoparesis persists; expert consensus 2023) reads an IgG taken since. The reference says the infections of T-cell redirection persist over time and gives no time window after the last dose. Measure it; an older IgG is not read as today's.",
    show: ["tCellRedirectionSince", "iggAsReported"],
    citations: ["bispecific-infection-consensus-2023"],
    evidence: "verified",
  },
  {
    id: "alert.vte.imid-high-risk",
    when: { all: [imidGivenOrConsidered, highVteRisk, notOnAnticoagulant] },
    severity: "warning",
    text: "High VTE risk with an immunomodulatory drug (given now, or if an IMiD regimen is chosen): a previous VTE (IMPEDE VTE +5, with the IMiD +4) or IMPEDE VTE high (>= 8). Aspirin alone is not the reference's choice for high risk: LMWH is (ASCO 2023: LMWH for higher risk; IMWG 2008: LMWH, enoxaparin 40 mg/day equivalent, or full-dose warfarin).",
    citations: ["sanfilippo-2019-ajh", "key-2023-jco", "palumbo-2008-leukemia"],
    evidence: "unverified",
    evidenceNote:
      "The ASCO myeloma wording and the IMWG 2008 recommendation (with its enoxaparin dose) are UNVERIFIED in the reference.",
  },
  // Review c14 (left at stop 21): the alert names LMWH with its IMWG 2008 dose for the high VTE risk, and the
  // LMWH option carries the kidney caution; where kidney function is poor or not known the alert says it
  // too (7c gives no renal dose rule for LMWH: none is invented).
  {
    id: "alert.vte.imid-high-risk-lmwh-kidney",
    when: {
      all: [
        imidGivenOrConsidered,
        highVteRisk,
        notOnAnticoagulant,
        {
          any: [
            { fact: "crclMlMin", lt: 30 },
            { fact: "dialysis", is: true },
          ],
        },
      ],
    },
    severity: "warning",
    text: "LMWH for the high VTE risk with a creatinine clearance < 30 mL/min or on dialysis: the clinical reference gives no renal dose rule for LMWH (nor for IMWG 2008's enoxaparin 40 mg/day equivalent); check the product label before dosing.",
    citations: ["palumbo-2008-leukemia"],
    evidence: "unverified",
    evidenceNote: "The IMWG 2008 recommendation (with its enoxaparin dose) is UNVERIFIED in the reference.",
  },
  {
    id: "alert.vte.imid-high-risk-lmwh-kidney-unknown",
    when: {
      all: [
        imidGivenOrConsidered,
        highVteRisk,
        notOnAnticoagulant,
        { fact: "crclMlMin", known: false },
        { not: { fact: "dialysis", is: true } },
      ],
    },
    severity: "warning",
    text: "LMWH for the high VTE risk: kidney function is not known (no creatinine clearance can be computed from the record); know it before dosing LMWH (the clinical reference gives no renal dose rule for LMWH; check the product label).",
    citations: ["palumbo-2008-leukemia"],
    evidence: "unverified",
    evidenceNote: "The IMWG 2008 recommendation (with its enoxaparin dose) is UNVERIFIED in the reference.",
  },
  // Review c77-m2: the LMWH named above beside platelets below 50 x10^9/L (grade 3 or worse): treatments.md 7c gives no
  // platelet threshold for it; said as the LMWH card says it (vte-risk.ts), and read by the handout's clot words.
  {
    id: VTE_LOW_PLATELETS_ALERT,
    when: { all: [imidGivenOrConsidered, highVteRisk, notOnAnticoagulant, lowPlateletsForAnticoagulation] },
    severity: "warning",
    text: `LMWH for the high VTE risk. ${VTE_LOW_PLATELETS}.`,
    show: ["plateletsE9L", "plateletsDate"],
    citations: ["key-2023-jco", "ctcae-v5"],
    evidence: "unverified",
    evidenceNote:
      "The reference gives no platelet threshold; the grade 3 cut-point (CTCAE v5.0) was looked up.",
  },
  // Review c89-m1 (platelets 40 on full-dose apixaban, or on aspirin, in week 1-3 of DRd: said only inside one card): a
  // warning beside the anticoagulant or aspirin taken now (as recorded in conditions.anticoagulation, or an anticoagulant
  // running), as alert.car-t.thrombocytopenia-grade-3 says it after CAR-T. treatments.md 7c gives no platelet threshold
  // for anticoagulation: none is invented, no dose is changed; below 50 is the grade 3 cut-point (CTCAE v5.0, looked up,
  // UNVERIFIED), a grade, not a threshold. The handout says to call at once for bleeding or bruising.
  {
    id: ANTICOAGULATION_LOW_PLATELETS_ALERT,
    when: {
      all: [
        {
          any: [
            {
              fact: "anticoagulationNow",
              in: ["therapeutic", "prophylactic", "running-intensity-not-recorded"],
            },
            { fact: "anticoagulantOrAspirinRunning", is: true },
          ],
        },
        lowPlateletsForAnticoagulation,
      ],
    },
    severity: "warning",
    text: "Platelets below 50 x10^9/L (grade 3 or 4 thrombocytopenia, CTCAE v5.0: the grade, not a threshold for anticoagulation) while an anticoagulant or aspirin is taken now: the clinical reference gives no platelet threshold for anticoagulation or antiplatelet therapy (treatments.md 7c); weigh the bleeding risk, and whether to hold or reduce it, with the team, and watch for bleeding.",
    show: ["anticoagulationNow", "anticoagulantOrAspirinRunning", "plateletsE9L", "plateletsDate"],
    citations: ["key-2023-jco", "ctcae-v5"],
    evidence: "unverified",
    evidenceNote:
      "The reference gives no platelet threshold for anticoagulation; the grade 3 cut-point (CTCAE v5.0) was looked up.",
  },
  {
    id: "alert.vte.imid-high-risk-anticoagulated",
    when: { all: [imidGivenOrConsidered, highVteRisk, onAnticoagulant] },
    severity: "warning",
    text: "High VTE risk with an immunomodulatory drug (given now, or if an IMiD regimen is chosen), in a patient already anticoagulated (full dose, or its intensity not recorded): the anticoagulant is the thromboprophylaxis (IMWG 2008: LMWH or full-dose warfarin); do not add LMWH or aspirin on top (bleeding). Confirm with the team which anticoagulant and dose is taken.",
    citations: ["palumbo-2008-leukemia", "sanfilippo-2019-ajh"],
    evidence: "unverified",
    evidenceNote: "The IMWG 2008 recommendation is UNVERIFIED in the reference.",
  },
  // Review c19-1: positive HBV serology is a warning whatever the regimen (ASCO 2020, about any systemic
  // anticancer therapy; not in the clinical reference, looked up 2026-12-02). On an anti-CD38 antibody the
  // drug rule anti-cd38.hbv-serology-positive gives its own alert instead.
  {
    id: "alert.hbv.serology-positive",
    when: {
      all: [
        { fact: "category", in: ["multiple-myeloma", "al-amyloidosis"] },
        { fact: "hbvSerology", is: "positive" },
        { fact: "onAntiCd38", is: false },
      ],
    },
    severity: "warning",
    text: "Hepatitis B serology positive (HBsAg or anti-HBc): chronic or past infection. Before systemic therapy, whatever the regimen, assess the reactivation risk with an HBV specialist (ASCO 2020: antiviral prophylaxis for chronic HBV through and for at least 12 months after therapy).",
    citations: ["hwang-2020-jco-hbv"],
    evidence: "verified",
  },
  {
    id: "alert.hypercalcemia",
    when: { all: [{ fact: "hypercalcemia", is: true }] },
    severity: "critical",
    // Re-check c86-m2 (treatments.md 8c): the zoledronic acid hypercalcaemia rule covers creatinine < 4.5 mg/dL; denosumab
    // in renal failure, dialysis if severe.
    text: "Hypercalcaemia (serum calcium >11 mg/dL or >1 mg/dL above the upper limit of normal): treat now (IV saline, IV bisphosphonate, corticosteroids; in renal failure, with serum creatinine >= 4.5 mg/dL or on dialysis, the reference gives denosumab, and dialysis if severe, with the fluids decided with the nephrology team).",
    show: ["calciumAsReported"],
    citations: ["rajkumar-2014-lancet-oncol", "nccn-mm-2026"],
    evidence: "unverified",
    evidenceNote: "The hypercalcaemia treatment sequence is UNVERIFIED in the reference.",
  },
  // Treatments.md 8c lists hypercalcaemia among the metabolic emergencies without a severity grade; the
  // Endocrine Society guideline's "severe" (> 14 mg/dL) makes it urgent care now (review c9 F6).
  {
    id: "alert.hypercalcemia-severe",
    when: { fact: "calciumMgDl", gt: 14 },
    severity: "critical",
    text: "Severe hypercalcaemia (serum calcium >14 mg/dL, the Endocrine Society guideline's severe band): a metabolic emergency, treat now (IV hydration, IV bisphosphonate or denosumab; calcitonin with it in severe hypercalcaemia, per that guideline).",
    show: ["calciumAsReported"],
    citations: ["el-hajj-fuleihan-2023-jcem", "nccn-mm-2026"],
    evidence: "unverified",
    evidenceNote:
      "The 14 mg/dL severe band and the calcitonin combination were seen in a secondary summary of the guideline (Medscape), not in the guideline text.",
  },
  // Review c83-M1 (r830b): criteria-and-scores.md 1.1 ⚠ (serum vs corrected calcium). With albumin low the total
  // calcium may under-read the free calcium, so the severe band may be reached once corrected; no correction formula is
  // applied (none is in the reference). "Low" albumin: crab.ts albuminLow (the lab's lower limit, else the ISS 3.5 g/dL
  // cut, the project's reading, UNVERIFIED).
  {
    id: "alert.hypercalcemia.low-albumin",
    when: {
      all: [
        { fact: "hypercalcemia", is: true },
        { fact: "albuminLow", is: true },
        { fact: "calciumMgDl", lte: 14 },
      ],
    },
    severity: "warning",
    text: "Hypercalcaemia with a low albumin: the total calcium may under-read the free calcium, so the severe band (serum calcium >14 mg/dL, the Endocrine Society guideline's) may be reached once corrected. Measure an ionised calcium (or use the laboratory's albumin-corrected calcium) to judge the severity; no correction formula is applied here (the reference notes that secondary sources give the CRAB item as corrected calcium).",
    show: ["calciumAsReported", "albuminLow"],
    citations: ["rajkumar-2014-lancet-oncol", "el-hajj-fuleihan-2023-jcem"],
    evidence: "unverified",
    evidenceNote:
      "Reading albumin below 3.5 g/dL (the ISS cut) as low when the laboratory gives no lower limit is the project's, and the 14 mg/dL severe band was seen in a secondary summary only.",
  },
  // Denosumab and calcium, treatments.md 8a: "correct calcium before use and monitor". The record's own
  // lower limit decides "low"; with none given, no number of ours takes its place (review c8-13).
  {
    id: "alert.denosumab.calcium-below-lower-limit",
    when: {
      all: [
        { fact: "calciumVsLowerLimit", is: "below" },
        // On denosumab now, or myeloma, where denosumab is among the bone agents listed.
        { any: [{ fact: "onDenosumab", is: true }, isMM] },
      ],
    },
    severity: "warning",
    text: "Serum calcium is below the laboratory's lower limit of normal, with denosumab given now or among the bone agents listed: correct calcium before denosumab is given (and give calcium and vitamin D with it), then monitor calcium; hypocalcaemia is more frequent with denosumab, most with CrCl <30 mL/min or dialysis.",
    citations: ["bone-agent-labels-2014", "terpos-2021-lancet-oncol"],
    evidence: "verified",
  },
  // Review c67-M1: treatments.md 8a, denosumab, "Stopping is hard: rebound bone loss/vertebral fractures, so plan
  // transition (e.g., a ZA dose) (IMWG 2021)", read on a recorded course stopped with no bone agent after it (a course
  // stopped three months before, with nothing after it, went unsaid). Below CrCl 30 or on dialysis the reference's
  // example is not recommended (8a, labels) and it names no other agent: that is said, the choice left to the team.
  {
    id: "alert.denosumab.stopped-plan-transition",
    when: { fact: "denosumabStoppedNoTransition", is: true },
    severity: "warning",
    text: "Denosumab was stopped, and no bone agent is recorded after it. Stopping it is hard: rebound bone loss and vertebral fractures, so plan the transition (e.g. a zoledronic acid dose, at its renal band) (IMWG 2021). Below CrCl 30 mL/min or on dialysis zoledronic acid and pamidronate are not recommended and the reference names no other transition agent: restarting denosumab is then for the team.",
    show: ["denosumabCourse", "crclMlMin", "dialysis"],
    citations: ["terpos-2021-lancet-oncol", "zometa-label", "bone-agent-labels-2014"],
    evidence: "verified",
  },
  {
    id: "alert.denosumab.calcium-lower-limit-missing",
    when: {
      all: [
        { fact: "onDenosumab", is: true },
        { fact: "calciumVsLowerLimit", is: "no-limit-given" },
      ],
    },
    severity: "info",
    text: "On denosumab: the record gives no lower limit of normal for serum calcium, so whether it is low is not judged here; compare it with the laboratory's range and correct calcium before the next dose if it is low (hypocalcaemia is more frequent with denosumab, most with CrCl <30 mL/min or dialysis).",
    citations: ["bone-agent-labels-2014", "terpos-2021-lancet-oncol"],
    evidence: "verified",
  },
  // Review c8-07: therapy for smouldering myeloma is recorded by its setting, never guessed.
  {
    id: "alert.treatment-setting-unrecorded",
    when: { fact: "settingUnrecordedDaratumumabAlone", is: true },
    severity: "warning",
    text: "The only therapy recorded is daratumumab alone, with no setting, and today's values meet smouldering myeloma (IMWG 2014): if it was given for high-risk smouldering myeloma (AQUILA), record the entry's setting as \"smoldering-myeloma\" (it is then no line of myeloma therapy and the category stays smouldering myeloma); until then the disease is read as treated multiple myeloma and its options follow.",
    citations: ["dimopoulos-2025-nejm-aquila", "rajkumar-2014-lancet-oncol"],
    evidence: "verified",
  },
  {
    id: "alert.hyperviscosity",
    when: { fact: "hyperviscosity", is: true },
    severity: "critical",
    text: "Hyperviscosity: urgent plasmapheresis; avoid red-cell transfusion until viscosity is reduced.",
    citations: ["nccn-mm-2026"],
    evidence: "unverified",
    evidenceNote: "The hyperviscosity row is UNVERIFIED in the reference.",
  },
  {
    id: "alert.spinal-cord-compression",
    when: { fact: "spinalCordCompression", is: true },
    severity: "critical",
    text: "Spinal cord compression: emergency; urgent radiotherapy and/or surgery.",
    citations: ["terpos-2021-lancet-oncol"],
    evidence: "verified",
  },
  {
    // Review c48-F1: the category is myeloma (it comes first in the IMWG precedence) and AL amyloidosis is met too.
    id: "alert.myeloma-with-al-amyloidosis",
    when: { fact: "alAlsoMet", is: true },
    severity: "warning",
    text: "Multiple myeloma with systemic AL amyloidosis: the findings meet both (IMWG 2014). The myeloma options are listed, and the cautions in AL apply to them (treatments.md 6): the Mayo ASCT gates (troponin T <=0.06 ng/mL, NT-proBNP <=5000 pg/mL unless on dialysis); with the heart involved, reduced dexamethasone intensity, weekly SC bortezomib, fluid balance and orthostatic hypotension; and the AL haematologic response (dFLC) followed beside the myeloma response.",
    show: ["alHeartInvolved", "alMayo2004Stage", "troponinTNgMl", "ntProBnpPgMl"],
    citations: ["rajkumar-2014-lancet-oncol", "gertz-2013-bmt"],
    evidence: "secondary",
    evidenceNote:
      "The reference gives the AL cautions for AL amyloidosis; applying them to the myeloma options when AL amyloidosis is met too is the project's reading (review c48-F1).",
  },
  {
    // Review c49-W3: myeloma with amyloid found and not typed: the AL requirement the typing settles is open
    // (criteria-and-scores.md 1.5: amyloid shown to be light-chain related).
    id: "alert.myeloma-with-untyped-amyloid",
    when: {
      all: [
        { fact: "category", is: "multiple-myeloma" },
        { fact: "amyloidNotTyped", is: true },
      ],
    },
    severity: "warning",
    text: "Amyloid found beside the myeloma and not typed: typing by mass spectrometry or immuno-electron microscopy (record biopsy.amyloidType) decides whether it is systemic AL amyloidosis (IMWG 2014). If it is, the cautions in AL apply to the myeloma options (treatments.md 6): the Mayo ASCT gates (troponin T <=0.06 ng/mL, NT-proBNP <=5000 pg/mL unless on dialysis) and, with the heart involved, reduced dexamethasone intensity, weekly SC bortezomib, fluid balance and orthostatic hypotension.",
    show: ["alHeartInvolved", "troponinTNgMl", "ntProBnpPgMl"],
    citations: ["rajkumar-2014-lancet-oncol", "gertz-2013-bmt"],
    evidence: "secondary",
    evidenceNote:
      "The reference gives the AL cautions for AL amyloidosis; naming them while the amyloid beside myeloma is not typed is the project's reading (review c49-W3).",
  },
  // Review c48-F2: treatments.md 6 ("Cautions in AL"), marked U (secondary source only). Review c76-m2: the reference
  // sentence only (the digoxin dosing clause it does not hold is gone), and raised on the heart recorded as involved, or
  // on Mayo 2004 stage III from the markers off dialysis; on dialysis the markers rest partly on the kidneys
  // (criteria-and-scores.md 5.2), so with the heart not recorded as involved it is worded "if the heart is involved".
  alCardiacDrugsAlert(
    "alert.al-cardiac-drugs",
    {
      any: [
        HEART_RECORDED,
        {
          all: [
            AL_STAGE_III,
            {
              any: [
                { fact: "dialysis", known: false },
                { fact: "dialysis", is: false },
              ],
            },
          ],
        },
      ],
    },
    `Cardiac AL amyloidosis: ${AL_CARDIAC_DRUGS}.`,
  ),
  alCardiacDrugsAlert(
    "alert.al-cardiac-drugs-if-heart",
    { all: [AL_STAGE_III, { fact: "dialysis", is: true }, HEART_NOT_RECORDED] },
    `AL amyloidosis on dialysis, with the heart not recorded as involved: Mayo 2004 stage III here rests partly on NT-proBNP, which kidney failure raises (criteria-and-scores.md 5.2). If the heart is involved: ${AL_CARDIAC_DRUGS}.`,
  ),
  {
    // Review c48-F5: ATTR amyloid with an MGUS read "most likely MGUS" and the page said MGUS needs only checkups.
    id: "alert.amyloid-not-light-chain",
    when: { fact: "amyloidTypedNotLightChain", is: true },
    severity: "warning",
    text: "Amyloid typed as another protein than light chain: AL amyloidosis is not met (IMWG 2014 requires amyloid shown to be light-chain related), and the care of this amyloidosis (transthyretin or AA, say) is outside this tool and its clinical reference. A monoclonal protein found beside it is judged on its own criteria here; the amyloid and its organ involvement need their own specialist care.",
    citations: ["rajkumar-2014-lancet-oncol"],
    evidence: "secondary",
    evidenceNote:
      "The reference covers AL amyloidosis only; saying that other amyloid types are outside the tool is the project's reading (review c48-F5).",
  },
  {
    // Review c48-F6: lambda MGUS with a painful grade 2 neuropathy and platelets 520 read as plain MGUS.
    // criteria-and-scores.md 1.5: peripheral nerve is an AL organ syndrome; POEMS (brief, UNVERIFIED) needs a
    // polyneuropathy and a monoclonal plasma-cell disorder. The reference gives no POEMS treatment.
    id: "alert.mgus-with-neuropathy",
    when: {
      all: [
        { fact: "category", is: "mgus" },
        { fact: "treated", is: false },
        {
          any: [
            { fact: "neuropathyGrade", gte: 1 },
            { fact: "neuropathyPainful", is: true },
            // Review c74-U1: a neuropathy recorded present with no grade (an EHR problem list).
            { fact: "peripheralNeuropathy", is: true },
          ],
        },
      ],
    },
    severity: "warning",
    text: "Peripheral neuropathy beside a monoclonal protein: before it is taken for MGUS, consider AL amyloidosis (peripheral-nerve involvement is an AL organ syndrome) and POEMS syndrome (a polyneuropathy and a monoclonal plasma-cell disorder, almost always lambda, with at least one major criterion: Castleman disease, sclerotic bone lesions or a raised VEGF, and one minor: organomegaly, extravascular volume overload, endocrinopathy, skin changes, papilloedema, thrombocytosis or polycythaemia). The treatment of POEMS syndrome is outside this tool's reference.",
    show: ["neuropathyGrade", "neuropathyPainful"],
    citations: ["rajkumar-2014-lancet-oncol"],
    evidence: "unverified",
    evidenceNote: "The POEMS criteria are UNVERIFIED in the reference (brief).",
  },
  {
    // Review c50-W3: myeloma at 80 with heart failure (NYHA III, NT-proBNP 4000, troponin T 0.09) and no amyloid
    // biopsy recorded: nothing prompted the search for AL amyloidosis, whose cardiac cautions and transplant gates
    // (treatments.md 6) change the regimen, the dexamethasone dose and the heart drugs. Heart involvement is an AL
    // organ syndrome; the diagnosis needs Congo red-positive tissue typed as light-chain (criteria-and-scores.md 1.5).
    // Review c51-m1, c52-m8: on treatment too (myeloma on VRd with heart failure): the cardiac cautions and the
    // dexamethasone dose of treatments.md 6 apply to the regimen being given.
    id: "alert.heart-failure-amyloid-not-tested",
    when: {
      all: [
        { fact: "category", in: ["mgus", "smoldering-myeloma", "multiple-myeloma"] },
        { fact: "heartFailure", is: true },
        { fact: "amyloidNotTyped", known: false },
      ],
    },
    severity: "warning",
    text: "Heart failure beside a monoclonal plasma-cell disorder, and no amyloid biopsy recorded: consider AL amyloidosis (heart involvement is an AL organ syndrome; the diagnosis needs Congo red-positive tissue typed as light-chain, IMWG 2014). It would change the diagnosis and, with myeloma, the regimen, the dexamethasone dose and the transplant (the cardiac cautions and gates of treatments.md 6). Record biopsy.amyloid.",
    show: ["nyhaClass", "ntProBnpPgMl", "troponinTNgMl"],
    citations: ["rajkumar-2014-lancet-oncol"],
    evidence: "secondary",
  },
  {
    // Review c53-U1 (see the drug rule kidney.clearances-disagree): said once at the top as well, whatever is given.
    id: "alert.kidney-clearances-disagree",
    // Any table's bands (the 30 mL/min edge is in both).
    when: {
      any: [
        { fact: "crclDisagreeLenalidomide", is: true },
        { fact: "crclDisagreeZoledronicAcid", is: true },
      ],
    },
    severity: "warning",
    text: "Two kidney function values fall in different dose bands: a measured creatinine clearance and the Cockcroft-Gault estimate from the creatinine (the reference's CrCl tables change the doses at 30, 40, 50 and 60 mL/min). The kidney doses and the bone-agent choice here read Cockcroft-Gault, as the clinical reference defines CrCl: confirm which reflects the kidney now (and when each was measured) before lenalidomide, a bone agent or melphalan is dosed.",
    show: ["measuredCrclMlMin", "crclMlMin"],
    citations: ["cockcroft-1976-nephron", "myeloma-drug-labels"],
    evidence: "secondary",
  },
  {
    id: "alert.al-asct-gates-not-met",
    when: { all: [{ fact: "category", is: "al-amyloidosis" }, AL_GATES_FAILED] },
    severity: "info",
    text: "AL amyloidosis: not an ASCT candidate by the Mayo gates (troponin T >0.06 ng/mL or NT-proBNP >5000 pg/mL, not on dialysis).",
    // Review c55-2: a troponin above 0.06 ng/mL whose assay is not recorded fails the gate (held either way): the
    // values and the assay as recorded are shown.
    show: ["troponinTNgMl", "troponinTHighSensitivity", "ntProBnpPgMl"],
    citations: ["gertz-2013-bmt"],
    evidence: "verified",
  },
  {
    // The reference is silent on early relapse. ASCO/CCO 2019 (recommendation text seen in a pocket-guide
    // copy) calls early relapse after transplant high-risk, to be treated at once, and a repeat transplant
    // an option only after >= 18 months' PFS; it gives no month for "early". The 12 months are those of
    // the early-relapse studies (Majithia 2016, seen in a secondary summary only). No option's strength
    // changes: no source gives one.
    id: "alert.early-relapse-after-asct",
    when: {
      all: [
        { fact: "category", is: "multiple-myeloma" },
        { fact: "progression", is: true },
        { fact: "priorAsct", is: true },
        { fact: "monthsFromAsctToProgression", lt: 12 },
      ],
    },
    severity: "warning",
    text: "Early relapse: progression within 12 months of the autologous stem cell transplant. ASCO/CCO 2019 counts early relapse after transplant, like high-risk cytogenetics, as high-risk disease, to be treated immediately rather than observed; survival after an early relapse is poor even with novel agents (Majithia 2016: median 23 vs 122 months from the transplant), so a clinical trial is worth discussing. A repeat autologous transplant is not suggested: ASCO/CCO 2019 considers one only after a progression-free survival of 18 months or more after the first.",
    citations: ["mikhael-2019-jco", "majithia-2016-leukemia"],
    evidence: "unverified",
    evidenceNote:
      "Not in the clinical reference. The ASCO/CCO 2019 recommendation was read in a pocket-guide copy, not the JCO article; the 12-month cut-off and the survival figures were seen in a secondary summary of Majithia 2016 only.",
  },
  // Review c9b-3. Not in the clinical reference (treatments.md and criteria-and-scores.md name
  // extramedullary plasmacytoma only as a myeloma-defining biopsy and a response item). Bladé 2022
  // (abstract): a risk note only; no source seen gives an EMD-specific regimen, so no option changes.
  {
    id: "alert.extramedullary-disease",
    when: {
      all: [
        { fact: "category", is: "multiple-myeloma" },
        { fact: "plasmacytomaSite", is: "extramedullary" },
      ],
    },
    severity: "info",
    text: "Extramedullary disease: a soft-tissue plasmacytoma recorded with myeloma. True extramedullary disease (haematogenous spread, no contact with bone) has a poor prognosis, considerably worse than myeloma without soft-tissue plasmacytomas and worse than paraskeletal (bone-adjacent) involvement (Bladé 2022, systematic review). Confirm on imaging that the mass has no contact with bone (the record's site does not tell a paraskeletal mass apart), and include its size in the response assessment (IMWG: PR needs a 50% fall in plasmacytoma size, CR its disappearance).",
    citations: ["blade-2022-bcj", "kumar-2016-lancet-oncol"],
    evidence: "unverified",
    evidenceNote:
      "Not in the clinical reference; the systematic review's abstract was seen, not its full text.",
  },
  {
    id: NDMM_RENAL_IMPAIRMENT,
    when: {
      all: [
        { fact: "category", is: "multiple-myeloma" },
        { fact: "treated", is: false },
        // The renal myeloma-defining event as the diagnosis decides it, dialysis counting (not Cockcroft-Gault).
        myelomaKidneyInjury,
        // Attributed to the myeloma by the team: the critical alert below says it (review c83-m1).
        {
          any: [
            { fact: "kidneyImpairmentFromMyeloma", is: false },
            { fact: "kidneyImpairmentFromMyeloma", known: false },
          ],
        },
      ],
    },
    severity: "warning",
    // Review c10 M7: the renal myeloma-defining event counts when attributable to myeloma, typically
    // light-chain cast nephropathy (criteria-and-scores.md 7.4); "if" while the record does not say so (the team's
    // attribution, conditions.kidneyImpairmentFromMyeloma, is named after the text; recorded false, the criterion does
    // not count and the alert is not raised). The
    // high-dose dexamethasone of the IMWG renal recommendation (treatments.md 3b VCd row) stands beside the
    // 20 mg weekly of age > 75 or frailty (treatments.md 4 and 7b); the reference does not say which wins.
    text: "Renal impairment meeting the IMWG 2014 renal criterion (creatinine clearance <40 mL/min measured or estimated, or serum creatinine >2 mg/dL; or dialysis). If attributable to myeloma (typically light-chain cast nephropathy: check the urine protein and serum free light chains; exclude other causes): start bortezomib-based therapy with high-dose dexamethasone early (IMWG renal recommendation; for age over 75 or frailty the reference gives dexamethasone 20 mg weekly instead of 40 mg and does not say which wins: weigh with the team); avoid nephrotoxins; adjust renally cleared drugs by the Cockcroft-Gault clearance.",
    show: ["kidneyImpairmentFromMyeloma"],
    citations: ["dimopoulos-2016-jco-renal", "rajkumar-2014-lancet-oncol", "myeloma-drug-labels"],
    evidence: "verified",
  },
  // Review c83-m1: the renal myeloma-defining event attributed to the myeloma by the team (typically light-chain cast
  // nephropathy) in untreated myeloma. Treatments.md 3b (VCd row: bortezomib-based therapy with high-dose dexamethasone
  // for at least the first month, IMWG renal [19]) and 8c (renal protection: "bortezomib-based therapy + high-dose dex
  // early") make the start of therapy itself the time-critical step, and the team has already named the cause: a
  // critical alert (a call today), as hypercalcaemia's. The reference gives no grade or creatinine cut-off for it, so
  // none is used: the IMWG renal criterion with the team's attribution decides.
  {
    id: NDMM_RENAL_FROM_MYELOMA,
    when: {
      all: [
        { fact: "category", is: "multiple-myeloma" },
        { fact: "treated", is: false },
        myelomaKidneyInjury,
        { fact: "kidneyImpairmentFromMyeloma", is: true },
      ],
    },
    severity: "critical",
    text: "Renal impairment meeting the IMWG 2014 renal criterion (creatinine clearance <40 mL/min measured or estimated, or serum creatinine >2 mg/dL; or dialysis), attributed to the myeloma by the team (typically light-chain cast nephropathy): start bortezomib-based therapy with high-dose dexamethasone now, for at least the first month (IMWG renal recommendation; for age over 75 or frailty the reference gives dexamethasone 20 mg weekly instead of 40 mg and does not say which wins: weigh with the team); treat hypercalcaemia, avoid nephrotoxins and NSAIDs, keep fluids up if tolerated; adjust renally cleared drugs by the Cockcroft-Gault clearance. The reference gives no grade cut-off: the attribution decides.",
    show: ["kidneyImpairmentFromMyeloma", "crclMlMin", "dialysis"],
    citations: ["dimopoulos-2016-jco-renal", "rajkumar-2014-lancet-oncol", "myeloma-drug-labels"],
    evidence: "verified",
  },
];

/** The option kind whose drug rules apply to the line being given (review c9-F2): maintenance in the
 * maintenance phase (lenalidomide maintenance after ASCT takes the maintenance dose and its renal table,
 * treatments.md 3d and 7a, not the induction starting dose), else systemic therapy. Used for the option to
 * continue the current line and for the alerts of the drugs given now. */
export function currentLineKind(phase: string | null): OptionKind {
  return phase === "maintenance" ? "maintenance" : "systemic-therapy";
}

/** What a drug rule asks of a drug the patient is on now: lower its dose, hold it, or stop it. */
export type DoseChange = "reduce" | "hold" | "pause" | "stop";
/** Why, as the body system the rule is about (the render words it for the patient). */
export type DoseChangeReason = "nerves" | "neutrophils" | "platelets";

/** The drug rules that change a drug of the line being given, by rule id: the surfaces say the line goes
 * on with that change (never "keep going" unchanged). Only rules for a change during therapy are here;
 * starting doses by kidney function or age are not (the patient may already be on that dose).
 * treatments.md 7b (bortezomib neuropathy table). */
export const DOSE_CHANGES: Readonly<
  Record<string, { drug: string | readonly string[]; change: DoseChange; reason: DoseChangeReason }>
> = {
  "bortezomib.neuropathy.reduce": { drug: "bortezomib", change: "reduce", reason: "nerves" },
  "bortezomib.neuropathy.hold": { drug: "bortezomib", change: "hold", reason: "nerves" },
  "bortezomib.neuropathy.stop": { drug: "bortezomib", change: "stop", reason: "nerves" },
  // Withheld until the neutrophils recover, not reduced (treatments.md 5c; review c14).
  "class.bispecific.anc-below-0.5": { drug: BISPECIFICS, change: "pause", reason: "neutrophils" },
  // Review c50-U1 (label rules): interrupted, resumed at a lower dose (platelets) or at the same dose (neutrophils,
  // when they are the only toxicity); bortezomib withheld, then 25% lower.
  "lenalidomide.platelets-below-30": { drug: "lenalidomide", change: "hold", reason: "platelets" },
  "lenalidomide.anc-below-1.0": { drug: "lenalidomide", change: "pause", reason: "neutrophils" },
  "lenalidomide.anc-below-1.0.continued-no-asct": {
    drug: "lenalidomide",
    change: "pause",
    reason: "neutrophils",
  },
  "lenalidomide.maintenance.anc-below-0.5": { drug: "lenalidomide", change: "hold", reason: "neutrophils" },
  "bortezomib.anc-grade-4": { drug: "bortezomib", change: "hold", reason: "neutrophils" },
  "bortezomib.platelets-grade-4": { drug: "bortezomib", change: "hold", reason: "platelets" },
  // Review c51-U1: pomalidomide interrupted, resumed 1 mg lower; carfilzomib's dose withheld until recovery.
  "pomalidomide.anc-below-0.5": { drug: "pomalidomide", change: "hold", reason: "neutrophils" },
  "pomalidomide.platelets-below-25": { drug: "pomalidomide", change: "hold", reason: "platelets" },
  "carfilzomib.anc-below-0.5": { drug: "carfilzomib", change: "pause", reason: "neutrophils" },
  "carfilzomib.platelets-below-10": { drug: "carfilzomib", change: "pause", reason: "platelets" },
};

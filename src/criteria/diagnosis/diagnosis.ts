/** IMWG 2014 classification of plasma cell disorders (Rajkumar et al., Lancet Oncol 2014). */

import type { DiagnosisCategory } from "../../model/enums.js";
import type { Facts } from "../../model/facts.js";
import { FREELITE } from "../../model/flc.js";
import type { UnusedValueField } from "../../model/record.js";
import type { MissingInput, RuleDef, RuleTrace, Truth } from "../../model/trace.js";
import { CHECK_THE_VALUE_SENT, unusedValueOf, unusedValueWords } from "../../model/unused-values.js";
import { progressionRecorded } from "../../response/dates.js";
import { namesMyelomaTherapy } from "../../response/drug-classes.js";
import { AMYLOID_NOT_DONE, assessAmyloid } from "./amyloid.js";
import { type Category, type CategoryTruths, type MgusVariant, PRECEDENCE } from "./categories.js";
import { assessMonoclonalDisorder, flcRatioAbnormal, involvedChainRaised, subtypeOf } from "./clone.js";
import {
  assessAnaemia,
  assessBoneLesions,
  assessHypercalcaemia,
  assessRenalInsufficiency,
  calciumUnderReadWithLowAlbumin,
  isMriOnly,
} from "./crab.js";
import {
  type Decision,
  decide,
  decidingGroups,
  IMAGING_GROUPS,
  igmMgusWithoutImaging,
  imagingUnknown,
  type TestGroup,
} from "./decide.js";
import {
  type EndOrganQuestion,
  endOrganQuestionOf,
  endOrganTests,
  FEATURE_WORDS,
  myelomaWords,
} from "./end-organ.js";
import { assessEvents, type Events, type MdeResult, summarizeEvents } from "./events.js";
import {
  assessCloneAndAmyloid,
  type CloneAndAmyloid,
  deriveFindings,
  type Findings,
  findingsOf,
} from "./findings.js";
import {
  and,
  type CriterionResult,
  criterion,
  gt,
  gte,
  lt,
  MET,
  NOT_MET,
  not,
  or,
  round,
  UNKNOWN,
} from "./logic.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";
import { assessFlcRatio100, disputingFlcPair } from "./slim.js";
import { beforeWords, LEVEL_WORDS, type WorkUpBefore, workUpBeforeSmmLevel } from "./work-up-dates.js";

export { assessMyelomaDefiningEvents, type MdeResult } from "./events.js";
export type { CriterionResult } from "./logic.js";
export { DIAGNOSIS_RULES } from "./rules.js";

export interface DiagnosisOptions {
  /** Compose each criterion's reason (default true); false leaves `because` empty, nothing else changes. */
  text?: boolean;
  /** Only the category, likely category, subtype and what is missing are read (the compact screen):
   * detail nobody reads then may be left out. Default false. */
  codesOnly?: boolean;
  /** The rule traces, notes and label (default true). The engine's Assessment shows none of them (it keeps
   * the criteria), so it passes false and they are left empty; every other field is the same. */
  traces?: boolean;
}

export interface DiagnosisResult {
  category: DiagnosisCategory;
  /** e.g. "IgG-kappa", "kappa light chain", null when the M-protein type is unknown. */
  subtype: string | null;
  /** The most likely category when `category` is indeterminate, else null. */
  likely: DiagnosisCategory | null;
  criteria: CriterionResult[];
  couldChangeWith: string[];
  /** True when the record shows the disease has been treated (the category then stays the treated one). */
  treated: boolean;
  rules: RuleTrace[];
  missing: MissingInput[];
  /** Plain label, e.g. "light-chain MGUS (marrow not assessed)", "indeterminate (likely smouldering myeloma)". */
  label: string;
  mgusVariant: MgusVariant | null;
  /** MGUS called without a marrow result, as the reference allows (criteria-and-scores.md 1.3). */
  marrowNotAssessed: boolean;
  /** Another category whose criteria are also met (AL amyloidosis alongside myeloma). */
  alsoMeets: DiagnosisCategory[];
  /** Interpretations and limits the reader should know (IgM pathway, attribution of CRAB, treatment). */
  notes: string[];
  /** For a treated patient: what today's values alone would give (the category itself stays the treated one). */
  onCurrentValues: { category: DiagnosisCategory; likely: DiagnosisCategory | null } | null;
  /** An IgM paraprotein whose findings would meet (or lean to) multiple myeloma, without what IgM myeloma
   * needs (a lytic bone lesion or t(11;14), schuster-2010-ajh): not called myeloma (review c9-F3). */
  igmMyelomaNotShown: boolean;
  /** Review c11 M1: the categories still open (precedence order) when no lean is named because no blood
   * test of end-organ damage is recorded (endOrganUntested); null otherwise. */
  endOrganUntested: Category[] | null;
  /** Review c20-4: end-organ findings (a CRAB feature, or proteinuria above AL's kidney level) with a clone
   * below myeloma's threshold, whose attribution to the clone the record cannot show (end-organ.ts); the
   * category is then indeterminate with no lean. Null otherwise. */
  endOrganQuestion: EndOrganQuestion | null;
  /** Review c29-M10: the SLiM free light chains disputed by two pairs (slim.ts disputingFlcPair) in an
   * undecided category: no lean is named; `open` the categories still open (precedence order), `ifNotMet` the
   * lean if the SLiM criterion were not met (its follow-up is kept meanwhile). Null otherwise. */
  flcDispute: FlcDispute | null;
  /** Review c83-W1: a spinal cord compression or pathological fracture recorded with no imaging for osteolytic
   * lesions, in a record that would lean to MGUS or smouldering myeloma (boneEventOf): no lean is named. Null
   * otherwise. */
  boneEvent: BoneEvent | null;
  /** Review c83-M1: a total calcium above the upper limit with low albumin leaves the CRAB calcium item not known
   * (crab.ts) in an undecided category: no lean is named (it would presume the calcium normal); the categories
   * still open (precedence order). Null otherwise. */
  calciumUnderRead: Category[] | null;
  /** Review c86-M2: a value sent for a CRAB or SLiM field and not used (record unusedValues, standing) in an undecided
   * category: no lean is named (the value sent may be the myeloma-defining one); the fields and the categories still
   * open (precedence order). Null otherwise. */
  valueSentNotUsed: ValueSentNotUsed | null;
  /** Review c88-W1: the marrow and/or imaging dated before the M-protein first reached the smouldering level
   * (work-up-dates.ts), in an undecided category that would lean to MGUS or smouldering myeloma: no lean is named.
   * Null otherwise. */
  workUpBefore: WorkUpBeforeLean | null;
}

/** See DiagnosisResult.workUpBefore: the dates, the categories still open (precedence order) and the lean the findings
 * would have with the old results read as current. */
export interface WorkUpBeforeLean extends WorkUpBefore {
  open: Category[];
  ifCurrent: Category;
}

/** See DiagnosisResult.valueSentNotUsed. */
export interface ValueSentNotUsed {
  fields: UnusedValueField[];
  open: Category[];
}

/** Review c86-M2: the fields of the myeloma-defining events (CRAB and SLiM) whose values the criteria read. */
export const EVENT_FIELDS: readonly UnusedValueField[] = [
  "labs.calcium",
  "labs.creatinine",
  "labs.measuredCreatinineClearance",
  "labs.hemoglobin",
  "labs.involvedFreeLightChain",
  "labs.uninvolvedFreeLightChain",
  "marrow.clonalPlasmaCellPercent",
];

/** See DiagnosisResult.flcDispute. */
export interface FlcDispute {
  open: Category[];
  ifNotMet: Category;
}

/** See DiagnosisResult.boneEvent: the events recorded, the categories still open (precedence order) and the lean
 * the findings would have without the event. */
export interface BoneEvent {
  spinalCordCompression: boolean;
  pathologicFracture: boolean;
  open: Category[];
  ifNoLesion: Category;
}

/** The categories in words, for the engine's own texts (e.g. the deciding-test alert). */
export const categoryName = (c: Category): string => LABEL[c];

/** Categories in words, "a, b or c" ("more than one category" when none is given). */
export function categoriesInWords(open: readonly Category[]): string {
  const names = open.map(categoryName);
  return names.length > 1
    ? `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`
    : (names[0] ?? "more than one category");
}

const LABEL: Record<Category, string> = {
  "multiple-myeloma": "multiple myeloma",
  "al-amyloidosis": "AL amyloidosis",
  "solitary-plasmacytoma-minimal-marrow": "solitary plasmacytoma with minimal marrow involvement",
  "solitary-plasmacytoma": "solitary plasmacytoma",
  "smoldering-myeloma": "smouldering myeloma",
  mgus: "MGUS",
};
const MGUS_LABEL: Record<MgusVariant, string> = {
  "non-igm": "non-IgM MGUS",
  igm: "IgM MGUS",
  "light-chain": "light-chain MGUS",
};

const WHOLE_BODY = "whole-body imaging (PET-CT, whole-body low-dose CT or MRI) not done";

/** A truth as the criteria's words show it ("not-met" reads "not met"). */
const SAID: Record<Truth, string> = { met: "met", "not-met": "not met", unknown: "unknown" };
/** One part of a criterion's reason, e.g. "serum M-protein >=3 g/dL: not met". */
const part = (name: string, v: Truth): string => `${name}: ${SAID[v]}`;

/** The reason of one category criterion, from the truths and findings that decided it. */
function categoryWords(id: string, t: CategoryTruths, d: Decision, f: Findings, facts: Facts): string {
  switch (id) {
    case R.mmClone.id:
      return (
        `${part("clonal marrow plasma cells >=10%", f.bmpc10)}; ` +
        `${part("biopsy-proven plasmacytoma", f.plasmacytoma)}`
      );
    case R.mm.id:
      return (
        `${part("clonal marrow >=10% or plasmacytoma", t.clone)}; ${part("myeloma-defining event", t.mde)}` +
        (plasmacytomaWithMarrow(t, f) ? "; plasmacytoma with clonal marrow >=10% (reference 1.4)" : "")
      );
    case R.al.id:
      return (
        `${part("organ syndrome", f.amyloidSyndrome)}; ${part("Congo red", f.congoRed)}; ` +
        `${part("light-chain typing", f.lightChainAmyloid)}; ` +
        `${part("monoclonal disorder", f.monoclonal)}`
      );
    case R.sp.id:
      return (
        `${part("one biopsy-proven plasmacytoma", f.solitary)}; ` +
        `${part("no myeloma-defining event", not(t.mde))}; ` +
        `${part("no clonal marrow plasma cells", not(f.bmpcAny))}`
      );
    case R.spMinimalMarrow.id:
      return (
        `${part("one biopsy-proven plasmacytoma", f.solitary)}; ` +
        `${part("clonal marrow plasma cells >0% and <10%", and(f.bmpcAny, not(f.bmpc10)))}`
      );
    case R.smmBurden.id:
      return (
        `${part("serum M-protein >=3 g/dL", f.serumM3)}; ` +
        `${part("urine M-protein >=500 mg/24 h", f.urine500)}; ` +
        `${part("clonal marrow >=10%", f.bmpc10)}`
      );
    case R.smm.id:
      return f.heavy === "IgM"
        ? "IgM paraprotein: excluded from smouldering myeloma (IgM / Waldenstrom pathway)"
        : `${part("M-protein or marrow burden", t.smmBurden)}; ` +
            `${part("myeloma-defining event", t.mde)}; ${part("AL amyloidosis", t.al)}`;
    case R.mgusNonIgm.id:
      return (
        `${part("serum M-protein >=3 g/dL", f.serumM3)}; ${part("clonal marrow >=10%", f.bmpc10)}; ` +
        `${part("CRAB", t.crab)}` +
        (d.marrowNotAssessed ? "; marrow not assessed" : "")
      );
    case R.mgusIgm.id:
      return (
        `${part("serum M-protein >=3 g/dL", f.serumM3)}; ` +
        `${part("marrow infiltration >=10%", f.bmpc10)}; ` +
        (igmMetWithoutImaging(f, d)
          ? `${part("end-organ damage in the blood tests (calcium, kidney, haemoglobin)", or(f.calcium, f.renal, f.anaemia))}; `
          : `${part("end-organ damage", t.crab)}; `) +
        `${part("hyperviscosity, constitutional symptoms, lymphadenopathy or hepatosplenomegaly", f.igmFeatures)}` +
        (f.igmFeatures === UNKNOWN ? " (not all recorded: not known)" : "") +
        "; marrow infiltration read from clonal plasma cell %" +
        (igmMgusWithoutImaging(f, d) ? "; bone imaging not done, not part of the IgM MGUS criteria" : "")
      );
    case R.mgusLightChain.id:
      return (
        `${part("FLC ratio <0.26 or >1.65 (involved direction)", f.flcAbnormal)}; ` +
        `${part("involved light chain raised", f.involvedRaised)}; ${part("CRAB", t.crab)}; ` +
        `${part("clonal marrow >=10%", f.bmpc10)}; ` +
        `${part("urine M-protein >=500 mg/24 h", f.urine500)}` +
        // The heavy chain read from a negative immunofixation (findings.ts heavyChainShown), said so.
        (f.heavy === "none" && facts.labs.heavyChain === null
          ? "; no heavy chain on serum immunofixation (negative)"
          : "")
      );
    case R.mgusMarrowNotAssessed.id:
      return igmMgusWithoutImaging(f, d)
        ? "no marrow result; no CRAB feature in the blood tests and no IgM clinical feature; bone imaging not done (IgM MGUS names none, and IgM myeloma needs >= 10% marrow plasma cells first: the marrow decides)"
        : f.heavy === "none" && imagingUnknown(f)
          ? "no marrow result; no CRAB feature in the blood tests and no SLiM biomarker; bone imaging not done (asked: a bone lesion would change the category)"
          : "no marrow result and no myeloma-defining event";
    case R.mgusLowRiskWorkUpDeferred.id:
      return lowRiskWords(d, f, facts);
    case R.mgusLowRiskUrineDeferred.id:
      return "no 24-hour urine M-protein recorded: a urine protein test (with electrophoresis and immunofixation if positive) is the IMWG 2010 baseline; a result >= 500 mg/24 h would make it smouldering myeloma";
    default:
      return "";
  }
}

/** Review c91-W3: IgM MGUS decided with the marrow known below 10% and bone imaging not done (decide.ts): its
 * criterion is met on the items the IgM MGUS row names (criteria-and-scores.md 1.3), which name no bone lesion. */
function igmMetWithoutImaging(f: Findings, d: Decision): boolean {
  return igmMgusWithoutImaging(f, d) && !d.marrowNotAssessed;
}

/** What a low-risk MGUS read without its marrow or bone imaging rests on, and what was not done. */
function deferredTests(d: Decision, f: Findings): string {
  const imaging = f.lytic1 === UNKNOWN || f.mri1 === UNKNOWN || f.plasmacytoma === UNKNOWN;
  const tests = [
    d.marrowNotAssessed ? "marrow" : null,
    imaging ? "bone imaging" : null,
    f.urine500 === UNKNOWN ? "24-hour urine" : null,
  ].filter((x) => x !== null);
  return tests.length > 1
    ? `${tests.slice(0, -1).join(", ")} and ${tests[tests.length - 1]}`
    : tests.join("");
}

function lowRiskWords(d: Decision, f: Findings, facts: Facts): string {
  const m = facts.labs.serumMProtein?.value ?? null;
  return (
    `low-risk MGUS (IgG; serum M-protein ${m === null ? "not known" : `${round(m)} g/dL`} < 1.5 g/dL; ` +
    "kappa/lambda ratio within 0.26-1.65), with calcium, creatinine and haemoglobin below the CRAB thresholds " +
    `and no bone pain recorded: ${deferredTests(d, f)} not done, and not needed at diagnosis in low-risk MGUS; ` +
    `the category rests on the ${f.urine500 === UNKNOWN ? "blood tests" : "blood and urine tests"}, not on a marrow or imaging result (an unexplained ` +
    "anaemia, raised calcium or creatinine, or bone pain calls for them)"
  );
}

/** A biopsy-proven plasmacytoma with clonal marrow >=10% and no myeloma-defining event: myeloma by the
 * reference's secondary reading (1.4). */
const plasmacytomaWithMarrow = (t: CategoryTruths, f: Findings): boolean =>
  f.plasmacytoma === MET && f.bmpc10 === MET && t.mde !== MET;

/** The category criteria, decided from the truths; their reasons are composed only when `text` is on. */
function categoryCriteria(
  t: CategoryTruths,
  d: Decision,
  f: Findings,
  facts: Facts,
  text: boolean,
): CriterionResult[] {
  const because = (rule: RuleDef): string => (text ? categoryWords(rule.id, t, d, f, facts) : "");
  const out = [
    criterion(R.mmClone, t.clone, because(R.mmClone)),
    criterion(R.mm, t.mm, because(R.mm), {
      evidence: plasmacytomaWithMarrow(t, f) ? "secondary" : "verified",
    }),
    criterion(R.al, t.al, because(R.al)),
    criterion(R.sp, t.sp, because(R.sp)),
    criterion(R.spMinimalMarrow, t.spMinimalMarrow, because(R.spMinimalMarrow)),
    criterion(R.smmBurden, t.smmBurden, because(R.smmBurden)),
    criterion(R.smm, t.smm, because(R.smm)),
  ];
  const heavy = f.heavy;
  // Heavy chain not known: every variant is listed.
  if (heavy !== "IgM" && heavy !== "none") {
    out.push(criterion(R.mgusNonIgm, t.mgusNonIgm, because(R.mgusNonIgm)));
  }
  if (heavy === null || heavy === "IgM") {
    out.push(criterion(R.mgusIgm, igmMetWithoutImaging(f, d) ? MET : t.mgusIgm, because(R.mgusIgm)));
  }
  if (heavy === null || heavy === "none") {
    out.push(criterion(R.mgusLightChain, t.mgusLightChain, because(R.mgusLightChain)));
  }
  if (d.workUpDeferred) {
    out.push(criterion(R.mgusLowRiskWorkUpDeferred, MET, because(R.mgusLowRiskWorkUpDeferred)));
    if (f.urine500 === UNKNOWN)
      out.push(criterion(R.mgusLowRiskUrineDeferred, MET, because(R.mgusLowRiskUrineDeferred)));
  } else if (d.marrowNotAssessed) {
    out.push(criterion(R.mgusMarrowNotAssessed, MET, because(R.mgusMarrowNotAssessed)));
  }
  return out;
}

interface Need {
  phrases: string[];
  missing: MissingInput[];
}

/** No imaging done: recorded as not done, or nothing recorded of it at all. Imaging recorded as done with
 * no lesion count is done: its result is what is missing, not the imaging. */
function imagingNotDone(facts: Facts): boolean {
  const im = facts.imaging;
  return (
    im.performed === false ||
    (im.performed !== true && im.osteolyticLesions === null && im.mriFocalLesions === null)
  );
}

const LESION_COUNT = "osteolytic lesion count not recorded";

/** The test each input of the monoclonal-disorder criterion comes from (clone.ts), in words. */
const MONOCLONAL_TEST: Record<string, string> = {
  "labs.serumImmunofixation": "immunofixation",
  "labs.urineImmunofixation": "immunofixation",
  "labs.involvedFreeLightChain": "free light chains",
  "marrow.clonalPlasmaCellPercent": "marrow",
};

/** One field missing, as a list. */
const field = (f: string, neededFor: string): MissingInput[] => [{ field: f, neededFor }];

/** The criteria the full classification assessed: what a missing test's criteria lacked is read from them. */
interface Assessed {
  events: Events;
  clone: CloneAndAmyloid;
}

/** Review c88-W1: the repeat marrow asked when the recorded one predates the smouldering level (work-up-dates.ts). */
function oldMarrowPhrase(facts: Facts): string | null {
  const w = workUpBeforeSmmLevel(facts);
  return w?.marrow == null
    ? null
    : `repeat bone marrow biopsy (the ${beforeWords("marrow", w.marrow, w)}, does not rule out >= 10% or >= 60% clonal plasma cells now)`;
}

/** Review c88-W1: the repeat whole-body imaging asked when the recorded imaging predates the smouldering level. */
function oldImagingPhrase(facts: Facts): string | null {
  const w = workUpBeforeSmmLevel(facts);
  return w?.imaging == null
    ? null
    : `repeat whole-body imaging (PET-CT, whole-body low-dose CT or MRI): the ${beforeWords(String(facts.imaging.modality ?? "imaging"), w.imaging, w)}, does not rule out bone lesions now`;
}

/** What a test group lacks: its phrases and the missing inputs of its criteria, read from `known` when the
 * criteria were assessed (the full classification), else from the few criteria of this group, assessed
 * here without words (codes-only: only a group that could change the category is described). */
function describeGroup(g: TestGroup, facts: Facts, known: Assessed | null): Need {
  const mde = known?.events.crab;
  switch (g) {
    case "marrow":
      return {
        phrases: [
          valueSentPhrase(facts, "marrow.clonalPlasmaCellPercent") ??
            oldMarrowPhrase(facts) ??
            "bone marrow biopsy not done",
        ],
        missing: field(
          "marrow.clonalPlasmaCellPercent",
          `IMWG 2014 classification (clonal marrow plasma cells)${withSent(valueSentPhrase(facts, "marrow.clonalPlasmaCellPercent"))}`,
        ),
      };
    case "lytic": {
      // The group is open only when the lesion count is not known, so the bone criterion lacks the count
      // (or a modality that shows osteolysis), never the marrow.
      return {
        phrases: [
          oldImagingPhrase(facts) ??
            (imagingNotDone(facts)
              ? WHOLE_BODY
              : isMriOnly(facts.imaging.modality)
                ? "CT-based imaging (PET-CT, whole-body low-dose CT or CT) to confirm osteolytic lesions not done"
                : LESION_COUNT),
        ],
        missing: (mde?.bone ?? assessBoneLesions(facts, false)).missing,
      };
    }
    case "mri":
      return {
        phrases: [
          (isMriOnly(facts.imaging.modality) ? oldImagingPhrase(facts) : null) ??
            (imagingNotDone(facts)
              ? WHOLE_BODY
              : isMriOnly(facts.imaging.modality)
                ? "MRI focal lesion count not recorded"
                : "MRI not done (more than one focal lesion on MRI is a myeloma-defining event)"),
        ],
        missing: field("imaging.mriFocalLesions", "SLiM >1 focal lesion on MRI"),
      };
    case "flc": {
      const phrases: string[] = [];
      const { involvedFreeLightChain: inv, uninvolvedFreeLightChain: uninv, lightChain } = facts.labs;
      const disputed = inv === null || uninv === null ? null : disputingFlcPair(facts);
      const sent = valueSentPhrase(facts, "labs.involvedFreeLightChain", "labs.uninvolvedFreeLightChain");
      if (sent !== null) phrases.push(sent);
      else if (inv === null || uninv === null) phrases.push("serum free light chains not measured");
      else if (disputed !== null)
        // Review c29-M10: the undated pair and a dated one disagree on the SLiM level (slim.ts).
        phrases.push(
          `serum free light chains: the undated pair and the pair of ${disputed.date} disagree on the SLiM level (date the undated pair, or measure both chains on one sample)`,
        );
      else {
        if (lightChain === null) phrases.push("involved light chain (kappa or lambda) not known");
        if (inv.upperLimitOfNormal === null && lightChain === null)
          phrases.push("upper limit of normal of the involved free light chain not given");
      }
      const flc = known?.events.slim.flc ?? assessFlcRatio100(facts, false);
      const abnormal = known?.clone.flcAbnormal ?? flcRatioAbnormal(facts);
      const raised = known?.clone.raised ?? involvedChainRaised(facts, false);
      return {
        phrases,
        // A criterion names what it lacked only when it is unknown.
        missing: [...flc.missing, ...abnormal.missing, ...raised.missing],
      };
    }
    case "calcium":
      return {
        // Review c83-M1: a total calcium above the upper limit with low albumin (crab.ts) is measured, not missing.
        phrases: [
          valueSentPhrase(facts, "labs.calcium") ??
            (calciumUnderReadWithLowAlbumin(facts)
              ? facts.labs.calcium?.upperLimitOfNormal == null
                ? "total calcium near the CRAB level with low albumin and no upper limit of normal given: the laboratory's upper limit and its albumin-corrected calcium decide the CRAB calcium item (an ionised calcium has no field in the record: judge it with the team)"
                : "total calcium above the upper limit of normal with low albumin: the laboratory's albumin-corrected calcium decides the CRAB calcium item (an ionised calcium has no field in the record: judge it with the team)"
              : "serum calcium not measured"),
        ],
        missing: (mde?.calcium ?? assessHypercalcaemia(facts, false)).missing,
      };
    case "renal":
      return {
        phrases: [
          valueSentPhrase(facts, "labs.creatinine", "labs.measuredCreatinineClearance") ??
            (facts.labs.creatinine === null
              ? "serum creatinine not measured"
              : "creatinine clearance not known (a measured clearance, or age, sex and weight for an estimate)"),
        ],
        missing: (mde?.renal ?? assessRenalInsufficiency(facts, false)).missing,
      };
    case "anaemia":
      return {
        phrases: [valueSentPhrase(facts, "labs.hemoglobin") ?? "haemoglobin not measured"],
        missing: (mde?.anaemia ?? assessAnaemia(facts, false)).missing,
      };
    case "serumM":
      return {
        phrases: ["serum protein electrophoresis (M-protein) not measured"],
        missing: field("labs.serumMProtein", "IMWG 2014 M-protein burden (30 g/L)"),
      };
    case "urine":
      return {
        phrases: ["24-hour urine protein electrophoresis (M-protein) not done"],
        missing: field("labs.urineMProtein", "IMWG 2014 urinary M-protein (500 mg/24 h)"),
      };
    case "heavy":
      // Open only while the heavy chain is unknown (a negative immunofixation with no M-protein shows none:
      // findings.ts heavyChainShown). When immunofixation was done, the type is what is missing, not the test.
      return {
        phrases: [
          facts.labs.serumImmunofixation === null
            ? "serum immunofixation (heavy-chain type) not done"
            : "heavy-chain type on serum immunofixation not recorded",
        ],
        missing: field("labs.heavyChain", "IMWG 2014 M-protein type (IgM pathway, light-chain MGUS)"),
      };
    case "plasmacytoma": {
      // With no biopsy recorded, a plasmacytoma is open only while imaging may show a lesion to biopsy
      // (findings.ts). A lesion seen asks for its biopsy; imaging not done, or done with no lesion count
      // recorded, asks for the imaging or its result: a biopsy of a lesion nobody has seen cannot be asked for.
      const lesionSeen = !imagingNotDone(facts) && facts.imaging.osteolyticLesions !== null;
      if (lesionSeen) {
        return {
          phrases: ["biopsy of the lesion seen on imaging (to prove or exclude a plasmacytoma) not done"],
          missing: field("biopsy.plasmacytoma", "IMWG 2014 biopsy-proven plasmacytoma"),
        };
      }
      return {
        phrases: [imagingNotDone(facts) ? WHOLE_BODY : LESION_COUNT],
        missing: field(
          "imaging.osteolyticLesions",
          "IMWG 2014 biopsy-proven plasmacytoma: a lesion to biopsy",
        ),
      };
    }
    case "site":
      return {
        phrases: ["plasmacytoma site (bone or extramedullary) not recorded"],
        missing: field(
          "biopsy.plasmacytoma.site",
          "solitary plasmacytoma (imaging apart from the primary lesion)",
        ),
      };
    case "amyloid": {
      const al = known?.clone.amyloid ?? assessAmyloid(facts, false);
      // The phrases are the unknown requirements' own words, taken from amyloid.ts rather than from the
      // criteria's reasons (which are empty when the words are not asked for).
      const phrases: string[] = [];
      const missing: MissingInput[] = [];
      for (const k of ["syndrome", "congoRed", "typing"] as const) {
        if (al[k].status !== "unknown") continue;
        phrases.push(AMYLOID_NOT_DONE[k]);
        for (const m of al[k].missing) missing.push(m);
      }
      return { phrases, missing };
    }
    case "igmFeatures": {
      // Open only for an IgM paraprotein with a feature not recorded (findings.ts igmFeaturesTruth).
      const c = facts.conditions;
      const fields = (
        [
          ["lymphadenopathy", c.lymphadenopathy],
          ["hepatosplenomegaly", c.hepatosplenomegaly],
          ["constitutionalSymptoms", c.constitutionalSymptoms],
          ["hyperviscosity", c.hyperviscosity],
        ] as const
      ).filter(([, v]) => v === null);
      return {
        phrases: [
          "IgM clinical features not recorded (lymphadenopathy, hepatosplenomegaly, constitutional symptoms, hyperviscosity)",
        ],
        missing: fields.map(([k]) => ({
          field: `conditions.${k}`,
          neededFor:
            "IgM MGUS (no lymphadenopathy, hepatosplenomegaly, constitutional symptoms or hyperviscosity)",
        })),
      };
    }
    case "monoclonal": {
      const clone =
        known?.clone.clone ?? assessMonoclonalDisorder(facts, flcRatioAbnormal(facts).truth, false);
      // Only the tests not done are named (a marrow without clonal cells is done).
      const tests: string[] = [];
      for (const m of clone.missing) {
        const test = MONOCLONAL_TEST[m.field];
        if (test !== undefined && !tests.includes(test)) tests.push(test);
      }
      return {
        phrases: [
          `tests for a monoclonal protein (${tests.length > 0 ? tests.join(", ") : "immunofixation, free light chains, marrow"}) not done`,
        ],
        missing: clone.missing,
      };
    }
  }
}

function hasField(missing: readonly MissingInput[], f: string): boolean {
  for (const m of missing) if (m.field === f) return true;
  return false;
}

/** What the decisive groups lack: their phrases and missing inputs, each once (by phrase, by field), in
 * group order. */
function needsOf(groups: TestGroup[], facts: Facts, known: Assessed | null): Need {
  const phrases: string[] = [];
  const missing: MissingInput[] = [];
  for (const g of groups) {
    const need = describeGroup(g, facts, known);
    for (const p of need.phrases) if (!phrases.includes(p)) phrases.push(p);
    // A few fields at most: a scan of those kept costs less than a Set per record.
    for (const m of need.missing) if (!hasField(missing, m.field)) missing.push(m);
  }
  return { phrases, missing };
}

/** The end-organ question in words: the findings, why myeloma does not explain them, what they would be. */
function attributionWords(q: EndOrganQuestion): string {
  const what = q.features.map((x) => FEATURE_WORDS[x]).join(", ");
  const then =
    q.ifUnrelated === null
      ? ""
      : `; if unrelated to the clone, the findings meet ${LABEL[q.ifUnrelated as Category] ?? q.ifUnrelated}`;
  return `${what} with a monoclonal protein, ${myelomaWords(q)}, and whether the finding comes from the clone is not known${then}`;
}

function labelOf(
  category: DiagnosisCategory,
  d: Decision,
  facts: Facts,
  treated: boolean,
  f: Findings,
  question: EndOrganQuestion | null,
): string {
  const site = facts.biopsy.plasmacytoma?.site ?? null;
  let label: string;
  if (category === "indeterminate" && question !== null) {
    label = `indeterminate (${question.features.map((x) => FEATURE_WORDS[x]).join(", ")} with a monoclonal protein, not explained by myeloma)`;
  } else if (category === "indeterminate") {
    label = d.likely ? `indeterminate (likely ${LABEL[d.likely]})` : "indeterminate";
  } else if (category === "mgus" && d.mgusVariant) {
    label =
      MGUS_LABEL[d.mgusVariant] +
      (d.workUpDeferred
        ? ` (low risk; ${deferredTests(d, f)} not done)`
        : d.marrowNotAssessed
          ? " (marrow not assessed)"
          : "");
  } else if (category === "solitary-plasmacytoma" || category === "solitary-plasmacytoma-minimal-marrow") {
    const base =
      site === "bone"
        ? "solitary plasmacytoma of bone"
        : site === "extramedullary"
          ? "solitary extramedullary plasmacytoma"
          : "solitary plasmacytoma";
    label = category === "solitary-plasmacytoma" ? base : `${base} with minimal marrow involvement`;
  } else {
    label = d.myelomaNotExcluded ? `${LABEL[category]} (coexisting myeloma not excluded)` : LABEL[category];
  }
  return treated ? `${label} (treated)` : label;
}

function notesFor(
  facts: Facts,
  t: CategoryTruths,
  f: Findings,
  mde: Events,
  d: Decision,
  /** No lean for want of any blood test of end-organ damage (endOrganUntested): categories are open. */
  untested = false,
): string[] {
  const notes: string[] = [];
  if (t.crab === MET) {
    notes.push(
      "CRAB features count only when attributable to the plasma cell disorder; the thresholds are met here, the attribution is a clinical judgement.",
    );
  }
  if (f.heavy === "IgM" && (f.serumM3 === MET || f.bmpc10 === MET) && t.mm !== MET) {
    notes.push(
      "IgM paraprotein with serum M-protein >=3 g/dL or marrow infiltration >=10%: IgM disorders follow the IgM (Waldenstrom) pathway, outside the IMWG 2014 myeloma categories; not called smouldering myeloma.",
    );
  }
  if (d.mgusVariant === "igm") {
    notes.push(
      "IgM MGUS: marrow lymphoplasmacytic infiltration is read from the clonal plasma cell percentage.",
    );
  }
  if (f.monoclonal === NOT_MET)
    notes.push("No monoclonal plasma cell disorder is shown by the recorded tests.");
  if (
    d.category === "indeterminate" &&
    d.likely === null &&
    !untested &&
    f.monoclonal !== NOT_MET &&
    !(f.heavy === "IgM" && (f.serumM3 === MET || f.bmpc10 === MET))
  ) {
    notes.push("The recorded findings meet none of the IMWG 2014 categories; review the record.");
  }
  if (untested)
    notes.push(
      "No blood test of end-organ damage (serum calcium, creatinine, haemoglobin) is recorded: an absent CRAB test is not a negative test (IMWG 2014), so no category that needs no myeloma-defining event is taken as the most likely.",
    );
  if (mde.crab.bone.evidence === "unverified" && mde.crab.bone.status !== "unknown") {
    notes.push(
      "A single bone lesion was judged with the marrow caveat (>1 lesion needed when clonal marrow plasma cells are <10%), which the reference marks UNVERIFIED.",
    );
  }
  if (
    facts.conditions.amyloidOrgans === null &&
    facts.biopsy.amyloid === null &&
    d.category !== "indeterminate"
  ) {
    notes.push("No amyloid finding is recorded; AL amyloidosis is taken as not present.");
  }
  return notes;
}

type Treatments = readonly Facts["treatmentHistory"][number][];
/** No treatment: one shared empty list (most records have no therapy at all). */
const NO_THERAPY: Treatments = Object.freeze([]);

/** Smouldering myeloma treated as such keeps its category while no myeloma-defining event is recorded:
 * today's values do not meet myeloma (or AL amyloidosis), and no progression is recorded on the therapy
 * (AQUILA's progression was to active myeloma by SLiM-CRAB, dimopoulos-2025-nejm-aquila). */
function smmCategoryKept(smm: Treatments, d: Decision): boolean {
  if (d.category === "multiple-myeloma" || d.category === "al-amyloidosis") return false;
  return !smm.some(progressionRecorded);
}

function treatedWords(systemic: Treatments, category: DiagnosisCategory, d: Decision): string {
  return `systemic therapy recorded (${systemic.map((t) => t.regimen).join(", ")}); category kept as ${category}; today's values alone give ${d.category}${d.likely ? ` (likely ${d.likely})` : ""}`;
}

/** A criterion's inputs and then its status, as the trace records them: `merged(c.inputs, { status })`
 * by a plain copy (the inputs hold a few keys; Object.assign's generic path cost more here). */
function tracedInputs(c: CriterionResult): RuleTrace["inputs"] {
  const inputs: RuleTrace["inputs"] = {};
  for (const k in c.inputs) inputs[k] = c.inputs[k]!;
  inputs.status = c.status;
  return inputs;
}

/** The treated category: multiple myeloma, or AL amyloidosis when amyloid was proven light-chain and
 * today's values do not meet myeloma. */
function treatedCategory(facts: Facts, d: Decision): DiagnosisCategory {
  if (d.category === "multiple-myeloma") return "multiple-myeloma";
  const alProven = facts.biopsy.amyloid === true && facts.biopsy.amyloidType === "light-chain";
  return alProven ? "al-amyloidosis" : "multiple-myeloma";
}

/** What the classification decided, before its criteria, notes and label are written out. */
interface Classified {
  findings: Findings;
  d: Decision;
  systemic: Treatments;
  category: DiagnosisCategory;
  likely: DiagnosisCategory | null;
  couldChangeWith: string[];
  missing: MissingInput[];
  igmMyelomaNotShown: boolean;
  endOrganUntested: Category[] | null;
  endOrganQuestion: EndOrganQuestion | null;
  flcDispute: FlcDispute | null;
  boneEvent: BoneEvent | null;
  calciumUnderRead: Category[] | null;
  valueSentNotUsed: ValueSentNotUsed | null;
  workUpBefore: WorkUpBeforeLean | null;
}

/**
 * Classifies the findings by the IMWG 2014 criteria. Missing tests are never taken as normal: the
 * category is then "indeterminate" with `likely` and `couldChangeWith`, except where the reference
 * allows otherwise (MGUS with no marrow result). A treated patient keeps the treated category.
 * With `{ text: false }` every criterion is decided the same way and its reason (`because`) is left
 * empty: findings are data, words a layer composed only when asked for (the compact screen never is).
 * With `{ codesOnly: true }` the criteria, rule traces, notes and label are left empty (the compact
 * screen reads none of them); every other field is the same.
 * @example classifyDiagnosis(facts) // { category: "smoldering-myeloma", subtype: "IgG-kappa", ... }
 */
export function classifyDiagnosis(facts: Facts, options: DiagnosisOptions = {}): DiagnosisResult {
  const text = options.text !== false;
  // Codes only: the findings straight from the facts, no criterion built (see findingsOf). Otherwise every
  // criterion is assessed, for the findings and for the criteria written out.
  const known: Assessed | null =
    options.codesOnly === true
      ? null
      : { events: assessEvents(facts, text), clone: assessCloneAndAmyloid(facts, text) };
  const findings = known === null ? findingsOf(facts) : deriveFindings(facts, known.events, known.clone);
  const c = classify(facts, findings, known);
  const { d, category } = c;
  const treated = c.systemic.length > 0;
  const onCurrentValues: DiagnosisResult["onCurrentValues"] = treated
    ? { category: d.category, likely: d.likely }
    : null;
  const mgusVariant = category === "mgus" ? d.mgusVariant : null;
  const marrowNotAssessed = category === "mgus" && d.marrowNotAssessed;
  const alsoMeets: DiagnosisCategory[] =
    d.truths.al === MET && category !== "al-amyloidosis" ? ["al-amyloidosis"] : [];
  if (known === null) {
    return {
      category,
      subtype: subtypeOf(facts, mgusVariant === "light-chain"),
      likely: c.likely,
      criteria: [],
      couldChangeWith: c.couldChangeWith,
      treated,
      rules: [],
      missing: c.missing,
      label: "",
      mgusVariant,
      marrowNotAssessed,
      alsoMeets,
      notes: [],
      onCurrentValues,
      igmMyelomaNotShown: c.igmMyelomaNotShown,
      endOrganUntested: c.endOrganUntested,
      endOrganQuestion: c.endOrganQuestion,
      flcDispute: c.flcDispute,
      boneEvent: c.boneEvent,
      calciumUnderRead: c.calciumUnderRead,
      valueSentNotUsed: c.valueSentNotUsed,
      workUpBefore: c.workUpBefore,
    };
  }
  const traces = options.traces !== false;
  const mde = summarizeEvents(known.events, text);
  const criteria = writtenOut(facts, c, known, mde, text);
  const rules: RuleTrace[] = [];
  if (traces)
    for (const cr of criteria) {
      rules.push({ ruleId: cr.id, citationId: cr.citation, evidence: cr.evidence, inputs: tracedInputs(cr) });
    }
  return {
    category,
    subtype: subtypeOf(facts, mgusVariant === "light-chain"),
    likely: c.likely,
    criteria,
    couldChangeWith: c.couldChangeWith,
    treated,
    rules,
    missing: c.missing,
    // d itself: its likely category differs from c.likely only when treated, and a treated category
    // (myeloma or AL amyloidosis) is never indeterminate, so labelOf does not read it then.
    label: traces ? labelOf(category, d, facts, treated, c.findings, c.endOrganQuestion) : "",
    mgusVariant,
    marrowNotAssessed,
    alsoMeets,
    notes: traces ? allNotes(facts, c, known, mde) : [],
    onCurrentValues,
    igmMyelomaNotShown: c.igmMyelomaNotShown,
    endOrganUntested: c.endOrganUntested,
    endOrganQuestion: c.endOrganQuestion,
    flcDispute: c.flcDispute,
    boneEvent: c.boneEvent,
    calciumUnderRead: c.calciumUnderRead,
    valueSentNotUsed: c.valueSentNotUsed,
    workUpBefore: c.workUpBefore,
  };
}

/** The decision, the treated category and what is missing: everything the codes read. */
function classify(facts: Facts, findings: Findings, known: Assessed | null): Classified {
  const d = decide(findings, lowRiskMgusWorkUp(facts, findings), boneEventRecorded(facts));

  // Treated disease. IMWG 2014 defines the disease states before treatment (Rajkumar 2014); after
  // systemic anti-myeloma therapy today's values describe the response, not a new diagnosis (response is
  // judged by IMWG 2016, kumar-2016-lancet-oncol). So the category stays the one that was treated:
  // multiple myeloma, or AL amyloidosis when amyloid was proven light-chain and today's values do not
  // meet myeloma. Bone-targeted agents and radiotherapy alone are not systemic anti-myeloma therapy.
  // Limit: the record does not say what was treated; therapy given for high-risk smouldering myeloma
  // would be read as myeloma, which the notes flag.
  // The treatments whose drugs are anti-myeloma therapy (namesMyelomaTherapy: not supportive care, an
  // anticoagulant or an unrecorded drug of no known class alone), in record order. Therapy recorded for
  // high-risk smouldering myeloma (treatmentHistory[].setting) treated that: the category it keeps is
  // smouldering myeloma while no myeloma-defining event is recorded (review c8-07). Two lists by setting,
  // in one pass (no closures; a list is made only when it gets an entry).
  let treated: Facts["treatmentHistory"] | null = null;
  let forSmm: Facts["treatmentHistory"] | null = null;
  for (const t of facts.treatmentHistory) {
    if (!namesMyelomaTherapy(t)) continue;
    if (t.setting === "smoldering-myeloma") {
      if (forSmm === null) forSmm = [t];
      else forSmm.push(t);
    } else if (treated === null) treated = [t];
    else treated.push(t);
  }
  const systemic: Treatments = treated ?? NO_THERAPY;
  const smm: Treatments = forSmm ?? NO_THERAPY;
  if (systemic.length === 0 && smm.length > 0 && smmCategoryKept(smm, d)) {
    return {
      findings,
      d,
      systemic: smm,
      category: "smoldering-myeloma",
      likely: null,
      couldChangeWith: [],
      missing: [],
      igmMyelomaNotShown: false,
      endOrganUntested: null,
      endOrganQuestion: null,
      flcDispute: null,
      boneEvent: null,
      calciumUnderRead: null,
      valueSentNotUsed: null,
      workUpBefore: null,
    };
  }
  if (systemic.length > 0) {
    // The missing tests that could change the category: none once treated (the treated category stays).
    const category = treatedCategory(facts, d);
    return {
      findings,
      d,
      systemic,
      category,
      likely: null,
      couldChangeWith: [],
      missing: [],
      igmMyelomaNotShown: false,
      endOrganUntested: null,
      endOrganQuestion: null,
      flcDispute: null,
      boneEvent: null,
      calciumUnderRead: null,
      valueSentNotUsed: null,
      workUpBefore: null,
    };
  }
  // IgM MGUS with the marrow not assessed: bone imaging is not part of that call (decide.ts truthsWithMarrowBelow10).
  const groups = igmMgusWithoutImaging(findings, d)
    ? decidingGroups(findings, d).filter((g) => !IMAGING_GROUPS.includes(g))
    : decidingGroups(findings, d);
  const needs = needsOf(alWorkUpFirst(groups, d), facts, known);
  if (igmMyelomaNotShown(facts, findings, d)) {
    // Review c9-F3: IgM paraproteins follow the IgM / Waldenstrom pathway (criteria-and-scores.md 1.2-1.3);
    // IgM myeloma needs >= 10% marrow plasma cells plus lytic bone lesions and/or t(11;14) (Schuster 2010).
    // Without either shown the category is not myeloma, and no likely category is named (the IgM work-up is
    // outside this tool); the tests that would show IgM myeloma come first in couldChangeWith.
    const igm = igmMyelomaTests(facts, findings);
    return {
      findings,
      d: { ...d, category: "indeterminate", likely: null },
      systemic,
      category: "indeterminate",
      likely: null,
      couldChangeWith: [...igm.phrases, ...needs.phrases.filter((x) => !igm.phrases.includes(x))],
      missing: [...igm.missing, ...needs.missing],
      igmMyelomaNotShown: true,
      endOrganUntested: null,
      endOrganQuestion: null,
      flcDispute: null,
      boneEvent: null,
      calciumUnderRead: null,
      valueSentNotUsed: null,
      workUpBefore: null,
    };
  }
  // Review c20-4: an end-organ finding with a clone below myeloma's threshold: whether it comes from the
  // clone is not known, so no lean; the tests that would say so come first, then the deciding ones.
  const question = endOrganQuestionOf(facts, findings, d);
  if (question !== null) {
    const tests = endOrganTests(question, facts);
    // The question's own tests first: the kidney biopsy is also the tissue AL's Congo red would be read on.
    const phrases = [...tests.phrases];
    for (const x of needs.phrases) if (!phrases.includes(x)) phrases.push(x);
    const missing = [...tests.missing];
    for (const m of needs.missing) if (!hasField(missing, m.field)) missing.push(m);
    return {
      findings,
      // MGUS or smouldering myeloma met by the numbers with a proteinuria in question is undecided too.
      d: {
        ...d,
        category: "indeterminate",
        likely: null,
        mgusVariant: null,
        marrowNotAssessed: false,
        workUpDeferred: false,
        myelomaNotExcluded: false,
      },
      systemic,
      category: "indeterminate",
      likely: null,
      couldChangeWith: phrases,
      missing,
      igmMyelomaNotShown: false,
      endOrganUntested: null,
      endOrganQuestion: question,
      flcDispute: null,
      boneEvent: null,
      calciumUnderRead: null,
      valueSentNotUsed: null,
      workUpBefore: null,
    };
  }
  // Review c83-W1: a bone event recorded before imaging for osteolytic lesions comes first (its care is urgent).
  const boneEvent = boneEventOf(facts, findings, d);
  // Review c11 M1: no blood test of end-organ damage recorded, so no lean that presumes them normal.
  const untested = boneEvent === null ? endOrganUntested(findings, d) : null;
  const dispute = boneEvent === null && untested === null ? flcDisputeOf(facts, findings, d) : null;
  // Review c86-M2: a value sent and not used comes before the calcium under-read (it may be the calcium that decides).
  const sent =
    boneEvent === null && untested === null && dispute === null ? valueSentNotUsedOf(facts, d) : null;
  const underRead =
    boneEvent === null && untested === null && dispute === null && sent === null
      ? calciumUnderReadOf(facts, d)
      : null;
  // Review c88-W1: the marrow or imaging predates the M-protein reaching the smouldering level: no lean to MGUS or
  // smouldering myeloma that rests on them.
  const before =
    boneEvent === null && untested === null && dispute === null && sent === null && underRead === null
      ? workUpBeforeOf(facts, d)
      : null;
  const lean =
    boneEvent === null &&
    untested === null &&
    dispute === null &&
    sent === null &&
    underRead === null &&
    before === null;
  return {
    findings,
    d: lean ? d : { ...d, likely: null },
    systemic,
    category: d.category,
    likely: lean ? d.likely : null,
    couldChangeWith: d.myelomaNotExcluded
      ? myelomaNotExcludedWords(needs.phrases)
      : sent !== null
        ? valueSentFirst(needs.phrases)
        : d.workUpDeferred
          ? needs.phrases.map((p) => `${p} (${NOT_NEEDED_LOW_RISK_MGUS})`)
          : needs.phrases,
    missing: d.workUpDeferred
      ? needs.missing.map((m) => ({ ...m, neededFor: `${m.neededFor} (${NOT_NEEDED_LOW_RISK_MGUS})` }))
      : needs.missing,
    igmMyelomaNotShown: false,
    endOrganUntested: untested,
    endOrganQuestion: null,
    flcDispute: dispute,
    boneEvent,
    calciumUnderRead: underRead,
    valueSentNotUsed: sent,
    workUpBefore: before,
  };
}

/** Review c87-m2: low-risk MGUS with its work-up deferred (imwg2014.mgus.low-risk-work-up-deferred): what is open is
 * only the tests deferred (the marrow, bone imaging and, with its own criterion, the 24-hour urine; low risk needs the
 * blood tests known). They stay named as what could change the category (missing is not normal; an abnormal result
 * would change it: criteria-and-scores.md 1.2-1.3), with the same words as the criterion, so the card does not say
 * "not needed" and then list them as plain "not done" (sidiqi-2020-blood-cancer-j; the IMWG 2010 wording on deferring
 * them was seen only in secondary reviews, as the criterion says). */
export const NOT_NEEDED_LOW_RISK_MGUS =
  "not needed at diagnosis in low-risk MGUS; an abnormal result would change the category";

/** Review c76-W2: AL amyloidosis met with myeloma not excluded (decide.ts): the deciding tests are what could show a
 * coexisting myeloma, the first one said so. */
export const MYELOMA_NOT_EXCLUDED = "coexisting myeloma not excluded: ";
function myelomaNotExcludedWords(phrases: readonly string[]): string[] {
  return phrases.map((p, i) => (i === 0 ? MYELOMA_NOT_EXCLUDED + p : p));
}

/**
 * Review c11 M1: the lean of an undecided category presumes every missing test normal (decide.ts). MGUS,
 * smouldering myeloma and solitary plasmacytoma each need no myeloma-defining event (criteria-and-scores.md
 * 1.2-1.4, rajkumar-2014-lancet-oncol), and 1.1 says "If data are missing, return 'indeterminate' rather
 * than 'no MDE'. An absent CRAB test is not a negative test." With none of serum calcium, renal function
 * and haemoglobin recorded, nothing about end-organ damage has been measured in the blood: a lean to one of
 * those categories would rest on their absence alone (a clone of 35% marrow plasma cells read "most likely
 * smouldering myeloma", its treatment first, with calcium, creatinine, haemoglobin and imaging all
 * missing). No lean is named then; the categories still open are returned (precedence order) for the words,
 * and the deciding tests stay in couldChangeWith. A lean to myeloma or AL amyloidosis is not concerned (it
 * presumes no event absent). Null when the rule does not apply.
 */
function endOrganUntested(f: Findings, d: Decision): Category[] | null {
  const lean = d.likely;
  if (d.category !== "indeterminate" || lean === null) return null;
  if (lean === "multiple-myeloma" || lean === "al-amyloidosis") return null;
  if (f.calcium !== UNKNOWN || f.renal !== UNKNOWN || f.anaemia !== UNKNOWN) return null;
  return openCategories(d);
}

/** The categories not known to be unmet, in precedence order (the words of an undecided record with no lean). */
function openCategories(d: Decision): Category[] {
  const open: Category[] = [];
  for (const [category, key] of PRECEDENCE) if (d.truths[key] !== NOT_MET) open.push(category);
  return open;
}

/** Review c83-W1: a spinal cord compression or a pathological fracture is recorded (conditions): a bone event. */
export const boneEventRecorded = (facts: Facts): boolean =>
  facts.conditions.spinalCordCompression === true || facts.conditions.pathologicFracture === true;

/**
 * Review c83-W1: a cord compression at T8 and a femur fracture with 45% clonal marrow plasma cells and no whole-body
 * imaging read "most likely smouldering myeloma", its active monitoring among the options. criteria-and-scores.md 1.1
 * counts a bone lesion (CRAB) only as an osteolytic lesion on skeletal radiography, CT or PET-CT, so the event does
 * not meet myeloma by itself (it is not called myeloma); but the lean presumes the missing imaging normal (decide.ts),
 * and 1.1 says an absent test is not a negative test. MGUS and smouldering myeloma need no myeloma-defining event
 * (1.2-1.3): a lean to them would rest on the absence of the very lesion the event points to. No lean is named
 * then; the categories still open are returned with the lean the findings would have if imaging showed no lesion.
 * A lean to a solitary plasmacytoma (a bone event is how one often shows, 1.4), myeloma or AL amyloidosis is not
 * concerned. Null when the rule does not apply.
 */
function boneEventOf(facts: Facts, f: Findings, d: Decision): BoneEvent | null {
  const lean = d.likely;
  if (d.category !== "indeterminate" || (lean !== "mgus" && lean !== "smoldering-myeloma")) return null;
  if (f.lytic1 !== UNKNOWN || !boneEventRecorded(facts)) return null;
  return {
    spinalCordCompression: facts.conditions.spinalCordCompression === true,
    pathologicFracture: facts.conditions.pathologicFracture === true,
    open: openCategories(d),
    ifNoLesion: lean,
  };
}

/** The bone events of a BoneEvent in words ("a spinal cord compression and a pathological fracture"). */
export function boneEventWords(b: Pick<BoneEvent, "spinalCordCompression" | "pathologicFracture">): string {
  const events: string[] = [];
  if (b.spinalCordCompression) events.push("a spinal cord compression");
  if (b.pathologicFracture) events.push("a pathological fracture");
  return events.join(" and ");
}

/**
 * Review c29-M10: the lean presumes a missing test normal (decide.ts), but SLiM free light chains disputed by
 * two pairs are not missing: one of them meets the criterion (an undated 160/8 mg/L beside 850/8 mg/L of
 * 2026-11-25 read "most likely smouldering myeloma", its active monitoring first). No lean is named then; the
 * categories still open are returned (precedence order) with the lean the undisputed reading would give. A
 * lean to myeloma is not concerned (it presumes no event absent). Null when the rule does not apply.
 */
function flcDisputeOf(facts: Facts, f: Findings, d: Decision): FlcDispute | null {
  const lean = d.likely;
  if (d.category !== "indeterminate" || lean === null || lean === "multiple-myeloma") return null;
  if (f.flcLi !== UNKNOWN || disputingFlcPair(facts) === null) return null;
  return { open: openCategories(d), ifNotMet: lean };
}

/** Review c83-M1: the lean presumes a missing test normal (decide.ts), but a total calcium above the upper limit with
 * low albumin was measured and may under-read the free calcium (crab.ts; criteria-and-scores.md 1.1 ⚠: secondary
 * sources give the item as corrected calcium). No lean is named then; the categories still open are returned
 * (precedence order). A lean to myeloma or AL amyloidosis is not concerned. Null when the rule does not apply. */
function calciumUnderReadOf(facts: Facts, d: Decision): Category[] | null {
  const lean = d.likely;
  if (d.category !== "indeterminate" || lean === null) return null;
  if (lean === "multiple-myeloma" || lean === "al-amyloidosis") return null;
  if (!calciumUnderReadWithLowAlbumin(facts)) return null;
  const open: Category[] = [];
  for (const [category, key] of PRECEDENCE) if (d.truths[key] !== NOT_MET) open.push(category);
  return open;
}

/** Review c86-M2: the lean presumes a missing test normal (decide.ts), but a value was sent for a field of a
 * myeloma-defining event (CRAB or SLiM) and not used (a calcium of 3.2 sent in mg/dL, likely mmol/L: hypercalcaemia):
 * the value sent may be the one that meets it (criteria-and-scores.md 1.1: an absent CRAB test is not a negative test;
 * reading a test sent and unread the same way is the project's reading). No lean is named then; the fields and the
 * categories still open are returned. A lean to myeloma or AL amyloidosis is not concerned (it presumes no event
 * absent). Null when the rule does not apply. */
function valueSentNotUsedOf(facts: Facts, d: Decision): ValueSentNotUsed | null {
  const lean = d.likely;
  if (facts.unusedValues.length === 0 || d.category !== "indeterminate" || lean === null) return null;
  if (lean === "multiple-myeloma" || lean === "al-amyloidosis") return null;
  const fields = facts.unusedValues.map((u) => u.field).filter((f) => EVENT_FIELDS.includes(f));
  return fields.length === 0 ? null : { fields, open: openCategories(d) };
}

/** Review c86-M2: a value sent for one of `fields` and not used, as a deciding test's phrase ("... and not used
 * (...): check the value sent"), or null. */
function valueSentPhrase(facts: Facts, ...fields: UnusedValueField[]): string | null {
  const u = facts.unusedValues.length === 0 ? null : unusedValueOf(facts.unusedValues, ...fields);
  return u === null ? null : `${unusedValueWords(u)}: ${CHECK_THE_VALUE_SENT}`;
}

/** Review c86-M2: the deciding tests with the values sent and not used first (checking one may decide at once, and a
 * calcium sent in the wrong unit may be a hypercalcaemia), the others in their order. */
function valueSentFirst(phrases: readonly string[]): string[] {
  const sent = phrases.filter((p) => p.endsWith(`: ${CHECK_THE_VALUE_SENT}`));
  return [...sent, ...phrases.filter((p) => !sent.includes(p))];
}

const withSent = (phrase: string | null): string => (phrase === null ? "" : `: ${phrase}`);

/** Review c88-W1: the lean presumes a missing test normal (decide.ts); a marrow or imaging dated before the M-protein
 * first reached the smouldering level is read as not ruling out what it would (work-up-dates.ts), so a lean to MGUS or
 * smouldering myeloma would rest on it. No lean is named then; the categories still open are returned (precedence
 * order) with the lean. Null when the rule does not apply. */
function workUpBeforeOf(facts: Facts, d: Decision): WorkUpBeforeLean | null {
  const lean = d.likely;
  if (d.category !== "indeterminate" || (lean !== "mgus" && lean !== "smoldering-myeloma")) return null;
  const w = workUpBeforeSmmLevel(facts);
  return w === null ? null : { ...w, open: openCategories(d), ifCurrent: lean };
}

/** An IgM paraprotein whose findings meet, or lean to, multiple myeloma while neither a lytic bone lesion
 * nor t(11;14) is recorded: what IgM myeloma needs besides >= 10% marrow plasma cells (schuster-2010-ajh). */
function igmMyelomaNotShown(facts: Facts, f: Findings, d: Decision): boolean {
  if (f.heavy !== "IgM") return false;
  if (d.category !== "multiple-myeloma" && d.likely !== "multiple-myeloma") return false;
  return !(f.lytic1 === MET || facts.cytogenetics.t11_14 === true);
}

/** The tests that would show IgM myeloma: FISH for t(11;14) unless done, the marrow's cell type (plasma
 * cells or lymphoplasmacytic cells: the record's clonal plasma cell percentage does not tell), and bone
 * imaging when no lesion count is recorded. */
function igmMyelomaTests(facts: Facts, f: Findings): { phrases: string[]; missing: MissingInput[] } {
  const NEED = "IgM myeloma (lytic bone lesions and/or t(11;14), Schuster 2010)";
  const phrases: string[] = [];
  const missing: MissingInput[] = [];
  if (facts.cytogenetics.t11_14 === null) {
    phrases.push("FISH for t(11;14) not done (IgM myeloma needs lytic bone lesions and/or t(11;14))");
    missing.push({ field: "cytogenetics.t11_14", neededFor: NEED });
  }
  phrases.push(
    "marrow morphology and immunophenotype: plasma cells or lymphoplasmacytic cells (Waldenstrom macroglobulinaemia) not recorded",
  );
  if (f.lytic1 === UNKNOWN) {
    phrases.push("whole-body imaging for lytic bone lesions not done");
    missing.push({ field: "imaging.osteolyticLesions", neededFor: NEED });
  }
  return { phrases, missing };
}

/** Low-risk MGUS by its blood tests (kyle-2010-leukemia: serum M-protein < 1.5 g/dL, IgG, kappa/lambda
 * ratio 0.26-1.65), with haemoglobin, calcium and renal function known and not abnormal and no bone pain
 * recorded: the setting in which Sidiqi 2020 found the marrow (and advanced imaging) could be deferred.
 * "Not abnormal" is read as the CRAB tests known not met (the record rarely gives the laboratory's
 * limits); the criterion's words say so. */
function lowRiskMgusWorkUp(facts: Facts, f: Findings): boolean {
  const { serumMProtein: m, heavyChain, lightChain } = facts.labs;
  if (heavyChain !== "IgG" || lightChain === null || m === null || !lt(m.value, 1.5)) return false;
  if (f.calcium !== NOT_MET || f.renal !== NOT_MET || f.anaemia !== NOT_MET) return false;
  // Review c83-W1: nor with a bone event recorded (a cord compression or pathological fracture is no symptom-free MGUS).
  if (facts.conditions.bonePain === true || boneEventRecorded(facts)) return false;
  return kappaLambdaNormal(facts) === true;
}

/** The kappa/lambda ratio within the Freelite interval 0.26-1.65 (criteria-and-scores.md 1.3); null when
 * it cannot be read. */
function kappaLambdaNormal(facts: Facts): boolean | null {
  const { involvedFreeLightChain: inv, uninvolvedFreeLightChain: uninv, lightChain } = facts.labs;
  if (inv === null || uninv === null || lightChain === null || inv.value <= 0 || uninv.value <= 0)
    return null;
  const kl = lightChain === "kappa" ? inv.value / uninv.value : uninv.value / inv.value;
  return gte(kl, FREELITE.ratio.low) && !gt(kl, FREELITE.ratio.high);
}

/** For a likely AL amyloidosis, its own work-up first: the typing of the amyloid and the tests for a
 * monoclonal disorder (criteria-and-scores.md 1.5, requirements 3 and 4: all four are needed), before the
 * tests only other categories need (a marrow biopsy, bone imaging). Order only: the same tests. */
function alWorkUpFirst(groups: TestGroup[], d: Decision): TestGroup[] {
  if (d.likely !== "al-amyloidosis") return groups;
  const first: TestGroup[] = groups.filter((g) => g === "amyloid" || g === "monoclonal");
  return first.length === 0 ? groups : first.concat(groups.filter((g) => !first.includes(g)));
}

/** The criteria: events, amyloid and clone, categories, assumptions, treatment. */
function writtenOut(
  facts: Facts,
  c: Classified,
  known: Assessed,
  mde: MdeResult,
  text: boolean,
): CriterionResult[] {
  const { findings, d, systemic, category } = c;
  const assessed = known.clone;
  const { amyloid: al, clone } = assessed;
  const criteria = [
    ...mde.criteria,
    al.syndrome,
    al.congoRed,
    al.typing,
    clone,
    ...categoryCriteria(d.truths, d, findings, facts, text),
  ];
  // The involved FLC's upper limit, when the record gives none: the Freelite limit, marked assumed.
  const { truth: raisedTruth, assumed } = assessed.raised;
  if (assumed !== null) {
    criteria.push(
      criterion(R.involvedFlcUlnAssumed, raisedTruth, assumed.because, {
        inputs: {
          involvedFlcMgL: assumed.involvedMgL,
          lightChain: facts.labs.lightChain,
          upperLimitMgL: assumed.limit,
          upperLimitAssumed: true,
          assumption: "freelite-reference-interval",
        },
      }),
    );
  }
  const q = c.endOrganQuestion;
  if (q !== null) {
    const inputs = { features: q.features.join(","), ifUnrelated: q.ifUnrelated };
    criteria.push(criterion(R.crabAttribution, UNKNOWN, text ? attributionWords(q) : "", { inputs }));
    if (q.kidney)
      criteria.push(
        criterion(
          R.kidneyMgrsQuestion,
          UNKNOWN,
          text
            ? `kidney findings with a monoclonal protein, ${myelomaWords(q)}: a kidney biopsy (with Congo red and immunofluorescence) would show whether the monoclonal protein is the cause; not done`
            : "",
          { inputs },
        ),
      );
  }
  const bone = c.boneEvent;
  if (bone !== null) {
    criteria.push(
      criterion(
        R.boneEventNotImaged,
        UNKNOWN,
        text
          ? `${boneEventWords(bone)} recorded, and no osteolytic lesion count from skeletal radiography, CT or PET-CT, the only imaging on which a bone lesion meets the CRAB criterion: the event does not meet it by itself, and an absent test is not a negative test; the findings fit ${categoriesInWords(bone.open)}, and ${LABEL[bone.ifNoLesion]} is not taken as the most likely`
          : "",
        {
          inputs: {
            spinalCordCompression: bone.spinalCordCompression,
            pathologicFracture: bone.pathologicFracture,
            ifNoLesion: bone.ifNoLesion,
          },
        },
      ),
    );
  }
  const w = workUpBeforeSmmLevel(facts);
  if (w !== null && systemic.length === 0) {
    const old = [
      w.marrow === null ? null : beforeWordsShort("marrow", w.marrow),
      w.imaging === null ? null : beforeWordsShort(String(facts.imaging.modality ?? "imaging"), w.imaging),
    ].filter((x) => x !== null);
    criteria.push(
      criterion(R.workUpBeforeSmmLevel, UNKNOWN, text ? workUpBeforeWords(old, w, c.workUpBefore) : "", {
        inputs: {
          marrowDate: w.marrow,
          imagingDate: w.imaging,
          reachedOn: w.reachedOn,
          finding: w.finding,
          ...(c.workUpBefore === null ? {} : { ifCurrent: c.workUpBefore.ifCurrent }),
        },
      }),
    );
  }
  if (category === "smoldering-myeloma" && systemic.length > 0) {
    criteria.push(
      criterion(R.treatedSmm, MET, text ? treatedWords(systemic, category, d) : "", {
        inputs: { regimens: systemic.length, setting: "smoldering-myeloma", onCurrentValues: d.category },
      }),
    );
  } else if (systemic.length > 0) {
    criteria.push(
      criterion(R.treated, MET, text ? treatedWords(systemic, category, d) : "", {
        inputs: { regimens: systemic.length, onCurrentValues: d.category },
      }),
    );
  }
  return criteria;
}

const beforeWordsShort = (what: string, date: string): string => `the ${what} of ${date}`;

/** Review c88-W1: the old results, when the level was reached, what they no longer rule out and the lean withheld. */
function workUpBeforeWords(old: string[], w: WorkUpBefore, lean: WorkUpBeforeLean | null): string {
  return `${old.join(" and ")} ${old.length > 1 ? "are" : "is"} from before ${LEVEL_WORDS[w.finding]} on ${w.reachedOn}: ${old.length > 1 ? "they do" : "it does"} not rule out the myeloma-defining events ${old.length > 1 ? "they" : "it"} would otherwise rule out (repeat ${[w.marrow === null ? null : "the marrow", w.imaging === null ? null : "whole-body imaging"].filter((x) => x !== null).join(" and ")}); the reference gives no rule on the age of a result, so this is the project's reading${lean === null ? "" : `; the findings fit ${categoriesInWords(lean.open)}, and ${LABEL[lean.ifCurrent]} is not taken as the most likely`}`;
}

/** The notes: interpretations and limits (notesFor), the IgM pathway, an assumed limit, the treatment. */
function allNotes(facts: Facts, c: Classified, known: Assessed, mde: MdeResult): string[] {
  const { findings, d, systemic, category } = c;
  const { assumed } = known.clone.raised;
  const notes = notesFor(facts, d.truths, findings, mde, d, c.endOrganUntested !== null);
  if (c.igmMyelomaNotShown)
    notes.push(
      "IgM paraprotein: the myeloma criteria are met by the numbers, but IgM myeloma needs >= 10% marrow plasma cells plus lytic bone lesions and/or t(11;14) (Schuster 2010, abstract only), and neither is shown; IgM disorders follow the IgM (Waldenstrom) pathway, outside this tool. Not called multiple myeloma.",
    );
  if (assumed !== null)
    notes.push(
      `The laboratory's upper limit for the involved free light chain was not given: the Freelite limit ${assumed.limit} mg/L (Katzmann 2002), which the ratio thresholds assume, was used. Check it against your laboratory's range.`,
    );
  if (systemic.length > 0 && category === "multiple-myeloma" && d.category !== "multiple-myeloma") {
    notes.push(
      'Systemic therapy is recorded, so the disease is taken as treated multiple myeloma; if the therapy was given for high-risk smouldering myeloma, record its setting (treatmentHistory[].setting "smoldering-myeloma") and review the category.',
    );
  }
  return notes;
}

/** Findings: every input of the IMWG 2014 categories as a three-valued truth, oriented "the finding is
 * present". The category logic (categories.ts) reads only this, so "what if this missing test came back
 * normal / abnormal" is a matter of setting a truth (used for `likely` and `couldChangeWith`). */
import type { HeavyChain, PlasmacytomaSite } from "../../model/enums.js";
import type { Facts } from "../../model/facts.js";
import type { Truth } from "../../model/trace.js";
import { type AmyloidResult, amyloidTruths, assessAmyloid } from "./amyloid.js";
import {
  assessMonoclonalDisorder,
  flcAbnormalTruth,
  flcRatioAbnormal,
  involvedChainRaised,
  involvedRaisedTruth,
  monoclonalStatus,
  serumMProteinAtLeast3,
  type TruthWithMissing,
  urineMProteinAtLeast500,
} from "./clone.js";
import {
  anaemiaStatus,
  hypercalcaemiaStatus,
  osteolyticCount,
  plasmacytomaTruth,
  renalStatus,
} from "./crab.js";
import type { Events } from "./events.js";
import { type CriterionResult, fromBool, gte, MET, NOT_MET, UNKNOWN } from "./logic.js";
import { ctStandsForMri, flcRatio100Status, involvedUninvolvedRatio, marrow60Status } from "./slim.js";
import { workUpBeforeSmmLevel } from "./work-up-dates.js";

export const TRUTH_KEYS = [
  "calcium",
  "renal",
  "anaemia",
  "lytic1",
  "lytic2",
  "mri1",
  "mri2",
  "bmpcAny",
  "bmpc10",
  "bmpc60",
  "flcLi",
  "flcAbnormal",
  "involvedRaised",
  "serumM3",
  "urine500",
  "monoclonal",
  "plasmacytoma",
  "solitary",
  "amyloidSyndrome",
  "congoRed",
  "lightChainAmyloid",
  "igmFeatures",
] as const;
export type TruthKey = (typeof TRUTH_KEYS)[number];

/** The amyloid findings: AL needs all three (with a clone). */
export const AMYLOID_KEYS: readonly TruthKey[] = ["amyloidSyndrome", "congoRed", "lightChainAmyloid"];

/** Findings that point to a plasma cell clone or to amyloid; without one, no category is "likely". */
export const SUGGESTIVE_KEYS: readonly TruthKey[] = [
  "monoclonal",
  "bmpcAny",
  "flcLi",
  "flcAbnormal",
  "serumM3",
  "urine500",
  "plasmacytoma",
  ...AMYLOID_KEYS,
];

export type Findings = { [K in TruthKey]: Truth } & {
  heavy: HeavyChain | null;
  site: PlasmacytomaSite | null;
};

const count = (n: number | null, atLeast: number): Truth =>
  n === null ? UNKNOWN : n >= atLeast ? MET : NOT_MET;

/** The clone and amyloid criteria the findings read; the diagnosis shows them too, so they are assessed once. */
export interface CloneAndAmyloid {
  amyloid: AmyloidResult;
  flcAbnormal: TruthWithMissing;
  raised: ReturnType<typeof involvedChainRaised>;
  /** AL requirement 4, a monoclonal plasma cell disorder. */
  clone: CriterionResult;
}

/** `text: false` decides the same way and leaves the criteria's reasons empty. */
export function assessCloneAndAmyloid(facts: Facts, text = true): CloneAndAmyloid {
  const flcAbnormal = flcRatioAbnormal(facts);
  return {
    amyloid: assessAmyloid(facts, text),
    flcAbnormal,
    raised: involvedChainRaised(facts, text),
    clone: assessMonoclonalDisorder(facts, flcAbnormal.truth, text),
  };
}

/** The findings that are the statuses of criteria: the CRAB features, the SLiM FLC biomarker, the FLC
 * ratio and involved chain, the clone and the three amyloid requirements. */
interface CriteriaTruths {
  calcium: Truth;
  renal: Truth;
  anaemia: Truth;
  flcLi: Truth;
  flcAbnormal: Truth;
  involvedRaised: Truth;
  monoclonal: Truth;
  amyloidSyndrome: Truth;
  congoRed: Truth;
  lightChainAmyloid: Truth;
}

/** Derives the findings from the facts and the already-assessed myeloma-defining events (and clone and
 * amyloid criteria, assessed here when not given). */
export function deriveFindings(
  facts: Facts,
  mde: Events,
  assessed: CloneAndAmyloid = assessCloneAndAmyloid(facts),
): Findings {
  const amyloid = assessed.amyloid;
  return findingsWith(facts, {
    calcium: mde.crab.calcium.status,
    renal: mde.crab.renal.status,
    anaemia: mde.crab.anaemia.status,
    flcLi: mde.slim.flc.status,
    flcAbnormal: assessed.flcAbnormal.truth,
    involvedRaised: assessed.raised.truth,
    monoclonal: assessed.clone.status,
    amyloidSyndrome: amyloid.syndrome.status,
    congoRed: amyloid.congoRed.status,
    lightChainAmyloid: amyloid.typing.status,
  });
}

/**
 * The same findings as deriveFindings, read straight from the facts: each criterion's status is decided
 * by the function its criterion uses, and no criterion is built (no inputs, reasons or missing lists).
 * The codes-only classification reads only the findings, and asks a criterion for what it lacked only
 * when its test could change the category.
 */
export function findingsOf(facts: Facts): Findings {
  // The ratio both FLC findings read, worked out once.
  const ratio = involvedUninvolvedRatio(facts);
  const flcAbnormal = flcAbnormalTruth(facts, ratio);
  const amyloid = amyloidTruths(facts);
  return findingsWith(facts, {
    calcium: hypercalcaemiaStatus(facts),
    renal: renalStatus(facts),
    anaemia: anaemiaStatus(facts),
    flcLi: flcRatio100Status(facts, ratio),
    flcAbnormal,
    involvedRaised: involvedRaisedTruth(facts),
    monoclonal: monoclonalStatus(facts, flcAbnormal),
    amyloidSyndrome: amyloid.syndrome,
    congoRed: amyloid.congoRed,
    lightChainAmyloid: amyloid.typing,
  });
}

/** The findings: the criteria's statuses and the ones read from the facts, in TRUTH_KEYS order. */
function findingsWith(facts: Facts, t: CriteriaTruths): Findings {
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const lytic = osteolyticCount(facts);
  const pc = facts.biopsy.plasmacytoma;
  const mri =
    facts.imaging.performed === false ? null : (facts.imaging.mriFocalLesions ?? ctStandsForMri(facts));

  // No biopsy recorded: there is no biopsy-proven plasmacytoma when imaging shows no osteolytic lesion that
  // could be one; when it shows one, or was not done (the lesion count is then unknown), a biopsy could
  // still prove one (unknown). MRI focal lesions are the SLiM test and are not read here, so that removing
  // an MRI can never settle this.
  //
  // Nor is there one when AL amyloidosis is shown by all four of its requirements (1.5) and no biopsy is
  // recorded: myeloma, above AL in precedence, would then need a biopsy-proven plasmacytoma or marrow
  // >=10% (1.1 A), and imaging alone proves neither. Left unknown, typed AL with 6% marrow and no imaging
  // read "indeterminate" pending a scan, with its regimen held at "consider" (review c8, 09).
  const alShown =
    t.amyloidSyndrome === MET && t.congoRed === MET && t.lightChainAmyloid === MET && t.monoclonal === MET;
  const shown = plasmacytomaTruth(facts);
  const plasmacytoma: Truth = shown === UNKNOWN && alShown ? NOT_MET : shown;
  const solitary: Truth = pc !== null ? (pc.count === 1 ? MET : NOT_MET) : plasmacytoma;

  const heavy = heavyChainShown(facts.labs);
  // Review c88-W1: a marrow or imaging from before the M-protein reached the smouldering level rules nothing out now
  // (work-up-dates.ts; the project's reading, UNVERIFIED); what it shows present stays present.
  const before = workUpBeforeSmmLevel(facts);
  const marrowNow = before?.marrow == null ? same : notRuledOut;
  const imagingNow = before?.imaging == null ? same : notRuledOut;

  return {
    calcium: t.calcium,
    renal: t.renal,
    anaemia: t.anaemia,
    lytic1: imagingNow(count(lytic, 1)),
    lytic2: imagingNow(count(lytic, 2)),
    mri1: imagingNow(count(mri, 1)),
    mri2: imagingNow(count(mri, 2)),
    bmpcAny: marrowNow(bmpc === null ? UNKNOWN : bmpc > 0 ? MET : NOT_MET),
    bmpc10: marrowNow(bmpc === null ? UNKNOWN : fromBool(gte(bmpc, 10))),
    bmpc60: marrowNow(marrow60Status(facts)),
    flcLi: t.flcLi,
    flcAbnormal: t.flcAbnormal,
    involvedRaised: t.involvedRaised,
    serumM3: serumMProteinAtLeast3(facts),
    urine500: urineMProteinAtLeast500(facts),
    monoclonal: t.monoclonal,
    plasmacytoma,
    solitary,
    amyloidSyndrome: t.amyloidSyndrome,
    congoRed: t.congoRed,
    lightChainAmyloid: t.lightChainAmyloid,
    igmFeatures: igmFeaturesTruth(facts.conditions, heavy),
    heavy,
    site: pc?.site ?? null,
  };
}

const same = (t: Truth): Truth => t;
/** A result that no longer rules its finding out: not met becomes not known; met stays met. */
const notRuledOut = (t: Truth): Truth => (t === NOT_MET ? UNKNOWN : t);

/**
 * The IgM clinical features that exclude IgM MGUS (criteria-and-scores.md 1.3, rajkumar-2014-lancet-oncol:
 * no constitutional symptoms, hyperviscosity, lymphadenopathy or hepatosplenomegaly): met when one is
 * recorded present; not met when all four are recorded absent. For an IgM paraprotein, one not recorded
 * leaves them not known (review c9-F10: a missing field is "not known", never "normal"), and the IgM MGUS
 * criterion stays open until they are. For any other heavy chain they decide nothing (IgM MGUS is excluded
 * by the heavy chain; while it is untyped its test comes first), so they are not asked for.
 */
function igmFeaturesTruth(c: Facts["conditions"], heavy: HeavyChain | null): Truth {
  // The four read by name (no list per record).
  const { hyperviscosity: h, constitutionalSymptoms: s, lymphadenopathy: l, hepatosplenomegaly: o } = c;
  if (h === true || s === true || l === true || o === true) return MET;
  return heavy === "IgM" && (h === null || s === null || l === null || o === null) ? UNKNOWN : NOT_MET;
}

/** The heavy chain the findings read: the recorded one, else "none" when serum immunofixation is negative
 * and no serum M-protein is recorded. Light-chain MGUS asks for "no heavy-chain expression on
 * immunofixation" (Rajkumar 2014, rajkumar-2014-lancet-oncol; criteria-and-scores.md 1.3): a negative
 * immunofixation shows none, so there is no heavy chain left to type. A serum M-protein recorded beside a
 * negative immunofixation is a contradiction the record must resolve: the heavy chain then stays unknown. */
export function heavyChainShown(labs: Facts["labs"]): HeavyChain | null {
  if (labs.heavyChain !== null) return labs.heavyChain;
  const m = labs.serumMProtein;
  return labs.serumImmunofixation === "negative" && (m === null || m.value === 0) ? "none" : null;
}

/** Conditions as data -> predicates (three-valued, like CQL) and -> words for reviewers. */
import { Truth } from "../model/trace.js";
import { GENERATED_CODE, generateTruth, generateUnknowns } from "./generated-conditions.js";
import { FACTS, type FactName, type Situation } from "./situation.js";
import type { Condition, FactValue, Leaf } from "./types.js";

/** The result of one condition on one situation: its truth, the facts that decided it (in words), and
 * the facts that were unknown. */
export interface Evaluation {
  truth: Truth;
  because: string[];
  unknown: FactName[];
}

export type Predicate = (s: Situation) => Evaluation;

function isLeaf(c: Condition): c is Leaf {
  return "fact" in c;
}

/** Integers as they are; 1 decimal from 10 up (CrCl 17.9); 3 significant digits below 10 (troponin 0.06; a
 * converted calcium of 1.9 mmol/L is 7.62 mg/dL, not 7.615: review c46-m3). */
function fmtNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Math.abs(n) >= 10 ? Math.round(n * 10) / 10 : Number(n.toPrecision(3)));
}

/** Units that are counts of something, said in the singular for one (re-check c66-m3: "1 months"). */
const COUNT_UNITS: ReadonlySet<string> = new Set(["cycles", "days", "months", "weeks", "years"]);

function fmtValue(fact: FactName, v: FactValue): string {
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") {
    const unit = FACTS[fact].unit;
    if (!unit) return fmtNumber(v);
    return `${fmtNumber(v)} ${v === 1 && COUNT_UNITS.has(unit) ? unit.slice(0, -1) : unit}`;
  }
  return v;
}

const OPS = { lt: "<", lte: "<=", gt: ">", gte: ">=" } as const;

function leafOp(c: Leaf): {
  op: "is" | "in" | "known" | keyof typeof OPS;
  arg: FactValue | readonly FactValue[];
} {
  if ("known" in c) return { op: "known", arg: c.known };
  if ("is" in c) return { op: "is", arg: c.is };
  if ("in" in c) return { op: "in", arg: c.in };
  if ("lt" in c) return { op: "lt", arg: c.lt };
  if ("lte" in c) return { op: "lte", arg: c.lte };
  if ("gt" in c) return { op: "gt", arg: c.gt };
  return { op: "gte", arg: c.gte };
}

function describeLeaf(c: Leaf): string {
  const spec = FACTS[c.fact];
  const { op, arg } = leafOp(c);
  if (op === "known") return `${spec.label} is ${arg ? "known" : "not known"}`;
  if (op === "is") {
    if (arg === true) return spec.label;
    if (arg === false) return `not ${spec.label}`;
    return `${spec.label} is ${fmtValue(c.fact, arg as FactValue)}`;
  }
  if (op === "in") {
    return `${spec.label} is one of ${(arg as readonly FactValue[]).map((v) => fmtValue(c.fact, v)).join(", ")}`;
  }
  return `${spec.label} ${OPS[op]} ${fmtValue(c.fact, arg as number)}`;
}

/** The condition in words, e.g. "diagnosis (IMWG 2014) is smoldering-myeloma AND ...". */
export function describeCondition(c: Condition): string {
  if (isLeaf(c)) return describeLeaf(c);
  const wrap = (x: Condition) =>
    isLeaf(x) || "not" in x ? describeCondition(x) : `(${describeCondition(x)})`;
  if ("all" in c) return c.all.length === 0 ? "always" : c.all.map(wrap).join(" AND ");
  if ("any" in c) return c.any.map(wrap).join(" OR ");
  return `NOT ${wrap(c.not)}`;
}

/** Every fact a condition reads (for the docs and for tests). */
export function factsOf(c: Condition): FactName[] {
  if (isLeaf(c)) return [c.fact];
  if ("all" in c) return [...new Set(c.all.flatMap(factsOf))];
  if ("any" in c) return [...new Set(c.any.flatMap(factsOf))];
  return factsOf(c.not);
}

/** Every leaf of a condition (for tests that check values against the fact specs). */
export function leavesOf(c: Condition): Leaf[] {
  if (isLeaf(c)) return [c];
  if ("all" in c) return c.all.flatMap(leavesOf);
  if ("any" in c) return c.any.flatMap(leavesOf);
  return leavesOf(c.not);
}

function leafTest(op: ReturnType<typeof leafOp>["op"], arg: FactValue | readonly FactValue[]) {
  return (v: FactValue): boolean => {
    switch (op) {
      case "known":
        return arg === true;
      case "is":
        return v === arg;
      case "in":
        return (arg as readonly FactValue[]).includes(v);
      case "lt":
        return typeof v === "number" && v < (arg as number);
      case "lte":
        return typeof v === "number" && v <= (arg as number);
      case "gt":
        return typeof v === "number" && v > (arg as number);
      case "gte":
        return typeof v === "number" && v >= (arg as number);
    }
  };
}

/** The reason a leaf gives for a known value (and, for the `known` test, for an unknown one too): the
 * fact's label and value, then the threshold it meets or "(not ...)". One writer for the full
 * evaluation and for the engine's words (compileBecause), so the two cannot drift apart. */
function compileLeafReason(c: Leaf): (v: FactValue | null | undefined) => string {
  const { op, arg } = leafOp(c);
  const fact = c.fact;
  const label = FACTS[fact].label;
  if (op === "known")
    return (v) => `${label}: ${v !== null && v !== undefined ? fmtValue(fact, v) : "not known"}`;
  const words = describeLeaf(c);
  const test = leafTest(op, arg);
  // The threshold a met numeric leaf names, e.g. " (>= 60 mL/min)": the same on every situation.
  const threshold = op === "is" || op === "in" ? "" : ` (${OPS[op]} ${fmtValue(fact, arg as number)})`;
  return (v) => {
    const shown = `${label}: ${fmtValue(fact, v as FactValue)}`;
    return test(v as FactValue) ? shown + threshold : `${shown} (not ${words})`;
  };
}

function compileLeaf(c: Leaf): Predicate {
  const { op, arg } = leafOp(c);
  const fact = c.fact;
  const test = leafTest(op, arg);
  const reason = compileLeafReason(c);
  return (s) => {
    const v = s[fact] as FactValue | null;
    if (op === "known") {
      const isKnown = v !== null && v !== undefined;
      return { truth: isKnown === arg ? Truth.met : Truth.notMet, because: [reason(v)], unknown: [] };
    }
    if (v === null || v === undefined) return { truth: Truth.unknown, because: [], unknown: [fact] };
    return { truth: test(v) ? Truth.met : Truth.notMet, because: [reason(v)], unknown: [] };
  };
}

/** Reads one fact of a situation. */
type Reader = (s: Situation) => FactValue | null | undefined;

/**
 * One reader per fact, each a function of its own: the leaves compiled below read their fact through it.
 * A leaf's code is shared by every leaf of its kind, so its `s[fact]` met a different name at almost every
 * call: a megamorphic read (a stub-cache probe, ~20 ns on generated situations). Each reader meets one
 * name on the one hidden class of situations (copySituation keeps it), a monomorphic read, so a leaf
 * costs about half. A fact without a reader here (a new one) is read as `s[fact]`: the same value, only
 * slower.
 */
const READERS: { readonly [F in FactName]?: (s: Situation) => Situation[F] } = {
  category: (s) => s.category,
  categoryConfirmed: (s) => s.categoryConfirmed,
  treated: (s) => s.treated,
  age: (s) => s.age,
  bmiKgM2: (s) => s.bmiKgM2,
  mgusRisk: (s) => s.mgusRisk,
  smmMayo2018Group: (s) => s.smmMayo2018Group,
  smmImwg2020Group: (s) => s.smmImwg2020Group,
  smmHighRiskAquila: (s) => s.smmHighRiskAquila,
  smmHighRiskQuiredex: (s) => s.smmHighRiskQuiredex,
  smmHighRiskE3a06: (s) => s.smmHighRiskE3a06,
  cytogeneticHighRisk: (s) => s.cytogeneticHighRisk,
  highRiskCytogenetics: (s) => s.highRiskCytogenetics,
  transplantCandidate: (s) => s.transplantCandidate,
  transplantCandidacyAssumed: (s) => s.transplantCandidacyAssumed,
  crclMlMin: (s) => s.crclMlMin,
  measuredCrclMlMin: (s) => s.measuredCrclMlMin,
  crclDisagreeLenalidomide: (s) => s.crclDisagreeLenalidomide,
  crclDisagreeZoledronicAcid: (s) => s.crclDisagreeZoledronicAcid,
  crclDisagreeAt30: (s) => s.crclDisagreeAt30,
  egfr: (s) => s.egfr,
  dialysis: (s) => s.dialysis,
  renalCrab: (s) => s.renalCrab,
  kidneyImpairmentFromMyeloma: (s) => s.kidneyImpairmentFromMyeloma,
  myelomaKidneyInjuryAtRelapse: (s) => s.myelomaKidneyInjuryAtRelapse,
  frailtyGroup: (s) => s.frailtyGroup,
  ecog: (s) => s.ecog,
  charlson: (s) => s.charlson,
  peripheralNeuropathy: (s) => s.peripheralNeuropathy,
  neuropathyGrade: (s) => s.neuropathyGrade,
  neuropathyPainful: (s) => s.neuropathyPainful,
  pregnancy: (s) => s.pregnancy,
  heartFailure: (s) => s.heartFailure,
  nyhaClass: (s) => s.nyhaClass,
  hypertension: (s) => s.hypertension,
  hepaticImpairment: (s) => s.hepaticImpairment,
  priorLines: (s) => s.priorLines,
  onTherapy: (s) => s.onTherapy,
  progression: (s) => s.progression,
  phase: (s) => s.phase,
  currentLine: (s) => s.currentLine,
  weeksOnCurrentLine: (s) => s.weeksOnCurrentLine,
  daraLenMaintenanceMonths: (s) => s.daraLenMaintenanceMonths,
  smmDaratumumabMonths: (s) => s.smmDaratumumabMonths,
  zoledronicAcidSince: (s) => s.zoledronicAcidSince,
  monthsSinceLineEnded: (s) => s.monthsSinceLineEnded,
  lastLineDvmp: (s) => s.lastLineDvmp,
  lastLineDvrd: (s) => s.lastLineDvrd,
  lastLineIsaVrd: (s) => s.lastLineIsaVrd,
  lastLineContinuousStopped: (s) => s.lastLineContinuousStopped,
  lastLineRefractory: (s) => s.lastLineRefractory,
  firstLineStoppedEarly: (s) => s.firstLineStoppedEarly,
  onVcd: (s) => s.onVcd,
  onRdOnly: (s) => s.onRdOnly,
  continuationRunning: (s) => s.continuationRunning,
  onVrdLite: (s) => s.onVrdLite,
  inductionBeforeLastCycle: (s) => s.inductionBeforeLastCycle,
  onMaiaDrd: (s) => s.onMaiaDrd,
  onTalquetamabWithDaratumumab: (s) => s.onTalquetamabWithDaratumumab,
  smmTherapyOutcomeUnknown: (s) => s.smmTherapyOutcomeUnknown,
  monthsSinceAsct: (s) => s.monthsSinceAsct,
  zoledronicAcidMonths: (s) => s.zoledronicAcidMonths,
  zoledronicAcidStoppedForToxicity: (s) => s.zoledronicAcidStoppedForToxicity,
  zoledronicAcidBaseline: (s) => s.zoledronicAcidBaseline,
  zoledronicAcidDoseCrclMlMin: (s) => s.zoledronicAcidDoseCrclMlMin,
  zoledronicAcidHold: (s) => s.zoledronicAcidHold,
  zoledronicAcidCreatinineChange: (s) => s.zoledronicAcidCreatinineChange,
  zoledronicAcidRiseNoBaseline: (s) => s.zoledronicAcidRiseNoBaseline,
  responseVgprOrBetter: (s) => s.responseVgprOrBetter,
  pdOlderWordingOnLine: (s) => s.pdOlderWordingOnLine,
  flcRiseOnLine: (s) => s.flcRiseOnLine,
  mrdNegativeSustained: (s) => s.mrdNegativeSustained,
  lenalidomideExposed: (s) => s.lenalidomideExposed,
  lenalidomideRefractory: (s) => s.lenalidomideRefractory,
  piExposed: (s) => s.piExposed,
  imidExposed: (s) => s.imidExposed,
  antiCd38Exposed: (s) => s.antiCd38Exposed,
  antiCd38Refractory: (s) => s.antiCd38Refractory,
  daysSinceAntiCd38: (s) => s.daysSinceAntiCd38,
  transplantInLatestLine: (s) => s.transplantInLatestLine,
  stemCellsCollected: (s) => s.stemCellsCollected,
  daysSinceDaratumumab: (s) => s.daysSinceDaratumumab,
  tripleClassExposed: (s) => s.tripleClassExposed,
  tripleClassRefractory: (s) => s.tripleClassRefractory,
  pentaRefractory: (s) => s.pentaRefractory,
  priorAsct: (s) => s.priorAsct,
  priorBcmaTherapy: (s) => s.priorBcmaTherapy,
  priorBcmaCarT: (s) => s.priorBcmaCarT,
  lastLineBcmaCarT: (s) => s.lastLineBcmaCarT,
  daysSinceBcmaCarT: (s) => s.daysSinceBcmaCarT,
  ancSinceBcmaCarT: (s) => s.ancSinceBcmaCarT,
  plateletsSinceBcmaCarT: (s) => s.plateletsSinceBcmaCarT,
  bcmaCarTInfusionUndated: (s) => s.bcmaCarTInfusionUndated,
  ancSinceBispecificStart: (s) => s.ancSinceBispecificStart,
  ancSinceLenalidomideStart: (s) => s.ancSinceLenalidomideStart,
  plateletsSinceLenalidomideStart: (s) => s.plateletsSinceLenalidomideStart,
  ancSinceBortezomibStart: (s) => s.ancSinceBortezomibStart,
  plateletsSinceBortezomibStart: (s) => s.plateletsSinceBortezomibStart,
  ancSincePomalidomideStart: (s) => s.ancSincePomalidomideStart,
  plateletsSincePomalidomideStart: (s) => s.plateletsSincePomalidomideStart,
  ancSinceCarfilzomibStart: (s) => s.ancSinceCarfilzomibStart,
  plateletsSinceCarfilzomibStart: (s) => s.plateletsSinceCarfilzomibStart,
  carfilzomibRefractory: (s) => s.carfilzomibRefractory,
  antiCd38ProgressedUnder4Weeks: (s) => s.antiCd38ProgressedUnder4Weeks,
  antiCd38ShortCourses: (s) => s.antiCd38ShortCourses,
  bortezomibRefractory: (s) => s.bortezomibRefractory,
  asctInduction: (s) => s.asctInduction,
  consolidationGiven: (s) => s.consolidationGiven,
  autograftsInLine: (s) => s.autograftsInLine,
  preAsctInduction: (s) => s.preAsctInduction,
  lenalidomideWeeksBeforeAsct: (s) => s.lenalidomideWeeksBeforeAsct,
  dvrdCyclesOf21Days: (s) => s.dvrdCyclesOf21Days,
  dvrdCyclesRecorded: (s) => s.dvrdCyclesRecorded,
  dvrdStoppedForToxicity: (s) => s.dvrdStoppedForToxicity,
  daratumumabExposed: (s) => s.daratumumabExposed,
  mrdNegative: (s) => s.mrdNegative,
  monthsFromAsctToProgression: (s) => s.monthsFromAsctToProgression,
  plasmacytomaSite: (s) => s.plasmacytomaSite,
  plasmacytomaSizeCm: (s) => s.plasmacytomaSizeCm,
  flcRatioAbnormal: (s) => s.flcRatioAbnormal,
  boneDisease: (s) => s.boneDisease,
  pathologicFracture: (s) => s.pathologicFracture,
  spinalCordCompression: (s) => s.spinalCordCompression,
  bonePain: (s) => s.bonePain,
  hemoglobinGDl: (s) => s.hemoglobinGDl,
  hemoglobinOnCurrentLine: (s) => s.hemoglobinOnCurrentLine,
  anaemiaFromMyeloma: (s) => s.anaemiaFromMyeloma,
  hypercalcemia: (s) => s.hypercalcemia,
  creatinineMgDl: (s) => s.creatinineMgDl,
  albuminLow: (s) => s.albuminLow,
  calciumVsLowerLimit: (s) => s.calciumVsLowerLimit,
  iggMgDl: (s) => s.iggMgDl,
  iggAsReported: (s) => s.iggAsReported,
  tCellRedirectionSince: (s) => s.tCellRedirectionSince,
  iggSinceTCellRedirection: (s) => s.iggSinceTCellRedirection,
  ancE9L: (s) => s.ancE9L,
  plateletsE9L: (s) => s.plateletsE9L,
  plateletsDate: (s) => s.plateletsDate,
  neutrophilsDate: (s) => s.neutrophilsDate,
  countRecoverySinceAsct: (s) => s.countRecoverySinceAsct,
  recurrentInfections: (s) => s.recurrentInfections,
  hyperviscosity: (s) => s.hyperviscosity,
  constitutionalSymptoms: (s) => s.constitutionalSymptoms,
  weightKg: (s) => s.weightKg,
  iggKappa: (s) => s.iggKappa,
  onImid: (s) => s.onImid,
  onPi: (s) => s.onPi,
  onAntiCd38: (s) => s.onAntiCd38,
  onBispecific: (s) => s.onBispecific,
  hbvSerology: (s) => s.hbvSerology,
  onDenosumab: (s) => s.onDenosumab,
  denosumabCourse: (s) => s.denosumabCourse,
  denosumabStoppedNoTransition: (s) => s.denosumabStoppedNoTransition,
  settingUnrecordedDaratumumabAlone: (s) => s.settingUnrecordedDaratumumabAlone,
  vteHistory: (s) => s.vteHistory,
  anticoagulationNow: (s) => s.anticoagulationNow,
  anticoagulantOrAspirinRunning: (s) => s.anticoagulantOrAspirinRunning,
  hsvVzvProphylaxisNow: (s) => s.hsvVzvProphylaxisNow,
  pjpProphylaxisNow: (s) => s.pjpProphylaxisNow,
  antibacterialProphylaxisNow: (s) => s.antibacterialProphylaxisNow,
  impedeVteGroup: (s) => s.impedeVteGroup,
  alMayo2004Stage: (s) => s.alMayo2004Stage,
  alMayo2012Stage: (s) => s.alMayo2012Stage,
  troponinTNgMl: (s) => s.troponinTNgMl,
  troponinTHighSensitivity: (s) => s.troponinTHighSensitivity,
  ntProBnpPgMl: (s) => s.ntProBnpPgMl,
  alHeartInvolved: (s) => s.alHeartInvolved,
  ntProBnpAtLineStartPgMl: (s) => s.ntProBnpAtLineStartPgMl,
  troponinTAtLineStartNgMl: (s) => s.troponinTAtLineStartNgMl,
  cardiacMarkersRising: (s) => s.cardiacMarkersRising,
  alOrganCount: (s) => s.alOrganCount,
  amyloidLightChainTyped: (s) => s.amyloidLightChainTyped,
  monoclonalDisorderShown: (s) => s.monoclonalDisorderShown,
};

/** The reader of a fact (see READERS). */
function readerOf(fact: FactName): Reader {
  return (READERS[fact] as Reader | undefined) ?? ((s) => s[fact] as FactValue | null | undefined);
}

/** A condition's truth alone: what the engine decides with before any words are composed. */
export type TruthFn = (s: Situation) => Truth;

function compileLeafTruth(c: Leaf): TruthFn {
  const { op, arg } = leafOp(c);
  const read = readerOf(c.fact);
  if (op === "known") {
    const want = arg === true;
    return (s) => {
      const v = read(s);
      return (v !== null && v !== undefined) === want ? Truth.met : Truth.notMet;
    };
  }
  // One closure per operator: the engine calls these for every candidate entry of every record, so
  // they read the fact and compare, with no second closure or switch per call.
  switch (op) {
    case "is":
      return (s) => {
        const v = read(s);
        return v === null || v === undefined ? Truth.unknown : v === arg ? Truth.met : Truth.notMet;
      };
    case "in": {
      const set = arg as readonly FactValue[];
      // The usual lists have one or two values: compared directly (=== is includes' SameValueZero for
      // every value a fact can take; NaN is none of them).
      if (set.length === 1) {
        const a = set[0];
        return (s) => {
          const v = read(s);
          return v === null || v === undefined ? Truth.unknown : v === a ? Truth.met : Truth.notMet;
        };
      }
      if (set.length === 2) {
        const [a, b] = set;
        return (s) => {
          const v = read(s);
          return v === null || v === undefined
            ? Truth.unknown
            : v === a || v === b
              ? Truth.met
              : Truth.notMet;
        };
      }
      return (s) => {
        const v = read(s);
        return v === null || v === undefined ? Truth.unknown : set.includes(v) ? Truth.met : Truth.notMet;
      };
    }
    // The comparisons, each its own closure (leafTest's tests, without its switch on every call).
    case "lt": {
      const t = arg as number;
      return (s) => {
        const v = read(s);
        if (v === null || v === undefined) return Truth.unknown;
        return typeof v === "number" && v < t ? Truth.met : Truth.notMet;
      };
    }
    case "lte": {
      const t = arg as number;
      return (s) => {
        const v = read(s);
        if (v === null || v === undefined) return Truth.unknown;
        return typeof v === "number" && v <= t ? Truth.met : Truth.notMet;
      };
    }
    case "gt": {
      const t = arg as number;
      return (s) => {
        const v = read(s);
        if (v === null || v === undefined) return Truth.unknown;
        return typeof v === "number" && v > t ? Truth.met : Truth.notMet;
      };
    }
    default: {
      const t = arg as number;
      return (s) => {
        const v = read(s);
        if (v === null || v === undefined) return Truth.unknown;
        return typeof v === "number" && v >= t ? Truth.met : Truth.notMet;
      };
    }
  }
}

/** Compiles a condition into its truth only (the same three-valued logic as compileCondition, which
 * composes the words as well): false AND unknown = false; true OR unknown = true. By generated code where
 * the runtime allows it (generated-conditions.ts: one function, no call per node), else by closures. */
export function compileTruth(c: Condition): TruthFn {
  if (!GENERATED_CODE) return compileTruthClosures(c);
  // Generated at its first call, not at load: most of the knowledge base's conditions are never decided
  // in a given process (a CLI run, a worker), and generating them all cost ~10% of the engine's load.
  let f: TruthFn | null = null;
  return (s) => {
    if (f === null) f = generateTruth(c) ?? compileTruthClosures(c);
    return f(s);
  };
}

/** compileTruth by closures, one per node (where no code is generated, and for the tests to compare). */
export function compileTruthClosures(c: Condition): TruthFn {
  if (isLeaf(c)) return compileLeafTruth(c);
  if ("not" in c) {
    const inner = compileTruthClosures(c.not);
    return (s) => {
      const t = inner(s);
      return t === Truth.met ? Truth.notMet : t === Truth.notMet ? Truth.met : Truth.unknown;
    };
  }
  const isAll = "all" in c;
  const parts = (isAll ? c.all : c.any).map(compileTruthClosures);
  const decisive = isAll ? Truth.notMet : Truth.met;
  const otherwise = isAll ? Truth.met : Truth.notMet;
  const n = parts.length;
  if (n === 2) {
    // Two parts, the commonest shape of a residual condition: read in the same order, without a loop.
    const [first, second] = parts as [TruthFn, TruthFn];
    return (s) => {
      const a = first(s);
      if (a === decisive) return decisive;
      const b = second(s);
      if (b === decisive) return decisive;
      return a === Truth.unknown || b === Truth.unknown ? Truth.unknown : otherwise;
    };
  }
  return (s) => {
    let unknown = false;
    for (let i = 0; i < n; i++) {
      const t = (parts[i] as TruthFn)(s);
      if (t === decisive) return decisive;
      if (t === Truth.unknown) unknown = true;
    }
    return unknown ? Truth.unknown : otherwise;
  };
}

/** Adds the facts a condition finds unknown to `out` (each once, in first-seen order). */
type UnknownsInto = (s: Situation, out: FactName[]) => void;

function compileUnknownsInto(c: Condition): UnknownsInto {
  if (isLeaf(c)) {
    if ("known" in c) return () => {};
    const fact = c.fact;
    const read = readerOf(fact);
    return (s, out) => {
      const v = read(s);
      if ((v === null || v === undefined) && !out.includes(fact)) out.push(fact);
    };
  }
  if ("not" in c) return compileUnknownsInto(c.not);
  const parts = ("all" in c ? c.all : c.any).map(compileUnknownsInto);
  return (s, out) => {
    for (const p of parts) p(s, out);
  };
}

/** The facts a condition finds unknown on a situation, in the order compileCondition lists them (its
 * `unknown`), without composing its words. */
export function compileUnknowns(c: Condition): (s: Situation) => FactName[] {
  if (!GENERATED_CODE) return compileUnknownsClosures(c);
  // Generated at its first call (see compileTruth).
  let f: ((s: Situation) => FactName[]) | null = null;
  return (s) => {
    if (f === null) f = generateUnknowns(c) ?? compileUnknownsClosures(c);
    return f(s);
  };
}

/** compileUnknowns by closures (where no code is generated, and for the tests to compare). */
export function compileUnknownsClosures(c: Condition): (s: Situation) => FactName[] {
  const into = compileUnknownsInto(c);
  return (s) => {
    const out: FactName[] = [];
    into(s, out);
    return out;
  };
}

/** Adds the reasons a condition gives on a situation to `out`, each once (first-seen order), given its
 * truth on that situation (its caller has worked it out already). */
type BecauseInto = (s: Situation, truth: Truth, out: string[]) => void;

/** A leaf's reasons composed once at load: for yes and no, and for each text value its fact can take
 * (FactSpec.values); any other value (a number, a text not listed) composes its reason when read. */
interface LeafWords {
  fact: FactName;
  ifYes: string;
  ifNo: string;
  byText: ReadonlyMap<string, string>;
  reason: (v: FactValue | null | undefined) => string;
}

function leafWords(c: Leaf): LeafWords {
  const reason = compileLeafReason(c);
  const byText = new Map<string, string>();
  for (const v of FACTS[c.fact].values ?? []) if (typeof v === "string") byText.set(v, reason(v));
  return { fact: c.fact, ifYes: reason(true), ifNo: reason(false), byText, reason };
}

/** The reason a decided leaf gives on a situation: looked up (a yes/no by comparison, a text in a Map)
 * rather than built for every option. */
function reasonOf(w: LeafWords, s: Situation): string {
  const v = s[w.fact] as FactValue | null | undefined;
  return v === true
    ? w.ifYes
    : v === false
      ? w.ifNo
      : typeof v === "string"
        ? (w.byText.get(v) ?? w.reason(v))
        : w.reason(v);
}

/** Adds a reason to a short list unless it is there already (a loop: the lists are a few reasons). */
function addOnce(out: string[], r: string): void {
  for (let i = 0; i < out.length; i++) if (out[i] === r) return;
  out.push(r);
}

function compileLeafBecause(c: Leaf): BecauseInto {
  const w = leafWords(c);
  // A decided leaf gives its reason (a `known` test is always decided: it names "not known" too).
  return (s, truth, out) => {
    if (truth !== Truth.unknown) addOnce(out, reasonOf(w, s));
  };
}

/**
 * The leaves whose reasons a condition gives when its truth is met (`met`) or not met, when which ones
 * does not depend on the situation: when no part decides it (an `all` that is met, an `any` that is not),
 * every part has the truth of the whole and gives its reasons, and a decided leaf always gives its own.
 * Null when some part's reasons depend on its own truth (it would have to be worked out).
 */
function flatLeaves(c: Condition, met: boolean): Leaf[] | null {
  if (isLeaf(c)) return [c];
  if ("not" in c) return flatLeaves(c.not, !met);
  const isAll = "all" in c;
  if (isAll !== met) return null;
  const out: Leaf[] = [];
  for (const x of isAll ? c.all : c.any) {
    const leaves = flatLeaves(x, met);
    if (leaves === null) return null;
    for (const l of leaves) out.push(l);
  }
  return out;
}

function compileBecauseInto(c: Condition): BecauseInto {
  if (isLeaf(c)) return compileLeafBecause(c);
  if ("not" in c) {
    const inner = compileBecauseInto(c.not);
    return (s, truth, out) =>
      inner(s, truth === Truth.met ? Truth.notMet : truth === Truth.notMet ? Truth.met : Truth.unknown, out);
  }
  const isAll = "all" in c;
  const children = isAll ? c.all : c.any;
  const truths = children.map(compileTruthClosures);
  const intos = children.map(compileBecauseInto);
  const decisive = isAll ? Truth.notMet : Truth.met;
  const otherwise = isAll ? Truth.met : Truth.notMet;
  const n = children.length;
  return (s, truth, out) => {
    // Not decided by any part (met, for an `all`): every part has the truth of the whole; its reasons
    // are those of all parts, each read without working out its truth again.
    if (truth === otherwise) {
      for (let i = 0; i < n; i++) (intos[i] as BecauseInto)(s, truth, out);
      return;
    }
    // Decided by some parts: theirs only. Undecided: every part's, each with its own truth.
    for (let i = 0; i < n; i++) {
      const t = (truths[i] as TruthFn)(s);
      if (truth !== decisive || t === decisive) (intos[i] as BecauseInto)(s, t, out);
    }
  };
}

/**
 * The reasons compileCondition gives (its `because`), without building an Evaluation at every node: the
 * reasons of the decisive parts when there are any, else of all parts, each once in first-seen order.
 * Deduplicating once into one list gives the same list as deduplicating at every level (the first
 * occurrence of each reason stays first either way). The engine composes words with it for what it
 * shows, passing the truth it has decided on (the condition's truth on `s`), so it is not worked out again.
 */
export function compileBecause(c: Condition): (s: Situation, truth?: Truth) => string[] {
  const into = compileBecauseInto(c);
  const truthOf = compileTruthClosures(c);
  // The usual shapes (an `all` of leaves and negated leaves, met; or not met, for labels): the reasons
  // of a fixed list of leaves, read in one loop rather than through a closure per node.
  const ifMet = flatLeaves(c, true)?.map(leafWords) ?? null;
  const ifNotMet = flatLeaves(c, false)?.map(leafWords) ?? null;
  return (s, truth = truthOf(s)) => {
    const out: string[] = [];
    const flat = truth === Truth.met ? ifMet : truth === Truth.notMet ? ifNotMet : null;
    if (flat === null) into(s, truth, out);
    else for (let i = 0; i < flat.length; i++) addOnce(out, reasonOf(flat[i] as LeafWords, s));
    return out;
  };
}

/**
 * A condition's truth when only the `given` facts are known and every other fact is unknown (a
 * `known` leaf on another fact too: its truth could go either way). Three-valued logic is monotone
 * under that reading, so a condition that is not met here is not met for any situation with the same
 * given facts: the engine's index of entries by category and phase rests on this.
 */
export function truthGiven(c: Condition, given: Partial<Situation>): Truth {
  if (isLeaf(c)) {
    if (!(c.fact in given)) return Truth.unknown;
    return compileLeafTruth(c)(given as Situation);
  }
  if ("not" in c) {
    const t = truthGiven(c.not, given);
    return t === Truth.met ? Truth.notMet : t === Truth.notMet ? Truth.met : Truth.unknown;
  }
  const isAll = "all" in c;
  const ts = (isAll ? c.all : c.any).map((x) => truthGiven(x, given));
  const decisive = isAll ? Truth.notMet : Truth.met;
  if (ts.includes(decisive)) return decisive;
  return ts.includes(Truth.unknown) ? Truth.unknown : isAll ? Truth.met : Truth.notMet;
}

/**
 * The condition with what the `given` facts decide taken out (partial evaluation): on every situation
 * with the same values of the given facts, its truth is the condition's own, by the same monotonicity as
 * truthGiven. A part met for certain leaves an `all` (it cannot make it false); a part not met for
 * certain leaves an `any`; a condition the given facts decide whole is that Truth (met or not met).
 */
export function residualGiven(c: Condition, given: Partial<Situation>): Condition | Truth {
  const t = truthGiven(c, given);
  if (t !== Truth.unknown) return t;
  if (isLeaf(c)) return c;
  // Undecided as a whole, so no part is decisive: each part is neutral (dropped) or undecided (kept).
  if ("not" in c) return { not: undecided(c.not, given) };
  const isAll = "all" in c;
  const neutral = isAll ? Truth.met : Truth.notMet;
  const kept: Condition[] = [];
  for (const x of isAll ? c.all : c.any) if (truthGiven(x, given) !== neutral) kept.push(undecided(x, given));
  if (kept.length === 1) return kept[0] as Condition;
  return isAll ? { all: kept } : { any: kept };
}

/** The residual of a part the given facts leave undecided (a condition, never a Truth). */
function undecided(c: Condition, given: Partial<Situation>): Condition {
  const r = residualGiven(c, given);
  return typeof r === "string" ? c : r;
}

/** Compiles a condition once into a predicate. Unknown facts make the result unknown unless the
 * known parts already decide it (false AND unknown = false; true OR unknown = true). */
export function compileCondition(c: Condition): Predicate {
  if (isLeaf(c)) return compileLeaf(c);
  if ("not" in c) {
    const inner = compileCondition(c.not);
    return (s) => {
      const r = inner(s);
      const truth =
        r.truth === Truth.met ? Truth.notMet : r.truth === Truth.notMet ? Truth.met : Truth.unknown;
      return { truth, because: r.because, unknown: r.unknown };
    };
  }
  const isAll = "all" in c;
  const parts = (isAll ? c.all : c.any).map(compileCondition);
  const decisive = isAll ? Truth.notMet : Truth.met;
  const otherwise = isAll ? Truth.met : Truth.notMet;
  // Every part is evaluated (the unknown facts of all of them are named); the reasons are those of the
  // decisive parts when there are any, else of all parts, each once in first-seen order.
  return (s) => {
    const rs = parts.map((p) => p(s));
    const unknown: FactName[] = [];
    let anyDecisive = false;
    let anyUnknown = false;
    for (const r of rs) {
      for (const f of r.unknown) if (!unknown.includes(f)) unknown.push(f);
      if (r.truth === decisive) anyDecisive = true;
      else if (r.truth === Truth.unknown) anyUnknown = true;
    }
    const because: string[] = [];
    for (const r of rs) {
      if (anyDecisive && r.truth !== decisive) continue;
      for (const b of r.because) if (!because.includes(b)) because.push(b);
    }
    const truth = anyDecisive ? decisive : anyUnknown ? Truth.unknown : otherwise;
    return { truth, because, unknown };
  };
}

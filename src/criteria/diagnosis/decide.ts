/** From findings to a decision: the definite category, or "indeterminate" with the most likely one,
 * and which missing tests could change the answer (a what-if over each missing test). */
import type { DiagnosisCategory } from "../../model/enums.js";
import {
  type Category,
  type CategoryTruths,
  categoryTruths,
  classifyFindings,
  type MgusVariant,
  mgusVariantOf,
  PRECEDENCE,
} from "./categories.js";
import { type Findings, TRUTH_KEYS, type TruthKey } from "./findings.js";
import { MET, NOT_MET, UNKNOWN } from "./logic.js";

export interface Decision {
  category: DiagnosisCategory;
  /** When indeterminate: the category if every missing test came back normal, else the most advanced open one. */
  likely: Category | null;
  mgusVariant: MgusVariant | null;
  /** MGUS reached without a marrow result (criteria-and-scores.md 1.3: "MGUS (marrow not assessed)"). */
  marrowNotAssessed: boolean;
  truths: CategoryTruths;
  candidates: Category[];
}

/** Every unknown finding taken as absent/normal; the categorical heavy chain and site stay unknown. */
export function presumeNormal(f: Findings, except: readonly TruthKey[]): Findings {
  const out = { ...f };
  for (const k of TRUTH_KEYS) if (out[k] === UNKNOWN && !except.includes(k)) out[k] = NOT_MET;
  return out;
}

const AMYLOID_KEYS: readonly TruthKey[] = ["amyloidSyndrome", "congoRed", "lightChainAmyloid"];

/** Findings that point to a plasma cell clone or to amyloid; without one, no category is "likely". */
const SUGGESTIVE_KEYS: readonly TruthKey[] = [
  "monoclonal",
  "bmpcAny",
  "flcLi",
  "flcAbnormal",
  "serumM3",
  "urine500",
  "plasmacytoma",
  ...AMYLOID_KEYS,
];

/** A finding points to a clone or to amyloid (issue 8: without one, no category is "likely"). */
function pointsToCloneOrAmyloid(f: Findings): boolean {
  for (const k of SUGGESTIVE_KEYS) if (f[k] === MET) return true;
  return false;
}

export function decide(f: Findings): Decision {
  const s = classifyFindings(f);
  const { truths, candidates } = s;
  if (s.definite !== null) {
    return {
      truths,
      candidates,
      category: s.definite,
      likely: null,
      mgusVariant: s.mgusVariant,
      marrowNotAssessed: false,
    };
  }
  // The reference (1.3): a marrow examination is not always done in MGUS, and a missing BMPC should give
  // "MGUS (marrow not assessed)". We apply it only when, with a marrow below 10%, the findings are MGUS
  // and there is no myeloma-defining event at all (so a marrow result could only move MGUS to SMM or MM
  // through the marrow itself); couldChangeWith then names the marrow biopsy.
  if (f.bmpc10 === UNKNOWN) {
    const s2 = classifyFindings({ ...f, bmpc10: NOT_MET, bmpc60: NOT_MET });
    if (s2.definite === "mgus" && s2.truths.mde === NOT_MET) {
      return {
        truths,
        candidates,
        category: "mgus",
        likely: null,
        mgusVariant: s2.mgusVariant,
        marrowNotAssessed: true,
      };
    }
  }
  // Likely: the only open category, else the category if the missing tests came back normal. Amyloid
  // work-up findings are not presumed normal: once amyloid is being looked for (organ involvement or
  // tissue), untyped or unbiopsied amyloid leaves AL amyloidosis the open question. No likely category
  // at all without a finding that points to a clone or to amyloid (issue 8): an empty record, or one with
  // nothing decisive, must never read "likely multiple myeloma"; nor is the most advanced open category
  // offered as "likely" just because it is still open.
  let likely: Category | null = null;
  if (pointsToCloneOrAmyloid(f)) {
    if (s.candidates.length === 1) likely = s.candidates[0] ?? null;
    else {
      // With every other missing test normal, the first category still open (its amyloid work-up
      // pending) or the one then met. It is always one of today's candidates: settling an unknown
      // finding never turns a known category (three-valued logic is monotone).
      const presumed = classifyFindings(presumeNormal(f, AMYLOID_KEYS));
      likely = presumed.definite ?? presumed.candidates[0] ?? null;
    }
  }
  return {
    truths,
    candidates,
    category: "indeterminate",
    likely,
    mgusVariant: null,
    marrowNotAssessed: false,
  };
}

/** A missing test, as the groups of findings it settles. */
export type TestGroup =
  | "marrow"
  | "lytic"
  | "mri"
  | "flc"
  | "calcium"
  | "renal"
  | "anaemia"
  | "serumM"
  | "urine"
  | "heavy"
  | "plasmacytoma"
  | "site"
  | "amyloid"
  | "monoclonal";

export const GROUP_KEYS: Record<TestGroup, readonly TruthKey[]> = {
  marrow: ["bmpcAny", "bmpc10", "bmpc60"],
  lytic: ["lytic1", "lytic2"],
  mri: ["mri1", "mri2"],
  flc: ["flcLi", "flcAbnormal", "involvedRaised"],
  calcium: ["calcium"],
  renal: ["renal"],
  anaemia: ["anaemia"],
  serumM: ["serumM3"],
  urine: ["urine500"],
  heavy: [],
  plasmacytoma: ["plasmacytoma", "solitary"],
  site: [],
  amyloid: ["amyloidSyndrome", "congoRed", "lightChainAmyloid"],
  monoclonal: ["monoclonal"],
};
export const TEST_GROUPS = Object.keys(GROUP_KEYS) as TestGroup[];

/** Logical implications inside a group (a finding of >=60% implies >=10%, and so on). */
export const IMPLIES: readonly (readonly [TruthKey, TruthKey])[] = [
  ["bmpc60", "bmpc10"],
  ["bmpc10", "bmpcAny"],
  ["lytic2", "lytic1"],
  ["mri2", "mri1"],
  ["solitary", "plasmacytoma"],
  ["flcLi", "flcAbnormal"],
];

function isOpen(g: TestGroup, f: Findings): boolean {
  if (g === "heavy") return f.heavy === null;
  if (g === "site") return f.site === null && f.plasmacytoma !== NOT_MET;
  for (const k of GROUP_KEYS[g]) if (f[k] === UNKNOWN) return true;
  return false;
}

/** What a decision says, without its truths: what the what-if compares. */
export interface Outcome {
  category: DiagnosisCategory;
  mgusVariant: MgusVariant | null;
  likely: Category | null;
}

/**
 * decide(f)'s outcome for findings whose truths are all known (a what-if variant: the context presumes
 * every other finding normal and the variant sets its group's). Only the heavy chain and the site can
 * still be open. decide's marrow-not-assessed step needs an unknown marrow, and presuming the rest normal
 * changes nothing, so the outcome is read straight off the precedence: the first category not known to be
 * unmet is the category when it is met, else the likely one when a finding points to a clone or amyloid.
 */
export function decideSettled(f: Findings): Outcome {
  const truths = categoryTruths(f);
  for (const [category, key] of PRECEDENCE) {
    const truth = truths[key];
    if (truth === NOT_MET) continue;
    if (truth === MET) {
      return { category, mgusVariant: category === "mgus" ? mgusVariantOf(truths) : null, likely: null };
    }
    return {
      category: "indeterminate",
      mgusVariant: null,
      likely: pointsToCloneOrAmyloid(f) ? category : null,
    };
  }
  return { category: "indeterminate", mgusVariant: null, likely: null };
}

const sameOutcome = (a: Outcome, b: Outcome): boolean =>
  a.category === b.category && a.mgusVariant === b.mgusVariant && a.likely === b.likely;

/** The group's keys that are unknown in `f` (the ones a variant sets). */
function unknownKeys(g: TestGroup, f: Findings): TruthKey[] {
  const keys: TruthKey[] = [];
  for (const k of GROUP_KEYS[g]) if (f[k] === UNKNOWN) keys.push(k);
  return keys;
}

/** The findings respect the implications (flcLi implies an abnormal ratio only in the involved chain's
 * direction, which is what flcAbnormal means). */
function consistent(f: Findings): boolean {
  for (const [a, b] of IMPLIES) if (f[a] === MET && f[b] === NOT_MET) return false;
  return true;
}

const HEAVY_CHAINS = ["IgG", "IgA", "IgM", "none"] as const;
const SITES = ["bone", "extramedullary"] as const;

/** Whether setting `key` of `scratch` to each of `values` in turn gives two different outcomes (the
 * heavy chain and the plasmacytoma site are one finding with several values, not met/not met bits).
 * `scratch[key]` is restored to `f[key]` before returning. */
function variesOver<K extends "heavy" | "site">(
  key: K,
  values: readonly Findings[K][],
  f: Findings,
  scratch: Findings,
): boolean {
  let first: Outcome | null = null;
  let decisive = false;
  for (const v of values) {
    scratch[key] = v;
    const o = decideSettled(scratch);
    first ??= o;
    if (!sameOutcome(first, o)) {
      decisive = true;
      break;
    }
  }
  scratch[key] = f[key];
  return decisive;
}

/**
 * Whether the results of group `g` could change the outcome: every assignment of the group's unknown
 * findings that respects what is known and the implications is tried on `context` (all else presumed
 * normal); it is decisive when two outcomes differ. `scratch` is a copy of `context` and `overlay` a copy
 * of `f`; both are set to each assignment in place (one object each instead of one per variant) and
 * restored before returning. The implications are checked on `f` with the assignment, as always.
 * `contextOutcome` is the context's own outcome: the assignment of all "not met" leaves the context as it
 * is, so every group shares that evaluation.
 */
function isDecisive(
  g: TestGroup,
  f: Findings,
  scratch: Findings,
  overlay: Findings,
  contextOutcome: () => Outcome,
): boolean {
  if (g === "heavy") return variesOver("heavy", HEAVY_CHAINS, f, scratch);
  if (g === "site") return variesOver("site", SITES, f, scratch);
  let first: Outcome | null = null;
  let decisive = false;
  const keys = unknownKeys(g, f);
  // Bit i of `assignment` is the value of keys[i] (1 = met).
  for (let assignment = 0; assignment < 1 << keys.length; assignment++) {
    for (let i = 0; i < keys.length; i++) {
      const value = assignment & (1 << i) ? MET : NOT_MET;
      scratch[keys[i]!] = value;
      overlay[keys[i]!] = value;
    }
    if (!consistent(overlay)) continue;
    const o = assignment === 0 ? contextOutcome() : decideSettled(scratch);
    first ??= o;
    if (!sameOutcome(first, o)) {
      decisive = true;
      break;
    }
  }
  for (const k of keys) {
    scratch[k] = NOT_MET;
    overlay[k] = UNKNOWN;
  }
  return decisive;
}

/**
 * Whether no missing test can change a definite decision, so the what-if need not run. Proof: every
 * what-if variant only settles unknowns of `f` (the context presumes them normal, the variant sets its
 * group's, the heavy chain or the site), and each category truth keeps a value known in `f`: Kleene
 * and/or/not and the heavy-chain tests are monotone. The site enters only the solitary plasmacytoma
 * categories, through the extra lesions; from unknown to bone or extramedullary, "not met" stays not met
 * (no lesion at all) and "met" needs a second lesion on imaging, which is a myeloma-defining event that
 * already makes both categories not met whatever the site. A definite category is met with every
 * category above it known not met, so every variant's outcome is that category with no likely one (and,
 * for MGUS, the same variant: the three exclude each other by the heavy chain, known once MGUS is met).
 * MGUS with the marrow not assessed is not definite: the marrow result can change it.
 */
function definiteBeyondChange(d: Pick<Decision, "category" | "marrowNotAssessed">): boolean {
  return d.category !== "indeterminate" && !d.marrowNotAssessed;
}

/**
 * The missing tests whose result could change the outcome: for each open group, every other missing
 * finding is presumed normal and the group's possible results are tried; it is decisive when they differ.
 * `d` is decide(f) (passed when the caller has it): a definite decision no test can change skips the search.
 */
export function decisiveGroups(
  f: Findings,
  d: Pick<Decision, "category" | "marrowNotAssessed"> = decide(f),
): TestGroup[] {
  if (definiteBeyondChange(d)) return [];
  // One context serves every group: each variant sets all of its group's unknown findings, and presuming
  // the others normal leaves the known ones as they are.
  const context = presumeNormal(f, []);
  const scratch = { ...context };
  const overlay = { ...f };
  let settled: Outcome | null = null;
  const contextOutcome = (): Outcome => {
    settled ??= decideSettled(context);
    return settled;
  };
  const out: TestGroup[] = [];
  for (const g of TEST_GROUPS) {
    if (isOpen(g, f) && isDecisive(g, f, scratch, overlay, contextOutcome)) out.push(g);
  }
  return out;
}

/** From findings to a decision: the definite category, or "indeterminate" with the most likely one,
 * and which missing tests could change the answer (a what-if over each missing test). */
import type { DiagnosisCategory } from "../../model/enums.js";
import {
  type Category,
  type CategoryTruths,
  categoryTruths,
  definiteOf,
  firstOpen,
  type MgusVariant,
  mgusVariantOf,
  onlyOpen,
  PRECEDENCE,
} from "./categories.js";
import { AMYLOID_KEYS, type Findings, SUGGESTIVE_KEYS, TRUTH_KEYS, type TruthKey } from "./findings.js";
import { MET, NOT_MET, UNKNOWN } from "./logic.js";
import { ALL_TRUTHS, bitOf, bitsWhere, firstOpenOfCode, SUGGESTIVE, settledCode } from "./settled.js";

export interface Decision {
  category: DiagnosisCategory;
  /** When indeterminate: the category if every missing test came back normal, else the most advanced open one. */
  likely: Category | null;
  mgusVariant: MgusVariant | null;
  /** MGUS reached without a marrow result (criteria-and-scores.md 1.3: "MGUS (marrow not assessed)"). */
  marrowNotAssessed: boolean;
  /** Low-risk MGUS reached without the marrow, bone imaging or 24-hour urine, which it does not need at
   * diagnosis (sidiqi-2020-blood-cancer-j; kyle-2010-leukemia low-risk definition): see decide's `lowRiskMgus`. */
  workUpDeferred: boolean;
  /** AL amyloidosis met with multiple myeloma not excluded (its criterion unknown): see decide. */
  myelomaNotExcluded: boolean;
  /** Review c91-W3: IgM MGUS reached with the marrow known below 10% and bone imaging not done, which the IgM MGUS
   * criteria do not name (see decide). Absent (false) otherwise. */
  igmImagingLeftOut?: boolean;
  truths: CategoryTruths;
}

/** The marrow, bone-imaging and 24-hour urine findings a low-risk MGUS work-up may leave undone. The urine
 * (review c10 M8): criteria-and-scores.md 1.3 gives non-IgM MGUS no urine criterion, and IMWG 2010
 * (kyle-2010-leukemia, its baseline work-up seen in secondary summaries only) asks for a urine protein test,
 * with urine electrophoresis and immunofixation only if it is positive; the urine M-protein >= 500 mg/24 h
 * of smouldering myeloma (1.2) stays named as what could change the category. */
const DEFERRABLE: readonly TruthKey[] = [
  "urine500",
  "bmpc10",
  "bmpc60",
  "lytic1",
  "lytic2",
  "mri1",
  "mri2",
  "plasmacytoma",
  "solitary",
];

/** The bone-imaging findings (and the plasmacytoma a lesion seen could prove). */
const IMAGING_KEYS: readonly TruthKey[] = ["lytic1", "lytic2", "mri1", "mri2", "plasmacytoma", "solitary"];

/**
 * The category truths with the marrow read below 10% (categoryTruths' flag), for the "MGUS (marrow not
 * assessed)" step. For an IgM paraprotein, bone imaging not done is read as not needed for that call too
 * (review c9-F10; only then are the findings copied): the IgM MGUS criteria name no bone imaging
 * (criteria-and-scores.md 1.3, rajkumar-2014-lancet-oncol), and IgM myeloma needs >= 10% marrow plasma cells
 * before lytic lesions count (schuster-2010-ajh, abstract only), so the marrow is the test that could move
 * it. The labs' CRAB features must still be known normal.
 * Review c76-m5: so for light-chain MGUS (heavy chain none), read "indeterminate" while IgM and IgG MGUS without a
 * marrow were MGUS: 1.3 says a missing marrow gives "MGUS (marrow not assessed)", not a hard fail. Unlike IgM, the
 * imaging is still asked (couldChangeWith): a bone lesion would move it. A SLiM biomarker (an FLC ratio >= 100 with
 * the involved chain >= 100 mg/L) is a myeloma-defining event, so such a record stays undecided.
 */
function truthsWithMarrowBelow10(f: Findings): CategoryTruths {
  if (f.heavy !== "IgM" && f.heavy !== "none") return categoryTruths(f, true);
  const out = { ...f };
  for (const k of IMAGING_KEYS) if (out[k] === UNKNOWN) out[k] = NOT_MET;
  return categoryTruths(out, true);
}

/** Whether bone imaging was left out of the IgM MGUS call (truthsWithMarrowBelow10, with the marrow not assessed or,
 * review c91-W3, known below 10%): the imaging tests are then not named as what could change it; a marrow not
 * assessed is. */
export function igmMgusWithoutImaging(
  f: Findings,
  d: Pick<Decision, "category" | "mgusVariant" | "marrowNotAssessed" | "workUpDeferred">,
): boolean {
  return d.category === "mgus" && d.mgusVariant === "igm" && !d.workUpDeferred && imagingUnknown(f);
}

/** A bone-imaging finding (or the plasmacytoma a lesion seen could prove) is not known. */
export const imagingUnknown = (f: Findings): boolean => IMAGING_KEYS.some((k) => f[k] === UNKNOWN);

/** The test groups of bone imaging (what igmMgusWithoutImaging leaves out). */
export const IMAGING_GROUPS: readonly TestGroup[] = ["lytic", "mri", "plasmacytoma", "site"];

/** Every unknown finding taken as absent/normal; the categorical heavy chain and site stay unknown. */
export function presumeNormal(f: Findings, except: readonly TruthKey[]): Findings {
  const out = { ...f };
  for (const k of TRUTH_KEYS) if (out[k] === UNKNOWN && !except.includes(k)) out[k] = NOT_MET;
  return out;
}

/**
 * The findings the "likely" step does not presume normal: the amyloid work-up always, and, once amyloid is
 * shown (an amyloid-related organ syndrome or Congo red positive tissue), the monoclonal disorder too. It is
 * AL's fourth requirement (criteria-and-scores.md 1.5, rajkumar-2014-lancet-oncol: all four required), so
 * its tests are part of the same work-up. Presumed normal, it ruled AL out while MGUS stayed open through
 * the untyped heavy chain, and tissue amyloid with heart and kidney involvement and no clone test read
 * "likely MGUS"; but MGUS and smouldering myeloma need no amyloidosis attributable to the clone (1.2-1.3),
 * so with amyloid shown and not typed as another kind, neither can be the lean.
 */
function workUpKeys(f: Findings): readonly TruthKey[] {
  return amyloidShown(f) ? AL_WORK_UP_KEYS : AMYLOID_KEYS;
}
const amyloidShown = (f: Findings): boolean => f.amyloidSyndrome === MET || f.congoRed === MET;
const AL_WORK_UP_KEYS: readonly TruthKey[] = [...AMYLOID_KEYS, "monoclonal"];
const AMYLOID_BITS = AMYLOID_KEYS.reduce((bits, k) => bits | bitOf(k), 0);
const AL_WORK_UP_BITS = AMYLOID_BITS | bitOf("monoclonal");

/** A finding points to a clone or to amyloid (issue 8: without one, no category is "likely"); decide reads it
 * as the met bits within SUGGESTIVE. */
function pointsToCloneOrAmyloid(f: Findings): boolean {
  for (const k of SUGGESTIVE_KEYS) if (f[k] === MET) return true;
  return false;
}

/**
 * The category if every missing test but the work-up came back normal: the first category still open (its
 * work-up pending) or the one then met, firstOpen(categoryTruths(presumeNormal(f, workUpKeys(f)))). With
 * no work-up finding unknown, the presumed findings are settled (only the heavy chain and the site may be
 * open), so it is read off their outcome code without building them. Call it only when a finding points
 * to a clone or amyloid (firstOpenOfCode needs one).
 */
function likelyIfNormal(f: Findings, met: number): Category | null {
  const workUp = amyloidShown(f) ? AL_WORK_UP_BITS : AMYLOID_BITS;
  if ((bitsWhere(f, UNKNOWN) & workUp) !== 0) {
    return firstOpen(categoryTruths(presumeNormal(f, workUpKeys(f))));
  }
  return firstOpenOfCode(settledCode(met, f.heavy, f.site));
}

/** classifyFindings's outcome, read off the category truths without building the list of candidates (a
 * record is decided once, and its variants below read only the first open category). `lowRiskMgus`: the
 * record is low-risk MGUS by its blood tests, with haemoglobin, calcium and renal function known and not
 * abnormal and no bone pain or bone event recorded (diagnosis.ts lowRiskMgusWorkUp). `boneEvent`: a spinal cord
 * compression or pathological fracture is recorded (diagnosis.ts boneEventRecorded). */
export function decide(f: Findings, lowRiskMgus = false, boneEvent = false): Decision {
  const truths = categoryTruths(f);
  const definite = definiteOf(truths);
  if (definite !== null) {
    return {
      truths,
      category: definite,
      likely: null,
      mgusVariant: definite === "mgus" ? mgusVariantOf(truths) : null,
      marrowNotAssessed: false,
      workUpDeferred: false,
      myelomaNotExcluded: false,
    };
  }
  // Review c76-W2: all four AL requirements met is AL amyloidosis (criteria-and-scores.md 1.5,
  // rajkumar-2014-lancet-oncol) whatever a missing test shows; a missing marrow, MRI or CRAB test only leaves
  // open whether myeloma coexists (1.1: a clone of >= 10% AND a myeloma-defining event). Read "indeterminate",
  // cardiac AL waited for an MRI and its treatment was provisional. The deciding test stays asked
  // (couldChangeWith, "coexisting myeloma not excluded"); if it shows myeloma, myeloma comes first with AL met
  // too (alsoMeets), as today.
  if (truths.al === MET && truths.mm === UNKNOWN) {
    return {
      truths,
      category: "al-amyloidosis",
      likely: null,
      mgusVariant: null,
      marrowNotAssessed: false,
      workUpDeferred: false,
      myelomaNotExcluded: true,
    };
  }
  // The reference (1.3): a marrow examination is not always done in MGUS, and a missing BMPC should give
  // "MGUS (marrow not assessed)". We apply it only when, with a marrow below 10%, the findings are MGUS
  // and there is no myeloma-defining event at all (so a marrow result could only move MGUS to SMM or MM
  // through the marrow itself); couldChangeWith then names the marrow biopsy. Review c83-W1: not with a bone
  // event recorded (`boneEvent`: a spinal cord compression or pathological fracture) and the lytic lesions not
  // known: the IgM and light-chain reading presumes the imaging normal, and the event points to a lesion.
  // Review c91-W3: so too an IgM paraprotein with the marrow known below 10% and bone imaging not done. The IgM MGUS
  // row (criteria-and-scores.md 1.3) names no bone-lesion item, and 1.2 sends IgM disorders to the IgM / Waldenstrom
  // pathway, not the myeloma bone work-up: with every IgM MGUS item recorded and met (M-protein, marrow, the blood
  // tests' CRAB features and the IgM clinical features), it is IgM MGUS, as without a marrow (truthsWithMarrowBelow10,
  // review c9-F10). The criterion says the imaging was not done; couldChangeWith leaves it out (igmMgusWithoutImaging).
  const marrowUnread = f.bmpc10 === UNKNOWN;
  const igmImagingOnly = f.heavy === "IgM" && f.bmpc10 === NOT_MET && imagingUnknown(f);
  if ((marrowUnread || igmImagingOnly) && !(boneEvent && f.lytic1 === UNKNOWN)) {
    const t2 = truthsWithMarrowBelow10(f);
    if (t2.mde === NOT_MET && definiteOf(t2) === "mgus") {
      return {
        truths,
        category: "mgus",
        likely: null,
        mgusVariant: mgusVariantOf(t2),
        marrowNotAssessed: marrowUnread,
        workUpDeferred: false,
        myelomaNotExcluded: false,
        ...(marrowUnread ? {} : { igmImagingLeftOut: true }),
      };
    }
  }
  // Low-risk MGUS (Kyle 2010: M-protein < 1.5 g/dL, IgG, normal FLC ratio) with normal haemoglobin,
  // calcium and renal function: omitting the marrow missed SMM or MM in < 1%, and no myeloma found only by
  // the marrow or advanced imaging would have been classed low-risk MGUS without them (Sidiqi 2020). So
  // the marrow and bone imaging not done leave it MGUS, said so (the criterion names what it rests on),
  // and couldChangeWith still names them: missing is not taken as normal, only as not needed.
  if (lowRiskMgus && DEFERRABLE.some((k) => f[k] === UNKNOWN)) {
    const f3 = { ...f };
    for (const k of DEFERRABLE) if (f3[k] === UNKNOWN) f3[k] = NOT_MET;
    const t3 = categoryTruths(f3);
    if (t3.mde === NOT_MET && definiteOf(t3) === "mgus") {
      return {
        truths,
        category: "mgus",
        likely: null,
        mgusVariant: mgusVariantOf(t3),
        marrowNotAssessed: f.bmpc10 === UNKNOWN,
        workUpDeferred: true,
        myelomaNotExcluded: false,
      };
    }
  }
  // Likely: the only open category, else the category if the missing tests came back normal. Amyloid
  // work-up findings are not presumed normal: once amyloid is being looked for (organ involvement or
  // tissue), untyped or unbiopsied amyloid, or amyloid whose clone is not yet looked for (workUpKeys),
  // leaves AL amyloidosis the open question. No likely category at all without a finding that points to
  // a clone or to amyloid (issue 8): an empty record, or one with nothing decisive, must never read
  // "likely multiple myeloma"; nor is the most advanced open category offered as "likely" just because it
  // is still open.
  let likely: Category | null = null;
  const met = bitsWhere(f, MET);
  if ((met & SUGGESTIVE) !== 0) {
    likely = onlyOpen(truths);
    // Myeloma is not "likely" while no myeloma-defining event is shown (1.1: a clone AND an event): it
    // would then be open only through a missing test coming back abnormal. An IgM M-protein of 3.4 g/dL
    // with 15% marrow cells and no MRI is open only to myeloma (smouldering myeloma excludes IgM, 1.2):
    // it read "likely myeloma" with myeloma induction, for what is most often a Waldenström-type disorder.
    if (likely === "multiple-myeloma" && truths.mde !== MET) likely = null;
    if (likely === null) {
      // With every other missing test normal, the first category still open (its amyloid work-up
      // pending) or the one then met. It is always one of today's candidates: settling an unknown
      // finding never turns a known category (three-valued logic is monotone).
      likely = likelyIfNormal(f, met);
    }
  }
  return {
    truths,
    category: "indeterminate",
    likely,
    mgusVariant: null,
    marrowNotAssessed: false,
    workUpDeferred: false,
    myelomaNotExcluded: false,
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
  | "monoclonal"
  | "igmFeatures";

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
  igmFeatures: ["igmFeatures"],
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
 * The what-if evaluates it as settledCode (settled.ts, over bits, no objects); this is the readable
 * statement the tests hold that to.
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

const HEAVY_CHAINS = ["IgG", "IgA", "IgM", "none"] as const;
const SITES = ["bone", "extramedullary"] as const;

/** Each group's findings as bits (settled.ts), and the implications as pairs of bits. */
const GROUP_BITS = Object.fromEntries(
  TEST_GROUPS.map((g) => [g, GROUP_KEYS[g].reduce((bits, k) => bits | bitOf(k), 0)]),
) as Record<TestGroup, number>;
/** GROUP_BITS in TEST_GROUPS order: the what-if walks the groups by index (a look-up by group name costs
 * more than the bit test it feeds). */
const GROUP_BITS_IN_ORDER = TEST_GROUPS.map((g) => GROUP_BITS[g]);
const IMPLIES_BITS = IMPLIES.map(([a, b]) => [bitOf(a), bitOf(b)] as const);
const PLASMACYTOMA = bitOf("plasmacytoma");

/** The findings a what-if starts from, as bits: met, not met (known), and the context's outcome code
 * (every unknown presumed normal), computed when a group first needs it. */
interface Search {
  met: number;
  notMet: number;
  unknown: number;
  heavy: Findings["heavy"];
  site: Findings["site"];
  context: number;
}

/** Whether a test is still to be done: its group has an unknown finding (the heavy chain unknown; the site
 * unknown while a plasmacytoma is not excluded). */
function isOpen(g: TestGroup, s: Search, bits: number = GROUP_BITS[g]): boolean {
  if (g === "heavy") return s.heavy === null;
  if (g === "site") return s.site === null && (s.notMet & PLASMACYTOMA) === 0;
  return (bits & s.unknown) !== 0;
}

/** Whether the variant that sets the group's unknown findings `set` met (and its other unknowns not met)
 * breaks an implication, read with every other unknown still unknown (as on `f` with the assignment). */
function inconsistent(s: Search, open: number, set: number): boolean {
  const met = s.met | set;
  const notMet = s.notMet | (open & ~set);
  for (const [a, b] of IMPLIES_BITS) if ((met & a) !== 0 && (notMet & b) !== 0) return true;
  return false;
}

/** Whether the heavy chain's (or the site's) possible values give two different outcomes, all else as
 * the context has it (they are one finding with several values, not met/not met bits). */
function heavyDecides(s: Search): boolean {
  const first = settledCode(s.met, HEAVY_CHAINS[0], s.site);
  for (let i = 1; i < HEAVY_CHAINS.length; i++) {
    if (settledCode(s.met, HEAVY_CHAINS[i]!, s.site) !== first) return true;
  }
  return false;
}
function siteDecides(s: Search): boolean {
  return settledCode(s.met, s.heavy, SITES[0]) !== settledCode(s.met, s.heavy, SITES[1]);
}

/**
 * Whether the results of group `g` could change the outcome: every assignment of the group's unknown
 * findings that respects what is known and the implications is tried on the context (all else presumed
 * normal); it is decisive when two outcomes differ. The assignment of all "not met" is the context
 * itself, so every group shares that evaluation.
 */
function isDecisive(g: TestGroup, s: Search, bits: number): boolean {
  if (g === "heavy") return heavyDecides(s);
  if (g === "site") return siteDecides(s);
  const open = bits & s.unknown;
  let first = -1;
  // Every subset `set` of the open bits, starting with the empty one (the context).
  let set = 0;
  do {
    if (!inconsistent(s, open, set)) {
      if (set === 0 && s.context < 0) s.context = settledCode(s.met, s.heavy, s.site);
      const code = set === 0 ? s.context : settledCode(s.met | set, s.heavy, s.site);
      if (first < 0) first = code;
      else if (code !== first) return true;
    }
    set = (set - open) & open;
  } while (set !== 0);
  return false;
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
 * MGUS with the marrow not assessed, or its work-up deferred, is not definite: those results can change it; nor
 * is AL amyloidosis with myeloma not excluded (a result can add myeloma), nor IgM MGUS with bone imaging left out
 * (review c91-W3: a lesion could change it; the caller leaves the imaging out, as the IgM MGUS criteria do).
 */
function definiteBeyondChange(d: DecisionFlags): boolean {
  return (
    d.category !== "indeterminate" &&
    !d.marrowNotAssessed &&
    !d.workUpDeferred &&
    !d.myelomaNotExcluded &&
    d.igmImagingLeftOut !== true
  );
}

/** What definiteBeyondChange reads of a decision. */
type DecisionFlags = Pick<
  Decision,
  "category" | "marrowNotAssessed" | "workUpDeferred" | "myelomaNotExcluded" | "igmImagingLeftOut"
>;

/**
 * The missing tests whose result could change the outcome: for each open group, every other missing
 * finding is presumed normal and the group's possible results are tried; it is decisive when they differ.
 * `d` is decide(f) (passed when the caller has it): a definite decision no test can change skips the search.
 */
export function decisiveGroups(f: Findings, d: DecisionFlags = decide(f)): TestGroup[] {
  return definiteBeyondChange(d) ? [] : decisiveIn(searchOf(f));
}

/** decisiveGroups of an open decision, from its search context. One context serves every group: each
 * variant sets all of its group's unknown findings, and presuming the others normal leaves the known ones
 * as they are. */
function decisiveIn(s: Search): TestGroup[] {
  const out: TestGroup[] = [];
  for (let i = 0; i < TEST_GROUPS.length; i++) {
    const g = TEST_GROUPS[i]!;
    const bits = GROUP_BITS_IN_ORDER[i]!;
    if (isOpen(g, s, bits) && isDecisive(g, s, bits)) out.push(g);
  }
  return out;
}

/** The search context of `f` (see decisiveGroups): its met and unknown truths as bits. */
function searchOf(f: Findings): Search {
  const met = bitsWhere(f, MET);
  const unknown = bitsWhere(f, UNKNOWN);
  return { met, unknown, notMet: ALL_TRUTHS & ~(met | unknown), heavy: f.heavy, site: f.site, context: -1 };
}

/** Whether the results of groups `a` and `b` together could change the outcome: every consistent
 * assignment of both groups' unknown findings (and every heavy chain or site when one of them is that
 * group) is tried on the context, all else presumed normal. */
function jointlyDecisive(a: TestGroup, b: TestGroup, s: Search): boolean {
  const open = (GROUP_BITS[a] | GROUP_BITS[b]) & s.unknown;
  const heavies = a === "heavy" || b === "heavy" ? HEAVY_CHAINS : [s.heavy];
  const sites = a === "site" || b === "site" ? SITES : [s.site];
  let first = -1;
  for (const heavy of heavies) {
    for (const site of sites) {
      let set = 0;
      do {
        if (!inconsistent(s, open, set)) {
          const code = settledCode(s.met | set, heavy, site);
          if (first < 0) first = code;
          else if (code !== first) return true;
        }
        set = (set - open) & open;
      } while (set !== 0);
    }
  }
  return false;
}

/** Whether the decision is still open: MGUS with the marrow not assessed, or indeterminate with a category
 * not known to be unmet (indeterminate with every category unmet is settled: none fits). */
export function unsettled(d: DecisionFlags & Pick<Decision, "truths">): boolean {
  // Not beyond change: MGUS with the marrow not assessed or its work-up deferred, AL amyloidosis with myeloma
  // not excluded, or indeterminate.
  return (
    !definiteBeyondChange(d) &&
    (d.marrowNotAssessed || d.workUpDeferred || d.myelomaNotExcluded || firstOpen(d.truths) !== null)
  );
}

/**
 * The missing tests that could decide the outcome: decisiveGroups, and, when no single test can change an
 * unsettled decision, the tests that can together. The one-at-a-time what-if presumes every other missing
 * finding normal, so it misses a category that needs two missing tests at once: AL amyloidosis needs the
 * amyloid work-up and a monoclonal disorder (criteria-and-scores.md 1.5, all four requirements), and
 * neither alone can complete it while the other is presumed normal. Missing is not normal: an unsettled
 * decision then names every group that, with one other, could change it, and, if even pairs cannot, every
 * open group (each is a test still to be done before the category can be settled).
 */
export function decidingGroups(f: Findings, d: Decision = decide(f)): TestGroup[] {
  if (definiteBeyondChange(d)) return [];
  // One search context for the single tests, the AL work-up and the pairs.
  const s = searchOf(f);
  const single = decisiveIn(s);
  if (!unsettled(d)) return single;
  if (single.length > 0) return withAlWorkUp(single, s, d);
  const open = TEST_GROUPS.filter((g) => isOpen(g, s));
  const found = new Set<TestGroup>();
  for (let i = 0; i < open.length; i++) {
    for (let j = i + 1; j < open.length; j++) {
      const a = open[i]!;
      const b = open[j]!;
      if (jointlyDecisive(a, b, s)) {
        found.add(a);
        found.add(b);
      }
    }
  }
  return found.size > 0 ? open.filter((g) => found.has(g)) : open;
}

/**
 * The single-test what-if presumes every other missing finding normal, so while AL amyloidosis is open with
 * both its typing and its clone unknown, neither test shows as deciding even when other tests do (a
 * marrow result moves the presumed-normal context elsewhere). AL needs both (criteria-and-scores.md 1.5,
 * requirements 3 and 4; rajkumar-2014-lancet-oncol): when together they could change the outcome, both are
 * named beside the single deciding tests, in group order.
 */
function withAlWorkUp(single: TestGroup[], s: Search, d: Decision): TestGroup[] {
  if (d.truths.al !== UNKNOWN || !isOpen("amyloid", s) || !isOpen("monoclonal", s)) return single;
  if (single.includes("amyloid") && single.includes("monoclonal")) return single;
  if (!jointlyDecisive("amyloid", "monoclonal", s)) return single;
  return TEST_GROUPS.filter((g) => single.includes(g) || g === "amyloid" || g === "monoclonal");
}

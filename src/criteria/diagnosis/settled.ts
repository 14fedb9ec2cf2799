/** The outcome of settled findings (every truth known; only the heavy chain and the site may be open),
 * as one number: what the what-if (decide.ts) evaluates for each variant of each missing test. The
 * findings are a bit set of the met truths, so a variant is one integer and its evaluation builds no
 * object. The formulas are categories.ts's (criteria-and-scores.md 1.1-1.5) over booleans; only the
 * heavy chain and the site can leave a truth unknown, so those parts use three values as small numbers
 * (not met 0 < unknown 1 < met 2: Kleene "and" is the minimum, "or" the maximum, "not" 2 - x). */
import type { Category, MgusVariant } from "./categories.js";
import { IGG_OR_IGA, IGM, LIGHT_CHAIN_ONLY, NON_IGM_HEAVY, PRECEDENCE } from "./categories.js";
import { type Findings, SUGGESTIVE_KEYS, TRUTH_KEYS, type TruthKey } from "./findings.js";
import type { MET, UNKNOWN } from "./logic.js";

/** The bit of each truth in a set of met (or unknown) truths. */
export function bitOf(k: TruthKey): number {
  return 1 << TRUTH_KEYS.indexOf(k);
}

/** Every truth's bit. */
export const ALL_TRUTHS = (1 << TRUTH_KEYS.length) - 1;

const CALCIUM = bitOf("calcium");
const RENAL = bitOf("renal");
const ANAEMIA = bitOf("anaemia");
const LYTIC1 = bitOf("lytic1");
const LYTIC2 = bitOf("lytic2");
const MRI1 = bitOf("mri1");
const MRI2 = bitOf("mri2");
const BMPC_ANY = bitOf("bmpcAny");
const BMPC10 = bitOf("bmpc10");
const BMPC60 = bitOf("bmpc60");
const FLC_LI = bitOf("flcLi");
const FLC_ABNORMAL = bitOf("flcAbnormal");
const INVOLVED_RAISED = bitOf("involvedRaised");
const SERUM_M3 = bitOf("serumM3");
const URINE500 = bitOf("urine500");
const MONOCLONAL = bitOf("monoclonal");
const PLASMACYTOMA = bitOf("plasmacytoma");
const SOLITARY = bitOf("solitary");
const AMYLOID_SYNDROME = bitOf("amyloidSyndrome");
const CONGO_RED = bitOf("congoRed");
const LIGHT_CHAIN_AMYLOID = bitOf("lightChainAmyloid");
const IGM_FEATURES = bitOf("igmFeatures");
/** The bits of the truths of `f` that are `met` (with MET) or `unknown` (with UNKNOWN). Each finding is read
 * by name: a loop over TRUTH_KEYS reads by computed key, several times slower, and every open decision is
 * read so (settled.test.ts holds this list to TRUTH_KEYS). */
export function bitsWhere(f: Findings, truth: typeof MET | typeof UNKNOWN): number {
  return (
    (f.calcium === truth ? CALCIUM : 0) |
    (f.renal === truth ? RENAL : 0) |
    (f.anaemia === truth ? ANAEMIA : 0) |
    (f.lytic1 === truth ? LYTIC1 : 0) |
    (f.lytic2 === truth ? LYTIC2 : 0) |
    (f.mri1 === truth ? MRI1 : 0) |
    (f.mri2 === truth ? MRI2 : 0) |
    (f.bmpcAny === truth ? BMPC_ANY : 0) |
    (f.bmpc10 === truth ? BMPC10 : 0) |
    (f.bmpc60 === truth ? BMPC60 : 0) |
    (f.flcLi === truth ? FLC_LI : 0) |
    (f.flcAbnormal === truth ? FLC_ABNORMAL : 0) |
    (f.involvedRaised === truth ? INVOLVED_RAISED : 0) |
    (f.serumM3 === truth ? SERUM_M3 : 0) |
    (f.urine500 === truth ? URINE500 : 0) |
    (f.monoclonal === truth ? MONOCLONAL : 0) |
    (f.plasmacytoma === truth ? PLASMACYTOMA : 0) |
    (f.solitary === truth ? SOLITARY : 0) |
    (f.amyloidSyndrome === truth ? AMYLOID_SYNDROME : 0) |
    (f.congoRed === truth ? CONGO_RED : 0) |
    (f.lightChainAmyloid === truth ? LIGHT_CHAIN_AMYLOID : 0) |
    (f.igmFeatures === truth ? IGM_FEATURES : 0)
  );
}

/** All four AL requirements. */
const AL_ALL = AMYLOID_SYNDROME | CONGO_RED | LIGHT_CHAIN_AMYLOID | MONOCLONAL;

/** Findings that point to a clone or to amyloid (SUGGESTIVE_KEYS: without one, no likely). */
export const SUGGESTIVE = SUGGESTIVE_KEYS.reduce((bits, k) => bits | bitOf(k), 0);

/** Three-valued truths as numbers. */
type T3 = 0 | 1 | 2;
const T = (b: boolean): T3 => (b ? 2 : 0);
const min = (a: T3, b: T3): T3 => (a < b ? a : b);
const max = (a: T3, b: T3): T3 => (a > b ? a : b);
type Heavy = NonNullable<Findings["heavy"]>;
const heavyIs = (heavy: Heavy | null, test: (h: Heavy) => boolean): T3 =>
  heavy === null ? 1 : T(test(heavy));

// Outcome codes: a met category is its precedence index (MGUS by variant: 5, 6, 7); indeterminate is
// 8 + the likely category's index, or NO_LIKELY.
const MGUS_VARIANTS: readonly MgusVariant[] = ["non-igm", "igm", "light-chain"];
const INDETERMINATE = 8;
const NO_LIKELY = 14;
const INDEX = new Map<Category, number>(PRECEDENCE.map(([c], i) => [c, i]));

/** The code of an outcome: equal codes, equal outcomes (category, MGUS variant and likely category). */
export function outcomeCode(o: {
  category: string;
  mgusVariant: MgusVariant | null;
  likely: Category | null;
}): number {
  if (o.category === "indeterminate")
    return o.likely === null ? NO_LIKELY : INDETERMINATE + INDEX.get(o.likely)!;
  if (o.category === "mgus") return 5 + MGUS_VARIANTS.indexOf(o.mgusVariant!);
  return INDEX.get(o.category as Category)!;
}

/** The first category not known to be unmet (firstOpen of the truths) of findings with outcome `code`,
 * when a finding points to a clone or amyloid (else an open category has the code of none). */
export function firstOpenOfCode(code: number): Category | null {
  if (code === NO_LIKELY) return null;
  // Met: the category's own index (the MGUS variants 5-7 are MGUS); indeterminate: 8 + the open one's.
  const index = code >= INDETERMINATE ? code - INDETERMINATE : Math.min(code, 5);
  return PRECEDENCE[index]![0];
}

/** The outcome code of the first category not known to be unmet (precedence index `index`, truth
 * `truth`): the category when met, else indeterminate with it likely when a finding points to a clone
 * or amyloid. -1 when it is not met (the next one decides). */
function codeAt(index: number, truth: T3, met: number, mgusVariant: number): number {
  if (truth === 0) return -1;
  if (truth === 2) return index === 5 ? 5 + mgusVariant : index;
  return (met & SUGGESTIVE) !== 0 ? INDETERMINATE + index : NO_LIKELY;
}

/**
 * decideSettled's outcome as its code, for the met truths `met` (every other truth not met) and the heavy
 * chain and site: the first category not known to be unmet, in precedence order, is the outcome when met,
 * else the likely one when a finding points to a clone or amyloid. Builds no object (the what-if calls
 * it for every variant).
 */
export function settledCode(met: number, heavy: Heavy | null, site: Findings["site"]): number {
  const bmpc10 = (met & BMPC10) !== 0;
  const plasmacytoma = (met & PLASMACYTOMA) !== 0;
  // CRAB bone: >=1 osteolytic lesion, but >1 when clonal marrow plasma cells are <10%.
  const crab = (met & (CALCIUM | RENAL | ANAEMIA | LYTIC2)) !== 0 || ((met & LYTIC1) !== 0 && bmpc10);
  const mde = crab || (met & (BMPC60 | FLC_LI | MRI2)) !== 0;
  // 1.1 and 1.4: (clone and event), or a proven plasmacytoma with marrow >=10%.
  if (((bmpc10 || plasmacytoma) && mde) || (plasmacytoma && bmpc10)) return 0;
  if ((met & AL_ALL) === AL_ALL) return 1;

  // 1.4: extra lesions by site; a single lesion may or may not be the primary when the site is open.
  const one = (met & (LYTIC1 | MRI1)) !== 0;
  const two = (met & (LYTIC2 | MRI2)) !== 0;
  const extraLesions: T3 =
    site === "extramedullary" ? T(one) : site === "bone" ? T(two) : max(T(two), min(T(one), 1));
  const spCommon = min(T((met & SOLITARY) !== 0 && !mde && !bmpc10), (2 - extraLesions) as T3);
  const bmpcAny = (met & BMPC_ANY) !== 0;
  let code = codeAt(2, min(spCommon, T(bmpcAny)), met, 0);
  if (code >= 0) return code;
  code = codeAt(3, min(spCommon, T(!bmpcAny)), met, 0);
  if (code >= 0) return code;

  const isIgm = heavyIs(heavy, IGM);
  const serumM3 = (met & SERUM_M3) !== 0;
  const urine500 = (met & URINE500) !== 0;
  const smmBurden = max(min(T(serumM3), heavyIs(heavy, IGG_OR_IGA)), T(urine500 || bmpc10));
  // AL is not met here (it returned above), so "not AL" holds in SMM and in each MGUS variant.
  const smm = min(min((2 - isIgm) as T3, smmBurden), T(!mde && !plasmacytoma));
  code = codeAt(4, smm, met, 0);
  if (code >= 0) return code;

  // No marrow >=10%, CRAB or plasmacytoma in any MGUS; the heavy-chain variants also no M-protein >=3 g/dL,
  // the light-chain one no urine M-protein >=500 mg/24 h and an abnormal ratio with the chain raised.
  const noBurden = !bmpc10 && !crab && !plasmacytoma;
  const heavyMgus = T(noBurden && !serumM3);
  const mgusNonIgm = min(heavyIs(heavy, NON_IGM_HEAVY), heavyMgus);
  const mgusIgm = min(min(isIgm, heavyMgus), T((met & IGM_FEATURES) === 0));
  const lightChainFlc = (met & (FLC_ABNORMAL | INVOLVED_RAISED)) === (FLC_ABNORMAL | INVOLVED_RAISED);
  const mgusLightChain = min(heavyIs(heavy, LIGHT_CHAIN_ONLY), T(noBurden && lightChainFlc && !urine500));
  const variant = mgusNonIgm === 2 ? 0 : mgusIgm === 2 ? 1 : 2;
  code = codeAt(5, max(max(mgusNonIgm, mgusIgm), mgusLightChain), met, variant);
  return code >= 0 ? code : NO_LIKELY;
}

/** The IMWG 2014 categories as three-valued formulas over Findings, and the precedence that picks one
 * (criteria-and-scores.md 1.1-1.5). Pure logic: no facts, no text. */
import type { DiagnosisCategory } from "../../model/enums.js";
import type { Truth } from "../../model/trace.js";
import type { Findings } from "./findings.js";
import { MET, NOT_MET } from "./logic.js";

export type MgusVariant = "non-igm" | "igm" | "light-chain";

export interface CategoryTruths {
  bone: Truth;
  mde: Truth;
  crab: Truth;
  clone: Truth;
  mm: Truth;
  al: Truth;
  spMinimalMarrow: Truth;
  sp: Truth;
  smmBurden: Truth;
  smm: Truth;
  mgusNonIgm: Truth;
  mgusIgm: Truth;
  mgusLightChain: Truth;
  mgus: Truth;
}

type Heavy = NonNullable<Findings["heavy"]>;
// The heavy-chain tests, made once (not a closure per evaluation: the what-if evaluates these often).
// settled.ts reads them too, so both evaluations share one definition.
export const IGM = (h: Heavy): boolean => h === "IgM";
export const IGG_OR_IGA = (h: Heavy): boolean => h === "IgG" || h === "IgA";
export const NON_IGM_HEAVY = (h: Heavy): boolean => h === "IgG" || h === "IgA" || h === "IgD" || h === "IgE";
export const LIGHT_CHAIN_ONLY = (h: Heavy): boolean => h === "none";

// The formulas are evaluated over three-valued numbers, as in settled.ts: not met 0 < unknown 1 < met 2,
// so Kleene "and" is the minimum, "or" the maximum and "not" 2 - x. Math.min/max take any number of
// operands without building an array, and numbers compare cheaper than the Truth strings (every record is
// decided here at least once); the truths are turned back into Truth once, at the end.
const and = Math.min;
const or = Math.max;
const not = (x: number): number => 2 - x;
// The truths written as literals (logic.ts's MET, NOT_MET, UNKNOWN): an imported binding is loaded from its
// module at every use, and these run 36 times a decision.
const t3 = (t: Truth): number => (t === "met" ? 2 : t === "not-met" ? 0 : 1);
const truthOf = (x: number): Truth => (x === 2 ? "met" : x === 0 ? "not-met" : "unknown");
const heavyIs = (f: Findings, test: (h: Heavy) => boolean): number =>
  f.heavy === null ? 1 : test(f.heavy) ? 2 : 0;

/** The category truths of `f`; with `marrowBelow10`, as if the clonal marrow plasma cells were known to be
 * below 10% (bmpc10 and bmpc60 not met): the same as categoryTruths({ ...f, bmpc10: NOT_MET, bmpc60:
 * NOT_MET }) without the copy of the findings (decide's marrow-not-assessed step). */
export function categoryTruths(f: Findings, marrowBelow10 = false): CategoryTruths {
  const lytic1 = t3(f.lytic1);
  const lytic2 = t3(f.lytic2);
  const mri1 = t3(f.mri1);
  const mri2 = t3(f.mri2);
  const bmpcAny = t3(f.bmpcAny);
  const bmpc10 = marrowBelow10 ? 0 : t3(f.bmpc10);
  const plasmacytoma = t3(f.plasmacytoma);
  const serumM3 = t3(f.serumM3);
  const urine500 = t3(f.urine500);
  // CRAB bone: >=1 osteolytic lesion, but >1 when clonal marrow plasma cells are <10% (UNVERIFIED caveat).
  const bone = or(lytic2, and(lytic1, bmpc10));
  const crab = or(t3(f.calcium), t3(f.renal), t3(f.anaemia), bone);
  const mde = or(crab, marrowBelow10 ? 0 : t3(f.bmpc60), t3(f.flcLi), mri2);
  const clone = or(bmpc10, plasmacytoma);
  // 1.1: (A) and (B). 1.4 adds: a proven plasmacytoma with marrow >=10% is myeloma, not solitary.
  const mm = or(and(clone, mde), and(plasmacytoma, bmpc10));
  const al = and(t3(f.amyloidSyndrome), t3(f.congoRed), t3(f.lightChainAmyloid), t3(f.monoclonal));

  // 1.4: one lesion; imaging normal apart from it (for an extramedullary primary, no bone or MRI lesion
  // at all; for a bony primary the lesion itself is the one allowed); no CRAB or other event.
  const extraLesions =
    f.site === "extramedullary"
      ? or(lytic1, mri1)
      : f.site === "bone"
        ? or(lytic2, mri2)
        : // Site unknown: a single lesion on imaging may or may not be the primary.
          or(lytic2, mri2, and(or(lytic1, mri1), 1));
  const spCommon = and(t3(f.solitary), not(mde), not(extraLesions), not(bmpc10));
  const sp = and(spCommon, not(bmpcAny));
  const spMinimalMarrow = and(spCommon, bmpcAny);

  const isIgm = heavyIs(f, IGM);
  // 1.2: serum M-protein (IgG or IgA) >=30 g/L or urine >=500 mg/24 h, and/or marrow 10-60%
  // (the 60% bound is exclusive in practice: >=60% is an event, so it is caught by "no MDE").
  const smmBurden = or(and(serumM3, heavyIs(f, IGG_OR_IGA)), urine500, bmpc10);
  // A biopsy-proven plasmacytoma is its own category (1.4) or myeloma, never SMM or MGUS.
  const smm = and(not(isIgm), smmBurden, not(mde), not(al), not(plasmacytoma));

  const mgusNonIgm = and(
    heavyIs(f, NON_IGM_HEAVY),
    not(serumM3),
    not(bmpc10),
    not(crab),
    not(al),
    not(plasmacytoma),
  );
  const mgusIgm = and(
    isIgm,
    not(serumM3),
    not(bmpc10),
    not(crab),
    not(t3(f.igmFeatures)),
    not(al),
    not(plasmacytoma),
  );
  const mgusLightChain = and(
    heavyIs(f, LIGHT_CHAIN_ONLY),
    t3(f.flcAbnormal),
    t3(f.involvedRaised),
    not(crab),
    not(al),
    not(bmpc10),
    not(urine500),
    not(plasmacytoma),
  );
  const mgus = or(mgusNonIgm, mgusIgm, mgusLightChain);
  return {
    bone: truthOf(bone),
    mde: truthOf(mde),
    crab: truthOf(crab),
    clone: truthOf(clone),
    mm: truthOf(mm),
    al: truthOf(al),
    spMinimalMarrow: truthOf(spMinimalMarrow),
    sp: truthOf(sp),
    smmBurden: truthOf(smmBurden),
    smm: truthOf(smm),
    mgusNonIgm: truthOf(mgusNonIgm),
    mgusIgm: truthOf(mgusIgm),
    mgusLightChain: truthOf(mgusLightChain),
    mgus: truthOf(mgus),
  };
}

/** Precedence, most to least advanced: a patient who meets a higher category is classified there. */
export const PRECEDENCE = [
  ["multiple-myeloma", "mm"],
  ["al-amyloidosis", "al"],
  ["solitary-plasmacytoma-minimal-marrow", "spMinimalMarrow"],
  ["solitary-plasmacytoma", "sp"],
  ["smoldering-myeloma", "smm"],
  ["mgus", "mgus"],
] as const satisfies readonly (readonly [DiagnosisCategory, keyof CategoryTruths])[];

export type Category = (typeof PRECEDENCE)[number][0];

export interface StrictOutcome {
  /** The category met with every higher one known not met; null when none is. */
  definite: Category | null;
  mgusVariant: MgusVariant | null;
  /** Categories not known to be unmet, in precedence order. */
  candidates: Category[];
  truths: CategoryTruths;
}

/** The MGUS variant met; call it only when `mgus` is met (it is the "or" of the three variants). */
export function mgusVariantOf(t: CategoryTruths): MgusVariant {
  return t.mgusNonIgm === MET ? "non-igm" : t.mgusIgm === MET ? "igm" : "light-chain";
}

export function classifyFindings(f: Findings): StrictOutcome {
  const truths = categoryTruths(f);
  const candidates: Category[] = [];
  for (const [c, k] of PRECEDENCE) if (truths[k] !== NOT_MET) candidates.push(c);
  const definite = definiteOf(truths);
  return { definite, mgusVariant: definite === "mgus" ? mgusVariantOf(truths) : null, candidates, truths };
}

/** The first category, in precedence order, not known to be unmet (the first candidate), or null. Each
 * truth is read by name in PRECEDENCE's order (a loop over PRECEDENCE reads by computed key and destructures
 * each pair; categories.test.ts holds these three to that loop). */
export function firstOpen(t: CategoryTruths): Category | null {
  if (t.mm !== "not-met") return "multiple-myeloma";
  if (t.al !== "not-met") return "al-amyloidosis";
  if (t.spMinimalMarrow !== "not-met") return "solitary-plasmacytoma-minimal-marrow";
  if (t.sp !== "not-met") return "solitary-plasmacytoma";
  if (t.smm !== "not-met") return "smoldering-myeloma";
  if (t.mgus !== "not-met") return "mgus";
  return null;
}

/** The first candidate when it is met (classifyFindings's `definite`), else null. */
export function definiteOf(t: CategoryTruths): Category | null {
  if (t.mm !== "not-met") return t.mm === "met" ? "multiple-myeloma" : null;
  if (t.al !== "not-met") return t.al === "met" ? "al-amyloidosis" : null;
  if (t.spMinimalMarrow !== "not-met")
    return t.spMinimalMarrow === "met" ? "solitary-plasmacytoma-minimal-marrow" : null;
  if (t.sp !== "not-met") return t.sp === "met" ? "solitary-plasmacytoma" : null;
  if (t.smm !== "not-met") return t.smm === "met" ? "smoldering-myeloma" : null;
  if (t.mgus !== "not-met") return t.mgus === "met" ? "mgus" : null;
  return null;
}

/** The only candidate when there is exactly one, else null. */
export function onlyOpen(t: CategoryTruths): Category | null {
  const open =
    (t.mm !== "not-met" ? 1 : 0) +
    (t.al !== "not-met" ? 1 : 0) +
    (t.spMinimalMarrow !== "not-met" ? 1 : 0) +
    (t.sp !== "not-met" ? 1 : 0) +
    (t.smm !== "not-met" ? 1 : 0) +
    (t.mgus !== "not-met" ? 1 : 0);
  return open === 1 ? firstOpen(t) : null;
}

/** The IMWG 2014 categories as three-valued formulas over Findings, and the precedence that picks one
 * (criteria-and-scores.md 1.1-1.5). Pure logic: no facts, no text. */
import type { DiagnosisCategory } from "../../model/enums.js";
import type { Truth } from "../../model/trace.js";
import type { Findings } from "./findings.js";
import { and, MET, NOT_MET, not, or, UNKNOWN } from "./logic.js";

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
const heavyIs = (f: Findings, test: (h: Heavy) => boolean): Truth =>
  f.heavy === null ? UNKNOWN : test(f.heavy) ? MET : NOT_MET;
// The heavy-chain tests, made once (not a closure per evaluation: the what-if evaluates these often).
// settled.ts reads them too, so both evaluations share one definition.
export const IGM = (h: Heavy): boolean => h === "IgM";
export const IGG_OR_IGA = (h: Heavy): boolean => h === "IgG" || h === "IgA";
export const NON_IGM_HEAVY = (h: Heavy): boolean => h === "IgG" || h === "IgA" || h === "IgD" || h === "IgE";
export const LIGHT_CHAIN_ONLY = (h: Heavy): boolean => h === "none";

export function categoryTruths(f: Findings): CategoryTruths {
  // CRAB bone: >=1 osteolytic lesion, but >1 when clonal marrow plasma cells are <10% (UNVERIFIED caveat).
  const bone = or(f.lytic2, and(f.lytic1, f.bmpc10));
  const crab = or(f.calcium, f.renal, f.anaemia, bone);
  const mde = or(crab, f.bmpc60, f.flcLi, f.mri2);
  const clone = or(f.bmpc10, f.plasmacytoma);
  // 1.1: (A) and (B). 1.4 adds: a proven plasmacytoma with marrow >=10% is myeloma, not solitary.
  const mm = or(and(clone, mde), and(f.plasmacytoma, f.bmpc10));
  const al = and(f.amyloidSyndrome, f.congoRed, f.lightChainAmyloid, f.monoclonal);

  // 1.4: one lesion; imaging normal apart from it (for an extramedullary primary, no bone or MRI lesion
  // at all; for a bony primary the lesion itself is the one allowed); no CRAB or other event.
  const extraLesions =
    f.site === "extramedullary"
      ? or(f.lytic1, f.mri1)
      : f.site === "bone"
        ? or(f.lytic2, f.mri2)
        : // Site unknown: a single lesion on imaging may or may not be the primary.
          or(f.lytic2, f.mri2, and(or(f.lytic1, f.mri1), UNKNOWN));
  const spCommon = and(f.solitary, not(mde), not(extraLesions), not(f.bmpc10));
  const sp = and(spCommon, not(f.bmpcAny));
  const spMinimalMarrow = and(spCommon, f.bmpcAny);

  const isIgm = heavyIs(f, IGM);
  // 1.2: serum M-protein (IgG or IgA) >=30 g/L or urine >=500 mg/24 h, and/or marrow 10-60%
  // (the 60% bound is exclusive in practice: >=60% is an event, so it is caught by "no MDE").
  const smmBurden = or(and(f.serumM3, heavyIs(f, IGG_OR_IGA)), f.urine500, f.bmpc10);
  // A biopsy-proven plasmacytoma is its own category (1.4) or myeloma, never SMM or MGUS.
  const smm = and(not(isIgm), smmBurden, not(mde), not(al), not(f.plasmacytoma));

  const mgusNonIgm = and(
    heavyIs(f, NON_IGM_HEAVY),
    not(f.serumM3),
    not(f.bmpc10),
    not(crab),
    not(al),
    not(f.plasmacytoma),
  );
  const mgusIgm = and(
    isIgm,
    not(f.serumM3),
    not(f.bmpc10),
    not(crab),
    not(f.igmFeatures),
    not(al),
    not(f.plasmacytoma),
  );
  const mgusLightChain = and(
    heavyIs(f, LIGHT_CHAIN_ONLY),
    f.flcAbnormal,
    f.involvedRaised,
    not(crab),
    not(al),
    not(f.bmpc10),
    not(f.urine500),
    not(f.plasmacytoma),
  );
  const mgus = or(mgusNonIgm, mgusIgm, mgusLightChain);
  return {
    bone,
    mde,
    crab,
    clone,
    mm,
    al,
    spMinimalMarrow,
    sp,
    smmBurden,
    smm,
    mgusNonIgm,
    mgusIgm,
    mgusLightChain,
    mgus,
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

/** Each category's truth in CategoryTruths. */
const CATEGORY_KEY = Object.fromEntries(PRECEDENCE) as Record<Category, keyof CategoryTruths>;

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

/** The first category, in precedence order, not known to be unmet (the first candidate), or null. */
export function firstOpen(t: CategoryTruths): Category | null {
  for (const [c, k] of PRECEDENCE) if (t[k] !== NOT_MET) return c;
  return null;
}

/** The first candidate when it is met (classifyFindings's `definite`), else null. */
export function definiteOf(t: CategoryTruths): Category | null {
  const first = firstOpen(t);
  return first !== null && t[CATEGORY_KEY[first]] === MET ? first : null;
}

/** The only candidate when there is exactly one, else null. */
export function onlyOpen(t: CategoryTruths): Category | null {
  let only: Category | null = null;
  for (const [c, k] of PRECEDENCE) {
    if (t[k] === NOT_MET) continue;
    if (only !== null) return null;
    only = c;
  }
  return only;
}

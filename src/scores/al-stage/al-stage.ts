/** AL amyloidosis staging: Mayo 2004 cardiac stage with the European IIIa/IIIb split, and Mayo 2012. */
import { merged } from "../../model/merged.js";
import { defineRules, type MissingInput, type RuleDef, type RuleTrace, trace } from "../../model/trace.js";
import { above, atLeast, finite } from "../compare.js";

export const AL_STAGE_RULES = defineRules({
  mayo2004NtProBnp: {
    id: "al-mayo-2004.nt-probnp",
    citation: "dispenzieri-2004-jco",
    text: "Mayo 2004: NT-proBNP raised at >= 332 ng/L (pg/mL); below is low",
    evidence: "verified",
  },
  mayo2004Tnt: {
    id: "al-mayo-2004.ctnt",
    citation: "dispenzieri-2004-jco",
    text: "Mayo 2004: conventional cTnT raised at >= 0.035 ug/L (ng/mL); below is low",
    evidence: "verified",
  },
  mayo2004HsTnt: {
    id: "al-mayo-2004.hs-ctnt",
    citation: "dispenzieri-2004-jco",
    text: "Mayo 2004, high-sensitivity alternative: hs-cTnT raised at >= 50 ng/L (0.050 ng/mL)",
    evidence: "secondary",
  },
  mayo2004Stage: {
    id: "al-mayo-2004.stage",
    citation: "dispenzieri-2004-jco",
    text: "Mayo 2004: stage I both markers low, II one raised, III both raised",
    evidence: "verified",
  },
  europeanSplit: {
    id: "al-mayo-2004.european-iiia-iiib",
    citation: "wechalekar-2013-blood",
    text: "European modification: stage III with NT-proBNP <= 8500 ng/L is IIIa, > 8500 ng/L is IIIb",
    evidence: "verified",
  },
  mayo2012NtProBnp: {
    id: "al-mayo-2012.nt-probnp",
    citation: "kumar-2012-jco",
    text: "Mayo 2012: NT-proBNP >= 1800 pg/mL scores 1 point",
    evidence: "verified",
  },
  mayo2012Tnt: {
    id: "al-mayo-2012.ctnt",
    citation: "kumar-2012-jco",
    text: "Mayo 2012: conventional cTnT >= 0.025 ng/mL scores 1 point",
    evidence: "verified",
  },
  mayo2012HsTnt: {
    id: "al-mayo-2012.hs-ctnt",
    citation: "kumar-2012-jco",
    text: "Mayo 2012, high-sensitivity alternative: hs-cTnT >= 40 ng/L (0.040 ng/mL) scores 1 point",
    evidence: "secondary",
  },
  mayo2012Dflc: {
    id: "al-mayo-2012.dflc",
    citation: "kumar-2012-jco",
    text: "Mayo 2012: dFLC (involved minus uninvolved FLC) >= 18 mg/dL (180 mg/L) scores 1 point",
    evidence: "verified",
  },
  mayo2012Stage: {
    id: "al-mayo-2012.stage",
    citation: "kumar-2012-jco",
    text: "Mayo 2012: 0 points stage I, 1 stage II, 2 stage III, 3 stage IV",
    evidence: "verified",
  },
  troponinMethodUnknown: {
    id: "al-stage.troponin-method-unknown",
    citation: "kumar-2012-jco",
    text: "Troponin T assay not stated: the value is judged against both the conventional and the high-sensitivity cut-off; it counts only when both agree, otherwise the assay is asked for (a conventional result is never converted into an hs one)",
    evidence: "secondary",
  },
});

export interface AlStageInput {
  ntProBnpPgMl: number | null;
  troponinTNgMl: number | null;
  troponinMethod: "conventional" | "high-sensitivity" | null;
  involvedFlcMgL: number | null;
  uninvolvedFlcMgL: number | null;
}

/** Which values a stage rests on, for a treated record (the engine sets it; null or absent when untreated):
 * the earliest values on or before the first line's start, or, with none recorded, on-treatment values.
 * `onTreatment` names the markers read from today's values. */
export interface AlStageBasis {
  from: "before-treatment" | "on-treatment";
  firstTreatment: string;
  dates: string[];
  onTreatment: ("ntProBnp" | "troponinT" | "involvedFreeLightChain" | "uninvolvedFreeLightChain")[];
}

export interface AlMayo2004Result {
  /** The European-modified stage: III is always split into IIIa/IIIb, because NT-proBNP is known there. */
  stage: "I" | "II" | "III" | "IIIa" | "IIIb" | null;
  /** The original Mayo 2004 stage, before the European split. */
  mayo2004Stage: "I" | "II" | "III" | null;
  rules: RuleTrace[];
  missing: MissingInput[];
  basis?: AlStageBasis | null;
}

export interface AlMayo2012Result {
  stage: 1 | 2 | 3 | 4 | null;
  points: number | null;
  rules: RuleTrace[];
  missing: MissingInput[];
  basis?: AlStageBasis | null;
}

interface TroponinCutoffs {
  conventional: { cutoff: number; rule: RuleDef };
  highSensitivity: { cutoff: number; rule: RuleDef };
}

const MAYO_2004_TNT: TroponinCutoffs = {
  conventional: { cutoff: 0.035, rule: AL_STAGE_RULES.mayo2004Tnt },
  // 50 ng/L = 0.050 ng/mL (the canonical unit).
  highSensitivity: { cutoff: 0.05, rule: AL_STAGE_RULES.mayo2004HsTnt },
};

const MAYO_2012_TNT: TroponinCutoffs = {
  conventional: { cutoff: 0.025, rule: AL_STAGE_RULES.mayo2012Tnt },
  // 40 ng/L = 0.040 ng/mL (the canonical unit).
  highSensitivity: { cutoff: 0.04, rule: AL_STAGE_RULES.mayo2012HsTnt },
};

interface Judged {
  raised: boolean | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

/** Troponin T against the cut-off of its assay. With the assay unknown (null), the value is judged
 * against both cut-offs and counts only where they agree: the hs cut-off is higher, so a value at or
 * above it is raised on either assay and a value below the conventional one is low on either. In
 * between, the stage waits for the assay rather than guessing it from the unit. */
function judgeTroponin(
  input: AlStageInput,
  cut: TroponinCutoffs,
  neededFor: string,
  /** No rule trace (codes-only mode): `rules` is empty. */
  codesOnly: boolean,
): Judged {
  const v = finite(input.troponinTNgMl);
  if (v === null) return { raised: null, rules: [], missing: [{ field: "labs.troponinT", neededFor }] };
  const inputs = { troponinTNgMl: v, troponinMethod: input.troponinMethod };
  if (input.troponinMethod === "conventional") {
    const raised = atLeast(v, cut.conventional.cutoff);
    const rules = codesOnly ? [] : [trace(cut.conventional.rule, merged(inputs, { raised }))];
    return { raised, rules, missing: [] };
  }
  if (input.troponinMethod === "high-sensitivity") {
    const raised = atLeast(v, cut.highSensitivity.cutoff);
    const rules = codesOnly ? [] : [trace(cut.highSensitivity.rule, merged(inputs, { raised }))];
    return { raised, rules, missing: [] };
  }
  const conv = atLeast(v, cut.conventional.cutoff);
  const hs = atLeast(v, cut.highSensitivity.cutoff);
  const raised = conv === hs ? conv : null;
  return {
    raised,
    rules: codesOnly
      ? []
      : [
          trace(
            AL_STAGE_RULES.troponinMethodUnknown,
            merged(inputs, { raisedIfConventional: conv, raisedIfHighSensitivity: hs, raised }),
          ),
        ],
    missing: raised === null ? [{ field: "labs.troponinT.method", neededFor }] : [],
  };
}

/** Appends `more` to `out` (a loop: no spread of each list into push's arguments). */
function append<T>(out: T[], more: readonly T[]): void {
  for (const x of more) out.push(x);
}

/**
 * Mayo 2004 cardiac stage (NT-proBNP >= 332 ng/L and cTnT >= 0.035 ug/L, or hs-cTnT >= 50 ng/L), with
 * stage III split by the European modification (IIIb when NT-proBNP > 8500 ng/L).
 * @example calculateAlMayo2004({ ntProBnpPgMl: 9000, troponinTNgMl: 0.06, troponinMethod: "conventional", involvedFlcMgL: null, uninvolvedFlcMgL: null }) // stage "IIIb"
 */
export function calculateAlMayo2004(
  input: AlStageInput,
  /** codesOnly: no rule traces (the compact view and the situation read the stage and what is missing). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): AlMayo2004Result {
  const need = "Mayo 2004 AL cardiac stage";
  const bnp = finite(input.ntProBnpPgMl);
  const tnt = judgeTroponin(input, MAYO_2004_TNT, need, codesOnly);
  const missing: MissingInput[] = [];
  const rules: RuleTrace[] = [];
  let bnpRaised: boolean | null = null;
  if (bnp === null) missing.push({ field: "labs.ntProBnp", neededFor: need });
  else {
    bnpRaised = atLeast(bnp, 332);
    if (!codesOnly)
      rules.push(trace(AL_STAGE_RULES.mayo2004NtProBnp, { ntProBnpPgMl: bnp, raised: bnpRaised }));
  }
  append(rules, tnt.rules);
  append(missing, tnt.missing);
  // Every stage depends on both markers, so one unknown marker leaves two possible stages.
  if (bnpRaised === null || tnt.raised === null) return { stage: null, mayo2004Stage: null, rules, missing };
  const raised = Number(bnpRaised) + Number(tnt.raised);
  const base = raised === 0 ? "I" : raised === 1 ? "II" : "III";
  if (!codesOnly) rules.unshift(trace(AL_STAGE_RULES.mayo2004Stage, { raisedMarkers: raised }));
  if (base !== "III" || bnp === null) return { stage: base, mayo2004Stage: base, rules, missing: [] };
  const iiib = above(bnp, 8500);
  if (!codesOnly) rules.push(trace(AL_STAGE_RULES.europeanSplit, { ntProBnpPgMl: bnp, iiib }));
  return { stage: iiib ? "IIIb" : "IIIa", mayo2004Stage: "III", rules, missing: [] };
}

/**
 * Mayo 2012 revised AL stage: one point each for NT-proBNP >= 1800 pg/mL, cTnT >= 0.025 ng/mL (or
 * hs-cTnT >= 40 ng/L) and dFLC >= 180 mg/L; 0-3 points give stages I-IV.
 * @example calculateAlMayo2012({ ntProBnpPgMl: 2500, troponinTNgMl: 0.01, troponinMethod: "conventional", involvedFlcMgL: 400, uninvolvedFlcMgL: 10 }) // points 2, stage 3
 */
export function calculateAlMayo2012(
  input: AlStageInput,
  /** codesOnly: no rule traces (the compact view and the situation read the stage and what is missing). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): AlMayo2012Result {
  const need = "Mayo 2012 AL stage";
  const rules: RuleTrace[] = [];
  const missing: MissingInput[] = [];
  const bnp = finite(input.ntProBnpPgMl);
  let bnpPoint: boolean | null = null;
  if (bnp === null) missing.push({ field: "labs.ntProBnp", neededFor: need });
  else {
    bnpPoint = atLeast(bnp, 1800);
    if (!codesOnly)
      rules.push(trace(AL_STAGE_RULES.mayo2012NtProBnp, { ntProBnpPgMl: bnp, point: bnpPoint }));
  }
  const tnt = judgeTroponin(input, MAYO_2012_TNT, need, codesOnly);
  append(rules, tnt.rules);
  append(missing, tnt.missing);
  const inv = finite(input.involvedFlcMgL);
  const uninv = finite(input.uninvolvedFlcMgL);
  let dflcPoint: boolean | null = null;
  if (inv === null) missing.push({ field: "labs.involvedFreeLightChain", neededFor: need });
  if (uninv === null) missing.push({ field: "labs.uninvolvedFreeLightChain", neededFor: need });
  if (inv !== null && uninv !== null) {
    const dflc = inv - uninv;
    dflcPoint = atLeast(dflc, 180);
    if (!codesOnly)
      rules.push(
        trace(AL_STAGE_RULES.mayo2012Dflc, {
          involvedFlcMgL: inv,
          uninvolvedFlcMgL: uninv,
          dflcMgL: dflc,
          point: dflcPoint,
        }),
      );
  }
  // Each point moves the stage, so any unknown factor leaves the stage open.
  if (bnpPoint === null || tnt.raised === null || dflcPoint === null)
    return { stage: null, points: null, rules, missing };
  const points = Number(bnpPoint) + Number(tnt.raised) + Number(dflcPoint);
  const stage = (points + 1) as 1 | 2 | 3 | 4;
  if (!codesOnly) rules.unshift(trace(AL_STAGE_RULES.mayo2012Stage, { points }));
  return { stage, points, rules, missing: [] };
}

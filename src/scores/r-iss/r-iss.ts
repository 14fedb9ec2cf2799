/** R-ISS: Revised International Staging System (Palumbo et al., JCO 2015). */
import { defineRules, type MissingInput, type RuleTrace, trace } from "../../model/trace.js";
import { above, anyTrueOf, finite } from "../compare.js";
import type { IssBasis } from "../iss/iss.js";

export const R_ISS_RULES = defineRules({
  stage1: {
    id: "r-iss.stage-1",
    citation: "palumbo-2015-jco",
    text: "R-ISS I: ISS I, standard-risk chromosomal abnormalities by iFISH and normal LDH",
    evidence: "verified",
  },
  stage3: {
    id: "r-iss.stage-3",
    citation: "palumbo-2015-jco",
    text: "R-ISS III: ISS III and either high-risk chromosomal abnormalities by iFISH or LDH above the upper limit of normal",
    evidence: "verified",
  },
  stage2: {
    id: "r-iss.stage-2",
    citation: "palumbo-2015-jco",
    text: "R-ISS II: neither stage I nor stage III",
    evidence: "verified",
  },
  highRiskCa: {
    id: "r-iss.high-risk-ca",
    citation: "palumbo-2015-jco",
    text: "High-risk chromosomal abnormalities: del(17p) and/or t(4;14) and/or t(14;16) on iFISH",
    evidence: "verified",
  },
  ldhHigh: {
    id: "r-iss.ldh-high",
    citation: "palumbo-2015-jco",
    text: "High LDH: serum LDH above the laboratory's upper limit of normal (no upper limit, no verdict)",
    evidence: "verified",
  },
  indeterminate: {
    id: "r-iss.indeterminate",
    citation: "palumbo-2015-jco",
    text: "Missing data: the stage is given only when every possible value of the missing inputs gives the same stage; missing FISH is never taken as standard risk",
    evidence: "verified",
  },
});

export interface RIssInput {
  issStage: 1 | 2 | 3 | null;
  /** del(17p), t(4;14), t(14;16) on iFISH; null where not tested. */
  del17p: boolean | null;
  t4_14: boolean | null;
  t14_16: boolean | null;
  ldhUL: number | null;
  ldhUpperLimitUL: number | null;
  /** What ISS lacked when `issStage` is null (ISS's own `missing`), so R-ISS can name the fields. */
  issMissing?: MissingInput[];
}

type Stage = 1 | 2 | 3;

export interface RIssResult {
  stage: 1 | 2 | 3 | null;
  /** When stage is null but the choice is narrowed, e.g. [1, 2] for ISS I with normal LDH and no FISH.
   * When the stage is known this is `[stage]`. */
  possibleStages: (1 | 2 | 3)[];
  rules: RuleTrace[];
  missing: MissingInput[];
  /** Set for a treated myeloma record: which values the stage rests on (iss.ts IssBasis). */
  basis?: IssBasis | null;
}

const NEEDED_FOR = "R-ISS";

function stageOf(iss: Stage, highRiskCa: boolean, ldhHigh: boolean): Stage {
  if (iss === 3 && (highRiskCa || ldhHigh)) return 3;
  if (iss === 1 && !highRiskCa && !ldhHigh) return 1;
  return 2;
}

/** Stages as bits (1 << stage): the set of stages some combinations give, without a Set for each. */
const STAGES: readonly Stage[] = [1, 2, 3];
const ISS_I_OR_II: readonly Stage[] = [1, 2];
const EITHER: readonly boolean[] = [false, true];
/** One known ISS stage as the list of its options, by stage (a list per record otherwise). */
const ISS_KNOWN: Readonly<Record<Stage, readonly Stage[]>> = { 1: [1], 2: [2], 3: [3] };
/** The FISH findings of R-ISS and the record field each is read from (written out, not composed per
 * record). */
const CA_FIELDS = {
  del17p: "cytogenetics.del17p",
  t4_14: "cytogenetics.t4_14",
  t14_16: "cytogenetics.t14_16",
} as const;
const TRUE: readonly boolean[] = [true];
const FALSE: readonly boolean[] = [false];

/** A finding's possible values: itself when known, else either. */
const options = (v: boolean | null): readonly boolean[] => (v === null ? EITHER : v ? TRUE : FALSE);

/** More than one stage among the bits. */
const several = (bits: number): boolean => (bits & (bits - 1)) !== 0;

/** LDH above the upper limit of normal: true, false, or null when the value or the lab's limit is missing. */
export function ldhAboveUln(ldhUL: number | null, ldhUpperLimitUL: number | null): boolean | null {
  const v = finite(ldhUL);
  const uln = finite(ldhUpperLimitUL);
  if (v === null || uln === null || uln <= 0) return null;
  return above(v, uln);
}

/** The LDH fields to ask for when the LDH verdict is unknown. */
export function ldhMissing(ldhUL: number | null, neededFor: string): MissingInput[] {
  return finite(ldhUL) === null
    ? [{ field: "labs.ldh", neededFor }]
    : [{ field: "labs.ldh.upperLimitOfNormal", neededFor }];
}

type Which = "iss" | "ca" | "ldh";

/** An unknown input matters when, for some value of the other unknowns, changing it changes the stage. */
function mattersFor(
  which: Which,
  issOptions: readonly Stage[],
  caOptions: readonly boolean[],
  ldhOptions: readonly boolean[],
): boolean {
  for (const i of issOptions)
    for (const c of caOptions)
      for (const l of ldhOptions) {
        // The stages this one input gives with the others held at (i, c, l).
        let varied = 0;
        if (which === "iss") for (const v of issOptions) varied |= 1 << stageOf(v, c, l);
        else if (which === "ca") for (const v of caOptions) varied |= 1 << stageOf(i, v, l);
        else for (const v of ldhOptions) varied |= 1 << stageOf(i, c, v);
        if (several(varied)) return true;
      }
  return false;
}

/**
 * R-ISS stage from the ISS stage, iFISH (del(17p), t(4;14), t(14;16)) and LDH with its upper limit of
 * normal. With missing inputs every possible completion is tried: if all give one stage, that is the
 * stage (ISS III with high LDH is III whatever the FISH); otherwise the stage is null and
 * `possibleStages` says how far it is narrowed (ISS I with normal LDH and no FISH gives [1, 2]).
 * @example calculateRIss({ issStage: 1, del17p: false, t4_14: false, t14_16: false, ldhUL: 180, ldhUpperLimitUL: 250 }) // stage 1
 */
export function calculateRIss(
  input: RIssInput,
  /** codesOnly: no rule traces (the compact view reads the stage and what is missing). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): RIssResult {
  const ca = anyTrueOf(input.del17p, input.t4_14, input.t14_16);
  const ldh = ldhAboveUln(input.ldhUL, input.ldhUpperLimitUL);
  // ISS is null without albumin only when beta2M < 5.5 mg/L, that is ISS I or II (iss.ts). Read only for
  // an unknown ISS stage, in one pass over what ISS lacked.
  let issLacksOnlyAlbumin = false;
  if (input.issStage === null && input.issMissing !== undefined) {
    let albumin = false;
    let beta2m = false;
    for (const m of input.issMissing) {
      if (m.field === "labs.albumin") albumin = true;
      else if (m.field === "labs.beta2Microglobulin") beta2m = true;
    }
    issLacksOnlyAlbumin = albumin && !beta2m;
  }
  const issOptions: readonly Stage[] =
    input.issStage !== null ? ISS_KNOWN[input.issStage] : issLacksOnlyAlbumin ? ISS_I_OR_II : STAGES;
  const caOptions = options(ca);
  const ldhOptions = options(ldh);
  let all = 0;
  for (const i of issOptions)
    for (const c of caOptions) for (const l of ldhOptions) all |= 1 << stageOf(i, c, l);
  // Ascending, as the stages were sorted.
  const possibleStages: Stage[] = [];
  for (const st of STAGES) if ((all & (1 << st)) !== 0) possibleStages.push(st);

  const supporting: RuleTrace[] = [];
  if (ca !== null && !codesOnly)
    supporting.push(
      trace(R_ISS_RULES.highRiskCa, {
        del17p: input.del17p,
        t4_14: input.t4_14,
        t14_16: input.t14_16,
        highRisk: ca,
      }),
    );
  if (ldh !== null && !codesOnly)
    supporting.push(
      trace(R_ISS_RULES.ldhHigh, {
        ldhUL: finite(input.ldhUL),
        ldhUpperLimitUL: finite(input.ldhUpperLimitUL),
        high: ldh,
      }),
    );

  if (!several(all)) {
    const stage = possibleStages[0]!;
    const rule = stage === 1 ? R_ISS_RULES.stage1 : stage === 3 ? R_ISS_RULES.stage3 : R_ISS_RULES.stage2;
    if (codesOnly) return { stage, possibleStages, rules: supporting, missing: [] };
    const inputs = {
      issStage: input.issStage,
      del17p: input.del17p,
      t4_14: input.t4_14,
      t14_16: input.t14_16,
      ldhUL: finite(input.ldhUL),
      ldhUpperLimitUL: finite(input.ldhUpperLimitUL),
    };
    return { stage, possibleStages, rules: [trace(rule, inputs), ...supporting], missing: [] };
  }

  const missing: MissingInput[] = [];
  if (input.issStage === null && mattersFor("iss", issOptions, caOptions, ldhOptions)) {
    const fromIss = input.issMissing ?? [];
    for (const m of fromIss) missing.push({ field: m.field, neededFor: NEEDED_FOR });
    if (fromIss.length === 0) missing.push({ field: "labs.beta2Microglobulin", neededFor: NEEDED_FOR });
  }
  if (ca === null && mattersFor("ca", issOptions, caOptions, ldhOptions)) {
    // Never default missing FISH to standard risk: ask for each abnormality not reported.
    if (input.del17p === null) missing.push({ field: CA_FIELDS.del17p, neededFor: NEEDED_FOR });
    if (input.t4_14 === null) missing.push({ field: CA_FIELDS.t4_14, neededFor: NEEDED_FOR });
    if (input.t14_16 === null) missing.push({ field: CA_FIELDS.t14_16, neededFor: NEEDED_FOR });
  }
  if (ldh === null && mattersFor("ldh", issOptions, caOptions, ldhOptions))
    for (const m of ldhMissing(input.ldhUL, NEEDED_FOR)) missing.push(m);
  if (codesOnly) return { stage: null, possibleStages, rules: supporting, missing };
  return {
    stage: null,
    possibleStages,
    rules: [
      trace(R_ISS_RULES.indeterminate, {
        issStage: input.issStage,
        del17p: input.del17p,
        t4_14: input.t4_14,
        t14_16: input.t14_16,
        ldhUL: finite(input.ldhUL),
        ldhUpperLimitUL: finite(input.ldhUpperLimitUL),
        possibleStages: possibleStages.join(","),
      }),
      ...supporting,
    ],
    missing,
  };
}

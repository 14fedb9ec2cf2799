/** R2-ISS (D'Agostino et al., JCO 2022). */
import { defineRules, type MissingInput, type RuleTrace, trace } from "../../model/trace.js";
import type { IssBasis } from "../iss/iss.js";
import { ldhAboveUln, ldhMissing } from "../r-iss/r-iss.js";

export const R2_ISS_RULES = defineRules({
  iss2: {
    id: "r2-iss.iss-2",
    citation: "dagostino-2022-jco",
    text: "ISS II scores 1 point",
    evidence: "verified",
  },
  iss3: {
    id: "r2-iss.iss-3",
    citation: "dagostino-2022-jco",
    text: "ISS III scores 1.5 points",
    evidence: "verified",
  },
  del17p: {
    id: "r2-iss.del17p",
    citation: "dagostino-2022-jco",
    text: "del(17p) scores 1 point",
    evidence: "verified",
  },
  ldh: {
    id: "r2-iss.ldh",
    citation: "dagostino-2022-jco",
    text: "LDH above the upper limit of normal scores 1 point",
    evidence: "verified",
  },
  t4_14: {
    id: "r2-iss.t4-14",
    citation: "dagostino-2022-jco",
    text: "t(4;14) scores 1 point (worked back from the stated maximum of 5 points)",
    evidence: "secondary",
  },
  gain1q: {
    id: "r2-iss.gain-1q",
    citation: "dagostino-2022-jco",
    text: "1q+ (gain, 3 copies, or amplification, 4 or more copies) scores 0.5 points; t(14;16) is not scored",
    evidence: "verified",
  },
  stage1: {
    id: "r2-iss.stage-1",
    citation: "dagostino-2022-jco",
    text: "R2-ISS I (low): 0 points",
    evidence: "verified",
  },
  stage2: {
    id: "r2-iss.stage-2",
    citation: "dagostino-2022-jco",
    text: "R2-ISS II (low-intermediate): 0.5-1 points",
    evidence: "verified",
  },
  stage3: {
    id: "r2-iss.stage-3",
    citation: "dagostino-2022-jco",
    text: "R2-ISS III (intermediate-high): 1.5-2.5 points",
    evidence: "verified",
  },
  stage4: {
    id: "r2-iss.stage-4",
    citation: "dagostino-2022-jco",
    text: "R2-ISS IV (high): 3-5 points",
    evidence: "verified",
  },
});

export interface R2IssInput {
  issStage: 1 | 2 | 3 | null;
  del17p: boolean | null;
  t4_14: boolean | null;
  gain1q: boolean | null;
  ldhUL: number | null;
  ldhUpperLimitUL: number | null;
  /** What ISS lacked when `issStage` is null (ISS's own `missing`), so R2-ISS can name the fields. */
  issMissing?: MissingInput[];
}

export interface R2IssResult {
  stage: 1 | 2 | 3 | 4 | null;
  points: number | null;
  rules: RuleTrace[];
  missing: MissingInput[];
  /** Set for a treated myeloma record: which values the stage rests on (iss.ts IssBasis). */
  basis?: IssBasis | null;
}

const NEEDED_FOR = "R2-ISS";

/** Stage from points; points are multiples of 0.5 between 0 and 5, so these bands are exact. */
function stageOf(points: number): 1 | 2 | 3 | 4 {
  if (points === 0) return 1;
  if (points <= 1) return 2;
  if (points <= 2.5) return 3;
  return 4;
}

/**
 * R2-ISS points and stage from ISS, del(17p), t(4;14), 1q+ and LDH (with its upper limit of normal).
 * The score was derived only in patients with every variable known, so any missing input makes it
 * not computable (null), never a guess.
 * @example calculateR2Iss({ issStage: 2, del17p: false, t4_14: false, gain1q: true, ldhUL: 200, ldhUpperLimitUL: 250 }) // points 1.5, stage 3
 */
export function calculateR2Iss(
  input: R2IssInput,
  /** codesOnly: no rule traces (the compact view reads the stage and what is missing). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): R2IssResult {
  const ldh = ldhAboveUln(input.ldhUL, input.ldhUpperLimitUL);
  const missing: MissingInput[] = [];
  if (input.issStage === null) {
    const fromIss = input.issMissing ?? [];
    for (const m of fromIss) missing.push({ field: m.field, neededFor: NEEDED_FOR });
    if (fromIss.length === 0) missing.push({ field: "labs.beta2Microglobulin", neededFor: NEEDED_FOR });
  }
  if (input.del17p === null) missing.push({ field: "cytogenetics.del17p", neededFor: NEEDED_FOR });
  if (input.t4_14 === null) missing.push({ field: "cytogenetics.t4_14", neededFor: NEEDED_FOR });
  if (input.gain1q === null) missing.push({ field: "cytogenetics.gain1q", neededFor: NEEDED_FOR });
  if (ldh === null) for (const m of ldhMissing(input.ldhUL, NEEDED_FOR)) missing.push(m);
  if (missing.length > 0) return { stage: null, points: null, rules: [], missing };
  if (codesOnly) {
    // The same sum in the same order as the traced loop below (each term a multiple of 0.5: exact).
    let points = 0;
    if (input.issStage === 2) points += 1;
    if (input.issStage === 3) points += 1.5;
    if (input.del17p === true) points += 1;
    if (ldh === true) points += 1;
    if (input.t4_14 === true) points += 1;
    if (input.gain1q === true) points += 0.5;
    return { stage: stageOf(points), points, rules: [], missing: [] };
  }

  // Each factor present, in the table's order: its points and its trace (the inputs as literals, built
  // only for the factors present).
  let points = 0;
  const rules: RuleTrace[] = [];
  if (input.issStage === 2) {
    points += 1;
    rules.push(trace(R2_ISS_RULES.iss2, { issStage: input.issStage, points: 1 }));
  }
  if (input.issStage === 3) {
    points += 1.5;
    rules.push(trace(R2_ISS_RULES.iss3, { issStage: input.issStage, points: 1.5 }));
  }
  if (input.del17p === true) {
    points += 1;
    rules.push(trace(R2_ISS_RULES.del17p, { del17p: input.del17p, points: 1 }));
  }
  if (ldh === true) {
    points += 1;
    rules.push(
      trace(R2_ISS_RULES.ldh, { ldhUL: input.ldhUL, ldhUpperLimitUL: input.ldhUpperLimitUL, points: 1 }),
    );
  }
  if (input.t4_14 === true) {
    points += 1;
    rules.push(trace(R2_ISS_RULES.t4_14, { t4_14: input.t4_14, points: 1 }));
  }
  if (input.gain1q === true) {
    points += 0.5;
    rules.push(trace(R2_ISS_RULES.gain1q, { gain1q: input.gain1q, points: 0.5 }));
  }
  const stage = stageOf(points);
  const stageRule = [R2_ISS_RULES.stage1, R2_ISS_RULES.stage2, R2_ISS_RULES.stage3, R2_ISS_RULES.stage4][
    stage - 1
  ]!;
  return { stage, points, rules: [trace(stageRule, { points }), ...rules], missing: [] };
}

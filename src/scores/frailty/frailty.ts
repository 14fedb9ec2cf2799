/** Fitness: IMWG frailty score (Palumbo 2015) and the simplified frailty scale (Facon 2020). */
import { defineRules, type MissingInput, type RuleTrace, trace } from "../../model/trace.js";
import { finite } from "../compare.js";

export const FRAILTY_RULES = defineRules({
  imwgAge: {
    id: "frailty.imwg.age",
    citation: "palumbo-2015-blood-frailty",
    text: "IMWG frailty, age: <= 75 years 0 points, 76-80 1 point, > 80 2 points (cut-points UNVERIFIED)",
    evidence: "unverified",
  },
  imwgCharlson: {
    id: "frailty.imwg.charlson",
    citation: "palumbo-2015-blood-frailty",
    text: "IMWG frailty, Charlson comorbidity index: <= 1 0 points, >= 2 1 point (UNVERIFIED)",
    evidence: "unverified",
  },
  imwgAdl: {
    id: "frailty.imwg.adl",
    citation: "palumbo-2015-blood-frailty",
    text: "IMWG frailty, Katz ADL (0-6): > 4 0 points, <= 4 1 point (UNVERIFIED)",
    evidence: "unverified",
  },
  imwgIadl: {
    id: "frailty.imwg.iadl",
    citation: "palumbo-2015-blood-frailty",
    text: "IMWG frailty, Lawton IADL (0-8): > 5 0 points, <= 5 1 point (UNVERIFIED)",
    evidence: "unverified",
  },
  imwgGroups: {
    id: "frailty.imwg.groups",
    citation: "palumbo-2015-blood-frailty",
    text: "IMWG frailty total 0-5: 0 fit, 1 intermediate fitness, >= 2 frail; any item missing: not computable",
    evidence: "verified",
  },
  simplifiedAge: {
    id: "frailty.simplified.age",
    citation: "facon-2020-leukemia",
    text: "Simplified frailty, age: <= 75 years 0, 76-80 1, > 80 2",
    evidence: "secondary",
  },
  simplifiedCharlson: {
    id: "frailty.simplified.charlson",
    citation: "facon-2020-leukemia",
    text: "Simplified frailty, Charlson comorbidity index: <= 1 0, > 1 1",
    evidence: "secondary",
  },
  simplifiedEcog: {
    id: "frailty.simplified.ecog",
    citation: "facon-2020-leukemia",
    text: "Simplified frailty, ECOG performance status: 0 0, 1 1, >= 2 2",
    evidence: "secondary",
  },
  simplifiedGroups: {
    id: "frailty.simplified.groups",
    citation: "facon-2020-leukemia",
    text: "Simplified frailty total 0-1 non-frail, >= 2 frail",
    evidence: "secondary",
  },
});

export interface FrailtyInput {
  age: number | null;
  charlson: number | null;
  adl: number | null;
  iadl: number | null;
  ecog: number | null;
}

export interface ImwgFrailtyResult {
  score: number | null;
  group: "fit" | "intermediate" | "frail" | null;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export interface SimplifiedFrailtyResult {
  score: number | null;
  group: "non-frail" | "frail" | null;
  /** Lowest and highest total possible given what is known (equal when the score is known). */
  scoreRange: [number, number];
  rules: RuleTrace[];
  missing: MissingInput[];
}

/** Age points shared by both scales. Age bands are in completed years: 75.9 is "75", 80.5 is "80". */
function agePoints(age: number): number {
  const years = Math.floor(age);
  return years > 80 ? 2 : years >= 76 ? 1 : 0;
}

const valid = (v: number | null): number | null => {
  const f = finite(v);
  return f !== null && f >= 0 ? f : null;
};

/**
 * IMWG frailty score (Palumbo et al., Blood 2015): age, Charlson, Katz ADL and Lawton IADL; 0 fit,
 * 1 intermediate, >= 2 frail. Any missing item makes it not computable (ADL/IADL are never imputed
 * as normal). The item cut-points are UNVERIFIED in the reference and carry that evidence.
 * @example calculateImwgFrailty({ age: 78, charlson: 1, adl: 6, iadl: 8, ecog: null }) // score 1, intermediate
 */
export function calculateImwgFrailty(
  input: FrailtyInput,
  /** codesOnly: no rule traces (the compact view and the situation read the group and what is missing). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): ImwgFrailtyResult {
  const need = "IMWG frailty score";
  const age = valid(input.age);
  const cci = valid(input.charlson);
  const adl = valid(input.adl);
  const iadl = valid(input.iadl);
  const missing: MissingInput[] = [];
  if (age === null) missing.push({ field: "patient.age", neededFor: need });
  if (cci === null) missing.push({ field: "fitness.charlson", neededFor: need });
  if (adl === null) missing.push({ field: "fitness.adl", neededFor: need });
  if (iadl === null) missing.push({ field: "fitness.iadl", neededFor: need });
  if (age === null || cci === null || adl === null || iadl === null)
    return { score: null, group: null, rules: [], missing };
  const points = {
    age: agePoints(age),
    charlson: cci >= 2 ? 1 : 0,
    adl: adl <= 4 ? 1 : 0,
    iadl: iadl <= 5 ? 1 : 0,
  };
  const score = points.age + points.charlson + points.adl + points.iadl;
  const group = score === 0 ? "fit" : score === 1 ? "intermediate" : "frail";
  if (codesOnly) return { score, group, rules: [], missing: [] };
  return {
    score,
    group,
    rules: [
      trace(FRAILTY_RULES.imwgGroups, { score, group }),
      trace(FRAILTY_RULES.imwgAge, { age, points: points.age }),
      trace(FRAILTY_RULES.imwgCharlson, { charlson: cci, points: points.charlson }),
      trace(FRAILTY_RULES.imwgAdl, { adl, points: points.adl }),
      trace(FRAILTY_RULES.imwgIadl, { iadl, points: points.iadl }),
    ],
    missing: [],
  };
}

/**
 * Simplified frailty scale (Facon et al., Leukemia 2020): age, Charlson and ECOG; 0-1 non-frail,
 * >= 2 frail. With an item missing, the group is still given when the known items already reach 2
 * (frail whatever the rest); otherwise it is null with the missing items named.
 * @example calculateSimplifiedFrailty({ age: 82, charlson: 0, adl: null, iadl: null, ecog: 0 }) // score 2, frail
 */
export function calculateSimplifiedFrailty(input: FrailtyInput): SimplifiedFrailtyResult {
  const need = "simplified frailty scale";
  const age = valid(input.age);
  const cci = valid(input.charlson);
  const ecog = valid(input.ecog);
  const rules: RuleTrace[] = [];
  const missing: MissingInput[] = [];
  let lo = 0;
  let hi = 0;
  const add = (points: number | null, maxPoints: number, t: RuleTrace | null, field: string) => {
    if (points === null || t === null) {
      hi += maxPoints;
      missing.push({ field, neededFor: need });
      return;
    }
    lo += points;
    hi += points;
    rules.push(t);
  };
  const ap = age === null ? null : agePoints(age);
  add(ap, 2, age === null ? null : trace(FRAILTY_RULES.simplifiedAge, { age, points: ap }), "patient.age");
  const cp = cci === null ? null : cci > 1 ? 1 : 0;
  add(
    cp,
    1,
    cci === null ? null : trace(FRAILTY_RULES.simplifiedCharlson, { charlson: cci, points: cp }),
    "fitness.charlson",
  );
  const ep = ecog === null ? null : ecog >= 2 ? 2 : ecog >= 1 ? 1 : 0;
  add(
    ep,
    2,
    ecog === null ? null : trace(FRAILTY_RULES.simplifiedEcog, { ecog, points: ep }),
    "fitness.ecog",
  );
  const groupOf = (s: number) => (s >= 2 ? "frail" : "non-frail") as "frail" | "non-frail";
  const scoreRange: [number, number] = [lo, hi];
  if (groupOf(lo) !== groupOf(hi)) return { score: null, group: null, scoreRange, rules, missing };
  const group = groupOf(lo);
  return {
    score: lo === hi && missing.length === 0 ? lo : null,
    group,
    scoreRange,
    rules: [trace(FRAILTY_RULES.simplifiedGroups, { scoreAtLeast: lo, scoreAtMost: hi, group }), ...rules],
    missing: [],
  };
}

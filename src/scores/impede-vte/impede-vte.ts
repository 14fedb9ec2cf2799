/** Clot risk: the IMPEDE VTE score (Sanfilippo, Am J Hematol 2019), as a range when items are unknown. */
import { defineRules, type RuleDef, type RuleTrace, trace } from "../../model/trace.js";
import { finite } from "../compare.js";

const CITATION = "sanfilippo-2019-ajh" as const;
/** treatments.md 7c: the point table was checked in the ASH-SAP and Blood review tables (the original
 * paper was not reachable), so the items are secondary; the anticoagulant item is disputed. */
const item = (id: string, text: string): RuleDef => ({
  id: `impede-vte.${id}`,
  citation: CITATION,
  text: `IMPEDE VTE: ${text}`,
  evidence: "secondary",
});

export const IMPEDE_VTE_RULES = defineRules({
  imid: item("imid", "immunomodulatory drug +4"),
  bmi: item("bmi", "BMI >= 25 kg/m2 +1"),
  fracture: item("fracture", "pelvic, hip or femur fracture +4"),
  esa: item("esa", "erythropoiesis-stimulating agent +1"),
  dexamethasone: item(
    "dexamethasone",
    "dexamethasone high-dose (> 160 mg/month) +4, low-dose (<= 160 mg/month) +2",
  ),
  doxorubicin: item("doxorubicin", "doxorubicin +3"),
  ethnicity: item("ethnicity", "ethnicity Asian / Pacific Islander -3"),
  vteHistory: item("vte-history", "VTE history +5"),
  cvc: item("cvc", "tunneled line / central venous catheter +2"),
  prophylaxis: item("prophylaxis", "existing thromboprophylaxis (prophylactic LMWH or aspirin) -3"),
  anticoagulant: {
    id: "impede-vte.anticoagulant",
    citation: CITATION,
    text: "IMPEDE VTE: existing therapeutic LMWH / warfarin (anticoagulant) -4 (Blood review table, majority) vs -5 (ASH-SAP table): sources disagree, the original paper not seen; both are kept as a range",
    evidence: "unverified",
  },
  groups: item(
    "groups",
    "low <= 3 (6-month VTE 3.3%), intermediate 4-7 (8.3%), high >= 8 (15.2%); with items unknown, the group is given only when every completion falls in one band",
  ),
});

export type ImpedeVteItem =
  | "imid"
  | "bmi"
  | "pelvic-hip-femur-fracture"
  | "esa"
  | "dexamethasone"
  | "doxorubicin"
  | "asian-pacific-islander"
  | "vte-history"
  | "tunneled-line-or-cvc"
  | "existing-prophylaxis";

/** Each item: known (true/false, a value) or null (not known, never taken as absent). */
export interface ImpedeVteInput {
  imid: boolean | null;
  /** kg/m2 */
  bmi: number | null;
  pelvicHipFemurFracture: boolean | null;
  esa: boolean | null;
  /** Dose group: low <= 160 mg/month, high > 160 mg/month; "dose-unknown" = given, group not known. */
  dexamethasone: "none" | "low" | "high" | "dose-unknown" | null;
  doxorubicin: boolean | null;
  asianPacificIslander: boolean | null;
  vteHistory: boolean | null;
  tunneledLineOrCvc: boolean | null;
  /** Existing thromboprophylaxis: prophylactic LMWH or aspirin, or a therapeutic anticoagulant. */
  existingProphylaxis: "none" | "prophylactic" | "therapeutic" | null;
}

export type ImpedeVteGroup = "low" | "intermediate" | "high";

export interface ImpedeVteResult {
  /** The score when every item is known and undisputed; else null (see scoreRange). */
  score: number | null;
  /** Lowest and highest totals over every completion of the unknown items (and both readings of the
   * disputed anticoagulant points): equal when the score is known. */
  scoreRange: [number, number];
  /** Given only when the whole range falls in one band. */
  group: ImpedeVteGroup | null;
  /** True when the disputed anticoagulant item (-4 vs -5) may apply. */
  anticoagulantDisputed: boolean;
  /** Items the input did not know, in the table's order. */
  unknown: ImpedeVteItem[];
  rules: RuleTrace[];
}

/** IMPEDE VTE bands (treatments.md 7c). */
export function impedeVteGroup(score: number): ImpedeVteGroup {
  return score >= 8 ? "high" : score >= 4 ? "intermediate" : "low";
}

/**
 * IMPEDE VTE (Sanfilippo et al., Am J Hematol 2019;94:1176): IMiD +4, BMI >= 25 +1, pelvic/hip/femur
 * fracture +4, ESA +1, dexamethasone high-dose +4 / low-dose +2, doxorubicin +3, Asian/Pacific Islander
 * -3, VTE history +5, tunneled line/CVC +2, existing prophylaxis -3 or anticoagulant -4 (disputed -5).
 * An unknown item is never taken as absent: the score becomes a range over its possible points (items
 * that lower the score lower the bottom of the range), and the group is given only when the range falls
 * in one band.
 * @example calculateImpedeVte({ imid: true, bmi: 22, pelvicHipFemurFracture: false, esa: false,
 *   dexamethasone: "low", doxorubicin: false, asianPacificIslander: false, vteHistory: false,
 *   tunneledLineOrCvc: false, existingProphylaxis: "none" }) // score 6, intermediate
 */
export function calculateImpedeVte(
  input: ImpedeVteInput,
  /** codesOnly: no rule traces (the compact view reads none of this score; the engine reads the group). */
  { codesOnly = false }: { codesOnly?: boolean } = {},
): ImpedeVteResult {
  const R = IMPEDE_VTE_RULES;
  const rules: RuleTrace[] = [];
  const unknown: ImpedeVteItem[] = [];
  let lo = 0;
  let hi = 0;
  /** An item with its possible points: one value when known, [min, max] when not. */
  const add = (
    name: ImpedeVteItem,
    rule: RuleDef,
    inputs: RuleTrace["inputs"],
    points: readonly [number, number] | null,
    possible: readonly [number, number],
  ) => {
    const [a, b] = points ?? possible;
    lo += a;
    hi += b;
    // Known but with a range of points: the dexamethasone dose group is unknown; the anticoagulant's
    // points are disputed, not unknown.
    if (points === null || (a !== b && name === "dexamethasone")) unknown.push(name);
    if (codesOnly) return;
    rules.push(
      trace(rule, {
        ...inputs,
        ...(points === null
          ? { points: null, pointsAtLeast: a, pointsAtMost: b }
          : a === b
            ? { points: a }
            : { points: null, pointsAtLeast: a, pointsAtMost: b }),
      }),
    );
  };
  const yesNo = (v: boolean | null, p: number): readonly [number, number] | null =>
    v === null ? null : v ? [p, p] : [0, 0];
  const span = (p: number): readonly [number, number] => (p < 0 ? [p, 0] : [0, p]);

  add("imid", R.imid, { imid: input.imid }, yesNo(input.imid, 4), span(4));
  const bmi = finite(input.bmi);
  add(
    "bmi",
    R.bmi,
    { bmiKgM2: bmi === null ? null : Math.round(bmi * 10) / 10 },
    bmi === null || bmi <= 0 ? null : bmi >= 25 ? [1, 1] : [0, 0],
    span(1),
  );
  add(
    "pelvic-hip-femur-fracture",
    R.fracture,
    { pelvicHipFemurFracture: input.pelvicHipFemurFracture },
    yesNo(input.pelvicHipFemurFracture, 4),
    span(4),
  );
  add("esa", R.esa, { esa: input.esa }, yesNo(input.esa, 1), span(1));
  const dex = input.dexamethasone;
  add(
    "dexamethasone",
    R.dexamethasone,
    { dexamethasone: dex },
    dex === null ? null : dex === "none" ? [0, 0] : dex === "low" ? [2, 2] : dex === "high" ? [4, 4] : [2, 4],
    [0, 4],
  );
  add("doxorubicin", R.doxorubicin, { doxorubicin: input.doxorubicin }, yesNo(input.doxorubicin, 3), span(3));
  add(
    "asian-pacific-islander",
    R.ethnicity,
    { asianPacificIslander: input.asianPacificIslander },
    yesNo(input.asianPacificIslander, -3),
    span(-3),
  );
  add("vte-history", R.vteHistory, { vteHistory: input.vteHistory }, yesNo(input.vteHistory, 5), span(5));
  add(
    "tunneled-line-or-cvc",
    R.cvc,
    { tunneledLineOrCvc: input.tunneledLineOrCvc },
    yesNo(input.tunneledLineOrCvc, 2),
    span(2),
  );
  const p = input.existingProphylaxis;
  // One item with three answers (the Blood table: "-4 (-3 if prophylactic)"); the therapeutic points are
  // disputed (-4 vs -5), so both are kept.
  const anticoagulantDisputed = p === null || p === "therapeutic";
  add(
    "existing-prophylaxis",
    anticoagulantDisputed ? R.anticoagulant : R.prophylaxis,
    { existingProphylaxis: p },
    p === null ? null : p === "none" ? [0, 0] : p === "prophylactic" ? [-3, -3] : [-5, -4],
    [-5, 0],
  );

  const scoreRange: [number, number] = [lo, hi];
  const group = impedeVteGroup(lo) === impedeVteGroup(hi) ? impedeVteGroup(lo) : null;
  const score = lo === hi ? lo : null;
  return {
    score,
    scoreRange,
    group,
    anticoagulantDisputed,
    unknown,
    rules: codesOnly ? rules : [trace(R.groups, { scoreAtLeast: lo, scoreAtMost: hi, group }), ...rules],
  };
}

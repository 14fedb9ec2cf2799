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
  const t: Tally = { lo: 0, hi: 0, unknown: [], rules: codesOnly ? null : [] };

  addYesNo(t, "imid", input.imid, 4, R.imid, IN.imid);
  const bmi = finite(input.bmi);
  const bmiUnknown = bmi === null || bmi <= 0;
  const bmiPoints = !bmiUnknown && bmi >= 25 ? 1 : 0;
  addItem(
    t,
    "bmi",
    bmiUnknown,
    bmiPoints,
    bmiUnknown ? 1 : bmiPoints,
    R.bmi,
    IN.bmiKgM2,
    bmi === null ? null : Math.round(bmi * 10) / 10,
  );
  addYesNo(
    t,
    "pelvic-hip-femur-fracture",
    input.pelvicHipFemurFracture,
    4,
    R.fracture,
    IN.pelvicHipFemurFracture,
  );
  addYesNo(t, "esa", input.esa, 1, R.esa, IN.esa);
  const dex = input.dexamethasone;
  // Known but with a range of points: the dose group is unknown ("dose-unknown"), so the item is too.
  addItem(
    t,
    "dexamethasone",
    dex === null || dex === "dose-unknown",
    dex === null || dex === "none" ? 0 : dex === "high" ? 4 : 2,
    dex === "none" ? 0 : dex === "low" ? 2 : 4,
    R.dexamethasone,
    IN.dexamethasone,
    dex,
  );
  addYesNo(t, "doxorubicin", input.doxorubicin, 3, R.doxorubicin, IN.doxorubicin);
  addYesNo(t, "asian-pacific-islander", input.asianPacificIslander, -3, R.ethnicity, IN.asianPacificIslander);
  addYesNo(t, "vte-history", input.vteHistory, 5, R.vteHistory, IN.vteHistory);
  addYesNo(t, "tunneled-line-or-cvc", input.tunneledLineOrCvc, 2, R.cvc, IN.tunneledLineOrCvc);
  const p = input.existingProphylaxis;
  // One item with three answers (the Blood table: "-4 (-3 if prophylactic)"); the therapeutic points are
  // disputed (-4 vs -5), so both are kept: a range, though the item is known.
  const anticoagulantDisputed = p === null || p === "therapeutic";
  addItem(
    t,
    "existing-prophylaxis",
    p === null,
    p === "none" ? 0 : p === "prophylactic" ? -3 : -5,
    p === "prophylactic" ? -3 : p === "therapeutic" ? -4 : 0,
    anticoagulantDisputed ? R.anticoagulant : R.prophylaxis,
    IN.existingProphylaxis,
    p,
  );

  const { lo, hi } = t;
  const group = impedeVteGroup(lo) === impedeVteGroup(hi) ? impedeVteGroup(lo) : null;
  return {
    score: lo === hi ? lo : null,
    scoreRange: [lo, hi],
    group,
    anticoagulantDisputed,
    unknown: t.unknown,
    rules:
      t.rules === null ? [] : [trace(R.groups, { scoreAtLeast: lo, scoreAtMost: hi, group }), ...t.rules],
  };
}

/** The running total of calculateImpedeVte: the range so far, the items not known, and the rule traces
 * (null in codes-only mode). One object a call, filled by the functions below, rather than closures over
 * the totals and a pair of points per item: the score runs for every patient an IMiD is given or may be. */
interface Tally {
  lo: number;
  hi: number;
  unknown: ImpedeVteItem[];
  rules: RuleTrace[] | null;
}

type Value = string | number | boolean | null;
/** An item's trace inputs: its input `value`, then its points (or, when they span a range, null and the
 * range). */
type InputsOf = (value: Value, a: number, b: number) => RuleTrace["inputs"];

/** Each item's trace inputs, written as literals: built with the input's name as a computed key
 * (`{ [key]: value }`), every item took the runtime's slow path, the costliest line of the score. */
const IN = {
  imid: (v, a, b) =>
    a === b ? { imid: v, points: a } : { imid: v, points: null, pointsAtLeast: a, pointsAtMost: b },
  bmiKgM2: (v, a, b) =>
    a === b ? { bmiKgM2: v, points: a } : { bmiKgM2: v, points: null, pointsAtLeast: a, pointsAtMost: b },
  pelvicHipFemurFracture: (v, a, b) =>
    a === b
      ? { pelvicHipFemurFracture: v, points: a }
      : { pelvicHipFemurFracture: v, points: null, pointsAtLeast: a, pointsAtMost: b },
  esa: (v, a, b) =>
    a === b ? { esa: v, points: a } : { esa: v, points: null, pointsAtLeast: a, pointsAtMost: b },
  dexamethasone: (v, a, b) =>
    a === b
      ? { dexamethasone: v, points: a }
      : { dexamethasone: v, points: null, pointsAtLeast: a, pointsAtMost: b },
  doxorubicin: (v, a, b) =>
    a === b
      ? { doxorubicin: v, points: a }
      : { doxorubicin: v, points: null, pointsAtLeast: a, pointsAtMost: b },
  asianPacificIslander: (v, a, b) =>
    a === b
      ? { asianPacificIslander: v, points: a }
      : { asianPacificIslander: v, points: null, pointsAtLeast: a, pointsAtMost: b },
  vteHistory: (v, a, b) =>
    a === b
      ? { vteHistory: v, points: a }
      : { vteHistory: v, points: null, pointsAtLeast: a, pointsAtMost: b },
  tunneledLineOrCvc: (v, a, b) =>
    a === b
      ? { tunneledLineOrCvc: v, points: a }
      : { tunneledLineOrCvc: v, points: null, pointsAtLeast: a, pointsAtMost: b },
  existingProphylaxis: (v, a, b) =>
    a === b
      ? { existingProphylaxis: v, points: a }
      : { existingProphylaxis: v, points: null, pointsAtLeast: a, pointsAtMost: b },
} as const satisfies Record<string, InputsOf>;

/** Adds item `name`, worth `a` to `b` points (equal when known and undisputed), to the tally; `unknown`
 * when the input did not know it. Its trace shows the input with `value` and the points (`inputs`). */
function addItem(
  t: Tally,
  name: ImpedeVteItem,
  unknown: boolean,
  a: number,
  b: number,
  rule: RuleDef,
  inputs: InputsOf,
  value: Value,
): void {
  t.lo += a;
  t.hi += b;
  if (unknown) t.unknown.push(name);
  if (t.rules === null) return;
  t.rules.push(trace(rule, inputs(value, a, b)));
}

/** Adds a yes/no item worth `p` points: p or 0 when known; when not, anything from the lower to the
 * higher of the two (items that lower the score lower the bottom of the range). */
function addYesNo(
  t: Tally,
  name: ImpedeVteItem,
  v: boolean | null,
  p: number,
  rule: RuleDef,
  inputs: InputsOf,
): void {
  const a = v === null ? Math.min(p, 0) : v ? p : 0;
  const b = v === null ? Math.max(p, 0) : v ? p : 0;
  addItem(t, name, v === null, a, b, rule, inputs, v);
}

/** IMWG 2016 clinical relapse: the items, apart from the PD criteria, that mark a relapse with clinical
 * signs (criteria-and-scores.md 6.2 "Clinical relapse" row; kumar-2016-lancet-oncol, secondary). Each item
 * is met, known absent or not known, read from the dated values around the progression: a missing item is
 * never taken as absent. */
import type { CitationId } from "../model/bibliography/index.js";
import type { Facts, Measured, SeriesValue } from "../model/facts.js";
import { defineRules, type MissingInput, type RuleDef, type RuleTrace, trace } from "../model/trace.js";
import { compareDates } from "./dates.js";

/** The items of the clinical-relapse row, in its order. */
export type ClinicalRelapseItemId =
  | "new-lesion"
  | "hypercalcaemia"
  | "hemoglobin-fall"
  | "creatinine-rise"
  | "hyperviscosity";

/** A dated value an item read. */
export interface DatedValue {
  date: string | null;
  value: number;
}

/** One item: `met` true (met), false (known absent) or null (not known, with the fields that would tell). */
export interface ClinicalRelapseItem {
  id: ClinicalRelapseItemId;
  met: boolean | null;
  ruleId: string;
  /** The value the item was compared from (creatinine at the start of the line; for Hb the highest of the
   * start value and the values before the progression); null when not used or not recorded. */
  before: DatedValue | null;
  /** The value after the progression that decided the item (the highest calcium or creatinine, the lowest
   * Hb); null when none is recorded. */
  after: DatedValue | null;
  /** Why the item is not known: the record fields that would tell; empty when known, but for a creatinine rise met
   * by the values whose cause the team has not recorded: its attribution, asked (review c77-W1). */
  missing: MissingInput[];
  /** The creatinine-rise item, its rise met by the values: the team's attribution of the kidney impairment to the
   * myeloma as recorded (conditions.kidneyImpairmentFromMyeloma): true makes the item met outright, false leaves the
   * rise uncounted (criteria-and-scores.md 6.2: "attributable to myeloma"). Absent when not recorded or not read. */
  attribution?: boolean;
  /** The creatinine-rise item on dialysis (recorded), not decided by the values: creatinine no longer measures the
   * kidney, so the item is not assessable; the recorded dialysis is not asked again (review c77-m1). */
  onDialysis?: true;
}

/** The clinical-relapse reading of a progression. */
export interface ClinicalRelapse {
  /** true: at least one item met; false: every item known absent; null: none met, some not known. */
  met: boolean | null;
  /** The date the items after progression are read from (the progression date). */
  from: string | null;
  /** The date of the imaging the new-lesion item read; null when undated or not done. */
  imagingDate: string | null;
  items: ClinicalRelapseItem[];
  citations: CitationId[];
  /** secondary: the 2016 wording is seen only as reproduced in a guideline summary (UNVERIFIED). */
  evidence: RuleDef["evidence"];
}

// criteria-and-scores.md 6.2: the 2016 values, which the reference says to encode (older tables differ:
// hypercalcaemia >= 11.5 mg/dL and an Hb fall to < 10 g/dL in a Blood relapse-treatment table [37]).
export const CALCIUM_ABOVE_MG_DL = 11;
const HB_FALL_G_DL = 2;
const CREATININE_RISE_MG_DL = 2;

export const CLINICAL_RELAPSE_RULES = defineRules({
  newLesion: {
    id: "imwg2016.clinical-relapse.new-lesion",
    citation: "kumar-2016-lancet-oncol",
    text: "Clinical relapse: new soft-tissue plasmacytoma or bone lesion (osteoporotic fractures do not count), on imaging after the progression",
    evidence: "secondary",
  },
  hypercalcaemia: {
    id: "imwg2016.clinical-relapse.hypercalcaemia",
    citation: "kumar-2016-lancet-oncol",
    text: "Clinical relapse: hypercalcaemia (calcium > 11 mg/dL)",
    evidence: "secondary",
  },
  hemoglobinFall: {
    id: "imwg2016.clinical-relapse.hemoglobin-fall",
    citation: "kumar-2016-lancet-oncol",
    text: "Clinical relapse: haemoglobin fall >= 2 g/dL not due to therapy or other causes",
    evidence: "secondary",
  },
  creatinineRise: {
    id: "imwg2016.clinical-relapse.creatinine-rise",
    citation: "kumar-2016-lancet-oncol",
    text: "Clinical relapse: creatinine rise >= 2 mg/dL from the start of therapy, attributable to myeloma",
    evidence: "secondary",
  },
  hyperviscosity: {
    id: "imwg2016.clinical-relapse.hyperviscosity",
    citation: "kumar-2016-lancet-oncol",
    text: "Clinical relapse: hyperviscosity from the paraprotein",
    evidence: "secondary",
  },
});

const R = CLINICAL_RELAPSE_RULES;

/** Hyperviscosity not recorded either way: asked at a confirmed progression (the clinical-relapse item), and in untreated
 * myeloma at diagnosis (engine/assess.ts; review c83-M2, treatments.md 8c: urgent plasmapheresis, and red-cell
 * transfusion waits until viscosity is reduced). */
export const HYPERVISCOSITY_QUESTION = {
  field: "conditions.hyperviscosity",
  what: "hyperviscosity recorded as present or absent",
} as const;

/** A field an item lacks, for the response's missing data. */
const need = (field: string, what: string): MissingInput => ({
  field,
  neededFor: `IMWG clinical relapse (${what})`,
});

/** The record field of the team's attribution of the kidney impairment to the myeloma: the one question, asked for
 * the renal criterion at diagnosis (knowledge situation fact kidneyImpairmentFromMyeloma) and for the clinical-relapse
 * creatinine rise (review c77-W1). */
export const KIDNEY_ATTRIBUTION_FIELD = "conditions.kidneyImpairmentFromMyeloma";

/** The dated values of a series plus the record's lab when it is dated, up to asOf. */
function dated(series: readonly SeriesValue[], lab: Measured | null, asOf: string): DatedValue[] {
  const out: DatedValue[] = [];
  for (const p of series) if (compareDates(p.date, asOf) <= 0) out.push({ date: p.date, value: p.value });
  if (lab?.date && compareDates(lab.date, asOf) <= 0) out.push({ date: lab.date, value: lab.value });
  return out;
}

const onOrAfter = (xs: DatedValue[], d: string) => xs.filter((p) => compareDates(p.date!, d) >= 0);
/** The last value on or before `d` (the latest date; the highest value of that date). */
function lastOnOrBefore(xs: DatedValue[], d: string): DatedValue | null {
  let found: DatedValue | null = null;
  for (const p of xs) {
    if (compareDates(p.date!, d) > 0) continue;
    const c = found === null ? -1 : compareDates(p.date!, found.date!);
    if (c > 0 || (c === 0 && p.value > found!.value) || found === null) found = p;
  }
  return found;
}
const highest = (xs: DatedValue[]) =>
  xs.reduce<DatedValue | null>((m, p) => (m === null || p.value > m.value ? p : m), null);
const lowest = (xs: DatedValue[]) =>
  xs.reduce<DatedValue | null>((m, p) => (m === null || p.value < m.value ? p : m), null);

function item(
  id: ClinicalRelapseItemId,
  rule: RuleDef,
  met: boolean | null,
  before: DatedValue | null,
  after: DatedValue | null,
  missing: MissingInput[],
): ClinicalRelapseItem {
  return { id, met, ruleId: rule.id, before, after, missing: met === null ? missing : [] };
}

/**
 * The clinical-relapse items of a progression on the line that started `lineStart`, read after
 * `progressionDate` (null: not known when, so the lab items are not known).
 * @example assessClinicalRelapse(facts, "2023-01-10", "2026-09-01").met // false when all five are absent
 */
export function assessClinicalRelapse(
  facts: Facts,
  lineStart: string,
  progressionDate: string | null,
): ClinicalRelapse {
  const { asOf, series, labs, imaging, conditions } = facts;
  const items: ClinicalRelapseItem[] = [];

  // New lesion: imaging showing new lesions since the line began is met; imaging without new lesions
  // tells they are absent only when it was done on or after the progression.
  {
    const d = imaging.date;
    const met =
      imaging.newLesions === true && (d === null || compareDates(d, lineStart) >= 0)
        ? true
        : imaging.newLesions === false &&
            d !== null &&
            progressionDate !== null &&
            compareDates(d, progressionDate) >= 0
          ? false
          : null;
    const missing = [
      imaging.newLesions === null
        ? need("imaging.newLesions", "imaging after the progression")
        : need("imaging.date", "imaging dated on or after the progression"),
    ];
    items.push(item("new-lesion", R.newLesion, met, null, null, missing));
  }

  // Hypercalcaemia: any calcium after the progression above 11 mg/dL; the record's undated calcium (today's)
  // counts only when above it (undated, it cannot show the calcium after the progression was normal).
  {
    const all = dated(series.calcium, labs.calcium, asOf);
    const after = progressionDate === null ? [] : onOrAfter(all, progressionDate);
    const top = highest(after);
    const undatedHigh =
      labs.calcium !== null && labs.calcium.date === null && labs.calcium.value > CALCIUM_ABOVE_MG_DL
        ? { date: null, value: labs.calcium.value }
        : null;
    const met =
      undatedHigh !== null || (top !== null && top.value > CALCIUM_ABOVE_MG_DL)
        ? true
        : top !== null
          ? false
          : null;
    items.push(
      item("hypercalcaemia", R.hypercalcaemia, met, null, undatedHigh ?? top, [
        need("series.calcium", "a calcium dated on or after the progression"),
      ]),
    );
  }

  // Haemoglobin fall: the criteria give no reference value. Read from the value at the start of the line
  // (as the creatinine item is) and from every value between the start and the progression: met when the
  // lowest value after the progression is >= 2 g/dL below any of them (a fall from remission is not
  // missed); known absent only when it is below none of them and the start value is recorded.
  {
    const all = dated(series.hemoglobin, labs.hemoglobin, asOf);
    const atStart = lastOnOrBefore(all, lineStart);
    const before =
      progressionDate === null
        ? []
        : all.filter(
            (p) => compareDates(p.date!, lineStart) > 0 && compareDates(p.date!, progressionDate) < 0,
          );
    const ref = highest(atStart ? [atStart, ...before] : before);
    const after = progressionDate === null ? [] : onOrAfter(all, progressionDate);
    const low = lowest(after);
    const fall = ref !== null && low !== null ? ref.value - low.value : null;
    const met =
      fall !== null && fall >= HB_FALL_G_DL - 1e-9 ? true : fall !== null && atStart !== null ? false : null;
    const missing = [
      ...(atStart === null ? [need("series.hemoglobin", "a haemoglobin on or before the line start")] : []),
      ...(low === null ? [need("series.hemoglobin", "a haemoglobin on or after the progression")] : []),
    ];
    items.push(item("hemoglobin-fall", R.hemoglobinFall, met, ref, low, missing));
  }

  // Creatinine rise from the start of therapy (the line's start); on dialysis creatinine no longer
  // measures the kidney, so the item is not known. The row counts a rise "attributable to myeloma"
  // (criteria-and-scores.md 6.2): the team's attribution, recorded, decides it (review c77-W1: recorded true, the
  // item was still "if the team confirms"); not recorded, it is asked, the item met on the condition.
  {
    const all = dated(series.creatinine, labs.creatinine, asOf);
    const atStart = lastOnOrBefore(all, lineStart);
    const after = progressionDate === null ? [] : onOrAfter(all, progressionDate);
    const top = highest(after);
    const dialysis = conditions.renalFailureOnDialysis === true;
    const rise =
      atStart !== null && top !== null && top.value - atStart.value >= CREATININE_RISE_MG_DL - 1e-9;
    const attribution = conditions.kidneyImpairmentFromMyeloma;
    const met = rise ? attribution !== false : atStart !== null && top !== null && !dialysis ? false : null;
    // Review c77-m1: the recorded dialysis is not asked again; the item says it is not assessable.
    const missing = [
      ...(atStart === null ? [need("series.creatinine", "a creatinine on or before the line start")] : []),
      ...(top === null ? [need("series.creatinine", "a creatinine on or after the progression")] : []),
    ];
    const i = item("creatinine-rise", R.creatinineRise, met, atStart, top, missing);
    if (rise && attribution !== null) i.attribution = attribution;
    if (rise && attribution === null)
      i.missing = [
        need(KIDNEY_ATTRIBUTION_FIELD, "creatinine rise: whether the team attributes it to the myeloma"),
      ];
    if (dialysis && met === null) i.onDialysis = true;
    items.push(i);
  }

  items.push(
    item("hyperviscosity", R.hyperviscosity, conditions.hyperviscosity, null, null, [
      need(HYPERVISCOSITY_QUESTION.field, HYPERVISCOSITY_QUESTION.what),
    ]),
  );

  const met = items.some((i) => i.met === true) ? true : items.every((i) => i.met === false) ? false : null;
  return {
    met,
    from: progressionDate,
    imagingDate: imaging.date,
    items,
    citations: ["kumar-2016-lancet-oncol"],
    evidence: "secondary",
  };
}

const ITEM_WORDS: Record<ClinicalRelapseItemId, string> = {
  "new-lesion": "new plasmacytoma or bone lesion",
  hypercalcaemia: "calcium > 11 mg/dL",
  "hemoglobin-fall": "haemoglobin fall >= 2 g/dL",
  "creatinine-rise": "creatinine rise >= 2 mg/dL from the line start",
  hyperviscosity: "hyperviscosity",
};
const num = (v: number) => String(Math.round(v * 100) / 100);
const at = (p: DatedValue | null, unit: string) =>
  p === null ? "" : `${num(p.value)} ${unit}${p.date ? ` on ${p.date}` : " (undated)"}`;

function valuesOf(i: ClinicalRelapseItem): string {
  switch (i.id) {
    case "hypercalcaemia":
      return at(i.after, "mg/dL");
    case "hemoglobin-fall":
      return i.before && i.after ? `${at(i.before, "g/dL")} -> ${at(i.after, "g/dL")}` : "";
    case "creatinine-rise":
      return i.before && i.after ? `${at(i.before, "mg/dL")} -> ${at(i.after, "mg/dL")}` : "";
    default:
      return "";
  }
}

/** Why the creatinine-rise item is not assessable on dialysis (review c77-m1). */
const ON_DIALYSIS = "on dialysis, creatinine does not measure the kidney";
/** The creatinine rise the team records as not due to the myeloma (review c77-W1). */
const NOT_ATTRIBUTED = "recorded as not due to the myeloma, so not counted";

/** One item in the clinician's words: "haemoglobin fall >= 2 g/dL: no (11.8 g/dL on ... -> 13.1 g/dL on ...)". */
export function clinicalRelapseItemWords(i: ClinicalRelapseItem, imagingDate: string | null = null): string {
  const v =
    i.id === "new-lesion" && i.met !== null && imagingDate ? `imaging of ${imagingDate}` : valuesOf(i);
  const dialysis = i.onDialysis ? `; ${ON_DIALYSIS}` : "";
  const state =
    i.met === true
      ? "MET"
      : i.met === false
        ? "no"
        : i.missing.length === 0 && i.onDialysis
          ? `not assessable (${ON_DIALYSIS})`
          : `not known (needs ${i.missing.map((m) => `${m.field}: ${m.neededFor.replace(/^IMWG clinical relapse \((.*)\)$/, "$1")}`).join("; ")}${dialysis})`;
  // Met by the values; the reference's condition on the cause is the team's to confirm, said as a condition
  // (review c22-8: "the team confirms" read as done, beside the kidney alert's "if it is attributable"), unless the
  // team's attribution of the kidney impairment is recorded (review c77-W1).
  const team =
    i.met === true && i.id === "hemoglobin-fall"
      ? "; if the team confirms it is not due to therapy or other causes"
      : i.met === true && i.id === "creatinine-rise"
        ? i.attribution === true
          ? "; attributed to myeloma by the team"
          : "; if the team confirms it is attributable to myeloma"
        : i.attribution === false
          ? `; ${NOT_ATTRIBUTED}`
          : "";
  return `${ITEM_WORDS[i.id]}: ${state}${v ? ` (${v}${team})` : team ? ` (${team.slice(2)})` : ""}`;
}

/** The items whose cause is the team's to confirm (criteria-and-scores 6.2: a haemoglobin fall "not due to
 * therapy or other causes", a creatinine rise "attributable to myeloma"), unless the team's answer is recorded (the
 * creatinine rise, its kidney impairment attributed to the myeloma: review c77-W1). */
const CONDITIONAL_ITEMS: ReadonlySet<ClinicalRelapseItemId> = new Set(["hemoglobin-fall", "creatinine-rise"]);
const conditional = (i: ClinicalRelapseItem) => CONDITIONAL_ITEMS.has(i.id) && i.attribution !== true;

/** "met", or, when every item met is one whose cause the team confirms, "met if the team confirms the cause"
 * (review c23-8: the headline said "met" outright over two conditional items). */
function metWords(cr: ClinicalRelapse): string {
  const met = cr.items.filter((i) => i.met === true);
  return met.length > 0 && met.every(conditional) ? "met if the team confirms the cause" : "met";
}

/** An item's name, with the team's attribution when it leaves the creatinine rise uncounted. */
const nameOf = (i: ClinicalRelapseItem) =>
  i.attribution === false ? `${ITEM_WORDS[i.id]} (${NOT_ATTRIBUTED})` : ITEM_WORDS[i.id];

/** The reading in a few words, for the progression alert: the items met, or those not known. */
export function clinicalRelapseShortWords(cr: ClinicalRelapse): string {
  if (cr.met === true)
    return `Clinical relapse (IMWG 2016): ${metWords(cr)}: ${cr.items
      .filter((i) => i.met === true)
      .map((i) => clinicalRelapseItemWords(i, cr.imagingDate))
      .join("; ")}.`;
  const uncounted = cr.items.some((i) => i.attribution === false)
    ? `; the creatinine rise ${NOT_ATTRIBUTED}`
    : "";
  if (cr.met === false)
    return `Clinical relapse (IMWG 2016): none met (new lesion, calcium, haemoglobin, creatinine and hyperviscosity known absent${uncounted}): a biochemical relapse; the timing of the next line is the team's decision.`;
  const absent = cr.items.filter((i) => i.met === false).map(nameOf);
  // Review c77-m1: the creatinine rise on dialysis is not assessable, not "not recorded".
  const unknown = cr.items.filter((i) => i.met === null);
  const notRecorded = unknown.filter((i) => i.missing.length > 0).map(nameOf);
  const parts = [
    ...(notRecorded.length > 0 ? [`${notRecorded.join(", ")} not recorded`] : []),
    ...(unknown.some((i) => i.onDialysis) ? [`${ITEM_WORDS["creatinine-rise"]}: ${ON_DIALYSIS}`] : []),
  ];
  return `Clinical relapse (IMWG 2016): not known: ${parts.join("; ")}${absent.length > 0 ? ` (absent: ${absent.join(", ")})` : ""}.`;
}

/** The reading's creatinine-rise item (criteria-and-scores.md 6.2); undefined without a reading. */
export function creatinineRiseItem(cr: ClinicalRelapse | null | undefined): ClinicalRelapseItem | undefined {
  return cr?.items.find((x) => x.id === "creatinine-rise");
}

/** Kidney injury from the myeloma at this relapse, as the creatinine-rise item reads it (review c77-W1): true when the
 * rise (>= 2 mg/dL from the line start, criteria-and-scores.md 6.2) is met and the team attributes the kidney
 * impairment to the myeloma; null when it is met by the values and the attribution is not recorded (asked); false
 * otherwise (no confirmed progression, no rise, or the rise recorded as not due to the myeloma). The options' IMWG
 * renal rule (treatments.md 3b VCd row, 8c) and the handout's words read it. */
export function myelomaKidneyInjuryAtRelapse(cr: ClinicalRelapse | null): boolean | null {
  const i = creatinineRiseItem(cr);
  if (i?.met !== true) return false;
  return i.attribution === true ? true : null;
}

/** The reading in the clinician's words (English), one sentence per verdict. */
export function clinicalRelapseWords(cr: ClinicalRelapse): string {
  const items = cr.items.map((i) => clinicalRelapseItemWords(i, cr.imagingDate)).join("; ");
  if (cr.met === true) return `Clinical relapse (IMWG 2016): ${metWords(cr)}: ${items}.`;
  if (cr.met === false)
    return `Clinical relapse (IMWG 2016): none met: ${items}. A biochemical relapse: the timing of the next line is the team's decision (growth of existing lesions is not a record field: the team judges it).`;
  return `Clinical relapse (IMWG 2016): not known (none met, some items not recorded): ${items}.`;
}

const RULE_OF: Record<ClinicalRelapseItemId, RuleDef> = {
  "new-lesion": R.newLesion,
  hypercalcaemia: R.hypercalcaemia,
  "hemoglobin-fall": R.hemoglobinFall,
  "creatinine-rise": R.creatinineRise,
  hyperviscosity: R.hyperviscosity,
};

/** The rules of the items read (for the alert's citations). */
export function clinicalRelapseRules(cr: ClinicalRelapse): RuleDef[] {
  return cr.items.map((i) => RULE_OF[i.id]);
}

/** One trace per item: its verdict and the values it read. */
export function clinicalRelapseTraces(cr: ClinicalRelapse): RuleTrace[] {
  return cr.items.map((i) =>
    trace(RULE_OF[i.id], {
      met: i.met,
      before: i.before?.value ?? null,
      beforeDate: i.before?.date ?? null,
      after: i.after?.value ?? null,
      afterDate: i.after?.date ?? null,
      from: cr.from,
      // The team's attribution the creatinine rise read, when it did (review c77-W1).
      ...(i.attribution === undefined ? {} : { kidneyImpairmentFromMyeloma: i.attribution }),
    }),
  );
}

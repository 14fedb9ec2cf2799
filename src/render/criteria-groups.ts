/** How the IMWG 2014 criteria of an Assessment are grouped for reading, on every surface: the
 * chosen category's own rule and parts, the myeloma-defining events, the other categories' headline
 * rules, anything else; the parts of categories that were ruled out are counted, not listed. */
import type { Assessment } from "../engine/assessment.js";

type Criterion = Assessment["diagnosis"]["criteria"][number];

export interface CriteriaGroups {
  own: Criterion[];
  events: Criterion[];
  otherCategories: Criterion[];
  rest: Criterion[];
  /** Parts of the criteria of categories that were not chosen (kept in the JSON output). */
  otherParts: Criterion[];
}

/** The IMWG 2014 criteria ids that belong to each category (the category's own rule and its parts). */
const CATEGORY_CRITERIA: Partial<Record<string, readonly string[]>> = {
  "multiple-myeloma": ["imwg2014.mm"],
  "smoldering-myeloma": ["imwg2014.smm"],
  mgus: ["imwg2014.mgus"],
  "solitary-plasmacytoma": ["imwg2014.sp"],
  "solitary-plasmacytoma-minimal-marrow": ["imwg2014.sp"],
  "al-amyloidosis": ["imwg2014.al"],
};
const CATEGORY_RULE = /^imwg2014\.(mm|smm|mgus\.[a-z-]+|sp|sp\.minimal-marrow|al)$/;
const CATEGORY_PART = /^imwg2014\.(mm|smm|mgus|sp|al)\./;
const isEvent = (id: string) => /^imwg2014\.(crab|slim)\./.test(id) || id === "imwg2014.mde";
const underAny = (id: string, prefixes: readonly string[]) =>
  prefixes.some((p) => id === p || id.startsWith(`${p}.`));

export const criterionStatus = (c: Criterion): "met" | "not-met" | "unknown" =>
  c.status ?? (c.met === true ? "met" : c.met === false ? "not-met" : "unknown");

const STATUS_ORDER = ["met", "not-met", "unknown"] as const;
/** Met first, then not met, then unknown; the original order within each. */
export const byStatus = (cs: Criterion[]): Criterion[] =>
  STATUS_ORDER.flatMap((s) => cs.filter((c) => criterionStatus(c) === s));

export function groupCriteria(d: Assessment["diagnosis"]): CriteriaGroups {
  const own = CATEGORY_CRITERIA[d.likely ?? d.category] ?? [];
  const g: CriteriaGroups = { own: [], events: [], otherCategories: [], rest: [], otherParts: [] };
  for (const c of d.criteria) {
    if (underAny(c.id, own)) g.own.push(c);
    else if (isEvent(c.id)) g.events.push(c);
    else if (CATEGORY_RULE.test(c.id)) g.otherCategories.push(c);
    else if (CATEGORY_PART.test(c.id)) g.otherParts.push(c);
    else g.rest.push(c);
  }
  return g;
}

/** For a treated record, what its criteria are (review c25-10: Hb 7.4 g/dL three weeks into teclistamab read as
 * "met: CRAB anaemia"): today's values, which treatment changes; the category stays the treated one, and a
 * value changed by treatment is a myeloma-defining event only when attributable to the myeloma (IMWG 2014,
 * criteria-and-scores.md 1.1). Said by the clinician text and the web app. */
export const TREATED_CRITERIA_NOTE =
  "Previously treated: the category stays the treated one. The criteria below read today's values, which treatment changes: a low count or a kidney value on treatment meets a myeloma-defining event only if it is attributable to the myeloma (IMWG 2014), and does not re-decide the diagnosis.";

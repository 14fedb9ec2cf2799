/** What the registry filters on (category, risk group, overdue, progressed), read from an Assessment.
 * Read defensively: `response` and `monitoring` join the Assessment as the engine grows. */
import type { Assessment } from "../engine/assessment.js";
import type { AssessmentSummary, OverdueTest } from "./store.js";

function field(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === "object" ? (obj as Record<string, unknown>)[key] : undefined;
}

/** The risk group that matters for the category: the Mayo 2018 group for smoldering myeloma, and
 * "high" / "standard" by the headline cytogenetic risk for multiple myeloma; otherwise null. */
export function riskGroupOf(a: Assessment): string | null {
  const category = a.diagnosis.likely ?? a.diagnosis.category;
  if (category === "smoldering-myeloma") return a.risk?.smmMayo2018?.group ?? null;
  if (category === "multiple-myeloma") {
    const high = a.risk?.cytogenetic?.highRisk;
    return high === true ? "high" : high === false ? "standard" : null;
  }
  return null;
}

const text = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** The overdue monitoring tests (which test, due since when, last done), or null without a plan. */
export function overdueTestsOf(a: unknown): OverdueTest[] | null {
  const items = field(field(a, "monitoring"), "overdue");
  if (!Array.isArray(items)) return null;
  return items.map((i) => ({
    test: text(field(i, "test")) ?? "",
    due: text(field(i, "due")),
    lastDone: text(field(i, "lastDone")),
  }));
}

export function summarizeAssessment(a: Assessment): AssessmentSummary {
  const overdueTests = overdueTestsOf(a);
  const progression = field(field(a, "response"), "progression");
  return {
    category: a.diagnosis?.category ?? null,
    riskGroup: riskGroupOf(a),
    overdue: overdueTests === null ? null : overdueTests.length > 0,
    progressed: typeof progression === "boolean" ? progression : null,
    overdueTests,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The record's own date: its asOf, else the latest date in its series and treatment history, else
 * null. The registry shows it, so a record from last year does not read as assessed today. */
export function recordDateOf(record: unknown): string | null {
  const asOf = text(field(record, "asOf"));
  if (asOf) return asOf;
  const dates: string[] = [];
  const series = field(record, "series");
  if (series !== null && typeof series === "object") {
    for (const points of Object.values(series)) {
      if (Array.isArray(points)) for (const p of points) dates.push(text(field(p, "date")) ?? "");
    }
  }
  const history = field(record, "treatmentHistory");
  if (Array.isArray(history)) {
    for (const line of history) dates.push(text(field(line, "start")) ?? "", text(field(line, "end")) ?? "");
  }
  const valid = dates
    .filter((d) => ISO_DATE.test(d))
    .map((d) => d.slice(0, 10))
    .sort();
  return valid.at(-1) ?? null;
}

/** What the registry filters on (category, risk group, overdue, progressed), read from an Assessment.
 * Read defensively: `response` and `monitoring` join the Assessment as the engine grows. */
import type { Assessment } from "../engine/assessment.js";
import type { AssessmentSummary } from "./store.js";

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

export function summarizeAssessment(a: Assessment): AssessmentSummary {
  const monitoring = field(a, "monitoring");
  const overdueItems = field(monitoring, "overdue");
  const progression = field(field(a, "response"), "progression");
  return {
    category: a.diagnosis?.category ?? null,
    riskGroup: riskGroupOf(a),
    overdue: Array.isArray(overdueItems) ? overdueItems.length > 0 : null,
    progressed: typeof progression === "boolean" ? progression : null,
  };
}

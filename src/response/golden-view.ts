/** Test helper: a result plus lookup maps of its rule ids, alert ids and missing fields, so a golden
 * case can assert "this rule was applied" without listing every trace. */
export function goldenView<
  T extends { rules: { ruleId: string }[]; missing?: { field: string }[]; alerts?: { id: string }[] },
>(
  r: T,
): T & {
  rulesUsed: Record<string, true>;
  alertIds: Record<string, true>;
  missingFields: Record<string, true>;
} {
  const set = (xs: string[]) => Object.fromEntries(xs.map((x) => [x, true as const]));
  return {
    ...r,
    rulesUsed: set(r.rules.map((x) => x.ruleId)),
    alertIds: set((r.alerts ?? []).map((x) => x.id)),
    missingFields: set((r.missing ?? []).map((x) => x.field)),
  };
}

/** The situation facts of consolidation after a transplant: which induction came before the ASCT (by its
 * drugs) and whether consolidation was given after it. treatments.md 3b-3c: consolidation is built into
 * the D-VRd (PERSEUS) and D-VTd (CASSIOPEIA) protocols, 2 cycles after the ASCT. */
import type { Situation } from "../knowledge/index.js";
import type { TreatmentFact } from "../model/facts.js";
import { canonicalDrugName } from "../response/drug-classes.js";
import type { LinesOfTherapyResult } from "../response/lines.js";

type ConsolidationFacts = Pick<Situation, "asctInduction" | "consolidationGiven">;
const UNKNOWN: ConsolidationFacts = { asctInduction: null, consolidationGiven: null };

/** The quadruplet an induction's drugs make: D-VRd, D-VTd, or another regimen. */
function inductionOf(drugs: ReadonlySet<string>): "D-VRd" | "D-VTd" | "other" {
  if (!drugs.has("daratumumab") || !drugs.has("bortezomib")) return "other";
  if (drugs.has("lenalidomide")) return "D-VRd";
  return drugs.has("thalidomide") ? "D-VTd" : "other";
}

/**
 * Reads the line of the latest transplant started by `asOf`: its induction is the entries before the
 * ASCT (phase "induction", or no phase given); consolidation was given when an entry after the ASCT has
 * phase "consolidation". Both unknown without a transplant (nothing to consolidate) or lines; the
 * induction unknown when none is recorded before the ASCT.
 * @example consolidationFacts(history, lines, "2026-12-01") // { asctInduction: "D-VRd", consolidationGiven: false }
 */
export function consolidationFacts(
  history: readonly TreatmentFact[],
  lines: LinesOfTherapyResult | null,
  asOf: string,
): ConsolidationFacts {
  if (lines === null || !lines.priorAsct) return UNKNOWN;
  let asctLine: readonly number[] | null = null;
  for (const l of lines.lines) if (l.includesAsct && l.start <= asOf) asctLine = l.entries;
  if (asctLine === null) return UNKNOWN;
  const entries: TreatmentFact[] = [];
  for (const i of asctLine) {
    const t = history[i];
    if (t !== undefined && t.start <= asOf) entries.push(t);
  }
  let asct = -1;
  entries.forEach((t, i) => {
    if (t.asct) asct = i;
  });
  if (asct < 0) return UNKNOWN;
  const drugs = new Set<string>();
  for (const t of entries.slice(0, asct))
    if (!t.asct && (t.phase === null || t.phase === "induction"))
      for (const d of t.drugs) drugs.add(canonicalDrugName(d));
  return {
    asctInduction: drugs.size === 0 ? null : inductionOf(drugs),
    consolidationGiven: entries.slice(asct + 1).some((t) => t.phase === "consolidation"),
  };
}

/** Options left out only because the patient has fewer prior lines than the entry requires (review c15-3:
 * a relapsed, triple-class-exposed patient after two lines saw no talquetamab and no word on why), or only
 * because of a finding the entry's evidence excluded (review c23-10: Tec-Dara after cilta-cel). Recorded as
 * data (entry, facts, recorded values, threshold or reason, sources); the clinician words say it. Pure. */

import { compileTruth, type TruthFn } from "../knowledge/conditions.js";
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import type { Situation } from "../knowledge/situation.js";
import type { Condition } from "../knowledge/types.js";
import type { CitationId } from "../model/bibliography/index.js";
import { Truth } from "../model/trace.js";
import type { NotOffered } from "./assessment.js";
import { evaluateKnowledge, type KnowledgeContext } from "./options.js";
import { copySituation } from "./situation-copy.js";

/** The prior-lines threshold an entry's condition requires: the highest `priorLines >= N` among the terms
 * of its top-level `all`, and of the `all`s nested in it (a shared condition such as `relapsed` requires
 * >= 1, a late-line one >= 4). Null when none. */
function priorLinesThreshold(c: Condition): number | null {
  if (!("all" in c)) return null;
  let out: number | null = null;
  for (const x of c.all) {
    const n = "fact" in x && x.fact === "priorLines" && "gte" in x ? x.gte : priorLinesThreshold(x);
    if (n !== null && (out === null || n > out)) out = n;
  }
  return out;
}

/** The entries gated by a prior-lines threshold, compiled once. */
const GATED: {
  id: string;
  title: string;
  citations: readonly CitationId[];
  threshold: number;
  when: TruthFn;
}[] = [];
for (const entry of KNOWLEDGE_ENTRIES) {
  const threshold = priorLinesThreshold(entry.when);
  if (threshold !== null)
    GATED.push({
      id: entry.id,
      title: entry.title,
      citations: entry.citations,
      threshold,
      when: compileTruth(entry.when),
    });
}

/** The entries not shown that would be shown with the prior lines they require, the patient's other facts
 * unchanged: only the count of prior lines hides them. A condition met with the lines moved is confirmed by
 * the whole evaluation of the moved situation (its labels, jurisdictions and safety review), at most once
 * per threshold, so nothing is said to be waiting for a line count that something else hides. */
export function notOfferedForPriorLines(
  s: Situation,
  shown: ReadonlySet<string>,
  context: KnowledgeContext,
): NotOffered[] {
  const lines = s.priorLines;
  if (typeof lines !== "number") return [];
  const out: NotOffered[] = [];
  // One moved situation and one confirming evaluation per threshold (there are two or three).
  const moved = new Map<number, { s: Situation; ids: ReadonlySet<string> | null }>();
  for (const g of GATED) {
    if (shown.has(g.id) || lines >= g.threshold) continue;
    let m = moved.get(g.threshold);
    if (m === undefined) {
      const copy = copySituation(s);
      copy.priorLines = g.threshold;
      m = { s: copy, ids: null };
      moved.set(g.threshold, m);
    }
    if (g.when(m.s) !== Truth.met) continue;
    if (m.ids === null) {
      // Ids only (codes-only mode); the evaluator a test may pass in (the reference) is for the options shown.
      const { evaluator: _reference, ...rest } = context;
      const r = evaluateKnowledge(m.s, { ...rest, codesOnly: true, text: false });
      m.ids = new Set(r.options.map((o) => o.id));
    }
    if (!m.ids.has(g.id)) continue;
    out.push({
      id: g.id,
      title: g.title,
      ruleId: "not-offered.prior-lines",
      fact: "priorLines",
      value: lines,
      op: "gte",
      threshold: g.threshold,
      citations: g.citations.slice(),
    });
  }
  return out;
}

/** The entries with findings that keep them from being offered (KnowledgeEntry.notOfferedWhen), compiled once. */
const EXCLUDING = KNOWLEDGE_ENTRIES.flatMap((e) =>
  e.notOfferedWhen && e.notOfferedWhen.length > 0
    ? [{ id: e.id, title: e.title, exclusions: e.notOfferedWhen, when: compileTruth(e.when) }]
    : [],
);

/** The entries not shown whose excluding findings are recorded and alone hide them: with those facts the other
 * way, the patient's other facts unchanged, the whole evaluation (labels, jurisdictions, safety review) shows
 * the entry. An entry hidden by something else too is not listed. */
export function notOfferedForExclusions(
  s: Situation,
  shown: ReadonlySet<string>,
  context: KnowledgeContext,
): NotOffered[] {
  const out: NotOffered[] = [];
  for (const e of EXCLUDING) {
    if (shown.has(e.id)) continue;
    const met = e.exclusions.filter((x) => s[x.fact] === x.is);
    if (met.length === 0) continue;
    const moved = copySituation(s);
    for (const x of met) (moved as unknown as Record<string, unknown>)[x.fact] = !x.is;
    // The entry's own condition first (cheap); the whole evaluation confirms it.
    if (e.when(moved) !== Truth.met) continue;
    const { evaluator: _reference, ...rest } = context;
    const r = evaluateKnowledge(moved, { ...rest, codesOnly: true, text: false });
    if (!r.options.some((o) => o.id === e.id)) continue;
    out.push({
      id: e.id,
      title: e.title,
      ruleId: "not-offered.exclusion",
      findings: met.map((x) => ({ fact: x.fact, value: x.is, because: x.because })),
      citations: [...new Set(met.flatMap((x) => x.citations))],
    });
  }
  return out;
}

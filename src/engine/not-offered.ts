/** Options left out only because the patient has fewer prior lines than the entry requires (review c15-3:
 * a relapsed, triple-class-exposed patient after two lines saw no talquetamab and no word on why), or only
 * because of a finding the entry's evidence excluded (review c23-10: Tec-Dara after cilta-cel). Recorded as
 * data (entry, facts, recorded values, threshold or reason, sources); the clinician words say it. Pure. */

import { compileTruth, type TruthFn } from "../knowledge/conditions.js";
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import type { Situation } from "../knowledge/situation.js";
import type { Condition, Jurisdiction, JurisdictionCode } from "../knowledge/types.js";
import type { CitationId } from "../model/bibliography/index.js";
import { Truth } from "../model/trace.js";
import type { NotOffered, NotOfferedForLabel, NotOfferedForPriorLines } from "./assessment.js";
import { evaluateKnowledge, type KnowledgeContext } from "./options.js";
import { copySituation } from "./situation-copy.js";

/** The prior-lines threshold a condition requires: the highest `priorLines >= N` among the terms of its top-level
 * `all`, and of the `all`s nested in it (a shared condition such as `relapsed` requires >= 1, a late-line one >= 4),
 * or the condition itself when it is that term (a label: review c84-M1). Null when none. */
function priorLinesThreshold(c: Condition): number | null {
  if ("fact" in c) return c.fact === "priorLines" && "gte" in c ? c.gte : null;
  if (!("all" in c)) return null;
  let out: number | null = null;
  for (const x of c.all) {
    const n = priorLinesThreshold(x);
    if (n !== null && (out === null || n > out)) out = n;
  }
  return out;
}

const BOTH: readonly JurisdictionCode[] = ["us", "eu"];

/** The lines an entry needs in a view, and the label that decides it (linesNeeded). */
interface LinesNeeded {
  threshold: number;
  label?: JurisdictionCode;
  otherLabel?: { jurisdiction: JurisdictionCode; threshold: number };
}

/** The entries gated by a prior-lines threshold, in their condition or in a jurisdiction's label, compiled once. */
const GATED: {
  id: string;
  title: string;
  citations: readonly CitationId[];
  /** The condition's threshold (0 when it has none). */
  threshold: number;
  /** Per jurisdiction, its label's threshold (null: no label condition, or one with no line count). */
  labels: Record<JurisdictionCode, number | null>;
  listedIn: readonly JurisdictionCode[];
  linesNotInReferenceFor: readonly JurisdictionCode[];
  when: TruthFn;
  /** linesNeeded and the jurisdictions whose reference gives no count, per view: they read the entry and the view
   * only, so they are worked out once here rather than for every record. */
  byView: Record<Jurisdiction, { needed: LinesNeeded; notInReference: readonly JurisdictionCode[] }>;
}[] = [];
for (const entry of KNOWLEDGE_ENTRIES) {
  const threshold = priorLinesThreshold(entry.when);
  const labelOf = (j: JurisdictionCode) => {
    const c = entry.label?.[j];
    return c === undefined ? null : priorLinesThreshold(c);
  };
  const labels = { us: labelOf("us"), eu: labelOf("eu") };
  if (threshold !== null || labels.us !== null || labels.eu !== null) {
    const g = {
      id: entry.id,
      title: entry.title,
      citations: entry.citations,
      threshold: threshold ?? 0,
      labels,
      listedIn: entry.jurisdictions ?? BOTH,
      linesNotInReferenceFor: entry.linesNotInReferenceFor ?? [],
      when: compileTruth(entry.when),
    };
    const view = (j: Jurisdiction) => {
      const needed = linesNeeded(g, j);
      // Review c84-M1: the condition's count is another jurisdiction's label where the reference gives none for these.
      const notInReference =
        needed.label === undefined
          ? (j === "both" ? BOTH : [j]).filter(
              (x) => g.linesNotInReferenceFor.includes(x) && g.listedIn.includes(x),
            )
          : [];
      return { needed, notInReference };
    };
    GATED.push({ ...g, byView: { both: view("both"), us: view("us"), eu: view("eu") } });
  }
}

/** The lines an entry needs in the view (the fewest of the jurisdictions shown that list it), which label that is when
 * a label's count decides it, and the other shown label's count when it needs more (review c84-M1: teclistamab, EU
 * >= 3 prior lines, US >= 4). */
function linesNeeded(
  g: Pick<(typeof GATED)[number], "threshold" | "labels" | "listedIn">,
  jurisdiction: Jurisdiction,
): LinesNeeded {
  const shown = (jurisdiction === "both" ? BOTH : [jurisdiction]).filter((j) => g.listedIn.includes(j));
  const each = shown.map((j) => ({
    j,
    n: Math.max(g.threshold, g.labels[j] ?? 0),
    fromLabel: (g.labels[j] ?? 0) > g.threshold,
  }));
  if (each.length === 0) return { threshold: g.threshold };
  const threshold = Math.min(...each.map((x) => x.n));
  const lowest = each.filter((x) => x.n === threshold);
  if (lowest.length !== 1 || !lowest[0]!.fromLabel) return { threshold };
  const other = each.find((x) => x.n > threshold && x.fromLabel);
  return {
    threshold,
    label: lowest[0]!.j,
    ...(other ? { otherLabel: { jurisdiction: other.j, threshold: other.n } } : {}),
  };
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
  const jurisdiction = context.jurisdiction ?? "both";
  const out: NotOffered[] = [];
  // One moved situation, its prior lines set to each threshold in turn (there are two or three), and one confirming
  // evaluation per threshold: the situation is copied once (evaluateKnowledge keeps nothing of it).
  let moved: Situation | null = null;
  const idsAt = new Map<number, ReadonlySet<string>>();
  for (const g of GATED) {
    if (shown.has(g.id)) continue;
    const { needed, notInReference } = g.byView[jurisdiction];
    const threshold = needed.threshold;
    if (lines >= threshold) continue;
    moved ??= copySituation(s);
    moved.priorLines = threshold;
    if (g.when(moved) !== Truth.met) continue;
    let ids = idsAt.get(threshold);
    if (ids === undefined) {
      // Ids only (codes-only mode); the evaluator a test may pass in (the reference) is for the options shown.
      const { evaluator: _reference, ...rest } = context;
      const r = evaluateKnowledge(moved, { ...rest, codesOnly: true, text: false });
      ids = new Set(r.options.map((o) => o.id));
      idsAt.set(threshold, ids);
    }
    if (!ids.has(g.id)) continue;
    const item: NotOfferedForPriorLines = {
      id: g.id,
      title: g.title,
      ruleId: "not-offered.prior-lines",
      fact: "priorLines",
      value: lines,
      op: "gte",
      threshold,
      citations: g.citations.slice(),
    };
    // Copies: an Assessment shares nothing with the next one (isolation.test.ts).
    if (needed.label !== undefined) item.label = needed.label;
    if (needed.otherLabel !== undefined) item.otherLabel = { ...needed.otherLabel };
    if (notInReference.length > 0) item.notInReference = notInReference.slice();
    out.push(item);
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

/** The yes/no fact terms of a label condition (the term itself, or those of its top-level `all`). */
function booleanTerms(c: Condition): { fact: string; is: boolean }[] {
  if ("fact" in c) return "is" in c && typeof c.is === "boolean" ? [{ fact: c.fact, is: c.is }] : [];
  return "all" in c ? c.all.flatMap(booleanTerms) : [];
}

/** The entries whose label, in some jurisdiction, holds a yes/no element other than a line count, compiled once. */
const LABELLED = KNOWLEDGE_ENTRIES.flatMap((e) => {
  const terms = {
    us: e.label?.us ? booleanTerms(e.label.us) : [],
    eu: e.label?.eu ? booleanTerms(e.label.eu) : [],
  };
  return terms.us.length > 0 || terms.eu.length > 0
    ? [
        {
          id: e.id,
          title: e.title,
          citations: e.citations,
          terms,
          listedIn: e.jurisdictions ?? BOTH,
          when: compileTruth(e.when),
        },
      ]
    : [];
});

/**
 * Review c86-m3: the entries not shown that a label's yes/no element alone hides, in a view of one jurisdiction (cilta-cel
 * in the EU view, its EU label's "progressed on last therapy" not met: treatments.md 5b; in the "both" view it is listed
 * under the other label, with the EU status marked outside its label). With the elements recorded the other way, the
 * patient's other facts unchanged, the whole evaluation shows the entry; one hidden by something else too is not listed.
 */
export function notOfferedForLabels(
  s: Situation,
  shown: ReadonlySet<string>,
  context: KnowledgeContext,
): NotOffered[] {
  const j = context.jurisdiction ?? "both";
  if (j === "both") return [];
  const out: NotOffered[] = [];
  for (const e of LABELLED) {
    if (shown.has(e.id) || !e.listedIn.includes(j)) continue;
    const met = e.terms[j].filter((x) => s[x.fact as keyof Situation] === !x.is);
    if (met.length === 0 || e.when(s) !== Truth.met) continue;
    const moved = copySituation(s);
    for (const x of met) (moved as unknown as Record<string, unknown>)[x.fact] = x.is;
    const { evaluator: _reference, ...rest } = context;
    const r = evaluateKnowledge(moved, { ...rest, codesOnly: true, text: false });
    if (!r.options.some((o) => o.id === e.id)) continue;
    const item: NotOfferedForLabel = {
      id: e.id,
      title: e.title,
      ruleId: "not-offered.label",
      label: j,
      findings: met.map((x) => ({ fact: x.fact, value: !x.is })),
      citations: e.citations.slice(),
    };
    out.push(item);
  }
  return out;
}

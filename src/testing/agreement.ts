/** The engine's three ways of assessing one record, held to agree in tests: the fast path, the plain reference
 * evaluator (byte for byte) and the codes-only view (option strengths and alert ids). */
import { expect } from "vitest";
import { assessFactsWith } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { evaluateKnowledgeReference } from "../engine/knowledge-reference.js";
import { toFacts } from "../model/facts.js";

/** Asserts that the three agree on `record`, and returns the fast path's Assessment. */
export function assessAllWaysAgree(record: unknown): Assessment {
  const facts = toFacts(record as Parameters<typeof toFacts>[0]);
  const full = assessFactsWith(facts, {}, {});
  const ref = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
  expect(JSON.stringify(ref)).toBe(JSON.stringify(full));
  const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
  const ids = (a: Assessment) => [
    ...a.options.map((o) => `${o.id}:${o.strength}`),
    ...a.alerts.map((x) => x.id),
  ];
  expect(ids(codes)).toEqual(ids(full));
  return full;
}

/** Every situation the knowledge step reads has one shape: buildSituation's fields, in its order. The
 * pathway's branches copy the situation (copySituation) rather than spreading it, so that the knowledge
 * step's read sites meet one hidden class; a field out of order here would silently make another. */
import { describe, expect, it } from "vitest";
import type { Situation } from "../knowledge/index.js";
import { toFacts } from "../model/facts.js";
import { SYNTH_AS_OF, synthCohort } from "../synth/cohort.js";
import { assessFactsWith } from "./assess.js";
import { copySituation, evaluateKnowledge, type KnowledgeEvaluator } from "./options.js";

/** The situations one codes-only assessment hands to the knowledge step, in order. */
function situationsOf(record: unknown): Situation[] {
  const seen: Situation[] = [];
  const evaluator: KnowledgeEvaluator = (s, context) => {
    seen.push(s);
    const { evaluator: _self, ...rest } = context ?? {};
    return evaluateKnowledge(s, rest);
  };
  assessFactsWith(
    toFacts(record, { defaultAsOf: SYNTH_AS_OF }),
    {},
    { text: false, codesOnly: true, evaluator },
  );
  return seen;
}

describe("situation shape", () => {
  const records = [...synthCohort(7, 300)];
  const all = records.map(situationsOf);

  it("every branch's situation has buildSituation's fields in its order", () => {
    // The first situation of an assessment is buildSituation's (or one of its copies, under a branch:
    // then both are copies); every one must list the same keys in the same order.
    const order = Object.keys(all[0]?.[0] ?? {});
    expect(order.length).toBeGreaterThan(50);
    let branched = 0;
    for (const list of all) {
      if (list.length > 1) branched++;
      for (const s of list) expect(Object.keys(s)).toEqual(order);
    }
    // The cohort reaches the pathway's branches (category only likely, line outcome unknown, candidacy
    // not recorded), so the copies were checked too.
    expect(branched).toBeGreaterThan(10);
  });

  it("copySituation copies every field, in order, with its value", () => {
    for (const list of all.slice(0, 50))
      for (const s of list) {
        const copy = copySituation(s);
        expect(copy).not.toBe(s);
        expect(Object.entries(copy)).toEqual(Object.entries(s));
      }
  });
});

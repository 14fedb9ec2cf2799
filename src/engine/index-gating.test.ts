/** The knowledge index (options.ts) skips the entries and alerts whose condition is not met when only the
 * gating facts are known. That is sound only if such a condition is not met on any situation with the
 * same gating values, and only if the index hands each situation the list built for its own values.
 * Both are checked here on the situations assess evaluates (generated records and every example, with
 * the branch variants of the pathway), with the gating facts and other facts varied by fast-check. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALERT_RULES,
  compileTruth,
  FACTS,
  type FactName,
  type Jurisdiction,
  KNOWLEDGE_ENTRIES,
  residualGiven,
  type Situation,
  truthGiven,
} from "../knowledge/index.js";
import type { Condition } from "../knowledge/types.js";
import { toFacts } from "../model/facts.js";
import { Truth } from "../model/trace.js";
import { SYNTH_AS_OF, synthCohort } from "../synth/cohort.js";
import { exampleRecords } from "../testing/example-records.js";
import { assessFactsWith } from "./assess.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";
import { candidateIds, evaluateKnowledge, GATING, type KnowledgeEvaluator } from "./options.js";

const JURISDICTIONS: readonly Jurisdiction[] = ["both", "us", "eu"];

/** Every situation the knowledge step is asked about while assessing the records (the pathway's branch
 * variants included), taken at the evaluator hook. */
function evaluatedSituations(): Situation[] {
  const out: Situation[] = [];
  const capture: KnowledgeEvaluator = (s, ctx = {}) => {
    out.push(s);
    const { evaluator: _, ...rest } = ctx;
    return evaluateKnowledgeReference(s, rest);
  };
  const assess = (record: unknown, defaultAsOf: string) => {
    try {
      assessFactsWith(toFacts(record, { defaultAsOf }), {}, { evaluator: capture });
    } catch {
      // examples of invalid records are tested where they belong
    }
  };
  for (const record of synthCohort(31, 400)) assess(record, SYNTH_AS_OF);
  for (const [, record] of exampleRecords()) assess(record, "2026-11-27");
  return out;
}

/** A gating fact's possible values: its listed values, or small counts for the prior lines; and unknown. */
function valuesOf(f: FactName): fc.Arbitrary<unknown> {
  const listed = FACTS[f].values;
  const known = listed ? fc.constantFrom(...listed) : fc.integer({ min: 0, max: 8 });
  return fc.oneof(known, fc.constant(null));
}

/** A situation from the captured ones with some gating facts changed and some other facts made unknown. */
function variedSituation(base: readonly Situation[]): fc.Arbitrary<Situation> {
  const gating = fc.record(Object.fromEntries(GATING.map((f) => [f, valuesOf(f)])), {
    requiredKeys: [],
  });
  const others = (Object.keys(FACTS) as FactName[]).filter((f) => !GATING.includes(f));
  return fc
    .tuple(fc.constantFrom(...base), gating, fc.subarray(others, { maxLength: 6 }))
    .map(([s, changed, blanked]) => {
      const v = { ...s, ...changed } as Record<string, unknown>;
      for (const f of blanked) v[f] = null;
      return v as unknown as Situation;
    });
}

const gateOf = (s: Situation): Partial<Situation> =>
  Object.fromEntries(GATING.map((f) => [f, s[f]])) as Partial<Situation>;

const ENTRY_AND_ALERT_CONDITIONS: [string, Condition][] = [
  ...KNOWLEDGE_ENTRIES.map((e): [string, Condition] => [e.id, e.when]),
  ...ALERT_RULES.map((r): [string, Condition] => [r.id, r.when]),
];

describe("knowledge index gated on more facts", () => {
  const base = evaluatedSituations();
  const compiled = ENTRY_AND_ALERT_CONDITIONS.map(([id, c]) => ({ id, c, truth: compileTruth(c) }));

  it("gates on category, treated and phase and the facts that narrow them further", () => {
    expect(base.length).toBeGreaterThan(400);
    expect(GATING).toEqual(
      expect.arrayContaining(["category", "treated", "phase", "priorLines", "progression"]),
    );
  });

  it("a condition not met when only the gating facts are known is not met on any situation with them", () => {
    fc.assert(
      fc.property(variedSituation(base), (s) => {
        const gate = gateOf(s);
        for (const { id, c, truth } of compiled)
          if (truthGiven(c, gate) === Truth.notMet && truth(s) !== Truth.notMet)
            throw new Error(`${id} dropped by the index but ${truth(s)} on this situation`);
      }),
      { numRuns: 3000 },
    );
  });

  it("the residual of a condition (what the gating facts leave to decide) has the condition's truth on every situation with them", () => {
    fc.assert(
      fc.property(variedSituation(base), (s) => {
        const gate = gateOf(s);
        for (const { id, c, truth } of compiled) {
          const r = residualGiven(c, gate);
          const t = typeof r === "string" ? r : compileTruth(r)(s);
          if (t !== truth(s)) throw new Error(`${id}: residual ${t}, condition ${truth(s)}`);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("the index lists, for every situation, exactly the entries and alerts its own gating values leave open", () => {
    // Interleaved situations that differ in one gating fact each would share a list if the index key
    // left that fact out.
    fc.assert(
      fc.property(variedSituation(base), fc.constantFrom(...JURISDICTIONS), (s, j) => {
        const gate = gateOf(s);
        const open = (c: Condition) => truthGiven(c, gate) !== Truth.notMet;
        const listed = (e: (typeof KNOWLEDGE_ENTRIES)[number]) =>
          j === "both"
            ? !e.jurisdictions || e.jurisdictions.length > 0
            : !e.jurisdictions || e.jurisdictions.includes(j);
        expect(candidateIds(s, j)).toEqual({
          entries: KNOWLEDGE_ENTRIES.filter((e) => listed(e) && open(e.when)).map((e) => e.id),
          alerts: ALERT_RULES.filter((r) => open(r.when)).map((r) => r.id),
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("the knowledge step through the index gives the reference's result, byte for byte, on the varied situations", () => {
    fc.assert(
      fc.property(
        variedSituation(base),
        fc.constantFrom(...JURISDICTIONS),
        fc.subarray(["lenalidomide", "bortezomib", "daratumumab", "carfilzomib", "teclistamab"]),
        (s, jurisdiction, drugs) => {
          const ctx = { jurisdiction, currentDrugs: drugs, refractoryDrugs: drugs.slice(0, 1) };
          const fast = JSON.stringify(evaluateKnowledge(s, ctx));
          const ref = JSON.stringify(evaluateKnowledgeReference(s, ctx));
          if (fast !== ref) expect(JSON.parse(fast)).toEqual(JSON.parse(ref)); // shows the difference
          expect(fast).toBe(ref);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

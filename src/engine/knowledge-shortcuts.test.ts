/** Issue 12: the shortcuts the knowledge step takes give what the full evaluation gives. The index key
 * names every gating value (also past the prior-line counts it codes as digits); the pathway's second
 * branch composes no words for options the first one shows, and nothing else changes; codes-only mode
 * reads an option's strength without the rest of its safety review. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { arbJurisdiction, arbSituation } from "../testing/arbitraries.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";
import { evaluateKnowledge, evaluateKnowledgeExcept } from "./options.js";
import { reviewedStrength, reviewOption } from "./safety.js";

const CONTEXT = {
  currentDrugs: ["lenalidomide", "daratumumab"],
  currentRegimen: { code: "DRd", drugs: ["daratumumab", "lenalidomide", "dexamethasone"] },
  refractoryDrugs: ["bortezomib", "lenalidomide"],
};

describe("knowledge shortcuts = the full evaluation", () => {
  it("a treated patient with more prior lines than the index codes as digits (or a fractional count) gets the reference's options", () => {
    fc.assert(
      fc.property(
        arbSituation,
        arbJurisdiction,
        fc.constantFrom(63, 64, 65, 120, 2.5),
        (s, jurisdiction, priorLines) => {
          const relapsed = { ...s, category: "multiple-myeloma" as const, treated: true, priorLines };
          const ctx = { ...CONTEXT, jurisdiction };
          expect(evaluateKnowledge(relapsed, ctx)).toEqual(evaluateKnowledgeReference(relapsed, ctx));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("options a caller drops come with their codes and missing inputs only; every other option, the alerts and the missing inputs are unchanged", () => {
    let dropped = 0;
    fc.assert(
      fc.property(arbSituation, arbJurisdiction, fc.boolean(), (s, jurisdiction, text) => {
        const ctx = { ...CONTEXT, jurisdiction, text };
        const full = evaluateKnowledge(s, ctx);
        // Every other option shown is dropped.
        const drop = new Set(full.options.filter((_, i) => i % 2 === 0).map((o) => o.id));
        const except = evaluateKnowledgeExcept(s, ctx, drop);
        expect(except.alerts).toEqual(full.alerts);
        expect(except.missing).toEqual(full.missing);
        expect(except.options.map((o) => o.id)).toEqual(full.options.map((o) => o.id));
        for (const [i, o] of except.options.entries()) {
          const f = full.options[i];
          if (!drop.has(o.id)) {
            expect(o).toEqual(f);
            continue;
          }
          dropped++;
          expect([o.kind, o.strength, o.missing]).toEqual([f?.kind, f?.strength, f?.missing]);
          expect([...o.because, ...o.cautions, ...o.citations]).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
    expect(dropped).toBeGreaterThan(50);
  });

  it("codes only, an option's strength is the one its whole safety review gives", () => {
    const adjusted = KNOWLEDGE_ENTRIES.filter((e) => (e.adjust?.length ?? 0) > 0);
    expect(adjusted.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(arbSituation, (s) => {
        for (const entry of adjusted)
          expect(reviewedStrength(entry, s)).toBe(reviewOption(entry, s, { text: false }).strength);
      }),
      { numRuns: 300 },
    );
  });
});

/** The decision over findings (decide.ts): the definite category carries an MGUS variant only when it is
 * MGUS, and an MGUS without a marrow result is called only when no myeloma-defining event is possible.
 * Rajkumar 2014, criteria-and-scores.md 1.1-1.3. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HeavyChain, PlasmacytomaSite } from "../../model/enums.js";
import { toFacts } from "../../model/facts.js";
import { decide, decideSettled } from "./decide.js";
import cases from "./diagnosis.cases.json" with { type: "json" };
import { assessMyelomaDefiningEvents } from "./events.js";
import { deriveFindings, type Findings, TRUTH_KEYS } from "./findings.js";
import { MET, NOT_MET } from "./logic.js";

const decideCase = (id: string) => {
  const facts = toFacts(cases.find((c) => c.id === id)!.input);
  return decide(deriveFindings(facts, assessMyelomaDefiningEvents(facts)));
};

describe("decide", () => {
  it.each([
    ["smm-urine", "smoldering-myeloma"],
    ["mm-renal", "multiple-myeloma"],
    ["sp-bone", "solitary-plasmacytoma"],
  ])("%s: %s carries no MGUS variant, even where an MGUS variant's own formula holds", (id, category) => {
    const d = decideCase(id);
    expect(d.category).toBe(category);
    expect(d.mgusVariant).toBeNull();
  });

  it("MGUS carries its variant", () => {
    expect(decideCase("mgus-light-chain")).toMatchObject({ category: "mgus", mgusVariant: "light-chain" });
    expect(decideCase("mgus-marrow-not-assessed")).toMatchObject({
      category: "mgus",
      mgusVariant: "non-igm",
      marrowNotAssessed: true,
    });
  });
});

describe("decideSettled (the what-if's outcome)", () => {
  // Every truth known, as in each what-if variant; the heavy chain and the site may still be open. The
  // share of met findings varies from run to run, so records with no suggestive finding occur too.
  const settledFindings: fc.Arbitrary<Findings> = fc
    .record({
      metPerTen: fc.integer({ min: 0, max: 10 }),
      draws: fc.array(fc.integer({ min: 0, max: 9 }), {
        minLength: TRUTH_KEYS.length,
        maxLength: TRUTH_KEYS.length,
      }),
      heavy: fc.constantFrom(null, ...HeavyChain),
      site: fc.constantFrom(null, ...PlasmacytomaSite),
    })
    .map(({ metPerTen, draws, heavy, site }) => {
      const f = { heavy, site } as Findings;
      TRUTH_KEYS.forEach((k, i) => {
        f[k] = draws[i]! < metPerTen ? MET : NOT_MET;
      });
      return f;
    });

  it("gives decide's category, MGUS variant and likely category for findings whose truths are all known", () => {
    fc.assert(
      fc.property(settledFindings, (f) => {
        const d = decide(f);
        expect(decideSettled(f)).toEqual({
          category: d.category,
          mgusVariant: d.mgusVariant,
          likely: d.likely,
        });
      }),
      { seed: 20261201, numRuns: 3000 },
    );
  });
});

/** The decision over findings (decide.ts): the definite category carries an MGUS variant only when it is
 * MGUS, and an MGUS without a marrow result is called only when no myeloma-defining event is possible.
 * Rajkumar 2014, criteria-and-scores.md 1.1-1.3. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../../model/facts.js";
import { decide } from "./decide.js";
import cases from "./diagnosis.cases.json" with { type: "json" };
import { assessMyelomaDefiningEvents } from "./events.js";
import { deriveFindings } from "./findings.js";

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

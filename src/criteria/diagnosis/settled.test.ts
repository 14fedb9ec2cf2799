/** The what-if's outcome over bits (settled.ts) is decideSettled's (decide.ts), which the decide tests hold
 * to decide itself: the same category, MGUS variant and likely category for every settled finding, with
 * the heavy chain and the site known or open (IMWG 2014 precedence, criteria-and-scores.md 1.1-1.5). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Truth } from "../../model/trace.js";
import { arbSettledFindings as settledFindings } from "../../testing/arbitraries.js";
import { type Category, PRECEDENCE } from "./categories.js";
import { decideSettled } from "./decide.js";
import { type Findings, TRUTH_KEYS, type TruthKey } from "./findings.js";
import { MET, NOT_MET, UNKNOWN } from "./logic.js";
import { bitOf, bitsWhere, outcomeCode, settledCode } from "./settled.js";

describe("bitsWhere", () => {
  it("reads every finding of TRUTH_KEYS into its own bit (a finding left out would read as not met)", () => {
    for (const k of TRUTH_KEYS) {
      for (const truth of [MET, UNKNOWN] as const) {
        const truths = Object.fromEntries(TRUTH_KEYS.map((key) => [key, key === k ? truth : NOT_MET]));
        const f: Findings = { ...(truths as Record<TruthKey, Truth>), heavy: null, site: null };
        expect(bitsWhere(f, truth)).toBe(bitOf(k));
        expect(bitsWhere(f, truth === MET ? UNKNOWN : MET)).toBe(0);
      }
    }
  });
});

describe("settledCode", () => {
  it("gives decideSettled's outcome for any settled findings", () => {
    const seen = new Set<number>();
    fc.assert(
      fc.property(settledFindings, (f) => {
        const code = settledCode(bitsWhere(f, MET), f.heavy, f.site);
        expect(code).toBe(outcomeCode(decideSettled(f)));
        seen.add(code);
      }),
      { seed: 20261201, numRuns: 30000 },
    );
    // Every category met, MGUS in each variant, indeterminate without a likely category and with each
    // one but myeloma and AL amyloidosis (they read neither the heavy chain nor the site, so settled
    // findings always decide them).
    const likelyMmOrAl = ["multiple-myeloma", "al-amyloidosis"].map((likely) =>
      outcomeCode({ category: "indeterminate", mgusVariant: null, likely: likely as Category }),
    );
    expect(seen.size).toBe(13);
    for (const code of likelyMmOrAl) expect(seen.has(code)).toBe(false);
  }, 60_000);

  it("codes different outcomes differently", () => {
    const outcomes = [
      ...PRECEDENCE.filter(([c]) => c !== "mgus").map(([category]) => ({
        category,
        mgusVariant: null,
        likely: null,
      })),
      ...(["non-igm", "igm", "light-chain"] as const).map((mgusVariant) => ({
        category: "mgus",
        mgusVariant,
        likely: null,
      })),
      ...PRECEDENCE.map(([likely]) => ({ category: "indeterminate", mgusVariant: null, likely })),
      { category: "indeterminate", mgusVariant: null, likely: null },
    ];
    expect(outcomes).toHaveLength(15);
    expect(new Set(outcomes.map(outcomeCode)).size).toBe(15);
  });
});

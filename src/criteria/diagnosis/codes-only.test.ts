/** Codes-only classification (assessCompact, issue 12): it leaves out the criteria, rule traces, notes
 * and label, which the compact screen never reads (and `traces: false`, the engine's call, leaves out the
 * last three, which no Assessment shows), and must give every field the engine reads exactly as
 * the full classification does: the category, likely category, subtype and treated flag, what could
 * change the category and what is missing (assess.ts, pathway.ts, buildSituation), and the category on
 * today's values (the treatment phase). */
import { describe, expect, it } from "vitest";
import type { Facts } from "../../model/facts.js";
import { SYNTH_AS_OF, synthCohort } from "../../synth/cohort.js";
import { goldenAndExampleFacts } from "../../testing/diagnosis-facts.js";
import { validFacts } from "../../testing/example-records.js";
import { classifyDiagnosis, type DiagnosisResult } from "./diagnosis.js";

/** The fields codes-only keeps: all but criteria, rules, notes and label. */
function kept(d: DiagnosisResult): string {
  const { criteria: _c, rules: _r, notes: _n, label: _l, ...rest } = d;
  return JSON.stringify(rest);
}

function compare(all: Facts[]): void {
  for (const facts of all) {
    const codes = classifyDiagnosis(facts, { text: false, codesOnly: true });
    for (const text of [true, false]) {
      const full = classifyDiagnosis(facts, { text });
      const a = kept(full);
      const b = kept(codes);
      if (a !== b) expect(JSON.parse(b)).toEqual(JSON.parse(a)); // shows the difference
      expect(b).toBe(a);
      // Without traces (the engine's call): the same criteria and codes, and no rules, notes or label.
      const bare = classifyDiagnosis(facts, { text, traces: false });
      expect(JSON.stringify(bare.criteria)).toBe(JSON.stringify(full.criteria));
      expect(kept(bare)).toBe(a);
      expect([bare.rules, bare.notes, bare.label]).toEqual([[], [], ""]);
    }
    expect([codes.criteria, codes.rules, codes.notes, codes.label]).toEqual([[], [], [], ""]);
  }
}

describe("codes-only classification keeps every field the engine reads", () => {
  it("on every golden case and example record", () => {
    const all = goldenAndExampleFacts();
    expect(all.length).toBeGreaterThan(50);
    compare(all);
  });

  it("on 2,000 generated records, treated and untreated, definite and indeterminate", () => {
    const all = validFacts([...synthCohort(2026, 1000), ...synthCohort(7, 1000)], SYNTH_AS_OF);
    expect(all.length).toBe(2000);
    const shown = all.map((f) => classifyDiagnosis(f, { text: false, codesOnly: true }));
    // The records reach the paths that matter: indeterminate with tests to name, definite, treated.
    expect(shown.some((d) => d.category === "indeterminate" && d.missing.length > 0)).toBe(true);
    expect(shown.some((d) => d.category !== "indeterminate" && !d.treated)).toBe(true);
    expect(shown.some((d) => d.treated)).toBe(true);
    compare(all);
  }, 60_000);
});

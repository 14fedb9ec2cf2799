/** Findings are data, words are a layer (DESIGN.md): classifyDiagnosis with `{ text: false }` (what the
 * compact screen asks for) must decide every criterion exactly as with words, and differ only in leaving
 * each reason empty. Checked on every example record and on generated records. */
import { describe, expect, it } from "vitest";
import { type Facts, toFacts } from "../../model/facts.js";
import { SYNTH_AS_OF, synthCohort } from "../../synth/cohort.js";
import { exampleRecords } from "../../testing/example-records.js";
import { classifyDiagnosis, type DiagnosisResult } from "./diagnosis.js";

/** The result with every criterion's reason blanked: what the words layer adds, taken away. */
function withoutWords(d: DiagnosisResult): string {
  return JSON.stringify({ ...d, criteria: d.criteria.map((c) => ({ ...c, because: "" })) });
}

function factsOf(records: Iterable<unknown>, defaultAsOf: string): Facts[] {
  const out: Facts[] = [];
  for (const r of records) {
    try {
      out.push(toFacts(r, { defaultAsOf }));
    } catch {
      // invalid example records are tested where they belong
    }
  }
  return out;
}

function compare(all: Facts[]): void {
  for (const facts of all) {
    const words = classifyDiagnosis(facts);
    const none = classifyDiagnosis(facts, { text: false });
    const a = withoutWords(words);
    const b = JSON.stringify(none);
    if (a !== b) expect(JSON.parse(b)).toEqual(JSON.parse(a)); // shows the difference
    expect(b).toBe(a);
    // No reason is composed without words, and every criterion has one with them.
    expect(none.criteria.filter((c) => c.because !== "")).toEqual([]);
    expect(words.criteria.filter((c) => c.because === "")).toEqual([]);
  }
}

describe("classifyDiagnosis without words decides the same", () => {
  it("on every example record", () => {
    const all = factsOf(
      exampleRecords().map(([, r]) => r),
      "2026-11-27",
    );
    expect(all.length).toBeGreaterThan(40);
    compare(all);
  });

  it("on 3,000 generated records", () => {
    const all = factsOf(synthCohort(2026, 3000), SYNTH_AS_OF);
    expect(all.length).toBe(3000);
    compare(all);
  });

  it("the default is with words", () => {
    const [facts] = factsOf(synthCohort(7, 1), SYNTH_AS_OF);
    expect(JSON.stringify(classifyDiagnosis(facts!, { text: true }))).toBe(
      JSON.stringify(classifyDiagnosis(facts!)),
    );
  });
});

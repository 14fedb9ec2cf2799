/** One runner for golden cases: each case names its source (paper table or worked example). */
import { expect, it } from "vitest";

export interface GoldenCase<I, E> {
  id: string;
  /** Where the expected value comes from: paper, table, worked example, or "definition". */
  source: string;
  input: I;
  expected: E;
}

/** Runs every case as its own test: `fn(input)` must match `expected` (a partial object match). */
export function runGoldenCases<I, E, R>(cases: readonly GoldenCase<I, E>[], fn: (input: I) => R): void {
  if (cases.length === 0) throw new Error("no golden cases");
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate golden case id ${c.id}`);
    ids.add(c.id);
    if (!c.source.trim()) throw new Error(`golden case ${c.id} names no source`);
    it(`${c.id} (${c.source})`, () => {
      const actual = fn(c.input);
      if (typeof c.expected === "object" && c.expected !== null) expect(actual).toMatchObject(c.expected);
      else expect(actual).toEqual(c.expected);
    });
  }
}

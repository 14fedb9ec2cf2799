/** The precedence readers (firstOpen, definiteOf, onlyOpen) read each category's truth by name: they must
 * give what a walk of PRECEDENCE (most to least advanced, criteria-and-scores.md 1.1-1.5) gives, for every
 * combination of the six categories' truths. */
import { describe, expect, it } from "vitest";
import type { Truth } from "../../model/trace.js";
import {
  type Category,
  type CategoryTruths,
  definiteOf,
  firstOpen,
  onlyOpen,
  PRECEDENCE,
} from "./categories.js";
import { MET, NOT_MET, UNKNOWN } from "./logic.js";

const TRUTHS: readonly Truth[] = [MET, NOT_MET, UNKNOWN];

/** Every CategoryTruths whose six category truths take each value (the other truths do not matter here). */
function everyCombination(): CategoryTruths[] {
  const out: CategoryTruths[] = [];
  for (let n = 0; n < 3 ** PRECEDENCE.length; n++) {
    const t = {
      bone: UNKNOWN,
      mde: UNKNOWN,
      crab: UNKNOWN,
      clone: UNKNOWN,
      mgusNonIgm: UNKNOWN,
      mgusIgm: UNKNOWN,
      mgusLightChain: UNKNOWN,
    } as CategoryTruths;
    let rest = n;
    for (const [, key] of PRECEDENCE) {
      t[key] = TRUTHS[rest % 3]!;
      rest = Math.floor(rest / 3);
    }
    out.push(t);
  }
  return out;
}

/** The readers as a walk of PRECEDENCE. */
const open = (t: CategoryTruths): Category[] =>
  PRECEDENCE.filter(([, k]) => t[k] !== NOT_MET).map(([c]) => c);
const keyOf = (c: Category) => PRECEDENCE.find(([x]) => x === c)![1];

describe("precedence readers", () => {
  const all = everyCombination();

  it("cover every combination of the six categories' truths", () => {
    expect(all.length).toBe(729);
    expect(new Set(all.map((t) => JSON.stringify(t))).size).toBe(729);
  });

  it("firstOpen is the first category not known unmet", () => {
    for (const t of all) expect(firstOpen(t)).toBe(open(t)[0] ?? null);
  });

  it("definiteOf is the first open category when it is met", () => {
    for (const t of all) {
      const first = open(t)[0];
      expect(definiteOf(t)).toBe(first !== undefined && t[keyOf(first)] === MET ? first : null);
    }
  });

  it("onlyOpen is the one open category when there is exactly one", () => {
    for (const t of all) {
      const o = open(t);
      expect(onlyOpen(t)).toBe(o.length === 1 ? o[0] : null);
    }
  });
});

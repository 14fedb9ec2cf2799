/** An Assessment is the caller's own: the speed work of issue 12 shares objects inside the engine
 * (compiled knowledge, per-entry data, calculators' missing-input entries), and none of it may reach a
 * caller in a way that lets one patient's result change another's. A caller that writes over every
 * string, number and list of every Assessment it gets must not change any later Assessment. */
import { describe, expect, it } from "vitest";
import { SYNTH_AS_OF, synthCohort } from "../synth/cohort.js";
import { exampleRecords } from "../testing/example-records.js";
import { assess } from "./assess.js";
import { assessCompact } from "./compact.js";

/** Overwrites every string and number and appends to every list reachable from `x`. */
function scribble(x: unknown, seen = new Set<object>()): void {
  if (x === null || typeof x !== "object" || seen.has(x)) return;
  seen.add(x);
  const o = x as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === "string") o[k] = "SCRIBBLED";
    else if (typeof v === "number") o[k] = -999;
    else if (Array.isArray(v)) {
      for (const e of v) scribble(e, seen);
      v.push("SCRIBBLED");
    } else scribble(v, seen);
  }
}

const valid = (r: unknown): boolean => {
  try {
    assess(r, { defaultAsOf: SYNTH_AS_OF });
    return true;
  } catch {
    return false;
  }
};

describe("Assessments share nothing a caller can change", () => {
  it("writing over every Assessment of the examples and 1,500 generated records changes no later Assessment, full or compact", () => {
    const records = [
      ...exampleRecords().map(([, r]) => r),
      ...[...synthCohort(31, 1500)].map((r) => JSON.parse(JSON.stringify(r)) as unknown),
    ].filter(valid);
    expect(records.length).toBeGreaterThan(1500);
    const opts = { defaultAsOf: SYNTH_AS_OF };
    const before = records.map((r) => JSON.stringify(assess(r, opts)));
    const compactBefore = records.map((r) => JSON.stringify(assessCompact(r, opts)));
    for (const r of records) {
      scribble(assess(r, opts));
      scribble(assessCompact(r, opts));
    }
    records.forEach((r, i) => {
      const after = JSON.stringify(assess(r, opts));
      if (after !== before[i]) expect(JSON.parse(after)).toEqual(JSON.parse(before[i]!));
      const compactAfter = JSON.stringify(assessCompact(r, opts));
      if (compactAfter !== compactBefore[i])
        expect(JSON.parse(compactAfter)).toEqual(JSON.parse(compactBefore[i]!));
    });
  }, 120_000);
});

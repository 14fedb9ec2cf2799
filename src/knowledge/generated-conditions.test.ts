/** Issue 12: knowledge conditions compiled to generated code decide exactly as the closures do (the same
 * three-valued truth, the same unknown facts in the same order), for every condition of the knowledge
 * base, one at a time and as one list; and code is generated only from what the knowledge base can hold. */
import { describe, expect, it } from "vitest";
import { Truth } from "../model/trace.js";
import {
  compileTruth,
  compileTruthClosures,
  compileUnknowns,
  compileUnknownsClosures,
  leavesOf,
} from "./conditions.js";
import { ALERT_RULES, DRUG_RULES } from "./drug-rules.js";
import {
  GENERATED_CODE,
  generateTruth,
  generateTruthCodes,
  generateUnknowns,
  TRUTH_OF_CODE,
} from "./generated-conditions.js";
import { KNOWLEDGE_ENTRIES } from "./index.js";
import { FACT_NAMES, FACTS, type Situation } from "./situation.js";
import type { Condition } from "./types.js";

function allConditions(): [string, Condition][] {
  const out: [string, Condition][] = [];
  for (const e of KNOWLEDGE_ENTRIES) {
    out.push([`${e.id}.when`, e.when]);
    if (e.label?.us) out.push([`${e.id}.label.us`, e.label.us]);
    if (e.label?.eu) out.push([`${e.id}.label.eu`, e.label.eu]);
    for (const [k, c] of e.cautions.entries()) if (c.when) out.push([`${e.id}.caution.${k}`, c.when]);
    for (const a of e.adjust ?? []) out.push([`${e.id}.adjust.${a.id}`, a.when]);
  }
  for (const r of DRUG_RULES) out.push([r.id, r.when]);
  for (const r of ALERT_RULES) out.push([r.id, r.when]);
  return out;
}

/** A small deterministic generator (no Math.random: the same situations on every run). */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Situations whose values sit on and beside every threshold and list value the conditions name, about a
 * quarter of them unknown (null). */
function situations(conditions: readonly Condition[], n: number): Situation[] {
  const candidates = new Map<string, unknown[]>();
  for (const f of FACT_NAMES) candidates.set(f, [...(FACTS[f].values ?? [])]);
  for (const c of conditions)
    for (const l of leavesOf(c)) {
      const vals = candidates.get(l.fact) as unknown[];
      for (const v of Object.values(l).slice(1).flat())
        if (typeof v === "number") vals.push(v - 1, v - 0.5, v, v + 0.5, v + 1);
        else vals.push(v);
    }
  const next = rng(12);
  const out: Situation[] = [];
  for (let i = 0; i < n; i++) {
    const s: Record<string, unknown> = {};
    for (const f of FACT_NAMES) {
      const vals = candidates.get(f) as unknown[];
      s[f] = next() < 0.25 || vals.length === 0 ? null : vals[Math.floor(next() * vals.length)];
    }
    out.push(s as unknown as Situation);
  }
  return out;
}

describe("conditions as generated code", () => {
  const conditions = allConditions();
  const sits = situations(
    conditions.map(([, c]) => c),
    2000,
  );

  it("is used under Node (else every condition is decided by closures: the same truths, slower)", () => {
    expect(GENERATED_CODE).toBe(true);
    expect(generateTruth({ fact: "age", gte: 65 })).not.toBeNull();
  });

  it("gives the truth and the unknown facts the closures give, for every condition of the knowledge base", () => {
    expect(conditions.length).toBeGreaterThan(150);
    for (const [name, c] of conditions) {
      const truth = compileTruth(c);
      const closures = compileTruthClosures(c);
      const unknowns = compileUnknowns(c);
      const unknownsByClosures = compileUnknownsClosures(c);
      for (const s of sits) {
        const t = truth(s);
        if (t !== closures(s)) throw new Error(`${name}: generated ${t}, closures ${closures(s)}`);
        const u = unknowns(s);
        const v = unknownsByClosures(s);
        if (JSON.stringify(u) !== JSON.stringify(v)) expect(u, name).toEqual(v);
      }
    }
  }, 60_000);

  it("decides a whole list of conditions in one function (shared tests decided once) as each alone", () => {
    const list = conditions.map(([, c]) => c);
    const codes = generateTruthCodes(list);
    expect(codes).not.toBeNull();
    const each = list.map(compileTruthClosures);
    const out = new Uint8Array(list.length);
    for (const s of sits) {
      (codes as NonNullable<typeof codes>)(s, out);
      for (let i = 0; i < list.length; i++) {
        const t = TRUTH_OF_CODE[out[i] as number];
        if (t !== (each[i] as (s: Situation) => Truth)(s))
          throw new Error(
            `${conditions[i]?.[0]}: list ${t}, alone ${(each[i] as (s: Situation) => Truth)(s)}`,
          );
      }
    }
  });

  it("keeps the three-valued logic: false AND unknown is false, true OR unknown is true, NOT unknown is unknown", () => {
    const s = { age: 70, ecog: null } as unknown as Situation;
    const truth = (c: Condition) => (generateTruth(c) as (s: Situation) => Truth)(s);
    expect(
      truth({
        all: [
          { fact: "age", lt: 65 },
          { fact: "ecog", lte: 2 },
        ],
      }),
    ).toBe(Truth.notMet);
    expect(
      truth({
        all: [
          { fact: "age", gte: 65 },
          { fact: "ecog", lte: 2 },
        ],
      }),
    ).toBe(Truth.unknown);
    expect(
      truth({
        any: [
          { fact: "age", gte: 65 },
          { fact: "ecog", lte: 2 },
        ],
      }),
    ).toBe(Truth.met);
    expect(
      truth({
        any: [
          { fact: "age", lt: 65 },
          { fact: "ecog", lte: 2 },
        ],
      }),
    ).toBe(Truth.unknown);
    expect(truth({ not: { fact: "ecog", lte: 2 } })).toBe(Truth.unknown);
    expect(truth({ fact: "ecog", known: false })).toBe(Truth.met);
    expect(truth({ all: [] })).toBe(Truth.met);
    expect(truth({ any: [] })).toBe(Truth.notMet);
  });

  it("writes no code from anything but a fact name and a finite number, boolean or text: such a condition is decided by closures", () => {
    const odd = [
      { fact: "age; globalThis.x = 1; //", gte: 1 },
      { fact: "toString", is: 1 },
      { fact: "age", gte: Number.POSITIVE_INFINITY },
      { fact: "age", gte: Number.NaN },
      { fact: "age", is: { toString: () => "1" } },
    ] as unknown as Condition[];
    for (const c of odd) {
      expect(generateTruth(c)).toBeNull();
      expect(generateTruthCodes([c])).toBeNull();
    }
    expect(generateUnknowns(odd[0] as Condition)).toBeNull();
    expect((globalThis as { x?: unknown }).x).toBeUndefined();
    // The closures still decide it: infinity is never reached.
    expect(compileTruth(odd[2] as Condition)({ age: 90 } as unknown as Situation)).toBe(Truth.notMet);
    // A text value with quotes and line breaks is written as a literal, never as code.
    const quoted = { fact: "category", is: 'a"b\n\u2028c' } as unknown as Condition;
    const t = generateTruth(quoted) as (s: Situation) => Truth;
    expect(t({ category: 'a"b\n\u2028c' } as unknown as Situation)).toBe(Truth.met);
    expect(t({ category: "mgus" } as unknown as Situation)).toBe(Truth.notMet);
  });
});

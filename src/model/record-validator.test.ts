/** The generated record validator against zod (the model is zod's compile-differential test): on the
 * examples, the synth cohort and mutations of them, the fast check and zod must
 * accept and refuse the same inputs, and an accepted input must give the Facts zod's copy gives. */
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import contractExample from "../../examples/design/contract-example.json" with { type: "json" };
import { GENERATED_VALIDATOR_PATH, recordValidatorSource } from "../../scripts/gen-validator.js";
import { synthCohort } from "../synth/cohort.js";
import { exampleRecords } from "../testing/example-records.js";
import {
  AmyloidOrgan,
  HeavyChain,
  ImmunofixationResult,
  ResponseCategory,
  StopReason,
  TherapyPhase,
} from "./enums.js";
import { normalizeRecord } from "./facts.js";
import { PatientRecord } from "./record.js";
import { isValidRecord } from "./record-validator.js";

const AS_OF = "2026-11-27";

/** Every object and array inside `v` (the input's, which Facts must never share). */
function objectsIn(v: unknown, out = new Set<object>()): Set<object> {
  if (v === null || typeof v !== "object" || out.has(v)) return out;
  out.add(v);
  for (const x of Object.values(v)) objectsIn(x, out);
  return out;
}

/** Checks one input both ways; returns whether zod accepted it. */
function agrees(input: unknown): boolean {
  const zod = PatientRecord.safeParse(input);
  const fast = isValidRecord(input);
  // The one place the fast check is stricter, by design: it counts an id's length in UTF-16 units,
  // zod in code points, so an id of 201-400 units may be refused here and accepted by zod (it is then
  // parsed by zod, so the result is the same; only slower).
  const longId = typeof idOf(input) === "string" && (idOf(input) as string).length > 200;
  if (fast !== zod.success && !(longId && !fast))
    expect.fail(`fast check ${fast}, zod ${zod.success} on ${show(input)}`);
  if (!zod.success) return false;
  const viaFast = normalizeRecord(input, { defaultAsOf: AS_OF });
  // No defaults and no transforms: what zod returns equals what came in, so the input can stand in.
  if (!isDeepStrictEqual(zod.data, asZodReadsIt(input))) expect.fail(`zod changed ${show(input)}`);
  const viaZod = normalizeRecord(zod.data, { defaultAsOf: AS_OF });
  if (viaFast.ok && viaZod.ok) {
    expect(JSON.stringify(viaFast.facts)).toBe(JSON.stringify(viaZod.facts));
    const theirs = objectsIn(input);
    expect([...objectsIn(viaFast.facts)].filter((o) => theirs.has(o))).toEqual([]);
  } else {
    expect(viaFast).toEqual(viaZod);
  }
  return true;
}

function idOf(input: unknown): unknown {
  return input !== null && typeof input === "object" ? (input as { id?: unknown }).id : undefined;
}

/** `v` as zod reads it: arrays by index, objects by their enumerable keys (own or inherited, as
 * `for...in` and `input[key]` see them), into plain copies. */
function asZodReadsIt(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(asZodReadsIt);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const k in v) out[k] = asZodReadsIt((v as Record<string, unknown>)[k]);
  return out;
}

function show(x: unknown): string {
  const s = JSON.stringify(x) ?? String(x);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}

const EXAMPLES = exampleRecords().map(([, r]) => r);
const COHORT = [...synthCohort(7, 3000)];

describe("the generated record validator", () => {
  it(`is in step with the zod schema (run npm run gen:validator)`, () => {
    expect(readFileSync(GENERATED_VALIDATOR_PATH, "utf8")).toBe(recordValidatorSource());
  });

  it("agrees with zod on every example", () => {
    const accepted = EXAMPLES.filter(agrees).length;
    expect(accepted).toBeGreaterThan(EXAMPLES.length / 2);
  });

  it("agrees with zod on 3,000 synth records, and accepts them", () => {
    expect(COHORT.filter(agrees).length).toBe(COHORT.length);
  }, 60_000);
});

// ---- mutations -----------------------------------------------------------------------------------

/** An object with an own "__proto__" key, as JSON.parse makes it. */
const protoKeyed = (value: unknown) => JSON.parse(`{"__proto__": ${JSON.stringify(value)}}`) as unknown;

const DATES = [
  "2026-02-30",
  "2026-13-01",
  "2026-00-10",
  "2026-04-31",
  "2026-06-30",
  "2024-02-29",
  "2023-02-29",
  "1900-02-29",
  "2000-02-29",
  "0000-01-01",
  "9999-12-31",
  "2026-1-01",
  "2026-01-01T00:00:00Z",
  " 2026-01-01",
  "2026-01-01\n",
  "２０２６-01-01",
  "1990-01-01",
  "2030-12-31",
];
const NUMBERS = [
  -1,
  -0,
  0,
  0.5,
  1,
  4,
  4.5,
  5,
  6,
  8,
  9,
  100,
  100.0001,
  120,
  120.5,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  2 ** 53 - 1,
  5e-324,
  -5e-324,
];
const PLAIN_STRINGS = [
  "",
  "unknown",
  "Unknown",
  "null",
  "1",
  "x".repeat(200),
  "x".repeat(201),
  "😀".repeat(100),
  "😀".repeat(101),
  "\ud800",
  "g/dL",
  "mg/dL",
  "umol/L",
  "kg",
  "lenalidomide",
  "Lenalidomide",
  "a-b c",
  "1abc",
  "female",
  "negative",
  "positive",
  "conventional",
  "constructor",
  "__proto__",
];
const STRINGS = [
  ...PLAIN_STRINGS,
  ...HeavyChain,
  ...ResponseCategory,
  ...ImmunofixationResult,
  ...TherapyPhase,
  ...StopReason,
  ...AmyloidOrgan,
];
const OTHERS: unknown[] = [
  true,
  false,
  null,
  undefined,
  [],
  {},
  ["lenalidomide"],
  [{ date: "2026-01-01", value: 1, unit: "g/dL" }],
  { value: 1, unit: "g/dL" },
  { value: 1, unit: "g/dL", extra: 1 },
  { date: "2026-01-01", result: "negative" },
  { count: 1 },
  protoKeyed(1),
  protoKeyed({ value: 1 }),
  Object.create(null),
  new Date(0),
  { toString: 1 },
];
const VALUES = [...DATES, ...NUMBERS, ...STRINGS, ...OTHERS];
const KEYS = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "extra",
  "date",
  "unit",
  "value",
  "end",
  "upperLimitOfNormal",
  "method",
  "asOf",
];

type Path = (string | number)[];
function pathsOf(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (v !== null && typeof v === "object")
    for (const [k, x] of Object.entries(v)) pathsOf(x, [...prefix, k], out);
  return out;
}

type Edit =
  | { op: "set"; at: number; value: unknown }
  | { op: "delete"; at: number }
  | { op: "add"; at: number; key: string; value: unknown }
  | { op: "swap-dates"; line: number };

/** A copy of `base` with the edits applied at places picked by `at` (modulo the number of places). */
function mutate(base: unknown, edits: readonly Edit[]): unknown {
  const root = { v: structuredClone(base) } as Record<string, unknown>;
  for (const e of edits) {
    if (e.op === "swap-dates") {
      const lines = (root.v as { treatmentHistory?: { start: unknown; end?: unknown }[] }).treatmentHistory;
      const t = lines?.[e.line % Math.max(1, lines.length)];
      if (t && typeof t === "object") [t.start, t.end] = [t.end ?? "1900-01-01", t.start];
      continue;
    }
    const paths = pathsOf(root.v);
    const path = ["v", ...(paths[e.at % paths.length] ?? [])];
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], root) as Record<
      string | number,
      unknown
    >;
    const last = path[path.length - 1] as string | number;
    const node = parent[last];
    if (e.op === "set") parent[last] = structuredCloneKeepingProto(e.value);
    else if (e.op === "delete" && path.length > 1) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (e.op === "add" && node !== null && typeof node === "object" && !Array.isArray(node))
      Object.defineProperty(node, e.key, {
        value: structuredCloneKeepingProto(e.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return root.v;
}

/** structuredClone, except for values it changes (a Date stays a Date; a null-prototype object and an
 * own "__proto__" key must survive): those are shared, which is safe as nothing edits them. */
function structuredCloneKeepingProto(v: unknown): unknown {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : structuredClone(v);
}

function valueAt(base: unknown, at: number): unknown {
  const paths = pathsOf(base);
  return (paths[at % paths.length] ?? []).reduce<unknown>(
    (n, k) => (n as Record<string | number, unknown>)[k],
    base,
  );
}

/** The values worth putting in place of `v`: its own kind's edge cases and every other kind. */
function valuesToTry(v: unknown): unknown[] {
  const otherKinds = [1, "1", "unknown", true, null, undefined, [], {}];
  if (typeof v === "number") return [...NUMBERS, ...otherKinds];
  if (typeof v === "string") return [...DATES, ...PLAIN_STRINGS, ...otherKinds];
  return [...OTHERS, ...otherKinds];
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant("set" as const),
      at: fc.nat(),
      value: fc.constantFrom(...VALUES),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("add" as const),
      at: fc.nat(),
      key: fc.constantFrom(...KEYS),
      value: fc.constantFrom(...VALUES),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("swap-dates" as const), line: fc.nat() }) },
);

const BASES = [...EXAMPLES, ...COHORT.slice(0, 200)];
const mutated = fc
  .tuple(fc.nat(BASES.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }))
  .map(([i, edits]) => mutate(BASES[i], edits));

describe("the generated record validator on mutated records", () => {
  it("agrees with zod on every mutation (dropped fields, wrong types, extra and prototype keys, bad dates, NaN, end before start)", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        if (agrees(input)) accepted++;
        else refused++;
      }),
      { numRuns: 2500, seed: 20261201 },
    );
    // Both sides of the line are reached, so the agreement means something.
    expect(accepted).toBeGreaterThan(400);
    expect(refused).toBeGreaterThan(400);
  }, 120_000);

  it("agrees with zod on every single edit of a record with every section (each place, each value, each key)", () => {
    const base = contractExample;
    const places = pathsOf(base).length;
    let checked = 0;
    for (let at = 0; at < places; at++) {
      const edits: Edit[] = [
        ...valuesToTry(valueAt(base, at)).map((value): Edit => ({ op: "set", at, value })),
        { op: "delete", at },
        ...KEYS.map((key): Edit => ({ op: "add", at, key, value: 1 })),
      ];
      for (const e of edits) agrees(mutate(base, [e]));
      checked += edits.length;
    }
    expect(checked).toBeGreaterThan(4_000);
  }, 120_000);

  /** The verdict of both checks and the Facts (or issues) both ways, for inputs `agrees` cannot take:
   * zod copies a property a key walk does not see, so its copy differs from the input. */
  function sameVerdictAndFacts(input: unknown): boolean {
    const zod = PatientRecord.safeParse(input);
    expect(isValidRecord(input)).toBe(zod.success);
    if (zod.success) {
      const factsOf = (r: unknown) => {
        const res = normalizeRecord(r, { defaultAsOf: AS_OF });
        return JSON.stringify(res.ok ? res.facts : res.issues);
      };
      expect(factsOf(input)).toBe(factsOf(zod.data));
    }
    return zod.success;
  }

  /** A copy of the contract example (which has every section) with `value` at `section.key`, as a
   * property a key walk skips. */
  function withHidden(section: string | null, key: string, value: unknown): unknown {
    const r = structuredClone(contractExample) as Record<string, unknown>;
    const target = (section === null ? r : r[section]) as object;
    Object.defineProperty(target, key, { value, enumerable: false, configurable: true, writable: true });
    return r;
  }

  it("agrees with zod on properties a key walk does not meet: not enumerable, or lent by Object.prototype", () => {
    const bad = { value: "1", unit: "mg/dL" };
    const good = { value: 9.5, unit: "mg/dL" };
    expect(sameVerdictAndFacts(withHidden("labs", "calcium", bad))).toBe(false);
    expect(sameVerdictAndFacts(withHidden("labs", "calcium", good))).toBe(true);
    expect(sameVerdictAndFacts(withHidden("labs", "heavyChain", "IgX"))).toBe(false);
    expect(sameVerdictAndFacts(withHidden(null, "asOf", "2026-02-30"))).toBe(false);
    expect(sameVerdictAndFacts(withHidden(null, "schemaVersion", "2"))).toBe(false);
    expect(sameVerdictAndFacts(withHidden("conditions", "bonePain", "yes"))).toBe(false);
    expect(sameVerdictAndFacts(withHidden("cytogenetics", "del17p", 1))).toBe(false);
    expect(sameVerdictAndFacts(withHidden("series", "calcium", [{ date: "x" }]))).toBe(false);
    // heavyChain is a name of the labs alone, so the lent value reaches no other object
    const withoutHeavyChain = structuredClone(contractExample) as { labs: { heavyChain?: string } };
    delete withoutHeavyChain.labs.heavyChain;
    for (const value of ["IgX", "IgA"]) {
      Object.defineProperty(Object.prototype, "heavyChain", { value, configurable: true, writable: true });
      try {
        expect(sameVerdictAndFacts(structuredClone(withoutHeavyChain))).toBe(value === "IgA");
      } finally {
        delete (Object.prototype as { heavyChain?: unknown }).heavyChain;
      }
    }
  });

  it("agrees with zod on labs without a prototype and on labs with a getter", () => {
    const r = structuredClone(contractExample) as Record<string, unknown>;
    expect(sameVerdictAndFacts({ ...r, labs: Object.assign(Object.create(null), r.labs) })).toBe(true);
    const getter = Object.defineProperty({ ...(r.labs as object) }, "calcium", {
      get: () => ({ value: 9.5, unit: "mg/dL" }),
      enumerable: true,
    });
    expect(sameVerdictAndFacts({ ...r, labs: getter })).toBe(true);
  });

  it("agrees with zod on a record reached through its prototype and on non-records", () => {
    for (const input of [Object.create(contractExample), null, [], "record", 1, undefined, new Date(0)])
      agrees(input);
  });
});

describe("a record the fast check refuses", () => {
  /** The issues normalizeRecord gives for the contract example with `edit` applied. */
  function issuesOf(edit: (r: Record<string, Record<string, unknown>>) => void): unknown {
    const r = structuredClone(contractExample) as unknown as Record<string, Record<string, unknown>>;
    edit(r);
    const res = normalizeRecord(r);
    return res.ok ? "accepted" : res.issues;
  }

  it("still gets the clear errors: the field named, what was expected, the field meant", () => {
    // The labs, series and conditions are checked key by key (withKeyDispatch); the rest by name.
    expect(
      issuesOf((r) => {
        r.labs!.calcium = { value: "10", unit: "mg/dL" };
      }),
    ).toEqual([{ path: "labs.calcium.value", message: "expected a number" }]);
    expect(
      issuesOf((r) => {
        r.labs!.creatinin = { value: 1, unit: "mg/dL" };
      }),
    ).toEqual([
      { path: "labs.creatinin", message: '"creatinin" is not a field of labs; did you mean "creatinine"?' },
    ]);
    expect(
      issuesOf((r) => {
        r.conditions!.bonePain = "yes";
      }),
    ).toEqual([{ path: "conditions.bonePain", message: "expected boolean, received string" }]);
    expect(
      issuesOf((r) => {
        r.series = { calcium: [{ date: "2026-13-01", value: 9, unit: "mg/dL" }] };
      }),
    ).toEqual([{ path: "series.calcium.0.date", message: "expected an ISO 8601 date (YYYY-MM-DD)" }]);
    expect(
      issuesOf((r) => {
        r.lab = {};
      }),
    ).toEqual([{ path: "lab", message: '"lab" is not a field of the record; did you mean "labs"?' }]);
    // A hidden (not enumerable) lab the key walk cannot meet is still read and refused.
    expect(
      issuesOf((r) => {
        Object.defineProperty(r.labs, "calcium", {
          value: { value: "10", unit: "mg/dL" },
          enumerable: false,
        });
      }),
    ).toEqual([{ path: "labs.calcium.value", message: "expected a number" }]);
  });
});

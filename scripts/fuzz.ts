/** `npm run fuzz [-- --runs N --seed S]`: property-based fuzzing (fast-check) of the record parser,
 * the units, the FHIR mapper and every HTTP route the app registers (Fastify inject, no sockets).
 * Inputs are valid records, Bundles and bodies with hostile mutations (prototype names, objects with
 * a `toString` member, control characters, huge numbers, wrong types). Prints inputs, accepted, 4xx,
 * 5xx and exceptions per target; exits 1 on any 5xx or exception (the first few are printed). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { assess } from "../src/engine/assess.js";
import { FIXTURE_RECORDS } from "../src/fhir/__fixtures__/records.js";
import { bundleToRecord } from "../src/fhir/bundle-to-record.js";
import { recordToBundle } from "../src/fhir/record-to-bundle.js";
import { MmnavError } from "../src/model/errors.js";
import { sameUnit, toCanonical, UNIT_SPECS } from "../src/model/units.js";
import { buildApp } from "../src/server/app.js";
import { statusOf } from "../src/server/errors.js";
import { PATIENT_VIEW_SERVICE_ID } from "../src/server/routes/cds-hooks.js";
import { openStore } from "../src/store/open.js";

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "100000" }, seed: { type: "string" } },
});
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 4) throw new Error("--runs must be a whole number of at least 4");
const SEED = args.seed !== undefined ? Number(args.seed) : Math.floor(Math.random() * 2 ** 31);

// ---- inputs -------------------------------------------------------------------------------------

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const NASTY = [
  ...PROTOTYPE_NAMES,
  "prototype",
  "",
  " ",
  "\n",
  '\r\n{"level":60}',
  "\u0000",
  "\u202e",
  "\ud800",
  "😀",
  "g/dL",
  "mg/dL",
  "umol/L",
  "10*3/uL",
  "%",
  "g/dL{x}",
  "NaN",
  "-1",
  "1e309",
  "2026-02-30",
  "9999-12-31",
  "0000-01-01",
  "../../etc/passwd",
  "%E0%A4%A",
  "<script>alert(1)</script>",
  "'; DROP TABLE patients;--",
  "x".repeat(300),
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9 -]{0,20}$/) },
);
/** Objects where text or numbers are expected: JSON, but `${x}` or String(x) throws on some. */
const traps = fc.constantFrom<unknown>(
  { toString: 1 },
  { toString: "x", valueOf: {} },
  { valueOf: 1 },
  { constructor: { prototype: 1 } },
  [],
  [[]],
  {},
);
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2),
);
const scalar = fc.oneof(text, number, fc.boolean(), fc.constant(null), traps);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(text, scalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

type Json = unknown;
type Path = (string | number)[];
function pathsOf(v: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) pathsOf(x, [...prefix, i], out);
  } else if (v !== null && typeof v === "object")
    for (const [k, x] of Object.entries(v)) pathsOf(x, [...prefix, k], out);
  return out;
}

type Edit = { at: number; op: "set" | "delete" | "add"; key: string; value: unknown };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom("set", "set", "delete", "add"),
  key: text,
  value,
});

/** A copy of `base` with 1-3 edits at random places (set a value, delete a key, add a key). */
function mutate(base: Json, edits: Edit[]): Json {
  const root = { v: structuredClone(base) } as Record<string, unknown>;
  for (const e of edits) {
    const paths = pathsOf(root.v);
    const path = ["v", ...(paths[e.at % paths.length] ?? [])];
    const parent = path.slice(0, -1).reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root);
    const last = path[path.length - 1] as string | number;
    const node = (parent as Record<string, unknown>)[last];
    // A copy: fast-check hands out the same constant objects again, which must never be edited.
    const fresh = structuredClone(e.value);
    if (e.op === "set") (parent as Record<string, unknown>)[last] = fresh;
    else if (e.op === "delete" && !Array.isArray(parent) && path.length > 1)
      delete (parent as Record<string, unknown>)[last];
    else if (e.op === "add" && node !== null && typeof node === "object" && !Array.isArray(node))
      Object.defineProperty(node, e.key, {
        value: fresh,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return root.v;
}
const mutated = (bases: Json[]) =>
  fc
    .tuple(fc.nat(bases.length - 1), fc.array(edit, { minLength: 0, maxLength: 3 }))
    .map(([i, edits]) => mutate(bases[i], edits));

const RECORDS: Json[] = FIXTURE_RECORDS.map((f) => f.record);
const BUNDLES: Json[] = FIXTURE_RECORDS.map((f) => recordToBundle(f.record));
const OBSERVATIONS: Json[] = [
  { field: "creatinine", date: "2026-01-01", value: 1.2, unit: "mg/dL", source: "lab" },
  { field: "serumImmunofixation", date: "2026-01-01", result: "negative" },
  { field: "clonalPlasmaCellPercent", date: "2026-01-01", value: 12 },
];
const TREATMENTS: Json[] = [
  {
    regimen: "VRd",
    drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
    start: "2024-01-10",
    end: "2024-06-01",
  },
];
const HOOKS: Json[] = FIXTURE_RECORDS.slice(0, 2).map((f) => ({
  hook: "patient-view",
  hookInstance: "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
  context: { userId: "Practitioner/1", patientId: "p1" },
  prefetch: {
    patient: (recordToBundle(f.record).entry ?? [])[0]?.resource,
    observations: recordToBundle(f.record),
  },
}));
const FEEDBACK: Json[] = [
  { feedback: [{ card: "c1", outcome: "overridden", outcomeTimestamp: "2026-01-01T00:00:00Z" }] },
];
const anyBody = fc.oneof(
  mutated(RECORDS),
  mutated(BUNDLES),
  mutated(OBSERVATIONS),
  mutated([{ observations: OBSERVATIONS }]),
  mutated(TREATMENTS),
  mutated(HOOKS),
  mutated(FEEDBACK),
  value,
);

// ---- outcomes -----------------------------------------------------------------------------------

interface Tally {
  inputs: number;
  accepted: number;
  c4xx: number;
  c5xx: number;
  exceptions: number;
  failures: string[];
}
const tally = (): Tally => ({ inputs: 0, accepted: 0, c4xx: 0, c5xx: 0, exceptions: 0, failures: [] });
const show = (x: unknown) => {
  const s = JSON.stringify(x) ?? String(x);
  return s.length > 600 ? `${s.slice(0, 600)}… (${s.length} characters)` : s;
};
function fail(t: Tally, what: string): void {
  if (t.failures.length < 5) t.failures.push(what);
}

/** Runs a pure function: true is accepted, false or our error a rejection (4xx, or 5xx by its code), any
 * other throw an exception. */
function pure(t: Tally, input: unknown, fn: () => boolean): void {
  t.inputs++;
  try {
    if (fn()) t.accepted++;
    else t.c4xx++;
  } catch (e) {
    if (e instanceof MmnavError && statusOf(e.code) < 500) t.c4xx++;
    else if (e instanceof MmnavError) {
      t.c5xx++;
      fail(t, `${e.code}: ${e.message}\n  input: ${show(input)}`);
    } else {
      t.exceptions++;
      fail(
        t,
        `${e instanceof Error ? e.stack?.split("\n").slice(0, 3).join(" | ") : String(e)}\n  input: ${show(input)}`,
      );
    }
  }
}

const fields = Object.keys(UNIT_SPECS) as (keyof typeof UNIT_SPECS)[];

/** Lets signals (Ctrl-C) through during long synchronous targets. */
const breathe = async (t: Tally) => {
  if (t.inputs % 250 === 0) await new Promise((r) => setImmediate(r));
};

async function fuzzUnits(runs: number, t: Tally): Promise<void> {
  const arb = fc.tuple(
    fc.constantFrom(...fields),
    number,
    fc.oneof(text, fc.constantFrom("g/L", "mmol/L", "mg/24h", "lb")),
  );
  await fc.assert(
    fc.asyncProperty(arb, async ([field, v, unit]) => {
      await breathe(t);
      pure(t, { field, v, unit }, () => {
        const r = toCanonical(field, v, unit);
        if (r.ok && Number.isFinite(v) && !Number.isFinite(r.value))
          throw new Error("a finite value converted to a non-finite one");
        if (!r.ok && (typeof r.message !== "string" || r.message.length > 400))
          throw new Error("a missing or over-long message");
        sameUnit(unit, "g/dL");
        return r.ok;
      });
    }),
    { numRuns: runs, seed: SEED },
  );
}

async function fuzzRecords(runs: number, t: Tally): Promise<void> {
  await fc.assert(
    fc.asyncProperty(mutated(RECORDS), async (record) => {
      await breathe(t);
      pure(t, record, () => assess(record, { defaultAsOf: "2026-11-26" }) !== undefined);
    }),
    { numRuns: runs, seed: SEED + 1 },
  );
}

async function fuzzFhir(runs: number, t: Tally): Promise<void> {
  await fc.assert(
    fc.asyncProperty(mutated(BUNDLES), async (bundle) => {
      await breathe(t);
      pure(t, bundle, () => {
        const { record } = bundleToRecord(bundle, { asOf: "2026-11-26" });
        return assess(record, { defaultAsOf: "2026-11-26" }) !== undefined;
      });
    }),
    { numRuns: runs, seed: SEED + 2 },
  );
}

/** A path segment for any text (a lone surrogate becomes a malformed escape, as a client might send). */
function encodeSegment(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80";
  }
}

async function fuzzHttp(runs: number, t: Tally): Promise<{ routes: number }> {
  const dir = mkdtempSync(join(tmpdir(), "mmnav-fuzz-"));
  const store = await openStore({ dataDir: dir });
  const routes: { method: string; url: string }[] = [];
  const app = await buildApp({
    store,
    logger: false,
    webRoot: null,
    rateLimit: false,
    today: () => "2026-11-26",
    cds: { auth: "disabled", appBaseUrl: "http://127.0.0.1:8080" },
    onRoute: (r) => {
      for (const method of [r.method].flat()) routes.push({ method, url: r.url });
    },
  });
  try {
    await app.ready();
    const seeded = await app.inject({
      method: "POST",
      url: "/api/v1/patients",
      payload: RECORDS[0] as object,
    });
    const patientId = (JSON.parse(seeded.body) as { id: string }).id;
    const segment = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(patientId, PATIENT_VIEW_SERVICE_ID, "1", "2") },
      { weight: 2, arbitrary: text.map(encodeSegment) },
      { weight: 1, arbitrary: fc.constantFrom("%E0%A4%A", "%", "x".repeat(150), "..", "%2F") },
    );
    const query = fc.oneof(
      fc.constant(""),
      fc.constantFrom(
        "?asOf=2026-11-26",
        "?limit=1&offset=0",
        "?category=multiple-myeloma",
        "?version=1",
        "?field=creatinine",
      ),
      fc.dictionary(text, text, { maxKeys: 3 }).map((q) => `?${new URLSearchParams(q).toString()}`),
    );
    const request = fc.record({
      route: fc.constantFrom(...routes),
      params: fc.array(segment, { minLength: 4, maxLength: 4 }),
      query,
      body: anyBody,
      raw: fc.option(
        fc.oneof(
          text,
          fc.constantFrom("{", "[1,", '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}'),
        ),
        {
          freq: 8,
        },
      ),
      type: fc.constantFrom(
        "application/json",
        "application/fhir+json",
        "text/plain",
        "application/json; charset=latin1",
      ),
      headers: fc.dictionary(
        fc.constantFrom("if-match", "accept", "origin", "access-control-request-method", "authorization"),
        text,
        {
          maxKeys: 2,
        },
      ),
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        let i = 0;
        const url = r.route.url.replace(/:[A-Za-z]+|\*/g, () => r.params[i++] ?? "x") + r.query;
        const hasBody = !["GET", "HEAD", "OPTIONS", "DELETE"].includes(r.route.method);
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(r.headers)) if (/^[\t\x20-\x7e]*$/.test(v)) headers[k] = v;
        const input = { method: r.route.method, url, headers, body: hasBody ? (r.raw ?? r.body) : undefined };
        t.inputs++;
        try {
          const res = await app.inject({
            method: r.route.method as "GET",
            url,
            headers: hasBody ? { ...headers, "content-type": r.type } : headers,
            ...(hasBody ? { payload: r.raw ?? JSON.stringify(r.body) ?? "null" } : {}),
          });
          if (res.statusCode >= 500) {
            t.c5xx++;
            fail(t, `${res.statusCode} ${res.body.slice(0, 300)}\n  input: ${show(input)}`);
          } else if (res.statusCode >= 400) t.c4xx++;
          else t.accepted++;
        } catch (e) {
          t.exceptions++;
          fail(t, `${String(e)}\n  input: ${show(input)}`);
        }
      }),
      { numRuns: runs, seed: SEED + 3 },
    );
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { routes: routes.length };
}

// ---- run ----------------------------------------------------------------------------------------

const share = { units: 0.2, records: 0.2, fhir: 0.2 };
const n = {
  units: Math.floor(RUNS * share.units),
  records: Math.floor(RUNS * share.records),
  fhir: Math.floor(RUNS * share.fhir),
};
const nHttp = RUNS - n.units - n.records - n.fhir;
const results: [string, Tally, number][] = [];
const started = performance.now();
const timed = async (name: string, runs: number, fn: (runs: number, t: Tally) => unknown) => {
  const s = performance.now();
  // Seconds so far as a negative start time until the target ends (an interrupted run reports it).
  const entry: [string, Tally, number] = [name, tally(), -s];
  results.push(entry);
  try {
    await fn(runs, entry[1]);
  } catch (e) {
    // The harness itself failed (fast-check reports the input): a failure, never a silent stop.
    entry[1].exceptions++;
    fail(entry[1], `the run stopped: ${e instanceof Error ? e.message.slice(0, 2000) : String(e)}`);
  }
  entry[2] = (performance.now() - s) / 1000;
  console.log(`  ${name}: ${entry[1].inputs} inputs in ${entry[2].toFixed(1)} s`);
};

let uncaught = 0;
process.on("uncaughtException", (e) => {
  uncaught++;
  console.error("uncaught exception:", e);
});
process.on("unhandledRejection", (e) => {
  uncaught++;
  console.error("unhandled rejection:", e);
});
let routeCount = 0;

/** The table of what was tried; exits 1 on any 5xx or exception (130 when interrupted). */
function report(interrupted: boolean): never {
  const seconds = (performance.now() - started) / 1000;
  const pad = (x: string | number, w: number) => String(x).padStart(w);
  const row = (name: string, t: Tally, sec: number) =>
    `${name.padEnd(40)}${pad(t.inputs, 9)}${pad(t.accepted, 10)}${pad(t.c4xx, 9)}${pad(t.c5xx, 6)}${pad(t.exceptions, 12)}${pad(sec.toFixed(1), 8)}`;
  console.log(
    `\n${"target".padEnd(40)}${pad("inputs", 9)}${pad("accepted", 10)}${pad("4xx", 9)}${pad("5xx", 6)}${pad("exceptions", 12)}${pad("s", 8)}`,
  );
  const total = tally();
  for (const [name, t, sec] of results) {
    console.log(row(name, t, sec < 0 ? (performance.now() + sec) / 1000 : sec));
    total.inputs += t.inputs;
    total.accepted += t.accepted;
    total.c4xx += t.c4xx;
    total.c5xx += t.c5xx;
    total.exceptions += t.exceptions;
  }
  total.exceptions += uncaught;
  console.log(row("total", total, seconds));
  console.log(
    `(HTTP: ${routeCount} method+route pairs enumerated from the app; pure targets count rejected input as 4xx)`,
  );
  for (const [name, t] of results) for (const f of t.failures) console.error(`\n${name}: ${f}`);
  if (total.c5xx > 0 || total.exceptions > 0) {
    console.error(`\nfuzz FAILED: ${total.c5xx} 5xx, ${total.exceptions} exceptions (seed ${SEED})`);
    process.exit(1);
  }
  if (interrupted) {
    console.log(`fuzz interrupted after ${total.inputs} inputs: no 5xx, no exceptions so far`);
    process.exit(130);
  }
  console.log("fuzz: no 5xx, no exceptions");
  process.exit(0);
}
process.once("SIGINT", () => report(true));
process.once("SIGTERM", () => report(true));

console.log(`fuzz: ${RUNS} inputs, seed ${SEED} (repeat with --seed ${SEED})`);
await timed("units (toCanonical)", n.units, fuzzUnits);
await timed("record parser + engine (assess)", n.records, fuzzRecords);
await timed("FHIR mapper (bundleToRecord + assess)", n.fhir, fuzzFhir);
await timed("HTTP routes (inject)", nHttp, async (runs, t) => {
  routeCount = (await fuzzHttp(runs, t)).routes;
});
report(false);

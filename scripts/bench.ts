/** `npm run bench`: the navigator's speed, as ratios to yardsticks measured in the same run, so the
 * figures mean the same on any machine (absolute figures name the machine they came from).
 *   (a) assess() records/s on one thread;
 *   (b) `mmnav screen --compact` end to end on all cores, with peak memory;
 *   (c) HTTP POST /api/v1/assessments at fixed arrival rates (paced, open loop, on loopback; after a
 *       warm-up): p50/p99, errors, and the load generator's own event-loop delay (what of the tail is the
 *       client's); and its capacity, closed loop (autocannon, 8 connections);
 *   (d) json-rules-engine doing the category + 20/2/20 + R-ISS slice on the same records;
 *   (e) the same slice as plain functions: the ceiling.
 * Prints a table and writes JSON (default .tmp/bench.json). The options: `npm run bench -- --help`. */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Table from "cli-table3";
import { assess } from "../src/engine/assess.js";
import { assessCompact } from "../src/engine/compact.js";
import { toFacts } from "../src/model/facts.js";
import { SYNTH_AS_OF, synthCohort } from "../src/synth/cohort.js";
import { makeRulesEngine, sliceFacts, slicePlain, sliceRulesEngine } from "./bench-slice.js";
import { pacedLoad } from "./paced-load.js";

const { values: args } = parseArgs({
  options: {
    records: { type: "string", default: "3000" },
    "screen-records": { type: "string", default: "20000" },
    rates: { type: "string", default: "250,500,1000" },
    "http-warmup": { type: "string", default: "20" },
    "http-seconds": { type: "string", default: "10" },
    "http-workers": { type: "string", default: "1" },
    "http-assess-threads": { type: "string", default: "0" },
    "http-semi-space": { type: "string" },
    "http-node-args": { type: "string", default: "" },
    "http-cli": { type: "string", default: "dist/cli/main.js" },
    "no-http": { type: "boolean", default: false },
    "only-http": { type: "boolean", default: false },
    out: { type: "string", default: ".tmp/bench.json" },
    seed: { type: "string", default: "2026" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  process.stdout.write(`npm run bench -- [options]: the navigator's speed as same-run ratios (README, Performance).
  --records N              assess() loop records (default 3000)
  --screen-records N       records for screen --compact (default 20000)
  --rates 250,500,1000     HTTP arrival rates per second
  --http-seconds S         seconds per rate (default 10); --http-warmup S (default 20)
  --http-workers N         mmnav serve --workers N (default 1)
  --http-assess-threads N  mmnav serve --assess-threads N (default 0)
  --http-semi-space MB     the server's MMNAV_SEMI_SPACE_MB (V8 semi-space of each worker
                           process and assessment thread; default: the server's own)
  --http-node-args="ARGS"  node options of the server process (e.g. "--trace-gc"); its standard
                           output (request log, GC trace) then goes to OUT with .server.log
  --http-cli FILE          the CLI that serves (default dist/cli/main.js)
  --no-http | --only-http  leave out, or run only, the HTTP section
  --seed S                 synthetic cohort seed (default 2026)
  --out FILE               JSON output (default .tmp/bench.json)
`);
  process.exit(0);
}
const N = Number(args.records);
const SCREEN_N = Number(args["screen-records"]);
const SEED = Number(args.seed);
const HTTP_WORKERS = Number(args["http-workers"]);
if (!Number.isSafeInteger(HTTP_WORKERS) || HTTP_WORKERS < 1)
  throw new Error("--http-workers must be a whole number of at least 1");
const HTTP_ASSESS_THREADS = Number(args["http-assess-threads"]);
if (!Number.isSafeInteger(HTTP_ASSESS_THREADS) || HTTP_ASSESS_THREADS < 0)
  throw new Error("--http-assess-threads must be a whole number of at least 0");
const HTTP_SEMI_SPACE = args["http-semi-space"];
if (HTTP_SEMI_SPACE !== undefined && !/^\d+$/.test(HTTP_SEMI_SPACE))
  throw new Error("--http-semi-space must be a whole number of MB (0: V8's own sizing)");
if (args["only-http"] && args["no-http"]) throw new Error("--only-http and --no-http exclude each other");
const ONLY_HTTP = args["only-http"];

interface Row {
  name: string;
  perSecond: number;
  ratioToBaseline: number | null;
  note: string;
}
const rows: Row[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Records per second of `fn` in steady state: one untimed pass over every record first (so the JIT
 * has seen every shape and branch: 200 records left whole code paths cold), then at least `minMs`. */
function rate(label: string, count: number, fn: (i: number) => void, minMs = 3000): number {
  for (let i = 0; i < count; i++) fn(i); // warm-up
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs * 1e6 || done < count) {
    fn(done % count);
    done++;
    if ((done & 63) === 0) elapsed = Number(process.hrtime.bigint() - start);
  }
  elapsed = Number(process.hrtime.bigint() - start);
  const r = done / (elapsed / 1e9);
  log(`${label}: ${Math.round(r)} records/s`);
  return r;
}

// ---- records --------------------------------------------------------------------------------
log(`making ${N} synthetic records (seed ${SEED})`);
// Records as the CLI and the server get them: parsed from JSON. (synth's own objects are built with
// `delete`, which leaves some in V8's slow dictionary mode and would understate every reader.)
const lines = [...synthCohort(SEED, N)].map((r) => JSON.stringify(r));
const records: unknown[] = lines.map((l) => JSON.parse(l));
const slices = ONLY_HTTP ? [] : records.map((r) => sliceFacts(toFacts(r, { defaultAsOf: SYNTH_AS_OF })));

// The two slice implementations must agree, or the comparison means nothing.
let baseline = 0;
let assessRate = 0;
let codesRate = 0;
let jreRate = 0;
let plainRate = 0;
if (!ONLY_HTTP) {
  const engine = makeRulesEngine();
  for (let i = 0; i < Math.min(500, slices.length); i++) {
    const a = slicePlain(slices[i]!);
    const b = await sliceRulesEngine(engine, slices[i]!);
    if (JSON.stringify(a) !== JSON.stringify(b))
      throw new Error(`slice implementations disagree on record ${i}`);
  }

  baseline = rate("baseline: JSON parse + stringify of a record", N, (i) => {
    JSON.stringify(JSON.parse(lines[i]!));
  });
  assessRate = rate("assess(record), one thread", N, (i) => {
    assess(records[i], { defaultAsOf: SYNTH_AS_OF });
  });
  codesRate = rate("assessCompact(record): codes only, no text, one thread", N, (i) => {
    assessCompact(records[i], { defaultAsOf: SYNTH_AS_OF });
  });
  const assessLineRate = rate("parse + assess + serialise one NDJSON line", N, (i) => {
    JSON.stringify(assess(JSON.parse(lines[i]!), { defaultAsOf: SYNTH_AS_OF }));
  });

  // json-rules-engine is promise-based: measured sequentially, as a per-record evaluation.
  let jreDone = 0;
  const jreStart = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - jreStart) < 3e9 || jreDone < Math.min(N, 2000)) {
    await sliceRulesEngine(engine, slices[jreDone % slices.length]!);
    jreDone++;
  }
  jreRate = jreDone / (Number(process.hrtime.bigint() - jreStart) / 1e9);
  log(`json-rules-engine slice: ${Math.round(jreRate)} records/s`);
  let sink = 0;
  plainRate = rate(
    "plain-function slice",
    slices.length,
    (i) => {
      sink += slicePlain(slices[i]!).riss;
    },
    1000,
  );
  if (sink < 0) log("unreachable");

  rows.push(
    { name: "baseline: JSON parse + stringify", perSecond: baseline, ratioToBaseline: 1, note: "yardstick" },
    {
      name: "(a) assess(), one thread, with text",
      perSecond: assessRate,
      ratioToBaseline: assessRate / baseline,
      note: `${(assessRate / jreRate).toFixed(2)}x the json-rules-engine slice (target 20,000/s)`,
    },
    {
      name: "(a) assessCompact(), one thread, no text",
      perSecond: codesRate,
      ratioToBaseline: codesRate / baseline,
      note: `${(codesRate / jreRate).toFixed(2)}x the json-rules-engine slice (target 75x, 100,000/s)`,
    },
    {
      name: "    parse + assess + serialise a line",
      perSecond: assessLineRate,
      ratioToBaseline: assessLineRate / baseline,
      note: "the work of one screen line",
    },
    {
      name: "(d) json-rules-engine: category + 20/2/20 + R-ISS",
      perSecond: jreRate,
      ratioToBaseline: jreRate / baseline,
      note: "the slice only",
    },
    {
      name: "(e) plain functions: the same slice",
      perSecond: plainRate,
      ratioToBaseline: plainRate / baseline,
      note: "the ceiling",
    },
  );
}

// ---- (b) screen end to end --------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), "mmnav-bench-"));
let screenRun: { seconds: number; peakMb: number; code: number } | null = null;
if (!ONLY_HTTP) {
  const cohort = join(work, "cohort.ndjson");
  writeFileSync(cohort, ""); // made by the CLI itself below
  log(`screen: ${SCREEN_N} records on ${cpus().length} cores`);

  /** Runs a child, sampling its resident memory (all threads of the process) every 50 ms. */
  function runMeasured(
    cmd: string,
    argv: string[],
  ): Promise<{ seconds: number; peakMb: number; code: number }> {
    return new Promise((resolve, reject) => {
      const start = process.hrtime.bigint();
      const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "pipe"] });
      let peak = 0;
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
      });
      const timer = setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
          const m = /VmRSS:\s+(\d+) kB/.exec(status);
          if (m) peak = Math.max(peak, Number(m[1]) / 1024);
        } catch {
          /* the child has ended */
        }
      }, 50);
      child.on("error", reject);
      child.on("exit", (code) => {
        clearInterval(timer);
        if (code !== 0) log(stderr);
        resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMb: peak, code: code ?? -1 });
      });
    });
  }

  const synth = await runMeasured("sh", [
    "-c",
    `node dist/cli/main.js synth ${SCREEN_N} --seed ${SEED} > ${JSON.stringify(cohort)}`,
  ]);
  screenRun = await runMeasured("node", [
    "dist/cli/main.js",
    "screen",
    cohort,
    "--compact",
    "--no-progress",
    "--as-of",
    SYNTH_AS_OF,
    "--out",
    join(work, "out.ndjson"),
  ]);
  if (screenRun.code !== 0) throw new Error(`screen exited ${screenRun.code}`);
  const screenRate = SCREEN_N / screenRun.seconds;
  rows.push({
    name: `(b) screen --compact, ${cpus().length} cores, end to end`,
    perSecond: screenRate,
    ratioToBaseline: screenRate / baseline,
    // No extrapolation to 1,000,000: on a short run the workers' start-up and JIT warm-up dominate (20,000
    // records at this rate "predicted" 220 s; 1,000,000 measured took 67.5 s). Pass --screen-records 1000000.
    note: `${SCREEN_N} records in ${screenRun.seconds.toFixed(1)} s, peak ${Math.round(screenRun.peakMb)} MB`,
  });
  log(
    `synth ${SCREEN_N}: ${synth.seconds.toFixed(1)} s; screen: ${Math.round(screenRate)} records/s, peak ${Math.round(screenRun.peakMb)} MB`,
  );
}

// ---- (c) HTTP -----------------------------------------------------------------------------------
interface HttpRow {
  targetRate: number;
  achieved: number;
  p50: number;
  p99: number;
  max?: number;
  errors: number;
  non2xx: number;
  /** CPU time the server (all its processes) spent per answered request, ms; null off Linux. */
  serverCpuMs: number | null;
  /** The load generator's own event-loop delay, p99 and max, ms (paced rows only; see paced-load.ts). */
  clientLag?: { p99: number; max: number };
}
const http: HttpRow[] = [];
let httpCapacity: (Omit<HttpRow, "targetRate" | "achieved"> & { perSecond: number }) | null = null;
let httpLoad: { start: number[]; end: number[] } | null = null;

/** CPU time (user + system, ms) used so far by a process and its children (the workers of
 * `serve --workers`), from /proc; null where there is none. On a shared machine latency also measures
 * the neighbours; CPU time per request much less so. */
function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/);
    let ticks = 0;
    for (const p of [String(pid), ...children.filter(Boolean)]) {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    }
    return ticks * 10; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}
const perRequest = (before: number | null, after: number | null, answered: number) =>
  before === null || after === null || answered === 0
    ? null
    : Math.round(((after - before) / answered) * 100) / 100;
if (!args["no-http"]) {
  const httpLoadStart = loadavg();
  const dataDir = join(work, "data");
  // The built CLI as an operator runs it, with no rate limit, and nothing from this shell's
  // environment (no DATABASE_URL, tokens or MMNAV_WORKERS): SQLite in a fresh folder.
  const nodeArgs = args["http-node-args"].split(/\s+/).filter(Boolean);
  if (nodeArgs.length > 0) mkdirSync(dirname(args.out), { recursive: true });
  const serverOut =
    nodeArgs.length > 0 ? openSync(`${args.out.replace(/\.json$/, "")}.server.log`, "w") : "ignore";
  const server = spawn(
    "node",
    [
      ...nodeArgs,
      args["http-cli"],
      "serve",
      "--host",
      "127.0.0.1",
      "--port",
      "0",
      "--data-dir",
      dataDir,
      "--rate-limit",
      "0",
      "--workers",
      String(HTTP_WORKERS),
      "--assess-threads",
      String(HTTP_ASSESS_THREADS),
    ],
    // The request log goes nowhere, not into a pipe this process (busy sending the load) must drain:
    // a full pipe blocks the server's synchronous log writes (p99 at 250/s: about 20 ms through the
    // pipe, 4-8 ms with the log sent to /dev/null).
    {
      stdio: ["ignore", serverOut, "pipe"],
      env: {
        PATH: process.env.PATH ?? "",
        ...(HTTP_SEMI_SPACE !== undefined ? { MMNAV_SEMI_SPACE_MB: HTTP_SEMI_SPACE } : {}),
      },
    },
  );
  const url: string = await new Promise((resolve, reject) => {
    let out = "";
    server.stderr!.on("data", (c: Buffer) => {
      process.stderr.write(c); // the server's own errors, shown as they come
      out += c.toString();
      const m = /listening at (http:\/\/[\w.:-]+)/.exec(out);
      if (m) resolve(m[1]!);
      if (out.length > 1 << 16) out = "";
    });
    server.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  const bodies = lines.slice(0, 50);
  // Paced, not autocannon's overallRate, which sends bursts at full concurrency (see paced-load.ts).
  const load = (rate: number, seconds: number) =>
    pacedLoad({
      url: `${url}/api/v1/assessments`,
      headers: { "content-type": "application/json" },
      bodies,
      rate,
      seconds,
    });
  // Closed loop: autocannon with 8 connections, each sending as soon as its answer comes back.
  const closedLoop = (seconds: number) =>
    autocannon({
      url: `${url}/api/v1/assessments`,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: bodies.map((body) => ({ body })),
      connections: 8,
      duration: seconds,
    });
  // Warm-up, not reported: a running server is warm, and V8's optimising compiler takes tens of
  // seconds of traffic to settle (with 4 s of warm-up its background threads still took a third of
  // the server's CPU, with 30 s about 6%), so without it the rows measure JIT compilation. Closed loop,
  // so the warm-up sends as many requests as the server can take.
  await closedLoop(Number(args["http-warmup"]));
  for (const target of args.rates.split(",").map(Number)) {
    const cpuBefore = cpuMsOf(server.pid);
    const result = await load(target, Number(args["http-seconds"]));
    const row = {
      targetRate: target,
      achieved: result.achieved,
      p50: result.p50,
      p99: result.p99,
      max: result.max,
      errors: result.errors,
      non2xx: result.non2xx,
      serverCpuMs: perRequest(cpuBefore, cpuMsOf(server.pid), result.sent - result.errors),
      clientLag: result.clientLag,
    };
    http.push(row);
    log(
      `HTTP at ${target}/s: ${Math.round(row.achieved)}/s, p50 ${row.p50} ms, p99 ${row.p99} ms, max ${row.max} ms, errors ${row.errors}, non-2xx ${row.non2xx}, server CPU ${row.serverCpuMs} ms a request, client event-loop delay p99 ${row.clientLag.p99} ms, max ${row.clientLag.max} ms`,
    );
  }
  // Capacity, closed loop: autocannon with 8 connections sending as fast as answers come back. This is
  // what autocannon measures well (the most the server answers per second, and latency when saturated);
  // the fixed-rate rows above are the paced ones.
  const cpuBefore = cpuMsOf(server.pid);
  const capacity = await closedLoop(Number(args["http-seconds"]));
  httpCapacity = {
    perSecond: capacity.requests.average,
    p50: capacity.latency.p50,
    p99: capacity.latency.p99,
    errors: capacity.errors + capacity.timeouts,
    non2xx: capacity.non2xx,
    serverCpuMs: perRequest(cpuBefore, cpuMsOf(server.pid), capacity.requests.total),
  };
  log(
    `HTTP capacity (autocannon, 8 connections): ${Math.round(httpCapacity.perSecond)}/s, p50 ${httpCapacity.p50} ms, p99 ${httpCapacity.p99} ms, server CPU ${httpCapacity.serverCpuMs} ms a request`,
  );
  httpLoad = { start: httpLoadStart, end: loadavg() };
  log(
    `load average (1, 5, 15 min): ${httpLoad.start.map((l) => l.toFixed(2)).join(", ")} before (c), ${httpLoad.end.map((l) => l.toFixed(2)).join(", ")} after`,
  );
  server.kill("SIGTERM");
}

// ---- report -------------------------------------------------------------------------------------
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`;
const table = new Table({
  head: ["measure", "records/s", "× baseline", "note"],
  style: { head: [], border: [] },
});
for (const r of rows)
  table.push([
    r.name,
    Math.round(r.perSecond).toLocaleString("en"),
    r.ratioToBaseline?.toFixed(2) ?? "",
    r.note,
  ]);
console.log(`machine: ${machine}`);
if (rows.length > 0) console.log(table.toString());
const workersLabel = `serve --workers ${HTTP_WORKERS}${HTTP_ASSESS_THREADS > 0 ? ` --assess-threads ${HTTP_ASSESS_THREADS}` : ""}${HTTP_SEMI_SPACE !== undefined ? `, semi-space ${HTTP_SEMI_SPACE} MB` : ""}`;
if (http.length > 0) {
  const t = new Table({
    head: [
      "(c) HTTP POST /api/v1/assessments",
      "achieved/s",
      "p50 ms",
      "p99 ms",
      "errors",
      "non-2xx",
      "server CPU ms/request",
      "client delay p99/max ms",
    ],
    style: { head: [], border: [] },
  });
  for (const h of http)
    t.push([
      `${h.targetRate}/s for ${args["http-seconds"]} s (after ${args["http-warmup"]} s warm-up), ${workersLabel}`,
      Math.round(h.achieved),
      h.p50,
      h.p99,
      h.errors,
      h.non2xx,
      h.serverCpuMs ?? "",
      h.clientLag ? `${h.clientLag.p99} / ${h.clientLag.max}` : "",
    ]);
  if (httpCapacity)
    t.push([
      `capacity: autocannon, 8 connections, ${args["http-seconds"]} s, ${workersLabel}`,
      Math.round(httpCapacity.perSecond),
      httpCapacity.p50,
      httpCapacity.p99,
      httpCapacity.errors,
      httpCapacity.non2xx,
      httpCapacity.serverCpuMs ?? "",
      "",
    ]);
  console.log(t.toString());
}
if (!ONLY_HTTP)
  console.log(
    `assess (text) is ${(assessRate / jreRate).toFixed(2)}x and assessCompact (no text) ${(codesRate / jreRate).toFixed(2)}x the json-rules-engine slice; assessCompact is ${(plainRate / codesRate).toFixed(0)}x below the plain-function ceiling (same run).`,
  );
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(
  args.out,
  `${JSON.stringify({ date: new Date().toISOString(), machine, seed: SEED, rows, httpWorkers: HTTP_WORKERS, httpAssessThreads: HTTP_ASSESS_THREADS, httpSemiSpaceMb: HTTP_SEMI_SPACE ?? null, httpLoadAverage: httpLoad, http, httpCapacity, screen: screenRun ? { records: SCREEN_N, ...screenRun } : null }, null, 2)}\n`,
);
log(`written ${args.out}`);

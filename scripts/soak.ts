/** Soak test: the server (SQLite, in this process) under a steady request rate on loopback for
 * --minutes (default 5): a bounded loop of the registry's everyday calls. Prints requests, errors,
 * p50/p99 latency and the heap (after GC) at the end of warm-up and at the end; fails on any error
 * or a heap growth over 20% after warm-up.
 *   npm run soak -- [--minutes 5] [--rate 20] [--warmup 30] [--concurrency 32]
 * The rate limit is off (one client would otherwise be throttled); logging is off. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "../src/server/app.js";
import { openStore } from "../src/store/open.js";

const { values: flags } = parseArgs({
  options: {
    minutes: { type: "string", default: "5" },
    rate: { type: "string", default: "20" },
    warmup: { type: "string", default: "30" },
    concurrency: { type: "string", default: "32" },
  },
});
const minutes = Number(flags.minutes);
const rate = Number(flags.rate);
const warmupSeconds = Number(flags.warmup);
const maxInFlight = Number(flags.concurrency);
if (![minutes, rate, warmupSeconds, maxInFlight].every((n) => Number.isFinite(n) && n > 0)) {
  console.error("soak: --minutes, --rate, --warmup and --concurrency must be positive numbers");
  process.exit(2);
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error("soak: run with node --expose-gc (npm run soak does)");
  process.exit(2);
}

const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const dataDir = mkdtempSync(join(tmpdir(), "mmnav-soak-"));
const store = await openStore({ dataDir });
const app = await buildApp({ store, logger: false, webRoot: null, rateLimit: false });
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

const examples = [
  "examples/response/smm-evolving.json",
  "examples/diagnosis/mgus.json",
  "examples/diagnosis/multiple-myeloma.json",
].map((f) => JSON.parse(readFileSync(f, "utf8")) as Record<string, unknown>);
const patients: string[] = [];
let tick = 0;

/** One request of the mix; resolves with the status. */
async function one(): Promise<number> {
  const n = tick++;
  const json = { "content-type": "application/json" };
  const pick = patients[n % Math.max(1, patients.length)];
  const kind = patients.length < 20 ? 0 : n % 10;
  let res: Response;
  if (kind === 0) {
    const { id: _id, ...record } = examples[n % examples.length]!;
    res = await fetch(`${base}/api/v1/patients`, {
      method: "POST",
      headers: json,
      body: JSON.stringify(record),
    });
    if (res.status === 201 && patients.length < 20) patients.push(((await res.json()) as { id: string }).id);
    else await res.arrayBuffer();
    return res.status;
  }
  if (kind <= 2) {
    // Observations cycle over a year of dates: the records stay a steady size.
    const day = `2026-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}`;
    res = await fetch(`${base}/api/v1/patients/${pick}/observations`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ field: "hemoglobin", date: day, value: 10 + (n % 30) / 10, unit: "g/dL" }),
    });
  } else if (kind <= 4) res = await fetch(`${base}/api/v1/patients/${pick}`);
  else if (kind === 5) res = await fetch(`${base}/api/v1/patients?category=smoldering-myeloma&limit=20`);
  else if (kind === 6) res = await fetch(`${base}/api/v1/patients?overdue=true&limit=20`);
  else if (kind === 7) res = await fetch(`${base}/api/v1/patients/${pick}/assessment`);
  else if (kind === 8) res = await fetch(`${base}/api/v1/patients/${pick}/assessments?limit=5`);
  else
    res = await fetch(`${base}/api/v1/assessments`, {
      method: "POST",
      headers: json,
      body: JSON.stringify(examples[n % examples.length]),
    });
  await res.arrayBuffer();
  return res.status;
}

interface Window {
  requests: number;
  errors: number;
  skipped: number;
  latencies: number[];
}
const newWindow = (): Window => ({ requests: 0, errors: 0, skipped: 0, latencies: [] });

/** Starts one request every 1/rate s (open loop, at most maxInFlight at once) for `seconds`. */
async function run(seconds: number, w: Window): Promise<void> {
  const interval = 1000 / rate;
  const start = performance.now();
  let inFlight = 0;
  let sent = 0;
  const pending = new Set<Promise<void>>();
  while (performance.now() - start < seconds * 1000) {
    const due = start + sent * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    sent++;
    if (inFlight >= maxInFlight) {
      w.skipped++;
      continue;
    }
    inFlight++;
    const t0 = performance.now();
    const p: Promise<void> = one()
      .then(
        (status) => {
          if (status >= 400) w.errors++;
        },
        () => {
          w.errors++;
        },
      )
      .finally(() => {
        w.requests++;
        w.latencies.push(performance.now() - t0);
        inFlight--;
        pending.delete(p);
      });
    pending.add(p);
  }
  await Promise.all(pending);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
};

const warm = newWindow();
console.log(`soak: ${minutes} min at ${rate} req/s on ${base} (SQLite), warm-up ${warmupSeconds} s`);
await run(warmupSeconds, warm);
const heapStart = heapMb();
const main = newWindow();
const totalSeconds = minutes * 60;
for (let done = 0; done < totalSeconds; done += 60) {
  const slice = Math.min(60, totalSeconds - done);
  const before = main.requests;
  await run(slice, main);
  console.log(
    `  ${((done + slice) / 60).toFixed(1)} min: ${main.requests - before} requests, heap ${heapMb().toFixed(1)} MB`,
  );
}
const heapEnd = heapMb();
const growth = (heapEnd - heapStart) / heapStart;
await app.close();
await store.close();
rmSync(dataDir, { recursive: true, force: true });

const errors = warm.errors + main.errors;
console.log(
  [
    `requests: ${main.requests} after warm-up (${warm.requests} in warm-up), ${(main.requests / totalSeconds).toFixed(1)} req/s`,
    `errors: ${errors}`,
    `skipped (more than ${maxInFlight} in flight): ${main.skipped}`,
    `latency: p50 ${pct(main.latencies, 50).toFixed(1)} ms, p99 ${pct(main.latencies, 99).toFixed(1)} ms`,
    `heap after GC: ${heapStart.toFixed(1)} MB after warm-up, ${heapEnd.toFixed(1)} MB at the end (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%)`,
  ].join("\n"),
);
const failures = [
  ...(errors > 0 ? [`${errors} error(s)`] : []),
  ...(growth > 0.2 ? [`heap grew ${(growth * 100).toFixed(1)}% (limit 20%)`] : []),
];
if (failures.length > 0) {
  console.error(`soak: FAILED: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("soak: passed");

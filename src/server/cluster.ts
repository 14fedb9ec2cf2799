/** `mmnav serve --workers N`: N processes answer on one port (node:cluster, connections handed out
 * round-robin by the primary process), so the server uses more than one core.
 *
 * The primary applies the database migrations once, before any worker starts (workers never run
 * them, so they never race), then starts the first worker alone (a configuration error is reported
 * once, by it), then the others; it prints the one "listening at" line when all of them listen.
 * Each worker is the same Fastify app with its own database connection (SQLite: the one WAL file,
 * busy timeout and retried writes, as for several servers; PostgreSQL: a pool of its own). The rate
 * limit is counted in the primary for the whole server (cluster-rate-limit.ts).
 * SIGTERM or SIGINT to the primary drains every worker (503 to new requests, those in flight
 * finish) and exits 0 once all have exited. A worker that stops unexpectedly is replaced and logged
 * (its process id and exit code or signal, nothing else); more than CRASH_LIMIT unexpected stops in
 * CRASH_WINDOW_MS stop the server (exit 1) rather than restarting in a loop. */
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import type { RunningServer, StartOptions } from "./app.js";
import { DEFAULT_SEMI_SPACE_MB } from "./defaults.js";
import { wholeNumber } from "./whole-number.js";

/** How long a stopping server answers 503 before it stops accepting connections. */
const DRAIN_GRACE_MS = 1500;
/** Unexpected worker stops tolerated within CRASH_WINDOW_MS; one more stops the server. */
const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 60_000;
/** Workers still running this long after the stop signal are killed (exit 1). */
const STOP_DEADLINE_MS = DRAIN_GRACE_MS + 30_000;
/** Set in the environment of the processes the primary starts. */
const WORKER_ENV = "MMNAV_CLUSTER_WORKER";

/** `--workers` / MMNAV_WORKERS: a whole number of at least 1, or `auto` (one per core the process
 * may use, os.availableParallelism()); undefined when not given. */
export function parseWorkers(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  if (value.trim().toLowerCase() === "auto") return availableParallelism();
  const n = wholeNumber(value, 1);
  if (n === undefined) throw new Error(`${name} must be a whole number of at least 1, or auto`);
  return n;
}

const MAX_SEMI_SPACE_MB = 1024;

/** MMNAV_SEMI_SPACE_MB: V8's semi-space (each half of the young generation) of the worker processes,
 * a whole number of MB from 0 (V8's own sizing) to 1024; DEFAULT_SEMI_SPACE_MB when unset.
 *
 * Why: a request allocates a few hundred kB that dies with it. V8 grows the semi-space by how much
 * survives a scavenge, and almost nothing does, so it stays small: under closed-loop load the server
 * scavenged every ~20 requests. A scavenge costs about the same whatever the size (it copies what is
 * live: the requests in flight), so a fixed 32 MB semi-space scavenges ~7x less often. Measured on the
 * shared 2-core machine (--trace-gc, closed loop): scavenge pauses per request fell from ~90-200 µs to
 * ~30-45 µs; CPU per request stayed the same within noise. It costs ~64 MB more memory a worker.
 * The size is fixed when a process starts (v8.setFlagsFromString later only half takes effect, and
 * brings mark-compacts; NODE_OPTIONS refuses --min-semi-space-size, and --max-semi-space-size=32
 * alone, measured, never took it past V8's default 16 MB), so both go on the workers' command line; a single process (`mmnav serve` without --workers) runs its
 * server on a worker thread created after setting the flag (serve-thread.ts). */
export function parseSemiSpaceMb(value: string | undefined, name: string): number {
  if (value === undefined || value.trim() === "") return DEFAULT_SEMI_SPACE_MB;
  const n = wholeNumber(value, 0, MAX_SEMI_SPACE_MB);
  if (n === undefined) throw new Error(`${name} must be a whole number of MB from 0 to ${MAX_SEMI_SPACE_MB}`);
  return n;
}

/** V8's flags that set the semi-space size, in their dash spelling. */
const SEMI_SPACE_SIZE_FLAGS = new Set(["--min-semi-space-size", "--max-semi-space-size"]);

/** True when one of the options (node's command line, or the words of NODE_OPTIONS) sets the
 * semi-space size. V8 reads its flags with dashes or underscores alike (`--max_semi_space_size=8`
 * is `--max-semi-space-size=8`), so the name is compared with underscores read as dashes. */
export function setsSemiSpaceSize(options: readonly string[]): boolean {
  return options.some((option) => {
    const name = option.split("=", 1)[0]!.replaceAll("_", "-");
    return SEMI_SPACE_SIZE_FLAGS.has(name);
  });
}

/** The node options of a worker process: the primary's own (an operator's explicit semi-space flag,
 * on node's command line or in NODE_OPTIONS, in either spelling, wins), with the semi-space size
 * unless it is 0. */
export function workerExecArgv(
  semiSpaceMb: number,
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string[] {
  const own = setsSemiSpaceSize([...execArgv, ...(nodeOptions ?? "").split(/\s+/)]);
  if (semiSpaceMb === 0 || own) return [...execArgv];
  return [...execArgv, `--min-semi-space-size=${semiSpaceMb}`, `--max-semi-space-size=${semiSpaceMb}`];
}

/** True in a worker process started by `mmnav serve --workers`. */
export function isServeWorker(): boolean {
  return cluster.isWorker && process.env[WORKER_ENV] === "1";
}

/** First answers new requests 503 while still accepting connections (those already queued in the
 * listen backlog would be reset if the listener closed now), then closes: Fastify waits for the
 * requests in flight before the store is closed. */
export async function drainThenClose(server: RunningServer, graceMs = DRAIN_GRACE_MS): Promise<void> {
  server.app.beginDrain();
  await new Promise((resolve) => setTimeout(resolve, graceMs));
  await server.close();
}

interface ListeningMessage {
  mmnav: "listening";
  url: string;
}

/** A worker: the server without migrations, counting the rate limit in the primary; drains on
 * SIGTERM/SIGINT (the primary sends SIGTERM) without a line of its own. */
export async function runServeWorker(options: StartOptions): Promise<void> {
  let server: RunningServer | undefined;
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    if (!server) return; // still starting: closed as soon as it has started
    drainThenClose(server).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  const { startServer } = await import("./app.js");
  const { SharedRateLimitStore } = await import("./cluster-rate-limit.js");
  try {
    server = await startServer({ ...options, migrate: false, rateLimitStore: SharedRateLimitStore });
  } catch (e) {
    process.stderr.write(`mmnav: ${(e as Error).message}\n`);
    process.exit(1);
  }
  if (closing) {
    await server.close();
    process.exit(0);
  }
  const message: ListeningMessage = { mmnav: "listening", url: server.url };
  process.send?.(message);
}

export interface PrimaryOptions {
  workers: number;
  /** Folder of the SQLite file (for the migrations; the workers get it from their arguments). */
  dataDir?: string | undefined;
  /** The workers' V8 semi-space, MB (0: V8's default), as parseSemiSpaceMb gives it. */
  semiSpaceMb: number;
}

/** The primary: migrations, the workers, the startup line, replacement and the drain on a signal. */
export async function runServePrimary(options: PrimaryOptions): Promise<void> {
  const log = (line: string) => process.stderr.write(`mmnav serve: ${line}\n`);
  const { openStore } = await import("../store/open.js");
  const store = await openStore({
    databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
    dataDir: options.dataDir,
  });
  await store.close();

  const { answerRateLimits } = await import("./cluster-rate-limit.js");
  const answerRateLimit = answerRateLimits();
  // Round-robin by the primary on every platform (Windows' default leaves it to the OS, which
  // gives most connections to one process).
  cluster.schedulingPolicy = cluster.SCHED_RR;
  cluster.setupPrimary({
    execArgv: workerExecArgv(options.semiSpaceMb, process.execArgv, process.env.NODE_OPTIONS),
  });

  const live = new Set<Worker>();
  const ready = new Set<Worker>();
  const stops: number[] = [];
  let announced = false;
  let stopping = false;
  let exitCode = 0;
  let deadline: NodeJS.Timeout | undefined;

  const finish = () => {
    if (deadline) clearTimeout(deadline);
    process.exit(exitCode);
  };
  const shutdown = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (live.size === 0) return finish();
    for (const w of live) w.process.kill("SIGTERM");
    deadline = setTimeout(() => {
      log(
        `${live.size} worker process(es) still running ${STOP_DEADLINE_MS / 1000} s after the stop: killed`,
      );
      exitCode = 1;
      for (const w of live) w.process.kill("SIGKILL");
    }, STOP_DEADLINE_MS);
  };

  const fork = (): Worker => {
    const w = cluster.fork({ [WORKER_ENV]: "1" });
    live.add(w);
    // An IPC error (a message to a worker that has just died) must not stop the primary.
    w.on("error", () => {});
    w.on("message", (m: Partial<ListeningMessage> | null) => {
      if (m?.mmnav !== "listening") return answerRateLimit(w, m);
      ready.add(w);
      if (stopping) return;
      if (announced) return log(`worker process ${w.process.pid} is ready`);
      if (ready.size === 1) for (let i = 1; i < options.workers; i++) fork();
      if (ready.size === options.workers) {
        announced = true;
        const url = String(m.url);
        log(`listening at ${url} (API reference at ${url}/docs; ${options.workers} worker processes)`);
      }
    });
    return w;
  };

  cluster.on("exit", (w, code, signal) => {
    live.delete(w);
    ready.delete(w);
    if (stopping) {
      // A worker stopped by the signal before it could install its own handler ended by it: fine.
      if (code !== 0 && signal !== "SIGTERM" && signal !== "SIGINT") exitCode = 1;
      if (live.size === 0) finish();
      return;
    }
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    if (!announced) {
      log(`could not start: a worker process ended while starting (${how})`);
      return shutdown(1);
    }
    const now = Date.now();
    stops.push(now);
    while (stops.length > 0 && stops[0]! <= now - CRASH_WINDOW_MS) stops.shift();
    if (stops.length > CRASH_LIMIT) {
      log(
        `worker processes keep stopping (${stops.length} in ${CRASH_WINDOW_MS / 1000} s, the last with ${how}): stopping the server`,
      );
      return shutdown(1);
    }
    const next = fork();
    log(
      `worker process ${w.process.pid} stopped unexpectedly (${how}); started worker process ${next.process.pid} in its place`,
    );
  });

  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}, draining then closing`);
    shutdown(0);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  fork();
}

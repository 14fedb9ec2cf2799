/** `mmnav serve` as one process: the server runs on a worker thread of its own, started with a
 * DEFAULT_SEMI_SPACE_MB V8 semi-space; the main thread only starts it, prints the startup line and
 * passes SIGINT/SIGTERM on (drain, then exit 0).
 *
 * Why a thread: a request allocates a few hundred kB that die with it, and V8 sizes a process's
 * young generation once, when the process starts (v8.setFlagsFromString later changes nothing for
 * the running isolate: measured, the same scavenge count; NODE_OPTIONS refuses
 * --min-semi-space-size), so one process kept V8's own 16 MB semi-space and scavenged every ~50
 * requests, with pauses of several ms and a mark-compact every few seconds from what those
 * scavenges promoted. A new isolate reads the process-wide --min-semi-space-size when it is created,
 * so a thread started after setting it gets the larger semi-space (as the --workers processes and the
 * assessment threads do). The thread answers the requests itself: no message crosses threads per
 * request, the request log goes straight to standard output (pino's own file descriptor), and the
 * store, the routes and the log lines are those of the main-thread server. */
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { StartOptions } from "./app.js";
import { setsSemiSpaceSize } from "./cluster.js";

/** Messages of the server thread to the main thread. */
export type ServeThreadMessage =
  | { kind: "listening"; url: string }
  | { kind: "failed"; message: string }
  | { kind: "closed"; ok: boolean };

/** What the main thread sends: stop (drain, then close). */
export interface ServeThreadStop {
  kind: "stop";
}

export interface ServeThreadData {
  start: StartOptions;
}

/** True when `mmnav serve` in one process should run its server on a thread of its own: a semi-space
 * is asked for (not 0) and node was not given a semi-space flag of its own (then the operator's size
 * already holds for the main thread, which runs the server as before). */
export function serveOnThread(
  semiSpaceMb: number,
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): boolean {
  return semiSpaceMb > 0 && !setsSemiSpaceSize([...execArgv, ...(nodeOptions ?? "").split(/\s+/)]);
}

function threadFile(): URL {
  const self = import.meta.url;
  // From source (tsx, tests) the thread registers tsx first; built, it is plain JavaScript.
  return new URL(
    self.endsWith(".ts") ? "./serve-thread-worker-source.mjs" : "./serve-thread-worker.js",
    self,
  );
}

export interface ThreadServer {
  url: string;
  /** Asks the thread to drain and close; resolves true when it closed cleanly. */
  stop(): Promise<boolean>;
}

/** Starts the server on a thread with a `semiSpaceMb` MB semi-space; resolves once it listens, or
 * rejects with the server's own startup error (a CONFIG message, a port in use). An error that ends
 * the thread later ends the process (exit 1), as it would end a server on the main thread. */
export function startServerThread(start: StartOptions, semiSpaceMb: number): Promise<ThreadServer> {
  setFlagsFromString(`--min-semi-space-size=${semiSpaceMb}`);
  const data: ServeThreadData = { start };
  const worker = new Worker(threadFile(), {
    workerData: data,
    // The young generation that holds two semi-spaces plus as much for large objects (assess-pool.ts).
    resourceLimits: { maxYoungGenerationSizeMb: 3 * semiSpaceMb },
  });
  let stopped: ((ok: boolean) => void) | undefined;
  return new Promise((resolve, reject) => {
    let listening = false;
    worker.on("message", (m: ServeThreadMessage) => {
      if (m.kind === "listening") {
        listening = true;
        resolve({
          url: m.url,
          stop: () =>
            new Promise<boolean>((done) => {
              stopped = done;
              worker.postMessage({ kind: "stop" } satisfies ServeThreadStop);
            }),
        });
      } else if (m.kind === "failed") reject(new Error(m.message));
      else if (m.kind === "closed") stopped?.(m.ok);
    });
    worker.on("error", (e) => {
      if (!listening) return reject(e);
      process.stderr.write(`mmnav serve: the server thread failed: ${e.stack ?? e.message}\n`);
      process.exit(1);
    });
    worker.on("exit", (code) => {
      if (!listening)
        return reject(new Error(`the server thread stopped while starting (exit code ${code})`));
      if (stopped) return; // closing: the process exits when the thread says it has closed
      process.stderr.write(`mmnav serve: the server thread stopped unexpectedly (exit code ${code})\n`);
      process.exit(1);
    });
  });
}

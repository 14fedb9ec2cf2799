/** The assessment thread pool of `mmnav serve --assess-threads N`: the HTTP thread reads requests
 * and writes answers; the work of `POST /api/v1/assessments` (JSON parse, validation, assessment,
 * JSON of the answer) runs on N worker threads (piscina), each request going to the next free
 * thread.
 *
 * Why: with `--workers N` (processes) each keep-alive connection stays with the process that
 * accepted it, so one process can get most of the load while the other idles; a pool balances
 * per request. The garbage of an assessment is collected on its thread; the HTTP thread allocates
 * little per request. */
import { setFlagsFromString } from "node:v8";
import { Piscina } from "piscina";
import { ErrorCode, MmnavError } from "../model/errors.js";
import type { AssessTask, AssessTaskResult } from "./assess-worker.js";

export interface AssessPoolOptions {
  threads: number;
  /** V8 semi-space of each thread, MB (0 or absent: V8's own sizing). See semiSpaceLimits. */
  semiSpaceMb?: number | undefined;
  /** The worker module (tests use one that can fail on purpose); default: assess-worker. */
  filename?: string;
}

/** What the route does with a body: send these JSON bytes, or parse it on the main thread. */
export type PooledAnswer = { kind: "json"; bytes: Buffer } | { kind: "fallback" };

function workerFile(): string {
  const self = import.meta.url;
  // From source (tsx, tests) the worker registers tsx first; built, it is plain JavaScript.
  return new URL(self.endsWith(".ts") ? "./assess-worker-source.mjs" : "./assess-worker.js", self).href;
}

/** A fixed semi-space of `mb` MB for the threads started from now on.
 *
 * Why: a request allocates a few hundred kB that die with it, and a scavenge costs about the same
 * whatever the size (it copies what is live), so a larger semi-space scavenges less often (cluster.ts
 * has the measurements). A worker's resourceLimits.maxYoungGenerationSizeMb only caps the young
 * generation: measured, with short-lived garbage a thread's semi-space stays at V8's 8 MB whatever the
 * cap. The starting size is V8's process-wide --min-semi-space-size, which each new isolate reads when
 * it is created: set here before the pool starts its threads (and replaces one), it sizes them without
 * touching the running main thread's heap. The cap is the young generation that holds that semi-space
 * (two semi-spaces plus as much for large objects). */
function semiSpaceLimits(mb: number): { maxYoungGenerationSizeMb: number } {
  setFlagsFromString(`--min-semi-space-size=${mb}`);
  return { maxYoungGenerationSizeMb: 3 * mb };
}

export class AssessPool {
  readonly threads: number;
  readonly #pool: Piscina<AssessTask, AssessTaskResult>;

  constructor(options: AssessPoolOptions) {
    this.threads = options.threads;
    this.#pool = new Piscina({
      filename: options.filename ?? workerFile(),
      minThreads: options.threads,
      maxThreads: options.threads,
      // Threads stay up between bursts (a new one would compile the engine again).
      idleTimeout: Number.POSITIVE_INFINITY,
      // One request at a time per thread: the next one goes to whichever thread is free first.
      concurrentTasksPerWorker: 1,
      ...(options.semiSpaceMb ? { resourceLimits: semiSpaceLimits(options.semiSpaceMb) } : {}),
    });
    // A thread that dies is replaced by piscina; its task's promise is rejected (assess below).
    this.#pool.on("error", () => {});
  }

  /** Validates and assesses one request body on a pool thread. Throws the route's own errors
   * (INVALID_RECORD...), or INTERNAL when the thread failed or stopped (the pool replaces it). */
  async assess(body: string, defaultAsOf: string): Promise<PooledAnswer> {
    let result: AssessTaskResult;
    try {
      result = await this.#pool.run({ body, defaultAsOf });
    } catch {
      throw new MmnavError(
        ErrorCode.INTERNAL,
        "internal error: the assessment thread failed or stopped while assessing this request; retry it",
      );
    }
    if (result.kind === "error") throw new MmnavError(result.code, result.message, result.issues);
    if (result.kind === "fallback") return result;
    const { bytes } = result;
    return { kind: "json", bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  }

  /** Waits for the tasks in flight, then stops the threads. */
  async close(): Promise<void> {
    await this.#pool.close();
  }
}

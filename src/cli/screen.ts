/** `mmnav screen IN --out OUT`: a cohort, one Assessment per line, in input order, on all cores.
 * IN is an NDJSON file of PatientRecords, `-` for standard input, or a FHIR Bulk Data export folder.
 * Batches of lines go to a pool of worker threads (piscina); results are written in input order with
 * a bounded number of batches in flight, so memory stays flat on any cohort size. An invalid line
 * becomes an error line for its id and the run goes on; a summary table comes at the end. From a Bulk
 * Data folder each line also carries what the FHIR import could not use (`fhirImport`, as `$assess`
 * answers; `importWarnings`, a count and the resources, with --compact).
 * Exit codes: 0 every record assessed; 2 bad arguments or unreadable input; 3 some records failed. */
import { once } from "node:events";
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import cliProgress from "cli-progress";
import Table from "cli-table3";
import { type Command, InvalidArgumentError, Option } from "commander";
import { Piscina } from "piscina";
import { wholeNumber } from "../server/whole-number.js";
import type { BulkStats } from "./bulk-fhir.js";
import { EXIT, isoDateArg, openOutput, today } from "./io.js";
import { rootProgram } from "./root.js";
// Types only: the engine is loaded by the worker threads (or, with --threads 0, on demand), never by
// this thread, which only reads, hands out and writes.
import type { ScreenOptions, ScreenTask, ScreenTaskResult } from "./screen-batch.js";
import { emptyCounts, mergeCounts, type ScreenCounts } from "./screen-counts.js";
import { type InputBatch, openSource } from "./screen-input.js";

/** Lines per batch sent to a worker: large enough that messaging costs little, small enough to
 * keep all cores busy and the progress bar moving. */
const BATCH_LINES = 256;

/** The old-generation ceiling of each worker thread, MB. Not a budget a worker is expected to need
 * (a worker keeps ~20 MB live: the engine's tables and the batch in hand) but what V8 sizes its
 * heap growth by: under a ceiling of 2 GB or more (the default on a machine with 4 GB or more) it
 * lets the old generation grow to 4x what was live before collecting, so promoted garbage of
 * short-lived records piled up (worker heaps grew ~1 MB every 5,000 records, no mark-compact in
 * 100,000); below it, growth is 1.3-2x (1 GB: ~1.6x). Measured on the 1M-record file, side by side
 * on a loaded 2-core machine, at ~500,000 records: peak RSS 343 -> 269 MB, CPU a record +3.6% (one
 * run; more frequent mark-compacts). 1 GB still takes a 60 MB line of JSON (an error line, no crash). */
const WORKER_OLD_SPACE_MB = 1024;

/** The V8 semi-space (each half of the young generation) of each worker thread, MB.
 *
 * Why: a record allocates tens of kB that die with it, and a scavenge costs about what is live (the
 * batch in hand), not what died, so a larger semi-space scavenges less often for the same work
 * (`mmnav serve` sizes its threads the same way: server/assess-pool.ts). A worker's
 * resourceLimits.maxYoungGenerationSizeMb only caps the young generation; the starting size is V8's
 * process-wide --min-semi-space-size, read by each isolate when it is created, so it is set just
 * before the pool starts its threads. It costs about 2 x 2 x (32 - 16) MB more memory on 2 workers.
 * Measured on the first 200,000 records of the 1M-record file, alternating, on a loaded 2-core machine:
 * see docs/performance-history.md (stops 23-29). */
const WORKER_SEMI_SPACE_MB = 32;

export interface ScreenSummary extends ScreenCounts {
  seconds: number;
  threads: number;
  bulk: BulkStats | null;
}

export interface ScreenRunOptions extends ScreenOptions {
  /** Worker threads; 0 runs in this thread (small inputs, tests). Default: all cores. */
  threads?: number;
  progress?: boolean;
}

function workerFile(): string {
  const self = import.meta.url;
  // From source (tsx, tests) the worker registers tsx first; built, it is plain JavaScript.
  return new URL(self.endsWith(".ts") ? "./screen-worker-source.mjs" : "./screen-worker.js", self).href;
}

/** Sizes the young generation of the worker threads started from now on (see WORKER_SEMI_SPACE_MB):
 * the semi-space they start with, and the cap of the young generation that holds it (two semi-spaces
 * plus as much again for large objects). */
function workerYoungGeneration(mb: number): { maxYoungGenerationSizeMb: number } {
  setFlagsFromString(`--min-semi-space-size=${mb}`);
  return { maxYoungGenerationSizeMb: 3 * mb };
}

function makeBar(bytes: number | null): cliProgress.SingleBar {
  const format =
    bytes === null
      ? "screening | {records} records | {rate} records/s | {duration_formatted}"
      : "screening [{bar}] {percentage}% | {records} records | {rate} records/s | {eta_formatted} left";
  return new cliProgress.SingleBar(
    { format, etaBuffer: 50, fps: 5, hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
}

/** Screens a cohort from `input` to `output` (`-` for standard input/output). */
export async function screen(
  input: string,
  output: string,
  options: ScreenRunOptions,
  io: { stdin: Readable; stdout: Writable } = { stdin: process.stdin, stdout: process.stdout },
): Promise<ScreenSummary> {
  const started = process.hrtime.bigint();
  const source = await openSource(input, io.stdin, BATCH_LINES);
  // Opened before the worker pool exists, so a bad --out leaves no threads behind.
  const out: Writable = output === "-" ? io.stdout : await openOutput(output);
  const batchOptions: ScreenOptions = {
    defaultAsOf: options.defaultAsOf,
    jurisdiction: options.jurisdiction ?? "both",
    compact: options.compact ?? false,
    input: source.input,
  };
  const threads = options.threads ?? availableParallelism();
  // In this thread (--threads 0) the engine is needed here too; loaded before any thread is started.
  const inline = threads > 0 ? null : (await import("./screen-batch.js")).screenBatch;
  const pool =
    threads > 0
      ? new Piscina({
          filename: workerFile(),
          minThreads: threads,
          maxThreads: threads,
          idleTimeout: 1000,
          // A second batch waits in each worker's queue, so a worker that finishes one starts the
          // next at once instead of idling until the main thread (busy, or not yet scheduled on a
          // loaded machine) hands it over. Measured on a busy 2-core machine, 256-line batches:
          // a worker's idle time between batches fell from 7% to 4% of its run.
          concurrentTasksPerWorker: 2,
          resourceLimits: {
            maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB,
            ...workerYoungGeneration(WORKER_SEMI_SPACE_MB),
          },
        })
      : null;
  const run = (batch: InputBatch): Promise<ScreenTaskResult> => {
    const task: ScreenTask = { text: batch.text, firstLine: batch.firstLine, options: batchOptions };
    if (!pool) return Promise.resolve(inline!(task));
    // The bytes move to the worker (no copy); the main thread never touches them again.
    return pool.run(
      task,
      typeof batch.text === "string" ? {} : { transferList: [batch.text.buffer as ArrayBuffer] },
    );
  };
  const maxInFlight = Math.max(2, threads * 4);

  const counts = emptyCounts();
  const bar = options.progress ? makeBar(source.bytes) : null;
  bar?.start(source.bytes ?? 0, 0, { records: 0, rate: 0 });
  let bytesRead = 0;
  const pending: Promise<ScreenTaskResult>[] = [];
  const flushOne = async () => {
    const r = await pending.shift()!;
    mergeCounts(counts, r.counts);
    if (!out.write(r.out)) await once(out, "drain");
    if (bar) {
      const secs = Number(process.hrtime.bigint() - started) / 1e9;
      bar.update(source.bytes === null ? 0 : bytesRead, {
        records: counts.total,
        rate: Math.round(counts.total / Math.max(secs, 1e-3)),
      });
    }
  };

  try {
    for await (const batch of source.batches) {
      bytesRead += batch.bytes;
      pending.push(run(batch));
      while (pending.length >= maxInFlight) await flushOne();
    }
    while (pending.length > 0) await flushOne();
  } finally {
    bar?.stop();
    await pool?.destroy();
    if (out !== io.stdout) {
      out.end();
      await once(out, "finish");
    }
  }
  return {
    ...counts,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    threads,
    bulk: source.bulk,
  };
}

/** The summary table printed on standard error at the end of a run. */
export function formatSummary(s: ScreenSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.total / s.seconds) : 0;
  const head = `screened ${s.total} records: ${s.assessed} assessed, ${s.errors} with errors, ${s.withAlerts} with alerts, ${s.withOverdue} with overdue monitoring, ${s.withDueNow} more with tests due now (${s.seconds.toFixed(1)} s, ${rate} records/s, ${s.threads || 1} thread${s.threads === 1 || s.threads === 0 ? "" : "s"})`;
  const table = new Table({
    head: ["", "records"],
    style: { head: [], border: [], compact: true },
    colAligns: ["left", "right"],
  });
  const rows = (title: string, m: Record<string, number>) => {
    const keys = Object.keys(m).sort();
    if (keys.length === 0) return;
    table.push([{ colSpan: 2, content: title }]);
    for (const k of keys) table.push([`  ${k}`, m[k]!]);
  };
  rows("by category", s.byCategory);
  rows("by treatment phase", s.byPhase);
  const bulk = s.bulk
    ? `\nFHIR Bulk Data: ${s.bulk.resources} resources grouped into ${s.bulk.patients} patients (${s.bulk.skipped} lines without a patient reference not used); ${s.withImportWarnings} assessed with FHIR import warnings (data not used or noted: fhirImport.warnings in their lines, importWarnings with --compact)`
    : "";
  return `${head}${bulk}\n${table.toString()}`;
}

function threadsArg(value: string): number {
  const n = wholeNumber(value, 0, 256);
  if (n === undefined) throw new InvalidArgumentError("expected a whole number from 0 to 256");
  return n;
}

export function registerScreenCommand(program: Command): void {
  program
    .command("screen")
    .description(
      "Assess a cohort: NDJSON PatientRecords (or a FHIR Bulk Data export folder) in, one Assessment per line out, in input order",
    )
    .argument(
      "<input>",
      "NDJSON file of PatientRecords, - for standard input, or a FHIR Bulk Data export folder",
    )
    .requiredOption("--out <file>", "where to write the NDJSON Assessments (- for standard output)")
    .option(
      "--compact",
      "write ids and codes only (category, stages, risk, phase, option and alert ids, overdue tests and tests due now; from a FHIR folder, importWarnings: the count and resources of import warnings)",
    )
    .option("--as-of <date>", "assess as of this date when a record has no asOf (default: today)", isoDateArg)
    .addOption(
      new Option("--jurisdiction <where>", "which regulatory status to show")
        .choices(["us", "eu", "both"])
        .default("both"),
    )
    .option("--threads <n>", "worker threads (default: all cores; 0 = this thread only)", threadsArg)
    .option("--no-progress", "no progress bar even on a terminal")
    .addHelpText(
      "after",
      "\nFrom a FHIR Bulk Data export folder, each line also says what the FHIR import left out or noted (a result entered in error, a unit it refuses, ...): fhirImport {warnings, provenance, conditionHints}, as POST /fhir/r4/$assess answers; with --compact, importWarnings {count, resources}. The summary counts the patients with import warnings.\n\nExit codes: 0 every record assessed; 2 bad arguments or unreadable input; 3 some records failed (their lines hold the error).",
    )
    .action(
      async (
        input: string,
        opts: {
          out: string;
          compact?: boolean;
          asOf?: string;
          jurisdiction: "us" | "eu" | "both";
          threads?: number;
          progress: boolean;
        },
      ) => {
        // An unreadable input or unwritable --out is an InputError: main.ts prints its one line, exit 2.
        const summary = await screen(input, opts.out, {
          defaultAsOf: opts.asOf ?? today(),
          jurisdiction: opts.jurisdiction,
          compact: opts.compact ?? false,
          ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
          progress: opts.progress && Boolean(process.stderr.isTTY),
        });
        process.stderr.write(`${formatSummary(summary)}\n`);
        if (summary.errors > 0) process.exitCode = EXIT.SOME_FAILED;
      },
    );
}

/** `mmnav` with the `screen` command alone: what main.ts runs for `mmnav screen`. */
export function screenProgram(): Command {
  const program = rootProgram();
  registerScreenCommand(program);
  return program;
}

/** `mmnav serve` (the HTTP server) and `mmnav migrate` (apply database migrations). */
import { availableParallelism } from "node:os";
import type { Command } from "commander";
// The server and the store are loaded when a command runs, not for every `mmnav` (they take most of a
// second to load: fastify, the database drivers).
import {
  DEFAULT_BODY_LIMIT,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_RATE_LIMIT,
  DEFAULT_SEMI_SPACE_MB,
} from "../server/defaults.js";
import { wholeNumber } from "../server/whole-number.js";

interface ServeFlags {
  host?: string;
  port?: string;
  dataDir?: string;
  rateLimit?: string;
  bodyLimit?: string;
  workers?: string;
  assessThreads?: string;
}

function parseCount(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = wholeNumber(value, min);
  if (n === undefined) throw new Error(`${flag} must be a whole number of at least ${min}`);
  return n;
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = wholeNumber(value, 0, 65535);
  if (n === undefined) throw new Error(`--port must be an integer from 0 to 65535`);
  return n;
}

export function registerServeCommands(program: Command): void {
  program
    .command("serve")
    .description(
      `Run the HTTP server: REST API at /api/v1, API reference at /docs, web app at /.\n` +
        `Binds ${DEFAULT_HOST}:${DEFAULT_PORT} unless --host/--port or HOST/PORT say otherwise; any other\n` +
        `address needs MMNAV_API_TOKENS or MMNAV_OIDC_ISSUER + MMNAV_OIDC_JWKS_URL + MMNAV_OIDC_AUDIENCE.\n` +
        `Data: SQLite file <data-dir>/mmnav.sqlite, or PostgreSQL when DATABASE_URL=postgres://...\n` +
        `With --workers N, N processes share the port: migrations run once before they start, the rate limit counts for the whole server, SIGTERM drains them all, and a worker that stops is replaced.\n` +
        `With --assess-threads N, POST /api/v1/assessments is parsed, validated, assessed and serialised on N worker threads, each request going to the next free one (with --workers, one process can get most keep-alive connections); the answers are the same, a thread that dies answers 500 and is replaced, SIGTERM waits for the assessments in flight.\n` +
        `Each worker process and assessment thread runs with a ${DEFAULT_SEMI_SPACE_MB} MB V8 semi-space (young generation; env MMNAV_SEMI_SPACE_MB, 0: V8's own sizing), ` +
        `which halves the young-generation collections per request and leaves fewer objects to the old generation's pauses; ` +
        `one process (no --workers) gets it by running the server on a thread of its own (the same process, port, store and log), ` +
        `except with MMNAV_SEMI_SPACE_MB=0 or when node itself was given a semi-space size (e.g. node --max-semi-space-size=64 dist/cli/main.js serve: then the main thread serves, with that size)`,
    )
    .option("--host <host>", `address to bind (env HOST; default ${DEFAULT_HOST})`)
    .option("--port <port>", `port (env PORT; default ${DEFAULT_PORT}; 0 picks a free one)`)
    .option("--data-dir <dir>", "folder of the SQLite file (default ./data)")
    .option(
      "--rate-limit <n>",
      `requests per client address per minute (env MMNAV_RATE_LIMIT; default ${DEFAULT_RATE_LIMIT}; 0 turns it off)`,
    )
    .option(
      "--body-limit <bytes>",
      `largest request body in bytes (env MMNAV_BODY_LIMIT; default ${DEFAULT_BODY_LIMIT})`,
    )
    .option(
      "--workers <n>",
      "processes answering on the port (env MMNAV_WORKERS; default 1, one process; auto: one per core)",
    )
    .option(
      "--assess-threads <n>",
      "threads that assess POST /api/v1/assessments, each request going to the next free one (env MMNAV_ASSESS_THREADS; default 0: the HTTP thread does it; auto: one per core)",
    )
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port);
      const rateLimit = parseCount("--rate-limit", flags.rateLimit, 0);
      const bodyLimit = parseCount("--body-limit", flags.bodyLimit, 1024);
      const assessThreads =
        flags.assessThreads?.trim().toLowerCase() === "auto"
          ? availableParallelism()
          : parseCount("--assess-threads", flags.assessThreads, 0);
      const cluster = await import("../server/cluster.js");
      // Sizes the --workers processes and the assessment threads; checked even when there are none,
      // so a wrong value is never silently kept.
      const semiSpaceMb = cluster.parseSemiSpaceMb(process.env.MMNAV_SEMI_SPACE_MB, "MMNAV_SEMI_SPACE_MB");
      const start = {
        ...(flags.host !== undefined ? { host: flags.host } : {}),
        ...(port !== undefined ? { port } : {}),
        ...(flags.dataDir !== undefined ? { dataDir: flags.dataDir } : {}),
        ...(rateLimit !== undefined
          ? { rateLimit: rateLimit === 0 ? (false as const) : { max: rateLimit } }
          : {}),
        ...(bodyLimit !== undefined ? { bodyLimit } : {}),
        ...(assessThreads !== undefined ? { assessThreads } : {}),
        assessPoolOptions: { semiSpaceMb },
      };
      if (cluster.isServeWorker()) return cluster.runServeWorker(start);
      const workers =
        cluster.parseWorkers(flags.workers, "--workers") ??
        cluster.parseWorkers(process.env.MMNAV_WORKERS, "MMNAV_WORKERS") ??
        1;
      if (workers > 1) return cluster.runServePrimary({ workers, dataDir: flags.dataDir, semiSpaceMb });

      // One process: the server on a thread of its own with the semi-space (serve-thread.ts), unless
      // MMNAV_SEMI_SPACE_MB=0 or node's own semi-space flag say otherwise.
      const thread = await import("../server/serve-thread.js");
      let url: string;
      let close: () => Promise<boolean>;
      if (thread.serveOnThread(semiSpaceMb, process.execArgv, process.env.NODE_OPTIONS)) {
        const server = await thread.startServerThread(start, semiSpaceMb);
        url = server.url;
        close = server.stop;
      } else {
        const { startServer } = await import("../server/app.js");
        const server = await startServer(start);
        url = server.url;
        close = () => cluster.drainThenClose(server).then(() => true);
      }
      process.stderr.write(`mmnav serve: listening at ${url} (API reference at ${url}/docs)\n`);
      let closing = false;
      const stop = (signal: string) => {
        if (closing) return;
        closing = true;
        process.stderr.write(`mmnav serve: ${signal}, draining then closing\n`);
        close().then(
          (ok) => process.exit(ok ? 0 : 1),
          () => process.exit(1),
        );
      };
      process.once("SIGINT", () => stop("SIGINT"));
      process.once("SIGTERM", () => stop("SIGTERM"));
    });

  program
    .command("migrate")
    .description("Apply pending database migrations (DATABASE_URL=postgres://... or the SQLite file)")
    .option("--data-dir <dir>", "folder of the SQLite file (default ./data)")
    .action(async (flags: { dataDir?: string }) => {
      const config = {
        databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
        dataDir: flags.dataDir,
        migrate: false,
      };
      const { describeStore, openStore } = await import("../store/open.js");
      const store = await openStore(config);
      try {
        const applied = await store.migrate();
        process.stdout.write(
          applied.length > 0
            ? `applied ${applied.length} migration(s) to ${describeStore(config)}: ${applied.join(", ")}\n`
            : `${describeStore(config)} is up to date\n`,
        );
      } finally {
        await store.close();
      }
    });
}

/** Opens the Store: an embedded SQLite file by default, PostgreSQL when DATABASE_URL says postgres://. */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { ErrorCode, MmnavError } from "../model/errors.js";
import { KyselyStore } from "./kysely-store.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";
import { withUnavailableErrors } from "./unavailable.js";

export const DEFAULT_DATA_DIR = "./data";
export const SQLITE_FILE_NAME = "mmnav.sqlite";

export interface StoreConfig {
  /** postgres://… or postgresql://…; absent for the embedded SQLite file. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file (created when missing); default ./data. */
  dataDir?: string | undefined;
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Where the SQLite file lives for a config (for messages; never contains a password). */
export function describeStore(config: StoreConfig): string {
  if (config.databaseUrl) {
    try {
      const u = new URL(config.databaseUrl);
      return `PostgreSQL at ${u.hostname}:${u.port || "5432"}${u.pathname}`;
    } catch {
      return "PostgreSQL";
    }
  }
  return `SQLite file ${resolve(config.dataDir ?? DEFAULT_DATA_DIR, SQLITE_FILE_NAME)}`;
}

export async function openStore(config: StoreConfig = {}): Promise<Store> {
  let store: KyselyStore;
  if (config.databaseUrl) {
    if (!isPostgresUrl(config.databaseUrl)) {
      throw new MmnavError(
        ErrorCode.CONFIG,
        "DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for the embedded SQLite file)",
      );
    }
    // A bounded wait for a connection: with the database gone, requests answer 503 instead of hanging.
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: 10,
      connectionTimeoutMillis: 5000,
    });
    // An idle connection can be closed by the server (restart, failover, admin): the pool drops it
    // and opens another on demand. Without this listener the process would crash on the 'error' event.
    pool.on("error", (err: Error & { code?: string }) => {
      process.stderr.write(
        `mmnav: an idle PostgreSQL connection was closed (${err.code ?? err.message}); it will be replaced\n`,
      );
    });
    store = new KyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), "postgres");
  } else {
    const file = join(config.dataDir ?? DEFAULT_DATA_DIR, SQLITE_FILE_NAME);
    mkdirSync(dirname(file), { recursive: true });
    const database = new BetterSqlite3(file);
    database.pragma("journal_mode = WAL");
    // FULL: a commit is on disk before it is acknowledged (NORMAL, the WAL default, can lose the
    // last commits on power loss).
    database.pragma("synchronous = FULL");
    database.pragma("busy_timeout = 10000");
    database.pragma("foreign_keys = ON");
    store = new KyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), "sqlite");
  }
  if (config.migrate !== false) {
    try {
      await store.migrate();
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  return withUnavailableErrors<Store>(store);
}

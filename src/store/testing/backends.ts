/** The databases the integration tests run against: SQLite (a temp file) always, PostgreSQL when
 * DATABASE_TEST_URL is set (each suite gets its own fresh database, dropped afterwards). In CI
 * (CI=true) PostgreSQL is required: `requirePostgresInCi` fails the run when it is missing. */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../open.js";
import type { Store } from "../store.js";

/** What a test database is reached by (a PostgreSQL URL or a SQLite folder). */
export type TestConfig = { databaseUrl: string } | { dataDir: string };

export interface TestDatabase {
  config: TestConfig;
  store: Store;
  /** Closes the store and deletes the database. */
  dispose(): Promise<void>;
}

export interface Backend {
  name: "sqlite" | "postgres";
  /** A new, empty, migrated database. */
  create(): Promise<TestDatabase>;
  /** A database config without a store (for other processes); call drop() when done. */
  createConfig(): Promise<{ config: TestConfig; drop(): Promise<void> }>;
}

const sqlite: Backend = {
  name: "sqlite",
  async createConfig() {
    const dataDir = mkdtempSync(join(tmpdir(), "mmnav-test-"));
    return { config: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  },
  async create() {
    const { config, drop } = await this.createConfig();
    const store = await openStore(config);
    return {
      config,
      store,
      async dispose() {
        await store.close();
        await drop();
      },
    };
  },
};

function postgres(baseUrl: string): Backend {
  return {
    name: "postgres",
    async createConfig() {
      const name = `mmnav_t_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      return {
        config: { databaseUrl: url.toString() },
        async drop() {
          const c = new pg.Client({ connectionString: baseUrl });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        },
      };
    },
    async create() {
      const { config, drop } = await this.createConfig();
      const store = await openStore(config);
      return {
        config,
        store,
        async dispose() {
          await store.close();
          await drop();
        },
      };
    },
  };
}

export const POSTGRES_REQUIRED_MESSAGE =
  'CI=true but DATABASE_TEST_URL is not set: run `eval "$(bash scripts/ci-postgres.sh)"` before the integration tests';

/** SQLite always; PostgreSQL when DATABASE_TEST_URL is set. */
export function availableBackends(): Backend[] {
  const url = process.env.DATABASE_TEST_URL?.trim();
  return url ? [sqlite, postgres(url)] : [sqlite];
}

export function postgresBackend(): Backend | null {
  const url = process.env.DATABASE_TEST_URL?.trim();
  return url ? postgres(url) : null;
}

/** True when the run must fail for want of PostgreSQL. */
export function postgresMissingInCi(): boolean {
  return process.env.CI === "true" && !process.env.DATABASE_TEST_URL?.trim();
}

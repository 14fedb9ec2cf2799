/** One fresh database and one app per test suite: made before the suite's tests, closed after.
 * Logging, the web app and the rate limit are off unless the options say otherwise. */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { Store } from "../../store/store.js";
import type { Backend, TestDatabase } from "../../store/testing/backends.js";
import { type AppOptions, buildApp } from "../app.js";

export function useTestApp(
  backend: Backend,
  options: (store: Store) => Promise<Omit<AppOptions, "store">> | Omit<AppOptions, "store"> = () => ({}),
): { db: TestDatabase; app: FastifyInstance } {
  const ctx = {} as { db: TestDatabase; app: FastifyInstance };
  beforeAll(async () => {
    ctx.db = await backend.create();
    const extra = await options(ctx.db.store);
    ctx.app = await buildApp({
      logger: false,
      webRoot: null,
      rateLimit: false,
      ...extra,
      store: ctx.db.store,
    });
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.db?.dispose();
  });
  return ctx;
}

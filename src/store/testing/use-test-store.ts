/** A fresh database for one test suite: made before its tests, disposed after. */
import { afterAll, beforeAll } from "vitest";
import type { Store } from "../store.js";
import type { Backend, TestDatabase } from "./backends.js";

export function useTestStore(backend: Backend): { db: TestDatabase; store: Store } {
  const ctx = {} as { db: TestDatabase; store: Store };
  beforeAll(async () => {
    ctx.db = await backend.create();
    ctx.store = ctx.db.store;
  });
  afterAll(async () => ctx.db?.dispose());
  return ctx;
}

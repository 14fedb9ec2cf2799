import { defineConfig } from "vitest/config";

/** Three projects: unit (pure core, CLI), int (store and server: SQLite always, PostgreSQL when
 * DATABASE_TEST_URL is set, which CI always does) and e2e (web app in Debian's Chromium). */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["src/**/*.int.test.ts", "src/web/**"],
          // Property tests over thousands of records take a second or two alone; on a 2-core machine
          // running the whole suite (or other work) they can pass 5 s. No test here asserts a time.
          testTimeout: 30_000,
        },
      },
      { test: { name: "int", include: ["src/**/*.int.test.ts"], testTimeout: 30_000, hookTimeout: 60_000 } },
      {
        test: {
          name: "e2e",
          include: ["src/web/**/*.e2e.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

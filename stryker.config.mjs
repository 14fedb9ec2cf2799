/** Mutation testing of the clinical core (issue 9 point 8): do the tests of src/scores, src/criteria and
 * src/response fail when a threshold moves, an && flips or an unknown is dropped? `npm run mutation`
 * (not part of `npm test`: it takes many minutes). Incremental: only mutants in changed code, or whose
 * tests changed, run again; the previous result is read from reports/stryker-incremental.json.
 * One folder or file at a time: `npx stryker run --mutate "src/scores/iss/iss.ts"`. */
// @ts-check
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "src/scores/**/*.ts",
    "src/criteria/**/*.ts",
    "src/response/**/*.ts",
    "!src/**/*.test.ts",
    // Test helpers, not clinical logic.
    "!src/response/golden-view.ts",
    "!src/scores/result-checks.ts",
  ],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  // Two cores are shared on the development machine; raise on a CI runner.
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
  ignoreStatic: true,
};

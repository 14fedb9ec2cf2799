import { defineConfig } from "vitest/config";

/** The tests mutation testing runs (stryker.config.mjs): the unit tests of the clinical calculators.
 * A mutant in src/scores, src/criteria or src/response must be killed by its own folder's tests. */
export default defineConfig({
  test: {
    include: ["src/scores/**/*.test.ts", "src/criteria/**/*.test.ts", "src/response/**/*.test.ts"],
    // The units-invariance property test runs every calculator 500 times (3-4 s); it guards unit
    // conversion, not the calculators' logic, and would run for every mutant of src/scores.
    exclude: ["src/**/*.int.test.ts", "src/scores/units-invariance.test.ts"],
  },
});

/** The example records themselves (examples.ts says what an example is): every file of examples/diagnosis,
 * examples/response and examples/vignettes, read at build time into this module, which the app loads on demand. */
import { EXAMPLE_GROUPS, type Example, type ExampleGroup, toExample } from "./examples.js";

const FILES: Record<ExampleGroup, Record<string, unknown>> = {
  Diagnosis: import.meta.glob("../../examples/diagnosis/*.json", { eager: true, import: "default" }),
  "Response and monitoring": import.meta.glob("../../examples/response/*.json", {
    eager: true,
    import: "default",
  }),
  Vignettes: import.meta.glob("../../examples/vignettes/*.json", { eager: true, import: "default" }),
};

export const EXAMPLES: Example[] = EXAMPLE_GROUPS.flatMap((group) =>
  Object.entries(FILES[group])
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, data]) => toExample(path, group, data) ?? []),
);

/** Writes the README's example files (see scripts/examples.ts): `npx tsx scripts/gen-examples.ts`. */
import { writeFileSync } from "node:fs";
import { buildExamples } from "./examples.js";

for (const [path, text] of Object.entries(buildExamples())) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}

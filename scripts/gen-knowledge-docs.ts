/** Regenerates docs/knowledge.md from the knowledge base: `npx tsx scripts/gen-knowledge-docs.ts`. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderKnowledgeMarkdown } from "../src/knowledge/docs.js";

const target = fileURLToPath(new URL("../docs/knowledge.md", import.meta.url));
writeFileSync(target, renderKnowledgeMarkdown());
process.stdout.write(`wrote ${target}\n`);

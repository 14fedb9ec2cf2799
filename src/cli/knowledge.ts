/** `mmnav knowledge list|show ID|export`: the knowledge base, readable by a reviewer. */
import { type Command, Option } from "commander";
import { entryInWords, entryMarkdown, exportKnowledge, renderKnowledgeMarkdown } from "../knowledge/docs.js";
import { EVIDENCE_REVIEWED, KNOWLEDGE_ENTRIES, KNOWLEDGE_VERSION } from "../knowledge/index.js";
import { EXIT, type OutputFormat, outputFormat } from "./io.js";
import { markdownToTerminal } from "./terminal.js";

/** The `list` text: every recommendation with its conditions in words and its sources. */
export function knowledgeListText(): string {
  const out = [
    `Knowledge version ${KNOWLEDGE_VERSION} (evidence reviewed ${EVIDENCE_REVIEWED}), ${KNOWLEDGE_ENTRIES.length} recommendations`,
    "",
  ];
  for (const e of KNOWLEDGE_ENTRIES) {
    const w = entryInWords(e);
    out.push(
      `${w.id}  [${w.kind}, ${w.strength}${e.evidence === "unverified" ? ", UNVERIFIED" : ""}]  ${w.title}`,
      `  when: ${w.appliesWhen}`,
      ...(w.label.us ? [`  US label: ${w.label.us}`] : []),
      ...(w.label.eu ? [`  EU label: ${w.label.eu}`] : []),
      `  sources: ${[...new Set([...e.citations, ...e.cautions.flatMap((c) => c.citations ?? [])])].join(", ")}`,
      "",
    );
  }
  return out.join("\n");
}

export function registerKnowledgeCommands(program: Command): void {
  const knowledge = program
    .command("knowledge")
    .description("The knowledge base: recommendations with their conditions and sources");
  const formatOption = () =>
    new Option("--format <format>", "text (for a terminal, the default), markdown or json").choices([
      "text",
      "markdown",
      "json",
    ]);
  knowledge
    .command("list", { isDefault: true })
    .description("List every recommendation with its conditions in words and its sources")
    .option("--json", "print as JSON (short for --format json)")
    .addOption(formatOption())
    .action((opts: { json?: boolean; format?: OutputFormat }, cmd: Command) => {
      const format = outputFormat(cmd, opts);
      if (format === "json") {
        process.stdout.write(`${JSON.stringify(KNOWLEDGE_ENTRIES.map(entryInWords), null, 2)}\n`);
      } else if (format === "markdown") process.stdout.write(renderKnowledgeMarkdown());
      else process.stdout.write(`${knowledgeListText()}\n`);
    });
  knowledge
    .command("show")
    .description("Show one recommendation whole")
    .argument("<id>", "recommendation id, e.g. smm.high-risk.daratumumab-sc")
    .option("--json", "print as JSON (short for --format json)")
    .addOption(formatOption())
    .action((id: string, opts: { json?: boolean; format?: OutputFormat }, cmd: Command) => {
      const format = outputFormat(cmd, opts);
      const entry = KNOWLEDGE_ENTRIES.find((e) => e.id === id);
      if (!entry) {
        const near = KNOWLEDGE_ENTRIES.filter(
          (e) => e.id.includes(id) || id.includes(e.id.split(".")[0] ?? ""),
        ).map((e) => e.id);
        process.stderr.write(
          `mmnav: no recommendation with id "${id}"${near.length > 0 ? `; did you mean: ${near.slice(0, 8).join(", ")}` : ""}\n`,
        );
        process.exitCode = EXIT.INVALID;
        return;
      }
      if (format === "json") {
        process.stdout.write(`${JSON.stringify({ ...entry, inWords: entryInWords(entry) }, null, 2)}\n`);
      } else if (format === "markdown") process.stdout.write(`${entryMarkdown(entry)}\n`);
      else process.stdout.write(markdownToTerminal(entryMarkdown(entry)));
    });
  knowledge
    .command("export")
    .description("Export the whole knowledge base as JSON")
    .action(() => {
      process.stdout.write(`${JSON.stringify(exportKnowledge(), null, 2)}\n`);
    });
}

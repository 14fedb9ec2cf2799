/** `mmnav screen IN.ndjson --out OUT.ndjson`: a cohort, one Assessment per line, same order.
 * An invalid line becomes an error line for its id and the run goes on; a summary comes at the end. */

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import cliProgress from "cli-progress";
import { type Command, Option } from "commander";
import { assess } from "../engine/assess.js";
import { MmnavError } from "../model/errors.js";
import { isoDateArg } from "./assess.js";
import { today } from "./io.js";

export interface ScreenSummary {
  total: number;
  assessed: number;
  errors: number;
  byCategory: Record<string, number>;
  withAlerts: number;
}

/** One output line for one input line (pure apart from the assessment itself). */
export function screenLine(
  line: string,
  lineNumber: number,
  options: { defaultAsOf: string; jurisdiction?: "us" | "eu" | "both" },
): { out: string; category: string | null; alerts: number } {
  let id: string | null = null;
  try {
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      throw new MmnavError("INVALID_RECORD", "not valid JSON", [
        { path: "(line)", message: `not valid JSON: ${(e as Error).message}` },
      ]);
    }
    if (record && typeof record === "object" && typeof (record as { id?: unknown }).id === "string") {
      id = (record as { id: string }).id;
    }
    const a = assess(record, options);
    return { out: JSON.stringify(a), category: a.diagnosis.category, alerts: a.alerts.length };
  } catch (e) {
    const err =
      e instanceof MmnavError
        ? { code: e.code, message: e.message, issues: e.issues }
        : { code: "INTERNAL", message: (e as Error).message, issues: [] };
    return { out: JSON.stringify({ id, line: lineNumber, error: err }), category: null, alerts: 0 };
  }
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) if (line.trim()) n++;
  return n;
}

export async function screenFile(
  input: string,
  output: string,
  options: { defaultAsOf: string; jurisdiction?: "us" | "eu" | "both"; progress: boolean },
): Promise<ScreenSummary> {
  const summary: ScreenSummary = { total: 0, assessed: 0, errors: 0, byCategory: {}, withAlerts: 0 };
  const bar = options.progress
    ? new cliProgress.SingleBar(
        {
          format: "screening [{bar}] {percentage}% | {value}/{total} records | {eta_formatted} left",
          etaBuffer: 200,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  if (bar) bar.start(await countLines(input), 0);
  const out = output === "-" ? process.stdout : createWriteStream(output);
  const rl = createInterface({ input: createReadStream(input), crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of rl) {
    lineNumber++;
    if (!line.trim()) continue;
    summary.total++;
    const r = screenLine(line, lineNumber, options);
    if (r.category === null) summary.errors++;
    else {
      summary.assessed++;
      summary.byCategory[r.category] = (summary.byCategory[r.category] ?? 0) + 1;
      if (r.alerts > 0) summary.withAlerts++;
    }
    if (!out.write(`${r.out}\n`)) await once(out, "drain");
    bar?.increment();
  }
  bar?.stop();
  if (out !== process.stdout) {
    out.end();
    await once(out, "finish");
  }
  return summary;
}

export function formatSummary(s: ScreenSummary): string {
  const cats = Object.entries(s.byCategory)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, n]) => `  ${c.padEnd(38)} ${n}`)
    .join("\n");
  return [
    `screened ${s.total} records: ${s.assessed} assessed, ${s.errors} with errors, ${s.withAlerts} with alerts`,
    "by category:",
    cats || "  (none)",
  ].join("\n");
}

export function registerScreenCommand(program: Command): void {
  program
    .command("screen")
    .description("Assess a cohort: one PatientRecord per line (NDJSON) in, one Assessment per line out")
    .argument("<input>", "NDJSON file of PatientRecords")
    .requiredOption("--out <file>", "where to write the NDJSON Assessments (- for standard output)")
    .option("--as-of <date>", "assess as of this date when a record has no asOf (default: today)", isoDateArg)
    .addOption(
      new Option("--jurisdiction <where>", "which regulatory status to show")
        .choices(["us", "eu", "both"])
        .default("both"),
    )
    .option("--no-progress", "no progress bar even on a terminal")
    .action(
      async (
        input: string,
        opts: { out: string; asOf?: string; jurisdiction: "us" | "eu" | "both"; progress: boolean },
      ) => {
        const summary = await screenFile(input, opts.out, {
          defaultAsOf: opts.asOf ?? today(),
          jurisdiction: opts.jurisdiction,
          progress: opts.progress && Boolean(process.stderr.isTTY) && opts.out !== "-",
        });
        process.stderr.write(`${formatSummary(summary)}\n`);
      },
    );
}

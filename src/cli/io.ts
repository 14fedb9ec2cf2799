/** Small I/O helpers shared by the CLI commands: input files, JSON, exit codes, option checks. */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { MmnavError, type ValidationIssue } from "../model/errors.js";

/** Exit codes of every `mmnav` command (documented in the README). */
export const EXIT = {
  /** Done as asked. */
  OK: 0,
  /** Something unexpected went wrong inside mmnav (a bug, or the machine: disk full, port taken). */
  FAILURE: 1,
  /** Invalid input or arguments: a bad option, an unreadable file, a record that fails validation. */
  INVALID: 2,
  /** `screen`: some records of a cohort could not be assessed (their lines hold the error). */
  SOME_FAILED: 3,
} as const;

/** An input the user named cannot be used (missing file, directory, no permission): one line, exit 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** Today's date (UTC) as ISO 8601: the surfaces' default `asOf`; the core never reads the clock. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** One line saying why `file` could not be read, for the errors a user can cause. */
export function describeFileError(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return `no such file: ${file}`;
    case "EISDIR":
      return `${file} is a directory; expected a file (or - for standard input)`;
    case "EACCES":
    case "EPERM":
      return `permission denied: ${file}`;
    case "ENOTDIR":
      return `not a file path (a part of it is not a directory): ${file}`;
    default:
      return `cannot read ${file}: ${(e as Error).message}`;
  }
}

/** Reads a file, or standard input when `file` is `-`; file errors become an InputError. */
export async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new InputError(describeFileError(file, e));
  }
}

/** Parses JSON, or throws an INVALID_RECORD error whose one issue says where the JSON broke. */
export function parseJson(text: string, path = "(input)"): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new MmnavError("INVALID_RECORD", "input is not valid JSON", [
      { path, message: `not valid JSON: ${(e as Error).message}` },
    ]);
  }
}

export function issuesOf(e: unknown): ValidationIssue[] | null {
  return e instanceof MmnavError && e.code === "INVALID_RECORD" ? e.issues : null;
}

export type OutputFormat = "text" | "markdown" | "json";

/** The output format from `--json` and `--format`, refusing a contradiction (exit 2). `--json` is
 * short for `--format json`; `--audience` shapes a summary, so it is refused with JSON output. */
export function outputFormat(
  cmd: Command,
  opts: { json?: boolean; format?: OutputFormat },
  defaultFormat: OutputFormat = "text",
): OutputFormat {
  if (opts.json && opts.format !== undefined && opts.format !== "json") {
    cmd.error(`error: --json and --format ${opts.format} contradict each other; give one of them`, {
      exitCode: EXIT.INVALID,
      code: "mmnav.conflictingOptions",
    });
  }
  const format = opts.json ? "json" : (opts.format ?? defaultFormat);
  if (format === "json" && cmd.getOptionValueSource("audience") === "cli") {
    cmd.error(
      "error: --audience chooses the words of a summary, and JSON output is the whole Assessment for every audience; drop --audience or use --format text|markdown",
      { exitCode: EXIT.INVALID, code: "mmnav.conflictingOptions" },
    );
  }
  return format;
}

/** Small I/O helpers shared by the CLI commands: input files, JSON, exit codes, option checks. */
import { createWriteStream, type WriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { type Command, InvalidArgumentError } from "commander";
import { MmnavError, type ValidationIssue } from "../model/errors.js";
import { isIsoDate } from "../model/iso-date.js";

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

/** A file or folder the user named cannot be used (missing, a directory, no permission): one line on
 * standard error (written by main.ts), exit 2. */
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

/** Commander's parser for a date option (`--as-of`): an ISO 8601 calendar date, the same yes or no as
 * the record schema's dates (model/iso-date), without loading the schema. */
export function isoDateArg(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError("expected an ISO 8601 date (YYYY-MM-DD)");
  return value;
}

/** One line naming the path and why it could not be read or written: the one wording of file errors
 * for every command. `what` says what was expected there, for a directory given instead. */
export function describeFileError(
  file: string,
  e: unknown,
  action: "read" | "write" = "read",
  what = `a file, or - for standard ${action === "read" ? "input" : "output"}`,
): string {
  const code = (e as NodeJS.ErrnoException).code;
  const problem =
    code === "ENOENT"
      ? action === "read"
        ? "no such file or directory"
        : "its directory does not exist"
      : code === "EISDIR"
        ? `is a directory; expected ${what}`
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "ENOTDIR"
            ? "a part of the path is not a directory"
            : ((e as Error).message ?? String(e)).replace(/\s*\n\s*/g, " ");
  return `cannot ${action} ${file}: ${problem}`;
}

/** The InputError for a file-system error on a path the user named. */
export function fileError(file: string, e: unknown, action: "read" | "write" = "read", what?: string) {
  return new InputError(describeFileError(file, e, action, what));
}

/** Opens `file` for writing, or throws the one-line InputError (a missing folder, a directory, no
 * permission) before anything is written. */
export async function openOutput(file: string): Promise<WriteStream> {
  const out = createWriteStream(file);
  await new Promise<void>((resolve, reject) => {
    out.once("open", () => resolve());
    out.once("error", (e) => reject(fileError(file, e, "write")));
  });
  return out;
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
    throw fileError(file, e);
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

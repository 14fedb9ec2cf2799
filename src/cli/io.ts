/** Small I/O helpers shared by the CLI commands. */
import { readFile } from "node:fs/promises";
import { MmnavError, type ValidationIssue } from "../model/errors.js";

/** Today's date (UTC) as ISO 8601: the surfaces' default `asOf`; the core never reads the clock. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  return readFile(file, "utf8");
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

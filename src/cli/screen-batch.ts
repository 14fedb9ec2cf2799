/** One batch of a cohort screen: NDJSON lines in, NDJSON lines out (same order) and counts. Runs in
 * a worker thread (screen-worker.ts) or inline; pure apart from the assessment itself. */
import { StringDecoder } from "node:string_decoder";
import { assess } from "../engine/assess.js";
import { assessCompact, compactAssessment } from "../engine/compact.js";
import { type BundleImport, bundleToRecord } from "../fhir/bundle-to-record.js";
import { MmnavError } from "../model/errors.js";
import { emptyCounts, type ScreenCounts } from "./screen-counts.js";

export interface ScreenOptions {
  defaultAsOf: string;
  jurisdiction?: "us" | "eu" | "both";
  /** Write ids and codes only (engine/compact), not the whole Assessment. */
  compact?: boolean;
  /** What each line holds: a PatientRecord (default) or a FHIR R4 Bundle for one patient. */
  input?: "record" | "bundle";
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (e) {
    throw new MmnavError("INVALID_RECORD", "not valid JSON", [
      { path: "(line)", message: `not valid JSON: ${(e as Error).message}` },
    ]);
  }
}

function idOf(value: unknown): string | null {
  if (!value || typeof value !== "object") return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" ? id : null;
}

/** What a compact line says of its FHIR import (ids only, no texts): how many warnings, and the resources
 * they name, each once, in order. The full line carries `fhirImport` whole, as `$assess` answers. */
export interface CompactImportWarnings {
  count: number;
  resources: string[];
}

function compactImportWarnings(imported: BundleImport): CompactImportWarnings {
  const resources = new Set<string>();
  for (const w of imported.warnings) resources.add(w.resource);
  return { count: imported.warnings.length, resources: [...resources] };
}

/** One output line for one input line, and how it counts. */
export function screenLine(
  line: string,
  lineNumber: number,
  options: ScreenOptions,
  counts: ScreenCounts = emptyCounts(),
): string {
  counts.total++;
  let id: string | null = null;
  try {
    const parsed = parseLine(line);
    let record = parsed;
    // Review c56 MISLEADING-1: the import's warnings (values not used: entered in error, a refused unit,
    // another patient's resource) were dropped here, so a cohort screen kept no trace of them.
    let imported: BundleImport | null = null;
    if (options.input === "bundle") {
      imported = bundleToRecord(parsed, { asOf: options.defaultAsOf });
      record = imported.record;
    }
    id = idOf(record) ?? idOf(parsed);
    const assessOptions = { defaultAsOf: options.defaultAsOf, jurisdiction: options.jurisdiction ?? "both" };
    // Compact: codes only, the words of options and alerts are never composed.
    const out = options.compact ? assessCompact(record, assessOptions) : assess(record, assessOptions);
    const view = "diagnosis" in out ? compactAssessment(out) : out;
    counts.assessed++;
    counts.byCategory[view.category] = (counts.byCategory[view.category] ?? 0) + 1;
    const phase = view.phase ?? "(none)";
    counts.byPhase[phase] = (counts.byPhase[phase] ?? 0) + 1;
    if (view.alerts.length > 0) counts.withAlerts++;
    if (view.overdue.length > 0) counts.withOverdue++;
    else if (view.dueNow.length > 0) counts.withDueNow++;
    if (!imported) return JSON.stringify(out);
    if (imported.warnings.length > 0) counts.withImportWarnings++;
    // Added after the Assessment's own fields, named and shaped as `POST /fhir/r4/$assess` names them.
    return JSON.stringify(
      "diagnosis" in out
        ? {
            ...out,
            fhirImport: {
              warnings: imported.warnings,
              provenance: imported.provenance,
              conditionHints: imported.conditionHints,
            },
          }
        : { ...out, importWarnings: compactImportWarnings(imported) },
    );
  } catch (e) {
    counts.errors++;
    const err =
      e instanceof MmnavError
        ? { code: e.code, message: e.message, issues: e.issues }
        : { code: "INTERNAL", message: (e as Error).message, issues: [] };
    return JSON.stringify({ id, line: lineNumber, error: err });
  }
}

export interface ScreenTask {
  /** Whole input lines: raw UTF-8 bytes (moved here from the main thread, not copied) or a string. */
  text: Uint8Array | string;
  /** Input line number of the first line of `text`. */
  firstLine: number;
  options: ScreenOptions;
}

export interface ScreenTaskResult {
  /** The output lines as UTF-8 bytes, each line ending in a newline. A worker moves the bytes to the
   * main thread (no copy), which writes them as they are. */
  out: Uint8Array;
  counts: ScreenCounts;
}

/** A line with something on it. A record line starts with `{`, which settles it without trim's copy. */
function hasContent(line: string): boolean {
  return line.charCodeAt(0) === 0x7b || line.trim() !== "";
}

const LF = 0x0a;
const CR = 0x0d;

/** Calls `each` with every line of a batch, in order, with its index from the batch's first line
 * (blank lines included, so the numbers stay readline's). Bytes are decoded a line at a time, each
 * line a small string that dies young: the text of the whole batch in one string was a large object
 * that every scavenge in the batch promoted, and cost page faults to allocate. Cutting the bytes at
 * \n first reads them as decoding first did: UTF-8 resynchronises at every ASCII byte, so a byte
 * that is not UTF-8 becomes the same U+FFFD either way. */
function eachLine(text: Uint8Array | string, each: (line: string, index: number) => void): void {
  // Text batches are Bundle lines joined by \n (textBatches; serialised JSON holds no raw line break), so
  // \r is handled on the byte path only.
  if (typeof text === "string") {
    text.split("\n").forEach(each);
    return;
  }
  const bytes = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const hasCr = bytes.includes(CR);
  let index = 0;
  for (let start = 0; start < bytes.length; ) {
    const lf = bytes.indexOf(LF, start);
    // The last line of the input may end without a \n: a StringDecoder, as readline uses, drops an
    // unfinished character at the very end as readline does.
    const line =
      lf === -1 ? new StringDecoder("utf8").write(bytes.subarray(start)) : bytes.toString("utf8", start, lf);
    start = lf === -1 ? bytes.length : lf + 1;
    if (!hasCr || !line.includes("\r")) {
      each(line, index++);
      continue;
    }
    // A \r just before the \n is part of that line break (CRLF); any other \r is a break of its own.
    const pieces = (lf !== -1 && line.endsWith("\r") ? line.slice(0, -1) : line).split("\r");
    for (const piece of pieces) each(piece, index++);
  }
}

/** The output lines of a batch, written as UTF-8 into one growing buffer as they come. Concatenating
 * them into one string instead kept the whole batch's text alive (and so copied by the young-generation
 * collector, then promoted) until the end, and cost a flattening pass before it could be encoded. */
class Utf8Lines {
  private bytes: Buffer;
  private length = 0;

  constructor(capacity: number) {
    // A buffer of its own (never a slice of Node's shared pool), so it can be moved to another thread.
    this.bytes = Buffer.allocUnsafeSlow(Math.max(capacity, 1024));
  }

  push(line: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit, then the \n.
    const need = this.length + line.length * 3 + 1;
    if (need > this.bytes.length) this.grow(need);
    this.length += this.bytes.write(line, this.length);
    this.bytes[this.length++] = 0x0a;
  }

  private grow(need: number): void {
    const bigger = Buffer.allocUnsafeSlow(Math.max(need, this.bytes.length * 2));
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
  }

  /** The lines written, each ending in \n (a view of the buffer, whose rest is unused). */
  done(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** One output line per non-blank input line of the batch, in order, and their counts. */
export function screenBatch(task: ScreenTask): ScreenTaskResult {
  const counts = emptyCounts();
  // About the input's size: a compact line is a little shorter than its record; full ones grow it.
  const out = new Utf8Lines(task.text.length);
  eachLine(task.text, (line, index) => {
    // Blank lines (and the empty rest after the last line break) are skipped but keep their number.
    if (hasContent(line)) out.push(screenLine(line, task.firstLine + index, task.options, counts));
  });
  return { out: out.done(), counts };
}

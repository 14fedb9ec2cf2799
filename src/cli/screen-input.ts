/** What `mmnav screen` reads, cut into batches for the worker threads: an NDJSON file or standard
 * input as raw bytes cut at line ends (the main thread never decodes, splits or copies a line one by
 * one; the worker does it), or the patients of a FHIR Bulk Data export folder as Bundle lines. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { type BulkStats, bulkExportBundles, findBulkExport } from "./bulk-fhir.js";
import { fileError, InputError } from "./io.js";

/** Some input lines for one worker task. `text` holds whole lines (raw UTF-8 bytes, or a string for
 * Bundles) and `firstLine` is the input line number of its first line. */
export interface InputBatch {
  text: Uint8Array | string;
  firstLine: number;
  /** Input bytes this batch used up, for the progress bar. */
  bytes: number;
}

export interface Source {
  batches: AsyncIterable<InputBatch>;
  /** Bytes to read, for the progress bar (null for standard input and folders). */
  bytes: number | null;
  input: "record" | "bundle";
  bulk: BulkStats | null;
}

/** What `screen` reads besides standard input: said when a path cannot be read. */
const SCREEN_INPUT = "an NDJSON file, a FHIR Bulk Data export folder, or - for standard input";

const LF = 0x0a;
const CR = 0x0d;

/** Line breaks in `bytes`, counted as Node's readline counts them (and so as `screen` always
 * numbered its lines): `\r\n`, `\n`, or a `\r` not followed by `\n`. `bytes` ends with `\n` or is
 * the end of the input, so a `\r` at its end is a line break of its own. */
export function lineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i !== -1; i = bytes.indexOf(LF, i + 1)) n++;
  return n + loneCarriageReturns(bytes);
}

/** The `\r`s in `bytes` not followed by `\n`: line breaks of their own (see lineBreaks). */
function loneCarriageReturns(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(CR); i !== -1; i = bytes.indexOf(CR, i + 1)) {
    if (bytes[i + 1] !== LF) n++;
  }
  return n;
}

/** The most bytes carried without a `\n` before the input is refused: far above any PatientRecord
 * (the server takes 1 MiB bodies), and it keeps memory bounded on a file that has no `\n` at all
 * (for example one with old Mac `\r`-only line ends, which readline would have streamed). */
export const MAX_BYTES_WITHOUT_LF = 64 * 2 ** 20;

/** The lines of a byte stream in batches of about `batchLines` lines, each cut just after a `\n`,
 * each in its own buffer (so it can be moved to a worker thread without a copy). A line longer than
 * a read chunk is carried over until its end arrives, as readline would, up to `maxBytesWithoutLf`:
 * beyond it the input is an InputError naming the line. */
export async function* ndjsonBatches(
  input: Readable,
  batchLines: number,
  maxBytesWithoutLf = MAX_BYTES_WITHOUT_LF,
): AsyncGenerator<InputBatch> {
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let linesInParts = 0;
  let firstLine = 1;
  let carriedWithoutLf = 0;
  const take = (last: Uint8Array | null): InputBatch => {
    if (last) parts.push(last);
    const text = new Uint8Array(partBytes + (last?.length ?? 0));
    let at = 0;
    for (const p of parts) {
      text.set(p, at);
      at += p.length;
    }
    const batch = { text, firstLine, bytes: text.length };
    // Every \n was counted while cutting; only lone \r are left to count (one search, no \r in
    // most files), not all the \n again.
    firstLine += linesInParts + loneCarriageReturns(text);
    parts = [];
    partBytes = 0;
    linesInParts = 0;
    return batch;
  };
  for await (const data of input) {
    const chunk: Uint8Array = typeof data === "string" ? Buffer.from(data, "utf8") : (data as Uint8Array);
    let start = 0;
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
      if (++linesInParts >= batchLines) {
        yield take(chunk.subarray(start, i + 1));
        start = i + 1;
      }
    }
    if (start < chunk.length) {
      parts.push(chunk.subarray(start));
      partBytes += chunk.length - start;
    }
    const lastLf = chunk.lastIndexOf(LF);
    carriedWithoutLf = lastLf === -1 ? carriedWithoutLf + chunk.length : chunk.length - 1 - lastLf;
    if (carriedWithoutLf > maxBytesWithoutLf) {
      // The stretch with no \n starts after the last one: number its first line as readline would.
      const carried = Buffer.concat(parts);
      const line = firstLine + lineBreaks(carried.subarray(0, carried.length - carriedWithoutLf));
      throw new InputError(
        `cannot read the input: no line end (\\n) in the ${maxBytesWithoutLf} bytes from line ${line} on; NDJSON has one record a line, each ended by \\n`,
      );
    }
  }
  if (partBytes > 0) yield take(null);
}

/** Bundle lines (one patient each, never containing a line break) in batches of `batchLines`,
 * joined by `\n` as if they were an NDJSON file, numbered from 1. */
export async function* textBatches(
  lines: AsyncIterable<string>,
  batchLines: number,
): AsyncGenerator<InputBatch> {
  let batch: string[] = [];
  let firstLine = 1;
  for await (const line of lines) {
    batch.push(line);
    if (batch.length >= batchLines) {
      yield { text: batch.join("\n"), firstLine, bytes: 0 };
      firstLine += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) yield { text: batch.join("\n"), firstLine, bytes: 0 };
}

/** Opens `path` (`-` for `stdin`) as batches of about `batchLines` lines; an unreadable path is an
 * InputError (one line, exit 2) before anything is read. */
export async function openSource(path: string, stdin: Readable, batchLines: number): Promise<Source> {
  if (path === "-") {
    return { batches: ndjsonBatches(stdin, batchLines), bytes: null, input: "record", bulk: null };
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    throw fileError(path, e, "read", SCREEN_INPUT);
  }
  if (info.isDirectory()) {
    const exp = await findBulkExport(path).catch((e: unknown) => {
      throw fileError(path, e, "read", SCREEN_INPUT);
    });
    if (!exp) {
      throw new InputError(
        `cannot read ${path}: a directory with no FHIR Bulk Data NDJSON files (expected e.g. Patient.ndjson, Observation.ndjson)`,
      );
    }
    const bulk: BulkStats = { resources: 0, skipped: 0, patients: 0 };
    return {
      batches: textBatches(bulkExportBundles(exp, bulk), batchLines),
      bytes: null,
      input: "bundle",
      bulk,
    };
  }
  // Large reads: fewer chunks to scan and carry over; the batches still hold about batchLines lines.
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  // Open errors (permissions) surface as an event; turn them into one line too.
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", (e) => reject(fileError(path, e, "read", SCREEN_INPUT)));
  });
  return { batches: ndjsonBatches(stream, batchLines), bytes: info.size, input: "record", bulk: null };
}

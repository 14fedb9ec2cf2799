/** `screen` numbers and splits lines exactly as Node's readline does (as it always has), wherever the
 * input is cut into read chunks and batches: CRLF, lone CR, blank lines, a BOM, bytes that are not
 * UTF-8, characters split across chunks, and no newline at the end. */
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { synthCohort } from "../synth/cohort.js";
import { screenBatch } from "./screen-batch.js";
import { lineBreaks, ndjsonBatches, textBatches } from "./screen-input.js";

/** The non-blank lines of `bytes` with their line numbers, as the readline-based screen read them. */
async function readlineLines(bytes: Buffer): Promise<[number, string][]> {
  const out: [number, string][] = [];
  let n = 0;
  for await (const line of createInterface({ input: Readable.from([bytes]), crlfDelay: Infinity })) {
    n++;
    if (line.trim()) out.push([n, line]);
  }
  return out;
}

/** The same, from the batches a worker gets: each line is echoed by its error line's number. */
async function batchedLines(chunks: Buffer[], batchLines: number): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const batch of ndjsonBatches(Readable.from(chunks), batchLines)) {
    // Every line here is not JSON, so each output line is an error line carrying its line number.
    const result = screenBatch({
      text: batch.text,
      firstLine: batch.firstLine,
      options: { defaultAsOf: "2026-01-01" },
    });
    for (const l of Buffer.from(result.out).toString("utf8").split("\n").filter(Boolean)) {
      const e = JSON.parse(l) as { line: number; error: { issues: { message: string }[] } };
      out.push([e.line, e.error.issues[0]!.message]);
    }
  }
  return out;
}

const TRICKY = Buffer.concat([
  Buffer.from("\uFEFFfirst\r\nsecond\rthird\n\n   \n\t\r\nnot json é ü 中文\n"),
  Buffer.from([0x61, 0xff, 0xfe, 0xc3, 0x0a]), // bytes that are not UTF-8
  Buffer.from("cr-cr\r\r\nlast one 😀\r"),
  Buffer.from("tail"),
  Buffer.from([0xe4, 0xb8]), // an unfinished character at the very end
]);

describe("screen input batches", () => {
  it("give every line the number and text readline gives it, for any chunk and batch size", async () => {
    const expected = await readlineLines(TRICKY);
    expect(expected.map(([n]) => n)).toEqual([1, 2, 3, 7, 8, 9, 11, 12]);
    // The error message quotes the line, so comparing messages compares the decoded text.
    const messageOf = async (line: string) => (await batchedLines([Buffer.from(`${line}\n`)], 1))[0]![1];
    const want: [number, string][] = [];
    for (const [n, line] of expected) want.push([n, await messageOf(line)]);
    for (let cut = 1; cut < TRICKY.length; cut++) {
      const chunks = [TRICKY.subarray(0, cut), TRICKY.subarray(cut)];
      for (const batchLines of [1, 2, 3, 256]) {
        expect(await batchedLines(chunks, batchLines), `cut ${cut}, ${batchLines} lines`).toEqual(want);
      }
    }
    const oneByteChunks = [...TRICKY].map((b) => Buffer.from([b]));
    expect(await batchedLines(oneByteChunks, 2)).toEqual(want);
  });

  it("count line breaks as readline does: CRLF once, a lone CR and LF each once", () => {
    expect(lineBreaks(Buffer.from("a\r\nb\rc\n\r\r\n"))).toBe(5);
    expect(lineBreaks(Buffer.from("no break"))).toBe(0);
  });

  it("cut at line ends into batches of the size asked, each in its own buffer", async () => {
    const text = Array.from({ length: 10 }, (_, i) => `line ${i}`).join("\n");
    const batches = [];
    for await (const b of ndjsonBatches(
      Readable.from([Buffer.from(text.slice(0, 13)), Buffer.from(text.slice(13))]),
      4,
    ))
      batches.push(b);
    expect(batches.map((b) => [b.firstLine, Buffer.from(b.text).toString()])).toEqual([
      [1, "line 0\nline 1\nline 2\nline 3\n"],
      [5, "line 4\nline 5\nline 6\nline 7\n"],
      [9, "line 8\nline 9"],
    ]);
    // Moving a batch to a worker detaches its buffer: it must not be shared with another batch.
    const buffers = new Set(batches.map((b) => (b.text as Uint8Array).buffer));
    expect(buffers.size).toBe(3);
    expect(
      batches.every((b) => (b.text as Uint8Array).byteLength === (b.text as Uint8Array).buffer.byteLength),
    ).toBe(true);
  });

  it("number Bundle lines of a FHIR export from 1 in batches", async () => {
    async function* bundles() {
      yield* ["a", "b", "c"];
    }
    const got = [];
    for await (const b of textBatches(bundles(), 2)) got.push([b.firstLine, b.text]);
    expect(got).toEqual([
      [1, "a\nb"],
      [3, "c"],
    ]);
  });

  it("refuse input with no line end within the limit, naming the line, instead of holding it all in memory", async () => {
    const read = async (chunks: Buffer[], max: number) => {
      const got: number[] = [];
      for await (const b of ndjsonBatches(Readable.from(chunks), 2, max)) got.push(b.firstLine);
      return got;
    };
    // Old Mac line ends (\r only): readline streamed them; held whole, a large file would not fit.
    const crOnly = Buffer.from(`{"a":1}\r`.repeat(40));
    await expect(read([Buffer.from('{"a":0}\n{"a":1}\n{"b":2}\n'), crOnly], 100)).rejects.toThrow(
      /no line end \(\\n\) in the 100 bytes from line 4 on/,
    );
    // Long lines that do end are fine, however many chunks they span.
    const long = Buffer.from(`${"x".repeat(90)}\n`);
    expect(await read([long, long, long], 100)).toEqual([1, 3]);
  });

  it("write each output line as JSON.stringify gives it, UTF-8, however far the output outgrows its input", () => {
    // Full Assessments are tens of kilobytes a record: many times the batch's input, so the output
    // buffer grows several times; the non-ASCII id takes 2 to 4 bytes a character.
    const records = [...synthCohort(3, 6)].map((r, i) => (i === 2 ? { ...r, id: "patient-é-中文-😀" } : r));
    const options = { defaultAsOf: "2026-01-01" };
    const text = Buffer.from(records.map((r) => JSON.stringify(r)).join("\n"));
    const got = screenBatch({ text, firstLine: 1, options }).out;
    const want = records.map((r) => `${JSON.stringify(assess(r, options))}\n`).join("");
    expect(got.length).toBeGreaterThan(4 * text.length);
    expect(Buffer.from(got).equals(Buffer.from(want, "utf8"))).toBe(true);
  });
});

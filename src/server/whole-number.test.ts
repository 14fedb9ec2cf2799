/** The one parser behind every whole-number setting of `mmnav` (flags and environment variables):
 * --port, --rate-limit, --body-limit, --workers, --threads, synth's count and --seed,
 * MMNAV_RATE_LIMIT, MMNAV_BODY_LIMIT, MMNAV_WORKERS, MMNAV_SEMI_SPACE_MB. */
import { describe, expect, it } from "vitest";
import { buildProgram } from "../cli/program.js";
import { wholeNumber } from "./whole-number.js";

describe("wholeNumber", () => {
  it("reads decimal digits, with the spaces around them dropped", () => {
    expect(wholeNumber("0", 0)).toBe(0);
    expect(wholeNumber(" 42 ", 1)).toBe(42);
    expect(wholeNumber("1024", 0, 1024)).toBe(1024);
  });

  it("refuses what is not plainly a whole number in range, rather than guessing", () => {
    for (const bad of ["", " ", "-1", "1.5", "1e3", "0x10", "+5", "two", "9007199254740993"])
      expect(wholeNumber(bad, 0), bad).toBeUndefined();
    expect(wholeNumber("0", 1)).toBeUndefined();
    expect(wholeNumber("1025", 0, 1024)).toBeUndefined();
  });
});

describe("the flags that use it", () => {
  /** Runs `mmnav <args>` up to argument parsing; the error commander would print, or "". */
  function parseError(args: string[]): string {
    const program = buildProgram();
    program.exitOverride();
    for (const c of program.commands) {
      c.exitOverride();
      c.configureOutput({ writeErr: () => {} });
      c.action(() => {});
    }
    try {
      program.parse(["node", "mmnav", ...args]);
      return "";
    } catch (e) {
      return (e as Error).message;
    }
  }

  it("screen --threads refuses an empty value instead of reading it as 0 (this thread only)", () => {
    expect(parseError(["screen", "in.ndjson", "--out", "-", "--threads", ""])).toMatch(
      /expected a whole number from 0 to 256/,
    );
    expect(parseError(["screen", "in.ndjson", "--out", "-", "--threads", "2"])).toBe("");
  });

  it("synth takes the same whole numbers for its count and seed", () => {
    expect(parseError(["synth", "10", "--seed", "7"])).toBe("");
    expect(parseError(["synth", "1e3"])).toMatch(/expected a whole number from 0 to 100000000/);
  });
});

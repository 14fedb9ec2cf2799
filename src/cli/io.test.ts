import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeFileError, InputError, isoDateArg, openOutput, readInput } from "./io.js";

const errno = (code: string) => Object.assign(new Error(`${code}: raw\nmessage`), { code });

describe("describeFileError: the one wording of file errors", () => {
  it("names the path and the problem in one line, for each error a user can cause", () => {
    expect(describeFileError("r.json", errno("ENOENT"))).toBe(
      "cannot read r.json: no such file or directory",
    );
    expect(describeFileError("dir", errno("EISDIR"))).toBe(
      "cannot read dir: is a directory; expected a file, or - for standard input",
    );
    // Root reads any file, so permission is tested here rather than through the binary.
    expect(describeFileError("r.json", errno("EACCES"))).toBe("cannot read r.json: permission denied");
    expect(describeFileError("r.json", errno("EPERM"))).toBe("cannot read r.json: permission denied");
    expect(describeFileError("r.json/x", errno("ENOTDIR"))).toBe(
      "cannot read r.json/x: a part of the path is not a directory",
    );
    expect(describeFileError("r.json", errno("EIO"))).toBe("cannot read r.json: EIO: raw message");
    for (const code of ["ENOENT", "EISDIR", "EACCES", "ENOTDIR", "EIO"])
      expect(describeFileError("r.json", errno(code))).not.toMatch(/\n/);
  });

  it("says what was expected instead of a directory, and words writing as writing", () => {
    expect(describeFileError("d", errno("EISDIR"), "read", "an NDJSON file")).toBe(
      "cannot read d: is a directory; expected an NDJSON file",
    );
    expect(describeFileError("out/x.ndjson", errno("ENOENT"), "write")).toBe(
      "cannot write out/x.ndjson: its directory does not exist",
    );
    expect(describeFileError("d", errno("EISDIR"), "write")).toBe(
      "cannot write d: is a directory; expected a file, or - for standard output",
    );
  });

  it("readInput and openOutput turn real file-system errors into that InputError", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mmnav-io-"));
    try {
      await expect(readInput(join(dir, "none.json"))).rejects.toThrow(
        new InputError(`cannot read ${join(dir, "none.json")}: no such file or directory`),
      );
      await expect(readInput(dir)).rejects.toBeInstanceOf(InputError);
      await expect(openOutput(dir)).rejects.toThrow(/^cannot write .*: is a directory/);
      await expect(openOutput(join(dir, "no", "x.ndjson"))).rejects.toThrow(/its directory does not exist$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("isoDateArg (screen --as-of, parsed without loading the record schema)", () => {
  it("takes a calendar date and refuses anything else with the option's message", () => {
    expect(isoDateArg("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2026-13-01", "2026-1-05", "2026-01-05T00:00", "today"])
      expect(() => isoDateArg(bad), bad).toThrow("expected an ISO 8601 date (YYYY-MM-DD)");
  });
});

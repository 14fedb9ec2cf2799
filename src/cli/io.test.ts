import { describe, expect, it } from "vitest";
import { describeFileError } from "./io.js";

const errno = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

describe("describeFileError", () => {
  it("says in one line why a file could not be read, for each error a user can cause", () => {
    expect(describeFileError("r.json", errno("ENOENT"))).toBe("no such file: r.json");
    expect(describeFileError("dir", errno("EISDIR"))).toMatch(/^dir is a directory/);
    // Root reads any file, so permission is tested here rather than through the binary.
    expect(describeFileError("r.json", errno("EACCES"))).toBe("permission denied: r.json");
    expect(describeFileError("r.json", errno("EPERM"))).toBe("permission denied: r.json");
    expect(describeFileError("r.json", errno("EIO"))).toBe("cannot read r.json: EIO: raw message");
    for (const code of ["ENOENT", "EISDIR", "EACCES", "EIO"])
      expect(describeFileError("r.json", errno(code))).not.toMatch(/\n/);
  });
});

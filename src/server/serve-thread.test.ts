/** `mmnav serve` in one process runs its server on a thread of its own with the 32 MB semi-space
 * (serve-thread.ts), unless the operator sized it already or turned it off. */
import { describe, expect, it } from "vitest";
import { serveOnThread } from "./serve-thread.js";

describe("one process's server thread", () => {
  it("is used by default (32 MB) and for any other size asked for", () => {
    expect(serveOnThread(32, [], undefined)).toBe(true);
    expect(serveOnThread(64, ["--enable-source-maps"], "--trace-warnings")).toBe(true);
  });

  it("is not used with MMNAV_SEMI_SPACE_MB=0 (V8's own sizing): the main thread serves, as before", () => {
    expect(serveOnThread(0, [], undefined)).toBe(false);
  });

  it("is not used when node itself was given a semi-space size (either spelling, command line or NODE_OPTIONS)", () => {
    expect(serveOnThread(32, ["--min-semi-space-size=32", "--max-semi-space-size=32"], undefined)).toBe(
      false,
    );
    expect(serveOnThread(32, ["--max_semi_space_size=8"], undefined)).toBe(false);
    expect(serveOnThread(32, [], "--max-semi-space-size=4")).toBe(false);
    // Another V8 flag that merely mentions the words sets no size.
    expect(serveOnThread(32, ["--semi_space_growth_factor=2"], undefined)).toBe(true);
  });
});

/** A database that cannot be reached is UNAVAILABLE (503), not an internal error; other failures
 * pass through unchanged. */
import { describe, expect, it } from "vitest";
import { MmnavError } from "../model/errors.js";
import { isDatabaseUnavailable, withUnavailableErrors } from "./unavailable.js";

const failing = (e: unknown) => ({ run: async () => Promise.reject(e), sync: () => 42 });

describe("withUnavailableErrors", () => {
  it("turns connection failures of PostgreSQL and SQLite into UNAVAILABLE", async () => {
    for (const e of [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("Connection terminated unexpectedly"),
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }),
      Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR_WRITE" }),
    ]) {
      await expect(withUnavailableErrors(failing(e)).run()).rejects.toMatchObject({ code: "UNAVAILABLE" });
    }
  });

  it("passes other errors and plain results through", async () => {
    const unique = Object.assign(new Error("duplicate key"), { code: "23505" });
    await expect(withUnavailableErrors(failing(unique)).run()).rejects.toBe(unique);
    const ours = new MmnavError("NOT_FOUND", "no patient");
    await expect(withUnavailableErrors(failing(ours)).run()).rejects.toBe(ours);
    expect(withUnavailableErrors(failing(null)).sync()).toBe(42);
    expect(isDatabaseUnavailable(new Error("syntax error at or near"))).toBe(false);
  });
});

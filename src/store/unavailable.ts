/** The database going away is not an internal error: a store call that fails because the database
 * cannot be reached (PostgreSQL down or restarting, a dropped connection, SQLite locked or failing
 * I/O) throws MmnavError UNAVAILABLE, which the server answers with 503 in the documented error
 * shape. The pool reconnects by itself, so the server recovers when the database returns. */
import { ErrorCode, MmnavError } from "../model/errors.js";

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  // PostgreSQL SQLSTATE: connection exceptions (08…), shutting down or starting up (57P0…).
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  // SQLite: still locked after busy_timeout, disk I/O failing, file gone, disk full.
  "SQLITE_BUSY",
  "SQLITE_IOERR",
  "SQLITE_CANTOPEN",
  "SQLITE_FULL",
]);

const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /Connection ended unexpectedly/i,
  /pool (?:is )?(?:ended|destroyed)/i,
];

export function isDatabaseUnavailable(e: unknown): boolean {
  if (e instanceof MmnavError) return e.code === ErrorCode.UNAVAILABLE;
  const err = (e ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof err.code === "string" ? err.code : "";
  if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_CODES.has(code.split("_").slice(0, 2).join("_")))
    return true;
  const message = typeof err.message === "string" ? err.message : "";
  return UNAVAILABLE_MESSAGES.some((re) => re.test(message));
}

export const databaseUnavailable = () =>
  new MmnavError(ErrorCode.UNAVAILABLE, "the database cannot be reached right now: retry in a few seconds");

/** The same object, whose async methods turn "database unreachable" failures into UNAVAILABLE. */
export function withUnavailableErrors<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result = value.apply(obj, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((e: unknown) => {
          throw isDatabaseUnavailable(e) && !(e instanceof MmnavError) ? databaseUnavailable() : e;
        });
      };
    },
  });
}

/** Logging without patient data: no bodies, query strings, URLs or parameters ever reach the log;
 * one line per request with method, route pattern, status and duration. */
import type { FastifyError, FastifyInstance, FastifyRequest, FastifyServerOptions } from "fastify";

export interface LogOptions {
  level?: string;
  /** Where log lines go (tests capture them); default stdout. */
  stream?: { write(line: string): void };
}

/** pino settings: serializers that keep only method and route pattern, and redaction of anything
 * a plugin might still attach (bodies, queries, parameters, credentials). */
export function loggerOptions(
  opts: LogOptions | false | undefined,
): NonNullable<FastifyServerOptions["logger"]> {
  if (opts === false) return false;
  return {
    level: opts?.level ?? "info",
    ...(opts?.stream ? { stream: opts.stream } : {}),
    redact: {
      paths: [
        "req.body",
        "req.query",
        "req.params",
        "req.url",
        "req.headers",
        "body",
        "query",
        "params",
        "url",
        "headers",
        "*.authorization",
      ],
      censor: "[redacted]",
    },
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, route: req.routeOptions?.url ?? "(unmatched)" }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      // An error's message may quote input (a value, a field): log its type and where it came from.
      err: (err: FastifyError) => ({
        type: err.name,
        message: typeof err.code === "string" ? err.code : err.name,
        stack: (err.stack ?? "").split("\n").slice(1).join("\n"),
      }),
    },
  };
}

/** One log line per finished request. A callback hook, not an async one: no promise and microtask
 * per request for a line that is written synchronously anyway. */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook("onResponse", (req, reply, done) => {
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? "(unmatched)",
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      "request",
    );
    done();
  });
}

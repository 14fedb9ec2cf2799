/** The HTTP server (Fastify 5): REST under /api/v1, OpenAPI 3.1 at /openapi.json, the API reference
 * at /docs, health at /healthz and the web app at /. `startServer` adds the safety checks of a
 * real deployment (loopback unless authenticated) and the store. */
import { STATUS_CODES } from "node:http";
import { availableParallelism } from "node:os";
import type { Duplex } from "node:stream";
import { fileURLToPath } from "node:url";
import rateLimit, { type FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyReply, LogController } from "fastify";
import { DECISION_SUPPORT_NOTICE, ENGINE_VERSION } from "../engine/version.js";
import { KNOWLEDGE_VERSION } from "../knowledge/index.js";
import { ErrorCode, MmnavError } from "../model/errors.js";
import { patientRecordJsonSchema } from "../model/record.js";
import { describeStore, openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { AssessPool, type AssessPoolOptions } from "./assess-pool.js";
import { type AuthConfig, authConfigFromEnv, authEnabled, NO_AUTH, requireAuth } from "./auth/auth.js";
import { type CdsJwtVerifier, cdsAuthFromEnv } from "./auth/cds-jwt.js";
import { storeFeedback, storeReplayCache } from "./cds-store.js";
import {
  DEFAULT_ASSESS_THREADS,
  DEFAULT_BODY_LIMIT,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_RATE_LIMIT,
  DEFAULT_SEMI_SPACE_MB,
} from "./defaults.js";
import { errorBody, operationOutcome, statusOf, toMmnavError } from "./errors.js";
import { type LogOptions, loggerOptions, registerRequestLog } from "./logging.js";
import { apiRoutes } from "./routes/api.js";
import { cdsHooksRoutes } from "./routes/cds-hooks.js";
import { FHIR_JSON, fhirRoutes } from "./routes/fhir.js";
import { trialsRoutes } from "./routes/trials.js";
import { isPagePath, registerWeb } from "./routes/web.js";
import { registerSecurityHeaders } from "./security-headers.js";
import { openApiComponents, openApiTransform, zodValidatorCompiler } from "./validation.js";
import { wholeNumber } from "./whole-number.js";

declare module "fastify" {
  interface FastifyInstance {
    /** From now on, new requests get 503 (the server is stopping); those in flight finish. */
    beginDrain(): void;
    /** True once beginDrain was called or the app is closing. */
    isDraining(): boolean;
  }
}

export const API_PREFIX = "/api/v1";
export { DEFAULT_BODY_LIMIT, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_RATE_LIMIT } from "./defaults.js";

/** A whole number setting from a flag or the environment, or a clear CONFIG error naming it. */
function integerSetting(name: string, raw: string, min: number): number {
  const n = wholeNumber(raw, min);
  if (n === undefined) {
    throw new MmnavError(ErrorCode.CONFIG, `${name} must be a whole number of at least ${min}`);
  }
  return n;
}

/** The rate limit (requests per client address per minute; 0: off) and body limit (bytes): from
 * the options, then MMNAV_RATE_LIMIT and MMNAV_BODY_LIMIT, then the defaults. */
export function resolveLimits(
  options: Pick<StartOptions, "rateLimit" | "bodyLimit">,
  env: NodeJS.ProcessEnv,
): { rateLimit: NonNullable<AppOptions["rateLimit"]>; bodyLimit: number } {
  let rateLimit = options.rateLimit;
  if (rateLimit === undefined) {
    const raw = env.MMNAV_RATE_LIMIT;
    const max = raw?.trim() ? integerSetting("MMNAV_RATE_LIMIT", raw, 0) : DEFAULT_RATE_LIMIT;
    rateLimit = max === 0 ? false : { max };
  }
  const rawBody = env.MMNAV_BODY_LIMIT;
  const bodyLimit =
    options.bodyLimit ??
    (rawBody?.trim() ? integerSetting("MMNAV_BODY_LIMIT", rawBody, 1024) : DEFAULT_BODY_LIMIT);
  return { rateLimit, bodyLimit };
}

/** What route plugins of other surfaces (FHIR, CDS Hooks) get. */
export interface ServerContext {
  store: Store;
  auth: AuthConfig;
  today: () => string;
}
export type RoutePlugin = (app: FastifyInstance, ctx: ServerContext) => Promise<void>;

export interface AppOptions {
  store: Store;
  /** Default: no authentication (fine on loopback; `startServer` refuses otherwise). */
  auth?: AuthConfig;
  /** false: no logging. */
  logger?: LogOptions | false;
  /** Requests per IP per minute (default 600); false disables. */
  rateLimit?: { max: number; timeWindow?: number } | false;
  /** Where the rate limit counts requests (default: in this process's memory; `mmnav serve --workers`
   * counts in the primary process, so the limit holds for the whole server). */
  rateLimitStore?: FastifyRateLimitStoreCtor;
  bodyLimit?: number;
  /** Folder of the built web app; default dist/web of the package; null: none. */
  webRoot?: string | null;
  /** Today's date, the default asOf (default: the server's local date). */
  today?: () => string;
  /** FHIR R4 at /fhir/r4 (default true); it requires the API's authentication, except metadata. */
  fhir?: boolean;
  /** CDS Hooks 2.0 at /cds-services (default: off). Feedback and JWT ids go to the store. */
  cds?: { auth: CdsJwtVerifier | "disabled"; appBaseUrl: string; serviceBaseUrl?: string } | false;
  /** More surfaces, each registered in its own scope. */
  routes?: { prefix: string; plugin: RoutePlugin }[];
  /** Told of every route as it is added (the fuzzer enumerates the routes so). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
  /** `POST /api/v1/assessments` on these threads (default: on the HTTP thread). The caller closes
   * it after the app. */
  assessPool?: AssessPool | undefined;
}

/** The server's local date as YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));

/** The FHIR and CDS Hooks surfaces answer errors as OperationOutcomes; everything else in the REST
 * shape `{ error: { code, message, issues } }`. */
function isFhirPath(url: string): boolean {
  return /^\/(fhir|cds-services)(\/|\?|$)/.test(url);
}

/** Sends any error in the shape of the surface the URL belongs to (never quoting the URL). */
export function sendError(url: string, reply: FastifyReply, err: unknown): FastifyReply {
  if (isFhirPath(url)) {
    const { status, body } = operationOutcome(err);
    return reply.code(status).type(`${FHIR_JSON}; charset=utf-8`).send(body);
  }
  const e = toMmnavError(err);
  return reply.code(statusOf(e.code)).type("application/json; charset=utf-8").send(errorBody(e));
}

/** Errors the HTTP parser raises before there is a request (headers too large, a malformed request
 * line, a timeout): answered on the socket in the REST shape, since the path is not known. */
function clientErrorHandler(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  const e =
    err.code === "HPE_HEADER_OVERFLOW"
      ? new MmnavError(ErrorCode.HEADERS_TOO_LARGE, "the request headers are too large")
      : err.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? new MmnavError(ErrorCode.REQUEST_TIMEOUT, "the request took too long to arrive")
        : new MmnavError(ErrorCode.INVALID_REQUEST, "the request is not valid HTTP");
  const status = statusOf(e.code);
  const body = JSON.stringify(errorBody(e));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const auth = options.auth ?? NO_AUTH;
  const today = options.today ?? localToday;
  const app = Fastify({
    logger: loggerOptions(options.logger),
    // Fastify's own request, not-found and error lines carry the URL and error messages (which
    // can quote input): all off; registerRequestLog writes the one line per request.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Requests arriving while the server drains get 503 in the documented shape (hook below).
    return503OnClosing: false,
    // A badly encoded URL or an over-long path segment: our error shape, not the framework's body
    // (which quotes the URL).
    frameworkErrors: (err, req, reply) => sendError(req.raw.url ?? "", reply, err),
    clientErrorHandler,
  });
  const { onRoute } = options;
  if (onRoute) app.addHook("onRoute", (r) => onRoute({ method: r.method, url: r.url }));
  // JSON only: a text body is refused as an unsupported media type rather than parsed as a string.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(zodValidatorCompiler);
  // Response schemas document the API; responses are sent as they are.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.setErrorHandler((err, req, reply) => {
    const e = toMmnavError(err);
    const status = statusOf(e.code);
    if (status >= 500) req.log.error({ err }, "request failed");
    return reply.code(status).type("application/json; charset=utf-8").send(errorBody(e));
  });

  registerSecurityHeaders(app);
  if (options.rateLimit !== false) {
    await app.register(rateLimit, {
      max: options.rateLimit?.max ?? DEFAULT_RATE_LIMIT,
      timeWindow: options.rateLimit?.timeWindow ?? 60_000,
      ...(options.rateLimitStore ? { store: options.rateLimitStore } : {}),
      errorResponseBuilder: (_req, context) =>
        Object.assign(
          new MmnavError(
            ErrorCode.RATE_LIMITED,
            `too many requests: retry in ${Math.ceil(context.ttl / 1000)} s`,
          ),
          { statusCode: 429 },
        ),
    });
  }
  registerRequestLog(app);
  let draining = false;
  app.decorate("beginDrain", () => {
    draining = true;
  });
  app.decorate("isDraining", () => draining);
  app.addHook("preClose", async () => {
    draining = true;
  });
  // A callback hook, not an async one: no promise and microtask per request for a flag check.
  app.addHook("onRequest", (_req, reply, done) => {
    if (!draining) return done();
    reply.header("connection", "close");
    done(new MmnavError(ErrorCode.UNAVAILABLE, "the server is shutting down: retry in a moment"));
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "myeloma-navigator API",
        version: ENGINE_VERSION,
        description: `${DECISION_SUPPORT_NOTICE}\n\nPatientRecord v1 is published as a JSON Schema at /openapi.json (components.schemas.PatientRecord).`,
      },
      components: {
        securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
        schemas: {
          ...openApiComponents(),
          PatientRecord: stripSchemaKeys(patientRecordJsonSchema()),
        },
      },
      ...(authEnabled(auth) ? { security: [{ bearer: [] }] } : {}),
    },
    transform: openApiTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/docs", staticCSP: true });

  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  app.get(
    "/healthz",
    { schema: { summary: "Liveness and database reachability", tags: ["health"] } },
    async (_req, reply) => {
      try {
        await options.store.ping();
      } catch {
        return reply.code(503).send({ status: "unavailable", database: options.store.dialect });
      }
      return {
        status: "ok",
        engineVersion: ENGINE_VERSION,
        knowledgeVersion: KNOWLEDGE_VERSION,
        database: options.store.dialect,
      };
    },
  );

  await app.register(
    async (api) => {
      // Without authentication the check is a no-op: not added, so no hook runs per request.
      if (authEnabled(auth)) api.addHook("onRequest", requireAuth(auth));
      await apiRoutes(api, { store: options.store, today, assessPool: options.assessPool });
      await trialsRoutes(api, { store: options.store, today });
    },
    { prefix: API_PREFIX },
  );

  if (options.fhir !== false) {
    await app.register(async (scope) => {
      const authenticate = requireAuth(auth);
      scope.addHook("onRequest", async (req, reply) => {
        if (req.method === "GET" && /\/metadata$/.test(req.routeOptions.url ?? "")) return;
        await authenticate(req, reply);
      });
      await scope.register(fhirRoutes, { today });
    });
  }
  if (options.cds) {
    await app.register(cdsHooksRoutes, {
      auth: options.cds.auth,
      appBaseUrl: options.cds.appBaseUrl,
      ...(options.cds.serviceBaseUrl ? { serviceBaseUrl: options.cds.serviceBaseUrl } : {}),
      today,
      feedbackStore: storeFeedback(options.store),
    });
  }

  const ctx: ServerContext = { store: options.store, auth, today };
  for (const r of options.routes ?? []) {
    await app.register(async (scope) => r.plugin(scope, ctx), { prefix: r.prefix });
  }

  const spa = await registerWeb(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  app.setNotFoundHandler((req, reply) => {
    if (spa && isPagePath(req.method, req.url)) return spa(req, reply);
    return sendError(
      req.url,
      reply,
      new MmnavError(ErrorCode.NOT_FOUND, `no ${req.method} route at this path (see /openapi.json)`),
    );
  });

  return app;
}

function stripSchemaKeys(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return (
    h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h)
  );
}

/** Refuses a non-loopback binding without authentication (patient data would be open to the network). */
export function assertSafeBinding(host: string, auth: AuthConfig): void {
  if (!isLoopback(host) && !authEnabled(auth)) {
    throw new MmnavError(
      ErrorCode.CONFIG,
      `refusing to listen on ${host} without authentication: set MMNAV_API_TOKENS (comma-separated bearer tokens) or MMNAV_OIDC_ISSUER + MMNAV_OIDC_JWKS_URL + MMNAV_OIDC_AUDIENCE, or bind to 127.0.0.1`,
    );
  }
}

export interface StartOptions {
  host?: string;
  port?: number;
  dataDir?: string;
  databaseUrl?: string;
  env?: NodeJS.ProcessEnv;
  logger?: LogOptions | false;
  /** Overrides the auth read from env (tests). */
  auth?: AuthConfig;
  /** Requests per client address per minute (env MMNAV_RATE_LIMIT; 0 turns the limit off). */
  rateLimit?: AppOptions["rateLimit"];
  /** Largest request body in bytes (env MMNAV_BODY_LIMIT). */
  bodyLimit?: number;
  routes?: AppOptions["routes"];
  /** Folder of the built web app (default dist/web); null serves none. */
  webRoot?: string | null;
  /** Run pending migrations on start (default true; the workers of `mmnav serve --workers` do not:
   * the primary process has run them once before starting them). */
  migrate?: boolean;
  rateLimitStore?: AppOptions["rateLimitStore"];
  /** Threads that assess `POST /api/v1/assessments` (env MMNAV_ASSESS_THREADS; 0 or absent: the
   * HTTP thread does; see assess-pool.ts). */
  assessThreads?: number;
  /** The pool's other settings (default: a DEFAULT_SEMI_SPACE_MB semi-space, the assess-worker module). */
  assessPoolOptions?: Omit<AssessPoolOptions, "threads">;
}

/** CDS Hooks from the environment: JWT-verified clients (MMNAV_CDS_CLIENTS) with the replay cache
 * in the database, as the spec requires. With no clients every call is refused (403) until one is
 * configured; MMNAV_CDS_AUTH=disabled turns checking off for local development, on loopback only. */
function cdsSetup(
  env: NodeJS.ProcessEnv,
  host: string,
  port: number,
  store: Store,
): NonNullable<AppOptions["cds"]> {
  const urlHost = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  const configured = env.MMNAV_PUBLIC_URL?.trim();
  if (!configured && env.MMNAV_CDS_CLIENTS?.trim()) {
    throw new MmnavError(
      ErrorCode.CONFIG,
      "MMNAV_CDS_CLIENTS needs MMNAV_PUBLIC_URL (e.g. https://mmnav.example.org): the CDS clients' JWTs must name this service's public URL as their audience, and it is never taken from a request's Host header",
    );
  }
  // Without clients every CDS call is refused, so the bound address is a safe stand-in.
  const publicUrl = configured || `http://${urlHost}:${port || DEFAULT_PORT}`;
  const base = { appBaseUrl: publicUrl, serviceBaseUrl: publicUrl };
  const auth = cdsAuthFromEnv(env, { replayCache: storeReplayCache(store) });
  if (auth === "disabled" && !isLoopback(host)) {
    throw new MmnavError(
      ErrorCode.CONFIG,
      `MMNAV_CDS_AUTH=disabled is for local development: refusing to serve CDS Hooks without client authentication on ${host}`,
    );
  }
  return { ...base, auth };
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  close(): Promise<void>;
}

/** Resolves host/port/database from options, then env (HOST, PORT, DATABASE_URL), then defaults. */
export function resolveStartOptions(options: StartOptions): {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
} {
  const env = options.env ?? process.env;
  const host = options.host ?? (env.HOST?.trim() || DEFAULT_HOST);
  // PORT that is not a whole number in range is refused below (-1), like --port.
  const rawPort = options.port ?? (env.PORT?.trim() ? (wholeNumber(env.PORT, 0, 65535) ?? -1) : DEFAULT_PORT);
  if (!Number.isInteger(rawPort) || rawPort < 0 || rawPort > 65535) {
    throw new MmnavError(ErrorCode.CONFIG, `port must be an integer from 0 to 65535`);
  }
  const databaseUrl = options.databaseUrl ?? (env.DATABASE_URL?.trim() || undefined);
  return { host, port: rawPort, databaseUrl, dataDir: options.dataDir };
}

/** Assessment threads: the option, then MMNAV_ASSESS_THREADS (a whole number, or auto: one per
 * core), then DEFAULT_ASSESS_THREADS. */
export function resolveAssessThreads(
  options: Pick<StartOptions, "assessThreads">,
  env: NodeJS.ProcessEnv,
): number {
  if (options.assessThreads !== undefined) return options.assessThreads;
  const raw = env.MMNAV_ASSESS_THREADS?.trim();
  if (!raw) return DEFAULT_ASSESS_THREADS;
  if (raw.toLowerCase() === "auto") return availableParallelism();
  return integerSetting("MMNAV_ASSESS_THREADS", raw, 0);
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const { host, port, databaseUrl, dataDir } = resolveStartOptions(options);
  const auth = options.auth ?? authConfigFromEnv(env);
  assertSafeBinding(host, auth);
  const limits = resolveLimits(options, env);
  const store = await openStore({
    databaseUrl,
    dataDir,
    ...(options.migrate !== undefined ? { migrate: options.migrate } : {}),
  });
  let app: FastifyInstance;
  let assessPool: AssessPool | undefined;
  try {
    const threads = resolveAssessThreads(options, env);
    if (threads > 0) {
      assessPool = new AssessPool({
        semiSpaceMb: DEFAULT_SEMI_SPACE_MB,
        ...options.assessPoolOptions,
        threads,
      });
    }
    const cds = cdsSetup(env, host, port, store);
    app = await buildApp({
      store,
      auth,
      cds,
      ...(options.logger !== undefined ? { logger: options.logger } : {}),
      rateLimit: limits.rateLimit,
      ...(options.rateLimitStore ? { rateLimitStore: options.rateLimitStore } : {}),
      bodyLimit: limits.bodyLimit,
      ...(options.routes ? { routes: options.routes } : {}),
      ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
      assessPool,
    });
    await app.listen({ host, port });
  } catch (e) {
    await assessPool?.close();
    await store.close();
    throw e;
  }
  const address = app.server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  const urlHost = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  app.log.info(
    { database: describeStore({ databaseUrl, dataDir }), auth: authEnabled(auth) },
    "mmnav serve ready",
  );
  return {
    app,
    store,
    url: `http://${urlHost}:${boundPort}`,
    async close() {
      // The app first: it waits for the requests in flight, some of them on the pool's threads.
      await app.close();
      await assessPool?.close();
      await store.close();
    },
  };
}

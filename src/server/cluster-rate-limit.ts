/** The rate limit of `mmnav serve --workers N`: one count for the whole server, kept in the primary
 * process, not one per worker (which would let a client through N times the limit). Each worker's
 * @fastify/rate-limit store asks the primary over the cluster's IPC channel; the primary counts with
 * the plugin's own in-memory store, so the limit behaves exactly as with one process. The messages
 * carry the client key (its address), never anything from a request's body or URL. */
import type { Worker } from "node:cluster";
import { createRequire } from "node:module";
import type { FastifyRateLimitStore } from "@fastify/rate-limit";

/** A worker's question: count one request of `key` in namespace `ns`. */
interface CountRequest {
  mmnav: "rate-limit";
  id: number;
  ns: string;
  key: string;
  timeWindow: number;
  max: number;
  continueExceeding: boolean;
  exponentialBackoff: boolean;
}
/** The primary's answer. */
interface CountAnswer {
  mmnav: "rate-limit";
  id: number;
  current: number;
  ttl: number;
}
type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** An answer later than this fails the request (500) rather than letting it wait without end. */
const ANSWER_TIMEOUT_MS = 5000;

const pending = new Map<number, { cb: Callback; sentAt: number }>();
let nextId = 1;
let listening = false;

function failPending(message: string, olderThan = Number.POSITIVE_INFINITY): void {
  const now = Date.now();
  for (const [id, p] of pending) {
    if (now - p.sentAt < olderThan) continue;
    pending.delete(id);
    p.cb(new Error(message));
  }
}

function listen(): void {
  if (listening) return;
  listening = true;
  process.on("message", (m: Partial<CountAnswer> | null) => {
    if (m?.mmnav !== "rate-limit" || typeof m.id !== "number") return;
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    p.cb(null, { current: Number(m.current), ttl: Number(m.ttl) });
  });
  process.on("disconnect", () => failPending("the rate-limit count is unavailable: the server is stopping"));
  setInterval(
    () => failPending("the rate-limit count did not answer in time", ANSWER_TIMEOUT_MS),
    1000,
  ).unref();
}

interface StoreParams {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
}

/** The store each worker gives @fastify/rate-limit (AppOptions.rateLimitStore). */
export class SharedRateLimitStore implements FastifyRateLimitStore {
  private children = 0;
  constructor(
    private readonly params: StoreParams = {},
    private readonly ns = "global",
  ) {}

  incr(key: string, cb: Callback, timeWindow: number, max: number): void {
    if (!process.send || !process.connected) {
      cb(new Error("the rate-limit count is unavailable: not a worker of mmnav serve --workers"));
      return;
    }
    listen();
    const id = nextId++;
    pending.set(id, { cb, sentAt: Date.now() });
    const request: CountRequest = {
      mmnav: "rate-limit",
      id,
      ns: this.ns,
      key,
      timeWindow,
      max,
      continueExceeding: this.params.continueExceeding === true,
      exponentialBackoff: this.params.exponentialBackoff === true,
    };
    process.send(request, undefined, {}, (err: Error | null) => {
      if (!err || !pending.delete(id)) return;
      cb(err);
    });
  }

  /** A route with its own limit counts apart. Every worker builds the same app, adding routes in the
   * same order, so the n-th child has the same namespace in every worker. (The plugin passes the
   * route's merged limit settings, typed as route options.) */
  child(routeOptions: Parameters<FastifyRateLimitStore["child"]>[0]): FastifyRateLimitStore {
    return new SharedRateLimitStore(routeOptions as StoreParams, `${this.ns}/${++this.children}`);
  }
}

interface LocalStoreLike {
  incr(key: string, cb: Callback, timeWindow: number, max: number): void;
}
type LocalStoreCtor = new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  cache?: number,
) => LocalStoreLike;

/** In the primary: answers a worker's counts with the plugin's own in-memory store, one per namespace. */
export function answerRateLimits(): (worker: Worker, message: unknown) => void {
  // The plugin's store module (CommonJS, not in its type declarations): the same counting as one process.
  const LocalStore = createRequire(import.meta.url)("@fastify/rate-limit/store/LocalStore") as LocalStoreCtor;
  const stores = new Map<string, LocalStoreLike>();
  return (worker, message) => {
    const m = message as Partial<CountRequest> | null;
    if (m?.mmnav !== "rate-limit" || typeof m.id !== "number" || typeof m.key !== "string") return;
    const ns = String(m.ns);
    let store = stores.get(ns);
    if (!store) {
      store = new LocalStore(m.continueExceeding === true, m.exponentialBackoff === true);
      stores.set(ns, store);
    }
    const id = m.id;
    store.incr(
      m.key,
      (_err, result) => {
        if (!worker.isConnected()) return;
        const answer: CountAnswer = {
          mmnav: "rate-limit",
          id,
          current: result?.current ?? 0,
          ttl: result?.ttl ?? 0,
        };
        worker.send(answer, () => {});
      },
      Number(m.timeWindow),
      Number(m.max),
    );
  };
}

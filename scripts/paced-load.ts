/** Open-loop HTTP load at a fixed arrival rate, for `npm run bench` section (c).
 *
 * Request i leaves at start + i/rate whatever the answers so far, and its latency counts from that
 * planned moment, so a server that falls behind shows its queue in the figures (no "coordinated
 * omission"); the client's own timer slack (about 1 ms) is counted against the server too.
 *
 * Why not autocannon's `overallRate`: it is not a fixed rate. Each connection sends back to back until
 * it has used its share of the second (rate / connections), then waits for the next second, so the
 * load arrives as a burst at full concurrency at the start of every second (at 250/s on 5 connections
 * all 250 requests came within the first ~400 ms, then nothing). Its latencies are those of a
 * saturated server at that concurrency, not of the rate asked for. */
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";

export interface PacedOptions {
  url: string;
  /** Request bodies, sent in turn. */
  bodies: string[];
  headers?: Record<string, string>;
  /** Requests per second. */
  rate: number;
  seconds: number;
  /** Most connections open at once (keep-alive); requests beyond wait in the client's queue. */
  maxSockets?: number;
  /** A request without an answer after this long counts as an error. */
  timeoutMs?: number;
}

export interface PacedResult {
  sent: number;
  /** Answers received per second of the run. */
  achieved: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  /** How late this client's own event loop ran during the load (p99 and max, ms): a request cannot leave,
   * nor its answer be read, while the client is busy (its garbage collection, another process on its core),
   * and that wait is counted in the latencies above as if it were the server's. */
  clientLag: { p99: number; max: number };
}

/** The q-th quantile (0..1) of sorted values, in ms rounded to 0.1. */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, i)]! * 10) / 10;
}

export async function pacedLoad(options: PacedOptions): Promise<PacedResult> {
  const { rate, seconds } = options;
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
  const bodies = options.bodies.map((b) => Buffer.from(b));
  const latencies = new Float64Array(total);
  let answered = 0;
  let errors = 0;
  let non2xx = 0;
  let settled = 0;
  let lastAnswer = 0;
  const lag = monitorEventLoopDelay({ resolution: 1 });
  lag.enable();
  const start = performance.now();

  return new Promise((resolve) => {
    if (total === 0) throw new Error("pacedLoad: rate × seconds must make at least one request");
    const finish = () => {
      lag.disable();
      agent.destroy();
      const sorted = latencies.slice(0, answered).sort();
      resolve({
        sent: total,
        achieved: answered / ((lastAnswer - start) / 1000 || 1),
        p50: quantile(sorted, 0.5),
        p90: quantile(sorted, 0.9),
        p99: quantile(sorted, 0.99),
        max: quantile(sorted, 1),
        errors,
        non2xx,
        clientLag: {
          p99: Math.round(lag.percentile(99) / 1e5) / 10,
          max: Math.round(lag.max / 1e5) / 10,
        },
      });
    };
    const settle = () => {
      settled++;
      if (settled === total) finish();
    };
    const fire = (i: number) => {
      const planned = start + i * interval;
      const body = bodies[i % bodies.length]!;
      let done = false; // an answer cut off half way may also raise an error: count it once
      const fail = () => {
        if (done) return;
        done = true;
        errors++;
        settle();
      };
      const req = http.request(
        options.url,
        {
          method: "POST",
          agent,
          headers: { ...options.headers, "content-length": String(body.length) },
          timeout: options.timeoutMs ?? 10_000,
        },
        (res) => {
          res.on("error", fail);
          res.on("data", () => {});
          res.on("end", () => {
            if (done) return;
            done = true;
            lastAnswer = performance.now();
            latencies[answered++] = lastAnswer - planned;
            if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) > 299) non2xx++;
            settle();
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", fail);
      req.end(body);
    };
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) fire(next++);
      if (next < total) setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    tick();
  });
}

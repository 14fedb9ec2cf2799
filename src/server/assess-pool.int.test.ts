/** `POST /api/v1/assessments` on the assessment thread pool (`mmnav serve --assess-threads N`):
 * every answer (status, content type, bytes) is the one the HTTP thread gives without the pool, for
 * records, invalid records and bodies that are not JSON at all; a thread that dies gives 500 with a
 * clear error and is replaced; stopping the server waits for the assessments in flight. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BroadcastChannel } from "node:worker_threads";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { availableBackends, type TestDatabase } from "../store/testing/backends.js";
import { synthCohort } from "../synth/cohort.js";
import { buildApp, type RunningServer, startServer } from "./app.js";
import { AssessPool } from "./assess-pool.js";
import { drainThenClose } from "./cluster.js";
import { sampleRecord } from "./testing/fixtures.js";
import { spawnServe } from "./testing/spawn-serve.js";

const TODAY = "2026-03-15";
const URL_PATH = "/api/v1/assessments";

/** Every JSON file under examples/ (records, and documents that are not records), as sent. */
function exampleBodies(): string[] {
  const root = new URL("../../examples/", import.meta.url).pathname;
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"));
  const lines = readFileSync(join(root, "cohort.ndjson"), "utf8").split("\n").filter(Boolean);
  return [...files.map((f) => readFileSync(join(root, f), "utf8")), ...lines];
}

const record = JSON.stringify(sampleRecord());
/** Bodies the route refuses, or that Fastify's JSON parser treats in its own way. */
const awkwardBodies: [string, string][] = [
  ["empty", ""],
  ["not JSON", "{"],
  ["a number", "42"],
  ["null", "null"],
  ["an array", "[]"],
  ["a misspelt field", '{"a":1}'],
  ["a record with a byte-order mark", `\uFEFF${record}`],
  ["a __proto__ key", `{"__proto__":{"x":1}}`],
  ["a __proto__ key in \\u escapes", `{"\\u005f_proto__":{"x":1}}`],
  ["a constructor key", `{"constructor":{"prototype":{"x":1}}}`],
  ["a record with \\u escapes", record.replace('"id":', '"\\u0069d":')],
  ["a record without asOf", JSON.stringify({ ...sampleRecord(), asOf: undefined })],
];

describe("the assessment thread pool answers exactly as the HTTP thread does", () => {
  let db: TestDatabase;
  let inProcess: FastifyInstance;
  let pooled: FastifyInstance;
  let pool: AssessPool;
  beforeAll(async () => {
    db = await availableBackends()[0]!.create();
    const base = { store: db.store, logger: false as const, rateLimit: false as const, webRoot: null };
    inProcess = await buildApp({ ...base, today: () => TODAY });
    pool = new AssessPool({ threads: 2, semiSpaceMb: 8 });
    pooled = await buildApp({ ...base, today: () => TODAY, assessPool: pool });
  });
  afterAll(async () => {
    await pooled?.close();
    await pool?.close();
    await inProcess?.close();
    await db?.dispose();
  });

  async function both(payload: string, contentType = "application/json") {
    const send = (app: FastifyInstance) =>
      app.inject({ method: "POST", url: URL_PATH, headers: { "content-type": contentType }, payload });
    const [a, b] = await Promise.all([send(inProcess), send(pooled)]);
    return [a, b].map((r) => ({
      status: r.statusCode,
      type: r.headers["content-type"],
      length: r.headers["content-length"],
      body: r.body,
    }));
  }

  // Slow on a busy machine (two servers assess over a hundred records): no time is asserted.
  it("on every example and 40 synthetic records", { timeout: 300_000 }, async () => {
    const bodies = [...exampleBodies(), ...[...synthCohort(7, 40)].map((r) => JSON.stringify(r))];
    let assessed = 0;
    for (const body of bodies) {
      const [expected, actual] = await both(body);
      expect(actual).toEqual(expected);
      if (expected!.status === 200) assessed++;
    }
    expect(assessed).toBeGreaterThan(40);
  });

  it.each(awkwardBodies)("on %s", async (_what, body) => {
    const [expected, actual] = await both(body);
    expect(actual).toEqual(expected);
  });

  it("refuses a text body, as before", async () => {
    const [expected, actual] = await both(record, "text/plain");
    expect(expected!.status).toBe(400);
    expect(actual).toEqual(expected);
  });

  it("keeps the route's API documentation", async () => {
    const doc = async (app: FastifyInstance) =>
      JSON.parse((await app.inject({ method: "GET", url: "/openapi.json" })).body).paths[URL_PATH];
    expect(await doc(pooled)).toEqual(await doc(inProcess));
  });
});

describe("a pool thread that fails, and stopping the server", { timeout: 300_000 }, () => {
  let dir: string;
  let server: RunningServer;
  const channel = new BroadcastChannel("assess-pool-test");
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "mmnav-pool-"));
    server = await startServer({
      port: 0,
      dataDir: dir,
      logger: false,
      webRoot: null,
      rateLimit: false,
      assessThreads: 1,
      assessPoolOptions: {
        filename: new URL("./testing/assess-worker-faults.mjs", import.meta.url).href,
        semiSpaceMb: 8,
      },
    });
  });
  afterAll(async () => {
    channel.close();
    await server?.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: string) =>
    fetch(`${server.url}${URL_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
  // What the HTTP thread answers for the record (app.int.test.ts checks it is this).
  const expectedAnswer = async () => JSON.stringify(assess(sampleRecord()));

  // A pool thread from source compiles the engine through tsx: slow on a busy machine, no time asserted.
  it("answers 500 INTERNAL with a clear message when the thread dies, then assesses again", {
    timeout: 300_000,
  }, async () => {
    const res = await post('{"crash":true}');
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.message).toMatch(/assessment thread failed or stopped.*retry/);
    const next = await post(record);
    expect(next.status).toBe(200);
    expect(await next.text()).toBe(await expectedAnswer());
  });

  it("finishes an assessment in flight before it closes (SIGTERM drains)", { timeout: 300_000 }, async () => {
    const expected = await expectedAnswer();
    const holding = new Promise((resolve) => {
      channel.onmessage = (event) => {
        if (event.data === "holding") resolve(undefined);
      };
    });
    const inFlight = post(`${record}\t\t\t`);
    await holding; // the pool thread has the request
    let closed = false;
    const closing = drainThenClose(server, 50).then(() => {
      closed = true;
    });
    // While the assessment is held, a new request is refused and the server stays open.
    const refused = await post(record).catch(() => null);
    if (refused) expect(refused.status).toBe(503);
    expect(closed).toBe(false);
    channel.postMessage("release");
    const res = await inFlight;
    expect(res.status).toBe(200);
    // Its connection closes after the answer, so the stop does not wait for the keep-alive timeout.
    expect(res.headers.get("connection")).toBe("close");
    expect(await res.text()).toBe(expected);
    await closing;
    expect(closed).toBe(true);
  });
});

describe("mmnav serve --assess-threads", { timeout: 300_000 }, () => {
  it("assesses on its threads and exits 0 on SIGTERM", async () => {
    const server = await spawnServe(["--assess-threads", "1"]);
    try {
      const res = await fetch(`${server.url}${URL_PATH}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: record,
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(JSON.stringify(assess(sampleRecord())));
    } finally {
      await server.stop(); // SIGTERM, then waits for the exit
    }
    expect(server.child.exitCode).toBe(0);
  });

  it("refuses a value that is not a whole number", async () => {
    await expect(spawnServe(["--assess-threads", "two"])).rejects.toThrow(
      /--assess-threads must be a whole number/,
    );
  });
});

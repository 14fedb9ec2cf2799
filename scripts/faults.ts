/** Fault injection against real server processes, printing what was acknowledged and what was found:
 * 1. SIGKILL during concurrent writes: SQLite (one server) and PostgreSQL (two servers on one
 *    database); the killed server is restarted; every acknowledged observation must be found, and
 *    every patient's audit chain must still verify.
 * 2. The database going away (PostgreSQL, through a TCP proxy that drops and refuses connections):
 *    the API answers 503 in the documented error shape, and recovers when the database returns.
 * 3. SIGTERM during concurrent writes: in-flight requests are finished (none dropped), late ones get
 *    503 or a refused connection, the process exits 0, and every acknowledged write is stored.
 * PostgreSQL comes from DATABASE_TEST_URL (required when CI=true).
 *   npm run faults -- [--seconds 12] [--kills 3] [--writers 12] [--only kill|away|sigterm] */
import { createServer, type Socket, connect as tcpConnect } from "node:net";
import { parseArgs } from "node:util";
import { type SpawnedServer, spawnServer, stopServer } from "../src/server/testing/spawn-server.js";
import { openStore } from "../src/store/open.js";
import {
  availableBackends,
  type Backend,
  POSTGRES_REQUIRED_MESSAGE,
  postgresMissingInCi,
  type TestConfig,
} from "../src/store/testing/backends.js";

const { values: flags } = parseArgs({
  options: {
    seconds: { type: "string", default: "12" },
    kills: { type: "string", default: "3" },
    writers: { type: "string", default: "12" },
    only: { type: "string" },
  },
});
const SECONDS = Number(flags.seconds);
const KILLS = Number(flags.kills);
const WRITERS = Number(flags.writers);
if (postgresMissingInCi()) {
  console.error(`faults: ${POSTGRES_REQUIRED_MESSAGE}`);
  process.exit(1);
}

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  console.log(`  ${ok ? "ok  " : "FAIL"} ${what}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function serverArgs(config: TestConfig): { env: NodeJS.ProcessEnv; args: string[] } {
  return "databaseUrl" in config
    ? { env: { DATABASE_URL: config.databaseUrl }, args: [] }
    : { env: { DATABASE_URL: "" }, args: ["--data-dir", config.dataDir] };
}

async function json(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const observation = (source: string, i: number) => ({
  field: "serumMProtein",
  date: `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
  value: 1 + (i % 100) / 100,
  unit: "g/dL",
  source,
});

/** The sources of every stored observation of the patients. */
async function storedSources(base: string, patients: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const id of patients) {
    const list = await json(base, "GET", `/api/v1/patients/${id}/observations`);
    for (const o of list.body.items as { source: string }[]) found.add(o.source);
  }
  return found;
}

async function verifyChains(config: TestConfig): Promise<number> {
  const store = await openStore(config);
  try {
    return (await store.verifyAuditChain()).breaks.length;
  } finally {
    await store.close();
  }
}

/** 1. SIGKILL during concurrent writes. */
async function killDuringWrites(backend: Backend): Promise<void> {
  const serverCount = backend.name === "postgres" ? 2 : 1;
  console.log(
    `\n[${backend.name}] SIGKILL during concurrent writes (${serverCount} server(s), ${KILLS} kills in ${SECONDS} s)`,
  );
  const { config, drop } = await backend.createConfig();
  const { env, args } = serverArgs(config);
  const servers: (SpawnedServer | null)[] = [];
  for (let i = 0; i < serverCount; i++) servers.push(await spawnServer(env, args));
  try {
    const live = () => servers.filter((s): s is SpawnedServer => s !== null);
    const patients: string[] = [];
    for (let i = 0; i < 4; i++) {
      const created = await json(live()[0]!.url, "POST", "/api/v1/patients", { patient: { age: 60 + i } });
      patients.push(created.body.id as string);
    }
    const acknowledged = new Set<string>();
    let attempted = 0;
    let failed = 0;
    let running = true;
    const writer = async (w: number) => {
      for (let k = 0; running; k++) {
        const targets = live();
        const target = targets[(w + k) % Math.max(1, targets.length)];
        if (!target) {
          await sleep(50);
          continue;
        }
        const source = `w${w}-${k}`;
        attempted++;
        try {
          const res = await json(
            target.url,
            "POST",
            `/api/v1/patients/${patients[k % patients.length]}/observations`,
            observation(source, k),
          );
          if (res.status === 201) acknowledged.add(source);
          else failed++;
        } catch {
          failed++;
          await sleep(20);
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(((SECONDS * 1000) / KILLS) * (0.5 + Math.random() * 0.5));
      const victim = kill % serverCount;
      const s = servers[victim]!;
      servers[victim] = null;
      await stopServer(s.child, "SIGKILL");
      servers[victim] = await spawnServer(env, args);
    }
    running = false;
    await Promise.all(writers);
    const found = await storedSources(live()[0]!.url, patients);
    const lost = [...acknowledged].filter((s) => !found.has(s));
    console.log(
      `  writes attempted ${attempted}, acknowledged ${acknowledged.size}, failed or cut off ${failed}; found ${found.size} (${found.size - (acknowledged.size - lost.length)} stored but never acknowledged)`,
    );
    check(lost.length === 0, `every acknowledged write found after ${KILLS} SIGKILLs (lost ${lost.length})`);
    for (const s of live()) await stopServer(s.child);
    servers.length = 0;
    const breaks = await verifyChains(config);
    check(breaks === 0, `every audit chain verifies (${breaks} break(s))`);
  } finally {
    for (const s of servers) if (s) await stopServer(s.child, "SIGKILL");
    await drop();
  }
}

/** A TCP proxy to PostgreSQL that can drop every connection and refuse new ones. */
async function startProxy(target: URL) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = tcpConnect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
      s.on("close", () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    async goAway() {
      await new Promise<void>((r) => {
        server.close(() => r());
        for (const s of sockets) s.destroy();
      });
    },
    async comeBack() {
      await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
    },
    async close() {
      for (const s of sockets) s.destroy();
      if (server.listening) await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** 2. The database going away and coming back (PostgreSQL). */
async function databaseGoesAway(backend: Backend): Promise<void> {
  console.log(`\n[${backend.name}] the database goes away and comes back`);
  const { config, drop } = await backend.createConfig();
  const url = new URL((config as { databaseUrl: string }).databaseUrl);
  const proxy = await startProxy(url);
  const viaProxy = new URL(url);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  let server: SpawnedServer | null = null;
  try {
    server = await spawnServer({ DATABASE_URL: viaProxy.toString() }, []);
    const created = await json(server.url, "POST", "/api/v1/patients", { patient: { age: 70 } });
    check(created.status === 201, "writes while the database is up");
    await proxy.goAway();
    const down = await json(server.url, "GET", "/api/v1/patients");
    const err = down.body.error as { code?: string; message?: string; issues?: unknown[] } | undefined;
    check(
      down.status === 503 &&
        err?.code === "UNAVAILABLE" &&
        typeof err.message === "string" &&
        Array.isArray(err.issues),
      `the API answers 503 UNAVAILABLE in the error shape while it is gone (got ${down.status} ${err?.code})`,
    );
    const write = await json(
      server.url,
      "POST",
      `/api/v1/patients/${created.body.id}/observations`,
      observation("down", 1),
    );
    check(write.status === 503, `a write answers 503 while it is gone (got ${write.status})`);
    const health = await fetch(`${server.url}/healthz`);
    check(health.status === 503, `/healthz answers 503 while it is gone (got ${health.status})`);
    await proxy.comeBack();
    const t0 = Date.now();
    let status = 0;
    while (Date.now() - t0 < 20_000) {
      status = (await json(server.url, "GET", `/api/v1/patients/${created.body.id}`)).status;
      if (status === 200) break;
      await sleep(200);
    }
    check(
      status === 200,
      `recovers when the database returns (after ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
  } finally {
    if (server) await stopServer(server.child, "SIGKILL");
    await proxy.close();
    await drop();
  }
}

/** 3. SIGTERM drains in-flight requests. */
const WRITES = 80;
async function sigtermDrains(backend: Backend): Promise<void> {
  console.log(`\n[${backend.name}] SIGTERM during concurrent writes`);
  const { config, drop } = await backend.createConfig();
  const { env, args } = serverArgs(config);
  let server: SpawnedServer | null = await spawnServer(env, args);
  try {
    const created = await json(server.url, "POST", "/api/v1/patients", { patient: { age: 55 } });
    const id = created.body.id as string;
    const base = server.url;
    let first: () => void = () => {};
    const firstDone = new Promise<void>((r) => {
      first = r;
    });
    const outcomes = await Promise.all([
      ...Array.from({ length: WRITES }, async (_, i) => {
        try {
          const res = await json(
            base,
            "POST",
            `/api/v1/patients/${id}/observations`,
            observation(`t${i}`, i),
          );
          first();
          return res.status === 201
            ? "acknowledged"
            : res.status === 503 && (res.body.error as { code?: string })?.code === "UNAVAILABLE"
              ? "refused-503"
              : `status-${res.status}`;
        } catch (e) {
          const code = (e as { cause?: { code?: string } }).cause?.code;
          return code === "ECONNREFUSED" ? "refused-connection" : `dropped-${code ?? "error"}`;
        }
      }),
      (async () => {
        await firstDone;
        const code = await stopServer(server!.child, "SIGTERM");
        server = null;
        return `exit-${code}`;
      })(),
    ]);
    const exit = outcomes.pop();
    const counts = new Map<string, number>();
    for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
    console.log(
      `  ${WRITES} concurrent writes: ${[...counts].map(([k, v]) => `${k} ${v}`).join(", ")}; server ${exit}`,
    );
    check(exit === "exit-0", "the server exits 0 after draining");
    check(
      outcomes.every((o) => o === "acknowledged" || o.startsWith("refused")),
      "no request was dropped mid-flight (each finished, got 503, or was refused before it was accepted)",
    );
    server = await spawnServer(env, args);
    const found = await storedSources(server.url, [id]);
    const acknowledged = outcomes
      .map((o, i) => (o === "acknowledged" ? `t${i}` : null))
      .filter((s) => s !== null);
    check(
      acknowledged.every((s) => found.has(s)),
      `every acknowledged write is stored (${acknowledged.length} acknowledged, ${found.size} found)`,
    );
  } finally {
    if (server) await stopServer((server as SpawnedServer).child);
    await drop();
  }
}

const started = Date.now();
const run = (part: string) => flags.only === undefined || flags.only === part;
for (const backend of availableBackends()) {
  if (run("kill")) await killDuringWrites(backend);
  if (backend.name === "postgres" && run("away")) await databaseGoesAway(backend);
}
if (run("sigterm")) await sigtermDrains(availableBackends()[0]!);
if (availableBackends().length < 2) console.log("\n(PostgreSQL skipped: set DATABASE_TEST_URL)");
console.log(
  `\nfaults: ${failures.length === 0 ? "passed" : `FAILED (${failures.length})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(failures.length === 0 ? 0 : 1);

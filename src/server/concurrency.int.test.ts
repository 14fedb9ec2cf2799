/** Two server processes on one database: concurrent writes lose nothing, and concurrent updates
 * from the same version give exactly one success and 409 for the others. PostgreSQL is the
 * deployment this is for (DATABASE_TEST_URL; required in CI); SQLite (one file, WAL) is run too. */
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  availableBackends,
  POSTGRES_REQUIRED_MESSAGE,
  postgresMissingInCi,
} from "../store/testing/backends.js";
import { spawnServer, stopServer } from "./testing/spawn-server.js";

it("runs the multi-server test on PostgreSQL whenever CI is set", () => {
  expect(postgresMissingInCi(), POSTGRES_REQUIRED_MESSAGE).toBe(false);
});

const stop = (child: ChildProcess) => stopServer(child).then(() => undefined);

describe.each(availableBackends())("two server processes on one $name database", (backend) => {
  let servers: { url: string; child: ChildProcess }[] = [];
  let drop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const { config, drop: d } = await backend.createConfig();
    drop = d;
    const env = "databaseUrl" in config ? { DATABASE_URL: config.databaseUrl } : { DATABASE_URL: "" };
    const args = "dataDir" in config ? ["--data-dir", config.dataDir] : [];
    if (backend.name === "postgres") {
      // Both start at once on an empty database: the migration lock makes one migrate, the other wait.
      servers = await Promise.all([spawnServer(env, args), spawnServer(env, args)]);
    } else {
      servers = [await spawnServer(env, args)];
      servers.push(await spawnServer(env, args));
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => stop(s.child)));
    await drop();
  });

  const call = async (
    base: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
      etag: res.headers.get("etag"),
    };
  };

  it("both add observations to the same patient concurrently and nothing is lost", async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const created = await call(a, "POST", "/api/v1/patients", { patient: { age: 70 } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const path = `/api/v1/patients/${id}/observations`;
    const singles = Array.from({ length: 60 }, (_, i) =>
      call(i % 2 === 0 ? a : b, "POST", path, {
        field: "serumMProtein",
        date: `2025-${String((i % 12) + 1).padStart(2, "0")}-01`,
        value: 1 + i / 100,
        unit: "g/dL",
        source: `single-${i}`,
      }),
    );
    const bulks = Array.from({ length: 6 }, (_, j) =>
      call(j % 2 === 0 ? b : a, "POST", `${path}/bulk`, {
        observations: Array.from({ length: 10 }, (_, k) => ({
          field: "hemoglobin",
          date: "2025-06-01",
          value: 10 + j + k / 100,
          unit: "g/dL",
          source: `bulk-${j}-${k}`,
        })),
      }),
    );
    const results = await Promise.all([...singles, ...bulks]);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));

    for (const base of [a, b]) {
      const list = await call(base, "GET", path);
      const sources = (list.body.items as { source: string }[]).map((o) => o.source).sort();
      expect(sources).toHaveLength(120);
      expect(new Set(sources).size).toBe(120);
    }
  });

  it("concurrent updates from the same version: one succeeds, the others get 409", async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const created = await call(b, "POST", "/api/v1/patients", { patient: { age: 50 } });
    const id = created.body.id as string;
    for (let round = 1; round <= 5; round++) {
      const current = await call(round % 2 ? a : b, "GET", `/api/v1/patients/${id}`);
      expect(current.etag).toBe(`"${round}"`);
      const attempts = await Promise.all(
        [a, b, a, b].map((base, i) =>
          call(
            base,
            "PUT",
            `/api/v1/patients/${id}`,
            { patient: { age: 50 + round * 10 + i } },
            {
              "if-match": current.etag ?? "",
            },
          ),
        ),
      );
      const statuses = attempts.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409]);
      for (const r of attempts.filter((x) => x.status === 409)) {
        expect((r.body.error as { code: string }).code).toBe("CONFLICT");
      }
      const winner = attempts.find((r) => r.status === 200)!;
      const after = await call(a, "GET", `/api/v1/patients/${id}`);
      expect(after.body.version).toBe(round + 1);
      expect((after.body.record as { patient: unknown }).patient).toEqual(
        (winner.body.record as { patient: unknown }).patient,
      );
    }
  });

  it("40 concurrent identical GETs of the assessment save one row, and the chain stays intact", async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const created = await call(a, "POST", "/api/v1/patients", { patient: { age: 66 } });
    const id = created.body.id as string;
    const url = `/api/v1/patients/${id}/assessment?asOf=2026-06-01`;
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => call(i % 2 ? a : b, "GET", url)));
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const history = await call(b, "GET", `/api/v1/patients/${id}/assessments?limit=100`);
    const rows = history.body.items as { asOf: string; seq: number; prevHash: string; rowHash: string }[];
    expect(rows.filter((r) => r.asOf === "2026-06-01")).toHaveLength(1);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => rows.length - i));
  });
});

/** `mmnav serve` as one process (the default): the real command (through tsx) on SQLite in a fresh
 * folder. Its server runs on a thread of its own (serve-thread.ts); for the operator nothing changes:
 * one listening line, the request log on standard output with the process's id, SIGTERM and SIGINT
 * drain (503) then exit 0, and a startup error is one line and exit 1. */
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleRecord } from "./testing/fixtures.js";
import { type ServeProcess, spawnServe } from "./testing/spawn-serve.js";
import { spawnServer } from "./testing/spawn-server.js";

function call(url: string, method: string, path: string, body?: unknown) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        `${url}${path}`,
        { method, agent: false, headers: body === undefined ? {} : { "content-type": "application/json" } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => {
            text += c;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on("error", reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    },
  );
}

const exited = (server: ServeProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    const c = server.child;
    if (c.exitCode !== null || c.signalCode !== null)
      return resolve({ code: c.exitCode, signal: c.signalCode });
    c.once("exit", (code, signal) => resolve({ code, signal }));
  });

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  describe(`mmnav serve, one process, stopped by ${signal}`, () => {
    let server: ServeProcess;
    beforeAll(async () => {
      server = await spawnServe();
    }, 90_000);
    afterAll(async () => server?.stop());

    it("answers, logs each request with the process's own id, then drains and exits 0", async () => {
      expect(server.output().match(/mmnav serve: listening at http/g)).toHaveLength(1);
      const assessed = await call(server.url, "POST", "/api/v1/assessments", sampleRecord());
      expect(assessed.status, assessed.body).toBe(200);
      expect(JSON.parse(assessed.body)).toHaveProperty("diagnosis");
      const line = await waitFor("the request's log line", async () =>
        server
          .output()
          .split("\n")
          .find((l) => l.includes('"msg":"request"') && l.includes('"route":"/api/v1/assessments"')),
      );
      expect(JSON.parse(line)).toMatchObject({ pid: server.child.pid, method: "POST", status: 200 });

      const exit = exited(server);
      server.child.kill(signal);
      const drained = await waitFor("a 503 while draining", async () => {
        const res = await call(server.url, "GET", "/healthz").catch(() => undefined);
        return res?.status === 503 ? res : undefined;
      });
      expect(drained.headers.connection).toBe("close");
      expect(await exit).toEqual({ code: 0, signal: null });
      expect(server.output().match(new RegExp(`${signal}, draining then closing`, "g"))).toHaveLength(1);
    }, 60_000);
  });
}

describe("mmnav serve, one process, that cannot start", () => {
  it("says why in one line, with no stack trace, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mmnav-serve-"));
    try {
      const entry = fileURLToPath(new URL("../cli/main.ts", import.meta.url));
      const args = ["serve", "--host", "0.0.0.0", "--port", "0", "--data-dir", dir];
      const failed = await spawnServer({ DATABASE_URL: "", MMNAV_API_TOKENS: "" }, args, { entry }).then(
        () => "started",
        (e: Error) => e.message,
      );
      expect(failed).toMatch(
        /^server exited with 1:\nmmnav: refusing to listen on 0\.0\.0\.0 without authentication/,
      );
      expect(failed.trim().split("\n")).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

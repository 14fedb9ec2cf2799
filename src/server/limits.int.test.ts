/** Issue 9 "also seen": the rate limit and the body limit are settings, from the environment
 * (MMNAV_RATE_LIMIT, MMNAV_BODY_LIMIT) and from `mmnav serve --rate-limit/--body-limit`. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProgram } from "../cli/program.js";
import { availableBackends, type TestDatabase } from "../store/testing/backends.js";
import { resolveLimits, startServer } from "./app.js";
import { type ServeProcess, spawnServe } from "./testing/spawn-serve.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await availableBackends()[0]!.create();
});
afterAll(async () => db?.dispose());

const bigBody = (bytes: number) => JSON.stringify({ id: "x".repeat(bytes) });

describe("limits from the environment", () => {
  it("MMNAV_RATE_LIMIT and MMNAV_BODY_LIMIT set the limits of a started server", async () => {
    const server = await startServer({
      env: { PORT: "0", MMNAV_RATE_LIMIT: "3", MMNAV_BODY_LIMIT: "2048" },
      logger: false,
      webRoot: null,
      ...db.config,
    });
    try {
      const post = (body: string) =>
        fetch(`${server.url}/api/v1/assessments`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
      const big = await post(bigBody(4096));
      expect(big.status).toBe(413);
      expect(((await big.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
      await fetch(`${server.url}/healthz`);
      await fetch(`${server.url}/healthz`);
      const limited = await fetch(`${server.url}/healthz`);
      expect(limited.status).toBe(429);
    } finally {
      await server.close();
    }
  });

  it("0 turns the rate limit off; a bad value is a clear error naming the setting", () => {
    expect(resolveLimits({}, { MMNAV_RATE_LIMIT: "0" }).rateLimit).toBe(false);
    expect(resolveLimits({}, {})).toEqual({ rateLimit: { max: 600 }, bodyLimit: 1024 * 1024 });
    expect(() => resolveLimits({}, { MMNAV_RATE_LIMIT: "lots" })).toThrow(
      /MMNAV_RATE_LIMIT must be a whole number/,
    );
    expect(() => resolveLimits({}, { MMNAV_BODY_LIMIT: "12" })).toThrow(/MMNAV_BODY_LIMIT .* at least 1024/);
    expect(resolveLimits({ bodyLimit: 5000 }, { MMNAV_BODY_LIMIT: "9000" }).bodyLimit).toBe(5000);
  });
});

describe("mmnav serve --rate-limit / --body-limit", () => {
  let server: ServeProcess;
  let url = "";

  beforeAll(async () => {
    server = await spawnServe(["--rate-limit", "4", "--body-limit", "2048"]);
    url = server.url;
  });
  afterAll(async () => server?.stop());

  it("the flags set the limits", async () => {
    const big = await fetch(`${url}/api/v1/assessments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: bigBody(4096),
    });
    expect(big.status).toBe(413);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${url}/healthz`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("--help names both settings", () => {
    const serve = buildProgram().commands.find((c) => c.name() === "serve");
    const help = serve?.helpInformation() ?? "";
    expect(help).toContain("--rate-limit <n>");
    expect(help).toContain("MMNAV_RATE_LIMIT");
    expect(help).toContain("--body-limit <bytes>");
    expect(help).toContain("MMNAV_BODY_LIMIT");
  });
});

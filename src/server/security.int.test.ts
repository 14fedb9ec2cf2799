/** Security of the HTTP server: authentication, loopback-only without it, headers, body limit,
 * rate limit, and logs that carry no patient data. */
import type { FastifyInstance } from "fastify";
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableBackends, type TestDatabase } from "../store/testing/backends.js";
import { buildApp, isLoopback, startServer } from "./app.js";
import { type AuthConfig, authConfigFromEnv } from "./auth/auth.js";
import { sampleRecord } from "./testing/fixtures.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await availableBackends()[0]!.create();
});
afterAll(async () => db?.dispose());

const TOKEN = "test-token-0123456789abcdef";

describe("bearer tokens", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({
      store: db.store,
      logger: false,
      webRoot: null,
      auth: { tokens: [TOKEN], oidc: null },
    });
  });
  afterAll(async () => app?.close());

  it("the REST API requires a configured token", async () => {
    const none = await app.inject({ method: "GET", url: "/api/v1/patients" });
    expect(none.statusCode).toBe(401);
    expect(none.headers["www-authenticate"]).toContain("Bearer");
    expect(JSON.parse(none.body).error.code).toBe("UNAUTHORIZED");
    const wrong = await app.inject({
      method: "POST",
      url: "/api/v1/assessments",
      headers: { authorization: `Bearer ${TOKEN}x` },
      payload: sampleRecord(),
    });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({
      method: "GET",
      url: "/api/v1/patients",
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.statusCode).toBe(200);
  });

  it("health, the OpenAPI document and the reference page stay public", async () => {
    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    const doc = await app.inject({ method: "GET", url: "/openapi.json" });
    expect(doc.statusCode).toBe(200);
    expect(JSON.parse(doc.body).security).toEqual([{ bearer: [] }]);
    expect([200, 302]).toContain((await app.inject({ method: "GET", url: "/docs" })).statusCode);
  });
});

describe("OIDC JWTs", () => {
  let app: FastifyInstance;
  let sign: (
    claims: Record<string, unknown>,
    opts?: { exp?: string; aud?: string; iss?: string },
  ) => Promise<string>;
  let foreign: string;
  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" };
    const auth: AuthConfig = {
      tokens: [],
      oidc: { issuer: "https://idp.example", audience: "mmnav", jwksUrl: "https://idp.example/jwks" },
      jwks: createLocalJWKSet({ keys: [jwk] }),
    };
    sign = (claims, opts = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setIssuer(opts.iss ?? "https://idp.example")
        .setAudience(opts.aud ?? "mmnav")
        .setSubject("clinician-1")
        .setIssuedAt()
        .setExpirationTime(opts.exp ?? "5m")
        .sign(privateKey);
    const other = await generateKeyPair("RS256");
    foreign = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer("https://idp.example")
      .setAudience("mmnav")
      .setExpirationTime("5m")
      .sign(other.privateKey);
    app = await buildApp({ store: db.store, logger: false, webRoot: null, auth });
  });
  afterAll(async () => app?.close());

  const get = (token: string) =>
    app.inject({ method: "GET", url: "/api/v1/patients", headers: { authorization: `Bearer ${token}` } });

  it("accepts a JWT from the issuer for the audience", async () => {
    expect((await get(await sign({}))).statusCode).toBe(200);
  });

  it("refuses a wrong audience, a wrong issuer, an expired token and a foreign signature", async () => {
    expect((await get(await sign({}, { aud: "other" }))).statusCode).toBe(401);
    expect((await get(await sign({}, { iss: "https://evil.example" }))).statusCode).toBe(401);
    expect((await get(await sign({}, { exp: "-1m" }))).statusCode).toBe(401);
    expect((await get(foreign)).statusCode).toBe(401);
  });
});

describe("configuration from the environment", () => {
  it("reads tokens and a complete OIDC setting", () => {
    const cfg = authConfigFromEnv({
      MMNAV_API_TOKENS: ` ${TOKEN} , second-token-0123456789 ,`,
      MMNAV_OIDC_ISSUER: "https://idp.example",
      MMNAV_OIDC_JWKS_URL: "https://idp.example/jwks",
      MMNAV_OIDC_AUDIENCE: "mmnav",
    });
    expect(cfg.tokens).toEqual([
      { token: TOKEN, organisation: "default" },
      { token: "second-token-0123456789", organisation: "default" },
    ]);
    expect(cfg.oidc).toEqual({
      issuer: "https://idp.example",
      jwksUrl: "https://idp.example/jwks",
      audience: "mmnav",
    });
  });

  it("refuses half an OIDC setting and a short token", () => {
    expect(() => authConfigFromEnv({ MMNAV_OIDC_ISSUER: "https://idp.example" })).toThrow(
      /MMNAV_OIDC_JWKS_URL/,
    );
    expect(() => authConfigFromEnv({ MMNAV_API_TOKENS: "short" })).toThrow(/16 characters/);
  });
});

describe("binding", () => {
  it("knows loopback addresses", () => {
    for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"])
      expect(isLoopback(h), h).toBe(true);
    for (const h of ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.org"])
      expect(isLoopback(h), h).toBe(false);
  });

  it("refuses to listen beyond loopback without authentication", async () => {
    await expect(
      startServer({ host: "0.0.0.0", port: 0, env: {}, logger: false, ...db.config }),
    ).rejects.toThrow(/refusing to listen on 0\.0\.0\.0 without authentication/);
  });

  it("listens on 127.0.0.1 by default (port from PORT) and beyond loopback once tokens are set", async () => {
    const local = await startServer({ env: { PORT: "0" }, logger: false, ...db.config });
    try {
      expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${local.url}/healthz`)).status).toBe(200);
    } finally {
      await local.close();
    }
    const open = await startServer({
      env: { HOST: "0.0.0.0", PORT: "0", MMNAV_API_TOKENS: TOKEN },
      logger: false,
      ...db.config,
    });
    try {
      const port = new URL(open.url).port;
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/patients`);
      expect(res.status).toBe(401);
      const ok = await fetch(`http://127.0.0.1:${port}/api/v1/patients`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(ok.status).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe("CDS Hooks client authentication by default", () => {
  it("refuses CDS calls until a client is configured, while discovery stays open", async () => {
    const server = await startServer({ env: { PORT: "0" }, logger: false, ...db.config });
    try {
      expect((await fetch(`${server.url}/cds-services`)).status).toBe(200);
      const res = await fetch(`${server.url}/cds-services/myeloma-navigator-patient-view`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ hook: "patient-view", hookInstance: "x", context: { patientId: "p" } }),
      });
      expect([401, 403]).toContain(res.status);
    } finally {
      await server.close();
    }
  });

  it("refuses to serve CDS Hooks without client authentication beyond loopback", async () => {
    await expect(
      startServer({
        env: { HOST: "0.0.0.0", PORT: "0", MMNAV_API_TOKENS: TOKEN, MMNAV_CDS_AUTH: "disabled" },
        logger: false,
        ...db.config,
      }),
    ).rejects.toThrow(/MMNAV_CDS_AUTH=disabled is for local development/);
  });
});

describe("headers and limits", () => {
  it("sends security headers with a CSP that lets the app's own scripts run", async () => {
    const app = await buildApp({ store: db.store, logger: false, webRoot: null });
    try {
      const res = await app.inject({ method: "GET", url: "/" });
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["x-frame-options"]).toBeDefined();
    } finally {
      await app.close();
    }
  });

  it("sends the same security headers on API answers, refusals and unknown paths", async () => {
    const app = await buildApp({ store: db.store, logger: false, webRoot: null });
    const security = (headers: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(headers).filter(([k]) =>
          /^(content-security-policy|cross-origin-|origin-agent-cluster|referrer-policy|strict-transport-security|x-(content-type-options|dns-prefetch-control|download-options|frame-options|permitted-cross-domain-policies|xss-protection))/.test(
            k,
          ),
        ),
      );
    try {
      const page = security((await app.inject({ method: "GET", url: "/" })).headers);
      expect(Object.keys(page)).toHaveLength(12);
      const answers = [
        await app.inject({ method: "POST", url: "/api/v1/assessments", payload: { asOf: "2026-11-27" } }),
        await app.inject({ method: "POST", url: "/api/v1/assessments", payload: { nonsense: 1 } }),
        await app.inject({ method: "GET", url: "/api/v1/no-such-route" }),
      ];
      expect(answers.map((r) => r.statusCode)).toEqual([200, 400, 404]);
      for (const r of answers) {
        expect(security(r.headers)).toEqual(page);
        expect(r.headers["x-powered-by"]).toBeUndefined();
      }
    } finally {
      await app.close();
    }
  });

  it("refuses a body over 1 MiB with 413 and the error shape", async () => {
    const app = await buildApp({ store: db.store, logger: false, webRoot: null });
    try {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/assessments",
        payload: { id: "x".repeat(1024 * 1024) },
      });
      expect(res.statusCode).toBe(413);
      expect(JSON.parse(res.body)).toEqual({
        error: { code: "PAYLOAD_TOO_LARGE", message: "request body is too large", issues: [] },
      });
    } finally {
      await app.close();
    }
  });

  it("rate-limits with 429 and the error shape", async () => {
    const app = await buildApp({ store: db.store, logger: false, webRoot: null, rateLimit: { max: 3 } });
    try {
      const codes: number[] = [];
      let last = "";
      for (let i = 0; i < 5; i++) {
        const res = await app.inject({ method: "GET", url: "/api/v1/patients" });
        codes.push(res.statusCode);
        last = res.body;
      }
      expect(codes).toEqual([200, 200, 200, 429, 429]);
      expect(JSON.parse(last).error.code).toBe("RATE_LIMITED");
    } finally {
      await app.close();
    }
  });
});

describe("logs", () => {
  it("carry method, route pattern, status and duration, and no patient data", async () => {
    const lines: string[] = [];
    const app = await buildApp({
      store: db.store,
      webRoot: null,
      logger: { level: "trace", stream: { write: (l: string) => void lines.push(l) } },
    });
    const name = "Jane Doe MRN-555";
    const labValue = 1.337;
    try {
      const record = { ...sampleRecord(), id: name };
      record.labs = { ...record.labs, creatinine: { value: labValue, unit: "mg/dL" } };
      const created = await app.inject({
        method: "POST",
        url: "/api/v1/patients",
        headers: { authorization: `Bearer ${TOKEN}` },
        payload: record,
      });
      expect(created.statusCode).toBe(201);
      const patientId = JSON.parse(created.body).id as string;
      await app.inject({ method: "GET", url: `/api/v1/patients/${patientId}` });
      await app.inject({ method: "GET", url: `/api/v1/patients/${patientId}/assessment?asOf=2026-01-01` });
      await app.inject({ method: "GET", url: `/api/v1/patients/${patientId}-missing` });
      await app.inject({ method: "GET", url: `/api/v1/no-route/${patientId}` });
      await app.inject({ method: "GET", url: `/api/v1/patients?riskGroup=${encodeURIComponent(name)}` });
      // Errors whose messages quote the input: an implausible value and an unknown field.
      await app.inject({
        method: "POST",
        url: "/api/v1/assessments",
        payload: { labs: { creatinine: { value: 1337, unit: "mg/dL" } }, patient: { [name]: labValue } },
      });
      await app.inject({
        method: "POST",
        url: `/api/v1/patients/${patientId}/observations`,
        payload: { field: "creatinine", date: "2026-01-01", value: labValue * 1000, unit: "mg/dL" },
      });

      const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const requests = entries.filter((e) => e.msg === "request");
      expect(requests.length).toBeGreaterThanOrEqual(8);
      expect(requests).toContainEqual(
        expect.objectContaining({
          method: "GET",
          route: "/api/v1/patients/:id",
          status: 200,
          durationMs: expect.any(Number),
        }),
      );
      expect(requests).toContainEqual(
        expect.objectContaining({ method: "POST", route: "/api/v1/assessments", status: 400 }),
      );
      // The log's own numbers (epoch time, pid, request duration) can contain any digit run by chance
      // (a "time" of ...1337... failed CI once), so they are left out before searching for the values.
      const withoutOwnNumbers = lines
        .map((l) =>
          JSON.stringify(JSON.parse(l), (k, v) =>
            k === "time" || k === "pid" || k === "durationMs" ? undefined : v,
          ),
        )
        .join("\n");
      for (const secret of [patientId, name, "Jane", "MRN-555", String(labValue), "1337", TOKEN]) {
        expect(withoutOwnNumbers, `the log must not contain ${secret}`).not.toContain(secret);
      }
    } finally {
      await app.close();
    }
  });
});

/** Issue 9, finding 6 and point 7: the CDS Hooks JWT audience is this service's configured public URL,
 * never the request's Host header; client checking without a public URL refuses to start. */
import type { FastifyInstance } from "fastify";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableBackends, type TestDatabase } from "../store/testing/backends.js";
import { buildApp, startServer } from "./app.js";
import { createCdsJwtVerifier } from "./auth/cds-jwt.js";
import { PATIENT_VIEW_SERVICE_ID } from "./routes/cds-hooks.js";

const ISS = "https://ehr.example.org";
const SERVICE = `/cds-services/${PATIENT_VIEW_SERVICE_ID}`;
const OURS = "http://127.0.0.1:8080";

let db: TestDatabase;
let app: FastifyInstance;
let key: CryptoKey;
let jwks: { keys: object[] };
let n = 0;

const token = (aud: string) => {
  const t = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "ES384", typ: "JWT", kid: "k1" })
    .setIssuer(ISS)
    .setSubject("ehr")
    .setAudience(aud)
    .setIssuedAt(t)
    .setExpirationTime(t + 240)
    .setJti(`jti-${++n}-${t}`)
    .sign(key);
};

const hook = () => ({
  hook: "patient-view",
  hookInstance: `d1577c69-dfbe-44ad-ba6d-3e05e953b2ea-${++n}`,
  context: { userId: "Practitioner/1", patientId: "p1" },
});

beforeAll(async () => {
  db = await availableBackends()[0]!.create();
  const pair = await generateKeyPair("ES384", { extractable: true });
  key = pair.privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES384" }] };
  // No serviceBaseUrl: the audience must come from configuration (the app's base URL), not the Host.
  app = await buildApp({
    store: db.store,
    logger: false,
    webRoot: null,
    rateLimit: false,
    cds: { auth: createCdsJwtVerifier({ clients: [{ iss: ISS, jwks: jwks as never }] }), appBaseUrl: OURS },
  });
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe("CDS Hooks JWT audience (finding 6)", () => {
  it("refuses a token minted for another service even when sent with that service's Host", async () => {
    const res = await app.inject({
      method: "POST",
      url: SERVICE,
      headers: {
        host: "other-service.example",
        authorization: `Bearer ${await token(`http://other-service.example${SERVICE}`)}`,
      },
      payload: hook(),
    });
    expect(res.statusCode).toBe(401);
    expect(JSON.parse(res.body).issue[0].diagnostics).toMatch(/audience/);
  });

  it("accepts the audience of this service's configured URL whatever the Host says", async () => {
    const res = await app.inject({
      method: "POST",
      url: SERVICE,
      headers: { host: "other-service.example", authorization: `Bearer ${await token(`${OURS}${SERVICE}`)}` },
      payload: hook(),
    });
    // Past authentication: the hook itself is answered (cards, or 412 for the missing prefetch).
    expect([200, 412]).toContain(res.statusCode);
  });
});

describe("MMNAV_CDS_CLIENTS without MMNAV_PUBLIC_URL (point 7)", () => {
  const clients = () => JSON.stringify([{ iss: ISS, jwks }]);

  it("refuses to start, naming the missing setting", async () => {
    await expect(
      startServer({
        env: { PORT: "0", MMNAV_CDS_CLIENTS: clients() },
        logger: false,
        webRoot: null,
        ...db.config,
      }),
    ).rejects.toThrow(/MMNAV_CDS_CLIENTS needs MMNAV_PUBLIC_URL/);
  });

  it("starts when the public URL is set", async () => {
    const server = await startServer({
      env: { PORT: "0", MMNAV_CDS_CLIENTS: clients(), MMNAV_PUBLIC_URL: "https://mmnav.example.org" },
      logger: false,
      webRoot: null,
      ...db.config,
    });
    await server.close();
  });
});

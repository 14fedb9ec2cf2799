/** Organisations through the HTTP API: a caller sees only the patients of the organisation its
 * token names. Another organisation's patient answers exactly as a patient that does not exist,
 * on every route (read, update, observations, treatment history, assessments), in the list and its
 * totals under every filter, and CDS clients act for their own organisation. */

import { readFileSync } from "node:fs";
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { availableBackends } from "../store/testing/backends.js";
import { authConfigFromEnv } from "./auth/auth.js";
import { createCdsJwtVerifier } from "./auth/cds-jwt.js";
import { storeReplayCache } from "./cds-store.js";
import { PATIENT_VIEW_SERVICE_ID } from "./routes/cds-hooks.js";
import { useTestApp } from "./testing/app-fixture.js";

const A = "org-a-token-0123456789";
const B = "org-b-token-0123456789";
const LEGACY = "legacy-token-0123456789";
const BASE = "http://127.0.0.1:8080";
const smm = JSON.parse(readFileSync("examples/response/smm-evolving.json", "utf8"));

it("reads organisation:token entries, and a bare token as the default organisation", () => {
  const auth = authConfigFromEnv({ MMNAV_API_TOKENS: `org-a:${A}, ${LEGACY}` });
  expect(auth.tokens).toEqual([
    { organisation: "org-a", token: A },
    { organisation: "default", token: LEGACY },
  ]);
  expect(() => authConfigFromEnv({ MMNAV_API_TOKENS: `org-a:${A},org-b:${A}` })).toThrow(/twice/);
});

describe.each(availableBackends())("organisations on $name", (backend) => {
  let oidcKey: CryptoKey;
  let cdsKey: CryptoKey;
  let patientA: string;
  const t = useTestApp(backend, async (store) => {
    const oidc = await generateKeyPair("RS256", { extractable: true });
    oidcKey = oidc.privateKey;
    const cds = await generateKeyPair("ES384", { extractable: true });
    cdsKey = cds.privateKey;
    const oidcJwk: JWK = { ...(await exportJWK(oidc.publicKey)), kid: "k1", alg: "RS256" };
    const cdsJwks = { keys: [{ ...(await exportJWK(cds.publicKey)), kid: "c1", alg: "ES384" }] };
    return {
      today: () => "2026-12-01",
      auth: {
        ...authConfigFromEnv({
          MMNAV_API_TOKENS: `org-a:${A},org-b:${B},${LEGACY}`,
          MMNAV_OIDC_ISSUER: "https://idp.example",
          MMNAV_OIDC_JWKS_URL: "https://idp.example/jwks",
          MMNAV_OIDC_AUDIENCE: "mmnav",
          MMNAV_OIDC_ORGANISATION_CLAIM: "org",
        }),
        jwks: createLocalJWKSet({ keys: [oidcJwk] }),
      },
      cds: {
        auth: createCdsJwtVerifier({
          clients: [
            { iss: "https://ehr-a.example", jwks: cdsJwks, organisation: "org-a" },
            { iss: "https://ehr-b.example", jwks: cdsJwks, organisation: "org-b" },
          ],
          replayCache: storeReplayCache(store),
        }),
        appBaseUrl: BASE,
        serviceBaseUrl: BASE,
      },
    };
  });
  beforeAll(async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/patients",
      headers: { authorization: `Bearer ${A}` },
      payload: smm,
    });
    expect(created.statusCode, created.body).toBe(201);
    patientA = created.json().id;
  });

  const call = (token: string, method: string, url: string, payload?: unknown, headers = {}) =>
    t.app.inject({
      method: method as "GET",
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });

  /** What a caller learns from a response, with the patient id blanked (it is in the URL anyway). */
  const seen = (res: Awaited<ReturnType<typeof call>>, id: string) => ({
    status: res.statusCode,
    etag: res.headers.etag,
    body: res.body.replaceAll(id, "<id>"),
  });

  it("answers another organisation's patient exactly as one that does not exist, on every route", async () => {
    const ghost = "00000000-0000-4000-8000-000000000000";
    const routes: [string, (id: string) => string, unknown?, Record<string, string>?][] = [
      ["GET", (id) => `/api/v1/patients/${id}`],
      ["PUT", (id) => `/api/v1/patients/${id}`, { patient: { age: 50 } }, { "if-match": '"1"' }],
      ["PUT", (id) => `/api/v1/patients/${id}`, { patient: { age: 50 } }, { "if-match": '"7"' }],
      ["GET", (id) => `/api/v1/patients/${id}/observations`],
      ["GET", (id) => `/api/v1/patients/${id}/observations?field=serumMProtein`],
      [
        "POST",
        (id) => `/api/v1/patients/${id}/observations`,
        { field: "calcium", date: "2026-11-01", value: 9.5, unit: "mg/dL" },
      ],
      [
        "POST",
        (id) => `/api/v1/patients/${id}/observations/bulk`,
        { observations: [{ field: "calcium", date: "2026-11-01", value: 9.5, unit: "mg/dL" }] },
      ],
      ["GET", (id) => `/api/v1/patients/${id}/treatment-history`],
      [
        "POST",
        (id) => `/api/v1/patients/${id}/treatment-history`,
        { regimen: "Rd", drugs: ["lenalidomide", "dexamethasone"], start: "2026-01-01" },
      ],
      ["GET", (id) => `/api/v1/patients/${id}/assessment`],
      ["GET", (id) => `/api/v1/patients/${id}/assessments`],
      ["GET", (id) => `/api/v1/patients/${id}/assessments/1`],
    ];
    for (const [method, url, payload, headers] of routes) {
      const other = await call(B, method, url(patientA), payload, headers);
      const none = await call(B, method, url(ghost), payload, headers);
      expect(seen(other, patientA), `${method} ${url("{id}")}`).toEqual(seen(none, ghost));
      expect(other.statusCode, `${method} ${url("{id}")}`).toBe(404);
    }
    // Nothing was written to A's patient by B's attempts, and A still reads it.
    const own = await call(A, "GET", `/api/v1/patients/${patientA}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().version).toBe(1);
    expect((await call(A, "GET", `/api/v1/patients/${patientA}/treatment-history`)).json().items).toEqual([]);
  });

  it("lists and counts only the caller's patients, under every filter", async () => {
    const filters = [
      "",
      "?category=smoldering-myeloma",
      "?category=smoldering-myeloma&overdue=true",
      "?overdue=true",
      "?riskGroup=high",
      "?progressed=false",
    ];
    const aList = await call(A, "GET", "/api/v1/patients?category=smoldering-myeloma");
    expect(aList.json().total).toBeGreaterThanOrEqual(1);
    for (const f of filters) {
      const res = await call(B, "GET", `/api/v1/patients${f}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((i: { id: string }) => i.id)).not.toContain(patientA);
      expect(res.json().items.every((i: { recordId: string }) => i.recordId !== smm.id)).toBe(true);
      expect(res.json().total, f).toBe(res.json().items.length);
    }
  });

  it("lets another organisation use the same record id (a 409 would reveal it is taken)", async () => {
    const again = await call(B, "POST", "/api/v1/patients", smm);
    expect(again.statusCode, again.body).toBe(201);
    const dup = await call(A, "POST", "/api/v1/patients", smm);
    expect(dup.statusCode).toBe(409);
    // The legacy token acts for the default organisation, which sees neither.
    const legacy = await call(LEGACY, "GET", "/api/v1/patients");
    expect(legacy.json().items.map((i: { recordId: string }) => i.recordId)).not.toContain(smm.id);
  });

  it("takes an OIDC caller's organisation from the configured claim, and refuses a token without it", async () => {
    const jwt = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setIssuer("https://idp.example")
        .setAudience("mmnav")
        .setSubject("dr-who")
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(oidcKey);
    const asA = await call(await jwt({ org: "org-a" }), "GET", `/api/v1/patients/${patientA}`);
    expect(asA.statusCode).toBe(200);
    const asB = await call(await jwt({ org: "org-b" }), "GET", `/api/v1/patients/${patientA}`);
    expect(asB.statusCode).toBe(404);
    const none = await call(await jwt({}), "GET", "/api/v1/patients");
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe("FORBIDDEN");
  });

  it("keeps CDS feedback per organisation: one client's feedback on a card is no 'duplicate' for another", async () => {
    let n = 0;
    const cdsJwt = (iss: string) =>
      new SignJWT({})
        .setProtectedHeader({ alg: "ES384", kid: "c1" })
        .setIssuer(iss)
        .setAudience(`${BASE}/cds-services/${PATIENT_VIEW_SERVICE_ID}/feedback`)
        .setIssuedAt()
        .setExpirationTime("4m")
        .setJti(`fb-${iss}-${++n}`)
        .sign(cdsKey);
    const body = {
      feedback: [{ card: "card-shared", outcome: "accepted", outcomeTimestamp: "2026-12-01T10:00:00Z" }],
    };
    const url = `/cds-services/${PATIENT_VIEW_SERVICE_ID}/feedback`;
    const a = await call(await cdsJwt("https://ehr-a.example"), "POST", url, body);
    expect(a.json()).toEqual({ stored: 1, duplicates: 0 });
    const b = await call(await cdsJwt("https://ehr-b.example"), "POST", url, body);
    expect(b.json()).toEqual({ stored: 1, duplicates: 0 });
    const aAgain = await call(await cdsJwt("https://ehr-a.example"), "POST", url, body);
    expect(aAgain.json()).toEqual({ stored: 0, duplicates: 1 });
  });
});

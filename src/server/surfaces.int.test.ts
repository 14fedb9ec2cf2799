/** FHIR and CDS Hooks as mounted by the server: the API's authentication guards FHIR $assess, and
 * CDS feedback and JWT ids live in the database (shared by every server). */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableBackends, type TestDatabase } from "../store/testing/backends.js";
import { buildApp } from "./app.js";
import { storeReplayCache } from "./cds-store.js";
import { PATIENT_VIEW_SERVICE_ID } from "./routes/cds-hooks.js";

const TOKEN = "surface-token-0123456789";

describe.each(availableBackends())("surfaces on $name", (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await backend.create();
    app = await buildApp({
      store: db.store,
      logger: false,
      webRoot: null,
      auth: { tokens: [TOKEN], oidc: null },
      cds: { auth: "disabled", appBaseUrl: "http://127.0.0.1:8080" },
    });
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it("FHIR metadata is public; FHIR $assess needs the API token and answers an OperationOutcome", async () => {
    const meta = await app.inject({ method: "GET", url: "/fhir/r4/metadata" });
    expect(meta.statusCode).toBe(200);
    expect(JSON.parse(meta.body).resourceType).toBe("CapabilityStatement");
    const denied = await app.inject({
      method: "POST",
      url: "/fhir/r4/$assess",
      payload: { resourceType: "Bundle", type: "collection", entry: [] },
    });
    expect(denied.statusCode).toBe(401);
    expect(JSON.parse(denied.body).resourceType).toBe("OperationOutcome");
  });

  it("stores CDS feedback once per card and outcome, in the database", async () => {
    const feedback = {
      feedback: [{ card: "card-uuid-1", outcome: "accepted", outcomeTimestamp: "2026-01-01T10:00:00Z" }],
    };
    const url = `/cds-services/${PATIENT_VIEW_SERVICE_ID}/feedback`;
    const first = await app.inject({ method: "POST", url, payload: feedback });
    expect(first.statusCode, first.body).toBeLessThan(300);
    const again = await app.inject({ method: "POST", url, payload: feedback });
    expect(again.statusCode).toBeLessThan(300);
    // The database already holds this card + outcome: a third writer (another server) sees a repeat.
    const direct = await db.store.recordCdsFeedback({
      organisation: "default",
      serviceId: PATIENT_VIEW_SERVICE_ID,
      cardUuid: "card-uuid-1",
      outcome: "accepted",
      outcomeTimestamp: null,
      body: {},
    });
    expect(direct.created).toBe(false);
  });

  it("the replay cache refuses a JWT id seen by any server on the database", async () => {
    const exp = new Date(Date.now() + 60_000);
    const serverA = storeReplayCache(db.store);
    const serverB = storeReplayCache(db.store);
    expect(await serverA.seen("iss-1 jti-1", exp)).toBe(false);
    expect(await serverB.seen("iss-1 jti-1", exp)).toBe(true);
  });
});

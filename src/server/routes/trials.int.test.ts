/** GET /api/v1/patients/{id}/trials: the shipped studies matched against a registered patient, for
 * the caller's organisation only, and published in the OpenAPI document. */
import { readdirSync, readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableBackends, type TestDatabase } from "../../store/testing/backends.js";
import { planImport } from "../../trials/import-plan.js";
import { parseStudies } from "../../trials/study.js";
import { buildApp } from "../app.js";
import { authConfigFromEnv } from "../auth/auth.js";

const A = "org-a-token-0123456789";
const B = "org-b-token-0123456789";
const afterBcma = JSON.parse(readFileSync("examples/vignettes/rrmm-after-bcma.json", "utf8"));

describe.each(availableBackends())("trials route on $name", (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let patientId: string;

  beforeAll(async () => {
    db = await backend.create();
    const studies = readdirSync("examples/trials")
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => parseStudies(JSON.parse(readFileSync(`examples/trials/${f}`, "utf8")), f));
    await db.store.importTrials({ exportedDate: "2026-11-30", ...planImport(studies) });
    app = await buildApp({
      store: db.store,
      logger: false,
      webRoot: null,
      rateLimit: false,
      today: () => "2026-12-01",
      auth: authConfigFromEnv({ MMNAV_API_TOKENS: `org-a:${A},org-b:${B}` }),
    });
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/patients",
      headers: { authorization: `Bearer ${A}` },
      payload: afterBcma,
    });
    expect(created.statusCode).toBe(201);
    patientId = created.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it("lists the studies that fit under the clinical-trial option, and why the others do not", async () => {
    const r = await app.inject({
      method: "GET",
      url: `/api/v1/patients/${patientId}/trials`,
      headers: { authorization: `Bearer ${A}` },
    });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.patientId).toBe(patientId);
    expect(body.export.exportedDate).toBe("2026-11-30");
    expect(body.clinicalTrialOptions.map((o: { id: string }) => o.id)).toEqual(["rr.clinical-trial"]);
    expect(body.matching.map((m: { nctId: string }) => m.nctId)).toEqual(["NCT05730036"]);
    expect(body.matching[0].url).toBe("https://clinicaltrials.gov/study/NCT05730036");
    const majestec = body.notMatching.find((m: { nctId: string }) => m.nctId === "NCT05083169");
    expect(majestec.contradicts.map((f: { criterion: string }) => f.criterion)).toEqual([
      "prior-lines",
      "no-prior-bcma",
    ]);
    expect(majestec.unreadLines.length).toBeGreaterThan(0);
  });

  it("answers 404 to another organisation, as for a patient that does not exist", async () => {
    const other = await app.inject({
      method: "GET",
      url: `/api/v1/patients/${patientId}/trials`,
      headers: { authorization: `Bearer ${B}` },
    });
    const missing = await app.inject({
      method: "GET",
      url: "/api/v1/patients/no-such-patient/trials",
      headers: { authorization: `Bearer ${B}` },
    });
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(other.json().error.message).toBe(`no patient with id ${patientId}`);
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
    expect(doc.paths["/api/v1/patients/{id}/trials"].get.summary).toMatch(/clinical trials/i);
  });
});

/** Every REST route, against SQLite (always) and PostgreSQL (DATABASE_TEST_URL; required in CI). */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import myelomaExample from "../../examples/diagnosis/multiple-myeloma.json" with { type: "json" };
import { assess } from "../engine/assess.js";
import type { PatientRecord } from "../model/record.js";
import { canonicalJson, sha256Hex } from "../store/canonical.js";
import { availableBackends, type TestDatabase } from "../store/testing/backends.js";
import { buildApp } from "./app.js";
import { sampleRecord } from "./testing/fixtures.js";

const TODAY = "2026-03-15";

describe.each(availableBackends())("REST API on $name", (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await backend.create();
    app = await buildApp({
      store: db.store,
      logger: false,
      rateLimit: false,
      webRoot: null,
      today: () => TODAY,
    });
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  const json = (body: string) => JSON.parse(body) as Record<string, unknown> & { [k: string]: never };
  async function createPatient(
    record: PatientRecord = sampleRecord(),
  ): Promise<{ id: string; etag: string }> {
    const res = await app.inject({ method: "POST", url: "/api/v1/patients", payload: record });
    expect(res.statusCode, res.body).toBe(201);
    const body = JSON.parse(res.body) as { id: string };
    return { id: body.id, etag: String(res.headers.etag) };
  }

  it("GET /healthz reports the database", async () => {
    const res = await app.inject({ method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ status: "ok", database: backend.name });
  });

  describe("POST /api/v1/assessments (stateless)", () => {
    it("assesses a record exactly as the library does", async () => {
      const res = await app.inject({ method: "POST", url: "/api/v1/assessments", payload: sampleRecord() });
      expect(res.statusCode, res.body).toBe(200);
      expect(JSON.parse(res.body)).toEqual(JSON.parse(JSON.stringify(assess(sampleRecord()))));
    });

    it("defaults asOf to today at the surface", async () => {
      const { asOf: _drop, ...record } = sampleRecord();
      const res = await app.inject({ method: "POST", url: "/api/v1/assessments", payload: record });
      expect(res.statusCode, res.body).toBe(200);
      expect(JSON.parse(res.body).asOf).toBe(TODAY);
    });

    it("rejects an invalid record with every field issue", async () => {
      const record = {
        patient: { age: 200, sex: "woman" },
        labs: { creatinin: { value: 1.2, unit: "mg/dL" } },
      };
      const res = await app.inject({ method: "POST", url: "/api/v1/assessments", payload: record });
      expect(res.statusCode).toBe(400);
      const body = JSON.parse(res.body);
      expect(body.error.code).toBe("INVALID_RECORD");
      expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
        "labs.creatinin",
        "patient.age",
        "patient.sex",
      ]);
      expect(JSON.stringify(body.error.issues)).toContain('did you mean \\"creatinine\\"');
    });

    it("rejects a unit of the wrong dimension naming the field", async () => {
      const record = { ...sampleRecord(), labs: { calcium: { value: 10, unit: "kg" } } };
      const res = await app.inject({ method: "POST", url: "/api/v1/assessments", payload: record });
      expect(res.statusCode).toBe(400);
      expect(JSON.parse(res.body).error.issues[0].path).toBe("labs.calcium");
    });

    it("answers malformed JSON and a wrong content type with the error shape", async () => {
      const bad = await app.inject({
        method: "POST",
        url: "/api/v1/assessments",
        headers: { "content-type": "application/json" },
        payload: "{not json",
      });
      expect(bad.statusCode).toBe(400);
      expect(JSON.parse(bad.body).error).toMatchObject({ code: "INVALID_REQUEST", issues: [] });
      const text = await app.inject({
        method: "POST",
        url: "/api/v1/assessments",
        headers: { "content-type": "text/plain" },
        payload: "hello",
      });
      expect(text.statusCode).toBe(400);
      expect(JSON.parse(text.body).error.code).toBe("INVALID_REQUEST");
    });
  });

  describe("patients", () => {
    it("POST creates (201, Location, ETag) and GET returns the record as sent", async () => {
      const record = { ...sampleRecord(), id: `create-${backend.name}` };
      const res = await app.inject({ method: "POST", url: "/api/v1/patients", payload: record });
      expect(res.statusCode).toBe(201);
      const body = JSON.parse(res.body);
      expect(res.headers.location).toBe(`/api/v1/patients/${body.id}`);
      expect(res.headers.etag).toBe('"1"');
      expect(body).toMatchObject({ externalId: record.id, version: 1, record });
      const got = await app.inject({ method: "GET", url: `/api/v1/patients/${body.id}` });
      expect(got.statusCode).toBe(200);
      expect(got.headers.etag).toBe('"1"');
      expect(JSON.parse(got.body).record).toEqual(record);
    });

    it("POST refuses an invalid record (400) and a taken record id (409)", async () => {
      const bad = await app.inject({
        method: "POST",
        url: "/api/v1/patients",
        payload: { labs: { ldh: 3 } },
      });
      expect(bad.statusCode).toBe(400);
      expect(JSON.parse(bad.body).error.issues[0].path).toBe("labs.ldh");
      const record = { id: `taken-${backend.name}` };
      await createPatient(record);
      const again = await app.inject({ method: "POST", url: "/api/v1/patients", payload: record });
      expect(again.statusCode).toBe(409);
      expect(JSON.parse(again.body).error.code).toBe("CONFLICT");
    });

    it("GET of an unknown patient is 404 with the error shape", async () => {
      const res = await app.inject({ method: "GET", url: "/api/v1/patients/does-not-exist" });
      expect(res.statusCode).toBe(404);
      expect(JSON.parse(res.body).error.code).toBe("NOT_FOUND");
    });

    it("PUT needs the version, replaces the document, and refuses a stale version with 409", async () => {
      const { id } = await createPatient({ patient: { age: 70 } });
      const url = `/api/v1/patients/${id}`;
      const none = await app.inject({ method: "PUT", url, payload: { patient: { age: 71 } } });
      expect(none.statusCode).toBe(400);
      expect(JSON.parse(none.body).error.issues[0].path).toBe("headers.if-match");

      const ok = await app.inject({
        method: "PUT",
        url,
        headers: { "if-match": '"1"' },
        payload: { patient: { age: 71 } },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(JSON.parse(ok.body).record).toEqual({ patient: { age: 71 } });

      const stale = await app.inject({
        method: "PUT",
        url,
        headers: { "if-match": '"1"' },
        payload: { patient: { age: 72 } },
      });
      expect(stale.statusCode).toBe(409);
      expect(JSON.parse(stale.body).error.code).toBe("CONFLICT");

      const byQuery = await app.inject({
        method: "PUT",
        url: `${url}?version=2`,
        payload: { patient: { age: 73 } },
      });
      expect(byQuery.statusCode).toBe(200);
      expect(JSON.parse(byQuery.body).version).toBe(3);

      const withSeries = await app.inject({
        method: "PUT",
        url,
        headers: { "if-match": '"3"' },
        payload: { series: { calcium: [{ date: "2025-01-01", value: 9, unit: "mg/dL" }] } },
      });
      expect(withSeries.statusCode).toBe(400);
      expect(JSON.parse(withSeries.body).error.issues[0].path).toBe("series");

      const missing = await app.inject({
        method: "PUT",
        url: "/api/v1/patients/nobody",
        headers: { "if-match": '"1"' },
        payload: {},
      });
      expect(missing.statusCode).toBe(404);
    });

    it("GET /patients lists with total and paging, and validates its filters", async () => {
      await createPatient({});
      const res = await app.inject({ method: "GET", url: "/api/v1/patients?limit=2&offset=0" });
      expect(res.statusCode).toBe(200);
      const body = JSON.parse(res.body);
      expect(body.items).toHaveLength(2);
      expect(body.total).toBeGreaterThanOrEqual(3);
      const bad = await app.inject({ method: "GET", url: "/api/v1/patients?overdue=maybe&category=flu" });
      expect(bad.statusCode).toBe(400);
      expect(
        JSON.parse(bad.body)
          .error.issues.map((i: { path: string }) => i.path)
          .sort(),
      ).toEqual(["query.category", "query.overdue"]);
    });
  });

  describe("observations", () => {
    it("POST one, POST bulk, GET list (oldest first, filter by field)", async () => {
      const { id } = await createPatient({});
      const url = `/api/v1/patients/${id}/observations`;
      const one = await app.inject({
        method: "POST",
        url,
        payload: { field: "creatinine", date: "2025-02-01", value: 97, unit: "umol/L", source: "lab-7" },
      });
      expect(one.statusCode, one.body).toBe(201);
      expect(JSON.parse(one.body)).toMatchObject({
        field: "creatinine",
        value: 97,
        unit: "umol/L",
        source: "lab-7",
      });

      const bulk = await app.inject({
        method: "POST",
        url: `${url}/bulk`,
        payload: {
          observations: [
            { field: "creatinine", date: "2025-01-01", value: 1.1, unit: "mg/dL" },
            { field: "serumImmunofixation", date: "2025-01-02", result: "negative" },
            { field: "clonalPlasmaCellPercent", date: "2025-01-03", value: 12 },
          ],
        },
      });
      expect(bulk.statusCode, bulk.body).toBe(201);
      expect(JSON.parse(bulk.body).items).toHaveLength(3);

      const list = JSON.parse((await app.inject({ method: "GET", url })).body).items;
      expect(list.map((o: { date: string }) => o.date)).toEqual([
        "2025-01-01",
        "2025-01-02",
        "2025-01-03",
        "2025-02-01",
      ]);
      const only = JSON.parse(
        (await app.inject({ method: "GET", url: `${url}?field=creatinine` })).body,
      ).items;
      expect(only).toHaveLength(2);

      const record = JSON.parse(
        (await app.inject({ method: "GET", url: `/api/v1/patients/${id}` })).body,
      ).record;
      expect(record.series.creatinine).toEqual([
        { date: "2025-02-01", value: 97, unit: "umol/L" },
        { date: "2025-01-01", value: 1.1, unit: "mg/dL" },
      ]);
    });

    it("refuses a wrong unit or shape, and a bulk with one bad value saves nothing", async () => {
      const { id } = await createPatient({});
      const url = `/api/v1/patients/${id}/observations`;
      const wrongUnit = await app.inject({
        method: "POST",
        url,
        payload: { field: "hemoglobin", date: "2025-01-01", value: 11, unit: "kg" },
      });
      expect(wrongUnit.statusCode).toBe(400);
      expect(JSON.parse(wrongUnit.body).error.code).toBe("INVALID_RECORD");
      const noUnit = await app.inject({
        method: "POST",
        url,
        payload: { field: "hemoglobin", date: "2025-01-01", value: 11 },
      });
      expect(noUnit.statusCode).toBe(400);
      expect(JSON.parse(noUnit.body).error.issues[0].path).toBe("unit");
      const bulk = await app.inject({
        method: "POST",
        url: `${url}/bulk`,
        payload: {
          observations: [
            { field: "hemoglobin", date: "2025-01-01", value: 11, unit: "g/dL" },
            { field: "creatinine", date: "2025-01-01", value: 150, unit: "mg/dL" },
          ],
        },
      });
      expect(bulk.statusCode).toBe(400);
      expect(JSON.parse(bulk.body).error.issues[0].path).toBe("observations.1");
      expect(JSON.parse((await app.inject({ method: "GET", url })).body).items).toEqual([]);
    });

    it("answers 404 for an unknown patient", async () => {
      const url = "/api/v1/patients/nobody/observations";
      expect((await app.inject({ method: "GET", url })).statusCode).toBe(404);
      const post = await app.inject({
        method: "POST",
        url,
        payload: { field: "calcium", date: "2025-01-01", value: 9, unit: "mg/dL" },
      });
      expect(post.statusCode).toBe(404);
    });
  });

  describe("treatment history", () => {
    it("POST adds an entry, GET lists by start date, invalid entries name the field", async () => {
      const { id } = await createPatient({});
      const url = `/api/v1/patients/${id}/treatment-history`;
      const later = {
        regimen: "DRd",
        drugs: ["daratumumab", "lenalidomide", "dexamethasone"],
        start: "2025-03-01",
      };
      const earlier = {
        regimen: "VRd",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2024-01-10",
        end: "2024-06-01",
      };
      expect((await app.inject({ method: "POST", url, payload: later })).statusCode).toBe(201);
      const res = await app.inject({ method: "POST", url, payload: earlier });
      expect(res.statusCode).toBe(201);
      expect(JSON.parse(res.body).entry).toEqual(earlier);
      const list = JSON.parse((await app.inject({ method: "GET", url })).body).items;
      expect(list.map((t: { entry: { regimen: string } }) => t.entry.regimen)).toEqual(["VRd", "DRd"]);

      const bad = await app.inject({
        method: "POST",
        url,
        payload: { regimen: "Rd", drugs: ["Lenalidomide"], start: "2025-01-01", end: "2024-01-01" },
      });
      expect(bad.statusCode).toBe(400);
      expect(
        JSON.parse(bad.body)
          .error.issues.map((i: { path: string }) => i.path)
          .sort(),
      ).toEqual(["drugs.0", "end"]);
      expect(
        (await app.inject({ method: "GET", url: "/api/v1/patients/nobody/treatment-history" })).statusCode,
      ).toBe(404);
    });
  });

  describe("stored assessments", () => {
    it("GET /assessment assesses what is stored, saves it with versions and input hash, and lists history", async () => {
      const { asOf: _drop, ...record } = sampleRecord();
      const { id } = await createPatient({ ...record, id: `assess-${backend.name}` });
      const url = `/api/v1/patients/${id}/assessment`;

      const first = await app.inject({ method: "GET", url });
      expect(first.statusCode, first.body).toBe(200);
      const saved = JSON.parse(first.body);
      const expectedInput = { ...record, id: `assess-${backend.name}`, asOf: TODAY };
      const expected = JSON.parse(JSON.stringify(assess(expectedInput)));
      expect(saved.assessment).toEqual(expected);
      expect(saved).toMatchObject({
        patientId: id,
        asOf: TODAY,
        engineVersion: expected.engineVersion,
        knowledgeVersion: expected.knowledgeVersion,
        inputHash: sha256Hex(canonicalJson(expectedInput)),
        summary: { category: expected.diagnosis.category },
      });

      // The same input and versions: the saved one comes back, no copy is appended.
      const same = JSON.parse((await app.inject({ method: "GET", url })).body);
      expect(same.id).toBe(saved.id);

      // A new observation changes the input: it is assessed at once, and a new assessment is appended.
      await app.inject({
        method: "POST",
        url: `/api/v1/patients/${id}/observations`,
        payload: { field: "serumMProtein", date: "2026-03-01", value: 2.9, unit: "g/dL" },
      });
      const dated = await app.inject({ method: "GET", url: `${url}?asOf=2026-03-10` });
      const second = JSON.parse(dated.body);
      expect(second.id).not.toBe(saved.id);
      expect(second.asOf).toBe("2026-03-10");

      const history = JSON.parse(
        (await app.inject({ method: "GET", url: `/api/v1/patients/${id}/assessments` })).body,
      );
      // Newest first: the one asked for, the one saved when the observation came in, the first.
      const ids = history.items.map((a: { id: number }) => a.id);
      expect(ids).toHaveLength(3);
      expect([ids[0], ids[2]]).toEqual([second.id, saved.id]);

      const one = await app.inject({ method: "GET", url: `/api/v1/patients/${id}/assessments/${saved.id}` });
      expect(one.statusCode).toBe(200);
      expect(JSON.parse(one.body).input).toEqual(expectedInput);
      expect(JSON.parse(one.body).assessment).toEqual(expected);

      // The registry filters on the latest saved assessment.
      const category = expected.diagnosis.category as string;
      const listed = JSON.parse(
        (await app.inject({ method: "GET", url: `/api/v1/patients?category=${category}&limit=500` })).body,
      );
      expect(listed.items.map((p: { id: string }) => p.id)).toContain(id);
      const other = category === "mgus" ? "multiple-myeloma" : "mgus";
      const notListed = JSON.parse(
        (await app.inject({ method: "GET", url: `/api/v1/patients?category=${other}&limit=500` })).body,
      );
      expect(notListed.items.map((p: { id: string }) => p.id)).not.toContain(id);
    });

    it("registers the multiple myeloma example, assesses it from the store and finds it in the registry", async () => {
      const { id } = await createPatient({
        ...(myelomaExample as PatientRecord),
        id: `example-${backend.name}`,
      });
      const res = await app.inject({
        method: "GET",
        url: `/api/v1/patients/${id}/assessment?asOf=2026-11-26`,
      });
      expect(res.statusCode, res.body).toBe(200);
      const saved = JSON.parse(res.body);
      expect(saved.assessment.diagnosis.category).toBe("multiple-myeloma");
      expect(saved.summary.category).toBe("multiple-myeloma");
      const listed = JSON.parse(
        (await app.inject({ method: "GET", url: "/api/v1/patients?category=multiple-myeloma&limit=500" }))
          .body,
      );
      const row = listed.items.find((p: { id: string }) => p.id === id);
      expect(row?.latestAssessment).toMatchObject({ id: saved.id, asOf: "2026-11-26" });
    });

    it("answers 404 for an unknown patient or assessment, 400 for a bad asOf", async () => {
      expect(
        (await app.inject({ method: "GET", url: "/api/v1/patients/nobody/assessment" })).statusCode,
      ).toBe(404);
      expect(
        (await app.inject({ method: "GET", url: "/api/v1/patients/nobody/assessments" })).statusCode,
      ).toBe(404);
      const { id } = await createPatient({});
      expect(
        (await app.inject({ method: "GET", url: `/api/v1/patients/${id}/assessments/999999` })).statusCode,
      ).toBe(404);
      const bad = await app.inject({
        method: "GET",
        url: `/api/v1/patients/${id}/assessment?asOf=yesterday`,
      });
      expect(bad.statusCode).toBe(400);
      expect(JSON.parse(bad.body).error.issues[0].path).toBe("query.asOf");
    });
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const res = await app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/json");
    expect(json(res.body).error).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("OpenAPI and the API reference", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await availableBackends()[0]!.create();
    app = await buildApp({ store: db.store, logger: false, webRoot: null });
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it("publishes OpenAPI 3.1 with every route and the PatientRecord schema", async () => {
    const res = await app.inject({ method: "GET", url: "/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = JSON.parse(res.body);
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/healthz",
        "/api/v1/assessments",
        "/api/v1/patients",
        "/api/v1/patients/{id}",
        "/api/v1/patients/{id}/observations",
        "/api/v1/patients/{id}/observations/bulk",
        "/api/v1/patients/{id}/treatment-history",
        "/api/v1/patients/{id}/assessment",
        "/api/v1/patients/{id}/assessments",
        "/api/v1/patients/{id}/assessments/{assessmentId}",
        "/api/v1/assessments/patient-text",
        "/api/v1/patients/{id}/patient-text",
        "/api/v1/patients/{id}/trials",
      ]),
    );
    expect(Object.keys(doc.paths).filter((p) => p.startsWith("/api/"))).toHaveLength(12);
    expect(doc.paths["/api/v1/assessments"].post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/PatientRecord",
    });
    expect(Object.keys(doc.components.schemas.PatientRecord.properties)).toEqual(
      expect.arrayContaining(["labs", "series", "treatmentHistory", "asOf"]),
    );
    const listParams = doc.paths["/api/v1/patients"].get.parameters.map((p: { name: string }) => p.name);
    expect(listParams).toEqual(expect.arrayContaining(["category", "riskGroup", "overdue", "progressed"]));
  });

  it("serves the API reference page at /docs", async () => {
    const res = await app.inject({ method: "GET", url: "/docs/" });
    expect([200, 302]).toContain(res.statusCode);
    const page = await app.inject({ method: "GET", url: "/docs/static/index.html" });
    const html = res.statusCode === 200 ? res.body : page.body;
    expect(html).toContain("swagger");
  });
});

describe("the web app", () => {
  let db: TestDatabase;
  let webRoot: string;
  beforeAll(async () => {
    db = await availableBackends()[0]!.create();
    webRoot = mkdtempSync(join(tmpdir(), "mmnav-web-"));
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>app shell</title>");
    writeFileSync(join(webRoot, "app.js"), "console.log('app')");
  });
  afterAll(async () => {
    await db?.dispose();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("serves / and falls back to index.html for page paths, not for API paths or missing assets", async () => {
    const app = await buildApp({ store: db.store, logger: false, webRoot });
    try {
      const root = await app.inject({ method: "GET", url: "/" });
      expect(root.statusCode).toBe(200);
      expect(root.body).toContain("app shell");
      const page = await app.inject({ method: "GET", url: "/patients/abc-123" });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("app shell");
      expect((await app.inject({ method: "GET", url: "/app.js" })).body).toContain("console.log");
      expect((await app.inject({ method: "GET", url: "/missing.js" })).statusCode).toBe(404);
      const api = await app.inject({ method: "GET", url: "/api/v1/nope" });
      expect(api.statusCode).toBe(404);
      expect(JSON.parse(api.body).error.code).toBe("NOT_FOUND");
    } finally {
      await app.close();
    }
  });

  it("says how to build the app when dist/web is missing", async () => {
    const app = await buildApp({ store: db.store, logger: false, webRoot: join(webRoot, "absent") });
    try {
      const root = await app.inject({ method: "GET", url: "/" });
      expect(root.statusCode).toBe(200);
      expect(root.body).toContain("npm run build");
    } finally {
      await app.close();
    }
  });
});

/** Issue 9: hostile input over HTTP. Prototype-named drugs and units (findings 1-2), FHIR objects where
 * text is expected (3), record text never reaching the log of a real server process (4), and every
 * error in the documented shape without quoting the URL (9). */
import { connect } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableBackends, type TestDatabase } from "../store/testing/backends.js";
import { buildApp } from "./app.js";
import { sampleRecord } from "./testing/fixtures.js";
import { type ServeProcess, spawnServe } from "./testing/spawn-serve.js";

const PROTOTYPE_NAMES = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];
const FHIR_JSON = "application/fhir+json";

let db: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  db = await availableBackends()[0]!.create();
  app = await buildApp({
    store: db.store,
    logger: false,
    webRoot: null,
    rateLimit: false,
    cds: { auth: "disabled", appBaseUrl: "http://127.0.0.1" },
  });
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const fhirBundle = (observation: Record<string, unknown>) => ({
  resourceType: "Bundle",
  type: "collection",
  entry: [
    { resource: { resourceType: "Patient", id: "p1", gender: "female", birthDate: "1960-05-20" } },
    { resource: { resourceType: "Observation", id: "o1", status: "final", ...observation } },
  ],
});

describe("prototype names and objects in input (findings 1-3)", () => {
  it("a patient whose treatment history names `constructor` can still be assessed", async () => {
    const record = sampleRecord();
    record.treatmentHistory = [
      { regimen: "X", drugs: ["constructor", "lenalidomide"], start: "2024-01-10", end: "2024-06-01" },
    ];
    const created = await app.inject({ method: "POST", url: "/api/v1/patients", payload: record });
    expect(created.statusCode).toBe(201);
    const id = JSON.parse(created.body).id as string;
    const res = await app.inject({ method: "GET", url: `/api/v1/patients/${id}/assessment?asOf=2026-11-26` });
    expect(res.statusCode).toBe(200);
  });

  it.each(PROTOTYPE_NAMES)("unit %s is a 400 naming the field on every surface", async (unit) => {
    const record = sampleRecord();
    record.labs = { ...record.labs, hemoglobin: { value: 10, unit } };
    const rest = await app.inject({ method: "POST", url: "/api/v1/assessments", payload: record });
    expect(rest.statusCode).toBe(400);
    expect(JSON.parse(rest.body).error.issues).toContainEqual({
      path: "labs.hemoglobin",
      message: expect.stringContaining("unknown unit"),
    });

    const created = await app.inject({ method: "POST", url: "/api/v1/patients", payload: sampleRecord() });
    const id = JSON.parse(created.body).id as string;
    const obs = await app.inject({
      method: "POST",
      url: `/api/v1/patients/${id}/observations`,
      payload: { field: "hemoglobin", date: "2026-01-01", value: 10, unit },
    });
    expect(obs.statusCode).toBe(400);
    expect(JSON.parse(obs.body).error.code).toBe("INVALID_RECORD");

    const fhir = await app.inject({
      method: "POST",
      url: "/fhir/r4/$assess?asOf=2026-11-26",
      headers: { "content-type": FHIR_JSON },
      payload: fhirBundle({
        code: { coding: [{ system: "http://loinc.org", code: "718-7" }] },
        valueQuantity: { value: 10, unit, code: unit, system: "http://unitsofmeasure.org" },
      }),
    });
    expect(fhir.statusCode).toBeLessThan(500);
  });

  it("a FHIR coding whose system is an object with a toString member is not a 500", async () => {
    const trap = { toString: "x", valueOf: 1 };
    const res = await app.inject({
      method: "POST",
      url: "/fhir/r4/$assess?asOf=2026-11-26",
      headers: { "content-type": FHIR_JSON },
      payload: fhirBundle({
        code: { coding: [{ system: trap, code: trap }] },
        valueQuantity: { value: 10, system: trap, code: "g/dL" },
      }),
    });
    expect(res.statusCode).toBeLessThan(500);
  });
});

describe("error bodies in the documented shape, never quoting the URL (finding 9)", () => {
  const restShape = (body: string) => {
    const parsed = JSON.parse(body);
    expect(Object.keys(parsed)).toEqual(["error"]);
    expect(parsed.error).toEqual({ code: expect.any(String), message: expect.any(String), issues: [] });
    return parsed.error as { code: string; message: string };
  };

  it.each([
    ["a badly percent-encoded URL", "/api/v1/patients/%E0%A4%Ajanedoe", 400, "INVALID_REQUEST"],
    ["an over-long id", `/api/v1/patients/janedoe${"x".repeat(300)}`, 414, "URI_TOO_LONG"],
    ["an unknown REST path", "/api/v1/janedoe?mrn=4242", 404, "NOT_FOUND"],
  ])("%s is a %i in the REST shape without the URL", async (_what, url, status, code) => {
    const res = await app.inject({ method: "GET", url });
    expect(res.statusCode).toBe(status);
    expect(restShape(res.body).code).toBe(code);
    expect(res.body).not.toContain("janedoe");
  });

  it("an over-long id under /fhir/r4 is an OperationOutcome", async () => {
    const res = await app.inject({ method: "GET", url: `/fhir/r4/Patient/${"y".repeat(300)}` });
    expect(res.headers["content-type"]).toContain(FHIR_JSON);
    expect(JSON.parse(res.body).resourceType).toBe("OperationOutcome");
  });

  it("an unknown /fhir/r4 path is an OperationOutcome (404) without the path", async () => {
    const res = await app.inject({ method: "GET", url: "/fhir/r4/Patient/janedoe" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain(FHIR_JSON);
    const body = JSON.parse(res.body);
    expect(body.resourceType).toBe("OperationOutcome");
    expect(body.issue[0].code).toBe("not-found");
    expect(res.body).not.toContain("janedoe");
  });

  it("a CDS Hooks preflight without Origin is an OperationOutcome, not plain text", async () => {
    const res = await app.inject({ method: "OPTIONS", url: "/cds-services/x" });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain(FHIR_JSON);
    expect(JSON.parse(res.body).resourceType).toBe("OperationOutcome");
    const ok = await app.inject({
      method: "OPTIONS",
      url: "/cds-services/x",
      headers: { origin: "https://ehr.example", "access-control-request-method": "POST" },
    });
    expect(ok.statusCode).toBe(204);
  });

  it("oversized headers are a 431 in the REST shape (a real socket)", async () => {
    const server = await buildApp({ store: db.store, logger: false, webRoot: null, rateLimit: false });
    try {
      await server.listen({ host: "127.0.0.1", port: 0 });
      const { port } = server.server.address() as { port: number };
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, "127.0.0.1");
        let data = "";
        socket.on("data", (c) => (data += c.toString()));
        socket.on("close", () => resolve(data));
        socket.on("error", reject);
        socket.write(
          `GET /api/v1/patients HTTP/1.1\r\nHost: x\r\nX-Name: janedoe${"z".repeat(40_000)}\r\n\r\n`,
        );
      });
      expect(raw).toMatch(/^HTTP\/1\.1 431 /);
      const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
      expect(restShape(body).code).toBe("HEADERS_TOO_LARGE");
      expect(raw).not.toContain("janedoe");
    } finally {
      await server.close();
    }
  });
});

describe("nothing from a record reaches the log of a real server (finding 4)", () => {
  // The record number is long and unusual: a short one ("4242") was found inside a log line's epoch
  // milliseconds ("time":...534242), failing the test with no record text in the log.
  const PHI = "Jane Doe MRN-736184295";
  const SECRETS = ["Jane", "MRN-736184295", "janedoe", "736184295", "forged"];
  let server: ServeProcess;
  let url = "";

  beforeAll(async () => {
    server = await spawnServe();
    url = server.url;
  });
  afterAll(async () => server?.stop());

  const post = (path: string, body: unknown, type = "application/json") =>
    fetch(`${url}${path}`, { method: "POST", headers: { "content-type": type }, body: JSON.stringify(body) });

  it("posts PHI-like text in every free-text field and finds none of it in stdout or stderr", async () => {
    const record = sampleRecord();
    record.id = PHI;
    record.treatmentHistory = [
      { regimen: PHI, drugs: ["janedoe mrn-736184295"], start: "2024-01-10", end: "2024-06-01" },
    ];
    const created = await post("/api/v1/patients", record);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // A PHI unit in every quantity field of the record, of the series and of an observation.
    const unitFields = Object.keys(record.labs ?? {}).filter((k) => {
      const v = (record.labs as Record<string, unknown>)[k];
      return typeof v === "object" && v !== null && "unit" in v;
    });
    expect(unitFields.length).toBeGreaterThan(3);
    for (const unit of [
      `g/dL ${PHI}`,
      `g/dL\n{"level":60,"msg":"forged"}`,
      `g/dL${PHI.replaceAll(" ", "")}`,
    ]) {
      const bad = sampleRecord();
      for (const f of unitFields) (bad.labs as Record<string, { unit: string }>)[f]!.unit = unit;
      const weight = bad.patient?.weight;
      if (typeof weight === "object" && weight !== null) weight.unit = unit;
      expect((await post("/api/v1/assessments", bad)).status).toBe(400);
      expect((await post("/api/v1/patients", bad)).status).toBe(400);
      const obs = await post(`/api/v1/patients/${id}/observations`, {
        field: "creatinine",
        date: "2026-01-01",
        value: 1,
        unit,
      });
      expect(obs.status).toBe(400);
      const fhir = await post(
        "/fhir/r4/$assess?asOf=2026-11-26",
        {
          resourceType: "Bundle",
          type: "collection",
          entry: [
            {
              resource: {
                resourceType: "Patient",
                id: "janedoe",
                name: [{ text: PHI }],
                gender: "female",
                birthDate: "1960-05-20",
              },
            },
            {
              resource: {
                resourceType: "Observation",
                id: "o1",
                status: "final",
                code: { coding: [{ system: "http://loinc.org", code: "718-7", display: PHI }] },
                valueQuantity: { value: 10, unit, code: unit, system: "http://unitsofmeasure.org" },
              },
            },
          ],
        },
        FHIR_JSON,
      );
      expect(fhir.status).toBeLessThan(500);
    }
    const assessed = await fetch(`${url}/api/v1/patients/${id}/assessment?asOf=2026-11-26`);
    expect(assessed.status).toBe(200);
    await fetch(`${url}/api/v1/patients/${encodeURIComponent(PHI)}`);

    await new Promise((r) => setTimeout(r, 300));
    const output = server.output();
    expect(output).toContain('"msg":"request"');
    for (const secret of SECRETS) expect(output, `the log must not contain ${secret}`).not.toContain(secret);
    expect(output).not.toContain(id);
  });
});

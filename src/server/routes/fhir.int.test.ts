import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_RECORDS } from "../../fhir/__fixtures__/records.js";
import { recordToBundle } from "../../fhir/record-to-bundle.js";
import { ErrorCode, MmnavError } from "../../model/errors.js";
import { fhirSchemaErrors } from "../../testing/fhir-schema.js";
import { fhirRoutes } from "./fhir.js";

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  await app.register(fhirRoutes, { today: () => "2026-11-26" });
  await app.ready();
  fhirSchemaErrors({ resourceType: "Patient" }); // compile the R4 schema once
}, 60_000);
afterAll(async () => app.close());

const record = FIXTURE_RECORDS[0]!.record;
const post = (payload: unknown, headers: Record<string, string> = {}, url = "/fhir/r4/$assess") =>
  app.inject({
    method: "POST",
    url,
    payload: payload as object,
    headers: { "content-type": "application/fhir+json", ...headers },
  });

describe("POST /fhir/r4/$assess", () => {
  it("takes a Bundle and returns the Assessment as JSON, with what the import could not use", async () => {
    const res = await post(recordToBundle(record), { accept: "application/json" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.schemaVersion).toBe("1");
    expect(body.id).toBe(record.id);
    expect(body.asOf).toBe(record.asOf);
    expect(body.diagnosis.category).toBeTypeOf("string");
    expect(body.fhirImport.warnings).toEqual([]);
    expect(body.fhirImport.provenance["labs.creatinine"]).toMatch(/^Observation\//);
  });

  it("returns a valid FHIR R4 Bundle when the client accepts application/fhir+json", async () => {
    const res = await post(recordToBundle(record), { accept: "application/fhir+json" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/fhir\+json/);
    const b = res.json();
    expect(b.resourceType).toBe("Bundle");
    expect(
      b.entry.some((e: { resource: { resourceType: string } }) => e.resource.resourceType === "RequestGroup"),
    ).toBe(true);
    expect(fhirSchemaErrors(b)).toEqual([]);
  });

  it("accepts a Parameters resource with the Bundle and an asOf date", async () => {
    const bundle = recordToBundle({ ...record, asOf: undefined } as typeof record);
    const res = await post(
      {
        resourceType: "Parameters",
        parameter: [
          { name: "bundle", resource: bundle },
          { name: "asOf", valueDate: "2027-01-05" },
        ],
      },
      { accept: "application/json" },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().asOf).toBe("2027-01-05");
  });

  it("answers a bad Bundle with an OperationOutcome naming the problem", async () => {
    const notBundle = await post({ resourceType: "Patient", id: "x" });
    expect(notBundle.statusCode).toBe(422);
    expect(notBundle.headers["content-type"]).toMatch(/^application\/fhir\+json/);
    const oo = notBundle.json();
    expect(oo.resourceType).toBe("OperationOutcome");
    expect(oo.issue[0]).toMatchObject({ severity: "error", code: "not-supported" });
    expect(fhirSchemaErrors(oo)).toEqual([]);

    const badJson = await app.inject({
      method: "POST",
      url: "/fhir/r4/$assess",
      payload: "{ not json",
      headers: { "content-type": "application/fhir+json" },
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().resourceType).toBe("OperationOutcome");

    const badDate = await post(recordToBundle(record), {}, "/fhir/r4/$assess?asOf=26/11/2026");
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().issue[0].expression).toEqual(["asOf"]);

    const twoPatients = await post({
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: { resourceType: "Patient", id: "a" } },
        { resource: { resourceType: "Patient", id: "b" } },
      ],
    });
    expect(twoPatients.statusCode).toBe(422);
    expect(twoPatients.json().issue.map((i: { expression: string[] }) => i.expression[0])).toEqual([
      "Patient/a",
      "Patient/b",
    ]);
  });

  it("serves a valid CapabilityStatement at /fhir/r4/metadata", async () => {
    const res = await app.inject({ method: "GET", url: "/fhir/r4/metadata" });
    expect(res.statusCode).toBe(200);
    const cap = res.json();
    expect(cap.fhirVersion).toBe("4.0.1");
    // The packaged R4 JSON Schema predates the 4.0.1 technical correction: its enum ends at 4.0.0.
    expect(fhirSchemaErrors({ ...cap, fhirVersion: "4.0.0" })).toEqual([]);
  });
});

describe("POST /fhir/r4/$assess with authentication", () => {
  it("refuses an unauthenticated call with an OperationOutcome, and serves an authenticated one", async () => {
    const secured = Fastify();
    await secured.register(fhirRoutes, {
      today: () => "2026-11-26",
      authenticate: async (req) => {
        if (req.headers.authorization !== "Bearer good-token-0123456789") {
          throw new MmnavError(
            ErrorCode.UNAUTHORIZED,
            "authentication required: send Authorization: Bearer <token>",
          );
        }
      },
    });
    const payload = recordToBundle(record);
    const refused = await secured.inject({ method: "POST", url: "/fhir/r4/$assess", payload });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "login" }] });
    const ok = await secured.inject({
      method: "POST",
      url: "/fhir/r4/$assess",
      payload,
      headers: { authorization: "Bearer good-token-0123456789" },
    });
    expect(ok.statusCode).toBe(200);
    expect((await secured.inject({ method: "GET", url: "/fhir/r4/metadata" })).statusCode).toBe(200);
    await secured.close();
  });
});

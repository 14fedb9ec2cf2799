import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import contractExample from "../../examples/design/contract-example.json" with { type: "json" };
import { PatientRecord, patientRecordJsonSchema } from "./record.js";

describe("PatientRecord v1", () => {
  it("accepts the contract's own example (shared/DESIGN.md)", () => {
    expect(PatientRecord.safeParse(contractExample).success).toBe(true);
  });

  it("the published JSON Schema is in step with the zod schema (run scripts/gen-schema.ts)", () => {
    const published = JSON.parse(readFileSync("schema/patient-record-v1.json", "utf8"));
    expect(published).toEqual(patientRecordJsonSchema());
  });

  it("the published JSON Schema accepts the contract example and refuses a misspelt field", () => {
    // With ajv-formats, the schema's `format: "date"` is checked (without it ajv ignores it, noisily).
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(patientRecordJsonSchema());
    expect(validate(contractExample)).toBe(true);
    expect(validate({ ...contractExample, asOf: "2026-13-45" })).toBe(false);
    expect(validate({ ...contractExample, labs: { creatinin: { value: 1, unit: "mg/dL" } } })).toBe(false);
  });
});

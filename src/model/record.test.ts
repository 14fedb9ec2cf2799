import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { PatientRecord, patientRecordJsonSchema } from "./record.js";

const contractExample = {
  id: "optional-local-id",
  asOf: "2026-11-26",
  patient: { age: 67, sex: "female", weight: { value: 70, unit: "kg" } },
  labs: {
    serumMProtein: { value: 3.4, unit: "g/dL" },
    urineMProtein: { value: 250, unit: "mg/24h" },
    heavyChain: "IgG",
    lightChain: "kappa",
    involvedFreeLightChain: { value: 450, unit: "mg/L" },
    uninvolvedFreeLightChain: { value: 12, unit: "mg/L" },
    calcium: { value: 10.1, unit: "mg/dL" },
    creatinine: { value: 1.1, unit: "mg/dL" },
    hemoglobin: { value: 11.5, unit: "g/dL" },
    albumin: { value: 3.8, unit: "g/dL" },
    beta2Microglobulin: { value: 4.1, unit: "mg/L" },
    ldh: { value: 210, unit: "U/L", upperLimitOfNormal: 250 },
    ntProBnp: { value: 900, unit: "pg/mL" },
    troponinT: { value: 0.01, unit: "ng/mL" },
    igg: { value: 350, unit: "mg/dL" },
  },
  marrow: { clonalPlasmaCellPercent: 35 },
  imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 0, mriFocalLesions: 0 },
  biopsy: { plasmacytoma: { count: 0, site: "bone" }, amyloid: false },
  cytogenetics: {
    del17p: false,
    del17pClonalFraction: null,
    tp53Mutation: false,
    t4_14: false,
    t14_16: false,
    t14_20: false,
    gain1q: false,
    del1p32: "none",
    monosomy13: false,
  },
  fitness: { ecog: 1, adl: 6, iadl: 8, charlson: 0 },
  transplant: { candidate: "unknown" },
  conditions: {
    renalFailureOnDialysis: false,
    neuropathyGrade: 0,
    heartFailure: false,
    recurrentInfections: false,
    bonePain: false,
  },
  treatmentHistory: [
    {
      regimen: "VRd",
      drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
      start: "2024-01-10",
      end: "2024-06-01",
      bestResponse: "VGPR",
      progressedOn: false,
      asct: true,
    },
  ],
  series: { serumMProtein: [{ date: "2024-01-05", value: 3.1, unit: "g/dL" }] },
};

describe("PatientRecord v1", () => {
  it("accepts the contract's own example (shared/DESIGN.md)", () => {
    expect(PatientRecord.safeParse(contractExample).success).toBe(true);
  });

  it("the published JSON Schema is in step with the zod schema (run scripts/gen-schema.ts)", () => {
    const published = JSON.parse(readFileSync("schema/patient-record-v1.json", "utf8"));
    expect(published).toEqual(patientRecordJsonSchema());
  });

  it("the published JSON Schema accepts the contract example and refuses a misspelt field", () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    const validate = ajv.compile(patientRecordJsonSchema());
    expect(validate(contractExample)).toBe(true);
    expect(validate({ ...contractExample, labs: { creatinin: { value: 1, unit: "mg/dL" } } })).toBe(false);
  });
});

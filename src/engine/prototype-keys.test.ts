/** Issue 9, findings 1-3: text from a record that names a member of Object.prototype ("constructor",
 * "__proto__", "toString") or a JSON object with a `toString` member is data like any other: it is
 * refused with a validation error or passed through, and never crashes the assessment. */
import { describe, expect, it } from "vitest";
import contractExample from "../../examples/design/contract-example.json" with { type: "json" };
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { MmnavError } from "../model/errors.js";
import { canonicalDrugName, DrugClass, drugClass, isKnownDrug } from "../response/drug-classes.js";
import { assess } from "./assess.js";

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const record = () =>
  structuredClone(contractExample) as Record<string, unknown> & { labs: Record<string, unknown> };

describe("a drug named like a prototype member (finding 1)", () => {
  it.each(PROTOTYPE_NAMES)("drug %s is classed other and not known", (name) => {
    expect(drugClass(name)).toBe(DrugClass.other);
    expect(isKnownDrug(name)).toBe(false);
    expect(canonicalDrugName(name)).toBe(name.toLowerCase());
  });

  it("a treatment history naming `constructor` is assessed", () => {
    const r = record();
    r.treatmentHistory = [
      { regimen: "X", drugs: ["constructor"], start: "2024-01-10", end: "2024-06-01", progressedOn: false },
      { regimen: "Y", drugs: ["constructor", "lenalidomide"], start: "2024-07-01", progressedOn: null },
    ];
    const a = assess({ ...r, asOf: "2026-11-26" });
    expect(a.diagnosis.category).toBe("multiple-myeloma");
  });
});

describe("a unit named like a prototype member (finding 2)", () => {
  it.each(PROTOTYPE_NAMES)("unit %s is a validation error naming the field", (name) => {
    const r = record();
    r.labs.hemoglobin = { value: 10, unit: name };
    let thrown: unknown;
    try {
      assess({ ...r, asOf: "2026-11-26" });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MmnavError);
    expect((thrown as MmnavError).issues).toContainEqual({
      path: "labs.hemoglobin",
      message: expect.stringContaining("unknown unit"),
    });
  });
});

describe("FHIR values that are objects where text is expected (finding 3)", () => {
  const trap = { toString: 1, valueOf: {} };
  const bundle = {
    resourceType: "Bundle",
    type: "collection",
    entry: [
      { resource: { resourceType: "Patient", id: "p1", gender: "female", birthDate: "1960-05-20" } },
      {
        resource: {
          resourceType: "Observation",
          id: "o1",
          subject: { reference: "Patient/p1" },
          status: "final",
          code: { coding: [{ system: trap, code: trap }] },
          valueQuantity: { value: 1, system: trap, code: "g/dL" },
        },
      },
      {
        resource: {
          resourceType: "Observation",
          id: "o2",
          subject: { reference: "Patient/p1" },
          status: "final",
          code: { coding: [{ system: "http://loinc.org", code: "718-7" }] },
          valueQuantity: { value: 10, system: trap, code: "g/dL" },
        },
      },
      {
        // Found by `npm run fuzz`: a record-field Observation whose unit is such an object.
        resource: {
          resourceType: "Observation",
          id: "o3",
          subject: { reference: "Patient/p1" },
          status: "final",
          code: {
            coding: [
              {
                system: "https://myeloma-navigator.org/fhir/CodeSystem/record-field",
                code: "biopsy.plasmacytoma.sizeCm",
              },
            ],
          },
          valueQuantity: { value: 3, code: trap },
        },
      },
      {
        resource: {
          resourceType: "Condition",
          id: "c1",
          subject: { reference: "Patient/p1" },
          verificationStatus: { coding: [{ code: trap }] },
          code: { coding: [{ system: trap, code: "C90.00" }] },
        },
      },
      {
        resource: {
          resourceType: "Procedure",
          id: "pr1",
          subject: { reference: "Patient/p1" },
          status: trap,
          code: { coding: [{ system: "http://snomed.info/sct", code: trap }] },
        },
      },
      {
        resource: {
          resourceType: "MedicationStatement",
          id: "m1",
          subject: { reference: "Patient/p1" },
          status: "active",
          medicationReference: { reference: "#med" },
          contained: [{ resourceType: "Medication", id: trap }],
          groupIdentifier: { system: trap, value: "g" },
          effectivePeriod: { start: "2024-01-01" },
        },
      },
    ],
  };

  it("maps the bundle with warnings instead of throwing", () => {
    const out = bundleToRecord(bundle, { asOf: "2026-11-26" });
    expect(out.record.patient?.sex).toBe("female");
    expect(out.warnings.map((w) => w.resource)).toContain("Observation/o1");
    expect(out.warnings.find((w) => w.resource === "Observation/o2")?.message).toContain("not UCUM");
    expect(out.warnings.find((w) => w.resource === "Observation/o3")?.message).toContain(
      "expected a quantity in",
    );
  });
});

/** Review c74-m5 and c74-M2 (the flag below) (report /work/review74/review.md, r659): one specimen sent under both the mass and the molar LOINC
 * codes (creatinine 1.2 mg/dL and 106 umol/L, calcium 10.2 mg/dL and 2.545 mmol/L, the same time) gave four warnings
 * "different values at the same time ...; current value left unknown" for values that agree within their units'
 * rounding: one result, no warning. A real disagreement still leaves the value unknown. */
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "./bundle-to-record.js";

const AT = "2026-11-30T08:00:00Z";
const obs = (id: string, loinc: string, value: number, unit: string) => ({
  resource: {
    resourceType: "Observation",
    id,
    status: "final",
    code: { coding: [{ system: "http://loinc.org", code: loinc }] },
    subject: { reference: "Patient/p1" },
    effectiveDateTime: AT,
    valueQuantity: { value, unit, system: "http://unitsofmeasure.org", code: unit },
  },
});
const bundle = (creatinineUmol: number) => ({
  resourceType: "Bundle",
  type: "collection",
  entry: [
    { resource: { resourceType: "Patient", id: "p1", gender: "female", birthDate: "1959-06-15" } },
    obs("ca-mass", "17861-6", 10.2, "mg/dL"),
    obs("ca-molar", "2000-8", 2.545, "mmol/L"),
    obs("cr-mass", "2160-0", 1.2, "mg/dL"),
    obs("cr-molar", "14682-9", creatinineUmol, "umol/L"),
  ],
});

describe("review c74-m5: one specimen in two units", () => {
  it("values that agree within 1% are one result: read, no warning", () => {
    const { record, warnings } = bundleToRecord(bundle(106), { asOf: "2026-12-01" });
    expect(warnings.filter((w) => w.message.includes("different values at the same time"))).toEqual([]);
    expect(record.labs?.calcium).not.toBeUndefined();
    expect(record.labs?.creatinine).not.toBeUndefined();
  });
  it("control: values that disagree (creatinine 1.2 mg/dL and 150 umol/L) still leave it unknown, with the warning", () => {
    const { record, warnings } = bundleToRecord(bundle(150), { asOf: "2026-12-01" });
    expect(
      warnings.some((w) => w.message.includes("labs.creatinine: different values at the same time")),
    ).toBe(true);
    expect(record.labs?.creatinine ?? null).toBeNull();
  });
});

describe("review c74-M2: a calcium sent with its laboratory flag only", () => {
  it("the warning quotes the flag (HH critical high) and says to check the value; no value is read", () => {
    const flagged = {
      resource: {
        resourceType: "Observation",
        id: "ca-flag",
        status: "final",
        code: { coding: [{ system: "http://loinc.org", code: "17861-6" }] },
        subject: { reference: "Patient/p1" },
        effectiveDateTime: AT,
        interpretation: [
          {
            coding: [
              {
                system: "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
                code: "HH",
                display: "Critical high",
              },
            ],
          },
        ],
      },
    };
    const b = { ...bundle(106), entry: [bundle(106).entry[0], flagged] };
    const { record, warnings } = bundleToRecord(b, { asOf: "2026-12-01" });
    expect(warnings.map((w) => w.message)).toContain(
      'labs.calcium: no valueQuantity; not used; the laboratory flagged it HH "Critical high": check the value with the laboratory',
    );
    expect(record.labs?.calcium ?? null).toBeNull();
  });
});

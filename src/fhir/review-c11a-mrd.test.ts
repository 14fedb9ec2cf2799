/** FHIR mapping of series.mrd (c11a item 6; failing on main be2e49d, where the export dropped it and the
 * import could not read it). treatments.md 10 asks to "store MRD results (method, sensitivity, date)";
 * criteria-and-scores 10.1 gives no LOINC code for an MRD result (93021-4 is the percentage of abnormal
 * plasma cells by flow, a quantity, not a negative/positive MRD result), so each result is an Observation in
 * the project-local code system (code "series.mrd"): the date, the result, the method (Observation.method)
 * and the sensitivity (a component, a fraction of nucleated cells). Round trip lossless, FHIR-valid. */
import { describe, expect, it } from "vitest";
import type { PatientRecord } from "../model/record.js";
import { fhirSchemaErrors } from "../testing/fhir-schema.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { SYSTEM } from "./codes.js";
import { recordToBundle } from "./record-to-bundle.js";
import type { Resource } from "./types.js";

const record: PatientRecord = {
  id: "c11a-mrd",
  asOf: "2026-11-26",
  patient: { age: 58, sex: "female" },
  labs: { serumImmunofixation: "negative" },
  marrow: { clonalPlasmaCellPercent: 1, mrd: "negative", date: "2026-10-01" },
  series: {
    mrd: [
      { date: "2026-10-01", result: "negative", method: "NGF", sensitivity: 0.00001 },
      { date: "2025-09-15", result: "negative", method: "NGS", sensitivity: 0.000001 },
      { date: "2024-08-01", result: "positive" },
      { date: "2025-03-01", result: "negative", method: "other" },
    ],
  },
};

const mrdObservations = (b: ReturnType<typeof recordToBundle>): Resource[] =>
  (b.entry ?? [])
    .flatMap((e) => (e.resource ? [e.resource] : []))
    .filter(
      (r) => r.resourceType === "Observation" && JSON.stringify(r.code).includes(`"code":"series.mrd"`),
    );

describe("c11a 6: series.mrd in FHIR", () => {
  const bundle = recordToBundle(record);

  it("export: one Observation per MRD result, local code, date, result, method and sensitivity", () => {
    const obs = mrdObservations(bundle);
    expect(obs).toHaveLength(4);
    const ngf = obs.find((o) => o.effectiveDateTime === "2026-10-01");
    expect(ngf).toMatchObject({
      code: { coding: [{ system: SYSTEM.mmnavRecord, code: "series.mrd" }] },
      valueString: "negative",
      method: { text: "NGF" },
    });
    expect(JSON.stringify(ngf?.component)).toContain("series.mrd.sensitivity");
    expect(JSON.stringify(ngf?.component)).toContain("0.00001");
    const bare = obs.find((o) => o.effectiveDateTime === "2024-08-01");
    expect(bare?.valueString).toBe("positive");
    expect(bare?.method).toBeUndefined();
    expect(bare?.component).toBeUndefined();
  });

  it("the Bundle is valid FHIR R4", () => {
    expect(fhirSchemaErrors(bundle)).toEqual([]);
  });

  it("import: the series comes back whole (date order), marrow.mrd kept", () => {
    const { record: back, warnings } = bundleToRecord(bundle, { asOf: "2026-11-26" });
    expect(back.series?.mrd).toEqual([
      { date: "2024-08-01", result: "positive" },
      { date: "2025-03-01", result: "negative", method: "other" },
      { date: "2025-09-15", result: "negative", method: "NGS", sensitivity: 0.000001 },
      { date: "2026-10-01", result: "negative", method: "NGF", sensitivity: 0.00001 },
    ]);
    expect(back.marrow?.mrd).toBe("negative");
    expect(warnings.filter((w) => /series\.mrd|not one the navigator reads/.test(w.message))).toEqual([]);
  });

  it("import: an undated or unreadable MRD Observation is not used, with a warning", () => {
    const bad = {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: { resourceType: "Patient", id: "p1", gender: "female", birthDate: "1968-01-01" } },
        {
          resource: {
            resourceType: "Observation",
            id: "m1",
            status: "final",
            code: { coding: [{ system: SYSTEM.mmnavRecord, code: "series.mrd" }] },
            subject: { reference: "Patient/p1" },
            valueString: "negative",
          },
        },
        {
          resource: {
            resourceType: "Observation",
            id: "m2",
            status: "final",
            code: { coding: [{ system: SYSTEM.mmnavRecord, code: "series.mrd" }] },
            subject: { reference: "Patient/p1" },
            effectiveDateTime: "2026-01-01",
            valueString: "maybe",
          },
        },
      ],
    };
    const { record: back, warnings } = bundleToRecord(bad, { asOf: "2026-11-26" });
    expect(back.series?.mrd).toBeUndefined();
    expect(warnings.some((w) => w.resource === "Observation/m1" && /date/.test(w.message))).toBe(true);
    expect(warnings.some((w) => w.resource === "Observation/m2" && /negative|positive/.test(w.message))).toBe(
      true,
    );
  });
});

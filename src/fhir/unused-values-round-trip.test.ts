/** Task fix-stale Finding 2: recordToBundle dropped the record's unusedValues (review c86-M2), and nothing stored may be
 * lost. Each is exported as an Observation of its field that the import itself refuses to use for the same reason (a
 * value without a unit, a unit the field does not take, a bound, a preliminary status, ...), so the import reads it
 * back into unusedValues and never as a used value. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { PatientRecord, UnusedValue } from "../model/record.js";
import { readVignette } from "../testing/example-records.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { recordToBundle } from "./record-to-bundle.js";

const VIGNETTE = "stale-ndmm-creatinine-newer-sent-no-unit";
const SENT: UnusedValue[] = [
  { field: "labs.creatinine", reason: "no-unit", date: "2026-12-01", value: 3.9 },
  { field: "labs.calcium", reason: "implausible", date: "2026-11-28", value: 3.2, unit: "mg/dL" },
  { field: "labs.neutrophils", reason: "preliminary", date: "2026-11-29", value: 0.4, unit: "10*9/L" },
  { field: "labs.platelets", reason: "unit-refused", date: "2026-11-29", value: 38, unit: "cells" },
  { field: "labs.igg", reason: "unit-not-ucum", date: "2026-11-27", value: 620, unit: "mg per dL" },
  {
    field: "labs.serumMProtein",
    reason: "comparator",
    date: "2026-11-26",
    value: 0.1,
    unit: "g/dL",
    comparator: "<",
  },
  { field: "labs.hemoglobin", reason: "data-absent-reason", date: "2026-11-30", value: 9.1, unit: "g/dL" },
  { field: "labs.albumin", reason: "no-value", date: "2026-11-30" },
  {
    field: "marrow.clonalPlasmaCellPercent",
    reason: "comparator",
    date: "2026-11-24",
    value: 5,
    unit: "%",
    comparator: ">",
  },
  { field: "patient.weight", reason: "implausible", date: "2026-11-30", value: 800, unit: "kg" },
  {
    field: "labs.involvedFreeLightChain",
    reason: "preliminary",
    date: "2026-11-29",
    value: 410,
    unit: "mg/L",
  },
];
const key = (u: UnusedValue) => `${u.field}|${u.date ?? ""}|${u.reason}`;
const sorted = (xs: readonly UnusedValue[] | undefined) =>
  [...(xs ?? [])].sort((a, b) => key(a).localeCompare(key(b)));

function record(): PatientRecord {
  const r = readVignette(VIGNETTE) as PatientRecord;
  r.unusedValues = SENT;
  return r;
}

describe("Finding 2: record -> FHIR bundle -> record keeps unusedValues", () => {
  it("every value sent and not used comes back with its field, reason, date, value, unit and bound", () => {
    const back = bundleToRecord(recordToBundle(record()), { asOf: "2026-12-01" }).record;
    expect(sorted(back.unusedValues)).toEqual(sorted(SENT));
  });

  it("none of them becomes a used value: the labs, the series and the marrow read as before", () => {
    const r = record();
    const back = bundleToRecord(recordToBundle(r), { asOf: "2026-12-01" }).record;
    const plain = readVignette(VIGNETTE) as PatientRecord;
    delete plain.unusedValues;
    const without = bundleToRecord(recordToBundle(plain), { asOf: "2026-12-01" }).record;
    expect(back.labs).toEqual(without.labs);
    expect(back.series).toEqual(without.series);
    expect(back.marrow).toEqual(without.marrow);
    expect(back.labs?.creatinine).toMatchObject({ value: 1, date: "2026-06-01" });
  });

  it("the assessment of the round-tripped record reads the creatinine as not current, as the JSON record does", () => {
    const json = assess(record());
    const back = assess(bundleToRecord(recordToBundle(record()), { asOf: "2026-12-01" }).record);
    expect(json.kidney.crclCockcroftGault).toBeNull();
    expect(back.kidney.crclCockcroftGault).toBeNull();
    expect(back.alerts.find((a) => a.id === "alert.unused-value")?.text).toBe(
      json.alerts.find((a) => a.id === "alert.unused-value")?.text,
    );
  });

  it("a marrow percentage the import would read (in %, in range) is never made a used value by the export", () => {
    const r = readVignette(VIGNETTE) as PatientRecord;
    delete r.marrow;
    r.unusedValues = [
      {
        field: "marrow.clonalPlasmaCellPercent",
        reason: "data-absent-reason",
        date: "2026-11-24",
        value: 40,
        unit: "%",
      },
      {
        field: "marrow.clonalPlasmaCellPercent",
        reason: "unit-not-ucum",
        date: "2026-11-25",
        value: 45,
        unit: "%",
      },
    ];
    const back = bundleToRecord(recordToBundle(r), { asOf: "2026-12-01" }).record;
    expect(back.marrow?.clonalPlasmaCellPercent).toBeUndefined();
    expect(back.series?.clonalPlasmaCellPercent).toBeUndefined();
    expect(back.unusedValues?.map((u) => [u.field, u.value])).toEqual([
      ["marrow.clonalPlasmaCellPercent", 40],
      ["marrow.clonalPlasmaCellPercent", 45],
    ]);
  });
});

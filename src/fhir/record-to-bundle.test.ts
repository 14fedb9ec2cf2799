import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../model/facts.js";
import type { PatientRecord, TreatmentLine } from "../model/record.js";
import { fhirSchemaErrors } from "../testing/fhir-schema.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { TREATMENT_LINE_EXTENSION } from "./record-fields.js";
import { recordToBundle } from "./record-to-bundle.js";
import type { Resource } from "./types.js";

const ASOF = "2026-11-26";

function roundTrip(record: PatientRecord) {
  return bundleToRecord(recordToBundle(record), { asOf: record.asOf ?? ASOF });
}

/** The treatment history as the engine reads it (unknowns as null, sorted by start). */
function historyFacts(record: PatientRecord) {
  const n = normalizeRecord(record);
  if (!n.ok) throw new Error(JSON.stringify(n.issues));
  return n.facts.treatmentHistory;
}

const resources = (record: PatientRecord): Resource[] =>
  (recordToBundle(record).entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
const lineRegimen = (r: Resource): unknown => {
  const ext = (r.extension as { url: string; extension: { url: string; valueString?: string }[] }[])?.find(
    (e) => e.url === TREATMENT_LINE_EXTENSION,
  );
  return ext?.extension.find((s) => s.url === "regimen")?.valueString;
};

describe("recordToBundle: treatment entries without a drug", () => {
  const record: PatientRecord = {
    asOf: ASOF,
    patient: { age: 60, sex: "male" },
    treatmentHistory: [
      { regimen: "radiotherapy", drugs: [], start: "2022-01-10", end: "2022-02-14" },
      {
        regimen: "observation",
        drugs: [],
        start: "2022-02-15",
        end: "2024-03-01",
        progressionDate: "2024-02-20",
        stopReason: "progression",
      },
      { regimen: "ASCT", drugs: [], start: "2024-06-01", asct: true, phase: "transplant" },
    ],
  };

  it("writes radiotherapy as a Procedure, observation as a CarePlan, a transplant as a Procedure", () => {
    const rs = resources(record);
    const rt = rs.find((r) => r.resourceType === "Procedure" && lineRegimen(r) === "radiotherapy");
    expect(rt).toMatchObject({
      status: "completed",
      code: { text: "radiotherapy" },
      performedPeriod: { start: "2022-01-10", end: "2022-02-14" },
    });
    const watch = rs.find((r) => r.resourceType === "CarePlan");
    expect(watch).toMatchObject({
      status: "completed",
      intent: "plan",
      title: "observation",
      period: { start: "2022-02-15", end: "2024-03-01" },
    });
    expect(lineRegimen(watch as Resource)).toBe("observation");
    const asct = rs.find((r) => r.resourceType === "Procedure" && lineRegimen(r) === "ASCT");
    expect(asct).toMatchObject({ status: "completed" });
  });

  it("the Bundle with these resources is valid FHIR R4 (official JSON Schema)", () => {
    expect(fhirSchemaErrors(recordToBundle(record))).toEqual([]);
    const ongoing = { ...record, treatmentHistory: record.treatmentHistory?.map(({ end: _, ...t }) => t) };
    expect(fhirSchemaErrors(recordToBundle(ongoing))).toEqual([]);
  });

  it("an ongoing observation period is an active CarePlan without an end", () => {
    const rs = resources({
      asOf: ASOF,
      treatmentHistory: [{ regimen: "active monitoring", drugs: [], start: "2025-05-01" }],
    });
    const plan = rs.find((r) => r.resourceType === "CarePlan");
    expect(plan).toMatchObject({ status: "active", period: { start: "2025-05-01" } });
    expect(plan?.period).toEqual({ start: "2025-05-01" });
  });

  it("every entry comes back from the Bundle, with its dates, progression and attributes, and no warning", () => {
    const back = roundTrip(record);
    expect(back.warnings).toEqual([]);
    expect(back.record.treatmentHistory).toEqual(record.treatmentHistory);
  });

  it("an entry resource entered in error is not used, with a warning naming it", () => {
    const b = recordToBundle(record);
    for (const e of b.entry ?? [])
      if (e.resource?.resourceType === "CarePlan") e.resource.status = "entered-in-error";
    const back = bundleToRecord(b, { asOf: ASOF });
    expect(back.record.treatmentHistory?.map((t) => t.regimen)).toEqual(["radiotherapy", "ASCT"]);
    expect(back.warnings).toEqual([
      { resource: "CarePlan/plan-2", message: expect.stringMatching(/entered-in-error.*not used/) },
    ]);
  });

  it("a Procedure or CarePlan the navigator did not write stays unused, with a warning", () => {
    const b = {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: { resourceType: "Patient", id: "p1" } },
        {
          resource: {
            resourceType: "CarePlan",
            id: "cp1",
            status: "active",
            intent: "plan",
            subject: { reference: "Patient/p1" },
          },
        },
        {
          resource: {
            resourceType: "Procedure",
            id: "rt1",
            status: "completed",
            code: { text: "radiotherapy" },
            subject: { reference: "Patient/p1" },
            performedDateTime: "2024-01-01",
          },
        },
      ],
    };
    const { record: r, warnings } = bundleToRecord(b, { asOf: ASOF });
    expect(r.treatmentHistory).toBeUndefined();
    expect(warnings.map((w) => w.resource).sort()).toEqual(["CarePlan/cp1", "Procedure/rt1"]);
  });
});

describe("recordToBundle -> bundleToRecord: any treatment history", () => {
  const DRUGS = [
    "bortezomib",
    "lenalidomide",
    "dexamethasone",
    "daratumumab",
    "carfilzomib",
    "pomalidomide",
    "melphalan",
    "teclistamab",
  ];
  const REGIMENS = [
    "observation",
    "active monitoring",
    "radiotherapy",
    "ASCT",
    "VRd",
    "DRd",
    "R maintenance",
  ];
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const unknownable = <T>(a: fc.Arbitrary<T>) =>
    fc.option(fc.oneof(a, fc.constant("unknown" as const), fc.constant(null)), { nil: undefined });
  // Starts on few distinct days, so that entries sharing a start day are common.
  const entry: fc.Arbitrary<TreatmentLine> = fc
    .record({
      regimen: fc.constantFrom(...REGIMENS),
      drugs: fc.subarray(DRUGS, { maxLength: 3 }),
      startDay: fc.integer({ min: 0, max: 40 }).map((n) => n * 30),
      length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      bestResponse: unknownable(fc.constantFrom("CR", "VGPR", "PR", "SD", "PD")),
      progressedOn: unknownable(fc.boolean()),
      progression: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      asct: fc.option(fc.boolean(), { nil: undefined }),
      phase: fc.option(fc.constantFrom("induction", "transplant", "maintenance", "salvage"), {
        nil: undefined,
      }),
      plannedWithPrevious: fc.option(fc.boolean(), { nil: undefined }),
      stopReason: fc.option(fc.constantFrom("completed", "progression", "toxicity"), { nil: undefined }),
      setting: fc.option(fc.constantFrom("smoldering-myeloma", "multiple-myeloma"), { nil: undefined }),
      cycles: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    })
    .map((e) => {
      const t: TreatmentLine = { regimen: e.regimen, drugs: e.drugs, start: day(e.startDay) };
      if (e.length !== undefined) t.end = day(e.startDay + e.length);
      if (e.bestResponse !== undefined) t.bestResponse = e.bestResponse;
      if (e.progressedOn !== undefined) t.progressedOn = e.progressedOn;
      if (e.progression !== undefined) t.progressionDate = day(e.startDay + e.progression);
      if (e.asct !== undefined) t.asct = e.asct;
      if (e.phase !== undefined) t.phase = e.phase;
      if (e.plannedWithPrevious !== undefined) t.plannedWithPrevious = e.plannedWithPrevious;
      if (e.stopReason !== undefined) t.stopReason = e.stopReason;
      if (e.setting !== undefined) t.setting = e.setting;
      if (e.cycles !== undefined) t.cycles = e.cycles;
      return t;
    });

  it("keeps every entry, in the record's order, as the engine reads it, without a warning", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (history) => {
        const record: PatientRecord = { asOf: ASOF, patient: { age: 70 }, treatmentHistory: history };
        const back = roundTrip(record);
        expect(back.warnings).toEqual([]);
        expect(back.record.treatmentHistory ?? []).toHaveLength(history.length);
        expect(historyFacts(back.record)).toEqual(historyFacts(record));
      }),
      { numRuns: 150 },
    );
  });
});

describe("recordToBundle -> bundleToRecord: other fields", () => {
  it("the date of a weight or height comes back", () => {
    const record: PatientRecord = {
      asOf: ASOF,
      patient: {
        weight: { value: 71, unit: "kg", date: "2026-11-01" },
        height: { value: 170, unit: "cm", date: "2020-05-01" },
      },
    };
    expect(roundTrip(record).record.patient).toEqual(record.patient);
  });
});

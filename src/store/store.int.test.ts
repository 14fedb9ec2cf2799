/** The Store against SQLite (always) and PostgreSQL (DATABASE_TEST_URL; required in CI). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../engine/assessment.js";
import { MmnavError } from "../model/errors.js";
import type { PatientRecord } from "../model/record.js";
import { openStore } from "./open.js";
import type { AssessmentSummary, ObservationInput, Store } from "./store.js";
import {
  availableBackends,
  POSTGRES_REQUIRED_MESSAGE,
  postgresMissingInCi,
  type TestDatabase,
} from "./testing/backends.js";

it("runs against PostgreSQL whenever CI is set", () => {
  expect(postgresMissingInCi(), POSTGRES_REQUIRED_MESSAGE).toBe(false);
});

const ORG = "org-a";

const obs = (o: Partial<ObservationInput> & Pick<ObservationInput, "field" | "date">): ObservationInput => ({
  value: null,
  unit: null,
  result: null,
  source: null,
  ...o,
});

/** A stand-in assessment for the store: the store keeps it as JSON and reads the summary columns. */
function fakeAssessment(asOf: string): Assessment {
  return { schemaVersion: "1", asOf, engineVersion: "e1", knowledgeVersion: "k1" } as unknown as Assessment;
}

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MmnavError);
  expect((err as MmnavError).code).toBe(code);
}

describe.each(availableBackends())("store on $name", (backend) => {
  let db: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    db = await backend.create();
    store = db.store;
  });
  afterAll(async () => db?.dispose());

  it("migrates once: a second run applies nothing, and reopening keeps the data", async () => {
    expect(await store.migrate()).toEqual([]);
    const p = await store.createPatient(ORG, {
      document: { id: "reopen-1" },
      observations: [],
      treatments: [],
    });
    const again = await openStore(db.config);
    try {
      expect((await again.getPatient(ORG, p.id))?.externalId).toBe("reopen-1");
    } finally {
      await again.close();
    }
  });

  it("keeps the document, observations and treatment history exactly as given", async () => {
    const document: PatientRecord = {
      id: "exact-1",
      asOf: "2026-01-02",
      patient: { age: 67, sex: "female", weight: { value: 70.25, unit: "kg" } },
      labs: {
        creatinine: { value: 1.337, unit: "mg/dL", upperLimitOfNormal: 1.1 },
        heavyChain: "IgG",
        albumin: "unknown",
        calcium: null,
      },
      cytogenetics: { del17p: false, del1p32: "none" },
    };
    const treatments = [
      {
        regimen: "VRd",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2024-01-10",
        end: "2024-06-01",
        bestResponse: "VGPR" as const,
        progressedOn: false,
        asct: true,
      },
    ];
    const observations = [
      obs({ field: "serumMProtein", date: "2024-03-01", value: 0.1 + 0.2, unit: "g/dL", source: "lab-A" }),
      obs({ field: "serumMProtein", date: "2024-01-05", value: 3.1, unit: "g/L" }),
      obs({ field: "serumImmunofixation", date: "2024-02-01", result: "positive" }),
      obs({ field: "clonalPlasmaCellPercent", date: "2024-01-04", value: 35 }),
    ];
    const p = await store.createPatient(ORG, { document, observations, treatments });
    expect(p.version).toBe(1);
    expect((await store.getPatient(ORG, p.id))?.document).toEqual(document);

    const record = await store.assembleRecord(ORG, p.id);
    expect(record).toEqual({
      ...document,
      treatmentHistory: treatments,
      series: {
        serumMProtein: [
          { date: "2024-03-01", value: 0.1 + 0.2, unit: "g/dL" },
          { date: "2024-01-05", value: 3.1, unit: "g/L" },
        ],
        serumImmunofixation: [{ date: "2024-02-01", result: "positive" }],
        clonalPlasmaCellPercent: [{ date: "2024-01-04", value: 35 }],
      },
    });
    const listed = await store.listObservations(ORG, p.id, "serumMProtein");
    expect(listed.map((o) => [o.date, o.value, o.unit, o.source])).toEqual([
      ["2024-01-05", 3.1, "g/L", null],
      ["2024-03-01", 0.30000000000000004, "g/dL", "lab-A"],
    ]);
    expect((await store.listTreatments(ORG, p.id))[0]?.entry).toEqual(treatments[0]);
  });

  it("refuses a second patient with the same record id", async () => {
    await store.createPatient(ORG, { document: { id: "dup-1" }, observations: [], treatments: [] });
    await expectCode(
      store.createPatient(ORG, { document: { id: "dup-1" }, observations: [], treatments: [] }),
      "CONFLICT",
    );
  });

  it("updates with the current version, and refuses a stale one (409) or an unknown patient (404)", async () => {
    const p = await store.createPatient(ORG, {
      document: { patient: { age: 50 } },
      observations: [],
      treatments: [],
    });
    const v2 = await store.updatePatient(ORG, p.id, 1, { patient: { age: 51 } });
    expect(v2.version).toBe(2);
    expect(v2.document).toEqual({ patient: { age: 51 } });
    await expectCode(store.updatePatient(ORG, p.id, 1, { patient: { age: 52 } }), "CONFLICT");
    expect((await store.getPatient(ORG, p.id))?.document).toEqual({ patient: { age: 51 } });
    await expectCode(store.updatePatient(ORG, "no-such-patient", 1, {}), "NOT_FOUND");
  });

  it("of two concurrent updates from the same version, exactly one wins", async () => {
    const p = await store.createPatient(ORG, { document: {}, observations: [], treatments: [] });
    const results = await Promise.allSettled([
      store.updatePatient(ORG, p.id, 1, { patient: { age: 60 } }),
      store.updatePatient(ORG, p.id, 1, { patient: { age: 61 } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect((rejected?.reason as MmnavError | undefined)?.code).toBe("CONFLICT");
    expect((await store.getPatient(ORG, p.id))?.version).toBe(2);
  });

  it("loses no observation when many are added at once", async () => {
    const p = await store.createPatient(ORG, { document: {}, observations: [], treatments: [] });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.addObservations(ORG, p.id, [
          obs({
            field: "hemoglobin",
            date: `2025-01-${String(i + 1).padStart(2, "0")}`,
            value: 10 + i / 10,
            unit: "g/dL",
          }),
        ]),
      ),
    );
    expect(await store.listObservations(ORG, p.id)).toHaveLength(20);
    await expectCode(
      store.addObservations(ORG, "nobody", [
        obs({ field: "calcium", date: "2025-01-01", value: 9, unit: "mg/dL" }),
      ]),
      "NOT_FOUND",
    );
    await expectCode(
      store.addTreatment(ORG, "nobody", { regimen: "Rd", drugs: ["lenalidomide"], start: "2025-01-01" }),
      "NOT_FOUND",
    );
  });

  it("keeps assessments append-only, newest first, with the exact input", async () => {
    const p = await store.createPatient(ORG, { document: {}, observations: [], treatments: [] });
    const summary: AssessmentSummary = { category: "mgus", riskGroup: null, overdue: null, progressed: null };
    const first = await store.saveAssessment(ORG, {
      patientId: p.id,
      asOf: "2026-01-01",
      knowledgeVersion: "k1",
      engineVersion: "e1",
      recordDate: "2026-01-01",
      input: { asOf: "2026-01-01" },
      assessment: fakeAssessment("2026-01-01"),
      summary,
    });
    const second = await store.saveAssessment(ORG, {
      patientId: p.id,
      asOf: "2026-02-01",
      knowledgeVersion: "k1",
      engineVersion: "e1",
      recordDate: "2026-02-01",
      input: { asOf: "2026-02-01" },
      assessment: fakeAssessment("2026-02-01"),
      summary,
    });
    const list = await store.listAssessments(ORG, p.id, { limit: 10, offset: 0 });
    expect(list.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(list[1]?.assessment).toEqual(fakeAssessment("2026-01-01"));
    expect((await store.getAssessment(ORG, p.id, first.id))?.input).toEqual({ asOf: "2026-01-01" });
    expect(await store.getAssessment(ORG, "someone-else", first.id)).toBeNull();
  });

  it("filters the registry on the latest assessment only", async () => {
    const mk = async (summaries: AssessmentSummary[]) => {
      const p = await store.createPatient(ORG, { document: {}, observations: [], treatments: [] });
      for (const [i, s] of summaries.entries()) {
        await store.saveAssessment(ORG, {
          patientId: p.id,
          asOf: "2026-01-01",
          knowledgeVersion: "k",
          engineVersion: "e",
          recordDate: null,
          input: { patient: { age: 40 + i } },
          assessment: fakeAssessment("2026-01-01"),
          summary: s,
        });
      }
      return p.id;
    };
    const wasSmm = await mk([
      { category: "smoldering-myeloma", riskGroup: "high", overdue: true, progressed: false },
      { category: "multiple-myeloma", riskGroup: "standard", overdue: false, progressed: true },
    ]);
    const smmHigh = await mk([
      { category: "smoldering-myeloma", riskGroup: "high", overdue: true, progressed: null },
    ]);
    const never = await mk([]);
    const all = await store.listPatients(ORG, { limit: 500, offset: 0 });
    expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining([wasSmm, smmHigh, never]));
    expect(all.items.find((i) => i.id === never)?.latestAssessment).toBeNull();
    expect(all.items.find((i) => i.id === wasSmm)?.latestAssessment?.summary).toEqual({
      category: "multiple-myeloma",
      riskGroup: "standard",
      overdue: false,
      progressed: true,
      overdueTests: null,
    });

    const ids = async (f: Parameters<Store["listPatients"]>[1]) =>
      (await store.listPatients(ORG, f)).items.map((i) => i.id);
    const page = { limit: 500, offset: 0 };
    expect(await ids({ ...page, category: "smoldering-myeloma" })).toEqual([smmHigh]);
    expect(await ids({ ...page, category: "smoldering-myeloma", riskGroup: "high", overdue: true })).toEqual([
      smmHigh,
    ]);
    expect(await ids({ ...page, progressed: true })).toEqual([wasSmm]);
    expect(await ids({ ...page, overdue: false })).toEqual([wasSmm]);
    const counted = await store.listPatients(ORG, { ...page, category: "multiple-myeloma" });
    expect(counted.total).toBe(1);
    const paged = await store.listPatients(ORG, { limit: 1, offset: 1 });
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(all.total);
  });

  it("records CDS feedback once per card and outcome", async () => {
    const fb = {
      organisation: ORG,
      serviceId: "mmnav",
      cardUuid: "c-1",
      outcome: "accepted",
      outcomeTimestamp: null,
      body: { a: 1 },
    };
    expect(await store.recordCdsFeedback(fb)).toEqual({ created: true });
    expect(await store.recordCdsFeedback(fb)).toEqual({ created: false });
    expect(await store.recordCdsFeedback({ ...fb, outcome: "overridden" })).toEqual({ created: true });
  });

  it("blocks a replayed JWT id until it expires", async () => {
    const soon = Math.floor(Date.now() / 1000) + 300;
    expect(await store.claimJwtId("jti-1", soon)).toBe(true);
    expect(await store.claimJwtId("jti-1", soon)).toBe(false);
    const results = await Promise.all([store.claimJwtId("jti-2", soon), store.claimJwtId("jti-2", soon)]);
    expect(results.sort()).toEqual([false, true]);
    // An id whose expiry has passed is purged, so it no longer blocks.
    const past = Math.floor(Date.now() / 1000) - 10;
    expect(await store.claimJwtId("jti-3", past)).toBe(true);
    expect(await store.claimJwtId("jti-3", soon)).toBe(true);
  });
});

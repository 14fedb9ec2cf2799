/** The audit trail and the write guarantees of the store, on SQLite (always) and PostgreSQL
 * (DATABASE_TEST_URL): saved once per input and versions even when saved concurrently, chained by
 * hash, append-only, existing rows chained by the migration, organisations kept apart. */

import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../engine/assessment.js";
import type { PatientRecord } from "../model/record.js";
import type { KyselyStore } from "./kysely-store.js";
import { migrations } from "./migrations.js";
import { openStore, SQLITE_FILE_NAME } from "./open.js";
import type { Database } from "./schema.js";
import type { NewAssessment, Store } from "./store.js";
import { availableBackends } from "./testing/backends.js";
import { useTestStore } from "./testing/use-test-store.js";

const fake = (asOf: string, category = "mgus") =>
  ({
    schemaVersion: "1",
    asOf,
    diagnosis: { category },
    engineVersion: "e1",
    knowledgeVersion: "k1",
  }) as unknown as Assessment;

const newAssessment = (patientId: string, input: PatientRecord, category = "mgus"): NewAssessment => ({
  patientId,
  asOf: input.asOf ?? "2026-01-01",
  knowledgeVersion: "k1",
  engineVersion: "e1",
  recordDate: null,
  input,
  assessment: fake(input.asOf ?? "2026-01-01", category),
  summary: { category, riskGroup: null, overdue: null, progressed: null },
});

const raw = (store: Store) => (store as unknown as KyselyStore).db;

describe.each(availableBackends())("audit trail on $name", (backend) => {
  const t = useTestStore(backend);
  let store: Store;
  beforeAll(() => {
    store = t.store;
  });

  it("saves one row for 40 concurrent saves of the same input and versions", async () => {
    const p = await store.createPatient("org-a", { document: {}, observations: [], treatments: [] });
    const input = { asOf: "2026-03-01", patient: { age: 70 } };
    const saved = await Promise.all(
      Array.from({ length: 40 }, () => store.saveAssessment("org-a", newAssessment(p.id, input))),
    );
    expect(new Set(saved.map((s) => s.id)).size).toBe(1);
    expect(await store.listAssessments("org-a", p.id, { limit: 100, offset: 0 })).toHaveLength(1);
    // Another organisation cannot save to this patient's chain.
    await expect(store.saveAssessment("org-b", newAssessment(p.id, input))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("chains each patient's rows by hash, also under concurrent saves of different inputs", async () => {
    const p = await store.createPatient("org-a", { document: {}, observations: [], treatments: [] });
    await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        store.saveAssessment(
          "org-a",
          newAssessment(p.id, { asOf: `2026-01-${String(i + 1).padStart(2, "0")}` }),
        ),
      ),
    );
    const rows = (await store.listAssessments("org-a", p.id, { limit: 100, offset: 0 })).reverse();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(rows[0]?.prevHash).toBe("0".repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.rowHash);
    expect((await store.verifyAuditChain()).breaks).toEqual([]);
  });

  it("refuses UPDATE and DELETE of an assessment; verify names a row edited behind the server's back", async () => {
    const p = await store.createPatient("org-a", { document: {}, observations: [], treatments: [] });
    const a1 = await store.saveAssessment("org-a", newAssessment(p.id, { asOf: "2026-05-01" }, "mgus"));
    const a2 = await store.saveAssessment("org-a", newAssessment(p.id, { asOf: "2026-06-01" }, "mgus"));
    const k = raw(store);
    await expect(
      sql`UPDATE assessments SET category = 'multiple-myeloma' WHERE id = ${a1.id}`.execute(k),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM assessments WHERE id = ${a2.id}`.execute(k)).rejects.toThrow(/append-only/);

    // Someone with the rights drops the guard and rewrites the output of the first row.
    if (store.dialect === "postgres")
      await sql`ALTER TABLE assessments DISABLE TRIGGER assessments_append_only`.execute(k);
    else await sql`DROP TRIGGER assessments_no_update`.execute(k);
    const tampered = JSON.stringify(fake("2026-05-01", "smoldering-myeloma"));
    await sql`UPDATE assessments SET assessment = ${tampered}, category = 'smoldering-myeloma' WHERE id = ${a1.id}`.execute(
      k,
    );
    // ... and the summary column of the second, to hide the patient from a filter.
    await sql`UPDATE assessments SET category = 'indeterminate' WHERE id = ${a2.id}`.execute(k);

    const report = await store.verifyAuditChain();
    expect(report.breaks).toEqual([
      expect.objectContaining({ patientId: p.id, assessmentId: a1.id, seq: 1, problem: "output-changed" }),
      expect.objectContaining({ patientId: p.id, assessmentId: a2.id, seq: 2, problem: "row-changed" }),
    ]);
    // Restore the guard for the other tests of this database.
    if (store.dialect === "postgres")
      await sql`ALTER TABLE assessments ENABLE TRIGGER assessments_append_only`.execute(k);
    else
      await sql`CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments BEGIN SELECT RAISE(ABORT, 'assessments are append-only'); END`.execute(
        k,
      );
  });

  it("keeps organisations apart: same record id allowed, another's patient is not found", async () => {
    const a = await store.createPatient("org-a", {
      document: { id: "MRN-1" },
      observations: [],
      treatments: [],
    });
    const b = await store.createPatient("org-b", {
      document: { id: "MRN-1" },
      observations: [],
      treatments: [],
    });
    expect(a.recordId).toBe("MRN-1");
    expect(b.recordId).toBe("MRN-1");
    await expect(
      store.createPatient("org-b", { document: { id: "MRN-1" }, observations: [], treatments: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await store.getPatient("org-b", a.id)).toBeNull();
    expect(await store.assembleRecord("org-b", a.id)).toBeNull();
    await expect(store.updatePatient("org-b", a.id, 1, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    const point = {
      field: "calcium" as const,
      date: "2026-01-01",
      value: 9,
      unit: "mg/dL",
      result: null,
      source: null,
    };
    await expect(store.addObservations("org-b", a.id, [point])).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      store.addTreatment("org-b", a.id, { regimen: "Rd", drugs: ["lenalidomide"], start: "2025-01-01" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await store.addObservations("org-a", a.id, [point]);
    expect(await store.listObservations("org-b", a.id)).toEqual([]);
    const listB = await store.listPatients("org-b", { limit: 500, offset: 0 });
    expect(listB.items.map((i) => i.id)).toEqual([b.id]);
    expect(listB.total).toBe(1);
  });

  it("records CDS feedback once per organisation, card and outcome", async () => {
    const fb = { serviceId: "s", cardUuid: "card-x", outcome: "accepted", outcomeTimestamp: null, body: {} };
    expect(await store.recordCdsFeedback({ ...fb, organisation: "org-a" })).toEqual({ created: true });
    expect(await store.recordCdsFeedback({ ...fb, organisation: "org-b" })).toEqual({ created: true });
    expect(await store.recordCdsFeedback({ ...fb, organisation: "org-a" })).toEqual({ created: false });
  });
});

describe.each(availableBackends())("migration 0002 on $name", (backend) => {
  it("chains the assessments saved before it, in order, and moves record ids into the default organisation", async () => {
    const { config, drop } = await backend.createConfig();
    const k =
      "databaseUrl" in config
        ? new Kysely<Database>({
            dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.databaseUrl }) }),
          })
        : new Kysely<Database>({
            dialect: new SqliteDialect({
              database: new BetterSqlite3(join(config.dataDir, SQLITE_FILE_NAME)),
            }),
          });
    try {
      const dialect = "databaseUrl" in config ? "postgres" : "sqlite";
      const all = migrations(dialect);
      const migrator = new Migrator({ db: k, provider: { getMigrations: async () => all } });
      expect((await migrator.migrateTo("0001_initial")).error).toBeUndefined();
      // Rows as the server at 309fdf2 wrote them: two copies of one assessment (the race), then another.
      const legacy = k as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await legacy
        .insertInto("patients")
        .values({
          id: "p1",
          external_id: "MRN-9",
          created_at: "2026-01-01",
          updated_at: "2026-01-01",
          version: 1,
        })
        .execute();
      await legacy
        .insertInto("patient_documents")
        .values({ patient_id: "p1", document: '{"id":"MRN-9"}' })
        .execute();
      const row = (asOf: string) => ({
        patient_id: "p1",
        created_at: `${asOf}T00:00:00Z`,
        as_of: asOf,
        knowledge_version: "k1",
        engine_version: "e1",
        input_hash: "",
        input: JSON.stringify({
          asOf,
          series: { calcium: [{ date: "2025-12-01", value: 9, unit: "mg/dL" }] },
        }),
        assessment: JSON.stringify({
          asOf,
          monitoring: { overdue: [{ test: "calcium", due: "2026-03-01", lastDone: "2025-12-01" }] },
        }),
        category: "mgus",
        risk_group: null,
        overdue: 1,
        progressed: null,
      });
      const { canonicalJson, sha256Hex } = await import("./canonical.js");
      for (const asOf of ["2026-04-01", "2026-04-01", "2026-05-01"]) {
        const r = row(asOf);
        r.input_hash = sha256Hex(canonicalJson(JSON.parse(r.input)));
        await legacy.insertInto("assessments").values(r).execute();
      }
      await k.destroy();

      const store = await openStore(config);
      try {
        const report = await store.verifyAuditChain();
        expect(report).toEqual({ patients: 1, rows: 3, breaks: [] });
        const rows = (await store.listAssessments("default", "p1", { limit: 10, offset: 0 })).reverse();
        expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
        expect(rows[1]?.prevHash).toBe(rows[0]?.rowHash);
        expect(rows[2]?.summary.overdueTests).toEqual([
          { test: "calcium", due: "2026-03-01", lastDone: "2025-12-01" },
        ]);
        expect(rows[2]?.recordDate).toBe("2025-12-01");
        const patient = await store.getPatient("default", "p1");
        expect(patient?.recordId).toBe("MRN-9");
        const listed = await store.listPatients("default", { limit: 10, offset: 0 });
        expect(listed.items[0]?.latestAssessment?.id).toBe(rows[2]?.id);
        // The copies saved before the unique key stay (append-only); a new save of that input is not a third.
        const again = await store.saveAssessment("default", {
          patientId: "p1",
          asOf: "2026-04-01",
          knowledgeVersion: "k1",
          engineVersion: "e1",
          recordDate: null,
          input: JSON.parse(row("2026-04-01").input),
          assessment: JSON.parse(row("2026-04-01").assessment),
          summary: { category: "mgus", riskGroup: null, overdue: true, progressed: null },
        });
        expect(again.id).toBe(rows[0]?.id);
      } finally {
        await store.close();
      }
    } finally {
      await drop();
    }
  });
});

it("runs SQLite with synchronous=FULL (a commit is on disk before it is acknowledged)", async () => {
  const sqlite = availableBackends().find((b) => b.name === "sqlite");
  const db = await sqlite!.create();
  try {
    const res = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(raw(db.store));
    expect(res.rows[0]?.synchronous).toBe(2);
  } finally {
    await db.dispose();
  }
});

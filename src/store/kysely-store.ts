/** The Store on Kysely: the same queries for SQLite and PostgreSQL. Writes start with a write (never
 * read-then-write), so several processes on one database never lose a row; the patient document
 * is guarded by an optimistic version. */
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Assessment } from "../engine/assessment.js";
import { ErrorCode, MmnavError } from "../model/errors.js";
import type { PatientRecord, TreatmentLine } from "../model/record.js";
import { type Dialect, migrateToLatest } from "./migrations.js";
import type { AssessmentsTable, Database, ObservationsTable, PatientsTable } from "./schema.js";
import {
  IMMUNOFIXATION_FIELDS,
  type NewAssessment,
  type Observation,
  type ObservationInput,
  type Patient,
  type PatientDocument,
  type PatientFilter,
  type PatientListItem,
  type SeriesField,
  type Store,
  type StoredAssessment,
  type StoredAssessmentWithInput,
  type TreatmentEntry,
} from "./store.js";

const now = (): string => new Date().toISOString();

/** The driver's error code: PostgreSQL SQLSTATE or better-sqlite3's SQLITE_* code. */
function dbErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
const isUniqueViolation = (e: unknown) =>
  ["23505", "SQLITE_CONSTRAINT_UNIQUE"].includes(dbErrorCode(e) ?? "");
const isForeignKeyViolation = (e: unknown) =>
  ["23503", "SQLITE_CONSTRAINT_FOREIGNKEY"].includes(dbErrorCode(e) ?? "");

const patientNotFound = (id: string) => new MmnavError(ErrorCode.NOT_FOUND, `no patient with id ${id}`);

function toPatient(row: Selectable<PatientsTable> & { document: string }): Patient {
  return {
    id: row.id,
    externalId: row.external_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    document: JSON.parse(row.document) as PatientDocument,
  };
}

function toObservation(row: Selectable<ObservationsTable>): Observation {
  return {
    id: Number(row.id),
    field: row.field as SeriesField,
    date: row.date,
    value: row.value === null ? null : Number(row.value),
    unit: row.unit,
    result: row.result as Observation["result"],
    source: row.source,
    createdAt: row.created_at,
  };
}

const boolOrNull = (v: number | null) => (v === null ? null : Number(v) !== 0);
const intOrNull = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

type AssessmentMeta = Omit<Selectable<AssessmentsTable>, "assessment" | "input">;
function toAssessmentMeta(row: AssessmentMeta): Omit<StoredAssessment, "assessment"> {
  return {
    id: Number(row.id),
    patientId: row.patient_id,
    createdAt: row.created_at,
    asOf: row.as_of,
    knowledgeVersion: row.knowledge_version,
    engineVersion: row.engine_version,
    inputHash: row.input_hash,
    summary: {
      category: row.category,
      riskGroup: row.risk_group,
      overdue: boolOrNull(row.overdue),
      progressed: boolOrNull(row.progressed),
    },
  };
}

function observationRow(patientId: string, o: ObservationInput, createdAt: string) {
  return {
    patient_id: patientId,
    field: o.field,
    date: o.date,
    value: o.value,
    unit: o.unit,
    result: o.result,
    source: o.source,
    created_at: createdAt,
  };
}

/** A series point as PatientRecord `series` spells it for the field. */
function seriesPoint(o: Observation): Record<string, unknown> {
  if ((IMMUNOFIXATION_FIELDS as readonly string[]).includes(o.field))
    return { date: o.date, result: o.result };
  if (o.field === "clonalPlasmaCellPercent") return { date: o.date, value: o.value };
  return { date: o.date, value: o.value, unit: o.unit };
}

export class KyselyStore implements Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
  ) {}

  migrate(): Promise<string[]> {
    return migrateToLatest(this.db, this.dialect);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async ping(): Promise<void> {
    await this.db.selectFrom("patients").select("id").limit(1).execute();
  }

  async createPatient(input: {
    document: PatientDocument;
    observations: ObservationInput[];
    treatments: TreatmentLine[];
  }): Promise<Patient> {
    const id = randomUUID();
    const at = now();
    const externalId = input.document.id ?? null;
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("patients")
          .values({ id, external_id: externalId, created_at: at, updated_at: at, version: 1 })
          .execute();
        await trx
          .insertInto("patient_documents")
          .values({ patient_id: id, document: JSON.stringify(input.document) })
          .execute();
        if (input.observations.length > 0) {
          await trx
            .insertInto("observations")
            .values(input.observations.map((o) => observationRow(id, o, at)))
            .execute();
        }
        if (input.treatments.length > 0) {
          await trx
            .insertInto("treatment_history")
            .values(
              input.treatments.map((t) => ({
                patient_id: id,
                start: t.start,
                entry: JSON.stringify(t),
                created_at: at,
              })),
            )
            .execute();
        }
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw this.externalIdTaken();
      throw e;
    }
    return { id, externalId, createdAt: at, updatedAt: at, version: 1, document: input.document };
  }

  private externalIdTaken(): MmnavError {
    return new MmnavError(ErrorCode.CONFLICT, "another patient already has this record id", [
      { path: "id", message: "already used by another patient" },
    ]);
  }

  async getPatient(id: string): Promise<Patient | null> {
    const row = await this.db
      .selectFrom("patients")
      .innerJoin("patient_documents", "patient_documents.patient_id", "patients.id")
      .selectAll("patients")
      .select("patient_documents.document")
      .where("patients.id", "=", id)
      .executeTakeFirst();
    return row ? toPatient(row) : null;
  }

  async updatePatient(id: string, expectedVersion: number, document: PatientDocument): Promise<Patient> {
    const at = now();
    try {
      const updated = await this.db.transaction().execute(async (trx) => {
        // The guarded write comes first: of two writers holding the same version, one wins.
        const res = await trx
          .updateTable("patients")
          .set((eb) => ({ version: eb("version", "+", 1), updated_at: at, external_id: document.id ?? null }))
          .where("id", "=", id)
          .where("version", "=", expectedVersion)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) return false;
        await trx
          .updateTable("patient_documents")
          .set({ document: JSON.stringify(document) })
          .where("patient_id", "=", id)
          .execute();
        return true;
      });
      if (!updated) {
        const current = await this.getPatient(id);
        if (!current) throw patientNotFound(id);
        throw new MmnavError(
          ErrorCode.CONFLICT,
          `version ${expectedVersion} is stale: the patient is at version ${current.version}; reload and retry`,
        );
      }
    } catch (e) {
      if (isUniqueViolation(e)) throw this.externalIdTaken();
      throw e;
    }
    const after = await this.getPatient(id);
    if (!after) throw patientNotFound(id);
    return after;
  }

  async listPatients(filter: PatientFilter): Promise<{ items: PatientListItem[]; total: number }> {
    const base = () => {
      let q = this.db.selectFrom("patients").leftJoin("assessments", (join) =>
        join.onRef("assessments.patient_id", "=", "patients.id").on((eb) =>
          eb(
            "assessments.id",
            "=",
            eb
              .selectFrom("assessments as latest")
              .select((e) => e.fn.max("latest.id").as("max_id"))
              .whereRef("latest.patient_id", "=", "patients.id"),
          ),
        ),
      );
      if (filter.category !== undefined) q = q.where("assessments.category", "=", filter.category);
      if (filter.riskGroup !== undefined) q = q.where("assessments.risk_group", "=", filter.riskGroup);
      if (filter.overdue !== undefined) q = q.where("assessments.overdue", "=", filter.overdue ? 1 : 0);
      if (filter.progressed !== undefined)
        q = q.where("assessments.progressed", "=", filter.progressed ? 1 : 0);
      return q;
    };
    const countRow = await base()
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const rows = await base()
      .selectAll("patients")
      .select([
        "assessments.id as a_id",
        "assessments.created_at as a_created_at",
        "assessments.as_of as a_as_of",
        "assessments.knowledge_version as a_knowledge_version",
        "assessments.engine_version as a_engine_version",
        "assessments.input_hash as a_input_hash",
        "assessments.category as a_category",
        "assessments.risk_group as a_risk_group",
        "assessments.overdue as a_overdue",
        "assessments.progressed as a_progressed",
      ])
      .orderBy("patients.created_at")
      .orderBy("patients.id")
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
    const items = rows.map((r): PatientListItem => {
      const latest =
        r.a_id === null
          ? null
          : toAssessmentMeta({
              id: r.a_id,
              patient_id: r.id,
              created_at: r.a_created_at ?? "",
              as_of: r.a_as_of ?? "",
              knowledge_version: r.a_knowledge_version ?? "",
              engine_version: r.a_engine_version ?? "",
              input_hash: r.a_input_hash ?? "",
              category: r.a_category,
              risk_group: r.a_risk_group,
              overdue: r.a_overdue,
              progressed: r.a_progressed,
            });
      const { patientId: _omit, ...latestAssessment } = latest ?? { patientId: "" };
      return {
        id: r.id,
        externalId: r.external_id,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        version: Number(r.version),
        latestAssessment: latest ? (latestAssessment as PatientListItem["latestAssessment"]) : null,
      };
    });
    return { items, total: Number(countRow.n) };
  }

  async addObservations(patientId: string, observations: ObservationInput[]): Promise<Observation[]> {
    if (observations.length === 0) {
      if (!(await this.exists(patientId))) throw patientNotFound(patientId);
      return [];
    }
    const at = now();
    try {
      // One multi-row INSERT: atomic, and a write first (no read-then-write race between servers).
      const rows = await this.db
        .insertInto("observations")
        .values(observations.map((o) => observationRow(patientId, o, at)))
        .returningAll()
        .execute();
      return rows.map(toObservation).sort((a, b) => a.id - b.id);
    } catch (e) {
      if (isForeignKeyViolation(e)) throw patientNotFound(patientId);
      throw e;
    }
  }

  private async exists(patientId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("patients")
      .select("id")
      .where("id", "=", patientId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async listObservations(patientId: string, field?: SeriesField): Promise<Observation[]> {
    let q = this.db.selectFrom("observations").selectAll().where("patient_id", "=", patientId);
    if (field !== undefined) q = q.where("field", "=", field);
    const rows = await q.orderBy("date").orderBy("id").execute();
    return rows.map(toObservation);
  }

  async addTreatment(patientId: string, entry: TreatmentLine): Promise<TreatmentEntry> {
    const at = now();
    try {
      const row = await this.db
        .insertInto("treatment_history")
        .values({ patient_id: patientId, start: entry.start, entry: JSON.stringify(entry), created_at: at })
        .returning(["id"])
        .executeTakeFirstOrThrow();
      return { id: Number(row.id), entry, createdAt: at };
    } catch (e) {
      if (isForeignKeyViolation(e)) throw patientNotFound(patientId);
      throw e;
    }
  }

  async listTreatments(patientId: string): Promise<TreatmentEntry[]> {
    const rows = await this.db
      .selectFrom("treatment_history")
      .selectAll()
      .where("patient_id", "=", patientId)
      .orderBy("start")
      .orderBy("id")
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      entry: JSON.parse(r.entry) as TreatmentLine,
      createdAt: r.created_at,
    }));
  }

  async assembleRecord(patientId: string): Promise<PatientRecord | null> {
    return this.db.transaction().execute(async (trx) => {
      const doc = await trx
        .selectFrom("patient_documents")
        .select("document")
        .where("patient_id", "=", patientId)
        .executeTakeFirst();
      if (!doc) return null;
      const treatments = await trx
        .selectFrom("treatment_history")
        .select("entry")
        .where("patient_id", "=", patientId)
        .orderBy("id")
        .execute();
      const observations = await trx
        .selectFrom("observations")
        .selectAll()
        .where("patient_id", "=", patientId)
        .orderBy("id")
        .execute();
      const record: Record<string, unknown> = JSON.parse(doc.document);
      if (treatments.length > 0) record.treatmentHistory = treatments.map((t) => JSON.parse(t.entry));
      if (observations.length > 0) {
        const series: Record<string, Record<string, unknown>[]> = {};
        for (const o of observations.map(toObservation)) {
          const points = series[o.field] ?? [];
          points.push(seriesPoint(o));
          series[o.field] = points;
        }
        record.series = series;
      }
      return record as PatientRecord;
    });
  }

  async saveAssessment(input: NewAssessment): Promise<StoredAssessment> {
    const at = now();
    const s = input.summary;
    try {
      const row = await this.db
        .insertInto("assessments")
        .values({
          patient_id: input.patientId,
          created_at: at,
          as_of: input.asOf,
          knowledge_version: input.knowledgeVersion,
          engine_version: input.engineVersion,
          input_hash: input.inputHash,
          input: JSON.stringify(input.input),
          assessment: JSON.stringify(input.assessment),
          category: s.category,
          risk_group: s.riskGroup,
          overdue: intOrNull(s.overdue),
          progressed: intOrNull(s.progressed),
        })
        .returning(["id"])
        .executeTakeFirstOrThrow();
      return {
        id: Number(row.id),
        patientId: input.patientId,
        createdAt: at,
        asOf: input.asOf,
        knowledgeVersion: input.knowledgeVersion,
        engineVersion: input.engineVersion,
        inputHash: input.inputHash,
        summary: s,
        assessment: input.assessment,
      };
    } catch (e) {
      if (isForeignKeyViolation(e)) throw patientNotFound(input.patientId);
      throw e;
    }
  }

  async listAssessments(
    patientId: string,
    page: { limit: number; offset: number },
  ): Promise<StoredAssessment[]> {
    const rows = await this.db
      .selectFrom("assessments")
      .selectAll()
      .where("patient_id", "=", patientId)
      .orderBy("id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return rows.map((r) => ({ ...toAssessmentMeta(r), assessment: JSON.parse(r.assessment) as Assessment }));
  }

  async getAssessment(patientId: string, id: number): Promise<StoredAssessmentWithInput | null> {
    const r = await this.db
      .selectFrom("assessments")
      .selectAll()
      .where("patient_id", "=", patientId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!r) return null;
    return {
      ...toAssessmentMeta(r),
      assessment: JSON.parse(r.assessment) as Assessment,
      input: JSON.parse(r.input) as PatientRecord,
    };
  }

  async recordCdsFeedback(input: {
    serviceId: string;
    cardUuid: string;
    outcome: string;
    outcomeTimestamp: string | null;
    body: unknown;
  }): Promise<{ created: boolean }> {
    const res = await this.db
      .insertInto("cds_feedback")
      .values({
        service_id: input.serviceId,
        card_uuid: input.cardUuid,
        outcome: input.outcome,
        outcome_timestamp: input.outcomeTimestamp,
        body: JSON.stringify(input.body),
        created_at: now(),
      })
      .onConflict((oc) => oc.columns(["card_uuid", "outcome"]).doNothing())
      .returning(["id"])
      .execute();
    return { created: res.length > 0 };
  }

  async claimJwtId(jti: string, expiresAt: number): Promise<boolean> {
    const nowSeconds = Math.floor(Date.now() / 1000);
    await this.db.deleteFrom("used_jwt_ids").where("expires_at", "<", nowSeconds).execute();
    const res = await this.db
      .insertInto("used_jwt_ids")
      .values({ jti, expires_at: Math.ceil(expiresAt) })
      .onConflict((oc) => oc.column("jti").doNothing())
      .returning(["jti"])
      .execute();
    return res.length > 0;
  }
}

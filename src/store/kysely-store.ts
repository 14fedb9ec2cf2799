/** The Store on Kysely: the same queries for SQLite and PostgreSQL. Writes start with a write (never
 * read-then-write), so several processes on one database never lose a row; the patient document
 * is guarded by an optimistic version. */
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Assessment } from "../engine/assessment.js";
import { ErrorCode, MmnavError } from "../model/errors.js";
import type { PatientRecord, TreatmentLine } from "../model/record.js";
import {
  type ChainBreak,
  checkRow,
  contentHash,
  GENESIS_HASH,
  rowHash,
  saveKey,
  toChainedRow,
} from "./audit-chain.js";
import { inputHash as hashInput } from "./canonical.js";
import { type Dialect, migrateToLatest } from "./migrations.js";
import type { AssessmentsTable, Database, ObservationsTable, PatientsTable } from "./schema.js";
import {
  type AuditReport,
  type CdsFeedbackInput,
  type ComputedAssessment,
  IMMUNOFIXATION_FIELDS,
  type NewAssessment,
  type Observation,
  type ObservationInput,
  type OverdueTest,
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
import { importTrialStudies, latestTrialImport, listTrialStudies } from "./trials-store.js";

const now = (): string => new Date().toISOString();

/** The driver's error code: PostgreSQL SQLSTATE or better-sqlite3's SQLITE_* code. */
function dbErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
const isUniqueViolation = (e: unknown) =>
  ["23505", "SQLITE_CONSTRAINT_UNIQUE"].includes(dbErrorCode(e) ?? "");
/** A write that lost a race and may simply be tried again (SQLite busy, PostgreSQL serialization). */
const isRetryable = (e: unknown) => {
  const code = dbErrorCode(e) ?? "";
  return code.startsWith("SQLITE_BUSY") || code === "40001" || code === "40P01";
};

const patientNotFound = (id: string) => new MmnavError(ErrorCode.NOT_FOUND, `no patient with id ${id}`);

function toPatient(row: Selectable<PatientsTable> & { document: string }): Patient {
  return {
    id: row.id,
    organisation: row.organisation,
    recordId: row.record_id,
    externalId: row.record_id,
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

type AssessmentMeta = Omit<Selectable<AssessmentsTable>, "assessment" | "input" | "save_key">;
function toAssessmentMeta(row: AssessmentMeta): Omit<StoredAssessment, "assessment"> {
  return {
    id: Number(row.id),
    patientId: row.patient_id,
    createdAt: row.created_at,
    asOf: row.as_of,
    knowledgeVersion: row.knowledge_version,
    engineVersion: row.engine_version,
    inputHash: row.input_hash,
    recordDate: row.record_date,
    seq: Number(row.seq),
    outputHash: row.output_hash,
    prevHash: row.prev_hash,
    rowHash: row.row_hash,
    summary: {
      category: row.category,
      riskGroup: row.risk_group,
      overdue: boolOrNull(row.overdue),
      progressed: boolOrNull(row.progressed),
      overdueTests: row.overdue_tests === null ? null : (JSON.parse(row.overdue_tests) as OverdueTest[]),
    },
  };
}

function toStoredAssessment(row: Selectable<AssessmentsTable>): StoredAssessment {
  return { ...toAssessmentMeta(row), assessment: JSON.parse(row.assessment) as Assessment };
}

const MAX_SAVE_ATTEMPTS = 20;

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

function treatmentRow(patientId: string, t: TreatmentLine, createdAt: string) {
  return { patient_id: patientId, start: t.start, entry: JSON.stringify(t), created_at: createdAt };
}

/** A series point as PatientRecord `series` spells it for the field. */
function seriesPoint(o: Observation): Record<string, unknown> {
  if ((IMMUNOFIXATION_FIELDS as readonly string[]).includes(o.field))
    return { date: o.date, result: o.result };
  if (o.field === "clonalPlasmaCellPercent") return { date: o.date, value: o.value };
  return { date: o.date, value: o.value, unit: o.unit };
}

type Db = Kysely<Database> | Transaction<Database>;

/** Thrown inside a save transaction that lost a race; the save is tried again. */
class RetrySave extends Error {}

export class KyselyStore implements Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
  ) {}

  migrate(): Promise<string[]> {
    return migrateToLatest(this.db, this.dialect);
  }

  importTrials(input: Parameters<Store["importTrials"]>[0]) {
    return importTrialStudies(this.db, input);
  }

  listTrials() {
    return listTrialStudies(this.db);
  }

  latestTrialImport() {
    return latestTrialImport(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async ping(): Promise<void> {
    await this.db.selectFrom("patients").select("id").limit(1).execute();
  }

  async createPatient(
    organisation: string,
    input: { document: PatientDocument; observations: ObservationInput[]; treatments: TreatmentLine[] },
  ): Promise<Patient> {
    const id = randomUUID();
    const at = now();
    const recordId = input.document.id ?? null;
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("patients")
          .values({
            id,
            organisation,
            record_id: recordId,
            external_id: null,
            latest_assessment_id: null,
            created_at: at,
            updated_at: at,
            version: 1,
          })
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
            .values(input.treatments.map((t) => treatmentRow(id, t, at)))
            .execute();
        }
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw this.recordIdTaken();
      throw e;
    }
    return {
      id,
      organisation,
      recordId,
      externalId: recordId,
      createdAt: at,
      updatedAt: at,
      version: 1,
      document: input.document,
    };
  }

  private recordIdTaken(): MmnavError {
    return new MmnavError(ErrorCode.CONFLICT, "another patient already has this record id", [
      { path: "id", message: "already used by another patient" },
    ]);
  }

  async getPatient(organisation: string, id: string): Promise<Patient | null> {
    const row = await this.db
      .selectFrom("patients")
      .innerJoin("patient_documents", "patient_documents.patient_id", "patients.id")
      .selectAll("patients")
      .select("patient_documents.document")
      .where("patients.id", "=", id)
      .where("patients.organisation", "=", organisation)
      .executeTakeFirst();
    return row ? toPatient(row) : null;
  }

  /** True when the patient exists in the organisation (patients never move or disappear, so a
   * write may follow this check without a race). */
  private async owns(db: Db, organisation: string, patientId: string): Promise<boolean> {
    const row = await db
      .selectFrom("patients")
      .select("id")
      .where("id", "=", patientId)
      .where("organisation", "=", organisation)
      .executeTakeFirst();
    return row !== undefined;
  }

  async updatePatient(
    organisation: string,
    id: string,
    expectedVersion: number,
    document: PatientDocument,
  ): Promise<Patient> {
    const at = now();
    try {
      const updated = await this.db.transaction().execute(async (trx) => {
        // The guarded write comes first: of two writers holding the same version, one wins.
        const res = await trx
          .updateTable("patients")
          .set((eb) => ({ version: eb("version", "+", 1), updated_at: at, record_id: document.id ?? null }))
          .where("id", "=", id)
          .where("organisation", "=", organisation)
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
        const current = await this.getPatient(organisation, id);
        if (!current) throw patientNotFound(id);
        throw new MmnavError(
          ErrorCode.CONFLICT,
          `version ${expectedVersion} is stale: the patient is at version ${current.version}; reload and retry`,
        );
      }
    } catch (e) {
      if (isUniqueViolation(e)) throw this.recordIdTaken();
      throw e;
    }
    const after = await this.getPatient(organisation, id);
    if (!after) throw patientNotFound(id);
    return after;
  }

  async listPatients(
    organisation: string,
    filter: PatientFilter,
  ): Promise<{ items: PatientListItem[]; total: number }> {
    const base = () => {
      let q = this.db
        .selectFrom("patients")
        .leftJoin("assessments", "assessments.id", "patients.latest_assessment_id")
        .where("patients.organisation", "=", organisation);
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
        "assessments.record_date as a_record_date",
        "assessments.seq as a_seq",
        "assessments.output_hash as a_output_hash",
        "assessments.prev_hash as a_prev_hash",
        "assessments.row_hash as a_row_hash",
        "assessments.category as a_category",
        "assessments.risk_group as a_risk_group",
        "assessments.overdue as a_overdue",
        "assessments.progressed as a_progressed",
        "assessments.overdue_tests as a_overdue_tests",
      ])
      .orderBy("patients.created_at")
      .orderBy("patients.id")
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
    const items = rows.map((r): PatientListItem => {
      let latestAssessment: PatientListItem["latestAssessment"] = null;
      if (r.a_id !== null) {
        const { patientId: _p, ...meta } = toAssessmentMeta({
          id: r.a_id,
          patient_id: r.id,
          created_at: r.a_created_at ?? "",
          as_of: r.a_as_of ?? "",
          knowledge_version: r.a_knowledge_version ?? "",
          engine_version: r.a_engine_version ?? "",
          input_hash: r.a_input_hash ?? "",
          record_date: r.a_record_date,
          seq: r.a_seq ?? 0,
          output_hash: r.a_output_hash ?? "",
          prev_hash: r.a_prev_hash ?? "",
          row_hash: r.a_row_hash ?? "",
          category: r.a_category,
          risk_group: r.a_risk_group,
          overdue: r.a_overdue,
          progressed: r.a_progressed,
          overdue_tests: r.a_overdue_tests,
        });
        latestAssessment = meta;
      }
      return {
        id: r.id,
        recordId: r.record_id,
        externalId: r.record_id,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        version: Number(r.version),
        latestAssessment,
      };
    });
    return { items, total: Number(countRow.n) };
  }

  async addObservations(
    organisation: string,
    patientId: string,
    observations: ObservationInput[],
  ): Promise<Observation[]> {
    if (!(await this.owns(this.db, organisation, patientId))) throw patientNotFound(patientId);
    if (observations.length === 0) return [];
    const at = now();
    // One multi-row INSERT: atomic, and no read-then-write of the observations themselves.
    const rows = await this.db
      .insertInto("observations")
      .values(observations.map((o) => observationRow(patientId, o, at)))
      .returningAll()
      .execute();
    return rows.map(toObservation).sort((a, b) => a.id - b.id);
  }

  async listObservations(
    organisation: string,
    patientId: string,
    field?: SeriesField,
  ): Promise<Observation[]> {
    let q = this.db
      .selectFrom("observations")
      .innerJoin("patients", "patients.id", "observations.patient_id")
      .selectAll("observations")
      .where("observations.patient_id", "=", patientId)
      .where("patients.organisation", "=", organisation);
    if (field !== undefined) q = q.where("observations.field", "=", field);
    const rows = await q.orderBy("observations.date").orderBy("observations.id").execute();
    return rows.map(toObservation);
  }

  async addTreatment(organisation: string, patientId: string, entry: TreatmentLine): Promise<TreatmentEntry> {
    if (!(await this.owns(this.db, organisation, patientId))) throw patientNotFound(patientId);
    const at = now();
    const row = await this.db
      .insertInto("treatment_history")
      .values(treatmentRow(patientId, entry, at))
      .returning(["id"])
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), entry, createdAt: at };
  }

  async listTreatments(organisation: string, patientId: string): Promise<TreatmentEntry[]> {
    const rows = await this.db
      .selectFrom("treatment_history")
      .innerJoin("patients", "patients.id", "treatment_history.patient_id")
      .selectAll("treatment_history")
      .where("treatment_history.patient_id", "=", patientId)
      .where("patients.organisation", "=", organisation)
      .orderBy("treatment_history.start")
      .orderBy("treatment_history.id")
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      entry: JSON.parse(r.entry) as TreatmentLine,
      createdAt: r.created_at,
    }));
  }

  async assembleRecord(organisation: string, patientId: string): Promise<PatientRecord | null> {
    return this.db.transaction().execute((trx) => this.assemble(trx, organisation, patientId));
  }

  private async assemble(db: Db, organisation: string, patientId: string): Promise<PatientRecord | null> {
    const doc = await db
      .selectFrom("patient_documents")
      .innerJoin("patients", "patients.id", "patient_documents.patient_id")
      .select("patient_documents.document")
      .where("patient_documents.patient_id", "=", patientId)
      .where("patients.organisation", "=", organisation)
      .executeTakeFirst();
    if (!doc) return null;
    const treatments = await db
      .selectFrom("treatment_history")
      .select("entry")
      .where("patient_id", "=", patientId)
      .orderBy("id")
      .execute();
    const observations = await db
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
  }

  /** Runs a save transaction, again when it lost a race (at most MAX_SAVE_ATTEMPTS times). */
  private async retrying<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (e) {
        const lost = e instanceof RetrySave || isRetryable(e) || isUniqueViolation(e);
        if (!lost || attempt >= MAX_SAVE_ATTEMPTS) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
      }
    }
  }

  /** Holds the patient for the rest of the transaction, with a write (a row lock on PostgreSQL, the
   * write lock on SQLite) so that saves of one patient's chain run one after another. */
  private async holdPatient(trx: Transaction<Database>, organisation: string, patientId: string) {
    const res = await trx
      .updateTable("patients")
      .set((eb) => ({ latest_assessment_id: eb.ref("latest_assessment_id") }))
      .where("id", "=", patientId)
      .where("organisation", "=", organisation)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw patientNotFound(patientId);
  }

  async saveAssessment(organisation: string, input: NewAssessment): Promise<StoredAssessment> {
    return this.retrying(() =>
      this.db.transaction().execute(async (trx) => {
        await this.holdPatient(trx, organisation, input.patientId);
        return this.append(trx, input);
      }),
    );
  }

  async assessPatient(
    organisation: string,
    patientId: string,
    compute: (record: PatientRecord) => ComputedAssessment,
  ): Promise<StoredAssessment> {
    return this.retrying(() =>
      this.db.transaction().execute(async (trx) => {
        await this.holdPatient(trx, organisation, patientId);
        const record = await this.assemble(trx, organisation, patientId);
        if (!record) throw patientNotFound(patientId);
        return this.append(trx, { ...compute(record), patientId });
      }),
    );
  }

  /** Appends to the patient's chain, or returns the row already saved for this input and versions. */
  private async append(trx: Transaction<Database>, input: NewAssessment): Promise<StoredAssessment> {
    const inputHash = hashInput(input.input);
    const key = saveKey(input.patientId, inputHash, input.knowledgeVersion, input.engineVersion);
    const setLatest = (id: number) =>
      trx
        .updateTable("patients")
        .set({ latest_assessment_id: id })
        .where("id", "=", input.patientId)
        .execute();
    const existing = await trx
      .selectFrom("assessments")
      .selectAll()
      .where("save_key", "=", key)
      .executeTakeFirst();
    if (existing) {
      await setLatest(Number(existing.id));
      return toStoredAssessment(existing);
    }
    const last = await trx
      .selectFrom("assessments")
      .select(["seq", "row_hash"])
      .where("patient_id", "=", input.patientId)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    const s = input.summary;
    const overdueTests = s.overdueTests ?? null;
    const row = {
      patient_id: input.patientId,
      seq: Number(last?.seq ?? 0) + 1,
      prev_hash: last?.row_hash ?? GENESIS_HASH,
      created_at: now(),
      as_of: input.asOf,
      knowledge_version: input.knowledgeVersion,
      engine_version: input.engineVersion,
      input_hash: inputHash,
      output_hash: contentHash(input.assessment),
      input: JSON.stringify(input.input),
      assessment: JSON.stringify(input.assessment),
      category: s.category,
      risk_group: s.riskGroup,
      overdue: intOrNull(s.overdue),
      progressed: intOrNull(s.progressed),
      overdue_tests: overdueTests === null ? null : JSON.stringify(overdueTests),
      record_date: input.recordDate,
    };
    const full = { ...row, row_hash: rowHash(toChainedRow(row)), save_key: key };
    // The unique save key makes a concurrent save of the same input a no-op (then read it back).
    const inserted = await trx
      .insertInto("assessments")
      .values(full)
      .onConflict((oc) => oc.column("save_key").doNothing())
      .returning(["id"])
      .executeTakeFirst();
    if (!inserted) throw new RetrySave("an identical assessment was saved concurrently");
    await setLatest(Number(inserted.id));
    return toStoredAssessment({ ...full, id: inserted.id });
  }

  async listAssessments(
    organisation: string,
    patientId: string,
    page: { limit: number; offset: number },
  ): Promise<StoredAssessment[]> {
    const rows = await this.db
      .selectFrom("assessments")
      .innerJoin("patients", "patients.id", "assessments.patient_id")
      .selectAll("assessments")
      .where("assessments.patient_id", "=", patientId)
      .where("patients.organisation", "=", organisation)
      .orderBy("assessments.seq", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return rows.map(toStoredAssessment);
  }

  async getAssessment(
    organisation: string,
    patientId: string,
    id: number,
  ): Promise<StoredAssessmentWithInput | null> {
    const r = await this.db
      .selectFrom("assessments")
      .innerJoin("patients", "patients.id", "assessments.patient_id")
      .selectAll("assessments")
      .where("assessments.patient_id", "=", patientId)
      .where("patients.organisation", "=", organisation)
      .where("assessments.id", "=", id)
      .executeTakeFirst();
    return r ? { ...toStoredAssessment(r), input: JSON.parse(r.input) as PatientRecord } : null;
  }

  async getAssessmentById(id: number): Promise<StoredAssessmentWithInput | null> {
    const r = await this.db.selectFrom("assessments").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? { ...toStoredAssessment(r), input: JSON.parse(r.input) as PatientRecord } : null;
  }

  async verifyAuditChain(): Promise<AuditReport> {
    const patients = await this.db
      .selectFrom("patients")
      .select(["id", "latest_assessment_id"])
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    const breaks: ChainBreak[] = [];
    let rows = 0;
    let chained = 0;
    for (const p of patients) {
      const chain = await this.db
        .selectFrom("assessments")
        .selectAll()
        .where("patient_id", "=", p.id)
        .orderBy("seq")
        .orderBy("id")
        .execute();
      if (chain.length > 0) chained++;
      rows += chain.length;
      let previous: { seq: number; rowHash: string } | null = null;
      for (const r of chain) {
        const at = { patientId: p.id, assessmentId: Number(r.id), seq: Number(r.seq) };
        try {
          breaks.push(...checkRow(Number(r.id), toChainedRow(r), r.row_hash, previous));
        } catch {
          breaks.push({
            ...at,
            problem: "unreadable",
            detail: "the stored input or output is not valid JSON",
          });
        }
        previous = { seq: Number(r.seq), rowHash: r.row_hash };
      }
      const latest = p.latest_assessment_id === null ? null : Number(p.latest_assessment_id);
      if (latest !== null && !chain.some((r) => Number(r.id) === latest)) {
        breaks.push({
          patientId: p.id,
          assessmentId: latest,
          seq: 0,
          problem: "sequence-gap",
          detail: `the patient's latest assessment ${latest} is missing from its chain: a row was removed`,
        });
      }
    }
    return { patients: chained, rows, breaks };
  }

  async recordCdsFeedback(input: CdsFeedbackInput): Promise<{ created: boolean }> {
    const res = await this.db
      .insertInto("cds_feedback")
      .values({
        organisation: input.organisation,
        service_id: input.serviceId,
        card_uuid: input.cardUuid,
        outcome: input.outcome,
        outcome_timestamp: input.outcomeTimestamp,
        body: JSON.stringify(input.body),
        created_at: now(),
      })
      .onConflict((oc) => oc.columns(["organisation", "card_uuid", "outcome"]).doNothing())
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

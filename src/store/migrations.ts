/** Migrations defined in code (Kysely Migrator), run on start and by `mmnav migrate`. The same
 * tables and columns on SQLite and PostgreSQL; only the identity column is spelt per dialect. */
import {
  type ColumnDefinitionBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
  sql,
} from "kysely";
import { ErrorCode, MmnavError } from "../model/errors.js";
import { chainExistingAssessments } from "./migrate-chain.js";

export type Dialect = "sqlite" | "postgres";

function identity(dialect: Dialect) {
  return (col: ColumnDefinitionBuilder) =>
    dialect === "postgres"
      ? col.primaryKey().generatedByDefaultAsIdentity()
      : col.primaryKey().autoIncrement();
}

/** Every migration, by name; names sort in the order they apply. Never edit one that has shipped. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  const id = identity(dialect);
  return {
    "0001_initial": {
      // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
      async up(db: Kysely<any>) {
        await db.schema
          .createTable("patients")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("external_id", "text", (c) => c.unique())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .addColumn("version", "integer", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("patient_documents")
          .addColumn("patient_id", "text", (c) =>
            c.primaryKey().references("patients.id").onDelete("cascade"),
          )
          .addColumn("document", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("observations")
          .addColumn("id", "integer", id)
          .addColumn("patient_id", "text", (c) => c.notNull().references("patients.id").onDelete("cascade"))
          .addColumn("field", "text", (c) => c.notNull())
          .addColumn("date", "text", (c) => c.notNull())
          .addColumn("value", "double precision")
          .addColumn("unit", "text")
          .addColumn("result", "text")
          .addColumn("source", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex("observations_patient_field_date")
          .on("observations")
          .columns(["patient_id", "field", "date"])
          .execute();
        await db.schema
          .createTable("treatment_history")
          .addColumn("id", "integer", id)
          .addColumn("patient_id", "text", (c) => c.notNull().references("patients.id").onDelete("cascade"))
          .addColumn("start", "text", (c) => c.notNull())
          .addColumn("entry", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex("treatment_history_patient")
          .on("treatment_history")
          .columns(["patient_id", "start"])
          .execute();
        await db.schema
          .createTable("assessments")
          .addColumn("id", "integer", id)
          .addColumn("patient_id", "text", (c) => c.notNull().references("patients.id").onDelete("cascade"))
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("as_of", "text", (c) => c.notNull())
          .addColumn("knowledge_version", "text", (c) => c.notNull())
          .addColumn("engine_version", "text", (c) => c.notNull())
          .addColumn("input_hash", "text", (c) => c.notNull())
          .addColumn("input", "text", (c) => c.notNull())
          .addColumn("assessment", "text", (c) => c.notNull())
          .addColumn("category", "text")
          .addColumn("risk_group", "text")
          .addColumn("overdue", "integer")
          .addColumn("progressed", "integer")
          .execute();
        await db.schema
          .createIndex("assessments_patient_id")
          .on("assessments")
          .columns(["patient_id", "id"])
          .execute();
        await db.schema
          .createTable("cds_feedback")
          .addColumn("id", "integer", id)
          .addColumn("service_id", "text", (c) => c.notNull())
          .addColumn("card_uuid", "text", (c) => c.notNull())
          .addColumn("outcome", "text", (c) => c.notNull())
          .addColumn("outcome_timestamp", "text")
          .addColumn("body", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addUniqueConstraint("cds_feedback_card_outcome", ["card_uuid", "outcome"])
          .execute();
        await db.schema
          .createTable("used_jwt_ids")
          .addColumn("jti", "text", (c) => c.primaryKey())
          .addColumn("expires_at", "bigint", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("used_jwt_ids_expires").on("used_jwt_ids").column("expires_at").execute();
      },
      // biome-ignore lint/suspicious/noExplicitAny: see up()
      async down(db: Kysely<any>) {
        for (const t of [
          "used_jwt_ids",
          "cds_feedback",
          "assessments",
          "treatment_history",
          "observations",
          "patient_documents",
          "patients",
        ]) {
          await db.schema.dropTable(t).ifExists().execute();
        }
      },
    },
    "0002_organisations_and_audit_chain": {
      // biome-ignore lint/suspicious/noExplicitAny: see 0001
      async up(db: Kysely<any>) {
        // PostgreSQL runs each migration in a transaction; on SQLite this one makes its own.
        if (dialect === "sqlite")
          await db.transaction().execute((trx) => organisationsAndChain(trx, dialect));
        else await organisationsAndChain(db, dialect);
      },
    },
    "0003_trial_studies": {
      // biome-ignore lint/suspicious/noExplicitAny: see 0001
      async up(db: Kysely<any>) {
        await db.schema
          .createTable("trial_imports")
          .addColumn("id", "integer", id)
          .addColumn("imported_at", "text", (c) => c.notNull())
          .addColumn("exported_date", "text", (c) => c.notNull())
          .addColumn("summary", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("trial_studies")
          .addColumn("nct_id", "text", (c) => c.primaryKey())
          .addColumn("title", "text", (c) => c.notNull())
          .addColumn("overall_status", "text", (c) => c.notNull())
          .addColumn("last_update", "text")
          .addColumn("study", "text", (c) => c.notNull())
          .addColumn("import_id", "integer", (c) => c.notNull().references("trial_imports.id"))
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
      },
      // biome-ignore lint/suspicious/noExplicitAny: see 0001
      async down(db: Kysely<any>) {
        await db.schema.dropTable("trial_studies").ifExists().execute();
        await db.schema.dropTable("trial_imports").ifExists().execute();
      },
    },
  };
}

export const DEFAULT_ORGANISATION = "default";

/** 0002: patients belong to an organisation (record ids unique within it); assessments are chained
 * by hash (existing rows are chained now, in the order they were saved), saved once per input and
 * versions, and can no longer be updated or deleted; CDS feedback is kept per organisation. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
async function organisationsAndChain(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable("patients")
    .addColumn("organisation", "text", (c) => c.notNull().defaultTo(DEFAULT_ORGANISATION))
    .execute();
  await db.schema.alterTable("patients").addColumn("record_id", "text").execute();
  await db.schema.alterTable("patients").addColumn("latest_assessment_id", "integer").execute();
  await db
    .updateTable("patients")
    .set((eb) => ({ record_id: eb.ref("external_id"), external_id: null }))
    .execute();
  const index = (name: string, table: string, columns: string[], unique = false) => {
    const q = db.schema.createIndex(name).on(table).columns(columns);
    return (unique ? q.unique() : q).execute();
  };
  await index("patients_organisation_record_id", "patients", ["organisation", "record_id"], true);
  await index("patients_organisation_created", "patients", ["organisation", "created_at", "id"]);

  for (const [name, type, fallback] of [
    ["seq", "integer", 0],
    ["output_hash", "text", ""],
    ["prev_hash", "text", ""],
    ["row_hash", "text", ""],
  ] as const) {
    await db.schema
      .alterTable("assessments")
      .addColumn(name, type, (c) => c.notNull().defaultTo(fallback))
      .execute();
  }
  for (const name of ["overdue_tests", "record_date", "save_key"]) {
    await db.schema.alterTable("assessments").addColumn(name, "text").execute();
  }
  await chainExistingAssessments(db);
  await index("assessments_patient_seq", "assessments", ["patient_id", "seq"], true);
  await index("assessments_save_key", "assessments", ["save_key"], true);

  // Append-only: the database refuses UPDATE and DELETE of an assessment (the hash chain shows it
  // if someone with the rights drops the trigger first).
  if (dialect === "postgres") {
    await sql`CREATE FUNCTION mmnav_assessments_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'assessments are append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER assessments_append_only BEFORE UPDATE OR DELETE ON assessments
      FOR EACH ROW EXECUTE FUNCTION mmnav_assessments_append_only()`.execute(db);
    await sql`CREATE TRIGGER assessments_no_truncate BEFORE TRUNCATE ON assessments
      FOR EACH STATEMENT EXECUTE FUNCTION mmnav_assessments_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments
      BEGIN SELECT RAISE(ABORT, 'assessments are append-only'); END`.execute(db);
    await sql`CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments
      BEGIN SELECT RAISE(ABORT, 'assessments are append-only'); END`.execute(db);
  }

  // CDS feedback: one row per (organisation, card, outcome).
  if (dialect === "postgres") {
    await db.schema
      .alterTable("cds_feedback")
      .addColumn("organisation", "text", (c) => c.notNull().defaultTo(DEFAULT_ORGANISATION))
      .execute();
    await db.schema.alterTable("cds_feedback").dropConstraint("cds_feedback_card_outcome").execute();
    await db.schema
      .alterTable("cds_feedback")
      .addUniqueConstraint("cds_feedback_org_card_outcome", ["organisation", "card_uuid", "outcome"])
      .execute();
  } else {
    // SQLite cannot drop a constraint: the table is rebuilt (nothing references it).
    await db.schema
      .createTable("cds_feedback_v2")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("organisation", "text", (c) => c.notNull())
      .addColumn("service_id", "text", (c) => c.notNull())
      .addColumn("card_uuid", "text", (c) => c.notNull())
      .addColumn("outcome", "text", (c) => c.notNull())
      .addColumn("outcome_timestamp", "text")
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("cds_feedback_org_card_outcome", ["organisation", "card_uuid", "outcome"])
      .execute();
    await sql`INSERT INTO cds_feedback_v2 (id, organisation, service_id, card_uuid, outcome, outcome_timestamp, body, created_at)
      SELECT id, ${DEFAULT_ORGANISATION}, service_id, card_uuid, outcome, outcome_timestamp, body, created_at FROM cds_feedback`.execute(
      db,
    );
    await db.schema.dropTable("cds_feedback").execute();
    await db.schema.alterTable("cds_feedback_v2").renameTo("cds_feedback").execute();
  }
}

class CodeMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

/** Applies every pending migration; returns the names applied now (empty when up to date). */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new CodeMigrationProvider(dialect) });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MmnavError(ErrorCode.CONFIG, `database migration ${failed} failed: ${cause}`);
  }
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Migrations defined in code (Kysely Migrator), run on start and by `mmnav migrate`. The same
 * tables and columns on SQLite and PostgreSQL; only the identity column is spelt per dialect. */
import {
  type ColumnDefinitionBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
} from "kysely";
import { ErrorCode, MmnavError } from "../model/errors.js";

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
  };
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

/** Trial studies in the store: an import upserts recruiting studies by NCT number (a row changes only
 * for a newer record), removes studies whose newer record stopped recruiting, and records itself
 * with the export date. Registry data, not patient data: not scoped by organisation. */
import type { Kysely } from "kysely";
import type { KeptStudy, SkippedStudy } from "../trials/import-plan.js";
import type { Database } from "./schema.js";

export interface TrialImportInput {
  exportedDate: string;
  read: number;
  keep: KeptStudy[];
  stopped: { nctId: string; lastUpdate: string | null }[];
  skipped: SkippedStudy[];
}

export interface TrialImportSummary {
  importId: number;
  importedAt: string;
  exportedDate: string;
  read: number;
  kept: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: SkippedStudy[];
}

export interface StoredTrialStudy {
  nctId: string;
  lastUpdate: string | null;
  updatedAt: string;
  /** The study record as imported (ClinicalTrials.gov API v2 JSON). */
  study: unknown;
}

const newer = (a: string | null, b: string | null) => (a ?? "") > (b ?? "");

export async function importTrialStudies(
  db: Kysely<Database>,
  input: TrialImportInput,
): Promise<TrialImportSummary> {
  const at = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("trial_imports")
      .values({ imported_at: at, exported_date: input.exportedDate, summary: "{}" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const importId = Number(id);
    const ids = [...input.keep.map((k) => k.nctId), ...input.stopped.map((s) => s.nctId)];
    const existing = new Map<string, string | null>();
    if (ids.length > 0) {
      const rows = await trx
        .selectFrom("trial_studies")
        .select(["nct_id", "last_update"])
        .where("nct_id", "in", ids)
        .execute();
      for (const r of rows) existing.set(r.nct_id, r.last_update);
    }
    let inserted = 0;
    let updated = 0;
    let unchanged = 0;
    let removed = 0;
    for (const k of input.keep) {
      const row = {
        title: k.title,
        overall_status: k.overallStatus,
        last_update: k.lastUpdate,
        study: JSON.stringify(k.study),
        import_id: importId,
        updated_at: at,
      };
      if (!existing.has(k.nctId)) {
        // A concurrent import may insert the same study first: then this one is "unchanged".
        const r = await trx
          .insertInto("trial_studies")
          .values({ nct_id: k.nctId, ...row })
          .onConflict((oc) => oc.column("nct_id").doNothing())
          .executeTakeFirst();
        if (Number(r.numInsertedOrUpdatedRows ?? 0) > 0) inserted++;
        else unchanged++;
      } else if (newer(k.lastUpdate, existing.get(k.nctId) ?? null)) {
        await trx.updateTable("trial_studies").set(row).where("nct_id", "=", k.nctId).execute();
        updated++;
      } else unchanged++;
    }
    for (const s of input.stopped) {
      if (existing.has(s.nctId) && !newer(existing.get(s.nctId) ?? null, s.lastUpdate)) {
        await trx.deleteFrom("trial_studies").where("nct_id", "=", s.nctId).execute();
        removed++;
      }
    }
    const summary: TrialImportSummary = {
      importId,
      importedAt: at,
      exportedDate: input.exportedDate,
      read: input.read,
      kept: input.keep.length,
      inserted,
      updated,
      unchanged,
      removed,
      skipped: input.skipped,
    };
    await trx
      .updateTable("trial_imports")
      .set({ summary: JSON.stringify(summary) })
      .where("id", "=", importId)
      .execute();
    return summary;
  });
}

export async function listTrialStudies(db: Kysely<Database>): Promise<StoredTrialStudy[]> {
  const rows = await db
    .selectFrom("trial_studies")
    .select(["nct_id", "last_update", "updated_at", "study"])
    .orderBy("nct_id")
    .execute();
  return rows.map((r) => ({
    nctId: r.nct_id,
    lastUpdate: r.last_update,
    updatedAt: r.updated_at,
    study: JSON.parse(r.study) as unknown,
  }));
}

/** The last import (its export date says how current the studies are); null before any import. */
export async function latestTrialImport(db: Kysely<Database>): Promise<TrialImportSummary | null> {
  const row = await db
    .selectFrom("trial_imports")
    .select(["summary"])
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? (JSON.parse(row.summary) as TrialImportSummary) : null;
}

/** Migration 0002's data step: chains the assessments saved before it, per patient in the order
 * they were saved, and fills the columns added beside them (output hash, overdue tests, record
 * date, save key: the first of identical copies keeps the key, later copies get none). */
import type { Kysely, Selectable } from "kysely";
import { contentHash, GENESIS_HASH, rowHash, saveKey, toChainedRow } from "./audit-chain.js";
import type { AssessmentsTable } from "./schema.js";
import { overdueTestsOf, recordDateOf } from "./summary.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function chainExistingAssessments(db: Kysely<any>): Promise<void> {
  const patients = await db.selectFrom("assessments").select("patient_id").distinct().execute();
  for (const { patient_id: patientId } of patients) {
    const rows = (await db
      .selectFrom("assessments")
      .selectAll()
      .where("patient_id", "=", patientId)
      .orderBy("id")
      .execute()) as Selectable<AssessmentsTable>[];
    let prev = GENESIS_HASH;
    const keys = new Set<string>();
    for (const [i, r] of rows.entries()) {
      const assessment = JSON.parse(r.assessment);
      const input = JSON.parse(r.input);
      const overdueTests = overdueTestsOf(assessment);
      const filled = {
        ...r,
        seq: i + 1,
        prev_hash: prev,
        output_hash: contentHash(assessment),
        overdue_tests: overdueTests === null ? null : JSON.stringify(overdueTests),
        record_date:
          recordDateOf({ ...input, asOf: undefined }) ?? (input.asOf as string | undefined) ?? null,
      };
      const hash = rowHash(toChainedRow(filled));
      const key = saveKey(patientId, r.input_hash, r.knowledge_version, r.engine_version);
      await db
        .updateTable("assessments")
        .set({
          seq: filled.seq,
          prev_hash: filled.prev_hash,
          output_hash: filled.output_hash,
          overdue_tests: filled.overdue_tests,
          record_date: filled.record_date,
          row_hash: hash,
          save_key: keys.has(key) ? null : key,
        })
        .where("id", "=", r.id)
        .execute();
      keys.add(key);
      prev = hash;
    }
    await db
      .updateTable("patients")
      .set({ latest_assessment_id: rows.at(-1)?.id ?? null })
      .where("id", "=", patientId)
      .execute();
  }
}

/** The audit trail's hash chain: each saved assessment holds the hash of the previous row of its
 * patient and a hash over its own input, versions and output, so a row changed, removed or
 * inserted behind the server's back breaks the chain. Canonical JSON, sha-256. */
import type { Selectable } from "kysely";
import { canonicalJson, sha256Hex } from "./canonical.js";
import type { AssessmentsTable } from "./schema.js";

/** prev_hash of the first row of every chain. */
export const GENESIS_HASH = "0".repeat(64);

/** The columns of an assessment row that the row hash covers (all but id and save_key), with the
 * JSON columns parsed (the hash is over their canonical form, not the stored spelling). */
export interface ChainedRow {
  patientId: string;
  seq: number;
  prevHash: string;
  createdAt: string;
  asOf: string;
  knowledgeVersion: string;
  engineVersion: string;
  inputHash: string;
  outputHash: string;
  input: unknown;
  assessment: unknown;
  category: string | null;
  riskGroup: string | null;
  overdue: boolean | null;
  progressed: boolean | null;
  overdueTests: unknown;
  recordDate: string | null;
}

export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

export function rowHash(row: ChainedRow): string {
  return contentHash({ chain: "mmnav-assessment-v1", ...row });
}

/** One break in a patient's chain: which row, and what differs. */
export interface ChainBreak {
  patientId: string;
  assessmentId: number;
  seq: number;
  problem:
    | "input-changed"
    | "output-changed"
    | "row-changed"
    | "previous-hash-mismatch"
    | "sequence-gap"
    | "unreadable";
  detail: string;
}

/** Checks one row against the previous row of its chain (null for the first). */
export function checkRow(
  assessmentId: number,
  row: ChainedRow,
  storedRowHash: string,
  previous: { seq: number; rowHash: string } | null,
): ChainBreak[] {
  const at = { patientId: row.patientId, assessmentId, seq: row.seq };
  const breaks: ChainBreak[] = [];
  const expectedSeq = (previous?.seq ?? 0) + 1;
  if (row.seq !== expectedSeq) {
    breaks.push({
      ...at,
      problem: "sequence-gap",
      detail: `expected position ${expectedSeq} in the chain, found ${row.seq}: a row is missing or was inserted`,
    });
  }
  const expectedPrev = previous?.rowHash ?? GENESIS_HASH;
  if (row.prevHash !== expectedPrev) {
    breaks.push({
      ...at,
      problem: "previous-hash-mismatch",
      detail: `holds previous hash ${row.prevHash.slice(0, 12)}…, the previous row's hash is ${expectedPrev.slice(0, 12)}…`,
    });
  }
  for (const [problem, value, stored, what] of [
    ["input-changed", row.input, row.inputHash, "input"],
    ["output-changed", row.assessment, row.outputHash, "assessment"],
  ] as const) {
    const hash = contentHash(value);
    if (hash !== stored) {
      breaks.push({
        ...at,
        problem,
        detail: `the stored ${what} hashes to ${hash.slice(0, 12)}…, the row says ${stored.slice(0, 12)}…`,
      });
    }
  }
  const recomputed = rowHash(row);
  if (recomputed !== storedRowHash && breaks.length === 0) {
    breaks.push({
      ...at,
      problem: "row-changed",
      detail:
        "the row hash does not match its columns: a version, date, hash or summary column (category, risk group, overdue, progressed) was changed",
    });
  }
  return breaks;
}

/** The chained columns of a database row (JSON columns parsed; throws on unreadable JSON). */
export function toChainedRow(
  r: Omit<Selectable<AssessmentsTable>, "id" | "save_key" | "row_hash">,
): ChainedRow {
  const flag = (v: number | null) => (v === null ? null : Number(v) !== 0);
  return {
    patientId: r.patient_id,
    seq: Number(r.seq),
    prevHash: r.prev_hash,
    createdAt: r.created_at,
    asOf: r.as_of,
    knowledgeVersion: r.knowledge_version,
    engineVersion: r.engine_version,
    inputHash: r.input_hash,
    outputHash: r.output_hash,
    input: JSON.parse(r.input),
    assessment: JSON.parse(r.assessment),
    category: r.category,
    riskGroup: r.risk_group,
    overdue: flag(r.overdue),
    progressed: flag(r.progressed),
    overdueTests: r.overdue_tests === null ? null : JSON.parse(r.overdue_tests),
    recordDate: r.record_date,
  };
}

/** The idempotency key of a save: one row per patient, input and versions. */
export function saveKey(
  patientId: string,
  inputHash: string,
  knowledgeVersion: string,
  engineVersion: string,
) {
  return [patientId, inputHash, knowledgeVersion, engineVersion].join("|");
}

/** `mmnav audit verify` (walk every patient's hash chain of saved assessments and name each break)
 * and `mmnav audit replay ID` (recompute a saved assessment from its stored input and compare). */
import type { Command } from "commander";
import { assess } from "../engine/assess.js";
import { ENGINE_VERSION } from "../engine/version.js";
import { KNOWLEDGE_VERSION } from "../knowledge/index.js";
import { contentHash } from "../store/audit-chain.js";
import { canonicalJson } from "../store/canonical.js";
import type { StoreConfig } from "../store/open.js";
import type { Store } from "../store/store.js";

/** Exit codes: 0 intact / matches; 1 a break / a difference; 2 usage (no such assessment);
 * 3 replay refused because the stored versions are not the running ones. */
export const AUDIT_EXIT = { ok: 0, broken: 1, usage: 2, versions: 3 } as const;

function storeConfig(flags: { dataDir?: string }): StoreConfig {
  return { databaseUrl: process.env.DATABASE_URL?.trim() || undefined, dataDir: flags.dataDir };
}

async function withStore<T>(flags: { dataDir?: string }, run: (store: Store) => Promise<T>): Promise<T> {
  // Loaded here, not for every `mmnav`: the database drivers take a while to load.
  const { openStore } = await import("../store/open.js");
  const store = await openStore(storeConfig(flags));
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** JSON paths where two values differ (at most `limit`). */
export function differingPaths(a: unknown, b: unknown, limit = 20, path = "$"): string[] {
  if (canonicalJson(a) === canonicalJson(b)) return [];
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object";
  if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) return [path];
  const out: string[] = [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const k of keys) {
    if (out.length >= limit) break;
    const sub = Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`;
    out.push(...differingPaths(a[k], b[k], limit - out.length, sub));
  }
  return out;
}

export function registerAuditCommands(program: Command): void {
  const audit = program
    .command("audit")
    .description(
      "Check the audit trail of saved assessments (DATABASE_URL=postgres://... or the SQLite file)",
    );

  audit
    .command("verify")
    .description(
      "Walk every patient's hash chain; name each break (patient, row, what differs); exit 1 on a break",
    )
    .option("--data-dir <dir>", "folder of the SQLite file (default ./data)")
    .option("--json", "print the report as JSON")
    .action(async (flags: { dataDir?: string; json?: boolean }) => {
      const report = await withStore(flags, (store) => store.verifyAuditChain());
      if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else {
        const { describeStore } = await import("../store/open.js");
        process.stdout.write(
          `${describeStore(storeConfig(flags))}: ${report.rows} saved assessment(s) of ${report.patients} patient(s)\n`,
        );
        for (const b of report.breaks) {
          process.stdout.write(
            `BREAK patient ${b.patientId}, assessment ${b.assessmentId} (chain position ${b.seq}): ${b.problem}: ${b.detail}\n`,
          );
        }
        process.stdout.write(
          report.breaks.length === 0
            ? "every chain is intact\n"
            : `${report.breaks.length} break(s): the audit trail was changed outside the server\n`,
        );
      }
      process.exitCode = report.breaks.length === 0 ? AUDIT_EXIT.ok : AUDIT_EXIT.broken;
    });

  audit
    .command("replay")
    .description(
      "Recompute saved assessment ID from its stored input and show whether it matches (exit 0 match, 1 differs, 3 other versions)",
    )
    .argument("<id>", "the saved assessment's id")
    .option("--data-dir <dir>", "folder of the SQLite file (default ./data)")
    .action(async (idText: string, flags: { dataDir?: string }) => {
      const id = Number(idText);
      if (!Number.isInteger(id) || id <= 0) {
        process.stderr.write(
          `mmnav audit replay: ID must be a positive integer, not ${JSON.stringify(idText)}\n`,
        );
        process.exitCode = AUDIT_EXIT.usage;
        return;
      }
      const saved = await withStore(flags, (store) => store.getAssessmentById(id));
      if (!saved) {
        process.stderr.write(`mmnav audit replay: no saved assessment ${id}\n`);
        process.exitCode = AUDIT_EXIT.usage;
        return;
      }
      const out = (line: string) => process.stdout.write(`${line}\n`);
      out(`assessment ${id}: patient ${saved.patientId}, chain position ${saved.seq}, as of ${saved.asOf}`);
      if (saved.engineVersion !== ENGINE_VERSION || saved.knowledgeVersion !== KNOWLEDGE_VERSION) {
        process.stderr.write(
          `mmnav audit replay: refused: assessment ${id} was made by engine ${saved.engineVersion} with knowledge ${saved.knowledgeVersion}; ` +
            `this is engine ${ENGINE_VERSION} with knowledge ${KNOWLEDGE_VERSION}. Replay it with the mmnav release of those versions.\n`,
        );
        process.exitCode = AUDIT_EXIT.versions;
        return;
      }
      const storedIntact = contentHash(saved.assessment) === saved.outputHash;
      const recomputed = assess(saved.input);
      const diffs = differingPaths(saved.assessment, recomputed);
      if (!storedIntact) out("warning: the stored output does not match its hash (run mmnav audit verify)");
      if (diffs.length === 0) {
        out(`MATCH: the recomputed assessment equals the stored one (output hash ${saved.outputHash})`);
        process.exitCode = storedIntact ? AUDIT_EXIT.ok : AUDIT_EXIT.broken;
      } else {
        out(
          `DIFFERS: the recomputed assessment differs from the stored one at ${diffs.length === 20 ? "20+" : diffs.length} place(s):`,
        );
        for (const d of diffs) out(`  ${d}`);
        process.exitCode = AUDIT_EXIT.broken;
      }
    });
}

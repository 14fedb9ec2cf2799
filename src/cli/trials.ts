/** `mmnav trials import FILE|DIR...` (keep recruiting plasma-cell-disorder studies from
 * ClinicalTrials.gov JSON, idempotently, with the export date) and `mmnav trials match FILE` (the
 * studies that fit one patient, under the clinical-trial option). */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { assess } from "../engine/assess.js";
import type { PatientRecord } from "../model/record.js";
import type { Store } from "../store/store.js";
import { buildTrialsAnswer, type TrialsAnswer } from "../trials/answer.js";
import { planImport } from "../trials/import-plan.js";
import type { TrialFinding, TrialMatch } from "../trials/match.js";
import { parseStudies, type Study } from "../trials/study.js";
import { isoDateArg } from "./assess.js";
import { fileError, InputError, issuesOf, parseJson, readInput, today } from "./io.js";

async function withStore<T>(flags: { dataDir?: string }, run: (store: Store) => Promise<T>): Promise<T> {
  // Loaded here, not for every `mmnav`: the database drivers take a while to load.
  const { openStore } = await import("../store/open.js");
  const store = await openStore({
    databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
    dataDir: flags.dataDir,
  });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Files to read: each file given, and every .json directly in each folder given (sorted). A path that
 * cannot be read, or a folder without .json files, is a one-line InputError (exit 2). */
async function studyFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const what = "study JSON files, or folders of them";
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) {
        const names = (await readdir(p)).filter((n) => n.toLowerCase().endsWith(".json")).sort();
        if (names.length === 0)
          throw new InputError(`cannot read ${p}: a directory with no .json study records`);
        out.push(...names.map((n) => join(p, n)));
      } else out.push(p);
    } catch (e) {
      throw e instanceof InputError ? e : fileError(p, e, "read", what);
    }
  }
  return out;
}

/** Runs a command body; an invalid record exits 2 with the `{path, message}` list on stderr (a file that
 * cannot be read is an InputError, printed by main.ts). */
async function guarded(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    const issues = issuesOf(e);
    if (issues) {
      process.stderr.write(`${JSON.stringify(issues, null, 2)}\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}

function describeFinding(f: TrialFinding): string {
  const v = (x: unknown) => (Array.isArray(x) ? x.join(", ") : x === null ? "not known" : String(x));
  return `${f.criterion}: patient ${v(f.patientValue)}; study ${v(f.studyValue)}${f.assumed ? ` (assumed: ${f.assumed})` : ""}`;
}

function describeMatch(m: TrialMatch): string[] {
  const name = m.acronym && m.acronym !== m.title ? `${m.acronym} — ${m.title}` : m.title;
  const out = [
    `- ${m.nctId} ${name}`,
    `  ${m.url}  (${m.overallStatus}${m.phases.length ? `, ${m.phases.join("/")}` : ""})`,
  ];
  for (const f of m.contradicts) out.push(`  does not fit: ${describeFinding(f)}`);
  for (const f of m.fits) out.push(`  fits: ${describeFinding(f)}`);
  for (const f of m.notChecked) out.push(`  not checked (not in the record): ${describeFinding(f)}`);
  if (m.unreadLines.length > 0) {
    out.push("  not read (check with the study team):");
    for (const l of m.unreadLines) out.push(`    [${l.section}] ${l.text}`);
  }
  return out;
}

export function renderTrialsAnswer(a: TrialsAnswer): string {
  const out: string[] = [];
  const options = a.clinicalTrialOptions.map((o) => `${o.title} (${o.id})`).join("; ");
  out.push(`Clinical trial option: ${options || "not among this assessment's options"}`);
  out.push(
    a.export
      ? `Studies from a ClinicalTrials.gov export of ${a.export.exportedDate} (imported ${a.export.importedAt.slice(0, 10)}).`
      : "No studies imported yet: run `mmnav trials import FILE|DIR`.",
  );
  out.push("", `Studies that fit the checked criteria (${a.matching.length}):`);
  for (const m of a.matching) out.push(...describeMatch(m));
  out.push("", `Studies that do not fit (${a.notMatching.length}):`);
  for (const m of a.notMatching) out.push(...describeMatch(m));
  out.push("", a.notice);
  return out.join("\n");
}

export function registerTrialsCommands(program: Command): void {
  const trials = program
    .command("trials")
    .description("Clinical trials matched offline from ClinicalTrials.gov study records (JSON, API v2)");

  trials
    .command("import")
    .description(
      "Keep recruiting plasma-cell-disorder studies from study records (files or folders of .json)",
    )
    .argument("<paths...>", "study JSON files, or folders of them")
    .option(
      "--exported <date>",
      "date of the registry export (default: the newest lastUpdatePostDate)",
      isoDateArg,
    )
    .option("--data-dir <dir>", "folder of the SQLite file (default ./data)")
    .option("--json", "print the summary as JSON")
    .action(async (paths: string[], flags: { exported?: string; dataDir?: string; json?: boolean }) =>
      guarded(async () => {
        const studies: Study[] = [];
        for (const file of await studyFiles(paths)) {
          studies.push(...parseStudies(parseJson(await readInput(file), file), file));
        }
        const plan = planImport(studies);
        const exportedDate = flags.exported ?? plan.newestUpdate;
        if (exportedDate === null) {
          process.stderr.write(
            "mmnav: no record has a lastUpdatePostDate, so the export date is not known: give --exported YYYY-MM-DD\n",
          );
          process.exitCode = 2;
          return;
        }
        const summary = await withStore(flags, (store) => store.importTrials({ exportedDate, ...plan }));
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
          return;
        }
        const lines = [
          `Read ${summary.read} study record(s); export date ${summary.exportedDate}.`,
          `Kept ${summary.kept} recruiting plasma-cell-disorder stud${summary.kept === 1 ? "y" : "ies"}: ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged.`,
          `Removed ${summary.removed} stored stud${summary.removed === 1 ? "y" : "ies"} no longer recruiting.`,
          `Skipped ${summary.skipped.length}:`,
          ...summary.skipped.map((s) => `  ${s.nctId} ${s.reason}: ${s.detail}`),
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
      }),
    );

  trials
    .command("match")
    .description(
      "Assess one PatientRecord and list the stored studies that fit, under the clinical-trial option",
    )
    .argument("<file>", "PatientRecord JSON file, or - to read standard input")
    .option(
      "--as-of <date>",
      "assess as of this date when the record has no asOf (default: today)",
      isoDateArg,
    )
    .option("--data-dir <dir>", "folder of the SQLite file (default ./data)")
    .option("--json", "print the answer as JSON")
    .action(async (file: string, flags: { asOf?: string; dataDir?: string; json?: boolean }) =>
      guarded(async () => {
        const record = parseJson(await readInput(file));
        const assessment = assess(record, { defaultAsOf: flags.asOf ?? today() });
        const answer = await withStore(flags, async (store) =>
          // assess() has validated the record: it is a PatientRecord from here on.
          buildTrialsAnswer(
            await store.listTrials(),
            record as PatientRecord,
            assessment,
            await store.latestTrialImport(),
          ),
        );
        process.stdout.write(
          flags.json ? `${JSON.stringify(answer, null, 2)}\n` : `${renderTrialsAnswer(answer)}\n`,
        );
      }),
    );
}

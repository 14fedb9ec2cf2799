/** `mmnav assess FILE|-`: one record in, one Assessment out (JSON, clinician or patient summary). */
import { type Command, InvalidArgumentError, Option } from "commander";
import { assess } from "../engine/assess.js";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { MmnavError } from "../model/errors.js";
import { isoDate } from "../model/record.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { LANGS, type Lang, wordsFor } from "../render/words/index.js";
import { EXIT, issuesOf, type OutputFormat, outputFormat, parseJson, readInput, today } from "./io.js";

export function isoDateArg(value: string): string {
  if (!isoDate.safeParse(value).success) {
    throw new InvalidArgumentError("expected an ISO 8601 date (YYYY-MM-DD)");
  }
  return value;
}

interface AssessOptions {
  json?: boolean;
  audience: "clinician" | "patient";
  format?: OutputFormat;
  asOf?: string;
  jurisdiction: "us" | "eu" | "both";
  detail: "short" | "full";
  lang: Lang;
}

export function registerAssessCommand(program: Command): void {
  program
    .command("assess")
    .description(
      "Assess one PatientRecord (a JSON file, or - for standard input); a FHIR R4 Bundle is imported first, its import warnings on standard error",
    )
    .argument("<file>", "PatientRecord (or FHIR R4 Bundle) JSON file, or - to read standard input")
    .option("--json", "print the Assessment as JSON (short for --format json)")
    .addOption(
      new Option("--audience <who>", "who the summary is for")
        .choices(["clinician", "patient"])
        .default("clinician"),
    )
    .addOption(new Option("--format <format>", "output format").choices(["text", "markdown", "json"]))
    .option(
      "--as-of <date>",
      "assess as of this date when the record has no asOf (default: today)",
      isoDateArg,
    )
    .addOption(
      new Option("--jurisdiction <where>", "which regulatory status to show")
        .choices(["us", "eu", "both"])
        .default("both"),
    )
    .addOption(
      new Option(
        "--detail <level>",
        "patient summary: a one-page handout (short) or the full plain-language text (full)",
      )
        .choices(["short", "full"])
        .default("short"),
    )
    .addOption(
      new Option(
        "--lang <lang>",
        "patient summary: language of the text (clinician summaries and JSON stay as they are)",
      )
        .choices([...LANGS])
        .default("en"),
    )
    .action(async (file: string, opts: AssessOptions, cmd: Command) => {
      const format = outputFormat(cmd, opts);
      if (
        cmd.getOptionValueSource("lang") === "cli" &&
        (format === "json" || opts.audience === "clinician")
      ) {
        cmd.error(
          "error: --lang chooses the language of the patient summary; it does not apply to the clinician summary or JSON",
          { exitCode: EXIT.INVALID, code: "mmnav.conflictingOptions" },
        );
      }
      try {
        const input = parseJson(await readInput(file));
        const record = isBundle(input) ? fromBundle(input, opts.asOf ?? today()) : input;
        if (record === null) {
          process.exitCode = EXIT.INVALID;
          return;
        }
        const assessment = assess(record, {
          defaultAsOf: opts.asOf ?? today(),
          jurisdiction: opts.jurisdiction,
        });
        if (format === "json") {
          process.stdout.write(`${JSON.stringify(assessment, null, 2)}\n`);
        } else {
          const words = wordsFor(opts.lang);
          const out =
            opts.audience === "clinician"
              ? renderClinicianSummary(assessment, format)
              : opts.detail === "full"
                ? renderPatientSummary(assessment, format, words)
                : renderHandout(assessment, format, words);
          process.stdout.write(`${out}\n`);
        }
      } catch (e) {
        const issues = issuesOf(e);
        if (issues) {
          process.stderr.write(`${JSON.stringify(issues, null, 2)}\n`);
          process.exitCode = EXIT.INVALID;
          return;
        }
        throw e;
      }
    });
}

/** Review c57 m1: a FHIR R4 Bundle given to `assess` ("resourceType" was refused as a record field). */
function isBundle(input: unknown): boolean {
  return (
    typeof input === "object" &&
    input !== null &&
    (input as { resourceType?: unknown }).resourceType === "Bundle"
  );
}

/** The Bundle imported (as `$assess` and `screen` import it), each import warning said on standard error; null, with
 * the reason said, when the importer refuses it (a deceased patient, resources about several patients). */
function fromBundle(bundle: unknown, asOf: string): unknown {
  try {
    const imported = bundleToRecord(bundle, { asOf });
    for (const w of imported.warnings)
      process.stderr.write(`import ${w.kind === "note" ? "note" : "warning"}: ${w.resource}: ${w.message}\n`);
    return imported.record;
  } catch (e) {
    if (!(e instanceof MmnavError)) throw e;
    process.stderr.write(`error: the FHIR Bundle was not imported: ${e.message}\n`);
    for (const i of e.issues) process.stderr.write(`  ${i.path}: ${i.message}\n`);
    return null;
  }
}

/** Review c56 MISLEADING-1: `mmnav screen` of a FHIR Bulk Data folder keeps what the import could not use.
 * A full line carries `fhirImport` as `POST /fhir/r4/$assess` answers it, a compact line `importWarnings`
 * (count and resources, no texts), and the summary counts the patients with import warnings; a clean
 * folder gives none, and NDJSON PatientRecords gain neither field. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type BundleImport, bundleToRecord } from "../fhir/bundle-to-record.js";
import { synthCohort } from "../synth/cohort.js";
import { formatSummary, screen } from "./screen.js";
import type { CompactImportWarnings } from "./screen-batch.js";

const AS_OF = "2026-11-27";
const UCUM = "http://unitsofmeasure.org";

const lab = (
  id: string,
  patient: string,
  loinc: string,
  value: number,
  unit: string,
  extra: Record<string, unknown> = {},
) => ({
  resourceType: "Observation",
  id,
  status: "final",
  code: { coding: [{ system: "http://loinc.org", code: loinc }] },
  subject: { reference: `Patient/${patient}` },
  effectiveDateTime: "2026-11-20",
  valueQuantity: { value, unit, system: UCUM, code: unit },
  ...extra,
});

/** A smouldering-range patient's labs, every one usable. */
const cleanLabs = (p: string) => [
  lab(`${p}-mprot`, p, "33358-3", 1.2, "g/dL"),
  lab(`${p}-hb`, p, "718-7", 13.1, "g/dL"),
  lab(`${p}-ca`, p, "17861-6", 9.4, "mg/dL"),
  lab(`${p}-crea`, p, "2160-0", 0.9, "mg/dL"),
];

/** The same, plus a creatinine of 8.0 entered in error (the real 0.9 stands) and a haemoglobin in a unit
 * the import refuses (mmol/L: review c56 m4). */
const warnLabs = (p: string) => [
  ...cleanLabs(p),
  lab(`${p}-crea-eie`, p, "2160-0", 8.0, "mg/dL", { status: "entered-in-error" }),
  lab(`${p}-hb-mmol`, p, "718-7", 8.1, "mmol/L", { effectiveDateTime: "2026-11-21" }),
];

const patient = (id: string) => ({ resourceType: "Patient", id, gender: "female", birthDate: "1958-03-02" });

/** A Bulk Data folder (Patient.ndjson, Observation.ndjson) of these patients and observations. */
function bulkFolder(patients: string[], observations: object[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), "mmnav-screen-fhir-")), "export");
  mkdirSync(dir);
  writeFileSync(
    join(dir, "Patient.ndjson"),
    `${patients.map((p) => JSON.stringify(patient(p))).join("\n")}\n`,
  );
  writeFileSync(
    join(dir, "Observation.ndjson"),
    `${observations.map((o) => JSON.stringify(o)).join("\n")}\n`,
  );
  return dir;
}

/** One patient's Bundle, as the folder's grouping builds it, for bundleToRecord's own answer. */
const bundleOf = (id: string, observations: object[]) => ({
  resourceType: "Bundle",
  type: "collection",
  entry: [patient(id), ...observations].map((resource) => ({ resource })),
});

const readLines = (file: string) =>
  readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
interface FullLine {
  id: string;
  diagnosis: { category: string };
  fhirImport: Pick<BundleImport, "warnings" | "provenance" | "conditionHints">;
}
interface CompactLine {
  id: string;
  category: string;
  importWarnings: CompactImportWarnings;
}
/** The output line of patient `id` (lines come in the grouping's order, not the Patient file's). */
function lineOf<T extends { id: string }>(lines: T[], id: string): T {
  const line = lines.find((l) => l.id === id);
  if (!line) throw new Error(`no output line for ${id}`);
  return line;
}

describe("mmnav screen of a FHIR Bulk Data folder: import warnings", { timeout: 120_000 }, () => {
  it("carries each patient's import warnings in its full line as $assess's fhirImport, and counts them", async () => {
    const dir = bulkFolder(["pt-warn", "pt-clean"], [...warnLabs("pt-warn"), ...cleanLabs("pt-clean")]);
    const out = join(dir, "..", "full.ndjson");
    const summary = await screen(dir, out, { defaultAsOf: AS_OF, threads: 0 });
    expect(summary).toMatchObject({ total: 2, assessed: 2, errors: 0, withImportWarnings: 1 });
    const lines: FullLine[] = readLines(out);
    const warn = lineOf(lines, "pt-warn");
    // The warnings name the value entered in error and the refused unit, each by its resource.
    expect(warn.fhirImport.warnings).toEqual(
      expect.arrayContaining([
        { resource: "Observation/pt-warn-crea-eie", message: expect.stringMatching(/entered-in-error/) },
        { resource: "Observation/pt-warn-hb-mmol", message: expect.stringMatching(/mmol\/L/) },
      ]),
    );
    // Exactly what bundleToRecord (and so $assess) says of that patient's Bundle: warnings, provenance, hints.
    const imported = bundleToRecord(bundleOf("pt-warn", warnLabs("pt-warn")), { asOf: AS_OF });
    expect(warn.fhirImport).toEqual({
      warnings: imported.warnings,
      provenance: imported.provenance,
      conditionHints: imported.conditionHints,
    });
    // The Assessment itself is whole beside it, and read the real creatinine, not the one entered in error.
    expect(warn.diagnosis.category).toBeTypeOf("string");
    expect(warn.fhirImport.provenance["labs.creatinine"]).toBe("Observation/pt-warn-crea");
    expect(lineOf(lines, "pt-clean").fhirImport.warnings).toEqual([]);
    expect(formatSummary(summary)).toMatch(/; 1 assessed with FHIR import warnings \(/);
  });

  it("--compact carries their count and resources, no texts, the same from worker threads", async () => {
    const dir = bulkFolder(["pt-warn", "pt-clean"], [...warnLabs("pt-warn"), ...cleanLabs("pt-clean")]);
    const run = (threads: number) =>
      screen(dir, join(dir, "..", `compact-${threads}.ndjson`), {
        defaultAsOf: AS_OF,
        compact: true,
        threads,
      });
    const inline = await run(0);
    const workers = await run(2);
    expect(readFileSync(join(dir, "..", "compact-2.ndjson"))).toEqual(
      readFileSync(join(dir, "..", "compact-0.ndjson")),
    );
    expect(inline.withImportWarnings).toBe(1);
    expect(workers.withImportWarnings).toBe(1);
    const lines: CompactLine[] = readLines(join(dir, "..", "compact-0.ndjson"));
    const warn = lineOf(lines, "pt-warn");
    const imported = bundleToRecord(bundleOf("pt-warn", warnLabs("pt-warn")), { asOf: AS_OF });
    expect(warn.importWarnings.count).toBe(imported.warnings.length);
    expect(warn.importWarnings.resources).toEqual(
      expect.arrayContaining(["Observation/pt-warn-crea-eie", "Observation/pt-warn-hb-mmol"]),
    );
    expect(new Set(warn.importWarnings.resources).size).toBe(warn.importWarnings.resources.length);
    expect(warn.category).toBeTypeOf("string");
    expect(JSON.stringify(warn)).not.toMatch(/entered-in-error|not used|"message"/);
    expect(lineOf(lines, "pt-clean").importWarnings).toEqual({ count: 0, resources: [] });
  });

  it("a clean folder gives no warnings and counts none (control)", async () => {
    const dir = bulkFolder(["pt-a", "pt-b"], [...cleanLabs("pt-a"), ...cleanLabs("pt-b")]);
    const full = await screen(dir, join(dir, "..", "full.ndjson"), { defaultAsOf: AS_OF, threads: 0 });
    const compact = await screen(dir, join(dir, "..", "compact.ndjson"), {
      defaultAsOf: AS_OF,
      compact: true,
      threads: 0,
    });
    for (const s of [full, compact]) expect(s).toMatchObject({ assessed: 2, withImportWarnings: 0 });
    expect(readLines(join(dir, "..", "full.ndjson")).map((l) => l.fhirImport.warnings)).toEqual([[], []]);
    expect(readLines(join(dir, "..", "compact.ndjson")).map((l) => l.importWarnings)).toEqual([
      { count: 0, resources: [] },
      { count: 0, resources: [] },
    ]);
    expect(formatSummary(full)).toMatch(/; 0 assessed with FHIR import warnings \(/);
  });

  it("NDJSON PatientRecords gain neither field, and the summary has no FHIR line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mmnav-screen-fhir-"));
    writeFileSync(join(dir, "in.ndjson"), [...synthCohort(3, 5)].map((r) => JSON.stringify(r)).join("\n"));
    for (const compact of [false, true]) {
      const summary = await screen(join(dir, "in.ndjson"), join(dir, "out.ndjson"), {
        defaultAsOf: AS_OF,
        compact,
        threads: 0,
      });
      expect(summary).toMatchObject({ assessed: 5, withImportWarnings: 0 });
      for (const line of readLines(join(dir, "out.ndjson"))) {
        expect(line).not.toHaveProperty("fhirImport");
        expect(line).not.toHaveProperty("importWarnings");
      }
      expect(formatSummary(summary)).not.toMatch(/FHIR/);
    }
  });
});

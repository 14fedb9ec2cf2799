/** The example records (examples/**.json) for render tests, read from disk, each with its path. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Facts, toFacts } from "../model/facts.js";

/** Example records (examples/**.json; a file may wrap its record under `record` or `input`). */
export function exampleRecords(): [string, unknown][] {
  const root = join(import.meta.dirname, "../../examples");
  if (!existsSync(root)) return [];
  const out: [string, unknown][] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".json") && e.name !== "expected.json") {
        const data: unknown = JSON.parse(readFileSync(p, "utf8"));
        const o = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
        const rec = o.record ?? o.input ?? data;
        // examples/bundle.json (a FHIR Bundle), examples/hook-request.json (a CDS Hooks request) and
        // examples/trials (registry study records) feed other commands; they are not PatientRecords.
        if (
          "resourceType" in o ||
          "hook" in o ||
          "protocolSection" in o ||
          "studies" in o ||
          Array.isArray(data)
        )
          continue;
        out.push([p.slice(root.length + 1), rec]);
      }
    }
  };
  walk(root);
  return out;
}

/** The Facts of the records that are valid PatientRecords; the invalid ones are left out (they are
 * tested where they belong). */
export function validFacts(records: Iterable<unknown>, defaultAsOf: string): Facts[] {
  const out: Facts[] = [];
  for (const r of records) {
    try {
      out.push(toFacts(r, { defaultAsOf }));
    } catch {
      // not a valid record: skipped here
    }
  }
  return out;
}

/** One vignette (examples/vignettes/NAME.json) as its JSON, for a test to read or change. */
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
export function readVignette(name: string): any {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
}

/** A vignette given DRd (MAIA) as its first line, begun on 2026-11-04 and still given (the induction phase). */
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
export function withDrdFirstLine(name: string): any {
  const r = readVignette(name);
  r.treatmentHistory = [
    {
      regimen: "DRd",
      drugs: ["daratumumab", "lenalidomide", "dexamethasone"],
      start: "2026-11-04",
      phase: "induction",
    },
  ];
  return r;
}

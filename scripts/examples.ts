/** The example files the README's commands use, built from the example records so they never drift:
 * a FHIR R4 Bundle of one patient, a CDS Hooks patient-view request whose prefetch holds exactly what
 * the service's declared queries return, and a cohort (NDJSON, one record per line) to screen.
 * `npx tsx scripts/gen-examples.ts` writes them; a test fails when the committed files differ. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { recordToBundle } from "../src/fhir/record-to-bundle.js";
import { PATIENT_VIEW_PREFETCH } from "../src/server/routes/cds-hooks.js";
import { answerPrefetch, asServerResources } from "../src/testing/fhir-search.js";

/** The patient of bundle.json and hook-request.json: treated myeloma on maintenance after a transplant. */
const BUNDLE_SOURCE = "examples/vignettes/post-asct-maintenance.json";
const COHORT_DIR = "examples/diagnosis";

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

export function buildExamples(): Record<string, string> {
  const record = readJson(BUNDLE_SOURCE);
  const bundle = recordToBundle(record);
  const patientId = String(record.id);
  const hookRequest = {
    hook: "patient-view",
    hookInstance: "5b0f3a4e-7c1d-4e8a-9b61-2f4c8d9e1a07",
    context: { userId: "Practitioner/example", patientId },
    prefetch: answerPrefetch({ ...PATIENT_VIEW_PREFETCH }, asServerResources(bundle, patientId), patientId),
  };
  const cohort = readdirSync(COHORT_DIR)
    .filter((f) => f.endsWith(".json") && f !== "expected.json")
    .sort()
    .map((f) => JSON.stringify(readJson(join(COHORT_DIR, f))));
  return {
    "examples/bundle.json": `${JSON.stringify(bundle, null, 2)}\n`,
    "examples/hook-request.json": `${JSON.stringify(hookRequest, null, 2)}\n`,
    "examples/cohort.ndjson": `${cohort.join("\n")}\n`,
  };
}

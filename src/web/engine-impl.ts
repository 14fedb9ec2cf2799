/** What the web app runs of the core, in one lazily loaded chunk (see engine.ts): assess a record,
 * read a pasted or dropped file (PatientRecord or FHIR R4 Bundle). Nothing is sent to a server. */
import { type Assessment, assess, MmnavError, type ValidationIssue } from "../core.js";
import { bundleToRecord } from "../fhir/index.js";
import { type JsonObject, today } from "./fields.js";

// The results view comes with the engine: it shows what the engine gives, and with the bibliography it cites it is
// too large for the first page's budget (serve.e2e.test.ts: under 150 kB of gzipped JavaScript).
export { Results } from "./Results.js";

export type Outcome =
  | { kind: "none" }
  | { kind: "ok"; assessment: Assessment }
  | { kind: "invalid"; issues: ValidationIssue[]; source: "form" | "json" }
  | { kind: "failed"; message: string };

/** Runs the pure core on a record; never throws. */
export function runAssessment(record: unknown, source: "form" | "json"): Outcome {
  try {
    return { kind: "ok", assessment: assess(record, { defaultAsOf: today() }) };
  } catch (e) {
    if (e instanceof MmnavError && e.issues.length > 0) return { kind: "invalid", issues: e.issues, source };
    return { kind: "failed", message: e instanceof Error ? e.message : String(e) };
  }
}

export type ReadResult =
  | { ok: true; record: JsonObject; from: "record" | "fhir"; warnings: string[] }
  | { ok: false; message: string };

/** Text of a file or a paste -> a PatientRecord. A FHIR Bundle is mapped by the core's bundleToRecord. */
export function readRecordText(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { ok: false, message: "expected a JSON object: a PatientRecord or a FHIR R4 Bundle" };
  if ((data as { resourceType?: unknown }).resourceType === "Bundle") {
    try {
      // The Bundle's own timestamp is its date when it has one.
      const stamped = typeof (data as { timestamp?: unknown }).timestamp === "string";
      const imported = bundleToRecord(data, stamped ? {} : { asOf: today() });
      return {
        ok: true,
        record: imported.record as unknown as JsonObject,
        from: "fhir",
        warnings: imported.warnings.map((w) => w.message),
      };
    } catch (e) {
      const issues = e instanceof MmnavError ? e.issues.map((i) => `${i.path}: ${i.message}`) : [];
      return {
        ok: false,
        message: `this FHIR Bundle could not be read: ${e instanceof Error ? e.message : String(e)}${issues.length ? ` (${issues.join("; ")})` : ""}`,
      };
    }
  }
  return { ok: true, record: data as JsonObject, from: "record", warnings: [] };
}

/** Dates a record cannot hold, beyond what the schema says: nothing is dated after the day the
 * assessment is made for (asOf). A value or event "from the future" is a typing error (review c8,
 * vignette review-c8-18b: a series value dated 2027 in a record as of 2026). The order of a line's
 * own dates (end and progression not before start) is in the schema (record.ts). */
import type { ValidationIssue } from "./errors.js";
import { isIsoDate } from "./iso-date.js";
import { Labs, Series } from "./record.js";

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : undefined;
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

const LAB_KEYS = Object.keys(Labs.shape);
const SERIES_KEYS = Object.keys(Series.shape);
/** A section's entries in the schema's key order, then any other key in the input's: zod's parsed copy has the
 * schema's order, and the issues come out the same either way (record-validator.test.ts found the input's differ). */
function inSchemaOrder(o: Obj | undefined, keys: readonly string[]): [string, unknown][] {
  if (!o) return [];
  const out: [string, unknown][] = [];
  for (const k of keys) if (Object.hasOwn(o, k)) out.push([k, o[k]]);
  for (const [k, v] of Object.entries(o)) if (!keys.includes(k)) out.push([k, v]);
  return out;
}

function after(asOf: string, path: string, date: unknown, out: ValidationIssue[]): void {
  if (typeof date === "string" && isIsoDate(date) && date > asOf)
    out.push({
      path,
      message: `${date} is after asOf (${asOf}): expected a date on or before the day the assessment is made for`,
    });
}

/** Every date of a record that lies after `asOf`, in the order of the record's sections, each with
 * its dotted path. It reads the record defensively (a record the schema refused is checked too, so
 * that every problem is reported at once); what is not a well-formed date is the schema's to report. */
export function datesAfterAsOf(record: unknown, asOf: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const r = obj(record);
  if (!r) return out;
  for (const [k, q] of inSchemaOrder(obj(r.labs), LAB_KEYS)) after(asOf, `labs.${k}.date`, obj(q)?.date, out);
  for (const section of ["marrow", "imaging", "cytogenetics"] as const)
    after(asOf, `${section}.date`, obj(r[section])?.date, out);
  list(r.treatmentHistory).forEach((t, i) => {
    for (const k of ["start", "end", "progressionDate"] as const)
      after(asOf, `treatmentHistory.${i}.${k}`, obj(t)?.[k], out);
  });
  for (const [k, points] of inSchemaOrder(obj(r.series), SERIES_KEYS)) {
    list(points).forEach((p, i) => {
      after(asOf, `series.${k}.${i}.date`, obj(p)?.date, out);
    });
  }
  list(r.allergies).forEach((x, i) => {
    after(asOf, `allergies.${i}.date`, obj(x)?.date, out);
  });
  list(r.unusedValues).forEach((x, i) => {
    after(asOf, `unusedValues.${i}.date`, obj(x)?.date, out);
  });
  return out;
}

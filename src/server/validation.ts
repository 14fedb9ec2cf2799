/** Route schemas are zod schemas: the same schema validates the request (with the project's
 * {path, message} issues) and documents it in OpenAPI 3.1 (z.toJSONSchema). */
import type { FastifySchema, FastifySchemaCompiler } from "fastify";
import { z } from "zod";
import { type AssessOptions, assess, assessFacts } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { datesAfterAsOf } from "../model/date-order.js";
import { ErrorCode, invalidRecord, MmnavError, type ValidationIssue } from "../model/errors.js";
import { type Facts, normalizeRecord } from "../model/facts.js";
import { PatientRecord, TreatmentLine } from "../model/record.js";
import { flattenIssues } from "../model/validate.js";

/** A placeholder date so that validating a stored record never complains about a missing asOf
 * (the surface fills asOf in when it assesses). It is the last day a date can name, so that no date
 * is "after asOf" here: a record's own asOf is still checked, and one without is checked against the
 * day it is assessed for (assessRecordBody, or assess for a stored record). */
const VALIDATION_AS_OF = "9999-12-31";

/** Every issue with a PatientRecord: schema, misspelt fields (with "did you mean"), units. */
export function recordIssues(input: unknown): ValidationIssue[] {
  const res = normalizeRecord(input, { defaultAsOf: VALIDATION_AS_OF });
  return res.ok ? [] : res.issues;
}

/** The Facts of a PatientRecord body the route validator accepted, with the record's own asOf. */
interface Accepted {
  facts: Facts;
  asOf: string | undefined;
}

/** Where a body carries its Accepted: a non-enumerable symbol property of the body object itself, so it
 * goes with the request and no copy, key walk or JSON of the body sees it. A module-level WeakMap keyed by
 * the body did the same, but V8's young-generation collector keeps the values of an old WeakMap alive: every
 * request's Facts were promoted to the old generation (a validate-then-assess loop: 0.85 MB promoted per
 * scavenge, scavenges twice as long; without it, none). */
const ACCEPTED = Symbol("mmnav.acceptedRecord");

function acceptedOf(body: unknown): Accepted | undefined {
  return body !== null && typeof body === "object"
    ? (body as { [ACCEPTED]?: Accepted })[ACCEPTED]
    : undefined;
}

/** Assesses a PatientRecord request body exactly as `assess(body, options)` does, without validating
 * and normalising it a second time when the route's validator has already done so. Normalisation reads
 * the default asOf only to fill in facts.asOf, so the validator's Facts with the asOf this call would
 * use are the Facts `assess` would make. */
export function assessRecordBody(body: unknown, options: AssessOptions = {}): Assessment {
  const accepted = acceptedOf(body);
  const asOf = accepted ? (accepted.asOf ?? options.defaultAsOf) : undefined;
  if (accepted === undefined || asOf === undefined) return assess(body, options);
  if (accepted.asOf === undefined) {
    // Validated against the placeholder: its dates are checked here against the day it is assessed for.
    const late = datesAfterAsOf(body, asOf);
    if (late.length > 0) throw invalidRecord(late);
  }
  const { jurisdiction } = options;
  return assessFacts({ ...accepted.facts, asOf }, jurisdiction ? { jurisdiction } : {});
}

/** The route validator of a PatientRecord body: checked the way the engine checks it (units included)
 * and passed on exactly as sent; its Facts are kept for assessRecordBody. */
function validatePatientRecordBody(data: unknown): { value: unknown } | { error: MmnavError } {
  const res = normalizeRecord(data, { defaultAsOf: VALIDATION_AS_OF });
  if (!res.ok) return res.issues.length > 0 ? { error: invalidRecord(res.issues) } : { value: data };
  // Kept for the handler (assessRecordBody), so the record is not validated twice.
  if (data !== null && typeof data === "object") {
    const accepted: Accepted = { facts: res.facts, asOf: res.record.asOf };
    Object.defineProperty(data, ACCEPTED, { value: accepted, enumerable: false, configurable: true });
  }
  return { value: data };
}

/** What `POST /api/v1/assessments` does with a parsed body: the route's validation (throws the same
 * INVALID_RECORD error), then the handler's assessment. The assessment thread pool runs this. */
export function validateThenAssess(body: unknown, options: AssessOptions): Assessment {
  const verdict = validatePatientRecordBody(body);
  if ("error" in verdict) throw verdict.error;
  return assessRecordBody(body, options);
}

/** Every issue with one treatment history entry, with paths relative to the entry. */
export function treatmentIssues(input: unknown): ValidationIssue[] {
  return recordIssues({ treatmentHistory: [input] }).map((i) => ({
    path: i.path.replace(/^treatmentHistory\.0\.?/, "") || "(entry)",
    message: i.message,
  }));
}

function isZod(schema: unknown): schema is z.ZodType {
  return schema instanceof z.ZodType;
}

const PART_NAME: Record<string, string> = { "query.": "a query parameter", "params.": "a path parameter" };

function prefixed(issues: ValidationIssue[], prefix: string): ValidationIssue[] {
  // flattenIssues speaks of "the record"; here the top level is a query, path or request body.
  const top = PART_NAME[prefix] ?? "a field of the request body";
  return issues.map((i) => ({
    path: i.path === "(record)" ? prefix.replace(/\.$/, "") || "(body)" : `${prefix}${i.path}`,
    message: i.message.replace(/ is not a field of the record/, ` is not ${top}`),
  }));
}

/** Validates with zod and returns the parsed value, or throws MmnavError INVALID_REQUEST. */
export function parseWith<T extends z.ZodType>(schema: T, data: unknown, prefix = ""): z.output<T> {
  const res = schema.safeParse(data);
  if (res.success) return res.data;
  const issues = prefixed(
    flattenIssues(res.error.issues, () => []),
    prefix,
  );
  throw new MmnavError(ErrorCode.INVALID_REQUEST, summary(issues), issues);
}

function summary(issues: ValidationIssue[]): string {
  const first = issues[0];
  const head = first ? `${first.path}: ${first.message}` : "invalid request";
  return issues.length > 1 ? `${head} (and ${issues.length - 1} more)` : head;
}

const PART_PREFIX: Record<string, string> = {
  body: "",
  querystring: "query.",
  params: "params.",
  headers: "headers.",
};

/** Fastify validator compiler for zod route schemas. PatientRecord and TreatmentLine bodies are
 * checked the way the engine checks them (units included) and passed on exactly as sent. */
export const zodValidatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const prefix = PART_PREFIX[httpPart ?? "body"] ?? "";
  if (schema === PatientRecord) return validatePatientRecordBody;
  if (schema === TreatmentLine) {
    return (data: unknown) => {
      const issues = treatmentIssues(data);
      return issues.length > 0 ? { error: invalidRecord(issues) } : { value: data };
    };
  }
  if (!isZod(schema)) {
    // Plain JSON Schema: documentation only; such routes validate in their handlers.
    return (data: unknown) => ({ value: data });
  }
  return (data: unknown) => {
    try {
      return { value: parseWith(schema, data, prefix) };
    } catch (e) {
      return { error: e as Error };
    }
  };
};

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema, as a client sends it. */
export function toOpenApiSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return json;
}

const cache = new WeakMap<object, Record<string, unknown>>();
/** Schemas published once under components.schemas and referenced from the routes. */
const COMPONENTS = new Map<unknown, string>([
  [PatientRecord, "PatientRecord"],
  [TreatmentLine, "TreatmentLine"],
]);

export function openApiComponents(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    [...COMPONENTS].map(([schema, name]) => [name, toOpenApiSchema(schema as z.ZodType)]),
  );
}

function convert(schema: unknown): unknown {
  const component = COMPONENTS.get(schema);
  if (component) return { $ref: `#/components/schemas/${component}` };
  if (!isZod(schema)) return schema;
  let json = cache.get(schema);
  if (!json) {
    json = toOpenApiSchema(schema);
    cache.set(schema, json);
  }
  return json;
}

/** @fastify/swagger `transform`: zod route schemas -> JSON Schema. */
export function openApiTransform({ schema, url }: { schema: FastifySchema; url: string }): {
  schema: FastifySchema;
  url: string;
} {
  if (!schema) return { schema, url };
  const out: Record<string, unknown> = { ...schema };
  for (const part of ["body", "querystring", "params", "headers"] as const) {
    if (schema[part] !== undefined) out[part] = convert(schema[part]);
  }
  if (schema.response && typeof schema.response === "object") {
    out.response = Object.fromEntries(
      Object.entries(schema.response as Record<string, unknown>).map(([k, v]) => [k, convert(v)]),
    );
  }
  return { schema: out as FastifySchema, url };
}

/** The REST API's request schemas (zod): they validate requests and document them in OpenAPI. */
import { z } from "zod";
import { DiagnosisCategory, ImmunofixationResult } from "../model/enums.js";
import { isoDate, LAB_QUANTITY_FIELDS } from "../model/record.js";

const boolParam = z
  .enum(["true", "false"], { message: 'expected "true" or "false"' })
  .transform((v) => v === "true");

export const PatientIdParams = z.strictObject({ id: z.string().min(1).max(200) });
export const AssessmentIdParams = z.strictObject({
  id: z.string().min(1).max(200),
  assessmentId: z.coerce.number().int().positive(),
});

export const ListPatientsQuery = z.strictObject({
  category: z
    .enum(Object.values(DiagnosisCategory))
    .optional()
    .describe("Diagnosis category of the latest assessment"),
  riskGroup: z
    .string()
    .min(1)
    .max(50)
    .optional()
    .describe(
      'Risk group of the latest assessment: Mayo 2018 group for smoldering myeloma, "high" or "standard" (cytogenetics) for myeloma',
    ),
  overdue: boolParam.optional().describe("Monitoring overdue at the latest assessment"),
  progressed: boolParam.optional().describe("Progression at the latest assessment"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AsOfQuery = z.strictObject({
  asOf: isoDate.optional().describe("The date to assess for; default today"),
});

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export const UpdateQuery = z.strictObject({
  version: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe("The version being replaced (or send If-Match)"),
});

const source = z.string().min(1).max(500).optional().describe("Where the value came from");

export const QuantityObservation = z.strictObject({
  field: z.enum(LAB_QUANTITY_FIELDS),
  date: isoDate,
  value: z.number().finite(),
  unit: z.string().min(1),
  source,
});
export const ImmunofixationObservation = z.strictObject({
  field: z.enum(["serumImmunofixation", "urineImmunofixation"]),
  date: isoDate,
  result: z.enum(ImmunofixationResult),
  source,
});
export const PlasmaCellObservation = z.strictObject({
  field: z.literal("clonalPlasmaCellPercent"),
  date: isoDate,
  value: z.number().min(0).max(100),
  source,
});

export const ObservationBody = z
  .discriminatedUnion("field", [QuantityObservation, ImmunofixationObservation, PlasmaCellObservation])
  .describe("One dated value of a PatientRecord series");
export type ObservationBody = z.output<typeof ObservationBody>;

export const MAX_BULK_OBSERVATIONS = 5000;
export const BulkObservationsBody = z.strictObject({
  observations: z.array(ObservationBody).min(1).max(MAX_BULK_OBSERVATIONS),
});

export const ObservationsQuery = z.strictObject({
  field: z
    .enum([...LAB_QUANTITY_FIELDS, "serumImmunofixation", "urineImmunofixation", "clonalPlasmaCellPercent"])
    .optional(),
});

/** Documentation-only response schemas (responses are serialised as they are). */
const issue = { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } };
export const ErrorResponse = {
  type: "object",
  description: "Every error: one shape",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        issues: { type: "array", items: issue },
      },
      required: ["code", "message", "issues"],
    },
  },
  required: ["error"],
} as const;
export const AssessmentResponse = {
  type: "object",
  description: "Assessment v1 (see the public contract in the design document)",
  additionalProperties: true,
} as const;
const nullableString = { type: ["string", "null"] } as const;
const OverdueTest = {
  type: "object",
  description:
    "A monitoring test that is overdue: past the longer end of its interval range (a test due from the shorter end and not past the longer one is not listed; review c60-M4)",
  properties: {
    test: { type: "string", description: 'e.g. "serum protein electrophoresis"' },
    due: { ...nullableString, description: "The date it was due (the shorter end of its interval range)" },
    lastDone: { ...nullableString, description: "The last date it was done; null: never" },
  },
} as const;
const AssessmentSummaryResponse = {
  type: "object",
  description: "What the registry filters on",
  properties: {
    category: nullableString,
    riskGroup: nullableString,
    overdue: { type: ["boolean", "null"], description: "null: no monitoring plan" },
    progressed: { type: ["boolean", "null"], description: "null: not known" },
    overdueTests: { type: ["array", "null"], items: OverdueTest, description: "null: no monitoring plan" },
  },
  additionalProperties: true,
} as const;
const savedAssessmentMeta = {
  id: { type: "integer" },
  createdAt: { type: "string", description: "When it was saved" },
  asOf: { type: "string", description: "The date it was assessed for" },
  knowledgeVersion: { type: "string" },
  engineVersion: { type: "string" },
  inputHash: { type: "string", description: "sha256 of the canonical JSON of the input" },
  recordDate: {
    ...nullableString,
    description: "The record's own date: its asOf, else the latest date in its data (not today's)",
  },
  seq: { type: "integer", description: "Position in the patient's audit chain, from 1" },
  outputHash: { type: "string", description: "sha256 of the canonical JSON of the assessment" },
  prevHash: { type: "string", description: "rowHash of the previous row of the chain (zeros for the first)" },
  rowHash: { type: "string", description: "sha256 over the row's input, versions, output and prevHash" },
  summary: AssessmentSummaryResponse,
} as const;
export const StoredAssessmentResponse = {
  type: "object",
  description:
    "A saved assessment: versions, input hash (sha256 of the canonical input JSON), its place in the audit chain and the Assessment",
  properties: {
    ...savedAssessmentMeta,
    patientId: { type: "string" },
    assessment: AssessmentResponse,
  },
} as const;
export const ListPatientsResponse = {
  type: "object",
  properties: {
    items: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          recordId: {
            ...nullableString,
            description: "The record's own id (the patient's id in your systems)",
          },
          externalId: { ...nullableString, description: "The same as recordId (its first name)" },
          version: { type: "integer" },
          createdAt: { type: "string" },
          updatedAt: { type: "string" },
          latestAssessment: {
            type: ["object", "null"],
            description: "The assessment of the patient's current data (null: never assessed)",
            properties: savedAssessmentMeta,
          },
        },
      },
    },
    total: { type: "integer", description: "Patients of your organisation matching the filters" },
    limit: { type: "integer" },
    offset: { type: "integer" },
  },
} as const;
export const PatientResponse = {
  type: "object",
  properties: {
    id: { type: "string" },
    recordId: { type: ["string", "null"], description: "The record's own id" },
    externalId: { type: ["string", "null"], description: "The same as recordId (its first name)" },
    version: { type: "integer" },
    createdAt: { type: "string" },
    updatedAt: { type: "string" },
    record: { $ref: "#/components/schemas/PatientRecord" },
  },
} as const;

/** GET /api/v1/patients/{id}/trials: the stored recruiting studies matched against the patient's
 * current data (assessed as of ?asOf or today; nothing is saved), listed under the assessment's
 * clinical-trial option. Scoped by organisation like every patient route. */
import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import { assess } from "../../engine/assess.js";
import { ErrorCode, MmnavError } from "../../model/errors.js";
import type { Store } from "../../store/store.js";
import { buildTrialsAnswer, TRIALS_NOTICE } from "../../trials/answer.js";
import { TRIAL_CRITERIA } from "../../trials/match.js";
import { organisationOf } from "../auth/auth.js";
import { AsOfQuery, ErrorResponse, PatientIdParams } from "../schemas.js";

const object = { type: "object", additionalProperties: true } as const;

const finding = {
  type: "object",
  additionalProperties: true,
  description:
    "One criterion checked: the patient's value against the study's, and where the study states it",
  properties: {
    criterion: { type: "string", enum: [...TRIAL_CRITERIA] },
    result: { type: "string", enum: ["fits", "contradicts", "unknown"] },
    patientValue: {},
    studyValue: {},
    from: { type: "string", enum: ["structured", "titles-and-conditions", "criteria-text"] },
    line: { type: "string" },
    assumed: { type: "string" },
  },
} as const;

const study = {
  type: "object",
  additionalProperties: true,
  properties: {
    nctId: { type: "string" },
    title: { type: "string" },
    acronym: { type: ["string", "null"] },
    url: { type: "string", description: "https://clinicaltrials.gov/study/{nctId}" },
    overallStatus: { type: "string" },
    lastUpdate: { type: ["string", "null"] },
    phases: { type: "array", items: { type: "string" } },
    matches: { type: "boolean" },
    fits: { type: "array", items: finding },
    contradicts: { type: "array", items: finding },
    notChecked: { type: "array", items: finding, description: "Readable criteria the record cannot answer" },
    unreadLines: { type: "array", items: object, description: "Criteria lines not read: shown as written" },
    readLines: { type: "array", items: object },
  },
} as const;

export const TrialsResponse = {
  type: "object",
  description: TRIALS_NOTICE,
  properties: {
    patientId: { type: "string" },
    asOf: { type: "string" },
    export: { type: ["object", "null"], additionalProperties: true },
    clinicalTrialOptions: { type: "array", items: object },
    matching: { type: "array", items: study },
    notMatching: { type: "array", items: study },
    notice: { type: "string" },
  },
} as const;

export async function trialsRoutes(
  app: FastifyInstance,
  ctx: { store: Store; today: () => string },
): Promise<void> {
  app.get(
    "/patients/:id/trials",
    {
      schema: {
        summary: "Recruiting clinical trials matched offline against the patient's current data",
        description:
          "Studies imported with `mmnav trials import` (ClinicalTrials.gov JSON) are matched on condition, disease state, age, sex, transplant setting and the free-text criteria that narrow readers can read (prior lines, lenalidomide or triple-class refractoriness, prior BCMA or GPRC5D therapy, prior myeloma therapy, creatinine clearance). Each study says why it fits or not, what could not be checked, and the criteria lines not read. Statuses are as of `export.exportedDate`.",
        tags: ["trials"],
        params: PatientIdParams,
        querystring: AsOfQuery,
        response: {
          200: TrialsResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          404: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (req) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      const { asOf } = req.query as z.output<typeof AsOfQuery>;
      const record = await ctx.store.assembleRecord(organisationOf(req), id);
      if (!record) throw new MmnavError(ErrorCode.NOT_FOUND, `no patient with id ${id}`);
      const input = { ...record, asOf: asOf ?? ctx.today() };
      const answer = buildTrialsAnswer(
        await ctx.store.listTrials(),
        input,
        assess(input),
        await ctx.store.latestTrialImport(),
      );
      return { patientId: id, ...answer };
    },
  );
}

/** Patient texts over REST: the one-page handout or the full plain-language summary of a record, as
 * Markdown or plain text, in the language the client's Accept-Language asks for (English by default;
 * Content-Language says which one was sent). */

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { assess } from "../../engine/assess.js";
import type { Assessment } from "../../engine/assessment.js";
import { ErrorCode, MmnavError } from "../../model/errors.js";
import { isoDate, PatientRecord } from "../../model/record.js";
import { renderHandout } from "../../render/handout.js";
import { renderPatientSummary } from "../../render/patient.js";
import { wordsFor } from "../../render/words/index.js";
import type { Store } from "../../store/store.js";
import { organisationOf } from "../auth/auth.js";
import { negotiateLang } from "../language.js";
import { ErrorResponse, PatientIdParams } from "../schemas.js";
import { assessRecordBody } from "../validation.js";

export const PatientTextQuery = z.strictObject({
  detail: z
    .enum(["short", "full"])
    .default("short")
    .describe("short: the one-page handout; full: the full summary"),
  format: z.enum(["markdown", "text"]).default("markdown"),
  asOf: isoDate.optional().describe("The date to assess for; default today"),
});

const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse };

function send(req: FastifyRequest, reply: FastifyReply, a: Assessment) {
  const q = req.query as z.output<typeof PatientTextQuery>;
  const lang = negotiateLang(req.headers["accept-language"]);
  const words = wordsFor(lang);
  const body =
    q.detail === "full" ? renderPatientSummary(a, q.format, words) : renderHandout(a, q.format, words);
  return reply
    .header("content-language", lang)
    .header("vary", "Accept-Language")
    .type(q.format === "markdown" ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8")
    .send(body);
}

export async function patientTextRoutes(
  app: FastifyInstance,
  ctx: { store: Store; today: () => string },
): Promise<void> {
  app.post(
    "/assessments/patient-text",
    {
      schema: {
        summary: "A record's patient text (handout or full summary), in the language of Accept-Language",
        tags: ["assessment"],
        body: PatientRecord,
        querystring: PatientTextQuery,
        response: errors,
      },
    },
    async (req, reply) => {
      const { asOf } = req.query as z.output<typeof PatientTextQuery>;
      return send(req, reply, assessRecordBody(req.body, { defaultAsOf: asOf ?? ctx.today() }));
    },
  );

  app.get(
    "/patients/:id/patient-text",
    {
      schema: {
        summary: "A stored patient's text (handout or full summary), in the language of Accept-Language",
        description:
          "Assessed from what is stored, as GET /patients/{id}/assessment does, but nothing is saved.",
        tags: ["assessment"],
        params: PatientIdParams,
        querystring: PatientTextQuery,
        response: errors,
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      const { asOf } = req.query as z.output<typeof PatientTextQuery>;
      const stored = await ctx.store.assembleRecord(organisationOf(req), id);
      if (!stored) throw new MmnavError(ErrorCode.NOT_FOUND, `no patient with id ${id}`);
      return send(req, reply, assess({ ...stored, asOf: asOf ?? ctx.today() }));
    },
  );
}

/** FHIR R4 surface: `POST /fhir/r4/$assess` takes a Bundle (or a Parameters with a `bundle` resource
 * and an optional `asOf` date) and returns the Assessment as JSON, or as a FHIR Bundle when the client
 * accepts application/fhir+json. `GET /fhir/r4/metadata` is the CapabilityStatement. Every error is a
 * FHIR OperationOutcome. */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { assess } from "../../engine/assess.js";
import { ENGINE_VERSION } from "../../engine/version.js";
import { assessmentToFhir } from "../../fhir/assessment-to-fhir.js";
import { bundleToRecord } from "../../fhir/bundle-to-record.js";
import { isRecord } from "../../fhir/types.js";
import { ErrorCode, MmnavError } from "../../model/errors.js";
import { operationOutcome } from "../errors.js";

export const FHIR_JSON = "application/fhir+json";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface FhirRoutesOptions {
  /** Today's date (YYYY-MM-DD): the default asOf. */
  today: () => string;
  /** Base path of the FHIR endpoints (default "/fhir/r4"). */
  basePath?: string;
  /** Authentication of $assess (e.g. the REST API's bearer check); it throws to refuse, and the refusal
   * is answered as an OperationOutcome. The CapabilityStatement stays public. */
  authenticate?: (req: FastifyRequest) => Promise<void>;
}

/** Accepts application/fhir+json bodies as JSON, and answers every error as an OperationOutcome. */
export function useFhirErrors(app: Parameters<FastifyPluginAsync>[0]): void {
  if (!app.hasContentTypeParser(FHIR_JSON)) {
    app.addContentTypeParser(FHIR_JSON, { parseAs: "string" }, app.getDefaultJsonParser("error", "error"));
  }
  app.setErrorHandler((err, req, reply) => sendOutcome(reply, err, req.log));
}

export function sendOutcome(
  reply: FastifyReply,
  err: unknown,
  log?: { error: (obj: unknown, msg: string) => void },
): FastifyReply {
  const { status, body } = operationOutcome(err);
  if (status >= 500) log?.error({ err }, "request failed");
  return reply.code(status).type(`${FHIR_JSON}; charset=utf-8`).send(body);
}

function wantsFhir(accept: string | undefined): boolean {
  return (accept ?? "").toLowerCase().includes(FHIR_JSON);
}

/** The Bundle and asOf of a $assess request (a bare Bundle, or a Parameters resource). */
function readInput(body: unknown, queryAsOf: unknown): { bundle: unknown; asOf: string | undefined } {
  let bundle: unknown = body;
  let asOf = typeof queryAsOf === "string" ? queryAsOf : undefined;
  if (isRecord(body) && body.resourceType === "Parameters") {
    const params = Array.isArray(body.parameter) ? body.parameter.filter(isRecord) : [];
    bundle = params.find((p) => p.name === "bundle")?.resource;
    const d = params.find((p) => p.name === "asOf")?.valueDate;
    if (typeof d === "string") asOf = d;
    if (bundle === undefined) {
      throw new MmnavError(
        ErrorCode.INVALID_REQUEST,
        'Parameters needs a "bundle" parameter with a Bundle resource',
        [{ path: "Parameters.parameter", message: 'expected a parameter named "bundle"' }],
      );
    }
  }
  if (!isRecord(bundle)) {
    throw new MmnavError(
      ErrorCode.INVALID_REQUEST,
      "expected a FHIR Bundle (JSON object) as the request body",
      [{ path: "(body)", message: "expected a JSON object with resourceType Bundle" }],
    );
  }
  if (asOf !== undefined && !ISO_DATE.test(asOf)) {
    throw new MmnavError(ErrorCode.INVALID_REQUEST, `asOf "${asOf}" is not an ISO date (YYYY-MM-DD)`, [
      { path: "asOf", message: "expected YYYY-MM-DD" },
    ]);
  }
  return { bundle, asOf };
}

export const fhirRoutes: FastifyPluginAsync<FhirRoutesOptions> = async (app, opts) => {
  const base = (opts.basePath ?? "/fhir/r4").replace(/\/+$/, "");
  useFhirErrors(app);

  app.get(`${base}/metadata`, async (_req, reply) =>
    reply.type(`${FHIR_JSON}; charset=utf-8`).send({
      resourceType: "CapabilityStatement",
      status: "active",
      date: "2026-11-27",
      kind: "instance",
      software: { name: "myeloma-navigator", version: ENGINE_VERSION },
      fhirVersion: "4.0.1",
      format: ["json"],
      rest: [
        {
          mode: "server",
          documentation: "Decision support only: options to discuss, not orders.",
          operation: [
            {
              name: "assess",
              definition: "https://myeloma-navigator.org/fhir/OperationDefinition/assess",
              documentation:
                "POST a Bundle (Patient, Condition, Observation, MedicationStatement/Request/Administration, Procedure); returns the Assessment as JSON, or as a Bundle with Accept: application/fhir+json. Query or Parameters asOf=YYYY-MM-DD sets the assessment date (default: today).",
            },
          ],
        },
      ],
    }),
  );

  const authenticate = opts.authenticate;
  app.post(
    `${base}/$assess`,
    { ...(authenticate ? { onRequest: (req) => authenticate(req) } : {}) },
    async (req, reply) => {
      const { bundle, asOf: given } = readInput(
        req.body,
        (req.query as Record<string, unknown> | undefined)?.asOf,
      );
      const asOf = given ?? opts.today();
      const imported = bundleToRecord(bundle, { asOf });
      const assessment = assess(imported.record, { defaultAsOf: asOf });
      const patientId = imported.record.id;
      if (wantsFhir(req.headers.accept)) {
        return reply.type(`${FHIR_JSON}; charset=utf-8`).send(
          assessmentToFhir(assessment, {
            ...(patientId ? { patientReference: `Patient/${patientId}` } : {}),
            importWarnings: imported.warnings,
          }),
        );
      }
      return reply.type("application/json; charset=utf-8").send({
        ...assessment,
        fhirImport: {
          warnings: imported.warnings,
          provenance: imported.provenance,
          conditionHints: imported.conditionHints,
        },
      });
    },
  );
};

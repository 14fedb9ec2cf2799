/** The REST API under /api/v1: stateless assessment and the patient registry. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { ErrorCode, invalidRecord, MmnavError, type ValidationIssue } from "../../model/errors.js";
import { PatientRecord, TreatmentLine } from "../../model/record.js";
import type { ObservationInput, Patient, PatientDocument, SeriesField, Store } from "../../store/store.js";
import type { AssessPool } from "../assess-pool.js";
import { assessAsOf } from "../assess-stored.js";
import { organisationOf } from "../auth/auth.js";
import {
  AsOfQuery,
  AssessmentIdParams,
  AssessmentResponse,
  BulkObservationsBody,
  ErrorResponse,
  ListPatientsQuery,
  ListPatientsResponse,
  ObservationBody,
  ObservationsQuery,
  PageQuery,
  PatientIdParams,
  PatientResponse,
  StoredAssessmentResponse,
  UpdateQuery,
} from "../schemas.js";
import { assessRecordBody, recordIssues } from "../validation.js";
import { patientTextRoutes } from "./patient-text.js";
import { pooledAssessmentRoute } from "./pooled-assessments.js";

export interface ApiContext {
  store: Store;
  /** Today's date (YYYY-MM-DD), the default asOf. */
  today: () => string;
  /** When given, `POST /assessments` is answered on this pool's threads (assess-pool.ts). */
  assessPool?: AssessPool | undefined;
}

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  503: ErrorResponse,
};

function patientNotFound(id: string): MmnavError {
  return new MmnavError(ErrorCode.NOT_FOUND, `no patient with id ${id}`);
}

function etag(version: number): string {
  return `"${version}"`;
}

/** The version a PUT replaces: If-Match ("3", W/"3" or 3) or ?version=3. */
function expectedVersion(req: FastifyRequest, query: z.output<typeof UpdateQuery>): number {
  const header = req.headers["if-match"];
  if (typeof header === "string" && header.trim() !== "") {
    const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
    if (!m) {
      throw new MmnavError(
        ErrorCode.INVALID_REQUEST,
        'If-Match must be the ETag of the patient, such as "3"',
        [{ path: "headers.if-match", message: 'expected an ETag such as "3"' }],
      );
    }
    return Number(m[1]);
  }
  if (query.version !== undefined) return query.version;
  throw new MmnavError(
    ErrorCode.INVALID_REQUEST,
    "send the version you are replacing: If-Match header (the ETag of GET) or ?version=",
    [{ path: "headers.if-match", message: "required (or ?version=)" }],
  );
}

/** Splits a PatientRecord into the document and the rows of its own tables. */
function splitRecord(record: PatientRecord): {
  document: PatientDocument;
  observations: ObservationInput[];
  treatments: TreatmentLine[];
} {
  const { series, treatmentHistory, ...document } = record;
  const observations: ObservationInput[] = [];
  for (const [field, points] of Object.entries(series ?? {})) {
    for (const p of (points ?? []) as Record<string, unknown>[]) {
      observations.push({
        field: field as SeriesField,
        date: p.date as string,
        value: typeof p.value === "number" ? p.value : null,
        unit: typeof p.unit === "string" ? p.unit : null,
        result: (p.result as ObservationInput["result"]) ?? null,
        source: null,
      });
    }
  }
  return { document, observations, treatments: treatmentHistory ?? [] };
}

function toObservationInput(o: ObservationBody): ObservationInput {
  return {
    field: o.field,
    date: o.date,
    value: "value" in o ? o.value : null,
    unit: "unit" in o ? o.unit : null,
    result: "result" in o ? o.result : null,
    source: o.source ?? null,
  };
}

/** Unit and plausibility checks of observations, exactly as the engine will read them. */
function observationIssues(list: ObservationBody[], prefix: (i: number) => string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  list.forEach((o, i) => {
    const { field, source: _source, ...point } = o;
    for (const issue of recordIssues({ series: { [field]: [point] } })) {
      issues.push({ path: prefix(i) || "(body)", message: issue.message });
    }
  });
  return issues;
}

function patientView(p: Patient, record: PatientRecord) {
  return {
    id: p.id,
    recordId: p.recordId,
    externalId: p.externalId,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    record,
  };
}

export async function apiRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  const { store } = ctx;
  await patientTextRoutes(app, ctx);

  // Every patient route acts for the caller's organisation: another organisation's patient is
  // "not found", with the same answer as a patient that does not exist.
  const mustExist = async (req: FastifyRequest, id: string): Promise<Patient> => {
    const p = await store.getPatient(organisationOf(req), id);
    if (!p) throw patientNotFound(id);
    return p;
  };

  /** After a change of the patient's data: assess and save, so the registry filters are right at
   * once. The change is kept even when its assessment fails (the failure is logged, without data). */
  const reassess = async (req: FastifyRequest, id: string): Promise<void> => {
    try {
      await store.assessPatient(organisationOf(req), id, assessAsOf(ctx.today()));
    } catch (e) {
      if (!(e instanceof MmnavError) || e.code !== ErrorCode.INVALID_RECORD) throw e;
      req.log.warn({ code: e.code }, "the patient's data changed but could not be assessed");
    }
  };

  const sendPatient = async (req: FastifyRequest, reply: FastifyReply, p: Patient, status: number) => {
    const record = await store.assembleRecord(organisationOf(req), p.id);
    if (!record) throw patientNotFound(p.id);
    reply.header("etag", etag(p.version));
    return reply.code(status).send(patientView(p, record));
  };

  const assessSchema = {
    summary: "Assess a PatientRecord (stateless: nothing is stored)",
    tags: ["assessment"],
    body: PatientRecord,
    response: { 200: AssessmentResponse, ...errors },
  };
  const { assessPool } = ctx;
  if (assessPool) {
    await app.register(pooledAssessmentRoute, { pool: assessPool, today: ctx.today, schema: assessSchema });
  } else {
    // The answer's JSON goes out as UTF-8 bytes, the same bytes and headers Fastify's serialiser sends
    // for the object: a string answer (20-80 kB) was prefixed with the header block by Node's HTTP layer,
    // a second copy of it on the heap to flatten before the socket write.
    app.post("/assessments", { schema: assessSchema }, async (req, reply) =>
      reply
        .type("application/json; charset=utf-8")
        .send(Buffer.from(JSON.stringify(assessRecordBody(req.body, { defaultAsOf: ctx.today() })))),
    );
  }

  app.post(
    "/patients",
    {
      schema: {
        summary: "Register a patient from a PatientRecord (series become observations)",
        tags: ["patients"],
        body: PatientRecord,
        response: { 201: PatientResponse, ...errors },
      },
    },
    async (req, reply) => {
      const record = req.body as PatientRecord;
      const patient = await store.createPatient(organisationOf(req), splitRecord(record));
      await reassess(req, patient.id);
      reply.header("location", `/api/v1/patients/${patient.id}`);
      return sendPatient(req, reply, patient, 201);
    },
  );

  app.get(
    "/patients",
    {
      schema: {
        summary: "List the organisation's patients, filtered on the assessment of their current data",
        description:
          "Each patient's data is assessed whenever it changes (create, PUT, observations, treatment history), so the filters and `total` are right at once. Each item carries the record's own id (`recordId`), the record's date (`latestAssessment.recordDate`: its asOf, else its latest data date) and the overdue tests with the date each was due (`latestAssessment.summary.overdueTests`).",
        tags: ["patients"],
        querystring: ListPatientsQuery,
        response: { 200: ListPatientsResponse, 400: ErrorResponse, 401: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (req) => {
      const q = req.query as z.output<typeof ListPatientsQuery>;
      const filter = {
        limit: q.limit,
        offset: q.offset,
        ...(q.category !== undefined ? { category: q.category } : {}),
        ...(q.riskGroup !== undefined ? { riskGroup: q.riskGroup } : {}),
        ...(q.overdue !== undefined ? { overdue: q.overdue } : {}),
        ...(q.progressed !== undefined ? { progressed: q.progressed } : {}),
      };
      const { items, total } = await store.listPatients(organisationOf(req), filter);
      return { items, total, limit: q.limit, offset: q.offset };
    },
  );

  app.get(
    "/patients/:id",
    {
      schema: {
        summary: "Read a patient: the PatientRecord as stored, with its version (ETag)",
        tags: ["patients"],
        params: PatientIdParams,
        response: { 200: PatientResponse, ...errors },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      return sendPatient(req, reply, await mustExist(req, id), 200);
    },
  );

  app.put(
    "/patients/:id",
    {
      schema: {
        summary: "Replace a patient's record (not series or treatment history) with If-Match or ?version",
        tags: ["patients"],
        params: PatientIdParams,
        querystring: UpdateQuery,
        body: PatientRecord,
        response: { 200: PatientResponse, ...errors },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      const version = expectedVersion(req, req.query as z.output<typeof UpdateQuery>);
      const record = req.body as PatientRecord;
      const misplaced: ValidationIssue[] = [];
      if (record.series !== undefined)
        misplaced.push({
          path: "series",
          message: `add values with POST /api/v1/patients/{id}/observations`,
        });
      if (record.treatmentHistory !== undefined)
        misplaced.push({
          path: "treatmentHistory",
          message: "add entries with POST /api/v1/patients/{id}/treatment-history",
        });
      if (misplaced.length > 0) throw invalidRecord(misplaced);
      const patient = await store.updatePatient(organisationOf(req), id, version, record);
      await reassess(req, id);
      return sendPatient(req, reply, patient, 200);
    },
  );

  app.get(
    "/patients/:id/observations",
    {
      schema: {
        summary: "A patient's observations (series values), oldest first",
        tags: ["observations"],
        params: PatientIdParams,
        querystring: ObservationsQuery,
        response: errors,
      },
    },
    async (req) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      const { field } = req.query as z.output<typeof ObservationsQuery>;
      await mustExist(req, id);
      return { items: await store.listObservations(organisationOf(req), id, field) };
    },
  );

  app.post(
    "/patients/:id/observations",
    {
      schema: {
        summary: "Add one observation",
        tags: ["observations"],
        params: PatientIdParams,
        body: ObservationBody,
        response: { 201: { type: "object" }, ...errors },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      const body = req.body as ObservationBody;
      const issues = observationIssues([body], () => "");
      if (issues.length > 0) throw invalidRecord(issues);
      const [saved] = await store.addObservations(organisationOf(req), id, [toObservationInput(body)]);
      await reassess(req, id);
      return reply.code(201).send(saved);
    },
  );

  app.post(
    "/patients/:id/observations/bulk",
    {
      schema: {
        summary: "Add many observations at once (all or none)",
        tags: ["observations"],
        params: PatientIdParams,
        body: BulkObservationsBody,
        response: { 201: { type: "object" }, ...errors },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      const { observations } = req.body as z.output<typeof BulkObservationsBody>;
      const issues = observationIssues(observations, (i) => `observations.${i}`);
      if (issues.length > 0) throw invalidRecord(issues);
      const saved = await store.addObservations(
        organisationOf(req),
        id,
        observations.map(toObservationInput),
      );
      await reassess(req, id);
      return reply.code(201).send({ items: saved });
    },
  );

  app.get(
    "/patients/:id/treatment-history",
    {
      schema: {
        summary: "A patient's treatment history, by start date",
        tags: ["treatment history"],
        params: PatientIdParams,
        response: errors,
      },
    },
    async (req) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      await mustExist(req, id);
      return { items: await store.listTreatments(organisationOf(req), id) };
    },
  );

  app.post(
    "/patients/:id/treatment-history",
    {
      schema: {
        summary: "Add one treatment history entry",
        tags: ["treatment history"],
        params: PatientIdParams,
        body: TreatmentLine,
        response: { 201: { type: "object" }, ...errors },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      const saved = await store.addTreatment(organisationOf(req), id, req.body as TreatmentLine);
      await reassess(req, id);
      return reply.code(201).send(saved);
    },
  );

  app.get(
    "/patients/:id/assessment",
    {
      schema: {
        summary: "Assess a patient from what is stored; the result is saved (append-only) and returned",
        description:
          "The record is assembled from the stored document, treatment history and observations, with asOf = ?asOf or today. An assessment is saved once per input and versions (a unique key): asking again, even concurrently and on several servers, returns the row saved first. Saved rows are chained by hash (seq, prevHash, rowHash) for `mmnav audit verify`.",
        tags: ["assessment"],
        params: PatientIdParams,
        querystring: AsOfQuery,
        response: { 200: StoredAssessmentResponse, ...errors },
      },
    },
    async (req) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      const { asOf } = req.query as z.output<typeof AsOfQuery>;
      const today = ctx.today();
      return store.assessPatient(organisationOf(req), id, assessAsOf(asOf ?? today, today));
    },
  );

  app.get(
    "/patients/:id/assessments",
    {
      schema: {
        summary: "A patient's saved assessments, newest first",
        tags: ["assessment"],
        params: PatientIdParams,
        querystring: PageQuery,
        response: errors,
      },
    },
    async (req) => {
      const { id } = req.params as z.output<typeof PatientIdParams>;
      const page = req.query as z.output<typeof PageQuery>;
      await mustExist(req, id);
      return {
        items: await store.listAssessments(organisationOf(req), id, page),
        limit: page.limit,
        offset: page.offset,
      };
    },
  );

  app.get(
    "/patients/:id/assessments/:assessmentId",
    {
      schema: {
        summary: "One saved assessment with the exact input it assessed (for replay)",
        tags: ["assessment"],
        params: AssessmentIdParams,
        response: errors,
      },
    },
    async (req) => {
      const { id, assessmentId } = req.params as z.output<typeof AssessmentIdParams>;
      const found = await store.getAssessment(organisationOf(req), id, assessmentId);
      if (!found)
        throw new MmnavError(ErrorCode.NOT_FOUND, `no assessment ${assessmentId} for patient ${id}`);
      return found;
    },
  );
}

/** CDS Hooks 2.0: discovery at GET /cds-services, the patient-view service at POST
 * /cds-services/{id}, feedback at POST /cds-services/{id}/feedback. Requests are authenticated by the
 * CDS client's signed JWT (auth/cds-jwt.ts); data comes from prefetch (or, only for allow-listed FHIR
 * servers and an injected fetch, from the client's FHIR server); missing data, data about another patient
 * than context.patientId, or clinical data none of which names that patient (review c64-m3), answers 412. */
import cors from "@fastify/cors";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { z } from "zod";
import { assess } from "../../engine/assess.js";
import { bundleToRecord, CLINICAL_RESOURCES, referencedPatientId } from "../../fhir/bundle-to-record.js";
import { assessmentToCards, type CdsCard } from "../../fhir/cards.js";
import { LOINC, LOINC_PANELS, SYSTEM } from "../../fhir/codes.js";
import { TREATMENT_LINE_EXTENSION } from "../../fhir/record-fields.js";
import { TREATMENT_HISTORY_CATEGORY } from "../../fhir/record-to-bundle.js";
import { isRecord, type Resource, stableUuid } from "../../fhir/types.js";
import { ErrorCode, MmnavError, type ValidationIssue } from "../../model/errors.js";
import { DEFAULT_ORGANISATION } from "../../store/migrations.js";
import type { CdsJwtVerifier } from "../auth/cds-jwt.js";
import { toMmnavError } from "../errors.js";
import { useFhirErrors } from "./fhir.js";

export const PATIENT_VIEW_SERVICE_ID = "myeloma-navigator-patient-view";

/** Every Observation code bundleToRecord reads: the LOINC codes of codes.ts, and any code of the
 * project's record-field code system (`system|` is a FHIR token that matches every code of a system),
 * which carries imaging, biopsy, cytogenetics, fitness and the other findings that decide the category
 * (solitary plasmacytoma, smoldering myeloma, AL amyloidosis). Review c74-W1: and the panels whose parts it reads
 * (LOINC_PANELS: the FLC panel's components are matched by no `code=` token of their own). */
const OBSERVATION_CODES = [
  ...LOINC.filter((e) => e.target.kind !== "notUsed").map((e) => `${SYSTEM.loinc}|${e.code}`),
  ...LOINC_PANELS.map((e) => `${SYSTEM.loinc}|${e.code}`),
  `${SYSTEM.mmnavRecord}|`,
].join(",");

/** Prefetch templates: everything bundleToRecord reads. The first seven keys are needed: a missing key
 * would silently turn a treated patient into an untreated one, so it is fetched (from an allow-listed FHIR
 * server) or answered with 412; carePlans and allergies came later and are optional (OPTIONAL_PREFETCH). A test checks
 * that cards and $assess agree on every example. */
export const PATIENT_VIEW_PREFETCH = {
  patient: "Patient/{{context.patientId}}",
  // Every Condition: the record's conditions (dialysis, heart failure, ...) and the diagnosis hints.
  conditions: "Condition?patient={{context.patientId}}",
  observations: `Observation?patient={{context.patientId}}&code=${OBSERVATION_CODES}`,
  medicationStatements:
    "MedicationStatement?patient={{context.patientId}}&_include=MedicationStatement:medication",
  medicationRequests: "MedicationRequest?patient={{context.patientId}}&_include=MedicationRequest:medication",
  // Infusions given in clinic (daratumumab, bortezomib, carfilzomib) are often only administrations.
  medicationAdministrations:
    "MedicationAdministration?patient={{context.patientId}}&_include=MedicationAdministration:medication",
  procedures: "Procedure?patient={{context.patientId}}",
  // Periods of observation the navigator exported (record-to-bundle): only its own CarePlans are
  // readable (the treatment-line extension), so only those are asked for, by their category.
  carePlans: `CarePlan?patient={{context.patientId}}&category=${TREATMENT_HISTORY_CATEGORY.system}|${TREATMENT_HISTORY_CATEGORY.code}`,
  // Review c74-M3: drug allergies (an option giving one is at most "consider", named on its card).
  allergies: "AllergyIntolerance?patient={{context.patientId}}",
} as const;

/** Keys added after clients were built against the first templates: a request without one is answered
 * without it (an older client keeps working), as long as the FHIR server cannot be read for it. */
const OPTIONAL_PREFETCH: ReadonlySet<string> = new Set(["carePlans", "allergies"]);

export function discoveryDocument() {
  return {
    services: [
      {
        hook: "patient-view",
        id: PATIENT_VIEW_SERVICE_ID,
        title: "Myeloma Navigator",
        description:
          "Plasma cell disorders (MGUS, smoldering and multiple myeloma, plasmacytoma, AL amyloidosis): the IMWG category the findings meet, stage and risk, treatment options to discuss with their sources, and what data is missing. Decision support only.",
        prefetch: PATIENT_VIEW_PREFETCH,
        usageRequirements:
          "Grant read access to Patient, Condition, Observation, MedicationStatement, MedicationRequest, MedicationAdministration, Medication, Procedure, CarePlan and AllergyIntolerance for the patient in context.",
      },
    ],
  };
}

/** One feedback outcome for one card (CDS Hooks 2.0 feedback). */
export interface FeedbackEntry {
  serviceId: string;
  card: string;
  outcome: "accepted" | "overridden";
  outcomeTimestamp: string;
  acceptedSuggestions: string[];
  overrideReason: {
    code: string | null;
    system: string | null;
    display: string | null;
    userComment: string | null;
  } | null;
  /** The authenticated client (iss), or null when authentication is disabled. */
  client: string | null;
  /** The organisation of the client (the default one when authentication is disabled). */
  organisation: string;
}

/** Stores feedback idempotently: the same card + outcome twice is stored once. */
export interface FeedbackStore {
  record(entry: FeedbackEntry): Promise<"stored" | "duplicate">;
}

export class MemoryFeedbackStore implements FeedbackStore {
  readonly entries: FeedbackEntry[] = [];
  private readonly keys = new Set<string>();
  async record(entry: FeedbackEntry): Promise<"stored" | "duplicate"> {
    const key = `${entry.organisation}\u0000${entry.serviceId}\u0000${entry.card}\u0000${entry.outcome}`;
    if (this.keys.has(key)) return "duplicate";
    this.keys.add(key);
    this.entries.push(entry);
    return "stored";
  }
}

/** fetch-like function used to read the client's FHIR server (injected; tests never touch the network). */
export type FhirFetch = (
  url: string,
  init: { headers: Record<string, string> },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface CdsHooksOptions {
  /** JWT verification of the CDS client, or "disabled" (local development only). */
  auth: CdsJwtVerifier | "disabled";
  /** Absolute base URL of the web app for card links: `{appBaseUrl}/patients/{id}`. */
  appBaseUrl: string;
  /** Public base URL of this server, used for the JWT `aud` (default: appBaseUrl; never the request's
   * Host header, which the caller chooses). */
  serviceBaseUrl?: string;
  today: () => string;
  feedbackStore?: FeedbackStore;
  /** Reading missing prefetch from the client's FHIR server: only with an injected fetch and only for
   * servers whose URL starts with one of `allowedServers`. */
  fhirServerAccess?: { fetch: FhirFetch; allowedServers: readonly string[]; maxPages?: number };
  /** CORS origins for browser-based EHRs (default: any origin; requests carry a bearer JWT, no cookies). */
  corsOrigin?: boolean | string | readonly string[];
}

const HookRequest = z.looseObject({
  hook: z.string().min(1),
  hookInstance: z.string().min(1).max(200),
  fhirServer: z.url().optional(),
  fhirAuthorization: z
    .looseObject({
      access_token: z.string().min(1),
      token_type: z.string().optional(),
      subject: z.string().optional(),
    })
    .optional(),
  context: z.looseObject({ userId: z.string().optional(), patientId: z.string().min(1).max(200) }),
  prefetch: z.record(z.string(), z.unknown()).optional(),
});

const FeedbackRequest = z.strictObject({
  feedback: z
    .array(
      z.looseObject({
        card: z.string().min(1).max(200),
        outcome: z.enum(["accepted", "overridden"]),
        outcomeTimestamp: z.string().min(1),
        acceptedSuggestions: z.array(z.looseObject({ id: z.string() })).optional(),
        overrideReason: z
          .looseObject({
            reason: z
              .looseObject({
                code: z.string().optional(),
                system: z.string().optional(),
                display: z.string().optional(),
              })
              .optional(),
            userComment: z.string().max(2000).optional(),
          })
          .optional(),
      }),
    )
    .min(1)
    .max(100),
});

function invalid(error: z.ZodError, what: string): MmnavError {
  const issues = error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
  return new MmnavError(
    ErrorCode.INVALID_REQUEST,
    `${what}: ${issues[0]?.path}: ${issues[0]?.message}`,
    issues,
  );
}

/** Resources of one prefetch value: a resource, or a search-set Bundle of them. */
function resourcesOf(value: unknown): Resource[] {
  if (!isRecord(value) || typeof value.resourceType !== "string") return [];
  if (value.resourceType === "Bundle") {
    const entries = Array.isArray(value.entry) ? value.entry : [];
    return entries
      .map((e) => (isRecord(e) && isRecord(e.resource) ? (e.resource as Resource) : null))
      .filter((r): r is Resource => r !== null && r.resourceType !== "OperationOutcome");
  }
  return [value as Resource];
}

/** An id as an error shows it: cut to FHIR's longest id (64). Only ids the client sent are shown, to it. */
const clipId = (id: string): string => (id.length > 64 ? `${id.slice(0, 64)}…` : id);
const shownId = (id: string): string => JSON.stringify(clipId(id));

/** The most issues a refused prefetch lists (a whole prefetch of another patient would list every resource). */
const MAX_PATIENT_ISSUES = 20;

/** The patients a prefetch is about, other than `patientId` (context.patientId): one issue per Patient
 * resource with another id (or none), and per resource whose `subject`/`patient` reference names another
 * Patient, at most MAX_PATIENT_ISSUES. Resources naming no Patient by id (a Medication, a `urn:uuid:` reference)
 * are left to bundleToRecord, which refuses what it cannot tie to the Patient (and to noUsableResourceIssues when
 * not one clinical resource names it). */
export function otherPatientIssues(
  patientId: string,
  prefetch: Record<string, unknown>,
  keys: readonly string[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const context = `the patient in context.patientId (${shownId(patientId)})`;
  for (const key of keys) {
    const value = prefetch[key];
    const bundle = isRecord(value) && value.resourceType === "Bundle";
    resourcesOf(value).forEach((r, i) => {
      if (issues.length >= MAX_PATIENT_ISSUES) return;
      // resourcesOf drops OperationOutcomes, so the index is of the resources, not of Bundle.entry.
      const at = bundle ? `prefetch.${key}.entry[${i}].resource` : `prefetch.${key}`;
      if (r.resourceType === "Patient") {
        if (r.id === patientId) return;
        issues.push({
          path: `${at}.id`,
          message:
            typeof r.id === "string"
              ? `Patient ${shownId(r.id)} is not ${context}`
              : `a Patient without an id cannot be told to be ${context}`,
        });
        return;
      }
      for (const field of ["subject", "patient"] as const) {
        const ref = r[field];
        if (!isRecord(ref) || typeof ref.reference !== "string") continue;
        const named = referencedPatientId(ref.reference);
        if (named === null || named === patientId) continue;
        const self =
          typeof r.id === "string" ? `${clipId(r.resourceType)}/${clipId(r.id)}` : clipId(r.resourceType);
        issues.push({
          path: `${at}.${field}`,
          message: `${self} is about Patient ${shownId(named)}, not ${context}`,
        });
      }
    });
  }
  return issues;
}

/** Review c64-m3: when the prefetch holds clinical resources (Observation, Condition, medications, ...) and not one of
 * them names the patient in context.patientId by id (`Patient/{id}`, or a full URL or history reference to it): one
 * issue each (at most MAX_PATIENT_ISSUES), else none. Subjects given as `urn:uuid:` references, a Group or nothing
 * cannot be tied to the patient, so no clinical data would be read and the cards would ask for a work-up that was
 * never missing. A prefetch with no clinical resource at all is a patient with nothing recorded: no issue. */
export function noUsableResourceIssues(
  patientId: string,
  prefetch: Record<string, unknown>,
  keys: readonly string[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let usable = false;
  for (const key of keys) {
    const value = prefetch[key];
    const bundle = isRecord(value) && value.resourceType === "Bundle";
    resourcesOf(value).forEach((r, i) => {
      if (!CLINICAL_RESOURCES.has(r.resourceType)) return;
      const ref = r.subject ?? r.patient;
      const reference = isRecord(ref) && typeof ref.reference === "string" ? ref.reference : null;
      if (reference !== null && referencedPatientId(reference) === patientId) {
        usable = true;
        return;
      }
      if (issues.length >= MAX_PATIENT_ISSUES) return;
      const at = bundle ? `prefetch.${key}.entry[${i}].resource` : `prefetch.${key}`;
      const self =
        typeof r.id === "string" ? `${clipId(r.resourceType)}/${clipId(r.id)}` : clipId(r.resourceType);
      issues.push({
        path: `${at}.${isRecord(r.subject) ? "subject" : isRecord(r.patient) ? "patient" : "subject"}`,
        message:
          reference === null
            ? `${self} names no patient`
            : `${self} is about ${shownId(reference)}, which does not name Patient ${shownId(patientId)} by id`,
      });
    });
  }
  return usable ? [] : issues;
}

export const cdsHooksRoutes: FastifyPluginAsync<CdsHooksOptions> = async (app, opts) => {
  const feedback = opts.feedbackStore ?? new MemoryFeedbackStore();
  const appBase = new URL(opts.appBaseUrl).toString().replace(/\/+$/, "");

  const serviceUrl = (id: string): string => {
    // From configuration only: a Host header is the caller's to choose, so an audience read from it
    // would accept a token minted for any other service.
    const base = opts.serviceBaseUrl ?? appBase;
    return `${base.replace(/\/+$/, "")}/cds-services/${id}`;
  };
  const authenticate = async (req: FastifyRequest, audiences: string[]) =>
    opts.auth === "disabled" ? null : await opts.auth(req.headers.authorization, audiences);

  /** One prefetch key read from the FHIR server. CarePlans the navigator exported before they had a
   * category (older exports) are not found by the category search: when it finds none, the patient's
   * CarePlans are searched without it and only those carrying the treatment-line extension are kept
   * (an EHR's other care plans would only add "not used" warnings). Review c9b-5. */
  const fetchPrefetch = async (
    key: keyof typeof PATIENT_VIEW_PREFETCH,
    body: z.infer<typeof HookRequest>,
  ): Promise<unknown> => {
    const found = await fetchQuery(PATIENT_VIEW_PREFETCH[key], body);
    if (key !== "carePlans" || !isRecord(found) || found.resourceType !== "Bundle") return found;
    if (Array.isArray(found.entry) && found.entry.length > 0) return found;
    const all = await fetchQuery("CarePlan?patient={{context.patientId}}", body);
    if (!isRecord(all) || all.resourceType !== "Bundle" || !Array.isArray(all.entry)) return found;
    const ours = all.entry.filter(
      (e) =>
        isRecord(e) &&
        isRecord(e.resource) &&
        Array.isArray(e.resource.extension) &&
        e.resource.extension.some((x) => isRecord(x) && x.url === TREATMENT_LINE_EXTENSION),
    );
    return { ...all, entry: ours };
  };

  const fetchQuery = async (template: string, body: z.infer<typeof HookRequest>): Promise<unknown> => {
    const access = opts.fhirServerAccess;
    const server = body.fhirServer?.replace(/\/+$/, "");
    if (!access || !server || !body.fhirAuthorization) return undefined;
    if (!access.allowedServers.some((s) => server.startsWith(s.replace(/\/+$/, "")))) return undefined;
    const query = template.replaceAll("{{context.patientId}}", encodeURIComponent(body.context.patientId));
    const headers = {
      Authorization: `Bearer ${body.fhirAuthorization.access_token}`,
      Accept: "application/fhir+json",
    };
    let url: string | null = `${server}/${query}`;
    const collected: unknown[] = [];
    let first: unknown;
    for (let page = 0; url && page < (access.maxPages ?? 10); page++) {
      const res = await access.fetch(url, { headers });
      if (!res.ok) return undefined;
      const json = await res.json();
      if (page === 0) first = json;
      if (!isRecord(json) || json.resourceType !== "Bundle") return json;
      if (Array.isArray(json.entry)) collected.push(...json.entry);
      const next = Array.isArray(json.link)
        ? json.link.find((l) => isRecord(l) && l.relation === "next" && typeof l.url === "string")
        : undefined;
      const nextUrl = isRecord(next) ? String(next.url) : null;
      url = nextUrl?.startsWith(server) ? nextUrl : null;
    }
    return isRecord(first) ? { ...first, entry: collected } : first;
  };

  await app.register(
    async (scope) => {
      // Before the CORS plugin: a route takes the error handler in force when it is added.
      useFhirErrors(scope);
      // The CORS plugin answers a preflight lacking these headers in plain text; ours is an
      // OperationOutcome like every other error of this surface.
      scope.addHook("onRequest", async (req) => {
        if (
          req.method === "OPTIONS" &&
          (!req.headers.origin || !req.headers["access-control-request-method"])
        )
          throw new MmnavError(
            ErrorCode.INVALID_REQUEST,
            "a CORS preflight needs the Origin and Access-Control-Request-Method headers",
          );
      });
      await scope.register(cors, {
        origin: opts.corsOrigin === undefined ? "*" : (opts.corsOrigin as boolean | string | string[]),
        methods: ["GET", "POST", "OPTIONS"],
        allowedHeaders: ["Authorization", "Content-Type", "Accept"],
        maxAge: 600,
      });
      scope.get("/", async () => discoveryDocument());

      scope.post<{ Params: { id: string } }>("/:id", async (req, reply) => {
        const id = req.params.id;
        if (id !== PATIENT_VIEW_SERVICE_ID)
          throw new MmnavError(ErrorCode.NOT_FOUND, `no CDS service "${id}"`);
        await authenticate(req, [serviceUrl(id)]);
        const parsed = HookRequest.safeParse(req.body);
        if (!parsed.success) throw invalid(parsed.error, "invalid CDS Hooks request");
        const body = parsed.data;
        if (body.hook !== "patient-view") {
          throw new MmnavError(
            ErrorCode.INVALID_REQUEST,
            `service ${id} answers the patient-view hook, not ${body.hook}`,
          );
        }

        const prefetch: Record<string, unknown> = { ...(body.prefetch ?? {}) };
        const missing: string[] = [];
        for (const key of Object.keys(PATIENT_VIEW_PREFETCH) as (keyof typeof PATIENT_VIEW_PREFETCH)[]) {
          if (prefetch[key] === undefined || prefetch[key] === null) {
            const fetched = await fetchPrefetch(key, body);
            if (fetched !== undefined && fetched !== null) prefetch[key] = fetched;
            else if (!OPTIONAL_PREFETCH.has(key)) missing.push(key);
          }
        }
        if (missing.length > 0) {
          throw new MmnavError(
            ErrorCode.PREFETCH_MISSING,
            `prefetch missing for ${missing.join(", ")}, and this service cannot read it from the FHIR server`,
            missing.map((k) => ({
              path: `prefetch.${k}`,
              message: `expected the result of ${PATIENT_VIEW_PREFETCH[k as keyof typeof PATIENT_VIEW_PREFETCH]}`,
            })),
          );
        }
        const patient = resourcesOf(prefetch.patient)[0];
        if (patient?.resourceType !== "Patient") {
          throw new MmnavError(ErrorCode.PREFETCH_MISSING, "prefetch.patient is not a Patient resource", [
            { path: "prefetch.patient", message: "expected a Patient resource" },
          ]);
        }
        // Review c56 UNSAFE-2: a prefetch holding another patient (its Patient, or any resource about
        // another Patient) was assessed and answered as cards for context.patientId. CDS Hooks 2.0 resolves
        // prefetch for context.patientId, so this is the client's error, answered as this route answers every
        // other unusable prefetch (missing, or no Patient): 412 with an OperationOutcome naming the fields,
        // not an error card. An error card is for a problem in the patient's own data, which the clinician can
        // act on; this one is the integration's, and a card would sit in the chart of a patient whose data was
        // never sent. Nothing of it is logged (the log keeps the route and status only). The whole hook is
        // refused, not only the other patient's resources dropped (as bundleToRecord drops them): a prefetch
        // that mixes patients cannot be trusted to hold all of this one's data either.
        const keys = Object.keys(PATIENT_VIEW_PREFETCH);
        const others = otherPatientIssues(body.context.patientId, prefetch, keys);
        if (others.length > 0) {
          const more =
            others.length === 1
              ? ""
              : ` (and ${others.length >= MAX_PATIENT_ISSUES ? "at least " : ""}${others.length - 1} more)`;
          throw new MmnavError(
            ErrorCode.PREFETCH_MISSING,
            `the prefetch is not for the patient in context.patientId: ${others[0]?.path} names another patient${more}; no assessment is made`,
            others,
          );
        }
        // Review c64-m3: clinical resources none of which names this patient (urn:uuid: subjects) answered cards saying
        // "category not yet decided; 7 tests would decide it" for a patient whose data were simply not read. As for
        // another patient's: 412, naming them. (Some unusable among usable ones are import warnings on a card.)
        const unusable = noUsableResourceIssues(body.context.patientId, prefetch, keys);
        if (unusable.length > 0) {
          throw new MmnavError(
            ErrorCode.PREFETCH_MISSING,
            `no prefetched clinical resource names the patient in context.patientId (Patient/${clipId(body.context.patientId)}): ${unusable[0]?.path} ${unusable[0]?.message}${unusable.length > 1 ? ` (and ${unusable.length >= MAX_PATIENT_ISSUES ? "at least " : ""}${unusable.length - 1} more)` : ""}; no assessment is made`,
            unusable,
          );
        }
        const resources = keys.flatMap((k) => resourcesOf(prefetch[k]));
        const bundle = {
          resourceType: "Bundle",
          type: "collection",
          entry: resources.map((resource) => ({ resource })),
        };
        const asOf = opts.today();
        const cardOptions = {
          appBaseUrl: appBase,
          patientId: body.context.patientId,
          seed: body.hookInstance,
        };
        let cards: CdsCard[];
        try {
          const imported = bundleToRecord(bundle, { asOf, id: body.context.patientId });
          const assessment = assess(imported.record, { defaultAsOf: asOf });
          cards = assessmentToCards(assessment, {
            ...cardOptions,
            importWarnings: imported.warnings,
            conditionHints: imported.conditionHints,
          });
        } catch (e) {
          // A problem with the patient's data is shown to the clinician, not hidden behind an HTTP error.
          const err = toMmnavError(e);
          // Review c57 W9: no card at all for a patient recorded deceased (no options, nothing to act on).
          if (err.code === ErrorCode.PATIENT_DECEASED)
            return reply.type("application/json; charset=utf-8").send({ cards: [] });
          if (err.code !== ErrorCode.INVALID_RECORD && err.code !== ErrorCode.UNSUPPORTED_FHIR) throw e;
          cards = [
            {
              uuid: stableUuid(`${body.hookInstance}|error`),
              // Review c64-m2: a complete sentence; the error's words are in the detail.
              summary:
                "Myeloma Navigator could not assess this patient: the EHR data sent has errors (see detail).",
              detail: [err.message, ...err.issues.map((i) => `- ${i.path}: ${i.message}`)].join("\n"),
              indicator: "warning",
              source: { label: "Myeloma Navigator (decision support)", url: appBase },
              links: [
                {
                  label: "Open in Myeloma Navigator",
                  url: `${appBase}/patients/${encodeURIComponent(body.context.patientId)}`,
                  type: "absolute",
                },
              ],
            },
          ];
        }
        return reply.type("application/json; charset=utf-8").send({ cards });
      });

      scope.post<{ Params: { id: string } }>("/:id/feedback", async (req, reply) => {
        const id = req.params.id;
        if (id !== PATIENT_VIEW_SERVICE_ID)
          throw new MmnavError(ErrorCode.NOT_FOUND, `no CDS service "${id}"`);
        const url = serviceUrl(id);
        const client = await authenticate(req, [url, `${url}/feedback`]);
        const parsed = FeedbackRequest.safeParse(req.body);
        if (!parsed.success) throw invalid(parsed.error, "invalid CDS Hooks feedback");
        let stored = 0;
        let duplicates = 0;
        for (const f of parsed.data.feedback) {
          const reason = f.overrideReason;
          const result = await feedback.record({
            serviceId: id,
            card: f.card,
            outcome: f.outcome,
            outcomeTimestamp: f.outcomeTimestamp,
            acceptedSuggestions: (f.acceptedSuggestions ?? []).map((s) => s.id),
            overrideReason: reason
              ? {
                  code: reason.reason?.code ?? null,
                  system: reason.reason?.system ?? null,
                  display: reason.reason?.display ?? null,
                  userComment: reason.userComment ?? null,
                }
              : null,
            client: client?.iss ?? null,
            organisation: client?.organisation ?? DEFAULT_ORGANISATION,
          });
          if (result === "stored") stored++;
          else duplicates++;
        }
        return reply.type("application/json; charset=utf-8").send({ stored, duplicates });
      });
    },
    { prefix: "/cds-services" },
  );
};

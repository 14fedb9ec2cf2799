/** Review c56 UNSAFE-2: the patient-view service answers only for the patient in context.patientId. A prefetch
 * holding another Patient, or a resource about another Patient, is refused with 412 and an OperationOutcome
 * naming the fields (no cards, nothing in the log); the same patient written as `Patient/id/_history/n` or as
 * a full URL is the same patient. */
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_RECORDS } from "../../fhir/__fixtures__/records.js";
import { referencedPatientId } from "../../fhir/bundle-to-record.js";
import type { CdsCard } from "../../fhir/cards.js";
import { recordToBundle } from "../../fhir/record-to-bundle.js";
import type { Resource } from "../../fhir/types.js";
import { answerPrefetch, asServerResources } from "../../testing/fhir-search.js";
import {
  cdsHooksRoutes,
  type FhirFetch,
  PATIENT_VIEW_PREFETCH,
  PATIENT_VIEW_SERVICE_ID,
} from "./cds-hooks.js";

const APP = "https://app.example.org";
const SERVER = "https://ehr.example.org/fhir";
const SERVICE = `/cds-services/${PATIENT_VIEW_SERVICE_ID}`;
// Ids distinctive enough that a log line quoting one would be found.
const PID = "pat-7f3a1c";
const OTHER = "other-patient-9c2e4b";

const record = { ...FIXTURE_RECORDS[0]!.record, id: PID };
const resources: Resource[] = asServerResources(recordToBundle(record), PID);
/** What an EHR prefetches for `patientId` from `rs` (a fresh copy each time: tests change it). */
const prefetchOf = (rs: Resource[] = resources, patientId = PID) =>
  structuredClone(answerPrefetch(PATIENT_VIEW_PREFETCH, rs, patientId));

const logLines: string[] = [];
let app: FastifyInstance;
let fetchApp: FastifyInstance;
beforeAll(async () => {
  // Everything the route might log, at every level, is kept to be searched for the ids.
  app = Fastify({ logger: { level: "trace", stream: { write: (l: string) => logLines.push(l) } } });
  await app.register(cdsHooksRoutes, { auth: "disabled", appBaseUrl: APP, today: () => "2026-11-26" });
  await app.ready();

  // A FHIR server whose Patient read answers another patient (a merged record, a misrouted proxy).
  const wrongServer = resources.map((r) =>
    r.resourceType === "Patient" ? { ...r, id: OTHER } : r,
  ) as Resource[];
  const fakeFetch: FhirFetch = async (url) => {
    const query = decodeURIComponent(url.slice(SERVER.length + 1));
    const asked = query.startsWith("Patient/") ? `Patient/${OTHER}` : query;
    const answer = answerPrefetch({ q: asked }, wrongServer, PID).q;
    return { ok: answer !== null, status: answer ? 200 : 404, json: async () => answer };
  };
  fetchApp = Fastify();
  await fetchApp.register(cdsHooksRoutes, {
    auth: "disabled",
    appBaseUrl: APP,
    today: () => "2026-11-26",
    fhirServerAccess: { fetch: fakeFetch, allowedServers: [SERVER] },
  });
  await fetchApp.ready();
}, 60_000);
afterAll(async () => {
  await app.close();
  await fetchApp.close();
});

let n = 0;
const hook = (
  patientId: string,
  prefetch?: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => ({
  hook: "patient-view",
  hookInstance: `c56-unsafe-2-${++n}`,
  context: { userId: "Practitioner/1", patientId },
  ...(prefetch ? { prefetch } : {}),
  ...extra,
});
const call = (body: unknown, target = app) =>
  target.inject({ method: "POST", url: SERVICE, payload: body as object });
const detailsOf = (cards: CdsCard[]) => cards.map((c) => `${c.summary}\n${c.detail ?? ""}`);
const expressions = (body: { issue: { expression?: string[] }[] }) =>
  body.issue.map((i) => i.expression?.[0]);

/** Every `reference` to the patient in `prefetch` (not the Patient itself) rewritten by `to`. */
function rewriteReferences(prefetch: Record<string, unknown>, to: (i: number) => string) {
  let i = 0;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(prefetch)) {
    out[key] =
      key === "patient"
        ? value
        : JSON.parse(
            JSON.stringify(value).replaceAll(
              `"reference":"Patient/${PID}"`,
              () => `"reference":"${to(i++)}"`,
            ),
          );
  }
  return { prefetch: out, rewritten: i };
}

describe("CDS Hooks patient-view: only the patient in context.patientId", () => {
  it("answers cards for the patient in context when the prefetch is that patient's (control)", async () => {
    const res = await call(hook(PID, prefetchOf()));
    expect(res.statusCode, res.body).toBe(200);
    const { cards } = res.json();
    expect(cards.some((c: CdsCard) => /^Findings meet|not yet decided/.test(c.summary))).toBe(true);
    expect(cards.every((c: CdsCard) => c.links?.[0]?.url === `${APP}/patients/${PID}`)).toBe(true);
  });

  it("refuses with 412 and no cards a prefetch whose Patient is not context.patientId, naming the fields and ids only", async () => {
    // The review's probe: context names one patient, the prefetch (Patient and data) is another's.
    const res = await call(hook(OTHER, prefetchOf()));
    expect(res.statusCode, res.body).toBe(412);
    const body = res.json();
    expect(body.cards).toBeUndefined();
    expect(body.resourceType).toBe("OperationOutcome");
    const paths = expressions(body);
    expect(paths[0]).toBe("prefetch.patient.id");
    // The other patient's data is named too (its Observations' subjects), not only the Patient.
    expect(paths).toContain("prefetch.observations.entry[0].resource.subject");
    expect(body.issue[0].diagnostics).toBe(
      `Patient "${PID}" is not the patient in context.patientId ("${OTHER}")`,
    );
    expect(body.issue[0].details.text).toMatch(
      /^the prefetch is not for the patient in context\.patientId: prefetch\.patient\.id names another patient \(and (at least )?\d+ more\); no assessment is made$/,
    );
    // Nothing of the patient but the ids: no birth date, sex or lab value is echoed.
    const patient = resources.find((r) => r.resourceType === "Patient") as { birthDate?: string };
    expect(patient.birthDate).toBeDefined();
    expect(res.body).not.toContain(String(patient.birthDate));
    expect(res.body).not.toMatch(/gender|male|valueQuantity|mg\/dL|g\/dL/);
  });

  it("refuses a prefetch holding one resource about another patient, though its Patient is right", async () => {
    const prefetch = prefetchOf();
    const obs = prefetch.observations as {
      entry: { resource: Resource & { subject: { reference: string } } }[];
    };
    expect(obs.entry.length).toBeGreaterThan(2);
    obs.entry[2]!.resource.subject = { reference: `Patient/${OTHER}/_history/4` };
    const res = await call(hook(PID, prefetch));
    expect(res.statusCode, res.body).toBe(412);
    expect(res.json().cards).toBeUndefined();
    expect(res.json().issue).toHaveLength(1);
    expect(res.json().issue[0]).toMatchObject({
      expression: ["prefetch.observations.entry[2].resource.subject"],
      diagnostics: `Observation/${obs.entry[2]!.resource.id} is about Patient "${OTHER}", not the patient in context.patientId ("${PID}")`,
    });
    // The same by `patient` (the reference element of some resources), given as a full URL.
    const byPatient = prefetchOf();
    const meds = byPatient.medicationStatements as { entry: { resource: Resource }[] };
    expect(meds.entry.length).toBeGreaterThan(0);
    const { subject: _, ...rest } = meds.entry[0]!.resource;
    meds.entry[0]!.resource = { ...rest, patient: { reference: `${SERVER}/Patient/${OTHER}` } } as Resource;
    const res2 = await call(hook(PID, byPatient));
    expect(res2.statusCode, res2.body).toBe(412);
    expect(expressions(res2.json())).toEqual(["prefetch.medicationStatements.entry[0].resource.patient"]);
  });

  it("reads Patient/id/_history/n and full-URL references to the patient in context as that patient", async () => {
    const plain = await call(hook(PID, prefetchOf()));
    expect(plain.statusCode, plain.body).toBe(200);
    const forms = [
      `Patient/${PID}/_history/3`,
      `${SERVER}/Patient/${PID}`,
      `${SERVER}/Patient/${PID}/_history/1`,
    ];
    const { prefetch, rewritten } = rewriteReferences(prefetchOf(), (i) => forms[i % forms.length]!);
    expect(rewritten).toBeGreaterThan(forms.length);
    const res = await call(hook(PID, prefetch));
    expect(res.statusCode, res.body).toBe(200);
    // The same cards: every resource was read as this patient's (none left out as another's).
    expect(detailsOf(res.json().cards)).toEqual(detailsOf(plain.json().cards));
  });

  it("refuses a Patient read from the FHIR server that is another patient", async () => {
    const res = await call(
      hook(PID, undefined, {
        fhirServer: SERVER,
        fhirAuthorization: { access_token: "t", token_type: "Bearer", subject: "cds" },
      }),
      fetchApp,
    );
    expect(res.statusCode, res.body).toBe(412);
    expect(res.json().cards).toBeUndefined();
    expect(expressions(res.json())).toEqual(["prefetch.patient.id"]);
  });

  it("refuses a Patient without an id: it cannot be told to be the patient in context", async () => {
    const prefetch = prefetchOf();
    const { id: _, ...noId } = prefetch.patient as Resource;
    const res = await call(hook(PID, { ...prefetch, patient: noId }));
    expect(res.statusCode, res.body).toBe(412);
    expect(res.json().issue[0]).toMatchObject({
      expression: ["prefetch.patient.id"],
      diagnostics: `a Patient without an id cannot be told to be the patient in context.patientId ("${PID}")`,
    });
  });

  it("writes neither patient id to the log when it refuses", async () => {
    logLines.length = 0;
    const res = await call(hook(OTHER, prefetchOf()));
    expect(res.statusCode).toBe(412);
    expect(logLines.length).toBeGreaterThan(0); // the request was logged
    const log = logLines.join("");
    expect(log).not.toContain(PID);
    expect(log).not.toContain(OTHER);
  });
});

describe("referencedPatientId", () => {
  it("reads the id from relative, versioned and full-URL references, and nothing from others", () => {
    expect(referencedPatientId("Patient/abc")).toBe("abc");
    expect(referencedPatientId("Patient/abc/_history/2")).toBe("abc");
    expect(referencedPatientId("https://ehr.example.org/fhir/Patient/a.b-1/_history/7")).toBe("a.b-1");
    expect(referencedPatientId("urn:uuid:0a1b2c3d-0000-4000-8000-000000000000")).toBeNull();
    expect(referencedPatientId("Group/g1")).toBeNull();
    expect(referencedPatientId("Patient?identifier=http://x|1")).toBeNull();
    expect(referencedPatientId("RelatedPerson/Patient")).toBeNull();
  });
});

/** Review c9b-5: a navigator CarePlan exported before CarePlans had a category (older exports: the
 * treatment-line extension, no category) is not found by the category search of the carePlans prefetch
 * template. Read from an allow-listed FHIR server, the service looks again without the category and
 * keeps only CarePlans carrying the extension, so the period of observation arrives whole and the EHR's
 * other care plans add nothing. */
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess } from "../../engine/assess.js";
import { FIXTURE_RECORDS } from "../../fhir/__fixtures__/records.js";
import { bundleToRecord } from "../../fhir/bundle-to-record.js";
import { assessmentToCards, type CdsCard } from "../../fhir/cards.js";
import { SYSTEM } from "../../fhir/codes.js";
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

const index = FIXTURE_RECORDS.findIndex((f) =>
  f.record.treatmentHistory?.some((t) => t.regimen === "observation"),
);
const record = { ...FIXTURE_RECORDS[index]!.record, id: "p1" };
const resources: Resource[] = asServerResources(recordToBundle(record), "p1").map((r) => {
  if (r.resourceType !== "CarePlan") return r;
  const { category: _, ...older } = r;
  return older as Resource;
});
// The EHR's own care plan: no treatment-line extension, not the navigator's.
resources.push({
  resourceType: "CarePlan",
  id: "ehr-diet",
  status: "active",
  intent: "plan",
  title: "Dietary plan",
  subject: { reference: "Patient/p1" },
} as Resource);

const fetched: string[] = [];
let app: FastifyInstance;
beforeAll(async () => {
  const fakeFetch: FhirFetch = async (url) => {
    fetched.push(url);
    const query = decodeURIComponent(url.slice(SERVER.length + 1));
    const answer = answerPrefetch({ q: query }, resources, "p1").q;
    return { ok: answer !== null, status: answer ? 200 : 404, json: async () => answer };
  };
  app = Fastify();
  await app.register(cdsHooksRoutes, {
    auth: "disabled",
    appBaseUrl: APP,
    today: () => "2026-11-26",
    fhirServerAccess: { fetch: fakeFetch, allowedServers: [SERVER] },
  });
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app.close();
});

describe("CDS Hooks: an older export's CarePlan without a category", () => {
  it("is read from the FHIR server (a second search without the category), and other care plans are not", async () => {
    const full = bundleToRecord(recordToBundle(record), { asOf: "2026-11-26" }).record;
    const detailsOf = (cards: CdsCard[]) => cards.map((c) => `${c.summary}\n${c.detail ?? ""}`);
    const expected = detailsOf(
      assessmentToCards(assess(full, { defaultAsOf: "2026-11-26" }), {
        appBaseUrl: APP,
        patientId: "p1",
        seed: "older-careplan",
      }),
    );
    const res = await app.inject({
      method: "POST",
      url: SERVICE,
      payload: {
        hook: "patient-view",
        hookInstance: "c9b-older-careplan",
        context: { userId: "Practitioner/1", patientId: "p1" },
        fhirServer: SERVER,
        fhirAuthorization: { access_token: "t", token_type: "Bearer", subject: "cds" },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(fetched).toContain(`${SERVER}/CarePlan?patient=p1`);
    const cards = detailsOf(res.json().cards);
    expect(cards).toEqual(expected);
    expect(cards.join("\n")).not.toMatch(/ehr-diet|not written by the navigator/);
  });
});

describe("CDS Hooks: hepatitis B serology is prefetched (review c9b-4)", () => {
  it("the observations template asks for HBsAg (LOINC 5196-1) and anti-HBc (LOINC 16933-4)", () => {
    expect(PATIENT_VIEW_PREFETCH.observations).toContain(`${SYSTEM.loinc}|5196-1`);
    expect(PATIENT_VIEW_PREFETCH.observations).toContain(`${SYSTEM.loinc}|16933-4`);
  });
});

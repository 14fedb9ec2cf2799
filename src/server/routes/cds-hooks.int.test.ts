import Fastify, { type FastifyInstance } from "fastify";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess } from "../../engine/assess.js";
import { FIXTURE_RECORDS } from "../../fhir/__fixtures__/records.js";
import { bundleToRecord } from "../../fhir/bundle-to-record.js";
import { assessmentToCards, type CdsCard } from "../../fhir/cards.js";
import { recordToBundle } from "../../fhir/record-to-bundle.js";
import type { Resource } from "../../fhir/types.js";
import type { PatientRecord } from "../../model/record.js";
import { createCdsJwtVerifier } from "../auth/cds-jwt.js";
import {
  cdsHooksRoutes,
  type FhirFetch,
  MemoryFeedbackStore,
  PATIENT_VIEW_PREFETCH,
  PATIENT_VIEW_SERVICE_ID,
} from "./cds-hooks.js";

const BASE = "https://mmnav.example.org";
const APP = "https://app.example.org";
const SERVICE = `/cds-services/${PATIENT_VIEW_SERVICE_ID}`;
const AUD = `${BASE}${SERVICE}`;
const ISS = "https://ehr.example.org";

type Key = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
let es: Key;
let rs: Key;
let app: FastifyInstance;
let fetchApp: FastifyInstance;
const feedback = new MemoryFeedbackStore();
const fetched: string[] = [];

/** The fixture record (or `record`) as an EHR would prefetch it: Patient/p1 and search-set Bundles per key. */
function prefetchFor(
  index = 0,
  record: PatientRecord = FIXTURE_RECORDS[index]!.record,
): Record<string, unknown> {
  const b = recordToBundle({ ...record, id: "p1" });
  const resources = (b.entry ?? []).map(
    (e) =>
      JSON.parse(
        JSON.stringify(e.resource).replaceAll(b.entry?.[0]?.fullUrl ?? "", "Patient/p1"),
      ) as Resource,
  );
  const set = (t: string) => ({
    resourceType: "Bundle",
    type: "searchset",
    entry: resources
      .filter((r) => r.resourceType === t)
      .map((resource) => ({ fullUrl: `https://ehr.example.org/fhir/${t}/${resource.id}`, resource })),
  });
  return {
    patient: resources.find((r) => r.resourceType === "Patient"),
    conditions: set("Condition"),
    observations: set("Observation"),
    medicationStatements: set("MedicationStatement"),
    medicationRequests: set("MedicationRequest"),
    medicationAdministrations: set("MedicationAdministration"),
    procedures: set("Procedure"),
    carePlans: set("CarePlan"),
  };
}

let n = 0;
async function token(
  key: Key,
  alg = "ES384",
  over: { aud?: string; iss?: string; exp?: number; jti?: string } = {},
) {
  const t = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg, typ: "JWT", kid: alg })
    .setIssuer(over.iss ?? ISS)
    .setSubject("ehr-client")
    .setAudience(over.aud ?? AUD)
    .setIssuedAt(t)
    .setExpirationTime(over.exp ?? t + 240)
    .setJti(over.jti ?? `jti-${++n}-${t}`)
    .sign(key);
}

const hookBody = (prefetch?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  hook: "patient-view",
  hookInstance: `d1577c69-dfbe-44ad-ba6d-3e05e953b2ea-${++n}`,
  context: { userId: "Practitioner/1", patientId: "p1" },
  ...(prefetch ? { prefetch } : {}),
  ...extra,
});

beforeAll(async () => {
  const e = await generateKeyPair("ES384", { extractable: true });
  const r = await generateKeyPair("RS384", { extractable: true });
  es = e.privateKey;
  rs = r.privateKey;
  const keys: JWK[] = [
    { ...(await exportJWK(e.publicKey)), kid: "ES384", alg: "ES384" },
    { ...(await exportJWK(r.publicKey)), kid: "RS384", alg: "RS384" },
  ];
  const auth = createCdsJwtVerifier({ clients: [{ iss: ISS, jwks: { keys } }] });
  app = Fastify();
  await app.register(cdsHooksRoutes, {
    auth,
    appBaseUrl: APP,
    serviceBaseUrl: BASE,
    today: () => "2026-11-26",
    feedbackStore: feedback,
  });
  await app.ready();

  // A second instance that may read missing prefetch from an allow-listed FHIR server (a fake fetch).
  const pre = prefetchFor();
  const fakeFetch: FhirFetch = async (url, init) => {
    fetched.push(url);
    expect(init.headers.Authorization).toBe("Bearer ehr-access-token");
    const key = (Object.keys(PATIENT_VIEW_PREFETCH) as (keyof typeof PATIENT_VIEW_PREFETCH)[]).find((k) =>
      url.startsWith(
        `https://ehr.example.org/fhir/${PATIENT_VIEW_PREFETCH[k].split("?")[0]?.replace("{{context.patientId}}", "p1")}`,
      ),
    );
    return { ok: key !== undefined, status: key ? 200 : 404, json: async () => (key ? pre[key] : {}) };
  };
  fetchApp = Fastify();
  await fetchApp.register(cdsHooksRoutes, {
    auth: "disabled",
    appBaseUrl: APP,
    today: () => "2026-11-26",
    fhirServerAccess: { fetch: fakeFetch, allowedServers: ["https://ehr.example.org/fhir"] },
  });
  await fetchApp.ready();
}, 60_000);
afterAll(async () => {
  await app.close();
  await fetchApp.close();
});

const call = async (body: unknown, jwt?: string, url = SERVICE, target = app) =>
  target.inject({
    method: "POST",
    url,
    payload: body as object,
    headers: jwt ? { authorization: `Bearer ${jwt}` } : {},
  });

describe("CDS Hooks discovery", () => {
  it("lists the patient-view service with prefetch templates for everything the engine reads", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/cds-services",
      headers: { origin: "https://ehr-ui.example.org" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const { services } = res.json();
    expect(services).toHaveLength(1);
    const s = services[0];
    expect(s).toMatchObject({ hook: "patient-view", id: PATIENT_VIEW_SERVICE_ID });
    expect(s.title.length).toBeGreaterThan(0);
    expect(s.description.length).toBeGreaterThan(0);
    expect(Object.keys(s.prefetch).sort()).toEqual(
      [
        "conditions",
        "medicationAdministrations",
        "medicationRequests",
        "medicationStatements",
        "observations",
        "patient",
        "procedures",
        "carePlans",
        // Review c74-M3: drug allergies (optional, as carePlans).
        "allergies",
      ].sort(),
    );
    for (const q of Object.values(s.prefetch) as string[]) expect(q).toContain("{{context.patientId}}");
    expect(s.prefetch.observations).toContain("http://loinc.org|2160-0");
    expect(s.prefetch.observations).not.toContain("98979-8"); // eGFR is computed, not read
    // The NYHA class (LOINC 88020-3, nyha-codes): the AL heart rules read it (fhir/nyha-codes.test.ts).
    expect(s.prefetch.observations).toContain("http://loinc.org|88020-3");
    // Only the navigator's own CarePlans are readable (their treatment-line extension): the query asks
    // for those by category, not every care plan of the patient.
    expect(s.prefetch.carePlans).toBe(
      "CarePlan?patient={{context.patientId}}&category=https://myeloma-navigator.org/fhir/CodeSystem/record-field|treatmentHistory",
    );
  });

  it("answers a browser's CORS preflight for the service", async () => {
    const res = await app.inject({
      method: "OPTIONS",
      url: SERVICE,
      headers: {
        origin: "https://ehr-ui.example.org",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(res.statusCode).toBeLessThan(300);
    expect(res.headers["access-control-allow-methods"]).toContain("POST");
    expect(String(res.headers["access-control-allow-headers"]).toLowerCase()).toContain("authorization");
  });
});

describe("CDS Hooks patient-view", () => {
  it("ES384- and RS384-signed calls get cards: short summaries, indicators, absolute links to the patient page", async () => {
    for (const [key, alg] of [
      [es, "ES384"],
      [rs, "RS384"],
    ] as const) {
      const res = await call(hookBody(prefetchFor()), await token(key, alg));
      expect(res.statusCode, res.body).toBe(200);
      const { cards } = res.json();
      expect(cards.length).toBeGreaterThan(0);
      for (const c of cards) {
        expect(c.summary.length).toBeLessThan(140);
        expect(["info", "warning", "critical"]).toContain(c.indicator);
        expect(c.source.label).toMatch(/Myeloma Navigator/);
        expect(c.links[0]).toEqual({
          label: "Open in Myeloma Navigator",
          url: `${APP}/patients/p1`,
          type: "absolute",
        });
        expect(c.suggestions).toBeUndefined();
      }
      // A diagnosis card among them (cards come critical, then warning, then info: review c64-M4).
      expect(cards.some((c: { summary: string }) => /^Findings meet|not yet decided/.test(c.summary))).toBe(
        true,
      );
    }
  });

  it("review c57 W9: a patient recorded deceased gets no card at all (no options), not an error", async () => {
    for (const deceased of [{ deceasedDateTime: "2026-11-02" }, { deceasedBoolean: true }]) {
      const pre = prefetchFor();
      pre.patient = { ...(pre.patient as object), ...deceased };
      const res = await call(hookBody(pre), await token(es));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ cards: [] });
    }
  });

  it("refuses unsigned, HS256, wrong-audience, expired, unknown-issuer and replayed calls with 401/403 and a reason", async () => {
    const body = hookBody(prefetchFor());
    const unsigned = await call(body);
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json().issue[0].diagnostics).toMatch(/authentication required/);

    const hs = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(ISS)
      .setAudience(AUD)
      .setIssuedAt()
      .setExpirationTime("2m")
      .setJti("hs-1")
      .sign(new TextEncoder().encode("0123456789abcdef0123456789abcdef"));
    const hsRes = await call(body, hs);
    expect(hsRes.statusCode).toBe(401);
    expect(hsRes.json().issue[0].diagnostics).toMatch(/HS256 refused/);

    const wrongAud = await call(
      body,
      await token(es, "ES384", { aud: `${BASE}/cds-services/another-service` }),
    );
    expect(wrongAud.statusCode).toBe(401);
    expect(wrongAud.json().issue[0].diagnostics).toMatch(/audience/);

    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await call(body, await token(es, "ES384", { exp: past }));
    expect(expired.statusCode).toBe(401);
    expect(expired.json().issue[0].diagnostics).toMatch(/expired|iat/);

    const unknown = await call(body, await token(es, "ES384", { iss: "https://unknown.example.org" }));
    expect(unknown.statusCode).toBe(403);
    expect(unknown.json().issue[0].diagnostics).toMatch(/not allowed/);

    const once = await token(es, "ES384", { jti: "only-once" });
    expect((await call(body, once)).statusCode).toBe(200);
    const replay = await call(body, once);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().issue[0].diagnostics).toMatch(/replayed/);
  });

  it("reads the navigator's own CarePlan (a period of observation) from prefetch, as $assess reads the bundle", async () => {
    // A first line finished, then observed (a CarePlan) until the disease progressed: the cards are those of
    // the whole exported record (relapse), and without the CarePlan they would not be (a finished line). Since
    // engine 0.2.41 the fixture's observation before the first line changes no card (its line's outcome is read
    // from the line), so the period of observation comes after it here.
    const record: PatientRecord = {
      ...FIXTURE_RECORDS[0]!.record,
      id: "p1",
      asOf: "2026-11-26",
      treatmentHistory: [
        {
          regimen: "VRd",
          drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
          start: "2023-01-10",
          end: "2023-05-30",
          bestResponse: "VGPR",
          phase: "induction",
        },
        {
          regimen: "ASCT",
          drugs: [],
          start: "2023-07-01",
          end: "2023-07-01",
          asct: true,
          phase: "transplant",
          plannedWithPrevious: true,
        },
        {
          regimen: "R maintenance",
          drugs: ["lenalidomide"],
          start: "2023-09-01",
          end: "2025-09-01",
          phase: "maintenance",
          plannedWithPrevious: true,
          stopReason: "completed",
        },
        {
          regimen: "observation",
          drugs: [],
          start: "2025-09-02",
          end: "2026-10-01",
          progressedOn: true,
          progressionDate: "2026-09-20",
          stopReason: "progression",
        },
      ],
    };
    const full = bundleToRecord(recordToBundle(record), { asOf: "2026-11-26" }).record;
    expect(full.treatmentHistory?.map((t) => t.regimen)).toContain("observation");
    const detailsOf = (cards: CdsCard[]) => cards.map((c) => `${c.summary}\n${c.detail ?? ""}`);
    const expected = detailsOf(
      assessmentToCards(assess(full, { defaultAsOf: "2026-11-26" }), {
        appBaseUrl: APP,
        patientId: "p1",
        seed: "carePlan",
      }),
    );
    const pre = prefetchFor(0, record);
    expect((pre.carePlans as { entry: unknown[] }).entry).toHaveLength(1);
    const res = await call(hookBody(pre), await token(es));
    expect(res.statusCode, res.body).toBe(200);
    expect(detailsOf(res.json().cards)).toEqual(expected);

    // An older client that does not send the CarePlan key still gets cards (not 412); they lack it.
    const { carePlans: _, ...older } = pre;
    const old = await call(hookBody(older), await token(es));
    expect(old.statusCode, old.body).toBe(200);
    expect(detailsOf(old.json().cards)).not.toEqual(expected);
  });

  it("answers 412 when prefetch is missing and the FHIR server cannot be read", async () => {
    const res = await call(hookBody(), await token(es));
    expect(res.statusCode).toBe(412);
    expect(res.json().issue.map((i: { expression: string[] }) => i.expression[0])).toContain(
      "prefetch.observations",
    );
    const partial = prefetchFor();
    delete partial.medicationStatements;
    const res2 = await call(
      hookBody(partial, {
        fhirServer: "https://ehr.example.org/fhir",
        fhirAuthorization: { access_token: "t", token_type: "Bearer" },
      }),
      await token(es),
    );
    expect(res2.statusCode).toBe(412);
    expect(res2.json().issue.map((i: { expression: string[] }) => i.expression[0])).toEqual([
      "prefetch.medicationStatements",
    ]);
    expect(res2.json().issue[0].details.text).toMatch(/prefetch missing for medicationStatements/);
  });

  it("reads missing prefetch from an allow-listed FHIR server with the client's token (fake fetch, no network)", async () => {
    fetched.length = 0;
    const auth = { access_token: "ehr-access-token", token_type: "Bearer", subject: "cds" };
    const ok = await call(
      hookBody(undefined, { fhirServer: "https://ehr.example.org/fhir", fhirAuthorization: auth }),
      undefined,
      SERVICE,
      fetchApp,
    );
    expect(ok.statusCode, ok.body).toBe(200);
    // Nine templates (allergies since review c74-M3), and (no CarePlan by the category) the patient's CarePlans
    // without it: an older export's CarePlan has no category (review c9b-5).
    expect(fetched).toHaveLength(10);
    expect(fetched).toContain("https://ehr.example.org/fhir/AllergyIntolerance?patient=p1");
    expect(fetched).toContain("https://ehr.example.org/fhir/CarePlan?patient=p1");
    expect(fetched[0]).toBe("https://ehr.example.org/fhir/Patient/p1");
    // Every Condition of the patient: the mapper reads record conditions from them, not only hints.
    expect(fetched).toContain("https://ehr.example.org/fhir/Condition?patient=p1");
    const elsewhere = await call(
      hookBody(undefined, { fhirServer: "https://attacker.example.net/fhir", fhirAuthorization: auth }),
      undefined,
      SERVICE,
      fetchApp,
    );
    expect(elsewhere.statusCode).toBe(412);
    expect(fetched).toHaveLength(10);
  });

  it("rejects an unknown service (404) and a malformed request (400), as OperationOutcomes", async () => {
    const unknown = await call(hookBody(prefetchFor()), await token(es), "/cds-services/nope");
    expect(unknown.statusCode).toBe(404);
    const bad = await call({ hook: "patient-view", context: {} }, await token(es));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().resourceType).toBe("OperationOutcome");
    expect(bad.json().issue.map((i: { expression: string[] }) => i.expression[0])).toEqual(
      expect.arrayContaining(["hookInstance", "context.patientId"]),
    );
  });
});

describe("CDS Hooks feedback", () => {
  it("stores the same card + outcome once, however often it is sent", async () => {
    const before = feedback.entries.length;
    const body = {
      feedback: [{ card: "card-uuid-1", outcome: "accepted", outcomeTimestamp: "2026-11-26T10:00:00Z" }],
    };
    const first = await call(
      body,
      await token(es, "ES384", { aud: `${AUD}/feedback` }),
      `${SERVICE}/feedback`,
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ stored: 1, duplicates: 0 });
    const again = await call(body, await token(es), `${SERVICE}/feedback`);
    expect(again.json()).toEqual({ stored: 0, duplicates: 1 });
    const overridden = await call(
      {
        feedback: [
          {
            card: "card-uuid-1",
            outcome: "overridden",
            outcomeTimestamp: "2026-11-26T10:01:00Z",
            overrideReason: {
              reason: { code: "not-relevant", system: "https://ehr.example.org/reasons" },
              userComment: "seen by haematology",
            },
          },
        ],
      },
      await token(es),
      `${SERVICE}/feedback`,
    );
    expect(overridden.json()).toEqual({ stored: 1, duplicates: 0 });
    expect(feedback.entries.slice(before)).toEqual([
      expect.objectContaining({ card: "card-uuid-1", outcome: "accepted", client: ISS }),
      expect.objectContaining({
        outcome: "overridden",
        overrideReason: expect.objectContaining({ code: "not-relevant", userComment: "seen by haematology" }),
      }),
    ]);
    const unsigned = await call(body, undefined, `${SERVICE}/feedback`);
    expect(unsigned.statusCode).toBe(401);
  });
});

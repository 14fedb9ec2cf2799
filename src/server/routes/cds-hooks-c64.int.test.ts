/** Review c64-m3: a prefetch whose clinical resources name their subject as `urn:uuid:` references (as a Bundle's
 * fullUrl, not the Patient's id) was answered with cards saying "category not yet decided; 7 tests would decide it",
 * for a patient whose data were simply not read, where docs/fhir-and-cds-hooks.md promises 412 for prefetched
 * resources that are not about the patient in context. With no prefetched clinical resource usable: 412, naming them.
 * Review c64-M4: over the route, the critical card comes first. */
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CdsCard } from "../../fhir/cards.js";
import { recordToBundle } from "../../fhir/record-to-bundle.js";
import type { Resource } from "../../fhir/types.js";
import type { PatientRecord } from "../../model/record.js";
import { answerPrefetch, asServerResources } from "../../testing/fhir-search.js";
import { cdsHooksRoutes, PATIENT_VIEW_PREFETCH, PATIENT_VIEW_SERVICE_ID } from "./cds-hooks.js";

const SERVICE = `/cds-services/${PATIENT_VIEW_SERVICE_ID}`;
const PID = "c64-m3-patient";
const record = {
  id: PID,
  asOf: "2026-11-26",
  patient: { age: 66, sex: "female" },
  labs: {
    serumMProtein: { value: 3.4, unit: "g/dL" },
    heavyChain: "IgG",
    lightChain: "kappa",
    calcium: { value: 14.6, unit: "mg/dL" },
    creatinine: { value: 1.1, unit: "mg/dL" },
    hemoglobin: { value: 11.5, unit: "g/dL" },
  },
  marrow: { clonalPlasmaCellPercent: 35 },
} as PatientRecord;

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify({ logger: false });
  await app.register(cdsHooksRoutes, {
    auth: "disabled",
    appBaseUrl: "https://app.example.org",
    today: () => "2026-11-26",
  });
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app.close();
});

/** Every prefetch key answered with every resource of its type, whatever its subject (a client that sent the
 * Bundle's own references). */
function prefetchWithSubjectsAsSent(resources: Resource[]): Record<string, unknown> {
  const patient = resources.find((r) => r.resourceType === "Patient");
  const set = (...types: string[]) => ({
    resourceType: "Bundle",
    type: "searchset",
    entry: resources.filter((r) => types.includes(r.resourceType)).map((resource) => ({ resource })),
  });
  return {
    patient: { ...patient, id: PID },
    conditions: set("Condition"),
    observations: set("Observation"),
    medicationStatements: set("MedicationStatement", "Medication"),
    medicationRequests: set("MedicationRequest"),
    medicationAdministrations: set("MedicationAdministration"),
    procedures: set("Procedure"),
    carePlans: set("CarePlan"),
  };
}

let n = 0;
const call = (prefetch: Record<string, unknown>) =>
  app.inject({
    method: "POST",
    url: SERVICE,
    payload: {
      hook: "patient-view",
      hookInstance: `c64-${++n}`,
      context: { userId: "Practitioner/1", patientId: PID },
      prefetch,
    },
  });

describe("c64-m3: no prefetched clinical resource names the patient in context", () => {
  it("subjects as urn:uuid: references: 412 with an OperationOutcome naming them, no cards", async () => {
    const bundle = recordToBundle(record);
    const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
    // The premise: the Bundle's resources name the patient by the Patient entry's urn:uuid fullUrl.
    const observation = resources.find((r) => r.resourceType === "Observation");
    expect(JSON.stringify(observation?.subject)).toMatch(/urn:uuid:/);

    const res = await call(prefetchWithSubjectsAsSent(resources));
    expect(res.statusCode, res.body).toBe(412);
    const body = res.json();
    expect(body.resourceType).toBe("OperationOutcome");
    expect(body.cards).toBeUndefined();
    expect(body.issue[0].details.text).toMatch(
      /^no prefetched clinical resource names the patient in context\.patientId \(Patient\/c64-m3-patient\): prefetch\.observations\.entry\[0\]\.resource\.subject .* \(and (at least )?\d+ more\); no assessment is made$/,
    );
    expect(body.issue[0].diagnostics).toMatch(
      /^Observation\/obs-1 is about "urn:uuid:[0-9a-f-]+", which does not name Patient "c64-m3-patient" by id$/,
    );
  });

  it("control: the same resources referencing Patient/{id} get cards, the hypercalcaemia card first", async () => {
    const resources = asServerResources(recordToBundle(record), PID);
    const res = await call(answerPrefetch(PATIENT_VIEW_PREFETCH, resources, PID));
    expect(res.statusCode, res.body).toBe(200);
    const { cards } = res.json() as { cards: CdsCard[] };
    expect(cards[0]?.indicator).toBe("critical");
    expect(cards[0]?.summary).toBe(
      "Calcium 14.6 mg/dL: severe hypercalcaemia, a metabolic emergency; treat now.",
    );
    expect(cards.filter((c) => c.indicator === "critical" && /hypercalcaemia/.test(c.summary))).toHaveLength(
      1,
    );
  });

  it("control: a patient with nothing recorded (empty searches) still gets cards", async () => {
    const resources = asServerResources(
      recordToBundle({ id: PID, patient: { age: 60 } } as PatientRecord),
      PID,
    );
    const res = await call(answerPrefetch(PATIENT_VIEW_PREFETCH, resources, PID));
    expect(res.statusCode, res.body).toBe(200);
  });

  it("control: one unusable resource among usable ones is an import warning on a card, not a 412", async () => {
    const resources = asServerResources(recordToBundle(record), PID);
    const prefetch = answerPrefetch(PATIENT_VIEW_PREFETCH, resources, PID) as Record<
      string,
      { entry: { resource: Resource }[] }
    >;
    const first = prefetch.observations?.entry[0]?.resource as Resource;
    first.subject = { reference: "urn:uuid:5f0c2a9e-0000-4000-8000-000000000001" };
    const res = await call(prefetch);
    expect(res.statusCode, res.body).toBe(200);
    const { cards } = res.json() as { cards: CdsCard[] };
    expect(cards.some((c) => /1 EHR record\(s\) could not be used/.test(c.summary))).toBe(true);
  });
});

/** Review c74-M3 (report /work/review74/review.md; hook-641-allergy.json): the CDS service never asked for
 * AllergyIntolerance, so a lenalidomide allergy with Stevens-Johnson syndrome left no trace on the cards. The
 * discovery now has an `allergies` prefetch; like carePlans it is optional (an older client without it keeps
 * working), and what it holds reaches the options card. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Resource } from "../../fhir/types.js";
import { answerPrefetch, asServerResources } from "../../testing/fhir-search.js";
import {
  cdsHooksRoutes,
  discoveryDocument,
  PATIENT_VIEW_PREFETCH,
  PATIENT_VIEW_SERVICE_ID,
} from "./cds-hooks.js";

const SERVICE = `/cds-services/${PATIENT_VIEW_SERVICE_ID}`;
const bundle = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "../../fhir/__fixtures__/review-c74/r641-allergy-lenalidomide-sjs.bundle.json"),
    "utf8",
  ),
);
const resources: Resource[] = asServerResources(bundle, "pt-601");

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  await app.register(cdsHooksRoutes, {
    auth: "disabled",
    appBaseUrl: "https://app.example.org",
    today: () => "2026-12-01",
  });
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app.close();
});

const hook = (prefetch: Record<string, unknown>) =>
  app.inject({
    method: "POST",
    url: SERVICE,
    payload: {
      hook: "patient-view",
      hookInstance: "c74-m3-allergy",
      context: { userId: "Practitioner/1", patientId: "pt-601" },
      prefetch,
    },
  });
const text = (cards: { summary: string; detail?: string }[]) =>
  cards.map((c) => `${c.summary}\n${c.detail ?? ""}`).join("\n");

describe("review c74-M3: allergies through CDS Hooks", () => {
  it("the discovery asks for the patient's AllergyIntolerance resources", () => {
    expect(PATIENT_VIEW_PREFETCH.allergies).toBe("AllergyIntolerance?patient={{context.patientId}}");
    const service = discoveryDocument().services[0];
    expect(service?.prefetch.allergies).toBe("AllergyIntolerance?patient={{context.patientId}}");
    expect(service?.usageRequirements).toContain("AllergyIntolerance");
  });
  it("prefetched, the allergy reaches the cards (the lenalidomide options named with it)", async () => {
    const res = await hook(answerPrefetch(PATIENT_VIEW_PREFETCH, resources, "pt-601"));
    expect(res.statusCode, res.body).toBe(200);
    const all = text(res.json().cards);
    expect(all).toContain("Allergy to lenalidomide recorded (criticality high; Stevens-Johnson syndrome)");
  });
  it("a request without the allergies key still works (an older client), with no allergy words", async () => {
    const { allergies: _, ...older } = PATIENT_VIEW_PREFETCH;
    const res = await hook(answerPrefetch(older, resources, "pt-601"));
    expect(res.statusCode, res.body).toBe(200);
    expect(text(res.json().cards)).not.toMatch(/allerg/i);
  });
});

/** CDS cards and $assess agree: for every example record, the CDS Hooks patient-view card names the
 * same disease category as FHIR $assess on the same data, over a real `mmnav serve`. The CDS request
 * carries only what the service's declared prefetch queries would return from a FHIR server, so a
 * finding sent as a Condition (dialysis) must reach the cards through the Condition prefetch. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoryLabel } from "../fhir/assessment-to-fhir.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import { DiagnosisCategory } from "../model/enums.js";
import type { PatientRecord } from "../model/record.js";
import { type CdsTestClient, createCdsTestClient } from "../testing/cds-client.js";
import { answerPrefetch, asServerResources } from "../testing/fhir-search.js";
import { type ServeProcess, startMmnavServe } from "../testing/serve.js";

const SERVICE = "myeloma-navigator-patient-view";
const EXAMPLES = ["examples/diagnosis", "examples/vignettes"].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "expected.json")
    .map((f) => join(dir, f)),
);

/** The category a diagnosis card names (its summary is text; the label is looked up backwards). */
function cardCategory(cards: { summary: string }[]): string | null {
  for (const c of cards) {
    if (c.summary.startsWith("Plasma cell disorder: category not yet decided")) return "indeterminate";
    // "Findings meet: <label>" or "Findings meet: <label> (<subtype>)"; a label may hold parentheses.
    const found = Object.values(DiagnosisCategory).find((k) => {
      const said = `Findings meet: ${categoryLabel(k)}`;
      return c.summary === said || c.summary.startsWith(`${said} (`);
    });
    if (found) return found;
  }
  return null;
}

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
/** Cases whose category hangs on a Condition: the smouldering example on dialysis is myeloma (a CRAB
 * renal event), which only a card that read the Condition can say. */
const CASES: { name: string; record: Record<string, unknown>; category?: string }[] = [
  ...EXAMPLES.map((file) => ({ name: file, record: read(file) })),
  {
    name: "smoldering-myeloma example on dialysis (a Condition)",
    record: {
      ...read("examples/diagnosis/smoldering-myeloma.json"),
      conditions: { renalFailureOnDialysis: true },
    },
    category: "multiple-myeloma",
  },
];

let server: ServeProcess;
let client: CdsTestClient;
let templates: Record<string, string>;

beforeAll(async () => {
  client = await createCdsTestClient();
  // Two requests an example (the hook, then $assess) from one client: past the default 600 a minute once
  // the examples outgrew 300 (the limit itself is tested in limits.int.test.ts), so it is off here.
  server = await startMmnavServe({ ...client.env, MMNAV_RATE_LIMIT: "0" });
  const discovery = (await (await fetch(`${server.url}/cds-services`)).json()) as {
    services: { id: string; prefetch: Record<string, string> }[];
  };
  templates = discovery.services.find((s) => s.id === SERVICE)?.prefetch ?? {};
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe("CDS Hooks cards and $assess agree on every example (over mmnav serve)", () => {
  it("covers the examples of every disease category", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(25);
  });

  for (const { name, record, category } of CASES) {
    it(name, async () => {
      const patientId = `ex-${name.replace(/\W+/g, "-")}`.slice(0, 64);
      const bundle = recordToBundle({ ...record, id: patientId } as PatientRecord);
      const prefetch = answerPrefetch(templates, asServerResources(bundle, patientId), patientId);

      const aud = `${server.url}/cds-services/${SERVICE}`;
      const cds = await fetch(aud, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await client.token(aud)}` },
        body: JSON.stringify({
          hook: "patient-view",
          hookInstance: `agreement-${patientId}`,
          context: { userId: "Practitioner/1", patientId },
          prefetch,
        }),
      });
      expect(cds.status).toBe(200);
      const { cards } = (await cds.json()) as { cards: { summary: string }[] };

      const fhir = await fetch(`${server.url}/fhir/r4/$assess`, {
        method: "POST",
        headers: { "content-type": "application/fhir+json" },
        body: JSON.stringify(bundle),
      });
      expect(fhir.status).toBe(200);
      const assessment = (await fhir.json()) as { diagnosis: { category: string } };

      expect(cardCategory(cards)).toBe(assessment.diagnosis.category);
      if (category) expect(assessment.diagnosis.category).toBe(category);
    });
  }
});

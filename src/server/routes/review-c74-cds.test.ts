/** Review c74-W1 (/work/review74/review.md, r652): a free light chain panel sent as components (LOINC 72350-3 with
 * 36916-5 and 33944-0) was never fetched by the CDS Hooks prefetch, which asked for each single code only: a myeloma
 * shown by an FLC ratio of 200 (involved 1200 mg/L) became "Indeterminate ... serum free light chains not measured".
 * The request here is what a FHIR server answers to the discovery's own templates (testing/fhir-search.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../../engine/assess.js";
import { bundleToRecord } from "../../fhir/bundle-to-record.js";
import { LOINC_PANELS } from "../../fhir/codes.js";
import type { Bundle, Resource } from "../../fhir/types.js";
import { answerPrefetch, asServerResources } from "../../testing/fhir-search.js";
import { discoveryDocument } from "./cds-hooks.js";

const ASOF = "2026-12-01";
const r652 = JSON.parse(
  readFileSync(
    join(
      import.meta.dirname,
      "../../fhir/__fixtures__/review-c74/r652-slim-flc-ratio-200-panel-components.bundle.json",
    ),
    "utf8",
  ),
) as Bundle;
const templates = discoveryDocument().services[0]?.prefetch as Record<string, string>;

function hookResources(bundle: Bundle): Resource[] {
  const prefetch = answerPrefetch(templates, asServerResources(bundle, "pt-601"), "pt-601");
  return Object.values(prefetch).flatMap((v) => {
    const b = v as { resourceType?: string; entry?: { resource: Resource }[] } | null;
    if (!b) return [];
    return b.resourceType === "Bundle" ? (b.entry ?? []).map((e) => e.resource) : [b as Resource];
  });
}

describe("review c74-W1: the observations prefetch asks for the panels whose parts the importer reads", () => {
  it("the discovery's observations template names the FLC panel 72350-3 and every panel of LOINC_PANELS", () => {
    expect(templates.observations).toContain("http://loinc.org|72350-3");
    for (const p of LOINC_PANELS) expect(templates.observations).toContain(`http://loinc.org|${p.code}`);
  });

  it("r652 through the prefetch: the panel arrives, its kappa and lambda are read, the category is myeloma", () => {
    const resources = hookResources(r652);
    expect(resources.some((r) => r.resourceType === "Observation" && r.id === "obs-2")).toBe(true);
    const { record } = bundleToRecord(
      { resourceType: "Bundle", type: "collection", entry: resources.map((resource) => ({ resource })) },
      { asOf: ASOF, id: "pt-601" },
    );
    expect(record.labs?.involvedFreeLightChain).toMatchObject({ value: 1200, unit: "mg/L" });
    const a = assess(record, { defaultAsOf: ASOF });
    expect(a.diagnosis.category).toBe("multiple-myeloma");
  });

  it("control: the same Bundle whole (no prefetch) is myeloma too, as before", () => {
    const { record } = bundleToRecord(r652, { asOf: ASOF });
    expect(assess(record, { defaultAsOf: ASOF }).diagnosis.category).toBe("multiple-myeloma");
  });
});

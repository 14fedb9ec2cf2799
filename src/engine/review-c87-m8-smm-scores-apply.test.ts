/** Review c87-m8 (report /work/review87/review.md): an untreated multiple-myeloma assessment carried
 * `risk.smmMayo2018` ("high") and `risk.smmImwg2020` (score 17) in its JSON and its FHIR export, where a consumer could
 * show them. The scores are smouldering myeloma's (criteria-and-scores.md 2: Mayo 2018 and IMWG 2020 stratify SMM
 * risk). The contract is extended, never renamed: each SMM score carries `applies` (true when the category, or the
 * likely category, is smouldering myeloma) with `appliesBasis` (the category it read, and the likely one); the FHIR
 * export and the CDS cards leave out a score that does not apply; the clinician and patient texts show them only for
 * smouldering myeloma (checked here). */
import { describe, expect, it } from "vitest";
import { assessmentToFhir } from "../fhir/assessment-to-fhir.js";
import { assessmentToCards } from "../fhir/cards.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderPatientSummary } from "../render/patient.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";
import type { Assessment } from "./assessment.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const scoreCodes = (a: Assessment): string[] =>
  (assessmentToFhir(a).entry ?? [])
    .map((e) => e.resource as { resourceType: string; id?: string })
    .filter((r) => r.resourceType === "Observation")
    .map((r) => r.id ?? "");
const SMM_CODES = ["smm-mayo-2018-group", "smm-imwg-2020-group"];

describe("c87-m8: untreated multiple myeloma, the SMM scores computed from its values do not apply", () => {
  const a = assessAllWaysAgree(readVignette("ndmm-transplant-eligible"));
  it("the scores are still computed (the contract keeps them), each marked applies: false with the category read", () => {
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.risk.smmMayo2018.group).toBe("high");
    for (const score of [a.risk.smmMayo2018, a.risk.smmImwg2020]) {
      expect(score.applies).toBe(false);
      expect(score.appliesBasis).toEqual({
        ruleId: "smm-risk.applies",
        category: "multiple-myeloma",
        likely: null,
        citationId: score === a.risk.smmMayo2018 ? "lakshman-2018-bcj" : "mateos-2020-bcj",
      });
    }
  });
  it("the FHIR export writes no SMM score Observation; the other scores stay", () => {
    const codes = scoreCodes(a);
    for (const c of SMM_CODES) expect(codes).not.toContain(c);
    expect(codes).toContain("iss-stage");
  });
  it("the CDS cards and the clinician and patient texts name no SMM score", () => {
    const cards = JSON.stringify(
      assessmentToCards(a, { appBaseUrl: "https://mmnav.example.org", patientId: "p1", seed: "s1" }),
    );
    expect(cards).not.toMatch(/Mayo 2018|IMWG 2020|20\/2\/20/);
    expect(flat(renderClinicianSummary(a, "text"))).not.toMatch(/Mayo 2018|IMWG 2020 risk/);
    expect(flat(renderPatientSummary(a, "text"))).not.toMatch(/smoldering|smouldering/i);
  });
});

describe("c87-m8 controls: the scores apply to smouldering myeloma, confirmed or likely", () => {
  it("smouldering myeloma: applies, and the FHIR export writes both scores", () => {
    const a = assessAllWaysAgree(readVignette("handout-spanish-smm-high-risk-woman"));
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    expect(a.risk.smmMayo2018.applies).toBe(true);
    expect(a.risk.smmImwg2020.applies).toBe(true);
    expect(a.risk.smmMayo2018.appliesBasis?.category).toBe("smoldering-myeloma");
    const codes = scoreCodes(a);
    for (const c of SMM_CODES) expect(codes).toContain(c);
  });
  it("indeterminate, likely smouldering myeloma: applies, with the likely category in its basis", () => {
    const a = assessAllWaysAgree(readVignette("review-c25-p03-smm-flc-ratio-mixed-dates"));
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
    expect(a.risk.smmMayo2018.applies).toBe(true);
    expect(a.risk.smmMayo2018.appliesBasis).toMatchObject({
      category: "indeterminate",
      likely: "smoldering-myeloma",
    });
    expect(scoreCodes(a)).toContain("smm-mayo-2018-group");
  });
});

/** Review c9b-4: hepatitis B serology (HBsAg LOINC 5196-1, anti-HBc LOINC 16933-4; hbv-serology-codes,
 * secondary) arrives whole from other EHRs' Observations, in a collection Bundle (registry import,
 * `mmnav screen`) and in a CDS Hooks prefetch search-set: the qualitative result is read whether the lab
 * coded it in SNOMED CT, wrote the word in any case, or put it in the CodeableConcept's text or display. */
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "./bundle-to-record.js";
import { SYSTEM } from "./codes.js";

type R = Record<string, unknown>;
const patient = { resourceType: "Patient", id: "p1", gender: "female", birthDate: "1958-05-02" };
const obs = (code: string, value: R): R => ({
  resourceType: "Observation",
  id: `o-${code}`,
  status: "final",
  code: { coding: [{ system: SYSTEM.loinc, code }] },
  subject: { reference: "Patient/p1" },
  effectiveDateTime: "2026-11-20",
  ...value,
});
const collection = (...resources: R[]) => ({
  resourceType: "Bundle",
  type: "collection",
  entry: resources.map((resource) => ({ resource })),
});
const searchset = (...resources: R[]) => ({
  resourceType: "Bundle",
  type: "searchset",
  entry: resources.map((resource) => ({
    fullUrl: `https://ehr.example/fhir/${resource.resourceType}/${resource.id}`,
    resource,
    search: { mode: "match" },
  })),
});
const labsOf = (b: unknown) => bundleToRecord(b, { asOf: "2026-11-26" }).record.labs ?? {};

describe("HBV serology from another EHR's Observations", () => {
  it("SNOMED CT coded results (collection Bundle: registry import, screen)", () => {
    const labs = labsOf(
      collection(
        patient,
        obs("5196-1", { valueCodeableConcept: { coding: [{ system: SYSTEM.snomed, code: "260385009" }] } }),
        obs("16933-4", { valueCodeableConcept: { coding: [{ system: SYSTEM.snomed, code: "10828004" }] } }),
      ),
    );
    expect(labs).toMatchObject({ hepatitisBSurfaceAntigen: "negative", hepatitisBCoreAntibody: "positive" });
  });

  it("the word in any case, as valueString or as the CodeableConcept's text or display", () => {
    const labs = labsOf(
      collection(
        patient,
        obs("5196-1", { valueString: "Negative" }),
        obs("16933-4", {
          valueCodeableConcept: { coding: [{ system: "urn:oid:1.2.3.4", code: "POS", display: "Positive" }] },
        }),
      ),
    );
    expect(labs).toMatchObject({ hepatitisBSurfaceAntigen: "negative", hepatitisBCoreAntibody: "positive" });
    const text = labsOf(collection(patient, obs("5196-1", { valueCodeableConcept: { text: "NEGATIVE" } })));
    expect(text.hepatitisBSurfaceAntigen).toBe("negative");
  });

  it("a CDS Hooks prefetch search-set carries them (the template asks for both codes: cds-hooks-careplans.int.test.ts)", () => {
    const labs = labsOf(
      searchset(
        patient,
        obs("5196-1", { valueString: "negative" }),
        obs("16933-4", { valueString: "negative" }),
      ),
    );
    expect(labs).toMatchObject({ hepatitisBSurfaceAntigen: "negative", hepatitisBCoreAntibody: "negative" });
  });

  it("a word that is no result is not guessed (warned, left out)", () => {
    const { record, warnings } = bundleToRecord(
      collection(patient, obs("5196-1", { valueString: "see comment" })),
      { asOf: "2026-11-26" },
    );
    expect(record.labs?.hepatitisBSurfaceAntigen).toBeUndefined();
    expect(JSON.stringify(warnings)).toMatch(/hepatitisBSurfaceAntigen/);
  });
});

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { ALL_FIXTURES } from "../render/__fixtures__/assessments.js";
import { fhirSchemaErrors } from "../testing/fhir-schema.js";
import { FIXTURE_RECORDS } from "./__fixtures__/records.js";
import { assessmentToFhir } from "./assessment-to-fhir.js";
import { recordToBundle } from "./record-to-bundle.js";
import type { Resource } from "./types.js";

const byType = (b: { entry?: { resource?: Resource }[] }, t: string) =>
  (b.entry ?? []).map((e) => e.resource).filter((r): r is Resource => r?.resourceType === t);

describe("FHIR R4 JSON Schema validity", () => {
  // Compiling the whole R4 schema takes a few seconds on this machine.
  beforeAll(() => void fhirSchemaErrors({ resourceType: "Patient" }), 60_000);

  it("the schema check itself rejects invalid resources (so a pass means something)", () => {
    expect(
      fhirSchemaErrors({
        resourceType: "RequestGroup",
        status: "draft",
        intent: "proposal",
        supportingInfo: [],
      }),
    ).not.toEqual([]);
    expect(
      fhirSchemaErrors({
        resourceType: "Observation",
        status: "final",
        code: { text: "x" },
        valueQuantity: { value: "1" },
      }),
    ).not.toEqual([]);
    expect(
      fhirSchemaErrors({
        resourceType: "Observation",
        status: "final",
        code: { text: "x" },
        valueQuantity: { value: 1 },
      }),
    ).toEqual([]);
  });

  it.each(Object.entries(ALL_FIXTURES))("assessmentToFhir(%s) is a valid R4 Bundle", (_name, a) => {
    const b = assessmentToFhir(a, {
      patientReference: "Patient/123",
      importWarnings: [
        { resource: "Observation/9", message: "code x is not one the navigator reads; not used" },
      ],
    });
    expect(fhirSchemaErrors(b)).toEqual([]);
  });

  it.each(FIXTURE_RECORDS)(
    "$name: recordToBundle and the engine's Assessment as FHIR are valid R4",
    ({ record }) => {
      expect(fhirSchemaErrors(recordToBundle(record))).toEqual([]);
      expect(fhirSchemaErrors(assessmentToFhir(assess(record)))).toEqual([]);
    },
  );
});

describe("options that hold only under an open answer say so in the export", () => {
  const actionsOf = (file: string) => {
    const path = new URL(`../../examples/vignettes/${file}`, import.meta.url);
    const raw = JSON.parse(readFileSync(path, "utf8"));
    const a = assess(raw.record ?? raw, { defaultAsOf: "2026-11-27" });
    const rg = byType(assessmentToFhir(a), "RequestGroup")[0] as Resource & {
      action: { action?: { id: string; description: string }[] }[];
    };
    return { a, actions: rg.action.flatMap((g) => g.action ?? []) };
  };

  it("a conditional option (transplant candidacy not recorded) opens with the condition it holds under", () => {
    const { a, actions } = actionsOf("pathway-ndmm-candidacy-undecided.json");
    const conditional = a.options.filter((o) => o.conditional !== undefined);
    expect(conditional.length).toBeGreaterThan(0);
    for (const o of conditional)
      expect(actions.find((x) => x.id === o.id)?.description.split("\n")[0]).toBe(
        `Applies only ${o.conditional}.`,
      );
    for (const o of a.options.filter((x) => x.conditional === undefined))
      expect(actions.find((x) => x.id === o.id)?.description).not.toMatch(/^Applies only/);
  });

  it("a provisional option (category only likely) is marked PROVISIONAL", () => {
    const { a, actions } = actionsOf("pathway-al-likely-awaiting-typing.json");
    const provisional = a.options.filter((o) => o.provisional);
    expect(provisional.length).toBeGreaterThan(0);
    for (const o of provisional)
      expect(actions.find((x) => x.id === o.id)?.description).toMatch(/PROVISIONAL/);
  });
});

describe("assessmentToFhir content", () => {
  const a = ALL_FIXTURES.mmNewlyDiagnosed ?? Object.values(ALL_FIXTURES)[0]!;
  const b = assessmentToFhir(a, { patientReference: "Patient/123" });

  it("every option is an action with its sources as citation RelatedArtifacts (DOI links where known)", () => {
    const rg = byType(b, "RequestGroup")[0] as Resource & {
      action: {
        title: string;
        action?: { id: string; documentation: { type: string; label: string; url?: string }[] }[];
      }[];
    };
    const actions = rg.action.flatMap((g) => g.action ?? []);
    for (const o of a.options) {
      const act = actions.find((x) => x.id === o.id);
      expect(act, o.id).toBeDefined();
      expect(act?.documentation.map((d) => d.label)).toEqual(o.citations);
      for (const d of act?.documentation ?? []) expect(d.type).toBe("citation");
    }
    expect(a.options.length).toBeGreaterThan(0);
    expect(actions.flatMap((x) => x.documentation).some((d) => d.url?.startsWith("https://doi.org/"))).toBe(
      true,
    );
  });

  it("the diagnosis is an Observation with the reference's codes; alerts are DetectedIssues", () => {
    const diag = byType(b, "Observation").find((o) => o.id === "diagnosis") as Resource & {
      valueCodeableConcept: { coding: { system: string; code: string }[] };
    };
    expect(diag.valueCodeableConcept.coding[0]?.code).toBe(a.diagnosis.category);
    if (a.diagnosis.category === "multiple-myeloma") {
      expect(diag.valueCodeableConcept.coding.map((c) => c.code)).toEqual([
        "multiple-myeloma",
        "C90.00",
        "109989006",
      ]);
    }
    expect(byType(b, "DetectedIssue")).toHaveLength(a.alerts.length);
  });

  it("is deterministic: the same Assessment gives the same Bundle (replayable audit)", () => {
    expect(assessmentToFhir(a, { patientReference: "Patient/123" })).toEqual(b);
  });
});

describe("the ISS family in the export says which values it rests on (review c14-12)", () => {
  const vignette = (name: string) =>
    assess(
      JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")),
    );
  const stageObservation = (name: string) =>
    (
      byType(
        assessmentToFhir(vignette(name), { patientReference: "Patient/1" }),
        "Observation",
      ) as (Resource & {
        id: string;
        valueInteger?: number;
        note?: { text: string }[];
      })[]
    ).find((o) => o.id === "iss-stage");

  it("a relapse staged from values before the first line: the ISS Observation carries their date", () => {
    const o = stageObservation("review-c15-iss-relapse-staged-at-diagnosis");
    expect(o?.valueInteger).toBe(1);
    expect(o?.note?.[0]?.text).toBe("values of 2022-02-10, before the first treatment (2022-03-01)");
    expect(fhirSchemaErrors(o as Resource)).toEqual([]);
  });

  it("an untreated record: no note", () => {
    const o = stageObservation("ndmm-transplant-eligible");
    expect(o).toBeDefined();
    expect(o?.note).toBeUndefined();
  });
});

/** FHIR import of anticoagulants (review c10b, after c9-F5): a MedicationStatement or MedicationRequest of
 * warfarin, a DOAC or a heparin is no line of myeloma therapy; it is the patient's anticoagulation. Its
 * intensity is taken only when the resource says it (dosage text, reason, note: "prophylaxis" or
 * "therapeutic" / "treatment dose"); otherwise it is left to the team with a warning, never guessed from the
 * drug (treatments.md 7c: LMWH at prophylactic dose, or full-dose warfarin; DOACs at either dose). */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { bundleToRecord } from "./bundle-to-record.js";

type R = Record<string, unknown>;
const RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
const bundle = (...resources: R[]) => ({
  resourceType: "Bundle",
  type: "collection",
  entry: resources.map((resource) => ({ resource })),
});
const patient = { resourceType: "Patient", id: "p1", gender: "female", birthDate: "1950-05-20" };
const statement = (id: string, text: string, extra: R = {}) => ({
  resourceType: "MedicationStatement",
  id,
  status: "active",
  medicationCodeableConcept: { text },
  subject: { reference: "Patient/p1" },
  effectivePeriod: { start: "2025-03-01" },
  ...extra,
});
const request = (id: string, concept: R, extra: R = {}) => ({
  resourceType: "MedicationRequest",
  id,
  status: "active",
  intent: "order",
  medicationCodeableConcept: concept,
  subject: { reference: "Patient/p1" },
  authoredOn: "2025-03-01",
  ...extra,
});
const lenalidomide = {
  resourceType: "MedicationStatement",
  id: "len",
  status: "active",
  medicationCodeableConcept: { coding: [{ system: RXNORM, code: "342369", display: "lenalidomide" }] },
  subject: { reference: "Patient/p1" },
  effectivePeriod: { start: "2026-10-01" },
};
const load = (...rs: R[]) => bundleToRecord(bundle(patient, ...rs), { asOf: "2026-12-01" });
const anticoagulation = (rec: unknown) =>
  (rec as { conditions?: { anticoagulation?: string } }).conditions?.anticoagulation;

describe("FHIR import: anticoagulant medications", () => {
  it.each([
    "warfarin",
    "apixaban",
    "rivaroxaban",
    "edoxaban",
    "dabigatran",
    "enoxaparin",
    "dalteparin",
    "tinzaparin",
    "fondaparinux",
    "heparin",
  ])("%s is recognised as an anticoagulant, never a line of myeloma therapy", (drug) => {
    const { record, warnings } = load(statement("a", `${drug} (as prescribed)`), lenalidomide);
    const drugs = (record.treatmentHistory ?? []).flatMap((t) => t.drugs);
    expect(drugs).toContain("lenalidomide");
    // In no line with lenalidomide: its own entry at most (read by the engine as anticoagulation now).
    for (const t of record.treatmentHistory ?? [])
      if (t.drugs.includes(drug)) expect(t.drugs).toEqual([drug]);
    expect(
      warnings.some((w) => w.resource === "MedicationStatement/a" && /anticoagulant/.test(w.message)),
    ).toBe(true);
    expect(warnings.some((w) => /not a myeloma therapy the navigator knows/.test(w.message))).toBe(false);
  });

  it("brand names and RxNorm clinical-drug names are read too (Eliquis, 'apixaban 5 MG Oral Tablet')", () => {
    for (const text of ["Eliquis", "apixaban 5 MG Oral Tablet", "Lovenox 40 mg/0.4 mL"]) {
      const { warnings } = load(statement("a", text));
      expect(
        warnings.some((w) => /anticoagulant/.test(w.message)),
        text,
      ).toBe(true);
    }
  });

  it("intensity said in the dosage text: therapeutic", () => {
    const { record, provenance } = load(
      statement("a", "enoxaparin", { dosage: [{ text: "1 mg/kg twice daily, therapeutic dose" }] }),
    );
    expect(anticoagulation(record)).toBe("therapeutic");
    expect(provenance["conditions.anticoagulation"]).toBe("MedicationStatement/a");
  });

  it("intensity said in the reason: prophylactic", () => {
    const { record } = load(
      request(
        "a",
        { text: "enoxaparin 40 mg" },
        { reasonCode: [{ text: "VTE prophylaxis with lenalidomide" }] },
      ),
    );
    expect(anticoagulation(record)).toBe("prophylactic");
  });

  it("intensity not said: not guessed; the team is asked to record it, and the engine reads 'on an anticoagulant'", () => {
    const { record, warnings } = load(statement("a", "apixaban"), lenalidomide);
    expect(anticoagulation(record)).toBeUndefined();
    const w = warnings.find((x) => x.resource === "MedicationStatement/a");
    expect(w?.message).toMatch(/intensity .*not stated/);
    expect(w?.message).toMatch(/conditions\.anticoagulation/);
    const a = assess({ ...record, conditions: { ...(record.conditions ?? {}), vteHistory: true } });
    const ids = a.options.map((o) => o.id);
    expect(ids).not.toContain("sc.vte.imid-high-risk-lmwh");
    expect(ids).toContain("sc.vte.imid-already-anticoagulated");
    expect(a.linesOfTherapy.count).toBe(1);
  });

  it("conflicting words (prophylaxis and therapeutic) are not resolved: left to the team", () => {
    const { record, warnings } = load(
      statement("a", "enoxaparin", {
        dosage: [{ text: "therapeutic dose" }],
        reasonCode: [{ text: "prophylaxis" }],
      }),
    );
    expect(anticoagulation(record)).toBeUndefined();
    expect(warnings.find((x) => x.resource === "MedicationStatement/a")?.message).toMatch(/not stated/);
  });

  it("an anticoagulant stopped before asOf is not current anticoagulation", () => {
    const { record, warnings } = load(
      statement("a", "warfarin", {
        status: "completed",
        effectivePeriod: { start: "2020-01-01", end: "2020-07-01" },
        dosage: [{ text: "therapeutic" }],
      }),
    );
    expect(anticoagulation(record)).toBeUndefined();
    expect(record.treatmentHistory ?? []).toEqual([]);
    expect(warnings.find((x) => x.resource === "MedicationStatement/a")?.message).toMatch(/not taken now/);
  });
});

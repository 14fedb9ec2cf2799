/** Every standard code the FHIR mapping knows lands in its PatientRecord field, both ways: an EHR that
 * sends the code is read whole, and an export writes the standard code, not a local one. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { LOINC, SYSTEM } from "./codes.js";
import { recordToBundle } from "./record-to-bundle.js";

type R = Record<string, unknown>;
const bundle = (...resources: R[]) => ({
  resourceType: "Bundle",
  type: "collection",
  entry: resources.map((resource) => ({ resource })),
});
const patient = { resourceType: "Patient", id: "p1", gender: "male", birthDate: "1956-03-02" };
const observation = (code: string, value: R) => ({
  resourceType: "Observation",
  id: `o-${code}`,
  status: "final",
  code: { coding: [{ system: SYSTEM.loinc, code }] },
  subject: { reference: "Patient/p1" },
  effectiveDateTime: "2026-11-20",
  ...value,
});
const localObservation = (path: string, valueString: string) => ({
  resourceType: "Observation",
  id: `local-${path}`,
  status: "final",
  code: { coding: [{ system: SYSTEM.mmnavRecord, code: path }] },
  subject: { reference: "Patient/p1" },
  valueString,
});
const quantity = (value: number, unit: string) => ({
  valueQuantity: { value, unit, system: SYSTEM.ucum, code: unit },
});

type Case = { value: R; path: string; expected: unknown; with?: R };
/** A quantity sent in `unit` that must arrive unchanged (the record keeps what the lab reported). */
const measured = (path: string, value: number, unit: string, extra?: R): Case => ({
  value: quantity(value, unit),
  path,
  expected: { value, unit },
  ...(extra ? { with: extra } : {}),
});

/** code -> the value an EHR sends and where the navigator must put it. A LOINC entry missing here
 * fails the coverage test below, so a new code cannot be added untested. */
const CASES: Record<string, Case> = {
  "33358-3": measured("labs.serumMProtein", 3.1, "g/dL"),
  "42482-0": measured("labs.urineMProtein", 250, "mg/(24.h)"),
  "36916-5": measured("labs.involvedFreeLightChain", 450, "mg/L", { lightChain: "kappa" }),
  "33944-0": measured("labs.involvedFreeLightChain", 450, "mg/L", { lightChain: "lambda" }),
  "1952-1": measured("labs.beta2Microglobulin", 4.1, "mg/L"),
  "1751-7": measured("labs.albumin", 3.8, "g/dL"),
  "2532-0": measured("labs.ldh", 210, "U/L"),
  "14804-9": measured("labs.ldh", 210, "U/L"),
  "2160-0": measured("labs.creatinine", 1.1, "mg/dL"),
  "14682-9": measured("labs.creatinine", 97, "umol/L"),
  "17861-6": measured("labs.calcium", 10.1, "mg/dL"),
  "2000-8": measured("labs.calcium", 2.5, "mmol/L"),
  "718-7": measured("labs.hemoglobin", 11.5, "g/dL"),
  "11118-7": { value: quantity(35, "%"), path: "marrow.clonalPlasmaCellPercent", expected: 35 },
  "33762-6": measured("labs.ntProBnp", 900, "pg/mL"),
  "6598-7": {
    value: quantity(0.01, "ng/mL"),
    path: "labs.troponinT",
    expected: { value: 0.01, unit: "ng/mL", method: "conventional" },
  },
  "67151-1": {
    value: quantity(14, "ng/L"),
    path: "labs.troponinT",
    expected: { value: 14, unit: "ng/L", method: "high-sensitivity" },
  },
  "2164-2": measured("labs.measuredCreatinineClearance", 55, "mL/min"),
  "2889-4": measured("labs.urineTotalProtein", 1.8, "g/(24.h)"),
  "2465-3": measured("labs.igg", 350, "mg/dL"),
  "2458-8": measured("labs.iga", 40, "mg/dL"),
  "2472-9": measured("labs.igm", 25, "mg/dL"),
  "751-8": measured("labs.neutrophils", 0.8, "10*9/L"),
  "26499-4": measured("labs.neutrophils", 800, "/uL"),
  "753-4": measured("labs.neutrophils", 1.2, "10*3/uL"),
  "777-3": measured("labs.platelets", 60, "10*9/L"),
  "26515-7": measured("labs.platelets", 75000, "/uL"),
  "89247-1": { value: { valueInteger: 2 }, path: "fitness.ecog", expected: 2 },
  "5196-1": {
    value: { valueCodeableConcept: { coding: [{ system: SYSTEM.snomed, code: "260385009" }] } },
    path: "labs.hepatitisBSurfaceAntigen",
    expected: "negative",
  },
  "16933-4": {
    value: { valueCodeableConcept: { coding: [{ system: SYSTEM.snomed, code: "10828004" }] } },
    path: "labs.hepatitisBCoreAntibody",
    expected: "positive",
  },
  // Review c57 W7: the other common codes, with the words and qualifiers EHRs send.
  "5195-3": {
    value: { valueString: "Non-reactive" },
    path: "labs.hepatitisBSurfaceAntigen",
    expected: "negative",
  },
  "13952-7": {
    value: {
      valueCodeableConcept: { coding: [{ system: SYSTEM.snomed, code: "11214006", display: "Reactive" }] },
    },
    path: "labs.hepatitisBCoreAntibody",
    expected: "positive",
  },
  "88020-3": {
    value: { valueCodeableConcept: { coding: [{ system: SYSTEM.snomed, code: "420913000" }] } },
    path: "conditions.nyhaClass",
    expected: "III",
  },
  "29463-7": measured("patient.weight", 70, "kg"),
  "8302-2": measured("patient.height", 172, "cm"),
};

const get = (obj: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, k) => (node as R | undefined)?.[k], obj);

describe("standard codes in, record fields out", () => {
  it("every LOINC code the mapping reads has a case here (codes marked not used excepted)", () => {
    const read = LOINC.filter((e) => e.target.kind !== "notUsed").map((e) => e.code);
    expect(Object.keys(CASES).sort()).toEqual([...read].sort());
  });

  for (const [code, c] of Object.entries(CASES)) {
    it(`LOINC ${code} fills ${c.path}`, () => {
      const chain = c.with?.lightChain;
      const resources: R[] = [patient, observation(code, c.value)];
      // A free light chain is involved or uninvolved by the M-protein's light chain.
      if (typeof chain === "string") resources.push(localObservation("labs.lightChain", chain));
      const { record, warnings } = bundleToRecord(bundle(...resources), { asOf: "2026-11-27" });
      expect(warnings.filter((w) => w.message.includes("not one the navigator reads"))).toEqual([]);
      const got = get(record, c.path) as R | number;
      if (typeof c.expected === "object") expect(got).toMatchObject(c.expected as R);
      else expect(got).toBe(c.expected);
    });
  }

  it("IgG sent as LOINC 2465-3 keeps the IVIG option for low IgG with recurrent infections", () => {
    const record = JSON.parse(readFileSync("examples/diagnosis/multiple-myeloma.json", "utf8"));
    delete record.labs.igg;
    record.conditions = { ...record.conditions, recurrentInfections: true };
    const b = recordToBundle(record);
    const igg = {
      ...observation("2465-3", quantity(250, "mg/dL")),
      subject: { reference: b.entry?.[0]?.fullUrl },
    };
    b.entry = [...(b.entry ?? []), { resource: igg }];
    const { record: imported } = bundleToRecord(b, { asOf: record.asOf });
    expect(imported.labs?.igg).toMatchObject({ value: 250, unit: "mg/dL" });
    const ids = assess(imported).options.map((o) => o.id);
    expect(ids).toContain("sc.infection.ivig");
  });

  it("hepatitis B results go out as LOINC with a SNOMED CT value and come back whole (round trip)", () => {
    const labs = { hepatitisBSurfaceAntigen: "negative", hepatitisBCoreAntibody: "positive" } as const;
    const b = recordToBundle({ asOf: "2026-11-27", labs });
    const obs = (b.entry ?? []).map((e) => e.resource as R);
    const hbc = obs.find((r) => JSON.stringify(r.code ?? null).includes('"16933-4"'));
    expect(hbc?.valueCodeableConcept).toMatchObject({
      coding: [{ system: SYSTEM.snomed, code: "10828004" }],
    });
    expect(JSON.stringify(obs)).not.toContain("labs.hepatitisB");
    const { record } = bundleToRecord(b, { asOf: "2026-11-27" });
    expect(record.labs).toMatchObject(labs);
  });

  it("an export writes IgG, IgA, IgM and ECOG with their LOINC codes, not local ones", () => {
    const b = recordToBundle({
      asOf: "2026-11-27",
      labs: {
        igg: { value: 350, unit: "mg/dL" },
        iga: { value: 40, unit: "mg/dL" },
        igm: { value: 25, unit: "mg/dL" },
      },
      fitness: { ecog: 1 },
    });
    const codes = (b.entry ?? []).flatMap(
      (e) =>
        ((e.resource as R).code as { coding?: { system: string; code: string }[] } | undefined)?.coding ?? [],
    );
    for (const code of ["2465-3", "2458-8", "2472-9", "89247-1"])
      expect(codes).toContainEqual(expect.objectContaining({ system: SYSTEM.loinc, code }));
    expect(codes.filter((c) => c.system === SYSTEM.mmnavRecord)).toEqual([]);
  });
});

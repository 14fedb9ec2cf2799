import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { MmnavError } from "../model/errors.js";
import { type Facts, normalizeRecord } from "../model/facts.js";
import { LAB_QUANTITY_FIELDS, type PatientRecord } from "../model/record.js";
import { FIXTURE_RECORDS } from "./__fixtures__/records.js";
import { ageOn, bundleToRecord } from "./bundle-to-record.js";
import { codesForCategory } from "./codes.js";
import { birthDateFor, recordToBundle } from "./record-to-bundle.js";

const LOINC = "http://loinc.org";
const UCUM = "http://unitsofmeasure.org";
const RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

type R = Record<string, unknown>;
const bundle = (...resources: R[]) => ({
  resourceType: "Bundle",
  type: "collection",
  entry: resources.map((resource) => ({ resource })),
});
const patient = (extra: R = {}) => ({
  resourceType: "Patient",
  id: "p1",
  gender: "female",
  birthDate: "1960-05-20",
  ...extra,
});
let obsN = 0;
const obs = (code: string, value: number | null, unit: string | null, date?: string, extra: R = {}) => ({
  resourceType: "Observation",
  id: `o${++obsN}`,
  status: "final",
  code: { coding: [{ system: LOINC, code }] },
  subject: { reference: "Patient/p1" },
  ...(date ? { effectiveDateTime: date } : {}),
  ...(value !== null
    ? { valueQuantity: { value, ...(unit ? { unit, system: UCUM, code: unit } : {}) } }
    : {}),
  ...extra,
});
const lightChain = (chain: string) => ({
  resourceType: "Observation",
  id: `lc-${chain}`,
  status: "final",
  code: {
    coding: [
      { system: "https://myeloma-navigator.org/fhir/CodeSystem/record-field", code: "labs.lightChain" },
    ],
  },
  subject: { reference: "Patient/p1" },
  valueString: chain,
});
const med = (type: string, id: string, concept: R, period: R, extra: R = {}) => ({
  resourceType: type,
  id,
  status: "completed",
  medicationCodeableConcept: concept,
  subject: { reference: "Patient/p1" },
  ...(type === "MedicationRequest"
    ? { dosageInstruction: [{ timing: { repeat: { boundsPeriod: period } } }] }
    : { effectivePeriod: period }),
  ...extra,
});
const rx = (code: string, display: string) => ({ coding: [{ system: RXNORM, code, display }] });

/** Example records of the shared examples/ folders, when present (other engineers write them). */
function exampleRecords(): { name: string; record: PatientRecord }[] {
  const out: { name: string; record: PatientRecord }[] = [];
  for (const dir of [
    "examples",
    "examples/design",
    "examples/diagnosis",
    "examples/vignettes",
    "examples/response",
  ]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json") || x.endsWith(".ndjson"))) {
      const text = readFileSync(join(dir, f), "utf8");
      // An example file is a record, or a case { record | input, expected }; a cohort is one per line.
      const items = f.endsWith(".ndjson")
        ? text
            .split("\n")
            .filter((l) => l.trim() !== "")
            .map((l) => JSON.parse(l) as unknown)
        : [JSON.parse(text) as unknown];
      items.forEach((json, i) => {
        const rec = (json as R).record ?? (json as R).input ?? json;
        if (normalizeRecord(rec, { defaultAsOf: "2026-11-26" }).ok)
          out.push({
            name: `${dir}/${f}${items.length > 1 ? `#${i + 1}` : ""}`,
            record: rec as PatientRecord,
          });
      });
    }
  }
  return out;
}

/** Facts as the engine reads them (src/response/series.ts merges a dated current lab into its series,
 * one value per date). Two records that normalise alike are the same patient for the engine. */
function asEngineReads(f: Facts): Facts {
  const out = structuredClone(f);
  for (const k of LAB_QUANTITY_FIELDS) {
    const cur = out.labs[k];
    const pts = [...out.series[k]];
    if (cur?.date && !pts.some((p) => p.date === cur.date && p.value === cur.value)) {
      pts.push({ date: cur.date, value: cur.value, reported: cur.reported });
    }
    out.series[k] = pts.sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value);
  }
  const m = out.marrow;
  if (m.date && m.clonalPlasmaCellPercent !== null) {
    const pts = out.series.clonalPlasmaCellPercent;
    if (!pts.some((p) => p.date === m.date)) pts.push({ date: m.date, value: m.clonalPlasmaCellPercent });
    pts.sort((a, b) => a.date.localeCompare(b.date));
  }
  return out;
}

describe("recordToBundle -> bundleToRecord round trip", () => {
  const cases = [...FIXTURE_RECORDS, ...exampleRecords()];
  it.each(cases)("$name: same facts, no warnings, same Assessment", ({ record }) => {
    const asOf = record.asOf ?? "2026-11-26";
    const withDate = { ...record, asOf };
    const back = bundleToRecord(recordToBundle(withDate), { asOf });
    // Fix-stale Finding 2: a value sent and not used goes out as an Observation the import refuses: its one warning.
    expect(back.warnings.length).toBe(withDate.unusedValues?.length ?? 0);
    const inOrder = (xs: readonly unknown[] | undefined) => xs?.map((x) => JSON.stringify(x)).sort();
    expect(inOrder(back.record.unusedValues)).toEqual(inOrder(withDate.unusedValues));
    const a = normalizeRecord(withDate);
    const b = normalizeRecord(back.record);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok)
      expect(asEngineReads(b.facts)).toEqual(asEngineReads({ ...a.facts, id: a.facts.id ?? b.facts.id }));
    // The engine is the judge of "same": the same Assessment from the JSON record and from FHIR.
    const fromJson = assess(withDate);
    const fromFhir = assess(back.record);
    expect({ ...fromFhir, id: fromJson.id }).toEqual(fromJson);
  });

  it("age: a birth date written for an age gives that age back on asOf (also on 29 February)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.date({
          min: new Date("1990-01-01T00:00:00Z"),
          max: new Date("2100-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (age, d) => {
          const asOf = d.toISOString().slice(0, 10);
          expect(ageOn(birthDateFor(age, asOf), asOf)).toBe(age);
        },
      ),
    );
    expect(ageOn(birthDateFor(70, "2028-02-29"), "2028-02-29")).toBe(70);
  });

  it("a lab value in any accepted unit survives the trip with its canonical value", () => {
    const units = [
      ["creatinine", "mg/dL", 0.2, 20],
      ["creatinine", "umol/L", 20, 1500],
      ["calcium", "mmol/L", 1, 5],
      ["hemoglobin", "g/L", 30, 200],
      ["beta2Microglobulin", "mg/L", 0.5, 100],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([field, unit, lo, hi], t) => {
          const value = Math.round((lo + t * (hi - lo)) * 100) / 100;
          const record: PatientRecord = { asOf: "2026-11-26", labs: { [field]: { value, unit } } };
          const back = bundleToRecord(recordToBundle(record), { asOf: "2026-11-26" });
          const a = normalizeRecord(record);
          const b = normalizeRecord(back.record);
          expect(a.ok && b.ok && b.facts.labs[field]?.value).toBe(a.ok && a.facts.labs[field]?.value);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("bundleToRecord: Observations", () => {
  it("reads LOINC-coded labs with UCUM units and says where each value came from", () => {
    const b = bundle(
      patient(),
      obs("2160-0", 1.3, "mg/dL", "2026-11-01"),
      obs("718-7", 10.2, "g/dL", "2026-11-01"),
    );
    const { record, provenance, warnings } = bundleToRecord(b, { asOf: "2026-11-26" });
    expect(warnings).toEqual([]);
    expect(record.labs?.creatinine).toEqual({ value: 1.3, unit: "mg/dL", date: "2026-11-01" });
    expect(record.labs?.hemoglobin).toMatchObject({ value: 10.2, unit: "g/dL" });
    expect(provenance["labs.creatinine"]).toMatch(/^Observation\/o\d+$/);
    expect(record.patient).toEqual({ age: 66, sex: "female" });
    expect(provenance["patient.age"]).toBe("Patient/p1");
  });

  it("several dated values of one code: a series oldest first, and the latest as the current value", () => {
    const first = obs("33358-3", 2.1, "g/dL", "2025-01-10");
    const last = obs("33358-3", 3.0, "g/dL", "2026-10-02");
    const middle = obs("33358-3", 25, "g/L", "2025-08-01");
    const { record, provenance } = bundleToRecord(bundle(patient(), last, first, middle), {
      asOf: "2026-11-26",
    });
    expect(record.labs?.serumMProtein).toEqual({ value: 3.0, unit: "g/dL", date: "2026-10-02" });
    expect(record.series?.serumMProtein).toEqual([
      { date: "2025-01-10", value: 2.1, unit: "g/dL" },
      { date: "2025-08-01", value: 25, unit: "g/L" },
      { date: "2026-10-02", value: 3.0, unit: "g/dL" },
    ]);
    expect(provenance["labs.serumMProtein"]).toBe(`Observation/${last.id}`);
    expect(provenance["series.serumMProtein.0"]).toBe(`Observation/${first.id}`);
  });

  it("a record's history without a current value stays history (tagged), while EHR results make the latest current", () => {
    const record: PatientRecord = {
      asOf: "2026-11-26",
      series: { hemoglobin: [{ date: "2026-01-01", value: 11, unit: "g/dL" }] },
    };
    const exported = recordToBundle(record);
    const back = bundleToRecord(exported, { asOf: "2026-11-26" });
    expect(back.record.labs?.hemoglobin).toBeUndefined();
    expect(back.record.series?.hemoglobin).toEqual([{ date: "2026-01-01", value: 11, unit: "g/dL" }]);
    // The same results without the tag (as an EHR sends them): the latest is the current value.
    const untagged = structuredClone(exported);
    for (const e of untagged.entry ?? []) delete e.resource?.meta;
    const ehr = bundleToRecord(untagged, { asOf: "2026-11-26" });
    expect(ehr.record.labs?.hemoglobin).toEqual({ value: 11, unit: "g/dL", date: "2026-01-01" });
  });

  it("unknown codes and unit problems are warnings naming the resource, and the value is not used", () => {
    const unknownCode = obs("2345-7", 95, "mg/dL", "2026-11-01"); // glucose: not a navigator input
    const noUnit = obs("2160-0", 1.1, null, "2026-11-01");
    const wrongDimension = obs("718-7", 12, "mmol/L", "2026-11-01");
    const notUcum = obs("17861-6", 10, null, "2026-11-01", {
      valueQuantity: { value: 10, unit: "mg/dL", system: "http://example.org/units", code: "MGDL" },
    });
    const implausible = obs("2160-0", 150, "mg/dL", "2026-10-01");
    const { record, warnings } = bundleToRecord(
      bundle(patient(), unknownCode, noUnit, wrongDimension, notUcum, implausible),
      {
        asOf: "2026-11-26",
      },
    );
    expect(record.labs).toBeUndefined();
    const byRes = Object.fromEntries(warnings.map((w) => [w.resource, w.message]));
    expect(byRes[`Observation/${unknownCode.id}`]).toMatch(/2345-7 is not one the navigator reads/);
    expect(byRes[`Observation/${noUnit.id}`]).toMatch(/has no unit; not used/);
    expect(byRes[`Observation/${wrongDimension.id}`]).toMatch(/hemoglobin.*mmol\/L/);
    expect(byRes[`Observation/${notUcum.id}`]).toMatch(/not UCUM/);
    expect(byRes[`Observation/${implausible.id}`]).toMatch(/not a plausible value.*umol\/L/);
  });

  it("values the navigator computes itself (eGFR, FLC ratio) are reported as not used, with the reason", () => {
    const egfr = obs("98979-8", 55, "mL/min/{1.73_m2}", "2026-11-01");
    const ratio = obs("48378-4", 12, "{ratio}", "2026-11-01");
    const { warnings } = bundleToRecord(bundle(patient(), egfr, ratio), { asOf: "2026-11-26" });
    expect(warnings.map((w) => w.resource)).toEqual([`Observation/${egfr.id}`, `Observation/${ratio.id}`]);
    expect(warnings[0]?.message).toMatch(/eGFR is computed/);
  });

  it("free light chains need the light-chain type: assigned with it; without it, only a ratio outside 0.26-1.65 tells the involved chain (review c87-U3)", () => {
    const kappa = obs("36916-5", 450, "mg/L", "2026-11-01");
    const lambda = obs("33944-0", 12, "mg/L", "2026-11-01");
    const without = bundleToRecord(bundle(patient(), kappa, lambda), { asOf: "2026-11-26" });
    expect(without.record.labs?.involvedFreeLightChain).toMatchObject({ value: 450, unit: "mg/L" });
    expect(without.record.labs?.lightChain).toBeUndefined();
    expect(without.warnings.map((w) => [w.resource, w.kind])).toEqual([
      [`Observation/${kappa.id}, Observation/${lambda.id}`, "note"],
    ]);
    const near = bundleToRecord(
      bundle(patient(), obs("36916-5", 15, "mg/L", "2026-11-01"), obs("33944-0", 12, "mg/L", "2026-11-01")),
      { asOf: "2026-11-26" },
    );
    expect(near.record.labs).toBeUndefined();
    expect(near.warnings).toHaveLength(2);
    const withType = bundleToRecord(bundle(patient(), kappa, lambda, lightChain("lambda")), {
      asOf: "2026-11-26",
    });
    expect(withType.record.labs?.involvedFreeLightChain).toMatchObject({ value: 12, unit: "mg/L" });
    expect(withType.record.labs?.uninvolvedFreeLightChain).toMatchObject({ value: 450, unit: "mg/L" });
  });

  it("troponin T keeps its assay from the LOINC code, and entered-in-error results are skipped with a warning", () => {
    const hs = obs("67151-1", 40, "ng/L", "2026-11-01");
    const wrong = obs("718-7", 8, "g/dL", "2026-11-02", { status: "entered-in-error" });
    const { record, warnings } = bundleToRecord(bundle(patient(), hs, wrong), { asOf: "2026-11-26" });
    expect(record.labs?.troponinT).toMatchObject({ value: 40, unit: "ng/L", method: "high-sensitivity" });
    expect(record.labs?.hemoglobin).toBeUndefined();
    expect(warnings).toEqual([
      { resource: `Observation/${wrong.id}`, message: 'status "entered-in-error": not used' },
    ]);
  });

  it("two different values at the same time leave the current value unknown rather than picking one", () => {
    const a = obs("718-7", 9, "g/dL", "2026-11-01T08:00:00Z");
    const b = obs("718-7", 12, "g/dL", "2026-11-01T08:00:00Z");
    const { record, warnings } = bundleToRecord(bundle(patient(), a, b), { asOf: "2026-11-26" });
    expect(record.labs?.hemoglobin).toBeUndefined();
    expect(warnings.filter((w) => /same time/.test(w.message))).toHaveLength(2);
  });
});

describe("bundleToRecord: patient, conditions, other patients", () => {
  it("age comes from birthDate relative to asOf, not a clock; a year-only birth date is not rounded", () => {
    expect(
      bundleToRecord(bundle(patient({ birthDate: "1960-11-26" })), { asOf: "2026-11-25" }).record.patient
        ?.age,
    ).toBe(65);
    expect(
      bundleToRecord(bundle(patient({ birthDate: "1960-11-26" })), { asOf: "2026-11-26" }).record.patient
        ?.age,
    ).toBe(66);
    const partial = bundleToRecord(bundle(patient({ birthDate: "1960" })), { asOf: "2026-11-26" });
    expect(partial.record.patient?.age).toBeUndefined();
    expect(partial.warnings[0]?.message).toMatch(/not a full date/);
    const noDate = bundleToRecord(bundle(patient()), {});
    expect(noDate.record.patient?.age).toBeUndefined();
    expect(noDate.warnings[0]?.message).toMatch(/no asOf/);
  });

  it("Condition codes become hints, never the diagnosis; refuted and unknown ones are warnings", () => {
    const mm = {
      resourceType: "Condition",
      id: "c1",
      code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "C90.00" }] },
      subject: { reference: "Patient/p1" },
    };
    const refuted = {
      ...mm,
      id: "c2",
      verificationStatus: { coding: [{ code: "refuted" }] },
    };
    const htn = {
      ...mm,
      id: "c3",
      code: { coding: [{ system: "http://snomed.info/sct", code: "38341003" }] },
    };
    const { record, conditionHints, warnings } = bundleToRecord(bundle(patient(), mm, refuted, htn), {
      asOf: "2026-11-26",
    });
    expect(conditionHints).toEqual([
      expect.objectContaining({
        resource: "Condition/c1",
        code: "C90.00",
        suggests: "multiple-myeloma",
        evidence: "secondary",
      }),
    ]);
    expect(Object.keys(record)).not.toContain("diagnosis");
    expect(warnings.map((w) => w.resource)).toEqual(["Condition/c2", "Condition/c3"]);
  });

  it("WHO ICD-10 codes (non-US EHRs) are read as the same hints, under their own system, and never exported (review c74-m3)", () => {
    const who = (id: string, code: string) => ({
      resourceType: "Condition",
      id,
      code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10", code }] },
      subject: { reference: "Patient/p1" },
    });
    const { conditionHints, warnings } = bundleToRecord(
      bundle(patient(), who("w1", "C90.0"), who("w2", "C90.3"), who("w3", "D47.2"), who("w4", "E85.8")),
      { asOf: "2026-11-26" },
    );
    expect(conditionHints.map((h) => [h.system, h.code, h.suggests])).toEqual([
      ["http://hl7.org/fhir/sid/icd-10", "C90.0", "multiple-myeloma"],
      ["http://hl7.org/fhir/sid/icd-10", "C90.3", "solitary-plasmacytoma"],
      ["http://hl7.org/fhir/sid/icd-10", "D47.2", "mgus"],
    ]);
    // E85.8 is "other amyloidosis" in WHO ICD-10: not AL amyloidosis, so not read.
    expect(warnings.map((w) => w.resource)).toEqual(["Condition/w4"]);
    // The export keeps the codes of the reference (ICD-10-CM, SNOMED CT).
    expect(codesForCategory("multiple-myeloma").map((e) => e.code)).toEqual(["C90.00", "109989006"]);
  });

  it("resources about another patient are refused with a warning; two Patients in one Bundle are an error", () => {
    const other = obs("718-7", 9, "g/dL", "2026-11-01", { subject: { reference: "Patient/someone-else" } });
    const res = bundleToRecord(bundle(patient(), other), { asOf: "2026-11-26" });
    expect(res.record.labs).toBeUndefined();
    expect(res.warnings[0]).toEqual({
      resource: `Observation/${other.id}`,
      message: expect.stringMatching(/Patient\/someone-else/),
    });
    expect(() => bundleToRecord(bundle(patient(), patient({ id: "p2" })))).toThrow(/2 Patient resources/);
  });

  it("anything but a Bundle is refused with an UNSUPPORTED_FHIR error", () => {
    for (const bad of [
      null,
      42,
      { resourceType: "Patient" },
      { resourceType: "Bundle", entry: {} },
      { resourceType: "Bundle", entry: [] },
    ]) {
      expect(() => bundleToRecord(bad)).toThrow(MmnavError);
    }
    try {
      bundleToRecord({ resourceType: "Observation" });
    } catch (e) {
      expect((e as MmnavError).code).toBe("UNSUPPORTED_FHIR");
    }
  });
});

describe("bundleToRecord: medications and transplant", () => {
  it("groups medications into lines: by MedicationRequest.groupIdentifier, RxNorm ingredients as generic names", () => {
    const g = { groupIdentifier: { system: "urn:ehr:orders", value: "cycle-1" } };
    const b = bundle(
      patient(),
      med(
        "MedicationRequest",
        "m1",
        rx("358258", "bortezomib"),
        { start: "2024-01-10", end: "2024-06-01" },
        g,
      ),
      med(
        "MedicationRequest",
        "m2",
        rx("342369", "lenalidomide"),
        { start: "2024-01-10", end: "2024-06-01" },
        g,
      ),
      med(
        "MedicationRequest",
        "m3",
        { text: "Dexamethasone" },
        { start: "2024-01-11", end: "2024-05-30" },
        g,
      ),
      med(
        "MedicationStatement",
        "m4",
        rx("643722", "lenalidomide 25 MG Oral Capsule [Revlimid]"),
        { start: "2024-09-01" },
        {
          status: "active",
        },
      ),
    );
    const { record, provenance, warnings } = bundleToRecord(b, { asOf: "2026-11-26" });
    // Only the ungrouped statement is an inferred line.
    expect(warnings.map((w) => w.resource)).toEqual(["MedicationStatement/m4"]);
    expect(record.treatmentHistory).toEqual([
      {
        regimen: "bortezomib + lenalidomide + dexamethasone",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2024-01-10",
        end: "2024-06-01",
      },
      { regimen: "lenalidomide", drugs: ["lenalidomide"], start: "2024-09-01" },
    ]);
    expect(provenance["treatmentHistory.0"]).toBe(
      "MedicationRequest/m1, MedicationRequest/m2, MedicationRequest/m3",
    );
  });

  it("without a grouping in the data, lines are inferred by the IMWG rule, with a warning per line", () => {
    // Weekly bortezomib administrations with lenalidomide and dexamethasone, then carfilzomib-pomalidomide.
    const dose = (id: string, date: string) =>
      med("MedicationAdministration", id, rx("358258", "bortezomib"), { start: date, end: date });
    const b = bundle(
      patient(),
      dose("v1", "2024-01-10"),
      dose("v2", "2024-01-17"),
      dose("v3", "2024-01-24"),
      med("MedicationStatement", "r", rx("342369", "lenalidomide"), {
        start: "2024-01-10",
        end: "2024-06-01",
      }),
      med(
        "MedicationStatement",
        "d",
        { text: "dexamethasone 40 mg" },
        { start: "2024-01-10", end: "2024-06-01" },
      ),
      dose("v4", "2024-02-07"),
      // Given to the end with lenalidomide and dexamethasone (a last dose months before theirs ends the VRd entry and
      // leaves Rd going on: review c59-M1, tested in review-c58.test.ts).
      dose("v5", "2024-05-29"),
      med(
        "MedicationStatement",
        "k",
        rx("1302966", "carfilzomib"),
        { start: "2025-10-15" },
        { status: "active" },
      ),
      med("MedicationStatement", "p", { text: "Pomalyst" }, { start: "2025-10-15" }, { status: "active" }),
      med("MedicationStatement", "asa", { text: "Aspirin 81 mg" }, { start: "2025-10-15" }),
    );
    const { record, warnings } = bundleToRecord(b, { asOf: "2026-11-26" });
    expect(record.treatmentHistory).toEqual([
      {
        regimen: "bortezomib + lenalidomide + dexamethasone",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2024-01-10",
        end: "2024-06-01",
      },
      { regimen: "carfilzomib + pomalidomide", drugs: ["carfilzomib", "pomalidomide"], start: "2025-10-15" },
    ]);
    expect(warnings.map((w) => w.resource)).toEqual([
      "MedicationStatement/asa",
      "MedicationAdministration/v1, MedicationStatement/r, MedicationStatement/d, MedicationAdministration/v2, MedicationAdministration/v3, MedicationAdministration/v4, MedicationAdministration/v5",
      "MedicationStatement/k, MedicationStatement/p",
    ]);
    // Review c87-M3: aspirin is read as thromboprophylaxis, only from an active resource (this one is completed).
    expect(warnings[0]?.message).toMatch(/^aspirin: thromboprophylaxis not taken now \(status "completed"/);
    expect(warnings[1]?.message).toMatch(/inferred by the IMWG rule.*check the line count/);
  });

  it("a drug added after the regimen started begins a new inferred line (IMWG 2015: an unplanned addition)", () => {
    const b = bundle(
      patient(),
      med("MedicationStatement", "r", rx("342369", "lenalidomide"), {
        start: "2023-01-01",
        end: "2023-12-01",
      }),
      med("MedicationStatement", "d", rx("3264", "dexamethasone"), {
        start: "2023-01-01",
        end: "2023-12-01",
      }),
      med("MedicationStatement", "dara", rx("1721947", "daratumumab"), {
        start: "2023-06-01",
        end: "2023-12-01",
      }),
    );
    const { record } = bundleToRecord(b, { asOf: "2026-11-26" });
    expect(record.treatmentHistory?.map((t) => t.drugs)).toEqual([
      ["lenalidomide", "dexamethasone"],
      ["daratumumab"],
    ]);
  });

  it("an autologous transplant Procedure marks the line it falls in, or stands as its own line", () => {
    const asct = (id: string, date: string) => ({
      resourceType: "Procedure",
      id,
      status: "completed",
      code: { text: "Autologous hematopoietic stem cell transplant" },
      subject: { reference: "Patient/p1" },
      performedDateTime: date,
    });
    const b = bundle(
      patient(),
      med("MedicationAdministration", "mel", rx("6718", "melphalan"), {
        start: "2022-08-19",
        end: "2022-08-20",
      }),
      asct("t1", "2022-08-20"),
      asct("t2", "2023-05-01"),
      {
        resourceType: "Procedure",
        id: "x",
        status: "completed",
        code: { text: "Colonoscopy" },
        subject: { reference: "Patient/p1" },
      },
    );
    const { record, warnings } = bundleToRecord(b, { asOf: "2026-11-26" });
    expect(record.treatmentHistory).toEqual([
      { regimen: "melphalan", drugs: ["melphalan"], start: "2022-08-19", end: "2022-08-20", asct: true },
      { regimen: "ASCT", drugs: [], start: "2023-05-01", end: "2023-05-01", asct: true, phase: "transplant" },
    ]);
    expect(warnings.filter((w) => !/inferred by the IMWG rule/.test(w.message))).toEqual([
      { resource: "Procedure/x", message: expect.stringMatching(/not an autologous stem cell transplant/) },
    ]);
  });

  it("resolves medicationReference to a Medication in the Bundle, and warns when it is missing", () => {
    const b = bundle(
      patient(),
      { resourceType: "Medication", id: "dara", code: rx("1721947", "daratumumab") },
      {
        ...med("MedicationStatement", "s1", {}, { start: "2025-01-01" }),
        medicationCodeableConcept: undefined,
        medicationReference: { reference: "Medication/dara" },
      },
      {
        ...med("MedicationStatement", "s2", {}, { start: "2025-02-01" }),
        medicationCodeableConcept: undefined,
        medicationReference: { reference: "Medication/nowhere" },
      },
    );
    const { record, warnings } = bundleToRecord(b, { asOf: "2026-11-26" });
    expect(record.treatmentHistory?.map((t) => t.drugs)).toEqual([["daratumumab"]]);
    expect(warnings.filter((w) => !/inferred by the IMWG rule/.test(w.message))).toEqual([
      { resource: "MedicationStatement/s2", message: expect.stringMatching(/not in the Bundle/) },
      // Status completed with no end date: not given now (review c56 WRONG-1); read, with a note (review c74-m2).
      {
        resource: "MedicationStatement/s1",
        message: expect.stringMatching(/^status completed with no end date/),
        kind: "note",
      },
    ]);
    expect(record.treatmentHistory?.[0]?.stopReason).toBe("completed");
  });
});

describe("bundleToRecord: robustness", () => {
  it("any JSON in the entries gives a record with warnings or an MmnavError, never a crash", () => {
    const types = [
      "Patient",
      "Observation",
      "Condition",
      "MedicationStatement",
      "MedicationRequest",
      "Procedure",
      "Medication",
      "Encounter",
    ];
    const codes = ["2160-0", "718-7", "33358-3", "36916-5", "11118-7", "labs.lightChain", "x"];
    const resource = fc.record(
      {
        resourceType: fc.constantFrom(...types),
        id: fc.oneof(fc.string({ maxLength: 5 }), fc.constant(undefined)),
        status: fc.oneof(fc.constantFrom("final", "active", "completed", "entered-in-error"), fc.anything()),
        code: fc.oneof(
          fc.record({
            coding: fc.array(
              fc.record({
                system: fc.constantFrom(
                  LOINC,
                  RXNORM,
                  "https://myeloma-navigator.org/fhir/CodeSystem/record-field",
                ),
                code: fc.constantFrom(...codes),
              }),
            ),
          }),
          fc.anything(),
        ),
        valueQuantity: fc.oneof(
          fc.record({
            value: fc.oneof(fc.double(), fc.anything()),
            unit: fc.constantFrom("mg/dL", "g/L", "%", "zz"),
          }),
          fc.anything(),
        ),
        effectiveDateTime: fc.oneof(fc.constantFrom("2026-01-01", "2026", "garbage"), fc.anything()),
        birthDate: fc.oneof(fc.constantFrom("1950-02-28", "1950"), fc.anything()),
        effectivePeriod: fc.anything(),
        medicationCodeableConcept: fc.anything(),
        subject: fc.anything(),
        extension: fc.anything(),
        meta: fc.anything(),
        valueString: fc.oneof(fc.constantFrom("kappa", "IgG", "positive"), fc.anything()),
        valueCodeableConcept: fc.anything(),
        valueBoolean: fc.anything(),
        valueInteger: fc.anything(),
        referenceRange: fc.oneof(
          fc.array(fc.record({ high: fc.anything(), low: fc.anything() })),
          fc.anything(),
        ),
        medicationReference: fc.anything(),
        performedDateTime: fc.anything(),
        performedPeriod: fc.anything(),
        groupIdentifier: fc.anything(),
        verificationStatus: fc.anything(),
        dosageInstruction: fc.anything(),
        gender: fc.anything(),
        identifier: fc.anything(),
        contained: fc.anything(),
      },
      { requiredKeys: ["resourceType"] },
    );
    fc.assert(
      fc.property(fc.array(resource, { maxLength: 8 }), (resources) => {
        try {
          const out = bundleToRecord(bundle(...(resources as R[])), { asOf: "2026-11-26" });
          expect(Array.isArray(out.warnings)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(MmnavError);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("bundleToRecord: values outside the record's ranges", () => {
  it("drops an out-of-range value with a warning naming its resource and keeps the rest", () => {
    const ecog = {
      resourceType: "Observation",
      id: "ecog",
      status: "final",
      code: {
        coding: [
          { system: "https://myeloma-navigator.org/fhir/CodeSystem/record-field", code: "fitness.ecog" },
        ],
      },
      subject: { reference: "Patient/p1" },
      valueInteger: 7,
    };
    const hb = obs("718-7", 10, "g/dL", "2026-11-01");
    const { record, warnings } = bundleToRecord(bundle(patient(), ecog, hb), { asOf: "2026-11-26" });
    expect(record.fitness?.ecog).toBeUndefined();
    expect(record.labs?.hemoglobin).toMatchObject({ value: 10 });
    expect(warnings).toEqual([
      { resource: "Observation/ecog", message: expect.stringMatching(/^fitness\.ecog: .*not used$/) },
    ]);
  });
});

/** Brand names in a treatment entry are read as their generic names, in one place (model/drug-names.ts),
 * so lines, drug classes, refractoriness and drug rules see the drug. Found while merging review c9 (F1):
 * a lenalidomide maintenance written "revlimid" was not counted as a line (no known anti-myeloma drug), so a
 * patient progressing on it was offered DRd as "lenalidomide-sensitive" (seen on review c9 scen-15 written
 * with brand names). Failing on main e340266. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { genericDrugName } from "./drug-names.js";
import { toFacts } from "./facts.js";

const record = {
  schemaVersion: "1",
  id: "brand-names",
  asOf: "2026-12-01",
  patient: { age: 64, sex: "male" },
  labs: {
    serumMProtein: { value: 0.9, unit: "g/dL" },
    heavyChain: "IgG",
    lightChain: "kappa",
    calcium: { value: 9.4, unit: "mg/dL" },
    creatinine: { value: 1.0, unit: "mg/dL" },
    hemoglobin: { value: 13.1, unit: "g/dL" },
  },
  transplant: { candidate: "yes" },
  treatmentHistory: [
    {
      regimen: "VRd",
      drugs: ["velcade", "revlimid", "decadron"],
      start: "2023-01-10",
      end: "2023-05-01",
      bestResponse: "VGPR",
      progressedOn: false,
    },
    { regimen: "R maintenance", drugs: ["revlimid"], start: "2023-06-15", phase: "maintenance" },
  ],
  series: {
    serumMProtein: [
      { date: "2023-01-05", value: 3.5, unit: "g/dL" },
      { date: "2024-03-01", value: 0.2, unit: "g/dL" },
      { date: "2026-06-01", value: 0.5, unit: "g/dL" },
      { date: "2026-09-01", value: 0.7, unit: "g/dL" },
      { date: "2026-11-20", value: 0.9, unit: "g/dL" },
    ],
  },
};

describe("brand names are read as generic names", () => {
  it("the table maps US and EU brands and leaves generic names alone", () => {
    expect(genericDrugName("revlimid")).toBe("lenalidomide");
    expect(genericDrugName("imnovid")).toBe("pomalidomide");
    expect(genericDrugName("darzalex faspro")).toBe("daratumumab");
    expect(genericDrugName("carvykti")).toBe("ciltacabtagene autoleucel");
    expect(genericDrugName("lenalidomide")).toBe("lenalidomide");
    expect(genericDrugName("constructor")).toBe("constructor");
  });

  it("the facts carry the generic names", () => {
    expect(toFacts(record).treatmentHistory.map((t) => t.drugs)).toEqual([
      ["bortezomib", "lenalidomide", "dexamethasone"],
      ["lenalidomide"],
    ]);
  });

  it("the assessment of a history written with brand names is that of the same history in generic names", () => {
    const generic = structuredClone(record);
    generic.treatmentHistory[0]!.drugs = ["bortezomib", "lenalidomide", "dexamethasone"];
    generic.treatmentHistory[1]!.drugs = ["lenalidomide"];
    const a = assess(record);
    const b = assess(generic);
    expect(a.alerts.map((x) => x.id)).not.toContain("treatment.unknown-drug-entry");
    expect(a.phase).toEqual(b.phase);
    expect(a.options.map((o) => [o.id, o.strength])).toEqual(b.options.map((o) => [o.id, o.strength]));
    expect(a.alerts.map((x) => x.id)).toEqual(b.alerts.map((x) => x.id));
  });
});

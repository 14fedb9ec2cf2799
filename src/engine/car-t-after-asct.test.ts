/** A CAR-T infused after the line's transplant is what is followed up (found by pathway.property.test.ts with a
 * random seed: a CAR-T planned with an ASCT days before it read "after the transplant", no anti-myeloma option and no
 * alert naming a needed fact, for active myeloma). */
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

const record = {
  asOf: "2026-12-01",
  patient: { age: 35, sex: "female", weight: { value: 65, unit: "kg" } },
  labs: {
    serumMProtein: { value: 0, unit: "g/dL" },
    heavyChain: "IgG",
    lightChain: "kappa",
    calcium: { value: 8.5, unit: "mg/dL" },
    hemoglobin: { value: 7, unit: "g/dL" },
    creatinine: { value: 1, unit: "mg/dL" },
  },
  marrow: { clonalPlasmaCellPercent: 10 },
  imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 0 },
  transplant: { candidate: "yes" },
  treatmentHistory: [
    {
      regimen: "VRd",
      drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
      start: "2026-11-28",
      progressedOn: true,
      phase: "induction",
    },
    {
      regimen: "Mel200-ASCT",
      drugs: ["melphalan"],
      start: "2026-11-29",
      end: "2026-11-30",
      progressedOn: false,
      phase: "induction",
      asct: true,
    },
    {
      regimen: "cilta-cel",
      drugs: ["ciltacabtagene autoleucel"],
      start: "2026-11-29",
      end: "2026-11-30",
      phase: "induction",
      plannedWithPrevious: true,
    },
  ],
};

describe("a CAR-T after the line's transplant", () => {
  it("is followed up as a CAR-T infusion (observation after CAR-T), not 'after the transplant' with nothing offered", () => {
    const a = assess(record);
    expect(a.phase.code).not.toBe("post-transplant");
    expect(a.phase.reason).toMatch(/one-time CAR-T infusion/);
    expect(a.options.map((o) => o.id)).toContain("pathway.observation-after-car-t");
  });

  it("control: the transplant alone, no CAR-T after it: after the transplant", () => {
    const a = assess({ ...record, treatmentHistory: record.treatmentHistory.slice(0, 2) });
    expect(a.phase.code).toBe("post-transplant");
  });
});

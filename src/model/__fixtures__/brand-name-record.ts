/** A lenalidomide maintenance after VRd, written with brand names, progressing by its M-protein (the shape
 * of review c9 scen-15): model/drug-names.test.ts and engine/brand-names.test.ts. */
export const BRAND_NAME_RECORD = {
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

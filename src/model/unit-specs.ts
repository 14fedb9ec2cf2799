/** The quantity fields and their units as plain data (no UCUM engine), so a page can list units
 * without loading the converter; src/model/units.ts converts and re-exports these. */

/** Molar masses (g/mol) for mass <-> substance conversions, from criteria-and-scores.md section 7.3
 * (creatinine: 88.4 umol/L per mg/dL, MW 113.12; calcium: mg/dL / 4.008; beta2-microglobulin:
 * 1 mg/L = 84.7 nmol/L). Citation: ucum-units. */
export const MOLAR_MASS = { creatinine: 113.12, calcium: 40.08, beta2Microglobulin: 1e6 / 84.7 } as const;

/** How a field is measured. `plausible` is an input guard against unit slips, not a clinical
 * threshold: a value outside it is almost surely a wrong unit or a typo. */
export interface UnitSpec {
  canonical: string;
  /** Units shown in messages and tried when suggesting the likely unit. */
  common: readonly string[];
  plausible: readonly [number, number];
  molarMass?: number;
  what: string;
}

const MASS_CONC_G = ["g/dL", "g/L", "mg/dL"] as const;

export const UNIT_SPECS = {
  serumMProtein: { canonical: "g/dL", common: MASS_CONC_G, plausible: [0, 20], what: "a mass concentration" },
  urineMProtein: {
    canonical: "mg/(24.h)",
    common: ["mg/24h", "g/24h", "mg/d"],
    plausible: [0, 100_000],
    what: "a mass per 24 hours",
  },
  involvedFreeLightChain: {
    canonical: "mg/L",
    common: ["mg/L", "mg/dL"],
    plausible: [0, 200_000],
    what: "a mass concentration",
  },
  uninvolvedFreeLightChain: {
    canonical: "mg/L",
    common: ["mg/L", "mg/dL"],
    plausible: [0, 200_000],
    what: "a mass concentration",
  },
  calcium: {
    canonical: "mg/dL",
    common: ["mg/dL", "mmol/L"],
    // Review c85-W1: the lower bound is 4 mg/dL (1.0 mmol/L), not 2. Total serum calcium in mmol/L runs about
    // 1.8-4.0 (criteria-and-scores.md 1.1: hypercalcaemia > 2.75 mmol/L; 7.3: mg/dL = mmol/L x 4.008), all of it
    // inside 2-25, so a mmol/L value typed under mg/dL (the form's default) passed as a profound hypocalcaemia and
    // lost the C of CRAB. A measured total calcium below 4 mg/dL is not seen in practice (even severe
    // hypocalcaemia with tetany is about 5-7 mg/dL); a value below it is refused with "was it in mmol/L?". A
    // data-entry guard from physiology, not a clinical threshold: the reference gives none.
    plausible: [4, 25],
    molarMass: MOLAR_MASS.calcium,
    what: "a mass or substance concentration",
  },
  creatinine: {
    canonical: "mg/dL",
    common: ["mg/dL", "umol/L"],
    plausible: [0.1, 30],
    molarMass: MOLAR_MASS.creatinine,
    what: "a mass or substance concentration",
  },
  hemoglobin: { canonical: "g/dL", common: MASS_CONC_G, plausible: [2, 25], what: "a mass concentration" },
  albumin: { canonical: "g/dL", common: MASS_CONC_G, plausible: [0.5, 7], what: "a mass concentration" },
  beta2Microglobulin: {
    canonical: "mg/L",
    common: ["mg/L", "mg/dL", "nmol/L"],
    plausible: [0.1, 300],
    molarMass: MOLAR_MASS.beta2Microglobulin,
    what: "a mass or substance concentration",
  },
  ldh: { canonical: "U/L", common: ["U/L"], plausible: [10, 50_000], what: "an enzyme activity per volume" },
  ntProBnp: {
    canonical: "pg/mL",
    common: ["pg/mL", "ng/L"],
    plausible: [0, 1_000_000],
    what: "a mass concentration",
  },
  troponinT: {
    canonical: "ng/mL",
    common: ["ng/mL", "ug/L", "ng/L"],
    plausible: [0, 100],
    what: "a mass concentration",
  },
  igg: { canonical: "mg/dL", common: ["mg/dL", "g/L"], plausible: [0, 25_000], what: "a mass concentration" },
  iga: { canonical: "mg/dL", common: ["mg/dL", "g/L"], plausible: [0, 25_000], what: "a mass concentration" },
  igm: { canonical: "mg/dL", common: ["mg/dL", "g/L"], plausible: [0, 25_000], what: "a mass concentration" },
  measuredCreatinineClearance: {
    canonical: "mL/min",
    common: ["mL/min"],
    plausible: [0, 300],
    what: "a volume flow rate",
  },
  // Blood counts (review c14, lead): cells per volume, canonical 10^9/L (= 10^3/uL; 1000/uL = 1 x10^9/L).
  neutrophils: {
    canonical: "10*9/L",
    common: ["10^9/L", "10^3/uL", "/uL"],
    plausible: [0, 100],
    what: "a cell count per volume",
  },
  platelets: {
    canonical: "10*9/L",
    common: ["10^9/L", "10^3/uL", "/uL"],
    plausible: [0, 3000],
    what: "a cell count per volume",
  },
  // 24-hour urine total protein (all proteins, not the M-protein alone): AL amyloidosis' kidney criterion
  // reads it (gertz-2005-am-j-hematol). Spot protein/creatinine ratios are another quantity, not this one.
  urineTotalProtein: {
    canonical: "mg/(24.h)",
    common: ["mg/24h", "g/24h", "mg/d", "g/d"],
    plausible: [0, 100_000],
    what: "a mass per 24 hours",
  },
  // Review c79-m4: plasma cells in the peripheral blood, as a percent of the white cells on a blood smear (the IMWG 2021
  // definition of primary plasma cell leukaemia counts them so: fernandez-de-larrea-2021-bcj). Absolute counts
  // (cells/uL) are another quantity, not this one.
  circulatingPlasmaCells: {
    canonical: "%",
    common: ["%"],
    plausible: [0, 100],
    what: "a percent of the white cells on a blood smear",
  },
  weight: { canonical: "kg", common: ["kg", "lb"], plausible: [20, 350], what: "a mass" },
  height: { canonical: "cm", common: ["cm", "m", "in"], plausible: [100, 250], what: "a length" },
} as const satisfies Record<string, UnitSpec>;

export type QuantityField = keyof typeof UNIT_SPECS;

/** A canonical unit as the clinician reads it in words: the blood counts' UCUM "10*9/L" is written "x10^9/L", the
 * 24-hour urine's "mg/(24.h)" "mg/24 h"; any other unit as it is. Display only: values are converted in units.ts. */
export function unitForWords(unit: string): string {
  if (unit === "10*9/L") return "x10^9/L";
  if (unit === "mg/(24.h)") return "mg/24 h";
  return unit;
}

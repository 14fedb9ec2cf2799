/** A deterministic synthetic cohort (`mmnav synth N --seed S`): PatientRecords with realistic mixes of
 * disease categories, treatment phases, missing values and unit systems, for tests and benchmarks.
 * Pure: the same seed and index always give the same record, so any slice can be made on its own.
 * These are made-up people, not clinical data: values are drawn from plausible ranges, not from a paper. */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { PatientRecord } from "../model/record.js";

/** The archetypes and their share of the cohort (a registry-like mix, weights sum to 100). */
export const ARCHETYPES = {
  mgus: 26,
  smm: 13,
  ndmm: 14,
  induction: 12,
  maintenance: 9,
  relapsed: 11,
  plasmacytoma: 4,
  al: 5,
  sparse: 6,
} as const;
export type Archetype = keyof typeof ARCHETYPES;

/** The date every synthetic record is assessed on (records carry it as `asOf`). */
export const SYNTH_AS_OF = "2026-11-27";

type Rng = ReturnType<typeof xoroshiro128plus>;

class Draw {
  constructor(private readonly rng: Rng) {}
  /** Uniform number in [lo, hi), rounded to `dp` decimals. */
  num(lo: number, hi: number, dp = 1): number {
    const x = lo + uniformFloat64(this.rng) * (hi - lo);
    const f = 10 ** dp;
    return Math.round(x * f) / f;
  }
  int(lo: number, hi: number): number {
    return uniformInt(this.rng, lo, hi);
  }
  chance(p: number): boolean {
    return uniformFloat64(this.rng) < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[uniformInt(this.rng, 0, xs.length - 1)] as T;
  }
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Unit systems a lab may report in: conventional (US) or SI. Converted by the model, never here. */
type UnitSystem = "us" | "si";

interface Ctx {
  d: Draw;
  units: UnitSystem;
  /** Probability that an optional value is left out (missing is never normal: the engine must cope). */
  pMissing: number;
}

const q = (value: number, unit: string) => ({ value, unit });

function mProtein(c: Ctx, gDl: number) {
  return c.units === "us" ? q(gDl, "g/dL") : q(Math.round(gDl * 100) / 10, "g/L");
}
function creatinine(c: Pick<Ctx, "units">, mgDl: number) {
  return c.units === "us" ? q(mgDl, "mg/dL") : q(Math.round(mgDl * 88.42), "umol/L");
}
function calcium(c: Ctx, mgDl: number) {
  return c.units === "us" ? q(mgDl, "mg/dL") : q(Math.round((mgDl / 4.008) * 100) / 100, "mmol/L");
}
function hemoglobin(c: Ctx, gDl: number) {
  return c.units === "us" ? q(gDl, "g/dL") : q(Math.round(gDl * 10), "g/L");
}
function albumin(c: Ctx, gDl: number) {
  return c.units === "us" ? q(gDl, "g/dL") : q(Math.round(gDl * 10), "g/L");
}

/** Drops an optional value with the context's probability. */
function maybe<T>(c: Ctx, v: T): T | undefined {
  return c.d.chance(c.pMissing) ? undefined : v;
}

function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

interface Profile {
  mProteinGDl: number;
  bmpc: number;
  involvedFlc: number;
  hb: number;
  creat: number;
  ca: number;
  lytic: number;
  urineMgDay: number;
}

function labs(c: Ctx, p: Profile) {
  const { d } = c;
  const heavy = d.pick(["IgG", "IgG", "IgG", "IgA", "IgA", "none"] as const);
  const light = d.pick(["kappa", "kappa", "lambda"] as const);
  const mp = heavy === "none" ? 0 : p.mProteinGDl;
  return compact({
    serumMProtein: maybe(c, mProtein(c, mp)),
    urineMProtein: maybe(c, q(p.urineMgDay, "mg/24h")),
    heavyChain: heavy,
    lightChain: light,
    involvedFreeLightChain: maybe(c, q(p.involvedFlc, "mg/L")),
    uninvolvedFreeLightChain: maybe(c, q(d.num(4, 15), "mg/L")),
    calcium: maybe(c, calcium(c, p.ca)),
    creatinine: maybe(c, creatinine(c, p.creat)),
    hemoglobin: maybe(c, hemoglobin(c, p.hb)),
    albumin: maybe(c, albumin(c, d.num(2.8, 4.6))),
    beta2Microglobulin: maybe(c, q(d.num(1.5, 9), "mg/L")),
    ldh: maybe(c, { ...q(d.int(140, 420), "U/L"), upperLimitOfNormal: 250 }),
  });
}

function cytogenetics(c: Ctx) {
  const { d } = c;
  if (d.chance(0.35)) return undefined; // not done
  return {
    del17p: d.chance(0.1),
    t4_14: d.chance(0.12),
    t14_16: d.chance(0.04),
    gain1q: d.chance(0.35),
    monosomy13: d.chance(0.3),
  };
}

function fitness(c: Ctx, age: number) {
  const { d } = c;
  const older = age >= 75;
  return compact({
    ecog: maybe(c, older ? d.int(1, 3) : d.int(0, 2)),
    adl: maybe(c, older ? d.int(3, 6) : 6),
    iadl: maybe(c, older ? d.int(4, 8) : 8),
    charlson: maybe(c, d.int(0, older ? 3 : 1)),
  });
}

function series(c: Ctx, start: string, n: number, from: number, to: number) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const v = Math.max(0, from + ((to - from) * i) / Math.max(1, n - 1));
    out.push({ date: addDays(start, i * 28), ...mProtein(c, Math.round(v * 100) / 100) });
  }
  // Nothing is dated after the day the record is assessed for (the engine refuses such a record).
  return out.filter((point) => point.date <= SYNTH_AS_OF);
}

const INDUCTION = [
  { regimen: "VRd", drugs: ["bortezomib", "lenalidomide", "dexamethasone"] },
  { regimen: "DRd", drugs: ["daratumumab", "lenalidomide", "dexamethasone"] },
  { regimen: "D-VRd", drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"] },
  { regimen: "VCd", drugs: ["bortezomib", "cyclophosphamide", "dexamethasone"] },
] as const;
const SALVAGE = [
  { regimen: "DPd", drugs: ["daratumumab", "pomalidomide", "dexamethasone"] },
  { regimen: "Kd", drugs: ["carfilzomib", "dexamethasone"] },
  { regimen: "PVd", drugs: ["pomalidomide", "bortezomib", "dexamethasone"] },
  { regimen: "Isa-Kd", drugs: ["isatuximab", "carfilzomib", "dexamethasone"] },
  { regimen: "Teclistamab", drugs: ["teclistamab"] },
] as const;

/**
 * After the salvage lines, some relapsed patients go on to BCMA T-cell redirection: a finished CAR-T
 * being watched (no maintenance follows it), or a bispecific given now, with the low IgG it brings.
 * Drawn after everything else in the record, so the rest of the cohort keeps its values.
 */
function redirection(c: Ctx, record: PatientRecord, from: string, mProteinGDl: number): void {
  const { d } = c;
  const kind = d.pick(["none", "none", "car-t", "bispecific"] as const);
  const history = record.treatmentHistory ?? [];
  const start = addDays(from, d.int(30, 90));
  if (kind === "none" || start >= SYNTH_AS_OF) return;
  const iggMgDl = d.int(150, 900);
  if (kind === "car-t") {
    const best = d.pick(["CR", "VGPR", "PR"] as const);
    history.push({
      regimen: "cilta-cel",
      drugs: ["ciltacabtagene autoleucel"],
      start,
      end: start,
      bestResponse: best,
      progressedOn: false,
      phase: "other",
    });
    // Today's values match the response the record states: the M-protein is down (a CR has none
    // left), the blood counts and kidney have recovered, and the diagnostic marrow is not today's.
    const left = { CR: 0, VGPR: 0.05, PR: 0.4 }[best];
    const labs = { ...record.labs };
    if (labs.serumMProtein && labs.heavyChain !== "none")
      labs.serumMProtein = mProtein(c, Math.round(mProteinGDl * left * 100) / 100);
    if (labs.involvedFreeLightChain) labs.involvedFreeLightChain = q(d.num(8, 30), "mg/L");
    if (labs.hemoglobin) labs.hemoglobin = hemoglobin(c, d.num(10.5, 13.5));
    if (labs.calcium) labs.calcium = calcium(c, d.num(8.6, 10));
    if (labs.creatinine) labs.creatinine = creatinine(c, d.num(0.7, 1.4));
    record.labs = labs;
    delete record.marrow;
  } else {
    history.push({ regimen: "Teclistamab", drugs: ["teclistamab"], start, phase: "salvage" });
  }
  const igg = maybe(c, q(c.units === "us" ? iggMgDl : iggMgDl / 100, c.units === "us" ? "mg/dL" : "g/L"));
  if (igg) record.labs = { ...record.labs, igg };
}

function activeProfile(c: Ctx): Profile {
  const { d } = c;
  const crab = d.pick(["anaemia", "renal", "bone", "calcium", "slim"] as const);
  return {
    mProteinGDl: d.num(1, 6),
    bmpc: crab === "slim" ? d.int(60, 90) : d.int(15, 80),
    involvedFlc: d.num(40, crab === "renal" ? 3000 : 900, 0),
    hb: crab === "anaemia" ? d.num(7.2, 9.8) : d.num(10.5, 14),
    creat: crab === "renal" ? d.num(2.1, 6) : d.num(0.6, 1.4),
    ca: crab === "calcium" ? d.num(11.3, 13.5) : d.num(8.6, 10.2),
    lytic: crab === "bone" ? d.int(1, 12) : 0,
    urineMgDay: d.int(0, 1500),
  };
}

/** The PatientRecord of member `index` of the cohort made from `seed`. */
export function synthRecord(seed: number, index: number): PatientRecord {
  const record = baseRecord(seed, index);
  kidneyExtras(record, seed, index);
  return record;
}

/** The unit system a record's creatinine was drawn in (mg/dL: "us", umol/L: "si"). */
function creatinineUnits(record: PatientRecord): Pick<Ctx, "units"> {
  const lab = record.labs?.creatinine;
  return { units: typeof lab === "object" && lab !== null && lab.unit === "umol/L" ? "si" : "us" };
}

/**
 * Kidney findings the engine questions (review c20-4, c21-8), drawn from a generator of their own after the
 * rest of the record, so that every other value of the cohort stays what it was before they were added:
 * - untreated records: a 24-hour urine total protein on about 1 in 8 (a third of them above AL amyloidosis'
 *   kidney level, 0.5 g/day, in mg/24h, g/24h or g/d); a creatinine above 2 mg/dL (the CRAB level) on about
 *   1 in 25 of those with a clonal marrow below 10% (the end-organ question);
 * - treated records with a creatinine: a dated creatinine series from the first line's start on half of
 *   them, about 1 in 7 of those rising above 2 mg/dL in the last weeks (kidney impairment new on treatment).
 */
function kidneyExtras(record: PatientRecord, seed: number, index: number): void {
  const d = new Draw(xoroshiro128plus((seed ^ Math.imul(index + 1, 0x85ebca6b) ^ 0x2545f491) | 0));
  const labs = record.labs;
  if (!labs) return;
  const history = record.treatmentHistory ?? [];
  if (history.length === 0) {
    if (d.chance(0.125)) {
      const high = d.chance(0.33);
      const unit = d.pick(["mg/24h", "g/24h", "g/d"] as const);
      const mg = high ? d.int(600, 6000) : d.int(40, 450);
      record.labs = { ...labs, urineTotalProtein: q(unit === "mg/24h" ? mg : mg / 1000, unit) };
    }
    const marrow = record.marrow?.clonalPlasmaCellPercent;
    if (
      typeof labs.creatinine === "object" &&
      labs.creatinine !== null &&
      typeof marrow === "number" &&
      marrow < 10 &&
      d.chance(0.04)
    )
      record.labs = { ...record.labs, creatinine: creatinine(creatinineUnits(record), d.num(2.1, 3.5)) };
    return;
  }
  if (typeof labs.creatinine !== "object" || labs.creatinine === null || !d.chance(0.5)) return;
  const start = history[0]!.start;
  const units = creatinineUnits(record);
  const points = [];
  for (let at = addDays(start, -7); at <= SYNTH_AS_OF; at = addDays(at, d.int(60, 150)))
    points.push({ date: at, ...creatinine(units, d.num(0.7, 1.3)) });
  if (points.length >= 2 && d.chance(0.15)) {
    const last = {
      date: addDays(SYNTH_AS_OF, -d.int(3, 40)),
      ...creatinine(creatinineUnits(record), d.num(2.2, 3.5)),
    };
    while (points.length > 0 && points[points.length - 1]!.date >= last.date) points.pop();
    points.push(last);
    record.labs = { ...record.labs, creatinine: { ...last } };
  }
  record.series = { ...record.series, creatinine: points };
}

function baseRecord(seed: number, index: number): PatientRecord {
  // One generator per record, from the seed and the index: any record can be made on its own.
  const rng = xoroshiro128plus((seed ^ Math.imul(index + 1, 0x9e3779b1)) | 0);
  const d = new Draw(rng);
  const c: Ctx = { d, units: d.chance(0.5) ? "us" : "si", pMissing: d.pick([0, 0, 0.05, 0.15, 0.3]) };
  const arche = pickArchetype(d);
  const age = d.int(38, 89);
  const sex = d.pick(["female", "male"] as const);
  const weight = c.units === "us" && d.chance(0.3) ? q(d.int(110, 240), "[lb_av]") : q(d.int(48, 110), "kg");
  const asOf = SYNTH_AS_OF;
  const base = {
    id: `synth-${seed}-${index}`,
    asOf,
    patient: compact({ age, sex, weight: maybe(c, weight) }),
  };
  const quiet: Profile = {
    mProteinGDl: d.num(0.2, 2.4),
    bmpc: d.int(1, 9),
    involvedFlc: d.num(10, 60),
    hb: d.num(11.8, 15.5),
    creat: d.num(0.6, 1.3),
    ca: d.num(8.6, 10.2),
    lytic: 0,
    urineMgDay: d.int(0, 150),
  };
  const noImagingFindings = {
    performed: true,
    modality: d.pick(["PET-CT", "whole-body-low-dose-CT"]),
    osteolyticLesions: 0,
  };

  switch (arche) {
    case "mgus":
      return {
        ...base,
        labs: labs(c, quiet),
        ...(d.chance(0.6) ? { marrow: { clonalPlasmaCellPercent: quiet.bmpc } } : {}),
        ...(d.chance(0.75) ? { imaging: noImagingFindings } : {}),
        series: {
          serumMProtein: series(
            c,
            addDays(asOf, -d.int(200, 900)),
            d.int(1, 4),
            quiet.mProteinGDl,
            quiet.mProteinGDl,
          ),
        },
      } as PatientRecord;
    case "smm": {
      const p = {
        ...quiet,
        mProteinGDl: d.num(1.2, 4.5),
        bmpc: d.int(10, 55),
        involvedFlc: d.num(20, 600, 0),
      };
      return {
        ...base,
        labs: labs(c, p),
        marrow: { clonalPlasmaCellPercent: p.bmpc },
        imaging: { ...noImagingFindings, modality: d.pick(["PET-CT", "whole-body-MRI"]), mriFocalLesions: 0 },
        ...(d.chance(0.6) ? { cytogenetics: cytogenetics(c) } : {}),
        series: {
          serumMProtein: series(
            c,
            addDays(asOf, -d.int(120, 600)),
            d.int(2, 5),
            p.mProteinGDl * 0.8,
            p.mProteinGDl,
          ),
        },
      } as PatientRecord;
    }
    case "ndmm":
    case "induction":
    case "maintenance":
    case "relapsed": {
      const p = activeProfile(c);
      const record = {
        ...base,
        labs: labs(c, p),
        marrow: { clonalPlasmaCellPercent: p.bmpc },
        imaging: { performed: true, modality: "PET-CT", osteolyticLesions: p.lytic },
        cytogenetics: cytogenetics(c),
        fitness: fitness(c, age),
        transplant: { candidate: d.pick(["yes", "no", "unknown"] as const) },
        conditions: compact({
          renalFailureOnDialysis: maybe(c, p.creat > 5 && d.chance(0.3)),
          neuropathyGrade: maybe(c, d.int(0, 2)),
          heartFailure: maybe(c, d.chance(0.08)),
          bonePain: maybe(c, p.lytic > 0),
        }),
        treatmentHistory: [] as NonNullable<PatientRecord["treatmentHistory"]>,
      };
      if (arche === "ndmm") return compactRecord(record);
      const first = d.pick(INDUCTION);
      if (arche === "induction") {
        const start = addDays(asOf, -d.int(7, 150));
        record.treatmentHistory.push({ ...first, drugs: [...first.drugs], start, phase: "induction" });
        (record as PatientRecord).series = {
          serumMProtein: series(c, start, d.int(1, 5), p.mProteinGDl, p.mProteinGDl * 0.3),
        };
        return compactRecord(record);
      }
      const start = addDays(asOf, -d.int(500, 1800));
      const inductionEnd = addDays(start, 120);
      record.treatmentHistory.push(
        {
          ...first,
          drugs: [...first.drugs],
          start,
          end: inductionEnd,
          bestResponse: "VGPR",
          progressedOn: false,
          phase: "induction",
        },
        {
          regimen: "ASCT",
          drugs: ["melphalan"],
          start: addDays(inductionEnd, 30),
          end: addDays(inductionEnd, 31),
          asct: true,
          phase: "transplant",
          plannedWithPrevious: true,
          progressedOn: false,
        },
      );
      const maintStart = addDays(inductionEnd, 120);
      if (arche === "maintenance") {
        record.treatmentHistory.push({
          regimen: "R maintenance",
          drugs: ["lenalidomide"],
          start: maintStart,
          phase: "maintenance",
          plannedWithPrevious: true,
          bestResponse: "CR",
        });
        (record as PatientRecord).series = { serumMProtein: series(c, start, d.int(3, 8), p.mProteinGDl, 0) };
        return compactRecord(record);
      }
      // Relapsed: progression on maintenance, then 0-3 salvage lines, each ending in progression.
      // Not after the day the record is assessed for (ISO dates compare as text).
      const drawn = addDays(maintStart, d.int(200, 500));
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers (Math.min would give NaN)
      const relapse = drawn > asOf ? asOf : drawn;
      record.treatmentHistory.push({
        regimen: "R maintenance",
        drugs: ["lenalidomide"],
        start: maintStart,
        end: relapse,
        phase: "maintenance",
        plannedWithPrevious: true,
        bestResponse: "CR",
        progressedOn: true,
        progressionDate: relapse,
        stopReason: "progression",
      });
      let at = addDays(relapse, 14);
      const salvages = d.int(0, Math.min(3, Math.floor(d.num(0, 4))));
      for (let i = 0; i < salvages && at < asOf; i++) {
        const s = SALVAGE[i % SALVAGE.length]!;
        const end = addDays(at, d.int(90, 300));
        if (end >= asOf) break;
        record.treatmentHistory.push({
          ...s,
          drugs: [...s.drugs],
          start: at,
          end,
          bestResponse: d.pick(["PR", "VGPR", "SD"] as const),
          progressedOn: true,
          progressionDate: end,
          stopReason: "progression",
        });
        at = addDays(end, 14);
      }
      (record as PatientRecord).series = {
        serumMProtein: series(c, addDays(relapse, -120), 4, p.mProteinGDl * 0.1, p.mProteinGDl * 0.6),
      };
      redirection(c, record as PatientRecord, at, p.mProteinGDl);
      return compactRecord(record);
    }
    case "plasmacytoma":
      return {
        ...base,
        labs: labs(c, { ...quiet, mProteinGDl: d.num(0, 0.8) }),
        marrow: { clonalPlasmaCellPercent: d.pick([0, 2, 5, 8]) },
        imaging: { ...noImagingFindings, modality: "PET-CT", mriFocalLesions: 0 },
        biopsy: {
          plasmacytoma: { count: 1, site: d.pick(["bone", "extramedullary"]), sizeCm: d.num(1.5, 7) },
        },
      } as PatientRecord;
    case "al":
      return {
        ...base,
        labs: compact({
          heavyChain: "none",
          lightChain: "lambda",
          involvedFreeLightChain: q(d.num(60, 900, 0), "mg/L"),
          uninvolvedFreeLightChain: q(d.num(4, 14), "mg/L"),
          creatinine: maybe(c, creatinine(c, d.num(0.7, 2.5))),
          hemoglobin: maybe(c, hemoglobin(c, d.num(10.5, 14))),
          calcium: maybe(c, calcium(c, d.num(8.6, 10))),
          ntProBnp: maybe(c, q(d.int(150, 12000), "pg/mL")),
          troponinT: maybe(c, { ...q(d.num(0.005, 0.12, 3), "ng/mL"), method: "conventional" }),
        }),
        marrow: { clonalPlasmaCellPercent: d.int(4, 15) },
        imaging: { ...noImagingFindings, mriFocalLesions: 0 },
        biopsy: { amyloid: true, amyloidType: d.chance(0.85) ? "light-chain" : "not-typed" },
        fitness: fitness(c, age),
        conditions: { amyloidOrgans: d.chance(0.5) ? ["heart", "kidney"] : ["kidney"] },
      } as PatientRecord;
    default:
      // Sparse: a first visit with a few results and nothing decisive yet.
      return {
        ...base,
        labs: compact({
          serumMProtein: maybe(c, mProtein(c, d.num(0.3, 3))),
          hemoglobin: maybe(c, hemoglobin(c, d.num(9, 14))),
        }),
      } as PatientRecord;
  }
}

function compactRecord<T extends Record<string, unknown>>(r: T): PatientRecord {
  return compact(r) as unknown as PatientRecord;
}

const ARCHETYPE_LIST = Object.entries(ARCHETYPES) as [Archetype, number][];

function pickArchetype(d: Draw): Archetype {
  let roll = d.int(0, 99);
  for (const [name, weight] of ARCHETYPE_LIST) {
    if (roll < weight) return name;
    roll -= weight;
  }
  return "sparse";
}

/** Records `from` (inclusive) to `to` (exclusive) of the cohort made from `seed`. */
export function* synthCohort(seed: number, count: number, from = 0): Generator<PatientRecord> {
  for (let i = from; i < from + count; i++) yield synthRecord(seed, i);
}

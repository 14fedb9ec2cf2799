/** Facts: the validated record with every quantity in its canonical unit and every unknown as null.
 * The calculators read Facts; they never see raw units or the "unknown" spelling. */
import type { z } from "zod";
import { datesAfterAsOf } from "./date-order.js";
import { genericDrugName } from "./drug-names.js";
import type {
  AllergyCriticality,
  AmyloidOrgan,
  AmyloidType,
  Anticoagulation,
  Del1p32,
  HeavyChain,
  HepaticImpairment,
  Hypertension,
  ImagingModality,
  ImmunofixationResult,
  InfectionProphylaxis,
  LightChain,
  NyhaClass,
  PlasmacytomaSite,
  ResponseCategory,
  SerologyResult,
  StopReason,
  TherapyPhase,
  TransplantCandidacy,
  TreatmentSetting,
} from "./enums.js";
import { invalidRecord, type ValidationIssue } from "./errors.js";
import { isIsoDate } from "./iso-date.js";
import { own } from "./own.js";
import { isPlainData } from "./plain-data.js";
import {
  LAB_QUANTITY_FIELDS,
  type LabQuantityField,
  PatientRecord,
  Quantity,
  SeriesPoint,
} from "./record.js";
import { isValidRecord } from "./record-validator.js";
import { canonicalWith, type KnownUnit, lookUpUnit, type QuantityField, toCanonical } from "./units.js";
import { standingUnusedValues, type UnusedValueFact } from "./unused-values.js";
import { flattenIssues } from "./validate.js";

/** A measured value: `value` in the field's canonical unit (`unit`), with what the lab reported. */
export interface Measured {
  value: number;
  unit: string;
  reported: { value: number; unit: string };
  date: string | null;
  /** Reference limits, converted to the canonical unit; null when the lab did not give them. */
  upperLimitOfNormal: number | null;
  lowerLimitOfNormal: number | null;
  method: "conventional" | "high-sensitivity" | null;
}

export interface SeriesValue {
  date: string;
  value: number;
  reported: { value: number; unit: string };
}

export interface TreatmentFact {
  index: number;
  regimen: string;
  drugs: string[];
  start: string;
  /** The recorded end; for a transplant entry with none, its start (transplantDay); else null. */
  end: string | null;
  bestResponse: ResponseCategory | null;
  progressedOn: boolean | null;
  progressionDate: string | null;
  asct: boolean;
  /** Whether the record says `asct` either way (re-check c72-m1: `false` recorded is not asked again). Optional: entries
   * built elsewhere (tests) leave it out, read as not recorded. */
  asctRecorded?: boolean;
  phase: TherapyPhase | null;
  /** Recorded true or false; null when the record does not say (review c49-W4). */
  plannedWithPrevious: boolean | null;
  stopReason: StopReason | null;
  /** Cycles given in the entry, as recorded; null when not recorded (review c65-m1: the dates only estimate them). */
  cycles: number | null;
  /** The disease the entry treated, as recorded; null when not recorded. */
  setting: TreatmentSetting | null;
}

type Known<T> = T | null;

export interface Facts {
  id: string | null;
  asOf: string;
  patient: {
    age: Known<number>;
    sex: Known<"female" | "male">;
    weightKg: Known<number>;
    heightCm: Known<number>;
  };
  labs: { [K in LabQuantityField]: Measured | null } & {
    heavyChain: Known<HeavyChain>;
    lightChain: Known<LightChain>;
    serumImmunofixation: Known<ImmunofixationResult>;
    urineImmunofixation: Known<ImmunofixationResult>;
    hepatitisBSurfaceAntigen: Known<SerologyResult>;
    hepatitisBCoreAntibody: Known<SerologyResult>;
  };
  marrow: {
    clonalPlasmaCellPercent: Known<number>;
    date: Known<string>;
    mrd: Known<"negative" | "positive">;
  };
  imaging: {
    performed: Known<boolean>;
    modality: Known<ImagingModality>;
    osteolyticLesions: Known<number>;
    mriFocalLesions: Known<number>;
    newLesions: Known<boolean>;
    date: Known<string>;
  };
  biopsy: {
    plasmacytoma: { count: number; site: Known<PlasmacytomaSite>; sizeCm: Known<number> } | null;
    amyloid: Known<boolean>;
    amyloidType: Known<AmyloidType>;
  };
  cytogenetics: {
    del17p: Known<boolean>;
    del17pClonalFraction: Known<number>;
    tp53Mutation: Known<boolean>;
    t4_14: Known<boolean>;
    t14_16: Known<boolean>;
    t14_20: Known<boolean>;
    t11_14: Known<boolean>;
    gain1q: Known<boolean>;
    del1p32: Known<Del1p32>;
    monosomy13: Known<boolean>;
    trisomies: Known<boolean>;
    nonHyperdiploid: Known<boolean>;
    date: Known<string>;
  };
  fitness: { ecog: Known<number>; adl: Known<number>; iadl: Known<number>; charlson: Known<number> };
  transplant: { candidate: Known<TransplantCandidacy> };
  conditions: {
    renalFailureOnDialysis: Known<boolean>;
    /** Whether the team attributes the kidney impairment to the myeloma (review c60-M1). */
    kidneyImpairmentFromMyeloma: Known<boolean>;
    /** Whether the team attributes the anaemia to the myeloma (review c70-M2). */
    anaemiaFromMyeloma: Known<boolean>;
    /** Peripheral neuropathy present, its grade perhaps not recorded (review c74-U1). */
    peripheralNeuropathy: Known<boolean>;
    neuropathyGrade: Known<number>;
    neuropathyPainful: Known<boolean>;
    /** Pregnant now (review c74-U2). */
    pregnancy: Known<boolean>;
    heartFailure: Known<boolean>;
    /** The NYHA class as the team records it (review c18). */
    nyhaClass: Known<NyhaClass>;
    /** Hypertension as the team records it (review C10-W3, c11a). */
    hypertension: Known<Hypertension>;
    /** Hepatic impairment, "none" or its Child-Pugh class (review c13-3). */
    hepaticImpairment: Known<HepaticImpairment>;
    recurrentInfections: Known<boolean>;
    bonePain: Known<boolean>;
    hyperviscosity: Known<boolean>;
    constitutionalSymptoms: Known<boolean>;
    lymphadenopathy: Known<boolean>;
    hepatosplenomegaly: Known<boolean>;
    vteHistory: Known<boolean>;
    /** Anticoagulation or thromboprophylaxis taken now (review c9-F5). */
    anticoagulation: Known<Anticoagulation>;
    pathologicFracture: Known<boolean>;
    spinalCordCompression: Known<boolean>;
    amyloidOrgans: AmyloidOrgan[] | null;
    /** Anti-infective prophylaxis taken now as recorded (review c87-M3); null when not recorded. */
    infectionProphylaxis: InfectionProphylaxis[] | null;
  };
  treatmentHistory: TreatmentFact[];
  /** Drug allergies as recorded (review c74-M3); empty when none is recorded (not "no allergy": not known). */
  allergies: AllergyFact[];
  /** Values sent for a field and not used (record unusedValues, review c86-M2) that stand: per field the latest, unless
   * a used value of the field is dated after it (model/unused-values.ts); empty when there are none. */
  unusedValues: UnusedValueFact[];
  /** Dated values in canonical units, sorted by date (oldest first). */
  series: { [K in LabQuantityField]: SeriesValue[] } & {
    serumImmunofixation: { date: string; result: ImmunofixationResult }[];
    urineImmunofixation: { date: string; result: ImmunofixationResult }[];
    clonalPlasmaCellPercent: { date: string; value: number }[];
    /** Dated marrow MRD results (record series.mrd), oldest first; method and sensitivity null when not given. */
    mrd: MrdPoint[];
  };
}

/** One recorded drug allergy (review c74-M3): the substance as recorded (a generic name or "sulfonamides"). */
export interface AllergyFact {
  substance: string;
  criticality: AllergyCriticality | null;
  reaction: string | null;
  date: string | null;
}

/** One dated marrow MRD result (treatments.md 10: method, sensitivity, date). */
export interface MrdPoint {
  date: string;
  result: "negative" | "positive";
  method: "NGF" | "NGS" | "other" | null;
  sensitivity: number | null;
}

/** "unknown", null and absent all become null: never a default, never "normal". */
function known<T>(v: T | "unknown" | null | undefined): T | null {
  return v === undefined || v === null || v === "unknown" ? null : (v as T);
}

function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: walking zod's internal definition tree
  let node: any = schema;
  const unwrap = () => {
    for (;;) {
      const def = node?._zod?.def;
      if (!def) return;
      if (def.type === "optional" || def.type === "nullable" || def.type === "default") node = def.innerType;
      else if (def.type === "union")
        node = def.options.find((o: z.ZodType) => o._zod.def.type === "object") ?? def.options[0];
      else if (def.type === "pipe") node = def.in;
      else return;
    }
  };
  unwrap();
  for (const seg of path) {
    const def = node?._zod?.def;
    if (def?.type === "array") node = def.element;
    else if (def?.type === "object") node = own(def.shape, String(seg));
    else return [];
    unwrap();
  }
  const def = node?._zod?.def;
  return def?.type === "object" ? Object.keys(def.shape) : [];
}

const ASOF_MISSING = "expected an ISO 8601 date (YYYY-MM-DD): the date to assess for";

export interface NormalizeOptions {
  /** Used when the record has no asOf (surfaces pass today's date; the core never reads the clock). */
  defaultAsOf?: string;
}

/** On success, `record` is the input itself (keys in the caller's order): zod's copy would equal it,
 * so none is made. Facts share no object with it. */
export type NormalizeResult =
  | { ok: true; facts: Facts; record: PatientRecord }
  | { ok: false; issues: ValidationIssue[] };

/** Records in `issues` why toCanonical refuses `value unit` for `field` (a wrong or implausible
 * unit: the rare path, so the message is built only here). */
function refuse(
  field: QuantityField,
  value: number,
  unit: string,
  path: string,
  issues: ValidationIssue[],
): null {
  const res = toCanonical(field, value, unit);
  if (!res.ok) issues.push({ path, message: res.message });
  return null;
}

/* measure, limitOf and measurePoint convert as toCanonical does (lookUpUnit, then canonicalWith),
 * without its result object per value: a record has a dozen quantities. */

/** Converts one quantity to its canonical unit, or records what is wrong with it in `issues`. */
function measure(
  field: QuantityField,
  q: Quantity | "unknown" | null | undefined,
  path: string,
  issues: ValidationIssue[],
): Measured | null {
  if (q === undefined || q === null || q === "unknown") return null;
  const lookup = lookUpUnit(field, q.unit);
  const value = lookup.ok ? canonicalWith(lookup, q.value) : undefined;
  if (!lookup.ok || value === undefined) return refuse(field, q.value, q.unit, path, issues);
  return measured(
    value,
    lookup.canonical,
    reported(q.value, lookup.ucum),
    q.date ?? null,
    limitOf(lookup, field, q, q.upperLimitOfNormal, path, "upperLimitOfNormal", issues),
    limitOf(lookup, field, q, q.lowerLimitOfNormal, path, "lowerLimitOfNormal", issues),
    q.method ?? null,
  );
}

/* The objects below are made by one literal each, and their number fields hold whole numbers and
 * decimals alike. V8 keeps, for the objects of one literal, the kind of value each field has held
 * (none yet, small integers, decimals, other objects such as null, or any), and optimised code that
 * writes or reads a field assumes its kind. The kinds are learnt again from nothing whenever no object
 * of the literal is alive at a full garbage collection, which is the usual case between two records,
 * so the first records after a collection decided them: a limit that held only decimals and null was
 * taken as "objects only", and code optimised so was thrown away when a small integer came (V8 hands
 * on whole values of decimals as small integers), in this module and in every engine function that
 * copies the values (stop 16: assessFactsWith, buildSituation, alStageValues, recompiled mid-run).
 * So each literal is made, when this module loads, with null, a small integer and a decimal in every
 * number field, and those objects are kept for the life of the process: the fields then hold any
 * kind from the first record on, and no record or collection changes that. */

/** A Measured (one literal for every measured value: see above). */
function measured(
  value: number,
  unit: string,
  reportedAs: { value: number; unit: string },
  date: string | null,
  upperLimitOfNormal: number | null,
  lowerLimitOfNormal: number | null,
  method: Measured["method"],
): Measured {
  return { value, unit, reported: reportedAs, date, upperLimitOfNormal, lowerLimitOfNormal, method };
}

/** What the lab reported (one literal for every value and point: see above measured). */
function reported(value: number, unit: string): { value: number; unit: string } {
  return { value, unit };
}

/** A point of a series in the canonical unit (one literal: see above measured). */
function seriesValue(date: string, value: number, reportedAs: { value: number; unit: string }): SeriesValue {
  return { date, value, reported: reportedAs };
}

/** The marrow of Facts (one literal: see above measured; a percentage is whole or decimal). */
function marrowFacts(
  clonalPlasmaCellPercent: number | null,
  date: string | null,
  mrd: Facts["marrow"]["mrd"],
): Facts["marrow"] {
  return { clonalPlasmaCellPercent, date, mrd };
}

/** The imaging of Facts (one literal: see above measured; lesion counts are whole, or null). */
function imagingFacts(
  performed: boolean | null,
  modality: Facts["imaging"]["modality"],
  osteolyticLesions: number | null,
  mriFocalLesions: number | null,
  newLesions: boolean | null,
  date: string | null,
): Facts["imaging"] {
  return { performed, modality, osteolyticLesions, mriFocalLesions, newLesions, date };
}

/** Objects of the literals above with every kind of value in their number fields, kept for the life
 * of the process (see above measured) and never read. Filled by a function: a module's top-level
 * constant that no function reads is not kept once the module has loaded. */
const SETTLED_SHAPES: object[] = [];

function settleShapes(): void {
  for (const n of [null, 0, 0.5] as unknown as number[]) {
    const r = reported(n, "");
    SETTLED_SHAPES.push(
      measured(n, "", r, null, n, n, null),
      seriesValue("", n, r),
      marrowFacts(n, null, null),
      imagingFacts(null, null, n, n, null, null),
    );
  }
}
settleShapes();

/** A reference limit `v` of quantity `q` in the canonical unit, or null when absent or (with an
 * issue) wrong. */
function limitOf(
  lookup: KnownUnit,
  field: QuantityField,
  q: Quantity,
  v: number | undefined,
  path: string,
  name: string,
  issues: ValidationIssue[],
): number | null {
  if (v === undefined) return null;
  return canonicalWith(lookup, v) ?? refuse(field, v, q.unit, `${path}.${name}`, issues);
}

/** Oldest first; the sort is stable, so points of one date keep the record's order. */
function byDateOrder(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** `xs` sorted oldest first, in place. Most series are empty, hold one point or come oldest first
 * already, and a sort call costs even then (16 per record), so those are returned as they are: the
 * sort is stable, so it would leave them as they are too. */
function sortedByDate<T extends { date: string }>(xs: T[]): T[] {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1]!.date > xs[i]!.date) return xs.sort(byDateOrder);
  return xs;
}

/** By start date, then by the record's order. */
function byStartOrder(a: TreatmentFact, b: TreatmentFact): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.index - b.index;
}

/** The generic names of a line's drugs, in a new list. Filled by push from one literal, as treatmentsOf
 * fills its list: `drugs.map` made an empty list of another element kind than a filled one, and code
 * optimised on lines with drugs was thrown away at the first line with none (a "wrong map"
 * deoptimisation wherever the drugs are looped over). */
function genericNames(drugs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < drugs.length; i++) out.push(genericDrugName(drugs[i]!));
  return out;
}

/** The day an autologous stem cell transplant entry with no `end` was given: its `start` (review c68-m4). A transplant
 * (high-dose melphalan, then the stem cells given back: treatments.md 3c) is given on its day, as a CAR-T infusion is
 * (treatments.md 5b): read as still being given, it kept the line open ("week 57 of line 1", criteria-and-scores.md
 * 9.1) and the handout "getting over it" 8 months on. Only an entry flagged `asct` in the transplant phase, or with no
 * phase recorded (the line count reads it as the transplant: response/lines.ts phaseOf); one flagged in another phase
 * (an induction the transplant was part of) lasts more than a day, and its end is not guessed. Null otherwise. */
function transplantDay(t: NonNullable<PatientRecord["treatmentHistory"]>[number]): string | null {
  if (t.asct !== true) return null;
  if (t.phase === "transplant") return t.start;
  // With no phase recorded, only the conditioning itself (melphalan, or no drug named): an entry that also names
  // other drugs (an induction the transplant was part of) may still be given, and its end is not guessed.
  return t.phase === undefined && t.drugs.every((d) => d.trim().toLowerCase() === "melphalan")
    ? t.start
    : null;
}

/** Line `index` of the record's treatment history as a fact: a copy, its unknowns as null. */
function treatmentFact(
  t: NonNullable<PatientRecord["treatmentHistory"]>[number],
  index: number,
): TreatmentFact {
  return {
    index,
    regimen: t.regimen,
    drugs: genericNames(t.drugs),
    start: t.start,
    end: t.end ?? transplantDay(t),
    bestResponse: known(t.bestResponse),
    progressedOn: known(t.progressedOn),
    progressionDate: t.progressionDate ?? null,
    asct: t.asct ?? false,
    asctRecorded: t.asct !== undefined && t.asct !== null,
    phase: t.phase ?? null,
    plannedWithPrevious: t.plannedWithPrevious ?? null,
    stopReason: t.stopReason ?? null,
    cycles: t.cycles ?? null,
    setting: t.setting ?? null,
  };
}

/** The treatment lines of Facts by start date. Most records have none or one, or list them by start
 * date already, and a sort call costs even then, so those are not sorted: in the record's order, they
 * are in byStartOrder's. */
function treatmentsOf(lines: PatientRecord["treatmentHistory"]): TreatmentFact[] {
  // One array literal filled by push for every record, with lines or without: V8 then gives the empty
  // lists the element kind of the filled ones (the literal's allocation site learns it). A `[]` for
  // "none" beside `lines.map` made two kinds of array, and code optimised on records with no
  // treatment was thrown away at the first record with some (a "wrong map" deoptimisation in every
  // function that loops over the history).
  const facts: TreatmentFact[] = [];
  if (lines === undefined) return facts;
  for (let i = 0; i < lines.length; i++) facts.push(treatmentFact(lines[i]!, i));
  for (let i = 1; i < facts.length; i++)
    if (facts[i - 1]!.start > facts[i]!.start) return facts.sort(byStartOrder);
  return facts;
}

/** Converts point `index` of a field's series, or records what is wrong with it in `issues`. */
function measurePoint(
  field: LabQuantityField,
  p: SeriesPoint,
  index: number,
  issues: ValidationIssue[],
): SeriesValue | null {
  const lookup = lookUpUnit(field, p.unit);
  const value = lookup.ok ? canonicalWith(lookup, p.value) : undefined;
  if (!lookup.ok || value === undefined)
    return refuse(field, p.value, p.unit, `series.${field}.${index}`, issues);
  return seriesValue(p.date, value, reported(p.value, lookup.ucum));
}

/** Copies of `xs` (fields in the schema's order, as zod's parse wrote them), oldest first. */
function mrdByDate(xs: Parameters<typeof copyMrd>[0][] | undefined): MrdPoint[] {
  const out: MrdPoint[] = [];
  if (xs === undefined) return out;
  for (const x of xs) out.push(copyMrd(x));
  return sortedByDate(out);
}

function byDate<T extends { date: string }>(xs: readonly T[] | undefined, copy: (x: T) => T): T[] {
  // Filled by push, empty or not: one element kind for every record (see treatmentsOf).
  const out: T[] = [];
  if (xs === undefined) return out;
  for (const x of xs) out.push(copy(x));
  return sortedByDate(out);
}

type RecordLabs = NonNullable<PatientRecord["labs"]>;
type RecordSeries = NonNullable<PatientRecord["series"]>;

/* The functions below name every field of LAB_QUANTITY_FIELDS, in its order, rather than loop
 * over the list: a loop writes and reads the objects by a variable key, which V8 does through a slow
 * generic path (about a fifth of factsOf), while named fields of one object literal are direct.
 * TypeScript checks that no field is missing from the literals; src/model/facts.test.ts checks the
 * order, and that the key walk of labsOf leaves out none. */

/** The labs of Facts: quantities converted (their issues pushed to `issues`), unknowns as null.
 *
 * The labs of a record come in hundreds of key sets, and V8 reads a property by name from that many
 * shapes slowly (~50 ns a name even when absent: about 1 µs for the 20 names). So the labs of plain
 * data (what JSON.parse makes) are walked key by key instead, overwriting the object labsByName
 * makes for NO_LABS: the walk meets every key the labs hold (see isPlainData), and NO_LABS answers
 * for every other name as the labs would. A refused quantity sends the labs the slow way, so the
 * issues come in the fields' order. */
function labsOf(l: RecordLabs, issues: ValidationIssue[]): Facts["labs"] {
  if (!isPlainData(l)) return labsByName(l, issues);
  const before = issues.length;
  const out = labsByName(NO_LABS, issues);
  for (const key in l) {
    const v = l[key as keyof RecordLabs];
    switch (key) {
      case "serumMProtein":
        out.serumMProtein = measure("serumMProtein", v as LabQuantity, "labs.serumMProtein", issues);
        break;
      case "urineMProtein":
        out.urineMProtein = measure("urineMProtein", v as LabQuantity, "labs.urineMProtein", issues);
        break;
      case "involvedFreeLightChain":
        out.involvedFreeLightChain = measure(
          "involvedFreeLightChain",
          v as LabQuantity,
          "labs.involvedFreeLightChain",
          issues,
        );
        break;
      case "uninvolvedFreeLightChain":
        out.uninvolvedFreeLightChain = measure(
          "uninvolvedFreeLightChain",
          v as LabQuantity,
          "labs.uninvolvedFreeLightChain",
          issues,
        );
        break;
      case "calcium":
        out.calcium = measure("calcium", v as LabQuantity, "labs.calcium", issues);
        break;
      case "creatinine":
        out.creatinine = measure("creatinine", v as LabQuantity, "labs.creatinine", issues);
        break;
      case "hemoglobin":
        out.hemoglobin = measure("hemoglobin", v as LabQuantity, "labs.hemoglobin", issues);
        break;
      case "albumin":
        out.albumin = measure("albumin", v as LabQuantity, "labs.albumin", issues);
        break;
      case "beta2Microglobulin":
        out.beta2Microglobulin = measure(
          "beta2Microglobulin",
          v as LabQuantity,
          "labs.beta2Microglobulin",
          issues,
        );
        break;
      case "ldh":
        out.ldh = measure("ldh", v as LabQuantity, "labs.ldh", issues);
        break;
      case "ntProBnp":
        out.ntProBnp = measure("ntProBnp", v as LabQuantity, "labs.ntProBnp", issues);
        break;
      case "troponinT":
        out.troponinT = measure("troponinT", v as LabQuantity, "labs.troponinT", issues);
        break;
      case "igg":
        out.igg = measure("igg", v as LabQuantity, "labs.igg", issues);
        break;
      case "iga":
        out.iga = measure("iga", v as LabQuantity, "labs.iga", issues);
        break;
      case "igm":
        out.igm = measure("igm", v as LabQuantity, "labs.igm", issues);
        break;
      case "measuredCreatinineClearance":
        out.measuredCreatinineClearance = measure(
          "measuredCreatinineClearance",
          v as LabQuantity,
          "labs.measuredCreatinineClearance",
          issues,
        );
        break;
      case "neutrophils":
        out.neutrophils = measure("neutrophils", v as LabQuantity, "labs.neutrophils", issues);
        break;
      case "platelets":
        out.platelets = measure("platelets", v as LabQuantity, "labs.platelets", issues);
        break;
      case "urineTotalProtein":
        out.urineTotalProtein = measure(
          "urineTotalProtein",
          v as LabQuantity,
          "labs.urineTotalProtein",
          issues,
        );
        break;
      case "circulatingPlasmaCells":
        out.circulatingPlasmaCells = measure(
          "circulatingPlasmaCells",
          v as LabQuantity,
          "labs.circulatingPlasmaCells",
          issues,
        );
        break;
      case "heavyChain":
        out.heavyChain = known(v as RecordLabs["heavyChain"]);
        break;
      case "lightChain":
        out.lightChain = known(v as RecordLabs["lightChain"]);
        break;
      case "serumImmunofixation":
        out.serumImmunofixation = known(v as RecordLabs["serumImmunofixation"]);
        break;
      case "urineImmunofixation":
        out.urineImmunofixation = known(v as RecordLabs["urineImmunofixation"]);
        break;
      case "hepatitisBSurfaceAntigen":
        out.hepatitisBSurfaceAntigen = known(v as RecordLabs["hepatitisBSurfaceAntigen"]);
        break;
      case "hepatitisBCoreAntibody":
        out.hepatitisBCoreAntibody = known(v as RecordLabs["hepatitisBCoreAntibody"]);
        break;
    }
  }
  if (issues.length === before) return out;
  issues.length = before;
  return labsByName(l, issues);
}

type LabQuantity = RecordLabs[LabQuantityField];

/** Labs with no key of their own, whose prototype (like that of plain data) is Object.prototype:
 * labsByName(NO_LABS) gives every field what a read by name gives for a name the labs do not hold,
 * Object.prototype's value (nothing, unless some code wrote a lab name there). Never modified. */
const NO_LABS: RecordLabs = Object.freeze({});

/** labsOf by reading every field by name. */
function labsByName(l: RecordLabs, issues: ValidationIssue[]): Facts["labs"] {
  return {
    serumMProtein: measure("serumMProtein", l.serumMProtein, "labs.serumMProtein", issues),
    urineMProtein: measure("urineMProtein", l.urineMProtein, "labs.urineMProtein", issues),
    involvedFreeLightChain: measure(
      "involvedFreeLightChain",
      l.involvedFreeLightChain,
      "labs.involvedFreeLightChain",
      issues,
    ),
    uninvolvedFreeLightChain: measure(
      "uninvolvedFreeLightChain",
      l.uninvolvedFreeLightChain,
      "labs.uninvolvedFreeLightChain",
      issues,
    ),
    calcium: measure("calcium", l.calcium, "labs.calcium", issues),
    creatinine: measure("creatinine", l.creatinine, "labs.creatinine", issues),
    hemoglobin: measure("hemoglobin", l.hemoglobin, "labs.hemoglobin", issues),
    albumin: measure("albumin", l.albumin, "labs.albumin", issues),
    beta2Microglobulin: measure(
      "beta2Microglobulin",
      l.beta2Microglobulin,
      "labs.beta2Microglobulin",
      issues,
    ),
    ldh: measure("ldh", l.ldh, "labs.ldh", issues),
    ntProBnp: measure("ntProBnp", l.ntProBnp, "labs.ntProBnp", issues),
    troponinT: measure("troponinT", l.troponinT, "labs.troponinT", issues),
    igg: measure("igg", l.igg, "labs.igg", issues),
    iga: measure("iga", l.iga, "labs.iga", issues),
    igm: measure("igm", l.igm, "labs.igm", issues),
    measuredCreatinineClearance: measure(
      "measuredCreatinineClearance",
      l.measuredCreatinineClearance,
      "labs.measuredCreatinineClearance",
      issues,
    ),
    neutrophils: measure("neutrophils", l.neutrophils, "labs.neutrophils", issues),
    platelets: measure("platelets", l.platelets, "labs.platelets", issues),
    urineTotalProtein: measure("urineTotalProtein", l.urineTotalProtein, "labs.urineTotalProtein", issues),
    circulatingPlasmaCells: measure(
      "circulatingPlasmaCells",
      l.circulatingPlasmaCells,
      "labs.circulatingPlasmaCells",
      issues,
    ),
    heavyChain: known(l.heavyChain),
    lightChain: known(l.lightChain),
    serumImmunofixation: known(l.serumImmunofixation),
    urineImmunofixation: known(l.urineImmunofixation),
    hepatitisBSurfaceAntigen: known(l.hepatitisBSurfaceAntigen),
    hepatitisBCoreAntibody: known(l.hepatitisBCoreAntibody),
  };
}

/** The dated points of one lab quantity, converted (their issues pushed to `issues`), oldest first. */
function seriesOf(
  field: LabQuantityField,
  raw: readonly SeriesPoint[] | undefined,
  issues: ValidationIssue[],
): SeriesValue[] {
  const points: SeriesValue[] = [];
  if (raw) {
    for (let i = 0; i < raw.length; i++) {
      const v = measurePoint(field, raw[i]!, i, issues);
      if (v) points.push(v);
    }
  }
  return sortedByDate(points);
}

/** A dated immunofixation result of the series, copied (fields in the schema's order, as zod's parse
 * wrote them). A function of its own, not a closure made per record. */
function copyFixation(x: { date: string; result: ImmunofixationResult }): {
  date: string;
  result: ImmunofixationResult;
} {
  return { date: x.date, result: x.result };
}

/** A dated plasma-cell percentage of the series, copied (see copyFixation). */
function copyPercent(x: { date: string; value: number }): { date: string; value: number } {
  return { date: x.date, value: x.value };
}

/** A dated MRD result of the series, copied with its method and sensitivity (null when not given). */
function copyMrd(x: {
  date: string;
  result: "negative" | "positive";
  method?: "NGF" | "NGS" | "other" | undefined;
  sensitivity?: number | undefined;
}): MrdPoint {
  return { date: x.date, result: x.result, method: x.method ?? null, sensitivity: x.sensitivity ?? null };
}

/** The series of Facts: every field an array (empty when the record has none), oldest first. Read
 * by name: a key walk like that of labsOf was measured slower here (within assessCompact, 1.0% of the
 * time against 0.4%), the series having fewer key sets than the labs. */
function seriesFactsOf(s: RecordSeries, issues: ValidationIssue[]): Facts["series"] {
  return {
    serumMProtein: seriesOf("serumMProtein", s.serumMProtein, issues),
    urineMProtein: seriesOf("urineMProtein", s.urineMProtein, issues),
    involvedFreeLightChain: seriesOf("involvedFreeLightChain", s.involvedFreeLightChain, issues),
    uninvolvedFreeLightChain: seriesOf("uninvolvedFreeLightChain", s.uninvolvedFreeLightChain, issues),
    calcium: seriesOf("calcium", s.calcium, issues),
    creatinine: seriesOf("creatinine", s.creatinine, issues),
    hemoglobin: seriesOf("hemoglobin", s.hemoglobin, issues),
    albumin: seriesOf("albumin", s.albumin, issues),
    beta2Microglobulin: seriesOf("beta2Microglobulin", s.beta2Microglobulin, issues),
    ldh: seriesOf("ldh", s.ldh, issues),
    ntProBnp: seriesOf("ntProBnp", s.ntProBnp, issues),
    troponinT: seriesOf("troponinT", s.troponinT, issues),
    igg: seriesOf("igg", s.igg, issues),
    iga: seriesOf("iga", s.iga, issues),
    igm: seriesOf("igm", s.igm, issues),
    measuredCreatinineClearance: seriesOf(
      "measuredCreatinineClearance",
      s.measuredCreatinineClearance,
      issues,
    ),
    neutrophils: seriesOf("neutrophils", s.neutrophils, issues),
    platelets: seriesOf("platelets", s.platelets, issues),
    urineTotalProtein: seriesOf("urineTotalProtein", s.urineTotalProtein, issues),
    circulatingPlasmaCells: seriesOf("circulatingPlasmaCells", s.circulatingPlasmaCells, issues),
    serumImmunofixation: byDate(s.serumImmunofixation, copyFixation),
    urineImmunofixation: byDate(s.urineImmunofixation, copyFixation),
    clonalPlasmaCellPercent: byDate(s.clonalPlasmaCellPercent, copyPercent),
    mrd: mrdByDate(s.mrd),
  };
}

function asObject(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** The unit and plausibility issues of every quantity of a raw input that is well formed on its own.
 * Run when the schema refuses the record, so a misspelt field elsewhere never hides a wrong unit:
 * the user sees every problem in one pass. */
function quantityIssuesOfRaw(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const root = asObject(input);
  if (!root) return issues;
  const labs = asObject(root.labs);
  const series = asObject(root.series);
  const patient = asObject(root.patient);
  for (const k of LAB_QUANTITY_FIELDS) {
    const q = Quantity.safeParse(labs && Object.hasOwn(labs, k) ? labs[k] : undefined);
    if (q.success) measure(k, q.data, `labs.${k}`, issues);
    const points = series && Object.hasOwn(series, k) ? series[k] : undefined;
    if (Array.isArray(points)) {
      points.forEach((raw, i) => {
        const point = SeriesPoint.safeParse(raw);
        if (point.success) measurePoint(k, point.data, i, issues);
      });
    }
  }
  for (const k of ["weight", "height"] as const) {
    const q = Quantity.safeParse(patient && Object.hasOwn(patient, k) ? patient[k] : undefined);
    if (q.success) measure(k, q.data, `patient.${k}`, issues);
  }
  return issues;
}

/** Whether two dotted paths name the same field or one lies inside the other. */
function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/** Validates an unknown input against PatientRecord v1 and converts it to Facts. Every problem is
 * reported at once: schema issues (misspelt fields, wrong types) together with the unit and
 * plausibility issues of the quantities that are well formed. */
export function normalizeRecord(input: unknown, options: NormalizeOptions = {}): NormalizeResult {
  // Nearly every record is valid: the generated check says so in a fraction of zod's time, and zod
  // would return an equal copy, so the record is used as it came. Anything else goes through zod,
  // which gives the messages.
  if (isValidRecord(input)) return factsOf(input, options);
  const parsed = PatientRecord.safeParse(input);
  if (!parsed.success) {
    const issues = flattenIssues(parsed.error.issues, (p) => keysAt(PatientRecord, p));
    for (const unitIssue of quantityIssuesOfRaw(input)) {
      if (!issues.some((i) => overlaps(i.path, unitIssue.path))) issues.push(unitIssue);
    }
    const root = asObject(input);
    if (root && root.asOf === undefined && !options.defaultAsOf && !issues.some((i) => i.path === "asOf"))
      issues.push({ path: "asOf", message: ASOF_MISSING });
    const asOf =
      root && typeof root.asOf === "string" && isIsoDate(root.asOf) ? root.asOf : options.defaultAsOf;
    if (asOf) {
      for (const dateIssue of datesAfterAsOf(input, asOf)) {
        if (!issues.some((i) => overlaps(i.path, dateIssue.path))) issues.push(dateIssue);
      }
    }
    return { ok: false, issues };
  }
  return factsOf(parsed.data, options);
}

/** The labs whose two values of one day are read cautiously, and which way a value is worse: the kidney, calcium
 * and the blood counts the warnings and doses act on (review c25-6: neutrophils 0.9 in the labs and 0.3 in the
 * series, both of one day, dropped the "withhold teclistamab" warning). IgG is not here: in IgG-type disease a
 * higher total is more disease, a lower one the immunoparesis. */
export const SAME_DAY_WORSE: Readonly<Partial<Record<LabQuantityField, "higher" | "lower">>> = {
  creatinine: "higher",
  calcium: "higher",
  hemoglobin: "lower",
  neutrophils: "lower",
  platelets: "lower",
};

/** The current value of a lab, which every reading of "today" takes: the record's lab value, unless the
 * series holds a later dated value, or the record has no lab value, when the series' latest is. An undated
 * lab value stays today's (the record's convention: an undated lab is the current one; kidney-on-treatment.ts
 * asks for a creatinine's date). Two values of the latest day, of a lab in SAME_DAY_WORSE, read the worse (the cautious
 * reading; data-quality.ts says when they lie on either side of a level). Review c23-1 (creatinine): a dated
 * `labs.creatinine` of January gave a CrCl of 68 mL/min and zoledronic acid at 4 mg while the series held
 * 3.1 mg/dL from last week. Review c25 (every lab): a `labs.neutrophils` of 2.6 x10^9/L dated the day before
 * teclistamab hid the series' 0.3 of last week, and with it the "withhold the bispecific" warning. */
function currentLab(
  field: LabQuantityField,
  lab: Measured | null,
  series: readonly SeriesValue[],
): Measured | null {
  const last = series[series.length - 1];
  if (last === undefined || (lab !== null && (lab.date === null || lab.date > last.date))) return lab;
  const worse = SAME_DAY_WORSE[field];
  // The point of the latest day read: the worst of that day's for a lab in SAME_DAY_WORSE (the lab's own among them).
  let pick: { value: number } | SeriesValue = lab !== null && lab.date === last.date ? lab : last;
  if (worse !== undefined)
    for (let i = series.length - 1; i >= 0 && series[i]!.date === last.date; i--) {
      const p = series[i]!;
      if (worse === "higher" ? p.value > pick.value : p.value < pick.value) pick = p;
    }
  else if (pick === lab) return lab;
  return pick === lab ? lab : fromSeries(field, pick as SeriesValue, lab);
}

/** A series point as the current value. The record's reference limits and assay method for the test go with it
 * (review c25-1, -2, -3, -8: a calcium upper limit, a haemoglobin lower limit, an LDH upper limit and a
 * high-sensitivity troponin method were lost with the move, and with them CRAB criteria, the R-ISS and the
 * Mayo 2012 stage): a series point carries none, and the record gives one set per test. */
function fromSeries(field: LabQuantityField, p: SeriesValue, lab: Measured | null): Measured | null {
  const lookup = lookUpUnit(field, p.reported.unit);
  if (!lookup.ok) return lab;
  return measured(
    p.value,
    lookup.canonical,
    p.reported,
    p.date,
    lab?.upperLimitOfNormal ?? null,
    lab?.lowerLimitOfNormal ?? null,
    // The assay method only for a value reported in the lab's own unit (review c26-5: a troponin T in ng/mL
    // beside a high-sensitivity one in ng/L may be a conventional assay; criteria-and-scores.md 5.2: never
    // convert between assays).
    lab !== null && lab.reported.unit === p.reported.unit ? lab.method : null,
  );
}

/** The two free light chains are read as a pair of one day (review c25-4: a new involved value over an
 * uninvolved one from 18 months before gave a ratio of 106 and active myeloma): the pair of the latest day on
 * which both were measured, from the labs or the series; when a value of one chain is later than that pair,
 * neither (review c26-2: the old pair read as today's hid a new involved value of 850 mg/L). An undated lab
 * value of the pair stays today's, as for every lab. */
const FLC_PAIR = ["involvedFreeLightChain", "uninvolvedFreeLightChain"] as const;

/** The latest date on which the series hold both free light chains, or null (data-quality.ts reads it too). */
export function latestPairDate(
  involved: readonly SeriesValue[],
  uninvolved: readonly SeriesValue[],
): string | null {
  for (let i = involved.length - 1; i >= 0; i--) {
    const date = involved[i]!.date;
    if (uninvolved.some((p) => p.date === date)) return date;
  }
  return null;
}

/** The last point of one day (the day is among the points; slim.ts reads the disputing pair with it too). */
export function lastOfDay(points: readonly SeriesValue[], date: string): SeriesValue {
  let i = points.length - 1;
  while (points[i]!.date !== date) i--;
  return points[i]!;
}

/** The series' points with the lab's dated value among them, once (the same points when it is undated, absent
 * or there already). */
export function withLabPoint(points: SeriesValue[], lab: Measured | null): SeriesValue[] {
  const date = lab?.date;
  if (!date || points.some((p) => p.date === date && p.value === lab!.value)) return points;
  return sortedByDate([...points, seriesValue(date, lab!.value, lab!.reported)]);
}

/** Every lab value made the current one (currentLab; the free light chains as a pair); a lab's own dated value
 * it replaces stays in the series (once: not again when the series holds it already): nothing recorded is lost
 * to the readings of change. */
function withCurrentLabs(labs: Facts["labs"], series: Facts["series"]): void {
  const replace = (field: LabQuantityField, now: Measured | null): void => {
    const old = labs[field];
    if (now === old) return;
    series[field] = withLabPoint(series[field], old);
    labs[field] = now;
  };
  for (const field of LAB_QUANTITY_FIELDS) {
    if (field === "involvedFreeLightChain" || field === "uninvolvedFreeLightChain") continue;
    if (series[field].length > 0) replace(field, currentLab(field, labs[field], series[field]));
  }
  const [inv, uninv] = FLC_PAIR;
  const li = labs[inv];
  const lu = labs[uninv];
  if (li?.date === null || lu?.date === null) return;
  // The labs' dated values among the series' points: which pair is of the latest day, if any.
  const invPoints = withLabPoint(series[inv], li);
  const unPoints = withLabPoint(series[uninv], lu);
  const date = latestPairDate(invPoints, unPoints);
  if (date === null) return;
  const last = (points: readonly SeriesValue[]) => points[points.length - 1]?.date ?? "";
  if (last(invPoints) > date || last(unPoints) > date) {
    // Review c26-2: a later value of one chain without the other of its day. The pair of today is not known
    // (never two dates, never the older pair as today's): both read as not measured, every value kept in the
    // series; data-quality.ts says which value lacks its partner.
    replace(inv, null);
    replace(uninv, null);
    return;
  }
  if (li?.date === date && lu?.date === date) return;
  for (const field of FLC_PAIR) {
    const lab = labs[field];
    if (lab?.date === date) continue;
    replace(field, fromSeries(field, lastOfDay(series[field], date), lab));
  }
}

/** What a section the record leaves out is read as: an object with no key of its own whose prototype
 * is Object.prototype, so every read gives what a read of a fresh `{}` gives. Shared and frozen,
 * rather than an empty object a missing section per record. */
const NO_SECTION: Readonly<Record<string, undefined>> = Object.freeze({});

/** Converts a record zod accepts into Facts. The record may be the caller's own object (see
 * normalizeRecord), so every array and object of it that Facts keeps is copied, as zod's parse did. */
function factsOf(r: PatientRecord, options: NormalizeOptions): NormalizeResult {
  const issues: ValidationIssue[] = [];

  const asOf = r.asOf ?? options.defaultAsOf;
  if (!asOf) issues.push({ path: "asOf", message: ASOF_MISSING });

  // Issues in the order of the record's sections: labs, series, then the patient's quantities.
  const labs = labsOf(r.labs ?? NO_LABS, issues);
  const series = seriesFactsOf(r.series ?? NO_SECTION, issues);
  withCurrentLabs(labs, series);

  const p = r.patient ?? NO_SECTION;
  const weight = measure("weight", p.weight, "patient.weight", issues);
  const height = measure("height", p.height, "patient.height", issues);
  const im = r.imaging ?? NO_SECTION;
  const bx = r.biopsy ?? NO_SECTION;
  const cg = r.cytogenetics ?? NO_SECTION;
  const fit = r.fitness ?? NO_SECTION;
  const cond = r.conditions ?? NO_SECTION;
  const mw = r.marrow ?? NO_SECTION;
  const pc = bx.plasmacytoma;

  // The dates after asOf come first, in the order of the record's sections (datesAfterAsOf). The
  // record is read for them only when there is something to report: on the usual path the Facts
  // below, which hold every date datesAfterAsOf reads, are checked instead (latestAfter).
  if (issues.length > 0) {
    if (asOf) issues.unshift(...datesAfterAsOf(r, asOf));
    return { ok: false, issues };
  }

  const facts: Facts = {
    id: r.id ?? null,
    asOf: asOf!,
    patient: {
      age: known(p.age),
      sex: known(p.sex),
      weightKg: weight?.value ?? null,
      heightCm: height?.value ?? null,
    },
    labs,
    marrow: marrowFacts(known(mw.clonalPlasmaCellPercent), mw.date ?? null, known(mw.mrd)),
    imaging: imagingFacts(
      known(im.performed),
      known(im.modality),
      known(im.osteolyticLesions),
      known(im.mriFocalLesions),
      known(im.newLesions),
      im.date ?? null,
    ),
    biopsy: {
      plasmacytoma:
        pc === undefined || pc === null || pc === "unknown"
          ? null
          : { count: pc.count, site: known(pc.site), sizeCm: pc.sizeCm ?? null },
      amyloid: known(bx.amyloid),
      amyloidType: known(bx.amyloidType),
    },
    cytogenetics: {
      del17p: known(cg.del17p),
      del17pClonalFraction: known(cg.del17pClonalFraction),
      tp53Mutation: known(cg.tp53Mutation),
      t4_14: known(cg.t4_14),
      t14_16: known(cg.t14_16),
      t14_20: known(cg.t14_20),
      t11_14: known(cg.t11_14),
      gain1q: known(cg.gain1q),
      del1p32: known(cg.del1p32),
      monosomy13: known(cg.monosomy13),
      trisomies: known(cg.trisomies),
      nonHyperdiploid: known(cg.nonHyperdiploid),
      date: cg.date ?? null,
    },
    fitness: {
      ecog: known(fit.ecog),
      adl: known(fit.adl),
      iadl: known(fit.iadl),
      charlson: known(fit.charlson),
    },
    transplant: { candidate: known(r.transplant?.candidate) },
    conditions: {
      renalFailureOnDialysis: known(cond.renalFailureOnDialysis),
      kidneyImpairmentFromMyeloma: known(cond.kidneyImpairmentFromMyeloma),
      anaemiaFromMyeloma: known(cond.anaemiaFromMyeloma),
      peripheralNeuropathy: known(cond.peripheralNeuropathy),
      neuropathyGrade: known(cond.neuropathyGrade),
      neuropathyPainful: known(cond.neuropathyPainful),
      pregnancy: known(cond.pregnancy),
      heartFailure: known(cond.heartFailure),
      nyhaClass: known(cond.nyhaClass),
      hypertension: known(cond.hypertension),
      hepaticImpairment: known(cond.hepaticImpairment),
      recurrentInfections: known(cond.recurrentInfections),
      bonePain: known(cond.bonePain),
      hyperviscosity: known(cond.hyperviscosity),
      constitutionalSymptoms: known(cond.constitutionalSymptoms),
      lymphadenopathy: known(cond.lymphadenopathy),
      hepatosplenomegaly: known(cond.hepatosplenomegaly),
      vteHistory: known(cond.vteHistory),
      anticoagulation: known(cond.anticoagulation),
      pathologicFracture: known(cond.pathologicFracture),
      spinalCordCompression: known(cond.spinalCordCompression),
      amyloidOrgans: cond.amyloidOrgans ? [...cond.amyloidOrgans] : null,
      infectionProphylaxis: cond.infectionProphylaxis ? [...new Set(cond.infectionProphylaxis)] : null,
    },
    treatmentHistory: treatmentsOf(r.treatmentHistory),
    allergies: (r.allergies ?? []).map((x) => ({
      substance: x.substance,
      criticality: x.criticality ?? null,
      reaction: x.reaction ?? null,
      date: x.date ?? null,
    })),
    series,
    unusedValues: NO_UNUSED,
  };
  if (r.unusedValues !== undefined && r.unusedValues.length > 0)
    facts.unusedValues = standingUnusedValues(r.unusedValues, (field) => usedDates(facts, field));
  if (anyDateAfter(facts, asOf!)) return { ok: false, issues: datesAfterAsOf(r, asOf!) };
  return { ok: true, facts, record: r };
}

/** No value sent and not used (shared: never modified). */
const NO_UNUSED: UnusedValueFact[] = [];

/** The dates of the used values of a field (null for an undated one): its current value and its series. */
function usedDates(f: Facts, field: UnusedValueFact["field"]): (string | null)[] {
  if (field === "marrow.clonalPlasmaCellPercent")
    return [
      ...(f.marrow.clonalPlasmaCellPercent === null ? [] : [f.marrow.date]),
      ...f.series.clonalPlasmaCellPercent.map((p) => p.date),
    ];
  if (field === "patient.weight" || field === "patient.height") {
    // Weight and height carry no date in the facts: a used one is read as undated (it makes no dated entry moot).
    return (field === "patient.weight" ? f.patient.weightKg : f.patient.heightCm) === null ? [] : [null];
  }
  const lab = field.slice(5) as LabQuantityField;
  const current = f.labs[lab];
  return [...(current === null ? [] : [current.date]), ...f.series[lab].map((p) => p.date)];
}

/** Whether `date` (a well-formed date or null) lies after `asOf`. Dates written YYYY-MM-DD compare as
 * strings in calendar order, as datesAfterAsOf compares them. */
function after(date: string | null, asOf: string): boolean {
  return date !== null && date > asOf;
}

function measuredAfter(m: Measured | null, asOf: string): boolean {
  return m !== null && m.date !== null && m.date > asOf;
}

function pointsAfter(points: readonly { date: string }[], asOf: string): boolean {
  for (let i = 0; i < points.length; i++) if (points[i]!.date > asOf) return true;
  return false;
}

/** Whether datesAfterAsOf has something to report for the record whose Facts are `f` (built with no
 * issue, so that every dated value of the record is in them): the dates of the lab quantities, the
 * marrow, the imaging, the cytogenetics, the treatment lines and every series point. Reading the
 * Facts, whose objects all have one shape each, costs a fraction of walking the record. The fields
 * are named (not looped over) for the reason given above labsOf. */
function anyDateAfter(f: Facts, asOf: string): boolean {
  const l = f.labs;
  const s = f.series;
  if (
    measuredAfter(l.serumMProtein, asOf) ||
    measuredAfter(l.urineMProtein, asOf) ||
    measuredAfter(l.involvedFreeLightChain, asOf) ||
    measuredAfter(l.uninvolvedFreeLightChain, asOf) ||
    measuredAfter(l.calcium, asOf) ||
    measuredAfter(l.creatinine, asOf) ||
    measuredAfter(l.hemoglobin, asOf) ||
    measuredAfter(l.albumin, asOf) ||
    measuredAfter(l.beta2Microglobulin, asOf) ||
    measuredAfter(l.ldh, asOf) ||
    measuredAfter(l.ntProBnp, asOf) ||
    measuredAfter(l.troponinT, asOf) ||
    measuredAfter(l.igg, asOf) ||
    measuredAfter(l.iga, asOf) ||
    measuredAfter(l.igm, asOf) ||
    measuredAfter(l.measuredCreatinineClearance, asOf) ||
    measuredAfter(l.neutrophils, asOf) ||
    measuredAfter(l.platelets, asOf) ||
    measuredAfter(l.urineTotalProtein, asOf) ||
    measuredAfter(l.circulatingPlasmaCells, asOf) ||
    after(f.marrow.date, asOf) ||
    after(f.imaging.date, asOf) ||
    after(f.cytogenetics.date, asOf) ||
    pointsAfter(s.serumMProtein, asOf) ||
    pointsAfter(s.urineMProtein, asOf) ||
    pointsAfter(s.involvedFreeLightChain, asOf) ||
    pointsAfter(s.uninvolvedFreeLightChain, asOf) ||
    pointsAfter(s.calcium, asOf) ||
    pointsAfter(s.creatinine, asOf) ||
    pointsAfter(s.hemoglobin, asOf) ||
    pointsAfter(s.albumin, asOf) ||
    pointsAfter(s.beta2Microglobulin, asOf) ||
    pointsAfter(s.ldh, asOf) ||
    pointsAfter(s.ntProBnp, asOf) ||
    pointsAfter(s.troponinT, asOf) ||
    pointsAfter(s.igg, asOf) ||
    pointsAfter(s.iga, asOf) ||
    pointsAfter(s.igm, asOf) ||
    pointsAfter(s.measuredCreatinineClearance, asOf) ||
    pointsAfter(s.neutrophils, asOf) ||
    pointsAfter(s.platelets, asOf) ||
    pointsAfter(s.urineTotalProtein, asOf) ||
    pointsAfter(s.circulatingPlasmaCells, asOf) ||
    pointsAfter(s.serumImmunofixation, asOf) ||
    pointsAfter(s.urineImmunofixation, asOf) ||
    pointsAfter(s.clonalPlasmaCellPercent, asOf) ||
    pointsAfter(s.mrd, asOf)
  )
    return true;
  for (const t of f.treatmentHistory)
    if (t.start > asOf || after(t.end, asOf) || after(t.progressionDate, asOf)) return true;
  for (const x of f.allergies) if (after(x.date, asOf)) return true;
  for (const x of f.unusedValues) if (after(x.date, asOf)) return true;
  return false;
}

/** Like normalizeRecord, but throws an MmnavError (code INVALID_RECORD) listing every issue. */
export function toFacts(input: unknown, options: NormalizeOptions = {}): Facts {
  const res = normalizeRecord(input, options);
  if (!res.ok) throw invalidRecord(res.issues);
  return res.facts;
}

/** CRAB features of IMWG 2014 (criteria-and-scores.md 1.1): hypercalcaemia, renal insufficiency,
 * anaemia, bone lesions. Each is met / not-met / unknown, never "normal" for lack of a test. */
import type { ImagingModality } from "../../model/enums.js";
import type { Facts, Measured } from "../../model/facts.js";
import { merged } from "../../model/merged.js";
import type { UnusedValueField } from "../../model/record.js";
import type { MissingInput, Truth } from "../../model/trace.js";
import { CHECK_THE_VALUE_SENT, unusedValueOf, unusedValueWords } from "../../model/unused-values.js";
import {
  calculateCrclCockcroftGault,
  calculateEgfrCkdEpi2021,
  crclCockcroftGaultValue,
  egfrCkdEpi2021Value,
  type KidneyInput,
} from "../../scores/kidney/kidney.js";
import { type CriterionResult, criterion, gt, gte, lt, MET, NOT_MET, or, round, UNKNOWN } from "./logic.js";
import { type InSystem, inReportedSystem, type ReportedValue, unitPair } from "./reported-unit.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";
import { beforeWords, workUpBeforeSmmLevel } from "./work-up-dates.js";

const need = (field: string, neededFor: string): MissingInput => ({ field, neededFor });

// Each threshold pair as written in the reference (criteria-and-scores.md 1.1), per unit system: the
// absolute limit and the distance from the reference limit.
const CALCIUM_UNITS = unitPair("mmol/L", "mg/dL");
const CALCIUM_LIMITS = { SI: { abs: 2.75, rel: 0.25 }, conventional: { abs: 11, rel: 1 } } as const;
const CREATININE_UNITS = unitPair("umol/L", "mg/dL");
const HEMOGLOBIN_UNITS = unitPair("g/L", "g/dL");
const HEMOGLOBIN_LIMITS = { SI: { abs: 100, rel: 20 }, conventional: { abs: 10, rel: 2 } } as const;

/** A CRAB lab read in its reported unit system, against the reference's threshold pair for that system. */
interface LabReading {
  v: InSystem;
  limits: { readonly abs: number; readonly rel: number };
}

/** Which test of a threshold pair decided: the absolute limit, the distance from the reference limit, neither
 * (`within`), or neither with the reference limit unknown (`no-limit`: only the absolute test was possible). */
type PairFinding = "absolute" | "relative" | "within" | "no-limit";

/** A threshold pair is met by either test. */
const pairTruth = (finding: PairFinding): Truth =>
  finding === "absolute" || finding === "relative" ? MET : NOT_MET;

function calciumReading(ca: Measured): LabReading {
  const v = inReportedSystem(ca, "calcium", CALCIUM_UNITS);
  return { v, limits: CALCIUM_LIMITS[v.system] };
}

/** Hypercalcaemia: > 11 mg/dL (2.75 mmol/L), or > 1 mg/dL (0.25 mmol/L) above the upper limit of normal. */
function calciumFinding({ v, limits }: LabReading): PairFinding {
  if (gt(v.value, limits.abs)) return "absolute";
  // The lab gave no reference interval: only the absolute threshold can be tested. We report the test
  // as not met (the value was measured) and name the missing limit, rather than invent a reference range.
  if (v.upperLimitOfNormal === null) return "no-limit";
  return gt(v.value - v.upperLimitOfNormal, limits.rel) ? "relative" : "within";
}

function calciumWords({ v, limits: { abs, rel } }: LabReading, finding: PairFinding): string {
  const shown = `calcium ${v.value} ${v.unit}`;
  switch (finding) {
    case "absolute":
      return `${shown} > ${abs} ${v.unit}`;
    case "no-limit":
      return `${shown} is not > ${abs} ${v.unit}; no upper limit of normal given, so the "${rel} ${v.unit} above ULN" test was not possible`;
    case "relative":
      return `${shown} is more than ${rel} ${v.unit} above the upper limit of normal (${round(v.upperLimitOfNormal!, 2)})`;
    case "within":
      return `${shown} is not > ${abs} ${v.unit} nor > ${rel} ${v.unit} above the upper limit of normal (${round(v.upperLimitOfNormal!, 2)})`;
  }
}

/** Review c26-4: the value of the latest day read where two of one day disagree is the worse (model/facts.ts,
 * the cautious reading for the alerts and doses); a criterion that the two values of that day decide each way
 * is not known from them (IMWG 2014, criteria-and-scores.md 1.1: an absent or disputed test is not a result).
 * The other value of the day whose finding differs, or null. */
function sameDayOther<F>(
  lab: Measured,
  points: Facts["series"]["calcium"],
  finding: (m: Measured) => F,
  truth: (f: F) => Truth,
): Measured | null {
  if (lab.date === null) return null;
  const own = truth(finding(lab));
  for (const p of points) {
    if (p.date !== lab.date || p.value === lab.value) continue;
    const other: Measured = { ...lab, value: p.value, reported: p.reported };
    if (truth(finding(other)) !== own) return other;
  }
  return null;
}

/** The words of a criterion left unknown by two values of one day. */
const disputedWords = (what: string, a: Measured, b: Measured): string =>
  `two ${what} values of ${a.date} disagree on it (${a.reported.value} ${a.reported.unit} and ${b.reported.value} ${b.reported.unit}): not decided until the test is repeated or the record corrected`;

/** Serum albumin low: below the laboratory's lower limit when the record gives one, else below 3.5 g/dL (the ISS
 * albumin cut, criteria-and-scores.md 3.1; using it as "low" is the project's reading, UNVERIFIED). Null without an
 * albumin. Review c83-M1. */
export function albuminLow(facts: Facts): boolean | null {
  const alb = facts.labs.albumin;
  if (alb === null) return null;
  return lt(alb.value, alb.lowerLimitOfNormal ?? ISS_ALBUMIN_G_DL);
}
const ISS_ALBUMIN_G_DL = 3.5;

/** Review c83-M1 (criteria-and-scores.md 1.1 ⚠, serum vs corrected calcium): a total calcium above the laboratory's
 * upper limit that does not reach the CRAB level, with albumin low, may under-read the free calcium. */
const underReadWithLowAlbumin = (facts: Facts, reading: LabReading, finding: PairFinding): boolean =>
  albuminLow(facts) === true &&
  ((finding === "within" && gt(reading.v.value, reading.v.upperLimitOfNormal!)) ||
    // Re-check c86-M1: with no upper limit given and albumin low, 11.0 mg/dL read "not met". The item is then not
    // known above the CRAB level less its margin (10 mg/dL, 2.5 mmol/L: the pair of criteria-and-scores.md 1.1 is
    // built so, read here as where an upper limit usually is: the project's reading, UNVERIFIED); below it, as before.
    (finding === "no-limit" && gt(reading.v.value, noLimitFloor(reading))));

/** Review c86-M1: the absolute CRAB calcium level less the relative margin, in the reported unit system. */
const noLimitFloor = ({ limits }: LabReading): number => limits.abs - limits.rel;

/** assessHypercalcaemia's status alone (what the findings read; no criterion is built). */
export function hypercalcaemiaStatus(facts: Facts): Truth {
  return withValueSent(facts, CALCIUM_FIELDS, calciumValuesStatus(facts));
}

function calciumValuesStatus(facts: Facts): Truth {
  const ca = facts.labs.calcium;
  if (ca === null || calciumDisputed(facts, ca) !== null) return UNKNOWN;
  const reading = calciumReading(ca);
  const finding = calciumFinding(reading);
  return underReadWithLowAlbumin(facts, reading, finding) ? UNKNOWN : pairTruth(finding);
}

/** Review c86-M2: the record fields each CRAB criterion reads its values from. */
const CALCIUM_FIELDS: readonly UnusedValueField[] = ["labs.calcium"];
const RENAL_FIELDS: readonly UnusedValueField[] = ["labs.creatinine", "labs.measuredCreatinineClearance"];
const HEMOGLOBIN_FIELDS: readonly UnusedValueField[] = ["labs.hemoglobin"];

/** Review c86-M2: a status read from the values, with a value sent for one of `fields` and not used (record
 * unusedValues, standing: model/unused-values.ts): a criterion the values do not meet is not known (the value sent
 * may be the one that meets it: criteria-and-scores.md 1.1, an absent or unread test is not a negative test). A
 * criterion met stays met. */
export function withValueSent(facts: Facts, fields: readonly UnusedValueField[], status: Truth): Truth {
  return status === MET ||
    facts.unusedValues.length === 0 ||
    unusedValueOf(facts.unusedValues, ...fields) === null
    ? status
    : UNKNOWN;
}

/** Review c86-M2: `result` (read from the values) with a value sent for one of `fields` and not used: a criterion not
 * met by the values, or not known for want of them, is not known, its reason saying what was sent and why it was not
 * used; the field is asked for with "check the value sent" (its missing-data entry). Met stays met. */
export function criterionWithValueSent(
  facts: Facts,
  fields: readonly UnusedValueField[],
  result: CriterionResult,
  neededFor: string,
  text: boolean,
): CriterionResult {
  if (result.status === MET || facts.unusedValues.length === 0) return result;
  const sent = unusedValueOf(facts.unusedValues, ...fields);
  if (sent === null) return result;
  const words = unusedValueWords(sent);
  const measured = result.because !== "" && !/not (measured|done|known)$/.test(result.because);
  return {
    ...result,
    status: UNKNOWN,
    met: null,
    because: text
      ? `${words}: not known until the value sent is checked${measured ? ` (the values used: ${result.because})` : ""}`
      : "",
    missing: [{ field: sent.field, neededFor: `${neededFor}: ${words}: ${CHECK_THE_VALUE_SENT}` }],
    inputs: { ...result.inputs, valueSentNotUsed: sent.field },
  };
}

/** Whether the calcium item is left not known by a total calcium that may under-read with low albumin (review c83-M1):
 * the deciding test is then an ionised or albumin-corrected calcium. */
export function calciumUnderReadWithLowAlbumin(facts: Facts): boolean {
  const ca = facts.labs.calcium;
  if (ca === null || calciumDisputed(facts, ca) !== null) return false;
  const reading = calciumReading(ca);
  return underReadWithLowAlbumin(facts, reading, calciumFinding(reading));
}

/** Review c53-W4: one calcium value against the CRAB pair in its reported unit system (2.75 mmol/L is 11.02 mg/dL: not
 * above 2.75 mmol/L, though above 11 mg/dL once converted). The hypercalcaemia alert and card read it (engine/options.ts),
 * so they never fire on a value the criterion reads as not met. */
export const calciumAboveCrabLevel = (ca: Measured): boolean =>
  pairTruth(calciumFinding(calciumReading(ca))) === MET;

const calciumDisputed = (facts: Facts, ca: Measured) =>
  sameDayOther(ca, facts.series.calcium, (m) => calciumFinding(calciumReading(m)), pairTruth);

/** What the ionised or albumin-corrected calcium is asked for (review c83-M1). */
const CALCIUM_UNDER_READ_NEED =
  "CRAB hypercalcaemia: the laboratory's albumin-corrected calcium, as total calcium above the upper limit with low albumin may under-read (an ionised calcium is not a total calcium and has no field in the record: judge it with the team)";

/** `text: false` decides the same way and leaves the reason empty (the words are composed only when asked). */
export function assessHypercalcaemia(facts: Facts, text = true): CriterionResult {
  return criterionWithValueSent(
    facts,
    CALCIUM_FIELDS,
    hypercalcaemiaOnValues(facts, text),
    "CRAB hypercalcaemia",
    text,
  );
}

function hypercalcaemiaOnValues(facts: Facts, text: boolean): CriterionResult {
  const ca = facts.labs.calcium;
  if (ca === null) {
    return criterion(R.crabCalcium, UNKNOWN, text ? "serum calcium not measured" : "", {
      missing: [need("labs.calcium", "CRAB hypercalcaemia")],
      inputs: { calcium: null },
    });
  }
  const disputed = calciumDisputed(facts, ca);
  if (disputed !== null)
    return criterion(R.crabCalcium, UNKNOWN, text ? disputedWords("calcium", ca, disputed) : "", {
      missing: [need("labs.calcium", "CRAB hypercalcaemia (two values of one day disagree)")],
      inputs: { calcium: ca.value, other: disputed.value },
    });
  const reading = calciumReading(ca);
  const { v } = reading;
  const finding = calciumFinding(reading);
  const inputs = { calcium: v.value, unit: v.unit, upperLimitOfNormal: v.upperLimitOfNormal };
  if (underReadWithLowAlbumin(facts, reading, finding)) {
    const alb = facts.labs.albumin!;
    const low =
      alb.lowerLimitOfNormal === null
        ? `below ${ISS_ALBUMIN_G_DL} g/dL, the ISS albumin cut, read here as low: UNVERIFIED`
        : `below the laboratory's lower limit (${round(alb.lowerLimitOfNormal, 2)} g/dL)`;
    const noLimit = finding === "no-limit";
    return criterion(
      R.crabCalcium,
      UNKNOWN,
      text
        ? noLimit
          ? `total calcium ${v.value} ${v.unit} is not > ${reading.limits.abs} ${v.unit} but above ${round(noLimitFloor(reading), 2)} ${v.unit} (the CRAB level less its ${reading.limits.rel} ${v.unit} margin, read here as where an upper limit of normal usually is: UNVERIFIED); no upper limit of normal is given, and albumin ${round(alb.value, 2)} g/dL is low (${low}): whether the calcium is above the upper limit, and whether total calcium under-reads the free calcium, is not known, so the item is not known. Give the laboratory's upper limit and ask for its albumin-corrected calcium (an ionised calcium is not a total calcium and has no field in the record: judge it with the team, never enter it as labs.calcium); the reference notes that secondary sources give this item as corrected calcium (criteria-and-scores.md 1.1); no correction formula or reference range is applied here`
          : `total ${calciumWords(reading, finding)}, but it is above the upper limit and albumin ${round(alb.value, 2)} g/dL is low (${low}): total calcium may under-read the free calcium, so the item is not known. Ask the laboratory for its albumin-corrected calcium (an ionised calcium is not a total calcium and has no field in the record: judge it with the team, never enter it as labs.calcium); the reference notes that secondary sources give this item as corrected calcium (criteria-and-scores.md 1.1); no correction formula is applied here`
        : "",
      {
        inputs: { ...inputs, albuminGDl: alb.value, albuminLowerLimit: alb.lowerLimitOfNormal },
        evidence: R.crabCalciumLowAlbumin.evidence,
        missing: [
          need("labs.calcium", CALCIUM_UNDER_READ_NEED),
          ...(noLimit
            ? [need("labs.calcium.upperLimitOfNormal", "CRAB hypercalcaemia (relative threshold)")]
            : []),
        ],
      },
    );
  }
  return criterion(R.crabCalcium, pairTruth(finding), text ? calciumWords(reading, finding) : "", {
    inputs,
    missing:
      finding === "no-limit"
        ? [need("labs.calcium.upperLimitOfNormal", "CRAB hypercalcaemia (relative threshold)")]
        : [],
  });
}

type Clearance =
  | { value: number; source: "measured" | "CKD-EPI 2021" | "Cockcroft-Gault" }
  | { value: null; missing: MissingInput[] };

/** The kidney calculators' input for a measured creatinine. */
function kidneyInput(facts: Facts, crea: Measured): KidneyInput {
  return {
    creatinineMgDl: crea.value,
    age: facts.patient.age,
    sex: facts.patient.sex,
    weightKg: facts.patient.weightKg,
  };
}

/** The creatinine clearance the criterion reads, or null: measured, else CKD-EPI 2021, else Cockcroft-Gault
 * (creatinineClearance's value, without naming what is missing). */
function clearanceValue(facts: Facts): number | null {
  const measured = facts.labs.measuredCreatinineClearance;
  if (measured !== null) return measured.value;
  const crea = facts.labs.creatinine;
  if (crea === null) return null;
  const input = kidneyInput(facts, crea);
  return egfrCkdEpi2021Value(input) ?? crclCockcroftGaultValue(input);
}

/** Measured clearance when given, else CKD-EPI 2021 (preferred by IMWG 2016), else Cockcroft-Gault. */
function creatinineClearance(facts: Facts): Clearance {
  const measured = facts.labs.measuredCreatinineClearance;
  if (measured !== null) return { value: measured.value, source: "measured" };
  const crea = facts.labs.creatinine;
  if (crea === null) return { value: null, missing: [need("labs.creatinine", "CRAB renal insufficiency")] };
  const input = kidneyInput(facts, crea);
  // The values first: the calculators' results (traces, missing lists) only when neither gives one.
  const egfrValue = egfrCkdEpi2021Value(input);
  if (egfrValue !== null) return { value: egfrValue, source: "CKD-EPI 2021" };
  const cgValue = crclCockcroftGaultValue(input);
  if (cgValue !== null) return { value: cgValue, source: "Cockcroft-Gault" };
  const egfr = calculateEgfrCkdEpi2021(input);
  const cg = calculateCrclCockcroftGault(input);
  const missing = new Map<string, MissingInput>();
  for (const m of [...egfr.missing, ...cg.missing]) {
    missing.set(m.field, need(m.field, "CRAB renal insufficiency (creatinine clearance <40 mL/min)"));
  }
  // Every input was given but neither estimate could be computed from it: only a measured clearance helps.
  if (missing.size === 0) {
    const measuredNeeded = "CRAB renal insufficiency (creatinine clearance <40 mL/min)";
    return { value: null, missing: [need("labs.measuredCreatinineClearance", measuredNeeded)] };
  }
  return { value: null, missing: [...missing.values()] };
}

/** Serum creatinine in its reported unit against > 2 mg/dL (177 umol/L). */
interface CreatinineReading {
  value: number;
  unit: string;
  limit: number;
  truth: Truth;
}

function creatinineWords(c: CreatinineReading | null): string {
  if (c === null) return "serum creatinine not measured";
  return `creatinine ${c.value} ${c.unit} ${c.truth === MET ? ">" : "is not >"} ${c.limit} ${c.unit}`;
}

function renalWords(
  crea: CreatinineReading | null,
  cl: { value: number; source: string } | null,
  clTruth: Truth,
): string {
  const creaText = creatinineWords(crea);
  if (cl === null) return `${creaText}; creatinine clearance not known`;
  const clText = `${cl.source === "measured" ? "measured" : `estimated (${cl.source})`} creatinine clearance ${round(cl.value, 1)} mL/min`;
  return `${creaText}; ${clText} ${clTruth === MET ? "<" : "is not <"} 40 mL/min`;
}

/** Serum creatinine in its reported unit against > 2 mg/dL (177 umol/L). */
function creatinineReading(c: ReportedValue): CreatinineReading {
  const v = inReportedSystem(c, "creatinine", CREATININE_UNITS);
  const limit = v.system === "SI" ? 177 : 2;
  return { value: v.value, unit: v.unit, limit, truth: gt(v.value, limit) ? MET : NOT_MET };
}

/** Whether a creatinine (a lab or a dated series point) is above the renal-insufficiency level, > 2 mg/dL or
 * > 177 umol/L in the unit system it was reported in (1.1: the pair as written, not an exact conversion). */
export function creatinineAboveRenalLevel(c: ReportedValue): boolean {
  return creatinineReading(c).truth === MET;
}

/** Whether a creatinine is above the level the zoledronic acid trials excluded, > 3.0 mg/dL or > 265 umol/L in the
 * unit system it was reported in (treatments.md 8a, the Zometa SmPC's pair as written; pamidronate's label was not
 * studied above 3 mg/dL either). Review c56 MISLEADING-5. */
export function creatinineAboveZoledronicAcidTrials(c: ReportedValue): boolean {
  const v = inReportedSystem(c, "creatinine", CREATININE_UNITS);
  return gt(v.value, v.system === "SI" ? 265 : 3) === true;
}

/** assessRenalInsufficiency's status alone (what the findings read; no criterion is built). */
export function renalStatus(facts: Facts): Truth {
  return facts.conditions.kidneyImpairmentFromMyeloma === false
    ? NOT_MET
    : withValueSent(facts, RENAL_FIELDS, renalValuesStatus(facts));
}

/** Whether the values (or dialysis) show renal insufficiency at the IMWG level, whatever its cause: a kidney the
 * team does not attribute to the myeloma may still be AL amyloidosis' or another monoclonal-protein kidney disease
 * (amyloid.ts kidneyRaisesAmyloid reads this). */
export function renalValuesStatus(facts: Facts): Truth {
  if (facts.conditions.renalFailureOnDialysis === true) return MET;
  const c = facts.labs.creatinine;
  if (c !== null && creatinineReading(c).truth === MET) return MET;
  const cl = clearanceValue(facts);
  if (cl === null) return UNKNOWN;
  // Creatinine not above its limit, or not measured (unknown): the clearance decides when it is below 40.
  return lt(cl, 40) ? MET : c === null ? UNKNOWN : NOT_MET;
}

/** Renal insufficiency: creatinine > 2 mg/dL (177 umol/L) or creatinine clearance < 40 mL/min. */
export function assessRenalInsufficiency(facts: Facts, text = true): CriterionResult {
  const r = renalOnValues(facts, text);
  // Recorded as not due to the myeloma: not a myeloma-defining event whatever the values (no value sent changes it).
  return facts.conditions.kidneyImpairmentFromMyeloma === false
    ? r
    : criterionWithValueSent(facts, RENAL_FIELDS, r, "CRAB renal insufficiency", text);
}

function renalOnValues(facts: Facts, text: boolean): CriterionResult {
  // Review c61-W1: a CRAB feature counts only when attributable to the plasma-cell disorder (IMWG 2014,
  // criteria-and-scores.md 1.1, 7.4): kidney impairment the team records as not due to the myeloma is no
  // myeloma-defining event, whatever its values (the kidney-dosed cautions still read them).
  if (facts.conditions.kidneyImpairmentFromMyeloma === false) {
    return criterion(
      R.crabRenal,
      NOT_MET,
      text
        ? "kidney impairment recorded as not due to the myeloma (conditions.kidneyImpairmentFromMyeloma): not a myeloma-defining event (IMWG 2014: a CRAB feature counts only when attributable to the plasma-cell disorder)"
        : "",
      { inputs: { kidneyImpairmentFromMyeloma: false } },
    );
  }
  if (facts.conditions.renalFailureOnDialysis === true) {
    return criterion(R.crabRenal, MET, text ? "on dialysis for renal failure (recorded in conditions)" : "", {
      inputs: { renalFailureOnDialysis: true },
    });
  }
  const c = facts.labs.creatinine;
  let crea: CreatinineReading | null = null;
  const inputs: CriterionResult["inputs"] = {};
  if (c !== null) {
    crea = creatinineReading(c);
    inputs.creatinine = crea.value;
    inputs.creatinineUnit = crea.unit;
    if (crea.truth === MET) return criterion(R.crabRenal, MET, text ? creatinineWords(crea) : "", { inputs });
  }
  const creaTruth: Truth = crea === null ? UNKNOWN : crea.truth;
  // Creatinine alone did not settle it: the clearance branch (<40 mL/min) can still be met.
  const cl = creatinineClearance(facts);
  if (cl.value === null) {
    inputs.creatinineClearance = null;
    inputs.clearanceSource = null;
    return criterion(R.crabRenal, UNKNOWN, text ? renalWords(crea, null, UNKNOWN) : "", {
      inputs,
      missing: cl.missing,
    });
  }
  inputs.creatinineClearance = round(cl.value, 1);
  inputs.clearanceSource = cl.source;
  const evidence = cl.source === "measured" ? R.crabRenal.evidence : R.crabRenalEstimated.evidence;
  const clTruth: Truth = lt(cl.value, 40) ? MET : NOT_MET;
  const status = or(creaTruth, clTruth);
  return criterion(R.crabRenal, status, text ? renalWords(crea, cl, clTruth) : "", {
    inputs,
    evidence,
    missing: status === UNKNOWN ? [need("labs.creatinine", "CRAB renal insufficiency")] : [],
  });
}

function haemoglobinReading(hb: Measured): LabReading {
  const v = inReportedSystem(hb, "hemoglobin", HEMOGLOBIN_UNITS);
  return { v, limits: HEMOGLOBIN_LIMITS[v.system] };
}

/** Anaemia: haemoglobin < 10 g/dL (100 g/L), or > 2 g/dL (20 g/L) below the lower limit of normal. */
function anaemiaFinding({ v, limits }: LabReading): PairFinding {
  if (lt(v.value, limits.abs)) return "absolute";
  if (v.lowerLimitOfNormal === null) return "no-limit";
  return gt(v.lowerLimitOfNormal - v.value, limits.rel) ? "relative" : "within";
}

function anaemiaWords({ v, limits: { abs, rel } }: LabReading, finding: PairFinding): string {
  const shown = `haemoglobin ${v.value} ${v.unit}`;
  switch (finding) {
    case "absolute":
      return `${shown} < ${abs} ${v.unit}`;
    case "no-limit":
      return `${shown} is not < ${abs} ${v.unit}; no lower limit of normal given, so the "${rel} ${v.unit} below LLN" test was not possible`;
    case "relative":
      return `${shown} is more than ${rel} ${v.unit} below the lower limit of normal (${round(v.lowerLimitOfNormal!, 2)})`;
    case "within":
      return `${shown} is not < ${abs} ${v.unit} nor more than ${rel} ${v.unit} below the lower limit of normal (${round(v.lowerLimitOfNormal!, 2)})`;
  }
}

/** assessAnaemia's status alone (what the findings read; no criterion is built). */
export function anaemiaStatus(facts: Facts): Truth {
  if (facts.conditions.anaemiaFromMyeloma === false) return NOT_MET;
  const hb = facts.labs.hemoglobin;
  if (hb === null || haemoglobinDisputed(facts, hb) !== null) return UNKNOWN;
  return withValueSent(facts, HEMOGLOBIN_FIELDS, pairTruth(anaemiaFinding(haemoglobinReading(hb))));
}

const haemoglobinDisputed = (facts: Facts, hb: Measured) =>
  sameDayOther(hb, facts.series.hemoglobin, (m) => anaemiaFinding(haemoglobinReading(m)), pairTruth);

export function assessAnaemia(facts: Facts, text = true): CriterionResult {
  const r = anaemiaOnValues(facts, text);
  // Recorded as not due to the myeloma: not a myeloma-defining event whatever the values (no value sent changes it).
  return facts.conditions.anaemiaFromMyeloma === false
    ? r
    : criterionWithValueSent(facts, HEMOGLOBIN_FIELDS, r, "CRAB anaemia", text);
}

function anaemiaOnValues(facts: Facts, text: boolean): CriterionResult {
  // Review c70-M2: as the kidney's (c61-W1), anaemia the team records as not due to the myeloma is no myeloma-defining
  // event (IMWG 2014: a CRAB feature counts only when attributable to the plasma-cell disorder; criteria-and-scores.md 1.1).
  if (facts.conditions.anaemiaFromMyeloma === false)
    return criterion(
      R.crabAnaemia,
      NOT_MET,
      text
        ? "anaemia recorded as not due to the myeloma (conditions.anaemiaFromMyeloma): not a myeloma-defining event (IMWG 2014: a CRAB feature counts only when attributable to the plasma-cell disorder)"
        : "",
      { inputs: { anaemiaFromMyeloma: false } },
    );
  const hb = facts.labs.hemoglobin;
  if (hb === null) {
    return criterion(R.crabAnaemia, UNKNOWN, text ? "haemoglobin not measured" : "", {
      missing: [need("labs.hemoglobin", "CRAB anaemia")],
      inputs: { hemoglobin: null },
    });
  }
  const disputed = haemoglobinDisputed(facts, hb);
  if (disputed !== null)
    return criterion(R.crabAnaemia, UNKNOWN, text ? disputedWords("haemoglobin", hb, disputed) : "", {
      missing: [need("labs.hemoglobin", "CRAB anaemia (two values of one day disagree)")],
      inputs: { hemoglobin: hb.value, other: disputed.value },
    });
  const reading = haemoglobinReading(hb);
  const { v } = reading;
  const finding = anaemiaFinding(reading);
  const inputs = { hemoglobin: v.value, unit: v.unit, lowerLimitOfNormal: v.lowerLimitOfNormal };
  return criterion(R.crabAnaemia, pairTruth(finding), text ? anaemiaWords(reading, finding) : "", {
    inputs,
    missing:
      finding === "no-limit"
        ? [need("labs.hemoglobin.lowerLimitOfNormal", "CRAB anaemia (relative threshold)")]
        : [],
  });
}

/** Imaging on MRI alone shows focal lesions (the SLiM "M" test), not osteolysis. */
export const isMriOnly = (modality: ImagingModality | null): boolean =>
  modality === "MRI" || modality === "whole-body-MRI";

/** Osteolytic lesions on a modality that shows osteolysis, or null (with what is missing) when not known. */
export type LesionCount = { count: number } | { count: null; missing: MissingInput[] };

/** The osteolytic lesion count the CRAB bone criterion can use (skeletal radiography, CT or PET-CT). */
export function osteolyticLesionCount(facts: Facts): LesionCount {
  const count = osteolyticCount(facts);
  if (count !== null) return { count };
  const im = facts.imaging;
  const field =
    im.performed === false || im.osteolyticLesions === null
      ? "imaging.osteolyticLesions"
      : "imaging.modality";
  return { count: null, missing: [need(field, "CRAB bone lesions")] };
}

/** A biopsy-proven plasmacytoma (1.1 A): the biopsy when one is recorded; with none, known absent only when
 * imaging shows no osteolytic lesion that could be one (findings.ts reads it so, and says why). */
export function plasmacytomaTruth(facts: Facts): Truth {
  const pc = facts.biopsy.plasmacytoma;
  if (pc !== null) return pc.count >= 1 ? MET : NOT_MET;
  return osteolyticCount(facts) === 0 ? NOT_MET : UNKNOWN;
}

/** osteolyticLesionCount's count alone, or null when it is not known. */
export function osteolyticCount(facts: Facts): number | null {
  const im = facts.imaging;
  if (im.performed === false || im.osteolyticLesions === null) return null;
  // IMWG counts osteolysis on radiography, CT or PET-CT; lesions seen only on MRI are the SLiM "M" test.
  if (isMriOnly(im.modality) && im.osteolyticLesions > 0) return null;
  return im.osteolyticLesions;
}

/** What the imaging showed of osteolysis, in words (the reading osteolyticLesionCount makes). */
export function lesionWords(im: Facts["imaging"]): string {
  if (im.performed === false) return "no imaging done";
  if (im.osteolyticLesions === null) return "osteolytic lesions not recorded";
  if (isMriOnly(im.modality) && im.osteolyticLesions > 0) {
    return `${im.osteolyticLesions} lesion(s) recorded on ${im.modality} only; osteolysis needs CT, PET-CT or radiography`;
  }
  // Review c15-4: MRI shows focal lesions (the SLiM test), not osteolysis; none is "no", never "0".
  if (im.osteolyticLesions === 0)
    return isMriOnly(im.modality)
      ? "no focal lesions on MRI (MRI shows focal lesions; osteolysis needs CT, PET-CT or radiography)"
      : `no osteolytic lesions${im.modality ? ` on ${im.modality}` : ""}`;
  return `${im.osteolyticLesions} osteolytic lesion(s)${im.modality ? ` on ${im.modality}` : ""}`;
}

function boneWords(im: Facts["imaging"], count: number | null, bmpc: number | null): string {
  const reason = lesionWords(im);
  if (count !== 1) return reason;
  if (bmpc === null)
    return `${reason}; one lesion counts only when clonal marrow plasma cells are >=10% (marrow not assessed)`;
  return gte(bmpc, 10)
    ? `${reason} with clonal marrow plasma cells ${bmpc}% (>=10%)`
    : `${reason} with clonal marrow plasma cells ${bmpc}% (<10%): more than one lesion is needed`;
}

/** Bone lesions: >=1 osteolytic lesion, but >1 when clonal marrow plasma cells are <10% (UNVERIFIED caveat). */
export function assessBoneLesions(facts: Facts, text = true): CriterionResult {
  const lc = osteolyticLesionCount(facts);
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const inputs = {
    osteolyticLesions: lc.count,
    modality: facts.imaging.modality,
    clonalPlasmaCellPercent: bmpc,
  };
  const date = facts.imaging.date;
  const because = text
    ? `${boneWords(facts.imaging, lc.count, bmpc)}${date === null || lc.count === null ? "" : ` (imaging of ${date})`}`
    : "";
  if (lc.count === null) return criterion(R.crabBone, UNKNOWN, because, { inputs, missing: lc.missing });
  if (lc.count >= 2) return criterion(R.crabBone, MET, because, { inputs });
  // Review c88-W1: imaging (or a marrow, for a single lesion) from before the M-protein reached the smouldering level
  // does not rule out a bone lesion now (work-up-dates.ts; the project's reading, UNVERIFIED). A lesion that meets the
  // criterion stays met.
  const before = workUpBeforeSmmLevel(facts);
  const oldImaging = before?.imaging ?? null;
  const oldMarrow = lc.count === 1 && bmpc !== null && !gte(bmpc, 10) ? (before?.marrow ?? null) : null;
  if (before !== null && (oldImaging !== null || oldMarrow !== null)) {
    const which =
      oldImaging !== null
        ? beforeWords("imaging", oldImaging, before)
        : beforeWords("marrow", oldMarrow!, before);
    return criterion(
      R.crabBone,
      UNKNOWN,
      text
        ? `${boneWords(facts.imaging, lc.count, bmpc)} (${which}): ${oldImaging !== null ? "that imaging does not rule out a bone lesion now (repeat whole-body imaging)" : "that marrow does not tell whether one lesion counts now (repeat marrow)"}`
        : "",
      {
        evidence: "unverified",
        inputs: {
          ...inputs,
          ...(oldImaging === null ? {} : { imagingDate: oldImaging }),
          ...(oldMarrow === null ? {} : { marrowDate: oldMarrow }),
          smmLevelReachedOn: before.reachedOn,
        },
        missing: [
          oldImaging !== null
            ? {
                field: "imaging.osteolyticLesions",
                neededFor: `CRAB bone lesions (imaging after ${before.reachedOn}: the one recorded predates the smouldering level)`,
              }
            : {
                field: "marrow.clonalPlasmaCellPercent",
                neededFor: `CRAB bone lesions (single lesion; a marrow after ${before.reachedOn}: the one recorded predates the smouldering level)`,
              },
        ],
      },
    );
  }
  if (lc.count === 0) return criterion(R.crabBone, NOT_MET, because, { inputs });
  // Exactly one lesion: met only with clonal marrow plasma cells >= 10% (the caveat is UNVERIFIED).
  const caveat = { evidence: R.crabBoneMarrowCaveat.evidence, inputs };
  if (bmpc === null) {
    return criterion(
      R.crabBone,
      UNKNOWN,
      because,
      merged(caveat, {
        missing: [need("marrow.clonalPlasmaCellPercent", "CRAB bone lesions (single lesion)")],
      }),
    );
  }
  return criterion(R.crabBone, gte(bmpc, 10) ? MET : NOT_MET, because, caveat);
}

export interface CrabResult {
  calcium: CriterionResult;
  renal: CriterionResult;
  anaemia: CriterionResult;
  bone: CriterionResult;
  any: Truth;
}

/** The four CRAB features; `text: false` leaves their reasons empty. */
export function assessCrab(facts: Facts, text = true): CrabResult {
  const calcium = assessHypercalcaemia(facts, text);
  const renal = assessRenalInsufficiency(facts, text);
  const anaemia = assessAnaemia(facts, text);
  const bone = assessBoneLesions(facts, text);
  return {
    calcium,
    renal,
    anaemia,
    bone,
    any: or(calcium.status, renal.status, anaemia.status, bone.status),
  };
}

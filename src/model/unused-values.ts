/** Values sent for a record field and not used (review c86-M2; record `unusedValues`): which of them still stand
 * (the latest per field, unless a used value of the field is newer), and their English words for the engine's texts. */
import type { UnusedValueReason } from "./enums.js";
import { UNUSED_VALUE_FIELDS, type UnusedValue, type UnusedValueField } from "./record.js";
import { likelyUnits, type QuantityField } from "./units.js";

/** A value sent and not used, as the engine reads it (absent parts null). */
export interface UnusedValueFact {
  field: UnusedValueField;
  reason: UnusedValueReason;
  date: string | null;
  value: number | null;
  unit: string | null;
  comparator: "<" | "<=" | ">=" | ">" | null;
  /** The field's latest used value, older than this one and so not read as current (model/not-current.ts; task
   * fix-stale Finding 1), as reported with its date. Present only on the Assessment's unusedValues, for the fields
   * whose current value the engine reads as not known for it (added after engine 0.2.82). */
  olderUsed?: { value: number; unit: string; date: string };
}

/** The dates of the used values of each field (null for an undated one), as the record's facts hold them. */
export type UsedDates = (field: UnusedValueField) => readonly (string | null)[];

/** Whether `u` is made moot by a used value of its field: one dated after it (an undated value sent and not used is
 * older than any dated value, as the FHIR import reads undated results: never newer than a dated one). An undated used
 * value does not make a dated one moot: which is the newer cannot be told, and the one not used may be the value that
 * decides (the cautious reading). */
function moot(u: UnusedValue, used: readonly (string | null)[]): boolean {
  for (const d of used) if (d !== null && (u.date === undefined || d > u.date)) return true;
  return false;
}

/** The values sent and not used that stand: per field, the latest (a dated one over an undated one), unless a used value
 * of the field is newer; in the order of UNUSED_VALUE_FIELDS. Empty when the record has none (the usual case). */
export function standingUnusedValues(
  sent: readonly UnusedValue[] | undefined,
  usedDates: UsedDates,
): UnusedValueFact[] {
  if (sent === undefined || sent.length === 0) return [];
  const latest = new Map<UnusedValueField, UnusedValue>();
  for (const u of sent) {
    const prev = latest.get(u.field);
    if (prev === undefined || (u.date !== undefined && (prev.date === undefined || u.date > prev.date)))
      latest.set(u.field, u);
  }
  const out: UnusedValueFact[] = [];
  for (const field of UNUSED_VALUE_FIELDS) {
    const u = latest.get(field);
    if (u === undefined || moot(u, usedDates(field))) continue;
    out.push({
      field,
      reason: u.reason,
      date: u.date ?? null,
      value: u.value ?? null,
      unit: u.unit ?? null,
      comparator: u.comparator ?? null,
    });
  }
  return out;
}

/** The standing value sent and not used of one of `fields` (the first found), or null. */
export function unusedValueOf(
  unused: readonly UnusedValueFact[],
  ...fields: UnusedValueField[]
): UnusedValueFact | null {
  for (const u of unused) if (fields.includes(u.field)) return u;
  return null;
}

/** A field's name in the engine's English words ("calcium", "free kappa light chain" is not known here: the record's
 * involved chain). */
const FIELD_WORDS: Partial<Record<UnusedValueField, string>> = {
  "labs.serumMProtein": "serum M-protein",
  "labs.urineMProtein": "urine M-protein",
  "labs.involvedFreeLightChain": "involved free light chain",
  "labs.uninvolvedFreeLightChain": "uninvolved free light chain",
  "labs.calcium": "calcium",
  "labs.creatinine": "creatinine",
  "labs.hemoglobin": "haemoglobin",
  "labs.albumin": "albumin",
  "labs.beta2Microglobulin": "beta2-microglobulin",
  "labs.ldh": "LDH",
  "labs.ntProBnp": "NT-proBNP",
  "labs.troponinT": "troponin T",
  "labs.igg": "IgG",
  "labs.iga": "IgA",
  "labs.igm": "IgM",
  "labs.measuredCreatinineClearance": "measured creatinine clearance",
  "labs.neutrophils": "neutrophil count",
  "labs.platelets": "platelet count",
  "labs.urineTotalProtein": "urine total protein",
  "labs.circulatingPlasmaCells": "circulating plasma cell count",
  "marrow.clonalPlasmaCellPercent": "clonal marrow plasma cell percentage",
  "patient.weight": "weight",
  "patient.height": "height",
};
export const unusedFieldWords = (field: UnusedValueField): string => FIELD_WORDS[field] ?? field;

/** Fields in words, "calcium", "calcium and creatinine", "calcium, creatinine and haemoglobin". */
export function unusedFieldsWords(fields: readonly UnusedValueField[]): string {
  const names = fields.map(unusedFieldWords);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The record's quantity field of a path, for the unit checks (null for the marrow percentage). */
function quantityField(field: UnusedValueField): QuantityField | null {
  if (field.startsWith("labs.")) return field.slice(5) as QuantityField;
  if (field === "patient.weight") return "weight";
  if (field === "patient.height") return "height";
  return null;
}

/** Why it was not used, in words ("implausible in mg/dL: was it mmol/L?"). */
function reasonWords(u: UnusedValueFact): string {
  switch (u.reason) {
    case "implausible": {
      const q = quantityField(u.field);
      const likely = q !== null && u.value !== null && u.unit !== null ? likelyUnits(q, u.value, u.unit) : [];
      const unit = u.unit === null ? "" : ` in ${u.unit}`;
      return `implausible${unit}${likely.length > 0 ? `: was it ${likely.join(" or ")}?` : ""}`;
    }
    case "unit-refused":
      return u.unit === null ? "a unit the field does not take" : `"${u.unit}" is not a unit the field takes`;
    case "no-unit":
      return "no unit: a number without a unit is never guessed";
    case "unit-not-ucum":
      return "its unit is not a UCUM unit";
    case "comparator":
      return "a bound, not a value";
    case "preliminary":
      return "a preliminary result, not yet final";
    case "data-absent-reason":
      return "sent with a reason the value is absent";
    case "no-value":
      return "no value to read";
  }
}

/** A value sent and not used in words: "a calcium of 3.2 mg/dL was sent on 2026-11-20 and not used (implausible in
 * mg/dL: was it mmol/L?)". */
export function unusedValueWords(u: UnusedValueFact): string {
  const what = unusedFieldWords(u.field);
  const a = /^(?:[aeio]|un|Ig|LDH|NT-)/i.test(what) ? "an" : "a";
  const sent =
    u.value === null
      ? `${a} ${what} result`
      : `${a} ${what} of ${u.comparator === null ? "" : `${u.comparator} `}${u.value}${u.unit === null ? "" : ` ${u.unit}`}`;
  return `${sent} was sent${u.date === null ? " (undated)" : ` on ${u.date}`} and not used (${reasonWords(u)})`;
}

/** What a missing-data entry of a field with a value sent and not used says after what the field is needed for. */
export const CHECK_THE_VALUE_SENT = "check the value sent";

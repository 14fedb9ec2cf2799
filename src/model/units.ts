/** Units in one place: every quantity of the record is parsed as UCUM, checked for dimension and
 * plausibility, and converted to its field's canonical unit on the way in. */
import ucum from "@lhncbc/ucum-lhc";
import { defineRules } from "./trace.js";
import { MOLAR_MASS, type QuantityField, UNIT_SPECS, type UnitSpec } from "./unit-specs.js";

export { MOLAR_MASS, type QuantityField, UNIT_SPECS };

/** The conversion rules as data, so every surface can show where a converted number comes from. */
export const UNIT_RULES = defineRules({
  ucum: {
    id: "units.ucum",
    citation: "ucum-units",
    text: "Units are parsed and converted by UCUM; a unit of another dimension is refused",
    evidence: "verified",
  },
  creatinineMolar: {
    id: "units.creatinine-molar-mass",
    citation: "ucum-units",
    text: "Creatinine: 1 mg/dL = 88.4 umol/L (molar mass 113.12 g/mol)",
    evidence: "secondary",
  },
  calciumMolar: {
    id: "units.calcium-molar-mass",
    citation: "ucum-units",
    text: "Calcium: 1 mg/dL = 0.2495 mmol/L (molar mass 40.08 g/mol); standard chemistry, UNVERIFIED in the reference",
    evidence: "unverified",
  },
  beta2MicroglobulinMolar: {
    id: "units.beta2-microglobulin-molar-mass",
    citation: "ucum-units",
    text: "Beta2-microglobulin: 1 mg/L = 84.7 nmol/L",
    evidence: "secondary",
  },
});

/** Common spellings mapped to UCUM (the contract's aliases). A Map: a unit named "constructor" or
 * "__proto__" is text like any other, never a member of Object.prototype. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ["µmol/L", "umol/L"],
  ["μmol/L", "umol/L"],
  ["µg/L", "ug/L"],
  ["μg/L", "ug/L"],
  ["mg/24h", "mg/(24.h)"],
  ["mg/24 h", "mg/(24.h)"],
  ["mg/24hr", "mg/(24.h)"],
  ["mg/24hrs", "mg/(24.h)"],
  ["mg/day", "mg/d"],
  ["g/24h", "g/(24.h)"],
  ["g/24 h", "g/(24.h)"],
  ["g/day", "g/d"],
  ["IU/L", "U/L"],
  ["u/L", "U/L"],
  ["U/l", "U/L"],
  // Blood counts as laboratories write them (UCUM: 10*9/L, 10*3/uL, /uL).
  ["10^9/L", "10*9/L"],
  ["x10^9/L", "10*9/L"],
  ["x10*9/L", "10*9/L"],
  ["10^3/uL", "10*3/uL"],
  ["x10^3/uL", "10*3/uL"],
  ["x10*3/uL", "10*3/uL"],
  ["K/uL", "10*3/uL"],
  ["k/uL", "10*3/uL"],
  ["cells/uL", "/uL"],
  ["/µL", "/uL"],
  ["/μL", "/uL"],
  ["cells/µL", "/uL"],
  ["cells/μL", "/uL"],
  ["/mm3", "/mm3"],
  ["lb", "[lb_av]"],
  ["lbs", "[lb_av]"],
  ["in", "[in_i]"],
]);

export function ucumOf(unit: string): string {
  const trimmed = unit.trim();
  return ALIASES.get(trimmed) ?? trimmed;
}

/** The longest unit string taken: the longest unit a lab writes ("mg/(24.h)", "10*3/uL") is far
 * shorter. Longer text is refused before the UCUM library sees it. */
export const MAX_UNIT_LENGTH = 32;

/** What a unit may hold: ASCII letters and digits, the UCUM operators and brackets, the micro signs
 * of the aliases and a space ("mg/24 h"). No control characters, quotes or other text. */
const UNIT_CHARACTERS = /^[A-Za-z0-9./()[\]{}*^+\-%'_ µμ]+$/;

/** Names on Object.prototype: the UCUM library looks units up in plain objects, so it takes
 * "constructor" for a valid unit and then throws while converting it. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Why a unit string cannot be a unit (without quoting it when it is long), or null when it may be
 * passed to UCUM. */
export function unitTextProblem(unit: string): string | null {
  if (unit.length > MAX_UNIT_LENGTH) {
    return `unit is ${unit.length} characters long; a unit has at most ${MAX_UNIT_LENGTH}`;
  }
  if (!UNIT_CHARACTERS.test(unit.trim())) {
    return "unit holds characters no unit has (expected letters, digits and . / ( ) [ ] { } * ^ + - % ' _)";
  }
  if (unit.split(/[^A-Za-z_]+/).some((atom) => PROTOTYPE_NAMES.has(atom))) {
    return `unknown unit "${unit}"`;
  }
  return null;
}

/** A map that forgets its least recently used entry beyond `max` entries, so distinct unit strings
 * sent by clients cannot grow the process without bound. */
class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    // Marking an entry recently used costs a delete and a set on every hit (tens per record); until the
    // map is half full nothing can be evicted, so the mark waits till then. Only speed depends on it:
    // an evicted entry is looked up again and gives the same value.
    if (v !== undefined && this.map.size > this.max / 2) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }
  get size(): number {
    return this.map.size;
  }
}

/** Runs a UCUM library call with the console silenced: the library prints every unit it cannot parse
 * (console.log), and a unit is record text that must never reach a log. A throw (the library has
 * prototype lookups of its own) counts as "not a unit". */
function quietly<T>(call: () => T, onThrow: T): T {
  const c = (globalThis as unknown as { console?: Record<string, unknown> }).console;
  const names = ["log", "info", "warn", "error", "debug", "trace"] as const;
  const saved = c ? names.map((n) => c[n]) : [];
  if (c) for (const n of names) c[n] = () => {};
  try {
    return call();
  } catch {
    return onThrow;
  } finally {
    if (c) {
      for (const [i, n] of names.entries()) c[n] = saved[i];
    }
  }
}

const utils = ucum.UcumLhcUtils.getInstance();
const UNIT_CACHE_SIZE = 512;
const validCache = new BoundedCache<string, boolean>(UNIT_CACHE_SIZE);

function isValidUcum(unit: string): boolean {
  let ok = validCache.get(unit);
  if (ok === undefined) {
    ok = quietly(() => utils.validateUnitString(unit, true).status === "valid", false);
    validCache.set(unit, ok);
  }
  return ok;
}

/** Conversion factors by (from, to, molar mass): every unit this project takes converts linearly
 * (no offsets), so UCUM is asked once per pair and the factor reused. */
const factorCache = new BoundedCache<string, number | null>(UNIT_CACHE_SIZE);

/** How many unit strings and conversion factors are cached (bounded; for the tests). `lookups` and
 * `fromCanonical` are the largest of their per-field caches. */
export function unitCacheSizes(): { valid: number; factors: number; lookups: number; fromCanonical: number } {
  return {
    valid: validCache.size,
    factors: factorCache.size,
    lookups: lookupCache.size,
    fromCanonical: fromCanonicalCache.size,
  };
}

function rawConvert(value: number, from: string, to: string, molarMass?: number): number | null {
  if (from === to) return value;
  if (unitTextProblem(from) !== null || unitTextProblem(to) !== null) return null;
  const key = `${from}\u0000${to}\u0000${molarMass ?? ""}`;
  let factor = factorCache.get(key);
  if (factor === undefined) {
    const r = quietly(() => utils.convertUnitTo(from, 1, to, { molecularWeight: molarMass ?? null }), null);
    factor =
      r?.status === "succeeded" && typeof r.toVal === "number" && Number.isFinite(r.toVal) ? r.toVal : null;
    factorCache.set(key, factor);
  }
  return factor === null ? null : value * factor;
}

export type ConvertResult = { ok: true; value: number; ucum: string } | { ok: false; message: string };

/** What one unit string means for one field, whatever the value: its UCUM spelling, the factor to the
 * field's canonical unit (named too) and the plausible range in the canonical unit (bounds with their
 * tolerance, computed once), or why the field cannot take it. Cached and shared: never modified. */
export type UnitLookup = KnownUnit | { ok: false; message: string };
export type KnownUnit = {
  ok: true;
  ucum: string;
  canonical: string;
  factor: number;
  low: number;
  high: number;
};

/** The plausible range of a field in its canonical unit, with a hair of tolerance so a value at a
 * bound survives a float round trip through another unit. */
function plausibleRange(spec: UnitSpec): { low: number; high: number } {
  const [lo, hi] = spec.plausible;
  const eps = 1e-9 * Math.max(1, hi);
  return { low: lo - eps, high: hi + eps };
}

/** Bounded caches, one per field, keyed by the unit string as sent. */
class PerFieldCache<V> {
  readonly caches = new Map<QuantityField, BoundedCache<string, V>>();
  of(field: QuantityField): BoundedCache<string, V> {
    let cache = this.caches.get(field);
    if (cache === undefined) {
      cache = new BoundedCache<string, V>(UNIT_CACHE_SIZE);
      this.caches.set(field, cache);
    }
    return cache;
  }
  /** The size of the largest field's cache. */
  get size(): number {
    return Math.max(0, ...[...this.caches.values()].map((c) => c.size));
  }
}

/** A record's units are parsed and checked once per field and unit, not once per value. A unit longer
 * than MAX_UNIT_LENGTH is refused and never cached. */
const lookupCache = new PerFieldCache<UnitLookup>();
const fromCanonicalCache = new PerFieldCache<number | null>();

/** What `unit` means for `field` (see UnitLookup), looked up once per field and unit. With
 * canonicalWith, it converts a quantity without the result object of toCanonical. */
export function lookUpUnit(field: QuantityField, unit: string): UnitLookup {
  const cache = lookupCache.of(field);
  const hit = cache.get(unit);
  if (hit !== undefined) return hit;
  const spec: UnitSpec = UNIT_SPECS[field];
  const expected = spec.common.join(", ");
  let lookup: UnitLookup;
  const problem = unitTextProblem(unit);
  if (problem !== null) {
    lookup = { ok: false, message: `${problem}; expected ${spec.what} such as ${expected}` };
  } else {
    const u = ucumOf(unit);
    // rawConvert(v) is v times this factor (v itself, factor 1, when the units are the same).
    // Review c54-7b: to 12 significant digits, so a factor carries no float noise from the converter (mL/s to mL/min
    // was 59.99999999999999: 0.5 mL/s read as just below 30 mL/min, a dose-band edge, while shown as 30).
    const raw = isValidUcum(u) ? rawConvert(1, u, spec.canonical, spec.molarMass) : undefined;
    const factor = typeof raw === "number" ? Number(raw.toPrecision(12)) : raw;
    lookup =
      factor === undefined
        ? { ok: false, message: `unknown unit "${unit}"; expected ${spec.what} such as ${expected}` }
        : factor === null
          ? { ok: false, message: `unit "${unit}" is not ${spec.what}; expected a unit such as ${expected}` }
          : { ok: true, ucum: u, canonical: spec.canonical, factor, ...plausibleRange(spec) };
  }
  if (unit.length <= MAX_UNIT_LENGTH) cache.set(unit, lookup);
  return lookup;
}

/** Converts `value unit` to the canonical unit of `field`, or says precisely what is wrong. */
export function toCanonical(field: QuantityField, value: number, unit: string): ConvertResult {
  const lookup = lookUpUnit(field, unit);
  if (!lookup.ok) return { ok: false, message: lookup.message };
  const converted = canonicalWith(lookup, value);
  if (converted === undefined) return implausible(field, value, unit, lookup);
  return { ok: true, value: converted, ucum: lookup.ucum };
}

/** `value` (in the unit of `lookup`) in the canonical unit, or undefined when that is not plausible:
 * toCanonical's number, or its refusal (toCanonical then gives the message). */
export function canonicalWith(lookup: KnownUnit, value: number): number | undefined {
  const converted = value * lookup.factor;
  return converted < lookup.low || converted > lookup.high ? undefined : converted;
}

/** Why `value unit` is not plausible for `field`, with the common units in which it would be. */
function implausible(
  field: QuantityField,
  value: number,
  unit: string,
  lookup: { ucum: string; low: number; high: number },
): ConvertResult {
  const spec: UnitSpec = UNIT_SPECS[field];
  const [lo, hi] = spec.plausible;
  const likely = likelyIn(spec, value, lookup);
  const hint = likely.length > 0 ? `; was it in ${likely.join(" or ")}?` : "";
  return {
    ok: false,
    message: `${value} ${unit} is not a plausible value (expected ${lo}–${hi} ${spec.canonical})${hint}`,
  };
}

/** The field's common units other than the one sent in which `value` would be plausible. */
function likelyIn(
  spec: UnitSpec,
  value: number,
  lookup: { ucum: string; low: number; high: number },
): string[] {
  return spec.common.filter((alt) => {
    const altUcum = ucumOf(alt);
    if (altUcum === lookup.ucum) return false;
    const v = rawConvert(value, altUcum, spec.canonical, spec.molarMass);
    return v !== null && v >= lookup.low && v <= lookup.high;
  });
}

/** The common units in which `value`, implausible in `unit`, would be plausible for `field` (review c86-M2: "3.2 mg/dL"
 * of calcium was likely mmol/L); empty when the unit is not one the field takes or none fits. */
export function likelyUnits(field: QuantityField, value: number, unit: string): string[] {
  const lookup = lookUpUnit(field, unit);
  return lookup.ok ? likelyIn(UNIT_SPECS[field], value, lookup) : [];
}

/** Converts a canonical value of `field` into another unit (for display and for the
 * "test in the unit the lab reported" rule). Throws on a unit the field cannot take. */
export function fromCanonical(field: QuantityField, value: number, unit: string): number {
  const cache = fromCanonicalCache.of(field);
  let factor = cache.get(unit);
  if (factor === undefined) {
    const spec: UnitSpec = UNIT_SPECS[field];
    factor = rawConvert(1, spec.canonical, ucumOf(unit), spec.molarMass);
    if (unit.length <= MAX_UNIT_LENGTH) cache.set(unit, factor);
  }
  if (factor === null) throw new Error(`cannot express ${field} in ${unit}`);
  return value * factor;
}

/** Whether two unit strings name the same UCUM unit (after aliases). */
export function sameUnit(a: string, b: string): boolean {
  return ucumOf(a) === ucumOf(b);
}

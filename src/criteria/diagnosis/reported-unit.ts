/** Reads a lab in the unit system the lab reported it in, so that each IMWG threshold pair (SI or
 * conventional) is tested as written: the pairs are not exact conversions (criteria-and-scores.md 1.1). */
import type { Measured } from "../../model/facts.js";
import { fromCanonical, type QuantityField, ucumOf } from "../../model/units.js";

export interface InSystem {
  system: "SI" | "conventional";
  unit: string;
  value: number;
  upperLimitOfNormal: number | null;
  lowerLimitOfNormal: number | null;
}

/** Converting back to the reported unit can add binary noise (2.6 -> 2.6000000000000005); 9 decimals removes it. */
const clean = (v: number): number => Math.round(v * 1e9) / 1e9;

/** The two units of a threshold pair, with their UCUM forms read once (not once per record). */
export interface UnitPair {
  SI: string;
  conventional: string;
  siUcum: string;
  conventionalUcum: string;
  /** The SI unit is a substance concentration (mol). */
  siIsMolar: boolean;
}

export function unitPair(SI: string, conventional: string): UnitPair {
  return {
    SI,
    conventional,
    siUcum: ucumOf(SI),
    conventionalUcum: ucumOf(conventional),
    siIsMolar: SI.includes("mol"),
  };
}

/** A value with the unit it was reported in: a lab (Measured) or a series point (SeriesValue), which has no
 * reference limits. */
export type ReportedValue = Pick<Measured, "value" | "reported"> &
  Partial<Pick<Measured, "upperLimitOfNormal" | "lowerLimitOfNormal">>;

/**
 * Picks the SI unit when the lab reported a substance concentration (mol) or the SI unit itself, else the
 * conventional unit, and expresses value and reference limits in it (the reported number itself when the
 * units match).
 */
export function inReportedSystem(m: ReportedValue, field: QuantityField, units: UnitPair): InSystem {
  // sameUnit(a, b) is ucumOf(a) === ucumOf(b): the reported unit is read once, the pair's units never. A
  // unit written exactly as one of the pair's (most records) has that unit's UCUM form without a look-up.
  const written = m.reported.unit;
  const reported =
    written === units.SI
      ? units.siUcum
      : written === units.conventional
        ? units.conventionalUcum
        : ucumOf(written);
  const system: InSystem["system"] =
    reported === units.siUcum || (written.includes("mol") && units.siIsMolar) ? "SI" : "conventional";
  const unit = units[system];
  const asReported = reported === (system === "SI" ? units.siUcum : units.conventionalUcum);
  // fromCanonical(field, v, unit) is v times one factor: it is looked up once for the value and both limits
  // (and not at all when nothing needs converting).
  const uln = m.upperLimitOfNormal ?? null;
  const lln = m.lowerLimitOfNormal ?? null;
  const factor = asReported && uln === null && lln === null ? 1 : fromCanonical(field, 1, unit);
  return {
    system,
    unit,
    value: asReported ? m.reported.value : clean(m.value * factor),
    upperLimitOfNormal: uln === null ? null : clean(uln * factor),
    lowerLimitOfNormal: lln === null ? null : clean(lln * factor),
  };
}

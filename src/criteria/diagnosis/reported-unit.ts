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

/**
 * Picks the SI unit when the lab reported a substance concentration (mol) or the SI unit itself, else the
 * conventional unit, and expresses value and reference limits in it (the reported number itself when the
 * units match).
 */
export function inReportedSystem(
  m: Measured,
  field: QuantityField,
  units: { SI: string; conventional: string },
): InSystem {
  // sameUnit(a, b) is ucumOf(a) === ucumOf(b): the reported unit is read once, not once per comparison.
  const reported = ucumOf(m.reported.unit);
  const si = ucumOf(units.SI);
  const system: InSystem["system"] =
    reported === si || (m.reported.unit.includes("mol") && units.SI.includes("mol")) ? "SI" : "conventional";
  const unit = units[system];
  const asReported = reported === (system === "SI" ? si : ucumOf(unit));
  return {
    system,
    unit,
    value: asReported ? m.reported.value : inUnit(field, m.value, unit),
    upperLimitOfNormal: m.upperLimitOfNormal === null ? null : inUnit(field, m.upperLimitOfNormal, unit),
    lowerLimitOfNormal: m.lowerLimitOfNormal === null ? null : inUnit(field, m.lowerLimitOfNormal, unit),
  };
}

/** A canonical value in `unit`, without the conversion's binary noise. */
const inUnit = (field: QuantityField, canonical: number, unit: string): number =>
  clean(fromCanonical(field, canonical, unit));

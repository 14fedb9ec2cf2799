/** Reads a lab in the unit system the lab reported it in, so that each IMWG threshold pair (SI or
 * conventional) is tested as written: the pairs are not exact conversions (criteria-and-scores.md 1.1). */
import type { Measured } from "../../model/facts.js";
import { fromCanonical, type QuantityField, sameUnit } from "../../model/units.js";

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
  const reported = m.reported.unit;
  const system: InSystem["system"] =
    sameUnit(reported, units.SI) || (reported.includes("mol") && units.SI.includes("mol"))
      ? "SI"
      : "conventional";
  const unit = units[system];
  const toUnit = (canonical: number): number => clean(fromCanonical(field, canonical, unit));
  return {
    system,
    unit,
    value: sameUnit(reported, unit) ? m.reported.value : toUnit(m.value),
    upperLimitOfNormal: m.upperLimitOfNormal === null ? null : toUnit(m.upperLimitOfNormal),
    lowerLimitOfNormal: m.lowerLimitOfNormal === null ? null : toUnit(m.lowerLimitOfNormal),
  };
}

/** Shared helpers for the calculators: threshold comparison that survives unit conversion, and
 * the three-valued logic (CQL) used when inputs are missing. */

/** Relative tolerance for comparing a canonical value with a published cut-off. Converting units in
 * floating point turns 40 ng/L into 0.039999999999999994 ng/mL; a lab value carries at most 4-5
 * significant digits, so a band of one part in 10^9 only absorbs conversion noise and can never
 * move a real measurement across a cut-off. */
const REL_TOL = 1e-9;

const tol = (cutoff: number): number => Math.abs(cutoff) * REL_TOL;

/** value >= cutoff (a value equal to the cut-off, up to conversion noise, counts). */
export function atLeast(value: number, cutoff: number): boolean {
  return value >= cutoff - tol(cutoff);
}

/** value > cutoff (a value equal to the cut-off, up to conversion noise, does not count). */
export function above(value: number, cutoff: number): boolean {
  return value > cutoff + tol(cutoff);
}

/** value < cutoff (a value equal to the cut-off, up to conversion noise, does not count). */
export function below(value: number, cutoff: number): boolean {
  return !atLeast(value, cutoff);
}

/** A finite number, or null: NaN, Infinity and null all mean "not known". */
export function finite(v: number | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** Three-valued OR: true if any is true, false only if every one is known false, else null. */
export function anyTrue(values: readonly (boolean | null)[]): boolean | null {
  // A loop rather than some/every: called for every criterion of every record (no closures).
  let allFalse = true;
  for (const v of values) {
    if (v === true) return true;
    if (v !== false) allFalse = false;
  }
  return allFalse ? false : null;
}

/** anyTrue of two to four values, without an array per call (an omitted value is false, which leaves the
 * result as it is). */
export function anyTrueOf(
  a: boolean | null,
  b: boolean | null,
  c: boolean | null = false,
  d: boolean | null = false,
): boolean | null {
  if (a === true || b === true || c === true || d === true) return true;
  return a === false && b === false && c === false && d === false ? false : null;
}

/** Three-valued AND: false if any is false, true only if every one is known true, else null. */
export function allTrue(values: readonly (boolean | null)[]): boolean | null {
  let allMet = true;
  for (const v of values) {
    if (v === false) return false;
    if (v !== true) allMet = false;
  }
  return allMet ? true : null;
}

/** Rounds to one decimal place (kidney function is reported to 0.1 mL/min). Conversion noise is
 * removed first (12 significant digits), so a value exactly on a half, such as a CrCl of 276.25 from
 * creatinine 0.22 mg/dL or its 19.45 umol/L, rounds the same way whichever unit the lab reported
 * (fast-check seed 343726688: 276.3 in mg/dL, 276.2 in umol/L before this). */
export function round1(x: number): number {
  const tenths = x * 10;
  // Removing the noise can only change the result when a half lies between the value and its 12-digit
  // form, which is at most 5e-12 of the value away. Farther than twice that from every half (and below
  // 1e11, where 12 digits still keep a decimal), Math.round gives the same without building a string.
  if (tenths >= 0 && tenths < 1e11 && Math.abs(tenths - Math.floor(tenths) - 0.5) > tenths * 1e-11)
    return Math.round(tenths) / 10;
  return Math.round(Number(tenths.toPrecision(12))) / 10;
}

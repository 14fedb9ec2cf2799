/** Which values the ISS family rests on, in words, for the clinician text and the web app alike. */
import type { IssBasis } from "../scores/iss/iss.js";

const ISS_VALUE_WORD = {
  beta2Microglobulin: "beta-2 microglobulin",
  albumin: "albumin",
  ldh: "LDH",
} as const;

/** Which values the ISS family rests on, for a treated myeloma record: the stages are defined at diagnosis
 * (Greipp 2005, Palumbo 2015, D'Agostino 2022). */
export function issBasisWords(b: IssBasis | null | undefined): string {
  if (!b) return "";
  const today = b.onTreatment.map((m) => ISS_VALUE_WORD[m]).join(", ");
  if (b.from === "on-treatment")
    return ` – on-treatment values only (no value dated on or before the first treatment, ${b.firstTreatment}); ISS, R-ISS and R2-ISS are defined at diagnosis`;
  return ` – values of ${b.dates.join(", ")}, before the first treatment (${b.firstTreatment})${today ? `; ${today} from values not dated before it` : ""}`;
}

/** Which rules held an option back for this patient, as data the surfaces word (the EHR card's marker, the web row's
 * badge; review c64-M2). A leaf module (types only), so the web's first page can use it. */
import type { AssessmentOption } from "../engine/assessment.js";

/** The rule ids of the safety findings that held the option back to "consider" or "trial" (a strength adjustment
 * met; not one that raised it, nor an option enabled by an unverified fact). */
export function holdingBack(o: AssessmentOption): string[] {
  if (o.strength !== "consider" && o.strength !== "trial") return [];
  return (o.safetyFindings ?? [])
    .filter((f) => f.kind === "strength-adjusted" && (f.to === "consider" || f.to === "trial"))
    .map((f) => f.ruleId);
}

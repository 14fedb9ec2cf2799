/** Words for prior lines of therapy, shared by the clinician text (clinician.ts) and the web app
 * (web/Results.tsx) so both say the same thing. */
import type { NotOffered } from "../engine/assessment.js";

/** "no prior lines", "1 prior line", "3 prior lines" (the line being given is no prior line). */
export function priorLinesWords(n: number): string {
  return n === 0 ? "no prior lines" : `${n} prior line${n === 1 ? "" : "s"}`;
}

/** Why an option is not offered (engine/not-offered.ts): "not offered because it needs >= 4 prior lines;
 * 2 prior lines recorded", or the reasons of the findings that exclude it. `atLeast` is the comparison as the
 * surface writes it (">=" in text, "≥" on the web). */
export function notOfferedBecause(n: NotOffered, atLeast: ">=" | "≥"): string {
  if (n.ruleId === "not-offered.exclusion")
    return `not offered: ${n.findings.map((f) => f.because).join("; ")}`;
  return `not offered because it needs ${atLeast} ${n.threshold} prior lines; ${priorLinesWords(n.value)} recorded`;
}

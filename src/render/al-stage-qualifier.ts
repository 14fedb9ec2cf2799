/** What an AL stage shown on the clinician summary rests on (review c91): staged before AL amyloidosis is met (an
 * indeterminate category, untyped amyloid, no tissue yet: M6, m7), or at diagnosis with a marker only from on-treatment
 * values (M4). Mayo 2004 and Mayo 2012 stage AL amyloidosis at presentation (criteria-and-scores.md 5.1, 5.2); the
 * reference is silent on mixing dates, so such a stage is said not to be a baseline one, as the handout says it cannot
 * give the stage. Pure: words only. */

import type { Assessment } from "../engine/assessment.js";
import type { AlStageBasis } from "../scores/al-stage/al-stage.js";

export const IF_AL_CONFIRMED = "if AL amyloidosis is confirmed";

const MARKER_WORD = {
  ntProBnp: "NT-proBNP",
  troponinT: "troponin T",
  involvedFreeLightChain: "involved FLC",
  uninvolvedFreeLightChain: "uninvolved FLC",
} as const;

/** AL amyloidosis met, alone or beside myeloma (IMWG 2014: all four requirements). */
export function alMet(a: Assessment): boolean {
  return (
    a.diagnosis.category === "al-amyloidosis" || a.diagnosis.alsoMeets?.includes("al-amyloidosis") === true
  );
}

/** The words after a stage on the summary line: "" for a stage at presentation, else in brackets why it is not one
 * (the stage is kept: the Staging section gives its values and dates). */
export function alStageQualifier(a: Assessment, basis: AlStageBasis | null | undefined): string {
  const said: string[] = [];
  if (!alMet(a)) said.push(IF_AL_CONFIRMED);
  if (basis?.from === "on-treatment") said.push("not a baseline stage: on-treatment values only");
  else if (basis && basis.onTreatment.length > 0) {
    const markers = [...new Set(basis.onTreatment.map((m) => MARKER_WORD[m]))];
    said.push(`not a baseline stage: ${markers.join(", ")} only from on-treatment values`);
  }
  return said.length === 0 ? "" : ` (${said.join("; ")})`;
}

/** Words for prior lines of therapy, shared by the clinician text (clinician.ts) and the web app
 * (web/Results.tsx) so both say the same thing. */
import type { NotOffered } from "../engine/assessment.js";
import { FACTS } from "../knowledge/situation.js";

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
  // Review c86-m3: a label's yes/no element not met (cilta-cel, EU: "progressed on last therapy", treatments.md 5b).
  if (n.ruleId === "not-offered.label")
    return `not offered because the ${JURISDICTION[n.label]} label needs ${n.findings
      .map((f) => `${f.value ? "not " : ""}${FACTS[f.fact as keyof typeof FACTS]?.label ?? f.fact}`)
      .join(" and ")}; not so here`;
  const recorded = `${priorLinesWords(n.value)} recorded`;
  // Review c84-M1: whose label the count is, and where the reference gives none (treatments.md 5c).
  if (n.label !== undefined) {
    const other = n.otherLabel
      ? ` (the ${JURISDICTION[n.otherLabel.jurisdiction]} label ${atLeast} ${n.otherLabel.threshold})`
      : "";
    return `not offered because the ${JURISDICTION[n.label]} label needs ${atLeast} ${n.threshold} prior lines${other}; ${recorded}`;
  }
  if (n.notInReference !== undefined && n.notInReference.length > 0) {
    const source = n.notInReference.includes("eu") ? "us" : "eu";
    const none = n.notInReference.map((j) => `the ${JURISDICTION[j]} label's`).join(" and ");
    return `not offered because it needs ${atLeast} ${n.threshold} prior lines, the ${JURISDICTION[source]} label's requirement (${none} line requirement is not in the clinical reference: decide with the team); ${recorded}`;
  }
  return `not offered because it needs ${atLeast} ${n.threshold} prior lines; ${recorded}`;
}

const JURISDICTION = { us: "US", eu: "EU" } as const;

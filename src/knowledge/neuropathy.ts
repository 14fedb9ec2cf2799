/** Existing peripheral neuropathy against bortezomib- and thalidomide-containing regimens (review c9-F4):
 * treatments.md 7b. Bortezomib: grade 1 with pain or grade 2 = reduce to 1.0 mg/m2 (or weekly); grade 2 with
 * pain or grade 3 = hold until <= grade 1, then 0.7 mg/m2 weekly; grade 4 = stop (US PI 2.7). Thalidomide:
 * dose- and duration-dependent neuropathy, often irreversible (UNVERIFIED in the reference). The reference
 * names regimens without this burden (DRd: "no neuropathy from a PI"; XVd: less neuropathy than twice-weekly
 * Vd), so with neuropathy grade >= 2 or painful an option with either drug is lowered to "consider" and its
 * reason named; the grade 1 painless case (no dose change) changes nothing. */
import type { Condition, KnowledgeEntry, StrengthAdjustment } from "./types.js";

/** Grade 2 or more, or painful at any grade (the rows of the bortezomib table that change the dose). */
export const NEUROPATHY_GRADE_2_OR_PAINFUL: Condition = {
  any: [
    { fact: "neuropathyGrade", gte: 2 },
    { fact: "neuropathyPainful", is: true },
  ],
};

export const BORTEZOMIB_NEUROPATHY: StrengthAdjustment = {
  id: "neuropathy-bortezomib",
  when: NEUROPATHY_GRADE_2_OR_PAINFUL,
  to: "consider",
  because:
    "Existing peripheral neuropathy (grade 2 or more, or painful): bortezomib is given at a reduced dose (grade 1 with pain or grade 2: 1.0 mg/m2 or weekly), held until the neuropathy is grade 1 or less (grade 2 with pain or grade 3: then 0.7 mg/m2 weekly) or stopped (grade 4) (US PI, treatments.md 7b). At grade 2 with pain or more this regimen cannot start until the neuropathy is grade 1 or less; a regimen without bortezomib avoids worsening it",
  show: ["neuropathyGrade", "neuropathyPainful"],
  citations: ["myeloma-drug-labels"],
  evidence: "verified",
};

export const THALIDOMIDE_NEUROPATHY: StrengthAdjustment = {
  id: "neuropathy-thalidomide",
  when: NEUROPATHY_GRADE_2_OR_PAINFUL,
  to: "consider",
  because:
    "Existing peripheral neuropathy (grade 2 or more, or painful): thalidomide causes dose- and duration-dependent neuropathy, often irreversible (treatments.md 7b); a regimen without thalidomide avoids worsening it",
  show: ["neuropathyGrade", "neuropathyPainful"],
  citations: ["myeloma-drug-labels"],
  evidence: "unverified",
};

/** Strengths above "consider": only these are lowered (an adjustment sets the strength it names). */
const ABOVE_CONSIDER: ReadonlySet<string> = new Set(["preferred", "standard", "if-eligible"]);

/** The entries with the neuropathy adjustments added to every treatment option whose regimen has
 * bortezomib or thalidomide. */
export function withNeuropathyAdjustments(entries: readonly KnowledgeEntry[]): KnowledgeEntry[] {
  return entries.map((e) => {
    const drugs = e.regimen?.drugs ?? [];
    if (e.kind === "supportive-care" || !ABOVE_CONSIDER.has(e.strength)) return e;
    const add: StrengthAdjustment[] = [];
    if (drugs.includes("bortezomib")) add.push(BORTEZOMIB_NEUROPATHY);
    if (drugs.includes("thalidomide")) add.push(THALIDOMIDE_NEUROPATHY);
    return add.length === 0 ? e : { ...e, adjust: [...(e.adjust ?? []), ...add] };
  });
}

/** Whether an option's safety findings hold a neuropathy adjustment (the handout says it plainly). */
export function isNeuropathyAdjustment(ruleId: string): boolean {
  return (
    ruleId.endsWith(`.adjust.${BORTEZOMIB_NEUROPATHY.id}`) ||
    ruleId.endsWith(`.adjust.${THALIDOMIDE_NEUROPATHY.id}`)
  );
}

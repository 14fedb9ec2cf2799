/** Existing peripheral neuropathy against bortezomib- and thalidomide-containing regimens (review c9-F4,
 * c11-M5): treatments.md 7b. Bortezomib: grade 1 with pain or grade 2 = reduce to 1.0 mg/m2 (or weekly);
 * grade 2 with pain or grade 3 = hold until <= grade 1, then 0.7 mg/m2 weekly; grade 4 = stop (US PI 2.7).
 * Thalidomide: dose- and duration-dependent neuropathy, often irreversible (UNVERIFIED in the reference;
 * 3b, D-VTd: "more neuropathy (thalidomide)"). The reference names regimens without this burden (DRd: "no
 * neuropathy from a PI"; XVd: less neuropathy than twice-weekly Vd), so:
 * - the hold rows (grade 2 with pain, grade 3 or 4), or a grade or pain not recorded where it could be one,
 *   lower a bortezomib option to "consider": it cannot start now;
 * - the dose-reduction rows (grade 1 with pain, grade 2 without), a dose change and not a bar, lower it one
 *   step (preferred -> standard, standard -> consider), which keeps the order the evidence gives between
 *   bortezomib regimens (D-VRd preferred, D-VTd standard: c11-M5);
 * - thalidomide at grade >= 2 or painful lowers to "consider".
 * The reference does not rank the regimens for neuropathy: the one-step rule is the tool's reading, and the
 * caution says so. The grade 1 painless case (no dose change) changes nothing.
 * Review c74-U1 (UNSAFE): a neuropathy present with no grade recorded (conditions.peripheralNeuropathy, as an EHR
 * problem list says it) is read as the worst case of the table, a hold row for bortezomib and grade 2 or more for
 * thalidomide; a grade recorded wins. */
import type { Condition, KnowledgeEntry, Strength, StrengthAdjustment } from "./types.js";

/** Review c74-U1: peripheral neuropathy recorded as present, its grade not recorded (treatments.md 7b: the grade
 * decides the bortezomib dose): read as the worst case the hold caution names ("its grade ... not recorded"). */
export const NEUROPATHY_PRESENT_GRADE_NOT_RECORDED: Condition = {
  all: [
    { fact: "peripheralNeuropathy", is: true },
    { fact: "neuropathyGrade", known: false },
  ],
};

/** Grade 2 or more, or painful at any grade (the rows of the bortezomib table that change the dose), or present
 * with no grade recorded (review c74-U1). */
export const NEUROPATHY_GRADE_2_OR_PAINFUL: Condition = {
  any: [
    { fact: "neuropathyGrade", gte: 2 },
    { fact: "neuropathyPainful", is: true },
    NEUROPATHY_PRESENT_GRADE_NOT_RECORDED,
  ],
};

/** The dose-reduction rows of the bortezomib table, both facts known: grade 1 (or less) with pain, or
 * grade 2 without. */
export const BORTEZOMIB_REDUCE_ROWS: Condition = {
  any: [
    {
      all: [
        { fact: "neuropathyGrade", lte: 1 },
        { fact: "neuropathyPainful", is: true },
      ],
    },
    {
      all: [
        { fact: "neuropathyGrade", is: 2 },
        { fact: "neuropathyPainful", is: false },
      ],
    },
  ],
};

/** The hold and stop rows (grade 2 with pain, grade 3 or 4), or a row that cannot be told from the dose
 * rows because the grade or the pain is not recorded (an absent answer is not "no"). */
export const BORTEZOMIB_HOLD_ROWS: Condition = {
  any: [
    { fact: "neuropathyGrade", gte: 3 },
    {
      all: [
        { fact: "neuropathyGrade", gte: 2 },
        {
          any: [
            { fact: "neuropathyPainful", is: true },
            { fact: "neuropathyPainful", known: false },
          ],
        },
      ],
    },
    {
      all: [
        { fact: "neuropathyPainful", is: true },
        { fact: "neuropathyGrade", known: false },
      ],
    },
    NEUROPATHY_PRESENT_GRADE_NOT_RECORDED,
  ],
};

export const BORTEZOMIB_NEUROPATHY: StrengthAdjustment = {
  id: "neuropathy-bortezomib",
  when: BORTEZOMIB_HOLD_ROWS,
  to: "consider",
  because:
    "Existing peripheral neuropathy (grade 2 with pain or more, or its grade or pain not recorded): bortezomib is held until the neuropathy is grade 1 or less (grade 2 with pain or grade 3: then 0.7 mg/m2 weekly) or stopped (grade 4) (US PI, treatments.md 7b). This regimen cannot start until the neuropathy is grade 1 or less; a regimen without bortezomib avoids worsening it",
  show: ["neuropathyGrade", "neuropathyPainful"],
  citations: ["myeloma-drug-labels"],
  evidence: "verified",
};

/** Review c91-m1: in AL amyloidosis the hold pointed to "a regimen without bortezomib" the tool does not list: treatments.md
 * 6 gives D-VCd, VCd and ASCT after induction, every induction with bortezomib, and is silent on an AL regimen without it.
 * The same hold (its id, so the handout reads it alike), said with that silence. */
export const BORTEZOMIB_NEUROPATHY_AL: StrengthAdjustment = {
  ...BORTEZOMIB_NEUROPATHY,
  because: BORTEZOMIB_NEUROPATHY.because.replace(
    "a regimen without bortezomib avoids worsening it",
    "the reference gives no AL regimen without bortezomib (treatments.md 6 lists D-VCd, VCd and ASCT after induction), so how to treat the clone meanwhile is the team's decision (the reference is silent)",
  ),
  evidence: "unverified",
};

/** The dose-reduction rows' first sentence, the same on every bortezomib option (review c86-m4). */
const BORTEZOMIB_REDUCE_WORDS =
  "Existing peripheral neuropathy (grade 1 with pain, or grade 2 without): bortezomib is given at a reduced dose, 1.0 mg/m2 or weekly (US PI, treatments.md 7b); a dose change, not a bar.";

/** The dose-reduction rows: one step lower than the entry's own strength (see the file header); on an entry at
 * "consider" already (PVd, review c86-m4) no step is left: the caution alone, its strength kept. */
const bortezomibReduce = (to: Strength, lowered: boolean): StrengthAdjustment => ({
  id: "neuropathy-bortezomib-dose-reduced",
  when: BORTEZOMIB_REDUCE_ROWS,
  to,
  because: lowered
    ? `${BORTEZOMIB_REDUCE_WORDS} Lowered one step, so that a regimen adding another neuropathic drug (thalidomide) stays below one that does not; the reference does not rank regimens for neuropathy`
    : `${BORTEZOMIB_REDUCE_WORDS} Already "consider": its strength is kept; the reference does not rank regimens for neuropathy`,
  show: ["neuropathyGrade", "neuropathyPainful"],
  citations: ["myeloma-drug-labels"],
  evidence: "verified",
});

export const THALIDOMIDE_NEUROPATHY: StrengthAdjustment = {
  id: "neuropathy-thalidomide",
  when: NEUROPATHY_GRADE_2_OR_PAINFUL,
  to: "consider",
  because:
    "Existing peripheral neuropathy (grade 2 or more, or painful, or its grade not recorded): thalidomide causes dose- and duration-dependent neuropathy, often irreversible (treatments.md 7b); a regimen without thalidomide avoids worsening it",
  show: ["neuropathyGrade", "neuropathyPainful"],
  citations: ["myeloma-drug-labels"],
  evidence: "unverified",
};

/** Strengths above "consider": only these are lowered (an adjustment sets the strength it names). */
const ABOVE_CONSIDER: ReadonlySet<string> = new Set(["preferred", "standard", "if-eligible"]);

/** The entries with the neuropathy adjustments added to every treatment option whose regimen has
 * bortezomib or thalidomide. Review c84-m2: the hold rows (to "consider") also on an entry already at "consider" (PVd
 * gives bortezomib too, and cannot start until grade 1 or less: treatments.md 7b), where they change no strength and
 * the caution says why; the one-step reduction only above it (a "consider" entry has no step left: review c86-m4, the
 * dose-reduction caution there too, its strength kept). */
export function withNeuropathyAdjustments(entries: readonly KnowledgeEntry[]): KnowledgeEntry[] {
  return entries.map((e) => {
    const drugs = e.regimen?.drugs ?? [];
    const above = ABOVE_CONSIDER.has(e.strength);
    if (e.kind === "supportive-care" || !(above || e.strength === "consider")) return e;
    const add: StrengthAdjustment[] = [];
    if (drugs.includes("bortezomib"))
      add.push(e.group === "al-amyloidosis" ? BORTEZOMIB_NEUROPATHY_AL : BORTEZOMIB_NEUROPATHY);
    // Review c86-m4: the dose-reduction caution on a "consider" entry too (PVd), as the hold's (c84-m2).
    if (drugs.includes("bortezomib"))
      add.push(bortezomibReduce(e.strength === "preferred" ? "standard" : "consider", above));
    if (drugs.includes("thalidomide")) add.push(THALIDOMIDE_NEUROPATHY);
    return add.length === 0 ? e : { ...e, adjust: [...(e.adjust ?? []), ...add] };
  });
}

/** Whether an option's safety findings hold a neuropathy adjustment (the handout says it plainly). */
export function isNeuropathyAdjustment(ruleId: string): boolean {
  return (
    ruleId.endsWith(`.adjust.${BORTEZOMIB_NEUROPATHY.id}`) ||
    ruleId.endsWith(".adjust.neuropathy-bortezomib-dose-reduced") ||
    ruleId.endsWith(`.adjust.${THALIDOMIDE_NEUROPATHY.id}`)
  );
}

/** The IMWG renal rule at a relapse with kidney injury from the myeloma (review c77-W1). The reference gives it for
 * myeloma-related renal impairment: "bortezomib-based regimens are the cornerstone ...; give high-dose dex for at
 * least the first month" (treatments.md 3b, VCd row, [19]) and "bortezomib-based therapy + high-dose dex early"
 * (8c, renal protection, [19]). At a relapse whose creatinine rise (criteria-and-scores.md 6.2) the team attributes to
 * the myeloma, or whose attribution is not recorded (it is then asked: response/clinical-relapse.ts), the options were
 * those of normal kidneys: Tec-Dara "preferred", no card naming the rule. So, on every option at relapse with a regimen:
 * - a bortezomib-containing one says it is bortezomib-based, with the rule (the reference's words: verified);
 * - any other says it does not follow the rule: with the injury attributed to the myeloma by the team it is held at
 *   "consider" (not a first choice; re-check c78-m1: DKd and DPd at "standard" headed the top options beside their
 *   own "not a first choice"), with the attribution not recorded a "preferred" one is held at "standard" and the words
 *   say the rule applies if the team attributes it. The reference does not rank the relapse regimens by it: applying
 *   the rule to the choice at relapse is the project's reading, UNVERIFIED, and the words say so.
 * No dose is given: the reference gives no dexamethasone dose for "high-dose".
 * At diagnosis (review c79-m3), the lenalidomide-containing induction cards say the sequence of the same row. */
import { highDoseDexOver75, myelomaKidneyInjury, ndmm } from "./entries/common.js";
import {
  type CautionDef,
  type Condition,
  EntryGroup,
  type KnowledgeEntry,
  type StrengthAdjustment,
} from "./types.js";

/** The kidney injury from the myeloma active at this relapse: attributed by the team, or its attribution not
 * recorded (the situation fact is then unknown). */
const ATTRIBUTED: Condition = { fact: "myelomaKidneyInjuryAtRelapse", is: true };
const NOT_RECORDED: Condition = { fact: "myelomaKidneyInjuryAtRelapse", known: false };
const MYELOMA_KIDNEY_AT_RELAPSE: Condition = { any: [ATTRIBUTED, NOT_RECORDED] };

const RULE =
  "Kidney injury at this relapse (a creatinine rise of 2 mg/dL or more from the line start, which counts when attributable to the myeloma; the team's attribution is named at the end): the IMWG renal recommendation is bortezomib-based therapy with high-dose dexamethasone early, for at least the first month (treatments.md 3b, 8c; the reference gives no dose for it).";

const CITATIONS = ["dimopoulos-2016-jco-renal"] as const;
const SHOW = ["kidneyImpairmentFromMyeloma"] as const;

const BORTEZOMIB_BASED: CautionDef = {
  text: `${RULE} This regimen is bortezomib-based.`,
  when: MYELOMA_KIDNEY_AT_RELAPSE,
  show: SHOW,
  citations: CITATIONS,
  evidence: "verified",
};

const READING =
  "The reference gives the rule for myeloma-related renal impairment; applying it to the choice of regimen at relapse is this tool's reading (UNVERIFIED).";
const NOT_BORTEZOMIB_TEXT = `${RULE} This regimen is not bortezomib-based, so it does not follow that rule: not a first choice while the kidney injury from the myeloma is active. ${READING}`;
const NOT_BORTEZOMIB_OPEN_TEXT = `${RULE} This regimen is not bortezomib-based, so it does not follow that rule, which applies if the team attributes the kidney injury to the myeloma (not recorded). ${READING}`;

/** The attribution not recorded: the words on an option not held. */
const NOT_BORTEZOMIB_OPEN: CautionDef = {
  text: NOT_BORTEZOMIB_OPEN_TEXT,
  when: NOT_RECORDED,
  show: SHOW,
  citations: CITATIONS,
  evidence: "unverified",
};

/** The high dose beside the 20 mg weekly the reference gives for age over 75 or frailty (treatments.md 4, 7b): it does
 * not say which wins, as at diagnosis (newly-diagnosed.ts, VCd). */
const HIGH_DOSE_DEX_OVER_75: CautionDef = {
  ...highDoseDexOver75,
  when: { all: [MYELOMA_KIDNEY_AT_RELAPSE, highDoseDexOver75.when ?? { all: [] }] },
};

/** An option without bortezomib, the injury attributed to the myeloma: held at "consider" (re-check c78-m1). */
const NOT_BORTEZOMIB_HELD: StrengthAdjustment = {
  id: "myeloma-kidney-not-bortezomib",
  when: ATTRIBUTED,
  to: "consider",
  because: NOT_BORTEZOMIB_TEXT,
  show: SHOW,
  citations: CITATIONS,
  evidence: "unverified",
};

/** A "preferred" option without bortezomib, the attribution not recorded: held at "standard". */
const NOT_BORTEZOMIB_OPEN_HELD: StrengthAdjustment = {
  ...NOT_BORTEZOMIB_HELD,
  id: "myeloma-kidney-not-bortezomib-if-attributed",
  when: NOT_RECORDED,
  to: "standard",
  because: NOT_BORTEZOMIB_OPEN_TEXT,
};

/** The groups of the options at relapse: relapsed myeloma, CAR-T, bispecific antibodies (their kinds are all
 * anti-myeloma treatment). */
const AT_RELAPSE: ReadonlySet<EntryGroup> = new Set([
  EntryGroup.relapse,
  EntryGroup.carT,
  EntryGroup.bispecific,
]);

/** Review c79-m3 (cast nephropathy, CrCl 19: D-VRd "preferred" beside VCd "preferred" with no word of the sequence):
 * treatments.md 3b, VCd row (checked, [19]): for acute kidney injury / cast nephropathy at presentation
 * "bortezomib-based regimens are the cornerstone ...; give high-dose dex ... Switch to quadruplet (e.g., D-VRd with
 * renal-adjusted lenalidomide) once renal function is known". Said on the lenalidomide-containing induction cards at
 * diagnosis while the renal criterion is met as the diagnosis decides it (ndmm.renal.vcd's term: the team's
 * attribution recorded false leaves it not met; not recorded, it is met and named "not known" here). The strength is
 * not changed: the reference ranks no induction against VCd by it. */
const AT_DIAGNOSIS_SEQUENCE: CautionDef = {
  text: "Myeloma kidney injury (the IMWG 2014 renal criterion met; it counts when attributable to myeloma, the team's attribution is named at the end): the reference gives bortezomib-based therapy (VCd) first, with high-dose dexamethasone, and the quadruplet with renal-adjusted lenalidomide once renal function is known (treatments.md 3b).",
  when: { all: [ndmm, myelomaKidneyInjury] },
  show: SHOW,
  citations: CITATIONS,
  evidence: "verified",
};

/** An induction at diagnosis giving lenalidomide (review c79-m3). */
const lenalidomideInductionAtDiagnosis = (e: KnowledgeEntry): boolean =>
  e.group === EntryGroup.newlyDiagnosed &&
  e.kind === "systemic-therapy" &&
  e.regimen?.drugs.includes("lenalidomide") === true;

/** The entries with the rule added to every option at relapse that has a regimen, and its sequence to the
 * lenalidomide-containing inductions at diagnosis. */
export function withMyelomaKidneyRule(entries: readonly KnowledgeEntry[]): KnowledgeEntry[] {
  return entries.map((e) => {
    if (lenalidomideInductionAtDiagnosis(e))
      return { ...e, cautions: [...e.cautions, AT_DIAGNOSIS_SEQUENCE] };
    if (e.regimen === null || !AT_RELAPSE.has(e.group)) return e;
    if (e.regimen.drugs.includes("bortezomib"))
      return { ...e, cautions: [...e.cautions, BORTEZOMIB_BASED, HIGH_DOSE_DEX_OVER_75] };
    const adjust = [...(e.adjust ?? []), NOT_BORTEZOMIB_HELD];
    if (e.strength === "preferred") return { ...e, adjust: [...adjust, NOT_BORTEZOMIB_OPEN_HELD] };
    return { ...e, adjust, cautions: [...e.cautions, NOT_BORTEZOMIB_OPEN] };
  });
}

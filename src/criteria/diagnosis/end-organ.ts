/**
 * End-organ findings a clone below myeloma's threshold leaves unexplained (review c20-4; review c21). IMWG
 * 2014 counts a CRAB feature only when it is attributable to the plasma-cell disorder, and MGUS and
 * smouldering myeloma need none attributable to the clone (criteria-and-scores.md 1.1-1.3,
 * rajkumar-2014-lancet-oncol). A CRAB feature with myeloma not met for want of its clone criterion (clonal
 * marrow plasma cells below 10% and no plasmacytoma, or a plasmacytoma only a lesion's biopsy could show),
 * or a 24-hour urine protein above AL amyloidosis' kidney level (gertz-2005-am-j-hematol), is a finding the
 * record cannot attribute: the category is undecided with no lean. This module gives the question, the tests
 * that would answer it, and the category the findings meet if the finding proves unrelated (its follow-up
 * is kept meanwhile). Kidney disease caused by a monoclonal protein is not in the clinical reference: IKMG
 * 2019 (leung-2019-nat-rev-nephrol) is cited for it.
 */
import type { DiagnosisCategory } from "../../model/enums.js";
import type { Facts } from "../../model/facts.js";
import type { MissingInput } from "../../model/trace.js";
import { kidneyRaisesAmyloid, proteinuriaAboveAlKidney } from "./amyloid.js";
import type { Decision } from "./decide.js";
import { decide } from "./decide.js";
import { AMYLOID_KEYS, type Findings, type TruthKey } from "./findings.js";
import { MET, NOT_MET, UNKNOWN } from "./logic.js";

/** Bone lesions are not among them: with a low marrow, a lesion is solitary plasmacytoma's question (1.4 and
 * the marrow caveat of 1.1), which the category logic already asks (the lesion's biopsy). */
export type EndOrganFeature = "hypercalcaemia" | "renal-impairment" | "anaemia" | "proteinuria";

export interface EndOrganQuestion {
  /** The findings whose attribution to the clone is not known, CRAB order then proteinuria. */
  features: EndOrganFeature[];
  /** The category the findings meet if these prove unrelated to the clone (and no amyloid is found), or
   * the lean then; null when even that is open. Its follow-up is kept while the question is worked up. */
  ifUnrelated: DiagnosisCategory | null;
  /** A kidney finding is among them: the kidney work-up (urine protein, kidney biopsy) is named. */
  kidney: boolean;
  /** Myeloma is known not met (clonal marrow plasma cells below 10% and no plasmacytoma); false when it is
   * still open (the marrow not examined, or a lesion not biopsied): the deciding tests then include its own. */
  myelomaNotMet: boolean;
  /** Myeloma not met with the clone criterion met (clonal marrow plasma cells >= 10% or a plasmacytoma): for want
   * of an event attributable to the clone (review c61-W1: a kidney recorded as not the myeloma's). */
  cloneMet: boolean;
}

const CRAB: readonly (readonly [TruthKey, EndOrganFeature])[] = [
  ["calcium", "hypercalcaemia"],
  ["renal", "renal-impairment"],
  ["anaemia", "anaemia"],
];

/**
 * The question, or null. It applies to an untreated record with a clone shown, no SLiM biomarker met (a
 * SLiM finding is myeloma-defining whatever the organs show) and no amyloid shown, left indeterminate with a
 * CRAB feature in question (crabInQuestion), or indeterminate, MGUS or smouldering myeloma with a proteinuria
 * above AL's kidney level (which alone never makes AL amyloidosis the lean, with its regimens: it asks for
 * the tissue). Call it on untreated records only.
 */
export function endOrganQuestionOf(facts: Facts, f: Findings, d: Decision): EndOrganQuestion | null {
  if (f.monoclonal !== MET) return null;
  if (f.flcLi === MET || f.bmpc60 === MET || f.mri2 === MET) return null;
  // Amyloid shown (organ involvement or Congo red positive tissue): AL's own work-up decides (decide.ts).
  if (f.amyloidSyndrome === MET || f.congoRed === MET) return null;
  const proteinuria = proteinuriaAboveAlKidney(facts);
  // MGUS and smouldering myeloma need no end-organ damage from the clone (1.2-1.3): a proteinuria above AL's
  // kidney level takes them back to undecided, a negative Congo red or not (review c21-1: most kidney
  // lesions of a monoclonal protein are not amyloid, leung-2019-nat-rev-nephrol).
  const open =
    d.category === "indeterminate" ||
    (proteinuria && (d.category === "mgus" || d.category === "smoldering-myeloma"));
  if (!open) return null;
  const features: EndOrganFeature[] = [];
  const aside: Findings = { ...f };
  for (const [key, feature] of crabInQuestion(f, d) ? CRAB : []) {
    if (f[key] !== MET) continue;
    features.push(feature);
    aside[key] = NOT_MET;
  }
  if (proteinuria) features.push("proteinuria");
  if (features.length === 0) return null;
  // Unrelated: the amyloid question the kidney raised goes with it.
  if (kidneyRaisesAmyloid(facts) !== null) for (const k of AMYLOID_KEYS) aside[k] = NOT_MET;
  const then = decide(aside);
  return {
    features,
    ifUnrelated: then.category === "indeterminate" ? then.likely : then.category,
    kidney: proteinuria || f.renal === MET,
    myelomaNotMet: d.truths.mm === NOT_MET,
    cloneMet: f.bmpc10 === MET || f.plasmacytoma === MET,
  };
}

/**
 * A CRAB feature is in question while myeloma is known not met (the feature then makes the event, the clone
 * criterion fails), and while it is open only through a lesion's biopsy with the marrow known below 10% and
 * the bone event not met (one lesion below 10% marrow is no bone event, 1.1 marrow caveat): the CRAB feature
 * is then the only event, and whether it comes from the clone is the same question (review c21-5: a marrow of
 * 8%, one lesion not biopsied and a rising creatinine leaned to myeloma with its kidney regimen). With the
 * marrow not examined, or lesions enough for the bone event, the test that could meet myeloma decides first.
 */
function crabInQuestion(f: Findings, d: Decision): boolean {
  if (d.truths.mm === NOT_MET) return true;
  return d.truths.mm === UNKNOWN && f.bmpc10 === NOT_MET && f.lytic2 !== MET && f.plasmacytoma === UNKNOWN;
}

/** What would answer the question, as couldChangeWith phrases and the record fields they fill. */
export function endOrganTests(
  q: EndOrganQuestion,
  facts: Facts,
): { phrases: string[]; missing: MissingInput[] } {
  const phrases: string[] = [];
  const missing: MissingInput[] = [];
  if (q.kidney) {
    // On dialysis a 24-hour urine says little (review c21-14): not asked for.
    if (facts.labs.urineTotalProtein === null && facts.conditions.renalFailureOnDialysis !== true) {
      phrases.push("24-hour urine total protein not recorded");
      missing.push({
        field: "labs.urineTotalProtein",
        neededFor: "kidney findings with a monoclonal protein (AL amyloidosis' kidney criterion)",
      });
    }
    phrases.push(
      "kidney biopsy not done (whether the kidney damage comes from the monoclonal protein: AL amyloidosis or another monoclonal-protein kidney disease)",
    );
  }
  for (const x of q.features) {
    if (x === "renal-impairment" || x === "proteinuria") continue;
    phrases.push(
      `${FEATURE_WORDS[x]}: whether it comes from the plasma-cell disorder is not settled (other causes)`,
    );
  }
  return { phrases, missing };
}

/** Why myeloma does not explain the findings, in words. */
export function myelomaWords(q: EndOrganQuestion): string {
  return q.myelomaNotMet
    ? q.cloneMet
      ? "no myeloma-defining event attributable to the clone: myeloma is not met"
      : "clonal marrow plasma cells below 10% and no plasmacytoma: myeloma is not met"
    : "myeloma is not shown (its deciding tests are not all done)";
}

export const FEATURE_WORDS: Record<EndOrganFeature, string> = {
  hypercalcaemia: "hypercalcaemia",
  "renal-impairment": "renal insufficiency",
  anaemia: "anaemia",
  proteinuria: "proteinuria above 0.5 g/day",
};

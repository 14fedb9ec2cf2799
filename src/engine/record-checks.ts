/** Alerts about what the record itself says (or cannot say) that the team should check: treatment entries
 * that name no anti-myeloma drug (review c9-F1), an IgM paraprotein not shown to be myeloma (c9-F3). The words are short and name the entry; no patient value
 * beyond the entry itself. */

import {
  anaemiaStatus,
  assessBoneLesions,
  hypercalcaemiaStatus,
  renalStatus,
} from "../criteria/diagnosis/crab.js";
import type { DiagnosisResult } from "../criteria/diagnosis/diagnosis.js";
import { type EndOrganFeature, myelomaWords } from "../criteria/diagnosis/end-organ.js";
import { MET } from "../criteria/diagnosis/logic.js";
import { assessSlim, flcRatio100Status } from "../criteria/diagnosis/slim.js";
import type { Facts, TreatmentFact } from "../model/facts.js";
import { notCurrentValues } from "../model/not-current.js";
import type { MissingInput } from "../model/trace.js";
import { unusedFieldsWords, unusedValueWords } from "../model/unused-values.js";
import { daysBetween } from "../response/dates.js";
import {
  isStemCellCollection,
  isSupportiveCareDrug,
  namesMyelomaTherapy,
  unclassifiedDrugs,
} from "../response/drug-classes.js";
import { isSmmTherapy } from "../response/lines.js";
import type { Alert } from "./assessment.js";
import { NOT_CURRENT_UNVERIFIED, olderUsedWords } from "./not-current.js";
import { nyhaMeansHeartFailure } from "./options.js";

export const NOT_ANTIMYELOMA_ENTRY = "treatment.not-antimyeloma-entry";
export const UNKNOWN_DRUG_ENTRY = "treatment.unknown-drug-entry";

const entryName = (t: Facts["treatmentHistory"][number]) =>
  `"${t.regimen}" (${t.drugs.join(", ")}, from ${t.start})`;

/**
 * Treatment entries that are no line because their drugs are not anti-myeloma therapy (criteria-and-scores.md
 * 9.1, rajkumar-2015-blood-lines): drugs known not to treat myeloma (an anticoagulant or aspirin,
 * anti-infective prophylaxis) give an info alert; drugs of no known class, in an entry that does not record
 * the disease it treated, a warning that asks the team to check the entry (a trial agent counts once its
 * setting is recorded). Supportive care alone (bone agents, IVIG, ESAs, mobilisation agents) stays silent, as before.
 */
export function treatmentEntryAlerts(facts: Facts, text: boolean): Alert[] {
  const nonMyeloma: string[] = [];
  const unknown: string[] = [];
  for (const t of facts.treatmentHistory) {
    if (t.asct || isSmmTherapy(t) || t.drugs.length === 0 || namesMyelomaTherapy(t)) continue;
    // A stem cell collection (its mobilisation agents, cyclophosphamide beside them) stays silent (review c65-M2).
    if (t.drugs.every(isSupportiveCareDrug) || isStemCellCollection(t)) continue;
    if (unclassifiedDrugs(t.drugs).length > 0) unknown.push(entryName(t));
    else nonMyeloma.push(entryName(t));
  }
  const out: Alert[] = [];
  if (unknown.length > 0)
    out.push({
      id: UNKNOWN_DRUG_ENTRY,
      severity: "warning",
      text: text
        ? `Treatment ${unknown.length === 1 ? "entry" : "entries"} ${unknown.join("; ")}: no known anti-myeloma drug, and the disease it treated is not recorded. Not counted as a line of myeloma therapy: the phase and the options below take it as not myeloma therapy. Please check the entry: if it is myeloma therapy (for example a trial agent), record its setting ("multiple-myeloma") so it counts as a line; if it is not, it can be left out of the treatment history (record anticoagulation in conditions.anticoagulation).`
        : "",
      citations: ["rajkumar-2015-blood-lines"],
      verified: true,
    });
  if (nonMyeloma.length > 0)
    out.push({
      id: NOT_ANTIMYELOMA_ENTRY,
      severity: "info",
      text: text
        ? `Treatment ${nonMyeloma.length === 1 ? "entry" : "entries"} ${nonMyeloma.join("; ")}: an anticoagulant, aspirin or anti-infective prophylaxis, not anti-myeloma therapy; not counted as a line of myeloma therapy. A running anticoagulant is read as current anticoagulation for clot prevention (conditions.anticoagulation says its intensity).`
        : "",
      citations: ["rajkumar-2015-blood-lines"],
      verified: true,
    });
  return out;
}

export const CYCLES_BEYOND_DATES = "treatment.cycles-beyond-dates";
/** The shortest cycle the reference gives (VRd q21d, treatments.md 3b; D-VRd in CEPHEUS). */
const SHORTEST_CYCLE_DAYS = 21;

/**
 * Re-check c68-m5: a treatment entry's recorded `cycles` (from engine 0.2.76) that its dates cannot hold (8 cycles in
 * 111 days): more cycles than can have begun from its start to its end (or asOf) at the shortest cycle the reference
 * gives, 21 days. The count is read as recorded, never corrected; the team is asked to check it or the dates.
 */
export function cyclesBeyondDatesAlerts(facts: Facts, text: boolean): Alert[] {
  const entries: string[] = [];
  for (const t of facts.treatmentHistory) {
    if (t.cycles === null || t.start > facts.asOf) continue;
    const last = t.end !== null && t.end < facts.asOf ? t.end : facts.asOf;
    const most = Math.floor(daysBetween(t.start, last) / SHORTEST_CYCLE_DAYS) + 1;
    if (t.cycles > most)
      entries.push(`${entryName(t)}: ${t.cycles} cycles recorded, at most ${most} by its dates`);
  }
  if (entries.length === 0) return [];
  return [
    {
      id: CYCLES_BEYOND_DATES,
      severity: "warning",
      text: text
        ? `Treatment ${entries.length === 1 ? "entry" : "entries"} ${entries.join("; ")} (a new cycle at most every 21 days, the shortest cycle in the clinical reference). The count is read as recorded: please check it, or the entry's dates.`
        : "",
      citations: [RECORD_CHECK_RULES.cyclesBeyondDates.citation],
      verified: true,
    },
  ];
}

export const IGM_MYELOMA_NOT_SHOWN = "alert.igm-myeloma-not-shown";
export const IGM_LYMPHOMA_WORK_UP = "alert.igm-lymphoma-work-up";
/** The alerts that send an IgM paraprotein to the IgM / Waldenstrom pathway (the handout says so). */
export const IGM_PATHWAY_ALERTS: readonly string[] = [IGM_MYELOMA_NOT_SHOWN, IGM_LYMPHOMA_WORK_UP];

/** The rules behind these alerts, with their sources (the knowledge test checks every citation is used). */
export const RECORD_CHECK_RULES = {
  cyclesBeyondDates: {
    id: CYCLES_BEYOND_DATES,
    citation: "durie-2017-lancet",
    text: "A treatment entry records more cycles than its dates hold at the shortest cycle the reference gives (21 days, VRd q21d): the count is read as recorded and the team is asked to check it",
    evidence: "verified",
  },
  notAntimyelomaEntry: {
    id: NOT_ANTIMYELOMA_ENTRY,
    citation: "rajkumar-2015-blood-lines",
    text: "A line is anti-myeloma therapy: an entry of an anticoagulant, aspirin or anti-infective prophylaxis is no line",
    evidence: "secondary",
  },
  unknownDrugEntry: {
    id: UNKNOWN_DRUG_ENTRY,
    citation: "rajkumar-2015-blood-lines",
    text: "An entry of drugs of no known class, its setting not recorded, is not guessed to be a line: the team is asked to check it",
    evidence: "secondary",
  },
  igmMyelomaNotShown: {
    id: IGM_MYELOMA_NOT_SHOWN,
    citation: "schuster-2010-ajh",
    text: "IgM myeloma: an IgM monoclonal protein, >= 10% marrow plasma cells, plus lytic bone lesions and/or t(11;14) (Mayo definition, abstract seen); otherwise IgM disease follows the IgM / Waldenstrom pathway (criteria-and-scores.md 1.2-1.3)",
    evidence: "unverified",
  },
  anaemiaOnlyEvent: {
    id: "alert.anaemia-only-event-attribution",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Untreated myeloma whose only myeloma-defining event is the anaemia, the team's attribution not recorded: a CRAB feature counts only when attributable to the plasma-cell disorder (criteria-and-scores.md 1.1); its other causes are to be excluded",
    evidence: "verified",
  },
  igmLymphomaWorkUp: {
    id: IGM_LYMPHOMA_WORK_UP,
    citation: "rajkumar-2014-lancet-oncol",
    text: "An IgM paraprotein with lymphadenopathy, hepatosplenomegaly, constitutional symptoms or hyperviscosity is not IgM MGUS; IgM disease follows the IgM / Waldenstrom pathway (criteria-and-scores.md 1.2-1.3): its work-up is outside this tool",
    evidence: "verified",
  },
  biomarkerWithoutClone: {
    id: "alert.myeloma-biomarker-marrow-below-10",
    citation: "rajkumar-2014-lancet-oncol",
    text: "A SLiM biomarker is a myeloma-defining event, but myeloma also needs clonal marrow plasma cells >= 10% or a biopsy-proven plasmacytoma (criterion A), and smouldering myeloma needs no myeloma-defining event (criteria-and-scores.md 1.1-1.3): with the marrow below 10% the letter gives MGUS, which such a biomarker makes doubtful; BMPC% is best read on the core biopsy, the higher of aspirate and core counting [S]",
    evidence: "secondary",
  },
  endOrganNotExplained: {
    id: "alert.end-organ-not-explained",
    citation: "rajkumar-2014-lancet-oncol",
    text: "A CRAB feature counts only when attributable to the plasma-cell disorder (criteria-and-scores.md 1.1-1.3): with a clone below myeloma's threshold the record cannot show it, so no category is decided and no regimen is listed",
    evidence: "verified",
  },
  kidneyNotExplained: {
    id: "alert.kidney-not-explained",
    citation: "leung-2019-nat-rev-nephrol",
    text: "Kidney damage with a monoclonal protein not meeting a malignancy's criteria: AL amyloidosis, monoclonal gammopathy of renal significance or unrelated kidney disease; the kidney biopsy decides (IKMG 2019, not in the clinical reference)",
    evidence: "secondary",
  },
  kidneyProteinuriaLevel: {
    id: "alert.kidney-not-explained.proteinuria-level",
    citation: "gertz-2005-am-j-hematol",
    text: "AL amyloidosis' kidney involvement: 24-hour urine protein > 0.5 g/day, predominantly albumin (Gertz 2005, not in the clinical reference; defined once amyloidosis is shown by tissue). Above it, with a clone and no amyloid test, the amyloid question is raised, never answered",
    evidence: "secondary",
  },
  plasmaCellLeukaemia: {
    id: "alert.plasma-cell-leukaemia",
    citation: "fernandez-de-larrea-2021-bcj",
    text: "Primary plasma cell leukaemia: 5% or more circulating plasma cells on a peripheral blood smear in a patient otherwise meeting the criteria of multiple myeloma (IMWG 2021 consensus; not in the clinical reference, which gives no plasma cell leukaemia treatment): an ultra-high-risk disease; the options listed are those of multiple myeloma",
    evidence: "unverified",
  },
  // Review c86-M2: a value sent and not used (record unusedValues; the FHIR import fills it) is not a result, and an
  // absent test is not a negative test (criteria-and-scores.md 1.1): the criteria that read the field are not known
  // (criteria/diagnosis/crab.ts, slim.ts), and the team is asked to check the value. No threshold is read from it.
  unusedValue: {
    id: "alert.unused-value",
    citation: "rajkumar-2014-lancet-oncol",
    text: "A value sent for a record field and not used (implausible for its unit, a unit not taken, a bound, a preliminary result, no value): not read as a result, nor as 'not measured'; a criterion that reads the field is not known until the value is checked (an absent test is not a negative test, criteria-and-scores.md 1.1)",
    evidence: "verified",
  },
  heartFailureNyhaConflict: {
    id: "alert.heart-failure-nyha-conflict",
    citation: "chari-2018-blood-adv",
    text: "NYHA class III or IV is symptomatic heart failure by the class's definition (marked limitation of activity, or symptoms at rest); the carfilzomib trials excluded it (treatments.md 7b): heart failure recorded as absent beside such a class cannot both be right, and every rule reads heart failure as present (the cautious reading) until the team corrects one",
    evidence: "verified",
  },
} as const;

export const HEART_FAILURE_NYHA_CONFLICT = RECORD_CHECK_RULES.heartFailureNyhaConflict.id;
export const UNUSED_VALUE = RECORD_CHECK_RULES.unusedValue.id;

/** Review c86-M2: the values sent and not used that stand (model/unused-values.ts), named with what was sent and why it
 * was not used, so the team checks them. One warning for them all. */
function unusedValueAlert(facts: Facts, text: boolean): Alert[] {
  const sent = facts.unusedValues;
  if (sent.length === 0) return [];
  const fields = unusedFieldsWords(sent.map((u) => u.field));
  const what = sent.map((u) => unusedValueWords(u));
  // Task fix-stale Finding 1: a value sent that is newer than the field's latest used value makes that one not current
  // for the readers of "now" (model/not-current.ts; the project's reading, UNVERIFIED).
  const notCurrent = notCurrentValues(facts);
  const older = notCurrent.map((n) => {
    const o = olderUsedWords(n);
    return `${o.charAt(0).toUpperCase()}${o.slice(1)}, is older than the value sent: it is not read as current, and the doses, cautions and alerts that read it here read it as not known.`;
  });
  return [
    {
      id: UNUSED_VALUE,
      severity: "warning",
      text: text
        ? `${fields.charAt(0).toUpperCase()}${fields.slice(1)}: ${sent.length === 1 ? "a value was" : "values were"} sent and not used; check ${sent.length === 1 ? "it" : "them"} with the laboratory and correct the record. ${what.map((x) => `${x.charAt(0).toUpperCase()}${x.slice(1)}.`).join(" ")} Until then ${sent.length === 1 ? "it is" : "they are"} not read as a result, nor as not measured: a criterion of the diagnosis that reads ${sent.length === 1 ? "it" : "them"} is not known (an absent test is not a negative test, IMWG 2014).${older.length === 0 ? "" : ` ${older.join(" ")} (${NOT_CURRENT_UNVERIFIED}.)`}`
        : "",
      citations: [RECORD_CHECK_RULES.unusedValue.citation],
      verified: notCurrent.length === 0,
    },
  ];
}
export const PLASMA_CELL_LEUKAEMIA = RECORD_CHECK_RULES.plasmaCellLeukaemia.id;

/** Review c79-m4: circulating plasma cells at or above the IMWG 2021 level (5% of the white cells on a blood smear;
 * fernandez-de-larrea-2021-bcj, looked up: the clinical reference names plasma cell leukaemia only as a code,
 * criteria-and-scores.md 10.2, and counts circulating plasma cells only as a progression measure, 6.2) in a record that
 * meets multiple myeloma. The definition is of primary plasma cell leukaemia, at diagnosis; on a treated record the
 * leukaemic transformation (secondary plasma cell leukaemia) is named for the team to judge. Nothing is asked when the
 * count is not recorded (the reference asks for it nowhere). */
function plasmaCellLeukaemiaAlert(facts: Facts, diagnosis: DiagnosisResult, text: boolean): Alert[] {
  const cpc = facts.labs.circulatingPlasmaCells;
  if (cpc === null || cpc.value < 5 || diagnosis.category !== "multiple-myeloma") return [];
  const value = `${cpc.value}% of the white cells${cpc.date ? ` on ${cpc.date}` : ""}`;
  return [
    {
      id: PLASMA_CELL_LEUKAEMIA,
      severity: "warning",
      text: text
        ? diagnosis.treated
          ? `Circulating plasma cells ${value}, at or above 5%, on treated myeloma: a leukaemic transformation (secondary plasma cell leukaemia) is for the team to judge; the IMWG 2021 definition (5% or more on a blood smear) is of primary plasma cell leukaemia at diagnosis. The clinical reference gives no plasma cell leukaemia treatment: the options listed are those of relapsed myeloma; decide with a myeloma centre. (UNVERIFIED: not in the clinical reference.)`
          : `Circulating plasma cells ${value}: 5% or more on a peripheral blood smear with multiple myeloma is primary plasma cell leukaemia by the IMWG 2021 consensus definition, an ultra-high-risk disease. The clinical reference gives no plasma cell leukaemia treatment: the options listed are those of multiple myeloma; decide with a myeloma centre. (UNVERIFIED: not in the clinical reference.)`
        : "",
      citations: [RECORD_CHECK_RULES.plasmaCellLeukaemia.citation],
      verified: false,
    },
  ];
}

/** Review c58-M3: heart failure recorded as absent beside NYHA class III or IV. The rules read heart failure as present
 * (engine/options.ts heartFailureOf, review c57-U3) but nothing said the record contradicts itself: a warning names
 * both values so the team corrects the wrong one. Classes I and II decide nothing and raise nothing. */
export function heartFailureNyhaAlert(facts: Facts, text: boolean): Alert[] {
  const { heartFailure, nyhaClass } = facts.conditions;
  if (heartFailure !== false || !nyhaMeansHeartFailure(nyhaClass)) return [];
  return [
    {
      id: HEART_FAILURE_NYHA_CONFLICT,
      severity: "warning",
      text: text
        ? `The record says there is no heart failure, but it also records NYHA class ${nyhaClass}: class III and IV mean symptomatic heart failure (marked limitation of activity, or symptoms at rest), so the two cannot both be right. Until one is corrected, the options and cautions here read heart failure as present (the cautious reading). Check which is right and correct the other.`
        : "",
      citations: [RECORD_CHECK_RULES.heartFailureNyhaConflict.citation],
      verified: true,
    },
  ];
}

export const END_ORGAN_NOT_EXPLAINED = "alert.end-organ-not-explained";
export const BIOMARKER_WITHOUT_CLONE = "alert.myeloma-biomarker-marrow-below-10";
export const KIDNEY_NOT_EXPLAINED = "alert.kidney-not-explained";

const FEATURE_NAMES: Record<EndOrganFeature, string> = {
  hypercalcaemia: "Hypercalcaemia",
  "renal-impairment": "Renal insufficiency (the IMWG CRAB level)",
  anaemia: "Anaemia (the IMWG CRAB level)",
  proteinuria:
    "24-hour urine protein above 0.5 g/day (AL amyloidosis' kidney level, Gertz 2005, which also asks for it to be mostly albumin: the albumin share is not in the record)",
};

/**
 * Review c20-4: an end-organ finding with a clone below myeloma's threshold (diagnosis endOrganQuestion). A
 * warning says the category is not decided and why, what the possibilities are and what would decide them;
 * the kidney's possibilities (AL amyloidosis, monoclonal gammopathy of renal significance, unrelated kidney
 * disease) and the kidney biopsy come from IKMG 2019 (leung-2019-nat-rev-nephrol, not in the clinical
 * reference: secondary). No patient value: the findings are named by their criterion.
 */
export function endOrganAlert(facts: Facts, diagnosis: DiagnosisResult, text: boolean): Alert[] {
  const q = diagnosis.endOrganQuestion;
  if (q === null) return [];
  const what = q.features.map((x, i) =>
    i === 0 ? FEATURE_NAMES[x] : `${FEATURE_NAMES[x].charAt(0).toLowerCase()}${FEATURE_NAMES[x].slice(1)}`,
  );
  const findings = what.join(" and ");
  const meanwhile =
    q.ifUnrelated === "mgus" || q.ifUnrelated === "smoldering-myeloma"
      ? ` Meanwhile the ${q.ifUnrelated === "mgus" ? "MGUS" : "smouldering myeloma"} follow-up is kept.`
      : "";
  // An IgM paraprotein follows the IgM / Waldenstrom pathway, outside this tool (criteria-and-scores.md 1.2-1.3).
  const igm =
    facts.labs.heavyChain === "IgM"
      ? " The paraprotein is IgM: IgM disorders follow the IgM / Waldenstrom pathway, whose work-up is outside this tool."
      : "";
  if (q.kidney) {
    // On dialysis a 24-hour urine says little, and the tissue for Congo red comes first (review c21-14).
    const dialysis = facts.conditions.renalFailureOnDialysis === true;
    const urine =
      facts.labs.urineTotalProtein === null && !dialysis
        ? " a 24-hour urine total protein (with its albumin share);"
        : "";
    const tissue = dialysis
      ? " a tissue for Congo red (AL's Congo red may be read on any tissue: fat aspirate, marrow or organ biopsy) and, if the nephrologist advises, a kidney biopsy with immunofluorescence (IKMG 2019 recommends a kidney biopsy when monoclonal gammopathy of renal significance is suspected)."
      : " a kidney biopsy with Congo red and immunofluorescence (IKMG 2019 recommends a kidney biopsy when monoclonal gammopathy of renal significance is suspected; AL's Congo red may be read on any tissue: fat aspirate, marrow or organ biopsy).";
    // Myeloma still open (the marrow not examined, or a lesion not biopsied): its own tests come first.
    const marrow = q.myelomaNotMet
      ? ""
      : " the tests that could show myeloma (see what could change the category);";
    // Myeloma's typical kidney injury (criteria-and-scores.md 7.4) when the kidney function itself is low.
    const cast = q.features.includes("renal-impairment")
      ? " Light-chain cast nephropathy, myeloma's typical kidney injury, is among them too: a creatinine that keeps rising with a raised involved free light chain needs prompt review, and the marrow percentage is best read on the core biopsy (if aspirate and core differ, the higher counts)."
      : "";
    const heart = heartMarkersWords(facts);
    const citations: Alert["citations"] = [
      RECORD_CHECK_RULES.kidneyNotExplained.citation,
      "rajkumar-2014-lancet-oncol",
    ];
    if (heart !== "") citations.push("dispenzieri-2004-jco");
    if (q.features.includes("proteinuria"))
      citations.push(RECORD_CHECK_RULES.kidneyProteinuriaLevel.citation);
    return [
      {
        id: KIDNEY_NOT_EXPLAINED,
        severity: "warning",
        text: text
          ? `${findings} with a monoclonal protein, ${myelomaWords(q)}, and whether the kidney finding comes from the clone cannot be decided from the record. The possibilities are AL amyloidosis, another kidney disease caused by the monoclonal protein (monoclonal gammopathy of renal significance, not in the clinical reference) and kidney disease unrelated to the clone.${heart}${cast}${igm} To discuss: nephrology review;${marrow}${urine}${tissue} No myeloma or AL regimen is listed until the cause is known.${meanwhile}`
          : "",
        citations,
        verified: false,
      },
    ];
  }
  return [
    {
      id: END_ORGAN_NOT_EXPLAINED,
      severity: "warning",
      text: text
        ? `${findings} with a monoclonal protein, ${myelomaWords(q)}, and a CRAB feature counts only when it comes from the plasma-cell disorder, which the record cannot show. Its other causes are to be looked for (the clinical reference lists none); no regimen is listed until the category is decided.${igm}${meanwhile}`
        : "",
      citations: [RECORD_CHECK_RULES.endOrganNotExplained.citation],
      verified: true,
    },
  ];
}

/** Review c91-M6: suspected AL (a kidney finding with a clone, no tissue): raised cardiac markers beside it were not named.
 * IMWG 2014 lists the heart among AL's organ syndromes (criteria-and-scores.md 1.5); "raised" is read at the Mayo 2004
 * staging thresholds (NT-proBNP >= 332 pg/mL, troponin T >= 0.035 ng/mL by the conventional assay or one not recorded;
 * 5.1), the only marker thresholds the reference gives: a staging cut-off, not a diagnostic one (the project's reading,
 * UNVERIFIED). A high-sensitivity troponin is not read (5.2: the assays are not converted). Empty when neither is. */
function heartMarkersWords(facts: Facts): string {
  const nt = facts.labs.ntProBnp;
  const tn = facts.labs.troponinT;
  const raised = [
    nt !== null && nt.value >= 332 ? `NT-proBNP ${nt.value} pg/mL` : null,
    tn !== null && tn.method !== "high-sensitivity" && tn.value >= 0.035
      ? `troponin T ${tn.value} ng/mL`
      : null,
  ].filter((x) => x !== null);
  if (raised.length === 0) return "";
  return ` ${raised.join(" and ")} ${raised.length > 1 ? "are" : "is"} at or above the Mayo 2004 cardiac staging threshold (NT-proBNP 332 pg/mL, troponin T 0.035 ng/mL; criteria-and-scores.md 5.1): the heart may be involved too (IMWG 2014 lists the heart among AL's organ syndromes, 1.5; a staging threshold, not a diagnostic one, and NT-proBNP is also raised by kidney failure and atrial fibrillation, 5.2; the project's reading, UNVERIFIED). This makes the tissue proof more pressing: Congo red may be read on a fat aspirate or the marrow as well as the kidney.`;
}

const IGM_FEATURE_WORDS = [
  ["lymphadenopathy", "lymphadenopathy"],
  ["hepatosplenomegaly", "hepatosplenomegaly"],
  ["constitutionalSymptoms", "constitutional (B) symptoms"],
  ["hyperviscosity", "hyperviscosity"],
] as const;

/** The SLiM biomarkers of an untreated record whose clone is not shown (clonal marrow plasma cells not examined or
 * below 10%, no plasmacytoma: MGUS by the letter, or no category), or null when none is met or the question does not
 * arise. One definition: the alert below and the monitoring plan (review c70-U1: the watched disorder's schedule does
 * not apply; response/monitoring.ts) read it. The marrow >= 60% is itself criterion A, so only the ratio and MRI. */
function biomarkersWithoutClone(
  facts: Facts,
  diagnosis: DiagnosisResult,
): { flcRatio: boolean; mriFocalLesions: number | null } | null {
  // Review c42-M3: also when the findings fit no category (IgG 3.5 g/dL: not MGUS, not smouldering) or the marrow
  // is not examined (a lean to MGUS while the marrow decides).
  if (diagnosis.treated || (diagnosis.category !== "mgus" && diagnosis.category !== "indeterminate"))
    return null;
  // Review c43-M1: IgM disease follows its own pathway (1.2), and an amyloid biopsy makes AL the question (1.5).
  if (facts.labs.heavyChain === "IgM" || facts.biopsy.amyloid === true) return null;
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  if (bmpc !== null && bmpc >= 10) return null;
  const flcRatio = flcRatio100Status(facts) === MET;
  const mri = facts.imaging.mriFocalLesions;
  const mriFocalLesions = mri !== null && mri > 1 ? mri : null;
  return flcRatio || mriFocalLesions !== null ? { flcRatio, mriFocalLesions } : null;
}

/** MGUS by the letter beside a SLiM biomarker (review c41: a seed of the classification property found IgG, urine
 * M-protein 500 mg/24 h, FLC 2000/5 mg/L and marrow 0%: smouldering myeloma excluded by the myeloma-defining event,
 * myeloma by criterion A, so MGUS, with nothing said). The category is the reference's; the warning says why it is
 * doubtful and what would settle it. */
function biomarkerWithoutCloneAlert(
  facts: Facts,
  diagnosis: DiagnosisResult,
  met: ReturnType<typeof biomarkersWithoutClone>,
  text: boolean,
): Alert[] {
  if (met === null) return [];
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const found: string[] = [];
  if (met.flcRatio)
    found.push("an involved:uninvolved free light chain ratio >= 100 with the involved chain >= 100 mg/L");
  if (met.mriFocalLesions !== null) found.push(`${met.mriFocalLesions} focal lesions on MRI (more than 1)`);
  const rule =
    "myeloma needs clonal marrow plasma cells >= 10% or a biopsy-proven plasmacytoma (IMWG 2014 criterion A)";
  const core =
    "the marrow percentage is best read on the core biopsy (if aspirate and core differ, the higher counts)";
  const words =
    bmpc === null
      ? `A myeloma-defining biomarker is met (${found.join("; ")}), and no marrow result is recorded: ${rule}, so the marrow decides whether this is myeloma. To discuss: a marrow examination with a core biopsy (${core}).`
      : `A myeloma-defining biomarker is met (${found.join("; ")}), but clonal marrow plasma cells are recorded at ${bmpc}% with no plasmacytoma: ${rule}, and smouldering myeloma needs no myeloma-defining event, so ${diagnosis.category === "mgus" ? "the category is MGUS by the criteria's letter" : "no category is decided"}. Such a biomarker makes that doubtful: ${core}. To discuss: a repeat marrow examination with a core biopsy, and imaging if not done.`;
  return [
    {
      id: BIOMARKER_WITHOUT_CLONE,
      severity: "warning",
      text: text ? words : "",
      citations: [RECORD_CHECK_RULES.biomarkerWithoutClone.citation],
      verified: false,
    },
  ];
}

/** An IgM paraprotein with lymphadenopathy, organomegaly, B symptoms or hyperviscosity recorded, not
 * treated and not myeloma (review c9-F10): not IgM MGUS (criteria-and-scores.md 1.3), and IgM disease
 * follows the IgM / Waldenstrom pathway (1.2), whose work-up is outside this tool. A warning names it;
 * the features named are the record's own. */
export function igmLymphomaAlert(facts: Facts, diagnosis: DiagnosisResult, text: boolean): Alert[] {
  if (facts.labs.heavyChain !== "IgM" || diagnosis.treated) return [];
  if (diagnosis.category === "multiple-myeloma" || diagnosis.igmMyelomaNotShown) return [];
  const c = facts.conditions;
  const present = IGM_FEATURE_WORDS.filter(([k]) => c[k] === true).map(([, w]) => w);
  // Review c70-M1: beyond IgM MGUS by its numbers (criteria-and-scores.md 1.3: IgM M-protein < 30 g/L, marrow
  // infiltration < 10%) with no feature recorded, the page was empty ("nothing missing", no alert).
  const mProtein = facts.labs.serumMProtein?.value ?? null;
  const marrowPercent = facts.marrow.clonalPlasmaCellPercent;
  const beyond: string[] = [];
  if (mProtein !== null && mProtein >= 3)
    beyond.push(`an IgM M-protein of ${mProtein} g/dL (IgM MGUS: < 3 g/dL)`);
  if (marrowPercent !== null && marrowPercent >= 10)
    beyond.push(
      `${marrowPercent}% clonal cells in the marrow (IgM MGUS: lymphoplasmacytic infiltration < 10%; the record gives the clonal plasma cells)`,
    );
  if (present.length === 0 && beyond.length === 0) return [];
  const marrow = marrowPercent === null;
  const what = [...(present.length > 0 ? [`${present.join(", ")} recorded`] : []), ...beyond].join("; ");
  return [
    {
      id: IGM_LYMPHOMA_WORK_UP,
      severity: "warning",
      text: text
        ? `IgM paraprotein with ${what}: not IgM MGUS. Evaluate for Waldenstrom macroglobulinaemia or another lymphoma: the IgM / Waldenstrom pathway, whose work-up (including the marrow for lymphoplasmacytic infiltration${marrow ? ", not done yet" : ""}) and treatment are outside this tool.`
        : "",
      citations: [RECORD_CHECK_RULES.igmLymphomaWorkUp.citation],
      verified: true,
    },
  ];
}

/** An IgM paraprotein that meets (or leans to) myeloma by the numbers while neither a lytic bone lesion nor
 * t(11;14) is shown (review c9-F3): not called myeloma; the IgM / Waldenstrom pathway is outside this tool
 * (criteria-and-scores.md 1.2-1.3); IgM myeloma needs >= 10% marrow plasma cells plus lytic bone lesions
 * and/or t(11;14) (schuster-2010-ajh, abstract only: unverified). */
export function igmAlert(facts: Facts, diagnosis: DiagnosisResult, text: boolean): Alert[] {
  if (!diagnosis.igmMyelomaNotShown) return [];
  const missing: string[] = [];
  if (facts.cytogenetics.t11_14 === null) missing.push("FISH for t(11;14)");
  missing.push("marrow morphology and immunophenotype (plasma cells or lymphoplasmacytic cells)");
  if (facts.imaging.osteolyticLesions === null) missing.push("whole-body imaging for lytic bone lesions");
  return [
    {
      id: IGM_MYELOMA_NOT_SHOWN,
      severity: "warning",
      text: text
        ? `IgM paraprotein: the myeloma numbers are met, but no lytic bone lesion and no t(11;14) is shown, which IgM myeloma needs besides >= 10% marrow plasma cells. Not called multiple myeloma, and no myeloma regimen is offered. IgM disease with marrow infiltration is most often Waldenstrom macroglobulinaemia / lymphoplasmacytic lymphoma: its work-up (the IgM / Waldenstrom pathway, including a lymphoma work-up) and treatment are outside this tool. Missing: ${missing.join("; ")}. Myeloma therapy only if IgM myeloma is confirmed.`
        : "",
      citations: [RECORD_CHECK_RULES.igmMyelomaNotShown.citation, "rajkumar-2014-lancet-oncol"],
      verified: false,
    },
  ];
}

/** Review c70-M2: untreated myeloma whose only myeloma-defining event is the anaemia, the team's attribution not
 * recorded (conditions.anaemiaFromMyeloma). A CRAB feature counts only when attributable to the plasma-cell disorder
 * (IMWG 2014, criteria-and-scores.md 1.1); the kidney's attribution was asked (c60-M1), the anaemia's not: a smouldering
 * myeloma whose haemoglobin fell 13.1 -> 9.6 g/dL became myeloma with a quadruplet first, nothing said. */
function anaemiaOnlyEvent(facts: Facts, diagnosis: DiagnosisResult): boolean {
  return (
    diagnosis.category === "multiple-myeloma" &&
    !diagnosis.treated &&
    facts.conditions.anaemiaFromMyeloma === null &&
    anaemiaStatus(facts) === MET &&
    hypercalcaemiaStatus(facts) !== MET &&
    renalStatus(facts) !== MET &&
    assessBoneLesions(facts, false).status !== MET &&
    assessSlim(facts, false).any !== MET &&
    // Bone disease evident though not counted (a cord compression or a fracture on an MRI-only record): not said to
    // wait on the anaemia's cause.
    facts.conditions.spinalCordCompression !== true &&
    facts.conditions.pathologicFracture !== true
  );
}
export const ANAEMIA_ONLY_EVENT = "alert.anaemia-only-event-attribution";

function anaemiaOnlyEventAlert(facts: Facts, text: boolean): Alert {
  const hb = facts.labs.hemoglobin;
  return {
    id: ANAEMIA_ONLY_EVENT,
    severity: "warning",
    text: text
      ? `Anaemia is the only myeloma-defining event met (haemoglobin ${hb?.value} ${hb?.unit}${hb?.date ? ` on ${hb.date}` : ""}): a CRAB feature counts only when attributable to the plasma-cell disorder (IMWG 2014). Its other causes are to be excluded before myeloma therapy starts (the clinical reference lists none); record the team's attribution (conditions.anaemiaFromMyeloma: false makes the anaemia no myeloma-defining event).`
      : "",
    citations: [RECORD_CHECK_RULES.anaemiaOnlyEvent.citation],
    verified: true,
  };
}

/** Re-check c71-M2: high-dose melphalan alone, in the transplant phase or with no phase, begun by asOf, with no `asct`
 * flag: the engine reads an autograft from the flag (the record contract: "record `asct: true` on an autograft"), so
 * such an entry read as a transplant still under way or still to come (collection and a transplant offered 8 months
 * after it), or as a relapse line. Its flag is asked, not guessed (an oral melphalan course is no transplant). */
function melphalanWithoutAsctFlag(facts: Facts): TreatmentFact[] {
  return facts.treatmentHistory.filter(
    (t) =>
      t.asct !== true &&
      // Re-check c72-m1: `asct: false` recorded (an oral melphalan course, say) is not asked again.
      t.asctRecorded !== true &&
      (t.phase === "transplant" || t.phase === null) &&
      t.drugs.length > 0 &&
      t.drugs.every((d) => d === "melphalan") &&
      t.start <= facts.asOf,
  );
}
export const MELPHALAN_ASCT_FLAG = "treatment.melphalan-asct-flag-not-recorded";

function melphalanWithoutAsctFlagAlert(entries: readonly TreatmentFact[], text: boolean): Alert {
  return {
    id: MELPHALAN_ASCT_FLAG,
    severity: "warning",
    text: text
      ? `Treatment ${entries.length === 1 ? "entry" : "entries"} ${entries.map((t) => `${t.regimen} (from ${t.start})`).join("; ")}: melphalan alone with no \`asct\` flag. If it was high-dose melphalan with an autologous stem cell transplant, record \`asct: true\` (and its end, the transplant day): the phase, the plan and the transplant options read the transplant from the flag, and without it may read a transplant still under way or still to come, or a line of relapse therapy.`
      : "",
    citations: ["rajkumar-2015-blood-lines"],
    verified: true,
  };
}

/** What the record checks find, read once a record: their alerts (assess.ts appends them after the others), the
 * fields they ask for, and whether a SLiM biomarker is met with the clone not shown (the monitoring plan reads it). */
export interface RecordChecks {
  alerts: Alert[];
  missing: MissingInput[];
  biomarkerWithoutClone: boolean;
}

/** Review c74-M2 (re-check c75-m2 for the creatinine): with no calcium, creatinine or haemoglobin recorded, their CRAB
 * criteria are unknown (criteria-and-scores.md 1.1: missing is "indeterminate", never "no event") and the
 * hypercalcaemia, kidney dosing and anaemia rules cannot run (treatments.md 7a, 8a, 8c): asked whatever the category
 * (the category may already be met on other criteria). */
const CRAB_LABS = [
  [
    "calcium",
    "the CRAB calcium criterion (IMWG 2014) and the hypercalcaemia alerts (treatments.md 8c: an emergency)",
  ],
  ["creatinine", "the CRAB renal criterion (IMWG 2014) and the kidney dosing rules (treatments.md 7a, 8a)"],
  ["hemoglobin", "the CRAB anaemia criterion (IMWG 2014) and the anaemia rules (treatments.md 8c)"],
] as const;

export function recordChecks(facts: Facts, diagnosis: DiagnosisResult, text: boolean): RecordChecks {
  const biomarkers = biomarkersWithoutClone(facts, diagnosis);
  const melphalan = melphalanWithoutAsctFlag(facts);
  const anaemiaOnly = anaemiaOnlyEvent(facts, diagnosis);
  const alerts = treatmentEntryAlerts(facts, text);
  for (const a of igmAlert(facts, diagnosis, text)) alerts.push(a);
  for (const a of igmLymphomaAlert(facts, diagnosis, text)) alerts.push(a);
  for (const a of endOrganAlert(facts, diagnosis, text)) alerts.push(a);
  for (const a of biomarkerWithoutCloneAlert(facts, diagnosis, biomarkers, text)) alerts.push(a);
  for (const a of heartFailureNyhaAlert(facts, text)) alerts.push(a);
  for (const a of plasmaCellLeukaemiaAlert(facts, diagnosis, text)) alerts.push(a);
  for (const a of cyclesBeyondDatesAlerts(facts, text)) alerts.push(a);
  for (const a of unusedValueAlert(facts, text)) alerts.push(a);
  if (anaemiaOnly) alerts.push(anaemiaOnlyEventAlert(facts, text));
  if (melphalan.length > 0) alerts.push(melphalanWithoutAsctFlagAlert(melphalan, text));
  const missing: MissingInput[] = [];
  // Re-check c71-M2: whether the melphalan was the autograft decides the phase and plan.
  for (const t of melphalan)
    missing.push({
      field: `treatmentHistory.${t.index}.asct`,
      neededFor:
        "the phase and plan: whether this melphalan was high-dose melphalan with an autologous stem cell transplant",
    });
  // Review c70-M2: the team's attribution decides whether the anaemia counts.
  if (anaemiaOnly)
    missing.push({
      field: "conditions.anaemiaFromMyeloma",
      neededFor:
        "the diagnosis: anaemia is the only myeloma-defining event, which counts only when attributable to the plasma-cell disorder (IMWG 2014)",
    });
  for (const [lab, neededFor] of CRAB_LABS)
    if (facts.labs[lab] === null) missing.push({ field: `labs.${lab}`, neededFor });
  return { alerts, missing, biomarkerWithoutClone: biomarkers !== null };
}

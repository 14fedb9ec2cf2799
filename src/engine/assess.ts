/** assess(record) -> Assessment: pure, synchronous, deterministic. Time comes in as `asOf`. */
import { classifyDiagnosis } from "../criteria/diagnosis/diagnosis.js";
import { disputingFlcPair } from "../criteria/diagnosis/slim.js";
import { workUpBeforeSmmLevel } from "../criteria/diagnosis/work-up-dates.js";
import { compileTruth } from "../knowledge/conditions.js";
import { ECOG_NOT_RECORDED_TIE } from "../knowledge/entries/newly-diagnosed.js";
import { type Jurisdiction, KNOWLEDGE_VERSION } from "../knowledge/index.js";
import { type Facts, type NormalizeOptions, toFacts } from "../model/facts.js";
import { involvedUninvolvedFlcRatio } from "../model/flc.js";
import { type NotCurrentValue, notCurrentValues, withoutNotCurrent } from "../model/not-current.js";
import { type MissingInput, type RuleTrace, Truth } from "../model/trace.js";
import type { UnusedValueFact } from "../model/unused-values.js";
import { gradeAlHaematologic } from "../response/al-haematologic.js";
import { HYPERVISCOSITY_QUESTION } from "../response/clinical-relapse.js";
import { compareDates } from "../response/dates.js";
import { isKnownNonMyelomaDrug } from "../response/drug-classes.js";
import {
  detectEvolvingDisease,
  type WorkUpBeforeRise,
  workUpBeforeRiseOf,
  workUpBeforeRisePhrases,
} from "../response/evolving.js";
import { assessLinesAndResponse } from "../response/lines.js";
import type { LineOfTherapy } from "../response/lines-types.js";
import { classifyMgusRisk } from "../response/mgus-risk.js";
import { type MonitoringContext, planMonitoring } from "../response/monitoring.js";
import { collectPoints, type Points } from "../response/series.js";
import { calculateAlMayo2004, calculateAlMayo2012 } from "../scores/al-stage/al-stage.js";
import { assessCytogeneticRisk } from "../scores/cytogenetic-risk/cytogenetic-risk.js";
import {
  calculateImwgFrailty,
  calculateSimplifiedFrailty,
  type SimplifiedFrailtyResult,
} from "../scores/frailty/frailty.js";
import { calculateIss } from "../scores/iss/iss.js";
import { calculateCrclCockcroftGault, calculateEgfrCkdEpi2021 } from "../scores/kidney/kidney.js";
import { calculateRIss } from "../scores/r-iss/r-iss.js";
import { calculateR2Iss } from "../scores/r2-iss/r2-iss.js";
import { calculateSmmImwg2020 } from "../scores/smm-imwg-2020/smm-imwg-2020.js";
import { calculateSmmMayo2018 } from "../scores/smm-mayo-2018/smm-mayo-2018.js";
import { calculateSmmMayo2018Fish } from "../scores/smm-mayo-2018-fish/smm-mayo-2018-fish.js";
import { alAboveLevelOnceAlert, alResponseLostAlert } from "./al-response-lost.js";
import { alStageValues } from "./al-stage-values.js";
import { alSwitchRule } from "./al-switch-rule.js";
import { type Alert, type Assessment, SCHEMA_VERSION } from "./assessment.js";
import { surgeryFirstForFracture } from "./bone-event-order.js";
import { contradictedMSpike, contradictoryFlcRatio, dataQualityAlerts } from "./data-quality.js";
import { iggAsked } from "./igg.js";
import { imsCriterion4Values } from "./ims-criterion4-values.js";
import { issValues } from "./iss-values.js";
import { kidneyOnTreatmentAlert } from "./kidney-on-treatment.js";
import { withNotCurrentWords } from "./not-current.js";
import { notOfferedForExclusions, notOfferedForLabels, notOfferedForPriorLines } from "./not-offered.js";
import {
  buildSituation,
  type KnowledgeContext,
  type KnowledgeEvaluator,
  mayStillBeGivenContext,
  runningDrugs,
  toxicityStopsOf,
} from "./options.js";
import { evaluatePathway } from "./pathway.js";
import { derivePhase, inLineOrder, lastEntryIndex, lastLineReachedMaintenance } from "./phase.js";
import { firstMyelomaTreatmentStart } from "./pre-treatment-values.js";
import { recordChecks } from "./record-checks.js";
import { refractoryDespiteRecordedNoAlert } from "./recorded-outcome.js";
import { smmRiskValues } from "./smm-risk-values.js";
import { withOverdueCreatinineCautions } from "./stale-creatinine.js";
import { readSwitch, switchFlcAsideAlert, switchFlcAsideMissing, switchRiseAlert } from "./switch-rise.js";
import { DECISION_SUPPORT_NOTICE, ENGINE_VERSION } from "./version.js";
import { assessImpedeVte } from "./vte-risk.js";

/** Review c88-W1: the SMM scores' marrow item (smm-mayo-2018.bmpc, smm-imwg-2020.bmpc) with the marrow's date, and the
 * date the M-protein reached the smouldering level when the marrow predates it. */
function datedMarrowItem(facts: Facts, lists: readonly RuleTrace[][]): void {
  const before = workUpBeforeSmmLevel(facts);
  for (const rules of lists)
    for (const r of rules)
      if (r.ruleId === "smm-mayo-2018.bmpc" || r.ruleId === "smm-imwg-2020.bmpc") {
        r.inputs.marrowDate = facts.marrow.date;
        if (before?.marrow != null) r.inputs.marrowBeforeSmmLevelReachedOn = before.reachedOn;
      }
}

/** Options of the engine: which regulatory status to show (US FDA, EU EC, or both; default both). */
export interface EngineOptions {
  jurisdiction?: Jurisdiction;
}

/** Options of `assess`: normalisation plus engine options. */
export interface AssessOptions extends NormalizeOptions, EngineOptions {}

/** Involved / uninvolved serum free light chain ratio: finite, or null when either is missing or the
 * uninvolved chain is 0 or too small to divide by (the one definition, with its reason: model/flc). */
export function flcRatio(facts: Facts): number | null {
  return involvedUninvolvedFlcRatio(
    facts.labs.involvedFreeLightChain?.value,
    facts.labs.uninvolvedFreeLightChain?.value,
  ).value;
}

/** The entries sorted by field in plain code-unit order (not localeCompare: the output must not depend
 * on the machine's locale), entries of one field in list order. An insertion sort on a copy: the lists
 * are short, and it is stable, as the merging below needs. */
function sortedByField(all: readonly MissingInput[]): MissingInput[] {
  const out = all.slice();
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]!.field > m.field) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = m;
  }
  return out;
}

/** Adds `labs.lightChain` for what each free light chain in `missing` is needed for (the record's light-chain
 * type is unknown: without it neither chain can be read as the involved one). */
function askLightChainWithFlc(missing: MissingInput[], heavyChain: Facts["labs"]["heavyChain"]): void {
  const n = missing.length;
  for (let i = 0; i < n; i++) {
    const m = missing[i]!;
    if (m.field.includes("FreeLightChain"))
      missing.push({ field: "labs.lightChain", neededFor: m.neededFor });
    // Review c58-W4: the immunofixation asked for the heavy chain types the light chain too, which places the free
    // light chains (an EHR's kappa and lambda results are not read without it, fhir/bundle-to-record.ts).
    else if (m.field === "labs.heavyChain")
      missing.push({
        field: "labs.lightChain",
        neededFor:
          "which free light chain is the involved one (the immunofixation types it with the heavy chain)",
      });
  }
  // Review c59-m1, c60-m3: IgA disease with no light-chain type and no free light chain asked for (its CRAB met) was
  // asked nothing: the immunofixation that typed the heavy chain types the light chain too, which the FLC ratio's
  // direction (criteria-and-scores.md 1.3), the later FLC response reading and the anti-CD38 interference rule read.
  if (heavyChain !== null && heavyChain !== "none" && missing.length === n)
    missing.push({
      field: "labs.lightChain",
      neededFor: `the light-chain type of the ${heavyChain} paraprotein (the immunofixation types it with the heavy chain)`,
    });
}

/** What the cardiac markers are asked for beside the AL stages (review c76-M1; treatments.md 6). */
const AL_TRANSPLANT_GATES =
  "the AL transplant gates (troponin T <=0.06 ng/mL, NT-proBNP <=5000 pg/mL unless on dialysis)";

/** One entry per field; a field needed for several things lists each once, joined with ", ". */
function dedupeMissing(all: readonly MissingInput[]): MissingInput[] {
  // Sorted by field, the entries of one field come together in list order. Most fields come once: their
  // entry is kept as it is (nothing changes it afterwards). A field met again gets a copy of its first entry
  // to extend. An item is looked for whole in the joined text: a title may hold ", " itself (review c29-m8:
  // "Continue the line of therapy being given, and assess its response" was named twice).
  const sorted = sortedByField(all);
  const out: MissingInput[] = [];
  let copied = false;
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || last.field !== m.field) {
      out.push(m);
      copied = false;
      continue;
    }
    if (`, ${last.neededFor}, `.includes(`, ${m.neededFor}, `)) continue;
    const extended = copied ? last : { ...last };
    extended.neededFor += `, ${m.neededFor}`;
    out[out.length - 1] = extended;
    copied = true;
  }
  return out;
}

/** Codes-only mode: the first entry of each field, sorted as dedupeMissing sorts them (the compact view
 * reads only the fields, so the neededFor texts are not joined). The entries are made unique before they
 * are sorted: the list names many fields more than once, and the sort compares strings (the first entry
 * of a field in list order is the first in the stable sort's order too). */
function fieldsOnce(all: readonly MissingInput[]): MissingInput[] {
  const firsts: MissingInput[] = [];
  for (const m of all) if (!hasField(firsts, m.field)) firsts.push(m);
  return sortedByField(firsts);
}

/** Whether an entry of `list` names `field`. */
function hasField(list: readonly MissingInput[], field: string): boolean {
  for (const m of list) if (m.field === field) return true;
  return false;
}

/** `a.concat(b)` for two arrays, without concat's per-argument Symbol.isConcatSpreadable checks. */
function joined<T>(a: readonly T[], b: readonly T[]): T[] {
  const out = a.slice();
  for (const x of b) out.push(x);
  return out;
}

/** The alerts of the data quality, response, evolving disease, monitoring and knowledge, in that order,
 * in one new list. */
function allAlerts(
  quality: readonly Alert[],
  response: readonly Alert[],
  evolving: readonly Alert[],
  monitoring: readonly Alert[],
  knowledge: readonly Alert[],
  record: readonly Alert[],
): Alert[] {
  // A new literal filled by push, not response.slice(): a copy of an empty list has the element kind
  // of small integers, and the first alert pushed into it changed the array's map under optimised code.
  const out: Alert[] = [];
  for (const a of quality) out.push(a);
  for (const a of response) out.push(a);
  for (const a of evolving) out.push(a);
  for (const a of monitoring) out.push(a);
  for (const a of knowledge) out.push(a);
  for (const a of record) out.push(a);
  return out;
}

/** Three-valued OR of four findings: true if any is true, false only if all are false, else null. */
function anyOf(a: boolean | null, b: boolean | null, c: boolean | null, d: boolean | null): boolean | null {
  if (a === true || b === true || c === true || d === true) return true;
  return a === false && b === false && c === false && d === false ? false : null;
}

/** Codes-only mode leaves the simplified frailty scale out (nothing projected reads it): an internal
 * Assessment that is only ever projected carries this shared, frozen placeholder instead. */
const SIMPLIFIED_NOT_COMPUTED: SimplifiedFrailtyResult = Object.freeze({
  score: null,
  group: null,
  scoreRange: Object.freeze([0, 0]) as unknown as [number, number],
  rules: Object.freeze([]) as unknown as RuleTrace[],
  missing: Object.freeze([]) as unknown as MissingInput[],
});

/** Appends `more` to `out` (a loop: no spread of each list into push's arguments). */
function append(out: MissingInput[], more: readonly MissingInput[]): void {
  for (const m of more) out.push(m);
}

/** Review c91-M5: with evolving.work-up-before-rise raised, the marrow and imaging older than the M-protein rise are
 * named among the tests that could change the category (criteria-and-scores.md 1.1, 2.1; the project's reading,
 * UNVERIFIED: the reference gives no re-test interval). */
function beforeRiseOf(
  evolving: readonly Alert[],
  facts: Facts,
  points: Points | undefined,
  codesOnly: boolean,
): WorkUpBeforeRise | null {
  if (codesOnly || !evolving.some((x) => x.id === "evolving.work-up-before-rise")) return null;
  return workUpBeforeRiseOf(facts, points ?? collectPoints(facts));
}

/** Categories whose monitoring schedule or evolving-disease check reads the dated series. */
const WATCHED_CATEGORIES: ReadonlySet<string> = new Set([
  "mgus",
  "smoldering-myeloma",
  "solitary-plasmacytoma",
  "solitary-plasmacytoma-minimal-marrow",
]);

/** How the knowledge base is evaluated: with words (the default) or codes only, by the fast path or by
 * another evaluator (the tests pass the reference implementation). Internal to the engine. */
export interface EvaluationMode {
  text?: boolean;
  /** Only the codes the compact view reads are needed (assessCompact, text off): steps may leave out
   * rule traces, findings and other detail `compactAssessment` never reads. An Assessment built so is
   * internal: it is only ever projected, never returned, and carries no id (the projection takes it
   * from the facts). Default false. */
  codesOnly?: boolean;
  evaluator?: KnowledgeEvaluator;
}

/** Assesses already-normalised facts (the library's lower-level entry point). */
export function assessFacts(facts: Facts, options: EngineOptions = {}): Assessment {
  return assessFactsWith(facts, options, {});
}

/** assessFacts with an evaluation mode. Without text, option and alert texts are empty. */
export function assessFactsWith(facts: Facts, options: EngineOptions, mode: EvaluationMode): Assessment {
  const { labs, cytogenetics: cg } = facts;
  const codesOnly = mode.codesOnly === true;
  const diagnosis = classifyDiagnosis(facts, { text: mode.text !== false, codesOnly, traces: false });

  // Staged at diagnosis: a treated myeloma record from its values before the first treatment
  // (iss-values.ts); other records keep today's values.
  // The start of the first line of myeloma therapy, for multiple myeloma (met or likely): the scores defined
  // at diagnosis read their values on or before it (null: other records, or untreated, keep today's).
  // Therapy given for smouldering myeloma is none (lines.ts isSmmTherapy), so myeloma found on or after it
  // is staged from its values now, at the diagnosis of myeloma.
  const myelomaStart =
    (diagnosis.likely ?? diagnosis.category) === "multiple-myeloma"
      ? firstMyelomaTreatmentStart(facts)
      : null;
  const issIn = issValues(facts, myelomaStart);
  const iss = calculateIss({
    beta2MicroglobulinMgL: issIn.input.beta2MicroglobulinMgL,
    albuminGDl: issIn.input.albuminGDl,
  });
  const { ldhUL, ldhUpperLimitUL } = issIn.input;
  const riss = calculateRIss(
    {
      issStage: iss.stage,
      del17p: cg.del17p,
      t4_14: cg.t4_14,
      t14_16: cg.t14_16,
      ldhUL,
      ldhUpperLimitUL,
      issMissing: iss.missing,
    },
    { codesOnly },
  );
  const r2iss = calculateR2Iss(
    {
      issStage: iss.stage,
      del17p: cg.del17p,
      t4_14: cg.t4_14,
      gain1q: cg.gain1q,
      ldhUL,
      ldhUpperLimitUL,
      issMissing: iss.missing,
    },
    { codesOnly },
  );
  if (issIn.basis !== null) {
    iss.basis = issIn.basis;
    riss.basis = issIn.basis;
    r2iss.basis = issIn.basis;
  }

  // Scored on untreated SMM: a record treated for SMM from its values before the first treatment
  // (smm-risk-values.ts); other records keep today's values. A ratio pointing at the other chain than the
  // recorded type is a sample or typing problem: the scores read no ratio from it (missing, never normal;
  // data-quality.ts warns). Nor an M-spike that a negative serum immunofixation contradicts (review c11 M2).
  const smmValues = smmRiskValues(
    facts,
    {
      serumMProteinGDl: contradictedMSpike(facts) === null ? (labs.serumMProtein?.value ?? null) : null,
      // Nor a ratio of an undated pair that a dated pair disputes (review c28-M1, slim.ts disputingFlcPair).
      flcRatio:
        contradictoryFlcRatio(facts) === null && disputingFlcPair(facts) === null ? flcRatio(facts) : null,
      clonalPlasmaCellPercent: facts.marrow.clonalPlasmaCellPercent,
    },
    (diagnosis.likely ?? diagnosis.category) === "smoldering-myeloma",
  );
  const smmInput = smmValues.input;
  const ratio = smmInput.flcRatio;
  const highRiskFish = anyOf(cg.t4_14, cg.t14_16, cg.gain1q, cg.monosomy13);
  const fish = { t4_14: cg.t4_14, t14_16: cg.t14_16, gain1q: cg.gain1q, monosomy13: cg.monosomy13 };
  // The scores leave their rule traces out in codes-only mode (nothing projected reads them).
  const scoreOptions = { codesOnly };
  const smmMayo2018 = calculateSmmMayo2018(smmInput, scoreOptions);
  const smmImwg2020 = calculateSmmImwg2020(
    {
      serumMProteinGDl: smmInput.serumMProteinGDl,
      flcRatio: ratio,
      clonalPlasmaCellPercent: smmInput.clonalPlasmaCellPercent,
      highRiskFish,
      fish,
    },
    scoreOptions,
  );
  // Review c91-m3: the 20/2/20 factors plus high-risk FISH as a 4th (criteria-and-scores.md 2.1, treatments.md 2a), beside
  // the 20/2/20 and the IMWG 2020 score, never in their place. Its missing values are the other two scores' (not
  // asked twice).
  const smmMayo2018Fish = calculateSmmMayo2018Fish(
    {
      ...smmInput,
      highRiskFish,
      fish,
    },
    scoreOptions,
    smmMayo2018,
  );
  if (smmValues.basis !== null) {
    smmMayo2018.basis = smmValues.basis;
    smmImwg2020.basis = smmValues.basis;
    smmMayo2018Fish.basis = smmValues.basis;
  }
  // Review c87-m8: the SMM scores stratify smouldering myeloma (criteria-and-scores.md 2): each says whether it applies
  // (the category, or the likely category, is smouldering myeloma) and why; one that does not stays computed, and the
  // FHIR export and the CDS cards leave it out.
  const smmApplies = (diagnosis.likely ?? diagnosis.category) === "smoldering-myeloma";
  const smmAppliesBasis = (citationId: string) => ({
    ruleId: "smm-risk.applies" as const,
    category: diagnosis.category,
    likely: diagnosis.likely ?? null,
    citationId,
  });
  smmMayo2018.applies = smmApplies;
  smmMayo2018.appliesBasis = smmAppliesBasis("lakshman-2018-bcj");
  smmImwg2020.applies = smmApplies;
  smmImwg2020.appliesBasis = smmAppliesBasis("mateos-2020-bcj");
  smmMayo2018Fish.applies = smmApplies;
  smmMayo2018Fish.appliesBasis = smmAppliesBasis("mateos-2020-bcj");
  // Review c88-W1: the marrow item says which marrow it read (its date), and that it predates the M-protein reaching
  // the smouldering level when it does (criteria/diagnosis/work-up-dates.ts).
  if (!codesOnly && smmInput.clonalPlasmaCellPercent !== null && facts.marrow.date !== null)
    datedMarrowItem(facts, [smmMayo2018.rules, smmImwg2020.rules, smmMayo2018Fish.rules]);
  // Criterion 4 of IMS/IMWG 2025 at diagnosis: a treated myeloma record from its values before the first
  // treatment, else unknown (ims-criterion4-values.ts).
  const cytogenetic = assessCytogeneticRisk(facts, {
    codesOnly,
    criterion4: imsCriterion4Values(facts, myelomaStart),
  });
  // Staged at diagnosis: a treated record from its pre-treatment values (al-stage-values.ts).
  // Only for AL amyloidosis (met or likely), where the stage is read; other records keep today's values.
  const al = alStageValues(facts, (diagnosis.likely ?? diagnosis.category) === "al-amyloidosis");
  const alMayo2004 = calculateAlMayo2004(al.input, scoreOptions);
  const alMayo2012 = calculateAlMayo2012(al.input, scoreOptions);
  if (al.basis !== null) {
    alMayo2004.basis = al.basis;
    alMayo2012.basis = al.basis;
  }

  // Task fix-stale Finding 1: a lab whose newer value was sent and not used is not read as current by the readers of
  // "now" (the kidney function behind the doses, the counts, the IgG behind IVIG): they read `now`, where it is not
  // known and its older value sits in the series (model/not-current.ts). The diagnosis, staging, response and
  // monitoring read the facts as they are.
  const notCurrent = notCurrentValues(facts);
  const now = withoutNotCurrent(facts, notCurrent);
  const kidneyInput = {
    creatinineMgDl: now.labs.creatinine?.value ?? null,
    age: facts.patient.age,
    sex: facts.patient.sex,
    weightKg: facts.patient.weightKg,
  };
  const egfr = calculateEgfrCkdEpi2021(kidneyInput, scoreOptions);
  const crcl = calculateCrclCockcroftGault(kidneyInput, scoreOptions);

  const { fitness } = facts;
  const frailtyInput = {
    age: facts.patient.age,
    ecog: fitness.ecog,
    adl: fitness.adl,
    iadl: fitness.iadl,
    charlson: fitness.charlson,
  };
  const imwgFrailty = calculateImwgFrailty(frailtyInput, scoreOptions);
  // Neither the compact view nor the situation reads the simplified scale.
  const simplifiedFrailty = codesOnly ? SIMPLIFIED_NOT_COMPUTED : calculateSimplifiedFrailty(frailtyInput);

  // Which scores matter depends on the category: SMM scores for smoldering myeloma, AL stages for
  // AL amyloidosis, ISS family for active myeloma. Missing data is reported only where it matters.
  const cat = diagnosis.likely ?? diagnosis.category;
  // Review c20-4: an end-organ finding the clone may or may not explain leaves the category undecided with
  // no lean; the follow-up of the category the findings meet if it is unrelated is kept meanwhile.
  const question = diagnosis.endOrganQuestion;
  // Review c29-M10: so is it while two pairs of free light chains dispute the SLiM criterion.
  // Review c88-W1: so is it while the marrow or imaging predates the M-protein reaching the smouldering level.
  const ifWatched =
    question?.ifUnrelated ?? diagnosis.flcDispute?.ifNotMet ?? diagnosis.workUpBefore?.ifCurrent ?? null;
  const watchedCat = ifWatched === "mgus" || ifWatched === "smoldering-myeloma" ? ifWatched : cat;
  // Filled by push from a literal (see allAlerts), not a slice of the diagnosis' list.
  const relevantMissing: MissingInput[] = [];
  append(relevantMissing, diagnosis.missing);
  if (cat === "multiple-myeloma") {
    append(relevantMissing, iss.missing);
    append(relevantMissing, riss.missing);
    append(relevantMissing, r2iss.missing);
    append(relevantMissing, cytogenetic.missing);
  }
  if (cat === "smoldering-myeloma") {
    append(relevantMissing, smmMayo2018.missing);
    append(relevantMissing, smmImwg2020.missing);
  }
  if (cat === "al-amyloidosis") {
    append(relevantMissing, alMayo2004.missing);
    append(relevantMissing, alMayo2012.missing);
  }
  // Review c55-3: the AL transplant gate (troponin T <= 0.06 ng/mL, a conventional-assay cut-off) is not read from a
  // troponin at or below it whose assay is not recorded (knowledge/entries/al-amyloidosis.ts): the assay is asked for,
  // unless the NT-proBNP gate fails anyway.
  const troponin = facts.labs.troponinT;
  const ntProBnp = facts.labs.ntProBnp;
  const alGates = cat === "al-amyloidosis" || diagnosis.alsoMeets.includes("al-amyloidosis");
  const onDialysis = facts.conditions.renalFailureOnDialysis === true;
  // Review c76-M1 (treatments.md 6): a marker not recorded leaves its transplant gate not known (al.asct at "consider");
  // it is asked for the gates too, unless the other gate fails by its recorded value (NT-proBNP's gate not on dialysis).
  // AL met (not only likely: its work-up comes first).
  const alMet = diagnosis.category === "al-amyloidosis" || diagnosis.alsoMeets.includes("al-amyloidosis");
  if (alMet && troponin === null && !(ntProBnp !== null && ntProBnp.value > 5000 && !onDialysis))
    relevantMissing.push({ field: "labs.troponinT", neededFor: AL_TRANSPLANT_GATES });
  if (
    alMet &&
    ntProBnp === null &&
    !onDialysis &&
    !(troponin !== null && troponin.value > 0.06 && troponin.method !== "high-sensitivity")
  )
    relevantMissing.push({ field: "labs.ntProBnp", neededFor: AL_TRANSPLANT_GATES });
  if (
    alGates &&
    troponin !== null &&
    troponin.method === null &&
    troponin.value <= 0.06 &&
    !(ntProBnp !== null && ntProBnp.value > 5000 && !onDialysis)
  )
    relevantMissing.push({
      field: "labs.troponinT.method",
      neededFor: "the AL transplant gate (troponin T <=0.06 ng/mL, a conventional-assay cut-off)",
    });
  // The record checks, read once: their questions here, their alerts below (re-check c71-M2, review c70-M2).
  const checks = recordChecks(facts, diagnosis, mode.text !== false);
  append(relevantMissing, checks.missing);
  if (cat === "multiple-myeloma" || cat === "al-amyloidosis") {
    append(relevantMissing, egfr.missing);
    append(relevantMissing, crcl.missing);
    append(relevantMissing, imwgFrailty.missing);
  }

  // Over time: lines of therapy, IMWG response of the current line, monitoring plan, evolving disease.
  // The dated series are collected once for all three, when one of them reads them (a line's response,
  // a watched category); otherwise each collects them itself if it ever needs them.
  const points =
    facts.treatmentHistory.length > 0 || WATCHED_CATEGORIES.has(watchedCat)
      ? collectPoints(facts)
      : undefined;
  // The entries in line order, sorted once for the lines, the phase and where a progression date belongs.
  const history = inLineOrder(facts);
  const over = assessLinesAndResponse(facts, points, history, {
    codesOnly,
    activeMyeloma: diagnosis.category === "multiple-myeloma",
    alAmyloidosis: cat === "al-amyloidosis",
  });
  const linesOfTherapy = over.linesOfTherapy;
  // AL amyloidosis is graded by its own haematologic criteria (treatments.md 6; al-haematologic.ts).
  const assessedLine =
    over.response.line === null ? undefined : linesOfTherapy.lines?.[over.response.line - 1];
  const response =
    cat === "al-amyloidosis" && points !== undefined && assessedLine !== undefined
      ? gradeAlHaematologic(
          over.response,
          points,
          assessedLine.start,
          assessedLine.number === 1,
          assessedLine.bestResponse,
        )
      : over.response;
  const mgusRisk = classifyMgusRisk(facts);
  const riskGroup =
    watchedCat === "mgus" ? mgusRisk.group : watchedCat === "smoldering-myeloma" ? smmMayo2018.group : null;
  // evolving.work-up-before-rise only where smouldering myeloma is met: an indeterminate record watched as smouldering
  // myeloma already names its older marrow and scan in the criterion c88-W1 says (imwg2014.work-up-before-smm-level).
  const evolving = detectEvolvingDisease(facts, watchedCat, points, codesOnly).filter(
    (x) => x.id !== "evolving.work-up-before-rise" || diagnosis.category === "smoldering-myeloma",
  );
  // A rising M-protein is not stable disease: the monitoring plan leaves its "if stable" interval (c10 M5).
  const mProteinRising = evolving.some(
    (x) => x.id === "evolving.m-protein" || x.id === "evolving.m-protein-rising",
  );
  if (watchedCat === "mgus") append(relevantMissing, mgusRisk.missing);
  if (linesOfTherapy.count > 0) {
    append(relevantMissing, response.missing);
    append(relevantMissing, linesOfTherapy.missing);
  } else if (linesOfTherapy.smmTherapyOutcomeUnknown) {
    // No line, but the outcome of the smouldering-myeloma therapy decides refractoriness (review c14).
    append(relevantMissing, linesOfTherapy.missing);
  }

  // The treatment phase: where the patient stands, from the lines, their response and today's values.
  const today = diagnosis.onCurrentValues?.category ?? diagnosis.category;
  const activeDisease = today === "multiple-myeloma" ? true : today === "indeterminate" ? null : false;
  const phase = derivePhase({
    facts,
    lines: linesOfTherapy,
    response,
    activeDisease,
    history,
    points,
    codesOnly,
    solitaryPlasmacytoma: cat === "solitary-plasmacytoma" || cat === "solitary-plasmacytoma-minimal-marrow",
  });
  // After the phase: on therapy, active myeloma's results older than the yearly floor are overdue (c11 H1).
  const monitoringContext: MonitoringContext = {
    category: watchedCat,
    riskGroup,
    codesOnly,
    mProteinRising,
    onTherapy: phase.currentRegimen,
    // Review c69-m1: treated, nothing given now: the yearly floor from the last line's end.
    offTherapySince:
      phase.currentRegimen === null
        ? (linesOfTherapy.lines[linesOfTherapy.lines.length - 1]?.end ?? null)
        : null,
    lightChainMgus: diagnosis.mgusVariant === "light-chain",
    measurableBy: response.measurableBy,
    // Review c70-U1: a SLiM biomarker with the clone not shown: the watched schedule's tests are due now.
    myelomaBiomarker: checks.biomarkerWithoutClone,
  };
  // Set after the literal, not spread into it: a spread in a literal builds it key by key at run time.
  if (question !== null) monitoringContext.undecidedEndOrgan = question.kidney ? "kidney" : "other";
  const monitoring = planMonitoring(facts, monitoringContext, points);

  // Clot risk of an IMiD regimen, given now or (untreated myeloma) if one is started.
  const running = runningDrugs(facts);
  const impedeVte = assessImpedeVte(facts, { category: cat, phase: phase.code, running }, { codesOnly });
  // Of its missing fields, VTE history (with an IMiD it makes the risk high) and existing anticoagulation
  // (it replaces the LMWH card) change a decision; the rest (weight, height) narrow the range but cannot
  // settle a band while the record cannot say the items that lower the score, so they are named with the
  // score only.
  if (impedeVte)
    for (const m of impedeVte.missing)
      if (m.field === "conditions.vteHistory" || m.field === "conditions.anticoagulation")
        relevantMissing.push(m);

  // Kidney impairment new on treatment (kidney-on-treatment.ts), in treated myeloma: before the situation, whose
  // carfilzomib rule reads it (its warnings include AKI and TMA: treatments.md 7b).
  const latestLine = linesOfTherapy.lines[linesOfTherapy.lines.length - 1] ?? null;
  const kidney =
    cat === "multiple-myeloma" && latestLine !== null
      ? kidneyOnTreatmentAlert(
          now,
          latestLine,
          mode.text !== false,
          linesOfTherapy.refractoryDrugs.includes("bortezomib"),
        )
      : null;

  // AL amyloidosis below PR or VGPR on the line being given (al-switch-rule.ts): before the situation, whose
  // continue-current-line adjustment reads the cycles it counts (review c69-W1).
  const alSwitch =
    cat === "al-amyloidosis" && latestLine !== null
      ? alSwitchRule(response, latestLine, history, facts.asOf, mode.text !== false)
      : null;

  // Knowledge: the situation the recommendations read, then options and alerts with their reasons.
  const { situation, missing: situationMissing } = buildSituation({
    facts: now,
    diagnosis,
    mgusRisk,
    smmMayo2018,
    smmImwg2020,
    cytogenetic,
    alMayo2004,
    alMayo2012,
    egfr,
    crcl,
    imwgFrailty,
    lines: linesOfTherapy,
    response,
    phase,
    history,
    impedeVte: impedeVte ?? null,
    running,
    kidneyNewOnTreatment: kidney === null ? false : kidney.alerts.length > 0,
    alSwitchRule: alSwitch,
  });
  // Review c67-W1: the IgG the immunoglobulin-replacement rules wait on (treatments.md 5c, 8c), asked for.
  append(relevantMissing, iggAsked(situation));
  // Re-check c75-m1: the ECOG, not recorded, decides the ranking of the transplant-ineligible first-line regimens
  // (ECOG >= 2, frail on the simplified scale, criteria-and-scores 8.2: knowledge ECOG_2_OR_MORE_NOT_IMWG_FRAIL).
  if (ecogNotRecordedTie(situation) === Truth.met) relevantMissing.push({ ...ECOG_ASKED });
  // Sorted: the drug-rule alerts and the situation read them as a set.
  const onNow = [...running].sort();
  // The mode's keys named one by one rather than spread in (text defaults to true, as resolveContext does).
  const context: KnowledgeContext = {
    jurisdiction: options.jurisdiction ?? "both",
    currentDrugs: onNow,
    // Review c60-M2: an entry that may still be given, its end not recorded: its drugs' alerts too, saying so.
    mayStillBeGiven: mayStillBeGivenContext(phase, running),
    missing: situationMissing,
    // In the order the record lists them (the regimen's lead drug first, as "D-VRd" is written).
    // The line's drugs: supportive care running beside it (a bone agent, IVIG, an ESA) is no part of it.
    currentRegimen:
      phase.currentRegimen !== null
        ? { code: phase.currentRegimen, drugs: running.filter((d) => !isKnownNonMyelomaDrug(d)) }
        : null,
    refractoryDrugs: linesOfTherapy.refractoryDrugs,
    refractoryNotKnown: linesOfTherapy.refractoryNotKnown ?? [],
    // Review c54-4: AL amyloidosis has its own haematologic response rules (the below-PR and below-VGPR alerts).
    nonResponsive: cat === "al-amyloidosis" ? [] : (linesOfTherapy.nonResponsiveDrugs ?? []),
    // Review c84-m1: read in codes-only mode too, where a regimen offered again whole changes a strength.
    toxicityStops: toxicityStopsOf(facts.treatmentHistory, facts.asOf),
    text: mode.text ?? true,
    codesOnly,
  };
  if (mode.evaluator) context.evaluator = mode.evaluator;
  // The line being given, else the latest one started.
  const phaseLine = linesOfTherapy.lines.find((l) => l.number === (phase.currentLine ?? phase.lastLine));
  const knowledge = evaluatePathway({
    situation,
    context,
    phase,
    diagnosis,
    lastEntryIndex: lastEntryIndex(facts, linesOfTherapy, history),
    lastLineReachedMaintenance: lastLineReachedMaintenance(facts, linesOfTherapy, history),
    latestLineDrugs: phaseLine?.drugs ?? [],
    latestLineHasAsct: phaseLine?.includesAsct === true,
    // Review c69-M1: how the latest line ended (a continuous first line stopped is named with it).
    latestLineStop: {
      end: phaseLine?.end ?? null,
      stopReason: history[phaseLine?.entries.at(-1) ?? -1]?.stopReason ?? null,
    },
    refractoryIfProgressed: linesOfTherapy.refractoryDrugsIfProgressed ?? [],
    response,
    allergies: facts.allergies,
    asOf: facts.asOf,
  });
  append(relevantMissing, knowledge.missing);
  // Review c83-M2: untreated myeloma with hyperviscosity not recorded either way: asked as at a confirmed progression
  // (the clinical-relapse item's question), since it decides urgent plasmapheresis and when a red-cell transfusion
  // may be given (treatments.md 8c; no M-protein threshold is in the reference, so none gates the question).
  // Asked once: the transfusion card may already ask it (one reason per field, as the codes-only view lists it).
  if (
    cat === "multiple-myeloma" &&
    phase.code === "untreated" &&
    facts.conditions.hyperviscosity === null &&
    !relevantMissing.some((m) => m.field === HYPERVISCOSITY_QUESTION.field)
  )
    relevantMissing.push({
      field: HYPERVISCOSITY_QUESTION.field,
      neededFor: `${HYPERVISCOSITY_QUESTION.what} (urgent plasmapheresis; red-cell transfusion waits until viscosity is reduced: treatments.md 8c)`,
    });

  const risk: Assessment["risk"] = {
    smmMayo2018,
    smmImwg2020,
    smmMayo2018Fish,
    cytogenetic,
    alMayo2004,
    alMayo2012,
  };
  // Review c91-m6: the MGUS risk group the follow-up rests on (treatments.md 2a), for a record watched as MGUS.
  if (watchedCat === "mgus") risk.mgus = mgusRisk;
  if (impedeVte) risk.impedeVte = impedeVte;
  // The record checks, then (treated myeloma) kidney impairment new on treatment (kidney-on-treatment.ts).
  const recordAlerts = checks.alerts;
  if (kidney !== null) {
    for (const x of kidney.alerts) recordAlerts.push(x);
    append(relevantMissing, kidney.missing);
  }
  // A recorded "no progression" the dates override: said (recorded-outcome.ts).
  const overridden = refractoryDespiteRecordedNoAlert(linesOfTherapy, mode.text !== false);
  if (overridden !== null) recordAlerts.push(overridden);
  // A rise before a switch for toxicity the reading is in doubt about: said (switch-rise.ts).
  if (cat === "multiple-myeloma") {
    const last = lastLineStarted(linesOfTherapy.lines, facts.asOf);
    if (last !== undefined && last.number >= 2) {
      const reading = readSwitch(
        linesOfTherapy.lines,
        last,
        history,
        points ?? collectPoints(facts),
        facts.labs.heavyChain === "none",
      );
      if (reading.doubt !== null) recordAlerts.push(switchRiseAlert(reading.doubt, mode.text !== false));
      if (reading.flcAside !== null) {
        recordAlerts.push(switchFlcAsideAlert(reading.flcAside, mode.text !== false));
        append(relevantMissing, switchFlcAsideMissing(reading.flcAside));
      }
    }
  }
  // AL amyloidosis below PR or VGPR on the line being given (al-switch-rule.ts), and the entries' cycles it asks for.
  if (alSwitch !== null) {
    recordAlerts.push(alSwitch.alert);
    append(relevantMissing, alSwitch.missing);
  }
  // Review c76-W1: a CR or VGPR reached on the graded line and lost since (al-response-lost.ts).
  const alLost = response.alHaematologic?.responseLost;
  if (alLost !== undefined && assessedLine !== undefined)
    recordAlerts.push(alResponseLostAlert(alLost, assessedLine, mode.text !== false));
  // Review c78-M1: the level failed on the latest value only: a repeat to confirm.
  const alOnce = response.alHaematologic?.aboveLevelOnce;
  if (alOnce !== undefined && assessedLine !== undefined)
    recordAlerts.push(alAboveLevelOnceAlert(alOnce, assessedLine, mode.text !== false));
  // Review c56 MISLEADING-2: a free light chain is involved or uninvolved by the M-protein's light-chain type; with
  // the type unknown, it is asked beside every free light chain asked for (an EHR's kappa and lambda results cannot
  // be placed without it: fhir/bundle-to-record.ts).
  if (facts.labs.lightChain === null) askLightChainWithFlc(relevantMissing, facts.labs.heavyChain);
  // Review c89-m2: a pathological fracture recorded: the surgical review first among the bone-event options.
  const fractureOrdered = surgeryFirstForFracture(knowledge.options, facts.conditions.pathologicFracture);
  const beforeRise = beforeRiseOf(evolving, facts, points, codesOnly);
  const assessment: Assessment = {
    schemaVersion: SCHEMA_VERSION,
    knowledgeVersion: KNOWLEDGE_VERSION,
    engineVersion: ENGINE_VERSION,
    asOf: facts.asOf,
    notice: DECISION_SUPPORT_NOTICE,
    diagnosis: {
      category: diagnosis.category,
      subtype: diagnosis.subtype,
      likely: diagnosis.likely,
      treated: diagnosis.treated,
      criteria: diagnosis.criteria,
      couldChangeWith:
        beforeRise === null
          ? diagnosis.couldChangeWith
          : [...diagnosis.couldChangeWith, ...workUpBeforeRisePhrases(beforeRise)],
      ...(diagnosis.alsoMeets.length > 0 ? { alsoMeets: diagnosis.alsoMeets } : {}),
      ...(beforeRise === null ? {} : { workUpBeforeRise: beforeRise }),
    },
    staging: { iss, riss, r2iss },
    risk,
    kidney: {
      egfrCkdEpi2021: egfr.value,
      crclCockcroftGault: crcl.value,
      crclWeightBasis: "actual body weight",
      creatinineDate: now.labs.creatinine?.date ?? null,
      // Review c54-7c: present only when recorded (the doses read Cockcroft-Gault; the pages show both).
      ...(now.labs.measuredCreatinineClearance === null
        ? {}
        : {
            measuredCreatinineClearance: {
              value: now.labs.measuredCreatinineClearance.value,
              date: now.labs.measuredCreatinineClearance.date,
            },
          }),
      dialysis: facts.conditions.renalFailureOnDialysis,
      rules: codesOnly ? [] : joined(egfr.rules, crcl.rules),
    },
    fitness: { imwgFrailty, simplifiedFrailty },
    response,
    linesOfTherapy,
    monitoring,
    phase,
    plan: knowledge.plan,
    options: codesOnly
      ? fractureOrdered
      : // A creatinine not current (fix-stale Finding 1) is read by no dose: its own words say so, not "overdue".
        notCurrent.some((n) => n.lab === "creatinine")
        ? fractureOrdered
        : withOverdueCreatinineCautions(fractureOrdered, monitoring, {
            creatinineDate: now.labs.creatinine?.date ?? null,
            line:
              phase.currentLine !== null && phase.currentRegimen !== null
                ? {
                    regimen: phase.currentRegimen,
                    start: linesOfTherapy?.lines[linesOfTherapy.lines.length - 1]?.start ?? "",
                  }
                : null,
          }),
    alerts: allAlerts(
      dataQualityAlerts(facts, mode.text !== false && !codesOnly),
      response.alerts,
      evolving,
      monitoring.alerts,
      knowledge.alerts,
      recordAlerts,
    ),
    missingData: codesOnly ? fieldsOnce(relevantMissing) : dedupeMissing(relevantMissing),
  };
  // Review c86-M2: the values sent and not used that stand, as data (present when not empty); fix-stale Finding 1: with
  // the older used value each makes not current.
  if (facts.unusedValues.length > 0) assessment.unusedValues = withOlderUsed(facts.unusedValues, notCurrent);
  // Fix-stale Finding 1: the cards and alerts that read a lab not current name its older value and the value sent.
  if (notCurrent.length > 0 && !codesOnly && mode.text !== false) {
    const worded = withNotCurrentWords(assessment.options, assessment.alerts, notCurrent, situation);
    assessment.options = worded.options;
    assessment.alerts = worded.alerts;
  }
  // Options hidden only by the count of prior lines or by an excluding finding, as data (not-offered.ts); the
  // compact view has none.
  if (!codesOnly) {
    const shown = new Set(knowledge.options.map((o) => o.id));
    const notOffered = [
      ...notOfferedForPriorLines(situation, shown, context),
      ...notOfferedForExclusions(situation, shown, context),
      ...notOfferedForLabels(situation, shown, context),
    ];
    if (notOffered.length > 0) assessment.notOffered = notOffered;
    // Review c89-m3: age and sex as recorded, which the handout words the pregnancy programme by.
    const { age, sex } = facts.patient;
    if (age !== null || sex !== null) assessment.patient = { age, sex };
  }
  // A codes-only Assessment is only ever projected, and the projection takes the id from the facts
  // (compact.ts): the copy that puts the id first is left out.
  return facts.id !== null && !codesOnly ? withId(facts.id, assessment) : assessment;
}

/** The assessment with its id as the first key. The keys are named one by one: `{ id, ...assessment }`
 * copies them through the runtime's generic path, which cost more than any other line here. */
function withId(id: string, a: Assessment): Assessment {
  return {
    id,
    schemaVersion: a.schemaVersion,
    knowledgeVersion: a.knowledgeVersion,
    engineVersion: a.engineVersion,
    asOf: a.asOf,
    notice: a.notice,
    diagnosis: a.diagnosis,
    staging: a.staging,
    risk: a.risk,
    kidney: a.kidney,
    fitness: a.fitness,
    response: a.response,
    linesOfTherapy: a.linesOfTherapy,
    monitoring: a.monitoring,
    phase: a.phase,
    plan: a.plan,
    options: a.options,
    alerts: a.alerts,
    missingData: a.missingData,
    ...(a.unusedValues ? { unusedValues: a.unusedValues } : {}),
    ...(a.notOffered ? { notOffered: a.notOffered } : {}),
    ...(a.patient ? { patient: a.patient } : {}),
  };
}

/** The values sent and not used, each that makes a lab not current with that lab's older used value (olderUsed). */
function withOlderUsed(sent: UnusedValueFact[], notCurrent: readonly NotCurrentValue[]): UnusedValueFact[] {
  if (notCurrent.length === 0) return sent;
  return sent.map((u) => {
    const n = notCurrent.find((x) => x.sent === u);
    return n === undefined ? u : { ...u, olderUsed: n.used };
  });
}

/** Whether the ECOG, not recorded, is asked in newly diagnosed transplant-ineligible myeloma (re-check c75-m1). */
const ecogNotRecordedTie = compileTruth(ECOG_NOT_RECORDED_TIE);
const ECOG_ASKED: MissingInput = {
  field: "fitness.ecog",
  neededFor:
    "the simplified frailty scale (ECOG 2 or more is frail on its own; criteria-and-scores 8.2) and the ranking of the transplant-ineligible first-line regimens (quadruplets and full-dose VRd)",
};

/** Validates and normalises a PatientRecord, then assesses it. Throws MmnavError(INVALID_RECORD). */
export function assess(record: unknown, options: AssessOptions = {}): Assessment {
  // The options go to toFacts whole (it reads only defaultAsOf), not copied without the jurisdiction.
  const jurisdiction = options.jurisdiction;
  return assessFacts(toFacts(record, options), jurisdiction ? { jurisdiction } : {});
}

/** The last line started on or before `asOf` (the line the phase reads). */
function lastLineStarted(lines: readonly LineOfTherapy[], asOf: string): LineOfTherapy | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (compareDates(lines[i]!.start, asOf) <= 0) return lines[i];
  return undefined;
}

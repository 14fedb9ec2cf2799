/** Patient summary of one Assessment: what the findings mean, in plain words, with questions for the care
 * team. The findings are data; every sentence comes from one language's word table (words/en.ts, es.ts). */

import { tmpSmxWithheld } from "../engine/allergies.js";
import type { Assessment, AssessmentOption } from "../engine/assessment.js";
import { IGM_PATHWAY_ALERTS, PLASMA_CELL_LEUKAEMIA } from "../engine/record-checks.js";
import { CONTINUE_CURRENT_LINE } from "../knowledge/entries/pathway.js";
import type { DiagnosisCategory, ResponseCategory } from "../model/enums.js";
import {
  type Block,
  type Format,
  h,
  type Inline,
  inline,
  type ListItem,
  li,
  ol,
  p,
  renderBlocks,
  ul,
} from "./doc.js";
import {
  type Extras,
  extras,
  mrdWords,
  namedResponse,
  olderHighRisk,
  olderScaleStage,
  stageAtDiagnosis,
  stageNotShown,
  stageScale,
} from "./extras.js";
import {
  afterMeaningWords,
  allergiesGiven,
  allergyMarks,
  alOrganWords,
  approvedOnlyMark,
  conditionMark,
  doseChangeWords,
  fitsWords,
  type HandoutPart,
  nextSteps,
  optionPlainName,
  sameTargetAndStopMarks,
  transfusionWaits,
  treatedWords,
  unusedValueWords,
  urgentWords,
} from "./handout.js";
import {
  alBelowGoal,
  alGatesNotKnown,
  alTroponinGateNotRead,
  amyloidFound,
  answersAlertFirst,
  b2mHighAtDiagnosis,
  backAfterComplete,
  bandBackMayBeMedicine,
  biomarkerDoubt,
  bloodPressureFirst,
  boneEventNotImaged,
  calciumUnderRead,
  describedCategory,
  endOrganQuestion,
  endOrganUntested,
  flcDisputed,
  frailOnEitherScale,
  heldForFitness,
  heldForHeart,
  likelyShown,
  lineBeingStudied,
  lineDoseChanges,
  noFindings,
  nonResponsiveClassIn,
  nonResponsiveDrugsIn,
  onlyDateMissing,
  optionParts,
  patientOptions,
  refractoryClassIn,
  refractoryDrugsIn,
  resultsChanged,
  sentNotUsed,
  smmTwoYearChance,
  stageWord,
  studiedInFitter,
  teamDecidesFit,
  testsThatWouldHelp,
  transplantCondition,
  undatedResults,
  vaccinesAfter,
  waitsForAnaemiaCause,
  waitsForHeartCheck,
  waitsForHeartTest,
  workUpBeforeSmmLevel,
} from "./handout-facts.js";
import { isDueNow, isDueOrOverdue } from "./monitoring-status.js";
import { boneEventsInEngineOrder, nowFirstStrongest } from "./option-order.js";
import { cautionTopics, type PlainRiskKey, type PlainTerm, plainField } from "./plain-words.js";
import { pendingNotApproved } from "./regulatory-status.js";
import { EN } from "./words/en.js";
import type { PatientWords } from "./words/types.js";

/** Ends a phrase with a full stop so every line reads as a sentence. */
function sentence(s: string): string {
  const t = s.trim();
  if (t === "") return t;
  const cap = t[0]?.toUpperCase() + t.slice(1);
  return /[.!?:]$/.test(cap) ? cap : `${cap}.`;
}

function riskTerm(key: string, w: PatientWords): PlainTerm | null {
  return Object.hasOwn(w.glossary.risk, key) ? w.glossary.risk[key as PlainRiskKey] : null;
}

function findings(a: Assessment, f: Inline, w: PatientWords): Block[] {
  const d = a.diagnosis;
  const s = w.summary;
  const out: string[] = [];
  // Review c70-U1: a myeloma-defining biomarker doubts an MGUS read (record-checks.ts): MGUS explained without "not
  // cancer", and the handout's sentence on it (one definition: handout-facts.ts biomarkerDoubt).
  const doubt = biomarkerDoubt(a);
  const meaningOf = (c: DiagnosisCategory) =>
    c === "mgus" && doubt !== null ? w.biomarkerWithoutClone.mgusMeaning : w.category[c].meaning;
  // A likely condition is named only when a finding points to it (never for an empty record).
  const likely = likelyShown(a);
  if (likely) {
    out.push(s.likely(w.category[likely].name), meaningOf(likely), s.moreTestsToBeSure);
  } else if (d.category === "indeterminate" && noFindings(a)) {
    out.push(w.tooFewResults);
  } else {
    const t = w.category[d.category];
    if (d.category === "indeterminate") {
      out.push(t.meaning);
      // Review c20 handout 8: the IgM pathway paragraph, as on the one-page.
      if (a.alerts.some((x) => IGM_PATHWAY_ALERTS.includes(x.id))) out.push(w.igmPathway);
      // Review c20-4: a finding of harm the abnormal protein may or may not explain.
      const question = endOrganQuestion(a);
      if (question) out.push(w.endOrganQuestion[question]);
      // Review c11 M1: no blood test of end-organ damage yet, so no lean is named.
      const untested = endOrganUntested(a);
      if (untested)
        out.push(
          untested === "myeloma-open" ? w.endOrganUntested.myelomaOpen : w.endOrganUntested.earlyStages,
        );
      if (flcDisputed(a)) out.push(w.flcDisputed);
      // Review c83-W1: a bone event before a scan of the bones: no lean, the bone treated now.
      const bone = boneEventNotImaged(a);
      if (bone) out.push(w.boneEventNotImaged[bone]);
      if (calciumUnderRead(a)) out.push(w.calciumUnderRead);
      // Review c88-W1: the marrow and scan from before the protein rose: repeated to decide.
      const oldWorkUp = workUpBeforeSmmLevel(a);
      if (oldWorkUp) out.push(w.workUpBeforeSmmLevel[oldWorkUp]);
    } else {
      out.push(fitsWords(a, t.name, w), meaningOf(d.category));
      // Review c91-M7: the organs involved and the heart-medicine warning, as the handout says them (treatments.md 6);
      // review c91-M2: beside myeloma too, after the words that AL amyloidosis is met as well.
      if (d.category === "al-amyloidosis") out.push(...alOrganWords(a, w));
      const after = afterMeaningWords(a, w);
      if (after !== null) out.push(after);
      if (d.alsoMeets?.includes("al-amyloidosis")) out.push(w.alsoAl, ...alOrganWords(a, w));
    }
  }
  // Review c86-M2: results sent and not used, named (never "not done").
  const sent = unusedValueWords(a, w);
  if (sent !== null) out.push(sent);
  if (doubt !== null) out.push(w.biomarkerWithoutClone[doubt]);
  if (a.alerts.some((x) => x.id === PLASMA_CELL_LEUKAEMIA))
    out.push(a.diagnosis.treated ? w.plasmaCellLeukaemiaTreated : w.plasmaCellLeukaemia);
  // Non-secretory disease makes no abnormal protein to name (criteria/diagnosis/clone.ts subtypeOf).
  if (d.subtype && !d.subtype.startsWith("non-secretory")) out.push(s.subtype(d.subtype.replace(/-/g, " ")));
  if (d.treated) out.push(treatedWords(a, w));
  // Review c76: what can make sure was said after the category (afterMeaningWords), not "could change this answer".
  if (d.couldChangeWith.length > 0 && d.category !== "indeterminate" && afterMeaningWords(a, w) === null)
    out.push(s.couldChange);
  return [h(2, s.headings.findings), ...out.map((x) => p(f.esc(x)))];
}

function risk(a: Assessment, f: Inline, w: PatientWords): Block[] {
  const cat = describedCategory(a);
  const s = w.summary;
  const g = w.glossary;
  const out: string[] = [];
  if (cat === "smoldering-myeloma") {
    const mayo = a.risk.smmMayo2018.group;
    const imwg = a.risk.smmImwg2020.group;
    const first = mayo ? riskTerm(`smm:${mayo}`, w) : null;
    const second = imwg ? riskTerm(`smm:${imwg}`, w) : null;
    // Each model's group, never one model's words under the other's group (review c17 handout 12). Review c91-m3: one
    // 2-year figure only, not two unexplained ones side by side (44 and 73 in 100): the 20/2/20's (criteria-and-scores.md
    // 2.1), the figure the one-page handout gives and the group the monitoring plan reads (treatments.md 2a), computable
    // without FISH; the IMWG 2020 figure only when the 20/2/20 gives no group. The 20/2/20 + FISH figure stays on the
    // clinician's page.
    const firstChance = smmTwoYearChance(a, "mayo2018");
    const secondChance = first === null ? smmTwoYearChance(a, "imwg2020") : null;
    if (first)
      out.push(s.riskFirst(first.name), firstChance !== null ? w.smmChance(firstChance) : first.meaning);
    if (second) {
      out.push(s.riskSecond(second.name, first !== null));
      if (secondChance !== null) out.push(w.smmChance(secondChance));
    }
    if (!first && !second) out.push(s.riskUnknown);
    // Review c91-M5: the figures rest on a marrow and/or a scan older than an evolving M-protein rise.
    const older = a.diagnosis.workUpBeforeRise;
    if (older) out.push(w.smmChanceOlderTests(older.marrow !== null, older.imaging !== null));
  } else if (cat === "multiple-myeloma") {
    const stage = a.staging.riss.stage ?? a.staging.iss.stage;
    if (stageNotShown(a)) {
      const first = stageAtDiagnosis(a);
      out.push(first !== null ? w.stage.atDiagnosis(String(first)) : w.stage.setAtDiagnosis);
    } else if (stage !== null && stage !== undefined) {
      out.push(s.myelomaStage(String(stage), stageScale(a), a.diagnosis.treated));
      const older = olderScaleStage(a);
      if (older !== null) out.push(w.stage.olderScale(String(older), a.diagnosis.treated));
      out.push(g.stage.myeloma.meaning);
    } else out.push(s.stageUnknown);
    const cg = a.risk.cytogenetic;
    // IMS/IMWG 2025: high risk by criterion 4 alone (beta2-microglobulin) is not a gene change; the gene
    // tests are then named as not known when they are not.
    if (cg.highRisk === true && cg.geneticHighRisk !== true) {
      out.push(b2mHighAtDiagnosis(a) ? w.highRiskB2mAtDiagnosis : w.glossary.risk["b2m:high"].meaning);
      if (cg.geneticHighRisk === null) out.push(s.genesUnknown);
    } else {
      const hr = cg.highRisk;
      const genes =
        hr === true ? riskTerm("genes:high", w) : hr === false ? riskTerm("genes:standard", w) : null;
      out.push(
        genes
          ? hr === false && olderHighRisk(a)
            ? s.genesStandardNewestOnly
            : genes.meaning
          : s.genesUnknown,
      );
    }
  } else if (cat === "al-amyloidosis") {
    const s12 = a.risk.alMayo2012.stage;
    const s04 = a.risk.alMayo2004.stage;
    if (s12 !== null && s12 !== undefined) out.push(s.alStage2012(String(s12)));
    else if (s04 !== null && s04 !== undefined) out.push(s.alStage2004(stageWord(s04)));
    else out.push(s.stageUnknown);
    if ((s12 ?? s04) !== null) out.push(g.stage.amyloidosis.meaning);
  } else {
    return [];
  }
  return [h(2, s.headings.risk), ...out.map((x) => p(f.esc(x)))];
}

function health(a: Assessment, f: Inline, w: PatientWords): Block[] {
  const s = w.summary;
  const out: string[] = [];
  const egfr = a.kidney.egfrCkdEpi2021;
  // On dialysis a score estimated from a blood test says nothing of the kidneys (review c17 handout 11:
  // "about 7"): the dialysis is said instead.
  if (a.kidney.dialysis === true) out.push(s.dialysis);
  else out.push(egfr !== null && egfr !== undefined ? s.kidneyScore(Math.round(egfr)) : s.kidneyUnknown);
  const g = a.fitness.imwgFrailty.group ?? null;
  const t = g ? riskTerm(`fitness:${g}`, w) : null;
  if (t) out.push(s.fitnessGroup(t.name), t.meaning);
  if (t && g !== "frail" && a.fitness.simplifiedFrailty.group === "frail") out.push(s.simplifiedFrail);
  return [h(2, s.headings.health), ...out.map((x) => p(f.esc(x)))];
}

function treatmentSoFar(a: Assessment, x: Extras, f: Inline, w: PatientWords): Block[] {
  const s = w.summary;
  const out: string[] = [];
  // With no treatment in the record there is no response to describe.
  const treated = (x.lines?.count ?? 0) > 0 || (x.response?.line ?? null) !== null || x.response?.current;
  if (!treated) return [];
  if (x.lines && x.lines.count > 0) out.push(s.lines(x.lines.count));
  const r = x.response;
  if (r) {
    const cur = r.current as ResponseCategory | null;
    const named = namedResponse(r);
    const t = cur && Object.hasOwn(w.responseName, cur) ? w.responseName[cur] : null;
    const floor = r.atLeast && Object.hasOwn(w.responseName, r.atLeast) ? w.responseName[r.atLeast] : null;
    if (r.alHaematologic?.grade === "NR") {
      // AL with no haematologic response: not "stable disease" (review c23-3; al-switch-rule.ts).
      out.push(w.response.alNotEnough);
    } else if (alBelowGoal(a)) {
      // Review c91-M3: a partial response below the AL goal at the switch rule (treatments.md 6), as the handout says it.
      out.push(w.response.alBelowGoal);
    } else if (r.progression !== true && cur !== "PD" && resultsChanged(a)) {
      // Review c61-U1: the full summary, as the handout (c60-U1): results that may mean the disease is coming back are
      // never said as a good response.
      out.push(w.response.changed);
    } else if (backAfterComplete(a)) {
      // Review c90-m2: the protein found again after a recorded complete response, as the handout says it.
      out.push(w.response.backAfterComplete);
    } else if (t && named === null) {
      out.push(w.response.early, t.meaning);
    } else if (t && named !== null && named !== cur) {
      // A deeper response awaits its second assessment: the one the last two assessments confirm is named.
      out.push(w.response.deeper(w.responseName[named].name), w.responseName[named].meaning);
    } else if (t) {
      out.push(w.response.good(t.name), t.meaning);
      if (r.confirmed === false) out.push(s.confirmNeeded);
    } else if (!floor && r.readFromCarTInfusion && r.progression === null) {
      // Review c88-M1: nothing measured since the CAR-T infusion: too early to tell.
      out.push(w.response.notYetAfterCarT);
    } else if (floor && bandBackMayBeMedicine(a)) {
      out.push(s.bandBackMayBeMedicine);
    } else if (floor) {
      out.push(w.response.atLeast(floor.name), floor.meaning);
    } else {
      out.push(s.responseUnknown);
    }
    // Review c87-M5: graded below CR while the blood tests meet CR's serum criteria: what would tell a complete response.
    if (t && r.serumCrCriteria && r.progression !== true && !resultsChanged(a))
      out.push(w.response.serumClearUrineMarrowToTell(r.serumCrCriteria.awaiting));
    if (r.progression === true && cur !== "PD") out.push(s.activeAgain);
    if (r.progression === true && r.clinicalRelapse?.met === false) out.push(w.response.growingLabsOnly);
    const mrd = r.progression === true ? null : mrdWords(r, w);
    if (mrd) out.push(mrd);
    if (r.antibodyInterference && !bandBackMayBeMedicine(a)) out.push(s.antibodyInterference);
    if (r.alHaematologic && (t || r.alHaematologic.grade === null)) out.push(s.alResponseUnverified);
    // Results in the record without their dates (not "missing"): said here, once.
    const undated = undatedResults(a);
    if (undated.length > 0) out.push(w.undatedResults(w.and(undated.map((m) => w.undatedName[m]))));
  }
  if (out.length === 0) return [];
  return [h(2, s.headings.treatment), ...out.map((y) => p(f.esc(y)))];
}

function testsDue(x: Extras, f: Inline, w: PatientWords): Block[] {
  const m = x.monitoring;
  const s = w.summary;
  if (!m || (m.items ?? []).length === 0) return [];
  const items = (m.items ?? []).map((it) => {
    const test = sentence(w.monitoredTest(it.test));
    // Review c60-M4: due from the shorter end of the interval range, overdue only after its longer end.
    return f.esc(
      it.overdue
        ? s.testOverdue(test, w.date(it.due))
        : isDueNow(it)
          ? s.testDue(test, w.date(it.due))
          : s.testNext(test, w.date(it.due)),
    );
  });
  const blocks: Block[] = [h(2, s.headings.tests)];
  if ((m.overdue ?? []).length > 0 || (m.items ?? []).some((i) => i.overdue))
    blocks.push(p(f.esc(s.someOverdue)));
  else if ((m.items ?? []).some(isDueNow)) blocks.push(p(f.esc(s.someDue)));
  blocks.push(ul(items));
  return blocks;
}

/** Review c91-m4, c90-m5: "What it is" for a one-drug treatment, with that drug's route where the reference gives it. */
function oneMedicineWords(o: AssessmentOption, w: PatientWords): string {
  const drug = o.regimen?.drugs[0];
  const route =
    typeof drug === "string" && Object.hasOwn(w.glossary.route, drug) ? w.glossary.route[drug] : undefined;
  return route ? `${w.glossary.oneMedicine} ${route}` : w.glossary.oneMedicine;
}

function option(
  a: Assessment,
  o: AssessmentOption,
  i: number,
  f: Inline,
  w: PatientWords,
  twin: boolean,
  shared: ReadonlySet<string>,
): Block[] {
  const s = w.summary;
  const kind = w.glossary.optionKind[o.kind];
  const drugs = (o.regimen?.drugs ?? []).map((d) => w.genericName(d));
  const items: ListItem[] = [];
  // The kind's meaning says what a supportive item is only in general ("care that protects your bones,
  // blood and kidneys"), wrong for a blood test or a vaccine (review c17 handout 10): its own words
  // ("why it may fit you") say it instead.
  const what = Object.hasOwn(w.glossary.optionMeaningById, o.id)
    ? w.glossary.optionMeaningById[o.id]
    : o.kind === "supportive-care"
      ? null
      : o.kind === "systemic-therapy" && drugs.length === 1
        ? oneMedicineWords(o, w)
        : // Review c90-m4: a treatment waiting for a decision is medicines, not "a research study".
          o.kind === "clinical-trial" && drugs.length > 0 && pendingNotApproved(o)
          ? w.glossary.optionKind["systemic-therapy"]?.meaning
          : kind?.meaning;
  if (what) items.push(li(`${f.strong(s.whatItIs)} ${f.esc(what)}`));
  // Review c75-W2: TMP-SMX withheld for an allergy: neither it nor "a usual choice" (the name says what is given).
  const withheld = tmpSmxWithheld(o) !== null;
  if (drugs.length > 0 && !withheld) items.push(li(f.esc(s.medicines(drugs))));
  for (const mark of allergyMarks(o, w)) items.push(li(f.esc(sentence(mark))));
  // Review c73-m2: the line being given is a combination still being studied (talquetamab with daratumumab): said in
  // place of "a usual choice".
  const studied = o.id === CONTINUE_CURRENT_LINE && lineBeingStudied(a);
  const strength = w.glossary.strength[o.strength];
  if (studied) items.push(li(f.esc(w.currentStudied)));
  else if (strength && !withheld) items.push(li(f.esc(strength.meaning)));
  // An option of the likely diagnosis only waits for the tests that confirm it: said, so that it does not
  // read as a plan to start treatment before them.
  const mark =
    conditionMark(o, w) ??
    (o.provisional === true
      ? w.marks.provisional
      : waitsForAnaemiaCause(o, a)
        ? w.anaemiaCauseFirst
        : waitsForHeartTest(o)
          ? w.marks.afterHeartTest
          : waitsForHeartCheck(o)
            ? w.marks.afterHeartCheck
            : null);
  if (mark) items.push(li(f.esc(sentence(mark))));
  const held = heldForFitness(o);
  if (held) items.push(li(f.esc(sentence(w.marks.mayBeTooStrong))));
  if (heldForHeart(o)) items.push(li(f.esc(sentence(w.marks.mayNotSuitHeart))));
  if (bloodPressureFirst(o)) items.push(li(f.esc(sentence(w.marks.bloodPressureFirst))));
  if (studiedInFitter(o)) items.push(li(f.esc(sentence(w.marks.studiedInFitter))));
  if (teamDecidesFit(o)) items.push(li(f.esc(sentence(w.marks.teamDecidesFit))));
  const approvedOnly = approvedOnlyMark([optionParts(o)], w);
  if (approvedOnly) items.push(li(f.esc(sentence(approvedOnly))));
  // An option text with a sentence for one alert only (the cord under radiation for bone pain) is said
  // without it when that alert is not raised (review c17 handout 35).
  const without = Object.hasOwn(w.patientTextWithoutAlert, o.id)
    ? w.patientTextWithoutAlert[o.id]
    : undefined;
  // Review c70-U1: watch and wait while a myeloma-defining biomarker awaits the marrow: not its own "not cancer ...
  // one each year" (the follow-up's tests are due now: response/monitoring.ts).
  const vaccines = o.id === VACCINATION ? vaccinesAfter(a) : null;
  const why = withheld
    ? w.pjpInPlaceWhy
    : vaccines !== null
      ? w.vaccinesAfter[vaccines]
      : transfusionWaits(o, a)
        ? w.transfusionAfterThinning
        : o.kind === "observation" && biomarkerDoubt(a) !== null
          ? w.biomarkerWithoutClone.watchWhy
          : o.id === CONTINUE_CURRENT_LINE && resultsChanged(a)
            ? s.continueWhileResultsChecked
            : studied
              ? s.continueStudied
              : without && !a.alerts.some((x) => x.id === without.alert)
                ? without.text
                : alGatesNotKnown(o)
                  ? w.alAsctGatesNotKnown
                  : alTroponinGateNotRead(o)
                    ? w.alAsctTroponinNotRead
                    : w.patientText(o.id, o.patientText);
  if (why)
    items.push(
      li(`${f.strong(held || studiedInFitter(o) || studied ? s.aboutIt : s.whyFits)} ${f.esc(why)}`),
    );
  // A drug the disease is refractory to: had before, and the mix rests on its other drugs (c13 words 2).
  const had = refractoryDrugsIn(a, o).map((d) => w.genericName(d));
  if (had.length > 0) items.push(li(f.esc(s.hadBefore(had))));
  // An anti-CD38 antibody after another one stopped working (the class, review c36-H4).
  const byClass = refractoryClassIn(a, o);
  if (byClass)
    items.push(li(f.esc(s.hadBeforeClass(w.genericName(byClass.drug), w.genericName(byClass.had)))));
  // A drug the disease did not respond to (best response SD), as the clinician card says (review c54-8).
  const notWell = nonResponsiveDrugsIn(a, o).map((d) => w.genericName(d));
  if (notWell.length > 0) items.push(li(f.esc(s.didNotWorkWell(notWell))));
  // An anti-CD38 antibody of the same kind as one the disease did not respond to (review c55-5).
  const notWellClass = nonResponsiveClassIn(a, o);
  if (notWellClass)
    items.push(
      li(f.esc(s.didNotWorkWellClass(w.genericName(notWellClass.drug), w.genericName(notWellClass.had)))),
    );
  // Review c80-m1: the target of BCMA-directed drugs given before, and drugs stopped for side effects.
  for (const m of sameTargetAndStopMarks(o, w, a)) if (m !== null) items.push(li(f.esc(sentence(m))));
  // The line being given goes on with the change a drug rule gives (the alert says it to the clinician).
  for (const change of doseChangeWords(lineDoseChanges(a, o), w)) items.push(li(f.esc(change)));
  if (o.cautions.length > 0) {
    const { topics, unmatched } = cautionTopics(o.cautions, w.glossary.cautionTopic);
    // One lead-in per option, then the topics: not "Ask your care team" on every line. A caution with no
    // topic adds nothing when others are named ("Other points on their list" said nothing; review c17
    // handout 16).
    // Review c89-m4: a topic of several options is said once above the list, not under each.
    const own = topics.filter((t) => !shared.has(t));
    const asks = own.map((t) => f.esc(sentence(t)));
    if (unmatched > 0 && topics.length === 0) asks.push(f.esc(s.whatToWatch));
    if (asks.length > 0) items.push(li(f.strong(s.askAbout), asks));
  }
  if (o.verified === false) items.push(li(f.esc(s.unverified)));
  // A regimen listed twice (with and without a transplant) says which in its title.
  const transplant = twin ? transplantCondition([o]) : null;
  const name = optionPlainName(o, w, a) + (transplant ? `, ${s.titleWithTransplant[transplant]}` : "");
  return [h(3, `${i + 1}. ${f.esc(name)}`), ul(items)];
}

function options(a: Assessment, f: Inline, w: PatientWords): Block[] {
  const s = w.summary;
  const blocks: Block[] = [h(2, s.headings.options)];
  const offered = patientOptions(a);
  if (offered.length === 0) {
    blocks.push(p(f.esc(s.noOptions)));
    return blocks;
  }
  blocks.push(p(f.esc(s.optionsIntro)));
  if (offered.some((o) => o.kind !== "supportive-care" && heldForFitness(o)))
    blocks.push(p(f.esc(w.optionsFitness)));
  // In the handout's order (review c17 handout 39): treatments, then care alongside them, each with the
  // options for now first and the strongest first; the care that answers an urgent alert (radiation for a
  // cord compression, plasmapheresis for thick blood) before all.
  const treatments = offered.filter((o) => o.kind !== "supportive-care");
  const support = offered.filter((o) => o.kind === "supportive-care");
  // Review c89-m2: the surgical review of a recorded pathological fracture before the other bone-event options.
  const listed = [
    ...boneEventsInEngineOrder(a, nowFirstStrongest(a, treatments)),
    ...nowFirstStrongest(a, support),
  ].sort(answersAlertFirst(a));
  const names = listed.map((o) => optionPlainName(o, w, a));
  const shared = sharedAsks(listed, w);
  if (shared.size > 0)
    blocks.push(
      p(f.strong(s.askAboutShared)),
      ul([...shared].map(([t, at]) => f.esc(sentence(s.askAboutFor(t.replace(/\.$/, ""), at))))),
    );
  const sharedSet = new Set(shared.keys());
  listed.forEach((o, i) => {
    const twin = names.some((n, j) => j !== i && n === names[i]);
    blocks.push(...option(a, o, i, f, w, twin, sharedSet));
  });
  // Review c74-M3: the allergies the listed options give, said once.
  const allergic = allergiesGiven(listed);
  if (allergic.length > 0) blocks.push(p(f.esc(w.allergyNote(allergic))));
  return blocks;
}

/** Review c89-m4: the caution topics (in plain words) that SHARED_ASKS or more of the listed options share, each with
 * the numbers of its options (1-based, in the listed order), said once above the options in the full summary (a frail
 * patient's summary repeated "Pregnancy and birth control" under six options). None with fewer options than that. */
const SHARED_ASKS = 3;
function sharedAsks(listed: readonly AssessmentOption[], w: PatientWords): Map<string, number[]> {
  const at = new Map<string, number[]>();
  listed.forEach((o, i) => {
    if (o.cautions.length === 0) return;
    for (const t of new Set(cautionTopics(o.cautions, w.glossary.cautionTopic).topics))
      at.set(t, [...(at.get(t) ?? []), i + 1]);
  });
  for (const [t, numbers] of at) if (numbers.length < SHARED_ASKS) at.delete(t);
  return at;
}

/** The urgent words of a critical alert (an emergency, or a call today), right after the opening, as the
 * handout says them first (review c17 handout 2: the full summary had them after 26 options). A critical
 * alert the team already knows of (a progression it recorded) is not urgent (urgentAlerts); other alerts
 * are said where they apply (what happens next), never as a heading with nothing named under it. */
function urgent(a: Assessment, f: Inline, w: PatientWords): Block[] {
  const words = urgentWords(a, w);
  return words ? [h(2, w.summary.headings.urgent), p(f.esc(words))] : [];
}

/** "What happens next", with the handout's own parts (nextSteps): where the patient stands, the line being
 * given, what the alerts ask (the two weeks after a CAR-T infusion), and the plan ahead (review c17 handout
 * 1). The tests have their own sections here. */
function next(a: Assessment, f: Inline, w: PatientWords): Block[] {
  const parts: HandoutPart[] = nextSteps(a, w);
  if (parts.length === 0) return [];
  // The fallback of an empty or unclear record introduces the tests that would help: their list follows it
  // here too (review c20 handout: the full summary ended that sentence on a colon with nothing after it).
  const at = parts.findIndex((x) => x.kind === "p" && x.introducesTests === true);
  if (at >= 0) parts.splice(at + 1, 0, { kind: "list", items: testsThatWouldHelp(a).map((t) => w.tests[t]) });
  const blocks = parts.map((part) =>
    part.kind === "p" ? p(f.esc(part.text)) : (part.ordered ? ol : ul)(part.items.map((item) => f.esc(item))),
  );
  return [h(2, w.headings.next), ...blocks];
}

const MRI_FIELD = "imaging.mriFocalLesions";

function missing(a: Assessment, f: Inline, w: PatientWords): Block[] {
  // A value the record has without its date is not missing (treatmentSoFar says the date is).
  // The amyloid's typing is named as a test of amyloid in the tissue: only once amyloid is found there (Congo
  // red met); before that the tissue sample is what is missing (review c20-4).
  const found = amyloidFound(a);
  const absent = a.missingData.filter(
    (m) => !onlyDateMissing(a, m) && !sentNotUsed(a, m) && (found || m.field !== "biopsy.amyloidType"),
  );
  if (absent.length === 0) return [];
  const s = w.summary;
  // A field with no plain name is left out: "other details in your record" said nothing (review c17
  // handout 18).
  // Review c91-m2: the MRI named only when it is the one scan missing; with another scan field missing, the scan of the
  // bones says it.
  const otherScan = absent.some((m) => m.field.startsWith("imaging") && m.field !== MRI_FIELD);
  const names = [
    ...new Set(
      absent.flatMap((m) =>
        otherScan && m.field === MRI_FIELD
          ? (plainField("imaging", w.glossary.field) ?? [])
          : (plainField(m.field, w.glossary.field) ?? []),
      ),
    ),
  ];
  if (names.length === 0) return [];
  return [h(2, s.headings.missing), p(f.esc(s.missingIntro)), ul(names.map((n) => f.esc(s.missingItem(n))))];
}

/** The vaccination card (knowledge/entries/supportive-care.ts). */
const VACCINATION = "sc.vaccination";

const CHECKUP_CATEGORIES: readonly DiagnosisCategory[] = ["mgus", "smoldering-myeloma"];

function questions(a: Assessment, x: Extras, f: Inline, w: PatientWords): Block[] {
  const cat = describedCategory(a);
  const Q = w.summary.questions;
  const q: string[] = [Q.meaning];
  if (CHECKUP_CATEGORIES.includes(cat)) q.push(Q.checkups);
  if (cat === "smoldering-myeloma") q.push(Q.signsWorse);
  // A frail patient: daily life and help at home, as on the one-page (review c20 handout 10).
  if (a.options.length > 0)
    q.push(Q.whichOption, Q.sideEffects, frailOnEitherScale(a) ? w.questions.dailyLifeHelp : Q.dailyLife);
  if (a.options.some((o) => o.kind === "stem-cell-transplant")) q.push(Q.transplant);
  if (cat !== "mgus" && cat !== "indeterminate") q.push(Q.trial);
  if (a.missingData.some((m) => !onlyDateMissing(a, m)) || a.diagnosis.category === "indeterminate")
    q.push(Q.moreTests);
  if (x.monitoring?.items?.some(isDueOrOverdue)) q.push(Q.dueTests);
  q.push(Q.whoToCall);
  return [h(2, w.summary.headings.questions), ul(q.map((s) => f.esc(s)))];
}

/** The patient summary: plain words, no codes, the decision-support notice at the top and the end, in the
 * language of `w` (English by default). */
export function renderPatientSummary(
  a: Assessment,
  format: "text" | "markdown",
  w: PatientWords = EN,
): string {
  const f = inline(format as Format);
  const x = extras(a);
  const s = w.summary;
  const blocks: Block[] = [
    h(1, w.title),
    p(f.strong(f.esc(s.notice))),
    p(f.esc(s.madeBy(w.date(a.asOf)))),
    ...urgent(a, f, w),
    ...findings(a, f, w),
    ...risk(a, f, w),
    ...health(a, f, w),
    ...treatmentSoFar(a, x, f, w),
    ...next(a, f, w),
    // Undecided for a finding the protein may or may not explain: the work-up is next (review c21-4).
    ...(endOrganQuestion(a) === null ? testsDue(x, f, w) : []),
    ...options(a, f, w),
    ...missing(a, f, w),
    ...questions(a, x, f, w),
    h(2, s.headings.remember),
    p(f.strong(f.esc(s.notice))),
    p(f.esc(s.rememberTalk)),
  ];
  return renderBlocks(blocks, format);
}

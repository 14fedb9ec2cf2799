/** Clinician summary of one Assessment: every finding with its rule and source, as terminal text or Markdown. */

import {
  ALERT_SEVERITIES,
  type Assessment,
  type AssessmentOption,
  type PlanStep,
  type RegulatoryStatus,
} from "../engine/assessment.js";
import { CANDIDACY_NOT_RECORDED_NOTE } from "../engine/plan.js";
import { postInfusionRank } from "../engine/post-infusion-order.js";
import { BIOMARKER_WITHOUT_CLONE, PLASMA_CELL_LEUKAEMIA } from "../engine/record-checks.js";
import { overdueCreatinineDate } from "../engine/stale-creatinine.js";
import {
  SWITCH_FLC_ASIDE_ALERT,
  SWITCH_RISE_ALERT,
  SWITCH_RISE_RECORD_ALERT,
} from "../engine/switch-rise.js";
import { DECISION_SUPPORT_NOTICE } from "../engine/version.js";
import {
  CAR_T_FIRST_WEEKS_ALERT,
  type DoseChange,
  NDMM_RENAL_FROM_MYELOMA,
  NDMM_RENAL_IMPAIRMENT,
} from "../knowledge/drug-rules.js";
import { COLLECTION_DUE_ALERT } from "../knowledge/entries/pathway.js";
import { FACTS } from "../knowledge/index.js";
import type { DiagnosisCategory } from "../model/enums.js";
import type { Evidence, MissingInput, RuleTrace } from "../model/trace.js";
import { AL_DFLC_EVALUABLE_MG_L, alRisingWords, dflcEvaluable } from "../response/al-haematologic.js";
import { clinicalRelapseWords } from "../response/clinical-relapse.js";
import { holdsCarT } from "../response/drug-classes.js";
import { ONE_VALUE } from "../response/evolving.js";
import type { LinesOfTherapyResult } from "../response/lines.js";
import type { MgusRiskResult } from "../response/mgus-risk.js";
import { imwgMrdNegative } from "../response/mrd.js";
import type { ProgressionDateSource, ResponseResult } from "../response/response.js";
import { FLC_ASIDE_ALERT } from "../response/response.js";
import type { AlStageBasis } from "../scores/al-stage/al-stage.js";
import { IMS2025_DEL17P_CCF } from "../scores/cytogenetic-risk/cytogenetic-risk.js";
import type { SmmRiskBasis } from "../scores/smm-mayo-2018/smm-mayo-2018.js";
import type {
  SmmMayo2018FishGroup,
  SmmMayo2018FishResult,
} from "../scores/smm-mayo-2018-fish/smm-mayo-2018-fish.js";
import { alMet, alStageQualifier, IF_AL_CONFIRMED } from "./al-stage-qualifier.js";
import { byStatus, criterionStatus, groupCriteria, TREATED_CRITERIA_NOTE } from "./criteria-groups.js";
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
  atRelapse,
  type Extras,
  extras,
  MGUS_NEUROPATHY_ALERT,
  marrowNotRecorded,
  OTHER_AMYLOID_ALERT,
  roman,
  workingCategory,
} from "./extras.js";
import { FRAIL_FROM_AGE_ALONE, frailFromAgeAlone } from "./frailty-words.js";
import {
  answersAlertFirst,
  endOrganQuestion,
  lineDoseChanges,
  mProteinRising,
  onFirstLine,
  situationOf,
} from "./handout-facts.js";
import { issBasisWords } from "./iss-basis-words.js";
import { CATEGORY_LABEL, OPTION_KIND_LABEL } from "./labels.js";
import { isDueNow } from "./monitoring-status.js";
import { byPlanTier, STRENGTH_RANK } from "./option-order.js";
import { planStepNames } from "./plan-names.js";
import { notOfferedBecause, priorLinesWords } from "./prior-lines-words.js";
import { fullCitation, ReferenceList } from "./references.js";

export { CATEGORY_LABEL, OPTION_KIND_LABEL };

/** Renders the state of one criterion, score or rule so it can be read without the JSON. */
class Writer {
  readonly refs = new ReferenceList();
  readonly f: Inline;
  constructor(format: Format) {
    this.f = inline(format);
  }
  /** Tag for an UNVERIFIED fact or option: impossible to miss in both formats. */
  unverified(): string {
    return this.f.format === "markdown" ? "**[UNVERIFIED]**" : "[UNVERIFIED]";
  }
  evidence(e: Evidence | undefined): string {
    if (e === "unverified") return ` ${this.unverified()}`;
    if (e === "secondary") return " (secondary source)";
    return "";
  }
  sources(ids: readonly string[]): string {
    if (ids.length === 0) return "";
    return ` (${this.refs
      .cite(ids)
      .map((s) => this.f.esc(s))
      .join("; ")})`;
  }
  value(v: string | number | boolean | null): string {
    if (v === null) return "unknown";
    if (typeof v === "boolean") return v ? "yes" : "no";
    // Binary floating-point noise from a unit conversion (80 umol/L read as 0.9049600000000001 mg/dL) is
    // left out: 12 significant digits, far below any threshold's precision, so no value is rounded across one.
    if (typeof v === "number" && !Number.isInteger(v)) return String(Number(v.toPrecision(12)));
    return String(v);
  }
  /** One rule application: its id, the inputs it saw, how sure the source is, and the source. */
  rule(t: RuleTrace): string {
    const inputs = Object.entries(t.inputs ?? {})
      .map(([k, v]) => `${k}=${this.value(v)}`)
      .join(", ");
    return `rule ${this.f.code(t.ruleId)}${inputs ? `: ${this.f.esc(inputs)}` : ""}${this.evidence(t.evidence)}${this.sources([t.citationId])}`;
  }
  rules(ts: readonly RuleTrace[] | undefined): ListItem[] {
    return (ts ?? []).map((t) => li(this.rule(t)));
  }
  missing(ms: readonly MissingInput[] | undefined): ListItem[] {
    if (!ms || ms.length === 0) return [];
    // Each field once: one field can be needed for two things (review c46-m4: an entry's end, for the drugs given
    // now and for refractoriness).
    return [li(`missing: ${[...new Set(ms.map((m) => m.field))].map((f) => this.f.code(f)).join(", ")}`)];
  }
}

/** The M-protein tests a "no progression" is read from. */
const DISEASE_TESTS = new Set(["serum protein electrophoresis", "free light chains"]);

/** " on the results of DATE, which are overdue: not known since" when the monitoring plan finds the M-protein
 * tests overdue (review c11 H1: a "no" from 14-month-old results is no answer for today), else "". */
function noProgressionSince(x: Extras): string {
  // Review c60-W1: on therapy, a current result of the measure the response is graded on (criteria-and-scores.md
  // 6.1) answers for today; one stale other test (an FLC beside a current serum M-protein) does not make it unknown.
  if (x.monitoring?.onTherapyStale?.measureCurrentOn != null) return "";
  let last: string | null = null;
  for (const i of x.monitoring?.overdue ?? [])
    if (DISEASE_TESTS.has(i.test) && i.lastDone !== null && (last === null || i.lastDone > last))
      last = i.lastDone;
  return last === null ? "" : ` (on the results of ${last}, which are overdue: not known since then)`;
}

function yesNo(v: boolean | null | undefined): string {
  return v === true ? "yes" : v === false ? "no" : "unknown";
}

function header(a: Assessment, w: Writer): Block[] {
  const { f } = w;
  const blocks: Block[] = [
    h(1, "Myeloma navigator: clinician summary"),
    p(
      `${f.strong("Record:")} ${a.id !== undefined ? f.code(a.id) : "(no id)"} · ${f.strong("As of:")} ${f.esc(a.asOf)}`,
    ),
    p(f.strong(f.esc(DECISION_SUPPORT_NOTICE))),
  ];
  if (a.notice && a.notice !== DECISION_SUPPORT_NOTICE) blocks.push(p(f.esc(a.notice)));
  return blocks;
}

/** How many options the headline names (the full list follows under "Options to discuss"). */
const HEADLINE_OPTIONS = 3;
/** The options the headline names: those of the plan's step now, then those outside the plan (care
 * alongside, a trial), then those of a later step (transplant, consolidation or maintenance while
 * induction comes first); within each, treatment of the disease before supportive care, the strongest
 * recommendation first, then the engine's order. The full list under "Options to discuss" keeps the
 * engine's order. */
const AGE_ALONE = ` (${FRAIL_FROM_AGE_ALONE})`;

export function topOptions(a: Assessment): AssessmentOption[] {
  const byTier = byPlanTier(a);
  // The options that answer a critical alert raised come first (review c18 N5: a cord compression headed
  // by three induction regimens, its radiotherapy and surgery further down).
  const first = answersAlertFirst(a);
  // Review c88-m4: in the first 2 weeks after a BCMA CAR-T infusion, infection prevention before the other care
  // alongside (bone agents), as the engine lists them (engine/post-infusion-order.ts).
  const window = postInfusionRank(a.alerts);
  return [...a.options]
    .sort(
      (x, y) =>
        first(x, y) ||
        byTier(x, y) ||
        Number(x.kind === "supportive-care") - Number(y.kind === "supportive-care") ||
        window(x) - window(y) ||
        STRENGTH_RANK[x.strength] - STRENGTH_RANK[y.strength],
    )
    .slice(0, HEADLINE_OPTIONS);
}

/** The IMS/IMWG 2025 headline, saying when it rests on beta2-microglobulin (criterion 4) rather than on a
 * gene change (criteria 1 to 3; criteria-and-scores.md 4.3). */
function cytogeneticHeadline(cg: Assessment["risk"]["cytogenetic"]): string {
  const genes = (v: boolean | null) =>
    `cytogenetics ${v === true ? "high risk" : v === false ? "not high risk" : "not determined"}`;
  // Genes known not high risk, criterion 4 not known (a treated record without its values at diagnosis):
  // the genes are not called undetermined, and the headline names what is missing.
  if (cg.highRisk === null && cg.geneticHighRisk === false) {
    const missing = (name: string) => cg.missing.find((m) => m.field.endsWith(`.${name}`));
    const b2m = missing("beta2Microglobulin");
    const cr = missing("creatinine");
    const what = [b2m && "beta2-microglobulin", cr && "creatinine"].filter(Boolean).join(" and ");
    const atDiagnosis = [b2m, cr].some((m) => m?.field.startsWith("series.")) ? " at diagnosis" : "";
    return `high risk not determined: ${what || "criterion 4"}${atDiagnosis} not recorded (IMS/IMWG 2025 criterion 4); ${genes(false)}`;
  }
  if (cg.highRisk !== true || cg.geneticHighRisk === true) return genes(cg.highRisk) + olderHighRisk(cg);
  return `high risk by beta2-microglobulin with normal creatinine (IMS/IMWG 2025); ${genes(cg.geneticHighRisk)}`;
}

/** Review c48-F9: not high risk by the IMS/IMWG 2025 headline while the older definitions call it high risk
 * (del(17p) in 15% of cells: below the 2025 clonal-fraction cut-off, high risk by IMWG 2016 and mSMART): said. */
function olderHighRisk(cg: Assessment["risk"]["cytogenetic"]): string {
  if (cg.highRisk !== false) return "";
  const by = [
    cg.imwg2016.highRisk === true && "IMWG 2016",
    cg.msmart.highRisk === true && "mSMART 3.0",
  ].filter(Boolean);
  if (by.length === 0) return "";
  const findings = [...new Set([...cg.imwg2016.findings, ...cg.msmart.findings])];
  return ` by IMS/IMWG 2025, high risk by ${by.join(" and ")}${findings.length > 0 ? ` (${findings.join("; ")})` : ""}`;
}

/** AL amyloidosis met too, beside the category (diagnosis alsoMeets; review c48-F1). */
const alAlsoMet = (a: Assessment): boolean => a.diagnosis.alsoMeets?.includes("al-amyloidosis") === true;

/** The AL stages of the summary line (Mayo 2004 European, Mayo 2012; criteria-and-scores.md 5.1, 5.2). */
function alStageParts(
  a: Assessment,
  known: (label: string, v: string | number | null | undefined) => string,
): string[] {
  // Review c91-M4, m7: a stage before AL is met, or at diagnosis with a marker on treatment only, is said so.
  return [
    known("Mayo 2004 (European) stage", a.risk.alMayo2004.stage) +
      (a.risk.alMayo2004.stage === null ? "" : alStageQualifier(a, a.risk.alMayo2004.basis)),
    known("Mayo 2012 stage", a.risk.alMayo2012.stage === null ? null : roman(a.risk.alMayo2012.stage)) +
      (a.risk.alMayo2012.stage === null ? "" : alStageQualifier(a, a.risk.alMayo2012.basis)),
  ];
}

/** Stage and risk in one line, for the category the summary describes. */
function headlineRisk(a: Assessment): string {
  const cat = workingCategory(a);
  const known = (label: string, v: string | number | null | undefined) =>
    v === null || v === undefined ? `${label} not determined` : `${label} ${v}`;
  const parts: string[] = [];
  if (cat === "multiple-myeloma") {
    const { iss, riss, r2iss } = a.staging;
    parts.push(
      known(issLabel(a), iss.stage === null ? null : roman(iss.stage)),
      known("R-ISS", riss.stage === null ? null : roman(riss.stage)),
      known("R2-ISS", r2iss.stage === null ? null : roman(r2iss.stage)),
      ...(iss.basis?.from === "on-treatment"
        ? ["staged from values not dated before the first treatment (the stages are defined at diagnosis)"]
        : []),
      cytogeneticHeadline(a.risk.cytogenetic),
    );
    // Review c73-M2: a score not computable is said, as the stages are (criteria-and-scores 8.1: a missing item
    // is not read as normal), not left out.
    const frailty = a.fitness.imwgFrailty.group;
    parts.push(
      frailty
        ? `IMWG frailty ${frailty}${frailFromAgeAlone(a.fitness.imwgFrailty) ? AGE_ALONE : ""}`
        : known("IMWG frailty", null),
    );
    // Review c91-M1: AL amyloidosis met too: its cardiac stages drive intensity (treatments.md 6 "Cautions in AL";
    // criteria-and-scores.md 5.1, 5.2), so they are shown beside the myeloma stages, as the engine gives them.
    if (alAlsoMet(a)) parts.push(...alStageParts(a, known));
  } else if (cat === "smoldering-myeloma") {
    parts.push(
      known("Mayo 2018 risk", a.risk.smmMayo2018.group),
      known("IMWG 2020 risk", a.risk.smmImwg2020.group),
    );
    // Review c91-m3: the 20/2/20 + FISH model (criteria-and-scores.md 2.1) beside the 20/2/20, never in its place.
    const fish = a.risk.smmMayo2018Fish;
    if (fish) parts.push(`20/2/20 + FISH: ${fishHeadline(fish)}`);
  } else if (cat === "mgus" && a.risk.mgus) {
    // Review c91-m6: the MGUS risk group behind the follow-up (treatments.md 2a), not "no score applies".
    parts.push(`MGUS risk (IMWG 2010): ${mgusRiskWords(a.risk.mgus)}`);
  } else if (cat === "al-amyloidosis") {
    parts.push(...alStageParts(a, known));
  } else {
    parts.push(`no staging or risk score in this tool applies to ${CATEGORY_LABEL[cat] ?? cat}`);
  }
  return parts.join(" · ");
}

/** The one next step the data points to: deciding the category, an overdue test, the next step of the
 * plan, or the next monitoring date. Words only for what the Assessment already holds. */
function headlineNextStep(a: Assessment, x: Extras, f: Inline): string {
  const d = a.diagnosis;
  // Review c83-W1: a bone event before imaging: its urgent care comes with the deciding imaging (the plan's step now).
  const bone = a.plan?.find((s) => s.code === "bone-event-first");
  if (bone) return `${bone.verified ? "" : `${f.strong("[UNVERIFIED]")} `}${f.esc(lowerFirst(bone.title))}`;
  if (d.category === "indeterminate" && d.couldChangeWith[0])
    return `decide the category: ${f.esc(d.couldChangeWith[0])}`;
  // A solitary plasmacytoma not yet treated: its definitive radiotherapy comes next, not the follow-up tests
  // that come after it (review c18 M8; treatments.md 1); while it is given, finishing it.
  if (situationOf(a) === "plasmacytoma") {
    if (a.phase?.code === "radiotherapy")
      return "finish the definitive radiotherapy; follow-up every 3-6 months after it ends (NCCN)";
    const rt = a.phase?.code === "untreated" ? a.options.find((o) => o.kind === "radiation") : undefined;
    if (rt) return `${f.esc(rt.title)} (see the options)`;
    // Review c29-M9: after the radiotherapy, a rise by the IMWG thresholds comes before the routine follow-up.
    // Review c30-m3: the repeat is asked for only when the rise is one value (the alert says which).
    if (mProteinRising(a))
      return `look for progression to myeloma (see the rising M-protein alert): the work-up that excludes it (marrow biopsy, FLC, SPEP/IFE, whole-body PET-CT or MRI; treatments.md 1)${
        a.alerts.some((al) => al.text.includes(ONE_VALUE))
          ? "; the rise is one value: repeat it to confirm it (two consecutive assessments)"
          : ""
      }`;
  }
  // Review c30-m1: the CAR-T infusion day not recorded: the 2-week restrictions and the counts after it wait on it.
  if (a.alerts.some((al) => al.id === "alert.car-t.infusion-day-not-recorded"))
    return "record the CAR-T infusion day as its treatment entry's end (the restrictions and counts after the infusion are dated from it: see the alert)";
  const overdue = x.monitoring?.overdue ?? [];
  if (overdue.length > 0) return `overdue: ${f.esc(overdue.map((o) => o.test).join(", "))}`;
  // Review c60-M4: due from the shorter end of the interval range, not yet overdue.
  const due = x.monitoring?.dueNow ?? [];
  if (due.length > 0) return `due now: ${f.esc(due.map((o) => o.test).join(", "))}`;
  // Watched after a finished line, the monitoring step now is what comes next.
  const next =
    a.plan?.find((s) => s.status === "next") ??
    // Review c78-W1: the AL team's decision after a response lost on the line being given, as after one that ended.
    a.plan?.find(
      (s) => s.status === "current" && (s.phase === "line-finished" || s.code === "al-response-lost"),
    ) ??
    // A continuous first-line regimen (DRd, MAIA) has no step after it but relapse: it goes on.
    a.plan?.find(
      (s) => s.status === "current" && (s.code === "continuous-drd" || s.code === "continuous-rd"),
    );
  // The step's sources are in the plan ahead below; its UNVERIFIED mark shows here too. A step whose every
  // option the safety review held back says so (review c18 M3: "Next step: transplant" beside a transplant
  // card that says "not a first choice").
  // Review c29-M7: a transplant step ahead on an open candidacy: the decision comes first, and either branch.
  if (next?.candidacy === "not-recorded")
    return `record the transplant decision (transplant.candidate): if a candidate, ${f.esc(lowerFirst(next.title.replace(CANDIDACY_NOT_RECORDED_NOTE, "")))}${
      heldBack(a, next.optionIds) ? " (not a first choice here: see the option's cautions)" : ""
    }; if not, continued therapy without a transplant (the plan's maintenance step)`;
  // Review c30-W1: any other step while the candidacy is open (DRd, whose plan follows the regimen given;
  // induction not yet started): the decision is asked for beside it.
  const decide = a.alerts.some((al) => al.id === "pathway.transplant-eligibility-undecided")
    ? "; record the transplant decision (transplant.candidate)"
    : "";
  // Review c78-M1 (c79): the AL step waiting on a repeat of the free light chains (by its code): the repeat comes first.
  const repeatFirst =
    next?.code === "al-repeat-flc-first"
      ? "repeat the free light chains first; then, if the level holds: "
      : "";
  if (next)
    return `${repeatFirst}${next.verified === false ? `${f.strong("[UNVERIFIED]")} ` : ""}${f.esc(next.title)} (${f.esc(next.phase)})${
      heldBack(a, next.optionIds) ? "; not a first choice here: see the option's cautions" : ""
    }${decide}`;
  // Review c43-m1: a myeloma-defining biomarker beside a marrow below 10% or not examined (record-checks.ts): the
  // marrow that settles the diagnosis comes before the routine follow-up (criteria-and-scores.md 1.1).
  if (a.alerts.some((al) => al.id === BIOMARKER_WITHOUT_CLONE)) {
    const marrow = marrowNotRecorded(a)
      ? "a marrow examination with a core biopsy"
      : "a repeat marrow examination with a core biopsy";
    return `settle the open question on the diagnosis: ${marrow} (see above)${
      x.monitoring?.nextDue ? `; next monitoring due ${f.esc(x.monitoring.nextDue)}` : ""
    }`;
  }
  if (x.monitoring?.nextDue) return `next monitoring due ${f.esc(x.monitoring.nextDue)}`;
  return "discuss the options below with the care team";
}

const lowerFirst = (t: string): string => t.charAt(0).toLowerCase() + t.slice(1);

/** Every option of a plan step was held back by the safety review to "consider" or below (a strength
 * adjustment met: frailty, heart failure, an unconfirmed diagnosis). False for a step without options. */
function heldBack(a: Assessment, ids: readonly string[]): boolean {
  const shown = a.options.filter((o) => ids.includes(o.id));
  return (
    shown.length > 0 &&
    shown.every((o) =>
      (o.safetyFindings ?? []).some(
        (x) => x.kind === "strength-adjusted" && (x.to === "consider" || x.to === "trial"),
      ),
    )
  );
}

const CHANGE_WORD: Readonly<Record<DoseChange, string>> = {
  reduce: "dose reduction",
  hold: "hold",
  pause: "hold until recovery",
  stop: "stop",
};

/** An option's title; the option to continue the line being given adds the dose change its drug alerts
 * give ("..., with the bortezomib hold the critical alert gives"), so it never reads as unchanged. */
export function optionTitle(a: Assessment, o: AssessmentOption): string {
  const change = lineChangeWords(a, o);
  return change === null ? o.title : `${o.title}, ${change}`;
}

/** The dose change its drug alerts give the line being given, "with the teclistamab hold until recovery the warning
 * alert gives", or null: the headline's title says it, and so does the web summary's "Now" (review c80-m4). */
export function lineChangeWords(a: Assessment, o: AssessmentOption): string | null {
  const changes = lineDoseChanges(a, o);
  if (changes.length === 0) return null;
  const what = changes.map((c) => `${c.drug} ${CHANGE_WORD[c.change]}`).join(" and ");
  const by = changes.length === 1 ? `the ${changes[0]?.severity} alert gives` : "the alerts give";
  return `with the ${what} ${by}`;
}

/** The summary block at the top: disease state, stage and risk, phase, top options, critical alerts
 * and the next step, each a line, so a reader sees the gist before the detail. */
export function renderHeadline(a: Assessment, format: Format): Block[] {
  const f = inline(format);
  const unverifiedTag = `${f.strong("[UNVERIFIED]")} `;
  const d = a.diagnosis;
  const x = extras(a);
  const state = `${f.strong(f.esc(CATEGORY_LABEL[d.category] ?? d.category))}${d.subtype ? ` (${f.esc(d.subtype)})` : ""}${
    d.likely ? `; most likely ${f.esc(CATEGORY_LABEL[d.likely] ?? d.likely)}` : ""
  }${d.alsoMeets?.includes("al-amyloidosis") ? `, with ${f.strong("systemic AL amyloidosis")} met too (see the alert)` : ""}${
    d.treated ? (onFirstLine(a) ? ", on first-line therapy" : ", previously treated") : ""
  }${endOrganWords(a, f)}`;
  // The regimen once: the reason names it when the line is being given (c11a: "maintenance (R maintenance):
  // On maintenance (R maintenance)" said it twice).
  const reg = a.phase?.currentRegimen;
  const named = reg
    ? [`(${reg})`, `(${reg},`, `, ${reg})`].some((form) => a.phase?.reason.includes(form))
    : false;
  const phase = a.phase
    ? `${f.esc(a.phase.code)}${reg && !named ? ` (${f.esc(reg)})` : ""}: ${f.esc(a.phase.reason)}`
    : "not derived";
  const top = topOptions(a).map(
    (o) =>
      `${o.verified ? "" : `${unverifiedTag}`}${pathwayMarks(o, f)}${f.esc(optionTitle(a, o))} (${o.strength})`,
  );
  const more = a.options.length - top.length;
  const critical = a.alerts.filter((al) => al.severity === "critical");
  const warnings = a.alerts.filter((al) => al.severity === "warning").length;
  // Review c38-K5: a rise before a switch the phase was not read from is an open question of the phase itself,
  // said beside it (the next step may be a transplant the rise would cancel). A rise the record contradicts is
  // said there when every IMWG wording confirms it (review c40-N2), not when only the older one does (c39-L7).
  // A confirmed FLC rise that is not the disease's measure, before a switch or on the line being given, asks the
  // same question (review c39-L4, c40-N3).
  const phaseQuestions = a.alerts.filter(
    (al) =>
      al.id === SWITCH_RISE_ALERT ||
      al.id === SWITCH_FLC_ASIDE_ALERT ||
      al.id === FLC_ASIDE_ALERT ||
      (al.id === SWITCH_RISE_RECORD_ALERT && al.severity === "warning"),
  );
  return [
    h(2, "Summary"),
    ul([
      `Disease state: ${state}`,
      // Review c42-M2: a category the criteria's letter gives while a myeloma-defining biomarker doubts it.
      ...a.alerts
        .filter((al) => al.id === BIOMARKER_WITHOUT_CLONE || al.id === MGUS_NEUROPATHY_ALERT)
        .map((q) => `Open question on the diagnosis: ${q.verified ? "" : unverifiedTag}${f.esc(q.text)}`),
      // Re-check c81-m3: circulating plasma cells at the IMWG 2021 plasma cell leukaemia level are said with the
      // diagnosis, not only counted among the warnings.
      ...a.alerts
        .filter((al) => al.id === PLASMA_CELL_LEUKAEMIA)
        .map((q) => `Circulating plasma cells: ${q.verified ? "" : unverifiedTag}${f.esc(q.text)}`),
      // Review c48-F5: amyloid typed as another protein (ATTR, say) beside a monoclonal protein.
      ...a.alerts
        .filter((al) => al.id === OTHER_AMYLOID_ALERT)
        .map((q) => `Also found: ${q.verified ? "" : unverifiedTag}${f.esc(q.text)}`),
      `Stage and risk: ${f.esc(headlineRisk(a))}`,
      `Phase: ${phase}`,
      ...phaseQuestions.map(
        (q) => `Open question on the phase: ${q.verified ? "" : unverifiedTag}${f.esc(q.text)}`,
      ),
      ...refractorinessQuestion(a, f),
      ...nonResponseNote(a, f),
      // Re-check c81-m3: the stem cell collection due on the induction is the step now (review c79-M1).
      ...a.alerts
        .filter((al) => al.id === COLLECTION_DUE_ALERT)
        .map((q) => `Stem cell collection due: ${q.verified ? "" : unverifiedTag}${f.esc(q.text)}`),
      // Review c80-m3: in the first 2 weeks after a CAR-T infusion its rules are the step now, not one warning among
      // several (the alert's: treatments.md 10, the US label since the REMS removal, no EU period in the reference; 5b).
      ...(a.alerts.some((al) => al.id === CAR_T_FIRST_WEEKS_ALERT)
        ? [
            "Post-infusion monitoring to day 14 after the BCMA CAR-T infusion (US label: stay near the treatment centre, no driving, monitoring daily for at least the first week; the reference gives no EU period): watch for CRS, ICANS and the blood counts (Alerts below)",
          ]
        : []),
      top.length > 0
        ? li(`Top options (${a.options.length} in all${more > 0 ? `; ${more} more below` : ""}):`, top)
        : "Top options: none listed",
      critical.length > 0
        ? li(
            `Critical alerts (${critical.length}):`,
            critical.map((al) => `${al.verified ? "" : unverifiedTag}${f.esc(al.text)}`),
          )
        : "Critical alerts: none",
      // A warning (a kidney injury new on the line being given, a count below a dose rule) is not critical, and is
      // not to be missed by a reader of the summary alone: counted here, said in Alerts.
      ...(warnings > 0 ? [`Warnings: ${warnings}, in Alerts below`] : []),
      // Review c64-M1 / c65-M4: the renal myeloma-defining event of untreated myeloma is named, not only counted:
      // when myeloma is the cause, therapy starts early (treatments.md 3b VCd row, 8c renal protection).
      ...(a.alerts.some((al) => al.id === NDMM_RENAL_IMPAIRMENT || al.id === NDMM_RENAL_FROM_MYELOMA)
        ? [
            `Kidneys: the IMWG 2014 renal criterion is met and no therapy is recorded: ${kidneyAttribution(a)}, bortezomib-based therapy with high-dose dexamethasone early (Alerts below)`,
          ]
        : []),
      `Next step: ${headlineNextStep(a, x, f)}`,
    ]),
  ];
}

/** The team's attribution of the kidney injury to the myeloma, as the renal line names it: "if attributable" only while
 * the record does not say (it is then asked); recorded true, it is said as recorded. (Recorded false, the criterion
 * does not count and the line is not shown.) */
const kidneyAttribution = (a: Assessment): string =>
  a.missingData.some((m) => m.field === "conditions.kidneyImpairmentFromMyeloma")
    ? "if attributable to myeloma (the team's attribution is not recorded)"
    : "attributed to myeloma by the team";

/** Review c45 and c47-W1: refractoriness an entry leaves not known (linesOfTherapy.refractoryNotKnown) holds every
 * option giving those drugs again at "consider"; the top says why, and what settles it (the record's fields asked
 * for refractoriness), so the reader does not take the held options for the engine's judgement of them. */
function refractorinessQuestion(a: Assessment, f: Inline): string[] {
  const drugs = a.linesOfTherapy?.refractoryNotKnown ?? [];
  if (drugs.length === 0) return [];
  // A field needed for several things names them all in one neededFor (review c46-m4): the refractoriness part.
  const asked: string[] = [];
  for (const m of a.missingData) {
    const at = m.neededFor.indexOf("refractoriness");
    if (!/^treatmentHistory\.\d+\./.test(m.field) || at < 0) continue;
    const what = firstPart(m.neededFor.slice(at)).replace(/^refractoriness:? ?/, "");
    asked.push(`${f.code(m.field)}${what ? ` (${f.esc(what)})` : ""}`);
  }
  const record = asked.length > 0 ? `; record ${asked.join("; ")}` : "";
  return [
    `Open question on the options: refractoriness to ${f.esc(drugs.join(" and "))} is not known (IMWG: progression on a drug or within 60 days of its last dose)${record}. Options giving ${drugs.length === 1 ? "it" : "them"} again are at most "consider" until it is settled.`,
  ];
}

/** The text up to the first ", " outside brackets: one item of a neededFor that joins several (review c57: the
 * options an entry's refractoriness holds are named after it). */
function firstPart(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && c === "," && text[i + 1] === " ") return text.slice(0, i);
  }
  return text;
}

/** Review c53-W2: drugs the disease did not respond to (best response SD) with no progression on them
 * (linesOfTherapy.nonResponsiveDrugs) hold the options giving them again at "consider"; the top says why, so the
 * reader takes it neither for refractoriness nor for the engine's judgement of those options. */
function nonResponseNote(a: Assessment, f: Inline): string[] {
  const drugs = a.linesOfTherapy?.nonResponsiveDrugs ?? [];
  // AL amyloidosis reads its own haematologic response (its below-PR and below-VGPR alerts): no such holds there.
  if (drugs.length === 0 || a.diagnosis.category === "al-amyloidosis") return [];
  const them = drugs.length === 1 ? "it" : "them";
  return [
    `Non-response on the options: the disease did not respond to ${f.esc(drugs.join(" and "))} (best response SD: non-responsive, IMWG 2011) and did not progress on ${them}, so it is not refractory to ${them} by the progression-based definitions the labels and trials use. Options giving ${them} again are at most "consider"${a.phase.currentLine !== null ? " (continuing the line being given says so on its card instead)" : ""}.`,
  ];
}

const STATUS_WORD = { met: "met", "not-met": "not met", unknown: "unknown (inputs missing)" } as const;

function diagnosis(a: Assessment, w: Writer): Block[] {
  const { f } = w;
  const d = a.diagnosis;
  const facts: ListItem[] = [
    li(`Category: ${f.strong(CATEGORY_LABEL[d.category] ?? d.category)} (${f.code(d.category)})`),
  ];
  if (d.likely)
    facts.push(li(`Most likely: ${f.strong(CATEGORY_LABEL[d.likely] ?? d.likely)} (${f.code(d.likely)})`));
  facts.push(li(`Subtype: ${d.subtype ? f.esc(d.subtype) : "unknown"}`));
  facts.push(li(`Previously treated: ${yesNo(d.treated)}`));

  type Criterion = (typeof d.criteria)[number];
  const item = (c: Criterion) =>
    li(
      `${STATUS_WORD[criterionStatus(c)]}: ${f.code(c.id)}: ${f.esc(c.because)}${w.evidence(c.evidence)}${w.sources([c.citation])}`,
      w.missing(c.missing),
    );
  const g = groupCriteria(d);

  const blocks: Block[] = [h(2, "Diagnosis"), ul(facts)];
  if (d.treated && d.criteria.length > 0) blocks.push(p(TREATED_CRITERIA_NOTE));
  if (d.criteria.length === 0) blocks.push(h(3, "Criteria"), p("No criteria were evaluated."));
  const section = (title: string, cs: Criterion[]) => {
    if (cs.length > 0) blocks.push(h(3, `${title} (${cs.length})`), ul(byStatus(cs).map(item)));
  };
  section(d.likely ? "Criteria of the most likely category" : "Criteria of this category", g.own);
  section("Myeloma-defining events", g.events);
  section("Other categories checked", g.otherCategories);
  section("Other criteria", g.rest);
  if (g.otherParts.length > 0) {
    blocks.push(
      p(`${g.otherParts.length} further parts of the other categories' criteria are in the JSON output.`),
    );
  }
  blocks.push(h(3, "Could change with"));
  blocks.push(
    d.couldChangeWith.length
      ? ul(d.couldChangeWith.map((x) => f.esc(x)))
      : p("Nothing listed: no missing test would change the category."),
  );
  return blocks;
}

/** " (2 of 3 factors)" when known, " (1 to 3 of 3 factors)" when only the range is. */
/** The 20/2/20 + FISH groups in words (criteria-and-scores.md 2.1: 0, 1, 2 and >= 3 factors). */
const FISH_GROUP_WORDS: Readonly<Record<SmmMayo2018FishGroup, string>> = {
  "0": "0 factors",
  "1": "1 factor",
  "2": "2 factors",
  "3-or-more": "3 or more factors",
};

/** The 20/2/20 + FISH result on the stage-and-risk line: the factors (or the group) and its 2-year figure; "FISH not
 * assessed" when FISH is missing (review c91-m3). */
function fishHeadline(r: SmmMayo2018FishResult): string {
  const notAssessed = r.fishAssessed ? "" : "FISH not assessed";
  if (r.group === null) return notAssessed || "not determined";
  const count = r.factors !== null ? `${r.factors} of 4 factors` : FISH_GROUP_WORDS[r.group];
  const figure = r.twoYearProgressionPercent !== null ? ` (${r.twoYearProgressionPercent}% at 2 years)` : "";
  return `${count}${figure}${notAssessed ? `, ${notAssessed}` : ""}`;
}

/** The MGUS risk group with the findings that put it there (treatments.md 2a; review c91-m6). */
function mgusRiskWords(r: MgusRiskResult): string {
  if (r.group === null) return "not determined";
  if (r.group === "low") return "low (M-protein < 1.5 g/dL, IgG, normal FLC ratio)";
  const i = r.rules[0]?.inputs ?? {};
  const why: string[] = [];
  const m = i.serumMProteinGDl;
  if (typeof m === "number" && m >= 1.5) why.push(`M-protein ${m} g/dL (>= 1.5)`);
  if (typeof i.heavyChain === "string" && i.heavyChain !== "IgG") why.push(`${i.heavyChain}, not IgG`);
  if (i.flcRatioNormal === false) why.push("abnormal FLC ratio");
  return `intermediate/high${why.length ? ` (${why.join(", ")})` : ""}`;
}

function factorText(
  n: number | null | undefined,
  range: readonly [number, number] | undefined,
  unit: string,
): string {
  if (n !== null && n !== undefined) return ` (${n} ${unit})`;
  if (range && range[0] !== range[1]) return ` (${range[0]} to ${range[1]} ${unit}, some inputs unknown)`;
  return "";
}

function stage(n: number | string | null | undefined): string {
  if (n === null || n === undefined) return "not determined";
  return `stage ${typeof n === "number" ? roman(n) : n}`;
}

const alGradeWord = (g: "CR" | "VGPR" | "PR" | "NR" | null): string =>
  g === null ? "not graded" : g === "NR" ? "no response" : g;

/** Before any treatment: a dFLC below 50 mg/L cannot carry a graded AL response (milani-2017-blood). */
function alEvaluabilityLine(a: Assessment): string | null {
  if (a.diagnosis.category !== "al-amyloidosis" || (a.linesOfTherapy?.count ?? 0) > 0) return null;
  const inv = a.risk.alMayo2012.rules.find((r) => r.ruleId === "al-mayo-2012.dflc")?.inputs.dflcMgL;
  if (typeof inv !== "number" || dflcEvaluable(inv)) return null;
  return `Haematologic response by dFLC: not evaluable (dFLC ${Math.round(inv * 10) / 10} mg/L < ${AL_DFLC_EVALUABLE_MG_L} mg/L): only a complete response (negative serum and urine immunofixation, normal FLC ratio) can be graded (Milani, Blood 2017; AL response criteria UNVERIFIED in the reference)`;
}

const AL_MARKER_WORD = {
  ntProBnp: "NT-proBNP",
  troponinT: "troponin T",
  involvedFreeLightChain: "involved FLC",
  uninvolvedFreeLightChain: "uninvolved FLC",
} as const;

const SMM_VALUE_WORD = {
  serumMProtein: "M-protein",
  flcRatio: "FLC ratio",
  clonalPlasmaCellPercent: "marrow plasma cells",
} as const;

/** Which values an SMM risk score rests on, for a record treated for SMM: the scores are defined on
 * untreated smouldering myeloma (Lakshman 2018, Mateos 2020). */
function smmBasisWords(r: { basis?: SmmRiskBasis | null }): string {
  const b = r.basis;
  if (!b) return "";
  const today = b.onTreatment.map((m) => SMM_VALUE_WORD[m]).join(", ");
  if (b.from === "on-treatment")
    return ` – on-treatment values only (no value dated on or before the first treatment, ${b.firstTreatment}); the score is defined on untreated smouldering myeloma`;
  return ` – values of ${b.dates.join(", ")}, before the first treatment (${b.firstTreatment})${today ? `; ${today} from values not dated before it` : ""}`;
}

/** The ISS label: "at diagnosis" only when the stage rests on values from before the first treatment; a
 * stage from on-treatment values is said to be so (review c14: never a relapse stage called the one at
 * diagnosis). */
function issLabel(a: Assessment): string {
  const b = a.staging.iss.basis;
  if (b?.from === "before-treatment") return "ISS at diagnosis";
  // On-treatment values: the basis words (and the headline's part after the stages) say so.
  if (b?.from === "on-treatment") return "ISS";
  return atRelapse(a) ? "ISS at diagnosis" : "ISS";
}

/** Which values an AL stage rests on, for a treated record: staging is at diagnosis (criteria 5.1-5.2). */
function alStageBasisWords(r: { basis?: AlStageBasis | null }): string {
  const b = r.basis;
  if (!b) return "";
  const today = b.onTreatment.map((m) => AL_MARKER_WORD[m]).join(", ");
  if (b.from === "on-treatment")
    return ` – on-treatment values only (no value dated on or before the first treatment, ${b.firstTreatment}); the AL stage is defined at diagnosis`;
  return ` – values of ${b.dates.join(", ")}, before the first treatment (${b.firstTreatment})${today ? `; ${today} from on-treatment values` : ""}`;
}

/** Review c20-4: why an undecided category has no lean, when an end-organ finding the clone may or may
 * not explain is the reason (its criterion, imwg2014.end-organ-attribution). */
function endOrganWords(a: Assessment, f: Inline): string {
  const question = endOrganQuestion(a);
  if (question === null) return "";
  return question === "other"
    ? `; ${f.esc("an end-organ finding with a monoclonal protein, not explained by myeloma: cause to be worked up (see the warning)")}`
    : `; ${f.esc("kidney findings with a monoclonal protein, not explained by myeloma: cause to be worked up (see the warning)")}`;
}

/** For an undecided category, whether a category's scores apply: its criterion is not known unmet (review
 * c20-4: active-myeloma staging and the smouldering-myeloma models were printed for kidney findings with a
 * clone that meets neither). A record without the criterion keeps them. */
function stillOpen(a: Assessment, criterionId: string): boolean {
  const c = a.diagnosis.criteria.find((x) => x.id === criterionId);
  return c === undefined || c.status !== "not-met";
}

function stagingAndRisk(a: Assessment, w: Writer): Block[] {
  const { f } = w;
  const cat = workingCategory(a);
  const open = (id: string) => cat === "indeterminate" && stillOpen(a, id);
  const { iss, riss, r2iss } = a.staging;
  const {
    smmMayo2018: mayo,
    smmImwg2020: imwg,
    smmMayo2018Fish: fish4,
    cytogenetic: cg,
    alMayo2004,
    alMayo2012,
  } = a.risk;
  const blocks: Block[] = [h(2, "Staging and risk")];
  let shown = false;
  if (cat === "multiple-myeloma" || open("imwg2014.mm")) {
    shown = true;
    const rissPossible =
      riss.stage === null && riss.possibleStages?.length
        ? ` (possible: ${riss.possibleStages.map((s) => roman(s)).join(" or ")})`
        : "";
    blocks.push(
      h(3, "Staging (active myeloma)"),
      ul([
        li(`${issLabel(a)} (Greipp 2005): ${f.strong(stage(iss.stage))}${f.esc(issBasisWords(iss.basis))}`, [
          ...(atRelapse(a) && !iss.basis
            ? [
                li(
                  "ISS, R-ISS and R2-ISS are defined at diagnosis: read them as such only if these values are from diagnosis.",
                ),
              ]
            : []),
          ...w.rules(iss.rules),
          ...w.missing(iss.missing),
        ]),
        li(`R-ISS (Palumbo 2015): ${f.strong(stage(riss.stage))}${rissPossible}`, [
          ...w.rules(riss.rules),
          ...w.missing(riss.missing),
        ]),
        li(
          `R2-ISS (D'Agostino 2022): ${f.strong(stage(r2iss.stage))}${r2iss.points !== null && r2iss.points !== undefined ? ` (${r2iss.points} points)` : ""}`,
          [...w.rules(r2iss.rules), ...w.missing(r2iss.missing)],
        ),
      ]),
    );
    const hr = (v: boolean | null | undefined) =>
      v === true ? "high risk" : v === false ? "not high risk" : "not determined";
    // Each definition below lists its own rules; the headline keeps only the rules none of them shows.
    const shownBelow = new Set(
      [cg.ims2025, cg.imwg2016, cg.msmart].flatMap((def) => (def?.rules ?? []).map((r) => r.ruleId)),
    );
    // Review c10 W1: a del(17p) below the IMS/IMWG 2025 clonal-fraction threshold is said beside "not high
    // risk" (the older definitions below call it high risk).
    const del17p = cg.ims2025?.rules.find((r) => r.ruleId === "cytogenetic.ims-2025.del17p-tp53")?.inputs;
    const ccf = del17p?.del17pClonalFraction;
    const below =
      cg.highRisk === false && del17p?.del17p === true && typeof ccf === "number" && ccf < IMS2025_DEL17P_CCF
        ? `: del(17p) in ${ccf}% of clonal plasma cells, below the >= ${IMS2025_DEL17P_CCF}% clonal-fraction threshold of IMS/IMWG 2025 criterion 1 (>= rather than > UNVERIFIED)`
        : "";
    const items: ListItem[] = [
      li(
        `Headline: ${f.strong(hr(cg.highRisk))}${cg.definition ? ` (${f.esc(cg.definition)})` : ""}${cg.findings?.length ? `: ${f.esc(cg.findings.join("; "))}` : f.esc(below)}`,
        [...w.rules(cg.rules?.filter((r) => !shownBelow.has(r.ruleId))), ...w.missing(cg.missing)],
      ),
    ];
    if (cg.ims2025)
      items.push(
        li(
          `IMS/IMWG 2025: ${hr(cg.ims2025.highRisk)}${cg.ims2025.findings.length ? `: ${f.esc(cg.ims2025.findings.join("; "))}` : ""}`,
          w.rules(cg.ims2025.rules),
        ),
      );
    if (cg.imwg2016)
      items.push(
        li(
          `IMWG 2016: ${hr(cg.imwg2016.highRisk)}${cg.imwg2016.findings.length ? `: ${f.esc(cg.imwg2016.findings.join("; "))}` : ""}`,
          w.rules(cg.imwg2016.rules),
        ),
      );
    if (cg.msmart)
      items.push(
        li(
          `mSMART 3.0: ${hr(cg.msmart.highRisk)}${cg.msmart.findings.length ? `: ${f.esc(cg.msmart.findings.join("; "))}` : ""} ${w.unverified()} marker list`,
          w.rules(cg.msmart.rules),
        ),
      );
    // Review c79-m2: the count and its double/triple-hit words are mSMART 3.0's (criteria-and-scores.md 4.2 [U]): named
    // and marked as the mSMART line above is.
    const counted = (n: string) =>
      li(
        `High-risk abnormalities (mSMART 3.0 markers): ${n}${cg.hit ? ` (${cg.hit})` : ""} ${w.unverified()}`,
      );
    if (cg.highRiskAbnormalityCount !== null && cg.highRiskAbnormalityCount !== undefined)
      items.push(counted(`${cg.highRiskAbnormalityCount}`));
    else if (cg.highRiskAbnormalityCountAtLeast)
      items.push(counted(`at least ${cg.highRiskAbnormalityCountAtLeast}`));
    blocks.push(h(3, "Cytogenetic risk"), ul(items));
  }
  if (cat === "smoldering-myeloma" || open("imwg2014.smm")) {
    shown = true;
    blocks.push(
      h(3, "Smoldering myeloma risk"),
      ul([
        li(
          `Mayo 2018 (20/2/20): ${f.strong(mayo.group ? `${mayo.group} risk` : "not determined")}${factorText(mayo.factors, mayo.factorRange, "of 3 factors")}${f.esc(smmBasisWords(mayo))}`,
          [...w.rules(mayo.rules), ...w.missing(mayo.missing)],
        ),
        li(
          `IMWG 2020 score: ${f.strong(imwg.group ? `${imwg.group} risk` : "not determined")}${factorText(imwg.score, imwg.scoreRange, "points")}${imwg.fishAssessed === false ? ", FISH not assessed" : ""}${f.esc(smmBasisWords(imwg))}`,
          [...w.rules(imwg.rules), ...w.missing(imwg.missing)],
        ),
        // Review c91-m3: the 20/2/20 factors plus high-risk FISH (criteria-and-scores.md 2.1, treatments.md 2a).
        ...(fish4
          ? [
              li(
                `20/2/20 + FISH (Mateos 2020): ${f.strong(fish4.group ? FISH_GROUP_WORDS[fish4.group] : "not determined")}${factorText(fish4.factors, fish4.factorRange, "of 4 factors")}${fish4.twoYearProgressionPercent !== null ? `, ${fish4.twoYearProgressionPercent}% progression at 2 years` : ""}${fish4.fishAssessed ? "" : ", FISH not assessed"}${f.esc(smmBasisWords(fish4))}`,
                [...w.rules(fish4.rules), ...w.missing(fish4.missing)],
              ),
            ]
          : []),
      ]),
    );
  }
  // Review c91-M1: with myeloma, AL amyloidosis met too is staged here as well (treatments.md 6: cardiac staging drives
  // intensity).
  if (cat === "al-amyloidosis" || open("imwg2014.al") || alAlsoMet(a)) {
    const evaluability = alEvaluabilityLine(a);
    shown = true;
    blocks.push(
      // Review c91-M6: before AL is met, the stage holds only if it is confirmed.
      h(3, alMet(a) ? "AL amyloidosis stage" : `AL amyloidosis stage, ${IF_AL_CONFIRMED}`),
      ul([
        li(
          `Mayo 2004 cardiac stage (European modification): ${f.strong(stage(alMayo2004.stage))}${alMayo2004.mayo2004Stage && alMayo2004.mayo2004Stage !== alMayo2004.stage ? ` (original Mayo 2004: ${stage(alMayo2004.mayo2004Stage)})` : ""}${f.esc(alStageBasisWords(alMayo2004))}`,
          [...w.rules(alMayo2004.rules), ...w.missing(alMayo2004.missing)],
        ),
        li(
          `Mayo 2012: ${f.strong(stage(alMayo2012.stage))}${alMayo2012.points !== null && alMayo2012.points !== undefined ? ` (${alMayo2012.points} points)` : ""}${f.esc(alStageBasisWords(alMayo2012))}`,
          [...w.rules(alMayo2012.rules), ...w.missing(alMayo2012.missing)],
        ),
        ...(evaluability ? [li(f.esc(evaluability))] : []),
      ]),
    );
  }
  if (!shown && cat === "indeterminate")
    blocks.push(
      p("No staging or risk score applies: no category whose scores this tool computes is still open."),
    );
  else if (!shown)
    blocks.push(p(`No staging or risk score in this tool applies to ${f.esc(CATEGORY_LABEL[cat] ?? cat)}.`));
  return blocks;
}

function kidneyAndFitness(a: Assessment, w: Writer): Block[] {
  const { f } = w;
  const k = a.kidney;
  const num = (v: number | null | undefined, unit: string) =>
    v === null || v === undefined ? "not calculated" : f.strong(`${v} ${unit}`);
  const { imwgFrailty: fr, simplifiedFrailty: sf } = a.fitness;
  const group = (
    g: string | null | undefined,
    s: number | null | undefined,
    range?: readonly [number, number],
  ) => `${g ? f.strong(g) : "not determined"}${factorText(s, range, "points")}`;
  // The creatinine's date beside both values (review c11 H1: an old value is never shown as current), and
  // when the monitoring plan finds it overdue, that it must be repeated before a kidney-dosed drug.
  const cDate = k.creatinineDate ?? null;
  const monitoring = extras(a).monitoring;
  const overdue = cDate !== null && monitoring != null && overdueCreatinineDate(monitoring) !== null;
  const from =
    cDate === null || k.egfrCkdEpi2021 === null
      ? ""
      : ` (creatinine of ${f.esc(cDate)}${overdue ? ": OVERDUE, repeat it before any kidney-dosed drug" : ""})`;
  return [
    h(2, "Kidney and fitness"),
    ul([
      li(`eGFR (CKD-EPI 2021): ${num(k.egfrCkdEpi2021, "mL/min/1.73m2")}${from}`),
      li(
        `Creatinine clearance (Cockcroft-Gault, ${f.esc(k.crclWeightBasis)}): ${num(k.crclCockcroftGault, "mL/min")}${k.crclCockcroftGault === null ? "" : from}`,
      ),
      ...(k.measuredCreatinineClearance
        ? [
            li(
              `Measured creatinine clearance: ${num(k.measuredCreatinineClearance.value, "mL/min")}${k.measuredCreatinineClearance.date ? ` (${f.esc(k.measuredCreatinineClearance.date)})` : ""}; the kidney doses read Cockcroft-Gault`,
            ),
          ]
        : []),
      li(`On dialysis: ${yesNo(k.dialysis)}`, w.rules(k.rules)),
      li(
        `IMWG frailty (Palumbo 2015): ${group(fr.group, fr.score)}${frailFromAgeAlone(fr) ? AGE_ALONE : ""}`,
        [...w.rules(fr.rules), ...w.missing(fr.missing)],
      ),
      li(`Simplified frailty (Facon 2020): ${group(sf.group, sf.score, sf.scoreRange)}`, [
        ...w.rules(sf.rules),
        ...w.missing(sf.missing),
      ]),
      ...impedeVteItems(a, w, group),
    ]),
  ];
}

const IMPEDE_BASIS = {
  "current-regimen": "the regimen being given",
  "if-imid-started": "an IMiD regimen, if one is started",
} as const;
const IMPEDE_ITEM_WORDS: Record<string, string> = {
  imid: "IMiD",
  bmi: "BMI",
  "pelvic-hip-femur-fracture": "pelvic, hip or femur fracture",
  esa: "ESA",
  dexamethasone: "dexamethasone dose group",
  doxorubicin: "doxorubicin",
  "asian-pacific-islander": "Asian / Pacific Islander ethnicity",
  "vte-history": "VTE history",
  "tunneled-line-or-cvc": "tunneled line / CVC",
  "existing-prophylaxis": "existing prophylaxis or anticoagulant",
};

/** IMPEDE VTE, when the engine scored it: the group (or the range), for which regimen, each item traced,
 * the items not known and the record fields that would narrow it. */
function impedeVteItems(
  a: Assessment,
  w: Writer,
  group: (
    g: string | null | undefined,
    s: number | null | undefined,
    range?: readonly [number, number],
  ) => string,
): ListItem[] {
  const v = a.risk.impedeVte;
  if (!v) return [];
  const unknown =
    v.unknown.length > 0
      ? [
          li(
            `not known (never taken as absent): ${v.unknown.map((u) => IMPEDE_ITEM_WORDS[u] ?? u).join(", ")}`,
          ),
        ]
      : [];
  return [
    li(
      `IMPEDE VTE (Sanfilippo 2019): ${group(v.group, v.score, v.scoreRange)}; for ${IMPEDE_BASIS[v.basis]}`,
      [...w.rules(v.rules), ...unknown, ...w.missing(v.missing)],
    ),
  ];
}

/** Which evidence the progression date is read from (response.ts: the earliest of the three, also the date
 * refractoriness reads). */
const PROGRESSION_DATE_FROM: Record<ProgressionDateSource, string> = {
  "lab-series": "first of the confirming lab assessments",
  "treatment-history": "date recorded in the treatment history",
  imaging: "imaging showing new lesions",
};

/** The marrow MRD result with the response it belongs to (kumar-2016-lancet-oncol, criteria-and-scores.md
 * 6.3: MRD categories apply only in CR or sCR); null when none is recorded. */
function mrdLine(r: ResponseResult): string | null {
  const m = r.mrd;
  if (!m) return null;
  const marrow = m.date ? `marrow of ${m.date}` : "marrow not dated";
  switch (m.reading) {
    case "in-cr":
      return `MRD (IMWG 2016): ${m.result} (${marrow}), with ${r.current}; ${mrdMethodWords(m)}`;
    case "below-cr":
      // Review c28-m2: taken in CR (the grade of the marrow's date), the result is read with it; today's beside.
      if (m.responseAtMarrow)
        return `MRD (IMWG 2016): ${m.result} (${marrow}), with ${m.responseAtMarrow} at that date; the response now is ${r.current}; ${mrdMethodWords(m)}`;
      return `MRD ${m.result} recorded (${marrow}) but not interpretable: IMWG 2016 MRD categories apply only in CR or sCR, and the response is ${r.current}.`;
    case "cr-not-known":
      if (m.responseAtMarrow)
        return `MRD (IMWG 2016): ${m.result} (${marrow}), with ${m.responseAtMarrow} at that date; whether the response now is CR is not known; ${mrdMethodWords(m)}`;
      return `MRD ${m.result} recorded (${marrow}) but not interpretable yet: IMWG 2016 MRD categories apply only in CR or sCR, and whether the response is CR is not known.`;
    case "before-line":
      return `MRD ${m.result} recorded (${marrow}) is from before this line started: not a result of this line.`;
  }
}

/** How the MRD result was measured, and whether a negative one meets the IMWG definition (criteria-and-scores.md
 * 6.3: next-generation flow or sequencing, at least 1 in 10^5 cells; review c20: "not recorded" was said when
 * the series recorded them). */
function mrdMethodWords(m: NonNullable<ResponseResult["mrd"]>): string {
  const imwg = "IMWG MRD-negative: next-generation flow or sequencing, at least 1 in 10^5 cells";
  const method = m.method ?? null;
  const sensitivity = m.sensitivity ?? null;
  if (method === null && sensitivity === null) return `method and sensitivity not recorded (${imwg}).`;
  const how = [
    method === null ? "method not recorded" : method === "other" ? "by another method" : `by ${method}`,
    sensitivity === null ? "sensitivity not recorded" : `sensitivity 1 in ${oneIn(sensitivity)}`,
  ].join(", ");
  if (m.result !== "negative") return `${how}.`;
  const meets = imwgMrdNegative({ date: m.date ?? "", result: m.result, method, sensitivity });
  return meets === true
    ? `${how}: meets the IMWG definition (${imwg}).`
    : meets === false
      ? `${how}: below the IMWG definition, so not IMWG MRD-negative (${imwg}).`
      : `${how}: whether it meets the IMWG definition is not known (${imwg}).`;
}

/** 1e-5 -> "10^5"; other sensitivities as the whole number of cells. */
function oneIn(sensitivity: number): string {
  const exp = Math.log10(1 / sensitivity);
  return Number.isInteger(Math.round(exp * 1e6) / 1e6)
    ? `10^${Math.round(exp)}`
    : String(Math.round(1 / sensitivity));
}

/** Therapy for smouldering myeloma being taken now, when no line of myeloma therapy is (review c14-1, from the
 * fixer's branch: never "off therapy now" while an entry is open): the regimens the lines' rule traces name
 * as still given, and whether active myeloma was found on one of them (lines.smm-therapy-active-myeloma-now).
 * Read from the traces: the words are a layer over the findings. */
function smmTherapyTakenNow(lines: NonNullable<Extras["lines"]>): { regimens: string[]; atMyeloma: boolean } {
  const regimens: string[] = [];
  let atMyeloma = false;
  if (lines.onTherapy || lines.count !== 0) return { regimens, atMyeloma };
  for (const r of lines.rules ?? []) {
    const running = r.ruleId === "lines.smm-therapy-active-myeloma-now";
    if (!running && r.ruleId !== "lines.ongoing-no-progression") continue;
    if (running) atMyeloma = true;
    const regimen = r.inputs.regimen;
    if (typeof regimen === "string" && !regimens.includes(regimen)) regimens.push(regimen);
  }
  return { regimens, atMyeloma };
}

function responseAndMonitoring(x: Extras, w: Writer, phase: Assessment["phase"] | null = null): Block[] {
  const { f } = w;
  const { response: r, lines, monitoring: m } = x;
  if (!r && !lines && !m) return [];
  const blocks: Block[] = [h(2, "Response and monitoring")];
  if (lines) {
    const flags = [
      lines.tripleClassExposed ? "triple-class exposed" : null,
      lines.tripleClassRefractory ? "triple-class refractory" : null,
      lines.quadRefractory ? "quad-refractory" : null,
      lines.pentaRefractory ? "penta-refractory" : null,
      lines.lenalidomideRefractory === true ? "lenalidomide-refractory" : null,
      lines.priorAsct ? "prior ASCT" : null,
      lines.priorBcmaTherapy ? "prior BCMA-directed therapy" : null,
    ].filter((s): s is string => s !== null);
    const smmNow = smmTherapyTakenNow(lines);
    // A line with no end under a later line is not ongoing (review c31-m3: "Line 2: Cilta-cel, 2025-03-01 to
    // ongoing" above line 3).
    // Nor is a CAR-T line (one infusion) the disease progressed on (review c32-m4: "Line 2: Cilta-cel, 2026-05-01 to
    // ongoing, progressed").
    const endNotRecorded = (
      next: { number: number; start: string } | undefined,
      progressed: boolean,
    ): string =>
      next !== undefined
        ? `an end not recorded (line ${next.number} began ${next.start})`
        : progressed
          ? "an end not recorded"
          : "ongoing";
    const items: ListItem[] = [
      li(
        // Progression on the line recorded as still given: the phase counts it as a prior line (a line on
        // which the disease progressed is finished; review c14 finding 11 read "being given (no prior
        // lines)" beside the phase's "1 prior line").
        lines.onTherapy && phase?.progressed === true && phase.currentLine === null
          ? `Lines of therapy: ${f.strong(String(lines.count))} given; progressed on line ${phase.lastLine ?? lines.count}, which the record shows as still given (${priorLinesWords(phase.priorLines ?? lines.priorLines)})`
          : lines.onTherapy
            ? `Lines of therapy: line ${f.strong(String(lines.count))} being given (${priorLinesWords(lines.priorLines)})`
            : smmNow.regimens.length > 0
              ? `Lines of therapy: ${f.strong(String(lines.count))} given (${priorLinesWords(lines.priorLines)}); ${f.esc(smmNow.regimens.join(", "))} being taken now for smouldering myeloma (not a line of myeloma therapy)${smmNow.atMyeloma ? ": today's values meet active myeloma, so whether the disease progressed on it (refractoriness) is not known until it is recorded" : ""}`
              : phase?.mayStillBeGiven !== undefined
                ? // Review c60-M2: never "off therapy now" while an entry with no end may still be given.
                  `Lines of therapy: ${f.strong(String(lines.count))} given (${priorLinesWords(lines.priorLines)}); ${f.esc(phase.mayStillBeGiven.regimen)} may still be given (its end is not recorded: treatmentHistory.${phase.mayStillBeGiven.entry}.end)`
                : `Lines of therapy: ${f.strong(String(lines.count))} given, off therapy now (${priorLinesWords(lines.priorLines)})`,
        (lines.lines ?? []).map((l, i, all) =>
          li(
            `Line ${l.number}: ${f.esc(l.regimens.join(" + ") || l.drugs.join(", "))}, ${f.esc(l.start)} to ${f.esc(l.end ?? endNotRecorded(all[i + 1], l.progressed === true && holdsCarT(l.drugs)))}${l.includesAsct ? ", with ASCT" : ""}${l.bestResponse ? `, best response ${f.esc(l.bestResponse)}` : ""}${l.progressed === true ? ", progressed" : ""}`,
          ),
        ),
      ),
    ];
    if (lines.exposedClasses?.length)
      items.push(li(`Exposed classes: ${f.esc(lines.exposedClasses.join(", "))}`));
    if (lines.refractoryClasses?.length)
      items.push(li(`Refractory classes: ${f.esc(lines.refractoryClasses.join(", "))}`));
    if (lines.refractoryDrugs?.length)
      items.push(li(`Refractory drugs: ${f.esc(lines.refractoryDrugs.join(", "))}`));
    // Missing is not normal (review c33-M3): a refractoriness the record cannot tell is said, not left out.
    const notKnown = [
      lines.lenalidomideRefractory === null ? "lenalidomide" : null,
      lines.antiCd38Refractory === null ? "anti-CD38 antibody" : null,
    ].filter((s): s is string => s !== null);
    // Review c34-F3: what a progression by today would settle (the last dose within 60 days).
    const ifProgressed = [
      lines.lenalidomideRefractoryIfProgressed === true ? "lenalidomide" : null,
      lines.antiCd38RefractoryIfProgressed === true ? "anti-CD38 antibody" : null,
    ].filter((s): s is string => s !== null);
    if (notKnown.length)
      items.push(
        li(
          `Refractory or not, not known: ${f.strong(notKnown.join(", "))} (the outcome of an entry with it is not recorded)${ifProgressed.length ? `; if the line has progressed, refractory to ${ifProgressed.join(" and ")} (the last dose within 60 days of today)` : ""}`,
        ),
      );
    if (flags.length) items.push(li(`Flags: ${f.strong(f.esc(flags.join(", ")))}`));
    if (lines.unknownDrugs?.length)
      items.push(li(`Drugs with no known class: ${f.esc(lines.unknownDrugs.join(", "))}`));
    items.push(...w.rules(lines.rules), ...w.missing(lines.missing));
    blocks.push(h(3, "Lines of therapy"), ul(items));
  }
  if (r) {
    const items: ListItem[] = [
      li(
        r.atLeast
          ? `Current response (IMWG 2016): ${f.strong(`${r.atLeast} or better`)}${r.confirmed === false ? " (unconfirmed)" : ""}; possible anti-CD38 antibody interference: CR cannot be judged until a daratumumab-specific immunofixation (DIRA or Hydrashift) is done`
          : r.alHaematologic
            ? `Current response (AL haematologic, Palladini 2012): ${f.strong(alGradeWord(r.alHaematologic.grade))} [UNVERIFIED]${!r.current && r.reason ? `: ${f.esc(r.reason)}` : ""}${r.alHaematologic.responseLost ? ` – ${f.strong(`${r.alHaematologic.responseLost.level} lost`)}: ${f.esc(`the involved free light chain is rising (${alRisingWords(r.alHaematologic.responseLost)})`)}` : ""}`
            : `Current response (IMWG 2016): ${r.current ? f.strong(r.current) : "not assessable"}${r.current && r.confirmed === false ? " (unconfirmed)" : ""}${!r.current && r.reason ? `: ${f.esc(r.reason)}` : ""}`,
      ),
      li(
        `Progression: ${f.strong(yesNo(r.progression))}${r.alHaematologic?.responseLost || r.alHaematologic?.aboveLevelOnce ? " (not graded in AL: no AL progression criteria in the reference)" : ""}${r.progression === true && r.progressionDate ? ` (from ${f.esc(r.progressionDate)}${r.progressionDateFrom ? `, ${PROGRESSION_DATE_FROM[r.progressionDateFrom]}` : ""})` : ""}${r.progression === false ? f.esc(noProgressionSince(x)) : ""}`,
      ),
    ];
    const mrd = mrdLine(r);
    if (mrd) items.splice(1, 0, li(f.esc(mrd)));
    if (r.line !== null && r.line !== undefined) items.unshift(li(`Line assessed: ${r.line}`));
    if (r.confirmedCategory) items.push(li(`Confirmed category: ${f.esc(r.confirmedCategory)}`));
    if (r.bestConfirmed)
      items.push(
        li(
          `Best confirmed response on this line: ${f.esc(r.bestConfirmed)}${f.esc(recordedBestWords(r, x.lines))}`,
        ),
      );
    if (r.basis) items.push(li(`Basis: ${f.esc(r.basis)}`));
    if (r.measurableBy?.length) items.push(li(`Measurable by: ${f.esc(r.measurableBy.join(", "))}`));
    if (r.clinicalRelapse) items.push(li(f.esc(clinicalRelapseWords(r.clinicalRelapse))));
    if (r.relapseFromCr) items.push(li(f.strong("Relapse from CR")));
    // Review c87-M5: CR's serum criteria met below a CR grade, and what VGPR or CR waits on.
    if (r.serumCrCriteria)
      items.push(
        li(
          `${f.strong("Serum criteria of CR met")} since ${f.esc(r.serumCrCriteria.since)} (serum M-protein not detected, serum immunofixation negative); not in the record: ${f.esc(r.serumCrCriteria.awaiting.map((x) => (x === "urine" ? "urine immunofixation or 24-h urine M-protein (VGPR, CR)" : "marrow plasma cells < 5% (CR)")).join("; "))}`,
        ),
      );
    if (r.antibodyInterference)
      items.push(
        li(
          `${f.strong("Possible therapeutic-antibody interference (anti-CD38, IgG-kappa band)")}${r.gradeIfBandIsDisease ? `: ${f.esc(r.gradeIfBandIsDisease)} if the band is all disease, better if it is the antibody` : ""}`,
        ),
      );
    items.push(...w.rules(r.rules), ...w.missing(r.missing));
    blocks.push(h(3, "Response"), ul(items));
  }
  if (m) {
    const items: ListItem[] = [];
    if (m.plan) items.push(li(`Plan: ${f.esc(m.plan)}`));
    items.push(li(`Next due: ${f.strong(m.nextDue ? f.esc(m.nextDue) : "nothing scheduled")}`));
    const overdue = new Set((m.overdue ?? []).map((o) => o.test));
    for (const it of m.items ?? []) {
      const late = it.overdue || overdue.has(it.test);
      // Review c60-M4: "DUE" from the shorter end of the range, "OVERDUE" only after its longer end.
      const mark = late ? "OVERDUE" : isDueNow(it) ? "DUE" : null;
      const after =
        it.overdueAfter && it.overdueAfter !== it.due ? `, overdue after ${f.esc(it.overdueAfter)}` : "";
      items.push(
        li(
          `${mark ? `${f.strong(mark)} ` : ""}${f.esc(it.test)}: last done ${f.esc(it.lastDone ?? "never")}, due ${f.esc(it.due)}${after}${it.intervalText ? ` (${f.esc(it.intervalText)})` : ""}${w.sources(it.citations ?? [])}`,
        ),
      );
    }
    items.push(...w.rules(m.rules));
    blocks.push(h(3, "Monitoring"), ul(items));
  }
  return blocks;
}

function regulatory(s: RegulatoryStatus | null | undefined, esc: (t: string) => string): string {
  if (!s) return "not stated";
  // Re-check c65-m4: the label this patient does not meet is said beside its status (BVd at a first relapse, US).
  return `${s.status}${s.date ? ` ${esc(s.date)}` : ""}${s.note ? ` (${esc(s.note)})` : ""}${s.outsideLabel ? ", outside its label for this patient" : ""}`;
}

/** An option's regulatory status in both jurisdictions, "US ...; EU ..." (a jurisdiction filtered out reads
 * "not stated"): the clinician screen's line, which the CDS Hooks cards show too (review c11 W3). */
export function regulatoryLine(
  r: AssessmentOption["regulatory"] | undefined,
  esc: (t: string) => string = (t) => t,
): string {
  return `US ${regulatory(r?.us, esc)}; EU ${regulatory(r?.eu, esc)}`;
}

/** The reasons that name the diagnosis category (the engine writes its code, "diagnosis (IMWG 2014):
 * al-amyloidosis"; a provisional option's "likely diagnosis, not yet confirmed: ..."). */
const CATEGORY_REASONS = [`${FACTS.category.label}: `, "likely diagnosis, not yet confirmed: "];
/** Category codes, longest first (so "solitary-plasmacytoma" does not match inside its longer sibling). */
const CATEGORY_CODES = (Object.keys(CATEGORY_LABEL) as DiagnosisCategory[]).sort(
  (x, y) => y.length - x.length,
);

/** A reason as the clinician reads it: a category code in words ("Systemic AL amyloidosis"); an
 * indeterminate category as "not decided yet". Other reasons are shown as the engine words them. */
export function reasonWords(reason: string): string {
  const lead = CATEGORY_REASONS.find((l) => reason.startsWith(l));
  if (lead === undefined) return reason;
  const value = reason.slice(lead.length);
  if (value === "indeterminate") return `${lead}not decided yet`;
  let out = value;
  for (const code of CATEGORY_CODES)
    if (code !== "indeterminate")
      out = out.replace(new RegExp(`(^|[^a-z-])${code}(?![a-z-])`, "g"), `$1${CATEGORY_LABEL[code]}`);
  return lead + out;
}

function option(a: Assessment, o: AssessmentOption, w: Writer): ListItem {
  const { f } = w;
  const children: ListItem[] = [];
  if (o.regimen)
    children.push(li(`Regimen: ${f.esc(o.regimen.code)} (${f.esc(o.regimen.drugs.join(", "))})`));
  // The recommendation itself (schedule, doses, start and stop rules): the web app showed it, the text and
  // Markdown summaries did not (review c14 finding 7: "start after count recovery" was only in the JSON).
  if (o.clinicianText) children.push(li(`Recommendation: ${f.esc(o.clinicianText)}`));
  if (o.because.length)
    children.push(
      li(
        "Why it fits:",
        o.because.map((b) => f.esc(reasonWords(b))),
      ),
    );
  if (o.cautions.length)
    children.push(
      li(
        `${f.strong("Cautions")}:`,
        o.cautions.map((c) => f.esc(c)),
      ),
    );
  children.push(li(`Regulatory: ${regulatoryLine(o.regulatory, (t) => f.esc(t))}`));
  if (o.evidenceReviewed) children.push(li(`Evidence reviewed: ${f.esc(o.evidenceReviewed)}`));
  if (o.citations.length)
    children.push(li(`Sources: ${w.sources(o.citations).replace(/^ \(/, "").replace(/\)$/, "")}`));
  children.push(li(`Option id: ${f.code(o.id)}`));
  return li(
    `${o.verified === false ? `${w.unverified()} ` : ""}${pathwayMarks(o, f)}${f.strong(f.esc(optionTitle(a, o)))}: ${f.esc(o.strength)}`,
    children,
  );
}

function options(a: Assessment, w: Writer): Block[] {
  const blocks: Block[] = [h(2, "Options to discuss")];
  if (a.options.length === 0) {
    blocks.push(p("No option in the knowledge base matches this situation."));
    return blocks;
  }
  // The kinds in the order of their first option: the engine lists the options by kind, except where it puts one
  // first (review c89-m2: the surgical review of a recorded pathological fracture before the radiotherapy).
  const kinds = [...new Set(a.options.map((o) => o.kind))];
  // Options marked "if a transplant candidate" that no step of the plan holds (the plan follows a first line of
  // patients not going to transplant; the warning says they are listed last): after every kind (review c31-M1:
  // the kinds put the transplant before the supportive care).
  const planned = new Set((a.plan ?? []).flatMap((s) => s.optionIds));
  const last = a.options.filter((o) => o.conditionalOn === "transplant-candidate" && !planned.has(o.id));
  for (const kind of kinds) {
    const group = a.options.filter((o) => o.kind === kind && !last.includes(o));
    if (group.length === 0) continue;
    blocks.push(h(3, OPTION_KIND_LABEL[kind] ?? kind), ul(group.map((o) => option(a, o, w))));
  }
  if (last.length > 0)
    blocks.push(
      h(3, "Only if a transplant candidate (the plan follows the first line given)"),
      ul(last.map((o) => option(a, o, w))),
    );
  const notOffered = a.notOffered ?? [];
  if (notOffered.length > 0)
    blocks.push(
      h(3, `Not offered (${notOffered.length})`),
      ul(
        notOffered.map((n) =>
          li(
            `${w.f.esc(n.title)}: ${notOfferedBecause(n, ">=")}${w.sources(n.citations)} ${w.f.code(n.ruleId)}`,
          ),
        ),
      ),
    );
  return blocks;
}

function alerts(a: Assessment, w: Writer): Block[] {
  const { f } = w;
  const blocks: Block[] = [h(2, "Alerts")];
  if (a.alerts.length === 0) {
    blocks.push(p("No alerts."));
    return blocks;
  }
  for (const sev of ALERT_SEVERITIES) {
    const group = a.alerts.filter((x) => x.severity === sev);
    if (group.length === 0) continue;
    blocks.push(
      h(3, `${sev[0]?.toUpperCase()}${sev.slice(1)} (${group.length})`),
      ul(
        group.map((x) =>
          li(
            `${x.verified === false ? `${w.unverified()} ` : ""}${f.esc(x.text)}${w.sources(x.citations)} ${f.code(x.id)}`,
          ),
        ),
      ),
    );
  }
  return blocks;
}

function missingData(a: Assessment, w: Writer): Block[] {
  const { f } = w;
  return [
    h(2, "What is missing to decide"),
    a.missingData.length
      ? ul(a.missingData.map((m) => li(`${f.code(m.field)}: needed for ${f.esc(m.neededFor)}`)))
      : p("Nothing is missing for the rules that apply."),
  ];
}

function references(w: Writer): Block[] {
  const { f } = w;
  const entries = w.refs.entries();
  return [
    h(2, "References"),
    entries.length
      ? ol(
          entries.map((e) =>
            li(
              e.citation
                ? `${f.esc(fullCitation(e.citation))} ${f.code(e.id)}`
                : `${f.strong("Unresolved citation")} ${f.code(e.id)}`,
            ),
          ),
        )
      : p("No sources cited."),
  ];
}

/** Marks an option that is provisional (likely category) or conditional (an open fact). */
function pathwayMarks(o: AssessmentOption, f: Inline): string {
  const marks = [
    ...(o.provisional ? [f.strong("[PROVISIONAL: category not confirmed]")] : []),
    ...(o.conditional ? [f.strong(`[ONLY ${f.esc(o.conditional.toUpperCase())}]`)] : []),
  ];
  return marks.length ? `${marks.join(" ")} ` : "";
}

const STEP_STATUS: Record<PlanStep["status"], string> = {
  done: "done",
  current: "now",
  next: "next",
  later: "later",
  "if-progressed": "if progressed",
};

/** The treatment phase with its reason, and the plan ahead with each step's phase and options. */
function phaseAndPlan(a: Assessment, w: Writer): Block[] {
  // The phase and its reason open the summary (renderHeadline); here the plan ahead, step by step.
  const { f } = w;
  const plan = a.plan ?? [];
  if (plan.length === 0) return [];
  return [
    h(2, "Plan ahead"),
    ol(
      plan.map((s) => {
        const names = planStepNames(a, s);
        // As an option: UNVERIFIED first, the step's sources below it (absent in Assessments made before).
        const sources = s.citations ?? [];
        return li(
          `${s.verified === false ? `${w.unverified()} ` : ""}${f.strong(`${STEP_STATUS[s.status]}${s.code === "al-repeat-flc-first" ? ", after the repeat free light chains" : ""}`)} · ${f.code(s.phase)}: ${f.esc(s.title)}${
            names.length ? ` (${names.map((n) => f.esc(n)).join(", ")})` : ""
          }`,
          sources.length ? [li(`Sources: ${w.sources(sources).replace(/^ \(/, "").replace(/\)$/, "")}`)] : [],
        );
      }),
    ),
  ];
}

/** The clinician summary: diagnosis with criteria, staging and risk with the rule used, kidney and
 * fitness, response and monitoring, options by kind, alerts, missing data, references and versions. */
export function renderClinicianSummary(a: Assessment, format: "text" | "markdown"): string {
  const w = new Writer(format);
  const { f } = w;
  const blocks: Block[] = [
    ...header(a, w),
    ...renderHeadline(a, format),
    ...phaseAndPlan(a, w),
    ...diagnosis(a, w),
    ...stagingAndRisk(a, w),
    ...kidneyAndFitness(a, w),
    ...responseAndMonitoring(extras(a), w, a.phase),
    ...options(a, w),
    ...alerts(a, w),
    ...missingData(a, w),
  ];
  blocks.push(...references(w));
  blocks.push(
    h(2, "Versions"),
    ul([
      `Knowledge base: ${f.code(a.knowledgeVersion)}`,
      `Engine: ${f.code(a.engineVersion)}`,
      `Schema: ${f.code(a.schemaVersion)}`,
    ]),
    p(f.esc(DECISION_SUPPORT_NOTICE)),
  );
  return renderBlocks(blocks, format);
}

/** The IMWG categories, weakest first (the order the engine ranks them in). */
const RESPONSE_ORDER = ["PD", "SD", "MR", "PR", "VGPR", "CR", "sCR"];

/** Review c27-M1: the record's best response of the assessed line above the best the values confirm (VGPR
 * recorded, PR confirmed), said beside it with the 24-h urine a VGPR waits on when the engine asks for it; "" when
 * they agree. */
function recordedBestWords(r: ResponseResult, lines: LinesOfTherapyResult | null): string {
  const line = r.line === null || r.line === undefined ? undefined : lines?.lines?.[r.line - 1];
  const recorded = line?.bestResponse ?? null;
  if (recorded === null || !r.bestConfirmed) return "";
  if (RESPONSE_ORDER.indexOf(recorded) <= RESPONSE_ORDER.indexOf(r.bestConfirmed)) return "";
  const below = RESPONSE_ORDER.indexOf(r.bestConfirmed) < RESPONSE_ORDER.indexOf("VGPR");
  const urine =
    below && r.missing.some((m) => m.field === "series.urineMProtein")
      ? "; VGPR also needs a 24-h urine M-protein < 100 mg/24 h, not in the record"
      : "";
  return ` (the record gives ${recorded} as the line's best response${urine})`;
}

/** The engine step from a patient's situation to cited options and alerts. The knowledge base is
 * compiled once, at module load; changing content never needs a change here. */
import type { CriterionResult } from "../criteria/diagnosis/diagnosis.js";
import {
  ALERT_RULES,
  compileCondition,
  DRUG_RULES,
  describeCondition,
  EVIDENCE_REVIEWED,
  type Evaluation,
  FACTS,
  type FactName,
  type Jurisdiction,
  type JurisdictionCode,
  KNOWLEDGE_ENTRIES,
  type KnowledgeEntry,
  type Situation,
  type SituationMissing,
} from "../knowledge/index.js";
import type { DrugRule } from "../knowledge/types.js";
import type { CitationId } from "../model/bibliography/index.js";
import { type DiagnosisCategory, OptionKind } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import { involvedUninvolvedFlcRatio } from "../model/flc.js";
import type { MissingInput } from "../model/trace.js";
import { Truth } from "../model/trace.js";
import { DrugClass, drugClass } from "../response/drug-classes.js";
import type { LinesOfTherapyResult } from "../response/lines.js";
import type { ResponseResult } from "../response/response.js";
import { flcRatioNormal } from "../response/series.js";
import {
  ALERT_SEVERITIES,
  type Alert,
  type AssessmentOption,
  type PhaseResult,
  type RegulatoryStatus,
} from "./assessment.js";
import { reviewOption, reviewRefractory, safetyFacts } from "./safety.js";

// ---------------------------------------------------------------------------------------------
// Situation
// ---------------------------------------------------------------------------------------------

interface WithMissing {
  missing: MissingInput[];
}

/** What the situation is built from: the Facts and the calculator results (only the parts read). */
export interface SituationInputs {
  facts: Facts;
  diagnosis: { category: DiagnosisCategory; treated: boolean; criteria?: CriterionResult[] };
  mgusRisk: { group: Situation["mgusRisk"] } & WithMissing;
  smmMayo2018: { group: Situation["smmMayo2018Group"] } & WithMissing;
  smmImwg2020: { group: Situation["smmImwg2020Group"] } & WithMissing;
  cytogenetic: { highRisk: boolean | null } & WithMissing;
  alMayo2004: { stage: Situation["alMayo2004Stage"] } & WithMissing;
  alMayo2012: { stage: Situation["alMayo2012Stage"] } & WithMissing;
  egfr: { value: number | null } & WithMissing;
  crcl: { value: number | null } & WithMissing;
  imwgFrailty: { group: Situation["frailtyGroup"] } & WithMissing;
  lines: LinesOfTherapyResult | null;
  response: Pick<ResponseResult, "progression" | "missing"> | null;
  /** The treatment phase (engine/phase): gives the prior lines, the current line and progression. */
  phase?: PhaseResult | null;
}

/** T-cell-engaging bispecific antibodies (treatments.md section 5c); drug classes come from
 * response/drug-classes, the one table of them. */
const BISPECIFIC = ["teclistamab", "elranatamab", "talquetamab", "linvoseltamab"];

/** Three-valued OR / AND over booleans-or-null. */
function or3(xs: (boolean | null)[]): boolean | null {
  if (xs.some((x) => x === true)) return true;
  return xs.every((x) => x === false) ? false : null;
}
function and3(xs: (boolean | null)[]): boolean | null {
  if (xs.some((x) => x === false)) return false;
  return xs.every((x) => x === true) ? true : null;
}
const gte = (v: number | null | undefined, t: number): boolean | null => (v == null ? null : v >= t);

/** The drugs of treatment entries running on `asOf` (started, and not ended before it). */
export function currentDrugs(facts: Facts): string[] {
  const on = facts.treatmentHistory.filter(
    (t) => t.start <= facts.asOf && (t.end === null || t.end >= facts.asOf),
  );
  return [...new Set(on.flatMap((t) => t.drugs))].sort();
}

/** Builds the Situation the knowledge conditions read. Unknown stays null, with what was missing. */
export function buildSituation(input: SituationInputs): { situation: Situation; missing: SituationMissing } {
  const { facts, lines } = input;
  const { labs, marrow, conditions: cond } = facts;
  const inv = labs.involvedFreeLightChain?.value ?? null;
  const uninv = labs.uninvolvedFreeLightChain?.value ?? null;
  const ratio = involvedUninvolvedFlcRatio(inv, uninv).value;
  const mprot = labs.serumMProtein?.value ?? null;
  const heavy = labs.heavyChain;
  const light = labs.lightChain;
  const bmpc = marrow.clonalPlasmaCellPercent;
  // Abnormal = not a normal kappa/lambda ratio (0.26-1.65); without the light chain it is known only
  // when both readings agree (response/series holds the one definition).
  const flcNormal = inv !== null && uninv !== null ? flcRatioNormal(inv, uninv, light) : null;
  const abnormalFlc = flcNormal === null ? null : !flcNormal;

  // AQUILA: BMPC >= 10% and >= 1 of: M-protein >= 3 g/dL; IgA; immunoparesis of 2 uninvolved
  // isotypes; FLC ratio >= 8 and < 100; BMPC > 50% to < 60% (criteria-and-scores 2.3).
  const iso = { IgG: labs.igg, IgA: labs.iga, IgM: labs.igm } as const;
  let immunoparesis: boolean | null = null;
  if (heavy !== null) {
    const uninvolved = (Object.keys(iso) as (keyof typeof iso)[])
      .filter((k) => k !== heavy)
      .map((k) => iso[k]);
    const reducedOrNull = uninvolved.map((m) =>
      m === null || m.lowerLimitOfNormal === null ? null : m.value < m.lowerLimitOfNormal,
    );
    const reduced = reducedOrNull.filter((x) => x === true).length;
    const unknownIso = reducedOrNull.filter((x) => x === null).length;
    immunoparesis = reduced >= 2 ? true : reduced + unknownIso < 2 ? false : null;
  }
  const aquilaAny = or3([
    gte(mprot, 3),
    heavy === null ? null : heavy === "IgA",
    immunoparesis,
    ratio === null ? null : ratio >= 8 && ratio < 100,
    bmpc === null ? null : bmpc > 50 && bmpc < 60,
  ]);
  const smmHighRiskAquila = and3([gte(bmpc, 10), aquilaAny]);

  // QuiRedex, first arm: BMPC >= 10% and M-protein (IgG >= 3, IgA >= 2 g/dL, or urine BJ > 1 g/24 h).
  // The second arm (one of these plus >= 95% aberrant plasma cells with immunoparesis) needs flow data
  // the record does not carry, so exactly one criterion met stays unknown.
  const urine = labs.urineMProtein?.value ?? null;
  const mCrit = or3([
    heavy === null || mprot === null
      ? null
      : (heavy === "IgG" && mprot >= 3) || (heavy === "IgA" && mprot >= 2),
    urine === null ? null : urine > 1000,
  ]);
  const bmCrit = gte(bmpc, 10);
  const smmHighRiskQuiredex =
    bmCrit === true && mCrit === true ? true : bmCrit === false && mCrit === false ? false : null;
  const smmHighRiskE3a06 = and3([bmCrit, abnormalFlc]);

  const calcium = labs.calcium;
  const hypercalcemia =
    calcium === null
      ? null
      : calcium.value > 11 ||
        (calcium.upperLimitOfNormal !== null && calcium.value > calcium.upperLimitOfNormal + 1);

  const lytic = facts.imaging.osteolyticLesions;
  const boneDisease = or3([lytic === null ? null : lytic > 0, cond.pathologicFracture]);

  const current = currentDrugs(facts);
  const onAny = (xs: string[]): boolean | null =>
    lines === null ? null : current.some((d) => xs.includes(d));
  const onClass = (c: DrugClass): boolean | null =>
    lines === null ? null : current.some((d) => drugClass(d) === c);

  const lastLine = lines?.lines[lines.lines.length - 1];
  const progressionSignals = [input.response?.progression ?? null, lastLine?.progressed ?? null];
  const phase = input.phase ?? null;
  // With a phase, progression is the phase's (untreated: no line has progressed); without one (callers
  // that build a situation by hand), the raw signals.
  const progression = phase
    ? phase.code === "untreated"
      ? false
      : phase.progressed
    : progressionSignals.includes(true)
      ? true
      : progressionSignals.includes(false)
        ? false
        : null;
  const has = <T>(xs: readonly T[] | undefined, x: T): boolean | null =>
    xs === undefined ? null : xs.includes(x);

  const candidate = facts.transplant.candidate;
  const situation: Situation = {
    category: input.diagnosis.category,
    treated: input.diagnosis.treated,
    age: facts.patient.age,
    mgusRisk: input.mgusRisk.group,
    smmMayo2018Group: input.smmMayo2018.group,
    smmImwg2020Group: input.smmImwg2020.group,
    smmHighRiskAquila,
    smmHighRiskQuiredex,
    smmHighRiskE3a06,
    cytogeneticHighRisk: input.cytogenetic.highRisk,
    transplantCandidate:
      candidate === "yes" || candidate === "no" || candidate === "deferred" ? candidate : null,
    crclMlMin: input.crcl.value,
    egfr: input.egfr.value,
    dialysis: cond.renalFailureOnDialysis,
    frailtyGroup: input.imwgFrailty.group,
    ecog: facts.fitness.ecog,
    neuropathyGrade: cond.neuropathyGrade,
    neuropathyPainful: cond.neuropathyPainful,
    heartFailure: cond.heartFailure,
    // The line being given is never a prior line (Rajkumar 2015): prior lines come from the phase.
    priorLines: phase ? phase.priorLines : (lines?.priorLines ?? null),
    onTherapy: lines?.onTherapy ?? null,
    progression,
    phase: phase?.code ?? null,
    currentLine: phase?.currentLine ?? null,
    weeksOnCurrentLine: phase?.weeksOnCurrentLine ?? null,
    lenalidomideExposed: has(lines?.exposedDrugs, "lenalidomide"),
    lenalidomideRefractory: lines === null ? null : lines.lenalidomideRefractory,
    piExposed: has(lines?.exposedClasses, "proteasome-inhibitor"),
    imidExposed: has(lines?.exposedClasses, "immunomodulatory"),
    antiCd38Exposed: has(lines?.exposedClasses, "anti-cd38"),
    antiCd38Refractory: has(lines?.refractoryClasses, "anti-cd38"),
    tripleClassExposed: lines?.tripleClassExposed ?? null,
    tripleClassRefractory: lines?.tripleClassRefractory ?? null,
    pentaRefractory: lines?.pentaRefractory ?? null,
    priorAsct: lines?.priorAsct ?? null,
    priorBcmaTherapy: lines?.priorBcmaTherapy ?? null,
    ...safetyFacts(lines),
    plasmacytomaSite: facts.biopsy.plasmacytoma?.site ?? null,
    plasmacytomaSizeCm: facts.biopsy.plasmacytoma?.sizeCm ?? null,
    boneDisease,
    pathologicFracture: cond.pathologicFracture,
    spinalCordCompression: cond.spinalCordCompression,
    bonePain: cond.bonePain,
    hemoglobinGDl: labs.hemoglobin?.value ?? null,
    hypercalcemia,
    iggMgDl: labs.igg?.value ?? null,
    recurrentInfections: cond.recurrentInfections,
    hyperviscosity: cond.hyperviscosity,
    iggKappa: and3([heavy === null ? null : heavy === "IgG", light === null ? null : light === "kappa"]),
    onImid: onClass(DrugClass.immunomodulatory),
    onPi: onClass(DrugClass.proteasomeInhibitor),
    onAntiCd38: onClass(DrugClass.antiCd38),
    onBispecific: onAny(BISPECIFIC),
    alMayo2004Stage: input.alMayo2004.stage,
    alMayo2012Stage: input.alMayo2012.stage,
    troponinTNgMl: labs.troponinT?.value ?? null,
    ntProBnpPgMl: labs.ntProBnp?.value ?? null,
    alOrganCount: cond.amyloidOrgans?.length ?? null,
  };
  const missing: SituationMissing = {
    mgusRisk: input.mgusRisk.missing,
    smmMayo2018Group: input.smmMayo2018.missing,
    smmImwg2020Group: input.smmImwg2020.missing,
    cytogeneticHighRisk: input.cytogenetic.missing,
    alMayo2004Stage: input.alMayo2004.missing,
    alMayo2012Stage: input.alMayo2012.missing,
    egfr: input.egfr.missing,
    crclMlMin: input.crcl.missing,
    frailtyGroup: input.imwgFrailty.missing,
    ...(input.response ? { progression: input.response.missing } : {}),
  };
  return { situation, missing };
}

// ---------------------------------------------------------------------------------------------
// Knowledge evaluation
// ---------------------------------------------------------------------------------------------

export interface KnowledgeContext {
  /** Which regulatory status to show (default both). */
  jurisdiction?: Jurisdiction;
  /** Drugs the patient is on now (drug-rule alerts). */
  currentDrugs?: readonly string[];
  /** Why facts are unknown (from the calculators), to name the missing inputs. */
  missing?: SituationMissing;
  /** The regimen of the line being given (entries marked `regimenFromCurrentLine` take it). */
  currentRegimen?: { code: string; drugs: string[] } | null;
  /** Drugs the disease is refractory to (IMWG 2011): a regimen of only these is not offered again. */
  refractoryDrugs?: readonly string[];
}

export interface KnowledgeResult {
  options: AssessmentOption[];
  alerts: Alert[];
  missing: MissingInput[];
}

const JURISDICTION_NAME: Record<JurisdictionCode, string> = { us: "US", eu: "EU" };
const KIND_ORDER = Object.values(OptionKind);
const STRENGTH_ORDER = ["preferred", "standard", "if-eligible", "consider", "trial"] as const;
const UNVERIFIED_NOTE = "Part of this is marked UNVERIFIED in the clinical reference: check before use.";

const always = compileCondition({ all: [] });
const compileOpt = (c: KnowledgeEntry["when"] | undefined) => (c ? compileCondition(c) : null);

/** Compiled once at module load. */
const COMPILED_ENTRIES = KNOWLEDGE_ENTRIES.map((entry) => ({
  entry,
  when: compileCondition(entry.when),
  label: { us: compileOpt(entry.label?.us), eu: compileOpt(entry.label?.eu) },
  cautions: entry.cautions.map((c) => ({ def: c, when: c.when ? compileCondition(c.when) : always })),
}));
const COMPILED_DRUG_RULES = DRUG_RULES.map((rule) => ({ rule, when: compileCondition(rule.when) }));
const COMPILED_ALERTS = ALERT_RULES.map((rule) => ({ rule, when: compileCondition(rule.when) }));

function fieldsFor(fact: FactName, missing: SituationMissing): string[] {
  const named = missing[fact]?.map((m) => m.field) ?? [];
  return named.length > 0 ? [...new Set(named)] : [...FACTS[fact].inputs];
}

function unknownWords(facts: FactName[], missing: SituationMissing): string {
  return facts.map((f) => `${FACTS[f].label} (missing: ${fieldsFor(f, missing).join(", ")})`).join("; ");
}

function ruleTexts(rule: DrugRule, jurisdiction: Jurisdiction): string[] {
  const t = rule.text;
  if ("both" in t) return [t.both];
  if (jurisdiction === "us") return [t.us];
  if (jurisdiction === "eu") return [t.eu];
  return [t.us, t.eu];
}

function filterRegulatory(
  reg: KnowledgeEntry["regulatory"],
  jurisdiction: Jurisdiction,
): { us: RegulatoryStatus | null; eu: RegulatoryStatus | null } {
  const copy = (r: RegulatoryStatus | null) => (r ? { ...r } : null);
  return {
    us: jurisdiction === "eu" ? null : copy(reg.us),
    eu: jurisdiction === "us" ? null : copy(reg.eu),
  };
}

function applyDrugRules(
  drugs: readonly string[],
  kind: AssessmentOption["kind"],
  s: Situation,
  ctx: Required<KnowledgeContext>,
  neededFor: string,
): { texts: string[]; citations: CitationId[]; missing: MissingInput[] } {
  const texts: string[] = [];
  const citations: CitationId[] = [];
  const missing: MissingInput[] = [];
  for (const { rule, when } of COMPILED_DRUG_RULES) {
    if (!rule.drugs.some((d) => drugs.includes(d))) continue;
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    const ev = when(s);
    let suffix = "";
    if (ev.truth === Truth.unknown) {
      const ok = rule.unknownOk ?? [];
      if (!ev.unknown.every((f) => ok.includes(f))) continue;
      suffix = ` Not known: ${unknownWords(ev.unknown, ctx.missing)}.`;
      for (const f of ev.unknown)
        for (const field of fieldsFor(f, ctx.missing)) missing.push({ field, neededFor });
    } else if (ev.truth === Truth.notMet) continue;
    // An unverified drug rule says so in its own text; it does not make the option itself unverified.
    const mark = rule.evidence === "unverified" ? " (UNVERIFIED in the clinical reference.)" : "";
    for (const t of ruleTexts(rule, ctx.jurisdiction)) texts.push(t + suffix + mark);
    citations.push(...rule.citations);
  }
  return { texts, citations, missing };
}

function evaluateEntry(
  c: (typeof COMPILED_ENTRIES)[number],
  s: Situation,
  ctx: Required<KnowledgeContext>,
): { option: AssessmentOption; missing: MissingInput[] } | null {
  const { entry } = c;
  const selected = (ctx.jurisdiction === "both" ? (["us", "eu"] as const) : [ctx.jurisdiction]).filter(
    (j) => !entry.jurisdictions || entry.jurisdictions.includes(j),
  );
  if (selected.length === 0) return null;

  const ev: Evaluation = c.when(s);
  if (ev.truth === Truth.notMet) return null;
  const labels = selected.map((j) => ({ j, ev: c.label[j]?.(s) ?? null }));
  const labelMet = labels.filter((l) => l.ev === null || l.ev.truth === Truth.met);
  const labelUnknown = labels.filter((l) => l.ev?.truth === Truth.unknown);
  if (labelMet.length === 0 && labelUnknown.length === 0) return null;
  const unknownFacts = [
    ...new Set([
      ...(ev.truth === Truth.unknown ? ev.unknown : []),
      ...(labelMet.length === 0 ? labelUnknown.flatMap((l) => l.ev?.unknown ?? []) : []),
    ]),
  ];
  const isUnknown = ev.truth === Truth.unknown || labelMet.length === 0;
  if (isUnknown && !entry.showWhenUnknown) return null;
  const refractory = reviewRefractory(entry, ctx.refractoryDrugs);
  if (refractory.excluded) return null;

  const because = [...ev.because];
  const cautions: string[] = [];
  const citations: CitationId[] = [...entry.citations];
  const missing: MissingInput[] = [];
  let unverified = entry.evidence === "unverified";

  for (const l of labels) {
    const cond = entry.label?.[l.j];
    if (!cond || !l.ev) continue;
    const name = JURISDICTION_NAME[l.j];
    if (l.ev.truth === Truth.met) because.push(`${name} label: ${l.ev.because.join("; ")}`);
    else if (l.ev.truth === Truth.notMet)
      cautions.push(
        `Outside the ${name} label for this patient: it needs ${describeCondition(cond)} (${l.ev.because.join("; ")}).`,
      );
    else
      cautions.push(
        `${name} label not decidable: it needs ${describeCondition(cond)}; not known: ${unknownWords(l.ev.unknown, ctx.missing)}.`,
      );
  }

  if (isUnknown) {
    because.push(`Not known: ${unknownFacts.map((f) => FACTS[f].label).join(", ")}`);
    cautions.unshift(
      `Not known: ${unknownWords(unknownFacts, ctx.missing)}. This option applies only if: ${describeCondition(entry.when)}.`,
    );
    for (const f of unknownFacts)
      for (const field of fieldsFor(f, ctx.missing)) missing.push({ field, neededFor: entry.title });
  }

  for (const cc of c.cautions) {
    if (cc.when(s).truth !== Truth.met) continue;
    cautions.push(cc.def.text);
    citations.push(...(cc.def.citations ?? []));
    if (cc.def.evidence === "unverified") unverified = true;
  }

  const safety = reviewOption(entry, s);
  cautions.push(...safety.cautions, ...refractory.cautions);
  citations.push(...safety.citations, ...refractory.citations);
  if (safety.unverified) unverified = true;

  if (entry.regimen) {
    const dr = applyDrugRules(entry.regimen.drugs, entry.kind, s, ctx, entry.title);
    cautions.push(...dr.texts);
    citations.push(...dr.citations);
    missing.push(...dr.missing);
  }
  if (unverified) cautions.push(`${UNVERIFIED_NOTE}${entry.evidenceNote ? ` (${entry.evidenceNote})` : ""}`);

  const option: AssessmentOption = {
    id: entry.id,
    kind: entry.kind,
    strength: safety.strength,
    regimen: entry.regimen ? { code: entry.regimen.code, drugs: [...entry.regimen.drugs] } : null,
    title: entry.title,
    clinicianText: entry.clinicianText,
    because,
    cautions: [...new Set(cautions)],
    citations: [...new Set(citations)],
    patientText: entry.patientText,
    regulatory: filterRegulatory(entry.regulatory, ctx.jurisdiction),
    evidenceReviewed: EVIDENCE_REVIEWED,
    verified: !unverified,
    missing,
    ...(safety.findings.length > 0 ? { safetyFindings: safety.findings } : {}),
  };
  return { option, missing };
}

/** An entry about the line being given carries that line's regimen, so its drug rules apply. */
function withCurrentRegimen(
  c: (typeof COMPILED_ENTRIES)[number],
  ctx: Required<KnowledgeContext>,
): (typeof COMPILED_ENTRIES)[number] {
  if (!c.entry.regimenFromCurrentLine || !ctx.currentRegimen) return c;
  return { ...c, entry: { ...c.entry, regimen: ctx.currentRegimen } };
}

/** The order options are listed in: kind, then strength, then id. */
export function compareOptions(a: AssessmentOption, b: AssessmentOption): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    STRENGTH_ORDER.indexOf(a.strength) - STRENGTH_ORDER.indexOf(b.strength) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Evaluates every recommendation, drug rule and alert against one situation. Deterministic: the same
 * situation and context always give the same, identically ordered result.
 */
export function evaluateKnowledge(s: Situation, context: KnowledgeContext = {}): KnowledgeResult {
  const ctx: Required<KnowledgeContext> = {
    jurisdiction: context.jurisdiction ?? "both",
    currentDrugs: context.currentDrugs ?? [],
    missing: context.missing ?? {},
    currentRegimen: context.currentRegimen ?? null,
    refractoryDrugs: context.refractoryDrugs ?? [],
  };
  const options: AssessmentOption[] = [];
  const missing: MissingInput[] = [];
  for (const c of COMPILED_ENTRIES) {
    const r = evaluateEntry(withCurrentRegimen(c, ctx), s, ctx);
    if (!r) continue;
    options.push(r.option);
    missing.push(...r.missing);
  }
  options.sort(compareOptions);

  const alerts: Alert[] = [];
  for (const { rule, when } of COMPILED_ALERTS) {
    if (when(s).truth !== Truth.met) continue;
    const verified = rule.evidence !== "unverified";
    alerts.push({
      id: rule.id,
      severity: rule.severity,
      text: verified ? rule.text : `${rule.text} ${UNVERIFIED_NOTE}`,
      citations: [...rule.citations],
      verified,
    });
  }
  if (ctx.currentDrugs.length > 0) {
    for (const { rule, when } of COMPILED_DRUG_RULES) {
      if (!rule.alertWhenOn || !rule.drugs.some((d) => ctx.currentDrugs.includes(d))) continue;
      const ev = when(s);
      if (ev.truth === Truth.notMet) continue;
      if (ev.truth === Truth.unknown && !ev.unknown.every((f) => (rule.unknownOk ?? []).includes(f)))
        continue;
      const verified = rule.evidence !== "unverified";
      const text = ruleTexts(rule, ctx.jurisdiction).join(" ");
      alerts.push({
        id: rule.id,
        severity: rule.severity,
        text: `On ${rule.drugs.filter((d) => ctx.currentDrugs.includes(d)).join(", ")} now. ${text}${verified ? "" : ` ${UNVERIFIED_NOTE}`}`,
        citations: [...rule.citations],
        verified,
      });
    }
  }
  alerts.sort(
    (a, b) =>
      ALERT_SEVERITIES.indexOf(a.severity) - ALERT_SEVERITIES.indexOf(b.severity) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { options, alerts, missing };
}

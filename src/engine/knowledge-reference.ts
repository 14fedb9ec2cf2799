/** The plain full evaluation of the knowledge base, kept as the reference implementation (issue 12):
 * every entry, drug rule and alert is evaluated with its words, in one pass, with no index. The engine
 * uses the fast path in options.ts (truth values first, words only for what is shown); a test runs both
 * on every example and on 10,000 generated records and requires the same Assessment, byte for byte.
 * Production code does not call this. */
import {
  ALERT_RULES,
  compileCondition,
  currentLineKind,
  DRUG_RULES,
  describeCondition,
  EVIDENCE_REVIEWED,
  type Evaluation,
  FACTS,
  KNOWLEDGE_ENTRIES,
  type KnowledgeEntry,
  type Situation,
} from "../knowledge/index.js";
import type { JurisdictionCode } from "../knowledge/types.js";
import type { CitationId } from "../model/bibliography/index.js";
import type { MissingInput } from "../model/trace.js";
import { Truth } from "../model/trace.js";
import { ALERT_SEVERITIES, type Alert, type AssessmentOption } from "./assessment.js";
import { conditionAtOtherCount, labelAtOtherCount, lineCountOpen } from "./line-count-open.js";
import {
  alertText,
  compareOptions,
  drugAlertGroups,
  fieldsFor,
  filterRegulatory,
  isLoneBoolean,
  JURISDICTION_NAME,
  type KnowledgeContext,
  type KnowledgeResult,
  mayStillBeGivenWords,
  onNowWords,
  type ResolvedContext,
  resolveContext,
  ruleTexts,
  toxicityCautions,
  UNVERIFIED_NOTE,
  undecidedCaution,
  unknownWords,
} from "./options.js";
import {
  capPending,
  capRefractory,
  givesImidInPregnancy,
  PENDING_CAUTION,
  pendingOnly,
  reviewOption,
  reviewRefractory,
  withShownValues,
} from "./safety.js";

const always = compileCondition({ all: [] });
const compileOpt = (c: KnowledgeEntry["when"] | undefined) => (c ? compileCondition(c) : null);

/** Compiled once at module load. */
const COMPILED_ENTRIES = KNOWLEDGE_ENTRIES.map((entry) => ({
  entry,
  when: compileCondition(entry.when),
  label: { us: compileOpt(entry.label?.us), eu: compileOpt(entry.label?.eu) },
  cautions: entry.cautions.map((c) => ({ def: c, when: c.when ? compileCondition(c.when) : always })),
}));
const COMPILED_DRUG_RULES = DRUG_RULES.map((rule) => ({
  rule,
  when: compileCondition(rule.when),
  whenOn: rule.whenOn ? compileCondition(rule.whenOn) : null,
}));
const COMPILED_ALERTS = ALERT_RULES.map((rule) => ({ rule, when: compileCondition(rule.when) }));

function applyDrugRules(
  drugs: readonly string[],
  kind: AssessmentOption["kind"],
  s: Situation,
  ctx: ResolvedContext,
  neededFor: string,
  /** Only these rules (KnowledgeEntry.currentDrugRules), else every rule of the drugs. */
  only?: readonly string[],
): { texts: string[]; citations: CitationId[]; missing: MissingInput[] } {
  const texts: string[] = [];
  const citations: CitationId[] = [];
  const missing: MissingInput[] = [];
  for (const { rule, when } of COMPILED_DRUG_RULES) {
    if (only !== undefined && !only.includes(rule.id)) continue;
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
    // A decided rule's caution names the values of its cautionShow facts (review c43-m2).
    const shown = (t: string) =>
      suffix === "" && rule.cautionShow !== undefined
        ? withShownValues(t, rule.cautionShow, s, ctx.missing)
        : t;
    for (const t of ruleTexts(rule, ctx.jurisdiction)) texts.push(shown(t) + suffix + mark);
    citations.push(...rule.citations);
  }
  return { texts, citations, missing };
}

/** Each missing input once per option (two rules, or two facts, can need one input), first mention kept. */
function distinctMissing(xs: MissingInput[]): MissingInput[] {
  return xs.filter((m, i) => xs.findIndex((x) => x.field === m.field && x.neededFor === m.neededFor) === i);
}

function evaluateEntry(
  c: (typeof COMPILED_ENTRIES)[number],
  s: Situation,
  ctx: ResolvedContext,
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
  const refractory = reviewRefractory(
    entry,
    ctx.refractoryDrugs,
    ctx.refractoryIfProgressed,
    entry.regimenFromCurrentLine && ctx.currentRegimen ? ctx.currentRegimen.drugs : null,
    ctx.refractoryNotKnown,
    s.antiCd38ProgressedUnder4Weeks === true,
    ctx.nonResponsive,
  );
  if (refractory.excluded) return null;
  if (entry.regimen && givesImidInPregnancy(entry, entry.regimen.drugs, s)) return null;

  const because = [...ev.because];
  const cautions: string[] = [];
  const citations: CitationId[] = [...entry.citations];
  const missing: MissingInput[] = [];
  let unverified = entry.evidence === "unverified";

  // Review c60-M3: the gates read at the count an open line-count question would give (line-count-open.ts).
  const countOpen = lineCountOpen(s);
  const outsideLabel: JurisdictionCode[] = [];
  for (const l of labels) {
    const cond = entry.label?.[l.j];
    if (!cond || !l.ev) continue;
    const name = JURISDICTION_NAME[l.j];
    const compiled = c.label[l.j];
    const open =
      countOpen && compiled
        ? labelAtOtherCount(s, ctx.missing, {
            name,
            truth: l.ev.truth,
            truthOf: (x) => compiled(x).truth,
            needs: describeCondition(cond),
          })
        : null;
    if (l.ev.truth === Truth.met) {
      because.push(`${open?.becauseOpening || `${name} label:`} ${l.ev.because.join("; ")}`);
      if (open?.caution) cautions.push(open.caution);
    } else if (l.ev.truth === Truth.notMet) {
      outsideLabel.push(l.j);
      cautions.push(
        // Review c86-m3: a label of one yes/no element named once (options.ts says it the same way).
        isLoneBoolean(cond)
          ? `Outside the ${name} label for this patient: it needs ${describeCondition(cond)}; not so here.${open?.outsideEnding ?? ""}`
          : `Outside the ${name} label for this patient: it needs ${describeCondition(cond)} (${l.ev.because.join("; ")}).${open?.outsideEnding ?? ""}`,
      );
    } else
      cautions.push(
        `${name} label not decidable: it needs ${describeCondition(cond)}; not known: ${unknownWords(l.ev.unknown, ctx.missing)}.`,
      );
  }
  if (countOpen && ev.truth === Truth.met) {
    const onCount = conditionAtOtherCount(
      s,
      ctx.missing,
      (x) => c.when(x).truth,
      describeCondition(entry.when),
    );
    if (onCount.because !== "") because.push(onCount.because);
    if (onCount.caution !== "") cautions.push(onCount.caution);
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
    const cev = cc.when(s);
    if (cev.truth === Truth.notMet) continue;
    if (cev.truth === Truth.unknown) {
      // Review c75-m7: an undecided caution is said with what is not known when it may lack all of it (unknownOk).
      const ok = cc.def.unknownOk ?? [];
      if (ok.length === 0 || !cev.unknown.every((f) => ok.includes(f))) continue;
      cautions.push(undecidedCaution(cc.def.text, unknownWords(cev.unknown, ctx.missing)));
      for (const f of cev.unknown)
        for (const field of fieldsFor(f, ctx.missing)) missing.push({ field, neededFor: entry.title });
    } else cautions.push(withShownValues(cc.def.text, cc.def.show, s, ctx.missing));
    citations.push(...(cc.def.citations ?? []));
    // An undecided caution does not apply yet: its evidence does not mark the option.
    if (cev.truth === Truth.met && cc.def.evidence === "unverified") unverified = true;
  }

  const safety = reviewOption(entry, s, { missing: ctx.missing });
  cautions.push(...safety.cautions, ...refractory.cautions);
  if (entry.regimen) {
    const drugs =
      entry.regimenFromCurrentLine && ctx.currentRegimen ? ctx.currentRegimen.drugs : entry.regimen.drugs;
    cautions.push(...toxicityCautions(drugs, ctx.toxicityStops, safety.findings));
  }
  const pending = pendingOnly(entry, selected);
  if (pending) cautions.push(PENDING_CAUTION);
  citations.push(...safety.citations, ...refractory.citations);
  if (safety.unverified) unverified = true;

  if (entry.regimen) {
    const kind = entry.regimenFromCurrentLine ? currentLineKind(s.phase) : entry.kind;
    const dr = applyDrugRules(entry.regimen.drugs, kind, s, ctx, entry.title);
    cautions.push(...dr.texts);
    citations.push(...dr.citations);
    missing.push(...dr.missing);
  } else if (entry.currentDrugRules && ctx.currentRegimen) {
    // The named rules of the drugs being given, on an entry with no regimen (review c67-U2).
    const dr = applyDrugRules(
      ctx.currentRegimen.drugs,
      currentLineKind(s.phase),
      s,
      ctx,
      entry.title,
      entry.currentDrugRules,
    );
    cautions.push(...dr.texts);
    citations.push(...dr.citations);
    missing.push(...dr.missing);
  }
  if (unverified) cautions.push(`${UNVERIFIED_NOTE}${entry.evidenceNote ? ` (${entry.evidenceNote})` : ""}`);

  const distinct = distinctMissing(missing);
  const option: AssessmentOption = {
    id: entry.id,
    kind: entry.kind,
    strength: capPending(capRefractory(safety.strength, refractory), pending),
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
    missing: distinct,
    ...(safety.findings.length > 0 ? { safetyFindings: safety.findings } : {}),
  };
  // Review c90-m1: the drugs the disease is refractory to that it gives again (options.ts sets it the same way).
  if (refractory.capped) option.refractoryTo = [...refractory.refractoryTo];
  // The jurisdictions whose label this patient does not meet, on their statuses (from engine 0.2.76).
  for (const j of outsideLabel) {
    const status = option.regulatory[j];
    if (status) option.regulatory[j] = { ...status, outsideLabel: true };
  }
  return { option, missing: distinct };
}

/** An entry about the line being given carries that line's regimen, so its drug rules apply. */
function withCurrentRegimen(
  c: (typeof COMPILED_ENTRIES)[number],
  ctx: ResolvedContext,
): (typeof COMPILED_ENTRIES)[number] {
  if (!c.entry.regimenFromCurrentLine || !ctx.currentRegimen) return c;
  return { ...c, entry: { ...c.entry, regimen: ctx.currentRegimen } };
}

/**
 * The reference: evaluates every recommendation, drug rule and alert against one situation. Deterministic: the same
 * situation and context always give the same, identically ordered result.
 */
export function evaluateKnowledgeReference(s: Situation, context: KnowledgeContext = {}): KnowledgeResult {
  const ctx = resolveContext({ ...context, text: true });
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
      text: alertText(rule, verified, s, ctx.missing),
      citations: [...rule.citations],
      verified,
    });
  }
  for (const group of drugAlertGroups(ctx, s.phase)) {
    for (const { rule, when, whenOn } of COMPILED_DRUG_RULES) {
      if (!rule.alertWhenOn || !rule.drugs.some((d) => group.drugs.includes(d))) continue;
      if (rule.kinds && !rule.kinds.includes(group.kind)) continue;
      if (group.maybe && rule.drugs.some((d) => ctx.currentDrugs.includes(d))) continue;
      const ev = (whenOn ?? when)(s);
      if (ev.truth === Truth.notMet) continue;
      if (ev.truth === Truth.unknown && !ev.unknown.every((f) => (rule.unknownOk ?? []).includes(f)))
        continue;
      const verified = rule.evidence !== "unverified";
      const text = withShownValues(ruleTexts(rule, ctx.jurisdiction).join(" "), rule.show, s, ctx.missing);
      const on = rule.drugs.filter((d) => group.drugs.includes(d));
      alerts.push({
        id: rule.id,
        severity: rule.severity,
        text: `${group.maybe ? mayStillBeGivenWords(on) : onNowWords(on, ctx.refractoryDrugs)} ${text}${verified ? "" : ` ${UNVERIFIED_NOTE}`}`,
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

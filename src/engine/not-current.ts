/** The words of a lab value not read as current (model/not-current.ts; task fix-stale Finding 1): a newer value of the
 * field was sent and not used, so the older one is not today's. The option cards and alerts that read the lab through
 * a situation fact now not known say which older value (with its date) and which value sent, so the clinician checks
 * it before dosing. The clinical reference gives no rule for a result that could not be used (the project's own
 * reading, UNVERIFIED; criteria-and-scores.md 1.1: an absent test is not a negative test; treatments.md 8a: check
 * creatinine before each dose). Pure. */
import { factsOf } from "../knowledge/conditions.js";
import {
  ALERT_RULES,
  type Condition,
  DRUG_RULES,
  FACT_NAMES,
  FACTS,
  type FactName,
  KNOWLEDGE_ENTRIES,
  type KnowledgeEntry,
  type Situation,
} from "../knowledge/index.js";
import type { NotCurrentLab, NotCurrentValue } from "../model/not-current.js";
import { unitForWords } from "../model/unit-specs.js";
import { unusedValueWords } from "../model/unused-values.js";
import type { Alert, AssessmentOption } from "./assessment.js";
import { KIDNEY_NEW_ON_TREATMENT } from "./kidney-on-treatment.js";

/** Each lab's name, what the readers of "now" read from it, and when to check it. */
const LAB_WORDS: Readonly<Record<NotCurrentLab, { name: string; reading: string; check: string }>> = {
  creatinine: {
    name: "creatinine",
    reading: "the kidney function (creatinine clearance, eGFR)",
    check: "before dosing",
  },
  measuredCreatinineClearance: {
    name: "measured creatinine clearance",
    reading: "the measured creatinine clearance",
    check: "before dosing",
  },
  neutrophils: { name: "neutrophil count", reading: "the neutrophil count", check: "before the next dose" },
  platelets: { name: "platelet count", reading: "the platelet count", check: "before the next dose" },
  igg: {
    name: "IgG",
    reading: "the IgG level",
    check: "before deciding on immunoglobulin replacement",
  },
};

/** The project's reading, marked as such wherever it is said. */
export const NOT_CURRENT_UNVERIFIED =
  "UNVERIFIED: the clinical reference gives no rule for a result that could not be used; this is the tool's cautious reading, as for a missing value";

/** "the latest creatinine used, 1 mg/dL on 2026-06-01" */
export const olderUsedWords = (n: NotCurrentValue): string =>
  `the latest ${LAB_WORDS[n.lab].name} used, ${n.used.value} ${unitForWords(n.used.unit)} on ${n.used.date}`;

/** The sentences of one not-current lab for an option card or an alert. */
export function notCurrentWords(n: NotCurrentValue): string {
  const w = LAB_WORDS[n.lab];
  const older = olderUsedWords(n);
  return `A newer ${w.name} could not be used: ${unusedValueWords(n.sent)}. ${older.charAt(0).toUpperCase()}${older.slice(1)}, is older, so it is not read as current: ${w.reading} here reads as not known (${NOT_CURRENT_UNVERIFIED}). Check the value sent with the laboratory, or repeat the test, ${w.check}.`;
}

/** The situation facts a lab's not-current value leaves not known here: those derived from it (FACTS inputs) that
 * the situation holds as unknown. */
function factsNotKnown(lab: NotCurrentLab, s: Situation): Set<FactName> {
  const input = `labs.${lab}`;
  const out = new Set<FactName>();
  for (const f of FACT_NAMES) if (FACTS[f].inputs.includes(input) && s[f] === null) out.add(f);
  return out;
}

const add = (out: Set<FactName>, c: Condition | undefined) => {
  if (c !== undefined) for (const f of factsOf(c)) out.add(f);
};
const addAll = (out: Set<FactName>, fs: readonly FactName[] | undefined) => {
  if (fs !== undefined) for (const f of fs) out.add(f);
};

/** Every fact an entry reads: its conditions, labels, adjustments and cautions, and what they show. */
function entryFacts(e: KnowledgeEntry): Set<FactName> {
  const out = new Set<FactName>();
  add(out, e.when);
  add(out, e.label?.us);
  add(out, e.label?.eu);
  for (const a of e.adjust ?? []) {
    add(out, a.when);
    addAll(out, a.show);
  }
  for (const c of e.cautions) {
    add(out, c.when);
    addAll(out, c.show);
    addAll(out, c.unknownOk);
  }
  return out;
}
const ENTRY_FACTS = new Map<string, Set<FactName>>();
for (const e of KNOWLEDGE_ENTRIES) {
  const prev = ENTRY_FACTS.get(e.id);
  const facts = entryFacts(e);
  if (prev === undefined) ENTRY_FACTS.set(e.id, facts);
  else for (const f of facts) prev.add(f);
}

/** Every fact a drug or alert rule reads, by its id. */
const RULE_FACTS = new Map<string, Set<FactName>>();
for (const r of DRUG_RULES) {
  const out = RULE_FACTS.get(r.id) ?? new Set<FactName>();
  add(out, r.when);
  add(out, r.whenOn);
  addAll(out, r.show);
  addAll(out, r.cautionShow);
  addAll(out, r.unknownOk);
  RULE_FACTS.set(r.id, out);
}
for (const r of ALERT_RULES) {
  const out = RULE_FACTS.get(r.id) ?? new Set<FactName>();
  add(out, r.when);
  addAll(out, r.show);
  RULE_FACTS.set(r.id, out);
}

/** Whether an option reads any of `facts`: through its entry, or a drug rule of its regimen's drugs (for its kind). */
function optionReads(o: AssessmentOption, facts: ReadonlySet<FactName>): boolean {
  for (const f of ENTRY_FACTS.get(o.id) ?? []) if (facts.has(f)) return true;
  const drugs = o.regimen?.drugs ?? [];
  if (drugs.length === 0) return false;
  for (const r of DRUG_RULES) {
    if (r.kinds !== undefined && !r.kinds.includes(o.kind)) continue;
    if (!r.drugs.some((d) => drugs.includes(d))) continue;
    for (const f of RULE_FACTS.get(r.id) ?? []) if (facts.has(f)) return true;
  }
  return false;
}

/** The options and alerts with the words of each not-current lab they read (in NOT_CURRENT_LABS order), others as
 * they are. Kidney impairment new on treatment (kidney-on-treatment.ts) reads the creatinine directly. */
export function withNotCurrentWords(
  options: AssessmentOption[],
  alerts: Alert[],
  values: readonly NotCurrentValue[],
  s: Situation,
): { options: AssessmentOption[]; alerts: Alert[] } {
  if (values.length === 0) return { options, alerts };
  const read = values.map((n) => ({ n, facts: factsNotKnown(n.lab, s), words: notCurrentWords(n) }));
  const outOptions = options.map((o) => {
    const words = read.filter((x) => optionReads(o, x.facts)).map((x) => x.words);
    return words.length === 0 ? o : { ...o, cautions: [...o.cautions, ...words] };
  });
  const outAlerts = alerts.map((a) => {
    if (a.text === "") return a;
    const ruleFacts = RULE_FACTS.get(a.id);
    const words = read
      .filter(
        (x) =>
          (x.n.lab === "creatinine" && a.id === KIDNEY_NEW_ON_TREATMENT) ||
          (ruleFacts !== undefined && [...ruleFacts].some((f) => x.facts.has(f))),
      )
      .map((x) => x.words);
    return words.length === 0 ? a : { ...a, text: `${a.text} ${words.join(" ")}`, verified: false };
  });
  return { options: outOptions, alerts: outAlerts };
}

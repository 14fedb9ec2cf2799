/** The compact view of an Assessment (`mmnav screen --compact`): ids and codes only, no texts, so a
 * registry screen writes a few hundred bytes a patient instead of tens of kilobytes. `assessCompact`
 * computes it without composing the words of options and alerts (issue 12); the same projection of
 * the full Assessment is the reference it is tested against. */

import { toFacts } from "../model/facts.js";
import { type AssessOptions, assessFactsWith, type EvaluationMode } from "./assess.js";
import type { Assessment } from "./assessment.js";

export interface CompactAssessment {
  id: string | null;
  asOf: string;
  knowledgeVersion: string;
  engineVersion: string;
  category: Assessment["diagnosis"]["category"];
  likely: Assessment["diagnosis"]["likely"];
  subtype: string | null;
  stages: { iss: number | null; riss: number | null; r2iss: number | null };
  risk: {
    smmMayo2018: string | null;
    smmImwg2020: string | null;
    cytogeneticHighRisk: boolean | null;
    alMayo2004: string | null;
    alMayo2012: number | null;
  };
  phase: string | null;
  priorLines: number | null;
  response: string | null;
  progression: boolean | null;
  /** Option ids, in the Assessment's order. */
  options: string[];
  /** Alert ids with their severity, most severe first. */
  alerts: { id: string; severity: string }[];
  /** Overdue monitoring: the test and since when it was due. */
  overdue: { test: string; due: string }[];
  /** Added 2026-12-06: tests due now and not yet overdue (a dated result, the shorter end of the interval passed and
   * the longer not), with the date each was due from; the Assessment's `monitoring.dueNow`. */
  dueNow: { test: string; due: string }[];
  /** Fields missing for a decision (names only). */
  missing: string[];
}

/** Projects an Assessment onto its codes. Pure; the full Assessment stays the reference. */
export function compactAssessment(a: Assessment): CompactAssessment {
  return compactOf(a, a.id ?? null);
}

/** compactAssessment with the id given: a codes-only Assessment carries none (assessFactsWith). The lists
 * are filled by push from literals, without a closure per list and record. */
function compactOf(a: Assessment, id: string | null): CompactAssessment {
  const options: string[] = [];
  for (const o of a.options) options.push(o.id);
  const alerts: { id: string; severity: string }[] = [];
  for (const x of a.alerts) alerts.push({ id: x.id, severity: x.severity });
  const overdue: { test: string; due: string }[] = [];
  for (const m of a.monitoring.overdue) overdue.push({ test: m.test, due: m.due });
  const dueNow: { test: string; due: string }[] = [];
  for (const m of a.monitoring.dueNow ?? []) dueNow.push({ test: m.test, due: m.due });
  const missing: string[] = [];
  for (const m of a.missingData) missing.push(m.field);
  return {
    id,
    asOf: a.asOf,
    knowledgeVersion: a.knowledgeVersion,
    engineVersion: a.engineVersion,
    category: a.diagnosis.category,
    likely: a.diagnosis.likely,
    subtype: a.diagnosis.subtype,
    stages: { iss: a.staging.iss.stage, riss: a.staging.riss.stage, r2iss: a.staging.r2iss.stage },
    risk: {
      smmMayo2018: a.risk.smmMayo2018.group,
      smmImwg2020: a.risk.smmImwg2020.group,
      cytogeneticHighRisk: a.risk.cytogenetic.highRisk,
      alMayo2004: a.risk.alMayo2004.stage,
      alMayo2012: a.risk.alMayo2012.stage,
    },
    phase: a.phase?.code ?? null,
    priorLines: a.phase?.priorLines ?? a.linesOfTherapy.priorLines,
    response: a.response.current,
    progression: a.response.progression,
    options,
    alerts,
    overdue,
    dueNow,
    missing,
  };
}

/** The evaluation mode of assessCompact, shared by every call. */
const CODES_ONLY: EvaluationMode = Object.freeze({ text: false, codesOnly: true });

/** Validates and normalises a PatientRecord and assesses it for codes only: the compact view of what
 * `assess` gives, without composing option and alert texts. Throws MmnavError(INVALID_RECORD). */
export function assessCompact(record: unknown, options: AssessOptions = {}): CompactAssessment {
  // The options go to toFacts whole (it reads only defaultAsOf): `{ jurisdiction, ...normalize }` copied
  // them through the runtime's generic path, which cost more than the rest of this function.
  const facts = toFacts(record, options);
  const jurisdiction = options.jurisdiction;
  return compactOf(assessFactsWith(facts, jurisdiction ? { jurisdiction } : {}, CODES_ONLY), facts.id);
}

/** The trials answer for one patient (REST, CLI, web): the studies that fit, listed under the
 * assessment's clinical-trial option, and those that do not with the reason. Pure. */
import type { Assessment } from "../engine/assessment.js";
import type { PatientRecord } from "../model/record.js";
import { matchTrials, type TrialMatch } from "./match.js";
import { Study } from "./study.js";

export const TRIALS_NOTICE =
  "Studies are listed from an offline copy of ClinicalTrials.gov records: statuses are as of the export date, and only the criteria shown as checked were compared. The study team decides eligibility; unread criteria lines are shown as written.";

export interface TrialsAnswer {
  asOf: string;
  /** The registry export the studies come from (null before any import). */
  export: { exportedDate: string; importedAt: string } | null;
  /** The assessment's clinical-trial options, under which the matching studies are listed. */
  clinicalTrialOptions: { id: string; title: string }[];
  matching: TrialMatch[];
  notMatching: TrialMatch[];
  notice: string;
}

/** Builds the answer from stored study JSON (each re-read with the registry schema). */
export function buildTrialsAnswer(
  stored: readonly { study: unknown }[],
  record: PatientRecord,
  assessment: Assessment,
  lastImport: { exportedDate: string; importedAt: string } | null,
): TrialsAnswer {
  const studies = stored.map((s) => Study.parse(s.study));
  const all = matchTrials(studies, record, assessment);
  return {
    asOf: assessment.asOf,
    export: lastImport ? { exportedDate: lastImport.exportedDate, importedAt: lastImport.importedAt } : null,
    clinicalTrialOptions: assessment.options
      .filter((o) => o.kind === "clinical-trial")
      .map((o) => ({ id: o.id, title: o.title })),
    matching: all.filter((m) => m.matches),
    notMatching: all.filter((m) => !m.matches),
    notice: TRIALS_NOTICE,
  };
}

/** Which study records an import keeps: recruiting studies of a plasma cell disorder, once each
 * (the newest record of a study when a file set holds several). Pure. */
import { lastUpdateOf, RECRUITING_STATUSES, type Study, titleOf } from "./study.js";
import { studyDiseases, type TrialDisease } from "./study-facts.js";

export interface KeptStudy {
  nctId: string;
  title: string;
  overallStatus: string;
  lastUpdate: string | null;
  diseases: TrialDisease[];
  study: Study;
}

export interface SkippedStudy {
  nctId: string;
  reason: "not-recruiting" | "not-a-plasma-cell-disorder" | "older-duplicate";
  detail: string;
}

export interface ImportPlan {
  read: number;
  keep: KeptStudy[];
  /** Studies no longer recruiting: a stored copy older than this record is removed. */
  stopped: { nctId: string; lastUpdate: string | null }[];
  skipped: SkippedStudy[];
  /** The newest lastUpdatePostDate among the records read (null: none has one). */
  newestUpdate: string | null;
}

const newer = (a: string | null, b: string | null) => (a ?? "") > (b ?? "");

export function planImport(studies: readonly Study[]): ImportPlan {
  const byId = new Map<string, Study>();
  const skipped: SkippedStudy[] = [];
  for (const s of studies) {
    const id = s.protocolSection.identificationModule.nctId;
    const seen = byId.get(id);
    if (!seen) {
      byId.set(id, s);
      continue;
    }
    const [keep, drop] = newer(lastUpdateOf(s), lastUpdateOf(seen)) ? [s, seen] : [seen, s];
    byId.set(id, keep);
    skipped.push({
      nctId: id,
      reason: "older-duplicate",
      detail: `another record of ${id} in this import is as new or newer (${lastUpdateOf(keep) ?? "undated"} vs ${lastUpdateOf(drop) ?? "undated"})`,
    });
  }
  const keep: KeptStudy[] = [];
  const stopped: ImportPlan["stopped"] = [];
  for (const [nctId, study] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    const status = study.protocolSection.statusModule.overallStatus;
    const diseases = studyDiseases(study);
    if (diseases.length === 0) {
      skipped.push({
        nctId,
        reason: "not-a-plasma-cell-disorder",
        detail: "its conditions, keywords and titles name no plasma cell disorder",
      });
      continue;
    }
    if (!(RECRUITING_STATUSES as readonly string[]).includes(status)) {
      skipped.push({ nctId, reason: "not-recruiting", detail: `overall status ${status}` });
      stopped.push({ nctId, lastUpdate: lastUpdateOf(study) });
      continue;
    }
    keep.push({
      nctId,
      title: titleOf(study),
      overallStatus: status,
      lastUpdate: lastUpdateOf(study),
      diseases,
      study,
    });
  }
  const dates = studies.map(lastUpdateOf).filter((d): d is string => d !== null);
  return {
    read: studies.length,
    keep,
    stopped,
    skipped,
    newestUpdate: [...dates].sort().at(-1) ?? null,
  };
}

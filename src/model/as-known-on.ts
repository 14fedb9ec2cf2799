/** A stored record as it was known on an earlier day: a patient's store keeps growing, and an assessment
 * asked for a past day reads what was known then. Only what is dated after `day` and on or before `until`
 * (the real today) is left out: a date after today is a typing error, which validation reports
 * (date-order.ts), never silently dropped. The stored record itself is not changed. */
import type { PatientRecord } from "./record.js";

export function asKnownOn(record: PatientRecord, day: string, until: string): PatientRecord {
  if (day >= until) return record;
  const later = (d: string | null | undefined): boolean => typeof d === "string" && d > day && d <= until;
  const out: PatientRecord = { ...record };
  if (record.labs) {
    const labs: Record<string, unknown> = { ...record.labs };
    for (const [k, q] of Object.entries(labs))
      if (q !== null && typeof q === "object" && later((q as { date?: string }).date)) delete labs[k];
    out.labs = labs as PatientRecord["labs"];
  }
  if (later(record.marrow?.date)) delete out.marrow;
  if (later(record.imaging?.date)) delete out.imaging;
  if (later(record.cytogenetics?.date)) delete out.cytogenetics;
  if (record.treatmentHistory) {
    out.treatmentHistory = record.treatmentHistory
      .filter((t) => !later(t.start))
      .map((t) => {
        if (!later(t.end) && !later(t.progressionDate)) return t;
        const { end, progressionDate, progressedOn, stopReason, ...rest } = t;
        // Ongoing on that day; a progression after it was not known then.
        return {
          ...rest,
          ...(later(end) ? {} : { end }),
          ...(later(progressionDate) ? {} : { progressionDate, progressedOn, stopReason }),
        } as typeof t;
      });
  }
  if (record.series) {
    const series: Record<string, unknown> = {};
    for (const [k, points] of Object.entries(record.series))
      series[k] = Array.isArray(points) ? points.filter((p: { date: string }) => !later(p.date)) : points;
    out.series = series as PatientRecord["series"];
  }
  return out;
}

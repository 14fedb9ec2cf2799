/** The IgG the immunoglobulin-replacement rules read (review c67-W1). treatments.md 5c, "Bispecific / CAR-T toxicity
 * and prophylaxis rules (encode as required co-orders)": "Hypogammaglobulinemia | IVIG/SCIG if IgG <400 mg/dL, or >=2
 * severe recurrent bacterial infections regardless of IgG; give monthly while immunoparesis persists"; 8c, IVIG: "IgG
 * <400 mg/dL with recurrent/serious infections". Both rules wait on an IgG level: one not recorded is asked for, never
 * read as normal, and on T-cell-redirecting therapy one dated before it started is not today's (as the neutrophil
 * count of alert.bispecific.no-count-since-start is not). */
import type { DiagnosisCategory } from "../model/enums.js";
import type { Facts, Measured } from "../model/facts.js";
import type { MissingInput } from "../model/trace.js";
import { compareDates } from "../response/dates.js";
import { BCMA_CAR_T, canonicalDrugName, carTInfusionUndated, holdsCarT } from "../response/drug-classes.js";

/** The T-cell-redirecting therapy the IgG is read since, and the IgG taken since it. */
export interface TCellRedirectionIgg {
  /** In words: "teclistamab, started 2026-04-15", "BCMA CAR-T infusion (ciltacabtagene autoleucel), 2026-05-30",
   * "teclistamab, started 2026-04-15, not given now" (review c68-W1); null when none is given now, received, or ended
   * in the latest line. */
  since: string | null;
  /** The record's IgG in mg/dL when taken since then (an undated value is the current one), else null. */
  iggMgDl: number | null;
}

const NONE: TCellRedirectionIgg = Object.freeze({ since: null, iggMgDl: null });

/**
 * The IgG since the T-cell-redirecting therapy: a bispecific antibody given now (its start: a value of that day or
 * later, as the neutrophil count since it is read), else a BCMA CAR-T received (the latest infusion, its entry's end
 * when recorded, else its start; a value after that day, as the count since the infusion is read), else (review
 * c68-W1) a bispecific antibody given in the latest line and not now (the bispecificEnded window of the PJP and IVIG
 * cards, with no line since: its latest entry's start, read as for one given now). The reference gives no time window
 * after CAR-T nor after a bispecific's last dose: none is set here either (the cards say so).
 * @example tCellRedirectionIgg(facts, { onBispecific: true, bispecificStart: "2026-04-15", bispecifics: ["teclistamab"], priorBcmaCarT: false })
 * // { since: "teclistamab, started 2026-04-15", iggMgDl: null } (IgG 900 mg/dL on 2026-03-01)
 */
export function tCellRedirectionIgg(
  facts: Facts,
  on: {
    onBispecific: boolean | null;
    bispecificStart: string | null;
    bispecifics: readonly string[];
    priorBcmaCarT: boolean | null;
    /** A bispecific given in the latest line and not now: its latest entry's start and drugs (else null). */
    endedBispecific?: { start: string; drugs: readonly string[] } | null;
  },
): TCellRedirectionIgg {
  const igg = facts.labs.igg;
  if (on.onBispecific === true && on.bispecificStart !== null) {
    const start = on.bispecificStart;
    const names = on.bispecifics.length > 0 ? on.bispecifics.join(", ") : "bispecific antibody";
    return {
      since: `${names}, started ${start}`,
      iggMgDl: igg !== null && (igg.date === null || compareDates(igg.date, start) >= 0) ? igg.value : null,
    };
  }
  if (on.priorBcmaCarT !== true) {
    const ended = on.endedBispecific ?? null;
    if (ended === null) return NONE;
    const names = ended.drugs.length > 0 ? ended.drugs.join(", ") : "bispecific antibody";
    return {
      since: `${names}, started ${ended.start}, not given now`,
      iggMgDl:
        igg !== null && (igg.date === null || compareDates(igg.date, ended.start) >= 0) ? igg.value : null,
    };
  }
  const infusion = latestCarT(facts);
  if (infusion === null) return { since: "BCMA CAR-T, infusion not found in the record", iggMgDl: null };
  return {
    since: infusion.undated
      ? `BCMA CAR-T (${infusion.product}), entry begun ${infusion.day}, infusion day not recorded`
      : `BCMA CAR-T infusion (${infusion.product}), ${infusion.day}`,
    iggMgDl:
      igg !== null && (igg.date === null || compareDates(igg.date, infusion.day) > 0) ? igg.value : null,
  };
}

/** The latest BCMA CAR-T entry begun by asOf: its infusion day (its end, else its start; an entry whose infusion
 * day is not recorded gives its start, the earliest the infusion can be), its product, and whether it is undated. */
function latestCarT(facts: Facts): { day: string; product: string; undated: boolean } | null {
  let latest: { day: string; product: string; undated: boolean } | null = null;
  for (const t of facts.treatmentHistory) {
    if (!holdsCarT(t.drugs) || compareDates(t.start, facts.asOf) > 0) continue;
    const undated = carTInfusionUndated(t);
    // An end after asOf: not infused yet by the record's day.
    const day = undated || t.end === null || compareDates(t.end, facts.asOf) > 0 ? t.start : t.end;
    if (latest !== null && compareDates(latest.day, day) >= 0) continue;
    const product = t.drugs.map((d) => canonicalDrugName(d)).filter((d) => BCMA_CAR_T.includes(d));
    latest = { day, product: product.join(", "), undated };
  }
  return latest;
}

/** The IgG as the laboratory reported it, with its date ("900 mg/dL on 2026-03-01"; "(date not recorded)"), as
 * the hypercalcaemia alerts show the calcium; null without one. */
export function iggAsReported(igg: Measured | null): string | null {
  if (igg === null) return null;
  return `${igg.reported.value} ${igg.reported.unit} ${igg.date === null ? "(date not recorded)" : `on ${igg.date}`}`;
}

/** The IgG asked for (`missingData`) where the immunoglobulin-replacement rule waits on it, in myeloma or AL
 * amyloidosis (the IVIG card's own scope): on a bispecific given now or after a BCMA CAR-T with no IgG since it
 * (5c), after a bispecific given in the latest line and not now with no IgG since it started (5c, review c68-W1: its
 * infections persist over time; the reference gives no window after the last dose), and with recurrent or serious
 * infections recorded and no IgG at all (8c). */
export function iggAsked(s: {
  category: DiagnosisCategory;
  onBispecific: boolean | null;
  priorBcmaCarT: boolean | null;
  iggSinceTCellRedirection: number | null;
  tCellRedirectionSince: string | null;
  bispecificEnded: boolean | null;
  iggMgDl: number | null;
  recurrentInfections: boolean | null;
}): MissingInput[] {
  if (s.category !== "multiple-myeloma" && s.category !== "al-amyloidosis") return [];
  if ((s.onBispecific === true || s.priorBcmaCarT === true) && s.iggSinceTCellRedirection === null)
    return [
      {
        field: "labs.igg",
        neededFor: `IVIG/SCIG: IgG <400 mg/dL on T-cell-redirecting therapy, or >=2 severe recurrent bacterial infections regardless of IgG on a bispecific (treatments.md 5c); no IgG recorded since ${s.tCellRedirectionSince ?? "it started"}${s.iggMgDl === null ? "" : " (the one recorded is from before it: not read as today's)"}`,
      },
    ];
  // Review c68-W1: the since is set only where the ended bispecific is the latest line (tCellRedirectionIgg).
  if (s.bispecificEnded === true && s.tCellRedirectionSince !== null && s.iggSinceTCellRedirection === null)
    return [
      {
        field: "labs.igg",
        neededFor: `IVIG/SCIG: IgG <400 mg/dL after a bispecific antibody given before and not now (treatments.md 5c: its infections persist over time; give monthly while immunoparesis persists; the reference gives no time window after the last dose); no IgG recorded since ${s.tCellRedirectionSince}${s.iggMgDl === null ? "" : " (the one recorded is from before it: not read as today's)"}`,
      },
    ];
  if (s.recurrentInfections === true && s.iggMgDl === null)
    return [
      {
        field: "labs.igg",
        neededFor: "IVIG/SCIG: IgG <400 mg/dL with recurrent or serious infections (treatments.md 8c)",
      },
    ];
  return [];
}

/** The values smouldering myeloma risk is scored from. Mayo 2018 "20/2/20" (lakshman-2018-bcj) and the
 * IMWG 2020 score (mateos-2020-bcj) are risk models of untreated SMM, defined at diagnosis; a record on
 * (or after) therapy for SMM (AQUILA daratumumab, treatments.md 2b) is scored from the values before its
 * first treatment, when the record has them, as al-stage-values.ts does for the AL stage (review c9a).
 * Each value: the latest serum M-protein and free light chains dated on or before the first treatment (the
 * values the decision to treat rested on, not the first ever recorded, which may be from years of MGUS;
 * pre-treatment-values.ts latestOnOrBefore, review c16),
 * the marrow when its biopsy is dated on or before it; today's value stands in for one without, and the
 * basis names it. Pure: no I/O. */
import type { Facts } from "../model/facts.js";
import { involvedUninvolvedFlcRatio } from "../model/flc.js";
import type { SmmRiskBasis, SmmRiskValue } from "../scores/smm-mayo-2018/smm-mayo-2018.js";
import { firstTreatmentStart, latestOnOrBefore, preTreatmentBasis } from "./pre-treatment-values.js";

export interface SmmRiskInput {
  serumMProteinGDl: number | null;
  flcRatio: number | null;
  clonalPlasmaCellPercent: number | null;
}

export function smmRiskValues(
  facts: Facts,
  today: SmmRiskInput,
  /** Only for smouldering myeloma (met or likely): other records keep today's values. */
  smm: boolean,
): { input: SmmRiskInput; basis: SmmRiskBasis | null } {
  const start = smm ? firstTreatmentStart(facts) : null;
  if (start === null) return { input: today, basis: null };
  const input = { ...today };
  const dates: string[] = [];
  const onTreatment: SmmRiskValue[] = [];
  const use = (date: string) => {
    if (!dates.includes(date)) dates.push(date);
  };
  const m = latestOnOrBefore(facts.series.serumMProtein, start);
  if (m !== null) {
    input.serumMProteinGDl = m.value;
    use(m.date);
  } else if (today.serumMProteinGDl !== null) onTreatment.push("serumMProtein");
  const inv = latestOnOrBefore(facts.series.involvedFreeLightChain, start);
  const uninv = latestOnOrBefore(facts.series.uninvolvedFreeLightChain, start);
  const ratio =
    inv !== null && uninv !== null ? involvedUninvolvedFlcRatio(inv.value, uninv.value).value : null;
  if (inv !== null && uninv !== null && ratio !== null) {
    input.flcRatio = ratio;
    use(inv.date);
    use(uninv.date);
  } else if (today.flcRatio !== null) onTreatment.push("flcRatio");
  const marrowDate = facts.marrow.date;
  if (today.clonalPlasmaCellPercent !== null) {
    if (marrowDate !== null && marrowDate <= start) use(marrowDate);
    // A biopsy after the start, or undated: not shown to be from before the treatment.
    else onTreatment.push("clonalPlasmaCellPercent");
  }
  const basis: SmmRiskBasis = preTreatmentBasis(start, dates, onTreatment);
  return { input, basis };
}

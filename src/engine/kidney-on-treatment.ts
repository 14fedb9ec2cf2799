/** Kidney impairment that is new on treatment (review c21-8): a treated myeloma whose creatinine is now above
 * the IMWG renal-impairment level (> 2 mg/dL) after values at or below it during the latest line. The record
 * cannot tell whether the myeloma caused it: IMWG counts kidney impairment for the myeloma only when it is
 * attributable to it, typically light-chain cast nephropathy (criteria-and-scores.md 1.1, 7.4; Dimopoulos
 * 2016), and a creatinine rise of 2 mg/dL or more from the start of therapy, so attributable, is a
 * clinical-relapse item (6.2; IMWG 2016). Before this check the engine only lowered the drug doses for the
 * new kidney function, as if its cause were known. No threshold here is the project's own. */
import type { Facts, Measured, SeriesValue } from "../model/facts.js";
import { compareDates } from "../response/dates.js";
import type { Alert } from "./assessment.js";

export const KIDNEY_NEW_ON_TREATMENT = "alert.kidney-new-on-treatment";

/** The IMWG renal-impairment level of serum creatinine, mg/dL (criteria-and-scores.md 1.1 CRAB "R", 7.4). */
const RENAL_IMPAIRMENT_ABOVE_MG_DL = 2;
/** IMWG 2016 clinical relapse: creatinine rise from the start of therapy, mg/dL (criteria-and-scores.md 6.2). */
const CLINICAL_RELAPSE_RISE_MG_DL = 2;

export const KIDNEY_ON_TREATMENT_RULE = {
  id: KIDNEY_NEW_ON_TREATMENT,
  citation: "dimopoulos-2016-jco-renal",
  text: "Creatinine above 2 mg/dL (the IMWG renal-impairment level) new since the latest line of a treated myeloma started: it counts for the myeloma only when attributable to it, typically light-chain cast nephropathy (IMWG 2016 renal recommendations); a rise >= 2 mg/dL from the start of therapy so attributable is an IMWG 2016 clinical-relapse item",
  evidence: "verified",
} as const;

interface Dated {
  date: string;
  value: number;
}

/** The dated creatinine values up to asOf (the series and the record's lab when dated), oldest first. */
function creatinines(series: readonly SeriesValue[], lab: Measured | null, asOf: string): Dated[] {
  const out: Dated[] = [];
  for (const p of series) if (compareDates(p.date, asOf) <= 0) out.push({ date: p.date, value: p.value });
  if (lab?.date && compareDates(lab.date, asOf) <= 0) out.push({ date: lab.date, value: lab.value });
  return out.sort((a, b) => compareDates(a.date, b.date));
}

const mgDl = (v: number) => `${Math.round(v * 100) / 100} mg/dL`;

/**
 * The alert, for a treated multiple myeloma (`lineStart`: the start of its latest line) not on dialysis
 * (creatinine then no longer measures the kidney): the latest creatinine is above 2 mg/dL and dated on or
 * after the line start, and a value at or below 2 mg/dL came before it (the latest one on or before the line
 * start, or one during the line). Without an earlier value the record cannot say the impairment is new: no
 * alert (the drug cautions for the kidney function still show).
 */
export function kidneyOnTreatmentAlert(facts: Facts, lineStart: string | null, text: boolean): Alert[] {
  if (lineStart === null || facts.conditions.renalFailureOnDialysis === true) return [];
  const all = creatinines(facts.series.creatinine, facts.labs.creatinine, facts.asOf);
  const latest = all[all.length - 1];
  if (latest === undefined || latest.value <= RENAL_IMPAIRMENT_ABOVE_MG_DL) return [];
  if (compareDates(latest.date, lineStart) < 0) return [];
  // The value at the line start (the latest on or before it), then the line's own values before the latest.
  let atStart: Dated | null = null;
  const during: Dated[] = [];
  for (const p of all) {
    if (p === latest || compareDates(p.date, latest.date) >= 0) continue;
    if (compareDates(p.date, lineStart) <= 0) atStart = p;
    else during.push(p);
  }
  const earlier = [...(atStart ? [atStart] : []), ...during].find(
    (p) => p.value <= RENAL_IMPAIRMENT_ABOVE_MG_DL,
  );
  if (earlier === undefined) return [];
  const rise = atStart === null ? null : latest.value - atStart.value;
  const relapseItem =
    rise !== null && rise >= CLINICAL_RELAPSE_RISE_MG_DL - 1e-9
      ? ` The rise from the start of the line (${mgDl(atStart!.value)} on ${atStart!.date}) is ${mgDl(rise)}: 2 mg/dL or more, an IMWG 2016 clinical-relapse item if it is attributable to the myeloma.`
      : "";
  return [
    {
      id: KIDNEY_NEW_ON_TREATMENT,
      severity: "warning",
      text: text
        ? `Creatinine ${mgDl(latest.value)} on ${latest.date}, above 2 mg/dL (the IMWG renal-impairment level), after ${mgDl(earlier.value)} on ${earlier.date}: kidney impairment new since the latest line started (${lineStart}). It counts for the myeloma only when attributable to it, typically light-chain cast nephropathy, caused by the free light chains (IMWG 2016 renal recommendations).${relapseItem} To discuss: its cause, not only the drug doses for the new kidney function: the serum free light chains with the M-protein, and nephrology review (its other causes are to be looked for; the clinical reference lists none).`
        : "",
      citations: [KIDNEY_ON_TREATMENT_RULE.citation, "kumar-2016-lancet-oncol"],
      verified: true,
    },
  ];
}

/** Data-quality warnings: laboratory values that cannot both be right (an M-spike larger than the total
 * immunoglobulin of its isotype; a free light chain ratio pointing at the other chain than the recorded
 * type; an M-spike with a negative serum immunofixation, review c11 M2). Each is a warning that names both values and asks the team to check the sample or the typing;
 * neither changes the category (review c9b). */

import { creatinineAboveRenalLevel } from "../criteria/diagnosis/crab.js";
import { round } from "../criteria/diagnosis/logic.js";
import { disputingFlcPair } from "../criteria/diagnosis/slim.js";
import {
  type Facts,
  latestPairDate,
  type Measured,
  SAME_DAY_WORSE,
  type SeriesValue,
} from "../model/facts.js";
import { FREELITE, flcRatioAgainstLightChain } from "../model/flc.js";
import { defineRules } from "../model/trace.js";
import { fromCanonical } from "../model/units.js";
import type { Alert } from "./assessment.js";

export const DATA_QUALITY_RULES = defineRules({
  mSpikeAboveIsotype: {
    id: "data-quality.m-spike-above-isotype",
    citation: "bradwell-wikilite-total-ig",
    text: "A serum M-spike larger than the total immunoglobulin of its isotype cannot both be right (the M-protein is part of it); SPEP densitometry and nephelometry are not interchangeable: check the sample, units and methods",
    evidence: "secondary",
  },
  flcAgainstLightChain: {
    id: "data-quality.flc-ratio-against-light-chain",
    citation: "katzmann-2002-clin-chem",
    text: "Kappa-type disease raises the kappa/lambda ratio above 1.65, lambda-type lowers it below 0.26 (criteria-and-scores.md 1.3): a ratio the other way contradicts the typing and is not counted in the scores",
    evidence: "verified",
  },
  creatinineConflict: {
    id: "data-quality.creatinine-conflict",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Two creatinine values of the record on either side of the IMWG renal level (> 2 mg/dL, > 177 umol/L; criteria-and-scores.md 1.1), both of one day, or the labs' one without a date and at or below the level while the series' latest is above it, cannot tell which is today's: kidney readings and kidney-dosed cautions use the higher of one day's two (the cautious reading), or the undated labs' value, which the record must date or correct",
    evidence: "verified",
  },
  labConflict: {
    id: "data-quality.lab-conflict",
    citation: "bispecific-infection-consensus-2023",
    text: "Two values of one blood count, of calcium or of IgG on either side of a level the warnings and options here act on (neutrophils 0.5 and 1.0 x10^9/L, treatments.md 5c; haemoglobin 10 g/dL and calcium 11 mg/dL, IMWG CRAB, criteria-and-scores.md 1.1, and calcium 14 mg/dL; platelets 75 x10^9/L, the lenalidomide maintenance start, treatments.md 3d; IgG 400 mg/dL, immunoglobulin replacement, treatments.md 5c and 8c), both of one day, or the labs' one without a date on the safe side while the series' latest is past the level, cannot tell which is today's: the readings use the worse of one day's two (a count or calcium: the cautious reading) or the undated labs' value, which the record must date or correct",
    evidence: "verified",
  },
  flcUnpaired: {
    id: "data-quality.flc-unpaired",
    citation: "katzmann-2002-clin-chem",
    text: "The kappa/lambda ratio and the dFLC are of the two chains of one sample (criteria-and-scores.md 1.3): a later value of one chain without the other of its day leaves today's pair not known, never read from two dates nor from the older pair as today's",
    evidence: "verified",
  },
  flcConflict: {
    id: "data-quality.flc-conflict",
    citation: "rajkumar-2014-lancet-oncol",
    text: "An undated pair of free light chains in the labs (read as today's) and a pair of one dated day of the series on either side of the SLiM level (involved:uninvolved ratio >= 100 with the involved chain >= 100 mg/L, IMWG 2014, criteria-and-scores.md 1.1), in an untreated record, cannot tell which is today's: the SLiM criterion is not decided from either, nor do the smouldering myeloma risk scores read either ratio, until the labs' pair is dated or both chains are measured on one sample",
    evidence: "verified",
  },
  mSpikeImmunofixationNegative: {
    id: "data-quality.m-spike-immunofixation-negative",
    citation: "kumar-2016-lancet-oncol",
    text: "Immunofixation detects an M-protein that electrophoresis cannot (IMWG 2016 VGPR: M-protein detectable on immunofixation but not on electrophoresis; criteria-and-scores.md 6.2): a serum M-spike on electrophoresis with a negative serum immunofixation cannot both be right, and the M-spike is not counted in the risk scores (the reference does not state this check itself; it follows from 6.2)",
    evidence: "verified",
  },
});

/** The alert ids (the rules' ids). */
export const DATA_QUALITY_ALERTS = {
  mSpikeAboveIsotype: DATA_QUALITY_RULES.mSpikeAboveIsotype.id,
  flcAgainstLightChain: DATA_QUALITY_RULES.flcAgainstLightChain.id,
  mSpikeImmunofixationNegative: DATA_QUALITY_RULES.mSpikeImmunofixationNegative.id,
  creatinineConflict: DATA_QUALITY_RULES.creatinineConflict.id,
  labConflict: DATA_QUALITY_RULES.labConflict.id,
  flcUnpaired: DATA_QUALITY_RULES.flcUnpaired.id,
  flcConflict: DATA_QUALITY_RULES.flcConflict.id,
} as const;

/** Two values of one lab that disagree on a level the readings act on: `harm` says whether a value is past
 * it. Review c24-1, c24-3 (creatinine), c25 (counts, calcium, IgG): the labs' value (the one every reading uses)
 * and a series value on either side of the level when both are of one day, or when the labs' value has no
 * date and is on the safe side while the series' latest is past it (the series value may be today's: read the
 * other way, an undated value past the level beside an older safe one is read as today's, the cautious
 * reading). Null when nothing disagrees. Model/facts.ts currentLab already reads a dated series value newer
 * than a dated lab one. */
function conflictOf(
  lab: Measured | null,
  series: readonly SeriesValue[],
  harm: (v: { value: number; reported: SeriesValue["reported"] }) => boolean,
): { lab: Measured; other: SeriesValue } | null {
  if (lab === null || series.length === 0) return null;
  const past = harm(lab);
  if (lab.date === null) {
    const last = series[series.length - 1]!;
    return !past && harm(last) ? { lab, other: last } : null;
  }
  for (const p of series) if (p.date === lab.date && harm(p) !== past) return { lab, other: p };
  return null;
}

/** The levels in the canonical units (facts.ts) that the warnings and options act on, with their sources and
 * the side harm lies on (see DATA_QUALITY_RULES.labConflict for the sources); a level is unverified
 * where the rule that reads it is (ANC 1.0, CTCAE v5.0; calcium 14, the Endocrine Society's severe band). */
const ACTED_ON_LEVELS = [
  {
    field: "neutrophils",
    name: "Neutrophil",
    below: true,
    levels: [
      { at: 0.5, verified: true },
      { at: 1.0, verified: false },
    ],
    unit: "x10^9/L",
    citations: ["bispecific-infection-consensus-2023"],
  },
  {
    field: "hemoglobin",
    name: "Haemoglobin",
    below: true,
    levels: [{ at: 10, verified: true }],
    unit: "g/dL",
    citations: ["rajkumar-2014-lancet-oncol", "bohlius-2019-jco"],
  },
  {
    field: "calcium",
    name: "Calcium",
    below: false,
    levels: [
      { at: 11, verified: true },
      { at: 14, verified: false },
    ],
    unit: "mg/dL",
    citations: ["rajkumar-2014-lancet-oncol", "el-hajj-fuleihan-2023-jcem"],
  },
  {
    field: "platelets",
    name: "Platelet",
    below: true,
    levels: [{ at: 75, verified: true }],
    unit: "x10^9/L",
    citations: ["myeloma-drug-labels"],
  },
  {
    field: "igg",
    name: "IgG",
    below: true,
    levels: [{ at: 400, verified: true }],
    unit: "mg/dL",
    citations: ["bispecific-infection-consensus-2023"],
  },
] as const;

/** The blood counts, calcium and IgG whose two values disagree on a level (conflictOf), each with the level. */
function labConflicts(facts: Facts) {
  const out = [];
  for (const l of ACTED_ON_LEVELS) {
    for (const level of l.levels) {
      const c = conflictOf(facts.labs[l.field], facts.series[l.field], (v) =>
        l.below ? v.value < level.at : v.value > level.at,
      );
      if (c !== null) {
        out.push({ ...l, level, ...c });
        break;
      }
    }
  }
  return out;
}

/** Review c11 M2: a serum M-spike above 0 with a negative serum immunofixation in the record's current labs
 * (immunofixation is the more sensitive test, criteria-and-scores.md 6.2 VGPR): the M-spike is contradicted,
 * and the scores read none from it (missing, never normal nor raised). Null when nothing contradicts. */
export function contradictedMSpike(facts: Facts): { gDl: number } | null {
  const m = facts.labs.serumMProtein;
  return m !== null && m.value > 0 && facts.labs.serumImmunofixation === "negative" ? { gDl: m.value } : null;
}

const ISOTYPE_FIELD = { IgG: "igg", IgA: "iga", IgM: "igm" } as const;

/** The FLC ratio that contradicts the recorded light-chain type, from the record's current labs (null
 * when none does): the scores read no FLC ratio from such a pair (never taken as normal). */
export function contradictoryFlcRatio(facts: Facts): { kappaLambda: number } | null {
  return flcRatioAgainstLightChain(
    facts.labs.involvedFreeLightChain?.value,
    facts.labs.uninvolvedFreeLightChain?.value,
    facts.labs.lightChain,
  );
}

/** Review c26-2: the later value of one free light chain without the other of its day, when model/facts.ts
 * reads the pair as not known for it; null otherwise. */
function unpairedFlc(
  facts: Facts,
): { chain: "involved" | "uninvolved"; value: SeriesValue; pairDate: string } | null {
  if (facts.labs.involvedFreeLightChain !== null || facts.labs.uninvolvedFreeLightChain !== null) return null;
  const inv = facts.series.involvedFreeLightChain;
  const un = facts.series.uninvolvedFreeLightChain;
  const pairDate = latestPairDate(inv, un);
  if (pairDate === null) return null;
  const lastInv = inv[inv.length - 1]!;
  const lastUn = un[un.length - 1]!;
  if (lastInv.date > pairDate) return { chain: "involved", value: lastInv, pairDate };
  if (lastUn.date > pairDate) return { chain: "uninvolved", value: lastUn, pairDate };
  return null;
}

/** A value in the level's unit, with the value as reported when the record used another unit. */
function valueWords(v: { value: number; reported: SeriesValue["reported"] }, unit: string): string {
  const inLevelUnit = `${round(v.value, 2)} ${unit}`;
  return v.reported.value === v.value
    ? inLevelUnit
    : `${v.reported.value} ${v.reported.unit} (${inLevelUnit})`;
}

/** One conflict in words: both values, which one the readings take, and what to record or check. */
function conflictWords(x: ReturnType<typeof labConflicts>[number]): string {
  const read = valueWords(x.lab, x.unit);
  if (x.lab.date === null)
    return `${x.name} values on either side of ${x.level.at} ${x.unit}: the labs hold ${read} without a date (read as today's), the series ${valueWords(x.other, x.unit)} on ${x.other.date}. The warnings and options here that act on this level read the labs' value; the record cannot tell which is today's. Record the date of the labs' value, or today's value, before acting on it.`;
  const worse = SAME_DAY_WORSE[x.field] !== undefined ? ", the worse of the two (the cautious reading)" : "";
  return `${x.name} values of one day (${x.lab.date}) on either side of ${x.level.at} ${x.unit}: ${read} and ${valueWords(x.other, x.unit)}. The warnings and options here that act on this level read ${read}${worse}. Check which value is right before acting on it.`;
}

/** The data-quality alerts of the record's current labs (an empty list when nothing contradicts). */
export function dataQualityAlerts(facts: Facts, text: boolean): Alert[] {
  const out: Alert[] = [];
  const { labs } = facts;
  const heavy = labs.heavyChain;
  const m = labs.serumMProtein;
  if (m !== null && (heavy === "IgG" || heavy === "IgA" || heavy === "IgM")) {
    const total = labs[ISOTYPE_FIELD[heavy]];
    // The M-protein (g/dL, canonical) is part of the immunoglobulin of its isotype (mg/dL, canonical):
    // compared in g/dL, converted by model/units (criteria-and-scores.md 7.3).
    if (total !== null) {
      const totalGDl = fromCanonical(ISOTYPE_FIELD[heavy], total.value, "g/dL");
      if (m.value > totalGDl)
        out.push({
          id: DATA_QUALITY_ALERTS.mSpikeAboveIsotype,
          severity: "warning",
          text: text
            ? `Laboratory values that cannot both be right: the serum M-spike ${round(m.value, 2)} g/dL (${heavy} type) is larger than the total ${heavy} ${round(total.reported.value, 2)} ${total.reported.unit} (${round(totalGDl, 2)} g/dL), of which the M-protein is a part. Check the sample, the units and the methods (SPEP densitometry and nephelometry are not interchangeable and can disagree at high values) before these values are used; the category is not changed on this.`
            : "",
          citations: ["bradwell-wikilite-total-ig"],
          verified: false,
        });
    }
  }
  const ife = contradictedMSpike(facts);
  if (ife !== null)
    out.push({
      id: DATA_QUALITY_ALERTS.mSpikeImmunofixationNegative,
      severity: "warning",
      text: text
        ? `Laboratory values that cannot both be right: a serum M-spike of ${round(ife.gDl, 2)} g/dL on electrophoresis with a negative serum immunofixation. Immunofixation detects an M-protein that electrophoresis cannot (IMWG 2016), so an M-spike it does not confirm is not a monoclonal protein, or one result belongs to another sample or date. Check the sample, the labels and the dates, and repeat the tests if needed. Until then the M-spike is not counted in the risk scores (neither as normal nor as raised); the category is not changed on this.`
        : "",
      citations: ["kumar-2016-lancet-oncol"],
      verified: true,
    });
  const cr = conflictOf(facts.labs.creatinine, facts.series.creatinine, creatinineAboveRenalLevel);
  if (cr !== null) {
    const level = "the IMWG renal level (> 2 mg/dL, > 177 umol/L)";
    const reported = (v: { reported: SeriesValue["reported"] }) => `${v.reported.value} ${v.reported.unit}`;
    out.push({
      id: DATA_QUALITY_ALERTS.creatinineConflict,
      severity: "warning",
      text: text
        ? cr.lab.date === null
          ? `Creatinine values on either side of ${level}: the labs hold ${reported(cr.lab)} without a date (read as today's), the series ${reported(cr.other)} on ${cr.other.date}. Kidney function, the CRAB kidney criterion and every kidney-dosed caution here read the labs' value; the record cannot tell which is today's. Record the date of the labs' value, or today's creatinine, before a dose is chosen from it.`
          : `Creatinine values of one day (${cr.lab.date}) on either side of ${level}: ${reported(cr.lab)} and ${reported(cr.other)}. Kidney function, the CRAB kidney criterion and every kidney-dosed caution here read ${reported(cr.lab)}, the higher of the two (the cautious reading). Check which value is right before a dose is chosen from it.`
        : "",
      citations: ["rajkumar-2014-lancet-oncol"],
      verified: true,
    });
  }
  const conflicts = labConflicts(facts);
  if (conflicts.length > 0)
    out.push({
      id: DATA_QUALITY_ALERTS.labConflict,
      severity: "warning",
      text: text ? conflicts.map(conflictWords).join(" ") : "",
      citations: [...new Set(conflicts.flatMap((x) => x.citations))],
      // The grade 3 neutropenia and severe hypercalcaemia levels are UNVERIFIED in the reference (drug-rules.ts).
      verified: conflicts.every((x) => x.level.verified),
    });
  const unpaired = unpairedFlc(facts);
  if (unpaired !== null)
    out.push({
      id: DATA_QUALITY_ALERTS.flcUnpaired,
      severity: "warning",
      text: text
        ? `Free light chains: the ${unpaired.chain} ${unpaired.value.reported.value} ${unpaired.value.reported.unit} of ${unpaired.value.date} has no value of the other chain of its day (the latest pair is of ${unpaired.pairDate}). The FLC ratio and the dFLC are read as not known: never from two dates, nor from the older pair as today's. Measure both chains on one sample.`
        : "",
      citations: ["katzmann-2002-clin-chem"],
      verified: true,
    });
  const disputed = disputingFlcPair(facts);
  if (disputed !== null) {
    const li = labs.involvedFreeLightChain!.reported;
    const lu = labs.uninvolvedFreeLightChain!.reported;
    const d = disputed;
    out.push({
      id: DATA_QUALITY_ALERTS.flcConflict,
      severity: "warning",
      text: text
        ? `Free light chains on either side of the SLiM level (ratio >= 100 with the involved chain >= 100 mg/L): the labs hold involved ${li.value} ${li.unit} and uninvolved ${lu.value} ${lu.unit} without a date (read as today's), the series involved ${d.involved.reported.value} ${d.involved.reported.unit} and uninvolved ${d.uninvolved.reported.value} ${d.uninvolved.reported.unit} on ${d.date}. The SLiM criterion and the smouldering myeloma risk scores read neither ratio (missing, never normal). Record the date of the labs' pair, or measure both chains on one sample.`
        : "",
      citations: ["rajkumar-2014-lancet-oncol"],
      verified: true,
    });
  }
  const c = contradictoryFlcRatio(facts);
  if (c !== null && labs.lightChain !== null) {
    const kappa = labs.lightChain === "kappa";
    out.push({
      id: DATA_QUALITY_ALERTS.flcAgainstLightChain,
      severity: "warning",
      text: text
        ? `Free light chains contradict the light-chain type: the record says ${labs.lightChain}-type disease, but the kappa/lambda ratio ${round(c.kappaLambda, 2)} is ${kappa ? `< ${FREELITE.ratio.low} (lambda in excess)` : `> ${FREELITE.ratio.high} (kappa in excess)`}; ${kappa ? "kappa" : "lambda"}-type disease raises the ratio ${kappa ? `above ${FREELITE.ratio.high}` : `below ${FREELITE.ratio.low}`} (IMWG 2014). Check the sample, which chain was entered as involved, and the immunofixation typing. Until then the FLC ratio is not counted in the risk scores (neither as normal nor as raised); the category is not changed on this.`
        : "",
      citations: ["rajkumar-2014-lancet-oncol", "katzmann-2002-clin-chem"],
      // The ratio limits and their direction are verified in the reference (criteria-and-scores.md 1.3).
      verified: true,
    });
  }
  return out;
}

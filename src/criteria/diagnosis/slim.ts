/** SLiM biomarkers of malignancy of IMWG 2014 (criteria-and-scores.md 1.1): clonal marrow plasma
 * cells >=60%, involved/uninvolved FLC ratio >=100 with involved FLC >=100 mg/L, >1 focal lesion on MRI. */
import { type Facts, lastOfDay, latestPairDate, type SeriesValue } from "../../model/facts.js";
import { type FlcRatio, involvedUninvolvedFlcRatio } from "../../model/flc.js";
import type { UnusedValueField } from "../../model/record.js";
import type { Truth } from "../../model/trace.js";
import { criterionWithValueSent, isMriOnly, osteolyticCount, withValueSent } from "./crab.js";
import { type CriterionResult, criterion, gte, MET, NOT_MET, or, round, UNKNOWN } from "./logic.js";
import { DIAGNOSIS_RULES as R } from "./rules.js";
import { beforeWords, workUpBeforeSmmLevel } from "./work-up-dates.js";

/** Review c86-M2: the record fields the SLiM criteria read their values from. */
export const MARROW_FIELDS: readonly UnusedValueField[] = ["marrow.clonalPlasmaCellPercent"];
const FLC_FIELDS: readonly UnusedValueField[] = [
  "labs.involvedFreeLightChain",
  "labs.uninvolvedFreeLightChain",
];

/** The SLiM marrow criterion's status (>= 60% clonal marrow plasma cells), not known while a marrow value was sent and
 * not used (review c86-M2). */
export function marrow60Status(facts: Facts): Truth {
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  return withValueSent(facts, MARROW_FIELDS, bmpc === null ? UNKNOWN : gte(bmpc, 60) ? MET : NOT_MET);
}

/** `text: false` decides the same way and leaves the reason empty (the words are composed only when asked). */
export function assessMarrow60(facts: Facts, text = true): CriterionResult {
  return criterionWithValueSent(
    facts,
    MARROW_FIELDS,
    marrow60OnValues(facts, text),
    "SLiM clonal marrow plasma cells >=60%",
    text,
  );
}

function marrow60OnValues(facts: Facts, text: boolean): CriterionResult {
  const bmpc = facts.marrow.clonalPlasmaCellPercent;
  const inputs = { clonalPlasmaCellPercent: bmpc };
  if (bmpc === null) {
    return criterion(R.slimMarrow, UNKNOWN, text ? "bone marrow biopsy not done" : "", {
      inputs,
      missing: [
        { field: "marrow.clonalPlasmaCellPercent", neededFor: "SLiM clonal marrow plasma cells >=60%" },
      ],
    });
  }
  const met = gte(bmpc, 60);
  const date = facts.marrow.date;
  // Review c88-W1: a marrow from before the M-protein reached the smouldering level does not rule out >= 60% now
  // (work-up-dates.ts; the project's reading, UNVERIFIED); one that meets it stays met.
  const before = met ? null : workUpBeforeSmmLevel(facts);
  if (before?.marrow != null) {
    return criterion(
      R.slimMarrow,
      UNKNOWN,
      text
        ? `clonal marrow plasma cells ${bmpc}% < 60% on the ${beforeWords("marrow", before.marrow, before)}: that marrow does not rule out >= 60% now (repeat marrow)`
        : "",
      {
        evidence: "unverified",
        inputs: { ...inputs, marrowDate: before.marrow, smmLevelReachedOn: before.reachedOn },
        missing: [
          {
            field: "marrow.clonalPlasmaCellPercent",
            neededFor: `SLiM clonal marrow plasma cells >=60% (a marrow after ${before.reachedOn}: the one recorded predates the smouldering level)`,
          },
        ],
      },
    );
  }
  const because = text
    ? `clonal marrow plasma cells ${bmpc}% ${met ? ">=" : "<"} 60%${date === null ? "" : ` (marrow of ${date})`}`
    : "";
  return criterion(R.slimMarrow, met ? MET : NOT_MET, because, { inputs });
}

/** Involved / uninvolved serum FLC ratio of the record's current labs (one definition: model/flc). */
export function involvedUninvolvedRatio(facts: Facts): FlcRatio {
  return involvedUninvolvedFlcRatio(
    facts.labs.involvedFreeLightChain?.value,
    facts.labs.uninvolvedFreeLightChain?.value,
  );
}

/** Which part of the FLC biomarker decided: the involved chain under 100 mg/L, no ratio, or the ratio. */
type FlcFinding = "involved-low" | "not-measured" | "ratio-high" | "ratio-low";

function flcWords(finding: FlcFinding, inv: number | null, ratio: FlcRatio): string {
  if (finding === "involved-low") return `involved free light chain ${round(inv!, 2)} mg/L < 100 mg/L`;
  if (finding === "not-measured") return "serum free light chains not measured";
  const shownRatio = ratio.value !== null ? round(ratio.value, 2) : "unbounded (uninvolved 0 or too small)";
  return finding === "ratio-high"
    ? `involved:uninvolved FLC ratio ${shownRatio} >= 100 with involved FLC ${round(inv!, 2)} mg/L >= 100`
    : `involved:uninvolved FLC ratio ${shownRatio} < 100`;
}

/** Which part decided: both parts are required, so a known involved FLC <100 mg/L settles it even
 * without the ratio. */
function flcFinding(inv: number | null, ratio: FlcRatio): FlcFinding {
  return inv !== null && !gte(inv, 100)
    ? "involved-low"
    : ratio.value === null && !ratio.unbounded
      ? "not-measured"
      : ratio.unbounded || gte(ratio.value!, 100)
        ? "ratio-high"
        : "ratio-low";
}

const flcTruth = (finding: FlcFinding): Truth =>
  finding === "not-measured" ? UNKNOWN : finding === "ratio-high" ? MET : NOT_MET;

/** The pair of free light chains of one day of the series that disputes the labs' undated pair. */
export interface DisputingFlcPair {
  date: string;
  involved: SeriesValue;
  uninvolved: SeriesValue;
}

/** Review c26-1: an undated pair of free light chains in the labs (read as today's, the record's convention;
 * model/facts.ts withCurrentLabs) and a pair of one dated day of the series (the latest such day) on either side
 * of the SLiM level, in a record with no treatment (where the criterion decides the category): the record
 * cannot tell which pair is today's. The undated one hid a myeloma-defining event (850/8 mg/L on 2026-11-25
 * beside an undated 160/8), and read the other way made one (review c28-W4: an undated pair past the level
 * beside a dated pair below it of 6 days before gave myeloma and induction options). The SLiM criterion is not
 * decided from either. Null when nothing disputes the labs' pair. */
export function disputingFlcPair(facts: Facts): DisputingFlcPair | null {
  const li = facts.labs.involvedFreeLightChain;
  const lu = facts.labs.uninvolvedFreeLightChain;
  if (li === null || lu === null || (li.date !== null && lu.date !== null)) return null;
  // Treated (review c28-m1): the category is the treated one, and the pairs are read for the response.
  if (facts.treatmentHistory.length > 0) return null;
  const inv = facts.series.involvedFreeLightChain;
  const un = facts.series.uninvolvedFreeLightChain;
  const date = latestPairDate(inv, un);
  if (date === null) return null;
  const involved = lastOfDay(inv, date);
  const uninvolved = lastOfDay(un, date);
  const labs = flcTruth(flcFinding(li.value, involvedUninvolvedFlcRatio(li.value, lu.value)));
  const series = flcTruth(
    flcFinding(involved.value, involvedUninvolvedFlcRatio(involved.value, uninvolved.value)),
  );
  return labs !== UNKNOWN && series !== UNKNOWN && labs !== series ? { date, involved, uninvolved } : null;
}

/** assessFlcRatio100's status alone (what the findings read; no criterion is built), from the record's
 * involved/uninvolved ratio (involvedUninvolvedRatio) when the caller has it. */
export function flcRatio100Status(facts: Facts, ratio: FlcRatio = involvedUninvolvedRatio(facts)): Truth {
  const truth = flcTruth(flcFinding(facts.labs.involvedFreeLightChain?.value ?? null, ratio));
  return withValueSent(
    facts,
    FLC_FIELDS,
    truth !== UNKNOWN && disputingFlcPair(facts) !== null ? UNKNOWN : truth,
  );
}

/** A pair of free light chains in words: both values as reported, and the ratio. */
const pairWords = (inv: SeriesValue["reported"], un: SeriesValue["reported"], ratio: FlcRatio): string =>
  `${inv.value} ${inv.unit} over ${un.value} ${un.unit}, ratio ${ratio.value !== null ? round(ratio.value, 2) : "unbounded"}`;

export function assessFlcRatio100(facts: Facts, text = true): CriterionResult {
  return criterionWithValueSent(
    facts,
    FLC_FIELDS,
    flcRatio100OnValues(facts, text),
    "SLiM FLC ratio >=100",
    text,
  );
}

function flcRatio100OnValues(facts: Facts, text: boolean): CriterionResult {
  const inv = facts.labs.involvedFreeLightChain?.value ?? null;
  const ratio = involvedUninvolvedRatio(facts);
  const inputs = {
    involvedFlcMgL: inv,
    uninvolvedFlcMgL: facts.labs.uninvolvedFreeLightChain?.value ?? null,
    ratio: ratio.value === null ? null : round(ratio.value, 2),
    ratioNotComputed: ratio.reason,
  };
  const finding = flcFinding(inv, ratio);
  const disputed = flcTruth(finding) !== UNKNOWN ? disputingFlcPair(facts) : null;
  if (disputed !== null) {
    const li = facts.labs.involvedFreeLightChain!;
    const lu = facts.labs.uninvolvedFreeLightChain!;
    const other = involvedUninvolvedFlcRatio(disputed.involved.value, disputed.uninvolved.value);
    const because = text
      ? `the labs' undated free light chains (${pairWords(li.reported, lu.reported, ratio)}) and the series' pair of ${disputed.date} (${pairWords(disputed.involved.reported, disputed.uninvolved.reported, other)}) disagree on it, and the record cannot tell which is today's: not decided until the labs' pair is dated or both chains are measured on one sample`
      : "";
    return criterion(R.slimFlc, UNKNOWN, because, {
      inputs: {
        ...inputs,
        seriesPairDate: disputed.date,
        seriesRatio: other.value === null ? null : round(other.value, 2),
      },
      missing: [
        {
          field: "labs.involvedFreeLightChain",
          neededFor: "SLiM FLC ratio >=100 (an undated pair and a dated one disagree)",
        },
        {
          field: "labs.uninvolvedFreeLightChain",
          neededFor: "SLiM FLC ratio >=100 (an undated pair and a dated one disagree)",
        },
      ],
    });
  }
  const because = text ? flcWords(finding, inv, ratio) : "";
  if (finding === "not-measured") {
    const missing = [];
    if (inv === null)
      missing.push({ field: "labs.involvedFreeLightChain", neededFor: "SLiM FLC ratio >=100" });
    if (facts.labs.uninvolvedFreeLightChain === null) {
      missing.push({ field: "labs.uninvolvedFreeLightChain", neededFor: "SLiM FLC ratio >=100" });
    }
    return criterion(R.slimFlc, UNKNOWN, because, { inputs, missing });
  }
  return criterion(R.slimFlc, flcTruth(finding), because, { inputs });
}

/** Solitary plasmacytoma (criteria-and-scores.md 1.4): its work-up asks for "MRI (or CT) of spine and pelvis", and
 * treatments.md 1 for whole-body PET-CT or MRI (a skeletal survey alone is not adequate). For a biopsy-proven single
 * plasmacytoma with no MRI recorded, a CT-based scan's osteolytic lesion count stands for the MRI's (review c44-M1:
 * after radiotherapy, a PET-CT showing the one lesion read "Indeterminate" pending an MRI the definition does not
 * require). Null otherwise: for any other record the MRI is the SLiM test and stays not known. */
export function ctStandsForMri(facts: Facts): number | null {
  const im = facts.imaging;
  const pc = facts.biopsy.plasmacytoma;
  return im.performed === true &&
    im.mriFocalLesions === null &&
    pc !== null &&
    pc.count === 1 &&
    (im.modality === "PET-CT" || im.modality === "CT" || im.modality === "whole-body-low-dose-CT")
    ? osteolyticCount(facts)
    : null;
}

/** Review c83-W1 (r833): an MRI recorded with no focal lesion count is not "MRI not done"; lesions recorded on it as
 * osteolytic are not the CRAB test (criteria-and-scores.md 1.1: radiography, CT or PET-CT; crab.ts), and may be the
 * focal lesions the SLiM test counts, which the record must say. */
function mriNotCountedWords(im: Facts["imaging"]): string {
  if (im.performed === false || !isMriOnly(im.modality)) return "MRI not done";
  const k = im.osteolyticLesions;
  return k !== null && k > 0
    ? `${im.modality} done, its focal lesion count not recorded (imaging.mriFocalLesions); ${k} lesion(s) recorded as osteolytic on it: MRI shows focal lesions, not osteolysis, so record them as focal lesions if that is what they are`
    : `${im.modality} done, its focal lesion count not recorded (imaging.mriFocalLesions)`;
}

export function assessMriLesions(facts: Facts, text = true): CriterionResult {
  const ct = ctStandsForMri(facts);
  if (ct !== null) {
    const met = ct >= 2;
    return criterion(
      R.slimMri,
      met ? MET : NOT_MET,
      text
        ? `no MRI; for a single biopsy-proven plasmacytoma the ${facts.imaging.modality} stands for it (IMWG 2014: MRI or CT of spine and pelvis): ${ct} lesion(s) on it (${met ? ">1" : "not >1"})`
        : "",
      { inputs: { mriFocalLesions: null, ctLesions: ct, modality: facts.imaging.modality } },
    );
  }
  const n = facts.imaging.mriFocalLesions;
  const inputs = { mriFocalLesions: n };
  if (n === null || facts.imaging.performed === false) {
    return criterion(R.slimMri, UNKNOWN, text ? mriNotCountedWords(facts.imaging) : "", {
      inputs,
      missing: [{ field: "imaging.mriFocalLesions", neededFor: "SLiM >1 focal lesion on MRI" }],
    });
  }
  const met = n >= 2;
  const date = facts.imaging.date;
  // Review c88-W1: an MRI from before the M-protein reached the smouldering level does not rule out >1 focal lesion
  // now (work-up-dates.ts; the project's reading, UNVERIFIED); one that meets it stays met.
  const before = met ? null : workUpBeforeSmmLevel(facts);
  if (before?.imaging != null) {
    return criterion(
      R.slimMri,
      UNKNOWN,
      text
        ? `${n === 0 ? "no focal lesions" : `${n} focal lesion(s)`} on the ${beforeWords("MRI", before.imaging, before)}: that MRI does not rule out >1 focal lesion now (repeat whole-body imaging)`
        : "",
      {
        evidence: "unverified",
        inputs: { ...inputs, imagingDate: before.imaging, smmLevelReachedOn: before.reachedOn },
        missing: [
          {
            field: "imaging.mriFocalLesions",
            neededFor: `SLiM >1 focal lesion on MRI (an MRI after ${before.reachedOn}: the one recorded predates the smouldering level)`,
          },
        ],
      },
    );
  }
  const on = date === null ? "" : ` (imaging of ${date})`;
  const because = text
    ? met
      ? `${n} focal lesions on MRI (>1)${on}`
      : n === 0
        ? `no focal lesions on MRI (not >1)${on}`
        : `${n} focal lesion(s) on MRI (not >1)${on}`
    : "";
  return criterion(R.slimMri, met ? MET : NOT_MET, because, { inputs });
}

export interface SlimResult {
  marrow: CriterionResult;
  flc: CriterionResult;
  mri: CriterionResult;
  any: Truth;
}

/** The three SLiM biomarkers; `text: false` leaves their reasons empty. */
export function assessSlim(facts: Facts, text = true): SlimResult {
  const marrow = assessMarrow60(facts, text);
  const flc = assessFlcRatio100(facts, text);
  const mri = assessMriLesions(facts, text);
  return { marrow, flc, mri, any: or(marrow.status, flc.status, mri.status) };
}

/** The facts of the bone-targeted agents a record holds (treatments.md 8a): the zoledronic acid given now, for the
 * IMWG 2021 de-escalation (review c11-M4: "after >= 12 monthly doses, if >= VGPR, consider every 3 months or
 * stopping; continue if < VGPR; restart at relapse", terpos-2021-lancet-oncol; the record holds the months of a
 * running entry, not the doses given: the words say so), its baseline creatinine and hold (review c67-U1), and the
 * denosumab given or stopped (review c67-M1). The rules' words are the knowledge's; the values shown with them
 * (dates, creatinine as reported) are put in words here. */
import type { ResponseCategory } from "../model/enums.js";
import type { Facts, TreatmentFact } from "../model/facts.js";
import { compareDates, completedMonths } from "../response/dates.js";
import { canonicalDrugName } from "../response/drug-classes.js";
import { type LinesOfTherapyResult, stoppedEndNotRecorded } from "../response/lines.js";
import { calculateCrclCockcroftGault } from "../scores/kidney/kidney.js";
import { creatinines, type DatedCreatinine } from "./kidney-on-treatment.js";

/** The zoledronic acid given now: the earliest start of the entries with it running on asOf, and the
 * completed months since (both null when none runs); and whether an entry of it stopped for toxicity. */
export function zoledronicAcidCourse(facts: Facts): {
  since: string | null;
  months: number | null;
  stoppedForToxicity: boolean;
} {
  let since: string | null = null;
  let stoppedForToxicity = false;
  for (const t of facts.treatmentHistory) {
    if (compareDates(t.start, facts.asOf) > 0) continue;
    if (!t.drugs.some((d) => canonicalDrugName(d) === "zoledronic acid")) continue;
    if (t.stopReason === "toxicity") stoppedForToxicity = true;
    if (t.end !== null && compareDates(t.end, facts.asOf) < 0) continue;
    if (since === null || compareDates(t.start, since) < 0) since = t.start;
  }
  return { since, months: since === null ? null : completedMonths(since, facts.asOf), stoppedForToxicity };
}

const VGPR_OR_BETTER: readonly string[] = ["sCR", "CR", "VGPR"];

/** VGPR or better now: false after progression; the IMWG grade of the assessed line when the values give
 * one; else the best response recorded for the latest line; null when neither is known. */
export function responseVgprOrBetter(
  graded: ResponseCategory | null,
  lines: LinesOfTherapyResult | null,
  progression: boolean | null,
): boolean | null {
  if (progression === true) return false;
  if (graded !== null) return VGPR_OR_BETTER.includes(graded);
  const recorded = lines?.lines[lines.lines.length - 1]?.bestResponse ?? null;
  return recorded === null ? null : VGPR_OR_BETTER.includes(recorded);
}

/** A creatinine value of the record: its date (null: an undated lab value, read as today's), mg/dL, as reported. */
type Creatinine = Omit<DatedCreatinine, "date"> & { date: string | null };

/** The zoledronic acid being given now and the kidney (review c67-U1; treatments.md 8a, label): its baseline, the
 * last creatinine dated on or before its start, and the CrCl from it, which the dose table reads ("Baseline CrCl
 * (Cockcroft-Gault)"); and whether the creatinine since then holds it ("Hold if creatinine rises >=0.5 mg/dL (normal
 * baseline <1.4) or >=1.0 mg/dL (abnormal baseline); resume when within 10% of baseline"). */
export interface ZoledronicAcidKidney {
  /** The baseline in words (its value and date, and its CrCl), or that none is recorded; null when none is given. */
  baseline: string | null;
  /** The CrCl the dose table reads: the baseline's when it is given now and one is recorded, else today's. */
  doseCrclMlMin: number | null;
  /** The creatinine since its start holds it (met on a value after the start, not yet back within 10%). */
  hold: boolean;
  /** The change that holds it, in words; null without a hold. */
  change: string | null;
  /** Review c68-m1 (treatments.md 8a; the reference is silent on an unknown baseline): no creatinine before its start,
   * and the latest value on it >=0.5 mg/dL above the lowest earlier value on it, in words; else null. */
  riseNoBaseline: string | null;
}

/** Hundredths of a mg/dL: a rise or a limit read at the precision laboratories report, so 0.9 -> 1.4 mg/dL is the
 * 0.5 mg/dL the rule names (binary fractions make it 0.49999...), as is 44 umol/L, the label's own equivalent. */
const hundredths = (mgDl: number) => Math.round(mgDl * 100);
const asReported = (c: Creatinine) =>
  `${c.reported.value} ${c.reported.unit} ${c.date === null ? "(date not recorded, read as today's)" : `on ${c.date}`}`;

/** The creatinine values of the record up to asOf, oldest first (kidney-on-treatment's dated list), and an undated
 * lab value last (the record's convention: an undated lab is today's). */
function creatinineValues(facts: Facts): Creatinine[] {
  const lab = facts.labs.creatinine;
  const out: Creatinine[] = creatinines(facts.series.creatinine, lab, facts.asOf);
  if (lab !== null && lab.date === null) out.push(lab);
  return out;
}

/**
 * The kidney reading of the zoledronic acid given since `since` (zoledronicAcidCourse), review c67-U1: on
 * zoledronic acid with creatinine 0.9 mg/dL before it and 1.5 now, today's CrCl (50.6 mL/min) was called the
 * "baseline" and 3.5 mg given as the next dose, where the label holds it. `crclNow` is today's Cockcroft-Gault
 * clearance (the dose CrCl of a patient not on it: a first dose's baseline is today's).
 */
export function zoledronicAcidKidney(
  facts: Facts,
  since: string | null,
  crclNow: number | null,
): ZoledronicAcidKidney {
  if (since === null)
    return { baseline: null, doseCrclMlMin: crclNow, hold: false, change: null, riseNoBaseline: null };
  const values = creatinineValues(facts);
  let at = -1;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]!.date;
    if (d !== null && compareDates(d, since) <= 0) at = i;
  }
  const base = values[at];
  if (base === undefined)
    return {
      baseline: `not recorded (no creatinine dated on or before its start, ${since}), so neither the baseline CrCl nor a creatinine rise that holds it can be read: the band is read from today's CrCl${crclNow === null ? "" : `, ${crclNow} mL/min`}`,
      doseCrclMlMin: crclNow,
      hold: false,
      change: null,
      riseNoBaseline: riseWithoutBaseline(values, since),
    };
  const { age, sex, weightKg } = facts.patient;
  const crcl = calculateCrclCockcroftGault(
    { creatinineMgDl: base.value, age, sex, weightKg },
    { codesOnly: true },
  ).value;
  const baseline = `creatinine ${asReported(base)}, the last on or before its start (${since}): CrCl ${crcl === null ? "not known (Cockcroft-Gault needs age, sex and weight)" : `${crcl} mL/min (Cockcroft-Gault, with today's age and weight)`}`;
  // Normal baseline below 1.4 mg/dL: hold at a rise of 0.5; abnormal (1.4 or more): at 1.0 (treatments.md 8a).
  const normal = hundredths(base.value) < 140;
  const limit = normal ? 50 : 100;
  // Resume within 10% of baseline: read in thousandths, as the rise in hundredths.
  const resumeAt = Math.round(base.value * 1100);
  let rose: Creatinine | null = null;
  for (let i = at + 1; i < values.length; i++) {
    const c = values[i]!;
    if (rose === null && hundredths(c.value) - hundredths(base.value) >= limit) rose = c;
    else if (rose !== null && Math.round(c.value * 1000) <= resumeAt) rose = null;
  }
  if (rose === null)
    return { baseline, doseCrclMlMin: crcl, hold: false, change: null, riseNoBaseline: null };
  const latest = values[values.length - 1]!;
  const up = (c: Creatinine) => `+${(hundredths(c.value) - hundredths(base.value)) / 100} mg/dL`;
  // Review c68-m2: the resume point in the unit the baseline is reported in (80 umol/L: <=88 umol/L, not "<=1 mg/dL").
  const within = `back within 10% of baseline at <=${Math.round(base.reported.value * 110) / 100} ${base.reported.unit}`;
  const change =
    `${asReported(base)} (the last on or before its start, ${since}: ${normal ? "a normal" : "an abnormal"} baseline) to ${asReported(rose)} (${up(rose)})` +
    (latest.date === rose.date && latest.value === rose.value
      ? `; ${within}`
      : `; latest ${asReported(latest)}, not yet ${within}`);
  return { baseline, doseCrclMlMin: crcl, hold: true, change, riseNoBaseline: null };
}

/** Review c68-m1: the hold's smallest rise (0.5 mg/dL, treatments.md 8a) between values measured on it, with no
 * baseline recorded: the latest value against the lowest earlier one (all are after its start). The reference's rule
 * reads the baseline before the course; it gives none for this, so the words only name the values. */
function riseWithoutBaseline(values: readonly Creatinine[], since: string): string | null {
  const latest = values[values.length - 1];
  if (latest === undefined || values.length < 2) return null;
  let low = values[0]!;
  for (const c of values.slice(0, -1)) if (c.value < low.value) low = c;
  const rise = hundredths(latest.value) - hundredths(low.value);
  if (rise < 50) return null;
  return `${asReported(low)} to ${asReported(latest)} (+${rise / 100} mg/dL), both after its start (${since})`;
}

/** Whether a treatment entry holds a bone-targeted agent (treatments.md 8a), and which. */
function boneAgentOf(drugs: readonly string[]): "denosumab" | "bisphosphonate" | null {
  let found: "denosumab" | "bisphosphonate" | null = null;
  for (const d of drugs) {
    const n = canonicalDrugName(d);
    if (n === "zoledronic acid" || n === "pamidronate") return "bisphosphonate";
    if (n === "denosumab") found = "denosumab";
  }
  return found;
}

/** A treatment entry's recorded stop reason in words (the bone agent's latest entry; the plan's stopped first line). */
export const STOP_REASON_WORDS: Readonly<Record<string, string>> = {
  planned: "planned",
  completed: "completed",
  progression: "progression",
  toxicity: "toxicity",
  "patient-choice": "patient choice",
  other: "another reason",
};

/**
 * The denosumab of the record (review c67-M1; treatments.md 8a, denosumab: "Stopping is hard: rebound bone
 * loss/vertebral fractures, so plan transition (e.g., a ZA dose) (IMWG 2021)"): its latest entry in words, and
 * whether it stopped with no bone agent (denosumab, zoledronic acid, pamidronate) started after it. `onNow`: the
 * engine's reading of denosumab given now (the running drugs); a course given now is never read as stopped.
 */
export function denosumabCourse(
  facts: Facts,
  onNow: boolean | null,
): { words: string | null; stoppedNoTransition: boolean } {
  let latest: TreatmentFact | null = null;
  let latestBone: TreatmentFact | null = null;
  let latestBoneIsDenosumab = false;
  for (const t of facts.treatmentHistory) {
    if (compareDates(t.start, facts.asOf) > 0) continue;
    const agent = boneAgentOf(t.drugs);
    if (agent === null) continue;
    const isDenosumab = agent === "denosumab";
    if (isDenosumab && (latest === null || compareDates(t.start, latest.start) >= 0)) latest = t;
    // A bisphosphonate started the day denosumab did or later is one after it.
    const order = latestBone === null ? 1 : compareDates(t.start, latestBone.start);
    if (order > 0 || (order === 0 && !isDenosumab)) {
      latestBone = t;
      latestBoneIsDenosumab = isDenosumab;
    }
  }
  if (latest === null) return { words: null, stoppedNoTransition: false };
  const ended = latest.end !== null && compareDates(latest.end, facts.asOf) < 0;
  const stopped = onNow !== true && (ended || stoppedEndNotRecorded(latest));
  if (!stopped) return { words: `since ${latest.start}`, stoppedNoTransition: false };
  const reason = latest.stopReason === null ? "" : ` (${STOP_REASON_WORDS[latest.stopReason]})`;
  const words = `${latest.start} to ${ended ? latest.end : "a day not recorded"}, stopped${reason}`;
  return { words, stoppedNoTransition: latestBoneIsDenosumab && latestBone === latest };
}

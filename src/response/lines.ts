/** Lines of therapy (Rajkumar, Richardson & San Miguel, Blood 2015) and drug/class exposure and
 * refractoriness (IMWG 2011 "refractory"; MAMMOTH class definitions, Gandhi 2019). */
import type { Facts, SeriesValue, TreatmentFact } from "../model/facts.js";
import { merged } from "../model/merged.js";
import { type MissingInput, type RuleTrace, trace } from "../model/trace.js";
import { addDays, compareDates, daysBetween, progressionRecorded, recordedProgressionDate } from "./dates.js";
import {
  canonicalDrugName,
  carTInfusionUndated,
  DrugClass,
  drugClass,
  holdsCarT,
  isKnownDrug,
  isKnownNonMyelomaDrug,
  isStemCellCollection,
  isSupportiveCareDrug,
  namesMyelomaTherapy,
  withoutLymphodepletion,
} from "./drug-classes.js";
import type { LineOfTherapy, LinesOfTherapyResult } from "./lines-types.js";
import { progressionBefore } from "./progression.js";
import { assessResponse, type ResponseResult } from "./response.js";
import { LINES_RULES as R } from "./rules.js";
import { collectPoints, type Points } from "./series.js";

export { DrugClass } from "./drug-classes.js";
export type { LineOfTherapy, LinesOfTherapyResult } from "./lines-types.js";

const RESPONSE_RANK: Record<string, number> = { sCR: 6, CR: 5, VGPR: 4, PR: 3, MR: 2, SD: 1, PD: 0 };
const PHASE_ORDER: Record<string, number> = { induction: 0, transplant: 1, consolidation: 2, maintenance: 3 };
/** Days after the last dose within which progression makes the disease refractory (IMWG 2011). */
const REFRACTORY_WINDOW_DAYS = 60;
/** MAMMOTH: anti-CD38 refractoriness needs >= 4 weeks of therapy. */
const ANTI_CD38_MIN_DAYS = 28;
/** The days a weekly dose covers: the last dose of an anti-CD38 antibody counts a week of therapy. */
const LAST_DOSE_WEEK_DAYS = 7;

/** `xs` sorted in code-unit order (what `[...set].sort()` gives for strings), in place: an insertion sort,
 * as the lists are a handful of drug names. */
function sortStrings(xs: string[]): string[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && xs[j]! > x) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}

/** The drug classes in code-unit order: a class list built by walking them is sorted already. */
const CLASSES_SORTED: readonly DrugClass[] = Object.values(DrugClass).slice().sort();

/** How many drugs of each class a list holds. */
type ClassCounts = Record<DrugClass, number>;

function noClasses(): ClassCounts {
  return {
    "proteasome-inhibitor": 0,
    immunomodulatory: 0,
    "anti-cd38": 0,
    "bcma-directed": 0,
    "gprc5d-directed": 0,
    alkylator: 0,
    steroid: 0,
    other: 0,
  };
}

/** The classes with at least one drug, each once, sorted; steroids left out when asked. */
function classesOf(counts: ClassCounts, skipSteroids: boolean): DrugClass[] {
  const out: DrugClass[] = [];
  for (const c of CLASSES_SORTED)
    if (counts[c] > 0 && !(skipSteroids && c === DrugClass.steroid)) out.push(c);
  return out;
}

/** Line order: by start date, then record order. */
function byStartThenIndex(a: TreatmentFact, b: TreatmentFact): number {
  return compareDates(a.start, b.start) || a.index - b.index;
}

/** Whether `later` only adds drugs to the open entry `open` (criteria-and-scores.md 9.1 (2): drugs added make a new
 * line, and the drugs of `open` are still given): no progression recorded on `open`, and `later` is no regimen of its
 * own, which comes with its corticosteroid or is a T-cell-redirecting or other BCMA- or GPRC5D-directed agent given
 * alone (review c33-W1: "daratumumab" recorded alone, added to Rd with no end, read as Rd stopped). */
export function addsToOpenEntry(open: TreatmentFact, later: TreatmentFact): boolean {
  if (progressionRecorded(open)) return false;
  // A transplant ends the induction before it (criteria-and-scores.md 9.1; review c45-W1: D-VRd with no end, then
  // melphalan 200 and its transplant, read "on daratumumab now" after it).
  if (later.asct === true || later.phase === "transplant") return false;
  // Review c61-M2: dexamethasone pulses recorded as "Rd" beside open lenalidomide maintenance, planned with it
  // (plannedWithPrevious), read the maintenance as stopped when the pulses ended ("Regimen: Lenalidomide maintenance
  // ()", no drug, no clot card). An entry planned with the previous one that holds every drug of the open entry and
  // adds corticosteroids only is no regimen of its own: the open entry goes on.
  if (later.plannedWithPrevious === true && plannedSteroidsOn(open, later)) return true;
  for (const name of later.drugs) {
    const c = drugClass(canonicalDrugName(name));
    if (c === DrugClass.steroid || c === DrugClass.bcmaDirected || c === DrugClass.gprc5dDirected)
      return false;
  }
  return later.drugs.length > 0;
}

/** Whether `later` adds corticosteroids only (at least one) to `open`: it holds every drug of `open` or none of them
 * (review c62-M2: dexamethasone pulses recorded alone), and its other drugs are corticosteroids. */
function plannedSteroidsOn(open: TreatmentFact, later: TreatmentFact): boolean {
  const mine = open.drugs.map((d) => canonicalDrugName(d));
  if (mine.length === 0 || mine.every(isSteroid)) return false;
  const theirs = later.drugs.map((d) => canonicalDrugName(d));
  const shared = mine.filter((d) => theirs.includes(d)).length;
  if (shared !== 0 && shared !== mine.length) return false;
  const added = theirs.filter((d) => !mine.includes(d));
  return added.length > 0 && added.every(isSteroid);
}

const isSteroid = (d: string): boolean => drugClass(d) === DrugClass.steroid;

/** An entry of corticosteroids only (dexamethasone pulses recorded alone). */
function steroidsOnly(t: TreatmentFact): boolean {
  return t.drugs.length > 0 && t.drugs.every((d) => isSteroid(canonicalDrugName(d)));
}

/** A CAR-T entry given as a single infusion (treatments.md 5b) that is over though it has no end: progression
 * is recorded on it, or a later entry of anti-myeloma therapy has started. Its drugs are not given now (review
 * c30-W2: "4-drug treatment with cilta-cel (Talquetamab)" three years after the infusion). */
function carTEntryOver(history: readonly TreatmentFact[], position: number): boolean {
  const t = history[position]!;
  if (progressionRecorded(t)) return true;
  for (let k = position + 1; k < history.length; k++) {
    const o = history[k]!;
    if (compareDates(o.start, t.start) > 0 && namesMyelomaTherapy(o)) return true;
  }
  return false;
}

/** Whether the entry at `position` (line order) is over on `asOf` though the record does not end it: a CAR-T
 * entry (carTEntryOver), or an entry of anti-myeloma therapy with no end once a later entry of anti-myeloma therapy
 * (or a transplant) has started by then, after it, and does not only add drugs to it (addsToOpenEntry).
 * Criteria-and-scores.md 9.1: a regimen stopped and another started (review c32-W1: DRd with no end, progressed,
 * then PVd read "5-drug treatment with daratumumab (PVd)"), the drugs of a planned sequence given one after the
 * other (review c33-W4: VRd with no end, then Rd, read "On bortezomib now"), therapy for smouldering myeloma
 * before a line (c33-M2), a CAR-T after another entry (c31-W4). Supportive care and other drugs known not to
 * treat myeloma are never over so. */
export function entryOver(history: readonly TreatmentFact[], position: number, asOf: string): boolean {
  const t = history[position]!;
  if (stoppedEndNotRecorded(t)) return true;
  if (holdsCarT(t.drugs)) return carTEntryOver(history, position);
  return overOnLaterTherapy(history, position, asOf) !== null;
}

/** Review c56 WRONG-1: an entry with a stop reason and no `end` stopped on a day not recorded (a MedicationStatement
 * "completed" with no end date read "On VRd now, week 91", and a progression two years later made it refractory):
 * not given now, and its last dose is not known. */
export function stoppedEndNotRecorded(t: TreatmentFact): boolean {
  return t.end === null && t.stopReason !== null;
}

/** The start of the later entry that ends the entry at `position`, which has no end (entryOver, CAR-T aside): the
 * latest day its drugs can have been given (review c33-W2: the blood bank's months after an anti-CD38 antibody
 * count from it). Null when no later entry ends it by `asOf`. */
export function overOnLaterTherapy(
  history: readonly TreatmentFact[],
  position: number,
  asOf: string,
): string | null {
  const t = history[position]!;
  if (t.end !== null || !namesMyelomaTherapy(t)) return null;
  for (let k = position + 1; k < history.length; k++) {
    const o = history[k]!;
    if (compareDates(o.start, t.start) <= 0 || compareDates(o.start, asOf) > 0) continue;
    if ((o.asct || namesMyelomaTherapy(o)) && !addsToOpenEntry(t, o)) return o.start;
  }
  return null;
}

/** An entry whose drugs may still be given though the line count reads it as ended (mayStillBeGiven). */
export interface MayStillBeGiven {
  /** Its record index (treatmentHistory.N). */
  index: number;
  regimen: string;
  start: string;
  /** Its drugs, canonical names. */
  drugs: string[];
  /** Its phase as recorded (its drug rules' kind: maintenance or not). */
  phase: TreatmentFact["phase"];
}

/** Review c60-M2: the latest entry of myeloma therapy begun by `asOf` (in line order, `history`) ended before it, with
 * no progression recorded on it, holds a drug of an earlier entry with no end (nor a stop reason) that it is read to
 * end (overOnLaterTherapy), and nothing of myeloma therapy began after it: lenalidomide maintenance with no end, then
 * "Rd" from April to July (dexamethasone pulses added), read the patient as off lenalidomide. The count stands (9.1
 * (2): an unplanned added drug starts a new line; stopping only some of its drugs is no new one), but whether the
 * earlier entry's drugs are still given is not known until its end is recorded (its end is asked). Null otherwise
 * (CAR-T and transplant entries aside: one-time treatments). */
export function mayStillBeGiven(history: readonly TreatmentFact[], asOf: string): MayStillBeGiven | null {
  let last = -1;
  for (let k = 0; k < history.length; k++) {
    const o = history[k]!;
    if (compareDates(o.start, asOf) <= 0 && (o.asct || namesMyelomaTherapy(o))) last = k;
  }
  if (last < 1) return null;
  const later = history[last]!;
  if (
    later.end === null ||
    compareDates(later.end, asOf) >= 0 ||
    later.asct ||
    holdsCarT(later.drugs) ||
    progressionRecorded(later)
  )
    return null;
  const laterDrugs = later.drugs.map((d) => canonicalDrugName(d));
  for (let i = last - 1; i >= 0; i--) {
    const t = history[i]!;
    if (
      t.end !== null ||
      stoppedEndNotRecorded(t) ||
      holdsCarT(t.drugs) ||
      compareDates(t.start, later.start) >= 0
    )
      continue;
    const drugs = t.drugs.map((d) => canonicalDrugName(d));
    // Review c62-M2: corticosteroid pulses recorded alone after it, not planned with it, leave it open too.
    if (!drugs.some((d) => laterDrugs.includes(d)) && !steroidsOnly(later)) continue;
    // Ended by that latest entry, not by one before it.
    if (overOnLaterTherapy(history, i, asOf) !== later.start) continue;
    return { index: t.index, regimen: t.regimen, start: t.start, drugs, phase: t.phase };
  }
  return null;
}

/** Whether the later therapy begun on `at` that ends the open entry at `position` (overOnLaterTherapy) is a
 * transplant. */
function transplantBegunOn(history: readonly TreatmentFact[], position: number, at: string): boolean {
  for (let k = position + 1; k < history.length; k++) {
    const o = history[k]!;
    if (o.start === at && (o.asct === true || o.phase === "transplant")) return true;
  }
  return false;
}

/** Stop 48 (c49-W4 rest, seen with review c68-m4): the day a transplant begun by `asOf` ended the entry at `position`,
 * which has no end (the high-dose melphalan ends the induction: overOnLaterTherapy, as the drugs given now read it
 * since engine 0.2.57); null otherwise. Read as open, such an entry kept its line open ("after the transplant (VRd):
 * week 100", the line being given "VRd" with no drug given now). */
export function transplantEnded(
  history: readonly TreatmentFact[],
  position: number,
  asOf: string,
): string | null {
  const at = overOnLaterTherapy(history, position, asOf);
  return at !== null && transplantBegunOn(history, position, at) ? at : null;
}

/** A line is refractory when any of its entries is, not refractory when every entry is known not to be, else unknown. */
function lineRefractory(
  entries: readonly number[],
  entryStatus: readonly (boolean | null)[],
): boolean | null {
  let allFalse = true;
  for (const i of entries) {
    const st = entryStatus[i] ?? null;
    if (st === true) return true;
    if (st !== false) allFalse = false;
  }
  return allFalse ? false : null;
}

/** Line `number` from its entries (indices into `history`; `canon` holds each entry's canonical drug
 * names), in one pass over them. */
function lineOf(
  history: readonly TreatmentFact[],
  canon: readonly (readonly string[])[],
  idx: number[],
  number: number,
  asOf: string,
): LineOfTherapy {
  const first = history[idx[0]!]!;
  const regimens: string[] = [];
  const drugs: string[] = [];
  // The best response: the first entry with the highest rank (unknown categories rank 0).
  let best: TreatmentFact["bestResponse"] = null;
  const endedByTransplant = (i: number) => transplantEnded(history, i, asOf);
  // The latest end (an entry a transplant ended, on the transplant's day), or null when any entry is still open.
  let end: string | null = first.end ?? endedByTransplant(idx[0]!);
  let open = false;
  let includesAsct = false;
  let anyProgressed = false;
  let allNotProgressed = true;
  for (const i of idx) {
    const t = history[i]!;
    regimens.push(t.regimen);
    for (const d of canon[i]!) if (!drugs.includes(d)) drugs.push(d);
    const r = t.bestResponse;
    if (r !== null && (best === null || (RESPONSE_RANK[r] ?? 0) > (RESPONSE_RANK[best] ?? 0))) best = r;
    const ended = t.end ?? endedByTransplant(i);
    if (ended === null) {
      if (!stoppedEndNotRecorded(t)) open = true;
    } else if (end !== null && compareDates(end, ended) < 0) end = ended;
    if (t.asct) includesAsct = true;
    if (progressionRecorded(t)) anyProgressed = true;
    if (t.progressedOn !== false) allNotProgressed = false;
  }
  return {
    number,
    entries: idx,
    regimens,
    drugs: sortStrings(drugs),
    start: first.start,
    end: open ? null : end,
    includesAsct,
    bestResponse: best,
    progressed: anyProgressed ? true : allNotProgressed ? false : null,
  };
}

/** An entry's phase as the line count reads it: an autograft (`asct`) with no phase recorded is the transplant
 * phase (review c52-W3: D-VRd in induction, an ASCT with no phase, then maintenance read as a second line). */
function phaseOf(t: TreatmentFact): string | null {
  return t.phase ?? (t.asct ? "transplant" : null);
}

/** `next` in a later phase of a planned sequence than `prev`, both phases known (induction, transplant,
 * consolidation, maintenance). */
function phasedAfter(prev: TreatmentFact, next: TreatmentFact): boolean {
  const before = phaseOf(prev);
  const after = phaseOf(next);
  return (
    after !== null &&
    before !== null &&
    (PHASE_ORDER[after] ?? -1) > (PHASE_ORDER[before] ?? Number.POSITIVE_INFINITY)
  );
}

/** A first transplant of a line after an induction or salvage regimen (or one of no recorded phase) whose
 * `plannedWithPrevious` is not recorded: the count reads it (transplantReading). */
function transplantToRead(prev: TreatmentFact, next: TreatmentFact, lineHasAsct: boolean): boolean {
  return (
    next.asct &&
    next.plannedWithPrevious === null &&
    !lineHasAsct &&
    (prev.phase === null || prev.phase === "induction" || prev.phase === "salvage")
  );
}

/** How the count reads such a transplant (review c49-W4, c51-W1, c52-W1/W2): planned with the regimen before it
 * (criteria-and-scores.md 9.1's own example, induction then ASCT, one line) unless something recorded or measured is
 * against it: a progression recorded on that regimen, a PD best response, or a progression confirmed on the line's
 * values before the transplant (a deferred or salvage transplant at relapse: a new line). `asked`: the answer is
 * asked for, unless the phases say the planned sequence and nothing is against it. */
interface TransplantReading {
  planned: boolean;
  asked: boolean;
  /** The entry read: a first transplant, or maintenance after one (maintenanceToRead). */
  kind: "transplant" | "maintenance";
}

/** The maintenance agents of treatments.md 3d: lenalidomide, daratumumab with lenalidomide (D-R), bortezomib or
 * ixazomib. */
const MAINTENANCE_AGENTS: ReadonlySet<string> = new Set([
  "lenalidomide",
  "daratumumab",
  "bortezomib",
  "ixazomib",
]);

/** Review c56 UNSAFE-4: VRd, then a transplant, then lenalidomide alone with no phase recorded read "relapsed, line 2"
 * (an EHR records no phase). An entry after the line's transplant (or its consolidation), of maintenance agents only
 * (treatments.md 3d; no corticosteroid: a regimen of its own comes with one), with no `phase` and no
 * `plannedWithPrevious` recorded: the count reads it (as a transplant, transplantReading), criteria-and-scores.md
 * 9.1's own example being induction -> ASCT -> maintenance, one line. */
/** Whether canonical drug names are maintenance agents only (treatments.md 3d), not daratumumab alone. */
export function maintenanceAgentsOnly(drugs: readonly string[]): boolean {
  return (
    drugs.length > 0 &&
    drugs.every((d) => MAINTENANCE_AGENTS.has(d)) &&
    drugs.some((d) => d !== "daratumumab")
  );
}

/** The project's reading (review c57-W5; not in the clinical reference): maintenance begins within about 6 months of
 * the transplant or the end of its consolidation. CALGB 100104 began lenalidomide on day 100-110 after the transplant
 * (NCT00114101; pooled in mccarthy-2017-jco); count recovery and a consolidation delay it in practice. Begun later,
 * the question asked about the maintenance reading says so. */
const MAINTENANCE_READ_WINDOW_DAYS = 183;

function maintenanceToRead(
  prev: TreatmentFact,
  next: TreatmentFact,
  drugs: readonly string[],
  lineHasAsct: boolean,
): boolean {
  return (
    lineHasAsct &&
    !next.asct &&
    next.phase === null &&
    next.plannedWithPrevious === null &&
    (prev.asct || prev.phase === "transplant" || prev.phase === "consolidation") &&
    maintenanceAgentsOnly(drugs)
  );
}

function progressedBeforeNext(t: TreatmentFact): boolean {
  return t.progressedOn === true || t.stopReason === "progression";
}

/** Why `next` continues or breaks the line of `prev` (Rajkumar 2015), with the rule that decided. Each
 * trace's inputs are one literal (previous, next, nextStart, then what decided): no merge per entry.
 * `rules` is null when no traces are wanted (codes-only mode): `rules?.push(trace(...))` then builds none. */
function continuesLine(
  prev: TreatmentFact,
  next: TreatmentFact,
  prevDrugs: readonly string[],
  nextDrugs: readonly string[],
  lineHasAsct: boolean,
  rules: RuleTrace[] | null,
  /** How a first transplant `next` with `plannedWithPrevious` not recorded is read (null: no such transplant). */
  transplant: TransplantReading | null,
): boolean {
  const previous = prev.regimen;
  const nextRegimen = next.regimen;
  const nextStart = next.start;
  if (next.asct && lineHasAsct) {
    // A repeat transplant is a new line unless it is a planned tandem.
    if (next.plannedWithPrevious && !progressedBeforeNext(prev)) {
      rules?.push(trace(R.oneLine, { previous, next: nextRegimen, nextStart, plannedTandem: true }));
      return true;
    }
    rules?.push(trace(R.newLineRepeatSct, { previous, next: nextRegimen, nextStart, plannedTandem: false }));
    return false;
  }
  if (progressedBeforeNext(prev)) {
    // Therapy changed because of progression: never the planned continuation of the line.
    rules?.push(
      trace(R.newLineSwitch, { previous, next: nextRegimen, nextStart, progressedOnPrevious: true }),
    );
    return false;
  }
  if (transplant !== null && !transplant.planned) {
    // Review c51-W1: a progression recorded or measured before the transplant: therapy changed for it, a new line.
    rules?.push(
      trace(R.newLineSwitch, { previous, next: nextRegimen, nextStart, progressionBeforeTransplant: true }),
    );
    return false;
  }
  const phased = phasedAfter(prev, next);
  if (next.plannedWithPrevious || phased) {
    rules?.push(
      trace(R.oneLine, {
        previous,
        next: nextRegimen,
        nextStart,
        plannedWithPrevious: next.plannedWithPrevious,
        phase: next.phase,
      }),
    );
    return true;
  }
  if (transplant?.planned === true) {
    // Review c49-W4: the record silent on whether the transplant was planned with the regimen before it:
    // criteria-and-scores.md 9.1's own example (induction -> ASCT) is one line. Counting a second line would read an
    // upfront transplant as a relapse; the answer is asked for (assessLinesAndResponse). Review c56 UNSAFE-4: so is
    // maintenance after the transplant (induction -> ASCT -> maintenance).
    rules?.push(
      trace(
        R.oneLine,
        transplant.kind === "transplant"
          ? {
              previous,
              next: nextRegimen,
              nextStart,
              plannedWithPrevious: null,
              transplantAfterInduction: true,
            }
          : {
              previous,
              next: nextRegimen,
              nextStart,
              plannedWithPrevious: null,
              maintenanceAfterTransplant: true,
            },
      ),
    );
    return true;
  }
  if (nextDrugs.length > 0 && nextDrugs.every((d) => prevDrugs.includes(d))) {
    rules?.push(trace(R.partialStop, { previous, next: nextRegimen, nextStart, sameOrFewerDrugs: true }));
    return true;
  }
  if (rules !== null) {
    // The drugs `next` adds, in its order (a drug named twice, twice), for the trace's words only.
    const added = nextDrugs.filter((d) => !prevDrugs.includes(d));
    const allStopped = prev.end !== null && compareDates(prev.end, next.start) <= 0;
    rules.push(
      trace(allStopped ? R.newLineSwitch : R.newLineAddition, {
        previous,
        next: nextRegimen,
        nextStart,
        added: added.join(", "),
      }),
    );
  }
  return false;
}

/** An entry that is no line of therapy: therapy for smouldering myeloma; or no transplant, and no drug (an
 * observation period), supportive care alone (a bone agent, IVIG or an ESA: SUPPORTIVE_CARE_DRUGS), drugs
 * known not to treat myeloma (an anticoagulant, anti-infective prophylaxis), or drugs of no known class in
 * an entry that does not record the disease it treated (namesMyelomaTherapy; review c9-F1). */
export function isNotALine(t: TreatmentFact, drugs: readonly string[]): boolean {
  return (
    isSmmTherapy(t) ||
    (!t.asct && !namesMyelomaTherapy({ drugs, setting: t.setting, phase: t.phase, asct: t.asct }))
  );
}

/** The rule that says why an entry with drugs is no line (not therapy for smouldering myeloma). */
function notALineRule(t: TreatmentFact, drugs: readonly string[]) {
  if (isStemCellCollection(t)) return R.stemCellCollectionNotALine;
  if (drugs.every(isSupportiveCareDrug)) return R.supportiveCareNotALine;
  return drugs.every(isKnownNonMyelomaDrug) ? R.nonMyelomaDrugNotALine : R.unknownDrugNotALine;
}

/** Therapy recorded for smouldering myeloma (its setting): no line of myeloma therapy (Rajkumar 2015
 * counts lines in multiple myeloma; AQUILA counts the myeloma therapy after it as first line). */
export function isSmmTherapy(t: TreatmentFact): boolean {
  return t.setting === "smoldering-myeloma";
}

/** A progression recorded on an entry that is no line belongs to the line before it: that line has
 * progressed. Returns, by line number, whether that progression makes it refractory (within 60 days of its
 * last dose, IMWG 2011), null when no date tells. */
function progressionAfterLines(
  history: readonly TreatmentFact[],
  notLines: readonly number[],
  lines: LineOfTherapy[],
): Map<number, boolean | null> {
  const out = new Map<number, boolean | null>();
  for (const i of notLines) {
    const t = history[i]!;
    // A progression on therapy for smouldering myeloma is one to myeloma, not after a line.
    if (isSmmTherapy(t)) continue;
    if (!progressionRecorded(t)) continue;
    let before: LineOfTherapy | undefined;
    for (const l of lines) if (compareDates(l.start, t.start) <= 0) before = l;
    if (!before) continue;
    before.progressed = true;
    const pd = recordedProgressionDate(t);
    const within =
      pd !== null && before.end !== null ? daysBetween(before.end, pd) <= REFRACTORY_WINDOW_DAYS : null;
    const had = out.get(before.number);
    out.set(before.number, had === true || within === true ? true : (had ?? within));
  }
  return out;
}

/** The inputs every refractoriness trace of an entry shows (a literal: one shape for every entry). */
function entryInputs(t: TreatmentFact) {
  return {
    regimen: t.regimen,
    start: t.start,
    end: t.end,
    progressedOn: t.progressedOn,
    progressionDate: t.progressionDate,
    bestResponse: t.bestResponse,
  };
}

/** Refractory status of one entry: true, false, or null when the record cannot tell. */
function entryRefractory(t: TreatmentFact, asOf: string, rules: RuleTrace[] | null): boolean | null {
  // PD as the best response is progression on it. Review c53-W2: SD (non-response, IMWG 2011) is no progression, and
  // the drug- and class-level refractoriness the options and labels read is progression-based (treatments.md 5:
  // lenalidomide-refractory; criteria-and-scores.md 9.3, MAMMOTH): the entry is read by its progression as any other,
  // and its drugs are listed apart (nonResponsiveDrugs).
  if (t.bestResponse === "SD" || t.bestResponse === "PD") rules?.push(trace(R.nonResponsive, entryInputs(t)));
  if (t.bestResponse === "PD") return true;
  const pd = recordedProgressionDate(t);
  if (pd !== null && t.end === null && holdsCarT(t.drugs)) {
    // A CAR-T entry with no end is a single infusion, not therapy still given (treatments.md 5b; review
    // c30-W2: refractory "on therapy" 15 months after it): its last dose is the infusion, on its start when
    // the product alone is listed (the record contract's reading), some days after it when the
    // lymphodepletion drugs are too (the day not recorded: within 60 days of the start is within 60 days of
    // the infusion; later, the record cannot tell).
    const daysAfter = daysBetween(t.start, pd);
    const within = daysAfter <= REFRACTORY_WINDOW_DAYS ? true : carTInfusionUndated(t) ? null : false;
    rules?.push(
      trace(
        R.refractory,
        merged(entryInputs(t), { lastDose: t.start, daysAfterLastDose: Math.max(0, daysAfter), within }),
      ),
    );
    return within;
  }
  if (pd !== null && stoppedEndNotRecorded(t) && t.stopReason !== "progression") {
    // Stopped on a day not recorded (its stop reason no progression): whether the progression came within 60 days
    // of its last dose cannot be told.
    rules?.push(trace(R.lastDoseNotRecorded, merged(entryInputs(t), { stopReason: t.stopReason })));
    return null;
  }
  if (pd !== null) {
    const lastDose = t.end ?? asOf;
    // Still being given: the progression is on therapy (0 days after the last dose).
    const daysAfter = t.end === null ? 0 : daysBetween(t.end, pd);
    const within = daysAfter <= REFRACTORY_WINDOW_DAYS;
    rules?.push(
      trace(
        R.refractory,
        merged(entryInputs(t), { lastDose, daysAfterLastDose: Math.max(0, daysAfter), within }),
      ),
    );
    return within;
  }
  if (t.progressedOn === true) {
    rules?.push(trace(R.refractory, entryInputs(t)));
    return true;
  }
  // Stopped because the disease progressed: progression on it (IMWG 2011), though no date is given.
  if (t.stopReason === "progression") {
    rules?.push(trace(R.refractory, merged(entryInputs(t), { stopReason: t.stopReason })));
    return true;
  }
  if (t.progressedOn === false) return false;
  // Still being given and no progression recorded or measured (the lab series is checked before this):
  // not refractory so far, rather than unknown (issue 8: the line being given is not a failed line).
  if (t.end === null || compareDates(t.end, asOf) >= 0) {
    rules?.push(trace(R.ongoingNoProgression, entryInputs(t)));
    return false;
  }
  return null;
}

/** The lab series the response follows (its parameters measurable at baseline), when they show no progression
 * and every one of them was measured on the line; null otherwise. */
function followedSeries(facts: Facts, lab: ResponseResult): (readonly SeriesValue[])[] | null {
  if (lab.progression !== false || lab.notRepeated !== undefined) return null;
  const out: (readonly SeriesValue[])[] = [];
  for (const m of lab.measurableBy) {
    if (m === "serum") out.push(facts.series.serumMProtein);
    else if (m === "urine") out.push(facts.series.urineMProtein);
    else if (m === "flc") out.push(facts.series.involvedFreeLightChain);
  }
  return out.length > 0 ? out : null;
}

/** The latest date of the followed series (followedSeries) when none of them rose after `end`: each value dated
 * after it no higher than its last value on or before it (review c34-F2: a rise 35 days after the last dose,
 * then a fall, read "no progression"; any rise leaves the 60 days to the record). Null with a rise, or a series
 * with no value on or before `end`. Stricter than IMWG's progression on purpose: it only ever answers "not
 * refractory". */
function noRiseThrough(series: readonly (readonly SeriesValue[])[], end: string): string | null {
  let latest: string | null = null;
  for (const xs of series) {
    let before: number | null = null;
    for (const p of xs) {
      if (compareDates(p.date, end) <= 0) before = p.value;
      else if (before === null || p.value > before + 1e-9) return null;
    }
    const last = xs.length === 0 ? null : xs[xs.length - 1]!.date;
    if (last === null || before === null) return null;
    if (latest === null || compareDates(last, latest) > 0) latest = last;
  }
  return latest;
}

/** Days of anti-CD38 therapy given without a break before entry `i` (in line order), each earlier course counted
 * to its last dose plus the week that dose covers (MAMMOTH's >= 4 weeks, criteria-and-scores.md 9.3). The
 * project's reading of "without a break": an earlier course of the same line (a planned sequence is one line, 9.1:
 * through a transplant, review c42-U1; after a pause with no other therapy, review c44-U2: 21 months of D-R
 * maintenance, 8 weeks off, D-R again and progression on day 21 of it is progression on daratumumab after far more
 * than 4 weeks of it), or one of another line whose next course began within the 4 weeks MAMMOTH asks for (review
 * c43-U1: DKd stopped for toxicity, DPd two days later); any other therapy between ends it (review c43-W2: three
 * years of lenalidomide alone between D-VRd and daratumumab re-added). Supportive care does not count. */
function antiCd38DaysBefore(
  lines: readonly LineOfTherapy[],
  history: readonly TreatmentFact[],
  canon: readonly (readonly string[])[],
  i: number,
): number {
  const at = history[i];
  if (at === undefined) return 0;
  const line = lineOfEntry(lines, i);
  let chainStart = at.start;
  let days = 0;
  for (let j = i - 1; j >= 0; j--) {
    const e = history[j]!;
    const drugs = canon[j]!;
    const sameLine = line?.entries.includes(j) === true;
    if (!drugs.some((d) => drugClass(d) === DrugClass.antiCd38)) {
      if ((e.asct === true || e.phase === "transplant") && sameLine) continue;
      if (isNotALine(e, drugs) && !isSmmTherapy(e)) continue;
      break;
    }
    const end = e.end !== null && compareDates(e.end, chainStart) <= 0 ? e.end : chainStart;
    if (!sameLine && daysBetween(end, chainStart) > ANTI_CD38_MIN_DAYS) break;
    days += daysBetween(e.start, end) + (end === e.end ? LAST_DOSE_WEEK_DAYS : 0);
    chainStart = e.start;
  }
  return days;
}

/** The followed values settle that an ended entry was not progressed on within 60 days of its last dose: an
 * assessment dated past the 60 days and before the next line began, and no IMWG progression (from the lowest value,
 * the 2006/2011 wording, the more cautious one) up to and including it (criteria-and-scores.md 9.2: the progression
 * date is the first assessment meeting PD; 6.2: assessments before any new therapy starts, so a response to the next
 * line settles nothing, review c47-U1). For the options only (refractoryNotKnown): the entry's own status stays not
 * known (review c46-W1: DRd ended in CR in 2021, the M-protein at 0 for 26 months, capped every regimen giving its
 * drugs). */
function valuesShowNoProgressionWithin(
  points: Points,
  t: TreatmentFact,
  lineStart: string,
  nextLineStart: string | null,
  baseline: string,
  lightChainOnly: boolean,
): boolean {
  if (t.end === null) return false;
  const until = addDays(t.end, REFRACTORY_WINDOW_DAYS);
  // The first assessment past the 60 days and before the next line: it closes the window, and is read too (review
  // c47-M1: a progression-size rise first measured a year later leaves the window open).
  let closer: string | null = null;
  for (const xs of [points.serum, points.urine, points.flc] as readonly (readonly { date: string }[])[])
    for (const p of xs)
      if (
        compareDates(p.date, until) > 0 &&
        (nextLineStart === null || compareDates(p.date, nextLineStart) < 0) &&
        (closer === null || compareDates(p.date, closer) < 0)
      )
        closer = p.date;
  if (closer === null) return false;
  return progressionBefore(points, lineStart, closer, baseline, "any", lightChainOnly) === null;
}

/** The first progression recorded on an entry after entry `i` (or the last line's measured one), within 60 days
 * of entry `i`'s last dose `end`: the days from it, and the entry it was recorded on; null when none. */
function laterProgressionWithin(
  history: readonly TreatmentFact[],
  i: number,
  end: string,
  measured: { date: string; regimen: string } | null,
): { days: number; regimen: string } | null {
  let best: { days: number; regimen: string } | null = null;
  const start = history[i]!.start;
  const consider = (date: string | null, regimen: string) => {
    // A progression while the entry was given (recorded on an add-on entry, say) is one on it: 0 days (review
    // c45-U2: lenalidomide maintenance recorded to 4 days after a progression recorded on daratumumab added to it).
    if (date === null || compareDates(date, start) < 0) return;
    const days = compareDates(date, end) < 0 ? 0 : daysBetween(end, date);
    if (days <= REFRACTORY_WINDOW_DAYS && (best === null || days < best.days)) best = { days, regimen };
  };
  for (let j = i + 1; j < history.length; j++)
    consider(recordedProgressionDate(history[j]!), history[j]!.regimen);
  if (measured !== null) consider(measured.date, measured.regimen);
  return best;
}

/** An entry with no end and no outcome of its own (entryRefractory read it as still given), ended by the therapy
 * begun on `stoppedBy` (overOnLaterTherapy): whether that therapy began a new line with nothing recorded of why the
 * entry stopped (review c47-W1). A later entry of the same line (a planned sequence, 9.1) goes on only while the
 * disease has not progressed; a recorded stop for toxicity or the patient's choice says the switch was not for
 * progression ("progression" makes it refractory before this). */
function switchReasonNotKnown(
  history: readonly TreatmentFact[],
  lines: readonly LineOfTherapy[],
  i: number,
  stoppedBy: string,
): boolean {
  const t = history[i]!;
  // Toxicity or the patient's choice says why it stopped; "completed" or "planned" with no end does not date the last
  // dose against the switch (review c49-W1: DRd "completed", no end, then Kd: Tec-Dara preferred), nor does "other".
  if (t.progressedOn !== null || t.stopReason === "toxicity" || t.stopReason === "patient-choice")
    return false;
  const line = lineOfEntry(lines, i);
  if (line === undefined) return false;
  for (const j of line.entries) if (j > i && history[j]!.start === stoppedBy) return false;
  return true;
}

function lineOfEntry(lines: readonly LineOfTherapy[], i: number): LineOfTherapy | undefined {
  for (const line of lines) if (line.entries.includes(i)) return line;
  return undefined;
}

/** What the rest of its line tells of entry `i`, ended with no outcome of its own (entryRefractory null;
 * review c33-M3: the induction of a line that went on to a transplant and maintenance read "not known"
 * forever). A planned sequence is one line (criteria-and-scores.md 9.1) and goes on only while the disease
 * has not progressed, so: the line's progression recorded on a later entry of it is this entry's, refractory
 * within 60 days of its last dose (9.2); with none recorded, a later entry of the line begun more than 60
 * days after its end, or the line's followed values with no rise after its end, dated more than 60 days
 * after it (noRiseThrough), show no progression within them. Otherwise still null. */
function outcomeFromLine(
  history: readonly TreatmentFact[],
  line: LineOfTherapy | undefined,
  i: number,
  /** For the entries of the line the response reads: its lab series when they show no progression (IMWG
   * 2016), null otherwise. */
  followed: readonly (readonly SeriesValue[])[] | null,
  rules: RuleTrace[] | null,
): boolean | null {
  const t = history[i]!;
  if (line === undefined || t.end === null) return null;
  const measuredThrough = followed === null ? null : noRiseThrough(followed, t.end);
  if (measuredThrough !== null && daysBetween(t.end, measuredThrough) > REFRACTORY_WINDOW_DAYS) {
    rules?.push(trace(R.outcomeFromLine, merged(entryInputs(t), { measuredThrough, refractory: false })));
    return false;
  }
  let lineProgression: string | null = null;
  let wentOnAfter: string | null = null;
  for (const j of line.entries) {
    const later = history[j]!;
    if (j === i || compareDates(later.start, t.start) < 0) continue;
    const pd = recordedProgressionDate(later);
    if (pd !== null && (lineProgression === null || compareDates(pd, lineProgression) < 0))
      lineProgression = pd;
    if (
      compareDates(later.start, t.end) > 0 &&
      (wentOnAfter === null || compareDates(later.start, wentOnAfter) > 0)
    )
      wentOnAfter = later.start;
  }
  let status: boolean | null = null;
  if (lineProgression !== null) status = daysBetween(t.end, lineProgression) <= REFRACTORY_WINDOW_DAYS;
  else if (wentOnAfter !== null && daysBetween(t.end, wentOnAfter) > REFRACTORY_WINDOW_DAYS) status = false;
  if (status !== null)
    rules?.push(
      trace(
        R.outcomeFromLine,
        merged(entryInputs(t), { lineProgressionDate: lineProgression, wentOnAfter, refractory: status }),
      ),
    );
  return status;
}

/** Review c36-H7: an entry of an earlier line with no outcome of its own, whose line progressed by its values
 * (progression.ts progressionBefore, from the lowest value: the rise confirmed by the next assessment, both
 * measured before the next line began; the dFLC for light-chain disease, review c37-J7) on the entry or
 * within 60 days of its end: refractory (IMWG 2011), the progression the phase reads as that line's relapse. A
 * rise not confirmed before the next line, or one before the entry began, settles nothing (null). */
function outcomeFromValues(
  t: TreatmentFact,
  lines: readonly LineOfTherapy[],
  line: LineOfTherapy | undefined,
  points: Points,
  rules: RuleTrace[] | null,
  /** The record's heavy chain is "none" (progression.ts progressionBefore). */
  lightChainOnly: boolean,
): boolean | null {
  if (line === undefined || t.end === null) return null;
  const next = lines[lines.indexOf(line) + 1];
  if (next === undefined) return null;
  // From the lowest value (2006/2011), as the phase reads the switch (engine/switch-rise.ts).
  const baseline = lines[0]!.start;
  const rise = progressionBefore(points, line.start, next.start, baseline, "any", lightChainOnly);
  if (rise === null || !rise.confirmed || compareDates(rise.date, t.start) < 0) return null;
  // Review c37-J9: the progression date is that of the first assessment meeting PD (IMWG); more than 60 days
  // after the entry's end, relapsed after it, not refractory to it (IMWG 2011).
  const refractory = daysBetween(t.end, rise.date) <= REFRACTORY_WINDOW_DAYS;
  const confirmedOn = rise.confirmation?.by === "second-assessment" ? rise.confirmation.on : null;
  rules?.push(
    trace(
      R.outcomeFromValues,
      merged(entryInputs(t), {
        param: rise.param,
        from: rise.nadir,
        to: rise.value,
        progressionDate: rise.date,
        ...(refractory ? { confirmedOn } : {}),
        nextLineStart: next.start,
        refractory,
      }),
    ),
  );
  return refractory;
}

/** Therapy for smouldering myeloma still given, nothing recorded of its outcome, while today's values meet
 * active myeloma (review c14, HARM 1: lenalidomide for high-risk SMM, M-protein 1.7 -> 2.4 g/dL and Hb 9.7
 * g/dL on it, read "not lenalidomide-refractory"). */
function smmTherapyOnWhileActive(t: TreatmentFact, activeMyeloma: boolean, asOf: string): boolean {
  return (
    activeMyeloma &&
    isSmmTherapy(t) &&
    (t.end === null || compareDates(t.end, asOf) >= 0) &&
    t.progressedOn === null &&
    recordedProgressionDate(t) === null &&
    t.stopReason !== "progression" &&
    t.bestResponse !== "SD" &&
    t.bestResponse !== "PD"
  );
}

/** Its refractoriness: not known (the disease may have progressed on it), with the rule that says why. */
function smmProgressionNotKnown(t: TreatmentFact, rules: RuleTrace[] | null): null {
  rules?.push(trace(R.smmTherapyActiveNow, entryInputs(t)));
  return null;
}

/** The drugs a history names, each once by its canonical name in first-seen order, with its class, whether
 * the class table knows it, and whether an entry was refractory to it (parallel lists: no object per drug). */
class DrugTally {
  readonly names: string[] = [];
  readonly classes: DrugClass[] = [];
  readonly known: boolean[] = [];
  readonly refractory: boolean[] = [];

  /** The position of `canonical`, added when new. The class and knownness of a canonical name are those
   * of every spelling of it (drug-classes: an alias and its canonical name are in the same class, and
   * both are known), so each is looked up once. */
  add(canonical: string): number {
    const k = this.names.indexOf(canonical);
    if (k >= 0) return k;
    this.names.push(canonical);
    this.classes.push(drugClass(canonical));
    this.known.push(isKnownDrug(canonical));
    this.refractory.push(false);
    return this.names.length - 1;
  }
}

/** Counts lines of therapy and derives exposure and refractoriness from the treatment history.
 * @example assessLinesOfTherapy(facts).count // 1 for VRd -> ASCT -> lenalidomide maintenance
 */
export function assessLinesOfTherapy(facts: Facts): LinesOfTherapyResult {
  return assessLinesAndResponse(facts).linesOfTherapy;
}

/** assessLinesAndResponse of a record with no treatment entry (most records): no line, no drug, and the
 * response without a line. The same result, key for key, as the passes over the history give for an empty
 * one (no trace is written for it), without their working lists and tallies. */
function untreated(
  facts: Facts,
  points: Points | undefined,
  codesOnly: boolean,
): { linesOfTherapy: LinesOfTherapyResult; response: ResponseResult } {
  const lines: LineOfTherapy[] = [];
  const linesOfTherapy: LinesOfTherapyResult = {
    lines,
    count: 0,
    priorLines: 0,
    onTherapy: false,
    exposedDrugs: [],
    refractoryDrugs: [],
    exposedClasses: [],
    refractoryClasses: [],
    lenalidomideRefractory: false,
    antiCd38Refractory: false,
    smmTherapyOutcomeUnknown: false,
    tripleClassExposed: false,
    tripleClassRefractory: false,
    quadRefractory: false,
    pentaRefractory: false,
    priorAsct: false,
    priorBcmaTherapy: false,
    unknownDrugs: [],
    rules: [],
    missing: [],
  };
  return { linesOfTherapy, response: assessResponse(facts, { lines }, points, { codesOnly }) };
}

/** The canonical names of an entry's drugs, in a new list filled by push from one literal: `drugs.map`
 * gave an entry with no drug a list of another element kind than one with drugs, and code optimised on
 * the one was thrown away at the other (a "wrong map" deoptimisation where the lists are looped over). */
function canonicalNames(drugs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < drugs.length; i++) out.push(canonicalDrugName(drugs[i]!));
  return withoutLymphodepletion(out);
}

/** Lines of therapy and the IMWG response of the current line, computed together: refractoriness
 * needs the response (a confirmed lab progression counts), so the engine takes both from one pass. */
export function assessLinesAndResponse(
  facts: Facts,
  /** The record's dated series when the caller has collected them already (collectPoints(facts)). */
  points?: Points,
  /** The treatment entries by start date, then record index, when the caller has sorted them already
   * (engine/phase inLineOrder sorts them the same way). */
  inOrder?: readonly TreatmentFact[],
  /** codesOnly: no rule traces and no words of the response (the compact view reads neither).
   * activeMyeloma: today's values meet active myeloma (the diagnosis's category), which makes therapy for
   * smouldering myeloma still given a therapy the disease may have progressed on (review c14).
   * alAmyloidosis: the response's myeloma-only FLC readings are not made (assessResponse). */
  {
    codesOnly = false,
    activeMyeloma = false,
    alAmyloidosis = false,
  }: { codesOnly?: boolean; activeMyeloma?: boolean; alAmyloidosis?: boolean } = {},
): {
  linesOfTherapy: LinesOfTherapyResult;
  response: ResponseResult;
} {
  if ((inOrder ?? facts.treatmentHistory).length === 0) return untreated(facts, points, codesOnly);
  const history = inOrder ?? [...facts.treatmentHistory].sort(byStartThenIndex);
  const rules: RuleTrace[] | null = codesOnly ? null : [];
  const missing: MissingInput[] = [];
  // Review c60-M3: the line-count questions about entries begun by asOf, each once, and which way its answer against
  // the reading would move the count (LinesOfTherapyResult.countQuestions).
  let countQuestions: { field: string; change: -1 | 1 }[] | null = null;
  const countQuestion = (t: TreatmentFact, change: -1 | 1): void => {
    if (compareDates(t.start, facts.asOf) > 0) return;
    const field = `treatmentHistory.${t.index}.plannedWithPrevious`;
    if (countQuestions === null) countQuestions = [];
    else if (countQuestions.some((q) => q.field === field)) return;
    countQuestions.push({ field, change });
  };
  // Each entry's drugs by their canonical names, worked out once for the lines, the exposure and the
  // refractoriness below (each name is trimmed, lower-cased and looked up).
  const canon: string[][] = [];
  // A transplant anywhere in the history (read here, not by a closure over it below).
  let priorAsct = false;
  for (const t of history) {
    canon.push(canonicalNames(t.drugs));
    if (t.asct) priorAsct = true;
  }
  const groups: number[][] = [];
  let lineHasAsct = false;
  // The dated values, collected when they are read: before a transplant read as planned (review c51-W1), and for an
  // earlier line's outcome (outcomeFromValues).
  let valuePoints: Points | undefined;
  // Entries with no drug and no transplant (observation) are no line (Rajkumar 2015: >= 1 cycle of a
  // drug or regimen, or a transplant); a progression recorded on one is one after the line before it.
  const notLines: number[] = [];
  let prevIndex = -1;
  for (let i = 0; i < history.length; i++) {
    const t = history[i]!;
    if (isNotALine(t, canon[i]!)) {
      notLines.push(i);
      const n = canon[i]!.length;
      rules?.push(
        isSmmTherapy(t)
          ? trace(R.smmTherapyNotALine, { entry: t.regimen, start: t.start, setting: "smoldering-myeloma" })
          : n === 0
            ? trace(R.notALine, { entry: t.regimen, start: t.start, drugs: 0, asct: false })
            : trace(notALineRule(t, canon[i]!), {
                entry: t.regimen,
                start: t.start,
                drugs: canon[i]!.join(", "),
              }),
      );
      continue;
    }
    const prev = prevIndex >= 0 ? history[prevIndex] : undefined;
    const prevDrugs = prevIndex >= 0 ? canon[prevIndex]! : [];
    prevIndex = i;
    // Guarded: an index of -1 (an empty list) is a slow property look-up, not an element read.
    const current = groups.length > 0 ? groups[groups.length - 1] : undefined;
    // Review c51-W1, c52-W2: a transplant after a progression confirmed on the line's values (a deferred or salvage
    // transplant at relapse) is a new line: the values from the line's start to the transplant, from the lowest value
    // (as a switch is read). A rise not confirmed leaves the planned reading (the question is asked).
    let transplant: TransplantReading | null = null;
    if (prev && current && transplantToRead(prev, t, lineHasAsct)) {
      valuePoints ??= points ?? collectPoints(facts);
      const lineStart = history[current[0]!]!.start;
      const firstStart = history[groups[0]![0]!]!.start;
      const lightChainOnly = facts.labs.heavyChain === "none";
      const against =
        progressionRecorded(prev) ||
        prev.bestResponse === "PD" ||
        progressionBefore(valuePoints, lineStart, t.start, firstStart, "any", lightChainOnly)?.confirmed ===
          true;
      transplant = { planned: !against, asked: against || !phasedAfter(prev, t), kind: "transplant" };
      if (transplant.asked) {
        countQuestion(t, against ? -1 : 1);
        missing.push({
          field: `treatmentHistory.${t.index}.plannedWithPrevious`,
          neededFor: against
            ? `the line count: read as a new line (a progression recorded or measured on ${prev.regimen} before it); true if it was planned with it (one line)`
            : `the line count: read as planned with ${prev.regimen}, one line (criteria-and-scores.md 9.1: induction then transplant); false if it was not (a new line)`,
        });
      }
    } else if (prev && current && maintenanceToRead(prev, t, canon[i]!, lineHasAsct)) {
      // Against it, as for a transplant: a progression recorded on the entry before, or confirmed on the line's values
      // before this one began (therapy changed for it: a new line, as before, nothing asked).
      valuePoints ??= points ?? collectPoints(facts);
      const lineStart = history[current[0]!]!.start;
      const firstStart = history[groups[0]![0]!]!.start;
      const rise = progressionBefore(
        valuePoints,
        lineStart,
        t.start,
        firstStart,
        "any",
        facts.labs.heavyChain === "none",
      );
      const against = progressionRecorded(prev) || prev.bestResponse === "PD" || rise?.confirmed === true;
      // Review c57-W5, c58-W1, c59-W3: begun long after the transplant the record cannot tell maintenance from relapse
      // therapy: with a rise measured before it began (confirmed or not), a new line, asked; with the values flat, a
      // late maintenance, read as maintenance, the question saying how late it began.
      const late = daysBetween(prev.end ?? prev.start, t.start) > MAINTENANCE_READ_WINDOW_DAYS;
      if (!against && late && rise !== null) {
        countQuestion(t, -1);
        missing.push({
          field: `treatmentHistory.${t.index}.plannedWithPrevious`,
          neededFor: `the line count: read as a new line (begun more than 6 months after ${prev.regimen}, after a rise measured before it began); true if it was planned as its maintenance (one line)`,
        });
      } else if (!against) {
        transplant = { planned: true, asked: true, kind: "maintenance" };
        countQuestion(t, 1);
        missing.push({
          field: `treatmentHistory.${t.index}.plannedWithPrevious`,
          neededFor: late
            ? `the line count: read as maintenance after the transplant, one line, its phase not recorded, though begun more than 6 months after ${prev.regimen}, later than maintenance after a transplant usually begins; false if it was therapy for a relapse (a new line)`
            : `the line count: read as maintenance after the transplant, one line (criteria-and-scores.md 9.1: induction, transplant, maintenance), its phase not recorded; false if it was not planned (a new line)`,
        });
      }
    }
    // Review c57 W3, W4: what only the team can say, asked (the importer names the case too). A CAR-T product after a
    // regimen with no progression recorded on it: that regimen may be its bridging therapy, one line with it. A
    // repeat transplant after no recorded progression: a planned tandem is one line (criteria-and-scores.md 9.1 (3)).
    if (prev && current && t.plannedWithPrevious === null && !progressedBeforeNext(prev)) {
      if (holdsCarT(t.drugs) && !holdsCarT(prev.drugs) && !prev.asct) {
        countQuestion(t, -1);
        missing.push({
          field: `treatmentHistory.${t.index}.plannedWithPrevious`,
          neededFor: `the line count: read as a new line; true if ${prev.regimen} was its bridging therapy (one line with the CAR-T)`,
        });
      }
      // Review c58-m6: right after the first (nothing between), not 6 years later after its maintenance.
      else if (t.asct && lineHasAsct && prev.asct) {
        countQuestion(t, -1);
        missing.push({
          field: `treatmentHistory.${t.index}.plannedWithPrevious`,
          neededFor:
            "the line count: a repeat transplant is read as a new line; true if it was a planned tandem (one line)",
        });
      }
    }
    if (prev && current && continuesLine(prev, t, prevDrugs, canon[i]!, lineHasAsct, rules, transplant)) {
      current.push(i);
      lineHasAsct ||= t.asct;
    } else {
      groups.push([i]);
      lineHasAsct = t.asct;
    }
  }

  const lines: LineOfTherapy[] = [];
  for (let n = 0; n < groups.length; n++) lines.push(lineOf(history, canon, groups[n]!, n + 1, facts.asOf));
  // Review c32-m7: a regimen begun after a CAR-T entry whose infusion day is not recorded (its start is apheresis
  // or lymphodepletion), no progression recorded on it, may be bridging therapy before the infusion, one line with
  // it (criteria-and-scores.md 9.1: a planned sequence): counted as a new line until the record says which.
  for (let n = 1; n < lines.length; n++)
    for (const i of lines[n - 1]!.entries) {
      const carT = history[i]!;
      if (!holdsCarT(carT.drugs) || !carTInfusionUndated(carT) || progressionRecorded(carT)) continue;
      countQuestion(history[lines[n]!.entries[0]!]!, -1);
      missing.push({
        field: `treatmentHistory.${history[lines[n]!.entries[0]!]!.index}.plannedWithPrevious`,
        neededFor: `the line count: bridging therapy before the CAR-T infusion is one line with it (or record the infusion day, treatmentHistory.${carT.index}.end)`,
      });
    }
  // An entry with no end in a line a later line followed by asOf: its end tells which drugs are given now. Not asked
  // of an induction a transplant ended (review c46-m2: D-VRd, the transplant, maintenance, then a new line: the
  // high-dose melphalan ends the induction, addsToOpenEntry).
  for (let n = 0; n + 1 < lines.length; n++) {
    if (compareDates(lines[n + 1]!.start, facts.asOf) > 0) break;
    for (const i of lines[n]!.entries) {
      const t = history[i]!;
      if (t.end !== null || holdsCarT(t.drugs)) continue;
      // entryOver for an entry that is no CAR-T: a later therapy ended it.
      const at = overOnLaterTherapy(history, i, facts.asOf);
      if (at !== null && !transplantBegunOn(history, i, at))
        missing.push({
          field: `treatmentHistory.${t.index}.end`,
          neededFor: `the drugs given now (line ${n + 2} began ${lines[n + 1]!.start})`,
        });
    }
  }
  // Only entries that are no line can hold such a progression: no Map for a history without one.
  const progressedAfter = notLines.length === 0 ? null : progressionAfterLines(history, notLines, lines);

  const last = lines.length > 0 ? lines[lines.length - 1] : undefined;
  // A line whose entries all stopped on days not recorded has no end and is not given (review c56 WRONG-1).
  const onTherapy =
    last !== undefined &&
    compareDates(last.start, facts.asOf) <= 0 &&
    (last.end === null
      ? !last.entries.every((i) => stoppedEndNotRecorded(history[i]!))
      : compareDates(last.end, facts.asOf) >= 0);

  // The drugs given, each once (canonical name), with its class and what the entries say of it.
  const drugs = new DrugTally();
  let lenalidomideTrue = false;
  let lenalidomideNull = false;
  let antiCd38True = false;
  let antiCd38Null = false;
  // Anti-CD38 antibodies progressed on (or within 60 days) after under 4 weeks of them (MAMMOTH not met).
  let antiCd38Short: string[] | null = null;
  /** The drugs of entries whose best response is SD (review c53-W2), steroids and one-time treatments aside. */
  const nonResponsive = new Set<string>();
  let antiCd38ShortCourses: NonNullable<LinesOfTherapyResult["antiCd38ShortCourses"]> | null = null;
  let despiteRecordedNo: NonNullable<LinesOfTherapyResult["refractoryDespiteRecordedNo"]> | null = null;
  // Review c34-F3: a null that a progression by asOf would make true (an entry ended within 60 days of asOf, or
  // of a possible progression measured: any progression since is within 60 days of its last dose,
  // criteria-and-scores.md 9.2).
  const ifProgressed: string[] = [];
  // Each drug's status on the latest entry giving it (a later course without progression settles an earlier
  // course's unknown: the disease was not refractory to the drug then), for refractoryNotKnown (review c45-U1).
  let latestStatus: Map<string, { start: string; status: boolean | null; unlisted: boolean }> | null = null;
  // The current line's progression date (the response's: the earliest of a confirmed lab rise, the dates
  // recorded on its entries and new-lesion imaging, kumar-2016-lancet-oncol) is the date refractoriness
  // (rajkumar-2011-blood, 60 days from the last dose) reads for each of its entries begun by then, in
  // place of a later (or no) recorded date: one progression date for both uses.
  const lab = assessResponse(facts, { lines }, points, { codesOnly, alAmyloidosis });
  const linePdDate = lab.progression === true ? lab.progressionDate : null;
  // That progression as a later entry's, for the entries before the last line (laterProgressionWithin).
  const lastLinePd =
    linePdDate !== null && last !== undefined
      ? { date: linePdDate, regimen: last.regimens.join(" + ") }
      : null;
  const followed = followedSeries(facts, lab);
  // The date a progression of the last line would have, under "if it has progressed": a possible progression
  // measured (a PD not confirmed yet) when there is one, else asOf at the latest (review c35-G3: a rise on day 59
  // after Isa-Pd, asOf on day 61).
  const possiblePd =
    lab.current === "PD" && lab.progression !== true && lab.progressionDate !== null
      ? lab.progressionDate
      : null;
  const ifProgressedBy =
    possiblePd !== null && compareDates(possiblePd, facts.asOf) < 0 ? possiblePd : facts.asOf;
  const entryStatus: (boolean | null)[] = [];
  let smmTherapyOutcomeUnknown = false;
  for (let i = 0; i < history.length; i++) {
    const recorded = history[i]!;
    // No drug to judge on an entry that is no line (its progression went to the line before it), except
    // therapy for smouldering myeloma: no line, but its drugs were given and can be refractory (review c8-19).
    if (isNotALine(recorded, canon[i]!) && !isSmmTherapy(recorded)) continue;
    const ownDate = recordedProgressionDate(recorded);
    // Not for an entry with no end that a later therapy (a transplant, say) ended before the line's progression: the
    // progression was not on it, and its last dose is not known (review c45-W1; the c44-U1 reading below).
    const endedBefore =
      recorded.end === null && linePdDate !== null ? overOnLaterTherapy(history, i, facts.asOf) : null;
    const fromLine =
      linePdDate !== null &&
      last?.entries.includes(i) === true &&
      recorded.progressedOn !== true &&
      compareDates(recorded.start, linePdDate) <= 0 &&
      (ownDate === null || compareDates(linePdDate, ownDate) < 0) &&
      !(endedBefore !== null && compareDates(endedBefore, linePdDate) < 0);
    const t = fromLine ? { ...recorded, progressionDate: linePdDate } : recorded;
    if (fromLine)
      rules?.push(
        trace(R.refractory, {
          regimen: t.regimen,
          lineProgressionDate: linePdDate,
          from: lab.progressionDateFrom,
          recordedProgressionDate: recorded.progressionDate,
        }),
      );
    const smmOutcomeUnknown = smmTherapyOnWhileActive(t, activeMyeloma, facts.asOf);
    const lineBest = t.bestResponse === "SD" ? (lineOfEntry(lines, i)?.bestResponse ?? null) : null;
    // A one-time treatment is not listed as a drug a progression would make refractory: a transplant's
    // high-dose melphalan, a CAR-T product and its lymphodepletion (review c36-H10: IMWG reports
    // refractoriness by the drugs and classes a regimen is chosen for, criteria-and-scores.md 9.3); nor read
    // against a later progression.
    const transplantEntry = t.asct === true || t.phase === "transplant";
    const carTEntry = holdsCarT(t.drugs);
    const readsLaterProgression = !smmOutcomeUnknown && !transplantEntry && !carTEntry;
    if (smmOutcomeUnknown) smmTherapyOutcomeUnknown = true;
    const own = smmOutcomeUnknown ? smmProgressionNotKnown(t, rules) : entryRefractory(t, facts.asOf, rules);
    let status =
      own === null && !smmOutcomeUnknown
        ? outcomeFromLine(
            history,
            lineOfEntry(lines, i),
            i,
            last?.entries.includes(i) === true ? followed : null,
            rules,
          )
        : own;
    if (status === null && !smmOutcomeUnknown && last?.entries.includes(i) !== true) {
      valuePoints ??= points ?? collectPoints(facts);
      status = outcomeFromValues(
        t,
        lines,
        lineOfEntry(lines, i),
        valuePoints,
        rules,
        facts.labs.heavyChain === "none",
      );
    }
    // IMWG 2011 (criteria-and-scores.md 9.2): refractory to a drug is progression on it or within 60 days of its
    // last dose, under the next regimen too (review c43-U1, W1: DKd stopped for toxicity, DPd begun two days later,
    // progression 23 days after the last carfilzomib dose; `progressedOn: false` says only that it was not on DKd).
    // A transplant's one-time melphalan and a CAR-T infusion aside.
    if (status !== true && readsLaterProgression && t.end !== null) {
      const later = laterProgressionWithin(
        history,
        i,
        t.end,
        // The last line's measured progression is its own entries' already (followed as recorded there).
        last?.entries.includes(i) === true ? null : lastLinePd,
      );
      if (later !== null) {
        status = true;
        if (t.progressedOn === false) {
          despiteRecordedNo ??= [];
          despiteRecordedNo.push({
            entry: t.index,
            regimen: t.regimen,
            lastDose: t.end,
            daysAfterLastDose: later.days,
            progressionOn: later.regimen,
          });
        }
        rules?.push(
          trace(
            R.refractory,
            merged(entryInputs(t), {
              lastDose: t.end,
              daysAfterLastDose: later.days,
              within: true,
              progressionOn: later.regimen,
            }),
          ),
        );
      }
    }
    // Review c44-U1: an entry with no end that a later therapy ended read "ongoing, not refractory" (DKd with no end,
    // Pd from 07-05, progression on Pd 46 days later: Tec-Dara preferred). Its last dose is on or before the later
    // therapy's start, so a progression within 60 days of that start may be within 60 days of it (9.2): not known,
    // and its end is asked for. A progression later than that is more than 60 days after its last dose: not refractory.
    let lastDoseNotKnown = false;
    let switchNotKnown: string | null = null;
    if (status === false && readsLaterProgression && t.end === null) {
      const stoppedBy = overOnLaterTherapy(history, i, facts.asOf);
      const measured = lastLinePd;
      // Still given (nothing ended it; a later entry only added drugs to it): a progression recorded since its start
      // is a progression on it (review c45-U2: refractory, IMWG 2011).
      const onIt =
        stoppedBy === null && namesMyelomaTherapy(t)
          ? laterProgressionWithin(history, i, facts.asOf, measured)
          : null;
      if (onIt !== null) {
        status = true;
        rules?.push(
          trace(R.refractory, merged(entryInputs(t), { stillGiven: true, progressionOn: onIt.regimen })),
        );
      }
      const later = stoppedBy === null ? null : laterProgressionWithin(history, i, stoppedBy, measured);
      if (later !== null) {
        status = null;
        lastDoseNotKnown = true;
        rules?.push(
          trace(
            R.lastDoseNotKnown,
            merged(entryInputs(t), {
              laterStart: stoppedBy,
              daysAfterIt: later.days,
              progressionOn: later.regimen,
            }),
          ),
        );
      } else if (stoppedBy !== null && switchReasonNotKnown(history, lines, i, stoppedBy)) {
        // Review c47-W1: DRd with no end and no outcome, then VCd (a new line): read "ongoing, not refractory". A new
        // line ended it, and nothing recorded says why: a progression on it is what most often starts the next
        // line (criteria-and-scores.md 9.1, 9.2), so its refractoriness is not known until its outcome is recorded.
        status = null;
        switchNotKnown = stoppedBy;
        rules?.push(trace(R.switchReasonNotKnown, merged(entryInputs(t), { nextLineStart: stoppedBy })));
      }
    }
    entryStatus[i] = status;
    if (status === null)
      missing.push(
        // A CAR-T entry with no end: what tells is the infusion day, its end (review c30-W2).
        t.end === null && holdsCarT(t.drugs)
          ? { field: `treatmentHistory.${t.index}.end`, neededFor: "refractoriness: the CAR-T infusion day" }
          : lastDoseNotKnown
            ? {
                field: `treatmentHistory.${t.index}.end`,
                neededFor:
                  "refractoriness: its last dose (a progression came within 60 days of the start of the therapy after it)",
              }
            : switchNotKnown !== null
              ? {
                  field: `treatmentHistory.${t.index}.progressedOn`,
                  neededFor: `refractoriness: whether the disease progressed on it before the next line began (${switchNotKnown})`,
                }
              : stoppedEndNotRecorded(t)
                ? {
                    field: `treatmentHistory.${t.index}.end`,
                    neededFor: `refractoriness: its last dose (stopped, ${t.stopReason}, on a day not recorded)`,
                  }
                : { field: `treatmentHistory.${t.index}.progressedOn`, neededFor: "refractoriness" },
      );
    // Of any line (review c36-H2: DPd stopped for toxicity, then 20 days of Kd): the last line's progression comes
    // after every earlier entry, so by then it is within 60 days of this one's end too.
    const withinWindowOfAsOf =
      status === null && t.end !== null && daysBetween(t.end, ifProgressedBy) <= REFRACTORY_WINDOW_DAYS;
    // Whether the values settle a not-known status as no progression within 60 days (read once, when needed).
    let settledNo: boolean | undefined;
    for (const d of canon[i]!) {
      const k = drugs.add(d);
      let drugStatus = status;
      if (drugs.classes[k] === DrugClass.antiCd38) {
        // Fewer than 4 weeks of it: never refractory, whatever the outcome (an unknown one too).
        if (status !== false) {
          // MAMMOTH's >= 4 weeks are weeks of therapy (criteria-and-scores.md 9.3). The project's reading of the
          // dates: to the last dose plus the week that dose covers (the first cycles of daratumumab and isatuximab
          // are weekly: four weekly doses, the last on day 22, are four weeks of therapy; review c38-K1), or to the
          // progression when it came before that week ended; never to a progression after it (review c37-J5: it adds
          // no therapy). One reading whether the entry's end is recorded on the progression day or after it (review
          // c44-U2: an end on the day of a progression on day 21 read four weeks, one day later three).
          const pd = t.progressionDate;
          const covered =
            t.end !== null
              ? daysBetween(t.start, t.end) + LAST_DOSE_WEEK_DAYS
              : daysBetween(t.start, facts.asOf);
          const own =
            pd !== null && compareDates(pd, t.start) >= 0
              ? Math.min(daysBetween(t.start, pd), covered)
              : covered;
          // The weeks are the line's (review c42-U1: D-VRd for 6 months, a transplant, then progression on day 22
          // of D-R maintenance is anti-CD38-refractory): its earlier entries with an anti-CD38 antibody count.
          const days = own < ANTI_CD38_MIN_DAYS ? own + antiCd38DaysBefore(lines, history, canon, i) : own;
          if (days < ANTI_CD38_MIN_DAYS) {
            drugStatus = false;
            if (status === true) {
              antiCd38Short ??= [];
              if (!antiCd38Short.includes(d)) antiCd38Short.push(d);
              antiCd38ShortCourses ??= [];
              antiCd38ShortCourses.push({ drug: d, regimen: t.regimen, start: t.start, daysOfTherapy: days });
            }
            rules?.push(
              trace(R.antiCd38Duration, { drug: d, entry: i, daysOfTherapy: days, counted: false }),
            );
          }
        }
        if (drugStatus === true) antiCd38True = true;
        else if (drugStatus === null) {
          antiCd38Null = true;
          if (withinWindowOfAsOf && !ifProgressed.includes(d)) ifProgressed.push(d);
        }
      }
      if (drugStatus === null || latestStatus !== null) {
        latestStatus ??= new Map();
        const before = latestStatus.get(d);
        // Null within 60 days of asOf is the "if progressed" reading's (refractoryDrugsIfProgressed); one the values
        // settle is no open question for the options (review c46-W1, W2, M1).
        if (drugStatus === null && !withinWindowOfAsOf && settledNo === undefined) {
          valuePoints ??= points ?? collectPoints(facts);
          const line = lineOfEntry(lines, i);
          settledNo = valuesShowNoProgressionWithin(
            valuePoints,
            t,
            line?.start ?? t.start,
            line === undefined ? null : (lines.find((l) => l.number === line.number + 1)?.start ?? null),
            lines[0]?.start ?? t.start,
            facts.labs.heavyChain === "none",
          );
        }
        if (before === undefined || compareDates(t.start, before.start) >= 0)
          latestStatus.set(d, {
            start: t.start,
            status: drugStatus === null && (withinWindowOfAsOf || settledNo === true) ? false : drugStatus,
            // A one-time treatment is not listed; nor a drug of the last line while its progression is the open
            // question, which the pathway reads under both answers (refractoryDrugsIfProgressed; review c34). An entry
            // stopped on a day not recorded with a progression after it is listed: the progression is no question,
            // its last dose is (review c57-W2: lenalidomide not known, DRd and KRd stayed standard).
            unlisted:
              carTEntry ||
              (transplantEntry && d === "melphalan") ||
              (last?.entries.includes(i) === true &&
                last.progressed === null &&
                !(stoppedEndNotRecorded(t) && recordedProgressionDate(t) !== null)),
          });
      }
      // Review c54-1: non-response is the line's (C§9.2: fails to reach MR while on therapy): an entry's SD counts
      // only when no entry of its line reached MR or better (VRd to VGPR, then maintenance recorded SD, responded).
      if (
        t.bestResponse === "SD" &&
        lineBest === "SD" &&
        !carTEntry &&
        !(transplantEntry && d === "melphalan") &&
        drugs.classes[k] !== DrugClass.steroid
      )
        nonResponsive.add(d);
      if (drugStatus === true) drugs.refractory[k] = true;
      else if (
        drugStatus === null &&
        withinWindowOfAsOf &&
        !carTEntry &&
        !(transplantEntry && d === "melphalan") &&
        d !== "lenalidomide" &&
        drugs.classes[k] !== DrugClass.antiCd38 &&
        drugs.classes[k] !== DrugClass.steroid &&
        !ifProgressed.includes(d)
      )
        ifProgressed.push(d);
      if (d === "lenalidomide") {
        if (drugStatus === true) lenalidomideTrue = true;
        else if (drugStatus === null) {
          lenalidomideNull = true;
          if (withinWindowOfAsOf && !ifProgressed.includes(d)) ifProgressed.push(d);
        }
      }
    }
  }

  // A line is refractory when any of its entries is (progression on it or within 60 days of its last dose).
  for (const line of lines) {
    line.refractory = lineRefractory(line.entries, entryStatus);
    const after = progressedAfter?.get(line.number);
    if (after !== undefined && line.refractory !== true) line.refractory = after;
  }

  const exposedCount = noClasses();
  const refractoryCount = noClasses();
  const exposedDrugs: string[] = [];
  const refractoryDrugs: string[] = [];
  const unknownDrugs: string[] = [];
  for (let k = 0; k < drugs.names.length; k++) {
    const d = drugs.names[k]!;
    const c = drugs.classes[k]!;
    exposedDrugs.push(d);
    exposedCount[c]++;
    if (drugs.refractory[k] === true) {
      // Corticosteroids are given with nearly every regimen: IMWG reports refractoriness by the drugs and
      // classes a regimen is chosen for (anti-CD38, PI, IMiD; criteria-and-scores.md 9, gandhi-2019-leukemia),
      // never dexamethasone, so a steroid is not listed as a refractory drug (as refractoryClasses skips
      // the class).
      if (c !== DrugClass.steroid) refractoryDrugs.push(d);
      refractoryCount[c]++;
    }
    if (!drugs.known[k]) unknownDrugs.push(d);
  }
  sortStrings(exposedDrugs);
  sortStrings(refractoryDrugs);
  sortStrings(unknownDrugs);

  const pis = refractoryCount[DrugClass.proteasomeInhibitor];
  const imids = refractoryCount[DrugClass.immunomodulatory];
  const cd38 = refractoryCount[DrugClass.antiCd38];
  const tripleClassRefractory = cd38 >= 1 && pis >= 1 && imids >= 1;
  const quadRefractory = tripleClassRefractory && (pis >= 2 || imids >= 2);
  const pentaRefractory = cd38 >= 1 && pis >= 2 && imids >= 2;
  const tripleClassExposed =
    exposedCount[DrugClass.antiCd38] >= 1 &&
    exposedCount[DrugClass.proteasomeInhibitor] >= 1 &&
    exposedCount[DrugClass.immunomodulatory] >= 1;
  if (rules !== null) {
    const classInputs = { refractoryPIs: pis, refractoryIMiDs: imids, refractoryAntiCd38: cd38 };
    if (tripleClassExposed) rules.push(trace(R.tripleClassExposed, { exposed: exposedDrugs.join(", ") }));
    if (tripleClassRefractory) rules.push(trace(R.tripleClassRefractory, classInputs));
    if (quadRefractory) rules.push(trace(R.quadRefractory, classInputs));
    if (pentaRefractory) rules.push(trace(R.pentaRefractory, classInputs));
  }

  const lenalidomideRefractory = lenalidomideTrue ? true : lenalidomideNull ? null : false;
  const antiCd38Refractory = antiCd38True ? true : antiCd38Null ? null : false;

  const linesOfTherapy: LinesOfTherapyResult = {
    lines,
    count: lines.length,
    // Review c90-m3 (criteria-and-scores.md 9.1; the phase's count): a line the disease progressed on is finished for the
    // count of prior lines even when the record shows it as still given (DRd with no end, progression recorded on it).
    priorLines: onTherapy && last?.progressed !== true ? lines.length - 1 : lines.length,
    onTherapy,
    exposedDrugs,
    refractoryDrugs,
    // No drug counted, no class (classesOf reads each class's count by name, a slow look-up each).
    exposedClasses: exposedDrugs.length === 0 ? [] : classesOf(exposedCount, false),
    refractoryClasses: refractoryDrugs.length === 0 ? [] : classesOf(refractoryCount, true),
    lenalidomideRefractory,
    antiCd38Refractory,
    smmTherapyOutcomeUnknown,
    tripleClassExposed,
    tripleClassRefractory,
    quadRefractory,
    pentaRefractory,
    priorAsct,
    priorBcmaTherapy: exposedCount[DrugClass.bcmaDirected] > 0,
    unknownDrugs,
    rules: rules ?? [],
    missing,
  };
  // Refractory by another course, the short one says nothing more (review c42-m3).
  if (antiCd38Short !== null && antiCd38Refractory !== true) {
    linesOfTherapy.antiCd38ProgressedUnder4Weeks = sortStrings(antiCd38Short);
    if (antiCd38ShortCourses !== null) linesOfTherapy.antiCd38ShortCourses = antiCd38ShortCourses;
  }
  if (countQuestions !== null) linesOfTherapy.countQuestions = countQuestions;
  if (despiteRecordedNo !== null) linesOfTherapy.refractoryDespiteRecordedNo = despiteRecordedNo;
  // Not known, and not refractory by another entry; a corticosteroid is never listed (as refractoryDrugs skips it).
  const notKnown: string[] = [];
  if (latestStatus !== null)
    for (const [d, latest] of latestStatus)
      if (
        latest.status === null &&
        !latest.unlisted &&
        !refractoryDrugs.includes(d) &&
        drugClass(d) !== DrugClass.steroid &&
        !ifProgressed.includes(d)
      )
        notKnown.push(d);
  if (notKnown.length > 0) linesOfTherapy.refractoryNotKnown = sortStrings(notKnown);
  // Non-responsive (SD) and not refractory by a progression (review c53-W2).
  const nonResponsiveDrugs = [...nonResponsive].filter((d) => !refractoryDrugs.includes(d));
  if (nonResponsiveDrugs.length > 0) linesOfTherapy.nonResponsiveDrugs = sortStrings(nonResponsiveDrugs);
  // The drugs a progression by then would make refractory, not refractory now (a drug of another entry may be).
  const settled = ifProgressed.filter((d) => !refractoryDrugs.includes(d));
  if (settled.length > 0) {
    sortStrings(settled);
    if (lenalidomideRefractory === null && settled.includes("lenalidomide"))
      linesOfTherapy.lenalidomideRefractoryIfProgressed = true;
    if (antiCd38Refractory === null && settled.some((d) => drugClass(d) === DrugClass.antiCd38))
      linesOfTherapy.antiCd38RefractoryIfProgressed = true;
    linesOfTherapy.refractoryDrugsIfProgressed = settled;
  }
  // Review c57-M1, m5: an entry stopped on a day not recorded has its end asked even with no progression after it
  // (DRd, given until progression, "stopped (planned)" with no end read as a finished line: the day tells).
  for (const t of history) {
    // A CAR-T infusion or a transplant is one event: its day is its start (the record contract's reading).
    if (!stoppedEndNotRecorded(t) || t.asct || holdsCarT(t.drugs) || compareDates(t.start, facts.asOf) > 0)
      continue;
    const field = `treatmentHistory.${t.index}.end`;
    if (!missing.some((m) => m.field === field))
      missing.push({
        field,
        neededFor: `the day it stopped (stopped, ${t.stopReason}, on a day not recorded)`,
      });
  }
  return { linesOfTherapy, response: lab };
}

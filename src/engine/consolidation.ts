/** The situation facts of consolidation after a transplant: which induction came before the ASCT (by its
 * drugs) and whether consolidation was given after it. treatments.md 3b-3c: consolidation is built into
 * the D-VRd (PERSEUS) and D-VTd (CASSIOPEIA) protocols, 2 cycles after the ASCT. */
import type { Situation } from "../knowledge/index.js";
import type { TreatmentFact } from "../model/facts.js";
import { daysBetween } from "../response/dates.js";
import { canonicalDrugName, drugsAre, isVrdLite } from "../response/drug-classes.js";
import type { LinesOfTherapyResult } from "../response/lines.js";

type ConsolidationFacts = Pick<Situation, "asctInduction" | "consolidationGiven" | "autograftsInLine">;
const UNKNOWN: ConsolidationFacts = { asctInduction: null, consolidationGiven: null, autograftsInLine: null };

/** The quadruplet an induction's drugs make: D-VRd, D-VTd, or another regimen. */
function inductionOf(drugs: ReadonlySet<string>): "D-VRd" | "D-VTd" | "other" {
  if (!drugs.has("daratumumab") || !drugs.has("bortezomib")) return "other";
  if (drugs.has("lenalidomide")) return "D-VRd";
  return drugs.has("thalidomide") ? "D-VTd" : "other";
}

/** The regimen given last among a line's induction entries (in line order), by its canonical drugs: the last
 * entry, or, when it only drops drugs of the one before it (stopping some drugs is no change of regimen,
 * criteria-and-scores.md 9.1), the earliest entry of that run. An induction changed to another regimen is read
 * as the one it changed to (review c32-W2: D-VRd stopped for toxicity, then KRd before the transplant, kept a
 * D-VRd consolidation card with KRd as its regimen). Null without an entry. */
function regimenGivenLast(
  inductions: readonly TreatmentFact[],
): { drugs: ReadonlySet<string>; regimen: string } | null {
  let k = inductions.length - 1;
  if (k < 0) return null;
  const drugsOf = (t: TreatmentFact) => new Set(t.drugs.map(canonicalDrugName));
  let drugs = drugsOf(inductions[k]!);
  while (k > 0) {
    const before = drugsOf(inductions[k - 1]!);
    if (![...drugs].every((d) => before.has(d))) break;
    drugs = before;
    k--;
  }
  return { drugs, regimen: inductions[k]!.regimen };
}

/**
 * Reads the line of the latest transplant started by `asOf`: its induction is the entries before the
 * ASCT (phase "induction", or no phase given); consolidation was given when an entry after the ASCT has
 * phase "consolidation"; the autografts are that line's transplant entries begun by `asOf` (a planned tandem is one
 * line with two, criteria-and-scores.md 9.1; review c63-M2). All unknown without a transplant (nothing to consolidate)
 * or lines; the induction unknown when none is recorded before the ASCT.
 * @example consolidationFacts(history, lines, "2026-12-01") // { asctInduction: "D-VRd", consolidationGiven: false, autograftsInLine: 1 }
 */
export function consolidationFacts(
  history: readonly TreatmentFact[],
  lines: LinesOfTherapyResult | null,
  asOf: string,
): ConsolidationFacts {
  if (lines === null || !lines.priorAsct) return UNKNOWN;
  let asctLine: readonly number[] | null = null;
  for (const l of lines.lines) if (l.includesAsct && l.start <= asOf) asctLine = l.entries;
  if (asctLine === null) return UNKNOWN;
  const entries: TreatmentFact[] = [];
  for (const i of asctLine) {
    const t = history[i];
    if (t !== undefined && t.start <= asOf) entries.push(t);
  }
  let asct = -1;
  let autografts = 0;
  for (let i = 0; i < entries.length; i++)
    if ((entries[i] as TreatmentFact).asct) {
      asct = i;
      autografts++;
    }
  if (asct < 0) return UNKNOWN;
  const inductions: TreatmentFact[] = [];
  for (let i = 0; i < asct; i++) {
    const t = entries[i] as TreatmentFact;
    if (!t.asct && (t.phase === null || t.phase === "induction")) inductions.push(t);
  }
  const drugs = regimenGivenLast(inductions)?.drugs ?? new Set<string>();
  let consolidationGiven = false;
  for (let i = asct + 1; i < entries.length; i++)
    if ((entries[i] as TreatmentFact).phase === "consolidation") consolidationGiven = true;
  return {
    asctInduction: drugs.size === 0 ? null : inductionOf(drugs),
    consolidationGiven,
    autograftsInLine: autografts,
  };
}

/** VRd (SWOG S0777; treatments.md 3b): bortezomib, lenalidomide and dexamethasone, nothing else. */
const VRD = ["bortezomib", "lenalidomide", "dexamethasone"];

type InductionFacts = Pick<
  Situation,
  "preAsctInduction" | "lenalidomideWeeksBeforeAsct" | "dvrdCyclesOf21Days" | "dvrdStoppedForToxicity"
> & {
  /** The D-VRd count is the entries' recorded cycles (review c65-m1), not the dates' estimate. */
  dvrdCyclesRecorded: boolean;
};
const NO_INDUCTION: InductionFacts = {
  preAsctInduction: null,
  lenalidomideWeeksBeforeAsct: null,
  dvrdCyclesOf21Days: null,
  dvrdStoppedForToxicity: null,
  dvrdCyclesRecorded: false,
};

/** D-VRd's drugs (daratumumab, bortezomib, lenalidomide; dexamethasone beside them or not). */
const DVRD = ["daratumumab", "bortezomib", "lenalidomide"];
/** Review c63-W1. CEPHEUS gives D-VRd for 8 cycles, then D-Rd (treatments.md 4). The reference gives VRd "q21d"
 * with bortezomib on days 1, 4, 8, 11 (3b, VRd row), and CEPHEUS gave eight 21-day cycles of D-VRd (its design as
 * the trial's abstracts give it, looked up for review c63; the cycle length is not in the reference). A cycle is
 * counted once its day 11 (the last bortezomib dose) falls within the dates, so 8 cycles count 8 whether the end
 * recorded is that dose of the 8th cycle (day 158), its last lenalidomide day (161) or its last day (168), and 7
 * cycles never count 8. A PERSEUS-style induction of 28-day cycles counts more cycles of 21 days than it had: the
 * count is then an upper bound, never a lower one (the words say so), and "fewer than 8" stays true. */
const DVRD_CYCLE_DAYS = 21;
/** Day 11 of a cycle, counted from its day 1 (0-based: 10 days after it). */
const DVRD_LAST_BORTEZOMIB_DAY = 11;

/**
 * Review c10 M4. The induction of the latest line before its transplant (or, with none yet, all its
 * induction entries), by its drugs: Isa-KRd (MIDAS, treatments.md 3c), D-VRd (PERSEUS, 3d) or another;
 * and, while that line has no transplant yet, the whole weeks of lenalidomide-containing entries in it (the
 * lenalidomide US label collects stem cells after no more than 4 cycles, 3c). Unknown without lines.
 * @example inductionFacts(history, lines, "2026-12-02") // { preAsctInduction: "Isa-KRd", lenalidomideWeeksBeforeAsct: 25 }
 */
export function inductionFacts(
  history: readonly TreatmentFact[],
  lines: LinesOfTherapyResult | null,
  asOf: string,
): InductionFacts {
  // The latest line started by asOf.
  let line: LinesOfTherapyResult["lines"][number] | undefined;
  if (lines)
    for (let k = lines.lines.length - 1; k >= 0 && line === undefined; k--) {
      const l = lines.lines[k] as LinesOfTherapyResult["lines"][number];
      if (l.start <= asOf) line = l;
    }
  if (!line) return NO_INDUCTION;
  const inductions: TreatmentFact[] = [];
  let lenDays = 0;
  // Days of D-VRd; null once an entry of it has no end while the line is not given now (not known, never guessed).
  let dvrdDays: number | null = 0;
  // Review c65-m1: the cycles recorded on every D-VRd entry (their sum), read in place of the dates' estimate;
  // null once an entry has none.
  let dvrdCyclesRecorded: number | null = 0;
  let dvrdSeen = false;
  // The stop reason of the last D-VRd entry (review c65-U1: stopped for toxicity, its cycles are not "remaining").
  let dvrdStop: TreatmentFact["stopReason"] = null;
  for (const i of line.entries) {
    const t = history[i];
    if (t === undefined || t.start > asOf) continue;
    if (t.asct) break;
    if (t.phase !== null && t.phase !== "induction") continue;
    inductions.push(t);
    if (!line.includesAsct && t.drugs.some((d) => canonicalDrugName(d) === "lenalidomide")) {
      const end = t.end !== null && t.end < asOf ? t.end : asOf;
      lenDays += daysBetween(t.start, end);
    }
    if (!line.includesAsct && DVRD.every((d) => t.drugs.some((x) => canonicalDrugName(x) === d))) {
      dvrdSeen = true;
      dvrdStop = t.stopReason;
      dvrdCyclesRecorded =
        dvrdCyclesRecorded === null || t.cycles === null ? null : dvrdCyclesRecorded + t.cycles;
      if (dvrdDays !== null)
        dvrdDays =
          t.end === null && lines?.onTherapy !== true
            ? null
            : dvrdDays + daysBetween(t.start, t.end !== null && t.end < asOf ? t.end : asOf);
    }
  }
  const last = regimenGivenLast(inductions);
  if (last === null) return NO_INDUCTION;
  const drugs = last.drugs;
  const lite = isVrdLite(last.regimen);
  if (drugs.size === 0) return NO_INDUCTION;
  const isaKrd = drugs.has("isatuximab") && drugs.has("carfilzomib") && drugs.has("lenalidomide");
  const quadruplet = inductionOf(drugs);
  return {
    preAsctInduction: isaKrd
      ? "Isa-KRd"
      : quadruplet !== "other"
        ? quadruplet
        : !lite && drugsAre(drugs, VRD)
          ? "VRd"
          : "other",
    lenalidomideWeeksBeforeAsct: line.includesAsct ? null : Math.floor(lenDays / 7),
    dvrdCyclesOf21Days: !dvrdSeen
      ? null
      : dvrdCyclesRecorded !== null
        ? dvrdCyclesRecorded
        : dvrdDays !== null
          ? Math.floor((dvrdDays + DVRD_CYCLE_DAYS - (DVRD_LAST_BORTEZOMIB_DAY - 1)) / DVRD_CYCLE_DAYS)
          : null,
    dvrdCyclesRecorded: dvrdSeen && dvrdCyclesRecorded !== null,
    dvrdStoppedForToxicity: dvrdSeen ? dvrdStop === "toxicity" : null,
  };
}

/** Safety review of one option: strength adjustments (frailty against intensity, kidney impairment)
 * and the evidence status of the situation definitions that enabled it. Called by evaluateEntry. */
import {
  compileBecause,
  compileTruth,
  FACT_RULES,
  FACTS,
  type FactName,
  factsOf,
  type JurisdictionCode,
  KNOWLEDGE_ENTRIES,
  type KnowledgeEntry,
  type Situation,
  type SituationMissing,
  type Strength,
  type TruthFn,
} from "../knowledge/index.js";
import type { CitationId } from "../model/bibliography/index.js";
import type { Measured, TreatmentFact } from "../model/facts.js";
import { Truth } from "../model/trace.js";
import { compareDates, daysBetween, progressionRecorded } from "../response/dates.js";
import {
  BCMA_CAR_T,
  canonicalDrugName,
  carTInfusionUndated,
  DrugClass,
  drugClass,
  holdsCarT,
} from "../response/drug-classes.js";
import type { LinesOfTherapyResult } from "../response/lines.js";
import type { OptionFinding } from "./assessment.js";
import { countSince } from "./blood-counts.js";
import { copySituation } from "./situation-copy.js";

/** Strongest first (as options.ts sorts them). */
const STRENGTH_ORDER: readonly Strength[] = ["preferred", "standard", "if-eligible", "consider", "trial"];

/** The situation facts this module derives from the lines of therapy (spread into buildSituation).
 * `history`: the treatment entries in line order (the order the lines' entry indexes refer to);
 * `neutrophils`: the record's current count (facts.labs.neutrophils), read against a CAR-T infusion's date;
 * `platelets` the same (review c77-m3). */
export function safetyFacts(
  lines: LinesOfTherapyResult | null,
  history: readonly TreatmentFact[] = [],
  asOf: string | null = null,
  neutrophils: Measured | null = null,
  platelets: Measured | null = null,
): Pick<
  Situation,
  | "priorBcmaCarT"
  | "lastLineBcmaCarT"
  | "daysSinceBcmaCarT"
  | "ancSinceBcmaCarT"
  | "plateletsSinceBcmaCarT"
  | "bcmaCarTInfusionUndated"
  | "carfilzomibRefractory"
  | "bortezomibRefractory"
  | "bcmaBeforeCurrentLine"
  | "bcmaAgentsBefore"
> {
  if (lines === null)
    return {
      priorBcmaCarT: null,
      lastLineBcmaCarT: null,
      daysSinceBcmaCarT: null,
      ancSinceBcmaCarT: null,
      plateletsSinceBcmaCarT: null,
      bcmaCarTInfusionUndated: null,
      carfilzomibRefractory: null,
      bortezomibRefractory: null,
      bcmaBeforeCurrentLine: null,
      bcmaAgentsBefore: null,
    };
  const last = lines.lines[lines.lines.length - 1];
  // The line being given is no prior line (rajkumar-2015-blood-lines): only the lines before it count.
  // A line that progressed is finished, given or not (as the phase counts prior lines).
  const before = lines.onTherapy && last?.progressed !== true ? lines.lines.length - 1 : lines.lines.length;
  const agents: string[] = [];
  for (let i = 0; i < before; i++)
    for (const d of lines.lines[i]?.drugs ?? []) {
      const name = canonicalDrugName(d);
      if (drugClass(name) === DrugClass.bcmaDirected && !agents.includes(name)) agents.push(name);
    }
  const lastLineBcmaCarT = last ? last.drugs.some((d) => BCMA_CAR_T.includes(d)) : false;
  const infusion = lastLineBcmaCarT && last ? infusionOf(last.entries, history, asOf) : null;
  const infused = infusion?.day ?? null;
  // An earlier line's CAR-T entry whose infusion day is not recorded, with no progression recorded on it: a later
  // entry (bridging therapy recorded on its own, or a new line) does not date its infusion either, so its
  // restrictions may still apply (stop 33: bridging Kd recorded beside an open cilta-cel entry hid the warning).
  const undatedBefore =
    !lastLineBcmaCarT &&
    asOf !== null &&
    history.some(
      (t) =>
        holdsCarT(t.drugs) &&
        carTInfusionUndated(t) &&
        compareDates(t.start, asOf) <= 0 &&
        !progressionRecorded(t),
    );
  return {
    priorBcmaCarT: lines.exposedDrugs.some((d) => BCMA_CAR_T.includes(d)),
    lastLineBcmaCarT,
    daysSinceBcmaCarT: infused === null || asOf === null ? null : daysBetween(infused, asOf),
    // Review c26-8: the neutropenia rules after CAR-T read a count taken since the infusion, never one before it.
    ancSinceBcmaCarT: infused === null ? null : countSince(neutrophils, infused),
    plateletsSinceBcmaCarT: infused === null ? null : countSince(platelets, infused),
    // Progression recorded on the CAR-T line: the infusion came before it, and the relapse is what is open (review
    // c31-M2: the next step asked for the infusion day, the warning said the restrictions "may still apply").
    bcmaCarTInfusionUndated: ((infusion?.undated ?? false) && last?.progressed !== true) || undatedBefore,
    carfilzomibRefractory: lines.refractoryDrugs.includes("carfilzomib"),
    bortezomibRefractory: lines.refractoryDrugs.includes("bortezomib"),
    bcmaBeforeCurrentLine: agents.length > 0,
    bcmaAgentsBefore: agents.length > 0 ? agents.join(", ") : "none",
  };
}

/** The latest CAR-T infusion among a line's entries: a single infusion (treatments.md 5b), the entry's end when
 * it has one (an entry from apheresis or lymphodepletion to the infusion: review c28-U1, day 9 after an infusion
 * recorded as its entry's end read "the 2-week US restrictions have ended"), else its start; `day` null without
 * one on or before asOf (an end after asOf: not infused yet), or when the latest is undated (carTInfusionUndated:
 * `undated`, its start on or before asOf). */
function infusionOf(
  entries: readonly number[],
  history: readonly TreatmentFact[],
  asOf: string | null,
): { day: string | null; undated: boolean } {
  let latest: { day: string; undated: boolean } | null = null;
  if (asOf !== null)
    for (const i of entries) {
      const t = history[i];
      if (t === undefined) continue;
      if (!holdsCarT(t.drugs)) continue;
      const day = t.end ?? t.start;
      if (compareDates(day, asOf) > 0) continue;
      if (latest === null || compareDates(latest.day, day) < 0)
        latest = { day, undated: carTInfusionUndated(t) };
    }
  if (latest === null) return { day: null, undated: false };
  return latest.undated ? { day: null, undated: true } : latest;
}

/** A caution's text followed by the current value of each fact in `show` ("label: value"), as an
 * adjustment's is (reviewOption). */
export function withShownValues(
  text: string,
  show: readonly FactName[] | undefined,
  s: Situation,
  missing: SituationMissing | undefined,
): string {
  if (!show || show.length === 0) return text;
  return `${text} (${show.map((f) => describeValue(f, s, missing)).join("; ")})`;
}

export interface SafetyReview {
  strength: Strength;
  cautions: string[];
  citations: CitationId[];
  /** True when an UNVERIFIED definition decided that the option applies. */
  unverified: boolean;
  findings: OptionFinding[];
}

/** An entry's review compiled once (options.ts keeps it with the entry). */
export interface CompiledReview {
  when: TruthFn;
  adjust: { def: NonNullable<KnowledgeEntry["adjust"]>[number]; when: TruthFn; ruleId: string }[];
  /** Facts the entry reads whose situation definition the reference marks UNVERIFIED. */
  unverifiedFacts: FactName[];
}

/** A fact's value in words ("label: value", or "label: not known"): the reason of a `known` test on
 * it, composed by compileBecause without the full Evaluation compileCondition builds. Not known, with
 * `missing`: the record fields a calculator named missing for it follow ("label: not known (missing:
 * fitness.adl)"). */
const shownValue = new Map<FactName, (s: Situation) => string[]>();
function describeValue(fact: FactName, s: Situation, missing: SituationMissing | undefined): string {
  let p = shownValue.get(fact);
  if (!p) {
    p = compileBecause({ fact, known: true });
    shownValue.set(fact, p);
  }
  const words = p(s).join("");
  if (s[fact] !== null || !missing?.[fact]?.length) return words;
  // Only the fields a calculator named missing: a fact's inputs may include given ones.
  const fields: string[] = [];
  for (const m of missing[fact] ?? []) if (!fields.includes(m.field)) fields.push(m.field);
  return `${words} (missing: ${fields.join(", ")})`;
}

/** Compiled once at module load, by entry id. */
const COMPILED = new Map<string, CompiledReview>(
  KNOWLEDGE_ENTRIES.map((e) => [
    e.id,
    {
      when: compileTruth(e.when),
      adjust: (e.adjust ?? []).map((def) => ({
        def,
        when: compileTruth(def.when),
        /** Its finding's rule id (the same on every review). */
        ruleId: `${e.id}.adjust.${def.id}`,
      })),
      unverifiedFacts: factsOf(e.when).filter((f) => FACT_RULES[f]?.evidence === "unverified"),
    },
  ]),
);

/**
 * Whether reviewOption can say anything about this entry (a strength adjustment or an UNVERIFIED
 * situation definition): without either, its review is the entry's own strength and nothing else, and
 * the engine skips it.
 */
export function hasSafetyReview(entry: KnowledgeEntry): boolean {
  const c = COMPILED.get(entry.id);
  return c !== undefined && (c.adjust.length > 0 || c.unverifiedFacts.length > 0);
}

const weaker = (a: Strength, b: Strength): Strength =>
  STRENGTH_ORDER.indexOf(a) >= STRENGTH_ORDER.indexOf(b) ? a : b;

/** The strength reviewOption gives an option (its adjustments alone decide it), without the rest of
 * the review: what codes-only evaluation reads of it. */
export function reviewedStrength(entry: KnowledgeEntry, s: Situation): Strength {
  return strengthAfter(COMPILED.get(entry.id), entry.strength, s);
}

/** An entry's compiled review (its adjustments and UNVERIFIED facts), for a caller that reviews it on
 * many situations (options.ts keeps it with the entry): the id is then not looked up on every review. */
export const compiledReviewOf = (entry: KnowledgeEntry): CompiledReview | undefined => COMPILED.get(entry.id);

/** reviewedStrength of an entry with its compiled review. */
export function strengthAfter(c: CompiledReview | undefined, strength: Strength, s: Situation): Strength {
  let adjusted = false;
  if (c)
    for (let i = 0; i < c.adjust.length; i++) {
      const a = c.adjust[i] as CompiledReview["adjust"][number];
      if (a.when(s) !== Truth.met) continue;
      strength = adjusted ? weaker(strength, a.def.to) : a.def.to;
      adjusted = true;
    }
  return strength;
}

/**
 * Reviews one option the entry's condition allows: applies its strength adjustments (the weakest met
 * strength wins), and marks it unverified when an UNVERIFIED situation definition is what made the
 * condition true (the condition would not be met if that fact were unknown). Without `text`, the
 * cautions are left out (strength, citations and findings are the same); with `missing`, a shown fact
 * that is not known names the record fields it lacks.
 */
export function reviewOption(
  entry: KnowledgeEntry,
  s: Situation,
  { text = true, missing }: { text?: boolean; missing?: SituationMissing } = {},
): SafetyReview {
  return reviewWith(COMPILED.get(entry.id), entry, s, text, missing);
}

/** reviewOption of an entry with its compiled review (compiledReviewOf). */
export function reviewWith(
  c: CompiledReview | undefined,
  entry: KnowledgeEntry,
  s: Situation,
  text: boolean,
  missing: SituationMissing | undefined,
): SafetyReview {
  const review: SafetyReview = {
    strength: entry.strength,
    cautions: [],
    citations: [],
    unverified: false,
    findings: [],
  };
  if (!c) return review;
  for (const { def, when, ruleId } of c.adjust) {
    if (when(s) !== Truth.met) continue;
    if (text) {
      const values = (def.show ?? []).map((f) => describeValue(f, s, missing));
      review.cautions.push(values.length > 0 ? `${def.because} (${values.join("; ")})` : def.because);
    }
    for (const id of def.citations) review.citations.push(id);
    if (def.evidence === "unverified") review.unverified = true;
    const to = def.to;
    review.findings.push({
      ruleId,
      kind: "strength-adjusted",
      from: entry.strength,
      to,
      citations: def.citations.slice(),
    });
    review.strength = review.findings.length === 1 ? to : weaker(review.strength, to);
  }
  if (c.unverifiedFacts.length > 0 && c.when(s) === Truth.met) {
    // The situation with one fact unknown at a time: one copy, each fact set to null and put back
    // (a copy per fact with a computed key made each a new hidden class).
    let without: Situation | null = null;
    for (const fact of c.unverifiedFacts) {
      if (s[fact] === null) continue;
      without ??= copySituation(s);
      const value = without[fact];
      (without as Record<FactName, unknown>)[fact] = null;
      const metWithout = c.when(without) === Truth.met;
      (without as Record<FactName, unknown>)[fact] = value;
      if (metWithout) continue;
      const rule = FACT_RULES[fact];
      if (!rule) continue;
      review.unverified = true;
      if (text)
        review.cautions.push(
          `Offered because of ${FACTS[fact].label}, a definition the clinical reference marks UNVERIFIED (${rule.text}).`,
        );
      review.citations.push(rule.citation);
      review.findings.push({
        ruleId: rule.id,
        kind: "enabled-by-unverified-fact",
        fact,
        citations: [rule.citation],
      });
    }
  }
  return review;
}

/**
 * An option whose regulatory decision is pending in every selected jurisdiction that gives it a status,
 * approved in none of them (Tec-Dara in the EU view: CHMP positive opinion 2026-06-25, EC decision not
 * found; review c10-M2). treatments.md 10: pending items are shown as pending, never as approved; so such
 * an option is never a first choice in that view: at most `consider` (PENDING_CAUTION says why).
 */
export function pendingOnly(entry: KnowledgeEntry, selected: readonly JurisdictionCode[]): boolean {
  let pending = false;
  for (const j of selected) {
    const status = entry.regulatory[j]?.status;
    if (status === undefined) continue;
    if (status !== "pending") return false;
    pending = true;
  }
  return pending;
}
/** The strength a pending-only option takes at most. */
export const PENDING_CAP: Strength = "consider";
export const PENDING_CAUTION =
  "Not authorised in the selected jurisdiction at the knowledge date (decision pending): not a first choice in this view, listed after the approved options; check the current status (pending items are never shown as approved).";
/** `strength`, lowered to PENDING_CAP when the option is pending-only. */
export const capPending = (strength: Strength, pending: boolean): Strength =>
  pending ? weaker(strength, PENDING_CAP) : strength;

/** Review c74-U2 (UNSAFE): with a pregnancy recorded, an option whose regimen (or the line being given, for an entry
 * that carries it) gives lenalidomide, thalidomide or pomalidomide is not offered. The contraindication is their US
 * labels' (boxed warning, embryo-fetal toxicity), not the clinical reference's, which names their pregnancy-prevention
 * programmes (treatments.md 7b); the alert alert.pregnancy-imid-contraindicated says so. Supportive care is kept. */
export function givesImidInPregnancy(entry: KnowledgeEntry, drugs: readonly string[], s: Situation): boolean {
  if (s.pregnancy !== true || entry.kind === "supportive-care") return false;
  return imidsOf(drugs).length > 0;
}

/** The immunomodulatory drugs among `drugs` (canonical names, each once, in their order). */
export function imidsOf(drugs: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of drugs) {
    const c = canonicalDrugName(d);
    if (drugClass(c) === DrugClass.immunomodulatory && !out.includes(c)) out.push(c);
  }
  return out;
}

/** Corticosteroids are the backbone of most regimens, not the drug a regimen is chosen for. */
const STEROIDS: ReadonlySet<string> = new Set(["dexamethasone", "prednisone", "methylprednisolone"]);

/** The drugs of an entry's regimen that reviewRefractory judges: none for an option without a regimen,
 * a supportive-care option or the line being given; else the regimen's drugs, corticosteroids aside. */
export function judgedDrugs(entry: KnowledgeEntry): readonly string[] {
  if (!entry.regimen || entry.kind === "supportive-care" || entry.regimenFromCurrentLine) return [];
  return withoutSteroids(entry.regimen.drugs);
}

/** A regimen's drugs, corticosteroids aside. */
export function withoutSteroids(drugs: readonly string[]): string[] {
  return drugs.filter((d) => !STEROIDS.has(d));
}

export interface RefractoryReview {
  /** The regimen's drugs (corticosteroids aside) the disease is refractory to. */
  refractoryTo: string[];
  /** Every one of them: the regimen is not offered again. */
  excluded: boolean;
  /** Some of them, in a regimen offered anew (not the line being given): no first choice (capRefractory). */
  capped: boolean;
  cautions: string[];
  citations: CitationId[];
}

/** The strength of a regimen that gives again a drug the disease is refractory to: at most "consider". The relapse
 * selection matrix (treatments.md 5d) lists at each situation the regimens whose drugs the disease is not
 * refractory to, so such a regimen is none of its choices (review c44-U3: DPd "standard" in pomalidomide-refractory
 * disease, DPd itself having just progressed). */
export const capRefractory = (strength: Strength, review: RefractoryReview | null): Strength =>
  review?.capped === true ? weaker(strength, "consider") : strength;

/**
 * A regimen re-offered after the disease progressed on its drugs. IMWG 2011: refractory = progression on
 * a drug or within 60 days of its last dose (treatments.md 5 defines lenalidomide-refractory the same
 * way), and the relapse selection matrix (treatments.md 5d) lists at each situation the regimens whose
 * drugs the disease is not refractory to. So: refractory to every drug of the regimen (steroids aside)
 * excludes it; refractory to some of them is a caution that names them. The line being given is never
 * judged here (a running line without progression is not refractory).
 */
export function reviewRefractory(
  entry: KnowledgeEntry,
  refractoryDrugs: readonly string[],
  /** Those of refractoryDrugs refractory only if the line has progressed ("would be", review c36-H10). */
  ifProgressed: readonly string[] = [],
  /** The drugs of the line being given, for an entry that carries its regimen (continuing it): judged too, and
   * never excluded (review c37-J2: DRd given in lenalidomide-refractory disease was continued unremarked). */
  givenDrugs: readonly string[] | null = null,
  /** Drugs whose refractoriness is not known (lines refractoryNotKnown; review c45-U1). */
  notKnown: readonly string[] = [],
  /** The disease progressed on an anti-CD38 antibody after under 4 weeks of it (lines
   * antiCd38ProgressedUnder4Weeks): refractoriness to the class is not established, nor ruled out. */
  antiCd38Unsettled = false,
  /** Drugs the disease did not respond to, with no progression on them (lines nonResponsiveDrugs; review c53-W2). */
  nonResponsive: readonly string[] = [],
): RefractoryReview {
  const none: RefractoryReview = {
    refractoryTo: [],
    excluded: false,
    capped: false,
    cautions: [],
    citations: [],
  };
  const given =
    entry.regimenFromCurrentLine === true && givenDrugs !== null && entry.kind !== "supportive-care";
  const active = given ? withoutSteroids(givenDrugs) : judgedDrugs(entry);
  const classmate = antiCd38RefractoryDrug(refractoryDrugs);
  const refractoryTo = active.filter((d) => isRefractoryTo(d, refractoryDrugs, classmate));
  if (refractoryTo.length === 0) {
    if (given) return nonResponsiveReview(active, nonResponsive, none, true);
    const review = notKnownReview(active, notKnown, antiCd38Unsettled, none);
    return review === none ? nonResponsiveReview(active, nonResponsive, none, false) : review;
  }
  const excluded = !given && refractoryTo.length === active.length;
  // An anti-CD38 antibody refractory by its class only (another antibody of the class was the one given).
  const byClass = classmate === undefined ? [] : refractoryTo.filter((d) => !refractoryDrugs.includes(d));
  const direct = refractoryTo.filter((d) => !byClass.includes(d));
  // The drugs progression was seen on, the classmate first named when only the class is given again.
  const seen =
    byClass.length > 0 && !direct.includes(classmate as string) ? [classmate as string, ...direct] : direct;
  const classWords =
    byClass.length > 0
      ? `, and so to ${byClass.join(" and ")} (anti-CD38 refractoriness is read for the class, MAMMOTH)`
      : "";
  // Under "if the line has progressed": the drugs refractory only then "would be" (review c36-H10).
  const now = seen.filter((d) => !ifProgressed.includes(d));
  const then = seen.filter((d) => ifProgressed.includes(d));
  const refractoryWords =
    then.length === 0
      ? `The disease is refractory to ${now.join(" and ")}`
      : now.length === 0
        ? `If the line has progressed, the disease would be refractory to ${then.join(" and ")}`
        : `The disease is refractory to ${now.join(" and ")}, and would be to ${then.join(" and ")} if the line has progressed`;
  // Review c57-M3: lenalidomide maintenance given in lenalidomide-refractory disease read "its benefit rests on the
  // other drugs" (there were none): every drug of the line being given is one the disease is refractory to, said so.
  // Its strength stays (review c58-M4: such a line may be the one now giving a VGPR; its response decides).
  const givenAllRefractory = given && refractoryTo.length === active.length;
  return {
    refractoryTo,
    excluded,
    capped: !excluded && !given,
    cautions: excluded
      ? []
      : [
          givenAllRefractory
            ? `${refractoryWords} (progression on it or within 60 days of the last dose, IMWG, on an earlier line)${classWords}: every drug of the regimen being given (corticosteroids aside) is one the disease is refractory to: no drug of it is one the disease has not progressed on. Weigh it with the response on this line, and with the regimens whose drugs the disease is not refractory to (the relapse selection matrix).`
            : given
              ? `${refractoryWords} (progression on it or within 60 days of the last dose, IMWG, on an earlier line)${classWords}: the regimen being given gives ${direct.length === 0 ? "the class" : "it"} again; its benefit rests on the other drugs. Weigh it with the response on this line.`
              : `${refractoryWords} (progression on it or within 60 days of the last dose, IMWG)${classWords}: this regimen gives ${direct.length === 0 ? "the class" : "it"} again; its benefit rests on the other drugs. Not a first choice while the disease is refractory to a drug it gives (the relapse selection matrix lists at each situation the regimens whose drugs the disease is not refractory to).`,
        ],
    citations: byClass.length > 0 ? ["rajkumar-2011-blood", "gandhi-2019-leukemia"] : ["rajkumar-2011-blood"],
  };
}

/** A regimen offered anew that gives a drug whose refractoriness is not known, none known refractory: no first
 * choice until it is settled (the matrix, treatments.md 5d, lists regimens by the drugs the disease is refractory
 * to; review c45-U1: DKd's end left blank kept Tec-Dara "preferred" where recording it removed it). So is one giving
 * an anti-CD38 antibody again after a progression on one after under 4 weeks of it (MAMMOTH, criteria-and-scores.md
 * 9.3; review c44-U2: Tec-Dara "preferred" 21 days after DPd progressed): the drug rule
 * anti-cd38.progressed-under-4-weeks says why, so no caution is added here. */
function notKnownReview(
  active: readonly string[],
  notKnown: readonly string[],
  antiCd38Unsettled: boolean,
  none: RefractoryReview,
): RefractoryReview {
  const unsettled = notKnown.length === 0 ? [] : active.filter((d) => inNamedOrClass(d, notKnown));
  if (unsettled.length === 0)
    return antiCd38Unsettled && active.some(isAntiCd38) ? { ...none, capped: true } : none;
  return {
    refractoryTo: [],
    excluded: false,
    capped: true,
    cautions: [
      `Refractoriness to ${unsettled.join(" and ")} is not known (an earlier entry's outcome or last dose is not recorded: see the missing data; IMWG: progression on a drug or within 60 days of its last dose): not a first choice until it is settled.`,
    ],
    citations: ["rajkumar-2011-blood"],
  };
}

const isAntiCd38 = (d: string): boolean => drugClass(d) === DrugClass.antiCd38;

/** Whether a regimen's judged drugs hold one whose refractoriness is not settled: not known (by name, an anti-CD38
 * antibody by its class), an anti-CD38 antibody after a short course (`antiCd38Unsettled`), or one the disease did
 * not respond to (`nonResponsive`, by name or class as the not known): reviewRefractory has something to say of it. */
export function anyUnsettled(
  drugs: readonly string[],
  notKnown: readonly string[],
  antiCd38Unsettled: boolean,
  nonResponsive: readonly string[],
): boolean {
  for (const d of drugs)
    if (
      inNamedOrClass(d, notKnown) ||
      (antiCd38Unsettled && isAntiCd38(d)) ||
      inNamedOrClass(d, nonResponsive)
    )
      return true;
  return false;
}

/** Review c53-W2: a regimen offered anew that gives a drug the disease did not respond to (best response SD, no
 * progression on it): not refractory by the progression-based definitions the options and labels read (treatments.md
 * 5; MAMMOTH, criteria-and-scores.md 9.3), but non-responsive (IMWG 2011, 9.2), so no first choice to give again. */
function nonResponsiveReview(
  active: readonly string[],
  nonResponsive: readonly string[],
  none: RefractoryReview,
  /** The line being given (review c54-3: SD on it): said on its card, never capped (the reference gives no time point
   * for a switch in myeloma). */
  onLineGiven: boolean,
): RefractoryReview {
  const matched = nonResponsive.length === 0 ? [] : active.filter((d) => inNamedOrClass(d, nonResponsive));
  if (matched.length === 0) return none;
  // The drugs as recorded; an anti-CD38 antibody of this regimen matched by its class only is named beside them.
  const seen = nonResponsive.filter((n) => matched.some((d) => d === n || (isAntiCd38(d) && isAntiCd38(n))));
  const byClass = matched.filter((d) => !nonResponsive.includes(d));
  const them = seen.length === 1 ? "it" : "them";
  const classWords =
    byClass.length > 0 ? ` (read for the anti-CD38 class: this regimen gives ${byClass.join(" and ")})` : "";
  if (onLineGiven)
    return {
      ...none,
      cautions: [
        `The disease did not respond to ${seen.join(" and ")} on a line that gave ${them} (best response SD, no entry of that line reaching MR: non-responsive, IMWG 2011): weigh going on with the team; the clinical reference gives no time point for a switch.`,
      ],
      citations: ["rajkumar-2011-blood"],
    };
  return {
    refractoryTo: [],
    excluded: false,
    capped: true,
    cautions: [
      `The disease did not respond to ${seen.join(" and ")}${classWords} (best response SD on a regimen that gave ${them}, no entry of that line reaching MR: non-responsive, IMWG 2011) and did not progress on ${them}: not refractory by the progression-based definitions the labels and trials use, but not a first choice to give again.`,
    ],
    citations: ["rajkumar-2011-blood"],
  };
}

/** Whether a drug is in a list (drugs whose refractoriness is not known, or that the disease did not respond to): by its
 * name, or, for an anti-CD38 antibody, by its class. */
function inNamedOrClass(drug: string, list: readonly string[]): boolean {
  if (list.includes(drug)) return true;
  if (drugClass(drug) !== DrugClass.antiCd38) return false;
  for (const d of list) if (drugClass(d) === DrugClass.antiCd38) return true;
  return false;
}

/** The anti-CD38 antibody among the refractory drugs, if any. Anti-CD38 refractoriness is a property of the
 * class (criteria-and-scores.md 9.3, MAMMOTH, gandhi-2019-leukemia): disease refractory to isatuximab is
 * read as refractory to daratumumab for the choice of a regimen, and the other way round (review c36-H4). */
export function antiCd38RefractoryDrug(refractoryDrugs: readonly string[]): string | undefined {
  for (const d of refractoryDrugs) if (drugClass(d) === DrugClass.antiCd38) return d;
  return undefined;
}

/** Whether the disease is refractory to a regimen's drug: by its name, or, for an anti-CD38 antibody, by
 * its class (`classmate`: antiCd38RefractoryDrug of the same list). */
export function isRefractoryTo(
  drug: string,
  refractoryDrugs: readonly string[],
  classmate: string | undefined,
): boolean {
  return (
    refractoryDrugs.includes(drug) || (classmate !== undefined && drugClass(drug) === DrugClass.antiCd38)
  );
}

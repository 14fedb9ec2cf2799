/** The shapes of the knowledge base: conditions over situation facts, recommendations, drug rules. */
import type { CitationId } from "../model/bibliography/index.js";
import type { OptionKind } from "../model/enums.js";
import type { Evidence } from "../model/trace.js";
import type { FactName } from "./situation.js";

/** A fact value a condition can compare with. */
export type FactValue = string | number | boolean;

/** One comparison over one situation fact. Exactly one operator per leaf. */
export type Leaf =
  | { fact: FactName; is: FactValue }
  | { fact: FactName; in: readonly FactValue[] }
  | { fact: FactName; lt: number }
  | { fact: FactName; lte: number }
  | { fact: FactName; gt: number }
  | { fact: FactName; gte: number }
  /** Whether the fact is known at all (never unknown itself): `{ fact: "crclMlMin", known: false }`. */
  | { fact: FactName; known: boolean };

/** Conditions are plain data a reviewer can read: leaves combined with all / any / not. */
export type Condition =
  | Leaf
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export const Strength = {
  preferred: "preferred",
  standard: "standard",
  ifEligible: "if-eligible",
  consider: "consider",
  trial: "trial",
} as const;
export type Strength = (typeof Strength)[keyof typeof Strength];

export type JurisdictionCode = "us" | "eu";
/** Which regulatory status to show: one jurisdiction or both (the default). */
export type Jurisdiction = JurisdictionCode | "both";

/** Regulatory status of an option in one jurisdiction, as the clinical reference gives it. */
export interface RegulatoryStatus {
  status: "approved" | "accelerated-approval" | "off-label" | "guideline-only" | "not-approved" | "pending";
  /** ISO date, or YYYY-MM when only the month is known. */
  date: string | null;
  note: string | null;
}

/** A caution printed with an option; `when` makes it conditional on the situation. */
export interface CautionDef {
  text: string;
  when?: Condition;
  /** Facts whose current values follow the text ("label: value"), as an adjustment's `show`. */
  show?: readonly FactName[];
  citations?: readonly CitationId[];
  evidence?: Evidence;
  /** Facts that may be unknown and still show the caution, as a drug rule's `unknownOk`: its text then ends
   * "Not known: <facts>." and their inputs are asked for the option (missing is not normal; review c75-m7). Any
   * other unknown fact hides the caution. */
  unknownOk?: readonly FactName[];
}

/**
 * A change of an option's strength when the situation argues for it (frailty against a transplant,
 * kidney impairment for denosumab). When several are met, the weakest strength wins (safety first).
 * The engine prints `because` as a caution, followed by the current value of every fact in `show`.
 */
export interface StrengthAdjustment {
  /** Stable id, recorded with the option (e.g. "fitness-against-intensity"). */
  id: string;
  when: Condition;
  to: Strength;
  because: string;
  /** Facts whose values the caution names (known or "not known"), e.g. frailty, ECOG and age. */
  show?: readonly FactName[];
  citations: readonly CitationId[];
  evidence: Evidence;
  /** What the adjustment weighs, for the surfaces that word it for the patient: "fitness" when it holds
   * the option back for frailty, performance status or age, or for the organs high-dose therapy needs (AL
   * amyloidosis: more than 2 organs involved, CrCl <30 mL/min off dialysis; re-check c66-m2) (the handout marks
   * such an option "may be too strong"); "trial-fitness" when it holds it back because its trial enrolled fitter patients than this
   * one while another option as strong stays a first choice (review c22-11: the handout marks it "studied
   * in fitter people", not "too strong"); "not-covered" when it holds it back because the reference does not
   * cover the option in this situation and the team decides (review c32-M2: the handout marks it "your team
   * will decide whether this fits you", and a plan step of such options only is said as a talk to come). */
  weighs?: "fitness" | "trial-fitness" | "not-covered";
}

export const EntryGroup = {
  plasmacytoma: "plasmacytoma",
  mgusSmm: "mgus-smm",
  newlyDiagnosed: "newly-diagnosed",
  maintenance: "maintenance",
  relapse: "relapse",
  carT: "car-t",
  bispecific: "bispecific",
  alAmyloidosis: "al-amyloidosis",
  supportiveCare: "supportive-care",
  pathway: "pathway",
} as const;
export type EntryGroup = (typeof EntryGroup)[keyof typeof EntryGroup];

/** One recommendation: when it applies, what it offers, how strong, why, and from where. */
export interface KnowledgeEntry {
  /** Stable id: never reused for different content. */
  id: string;
  group: EntryGroup;
  /** The situation in which the option applies. */
  when: Condition;
  /**
   * Extra label conditions per jurisdiction (e.g. BVd: US needs >= 2 prior lines, EU >= 1). The option
   * applies when `when` holds and, for at least one selected jurisdiction, its extra condition holds.
   */
  label?: { us?: Condition; eu?: Condition };
  /** Where the option is listed at all (default both): BPd is EU-only. */
  jurisdictions?: readonly JurisdictionCode[];
  /**
   * The jurisdictions whose label's line requirement the clinical reference does not give, where the `priorLines >= N`
   * of `when` is the other jurisdiction's label (review c84-M1: elranatamab, US >= 4 prior lines, EU conditional with
   * no line requirement in treatments.md 5c). The gate stays (no rule is invented); a not-offered line in a view
   * showing one of them says its wording is not in the reference, never that it needs N there.
   */
  linesNotInReferenceFor?: readonly JurisdictionCode[];
  /**
   * When `when` cannot be decided for lack of inputs: show the option anyway, naming what is
   * missing. Default false (hidden).
   */
  showWhenUnknown?: boolean;
  kind: OptionKind;
  regimen: { code: string; drugs: readonly string[] } | null;
  /** The option is about the line being given: the engine fills `regimen` from it (so its drug rules
   * apply). */
  regimenFromCurrentLine?: boolean;
  /** Drug rules (by id) said as cautions on this entry for the drugs of the therapy being given
   * (KnowledgeContext.currentRegimen), on an entry with no regimen of its own: the smouldering-myeloma
   * monitoring card during lenalidomide carries its pregnancy-prevention rule (review c67-U2). */
  currentDrugRules?: readonly string[];
  /** Listed after the other options of its kind and strength (the options are ordered by kind, strength and
   * id): a general fallback below the options made for the situation, e.g. continued lenalidomide below the
   * continuation of the quadruplet given (review c31-M3). */
  listAfterPeers?: boolean;
  title: string;
  strength: Strength;
  /** Situations that change the strength (see StrengthAdjustment). */
  adjust?: readonly StrengthAdjustment[];
  clinicianText: string;
  /** Plain language: short sentences, common words (Flesch-Kincaid grade <= 8, tested). */
  patientText: string;
  cautions: readonly CautionDef[];
  citations: readonly CitationId[];
  regulatory: { us: RegulatoryStatus | null; eu: RegulatoryStatus | null };
  /** The weakest evidence mark the reference gives any fact of this entry. */
  evidence: Evidence;
  /** What the reference marks UNVERIFIED or secondary, when evidence is not "verified". */
  evidenceNote?: string;
  /** Findings that keep the option from being offered where its evidence did not go (a trial's exclusion
   * beyond the label, or the team's answer that it does not apply), each also a term of `when` it fails (a `not`
   * term, or the yes/no fact required the other way): the Assessment's notOffered list names them when they
   * alone hide the option (engine/not-offered.ts; review c23-10). */
  notOfferedWhen?: readonly NotOfferedWhen[];
}

/** A yes/no situation fact whose value keeps an option from being offered, with why, in the clinician's words. */
export interface NotOfferedWhen {
  fact: FactName;
  is: boolean;
  because: string;
  citations: readonly CitationId[];
}

/** A dosing or safety rule for one drug (or class): printed as a caution on each option that
 * contains the drug, and as an alert when the patient is on the drug now. */
export interface DrugRule {
  id: string;
  /** Lower-case generic names; the rule applies when an option or the current therapy has any. */
  drugs: readonly string[];
  /** Only for these option kinds (e.g. maintenance dosing), default all. */
  kinds?: readonly OptionKind[];
  when: Condition;
  /** Facts that may be unknown and still show the rule (naming them as missing), e.g. dialysis status
   * for a CrCl band. Any other unknown fact hides the rule. */
  unknownOk?: readonly FactName[];
  /** Text per jurisdiction when the labels differ; `both` when they agree. */
  text: { both: string } | { us: string; eu: string };
  severity: "info" | "warning" | "critical";
  /** Whether the rule also raises an alert when the patient is on the drug now. */
  alertWhenOn: boolean;
  /** The condition of that alert when it is not `when`: a count read on the drug given now is one taken since
   * it started, not the record's latest (review c30-W3: "withhold teclistamab" on a count from before its
   * first dose). */
  whenOn?: Condition;
  /** Facts whose current values follow that alert's text ("label: value"), as an alert rule's `show`. */
  show?: readonly FactName[];
  /** Facts whose current values follow the rule's caution on an option ("label: value"; review c43-m2: which
   * anti-CD38 course was short). */
  cautionShow?: readonly FactName[];
  citations: readonly CitationId[];
  evidence: Evidence;
  evidenceNote?: string;
}

/** An alert raised by the situation itself (hypercalcaemia, cord compression, ...). */
export interface AlertRule {
  id: string;
  when: Condition;
  severity: "info" | "warning" | "critical";
  text: string;
  /** Facts whose current values follow the text ("label: value"), as a caution's `show` (review c28-M2: a
   * count-driven alert names the count and its date). */
  show?: readonly FactName[];
  citations: readonly CitationId[];
  evidence: Evidence;
  evidenceNote?: string;
}

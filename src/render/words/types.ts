/** The words a patient handout is composed from, one table per language (en.ts first). The handout code
 * picks entries by data (category, phase, option kind, drug, question id); a language fills every slot. */
import type { TreatmentPhase } from "../../engine/assessment.js";
import type { DiagnosisCategory, OptionKind, ResponseCategory } from "../../model/enums.js";
import type { PlainTerm } from "../plain-words.js";

/** A drug as a patient can say it, and (for care alongside treatment) what it is for. */
export interface DrugWords {
  name: string;
  role?: string;
}

export interface OptionNameInput {
  drugs: string[];
  key: string | null;
  role: string | null;
  code: string | null;
  count: number;
}

/** What the plan ahead looks like from the patient's side. */
export type PlanStatus = "done" | "current" | "next" | "later" | "if-progressed";

/** Situations the "what happens next" fallback and the framing sentences are chosen by. */
export type Situation =
  | "empty"
  | "unclear"
  | "mgus"
  | "smoldering-myeloma"
  | "mm-new"
  | "mm-on-treatment"
  | "mm-progressed"
  | "plasmacytoma"
  | "al-amyloidosis";

export const QUESTION_IDS = [
  "nextTests",
  "whenResults",
  "meaning",
  "checkups",
  "signs",
  "watchOrTreat",
  "whichTreatment",
  "working",
  "whatNext",
  "transplant",
  "heartKidneys",
  "radiation",
  "sideEffects",
  "dailyLife",
  "trial",
  "overdue",
  "whoToCall",
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Missing tests the handout can explain, in the order it lists them. */
export const TEST_IDS = ["protein", "lightChains", "marrow", "imaging", "organs", "genes"] as const;
export type TestId = (typeof TEST_IDS)[number];

export interface HandoutWords {
  title: string;
  /** Shown once, near the top. */
  notice: string;
  madeBy(date: string): string;
  /** An ISO date as the reader writes it ("26 November 2026"). */
  date(iso: string): string;
  headings: { meaning: string; next: string; options: string; support: string; questions: string };
  category: Readonly<Record<DiagnosisCategory, PlainTerm>>;
  /** "Your results fit a condition called X." */
  fits(name: string): string;
  /** For an indeterminate category with a finding that points to one condition. */
  couldFit(name: string): string;
  /** For a record with no finding at all. */
  tooFewResults: string;
  unclear: string;
  /** Kind framing, by situation (never a promise). */
  framing: Readonly<Partial<Record<Situation, string>>>;
  responseName: Readonly<Record<ResponseCategory, PlainTerm>>;
  stage: { myeloma(n: string): string; amyloidosis(n: string): string };
  highRiskGenes: string;
  /** Smoldering myeloma: the chance of turning active, by risk group (Mayo 2018 or IMWG 2020 group names). */
  smmRisk: Readonly<
    Record<"low" | "low-intermediate" | "intermediate" | "intermediate-high" | "high", string>
  >;
  treatedBefore: string;
  response: { good(name: string): string; growing: string };
  urgent: string;
  /** What happens next when the Assessment has no plan. */
  nextFallback: Readonly<Record<Situation, string>>;
  phase: Readonly<Record<TreatmentPhase, { now: string; step: string }>>;
  planStatus: Readonly<Record<PlanStatus, string>>;
  testsIntro: string;
  tests: Readonly<Record<TestId, string>>;
  overdue(test: string, date: string): string;
  nextDue(test: string, date: string): string;
  /** A monitoring test (the engine names it in clinician English) as the reader would say it. */
  monitoredTest(test: string): string;
  optionsIntro: string;
  optionsProvisional: string;
  /** Explains the unverified mark, once, after a list that uses it. */
  unverifiedNote: string;
  noOptions: string;
  supportIntro: string;
  drug: Readonly<Record<string, DrugWords>>;
  /** Option names by kind, from the drugs' spoken names; `key` is the drug the regimen is named by. */
  optionName: Readonly<Record<OptionKind, (o: OptionNameInput) => string>>;
  /** Names of options that have no drugs to name them by, by option id (else the kind's name is used). */
  optionById: Readonly<Record<string, string>>;
  /** Joins names: "a, b and c" / "a, b or c". */
  and(xs: string[]): string;
  or(xs: string[]): string;
  /** Added after an option's name; `unverified` is a short mark explained by `unverifiedNote`. */
  marks: { preferred: string; conditional: string; unverified: string };
  questions: Readonly<Record<QuestionId, string>>;
  /** When a long option list is cut to fit the page: how many more the full details list. */
  moreInFull(n: number): string;
  print: string;
  showFull: string;
  hideFull: string;
}

/** Review c60-M3: an option's prior-line gates read at the count an open line-count question would give (bridging
 * before a CAR-T, a planned tandem, maintenance planned or not: criteria-and-scores.md 9.1). One reading both
 * evaluations share (options.ts and the plain reference, knowledge-reference.ts), so their words are the same. */
import type { Situation, SituationMissing } from "../knowledge/index.js";
import { Truth } from "../model/trace.js";
import { copySituation } from "./situation-copy.js";

/** A condition's truth on a situation. */
type TruthOf = (s: Situation) => Truth;

/** The other counts of a situation (fewer lines first), each with the questions it rests on in words. */
interface OtherCount {
  priorLines: number;
  situation: Situation;
  /** "treatmentHistory.5.plannedWithPrevious (the line count: ...)", joined. */
  questions: string;
  fields: string;
  many: boolean;
}

/** Whether an open line-count question could change the prior lines (the engine then reads the gates twice). */
export function lineCountOpen(s: Situation): boolean {
  return s.priorLinesIfFewer !== null || s.priorLinesIfMore !== null;
}

function otherCounts(s: Situation, missing: SituationMissing): OtherCount[] {
  const out: OtherCount[] = [];
  for (const [fact, n] of [
    ["priorLinesIfFewer", s.priorLinesIfFewer],
    ["priorLinesIfMore", s.priorLinesIfMore],
  ] as const) {
    if (n === null || n === s.priorLines) continue;
    const asked = missing[fact] ?? [];
    if (asked.length === 0) continue;
    const situation = copySituation(s);
    situation.priorLines = n;
    out.push({
      priorLines: n,
      situation,
      questions: asked.map((m) => `${m.field} (${m.neededFor})`).join("; "),
      fields: asked.map((m) => m.field).join(", "),
      many: asked.length > 1,
    });
  }
  return out;
}

const linesWords = (n: number) => `${n} prior line${n === 1 ? "" : "s"}`;

/** An entry's label in one jurisdiction, as the evaluations read it. */
export interface LabelAtCount {
  /** "US" or "EU". */
  name: string;
  /** Its truth on the situation as read. */
  truth: Truth;
  /** Its truth on another situation. */
  truthOf: TruthOf;
  /** Its condition in words. */
  needs: string;
}

/** What a label says when it rests on an open line-count question (review c60-M3): the words its "because" line opens
 * with and a caution, when it holds at the count as read but not at another; or the words an "Outside the label"
 * caution ends with, when another count would meet it. Empty words where nothing rests on the question. */
export interface LabelOpenCount {
  becauseOpening: string;
  caution: string;
  outsideEnding: string;
}

const NOTHING: LabelOpenCount = Object.freeze({ becauseOpening: "", caution: "", outsideEnding: "" });

const answeredWords = (c: OtherCount) =>
  `the count if ${c.many ? "they are" : "it is"} answered the other way`;

/**
 * A label read at the other counts of the open line-count questions (call only when lineCountOpen(s)).
 * @example labelAtOtherCount(s, missing, usLabel).caution // "US label rests on an open line-count question: ..."
 */
export function labelAtOtherCount(s: Situation, missing: SituationMissing, l: LabelAtCount): LabelOpenCount {
  if (l.truth !== Truth.met && l.truth !== Truth.notMet) return NOTHING;
  for (const c of otherCounts(s, missing)) {
    const other = l.truthOf(c.situation);
    if (l.truth === Truth.met && other === Truth.notMet)
      return {
        becauseOpening: `${l.name} label, at the line count as read (an open question could change it; see the cautions):`,
        caution: `${l.name} label rests on an open line-count question: ${c.questions}: at ${linesWords(c.priorLines)}, ${answeredWords(c)}, it would not be met (it needs ${l.needs}).`,
        outsideEnding: "",
      };
    if (l.truth === Truth.notMet && other === Truth.met)
      return {
        becauseOpening: "",
        caution: "",
        outsideEnding: ` At ${linesWords(c.priorLines)}, the count if ${c.fields} ${c.many ? "are" : "is"} answered the other way, it would be met.`,
      };
  }
  return NOTHING;
}

const NO_CONDITION_WORDS = Object.freeze({ because: "", caution: "" });

/**
 * An option's own condition, met as read, at the other counts of the open line-count questions (call only when
 * lineCountOpen(s)): when it would not be met at one of them, a "because" line saying the count is the one as read,
 * and a caution naming the question; else empty words.
 * @example conditionAtOtherCount(s, missing, when, needs).caution // "This option rests on an open line-count ..."
 */
export function conditionAtOtherCount(
  s: Situation,
  missing: SituationMissing,
  when: TruthOf,
  needs: string,
): { because: string; caution: string } {
  for (const c of otherCounts(s, missing))
    if (when(c.situation) === Truth.notMet)
      return {
        because: `prior lines of therapy: ${s.priorLines} at the line count as read, ${c.priorLines} if ${c.fields} ${c.many ? "are" : "is"} answered the other way (see the cautions)`,
        caution: `This option rests on an open line-count question: ${c.questions}: at ${linesWords(c.priorLines)}, ${answeredWords(c)}, its condition would not be met (it needs ${needs}); its listing, and any labelled use resting on that count, depend on the answer.`,
      };
  return NO_CONDITION_WORDS;
}

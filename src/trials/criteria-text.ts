/** Free-text eligibility criteria: split into inclusion and exclusion lines, and read only the
 * statements narrow patterns can read reliably. Anything else is left unread (shown, never guessed). */
import { AFTER_TRANSPLANT, type DiseaseState, NEWLY, RELAPSED } from "./study-facts.js";

export type Section = "inclusion" | "exclusion" | "unknown";

export interface CriterionLine {
  section: Section;
  text: string;
}

/** Splits the registry's criteria text ("Inclusion Criteria:\n* ...\nExclusion Criteria:\n* ...")
 * into one line per bullet, each labelled with its section. */
export function splitCriteria(text: string | undefined): CriterionLine[] {
  if (!text) return [];
  const out: CriterionLine[] = [];
  let section: Section = "unknown";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw
      .replace(/^\s*(?:[*•‣∙·-]|\d+[.)]|[a-z][.)])\s*/i, "")
      .replace(/\\([<>])/g, "$1")
      .trim();
    if (line === "") continue;
    if (/^(?:key\s+)?inclusion criteria\s*:?$/i.test(line)) {
      section = "inclusion";
      continue;
    }
    if (/^(?:key\s+)?exclusion criteria\s*:?$/i.test(line)) {
      section = "exclusion";
      continue;
    }
    out.push({ section, text: line });
  }
  return out;
}

/** What a line says, when a reader can read it. */
export type Requirement =
  | { criterion: "prior-lines"; min: number; max: number | null }
  | { criterion: "lenalidomide-refractory"; required: true }
  | { criterion: "triple-class"; required: "exposed" | "refractory" }
  | { criterion: "no-prior-bcma" }
  | { criterion: "no-prior-gprc5d" }
  | { criterion: "no-prior-myeloma-therapy"; steroidsAllowed: boolean }
  | { criterion: "crcl-min"; mlPerMin: number; formula: "cockcroft-gault" | "not named" }
  | { criterion: "disease-state"; state: DiseaseState }
  | { criterion: "transplant"; setting: "after-transplant" };

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const num = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);
const N = String.raw`(\d+|one|two|three|four|five|six)`;
const LINES = String.raw`(?:prior|previous)\s+lines?(?:\(s\))?\s+of\s+(?:anti-?myeloma\s+)?(?:therapy|therapies|treatment)|(?:prior|previous)\s+lines?(?:\(s\))?`;

/** Words that make a statement conditional or partial: a reader that meets one refuses the line. */
const HEDGES =
  /\b(?:if|unless|only\s+1\s+line|who\s+have\s+received\s+only|except|or\s+intolerant|may\s+be)\b/i;

/** Inclusion: "1 to 3 prior lines", "at least 1 prior line", ">= 2 prior lines". */
export function readPriorLines(line: CriterionLine): Requirement | null {
  if (line.section !== "inclusion") return null;
  const t = line.text;
  const range = new RegExp(String.raw`\b${N}\s*(?:to|-|–)\s*${N}\s+(?:${LINES})\b`, "i").exec(t);
  if (range) {
    const min = num(range[1]!);
    const max = num(range[2]!);
    return min <= max ? { criterion: "prior-lines", min, max } : null;
  }
  const atLeast = new RegExp(
    String.raw`(?:\bat\s+least\s+|≥\s*|>=\s*|\bminimum\s+of\s+)${N}\s+(?:${LINES})\b`,
    "i",
  ).exec(t);
  if (atLeast) return { criterion: "prior-lines", min: num(atLeast[1]!), max: null };
  return null;
}

/** Inclusion: "lenalidomide-refractory" / "refractory to lenalidomide", stated without a condition. */
export function readLenalidomideRefractory(line: CriterionLine): Requirement | null {
  if (line.section !== "inclusion" || HEDGES.test(line.text)) return null;
  return /\blenalidomide[- ]refractory\b|\brefractory\s+to\s+lenalidomide\b/i.test(line.text)
    ? { criterion: "lenalidomide-refractory", required: true }
    : null;
}

/** Inclusion: "triple-class refractory" or "triple-class exposed". */
export function readTripleClass(line: CriterionLine): Requirement | null {
  if (line.section !== "inclusion" || HEDGES.test(line.text)) return null;
  const m = /\btriple[- ]class[- ](refractory|exposed)\b/i.exec(line.text);
  return m ? { criterion: "triple-class", required: m[1]!.toLowerCase() as "exposed" | "refractory" } : null;
}

/** Exclusion: any prior BCMA- (or GPRC5D-) directed therapy, named generically (not one product or
 * one modality such as CAR-T only, which a patient's other BCMA therapy would not meet). */
function readPriorTarget(line: CriterionLine, target: RegExp): boolean {
  if (line.section !== "exclusion" || HEDGES.test(line.text)) return false;
  if (/\bCAR\b|CAR-?T|bispecific|antibody[- ]drug|conjugate/i.test(line.text)) return false;
  const m = new RegExp(
    String.raw`\b(?:any\s+)?(?:prior|previous)\s+(?:treatment\s+with\s+|therapy\s+with\s+)?(?:an?\s+|any\s+)?${target.source}[\s-]+(?:directed|targeted|targeting)\s+(?:therapy|therapies|agents?|treatment)\b`,
    "i",
  );
  return m.test(line.text);
}
const BCMA = /(?:B[- ]cell maturation antigen\s*\(BCMA\)|BCMA)/;
const GPRC5D =
  /(?:G[- ]protein[- ]coupled receptor(?: class C)?(?: group)? 5(?: member)? D\s*\(GPRC5D\)|GPRC5D)/;

export function readNoPriorBcma(line: CriterionLine): Requirement | null {
  return readPriorTarget(line, BCMA) ? { criterion: "no-prior-bcma" } : null;
}

export function readNoPriorGprc5d(line: CriterionLine): Requirement | null {
  return readPriorTarget(line, GPRC5D) ? { criterion: "no-prior-gprc5d" } : null;
}

/** Exclusion: "any prior therapy for multiple myeloma [or smoldering myeloma]", optionally "except a
 * short course of corticosteroids" (the one exception read; any other exception refuses the line). */
export function readNoPriorMyelomaTherapy(line: CriterionLine): Requirement | null {
  if (line.section !== "exclusion") return null;
  const t = line.text;
  if (
    !/\bany\s+prior\s+(?:anti-?myeloma\s+)?(?:therapy|treatment)\s+for\s+(?:multiple\s+)?myeloma\b/i.test(t)
  )
    return null;
  const exception = /\bexcept\b(.*)$/i.exec(t);
  if (!exception)
    return /\b(?:if|unless)\b/i.test(t)
      ? null
      : { criterion: "no-prior-myeloma-therapy", steroidsAllowed: false };
  return /^\s*(?:for\s+)?(?:a\s+)?short\s+course\s+of\s+(?:cortico)?steroids?\s*\)?\.?\s*$/i.test(
    exception[1]!,
  )
    ? { criterion: "no-prior-myeloma-therapy", steroidsAllowed: true }
    : null;
}

/** Inclusion: "creatinine clearance (CrCl) >= 40 mL/min"; refused when another formula (MDRD, eGFR,
 * measured) is named, because the navigator computes Cockcroft-Gault. */
export function readCrClMin(line: CriterionLine): Requirement | null {
  if (line.section !== "inclusion" || HEDGES.test(line.text)) return null;
  const t = line.text;
  const m =
    /\b(?:creatinine\s+clearance|CrCl)\b(?:\s*\(CrCl\))?\s*(?:of\s*)?(?:≥|>=|greater\s+than\s+or\s+equal\s+to)\s*(\d+(?:\.\d+)?)\s*m[lL]\s*\/\s*min\b/i.exec(
      t,
    );
  if (!m) return null;
  if (/MDRD|eGFR|glomerular|CKD-EPI|measured|24[- ]?h(?:ou)?r?\s+urine/i.test(t)) return null;
  return {
    criterion: "crcl-min",
    mlPerMin: Number(m[1]),
    formula: /cockcroft/i.test(t) ? "cockcroft-gault" : "not named",
  };
}

/** Inclusion: "newly diagnosed multiple myeloma" (or relapsed/refractory), naming one state only. */
export function readDiseaseState(line: CriterionLine): Requirement | null {
  if (line.section !== "inclusion" || HEDGES.test(line.text) || !/\bmyeloma\b/i.test(line.text)) return null;
  const nd = NEWLY.test(line.text);
  const rr = RELAPSED.test(line.text);
  if (nd === rr) return null;
  return { criterion: "disease-state", state: nd ? "newly-diagnosed" : "relapsed-refractory" };
}

/** Inclusion: "... after (undergoing) autologous stem cell transplant". */
export function readAfterTransplant(line: CriterionLine): Requirement | null {
  if (line.section !== "inclusion" || HEDGES.test(line.text)) return null;
  return AFTER_TRANSPLANT.test(line.text) ? { criterion: "transplant", setting: "after-transplant" } : null;
}

export const READERS = [
  readDiseaseState,
  readAfterTransplant,
  readPriorLines,
  readLenalidomideRefractory,
  readTripleClass,
  readNoPriorBcma,
  readNoPriorGprc5d,
  readNoPriorMyelomaTherapy,
  readCrClMin,
] as const;

/** Every requirement a line states that a reader can read (usually none). */
export function readLine(line: CriterionLine): Requirement[] {
  const out: Requirement[] = [];
  for (const read of READERS) {
    const r = read(line);
    if (r) out.push(r);
  }
  return out;
}

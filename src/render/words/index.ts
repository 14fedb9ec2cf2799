/** The patient word tables by language, and how a language is chosen from a user's input. */
import { EN } from "./en.js";
import { ES } from "./es.js";
import { type HandoutWords, LANGS, type Lang } from "./types.js";

export const WORDS: Readonly<Record<Lang, HandoutWords>> = { en: EN, es: ES };

export function isLang(x: unknown): x is Lang {
  return typeof x === "string" && (LANGS as readonly string[]).includes(x);
}

/** The word table for a language code. */
export function wordsFor(lang: Lang): HandoutWords {
  return WORDS[lang];
}

export { LANGS, type Lang };

/** Reading ease of Spanish text: a Spanish syllable counter and two Spanish formulas.
 *
 * - INFLESZ (Szigriszt-Pazos "perspicuidad" formula, with the INFLESZ scale):
 *   206.835 − 62.3 · syllables/words − words/sentences. Sources: Szigriszt Pazos F. Sistemas predictivos
 *   de legibilidad del mensaje escrito: fórmula de perspicuidad [tesis doctoral]. Madrid: Universidad
 *   Complutense; 1993. Barrio-Cantalejo IM, Simón-Lorda P, Melguizo M, Escalona I, Marijuán MI,
 *   Hernando P. Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a
 *   pacientes. An Sist Sanit Navar. 2008;31(2):135-152 (scale: < 40 very hard, 40-55 somewhat hard,
 *   55-65 normal, 65-80 fairly easy, > 80 very easy).
 * - Fernández-Huerta: 206.84 − 0.60 · P − 1.02 · F (P syllables per 100 words, F sentences per 100
 *   words). Source: Fernández Huerta J. Medidas sencillas de lecturabilidad. Consigna. 1959;214:29-32.
 *
 * Syllables follow Spanish rules: a syllable per vowel group, where two strong vowels (a, e, o) side by
 * side, or a stressed weak vowel (í, ú) next to another vowel, are in hiatus (two syllables) and any other
 * pair is a diphthong (one); the u of "que, qui, gue, gui" is silent; "y" at the end of a word is a vowel. */

const STRONG = new Set(["a", "e", "o", "á", "é", "ó"]);
const STRESSED_WEAK = new Set(["í", "ú"]);
const VOWELS = new Set([...STRONG, ...STRESSED_WEAK, "i", "u", "ü"]);

/** Number words as read aloud, by syllables, for the digits a patient text contains. */
const NUMBER_SYLLABLES: Readonly<Record<string, number>> = {
  "0": 2, // ce-ro
  "1": 2, // u-no
  "2": 1, // dos
  "3": 1, // tres
  "4": 2, // cua-tro
  "5": 2, // cin-co
  "6": 1, // seis
  "7": 2, // sie-te
  "8": 2, // o-cho
  "9": 2, // nue-ve
  "10": 2, // diez
  "12": 2, // do-ce
};

function hiatus(a: string, b: string): boolean {
  if (STRONG.has(a) && STRONG.has(b)) return true;
  if (STRESSED_WEAK.has(a) || STRESSED_WEAK.has(b)) return true;
  return a === b; // "ii", "uu" (chiita, duunviro)
}

/** Syllables in one Spanish word. Numbers count as read; an all-capital short form is spelled out. */
export function syllablesEs(word: string): number {
  if (/^\d+$/.test(word)) return NUMBER_SYLLABLES[word] ?? Math.max(2, word.length + 1);
  if (/^[A-ZÁÉÍÓÚÑ]{2,5}$/.test(word)) return word.length;
  let w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, "");
  if (w === "") return 0;
  // The u of que/qui/gue/gui is not pronounced; "ü" (pingüino) is.
  w = w.replace(/([qg])u(?=[eéií])/g, "$1");
  // "y" is a vowel at the end of a word (hoy, muy, rey) or on its own (the conjunction).
  w = w.replace(/y$/, "i");
  let count = 0;
  let prev: string | null = null;
  for (const ch of w) {
    if (!VOWELS.has(ch)) {
      prev = null;
      continue;
    }
    if (prev === null || hiatus(prev, ch)) count += 1;
    prev = ch;
  }
  return Math.max(1, count);
}

export interface TextCounts {
  words: number;
  syllables: number;
  sentences: number;
}

/** Counts words, syllables and sentences. A sentence ends at . ! ? ; or : followed by a space or the
 * end, and at the end of every line (a heading or list item is read as a sentence of its own). */
export function countSpanish(text: string): TextCounts {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  for (const line of text.split("\n")) {
    const parts = line.split(/[.!?;:]+(?:\s+|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s));
    sentences += parts.length;
    for (const wd of line.match(/[\p{L}\p{N}]+/gu) ?? []) {
      words += 1;
      syllables += syllablesEs(wd);
    }
  }
  return { words, syllables, sentences };
}

/** INFLESZ / Szigriszt-Pazos perspicuity (55 and above reads as "normal" or easier). */
export function inflesz(text: string): number {
  const c = countSpanish(text);
  if (c.words === 0 || c.sentences === 0) return Number.NaN;
  return 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences;
}

/** Fernández-Huerta reading ease (60 and above: easy enough for most adults). */
export function fernandezHuerta(text: string): number {
  const c = countSpanish(text);
  if (c.words === 0 || c.sentences === 0) return Number.NaN;
  const p = (100 * c.syllables) / c.words;
  const f = (100 * c.sentences) / c.words;
  return 206.84 - 0.6 * p - 1.02 * f;
}

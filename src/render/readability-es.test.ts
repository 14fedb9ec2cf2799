/** The Spanish syllable counter on words whose syllables are known (RAE division), and the formulas. */
import { describe, expect, it } from "vitest";
import { countSpanish, fernandezHuerta, inflesz, syllablesEs } from "./readability-es.js";

describe("Spanish syllables", () => {
  it.each([
    ["mesa", 2], // me-sa
    ["mieloma", 3], // mie-lo-ma (diphthong ie)
    ["tratamiento", 4], // tra-ta-mien-to
    ["médula", 3],
    ["riñones", 3],
    ["análisis", 4],
    ["ciudad", 2], // ciu-dad (two weak vowels: diphthong)
    ["cuidado", 3], // cui-da-do
    ["estudio", 3], // es-tu-dio
    ["radiación", 3], // ra-dia-ción
    ["buey", 1], // triphthong, final y is a vowel
    ["Uruguay", 3], // u-ru-guay
    ["hoy", 1],
    ["y", 1],
    ["poeta", 3], // po-e-ta (two strong vowels: hiatus)
    ["aéreo", 4], // a-é-re-o
    ["leer", 2], // le-er
    ["día", 2], // dí-a (stressed weak vowel: hiatus)
    ["país", 2], // pa-ís
    ["proteína", 4], // pro-te-í-na
    ["oído", 3], // o-í-do
    ["baúl", 2], // ba-úl
    ["guerra", 2], // gue-rra (silent u)
    ["que", 1],
    ["pingüino", 3], // pin-güi-no (ü is pronounced)
    ["ahora", 3], // a-ho-ra (h does not join vowels)
    ["3", 1], // tres
    ["6", 1], // seis
    ["4", 2], // cua-tro
  ])("%s has %i", (word, n) => {
    expect(syllablesEs(word)).toBe(n);
  });
});

describe("Spanish reading ease", () => {
  it("counts words, syllables and sentences (each line is a sentence)", () => {
    expect(countSpanish("La mesa es azul.\nEl día")).toEqual({ words: 6, syllables: 9, sentences: 2 });
  });

  it("INFLESZ and Fernández-Huerta follow their formulas", () => {
    // 4 words, 6 syllables, 1 sentence: la(1) me-sa(2) es(1) a-zul(2).
    const t = "La mesa es azul.";
    expect(inflesz(t)).toBeCloseTo(206.835 - 62.3 * (6 / 4) - 4, 6);
    expect(fernandezHuerta(t)).toBeCloseTo(206.84 - 0.6 * 150 - 1.02 * 25, 6);
  });

  it("plain short sentences score easier than long technical ones", () => {
    const plain = "Su sangre está bien. Vuelva en tres meses. Llame si tiene dolor.";
    const hard =
      "La electroforesis de proteínas séricas y la inmunofijación constituyen determinaciones imprescindibles para la caracterización inmunoquímica de las gammapatías monoclonales.";
    expect(inflesz(plain)).toBeGreaterThan(80);
    expect(inflesz(hard)).toBeLessThan(40);
    expect(fernandezHuerta(plain)).toBeGreaterThan(fernandezHuerta(hard));
  });
});

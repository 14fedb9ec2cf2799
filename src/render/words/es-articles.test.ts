/** Review c84-m5: Spanish handout marks give a drug name its article, by the gender of the name's head word. */
import { describe, expect, it } from "vitest";
import { ES } from "./es.js";

describe("Spanish drug names take their article", () => {
  it("feminine for -a names, masculine otherwise, read from the first word", () => {
    expect(ES.marks.hadBefore([ES.genericName("pomalidomide")])).toBe("la pomalidomida ya no le funciona");
    expect(ES.marks.stoppedForSideEffects([ES.genericName("bortezomib")])).toBe(
      "dejó el bortezomib antes por los efectos secundarios",
    );
    // "belantamab mafodotina": the head word is belantamab (masculine), though the name ends in -a.
    expect(ES.marks.sameTargetOnly([ES.genericName("belantamab mafodotin")])).toBe(
      "misma diana que el belantamab mafodotina",
    );
  });
});

/** Review c63 (/work/review63/review.md), the patient handout (EN, ES): the transplant kept for later shows the
 * collection and storage of stem cells, never "Stem cell transplant" (c63-U1); after fewer D-VRd cycles than
 * CEPHEUS's 8, the rest of the first treatment is next, the long-term treatment later (c63-W1). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { buildHandout, handoutLines } from "./handout.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const lines = (a: Assessment, w: HandoutWords) => handoutLines(buildHandout(a, w));

describe("c63-U1 handout: transplant deferred", () => {
  const untreated = vignette("review-c63-u1-untreated-deferred");
  const after4 = vignette("review-c63-u1-w1-deferred-after-4c-dvrd");

  for (const w of [EN, ES])
    it(`says the collection and storage for a later transplant, never a transplant now (${w === EN ? "EN" : "ES"})`, () => {
      const u = lines(untreated, w);
      expect(u).toContain(`${w.planStatus.next}: ${w.phase.induction.step}.`);
      expect(u).toContain(`${w.planStatus.later}: ${w.collectionForLaterStep}.`);
      expect(u).toContain(w.optionById["pathway.deferred.stem-cell-collection"]);
      expect(u.join(" ")).not.toContain(w.phase.transplant.step);
      const a = lines(after4, w);
      expect(a).toContain(`${w.planStatus.next}: ${w.collectionForLaterStep}.`);
      expect(a.join(" ")).not.toContain(w.phase.transplant.step);
    });

  it("the words say storage for a later transplant in both languages", () => {
    expect(EN.collectionForLaterStep).toMatch(/storing your stem cells.*transplant .*later/);
    expect(ES.collectionForLaterStep).toMatch(/conservación de sus células madre.*trasplante más adelante/);
  });
});

describe("c63-W1 handout: D-VRd cycles remain after 4 cycles, the transplant deferred or not to be done", () => {
  for (const name of ["review-c63-u1-w1-deferred-after-4c-dvrd", "review-c63-w1-no-transplant-after-4c-dvrd"])
    for (const w of [EN, ES])
      it(`${name}: the rest of the first treatment is next, long-term treatment later (${w === EN ? "EN" : "ES"})`, () => {
        const t = lines(vignette(name), w);
        expect(t).toContain(`${w.planStatus.next}: ${w.restOfFirstTreatmentStep}.`);
        expect(t).not.toContain(`${w.planStatus.next}: ${w.phase.maintenance.step}.`);
        expect(t).toContain(`${w.planStatus.later}: ${w.phase.maintenance.step}.`);
        expect(t.some((l) => l.endsWith(`– ${w.marks.afterRestOfFirstTreatment}`))).toBe(true);
      });

  it("control: after 8 cycles of 21 days, long-term treatment is next, with no 'rest of' words", () => {
    for (const w of [EN, ES]) {
      const t = lines(vignette("review-c63-w1-no-transplant-after-8c-dvrd"), w);
      expect(t).toContain(`${w.planStatus.next}: ${w.phase.maintenance.step}.`);
      expect(t.join(" ")).not.toContain(w.restOfFirstTreatmentStep);
      expect(t.join(" ")).not.toContain(w.marks.afterRestOfFirstTreatment);
    }
  });
});

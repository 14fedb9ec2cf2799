/** The handout's words for where the patient stands: on a treatment for relapse that is working (no
 * "grows again", no "a new treatment now"), and refractory disease said as criteria-and-scores 9.2
 * defines it (progression on the treatment or within 60 days of it), never as "did not respond" to a
 * patient who did respond first. Vignettes from the c7 specialist review. */
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
const text = (a: Assessment, w: HandoutWords) => handoutLines(buildHandout(a, w)).join(" ");

describe("handout: on a treatment for relapse, with no progression on it", () => {
  // review-c7-14: DPd (line 2) after progression on lenalidomide maintenance, PR on DPd.
  // review-c7-12: teclistamab week 3 (line 5), no progression on it.
  const onDpd = vignette("handout-on-dpd-responding");
  const onTec = vignette("handout-teclistamab-week-3-after-four-lines");

  it("the engine reads both as a relapse line being given, not progressed", () => {
    for (const a of [onDpd, onTec]) {
      expect(a.phase.code).toBe("relapsed");
      expect(a.phase.progressed).toBe(false);
      expect(a.phase.currentLine).not.toBeNull();
    }
  });

  it("says to keep going with the treatment, without the 'grows again' words or a new treatment now (English)", () => {
    for (const a of [onDpd, onTec]) {
      const t = text(a, EN);
      expect(t).toContain("The usual plan is to keep going with your current treatment");
      expect(t).not.toMatch(/grows again|has grown again/i);
      expect(t).not.toContain("Now: A new treatment");
      expect(t).not.toContain("choose the next one");
      expect(t).toContain(EN.phase.relapsed.onLine);
      // The plan: the treatment now, a new one only if the disease grows.
      expect(t).toContain(`Now: ${EN.phase.relapsed.onLineStep}.`);
      expect(t).toContain("Only if the disease grows: A new treatment.");
    }
    // One assessment of PR on DPd: not named until the next test confirms it (IMWG 2016).
    expect(text(onDpd, EN)).toContain(EN.response.early);
  });

  it("says the same in Spanish", () => {
    for (const a of [onDpd, onTec]) {
      const t = text(a, ES);
      expect(t).toContain("Lo habitual es seguir con su tratamiento actual");
      expect(t).not.toMatch(/vuelva a crecer|ha vuelto a crecer/i);
      expect(t).not.toContain("Ahora: Un nuevo tratamiento");
      expect(t).toContain(ES.phase.relapsed.onLine);
      expect(t).toContain(`Ahora: ${ES.phase.relapsed.onLineStep}.`);
      expect(t).toContain("Solo si la enfermedad crece: Un nuevo tratamiento.");
    }
  });

  it("the questions are those of a treatment under way", () => {
    const t = text(onDpd, EN);
    expect(t).toContain(EN.questions.working);
    expect(t).toContain(EN.questions.whatNext);
  });
});

describe("handout: refractory disease after a response", () => {
  // review-c7-01: VGPR on VRd-ASCT-lenalidomide, then progression on lenalidomide maintenance.
  const refractory = vignette("handout-refractory-on-len-maintenance-after-vgpr");

  it("says the disease grew on the treatment or soon after it, never that it did not respond", () => {
    expect(refractory.phase.code).toBe("refractory");
    const en = text(refractory, EN);
    expect(en).not.toMatch(/did not respond/i);
    expect(en).toContain("The disease grew while you were on your latest treatment, or soon after it.");
    const es = text(refractory, ES);
    expect(es).not.toMatch(/no respondió/i);
    expect(es).toContain("La enfermedad creció mientras recibía su último tratamiento, o poco después.");
  });
});

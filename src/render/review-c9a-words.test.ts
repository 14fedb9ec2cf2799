/** Review c9a words, each failing on main 5b9d5f2: the handout names the step-up doses and the hospital
 * stay (or staying near it) of a bispecific it lists (treatments.md 5c: step-up dosing; hospitalise 48 h
 * after each step-up dose, US PI; EU SmPC: stay near a healthcare facility), and the eye check before each
 * belantamab dose (treatments.md 5c: eye exam before doses), in English and Spanish; the clinician
 * summary says the lines of therapy naturally, never lists dexamethasone as a refractory drug
 * (criteria-and-scores.md 9: refractoriness by anti-CD38, PI, IMiD) and gives DRd's next step as the
 * continuous regimen it is (treatments.md 4, DRd row, MAIA: until progression); an SMM risk score says
 * which values it rests on. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { renderClinicianSummary } from "./clinician.js";
import { buildHandout, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const vignette = (name: string): Assessment => assess(record(name));
const handout = (a: Assessment, w: HandoutWords = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));
const full = (a: Assessment, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));
const clinician = (a: Assessment) => flat(renderClinicianSummary(a, "text"));

describe("handout: bispecific step-up doses and the hospital stay; belantamab eye checks", () => {
  const a = vignette("review-c9a-relapse-after-cilta-cel");

  it("English: step-up doses, a hospital stay or staying near it; an eye check before each belantamab dose", () => {
    const t = handout(a);
    expect(t).toMatch(/small step-up doses/);
    expect(t).toMatch(/stay in the hospital, or close to it,/);
    expect(t).toMatch(/eye check before each dose/);
    // The full summary says it with the belantamab options too.
    expect(full(a)).toMatch(/eye check before each dose/);
  });

  it("Spanish: the same", () => {
    const t = handout(a, ES);
    expect(t).toMatch(/dosis pequeñas y crecientes/);
    expect(t).toMatch(/en el hospital o cerca de él/);
    expect(t).toMatch(/antes de cada dosis/);
    expect(full(a, ES)).toMatch(/le revisarán la vista antes de cada dosis/);
  });

  it("not when no bispecific nor belantamab is listed", () => {
    const b = vignette("pathway-drd-week-3");
    for (const w of [EN, ES]) {
      const t = handout(b, w);
      expect(t).not.toMatch(/step-up|crecientes/);
      expect(t).not.toMatch(/eye check|revisarán la vista/);
    }
  });
});

describe("clinician summary words", () => {
  it("DRd week 3: 'line 1 being given (no prior lines)', never '0 prior'; next step DRd until progression", () => {
    const t = clinician(vignette("pathway-drd-week-3"));
    expect(t).toContain("Lines of therapy: line 1 being given (no prior lines)");
    expect(t).not.toMatch(/\b0 prior\b/);
    expect(t).toMatch(/Next step: DRd until progression or intolerance/);
    expect(t).not.toMatch(/VRd x8/);
  });

  it("after five lines: no dexamethasone among the refractory drugs", () => {
    const t = clinician(vignette("rrmm-after-bcma"));
    const line = t.match(/Refractory drugs: [^-]*/)?.[0] ?? "";
    expect(line).toMatch(/lenalidomide/);
    expect(line).not.toMatch(/dexamethasone/);
    expect(t).toContain("Lines of therapy: 5 given, off therapy now (5 prior lines)");
  });

  it("SMM on AQUILA daratumumab: each score names the pre-treatment date it rests on", () => {
    const t = clinician(vignette("smm-aquila-daratumumab-month-24"));
    expect(t).toMatch(
      /Mayo 2018 \(20\/2\/20\): high risk \(3 of 3 factors\) – values of 2024-10-01, before the first treatment \(2024-11-15\)/,
    );
    expect(t).toMatch(
      /IMWG 2020 score: intermediate-high risk \(12 points\), FISH not assessed – values of 2024-10-01/,
    );
  });

  it("the prior BCMA agent is named in the bispecific's caution", () => {
    const t = clinician(vignette("review-c9a-relapse-after-cilta-cel"));
    expect(t).toMatch(
      /lower response rates after it \(33% in MagnetisMM-3 cohort B, elranatamab\)[^.]*\(BCMA-directed therapy received before: ciltacabtagene autoleucel\)/,
    );
  });
});

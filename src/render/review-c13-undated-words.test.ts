/** Review c13 words (specialist review, finding 1): undated labs in the patient texts. The serum M-protein and
 * involved free light chains are in the record without a date (the engine's ResponseResult.baselineUndated,
 * review c13-2; criteria-and-scores.md 6.1: an undated value cannot serve as the response baseline). The
 * handout listed the blood-protein and light-chain tests among "tests that would help" and the full
 * summary said "We do not have a blood test of light chains", as if they were not done. The patient now
 * reads once, plainly, that the results are in the record without the date they were taken and that the
 * team needs the dates (English and Spanish); the clinician text keeps the engine's words.
 * Vignettes: examples/vignettes/review-c13-dvmp-week-3.json, pathway-drd-week-3.json. */
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

type R = Record<string, unknown>;
const flat = (s: string) => s.replace(/\s+/g, " ");
const record = (name: string): R =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const handout = (a: Assessment, w: HandoutWords = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));
const full = (a: Assessment, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));
const count = (text: string, part: string) => text.split(part).length - 1;

const EN_SAID = "Your record has your blood protein and light chain results, but not the date of each test.";
const EN_NEED = "Your team needs these dates to compare your results over time.";
const ES_SAID =
  "Su historia clínica tiene los resultados de la proteína en la sangre y de las cadenas ligeras, pero no la fecha de cada prueba.";
const ES_NEED = "Su equipo necesita esas fechas para comparar sus resultados a lo largo del tiempo.";

/** The same record with the undated serum M-protein and free light chains dated before the line. */
function dated(r: R): R {
  const labs = { ...(r.labs as Record<string, R>) };
  for (const k of ["serumMProtein", "involvedFreeLightChain", "uninvolvedFreeLightChain"])
    if (labs[k]) labs[k] = { ...labs[k], date: "2026-10-25" };
  return { ...r, labs };
}

describe.each(["review-c13-dvmp-week-3", "pathway-drd-week-3"])("%s: undated M-protein and FLC", (name) => {
  const a = assess(record(name));

  it("the engine reads them as undated (the premise)", () => {
    expect(a.response.baselineUndated).toEqual(["serum", "flc"]);
  });

  it("English handout: the tests are not listed as to be done; the undated results are said once", () => {
    const t = handout(a);
    expect(t).not.toContain("A blood and urine protein test shows");
    expect(t).not.toContain("A blood test of light chains shows");
    expect(count(t, EN_SAID)).toBe(1);
    expect(count(t, EN_NEED)).toBe(1);
    expect(t).not.toMatch(/no date/i);
  });

  it("English full summary: not 'we do not have' them; the undated results said once", () => {
    const t = full(a);
    expect(t).not.toContain("We do not have a blood test of light chains");
    expect(t).not.toContain("We do not have the amount of abnormal protein in the blood");
    expect(count(t, EN_SAID)).toBe(1);
    expect(count(t, EN_NEED)).toBe(1);
    expect(t).not.toMatch(/no date/i);
  });

  it("Spanish handout and full summary alike", () => {
    const h = handout(a, ES);
    expect(h).not.toContain("Un análisis de proteínas en sangre y orina");
    expect(h).not.toContain("Un análisis de sangre de cadenas ligeras");
    const f = full(a, ES);
    expect(f).not.toContain("No tenemos un análisis de sangre de cadenas ligeras");
    expect(f).not.toContain("No tenemos la cantidad de proteína anormal en la sangre");
    for (const t of [h, f]) {
      expect(count(t, ES_SAID)).toBe(1);
      expect(count(t, ES_NEED)).toBe(1);
      expect(t).not.toMatch(/sin fecha/i);
    }
  });

  it("the clinician text keeps the engine's words", () => {
    const t = flat(renderClinicianSummary(a, "text"));
    expect(t).toContain(
      "the serum M-protein and involved free light chain in the record have no date, so whether they are from before the start of line 1 (2026-11-10) cannot be told",
    );
    expect(t).toContain("record the pre-treatment value with its date in series.serumMProtein");
  });

  it("control: the same values dated before the line: no such words", () => {
    const b = assess(dated(record(name)));
    expect(b.response.baselineUndated).toBeUndefined();
    for (const t of [handout(b), full(b)]) expect(t).not.toContain(EN_SAID);
    for (const t of [handout(b, ES), full(b, ES)]) expect(t).not.toContain(ES_SAID);
  });
});

describe("only the undated measure is named", () => {
  it("a dated light chain value and an undated serum M-protein: the blood protein alone", () => {
    const r = record("review-c13-dvmp-week-3");
    const labs = r.labs as Record<string, R>;
    for (const k of ["involvedFreeLightChain", "uninvolvedFreeLightChain"])
      labs[k] = { ...(labs[k] as R), date: "2026-10-25" };
    const a = assess(r);
    expect(a.response.baselineUndated).toEqual(["serum"]);
    expect(full(a)).toContain("Your record has your blood protein results, but not the date of each test.");
    expect(full(a, ES)).toContain(
      "Su historia clínica tiene los resultados de la proteína en la sangre, pero no la fecha de cada prueba.",
    );
  });
});

/** The Spanish handout and full summary for every example record (examples/diagnosis, vignettes,
 * response, design) and the hand-built fixtures: no English sentence leaks in, and the reading ease is
 * INFLESZ >= 55 ("normal", Barrio-Cantalejo 2008) for every handout. The English handout keeps its own
 * Flesch-Kincaid check in readability.test.ts. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { exampleRecords } from "../testing/example-records.js";
import { ALL_FIXTURES } from "./__fixtures__/assessments.js";
import { buildHandout, handoutLines, renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { fernandezHuerta, inflesz } from "./readability-es.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const MIN_INFLESZ = 55;
const MIN_INFLESZ_FULL = 55;

/** Common English words that are not Spanish words: any of them in a Spanish text is a leaked sentence. */
const ENGLISH = new Set(
  (
    "the and of is are your you with for this that will be not what which who how when there these they it " +
    "on at by from has have had can may more some care team test tests treatment blood drug drugs medicine " +
    "results disease should could would about after before only also other than into each if or an do does"
  ).split(" "),
);

/** The text without drug names and regimen codes (the only words allowed to be the same in both). */
function withoutNames(text: string, a: Assessment): string {
  let out = text;
  const names = new Set<string>();
  for (const o of a.options) {
    if (o.regimen?.code) names.add(o.regimen.code);
    for (const d of o.regimen?.drugs ?? []) names.add(ES.genericName(d)).add(ES.drug[d]?.name ?? d);
  }
  for (const n of [...names].sort((x, y) => y.length - x.length)) out = out.split(n).join(" ");
  return out;
}

function englishWords(text: string, a: Assessment): string[] {
  const words =
    withoutNames(text, a)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => ENGLISH.has(w)))];
}

const records: [string, Assessment][] = [
  ...exampleRecords().map(([name, r]): [string, Assessment] => [
    name,
    assess(r, { defaultAsOf: "2026-11-26" }),
  ]),
  ...Object.entries(ALL_FIXTURES).map(([k, a]): [string, Assessment] => [`fixture ${k}`, a]),
];

const scores: { name: string; handout: number; full: number; fh: number }[] = [];

describe("Spanish patient texts for every example record", () => {
  it("finds the example records", () => expect(records.length).toBeGreaterThan(15));

  it.for(records)("%s: Spanish only, INFLESZ >= 55", ([name, a]) => {
    const handout = renderHandout(a, "markdown", ES);
    const full = renderPatientSummary(a, "markdown", ES);
    expect(englishWords(handout, a), handout).toEqual([]);
    expect(englishWords(full, a), full).toEqual([]);
    expect(englishWords(renderHandout(a, "text", ES), a)).toEqual([]);
    // The English handout of the same record is a different text (the switch changes something).
    expect(handoutLines(buildHandout(a, ES))).not.toEqual(handoutLines(buildHandout(a, EN)));
    const text = handoutLines(buildHandout(a, ES)).join("\n");
    const fullText = full.replace(/[#*_\\>-]/g, " ");
    const score = inflesz(text);
    scores.push({ name, handout: score, full: inflesz(fullText), fh: fernandezHuerta(text) });
    expect(score, text).toBeGreaterThanOrEqual(MIN_INFLESZ);
    expect(inflesz(fullText), fullText).toBeGreaterThanOrEqual(MIN_INFLESZ_FULL);
  });

  it("the Spanish empty record says there are too few results and names no cancer", () => {
    const a = assess({ asOf: "2026-11-26" });
    const text = renderHandout(a, "text", ES) + renderPatientSummary(a, "text", ES);
    expect(text).toContain("Hay muy pocos resultados de pruebas para saber qué pasa.");
    expect(text).not.toMatch(/cáncer|mieloma|más probable/i);
  });

  it("the stop-list catches an English sentence", () => {
    const a = records[0]![1];
    expect(englishWords("Su equipo médico. Ask your care team about the dose.", a).length).toBeGreaterThan(3);
  });

  it("reports the measured range", () => {
    if (process.env.READABILITY_RANGES && scores.length > 0) {
      const range = (k: "handout" | "full" | "fh") =>
        `${Math.min(...scores.map((s) => s[k])).toFixed(1)}-${Math.max(...scores.map((s) => s[k])).toFixed(1)}`;
      console.log(
        `INFLESZ handout ${range("handout")}, full ${range("full")}; Fernández-Huerta handout ${range("fh")}`,
      );
    }
    expect(scores.length).toBe(records.length);
  });
});

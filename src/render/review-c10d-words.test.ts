/** Review c10 words fixed by c10d, each failing on main cd2e03d.
 * M5. Smouldering myeloma with a rising M-protein: the handout says the protein has been going up and that
 *     the team may want to see the patient sooner (treatments.md 2a gives "every 6-12 months if stable" only),
 *     in English and Spanish.
 * M8. Stable low-risk MGUS without marrow, imaging or 24-h urine: the Spanish handout does not say the tests
 *     give no clear answer (it is MGUS, criteria-and-scores.md 1.3). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { buildHandout, handoutLines } from "./handout.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const vignette = (name: string): Assessment => assess(record(name));
const handout = (a: Assessment, w: HandoutWords = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));

describe("c10 M5: the handout says a rising protein", () => {
  const a = vignette("review-c10d-smm-rising");

  it("English: the protein has been going up; the team may want to see you sooner", () => {
    const t = handout(a);
    expect(t).toMatch(/going up/);
    expect(t).toMatch(/sooner/);
    expect(t).toMatch(/25 March 2027/);
  });

  it("Spanish: the same", () => {
    const t = handout(a, ES);
    expect(t).toMatch(/subiendo/);
    expect(t).toMatch(/antes/);
  });
});

describe("c10 M8: low-risk MGUS without a 24-h urine", () => {
  const a = vignette("review-c10d-mgus-no-urine");
  it("Spanish: no 'no dan una respuesta clara'; the next test in 2028", () => {
    const t = handout(a, ES);
    expect(t).not.toMatch(/no dan una respuesta clara/);
    expect(t).toMatch(/2028/);
  });
  it("English: no 'not clear'", () => {
    expect(handout(a)).not.toMatch(/not give a clear answer|no clear answer/i);
  });
});

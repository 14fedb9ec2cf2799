/** Review c10 words fixed by c10d, each failing on main cd2e03d.
 * M5. Smouldering myeloma with a rising M-protein: the handout says the protein has been going up and that
 *     the team may want to see the patient sooner (treatments.md 2a gives "every 6-12 months if stable" only),
 *     in English and Spanish. */
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

/** Review c89-m4 (/work/review89/review.md; record r01, copied as the vignette review-c89-frail-86-crcl26-egfr49-untreated): the
 * full patient summary of a frail 86-year-old ran to 300 lines, the same "things to ask" repeated under each option
 * ("Pregnancy and birth control" six times). A topic shared by three or more options is said once above them, with the
 * numbers of its options; each option keeps the topics of its own. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderPatientSummary } from "./patient.js";
import { ES } from "./words/es.js";

const a = assess(
  JSON.parse(
    readFileSync(
      new URL("../../examples/vignettes/review-c89-frail-86-crcl26-egfr49-untreated.json", import.meta.url),
      "utf8",
    ),
  ),
);
const count = (t: string, s: string) => t.split(s).length - 1;

describe("review c89-m4: shared questions said once in the full summary", () => {
  it("EN: the REMS topic once, above the options, naming the options it is about", () => {
    const t = renderPatientSummary(a, "text");
    expect(count(t, "Pregnancy and birth control")).toBe(1);
    const lead = t.indexOf("Things to ask your team about, for several of the options below:");
    expect(lead).toBeGreaterThan(0);
    expect(lead).toBeLessThan(t.indexOf("1. 3-drug treatment with daratumumab (DRd)"));
    expect(t).toMatch(
      /Pregnancy and birth control \(a safety program checks this; options 1, 2(, \d+)* and \d+\)\./,
    );
    // Every option listed above is still there, and one topic of a single option stays under it.
    expect(t).toMatch(/The jaw bone and dental care\./);
    expect(count(t, "The right dose for you")).toBe(1);
  });
  it("ES: the same, in Spanish", () => {
    const t = renderPatientSummary(a, "text", ES);
    expect(t).toContain("Temas para preguntar a su equipo, para varias de las opciones de abajo:");
    expect(t).toMatch(/opciones 1, 2(, \d+)* y \d+\)/);
  });
  it("a topic of fewer than three options stays under its options", () => {
    const t = renderPatientSummary(a, "text");
    const shared = t.slice(t.indexOf("for several of the options below"), t.indexOf("1. 3-drug treatment"));
    for (const m of shared.matchAll(/options ([\d, and]+)\)/g)) {
      const n = m[1]?.match(/\d+/g)?.length ?? 0;
      expect(n).toBeGreaterThanOrEqual(3);
    }
  });
});

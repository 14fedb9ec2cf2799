/** Review c10 words fixed by c10d, each failing on main cd2e03d.
 * M5. Smouldering myeloma with a rising M-protein: the handout says the protein has been going up and that
 *     the team may want to see the patient sooner (treatments.md 2a gives "every 6-12 months if stable" only),
 *     in English and Spanish.
 * M8. Stable low-risk MGUS without marrow, imaging or 24-h urine: the Spanish handout does not say the tests
 *     give no clear answer (it is MGUS, criteria-and-scores.md 1.3).
 * W1. Not high risk by IMS/IMWG 2025 (criteria-and-scores.md 4.3: del(17p) needs CCF >= 20%, UNVERIFIED
 *     inequality; an IgH translocation alone does not make it high risk): no plan step says "high-risk",
 *     and a del(17p) below the threshold is said in the headline.
 * W3. AL amyloidosis, Mayo 2004 stage IIIb: the clinician text says why D-VCd is absent (treatments.md 6,
 *     D-VCd row: not indicated for NYHA IIIB/IV or Mayo stage IIIB outside trials, excluded from ANDROMEDA). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { renderClinicianSummary } from "./clinician.js";
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

describe("c10 W1: risk words for disease that is not high risk", () => {
  for (const name of ["review-c10d-del17p-12", "review-c10d-t414-alone"]) {
    it(`${name}: not high risk, and no plan step says high-risk`, () => {
      const a = vignette(name);
      expect(a.risk.cytogenetic.ims2025?.highRisk).toBe(false);
      for (const st of a.plan) expect(st.title).not.toMatch(/high-risk/);
    });
  }

  it("del(17p) in 12%: the headline says it is below the 20% threshold", () => {
    const t = flat(renderClinicianSummary(vignette("review-c10d-del17p-12"), "text"));
    expect(t).toMatch(
      /Headline: not high risk \(IMS\/IMWG 2025[^:]*\)\): del\(17p\) in 12% of clonal plasma cells, below/,
    );
    expect(t).toMatch(/below the >= 20%/);
  });

  it("high risk (del(17p) 25% + TP53) keeps the high-risk maintenance clause (control)", () => {
    const r = record("review-c10d-del17p-12") as { cytogenetics: { del17pClonalFraction: number } };
    r.cytogenetics.del17pClonalFraction = 25;
    const a = assess(r);
    expect(a.risk.cytogenetic.ims2025?.highRisk).toBe(true);
    expect(a.plan.map((st) => st.title).join(" ")).toMatch(/high-risk/);
  });
});

describe("c10 W3: AL stage IIIb says why D-VCd is absent", () => {
  it("the clinician text names ANDROMEDA and the stage IIIb exclusion", () => {
    const a = vignette("review-c10d-al-stage-iiib");
    expect(a.options.map((o) => o.id)).not.toContain("al.d-vcd");
    const t = flat(renderClinicianSummary(a, "text"));
    expect(t).toMatch(/ANDROMEDA\) is not listed: not indicated for Mayo stage IIIb/);
  });
});

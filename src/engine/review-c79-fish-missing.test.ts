/** Review c79-m1 (report /work/review79/review.md, records r791, r793): FISH not done, but high risk by beta2-microglobulin
 * >= 5.5 mg/L with normal creatinine (IMS/IMWG 2025 criterion 4). The FISH probes were asked "for R2-ISS" only; the
 * genetic criteria 1-3 that maintenance reads (treatments.md 3d: bortezomib-containing maintenance for high-risk
 * cytogenetics) went unasked, the lenalidomide maintenance card said nothing of them, and the handout dropped "Gene tests
 * ... help choose treatment". criteria-and-scores.md 3.2: missing FISH never defaults to standard risk. Now
 * `risk.cytogenetic.geneticMissing` lists the markers criteria 1-3 miss, the maintenance card's high-risk caution is
 * said "Not known" with them asked, and the handout keeps the gene-test line. Failing before. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const NO_FISH = "review-c79-m1-no-fish-b2m-high";
const GENETIC = [
  "cytogenetics.tp53Mutation",
  "cytogenetics.del17p",
  "cytogenetics.t4_14",
  "cytogenetics.t14_16",
  "cytogenetics.t14_20",
  "cytogenetics.gain1q",
  "cytogenetics.del1p32",
];
const flat = (s: string) => s.replace(/\s+/g, " ");
const asked = (a: Assessment) => a.missingData.map((m) => m.field);
const maintCaution = (a: Assessment) =>
  a.options
    .find((o) => o.id === "maint.lenalidomide")
    ?.cautions.find((c) => c.startsWith("High-risk cytogenetics"));

describe("c79-m1: FISH not recorded, high risk by beta2-microglobulin alone", () => {
  const a = assess(readVignette(NO_FISH));

  it("the headline is high risk, the genetic risk not known, and criteria 1-3's markers are listed", () => {
    expect(a.risk.cytogenetic.highRisk).toBe(true);
    expect(a.risk.cytogenetic.geneticHighRisk).toBeNull();
    expect(a.risk.cytogenetic.geneticMissing.map((m) => m.field).sort()).toEqual([...GENETIC].sort());
  });

  it("every genetic marker is asked, for the maintenance choice (not only for R2-ISS)", () => {
    for (const f of GENETIC) expect(asked(a)).toContain(f);
    const del17p = a.missingData.find((m) => m.field === "cytogenetics.del17p");
    expect(del17p?.neededFor).toMatch(/R2-ISS/);
    expect(del17p?.neededFor).toMatch(/maintenance/i);
  });

  it("the lenalidomide maintenance card says the high-risk question is not known", () => {
    expect(maintCaution(a)).toMatch(/Not known: high-risk cytogenetics/);
  });

  it("the handout keeps the gene-test line (EN, ES)", () => {
    expect(flat(renderHandout(a, "text"))).toContain(
      "Gene tests on the abnormal cells help choose treatment.",
    );
    expect(flat(renderHandout(a, "text", ES))).toMatch(/Estas pruebas ayudarían:/);
  });

  it("controls: FISH recorded (standard risk) asks none and says nothing; high-risk FISH says the caution as known", () => {
    const standard = readVignette(NO_FISH);
    standard.cytogenetics = {
      del17p: false,
      tp53Mutation: false,
      t4_14: false,
      t14_16: false,
      t14_20: false,
      gain1q: false,
      del1p32: "none",
      date: "2026-11-10",
    };
    const s = assess(standard);
    expect(s.risk.cytogenetic.geneticMissing).toEqual([]);
    for (const f of GENETIC) expect(asked(s)).not.toContain(f);
    expect(maintCaution(s)).toBeUndefined();
    expect(flat(renderHandout(s, "text"))).not.toContain("Gene tests on the abnormal cells");
    const high = readVignette(NO_FISH);
    high.cytogenetics = { ...standard.cytogenetics, t4_14: true, gain1q: true };
    const h = assess(high);
    expect(h.risk.cytogenetic.geneticHighRisk).toBe(true);
    expect(maintCaution(h)).not.toMatch(/Not known/);
  });

  it("fast path, plain reference and codes-only agree", () => {
    const facts = toFacts(readVignette(NO_FISH));
    const full = assessFactsWith(facts, {}, {});
    const ref = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
    expect(JSON.stringify(ref)).toBe(JSON.stringify(full));
    const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
    expect(codes.missingData.map((m) => m.field)).toEqual(full.missingData.map((m) => m.field));
  });
});

/** Review c8 (2026-12-02), vignette examples/vignettes/risk-high-by-beta2-microglobulin-only.json (04a/04b):
 * new myeloma, FISH normal for every marker, beta2-microglobulin 6.2 mg/L with creatinine 1.1 mg/dL. The
 * IMS/IMWG 2025 consensus calls it high risk by its fourth criterion (beta2-microglobulin >= 5.5 mg/L with
 * normal creatinine; criteria-and-scores.md 4.3), not by a gene change. The clinician headline said
 * "cytogenetics high risk" and the handout "gene changes that doctors call high risk". Failed on 5a06f2c. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { renderClinicianSummary } from "./clinician.js";
import { buildHandout, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

type Rec = Record<string, unknown>;
const rec = JSON.parse(
  readFileSync(
    new URL("../../examples/vignettes/risk-high-by-beta2-microglobulin-only.json", import.meta.url),
    "utf8",
  ),
) as Rec;
const flat = (s: string) => s.replace(/\s+/g, " ");
const handout = (a: Assessment, w = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));

describe("high risk by beta2-microglobulin alone (IMS/IMWG 2025 criterion 4)", () => {
  const a = assess(rec);

  it("the engine says which criteria made it high risk: not the genetic ones", () => {
    expect(a.risk.cytogenetic.highRisk).toBe(true);
    expect(a.risk.cytogenetic.geneticHighRisk).toBe(false);
  });

  it("the clinician headline names beta2-microglobulin, not cytogenetics", () => {
    const t = flat(renderClinicianSummary(a, "text"));
    expect(t).not.toMatch(/cytogenetics high risk/);
    expect(t).toMatch(
      /high risk by beta2-microglobulin with normal creatinine \(IMS\/IMWG 2025\); cytogenetics not high risk/,
    );
  });

  it("the handout and the patient summary do not speak of gene changes (English and Spanish)", () => {
    expect(handout(a)).not.toMatch(/gene changes/);
    expect(handout(a)).toMatch(/beta-2 microglobulin/);
    expect(handout(a, ES)).not.toMatch(/cambios en los genes/);
    expect(handout(a, ES)).toMatch(/beta-2 microglobulina/);
    const p = flat(renderPatientSummary(a, "text"));
    expect(p).not.toMatch(/gene changes that doctors call high risk/);
    expect(p).toMatch(/beta-2 microglobulin/);
  });

  it("control: with t(4;14) and gain(1q) (criterion 2) the gene words stay", () => {
    const cg = { ...(rec.cytogenetics as Rec), t4_14: true, gain1q: true };
    const b = assess({ ...rec, cytogenetics: cg });
    expect(b.risk.cytogenetic.geneticHighRisk).toBe(true);
    expect(flat(renderClinicianSummary(b, "text"))).toMatch(/cytogenetics high risk/);
    expect(handout(b)).toMatch(/gene changes that doctors call high risk/);
  });
});

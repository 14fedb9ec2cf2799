/** Review c85-W1: a serum calcium in mmol/L typed under mg/dL (the web form's default unit) passed the plausibility
 * check (2-25 mg/dL holds the whole clinical range of calcium in mmol/L), so hypercalcaemia 3.2 mmol/L was read as
 * 3.2 mg/dL and the C of CRAB was lost (criteria-and-scores.md 1.1). The lower bound is now 4 mg/dL (1.0 mmol/L):
 * the value is refused naming the field, with "was it in mmol/L?", on every path that validates a record (the web
 * form, the CLI, the REST API and the FHIR import all call normalizeRecord). Beta-2 microglobulin in nmol/L typed
 * as mg/L cannot be told apart below 300 mg/L without refusing real values; above it the hint is given. */
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "./facts.js";
import { toCanonical } from "./units.js";

const record = (labs: Record<string, unknown>, series?: Record<string, unknown>) => ({
  asOf: "2026-12-01",
  patient: { age: 64, sex: "male" },
  labs: { serumMProtein: { value: 3.5, unit: "g/dL" }, heavyChain: "IgG", lightChain: "kappa", ...labs },
  marrow: { clonalPlasmaCellPercent: 40 },
  ...(series ? { series } : {}),
});

const issuesOf = (input: unknown) => {
  const r = normalizeRecord(input);
  return r.ok ? [] : r.issues;
};

describe("review c85-W1: calcium in mmol/L under mg/dL", () => {
  it("3.2 typed under mg/dL (r869) is refused naming labs.calcium, with the mmol/L hint", () => {
    expect(issuesOf(record({ calcium: { value: 3.2, unit: "mg/dL" } }))).toEqual([
      {
        path: "labs.calcium",
        message: "3.2 mg/dL is not a plausible value (expected 4–25 mg/dL); was it in mmol/L?",
      },
    ]);
  });

  it("a normal calcium in mmol/L under mg/dL (2.4) and a dated series value (2.9) are refused too", () => {
    expect(toCanonical("calcium", 2.4, "mg/dL")).toEqual({
      ok: false,
      message: "2.4 mg/dL is not a plausible value (expected 4–25 mg/dL); was it in mmol/L?",
    });
    const issues = issuesOf(record({}, { calcium: [{ date: "2026-11-20", value: 2.9, unit: "mg/dL" }] }));
    expect(issues.map((i) => i.path)).toEqual(["series.calcium.0"]);
    expect(issues[0]?.message).toMatch(/was it in mmol\/L\?$/);
  });

  it("controls: 3.2 mmol/L (r870), a low 4 mg/dL (1.0 mmol/L) and a usual 9.5 mg/dL are taken", () => {
    expect(issuesOf(record({ calcium: { value: 3.2, unit: "mmol/L" } }))).toEqual([]);
    expect(toCanonical("calcium", 4, "mg/dL")).toMatchObject({ ok: true, value: 4 });
    expect(toCanonical("calcium", 1, "mmol/L")).toMatchObject({ ok: true });
    expect(issuesOf(record({ calcium: { value: 9.5, unit: "mg/dL", upperLimitOfNormal: 10.2 } }))).toEqual(
      [],
    );
  });
});

describe("review c85-W1: beta-2 microglobulin in nmol/L under mg/L", () => {
  it("above 300 mg/L the nmol/L hint is given; 250 (r872) stays taken, as real myeloma values reach tens of mg/L", () => {
    expect(toCanonical("beta2Microglobulin", 350, "mg/L")).toEqual({
      ok: false,
      message: "350 mg/L is not a plausible value (expected 0.1–300 mg/L); was it in nmol/L?",
    });
    expect(toCanonical("beta2Microglobulin", 250, "mg/L")).toMatchObject({ ok: true, value: 250 });
    expect(toCanonical("beta2Microglobulin", 45, "mg/L")).toMatchObject({ ok: true, value: 45 });
  });
});

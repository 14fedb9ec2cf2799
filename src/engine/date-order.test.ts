/** Impossible dates are errors naming the field (review c8 finding 5, vignette review-c8-18b): a line
 * that progressed before it started, and anything dated after the day the assessment is made for.
 * Accepted silently, they made the anti-CD38 rule count -273 days of therapy (daratumumab not called
 * refractory while lenalidomide was, DKd and Isa-Kd shown as standard after progression on DRd).
 * The vignette is a fixture here, not an example: examples/ hold records the engine assesses. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MmnavError } from "../model/errors.js";
import { normalizeRecord } from "../model/facts.js";
import { assess } from "./assess.js";

const vignette = JSON.parse(
  readFileSync(
    join(
      import.meta.dirname,
      "../model/__fixtures__/review-c8-18b-progression-before-start-future-series.json",
    ),
    "utf8",
  ),
) as Record<string, unknown>;

function issuesOf(record: unknown, defaultAsOf?: string) {
  const res = normalizeRecord(record, defaultAsOf ? { defaultAsOf } : {});
  return res.ok ? [] : res.issues;
}

const line = (extra: Record<string, unknown>) => ({
  regimen: "DRd",
  drugs: ["daratumumab", "lenalidomide", "dexamethasone"],
  start: "2025-03-01",
  ...extra,
});

describe("impossible dates in a record", () => {
  it("refuses the review vignette with both fields named, instead of assessing it", () => {
    const issues = issuesOf(vignette);
    expect(issues.map((i) => i.path)).toEqual([
      "treatmentHistory.0.progressionDate",
      "series.serumMProtein.1.date",
    ]);
    expect(issues[0]?.message).toMatch(/before start \(2025-03-01\)/);
    expect(issues[1]?.message).toMatch(/2027-01-01 is after asOf \(2026-12-02\)/);
    expect(() => assess(vignette)).toThrow(MmnavError);
  });

  it("refuses a progression date before the line started, and accepts one on the start or after the end", () => {
    const rec = (t: Record<string, unknown>) => ({ asOf: "2026-12-02", treatmentHistory: [t] });
    expect(issuesOf(rec(line({ progressedOn: true, progressionDate: "2025-02-28" })))).toEqual([
      {
        path: "treatmentHistory.0.progressionDate",
        message: expect.stringMatching(/^progressionDate is before start \(2025-03-01\)/),
      },
    ]);
    expect(issuesOf(rec(line({ progressedOn: true, progressionDate: "2025-03-01" })))).toEqual([]);
    // Progression within 60 days of the last dose still counts as progression on the line.
    expect(
      issuesOf(rec(line({ end: "2025-09-01", progressedOn: true, progressionDate: "2025-10-15" }))),
    ).toEqual([]);
  });

  it("refuses every kind of date after the record's asOf, naming each field", () => {
    const record = {
      asOf: "2026-12-02",
      labs: { creatinine: { value: 1, unit: "mg/dL", date: "2026-12-03" } },
      marrow: { clonalPlasmaCellPercent: 20, date: "2027-01-01" },
      imaging: { performed: true, date: "2027-01-01" },
      cytogenetics: { del17p: false, date: "2027-01-01" },
      treatmentHistory: [line({ start: "2026-12-10", end: "2027-01-01", progressionDate: "2027-02-01" })],
      series: {
        hemoglobin: [
          { date: "2026-12-02", value: 11, unit: "g/dL" },
          { date: "2026-12-05", value: 11, unit: "g/dL" },
        ],
        serumImmunofixation: [{ date: "2027-01-01", result: "positive" }],
        clonalPlasmaCellPercent: [{ date: "2027-01-01", value: 5 }],
      },
    };
    expect(issuesOf(record).map((i) => i.path)).toEqual([
      "labs.creatinine.date",
      "marrow.date",
      "imaging.date",
      "cytogenetics.date",
      "treatmentHistory.0.start",
      "treatmentHistory.0.end",
      "treatmentHistory.0.progressionDate",
      "series.hemoglobin.1.date",
      "series.serumImmunofixation.0.date",
      "series.clonalPlasmaCellPercent.0.date",
    ]);
  });

  it("checks against the surface's date (today) when the record has no asOf", () => {
    const { asOf: _drop, ...noAsOf } = vignette;
    const fixed = {
      ...noAsOf,
      treatmentHistory: [line({ progressedOn: true, progressionDate: "2026-06-01" })],
    };
    expect(issuesOf(fixed, "2026-12-02")).toEqual([
      { path: "series.serumMProtein.1.date", message: expect.stringMatching(/is after asOf \(2026-12-02\)/) },
    ]);
    expect(issuesOf(fixed, "2027-06-01")).toEqual([]);
  });

  it("assesses the corrected record: daratumumab is refractory and no anti-CD38 regimen is standard", () => {
    const fixed = {
      ...vignette,
      treatmentHistory: [line({ bestResponse: "CR", progressedOn: true, progressionDate: "2026-06-01" })],
      series: { serumMProtein: [{ date: "2025-02-20", value: 2.8, unit: "g/dL" }] },
    };
    const a = assess(fixed);
    expect(a.linesOfTherapy.refractoryDrugs).toEqual(expect.arrayContaining(["daratumumab", "lenalidomide"]));
  });
});

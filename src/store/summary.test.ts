/** The registry's filter columns, read from an Assessment. */
import { describe, expect, it } from "vitest";
import type { Assessment } from "../engine/assessment.js";
import { recordDateOf, summarizeAssessment } from "./summary.js";

const base = (over: Record<string, unknown>): Assessment =>
  ({
    diagnosis: { category: "mgus", likely: null },
    risk: { smmMayo2018: { group: "high" }, cytogenetic: { highRisk: true } },
    ...over,
  }) as unknown as Assessment;

describe("summarizeAssessment", () => {
  it("uses the Mayo 2018 group for smoldering myeloma and cytogenetics for myeloma", () => {
    expect(
      summarizeAssessment(base({ diagnosis: { category: "smoldering-myeloma", likely: null } })).riskGroup,
    ).toBe("high");
    expect(
      summarizeAssessment(base({ diagnosis: { category: "multiple-myeloma", likely: null } })).riskGroup,
    ).toBe("high");
    const standard = base({
      diagnosis: { category: "multiple-myeloma", likely: null },
      risk: { cytogenetic: { highRisk: false } },
    });
    expect(summarizeAssessment(standard).riskGroup).toBe("standard");
    expect(summarizeAssessment(base({})).riskGroup).toBeNull();
  });

  it("keeps unknown as null: no monitoring plan or progression is never 'not overdue' or 'not progressed'", () => {
    expect(summarizeAssessment(base({}))).toEqual({
      category: "mgus",
      riskGroup: null,
      overdue: null,
      progressed: null,
      overdueTests: null,
    });
    const known = base({ monitoring: { overdue: [{ test: "CBC" }] }, response: { progression: false } });
    expect(summarizeAssessment(known)).toMatchObject({ overdue: true, progressed: false });
    expect(
      summarizeAssessment(base({ monitoring: { overdue: [] }, response: { progression: null } })),
    ).toMatchObject({
      overdue: false,
      progressed: null,
    });
  });

  it("names each overdue test with the date it was due and when it was last done", () => {
    const a = base({
      monitoring: {
        overdue: [
          { test: "serum protein electrophoresis", due: "2026-05-01", lastDone: "2026-02-01", overdue: true },
          { test: "CBC", due: "2026-01-01", lastDone: null, overdue: true },
        ],
      },
    });
    expect(summarizeAssessment(a).overdueTests).toEqual([
      { test: "serum protein electrophoresis", due: "2026-05-01", lastDone: "2026-02-01" },
      { test: "CBC", due: "2026-01-01", lastDone: null },
    ]);
  });
});

describe("recordDateOf", () => {
  it("is the record's asOf, else its latest data date, else null (never today)", () => {
    expect(recordDateOf({ asOf: "2025-06-30", series: { calcium: [{ date: "2026-01-01" }] } })).toBe(
      "2025-06-30",
    );
    expect(
      recordDateOf({
        series: {
          calcium: [{ date: "2025-03-01" }, { date: "2025-09-14" }],
          hemoglobin: [{ date: "2025-08-01" }],
        },
        treatmentHistory: [{ start: "2024-01-10", end: "2025-10-02" }],
      }),
    ).toBe("2025-10-02");
    expect(recordDateOf({ patient: { age: 60 } })).toBeNull();
  });
});

/** The registry's filter columns, read from an Assessment. */
import { describe, expect, it } from "vitest";
import type { Assessment } from "../engine/assessment.js";
import { summarizeAssessment } from "./summary.js";

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
});

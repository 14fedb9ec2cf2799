import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { classifyMgusRisk } from "./mgus-risk.js";
import { planMonitoring } from "./monitoring.js";

const spep = (...dates: string[]) => dates.map((date) => ({ date, value: 0.8, unit: "g/dL" }));
const facts = (asOf: string, series: object = {}, labs: object = {}) => toFacts({ asOf, series, labs });

describe("monitoring intervals (treatments.md 2a, Kyle 2010 IMWG; section 1, NCCN)", () => {
  it("low-risk MGUS: SPEP at 6 months after the first result", () => {
    const r = planMonitoring(facts("2025-03-01", { serumMProtein: spep("2025-01-15") }), {
      category: "mgus",
      riskGroup: "low",
    });
    expect(r.items[0]).toMatchObject({
      test: "serum protein electrophoresis",
      lastDone: "2025-01-15",
      due: "2025-07-15",
      overdue: false,
    });
  });

  it("low-risk MGUS: then every 2-3 years, due at the shorter end (2 years), overdue after it", () => {
    const f = facts("2027-08-01", { serumMProtein: spep("2025-01-15", "2025-07-15") });
    const r = planMonitoring(f, { category: "mgus", riskGroup: "low" });
    expect(r.items[0]).toMatchObject({ due: "2027-07-15", overdue: true });
    expect(r.items[0]!.intervalText).toContain("shorter end");
    expect(r.overdue).toHaveLength(1);
    expect(r.alerts[0]).toMatchObject({
      id: "monitoring.overdue.serum-protein-electrophoresis",
      severity: "warning",
      citations: ["kyle-2010-leukemia"],
      verified: true,
    });
  });

  it("low-risk MGUS one day before the 2-year due date is not overdue", () => {
    const f = facts("2027-07-14", { serumMProtein: spep("2025-01-15", "2025-07-15") });
    expect(planMonitoring(f, { category: "mgus", riskGroup: "low" }).overdue).toHaveLength(0);
  });

  it("intermediate/high-risk MGUS: yearly after the 6-month test", () => {
    const f = facts("2026-01-01", { serumMProtein: spep("2025-01-15", "2025-07-15") });
    const r = planMonitoring(f, { category: "mgus", riskGroup: "intermediate-high" });
    expect(r.items[0]).toMatchObject({ due: "2026-07-15", overdue: false });
  });

  it("MGUS of unknown risk uses the yearly schedule and says so", () => {
    const f = facts("2026-01-01", { serumMProtein: spep("2025-01-15", "2025-07-15") });
    const r = planMonitoring(f, { category: "mgus", riskGroup: null });
    expect(r.items[0]!.due).toBe("2026-07-15");
    expect(r.plan).toContain("risk not known");
  });

  it("SMM: 2 months after the first result, then every 4 months in year 1, then every 6 months", () => {
    const ctx = { category: "smoldering-myeloma" as const, riskGroup: "high" };
    expect(
      planMonitoring(facts("2025-02-01", { serumMProtein: spep("2025-01-10") }), ctx).items[0]!.due,
    ).toBe("2025-03-10");
    expect(
      planMonitoring(facts("2025-04-01", { serumMProtein: spep("2025-01-10", "2025-03-10") }), ctx).items[0]!
        .due,
    ).toBe("2025-07-10");
    const late = planMonitoring(
      facts("2026-09-01", { serumMProtein: spep("2025-01-10", "2025-07-10", "2026-02-01") }),
      ctx,
    );
    expect(late.items[0]).toMatchObject({ due: "2026-08-01", overdue: true });
    expect(late.plan).toContain("high risk");
  });

  it("SMM with FLC in the record follows FLC too", () => {
    const series = {
      serumMProtein: spep("2025-01-10"),
      involvedFreeLightChain: [{ date: "2025-01-10", value: 300, unit: "mg/L" }],
      uninvolvedFreeLightChain: [{ date: "2025-01-10", value: 10, unit: "mg/L" }],
    };
    const r = planMonitoring(facts("2025-02-01", series), {
      category: "smoldering-myeloma",
      riskGroup: null,
    });
    expect(r.items.map((i) => i.test)).toEqual(["serum protein electrophoresis", "free light chains"]);
  });

  it("solitary plasmacytoma: every 3-6 months, due at 3 months, CBC/creatinine/calcium/SPEP/FLC, citing NCCN", () => {
    const series = {
      serumMProtein: spep("2025-01-10"),
      hemoglobin: [{ date: "2025-01-10", value: 13, unit: "g/dL" }],
      creatinine: [{ date: "2025-01-10", value: 0.9, unit: "mg/dL" }],
    };
    const r = planMonitoring(facts("2025-05-01", series), {
      category: "solitary-plasmacytoma",
      riskGroup: null,
    });
    expect(r.items.map((i) => i.test)).toEqual([
      "CBC",
      "creatinine",
      "calcium",
      "serum protein electrophoresis",
      "free light chains",
    ]);
    expect(r.items[0]).toMatchObject({ due: "2025-04-10", overdue: true, citations: ["nccn-mm-2026"] });
    const calcium = r.items.find((i) => i.test === "calcium")!;
    expect(calcium).toMatchObject({ lastDone: null, overdue: false, due: "2025-05-01" });
    expect(r.alerts.map((a) => a.id)).toContain("monitoring.no-dated-result.calcium");
  });

  it("active myeloma: no published interval, so 'per treating team' and no invented items", () => {
    const r = planMonitoring(facts("2025-05-01", { serumMProtein: spep("2025-01-10") }), {
      category: "multiple-myeloma",
      riskGroup: null,
    });
    expect(r.plan).toContain("per treating team");
    expect(r.items).toEqual([]);
    expect(r.nextDue).toBeNull();
  });

  it("a dated current lab counts as the last test", () => {
    const f = facts(
      "2025-03-01",
      { serumMProtein: spep("2024-06-01", "2024-12-01") },
      { serumMProtein: { value: 0.8, unit: "g/dL", date: "2025-02-01" } },
    );
    expect(planMonitoring(f, { category: "mgus", riskGroup: "intermediate-high" }).items[0]!.lastDone).toBe(
      "2025-02-01",
    );
  });
});

describe("MGUS risk (treatments.md 2a, Kyle 2010)", () => {
  const labs = (m: number, heavy: string, inv: number, uninv: number, light = "kappa") =>
    facts(
      "2025-01-01",
      {},
      {
        serumMProtein: { value: m, unit: "g/dL" },
        heavyChain: heavy,
        lightChain: light,
        involvedFreeLightChain: { value: inv, unit: "mg/L" },
        uninvolvedFreeLightChain: { value: uninv, unit: "mg/L" },
      },
    );
  it("IgG < 1.5 g/dL with a normal ratio is low risk", () =>
    expect(classifyMgusRisk(labs(1.4, "IgG", 15, 12)).group).toBe("low"));
  it("M-protein of exactly 1.5 g/dL is intermediate/high", () =>
    expect(classifyMgusRisk(labs(1.5, "IgG", 15, 12)).group).toBe("intermediate-high"));
  it("non-IgG is intermediate/high", () =>
    expect(classifyMgusRisk(labs(0.5, "IgA", 15, 12)).group).toBe("intermediate-high"));
  it("an abnormal FLC ratio is intermediate/high", () =>
    expect(classifyMgusRisk(labs(0.5, "IgG", 40, 12)).group).toBe("intermediate-high"));
  it("a lambda ratio is read as kappa/lambda", () =>
    expect(classifyMgusRisk(labs(0.5, "IgG", 15, 12, "lambda")).group).toBe("low"));
  it("missing FLC: no low-risk call, the field named", () => {
    const r = classifyMgusRisk(
      facts("2025-01-01", {}, { serumMProtein: { value: 0.5, unit: "g/dL" }, heavyChain: "IgG" }),
    );
    expect(r.group).toBeNull();
    expect(r.missing.map((m) => m.field)).toContain("labs.involvedFreeLightChain");
  });
});

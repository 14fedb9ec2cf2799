import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { classifyMgusRisk } from "./mgus-risk.js";
import { planMonitoring } from "./monitoring.js";

const spep = (...dates: string[]) => dates.map((date) => ({ date, value: 0.8, unit: "g/dL" }));
/** Facts as of `asOf`. A record cannot carry a date after its asOf (model/date-order.ts): the facts are
 * made as of a far date and then read as of `asOf`, so the plan's own cut at asOf stays tested. */
const facts = (asOf: string, series: object = {}, labs: object = {}) => ({
  ...toFacts({ asOf: "2099-12-31", series, labs }),
  asOf,
});

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

  it("low-risk MGUS: then every 2-3 years, due at the shorter end (2 years), overdue after the longer end (3 years)", () => {
    // Review c60-M4: this case read "overdue" 2 weeks after the shorter end; it is due then, overdue after 3 years.
    const dueNow = facts("2027-08-01", { serumMProtein: spep("2025-01-15", "2025-07-15") });
    const d = planMonitoring(dueNow, { category: "mgus", riskGroup: "low" });
    expect(d.items[0]).toMatchObject({
      due: "2027-07-15",
      overdueAfter: "2028-07-15",
      status: "due",
      overdue: false,
    });
    expect(d.overdue).toHaveLength(0);
    expect(d.dueNow).toHaveLength(1);
    expect(d.alerts[0]).toMatchObject({
      id: "monitoring.due.serum-protein-electrophoresis",
      severity: "info",
    });
    const f = facts("2028-08-01", { serumMProtein: spep("2025-01-15", "2025-07-15") });
    const r = planMonitoring(f, { category: "mgus", riskGroup: "low" });
    expect(r.items[0]).toMatchObject({ due: "2027-07-15", status: "overdue", overdue: true });
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
    // Review c60-M4: every 6-12 months: due from 2026-08-01, overdue after 2027-02-01 (it read "overdue" at 7 months).
    expect(late.items[0]).toMatchObject({
      due: "2026-08-01",
      overdueAfter: "2027-02-01",
      status: "due",
      overdue: false,
    });
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
    // Review c60-M4: every 3-6 months: due from 3 months, overdue only after 6 (it read "overdue" at 4 months).
    expect(r.items[0]).toMatchObject({
      due: "2025-04-10",
      overdueAfter: "2025-07-10",
      status: "due",
      overdue: false,
      citations: ["nccn-mm-2026"],
    });
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
  it("low risk cites the rule with the three inputs it read, and misses nothing", () => {
    const r = classifyMgusRisk(labs(1.4, "IgG", 15, 12));
    expect(r.missing).toEqual([]);
    expect(r.rules.map((t) => [t.ruleId, t.inputs])).toEqual([
      ["kyle2010.mgus-risk", { serumMProteinGDl: 1.4, heavyChain: "IgG", flcRatioNormal: true }],
    ]);
  });
  it("intermediate/high risk needs only one factor, whatever is missing, and cites the rule", () => {
    const r = classifyMgusRisk(facts("2025-01-01", {}, { serumMProtein: { value: 1.6, unit: "g/dL" } }));
    expect(r).toMatchObject({ group: "intermediate-high", missing: [] });
    expect(r.rules.map((t) => [t.ruleId, t.inputs])).toEqual([
      ["kyle2010.mgus-risk", { serumMProteinGDl: 1.6, heavyChain: null, flcRatioNormal: null }],
    ]);
  });
  it("an unknown heavy chain is not read as non-IgG: no risk group, the heavy chain named", () => {
    const r = classifyMgusRisk(
      facts(
        "2025-01-01",
        {},
        {
          serumMProtein: { value: 0.5, unit: "g/dL" },
          lightChain: "kappa",
          involvedFreeLightChain: { value: 15, unit: "mg/L" },
          uninvolvedFreeLightChain: { value: 12, unit: "mg/L" },
        },
      ),
    );
    expect(r).toEqual({
      group: null,
      rules: [],
      missing: [{ field: "labs.heavyChain", neededFor: "MGUS risk" }],
    });
  });
  it("nothing known: no group, each input named", () => {
    expect(classifyMgusRisk(facts("2025-01-01")).missing).toEqual([
      { field: "labs.serumMProtein", neededFor: "MGUS risk" },
      { field: "labs.heavyChain", neededFor: "MGUS risk" },
      { field: "labs.involvedFreeLightChain", neededFor: "MGUS risk (FLC ratio)" },
    ]);
  });
  it("missing FLC: no low-risk call, the field named", () => {
    const r = classifyMgusRisk(
      facts("2025-01-01", {}, { serumMProtein: { value: 0.5, unit: "g/dL" }, heavyChain: "IgG" }),
    );
    expect(r.group).toBeNull();
    expect(r.missing.map((m) => m.field)).toContain("labs.involvedFreeLightChain");
  });
});

describe("monitoring plans in full: what is due, the words shown, the rule cited", () => {
  const mgusPlan = (riskGroup: string | null, asOf = "2026-01-01") =>
    planMonitoring(facts(asOf, { serumMProtein: spep("2025-01-15", "2025-07-15") }), {
      category: "mgus",
      riskGroup,
    });

  it("low-risk MGUS (Kyle 2010): the plan, the interval text and the rule with its risk group", () => {
    const r = mgusPlan("low");
    expect(r.plan).toBe("MGUS, low risk: SPEP at 6 months, then every 2-3 years if stable (IMWG 2010)");
    expect(r.items[0]!.intervalText).toBe(
      "every 2-3 years if stable; due at the shorter end, 2 years; overdue after the longer end, 3 years",
    );
    expect(r.rules.map((t) => [t.ruleId, t.inputs])).toEqual([
      ["kyle2010.monitoring.mgus-low", { riskGroup: "low" }],
    ]);
  });

  it("intermediate/high-risk MGUS (Kyle 2010): yearly for life, in words and in the rule", () => {
    const r = mgusPlan("intermediate-high");
    expect(r.plan).toBe("MGUS, intermediate/high risk: at 6 months, then yearly for life (IMWG 2010)");
    expect(r.items[0]!.intervalText).toBe("yearly for life");
    expect(r.rules.map((t) => [t.ruleId, t.inputs])).toEqual([
      ["kyle2010.monitoring.mgus-intermediate-high", { riskGroup: "intermediate-high" }],
    ]);
  });

  it("MGUS: the first result is followed by the 6-month test, and says so", () => {
    const r = planMonitoring(facts("2025-03-01", { serumMProtein: spep("2025-01-15") }), {
      category: "mgus",
      riskGroup: "low",
    });
    expect(r.items[0]!.intervalText).toBe("SPEP at 6 months after the first (diagnostic) result");
  });

  it("the last M-protein test is the latest of electrophoresis and immunofixation, whatever their order", () => {
    const f = facts("2025-06-01", {
      serumMProtein: spep("2025-02-01"),
      serumImmunofixation: [{ date: "2024-06-01", result: "positive" }],
    });
    const r = planMonitoring(f, { category: "mgus", riskGroup: "intermediate-high" });
    expect(r.items[0]).toMatchObject({ lastDone: "2025-02-01", due: "2026-02-01" });
  });

  it("a test due on the assessment date is due, not overdue", () => {
    const f = facts("2027-07-15", { serumMProtein: spep("2025-01-15", "2025-07-15") });
    const r = planMonitoring(f, { category: "mgus", riskGroup: "low" });
    expect(r.items[0]).toMatchObject({ due: "2027-07-15", status: "due", overdue: false });
    expect(r.overdue).toEqual([]);
    // Review c60-M4: a due test is an info alert (never the overdue warning).
    expect(r.alerts.map((x) => [x.id, x.severity])).toEqual([
      ["monitoring.due.serum-protein-electrophoresis", "info"],
    ]);
  });

  it("an overdue test is an alert naming the test, its last date, the due date and the interval, citing the plan", () => {
    // Review c60-M4: overdue after the longer end of "every 2-3 years" (it was 2027-08-01, 2 weeks after the shorter).
    const r = mgusPlan("low", "2028-08-01");
    expect(r.alerts).toEqual([
      {
        id: "monitoring.overdue.serum-protein-electrophoresis",
        severity: "warning",
        text: "Overdue: serum protein electrophoresis, last on 2025-07-15, was due on 2027-07-15 (every 2-3 years if stable; due at the shorter end, 2 years; overdue after the longer end, 3 years).",
        citations: ["kyle-2010-leukemia"],
        verified: true,
      },
    ]);
  });

  it("SMM (Kyle 2010): the interval text of each phase, and the plan with and without a risk group", () => {
    const smm = (asOf: string, dates: string[], riskGroup: string | null = null) =>
      planMonitoring(facts(asOf, { serumMProtein: spep(...dates) }), {
        category: "smoldering-myeloma",
        riskGroup,
      });
    expect(smm("2025-02-01", ["2025-01-10"]).items[0]!.intervalText).toBe(
      "2-3 months after diagnosis; due at the shorter end, 2 months; overdue after the longer end, 3 months",
    );
    expect(smm("2025-04-01", ["2025-01-10", "2025-03-10"]).items[0]!.intervalText).toBe(
      "every 4-6 months in the first year; due at the shorter end, 4 months; overdue after the longer end, 6 months",
    );
    const late = smm("2026-02-01", ["2025-01-10", "2025-07-10", "2026-01-10"]);
    expect(late.items[0]!.intervalText).toBe(
      "every 6-12 months if stable; due at the shorter end, 6 months; overdue after the longer end, 12 months",
    );
    expect(late.plan).toBe(
      "Smoldering myeloma: re-test 2-3 months after diagnosis, every 4-6 months for a year, then every 6-12 months if stable (IMWG 2010)",
    );
    expect(late.rules.map((t) => [t.ruleId, t.inputs])).toEqual([
      ["kyle2010.monitoring.smm", { riskGroup: null }],
    ]);
    expect(smm("2026-02-01", ["2025-01-10"], "high").plan).toContain("(Mayo 2018 high risk)");
  });

  it("SMM: a test exactly 12 months after diagnosis starts the 6-12-monthly phase", () => {
    const r = planMonitoring(facts("2026-02-01", { serumMProtein: spep("2025-01-10", "2026-01-10") }), {
      category: "smoldering-myeloma",
      riskGroup: null,
    });
    expect(r.items[0]).toMatchObject({ lastDone: "2026-01-10", due: "2026-07-10" });
  });

  it("SMM: the phases run from the first M-protein or FLC result, whichever came first", () => {
    const series = {
      serumMProtein: spep("2025-01-10"),
      involvedFreeLightChain: [{ date: "2024-12-01", value: 300, unit: "mg/L" }],
      uninvolvedFreeLightChain: [{ date: "2024-12-01", value: 10, unit: "mg/L" }],
    };
    const r = planMonitoring(facts("2025-02-01", series), {
      category: "smoldering-myeloma",
      riskGroup: null,
    });
    // The SPEP of 2025-01-10 is 40 days after the first result (FLC, 2024-12-01): within the 2 months of the first
    // re-test's shorter end, so still the diagnosis' work-up (review c76-M2): the re-test is due 2 months after it.
    expect(r.items[0]).toMatchObject({ test: "serum protein electrophoresis", due: "2025-03-10" });
    expect(r.items[1]).toMatchObject({
      test: "free light chains",
      lastDone: "2024-12-01",
      due: "2025-02-01",
    });
  });

  it("SMM without FLC in the record follows the SPEP only", () => {
    const r = planMonitoring(facts("2025-02-01", { serumMProtein: spep("2025-01-10") }), {
      category: "smoldering-myeloma",
      riskGroup: null,
    });
    expect(r.items.map((i) => i.test)).toEqual(["serum protein electrophoresis"]);
  });

  it("solitary plasmacytoma (NCCN): creatinine and calcium from the series up to asOf or a dated current lab; every test without a date is an info alert", () => {
    const series = {
      creatinine: [
        { date: "2025-01-10", value: 0.9, unit: "mg/dL" },
        { date: "2025-09-01", value: 1.0, unit: "mg/dL" },
      ],
    };
    const labs = { calcium: { value: 9.5, unit: "mg/dL", date: "2025-02-01" } };
    const r = planMonitoring(facts("2025-03-01", series, labs), {
      category: "solitary-plasmacytoma-minimal-marrow",
      riskGroup: null,
    });
    expect(r.plan).toBe(
      "Solitary plasmacytoma: every 3-6 months with CBC, creatinine, calcium, SPEP/IFE and FLC (24-h urine as needed); imaging as clinically indicated (NCCN)",
    );
    expect(r.rules.map((t) => [t.ruleId, t.inputs])).toEqual([
      ["nccn.monitoring.solitary-plasmacytoma", { category: "solitary-plasmacytoma-minimal-marrow" }],
    ]);
    const byTest = Object.fromEntries(r.items.map((i) => [i.test, i]));
    expect(byTest.creatinine).toMatchObject({
      lastDone: "2025-01-10",
      due: "2025-04-10",
      intervalText:
        "every 3-6 months; due at the shorter end, 3 months; overdue after the longer end, 6 months",
    });
    expect(byTest.calcium).toMatchObject({ lastDone: "2025-02-01", due: "2025-05-01" });
    expect(byTest.CBC).toMatchObject({
      lastDone: null,
      due: "2025-03-01",
      overdue: false,
      intervalText: "no dated result in the record: due now",
      citations: ["nccn-mm-2026"],
    });
    expect(r.nextDue).toBe("2025-03-01");
    expect(r.alerts).toEqual(
      ["CBC", "serum protein electrophoresis", "free light chains"].map((test) => ({
        id: `monitoring.no-dated-result.${test.replaceAll(" ", "-").toLowerCase()}`,
        severity: "info",
        text: `No dated ${test} in the record: the monitoring plan cannot tell when it was last done.`,
        citations: ["nccn-mm-2026"],
        verified: true,
      })),
    );
  });

  it("solitary plasmacytoma: a creatinine dated on the assessment date is the last one", () => {
    const series = { creatinine: [{ date: "2025-03-01", value: 0.9, unit: "mg/dL" }] };
    const r = planMonitoring(facts("2025-03-01", series), {
      category: "solitary-plasmacytoma",
      riskGroup: null,
    });
    expect(r.items.find((i) => i.test === "creatinine")).toMatchObject({
      lastDone: "2025-03-01",
      due: "2025-06-01",
    });
  });

  it("the next due date is the earliest of the plan's items", () => {
    const series = {
      serumMProtein: spep("2025-01-10"),
      involvedFreeLightChain: [{ date: "2024-11-10", value: 300, unit: "mg/L" }],
      uninvolvedFreeLightChain: [{ date: "2024-11-10", value: 10, unit: "mg/L" }],
    };
    const r = planMonitoring(facts("2025-01-15", series), {
      category: "smoldering-myeloma",
      riskGroup: null,
    });
    expect(r.items.map((i) => i.due)).toEqual(["2025-05-10", "2025-01-10"]);
    expect(r.nextDue).toBe("2025-01-10");
  });

  it("active myeloma cites the rule that there is no published interval; AL amyloidosis and an undetermined diagnosis get no plan", () => {
    const mm = planMonitoring(facts("2025-05-01"), { category: "multiple-myeloma", riskGroup: null });
    expect(mm.rules.map((t) => [t.ruleId, t.inputs])).toEqual([
      ["monitoring.active-myeloma.none", { category: "multiple-myeloma" }],
    ]);
    for (const category of ["al-amyloidosis", "indeterminate"] as const) {
      const r = planMonitoring(facts("2025-05-01", { serumMProtein: spep("2025-01-10") }), {
        category,
        riskGroup: null,
      });
      expect(r).toEqual({
        plan: null,
        items: [],
        nextDue: null,
        overdue: [],
        dueNow: [],
        alerts: [],
        rules: [],
      });
    }
  });
});

describe("codes-only monitoring (assessCompact)", () => {
  it("gives the same items, due dates and alerts as the full plan, without rule traces or alert texts", () => {
    // Solitary plasmacytoma: five tests, two overdue (SPEP, FLC), three never done (CBC, creatinine, calcium).
    const f = toFacts({
      asOf: "2026-06-01",
      series: {
        serumMProtein: spep("2025-09-01"),
        involvedFreeLightChain: [{ date: "2025-10-01", value: 30, unit: "mg/L" }],
        uninvolvedFreeLightChain: [{ date: "2025-10-01", value: 12, unit: "mg/L" }],
      },
    });
    const context = { category: "solitary-plasmacytoma", riskGroup: null } as const;
    const full = planMonitoring(f, context);
    const codes = planMonitoring(f, { ...context, codesOnly: true });
    expect(full.overdue.map((i) => i.test)).toEqual(["serum protein electrophoresis", "free light chains"]);
    expect(full.alerts.every((a) => a.text !== "")).toBe(true);
    expect(full.rules).toHaveLength(1);
    expect(codes.rules).toEqual([]);
    expect(codes.alerts.map((a) => a.text)).toEqual(full.alerts.map(() => ""));
    expect(codes.alerts.map(({ text: _, ...rest }) => rest)).toEqual(
      full.alerts.map(({ text: _, ...rest }) => rest),
    );
    expect({ ...codes, alerts: null, rules: null }).toEqual({ ...full, alerts: null, rules: null });
    expect(codes.nextDue).toBe("2025-12-01");
  });
});

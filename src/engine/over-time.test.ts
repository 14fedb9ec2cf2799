/** The engine wires in the "over time" calculators (src/response): response, lines, monitoring, alerts. */
import { describe, expect, it } from "vitest";
import progressionOnDpd from "../../examples/response/rrmm-progression-on-dpd.json" with { type: "json" };
import smmEvolving from "../../examples/response/smm-evolving.json" with { type: "json" };
import postAsct from "../../examples/vignettes/post-asct-maintenance.json" with { type: "json" };
import { assess } from "./assess.js";

describe("assess() over time", () => {
  it("assess() carries response, lines of therapy, monitoring and their alerts", () => {
    const a = assess(progressionOnDpd);
    expect(a.response).toMatchObject({ current: "PD", progression: true });
    expect(a.linesOfTherapy.tripleClassRefractory).toBe(true);
    expect(a.alerts.map((x) => x.id)).toContain("response.progression");
    const s = assess(smmEvolving);
    expect(s.alerts.map((x) => x.id)).toContain("evolving.m-protein");
    expect(s.monitoring.items.length).toBeGreaterThan(0);
  });
});

describe("a relapse seen only in the lab series changes the options (issue 4)", () => {
  // Post-ASCT patient on planned lenalidomide maintenance; no progression is recorded on any entry.
  const base = structuredClone(postAsct) as Record<string, unknown> & {
    labs: Record<string, unknown>;
    treatmentHistory: Record<string, unknown>[];
  };
  base.treatmentHistory.push({
    regimen: "R maintenance",
    drugs: ["lenalidomide"],
    start: "2026-07-01",
    phase: "maintenance",
    plannedWithPrevious: true,
  });
  const withSeries = (values: [string, number][]) => {
    const r = structuredClone(base);
    r.series = {
      serumMProtein: [["2026-01-02", 3.0] as [string, number], ...values].map(([date, value]) => ({
        date,
        value,
        unit: "g/dL",
      })),
    };
    const [lastDate, lastValue] = values[values.length - 1]!;
    r.labs.serumMProtein = { value: lastValue, unit: "g/dL", date: lastDate };
    return r;
  };

  it("a falling or stable series keeps maintenance options and offers no relapse regimens", () => {
    const a = assess(
      withSeries([
        ["2026-08-01", 0.3],
        ["2026-09-15", 0.2],
        ["2026-11-20", 0.2],
      ]),
    );
    expect(a.response.progression).toBe(false);
    const ids = a.options.map((o) => o.id);
    // On maintenance (issue 8): continue the maintenance being given; a PI may be added for del(17p).
    expect(a.phase.code).toBe("maintenance");
    const cont = a.options.find((o) => o.id === "pathway.continue-current-line");
    expect(cont?.regimen?.code).toBe("R maintenance");
    expect(cont?.planPhase).toBe("maintenance");
    expect(ids).toContain("maint.pi-high-risk");
    expect(ids.some((i) => i.startsWith("rr."))).toBe(false);
  });

  it("a confirmed rise of >= 0.5 g/dL and >= 25% from the confirmed nadir (IMWG 2016 PD) switches to relapse options", () => {
    const a = assess(
      withSeries([
        ["2026-08-01", 0.2],
        ["2026-09-15", 0.2],
        ["2026-10-20", 0.8],
        ["2026-11-20", 0.9],
      ]),
    );
    expect(a.response.progression).toBe(true);
    const ids = a.options.map((o) => o.id);
    expect(ids.some((i) => i.startsWith("rr."))).toBe(true);
    expect(ids).not.toContain("maint.lenalidomide");
    // Progression on lenalidomide maintenance makes the disease lenalidomide-refractory.
    expect(a.linesOfTherapy.lenalidomideRefractory).toBe(true);
  });
});

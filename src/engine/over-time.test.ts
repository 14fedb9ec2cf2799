/** The engine wires in the "over time" calculators (src/response): response, lines, monitoring, alerts. */
import { describe, expect, it } from "vitest";
import progressionOnDpd from "../../examples/response/rrmm-progression-on-dpd.json" with { type: "json" };
import smmEvolving from "../../examples/response/smm-evolving.json" with { type: "json" };
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

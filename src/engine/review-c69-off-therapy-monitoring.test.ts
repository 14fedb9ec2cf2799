/** Review c69-m1: treated myeloma off therapy (DRd stopped by patient choice in CR on 2025-09-01, nothing since; the
 * last serum protein electrophoresis and immunofixation on 2025-08-20, asOf 2026-12-01) had no test ever due ("Next
 * due: nothing scheduled"), while on therapy the yearly floor (the longest routine interval IMWG 2010 gives for a
 * watched disorder, UNVERIFIED as a floor) made such a result overdue. The reference gives no interval for myeloma off
 * therapy: the same floor, the project's reading, marked unverified. */
import { describe, expect, it } from "vitest";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

const read = () => readVignette("review-c69-off-therapy-last-test-15-months");

describe("c69-m1: treated myeloma off therapy, its last result older than 12 months", () => {
  it("the serum protein electrophoresis of 15 months ago is overdue, with an unverified warning naming the floor", () => {
    const a = assess(read());
    expect(a.phase.currentRegimen).toBeNull();
    expect(a.monitoring.overdue.map((i) => i.test)).toEqual(["serum protein electrophoresis"]);
    expect(a.monitoring.nextDue).toBe("2026-08-20");
    const alert = a.alerts.find((x) => x.id === "monitoring.overdue.serum-protein-electrophoresis");
    expect(alert?.severity).toBe("warning");
    expect(alert?.verified).toBe(false);
    expect(alert?.text).toContain("off therapy since 2025-09-01, a result older than 12 months is overdue");
  });

  it("control: the same tests 7 months old are not overdue (the floor is no schedule)", () => {
    const r = read();
    r.asOf = "2026-03-20";
    const a = assess(r);
    expect(a.monitoring.overdue).toEqual([]);
    expect(a.alerts.some((x) => x.id.startsWith("monitoring.overdue"))).toBe(false);
  });

  it("control: never treated (no line ended): nothing added", () => {
    const r = read();
    r.treatmentHistory = [];
    const a = assess(r);
    expect(a.alerts.some((x) => x.id === "monitoring.overdue.serum-protein-electrophoresis")).toBe(false);
  });
});

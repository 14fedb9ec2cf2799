/** Review c60 (monitoring): c60-M4, "overdue" at the short end of the reference's interval range, and c60-W1, one
 * stale test read as every value being stale. Each case is a reviewer's record copied into examples/vignettes with
 * its asOf; the monitoring JSON, the clinician text and the alerts must say the same thing. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c60-${name}.json`), "utf8"),
  );
const flat = (t: string): string => t.replace(/\s+/g, " ");
const statuses = (a: ReturnType<typeof assess>) =>
  a.monitoring.items.map((i) => ({
    test: i.test,
    status: i.status,
    due: i.due,
    overdueAfter: i.overdueAfter,
  }));
const alertIds = (a: ReturnType<typeof assess>) => a.alerts.map((x) => x.id);

describe("c60-M4: due from the short end of the range, overdue only after the long end (treatments.md 2a)", () => {
  it("SMM stable, labs 7 months old (every 6-12 months): due, not overdue", () => {
    const a = assess(read("smm-labs-7mo-old"));
    expect(statuses(a)).toEqual([
      { test: "serum protein electrophoresis", status: "due", due: "2026-11-04", overdueAfter: "2027-05-04" },
      { test: "free light chains", status: "due", due: "2026-11-04", overdueAfter: "2027-05-04" },
    ]);
    expect(a.monitoring.items.every((i) => i.overdue === false)).toBe(true);
    expect(a.monitoring.overdue).toEqual([]);
    expect(a.monitoring.dueNow?.map((i) => i.test)).toEqual([
      "serum protein electrophoresis",
      "free light chains",
    ]);
    expect(alertIds(a).filter((id) => id.startsWith("monitoring.overdue"))).toEqual([]);
    const due = a.alerts.find((x) => x.id === "monitoring.due.serum-protein-electrophoresis");
    expect(due).toMatchObject({ severity: "info", citations: ["kyle-2010-leukemia"] });
    expect(due?.text).toContain("overdue after 2027-05-04");
    const text = flat(renderClinicianSummary(a, "text"));
    expect(text).not.toMatch(/overdue:|OVERDUE|Overdue:/);
    expect(text).toContain("Next step: due now: serum protein electrophoresis, free light chains");
    expect(text).toContain(
      "DUE serum protein electrophoresis: last done 2026-05-04, due 2026-11-04, overdue after 2027-05-04",
    );
  });

  it("SMM 66 days after diagnosis (re-test 2-3 months after diagnosis): due, overdue only after 3 months", () => {
    const a = assess(read("smm-new-2mo"));
    expect(statuses(a).map((s) => [s.status, s.due, s.overdueAfter])).toEqual([
      ["due", "2026-12-01", "2027-01-01"],
      ["due", "2026-12-01", "2027-01-01"],
    ]);
    expect(a.monitoring.overdue).toEqual([]);
    expect(a.monitoring.items[0]!.intervalText).toContain("overdue after the longer end, 3 months");
  });

  it("SMM 3.5 months after diagnosis: overdue (control, m05b)", () => {
    const a = assess(read("smm-new-3p5mo"));
    expect(a.monitoring.items.map((i) => i.status)).toEqual(["overdue", "overdue"]);
    expect(a.monitoring.overdue).toHaveLength(2);
    expect(alertIds(a)).toContain("monitoring.overdue.serum-protein-electrophoresis");
    expect(flat(renderClinicianSummary(a, "text"))).toContain("OVERDUE serum protein electrophoresis");
  });

  it("low-risk MGUS, last SPEP 2 years ago (every 2-3 years): due, overdue after 3 years", () => {
    const a = assess(read("mgus-low-risk-2y"));
    expect(statuses(a)).toEqual([
      { test: "serum protein electrophoresis", status: "due", due: "2026-06-10", overdueAfter: "2027-06-10" },
    ]);
    expect(a.monitoring.overdue).toEqual([]);
    expect(alertIds(a)).not.toContain("monitoring.overdue.serum-protein-electrophoresis");
    expect(alertIds(a)).toContain("monitoring.due.serum-protein-electrophoresis");
  });

  it("high-risk SMM in its first year, 5 months after the last test (every 4-6 months): due", () => {
    const a = assess(read("smm-highrisk-first-year"));
    expect(a.monitoring.items.map((i) => [i.status, i.overdueAfter])).toEqual([
      ["due", "2027-01-01"],
      ["due", "2027-01-01"],
    ]);
  });

  it("controls the reviewer found right stay overdue: 6-month MGUS re-test, yearly MGUS, plasmacytoma after 6 months", () => {
    for (const name of ["mgus-low-risk-6mo-overdue", "mgus-iga-yearly-overdue", "sbp-after-rt"]) {
      const a = assess(read(name));
      expect(a.monitoring.items.length).toBeGreaterThan(0);
      expect(a.monitoring.items.every((i) => i.status === "overdue" && i.overdue)).toBe(true);
      expect(a.monitoring.overdue).toHaveLength(a.monitoring.items.length);
      expect(alertIds(a).some((id) => id.startsWith("monitoring.overdue."))).toBe(true);
      expect(alertIds(a).some((id) => id.startsWith("monitoring.due."))).toBe(false);
    }
  });
});

describe("c60-W1: one stale test on therapy is not every value stale", () => {
  for (const name of ["cr-reappearance-small", "cr-single-rise"]) {
    it(`${name}: the FLC is stale, the serum M-protein (the measure, CS 6.1) is current`, () => {
      const a = assess(read(name));
      expect(a.monitoring.overdue.map((i) => i.test)).toEqual(["free light chains"]);
      expect(a.monitoring.onTherapyStale).toEqual({
        regimen: "DRd",
        measure: "serum",
        measureCurrentOn: "2026-11-20",
        notStaleResponseTests: ["serum protein electrophoresis"],
      });
      const alert = a.alerts.find((x) => x.id === "monitoring.overdue.on-therapy");
      expect(alert?.text).toContain("free light chains last on 2025-09-01");
      expect(alert?.text).not.toContain("before it goes on");
      expect(alert?.text).not.toContain("These values are not current");
      expect(alert?.text).toContain(
        "The response is graded on the serum M-protein (IMWG 2016: the serum M-protein when measurable, else the urine M-protein, else the FLC), whose latest result (2026-11-20) is current: the free light chains are not the measure the response is graded on.",
      );
      expect(alert?.text).toContain("To discuss: repeating the free light chains at the next assessment.");
      expect(alert?.citations).toContain("kumar-2016-lancet-oncol");
      const text = flat(renderClinicianSummary(a, "text"));
      expect(text).not.toContain("which are overdue: not known since then");
    });
  }

  it("control: every response test stale keeps the whole-record words and the repeat-the-tests alert", () => {
    const r = read("cr-reappearance-small");
    r.series.serumMProtein = r.series.serumMProtein.filter((p: { date: string }) => p.date < "2025-10-01");
    r.series.serumImmunofixation = r.series.serumImmunofixation.filter(
      (p: { date: string }) => p.date < "2025-10-01",
    );
    const a = assess(r);
    expect(a.monitoring.overdue.map((i) => i.test)).toEqual([
      "serum protein electrophoresis",
      "free light chains",
    ]);
    expect(a.monitoring.onTherapyStale).toMatchObject({
      measure: "serum",
      measureCurrentOn: null,
      notStaleResponseTests: [],
    });
    const alert = a.alerts.find((x) => x.id === "monitoring.overdue.on-therapy");
    expect(alert?.text).toContain("These values are not current");
    expect(flat(renderClinicianSummary(a, "text"))).toContain(
      "(on the results of 2025-09-01, which are overdue: not known since then)",
    );
  });
});

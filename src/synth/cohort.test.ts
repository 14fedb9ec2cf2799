/** The synthetic cohort exercises the kidney findings the engine questions (review c20-4, c21-8), so that the
 * benchmarks and the fast-path comparison on generated records run through those branches too. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { KIDNEY_NEW_ON_TREATMENT } from "../engine/kidney-on-treatment.js";
import { KIDNEY_NOT_EXPLAINED } from "../engine/record-checks.js";
import { SYNTH_AS_OF, synthCohort, synthRecord } from "./cohort.js";

const N = 3000;
const records = [...synthCohort(2026, N)];

describe("synthetic cohort: kidney findings", () => {
  it("records the 24-hour urine total protein in each of its units, some above AL's kidney level", () => {
    const withUrine = records.flatMap((r) => {
      const u = r.labs?.urineTotalProtein;
      return typeof u === "object" && u !== null ? [u] : [];
    });
    expect(withUrine.length).toBeGreaterThan(N * 0.05);
    expect(new Set(withUrine.map((u) => u.unit))).toEqual(new Set(["mg/24h", "g/24h", "g/d"]));
    const grams = withUrine.map((u) => (u.unit === "mg/24h" ? u.value / 1000 : u.value));
    expect(grams.some((g) => g > 0.5)).toBe(true);
    expect(grams.some((g) => g <= 0.5)).toBe(true);
  });

  it("gives treated records dated creatinine series, some rising above 2 mg/dL in the last weeks", () => {
    const treated = records.filter((r) => (r.treatmentHistory ?? []).length > 0 && r.series?.creatinine);
    expect(treated.length).toBeGreaterThan(N * 0.05);
    for (const r of treated) {
      const dates = r.series!.creatinine!.map((p) => p.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d <= SYNTH_AS_OF)).toBe(true);
    }
  });

  it("the engine meets both kidney questions on the cohort", () => {
    const ids = new Set(
      records.flatMap((r) =>
        assess(structuredClone(r), { defaultAsOf: SYNTH_AS_OF }).alerts.map((a) => a.id),
      ),
    );
    expect(ids).toContain(KIDNEY_NOT_EXPLAINED);
    expect(ids).toContain(KIDNEY_NEW_ON_TREATMENT);
  });

  it("is deterministic: a record made on its own is the record of the cohort", () => {
    for (const i of [0, 17, 2999]) expect(synthRecord(2026, i)).toEqual(records[i]);
  });
});

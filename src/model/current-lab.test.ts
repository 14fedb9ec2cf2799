/** The current value of every lab is the latest dated one, from the labs or the series (review c25; c23-1
 * for creatinine). A `labs.<field>` dated before a later series point is not today's value: the series'
 * latest is. The lab's own dated value is kept in the series; an undated lab value stays today's. */
import { describe, expect, it } from "vitest";
import { toFacts } from "./facts.js";
import { LAB_QUANTITY_FIELDS } from "./record.js";
import { UNIT_SPECS } from "./unit-specs.js";

const canonical = (field: string): string =>
  (UNIT_SPECS as Record<string, { canonical: string }>)[field]!.canonical;
/** A plausible value of the field in its canonical unit (the middle of its plausible range). */
const middle = (field: string, share: number): number => {
  const [lo, hi] = (UNIT_SPECS as Record<string, { plausible: readonly [number, number] }>)[field]!.plausible;
  return Math.round((lo + (hi - lo) * share) * 100) / 100;
};

const record = (
  field: string,
  lab: { value: number; date?: string },
  points: { date: string; value: number }[],
) => ({
  asOf: "2026-12-01",
  labs: { [field]: { ...lab, unit: canonical(field) } },
  series: { [field]: points.map((p) => ({ ...p, unit: canonical(field) })) },
});

describe("every lab reads its latest dated value (review c25)", () => {
  for (const field of LAB_QUANTITY_FIELDS) {
    const old = middle(field, 0.1);
    const later = middle(field, 0.3);
    it(`${field}: a later series value replaces an older dated lab value, which stays in the series`, () => {
      const f = toFacts(
        record(field, { value: old, date: "2026-11-01" }, [{ date: "2026-11-27", value: later }]),
      );
      const lab = f.labs[field]!;
      expect(lab.value).toBeCloseTo(later, 9);
      expect(lab.date).toBe("2026-11-27");
      // The laboratory's limits are not carried to a value that may be another laboratory's.
      expect(lab.upperLimitOfNormal).toBeNull();
      expect(f.series[field].map((p) => [p.date, p.value])).toEqual([
        ["2026-11-01", old],
        ["2026-11-27", later],
      ]);
    });
    it(`${field}: an undated lab value, or one as recent as the series' latest, stays the current one`, () => {
      const undated = toFacts(record(field, { value: old }, [{ date: "2026-11-27", value: later }]));
      expect(undated.labs[field]!.value).toBeCloseTo(old, 9);
      expect(undated.labs[field]!.date).toBeNull();
      const sameDay = toFacts(
        record(field, { value: old, date: "2026-11-27" }, [{ date: "2026-11-27", value: later }]),
      );
      expect(sameDay.labs[field]!.value).toBeCloseTo(old, 9);
    });
  }

  it("the lab's value is kept once: not again when the series already holds it (a FHIR round trip keeps it once)", () => {
    const f = toFacts(
      record("hemoglobin", { value: 10.8, date: "2026-11-09" }, [
        { date: "2026-11-09", value: 10.8 },
        { date: "2026-11-27", value: 7.4 },
      ]),
    );
    expect(f.series.hemoglobin.map((p) => [p.date, p.value])).toEqual([
      ["2026-11-09", 10.8],
      ["2026-11-27", 7.4],
    ]);
  });

  it("no lab value: the series' latest is the current one, in its reported unit converted", () => {
    const f = toFacts({
      asOf: "2026-12-01",
      series: {
        hemoglobin: [
          { date: "2026-11-01", value: 110, unit: "g/L" },
          { date: "2026-11-27", value: 74, unit: "g/L" },
        ],
      },
    });
    expect(f.labs.hemoglobin?.value).toBeCloseTo(7.4, 9);
    expect(f.labs.hemoglobin?.reported).toEqual({ value: 74, unit: "g/L" });
  });
});

/** The current value of every lab is the latest dated one, from the labs or the series (review c25; c23-1
 * for creatinine). A `labs.<field>` dated before a later series point is not today's value: the series'
 * latest is, with the record's reference limits and assay method for the test. The lab's own dated value is
 * kept in the series; an undated lab value stays today's; the free light chains are read as a pair of one day;
 * two values of one day of the kidney, calcium or a blood count read the worse (review c25-1 to -8). */
import { describe, expect, it } from "vitest";
import { toFacts } from "./facts.js";
import { LAB_QUANTITY_FIELDS } from "./record.js";
import { UNIT_SPECS } from "./unit-specs.js";

const specs = UNIT_SPECS as Record<string, { canonical: string; plausible: readonly [number, number] }>;
const canonical = (field: string): string => specs[field]!.canonical;
/** A plausible value of the field in its canonical unit (a share of its plausible range). */
const middle = (field: string, share: number): number => {
  const [lo, hi] = specs[field]!.plausible;
  return Math.round((lo + (hi - lo) * share) * 100) / 100;
};

type Lab = { value: number; date?: string; upperLimitOfNormal?: number; lowerLimitOfNormal?: number };
const record = (field: string, lab: Lab, points: { date: string; value: number }[]) => ({
  asOf: "2026-12-01",
  labs: { [field]: { ...lab, unit: canonical(field) } },
  series: { [field]: points.map((p) => ({ ...p, unit: canonical(field) })) },
});

const FLC = ["involvedFreeLightChain", "uninvolvedFreeLightChain"];
/** Which way a value is worse, for the labs whose same-day values read the worse. */
const WORSE: Record<string, "higher" | "lower"> = {
  creatinine: "higher",
  calcium: "higher",
  hemoglobin: "lower",
  neutrophils: "lower",
  platelets: "lower",
};

describe("every lab reads its latest dated value (review c25)", () => {
  for (const field of LAB_QUANTITY_FIELDS.filter((f) => !FLC.includes(f))) {
    const old = middle(field, 0.1);
    const later = middle(field, 0.3);
    it(`${field}: a later series value replaces an older dated lab value, which stays in the series`, () => {
      const f = toFacts(
        record(field, { value: old, date: "2026-11-01", upperLimitOfNormal: middle(field, 0.2) }, [
          { date: "2026-11-27", value: later },
        ]),
      );
      const lab = f.labs[field]!;
      expect(lab.value).toBeCloseTo(later, 9);
      expect(lab.date).toBe("2026-11-27");
      // The record's reference limits for the test go with the value read (review c25-1 to -3).
      expect(lab.upperLimitOfNormal).toBeCloseTo(middle(field, 0.2), 9);
      expect(f.series[field].map((p) => [p.date, p.value])).toEqual([
        ["2026-11-01", old],
        ["2026-11-27", later],
      ]);
    });
    it(`${field}: an undated lab value stays the current one; one of the latest day too, unless the other is worse`, () => {
      const undated = toFacts(record(field, { value: old }, [{ date: "2026-11-27", value: later }]));
      expect(undated.labs[field]!.value).toBeCloseTo(old, 9);
      expect(undated.labs[field]!.date).toBeNull();
      const sameDay = (lab: number, other: number) =>
        toFacts(record(field, { value: lab, date: "2026-11-27" }, [{ date: "2026-11-27", value: other }]))
          .labs[field]!.value;
      const worse = WORSE[field];
      if (worse === undefined) {
        expect(sameDay(old, later)).toBeCloseTo(old, 9);
        expect(sameDay(later, old)).toBeCloseTo(later, 9);
      } else {
        const expected = worse === "higher" ? later : old;
        expect(sameDay(old, later)).toBeCloseTo(expected, 9);
        expect(sameDay(later, old)).toBeCloseTo(expected, 9);
      }
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

  it("a high-sensitivity troponin keeps its method with the later value (review c25-8)", () => {
    const f = toFacts({
      asOf: "2026-12-01",
      labs: { troponinT: { value: 40, unit: "ng/L", date: "2026-10-01", method: "high-sensitivity" } },
      series: { troponinT: [{ date: "2026-11-27", value: 60, unit: "ng/L" }] },
    });
    expect(f.labs.troponinT?.reported).toEqual({ value: 60, unit: "ng/L" });
    expect(f.labs.troponinT?.method).toBe("high-sensitivity");
    // A later value in another unit (ng/mL) may be another assay: no method is carried (review c26-5).
    const other = toFacts({
      asOf: "2026-12-01",
      labs: { troponinT: { value: 40, unit: "ng/L", date: "2026-10-01", method: "high-sensitivity" } },
      series: { troponinT: [{ date: "2026-11-27", value: 0.03, unit: "ng/mL" }] },
    });
    expect(other.labs.troponinT?.method).toBeNull();
  });
});

describe("the free light chains are read as a pair of one day (review c25-4, -5)", () => {
  const mgL = (value: number, date?: string) => ({ value, unit: "mg/L", ...(date ? { date } : {}) });
  const point = (date: string, value: number) => ({ date, value, unit: "mg/L" });
  const pairOf = (labs: object, series: object) => {
    const f = toFacts({ asOf: "2026-12-02", labs, series });
    return [
      f.labs.involvedFreeLightChain?.value,
      f.labs.uninvolvedFreeLightChain?.value,
      f.labs.involvedFreeLightChain?.date,
    ];
  };

  it("a later involved value alone: today's pair is not known, neither the mixed pair nor the old one (review c26-2)", () => {
    const f = toFacts({
      asOf: "2026-12-02",
      labs: {
        involvedFreeLightChain: mgL(160, "2025-05-10"),
        uninvolvedFreeLightChain: mgL(8, "2025-05-10"),
      },
      series: { involvedFreeLightChain: [point("2026-11-25", 850)] },
    });
    expect([f.labs.involvedFreeLightChain, f.labs.uninvolvedFreeLightChain]).toEqual([null, null]);
    // Every value kept in the series, for the readings of change.
    expect(f.series.involvedFreeLightChain.map((p) => [p.date, p.value])).toEqual([
      ["2025-05-10", 160],
      ["2026-11-25", 850],
    ]);
    expect(f.series.uninvolvedFreeLightChain.map((p) => [p.date, p.value])).toEqual([["2025-05-10", 8]]);
  });

  it("a later pair of one day in the series replaces the labs' pair, whose values stay in the series", () => {
    const f = toFacts({
      asOf: "2026-12-02",
      labs: {
        involvedFreeLightChain: mgL(160, "2025-05-10"),
        uninvolvedFreeLightChain: mgL(8, "2025-05-10"),
      },
      series: {
        involvedFreeLightChain: [point("2026-10-01", 500)],
        uninvolvedFreeLightChain: [point("2026-10-01", 9)],
      },
    });
    expect([f.labs.involvedFreeLightChain?.value, f.labs.uninvolvedFreeLightChain?.value]).toEqual([500, 9]);
    expect(f.labs.involvedFreeLightChain?.date).toBe("2026-10-01");
    expect(f.series.uninvolvedFreeLightChain.map((p) => [p.date, p.value])).toEqual([
      ["2025-05-10", 8],
      ["2026-10-01", 9],
    ]);
  });

  it("an undated lab value of the pair stays today's; no labs: the series' latest pair", () => {
    const series = {
      involvedFreeLightChain: [point("2026-11-25", 850)],
      uninvolvedFreeLightChain: [point("2026-11-25", 7)],
    };
    expect(pairOf({ involvedFreeLightChain: mgL(160), uninvolvedFreeLightChain: mgL(8) }, series)).toEqual([
      160,
      8,
      null,
    ]);
    expect(pairOf({}, series)).toEqual([850, 7, "2026-11-25"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { type GoldenCase, runGoldenCases } from "../testing/golden.js";
import { addMonths } from "./dates.js";
import { goldenView } from "./golden-view.js";
import { assessLinesOfTherapy } from "./lines.js";
import cases from "./response.cases.json" with { type: "json" };
import { assessResponse, type ResponseResult } from "./response.js";

const run = (record: object) => {
  const facts = toFacts(record);
  return goldenView(assessResponse(facts, assessLinesOfTherapy(facts)));
};

describe("IMWG response golden cases", () => {
  runGoldenCases(cases as unknown as GoldenCase<object, Partial<ResponseResult>>[], run);
});

describe("every response result", () => {
  it("cites resolvable rules and says why current is null", () => {
    for (const c of cases) {
      const r = run(c.input);
      if (r.current === null) expect(r.reason).toBeTruthy();
      expect(r.basis.length).toBeGreaterThan(20);
    }
  });

  it("never shows a missing value as words: no 'null' or 'undefined' in the basis or an alert (issue 9 point 7)", () => {
    for (const c of cases) {
      const r = run(c.input);
      for (const text of [r.basis, ...r.alerts.map((a) => a.text)])
        expect(text).not.toMatch(/\b(null|undefined|NaN)\b/);
    }
  });
});

const VRD = { regimen: "VRd", drugs: ["bortezomib", "lenalidomide", "dexamethasone"], start: "2025-01-10" };
const dated = (values: number[], unit: string) =>
  values.map((value, i) => ({ date: addMonths("2025-01-05", i * 2), value, unit }));

/** Serum values on a 0.1 g/dL grid so that the same series is exact in g/L. */
const grid = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 10);

describe("response properties", () => {
  it("a series that only falls never yields progression", () => {
    fc.assert(
      fc.property(
        grid(10, 80),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (start, steps) => {
          const values = [start];
          for (const f of steps) values.push(values[values.length - 1]! * f);
          const r = run({
            asOf: "2027-01-01",
            treatmentHistory: [VRD],
            series: {
              serumMProtein: dated(values, "g/dL"),
              urineMProtein: dated(
                values.map((v) => v * 100),
                "mg/24h",
              ),
            },
          });
          expect(r.progression).not.toBe(true);
          expect(r.current).not.toBe("PD");
        },
      ),
    );
  });

  const record = (
    serum: number[],
    urine: number[],
    flcInv: number[],
    serumUnit = "g/dL",
    flcUnit = "mg/L",
  ) => ({
    asOf: "2027-01-01",
    labs: { heavyChain: "IgG", lightChain: "kappa" },
    treatmentHistory: [VRD],
    series: {
      serumMProtein: dated(
        serum.map((v) => (serumUnit === "g/L" ? v * 10 : v)),
        serumUnit,
      ),
      urineMProtein: dated(urine, "mg/24h"),
      involvedFreeLightChain: dated(
        flcInv.map((v) => (flcUnit === "mg/dL" ? v / 10 : v)),
        flcUnit,
      ),
      uninvolvedFreeLightChain: dated(
        flcInv.map(() => (flcUnit === "mg/dL" ? 1 : 10)),
        flcUnit,
      ),
    },
  });
  const seriesArb = fc.record({
    serum: fc.array(grid(0, 60), { minLength: 1, maxLength: 7 }),
    urine: fc.array(
      fc.integer({ min: 0, max: 30 }).map((n) => n * 50),
      { maxLength: 7 },
    ),
    flc: fc.array(
      fc.integer({ min: 1, max: 100 }).map((n) => n * 10),
      { maxLength: 7 },
    ),
  });
  const headline = (r: ResponseResult) => ({
    current: r.current,
    progression: r.progression,
    confirmed: r.confirmed,
    measurableBy: r.measurableBy,
    relapseFromCr: r.relapseFromCr,
    antibodyInterference: r.antibodyInterference,
    progressionDate: r.progressionDate,
    confirmedCategory: r.confirmedCategory,
  });

  it("the same series in g/L and mg/dL FLC gives the same result as in g/dL and mg/L", () => {
    fc.assert(
      fc.property(seriesArb, ({ serum, urine, flc }) => {
        const a = run(record(serum, urine, flc));
        const b = run(record(serum, urine, flc, "g/L", "mg/dL"));
        expect(headline(b)).toEqual(headline(a));
      }),
    );
  });

  it("shuffling the input order does not change the result", () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 0, max: 1000 }), ({ serum, urine, flc }, seed) => {
        const rec = record(serum, urine, flc);
        const shuffled = structuredClone(rec);
        const rnd = fc.sample(fc.integer(), { numRuns: 1, seed })[0]!;
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x, i) => [((i + 1) * 7919 * (rnd | 1)) % 1009, x] as const)
            .sort((p, q) => p[0] - q[0])
            .map((p) => p[1]);
        shuffled.series.serumMProtein = shuffle(shuffled.series.serumMProtein);
        shuffled.series.urineMProtein = shuffle(shuffled.series.urineMProtein);
        shuffled.series.involvedFreeLightChain = shuffle(shuffled.series.involvedFreeLightChain);
        expect(run(shuffled)).toEqual(run(rec));
      }),
    );
  });

  it("shuffling the treatment history does not change lines or response", () => {
    const history = [
      {
        regimen: "VRd",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2023-01-10",
        end: "2023-05-01",
        progressedOn: false,
      },
      {
        regimen: "ASCT",
        drugs: ["melphalan"],
        start: "2023-06-01",
        end: "2023-06-02",
        asct: true,
        plannedWithPrevious: true,
        progressedOn: false,
      },
      {
        regimen: "R",
        drugs: ["lenalidomide"],
        start: "2023-09-01",
        end: "2024-10-01",
        plannedWithPrevious: true,
        progressedOn: true,
      },
      {
        regimen: "DPd",
        drugs: ["daratumumab", "pomalidomide", "dexamethasone"],
        start: "2024-11-01",
        progressedOn: false,
      },
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(history, { minLength: 4, maxLength: 4 }), (perm) => {
        const base = { asOf: "2025-12-01", series: { serumMProtein: dated([3, 1, 1, 2, 2], "g/dL") } };
        const a = toFacts({ ...base, treatmentHistory: history });
        const b = toFacts({ ...base, treatmentHistory: perm });
        const la = assessLinesOfTherapy(a);
        const lb = assessLinesOfTherapy(b);
        expect(lb).toEqual(la);
        expect(assessResponse(b, lb)).toEqual(assessResponse(a, la));
      }),
    );
  });
});

/** detectProgression's own contract (progression.ts): how each event says it was confirmed. The PD
 * thresholds themselves are golden cases in response.cases.json. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pdByLowestValue } from "./pd-versions.js";
import { detectProgression, dflcNotUsable, dflcRiseOnlyFromBelowZero, pdRule } from "./progression.js";
import type { FlcPoint, Points } from "./series.js";

const empty: Points = {
  serum: [],
  urine: [],
  flc: [],
  marrow: [],
  serumIfe: [],
  urineIfe: [],
  hemoglobin: [],
};
const none = { serum: false, urine: false, flc: false };
/** FLC-only measurable disease (Kumar 2016, criteria-and-scores.md 6.1): the dFLC PD criterion applies. */
const flcOnly = { ...none, flc: true };

describe("detectProgression", () => {
  it("a marrow rise (IMWG 2016: +10 points and >= 25% from the lowest value) needs no second assessment, and says so", () => {
    const marrow = [
      { date: "2025-01-05", value: 40 },
      { date: "2025-04-01", value: 15 },
      { date: "2025-08-01", value: 25 },
    ];
    const [event, ...rest] = detectProgression({ ...empty, marrow }, "2025-01-10", none);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      param: "marrow",
      date: "2025-08-01",
      nadir: 15,
      confirmed: true,
      confirmation: { by: "not-needed", reason: "marrow" },
    });
  });

  it("a serum rise is confirmed by the next assessment, on its date (IMWG 2006 confirmation)", () => {
    const serum = [
      { date: "2025-01-05", value: 0.8 },
      { date: "2025-04-01", value: 1.3 },
      { date: "2025-05-01", value: 1.4 },
    ];
    const [event] = detectProgression({ ...empty, serum }, "2025-01-10", { ...none, serum: true });
    expect(event).toMatchObject({
      param: "serum",
      date: "2025-04-01",
      confirmed: true,
      confirmation: { by: "second-assessment", on: "2025-05-01" },
    });
  });
});

/** FLC pairs [involved, uninvolved] (kappa disease) on successive dates from 2025-01-05. */
const flcPoints = (pairs: [number, number][]): FlcPoint[] => {
  const dates = ["2025-01-05", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"];
  return pairs.map(([involved, uninvolved], n) => ({
    date: dates[n]!,
    involved,
    uninvolved,
    dflc: involved - uninvolved,
    ratioNormal: null,
    abnormalForInvolved: null,
  }));
};

describe("dFLC progression (kumar-2016-lancet-oncol: a percentage rise needs a positive dFLC)", () => {
  it("a negative baseline dFLC (150 - 600) is no measure: its 'rise' to -150 is no event", () => {
    const flc = flcPoints([
      [150, 600],
      [150, 300],
      [150, 300],
    ]);
    expect(detectProgression({ ...empty, flc }, "2025-01-10", flcOnly)).toEqual([]);
    expect(dflcRiseOnlyFromBelowZero({ ...empty, flc }, "2025-01-10", flcOnly)).toBeNull();
  });

  it("a negative lowest confirmed value (-15) after a positive baseline: the rise is measured from 0, and the event says so", () => {
    const flc = flcPoints([
      [520, 20],
      [10, 25],
      [10, 25],
      [130, 20],
      [130, 20],
    ]);
    const [event] = detectProgression({ ...empty, flc }, "2025-01-10", flcOnly);
    expect(event).toMatchObject({ param: "flc", value: 110, nadir: 0, nadirBelowZero: -15, confirmed: true });
  });

  it("dFLC 95 after -15: progression only by the rise from -15 itself, so no event, and the rise is given for review", () => {
    const flc = flcPoints([
      [520, 20],
      [10, 25],
      [10, 25],
      [115, 20],
      [115, 20],
    ]);
    expect(detectProgression({ ...empty, flc }, "2025-01-10", flcOnly)).toEqual([]);
    expect(dflcRiseOnlyFromBelowZero({ ...empty, flc }, "2025-01-10", flcOnly)).toMatchObject({
      value: 95,
      nadir: -15,
      confirmed: true,
    });
    // A dFLC still negative (-300, -300 -> -150, -150: the uninvolved chain falling, a rise of 150 from
    // -300) is no excess of the involved chain: nothing shown.
    const stillNegative = flcPoints([
      [520, 20],
      [10, 310],
      [10, 310],
      [10, 160],
      [10, 160],
    ]);
    expect(dflcRiseOnlyFromBelowZero({ ...empty, flc: stillNegative }, "2025-01-10", flcOnly)).toBeNull();
    // Not read for PD at all while the serum is followed.
    expect(
      dflcRiseOnlyFromBelowZero({ ...empty, flc }, "2025-01-10", { ...flcOnly, serum: true }),
    ).toBeNull();
  });

  it("a dFLC is zero up to unit-conversion noise (15 mg/dL as mg/L minus 150 mg/L), negative below it, usable above it", () => {
    expect(dflcNotUsable(15 * 10.000000000000002 - 150)).toBe("zero");
    expect(dflcNotUsable(-0.1)).toBe("negative");
    expect(dflcNotUsable(0.1)).toBeNull();
  });

  it("property: from a negative lowest value, a dFLC PD is called only when the rise from that value would call it too (the stricter reading)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: -1 }), fc.integer({ min: -2000, max: 5000 }), (nadir, v) => {
        if (pdRule("flc", nadir, v) !== null) expect(v - nadir).toBeGreaterThan(100);
        // Counted from 0: the dFLC itself above 100 mg/L.
        expect(pdRule("flc", nadir, v) !== null).toBe(v > 100);
      }),
    );
  });
});

/** Serum M-protein (g/dL) on successive dates, the first the line's baseline (before its start, 2025-01-10). */
const serumSeries = (values: number[]) => {
  const dates = ["2025-01-05", "2025-03-01", "2025-05-01", "2025-07-01", "2025-09-01", "2025-11-01"];
  return values.map((value, n) => ({ date: dates[n]!, value }));
};
const serumFollowed = { serum: true, urine: false, flc: false };

describe("the value PD is measured from: 'lowest confirmed response value' (Kumar 2016) vs 'lowest response value' (Durie 2006, Rajkumar 2011), criteria-and-scores.md 6.2 (a)", () => {
  // 1.0 (baseline), 0.4, 0.9, 1.4 g/dL. The 0.4 is never confirmed: the next assessment (0.9) is a rise.
  // The 0.9 is itself that rise, so it cannot be the value that confirms a nadir of 0.9 (a value confirms
  // the one before it, never itself); nor is 0.9 confirmed (the next, 1.4, is higher). The lowest confirmed
  // value stays the baseline 1.0, and 1.4 is +0.4 g/dL from it (< 0.5): no PD by the 2016 wording.
  const serum = serumSeries([1.0, 0.4, 0.9, 1.4]);

  it("Kumar 2016: 1.0, 0.4, 0.9, 1.4 g/dL is PD at 1.4 from 0.9, the level held on two consecutive assessments (0.4 then 0.9), awaiting its repeat", () => {
    const [event, ...rest] = detectProgression({ ...empty, serum }, "2025-01-10", serumFollowed);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ param: "serum", date: "2025-07-01", nadir: 0.9, confirmed: false });
  });

  it("Kumar 2016: a relapse from a deep response is not lost (3.0, 0.3, 1.2, 1.9, 2.2 g/dL): PD on 1.9 from 1.2, confirmed by 2.2", () => {
    // A reading that confirms a value only by a next value at or below it confirms nothing after the
    // baseline here, and would call this seven-fold rise "no progression".
    const [event] = detectProgression(
      { ...empty, serum: serumSeries([3.0, 0.3, 1.2, 1.9, 2.2]) },
      "2025-01-10",
      serumFollowed,
    );
    expect(event).toMatchObject({ date: "2025-07-01", nadir: 1.2, confirmed: true });
  });

  it("Durie 2006 / Rajkumar 2011: the same series is PD from the lowest value 0.4 (2025-03-01), met by 0.9 on 2025-05-01 and confirmed by 1.4 on 2025-07-01", () => {
    expect(pdByLowestValue({ serum, urine: [] }, "2025-01-10")).toEqual({
      param: "serum",
      nadir: 0.4,
      nadirDate: "2025-03-01",
      date: "2025-05-01",
      confirmedOn: "2025-07-01",
    });
  });

  it("Kumar 2016: a nadir held at the next assessment is confirmed (1.0, 0.4, 0.4, 0.9): PD from 0.4 on 2025-07-01, awaiting its repeat", () => {
    const [event, ...rest] = detectProgression(
      { ...empty, serum: serumSeries([1.0, 0.4, 0.4, 0.9]) },
      "2025-01-10",
      serumFollowed,
    );
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ param: "serum", date: "2025-07-01", nadir: 0.4, confirmed: false });
  });

  it("Kumar 2016: the lowest level held on two consecutive assessments (1.0, 0.4, 0.9, 0.8, 1.4): the nadir is 0.9, not the single 0.4", () => {
    const [event] = detectProgression(
      { ...empty, serum: serumSeries([1.0, 0.4, 0.9, 0.8, 1.4]) },
      "2025-01-10",
      serumFollowed,
    );
    expect(event).toMatchObject({ date: "2025-09-01", nadir: 0.9, confirmed: false });
  });

  it("property (Kumar 2016): the value a PD is measured from is the baseline or the higher of two consecutive values before it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 6 }), (tenths) => {
        const v = serumSeries(tenths.map((t) => t / 10));
        for (const e of detectProgression({ ...empty, serum: v }, "2025-01-10", serumFollowed)) {
          const before = v.filter((p) => p.date < e.date);
          const confirmedValues = [
            before[0]!.value,
            ...before.slice(1, -1).map((p, j) => Math.max(p.value, before[j + 2]!.value)),
          ];
          expect(e.nadir).toBe(Math.min(...confirmedValues));
        }
      }),
    );
  });
});

describe("which parameter a PD is read from (criteria-and-scores.md 6.1 and the 6.2 PD row, Kumar 2016)", () => {
  // Kappa FLC pairs rising from dFLC 50 to 240, 250 mg/L (a rise of > 100 mg/L and >= 25%).
  const rising = flcPoints([
    [60, 10],
    [60, 10],
    [250, 10],
    [260, 10],
  ]);
  const marrow = [
    { date: "2025-01-05", value: 20 },
    { date: "2025-06-01", value: 35 },
  ];

  it("FLC-only measurable disease: a dFLC rise is PD", () => {
    const [event] = detectProgression({ ...empty, flc: rising }, "2025-01-10", { ...none, flc: true });
    expect(event).toMatchObject({ param: "flc", date: "2025-04-01", confirmed: true });
  });

  it("FLC never measurable (serum, urine and FLC all unmeasurable): no dFLC PD; the marrow criterion applies instead", () => {
    const events = detectProgression({ ...empty, flc: rising, marrow }, "2025-01-10", none);
    expect(events.map((e) => e.param)).toEqual(["marrow"]);
  });

  it("FLC measurability not known (light chain not recorded, readings disagree): neither the dFLC nor the marrow criterion is applied", () => {
    expect(
      detectProgression({ ...empty, flc: rising, marrow }, "2025-01-10", { ...none, flc: null }),
    ).toEqual([]);
  });

  it("serum M-protein measurable: the dFLC is not read for PD even when the FLC is measurable too", () => {
    expect(
      detectProgression({ ...empty, flc: rising }, "2025-01-10", { serum: true, urine: false, flc: true }),
    ).toEqual([]);
  });
});

/** detectProgression's own contract (progression.ts): how each event says it was confirmed. The PD
 * thresholds themselves are golden cases in response.cases.json. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
    expect(detectProgression({ ...empty, flc }, "2025-01-10", none)).toEqual([]);
    expect(dflcRiseOnlyFromBelowZero({ ...empty, flc }, "2025-01-10", none)).toBeNull();
  });

  it("a negative lowest confirmed value (-15) after a positive baseline: the rise is measured from 0, and the event says so", () => {
    const flc = flcPoints([
      [520, 20],
      [10, 25],
      [10, 25],
      [130, 20],
      [130, 20],
    ]);
    const [event] = detectProgression({ ...empty, flc }, "2025-01-10", none);
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
    expect(detectProgression({ ...empty, flc }, "2025-01-10", none)).toEqual([]);
    expect(dflcRiseOnlyFromBelowZero({ ...empty, flc }, "2025-01-10", none)).toMatchObject({
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
    expect(dflcRiseOnlyFromBelowZero({ ...empty, flc: stillNegative }, "2025-01-10", none)).toBeNull();
    // Not read for PD at all while the serum is followed.
    expect(dflcRiseOnlyFromBelowZero({ ...empty, flc }, "2025-01-10", { ...none, serum: true })).toBeNull();
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

/** detectProgression's own contract (progression.ts): how each event says it was confirmed. The PD
 * thresholds themselves are golden cases in response.cases.json. */
import { describe, expect, it } from "vitest";
import { detectProgression } from "./progression.js";
import type { Points } from "./series.js";

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

import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { detectEvolvingDisease } from "./evolving.js";

const serum = (...pairs: [string, number][]) => pairs.map(([date, value]) => ({ date, value, unit: "g/dL" }));
const hb = (...pairs: [string, number][]) => pairs.map(([date, value]) => ({ date, value, unit: "g/dL" }));
const run = (
  series: object,
  category: "mgus" | "smoldering-myeloma" | null = "smoldering-myeloma",
  extra: object = {},
) => detectEvolvingDisease(toFacts({ asOf: "2026-01-01", series, ...extra }), category);

describe("evolving smoldering myeloma (Ravi et al., Blood Cancer J 2016)", () => {
  it("eMP: >= 25% and >= 0.5 g/dL rise within 12 months (2.0 -> 2.5)", () => {
    const a = run({ serumMProtein: serum(["2025-01-01", 2.0], ["2025-07-01", 2.3], ["2025-12-01", 2.5]) });
    expect(a.map((x) => x.id)).toEqual(["evolving.m-protein"]);
    expect(a[0]).toMatchObject({ citations: ["ravi-2016-bcj"], verified: true, severity: "warning" });
  });
  it("eMP: a 24% rise within 12 months is not evolving", () => {
    expect(run({ serumMProtein: serum(["2025-01-01", 2.5], ["2025-12-01", 3.1]) })).toEqual([]);
  });
  it("eMP: >= 10% within 6 months when M-protein >= 3 g/dL, with the 0.5 g/dL minimum (3.0 -> 3.5)", () => {
    expect(run({ serumMProtein: serum(["2025-01-01", 3.0], ["2025-06-01", 3.5]) }).map((x) => x.id)).toEqual([
      "evolving.m-protein",
    ]);
    expect(run({ serumMProtein: serum(["2025-01-01", 3.0], ["2025-06-01", 3.4]) })).toEqual([]);
  });
  it("eHb: a fall of >= 0.5 g/dL within 12 months", () => {
    expect(run({ hemoglobin: hb(["2025-01-01", 13.0], ["2025-10-01", 12.5]) }).map((x) => x.id)).toEqual([
      "evolving.hemoglobin",
    ]);
    expect(run({ hemoglobin: hb(["2025-01-01", 13.0], ["2025-10-01", 12.6]) })).toEqual([]);
  });
  it("after 12 months: falls back to the IMWG PD thresholds, marked unverified", () => {
    const a = run({ serumMProtein: serum(["2022-01-01", 1.2], ["2023-01-01", 1.2], ["2025-06-01", 1.8]) });
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ id: "evolving.m-protein-rising", verified: false });
  });
  it("MGUS: IMWG PD thresholds by analogy (1.0 -> 1.5) and a haemoglobin fall >= 2 g/dL", () => {
    const a = run(
      {
        serumMProtein: serum(["2023-01-01", 1.0], ["2025-06-01", 1.5]),
        hemoglobin: hb(["2023-01-01", 14], ["2025-06-01", 12]),
      },
      "mgus",
    );
    expect(a.map((x) => x.id)).toEqual(["evolving.m-protein-rising", "evolving.hemoglobin-fall"]);
    expect(a.every((x) => !x.verified)).toBe(true);
  });
  it("a stable series raises nothing", () => {
    expect(
      run({ serumMProtein: serum(["2024-01-01", 1.0], ["2024-07-01", 1.1], ["2025-06-01", 1.0]) }, "mgus"),
    ).toEqual([]);
  });
  it("nothing once treatment is recorded, and nothing for active myeloma", () => {
    const series = { serumMProtein: serum(["2025-01-01", 2.0], ["2025-12-01", 2.5]) };
    expect(
      run(series, "smoldering-myeloma", {
        treatmentHistory: [{ regimen: "Rd", drugs: ["lenalidomide"], start: "2025-12-10" }],
      }),
    ).toEqual([]);
    expect(detectEvolvingDisease(toFacts({ asOf: "2026-01-01", series }), "multiple-myeloma")).toEqual([]);
  });
});

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
    // Review c27-m1: Ravi 2016 was looked up outside the clinical reference: unverified, as the project marks
    // every looked-up threshold.
    expect(a[0]).toMatchObject({ citations: ["ravi-2016-bcj"], verified: false, severity: "warning" });
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
  it("nothing for a rise before the treatment recorded (review c20-2 reads rises on it), nor for active myeloma", () => {
    const series = { serumMProtein: serum(["2025-01-01", 2.0], ["2025-12-01", 2.5]) };
    expect(
      run(series, "smoldering-myeloma", {
        treatmentHistory: [{ regimen: "Rd", drugs: ["lenalidomide"], start: "2025-12-10" }],
      }),
    ).toEqual([]);
    expect(detectEvolvingDisease(toFacts({ asOf: "2026-01-01", series }), "multiple-myeloma")).toEqual([]);
  });
});

describe("evolving disease at the edges of the Ravi 2016 rules, and the words of each alert", () => {
  const ids = (a: { id: string }[]) => a.map((x) => x.id);

  it("eMP >= 10% in 6 months needs M-protein >= 3 g/dL: 2.8 -> 3.3 g/dL in 5 months (+18%) is not evolving", () => {
    expect(run({ serumMProtein: serum(["2025-01-01", 2.8], ["2025-06-01", 3.3]) })).toEqual([]);
  });

  it("eMP >= 10% within 6 months: exactly 6 months counts, 7 months does not (3.0 -> 3.5, +17%)", () => {
    expect(ids(run({ serumMProtein: serum(["2025-01-01", 3.0], ["2025-07-01", 3.5]) }))).toEqual([
      "evolving.m-protein",
    ]);
    expect(run({ serumMProtein: serum(["2025-01-01", 3.0], ["2025-08-01", 3.5]) })).toEqual([]);
  });

  it("eMP >= 10% within 6 months: exactly 10% counts (5.0 -> 5.5), 8% does not (6.0 -> 6.5)", () => {
    const at10 = run({ serumMProtein: serum(["2025-01-01", 5.0], ["2025-04-01", 5.5]) });
    expect(at10).toHaveLength(1);
    expect(at10[0]!.text).toBe(
      "Smoldering myeloma: evolving M-protein (Ravi 2016): 5 g/dL on 2025-01-01 to 5.5 g/dL on 2025-04-01, a rise of >= 10% within 6 months (at least 0.5 g/dL), counted from the first value in the record as the diagnosis value. Evolving SMM carries a high risk of early progression: review with the treating team.",
    );
    expect(run({ serumMProtein: serum(["2025-01-01", 6.0], ["2025-04-01", 6.5]) })).toEqual([]);
  });

  it("eMP >= 25% within 12 months: exactly 12 months counts, and the words say which rule (2.0 -> 2.5)", () => {
    const a = run({ serumMProtein: serum(["2025-01-01", 2.0], ["2026-01-01", 2.5]) });
    expect(ids(a)).toEqual(["evolving.m-protein"]);
    expect(a[0]!.text).toContain("a rise of >= 25% within 12 months (at least 0.5 g/dL)");
  });

  it("eHb: a fall of 0.5 g/dL exactly 12 months after the first value counts, 13 months after does not", () => {
    const a = run({ hemoglobin: hb(["2025-01-01", 13.0], ["2026-01-01", 12.5]) });
    expect(a).toEqual([
      {
        id: "evolving.hemoglobin",
        severity: "warning",
        text: "Smoldering myeloma: evolving haemoglobin (Ravi 2016): 13 g/dL on 2025-01-01 to 12.5 g/dL on 2026-01-01, a fall of >= 0.5 g/dL within 12 months of the first value in the record. Look for other causes and for myeloma-defining events.",
        citations: ["ravi-2016-bcj"],
        verified: false,
      },
    ]);
    expect(
      detectEvolvingDisease(
        toFacts({
          asOf: "2026-03-01",
          series: { hemoglobin: hb(["2025-01-01", 13.0], ["2026-02-01", 12.5]) },
        }),
        "smoldering-myeloma",
      ),
    ).toEqual([]);
  });

  it("MGUS: the Ravi SMM rules do not apply; a 50% rise within a year is the IMWG-threshold analogy, a 0.5 g/dL Hb fall nothing", () => {
    const a = run(
      {
        serumMProtein: serum(["2025-01-01", 1.0], ["2025-06-01", 1.5]),
        hemoglobin: hb(["2025-01-01", 13.0], ["2025-06-01", 12.5]),
      },
      "mgus",
    );
    expect(ids(a)).toEqual(["evolving.m-protein-rising"]);
  });

  it("the rise is measured from the first lowest value, dated, to the latest value, naming the first value of a rise that lasts (c10 M5)", () => {
    const a = run(
      {
        serumMProtein: serum(
          ["2023-01-01", 1.0],
          ["2023-07-01", 0.8],
          ["2024-01-01", 0.8],
          ["2025-01-01", 1.4],
          ["2025-06-01", 1.5],
        ),
      },
      "mgus",
    );
    expect(a).toEqual([
      {
        id: "evolving.m-protein-rising",
        severity: "warning",
        text: 'MGUS: serum M-protein rising from 0.8 g/dL (2023-07-01) to 1.5 g/dL (2025-06-01, the latest value; the rise first met the thresholds at 1.4 g/dL on 2025-01-01), >= 25% and >= 0.5 g/dL above the lowest value. These are the IMWG progression thresholds applied by analogy: the reference has no "evolving" threshold for this situation. Review with the treating team.',
        citations: ["kumar-2016-lancet-oncol"],
        verified: false,
      },
    ]);
  });

  it("the haemoglobin fall is measured from the first highest value, dated", () => {
    const a = run(
      {
        hemoglobin: hb(
          ["2022-06-01", 13.0],
          ["2023-01-01", 14.0],
          ["2023-06-01", 14.0],
          ["2025-06-01", 11.9],
        ),
      },
      "mgus",
    );
    expect(a).toEqual([
      {
        id: "evolving.hemoglobin-fall",
        severity: "warning",
        text: "MGUS: haemoglobin fell from 14 g/dL (2023-01-01) to 11.9 g/dL (2025-06-01), >= 2 g/dL (the IMWG clinical-relapse size, applied by analogy). Look for other causes and for myeloma-defining events.",
        citations: ["kumar-2016-lancet-oncol"],
        verified: false,
      },
    ]);
  });

  it("with the category not known, the SMM rules run and the words say MGUS/SMM", () => {
    const a = run({ serumMProtein: serum(["2025-01-01", 2.0], ["2025-12-01", 2.5]) }, null);
    expect(ids(a)).toEqual(["evolving.m-protein"]);
    expect(a[0]!.text).toMatch(
      /^MGUS\/SMM: evolving M-protein \(Ravi 2016\): 2 g\/dL on 2025-01-01 to 2\.5 g\/dL/,
    );
  });

  it("values are shown to 3 decimals (2.3456 -> 2.346 g/dL)", () => {
    const a = run({ serumMProtein: serum(["2025-01-01", 2.3456], ["2025-12-01", 3.0]) });
    expect(a[0]!.text).toContain("2.346 g/dL on 2025-01-01 to 3 g/dL on 2025-12-01");
  });
});

describe("evolving disease for the compact screen (codes only)", () => {
  const records = [
    { serumMProtein: serum(["2025-01-01", 2.0], ["2025-07-01", 2.3], ["2025-12-01", 2.5]) },
    {
      serumMProtein: serum(
        ["2024-01-01", 1.0],
        ["2024-06-01", 0.8],
        ["2025-06-01", 1.4],
        ["2025-12-01", 1.5],
      ),
    },
    { hemoglobin: hb(["2025-01-01", 13.0], ["2025-10-01", 12.5]) },
    { hemoglobin: hb(["2023-01-01", 14.0], ["2024-06-01", 13.0], ["2025-10-01", 11.5]) },
  ];
  for (const category of ["mgus", "smoldering-myeloma", null] as const) {
    it(`raises the same alerts (ids, severity, citations) with no text, ${category ?? "category unknown"}`, () => {
      for (const series of records) {
        const facts = toFacts({ asOf: "2026-01-01", series });
        const full = detectEvolvingDisease(facts, category);
        const codes = detectEvolvingDisease(facts, category, undefined, true);
        expect(codes).toEqual(full.map((a) => ({ ...a, text: "" })));
      }
    });
  }
  it("the records above raise alerts (the comparison is not of empty lists)", () => {
    const ids = records.flatMap((series) =>
      detectEvolvingDisease(toFacts({ asOf: "2026-01-01", series }), "smoldering-myeloma").map((a) => a.id),
    );
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });
});

/** Clinical vignettes for the response review questions (round 5): what a myeloma specialist expects to
 * read for each patient. Sources: IMWG 2016 response criteria (kumar-2016-lancet-oncol,
 * criteria-and-scores.md 6.1-6.2), the FLC ratio direction of the involved chain (criteria-and-scores.md
 * 1.1 and 1.3, rajkumar-2014-lancet-oncol) and refractoriness (rajkumar-2011-blood, section 9.2). */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { assessLinesAndResponse } from "./lines.js";
import cases from "./response.cases.json" with { type: "json" };

const assess = (record: object) => assessLinesAndResponse(toFacts(record));
const mgL = (date: string, value: number) => ({ date, value, unit: "mg/L" });
const gDl = (date: string, value: number) => ({ date, value, unit: "g/dL" });
const VRD = { regimen: "VRd", drugs: ["bortezomib", "lenalidomide", "dexamethasone"], start: "2025-01-10" };

/** Light-chain myeloma followed by FLC only: no serum or urine M-protein to measure. */
const lightChainRecord = (
  lightChain: "kappa" | "lambda" | null,
  involved: number,
  uninvolved: number,
  extra: object = {},
) => ({
  asOf: "2025-12-01",
  labs: { heavyChain: "none", lightChain: lightChain ?? "unknown" },
  treatmentHistory: [VRD],
  series: {
    serumMProtein: [gDl("2025-01-05", 0)],
    urineMProtein: [{ date: "2025-01-05", value: 0, unit: "mg/24h" }],
    involvedFreeLightChain: [mgL("2025-01-05", involved), mgL("2025-03-01", involved / 4)],
    uninvolvedFreeLightChain: [mgL("2025-01-05", uninvolved), mgL("2025-03-01", uninvolved)],
    ...extra,
  },
});

describe("question 1: FLC-measurable needs the ratio abnormal in the direction of the involved chain", () => {
  it("kappa disease, kappa 150 mg/L but kappa/lambda 0.25 (lambda excess): not measurable by FLC, and the reason says so", () => {
    const { response: r } = assess(lightChainRecord("kappa", 150, 600));
    expect(r.measurableBy).not.toContain("flc");
    expect(r.current).toBeNull();
    expect(r.reason).toMatch(
      /kappa\/lambda ratio 0\.25.*not abnormal in the direction of the involved kappa chain/,
    );
    const t = r.rules.find((x) => x.ruleId === "imwg2016.measurable-disease");
    expect(t?.inputs).toMatchObject({ involvedFlcMgL: 150, flcRatioAbnormalForInvolvedChain: false });
  });

  it("lambda disease, lambda 150 mg/L but kappa/lambda 2 (kappa excess): not measurable by FLC", () => {
    const { response: r } = assess(lightChainRecord("lambda", 150, 300));
    expect(r.measurableBy).not.toContain("flc");
    expect(r.current).toBeNull();
    expect(r.reason).toMatch(/involved lambda chain/);
  });

  it("kappa disease with kappa/lambda 15 is measurable by FLC (the usual case still is)", () => {
    const { response: r } = assess(lightChainRecord("kappa", 150, 10));
    expect(r.measurableBy).toEqual(["flc"]);
  });

  it("light chain not recorded, involved/uninvolved 3 (abnormal if kappa, normal if lambda): unknown, asks for the light chain, never graded as if known", () => {
    const { response: r } = assess(lightChainRecord(null, 150, 50));
    expect(r.measurableBy).toEqual([]);
    expect(r.current).toBeNull();
    expect(r.missing.map((m) => m.field)).toContain("labs.lightChain");
    expect(r.reason).toMatch(/light chain type is not recorded/);
  });

  it("light chain not recorded, involved/uninvolved 5: abnormal whichever chain is involved, so measurable", () => {
    const { response: r } = assess(lightChainRecord(null, 150, 30));
    expect(r.measurableBy).toEqual(["flc"]);
  });

  it("light chain not recorded, involved below uninvolved (ratio 0.25): not abnormal for the involved chain whichever it is", () => {
    const { response: r } = assess(lightChainRecord(null, 150, 600));
    expect(r.measurableBy).toEqual([]);
    expect(r.missing.map((m) => m.field)).not.toContain("labs.lightChain");
  });

  it("kappa disease with a lambda-excess ratio and marrow 40%: followed by the marrow, so a marrow rise of >= 10 points is progression", () => {
    const record = lightChainRecord("kappa", 150, 600, {
      clonalPlasmaCellPercent: [
        { date: "2025-01-05", value: 40 },
        { date: "2025-04-01", value: 15 },
        { date: "2025-08-01", value: 30 },
      ],
    });
    const { response: r } = assess(record);
    expect(r.measurableBy).toEqual(["marrow"]);
    expect(r.progression).toBe(true);
    expect(r.rules.map((t) => t.ruleId)).toContain("imwg2016.pd.marrow");
  });
});

describe("questions 2 and 3: every sentence of the basis and of the alerts starts with a capital", () => {
  it("no assessment after the start of the line: 'No assessment after the start of the line yet.'", () => {
    const { response: r } = assess({
      asOf: "2025-12-01",
      labs: { heavyChain: "IgG", lightChain: "kappa" },
      treatmentHistory: [VRD],
      series: { serumMProtein: [gDl("2025-01-05", 3)] },
    });
    expect(r.basis).toContain(". No assessment after the start of the line yet.");
  });

  it("unconfirmed progression: the sentence starts 'Serum M-protein 2 g/dL on …'", () => {
    const { response: r } = assess({
      asOf: "2025-12-01",
      labs: { heavyChain: "IgG", lightChain: "kappa" },
      treatmentHistory: [VRD],
      series: {
        serumMProtein: [
          gDl("2025-01-05", 3),
          gDl("2025-03-01", 1),
          gDl("2025-04-01", 1),
          gDl("2025-06-01", 2),
        ],
      },
    });
    expect(r.current).toBe("PD");
    expect(r.basis).toMatch(
      /\. Serum M-protein 2 g\/dL on 2025-06-01, up from the lowest confirmed value 1 g\/dL/,
    );
  });

  it("no basis or alert of any response golden case has a sentence starting in lower case (the category sCR aside)", () => {
    for (const c of cases) {
      const { response: r } = assess(c.input);
      for (const text of [r.basis, ...r.alerts.map((a) => a.text)])
        expect(text, c.id).not.toMatch(/[.!?] (?!sCR\b)[a-z]/);
    }
  });
});

describe("question 4: one progression date for the response and for refractoriness", () => {
  const DRD = {
    regimen: "DRd",
    drugs: ["daratumumab", "lenalidomide", "dexamethasone"],
    start: "2025-01-10",
    end: "2025-06-01",
  };
  const series = {
    serumMProtein: [
      gDl("2025-01-05", 3),
      gDl("2025-03-01", 0.5),
      gDl("2025-04-01", 0.5),
      gDl("2025-07-10", 1.2),
      gDl("2025-08-10", 1.4),
    ],
  };

  it("lab progression confirmed 39 days after the last dose, team's date 106 days after: progression 2025-07-10 and refractory to DRd", () => {
    const { response: r, linesOfTherapy: l } = assess({
      asOf: "2025-12-01",
      labs: { heavyChain: "IgG", lightChain: "kappa" },
      treatmentHistory: [{ ...DRD, progressedOn: false, progressionDate: "2025-09-15" }],
      series,
    });
    expect(r.progressionDate).toBe("2025-07-10");
    expect(r.progressionDateFrom).toBe("lab-series");
    expect(l.refractoryDrugs).toEqual(["daratumumab", "lenalidomide"]);
    expect(l.lenalidomideRefractory).toBe(true);
    const t = l.rules.find(
      (x) => x.ruleId === "imwg2011.refractory" && x.inputs.daysAfterLastDose !== undefined,
    );
    expect(t?.inputs).toMatchObject({ progressionDate: "2025-07-10", daysAfterLastDose: 39, within: true });
    expect(r.basis).toMatch(
      /Progression date 2025-07-10 \(the first of the confirming lab assessments\); the treatment history records 2025-09-15/,
    );
  });

  it("team's date earlier than the lab rise (clinical progression first): both uses take the team's date", () => {
    const { response: r, linesOfTherapy: l } = assess({
      asOf: "2025-12-01",
      labs: { heavyChain: "IgG", lightChain: "kappa" },
      treatmentHistory: [{ ...DRD, progressionDate: "2025-06-20" }],
      series,
    });
    expect(r.progressionDate).toBe("2025-06-20");
    expect(r.progressionDateFrom).toBe("treatment-history");
    const t = l.rules.find(
      (x) => x.ruleId === "imwg2011.refractory" && x.inputs.daysAfterLastDose !== undefined,
    );
    expect(t?.inputs).toMatchObject({ progressionDate: "2025-06-20", daysAfterLastDose: 19, within: true });
  });
});

describe("question 5: a negative or zero dFLC is not a measure (kumar-2016-lancet-oncol, criteria-and-scores.md 6.1-6.2)", () => {
  const DATES = ["2025-01-05", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01", "2025-07-01"];
  /** No serum or urine M-protein to measure; FLC pairs [involved, uninvolved] on successive dates. */
  const flcRecord = (
    lightChain: "kappa" | "lambda" | null,
    pairs: [number, number][],
    extra: object = {},
  ) => ({
    asOf: "2025-12-01",
    labs: { heavyChain: "none", lightChain: lightChain ?? "unknown" },
    treatmentHistory: [VRD],
    series: {
      serumMProtein: [gDl("2025-01-05", 0)],
      urineMProtein: [{ date: "2025-01-05", value: 0, unit: "mg/24h" }],
      involvedFreeLightChain: pairs.map(([i], n) => mgL(DATES[n]!, i)),
      uninvolvedFreeLightChain: pairs.map(([, u], n) => mgL(DATES[n]!, u)),
      ...extra,
    },
  });
  const ruleIds = (r: { rules: { ruleId: string }[] }) => r.rules.map((t) => t.ruleId);

  it("an unconfirmed dFLC rise keeps the abbreviation's case at the start of its sentence (dFLC, not DFLC)", () => {
    const { response: r } = assess(
      flcRecord("kappa", [
        [500, 10],
        [100, 10],
        [100, 10],
        [400, 10],
      ]),
    );
    expect(r.current).toBe("PD");
    expect(r.basis).toMatch(/ dFLC .*NOT CONFIRMED YET/);
    expect(r.basis).not.toMatch(/DFLC/);
  });

  it("kappa disease, baseline kappa 150 / lambda 600 (dFLC -450) and the lambda falling to 300: no dFLC progression, not evaluable, and the basis says the dFLC is not a measure", () => {
    const { response: r } = assess(
      flcRecord("kappa", [
        [150, 600],
        [150, 300],
        [150, 300],
      ]),
    );
    expect(r.progression).not.toBe(true);
    expect(r.current).toBeNull();
    expect(ruleIds(r)).not.toContain("imwg2016.pd.dflc");
    expect(r.alerts.map((a) => a.id)).not.toContain("response.progression");
    expect(r.reason).toMatch(/not measurable/);
    // Shown with why it is no measure, never as a bare baseline.
    expect(r.basis).toContain(
      "dFLC -450 mg/L on 2025-01-05 (not usable as a measure: negative, involved FLC 150 mg/L below uninvolved 600 mg/L",
    );
    expect(r.basis).not.toMatch(/dFLC -450 mg\/L on 2025-01-05[;.]/);
    expect(r.baseline.dflc).toMatchObject({ value: -450, notUsable: "negative" });
    const t = r.rules.find((x) => x.ruleId === "imwg2016.dflc-not-a-measure");
    expect(t?.inputs).toMatchObject({ dflcMgL: -450, involvedFlcMgL: 150, uninvolvedFlcMgL: 600 });
  });

  it("kappa disease, dFLC -450 with the kappa rising 150 -> 430 (still below the lambda): no dFLC progression", () => {
    const { response: r } = assess(
      flcRecord("kappa", [
        [150, 600],
        [300, 600],
        [420, 600],
        [430, 600],
      ]),
    );
    expect(r.progression).not.toBe(true);
    expect(r.current).not.toBe("PD");
    expect(ruleIds(r)).not.toContain("imwg2016.pd.dflc");
  });

  it("lambda disease, lambda 120 / kappa 400 (dFLC -280) and the kappa falling: no dFLC progression", () => {
    const { response: r } = assess(
      flcRecord("lambda", [
        [120, 400],
        [120, 150],
        [120, 150],
      ]),
    );
    expect(r.progression).not.toBe(true);
    expect(r.basis).toMatch(/dFLC -280 mg\/L on 2025-01-05 \(not usable as a measure: negative/);
  });

  it("light chain not recorded, involved 150 / uninvolved 600: no dFLC progression either", () => {
    const { response: r } = assess(
      flcRecord(null, [
        [150, 600],
        [150, 300],
        [150, 300],
      ]),
    );
    expect(r.progression).not.toBe(true);
    expect(ruleIds(r)).not.toContain("imwg2016.pd.dflc");
  });

  it("a zero dFLC baseline (kappa 150 = lambda 150) carries no percentage rise: the lambda falling to 40 is not progression", () => {
    const { response: r } = assess(
      flcRecord("kappa", [
        [150, 150],
        [150, 40],
        [150, 40],
      ]),
    );
    expect(r.progression).not.toBe(true);
    expect(ruleIds(r)).not.toContain("imwg2016.pd.dflc");
    expect(r.basis).toContain("dFLC 0 mg/L on 2025-01-05 (not usable as a measure: zero");
  });

  it("dFLC -450 with marrow 40%: the response falls to the marrow (the next measure IMWG allows), marrow 40% -> 15%, 12% is a PR, not dFLC progression", () => {
    const { response: r } = assess(
      flcRecord(
        "kappa",
        [
          [150, 600],
          [150, 300],
          [150, 300],
        ],
        {
          clonalPlasmaCellPercent: [
            { date: "2025-01-05", value: 40 },
            { date: "2025-04-01", value: 15 },
            { date: "2025-05-01", value: 12 },
          ],
        },
      ),
    );
    expect(r.measurableBy).toEqual(["marrow"]);
    expect(r.progression).toBe(false);
    expect(r.current).toBe("PR");
    expect(r.basis).toMatch(/dFLC -450 mg\/L on 2025-01-05 \(not usable as a measure: negative/);
  });

  it("control: a positive dFLC in FLC-only disease keeps its PR (kappa 500 / lambda 10 -> 200, 200)", () => {
    const { response: r } = assess(
      flcRecord("kappa", [
        [500, 10],
        [200, 10],
        [200, 10],
      ]),
    );
    expect(r.measurableBy).toEqual(["flc"]);
    expect(r.current).toBe("PR");
    expect(r.baseline.dflc).toEqual({ date: "2025-01-05", value: 490, fromAfterStart: false });
    expect(r.basis).toContain("dFLC 490 mg/L on 2025-01-05.");
  });

  it("control: a positive dFLC keeps its VGPR and its progression (500/10 -> 40/10, 40/10 -> 250/10, 260/10)", () => {
    const { response: r } = assess(
      flcRecord("kappa", [
        [500, 10],
        [40, 10],
        [40, 10],
        [250, 10],
        [260, 10],
      ]),
    );
    expect(r.current).toBe("PD");
    expect(r.progression).toBe(true);
    expect(ruleIds(r)).toContain("imwg2016.pd.dflc");
    expect(r.basis).toContain("up from the lowest confirmed value 30 mg/L");
    // Before the rise: a >= 90% fall (490 -> 30), VGPR in FLC-only disease.
    const { response: before } = assess(
      flcRecord("kappa", [
        [500, 10],
        [40, 10],
        [40, 10],
      ]),
    );
    expect(before.current).toBe("VGPR");
    expect(ruleIds(before)).toContain("imwg2016.vgpr.flc-only");
  });

  describe("a lowest confirmed dFLC that goes negative after a positive baseline (deep response, the uninvolved chain now higher)", () => {
    // Baseline 520/20 (dFLC 500); nadir 10/25, 10/25 (dFLC -15, confirmed).
    const deep: [number, number][] = [
      [520, 20],
      [10, 25],
      [10, 25],
    ];

    it("the rise is counted from 0 (no excess of the involved chain), not from -15: dFLC 110, 110 is progression and the basis says how it was measured", () => {
      const { response: r } = assess(flcRecord("kappa", [...deep, [130, 20], [130, 20]]));
      expect(r.progression).toBe(true);
      expect(ruleIds(r)).toContain("imwg2016.pd.dflc");
      expect(r.basis).toContain(
        "dFLC 110 mg/L on 2025-05-01, up from the lowest confirmed value -15 mg/L (negative: the rise is counted from 0 mg/L",
      );
      const t = r.rules.find((x) => x.ruleId === "imwg2016.pd.dflc");
      expect(t?.inputs).toMatchObject({ nadir: 0, lowestConfirmed: -15 });
    });

    it("dFLC 95, 95: a rise of 110 from -15 but only 95 from 0, so not progression (the conservative reading), with a warning that says both", () => {
      const { response: r } = assess(flcRecord("kappa", [...deep, [115, 20], [115, 20]]));
      expect(r.progression).toBe(false);
      expect(r.current).not.toBe("PD");
      expect(ruleIds(r)).not.toContain("imwg2016.pd.dflc");
      const a = r.alerts.find((x) => x.id === "response.dflc-rise-from-negative-nadir");
      expect(a?.severity).toBe("warning");
      expect(a?.text).toMatch(/dFLC 95 mg\/L on 2025-05-01.*lowest confirmed value -15 mg\/L/);
      expect(a?.text).toMatch(/not above 10 mg\/dL \(100 mg\/L\)/);
    });
  });
});

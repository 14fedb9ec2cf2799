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
    expect(l.refractoryDrugs).toEqual(["daratumumab", "dexamethasone", "lenalidomide"]);
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

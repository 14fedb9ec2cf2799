import { describe, expect, it } from "vitest";
import { BIBLIOGRAPHY } from "../model/bibliography/index.js";
import { toFacts } from "../model/facts.js";
import { type GoldenCase, runGoldenCases } from "../testing/golden.js";
import { canonicalDrugName, DRUG_CLASSES, DrugClass, drugClass, isKnownDrug } from "./drug-classes.js";
import { goldenView } from "./golden-view.js";
import cases from "./lines.cases.json" with { type: "json" };
import { assessLinesAndResponse, assessLinesOfTherapy, type LinesOfTherapyResult } from "./lines.js";
import { EVOLVING_RULES, LINES_RULES, MONITORING_RULES, RESPONSE_RULES } from "./rules.js";

describe("lines of therapy golden cases", () => {
  runGoldenCases(cases as unknown as GoldenCase<object, Partial<LinesOfTherapyResult>>[], (input) =>
    goldenView(assessLinesOfTherapy(toFacts(input))),
  );
});

/** The rule trace is the "why" a clinician reads beside a line count or a refractory drug (which Rajkumar
 * 2015 rule split the lines, how many days after the last dose progression came): pinned per golden case,
 * so a change to it shows in review as a snapshot diff (`vitest -u` after checking it). */
describe("lines of therapy: the rules and missing inputs of each golden case", () => {
  it.each(cases.map((c) => [c.id, c.input] as const))("%s", (_id, input) => {
    const r = assessLinesOfTherapy(toFacts(input));
    expect({
      rules: r.rules.map((t) => `${t.ruleId} ${JSON.stringify(t.inputs)}`),
      missing: r.missing.map((m) => `${m.field} (${m.neededFor})`),
    }).toMatchSnapshot();
  });
});

describe("drug classes", () => {
  it.each([
    ["bortezomib", DrugClass.proteasomeInhibitor],
    ["carfilzomib", DrugClass.proteasomeInhibitor],
    ["ixazomib", DrugClass.proteasomeInhibitor],
    ["lenalidomide", DrugClass.immunomodulatory],
    ["pomalidomide", DrugClass.immunomodulatory],
    ["thalidomide", DrugClass.immunomodulatory],
    ["daratumumab", DrugClass.antiCd38],
    ["isatuximab", DrugClass.antiCd38],
    ["belantamab mafodotin", DrugClass.bcmaDirected],
    ["idecabtagene vicleucel", DrugClass.bcmaDirected],
    ["ciltacabtagene autoleucel", DrugClass.bcmaDirected],
    ["teclistamab", DrugClass.bcmaDirected],
    ["elranatamab", DrugClass.bcmaDirected],
    ["linvoseltamab", DrugClass.bcmaDirected],
    ["talquetamab", DrugClass.gprc5dDirected],
    ["melphalan", DrugClass.alkylator],
    ["cyclophosphamide", DrugClass.alkylator],
    ["dexamethasone", DrugClass.steroid],
    ["prednisone", DrugClass.steroid],
    ["elotuzumab", DrugClass.other],
    ["selinexor", DrugClass.other],
    ["venetoclax", DrugClass.other],
  ])("%s is %s", (drug, cls) => expect(drugClass(drug)).toBe(cls));

  it("unknown drugs are classed other and listed as unknown, once each, sorted", () => {
    const r = assessLinesOfTherapy(
      toFacts({
        asOf: "2025-01-01",
        treatmentHistory: [
          // Drugs of no known class count as a line only with the setting recorded (review c9-F1).
          {
            regimen: "X",
            drugs: ["zetamab", "newdrugmab", "zetamab"],
            start: "2024-01-01",
            setting: "multiple-myeloma",
          },
        ],
      }),
    );
    expect(r.exposedClasses).toEqual(["other"]);
    expect(r.unknownDrugs).toEqual(["newdrugmab", "zetamab"]);
  });

  it("names are read whatever their case and surrounding spaces; aliases map to one generic name", () => {
    expect(drugClass(" Bortezomib ")).toBe(DrugClass.proteasomeInhibitor);
    expect(isKnownDrug(" Daratumumab ")).toBe(true);
    expect(isKnownDrug("newdrugmab")).toBe(false);
    expect(canonicalDrugName(" Daratumumab-Hyaluronidase ")).toBe("daratumumab");
    expect(canonicalDrugName(" Cilta-cel")).toBe("ciltacabtagene autoleucel");
    expect(canonicalDrugName("Lenalidomide ")).toBe("lenalidomide");
  });

  it("an alias is in its generic name's class and both are known (lines read each drug by its generic name)", () => {
    for (const alias of [
      "daratumumab-hyaluronidase",
      "daratumumab hyaluronidase",
      "belantamab",
      "ide-cel",
      "cilta-cel",
    ]) {
      const generic = canonicalDrugName(alias);
      expect(generic).not.toBe(alias);
      expect(drugClass(generic)).toBe(drugClass(alias));
      expect(isKnownDrug(generic)).toBe(true);
    }
  });

  it("a drug named by an alias and by its generic name across lines is exposed, refractory and classed once, by its generic name", () => {
    const r = assessLinesOfTherapy(
      toFacts({
        asOf: "2025-01-01",
        treatmentHistory: [
          {
            regimen: "DVd",
            drugs: ["daratumumab-hyaluronidase", "bortezomib", "dexamethasone"],
            start: "2023-01-01",
            end: "2023-09-01",
            progressedOn: true,
          },
          {
            regimen: "DRd",
            drugs: ["daratumumab", "lenalidomide", "dexamethasone", "zetamab", "zetamab"],
            start: "2023-10-01",
            end: "2024-06-01",
            progressedOn: true,
          },
        ],
      }),
    );
    expect(r.count).toBe(2);
    expect(r.lines.map((l) => l.drugs)).toEqual([
      ["bortezomib", "daratumumab", "dexamethasone"],
      ["daratumumab", "dexamethasone", "lenalidomide", "zetamab"],
    ]);
    expect(r.exposedDrugs).toEqual(["bortezomib", "daratumumab", "dexamethasone", "lenalidomide", "zetamab"]);
    // Dexamethasone is exposed, not listed as refractory (IMWG refractoriness: anti-CD38, PI, IMiD).
    expect(r.refractoryDrugs).toEqual(["bortezomib", "daratumumab", "lenalidomide", "zetamab"]);
    expect(r.unknownDrugs).toEqual(["zetamab"]);
    expect(r.exposedClasses).toEqual([
      "anti-cd38",
      "immunomodulatory",
      "other",
      "proteasome-inhibitor",
      "steroid",
    ]);
    // Steroids are never a refractory class.
    expect(r.refractoryClasses).toEqual(["anti-cd38", "immunomodulatory", "other", "proteasome-inhibitor"]);
    expect(r.tripleClassExposed).toBe(true);
    expect(r.tripleClassRefractory).toBe(true);
    expect(r.quadRefractory).toBe(false);
    expect(r.lenalidomideRefractory).toBe(true);
  });

  it("the class table keys are lower-case generic names", () => {
    for (const k of Object.keys(DRUG_CLASSES)) expect(k).toBe(k.toLowerCase());
  });
});

describe("rule tables", () => {
  const all = [RESPONSE_RULES, LINES_RULES, EVOLVING_RULES, MONITORING_RULES].flatMap((t) =>
    Object.values(t),
  );
  it("every rule id is unique and every citation resolves", () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of all) expect(Object.hasOwn(BIBLIOGRAPHY, r.citation)).toBe(true);
  });
});

describe("a record with no treatment entry", () => {
  it("has no line, no drug and no graded response, in the result's usual key order", () => {
    const facts = toFacts({ asOf: "2026-01-01", labs: { serumMProtein: { value: 1.2, unit: "g/dL" } } });
    const expected = {
      lines: [],
      count: 0,
      priorLines: 0,
      onTherapy: false,
      exposedDrugs: [],
      refractoryDrugs: [],
      exposedClasses: [],
      refractoryClasses: [],
      lenalidomideRefractory: false,
      antiCd38Refractory: false,
      smmTherapyOutcomeUnknown: false,
      tripleClassExposed: false,
      tripleClassRefractory: false,
      quadRefractory: false,
      pentaRefractory: false,
      priorAsct: false,
      priorBcmaTherapy: false,
      unknownDrugs: [],
      rules: [],
      missing: [],
    };
    for (const codesOnly of [false, true]) {
      const { linesOfTherapy, response } = assessLinesAndResponse(facts, undefined, [], { codesOnly });
      expect(JSON.stringify(linesOfTherapy)).toBe(JSON.stringify(expected));
      expect(response).toMatchObject({
        current: null,
        line: null,
        reason: "no line of therapy in the record",
      });
    }
  });
});

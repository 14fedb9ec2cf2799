import { describe, expect, it } from "vitest";
import { BIBLIOGRAPHY } from "../model/bibliography/index.js";
import { toFacts } from "../model/facts.js";
import { type GoldenCase, runGoldenCases } from "../testing/golden.js";
import { DRUG_CLASSES, DrugClass, drugClass } from "./drug-classes.js";
import { goldenView } from "./golden-view.js";
import cases from "./lines.cases.json" with { type: "json" };
import { assessLinesOfTherapy, type LinesOfTherapyResult } from "./lines.js";
import { EVOLVING_RULES, LINES_RULES, MONITORING_RULES, RESPONSE_RULES } from "./rules.js";

describe("lines of therapy golden cases", () => {
  runGoldenCases(cases as unknown as GoldenCase<object, Partial<LinesOfTherapyResult>>[], (input) =>
    goldenView(assessLinesOfTherapy(toFacts(input))),
  );
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

  it("an unknown drug is classed other and listed as unknown", () => {
    const r = assessLinesOfTherapy(
      toFacts({
        asOf: "2025-01-01",
        treatmentHistory: [{ regimen: "X", drugs: ["newdrugmab"], start: "2024-01-01" }],
      }),
    );
    expect(r.exposedClasses).toEqual(["other"]);
    expect(r.unknownDrugs).toEqual(["newdrugmab"]);
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

import { describe, expect, it } from "vitest";
import {
  canonicalDrugName,
  DrugClass,
  drugClass,
  isAnticoagulant,
  isKnownDrug,
  isKnownNonMyelomaDrug,
  isSupportiveCareDrug,
  namesMyelomaTherapy,
} from "./drug-classes.js";

describe("drug names: any case and surrounding spaces, every time", () => {
  it("reads a name the same however it is written, and again on every look-up", () => {
    for (let round = 0; round < 3; round++) {
      for (const name of ["Daratumumab-Hyaluronidase", " daratumumab hyaluronidase ", "DARATUMUMAB"]) {
        expect(canonicalDrugName(name)).toBe("daratumumab");
        expect(drugClass(name)).toBe(DrugClass.antiCd38);
        expect(isKnownDrug(name)).toBe(true);
        expect(isKnownNonMyelomaDrug(name)).toBe(false);
      }
      expect(isSupportiveCareDrug(" Zoledronic Acid")).toBe(true);
      expect(isKnownNonMyelomaDrug("Zoledronic acid")).toBe(true);
      expect(isAnticoagulant("Apixaban ")).toBe(true);
      expect(isKnownNonMyelomaDrug("aspirin")).toBe(true);
      expect(isKnownNonMyelomaDrug("Valaciclovir")).toBe(true);
      expect(drugClass("Cilta-cel")).toBe(DrugClass.bcmaDirected);
      expect(canonicalDrugName("Cilta-cel")).toBe("ciltacabtagene autoleucel");
    }
  });
  it("an unknown name is of no known class, kept as written (trimmed, lower case)", () => {
    expect(canonicalDrugName("  Trial-Agent-X ")).toBe("trial-agent-x");
    expect(drugClass("Trial-Agent-X")).toBe(DrugClass.other);
    expect(isKnownDrug("Trial-Agent-X")).toBe(false);
    expect(isKnownNonMyelomaDrug("Trial-Agent-X")).toBe(false);
    expect(namesMyelomaTherapy({ drugs: ["Trial-Agent-X"], setting: null })).toBe(false);
    expect(namesMyelomaTherapy({ drugs: ["Trial-Agent-X"], setting: "multiple-myeloma" })).toBe(true);
  });
  it("prototype keys are no drugs", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(drugClass(name)).toBe(DrugClass.other);
      expect(isKnownDrug(name)).toBe(false);
      expect(canonicalDrugName(name)).toBe(name.toLowerCase());
    }
  });
  it("answers stay right after thousands of different names (a screen of free-text entries)", () => {
    for (let i = 0; i < 5000; i++) {
      expect(drugClass(`agent ${i}`)).toBe(DrugClass.other);
      if (i % 500 === 0) {
        expect(drugClass("Bortezomib")).toBe(DrugClass.proteasomeInhibitor);
        expect(canonicalDrugName("Ide-cel")).toBe("idecabtagene vicleucel");
      }
    }
    expect(isKnownDrug("lenalidomide")).toBe(true);
  });
});

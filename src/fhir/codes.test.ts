import { describe, expect, it } from "vitest";
import { isCitationId } from "../model/bibliography/index.js";
import { LAB_QUANTITY_FIELDS } from "../model/record.js";
import {
  CONDITION_CODES,
  codesForCategory,
  DRUGS,
  drugByName,
  drugByRxcui,
  LOINC,
  loincEntry,
} from "./codes.js";

/** LOINC's Mod 10 check digit (the Luhn scheme on the number part), from the LOINC users' guide. */
function loincCheckDigit(numberPart: string): number {
  let sum = 0;
  [...numberPart].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return (10 - (sum % 10)) % 10;
}

describe("code tables", () => {
  it("every LOINC code has a valid check digit (the reference warns 33944-8 is a demo-data typo)", () => {
    for (const e of LOINC) {
      const [num, check] = e.code.split("-");
      expect(loincCheckDigit(num as string), e.code).toBe(Number(check));
    }
    expect(loincCheckDigit("33944")).not.toBe(8);
    expect(loincEntry("33944-8")).toBeUndefined();
  });

  it("keeps the reference's status: UNVERIFIED codes carry it, NT-proBNP is the one verified LOINC", () => {
    expect(loincEntry("42482-0")?.evidence).toBe("unverified");
    // 32730-5 (named by the reference) fails the check digit and is deliberately not mapped.
    expect(loincEntry("32730-5")).toBeUndefined();
    expect(loincCheckDigit("32730")).not.toBe(5);
    expect(loincEntry("14682-9")?.evidence).toBe("unverified");
    expect(loincEntry("33762-6")?.evidence).toBe("verified");
    expect(loincEntry("2160-0")?.evidence).toBe("secondary");
    expect(CONDITION_CODES.find((c) => c.code === "415112005")?.evidence).toBe("unverified");
    expect(CONDITION_CODES.find((c) => c.code === "C90.30")?.evidence).toBe("verified");
    expect(CONDITION_CODES.find((c) => c.code === "C90.10")?.evidence).toBe("unverified");
  });

  it("every entry cites a bibliography id, codes are unique, and lab targets are record fields", () => {
    const all = [...LOINC, ...CONDITION_CODES, ...DRUGS];
    for (const e of all) expect(isCitationId(e.citation)).toBe(true);
    expect(new Set(LOINC.map((e) => e.code)).size).toBe(LOINC.length);
    expect(new Set(CONDITION_CODES.map((e) => `${e.system}|${e.code}`)).size).toBe(CONDITION_CODES.length);
    for (const e of LOINC) {
      if (e.target.kind === "lab") expect(LAB_QUANTITY_FIELDS).toContain(e.target.field);
    }
  });

  it("drug names are lower-case generic names the record accepts, RxNorm codes are digits and unique", () => {
    const codes = DRUGS.flatMap((d) => (d.rxcui ? [d.rxcui] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of DRUGS) {
      expect(d.generic).toMatch(/^[a-z][a-z0-9 -]*$/);
      if (d.rxcui) expect(d.rxcui).toMatch(/^\d+$/);
      else expect(d.evidence).toBe("unverified");
    }
    expect(drugByRxcui("358258")?.generic).toBe("bortezomib");
    expect(drugByName("Revlimid")?.generic).toBe("lenalidomide");
    expect(drugByName("lenalido")).toBeUndefined();
  });

  it("a computed category maps to the reference's codes; smoldering myeloma to D47.2 (no SNOMED id)", () => {
    expect(codesForCategory("multiple-myeloma").map((c) => c.code)).toEqual(["C90.00", "109989006"]);
    expect(codesForCategory("smoldering-myeloma").map((c) => c.code)).toEqual(["D47.2"]);
    expect(
      codesForCategory("al-amyloidosis")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["23132008", "E85.81"]);
  });
});

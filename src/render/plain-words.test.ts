import { describe, expect, it } from "vitest";
import { BIBLIOGRAPHY } from "../model/bibliography/index.js";
import { DiagnosisCategory, OptionKind, ResponseCategory } from "../model/enums.js";
import {
  cautionTopics,
  PLAIN_CATEGORY,
  PLAIN_OPTION_KIND,
  PLAIN_RESPONSE,
  plainField,
  plainify,
} from "./plain-words.js";
import { firstAuthor, ReferenceList, shortCitation, shortJournal } from "./references.js";

describe("glossary covers every contract value", () => {
  it("categories, option kinds and response categories all have plain words", () => {
    for (const c of Object.values(DiagnosisCategory))
      expect(PLAIN_CATEGORY[c].meaning.length).toBeGreaterThan(20);
    for (const k of Object.values(OptionKind))
      expect(PLAIN_OPTION_KIND[k].meaning.length).toBeGreaterThan(20);
    for (const r of ResponseCategory) expect(PLAIN_RESPONSE[r].meaning.length).toBeGreaterThan(20);
  });
});

describe("plainify", () => {
  it("expands clinician abbreviations and drops reference markers", () => {
    expect(plainify("Dose by CrCl before ASCT [12]")).toBe(
      "Dose by kidney function before stem cell transplant",
    );
    expect(plainify("IMiD: VTE prophylaxis")).toContain("blood clots");
    expect(plainify("Infections 16.1% vs 4.6%")).toBe("Infections 16.1% compared with 4.6%");
    expect(plainify("CRS 60.1% (all grade 1-2)")).toBe("immune reaction with fever 60.1% (all mild)");
  });

  it("does not touch words that merely contain an abbreviation", () => {
    expect(plainify("SMM")).toBe("smoldering myeloma");
    expect(plainify("PEOPLE")).toBe("PEOPLE");
  });
});

describe("cautionTopics", () => {
  it("maps cautions to topics in table order and counts the ones it cannot place", () => {
    const r = cautionTopics([
      "IMiD: VTE prophylaxis",
      "Bortezomib: peripheral neuropathy; SC preferred",
      "Something the table does not know",
    ]);
    expect(r.topics).toEqual(["nerve damage, like numbness or tingling", "blood clots"]);
    expect(r.unmatched).toBe(1);
  });

  it("never turns a caution into a claim: only topic phrases come out", () => {
    const r = cautionTopics(["No renal dose adjustment needed"]);
    expect(r.topics).toEqual(["your kidneys and the dose", "the right dose for you"]);
  });
});

describe("plainField", () => {
  it("names a field by its longest prefix", () => {
    expect(plainField("labs.calcium")).toBe("a blood calcium test");
    expect(plainField("cytogenetics.t4_14")).toBe("gene tests on the abnormal cells");
    expect(plainField("marrow.clonalPlasmaCellPercent")).toBe("a bone marrow test");
    expect(plainField("unknown.thing")).toBeNull();
  });
});

describe("short references", () => {
  it("first author surname, journal and year", () => {
    expect(firstAuthor("Rajkumar SV, Dimopoulos MA, Palumbo A, et al.")).toBe("Rajkumar");
    expect(firstAuthor("D'Agostino M, Cairns DA")).toBe("D'Agostino");
    expect(firstAuthor("Regenstrief Institute")).toBe("Regenstrief Institute");
    expect(firstAuthor("CMS / NCHS; SNOMED International")).toBe("CMS / NCHS");
    expect(shortJournal("Lancet Oncol 2014;15(12):e538-e548")).toBe("Lancet Oncol");
    expect(shortJournal("Blood Cancer J 2018;8(6):59")).toBe("Blood Cancer J");
    // A guideline version ("2.2026") is not a journal and a year: it stays whole (review c7).
    expect(shortJournal("NCCN, Version 2.2026 (2025-07-16); Flash Update v1.2026")).toBe(
      "NCCN, Version 2.2026",
    );
    expect(shortCitation(BIBLIOGRAPHY["nccn-mm-2026"])).toBe(
      "National Comprehensive Cancer Network, NCCN, Version 2.2026 2025",
    );
  });

  it("every bibliography entry gets a short form with its year and no empty part", () => {
    for (const [id, c] of Object.entries(BIBLIOGRAPHY)) {
      const s = shortCitation(c);
      expect(s, id).toMatch(new RegExp(`^\\S.*, \\S.* ${c.year}$`));
      expect(s.length, id).toBeLessThan(80);
    }
  });

  it("numbers ids by first use and reuses the number", () => {
    const r = new ReferenceList();
    const [a] = r.cite(["greipp-2005-jco"]);
    const [b, c] = r.cite(["rajkumar-2014-lancet-oncol", "greipp-2005-jco"]);
    expect(a?.replace(/\u00a0/g, " ")).toBe("Greipp, J Clin Oncol 2005 [1]");
    expect(b).toContain("[2]");
    expect(c).toContain("[1]");
    expect(r.entries().map((e) => e.id)).toEqual(["greipp-2005-jco", "rajkumar-2014-lancet-oncol"]);
  });
});

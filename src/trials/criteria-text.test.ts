/** Each free-text reader: the statements it reads, and the ones it must refuse (conditional,
 * partial, another formula or modality), which stay unread and are shown as written. */
import { describe, expect, it } from "vitest";
import {
  type CriterionLine,
  readAfterTransplant,
  readCrClMin,
  readDiseaseState,
  readLenalidomideRefractory,
  readLine,
  readNoPriorBcma,
  readNoPriorGprc5d,
  readNoPriorMyelomaTherapy,
  readPriorLines,
  readTripleClass,
  splitCriteria,
} from "./criteria-text.js";

const inc = (text: string): CriterionLine => ({ section: "inclusion", text });
const exc = (text: string): CriterionLine => ({ section: "exclusion", text });

describe("splitCriteria", () => {
  it("labels bullets by section and drops the headings and markdown escapes", () => {
    const lines = splitCriteria(
      "Inclusion Criteria:\n\n* Age >= 18\n1. ECOG 0-1\n\nExclusion Criteria:\n\n* Platelets \\< 50",
    );
    expect(lines).toEqual([
      { section: "inclusion", text: "Age >= 18" },
      { section: "inclusion", text: "ECOG 0-1" },
      { section: "exclusion", text: "Platelets < 50" },
    ]);
  });
  it("gives no lines for a study without criteria text", () => {
    expect(splitCriteria(undefined)).toEqual([]);
  });
});

describe("readPriorLines", () => {
  it("reads a range, with line(s) and words", () => {
    expect(
      readPriorLines(inc("Received 1 to 3 prior line(s) of antimyeloma therapy including a PI")),
    ).toEqual({
      criterion: "prior-lines",
      min: 1,
      max: 3,
    });
    expect(readPriorLines(inc("one to three prior lines of therapy"))).toMatchObject({ min: 1, max: 3 });
  });
  it("reads a minimum", () => {
    expect(readPriorLines(inc("Has received at least 1 prior line of therapy"))).toEqual({
      criterion: "prior-lines",
      min: 1,
      max: null,
    });
    expect(readPriorLines(inc(">= 2 prior lines of therapy"))).toMatchObject({ min: 2, max: null });
  });
  it("refuses lines in the exclusion section and lines about something else", () => {
    expect(readPriorLines(exc("Received 1 to 3 prior lines of therapy"))).toBeNull();
    expect(readPriorLines(inc("At least 3 prior cycles of lenalidomide"))).toBeNull();
    expect(readPriorLines(inc("Measurable disease at screening"))).toBeNull();
  });
});

describe("readLenalidomideRefractory", () => {
  it("reads an unconditional requirement", () => {
    expect(readLenalidomideRefractory(inc("Disease refractory to lenalidomide"))).toEqual({
      criterion: "lenalidomide-refractory",
      required: true,
    });
    expect(readLenalidomideRefractory(inc("Lenalidomide-refractory multiple myeloma"))).not.toBeNull();
  });
  it("refuses a requirement that holds only for some participants", () => {
    expect(
      readLenalidomideRefractory(
        inc(
          "Participants who have received only 1 line of prior antimyeloma therapy must be lenalidomide refractory",
        ),
      ),
    ).toBeNull();
    expect(readLenalidomideRefractory(inc("Lenalidomide refractory or intolerant"))).toBeNull();
  });
});

describe("readTripleClass", () => {
  it("reads refractory and exposed", () => {
    expect(readTripleClass(inc("Triple-class refractory disease"))).toMatchObject({ required: "refractory" });
    expect(readTripleClass(inc("triple class exposed"))).toMatchObject({ required: "exposed" });
  });
  it("refuses a conditional statement", () => {
    expect(
      readTripleClass(inc("Triple-class exposed, unless ineligible for an anti-CD38 antibody")),
    ).toBeNull();
  });
});

describe("readNoPriorBcma / readNoPriorGprc5d", () => {
  it("reads a generic exclusion of prior BCMA- or GPRC5D-directed therapy", () => {
    expect(
      readNoPriorBcma(exc("Received any prior B cell maturation antigen (BCMA)-directed therapy")),
    ).toEqual({
      criterion: "no-prior-bcma",
    });
    expect(readNoPriorBcma(exc("Prior BCMA-targeted therapy"))).not.toBeNull();
    expect(readNoPriorGprc5d(exc("Any prior GPRC5D-directed therapy"))).toEqual({
      criterion: "no-prior-gprc5d",
    });
  });
  it("refuses one modality only, an exception, or an inclusion line", () => {
    expect(readNoPriorBcma(exc("Prior BCMA-directed CAR-T therapy"))).toBeNull();
    expect(readNoPriorBcma(exc("Prior BCMA-directed therapy, except belantamab mafodotin"))).toBeNull();
    expect(readNoPriorBcma(inc("Prior BCMA-directed therapy"))).toBeNull();
    expect(readNoPriorGprc5d(exc("Prior BCMA-directed therapy"))).toBeNull();
  });
});

describe("readNoPriorMyelomaTherapy", () => {
  it("reads the exclusion, with the corticosteroid exception only", () => {
    expect(readNoPriorMyelomaTherapy(exc("Any prior therapy for multiple myeloma"))).toEqual({
      criterion: "no-prior-myeloma-therapy",
      steroidsAllowed: false,
    });
    expect(
      readNoPriorMyelomaTherapy(
        exc(
          "Any prior therapy for multiple myeloma or smoldering myeloma except a short course of corticosteroids",
        ),
      ),
    ).toEqual({ criterion: "no-prior-myeloma-therapy", steroidsAllowed: true });
  });
  it("refuses any other exception", () => {
    expect(
      readNoPriorMyelomaTherapy(
        exc("Any prior therapy for multiple myeloma except one cycle of VRd or radiotherapy"),
      ),
    ).toBeNull();
  });
});

describe("readCrClMin", () => {
  it("reads a creatinine clearance floor and the formula when named", () => {
    expect(readCrClMin(inc("Creatinine clearance (CrCl) >= 40 mL/min"))).toEqual({
      criterion: "crcl-min",
      mlPerMin: 40,
      formula: "not named",
    });
    expect(readCrClMin(inc("CrCl ≥ 30 mL/min by Cockcroft-Gault"))).toMatchObject({
      mlPerMin: 30,
      formula: "cockcroft-gault",
    });
  });
  it("refuses another formula or an eGFR", () => {
    expect(
      readCrClMin(inc("Creatinine clearance (CrCl) >= 40 ml/min calculated using the MDRD equation")),
    ).toBeNull();
    expect(readCrClMin(inc("eGFR >= 30 mL/min/1.73 m2"))).toBeNull();
  });
});

describe("disease state and transplant lines", () => {
  it("reads one disease state and the post-transplant setting", () => {
    expect(readDiseaseState(inc("Newly diagnosed multiple myeloma according to IMWG criteria"))).toEqual({
      criterion: "disease-state",
      state: "newly-diagnosed",
    });
    expect(
      readAfterTransplant(
        inc("Newly diagnosed multiple myeloma after undergoing autologous stem cell transplant"),
      ),
    ).toEqual({
      criterion: "transplant",
      setting: "after-transplant",
    });
  });
  it("refuses a line naming both states or no myeloma", () => {
    expect(readDiseaseState(inc("Newly diagnosed or relapsed multiple myeloma"))).toBeNull();
    expect(readDiseaseState(inc("Newly diagnosed AL amyloidosis"))).toBeNull();
  });
});

it("leaves lines about other things unread", () => {
  for (const text of ["ECOG performance status 0-2", "Measurable disease", "Platelets >= 75,000/mm3"]) {
    expect(readLine(inc(text))).toEqual([]);
  }
});

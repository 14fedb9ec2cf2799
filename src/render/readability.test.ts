/** Reading level of the patient summary, the one-page handout and every glossary entry: Flesch-Kincaid
 * grade <= 8. */
import readability from "text-readability";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { DECISION_SUPPORT_NOTICE } from "../engine/version.js";
import { exampleRecords } from "../testing/example-records.js";
import { ALL_FIXTURES } from "./__fixtures__/assessments.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { allPlainTerms, PLAIN_CAUTION_TOPICS, PLAIN_FIELD } from "./plain-words.js";
import { EN } from "./words/en.js";

const MAX_GRADE = 8;

/** The summary as a reader meets it: markup removed, and each heading, paragraph or list item one
 * sentence (the library only splits sentences at ". " before a capital, so a bullet or a heading
 * without a full stop would otherwise be glued to the next line and count as one long sentence). */
function prose(markdown: string): string {
  return markdown
    .split("\n")
    .map((l) =>
      l
        .replace(/^\s*#+\s*/, "")
        .replace(/^\s*([-*]|\d+\.)\s+/, "")
        .replace(/\*\*/g, "")
        .replace(/\\(.)/g, "$1")
        .trim(),
    )
    .filter((l) => l !== "")
    .map((l) => (/[.!?]$/.test(l) ? l : `${l}.`))
    .join(" ");
}

const words = (s: string) => s.toLowerCase().match(/[a-z0-9']+/g) ?? [];

/** The one-page handout reads at grade <= 8 too, in both formats alike. */
function checkHandout(a: Assessment): void {
  const md = renderHandout(a, "markdown");
  expect(readability.fleschKincaidGrade(prose(md)), prose(md)).toBeLessThanOrEqual(MAX_GRADE);
  expect(words(renderHandout(a, "text"))).toEqual(words(md));
}

function checkPatientSummary(a: Assessment): void {
  checkHandout(a);
  const md = renderPatientSummary(a, "markdown");
  const grade = readability.fleschKincaidGrade(prose(md));
  expect(grade, prose(md)).toBeLessThanOrEqual(MAX_GRADE);
  // The terminal text has the same words, so the grade holds for it too.
  expect(words(renderPatientSummary(a, "text"))).toEqual(words(md));
}

describe("patient summary reading level (hand-built Assessments)", () => {
  it.each(Object.keys(ALL_FIXTURES))("%s: Flesch-Kincaid grade <= 8", (k) => {
    checkPatientSummary(ALL_FIXTURES[k]!);
  });

  it("the measure is not trivially passed: a clinician summary scores above grade 8", () => {
    const md = renderClinicianSummary(ALL_FIXTURES.mmNewlyDiagnosed!, "markdown");
    expect(readability.fleschKincaidGrade(prose(md))).toBeGreaterThan(MAX_GRADE);
  });
});

describe("glossary reading level", () => {
  it.each(allPlainTerms().map((t) => [t.name, t.meaning]))("%s", (_name, meaning) => {
    expect(readability.fleschKincaidGrade(meaning)).toBeLessThanOrEqual(MAX_GRADE);
  });

  it("handout words: every test, phase, question and framing sentence", () => {
    const sentences = [
      ...Object.values(EN.tests),
      ...Object.values(EN.phase).map((x) => x.now),
      ...Object.values(EN.questions),
      ...Object.values(EN.framing),
      ...Object.values(EN.nextFallback),
      EN.nextAfterRadiotherapy,
      EN.untreatedLocalTherapy,
      EN.tooFewResults,
      EN.notice,
    ];
    for (const s of sentences) expect(readability.fleschKincaidGrade(s), s).toBeLessThanOrEqual(MAX_GRADE);
  });

  it("caution topics and field names, as the summary writes them", () => {
    for (const [, topic] of PLAIN_CAUTION_TOPICS) {
      expect(readability.fleschKincaidGrade(`Ask your care team about ${topic}.`), topic).toBeLessThanOrEqual(
        MAX_GRADE,
      );
    }
    for (const field of Object.values(PLAIN_FIELD)) {
      expect(readability.fleschKincaidGrade(`We do not have ${field}.`), field).toBeLessThanOrEqual(
        MAX_GRADE,
      );
    }
  });
});

/** Small records written here (DESIGN.md's example and two variants), assessed by the real engine. */
const DESIGN_RECORD = {
  id: "design-example",
  asOf: "2026-11-26",
  patient: { age: 67, sex: "female", weight: { value: 70, unit: "kg" } },
  labs: {
    serumMProtein: { value: 3.4, unit: "g/dL" },
    heavyChain: "IgG",
    lightChain: "kappa",
    involvedFreeLightChain: { value: 450, unit: "mg/L" },
    uninvolvedFreeLightChain: { value: 12, unit: "mg/L" },
    calcium: { value: 10.1, unit: "mg/dL" },
    creatinine: { value: 1.1, unit: "mg/dL" },
    hemoglobin: { value: 11.5, unit: "g/dL" },
    albumin: { value: 3.8, unit: "g/dL" },
    beta2Microglobulin: { value: 4.1, unit: "mg/L" },
  },
  marrow: { clonalPlasmaCellPercent: 35 },
  imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 0, mriFocalLesions: 0 },
};
const INLINE_RECORDS: [string, unknown][] = [
  ["design example (smoldering myeloma)", DESIGN_RECORD],
  [
    "design example with 3 bone lesions (multiple myeloma)",
    { ...DESIGN_RECORD, imaging: { ...DESIGN_RECORD.imaging, osteolyticLesions: 3 } },
  ],
  [
    "small M-protein, no marrow (MGUS or indeterminate)",
    {
      ...DESIGN_RECORD,
      labs: { ...DESIGN_RECORD.labs, serumMProtein: { value: 0.8, unit: "g/dL" } },
      marrow: { clonalPlasmaCellPercent: null },
    },
  ],
];

describe("patient summary reading level (records written here, through assess)", () => {
  it.for(INLINE_RECORDS)("%s", ([, record]) => {
    const a = assess(record);
    checkPatientSummary(a);
    const patient = renderPatientSummary(a, "text");
    for (const o of a.options) expect(patient).not.toContain(o.id);
    for (const c of a.diagnosis.criteria) expect(patient).not.toContain(c.id);
    expect(renderClinicianSummary(a, "text").replace(/\s+/g, " ")).toContain(DECISION_SUPPORT_NOTICE);
  });
});

describe("patient summary reading level (example records through assess)", () => {
  const records = exampleRecords();
  it("finds the example records", () => expect(records.length).toBeGreaterThan(10));
  it.for(records)("%s", ([, record]) => {
    const a = assess(record);
    checkPatientSummary(a);
    expect(renderClinicianSummary(a, "text").replace(/\s+/g, " ")).toContain(DECISION_SUPPORT_NOTICE);
  });
});

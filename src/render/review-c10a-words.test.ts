/** Review c9 word findings fixed in c10a (records from /work/vig-c9), each failing on main cd2e03d.
 * F19 (scen-17): with hyperviscosity the transfusion card must not invite a transfusion (treatments.md 8c:
 * avoid red-cell transfusion until viscosity is reduced; UNVERIFIED there), in English and Spanish.
 * F17 (scen-18): a "likely MGUS" handout explains the acronym as the decided one does. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { buildHandout, countWords, HANDOUT_MAX_WORDS, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { PLAIN_CATEGORY } from "./plain-words.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const handout = (a: Assessment, w: HandoutWords = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));
const full = (a: Assessment, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));

const hyperviscous = (hyperviscosity: boolean) => ({
  id: "c10a-iga-hyperviscosity-anaemia",
  asOf: "2026-12-01",
  patient: { age: 62, sex: "male", weight: { value: 77, unit: "kg" } },
  labs: {
    serumMProtein: { value: 7.2, unit: "g/dL" },
    heavyChain: "IgA",
    lightChain: "kappa",
    serumImmunofixation: "positive",
    involvedFreeLightChain: { value: 880, unit: "mg/L" },
    uninvolvedFreeLightChain: { value: 6, unit: "mg/L" },
    calcium: { value: 9.9, unit: "mg/dL" },
    creatinine: { value: 1.4, unit: "mg/dL" },
    hemoglobin: { value: 7.2, unit: "g/dL" },
    albumin: { value: 3.0, unit: "g/dL" },
  },
  marrow: { clonalPlasmaCellPercent: 50 },
  imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 3 },
  biopsy: { amyloid: false },
  transplant: { candidate: "unknown" },
  conditions: { hyperviscosity, neuropathyGrade: 0 },
  treatmentHistory: [],
});

describe("c9 F19: hyperviscosity, the transfusion card waits", () => {
  const a = assess(hyperviscous(true));

  it("English: the full summary and the handout say a transfusion waits until the blood is thinned", () => {
    expect(a.options.map((o) => o.id)).toContain("sc.anemia.transfusion");
    const t = full(a, EN);
    expect(t).not.toMatch(/A blood transfusion can help if you feel unwell/);
    expect(t).toMatch(/wait until your blood is thinner/);
    // The short handout lists it only with the mark (when its word limit leaves it in).
    expect(handout(a, EN)).not.toMatch(/A blood transfusion(?! \*? ?– only after your blood is thinner)/);
  });

  it("Spanish: the same", () => {
    const t = full(a, ES);
    expect(t).not.toMatch(/Una transfusión de sangre puede ayudar si se siente mal/);
    expect(t).toMatch(/esperará a que su sangre esté menos espesa/);
    expect(handout(a, ES)).not.toMatch(
      /transfusión de sangre(?! \*? ?– solo cuando su sangre esté menos espesa)/,
    );
  });

  it("without hyperviscosity the usual words stay (control)", () => {
    const b = assess(hyperviscous(false));
    expect(full(b, EN)).toMatch(/A blood transfusion can help if you feel unwell/);
    expect(handout(b, EN)).not.toMatch(/thinner/);
  });
});

describe("c9 F17: a likely MGUS explains the acronym", () => {
  // IgA 0.9 g/dL, abnormal ratio (intermediate risk), no marrow, no imaging: indeterminate, likely MGUS.
  const a = assess({
    id: "c10a-likely-mgus",
    asOf: "2026-12-01",
    patient: { age: 66, sex: "female", weight: { value: 64, unit: "kg" } },
    labs: {
      serumMProtein: { value: 0.9, unit: "g/dL" },
      heavyChain: "IgA",
      lightChain: "kappa",
      serumImmunofixation: "positive",
      involvedFreeLightChain: { value: 24, unit: "mg/L" },
      uninvolvedFreeLightChain: { value: 13, unit: "mg/L" },
      calcium: { value: 9.3, unit: "mg/dL" },
      creatinine: { value: 0.8, unit: "mg/dL" },
      hemoglobin: { value: 13.2, unit: "g/dL" },
    },
    treatmentHistory: [],
  });

  it("English and Spanish: the plain definition follows 'could fit MGUS'", () => {
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBe("mgus");
    expect(handout(a, EN)).toMatch(/could fit MGUS/);
    expect(handout(a, EN)).toContain(PLAIN_CATEGORY.mgus.meaning);
    expect(handout(a, ES)).toMatch(/GMSI/);
    expect(handout(a, ES)).toContain(ES.category.mgus.meaning);
  });
});

/** Brief item 7: a lenalidomide, pomalidomide or thalidomide line being given (not only a listed option)
 * gets the pregnancy words on the handout (treatments.md 7a: lenalidomide REMS; 7b: thalidomide teratogen),
 * once, in English and Spanish. D-R maintenance at month 25 (scen-16 shape). */
describe("the line being given holds lenalidomide: pregnancy words on the handout", () => {
  const rec = (drugs: string[]) => ({
    id: "c10a-dr-maintenance",
    asOf: "2026-12-01",
    patient: { age: 39, sex: "female", weight: { value: 64, unit: "kg" } },
    labs: {
      serumMProtein: { value: 0, unit: "g/dL" },
      heavyChain: "IgA",
      lightChain: "lambda",
      serumImmunofixation: "negative",
      calcium: { value: 9.3, unit: "mg/dL" },
      creatinine: { value: 0.8, unit: "mg/dL" },
      hemoglobin: { value: 12.8, unit: "g/dL" },
    },
    transplant: { candidate: "yes" },
    treatmentHistory: [
      {
        regimen: "D-VRd",
        drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
        start: "2024-01-08",
        end: "2024-04-30",
        progressedOn: false,
        phase: "induction",
        setting: "multiple-myeloma",
      },
      {
        regimen: "Mel200-ASCT",
        drugs: ["melphalan"],
        start: "2024-05-28",
        end: "2024-05-29",
        asct: true,
        phase: "transplant",
        plannedWithPrevious: true,
      },
      { regimen: "maintenance", drugs, start: "2024-08-15", phase: "maintenance", plannedWithPrevious: true },
    ],
  });

  it("English and Spanish, said once", () => {
    const a = assess(rec(["daratumumab", "lenalidomide"]));
    const en = handout(a, EN);
    expect(en).toMatch(/can harm an unborn baby/);
    expect(en.split("can harm an unborn baby").length - 1).toBe(1);
    expect(handout(a, ES)).toContain(ES.optionsPregnancy);
  });

  it("not for a line without one of them (control)", () => {
    const a = assess(rec(["daratumumab"]));
    expect(handout(a, EN)).not.toMatch(/unborn baby/);
  });
});

/** F15, second half (scen-02): the short Spanish handout dropped list items the English one kept, because
 * Spanish takes more words for the same items and the 600-word limit cut its lists further. Both languages
 * now keep the same items (the cut that fits every language), each within the limit. */
describe("c9 F15: the short handouts keep the same items in English and Spanish", () => {
  const a = assess({
    id: "c10a-hypercalcaemia-aki",
    asOf: "2026-12-01",
    patient: {
      age: 66,
      sex: "female",
      weight: { value: 62, unit: "kg" },
      height: { value: 160, unit: "cm" },
    },
    labs: {
      serumMProtein: { value: 4.1, unit: "g/dL" },
      heavyChain: "IgA",
      lightChain: "kappa",
      serumImmunofixation: "positive",
      involvedFreeLightChain: { value: 640, unit: "mg/L" },
      uninvolvedFreeLightChain: { value: 7, unit: "mg/L" },
      calcium: { value: 14.6, unit: "mg/dL", upperLimitOfNormal: 10.2 },
      creatinine: { value: 2.6, unit: "mg/dL" },
      hemoglobin: { value: 9.4, unit: "g/dL" },
      albumin: { value: 3.3, unit: "g/dL" },
      beta2Microglobulin: { value: 6.1, unit: "mg/L" },
    },
    marrow: { clonalPlasmaCellPercent: 55 },
    imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 6 },
    biopsy: { amyloid: false },
    fitness: { ecog: 2 },
    transplant: { candidate: "unknown" },
    conditions: { renalFailureOnDialysis: false, bonePain: true, neuropathyGrade: 0 },
    treatmentHistory: [],
  });
  const listSizes = (w: HandoutWords) =>
    buildHandout(a, w).sections.map((s) => [
      s.id,
      s.parts.filter((p) => p.kind === "list").map((p) => (p.kind === "list" ? p.items.length : 0)),
    ]);

  it("the same number of items in every list, and each handout within the word limit", () => {
    expect(listSizes(ES)).toEqual(listSizes(EN));
    for (const w of [EN, ES]) expect(countWords(handout(a, w))).toBeLessThanOrEqual(HANDOUT_MAX_WORDS);
  });

  // F15, first half: the cut emptied the care list for the treatment list (nine treatments kept, one care
  // item), so a patient with acute kidney injury lost kidney care (treatments.md 8c). The longer list now gives
  // way first.
  it("care to protect the kidneys stays on the page of a patient with acute kidney injury, in both languages", () => {
    expect(
      a.options.some((o) => o.id === "sc.kidney-protection"),
      "the assessment lists kidney care",
    ).toBe(true);
    const listSize = (w: HandoutWords, id: string) => {
      const part = buildHandout(a, w)
        .sections.find((s) => s.id === id)
        ?.parts.find((p) => p.kind === "list");
      return part?.kind === "list" ? part.items.length : 0;
    };
    const kidneyCare: [HandoutWords, string][] = [
      [EN, "Care to protect the kidneys"],
      [ES, "Cuidados para proteger los riñones"],
    ];
    for (const [w, label] of kidneyCare) {
      expect(listSize(w, "support")).toBeGreaterThanOrEqual(listSize(w, "options") - 1);
      expect(handout(a, w)).toContain(label);
    }
  });
});

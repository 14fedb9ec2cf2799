/** Review c73-M1 and c73-M2 (report /work/review73/review.md; records r558, r507, controls r556, r505 and a fit
 * 70-year-old). treatments.md 4: Isa-VRd is the "quadruplet for fit TIE patients <=80", DRd the "doublet-backbone
 * standard for frail/older patients"; criteria-and-scores 8.1 (IMWG frailty: no performance-status item; "If any item
 * is missing, the score cannot be computed. Do not impute missing ADL or IADL as normal") and 8.2 (simplified scale:
 * ECOG >= 2 scores 2 points, >= 2 is frail).
 * M1: a 79-year-old with ECOG 3 (IMWG intermediate from age alone) had D-VRd and Isa-VRd "preferred", Isa-VRd's caution
 * saying "from age alone". M2: ADL and IADL not recorded: Isa-VRd held at standard, but D-VRd "preferred", full-dose
 * VRd uncautioned, no alert, and the summary line silent on frailty. */
import { describe, expect, it } from "vitest";
import {
  ECOG_2_OR_MORE_NOT_IMWG_FRAIL,
  FITNESS_NOT_KNOWN_TIE,
} from "../knowledge/entries/newly-diagnosed.js";
import { ALERT_RULES, KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const ECOG3 = "review-c73-m1-tie-79-ecog3-imwg-intermediate";
const MISSING = "review-c73-m2-tie-79-adl-iadl-missing";
const FRAIL_79 = "review-c73-m2-tie-79-adl4-iadl5-frail";
const FRAIL_81 = "review-c73-tie-81-otherwise-fit-frail";
const FIT_70 = "review-c73-tie-70-fit";

const flat = (s: string) => s.replace(/\s+/g, " ");
/** The first-line options, in the order shown, as "id strength". */
const firstLine = (a: Assessment) =>
  a.options.filter((o) => o.id.startsWith("ndmm.")).map((o) => `${o.id} ${o.strength}`);
/** An option's cautions, joined (the option must be listed). */
const cautions = (a: Assessment, id: string) => {
  const o = a.options.find((x) => x.id === id);
  expect(o, id).toBeDefined();
  return o?.cautions.join(" | ") ?? "";
};
/** The handout's option lines ("- name – marks"), one string each. */
const treatmentLines = (a: Assessment) =>
  renderHandout(a, "text", EN)
    .replace(/\n {4}/g, " ")
    .split("\n")
    .filter((l) => l.startsWith("  - "));
const stageAndRisk = (a: Assessment) =>
  /Stage and risk: (.*?) - /.exec(flat(renderClinicianSummary(a, "text")))?.[1];

const ECOG_WORDS = "ECOG performance status 2 or more: frail on the simplified frailty scale (Facon 2020)";
const NOT_KNOWN_WORDS = "Fitness not known (the IMWG frailty score needs age";
const AGE_ALONE = "IMWG intermediate fitness from age alone";
const QUADRUPLETS = ["ndmm.tie.d-vrd", "ndmm.tie.isa-vrd"];

describe("review c73-M1: ECOG 3 at 79, IMWG intermediate from age alone", () => {
  const a = assess(readVignette(ECOG3));

  // Re-check c75-M1 (review-c75-ecog.test.ts): the quadruplets and full-dose VRd "consider", DRd first.
  it("neither quadruplet is preferred: DRd first, the quadruplets and VRd consider, each with the ECOG caution", () => {
    expect(a.fitness.imwgFrailty.group).toBe("intermediate");
    expect(a.fitness.simplifiedFrailty.group).toBe("frail");
    expect(firstLine(a)).toEqual([
      "ndmm.tie.drd standard",
      "ndmm.tie.d-vmp consider",
      "ndmm.tie.d-vrd consider",
      "ndmm.tie.isa-vrd consider",
      "ndmm.tie.vrd-lite consider",
      "ndmm.vrd consider",
    ]);
    for (const id of [...QUADRUPLETS, "ndmm.vrd"]) {
      expect(cautions(a, id), id).toContain(ECOG_WORDS);
      expect(cautions(a, id), id).toContain("(ECOG performance status: 3; IMWG frailty group: intermediate)");
      expect(cautions(a, id), id).toContain("the reference does not say which score decides the regimen");
    }
    expect(cautions(a, "ndmm.tie.drd")).not.toContain(ECOG_WORDS);
  });

  it("the 'from age alone' caution is gone; the reading is marked UNVERIFIED", () => {
    expect(cautions(a, "ndmm.tie.isa-vrd")).not.toContain(AGE_ALONE);
    for (const id of QUADRUPLETS) expect(a.options.find((o) => o.id === id)?.verified, id).toBe(false);
  });

  it("the handout calls neither quadruplet a common first choice", () => {
    const lines = treatmentLines(a).filter((l) => /\((D-VRd|Isa-VRd)\)/.test(l));
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).not.toContain(EN.marks.preferred);
  });

  it("ECOG 2 counts the same; ECOG 1 keeps both quadruplets preferred with the age-alone caution naming the ECOG", () => {
    const r = readVignette(ECOG3);
    r.fitness.ecog = 2;
    expect(firstLine(assess(r)).slice(0, 1)).toEqual(["ndmm.tie.drd standard"]);
    r.fitness.ecog = 1;
    const b = assess(r);
    expect(firstLine(b).slice(0, 2)).toEqual(["ndmm.tie.d-vrd preferred", "ndmm.tie.isa-vrd preferred"]);
    expect(cautions(b, "ndmm.tie.isa-vrd")).toContain(AGE_ALONE);
    expect(cautions(b, "ndmm.tie.isa-vrd")).toContain("ECOG performance status: 1)");
    for (const id of [...QUADRUPLETS, "ndmm.vrd"]) expect(cautions(b, id), id).not.toContain(ECOG_WORDS);
  });

  it("the ECOG not recorded: the age-alone caution says so", () => {
    const r = readVignette(ECOG3);
    delete r.fitness.ecog;
    const b = assess(r);
    expect(firstLine(b).slice(0, 2)).toEqual(["ndmm.tie.d-vrd preferred", "ndmm.tie.isa-vrd preferred"]);
    expect(cautions(b, "ndmm.tie.isa-vrd")).toContain(`${AGE_ALONE}`);
    expect(cautions(b, "ndmm.tie.isa-vrd")).toContain("ECOG performance status not recorded");
  });

  it("IMWG fit with ECOG 2 (70 years): DRd first, D-VRd and Isa-VRd consider, as at 79", () => {
    const r = readVignette(FIT_70);
    r.fitness.ecog = 2;
    const b = assess(r);
    expect(b.fitness.imwgFrailty.group).toBe("fit");
    expect(firstLine(b).slice(0, 3)).toEqual([
      "ndmm.tie.drd standard",
      "ndmm.tie.d-vmp consider",
      "ndmm.tie.d-vrd consider",
    ]);
    expect(cautions(b, "ndmm.tie.d-vrd")).toContain("(ECOG performance status: 2; IMWG frailty group: fit)");
  });
});

describe("review c73-M2: ADL and IADL not recorded at 79", () => {
  const a = assess(readVignette(MISSING));

  it("fitness not known holds every regimen a frail score would lower: D-VRd and Isa-VRd standard, VRd said", () => {
    expect(a.fitness.imwgFrailty.group).toBeNull();
    expect(firstLine(a)).toEqual([
      "ndmm.tie.d-vrd standard",
      "ndmm.tie.drd standard",
      "ndmm.tie.isa-vrd standard",
      "ndmm.vrd standard",
      "ndmm.tie.d-vmp consider",
      "ndmm.tie.vrd-lite consider",
    ]);
    for (const id of [...QUADRUPLETS, "ndmm.vrd"]) {
      expect(cautions(a, id), id).toContain(NOT_KNOWN_WORDS);
      expect(cautions(a, id), id).toContain("(missing: fitness.adl, fitness.iadl)");
    }
    expect(cautions(a, "ndmm.vrd")).toContain(
      "if the score is frail, full-dose VRd is not among the reference's choices for frail or older patients",
    );
    expect(cautions(a, "ndmm.tie.drd")).not.toContain(NOT_KNOWN_WORDS);
  });

  it("a warning asks for the missing items; they are in missingData; the summary line says not determined", () => {
    const alert = a.alerts.find((x) => x.id === "alert.ndmm.tie.fitness-not-known");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toContain("IMWG frailty cannot be scored");
    expect(alert?.text).toContain("(IMWG frailty group: not known (missing: fitness.adl, fitness.iadl))");
    const fields = a.missingData.map((m) => m.field);
    expect(fields).toContain("fitness.adl");
    expect(fields).toContain("fitness.iadl");
    expect(stageAndRisk(a)).toContain("IMWG frailty not determined");
  });

  it("over 80 the age item is frail alone: the frail adjustments speak, no 'not known' hold and no alert", () => {
    const r = readVignette(FRAIL_81);
    delete r.fitness.adl;
    const b = assess(r);
    expect(b.fitness.imwgFrailty.group).toBeNull();
    expect(firstLine(b)[0]).toBe("ndmm.tie.drd standard");
    expect(cautions(b, "ndmm.tie.d-vrd")).not.toContain(NOT_KNOWN_WORDS);
    expect(b.alerts.some((x) => x.id === "alert.ndmm.tie.fitness-not-known")).toBe(false);
  });

  it("a transplant candidate is not held for an unscored frailty (the clinician's candidacy weighs fitness)", () => {
    const r = readVignette(MISSING);
    r.patient.age = 60;
    r.transplant.candidate = "yes";
    const b = assess(r);
    expect(cautions(b, "ndmm.vrd")).not.toContain(NOT_KNOWN_WORDS);
    expect(b.alerts.some((x) => x.id === "alert.ndmm.tie.fitness-not-known")).toBe(false);
  });
});

describe("controls: IMWG frail patients and a fit 70-year-old do not change", () => {
  for (const name of [FRAIL_79, FRAIL_81])
    it(`${name}: DRd standard first, both quadruplets and full-dose VRd consider, for frailty only`, () => {
      const a = assess(readVignette(name));
      expect(a.fitness.imwgFrailty.group).toBe("frail");
      expect(firstLine(a)[0]).toBe("ndmm.tie.drd standard");
      for (const o of a.options.filter((x) => [...QUADRUPLETS, "ndmm.vrd"].includes(x.id))) {
        expect(o.strength, o.id).toBe("consider");
        expect(o.cautions.join(" "), o.id).not.toContain(ECOG_WORDS);
        expect(o.cautions.join(" "), o.id).not.toContain(NOT_KNOWN_WORDS);
      }
      expect(a.alerts.some((x) => x.id === "alert.ndmm.tie.fitness-not-known")).toBe(false);
      expect(stageAndRisk(a)).toContain("IMWG frailty frail");
    });

  it("the fit 70-year-old: both quadruplets preferred, nothing about ECOG, unknown fitness or age alone", () => {
    const a = assess(readVignette(FIT_70));
    expect(a.fitness.imwgFrailty.group).toBe("fit");
    expect(firstLine(a)).toEqual([
      "ndmm.tie.d-vrd preferred",
      "ndmm.tie.isa-vrd preferred",
      "ndmm.tie.drd standard",
      "ndmm.vrd standard",
      "ndmm.tie.d-vmp consider",
    ]);
    const all = a.options.flatMap((o) => o.cautions).join(" ");
    for (const words of [ECOG_WORDS, NOT_KNOWN_WORDS, AGE_ALONE]) expect(all).not.toContain(words);
    expect(a.alerts.some((x) => x.id === "alert.ndmm.tie.fitness-not-known")).toBe(false);
    expect(stageAndRisk(a)).toContain("IMWG frailty fit");
    const lines = treatmentLines(a).filter((l) => /\((D-VRd|Isa-VRd)\)/.test(l));
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toContain(EN.marks.preferred);
  });
});

describe("one definition per rule (knowledge data)", () => {
  const adjustment = (entry: string, id: string) =>
    KNOWLEDGE_ENTRIES.find((e) => e.id === entry)?.adjust?.find((x) => x.id === id);

  it("every 'fitness not known' adjustment and the alert read the same condition", () => {
    for (const entry of ["ndmm.tie.d-vrd", "ndmm.tie.isa-vrd", "ndmm.vrd"])
      expect(adjustment(entry, "fitness-not-known")?.when, entry).toBe(FITNESS_NOT_KNOWN_TIE);
    const alert = ALERT_RULES.find((r) => r.id === "alert.ndmm.tie.fitness-not-known");
    expect(JSON.stringify(alert?.when)).toContain(JSON.stringify(FITNESS_NOT_KNOWN_TIE));
  });

  it("every ECOG >= 2 adjustment reads the same condition, UNVERIFIED (the reference names no score for the ranking)", () => {
    for (const [entry, id] of [
      ["ndmm.tie.d-vrd", "ecog-2-or-more"],
      ["ndmm.tie.isa-vrd", "simplified-frail"],
      ["ndmm.vrd", "ecog-2-or-more"],
    ] as const) {
      const x = adjustment(entry, id);
      expect(x?.when, entry).toBe(ECOG_2_OR_MORE_NOT_IMWG_FRAIL);
      expect(x?.evidence, entry).toBe("unverified");
    }
  });
});

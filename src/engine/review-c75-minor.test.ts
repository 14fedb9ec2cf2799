/** Re-check c75 minors (report /work/review75/review.md): c75-m2, the creatinine not recorded is asked whatever the
 * category, as calcium and haemoglobin are (c74-M2; criteria-and-scores.md 1.1 CRAB renal, treatments.md 7a); c75-m3,
 * neuropathy recorded present beside a grade of 0 is said as a conflict (the grade is read; treatments.md 7b). */
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

describe("re-check c75-m2: creatinine not recorded is asked", () => {
  it("a record with an M-protein and nothing else: labs.creatinine asked with the CRAB renal criterion", () => {
    const r = readVignette("young-woman-lenalidomide-pregnancy");
    delete r.labs.creatinine;
    const m = assess(r).missingData.find((x) => x.field === "labs.creatinine");
    expect(m?.neededFor).toContain("the CRAB renal criterion (IMWG 2014)");
  });
  it("control: recorded, not asked", () => {
    const a = assess(readVignette("young-woman-lenalidomide-pregnancy"));
    expect(a.missingData.some((x) => x.field === "labs.creatinine")).toBe(false);
  });
});

describe("re-check c75-m3: neuropathy present beside grade 0", () => {
  const NAME = "review-c74-neuropathy-grade-not-recorded";
  it("the conflict is raised as a warning", () => {
    const r = readVignette(NAME);
    r.conditions.neuropathyGrade = 0;
    const alert = assess(r).alerts.find((x) => x.id === "alert.neuropathy-present-grade-zero");
    expect(alert?.severity).toBe("warning");
  });
  it("controls: present with grade 1, or absent with grade 0: no conflict", () => {
    for (const [present, grade] of [
      [true, 1],
      [false, 0],
    ] as const) {
      const r = readVignette(NAME);
      r.conditions.peripheralNeuropathy = present;
      r.conditions.neuropathyGrade = grade;
      expect(assess(r).alerts.some((x) => x.id === "alert.neuropathy-present-grade-zero")).toBe(false);
    }
  });
});

describe("re-check c75-m4: with nerve damage the page's options with bortezomib or thalidomide come after the others", () => {
  it("neuropathy present, grade not recorded: KRd is listed before D-VRd, D-VTd, Isa-VRd and VRd (EN)", () => {
    const page = renderHandout(assess(readVignette("review-c74-neuropathy-grade-not-recorded")), "text", EN);
    expect(page).toContain(EN.optionsNerveDamage.slice(0, 40));
    const at = (s: string) => page.indexOf(s);
    expect(at("(KRd)")).toBeGreaterThan(0);
    for (const held of ["(D-VRd)", "(D-VTd)", "(Isa-VRd)", "(VRd)"])
      expect(at("(KRd)")).toBeLessThan(at(held));
  });
});

describe("re-read mend: the abbreviation TEN (toxic epidermal necrolysis), not the word 'ten'", () => {
  const related = (reaction: string) => {
    const r = readVignette("review-c75-lenalidomide-allergy-not-severe");
    r.allergies[0].reaction = reaction;
    return assess(r).options.find((o) => o.id === "ndmm.te.d-vtd")?.relatedAllergies ?? [];
  };
  it("'TEN' is a severe reaction read across to thalidomide; 'a rash after ten days' is not", () => {
    expect(related("TEN")).toEqual(["lenalidomide"]);
    expect(related("a rash after ten days")).toEqual([]);
  });
});

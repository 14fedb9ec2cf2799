/** Re-check c81 (report /work/review81/review.md) of the c79/c80 fixes. M1: an 82-year-old recorded candidate, fit but
 * for age, is IMWG frail from the age item alone (criteria-and-scores.md 8.1): the hold stands, but the handout said "Some
 * of your health results argue against it"; it now names the age (8.3: age alone never decides). m7: with the candidacy
 * not recorded, an 80-year-old's options "if a transplant candidate" led as "preferred" once age alone stopped holding a
 * recorded candidate's (c79-M2): before the team decides, over 75 holds them at "consider" (UNVERIFIED reading of 8.3's
 * ages). m1/m2: the collection-due words no longer claim "the usual number of cycles" (12 weeks is 4 cycles of 21 days,
 * 3 of 28), and a deferred transplant raises the alert too (treatments.md 3c). m3: the clinician summary's top names the
 * collection due and circulating plasma cells. m4: on treated myeloma the handout does not call circulating plasma cells
 * plasma cell leukaemia (the IMWG 2021 definition is of primary PCL; the alert leaves it to the team). */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const option = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const summaryTop = (a: Assessment) => {
  const t = renderClinicianSummary(a, "text");
  return flat(t.slice(t.indexOf("Summary"), t.indexOf("Plan ahead")));
};

describe("c81-M1: frail from the age item alone at 82, candidate yes: the handout names the age", () => {
  const a = assess(readVignette("review-c81-age82-fit-otherwise-candidate-yes"));
  it("the hold stands (IMWG frail by its age item, 8.1) and the handout names the age, not health results (EN, ES)", () => {
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    expect(option(a, "ndmm.te.asct")?.strength).toBe("consider");
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain(flat(EN.optionsTransplantToConfirmAge));
    expect(en).not.toContain("Some of your health results argue against it");
    expect(flat(renderHandout(a, "text", ES))).toContain(flat(ES.optionsTransplantToConfirmAge));
  });
  it("re-check c82-m1: with ECOG not recorded, the age words still (the age is the only recorded reason), and ECOG asked", () => {
    const rec = readVignette("review-c81-age82-fit-otherwise-candidate-yes");
    delete rec.fitness.ecog;
    const b = assess(rec);
    expect(b.alerts.map((x) => x.id)).toContain("pathway.transplant-candidacy-conflict");
    expect(b.missingData.map((m) => m.field)).toContain("fitness.ecog");
    const en = flat(renderHandout(b, "text"));
    expect(en).toContain(flat(EN.optionsTransplantToConfirmAge));
    expect(en).not.toContain("Some of your health results argue against it");
    expect(flat(renderHandout(b, "text", ES))).toContain(flat(ES.optionsTransplantToConfirmAge));
  });
  it("control: ECOG 3 recorded keeps the health-results words (ECOG argues too)", () => {
    const rec = readVignette("review-c81-age82-fit-otherwise-candidate-yes");
    rec.fitness.ecog = 3;
    expect(flat(renderHandout(assess(rec), "text"))).toContain(
      "Some of your health results argue against it",
    );
  });
  it("control: frail from ADL as well keeps the health-results words", () => {
    const rec = readVignette("review-c81-age82-fit-otherwise-candidate-yes");
    rec.fitness.adl = 3;
    const en = flat(renderHandout(assess(rec), "text"));
    expect(en).toContain("Some of your health results argue against it");
  });
});

describe("c81-m7: age 80, candidacy not recorded: the options 'if a transplant candidate' are not first choices", () => {
  const a = assess(readVignette("review-c81-age80-fit-candidacy-not-recorded"));
  it("the transplant-eligible quadruplets and the ASCT are 'consider', saying why; the non-transplant ones lead", () => {
    for (const id of ["ndmm.te.d-vrd", "ndmm.te.isa-vrd", "ndmm.te.asct"]) {
      const o = option(a, id);
      if (!o) continue;
      expect(o.strength, id).toBe("consider");
      expect(o.cautions.join(" "), id).toMatch(/Transplant candidacy not recorded, and older than the ages/);
      // Re-check c82-m5: not beside the recorded-candidacy age caution, which would contradict it.
      expect(o.cautions.join(" "), id).not.toMatch(/the team's recorded decision stands/);
    }
    expect(a.options[0]?.conditionalOn).not.toBe("transplant-candidate");
  });
  it("the handout keeps the transplant step conditional ('only if a transplant is right for you'), not a talk", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).toMatch(/Stem cell transplant – only if a transplant is right for you/);
    expect(en).not.toMatch(
      /A talk with your team about whether more treatment is needed now – only if a transplant/,
    );
  });

  it("control: a recorded 'yes' at 76 is not held (c79-M2)", () => {
    const b = assess(readVignette("review-c79-age76-fit-candidate-yes"));
    expect(option(b, "ndmm.te.asct")?.strength).toBe("if-eligible");
  });
});

describe("c81-m1, m2, m3: the collection due", () => {
  it("a deferred transplant at week 24 with no collection raises the warning too, and the summary's top names it", () => {
    const a = assess(readVignette("review-c81-dvrd-week24-deferred-no-collection"));
    expect(a.alerts.map((x) => x.id)).toContain("pathway.te.collection-due");
    expect(summaryTop(a)).toMatch(/Stem cell collection due: Lenalidomide-containing induction for 12 weeks/);
    // Re-check c82-m3: the handout says it too (not "keep going").
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain(flat(EN.collectionDue));
    expect(en).not.toContain("The usual plan is to keep going");
  });
  it("the handout's words do not claim a cycle count (EN, ES)", () => {
    const a = assess(readVignette("review-c79-dvrd-week23-no-collection"));
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain("Your first treatment has gone on for about 3 months or more");
    expect(en).not.toMatch(/usual number of cycles/);
    expect(flat(renderHandout(a, "text", ES))).not.toMatch(/más ciclos de lo habitual/);
  });
});

describe("c81-m3, m4: circulating plasma cells", () => {
  it("the summary's top names them (primary PCL)", () => {
    const a = assess(readVignette("review-c79-m4-pcl-circulating-35"));
    expect(summaryTop(a)).toMatch(/Circulating plasma cells: \[UNVERIFIED\] Circulating plasma cells 35%/);
  });
  it("treated myeloma: the handout does not call it plasma cell leukaemia (EN, ES)", () => {
    const a = assess(readVignette("review-c81-relapse-on-r-maint-circulating-20pct"));
    expect(a.alerts.map((x) => x.id)).toContain("alert.plasma-cell-leukaemia");
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain(flat(EN.plasmaCellLeukaemiaTreated));
    expect(en).not.toMatch(/Doctors call this plasma cell leukaemia/);
    expect(flat(renderHandout(a, "text", ES))).toContain(flat(ES.plasmaCellLeukaemiaTreated));
  });
});

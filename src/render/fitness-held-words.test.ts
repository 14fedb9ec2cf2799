/** Options the safety review held back for fitness (frailty, performance status or age) are marked for the
 * patient, as the clinician's view holds them at "consider" with the reason (review c20 handout leftover:
 * the frail 88-year-old's handout listed D-VRd and full-dose VRd beside DRd with nothing to tell them apart).
 * The mark is read from the options' safety findings, as data (knowledge `weighs: "fitness"`). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { isFitnessAdjustment, KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { renderHandout } from "./handout.js";
import { heldForFitness, studiedInFitter } from "./handout-facts.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const VIGNETTES = join(import.meta.dirname, "../../examples/vignettes");
const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(join(VIGNETTES, `${name}.json`), "utf8")));
const flat = (s: string) => s.replace(/\s+/g, " ");
/** The handout's option lines ("- name – marks"), one string each. */
const optionLines = (a: Assessment, w: HandoutWords) =>
  renderHandout(a, "text", w)
    .replace(/\n {4}/g, " ")
    .split("\n")
    .filter((l) => l.startsWith("  - "));
const lineOf = (lines: string[], code: string) => {
  const found = lines.filter((l) => l.includes(`(${code})`));
  expect(found, code).toHaveLength(1);
  return found[0]!;
};

const FRAIL_88 = "review-c20-ndmm-88-ecog3-adl-not-recorded";

describe("options held back for fitness, on the patient's pages", () => {
  it("the frail 88-year-old: D-VRd, D-VMP and full-dose VRd marked, DRd and the reduced-intensity choices not (EN, ES)", () => {
    const a = vignette(FRAIL_88);
    // The clinician's view: the two quadruplet/full-dose options held at "consider" for frailty or age.
    const held = a.options.filter(heldForFitness).map((o) => o.id);
    expect(held.sort()).toEqual(["ndmm.tie.d-vmp", "ndmm.tie.d-vrd", "ndmm.vrd"]);
    for (const w of [EN, ES]) {
      const lines = optionLines(a, w);
      expect(lineOf(lines, "D-VRd")).toContain(w.marks.mayBeTooStrong);
      expect(lineOf(lines, "VRd")).toContain(w.marks.mayBeTooStrong);
      // Review c22-10: D-VMP, a quadruplet too.
      expect(lineOf(lines, "D-VMP")).toContain(w.marks.mayBeTooStrong);
      for (const code of ["DRd", "Rd", "Vd", "VRd-lite"])
        expect(lineOf(lines, code)).not.toContain(w.marks.mayBeTooStrong);
      const page = flat(renderHandout(a, "text", w));
      expect(page.split(flat(w.optionsFitness))).toHaveLength(2);
    }
  });

  it("the full summary says it under the held option and once above the list (EN, ES)", () => {
    const a = vignette(FRAIL_88);
    for (const w of [EN, ES]) {
      const text = flat(renderPatientSummary(a, "text", w));
      expect(text.split(flat(w.optionsFitness))).toHaveLength(2);
      const dvrd = text.slice(text.indexOf("(D-VRd):"), text.indexOf("(VRd-lite):"));
      expect(dvrd.toLowerCase()).toContain(w.marks.mayBeTooStrong.toLowerCase());
      const drd = text.slice(text.indexOf("(DRd):"), text.indexOf("(Rd):"));
      expect(drd.toLowerCase()).not.toContain(w.marks.mayBeTooStrong.toLowerCase());
    }
  });

  it("review c22-14: under the mark, the option's text is 'about it', not 'why it may fit you' (EN, ES)", () => {
    const a = vignette(FRAIL_88);
    for (const w of [EN, ES]) {
      const text = flat(renderPatientSummary(a, "text", w));
      const dvrd = text.slice(text.indexOf("(D-VRd):"), text.indexOf("(VRd-lite):"));
      expect(dvrd).toContain(w.summary.aboutIt);
      expect(dvrd).not.toContain(w.summary.whyFits);
      const drd = text.slice(text.indexOf("(DRd):"), text.indexOf("(Rd):"));
      expect(drd).toContain(w.summary.whyFits);
    }
  });

  it("review c22-14: a regimen listed with and without a transplant says which in its title (EN, ES)", () => {
    // Candidacy undecided: D-VRd and Isa-VRd are listed for either answer, told apart in their titles.
    const a = vignette("pathway-ndmm-candidacy-undecided");
    for (const w of [EN, ES]) {
      const titles = renderPatientSummary(a, "text", w)
        .split("\n")
        .filter((l) => /^\d+\. /.test(l));
      for (const code of ["D-VRd", "Isa-VRd"]) {
        const mine = titles.filter((t) => t.includes(`(${code})`));
        expect(mine, code).toHaveLength(2);
        expect(
          mine.some((t) =>
            t.includes(`(${code}), ${w.summary.titleWithTransplant["transplant-candidate"]}:`),
          ),
        ).toBe(true);
        expect(
          mine.some((t) =>
            t.includes(`(${code}), ${w.summary.titleWithTransplant["not-transplant-candidate"]}:`),
          ),
        ).toBe(true);
      }
      // A regimen listed once keeps its plain title.
      expect(titles.find((t) => t.includes("(DRd)"))).toMatch(/\(DRd\):$/);
    }
  });

  it("a fit transplant candidate and a neuropathy hold get no fitness mark", () => {
    for (const name of ["ndmm-transplant-eligible", "review-c11d-grade2-neuropathy-te"]) {
      const a = vignette(name);
      expect(a.options.some(heldForFitness), name).toBe(false);
      for (const w of [EN, ES]) {
        const page = renderHandout(a, "text", w);
        expect(page, name).not.toContain(w.marks.mayBeTooStrong);
        expect(flat(page), name).not.toContain(flat(w.optionsFitness));
      }
    }
  });

  it("the transplant-intensity options of a frail 79-year-old are marked with or without a transplant", () => {
    const lines = optionLines(vignette("safety-frail-79-ecog3-transplant"), EN);
    for (const code of ["D-VRd", "Isa-VRd"]) expect(lineOf(lines, code)).toContain(EN.marks.mayBeTooStrong);
    expect(lineOf(lines, "DRd")).not.toContain(EN.marks.mayBeTooStrong);
  });
});

describe("options held back because their trial enrolled fitter patients (review c22-11)", () => {
  // A transplant-ineligible patient for whom D-VRd (CEPHEUS) is not held back while Isa-VRd (IMROZ, "quadruplet for
  // fit TIE patients <= 80", treatments.md 4) is held at consider: IMWG intermediate (a comorbidity point, 72).
  // Before, it had no mark at all. (IMWG fit but ECOG 2, frail on the simplified scale, criteria-and-scores 8.2: since
  // re-check c75-M1 D-VRd, Isa-VRd, D-VMP and full-dose VRd are all held for fitness, "may be too strong"; below.)
  for (const name of ["review-c22-ndmm-72-intermediate-fitness-tie"]) {
    it(`${name}: Isa-VRd is marked as studied in fitter people, D-VRd is not marked (EN, ES)`, () => {
      const a = vignette(name);
      const isa = a.options.find((o) => o.id === "ndmm.tie.isa-vrd")!;
      expect(isa.strength).toBe("consider");
      expect(studiedInFitter(isa)).toBe(true);
      expect(a.options.some(heldForFitness)).toBe(false);
      for (const w of [EN, ES]) {
        const lines = optionLines(a, w);
        expect(lineOf(lines, "Isa-VRd")).toContain(w.marks.studiedInFitter);
        expect(lineOf(lines, "Isa-VRd")).not.toContain(w.marks.mayBeTooStrong);
        expect(lineOf(lines, "D-VRd")).not.toContain(w.marks.studiedInFitter);
        expect(lineOf(lines, "D-VRd")).not.toContain(w.marks.mayBeTooStrong);
        expect(lineOf(lines, "D-VRd")).toContain(w.marks.preferred);
        // Nothing is "too strong" here: no paragraph about it.
        expect(flat(renderHandout(a, "text", w))).not.toContain(flat(w.optionsFitness));
        const full = flat(renderPatientSummary(a, "text", w));
        const isaPart = full.slice(full.indexOf("(Isa-VRd):"));
        expect(isaPart.slice(0, 400).toLowerCase()).toContain(w.marks.studiedInFitter.toLowerCase());
        // Review c23-7: under that mark the text is "about it", not "why it may fit you".
        const isaItem = isaPart.slice(0, isaPart.indexOf(":", 12) + 700);
        expect(isaItem).toContain(w.summary.aboutIt);
        expect(isaItem.slice(0, isaItem.indexOf(w.summary.aboutIt))).not.toContain(w.summary.whyFits);
      }
    });
  }

  it("re-check c75-M1: IMWG fit with ECOG 2 (66): the quadruplets and full-dose VRd 'may be too strong', DRd first (EN, ES)", () => {
    const a = vignette("review-c22-ndmm-66-ecog2-imwg-fit-tie");
    const held = a.options.filter(heldForFitness).map((o) => o.id);
    expect(held.sort()).toEqual(["ndmm.tie.d-vmp", "ndmm.tie.d-vrd", "ndmm.tie.isa-vrd", "ndmm.vrd"]);
    for (const w of [EN, ES]) {
      const lines = optionLines(a, w);
      expect(lines[0]).toContain("(DRd)");
      for (const code of ["D-VRd", "Isa-VRd", "D-VMP", "VRd"]) {
        expect(lineOf(lines, code), code).toContain(w.marks.mayBeTooStrong);
        expect(lineOf(lines, code), code).not.toContain(w.marks.studiedInFitter);
      }
      expect(lineOf(lines, "DRd")).not.toContain(w.marks.mayBeTooStrong);
      expect(flat(renderHandout(a, "text", w)).split(flat(w.optionsFitness))).toHaveLength(2);
    }
  });

  it("review c23-5: the full summary says the simplified scale's frail group when the IMWG group is fit (EN, ES)", () => {
    const a = vignette("review-c22-ndmm-66-ecog2-imwg-fit-tie");
    expect(a.fitness.imwgFrailty.group).toBe("fit");
    expect(a.fitness.simplifiedFrailty.group).toBe("frail");
    for (const w of [EN, ES])
      expect(flat(renderPatientSummary(a, "text", w))).toContain(w.summary.simplifiedFrail);
    // Fit on both scales: not said.
    const b = vignette("ndmm-transplant-eligible");
    expect(b.fitness.simplifiedFrailty.group).toBe("non-frail");
    expect(flat(renderPatientSummary(b, "text", EN))).not.toContain(EN.summary.simplifiedFrail);
  });

  it("a frail patient's Isa-VRd stays 'may be too strong', never both marks", () => {
    const a = vignette("safety-frail-79-ecog3-transplant");
    const isa = a.options.filter((o) => o.regimen?.code === "Isa-VRd");
    expect(isa.length).toBeGreaterThan(0);
    for (const o of isa) expect(heldForFitness(o), o.id).toBe(true);
    for (const o of a.options) expect(heldForFitness(o) && studiedInFitter(o), o.id).toBe(false);
    expect(lineOf(optionLines(a, EN), "Isa-VRd")).not.toContain(EN.marks.studiedInFitter);
  });
});

describe("which adjustments weigh fitness (knowledge data)", () => {
  const all = KNOWLEDGE_ENTRIES.flatMap((e) =>
    (e.adjust ?? []).map((a) => ({ ruleId: `${e.id}.adjust.${a.id}`, a })),
  );

  it("each names a fitness fact and lowers its option to consider (or keeps a research option at trial)", () => {
    const fitness = all.filter(({ ruleId }) => isFitnessAdjustment(ruleId));
    expect(fitness.length).toBeGreaterThanOrEqual(12);
    for (const { ruleId, a } of fitness) {
      expect(
        // Re-check c66-m2: or the organs high-dose therapy needs (the AL soft gates of organ count and CrCl).
        a.show?.some((f) => ["frailtyGroup", "ecog", "age", "alOrganCount", "crclMlMin"].includes(f)),
        ruleId,
      ).toBe(true);
      // Review c77-M1: anito-cel, a research option ("trial") and a BCMA CAR-T, is held for fitness at its own strength.
      const own = KNOWLEDGE_ENTRIES.find((e) => ruleId.startsWith(`${e.id}.adjust.`))?.strength;
      expect(a.to, ruleId).toBe(own === "trial" ? "trial" : "consider");
    }
  });

  it("kidney, heart, neuropathy, 'fitness not known' and IMROZ's intermediate-fitness adjustments are not fitness holds", () => {
    for (const ruleId of [
      "ndmm.tie.isa-vrd.adjust.fitness-not-known",
      // Review c22-11: IMROZ's population, not "too strong" (D-VRd stays a first choice for the same patient).
      "ndmm.tie.isa-vrd.adjust.intermediate-fitness",
      "sc.bone.denosumab.adjust.kidney-impairment",
      "al.d-vcd.adjust.nyha-iiib-not-excluded",
      "ndmm.vrd.adjust.neuropathy-bortezomib",
    ]) {
      expect(
        all.some((x) => x.ruleId === ruleId),
        ruleId,
      ).toBe(true);
      expect(isFitnessAdjustment(ruleId), ruleId).toBe(false);
    }
    for (const ruleId of [
      "ndmm.tie.d-vrd.adjust.frail-or-over-80",
      "al.asct.adjust.fitness-against-intensity",
    ])
      expect(isFitnessAdjustment(ruleId), ruleId).toBe(true);
  });
});

/** Re-check c66-m2: AL amyloidosis met beside myeloma, the transplant held by the AL soft gate of more than 2 organs
 * involved or of CrCl <30 mL/min off dialysis (treatments.md 6, soft gates) read on the patient's pages in the words
 * of a transplant not held; the age gate's hold said "may be too strong for you". */
describe("re-check c66-m2: the AL soft gates of organs and kidneys mark the transplant as the age gate does", () => {
  const transplantStep = (a: Assessment, w: HandoutWords) => {
    const steps = flat(renderHandout(a, "text", w))
      .split(/ (?=\d\. )/)
      .filter((l) => /^\d\. /.test(l) && l.includes(`${w.planStatus.later}: ${w.phase.transplant.step}`));
    expect(steps).toHaveLength(1);
    return steps[0]!;
  };
  for (const [name, gate] of [
    ["review-c65-mm-al-3-organs-nyha1", "al-also-more-than-2-organs"],
    ["review-c65-mm-al-crcl25", "al-also-crcl-below-30-not-dialysis"],
  ] as const) {
    it(`${name}: the transplant held (${gate}) is "may be too strong for you" in the plan (EN, ES)`, () => {
      const a = vignette(name);
      const asct = a.options.find((o) => o.id === "ndmm.te.asct");
      expect(asct?.safetyFindings?.map((f) => f.ruleId)).toContain(`ndmm.te.asct.adjust.${gate}`);
      expect(heldForFitness(asct!)).toBe(true);
      for (const w of [EN, ES]) {
        const step = transplantStep(a, w);
        expect(step).toContain(w.marks.mayBeTooStrong);
        expect(step).toContain(w.marks.ifTransplantChecks);
      }
    });
  }
  it("control: a transplant not held (the transplant-eligible 60-year-old) carries no such mark (EN, ES)", () => {
    const a = vignette("ndmm-transplant-eligible");
    for (const w of [EN, ES]) expect(transplantStep(a, w)).not.toContain(w.marks.mayBeTooStrong);
  });
});

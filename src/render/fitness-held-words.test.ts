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
import { heldForFitness } from "./handout-facts.js";
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

describe("which adjustments weigh fitness (knowledge data)", () => {
  const all = KNOWLEDGE_ENTRIES.flatMap((e) =>
    (e.adjust ?? []).map((a) => ({ ruleId: `${e.id}.adjust.${a.id}`, a })),
  );

  it("each names a fitness fact and lowers its option to consider", () => {
    const fitness = all.filter(({ ruleId }) => isFitnessAdjustment(ruleId));
    expect(fitness.length).toBeGreaterThanOrEqual(12);
    for (const { ruleId, a } of fitness) {
      expect(
        a.show?.some((f) => f === "frailtyGroup" || f === "ecog" || f === "age"),
        ruleId,
      ).toBe(true);
      expect(a.to, ruleId).toBe("consider");
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

/** Review c77-M1 and c77-m3 (report /work/review77/review.md; records r781, r789, r778).
 * M1: a frail 80-year-old (IMWG frail, score 4; ECOG 2) at third relapse had cilta-cel and ide-cel as the clinician's
 * "Top options" and the first two options of the handout, with no word on fitness. treatments.md 5b gives the CAR-T
 * harms (CARTITUDE-4: more deaths than standard care in the first ~10 months; KarMMa-3: early overall-survival
 * detriment, fatal adverse events 9%) and no fitness criterion for CAR-T; criteria-and-scores 8.1 is the IMWG frailty
 * score. Now, with IMWG frail, or ECOG >= 2, the BCMA CAR-T options say what is recorded and that the
 * CAR-T centre judges fitness (this project's reading, UNVERIFIED), are held back for fitness as the quadruplets are
 * for an ECOG >= 2 patient (review c73-M1 / c75-M1: "consider", after the other options; the handout marks them "may be
 * too strong for you"). Controls: a fit 60-year-old and a fit 70-year-old with ECOG 1 are unchanged.
 * m3: day 9 after cilta-cel with neutrophils 0.6 and platelets 45 x10^9/L: the clinician had the grade 3 neutropenia
 * alert, the handout nothing on the low counts (treatments.md 5b, 5c). Now the platelets are read since the infusion
 * too (alert.car-t.thrombocytopenia-grade-3), and the handout names the counts that are low, without a second fever
 * sentence beside the CAR-T words. */
import { describe, expect, it } from "vitest";
import { topOptions } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import type { HandoutWords } from "../render/words/types.js";
import { readVignette } from "../testing/example-records.js";
import { cautionsOf, shownOption } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const FRAIL_80 = "review-c77-frail-80-third-relapse-car-t";
const DAY_9 = "review-c77-cilta-cel-day-9-anc-0.6-plt-45";

const CAR_T = ["cart.cilta-cel", "cart.ide-cel"];
const FITNESS_WORDS =
  "the reference gives no fitness criterion for CAR-T; its trials report early excess deaths (CARTITUDE-4, KarMMa-3): fitness for CAR-T is for the CAR-T centre to judge";

const flat = (s: string) => s.replace(/\s+/g, " ");
/** The handout's option lines (a wrapped line joined), from its options section. */
const optionLines = (a: Assessment, w: HandoutWords) =>
  (renderHandout(a, "text", w).split(w.headings.options)[1] ?? "")
    .split(w.headings.support)[0]!
    .replace(/\n {4}/g, " ")
    .split("\n")
    .filter((l) => l.startsWith("  - "));
const carTLines = (lines: string[]) => lines.filter((l) => l.includes("CAR-T"));

/** The frail 80-year-old with other fitness values (a fit or less fit patient at the same relapse). */
function withFitness(fitness: Record<string, number>, age: number) {
  const r = readVignette(FRAIL_80);
  r.patient.age = age;
  r.fitness = fitness;
  return assess(r);
}

describe("review c77-M1: BCMA CAR-T for a patient whose frailty or performance status is recorded", () => {
  it("frail 80-year-old (IMWG frail, ECOG 2): each CAR-T names what is recorded and that the CAR-T centre judges fitness, UNVERIFIED", () => {
    const a = assess(readVignette(FRAIL_80));
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    for (const id of CAR_T) {
      const c = cautionsOf(a, id);
      expect(c, id).toContain(FITNESS_WORDS);
      expect(c, id).toContain("IMWG frailty group: frail");
      expect(c, id).toContain("ECOG performance status: 2");
      expect(c, id).toContain("age: 80");
      expect(shownOption(a, id).verified, id).toBe(false);
      // Held back for fitness as the quadruplets are (review c75-M1), not removed.
      expect(shownOption(a, id).strength, id).toBe("consider");
    }
  });

  it("frail 80-year-old: CAR-T is not among the clinician's top options, the other options of the line come first", () => {
    const a = assess(readVignette(FRAIL_80));
    const top = topOptions(a);
    expect(top.map((o) => o.kind)).not.toContain("car-t");
    // Review c84-M1: teclistamab is listed at 3 prior lines under its EU label (treatments.md 5c), a bispecific.
    expect(["systemic-therapy", "bispecific"]).toContain(top[0]?.kind);
  });

  it("frail 80-year-old: the handout lists CAR-T after the other options, marked 'may be too strong for you' (EN, ES)", () => {
    const a = assess(readVignette(FRAIL_80));
    for (const w of [EN, ES]) {
      const lines = optionLines(a, w);
      expect(lines[0], w.marks.mayBeTooStrong).not.toContain("CAR-T");
      const cart = carTLines(lines);
      expect(cart).toHaveLength(2);
      for (const l of cart) expect(l).toContain(w.marks.mayBeTooStrong);
      // The CAR-T lines come after every other treatment option but the research study and the bispecific held back
      // for the same fitness (review c90-M1: teclistamab, marked "may be too strong" too).
      const first = lines.findIndex((l) => l.includes("CAR-T"));
      const after = lines.slice(first).filter((l) => !l.includes("CAR-T"));
      expect(after).toHaveLength(2);
      expect(
        after.filter((l) => /teclistamab/i.test(l)).every((l) => l.includes(w.marks.mayBeTooStrong)),
      ).toBe(true);
      expect(flat(renderHandout(a, "text", w))).toContain(flat(w.optionsFitness));
    }
  });

  it("ECOG 2 with an IMWG score that is fit (60 years): the same caution and hold", () => {
    const a = withFitness({ ecog: 2, adl: 6, iadl: 8, charlson: 0 }, 60);
    expect(a.fitness.imwgFrailty.group).toBe("fit");
    for (const id of CAR_T) {
      expect(cautionsOf(a, id), id).toContain(FITNESS_WORDS);
      expect(shownOption(a, id).strength, id).toBe("consider");
    }
  });

  it("IMWG intermediate with ECOG 1 (70 years, Charlson 2; or 78 years from age alone): no hold (the reference gives CAR-T no age limit)", () => {
    for (const [fitness, age] of [
      [{ ecog: 1, adl: 6, iadl: 8, charlson: 2 }, 70],
      [{ ecog: 1, adl: 6, iadl: 8, charlson: 0 }, 78],
    ] as const) {
      const a = withFitness(fitness, age);
      expect(a.fitness.imwgFrailty.group).toBe("intermediate");
      for (const id of CAR_T) {
        expect(cautionsOf(a, id), id).not.toContain(FITNESS_WORDS);
        expect(shownOption(a, id).strength, id).toBe("if-eligible");
      }
    }
  });

  it("ECOG 2 with the IMWG score not computable (ADL not recorded): the same caution and hold", () => {
    const a = withFitness({ ecog: 2, iadl: 8, charlson: 0 }, 65);
    expect(a.fitness.imwgFrailty.group).toBeNull();
    for (const id of CAR_T) expect(cautionsOf(a, id), id).toContain(FITNESS_WORDS);
  });

  it("anito-cel (pending, a research option) after 4 lines for the frail patient: the caution, its strength stays 'trial'", () => {
    const r = readVignette(FRAIL_80);
    r.treatmentHistory.unshift({
      regimen: "VMP",
      drugs: ["bortezomib", "melphalan", "prednisone"],
      start: "2019-01-10",
      end: "2019-12-01",
      bestResponse: "PR",
      progressedOn: true,
      progressionDate: "2021-02-01",
    });
    const a = assess(r);
    expect(cautionsOf(a, "cart.anito-cel.pending")).toContain(FITNESS_WORDS);
    expect(shownOption(a, "cart.anito-cel.pending").strength).toBe("trial");
  });

  for (const [name, fitness, age] of [
    ["fit 60-year-old (ECOG 0)", { ecog: 0, adl: 6, iadl: 8, charlson: 0 }, 60],
    ["fit 70-year-old (ECOG 1)", { ecog: 1, adl: 6, iadl: 8, charlson: 0 }, 70],
  ] as const)
    it(`control, ${name}: CAR-T unchanged (if-eligible, first, no fitness caution or mark)`, () => {
      const a = withFitness(fitness, age);
      expect(a.fitness.imwgFrailty.group).toBe("fit");
      for (const id of CAR_T) {
        expect(shownOption(a, id).strength, id).toBe("if-eligible");
        expect(cautionsOf(a, id), id).not.toContain("fitness criterion for CAR-T");
        expect(shownOption(a, id).verified, id).toBe(true);
      }
      // Review c84-M1: teclistamab (standard) is listed at 3 prior lines under its EU label (treatments.md 5c); the
      // CAR-Ts come first among the others, as before.
      expect(
        topOptions(a)
          .map((o) => o.id)
          .filter((id) => id !== "bsab.teclistamab")
          .slice(0, 2),
      ).toEqual(CAR_T);
      for (const w of [EN, ES]) {
        const lines = optionLines(a, w).filter((l) => !l.includes("teclistamab"));
        expect(lines[0]).toContain("CAR-T");
        for (const l of carTLines(lines)) expect(l).not.toContain(w.marks.mayBeTooStrong);
      }
    });
});

describe("review c77-m3: low counts after the CAR-T infusion, said on the patient's pages", () => {
  const BOTH_EN =
    "Your white blood cells and platelets are low after the CAR-T. Infections and bleeding are more likely. Call your care team at once for bleeding or bruising.";
  const BOTH_ES =
    "Sus glóbulos blancos y sus plaquetas están bajos después del CAR-T. Las infecciones y los sangrados son más probables. Llame enseguida a su equipo médico si sangra o le salen moretones.";

  const dayNine = (neutrophils: number, platelets: number) => {
    const r = readVignette(DAY_9);
    r.labs.neutrophils.value = neutrophils;
    r.labs.platelets.value = platelets;
    return assess(r);
  };
  const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);

  it("day 9, neutrophils 0.6 and platelets 45: the clinician has both count alerts; the handout and the full summary name both counts (EN, ES)", () => {
    const a = assess(readVignette(DAY_9));
    expect(alertIds(a)).toContain("alert.car-t.neutropenia-grade-3");
    expect(alertIds(a)).toContain("alert.car-t.thrombocytopenia-grade-3");
    const plt = a.alerts.find((x) => x.id === "alert.car-t.thrombocytopenia-grade-3");
    expect(plt?.text).toContain("platelet count since the BCMA CAR T-cell infusion: 45");
    expect(plt?.text).toContain("the reference gives no platelet rule after CAR-T");
    for (const [w, words] of [
      [EN, BOTH_EN],
      [ES, BOTH_ES],
    ] as const) {
      const handout = flat(renderHandout(a, "text", w));
      expect(handout).toContain(words);
      // The fever is said once, by the CAR-T words of the first weeks.
      expect(handout).toContain(flat(w.carT.firstWeeks));
      expect(flat(renderPatientSummary(a, "text", w))).toContain(words);
    }
  });

  it("day 20 (r778): the same sentence beside the later CAR-T words", () => {
    const r = readVignette(DAY_9);
    r.treatmentHistory[r.treatmentHistory.length - 1].start = "2026-11-06";
    r.treatmentHistory[r.treatmentHistory.length - 1].end = "2026-11-11";
    const a = assess(r);
    const handout = flat(renderHandout(a, "text", EN));
    expect(handout).toContain(flat(EN.carT.later));
    expect(handout).toContain(BOTH_EN);
  });

  it("neutrophils low only: white cells and infections, no bleeding, no second fever sentence", () => {
    const a = dayNine(0.6, 150);
    expect(alertIds(a)).not.toContain("alert.car-t.thrombocytopenia-grade-3");
    const en = flat(renderHandout(a, "text", EN));
    expect(en).toContain("Your white blood cells are low after the CAR-T. Infections are more likely.");
    expect(en).not.toContain("platelets are low");
    expect(en).not.toContain("for a fever");
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain(
      "Sus glóbulos blancos están bajos después del CAR-T. Las infecciones son más probables.",
    );
  });

  it("platelets low only: platelets and bleeding, with the call for bleeding or bruising", () => {
    const a = dayNine(1.5, 45);
    expect(alertIds(a)).not.toContain("alert.car-t.neutropenia-grade-3");
    const en = flat(renderHandout(a, "text", EN));
    expect(en).toContain(
      "Your platelets are low after the CAR-T. Bleeding is more likely. Call your care team at once for bleeding or bruising.",
    );
    expect(en).not.toContain("white blood cells are low");
    expect(flat(renderHandout(a, "text", ES))).toContain(
      "Sus plaquetas están bajas después del CAR-T. Los sangrados son más probables. Llame enseguida a su equipo médico si sangra o le salen moretones.",
    );
  });

  it("control: counts not low, or taken before the infusion: nothing said", () => {
    const a = dayNine(1.5, 150);
    expect(flat(renderHandout(a, "text", EN))).not.toContain("after the CAR-T. ");
    const r = readVignette(DAY_9);
    r.labs.neutrophils.date = "2026-11-15";
    r.labs.platelets.date = "2026-11-15";
    const before = assess(r);
    expect(alertIds(before)).not.toContain("alert.car-t.thrombocytopenia-grade-3");
    expect(flat(renderHandout(before, "text", EN))).not.toContain("are low after the CAR-T");
  });
});

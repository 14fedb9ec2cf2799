/** Review c85 (engine 0.2.80), the one-page handout's word cap. M1: for a heavily pretreated patient the cut took the
 * research study and the CAR-T lines first, while the notes about options already cut (the nerve damage that puts
 * bortezomib options lower, belantamab's eye checks, the pregnancy programme) stayed and took their words. Each note
 * now stays only while a line it speaks of is on the page, and the research study's line passes the cut (re-check
 * c81-m5; treatments.md 5d lists trials for triple-class-refractory disease and after BCMA therapy). */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { exampleRecords, readVignette } from "../testing/example-records.js";
import { buildHandout, renderHandout } from "./handout.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const PENTA_NEUROPATHY = "review-c85-penta-refractory-neuropathy-g2-low-igg-infections";

describe("c85-M1: penta-refractory, nerve damage grade 2, infections: the page keeps the options, not notes about cut ones", () => {
  const a = assess(readVignette(PENTA_NEUROPATHY));
  for (const w of [EN, ES]) {
    const page = flat(renderHandout(a, "text", w));
    it(`(${w === EN ? "EN" : "ES"}) the CAR-T options and the research study are on the page`, () => {
      expect(page).toMatch(/CAR-T[^.]*cilta-cel/);
      expect(page).toMatch(/CAR-T[^.]*ide-cel/);
      expect(page).toContain(w === EN ? "A research study (clinical trial)" : "Un estudio de investigación");
    });
    it(`(${w === EN ? "EN" : "ES"}) the notes about cut options go; the nerve-damage note, the patient's own finding, stays`, () => {
      // No pomalidomide, lenalidomide or thalidomide option is left on the page: the pregnancy note goes.
      expect(page).not.toContain(flat(w.optionsPregnancy));
      // Review c9c F4: the patient is told why the bortezomib options are low or gone.
      expect(page).toContain(flat(w.optionsNerveDamage));
    });
  }
});

describe("c85-M1: over every example, a note under the options list speaks of a line on the page", () => {
  const notes = [
    // The eye-check note: belantamab is named in its options' lines.
    { note: EN.optionsEyeChecks, line: /belantamab/i },
    // The step-up note: the bispecifics are named in theirs.
    { note: EN.optionsStepUpDoses, line: /teclistamab|elranatamab|talquetamab|linvoseltamab/i },
  ];
  const records = exampleRecords();
  it("examples are read", () => expect(records.length).toBeGreaterThan(500));
  it("the eye-check and step-up notes only beside a line naming such a drug", () => {
    const bad: string[] = [];
    for (const [name, rec] of records) {
      let a: ReturnType<typeof assess>;
      try {
        a = assess(structuredClone(rec) as Parameters<typeof assess>[0]);
      } catch {
        continue;
      }
      const sec = buildHandout(a, EN).sections.find((s) => s.id === "options");
      if (!sec) continue;
      const items = sec.parts.flatMap((p) => (p.kind === "list" ? p.items : []));
      for (const { note, line } of notes)
        if (sec.parts.some((p) => p.kind === "p" && p.text === note) && !items.some((i) => line.test(i)))
          bad.push(`${name}: ${note.slice(0, 30)}`);
    }
    expect(bad).toEqual([]);
  });
});

/** Review c8: a frail patient recorded as a transplant candidate (examples/vignettes/safety-frail-79-ecog3-
 * transplant.json) has D-VRd and Isa-VRd as options under both answers of the candidacy (PERSEUS / GMMG-HD7
 * for candidates, CEPHEUS / IMROZ for others, treatments.md 3-4): the plan's induction step and the
 * handout name each regimen once. Failing on c8-pathway's base 5a06f2c. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { renderClinicianSummary } from "./clinician.js";
import { buildHandout, handoutLines } from "./handout.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const count = (text: string, s: string) => text.split(s).length - 1;

describe("frail candidate: each induction regimen once", () => {
  const a = vignette("safety-frail-79-ecog3-transplant");

  it("both answers list D-VRd and Isa-VRd (two options each, from different trials)", () => {
    const ids = a.options.map((o) => o.id);
    expect(ids).toEqual(
      expect.arrayContaining(["ndmm.te.d-vrd", "ndmm.tie.d-vrd", "ndmm.te.isa-vrd", "ndmm.tie.isa-vrd"]),
    );
  });

  it("the clinician plan's induction step names each regimen once", () => {
    const text = flat(renderClinicianSummary(a, "text"));
    const start = text.indexOf("next · induction: Induction (") + "next · induction: Induction (".length;
    // The step's names end at its sources line (plan14) or, without one, at the next step.
    const step = text.slice(start, start + text.slice(start).search(/\) (- Sources:|2\. later)/));
    const names = step.split(", ").map((n) => n.replace(/ \(.*\)$/, ""));
    expect(names).toContain("D-VRd");
    expect(names).toContain("Isa-VRd");
    expect(names.length).toBe(new Set(names).size);
  });

  for (const [lang, w] of [
    ["en", EN],
    ["es", ES],
  ] as const) {
    it(`the handout (${lang}) names D-VRd and Isa-VRd once each, "with or without a transplant"`, () => {
      const lines = handoutLines(buildHandout(a, w as HandoutWords));
      const dvrd = lines.filter((l) => l.includes("(D-VRd)"));
      const isa = lines.filter((l) => l.includes("(Isa-VRd)"));
      expect(dvrd.length).toBe(1);
      expect(isa.length).toBe(1);
      // Shown under both answers: the line holds whatever the team decides, and says so.
      for (const l of [...dvrd, ...isa]) {
        expect(l).toContain(w.marks.eitherTransplant);
        expect(l).not.toContain(w.marks.ifTransplant);
        expect(l).not.toContain(w.marks.ifNoTransplant);
      }
      // An option under one answer only keeps its condition (DRd: if not a transplant candidate).
      const drd = lines.find((l) => l.includes("(DRd)"));
      expect(drd).toContain(w.marks.ifNoTransplant);
      expect(count(lines.join("\n"), "(D-VRd)")).toBe(1);
    });
  }
});

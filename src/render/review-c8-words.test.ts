/** Review c8 words, each failing on main 5a06f2c: an unconfirmed response called "a good response" (IMWG
 * 2016 needs two consecutive assessments, criteria-and-scores.md 6.2); the "hard news" framing for
 * refractory disease. English and Spanish. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { buildHandout, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const handout = (a: Assessment, w: HandoutWords = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));
const full = (a: Assessment, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));

describe("an unconfirmed response is said as early results, to be confirmed by the next test", () => {
  // DRd from 2026-08-01, serum M-protein 3.1 -> 1.2 g/dL on one assessment: PR, not confirmed yet.
  const a = vignette("handout-unconfirmed-pr-on-drd");

  it("the engine grades PR, not confirmed", () => {
    expect(a.response.current).toBe("PR");
    expect((a.response as { confirmed?: boolean }).confirmed).toBe(false);
  });

  it("English: no 'good response' yet; the early results look like a response, the next test confirms it", () => {
    for (const t of [handout(a), full(a)]) {
      expect(t).not.toMatch(/show a good response/);
      expect(t).toContain(
        "Your early results look like the disease is responding to treatment. A second test is needed to confirm this.",
      );
    }
  });

  it("Spanish: the same", () => {
    for (const t of [handout(a, ES), full(a, ES)]) {
      expect(t).not.toMatch(/muestran una buena respuesta/);
      expect(t).toContain(
        "Sus primeros resultados indican que la enfermedad está respondiendo al tratamiento. Hace falta una segunda prueba para confirmarlo.",
      );
    }
  });

  it("a confirmed response keeps its name", () => {
    // pathway-vrd-8-cycles-no-transplant: PR confirmed on two consecutive assessments. (Review c90-m2: the vignette
    // used before, post-asct-maintenance, records a CR on its transplant entry and is graded PR now: its page says the
    // protein is found again and watched.)
    const confirmed = vignette("pathway-vrd-8-cycles-no-transplant");
    expect((confirmed.response as { confirmed?: boolean }).confirmed).toBe(true);
    expect(handout(confirmed)).toContain("Your latest results show a good response.");
    expect(handout(confirmed, ES)).toContain("Sus últimos resultados muestran una buena respuesta.");
  });
});

describe("refractory disease: calm, factual words, not the 'hard news' framing", () => {
  // review-c7-01 (progression on lenalidomide maintenance after VGPR) and a penta-refractory patient
  // awaiting anito-cel: the phase line already says what happened (criteria-and-scores 9.2).
  const refractory = [
    "handout-refractory-on-len-maintenance-after-vgpr",
    "handout-penta-refractory-anito-cel-pending",
  ];

  it("English: no 'hard news', the team goes over the options", () => {
    for (const name of refractory) {
      const a = vignette(name);
      expect(a.phase.code, name).toBe("refractory");
      expect(full(a), name).not.toMatch(/hard news/i);
      const t = handout(a);
      expect(t, name).not.toMatch(/hard news/i);
      expect(t, name).toContain(
        "The disease grew while you were on your latest treatment, or soon after it.",
      );
      expect(t, name).toContain(
        "Your care team will go over the options with you and help you choose the next step.",
      );
    }
  });

  it("Spanish: the same", () => {
    for (const name of refractory) {
      const t = handout(vignette(name), ES);
      expect(t, name).not.toMatch(/noticia dura/i);
      expect(t, name).toContain(
        "Su equipo médico revisará las opciones con usted y le ayudará a elegir el siguiente paso.",
      );
    }
  });

  it("a relapse off treatment keeps its framing", () => {
    const a = vignette("relapse-lenalidomide-sensitive");
    expect(a.phase.code).toBe("relapsed");
    expect(handout(a)).toContain(EN.framing["mm-progressed"]);
  });
});

describe("low-risk MGUS read without marrow and imaging: the handout does not ask for them", () => {
  // The criterion says they are not needed at diagnosis (Sidiqi 2020); the clinician still sees them as
  // what could change the category.
  const a = vignette("mgus-low-risk-no-marrow-no-imaging");

  it("the handout names MGUS and lists no marrow test or bone scan; the clinician keeps them", () => {
    expect(a.diagnosis.category).toBe("mgus");
    for (const [w, marrow, scan] of [
      [EN, EN.tests.marrow, EN.tests.imaging],
      [ES, ES.tests.marrow, ES.tests.imaging],
    ] as const) {
      const t = handout(a, w);
      expect(t).not.toContain(marrow);
      expect(t).not.toContain(scan);
    }
    expect(a.diagnosis.couldChangeWith.join(" ")).toMatch(/bone marrow biopsy/);
  });
});

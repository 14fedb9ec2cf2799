/** Review c13 words (specialist review, finding 3; helper review c13 finding 6): a fit 81-year-old woman (ECOG
 * 0, ADL 6, IADL 8, Charlson 0) is "frail" by the IMWG frailty score from the age item alone (age > 80 gives
 * 2 points; criteria-and-scores.md 8.1 marks the item cut-points UNVERIFIED, and 8.3 says never to decide from
 * age alone). The clinician text says so (render/frailty-words.ts frailFromAgeAlone); the web app's fitness
 * panel and summary chip said only "frail (score 2)" / "Frailty: frail". They now say it too, from the same
 * helper. Rendered to static HTML in Node (no browser), as summary.e2e.test.ts.
 * Vignette: examples/vignettes/review-c13-fit-81-frail-by-age.json (from
 * /work/vig-c13/c13-fit-81-tie-ndmm-isavrd-boundary.json). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { assess } from "../core.js";
import type { Assessment } from "../engine/assessment.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { ClinicianView } from "./Results.js";
import { forDisplay } from "./Summary.js";

type R = Record<string, unknown>;
const record = (): R =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL("../../examples/vignettes/review-c13-fit-81-frail-by-age.json", import.meta.url)),
      "utf8",
    ),
  );

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ");

/** The text of the fitness panel's IMWG frailty row, and of the summary card's frailty chip. */
function shown(a: Assessment): { row: string; chip: string } {
  const html = renderToStaticMarkup(createElement(ClinicianView, { a: forDisplay(a) }));
  const row = /<tr><th scope="row">IMWG frailty<\/th>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? "";
  const chip = /Frailty: [^<]*/.exec(html)?.[0] ?? "";
  return { row: text(row), chip };
}

const WORDS = "all its points from age over 80; the age cut-points are UNVERIFIED in the reference";

describe("the web app says when IMWG frailty 'frail' comes from age alone", () => {
  it("the fit 81-year-old: the fitness row and the frailty chip say so, as the clinician text does", () => {
    const a = assess(record());
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    expect(renderClinicianSummary(a, "text").replace(/\s+/g, " ")).toContain(WORDS);
    const { row, chip } = shown(a);
    expect(row).toContain("frail (score 2)");
    expect(row).toContain(WORDS);
    expect(chip).toBe("Frailty: frail (age alone)");
  });

  it("control: frail with ADL and IADL points as well: no such words", () => {
    const r = record();
    r.fitness = { ecog: 2, adl: 3, iadl: 4, charlson: 2 };
    const a = assess(r);
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    const { row, chip } = shown(a);
    expect(row).toContain("frail (score");
    expect(row).not.toContain("from age");
    expect(chip).toBe("Frailty: frail");
  });

  it("review c73-M2: ADL and IADL not recorded: the summary card says the score is not determined", () => {
    const r = record() as R & { fitness: R };
    delete r.fitness.adl;
    delete r.fitness.iadl;
    r.patient = { ...(r.patient as R), age: 79 };
    const a = assess(r);
    expect(a.fitness.imwgFrailty.group).toBeNull();
    const html = text(renderToStaticMarkup(createElement(ClinicianView, { a: forDisplay(a) })));
    expect(html).toContain("IMWG frailty not determined");
    expect(shown(a).chip).toBe("");
  });
});

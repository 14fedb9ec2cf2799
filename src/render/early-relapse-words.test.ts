/** Review c8: relapse 9 months after the autologous transplant (examples/vignettes/pathway-relapse-9-months-
 * after-asct.json): the handout says, in English and Spanish, that the disease came back within a year of
 * the transplant, a sign of higher risk (the engine's alert.early-relapse-after-asct, ASCO/CCO 2019,
 * UNVERIFIED 12-month cut-off). Failing before the words were added. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { buildHandout, handoutLines } from "./handout.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const text = (a: Assessment, w = EN) => handoutLines(buildHandout(a, w)).join("\n");

describe("early relapse after the transplant, in the handout", () => {
  it("is said in English and Spanish", () => {
    const a = vignette("pathway-relapse-9-months-after-asct");
    expect(text(a)).toContain(EN.earlyRelapseAfterTransplant);
    expect(text(a, ES)).toContain(ES.earlyRelapseAfterTransplant);
    expect(EN.earlyRelapseAfterTransplant).toMatch(/within a year of your stem cell transplant/);
    expect(ES.earlyRelapseAfterTransplant).toMatch(/trasplante/);
  });

  it("is not said for a relapse more than 3 years after the transplant", () => {
    const a = vignette("relapse-lenalidomide-refractory");
    expect(text(a)).not.toContain(EN.earlyRelapseAfterTransplant);
  });
});

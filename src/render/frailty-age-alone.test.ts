/** Review c13 (helper review finding 6): a fit 81-year-old (ECOG 0, ADL 6/6, IADL 8/8, Charlson 0) was headed
 * "IMWG frailty frail" with nothing to say that all 2 points were the age item's. criteria-and-scores 8.1
 * marks the item cut-points UNVERIFIED; 8.3: never decide from age alone. The clinician headline and the
 * fitness line now say where the points came from; a patient frail by other items too is not so marked. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderClinicianSummary } from "./clinician.js";

type R = Record<string, unknown>;
const record = (): R =>
  JSON.parse(
    readFileSync(
      new URL("../../examples/vignettes/ndmm-transplant-ineligible-frail.json", import.meta.url),
      "utf8",
    ),
  );
const AGE_ALONE = "IMWG frailty frail (all its points from age over 80; the age cut-points are UNVERIFIED";

describe("frail by the IMWG score from age alone says so", () => {
  it("a fit 81-year-old: frail, and the headline and fitness line say the points are all from age", () => {
    const r: R = { ...record(), patient: { ...(record().patient as R), age: 81 } };
    r.fitness = { ecog: 0, adl: 6, iadl: 8, charlson: 0 };
    const a = assess(r);
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    // Wrapped at the text width: read as one line.
    const text = renderClinicianSummary(a, "text").replace(/\s+/g, " ");
    expect(text).toContain(AGE_ALONE);
    expect(text).toMatch(/IMWG frailty \(Palumbo 2015\): frail.*\(all its points from age over 80/);
  });

  it("control: frail with ADL points as well: no such words", () => {
    const r: R = { ...record(), patient: { ...(record().patient as R), age: 81 } };
    r.fitness = { ecog: 2, adl: 3, iadl: 4, charlson: 2 };
    const a = assess(r);
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    expect(renderClinicianSummary(a, "text")).not.toContain("all its points from age");
  });
});

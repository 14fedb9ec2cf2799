/** The order of the handout's option lists: the options for now first (the plan's step now), and within
 * them the strongest recommendation first, then the engine's order, as the clinician headline picks them.
 * review-c7-01/-06/-17 listed "often the first choice" (teclistamab-daratumumab) tenth, after BVd, and the
 * page gives way from the end of a list when it is too long. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { exampleRecords } from "../testing/example-records.js";
import { topOptions } from "./clinician.js";
import { buildHandout } from "./handout.js";
import { namedAlerts } from "./handout-facts.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const listOf = (a: Assessment, id: "options" | "support", w: HandoutWords = EN): string[] => {
  const part = buildHandout(a, w)
    .sections.find((s) => s.id === id)
    ?.parts.find((p) => p.kind === "list");
  return part?.kind === "list" ? part.items : [];
};

describe("handout option order", () => {
  for (const name of [
    "handout-biochemical-relapse-from-vgpr",
    "handout-refractory-on-len-maintenance-after-vgpr",
  ]) {
    it(`${name}: the preferred option comes first, in English and Spanish`, () => {
      const a = vignette(name);
      expect(a.options.find((o) => o.id === "rr.tec-dara")?.strength).toBe("preferred");
      const en = listOf(a, "options");
      // Review c63-M3: with both jurisdictions shown, its EU decision pending is said too.
      expect(en[0]).toBe(
        "Immune treatment with teclistamab and daratumumab – a common first choice; approved in the United States, not yet in Europe",
      );
      const es = listOf(a, "options", ES);
      expect(es[0]).toContain(ES.marks.preferred);
      expect(es[0]).toContain("teclistamab");
    });
  }

  it("on every example whose clinician headline starts with a preferred treatment, the handout's list starts with a preferred one", () => {
    let checked = 0;
    for (const [name, record] of exampleRecords()) {
      const a = assess(record);
      // The clinician headline's first pick is the handout's first treatment option, when it is one.
      const top = topOptions(a)[0];
      const items = listOf(a, "options");
      // The care that answers an emergency comes first instead (handout-emergency.test.ts).
      if (namedAlerts(a).length > 0) continue;
      if (!top || top.kind === "supportive-care" || top.strength !== "preferred" || items.length === 0)
        continue;
      checked++;
      // A line that joins a regimen's options for both transplant answers carries only the marks all of them share
      // (handout.ts optionLine): D-VRd preferred without a transplant and "consider" with one is said without the
      // mark; it is still the headline's regimen (za-creatinine-above-3-no-weight since review c60-M1).
      if (items[0]?.includes(EN.marks.eitherTransplant) && top.regimen)
        expect(items[0], name).toContain(`(${top.regimen.code})`);
      else expect(items[0], name).toContain(EN.marks.preferred);
    }
    expect(checked).toBeGreaterThan(5);
  });
});

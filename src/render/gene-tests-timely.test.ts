/** Review c8: "Gene tests on the abnormal cells help choose treatment" while no treatment is being chosen
 * (watched in CR after cilta-cel, examples/vignettes/pathway-after-cilta-cel-cr-no-maintenance.json): true
 * but not timely. The reference gives cytogenetic risk a say in the first-line choices (induction, tandem
 * ASCT, maintenance with a proteasome inhibitor for high-risk disease: treatments.md 3, 3c) and in the
 * SMM risk (IMWG 2020, treatments.md 2); at relapse the next line is chosen. The handout suggests the test
 * there, and not while a later line is given or watched. Failing on c8-pathway's base 5a06f2c. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { buildHandout, handoutLines } from "./handout.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const text = (a: Assessment, w = EN) => handoutLines(buildHandout(a, w)).join("\n");
const noGenes = (name: string): Assessment => {
  const { cytogenetics: _c, ...r } = record(name);
  return assess(r);
};

describe("gene tests are suggested where a result would change a choice now", () => {
  it("after cilta-cel in CR, watched with no treatment: not suggested (English and Spanish)", () => {
    const a = assess(record("pathway-after-cilta-cel-cr-no-maintenance"));
    expect(a.phase.code).toBe("line-finished");
    expect(a.risk.cytogenetic.highRisk).toBeNull();
    expect(text(a)).not.toContain(EN.tests.genes);
    expect(text(a, ES)).not.toContain(ES.tests.genes);
  });

  it("after the transplant, maintenance still to choose (a proteasome inhibitor for high risk): suggested", () => {
    const a = noGenes("post-asct-maintenance");
    expect(a.phase.code).toBe("post-transplant");
    expect(text(a)).toContain(EN.tests.genes);
  });

  it("on maintenance after the transplant, the choice made: not suggested", () => {
    const { cytogenetics: _c, ...r } = record("post-asct-maintenance");
    const maintenance = {
      regimen: "R maintenance",
      drugs: ["lenalidomide"],
      start: "2026-08-01",
      phase: "maintenance",
      plannedWithPrevious: true,
    };
    const a = assess({ ...r, treatmentHistory: [...(r.treatmentHistory as object[]), maintenance] });
    expect(a.phase.code).toBe("maintenance");
    expect(text(a)).not.toContain(EN.tests.genes);
  });

  it("newly diagnosed, untreated: suggested (English and Spanish)", () => {
    const a = noGenes("ndmm-transplant-eligible");
    expect(a.phase.code).toBe("untreated");
    expect(text(a)).toContain(EN.tests.genes);
    expect(text(a, ES)).toContain(ES.tests.genes);
  });

  it("at relapse, the next line to choose: suggested", () => {
    const a = noGenes("relapse-lenalidomide-sensitive");
    expect(["relapsed", "refractory"]).toContain(a.phase.code);
    expect(a.phase.currentLine).toBeNull();
    expect(text(a)).toContain(EN.tests.genes);
  });
});

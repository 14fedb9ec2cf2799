/** The clinician summary's "Top options" and the handout's option list name the options for now (the
 * current step of the plan ahead) before those of a later step; the full options list keeps the
 * engine's order. DESIGN.md: every patient has a treatment phase; options follow the phase. Failed on
 * main 58a5db7 (a patient on induction saw "Lenalidomide maintenance after ASCT" among the top three). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment, AssessmentOption } from "../engine/assessment.js";
import { renderClinicianSummary, topOptions } from "./clinician.js";
import { buildHandout, optionPlainName } from "./handout.js";

const dir = new URL("../../examples/vignettes/", import.meta.url);
const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")));
const LATER_KINDS: readonly AssessmentOption["kind"][] = [
  "maintenance",
  "consolidation",
  "stem-cell-transplant",
];
const flat = (s: string) => s.replace(/\s+/g, " ");
const headline = (a: Assessment) => {
  const text = flat(renderClinicianSummary(a, "text"));
  return text.slice(text.indexOf("Top options"), text.indexOf("Critical alerts"));
};

describe("top options are the options for now", () => {
  for (const name of [
    "ndmm-transplant-eligible", // candidate yes, untreated
    "pathway-ndmm-candidacy-undecided", // candidate not recorded, untreated
    "pathway-te-dvrd-week-3", // candidate yes, on D-VRd induction
    "safety-frail-84-candidacy-unknown",
  ]) {
    it(`${name}: no maintenance, consolidation or transplant among the top three (induction comes first)`, () => {
      const a = vignette(name);
      const top = topOptions(a);
      expect(top).toHaveLength(3);
      expect(top.map((o) => o.kind).filter((k) => LATER_KINDS.includes(k))).toEqual([]);
      // The rendered line says the same.
      expect(headline(a)).not.toMatch(/maintenance|Consolidation after ASCT|Autologous stem cell transplant/);
      // The full list keeps its order: later-step options are still there, in the engine's order.
      expect(a.options.some((o) => o.kind === "maintenance")).toBe(true);
    });
  }

  it("untreated, transplant candidate: the top three are induction regimens (or care for now), first the preferred quadruplet", () => {
    const top = topOptions(vignette("ndmm-transplant-eligible"));
    expect(top[0]?.id).toBe("ndmm.te.d-vrd");
  });

  it("after ASCT, before maintenance: maintenance is the step now, so lenalidomide maintenance leads", () => {
    // del(17p), more than 6 months after its one transplant: no tandem any more (re-check c65-W1).
    const a = vignette("post-asct-maintenance");
    const top = topOptions(a);
    expect(top[0]?.id).toBe("maint.lenalidomide");
    expect(headline(a)).toMatch(/Lenalidomide maintenance after ASCT/);
  });

  it("on DRd induction: continuing the line being given leads", () => {
    expect(topOptions(vignette("pathway-drd-week-3"))[0]?.id).toBe("pathway.continue-current-line");
  });

  it("first line finished, outcome unknown: the branch for progression is open now, so its options stay on top", () => {
    const top = topOptions(vignette("pathway-first-line-finished-no-progression-date"));
    expect(top.map((o) => o.conditionalOn)).toContain("line-progressed");
  });

  it("relapse after a BCMA CAR T: the relapse regimens of the step now, unchanged", () => {
    const a = vignette("safety-after-bcma-car-t");
    expect(topOptions(a).map((o) => o.kind)).toEqual([
      "systemic-therapy",
      "systemic-therapy",
      "systemic-therapy",
    ]);
  });

  it("the handout lists the options for now before later steps (it shortens from the end)", () => {
    const a = vignette("pathway-ndmm-candidacy-undecided");
    const list = buildHandout(a)
      .sections.find((s) => s.id === "options")
      ?.parts.find((p) => p.kind === "list");
    const items = list && list.kind === "list" ? list.items : [];
    const at = (o: AssessmentOption) => items.findIndex((i) => i.startsWith(optionPlainName(o)));
    const later = a.options
      .filter((o) => LATER_KINDS.includes(o.kind))
      .map(at)
      .filter((i) => i >= 0);
    const now = a.options
      .filter((o) => o.kind === "systemic-therapy")
      .map(at)
      .filter((i) => i >= 0);
    expect(now.length).toBeGreaterThan(0);
    expect(Math.max(...now)).toBeLessThan(Math.min(...later));
  });
});

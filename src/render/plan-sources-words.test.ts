/** Plan 14, the clinician words: each step of the plan ahead shows its sources (short references, numbered
 * in the reference list) and, when the step is UNVERIFIED, the same mark options carry, first. The headline's
 * next step carries the mark too. A stored Assessment made before steps had sources still renders. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { renderClinicianSummary } from "./clinician.js";

const vignette = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));

/** The "Plan ahead" section of the text summary, each step with its lines under it joined. */
function planSection(a: Assessment, format: "text" | "markdown" = "text"): string {
  const out = renderClinicianSummary(a, format);
  const start = out.indexOf("Plan ahead");
  const end = out.indexOf("Diagnosis", start);
  return out.slice(start, end).replace(/\s+/g, " ");
}

describe("the plan ahead names each step's sources and marks the UNVERIFIED ones", () => {
  // VRd then ASCT, nothing given since: consolidation now and maintenance next rest on the project's reading.
  const a = assess(vignette("post-asct-maintenance"));

  it("a checked step: its sources, no mark", () => {
    const plan = planSection(a);
    expect(plan).toMatch(
      /1\. done · induction: Induction - Sources: Sonneveld, N Engl J Med 2024 \[\d+\]; Attal, N Engl J Med 2017 \[\d+\]/,
    );
    expect(plan).not.toMatch(/\[UNVERIFIED\] done · induction/);
  });

  it("an UNVERIFIED step: the mark first, as an option's, then its sources", () => {
    const plan = planSection(a);
    expect(plan).toMatch(
      /\[UNVERIFIED\] next · maintenance: Maintenance: lenalidomide[^\n]*? - Sources: McCarthy, J Clin Oncol 2017 \[\d+\];[^-]*Rajkumar, Blood 2015 \[\d+\]/,
    );
    expect(plan).toMatch(/\[UNVERIFIED\] now · post-transplant: Consolidation/);
  });

  it("the reference list holds every source a step cites", () => {
    const out = renderClinicianSummary(a, "text");
    const refs = out.slice(out.lastIndexOf("References")).replace(/\s+/g, " ");
    expect(refs).toMatch(/McCarthy PL/);
    expect(refs).toMatch(/Guidelines for determination of the number of prior lines of therapy/);
  });

  it("markdown: the mark in bold", () => {
    expect(planSection(a, "markdown")).toMatch(/\*\*\[UNVERIFIED\]\*\* \*\*next\*\* · `maintenance`/);
  });

  it("the headline's next step carries the mark", () => {
    const out = renderClinicianSummary(a, "text").replace(/\s+/g, " ");
    expect(out).toMatch(/Next step: \[UNVERIFIED\] Maintenance: lenalidomide/);
    const checked = renderClinicianSummary(assess(vignette("pathway-te-dvrd-week-3")), "text");
    expect(checked.replace(/\s+/g, " ")).toMatch(/Next step: Stem cell collection/);
  });

  it("an Assessment stored before steps carried sources renders without them and without the mark", () => {
    const old = {
      ...a,
      plan: a.plan.map(({ citations: _c, verified: _v, ...rest }) => rest),
    } as unknown as Assessment;
    const plan = planSection(old);
    expect(plan).not.toMatch(/UNVERIFIED|Sources:/);
    expect(plan).toMatch(/next · maintenance: Maintenance: lenalidomide/);
  });
});

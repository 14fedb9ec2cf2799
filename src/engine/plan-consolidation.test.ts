/** The plan on maintenance after a transplant: its consolidation step is "done" only when a consolidation is
 * recorded after the transplant. VRd, ASCT, then lenalidomide with no consolidation showed "Consolidation where the
 * evidence gives it (2 cycles within D-VRd / D-VTd): done" (treatments.md 3d gives it within those quadruplets only;
 * the reference's consolidation sources: sonneveld-2024-nejm, moreau-2019-lancet). A step not given is left out, as
 * the transplant's steps are when the line holds no transplant (review c33-W3). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const steps = (r: Rec) => assess(r).plan.map((p) => `${p.phase}:${p.status}`);

describe("the consolidation step on maintenance after a transplant", () => {
  it("none recorded (VRd, ASCT, lenalidomide): no consolidation step marked done", () => {
    const r = read("vrd-asct-lenalidomide-no-phase");
    expect(r.treatmentHistory.some((e: Rec) => e.phase === "consolidation")).toBe(false);
    expect(steps(r)).toEqual([
      "induction:done",
      "transplant:done",
      "maintenance:current",
      "relapsed:if-progressed",
    ]);
  });

  it("control: a consolidation recorded after the transplant keeps its step, done", () => {
    const r = read("review-c9-r-maintenance-after-asct");
    expect(r.treatmentHistory.some((e: Rec) => e.phase === "consolidation")).toBe(true);
    expect(steps(r)).toContain("post-transplant:done");
  });

  it("the same record with its consolidation entry removed loses the step", () => {
    const r = read("review-c9-r-maintenance-after-asct");
    r.treatmentHistory = r.treatmentHistory.filter((e: Rec) => e.phase !== "consolidation");
    const s = steps(r);
    expect(s).not.toContain("post-transplant:done");
    expect(s).toContain("transplant:done");
    expect(s).toContain("maintenance:current");
  });
});

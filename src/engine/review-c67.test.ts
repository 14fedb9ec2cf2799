/** Stop 47: leftovers of re-check c66 closed, and review c67 (supportive care, drug safety, watched people over
 * time; report /work/review67/review.md). Each case read the wrong thing on engine 0.2.75. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);

describe("re-check c66-m1: AL amyloidosis with no creatinine: the CrCl soft gate is not passed silently", () => {
  it("gates met, creatinine not recorded: al.asct at consider, the caution naming the missing creatinine", () => {
    const r = vignette("al-amyloidosis-transplant-gates-met");
    delete r.labs.creatinine;
    const asct = option(assess(r), "al.asct");
    expect(asct?.strength).toBe("consider");
    expect(asct?.cautions.join(" ")).toMatch(
      /Creatinine clearance not known[^"]*cannot be read\. Not a first choice until it is \(.*missing: labs\.creatinine/,
    );
  });

  it("control: creatinine recorded (clearance above 30): if-eligible, no such caution", () => {
    const asct = option(assess(vignette("al-amyloidosis-transplant-gates-met")), "al.asct");
    expect(asct?.strength).toBe("if-eligible");
    expect(asct?.cautions.join(" ")).not.toMatch(/Creatinine clearance not known/);
  });

  it("control: on dialysis the gate does not apply, known creatinine or not", () => {
    const r = vignette("al-amyloidosis-transplant-gates-met");
    delete r.labs.creatinine;
    r.conditions = { ...r.conditions, renalFailureOnDialysis: true };
    expect(option(assess(r), "al.asct")?.cautions.join(" ")).not.toMatch(/Creatinine clearance not known/);
  });
});

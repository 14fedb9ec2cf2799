/** Review c78-M1, the edge left (c79): AL amyloidosis after a VGPR, the latest dFLC alone above the VGPR level (record
 * r809, examples/vignettes/review-c78-m1-al-vgpr-flc-rising-once-only). The handout said "Your team will repeat your
 * light chain test before deciding on the next step" and then "1. Next: Stem cell transplant": the plan's transplant
 * step carried the repeat only in its title, and the handout reads steps by code and status. The step now has the code
 * "al-repeat-flc-first", and the handout (EN, ES) and the clinician summary word it as waiting for the repeat test
 * (treatments.md 6 gives no AL progression criteria; the transplant follows induction when the gates allow). */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { readVignette } from "../testing/example-records.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderHandout } from "./handout.js";
import { ES } from "./words/es.js";

const M1 = "review-c78-m1-al-vgpr-flc-rising-once-only";
const flat = (t: string) => t.replace(/\s+/g, " ");
const handout = (a: Assessment, w = undefined as typeof ES | undefined) => flat(renderHandout(a, "text", w));
const clinician = (a: Assessment) => flat(renderClinicianSummary(a, "text"));

/** The vignette with its latest involved FLC back at the level reached (dFLC 24 mg/L, below VGPR's 40): no rise. */
function withoutRise(): ReturnType<typeof readVignette> {
  const r = readVignette(M1);
  r.labs.involvedFreeLightChain.value = 33;
  const last = r.series.involvedFreeLightChain.at(-1);
  last.value = 33;
  return r;
}

describe("c78-M1: the AL transplant step waiting on the repeat light chain test", () => {
  const a = assess(readVignette(M1));

  it("the plan's transplant step carries the code al-repeat-flc-first", () => {
    const step = a.plan.find((s) => s.phase === "transplant");
    expect(step?.code).toBe("al-repeat-flc-first");
    expect(step?.status).toBe("next");
  });

  it("the handout (EN) says the transplant comes after the repeat test, if it allows, not 'Next'", () => {
    const t = handout(a);
    expect(t).toContain(
      "1. After the repeat test, if it allows: Stem cell transplant – only if heart and other tests allow a transplant.",
    );
    expect(t).not.toMatch(/Next: Stem cell transplant/);
  });

  it("the handout (ES) says the same in Spanish, not 'A continuación'", () => {
    const t = handout(a, ES);
    expect(t).toContain(
      "1. Después de repetir la prueba, si el resultado lo permite: Trasplante de células madre – solo si las pruebas del corazón y otras permiten un trasplante.",
    );
    expect(t).not.toMatch(/A continuación: Trasplante/);
  });

  it("the clinician summary: the next step is the repeat of the free light chains, then the transplant", () => {
    const t = clinician(a);
    expect(t).toMatch(/Next step: repeat the free light chains first; then, if the level holds: /);
    expect(t).toMatch(/next, after the repeat free light chains · transplant: /);
  });
});

describe("c78-M1 control: the same AL record without the rise keeps 'Next: Stem cell transplant'", () => {
  const a = assess(withoutRise());

  it("no code on the step, and the handouts say 'Next' / 'A continuación'", () => {
    expect(a.alerts.map((x) => x.id)).not.toContain("alert.al.light-chain-above-level-once");
    const step = a.plan.find((s) => s.phase === "transplant");
    expect(step?.status).toBe("next");
    expect(step?.code).toBeUndefined();
    expect(handout(a)).toContain("Next: Stem cell transplant");
    expect(handout(a)).not.toMatch(/After the repeat test/);
    expect(handout(a, ES)).toContain("A continuación: Trasplante de células madre");
    expect(clinician(a)).not.toMatch(/repeat the free light chains first; then/);
  });
});

/** The surfaces tell plan steps apart by their code (PlanStep.code, PlanStep.candidacy), never by the words of their
 * titles (DESIGN.md: findings are data, words are a layer). Each case is an example whose plan holds the step; the
 * step's title is then reworded, and the handout and the clinician summary must say the same as before. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { type Assessment, PLAN_STEP_CODES, type PlanStepCode } from "../engine/assessment.js";
import { readVignette } from "../testing/example-records.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderHandout } from "./handout.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

/** For each code, an example whose plan holds it (the review that asked for the step named in the example). */
const CASES: Record<PlanStepCode, string> = {
  "continuous-drd": "pathway-drd-week-3",
  "continuous-rd": "review-c88-rd-148-weeks-tie",
  "collection-deferred": "review-c63-u1-deferred-dvrd-week20",
  "line-stopped-now": "review-c72-m3-krd-line2-stopped-tox-values-before",
  "continuous-stopped-watch": "review-c69-m1-drd-stopped-in-cr-15-months",
  "stem-cells-collected": "review-c65-collection-yes-cy",
  "first-line-stopped-early": "review-c71-r488-te-dvrd-induction-stopped-tox-week3",
  "al-response-lost": "review-c76-w1-al-relapse-after-dvcd-cr-dflc-rising",
  "al-repeat-flc-first": "review-c78-m1-al-vgpr-flc-rising-once-only",
  "collection-due": "review-c79-dvrd-week23-no-collection",
  "car-t-first-two-weeks": "review-c80-cilta-cel-day-10-anc-0.5-plt-40",
  "bone-event-first": "review-c83-cord-compression-fracture-no-imaging",
  "switch-to-quadruplet": "review-c89-vcd-cast-nephropathy-week-4-age-77",
};

/** The same Assessment with every plan step's title replaced by words no surface knows. */
function reworded(a: Assessment): Assessment {
  return { ...a, plan: a.plan?.map((s, i) => ({ ...s, title: `Step ${i + 1} reworded` })) };
}

describe("plan step codes: the surfaces read the code, not the title", () => {
  it("every code has a case", () => {
    expect(Object.keys(CASES).sort()).toEqual([...PLAN_STEP_CODES].sort());
  });
  for (const code of PLAN_STEP_CODES)
    it(`${code}: the step carries it, and the handout (EN, ES) reads the same with the titles reworded`, () => {
      const a = assess(readVignette(CASES[code]));
      expect(a.plan?.some((s) => s.code === code)).toBe(true);
      for (const w of [EN, ES]) {
        const before = renderHandout(a, "text", w);
        const after = renderHandout(reworded(a), "text", w);
        // The handout words the steps itself: none of the engine's titles appear in it, so nothing may change.
        expect(after).toBe(before);
      }
    });
  it("a step ahead on a candidacy not recorded is marked so, and the handout marks it 'only if' with the titles reworded", () => {
    const a = assess(readVignette("review-c32-u-w3-vd-55-fit-absent"));
    const open = a.plan?.filter((s) => s.candidacy === "not-recorded") ?? [];
    expect(open.length).toBeGreaterThan(0);
    expect(renderHandout(reworded(a), "text", EN)).toBe(renderHandout(a, "text", EN));
    expect(renderHandout(a, "text", EN)).toContain(EN.marks.ifTransplant);
    // The clinician's next step asks for the decision first (review c29-M7), titles reworded or not.
    expect(renderClinicianSummary(reworded(a), "text")).toContain("record the transplant decision");
  });
  it("a step on a candidacy in question is marked so", () => {
    const a = assess(readVignette("pathway-frail-candidate-on-vrd-induction"));
    expect(a.plan?.some((s) => s.candidacy === "in-question")).toBe(true);
    expect(renderHandout(reworded(a), "text", EN)).toBe(renderHandout(a, "text", EN));
  });
  it("the clinician's next step reads DRd's continuous course by its code", () => {
    // DRd with the candidacy not recorded (review c30): the plan follows the regimen given.
    const a = assess(readVignette("review-c30-q-fl-a-drd-64-candidacy-absent"));
    const step = a.plan?.findIndex((s) => s.code === "continuous-drd") ?? -1;
    expect(step).toBeGreaterThanOrEqual(0);
    const next = (x: Assessment) =>
      renderClinicianSummary(x, "text")
        .split("\n")
        .filter((l) => /next step/i.test(l))
        .join("\n");
    expect(next(a)).toContain(a.plan?.[step]?.title.slice(0, 30));
    // Reworded, the next-step line names the reworded step: it was found by its code.
    expect(next(reworded(a))).toContain(`Step ${step + 1} reworded`);
  });
});

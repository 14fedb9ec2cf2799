/** Review c69-M1 (report /work/review69/review.md; records r233, r274): a first line given until progression (DRd,
 * MAIA; D-Rd; Isa-Rd; Rd: treatments.md 4) that ended without progression, nothing since, is that regimen stopped,
 * not an induction done with continued therapy "next": the plan names it stopped (with its stop reason), the step now
 * is observation with the decision to restart put to the team, restarting lenalidomide is at most "consider" (the
 * reference gives no rule for restarting after a stop: UNVERIFIED), and the handout says so (EN, ES). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import {
  CONTINUOUS_DRD_TITLE,
  CONTINUOUS_STOPPED_WATCH_TITLE,
  STOPPED_EARLY_TE_TITLE,
  STOPPED_EARLY_TITLE,
} from "./plan.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const CONTINUED = "pathway.no-asct.continued-lenalidomide";
const SEVEN = "review-c69-m1-drd-stopped-in-cr-7-months";
const FIFTEEN = "review-c69-m1-drd-stopped-in-cr-15-months";
const NO_RESTART_RULE = /gives no rule for restarting/;
/** The handout as text, its wrapped lines joined. */
const handout = (a: ReturnType<typeof assess>, w = EN) => renderHandout(a, "text", w).replace(/\s+/g, " ");

/** The first line of `r` replaced by `regimen` with `drugs` (its dates, response and stop kept). */
function withRegimen(r: Rec, regimen: string, drugs: string[]): Rec {
  r.treatmentHistory[0] = { ...r.treatmentHistory[0], regimen, drugs };
  return r;
}

describe("c69-M1: a continuous first-line regimen stopped without progression, nothing since", () => {
  for (const [name, end] of [
    [SEVEN, "2025-11-01"],
    [FIFTEEN, "2025-09-01"],
  ] as const)
    it(`${name}: the plan names DRd stopped, then observation with the restart put to the team`, () => {
      const a = assess(vignette(name));
      expect(a.phase.code).toBe("line-finished");
      const titles = a.plan.map((s) => s.title);
      expect(titles).not.toContain("Induction");
      expect(titles.some((t) => /^Continued or maintenance therapy/.test(t))).toBe(false);
      const [done, now, relapse] = a.plan;
      expect(done?.status).toBe("done");
      expect(done?.title).toMatch(
        new RegExp(`^DRd .*until progression.* stopped ${end} \\(patient choice\\)`),
      );
      expect(done?.citations).toContain("facon-2019-nejm-maia");
      expect(now?.status).toBe("current");
      expect(now?.phase).toBe("line-finished");
      expect(now?.title.startsWith(CONTINUOUS_STOPPED_WATCH_TITLE)).toBe(true);
      expect(now?.optionIds).toContain(CONTINUED);
      expect(now?.verified).toBe(false);
      expect(relapse?.status).toBe("if-progressed");
      expect(a.plan.some((s) => s.status === "next")).toBe(false);
    });

  it("restarting lenalidomide is 'consider', because the reference gives no rule for restarting (UNVERIFIED)", () => {
    const o = option(assess(vignette(SEVEN)), CONTINUED);
    expect(o?.strength).toBe("consider");
    const cautions = o?.cautions.join(" ");
    expect(cautions).toMatch(NO_RESTART_RULE);
    expect(cautions).toMatch(/months since the latest line ended: 13 months/);
    expect(o?.safetyFindings?.map((f) => f.ruleId)).toContain(
      `${CONTINUED}.adjust.after-continuous-regimen-stopped`,
    );
    // The caution about starting continued therapy after an induction is not said of the continuous regimen itself.
    expect(cautions).not.toMatch(/follows induction without a break/);
    expect(o?.verified).toBe(false);
  });

  it("the handout says the treatment stopped and the team talks about restarting, not 'Next: Long-term treatment'", () => {
    const en = handout(assess(vignette(SEVEN)));
    expect(en).not.toContain("Next: Long-term treatment to keep it down");
    expect(en).not.toContain("Done: First treatment to get the disease under control");
    expect(en).toContain(EN.continuousStoppedNow);
    expect(en).toContain(`Done: ${EN.continuousStoppedStep}.`);
    expect(en).toContain(`Now: ${EN.restartTalkStep}.`);
    const es = handout(assess(vignette(SEVEN)), ES);
    expect(es).toContain(ES.continuousStoppedNow);
    expect(es).toContain(`${ES.planStatus.done}: ${ES.continuousStoppedStep}.`);
    expect(es).toContain(`${ES.planStatus.current}: ${ES.restartTalkStep}.`);
    expect(es).not.toContain(`${ES.planStatus.next}: ${ES.phase.maintenance.step}`);
  });

  for (const [why, stop, words] of [
    ["toxicity", "toxicity", "stopped 2025-11-01 (toxicity)"],
    ["no stop reason recorded", undefined, "ended 2025-11-01"],
  ] as const)
    it(`DRd ended with ${why}: the same plan, the reason as recorded`, () => {
      const r = vignette(SEVEN);
      if (stop === undefined) delete r.treatmentHistory[0].stopReason;
      else r.treatmentHistory[0].stopReason = stop;
      const a = assess(r);
      expect(a.plan[0]?.title).toContain(words);
      expect(a.plan[1]?.title.startsWith(CONTINUOUS_STOPPED_WATCH_TITLE)).toBe(true);
      expect(option(a, CONTINUED)?.strength).toBe("consider");
    });

  for (const [regimen, drugs] of [
    ["Rd", ["lenalidomide", "dexamethasone"]],
    ["Isa-Rd", ["isatuximab", "lenalidomide", "dexamethasone"]],
    ["D-Rd", ["daratumumab-hyaluronidase", "lenalidomide", "dexamethasone"]],
  ] as const)
    it(`${regimen} as the whole first line, stopped by choice: named stopped, restart 'consider'`, () => {
      const a = assess(withRegimen(vignette(SEVEN), regimen, [...drugs]));
      expect(a.plan[0]?.title).toMatch(new RegExp(`^${regimen} .*stopped 2025-11-01 \\(patient choice\\)`));
      expect(a.plan[1]?.title.startsWith(CONTINUOUS_STOPPED_WATCH_TITLE)).toBe(true);
      expect(option(a, CONTINUED)?.strength).toBe("consider");
    });
});

describe("c69-M1 controls", () => {
  it("DRd still given (r201-like): one continuous step now, continued lenalidomide not offered", () => {
    const r = vignette(SEVEN);
    r.treatmentHistory[0].end = null;
    delete r.treatmentHistory[0].stopReason;
    const a = assess(r);
    expect(a.phase.code).toBe("induction");
    expect(a.plan.map((s) => [s.status, s.title])).toEqual([
      ["current", CONTINUOUS_DRD_TITLE],
      ["if-progressed", "At progression: a new line for relapsed disease"],
    ]);
    expect(option(a, CONTINUED)).toBeUndefined();
  });

  it("VRd x8 then stopped (a fixed-duration induction): Induction done, continued therapy next, standard", () => {
    const r = withRegimen(vignette(SEVEN), "VRd", ["bortezomib", "lenalidomide", "dexamethasone"]);
    Object.assign(r.treatmentHistory[0], { end: "2023-08-20" });
    delete r.treatmentHistory[0].stopReason;
    const a = assess(r);
    expect(a.plan.map((s) => [s.status, s.title])).toEqual([
      ["done", "Induction"],
      ["next", "Continued or maintenance therapy (VRd x8 then Rd; DRd, D-Rd, Isa-Rd until progression)"],
      ["if-progressed", "At progression: a new line for relapsed disease"],
    ]);
    const o = option(a, CONTINUED);
    expect(o?.strength).toBe("standard");
    expect(o?.cautions.join(" ")).toMatch(/follows induction without a break/);
    expect(o?.cautions.join(" ")).not.toMatch(NO_RESTART_RULE);
    expect(handout(a)).toContain("Next: Long-term treatment to keep it down.");
  });

  for (const [name, change] of [
    ["Rd recorded as induction, its stop 'completed' (review c32)", "review-c32-u-m4d-rd-82-absent-ended"],
    ["DRd with a 'planned' stop", "planned"],
  ] as const)
    it(`${name}: a course the team ended, unchanged (Induction done, continued therapy next)`, () => {
      const r = change === "planned" ? vignette(SEVEN) : vignette(change);
      if (change === "planned") r.treatmentHistory[0].stopReason = "planned";
      const a = assess(r);
      expect(a.plan.slice(0, 2).map((s) => [s.status, s.title])).toEqual([
        ["done", "Induction"],
        ["next", "Continued or maintenance therapy (VRd x8 then Rd; DRd, D-Rd, Isa-Rd until progression)"],
      ]);
      expect(option(a, CONTINUED)?.strength).toBe("standard");
    });

  it("DRd stopped for progression: the relapse path, unchanged", () => {
    const r = vignette(SEVEN);
    Object.assign(r.treatmentHistory[0], {
      progressedOn: true,
      stopReason: "progression",
      progressionDate: "2025-11-01",
    });
    const a = assess(r);
    expect(a.phase.code).not.toBe("line-finished");
    expect(a.plan[0]?.title).toMatch(
      /^Line 2: therapy for (relapsed|refractory) disease after 1 prior line$/,
    );
    expect(a.plan.some((s) => s.title.startsWith(CONTINUOUS_STOPPED_WATCH_TITLE))).toBe(false);
    expect(option(a, CONTINUED)).toBeUndefined();
  });
});

describe("re-check c71-M1: the first line recorded as its induction then its continued regimen, stopped", () => {
  const c71 = (name: string) =>
    assess(
      JSON.parse(
        readFileSync(
          join(import.meta.dirname, `../../examples/vignettes/review-c71-m1-${name}.json`),
          "utf8",
        ),
      ),
    );
  for (const [name, continuation] of [
    ["dvrd-then-drd-stopped-patient-choice", "pathway.no-asct.d-rd-after-d-vrd"],
    ["isa-vrd-then-isa-rd-stopped-patient-choice", "pathway.no-asct.isa-rd-after-isa-vrd"],
    ["vrd-then-rd-stopped-patient-choice", "pathway.no-asct.continued-lenalidomide"],
  ] as const) {
    it(`${name}: named stopped, observation now; ${continuation} 'consider' with no 'not recorded' caution`, () => {
      const a = c71(name);
      expect(a.plan?.map((s) => s.status)).toEqual(["done", "current", "if-progressed"]);
      expect(a.plan?.[0]?.title).toContain(
        "(a first line given until progression) stopped 2025-11-01 (patient choice)",
      );
      const o = a.options.find((x) => x.id === continuation);
      expect(o?.strength).toBe("consider");
      expect(o?.cautions.join(" ")).not.toContain("its continuation is not recorded since");
    });
  }
});

describe("re-check c72-W1/M1: a frail 80-year-old's first line stopped for toxicity at week 3, nothing measured since", () => {
  for (const [name, continuation] of [
    ["frail80-drd-stopped-tox-week3-all-dated-before", "pathway.no-asct.continued-lenalidomide"],
    ["frail80-dvrd-induction-stopped-tox-week3-all-dated-before", "pathway.no-asct.d-rd-after-d-vrd"],
  ] as const) {
    it(`${name}: stopped before a response; the response assessment and the next first-line treatment now (EN, ES)`, () => {
      const a = assess(readVignette(`review-c72-${name}`));
      expect(a.plan?.map((s) => s.status)).toEqual(["done", "current", "if-progressed"]);
      expect(a.plan?.[0]?.title).toContain("stopped 2026-11-05 (toxicity), before a response was shown");
      expect(a.plan?.[1]?.title).toBe(STOPPED_EARLY_TITLE);
      expect(a.plan?.some((s) => s.title.startsWith(CONTINUOUS_STOPPED_WATCH_TITLE))).toBe(false);
      expect(a.options.find((o) => o.id === continuation)?.strength).toBe("consider");
      for (const w of [EN, ES]) {
        const page = renderHandout(a, "text", w).replace(/\s+/g, " ");
        expect(page).toContain(w.stoppedEarlyNow);
        expect(page).not.toContain(w.continuousStoppedNow);
      }
    });
  }
});

describe("review c71 r488 (the transplant analogue of re-check c72-M1): D-VRd induction stopped for toxicity at week 3", () => {
  const NAME = "review-c71-r488-te-dvrd-induction-stopped-tox-week3";
  it("the induction is named stopped, the response assessment is now and the transplant next, not 'induction done' (EN, ES)", () => {
    const a = assess(readVignette(NAME));
    expect(a.plan?.map((s) => [s.phase, s.status])).toEqual([
      ["induction", "done"],
      ["induction", "current"],
      ["transplant", "next"],
      ["post-transplant", "later"],
      ["maintenance", "later"],
      ["relapsed", "if-progressed"],
    ]);
    expect(a.plan?.[0]?.title).toBe(
      "D-VRd (first line) stopped 2026-06-01 (toxicity), before a response was shown",
    );
    expect(a.plan?.[1]?.title).toBe(STOPPED_EARLY_TE_TITLE);
    expect(a.plan?.[1]?.verified).toBe(false);
    // Re-check c75-m6: the phase says it as the plan does.
    expect(a.phase?.reason).toContain(
      "Induction (D-VRd) stopped 2026-06-01 (toxicity), before a response was shown",
    );
    expect(a.phase?.reason).not.toContain("collection and transplant planned");
    for (const w of [EN, ES]) {
      const page = handout(a, w);
      expect(page).toContain(w.stoppedEarlyNow);
      expect(page).toContain(w.stoppedEarlyStep);
      expect(page).not.toContain(w.phase.transplant.now);
    }
  });
  it("candidacy not recorded: the same steps now (the induction stopped early, the assessment now)", () => {
    const r = readVignette(NAME);
    delete r.transplant;
    const a = assess(r);
    expect(a.plan?.[0]?.title).toContain("before a response was shown");
    expect(a.plan?.[1]?.title.startsWith(STOPPED_EARLY_TE_TITLE)).toBe(true);
  });
  it("control: a VGPR recorded on the induction keeps the plan of an induction done, the transplant now", () => {
    const r = readVignette(NAME);
    r.treatmentHistory[0].bestResponse = "VGPR";
    const a = assess(r);
    expect(a.plan?.slice(0, 2).map((s) => [s.phase, s.status])).toEqual([
      ["induction", "done"],
      ["transplant", "current"],
    ]);
    expect(a.plan?.some((s) => s.title.includes("before a response was shown"))).toBe(false);
    expect(a.phase?.reason).toContain("collection and transplant planned");
    expect(handout(a)).not.toContain(EN.stoppedEarlyNow);
  });
});

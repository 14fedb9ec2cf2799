/** Review c7 vignettes, each failing on main 2e5d480: a frail patient whose record says transplant
 * candidate "yes" (examples/vignettes/safety-frail-79-ecog3-transplant.json), and a patient watched in CR
 * after a BCMA CAR T with no maintenance (examples/vignettes/pathway-after-cilta-cel-cr-no-maintenance.json,
 * the reviewer's review-c6-05). Sources: treatments.md 3-4 (DRd the doublet-backbone standard for
 * frail/older patients; Rd / Vd / dose-reduced doublets for frail patients), criteria-and-scores.md 8.3
 * (eligibility is the clinician's decision, shown with its inputs), treatments.md 5b (CAR-T: lifelong
 * monitoring; no maintenance row) and CARTITUDE-4 (a single infusion). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { optionIds as ids, shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const vignette = (name: string): Assessment => assess(record(name));
const rank = (a: Assessment, id: string) => ids(a).indexOf(id);
const CONFLICT = "pathway.transplant-candidacy-conflict";
const OBSERVE = "pathway.observation-after-car-t";

describe("frail 79-year-old, ECOG 3, recorded as a transplant candidate", () => {
  const a = vignette("safety-frail-79-ecog3-transplant");

  it("the recorded decision is flagged, not overruled: a warning naming frailty group, ECOG and age", () => {
    const al = a.alerts.find((x) => x.id === CONFLICT);
    expect(al?.severity).toBe("warning");
    expect(al?.text).toContain("recorded as a transplant candidate");
    expect(al?.text).toContain("IMWG frailty group: frail");
    expect(al?.text).toContain("ECOG performance status: 3");
    expect(al?.text).toContain("age: 79 years");
    // No cut-off of its own: the alert names no number beyond the reference's (8.3: no single rule).
    expect(al?.text).toMatch(/no single numeric rule/);
    expect(al?.citations).toContain("palumbo-2015-blood-frailty");
    // The record keeps its answer: the transplant options stay, never removed.
    expect(ids(a)).toContain("ndmm.te.asct");
  });

  it("transplant and post-transplant options hold only if the team confirms candidacy", () => {
    for (const id of [
      "ndmm.te.asct",
      "pathway.te.stem-cell-collection",
      "ndmm.te.consolidation",
      "maint.lenalidomide",
      "ndmm.te.d-vrd",
    ]) {
      const o = opt(a, id);
      expect(o.conditionalOn, id).toBe("transplant-candidate");
      expect(o.conditional, id).toMatch(/confirm/);
    }
    const plan = a.plan.filter((s) => s.phase === "transplant" || s.phase === "post-transplant");
    expect(plan.length).toBe(2);
    for (const s of plan) expect(s.title).toMatch(/only if the care team confirms transplant candidacy/);
    expect(a.plan.find((s) => s.phase === "maintenance")?.optionIds).toContain(
      "pathway.no-asct.continued-lenalidomide",
    );
  });

  it("DRd (the frail/older standard) is shown at its strength, marked for the other answer, and leads", () => {
    const drd = opt(a, "ndmm.tie.drd");
    expect(drd.strength).toBe("standard");
    expect(drd.conditionalOn).toBe("not-transplant-candidate");
    // Its reason says the recorded answer and what is assumed, never "candidate: no" as if recorded.
    expect(drd.because.join(" ")).toContain(
      "transplant candidate (clinician decision): yes recorded (not a candidate assumed for this option)",
    );
    expect(rank(a, "ndmm.tie.drd")).toBeLessThan(rank(a, "ndmm.te.d-vrd"));
    expect(rank(a, "ndmm.tie.drd")).toBeLessThan(rank(a, "ndmm.vrd"));
    // The dose-reduced doublets hold under both answers: unmarked.
    for (const id of ["ndmm.frail.rd", "ndmm.frail.vd"]) {
      expect(opt(a, id).strength, id).toBe("consider");
      expect(opt(a, id).conditional, id).toBeUndefined();
    }
  });

  it("a fit candidate (70, fit) keeps an unconditional transplant plan and no conflict alert", () => {
    const fit = vignette("ndmm-transplant-eligible");
    expect(fit.alerts.map((x) => x.id)).not.toContain(CONFLICT);
    expect(opt(fit, "ndmm.te.asct").conditional).toBeUndefined();
    expect(ids(fit)).not.toContain("ndmm.tie.drd");
  });

  it("fitness not known (no ECOG, no frailty inputs, age 60): no conflict is claimed", () => {
    const r = record("safety-frail-79-ecog3-transplant");
    const b = assess({ ...r, patient: { ...(r.patient as object), age: 60 }, fitness: {} });
    expect(b.alerts.map((x) => x.id)).not.toContain(CONFLICT);
    expect(opt(b, "ndmm.te.asct").conditional).toBeUndefined();
  });
});

describe("after cilta-cel in CR, no maintenance: watched, with monitoring due", () => {
  const a = vignette("pathway-after-cilta-cel-cr-no-maintenance");

  it("an observation option with response and malignancy monitoring, from the reference and CARTITUDE-4", () => {
    expect(a.phase.code).toBe("line-finished");
    const o = opt(a, OBSERVE);
    expect(o.kind).toBe("observation");
    expect(o.conditional).toBeUndefined();
    expect(o.clinicianText).toMatch(/IMWG 2016/);
    expect(o.clinicianText).toMatch(/single infusion/);
    expect(o.clinicianText).toMatch(/no maintenance/i);
    expect(o.citations).toEqual(
      expect.arrayContaining([
        "fda-cart-safety-2024",
        "kumar-2016-lancet-oncol",
        "san-miguel-2023-nejm-cartitude4",
      ]),
    );
  });

  it("the plan is never only 'if progressed': observation now, then relapse", () => {
    expect(a.plan.map((s) => s.status)).toEqual(["current", "if-progressed"]);
    const now = a.plan[0];
    expect(now?.phase).toBe("line-finished");
    expect(now?.optionIds).toEqual([OBSERVE]);
    expect(now?.title).toMatch(/Line 2 \(cilta-cel\) finished, no progression recorded: observation/);
  });

  it("not after a progression on the CAR T, and not after a line that was no CAR T", () => {
    expect(ids(vignette("safety-after-bcma-car-t"))).not.toContain(OBSERVE);
    expect(ids(vignette("pathway-vrd-8-cycles-no-transplant"))).not.toContain(OBSERVE);
  });

  it("outcome of the CAR T line not recorded: observation only if it has not progressed", () => {
    const r = record("pathway-after-cilta-cel-cr-no-maintenance");
    const history = (r.treatmentHistory as Record<string, unknown>[]).map((t) => {
      if (t.regimen !== "cilta-cel") return t;
      const { progressedOn: _p, ...rest } = t;
      return rest;
    });
    const b = assess({ ...r, treatmentHistory: history, series: {} });
    if (b.phase.progressed === null) {
      expect(opt(b, OBSERVE).conditionalOn).toBe("line-not-progressed");
      expect(b.plan.find((s) => s.phase === "line-finished")?.title).toMatch(
        /only if line 2 has not progressed/,
      );
    } else expect(b.phase.progressed).toBe(false);
  });
});

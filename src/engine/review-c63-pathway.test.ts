/** Review c63 (/work/review63/review.md), engine 0.2.74: the transplant kept for later ("deferred") had no stem cell
 * collection anywhere (c63-U1), and after 4 cycles of D-VRd the CEPHEUS continuation (D-Rd after 8 cycles) was
 * offered straight away as standard (c63-W1). treatments.md 3c (stem cell collection after <= 4 cycles of
 * lenalidomide-containing therapy, US label), 3b (KRd: no immediate ASCT, ENDURANCE), 4 (D-VRd, CEPHEUS: "Dara SC + VRd
 * x 8 cycles -> D-Rd until progression"; TIE or transplant-deferred). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);

const COLLECTION = "pathway.deferred.stem-cell-collection";
const D_RD = "pathway.no-asct.d-rd-after-d-vrd";
const LABEL_RULE =
  /Collect stem cells after no more than 4 cycles of a lenalidomide-containing regimen \(US label\)/;

describe("c63-U1: transplant deferred, stem cell collection for a later transplant (treatments.md 3c)", () => {
  it("untreated: every lenalidomide-containing induction card carries the <= 4-cycle collection caution", () => {
    const a = assess(vignette("review-c63-u1-untreated-deferred"));
    for (const id of ["ndmm.tie.d-vrd", "ndmm.vrd", "ndmm.te.krd"]) {
      const o = option(a, id);
      expect(o, id).toBeDefined();
      expect(o?.cautions.join(" "), id).toMatch(LABEL_RULE);
      expect(o?.cautions.join(" "), id).toMatch(/transplant deferred/i);
      expect(o?.citations, id).toContain("myeloma-drug-labels");
    }
  });

  it("untreated: a collection-and-storage option and plan step between induction and continued therapy", () => {
    const a = assess(vignette("review-c63-u1-untreated-deferred"));
    const o = option(a, COLLECTION);
    expect(o?.strength).toBe("if-eligible");
    expect(o?.kind).toBe("stem-cell-transplant");
    expect(o?.title).toMatch(/later transplant/);
    expect(o?.citations).toContain("myeloma-drug-labels");
    // No transplant is offered: the reference does not say a deferred transplant must be done.
    expect(option(a, "ndmm.te.asct")).toBeUndefined();
    expect(a.plan.map((s) => `${s.status} ${s.phase}`)).toEqual([
      "next induction",
      "later transplant",
      "later maintenance",
      "if-progressed relapsed",
    ]);
    const step = a.plan.find((s) => s.phase === "transplant");
    expect(step?.optionIds).toEqual([COLLECTION]);
    expect(step?.title).toMatch(/collection .*later transplant/i);
    expect(step?.title).not.toMatch(/then autologous stem cell transplant/);
    expect(step?.citations).toContain("myeloma-drug-labels");
  });

  it("on D-VRd at week 20: collection next, and its card says 12 weeks are past with no collection recorded", () => {
    const a = assess(vignette("review-c63-u1-deferred-dvrd-week20"));
    expect(a.phase.code).toBe("induction");
    const o = option(a, COLLECTION);
    expect(o).toBeDefined();
    const cautions = o?.cautions.join(" ") ?? "";
    expect(cautions).toMatch(/no stem cell collection is recorded/i);
    expect(cautions).toMatch(/weeks of lenalidomide-containing induction, no transplant yet: 20/);
    expect(a.plan.find((s) => s.phase === "transplant")?.status).toBe("next");
  });

  it("after 4 cycles of D-VRd (ended 2026-10-20): collection still listed, with the 12-week caution", () => {
    const a = assess(vignette("review-c63-u1-w1-deferred-after-4c-dvrd"));
    expect(a.phase.code).toBe("line-finished");
    const o = option(a, COLLECTION);
    expect(o).toBeDefined();
    expect(o?.cautions.join(" ")).toMatch(/no stem cell collection is recorded/i);
    expect(o?.cautions.join(" ")).toMatch(/no transplant yet: 15\b/);
    expect(a.plan.find((s) => s.phase === "transplant")?.optionIds).toEqual([COLLECTION]);
  });

  it("control: candidate 'no' has no collection option, caution or step", () => {
    const a = assess(vignette("review-c63-w1-no-transplant-after-4c-dvrd"));
    expect(option(a, COLLECTION)).toBeUndefined();
    expect(a.plan.some((s) => s.phase === "transplant")).toBe(false);
    const untreated = vignette("review-c63-u1-untreated-deferred");
    untreated.transplant.candidate = "no";
    const b = assess(untreated);
    expect(option(b, COLLECTION)).toBeUndefined();
    expect(option(b, "ndmm.tie.d-vrd")?.cautions.join(" ")).not.toMatch(LABEL_RULE);
  });

  it("control: candidate 'yes' keeps its own collection step and cards unchanged", () => {
    const untreated = vignette("review-c63-u1-untreated-deferred");
    untreated.transplant.candidate = "yes";
    const a = assess(untreated);
    expect(option(a, COLLECTION)).toBeUndefined();
    expect(option(a, "pathway.te.stem-cell-collection")?.strength).toBe("if-eligible");
    expect(option(a, "ndmm.vrd")?.cautions.join(" ")).not.toMatch(/transplant deferred/i);
  });
});

describe("c63-W1: fewer than CEPHEUS's 8 D-VRd cycles recorded, then no transplant (treatments.md 4)", () => {
  for (const name of ["review-c63-u1-w1-deferred-after-4c-dvrd", "review-c63-w1-no-transplant-after-4c-dvrd"])
    it(`${name}: D-Rd is held at consider, saying the remaining D-VRd cycles come first`, () => {
      const a = assess(vignette(name));
      const o = option(a, D_RD);
      expect(o?.strength).toBe("consider");
      const cautions = o?.cautions.join(" ") ?? "";
      expect(cautions).toMatch(/complete the remaining D-VRd cycles first, then D-Rd/);
      // 2026-07-01 -> 2026-10-20: 111 days, about 5 cycles of 21 days.
      expect(cautions).toMatch(
        /D-VRd cycles given \(as recorded, else the dates counted as cycles of 21 days\): 5/,
      );
      expect(o?.safetyFindings?.map((f) => f.ruleId)).toContain(`${D_RD}.adjust.d-vrd-cycles-remaining`);
      // The plan: the rest of induction next, the continued therapy later.
      const induction = a.plan.find((s) => s.phase === "induction");
      expect(induction?.status).toBe("next");
      expect(induction?.title).toMatch(/remaining D-VRd cycles/i);
      expect(induction?.title).toMatch(/about 5 of 8/);
      expect(a.plan.find((s) => s.phase === "maintenance")?.status).toBe("later");
    });

  it("control: 8 cycles of 21 days recorded (174 days): D-Rd stays standard, induction done, continuation next", () => {
    const a = assess(vignette("review-c63-w1-no-transplant-after-8c-dvrd"));
    const o = option(a, D_RD);
    expect(o?.strength).toBe("standard");
    expect(o?.cautions.join(" ")).not.toMatch(/remaining D-VRd cycles/);
    expect(a.plan.find((s) => s.phase === "induction")?.status).toBe("done");
    expect(a.plan.find((s) => s.phase === "maintenance")?.status).toBe("next");
  });

  it("the D-VRd stopped on a day not recorded: the cycle count is not known, said so, never guessed", () => {
    const r = vignette("review-c63-w1-no-transplant-after-4c-dvrd");
    delete r.treatmentHistory[0].end;
    r.treatmentHistory[0].stopReason = "completed";
    const a = assess(r);
    expect(a.phase.code).toBe("line-finished");
    const o = option(a, D_RD);
    expect(o?.cautions.join(" ")).toMatch(
      /cannot be counted .*\(D-VRd cycles given \(as recorded, else the dates counted as cycles of 21 days\): not known\)/,
    );
    expect(o?.strength).toBe("standard");
    expect(o?.cautions.join(" ")).not.toMatch(/remaining D-VRd cycles/);
    expect(a.plan.find((s) => s.phase === "induction")?.title).not.toMatch(/about/);
  });

  it("on D-VRd at week 20 (line being given): the continuation is not held, the line goes on", () => {
    // Review c89-M2: in week 20 D-Rd is the plan's next step, listed from the last (8th) D-VRd cycle, week 21.
    expect(option(assess(vignette("review-c63-u1-deferred-dvrd-week20")), D_RD)).toBeUndefined();
    const r = vignette("review-c63-u1-deferred-dvrd-week20");
    r.treatmentHistory[0].start = "2026-07-07"; // day 147 on 2026-12-01
    const a = assess(r);
    expect(option(a, D_RD)?.strength).toBe("standard");
    expect(a.plan.find((s) => s.phase === "induction")?.status).toBe("current");
  });
});

describe("c63-U1 control: candidacy not recorded", () => {
  it("shows the collection before a transplant now (naming the candidacy), not the one for a later transplant", () => {
    const r = vignette("review-c63-u1-untreated-deferred");
    delete r.transplant;
    const a = assess(r);
    expect(option(a, COLLECTION)).toBeUndefined();
    expect(option(a, "pathway.te.stem-cell-collection")).toBeDefined();
    expect(option(a, "ndmm.vrd")?.cautions.join(" ")).not.toMatch(/transplant deferred/i);
  });
});

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

describe("c67-m4: kidney protection's ~3 L/day beside heart failure says the reference is silent on it", () => {
  const protection = (r: Rec) => option(assess(r), "sc.kidney-protection");
  it("NYHA III recorded: the card says to agree the fluid target with the team (treatments.md 8c)", () => {
    const r = vignette("ndmm-kidney-injury");
    r.conditions = { ...r.conditions, nyhaClass: "III" };
    expect(protection(r)?.cautions.join(" ")).toMatch(
      /Heart failure recorded: the reference's high fluid intake \(~3 L\/day\) is "if tolerated".*silent on heart failure.*\(heart failure: yes; NYHA class: III\)/,
    );
  });
  it("control: no heart failure recorded: no such caution", () => {
    expect(protection(vignette("ndmm-kidney-injury"))?.cautions.join(" ")).not.toMatch(
      /Heart failure recorded/,
    );
  });
});

describe("c67-m3: MGUS whose M-protein rises into the intermediate band keeps the 6-month re-test", () => {
  it("0.8 -> 1.2 -> 1.6 g/dL, the rise flagged: next SPEP 6 months after the last, the reference's silence said", () => {
    const a = assess(vignette("review-c67-mgus-rising-into-intermediate-risk"));
    expect(a.diagnosis.category).toBe("mgus");
    expect(a.alerts.map((x) => x.id)).toContain("evolving.m-protein-rising");
    const spep = a.monitoring.items.find((i) => i.test === "serum protein electrophoresis");
    expect(spep).toMatchObject({ lastDone: "2026-11-20", due: "2027-05-20" });
    expect(spep?.intervalText).toMatch(/reference gives no interval for a rising M-protein/);
  });
  it("control: the same values stable at 1.6 g/dL: yearly", () => {
    const r = vignette("review-c67-mgus-rising-into-intermediate-risk");
    for (const s of r.series?.serumMProtein ?? []) s.value = 1.6;
    const a = assess(r);
    expect(a.alerts.map((x) => x.id)).not.toContain("evolving.m-protein-rising");
    expect(a.monitoring.items.find((i) => i.test === "serum protein electrophoresis")?.due).toBe(
      "2027-11-20",
    );
  });
});

describe("re-check c65-m1: D-VRd cycles recorded on the entries are read in place of the dates' estimate", () => {
  it("8 cycles' worth of dates with 6 cycles recorded (of 28 days): D-Rd held, '6 of 8 recorded'", () => {
    const r = vignette("review-c63-w1-no-transplant-after-8c-dvrd");
    r.treatmentHistory[0].cycles = 6;
    const a = assess(r);
    const o = option(a, "pathway.no-asct.d-rd-after-d-vrd");
    expect(o?.strength).toBe("consider");
    expect(o?.cautions.join(" ")).toMatch(
      /cycles of 21 days\): 6 cycles; D-VRd cycles recorded on its entries: yes/,
    );
    expect(a.plan.find((s) => s.phase === "induction")?.title).toMatch(/\(6 of 8 recorded\)$/);
  });
  it("about 5 cycles by the dates with 8 recorded: D-Rd standard, induction done", () => {
    const r = vignette("review-c63-w1-no-transplant-after-4c-dvrd");
    r.treatmentHistory[0].cycles = 8;
    const a = assess(r);
    expect(option(a, "pathway.no-asct.d-rd-after-d-vrd")?.strength).toBe("standard");
    expect(a.plan.find((s) => s.phase === "induction")?.status).toBe("done");
  });
  it("the field is checked: a cycle count below 1 is refused naming the field", () => {
    const r = vignette("review-c63-w1-no-transplant-after-4c-dvrd");
    r.treatmentHistory[0].cycles = 0;
    expect(() => assess(r)).toThrow(/treatmentHistory\.0\.cycles/);
  });
});

describe("re-check c68-m5: a cycle count the dates cannot hold is read as recorded and questioned", () => {
  it("8 cycles recorded on 111 days of D-VRd: a warning naming the entry, at most 6 by its dates", () => {
    const r = vignette("review-c63-w1-no-transplant-after-4c-dvrd");
    r.treatmentHistory[0].cycles = 8;
    const alert = assess(r).alerts.find((x) => x.id === "treatment.cycles-beyond-dates");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(
      /8 cycles recorded, at most 6 by its dates.*read as recorded: please check it/,
    );
  });
  it("control: 5 cycles recorded on the same dates: no warning", () => {
    const r = vignette("review-c63-w1-no-transplant-after-4c-dvrd");
    r.treatmentHistory[0].cycles = 5;
    expect(assess(r).alerts.map((x) => x.id)).not.toContain("treatment.cycles-beyond-dates");
  });
});

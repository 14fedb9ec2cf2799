/** Review c89 (the first weeks of induction; report /work/review89/review.md).
 * c89-W2: VCd given for myeloma kidney injury: the plan's next step is the switch to a quadruplet once renal function
 * is known (treatments.md 3b, VCd row), not the continued therapy (Rd), on the clinician's plan and the handout (EN, ES).
 * c89-M2: in the first weeks of induction the continuation (continued lenalidomide, D-Rd after D-VRd) is the plan's next
 * step, not an option to discuss now: listed from the induction's last planned cycle (treatments.md 4: VRd and D-VRd 8
 * cycles, VRd-lite 9 cycles of 35 days); VRd-lite's next step is named by its own row (9 cycles -> consolidation).
 * c89-M3: on VRd-lite (lenalidomide 15 mg days 1-21, treatments.md 4) the lenalidomide kidney rule names the regimen's
 * dose and reads the label's table as a ceiling, never "25 mg, no adjustment" as a target. */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";
import type { Assessment } from "./assessment.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const variant = (name: string, change: (r: any) => void = () => {}) => {
  const r = readVignette(name);
  change(r);
  return assessAllWaysAgree(r);
};
const ids = (a: Assessment) => a.options.map((o) => o.id);
const page = (a: Assessment, lang: "en" | "es" = "en") =>
  flat(renderHandout(a, "text", lang === "en" ? EN : ES));
const clinician = (a: Assessment) => flat(renderClinicianSummary(a, "text"));
const nextStepLine = (a: Assessment) => clinician(a).match(/Next step: .*? Plan ahead/)?.[0] ?? "";

const VRD_LITE = "review-c89-r10-vrd-lite-day8-79";
const DVRD = "review-c89-r12-dvrd-week7-76";
const VCD = "review-c89-vcd-cast-nephropathy-week-4-age-77";
const VRD = "review-c89-r14-vrd-week3-77";
const CONTINUED = "pathway.no-asct.continued-lenalidomide";
const D_RD = "pathway.no-asct.d-rd-after-d-vrd";

/** The record seen on a later day (the line's start unchanged). */
const on = (day: string) => (r: { asOf: string }) => {
  r.asOf = day;
};

describe("c89-W2: VCd for myeloma kidney injury: next, the switch to a quadruplet", () => {
  const a = variant(VCD);
  it("the plan's next step is the switch (treatments.md 3b, IMWG renal), the continued therapy later", () => {
    const steps = a.plan ?? [];
    const next = steps.find((s) => s.status === "next");
    expect(next?.code).toBe("switch-to-quadruplet");
    expect(next?.phase).toBe("induction");
    expect(next?.title).toMatch(/quadruplet/);
    expect(next?.title).toMatch(/D-VRd with renal-adjusted lenalidomide/);
    expect(next?.title).toMatch(/renal function is known/);
    expect(next?.citations).toContain("dimopoulos-2016-jco-renal");
    expect(steps.find((s) => s.phase === "maintenance")?.status).toBe("later");
  });
  it("the clinician's next step names the switch, not maintenance", () => {
    const line = nextStepLine(a);
    expect(line).toMatch(/Next step: Switch to a quadruplet/);
    expect(line).not.toMatch(/maintenance/i);
  });
  it("no continued-lenalidomide card during VCd (the switch comes first)", () => {
    expect(ids(a)).not.toContain(CONTINUED);
  });
  it("the handout says the change to a stronger mix is next (EN, ES), not a talk about more treatment", () => {
    const en = page(a);
    expect(en).toContain(`Next: ${EN.switchToQuadrupletStep}.`);
    expect(en).toContain(`Later: ${EN.phase.maintenance.step}.`);
    expect(en).not.toContain(EN.teamDecidesStep);
    expect(en).not.toMatch(/Long-term treatment with lenalidomide/);
    const es = page(a, "es");
    expect(es).toContain(ES.switchToQuadrupletStep);
    expect(es).not.toContain(ES.teamDecidesStep);
  });
  it("on the transplant pathway too, the switch comes before the transplant", () => {
    const te = variant(VCD, (r) => {
      r.patient.age = 64;
      r.transplant.candidate = "yes";
    });
    const steps = te.plan ?? [];
    const at = steps.findIndex((s) => s.code === "switch-to-quadruplet");
    expect(at).toBeGreaterThan(0);
    expect(steps[at]?.status).toBe("next");
    expect(steps.findIndex((s) => s.phase === "transplant")).toBeGreaterThan(at);
  });
  it("control: not after the VCd line (a D-VRd entry given now)", () => {
    const switched = variant(VCD, (r) => {
      r.treatmentHistory[0].end = "2026-11-28";
      r.treatmentHistory.push({
        regimen: "D-VRd",
        drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
        start: "2026-11-29",
        phase: "induction",
      });
    });
    expect(switched.plan?.some((s) => s.code === "switch-to-quadruplet")).toBe(false);
  });
});

describe("c89-M2: early in induction the continuation is the plan's next step, not an option now", () => {
  it("VRd week 3, D-VRd week 7, VRd-lite day 8: no continuation card; the plan's next step stays", () => {
    for (const [name, id] of [
      [VRD, CONTINUED],
      [DVRD, D_RD],
      [VRD_LITE, CONTINUED],
    ] as const) {
      const a = variant(name);
      expect(ids(a), name).not.toContain(id);
      expect(ids(a), name).not.toContain(CONTINUED);
      const next = a.plan?.find((s) => s.status === "next");
      expect(next?.phase, name).toBe("maintenance");
      // Handout and clinician agree: no long-term treatment offered to talk about now; the plan's next step says it.
      const en = page(a);
      expect(en, name).not.toMatch(/Long-term treatment with/);
      expect(en, name).toContain(`Next: ${EN.phase.maintenance.step}.`);
      expect(clinician(a), name).not.toMatch(/Continued lenalidomide after induction without a transplant/);
      expect(clinician(a), name).not.toMatch(
        /D-Rd until progression after 8 cycles of D-VRd, without a transplant/,
      );
    }
  });
  it("VRd and D-VRd: listed from the 8th (last) cycle of 21 days, week 21", () => {
    // VRd from 2026-11-12: day 147 (week 21) is 2027-04-08.
    expect(ids(variant(VRD, on("2027-04-07")))).not.toContain(CONTINUED);
    expect(ids(variant(VRD, on("2027-04-08")))).toContain(CONTINUED);
    // D-VRd from 2026-10-20: day 147 is 2027-03-16.
    expect(ids(variant(DVRD, on("2027-03-15")))).not.toContain(D_RD);
    const late = variant(DVRD, on("2027-03-16"));
    expect(ids(late)).toContain(D_RD);
    expect(late.plan?.find((s) => s.phase === "maintenance")?.optionIds).toContain(D_RD);
    expect(page(late)).toMatch(/Long-term treatment with daratumumab, lenalidomide and dexamethasone/);
  });
  it("VRd-lite: listed from the 9th (last) cycle of 35 days, week 40", () => {
    // VRd-lite from 2026-11-24: day 280 (week 40) is 2027-08-31.
    expect(ids(variant(VRD_LITE, on("2027-08-30")))).not.toContain(CONTINUED);
    expect(ids(variant(VRD_LITE, on("2027-08-31")))).toContain(CONTINUED);
  });
  it("the VRd-lite next step is named by its own row: 9 cycles of 35 days, then consolidation", () => {
    const a = variant(VRD_LITE);
    const next = a.plan?.find((s) => s.status === "next");
    expect(next?.title).toMatch(/^Consolidation after 9 cycles of VRd-lite \(35-day cycles/);
    expect(next?.title).not.toMatch(/VRd x8/);
    expect(next?.citations).toContain("odonnell-2018-bjh");
    expect(next?.verified).toBe(false);
    // Full-dose VRd keeps the continued therapy's title.
    expect(variant(VRD).plan?.find((s) => s.status === "next")?.title).toMatch(/VRd x8 then Rd/);
  });
  it("control: a first line that ended (VRd x 8) still lists continued lenalidomide", () => {
    expect(ids(variant("pathway-vrd-8-cycles-no-transplant"))).toContain(CONTINUED);
  });
});

describe("c89-M3: on VRd-lite the lenalidomide kidney rule names the regimen's 15 mg, the table a ceiling", () => {
  const a = variant(VRD_LITE);
  const kidney = a.alerts.filter((x) => x.id.startsWith("lenalidomide.renal."));
  it("the alert names VRd-lite's dose and the ceiling, cited", () => {
    expect(kidney.map((x) => x.id)).toEqual(["lenalidomide.renal.crcl-50-59.vrd-lite"]);
    const text = flat(kidney[0]?.text ?? "");
    expect(text).toMatch(/VRd-lite/);
    expect(text).toMatch(/15 mg days 1-21/);
    expect(text).toMatch(/ceiling, not a target/);
    expect(text).toMatch(/US PI starting dose 10 mg daily/);
    expect(text).toMatch(/do not raise it/);
    // Never the EU label's full starting dose offered as the dose.
    expect(text).not.toMatch(/EU SmPC starting dose 25 mg daily, no adjustment/);
    expect(kidney[0]?.citations).toEqual(
      expect.arrayContaining(["myeloma-drug-labels", "odonnell-2018-bjh"]),
    );
    expect(kidney[0]?.verified).toBe(false);
  });
  it("the continue card says the same", () => {
    const card = a.options.find((o) => o.id === "pathway.continue-current-line");
    const text = flat(card?.cautions.join(" ") ?? "");
    expect(text).toMatch(/on VRd-lite/);
    expect(text).not.toMatch(/EU SmPC starting dose 25 mg daily, no adjustment/);
  });
  it("the VRd-lite option before treatment says its 15 mg and the ceiling", () => {
    const untreated = variant(VRD_LITE, (r) => {
      r.treatmentHistory = [];
    });
    const card = untreated.options.find((o) => o.id === "ndmm.tie.vrd-lite");
    expect(flat(card?.cautions.join(" ") ?? "")).toMatch(/ceiling, not a target/);
  });
  it("control: on full-dose VRd the label's table is said as before", () => {
    const vrd = variant(VRD_LITE, (r) => {
      r.treatmentHistory[0].regimen = "VRd";
    });
    const ids_ = vrd.alerts.map((x) => x.id);
    expect(ids_).toContain("lenalidomide.renal.crcl-50-59");
    expect(ids_).not.toContain("lenalidomide.renal.crcl-50-59.vrd-lite");
  });
});

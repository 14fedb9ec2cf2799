/** Review c31 (a myeloma specialist, read-only, on engine 0.2.38, re-checking review c30's fixes). The
 * vignettes are the reviewer's records (examples/vignettes/review-c31-*, and review c28-c30's where named).
 * - W1: consolidation after the transplant took the regimen of any first line (D-VMP, DRd, Rd): treatments.md 3c
 *   gives it built into D-VRd / D-VTd, and VRd's separately (unproven).
 * - W2: "continued lenalidomide" was standard after a first line without lenalidomide (VMP, Vd).
 * - W3: VRd-lite, Vd and VMP first lines, candidacy not recorded, ran the transplant plan (treatments.md 4 lists
 *   them for patients not going to transplant).
 * - W4: an open teclistamab entry stayed "now" after a later cilta-cel entry (withhold it; G-CSF).
 * - M1: the transplant cards filled the patient's options (care alongside cut); the clinician's page put the
 *   transplant kinds before supportive care though the warning says they are listed last.
 * - M2: progression recorded on an open CAR-T entry: the next step asked for the infusion day.
 * - M3: Isa-VRd finished, transplant deferred: continued lenalidomide listed above Isa-Rd, both "consider".
 * - M4: first-line induction finished, candidacy not recorded: no warning and no marks.
 * - m3: an earlier line with no end under a later line printed "to ongoing". */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const page = (r: Rec) => renderHandout(assess(r), "text").replace(/\s+/g, " ");
const summary = (r: Rec) => renderClinicianSummary(assess(r), "text").replace(/\s+/g, " ");
const nextStep = (r: Rec) =>
  /Next step: (.*?) - (Plan ahead|Critical|Stage)/.exec(summary(r))?.[1] ?? summary(r);
const option = (r: Rec, id: string) => assess(r).options.find((o) => o.id === id);
const planPhases = (r: Rec) => (assess(r).plan ?? []).map((s) => s.phase);
const UNDECIDED = "pathway.transplant-eligibility-undecided";
const CONSOLIDATION = "ndmm.te.consolidation";
const CONTINUED_LEN = "pathway.no-asct.continued-lenalidomide";

describe("W1: consolidation after the transplant only after an induction the reference gives it for", () => {
  it.each([
    ["review-c29-q-fl-b-dvmp-64-candidacy-absent", "daratumumab, bortezomib, melphalan"],
    ["review-c31-t-dvmp-80-cand-absent", "daratumumab, bortezomib, melphalan"],
    ["review-c30-q-fl-a-drd-64-candidacy-absent", "daratumumab, lenalidomide and dexamethasone"],
    ["review-c31-t-rd-82-cand-absent", "lenalidomide and dexamethasone"],
  ])("%s: no consolidation card, on neither page", (name, drugs) => {
    const r = read(name);
    expect(option(r, CONSOLIDATION)).toBeUndefined();
    expect(summary(r)).not.toContain("Consolidation after ASCT");
    expect(renderPatientSummary(assess(r), "text").replace(/\s+/g, " ")).not.toContain(
      `Extra treatment after the transplant, with ${drugs}`,
    );
  });

  it("controls: on VRd (separate consolidation, unproven) and before any induction the card stays", () => {
    const vrd = read("review-c28-q-fl-g-vrd-79-candidacy-absent");
    const card = option(vrd, CONSOLIDATION);
    expect(card?.regimen?.code).toBe("VRd");
    expect(card?.cautions.join(" ")).toContain("benefit unproven (StaMINA");
    const untreated = read("review-c28-q-fl-g-vrd-79-candidacy-absent");
    untreated.treatmentHistory = [];
    expect(option(untreated, CONSOLIDATION)?.conditionalOn).toBe("transplant-candidate");
  });

  it("D-VRd being given: the card keeps its regimen (the built-in consolidation)", () => {
    const r = read("review-c28-q-fl-g-vrd-79-candidacy-absent");
    r.treatmentHistory[0].regimen = "D-VRd";
    r.treatmentHistory[0].drugs = ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"];
    expect(option(r, CONSOLIDATION)?.regimen?.code).toBe("D-VRd");
  });
});

describe("W2: continued lenalidomide after a first line without lenalidomide is not a standard", () => {
  it("VMP x 9 finished, candidacy no: continued lenalidomide at consider, saying the reference does not cover it", () => {
    const o = option(read("review-c31-t-vmp-78-no-ended-9c"), CONTINUED_LEN);
    expect(o?.strength).toBe("consider");
    expect(o?.cautions.join(" ")).toContain(
      "Starting lenalidomide after a lenalidomide-free induction is not among them: not covered by the reference",
    );
  });

  it("control: VRd x 8 finished, candidacy no: it stays standard", () => {
    const r = read("review-c31-t-vmp-78-no-ended-9c");
    r.treatmentHistory[0].regimen = "VRd";
    r.treatmentHistory[0].drugs = ["bortezomib", "lenalidomide", "dexamethasone"];
    expect(option(r, CONTINUED_LEN)?.strength).toBe("standard");
  });
});

describe("W3: VRd-lite, Vd and VMP first lines follow the path without a transplant", () => {
  it.each([
    ["review-c31-t-vrdlite-76-cand-absent", "VRd-lite"],
    ["review-c31-t-vd-78-cand-absent", "Vd"],
    ["review-c31-t-vmp-78-cand-absent", "VMP"],
  ])(
    "%s: no transplant step; the transplant options last; the warning names the regimen",
    (name, regimen) => {
      const r = read(name);
      const a = assess(r);
      expect(planPhases(r)).not.toContain("transplant");
      expect(planPhases(r)).not.toContain("post-transplant");
      const warning = a.alerts.find((x) => x.id === UNDECIDED)?.text ?? "";
      expect(warning).toContain(
        `The first line given (${regimen}) is a regimen of patients not going to transplant`,
      );
      const firstMarked = a.options.findIndex((o) => o.conditionalOn === "transplant-candidate");
      expect(firstMarked).toBeGreaterThan(a.options.map((o) => o.kind).lastIndexOf("supportive-care"));
    },
  );

  it("spelt RVd-lite (review c32-W2): the same path, and no consolidation card", () => {
    const r = read("review-c31-t-vrdlite-76-cand-absent");
    r.treatmentHistory[0].regimen = "RVd lite";
    expect(planPhases(r)).not.toContain("transplant");
    expect(option(r, CONSOLIDATION)).toBeUndefined();
  });

  it("control: the same drugs recorded as VRd keep the transplant pathway's plan", () => {
    const r = read("review-c31-t-vrdlite-76-cand-absent");
    r.treatmentHistory[0].regimen = "VRd";
    expect(planPhases(r)).toContain("transplant");
  });
});

describe("W4 and m3: an open bispecific entry is not given after a later CAR-T entry", () => {
  it("teclistamab open, then cilta-cel: no withhold or G-CSF class alert; the infusion-day warning stays", () => {
    const r = read("review-c31-t-odd-cart-after-tec-open");
    const ids = assess(r).alerts.map((x) => x.id);
    expect(ids).not.toContain("class.bispecific.anc-below-0.5");
    expect(ids).not.toContain("class.t-cell-redirection.neutropenia-grade-3");
    expect(ids).toContain("alert.car-t.infusion-day-not-recorded");
    expect(summary(r)).toContain(
      "Line 2: Teclistamab, 2026-09-01 to an end not recorded (line 3 began 2026-11-15)",
    );
    // The list order of the record does not matter.
    r.treatmentHistory.reverse();
    expect(assess(r).alerts.map((x) => x.id)).not.toContain("class.bispecific.anc-below-0.5");
  });

  it("control: without the CAR-T entry the count on teclistamab still withholds it", () => {
    const r = read("review-c31-t-odd-cart-after-tec-open");
    r.treatmentHistory = r.treatmentHistory.filter((t: Rec) => t.regimen !== "Cilta-cel");
    expect(assess(r).alerts.map((x) => x.id)).toContain("class.bispecific.anc-below-0.5");
    expect(summary(r)).toContain("Line 2: Teclistamab, 2026-09-01 to ongoing");
  });
});

describe("M1: the transplant options give way on the patient's page; listed last on the clinician's", () => {
  it("frail 80-year-old on DRd, IgG 300 with infections: one transplant line, and the immune globulin shown", () => {
    const r = read("review-c31-t-drd-80-frail-week3-ac-lowigg");
    const p = page(r);
    expect(p).toContain(
      "A stem cell transplant, with your stem cells collected before it and treatment after it (each in the full details) * – may be too strong for you; only if a transplant is right for you",
    );
    expect(p).not.toContain("Collecting and storing your stem cells");
    expect(p).toContain("immune globulin");
    // The full details still list each one.
    const full = renderPatientSummary(assess(r), "text").replace(/\s+/g, " ");
    expect(full).toContain("Collecting and storing your stem cells");
  });

  it("the clinician's options: the transplant candidate's after supportive care, under their own heading", () => {
    const text = summary(read("review-c31-t-drd-80-frail-week3-cand-absent"));
    const support = text.indexOf("Supportive care:");
    const apart = text.indexOf("Only if a transplant candidate (the plan follows the first line given):");
    expect(support).toBeGreaterThan(0);
    expect(apart).toBeGreaterThan(support);
    expect(
      text.indexOf("Autologous stem cell transplant after high-dose melphalan", support),
    ).toBeGreaterThan(apart);
  });

  it("control: on VRd (the transplant pathway's plan) the transplant options keep their kinds' places", () => {
    const text = summary(read("review-c28-q-fl-g-vrd-79-candidacy-absent"));
    expect(text).not.toContain("Only if a transplant candidate (the plan follows");
    expect(text.indexOf("Stem cell transplant:")).toBeLessThan(text.indexOf("Supportive care:"));
  });
});

describe("M2: progression recorded on an open CAR-T entry: the relapse is the next step", () => {
  it.each(["review-c30-s-cart-open-progressed", "review-c31-t-cart-noasct-ld-exposure"])("%s", (name) => {
    const r = read(name);
    expect(assess(r).alerts.map((x) => x.id)).not.toContain("alert.car-t.infusion-day-not-recorded");
    expect(nextStep(r)).toContain("Line 3: therapy for");
    expect(page(r)).not.toContain("do not drive");
  });

  it("control: without the progression the infusion day is asked for first", () => {
    const r = read("review-c30-s-cart-open-progressed");
    for (const t of r.treatmentHistory) {
      delete t.progressedOn;
      delete t.progressionDate;
      if (t.stopReason === "progression") delete t.stopReason;
    }
    expect(assess(r).alerts.map((x) => x.id)).toContain("alert.car-t.infusion-day-not-recorded");
  });
});

describe("M3: after Isa-VRd, transplant deferred, Isa-Rd is listed above continued lenalidomide", () => {
  it("both at consider: Isa-Rd first", () => {
    const ids = assess(read("review-c31-t-isavrd-80-deferred-ended-8c-dated")).options.map((o) => o.id);
    expect(ids.indexOf("pathway.no-asct.isa-rd-after-isa-vrd")).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf("pathway.no-asct.isa-rd-after-isa-vrd")).toBeLessThan(ids.indexOf(CONTINUED_LEN));
  });
});

describe("M4: first-line induction finished, candidacy not recorded: asked for, options marked", () => {
  it("D-VRd x 8 ended: the warning, D-Rd marked, the transplant step holds its options", () => {
    const r = read("review-c31-t-dvrd-80-absent-ended-8c-dated");
    const a = assess(r);
    expect(a.alerts.map((x) => x.id)).toContain(UNDECIDED);
    expect(option(r, "pathway.no-asct.d-rd-after-d-vrd")?.conditionalOn).toBe("not-transplant-candidate");
    expect(option(r, "ndmm.te.asct")?.conditionalOn).toBe("transplant-candidate");
    const step = (a.plan ?? []).find((s) => s.phase === "transplant");
    expect(step?.optionIds).toContain("ndmm.te.asct");
    expect(nextStep(r)).toContain("record the transplant decision (transplant.candidate)");
  });

  it("controls: candidacy no recorded, or maintenance given after the induction: no warning", () => {
    const no = read("review-c31-t-dvrd-80-absent-ended-8c-dated");
    no.transplant = { candidate: "no" };
    expect(assess(no).alerts.map((x) => x.id)).not.toContain(UNDECIDED);
    expect(option(no, "pathway.no-asct.d-rd-after-d-vrd")?.strength).toBe("standard");
    const maint = read("review-c31-t-dvrd-80-absent-ended-8c-dated");
    maint.treatmentHistory.push({
      regimen: "D-R",
      drugs: ["daratumumab", "lenalidomide"],
      start: "2026-10-21",
      end: "2026-11-20",
      phase: "maintenance",
    });
    expect(assess(maint).alerts.map((x) => x.id)).not.toContain(UNDECIDED);
  });
});

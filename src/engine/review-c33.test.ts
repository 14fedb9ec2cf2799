/** Review c33 (a myeloma specialist, read-only, on engine 0.2.40's first fix build, re-checking review c32's
 * fixes), the findings left open at stop 35. The vignettes are records of the project's review sets
 * (examples/vignettes/review-c3x-*), named where used.
 * - M3: a first line ended with its outcome not recorded read "anti-CD38 refractory: no" while its
 *   lenalidomide refractoriness was "not known"; Teclistamab + daratumumab (MajesTEC-3 excluded anti-CD38-
 *   refractory disease) was "preferred" under "if progressed". Refractoriness is progression on the drug or
 *   within 60 days of its last dose (criteria-and-scores.md 9.2, rajkumar-2011-blood); one line is a planned
 *   sequence (9.1, rajkumar-2015-blood-lines), so the line's progression, recorded on a later entry of it, is
 *   the one that reads each earlier entry's 60 days.
 * - W3: VRd finished, then Rd planned as its continuation (phase maintenance), no transplant recorded, candidacy
 *   not recorded: the plan read "done: transplant" and "done: recovery", and lenalidomide's two kidney tables
 *   (maintenance after ASCT, and the starting dose for Rd continued without one) were both shown.
 * - W2: daratumumab's blood-bank and hepatitis B items stopped with its entry, though the antibody screen stays
 *   panreactive ~2-6 months after the last dose (treatments.md 7b, oostendorp-2015-transfusion) and the label
 *   asks for HBV monitoring at least 6 months after it ends (daratumumab-hbv-reactivation-2019).
 * - M4: on the one-page handout of a patient on an anti-CD38 antibody, immune globulin (kept since c32-M3)
 *   displaced the hepatitis B test the record also calls for (serology not recorded). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { WORDS } from "../render/words/index.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const summary = (r: Rec) => renderClinicianSummary(assess(r), "text").replace(/\s+/g, " ");
const ids = (r: Rec) => assess(r).options.map((o) => o.id);
const fields = (r: Rec) => assess(r).missingData.map((m) => m.field);

describe("M3: anti-CD38 refractoriness is not known when the outcome is not", () => {
  // D-VTd (daratumumab) finished 6 weeks before asOf, values undated, no outcome recorded.
  const unknown = "review-c32-u-m4-d-vtd-62-absent-ended";

  it("reads 'not known', as lenalidomide's does, and the clinician's screen says so", () => {
    const a = assess(read(unknown));
    expect(a.linesOfTherapy.antiCd38Refractory).toBeNull();
    expect(summary(read(unknown))).toContain("Refractory or not, not known: anti-CD38 antibody");
    expect(fields(read(unknown))).toContain("treatmentHistory.0.progressedOn");
  });

  it("under 'if progressed', 42 days after daratumumab: refractory to it (review c34-F3), no Tec-Dara", () => {
    // Any progression by asOf is within 60 days of the last dose (criteria-and-scores.md 9.2).
    const a = assess(read(unknown));
    expect(a.linesOfTherapy.antiCd38RefractoryIfProgressed).toBe(true);
    const listed = a.options.filter((o) => o.conditionalOn === "line-progressed").map((o) => o.id);
    for (const id of ["rr.tec-dara", "rr.dkd", "rr.isa-kd", "rr.dvd", "rr.drd"])
      expect(listed).not.toContain(id);
    expect(listed).toContain("rr.kd");
    expect(summary(read(unknown))).toContain(
      "if the line has progressed, refractory to anti-CD38 antibody (the last dose within 60 days of today)",
    );
  });

  it("more than 60 days after daratumumab, the outcome open: Tec-Dara and DKd shown naming the unknown, Kd beside them", () => {
    // Review c34-F2's record: D-VRd ended 2026-05-01, the M-protein rose 35 days after it, then fell after ASCT.
    const r = read("review-c34-ref-values-rise-then-fall-after-asct");
    const a = assess(r);
    expect(a.linesOfTherapy.antiCd38Refractory).toBeNull();
    expect(a.linesOfTherapy.antiCd38RefractoryIfProgressed).toBeUndefined();
    const tec = a.options.find((o) => o.id === "rr.tec-dara");
    expect(tec?.conditionalOn).toBe("line-progressed");
    expect(tec?.because).toContain("Not known: anti-CD38 antibody refractory");
    expect(tec?.cautions[0]).toMatch(/^Not known: anti-CD38 antibody refractory/);
    // From 0.2.73 the entry's own field (review c57-m5), not the generic "treatmentHistory.progressedOn".
    expect(tec?.missing?.map((m) => m.field)).toContain("treatmentHistory.0.progressedOn");
    for (const id of ["rr.dkd", "rr.kd"]) expect(ids(r)).toContain(id);
  });

  it("a line's progression recorded on its transplant, 55 days after D-VRd ended: refractory to daratumumab and lenalidomide", () => {
    // D-VRd ended 2026-05-01; the planned ASCT's entry records progression 2026-06-25; PVd then progressed.
    const r = read("review-c33-m3-dvrd-asct-early-progression-58");
    const lines = assess(r).linesOfTherapy;
    expect(lines.antiCd38Refractory).toBe(true);
    expect(lines.lenalidomideRefractory).toBe(true);
    expect(lines.refractoryDrugs).toEqual(expect.arrayContaining(["daratumumab", "lenalidomide"]));
    const listed = ids(r);
    // MajesTEC-3 excluded anti-CD38-refractory disease; DRd and KRd need lenalidomide-sensitive disease.
    for (const id of ["rr.tec-dara", "rr.dkd", "rr.isa-kd", "rr.dvd", "rr.drd", "rr.krd"])
      expect(listed).not.toContain(id);
    for (const id of ["rr.kd", "rr.kpd"]) expect(listed).toContain(id);
    expect(fields(r)).not.toContain("treatmentHistory.0.progressedOn");
  });

  it("the same line progressed on maintenance 3 years after D-VRd ended: not refractory to daratumumab", () => {
    // D-VRd 2023, ASCT, lenalidomide maintenance progressed 2026-03-20, then cilta-cel progressed.
    const r = read("review-c30-s-cart-open-progressed");
    const lines = assess(r).linesOfTherapy;
    expect(lines.antiCd38Refractory).toBe(false);
    expect(lines.lenalidomideRefractory).toBe(true);
    expect(fields(r)).not.toContain("treatmentHistory.0.progressedOn");
    const dkd = assess(r).options.find((o) => o.id === "rr.dkd");
    expect(dkd?.because.join(" ")).not.toContain("Not known");
  });

  it("a finished induction followed by values with no progression for more than 60 days: not refractory", () => {
    // D-VRd ended 2026-08-28, ASCT in October; serum M-protein 0 g/dL on 2026-11-25 (89 days after).
    const r = read("review-c14-post-asct-del17p-progression-not-recorded");
    const lines = assess(r).linesOfTherapy;
    expect(lines.lenalidomideRefractory).toBe(false);
    expect(lines.antiCd38Refractory).toBe(false);
    expect(fields(r)).not.toContain("treatmentHistory.0.progressedOn");
  });

  it("control: the transplant 17 days and the last values 55 days after the end prove nothing (the 60 days are open)", () => {
    const r = read("review-c14-post-asct-del17p-progression-not-recorded");
    r.treatmentHistory[0].end = "2026-10-01";
    const lines = assess(r).linesOfTherapy;
    expect(lines.lenalidomideRefractory).toBeNull();
    expect(lines.antiCd38Refractory).toBeNull();
    expect(fields(r)).toContain("treatmentHistory.0.progressedOn");
  });
});

describe("W3: a first line gone on to its continuation with no transplant in it", () => {
  // VRd 2026-01 to 2026-08, Rd from 2026-09 planned with it (phase maintenance), 70, CrCl about 55 mL/min.
  const name = "review-c33-w3-vrd-then-rd-planned-70-absent";
  const planOf = (r: Rec) => (assess(r).plan ?? []).map((s) => `${s.phase}:${s.status}`);

  it("no transplant or recovery step marked done, and the candidacy still asked for (review c34-F6)", () => {
    const plan = planOf(read(name));
    expect(plan).toEqual(["induction:done", "maintenance:current", "relapsed:if-progressed"]);
    expect(fields(read(name))).toContain("transplant.candidate");
  });

  it("one kidney table for lenalidomide: the starting dose for Rd continued without a transplant", () => {
    const ids = assess(read(name)).alerts.map((a) => a.id);
    expect(ids).toContain("lenalidomide.renal.crcl-50-59.continued-no-asct");
    expect(ids).not.toContain("lenalidomide.renal.maintenance");
  });

  it("control: the same line with an ASCT recorded keeps the transplant path and the maintenance table", () => {
    const r = read(name);
    r.treatmentHistory.splice(1, 0, {
      regimen: "ASCT",
      drugs: ["melphalan"],
      asct: true,
      phase: "transplant",
      plannedWithPrevious: true,
      start: "2026-08-20",
      end: "2026-08-21",
    });
    r.treatmentHistory[0].end = "2026-07-20";
    r.treatmentHistory[2] = { ...r.treatmentHistory[2], regimen: "Lenalidomide", drugs: ["lenalidomide"] };
    expect(planOf(r)).toContain("transplant:done");
    const ids = assess(r).alerts.map((a) => a.id);
    expect(ids).toContain("lenalidomide.renal.maintenance");
    expect(ids).not.toContain("lenalidomide.renal.crcl-50-59.continued-no-asct");
  });
});

describe("W2: what outlasts an anti-CD38 antibody is said after it stops", () => {
  // DRd with no end, progressed 2026-08-01, then Kd from 2026-09-01 (91 days before asOf); HBV not recorded.
  const name = "review-c32-u-w4-drd-open-pd-then-kd-74";
  const BLOOD_BANK = "alert.anti-cd38.blood-bank-after-last-dose";
  const HBV_UNKNOWN = "alert.daratumumab.hbv-serology-unknown-after-last-dose";
  const HBV_POSITIVE = "alert.daratumumab.hbv-after-last-dose";
  const alerts = (r: Rec) => assess(r).alerts;

  it("91 days after daratumumab (counted from the line after it): the blood bank, and the HBV test", () => {
    const r = read(name);
    const bank = alerts(r).find((a) => a.id === BLOOD_BANK);
    expect(bank?.text).toContain("~2-6 months after the last dose");
    expect(bank?.text).toContain(": 91 days");
    expect(alerts(r).map((a) => a.id)).toContain(HBV_UNKNOWN);
    expect(ids(r)).toContain("sc.infection.hbv-screening");
    // Not on it now: the on-drug items stay off (review c32-W1).
    expect(alerts(r).map((a) => a.id)).not.toContain("anti-cd38.blood-bank");
  });

  it("positive HBV serology: monitoring for 6 months after daratumumab, no screening asked", () => {
    const r = read(name);
    r.labs.hepatitisBSurfaceAntigen = "negative";
    r.labs.hepatitisBCoreAntibody = "positive";
    const got = alerts(r).map((a) => a.id);
    expect(got).toContain(HBV_POSITIVE);
    expect(got).not.toContain(HBV_UNKNOWN);
    expect(ids(r)).not.toContain("sc.infection.hbv-screening");
  });

  it("control: more than 6 months after the last dose, and while it is given, none of the three", () => {
    const late = read(name);
    late.treatmentHistory[0].end = "2026-05-01";
    late.treatmentHistory[1].start = "2026-05-20";
    const got = alerts(late).map((a) => a.id);
    for (const id of [BLOOD_BANK, HBV_UNKNOWN, HBV_POSITIVE]) expect(got).not.toContain(id);
    const on = read(name);
    on.treatmentHistory = [on.treatmentHistory[0]];
    delete on.treatmentHistory[0].progressedOn;
    delete on.treatmentHistory[0].progressionDate;
    delete on.treatmentHistory[0].stopReason;
    const onIds = alerts(on).map((a) => a.id);
    expect(onIds).toContain("anti-cd38.blood-bank");
    expect(onIds).not.toContain(BLOOD_BANK);
  });
});

describe("M4: the care the record calls for keeps its place on the one-page handout", () => {
  // 80, on D-VRd, IgG 300 mg/dL with recurrent infections, on a full-dose blood thinner, HBV serology not recorded.
  const name = "review-c33-m4-dvrd-80-lowigg-hbv-unknown";
  const care = (r: Rec, lang: "en" | "es") => {
    const p = renderHandout(assess(r), "text", WORDS[lang]).replace(/\s+/g, " ");
    return p.slice(p.indexOf(lang === "en" ? "Care alongside treatment" : "Cuidados junto al tratamiento"));
  };

  it("the blood thinner card, the hepatitis B test and immune globulin are all on the page", () => {
    const en = care(read(name), "en");
    expect(en).toContain("The blood thinner you take now");
    expect(en).toContain("A blood test for hepatitis B");
    expect(en).toContain("immune globulin");
    expect(care(read(name), "es")).toContain("Un análisis de sangre para la hepatitis B");
  });

  it("control: serology recorded negative, no test asked, immune globulin still there", () => {
    const r = read(name);
    r.labs.hepatitisBSurfaceAntigen = "negative";
    r.labs.hepatitisBCoreAntibody = "negative";
    const en = care(r, "en");
    expect(en).not.toContain("A blood test for hepatitis B");
    expect(en).toContain("immune globulin");
  });
});

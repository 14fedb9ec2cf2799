/** Review c34 (a myeloma specialist, read-only, on engine 0.2.41 against 0.2.40), and a switch of induction for
 * toxicity (review c33 MINOR). The vignettes are the reviewer's probe records (examples/vignettes/review-c34-*).
 * - F1 (UNSAFE, a regression of 0.2.41): an autograft recorded without `asct: true` (melphalan in the transplant
 *   phase) read as no transplant, and lenalidomide maintenance after it took the starting-dose table (25 mg).
 * - F2 (WRONG, regression): a later value with no progression overrode a rise within 60 days of the last dose.
 * - F3 (WRONG): under "if the line has progressed", a drug last given within 60 days of asOf is refractory
 *   (criteria-and-scores.md 9.2), so Tec-Dara (MajesTEC-3 excluded anti-CD38-refractory disease) and the
 *   anti-CD38 regimens are not offered there.
 * - F4 (WRONG): the blood-bank item after an anti-CD38 antibody held for multiple myeloma only (treatments.md 7b
 *   is a drug effect: AL amyloidosis after D-VCd, smouldering myeloma after daratumumab too).
 * - F5, F6: a first line on maintenance with no transplant: no "done: transplant" whatever the candidacy, and the
 *   candidacy not recorded still asked for.
 * - The switch: D-VRd stopped for toxicity, KRd begun not marked planned: a new line by the count
 *   (criteria-and-scores.md 9.1 (1)) but no relapse; the transplant of a candidate is still ahead.
 * Review c35 (the re-check of 0.2.42; records examples/vignettes/review-c35-*):
 * - G1 (WRONG, a regression of the F1 fix): melphalan in a combination (MPR, VMP) read as a possible transplant.
 * - G2 (WRONG, regression): a switch after a rise of the M-protein (on the regimen, or in the gap after it) read
 *   as "no relapse".
 * - G3 (WRONG): the 60 days of "if progressed" counted to asOf, not to the possible progression measured.
 * - G5 (MISLEADING): under "if progressed" only lenalidomide and the anti-CD38 antibodies were read as refractory:
 *   pomalidomide regimens followed Isa-Pd unremarked, Kd and KPd followed Isa-KRd.
 * Review c36 (the re-check of 0.2.44; records examples/vignettes/review-c36-*):
 * - H1 (WRONG): a light-chain myeloma whose dFLC rose on VRd before its toxicity stop read "no relapse".
 * - H3 (WRONG): a 9-month oral melphalan course (melphalan alone, induction phase) read as a transplant.
 * - H2 (WRONG): "if progressed" read only the last line's drugs (DPd stopped for toxicity, then 20 days of Kd). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const alertIds = (r: Rec) => assess(r).alerts.map((a) => a.id);
const planOf = (r: Rec) => (assess(r).plan ?? []).map((s) => `${s.phase}:${s.status}`);
const kidney = (r: Rec) =>
  assess(r)
    .options.find((o) => o.id === "pathway.continue-current-line")
    ?.cautions.filter((c) => c.startsWith("Lenalidomide, kidney function")) ?? [];

describe("F1: an autograft recorded without its flag is not read as no transplant", () => {
  // VRd, then "Mel200 autograft" (melphalan, phase transplant, no asct flag), then lenalidomide; CrCl about 40.
  const name = "review-c34-m3-asct-by-phase-only-r-maint-absent-crcl-40";

  it("lenalidomide's maintenance table (5 mg at CrCl 30-60), never the starting dose for Rd without a transplant", () => {
    const words = kidney(read(name)).join(" ");
    expect(words).toContain("maintenance after ASCT");
    expect(words).not.toContain("continued without a transplant");
    expect(alertIds(read(name))).toContain("lenalidomide.renal.maintenance");
  });

  it("the plan keeps the transplant done", () => {
    expect(planOf(read(name))).toContain("transplant:done");
  });
});

describe("F5, F6: the first line on maintenance with no transplant in it", () => {
  it("candidacy 'yes', VRd then Rd, no transplant: no step marked done that was not given", () => {
    const r = read("review-c34-m3-vrd-rd-66-yes-deferred-crcl-40");
    expect(planOf(r)).toEqual(["induction:done", "maintenance:current", "relapsed:if-progressed"]);
    expect(alertIds(r)).toContain("lenalidomide.renal.crcl-30-49.continued-no-asct");
  });

  it("fit 58-year-old, D-VRd then D-R, candidacy not recorded: asked for; no transplant done", () => {
    const r = read("review-c34-m3-58-fit-dvrd-dr-no-asct-absent");
    expect(assess(r).missingData.map((m) => m.field)).toContain("transplant.candidate");
    expect(planOf(r)).not.toContain("transplant:done");
  });
});

describe("F2: a rise within 60 days of the last dose is not overruled by a later fall", () => {
  it("D-VRd ended, M-protein up 35 days later, down after the ASCT: refractoriness not known", () => {
    const r = read("review-c34-ref-values-rise-then-fall-after-asct");
    const lines = assess(r).linesOfTherapy;
    expect(lines.lenalidomideRefractory).toBeNull();
    expect(lines.antiCd38Refractory).toBeNull();
    expect(assess(r).missingData.map((m) => m.field)).toContain("treatmentHistory.0.progressedOn");
  });

  it("control: with no rise after the end, the values more than 60 days later settle it (not refractory)", () => {
    const r = read("review-c34-ref-values-rise-then-fall-after-asct");
    // Only the values before the end (0.4 g/dL on 2026-04-25) and lower ones after the ASCT.
    r.series.serumMProtein = r.series.serumMProtein
      .filter((p: { date: string }) => p.date <= "2026-05-01" || p.date >= "2026-08-01")
      .map((p: { date: string; value: number }) => (p.date >= "2026-08-01" ? { ...p, value: 0.3 } : p));
    r.labs.serumMProtein.value = 0.3;
    expect(assess(r).linesOfTherapy.lenalidomideRefractory).toBe(false);
  });
});

describe("F3: under 'if the line has progressed', a drug last given within 60 days is refractory", () => {
  // Isa-Pd stopped by the patient's choice 30 days before asOf, the M-protein rising, unconfirmed.
  const name = "review-c34-cd38-isapd-stopped-choice-d30-rising";

  it("no Tec-Dara, no anti-CD38 regimen, not the Isa-Pd just stopped; the anti-CD38-refractory options instead", () => {
    const progressed = assess(read(name))
      .options.filter((o) => o.conditionalOn === "line-progressed")
      .map((o) => o.id);
    expect(progressed.length).toBeGreaterThan(0);
    for (const id of ["rr.tec-dara", "rr.dkd", "rr.isa-kd", "rr.dpd", "rr.isa-pd", "rr.dvd"])
      expect(progressed).not.toContain(id);
    expect(progressed).toContain("rr.kd");
  });

  it("the clinician's screen says what a progression would settle", () => {
    const text = renderClinicianSummary(assess(read(name)), "text").replace(/\s+/g, " ");
    expect(text).toContain("if the line has progressed, refractory to");
  });
});

describe("F4: the blood bank after an anti-CD38 antibody, whatever the diagnosis", () => {
  it("AL amyloidosis, D-VCd completed 90 days ago", () => {
    const ids = alertIds(read("review-c34-cd38stop-al-dvcd-completed-d90-hbv-unknown"));
    expect(ids).toContain("alert.anti-cd38.blood-bank-after-last-dose");
    expect(ids).toContain("alert.daratumumab.hbv-serology-unknown-after-last-dose");
  });

  it("smouldering myeloma, daratumumab (AQUILA) completed 60 days ago", () => {
    expect(alertIds(read("review-c34-cd38stop-smm-aquila-completed-d60"))).toContain(
      "alert.anti-cd38.blood-bank-after-last-dose",
    );
  });
});

describe("a first-line regimen stopped for toxicity, another begun not marked planned", () => {
  // D-VRd 2026-06 to 2026-08 stopped for toxicity, KRd from 2026-09-01, transplant candidate.
  const name = "review-c33-m-dvrd-tox-switch-krd-unplanned-58-yes";

  it("a new line by the count, not a relapse: induction, the transplant next", () => {
    const a = assess(read(name));
    expect(a.phase?.code).toBe("induction");
    expect(a.phase?.priorLines).toBe(1);
    expect(a.phase?.reason).toContain("in place of a regimen stopped for toxicity");
    expect(planOf(read(name))).toEqual([
      "induction:current",
      "transplant:next",
      "post-transplant:later",
      "maintenance:later",
      "relapsed:if-progressed",
    ]);
    expect(a.options.map((o) => o.id)).toContain("ndmm.te.asct");
  });

  it("control: the stop reason not recorded is no toxicity: read as before (therapy for relapsed disease)", () => {
    const r = read(name);
    delete r.treatmentHistory[0].stopReason;
    expect(assess(r).phase?.code).toBe("relapsed");
  });
});

describe("review c35", () => {
  it("G1: MPR then lenalidomide, no transplant: no transplant done, the candidacy asked, the starting-dose table", () => {
    const r = read("review-c35-c1-mpr-r-maint-72-absent-crcl40");
    expect(planOf(r)).not.toContain("transplant:done");
    expect(assess(r).missingData.map((m) => m.field)).toContain("transplant.candidate");
    expect(alertIds(r)).not.toContain("lenalidomide.renal.maintenance");
  });

  it("G2: VRd stopped for toxicity after the M-protein rose on it, then KRd: a relapse, no transplant step", () => {
    // Review c38-K4, c39-L1: the nadir (1.0 g/dL) measured once, the rise is confirmed by the 2006/2011 wording
    // only: still a relapse, the phase names the other reading (no alert: the common case of sparse values).
    const r = read("review-c35-c6-60-vrd-tox-values-pd-unrecorded-krd");
    const a = assess(r);
    expect(a.phase?.code).toBe("relapsed");
    expect(a.options.map((o) => o.id)).not.toContain("ndmm.te.asct");
    expect(a.phase?.reason).toContain(
      "the 2016 wording, from the lowest confirmed value, would wait for a further rise",
    );
    expect(a.alerts.map((x) => x.id)).not.toContain("pathway.rise-before-switch");
    r.series.serumMProtein.splice(2, 0, { date: "2026-04-22", value: 1.0, unit: "g/dL" });
    expect(assess(r).phase?.code).toBe("relapsed");
    expect(assess(r).phase?.reason).not.toContain("would wait for a further rise");
  });

  it("G2: VRd stopped by the patient, the M-protein rising in the gap, then DRd 18 months later: a relapse", () => {
    expect(assess(read("review-c35-c6-74-choice-stop-gap-values-rose-drd")).phase?.code).toBe("relapsed");
  });

  it("G5: Isa-Pd stopped 30 days before: under 'if progressed' pomalidomide is refractory too, and said on PVd", () => {
    const a = assess(read("review-c34-cd38-isapd-stopped-choice-d30-rising"));
    expect(a.linesOfTherapy.refractoryDrugsIfProgressed).toEqual(["isatuximab", "pomalidomide"]);
    const pvd = a.options.find((o) => o.id === "rr.pvd");
    expect(pvd?.conditionalOn).toBe("line-progressed");
    expect(pvd?.cautions.join(" ")).toContain(
      "If the line has progressed, the disease would be refractory to pomalidomide",
    );
  });

  it("G5: Isa-KRd stopped 30 days before: under 'if progressed' no Kd or KPd (carfilzomib refractory)", () => {
    const r = read("review-c34-cd38-isapd-stopped-choice-d30-rising");
    const last = r.treatmentHistory[r.treatmentHistory.length - 1];
    last.regimen = "Isa-KRd";
    last.drugs = ["isatuximab", "carfilzomib", "lenalidomide", "dexamethasone"];
    const progressed = assess(r)
      .options.filter((o) => o.conditionalOn === "line-progressed")
      .map((o) => o.id);
    expect(progressed).toContain("rr.pvd");
    for (const id of ["rr.kd", "rr.kpd", "rr.dkd", "rr.isa-kd"]) expect(progressed).not.toContain(id);
  });

  it("G3: Isa-Pd ended 61 days before asOf, a rise on day 59: under 'if progressed' refractory to isatuximab", () => {
    const a = assess(read("review-c35-c3-isapd-tox-stop-d61-rise-now"));
    expect(a.linesOfTherapy.antiCd38RefractoryIfProgressed).toBe(true);
    const progressed = a.options.filter((o) => o.conditionalOn === "line-progressed").map((o) => o.id);
    for (const id of ["rr.tec-dara", "rr.isa-pd", "rr.dkd", "rr.dpd"]) expect(progressed).not.toContain(id);
  });
});

describe("review c36", () => {
  it("H1: light-chain myeloma, the dFLC up from 110 to 590 mg/L on VRd before its toxicity stop, then KRd: a relapse", () => {
    const r = read("review-c36-g2-lcmm-vrd-tox-flc-pd-before-krd-60-yes");
    expect(assess(r).phase?.code).toBe("relapsed");
    expect(assess(r).options.map((o) => o.id)).not.toContain("ndmm.te.asct");
  });

  it("H2: DPd stopped, 20 days of Kd, a possible progression 50 days after daratumumab: no Tec-Dara or DPd under 'if progressed'", () => {
    const a = assess(read("review-c36-g3-dpd-tox-kd-choice-within60-rise-66"));
    expect(a.linesOfTherapy.refractoryDrugsIfProgressed).toEqual(
      expect.arrayContaining(["daratumumab", "pomalidomide"]),
    );
    const progressed = a.options.filter((o) => o.conditionalOn === "line-progressed").map((o) => o.id);
    expect(progressed.length).toBeGreaterThan(0);
    for (const id of ["rr.tec-dara", "rr.dpd", "rr.dkd", "rr.kd"]) expect(progressed).not.toContain(id);
  });

  it("H3: oral melphalan alone for 9 months (induction phase), then lenalidomide: no transplant done", () => {
    const r = read("review-c36-g1-oral-mel-alone-9mo-induction-r-78-absent-crcl45");
    expect(planOf(r)).not.toContain("transplant:done");
    expect(alertIds(r)).toContain("lenalidomide.renal.crcl-30-49.continued-no-asct");
    expect(alertIds(r)).not.toContain("lenalidomide.renal.maintenance");
  });
});

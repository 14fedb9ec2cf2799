/** Review c36's open findings (a myeloma specialist, read-only, on engine 0.2.44), taken at stop 37. The vignettes
 * are the reviewer's probe records (examples/vignettes/review-c37-*).
 * - H4 (MISLEADING): anti-CD38 refractoriness is a class property (criteria-and-scores.md 9.3, MAMMOTH): after
 *   Isa-Pd progressed, iberdomide + daratumumab + dexamethasone carried no refractory caution.
 * - H5 (MISLEADING): DKd and Isa-Kd are positioned for PI-sensitive disease (treatments.md 5a) and stayed
 *   "standard" when the disease was, or would be if progressed, refractory to carfilzomib.
 * - H6 (MISLEADING): a rise measured before a switch for toxicity was discarded when the value on the new
 *   regimen was lower.
 * - H7 (MISLEADING): a relapse read from the values did not say so in the phase, nor reach refractoriness
 *   (a confirmed rise on VRd before the switch is a progression on lenalidomide: refractory, IMWG 2011).
 * - H8 (MINOR): thalidomide maintenance titled "Maintenance: lenalidomide"; and review c35-G7 (MINOR): Rd continued
 *   without a transplant, candidacy "yes", titled "Maintenance: lenalidomide" with no word of the transplant.
 * - H10 (MINOR): "is refractory" under "if progressed"; a transplant's melphalan and a CAR-T product listed as
 *   drugs a progression would make refractory.
 * Review c37 (the re-check of 0.2.47) J1-J13 and review c38 (of 0.2.48) K1-K5: the switch reads a relapse only from
 * a progression confirmed before the next line (from the lowest value, 2006/2011); otherwise the first-line pathway
 * goes on and pathway.rise-before-switch says why (a rise the record contradicts: its own alert). The phase names
 * the 2016 reading when it would wait for a further rise (review c39-L1: not an alert). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (r: Rec, id: string) => assess(r).options.find((o) => o.id === id);

describe("review c36 H4: anti-CD38 refractoriness read for the class", () => {
  const r = read("review-c37-h4-isapd-progressed-iber-dara-68");

  it("after Isa-Pd progressed, the daratumumab trial regimen says the disease is refractory to the class", () => {
    const a = assess(r);
    expect(a.linesOfTherapy?.refractoryDrugs).toContain("isatuximab");
    expect(a.linesOfTherapy?.refractoryDrugs).not.toContain("daratumumab");
    const o = a.options.find((x) => x.id === "rr.iberdomide-dara-dex");
    expect(o).toBeDefined();
    const caution = o?.cautions.find((c) => c.includes("refractory to isatuximab"));
    expect(caution).toContain("and so to daratumumab");
    expect(caution).toContain("read for the class");
    expect(o?.citations).toContain("gandhi-2019-leukemia");
  });

  it("the patient's page names the kind of medicine that stopped working, in English and Spanish", () => {
    const en = renderHandout(assess(r), "text");
    expect(en).toMatch(/it has daratumumab, a\s+medicine like\s+isatuximab, which stopped working for you/);
    const es = renderHandout(assess(r), "text", ES);
    expect(es).toMatch(/tiene\s+el\s+daratumumab, un medicamento como el isatuximab, que ya no le funciona/);
  });

  it("a daratumumab-refractory record keeps its own words (no class clause)", () => {
    const d = structuredClone(r);
    const isaPd = d.treatmentHistory[2];
    isaPd.regimen = "DPd";
    isaPd.drugs = ["daratumumab", "pomalidomide", "dexamethasone"];
    const o = option(d, "rr.iberdomide-dara-dex");
    const caution = o?.cautions.find((c) => c.includes("refractory to daratumumab"));
    expect(caution).toBeDefined();
    expect(caution).not.toContain("read for the class");
  });
});

describe("review c36 H5: DKd and Isa-Kd need PI-sensitive disease", () => {
  const r = read("review-c37-h5-krd-ended-d30-rise-dkd-66");

  it("KRd ended 30 days ago, outcome open: under 'if progressed' DKd and Isa-Kd are 'consider', naming carfilzomib", () => {
    const a = assess(r);
    expect(a.linesOfTherapy?.refractoryDrugsIfProgressed).toContain("carfilzomib");
    for (const id of ["rr.dkd", "rr.isa-kd"]) {
      const o = a.options.find((x) => x.id === id);
      expect(o?.strength, id).toBe("consider");
      expect(o?.cautions.some((c) => c.includes("positions this regimen for PI-sensitive disease"))).toBe(
        true,
      );
    }
    // The anti-CD38 regimens without carfilzomib keep their strength.
    expect(a.options.find((x) => x.id === "rr.dpd")?.strength).toBe("standard");
  });

  it("KRd progressed on therapy (carfilzomib-refractory now): DKd 'consider'; not refractory: 'standard'", () => {
    const d = structuredClone(r);
    const krd = d.treatmentHistory.find((t: Rec) => t.regimen === "KRd");
    krd.progressedOn = true;
    krd.progressionDate = krd.end;
    expect(option(d, "rr.dkd")?.strength).toBe("consider");
    krd.progressedOn = false;
    delete krd.progressionDate;
    expect(option(d, "rr.dkd")?.strength).not.toBe("consider");
  });
});

describe("review c36 H6, H7: a rise before a switch for toxicity", () => {
  it("H6 then J1: one value up five days before KRd, not confirmed before it: no relapse read, the transplant kept, an alert asks", () => {
    const a = assess(read("review-c37-h6-vrd-tox-rise-at-switch-krd-falls-60"));
    expect(a.phase?.code).toBe("induction");
    expect((a.plan ?? []).some((s) => s.phase === "transplant")).toBe(true);
    const alert = a.alerts.find((x) => x.id === "pathway.rise-before-switch");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toContain("rose from 0.4 g/dL to 1.2 g/dL on 2026-05-15");
    expect(alert?.text).toContain("not confirmed before line 2 began on 2026-05-20");
    expect(alert?.text).toContain("treatmentHistory.0.progressedOn");
  });

  it("J1: the high value drawn on KRd's first day and lower after: first line, transplant ahead, the alert", () => {
    const a = assess(read("review-c37-j1-vrd-tox-single-rise-krd-day1-60"));
    expect(a.phase?.code).toBe("induction");
    expect(a.options.some((o) => o.id === "ndmm.te.asct")).toBe(true);
    expect(a.alerts.map((x) => x.id)).toContain("pathway.rise-before-switch");
  });

  it("H6 control: the same record with the rise below the threshold stays the first line, no relapse", () => {
    const r = read("review-c37-h6-vrd-tox-rise-at-switch-krd-falls-60");
    const pre = r.series.serumMProtein.find((p: Rec) => p.date === "2026-05-15");
    pre.value = 0.8; // +0.4 g/dL from 0.4: under the 0.5 g/dL absolute rise (IMWG)
    const a = assess(r);
    expect(a.phase?.code).toBe("induction");
    expect(a.phase?.reason).toContain("no relapse");
  });

  it("H7: a confirmed rise on VRd: the phase names the values it was read from", () => {
    const a = assess(read("review-c37-h7-vrd-tox-confirmed-rise-krd-60"));
    expect(a.phase?.code).toBe("relapsed");
    expect(a.phase?.reason).toContain(
      "its serum M-protein rose from 0.4 g/dL to 1 g/dL on 2026-05-05, confirmed on 2026-05-15 (IMWG progression)",
    );
    expect(a.phase?.reason).toContain("its progression is not recorded");
    expect(a.alerts.map((x) => x.id)).not.toContain("pathway.rise-before-switch");
  });

  it("H7: the same confirmed rise on VRd makes line 1 refractory to lenalidomide and bortezomib; no outcome asked", () => {
    const a = assess(read("review-c37-h7-vrd-tox-confirmed-rise-krd-60"));
    const lines = a.linesOfTherapy;
    expect(lines?.lenalidomideRefractory).toBe(true);
    expect(lines?.refractoryDrugs).toEqual(["bortezomib", "lenalidomide"]);
    expect(lines?.lines[0]?.refractory).toBe(true);
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.0.progressedOn");
  });

  it("H7 control: a rise not confirmed before the next line settles no refractoriness (still asked for)", () => {
    const a = assess(read("review-c37-h6-vrd-tox-rise-at-switch-krd-falls-60"));
    expect(a.linesOfTherapy?.lenalidomideRefractory).toBeNull();
    expect(a.linesOfTherapy?.lines[0]?.refractory).toBeNull();
  });
});

describe("review c36 H8, H10", () => {
  it("H8: thalidomide maintenance after MPT is titled by its regimen, with no source of maintenance after ASCT", () => {
    const a = assess(read("review-c37-h8-mpt-thalidomide-maintenance-76"));
    const step = (a.plan ?? []).find((s) => s.phase === "maintenance" && s.status === "current");
    expect(step?.title).toBe("Therapy continued without a transplant in this line (Thalidomide maintenance)");
    expect(step?.citations).not.toContain("mccarthy-2017-jco");
  });

  it("H8: thalidomide maintenance after an autograft: 'Maintenance being given', not 'Maintenance: lenalidomide'", () => {
    const r = read("review-c37-h8-mpt-thalidomide-maintenance-76");
    const maint = r.treatmentHistory.find((t: Rec) => t.phase === "maintenance");
    // MP (to 2025-10-01), an autograft on 2025-10-10, thalidomide maintenance from 2025-10-20: one planned line.
    const asct = { regimen: "ASCT (Mel200)", drugs: ["melphalan"], start: "2025-10-10", end: "2025-10-10" };
    r.treatmentHistory.push({ ...asct, asct: true, phase: "transplant", plannedWithPrevious: true });
    expect(maint.start).toBe("2025-10-20");
    const a = assess(r);
    const step = (a.plan ?? []).find((s) => s.phase === "maintenance" && s.status === "current");
    expect(step?.title).toBe("Maintenance being given (Thalidomide maintenance)");
    expect((a.plan ?? []).map((s) => s.title).join(" ")).not.toContain("Maintenance: lenalidomide");
  });

  it("G7 (review c35): Rd continued after VRd with candidacy 'yes' and no transplant: said, with how to record a deferral", () => {
    const a = assess(read("review-c34-m3-vrd-rd-66-yes-deferred-crcl-40"));
    const step = (a.plan ?? []).find((s) => s.phase === "maintenance" && s.status === "current");
    expect(step?.title).toMatch(/^Therapy continued without a transplant in this line \(Rd\)/);
    expect(step?.title).toContain("recorded as candidacy 'deferred'");
    expect(step?.citations).not.toContain("mccarthy-2017-jco");
  });

  it("H10: under 'if progressed' the caution says 'would be refractory'", () => {
    const a = assess(read("review-c37-h5-krd-ended-d30-rise-dkd-66"));
    const dkd = a.options.find((x) => x.id === "rr.dkd");
    const c = dkd?.cautions.find((x) => x.includes("would be refractory to carfilzomib"));
    expect(c).toMatch(/^If the line has progressed, the disease would be refractory to carfilzomib/);
  });

  it("H10: a transplant's melphalan and a CAR-T product are not drugs a progression would make refractory", () => {
    const asct = assess(read("review-c14-post-asct-del17p-progression-not-recorded"));
    expect(asct.linesOfTherapy?.refractoryDrugsIfProgressed ?? []).not.toContain("melphalan");
    const carT = assess(read("review-c28-q-cart-g2-start-apheresis-day9"));
    expect(carT.linesOfTherapy?.refractoryDrugsIfProgressed ?? []).not.toContain("ciltacabtagene autoleucel");
  });
});

describe("review c37 (the re-check of 0.2.47)", () => {
  it("J6: a confirmed rise the record says was no progression: the record is followed, the conflict named", () => {
    const a = assess(read("review-c37-j6-vrd-tox-recorded-no-progression-confirmed-rise-60"));
    expect(a.phase?.code).toBe("induction");
    expect(a.linesOfTherapy?.lenalidomideRefractory).toBe(false);
    const alert = a.alerts.find((x) => x.id === "pathway.rise-before-switch-against-record");
    expect(alert?.text).toContain("while the record says the line did not progress");
    // The record has answered the question: not an open question on the summary's top (review c39-L7).
    expect(renderClinicianSummary(a, "text")).not.toContain("Open question on the phase");
  });

  it("J7, K4: light-chain myeloma, the dFLC up from a nadir measured once, confirmed before KRd: relapse, the other reading named", () => {
    const a = assess(read("review-c37-j7-lcmm-vrd-tox-flc-confirmed-rise-krd-60"));
    expect(a.phase?.code).toBe("relapsed");
    expect(a.linesOfTherapy?.lenalidomideRefractory).toBe(true);
    expect(a.phase?.reason).toContain(
      "its dFLC (involved minus uninvolved free light chain) rose from 50 mg/L",
    );
    expect(a.phase?.reason).toContain(
      "the 2016 wording, from the lowest confirmed value, would wait for a further rise",
    );
  });

  it("J7: the same with the nadir confirmed (a second low pair): relapse, lenalidomide-refractory from the dFLC", () => {
    const r = read("review-c37-j7-lcmm-vrd-tox-flc-confirmed-rise-krd-60");
    r.series.involvedFreeLightChain.splice(2, 0, { date: "2026-04-15", value: 60, unit: "mg/L" });
    r.series.uninvolvedFreeLightChain.splice(2, 0, { date: "2026-04-15", value: 10, unit: "mg/L" });
    const a = assess(r);
    expect(a.phase?.code).toBe("relapsed");
    expect(a.phase?.reason).toContain(
      "its dFLC (involved minus uninvolved free light chain) rose from 50 mg/L",
    );
    expect(a.linesOfTherapy?.lenalidomideRefractory).toBe(true);
    expect(a.alerts.map((x) => x.id)).not.toContain("pathway.rise-before-switch");
  });

  it("J13: IgG myeloma with a measurable M-protein, a dFLC rise alone before the switch: no relapse read", () => {
    const a = assess(read("review-c37-j13-igg-vrd-tox-flc-rise-mprotein-stable-60"));
    expect(a.phase?.code).toBe("induction");
    expect(a.alerts.map((x) => x.id)).not.toContain("pathway.rise-before-switch");
  });

  it("J9: VRd stopped for toxicity, progression first measured 81 days after it (confirmed), then DRd: not refractory", () => {
    const r = read("review-c37-j9-vrd-tox-rise-first-measured-day-81-drd-60");
    const a = assess(r);
    expect(a.linesOfTherapy?.lines[0]?.refractory).toBe(false);
    expect(a.linesOfTherapy?.lenalidomideRefractory).toBe(false);
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.0.progressedOn");
    // The nadir (0.3 g/dL) was measured once: the 2016 wording does not confirm the rise (review c38-K4), said.
    expect(a.phase?.code).toBe("relapsed");
    expect(a.phase?.reason).toContain("the 2006/2011 wording");
  });

  it("J5, K1: DPd for four weekly doses (21 days to the last), progression 25 days later: anti-CD38-refractory", () => {
    const a = assess(read("review-c37-j5-dpd-3-weeks-progression-after-70"));
    expect(a.linesOfTherapy?.antiCd38Refractory).toBe(true);
    expect(a.options.map((o) => o.id)).not.toContain("rr.tec-dara");
  });

  it("J5: two weekly doses (the last on day 8), progression 25 days later: under MAMMOTH's 4 weeks, not refractory", () => {
    const r = read("review-c37-j5-dpd-3-weeks-progression-after-70");
    const dpd = r.treatmentHistory.find((t: Rec) => t.regimen === "DPd");
    dpd.end = "2026-08-12";
    const a = assess(r);
    expect(a.linesOfTherapy?.antiCd38Refractory).toBe(false);
    expect(a.linesOfTherapy?.refractoryDrugs).not.toContain("daratumumab");
    expect(a.linesOfTherapy?.refractoryDrugs).toContain("pomalidomide");
  });

  it("J3: bortezomib-refractory disease: BVd 'consider' (DREAMM-7 excluded it); DKd and Isa-Kd keep their strength", () => {
    const a = assess(read("review-c37-j3-vrd-refractory-bortezomib-lenalidomide-71"));
    expect(a.linesOfTherapy?.refractoryDrugs).toContain("bortezomib");
    const strength = (id: string) => a.options.find((o) => o.id === id)?.strength;
    expect(strength("rr.bvd")).toBe("consider");
    expect(a.options.find((o) => o.id === "rr.bvd")?.cautions.join(" ")).toContain(
      "DREAMM-7 excluded bortezomib-refractory patients",
    );
    // Review c38-K3: bortezomib refractoriness does not lower DKd and Isa-Kd (5d lists them first here).
    expect(strength("rr.dkd")).toBe("standard");
    expect(strength("rr.isa-kd")).toBe("standard");
    expect(strength("rr.dpd")).toBe("standard");
  });

  it("J2: DRd given in lenalidomide-refractory disease: continuing it says the disease is refractory to lenalidomide", () => {
    const r = read("review-c37-j2-frail-80-rd-tox-confirmed-rise-drd-week3");
    // The nadir confirmed (a second low value), so both IMWG wordings read the rise on Rd as progression.
    r.series.serumMProtein.splice(2, 0, { date: "2026-08-20", value: 0.6, unit: "g/dL" });
    const a = assess(r);
    expect(a.phase?.code).toBe("relapsed");
    expect(a.linesOfTherapy?.lenalidomideRefractory).toBe(true);
    const go = a.options.find((o) => o.id === "pathway.continue-current-line");
    expect(go).toBeDefined();
    expect(go?.cautions.join(" ")).toContain(
      "The disease is refractory to lenalidomide (progression on it or within 60 days of the last dose, IMWG, on an earlier line)",
    );
  });

  it("J10: bortezomib-lenalidomide maintenance after the transplant is titled by its regimen", () => {
    const a = assess(read("review-c37-j10-vrd-asct-vr-maintenance-del17p-55"));
    const step = (a.plan ?? []).find((s) => s.phase === "maintenance" && s.status === "current");
    expect(step?.title).toMatch(/^Maintenance being given \(/);
  });
});

describe("review c38 (the re-check of 0.2.48)", () => {
  it("K2: light-chain myeloma, two toxicity switches, a confirmed dFLC rise on line 2: relapse (FLC measurable at diagnosis)", () => {
    const a = assess(read("review-c38-k2-lcmm-two-tox-switches-dflc-confirmed-rise-drd-61"));
    expect(a.phase?.code).toBe("relapsed");
    expect(a.options.map((o) => o.id)).not.toContain("ndmm.te.asct");
  });

  it("K2: IgG myeloma (M-protein measurable at diagnosis), a dFLC rise alone on line 2: no relapse, no refractoriness", () => {
    const a = assess(read("review-c38-k2-igg-line2-dflc-rise-mprotein-stable-drd-62"));
    expect(a.phase?.code).toBe("induction");
    expect(a.linesOfTherapy?.refractoryDrugs).toEqual([]);
  });

  it("K4: a rise from a nadir measured once (0.2 g/dL), confirmed before KRd: a relapse, the 2016 reading named in the phase", () => {
    const r = read("review-c38-k4-vrd-tox-rise-from-nadir-measured-once-krd-59");
    const a = assess(r);
    expect(a.phase?.code).toBe("relapsed");
    expect(a.phase?.reason).toContain(
      "the 2016 wording, from the lowest confirmed value, would wait for a further rise",
    );
    // The team records that VRd did not progress: the first-line pathway, the transplant ahead, the conflict an
    // alert of its own.
    r.treatmentHistory[0].progressedOn = false;
    const b = assess(r);
    expect(b.phase?.code).toBe("induction");
    expect(b.options.map((o) => o.id)).toContain("ndmm.te.asct");
    expect(b.alerts.map((x) => x.id)).toContain("pathway.rise-before-switch-against-record");
  });

  it("K5: the clinician summary's top says the phase has an open question when the alert is raised", () => {
    const a = assess(read("review-c37-j1-vrd-tox-single-rise-krd-day1-60"));
    const top = renderClinicianSummary(a, "text").split("Next step:")[0] ?? "";
    expect(top).toContain("Open question on the phase: Line 1 (VRd) was stopped for toxicity");
    expect(top).toContain("the IMWG progression rise, one assessment");
    const quiet = assess(read("review-c37-h7-vrd-tox-confirmed-rise-krd-60"));
    expect(renderClinicianSummary(quiet, "text")).not.toContain("Open question on the phase");
  });
});

describe("review c39 (the re-check of 0.2.49)", () => {
  it("L3: IgG myeloma whose first M-protein value is on treatment: its measurability at diagnosis is not known, so no dFLC relapse", () => {
    const a = assess(read("review-c39-l3-igg-first-m-protein-on-treatment-flc-rise-krd-62"));
    expect(a.phase?.code).toBe("induction");
    expect(a.linesOfTherapy?.refractoryDrugs).toEqual([]);
    expect(a.options.map((o) => o.id)).toContain("ndmm.te.asct");
  });
});

describe("review c40 (the re-check of 0.2.50)", () => {
  it("N1: light-chain myeloma (heavy chain none), serum and urine only on treatment, a confirmed dFLC rise: relapse", () => {
    const a = assess(read("review-c40-n1-lcmm-serum-urine-only-on-treatment-dflc-rise-krd-60"));
    expect(a.phase?.code).toBe("relapsed");
    expect(a.linesOfTherapy?.lenalidomideRefractory).toBe(true);
    expect(a.options.map((o) => o.id)).not.toContain("ndmm.te.asct");
  });

  it("N2: a rise every wording confirms, the record saying no progression: followed, and an open question on the top", () => {
    const a = assess(read("review-c40-n2-nadir-twice-confirmed-rise-recorded-no-progression-krd"));
    expect(a.phase?.code).toBe("induction");
    const alert = a.alerts.find((x) => x.id === "pathway.rise-before-switch-against-record");
    expect(alert?.severity).toBe("warning");
    const top = renderClinicianSummary(a, "text").split("Next step:")[0] ?? "";
    expect(top).toContain("Open question on the phase");
  });

  it("N5: one high value and the record saying no progression agree (IMWG needs two): no alert", () => {
    const a = assess(read("review-c40-n5-one-high-value-recorded-no-progression-krd"));
    expect(a.phase?.code).toBe("induction");
    expect(a.alerts.map((x) => x.id).filter((id) => id.startsWith("pathway.rise-before-switch"))).toEqual([]);
  });
});

/** Review c39's L2 (WRONG, older), taken at stop 38. On the line being given, the engine grades progression by the
 * IMWG 2016 wording ("lowest confirmed response value", criteria-and-scores.md 6.2): a low value measured once is no
 * confirmed nadir, so 3.0 -> 0.4 -> 1.5 -> 1.8 g/dL on VRd read "no progression", "continue" stayed standard with
 * the transplant next, and the only signal was an alert deep in the list. The 2006/2011 wording ("lowest response
 * value") reads a confirmed progression there (6.2 (a): the versions differ). Now the phase names both readings
 * (the clinician summary's top shows the phase) and continuing the line is "consider" while it is open. The
 * vignettes are the reviewer's probe (m27) and a frail 80-year-old on DRd (examples/vignettes/review-c41-*).
 * Review c39's L4 and c40's N3 (MISLEADING): a confirmed ten-fold FLC rise that is not the disease's IMWG measure
 * (6.1: the FLC is followed only when serum and urine were not measurable at diagnosis and it was), or whose
 * measurability at diagnosis is not known, gave no signal: before a switch the transplant stayed next with nothing
 * said. It is still not read as progression; a warning says it (on the clinician summary's top), and with no value
 * dated by the first line the diagnosis values are asked for. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import { assessCompact } from "./compact.js";
import { SWITCH_FLC_ASIDE_ALERT } from "./switch-rise.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const CONTINUE = "pathway.continue-current-line";
const continueOf = (r: Rec) => assess(r).options.find((o) => o.id === CONTINUE);

describe("review c39 L2: a progression the 2006/2011 wording confirms on the line being given", () => {
  const m27 = read("review-c41-l2-vrd-on-therapy-single-nadir-0.4-to-1.5-1.8-58");

  it("the phase stays on the line but names the possible progression with both readings", () => {
    const a = assess(m27);
    expect(a.phase?.code).toBe("induction");
    expect(a.phase?.currentLine).toBe(1);
    expect(a.phase?.reason).toContain("Possible progression on it");
    expect(a.phase?.reason).toContain("serum M-protein 0.4 g/dL on 2026-09-15, PD was met on 2026-10-20");
    expect(a.phase?.reason).toContain("confirmed on 2026-11-20");
    expect(a.phase?.reason).toContain("by the 2016 wording, from the lowest confirmed value, it is not met");
    expect(a.phase?.rules.map((r) => r.ruleId)).toContain("phase.pd-versions-differ");
    expect(a.response?.pdByOlderWording).toEqual({
      param: "serum",
      nadir: 0.4,
      nadirDate: "2026-09-15",
      date: "2026-10-20",
      confirmedOn: "2026-11-20",
    });
  });

  it("continuing the line is no longer 'standard', and says why with both IMWG sources", () => {
    const o = continueOf(m27);
    expect(o?.strength).toBe("consider");
    const why = o?.cautions[0];
    expect(why).toContain("by the IMWG 2006/2011 wording");
    expect(why).toContain("Not to be continued as a matter of course");
    expect(o?.citations).toEqual(expect.arrayContaining(["rajkumar-2011-blood", "kumar-2016-lancet-oncol"]));
  });

  it("the clinician summary's top says it, above the options", () => {
    const md = renderClinicianSummary(assess(m27), "markdown");
    const top = md.slice(0, md.indexOf("Top options"));
    expect(top).toContain("Possible progression on it");
    expect(md).toMatch(/Continue the line of therapy being given, and assess its response \(consider\)/);
  });

  it("the codes-only path reads the same (no words needed for the strength)", () => {
    const c = assessCompact(m27);
    expect(c.phase).toBe("induction");
    expect(c.options).toContain(CONTINUE);
    expect(continueOf(m27)?.strength).toBe("consider");
  });

  it("a frail 80-year-old on continuous DRd with the same pattern (0.3 once, then 1.0 and 1.2 g/dL)", () => {
    const a = assess(read("review-c41-l2-frail-80-drd-single-nadir-0.3-to-1.0-1.2"));
    expect(a.phase?.reason).toContain("Possible progression on it");
    expect(a.options.find((o) => o.id === CONTINUE)?.strength).toBe("consider");
  });

  it("control: a rise under 0.5 g/dL (0.4 -> 0.7 -> 0.8) is no progression by any wording: continue stays standard", () => {
    const r = read("review-c41-l2-control-vrd-single-nadir-small-rise-0.4-to-0.7-0.8");
    const a = assess(r);
    expect(a.response?.pdByOlderWording).toBeUndefined();
    expect(a.phase?.reason).not.toContain("Possible progression");
    expect(continueOf(r)?.strength).toBe("standard");
  });

  it("control: with the low value measured twice, the 2016 wording confirms it: progression, no continuing", () => {
    const r = structuredClone(m27);
    r.series.serumMProtein.splice(2, 0, { date: "2026-10-01", value: 0.4, unit: "g/dL" });
    const a = assess(r);
    expect(a.response?.progression).toBe(true);
    expect(a.phase?.code).toMatch(/^(refractory|relapsed)$/);
    expect(a.options.some((o) => o.id === CONTINUE)).toBe(false);
  });

  it("control: one high value after the single low one (not confirmed by either wording) leaves continue standard", () => {
    const r = structuredClone(m27);
    r.series.serumMProtein.pop();
    r.labs.serumMProtein = { value: 1.5, unit: "g/dL", date: "2026-10-20" };
    const a = assess(r);
    expect(a.response?.pdByOlderWording?.confirmedOn).toBeNull();
    expect(a.phase?.reason).not.toContain("Possible progression on it");
    expect(continueOf(r)?.strength).toBe("standard");
  });
});

describe("review c39 L4, c40 N3: a confirmed FLC rise that is not the IMWG measure is said, not read", () => {
  it("on the line being given (IgG, serum M-protein stable 1.1 g/dL, dFLC 20 -> 250 -> 300 mg/L)", () => {
    const r = read("review-c41-l4-igg-vrd-on-therapy-mprotein-stable-dflc-rise-58");
    const a = assess(r);
    expect(a.response?.progression).not.toBe(true);
    expect(a.phase?.code).toBe("induction");
    const al = a.alerts.find((x) => x.id === "response.flc-rise-not-the-measure");
    expect(al?.severity).toBe("warning");
    expect(al?.text).toContain("from 20 mg/L to 250 mg/L on 2026-10-20, confirmed on 2026-11-20");
    expect(al?.text).toContain("the IMWG measure of this disease is the serum M-protein");
    expect(al?.citations).toEqual(["kumar-2016-lancet-oncol"]);
    const md = renderClinicianSummary(a, "markdown");
    expect(md.slice(0, md.indexOf("Top options"))).toMatch(
      /Open question on the phase:.*The dFLC rose on line 1/,
    );
    // Control: the FLC falling with the M-protein raises nothing.
    const flat = structuredClone(r);
    for (const p of flat.series.involvedFreeLightChain.slice(2)) p.value = 25;
    flat.labs.involvedFreeLightChain.value = 25;
    expect(assess(flat).alerts.map((x) => x.id)).not.toContain("response.flc-rise-not-the-measure");
  });

  it("before a switch, IgG with its M-protein stable (review c38-K2's record): a warning, the first line kept", () => {
    const a = assess(read("review-c38-k2-igg-line2-dflc-rise-mprotein-stable-drd-62"));
    const al = a.alerts.find((x) => x.id === SWITCH_FLC_ASIDE_ALERT);
    expect(al?.severity).toBe("warning");
    expect(al?.text).toContain("It is not read as a relapse");
    // Stop 39 (review c41-m4): the values dated by the first line's start are named (review-c44.test.ts).
    expect(al?.text).toContain("the serum M-protein was measurable at diagnosis");
    expect(a.linesOfTherapy?.refractoryDrugs ?? []).not.toContain("lenalidomide");
  });

  it("before a switch with no value dated at diagnosis (review c39-L3's record): asks for the diagnosis values", () => {
    const a = assess(read("review-c39-l3-igg-first-m-protein-on-treatment-flc-rise-krd-62"));
    const al = a.alerts.find((x) => x.id === SWITCH_FLC_ASIDE_ALERT);
    expect(al?.text).toContain("whether the disease was measurable at diagnosis is not known");
    const asked = a.missingData.filter((m) => m.neededFor.startsWith("IMWG measurable disease at diagnosis"));
    expect(asked.map((m) => m.field).sort()).toEqual([
      "series.involvedFreeLightChain",
      "series.serumMProtein",
      "series.urineMProtein",
    ]);
    // The record answering the question (the line did not progress) silences it.
    const r = read("review-c39-l3-igg-first-m-protein-on-treatment-flc-rise-krd-62");
    const first = r.treatmentHistory.findIndex((t: Rec) => t.stopReason === "toxicity");
    r.treatmentHistory[first].progressedOn = false;
    expect(assess(r).alerts.map((x) => x.id)).not.toContain(SWITCH_FLC_ASIDE_ALERT);
  });
});

describe("review c39 L8 (asked in c38-K1): an anti-CD38 progression after under 4 weeks is not silent", () => {
  // Isa-Pd from 2026-07-01 to 2026-07-15 (three weekly doses: 14 days + the week the last covers = 21 days of
  // therapy), stopped for toxicity, progression on 2026-08-20: MAMMOTH's >= 4 weeks are not met (9.3).
  const r = read("review-c41-l8-isapd-3-weekly-doses-tox-pd-off-therapy-70");
  const SHORT = "not anti-CD38-refractory by the MAMMOTH definition";

  it("the lines name the antibody; not refractory by the definition", () => {
    const a = assess(r);
    expect(a.linesOfTherapy?.antiCd38Refractory).toBe(false);
    expect(a.linesOfTherapy?.antiCd38ProgressedUnder4Weeks).toEqual(["isatuximab"]);
  });

  it("every option giving an anti-CD38 antibody again says refractoriness is not established, nor ruled out", () => {
    const a = assess(r);
    const withCd38 = a.options.filter((o) =>
      ["rr.tec-dara", "rr.dpd", "rr.isa-pd", "rr.dkd", "rr.isa-kd", "rr.dvd"].includes(o.id),
    );
    expect(withCd38.length).toBe(6);
    for (const o of withCd38) {
      const c = o.cautions.find((x) => x.includes(SHORT));
      expect(c, o.id).toContain("not established, nor ruled out");
      expect(o.citations).toContain("gandhi-2019-leukemia");
    }
    // Options without an anti-CD38 antibody do not carry it.
    for (const o of a.options.filter((x) => ["rr.bvd", "rr.xvd", "rr.pvd"].includes(x.id)))
      expect(
        o.cautions.some((x) => x.includes(SHORT)),
        o.id,
      ).toBe(false);
  });

  it("control: four weekly doses (refractory by MAMMOTH) remove the class, with no such caution", () => {
    const four = structuredClone(r);
    four.treatmentHistory[2].end = "2026-07-22";
    const a = assess(four);
    expect(a.linesOfTherapy?.antiCd38Refractory).toBe(true);
    expect(a.linesOfTherapy?.antiCd38ProgressedUnder4Weeks).toBeUndefined();
    expect(a.options.some((o) => o.cautions.some((x) => x.includes(SHORT)))).toBe(false);
  });

  it("control: a progression more than 60 days after the short course is a relapse, no caution", () => {
    const late = structuredClone(r);
    late.treatmentHistory[2].progressionDate = "2026-09-20";
    const a = assess(late);
    expect(a.linesOfTherapy?.lines[1]?.refractory).toBe(false);
    expect(a.linesOfTherapy?.antiCd38ProgressedUnder4Weeks).toBeUndefined();
    expect(a.options.some((o) => o.cautions.some((x) => x.includes(SHORT)))).toBe(false);
  });
});

describe("review c41 (specialist re-check of 0.2.52): the versions-differ and FLC readings, completed", () => {
  it("W1: light-chain myeloma followed by the dFLC (890 -> 20 once -> 250 -> 300 mg/L on VRd) is read like serum", () => {
    const a = assess(read("review-c41-w1-lcmm-flc-measure-nadir-once-rise-on-vrd"));
    expect(a.response?.measurableBy).toEqual(["flc"]);
    expect(a.response?.pdByOlderWording?.param).toBe("flc");
    expect(a.phase?.reason).toContain("Possible progression on it");
    expect(a.phase?.reason).toContain("from the lowest response value dFLC 20 mg/L on 2026-09-15");
    expect(a.alerts.map((x) => x.id)).toContain("response.pd-versions-differ");
    expect(a.options.find((o) => o.id === CONTINUE)?.strength).toBe("consider");
  });

  it("W2: AL amyloidosis is not told that the FLC is not its measure (its own haematologic criteria)", () => {
    const r = read("review-c41-w2-al-igg-lambda-serum-measurable-flc-rise-on-dara-vcd");
    const a = assess(r);
    expect(a.diagnosis.category).toBe("al-amyloidosis");
    expect(a.alerts.map((x) => x.id)).not.toContain("response.flc-rise-not-the-measure");
    // The same values in an IgG-lambda myeloma (no amyloid) raise it.
    const mm = structuredClone(r);
    mm.biopsy.amyloid = false;
    delete mm.biopsy.amyloidType;
    delete mm.conditions.amyloidOrgans;
    const b = assess(mm);
    expect(b.diagnosis.category).toBe("multiple-myeloma");
    expect(b.alerts.map((x) => x.id)).toContain("response.flc-rise-not-the-measure");
  });

  it("M1: a confirmed older-wording PD is kept while the 2016 PD awaits its repeat (maintenance 0.1 once, 0.7, 0.9)", () => {
    const a = assess(read("review-c41-m1-r-maint-single-low-0.1-then-0.7-0.9"));
    expect(a.response?.current).toBe("PD");
    expect(a.response?.confirmed).toBe(false);
    expect(a.phase?.code).toBe("maintenance");
    expect(a.phase?.reason).toContain(
      "by the 2016 wording, from the lowest confirmed value, it is not confirmed yet",
    );
    expect(a.options.find((o) => o.id === CONTINUE)?.strength).toBe("consider");
  });

  it("m1: values in g/L are named as the record's units read them (no float noise)", () => {
    const a = assess(read("review-c41-m1b-frail-80-rd-versions-differ-g-per-l"));
    expect(a.phase?.reason).toContain("serum M-protein 0.3 g/dL on 2026-07-10");
    expect(a.phase?.reason).not.toMatch(/0\.3000000/);
  });

  it("m2: the line the record says has not progressed is followed as recorded; continuing stays standard", () => {
    const r = read("review-c41-l2-vrd-on-therapy-single-nadir-0.4-to-1.5-1.8-58");
    r.treatmentHistory[0].progressedOn = false;
    const a = assess(r);
    expect(a.phase?.reason).toContain("The record says the line has not progressed (followed as recorded)");
    expect(a.phase?.reason).not.toContain("Possible progression on it");
    expect(a.options.find((o) => o.id === CONTINUE)?.strength).toBe("standard");
  });

  it("m3: a serum versions-differ rise and an FLC rise give one open question, not two", () => {
    const a = assess(read("review-c41-m3-igg-versions-differ-and-flc-rise-on-vrd"));
    expect(a.alerts.map((x) => x.id)).not.toContain("response.flc-rise-not-the-measure");
    const md = renderClinicianSummary(a, "markdown");
    const top = md.slice(0, md.indexOf("Top options"));
    expect(top).toContain("Possible progression on it");
    expect(top).not.toContain("Open question on the phase");
  });
});

describe("a SLiM biomarker with the marrow below 10%: MGUS by the letter, and a warning says why it is doubtful", () => {
  // Found by a random seed of the classification property (diagnosis.property.test.ts): IgG, urine M-protein
  // 500 mg/24 h, FLC 2000/5 mg/L (ratio 400), marrow 0%. criteria-and-scores.md 1.1-1.3: myeloma needs criterion A
  // (clonal BMPC >= 10% or a plasmacytoma), smouldering myeloma needs no myeloma-defining event.
  const r = read("review-c41-mgus-by-letter-flc-ratio-400-urine-500-marrow-0");
  const ID = "alert.myeloma-biomarker-marrow-below-10";

  it("is MGUS with the warning, which asks for a repeat marrow with a core biopsy", () => {
    const a = assess(r);
    expect(a.diagnosis.category).toBe("mgus");
    const al = a.alerts.find((x) => x.id === ID);
    expect(al?.severity).toBe("warning");
    expect(al?.text).toContain("involved:uninvolved free light chain ratio >= 100");
    expect(al?.text).toContain("recorded at 0%");
    expect(al?.text).toContain("a repeat marrow examination with a core biopsy");
    expect(assessCompact(r).alerts.map((x) => x.id)).toContain(ID);
  });

  it("controls: the marrow at 10% is myeloma; no biomarker (FLC ratio 20) is plain MGUS, no warning", () => {
    const ten = structuredClone(r);
    ten.marrow.clonalPlasmaCellPercent = 10;
    expect(assess(ten).diagnosis.category).toBe("multiple-myeloma");
    expect(assess(ten).alerts.map((x) => x.id)).not.toContain(ID);
    const low = structuredClone(r);
    low.labs.involvedFreeLightChain.value = 100;
    low.labs.urineMProtein.value = 100;
    const a = assess(low);
    expect(a.diagnosis.category).toBe("mgus");
    expect(a.alerts.map((x) => x.id)).not.toContain(ID);
  });
});

describe("review c42 (specialist re-check of 0.2.53)", () => {
  it("U1: MAMMOTH's 4 weeks are the line's: D-VRd 6 months, ASCT, progression on day 22 of D-R maintenance", () => {
    const r = read("review-c42-u1-dvrd-asct-dr-maint-pd-week3-of-maint");
    const a = assess(r);
    expect(a.linesOfTherapy?.antiCd38Refractory).toBe(true);
    expect(a.linesOfTherapy?.refractoryDrugs).toContain("daratumumab");
    expect(a.linesOfTherapy?.antiCd38ProgressedUnder4Weeks).toBeUndefined();
    const ids = a.options.map((o) => o.id);
    for (const id of ["rr.tec-dara", "rr.dkd", "rr.dpd", "rr.dvd", "rr.isa-kd"])
      expect(ids, id).not.toContain(id);
    // Control: the maintenance alone (no daratumumab before it in the line) is a short course, said as such.
    const alone = structuredClone(r);
    const induction = alone.treatmentHistory.find((t: Rec) => t.drugs.includes("bortezomib"));
    induction.drugs = induction.drugs.filter((d: string) => d !== "daratumumab");
    induction.regimen = "VRd";
    const b = assess(alone);
    expect(b.linesOfTherapy?.antiCd38Refractory).toBe(false);
    expect(b.linesOfTherapy?.antiCd38ProgressedUnder4Weeks).toEqual(["daratumumab"]);
  });

  it("m3: a short course beside a refractory one of the class lists nothing", () => {
    const a = assess(read("review-c42-m3c-isa-short-then-dara-long-refractory"));
    expect(a.linesOfTherapy?.antiCd38Refractory).toBe(true);
    expect(a.linesOfTherapy?.antiCd38ProgressedUnder4Weeks).toBeUndefined();
  });

  it("M3: the biomarker warning also when the marrow is not examined, and when no category fits", () => {
    const notDone = assess(read("review-c42-m3-marrow-not-done-flc-ratio-150"));
    const al = notDone.alerts.find((x) => x.id === "alert.myeloma-biomarker-marrow-below-10");
    expect(al?.text).toContain("no marrow result is recorded");
    expect(al?.text).toContain("the marrow decides whether this is myeloma");
    const none = assess(read("review-c42-m3b-igg-3.5-flc-ratio-150-marrow-5-no-category"));
    expect(none.diagnosis.category).toBe("indeterminate");
    expect(none.alerts.find((x) => x.id === "alert.myeloma-biomarker-marrow-below-10")?.text).toContain(
      "no category is decided",
    );
  });

  it("M2: the clinician summary's top and the patient's page say the MGUS is in doubt (English and Spanish)", () => {
    const a = assess(read("review-c41-mgus-by-letter-flc-ratio-400-urine-500-marrow-0"));
    const md = renderClinicianSummary(a, "markdown");
    expect(md.slice(0, md.indexOf("Stage and risk"))).toContain("Open question on the diagnosis");
    const en = renderHandout(a, "text");
    expect(en).not.toContain("MGUS is not cancer");
    expect(en).toMatch(/One of your results is often seen in myeloma/);
    const es = renderHandout(a, "text", ES);
    expect(es).not.toContain("La GMSI no es cáncer");
    expect(es).toMatch(/se ve a menudo en el\s+mieloma/);
    // Plain MGUS keeps its reassurance.
    const plain = read("review-c41-mgus-by-letter-flc-ratio-400-urine-500-marrow-0");
    plain.labs.involvedFreeLightChain.value = 100;
    plain.labs.urineMProtein.value = 100;
    expect(renderHandout(assess(plain), "text")).toContain("MGUS is not cancer");
  });
});

describe("review c43 (specialist re-check of 0.2.54)", () => {
  it("U1: daratumumab given without a break across a toxicity switch (DKd 3 months, DPd from two days later)", () => {
    const r = read("review-c43-u1-dkd-3mo-cardiac-switch-dpd-pd-day21");
    const a = assess(r);
    expect(a.linesOfTherapy?.antiCd38Refractory).toBe(true);
    // Progression 23 days after the last carfilzomib dose (IMWG 2011, 9.2), whatever DKd's own outcome.
    expect(a.linesOfTherapy?.refractoryDrugs).toEqual(expect.arrayContaining(["carfilzomib", "daratumumab"]));
    expect(a.linesOfTherapy?.antiCd38ProgressedUnder4Weeks).toBeUndefined();
    const ids = a.options.map((o) => o.id);
    for (const id of ["rr.tec-dara", "rr.dkd", "rr.dpd", "rr.isa-kd", "rr.isa-pd"])
      expect(ids, id).not.toContain(id);
    // Control: a break of more than 4 weeks between the courses starts the count again (a short course, said).
    const gap = structuredClone(r);
    gap.treatmentHistory[3].start = "2026-09-15";
    gap.treatmentHistory[3].end = "2026-10-09";
    gap.treatmentHistory[3].progressionDate = "2026-10-05";
    const b = assess(gap);
    expect(b.linesOfTherapy?.antiCd38Refractory).toBe(false);
    expect(b.linesOfTherapy?.antiCd38ProgressedUnder4Weeks).toEqual(["daratumumab"]);
  });

  it("W1: a toxicity switch with no outcome on the first entry: the dates settle it (refractory), nothing asked", () => {
    const a = assess(read("review-c43-w1-tox-switch-dvrd-to-dkrd-pd-day20"));
    expect(a.linesOfTherapy?.antiCd38Refractory).toBe(true);
    expect(a.linesOfTherapy?.refractoryDrugs).toEqual(expect.arrayContaining(["bortezomib", "daratumumab"]));
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.0.progressedOn");
  });

  it("W2: daratumumab re-added after three years of lenalidomide alone is a new short course: not established", () => {
    const a = assess(read("review-c43-w2-dvrd-2023-r-3y-dara-readded-pd-day14"));
    expect(a.linesOfTherapy?.antiCd38Refractory).toBe(false);
    expect(a.linesOfTherapy?.antiCd38ProgressedUnder4Weeks).toEqual(["daratumumab"]);
    const tec = a.options.find((o) => o.id === "rr.tec-dara");
    expect(tec?.cautions.some((c) => c.includes("not established, nor ruled out"))).toBe(true);
  });

  it("M1: no myeloma-biomarker warning in IgM disease or beside an amyloid biopsy", () => {
    const al = assess(read("review-c43-m1-al-amyloid-ratio-150-marrow-5"));
    expect(al.alerts.map((x) => x.id)).not.toContain("alert.myeloma-biomarker-marrow-below-10");
    const igm = read("review-c41-mgus-by-letter-flc-ratio-400-urine-500-marrow-0");
    igm.labs.heavyChain = "IgM";
    expect(assess(igm).alerts.map((x) => x.id)).not.toContain("alert.myeloma-biomarker-marrow-below-10");
  });

  it("m1: the patient's page says which: few cells found, or the marrow test not done yet", () => {
    const few = renderHandout(
      assess(read("review-c41-mgus-by-letter-flc-ratio-400-urine-500-marrow-0")),
      "text",
    );
    expect(few).toMatch(/the bone marrow test\s+found few of these cells/);
    const none = renderHandout(assess(read("review-c42-m3-marrow-not-done-flc-ratio-150")), "text");
    expect(none).toMatch(/A bone marrow test has not\s+been done yet/);
    const es = renderHandout(assess(read("review-c42-m3-marrow-not-done-flc-ratio-150")), "text", ES);
    expect(es).toMatch(/para estar\s+seguros/);
  });
});

/** Stop 39: the leftovers of reviews c41-c43 that change what a reader is told, and review c44 (a specialist
 * re-check of 0.2.55). Each case is a reviewer's probe or a vignette written first
 * (examples/vignettes/review-c4*). */
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
/** The text with its line breaks and runs of spaces as one space (the page wraps at 100 columns). */
const flat = (t: string): string => t.replace(/\s+/g, " ");

describe("review c41-m5: the patient's page says the protein rose again (a progression by the older wording)", () => {
  // criteria-and-scores.md 6.2 (a): by the 2006/2011 wording ("lowest response value") the rise is a
  // progression; by the 2016 wording ("lowest confirmed response value") it is not. The clinician sees both
  // readings; the page said "a small response" and "some of your results argue against going on" only.
  it("serum M-protein 3.0 -> 0.4 once -> 1.5 -> 1.8 g/dL on VRd: the rise is said after the response", () => {
    const a = assess(read("review-c41-l2-vrd-on-therapy-single-nadir-0.4-to-1.5-1.8-58"));
    expect(a.response.pdByOlderWording?.param).toBe("serum");
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain(
      "Your latest results show a small response. But the abnormal protein in your blood has gone up again since its lowest level on this treatment. Your care team will check with you whether this means the disease is growing again.",
    );
    expect(flat(renderHandout(a, "text", ES))).toContain(
      "Pero la proteína anormal de su sangre ha vuelto a subir desde su nivel más bajo con este tratamiento.",
    );
  });

  it("light-chain myeloma followed by the dFLC names the light chain", () => {
    const a = assess(read("review-c41-w1-lcmm-flc-measure-nadir-once-rise-on-vrd"));
    expect(flat(renderHandout(a, "text"))).toContain(
      "But the abnormal light chain in your blood has gone up again since its lowest level",
    );
  });

  it("not said for a rise under the PD size, nor beside a progression already said", () => {
    const control = assess(read("review-c41-l2-control-vrd-single-nadir-small-rise-0.4-to-0.7-0.8"));
    expect(control.response.pdByOlderWording).toBeUndefined();
    expect(renderHandout(control, "text")).not.toContain("has gone up again");
    // Maintenance 0.1 -> 0.7 -> 0.9 g/dL: the 2016 PD awaits its repeat, said as "may be growing" already.
    const pending = assess(read("review-c41-m1-r-maint-single-low-0.1-then-0.7-0.9"));
    const en = flat(renderHandout(pending, "text"));
    expect(en).toContain("Your latest results show the disease may be growing.");
    expect(en).not.toContain("has gone up again");
  });
});

describe("review c43-m1: the clinician's next step with a myeloma-defining biomarker and no clone >= 10%", () => {
  // criteria-and-scores.md 1.1: myeloma needs clonal marrow plasma cells >= 10% (the higher of aspirate and core)
  // or a biopsy-proven plasmacytoma; the open question on the diagnosis comes before the routine follow-up.
  const nextStep = (name: string): string => {
    const md = flat(renderClinicianSummary(assess(read(name)), "text"));
    return md.slice(md.indexOf("Next step:"), md.indexOf("Diagnosis -"));
  };

  it("MGUS by the letter (FLC ratio 400, marrow 0%): the repeat marrow first, the monitoring date after it", () => {
    const step = nextStep("review-c41-mgus-by-letter-flc-ratio-400-urine-500-marrow-0");
    expect(step).toContain(
      "Next step: settle the open question on the diagnosis: a repeat marrow examination with a core biopsy (see above); next monitoring due",
    );
  });

  it("no category decided (IgG 3.5 g/dL, FLC ratio 150, marrow 5%): the same, never the monitoring alone", () => {
    const step = nextStep("review-c42-m3b-igg-3.5-flc-ratio-150-marrow-5-no-category");
    expect(step).toContain("settle the open question on the diagnosis: a repeat marrow examination");
  });

  it("plain MGUS keeps the monitoring date as its next step", () => {
    const plain = read("review-c41-mgus-by-letter-flc-ratio-400-urine-500-marrow-0");
    plain.labs.involvedFreeLightChain.value = 100;
    plain.labs.urineMProtein.value = 100;
    const md = flat(renderClinicianSummary(assess(plain), "text"));
    expect(md).toMatch(/Next step: next monitoring due \d{4}-\d{2}-\d{2}/);
  });
});

describe("review c42-m3/c43-m2: the short anti-CD38 course caution names the course", () => {
  // criteria-and-scores.md 9.3 (MAMMOTH: >= 4 weeks of therapy); gandhi-2019-leukemia. The caution said "an earlier
  // anti-CD38 antibody" without saying which, in which regimen, or how long.
  it("3 weekly doses of Isa-Pd, then progression: every option giving the class again names isatuximab in Isa-Pd", () => {
    const a = assess(read("review-c41-l8-isapd-3-weekly-doses-tox-pd-off-therapy-70"));
    expect(a.linesOfTherapy.antiCd38ShortCourses).toEqual([
      { drug: "isatuximab", regimen: "Isa-Pd", start: "2026-07-01", daysOfTherapy: 21 },
    ]);
    for (const id of ["rr.dpd", "rr.isa-pd", "rr.tec-dara", "rr.dkd"]) {
      const caution = a.options
        .find((o) => o.id === id)
        ?.cautions.find((c) => c.includes("after under 4 weeks of it"));
      expect(caution, id).toContain(
        "(the anti-CD38 course progressed on after under 4 weeks: isatuximab in Isa-Pd from 2026-07-01, 21 days of therapy counted)",
      );
    }
  });

  it("absent when the disease is anti-CD38-refractory by another course (the short one says nothing more)", () => {
    const a = assess(read("review-c42-m3c-isa-short-then-dara-long-refractory"));
    expect(a.linesOfTherapy.antiCd38Refractory).toBe(true);
    expect(a.linesOfTherapy.antiCd38ShortCourses).toBeUndefined();
  });
});

describe("review c41-m4: the FLC warning before a switch names the disease's measure", () => {
  // criteria-and-scores.md 6.1: the FLC is followed only when neither serum nor urine M-protein was measurable at
  // diagnosis and the involved FLC was. The warning said "the values dated by the first line's start do not show
  // that" without naming what they show.
  it("IgG, serum M-protein 3 g/dL at diagnosis, dFLC 110 -> 400 mg/L on KRd stopped for toxicity", () => {
    const a = assess(read("review-c38-k2-igg-line2-dflc-rise-mprotein-stable-drd-62"));
    const text = a.alerts.find((x) => x.id === "pathway.flc-rise-before-switch")?.text ?? "";
    expect(text).toContain(
      "and the serum M-protein was measurable at diagnosis (3 g/dL on 2025-08-25), so it is the measure.",
    );
    expect(text).not.toContain("do not show that");
  });
});

describe("review c44 (specialist re-check of 0.2.55): anti-CD38 and pomalidomide refractoriness", () => {
  const strengths = (r: Rec): Record<string, string> =>
    Object.fromEntries(assess(r).options.map((o) => [o.id, o.strength]));

  it("U1: DKd with no end, Pd from 2026-07-05, progression on Pd 46 days later: not known, its end asked", () => {
    // criteria-and-scores.md 9.2: refractory = progression on a drug or within 60 days of its last dose. DKd's
    // last dose is on or before Pd's start, so the progression may be within 60 days of it.
    const r = read("review-c44-u1-dkd-no-end-then-pd-pd-46d-after-switch");
    const a = assess(r);
    expect(a.linesOfTherapy.antiCd38Refractory).toBeNull();
    expect(a.linesOfTherapy.lines.find((l) => l.regimens.includes("DKd"))?.refractory).toBeNull();
    expect(a.missingData).toContainEqual(
      expect.objectContaining({
        field: "treatmentHistory.2.end",
        neededFor: expect.stringContaining(
          "refractoriness: its last dose (a progression came within 60 days of the start of the therapy after it)",
        ),
      }),
    );
    expect(a.options.find((o) => o.id === "rr.tec-dara")?.cautions[0]).toMatch(
      /^Not known: anti-CD38 antibody refractory/,
    );
    // DKd ended 70 days before the progression, no progression on it: not refractory, its end not asked.
    r.treatmentHistory[2].end = "2026-06-11";
    r.treatmentHistory[2].progressedOn = false;
    const known = assess(r);
    expect(known.linesOfTherapy.antiCd38Refractory).toBe(false);
    expect(known.missingData.map((m) => m.field)).not.toContain("treatmentHistory.2.end");
    // Recorded up to the switch: refractory.
    r.treatmentHistory[2].end = "2026-07-04";
    expect(assess(r).linesOfTherapy.antiCd38Refractory).toBe(true);
  });

  it("U2: 21 months of D-R maintenance, 8 weeks off, D-R again and progression on day 21: anti-CD38-refractory", () => {
    // 9.3 (MAMMOTH: >= 4 weeks of therapy, progression on it): the restart is the same line (9.1), no other therapy
    // between; the disease progressed on daratumumab after far more than 4 weeks of it.
    const a = assess(read("review-c44-u2-dr-maint-21mo-pause-8wk-restart-pd-day21"));
    expect(a.linesOfTherapy.antiCd38Refractory).toBe(true);
    expect(a.linesOfTherapy.antiCd38ProgressedUnder4Weeks).toBeUndefined();
    const ids = a.options.map((o) => o.id);
    for (const id of ["rr.tec-dara", "rr.dkd", "rr.dpd", "rr.dvd", "rr.isa-kd"])
      expect(ids).not.toContain(id);
  });

  it("U2: DPd, progression on day 21: one reading whether its end is the progression day or a day later", () => {
    const onDay = assess(read("review-c44-u2-dpd-pd-day21-end-on-pd-day"));
    const after = assess(read("review-c44-u2-dpd-pd-day21-end-1-day-after-pd"));
    for (const a of [onDay, after]) {
      expect(a.linesOfTherapy.antiCd38Refractory).toBe(false);
      expect(a.linesOfTherapy.antiCd38ShortCourses).toEqual([
        { drug: "daratumumab", regimen: "DPd", start: "2026-09-01", daysOfTherapy: 21 },
      ]);
    }
    expect(onDay.options.map((o) => `${o.id}:${o.strength}`)).toEqual(
      after.options.map((o) => `${o.id}:${o.strength}`),
    );
    // Refractoriness to the class not established, nor ruled out: no anti-CD38 regimen is a first choice.
    for (const id of ["rr.tec-dara", "rr.dkd", "rr.isa-kd", "rr.dvd"])
      expect(after.options.find((o) => o.id === id)?.strength, id).toBe("consider");
    expect(after.options.find((o) => o.id === "rr.tec-dara")?.cautions.join(" ")).toContain(
      "not established, nor ruled out: not a first choice; weigh giving the class again with the team",
    );
  });

  it("U3: a regimen giving again a drug the disease is refractory to is no first choice (pomalidomide: DPd, Isa-Pd)", () => {
    // treatments.md 5d: the selection matrix lists the regimens whose drugs the disease is not refractory to;
    // 9.2 refractory. KPd progressed on (pomalidomide- and carfilzomib-refractory) before cilta-cel.
    const r = read("review-c44-u3-kpd-pom-refractory-after-cilta-cel");
    const a = assess(r);
    expect(a.linesOfTherapy.refractoryDrugs).toEqual(["carfilzomib", "lenalidomide", "pomalidomide"]);
    const s = strengths(r);
    expect(s["rr.dpd"]).toBe("consider");
    expect(s["rr.isa-pd"]).toBe("consider");
    expect(a.options.find((o) => o.id === "rr.dpd")?.cautions).toContainEqual(
      expect.stringContaining(
        "this regimen gives it again; its benefit rests on the other drugs. Not a first choice while the disease is refractory to a drug it gives",
      ),
    );
    // A regimen of drugs the disease is not refractory to keeps its strength.
    expect(s["rr.dvd"]).toBe("standard");
  });

  it("U3: the line being given keeps its caution only, never capped (continuing it is the team's call)", () => {
    // Review c37-J2's record: DRd given in lenalidomide-refractory disease (the nadir confirmed, as there).
    const r = read("review-c37-j2-frail-80-rd-tox-confirmed-rise-drd-week3");
    r.series.serumMProtein.splice(2, 0, { date: "2026-08-20", value: 0.6, unit: "g/dL" });
    const a = assess(r);
    expect(a.linesOfTherapy.lenalidomideRefractory).toBe(true);
    const go = a.options.find((o) => o.id === "pathway.continue-current-line");
    expect(go?.strength).toBe("standard");
    expect(go?.cautions.join(" ")).not.toContain("Not a first choice");
  });
});

describe("review c44 M2 and m2: what the record leaves open, said", () => {
  it("M2: calcium 7.6 mg/dL, no lower limit given, CrCl 25: the denosumab option names the value to check", () => {
    // treatments.md 8a: denosumab hypocalcaemia is more frequent, esp. CrCl <30 or dialysis; correct calcium before
    // use. The record gives no lower limit, and no number of ours takes its place.
    const r = read("review-c44-m2-ndmm-calcium-7.6-no-lower-limit-crcl-25");
    const caution = (rec: Rec) =>
      assess(rec)
        .options.find((o) => o.id === "sc.bone.denosumab")
        ?.cautions.find((c) =>
          c.startsWith("Denosumab, calcium: whether serum calcium is low is not judged here"),
        );
    expect(caution(r)).toContain("(serum calcium: 7.6 mg/dL)");
    // With the laboratory's limit the warning judges it (alert.denosumab.calcium-below-lower-limit) instead.
    const withLimit = read("review-c44-m2-ndmm-calcium-7.6-no-lower-limit-crcl-25");
    withLimit.labs.calcium.lowerLimitOfNormal = 8.5;
    expect(caution(withLimit)).toBeUndefined();
    expect(assess(withLimit).alerts.map((a) => a.id)).toContain("alert.denosumab.calcium-below-lower-limit");
    // With CrCl >= 30 the reference names no higher risk: nothing added.
    const kidneysFine = read("review-c44-m2-ndmm-calcium-7.6-no-lower-limit-crcl-25");
    kidneysFine.labs.creatinine.value = 0.9;
    expect(caution(kidneysFine)).toBeUndefined();
  });

  it("m2: DKd recorded not progressed on, progression on Pd 59 days after its last dose: refractory, and said", () => {
    // criteria-and-scores.md 9.2: refractory = progression within 60 days of the last therapy.
    const a = assess(read("review-c44-m2b-dkd-tox-recorded-no-pd-pd-59d-after-on-pd"));
    expect(a.linesOfTherapy.refractoryDrugs).toEqual(expect.arrayContaining(["carfilzomib", "daratumumab"]));
    const notice = a.alerts.find((x) => x.id === "lines.refractory-despite-recorded-no-progression");
    expect(notice?.severity).toBe("info");
    expect(notice?.text).toContain(
      "DKd (treatmentHistory.2, last dose 2026-07-01) is recorded as not progressed on, but the disease progressed on Pd 59 days after its last dose",
    );
    expect(a.linesOfTherapy.refractoryDespiteRecordedNo).toEqual([
      { entry: 2, regimen: "DKd", lastDose: "2026-07-01", daysAfterLastDose: 59, progressionOn: "Pd" },
    ]);
  });
});

describe("review c45 (specialist re-check of 0.2.56): refractoriness left open, and drugs given through a progression", () => {
  const strengthOf = (a: ReturnType<typeof assess>, id: string) =>
    a.options.find((o) => o.id === id)?.strength;

  it("U1: frail 80, DRd with no end, Kd from 2026-08-01, progression 30 days later: DRd's drugs not known, no first choice", () => {
    // criteria-and-scores.md 9.2; treatments.md 5d lists regimens by the drugs the disease is refractory to. Leaving
    // DRd's end blank kept DRd, DPd and Isa-Pd "standard" and Tec-Dara "preferred".
    const a = assess(read("review-c45-u1-frail-80-drd-no-end-switch-kd-pd-30d"));
    expect(a.linesOfTherapy.refractoryNotKnown).toEqual(["daratumumab", "lenalidomide"]);
    for (const id of ["rr.drd", "rr.dpd", "rr.isa-pd", "rr.tec-dara", "rr.dkd", "rr.krd"])
      expect(strengthOf(a, id), id).toBe("consider");
    expect(a.options.find((o) => o.id === "rr.drd")?.cautions).toContainEqual(
      expect.stringContaining("Refractoriness to daratumumab and lenalidomide is not known"),
    );
    expect(a.missingData.map((m) => m.field)).toContain("treatmentHistory.0.end");
    // BVd: DREAMM-7 excluded daratumumab-refractory disease, which is neither met nor ruled out (review c45-M1).
    expect(strengthOf(a, "rr.bvd")).toBe("consider");
  });

  it("U1: the same DRd recorded as ended 90 days before the switch is settled: not refractory, not capped", () => {
    const r = read("review-c45-u1-frail-80-drd-no-end-switch-kd-pd-30d");
    r.treatmentHistory[0].end = "2026-05-01";
    r.treatmentHistory[0].progressedOn = false;
    const a = assess(r);
    expect(a.linesOfTherapy.refractoryNotKnown).toBeUndefined();
    // Review c90-M1: the frail 80-year-old's Tec-Dara is held back for fitness (as CAR-T is), nothing else: not capped.
    const tecDara = a.options.find((o) => o.id === "rr.tec-dara");
    expect(tecDara?.strength).toBe("consider");
    expect(tecDara?.refractoryTo).toBeUndefined();
    expect(tecDara?.safetyFindings?.map((f) => f.ruleId)).toEqual([
      "rr.tec-dara.adjust.frailty-or-ecog-recorded",
    ]);
  });

  it("U2: lenalidomide maintenance with no end, daratumumab added, progression on it: lenalidomide-refractory", () => {
    // treatments.md 5: lenalidomide-refractory = progression on lenalidomide or within 60 days of the last dose.
    const r = read("review-c45-u2-r-maint-open-dara-added-pd-day31");
    const a = assess(r);
    expect(a.linesOfTherapy.lenalidomideRefractory).toBe(true);
    expect(a.options.map((o) => o.id)).not.toContain("rr.krd");
    expect(strengthOf(a, "cart.cilta-cel")).toBe("if-eligible");
    // Its end recorded after the progression (taken through it) reads the same, never less refractory.
    r.treatmentHistory[1].end = "2026-09-05";
    expect(assess(r).linesOfTherapy.lenalidomideRefractory).toBe(true);
  });

  it("W1: D-VRd with no end, then the transplant, progression 30 days after it: not known, its end asked, not 'on daratumumab now'", () => {
    const a = assess(read("review-c45-w1-dvrd-no-end-asct-pd-30d-after-asct"));
    expect(a.linesOfTherapy.refractoryDrugs).toEqual(["melphalan"]);
    expect(a.linesOfTherapy.refractoryNotKnown).toEqual(["bortezomib", "daratumumab", "lenalidomide"]);
    expect(a.missingData).toContainEqual(
      expect.objectContaining({
        field: "treatmentHistory.0.end",
        neededFor: expect.stringContaining("its last dose"),
      }),
    );
    expect(a.alerts.map((x) => x.id)).not.toContain("daratumumab.spep-interference");
    expect(a.alerts.map((x) => x.text).join(" ")).not.toContain("On daratumumab now");
  });

  it("m3: the denosumab calcium caution asks for a calcium not recorded, and says nothing above the CRAB level", () => {
    const caution = (r: Rec) =>
      assess(r)
        .options.find((o) => o.id === "sc.bone.denosumab")
        ?.cautions.find((c) => c.startsWith("Denosumab, calcium:"));
    const missing = read("review-c44-m2-ndmm-calcium-7.6-no-lower-limit-crcl-25");
    delete missing.labs.calcium;
    expect(caution(missing)).toContain("Not known: serum calcium");
    const high = read("review-c44-m2-ndmm-calcium-7.6-no-lower-limit-crcl-25");
    high.labs.calcium.value = 11.8;
    expect(caution(high)).toBeUndefined();
  });
});

describe("review c46 (re-check of 0.2.57): an unknown the values settle caps nothing", () => {
  // criteria-and-scores.md 9.2: refractory = progression within 60 days of the last dose; the progression date is the
  // first assessment meeting PD. Values assessed past the 60 days with no progression up to them settle it.
  it("W1: DRd ended in CR in 2021, the M-protein 0 for years, VCd later progressed: DRd's drugs are no open question", () => {
    const r = read("review-c46-w1-drd-2021-cr-values-zero-then-vcd-pd");
    const a = assess(r);
    expect(a.linesOfTherapy.refractoryNotKnown).toBeUndefined();
    expect(a.options.find((o) => o.id === "rr.tec-dara")?.strength).toBe("preferred");
    expect(a.options.find((o) => o.id === "rr.drd")?.strength).toBe("standard");
    // The same record with a progression-size rise 30 days after DRd's end: the values no longer settle it.
    r.series.serumMProtein.push({ date: "2021-03-31", value: 0.6, unit: "g/dL" });
    r.series.serumMProtein.push({ date: "2021-04-20", value: 0.8, unit: "g/dL" });
    expect(assess(r).linesOfTherapy.refractoryDrugs).toEqual(
      expect.arrayContaining(["daratumumab", "lenalidomide"]),
    );
  });

  it("W2: lenalidomide for smouldering myeloma stopped in 2024, values stable since: first-line care not capped", () => {
    const a = assess(read("review-c46-w2-smm-lenalidomide-stopped-2024-stable-values"));
    expect(a.linesOfTherapy.refractoryNotKnown).toBeUndefined();
    expect(a.options.find((o) => o.id === "ndmm.vrd")?.strength).toBe("standard");
  });
});

describe("review c46-m4: the clinician summary names a missing field once", () => {
  it("DRd's end, needed for the drugs given now and for refractoriness, is listed once in the phase's missing line", () => {
    const a = assess(read("review-c45-u1-frail-80-drd-no-end-switch-kd-pd-30d"));
    const text = renderClinicianSummary(a, "text");
    expect(text).not.toContain("treatmentHistory.0.end, treatmentHistory.0.end");
    expect(text).toMatch(/missing: treatmentHistory\.0\.end/);
  });
});

describe("review c47 (re-check of 0.2.58): only assessments before the next line settle an unknown", () => {
  it("U1: DRd switched to VCd 3 days later after a rise to 0.9 g/dL; VCd's response does not settle DRd's refractoriness", () => {
    // criteria-and-scores.md 6.2: PD is read on assessments taken before any new therapy starts; 9.2.
    const a = assess(read("review-c47-u1-drd-switch-vcd-3d-response-in-window"));
    expect(a.linesOfTherapy.refractoryNotKnown).toEqual(["daratumumab", "lenalidomide"]);
    for (const id of ["rr.drd", "rr.dpd", "rr.tec-dara"])
      expect(a.options.find((o) => o.id === id)?.strength, id).toBe("consider");
  });
});

/** Review c76 (AL amyloidosis, light-chain MGUS; report /work/review76/review.md): c76-W2 AL met with myeloma only not
 * excluded, c76-m5 light-chain MGUS with no marrow, c76-M1 the AL transplant gates not recorded, c76-m2 the cardiac-AL
 * drug alert, c76-m3 the myeloma CIBMTR clause on the AL transplant. Each case read the wrong thing on engine 0.2.79. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c76-${name}.json`), "utf8"),
  );
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const alertIds = (a: ReturnType<typeof assess>) => a.alerts.map((x) => x.id);
const flat = (s: string) => s.replace(/\s+/g, " ");
const handout = (r: Rec, w = EN) => flat(renderHandout(assess(r), "text", w));

const AL_MM = "al-marrow14-no-mri";
/** r760 of the review: the same record with 7% marrow plasma cells (no myeloma open). */
const marrow7 = (): Rec => {
  const r = read(AL_MM);
  r.marrow.clonalPlasmaCellPercent = 7;
  return r;
};

describe("c76-W2: AL met on all four criteria, 14% marrow, no MRI: AL amyloidosis, myeloma not excluded", () => {
  const a = assess(read(AL_MM));

  it("the category is AL amyloidosis (not indeterminate), with coexisting myeloma as the open question", () => {
    expect(a.diagnosis.category).toBe("al-amyloidosis");
    expect(a.diagnosis.likely).toBeNull();
    expect(a.diagnosis.alsoMeets ?? []).toEqual([]);
    const met = (id: string) => a.diagnosis.criteria.find((c) => c.id === id)?.status;
    expect(met("imwg2014.al")).toBe("met");
    expect(met("imwg2014.mm")).toBe("unknown");
    expect(a.diagnosis.couldChangeWith.join("; ")).toMatch(/^coexisting myeloma not excluded: MRI not done/);
    expect(a.missingData.map((m) => m.field)).toContain("imaging.mriFocalLesions");
  });

  it("no 'meets both' alert, no 'decide the category first' step; the AL options at their strength with 7% marrow", () => {
    expect(alertIds(a)).not.toContain("alert.myeloma-with-al-amyloidosis");
    expect(alertIds(a)).not.toContain("pathway.deciding-test-first");
    expect(a.plan.map((p) => p.title).join(" ")).not.toMatch(/Decide the category first/);
    const b = assess(marrow7());
    for (const id of ["al.d-vcd", "al.vcd"]) expect(option(a, id)?.strength).toBe(option(b, id)?.strength);
    expect(option(a, "al.d-vcd")?.strength).toBe("preferred");
    expect(option(a, "al.d-vcd")?.provisional).toBeUndefined();
  });

  it("the handout says the AL diagnosis is clear and one scan checks for myeloma too (EN, ES)", () => {
    const en = handout(read(AL_MM));
    expect(en).not.toContain(EN.unclear);
    expect(en).not.toMatch(/only if the tests confirm/);
    expect(en).toContain(EN.alMyelomaNotExcluded);
    const es = handout(read(AL_MM), ES);
    expect(es).not.toContain(ES.unclear);
    expect(es).toContain(ES.alMyelomaNotExcluded);
    const full = flat(renderPatientSummary(a, "text"));
    expect(full).toContain(EN.alMyelomaNotExcluded);
  });

  it("control: 7% marrow (r760): AL amyloidosis, nothing open about myeloma, no such sentence", () => {
    const b = assess(marrow7());
    expect(b.diagnosis.category).toBe("al-amyloidosis");
    expect(b.diagnosis.couldChangeWith).toEqual([]);
    expect(handout(marrow7())).not.toContain(EN.alMyelomaNotExcluded);
  });

  it("control: myeloma met too (r771: 35% marrow and anaemia; r772: 65% marrow): myeloma, alsoMeets AL, the alert", () => {
    const r771 = read(AL_MM);
    r771.marrow.clonalPlasmaCellPercent = 35;
    r771.labs.hemoglobin.value = 9.1;
    r771.labs.heavyChain = "IgG";
    r771.labs.serumMProtein = { value: 1.8, unit: "g/dL", date: "2026-11-20" };
    r771.conditions.anaemiaFromMyeloma = true;
    const r772 = read(AL_MM);
    r772.marrow.clonalPlasmaCellPercent = 65;
    for (const r of [r771, r772]) {
      const c = assess(r);
      expect(c.diagnosis.category).toBe("multiple-myeloma");
      expect(c.diagnosis.alsoMeets).toEqual(["al-amyloidosis"]);
      expect(alertIds(c)).toContain("alert.myeloma-with-al-amyloidosis");
      expect(handout(r)).not.toContain(EN.alMyelomaNotExcluded);
    }
  });
});

describe("c76-m5: light-chain MGUS with no marrow examined is MGUS (marrow not assessed)", () => {
  const a = assess(read("lc-mgus-no-marrow"));

  it("category mgus, light-chain subtype; the marrow and the imaging are still asked", () => {
    expect(a.diagnosis.category).toBe("mgus");
    expect(a.diagnosis.subtype).toBe("kappa light chain");
    const met = (id: string) => a.diagnosis.criteria.find((c) => c.id === id)?.status;
    expect(met("imwg2014.mgus.light-chain")).not.toBe("not-met");
    expect(met("imwg2014.mgus.marrow-not-assessed")).toBe("met");
    expect(a.diagnosis.couldChangeWith.join("; ")).toMatch(/bone marrow biopsy not done.*whole-body imaging/);
    expect(a.missingData.map((m) => m.field)).toEqual(
      expect.arrayContaining(["marrow.clonalPlasmaCellPercent", "imaging.osteolyticLesions"]),
    );
    expect(alertIds(a)).not.toContain("pathway.deciding-test-first");
  });

  it("the handout: 'Your results fit light-chain MGUS. A bone marrow test and a scan can make sure.' (EN, ES)", () => {
    const en = handout(read("lc-mgus-no-marrow"));
    expect(en).not.toContain(EN.unclear);
    expect(en).toContain(EN.lightChainMgusNoMarrow.fits);
    expect(en).toContain(EN.lightChainMgusNoMarrow.marrowAndScan);
    expect(EN.lightChainMgusNoMarrow.fits).toBe("Your results fit light-chain MGUS.");
    expect(EN.lightChainMgusNoMarrow.marrowAndScan).toBe("A bone marrow test and a scan can make sure.");
    const es = handout(read("lc-mgus-no-marrow"), ES);
    expect(es).not.toContain(ES.unclear);
    expect(es).toContain(ES.lightChainMgusNoMarrow.fits);
    expect(es).toContain(ES.lightChainMgusNoMarrow.marrowAndScan);
  });

  it("control: a SLiM free light chain ratio (>= 100 with the involved chain >= 100 mg/L) keeps its reading", () => {
    const slim = JSON.parse(
      readFileSync(
        join(import.meta.dirname, "../../examples/vignettes/review-c70-lc-mgus-slim-ratio-no-marrow.json"),
        "utf8",
      ),
    );
    const b = assess(slim);
    expect(b.diagnosis.category).toBe("indeterminate");
    expect(b.diagnosis.likely).toBe("mgus");
    const r = read("lc-mgus-no-marrow");
    r.labs.involvedFreeLightChain.value = 1300;
    expect(assess(r).diagnosis.category).toBe("indeterminate");
  });

  it("control: the marrow (5%) and imaging done: light-chain MGUS with no 'can make sure' sentence", () => {
    const r = read("lc-mgus-no-marrow");
    r.marrow = { clonalPlasmaCellPercent: 5, date: "2026-11-18" };
    r.imaging = { performed: true, modality: "whole-body-low-dose-CT", osteolyticLesions: 0 };
    const en = handout(r);
    expect(assess(r).diagnosis.category).toBe("mgus");
    expect(en).not.toContain(EN.lightChainMgusNoMarrow.marrowAndScan);
  });
});

describe("c76-M1: AL transplant candidate with the troponin T (or both markers) not recorded", () => {
  const GATES = /Troponin T \(and\/or NT-proBNP\) not recorded: the Mayo transplant gates cannot be checked/;

  for (const name of ["al-age58-markers-missing-candidate", "al-age58-troponin-missing"]) {
    it(`${name}: al.asct at consider with the caution, in the plan "not known yet"; the markers asked for the gates`, () => {
      const a = assess(read(name));
      const asct = option(a, "al.asct");
      expect(asct?.strength).toBe("consider");
      expect([...(asct?.because ?? []), ...(asct?.cautions ?? [])].join(" ")).toMatch(GATES);
      const step = a.plan.find((p) => p.optionIds.includes("al.asct"));
      expect(step?.title).toBe("Autologous stem cell transplant, if the gates are met (not known yet)");
      const tnt = a.missingData.find((m) => m.field === "labs.troponinT");
      expect(tnt?.neededFor).toMatch(/AL transplant gates/);
      expect(tnt?.neededFor).toMatch(/Mayo 2012 AL stage/);
    });
  }

  it("both markers missing: NT-proBNP is asked for the gates too", () => {
    const a = assess(read("al-age58-markers-missing-candidate"));
    expect(a.missingData.find((m) => m.field === "labs.ntProBnp")?.neededFor).toMatch(/AL transplant gates/);
  });

  it("the handout does not say the heart tests pass the checks; the transplant waits on them", () => {
    const a = assess(read("al-age58-troponin-missing"));
    const en = flat(renderHandout(a, "text"));
    expect(en).toMatch(/transplant/i);
    expect(en).toContain(EN.marks.afterHeartTest);
    const full = flat(renderPatientSummary(a, "text"));
    expect(full).not.toContain("Your heart blood tests pass the checks");
    expect(full).toContain(EN.alAsctGatesNotKnown);
    expect(flat(renderPatientSummary(a, "text", ES))).toContain(ES.alAsctGatesNotKnown);
  });

  it("control: gates met (troponin T 0.02 conventional, r767): if-eligible, the plain plan title", () => {
    const r = read("al-age58-troponin-missing");
    r.labs.troponinT = { value: 0.02, unit: "ng/mL", date: "2026-11-20", method: "conventional" };
    const a = assess(r);
    expect(option(a, "al.asct")?.strength).toBe("if-eligible");
    expect(a.plan.find((p) => p.optionIds.includes("al.asct"))?.title).toBe(
      "Autologous stem cell transplant, if the gates are met",
    );
    expect(a.missingData.find((m) => m.field === "labs.troponinT")).toBeUndefined();
  });

  it("control: a gate failed by a recorded value keeps the transplant off (r760 troponin 0.08; NT-proBNP 6200 alone)", () => {
    expect(option(assess(marrow7()), "al.asct")).toBeUndefined();
    const r = read("al-age58-markers-missing-candidate");
    r.labs.ntProBnp = { value: 6200, unit: "pg/mL", date: "2026-11-20" };
    expect(option(assess(r), "al.asct")).toBeUndefined();
  });
});

describe("c76-m2: the cardiac-AL drug alert", () => {
  const text = (a: ReturnType<typeof assess>, id: string) => a.alerts.find((x) => x.id === id)?.text ?? "";

  it("heart involved (r760): the reference sentence only, no digoxin dosing instruction", () => {
    const t = text(assess(marrow7()), "alert.al-cardiac-drugs");
    expect(t).toMatch(
      /avoid, or use with great caution, digoxin, non-dihydropyridine calcium-channel blockers and beta-blockers/,
    );
    expect(t).not.toMatch(/lower doses|levels watched/);
  });

  it("renal AL on dialysis, heart not recorded as involved (r763): worded 'if the heart is involved'", () => {
    const a = assess(read("al-renal-on-dialysis"));
    expect(alertIds(a)).not.toContain("alert.al-cardiac-drugs");
    const t = text(a, "alert.al-cardiac-drugs-if-heart");
    expect(t).toMatch(/If the heart is involved/);
    expect(t).not.toMatch(/lower doses/);
  });

  it("control: on dialysis with the heart among the organs: the plain alert", () => {
    const r = read("al-renal-on-dialysis");
    r.conditions.amyloidOrgans = ["kidney", "heart"];
    const a = assess(r);
    expect(alertIds(a)).toContain("alert.al-cardiac-drugs");
    expect(alertIds(a)).not.toContain("alert.al-cardiac-drugs-if-heart");
  });

  it("control: stage III from markers, not on dialysis, kidney only recorded: the plain alert (as before)", () => {
    const r = read("al-renal-on-dialysis");
    r.conditions.renalFailureOnDialysis = false;
    r.labs.creatinine.value = 1.0;
    const a = assess(r);
    expect(alertIds(a)).toContain("alert.al-cardiac-drugs");
    expect(alertIds(a)).not.toContain("alert.al-cardiac-drugs-if-heart");
  });
});

describe("c76-m3: the AL transplant card carries no myeloma dialysis-independence clause", () => {
  it("renal AL on dialysis (r763): the Mel140 clinician decision stays, the CIBMTR dialysis clause goes", () => {
    const cautions = option(assess(read("al-renal-on-dialysis")), "al.asct")?.cautions.join(" ") ?? "";
    expect(cautions).toMatch(/CrCl <30 mL\/min or dialysis - clinician decision; consider Mel140/);
    expect(cautions).not.toMatch(/dialysis-independent/);
  });

  it("control: the myeloma transplant on dialysis keeps it", () => {
    const r = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../examples/vignettes/ndmm-kidney-injury.json"), "utf8"),
    );
    r.conditions = { ...r.conditions, renalFailureOnDialysis: true };
    r.transplant = { candidate: "yes" };
    const asct = option(assess(r), "ndmm.te.asct");
    expect(asct?.cautions.join(" ")).toMatch(/most dialysis patients became dialysis-independent/);
  });
});

/** Review c29 (a myeloma specialist, read-only, on engine 0.2.35, re-checking review c28's fixes). The
 * vignettes are the reviewer's records (examples/vignettes/review-c29-*).
 * - U1' (UNSAFE): a CAR-T entry opened at apheresis or lymphodepletion (cyclophosphamide and fludarabine among
 *   its drugs) and no end was dated from its start: 16 days "after the infusion" the 2-week US restrictions
 *   (treatments.md 10) were said to have ended, the patient's page left out "do not drive", and a count of the
 *   lymphodepletion was read as one after the infusion.
 * - W6: D-VRd, Isa-VRd and D-VMP as a first line without a transplant had no option for the continuation their
 *   own rows give (treatments.md 4: D-VRd x 8 then D-Rd, CEPHEUS; Isa-VRd then Isa-Rd, IMROZ; D-VMP x 9 then
 *   daratumumab maintenance, ALCYONE); after a finished D-VMP line the plan's next step was "VRd x8 then Rd". */
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
const ids = (r: Rec) => assess(r).alerts.map((x) => x.id);
const optionIds = (r: Rec) => assess(r).options.map((o) => o.id);
/** Review c89-M2: the record with its first-line VRd or D-VRd (8 cycles of 21 days, treatments.md 4) in its last cycle on
 * 2026-12-01 (day 147), when the continuation is listed as an option. */
const lastCycle = (r: Rec): Rec => {
  r.treatmentHistory[0].start = "2026-07-07";
  return r;
};
const page = (r: Rec) => renderHandout(assess(r), "text").replace(/\s+/g, " ");
const DO_NOT_DRIVE = "For 2 weeks after the infusion, do not drive and stay near your treatment centre.";

describe("U1': a CAR-T entry with lymphodepletion drugs and no end does not date the infusion", () => {
  // Cilta-cel with cyclophosphamide and fludarabine from 2026-08-20, no end; asOf 2026-09-05; ANC 0.4 on
  // 2026-08-30 (lymphodepletion, or after the infusion: the record cannot say).
  const NAME = "review-c29-r-cart-c2-open-entry-lymphodepletion-count";

  it("asks for the infusion day and never says the 2-week restrictions have ended", () => {
    const a = assess(read(NAME));
    const got = a.alerts.map((x) => x.id);
    expect(got).toContain("alert.car-t.infusion-day-not-recorded");
    expect(got).not.toContain("alert.car-t.after-infusion");
    expect(got).not.toContain("alert.car-t.first-two-weeks");
    expect(a.phase?.reason).toContain("the infusion day is not recorded");
    expect(a.phase?.reason).not.toContain("days ago");
  });

  it("reads no count as one after the infusion", () => {
    const got = ids(read(NAME));
    expect(got).not.toContain("alert.car-t.neutropenia-grade-3");
    expect(got).not.toContain("alert.car-t.no-count-since-infusion");
  });

  it("the patient's page keeps the do-not-drive words and does not say the infusion was given on a day", () => {
    const text = page(read(NAME));
    expect(text).toContain(DO_NOT_DRIVE);
    expect(text).toContain("Your record does not show the day of your infusion yet.");
    expect(text).not.toContain("The infusion was on");
    const es = renderHandout(assess(read(NAME)), "text", WORDS.es).replace(/\s+/g, " ");
    expect(es).toContain("Su historia clínica todavía no muestra el día de su infusión.");
  });

  it("the same entry with the start a month earlier (start-only record): still undated", () => {
    const got = ids(read("review-c29-r-cart-c-start-only-no-end"));
    expect(got).toContain("alert.car-t.infusion-day-not-recorded");
    expect(got).not.toContain("alert.car-t.after-infusion");
  });

  it("control: the infusion recorded as the entry's end dates it (day 4: the first two weeks, the count read)", () => {
    const r = read(NAME);
    r.treatmentHistory[3].end = "2026-09-01";
    r.labs.neutrophils.date = "2026-09-03";
    const a = assess(r);
    const got = a.alerts.map((x) => x.id);
    expect(got).not.toContain("alert.car-t.infusion-day-not-recorded");
    expect(got).toContain("alert.car-t.first-two-weeks");
    expect(got).toContain("alert.car-t.neutropenia-grade-3");
    expect(a.phase?.reason).toContain(
      "after a one-time CAR-T infusion (ciltacabtagene autoleucel) on 2026-09-01, 4 days ago",
    );
    expect(page(r)).toContain(DO_NOT_DRIVE);
  });

  it("control: a CAR-T entry listing the product alone is dated from its start (the contract's reading)", () => {
    const r = read(NAME);
    r.treatmentHistory[3].drugs = ["ciltacabtagene autoleucel"];
    const got = ids(r);
    expect(got).not.toContain("alert.car-t.infusion-day-not-recorded");
    expect(got).toContain("alert.car-t.after-infusion");
  });
});

describe("W6: a first-line quadruplet without a transplant has its own continuation", () => {
  it("D-VRd at 80, not a transplant candidate: D-Rd until progression (CEPHEUS) in the maintenance step", () => {
    // Review c89-M2: in week 9 the continuation is the plan's next step with no option yet; listed from week 21.
    const early = assess(read("review-c29-r-fl-dvrd-80-cand-no"));
    expect(early.plan.find((s) => s.phase === "maintenance")?.status).toBe("next");
    expect(early.options.map((o) => o.id)).not.toContain("pathway.no-asct.d-rd-after-d-vrd");
    const a = assess(lastCycle(read("review-c29-r-fl-dvrd-80-cand-no")));
    const step = a.plan.find((s) => s.phase === "maintenance");
    expect(step?.status).toBe("next");
    expect(step?.optionIds).toContain("pathway.no-asct.d-rd-after-d-vrd");
    const o = a.options.find((x) => x.id === "pathway.no-asct.d-rd-after-d-vrd");
    expect(o?.citations).toContain("usmani-2025-nat-med");
    expect(renderHandout(a, "text")).toMatch(/Long-term treatment with daratumumab, lenalidomide\s+and/);
  });

  it("D-VRd with candidacy not recorded: the D-Rd continuation shown, marked 'if not a transplant candidate'", () => {
    // Review c30-W1: on first-line induction the open candidacy branches the options (it named the candidacy
    // as missing on the option while the branch was withdrawn).
    const a = assess(lastCycle(read("review-c29-r-fl-dvrd-80")));
    const o = a.options.find((x) => x.id === "pathway.no-asct.d-rd-after-d-vrd");
    expect(o?.conditionalOn).toBe("not-transplant-candidate");
    expect(a.missingData.map((m) => m.field)).toContain("transplant.candidate");
  });

  it("control: D-VRd with candidacy yes (PERSEUS induction): no D-Rd continuation without a transplant", () => {
    const r = read("review-c29-r-fl-dvrd-80-cand-no");
    r.transplant.candidate = "yes";
    r.patient.age = 60; // at 80 fitness would question the candidacy, and both branches would be shown
    expect(optionIds(r)).not.toContain("pathway.no-asct.d-rd-after-d-vrd");
  });

  it("Isa-VRd: Isa-Rd continuous (IMROZ); not for D-VRd", () => {
    expect(optionIds(read("review-c29-r-fl-isavrd-80"))).toContain("pathway.no-asct.isa-rd-after-isa-vrd");
    expect(optionIds(read("review-c29-r-fl-dvrd-80"))).not.toContain("pathway.no-asct.isa-rd-after-isa-vrd");
  });

  it("D-VMP being given: daratumumab maintenance (ALCYONE), UNVERIFIED as the reference's row", () => {
    const a = assess(read("review-c29-q-fl-b-dvmp-64-candidacy-absent"));
    const o = a.options.find((x) => x.id === "pathway.no-asct.daratumumab-after-d-vmp");
    expect(o?.verified).toBe(false);
    expect(a.plan.find((s) => s.phase === "maintenance")?.optionIds).toContain(o?.id);
  });

  it("D-VMP ended without progression: the next step is its daratumumab maintenance, not VRd x8 then Rd", () => {
    const a = assess(read("review-c28-q-fl-n2-dvmp-finished-responding-74"));
    const next = a.plan.find((s) => s.status === "next");
    expect(next?.title).toBe("Daratumumab maintenance after 9 cycles of D-VMP (ALCYONE)");
    expect(next?.optionIds[0]).toBe("pathway.no-asct.daratumumab-after-d-vmp");
    const o = a.options.find((x) => x.id === "pathway.no-asct.daratumumab-after-d-vmp");
    expect(o?.cautions.join(" ")).toContain("its continuation is not recorded since");
  });

  it("control: on the daratumumab maintenance after D-VMP, the line being given stands for it", () => {
    const got = optionIds(read("review-c29-q-fl-m-dvmp-then-dara-maint-candidacy-absent"));
    expect(got).toContain("pathway.continue-current-line");
    expect(got).not.toContain("pathway.no-asct.daratumumab-after-d-vmp");
  });
});

describe("m6: on an immunomodulatory drug, clot prevention stays on the patient's care list", () => {
  it("D-VRd at 80: the page is cut to its word limit, and 'prevent blood clots' is kept", () => {
    const r = read("review-c29-r-fl-dvrd-80");
    // Review c79-M2: age 80 alone no longer holds the transplant-intensity options (criteria-and-scores 8.3); a
    // Charlson index of 2 (IMWG frail) does, as the age did when this test was written, and fills the page again.
    r.fitness.charlson = 2;
    const a = assess(r);
    expect(a.options.map((o) => o.id)).toContain("sc.vte.imid-prophylaxis");
    const text = renderHandout(a, "text").replace(/\s+/g, " ");
    expect(text).toMatch(/more options? (is|are) in the full details/);
    expect(text).toContain("Medicine to prevent blood clots");
    expect(renderHandout(a, "text", WORDS.es).replace(/\s+/g, " ")).toContain(
      "Medicamento para prevenir coágulos de sangre",
    );
  });

  it("a frail transplant candidate on VRd (the page cut before this fix dropped it)", () => {
    const text = page(read("pathway-frail-candidate-on-vrd-induction"));
    expect(text).toContain("Medicine to prevent blood clots");
  });
});

describe("W7 / c28-M2: a count-driven alert names the count it read and its date", () => {
  it("teclistamab with only a count from before the first dose: the request for a current count names it", () => {
    const a = assess(read("review-c29-r-bs-b-tec-low-before-start"));
    const al = a.alerts.find((x) => x.id === "alert.bispecific.no-count-since-start");
    expect(al?.text).toContain(
      "absolute neutrophil count: 0.4 x10^9/L; date of the neutrophil count: 2026-11-05",
    );
  });

  it("after CAR-T, the grade 3 alert names the count since the infusion and its date", () => {
    const a = assess(read("review-c28-q-cart-g2-start-apheresis-day9"));
    const al = a.alerts.find((x) => x.id === "alert.car-t.neutropenia-grade-3");
    expect(al?.text).toContain("0.3 x10^9/L; date of the neutrophil count: 2026-09-08");
  });

  it("an undated count is said to be read as today's", () => {
    const r = read("review-c28-q-cart-g2-start-apheresis-day9");
    r.labs.neutrophils.date = undefined;
    const al = assess(r).alerts.find((x) => x.id === "alert.car-t.neutropenia-grade-3");
    expect(al?.text).toContain("date of the neutrophil count: undated, read as today's");
  });
});

describe("M10: SLiM free light chains disputed by two pairs name no likely category", () => {
  // Untreated, IgG-kappa, marrow 15%; labs: undated 160/8 mg/L; series: 850/8 mg/L on 2026-11-25 (meets SLiM).
  const NAME = "review-c29-q-flc-a-smm-undated-below-series-above";

  it("no lean, no smouldering myeloma options; the deciding test is the free light chain pair", () => {
    const a = assess(read(NAME));
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(a.options.map((o) => o.id)).not.toContain("smm.monitoring");
    expect(a.diagnosis.couldChangeWith.join(" ")).toContain(
      "the undated pair and the pair of 2026-11-25 disagree on the SLiM level",
    );
    const first = a.alerts.find((x) => x.id === "pathway.deciding-test-first")?.text ?? "";
    expect(first).toContain("the findings fit multiple myeloma or smouldering myeloma");
    expect(first).toContain("two pairs of serum free light chains disagree on the SLiM criterion");
    expect(a.plan[0]?.title).toContain("Decide the category first: serum free light chains");
  });

  it("the follow-up of smouldering myeloma is kept meanwhile (the overdue electrophoresis)", () => {
    expect(ids(read(NAME))).toContain("monitoring.overdue.serum-protein-electrophoresis");
  });

  it("the patient's page says a new light chain test decides, not 'could fit smouldering myeloma'", () => {
    const text = page(read(NAME));
    expect(text).toContain("A new light chain test will tell.");
    expect(text).not.toContain("could fit smoldering myeloma");
    expect(text).not.toContain("are not done yet");
  });

  it("control: the labs' pair dated as the series' (no dispute): multiple myeloma by SLiM", () => {
    const r = read(NAME);
    r.labs.involvedFreeLightChain = { value: 850, unit: "mg/L", date: "2026-11-25" };
    r.labs.uninvolvedFreeLightChain = { value: 8, unit: "mg/L", date: "2026-11-25" };
    expect(assess(r).diagnosis.category).toBe("multiple-myeloma");
  });
});

describe("M9: a rise after a plasmacytoma's radiotherapy comes before the routine follow-up", () => {
  it("one raised value (serum 0.3 to 0.9 g/dL): said to be one value, not confirmed", () => {
    const a = assess(read("review-c29-q-sp-f-single-rise"));
    const al = a.alerts.find((x) => x.id === "evolving.m-protein-rising");
    expect(al?.text).toContain("0.9 g/dL (2026-11-15; one value, not confirmed: repeat it");
  });

  it("the same for a watched MGUS: 0.6 to 1.2 g/dL met by the latest value alone", () => {
    const al = assess(read("review-c11a-mgus-low-risk-rising")).alerts.find(
      (x) => x.id === "evolving.m-protein-rising",
    );
    expect(al?.text).toContain("1.2 g/dL (2026-11-20; one value, not confirmed: repeat it");
  });

  it("a confirmed rise is not called unconfirmed", () => {
    const a = assess(read("review-c27-v08c-sbp-after-rt-m-protein-rising"));
    const al = a.alerts.find((x) => x.id === "evolving.m-protein-rising");
    expect(al?.text).toContain("the rise first met the thresholds at 0.9 g/dL on 2026-06-01");
    expect(al?.text).not.toContain("not confirmed");
  });

  it("the clinician's next step looks for progression; the patient's page gives no routine due date", () => {
    const a = assess(read("review-c29-q-sp-f-single-rise"));
    expect(renderClinicianSummary(a, "text").replace(/\s+/g, " ")).toContain(
      "Next step: look for progression to myeloma",
    );
    expect(page(read("review-c29-q-sp-f-single-rise"))).not.toContain("is due on");
  });

  it("control: without the rise the routine next due date is given", () => {
    const r = read("review-c29-q-sp-f-single-rise");
    r.series.serumMProtein = r.series.serumMProtein.filter((p: { value: number }) => p.value < 0.5);
    r.labs.serumMProtein.value = 0.3;
    expect(ids(r)).not.toContain("evolving.m-protein-rising");
    expect(page(r)).toContain("is due on");
  });
});

describe("M7: candidacy not recorded, the plan and the next step name the path without a transplant", () => {
  it("VRd at 80: the maintenance step says what goes on without a transplant; the next step asks for the decision", () => {
    const a = assess(read("review-c29-r-fl-vrd-80"));
    const step = a.plan.find((s) => s.phase === "maintenance");
    expect(step?.title).toContain("without a transplant (candidacy not recorded), continued therapy instead");
    // Review c89-M2: continued lenalidomide is listed (and held by the step) from VRd's last cycle, week 21.
    expect(step?.optionIds).not.toContain("pathway.no-asct.continued-lenalidomide");
    expect(
      assess(lastCycle(read("review-c29-r-fl-vrd-80"))).plan.find((s) => s.phase === "maintenance")
        ?.optionIds,
    ).toContain("pathway.no-asct.continued-lenalidomide");
    expect(renderClinicianSummary(a, "text").replace(/\s+/g, " ")).toContain(
      "Next step: record the transplant decision (transplant.candidate): if a candidate, stem cell collection",
    );
  });

  it("after the transplant (candidacy never recorded): no step done or given says the candidacy is open", () => {
    const a = assess(read("review-c29-q-flc-h-treated-mm-maint-conflict"));
    expect(a.plan.find((s) => s.phase === "transplant")?.status).toBe("done");
    for (const s of a.plan) {
      expect(s.title).not.toContain("candidacy not recorded");
    }
  });

  it("control: a transplant candidate of 60 on VRd: the transplant path alone", () => {
    const r = read("review-c29-r-fl-vrd-80");
    r.transplant = { candidate: "yes" };
    r.patient.age = 60;
    const a = assess(r);
    expect(a.plan.find((s) => s.phase === "maintenance")?.title).not.toContain("without a transplant");
    expect(renderClinicianSummary(a, "text")).not.toContain("record the transplant decision");
  });
});

describe("m8: a field needed for an option whose title holds a comma names it once", () => {
  it("frail candidate on VRd: 'Continue the line of therapy being given, and assess its response' once", () => {
    const a = assess(read("pathway-frail-candidate-on-vrd-induction"));
    const m = a.missingData.find((x) => x.field === "conditions.hepaticImpairment");
    expect(
      m?.neededFor.split("Continue the line of therapy being given, and assess its response").length,
    ).toBe(2);
  });
});

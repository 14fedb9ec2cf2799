/**
 * Review c19 (a specialist's review of vignettes not covered before; /work/review19 in the session that made
 * it). No unsafe finding; these are its misleading ones and the minor ones fixed:
 * 1. Positive HBV serology (HBsAg or anti-HBc) was used only on anti-CD38 options: VRd, ASCT and the alerts
 *    said nothing. ASCO 2020 (hwang-2020-jco-hbv; not in the clinical reference) is about any systemic
 *    anticancer therapy: now a card and a warning whatever the regimen.
 * 2. Light-chain MGUS met (negative serum immunofixation) with the heavy chain not typed was followed by
 *    SPEP, which cannot show its progression (criteria-and-scores.md 1.3; treatments.md 2a).
 * 3. Grade 3 neuropathy on D-VRd: the consolidation card (the induction's drugs again, treatments.md 3b-3c)
 *    had no bortezomib hold (treatments.md 7b).
 * 5. The high-risk SMM monitoring card said "every 2-3 months in the first year"; the reference (2a) says
 *    2-3 months after diagnosis, then every 4-6 months for a year, then 6-12 months if stable.
 * 6. Age above the trial range was said for D-VTd (CASSIOPEIA <=65) only, not D-VRd (PERSEUS <=70) or Isa-VRd
 *    (GMMG-HD7 18-70; treatments.md 3b).
 * 8. A patient on full-dose anticoagulation was told both "aspirin or LMWH by risk" and "do not add LMWH or
 *    aspirin" on each IMiD option.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import type { Assessment, AssessmentOption } from "./assessment.js";
import { assessCompact } from "./compact.js";

type Rec = Record<string, unknown>;
const read = (path: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${path}.json`, import.meta.url), "utf8")) as Rec;
const option = (a: Assessment, id: string): AssessmentOption | undefined =>
  a.options.find((o) => o.id === id);
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);

describe("c19-1: positive hepatitis B serology, whatever the regimen", () => {
  const hbsag = read("review-c19-hbsag-positive-untreated");

  it("untreated, HBsAg positive: a standard card and a warning, with ASCO 2020 cited", () => {
    const a = assess(hbsag);
    const card = option(a, "sc.infection.hbv-positive") as AssessmentOption;
    expect(card.strength).toBe("standard");
    expect(card.clinicianText).toContain(
      "antiviral prophylaxis through and for at least 12 months after therapy",
    );
    expect(card.citations).toContain("hwang-2020-jco-hbv");
    expect(alertIds(a)).toContain("alert.hbv.serology-positive");
    expect(a.alerts.find((x) => x.id === "alert.hbv.serology-positive")?.severity).toBe("warning");
    // The screening card asks for a test already done: not listed.
    expect(option(a, "sc.infection.hbv-screening")).toBeUndefined();
    // Codes only: the same ids.
    const c = assessCompact(hbsag);
    expect(c.options).toContain("sc.infection.hbv-positive");
    expect(c.alerts.map((x) => x.id)).toContain("alert.hbv.serology-positive");
  });

  it("past infection (anti-HBc only) too; negative serology: neither", () => {
    const labs = {
      ...(hbsag.labs as Rec),
      hepatitisBSurfaceAntigen: "negative",
      hepatitisBCoreAntibody: "positive",
    };
    expect(option(assess({ ...hbsag, labs }), "sc.infection.hbv-positive")).toBeDefined();
    const negative = { ...labs, hepatitisBCoreAntibody: "negative" };
    const a = assess({ ...hbsag, labs: negative });
    expect(option(a, "sc.infection.hbv-positive")).toBeUndefined();
    expect(alertIds(a)).not.toContain("alert.hbv.serology-positive");
  });

  it("on daratumumab the anti-CD38 rule's alert is the one given (not two alerts for one finding)", () => {
    const onDrd: Rec = {
      ...hbsag,
      treatmentHistory: [
        {
          regimen: "DRd",
          drugs: ["daratumumab", "lenalidomide", "dexamethasone"],
          start: "2026-11-01",
          phase: "induction",
        },
      ],
    };
    const a = assess(onDrd);
    expect(alertIds(a)).toContain("anti-cd38.hbv-serology-positive");
    expect(alertIds(a)).not.toContain("alert.hbv.serology-positive");
    expect(option(a, "sc.infection.hbv-positive")).toBeDefined();
  });
});

describe("c19-2: light-chain MGUS with the heavy chain not typed", () => {
  const lc = read("review-c19-light-chain-mgus-heavy-chain-not-typed");

  it("is followed by the free light chains (not SPEP), and its subtype says light chain", () => {
    const a = assess(lc);
    expect(a.diagnosis.category).toBe("mgus");
    expect(a.diagnosis.subtype).toBe("kappa light chain");
    expect(a.monitoring.items.map((i) => i.test)).toEqual(["free light chains"]);
    expect(a.monitoring.plan).toContain("Light-chain MGUS: serum free light chains");
    expect(a.monitoring.items[0]?.intervalText).toBe("FLC at 6 months after the first (diagnostic) result");
    // The same plan as with the heavy chain typed "none".
    const typed = assess({ ...lc, labs: { ...(lc.labs as Rec), heavyChain: "none" } });
    expect(typed.monitoring.items.map((i) => [i.test, i.due])).toEqual(
      a.monitoring.items.map((i) => [i.test, i.due]),
    );
  });

  it("a non-IgM MGUS with the heavy chain not typed keeps the SPEP", () => {
    const spike = read("mgus-low-risk");
    const labs = { ...(spike.labs as Rec) };
    delete labs.heavyChain;
    const a = assess({ ...spike, labs });
    expect(a.monitoring.items.map((i) => i.test)).not.toContain("free light chains");
  });
});

describe("c19-3: consolidation carries the induction's drug rules", () => {
  it("grade 3 neuropathy on D-VRd: the consolidation card has the bortezomib hold", () => {
    const a = assess(read("review-c19-grade3-neuropathy-on-dvrd-induction"));
    const hold = "Bortezomib, neuropathy grade 2 with pain or grade 3: hold until grade 1 or less";
    const consolidation = option(a, "ndmm.te.consolidation") as AssessmentOption;
    expect(consolidation.regimen?.code).toBe("D-VRd");
    expect(consolidation.cautions.some((c) => c.startsWith(hold))).toBe(true);
    expect(option(a, "pathway.continue-current-line")?.cautions.some((c) => c.startsWith(hold))).toBe(true);
  });

  it("untreated: no line, so no regimen (as before)", () => {
    const a = assess(read("ndmm-transplant-eligible"));
    expect(option(a, "ndmm.te.consolidation")?.regimen).toBeNull();
  });
});

describe("c19-5, 6, 8: card words from the reference", () => {
  it("high-risk SMM monitoring card gives the reference's schedule", () => {
    const a = assess(read("handout-spanish-smm-high-risk-woman"));
    const card = option(a, "smm.high-risk.active-monitoring") as AssessmentOption;
    expect(card.clinicianText).toContain(
      "Re-test 2-3 months after diagnosis, then every 4-6 months for a year, then every 6-12 months if stable",
    );
    expect(card.clinicianText).not.toContain("every 2-3 months in the first year");
  });

  it("older than PERSEUS (<=70) and GMMG-HD7 (18-70): said on D-VRd and Isa-VRd; 70 itself is not", () => {
    const r = read("ndmm-transplant-eligible");
    const at = (age: number) => assess({ ...r, patient: { ...(r.patient as Rec), age } });
    const older = (o: AssessmentOption | undefined, trial: string) =>
      o?.cautions.some((c) => c.startsWith(`${trial} enrolled transplant-eligible patients aged`)) ?? false;
    const a73 = at(73);
    expect(older(option(a73, "ndmm.te.d-vrd"), "PERSEUS")).toBe(true);
    expect(option(a73, "ndmm.te.d-vrd")?.cautions.join(" ")).toContain("age: 73 years");
    expect(older(option(a73, "ndmm.te.isa-vrd"), "GMMG-HD7")).toBe(true);
    const a70 = at(70);
    expect(older(option(a70, "ndmm.te.d-vrd"), "PERSEUS")).toBe(false);
    expect(older(option(a70, "ndmm.te.isa-vrd"), "GMMG-HD7")).toBe(false);
  });

  it("on full-dose anticoagulation an IMiD option says 'do not add', never 'aspirin or LMWH by risk'", () => {
    const r = read("review-c9-warfarin-vte-starting-drd");
    const a = assess({ ...r, conditions: { ...(r.conditions as Rec), anticoagulation: "therapeutic" } });
    const byRisk = "Immunomodulatory drug: boxed warnings for DVT/PE; give thromboprophylaxis by risk";
    const imid = a.options.filter((o) => o.regimen?.drugs.includes("lenalidomide"));
    expect(imid.length).toBeGreaterThan(0);
    for (const o of imid) {
      expect(
        o.cautions.some((c) => c.startsWith(byRisk)),
        o.id,
      ).toBe(false);
      expect(
        o.cautions.some((c) => c.includes("do not add LMWH or aspirin")),
        o.id,
      ).toBe(true);
    }
    // Anticoagulation not recorded: the by-risk words stay.
    const plain = assess(r);
    expect(
      plain.options.some((o) => o.cautions.some((c) => c.startsWith(byRisk))),
      "by-risk caution without anticoagulation",
    ).toBe(true);
  });
});

describe("c19-7: the plan after a recorded consolidation", () => {
  const r = read("pathway-after-asct-dvrd-consolidation");
  const stepsOf = (a: Assessment) => a.plan.map((s) => `${s.status}:${s.phase}`);

  it("consolidation due: its step is current and maintenance next (as before)", () => {
    expect(stepsOf(assess(r))).toEqual([
      "done:induction",
      "done:transplant",
      "current:post-transplant",
      "next:maintenance",
      "if-progressed:relapsed",
    ]);
  });

  it("consolidation given and finished: its step is done and maintenance is next", () => {
    const given: Rec = {
      ...r,
      treatmentHistory: [
        ...(r.treatmentHistory as Rec[]),
        {
          regimen: "D-VRd consolidation",
          drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
          start: "2026-10-20",
          end: "2026-11-20",
          phase: "consolidation",
          plannedWithPrevious: true,
        },
      ],
    };
    const a = assess(given);
    expect(a.phase.code).toBe("post-transplant");
    expect(stepsOf(a)).toEqual([
      "done:induction",
      "done:transplant",
      "done:post-transplant",
      "next:maintenance",
      "if-progressed:relapsed",
    ]);
    expect(a.plan.find((s) => s.phase === "maintenance")?.optionIds).toContain("maint.lenalidomide");
  });
});

describe("c19-9: a dose alert for a drug the disease is refractory to", () => {
  it("says it applies only if the drug is continued; a drug the disease is not refractory to reads as before", () => {
    const a = assess(read("review-c19-dialysis-relapse-on-rd-len-refractory"));
    expect(a.linesOfTherapy.refractoryDrugs).toContain("lenalidomide");
    const dose = a.alerts.find((x) => x.id === "lenalidomide.renal.dialysis");
    expect(dose?.text).toMatch(
      /^On lenalidomide now \(the disease is refractory to it: this applies if it is continued\)\. Lenalidomide, kidney function: on dialysis: 5 mg daily/,
    );
    // On DRd without progression (a kidney band of lenalidomide): the plain opening.
    const onR = assess(read("pathway-drd-week-3"));
    const plain = onR.alerts.filter((x) => x.text.startsWith("On lenalidomide"));
    expect(plain.length).toBeGreaterThan(0);
    for (const x of plain) expect(x.text.startsWith("On lenalidomide now. "), x.id).toBe(true);
  });
});

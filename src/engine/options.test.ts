import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LENALIDOMIDE_KIDNEY, ZOLEDRONIC_KIDNEY } from "../knowledge/drug-rules.js";
import { FACT_NAMES, KNOWLEDGE_ENTRIES, KNOWLEDGE_VERSION, type Situation } from "../knowledge/index.js";
import { arbJurisdiction, arbSituation } from "../testing/arbitraries.js";
import { assess } from "./assess.js";
import type { Assessment, AssessmentOption } from "./assessment.js";
import { compareOptions, evaluateKnowledge, sortOptions } from "./options.js";

const vignette = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const ids = (a: { options: AssessmentOption[] }) => a.options.map((o) => o.id);
const opt = (a: { options: AssessmentOption[] }, id: string): AssessmentOption => {
  const o = a.options.find((x) => x.id === id);
  if (!o) throw new Error(`option ${id} not shown; shown: ${ids(a).join(", ")}`);
  return o;
};

/** A situation where nothing is known except what the test sets. */
function situation(overrides: Partial<Situation>): Situation {
  const base = Object.fromEntries(FACT_NAMES.map((f) => [f, null])) as unknown as Situation;
  return { ...base, category: "multiple-myeloma", treated: false, ...overrides };
}

describe("vignettes through assess()", () => {
  it("solitary bone plasmacytoma with fracture, 6 cm: RT, surgery then RT, and closer watch / trial", () => {
    const a = assess(vignette("sp-bone"));
    expect(a.diagnosis.category).toBe("solitary-plasmacytoma");
    expect(ids(a)).toEqual(["sp.bone.radiotherapy", "sp.bone.surgery", "sp.high-risk.trial"]);
    expect(opt(a, "sp.bone.surgery").because).toContain("pathological fracture: yes");
    expect(opt(a, "sp.high-risk.trial").because).toContain("plasmacytoma size: 6 cm (>= 5 cm)");
    expect(opt(a, "sp.bone.radiotherapy").cautions.join(" ")).toMatch(/5 cm or more: worse local control/);
    expect(opt(a, "sp.bone.radiotherapy").verified).toBe(false); // ILROG size-split doses are UNVERIFIED
  });

  it("extramedullary plasmacytoma with minimal marrow involvement: RT, excision + RT, trial", () => {
    const a = assess(vignette("sp-extramedullary-minimal-marrow"));
    expect(a.diagnosis.category).toBe("solitary-plasmacytoma-minimal-marrow");
    expect(ids(a)).toEqual([
      "sp.extramedullary.radiotherapy",
      "sp.extramedullary.excision",
      "sp.high-risk.trial",
    ]);
    expect(opt(a, "sp.extramedullary.radiotherapy").cautions.join(" ")).toMatch(/strongest predictor/);
    expect(opt(a, "sp.extramedullary.excision").cautions).toContain(
      "Excision alone is not standard therapy: plan radiotherapy after surgery.",
    );
  });

  it("low-risk MGUS: observation with the IMWG 2010 interval, nothing else", () => {
    const a = assess(vignette("mgus-low-risk"));
    expect(a.diagnosis.category).toBe("mgus");
    expect(ids(a)).toEqual(["mgus.low-risk.monitoring"]);
    expect(opt(a, "mgus.low-risk.monitoring").clinicianText).toMatch(/every 2-3 years/);
  });

  it("low-risk SMM: active monitoring is standard; no daratumumab", () => {
    const a = assess(vignette("smm-low-risk"));
    expect(a.risk.smmMayo2018.group).toBe("low");
    expect(opt(a, "smm.monitoring").strength).toBe("standard");
    expect(ids(a)).not.toContain("smm.high-risk.daratumumab-sc");
    expect(ids(a)).not.toContain("smm.high-risk.lenalidomide-dexamethasone");
  });

  it("high-risk SMM: daratumumab SC (FDA 2025-11-06, EC 2025-07-23), Rd and R off-label, trial", () => {
    const a = assess(vignette("smm-high-risk"));
    const dara = opt(a, "smm.high-risk.daratumumab-sc");
    expect(dara.because).toContain("SMM risk (Mayo 2018 20/2/20): high");
    expect(dara.regulatory.us).toMatchObject({ status: "approved", date: "2025-11-06" });
    expect(dara.regulatory.eu).toMatchObject({ status: "approved", date: "2025-07-23" });
    expect(dara.cautions.join(" ")).toMatch(/do not map it to a single score/);
    expect(opt(a, "smm.high-risk.lenalidomide-dexamethasone").regulatory.us?.status).toBe("off-label");
    expect(opt(a, "smm.high-risk.lenalidomide").regulatory.eu?.status).toBe("off-label");
    expect(ids(a)).toContain("smm.high-risk.trial");
    expect(ids(a)).not.toContain("smm.monitoring");
  });

  it("transplant-eligible NDMM: D-VRd preferred, Isa-VRd (EU), D-VTd, VRd, KRd with cautions, ASCT, consolidation", () => {
    const a = assess(vignette("ndmm-transplant-eligible"));
    expect(ids(a)).toEqual(
      expect.arrayContaining([
        "ndmm.te.d-vrd",
        "ndmm.te.isa-vrd",
        "ndmm.te.d-vtd",
        "ndmm.vrd",
        "ndmm.te.krd",
        "ndmm.te.asct",
        "ndmm.te.consolidation",
        "sc.bone.zoledronic-acid",
        "sc.infection.levofloxacin",
      ]),
    );
    expect(ids(a).some((i) => i.startsWith("ndmm.tie."))).toBe(false);
    expect(opt(a, "ndmm.te.d-vrd").strength).toBe("preferred");
    expect(opt(a, "ndmm.te.krd").cautions.join(" ")).toMatch(/Not superior to VRd/);
    expect(opt(a, "ndmm.te.asct").clinicianText).toMatch(/Mel200/);
    expect(opt(a, "ndmm.te.d-vrd").cautions.join(" ")).toContain(`${LENALIDOMIDE_KIDNEY} CrCl >=60`);
  });

  it("transplant-ineligible frail 82-year-old: DRd, CEPHEUS D-VRd, frail doublets; no IMROZ over 80; dex 20 mg; carfilzomib not offered", () => {
    const a = assess(vignette("ndmm-transplant-ineligible-frail"));
    expect(ids(a)).toEqual(
      expect.arrayContaining([
        "ndmm.tie.drd",
        "ndmm.tie.d-vrd",
        "ndmm.frail.rd",
        "ndmm.frail.vd",
        "ndmm.tie.vrd-lite",
        "ndmm.tie.d-vmp",
      ]),
    );
    expect(ids(a)).not.toContain("ndmm.tie.isa-vrd");
    // The quadruplet stays on the list for a frail patient, with the frailty caution beside it.
    expect(opt(a, "ndmm.tie.d-vrd").cautions.join(" ")).toMatch(/Frail by the IMWG frailty score.*DRd/);
    expect(ids(a)).not.toContain("ndmm.te.asct");
    expect(opt(a, "ndmm.tie.drd").cautions.join(" ")).toMatch(
      /Dexamethasone for age over 75 or frailty: 20 mg weekly/,
    );
    expect(opt(a, "ndmm.tie.d-vrd").regulatory.us).toMatchObject({ status: "approved", date: "2026-01-27" });
    // CrCl 36 mL/min: lenalidomide starting dose named, by jurisdiction.
    const drd = opt(a, "ndmm.tie.drd").cautions.filter((c) => c.startsWith(LENALIDOMIDE_KIDNEY));
    expect(drd.join(" ")).toMatch(/CrCl 30-49 mL\/min: US PI starting dose 10 mg daily/);
    expect(drd.join(" ")).toMatch(/EU SmPC starting dose 10 mg daily; may escalate to 15 mg/);
  });

  it("NDMM with kidney injury and candidacy not recorded: VCd first, both pathways shown naming transplant.candidate", () => {
    const a = assess(vignette("ndmm-kidney-injury"));
    // Gated on the renal myeloma-defining event as the diagnosis decides it (creatinine 4.6 mg/dL > 2).
    expect(opt(a, "ndmm.renal.vcd").because.join(" ")).toMatch(/renal insufficiency \(IMWG 2014 CRAB\): yes/);
    // Each pathway marked with the answer it needs (engine/pathway.ts branches on the undecided candidacy).
    expect(opt(a, "ndmm.te.d-vrd").conditional).toBe("if a transplant candidate");
    expect(opt(a, "ndmm.tie.drd").conditional).toBe("if not a transplant candidate");
    expect(a.missingData.map((m) => m.field)).toContain("transplant.candidate");
    expect(ids(a)).not.toContain("ndmm.tie.isa-vrd"); // eGFR < 30 was excluded from IMROZ
    // Creatinine 4.6 mg/dL: outside the zoledronic acid hypercalcaemia rule (< 4.5 mg/dL, treatments.md 8c) and below
    // CrCl 30: not listed, the hypercalcaemia card says why (review c83-m5).
    expect(ids(a)).not.toContain("sc.bone.zoledronic-acid");
    expect(opt(a, "sc.hypercalcemia").cautions.join(" ")).toMatch(
      /outside the zoledronic acid hypercalcaemia rule/,
    );
    expect(opt(a, "ndmm.te.asct").cautions.join(" ")).toMatch(/consider Mel140/);
    expect(a.alerts.map((x) => x.id)).toEqual(
      expect.arrayContaining(["alert.hypercalcemia", "alert.ndmm-renal-impairment"]),
    );
  });

  it("after ASCT without progression, del(17p): lenalidomide maintenance (renal dose) and PI added for high risk", () => {
    const a = assess(vignette("post-asct-maintenance"));
    expect(a.diagnosis.treated).toBe(true);
    const r = opt(a, "maint.lenalidomide");
    expect(r.cautions.join(" ")).toMatch(/maintenance after ASCT \(US\): CrCl 30-60 mL\/min 5 mg daily/);
    expect(opt(a, "maint.pi-high-risk").because).toContain(
      "high-risk cytogenetics (IMS/IMWG 2025 criteria 1-3): yes",
    );
    // No planned second (tandem) ASCT either: this record is more than 6 months after its transplant (re-check c65-W1).
    expect(ids(a).some((i) => i.startsWith("rr.") || i.startsWith("ndmm."))).toBe(false);
  });

  it("first relapse, lenalidomide-refractory: DKd, Isa-Kd, DPd, PVd, Tec-Dara, cilta-cel; no DRd/KRd; BVd outside the US label", () => {
    const a = assess(vignette("relapse-lenalidomide-refractory"));
    expect(ids(a)).toEqual(
      expect.arrayContaining([
        "rr.dkd",
        "rr.isa-kd",
        "rr.dpd",
        "rr.pvd",
        "rr.xvd",
        "rr.tec-dara",
        "cart.cilta-cel",
        "rr.bpd",
      ]),
    );
    expect(ids(a)).not.toContain("rr.drd");
    expect(ids(a)).not.toContain("rr.krd");
    expect(ids(a)).not.toContain("cart.ide-cel");
    expect(opt(a, "cart.cilta-cel").because).toContain("lenalidomide-refractory: yes");
    expect(opt(a, "rr.bvd").cautions[0]).toMatch(
      /^Outside the US label for this patient: it needs prior lines of therapy >= 2/,
    );
    expect(opt(a, "rr.dvd").cautions.join(" ")).toMatch(/neuropathy grade 2 with pain or grade 3: hold/);
  });

  it("first relapse, lenalidomide-sensitive: DRd and KRd are offered", () => {
    const a = assess(vignette("relapse-lenalidomide-sensitive"));
    expect(opt(a, "rr.drd").because).toContain("lenalidomide-refractory: no");
    expect(ids(a)).toContain("rr.krd");
    expect(ids(a)).not.toContain("cart.cilta-cel");
  });

  it("four prior lines, triple-class exposed, anti-CD38-refractory: bispecifics, ide-cel, no DKd; IVIG for IgG < 400", () => {
    const a = assess(vignette("rrmm-triple-class-four-lines"));
    expect(ids(a)).toEqual(
      expect.arrayContaining([
        "bsab.teclistamab",
        "bsab.elranatamab",
        "bsab.talquetamab",
        "bsab.linvoseltamab",
        "cart.ide-cel",
        "sc.infection.ivig",
      ]),
    );
    expect(ids(a)).not.toContain("rr.dkd");
    // Selection matrix (treatments.md 5d): Tec-Dara is not for anti-CD38-refractory disease (MajesTEC-3 excluded it).
    expect(ids(a)).not.toContain("rr.tec-dara");
    expect(opt(a, "bsab.talquetamab").regulatory.us).toMatchObject({
      status: "accelerated-approval",
      date: "2023-08-09",
    });
    expect(opt(a, "bsab.teclistamab").cautions.join(" ")).toMatch(/IgG <400 mg\/dL: give IVIG/);
  });

  it("after BCMA CAR-T: talquetamab is flagged as active after BCMA; BCMA agents carry the lower-response caution", () => {
    const a = assess(vignette("rrmm-after-bcma"));
    expect(opt(a, "bsab.talquetamab").cautions.join(" ")).toMatch(/active after BCMA T-cell redirection/);
    expect(opt(a, "bsab.elranatamab").cautions.join(" ")).toMatch(/33% in MagnetisMM-3 cohort B/);
    // Issue 8: after a BCMA CAR T no BCMA CAR T is offered again, except as a trial.
    expect(ids(a).filter((i) => i.startsWith("cart."))).toEqual([]);
    expect(opt(a, "rr.clinical-trial").cautions.join(" ")).toMatch(
      /another BCMA CAR T is given only within a clinical trial/,
    );
  });

  it("AL amyloidosis with the troponin / NT-proBNP gates met: D-VCd preferred and ASCT if eligible", () => {
    const a = assess(vignette("al-amyloidosis-transplant-gates-met"));
    expect(a.diagnosis.category).toBe("al-amyloidosis");
    expect(ids(a)).toEqual(expect.arrayContaining(["al.d-vcd", "al.vcd", "al.asct"]));
    expect(opt(a, "al.asct").because).toEqual(
      expect.arrayContaining([
        "troponin T: 0.02 ng/mL (<= 0.06 ng/mL)",
        "NT-proBNP: 900 pg/mL (<= 5000 pg/mL)",
      ]),
    );
  });

  it("AL amyloidosis Mayo IIIb: no D-VCd, no ASCT, trial; the gate alert says why", () => {
    const a = assess(vignette("al-amyloidosis-stage-iiib"));
    expect(a.risk.alMayo2004.stage).toBe("IIIb");
    expect(ids(a)).not.toContain("al.d-vcd");
    expect(ids(a)).not.toContain("al.asct");
    expect(ids(a)).toContain("al.stage-iiib.trial");
    expect(opt(a, "al.vcd").cautions.join(" ")).toMatch(
      /Cardiac involvement \(the heart among the involved organs, or Mayo 2004 stage III\)/,
    );
    expect(a.alerts.map((x) => x.id)).toContain("alert.al-asct-gates-not-met");
  });

  it("jurisdiction filters and labels: US hides EU-only options and EU status; EU hides US status", () => {
    const rec = vignette("relapse-lenalidomide-refractory");
    const us = assess(rec, { jurisdiction: "us" });
    const eu = assess(rec, { jurisdiction: "eu" });
    expect(ids(us)).not.toContain("rr.bpd");
    expect(ids(eu)).toContain("rr.bpd");
    expect(us.options.every((o) => o.regulatory.eu === null)).toBe(true);
    expect(eu.options.every((o) => o.regulatory.us === null)).toBe(true);
    expect(opt(eu, "rr.tec-dara").regulatory.eu?.status).toBe("pending");
    // BVd: EU label (>= 1 prior) met, so no US caution in the EU view.
    expect(opt(eu, "rr.bvd").cautions.join(" ")).not.toMatch(/Outside the US label/);
    expect(ids(assess(vignette("ndmm-transplant-eligible"), { jurisdiction: "us" }))).not.toContain(
      "ndmm.te.isa-vrd",
    );
  });

  it("same record and versions give byte-identical JSON, with the knowledge version", () => {
    const rec = vignette("rrmm-after-bcma");
    const a = JSON.stringify(assess(rec));
    const b = JSON.stringify(assess(structuredClone(rec)));
    expect(a).toBe(b);
    expect((JSON.parse(a) as Assessment).knowledgeVersion).toBe(KNOWLEDGE_VERSION);
  });
});

describe("hand-built situations", () => {
  it("MGUS with the risk unknown shows the closer plan and names the missing inputs", () => {
    const r = evaluateKnowledge(situation({ category: "mgus" }));
    expect(ids(r)).toEqual(["mgus.intermediate-high-risk.monitoring"]);
    expect(r.options[0]?.cautions[0]).toMatch(/missing: labs\.serumMProtein/);
    expect(r.missing.map((m) => m.field)).toContain("labs.heavyChain");
  });

  it("a CrCl of 55 mL/min names the US 10 mg and EU 25 mg lenalidomide dose, each only in its jurisdiction", () => {
    const s = situation({ category: "smoldering-myeloma", smmMayo2018Group: "high", crclMlMin: 55 });
    const rd = (j: "us" | "eu" | "both") =>
      opt(
        evaluateKnowledge(s, { jurisdiction: j }),
        "smm.high-risk.lenalidomide-dexamethasone",
      ).cautions.join(" ");
    expect(rd("us")).toMatch(/US PI starting dose 10 mg daily/);
    expect(rd("us")).not.toMatch(/EU SmPC/);
    expect(rd("eu")).toMatch(/EU SmPC starting dose 25 mg daily/);
    expect(rd("both")).toMatch(/US PI.*EU SmPC/);
  });

  it("a drug rule shared by several regimens is named on each of them, with what it lacks (CrCl 25, dialysis not recorded)", () => {
    // treatments.md 7a: lenalidomide below CrCl 30 not on dialysis; the rule may lack dialysis status and
    // then names it. Each regimen with lenalidomide carries it (the rule is decided once per evaluation).
    const s = situation({ transplantCandidate: "no", crclMlMin: 25 });
    const r = evaluateKnowledge(s, { jurisdiction: "us" });
    const withLenalidomide = r.options.filter(
      (o) => o.kind !== "maintenance" && o.regimen?.drugs.includes("lenalidomide"),
    );
    expect(withLenalidomide.length).toBeGreaterThan(1);
    for (const o of withLenalidomide) {
      expect(o.cautions.join(" "), o.id).toMatch(
        /CrCl <30 mL\/min, not on dialysis: US PI starting dose 15 mg/,
      );
      expect(o.cautions.join(" "), o.id).toMatch(/Not known: on dialysis/);
      expect(o.missing, o.id).toContainEqual({
        field: "conditions.renalFailureOnDialysis",
        neededFor: o.title,
      });
    }
    const codes = evaluateKnowledge(s, { jurisdiction: "us", text: false });
    expect(codes.options.map((o) => [o.id, o.citations, o.missing])).toEqual(
      r.options.map((o) => [o.id, o.citations, o.missing]),
    );
  });

  it("zoledronic acid dose bands follow the label (60 -> 3.5 mg, 60.1 -> 4.0 mg, 29.9 -> not recommended)", () => {
    // A first dose: the table reads today's CrCl as its baseline, and no creatinine rise holds it (review c67-U1).
    const za = (crcl: number) =>
      opt(
        evaluateKnowledge(
          situation({ crclMlMin: crcl, zoledronicAcidDoseCrclMlMin: crcl, zoledronicAcidHold: false }),
        ),
        "sc.bone.zoledronic-acid",
      ).cautions.join(" ");
    expect(za(60)).toMatch(/50-60 mL\/min: 3\.5 mg/);
    expect(za(60.1)).toMatch(/>60 mL\/min: 4\.0 mg/);
    expect(za(45)).toMatch(/40-49 mL\/min: 3\.3 mg/);
    expect(za(30)).toMatch(/30-39 mL\/min: 3\.0 mg/);
    // Below 30 the bone-disease card is listed only with hypercalcaemia, whose dose is not this table
    // (treatments.md 8a, 8c; review c11-M6).
    const listed = (crcl: number) =>
      evaluateKnowledge(situation({ crclMlMin: crcl })).options.some(
        (o) => o.id === "sc.bone.zoledronic-acid",
      );
    expect(listed(29.9)).toBe(false);
    expect(
      opt(
        evaluateKnowledge(situation({ crclMlMin: 29.9, hypercalcemia: true })),
        "sc.bone.zoledronic-acid",
      ).cautions.join(" "),
    ).toMatch(/NOT RECOMMENDED/);
  });

  it("carfilzomib: heart failure and age >= 75 are cautions on KRd and alerts when on it", () => {
    const s = situation({
      category: "multiple-myeloma",
      transplantCandidate: "yes",
      heartFailure: true,
      age: 76,
    });
    const r = evaluateKnowledge(s, { currentDrugs: ["carfilzomib"] });
    const krd = opt(r, "ndmm.te.krd").cautions.join(" ");
    expect(krd).toMatch(/Carfilzomib and heart failure/);
    expect(krd).toMatch(/age 75 or older: higher risk of heart failure/);
    expect(r.alerts.map((x) => x.id)).toEqual(
      expect.arrayContaining(["carfilzomib.heart-failure", "carfilzomib.age-75"]),
    );
  });

  it("on daratumumab with IgG-kappa disease: blood-bank and SPEP interference alerts", () => {
    const r = evaluateKnowledge(situation({ iggKappa: true, treated: true }), {
      currentDrugs: ["daratumumab"],
    });
    expect(r.alerts.map((x) => x.id)).toEqual(
      expect.arrayContaining(["anti-cd38.blood-bank", "daratumumab.spep-interference"]),
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Safety properties over generated situations
// ------------------------------------------------------------------------------------------------

describe("safety properties", () => {
  it("never offers CAR-T or a bispecific to an untreated patient", () => {
    fc.assert(
      fc.property(arbSituation, arbJurisdiction, (s, j) => {
        const r = evaluateKnowledge({ ...s, treated: false }, { jurisdiction: j });
        expect(r.options.filter((o) => o.kind === "car-t" || o.kind === "bispecific")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("never shows a lenalidomide-containing option without its kidney caution when CrCl < 60", () => {
    fc.assert(
      fc.property(
        arbSituation,
        fc.double({ min: 5, max: 59.99, noNaN: true }),
        arbJurisdiction,
        (s, crcl, j) => {
          const r = evaluateKnowledge({ ...s, crclMlMin: crcl }, { jurisdiction: j });
          for (const o of r.options.filter((x) => x.regimen?.drugs.includes("lenalidomide")))
            expect(
              o.cautions.some((c) => c.startsWith(LENALIDOMIDE_KIDNEY)),
              o.id,
            ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never shows zoledronic acid below CrCl 30 without its not-recommended caution", () => {
    fc.assert(
      fc.property(arbSituation, fc.double({ min: 5, max: 29.99, noNaN: true }), (s, crcl) => {
        const r = evaluateKnowledge({ ...s, crclMlMin: crcl });
        for (const o of r.options.filter((x) => x.regimen?.drugs.includes("zoledronic acid")))
          expect(
            o.cautions.some((c) => c.startsWith(ZOLEDRONIC_KIDNEY) && c.includes("NOT RECOMMENDED")),
          ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never tells a treated patient only to watch, except after a BCMA CAR-T infusion without progression", () => {
    // CAR-T is a single infusion with no maintenance in the reference (treatments.md 5b): the one treated
    // myeloma patient who is watched. Smouldering myeloma treated as such is watched for progression during
    // and after its fixed-duration therapy (treatments.md 2b, AQUILA: up to 36 months, then monitoring).
    // Any other observation option for a treated patient fails here.
    fc.assert(
      fc.property(arbSituation, (s) => {
        const r = evaluateKnowledge({ ...s, treated: true });
        for (const o of r.options.filter((o) => o.kind === "observation")) {
          if (o.id === "smm.on-therapy.monitoring") {
            expect(s.category).toBe("smoldering-myeloma");
            continue;
          }
          expect(o.id).toBe("pathway.observation-after-car-t");
          expect(s.lastLineBcmaCarT).toBe(true);
          // Finished without progression, or the infusion's entry still open (no end date) without
          // progression: a single infusion is followed up, not continued (review c10-H1).
          const finished = s.phase === "line-finished" && s.progression === false;
          const infusionOpen = s.onTherapy === true && s.progression !== true;
          expect(finished || infusionOpen).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("names what is missing whenever an option is shown on an unknown condition", () => {
    fc.assert(
      fc.property(arbSituation, arbJurisdiction, (s, j) => {
        const r = evaluateKnowledge(s, { jurisdiction: j });
        for (const o of r.options) {
          const unknown = o.because.some((b) => b.startsWith("Not known:"));
          if (unknown) {
            expect(
              o.cautions.some((c) => c.startsWith("Not known:") && c.includes("missing:")),
              o.id,
            ).toBe(true);
            expect(o.missing?.length ?? 0, o.id).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("says so on every option whose facts the reference marks UNVERIFIED, and gives a deterministic order", () => {
    fc.assert(
      fc.property(arbSituation, (s) => {
        const r1 = evaluateKnowledge(s);
        for (const o of r1.options) if (!o.verified) expect(o.cautions.join(" ")).toMatch(/UNVERIFIED/);
        expect(JSON.stringify(evaluateKnowledge(structuredClone(s)))).toBe(JSON.stringify(r1));
      }),
      { numRuns: 200 },
    );
  });
});

describe("sortOptions", () => {
  it("lists options in the order the built-in stable sort with compareOptions gives (kind, strength, id)", () => {
    const strengths = ["preferred", "standard", "if-eligible", "consider", "trial"] as const;
    const arbOptions = fc.array(
      fc.record({
        entry: fc.constantFrom(...KNOWLEDGE_ENTRIES),
        strength: fc.constantFrom(...strengths),
        tag: fc.nat(),
        // Review c90-m1, m6: listed after its peers (a refractory drug given again, or outside a label shown).
        refractory: fc.boolean(),
        outsideUs: fc.boolean(),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arbOptions, (drawn) => {
        // Repeated ids too: ties keep their order in both sorts (the tag tells them apart).
        const options = drawn.map(
          ({ entry, strength, tag, refractory, outsideUs }) =>
            ({
              id: entry.id,
              kind: entry.kind,
              strength,
              tag,
              regulatory: {
                us: outsideUs ? { status: "approved", date: null, note: null, outsideLabel: true } : null,
                eu: null,
              },
              ...(refractory ? { refractoryTo: ["pomalidomide"] } : {}),
            }) as unknown as AssessmentOption,
        );
        expect(sortOptions(options.slice())).toEqual(options.slice().sort(compareOptions));
      }),
    );
  });
});

describe("missing inputs", () => {
  /** The missing inputs of an option that repeat an earlier one (same field, same option). */
  const repeats = (o: AssessmentOption) => {
    const ms = o.missing ?? [];
    return ms.filter((m, i) => ms.findIndex((x) => x.field === m.field && x.neededFor === m.neededFor) < i);
  };

  it("an option names each missing input once (two bortezomib rules both asked for painful neuropathy)", () => {
    // VRd for a patient with grade 2 neuropathy, not recorded whether painful: the bortezomib "reduce"
    // (grade 2 without pain) and "hold" (grade 2 with pain) rules each leave it undecided.
    const r = evaluateKnowledge(
      situation({ neuropathyGrade: 2, neuropathyPainful: null, crclMlMin: 80, egfr: 80 }),
      {},
    );
    const vrd = opt(r, "ndmm.vrd");
    expect((vrd.missing ?? []).map((m) => m.field)).toContain("conditions.neuropathyPainful");
    expect(repeats(vrd)).toEqual([]);
  });

  it("no option of any generated situation names a missing input twice, with text or codes only", () => {
    fc.assert(
      fc.property(arbSituation, arbJurisdiction, fc.boolean(), (s, j, codesOnly) => {
        for (const o of evaluateKnowledge(s, { jurisdiction: j, codesOnly }).options)
          expect(repeats(o), o.id).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

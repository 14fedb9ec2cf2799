/** Issue 8 ("never suggest what would harm", missing options, currency): one golden vignette per
 * finding (examples/vignettes/safety-*.json, each failing on commit 309fdf2) and the safety properties
 * over generated situations. Source of every expectation: shared/clinical-reference/treatments.md. */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALERT_RULES,
  DRUG_RULES,
  FACT_NAMES,
  FACT_RULES,
  FACTS,
  type FactName,
  KNOWLEDGE_ENTRIES,
  type Situation,
} from "../knowledge/index.js";
import { BIBLIOGRAPHY } from "../model/bibliography/index.js";
import { renderPatientSummary } from "../render/patient.js";
import { cautionTopics } from "../render/plain-words.js";
import { BCMA_CAR_T } from "../response/drug-classes.js";
import { arbJurisdiction, arbSituation } from "../testing/arbitraries.js";
import { assess } from "./assess.js";
import type { Assessment, AssessmentOption } from "./assessment.js";
import { evaluateKnowledge } from "./options.js";

const dir = new URL("../../examples/vignettes/", import.meta.url);
const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as Record<string, unknown>;
const vignette = (name: string, jurisdiction?: "us" | "eu"): Assessment =>
  assess(record(name), jurisdiction ? { jurisdiction } : {});
const ids = (a: { options: AssessmentOption[] }) => a.options.map((o) => o.id);
const opt = (a: { options: AssessmentOption[] }, id: string): AssessmentOption => {
  const o = a.options.find((x) => x.id === id);
  if (!o) throw new Error(`option ${id} not shown; shown: ${ids(a).join(", ")}`);
  return o;
};
const cautions = (o: AssessmentOption) => o.cautions.join(" ");
const rank = (a: Assessment, id: string) => ids(a).indexOf(id);

/** Transplant and the intensive transplant-eligible regimens (treatments.md 3b-3c). */
const INTENSIVE = ["ndmm.te.asct", "ndmm.te.d-vrd", "ndmm.te.isa-vrd", "ndmm.te.d-vtd", "ndmm.te.krd"];
const FITNESS = /Fitness argues against intensive therapy/;
const ANTI_MYELOMA = [
  "systemic-therapy",
  "car-t",
  "bispecific",
  "stem-cell-transplant",
  "maintenance",
  "consolidation",
];
/** A patient text that promises a drug is safe ("is safe for the kidneys", "may be safe for you"). */
const SAFE_CLAIM = /\b(is|are|be|it's)\s+(very\s+|quite\s+)?safe\b|\bsafe (for|to take|with|in)\b/i;

describe("issue 8 golden vignettes", () => {
  it("1a. frail 79-year-old, ECOG 3, transplant recorded: transplant and TE regimens carry the fitness caution with the values, never preferred", () => {
    const a = vignette("safety-frail-79-ecog3-transplant");
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    for (const id of INTENSIVE) {
      const o = opt(a, id);
      expect(cautions(o), id).toMatch(FITNESS);
      expect(cautions(o), id).toContain(
        "IMWG frailty group: frail; ECOG performance status: 3; age: 79 years",
      );
      expect(o.strength, id).not.toBe("preferred");
    }
    expect(opt(a, "ndmm.te.d-vrd").strength).toBe("consider");
    expect(opt(a, "ndmm.te.d-vrd").safetyFindings).toContainEqual(
      expect.objectContaining({ kind: "strength-adjusted", from: "preferred", to: "consider" }),
    );
  });

  it("1b. frail 84-year-old, candidacy not recorded: the transplant option names frailty and age, not only 'not known'", () => {
    const a = vignette("safety-frail-84-candidacy-unknown");
    const asct = opt(a, "ndmm.te.asct");
    expect(cautions(asct)).toMatch(FITNESS);
    expect(cautions(asct)).toContain("IMWG frailty group: frail; ECOG performance status: 2; age: 84 years");
    expect(asct.strength).toBe("consider");
    // DRd, the standard for frail or older patients, ranks above both quadruplets.
    expect(rank(a, "ndmm.tie.drd")).toBeLessThan(rank(a, "ndmm.tie.d-vrd"));
    expect(rank(a, "ndmm.tie.drd")).toBeLessThan(rank(a, "ndmm.te.d-vrd"));
  });

  it("2. frail transplant-ineligible patient: DRd above CEPHEUS D-VRd, which is not preferred", () => {
    const a = vignette("safety-frail-tie-drd-first");
    const dvrd = opt(a, "ndmm.tie.d-vrd");
    expect(dvrd.strength).toBe("consider");
    expect(cautions(dvrd)).toMatch(/Frail by the IMWG frailty score or over 80: the reference lists DRd/);
    expect(rank(a, "ndmm.tie.drd")).toBeLessThan(rank(a, "ndmm.tie.d-vrd"));
    expect(opt(a, "ndmm.tie.isa-vrd").strength).toBe("consider");
    expect(a.options.filter((o) => o.id.startsWith("ndmm.") && o.strength === "preferred")).toEqual([]);
  });

  it("2b. frail or over 80: full-dose VRd is not a standard choice; the caution names DRd and the reduced-intensity regimens", () => {
    // treatments.md 4: DRd is the doublet-backbone standard for frail/older patients; Rd, Vd and
    // VRd-lite are the reduced-intensity choices; full-dose VRd (S0777) is the triplet standard, not one
    // of them. Each vignette is IMWG frail (palumbo-2015-blood-frailty).
    for (const name of [
      "safety-frail-84-candidacy-unknown",
      "safety-frail-tie-drd-first",
      "ndmm-transplant-ineligible-frail",
      "safety-frail-79-ecog3-transplant",
    ]) {
      const a = vignette(name);
      expect(a.fitness.imwgFrailty.group, name).toBe("frail");
      const vrd = opt(a, "ndmm.vrd");
      expect(vrd.strength, name).toBe("consider");
      expect(cautions(vrd), name).toMatch(/Frail by the IMWG frailty score or over 80: full-dose VRd/);
      expect(cautions(vrd), name).toMatch(/DRd .*Rd, Vd or VRd-lite/);
      if (ids(a).includes("ndmm.tie.drd"))
        expect(rank(a, "ndmm.tie.drd"), name).toBeLessThan(rank(a, "ndmm.vrd"));
    }
    // A fit 70-year-old keeps VRd as a standard triplet, with no frailty caution.
    const fit = vignette("ndmm-transplant-eligible");
    expect(opt(fit, "ndmm.vrd").strength).toBe("standard");
    expect(cautions(opt(fit, "ndmm.vrd"))).not.toMatch(/Frail by the IMWG/);
  });

  it("3. after a BCMA CAR T: no CAR T again (trial only); after belantamab: CAR T with a caution", () => {
    const a = vignette("safety-after-bcma-car-t");
    expect(ids(a).filter((i) => i.startsWith("cart."))).toEqual([]);
    expect(cautions(opt(a, "rr.clinical-trial"))).toMatch(
      /another BCMA CAR T is given only within a clinical trial/,
    );
    // The same history with belantamab in place of the CAR T: CAR-T is listed, with the caution.
    const rec = record("safety-after-bcma-car-t");
    const history = (rec.treatmentHistory as Record<string, unknown>[]).map((t) =>
      t.regimen === "cilta-cel"
        ? { ...t, regimen: "BVd", drugs: ["belantamab mafodotin", "bortezomib", "dexamethasone"] }
        : t,
    );
    const b = assess({ ...rec, treatmentHistory: history });
    expect(cautions(opt(b, "cart.cilta-cel"))).toMatch(
      /Prior BCMA-directed therapy \(a bispecific antibody or belantamab\)/,
    );
  });

  it("3b. after a BCMA CAR T: BVd (belantamab, BCMA-directed) is not a standard choice, since DREAMM-7 excluded prior anti-BCMA therapy", () => {
    // treatments.md 5 (BVd row): DREAMM-7 excluded prior anti-BCMA therapy; 5d: after BCMA therapy the
    // reference notes lower activity of BCMA-directed agents. The same precedent as IMROZ for frail patients.
    const a = vignette("safety-after-bcma-car-t");
    const bvd = opt(a, "rr.bvd");
    expect(bvd.strength).toBe("consider");
    expect(cautions(bvd)).toMatch(/Prior BCMA-directed therapy: DREAMM-7 excluded it/);
    expect(
      a.options.filter((o) => o.kind === "systemic-therapy" && o.strength === "standard").length,
    ).toBeGreaterThan(0);
    // Without BCMA therapy (len-sensitive first relapse, anti-CD38-naive) BVd stays standard.
    expect(opt(vignette("relapse-lenalidomide-sensitive", "eu"), "rr.bvd").strength).toBe("standard");
  });

  it("3d. after BCMA-directed therapy: the BCMA bispecifics are not standard; talquetamab (GPRC5D) leads the bispecifics", () => {
    // treatments.md 5 ("After BCMA therapy" row): talquetamab is active after prior BCMA T-cell redirection;
    // elranatamab and teclistamab have lower response rates after prior BCMA therapy (33% in MagnetisMM-3
    // cohort B). Linvoseltamab is BCMA x CD3 too.
    const a = vignette("rrmm-after-bcma");
    for (const id of ["bsab.teclistamab", "bsab.elranatamab", "bsab.linvoseltamab"]) {
      const o = opt(a, id);
      expect(o.strength, id).toBe("consider");
      expect(cautions(o), id).toMatch(/Prior BCMA-directed therapy: .*talquetamab/);
      expect(rank(a, "bsab.talquetamab"), id).toBeLessThan(rank(a, id));
    }
    expect(opt(a, "bsab.talquetamab").strength).toBe("standard");
    // Without BCMA therapy (four lines, triple-class exposed) every bispecific stays standard.
    const tcr = vignette("rrmm-triple-class-four-lines");
    for (const id of ["bsab.teclistamab", "bsab.elranatamab", "bsab.linvoseltamab", "bsab.talquetamab"])
      expect(opt(tcr, id).strength, id).toBe("standard");
  });

  it("3e. refractory to an anti-CD38 antibody (penta-refractory, six lines): BVd is not a standard choice, since DREAMM-7 excluded daratumumab-refractory disease", () => {
    // treatments.md 5 (BVd row, and the anti-CD38-refractory row of 5d: "note DREAMM-7 excluded
    // dara-refractory"). BVd stays listed, as the reference lists it there.
    const a = vignette("safety-penta-refractory-bvd");
    const bvd = opt(a, "rr.bvd");
    expect(bvd.strength).toBe("consider");
    expect(cautions(bvd)).toMatch(/Refractory to an anti-CD38 antibody: DREAMM-7 excluded/);
    expect(cautions(bvd)).toMatch(/refractory to bortezomib/);
    expect(opt(a, "bsab.talquetamab").strength).toBe("standard");
    // Len-sensitive first relapse (anti-CD38-naive): BVd keeps its strength.
    expect(opt(vignette("relapse-lenalidomide-sensitive", "eu"), "rr.bvd").strength).toBe("standard");
  });

  it("3c. tissue amyloid with heart and kidney involvement, no clone test yet: likely AL, no MGUS or SMM monitoring, AL options only provisional", () => {
    // criteria-and-scores.md 1.3 (MGUS: no amyloidosis attributable to the clone) and 1.5 (AL: all four).
    const a = vignette("safety-al-organ-no-clone-tests");
    expect(a.diagnosis.likely).toBe("al-amyloidosis");
    expect(ids(a).filter((i) => i.startsWith("mgus.") || i.startsWith("smm."))).toEqual([]);
    expect(a.options.length).toBeGreaterThan(0);
    expect(a.options.every((o) => o.provisional === true)).toBe(true);
    expect(a.alerts.map((x) => x.id)).toContain("pathway.deciding-test-first");
    // Its own work-up first (1.5, requirements 3 and 4): typing and the clone tests before a marrow biopsy.
    expect(a.diagnosis.couldChangeWith[0]).toMatch(/^amyloid typing/);
    expect(a.diagnosis.couldChangeWith[1]).toMatch(/^tests for a monoclonal protein/);
  });

  it("3f. IgM M-protein 3.4 g/dL, marrow 15%, no myeloma-defining event, no MRI: not 'likely myeloma', no myeloma induction", () => {
    // criteria-and-scores.md 1.1 (myeloma: a clone AND a myeloma-defining event), 1.2 (smouldering myeloma
    // excludes IgM; IgM follows the IgM/Waldenström pathway). Myeloma was open only through the missing MRI.
    const a = vignette("safety-igm-no-event-no-mri");
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(ids(a).filter((i) => i.startsWith("ndmm.") || i.startsWith("maint."))).toEqual([]);
    expect(a.diagnosis.couldChangeWith.join(" ")).toMatch(/MRI/);
    // With a myeloma-defining event shown (haemoglobin 8.5 g/dL) the same IgM record is still not myeloma:
    // IgM myeloma needs lytic bone lesions and/or t(11;14) besides the marrow (review c9-F3,
    // schuster-2010-ajh); with a lytic lesion it is myeloma again.
    const rec = record("safety-igm-no-event-no-mri");
    const labs = { ...(rec.labs as Record<string, unknown>), hemoglobin: { value: 8.5, unit: "g/dL" } };
    const b = assess({ ...rec, labs });
    expect(b.diagnosis.category).toBe("indeterminate");
    expect(b.diagnosis.likely).toBeNull();
    expect(b.alerts.map((x) => x.id)).toContain("alert.igm-myeloma-not-shown");
    const imaging = { ...(rec.imaging as Record<string, unknown>), osteolyticLesions: 2 };
    const c = assess({ ...rec, labs, imaging });
    expect(c.diagnosis.category === "multiple-myeloma" || c.diagnosis.likely === "multiple-myeloma").toBe(
      true,
    );
  });

  it("4. low-risk SMM by every model, E3A06 entry criteria met: no lenalidomide, monitoring only", () => {
    const a = vignette("safety-smm-low-risk-e3a06-criteria");
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    expect(a.risk.smmMayo2018.group).toBe("low");
    expect(ids(a)).toEqual(["smm.monitoring"]);
  });

  it("4b. Mayo intermediate SMM: lenalidomide only with the caution that the benefit was concentrated in high risk", () => {
    const a = vignette("safety-smm-aquila-definition-only");
    expect(a.risk.smmMayo2018.group).toBe("intermediate");
    expect(cautions(opt(a, "smm.high-risk.lenalidomide"))).toMatch(/benefit was concentrated in high-risk/);
  });

  it("5. CrCl below 30: denosumab is the preferred bone agent (hypocalcaemia caution); zoledronic acid is not", () => {
    const a = vignette("safety-kidney-bone-agent");
    expect(a.kidney.crclCockcroftGault).toBeLessThan(30);
    const dmab = opt(a, "sc.bone.denosumab");
    expect(dmab.strength).toBe("preferred");
    expect(cautions(dmab)).toMatch(/Hypocalcaemia is more frequent/);
    // treatments.md 8a gives "preferred in renal impairment" with no number: the 40 mL/min cut is
    // borrowed from the IMWG renal threshold, so the choice is marked UNVERIFIED wherever it shows.
    expect(cautions(dmab)).toMatch(/40 mL\/min cut is the IMWG renal threshold, borrowed.*UNVERIFIED/);
    // Not recommended below CrCl 30 (label): not listed as a bone agent, and denosumab says so (c11-M6).
    expect(a.options.some((o) => o.id === "sc.bone.zoledronic-acid")).toBe(false);
    expect(cautions(dmab)).toMatch(
      /Zoledronic acid and pamidronate are not recommended for bone disease below CrCl 30/,
    );
  });

  it("6. selinexor-dexamethasone for triple-class-refractory, not penta-refractory disease: the US label population as a caution", () => {
    const a = vignette("safety-selinexor-not-penta");
    const xd = cautions(opt(a, "rr.selinexor-dex"));
    expect(xd).toMatch(/US label population \(2019\): >=4 prior therapies and penta-refractory/);
    expect(xd).toMatch(/Not recorded as penta-refractory: outside the US label population/);
  });

  it("7. daratumumab for SMM enabled only by the UNVERIFIED AQUILA definition is unverified and names it", () => {
    const a = vignette("safety-smm-aquila-definition-only");
    const dara = opt(a, "smm.high-risk.daratumumab-sc");
    expect(dara.verified).toBe(false);
    expect(cautions(dara)).toContain(
      `Offered because of ${FACTS.smmHighRiskAquila.label}, a definition the clinical reference marks UNVERIFIED`,
    );
    expect(dara.safetyFindings).toContainEqual(
      expect.objectContaining({ kind: "enabled-by-unverified-fact", fact: "smmHighRiskAquila" }),
    );
    // Mayo 2018 high risk decides it on its own: the AQUILA definition is not what enabled it.
    const hr = opt(vignette("smm-high-risk"), "smm.high-risk.daratumumab-sc");
    expect(hr.verified).toBe(true);
  });

  it("8. patient texts never promise safety: denosumab and VCd say what the evidence says", () => {
    const a = vignette("safety-kidney-bone-agent");
    expect(opt(a, "sc.bone.denosumab").patientText).toMatch(/dose does not change when the kidneys are weak/);
    expect(opt(a, "ndmm.renal.vcd").patientText).toMatch(/usual first choice when the kidneys are hurt/);
    for (const o of a.options) expect(o.patientText, o.id).not.toMatch(SAFE_CLAIM);
  });

  it("9. CAR-T after the REMS removal: 2 weeks near the centre, 2 weeks no driving; no 'required safety program'", () => {
    const a = vignette("safety-cart-after-rems");
    const cilta = opt(a, "cart.cilta-cel");
    expect(cilta.patientText).toMatch(/stay near the treatment center for about 2 weeks/);
    expect(cilta.patientText).toMatch(/should not drive for about 2 weeks/);
    expect(cautions(cilta)).toMatch(/do not drive for 2 weeks \(was 8\)/);
    expect(cautions(cilta)).toMatch(/stay near the treatment centre for 2 weeks \(was 4\)/);
    // The patient summary turns each caution into a topic to ask about: no programme that no longer exists.
    expect(cautionTopics(cilta.cautions).topics).not.toContain("a required safety program");
  });

  it("10a. refractory to lenalidomide and anti-CD38 after two lines, never carfilzomib: Kd and KPd", () => {
    const a = vignette("safety-relapse-len-cd38-refractory-no-carfilzomib");
    expect(ids(a)).toEqual(expect.arrayContaining(["rr.kd", "rr.kpd"]));
    // Kd is US-labelled for 1 to 3 prior lines (Kyprolis PI, looked up in review c8); KPd is NCCN-listed only.
    expect(opt(a, "rr.kd").regulatory.us?.status).toBe("approved");
    expect(opt(a, "rr.kd").regulatory.us?.note).toMatch(/1 to 3 prior lines/);
    expect(opt(a, "rr.kpd").regulatory.us?.status).toBe("guideline-only");
    expect(cautions(opt(a, "rr.kd"))).toMatch(/Carfilzomib/);
  });

  it("10b. lenalidomide-sensitive first relapse: IRd is listed (marked UNVERIFIED)", () => {
    const a = vignette("safety-relapse-len-sensitive-ird");
    const ird = opt(a, "rr.ird");
    expect(ird.verified).toBe(false);
    expect(ird.regimen?.drugs).toEqual(["ixazomib", "lenalidomide", "dexamethasone"]);
  });

  it("10c. newly diagnosed high-risk myeloma: a clinical trial option", () => {
    const a = vignette("safety-ndmm-high-risk-trial");
    expect(a.risk.cytogenetic.highRisk).toBe(true);
    expect(opt(a, "ndmm.high-risk.trial").kind).toBe("clinical-trial");
  });

  it("11. AL response goals follow the corrected reference: VGPR = dFLC < 40 mg/L", () => {
    const a = vignette("safety-al-response-goal");
    for (const id of ["al.d-vcd", "al.vcd"]) {
      const text = opt(a, id).clinicianText ?? "";
      expect(text).toMatch(/VGPR = dFLC <40 mg\/L/);
      expect(text).not.toMatch(/VGPR\/CR \(dFLC or iFLC <20/);
    }
  });

  it("13. currency (treatments.md 10): cilta-cel enterocolitis, teclistamab monitoring by jurisdiction, dated EU statuses, pending US decisions", () => {
    const a = vignette("safety-currency-four-lines");
    expect(cautions(opt(a, "cart.cilta-cel"))).toMatch(/immune effector cell-associated enterocolitis/);
    expect(cautions(opt(vignette("safety-currency-four-lines", "us"), "bsab.teclistamab"))).toMatch(
      /US PI: hospitalise for 48 h after each step-up dose/,
    );
    const eu = cautions(opt(vignette("safety-currency-four-lines", "eu"), "bsab.teclistamab"));
    expect(eu).toMatch(/EU SmPC: stay near a healthcare facility with daily monitoring for 48 h/);
    expect(eu).not.toMatch(/US PI/);
    expect(opt(a, "bsab.elranatamab").regulatory.eu).toMatchObject({ date: "2023-12-08" });
    expect(cautions(opt(a, "rr.isa-pd"))).toMatch(/Subcutaneous isatuximab .*US decision pending/);
    const anito = opt(a, "cart.anito-cel.pending");
    expect(anito.regulatory.us?.status).toBe("pending");
    expect(anito.strength).toBe("trial");
    const iber = opt(vignette("safety-cart-after-rems"), "rr.iberdomide-dara-dex");
    expect(iber.regulatory.us?.status).toBe("pending");
    // Bispecific CRS/ICANS and infection cautions cite the IMWG 2024 immunotherapy guidelines.
    for (const id of ["bsab.teclistamab", "bsab.elranatamab", "bsab.talquetamab", "bsab.linvoseltamab"])
      expect(opt(a, id).citations, id).toContain("rodriguez-otero-2024-lancet-oncol");
  });
});

describe("issue 8 knowledge and bibliography (finding 12)", () => {
  const entry = (id: string) => {
    const e = KNOWLEDGE_ENTRIES.find((x) => x.id === id);
    if (!e) throw new Error(id);
    return e;
  };

  it("VRd-lite cites O'Donnell 2018; frail Rd/Vd cite regimen evidence; denosumab has its EU status", () => {
    expect(entry("ndmm.tie.vrd-lite").citations).toContain("odonnell-2018-bjh");
    expect(entry("ndmm.frail.rd").citations).toEqual(
      expect.arrayContaining(["facon-2019-nejm-maia", "durie-2017-lancet"]),
    );
    expect(entry("ndmm.frail.vd").citations).toContain("odonnell-2018-bjh");
    expect(entry("sc.bone.denosumab").regulatory.eu).toMatchObject({ status: "approved", date: "2018-04" });
  });

  it("marks every citation the reference gives as (U) / UNVERIFIED as unverified, and says which part", () => {
    for (const [id, c] of Object.entries(BIBLIOGRAPHY)) {
      const n = c as { note?: string; unverified?: true };
      if (n.unverified) expect(n.note, id).toBeTruthy();
      if (
        /citation details UNVERIFIED|marks (this|these) citation|(pages|volume|first author|year) UNVERIFIED/i.test(
          n.note ?? "",
        )
      )
        expect(n.unverified, id).toBe(true);
    }
    for (const id of [
      "odonnell-2018-bjh",
      "durie-2017-lancet",
      "facon-2019-nejm-maia",
      "gay-2021-lancet-oncol",
      "palladini-2012-jco",
    ])
      expect((BIBLIOGRAPHY[id as keyof typeof BIBLIOGRAPHY] as { unverified?: true }).unverified, id).toBe(
        true,
      );
  });
});

// ------------------------------------------------------------------------------------------------
// Safety properties over generated situations
// ------------------------------------------------------------------------------------------------

// Review c79-M2: age 76-80 alone is no longer among them (criteria-and-scores.md 8.3: never age alone); over 80 the
// IMWG score's age item alone is 2 points, frail (8.1).
const againstIntensity = fc.constantFrom<Partial<Situation>>(
  { frailtyGroup: "frail" },
  { ecog: 3 },
  { ecog: 4 },
  { age: 81 },
  { age: 90 },
);

describe("issue 8 safety properties", () => {
  it("no transplant or transplant-eligible regimen without a fitness caution (and never preferred) when frail, ECOG >= 3 or age > 80", () => {
    fc.assert(
      fc.property(arbSituation, againstIntensity, arbJurisdiction, (s, o, j) => {
        const r = evaluateKnowledge({ ...s, ...o }, { jurisdiction: j });
        for (const x of r.options.filter(
          (y) => y.kind === "stem-cell-transplant" || y.id.startsWith("ndmm.te."),
        )) {
          expect(cautions(x), x.id).toMatch(FITNESS);
          for (const f of ["IMWG frailty group", "ECOG performance status", "age"] as const)
            expect(cautions(x), x.id).toContain(`${f}: `);
          expect(x.strength, x.id).not.toBe("preferred");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("age 76-80 alone: the transplant card names the age (never decided on age alone; review c79-M2)", () => {
    fc.assert(
      fc.property(arbSituation, fc.integer({ min: 76, max: 80 }), arbJurisdiction, (s, age, j) => {
        // The engine always knows whether it assumed the candidacy (false, or true under candidacyBranch).
        const assumed = s.transplantCandidacyAssumed ?? false;
        const asct = evaluateKnowledge(
          { ...s, age, transplantCandidacyAssumed: assumed },
          { jurisdiction: j },
        ).options.find((y) => y.id === "ndmm.te.asct");
        if (asct)
          expect(cautions(asct)).toMatch(
            assumed ? /which age alone never decides/ : /eligibility is never decided on age alone/,
          );
      }),
      { numRuns: 300 },
    );
  });

  it("no full-dose VRd as a standard or preferred choice when frail or over 80, and the caution names the values", () => {
    const frailOrOlder = fc.constantFrom<Partial<Situation>>(
      { frailtyGroup: "frail" },
      { age: 81 },
      { age: 90 },
    );
    fc.assert(
      fc.property(arbSituation, frailOrOlder, arbJurisdiction, (s, o, j) => {
        const vrd = evaluateKnowledge({ ...s, ...o }, { jurisdiction: j }).options.find(
          (x) => x.id === "ndmm.vrd",
        );
        if (!vrd) return;
        expect(vrd.strength).toBe("consider");
        expect(cautions(vrd)).toMatch(/full-dose VRd is not among the reference's choices/);
        expect(cautions(vrd)).toContain("IMWG frailty group: ");
        expect(cautions(vrd)).toContain("age: ");
      }),
      { numRuns: 300 },
    );
  });

  it("BVd is never standard or preferred after BCMA-directed therapy", () => {
    fc.assert(
      fc.property(arbSituation, arbJurisdiction, (s, j) => {
        const bvd = evaluateKnowledge({ ...s, priorBcmaTherapy: true }, { jurisdiction: j }).options.find(
          (x) => x.id === "rr.bvd",
        );
        if (!bvd) return;
        expect(bvd.strength).toBe("consider");
        expect(cautions(bvd)).toMatch(/DREAMM-7 excluded it/);
      }),
      { numRuns: 300 },
    );
  });

  it("no BCMA CAR T after a BCMA CAR T", () => {
    fc.assert(
      fc.property(arbSituation, arbJurisdiction, (s, j) => {
        const r = evaluateKnowledge({ ...s, priorBcmaCarT: true }, { jurisdiction: j });
        const again = r.options.filter((o) => o.regimen?.drugs.some((d) => BCMA_CAR_T.includes(d)));
        expect(again.map((o) => o.id)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("no anti-myeloma therapy for smoldering myeloma that is low risk by every model", () => {
    fc.assert(
      fc.property(
        arbSituation,
        fc.constantFrom(false, null),
        fc.constantFrom(false, null),
        arbJurisdiction,
        (s, aquila, quiredex, j) => {
          const low: Situation = {
            ...s,
            category: "smoldering-myeloma",
            treated: false,
            smmMayo2018Group: "low",
            smmImwg2020Group: "low",
            smmHighRiskAquila: aquila,
            smmHighRiskQuiredex: quiredex,
          };
          const r = evaluateKnowledge(low, { jurisdiction: j });
          expect(r.options.filter((o) => ANTI_MYELOMA.includes(o.kind)).map((o) => o.id)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("every option an UNVERIFIED situation definition enables says so (verified = false and a caution naming it)", () => {
    const unverifiedFacts = FACT_NAMES.filter((f) => FACT_RULES[f]?.evidence === "unverified");
    expect(unverifiedFacts.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(arbSituation, fc.constantFrom(...unverifiedFacts), (s, f: FactName) => {
        const withFact = { ...s, [f]: true } as Situation;
        const shown = evaluateKnowledge(withFact).options;
        const without = new Set(evaluateKnowledge({ ...withFact, [f]: null }).options.map((o) => o.id));
        for (const o of shown.filter((x) => !without.has(x.id))) {
          expect(o.verified, o.id).toBe(false);
          expect(
            o.cautions.some((c) => c.includes(FACTS[f].label) && c.includes("UNVERIFIED")),
            o.id,
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("no patient text claims a drug is safe: every knowledge text, every generated option and alert, every rendered example", () => {
    for (const e of KNOWLEDGE_ENTRIES) expect(e.patientText, e.id).not.toMatch(SAFE_CLAIM);
    for (const r of ALERT_RULES) expect(r.text, r.id).not.toMatch(SAFE_CLAIM);
    for (const r of DRUG_RULES)
      for (const t of Object.values(r.text)) expect(t, r.id).not.toMatch(SAFE_CLAIM);
    fc.assert(
      fc.property(arbSituation, (s) => {
        const r = evaluateKnowledge(s);
        for (const o of r.options) expect(o.patientText, o.id).not.toMatch(SAFE_CLAIM);
        for (const al of r.alerts) expect(al.text, al.id).not.toMatch(SAFE_CLAIM);
      }),
      { numRuns: 200 },
    );
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const summary = renderPatientSummary(assess(JSON.parse(readFileSync(new URL(f, dir), "utf8"))), "text");
      expect(summary, f).not.toMatch(SAFE_CLAIM);
    }
  });
});

describe("a regimen the disease is refractory to is not offered again (IMWG 2011 refractory)", () => {
  // Progression on lenalidomide maintenance, then on DPd (daratumumab, pomalidomide): two prior lines,
  // refractory to lenalidomide, daratumumab and pomalidomide, never given carfilzomib.
  const a = vignette("safety-refractory-to-regimen");
  const offered = a.options.map((o) => o.id);
  const byId = (id: string) => a.options.find((o) => o.id === id);

  it("never lists DPd (every drug but dexamethasone already failed) nor a lenalidomide-only regimen", () => {
    expect(a.linesOfTherapy.refractoryDrugs).toEqual(
      expect.arrayContaining(["daratumumab", "pomalidomide", "lenalidomide"]),
    );
    expect(offered).not.toContain("rr.dpd");
    for (const o of a.options.filter((x) => x.kind !== "supportive-care" && x.regimen)) {
      const active = o.regimen!.drugs.filter((d) => d !== "dexamethasone" && d !== "prednisone");
      expect(
        active.every((d) => a.linesOfTherapy.refractoryDrugs.includes(d)),
        o.id,
      ).toBe(false);
    }
  });

  it("names the refractory drug on a regimen that re-uses one of them (PVd, EPd) and still offers carfilzomib", () => {
    const reused = a.options.filter((o) => o.regimen?.drugs.includes("pomalidomide"));
    expect(reused.length).toBeGreaterThan(0);
    for (const o of reused) {
      expect(o.cautions.join(" "), o.id).toMatch(/refractory to pomalidomide/);
      expect(o.citations).toContain("rajkumar-2011-blood");
    }
    expect(byId("rr.kd") ?? byId("rr.kpd")).toBeDefined();
  });

  it("a line recorded only as stopped for progression (no progression flag or date) counts as refractory too", () => {
    const raw = JSON.parse(
      readFileSync(
        new URL("../../examples/vignettes/safety-refractory-to-regimen.json", import.meta.url),
        "utf8",
      ),
    );
    const record = structuredClone(raw.record ?? raw);
    const dpd = record.treatmentHistory.find((t: { regimen: string }) => t.regimen === "DPd");
    delete dpd.progressedOn;
    delete dpd.progressionDate;
    dpd.stopReason = "progression";
    const b = assess(record, { defaultAsOf: "2026-11-27" });
    expect(b.linesOfTherapy.refractoryDrugs).toEqual(expect.arrayContaining(["daratumumab", "pomalidomide"]));
    expect(b.options.map((o) => o.id)).not.toContain("rr.dpd");
  });
});

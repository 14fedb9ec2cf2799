import { describe, expect, it } from "vitest";
import { isCitationId } from "../../model/bibliography/index.js";
import { toFacts } from "../../model/facts.js";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import cases from "./diagnosis.cases.json" with { type: "json" };
import { classifyDiagnosis, DIAGNOSIS_RULES } from "./diagnosis.js";

const classify = (record: unknown) => classifyDiagnosis(toFacts(record));

describe("IMWG 2014 classification: golden cases", () => {
  runGoldenCases(cases as GoldenCase<unknown, object>[], classify);
});

describe("IMWG 2014 classification: result shape", () => {
  // Classified inside each test, not while the suite is collected: mutation testing switches a mutant on
  // only while tests run, so results computed at collection would never see it.
  const classifyAll = () => cases.map((c) => classify(c.input));
  const resultOf = (id: string) => classify(cases.find((c) => c.id === id)!.input);

  it("every criterion has a stable imwg2014 id, a citation that resolves and an evidence status", () => {
    for (const r of classifyAll()) {
      for (const c of r.criteria) {
        expect(c.id).toMatch(/^imwg2014\./);
        expect(isCitationId(c.citation)).toBe(true);
        expect(["verified", "secondary", "unverified"]).toContain(c.evidence);
        expect(c.met).toBe(c.status === "met" ? true : c.status === "not-met" ? false : null);
      }
    }
  });

  it("rule ids are unique and every rule cites a known source", () => {
    const rules = Object.values(DIAGNOSIS_RULES);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) expect(isCitationId(r.citation)).toBe(true);
  });

  it("an indeterminate result always says what would decide it, or explains why no category fits", () => {
    for (const r of classifyAll()) {
      if (r.category !== "indeterminate") continue;
      if (r.likely !== null) {
        expect(r.couldChangeWith.length).toBeGreaterThan(0);
        expect(r.missing.length).toBeGreaterThan(0);
      } else expect(r.notes.length).toBeGreaterThan(0);
    }
  });

  it("a criterion that is unknown names the inputs it lacked", () => {
    for (const r of classifyAll()) {
      for (const c of r.criteria) {
        const isSummary =
          /^imwg2014\.(mm|smm|sp|al|mgus)(\.|$)/.test(c.id) && c.id !== "imwg2014.al.organ-syndrome";
        if (c.status === "unknown" && !isSummary && c.id.startsWith("imwg2014.crab")) {
          expect(c.missing.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it("the IgM pathway is stated rather than guessed", () => {
    const igm = resultOf("igm-burden-not-smm");
    expect(igm.notes.join(" ")).toMatch(/Waldenstrom/);
    expect(igm.criteria.find((c) => c.id === "imwg2014.smm")?.status).toBe("not-met");
  });

  it("a treated patient keeps the treated category and records what today's values alone give", () => {
    const r = resultOf("treated-mm");
    expect(r.criteria.find((c) => c.id === "imwg2014.treated-keeps-category")?.status).toBe("met");
    expect(r.label).toBe("multiple myeloma (treated)");
  });

  it("an involved FLC without its laboratory's limit is read against the Freelite limit, marked assumed", () => {
    const r = resultOf("light-chain-no-uln-freelite-assumed");
    const assumed = r.rules.find((x) => x.ruleId === "imwg2014.mgus.light-chain.freelite-uln-assumed");
    expect(assumed?.citationId).toBe("katzmann-2002-clin-chem");
    expect(assumed?.inputs).toMatchObject({ upperLimitMgL: 19.4, upperLimitAssumed: true, status: "met" });
    expect(r.notes.join(" ")).toMatch(/Freelite limit 19\.4 mg\/L .*assume/);
    // A laboratory limit, when given, is used and nothing is assumed.
    const withLab = classify({
      ...cases.find((c) => c.id === "light-chain-no-uln-freelite-assumed")!.input,
      labs: {
        ...(cases.find((c) => c.id === "light-chain-no-uln-freelite-assumed")!.input as { labs: object })
          .labs,
        involvedFreeLightChain: { value: 62, unit: "mg/L", upperLimitOfNormal: 70 },
      },
    });
    expect(withLab.mgusVariant).toBeNull();
    expect(withLab.rules.some((x) => x.ruleId === "imwg2014.mgus.light-chain.freelite-uln-assumed")).toBe(
      false,
    );
  });
});

describe("IMWG 2014 classification: what is traced, noted and asked for", () => {
  type Rec = Record<string, unknown> & { labs: Record<string, unknown> };
  /** The fully worked-up non-IgM MGUS golden case (criteria-and-scores.md 1.3), to vary one finding. */
  const mgus = (labs: Record<string, unknown> = {}, rest: Record<string, unknown> = {}): Rec => {
    const base = structuredClone(cases.find((c) => c.id === "mgus-non-igm")!.input) as Rec;
    return { ...base, labs: { ...base.labs, ...labs }, ...rest };
  };

  it("the rule trace mirrors the criteria: one entry each, with rule id, citation, evidence, inputs and status", () => {
    const r = classify(cases.find((c) => c.id === "mm-with-al")!.input);
    expect(r.rules).toEqual(
      r.criteria.map((c) => ({
        ruleId: c.id,
        citationId: c.citation,
        evidence: c.evidence,
        inputs: { ...c.inputs, status: c.status },
      })),
    );
  });

  it("what could decide it follows the order of the work-up: marrow, imaging, calcium, creatinine, haemoglobin, urine", () => {
    const r = classify(
      mgus(
        {
          calcium: null,
          creatinine: null,
          hemoglobin: null,
          urineMProtein: null,
        },
        { marrow: undefined, imaging: undefined },
      ),
    );
    expect(r.category).toBe("indeterminate");
    expect(r.couldChangeWith).toEqual([
      "bone marrow biopsy not done",
      "whole-body imaging (PET-CT, whole-body low-dose CT or MRI) not done",
      "serum calcium not measured",
      "serum creatinine not measured",
      "haemoglobin not measured",
      "24-hour urine protein electrophoresis (M-protein) not done",
    ]);
    expect(r.missing.map((m) => m.field)).toEqual([
      "marrow.clonalPlasmaCellPercent",
      "imaging.osteolyticLesions",
      "labs.calcium",
      "labs.creatinine",
      "labs.hemoglobin",
      "labs.urineMProtein",
    ]);
    // No imaging, so no lesion to biopsy: the plasmacytoma lacks the imaging (its field once), not a biopsy.
    expect(r.missing.map((m) => m.field)).not.toContain("biopsy.plasmacytoma");
  });

  it("imaging done without an osteolytic lesion count asks for the count, not for whole-body imaging", () => {
    const r = classify(
      mgus(
        {},
        {
          marrow: { clonalPlasmaCellPercent: 20 },
          imaging: { performed: true, modality: "PET-CT", mriFocalLesions: 0 },
        },
      ),
    );
    expect(r.couldChangeWith[0]).toBe("osteolytic lesion count not recorded");
    expect(r.missing[0]).toEqual({ field: "imaging.osteolyticLesions", neededFor: "CRAB bone lesions" });
  });

  it("a light-chain work-up without the uninvolved chain asks for the free light chains", () => {
    const r = classify(
      mgus({
        heavyChain: "none",
        serumMProtein: { value: 0, unit: "g/dL" },
        involvedFreeLightChain: { value: 60, unit: "mg/L", upperLimitOfNormal: 19.4 },
        uninvolvedFreeLightChain: null,
      }),
    );
    expect(r).toMatchObject({ category: "indeterminate", likely: "mgus" });
    expect(r.couldChangeWith).toEqual(["serum free light chains not measured"]);
    expect(r.missing.map((m) => m.field)).toEqual(["labs.uninvolvedFreeLightChain"]);
  });

  it("tests that show no monoclonal protein say so, rather than 'meets none of the categories'", () => {
    const r = classify(
      mgus(
        {
          serumMProtein: null,
          urineMProtein: null,
          heavyChain: null,
          serumImmunofixation: "negative",
          urineImmunofixation: "negative",
          involvedFreeLightChain: { value: 15, unit: "mg/L", upperLimitOfNormal: 19.4 },
          uninvolvedFreeLightChain: { value: 12, unit: "mg/L" },
        },
        { marrow: { clonalPlasmaCellPercent: 0 } },
      ),
    );
    expect(r).toMatchObject({ category: "indeterminate", likely: null });
    expect(r.notes).toEqual(["No monoclonal plasma cell disorder is shown by the recorded tests."]);
  });

  it.each(["IgG", "IgA", "IgD", "IgE"])(
    "an %s M-protein <30 g/L with marrow <10%% and no CRAB is non-IgM MGUS (1.3)",
    (heavyChain) => {
      expect(classify(mgus({ heavyChain }))).toMatchObject({ category: "mgus", mgusVariant: "non-igm" });
    },
  );

  it("a treated patient is not reported as MGUS: no variant and no 'marrow not assessed', whatever today's values give", () => {
    const r = classify(
      mgus(
        {},
        {
          marrow: undefined,
          treatmentHistory: [
            { regimen: "Rd", drugs: ["lenalidomide", "dexamethasone"], start: "2025-03-01" },
          ],
        },
      ),
    );
    expect(r).toMatchObject({ category: "multiple-myeloma", mgusVariant: null, marrowNotAssessed: false });
    expect(r.onCurrentValues).toEqual({ category: "mgus", likely: null });
  });

  it("a treated patient is kept as AL amyloidosis only when amyloid is proven (Congo red) and typed light-chain", () => {
    const treated = {
      treatmentHistory: [
        { regimen: "VCd", drugs: ["bortezomib", "cyclophosphamide", "dexamethasone"], start: "2025-03-01" },
      ],
    };
    const typedOnly = classify(
      mgus(
        {},
        {
          ...treated,
          biopsy: { amyloid: false, amyloidType: "light-chain" },
          conditions: { amyloidOrgans: ["heart"] },
        },
      ),
    );
    expect(typedOnly.category).toBe("multiple-myeloma");
  });

  it("AL amyloidosis is taken as not present (and noted) only when neither organ involvement nor a tissue result is recorded", () => {
    const note = "No amyloid finding is recorded; AL amyloidosis is taken as not present.";
    expect(classify(mgus()).notes).toContain(note);
    const congoNegative = classify(mgus({}, { biopsy: { amyloid: false } }));
    expect(congoNegative.category).toBe("mgus");
    expect(congoNegative.notes).not.toContain(note);
    const noOrgans = classify(mgus({}, { conditions: { amyloidOrgans: [] } }));
    expect(noOrgans.category).toBe("mgus");
    expect(noOrgans.notes).not.toContain(note);
  });
});

/** Vignettes: which missing test the diagnosis names as the one that could change it, as a myeloma
 * specialist would expect (IMWG 2014, Rajkumar et al. Lancet Oncol 2014, rajkumar-2014-lancet-oncol;
 * criteria-and-scores.md 1.1-1.5). Each names the test that could change the state, never one that cannot
 * (a heavy chain to type when immunofixation shows none, a biopsy of a lesion nobody has seen), and an
 * unsettled state always names at least one. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../../model/facts.js";
import { classifyDiagnosis } from "./diagnosis.js";

const classify = (record: unknown) => classifyDiagnosis(toFacts(record));
const Q = (value: number, unit: string) => ({ value, unit });

/** An otherwise complete work-up: normal calcium, creatinine and haemoglobin, age, sex and weight. */
const base = {
  asOf: "2026-11-26",
  patient: { age: 64, sex: "female", weight: Q(68, "kg") },
};
const normalOrgans = { calcium: Q(9.4, "mg/dL"), creatinine: Q(0.9, "mg/dL"), hemoglobin: Q(13.1, "g/dL") };
const cleanImaging = { performed: true, modality: "PET-CT", osteolyticLesions: 0, mriFocalLesions: 0 };

const HEAVY_CHAIN_IFE = "serum immunofixation (heavy-chain type) not done";
const FLC = "serum free light chains not measured";
const BIOPSY_LESION = "biopsy of the lesion seen on imaging (to prove or exclude a plasmacytoma) not done";
const LESION_COUNT = "osteolytic lesion count not recorded";
const WHOLE_BODY = "whole-body imaging (PET-CT, whole-body low-dose CT or MRI) not done";

describe("a negative serum immunofixation: there is no heavy chain to type (1.3)", () => {
  it("with an abnormal kappa FLC ratio, a raised kappa chain, negative urine immunofixation and marrow <10% is light-chain MGUS", () => {
    // Light-chain MGUS (1.3): ratio >1.65 with kappa raised; no heavy-chain expression on IFE; no CRAB;
    // clonal marrow <10%; urine M-protein <500 mg/24 h.
    const d = classify({
      ...base,
      labs: {
        ...normalOrgans,
        serumImmunofixation: "negative",
        urineImmunofixation: "negative",
        lightChain: "kappa",
        involvedFreeLightChain: { value: 80, unit: "mg/L", upperLimitOfNormal: 19.4 },
        uninvolvedFreeLightChain: Q(10, "mg/L"),
      },
      marrow: { clonalPlasmaCellPercent: 4 },
      imaging: cleanImaging,
    });
    expect(d).toMatchObject({ category: "mgus", mgusVariant: "light-chain", label: "light-chain MGUS" });
    // The reason says where "no heavy chain" came from.
    expect(d.criteria.find((c) => c.id === "imwg2014.mgus.light-chain")?.because).toContain(
      "no heavy chain on serum immunofixation (negative)",
    );
    expect(d.couldChangeWith).not.toContain(HEAVY_CHAIN_IFE);
    expect(d.missing.map((m) => m.field)).not.toContain("labs.heavyChain");
  });

  it("with clonal marrow cells and no free light chains asks for the free light chains, not a heavy chain", () => {
    const d = classify({
      ...base,
      labs: { ...normalOrgans, serumImmunofixation: "negative", urineImmunofixation: "negative" },
      marrow: { clonalPlasmaCellPercent: 4 },
      imaging: cleanImaging,
    });
    expect(d).toMatchObject({ category: "indeterminate", likely: "mgus" });
    expect(d.couldChangeWith).toEqual([FLC]);
    expect(d.couldChangeWith).not.toContain(HEAVY_CHAIN_IFE);
    const fields = d.missing.map((m) => m.field);
    expect(fields).toContain("labs.involvedFreeLightChain");
    expect(fields).not.toContain("labs.heavyChain");
  });

  it("a positive immunofixation whose heavy chain is not recorded asks for the type, not for the test", () => {
    const d = classify({
      ...base,
      labs: {
        ...normalOrgans,
        serumImmunofixation: "positive",
        serumMProtein: Q(0.8, "g/dL"),
        urineImmunofixation: "negative",
        lightChain: "kappa",
        involvedFreeLightChain: { value: 25, unit: "mg/L", upperLimitOfNormal: 19.4 },
        uninvolvedFreeLightChain: Q(12, "mg/L"),
      },
      marrow: { clonalPlasmaCellPercent: 4 },
      imaging: cleanImaging,
    });
    expect(d.category).toBe("indeterminate");
    expect(d.couldChangeWith).toEqual(["heavy-chain type on serum immunofixation not recorded"]);
    expect(d.missing.map((m) => m.field)).toEqual(["labs.heavyChain"]);
  });
});

describe("imaging done but its result not recorded: ask for the result, not a biopsy (1.1, 1.4)", () => {
  // IgG 1.2 g/dL with clonal marrow 12%: smouldering myeloma unless imaging shows a lytic lesion.
  const smm = (imaging: unknown) =>
    classify({
      ...base,
      labs: {
        ...normalOrgans,
        serumMProtein: Q(1.2, "g/dL"),
        heavyChain: "IgG",
        lightChain: "kappa",
        involvedFreeLightChain: { value: 30, unit: "mg/L", upperLimitOfNormal: 19.4 },
        uninvolvedFreeLightChain: Q(10, "mg/L"),
      },
      marrow: { clonalPlasmaCellPercent: 12 },
      imaging,
    });

  it("PET-CT done, MRI clean, osteolytic count not recorded: the lesion count, no biopsy", () => {
    const d = smm({ performed: true, modality: "PET-CT", mriFocalLesions: 0 });
    expect(d).toMatchObject({ category: "indeterminate", likely: "smoldering-myeloma" });
    expect(d.couldChangeWith).toEqual([LESION_COUNT]);
    const fields = d.missing.map((m) => m.field);
    expect(fields).toContain("imaging.osteolyticLesions");
    expect(fields).not.toContain("biopsy.plasmacytoma");
  });

  it("PET-CT done with no count at all: the result is asked for, and the imaging is not called 'not done'", () => {
    const d = smm({ performed: true, modality: "PET-CT" });
    expect(d.couldChangeWith).not.toContain(WHOLE_BODY);
    expect(d.couldChangeWith).not.toContain(BIOPSY_LESION);
    expect(d.couldChangeWith).toContain(LESION_COUNT);
    expect(d.missing.map((m) => m.field)).not.toContain("biopsy.plasmacytoma");
  });

  it("no imaging at all still asks for whole-body imaging", () => {
    const d = smm({ performed: false });
    expect(d.couldChangeWith).toEqual([WHOLE_BODY]);
    expect(d.missing.map((m) => m.field)).not.toContain("biopsy.plasmacytoma");
  });

  it("a lesion seen on imaging and not biopsied still asks for its biopsy", () => {
    // One lytic lesion, clonal marrow 5%: a solitary plasmacytoma with minimal marrow involvement if the
    // biopsy proves it, else MGUS (the single lesion is not a CRAB feature with marrow <10%).
    const d = classify({
      ...base,
      labs: {
        ...normalOrgans,
        serumMProtein: Q(0.6, "g/dL"),
        heavyChain: "IgG",
        lightChain: "kappa",
        involvedFreeLightChain: { value: 25, unit: "mg/L", upperLimitOfNormal: 19.4 },
        uninvolvedFreeLightChain: Q(12, "mg/L"),
      },
      marrow: { clonalPlasmaCellPercent: 5 },
      imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 1, mriFocalLesions: 0 },
    });
    expect(d.couldChangeWith).toContain(BIOPSY_LESION);
    expect(d.missing.map((m) => m.field)).toContain("biopsy.plasmacytoma");
  });
});

describe("AL amyloidosis likely with several amyloid findings missing: what would decide it is named (1.5)", () => {
  it("kidney involvement, anaemia, marrow without clonal cells, no tissue biopsy and no M-protein tests", () => {
    // AL needs all four requirements (1.5): the organ syndrome is recorded; Congo red, the typing and the
    // monoclonal disorder are not. Each of the three alone cannot complete AL (the others would still be
    // missing), yet together they decide it, so all three are named.
    const d = classify({
      ...base,
      labs: { calcium: Q(9.4, "mg/dL"), creatinine: Q(0.9, "mg/dL"), hemoglobin: Q(8.5, "g/dL") },
      marrow: { clonalPlasmaCellPercent: 0 },
      imaging: cleanImaging,
      conditions: { amyloidOrgans: ["kidney"] },
    });
    expect(d).toMatchObject({ category: "indeterminate", likely: "al-amyloidosis" });
    expect(d.couldChangeWith).toEqual([
      "tissue biopsy with Congo red staining not done",
      "amyloid typing (mass spectrometry or immuno-electron microscopy) not done",
      // The marrow was examined (no clonal cells): only the tests not done are named.
      "tests for a monoclonal protein (immunofixation, free light chains) not done",
    ]);
    const fields = d.missing.map((m) => m.field);
    for (const f of ["biopsy.amyloid", "biopsy.amyloidType", "labs.serumImmunofixation"])
      expect(fields).toContain(f);
  });
});

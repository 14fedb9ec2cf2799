/** Review c16 (stop 23): scores defined at diagnosis read the values at diagnosis.
 *
 * 1. IMS/IMWG 2025 criterion 4 (beta2-microglobulin >= 5.5 mg/L with normal creatinine < 1.2 mg/dL;
 *    criteria-and-scores.md 4.3, avet-loiseau-2025-jco: a definition of high-risk newly diagnosed myeloma)
 *    read today's values at any time: a relapse beta2-microglobulin made the disease high risk, and a low one
 *    in remission ruled out what the diagnosis showed. Vignette
 *    examples/vignettes/review-c16-relapse-high-risk-by-b2m-at-diagnosis.json: standard-risk FISH, at
 *    diagnosis (2021-01-12) beta2-microglobulin 6.4 mg/L with creatinine 80 umol/L; first relapse after VRd,
 *    ASCT and lenalidomide maintenance (first treatment 2021-02-01); today 2.6 mg/L.
 * 2. The ISS family and the AL stage read the earliest value before the first treatment, which in a record
 *    followed for years as smouldering myeloma or MGUS is a value from before the disease being staged; the
 *    value at diagnosis is the latest one on or before the first treatment (greipp-2005-jco,
 *    kumar-2012-jco: staging at diagnosis). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { assess } from "./assess.js";

type Rec = Record<string, unknown>;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")) as Rec;
const relapse = read("review-c16-relapse-high-risk-by-b2m-at-diagnosis");
const withSeries = (r: Rec, series: Rec): Rec => ({ ...r, series: { ...(r.series as Rec), ...series } });
const withLabs = (r: Rec, labs: Rec): Rec => ({ ...r, labs: { ...(r.labs as Rec), ...labs } });
const oneLine = (s: string) => s.replace(/\s+/g, " ");

describe("c16-1: IMS/IMWG 2025 criterion 4 of a treated myeloma record reads the values at diagnosis", () => {
  it("a relapse with a high beta2-microglobulin at diagnosis is high risk, with the dates, though today's is low", () => {
    const a = assess(relapse);
    const cg = a.risk.cytogenetic;
    expect(cg.geneticHighRisk).toBe(false);
    expect(cg.highRisk).toBe(true);
    expect(cg.findings).toEqual([
      "beta2-microglobulin 6.4 mg/L with normal creatinine (80 umol/L), value of 2021-01-12, before the first treatment (2021-02-01)",
    ]);
    const text = oneLine(renderClinicianSummary(a, "text"));
    expect(text).toContain("high risk by beta2-microglobulin with normal creatinine (IMS/IMWG 2025)");
    expect(text).toContain("value of 2021-01-12, before the first treatment (2021-02-01)");
  });

  it("only values from after the first treatment: criterion 4 is not known (a low one in remission rules nothing out), and the missing input names the date", () => {
    const a = assess(withSeries(relapse, { beta2Microglobulin: [], creatinine: [] }));
    const cg = a.risk.cytogenetic;
    expect(cg.highRisk).toBeNull();
    // A dated value from before the first treatment (a series point), not a test to do now.
    const need = cg.missing.find((m) => m.field === "series.beta2Microglobulin");
    expect(need?.neededFor).toBe(
      "IMS/IMWG 2025 high risk (criterion 4 reads the value at diagnosis: dated on or before the first treatment, 2021-02-01)",
    );
    expect(a.missingData.some((m) => m.field === "series.beta2Microglobulin")).toBe(true);
    const text = oneLine(renderClinicianSummary(a, "text"));
    expect(text).not.toContain("IMS/IMWG 2025: not high risk");
    expect(text).toContain(
      "high risk not determined: beta2-microglobulin and creatinine at diagnosis not recorded (IMS/IMWG 2025 criterion 4); cytogenetics not high risk",
    );
  });

  it("a high beta2-microglobulin at relapse with normal creatinine does not make the disease high risk", () => {
    const r = withLabs(withSeries(relapse, { beta2Microglobulin: [], creatinine: [] }), {
      beta2Microglobulin: { value: 6.1, unit: "mg/L", date: "2026-11-20" },
    });
    const a = assess(r);
    expect(a.risk.cytogenetic.highRisk).toBeNull();
    expect(a.risk.cytogenetic.findings).toEqual([]);
  });

  it("a beta2-microglobulin below 5.5 at diagnosis settles criterion 4 as not met, with no creatinine at diagnosis", () => {
    const r = withSeries(relapse, {
      beta2Microglobulin: [{ date: "2021-01-12", value: 3.1, unit: "mg/L" }],
      creatinine: [],
    });
    const a = assess(r);
    expect(a.risk.cytogenetic.highRisk).toBe(false);
  });

  it("a high beta2-microglobulin at diagnosis with creatinine only from later: not known, creatinine named", () => {
    const a = assess(withSeries(relapse, { creatinine: [] }));
    expect(a.risk.cytogenetic.highRisk).toBeNull();
    expect(a.risk.cytogenetic.missing.map((m) => m.field)).toEqual(["series.creatinine"]);
  });

  it("control: an untreated record reads today's values, with no date words", () => {
    const r = read("ndmm-transplant-eligible");
    const a = assess(
      withLabs(r, {
        beta2Microglobulin: { value: 6.2, unit: "mg/L" },
        creatinine: { value: 0.9, unit: "mg/dL" },
      }),
    );
    expect(a.diagnosis.treated).toBe(false);
    expect(a.risk.cytogenetic.ims2025.findings).toContain(
      "beta2-microglobulin 6.2 mg/L with normal creatinine (0.9 mg/dL)",
    );
  });
});

describe("c16-2: the value at diagnosis is the latest before the first treatment, not the first ever recorded", () => {
  it("ISS: a beta2-microglobulin from smouldering years before the myeloma is not its stage at diagnosis", () => {
    // The same relapse, followed as smouldering myeloma from 2018 (beta2-microglobulin 2.0, albumin 4.2).
    const r = withSeries(relapse, {
      beta2Microglobulin: [
        { date: "2018-03-01", value: 2.0, unit: "mg/L" },
        { date: "2021-01-12", value: 6.4, unit: "mg/L" },
      ],
      albumin: [
        { date: "2018-03-01", value: 4.2, unit: "g/dL" },
        { date: "2021-01-12", value: 3.6, unit: "g/dL" },
      ],
    });
    const a = assess(r);
    expect(a.staging.iss.stage).toBe(3);
    expect(a.staging.iss.basis?.dates).toEqual(["2021-01-12"]);
    expect(a.risk.cytogenetic.highRisk).toBe(true);
  });

  it("AL stage: free light chains from years of MGUS are not the dFLC at diagnosis", () => {
    // Vignette al-cardiac-renal-on-dara-cybord-cycle-4 (first treatment 2026-08-05; at diagnosis 2026-08-01
    // dFLC 263 mg/L), with a 2023 MGUS reading (dFLC 28 mg/L) before it.
    const r = read("al-cardiac-renal-on-dara-cybord-cycle-4");
    const s = r.series as Record<string, Rec[]>;
    const early = (k: string, value: number) => [
      { date: "2023-05-01", value, unit: "mg/L" },
      ...(s[k] ?? []),
    ];
    const a = assess(
      withSeries(r, {
        involvedFreeLightChain: early("involvedFreeLightChain", 40),
        uninvolvedFreeLightChain: early("uninvolvedFreeLightChain", 12),
      }),
    );
    const b = assess(r);
    expect(b.risk.alMayo2012.basis?.dates).toEqual(["2026-08-01"]);
    expect(a.risk.alMayo2012.basis?.dates).toEqual(["2026-08-01"]);
    expect(a.risk.alMayo2012.stage).toBe(b.risk.alMayo2012.stage);
    expect(a.risk.alMayo2012.points).toBe(b.risk.alMayo2012.points);
  });
});

describe("c16-3: the rows the reference gives for high-risk cytogenetics read the gene changes, not criterion 4", () => {
  // Vignette post-asct-maintenance: VRd then ASCT (2026-05-20), del(17p) in 45% of clonal cells.
  const postAsct = read("post-asct-maintenance");
  const PI = "maint.pi-high-risk";
  const standardGenes = {
    del17p: false,
    tp53Mutation: false,
    t4_14: false,
    t14_16: false,
    t14_20: false,
    gain1q: false,
    del1p32: "none",
  };
  const b2mAtDiagnosis = {
    beta2Microglobulin: [{ date: "2025-12-20", value: 6.8, unit: "mg/L" }],
    creatinine: [{ date: "2025-12-20", value: 0.9, unit: "mg/dL" }],
  };

  it("del(17p) after the transplant: bortezomib-containing maintenance is listed, the plan step names it", () => {
    const a = assess(postAsct);
    expect(a.risk.cytogenetic.geneticHighRisk).toBe(true);
    expect(a.options.some((o) => o.id === PI)).toBe(true);
    expect(a.plan.find((s) => s.phase === "maintenance")?.title).toBe(
      "Maintenance: lenalidomide; a proteasome inhibitor added for high-risk cytogenetics",
    );
  });

  it("standard-risk genes, high risk by beta2-microglobulin at diagnosis only: no bortezomib maintenance 'for high-risk cytogenetics'", () => {
    const a = assess(withSeries({ ...postAsct, cytogenetics: standardGenes }, b2mAtDiagnosis));
    expect(a.risk.cytogenetic).toMatchObject({ highRisk: true, geneticHighRisk: false });
    expect(a.options.some((o) => o.id === PI)).toBe(false);
    expect(a.plan.find((s) => s.phase === "maintenance")?.title).not.toContain("proteasome inhibitor");
  });

  it("tandem ASCT caution: shown for del(17p), not for beta2-microglobulin alone (untreated, transplant-eligible)", () => {
    const r = read("ndmm-transplant-eligible");
    const tandem = (x: Rec) =>
      assess(x)
        .options.find((o) => o.id === "ndmm.te.asct")
        ?.cautions.some((c) => c.startsWith("Tandem ASCT")) ?? false;
    const b2mOnly = withLabs(
      { ...r, cytogenetics: standardGenes },
      { beta2Microglobulin: { value: 6.8, unit: "mg/L" }, creatinine: { value: 0.9, unit: "mg/dL" } },
    );
    expect(assess(b2mOnly).risk.cytogenetic).toMatchObject({ highRisk: true, geneticHighRisk: false });
    expect(tandem(b2mOnly)).toBe(false);
    expect(tandem({ ...r, cytogenetics: { ...standardGenes, del17p: true, del17pClonalFraction: 60 } })).toBe(
      true,
    );
  });
});

describe("c16-4: SMM risk of a record treated for smouldering myeloma reads the values the decision rested on", () => {
  it("an M-protein from MGUS years before is not the smouldering myeloma's (20/2/20 and IMWG 2020)", () => {
    // Vignette smm-aquila-daratumumab-month-24: daratumumab from 2024-11-15; at the start of treatment
    // (2024-10-01) M-protein 3.3 g/dL, FLC ratio 420/9, marrow 30%. Add a 2019 MGUS reading (0.9 g/dL, FLC 30/10).
    const r = read("smm-aquila-daratumumab-month-24");
    const s = r.series as Record<string, Rec[]>;
    const early = (k: string, value: number, unit: string) => [
      { date: "2019-03-01", value, unit },
      ...(s[k] ?? []),
    ];
    const a = assess(
      withSeries(r, {
        serumMProtein: early("serumMProtein", 0.9, "g/dL"),
        involvedFreeLightChain: early("involvedFreeLightChain", 30, "mg/L"),
        uninvolvedFreeLightChain: early("uninvolvedFreeLightChain", 10, "mg/L"),
      }),
    );
    const b = assess(r);
    expect(b.risk.smmMayo2018.basis?.dates).toEqual(["2024-10-01"]);
    expect(a.risk.smmMayo2018.basis?.dates).toEqual(["2024-10-01"]);
    expect(a.risk.smmMayo2018.group).toBe(b.risk.smmMayo2018.group);
    expect(a.risk.smmMayo2018.group).toBe("high");
    expect(a.risk.smmImwg2020.group).toBe(b.risk.smmImwg2020.group);
  });
});

describe("c16-5: rule inputs in the clinician text carry no floating-point noise", () => {
  it("creatinine 80 umol/L reads 0.90496 mg/dL in the criterion 4 rule, not 0.9049600000000001", () => {
    const text = renderClinicianSummary(assess(relapse), "text");
    expect(text).toContain("creatinineMgDl=0.90496,");
    expect(text).not.toMatch(/\d\.\d*0000000\d/);
  });
});

/** Review c9 findings fixed in c10a (records from /work/vig-c9, scen-NN.json), each failing on main cd2e03d.
 *
 * F10 (scen-12, scen-13, scen-18): an IgM paraprotein's work-up. IgM MGUS needs no anaemia, constitutional
 * symptoms, hyperviscosity, lymphadenopathy or hepatosplenomegaly (criteria-and-scores.md 1.3,
 * rajkumar-2014-lancet-oncol): when they are not recorded they are not known, never "taken as absent"
 * (record contract: a missing field is "not known", never "normal"). A missing marrow gives "MGUS (marrow not
 * assessed)" (criteria-and-scores.md 1.3 note), with the 6-month-then-yearly follow-up (treatments.md 2,
 * kyle-2010-leukemia); the IgM MGUS row names no bone imaging, and IgM myeloma needs >= 10% marrow plasma
 * cells before its bone lesions matter (schuster-2010-ajh, abstract only), so the marrow is what is asked for.
 * Lymphadenopathy, organomegaly or B symptoms with an IgM paraprotein are not IgM MGUS: IgM disease follows
 * the IgM / Waldenstrom pathway (criteria-and-scores.md 1.2-1.3), a work-up outside this tool, said by a
 * warning. */
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

const igmMgus = () => ({
  id: "c10a-igm-mgus-plain",
  asOf: "2026-12-01",
  patient: { age: 66, sex: "female", weight: { value: 64, unit: "kg" } },
  labs: {
    serumMProtein: { value: 0.9, unit: "g/dL", date: "2026-11-20" },
    heavyChain: "IgM",
    lightChain: "kappa",
    serumImmunofixation: "positive",
    involvedFreeLightChain: { value: 24, unit: "mg/L" },
    uninvolvedFreeLightChain: { value: 13, unit: "mg/L" },
    calcium: { value: 9.3, unit: "mg/dL", date: "2026-11-20" },
    creatinine: { value: 0.8, unit: "mg/dL", date: "2026-11-20" },
    hemoglobin: { value: 13.2, unit: "g/dL", date: "2026-11-20" },
  } as Record<string, unknown>,
  conditions: {
    lymphadenopathy: false,
    hepatosplenomegaly: false,
    constitutionalSymptoms: false,
    hyperviscosity: false,
  } as Record<string, unknown>,
  treatmentHistory: [],
});

const igmWithNodes = () => ({
  id: "c10a-igm-with-nodes",
  asOf: "2026-12-01",
  patient: { age: 69, sex: "male", weight: { value: 80, unit: "kg" } },
  labs: {
    serumMProtein: { value: 1.8, unit: "g/dL" },
    heavyChain: "IgM",
    lightChain: "kappa",
    serumImmunofixation: "positive",
    involvedFreeLightChain: { value: 40, unit: "mg/L" },
    uninvolvedFreeLightChain: { value: 12, unit: "mg/L" },
    calcium: { value: 9.3, unit: "mg/dL" },
    creatinine: { value: 1.0, unit: "mg/dL" },
    hemoglobin: { value: 12.4, unit: "g/dL" },
  },
  conditions: {
    lymphadenopathy: true,
    hepatosplenomegaly: true,
    constitutionalSymptoms: true,
    hyperviscosity: false,
  },
  treatmentHistory: [],
});

const igmMarrow20 = () => ({
  id: "c10a-igm-marrow-20",
  asOf: "2026-12-01",
  patient: { age: 71, sex: "male", weight: { value: 78, unit: "kg" } },
  labs: {
    serumMProtein: { value: 3.6, unit: "g/dL" },
    heavyChain: "IgM",
    lightChain: "kappa",
    serumImmunofixation: "positive",
    calcium: { value: 9.4, unit: "mg/dL" },
    creatinine: { value: 1.0, unit: "mg/dL" },
    hemoglobin: { value: 9.1, unit: "g/dL" },
  },
  marrow: { clonalPlasmaCellPercent: 20 },
  imaging: { performed: true, modality: "whole-body-low-dose-CT", osteolyticLesions: 0 },
  treatmentHistory: [],
});

const criterionTexts = (a: ReturnType<typeof assess>) =>
  a.diagnosis.criteria.map((c) => `${c.id}: ${c.because}`).join(" | ");

describe("c9 F10: IgM gammopathy work-up", () => {
  it("scen-18: IgM MGUS (marrow not assessed), followed at 6 months then yearly, no skeletal imaging asked for", () => {
    const a = assess(igmMgus());
    expect(a.diagnosis.category).toBe("mgus");
    expect(a.diagnosis.subtype).toBe("IgM-kappa");
    const nmna = a.diagnosis.criteria.find((c) => c.id === "imwg2014.mgus.marrow-not-assessed");
    expect(nmna?.status).toBe("met");
    expect(nmna?.because).toMatch(/no marrow result/);
    // The marrow is what could still change it; bone imaging is not part of the IgM MGUS call.
    expect(a.diagnosis.couldChangeWith.join(" ")).toMatch(/marrow/);
    expect(a.diagnosis.couldChangeWith.join(" ")).not.toMatch(/imaging|PET|skeletal|MRI/);
    expect(a.missingData.map((m) => m.field)).not.toContain("imaging.osteolyticLesions");
    expect(a.alerts.map((x) => x.id)).not.toContain("pathway.deciding-test-first");
    // Kyle 2010 (treatments.md 2): intermediate/high-risk MGUS at 6 months, then yearly for life.
    expect(a.monitoring.plan).toMatch(/6 months, then yearly/);
    expect(a.monitoring.nextDue).toBe("2027-05-20");
    expect(criterionTexts(a)).not.toMatch(/taken as absent/);
  });

  it("IgM clinical features not recorded are not known: no IgM MGUS until they are, and the criterion says so", () => {
    const rec = igmMgus();
    rec.conditions = {};
    const a = assess(rec);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBe("mgus");
    const igm = a.diagnosis.criteria.find((c) => c.id === "imwg2014.mgus.igm");
    expect(igm?.status).toBe("unknown");
    expect(igm?.because).toMatch(/lymphadenopathy or hepatosplenomegaly: unknown/);
    expect(criterionTexts(a)).not.toMatch(/taken as absent/);
    expect(a.diagnosis.couldChangeWith.join(" ")).toMatch(/lymphadenopathy/);
    // One feature recorded present is enough to exclude IgM MGUS, whatever the others.
    rec.conditions = { lymphadenopathy: true };
    const b = assess(rec);
    expect(b.diagnosis.criteria.find((c) => c.id === "imwg2014.mgus.igm")?.status).toBe("not-met");
  });

  it("scen-13: the IgM criterion never says 'taken as absent'", () => {
    expect(criterionTexts(assess(igmMarrow20()))).not.toMatch(/taken as absent/);
  });

  it("scen-12: lymphadenopathy, organomegaly and B symptoms with IgM: a warning naming the Waldenstrom / lymphoma work-up", () => {
    const a = assess(igmWithNodes());
    expect(a.diagnosis.category).not.toBe("mgus");
    const w = a.alerts.find((x) => /igm|waldenstrom|lymphoma/.test(x.id));
    expect(w).toBeDefined();
    expect(w?.severity).toBe("warning");
    expect(w?.text).toMatch(/Waldenstrom/);
    expect(w?.text).toMatch(/lymphoma/);
    expect(w?.text).toMatch(/lymphadenopathy/);
    expect(w?.citations).toContain("rajkumar-2014-lancet-oncol");
    expect(a.options.filter((o) => o.id.startsWith("ndmm."))).toEqual([]);
    // Control: the same IgM protein with the features recorded absent raises no such warning.
    const plain = assess(igmMgus());
    expect(plain.alerts.map((x) => x.id)).not.toContain(w?.id);
  });
});

/** F9 (scen-16): D-R maintenance since 2024-10-15, month 25 at 2026-12-01, MRD-negative marrows. PERSEUS
 * (treatments.md 3d, sonneveld-2024-nejm): daratumumab stopped after >= 24 months of D-R maintenance if MRD
 * negativity is sustained for >= 12 months; sustained MRD-negative is confirmed >= 1 year apart
 * (criteria-and-scores.md 6.3, kumar-2016-lancet-oncol); MRD results are stored with method, sensitivity
 * and date (treatments.md 10). */
const drMaintenance = (): Record<string, unknown> & { series: Record<string, unknown> } => ({
  id: "c10a-dr-maintenance-25-months",
  asOf: "2026-12-01",
  patient: { age: 59, sex: "female", weight: { value: 64, unit: "kg" } },
  labs: {
    serumMProtein: { value: 0, unit: "g/dL" },
    heavyChain: "IgA",
    lightChain: "lambda",
    serumImmunofixation: "negative",
    urineImmunofixation: "negative",
    involvedFreeLightChain: { value: 14, unit: "mg/L" },
    uninvolvedFreeLightChain: { value: 12, unit: "mg/L" },
    calcium: { value: 9.3, unit: "mg/dL" },
    creatinine: { value: 0.8, unit: "mg/dL" },
    hemoglobin: { value: 12.8, unit: "g/dL" },
    albumin: { value: 4.2, unit: "g/dL" },
    hepatitisBSurfaceAntigen: "negative",
    hepatitisBCoreAntibody: "negative",
  },
  marrow: { clonalPlasmaCellPercent: 0, mrd: "negative", date: "2026-11-10" },
  transplant: { candidate: "yes" },
  treatmentHistory: [
    {
      regimen: "D-VRd",
      drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
      start: "2024-01-08",
      end: "2024-04-30",
      bestResponse: "VGPR",
      progressedOn: false,
      phase: "induction",
      setting: "multiple-myeloma",
    },
    {
      regimen: "Mel200-ASCT",
      drugs: ["melphalan"],
      start: "2024-05-28",
      end: "2024-05-29",
      asct: true,
      phase: "transplant",
      plannedWithPrevious: true,
      bestResponse: "CR",
      progressedOn: false,
    },
    {
      regimen: "D-VRd consolidation",
      drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
      start: "2024-08-01",
      end: "2024-09-30",
      phase: "consolidation",
      plannedWithPrevious: true,
      bestResponse: "sCR",
    },
    {
      regimen: "D-R maintenance",
      drugs: ["daratumumab", "lenalidomide"],
      start: "2024-10-15",
      phase: "maintenance",
      plannedWithPrevious: true,
      bestResponse: "sCR",
    },
  ],
  series: {
    serumImmunofixation: [
      { date: "2024-09-30", result: "negative" },
      { date: "2026-11-10", result: "negative" },
    ],
    clonalPlasmaCellPercent: [
      { date: "2024-10-01", value: 0 },
      { date: "2026-11-10", value: 0 },
    ],
  },
});

const continueCard = (a: ReturnType<typeof assess>) =>
  a.options.find((o) => o.id === "pathway.continue-current-line");

describe("c9 F9: PERSEUS daratumumab stop on D-R maintenance", () => {
  it("month 25 of D-R maintenance: the PERSEUS stop rule is shown, with what is needed to apply it", () => {
    const a = assess(drMaintenance());
    const text = (continueCard(a)?.cautions ?? []).join(" ");
    expect(text).toMatch(/24 months.*MRD/);
    expect(text).toMatch(/12 months/);
    expect(continueCard(a)?.citations).toContain("sonneveld-2024-nejm");
    // One MRD-negative marrow only (marrow.mrd): not yet sustained; the card says what is needed.
    expect(text).toMatch(/MRD-negative marrow results >= 12 months apart/);
    expect(text).toMatch(/sustained.*: no/i);
  });

  it("a dated MRD series with two negatives >= 12 months apart is read as sustained", () => {
    const rec = drMaintenance();
    rec.series.mrd = [
      { date: "2025-10-20", result: "negative", method: "NGS", sensitivity: 0.00001 },
      { date: "2026-11-10", result: "negative", method: "NGS", sensitivity: 0.00001 },
    ];
    const a = assess(rec);
    const text = (continueCard(a)?.cautions ?? []).join(" ");
    expect(text).toMatch(/24 months.*MRD/);
    expect(text).toMatch(/sustained.*: yes/i);
  });

  it("a positive result between the negatives breaks the run; < 12 months apart is not sustained", () => {
    const rec = drMaintenance();
    rec.series.mrd = [
      { date: "2025-06-01", result: "negative", method: "NGF" },
      { date: "2025-12-01", result: "positive", method: "NGF" },
      { date: "2026-11-10", result: "negative", method: "NGF" },
    ];
    const text = (continueCard(assess(rec))?.cautions ?? []).join(" ");
    expect(text).toMatch(/sustained.*: no/i);
  });

  it("the record contract accepts series.mrd and refuses a wrong result", () => {
    const rec = drMaintenance();
    rec.series.mrd = [{ date: "2026-11-10", result: "negative", method: "NGS", sensitivity: 0.000001 }];
    expect(() => assess(rec)).not.toThrow();
    rec.series.mrd = [{ date: "2026-11-10", result: "undetectable" }];
    expect(() => assess(rec)).toThrow();
  });

  it("not shown before 24 months of D-R maintenance, nor on lenalidomide maintenance alone", () => {
    const early = drMaintenance();
    early.asOf = "2026-06-01";
    (early.marrow as Record<string, unknown>).date = "2026-05-10";
    (early.series.serumImmunofixation as { date: string }[])[1]!.date = "2026-05-10";
    (early.series.clonalPlasmaCellPercent as { date: string }[])[1]!.date = "2026-05-10";
    expect((continueCard(assess(early))?.cautions ?? []).join(" ")).not.toMatch(/PERSEUS/);
    const lenOnly = drMaintenance();
    const h = lenOnly.treatmentHistory as { drugs: string[]; regimen: string }[];
    h[3]!.drugs = ["lenalidomide"];
    h[3]!.regimen = "R maintenance";
    expect((continueCard(assess(lenOnly))?.cautions ?? []).join(" ")).not.toMatch(/PERSEUS/);
  });
});

/** F18 (scen-04): D-VTd at age 70. treatments.md 3b, D-VTd row (CASSIOPEIA, moreau-2019-lancet): "TE NDMM,
 * <=65". */
describe("c9 F18: D-VTd above the CASSIOPEIA age", () => {
  const ndmm = (age: number) => ({
    id: "c10a-ndmm-age",
    asOf: "2026-12-01",
    patient: { age, sex: "male", weight: { value: 80, unit: "kg" } },
    labs: {
      serumMProtein: { value: 3.4, unit: "g/dL" },
      heavyChain: "IgG",
      lightChain: "kappa",
      serumImmunofixation: "positive",
      calcium: { value: 9.5, unit: "mg/dL" },
      creatinine: { value: 1.0, unit: "mg/dL" },
      hemoglobin: { value: 9.2, unit: "g/dL" },
    },
    marrow: { clonalPlasmaCellPercent: 40 },
    imaging: { performed: true, modality: "PET-CT", osteolyticLesions: 3 },
    biopsy: { amyloid: false },
    transplant: { candidate: "yes" },
    treatmentHistory: [],
  });
  const dvtd = (age: number) =>
    assess(ndmm(age))
      .options.find((o) => o.id === "ndmm.te.d-vtd")
      ?.cautions.join(" ") ?? "missing";

  it("age 70: the D-VTd card says CASSIOPEIA enrolled patients aged 65 or under", () => {
    expect(dvtd(70)).toMatch(/CASSIOPEIA enrolled .* 65 or under/);
    expect(dvtd(70)).toMatch(/age: 70/);
  });
  it("age 60: no such note (control)", () => {
    expect(dvtd(60)).not.toMatch(/65 or under/);
  });
});

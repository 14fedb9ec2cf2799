/** Review c6 (2026-12-02): infection prophylaxis after CAR-T and on bispecifics, and the bone-agent
 * words at CrCl < 30 with hypercalcaemia. One golden vignette per finding (examples/vignettes/safety-*,
 * each failing on main 91d6bba). Source of every expectation: shared/clinical-reference/treatments.md
 * 5b (class labelling: lifelong monitoring for new malignancy), 5c (bispecific / CAR-T prophylaxis:
 * HSV/VZV, PJP until CD4 >200/uL, IVIG/SCIG if IgG <400 mg/dL or >=2 severe recurrent bacterial
 * infections regardless of IgG), 8a (zoledronic acid renal table) and 8c (IVIG row; hypercalcaemia
 * row: zoledronic acid 4 mg, no dose change for serum creatinine <4.5 mg/dL, SmPC). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { optionIds as ids, shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";
import type { AssessmentOption } from "./assessment.js";

/** A vignette record: only the parts the tests vary are typed. */
type Rec = {
  labs: Record<string, unknown>;
  conditions: Record<string, unknown>;
  treatmentHistory: unknown[];
  [k: string]: unknown;
};
const dir = new URL("../../examples/vignettes/", import.meta.url);
const record = (name: string): Rec => JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as Rec;
const cautions = (o: AssessmentOption) => o.cautions.join(" ");
const because = (o: AssessmentOption) => o.because.join(" ");
const withLabs = (r: Rec, labs: Record<string, unknown>): Rec => ({ ...r, labs: { ...r.labs, ...labs } });
const withConditions = (r: Rec, c: Record<string, unknown>): Rec => ({
  ...r,
  conditions: { ...r.conditions, ...c },
});

describe("after a BCMA CAR-T (cilta-cel 3 months ago, CR, no transplant, IgG 320 mg/dL, no infections)", () => {
  const rec = record("safety-after-cilta-cel-no-asct-low-igg");
  const a = assess(rec);

  it("lists HSV/VZV prophylaxis for the CAR-T itself (no transplant, PI or anti-CD38 running)", () => {
    const o = opt(a, "sc.infection.hsv-vzv");
    expect(because(o)).toMatch(/prior BCMA CAR T-cell therapy: yes/);
    expect(because(o)).not.toMatch(/prior autologous transplant: yes/);
  });

  it("lists PJP prophylaxis until CD4 >200/uL, and says the reference gives no time window after CAR-T", () => {
    const o = opt(a, "sc.infection.pjp");
    expect(o.strength).toBe("standard");
    expect(because(o)).toMatch(/prior BCMA CAR T-cell therapy: yes/);
    expect(cautions(o)).toMatch(/no time window after CAR-T/);
    expect(cautions(o)).toMatch(/CD4 >200/);
  });

  it("lists immunoglobulin replacement for IgG <400 mg/dL alone (T-cell redirection), naming the value", () => {
    const o = opt(a, "sc.infection.ivig");
    expect(because(o)).toMatch(/serum IgG: 320 mg\/dL \(< 400 mg\/dL\)/);
    expect(because(o)).toMatch(/prior BCMA CAR T-cell therapy: yes/);
    expect(cautions(o)).toMatch(/no time window after CAR-T/);
    // Nothing in the patient words says the patient had infections they did not have.
    expect(o.patientText).not.toMatch(/You have had many infections/);
  });

  it("says lifelong monitoring for new cancers (boxed warning for secondary T-cell malignancies)", () => {
    // CAR-T is not offered again after a BCMA CAR-T: the CAR-T alert and the observation card say it while the CAR-T is
    // the latest line, not the PJP card beside them (review c80-m5).
    expect(a.alerts.find((x) => x.id === "alert.car-t.after-infusion")?.text).toMatch(
      /lifelong monitoring for secondary T-cell malignancies \(boxed warning, FDA 2024-04-18/,
    );
    expect(opt(a, "pathway.observation-after-car-t").clinicianText).toMatch(
      /Lifelong monitoring for new malignancy/,
    );
    expect(cautions(opt(a, "sc.infection.pjp"))).not.toMatch(/secondary T-cell malignancies/);
  });

  it("IgG 600 mg/dL and no infections after CAR-T: no immunoglobulin replacement, PJP still listed", () => {
    const b = assess(withLabs(rec, { igg: { value: 600, unit: "mg/dL" } }));
    expect(ids(b)).not.toContain("sc.infection.ivig");
    expect(ids(b)).toContain("sc.infection.pjp");
  });

  it("without the CAR-T (no T-cell redirection), IgG 320 without infections is not enough (8c needs both)", () => {
    const noCarT = { ...rec, treatmentHistory: rec.treatmentHistory.slice(0, -1) };
    const b = assess(noCarT);
    expect(ids(b)).not.toContain("sc.infection.ivig");
    expect(ids(b)).not.toContain("sc.infection.pjp");
    const care = b.options.filter((o) => o.kind === "supportive-care");
    expect(care.map(cautions).join(" ")).not.toMatch(/lifelong monitoring for new malignancy/);
    expect(ids(assess(withConditions(noCarT, { recurrentInfections: true })))).toContain("sc.infection.ivig");
  });
});

describe("on teclistamab, IgG 520 mg/dL, recurrent infections", () => {
  const rec = record("safety-teclistamab-igg-520-infections");
  const a = assess(rec);

  it("lists immunoglobulin replacement for infections regardless of IgG (bispecific consensus), asking to confirm the count", () => {
    const o = opt(a, "sc.infection.ivig");
    expect(because(o)).toMatch(/on a bispecific antibody now: yes/);
    expect(because(o)).toMatch(/recurrent or serious infections: yes/);
    expect(cautions(o)).toMatch(/>=2 severe recurrent bacterial infections regardless of IgG/);
    expect(opt(a, "sc.infection.pjp").strength).toBe("standard");
  });

  it("without infections, IgG 520 gives no immunoglobulin replacement; IgG 380 does, without infections", () => {
    const noInf = withConditions(rec, { recurrentInfections: false });
    expect(ids(assess(noInf))).not.toContain("sc.infection.ivig");
    const low = assess(withLabs(noInf, { igg: { value: 380, unit: "mg/dL" } }));
    expect(because(opt(low, "sc.infection.ivig"))).toMatch(/serum IgG: 380 mg\/dL/);
  });
});

describe("hypercalcaemia (calcium 13 mg/dL) with creatinine 3 mg/dL, CrCl 27 mL/min", () => {
  const rec = record("safety-hypercalcaemia-crcl-below-30");
  const a = assess(rec);

  it("the zoledronic acid card says 'not recommended' and never 'reduced dose' in the same breath", () => {
    expect(a.kidney.crclCockcroftGault).toBeLessThan(30);
    const za = opt(a, "sc.bone.zoledronic-acid");
    expect(za.strength).toBe("consider");
    expect(cautions(za)).toMatch(/not recommended below CrCl 30/);
    expect(cautions(za)).not.toMatch(/reduced dose/);
    expect(za.safetyFindings?.map((f) => f.ruleId)).toEqual([
      "sc.bone.zoledronic-acid.adjust.not-recommended-below-crcl-30",
    ]);
  });

  it("both cards say the renal table is bone-disease dosing, and the hypercalcaemia dose is 4 mg with no change below creatinine 4.5 mg/dL", () => {
    const za = cautions(opt(a, "sc.bone.zoledronic-acid"));
    expect(za).toMatch(/renal dose table.*bone-disease dosing/);
    expect(za).toMatch(/4 mg.*no dose change for serum creatinine <4\.5 mg\/dL/);
    const hc = cautions(opt(a, "sc.hypercalcemia"));
    expect(hc).toMatch(/bone-disease dosing/);
    expect(hc).toMatch(/no dose change for serum creatinine <4\.5 mg\/dL/);
  });

  it("CrCl 30-39 (creatinine 2.3): the reduced-dose words, standard strength, no 'not recommended'", () => {
    const b = assess(withLabs(rec, { creatinine: { value: 2.3, unit: "mg/dL" } }));
    expect(b.kidney.crclCockcroftGault).toBeGreaterThanOrEqual(30);
    expect(b.kidney.crclCockcroftGault).toBeLessThan(40);
    const za = opt(b, "sc.bone.zoledronic-acid");
    expect(za.strength).toBe("standard");
    expect(cautions(za)).toMatch(/reduced dose/);
    expect(cautions(za)).not.toMatch(/not recommended below CrCl 30 mL\/min \(label\)/);
  });

  it("without hypercalcaemia, the zoledronic acid card carries no hypercalcaemia-dose note", () => {
    // CrCl 30-39: below 30 without hypercalcaemia the card is not listed at all (review c11-M6, c9-F11).
    const b = assess(
      withLabs(rec, { calcium: { value: 9.5, unit: "mg/dL" }, creatinine: { value: 2.3, unit: "mg/dL" } }),
    );
    expect(cautions(opt(b, "sc.bone.zoledronic-acid"))).not.toMatch(/hypercalcaemia/i);
  });

  it("without hypercalcaemia at CrCl 27, neither bisphosphonate is listed (labels: not recommended)", () => {
    const b = assess(withLabs(rec, { calcium: { value: 9.5, unit: "mg/dL" } }));
    expect(b.options.some((o) => o.id === "sc.bone.zoledronic-acid")).toBe(false);
    expect(b.options.some((o) => o.id === "sc.bone.pamidronate")).toBe(false);
    expect(cautions(opt(b, "sc.bone.denosumab"))).toMatch(/not recommended for bone disease below CrCl 30/);
  });
});

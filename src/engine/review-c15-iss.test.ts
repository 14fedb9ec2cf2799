/** Review c14 finding 12: ISS, R-ISS and R2-ISS are defined at diagnosis (greipp-2005-jco,
 * palumbo-2015-jco, dagostino-2022-jco), yet a relapse years after the first line was staged from its
 * relapse values and the clinician summary called that "ISS at diagnosis". Vignette
 * examples/vignettes/review-c15-iss-relapse-staged-at-diagnosis.json: first relapse after VRd (from
 * 2022-03-01); at diagnosis (2022-02-10) beta-2 microglobulin 2.4 mg/L and albumin 4.0 g/dL (ISS I), today
 * 6.1 mg/L and 3.1 g/dL (ISS III by today's values). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { wordsFor } from "../render/words/index.js";
import { assess } from "./assess.js";

type Rec = Record<string, unknown>;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")) as Rec;
const relapse = read("review-c15-iss-relapse-staged-at-diagnosis");
const withoutSeries = (r: Rec): Rec => {
  const { series: _s, ...rest } = r;
  return rest;
};
const SET_AT_DIAGNOSIS = wordsFor("en").stage.setAtDiagnosis;

describe("c14-12: the ISS family of a treated myeloma record rests on its values at diagnosis", () => {
  it("a relapse with values from before the first line is staged from them (ISS I), with their date", () => {
    const a = assess(relapse);
    expect(a.staging.iss.stage).toBe(1);
    expect(a.staging.iss.basis).toEqual({
      from: "before-treatment",
      firstTreatment: "2022-03-01",
      dates: ["2022-02-10"],
      onTreatment: [],
    });
    expect(a.staging.riss.basis).toEqual(a.staging.iss.basis);
    expect(a.staging.r2iss.basis).toEqual(a.staging.iss.basis);
    const text = renderClinicianSummary(a, "text").replace(/\s+/g, " ");
    expect(text).toContain(
      "ISS at diagnosis (Greipp 2005): stage I – values of 2022-02-10, before the first treatment (2022-03-01)",
    );
    expect(text).toContain("ISS at diagnosis I");
  });

  it("without values from before the first line: today's stage, said to rest on on-treatment values, never 'at diagnosis'", () => {
    const a = assess(withoutSeries(relapse));
    expect(a.staging.iss.stage).toBe(3);
    expect(a.staging.iss.basis).toMatchObject({
      from: "on-treatment",
      firstTreatment: "2022-03-01",
      dates: [],
    });
    expect(a.staging.iss.basis?.onTreatment).toEqual(["beta2Microglobulin", "albumin"]);
    const text = renderClinicianSummary(a, "text").replace(/\s+/g, " ");
    expect(text).not.toContain("ISS at diagnosis");
    expect(text).toContain(
      "staged from values not dated before the first treatment (the stages are defined at diagnosis)",
    );
    expect(text).toContain(
      "on-treatment values only (no value dated on or before the first treatment, 2022-03-01)",
    );
  });

  it("a value recorded with a date before the first treatment counts as a value at diagnosis", () => {
    const r = withoutSeries(relapse);
    const labs = r.labs as Rec;
    const a = assess({
      ...r,
      labs: {
        ...labs,
        beta2Microglobulin: { value: 2.4, unit: "mg/L", date: "2022-02-10" },
        albumin: { value: 4.0, unit: "g/dL", date: "2022-02-10" },
      },
    });
    expect(a.staging.iss.stage).toBe(1);
    expect(a.staging.iss.basis).toMatchObject({ from: "before-treatment", dates: ["2022-02-10"] });
  });

  it("three weeks into induction with undated values: the handout does not give them as the stage of the disease", () => {
    const r = read("pathway-te-dvrd-week-3");
    const a = assess(r);
    expect(a.phase?.code).toBe("induction");
    // Its values carry no date: not known to be from before the line (2026-11-10).
    expect(a.staging.iss.basis).toMatchObject({ from: "on-treatment", firstTreatment: "2026-11-10" });
    const handout = renderHandout(a, "text", wordsFor("en")).replace(/\s+/g, " ");
    expect(handout).toContain(SET_AT_DIAGNOSIS);
    expect(handout).not.toMatch(/Your myeloma is stage \d/);
  });

  it("myeloma found on therapy for smouldering myeloma is staged from its values now (that therapy is no line of myeloma therapy)", () => {
    // Vignette review-c14-smm-on-lenalidomide-now-active: lenalidomide for high-risk SMM (E3A06), today's
    // values meet active myeloma: this is the diagnosis of myeloma, so today's values are its stage's.
    const r = read("review-c14-smm-on-lenalidomide-now-active");
    const a = assess(r);
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.staging.iss.basis ?? null).toBeNull();
    // Even with a beta-2 microglobulin from the smouldering years, before the lenalidomide: not read.
    const history = r.treatmentHistory as Rec[];
    const smmStart = String(history[0]?.start);
    const early = `${Number(smmStart.slice(0, 4)) - 1}${smmStart.slice(4)}`;
    const b = assess({
      ...r,
      series: { ...(r.series as Rec), beta2Microglobulin: [{ date: early, value: 6.2, unit: "mg/L" }] },
    });
    expect(b.staging.iss.stage).toBe(a.staging.iss.stage);
    expect(renderClinicianSummary(b, "text")).not.toContain("values not dated before the first treatment");
  });

  it("an untreated record keeps today's values, with no basis", () => {
    const a = assess(read("ndmm-transplant-eligible"));
    expect(a.diagnosis.treated).toBe(false);
    expect(a.staging.iss.basis ?? null).toBeNull();
    expect(renderClinicianSummary(a, "text")).not.toContain("on-treatment values");
  });
});

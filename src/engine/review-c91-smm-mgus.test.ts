/** Review c91 (engine 0.2.83), m3: smouldering myeloma with FISH known, the 20/2/20 + FISH model (criteria-and-scores.md
 * 2.1, treatments.md 2a: 0/1/2/>=3 factors -> 6/23/46/63% at 2 years) not shown, and the full handout giving two
 * unexplained figures (44 and 73 in 100); m6: intermediate/high-risk MGUS beside "no staging or risk score in this tool
 * applies to MGUS" (treatments.md 2a). Reviewer records copied into examples/vignettes (review-c91-*). */
import { describe, expect, it } from "vitest";
import { assessmentToFhir } from "../fhir/assessment-to-fhir.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { calculateSmmMayo2018Fish } from "../scores/smm-mayo-2018-fish/smm-mayo-2018-fish.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec => structuredClone(readVignette(name)) as Rec;
const flat = (t: string): string => t.replace(/\s+/g, " ");
const clinician = (a: ReturnType<typeof assess>) => flat(renderClinicianSummary(a, "text"));
const full = (a: ReturnType<typeof assess>, w = EN) => flat(renderPatientSummary(a, "text", w));
const page = (a: ReturnType<typeof assess>, w = EN) => flat(renderHandout(a, "text", w));
const codes = (a: ReturnType<typeof assess>): string[] =>
  assessmentToFhir(a)
    // biome-ignore lint/suspicious/noExplicitAny: reading Observation codes
    .entry?.map((e: any) => e.resource)
    // biome-ignore lint/suspicious/noExplicitAny: reading Observation codes
    .filter((r: any) => r.resourceType === "Observation")
    // biome-ignore lint/suspicious/noExplicitAny: reading Observation codes
    .flatMap((r: any) => (r.code?.coding ?? []).map((c: any) => c.code)) ?? [];

const SMM = "review-c91-smm02-high-risk-t414";
const MGUS = "review-c91-mgus02-iga-high-risk-no-marrow";

describe("c91-m3: the 20/2/20 + FISH model (criteria-and-scores.md 2.1, treatments.md 2a)", () => {
  it("calculator: 0/1/2/>=3 factors give 6/23/46/63%; exactly 2 g/dL, 20 and 20% do not count", () => {
    const base = { serumMProteinGDl: 2, flcRatio: 20, clonalPlasmaCellPercent: 20 };
    expect(calculateSmmMayo2018Fish({ ...base, highRiskFish: false })).toMatchObject({
      factors: 0,
      group: "0",
      twoYearProgressionPercent: 6,
    });
    expect(calculateSmmMayo2018Fish({ ...base, highRiskFish: true })).toMatchObject({
      factors: 1,
      group: "1",
      twoYearProgressionPercent: 23,
    });
    expect(calculateSmmMayo2018Fish({ ...base, serumMProteinGDl: 2.1, highRiskFish: true })).toMatchObject({
      factors: 2,
      group: "2",
      twoYearProgressionPercent: 46,
    });
    expect(
      calculateSmmMayo2018Fish({
        serumMProteinGDl: 2.8,
        flcRatio: 30,
        clonalPlasmaCellPercent: 35,
        highRiskFish: true,
      }),
    ).toMatchObject({ factors: 4, group: "3-or-more", twoYearProgressionPercent: 63, fishAssessed: true });
  });

  it("calculator: FISH missing is 'not assessed', never read as absent; the group only when either FISH value gives it", () => {
    const two = calculateSmmMayo2018Fish({
      serumMProteinGDl: 2.5,
      flcRatio: 25,
      clonalPlasmaCellPercent: 10,
      highRiskFish: null,
    });
    expect(two).toMatchObject({ fishAssessed: false, group: null, factors: null, factorRange: [2, 3] });
    expect(two.missing.map((m) => m.field)).toContain("cytogenetics");
    const three = calculateSmmMayo2018Fish({
      serumMProteinGDl: 2.5,
      flcRatio: 25,
      clonalPlasmaCellPercent: 25,
      highRiskFish: null,
    });
    expect(three).toMatchObject({ fishAssessed: false, group: "3-or-more", twoYearProgressionPercent: 63 });
  });

  it("engine: smm02 (3 factors + t(4;14)) has the 4-factor result beside the 20/2/20 and IMWG 2020, each applying", () => {
    const a = assess(read(SMM));
    expect(a.risk.smmMayo2018.group).toBe("high");
    expect(a.risk.smmImwg2020.group).toBe("high");
    const r = a.risk.smmMayo2018Fish;
    expect(r).toMatchObject({
      factors: 4,
      group: "3-or-more",
      twoYearProgressionPercent: 63,
      fishAssessed: true,
    });
    expect(r?.applies).toBe(true);
    expect(r?.appliesBasis).toMatchObject({ ruleId: "smm-risk.applies", citationId: "mateos-2020-bcj" });
    expect(r?.rules.map((x) => x.ruleId)).toEqual([
      "smm-mayo-2018.m-protein",
      "smm-mayo-2018.flc-ratio",
      "smm-mayo-2018.bmpc",
      "smm-mayo-2018-fish.fish",
      "smm-mayo-2018-fish.groups",
    ]);
  });

  it("clinician summary: the 20/2/20 + FISH result on the stage-and-risk line and in Staging and risk, beside the 20/2/20", () => {
    const t = clinician(assess(read(SMM)));
    expect(t).toMatch(
      /Mayo 2018 risk high · IMWG 2020 risk high · 20\/2\/20 \+ FISH: 4 of 4 factors \(63% at 2 years\)/,
    );
    expect(t).toMatch(/Mayo 2018 \(20\/2\/20\): high risk \(3 of 3 factors\)/);
    expect(t).toMatch(
      /20\/2\/20 \+ FISH \(Mateos 2020\): 3 or more factors \(4 of 4 factors\), 63% progression at 2 years/,
    );
  });

  it("clinician summary: FISH missing says 'FISH not assessed' for the 4-factor model", () => {
    const r = read(SMM);
    delete r.cytogenetics;
    const t = clinician(assess(r));
    // Three 20/2/20 factors: >= 3 whatever FISH shows, said with "FISH not assessed".
    expect(t).toMatch(/20\/2\/20 \+ FISH: 3 or more factors \(63% at 2 years\), FISH not assessed/);
    expect(t).toMatch(/Mayo 2018 risk high/);
    // Two factors (marrow 12%): 2 or 3 of 4 with FISH unknown, no group and no figure.
    r.marrow.clonalPlasmaCellPercent = 12;
    const two = clinician(assess(r));
    expect(two).toMatch(/20\/2\/20 \+ FISH: FISH not assessed/);
    expect(two).toMatch(
      /20\/2\/20 \+ FISH \(Mateos 2020\): not determined \(2 to 3 of 4 factors, some inputs unknown\), FISH not assessed/,
    );
    expect(two).not.toMatch(/46% at 2 years|63% at 2 years/);
  });

  it("FHIR: an Observation for the 4-factor group when it applies, none when the SMM scores do not apply", () => {
    expect(codes(assess(read(SMM)))).toEqual(
      expect.arrayContaining(["smm-mayo-2018-group", "smm-imwg-2020-group", "smm-mayo-2018-fish-group"]),
    );
    expect(codes(assess(read(MGUS)))).not.toContain("smm-mayo-2018-fish-group");
  });

  it("full handout: one chance figure, not 44 and 73 in 100 side by side, in English and Spanish", () => {
    const a = assess(read(SMM));
    const en = full(a);
    expect(en.match(/in 100 people with results like yours/g)?.length).toBe(1);
    expect(en).toMatch(/About 44 in 100 people with results like yours/);
    expect(en).not.toMatch(/73 in 100|63 in 100/);
    const es = full(a, ES);
    expect(es).not.toMatch(/73 de cada 100|63 de cada 100/);
    // The one-page handout keeps its one figure.
    expect(page(a).match(/in 100 people with results like yours/g)?.length).toBe(1);
  });
});

describe("c91-m6: MGUS says its risk group on the stage-and-risk line (treatments.md 2a)", () => {
  it("intermediate/high-risk MGUS: the line names the group and its reasons, not 'no staging or risk score'", () => {
    const a = assess(read(MGUS));
    const t = clinician(a);
    expect(t).not.toMatch(/no staging or risk score in this tool applies to MGUS/);
    expect(t).toMatch(/Stage and risk: MGUS risk \(IMWG 2010\): intermediate\/high/);
    // The category label stands (the 24-hour urine and the MRI are missing too).
    expect(t).toMatch(/Indeterminate/);
  });

  it("the reasons are the record's: IgA, M-protein 1.8 g/dL, abnormal FLC ratio; control: low-risk MGUS says low", () => {
    expect(clinician(assess(read(MGUS)))).toMatch(
      /MGUS risk \(IMWG 2010\): intermediate\/high \(M-protein 1\.8 g\/dL \(>= 1\.5\), IgA, not IgG, abnormal FLC ratio\)/,
    );
    const r = read(MGUS);
    r.labs.heavyChain = "IgG";
    r.labs.lightChain = "kappa";
    r.labs.serumMProtein.value = 0.8;
    r.labs.involvedFreeLightChain.value = 15;
    r.labs.uninvolvedFreeLightChain.value = 12;
    const a = assess(r);
    expect(a.risk.mgus?.group).toBe("low");
    expect(clinician(a)).toMatch(
      /MGUS risk \(IMWG 2010\): low \(M-protein < 1\.5 g\/dL, IgG, normal FLC ratio\)/,
    );
  });

  it("control: smouldering myeloma carries no MGUS risk entry", () => {
    expect(assess(read(SMM)).risk.mgus).toBeUndefined();
  });
});

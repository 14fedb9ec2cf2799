/** Review c11 (specialist vignettes, /work/vig-c11/REVIEW.md), findings C11-M1 and C11-M2, each failing on
 * main be2e49d. Vignette: examples/vignettes/review-c11-smm-or-mm-no-end-organ-tests.json (the reviewer's
 * scen-18: IgG-kappa, M-spike 3.5 g/dL with a negative serum immunofixation, clonal marrow plasma cells 35%,
 * FLC ratio 47.5, no calcium, creatinine, haemoglobin or imaging). Sources: criteria-and-scores.md 1.1
 * (rajkumar-2014-lancet-oncol: "If data are missing, return 'indeterminate' rather than 'no MDE'. An absent
 * CRAB test is not a negative test"), 1.2 (smouldering myeloma needs no myeloma-defining event), 6.2
 * (kumar-2016-lancet-oncol: VGPR "M-protein detectable on IFE but not on electrophoresis": immunofixation
 * detects what electrophoresis cannot, so an M-spike with a negative immunofixation cannot both be right). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildHandout, handoutLines } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import type { HandoutWords } from "../render/words/types.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

type Rec = {
  labs: Record<string, unknown>;
  marrow: Record<string, unknown>;
  imaging?: unknown;
  [k: string]: unknown;
};
const record = (): Rec =>
  JSON.parse(
    readFileSync(
      new URL("../../examples/vignettes/review-c11-smm-or-mm-no-end-organ-tests.json", import.meta.url),
      "utf8",
    ),
  );
const handout = (a: Assessment, w: HandoutWords = EN) =>
  handoutLines(buildHandout(a, w)).join(" ").replace(/\s+/g, " ");
const SEVERE = ["warning", "critical"];

/** The reviewer's control: calcium, creatinine and haemoglobin normal, PET-CT without lesions. */
const withEndOrganTests = (r: Rec, imaging = true): Rec => {
  r.labs.calcium = { value: 9.4, unit: "mg/dL" };
  r.labs.creatinine = { value: 0.9, unit: "mg/dL" };
  r.labs.hemoglobin = { value: 13, unit: "g/dL" };
  if (imaging) r.imaging = { performed: true, modality: "PET-CT", osteolyticLesions: 0, mriFocalLesions: 0 };
  return r;
};

describe("C11-M1: no calcium, creatinine, haemoglobin or imaging: smouldering myeloma is not the lean", () => {
  const a = assess(record());

  it("the category stays undecided, with no single most likely category", () => {
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
  });

  it("the missing tests are named as what decides it, first in the plan and in a warning naming both categories", () => {
    const could = a.diagnosis.couldChangeWith.join("; ");
    for (const t of [/calcium/, /creatinine/, /haemoglobin/, /imaging/]) expect(could).toMatch(t);
    const first = a.alerts.find((x) => x.id === "pathway.deciding-test-first");
    expect(first && SEVERE.includes(first.severity)).toBe(true);
    expect(first?.text).toMatch(/smouldering myeloma/);
    expect(first?.text).toMatch(/multiple myeloma/);
    expect(first?.text).toMatch(/calcium/);
    expect(first?.text).toMatch(/not a negative test/);
    expect(a.plan?.[0]?.title).toMatch(/^Decide the category first: .*calcium/);
  });

  it("no smouldering-myeloma treatment is offered as if the category were established", () => {
    expect(a.options.filter((o) => o.id.startsWith("smm."))).toEqual([]);
    expect(a.options.filter((o) => o.strength === "preferred" || o.strength === "standard")).toEqual([]);
  });

  it("the handout (EN, ES) does not reassure: no 'do not harm your body yet', the blood tests and bone scan first", () => {
    const en = handout(a);
    expect(en).not.toMatch(/do not harm your body yet/);
    expect(en).not.toMatch(/could fit smoldering myeloma/);
    expect(en).toMatch(/early stage that is watched, or myeloma that needs treatment/);
    expect(en).toMatch(/calcium/);
    const es = handout(a, ES);
    expect(es).not.toMatch(/todavía no dañan su cuerpo/);
    expect(es).toMatch(/etapa temprana que se vigila, o un mieloma que necesita tratamiento/);
  });

  it("an MGUS-size clone without blood tests: no lean either, and the handout does not name myeloma treatment", () => {
    const r = record();
    r.labs.serumMProtein = { value: 0.8, unit: "g/dL" };
    r.labs.serumImmunofixation = "positive";
    r.labs.involvedFreeLightChain = { value: 30, unit: "mg/L" };
    r.labs.uninvolvedFreeLightChain = { value: 15, unit: "mg/L" };
    r.marrow.clonalPlasmaCellPercent = 6;
    r.imaging = { performed: true, modality: "PET-CT", osteolyticLesions: 0, mriFocalLesions: 0 };
    const m = assess(r);
    expect(m.diagnosis.likely).toBeNull();
    const first = m.alerts.find((x) => x.id === "pathway.deciding-test-first");
    expect(first?.text).toMatch(/MGUS/);
    expect(first?.text).not.toMatch(/fit multiple myeloma/);
    expect(m.options.filter((o) => o.id.startsWith("mgus."))).toEqual([]);
    const en = handout(m);
    expect(en).not.toMatch(/myeloma that needs treatment/);
    expect(en).toMatch(/before they can say which condition this is/);
    expect(handout(m, ES)).toMatch(/para poder decir qué enfermedad es/);
  });

  it("control: with the end-organ tests normal and PET-CT clear, smouldering myeloma with Dara-SC", () => {
    const c = assess(withEndOrganTests(record()));
    expect(c.diagnosis.category).toBe("smoldering-myeloma");
    expect(c.options.map((o) => o.id)).toContain("smm.high-risk.daratumumab-sc");
  });

  it("with the blood tests known and only imaging missing, the lean stays (provisional), as before", () => {
    const c = assess(withEndOrganTests(record(), false));
    expect(c.diagnosis.category).toBe("indeterminate");
    expect(c.diagnosis.likely).toBe("smoldering-myeloma");
    expect(c.options.find((o) => o.id === "smm.high-risk.daratumumab-sc")?.provisional).toBe(true);
  });
});

describe("C11-M2: an M-spike of 3.5 g/dL with a negative serum immunofixation is flagged", () => {
  const dq = (a: Assessment) => a.alerts.filter((x) => x.id.startsWith("data-quality."));

  it("a data-quality warning names both values", () => {
    const al = dq(assess(record()));
    expect(al).toHaveLength(1);
    expect(al[0]?.severity).toBe("warning");
    expect(al[0]?.text).toMatch(/3\.5 g\/dL/);
    expect(al[0]?.text).toMatch(/immunofixation/i);
    expect(al[0]?.text).toMatch(/negative/);
  });

  it("the contradicted M-spike decides no smouldering-myeloma score (missing, not normal, not raised)", () => {
    const a = assess(withEndOrganTests(record()));
    expect(dq(a)).toHaveLength(1);
    const mayoM = a.risk.smmMayo2018.rules.find((r) => r.ruleId === "smm-mayo-2018.m-protein");
    expect(mayoM?.inputs.serumMProteinGDl ?? null).toBeNull();
    const imwgM = a.risk.smmImwg2020.rules.find((r) => r.ruleId === "smm-imwg-2020.m-protein");
    expect(imwgM?.inputs.serumMProteinGDl ?? null).toBeNull();
    // 5 (FLC ratio 47.5) + 5 (marrow 35%) + 0 to 4 for the M-protein: intermediate or high, not decided.
    expect(a.risk.smmImwg2020.group).toBeNull();
    expect(a.missingData.map((m) => m.field)).toContain("labs.serumMProtein");
  });

  it("controls: immunofixation positive, or an M-spike of 0 with it negative, give no such alert", () => {
    const pos = record();
    pos.labs.serumImmunofixation = "positive";
    const pa = assess(withEndOrganTests(pos));
    expect(dq(pa)).toEqual([]);
    expect(pa.risk.smmImwg2020.group).toBe("high");
    const zero = record();
    zero.labs.serumMProtein = { value: 0, unit: "g/dL" };
    expect(dq(assess(zero))).toEqual([]);
  });
});

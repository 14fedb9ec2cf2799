/** Review c75-m7 (report /work/review75/review.md; record r716, copied as examples/vignettes/review-c79-drd-weight-no-height):
 * transplant-ineligible, 72 years, 44 kg, no height: DRd was listed "standard" with no word on its dexamethasone and
 * nothing asked. treatments.md 4, DRd (MAIA): "dex 40 mg weekly (20 mg if >75 y or BMI <18.5)". With the BMI not known
 * and the age or a recorded frailty not giving 20 mg already (drug rule dexamethasone.older-or-frail), the MAIA cards
 * (ndmm.tie.drd, and the first-line DRd being given) say the BMI rule with "Not known: ..." and the missing input is
 * asked. A BMI from a recorded weight and height behaves as before (the record takes `patient.weight` and
 * `patient.height`, no BMI of its own: docs/record-contract.md). */
import { describe, expect, it } from "vitest";
import { CONTINUE_CURRENT_LINE } from "../knowledge/entries/pathway.js";
import { toFacts } from "../model/facts.js";
import { renderPatientSummary } from "../render/patient.js";
import { ES } from "../render/words/es.js";
import { readVignette, withDrdFirstLine } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const R716 = "review-c79-drd-weight-no-height";
const DRD = "ndmm.tie.drd";
const DRD_TITLE = "DRd until progression (MAIA)";
const WORDS = /Dexamethasone for a BMI below 18\.5 kg\/m2 on DRd \(MAIA; treatments\.md 4\): 20 mg weekly/;
const option = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const cautions = (a: Assessment, id: string) => option(a, id)?.cautions.join(" \n ") ?? "";
/** The fields missingData asks for an option (an input asked for several names them all in its neededFor). */
const asked = (a: Assessment, neededFor: string) =>
  a.missingData.filter((m) => m.neededFor.includes(neededFor)).map((m) => m.field);

/** Fast path and plain reference byte for byte; codes only gives the same options and missing inputs. */
const agrees = (record: unknown) => {
  const facts = toFacts(record);
  const full = assessFactsWith(facts, {}, {});
  const ref = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
  expect(JSON.stringify(ref)).toBe(JSON.stringify(full));
  const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
  expect(codes.options.map((o) => [o.id, o.strength, o.missing])).toEqual(
    full.options.map((o) => [o.id, o.strength, o.missing]),
  );
  expect(codes.missingData).toEqual(full.missingData);
};

/** The vignette with DRd given as the first line (MAIA), started 4 weeks before asOf. */
const onDrd = () => withDrdFirstLine(R716);

describe("c75-m7: DRd listed, weight recorded, height not: MAIA's BMI rule is said 'not known' and the height asked", () => {
  it("72 years, 44 kg, no height: the DRd card says the BMI rule with 'Not known' naming the height", () => {
    const a = assess(readVignette(R716));
    expect(option(a, DRD)?.strength).toBe("standard");
    const t = cautions(a, DRD);
    expect(t).toMatch(WORDS);
    expect(t).toContain("in place of the standard 40 mg weekly. Not known: BMI (missing: patient.height).");
  });

  it("the height is asked for DRd (only the height: the weight is recorded), on the option and in missingData", () => {
    const a = assess(readVignette(R716));
    expect(asked(a, DRD_TITLE)).toEqual(["patient.height"]);
    expect(option(a, DRD)?.missing).toEqual([{ field: "patient.height", neededFor: DRD_TITLE }]);
  });

  it("the patient summary says the height is missing (EN, ES)", () => {
    const a = assess(readVignette(R716));
    expect(renderPatientSummary(a, "text")).toContain("We do not have your height.");
    expect(renderPatientSummary(a, "text", ES)).toContain("No tenemos su estatura.");
  });

  it("neither weight nor height recorded: both asked, both named", () => {
    const r = readVignette(R716);
    delete r.patient.weight;
    const a = assess(r);
    expect(option(a, DRD)?.missing?.map((m) => m.field)).toEqual(["patient.weight", "patient.height"]);
    expect(asked(a, DRD_TITLE)).toEqual(["patient.height", "patient.weight"]);
    expect(cautions(a, DRD)).toContain("Not known: BMI (missing: patient.weight, patient.height).");
  });

  it("the other dexamethasone options neither say the BMI rule nor ask the height (the rule is MAIA's alone)", () => {
    const a = assess(readVignette(R716));
    const others = a.options.filter(
      (o) => o.id !== DRD && o.regimen?.drugs.includes("dexamethasone") === true,
    );
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) {
      expect(o.cautions.join(" ")).not.toMatch(/BMI below 18\.5/);
      expect((o.missing ?? []).map((m) => m.field)).not.toContain("patient.height");
    }
  });

  it("DRd being given as the first line: the line's card says it and asks the height", () => {
    const a = assess(onDrd());
    expect(a.phase.code).toBe("induction");
    expect(cautions(a, CONTINUE_CURRENT_LINE)).toMatch(WORDS);
    expect(cautions(a, CONTINUE_CURRENT_LINE)).toContain("Not known: BMI (missing: patient.height).");
    const title = option(a, CONTINUE_CURRENT_LINE)?.title ?? "";
    expect(asked(a, title)).toContain("patient.height");
  });

  it("fast path, plain reference and codes-only agree (listed, and being given)", () => {
    agrees(readVignette(R716));
    agrees(onDrd());
  });
});

describe("c75-m7 controls: where the BMI is known, or the age or frailty gives 20 mg already, nothing changes", () => {
  it("a BMI from weight and height of 18.5 or more: no BMI caution, nothing asked", () => {
    const r = readVignette(R716);
    r.patient.height = { value: 150, unit: "cm" }; // 44 / 1.5^2 = 19.6
    const a = assess(r);
    expect(cautions(a, DRD)).not.toMatch(/BMI below 18\.5/);
    expect(a.missingData.map((m) => m.field)).not.toContain("patient.height");
    agrees(r);
  });

  it("a BMI below 18.5: the caution with its value, as before (no 'Not known')", () => {
    const r = readVignette(R716);
    r.patient.height = { value: 160, unit: "cm" }; // 17.2
    const a = assess(r);
    expect(cautions(a, DRD)).toMatch(WORDS);
    expect(cautions(a, DRD)).toMatch(/\(BMI: 17\.2 kg\/m2\)/);
    expect(cautions(a, DRD)).not.toMatch(/Not known: BMI/);
    expect(asked(a, DRD_TITLE)).not.toContain("patient.height");
  });

  it("over 75 (the age gives 20 mg already): the BMI is not asked", () => {
    const r = readVignette(R716);
    r.patient.age = 78;
    const a = assess(r);
    expect(option(a, DRD)).toBeDefined();
    expect(cautions(a, DRD)).toMatch(/Dexamethasone for age over 75 or frailty/);
    expect(cautions(a, DRD)).not.toMatch(/BMI below 18\.5/);
    expect(a.missingData.map((m) => m.field)).not.toContain("patient.height");
    agrees(r);
  });

  it("recorded frail at 72 (frailty gives 20 mg already): the BMI is not asked", () => {
    const r = readVignette(R716);
    r.fitness = { ecog: 1, adl: 3, iadl: 3, charlson: 2 };
    const a = assess(r);
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    expect(option(a, DRD)).toBeDefined();
    expect(cautions(a, DRD)).not.toMatch(/BMI below 18\.5/);
    expect(a.missingData.map((m) => m.field)).not.toContain("patient.height");
  });

  it("over 75 with the BMI below 18.5 recorded: the BMI caution still said with its value (as before)", () => {
    const r = readVignette(R716);
    r.patient.age = 78;
    r.patient.height = { value: 160, unit: "cm" };
    expect(cautions(assess(r), DRD)).toMatch(/\(BMI: 17\.2 kg\/m2\)/);
  });
});

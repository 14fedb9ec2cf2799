import { describe, expect, it } from "vitest";
import type { Assessment } from "../engine/assessment.js";
import { DECISION_SUPPORT_NOTICE } from "../engine/version.js";
import { BIBLIOGRAPHY } from "../model/bibliography/index.js";
import { OptionKind } from "../model/enums.js";
import {
  ALL_FIXTURES,
  alAmyloidosis,
  baseAssessment,
  emptyRecord,
  indeterminateLikelySmm,
  mgusBasic,
  mmNewlyDiagnosed,
  rrmmSecondRelapse,
  smmHighRisk,
} from "./__fixtures__/assessments.js";
import { extras } from "./extras.js";
import { optionPlainName } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { PLAIN_CATEGORY } from "./plain-words.js";
import { EN } from "./words/en.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const text = (a: Assessment) => flat(renderPatientSummary(a, "text"));
const md = (a: Assessment) => renderPatientSummary(a, "markdown");

/** Every machine id an Assessment carries: none may reach the patient. */
function idsOf(a: Assessment): string[] {
  const x = extras(a);
  const rules = [
    ...a.staging.iss.rules,
    ...a.staging.riss.rules,
    ...a.staging.r2iss.rules,
    ...a.risk.smmMayo2018.rules,
    ...a.risk.smmImwg2020.rules,
    ...a.risk.cytogenetic.rules,
    ...a.risk.alMayo2012.rules,
    ...a.kidney.rules,
    ...a.fitness.imwgFrailty.rules,
    ...(x.response?.rules ?? []),
    ...(x.lines?.rules ?? []),
  ];
  return [
    ...a.diagnosis.criteria.map((c) => c.id),
    ...a.options.map((o) => o.id),
    ...a.alerts.map((al) => al.id),
    ...a.missingData.map((m) => m.field),
    ...rules.map((r) => r.ruleId),
    a.diagnosis.category,
    ...a.options.map((o) => o.kind).filter((k) => k.includes("-")),
  ];
}

/** Regimen codes may appear only as "(code)" after the option's plain name ("... with daratumumab (D-VRd)"),
 * so a patient can match what the clinic says; anywhere else they are codes. */
function withoutNamedCodes(out: string, a: Assessment): string {
  let rest = out;
  for (const o of a.options) rest = rest.split(optionPlainName(o)).join("");
  return rest;
}

describe("patient summary: no raw ids, citation keys or codes", () => {
  it.each(Object.keys(ALL_FIXTURES))("%s", (k) => {
    const a = ALL_FIXTURES[k]!;
    for (const out of [renderPatientSummary(a, "text"), md(a)]) {
      const rest = withoutNamedCodes(out.replace(/\\/g, ""), a);
      for (const o of a.options) {
        if (o.regimen && o.regimen.code.length > 1)
          expect(rest, o.regimen.code).not.toContain(o.regimen.code);
      }
      for (const id of idsOf(a)) {
        if (id === "mgus") continue; // the condition's name, explained in words
        expect(out, id).not.toContain(id);
      }
      for (const key of Object.keys(BIBLIOGRAPHY)) expect(out, key).not.toContain(key);
      expect(out).not.toMatch(/\[\d+\]/); // no reference markers
      expect(out).not.toContain("UNVERIFIED");
      expect(out).not.toMatch(/`/);
    }
  });

  it("no unexplained abbreviations: capitalised short forms are limited to named, explained terms", () => {
    // Review c91-m2: "an MRI scan, which can find small spots in the bone marrow" (the missing MRI named and explained).
    const allowed = new Set(["MGUS", "AL", "CAR", "LDH", "IgG", "IgA", "MRI"]);
    for (const a of Object.values(ALL_FIXTURES)) {
      const found =
        withoutNamedCodes(md(a).replace(/\\/g, ""), a).match(/\b[A-Z][A-Za-z]*[A-Z]+[A-Za-z]*\b/g) ?? [];
      for (const token of found) expect(allowed, `${token} in ${a.id}`).toContain(token);
    }
  });
});

describe("patient summary: what a patient needs to read", () => {
  it("the notice is at the top and at the end", () => {
    for (const a of Object.values(ALL_FIXTURES)) {
      const out = text(a);
      const first = out.indexOf(DECISION_SUPPORT_NOTICE);
      const last = out.lastIndexOf(DECISION_SUPPORT_NOTICE);
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThan(out.indexOf("What the tests show"));
      expect(last).toBeGreaterThan(out.indexOf("Questions to ask your care team"));
      expect(out).toContain("It does not replace them.");
    }
  });

  it("names the condition in simple words", () => {
    expect(text(mgusBasic)).toContain("Your results fit a condition called MGUS.");
    expect(text(mgusBasic)).toContain("MGUS is not cancer. Most people with it only need checkups.");
    expect(text(smmHighRisk)).toContain(PLAIN_CATEGORY["smoldering-myeloma"].meaning);
    expect(text(mmNewlyDiagnosed)).toContain("Multiple myeloma is a blood cancer of plasma cells.");
    expect(text(alAmyloidosis)).toContain("This protein folds the wrong way.");
  });

  it("empty record: no likely condition, no cancer, no myeloma, even when the engine sets `likely`", () => {
    const out = text(emptyRecord);
    expect(emptyRecord.diagnosis.likely).toBe("multiple-myeloma");
    expect(out).toContain("There are too few test results here to say what is going on.");
    expect(out).not.toMatch(/cancer|myeloma|most likely|research study/i);
  });

  it("indeterminate: says it is not clear, names the likely condition, asks for more tests", () => {
    const out = text(indeterminateLikelySmm);
    expect(out).toContain(
      "The tests do not give a clear answer yet. The most likely condition is smoldering myeloma.",
    );
    expect(out).toContain("Do I need more tests before we decide?");
  });

  it("risk in words", () => {
    expect(text(smmHighRisk)).toContain("One scoring method puts your risk as high.");
    expect(text(smmHighRisk)).toContain("A second scoring method puts it as medium to high.");
    // Review c60-m5: the scale is named (the clinician's screen names it).
    expect(text(mmNewlyDiagnosed)).toContain(
      "Your myeloma is stage 3 out of 3 on the revised international scale.",
    );
    expect(text(mmNewlyDiagnosed)).toContain(
      "The myeloma cells have gene changes that doctors call high risk.",
    );
    expect(text(alAmyloidosis)).toContain("Your AL amyloidosis is stage 3 out of 4.");
    expect(text(mgusBasic)).not.toContain("How serious it is");
  });

  it("a stage that cannot be worked out says so, never a guess", () => {
    const a = baseAssessment({ diagnosis: { category: "multiple-myeloma" } });
    expect(text(a)).toContain("We could not work out the stage yet, because some tests are missing.");
    expect(text(a)).toContain("The results of gene tests on the myeloma cells are not known yet.");
  });

  it("kidney function and fitness in words", () => {
    const out = text(mmNewlyDiagnosed);
    expect(out).toContain("Your kidney function score is about 55.");
    expect(out).toContain("Your fitness group is: in between.");
  });

  it("each option: what it is, why it may fit (patientText), cautions as topics, unverified note", () => {
    const out = text(smmHighRisk);
    expect(out).toContain("1. Watch and wait");
    expect(out).toContain(
      "What it is: You have regular checkups and blood tests. There is no treatment for now.",
    );
    expect(out).toContain("2. Daratumumab alone (Dara SC)");
    expect(out).not.toContain("Medicine treatment");
    expect(out).toContain("The medicine is daratumumab.");
    expect(out).toContain(`Why it may fit you: ${smmHighRisk.options[1]!.patientText}`);
    expect(out).toContain("Infections.");
    expect(out).toContain("The medicines are lenalidomide and dexamethasone.");
    expect(out).toContain("Whether it is approved for this use.");
    expect(out).toContain("Whether the research included people like you.");
    // Only the unverified option carries the note.
    expect(out.split("Some facts behind this option are still being checked.").length - 1).toBe(1);
    expect(out.indexOf("Some facts behind this option")).toBeGreaterThan(
      out.indexOf("3. 2-drug treatment with lenalidomide (Rd)"),
    );
  });

  it("cautions on CAR-T become plain topics, including the early risk of death", () => {
    const out = text(rrmmSecondRelapse);
    expect(out).toContain("Things to ask your team about: - Serious risks, including the risk of death.");
    expect(out).toContain("1. CAR-T cell therapy");
    expect(out).toContain("Serious risks, including the risk of death.");
    expect(out).toContain("A strong immune reaction with fever.");
    expect(out).toContain("Effects on the brain and nerves.");
  });

  it("response and tests due in words, with overdue tests first said", () => {
    const out = text(rrmmSecondRelapse);
    expect(out).toContain("Your records show 2 treatment plans so far.");
    expect(out).toContain("Your latest results show the disease is growing.");
    expect(out).toContain("Blood protein test. This test is overdue. It was due on 1 September 2026.");
    expect(out).toContain("Blood count. Next due on 18 December 2026.");
    expect(out).toContain("Am I due for any tests now?");
  });

  it("no treatment in the record: no section about how treatment is working", () => {
    const a = baseAssessment({
      diagnosis: { category: "smoldering-myeloma" },
      linesOfTherapy: { count: 0, lines: [] },
      response: { current: null, progression: null, line: null, reason: "no line of therapy" },
    });
    expect(text(a)).not.toContain("How treatment is working");
  });

  it("a caution that only flags UNVERIFIED is not a topic; the option gets the plain note instead", () => {
    const a = baseAssessment({
      options: [
        {
          ...smmHighRisk.options[2]!,
          cautions: ["Part of this is marked UNVERIFIED in the clinical reference: check before use."],
        },
      ],
    });
    const out = text(a);
    expect(out).not.toContain("Things to ask your team about");
    expect(out).toContain("Some facts behind this option are still being checked.");
  });

  it("a confirmed response is named with its meaning", () => {
    const a = baseAssessment({
      diagnosis: { category: "multiple-myeloma", treated: true },
      response: { current: "VGPR", progression: false, confirmed: true },
    });
    const out = text(a);
    expect(out).toContain("Your latest results show a very good response.");
    expect(out).not.toContain("One more test is needed to be sure.");
  });

  it("a response on one assessment is not named yet: early results, to be confirmed (IMWG 2016)", () => {
    const a = baseAssessment({
      diagnosis: { category: "multiple-myeloma", treated: true },
      response: { current: "VGPR", progression: false, confirmed: false },
    });
    const out = text(a);
    expect(out).not.toContain("very good response");
    expect(out).toContain(EN.response.early);
  });

  it("what is missing, in plain words and without duplicates", () => {
    const out = text(indeterminateLikelySmm);
    expect(out).toContain("We do not have a blood calcium test.");
    expect(out).toContain("We do not have a bone marrow test.");
    expect(out).toContain("We do not have a scan of the bones.");
    const twice = baseAssessment({
      missingData: [
        { field: "labs.involvedFreeLightChain", neededFor: "x" },
        { field: "labs.uninvolvedFreeLightChain", neededFor: "y" },
      ],
    });
    expect(text(twice).split("a blood test of light chains").length - 1).toBe(1);
  });

  it("questions to ask fit the situation", () => {
    expect(text(mgusBasic)).toContain("How often should I have checkups, and which tests?");
    expect(text(mgusBasic)).not.toContain("research study");
    expect(text(mmNewlyDiagnosed)).toContain("Could a stem cell transplant be right for me?");
    expect(text(smmHighRisk)).not.toContain("stem cell transplant be right");
  });

  it("urgent alerts are mentioned without their clinical text", () => {
    const out = text(mmNewlyDiagnosed);
    // A critical alert: contact the care team today (review c6: "soon" undersold it).
    expect(out).toContain("Please contact your care team today about some of your results.");
    expect(out).not.toContain("hypercalcaemia");
  });

  it("every option kind has words, so no option renders as a bare code", () => {
    for (const kind of Object.values(OptionKind)) {
      const a = baseAssessment({
        options: [
          {
            id: "k",
            kind,
            strength: "consider",
            regimen: null,
            title: "T",
            because: [],
            cautions: [],
            citations: [],
            patientText: "",
            regulatory: { us: null, eu: null },
            evidenceReviewed: "2026-06",
            verified: true,
          },
        ],
      });
      const out = text(a);
      expect(out).toMatch(/1\. [A-Z][^\n:]+:/);
      expect(out).not.toContain("Medicine treatment");
      expect(out).not.toContain(kind.includes("-") ? kind : "\u0000");
    }
  });

  it("says 'ask your care team' at most twice, however many options and cautions", () => {
    for (const a of Object.values(ALL_FIXTURES))
      expect(text(a).split(/ask your care team/i).length - 1, a.id).toBeLessThanOrEqual(2);
  });

  it("dates come from asOf only", () => {
    const a = { ...mgusBasic, asOf: "2031-02-03" };
    expect(text(a)).toContain("It uses results up to 3 February 2031.");
  });
});

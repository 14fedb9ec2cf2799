/** The one-page patient handout: length (every example record, generated records, the whole knowledge
 * base at once), options named by what they are, the plan ahead, kind framing, and an empty record. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment, AssessmentOption, PlanStep } from "../engine/assessment.js";
import { DECISION_SUPPORT_NOTICE } from "../engine/version.js";
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { exampleRecords } from "../testing/example-records.js";
import {
  baseAssessment,
  emptyRecord,
  indeterminateLikelySmm,
  mgusBasic,
  mmNewlyDiagnosed,
  onVrdInduction,
  opt,
  rrmmSecondRelapse,
  smmHighRisk,
} from "./__fixtures__/assessments.js";
import { allKnowledgeOptions } from "./__fixtures__/knowledge-options.js";
import {
  buildHandout,
  countWords,
  HANDOUT_MAX_WORDS,
  handoutLines,
  optionPlainName,
  renderHandout,
} from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const text = (a: Assessment, w: HandoutWords = EN) => flat(renderHandout(a, "text", w));
const sectionText = (a: Assessment, id: string, w: HandoutWords = EN) =>
  handoutLines({
    ...buildHandout(a, w),
    title: "",
    notice: "",
    sections: buildHandout(a, w).sections.filter((s) => s.id === id),
  })
    .filter((l) => l !== "")
    .join(" ");
const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));

/** What every handout must satisfy, whatever the record. */
function checkHandoutShape(a: Assessment): void {
  const t = renderHandout(a, "text");
  const md = renderHandout(a, "markdown");
  expect(countWords(t), t).toBeLessThanOrEqual(HANDOUT_MAX_WORDS);
  expect(countWords(md.replace(/\\/g, ""))).toBe(countWords(t));
  // The decision-support notice once, not at every turn; no chorus of "ask your care team".
  expect(flat(t).split("Decision support only").length - 1).toBe(1);
  expect(flat(t).split(/ask your care team/i).length - 1).toBeLessThanOrEqual(1);
  const questions = buildHandout(a).sections.find((s) => s.id === "questions")?.parts[0];
  expect(questions?.kind === "list" ? questions.items.length : 0).toBeGreaterThanOrEqual(3);
  expect(questions?.kind === "list" ? questions.items.length : 99).toBeLessThanOrEqual(5);
  expect(t).not.toContain("Medicine treatment");
  expect(t).not.toMatch(/\bsafe(ly)?\b|\bcure[sd]?\b|\bpromise|\bguarantee/i);
}

describe("handout length and shape: every example record (examples/**)", () => {
  const records = exampleRecords();
  it("finds the example records in all four folders", () => {
    for (const dir of ["design/", "diagnosis/", "response/", "vignettes/"])
      expect(
        records.some(([p]) => p.startsWith(dir)),
        dir,
      ).toBe(true);
  });
  it.for(records)("%s: <= 600 words, notice once, 3-5 questions", ([, record]) => {
    checkHandoutShape(assess(record));
  });
  it("active myeloma: the handout is the short text, the full summary keeps the detail", () => {
    const rec = records.find(([p]) => p.endsWith("ndmm-transplant-eligible.json"))?.[1];
    const a = assess(rec);
    const short = countWords(renderHandout(a, "text"));
    expect(short).toBeLessThanOrEqual(HANDOUT_MAX_WORDS);
    expect(countWords(renderPatientSummary(a, "text"))).toBeGreaterThan(2 * short);
  });
});

/** Generated PatientRecords over the ranges the validator accepts. */
const q = (lo: number, hi: number, unit: string) =>
  fc.option(fc.record({ value: fc.double({ min: lo, max: hi, noNaN: true }), unit: fc.constant(unit) }), {
    nil: undefined,
  });
const REGIMENS = [
  { regimen: "VRd", drugs: ["bortezomib", "lenalidomide", "dexamethasone"] },
  { regimen: "DRd", drugs: ["daratumumab", "lenalidomide", "dexamethasone"] },
  { regimen: "KPd", drugs: ["carfilzomib", "pomalidomide", "dexamethasone"] },
  { regimen: "Tec", drugs: ["teclistamab"] },
  { regimen: "R maintenance", drugs: ["lenalidomide"] },
];
const arbLine = fc.record({
  r: fc.constantFrom(...REGIMENS),
  progressedOn: fc.boolean(),
  bestResponse: fc.constantFrom("CR", "VGPR", "PR", "SD", "PD"),
});
const arbRecord = fc
  .record({
    age: fc.option(fc.integer({ min: 35, max: 92 }), { nil: undefined }),
    sex: fc.option(fc.constantFrom("female", "male"), { nil: undefined }),
    serumMProtein: q(0, 6, "g/dL"),
    involved: q(5, 2000, "mg/L"),
    calcium: q(8, 13.5, "mg/dL"),
    creatinine: q(0.6, 5, "mg/dL"),
    hemoglobin: q(6.5, 15.5, "g/dL"),
    albumin: q(2.5, 4.8, "g/dL"),
    beta2: q(1, 12, "mg/L"),
    marrow: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
    lesions: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    del17p: fc.option(fc.boolean(), { nil: undefined }),
    candidate: fc.constantFrom("yes", "no", "unknown"),
    lines: fc.array(arbLine, { maxLength: 4 }),
  })
  .map((g) => {
    const labs: Record<string, unknown> = {
      serumMProtein: g.serumMProtein,
      calcium: g.calcium,
      creatinine: g.creatinine,
      hemoglobin: g.hemoglobin,
      albumin: g.albumin,
      beta2Microglobulin: g.beta2,
    };
    if (g.involved) Object.assign(labs, { involvedFreeLightChain: g.involved, lightChain: "kappa" });
    if (g.involved) labs.uninvolvedFreeLightChain = { value: 10, unit: "mg/L" };
    const record = {
      asOf: "2026-11-26",
      patient: { age: g.age, sex: g.sex },
      labs,
      marrow: g.marrow === undefined ? undefined : { clonalPlasmaCellPercent: g.marrow },
      imaging:
        g.lesions === undefined
          ? undefined
          : { performed: true, modality: "PET-CT", osteolyticLesions: g.lesions },
      cytogenetics: g.del17p === undefined ? undefined : { del17p: g.del17p },
      transplant: { candidate: g.candidate },
      treatmentHistory: g.lines.map((l, i) => ({
        regimen: l.r.regimen,
        drugs: l.r.drugs,
        start: `${2020 + i}-01-10`,
        end: `${2020 + i}-09-01`,
        bestResponse: l.bestResponse,
        progressedOn: l.progressedOn,
      })),
    };
    return JSON.parse(JSON.stringify(record)) as unknown;
  });

describe("handout length and shape: generated records", () => {
  it("every generated record gives a handout of <= 600 words with 3-5 questions", () => {
    fc.assert(
      fc.property(arbRecord, (record) => {
        checkHandoutShape(assess(record));
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it("even an Assessment listing every option in the knowledge base stays within 600 words", () => {
    const options = allKnowledgeOptions();
    const a = { ...mmNewlyDiagnosed, options };
    checkHandoutShape(a);
    expect(text(a)).toMatch(/\d+ more options are in the full details\./);
  });
});

const option = (o: Partial<AssessmentOption> & Pick<AssessmentOption, "kind">): AssessmentOption =>
  opt({ id: "x", title: "T", ...o });

describe("options are named by what they are", () => {
  it.each([
    [
      "systemic-therapy",
      "D-VRd",
      ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
      "4-drug treatment with daratumumab (D-VRd)",
    ],
    [
      "systemic-therapy",
      "VRd",
      ["bortezomib", "lenalidomide", "dexamethasone"],
      "3-drug treatment with bortezomib (VRd)",
    ],
    [
      "systemic-therapy",
      "BVd",
      ["belantamab mafodotin", "bortezomib", "dexamethasone"],
      "3-drug treatment with belantamab (BVd)",
    ],
    ["systemic-therapy", "Dara-SC", ["daratumumab"], "Daratumumab alone (Dara-SC)"],
    ["maintenance", "R", ["lenalidomide"], "Long-term treatment with lenalidomide"],
    ["stem-cell-transplant", "ASCT-Mel200", ["melphalan"], "Stem cell transplant after high-dose melphalan"],
    ["car-t", "cilta-cel", ["ciltacabtagene autoleucel"], "CAR-T cell therapy with cilta-cel"],
    [
      "bispecific",
      "Tec-Dara",
      ["teclistamab", "daratumumab"],
      "Immune treatment with teclistamab and daratumumab",
    ],
    [
      "supportive-care",
      "HSV-VZV",
      ["acyclovir", "valacyclovir"],
      "Medicine to prevent shingles: acyclovir or valacyclovir",
    ],
  ] as const)("%s %s -> %s", (kind, code, drugs, name) => {
    expect(optionPlainName(option({ kind, regimen: { code, drugs: [...drugs] } }))).toBe(name);
  });

  it("every drug in the knowledge base has a name a patient can say", () => {
    const drugs = new Set(KNOWLEDGE_ENTRIES.flatMap((e) => e.regimen?.drugs ?? []));
    for (const d of drugs) expect(EN.drug[d]?.name, d).toBeTruthy();
  });

  it("every option in the knowledge base gets a name, and different options of a kind rarely share one", () => {
    for (const e of KNOWLEDGE_ENTRIES) {
      const name = optionPlainName(
        option({
          id: e.id,
          kind: e.kind,
          regimen: e.regimen ? { code: e.regimen.code, drugs: [...e.regimen.drugs] } : null,
        }),
      );
      expect(name, e.id).not.toMatch(/undefined|Medicine treatment/);
      expect(name, e.id).not.toContain(e.kind.includes("-") ? e.kind : "\u0000");
    }
    // Regimen-less supportive care has its own name, not one shared fallback.
    const supportive = KNOWLEDGE_ENTRIES.filter((e) => e.kind === "supportive-care" && !e.regimen);
    const names = supportive.map((e) => optionPlainName(option({ id: e.id, kind: e.kind })));
    expect(new Set(names).size).toBe(names.length);
  });

  it("the handout lists options with marks: first choice, later if needed, still being checked", () => {
    const a = baseAssessment({
      diagnosis: { category: "multiple-myeloma" },
      options: [
        option({
          id: "a",
          kind: "systemic-therapy",
          strength: "preferred",
          regimen: { code: "D-VRd", drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"] },
        }),
        option({
          id: "b",
          kind: "car-t",
          verified: false,
          conditional: "if the disease progresses",
          regimen: { code: "cilta-cel", drugs: ["ciltacabtagene autoleucel"] },
        }),
      ],
    });
    const out = text(a);
    expect(out).toContain("4-drug treatment with daratumumab (D-VRd) – a common first choice");
    expect(out).toContain("CAR-T cell therapy with cilta-cel * – only if the myeloma has come back");
    expect(out).toContain("* Some facts behind this option are still being checked.");
    expect(out).not.toContain(EN.optionsProvisional);
    const provisional = { ...a, options: a.options.map((o) => ({ ...o, provisional: true })) };
    expect(text(provisional)).toContain(EN.optionsProvisional);
  });
});

describe("what happens next: the plan ahead when the engine gives one", () => {
  const sources = { citations: [], verified: true };
  const plan: PlanStep[] = [
    { phase: "induction", title: "Induction", status: "current", optionIds: ["a"], ...sources },
    { phase: "transplant", title: "ASCT", status: "next", optionIds: [], ...sources },
    { phase: "maintenance", title: "Maintenance", status: "later", optionIds: [], ...sources },
    { phase: "relapsed", title: "Relapse", status: "if-progressed", optionIds: [], ...sources },
  ];
  const withPlan: Assessment = {
    ...mmNewlyDiagnosed,
    phase: onVrdInduction("VRd started", 3),
    plan,
  };

  it("names the phase and lists each step with its status, from the data (not the English titles)", () => {
    const next = sectionText(withPlan, "next");
    expect(next).toContain(
      "You are in the first part of treatment. It aims to get the disease under control.",
    );
    expect(next).toContain("Now: First treatment to get the disease under control.");
    expect(next).toContain("Next: Stem cell transplant.");
    expect(next).toContain("Later: Long-term treatment to keep it down.");
    expect(next).toContain("Only if the disease grows: A new treatment.");
    expect(next).not.toContain(EN.nextFallback["mm-new"]);
    expect(next).not.toContain("ASCT");
    checkHandoutShape(withPlan);
  });

  it("someone who is only watched is not told they have not had treatment yet", () => {
    const phase = { ...withPlan.phase!, code: "untreated" as const };
    const mgus = { ...mgusBasic, phase };
    expect(text(mgus)).not.toContain(EN.phase.untreated.now);
    expect(text({ ...mmNewlyDiagnosed, phase })).toContain(EN.phase.untreated.now);
  });

  it("an Assessment without phase or plan falls back to the situation's next step", () => {
    expect(mmNewlyDiagnosed.plan).toBeUndefined();
    expect(sectionText(mmNewlyDiagnosed, "next")).toContain(EN.nextFallback["mm-new"]);
  });

  it("a relapsed phase reads as progressed myeloma, with kind framing and no promise", () => {
    // Progressed on the line, so no line is being given (the engine's relapsed phase after progression).
    const phase = { ...withPlan.phase!, code: "relapsed" as const, progressed: true, currentLine: null };
    const a: Assessment = { ...withPlan, phase, plan: [] };
    const out = text(a);
    expect(out).toContain("The disease has grown again after treatment.");
    expect(out).toContain("There are still more treatments to talk about.");
    expect(out).toContain(EN.nextFallback["mm-progressed"]);
  });
});

describe("tests that would help", () => {
  it("an overdue test is said with its date, and the first question asks about it", () => {
    const out = text(rrmmSecondRelapse);
    expect(out).toContain("Blood protein test is overdue. It was due on 1 September 2026.");
    const q = buildHandout(rrmmSecondRelapse).sections.find((sec) => sec.id === "questions")?.parts[0];
    expect(q?.kind === "list" ? q.items[0] : "").toBe(EN.questions.overdue);
  });

  it("gene tests are suggested only while the genetic risk is unknown", () => {
    const missing = [{ field: "cytogenetics.gain1q", neededFor: "R2-ISS" }];
    const known = { ...mmNewlyDiagnosed, missingData: missing };
    expect(known.risk.cytogenetic.highRisk).toBe(true);
    expect(text(known)).not.toContain(EN.tests.genes);
    const unknown = baseAssessment({ diagnosis: { category: "multiple-myeloma" }, missingData: missing });
    expect(text(unknown)).toContain(EN.tests.genes);
  });

  it("tissue amyloid with no clone test yet: the typing of the amyloid is among the tests named, in English and Spanish", () => {
    // criteria-and-scores.md 1.5: AL needs the amyloid shown to be light chain (requirement 3).
    const a = vignette("safety-al-organ-no-clone-tests");
    expect(a.missingData.map((m) => m.field)).toContain("biopsy.amyloidType");
    expect(text(a)).toContain(EN.tests.amyloidType);
    expect(text(a, ES)).toContain(flat(ES.tests.amyloidType));
    // A record with no amyloid finding is not asked for it.
    expect(text(rrmmSecondRelapse)).not.toContain(EN.tests.amyloidType);
  });
});

describe("risk and stage in a sentence", () => {
  it("smoldering myeloma: the chance of turning active, from the risk group", () => {
    expect(text(smmHighRisk)).toContain(
      "About 44 in 100 people with results like yours get active myeloma within 2 years.",
    );
    const noGroup = baseAssessment({ diagnosis: { category: "smoldering-myeloma" } });
    expect(text(noGroup)).not.toContain("active myeloma within 2 years");
  });

  it("myeloma: the stage out of 3 and high-risk genes", () => {
    // Review c60-m5: the scale is named (the clinician's screen names it).
    expect(text(mmNewlyDiagnosed)).toContain(
      "Your myeloma is stage 3 out of 3 on the revised international scale.",
    );
    expect(text(mmNewlyDiagnosed)).toContain(EN.highRiskGenes);
  });
});

describe("kind framing of bad news", () => {
  it("newly diagnosed myeloma: serious, treatable, many ways, the team will help choose; no promises", () => {
    const out = text(mmNewlyDiagnosed);
    expect(out).toContain("Your results fit a condition called multiple myeloma.");
    expect(out).toContain("This is serious news, and it is normal to feel worried.");
    expect(out).toContain("There are many ways to treat myeloma.");
    expect(out).toContain("Your care team will finish any tests still needed.");
    checkHandoutShape(mmNewlyDiagnosed);
  });
});

describe("an empty or non-decisive record never says or implies a likely cancer", () => {
  const CANCER = /cancer|myeloma|amyloidosis|plasmacytoma|most likely|tumou?r|malignan/i;

  it("the empty-form fixture (engine sets likely = multiple myeloma): says what tests would tell", () => {
    const out = text(emptyRecord);
    expect(out).not.toMatch(CANCER);
    expect(out).toContain(EN.tooFewResults);
    expect(out).toContain(EN.tests.protein);
    expect(out).toContain(EN.tests.marrow);
    expect(out).not.toContain(EN.tests.genes);
    expect(out).not.toContain("Options to talk about");
  });

  it.each([
    ["nothing entered", { asOf: "2026-11-26" }],
    ["only an age", { asOf: "2026-11-26", patient: { age: 60 } }],
    ["only a low haemoglobin", { asOf: "2026-11-26", labs: { hemoglobin: { value: 8, unit: "g/dL" } } }],
    ["only a normal calcium", { asOf: "2026-11-26", labs: { calcium: { value: 9.4, unit: "mg/dL" } } }],
  ])("%s, through assess: no cancer claim in the handout", (_name, record) => {
    const a = assess(record);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(text(a)).not.toMatch(CANCER);
    checkHandoutShape(a);
  });

  it("with a finding that shows a clone, the likely condition is named as a possibility, with more tests", () => {
    const out = text(indeterminateLikelySmm);
    expect(out).toContain(
      "The results so far could fit smoldering myeloma. More tests are needed to be sure.",
    );
    expect(out).toContain(EN.tests.marrow);
  });
});

describe("words are a layer: every sentence comes from the language table", () => {
  /** A pseudo-language: every string and every phrase a function returns, wrapped in «». */
  function pseudo<T>(x: T): T {
    if (typeof x === "string") return `«${x}»` as T;
    if (typeof x === "function")
      return ((...args: unknown[]) => `«${(x as (...a: unknown[]) => string)(...args)}»`) as T;
    if (x && typeof x === "object")
      return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, pseudo(v)])) as T;
    return x;
  }
  const PSEUDO: HandoutWords = pseudo(EN);

  it.each([
    ["newly diagnosed myeloma", mmNewlyDiagnosed],
    ["empty record", emptyRecord],
    ["indeterminate, likely smoldering", indeterminateLikelySmm],
  ])("%s: no line of the handout is written outside the table", (_n, a) => {
    const doc = buildHandout(a, PSEUDO);
    for (const line of handoutLines(doc)) expect(line, line).toMatch(/«/);
    expect(handoutLines(doc).join(" ")).not.toContain(DECISION_SUPPORT_NOTICE);
  });
});

describe("the pathway in the handout (vignettes), in English and Spanish", () => {
  it("on DRd three weeks in: keep going with DRd, said apart from the options to talk about", () => {
    const a = vignette("pathway-drd-week-3");
    // Before (95825b2): "3-drug treatment with daratumumab (DRd)" was listed under "Options to talk about".
    expect(sectionText(a, "next")).toContain(
      "The usual plan is to keep going with your current treatment: 3-drug treatment with daratumumab (DRd).",
    );
    expect(sectionText(a, "options")).not.toContain("(DRd)");
    expect(sectionText(a, "next", ES)).toContain(
      "Lo habitual es seguir con su tratamiento actual: tratamiento con 3 medicamentos, entre ellos daratumumab (DRd).",
    );
    expect(sectionText(a, "options", ES)).not.toContain("(DRd)");
    checkHandoutShape(a);
  });

  it("a line being given with other steps ahead: those stay options, the line being given does not", () => {
    const a = vignette("pathway-te-dvrd-week-3");
    expect(sectionText(a, "next")).toContain(
      "The usual plan is to keep going with your current treatment: 4-drug treatment",
    );
    expect(sectionText(a, "options")).toContain("Stem cell transplant");
    expect(sectionText(a, "options")).not.toContain("(D-VRd)");
  });

  it("candidacy not decided: each pathway's treatments say they depend on whether a transplant is right", () => {
    const a = vignette("pathway-ndmm-candidacy-undecided");
    // Before (95825b2): one line "4-drug treatment with daratumumab (D-VRd) – often the first choice" stood for
    // both pathways, and the transplant step read as planned. Since review c8 the regimen of both pathways is
    // one line that says so (it was two, with opposite marks); one pathway's own regimen keeps its mark.
    const options = sectionText(a, "options");
    expect(options).toContain(EN.optionsTransplantUndecided);
    expect(options).toContain(
      `4-drug treatment with daratumumab (D-VRd) – a common first choice; ${EN.marks.eitherTransplant}`,
    );
    expect(options.split("(D-VRd)").length - 1).toBe(1);
    expect(options).toContain(EN.marks.ifTransplant);
    expect(options).toContain(EN.marks.ifNoTransplant);
    expect(options).not.toContain(EN.marks.conditional);
    expect(sectionText(a, "next")).toContain(`Later: Stem cell transplant – ${EN.marks.ifTransplant}.`);
    const es = sectionText(a, "options", ES);
    expect(es).toContain(ES.optionsTransplantUndecided);
    expect(es).toContain(`(D-VRd) – una primera opción habitual; ${ES.marks.eitherTransplant}`);
    checkHandoutShape(a);
    // The full summary, one step away, says it too.
    expect(flat(renderPatientSummary(a, "text"))).toContain("Only if a transplant is right for you.");
  });

  it("first line ended, outcome unknown: each option says which outcome it is for, in both languages", () => {
    const a = vignette("pathway-first-line-finished-no-progression-date");
    const ifProgressed = a.options.filter((o) => o.conditionalOn === "line-progressed");
    const ifNot = a.options.filter((o) => o.conditionalOn === "line-not-progressed");
    expect(ifProgressed.length).toBeGreaterThan(0);
    expect(ifNot.length).toBeGreaterThan(0);
    const all = text(a);
    for (const [os, mark] of [
      [ifProgressed, EN.marks.conditional],
      [ifNot, EN.marks.ifNotProgressed],
    ] as const)
      for (const o of os) {
        const name = optionPlainName(o, EN);
        const line = all.split("\n").find((l) => l.includes(name) && l.includes(" – "));
        if (line) expect(line, o.id).toContain(mark);
      }
    expect(all).toContain(EN.marks.conditional);
    expect(all).toContain(EN.marks.ifNotProgressed);
    const es = text(a, ES);
    expect(es).toContain(ES.marks.conditional);
    expect(es).toContain(ES.marks.ifNotProgressed);
  });

  it("at relapse the stage from today's values is not given as the stage (it is defined at diagnosis)", () => {
    const a = vignette("relapse-lenalidomide-refractory");
    // Before (95825b2): "Your myeloma is stage 1 out of 3." from the relapse values.
    expect(text(a)).not.toMatch(/stage \d out of 3/);
    expect(text(a)).toContain(EN.stage.setAtDiagnosis);
    expect(text(a, ES)).not.toMatch(/estadio \d de 3/);
    expect(text(a, ES)).toContain(ES.stage.setAtDiagnosis);
    const full = flat(renderPatientSummary(a, "text"));
    expect(full).not.toMatch(/stage \d out of 3/);
    expect(full).toContain(EN.stage.setAtDiagnosis);
    // Newly diagnosed: the stage is still said.
    expect(text(vignette("ndmm-transplant-eligible"))).toMatch(/Your myeloma is stage \d out of 3 on the/);
  });
});

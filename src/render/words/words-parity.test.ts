/** Parity of the patient word tables: every English string has a non-empty Spanish one (and back), every
 * code the engine can emit (category, option kind, phase, response, strength, caution topic, record field,
 * drug, monitored test) has words in both, and every knowledge entry has a Spanish patient text. */
import { describe, expect, it } from "vitest";
import { assess } from "../../engine/assess.js";
import { TREATMENT_PHASES } from "../../engine/assessment.js";
import { KNOWLEDGE_ENTRIES } from "../../knowledge/index.js";
import { DiagnosisCategory, OptionKind, ResponseCategory } from "../../model/enums.js";
import { exampleRecords } from "../../testing/example-records.js";
import { CAUTION_TOPIC_RULES, PLAIN_FIELD } from "../plain-words.js";
import { EN } from "./en.js";
import { ES } from "./es.js";
import { ES_PATIENT_TEXT } from "./es-patient-text.js";
import { WORDS } from "./index.js";
import { QUESTION_IDS, TEST_IDS } from "./types.js";

const SAMPLE_OPTION = { drugs: ["a", "b"], key: "a", role: "R", code: "X", count: 2 };

/** Every leaf of a word table: strings as they are, functions called with sample arguments. */
function leaves(x: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (typeof x === "string") out.set(path, x);
  else if (typeof x === "function") {
    const f = x as (...args: unknown[]) => unknown;
    if (path.startsWith("optionName.") || path === "pendingTreatmentName") {
      out.set(`${path}(2)`, f(SAMPLE_OPTION));
      out.set(`${path}(0)`, f({ drugs: [], key: null, role: null, code: null, count: 0 }));
      out.set(`${path}(1)`, f({ ...SAMPLE_OPTION, drugs: ["a"], count: 1 }));
    } else if (path === "and" || path === "or" || path === "summary.medicines") {
      out.set(path, f(["a", "b", "c"]));
    } else if (
      path === "summary.hadBefore" ||
      path === "marks.hadBefore" ||
      path === "summary.didNotWorkWell" ||
      path === "marks.didNotWorkWell" ||
      path === "untreatedAfterSmmTherapy" ||
      path === "mayStillTake" ||
      path === "allergyNote" ||
      path === "pregnancyImidBeingGiven" ||
      path === "marks.containsAllergen" ||
      path === "marks.sameTarget" ||
      path === "marks.sameTargetStopped" ||
      path === "marks.sameTargetOnly" ||
      path === "marks.stoppedForSideEffects" ||
      path === "currentAllergy" ||
      path === "unusedValue"
    ) {
      out.set(`${path}(1)`, f(["a"]));
      out.set(`${path}(2)`, f(["a", "b"]));
    } else if (path === "alOrgans") {
      out.set(`${path}(1)`, f(["heart"]));
      out.set(`${path}(3)`, f(["heart", "kidney", "peripheral-nerve", "autonomic-nerve"]));
    } else if (path === "pjpInPlaceOfTmpSmx") {
      out.set(`${path}(sulfa)`, f("sulfa"));
      out.set(`${path}(drug)`, f("drug"));
    } else if (path === "marks.oneOf") {
      out.set(path, f("R", ["a", "b", "c"]));
    } else if (path === "summary.riskSecond") {
      out.set(`${path}(true)`, f("X", true));
      out.set(`${path}(false)`, f("X", false));
    } else if (path === "moreInFull" || path === "summary.lines" || path === "summary.kidneyScore") {
      out.set(`${path}(1)`, f(1));
      out.set(`${path}(3)`, f(3));
    } else if (path === "summary.askAboutFor") {
      out.set(path, f("X", [1, 2, 4]));
    } else if (path === "patientText" || path === "genericName" || path === "monitoredTest") {
      // Checked below, by id.
    } else out.set(path, f("X", "2026-11-26"));
  } else if (typeof x === "object" && x !== null) {
    for (const [k, v] of Object.entries(x)) leaves(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

describe("patient words: English and Spanish have the same strings", () => {
  const en = leaves(EN, "", new Map());
  const es = leaves(ES, "", new Map());

  it("the tables are walked in full", () => {
    expect(en.size).toBeGreaterThan(350);
  });

  it("every English string has a non-empty Spanish one, and every Spanish string an English one", () => {
    const missingEs = [...en.keys()].filter((k) => typeof es.get(k) !== "string" || es.get(k) === "");
    const missingEn = [...es.keys()].filter((k) => typeof en.get(k) !== "string" || en.get(k) === "");
    expect(missingEs).toEqual([]);
    expect(missingEn).toEqual([]);
  });

  it("no Spanish string is left in English (same text in both only for names and marks)", () => {
    const same = [...en.keys()].filter((k) => en.get(k) === es.get(k) && /\s/.test(String(en.get(k))));
    // Drug names, the language names and "role: drug" (both from the sample) are the same in both.
    expect(same.filter((k) => !/^(drug\.|languageName\.|optionName\.supportive-care\(1\))/.test(k))).toEqual(
      [],
    );
  });
});

describe("every code the engine emits has words in both languages", () => {
  it.each(Object.entries(WORDS))("%s", (_lang, w) => {
    const nonEmpty = (s: string | undefined, what: string) => expect(s?.trim() ?? "", what).not.toBe("");
    for (const c of Object.values(DiagnosisCategory)) {
      nonEmpty(w.category[c]?.name, `category ${c}`);
      nonEmpty(w.category[c]?.meaning, `category ${c}`);
    }
    for (const k of Object.values(OptionKind)) {
      nonEmpty(w.glossary.optionKind[k]?.meaning, `option kind ${k}`);
      nonEmpty(w.optionName[k]?.(SAMPLE_OPTION), `option name ${k}`);
    }
    for (const p of TREATMENT_PHASES) {
      nonEmpty(w.phase[p]?.now, `phase ${p}`);
      nonEmpty(w.phase[p]?.step, `phase ${p}`);
    }
    for (const r of ResponseCategory) nonEmpty(w.responseName[r]?.meaning, `response ${r}`);
    for (const s of ["preferred", "standard", "consider", "if-eligible", "trial"] as const)
      nonEmpty(w.glossary.strength[s]?.meaning, `strength ${s}`);
    for (const [, id] of CAUTION_TOPIC_RULES) nonEmpty(w.glossary.cautionTopic[id], `caution topic ${id}`);
    for (const f of Object.keys(PLAIN_FIELD)) nonEmpty(w.glossary.field[f as keyof typeof PLAIN_FIELD], f);
    for (const q of QUESTION_IDS) nonEmpty(w.questions[q], `question ${q}`);
    for (const t of TEST_IDS) nonEmpty(w.tests[t], `test ${t}`);
  });

  it("every drug in the knowledge base has a name a patient can say, and a generic name, in both", () => {
    const drugs = new Set(KNOWLEDGE_ENTRIES.flatMap((e) => e.regimen?.drugs ?? []));
    expect(drugs.size).toBeGreaterThan(20);
    for (const d of drugs) {
      for (const w of [EN, ES]) expect(w.drug[d]?.name, `${w.lang} ${d}`).toBeTruthy();
      expect(ES.genericName(d), d).toMatch(/^[a-záéíóúñ -]+$/);
    }
    // Spanish generic names are the Spanish INN forms, not the English ones.
    expect(ES.genericName("lenalidomide")).toBe("lenalidomida");
    expect(ES.genericName("zoledronic acid")).toBe("ácido zoledrónico");
  });

  it("every monitored test the engine names has Spanish words", () => {
    const tests = new Set<string>();
    for (const [, record] of exampleRecords()) {
      const a = assess(record, { defaultAsOf: "2026-11-26" }) as {
        monitoring?: { items?: { test: string }[] };
      };
      for (const i of a.monitoring?.items ?? []) tests.add(i.test);
    }
    expect(tests.size).toBeGreaterThan(2);
    for (const t of tests) expect(ES.monitoredTest(t), t).not.toBe("prueba de control");
  });
});

describe("knowledge entries: a Spanish patient text for every entry", () => {
  it("every entry id has a non-empty Spanish text, and no Spanish text is for an unknown id", () => {
    const ids = KNOWLEDGE_ENTRIES.map((e) => e.id);
    expect(ids.filter((id) => !(ES_PATIENT_TEXT[id] ?? "").trim())).toEqual([]);
    expect(Object.keys(ES_PATIENT_TEXT).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("each Spanish text keeps the English one's numbers (weeks, months, years, doses)", () => {
    for (const e of KNOWLEDGE_ENTRIES) {
      const nums = (s: string) => (s.match(/\d+/g) ?? []).sort();
      expect(nums(ES_PATIENT_TEXT[e.id] ?? ""), e.id).toEqual(nums(e.patientText));
    }
  });

  it("no Spanish text claims a drug is safe or promises a cure the English does not", () => {
    for (const e of KNOWLEDGE_ENTRIES) {
      const es = ES_PATIENT_TEXT[e.id] ?? "";
      expect(es, e.id).not.toMatch(/\bsegur[oa]s?\b|sin riesgo/i);
      if (!/\bcure/i.test(e.patientText)) expect(es, e.id).not.toMatch(/\bcura/i);
    }
  });
});

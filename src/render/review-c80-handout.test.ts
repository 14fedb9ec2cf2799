/** Review c80 (engine 0.2.79), the patient's pages: m1, a BCMA-directed option after another BCMA-directed drug, and a
 * drug stopped for side effects, listed with no note (treatments.md 5d "After BCMA therapy"); m2, the vaccination words
 * after CAR-T or a transplant (treatments.md 8c, UNVERIFIED); m5, "a weak face" and the fever call said twice. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { assessmentToFhir } from "../fhir/assessment-to-fhir.js";
import { readVignette } from "../testing/example-records.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const handout = (name: string, w = EN) => flat(renderHandout(assess(readVignette(name)), "text", w));
const full = (name: string, w = EN) => flat(renderPatientSummary(assess(readVignette(name)), "text", w));
/** The option line of the short handout that names `what`, up to the next one. */
const line = (page: string, what: string) =>
  page.match(new RegExp(`- [^-]*${what}[^–-]*(– [^-]*)?`))?.[0] ?? "";

const AFTER_TEC = "review-c80-penta-refr-progressed-on-teclistamab-line5-off-therapy";
const TEC_TOXICITY = "review-c80-teclistamab-stopped-toxicity-vgpr-progression-17mo-later";
const TEC_MONTH2 = "review-c80-teclistamab-month2-anc-0.4-igg-220-infections";
const CILTA_DAY10 = "review-c80-cilta-cel-day10-anc-0.5-plt-40";
const CILTA_YEAR = "review-c80-cilta-cel-1year-cr-mrdneg-igg-300";
const CILTA_DAY90 = "review-c80-cilta-cel-day90-series-vgpr";
const DPD_TOXICITY = "review-c80-dpd-3wk-toxicity-then-kd-progressed";

describe("c80-m1: a BCMA bispecific after progression on teclistamab is marked as aimed at the same target", () => {
  const en = handout(AFTER_TEC);
  const es = handout(AFTER_TEC, ES);

  it("elranatamab and linvoseltamab: same target as teclistamab, which stopped working (EN, ES)", () => {
    for (const drug of ["elranatamab", "linvoseltamab"]) {
      expect(line(en, `Immune treatment with ${drug}`)).toContain(
        "– same target as teclistamab, which stopped working for you",
      );
      expect(line(es, `Inmunoterapia con ${drug}`)).toContain(
        "– misma diana que el teclistamab, que ya no le funciona",
      );
    }
  });

  it("BVd (belantamab targets BCMA too) says it first, then bortezomib", () => {
    expect(en).toContain(
      "(BVd) – same target as teclistamab, which stopped working for you; bortezomib stopped working for you",
    );
  });

  it("control: talquetamab (GPRC5D target) has no mark; the full summary says it in a sentence", () => {
    expect(line(en, "Immune treatment with talquetamab")).not.toContain("–");
    expect(full(AFTER_TEC)).toContain("Same target as teclistamab, which stopped working for you.");
  });
});

describe("c80-m1: teclistamab stopped for side effects, then progression 17 months later", () => {
  const a = assess(readVignette(TEC_TOXICITY));

  it("the option carries the drug stopped for toxicity as data, beside its caution", () => {
    const tec = a.options.find((o) => o.id === "bsab.teclistamab");
    expect(tec?.stoppedForToxicity).toEqual(["teclistamab"]);
    expect(tec?.cautions.some((c) => c.includes("stopped for toxicity"))).toBe(true);
    // Control: an option without the drug carries none.
    expect(a.options.find((o) => o.id === "bsab.talquetamab")?.stoppedForToxicity).toBeUndefined();
  });

  it("the patient's pages: teclistamab 'you stopped it before because of side effects' (EN, ES)", () => {
    // Re-check c81-m5: on the one page, this last option gives way to the word cap before a research study does; the
    // full details keep it with its mark.
    const en = full(TEC_TOXICITY);
    expect(en).toMatch(/with teclistamab:[\s\S]*?You stopped it before because of side effects\./);
    expect(full(TEC_TOXICITY, ES)).toContain("Lo dejó antes por los efectos secundarios.");
  });

  it("elranatamab after teclistamab given (not refractory): it may work less well (EN, ES)", () => {
    const en = handout(TEC_TOXICITY);
    expect(line(en, "Immune treatment with elranatamab")).toContain(
      "– same target as teclistamab; it may work less well",
    );
    expect(handout(TEC_TOXICITY, ES)).toContain("misma diana que el teclistamab; puede funcionar peor");
  });

  it("a regimen giving some of the drugs stopped names them; one giving only them says 'it' (DPd stopped; EN, ES)", () => {
    const en = handout(DPD_TOXICITY);
    expect(en).toContain("(DVd) * – you stopped daratumumab before because of side effects");
    expect(en).toContain("(DPd) * – you stopped it before because of side effects");
    expect(handout(DPD_TOXICITY, ES)).toContain("– dejó el daratumumab antes por los efectos secundarios");
  });
});

describe("c80-m2: after CAR-T or a transplant, the vaccination words ask that team", () => {
  it("10 days and 1 year after cilta-cel: ask the CAR-T team, no live vaccine without its word (EN, ES)", () => {
    for (const name of [CILTA_DAY10, CILTA_YEAR]) {
      const en = full(name);
      expect(en).toContain(
        "Ask your CAR-T team when to have your vaccines. Do not have a live vaccine unless your team says you can.",
      );
      expect(en).not.toContain("Do not get live vaccines during treatment.");
      expect(full(name, ES)).toContain(
        "Pregunte a su equipo de CAR-T cuándo ponerse las vacunas. No se ponga una vacuna de virus vivos salvo que su equipo le diga que puede.",
      );
    }
  });

  it("after a transplant, before maintenance: ask the transplant team (EN, ES)", () => {
    const a = assess(readVignette("review-c63-del17p-maint-choice"));
    expect(a.phase.code).toBe("post-transplant");
    expect(flat(renderPatientSummary(a, "text", EN))).toContain(
      "Ask your transplant team when to have your vaccines.",
    );
    expect(flat(renderPatientSummary(a, "text", ES))).toContain("Pregunte a su equipo del trasplante");
  });

  it("control: on teclistamab the usual words stay", () => {
    const en = full(TEC_MONTH2);
    expect(en).toContain("Do not get live vaccines during treatment.");
    expect(en).not.toContain("CAR-T team");
  });
});

describe("re-check c81-m5: the BCMA CAR-Ts and BPd are marked as aimed at the same target; a research study stays", () => {
  // treatments.md 5d "After BCMA therapy" gives results for the BCMA bispecifics only: the CAR-T and BPd marks name the
  // target, never how well they work.
  it("after teclistamab stopped working: cilta-cel, ide-cel and BPd name the target; the research study keeps its line", () => {
    const en = handout(AFTER_TEC);
    expect(en).toContain("(BPd) * – approved in Europe only; same target as teclistamab; pomalidomide");
    for (const what of ["CAR-T cell therapy with cilta-cel", "CAR-T cell therapy with ide-cel"]) {
      expect(line(en, what), what).toContain("same target as teclistamab");
      expect(line(en, what), what).not.toMatch(/which stopped working|work less well/);
    }
    expect(en).toContain("- A research study (clinical trial)");
    expect(handout(AFTER_TEC, ES)).toContain("CAR-T: cilta-cel – misma diana que el teclistamab");
  });
  it("teclistamab stopped for side effects: 'same target as teclistamab', with no words on how well it works", () => {
    const en = handout(TEC_TOXICITY);
    const cilta = line(en, "CAR-T cell therapy with cilta-cel");
    // Review c84-M2: teclistamab stopped for side effects, progression 17 months later: outside cilta-cel's EU label
    // (treatments.md 5b, "progressed on last therapy"), said before the target note.
    expect(cilta).toContain(
      "– approved for your situation in the United States only; same target as teclistamab",
    );
    expect(cilta).not.toContain("work less well");
    expect(en).toContain("- A research study (clinical trial)");
  });
});

describe("re-check c81-m6: the vaccination card's own patient words (JSON, FHIR) hold after CAR-T or a transplant too", () => {
  // treatments.md 8c (UNVERIFIED): no live vaccines during therapy, re-vaccination after ASCT; nothing after CAR-T.
  it("10 days after cilta-cel: options[].patientText and the FHIR action's textEquivalent ask that team", () => {
    const a = assess(readVignette(CILTA_DAY10));
    const card = a.options.find((o) => o.id === "sc.vaccination");
    expect(card?.patientText).toContain(
      "After a transplant or CAR-T, ask that team when to have your vaccines.",
    );
    const texts = JSON.stringify(assessmentToFhir(a));
    expect(texts).toContain("After a transplant or CAR-T, ask that team when to have your vaccines.");
  });
});

describe("c80-m5: wording", () => {
  it("after cilta-cel the late side effects say 'weakness on one side of the face' (EN, ES)", () => {
    expect(handout(CILTA_DAY90)).toContain("weakness on one side of the face");
    expect(handout(CILTA_DAY90)).not.toContain("a weak face");
    expect(handout(CILTA_DAY90, ES)).toContain("debilidad en un lado de la cara");
    expect(handout(CILTA_DAY90, ES)).not.toContain("la cara débil");
  });

  it("teclistamab held for neutrophils below 0.5: the fever call once (EN, ES)", () => {
    const count = (s: string, x: string) => s.split(x).length - 1;
    expect(count(handout(TEC_MONTH2), "Call your team at once if you get a fever.")).toBe(1);
    const es = handout(TEC_MONTH2, ES);
    expect(count(es, "si tiene fiebre") + count(es, "Si tiene fiebre")).toBe(1);
  });

  it("control: teclistamab at month 8 with no hold keeps the fever call after the infections", () => {
    const r = readVignette(TEC_MONTH2);
    r.labs.neutrophils = { value: 2.1, unit: "10*9/L" };
    delete r.series?.neutrophils;
    const page = flat(renderHandout(assess(r), "text", EN));
    expect(page).toContain("for months after. Call your team at once if you get a fever.");
  });
});

/** Review c17 handout findings (/work/review17/handout.md), fixed in the words layer: the full summary's
 * "what happens next" (M1), urgent words first (M2), caution topics that follow what a caution is about
 * (M4, M5, M7), refractory drugs said as such and an EU-only approval (M6), no "has not grown" after a
 * plasmacytoma's radiotherapy when no result after it is recorded (clinical M1), the consolidation step and
 * stem cell collection in their own words and no empty "things to check" (C8, C9, C17). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { buildHandout, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { cautionTopics } from "./plain-words.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

type Rec = Record<string, unknown>;
const flat = (s: string) => s.replace(/\s+/g, " ");
const record = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")) as Rec;
const vignette = (name: string): Assessment => assess(record(name));
const handout = (a: Assessment, w: HandoutWords = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));
const full = (a: Assessment, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));
/** The full summary's block of the option headed "N. <name>:", up to the next option or section. */
const optionBlock = (text: string, name: string): string => {
  const at = text.indexOf(`. ${name}:`);
  expect(at, name).toBeGreaterThan(-1);
  const rest = text.slice(at + 2);
  // The next option's heading, or the underline of the next section's heading.
  const end = rest.search(/ \d+\. [^ ]| -{4,} /);
  return end === -1 ? rest : rest.slice(0, end);
};

describe("c18 M1: the full summary says what happens next, as the one-page handout does", () => {
  const a = vignette("review-c10-cilta-cel-day-12");

  it("12 days after CAR-T: no driving, stay near the centre, hospital with fever or confusion (EN)", () => {
    const t = full(a);
    expect(t).toContain("What happens next");
    expect(t).toContain("do not drive and stay near your treatment centre");
    expect(t).toContain("Go to hospital at once if you have a fever, chills, confusion");
    // Before the options, with the plan ahead, as on the handout.
    expect(t.indexOf("do not drive")).toBeLessThan(t.indexOf("Your options to talk about"));
    // Review c88: in the first 2 weeks, the close watch until its end, then regular checkups (was "Check-ups after the
    // CAR-T infusion").
    expect(t).toContain(
      "1. Now: Close watch by your team after the CAR-T infusion, until 4 December 2026, then regular checkups.",
    );
    // The same words as the one-page handout.
    expect(handout(a)).toContain(EN.carT.firstWeeks);
    expect(t).toContain(EN.carT.firstWeeks);
  });

  it("the same in Spanish", () => {
    const t = full(a, ES);
    expect(t).toContain("Qué pasa ahora");
    expect(t).toContain("no conduzca");
    expect(t).toContain(ES.carT.firstWeeks);
    expect(t.indexOf(ES.carT.firstWeeks)).toBeLessThan(t.indexOf("Sus opciones para hablar"));
  });
});

describe("c18 M2: urgent words come first in the full summary, right after the opening", () => {
  const a = vignette("handout-cord-compression-emergency");

  for (const [w, opening, findings, options, now, filter] of [
    [
      EN,
      "It uses results up to",
      "What the tests show",
      "Your options to talk about",
      "This needs urgent care now.",
      "A treatment that filters the blood",
    ],
    [
      ES,
      "Usa resultados hasta el",
      "Qué muestran las pruebas",
      "Sus opciones para hablar",
      "Necesita atención urgente ahora.",
      "Un tratamiento que filtra la sangre",
    ],
  ] as const) {
    it(`cord compression (${w.lang}): the emergency before the test results and the options`, () => {
      const t = full(a, w);
      const urgent = t.indexOf(now);
      expect(urgent).toBeGreaterThan(t.indexOf(opening));
      expect(urgent).toBeLessThan(t.indexOf(findings));
      expect(t.indexOf(w.emergency["alert.spinal-cord-compression"])).toBeLessThan(t.indexOf(findings));
      // Said once.
      expect(t.split(now).length).toBe(2);
      // The care that answers it (plasmapheresis for the thick blood) before the other treatments.
      const list = t.slice(t.indexOf(options));
      expect(list.indexOf(`3. ${filter}:`)).toBeGreaterThan(-1);
    });
  }
});

describe("c18 M4, M5, M7: caution topics follow what the caution is about", () => {
  it("the antibiotic after CAR-T: how long to take it, not another cancer (EN and ES)", () => {
    // Review c80-m5: the T-cell malignancy caution sits on the PJP card only once a later line follows the CAR-T (the
    // CAR-T alerts say it before): the infusion a year earlier, a progression, then PVd.
    const r = record("review-c10-cilta-cel-day-12");
    const history = r.treatmentHistory as Rec[];
    Object.assign(history[3] as Rec, {
      start: "2025-11-20",
      end: "2025-11-20",
      progressedOn: true,
      progressionDate: "2026-10-01",
      stopReason: "progression",
    });
    history.push({
      regimen: "PVd",
      drugs: ["pomalidomide", "bortezomib", "dexamethasone"],
      start: "2026-10-15",
    });
    const a = assess(r);
    const pjp = a.options.find((o) => o.id === "sc.infection.pjp");
    expect(pjp?.cautions.some((c) => c.includes("secondary T-cell malignancies"))).toBe(true);
    const en = optionBlock(full(a), "Antibiotic to prevent infections: co-trimoxazole");
    expect(en).not.toContain("another cancer");
    expect(en).not.toContain("approved");
    expect(en).not.toContain("earlier treatments");
    expect(en).toContain("How long to take it.");
    const es = optionBlock(full(a, ES), "Antibiótico para prevenir infecciones: cotrimoxazol");
    expect(es).not.toContain("otro cáncer");
    expect(es).toContain("Cuánto tiempo tomarlo.");
  });

  it("denosumab on dialysis: no nerve damage (a 'number' in the caution is not numbness)", () => {
    const a = vignette("dialysis-cast-nephropathy-bone-agents");
    const d = a.options.find((o) => o.id === "sc.bone.denosumab");
    expect(cautionTopics(d?.cautions ?? []).topics).not.toContain(EN.glossary.cautionTopic.nerveDamage);
    expect(optionBlock(full(a), "Bone medicine: denosumab")).not.toMatch(/nerve|numb/i);
    expect(optionBlock(full(a, ES), "Medicamento para los huesos: denosumab")).not.toMatch(/nervios/);
  });

  it("daratumumab's hepatitis B caution names hepatitis B and its blood test, not a bare risk of death", () => {
    const a = vignette("handout-spanish-smm-high-risk-woman");
    const hbv = a.options
      .flatMap((o) => o.cautions)
      .find((c) => c.startsWith("Daratumumab: hepatitis B virus reactivation, some fatal"));
    expect(hbv).toBeDefined();
    expect(cautionTopics([hbv as string]).topics).toEqual([EN.glossary.cautionTopic.hepatitisB]);
    const en = optionBlock(full(a), "Daratumumab alone (Dara-SC)");
    expect(en).toContain("hepatitis B");
    expect(en).toContain("blood test");
    expect(en).not.toContain("risk of death");
    const es = optionBlock(full(a, ES), "Daratumumab como único medicamento (Dara-SC)");
    expect(es).toContain("hepatitis B");
    expect(es).toContain("análisis de sangre");
    expect(es).not.toContain("riesgo de muerte");
  });
});

describe("c18 M6: a drug the disease no longer responds to, and an approval in Europe only", () => {
  const a = vignette("review-c15-third-line-talquetamab-not-yet");
  const bpd = (w: HandoutWords) => handoutLines(buildHandout(a, w)).find((l) => l.includes("(BPd)")) ?? "";

  it("the handout line says pomalidomide stopped working, and that BPd is approved in Europe only", () => {
    expect(bpd(EN)).toContain("pomalidomide stopped working for you");
    expect(bpd(EN)).not.toContain("you had pomalidomide before");
    expect(bpd(EN)).toContain("approved in Europe only");
    expect(bpd(ES)).toContain("la pomalidomida ya no le funciona");
    expect(bpd(ES)).toContain("aprobado solo en Europa");
    // Only where the data says so: approved in the US and in Europe, no such mark.
    const bvd = handoutLines(buildHandout(a, EN)).find((l) => l.includes("(BVd)")) ?? "";
    expect(bvd).not.toContain("Europe");
  });

  it("the full summary says the same, in English and Spanish", () => {
    const en = optionBlock(full(a), "3-drug treatment with belantamab (BPd)");
    expect(en).toContain("Your myeloma stopped responding to it before");
    expect(en).toContain("Approved in Europe only.");
    const es = optionBlock(full(a, ES), "Tratamiento con 3 medicamentos, entre ellos belantamab (BPd)");
    expect(es).toContain("Su mieloma dejó de responder a ese medicamento");
    expect(es).toContain("Aprobado solo en Europa.");
  });
});

describe("c18 clinical M1: after a plasmacytoma's radiotherapy, no 'has not grown' without a result", () => {
  const afterRt = record("sp-bone-after-radiotherapy");
  const minimalMarrow = { ...afterRt, marrow: { clonalPlasmaCellPercent: 6 } };

  for (const [name, r] of [
    ["bone plasmacytoma", afterRt],
    ["with minimal marrow involvement", minimalMarrow],
  ] as const) {
    it(`${name}: the results are not in the record yet; the team will check (EN and ES)`, () => {
      const a = assess(r);
      expect(a.phase.code).toBe("line-finished");
      for (const t of [handout(a), full(a)]) {
        expect(t).not.toContain("has not grown");
        expect(t).toContain("This summary cannot tell from your results if the disease has come back.");
        expect(t).toContain("Your care team will check you");
      }
      for (const t of [handout(a, ES), full(a, ES)]) {
        expect(t).not.toContain("no ha crecido");
        expect(t).toContain("Este resumen no puede saber por sus resultados si la enfermedad ha vuelto");
      }
    });
  }

  it("a finished line whose response shows no progression still says so", () => {
    const a = vignette("pathway-vrd-8-cycles-no-transplant");
    expect(handout(a)).toContain(EN.phase["line-finished"].now);
  });
});

describe("c18 C8, C9, C17: consolidation, stem cell collection, no empty 'things to check'", () => {
  const a = vignette("pathway-te-dvrd-week-3");

  it("the consolidation step is more treatment, not getting over the transplant (EN and ES)", () => {
    expect(handout(a)).not.toContain("Getting over the transplant");
    expect(handout(a)).toContain("Later: More treatment after the transplant");
    expect(handout(a, ES)).not.toContain("Recuperación del trasplante");
    expect(handout(a, ES)).toContain("Más adelante: Tratamiento adicional después del trasplante");
    // After VRd induction the step lists no consolidation: it is the recovery (treatments.md 3c).
    const vrd = vignette("review-c14-6-weeks-after-asct-anc-low");
    expect(handout(vrd)).toContain("Now: Getting over the transplant.");
    expect(handout(vrd)).not.toContain("More treatment after the transplant");
  });

  it("stem cell collection is described as collection, not as the transplant (EN and ES)", () => {
    const en = optionBlock(full(a), "Collecting and storing your stem cells");
    expect(en).not.toContain("high dose of a strong drug");
    expect(en).toContain("taken from your blood with a machine and frozen");
    const es = optionBlock(full(a, ES), "Recolección y conservación de sus células madre");
    expect(es).toContain("con una máquina, y se congelan");
  });

  it("no 'things to check' heading with nothing named under it; a warning is said under what happens next", () => {
    for (const v of ["pathway-te-dvrd-week-3", "review-c10-cilta-cel-day-12"]) {
      const b = vignette(v);
      expect(full(b)).not.toMatch(/Things to check with your care team -+/);
      expect(full(b)).not.toMatch(/Cosas para revisar con su equipo médico -+/);
    }
    // A relapse from CR (a warning alert) beside "the disease has not grown": the closer look is said, in
    // both texts and both languages (review c18 diff review: removing the section had left it unsaid).
    const c12 = vignette("review-c12-off-therapy-after-asct-and-maintenance");
    expect(c12.alerts.find((x) => x.id === "response.relapse-from-cr")?.severity).toBe("warning");
    for (const t of [handout(c12), full(c12)]) expect(t).toContain(EN.summary.alertWarning);
    for (const t of [handout(c12, ES), full(c12, ES)]) expect(t).toContain(ES.summary.alertWarning);
  });
});

describe("c18 handout C5: the kidney score shown is not called the dosing number", () => {
  it("frail 84-year-old (eGFR 34, Cockcroft-Gault 22.9): the eGFR is not said to set the doses (EN and ES)", () => {
    const a = vignette("review-c10d-frail-84-renal");
    expect(Math.round(a.kidney.egfrCkdEpi2021 ?? 0)).toBeGreaterThan(
      Math.round(a.kidney.crclCockcroftGault ?? 0),
    );
    const en = full(a);
    expect(en).toContain("Your kidney function score is about");
    expect(en).not.toContain("uses it to choose the right doses");
    // Review c89-M1: nor said to be what the doses depend on: they use a different kidney calculation (Cockcroft-Gault).
    expect(en).not.toContain("The doses of some medicines depend on how well the kidneys work.");
    expect(en).toContain("The doses of some medicines use a different kidney calculation");
    expect(full(a, ES)).not.toContain("la usa para elegir las dosis");
  });
});

describe("c18 handout C10, C11, C22: supportive items, dialysis, the line being given", () => {
  it("a supportive item is not described with the general words for all supportive care (EN and ES)", () => {
    const a = vignette("pathway-te-dvrd-week-3");
    const en = full(a);
    expect(en).toContain("A blood test for hepatitis B");
    expect(en).not.toContain(EN.glossary.optionKind["supportive-care"]?.meaning);
    expect(full(a, ES)).not.toContain(ES.glossary.optionKind["supportive-care"]?.meaning);
  });

  it("on dialysis no kidney score from a blood test is given; the dialysis is said", () => {
    const a = vignette("dialysis-cast-nephropathy-bone-agents");
    expect(a.kidney.dialysis).toBe(true);
    expect(full(a)).not.toContain("Your kidney function score is about");
    expect(full(a)).toContain(EN.summary.dialysis);
    expect(full(a, ES)).toContain(ES.summary.dialysis);
  });

  it("the line being given is the usual plan, not an order (EN and ES)", () => {
    const a = vignette("pathway-drd-week-3");
    expect(handout(a)).toContain("The usual plan is to keep going with your current treatment");
    expect(handout(a)).not.toContain("Keep going with your current treatment");
    expect(handout(a, ES)).toContain("Lo habitual es seguir con su tratamiento actual");
  });
});

describe("c18 handout C14: the stage at diagnosis, or why it cannot be given", () => {
  it("a relapse whose values are dated before the first line: the stage when the myeloma was first found", () => {
    const a = vignette("review-c15-iss-relapse-staged-at-diagnosis");
    expect(a.staging.iss.basis?.from).toBe("before-treatment");
    for (const t of [handout(a), full(a)]) expect(t).toContain(EN.stage.atDiagnosis("1"));
    for (const t of [handout(a, ES), full(a, ES)]) expect(t).toContain(ES.stage.atDiagnosis("1"));
  });

  it("values not dated before the first line: the summary says it cannot give the stage, and who can", () => {
    const a = vignette("pathway-te-dvrd-week-3");
    expect(a.staging.iss.basis?.from).toBe("on-treatment");
    expect(handout(a)).toContain("so this summary cannot give your stage. Your care team can tell you.");
    expect(handout(a)).not.toMatch(/stage \d out of 3/);
  });
});

describe("c18 handout C21: an AL stage on the one-page handout says its scale", () => {
  it("Mayo 2012 stage 4 is 'on a scale that goes up to stage 4' (EN and ES)", () => {
    const a = vignette("al-amyloidosis-stage-iiib");
    expect(a.risk.alMayo2012.stage).toBe(4);
    expect(handout(a)).toContain("Your AL amyloidosis is stage 4, on a scale that goes up to stage 4.");
    expect(handout(a, ES)).toContain("en una escala que llega hasta el estadio 4");
  });
});

describe("c18 handout C19: the bone medicines are one line of alternatives", () => {
  it("zoledronic acid, denosumab and pamidronate: 'one of', the first choice marked (EN and ES)", () => {
    const a = vignette("pathway-drd-week-3");
    const ids = a.options.map((o) => o.id);
    expect(ids).toEqual(
      expect.arrayContaining(["sc.bone.zoledronic-acid", "sc.bone.denosumab", "sc.bone.pamidronate"]),
    );
    const en = handout(a);
    expect(en).toContain(
      "Bone medicine, one of: zoledronic acid (a common first choice), denosumab or pamidronate *",
    );
    expect(en).not.toContain("Bone medicine: denosumab");
    expect(handout(a, ES)).toContain("Medicamento para los huesos, uno de estos: ácido zoledrónico");
  });

  it("one bone medicine alone keeps its own line", () => {
    const a = vignette("dialysis-cast-nephropathy-bone-agents");
    expect(handout(a)).toContain("Bone medicine: denosumab");
    expect(handout(a)).not.toContain("one of:");
  });
});

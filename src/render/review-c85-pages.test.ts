/** Review c85 (engine 0.2.80), the patient page. m1: AL amyloidosis of the heart (Mayo 2004 IIIb, heart failure): the
 * page never named the organs the record lists, nor the heart-medicine caution the clinician sees (treatments.md 6,
 * UNVERIFIED there). m2: sCR on lenalidomide maintenance with dated negative serum and urine immunofixation and MRD
 * negative but no M-protein value: the page said the MRD "can only be read once ... a complete response", the clinician
 * side asked for the immunofixations already recorded (criteria-and-scores.md 6.1-6.3). m3: first relapse with
 * anti-CD38 and teclistamab options, hepatitis B status unknown: the cards said "screen now", the page had no test
 * (treatments.md 5c, 8c). m4: on teclistamab with no count since the start, the fever call twice. m9: Spanish wording. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { readVignette } from "../testing/example-records.js";
import { buildHandout, countWords, HANDOUT_MAX_WORDS, handoutLines, renderHandout } from "./handout.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const page = (r: unknown, w = EN) =>
  flat(renderHandout(assess(r as Parameters<typeof assess>[0]), "text", w));
const words = (r: unknown, w = EN) =>
  countWords(handoutLines(buildHandout(assess(r as Parameters<typeof assess>[0]), w)).join(" "));
const count = (s: string, part: string) => s.split(part).length - 1;
const LANGS = [
  ["EN", EN],
  ["ES", ES],
] as const;

const AL_HEART = "review-c85-al-heart-stage-iiib-three-organs";
const SCR_NO_M_PROTEIN = "review-c85-len-maint-scr-ife-negative-no-m-protein";
const RELAPSE_HBV_UNKNOWN = "review-c85-first-relapse-len-refractory-hbv-unknown";
const TEC_NO_COUNT = "review-c85-teclistamab-week-3-no-count";

describe("c85-m1: AL amyloidosis of the heart: the page names the organs and the heart-medicine caution", () => {
  for (const [lang, w] of LANGS) {
    it(`(${lang}) the heart, kidneys and liver are named, with the caution and its "still being checked"`, () => {
      const p = page(readVignette(AL_HEART), w);
      expect(p).toContain(
        lang === "EN"
          ? "The protein has built up in your heart, kidneys and liver."
          : "La proteína se ha acumulado en el corazón, los riñones y el hígado.",
      );
      expect(p).toContain(flat(w.alHeartMedicines));
      expect(p).toContain(lang === "EN" ? "still being checked" : "todavía se está comprobando");
    });
  }
  it("the caution is the engine's alert (UNVERIFIED in the reference)", () => {
    const al = assess(readVignette(AL_HEART)).alerts.find((x) => x.id === "alert.al-cardiac-drugs");
    expect(al?.verified).toBe(false);
  });
  it("control: kidney involvement only, cardiac markers low: the kidneys named, no heart-medicine line", () => {
    const r = readVignette(AL_HEART);
    r.conditions.amyloidOrgans = ["kidney"];
    r.conditions.heartFailure = false;
    r.labs.ntProBnp.value = 300;
    r.labs.troponinT.value = 0.01;
    for (const [lang, w] of LANGS) {
      const p = page(r, w);
      expect(p).toContain(
        lang === "EN"
          ? "The protein has built up in your kidneys."
          : "La proteína se ha acumulado en los riñones.",
      );
      expect(p).not.toContain(lang === "EN" ? "heart medicine" : "medicamento para el corazón");
    }
  });
  it("control: the nerves said once for both kinds of nerve involvement", () => {
    const r = readVignette(AL_HEART);
    r.conditions.amyloidOrgans = ["heart", "peripheral-nerve", "autonomic-nerve"];
    expect(page(r)).toContain("The protein has built up in your heart and nerves.");
  });
  it("the other AL stage IIIb vignettes say it too, within the word cap", () => {
    for (const name of [
      "review-c10d-al-stage-iiib",
      "review-c48-f2-al-iiib-nyha-iv",
      "review-c23-al-stage-iiib-on-dara-cybord-week-3",
    ])
      for (const [, w] of LANGS) {
        const r = readVignette(name);
        expect(page(r, w), name).toContain(flat(w.alHeartMedicines));
        expect(words(r, w), name).toBeLessThanOrEqual(HANDOUT_MAX_WORDS);
        expect(page(r, w), name).not.toMatch(
          /more options are in the full details|opciones más en los detalles/,
        );
      }
  });
});

describe("re-check c86-m10: AL with the kidneys named and the cardiac stage alone: no 'AL amyloidosis of the heart'", () => {
  it("the page names the kidneys and not the heart-medicine line (EN, ES)", () => {
    const r = readVignette("review-c55-2-al-troponin-61-ng-l-assay-not-recorded");
    const a = assess(r);
    expect(a.alerts.some((x) => x.id === "alert.al-cardiac-drugs")).toBe(true);
    for (const w of [EN, ES]) {
      const t = flat(renderHandout(a, "text", w));
      expect(t).toContain(flat(w.alOrgans(["kidney"])));
      expect(t).not.toContain(flat(w.alHeartMedicines));
    }
  });
});

describe("c85-m2: negative immunofixations and MRD recorded, no M-protein value: what is missing is the baseline", () => {
  const a = assess(readVignette(SCR_NO_M_PROTEIN));
  it("the clinician side does not ask for the immunofixations the series holds with their dates", () => {
    const fields = a.missingData.map((m) => m.field);
    expect(fields).not.toContain("labs.serumImmunofixation");
    expect(fields).not.toContain("labs.urineImmunofixation");
    expect(fields).toContain("series.serumMProtein");
  });
  it("the response is not graded for want of the pre-treatment values (criteria-and-scores.md 6.1), said as such", () => {
    expect(a.response.current).toBeNull();
    expect(a.response.reason).toMatch(/^baseline not known: no pre-treatment value/);
    expect(a.response.reason).toContain("the immunofixations on treatment are graded once it is known");
    expect(a.response.reason).not.toContain("no M-protein or FLC values in the record");
  });
  for (const [lang, w] of LANGS)
    it(`(${lang}) the page does not say the MRD waits for a complete response; the team says what it means`, () => {
      const p = page(readVignette(SCR_NO_M_PROTEIN), w);
      expect(p).not.toContain(flat(w.response.mrdNotYet));
      expect(p).toContain(flat(w.response.mrdNotGraded));
    });
  it("control (r865): with the diagnostic M-protein in the series, a complete response and the MRD result", () => {
    const r = readVignette(SCR_NO_M_PROTEIN);
    r.series.serumMProtein = [
      { date: "2023-12-20", value: 2.8, unit: "g/dL" },
      { date: "2026-11-10", value: 0, unit: "g/dL" },
    ];
    const b = assess(r);
    expect(["CR", "sCR"]).toContain(b.response.current);
    const p = page(r);
    expect(p).toContain("complete response");
    expect(p).not.toContain("Your team will tell you what it means");
  });
  it("control: an undated positive immunofixation the series does not end on is still asked for with its date", () => {
    const r = readVignette(SCR_NO_M_PROTEIN);
    r.labs.serumImmunofixation = "positive";
    expect(assess(r).missingData.map((m) => m.field)).toContain("labs.serumImmunofixation");
  });
});

describe("c85-m3: anti-CD38 or T-cell-redirecting options, hepatitis B not recorded: the page lists the test", () => {
  for (const [lang, w] of LANGS)
    it(`(${lang}) the hepatitis B test heads the care alongside treatment, the page within its cap`, () => {
      const r = readVignette(RELAPSE_HBV_UNKNOWN);
      const doc = buildHandout(assess(r), w);
      const sec = doc.sections.find((s) => s.id === "support");
      const list = sec?.parts.find((p) => p.kind === "list");
      expect(list?.kind === "list" ? list.items[0] : null).toBe(w.optionById["sc.infection.hbv-screening"]);
      expect(words(r, w)).toBeLessThanOrEqual(HANDOUT_MAX_WORDS);
      // The research study and the CAR-T still pass the cut.
      expect(page(r, w)).toMatch(/cilta-cel/);
    });
  it("control: hepatitis B recorded negative: no test on the page", () => {
    const r = readVignette(RELAPSE_HBV_UNKNOWN);
    r.labs.hepatitisBSurfaceAntigen = "negative";
    r.labs.hepatitisBCoreAntibody = "negative";
    expect(page(r)).not.toContain("A blood test for hepatitis B");
  });
  it("control (r852): untreated myeloma with the engine's own screening card lists the test once", () => {
    const r = readVignette("review-c85-ndmm-fit-55-untreated");
    const a = assess(r);
    expect(a.options.map((o) => o.id)).toContain("sc.infection.hbv-screening");
    expect(count(page(r), "A blood test for hepatitis B")).toBe(1);
  });
});

describe("c85-m4: on teclistamab with no count since the start, the fever call once", () => {
  it("(EN) once", () => {
    expect(count(page(readVignette(TEC_NO_COUNT)), "Call your team at once if you get a fever.")).toBe(1);
  });
  it("(ES) once", () => {
    const p = page(readVignette(TEC_NO_COUNT), ES);
    expect(count(p, "si tiene fiebre") + count(p, "Si tiene fiebre, llame")).toBe(1);
  });
  it("control: a count taken since the start: the treatment's own words keep the fever call", () => {
    const r = readVignette(TEC_NO_COUNT);
    r.labs.neutrophils = { value: 2.1, unit: "10^9/L", date: "2026-11-24" };
    const p = page(r);
    expect(p).not.toContain(flat(EN.countSinceStartNeeded));
    expect(count(p, "Call your team at once if you get a fever.")).toBe(1);
  });
});

describe("c85-m9: Spanish wording", () => {
  const p = page(readVignette(TEC_NO_COUNT), ES);
  it("the record is 'historia clínica' throughout, never 'registro'", () => {
    expect(p).not.toMatch(/registro/i);
    expect(p).toContain("Su historia clínica no tiene un recuento");
  });
  it("'Conviene revisar con más detalle', 'somnolencia', the headings", () => {
    expect(p).toContain("Conviene revisar con más detalle algunos resultados.");
    expect(p).not.toContain("Vale la pena mirar mejor");
    expect(p).toContain("somnolencia");
    expect(p).not.toMatch(/\bsueño\b/);
    expect(p).toContain("Qué preguntar");
    expect(p).not.toContain("Preguntas para hacer");
  });
  it("a bispecific is 'Inmunoterapia con ...'; the options heading is 'Opciones para comentar'", () => {
    const q = page(readVignette(RELAPSE_HBV_UNKNOWN), ES);
    expect(q).toContain("Inmunoterapia con teclistamab y daratumumab");
    expect(q).not.toContain("Tratamiento de las defensas");
    expect(q).toContain("Opciones para comentar");
  });
});

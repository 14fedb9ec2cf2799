/** Reviews c91 (/work/review91/review.md, engine 0.2.83) and c90 (/work/review90/review.md): the clinician summary and the
 * patient texts for AL amyloidosis beside myeloma, an AL response below its goal, a protein back after a complete
 * response, and the handout's test, scan, route and pending-treatment words. The records are the reviews' own, copied
 * as vignettes (examples/vignettes/review-c91-*.json, review-c90-*.json). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { ES } from "./words/es.js";

const load = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const oneLine = (t: string) => t.replace(/\s+/g, " ");
const summaryLine = (t: string, label: string) =>
  oneLine(t).match(new RegExp(`- ${label}: (.*?) - [A-Z][a-z]+( [a-z]+)*:`))?.[1] ?? "";
const section = (t: string, from: string, to: string) => {
  const s = oneLine(t);
  const i = s.indexOf(from);
  return i < 0
    ? ""
    : s.slice(i, s.indexOf(to, i + from.length) < 0 ? undefined : s.indexOf(to, i + from.length));
};

const al07 = load("review-c91-al07-with-mm-marrow-65");
const al08 = load("review-c91-al08-with-mm-crab");

describe("c91-M1: the AL stage shown whenever AL amyloidosis is met, myeloma met too", () => {
  for (const [name, a] of [
    ["al07", al07],
    ["al08", al08],
  ] as const) {
    it(`${name}: the summary's stage line and the Staging section carry Mayo 2004 (European) and Mayo 2012`, () => {
      expect(a.diagnosis.category).toBe("multiple-myeloma");
      expect(a.diagnosis.alsoMeets).toContain("al-amyloidosis");
      const t = renderClinicianSummary(a, "text");
      const line = summaryLine(t, "Stage and risk");
      expect(line).toContain("ISS");
      expect(line).toMatch(/Mayo 2004 \(European\) stage (I|II|IIIa|IIIb|not determined)/);
      expect(line).toMatch(/Mayo 2012 stage (I|II|III|IV|not determined)/);
      const staging = section(t, "Staging and risk", "Kidney");
      expect(staging).toContain("AL amyloidosis stage");
      expect(staging).toContain("Mayo 2004 cardiac stage (European modification):");
      expect(staging).toContain("Mayo 2012:");
    });
  }
  it("al07: the stages the engine gives (IIIa, III)", () => {
    expect(al07.risk.alMayo2004.stage).toBe("IIIa");
    expect(al07.risk.alMayo2012.stage).toBe(3);
    const line = summaryLine(renderClinicianSummary(al07, "text"), "Stage and risk");
    expect(line).toContain("Mayo 2004 (European) stage IIIa");
    expect(line).toContain("Mayo 2012 stage III");
  });
});

describe("c91-M2: myeloma with cardiac AL: the handout names the heart and the heart-medicine warning", () => {
  it("EN", () => {
    const t = oneLine(renderHandout(al07, "text"));
    expect(t).toContain("Your results also fit AL amyloidosis.");
    expect(t).toContain("The protein has built up in your heart.");
    expect(t).toContain(
      "Before you start or change a heart medicine, tell the doctor that you have AL amyloidosis",
    );
  });
  it("ES", () => {
    const t = oneLine(renderHandout(al07, "text", ES));
    expect(t).toContain("La proteína se ha acumulado en el corazón.");
    expect(t).toContain("Antes de empezar o cambiar un medicamento para el corazón");
  });
  it("the full summary says it too (EN and ES)", () => {
    const t = oneLine(renderPatientSummary(al07, "text"));
    expect(t).toContain("Your results also fit AL amyloidosis.");
    expect(t).toContain("The protein has built up in your heart.");
    expect(t).toContain("Before you start or change a heart medicine");
    expect(oneLine(renderPatientSummary(al07, "text", ES))).toContain(
      "Antes de empezar o cambiar un medicamento",
    );
  });
});

describe("c91-M7: the full summary keeps the organ sentences and the heart-medicine warning", () => {
  it("al02 (cardiac stage IIIb): heart and heart medicines, EN and ES", () => {
    const a = load("review-c91-al02-iiib-nyha-iiib");
    const en = oneLine(renderPatientSummary(a, "text"));
    expect(en).toContain("The protein has built up in your heart.");
    expect(en).toContain(
      "Before you start or change a heart medicine, tell the doctor that you have AL amyloidosis of the heart.",
    );
    const es = oneLine(renderPatientSummary(a, "text", ES));
    expect(es).toContain("La proteína se ha acumulado en el corazón.");
    expect(es).toContain("Antes de empezar o cambiar un medicamento para el corazón");
  });
  it("al01: the kidneys", () => {
    const a = load("review-c91-al01-stage-ii-te-candidate");
    const std = oneLine(renderHandout(a, "text"));
    const organs = std.match(/The protein has built up in your [a-z ,]+\./)?.[0];
    expect(organs).toContain("kidneys");
    expect(oneLine(renderPatientSummary(a, "text"))).toContain(organs);
  });
});

describe("c91-M3: an AL partial response below the VGPR goal is not 'a good response'", () => {
  const a = load("review-c91-al05-dvcd-cycle6-pr-only");
  it("the engine raises the below-VGPR alert", () => {
    expect(a.alerts.map((x) => x.id)).toContain("alert.al.below-vgpr-on-line");
  });
  it("EN handout and full summary: lowered, not as far as the goal, the team will talk about a change", () => {
    for (const t of [renderHandout(a, "text"), renderPatientSummary(a, "text")].map(oneLine)) {
      expect(t).not.toContain("show a good response");
      expect(t).toContain("Your treatment has lowered the light chain, but not as far as the goal");
      expect(t).toContain("Your care team will talk with you about a change of treatment.");
    }
  });
  it("ES", () => {
    for (const t of [renderHandout(a, "text", ES), renderPatientSummary(a, "text", ES)].map(oneLine)) {
      expect(t).toContain("Su tratamiento ha bajado la cadena ligera, pero no tanto como la meta");
      expect(t).not.toMatch(/muestran una buena respuesta/);
    }
  });
});

describe("c90-m2: the protein back after a recorded complete response is said to be watched", () => {
  const a = load("review-c90-r21-m-protein-reappears-from-cr-not-pd");
  it("EN handout and full summary: not 'a good response' alone", () => {
    for (const t of [renderHandout(a, "text"), renderPatientSummary(a, "text")].map(oneLine)) {
      expect(t).not.toContain("Your latest results show a good response.");
      expect(t).toContain("Your records show a complete response earlier on this treatment.");
      expect(t).toContain("Your care team is keeping a close watch on it.");
    }
  });
  it("ES", () => {
    const t = oneLine(renderHandout(a, "text", ES));
    expect(t).toContain("Su historia muestra una respuesta completa antes con este tratamiento.");
  });
});

describe("c91-m2: the missing MRI named, not 'a scan of the bones' after a whole-body CT", () => {
  const a = load("review-c91-smm04-high-no-mri");
  it("full summary (EN, ES)", () => {
    const t = oneLine(renderPatientSummary(a, "text"));
    expect(t).not.toContain("We do not have a scan of the bones.");
    expect(t).toContain("We do not have an MRI scan");
    expect(oneLine(renderPatientSummary(a, "text", ES))).toContain("resonancia magnética");
  });
  it("handout (EN, ES)", () => {
    const t = oneLine(renderHandout(a, "text"));
    expect(t).not.toContain("A scan of the bones shows if any bone is harmed.");
    expect(t).toContain("An MRI scan can find small spots in the bone marrow");
    expect(oneLine(renderHandout(a, "text", ES))).toContain("resonancia magnética");
  });
});

describe("c91-m4, c90-m5: one drug's route only", () => {
  it("teclistamab: a shot under the skin, never 'a pill, a shot or a drip'", () => {
    const a = load("review-c90-r13-on-teclistamab-week-20-vgpr-igg-300");
    const t = oneLine(renderPatientSummary(a, "text"));
    expect(t).not.toContain("a pill, a shot or a drip");
    expect(t).toContain("It is given as a shot under the skin.");
    const es = oneLine(renderPatientSummary(a, "text", ES));
    expect(es).not.toContain("en pastillas, en inyecciones o por la vena");
    expect(es).toContain("inyección debajo de la piel");
  });
  it("smm02, smm04: the generic route is gone; the drug's own route stays", () => {
    for (const name of ["review-c91-smm02-high-risk-t414", "review-c91-smm04-high-no-mri"]) {
      const t = oneLine(renderPatientSummary(load(name), "text"));
      expect(t).not.toContain("a pill, a shot or a drip");
      expect(t).toMatch(/This drug is a shot under the skin\.|This is one pill taken by mouth\./);
    }
  });
});

describe("c91-m5: the missing test named for what it is", () => {
  it("al11 (protein known, 24-hour urine missing): the 24-hour urine test, not 'if there is an abnormal protein'", () => {
    const a = load("review-c91-al11-congo-red-untyped-78-heart");
    const t = oneLine(renderHandout(a, "text"));
    expect(t).not.toContain("shows if there is an abnormal protein");
    expect(t).toContain("A urine test over 24 hours shows if the abnormal protein is in the urine too.");
    expect(oneLine(renderHandout(a, "text", ES))).toContain(
      "Una prueba de orina de 24 horas muestra si la proteína anormal",
    );
  });
  it("mgus01 (low-risk MGUS): left out, as the clinician side says not needed at diagnosis", () => {
    const a = load("review-c91-mgus01-igg-low-risk-6mo");
    for (const t of [renderHandout(a, "text"), renderHandout(a, "text", ES)].map(oneLine)) {
      expect(t).not.toContain("shows if there is an abnormal protein");
      expect(t).not.toContain("24 hours");
      expect(t).not.toContain("24 horas");
    }
  });
});

describe("c90-m4: a treatment waiting for a decision is not 'a research study'", () => {
  for (const name of [
    "review-c90-r02-vrd-asct-r-clinical-relapse-hypercalcaemia-lesions",
    "review-c90-r05-dvrd-asct-dr-maint-triple-exposed",
  ]) {
    it(name, () => {
      const a = load(name);
      expect(a.options.some((o) => o.id === "rr.iberdomide-dara-dex")).toBe(true);
      const en = oneLine(renderHandout(a, "text"));
      expect(en).not.toContain("A research study of a 3-drug treatment with iberdomide");
      expect(en).toContain("3-drug treatment with iberdomide: not approved, decision pending");
      const es = oneLine(renderHandout(a, "text", ES));
      expect(es).not.toContain(
        "Un estudio de investigación de un tratamiento con 3 medicamentos, entre ellos iberdomida",
      );
      expect(es).toContain("Tratamiento de 3 medicamentos con iberdomida: no aprobado, decisión pendiente");
    });
  }
});

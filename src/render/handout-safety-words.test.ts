/** Reviewer vignettes (round c6), each failing on main 91d6bba: the words around a dose change on the line
 * being given, a critical alert's urgency, a pending CAR-T and the extramedullary plasmacytoma operation,
 * in English and Spanish, in the handout, the full patient summary and the clinician summary.
 * Source of every expectation: shared/clinical-reference/treatments.md 1, 7b and 10. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { shownOption as opt } from "../testing/options.js";
import { renderClinicianSummary } from "./clinician.js";
import { buildHandout, handoutLines, renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const section = (a: Assessment, id: string, w: HandoutWords = EN) => {
  const doc = buildHandout(a, w);
  return handoutLines({ ...doc, title: "", notice: "", sections: doc.sections.filter((s) => s.id === id) })
    .filter((l) => l !== "")
    .join(" ");
};
const handout = (a: Assessment, w: HandoutWords = EN) => flat(renderHandout(a, "text", w));
const full = (a: Assessment, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));
const clinician = (a: Assessment) => flat(renderClinicianSummary(a, "text"));

describe("1. VRd in week 3 with painful grade 2 neuropathy: the line goes on with the bortezomib hold", () => {
  const a = vignette("handout-vrd-week-3-painful-neuropathy");

  it("the engine holds bortezomib (critical alert) and offers to continue the line", () => {
    expect(a.alerts.map((x) => `${x.severity} ${x.id}`)).toContain("critical bortezomib.neuropathy.hold");
    expect(opt(a, "pathway.continue-current-line").regimen?.drugs).toContain("bortezomib");
  });

  it("handout: no 'keep going' instruction; the team may pause bortezomib because of the nerves (en, es)", () => {
    // Before: "Keep going with your current treatment: 3-drug treatment with bortezomib (VRd)."
    const next = section(a, "next");
    expect(next).not.toMatch(/Keep going/i);
    expect(next).toContain("Your current treatment is 3-drug treatment with bortezomib (VRd).");
    expect(next).toMatch(/Because of the nerve pain or numbness, your team may pause bortezomib/);
    // No order about the drugs; the pregnancy words of a lenalidomide line (treatments.md 7a) are said here since
    // c10a and are no such order. Review c89-m3: this patient is a man, so they are the words for a man.
    expect(next).toContain(EN.optionsPregnancyMale);
    expect(next.replace(EN.optionsPregnancyMale, "")).not.toMatch(/\b(must|stop taking)\b/i);
    const es = section(a, "next", ES);
    expect(es).not.toMatch(/Siga con/);
    expect(es).toContain("Ahora recibe un tratamiento con 3 medicamentos, entre ellos bortezomib (VRd).");
    expect(es).toMatch(/su equipo médico puede pausar el medicamento bortezomib/);
  });

  it("full patient summary: the option to continue names the change too (en, es)", () => {
    expect(full(a)).toMatch(/your team may pause bortezomib for a while, then give less of it/);
    expect(full(a, ES)).toMatch(/puede pausar el medicamento bortezomib/);
    expect(full(a)).not.toContain("Keep going with the treatment you have now");
  });

  it("clinician: the continue-the-line option says it goes on with the hold the alert gives", () => {
    // Before: "Continue the line of therapy being given, and assess its response (standard)", with no hold.
    expect(clinician(a)).toMatch(
      /Continue the line of therapy being given[^(]*, with the bortezomib hold the critical alert gives \(standard\)/,
    );
  });

  it("grade 2, pain not recorded (reduce or hold both open): one sentence for bortezomib, both for the clinician", () => {
    const rec = JSON.parse(
      readFileSync(
        new URL("../../examples/vignettes/handout-vrd-week-3-painful-neuropathy.json", import.meta.url),
        "utf8",
      ),
    );
    delete rec.conditions.neuropathyPainful;
    const u = assess(rec);
    const ids = u.alerts.map((x) => x.id);
    expect(ids).toEqual(
      expect.arrayContaining(["bortezomib.neuropathy.reduce", "bortezomib.neuropathy.hold"]),
    );
    const next = section(u, "next");
    expect(next.split("bortezomib for a while").length - 1).toBe(1);
    expect(next).not.toContain("give you less bortezomib");
    expect(clinician(u)).toContain("with the bortezomib hold and bortezomib dose reduction the alerts give");
  });

  it("without a dose change the words stay as they were (VRd in week 3, no neuropathy)", () => {
    const plain = vignette("pathway-te-dvrd-week-3");
    expect(plain.alerts.some((x) => x.id.startsWith("bortezomib.neuropathy."))).toBe(false);
    expect(section(plain, "next")).toContain(
      "The usual plan is to keep going with your current treatment: 4-drug treatment",
    );
    expect(clinician(plain)).not.toContain("the critical alert gives");
  });
});

describe("2. a critical alert says to contact the care team today, plainly (en, es)", () => {
  const a = vignette("handout-hypercalcaemia-kidney-critical");

  it("calcium 13 mg/dL, creatinine 3 mg/dL: critical hypercalcaemia alert", () => {
    expect(a.alerts.find((x) => x.id === "alert.hypercalcemia")?.severity).toBe("critical");
  });

  it("the handout and the full summary say today, not soon", () => {
    // Before: "Some results need a quick look. Please contact your care team soon."
    // The one-page says it first, in its own section, as the full summary does (review c20 handout 9).
    for (const t of [section(a, "urgent"), full(a)]) {
      expect(t).toContain("Please contact your care team today about some of your results.");
      expect(t).not.toMatch(/contact (your care team|them) soon/);
    }
    for (const t of [section(a, "urgent", ES), full(a, ES)]) {
      expect(t).toContain("Por favor, llame hoy a su equipo médico por algunos de sus resultados.");
      expect(t).not.toMatch(/pronto a su equipo/);
    }
    // Plain, not frightening.
    expect(handout(a)).not.toMatch(/emergency|danger|immediately|right now/i);
  });

  it("warnings only: no 'today' (a transplant decision still open is not urgent)", () => {
    const w = vignette("pathway-ndmm-candidacy-undecided");
    expect(w.alerts.some((x) => x.severity === "critical")).toBe(false);
    expect(handout(w)).not.toContain("today");
    expect(full(w)).not.toContain("today");
  });
});

describe("3a. lenalidomide's pregnancy-prevention programme carries its own (verified) status", () => {
  const a = vignette("handout-smm-woman-32-lenalidomide");
  const len = opt(a, "smm.high-risk.lenalidomide");

  it("the pregnancy caution is not tagged UNVERIFIED; the clot-prevention one still is", () => {
    // Before: one caution "... Teratogen: pregnancy-prevention programme (REMS). (UNVERIFIED ...)".
    const pregnancy = len.cautions.filter((c) => /pregnancy-prevention/.test(c));
    expect(pregnancy).toEqual(["Lenalidomide: teratogen; pregnancy-prevention programme (REMS)."]);
    const vte = len.cautions.filter((c) => /thromboprophylaxis/.test(c));
    expect(vte).toHaveLength(1);
    expect(vte[0]).toContain("UNVERIFIED");
    expect(vte[0]).not.toMatch(/pregnan|teratogen/i);
  });

  it("the patient summary still asks about pregnancy and birth control (en, es)", () => {
    expect(full(a)).toContain("Pregnancy and birth control (a safety program checks this).");
    expect(full(a, ES)).toMatch(/embarazo y los métodos para evitarlo/i);
  });
});

describe("3b. anito-cel (FDA decision pending, strength trial) says research study, not approved when last checked", () => {
  const a = vignette("handout-penta-refractory-anito-cel-pending");

  it("the short list marks it in both languages; approved CAR-T are not marked", () => {
    // Before: "CAR-T cell therapy with anito-cel" with no mark.
    const options = section(a, "options");
    expect(options).toContain(
      // Not "not approved yet": the decision may have come since (review c20 handout 13).
      "CAR-T cell therapy with anito-cel – only in a research study; not approved when last checked",
    );
    expect(options).not.toMatch(/cilta-cel – [^–]*not approved/);
    expect(section(a, "options", ES)).toContain(
      "anito-cel – solo en un estudio de investigación; sin aprobar en la última revisión",
    );
  });
});

describe("3c. extramedullary plasmacytoma: an operation is followed by radiation, and is not about bone", () => {
  const a = vignette("handout-sep-head-neck-excision");

  it("the short list says 'then radiation' (en, es)", () => {
    // Before: "An operation to take out the lump".
    expect(section(a, "options")).toContain("An operation to take out the lump, then radiation");
    expect(section(a, "options", ES)).toContain("Una operación para quitar el bulto y después radiación");
  });

  it("the full summary does not speak of a weak bone for a soft-tissue lump (en, es)", () => {
    expect(full(a)).not.toMatch(/weak bone/i);
    expect(full(a)).toContain(
      "What it is: An operation to take out the lump. Radiation to the same spot follows.",
    );
    expect(full(a, ES)).not.toMatch(/hueso débil/i);
  });
});

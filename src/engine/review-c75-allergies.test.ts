/** Re-check c75 (report /work/review75/review.md) of the drug allergies added for c74-M3:
 * - c75-W2 (r739): a sulfonamide allergy on teclistamab: the PJP card withholds TMP-SMX (treatments.md 5c, 8c), but the
 *   handout named co-trimoxazole, "a usual choice". Now the handouts name atovaquone or pentamidine in its place.
 * - c75-M3 (r641, r741, r740): no allergy was read across lenalidomide, thalidomide and pomalidomide. The reference is
 *   silent on cross-reactivity, so a severe reaction (criticality high, or SJS/TEN) to one of them puts every option
 *   giving another to the team: a caution saying the reference does not address it, at most "consider" (the project's
 *   cautious reading, unverified), never listed above options it was below. Handouts and the CDS summary mark them.
 * - c75-M4 (r738): SJS on lenalidomide while on DRd: the handout said "The usual plan is to keep going"; now it asks the
 *   patient to call the care team before the next dose. */
import { describe, expect, it } from "vitest";
import { assessmentToCards } from "../fhir/cards.js";
import { toFacts } from "../model/facts.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const ids = (a: ReturnType<typeof assess>) => a.options.map((o) => o.id);
const RELATED = (drug: string) =>
  `Severe reaction to a related drug (${drug}) recorded: cross-reactivity between thalidomide, lenalidomide and pomalidomide is not addressed by the clinical reference: decide with the team`;
const cards = (a: ReturnType<typeof assess>) =>
  assessmentToCards(a, { appBaseUrl: "https://mmnav.example.org", patientId: "p1", seed: "c75" });

describe("review c75-W2: a sulfonamide allergy on teclistamab (PJP prophylaxis, treatments.md 5c and 8c)", () => {
  const base = readVignette("review-c75-teclistamab-sulfa-allergy");
  const a = assess(base);
  const EN_LINE =
    "Medicine to prevent a lung infection: atovaquone or pentamidine (not co-trimoxazole, because of your sulfa allergy)";
  const ES_LINE =
    "Medicamento para prevenir una infección del pulmón: atovacuona o pentamidina (no cotrimoxazol, por su alergia a las sulfamidas)";

  it("the clinician card is unchanged: standard, TMP-SMX not given, atovaquone or pentamidine in its place", () => {
    const o = option(a, "sc.infection.pjp");
    expect(o?.strength).toBe("standard");
    expect(o?.cautions[0]).toMatch(/TMP-SMX is not given; atovaquone or pentamidine in its place/);
  });
  it("the short handout names atovaquone or pentamidine, never co-trimoxazole as the medicine (EN, ES)", () => {
    const en = renderHandout(a, "text");
    expect(en.replace(/\s+/g, " ")).toContain(EN_LINE);
    expect(en).not.toContain("Antibiotic to prevent infections: co-trimoxazole");
    const es = renderHandout(a, "text", ES);
    expect(es.replace(/\s+/g, " ")).toContain(ES_LINE);
    expect(es).not.toContain("Antibiótico para prevenir infecciones: cotrimoxazol");
  });
  it("the full handout: no 'usual choice' for trimethoprim-sulfamethoxazole (EN, ES)", () => {
    const en = renderPatientSummary(a, "text").replace(/\s+/g, " ");
    expect(en).toContain(EN_LINE);
    expect(en).not.toContain("The medicine is trimethoprim-sulfamethoxazole.");
    expect(en).not.toMatch(/co-trimoxazole: – The medicine/);
    const es = renderPatientSummary(a, "text", ES).replace(/\s+/g, " ");
    expect(es).toContain(ES_LINE);
    expect(es).not.toContain("El medicamento es trimetoprima-sulfametoxazol.");
  });
  it("an allergy recorded as co-trimoxazole itself: the same medicines, its own reason", () => {
    const x = assess({ ...base, allergies: [{ substance: "co-trimoxazole", criticality: "high" }] });
    const en = renderHandout(x, "text").replace(/\s+/g, " ");
    expect(en).toContain(
      "Medicine to prevent a lung infection: atovaquone or pentamidine (not co-trimoxazole, because of your allergy to it)",
    );
  });
  it("control: no allergy, co-trimoxazole as before", () => {
    const { allergies: _, ...without } = base;
    const en = renderHandout(assess(without), "text");
    expect(en).toContain("Antibiotic to prevent infections: co-trimoxazole");
    expect(en).not.toMatch(/atovaquone/);
  });
});

describe("review c75-M3: a severe reaction to one IMiD puts the options giving another to the team", () => {
  it("r641 (SJS on lenalidomide): D-VTd is consider with the related-drug caution, listed after D-VRd, Isa-VRd, VRd", () => {
    const a = assess(readVignette("review-c74-lenalidomide-sjs-allergy"));
    const o = option(a, "ndmm.te.d-vtd");
    expect(o?.strength).toBe("consider");
    expect(o?.cautions[0]).toContain(RELATED("lenalidomide"));
    expect(o?.relatedAllergies).toEqual(["lenalidomide"]);
    expect(o?.allergies).toBeUndefined();
    // Never promoted above the options it was below (D-VRd, Isa-VRd preferred, VRd standard without the allergy).
    const order = ids(a);
    for (const above of ["ndmm.te.d-vrd", "ndmm.te.isa-vrd"])
      expect(order.indexOf(above), above).toBeLessThan(order.indexOf("ndmm.te.d-vtd"));
    // The reference and the fast path agree; codes-only gives the same list.
    const facts = toFacts(readVignette("review-c74-lenalidomide-sjs-allergy"));
    const reference = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
    expect(JSON.stringify(reference)).toBe(JSON.stringify(assessFactsWith(facts, {}, {})));
    const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
    expect(codes.options.map((x) => `${x.id}:${x.strength}`)).toEqual(
      a.options.map((x) => `${x.id}:${x.strength}`),
    );
  });
  it("r741 (SJS on thalidomide, 2019): lenalidomide regimens and maintenance are consider with the caution", () => {
    const a = assess(readVignette("review-c75-thalidomide-sjs-allergy"));
    for (const id of ["ndmm.te.d-vrd", "ndmm.te.isa-vrd", "ndmm.vrd", "ndmm.te.krd", "maint.lenalidomide"]) {
      const o = option(a, id);
      expect(o?.strength, id).toBe("consider");
      expect(o?.cautions[0], id).toContain(RELATED("thalidomide"));
      expect(o?.relatedAllergies, id).toEqual(["thalidomide"]);
    }
    // D-VTd holds the allergen itself: its own caution, not the related one.
    expect(option(a, "ndmm.te.d-vtd")?.allergies).toEqual(["thalidomide"]);
    expect(option(a, "ndmm.te.d-vtd")?.relatedAllergies).toBeUndefined();
    // The order without the allergy kept (D-VRd, Isa-VRd preferred; D-VTd, VRd standard; KRd consider): all consider
    // now, none listed above one it was below.
    const order = ids(a).filter((id) => /^ndmm\.(te\.)?(d-vrd|isa-vrd|vrd|d-vtd|krd)$/.test(id));
    expect(order).toEqual(["ndmm.te.d-vrd", "ndmm.te.isa-vrd", "ndmm.te.d-vtd", "ndmm.vrd", "ndmm.te.krd"]);
  });
  it("the handout marks each option with the allergen or a related drug (EN, ES)", () => {
    const a = assess(readVignette("review-c74-lenalidomide-sjs-allergy"));
    const en = renderHandout(a, "text").replace(/\s+/g, " ");
    expect(en).toMatch(/\(D-VTd\)[^\n]*– [^\n]*a medicine related to one you had a serious allergy to/);
    expect(en).toMatch(/\(D-VRd\)[^\n]*contains lenalidomide, to which your records show an allergy/);
    const es = renderHandout(a, "text", ES).replace(/\s+/g, " ");
    expect(es).toContain("un medicamento parecido a uno al que tuvo una alergia grave");
    expect(es).toContain("contiene lenalidomida: su historia clínica indica una alergia a este medicamento");
    const full = renderPatientSummary(a, "text").replace(/\s+/g, " ");
    expect(full).toContain("Contains a medicine related to one you had a serious allergy to.");
    expect(full).toContain("Contains lenalidomide, to which your records show an allergy.");
    expect(renderPatientSummary(a, "text", ES).replace(/\s+/g, " ")).toContain(
      "un medicamento parecido a uno al que tuvo una alergia grave",
    );
  });
  it("the CDS options card summary marks the allergy options, as it marks a neuropathy caution", () => {
    const a = assess(readVignette("review-c74-lenalidomide-sjs-allergy"));
    const summary = cards(a).find((c) => c.summary.startsWith("Systemic therapy options"))?.summary ?? "";
    // Every option held back for it: the names under the marker.
    expect(summary).toBe(
      "Systemic therapy options to discuss: D-VRd, Isa-VRd, D-VTd, VRd, KRd (allergy caution)",
    );
    // r740 (lenalidomide, criticality not known): D-VTd not held back, the others after it under the marker.
    const r740 = cards(assess(readVignette("review-c75-lenalidomide-allergy-not-severe")));
    expect(r740.find((c) => c.summary.startsWith("Systemic therapy options"))?.summary).toBe(
      "Systemic therapy options to discuss: D-VTd (allergy caution: D-VRd, Isa-VRd, VRd, KRd)",
    );
  });
  it("control r740 (its lenalidomide allergy, criticality unable-to-assess, no reaction): D-VTd is not touched", () => {
    const a = assess(readVignette("review-c75-lenalidomide-allergy-not-severe"));
    expect(option(a, "ndmm.vrd")?.allergies).toEqual(["lenalidomide"]);
    const o = option(a, "ndmm.te.d-vtd");
    expect(o?.strength).toBe("standard");
    expect(o?.relatedAllergies).toBeUndefined();
    expect(o?.cautions.join(" ")).not.toMatch(/allerg|related drug/i);
    expect(renderHandout(a, "text")).not.toMatch(/related to one you had/);
  });
  it("control: a severe allergy to a drug of another class (bortezomib) is not read across", () => {
    const r = readVignette("review-c75-thalidomide-sjs-allergy");
    const a = assess({ ...r, allergies: [{ substance: "bortezomib", criticality: "high" }] });
    expect(option(a, "ndmm.te.krd")?.relatedAllergies).toBeUndefined();
    expect(option(a, "maint.lenalidomide")?.strength).toBe("standard");
  });
});

describe("review c75-M4: SJS on lenalidomide while DRd is given", () => {
  const a = assess(readVignette("review-c75-drd-lenalidomide-sjs"));
  it("the handout asks to call the team before the next dose, never 'the usual plan' (EN, ES)", () => {
    expect(a.alerts.map((x) => x.id)).toContain("allergy.line-being-given");
    for (const text of [renderHandout(a, "text"), renderPatientSummary(a, "text")]) {
      const flat = text.replace(/\s+/g, " ");
      expect(flat).toContain(
        "Your records show a serious allergy to lenalidomide, one of your current medicines. Please call your care team before your next dose.",
      );
      expect(flat).not.toContain("The usual plan is to keep going");
    }
    const es = renderHandout(a, "text", ES).replace(/\s+/g, " ");
    expect(es).toContain(
      "Su historia clínica indica una alergia grave a lenalidomida, uno de sus medicamentos actuales. Llame a su equipo médico antes de su próxima dosis.",
    );
    expect(es).not.toContain("Lo habitual es seguir con su tratamiento actual");
  });
  it("control r737: a low-criticality rash on lenalidomide raises no warning, no call-before-the-next-dose words", () => {
    const r = readVignette("review-c75-drd-lenalidomide-sjs");
    const x = assess({
      ...r,
      allergies: [{ substance: "lenalidomide", criticality: "low", reaction: "rash" }],
    });
    expect(x.alerts.map((y) => y.id)).not.toContain("allergy.line-being-given");
    expect(renderHandout(x, "text")).not.toMatch(/before your next dose/);
  });
});

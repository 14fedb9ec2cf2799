/** Review c74-M3 (report /work/review74/review.md; records r641-allergy-lenalidomide-sjs, hook-641-allergy): a
 * lenalidomide allergy with Stevens-Johnson syndrome (criticality high) left lenalidomide regimens "preferred" with no
 * trace, since the PatientRecord had no place for allergies. Now `allergies[]`: every option giving a drug the record
 * lists as an allergy is at most "consider" with a caution naming it (the reference gives no rule for re-challenge);
 * a high-criticality or SJS/TEN allergy to a drug of the line being given raises a warning; a sulfonamide allergy
 * names atovaquone or pentamidine in place of TMP-SMX on the PJP card (treatments.md 5c, 8c). No cross-reactivity is
 * invented (lenalidomide and thalidomide or pomalidomide: the reference is silent). */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const LEN_SJS = { substance: "lenalidomide", criticality: "high", reaction: "Stevens-Johnson syndrome" };
const strengths = (a: ReturnType<typeof assess>) =>
  Object.fromEntries(a.options.map((o) => [o.id, o.strength]));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);

describe("review c74-M3: a lenalidomide allergy (SJS, criticality high) before first-line therapy", () => {
  const base = readVignette("review-c74-lenalidomide-sjs-allergy");
  const a = assess(base);

  it("every lenalidomide option is at most consider, with the allergy named (criticality and reaction)", () => {
    for (const id of ["ndmm.te.d-vrd", "ndmm.te.isa-vrd", "ndmm.vrd", "maint.lenalidomide"]) {
      const o = option(a, id);
      expect(o?.strength, id).toBe("consider");
      expect(o?.cautions[0], id).toBe(
        "Allergy to lenalidomide recorded (criticality high; Stevens-Johnson syndrome): an option giving it needs the team's review; the clinical reference gives no rule for re-challenge.",
      );
      expect(o?.allergies, id).toEqual(["lenalidomide"]);
    }
  });
  it("D-VTd (thalidomide) is not read as the allergen; since review c75-M3 its related-drug caution says the reference is silent", () => {
    const o = option(a, "ndmm.te.d-vtd");
    expect(o?.strength).toBe("consider");
    expect(o?.cautions[0]).toMatch(
      /^Severe reaction to a related drug \(lenalidomide\) recorded: cross-reactivity/,
    );
    expect(o?.allergies).toBeUndefined();
  });
  it("untreated: no alert (no line is being given); codes-only and the reference evaluation agree", () => {
    expect(a.alerts.map((x) => x.id)).not.toContain("allergy.line-being-given");
    const facts = toFacts(base);
    const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
    expect(codes.options.map((o) => `${o.id}:${o.strength}`)).toEqual(
      a.options.map((o) => `${o.id}:${o.strength}`),
    );
    const reference = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
    expect(JSON.stringify(reference)).toBe(JSON.stringify(assessFactsWith(facts, {}, {})));
  });
  it("the handout says it in one plain sentence (EN, ES), once", () => {
    const en = renderHandout(a, "text");
    expect(en).toContain(
      "Your records show an allergy to lenalidomide. Your team will take this into account.",
    );
    expect(en.split("Your records show an allergy").length - 1).toBe(1);
    expect(renderHandout(a, "text", ES)).toContain(
      "Su historia clínica indica una alergia a lenalidomida. Su equipo lo tendrá en cuenta.",
    );
    expect(renderPatientSummary(a, "text")).toContain("Your records show an allergy to lenalidomide.");
  });
  it("control: the same patient with no allergy recorded is unchanged (D-VRd preferred, no allergy words)", () => {
    const { allergies: _, ...without } = base;
    without.id = "control";
    const plain = assess(without);
    expect(strengths(plain)["ndmm.te.d-vrd"]).toBe("preferred");
    expect(strengths(plain)["maint.lenalidomide"]).toBe("standard");
    expect(JSON.stringify(plain)).not.toMatch(/allerg/i);
    expect(renderHandout(plain, "text")).not.toMatch(/allerg/i);
  });
  it("a low-criticality allergy with no reaction recorded still caps the option, in fewer words", () => {
    const o = option(
      assess({ ...base, allergies: [{ substance: "lenalidomide", criticality: "low" }] }),
      "ndmm.vrd",
    );
    expect(o?.strength).toBe("consider");
    expect(o?.cautions[0]).toMatch(
      /^Allergy to lenalidomide recorded \(criticality low\): an option giving it/,
    );
  });
  it("a brand name is read as its generic drug (Revlimid is lenalidomide)", () => {
    const o = option(assess({ ...base, allergies: [{ substance: "revlimid" }] }), "ndmm.vrd");
    expect(o?.strength).toBe("consider");
    expect(o?.cautions[0]).toMatch(/^Allergy to lenalidomide recorded:/);
  });
  it("a substance the navigator does not know is said (information), never silently dropped", () => {
    const x = assess({ ...base, allergies: [{ substance: "lenalidomid" }] });
    expect(strengths(x)["ndmm.te.d-vrd"]).toBe("preferred");
    const alert = x.alerts.find((y) => y.id === "allergy.substance-not-known");
    expect(alert?.severity).toBe("info");
    expect(alert?.text).toContain('"lenalidomid"');
  });
});

describe("review c74-M3: an allergy to a drug of the line being given", () => {
  it("on DRd with a lenalidomide SJS allergy: a warning alert, and continuing is at most consider", () => {
    const r = { ...readVignette("pathway-drd-week-3"), allergies: [LEN_SJS] };
    const a = assess(r);
    const alert = a.alerts.find((x) => x.id === "allergy.line-being-given");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toContain("lenalidomide");
    expect(alert?.text).toContain("Stevens-Johnson syndrome");
    expect(option(a, "pathway.continue-current-line")?.strength).toBe("consider");
  });
  it("lenalidomide maintenance with a toxic epidermal necrolysis reaction (no criticality): the warning too", () => {
    const r = readVignette("post-asct-maintenance");
    r.treatmentHistory.push({
      regimen: "R maintenance",
      drugs: ["lenalidomide"],
      start: "2026-08-20",
      phase: "maintenance",
      plannedWithPrevious: true,
    });
    r.allergies = [{ substance: "lenalidomide", reaction: "toxic epidermal necrolysis" }];
    const a = assess(r);
    expect(a.alerts.find((x) => x.id === "allergy.line-being-given")?.severity).toBe("warning");
  });
  it("control: a low-criticality rash to the line's drug caps its options but raises no alert", () => {
    const r = {
      ...readVignette("pathway-drd-week-3"),
      allergies: [{ substance: "lenalidomide", criticality: "low", reaction: "rash" }],
    };
    const a = assess(r);
    expect(a.alerts.map((x) => x.id)).not.toContain("allergy.line-being-given");
    expect(option(a, "pathway.continue-current-line")?.strength).toBe("consider");
  });
  it("control: an allergy to a drug not given now raises no alert", () => {
    const r = {
      ...readVignette("pathway-drd-week-3"),
      allergies: [{ substance: "bortezomib", criticality: "high" }],
    };
    expect(assess(r).alerts.map((x) => x.id)).not.toContain("allergy.line-being-given");
  });
});

describe("review c74-M3: a sulfonamide allergy after CAR-T (PJP prophylaxis, treatments.md 5c and 8c)", () => {
  const base = readVignette("pathway-after-cilta-cel-cr-no-maintenance");
  it("the PJP card names atovaquone or pentamidine in place of TMP-SMX and keeps its strength", () => {
    const a = assess({
      ...base,
      allergies: [{ substance: "sulfonamides", criticality: "high", reaction: "urticaria" }],
    });
    const o = option(a, "sc.infection.pjp");
    expect(o?.strength).toBe("standard");
    expect(o?.cautions[0]).toBe(
      "Allergy to sulfonamides recorded (criticality high; urticaria): TMP-SMX is not given; atovaquone or pentamidine in its place (treatments.md 5c: TMP-SMX; atovaquone/pentamidine if allergic).",
    );
    expect(o?.allergies).toEqual(["sulfonamides"]);
  });
  it("an allergy recorded as trimethoprim-sulfamethoxazole reads the same", () => {
    const o = option(
      assess({ ...base, allergies: [{ substance: "trimethoprim-sulfamethoxazole" }] }),
      "sc.infection.pjp",
    );
    expect(o?.cautions[0]).toMatch(/atovaquone or pentamidine in its place/);
  });
  it("control: no allergy, the PJP card as before", () => {
    const o = option(assess(base), "sc.infection.pjp");
    expect(o?.strength).toBe("standard");
    expect(o?.cautions.join(" ")).not.toMatch(/atovaquone|allerg/i);
  });
});

describe("review c74-M3: the record contract", () => {
  it("refuses a substance that is not a lower-case name, and a criticality outside FHIR's", () => {
    const base = readVignette("review-c74-lenalidomide-sjs-allergy");
    expect(() => assess({ ...base, allergies: [{ substance: "Lenalidomide" }] })).toThrow(
      /allergies\.0\.substance/,
    );
    expect(() =>
      assess({ ...base, allergies: [{ substance: "lenalidomide", criticality: "severe" }] }),
    ).toThrow(/allergies\.0\.criticality/);
  });
  it("refuses an allergy dated after asOf", () => {
    const base = readVignette("review-c74-lenalidomide-sjs-allergy");
    expect(() => assess({ ...base, allergies: [{ substance: "lenalidomide", date: "2026-12-02" }] })).toThrow(
      /allergies\.0\.date/,
    );
  });
});

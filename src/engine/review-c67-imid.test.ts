/** Review c67 (/work/review67/review.md), the thalidomide-family drugs (IMiDs): U2, m1, m2. Each case read the wrong
 * thing on engine 0.2.76.
 * - c67-U2 (UNSAFE): lenalidomide alone (E3A06) or with dexamethasone (QuiRedex) for smouldering myeloma
 *   (treatments.md 2b) had no clot prevention, no high-risk alert, no IMPEDE VTE and no pregnancy-prevention word,
 *   while the same drug in active myeloma had all of them. treatments.md 7a: "Other lenalidomide rules: pregnancy
 *   REMS; VTE prophylaxis required"; 7c: the labels' boxed warnings for DVT/PE, prophylaxis by risk (ASCO 2023:
 *   aspirin or LMWH for lower risk, LMWH for higher risk). None of these is limited to active myeloma.
 * - c67-m1: the VTE cards said "anticoagulant recorded or running now: no" beside a recorded aspirin or prophylactic
 *   LMWH (conditions.anticoagulation "prophylactic").
 * - c67-m2 (reference silent): LMWH thromboprophylaxis "standard", and the handout's "ask about a blood thinner shot",
 *   beside platelets 18 x10^9/L while the same assessment holds lenalidomide and bortezomib for them. treatments.md 7c
 *   gives no platelet threshold for anticoagulant prophylaxis: the cards say so; no strength changes. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const ids = (a: Assessment) => a.options.map((o) => o.id);
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);
const flat = (t: string) => t.replace(/\s+/g, " ");
const PREGNANCY_EN = /Lenalidomide, pomalidomide and thalidomide can harm an unborn baby\./;
const PREGNANCY_ES =
  /La lenalidomida, la pomalidomida y la talidomida pueden dañar a un bebé antes de nacer\./;

const SMM_LEN = "review-c67-smm-lenalidomide-vte-history";
const SMM_RD = "review-c67-smm-rd-woman-32";

describe("c67-U2: lenalidomide for smouldering myeloma (E3A06), a VTE before, no anticoagulant", () => {
  const a = assess(vignette(SMM_LEN));

  it("is smouldering myeloma on therapy (the category kept), lenalidomide given now", () => {
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    expect(a.phase.code).toBe("smoldering-therapy");
  });

  it("lists LMWH for the high clot risk and the by-risk prophylaxis, with the high-risk alert", () => {
    expect(ids(a)).toEqual(expect.arrayContaining(["sc.vte.imid-high-risk-lmwh", "sc.vte.imid-prophylaxis"]));
    expect(option(a, "sc.vte.imid-high-risk-lmwh")?.strength).toBe("standard");
    const al = a.alerts.find((x) => x.id === "alert.vte.imid-high-risk");
    expect(al?.severity).toBe("warning");
    expect(al?.text).toMatch(/LMWH/);
  });

  it("scores IMPEDE VTE for the regimen being given, unknowns kept as a range", () => {
    const s = a.risk.impedeVte;
    expect(s?.basis).toBe("current-regimen");
    // IMiD +4, VTE history +5, no anticoagulant (0), no dexamethasone (0), no doxorubicin; BMI (no height),
    // fracture, ESA, ethnicity and CVC unknown: 9 - 3 to 9 + 1 + 4 + 1 + 2.
    expect(s?.scoreRange).toEqual([6, 17]);
    expect(s?.group).toBeNull();
    expect(s?.rules.find((r) => r.ruleId === "impede-vte.vte-history")?.inputs).toMatchObject({ points: 5 });
  });

  it("the smouldering-myeloma card of the therapy being given says the pregnancy-prevention programme", () => {
    const card = option(a, "smm.on-therapy.monitoring");
    expect(card?.cautions).toContain("Lenalidomide: teratogen; pregnancy-prevention programme (REMS).");
    expect(card?.citations).toContain("myeloma-drug-labels");
    // The card itself stays as verified as it was (a drug rule marks only its own text).
    expect(card?.verified).toBe(true);
  });

  it("the clinician summary lists the LMWH card, IMPEDE VTE for the regimen, and the REMS caution", () => {
    const text = flat(renderClinicianSummary(a, "text"));
    expect(text).toMatch(/Top options \(3 in all\):.*LMWH thromboprophylaxis with an immunomodulatory drug/);
    expect(text).toMatch(
      /IMPEDE VTE \(Sanfilippo 2019\): not determined \(6 to 17 points, some inputs unknown\); for the regimen being given/,
    );
    expect(text).toMatch(/Lenalidomide: teratogen; pregnancy-prevention programme \(REMS\)\./);
  });

  it("the handout says the pregnancy words and the clot line, in English and in Spanish", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).toMatch(PREGNANCY_EN);
    expect(en).toMatch(/You had a blood clot before\. .*Ask your team about a blood thinner shot/);
    expect(en.match(/can harm an unborn baby/g)).toHaveLength(1);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toMatch(PREGNANCY_ES);
    expect(es).toMatch(/Usted tuvo un coágulo de sangre antes\./);
  });

  it("the clot-prevention cards head the care alongside treatment, as with an IMiD line in myeloma", () => {
    const en = flat(renderHandout(a, "text"));
    const support = en.slice(en.indexOf("Care alongside treatment"));
    expect(support).toMatch(/may also talk about: - (Medicine to prevent blood clots|A blood thinner shot)/);
  });
});

describe("c67-U2: lenalidomide-dexamethasone for smouldering myeloma (QuiRedex), a woman of 32", () => {
  const a = assess(vignette(SMM_RD));

  it("IMPEDE VTE counts the regimen's dexamethasone (dose not recorded: +2 to +4)", () => {
    const s = a.risk.impedeVte;
    expect(s?.basis).toBe("current-regimen");
    expect(s?.rules.find((r) => r.ruleId === "impede-vte.dexamethasone")?.inputs).toMatchObject({
      dexamethasone: "dose-unknown",
      pointsAtLeast: 2,
      pointsAtMost: 4,
    });
    // 4 + 5 + 2 - 3 = 8 at least: high whatever the unknown items.
    expect(s?.scoreRange).toEqual([8, 21]);
    expect(s?.group).toBe("high");
  });

  it("the VTE cards and alert, and the pregnancy-prevention caution on the on-therapy card", () => {
    expect(ids(a)).toEqual(expect.arrayContaining(["sc.vte.imid-high-risk-lmwh", "sc.vte.imid-prophylaxis"]));
    expect(alertIds(a)).toContain("alert.vte.imid-high-risk");
    expect(option(a, "smm.on-therapy.monitoring")?.cautions).toContain(
      "Lenalidomide: teratogen; pregnancy-prevention programme (REMS).",
    );
    expect(flat(renderHandout(a, "text"))).toMatch(PREGNANCY_EN);
    expect(flat(renderHandout(a, "text", ES))).toMatch(PREGNANCY_ES);
  });

  it("no VTE before, no anticoagulant: the by-risk card, IMPEDE from the regimen, no high-risk alert", () => {
    const r = vignette(SMM_RD);
    r.conditions.vteHistory = false;
    r.patient.height = { value: 160, unit: "cm" };
    const b = assess(r);
    expect(ids(b)).toContain("sc.vte.imid-prophylaxis");
    expect(ids(b)).not.toContain("sc.vte.imid-high-risk-lmwh");
    expect(alertIds(b)).not.toContain("alert.vte.imid-high-risk");
    // IMiD +4, BMI 26.6 +1, dexamethasone +2/+4; fracture, ESA, ethnicity, CVC unknown.
    expect(b.risk.impedeVte?.scoreRange).toEqual([4, 16]);
    // The handout's pregnancy words do not depend on the clot risk.
    expect(flat(renderHandout(b, "text"))).toMatch(PREGNANCY_EN);
    expect(flat(renderHandout(b, "text"))).not.toMatch(/blood clot before/);
  });

  it("already on full-dose anticoagulation: the already-anticoagulated card, no LMWH", () => {
    const r = vignette(SMM_RD);
    r.conditions.anticoagulation = "therapeutic";
    const b = assess(r);
    expect(ids(b)).toContain("sc.vte.imid-already-anticoagulated");
    expect(ids(b)).not.toContain("sc.vte.imid-high-risk-lmwh");
    expect(alertIds(b)).toContain("alert.vte.imid-high-risk-anticoagulated");
    expect(option(b, "sc.vte.imid-already-anticoagulated")?.because).toContain(
      "anticoagulation now (as recorded, else an anticoagulant running): therapeutic",
    );
  });

  it("at 78 the dexamethasone rule fires in smouldering myeloma too (controls: the lenalidomide kidney rule)", () => {
    const r = vignette(SMM_RD);
    r.patient.age = 78;
    const b = assess(r);
    expect(alertIds(b)).toContain("dexamethasone.older-or-frail");
  });

  it("daratumumab for smouldering myeloma (AQUILA): no IMiD, no clot card, no pregnancy words", () => {
    const r = vignette(SMM_RD);
    r.treatmentHistory = [
      { regimen: "Dara-SC", drugs: ["daratumumab"], start: "2026-10-10", setting: "smoldering-myeloma" },
    ];
    const b = assess(r);
    expect(ids(b)).toContain("smm.on-therapy.continue-daratumumab");
    expect(ids(b).filter((x) => x.startsWith("sc.vte."))).toEqual([]);
    expect(b.risk.impedeVte).toBeUndefined();
    expect(option(b, "smm.on-therapy.monitoring")?.cautions.join(" ")).not.toMatch(/teratogen/);
    expect(flat(renderHandout(b, "text"))).not.toMatch(/unborn baby/);
  });

  it("thalidomide recorded instead: its own rule, with its UNVERIFIED mark (treatments.md 7b)", () => {
    const r = vignette(SMM_RD);
    r.treatmentHistory = [
      { regimen: "thalidomide", drugs: ["thalidomide"], start: "2026-10-10", setting: "smoldering-myeloma" },
    ];
    const b = assess(r);
    expect(option(b, "smm.on-therapy.monitoring")?.cautions).toContain(
      "Thalidomide: teratogen; pregnancy-prevention programme (REMS). (UNVERIFIED in the clinical reference.)",
    );
    expect(ids(b)).toContain("sc.vte.imid-high-risk-lmwh");
  });
});

describe("c67-U2 controls: IMiDs in active myeloma as before", () => {
  it("D-VRd with a VTE before (r15-like): LMWH card and alert, IMPEDE range, one pregnancy paragraph", () => {
    const a = assess(vignette("safety-prior-pe-on-drd"));
    expect(ids(a)).toContain("sc.vte.imid-high-risk-lmwh");
    expect(alertIds(a)).toContain("alert.vte.imid-high-risk");
    expect(a.risk.impedeVte?.scoreRange).toEqual([4, 21]);
    const en = flat(renderHandout(a, "text"));
    expect(en.match(/can harm an unborn baby/g)).toHaveLength(1);
  });

  it("untreated myeloma: IMPEDE for an IMiD regimen if started, the if-chosen card", () => {
    const a = assess(vignette("safety-prior-pe-starting-drd"));
    expect(a.risk.impedeVte?.basis).toBe("if-imid-started");
    expect(ids(a)).toContain("sc.vte.imid-prophylaxis-if-chosen");
  });

  it("smouldering myeloma watched (no therapy): no IMPEDE, no clot card", () => {
    const r = vignette(SMM_LEN);
    r.treatmentHistory = [];
    const a = assess(r);
    expect(a.risk.impedeVte).toBeUndefined();
    expect(ids(a).filter((x) => x.startsWith("sc.vte."))).toEqual([]);
  });
});

describe("c67-m1: the VTE cards' reasons name the anticoagulation recorded", () => {
  const a = assess(vignette("review-c67-dvrd-vte-history-on-aspirin"));

  it("prophylactic (aspirin) recorded: said as such, never 'anticoagulant: no'; the caution kept", () => {
    for (const id of ["sc.vte.imid-high-risk-lmwh", "sc.vte.imid-prophylaxis"]) {
      const o = option(a, id);
      expect(o?.because, id).toContain(
        "anticoagulation now (as recorded, else an anticoagulant running): prophylactic",
      );
      expect(o?.because.join(" "), id).not.toMatch(/anticoagulant recorded or running now: no/);
    }
    expect(option(a, "sc.vte.imid-high-risk-lmwh")?.cautions.join(" ")).toMatch(
      /Already on prophylactic LMWH or aspirin \(conditions\.anticoagulation; IMPEDE VTE -3\)/,
    );
    expect(alertIds(a)).toContain("alert.vte.imid-high-risk");
  });

  it("none recorded, and nothing recorded: each said", () => {
    const r = vignette("review-c67-dvrd-vte-history-on-aspirin");
    r.conditions.anticoagulation = "none";
    r.treatmentHistory = r.treatmentHistory.filter((t: Rec) => t.regimen !== "aspirin");
    expect(option(assess(r), "sc.vte.imid-prophylaxis")?.because).toContain(
      "anticoagulation now (as recorded, else an anticoagulant running): none",
    );
    delete r.conditions.anticoagulation;
    expect(option(assess(r), "sc.vte.imid-prophylaxis")?.because).toContain(
      "anticoagulation now (as recorded, else an anticoagulant running): not-recorded",
    );
  });

  it("an anticoagulant running, its intensity not recorded: read as full dose, and said so", () => {
    const r = vignette("review-c67-dvrd-vte-history-on-aspirin");
    delete r.conditions.anticoagulation;
    r.treatmentHistory = [
      ...r.treatmentHistory.filter((t: Rec) => t.regimen !== "aspirin"),
      { regimen: "apixaban", drugs: ["apixaban"], start: "2026-11-10" },
    ];
    const b = assess(r);
    expect(ids(b)).toContain("sc.vte.imid-already-anticoagulated");
    expect(ids(b)).not.toContain("sc.vte.imid-high-risk-lmwh");
    expect(option(b, "sc.vte.imid-already-anticoagulated")?.because).toContain(
      "anticoagulation now (as recorded, else an anticoagulant running): running-intensity-not-recorded",
    );
  });
});

describe("c67-m2: platelets 18 x10^9/L beside LMWH thromboprophylaxis (reference silent)", () => {
  const a = assess(vignette("review-c67-dvrd-vte-history-platelets-18"));
  const CAUTION =
    /the clinical reference gives no platelet threshold for anticoagulant prophylaxis or anticoagulation; weigh the bleeding risk with the team \(reference silent, UNVERIFIED\) \(platelet count: 18 x10\^9\/L; date of the platelet count: 2026-11-30\)/;

  it("the engine holds lenalidomide and bortezomib for the count (the label rules, unchanged)", () => {
    expect(alertIds(a)).toEqual(
      expect.arrayContaining(["lenalidomide.platelets-below-30", "bortezomib.platelets-grade-4"]),
    );
  });

  it("the VTE cards say the reference gives no platelet threshold; no strength is changed", () => {
    for (const id of ["sc.vte.imid-high-risk-lmwh", "sc.vte.imid-prophylaxis"]) {
      const o = option(a, id);
      expect(o?.cautions.join(" "), id).toMatch(CAUTION);
      expect(o?.strength, id).toBe("standard");
    }
  });

  it("the handout asks whether a blood thinner is right while the platelets are low, never a bare 'ask about a shot'", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).toMatch(/Call your team at once if you bleed or bruise easily\./);
    expect(en).toMatch(
      /You had a blood clot before\. .*Ask your team whether a blood thinner is right for you while your platelets are low\./,
    );
    expect(en).not.toMatch(/Ask your team about a blood thinner shot/);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toMatch(
      /Pregunte a su equipo si un medicamento para diluir la sangre es adecuado para usted mientras sus plaquetas estén bajas\./,
    );
    expect(es).not.toMatch(/Pregunte a su equipo por una inyección para diluir la sangre/);
  });

  it("control: platelets 120: no such caution, the usual clot line", () => {
    const r = vignette("review-c67-dvrd-vte-history-platelets-18");
    r.labs.platelets.value = 120;
    const b = assess(r);
    expect(option(b, "sc.vte.imid-high-risk-lmwh")?.cautions.join(" ")).not.toMatch(/platelet threshold/);
    expect(flat(renderHandout(b, "text"))).toMatch(
      /Ask your team about a blood thinner shot to prevent them\./,
    );
  });

  // Review c77-m2: the caution now starts below 50 x10^9/L (grade 3 thrombocytopenia), no longer below 30.
  it("at exactly 50 (not grade 3 thrombocytopenia): no caution", () => {
    const r = vignette("review-c67-dvrd-vte-history-platelets-18");
    r.labs.platelets.value = 50;
    expect(option(assess(r), "sc.vte.imid-high-risk-lmwh")?.cautions.join(" ")).not.toMatch(
      /platelet threshold/,
    );
  });
});

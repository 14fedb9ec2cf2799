/** Review c10 (specialist vignettes, /work/vig-c10/REVIEW.md), findings C10-H1, C10-M1, C10-M2 + C10-M9 and
 * C10-W2, each failing on main cd2e03d. Vignettes: examples/vignettes/review-c10-*.json (the reviewer's
 * scen-05, 06, 07, 08, 10 and 15). Sources: treatments.md 5b (cilta-cel: parkinsonism, cranial nerve palsy,
 * GBS; class boxed warning for secondary T-cell malignancies), 10 (REMS removal 2025-06-26: driving 8 -> 2
 * weeks, stay near the centre 4 -> 2 weeks, fda-cart-safety-2024; Carvykti US label 2025-10: boxed warning
 * for immune effector cell-associated enterocolitis, carvykti-label-2025), 5c (CRS/ICANS boxed warning for
 * all four bispecifics; teclistamab and talquetamab: hospitalise 48 h after each step-up dose; talquetamab:
 * dysgeusia, nail and skin toxicity, weight loss, dysphagia), 10 (teclistamab EU SmPC: stay near a facility
 * with daily monitoring for 48 h; Tec-Dara EC decision not found, CHMP positive 2026-06-25), 5a (MajesTEC-3:
 * 1-3 prior lines) and 4 (DRd until progression). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildHandout, handoutLines } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import type { HandoutWords } from "../render/words/types.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const handout = (a: Assessment, w: HandoutWords = EN) =>
  handoutLines(buildHandout(a, w)).join(" ").replace(/\s+/g, " ");
const optionIds = (a: Assessment) => a.options.map((o) => o.id);
const SEVERE = ["warning", "critical"];

describe("C10-H1: after a CAR-T infusion, a safety alert and follow-up, never 'continue the line'", () => {
  const dayTwelve = assess(record("review-c10-cilta-cel-day-12"));
  const dayThirty = (() => {
    const r = record("review-c10-cilta-cel-day-12");
    r.asOf = "2026-12-20";
    return assess(r);
  })();
  const firstWeeks = (a: Assessment) =>
    a.alerts.find((x) => SEVERE.includes(x.severity) && /driv/i.test(x.text));

  it("day 12: a warning names the 2 weeks without driving and near the centre, and the late toxicities", () => {
    const al = firstWeeks(dayTwelve);
    expect(al).toBeDefined();
    expect(al?.text).toMatch(/2 weeks/);
    expect(al?.text).toMatch(/stay near/i);
    expect(al?.text).toMatch(/enterocolitis/i);
    expect(al?.text).toMatch(/parkinsonism|cranial/i);
    expect(al?.text).toMatch(/T-cell malignanc/i);
    expect(al?.citations).toEqual(expect.arrayContaining(["fda-cart-safety-2024", "carvykti-label-2025"]));
  });

  it("the single infusion is follow-up, not a line to continue", () => {
    expect(optionIds(dayTwelve)).not.toContain("pathway.continue-current-line");
    expect(optionIds(dayTwelve)).toContain("pathway.observation-after-car-t");
    const plan = (dayTwelve.plan ?? []).map((s) => s.title).join("\n");
    expect(plan).not.toMatch(/being given/);
    expect(plan).toMatch(/single infusion/i);
  });

  it("the handout (EN, ES) says it was a one-time infusion, no driving, stay near, and when to go to hospital", () => {
    const en = handout(dayTwelve);
    expect(en).not.toMatch(/keep going with your current treatment: cilta-cel/);
    expect(en).toMatch(/one-time/i);
    expect(en).toMatch(/do not drive/i);
    expect(en).toMatch(/stay near/i);
    expect(en).toMatch(/fever/i);
    expect(en).toMatch(/confus/i);
    const es = handout(dayTwelve, ES);
    expect(es).not.toMatch(/seguir con su tratamiento actual: cilta-cel/);
    expect(es).toMatch(/no conduzca/i);
    expect(es).toMatch(/fiebre/i);
    expect(es).toMatch(/confusi/i);
  });

  it("after day 14 the driving and stay-near lines drop out; the late toxicities stay", () => {
    expect(firstWeeks(dayThirty)).toBeUndefined();
    const late = dayThirty.alerts.find((x) => /enterocolitis/i.test(x.text));
    expect(late).toBeDefined();
    expect(late?.text).not.toMatch(/driv/i);
    expect(late?.text).toMatch(/T-cell malignanc/i);
    expect(handout(dayThirty)).not.toMatch(/do not drive/i);
    expect(handout(dayThirty)).toMatch(/one-time/i);
    expect(optionIds(dayThirty)).not.toContain("pathway.continue-current-line");
  });

  it("the same infusion recorded with its end date (finished line): the same first-weeks alert", () => {
    const r = record("review-c10-cilta-cel-day-12");
    const hist = r.treatmentHistory as Record<string, unknown>[];
    (hist[hist.length - 1] as Record<string, unknown>).end = "2026-11-20";
    const a = assess(r);
    expect(firstWeeks(a)).toBeDefined();
    expect(optionIds(a)).toContain("pathway.observation-after-car-t");
  });

  it("a patient never given CAR-T has neither alert (control)", () => {
    const a = assess(record("review-c10-first-relapse-len-refractory"));
    expect(a.alerts.some((x) => /enterocolitis/i.test(x.text))).toBe(false);
  });
});

describe("C10-M1: on a bispecific now, the handout names the warning signs, the step-up stay and its own side effects", () => {
  const tec = (jurisdiction?: "us" | "eu") =>
    assess(record("review-c10-teclistamab-step-up"), jurisdiction ? { jurisdiction } : {});
  const talq = assess(record("review-c10-talquetamab-week-7"));

  it("teclistamab, day 5 (EN, ES): fever and confusion, go to hospital", () => {
    const en = handout(tec());
    expect(en).toMatch(/fever/i);
    expect(en).toMatch(/confus/i);
    expect(en).toMatch(/hospital/i);
    const es = handout(tec(), ES);
    expect(es).toMatch(/fiebre/);
    expect(es).toMatch(/confusi/);
  });

  it("US: in hospital for 2 days after each step-up dose; EU: near the hospital, checked every day", () => {
    const us = handout(tec("us"));
    expect(us).toMatch(/in the hospital for 2 days/i);
    const eu = handout(tec("eu"));
    expect(eu).toMatch(/near the hospital/i);
    expect(eu).toMatch(/every day/i);
    expect(eu).not.toMatch(/in the hospital for 2 days/i);
    expect(handout(tec("eu"), ES)).toMatch(/cerca del hospital/i);
  });

  it("talquetamab at week 7: its own side effects (taste, nails, skin, weight, swallowing); no step-up stay", () => {
    const en = handout(talq);
    expect(en).toMatch(/taste/i);
    expect(en).toMatch(/nail/i);
    expect(en).toMatch(/swallow/i);
    expect(en).toMatch(/fever/i);
    expect(en).not.toMatch(/step-up dose you stay/i);
    const es = handout(talq, ES);
    expect(es).toMatch(/gusto/i);
    expect(es).toMatch(/uñas/i);
  });
});

describe("C10-M2 + C10-M9: Tec-Dara, pending in the EU, and outside MajesTEC-3's 1-3 prior lines", () => {
  const tecDara = (a: Assessment) => a.options.find((o) => o.id === "rr.tec-dara");
  const eu = assess(record("review-c10-first-relapse-len-refractory"), { jurisdiction: "eu" });
  const us = assess(record("review-c10-first-relapse-len-refractory"), { jurisdiction: "us" });
  const both = assess(record("review-c10-first-relapse-len-refractory"));

  it("EU view: not preferred, listed after the approved options, said pending", () => {
    const o = tecDara(eu);
    expect(o).toBeDefined();
    expect(o?.strength).not.toBe("preferred");
    expect(o?.cautions.join(" ")).toMatch(/not (yet )?authorised in the EU|pending/i);
    const treatments = eu.options.filter((x) => x.kind !== "supportive-care");
    expect(treatments[0]?.id).not.toBe("rr.tec-dara");
    const firstApproved = treatments.findIndex((x) => x.regulatory.eu?.status === "approved");
    expect(firstApproved).toBeGreaterThanOrEqual(0);
    expect(treatments.findIndex((x) => x.id === "rr.tec-dara")).toBeGreaterThan(firstApproved);
  });

  it("EU handout: never 'often the first choice' beside 'not approved'", () => {
    for (const line of handoutLines(buildHandout(eu, EN)))
      if (/not approved/i.test(line)) expect(line).not.toMatch(/first choice/i);
  });

  it("US and both views keep it preferred (US label >= 1 prior line including a PI and an IMiD)", () => {
    expect(tecDara(us)?.strength).toBe("preferred");
    expect(tecDara(both)?.strength).toBe("preferred");
  });

  it("at 4 prior lines: MajesTEC-3 enrolled 1-3 prior lines, said on the card", () => {
    const a = assess(record("review-c10-four-prior-lines-tce"));
    const o = tecDara(a);
    expect(o).toBeDefined();
    expect(o?.cautions.join(" ")).toMatch(/1-3 prior lines/);
    expect(tecDara(both)?.cautions.join(" ")).not.toMatch(/outside the trial population/);
  });
});

describe("C10-W2: continuous DRd at week 79 is not called induction", () => {
  const a = assess(record("review-c10-drd-week-79-interference"));

  it("the phase says continuous therapy until progression (MAIA), not the first part of treatment", () => {
    expect(a.phase.reason).toMatch(/continuous/i);
    expect(a.phase.reason).toMatch(/until progression/i);
    expect(handout(a)).not.toMatch(/first part of treatment/i);
    expect(handout(a)).toMatch(/as long as it works/i);
    expect(handout(a, ES)).toMatch(/mientras funcione/i);
  });

  it("DRd as recorded induction before a transplant keeps the induction words (control)", () => {
    const r = record("review-c10-drd-week-79-interference");
    r.transplant = { candidate: "yes" };
    expect(assess(r).phase.reason).not.toMatch(/continuous/i);
  });
});

/** Review c60 and the leftovers of reviews c58-c59 (reports /work/review58-60/review.md): each case read the wrong thing
 * on engine 0.2.73. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const alertIds = (a: ReturnType<typeof assess>) => a.alerts.map((x) => x.id);
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("review c58-M3: heart failure recorded as absent beside NYHA class III or IV", () => {
  /** A lenalidomide-refractory first relapse (DKd and Isa-Kd listed) with the conditions given. */
  const withConditions = (conditions: Record<string, unknown>) => {
    const r = vignette("handout-refractory-on-len-maintenance-after-vgpr");
    r.conditions = { ...r.conditions, heartFailure: undefined, ...conditions };
    return assess(r);
  };

  it("names the conflict and reads heart failure as present (carfilzomib regimens held back)", () => {
    const a = withConditions({ heartFailure: false, nyhaClass: "IIIA" });
    const alert = a.alerts.find((x) => x.id === "alert.heart-failure-nyha-conflict");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(/no heart failure, but it also records NYHA class IIIA/);
    expect(a.options.find((o) => o.id === "rr.dkd")?.strength).toBe("consider");
  });

  it("controls: class II beside no heart failure, and class IV beside heart failure recorded, raise nothing", () => {
    expect(alertIds(withConditions({ heartFailure: false, nyhaClass: "II" }))).not.toContain(
      "alert.heart-failure-nyha-conflict",
    );
    expect(alertIds(withConditions({ heartFailure: true, nyhaClass: "IV" }))).not.toContain(
      "alert.heart-failure-nyha-conflict",
    );
  });

  it("heart failure not recorded either way (NYHA II or none): asked on the carfilzomib cards, which say why", () => {
    for (const conditions of [{}, { nyhaClass: "II" }]) {
      const a = withConditions(conditions);
      expect(a.missingData.find((m) => m.field === "conditions.heartFailure")?.neededFor).toMatch(/DKd/);
      const dkd = a.options.find((o) => o.id === "rr.dkd");
      expect(dkd?.cautions.some((c) => /Record whether there is heart failure/.test(c))).toBe(true);
    }
  });

  it("control: heart failure recorded absent (class I or none): nothing asked, no such caution", () => {
    for (const conditions of [{ heartFailure: false }, { heartFailure: false, nyhaClass: "I" }]) {
      const a = withConditions(conditions);
      expect(a.missingData.map((m) => m.field)).not.toContain("conditions.heartFailure");
      const dkd = a.options.find((o) => o.id === "rr.dkd");
      expect(dkd?.strength).toBe("standard");
      expect(dkd?.cautions.some((c) => /Record whether there is heart failure/.test(c))).toBe(false);
    }
  });
});

describe("review c60-W2: VGPR needs a urine M-protein of the line (IMWG 2016, criteria-and-scores.md 6.2)", () => {
  it("serum 3.0 -> 0 g/dL with negative serum immunofixation and no urine at all: below VGPR, the urine asked for", () => {
    const a = assess(vignette("review-c60-w2-vgpr-no-urine"));
    expect(a.response?.current).toBe("PR");
    expect(a.missingData.find((m) => m.field === "series.urineMProtein")?.neededFor).toMatch(
      /VGPR \(urine M-protein < 100 mg\/24 h\)/,
    );
  });

  it("controls: a 24-h urine < 100 mg, or a negative urine immunofixation, measured on the line makes it VGPR", () => {
    const withUrine = vignette("review-c60-w2-vgpr-no-urine");
    withUrine.series.urineMProtein = [{ date: "2026-11-20", value: 40, unit: "mg/24h" }];
    expect(assess(withUrine).response?.current).toBe("VGPR");
    const withIfe = vignette("review-c60-w2-vgpr-no-urine");
    withIfe.series.urineImmunofixation = [{ date: "2026-11-20", result: "negative" }];
    expect(assess(withIfe).response?.current).toBe("VGPR");
  });

  it("six months into teclistamab, the only urine of the day the line began: below VGPR, the urine asked for", () => {
    const a = assess(vignette("review-c60-vd-teclistamab-month-6"));
    expect(a.response?.current).not.toBe("VGPR");
    expect(a.missingData.map((m) => m.field)).toContain("series.urineMProtein");
  });
});

describe("review c60-U1: kappa light-chain myeloma losing its CR on lenalidomide maintenance", () => {
  // CR on 2023-12-01 (both immunofixations negative, marrow 3%, urine 0); on 2026-11-25 both immunofixations are
  // positive again, urine 120 mg/24 h, and the involved FLC has risen from 14 to 210 mg/L (the urine is the measure).
  const name = "review-c60-u1-light-chain-relapse-on-len-maintenance";

  it("raises possible relapse from CR (a CR of one assessment, the record's best response CR)", () => {
    const a = assess(vignette(name));
    const alert = a.alerts.find((x) => x.id === "response.relapse-from-cr-unconfirmed");
    expect(alert?.text).toMatch(/M-protein present again on 2026-11-25 .*after CR graded on 2023-12-01/);
    expect(a.response?.basis).toMatch(/down from CR on 2023-12-01/);
  });

  it("the handout (English and Spanish) says the results changed, never a good response nor keep going", () => {
    const a = assess(vignette(name));
    const en = flat(renderHandout(a, "text"));
    expect(en).toMatch(/Some of your latest results have changed since earlier tests/);
    expect(en).not.toMatch(/show a good response|keep going with your current treatment/);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toMatch(/Algunos de sus últimos resultados han cambiado/);
    expect(es).not.toMatch(/muestran una buena respuesta/);
  });

  it("review c61-U1: the full summary (EN/ES) says the results changed too, and the line's card never 'the usual choice'", () => {
    const a = assess(vignette(name));
    const en = flat(renderPatientSummary(a, "text"));
    expect(en).toMatch(/Some of your latest results have changed since earlier tests/);
    expect(en).not.toMatch(
      /show a good response|The usual choice is to go on with the treatment you have now/,
    );
    expect(en).toMatch(
      /Your team will check them before deciding whether to go on with the treatment you have now/,
    );
    const es = flat(renderPatientSummary(a, "text", ES));
    expect(es).toMatch(/Algunos de sus últimos resultados han cambiado/);
    expect(es).not.toMatch(/muestran una buena respuesta/);
  });

  it("review c61-M1: with no best response recorded, the M-protein back after a CR graded once is said, never nothing", () => {
    const r = vignette(name);
    for (const t of r.treatmentHistory) delete t.bestResponse;
    const a = assess(r);
    const alert = a.alerts.find((x) => x.id === "response.m-protein-reappeared");
    expect(alert?.text).toMatch(/after CR graded on 2023-12-01 from one assessment/);
    expect(a.response?.relapseFromCr).toBe(false);
    expect(flat(renderHandout(a, "text"))).not.toMatch(
      /show a good response|keep going with your current treatment/,
    );
  });

  it("control: with the 2026 results as in CR (immunofixations negative, urine 0, FLC flat), a good response, go on", () => {
    const r = vignette(name);
    for (const x of r.series.involvedFreeLightChain) if (x.date >= "2026-01-01") x.value = 14;
    for (const k of ["serumImmunofixation", "urineImmunofixation"])
      for (const x of r.series[k]) if (x.date >= "2026-01-01") x.result = "negative";
    for (const x of r.series.urineMProtein) if (x.date >= "2026-01-01") x.value = 0;
    const a = assess(r);
    expect(a.response?.current).toBe("CR");
    expect(alertIds(a).filter((id) => id.startsWith("response."))).toEqual([]);
    const en = flat(renderHandout(a, "text"));
    expect(en).not.toMatch(/have changed since earlier tests/);
    expect(en).toMatch(/keep going with your current treatment/);
  });
});

describe("review c60-m3 (c59-m1): the light-chain type asked beside a known heavy chain", () => {
  /** IgA myeloma, CRAB met, no light-chain type and no free light chains recorded. */
  const iga = () => {
    const r = vignette("handout-refractory-on-len-maintenance-after-vgpr");
    r.labs = { ...r.labs, heavyChain: "IgA", lightChain: undefined };
    return r;
  };

  it("IgA with no light-chain type: labs.lightChain is asked, naming the IgA paraprotein", () => {
    const a = assess(iga());
    expect(a.missingData.find((m) => m.field === "labs.lightChain")?.neededFor).toMatch(/IgA paraprotein/);
  });

  it("control: with the light-chain type recorded nothing is asked", () => {
    const r = iga();
    r.labs.lightChain = "kappa";
    expect(assess(r).missingData.map((m) => m.field)).not.toContain("labs.lightChain");
  });
});

describe("review c60-m5: the patient hears the stage and the gene risk the clinician's screen shows", () => {
  /** Newly diagnosed myeloma, R-ISS II, gain(1q) alone: not high risk by IMS/IMWG 2025, high risk by IMWG 2016. */
  const gain1qOnly = () => {
    const r = vignette("ndmm-transplant-eligible");
    r.cytogenetics = { ...r.cytogenetics, t4_14: false };
    return assess(r);
  };

  it("names the scale of the stage, English and Spanish", () => {
    const a = gain1qOnly();
    expect(a.staging.riss.stage).toBe(2);
    expect(flat(renderHandout(a, "text"))).toMatch(/stage 2 out of 3 on the revised international scale/);
    expect(flat(renderHandout(a, "text", ES))).toMatch(/estadio 2 de 3 en la escala internacional revisada/);
  });

  it("gain(1q) alone: the full summary says the newest definition finds no high risk and older ones do", () => {
    const a = gain1qOnly();
    expect(a.risk.cytogenetic.highRisk).toBe(false);
    const full = flat(renderPatientSummary(a, "text"));
    expect(full).toMatch(
      /newest way of sorting them \(2025\).*Older ways count one of the changes found as high risk/,
    );
    expect(full).not.toMatch(/The gene tests did not find the changes that doctors call high risk\./);
  });
});

describe("review c61-W1: kidney impairment recorded as not due to the myeloma is no myeloma-defining event", () => {
  // Marrow 20%, M-protein 3.5 g/dL, MRI clear, calcium and haemoglobin normal, creatinine 2.4 mg/dL: the kidney is the
  // only possible event (IMWG 2014: a CRAB feature counts only when attributable to the plasma-cell disorder,
  // criteria-and-scores.md 1.1, 7.4).
  const name = "review-c61-w1-renal-only-event-not-myeloma";
  const withAttribution = (v: boolean | undefined) => {
    const r = vignette(name);
    r.conditions = { ...r.conditions, kidneyImpairmentFromMyeloma: v };
    return assess(r);
  };

  it("recorded false: smouldering myeloma, the renal criterion not met and saying why", () => {
    const a = withAttribution(false);
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    const renal = a.diagnosis.criteria.find((c) => c.id === "imwg2014.crab.renal");
    expect(renal?.status).toBe("not-met");
    expect(renal?.because).toMatch(/recorded as not due to the myeloma/);
  });

  it("controls: recorded true, or not recorded, the kidney stays the event (multiple myeloma)", () => {
    expect(withAttribution(true).diagnosis.category).toBe("multiple-myeloma");
    expect(withAttribution(undefined).diagnosis.category).toBe("multiple-myeloma");
  });

  it("with a 24-hour urine protein above 0.5 g/day the amyloid question stays open, worded for a marrow of 20%", () => {
    const r = vignette(name);
    r.labs.urineTotalProtein = { value: 900, unit: "mg/24h", date: "2026-11-28" };
    const a = assess(r);
    expect(a.diagnosis.category).toBe("indeterminate");
    const alert = a.alerts.find((x) => x.id === "alert.kidney-not-explained");
    expect(alert?.text).toMatch(/no myeloma-defining event attributable to the clone/);
    expect(alert?.text).not.toMatch(/below 10%/);
  });
});

describe("review c61-M2: dexamethasone pulses planned on lenalidomide maintenance, recorded as an ended Rd entry", () => {
  const planned = () => {
    const r = vignette("review-c60-len-maint-dex-pulses");
    const rd = r.treatmentHistory[r.treatmentHistory.length - 1];
    Object.assign(rd, { plannedWithPrevious: true, phase: "maintenance" });
    return assess(r);
  };

  it("the maintenance goes on: its card names lenalidomide, the clot card and the pregnancy caution stay", () => {
    const a = planned();
    expect(a.phase?.code).toBe("maintenance");
    const card = a.options.find((o) => o.id === "pathway.continue-current-line");
    expect(card?.regimen?.drugs).toContain("lenalidomide");
    expect(card?.cautions.some((c) => /teratogen/.test(c))).toBe(true);
    expect(a.options.map((o) => o.id)).toContain("sc.vte.imid-prophylaxis");
  });

  it("control: the same entry not planned with the maintenance stays a new line (review c60-M2's reading)", () => {
    const a = assess(vignette("review-c60-len-maint-dex-pulses"));
    expect(a.phase?.code).toBe("line-finished");
    expect(a.phase?.mayStillBeGiven?.drugs).toContain("lenalidomide");
  });
});

describe("review c62-M1: a single negative immunofixation between positives, the band stable since, is no news", () => {
  const name = "review-c62-m1-stray-negative-immunofixation";

  it("no M-protein-back alert, and the handout keeps the response (no 'results changed')", () => {
    const a = assess(vignette(name));
    expect(alertIds(a)).not.toContain("response.m-protein-reappeared");
    expect(flat(renderHandout(a, "text"))).not.toMatch(/have changed since earlier tests/);
  });

  it("with the team's CR recorded, relapse from CR dates the reappearance from its first assessment", () => {
    const r = vignette(name);
    r.treatmentHistory[r.treatmentHistory.length - 1].bestResponse = "CR";
    const alert = assess(r).alerts.find((x) => x.id === "response.relapse-from-cr");
    expect(alert?.text).toMatch(/present again on 2025-09-01 and 2025-12-01 and since/);
  });
});

describe("review c62-M2: dexamethasone pulses recorded alone after open lenalidomide maintenance", () => {
  /** The c60-M2 vignette with its later entry dexamethasone only. */
  const dexOnly = (planned: boolean) => {
    const r = vignette("review-c60-len-maint-dex-pulses");
    const rd = r.treatmentHistory[r.treatmentHistory.length - 1];
    Object.assign(rd, { regimen: "Dexamethasone pulses", drugs: ["dexamethasone"] });
    if (planned) Object.assign(rd, { plannedWithPrevious: true, phase: "maintenance" });
    return assess(r);
  };

  it("planned with it: the maintenance goes on, lenalidomide named on its card", () => {
    const a = dexOnly(true);
    expect(a.phase?.code).toBe("maintenance");
    expect(a.options.find((o) => o.id === "pathway.continue-current-line")?.regimen?.drugs).toContain(
      "lenalidomide",
    );
  });

  it("not planned: lenalidomide may still be given (its end asked), never 'You have finished a treatment'", () => {
    const a = dexOnly(false);
    expect(a.phase?.mayStillBeGiven?.drugs).toContain("lenalidomide");
    expect(flat(renderHandout(a, "text"))).not.toMatch(/You have finished a treatment/);
  });
});

describe("review c61-m1: lenalidomide that may still be taken carries the pregnancy words (EN/ES)", () => {
  it("the handout says them beside 'Your records do not show if you still take lenalidomide'", () => {
    const a = assess(vignette("review-c60-len-maint-dex-pulses"));
    expect(flat(renderHandout(a, "text"))).toMatch(/still take lenalidomide.*can harm an unborn baby/);
    expect(flat(renderHandout(a, "text", ES))).toMatch(/pueden dañar a un bebé antes de nacer/);
  });
});

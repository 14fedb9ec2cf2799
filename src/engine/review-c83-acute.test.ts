/** Review c83 (report /work/review83/review.md; records r830, r830b, r831, r831c, r832b, r834): acute presentations.
 * c83-M1: total calcium above the upper limit with low albumin is not read as "not met" (criteria-and-scores.md 1.1 ⚠,
 * serum vs corrected calcium): the item is not known, an ionised or albumin-corrected calcium decides, no lean; with
 * hypercalcaemia the severe band may be reached once corrected (no formula applied). c83-M2: hyperviscosity not
 * recorded is asked in untreated myeloma and the transfusion card says so (treatments.md 8c). c83-m1: the renal event
 * attributed to the myeloma is a critical alert and the handout asks for a call today (treatments.md 3b, 8c). c83-m2:
 * the transfusion card says anaemia symptoms are not recorded (8c: symptomatic anaemia). c83-m5: on dialysis or
 * creatinine >= 4.5 mg/dL zoledronic acid is not listed for hypercalcaemia, and the hypercalcaemia card says why (8c). */
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";
import type { Assessment } from "./assessment.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const variant = (name: string, change: (r: any) => void = () => {}) => {
  const r = readVignette(name);
  change(r);
  return assessAllWaysAgree(r);
};
const card = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const cautions = (a: Assessment, id: string) => flat(card(a, id)?.cautions.join(" ") ?? "");
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);
const alert = (a: Assessment, id: string) => a.alerts.find((x) => x.id === id);
const calciumCriterion = (a: Assessment) =>
  a.diagnosis.criteria.find((c) => c.id === "imwg2014.crab.calcium");
const missingFields = (a: Assessment) => a.missingData.map((m) => m.field);
const page = (a: Assessment, lang: "en" | "es" = "en") =>
  flat(renderHandout(a, "text", lang === "en" ? EN : ES));

const LOW_ALBUMIN = "review-c83-calcium-10.8-low-albumin";
const HIGH_CALCIUM = "review-c83-calcium-13.6-low-albumin-lytic";
const CAST = "review-c83-cast-nephropathy-creatinine-5.4";
const DIALYSIS_CA = "review-c83-dialysis-hypercalcaemia-creatinine-6.8";
const IGA = "review-c83-iga-7.2-hyperviscosity-not-recorded";
const HB_64 = "review-c83-hb-6.4-only-anaemia";

describe("c83-M1: total calcium above the upper limit with low albumin", () => {
  it("reads the calcium item as not known, asks the laboratory's corrected calcium, and names no lean", () => {
    const a = variant(LOW_ALBUMIN);
    const c = calciumCriterion(a);
    expect(c?.status).toBe("unknown");
    expect(c?.evidence).toBe("unverified");
    expect(flat(c?.because ?? "")).toMatch(/albumin 2\.4 g\/dL is low/);
    // Re-check c86-W1: the record's calcium is a total calcium: it asks the laboratory's corrected value, never an
    // ionised calcium in its place (an ionised value entered there would be read as a total one).
    expect(flat(c?.because ?? "")).toMatch(
      /albumin-corrected calcium \(an ionised calcium is not a total calcium and has no field in the record/,
    );
    expect(a.missingData.find((m) => m.field === "labs.calcium")?.neededFor).toMatch(
      /^CRAB hypercalcaemia: the laboratory's albumin-corrected calcium.*an ionised calcium is not a total calcium/,
    );
    expect(flat(c?.because ?? "")).toMatch(/no correction formula is applied/);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(a.diagnosis.couldChangeWith.join(" ")).toMatch(/albumin-corrected calcium decides/);
    expect(missingFields(a)).toContain("labs.calcium");
    // No smouldering-myeloma options (AQUILA, active monitoring) while the calcium may be a CRAB event.
    expect(a.options.some((o) => o.id.startsWith("smm."))).toBe(false);
    expect(flat(alert(a, "pathway.deciding-test-first")?.text ?? "")).toMatch(/low albumin/);
  });

  it("says it in the handout, English and Spanish, with no number", () => {
    const a = variant(LOW_ALBUMIN);
    expect(page(a)).toMatch(
      /it may be higher than the test shows, because a blood protein called albumin is low/,
    );
    expect(page(a, "es")).toMatch(/albúmina está baja/);
    expect(page(a)).not.toMatch(/do not harm your body yet/);
  });

  it("uses the laboratory's lower limit of albumin when the record gives one", () => {
    const a = variant(LOW_ALBUMIN, (r) => {
      r.labs.albumin = { ...r.labs.albumin, value: 3.3, lowerLimitOfNormal: 3.2 };
    });
    expect(calciumCriterion(a)?.status).toBe("not-met");
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
  });

  it("control: normal albumin with calcium 10.8 stays not met, with the lean", () => {
    const a = variant(LOW_ALBUMIN, (r) => {
      r.labs.albumin.value = 4.0;
    });
    expect(calciumCriterion(a)?.status).toBe("not-met");
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
    expect(card(a, "smm.high-risk.daratumumab-sc")?.strength).toBe("standard");
  });

  it("control: low albumin with a calcium within the upper limit stays not met", () => {
    const a = variant(LOW_ALBUMIN, (r) => {
      r.labs.calcium.value = 9.8;
    });
    expect(calciumCriterion(a)?.status).toBe("not-met");
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
  });

  it("with hypercalcaemia, says the severe band may be reached once corrected (no corrected value)", () => {
    const a = variant(HIGH_CALCIUM);
    expect(alertIds(a)).toContain("alert.hypercalcemia");
    expect(alertIds(a)).not.toContain("alert.hypercalcemia-severe");
    const low = alert(a, "alert.hypercalcemia.low-albumin");
    expect(low?.severity).toBe("warning");
    expect(flat(low?.text ?? "")).toMatch(/severe band .* may be reached once corrected/);
    expect(flat(low?.text ?? "")).toMatch(/no correction formula is applied/);
    expect(low?.verified).toBe(false);
  });

  it("control: hypercalcaemia with normal albumin has no low-albumin alert", () => {
    const a = variant(HIGH_CALCIUM, (r) => {
      r.labs.albumin.value = 4.0;
    });
    expect(alertIds(a)).toContain("alert.hypercalcemia");
    expect(alertIds(a)).not.toContain("alert.hypercalcemia.low-albumin");
  });
});

describe("c83-M2: hyperviscosity not recorded", () => {
  it("is asked in untreated myeloma, and the transfusion card says to check it", () => {
    const a = variant(IGA);
    expect(missingFields(a)).toContain("conditions.hyperviscosity");
    expect(cautions(a, "sc.anemia.transfusion")).toMatch(
      /Hyperviscosity not recorded: check for its symptoms \(and the viscosity\) before transfusing/,
    );
  });

  it("control: hyperviscosity recorded keeps its alert and caution, and is not asked", () => {
    const a = variant(IGA, (r) => {
      r.conditions.hyperviscosity = true;
    });
    expect(alert(a, "alert.hyperviscosity")?.severity).toBe("critical");
    expect(missingFields(a)).not.toContain("conditions.hyperviscosity");
    expect(cautions(a, "sc.anemia.transfusion")).toMatch(
      /Hyperviscosity: avoid red-cell transfusion until viscosity is reduced \(UNVERIFIED in the reference\)\./,
    );
    expect(cautions(a, "sc.anemia.transfusion")).not.toMatch(/Hyperviscosity not recorded/);
  });

  it("control: recorded absent, nothing is asked", () => {
    const a = variant(IGA, (r) => {
      r.conditions.hyperviscosity = false;
    });
    expect(missingFields(a)).not.toContain("conditions.hyperviscosity");
    expect(cautions(a, "sc.anemia.transfusion")).not.toMatch(/Hyperviscosity/);
  });
});

describe("c83-m1: cast nephropathy attributed to the myeloma", () => {
  it("raises a critical renal alert and the handout asks for a call today (EN, ES)", () => {
    const a = variant(CAST);
    expect(alert(a, "alert.ndmm-renal-impairment.from-myeloma")?.severity).toBe("critical");
    expect(alertIds(a)).not.toContain("alert.ndmm-renal-impairment");
    expect(a.options[0]?.id).toBe("ndmm.renal.vcd");
    expect(page(a)).toMatch(
      /Your care team has found that the myeloma is harming your kidneys\. Your kidneys need treatment to start quickly\. Please contact your care team today/,
    );
    expect(page(a, "es")).toMatch(/el mieloma está dañando sus riñones.*llame hoy a su equipo médico/);
  });

  it("control: creatinine 2.3 with the attribution not recorded keeps the warning, with no call today", () => {
    const a = variant(CAST, (r) => {
      r.labs.creatinine.value = 2.3;
      delete r.conditions.kidneyImpairmentFromMyeloma;
    });
    expect(alert(a, "alert.ndmm-renal-impairment")?.severity).toBe("warning");
    expect(alertIds(a)).not.toContain("alert.ndmm-renal-impairment.from-myeloma");
    expect(page(a)).not.toMatch(/today/);
  });
});

describe("c83-m2: haemoglobin 6.4 g/dL", () => {
  it("the transfusion card says to assess the anaemia symptoms, with no threshold, and the patient words ask", () => {
    const a = variant(HB_64);
    expect(cautions(a, "sc.anemia.transfusion")).toMatch(
      /Red-cell transfusion is for symptomatic anaemia, with no haemoglobin threshold in the reference \(treatments\.md 8c\): assess the symptoms now/,
    );
    expect(card(a, "sc.anemia.transfusion")?.patientText).toMatch(
      /Tell your care team if you are short of breath, dizzy or very tired/,
    );
  });
});

describe("c83-m5: hypercalcaemia on dialysis with creatinine 6.8 mg/dL", () => {
  it("does not list zoledronic acid, and the hypercalcaemia card names the mismatch", () => {
    const a = variant(DIALYSIS_CA);
    expect(card(a, "sc.bone.zoledronic-acid")).toBeUndefined();
    expect(card(a, "sc.bone.denosumab")?.strength).toBe("preferred");
    expect(cautions(a, "sc.hypercalcemia")).toMatch(
      /outside the zoledronic acid hypercalcaemia rule \(no dose change for creatinine <4\.5 mg\/dL.*denosumab in renal failure.*serum creatinine: 6\.8 mg\/dL; on dialysis: yes/,
    );
  });

  it("re-check c86-m2: the critical alert and the patient words do not promise saline or a drip on dialysis", () => {
    const a = variant(DIALYSIS_CA);
    // treatments.md 8c: denosumab in renal failure, dialysis if severe.
    expect(a.alerts.find((x) => x.id === "alert.hypercalcemia")?.text).toMatch(
      /in renal failure, with serum creatinine >= 4\.5 mg\/dL or on dialysis, the reference gives denosumab, and dialysis if severe/,
    );
    const words = card(a, "sc.hypercalcemia")?.patientText ?? "";
    expect(words).toContain("with fluids or dialysis as your kidneys allow");
    expect(words).not.toMatch(/Fluids through a drip/);
  });

  it("control: creatinine 3.0 with hypercalcaemia, off dialysis, keeps the zoledronic acid card", () => {
    const a = variant(DIALYSIS_CA, (r) => {
      r.labs.creatinine.value = 3.0;
      r.conditions.renalFailureOnDialysis = false;
    });
    expect(card(a, "sc.bone.zoledronic-acid")).toBeDefined();
    expect(cautions(a, "sc.bone.zoledronic-acid")).toMatch(
      /in hypercalcaemia of malignancy the zoledronic acid dose is 4 mg/,
    );
    expect(cautions(a, "sc.hypercalcemia")).not.toMatch(/outside the zoledronic acid hypercalcaemia rule/);
  });
});

describe("re-check c86-M1: total calcium near the CRAB level with low albumin and no laboratory range", () => {
  const NO_RANGE = "review-c86-calcium-11.0-low-albumin-no-range";
  it("reads 11.0 mg/dL with albumin 3.3 and no upper limit as not known, asks the range and the corrected value, names no lean", () => {
    const a = variant(NO_RANGE);
    const c = calciumCriterion(a);
    expect(c?.status).toBe("unknown");
    expect(c?.evidence).toBe("unverified");
    expect(flat(c?.because ?? "")).toMatch(
      /above 10 mg\/dL \(the CRAB level less its 1 mg\/dL margin.*UNVERIFIED\)/,
    );
    expect(flat(c?.because ?? "")).toMatch(
      /Give the laboratory's upper limit and ask for its albumin-corrected calcium/,
    );
    expect(missingFields(a)).toEqual(
      expect.arrayContaining(["labs.calcium", "labs.calcium.upperLimitOfNormal"]),
    );
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(a.diagnosis.couldChangeWith.join(" ")).toMatch(
      /laboratory's upper limit and its albumin-corrected calcium/,
    );
    expect(a.options.some((o) => o.id.startsWith("smm."))).toBe(false);
    expect(page(a)).toMatch(/Your calcium is at the high end, and it may be higher than the test shows/);
  });

  it("the same in mmol/L (2.74 mmol/L: above 2.5, not above 2.75)", () => {
    const a = variant(NO_RANGE, (r) => {
      r.labs.calcium = { value: 2.74, unit: "mmol/L", date: "2026-11-28" };
    });
    expect(calciumCriterion(a)?.status).toBe("unknown");
    expect(a.diagnosis.likely).toBeNull();
  });

  it("leaves a calcium at or below 10 mg/dL with low albumin and no range as before (not met, the missing range said)", () => {
    for (const value of [9.2, 10]) {
      const a = variant(NO_RANGE, (r) => {
        r.labs.calcium = { value, unit: "mg/dL", date: "2026-11-28" };
      });
      expect(calciumCriterion(a)?.status).toBe("not-met");
      expect(flat(calciumCriterion(a)?.because ?? "")).toMatch(/no upper limit of normal given/);
      expect(a.diagnosis.likely).toBe("smoldering-myeloma");
    }
  });

  it("leaves 10.8 mg/dL with no range and normal albumin as before (not met, the range asked)", () => {
    const a = variant(NO_RANGE, (r) => {
      r.labs.calcium = { value: 10.8, unit: "mg/dL", date: "2026-11-28" };
      r.labs.albumin.value = 3.9;
    });
    expect(calciumCriterion(a)?.status).toBe("not-met");
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
  });
});

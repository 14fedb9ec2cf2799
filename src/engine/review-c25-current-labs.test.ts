/** Review c25 (UNSAFE): a lab dated before a later series value hid that value from every reading of today.
 * Vignette `review-c25-stale-counts-on-teclistamab`: three weeks into teclistamab, `labs` holds the counts of
 * the day before the first dose (neutrophils 2.6 x10^9/L, Hb 10.8 g/dL) while the series holds last week's
 * neutrophils 0.3 and Hb 7.4. Before, no "withhold the bispecific" warning (treatments.md 5c, ANC < 0.5 x10^9/L,
 * bispecific-infection-consensus-2023), no G-CSF warning and no anaemia options (Hb < 10 g/dL, bohlius-2019-jco)
 * were shown. Now every lab reads the latest dated value, as creatinine did since review c23-1. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

type Rec = {
  asOf: string;
  labs: Record<string, unknown>;
  series: Record<string, unknown>;
  treatmentHistory: unknown[];
  conditions?: Record<string, unknown>;
};
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const VIGNETTE = "review-c25-stale-counts-on-teclistamab";
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("three weeks into teclistamab, last week's counts are today's (review c25)", () => {
  const a = assess(read(VIGNETTE));

  it("neutrophils 0.3 x10^9/L: withhold teclistamab, G-CSF and fungal prophylaxis are said", () => {
    expect(ids(a.alerts)).toContain("class.bispecific.anc-below-0.5");
    expect(ids(a.alerts)).toContain("class.t-cell-redirection.neutropenia-grade-3");
  });

  it("Hb 7.4 g/dL: transfusion is listed, and the anaemia is not read from the pre-treatment 10.8", () => {
    expect(ids(a.options)).toContain("sc.anemia.transfusion");
  });

  it("the same as if the labs had recorded last week's values", () => {
    const same = read(VIGNETTE);
    same.labs.neutrophils = { value: 0.3, unit: "10^9/L", date: "2026-11-27" };
    same.labs.hemoglobin = { value: 7.4, unit: "g/dL", date: "2026-11-27" };
    same.labs.platelets = { value: 41, unit: "10^9/L", date: "2026-11-27" };
    const b = assess(same);
    expect(ids(a.alerts)).toEqual(ids(b.alerts));
    expect(ids(a.options)).toEqual(ids(b.options));
  });

  it("counts recorded undated in the labs stay today's (the record's convention)", () => {
    const undated = read(VIGNETTE);
    undated.labs.neutrophils = { value: 2.6, unit: "10^9/L" };
    expect(ids(assess(undated).alerts)).not.toContain("class.bispecific.anc-below-0.5");
  });
});

describe("an untreated smouldering myeloma whose Hb fell since the dated lab value (review c25)", () => {
  // The smouldering vignette of review c10d with its Hb dated a year back and a series value of this week:
  // IMWG 2014 anaemia (Hb < 10 g/dL, rajkumar-2014-lancet-oncol) is read on today's 9.1, not last year's 12.1.
  const smm = read("review-c10d-smm-rising");

  it("the recorded vignette stays smouldering", () => {
    expect(assess(smm).diagnosis.category).toBe("smoldering-myeloma");
  });

  it("with this week's Hb 9.1 g/dL in the series, CRAB anaemia is met: the category is active myeloma", () => {
    const r = read("review-c10d-smm-rising");
    r.labs.hemoglobin = { value: 12.1, unit: "g/dL", date: "2025-11-20" };
    r.series.hemoglobin = [{ date: "2026-11-25", value: 9.1, unit: "g/dL" }];
    const a = assess(r);
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    const anaemia = a.diagnosis.criteria.find((c) => c.id === "imwg2014.crab.anaemia");
    expect(anaemia?.status).toBe("met");
  });
});

describe("an undated count or calcium on the safe side of a level, beside a later series value past it (review c25)", () => {
  const CONFLICT = "data-quality.lab-conflict";
  const conflictOf = (r: Rec) => assess(r).alerts.find((x) => x.id === CONFLICT);

  it("undated neutrophils 2.6 beside last week's 0.3: read as today's, and the warning names both", () => {
    const r = read(VIGNETTE);
    r.labs.neutrophils = { value: 2.6, unit: "10^9/L" };
    const w = conflictOf(r);
    expect(w?.severity).toBe("warning");
    expect(w?.text).toContain(
      "the labs hold 2.6 x10^9/L without a date (read as today's), the series 0.3 x10^9/L on 2026-11-27",
    );
    expect(w?.text).toContain("either side of 0.5 x10^9/L");
    expect(w?.citations).toContain("bispecific-infection-consensus-2023");
  });

  it("calcium in mmol/L past 11 mg/dL beside an undated normal one: one warning for both labs, in their units", () => {
    const r = read(VIGNETTE);
    r.labs.neutrophils = { value: 2.6, unit: "10^9/L" };
    r.labs.calcium = { value: 9.2, unit: "mg/dL" };
    r.series.calcium = [{ date: "2026-11-27", value: 3.6, unit: "mmol/L" }];
    const a = assess(r);
    expect(a.alerts.filter((x) => x.id === CONFLICT)).toHaveLength(1);
    expect(conflictOf(r)?.text).toContain("Calcium values on either side of 11 mg/dL");
    expect(conflictOf(r)?.text).toContain("the series 3.6 mmol/L (14.43 mg/dL) on 2026-11-27");
  });

  it("an undated value past the level beside an older safe one, or two values on one side, is no conflict", () => {
    const past = read(VIGNETTE);
    past.labs.neutrophils = { value: 0.3, unit: "10^9/L" };
    past.series.neutrophils = [{ date: "2026-11-27", value: 2.6, unit: "10^9/L" }];
    expect(conflictOf(past)).toBeUndefined();
    expect(ids(assess(past).alerts)).toContain("class.bispecific.anc-below-0.5");
    // The vignette itself: dated labs, read from the later series (no conflict to tell).
    expect(conflictOf(read(VIGNETTE))).toBeUndefined();
  });

  it("the same day across the level: the worse is read, and the warning says so (review c25-6)", () => {
    // Neutrophils 0.9 in the labs and 0.3 in the series, both of 2026-11-27: 0.3 is read, so the withhold
    // warning is said, either way round.
    for (const [lab, other] of [
      [0.9, 0.3],
      [0.3, 0.9],
    ] as const) {
      const r = read(VIGNETTE);
      r.labs.neutrophils = { value: lab, unit: "10^9/L", date: "2026-11-27" };
      r.series.neutrophils = [{ date: "2026-11-27", value: other, unit: "10^9/L" }];
      const a = assess(r);
      expect(ids(a.alerts)).toContain("class.bispecific.anc-below-0.5");
      expect(a.alerts.find((x) => x.id === CONFLICT)?.text).toContain(
        "Neutrophil values of one day (2026-11-27) on either side of 0.5 x10^9/L",
      );
      expect(a.alerts.find((x) => x.id === CONFLICT)?.text).toContain(
        "read 0.3 x10^9/L, the worse of the two (the cautious reading)",
      );
    }
  });

  it("IgG: an undated 700 mg/dL beside a later 250 is read as today's, and warned (review c25-7)", () => {
    const r = read(VIGNETTE);
    r.labs.igg = { value: 700, unit: "mg/dL" };
    r.series.igg = [{ date: "2026-11-27", value: 250, unit: "mg/dL" }];
    expect(conflictOf(r)?.text).toContain(
      "IgG values on either side of 400 mg/dL: the labs hold 700 mg/dL without a date (read as today's), the series 250 mg/dL on 2026-11-27",
    );
  });
});

/** Review c25 re-review (the reviewer's records): what the first version of the latest-value rule lost. */
describe("the value read from the series keeps the record's limits; the free light chains stay a pair", () => {
  it("c25-1: calcium 10.9 mg/dL with the record's upper limit 9.8: CRAB hypercalcaemia met, the critical alert said", () => {
    // IMWG 2014 (criteria-and-scores.md 1.1): > 1 mg/dL above the upper limit of normal.
    const a = assess(read("review-c25-p02-smm-ca-uln-lost-to-series"));
    expect(a.diagnosis.criteria.find((c) => c.id === "imwg2014.crab.calcium")?.status).toBe("met");
    expect(a.alerts.find((x) => x.id === "alert.hypercalcemia")?.severity).toBe("critical");
    expect(a.diagnosis.category).toBe("multiple-myeloma");
  });

  it("c25-4, c26-2: a new involved light chain without an uninvolved one of its day: the ratio is not known, and said", () => {
    // 850 mg/L over the old uninvolved 8 would be a ratio of 106 (c25-4); the 18-month-old pair's 20 read as
    // today's hid the 850 (c26-2). SLiM (criteria-and-scores.md 1.1) is then not known: indeterminate, and the
    // warning asks for both chains of one sample.
    const a = assess(read("review-c25-p03-smm-flc-ratio-mixed-dates"));
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
    expect(a.diagnosis.criteria.find((c) => c.id === "imwg2014.slim.flc-ratio")?.status).toBe("unknown");
    expect(a.alerts.find((x) => x.id === "data-quality.flc-unpaired")?.text).toContain(
      "the involved 850 mg/L of 2026-11-25 has no value of the other chain of its day (the latest pair is of 2025-05-10)",
    );
  });

  it("c26-4: smouldering myeloma with calcium 10.0 and 11.6 mg/dL of one day: the alert reads 11.6, the CRAB criterion is not decided", () => {
    const r = read("review-c25-p02-smm-ca-uln-lost-to-series");
    r.labs.calcium = { value: 10.0, unit: "mg/dL", date: "2026-11-25" };
    r.series.calcium = [{ date: "2026-11-25", value: 11.6, unit: "mg/dL" }];
    const a = assess(r);
    expect(a.alerts.find((x) => x.id === "alert.hypercalcemia")?.severity).toBe("critical");
    const ca = a.diagnosis.criteria.find((c) => c.id === "imwg2014.crab.calcium");
    expect(ca?.status).toBe("unknown");
    expect(ca?.because).toContain(
      "two calcium values of 2026-11-25 disagree on it (11.6 mg/dL and 10 mg/dL)",
    );
    expect(a.diagnosis.category).toBe("indeterminate");
  });
});

describe("VCd for myeloma kidney injury in a frail 80-year-old (review c25-12)", () => {
  it("the high-dose dexamethasone of IMWG renal and the 20 mg weekly for age over 75 are said to conflict, the choice left to the team", () => {
    // treatments.md 3b (VCd row: high-dose dexamethasone for the first month) and 4 / 7b (20 mg weekly for age
    // > 75 or frailty): the reference does not reconcile them.
    // Review c60-M1: "preferred" only when the team attributes the kidney impairment to myeloma; "consider" while
    // that is not recorded. The dexamethasone caution is said either way.
    const r = read("review-c25-frail-80-ndmm-kidney");
    for (const [attribution, strength] of [
      [undefined, "consider"],
      [true, "preferred"],
    ] as const) {
      const conditions = { ...r.conditions, kidneyImpairmentFromMyeloma: attribution };
      const a = assess({ ...r, conditions });
      const vcd = a.options.find((o) => o.id === "ndmm.renal.vcd");
      expect(vcd?.strength).toBe(strength);
      expect(vcd?.cautions.join(" ")).toContain(
        "does not say whether the high-dose dexamethasone of myeloma kidney injury overrides it: weigh with the team",
      );
    }
  });
});

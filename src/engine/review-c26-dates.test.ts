/** Review c26 (left at stop 30), the dates of two findings:
 * - c26-1 (WRONG): smouldering myeloma, `labs` free light chains 160/8 mg/L without a date (read as today's),
 *   the series 850/8 mg/L on 2026-11-25. The undated pair's ratio 20 gave "SLiM FLC not met" and smouldering
 *   myeloma, and 850 appeared nowhere: a myeloma-defining event (involved:uninvolved >= 100 with the involved
 *   chain >= 100 mg/L, IMWG 2014, criteria-and-scores.md 1.1) hidden by a pair the record cannot date.
 * - c26-8 (MISLEADING): `alert.car-t.neutropenia-grade-3` read an ANC of 0.8 x10^9/L taken five days before the
 *   cilta-cel infusion as a count "after" it (treatments.md 5c, bispecific-infection-consensus-2023).
 *   Its twin while a bispecific is given: the count read may predate the first dose.
 * The vignettes are the reviewer's records (review c26, q05 and q08). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const SLIM_FLC = "imwg2014.slim.flc-ratio";
const slimFlc = (a: ReturnType<typeof assess>) => a.diagnosis.criteria.find((c) => c.id === SLIM_FLC);
const ids = (a: ReturnType<typeof assess>) => a.alerts.map((x) => x.id);

describe("an undated pair of free light chains beside a dated pair past the SLiM level (review c26-1)", () => {
  const NAME = "review-c26-1-smm-flc-undated-pair-beside-dated-pair";

  it("the SLiM criterion is not decided, naming both pairs; the category waits on the test, no lean (c29-M10)", () => {
    const a = assess(read(NAME));
    const c = slimFlc(a);
    expect(c?.status).toBe("unknown");
    expect(c?.because).toContain("160 mg/L over 8 mg/L, ratio 20");
    expect(c?.because).toContain("2026-11-25 (850 mg/L over 8 mg/L, ratio 106.25)");
    expect(a.diagnosis.category).toBe("indeterminate");
    // Review c29-M10: one pair meets SLiM, so no lean ("most likely smouldering myeloma" presumed it normal).
    expect(a.diagnosis.likely).toBeNull();
    expect(ids(a)).toContain("pathway.deciding-test-first");
    expect(a.missingData.map((m) => m.field)).toContain("labs.involvedFreeLightChain");
  });

  it("the smouldering myeloma risk scores read neither ratio (review c28-M1): IMWG 2020 waits on the pair", () => {
    const a = assess(read(NAME));
    expect(a.risk.smmImwg2020.group).toBeNull();
    expect(a.risk.smmImwg2020.missing.map((m) => m.field)).toContain(
      "labs.involvedFreeLightChain / labs.uninvolvedFreeLightChain",
    );
  });

  it("a data-quality warning names both pairs and asks for a dated pair", () => {
    const w = assess(read(NAME)).alerts.find((x) => x.id === "data-quality.flc-conflict");
    expect(w?.severity).toBe("warning");
    expect(w?.text).toContain("involved 160 mg/L and uninvolved 8 mg/L without a date");
    expect(w?.text).toContain("involved 850 mg/L and uninvolved 8 mg/L on 2026-11-25");
    expect(w?.citations).toEqual(["rajkumar-2014-lancet-oncol"]);
  });

  it("the labs' pair dated before the series' pair: the later pair is read, SLiM met, no conflict", () => {
    const r = read(NAME);
    r.labs.involvedFreeLightChain.date = "2025-05-10";
    r.labs.uninvolvedFreeLightChain.date = "2025-05-10";
    const a = assess(r);
    expect(slimFlc(a)?.status).toBe("met");
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(ids(a)).not.toContain("data-quality.flc-conflict");
  });

  it("one chain of the labs undated is an undated pair too", () => {
    const r = read(NAME);
    r.labs.involvedFreeLightChain.date = "2026-11-01";
    expect(slimFlc(assess(r))?.status).toBe("unknown");
  });

  it("the undated pair past the level beside a dated pair below it: not decided either (review c28-W4)", () => {
    const r = read(NAME);
    r.labs.involvedFreeLightChain.value = 850;
    r.series.involvedFreeLightChain[0].value = 160;
    const a = assess(r);
    expect(slimFlc(a)?.status).toBe("unknown");
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(ids(a)).toContain("data-quality.flc-conflict");
  });

  it("a treated record: the pairs are read for the response, no SLiM dispute (review c28-m1)", () => {
    const r = read(NAME);
    r.treatmentHistory = [
      {
        regimen: "D-VRd",
        drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
        start: "2026-10-01",
      },
    ];
    const a = assess(r);
    expect(ids(a)).not.toContain("data-quality.flc-conflict");
  });

  it("both pairs below the level: not met, no conflict (a series of older pairs is not a dispute)", () => {
    const r = read(NAME);
    r.series.involvedFreeLightChain[0].value = 200;
    const a = assess(r);
    expect(slimFlc(a)?.status).toBe("not-met");
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    expect(ids(a)).not.toContain("data-quality.flc-conflict");
  });
});

describe("a neutrophil count from before the CAR-T infusion is not one after it (review c26-8)", () => {
  const NAME = "review-c26-8-cilta-cel-count-before-infusion";

  it("ANC 0.8 dated before the infusion, platelets 40 since: no grade 3 alert; a count since the infusion is asked for", () => {
    const a = assess(read(NAME));
    expect(ids(a)).not.toContain("alert.car-t.neutropenia-grade-3");
    const ask = a.alerts.find((x) => x.id === "alert.car-t.no-count-since-infusion");
    expect(ask?.severity).toBe("warning");
    expect(ask?.text).toContain("No neutrophil count taken since the BCMA CAR-T infusion");
  });

  it("the same count taken since the infusion: the grade 3 alert, and no request", () => {
    const r = read(NAME);
    r.series.neutrophils = [{ date: "2026-11-20", value: 0.8, unit: "10^9/L" }];
    const a = assess(r);
    expect(ids(a)).toContain("alert.car-t.neutropenia-grade-3");
    expect(ids(a)).not.toContain("alert.car-t.no-count-since-infusion");
  });
});

describe("while a bispecific is given, its neutropenia rules read a count taken on it (review c26-8's twin)", () => {
  // Teclistamab since 2026-04-15 (the vignette), asOf 2026-12-01; no neutrophil count in the record.
  const NAME = "safety-teclistamab-igg-520-infections";
  const ASK = "alert.bispecific.no-count-since-start";
  const withAnc = (value: number, date?: string): Rec => {
    const r = read(NAME);
    r.labs.neutrophils = { value, unit: "10^9/L", ...(date ? { date } : {}) };
    return r;
  };

  it("no count, or one from before the first dose: a warning asks for a count taken on the drug", () => {
    for (const r of [read(NAME), withAnc(2.4, "2026-04-01")]) {
      const ask = assess(r).alerts.find((x) => x.id === ASK);
      expect(ask?.severity).toBe("warning");
      expect(ask?.text).toContain("No neutrophil count taken since the bispecific antibody started");
    }
  });

  it("a count of the first dose's day, a later one, or an undated one (today's): no request", () => {
    for (const date of ["2026-04-15", "2026-11-20", undefined])
      expect(ids(assess(withAnc(2.4, date))), String(date)).not.toContain(ASK);
  });

  it("the old count below 0.5: the request names it and the withhold rule (never read as normal), no withhold on it", () => {
    // Review c30-W3: the withhold and G-CSF alerts read a count taken on the drug; the request carries the
    // older count with its date (it was "withhold teclistamab" beside "no count since it started").
    const a = assess(withAnc(0.4, "2026-04-01"));
    const ask = a.alerts.find((x) => x.id === ASK)?.text ?? "";
    expect(ask).toContain("withhold it if neutrophils are below 0.5 x10^9/L");
    expect(ask).toContain("absolute neutrophil count: 0.4 x10^9/L; date of the neutrophil count: 2026-04-01");
    expect(ids(a)).not.toContain("class.bispecific.anc-below-0.5");
    expect(ids(a)).not.toContain("class.t-cell-redirection.neutropenia-grade-3");
  });

  it("the bispecific stopped: nothing asked", () => {
    const r = read(NAME);
    r.treatmentHistory.at(-1).end = "2026-11-01";
    expect(ids(assess(r))).not.toContain(ASK);
  });
});

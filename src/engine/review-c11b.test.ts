/** Specialist review c11 (/work/vig-c11/REVIEW.md), fixed in c11b (failing on main be2e49d). Each vignette
 * is a record in examples/vignettes; the expectations are those a myeloma specialist checks, with the
 * source beside them:
 * - C11-H1: lenalidomide maintenance with no result for 14 months. The reference gives no assessment interval
 *   for active myeloma (monitoring.active-myeloma.none), so none is invented: the longest routine interval it
 *   gives for a watched plasma-cell disorder that can progress, yearly (IMWG 2010, kyle-2010-leukemia:
 *   intermediate/high-risk MGUS yearly; stable smoldering myeloma every 6-12 months), is used as a floor and
 *   marked UNVERIFIED. Zoledronic acid: "check creatinine before each dose" (treatments.md 8a,
 *   zometa-label): a dose from an old creatinine says so.
 * - C11-M3: a value measured after the line began is no baseline (criteria-and-scores.md 6.1, "measurable at
 *   baseline"; the pre-treatment window of engine/pre-treatment-values.ts: on or before the start). Without
 *   one the baseline is unknown, never "not measurable"; on-treatment values still serve as nadirs for PD
 *   (6.2: "from the lowest confirmed response value").
 * - C11-M9: Hb 8.9 in year 4 of lenalidomide maintenance in CR: the clinician is told to look for the cause
 *   (a second primary cancer among others) before an ESA (treatments.md 3d, 8c); the handout says the same. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette record, edited per test
type Rec = any;
const record = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const flat = (s: string) => s.replace(/\s+/g, " ");
const patientTexts = (a: Assessment) => [
  flat(renderHandout(a, "text", EN)),
  flat(renderPatientSummary(a, "text", EN)),
];
const patientTextsEs = (a: Assessment) => [
  flat(renderHandout(a, "text", ES)),
  flat(renderPatientSummary(a, "text", ES)),
];
const allText = (a: Assessment) =>
  [
    flat(renderClinicianSummary(a, "text")),
    ...patientTexts(a),
    ...patientTextsEs(a),
    JSON.stringify(a.alerts),
    a.response.basis,
    a.response.reason ?? "",
  ].join("\n");

const LOST = "review-c11-no-data-14-months-on-r-maintenance";

/** The same record with every dated lab moved to `date`. */
function redated(rec: Rec, date: string): Rec {
  const r = structuredClone(rec);
  for (const v of Object.values(r.labs) as Rec[])
    if (v && typeof v === "object" && "date" in v) v.date = date;
  return r;
}

describe("C11-H1. No result for 14 months on lenalidomide maintenance", () => {
  const rec = record(LOST);
  const a = assess(rec);

  it("the monitoring plan lists the tests as overdue (a registry screen counts the record)", () => {
    const tests = a.monitoring.overdue.map((i) => i.test);
    expect(tests).toEqual(
      expect.arrayContaining([
        "serum protein electrophoresis",
        "free light chains",
        "CBC",
        "creatinine",
        "calcium",
      ]),
    );
    for (const i of a.monitoring.overdue) expect(i.lastDone).toBe("2025-10-01");
  });

  it("a warning names the date of the last results, says they are overdue and why no interval is invented", () => {
    const x = a.alerts.find((y) => y.id.startsWith("monitoring.") && y.severity === "warning");
    expect(x?.text).toContain("2025-10-01");
    expect(x?.text).toMatch(/overdue/i);
    expect(x?.text).toMatch(/no (assessment )?interval/i);
    expect(x?.citations).toContain("kyle-2010-leukemia");
    // The floor is the project's reading of the reference's intervals, not a published interval.
    expect(x?.verified).toBe(false);
  });

  it("the zoledronic acid dose says its creatinine is from 2025-10-01 and must be repeated before the dose", () => {
    const za = a.options.find((o) => o.id === "sc.bone.zoledronic-acid");
    const renal = za?.cautions.filter((c) => c.includes("2025-10-01")) ?? [];
    expect(renal.length).toBeGreaterThan(0);
    expect(renal.join(" ")).toMatch(/repeat the creatinine before/i);
  });

  it("with a lower clearance, the lenalidomide kidney caution names the creatinine date too", () => {
    const r = structuredClone(rec);
    r.labs.creatinine.value = 1.9;
    const b = assess(r);
    const withLenKidney = b.options.filter((o) =>
      o.cautions.some((c) => c.startsWith("Lenalidomide, kidney")),
    );
    expect(withLenKidney.length).toBeGreaterThan(0);
    for (const o of withLenKidney) expect(o.cautions.join(" ")).toContain("2025-10-01");
  });

  it("the clinician kidney block names the date of the creatinine it uses", () => {
    const t = flat(renderClinicianSummary(a, "text"));
    expect(t).toMatch(
      /Creatinine clearance \(Cockcroft-Gault[^)]*\): [\d.]+ mL\/min \(creatinine of 2025-10-01/,
    );
  });

  it("the handout says the tests are overdue before the treatment, never an unqualified 'keep going' (EN, ES)", () => {
    for (const t of patientTexts(a)) {
      expect(t).not.toContain("keep going with your current treatment");
      expect(t).toMatch(/overdue/i);
    }
    for (const t of patientTextsEs(a)) {
      expect(t).not.toContain("seguir con su tratamiento actual");
      expect(t).toMatch(/atrasad/i);
    }
    // The handout names the date of the last results (the summary lists each overdue test).
    expect(flat(renderHandout(a, "text", EN))).toContain("1 October 2025");
    expect(flat(renderHandout(a, "text", ES))).toContain("1 de octubre de 2025");
    const h = flat(renderHandout(a, "text", EN));
    expect(h.indexOf("1 October 2025")).toBeLessThan(h.indexOf("lenalidomide alone"));
  });

  it("control: the same record with results of 2026-11-20 has nothing overdue and says 'keep going'", () => {
    const b = assess(redated(rec, "2026-11-20"));
    expect(b.monitoring.overdue).toEqual([]);
    expect(b.alerts.some((y) => y.id.startsWith("monitoring.overdue"))).toBe(false);
    const za = b.options.find((o) => o.id === "sc.bone.zoledronic-acid");
    expect(za?.cautions.join(" ")).not.toMatch(/repeat the creatinine before/i);
    expect(flat(renderHandout(b, "text", EN))).toContain("keep going with your current treatment");
  });
});

describe("C11-M3. A value from 20 months into the line is no baseline", () => {
  const rec = record(LOST);
  const a = assess(rec);

  it("the baseline is not known (no pre-treatment value), never 'not measurable at baseline'", () => {
    expect(a.response.current).toBeNull();
    expect(a.response.measurableBy).toEqual([]);
    expect(a.response.baseline.serum).toBeNull();
    expect(a.response.baseline.dflc).toBeNull();
    expect(a.response.reason).toMatch(/no pre-treatment value/i);
    expect(a.response.reason).toMatch(/baseline (is )?not known/i);
    expect(a.response.reason).toContain("2024-01-10");
    expect(allText(a)).not.toMatch(/not measurable at baseline/i);
    expect(allText(a)).not.toMatch(/no value before the start: first value after it/);
  });

  it("the clinician is asked for the diagnostic M-protein/FLC, not told to follow by imaging and marrow", () => {
    const x = a.alerts.find((y) => y.id === "pathway.response-assessment-due");
    expect(x?.text).toMatch(/baseline (is )?not known/i);
    expect(x?.text).toMatch(/pre-treatment/i);
    expect(x?.text).not.toMatch(/follow the disease by imaging and marrow/);
  });

  it("on-treatment values are still read for progression, from the lowest confirmed value (6.2 PD)", () => {
    const r = structuredClone(rec);
    r.asOf = "2026-12-02";
    r.series = {
      serumMProtein: [
        { date: "2025-10-01", value: 0.2, unit: "g/dL" },
        { date: "2026-03-01", value: 0.2, unit: "g/dL" },
        { date: "2026-09-01", value: 0.9, unit: "g/dL" },
        { date: "2026-11-01", value: 1.0, unit: "g/dL" },
      ],
    };
    const b = assess(r);
    expect(b.response.current).toBe("PD");
    expect(b.response.progression).toBe(true);
  });

  it("a value on or before the start of the line is the baseline (pre-treatment window)", () => {
    const r = structuredClone(rec);
    r.series = { serumMProtein: [{ date: "2023-12-20", value: 3.1, unit: "g/dL" }] };
    const b = assess(r);
    expect(b.response.baseline.serum).toMatchObject({ date: "2023-12-20", value: 3.1 });
    expect(b.response.measurableBy).toEqual(["serum"]);
  });
});

describe("C11-M9. Hb 8.9 in year 4 of lenalidomide maintenance in CR: the handout agrees with the clinician", () => {
  const rec = record("review-c11-anaemia-hb-8-9-on-r-maintenance-cr");
  const a = assess(rec);
  const ALERT = "lenalidomide.maintenance-anaemia-second-primary";

  it("the clinician alert asks for the cause first (treatments.md 3d: haematological SPM 5.3% vs 0.8%)", () => {
    expect(a.alerts.find((x) => x.id === ALERT)?.severity).toBe("warning");
  });

  it("the handout says the cause is looked for first, before the treatment, and not 'keep going' (EN, ES)", () => {
    const en = flat(renderHandout(a, "text", EN));
    expect(en).toContain(EN.anaemiaCauseFirst);
    expect(en).not.toContain("keep going with your current treatment");
    expect(en.indexOf(EN.anaemiaCauseFirst)).toBeLessThan(en.indexOf("lenalidomide alone"));
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain(ES.anaemiaCauseFirst);
    expect(es).not.toContain("seguir con su tratamiento actual");
  });

  it("epoetin and transfusion are listed only after the cause is looked for (both patient texts, EN, ES)", () => {
    const en = flat(renderHandout(a, "text", EN));
    expect(en).toMatch(/epoetin[^\n]*– after your team looks for the cause of the low blood count/);
    expect(en).toMatch(/transfusion – after your team looks for the cause/);
    expect(flat(renderHandout(a, "text", ES))).toContain(ES.marks.afterAnaemiaCause);
    const summary = flat(renderPatientSummary(a, "text", EN));
    const esa = summary.slice(summary.indexOf("raise the blood count: epoetin"));
    expect(esa.slice(0, 400)).toContain(EN.anaemiaCauseFirst);
    expect(flat(renderPatientSummary(a, "text", ES))).toContain(ES.anaemiaCauseFirst);
  });

  it("control: Hb 12.4 on the same maintenance says neither, and 'keep going' stays", () => {
    const r = structuredClone(rec);
    r.labs.hemoglobin.value = 12.4;
    const b = assess(r);
    for (const t of [...patientTexts(b), ...patientTextsEs(b)]) {
      expect(t).not.toContain(EN.anaemiaCauseFirst);
      expect(t).not.toContain(ES.anaemiaCauseFirst);
      expect(t).not.toContain(EN.marks.afterAnaemiaCause);
    }
    expect(flat(renderHandout(b, "text", EN))).toContain("keep going with your current treatment");
  });
});

describe("C11-H1 guard: a current value without a date is never read as an old one", () => {
  it("an undated current serum M-protein beside an old dated series is not overdue", () => {
    const r = record(LOST);
    r.labs.serumMProtein = { value: 0.2, unit: "g/dL" };
    r.series = { serumMProtein: [{ date: "2025-10-01", value: 0.2, unit: "g/dL" }] };
    const a = assess(r);
    expect(a.monitoring.overdue.map((i) => i.test)).not.toContain("serum protein electrophoresis");
    expect(a.monitoring.overdue.map((i) => i.test)).toContain("creatinine");
  });
});

/** Review c70-U1 (UNSAFE): light-chain "MGUS" with a myeloma-defining FLC ratio (kappa 300 / lambda 2.5 mg/L, ratio
 * 120; criteria-and-scores.md 1.1 SLiM) and no marrow. The clinician text said the marrow decides whether this is
 * myeloma (alert.myeloma-biomarker-marrow-below-10), but the monitoring plan set the next FLC test a year away
 * ("yearly for life", the intermediate/high-risk MGUS row of treatments.md 2a) and the full patient summary said
 * "MGUS is not cancer ... you need one each year" with no word of the biomarker. Treatments.md 2a: a SLiM biomarker
 * is active myeloma, "treat as MM (not SMM)": while the marrow is not examined (or below 10%) the watched disorder's
 * schedule sets no future date; the tests are due now and the marrow examination is what is asked. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c70-${name}.json`), "utf8"),
  );
const SLIM = "lc-mgus-slim-ratio-no-marrow";
const ALERT = "alert.myeloma-biomarker-marrow-below-10";
const flcItem = (r: Rec) => assess(r).monitoring.items.find((i) => i.test === "free light chains");

describe("c70-U1: a SLiM FLC ratio with no marrow: the FLC test is due now, no yearly date", () => {
  it("the free light chains are due now (asOf), with the reason; nothing is set for 2027", () => {
    const a = assess(read(SLIM));
    expect(a.alerts.some((x) => x.id === ALERT)).toBe(true);
    const it = a.monitoring.items.find((i) => i.test === "free light chains");
    expect(it?.due).toBe("2026-12-01");
    expect(it?.status).toBe("due");
    expect(it?.overdue).toBe(false);
    expect(it?.intervalText).toContain("myeloma-defining biomarker is met");
    expect(it?.intervalText).toContain("the marrow examination decides");
    expect(it?.intervalText).toContain("the reference gives no interval");
    expect(it?.intervalText).not.toContain("yearly");
    expect(a.monitoring.nextDue).toBe("2026-12-01");
    expect(a.monitoring.dueNow?.map((i) => i.test)).toEqual(["free light chains"]);
    expect(a.monitoring.plan).toContain("marrow examination");
    expect(a.monitoring.rules.map((r) => r.ruleId)).toContain("monitoring.myeloma-biomarker.due-now");
    expect(JSON.stringify(a.monitoring)).not.toContain("2027");
    // The marrow examination and the imaging are what is asked (they were already).
    expect(a.missingData.map((m) => m.field)).toEqual(
      expect.arrayContaining(["marrow.clonalPlasmaCellPercent", "imaging.osteolyticLesions"]),
    );
    expect(a.diagnosis.couldChangeWith.join(" ")).toContain("bone marrow biopsy");
    expect(a.diagnosis.couldChangeWith.join(" ")).toContain("whole-body imaging");
  });

  it("the marrow examined at 5% (below 10%): the alert stays, and so does 'due now'", () => {
    const r = read(SLIM);
    r.marrow = { clonalPlasmaCellPercent: 5 };
    const a = assess(r);
    expect(a.alerts.some((x) => x.id === ALERT)).toBe(true);
    expect(flcItem(r)?.due).toBe("2026-12-01");
    expect(flcItem(r)?.status).toBe("due");
  });

  it("control: a light-chain MGUS of ratio 4.5 keeps its 6-month re-test", () => {
    const a = assess(read("lc-mgus-ratio-4.5"));
    expect(a.alerts.some((x) => x.id === ALERT)).toBe(false);
    expect(flcItem(read("lc-mgus-ratio-4.5"))?.due).toBe("2027-05-20");
    expect(a.monitoring.rules.map((r) => r.ruleId)).not.toContain("monitoring.myeloma-biomarker.due-now");
  });

  it("control: ratio >= 100 with the involved chain below 100 mg/L is no biomarker: the yearly date stays", () => {
    const r = read(SLIM);
    r.labs.involvedFreeLightChain.value = 90;
    r.labs.uninvolvedFreeLightChain.value = 0.8;
    expect(assess(r).alerts.some((x) => x.id === ALERT)).toBe(false);
    expect(flcItem(r)?.due).toBe("2027-11-20");
    expect(flcItem(r)?.status).toBe("not-due");
  });

  it("control: the marrow at 15% makes it myeloma: no watched schedule at all", () => {
    const r = read(SLIM);
    r.marrow = { clonalPlasmaCellPercent: 15 };
    const a = assess(r);
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.monitoring.items).toEqual([]);
  });

  it("control: smouldering myeloma with ratio 120 but involved 84 mg/L keeps its schedule", () => {
    const a = assess(read("smm-flc-ratio-120-involved-84"));
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    // The first re-test 2-3 months after the diagnosis' work-up (marrow 2026-11-18, M-protein 2026-11-20; review c76-M2).
    expect(a.monitoring.items.map((i) => [i.test, i.due, i.status])).toEqual([
      ["serum protein electrophoresis", "2027-01-20", "not-due"],
      ["free light chains", "2027-01-20", "not-due"],
    ]);
  });
});

describe("c70-U1: the full patient summary says what the short handout says (EN, ES)", () => {
  it("English: the biomarker sentence, the test due now, no 'MGUS is not cancer' nor 'each year'", () => {
    const a = assess(read(SLIM));
    const full = renderPatientSummary(a, "text").replace(/\s+/g, " ");
    const short = renderHandout(a, "text").replace(/\s+/g, " ");
    const said = EN.biomarkerWithoutClone.biomarkerNoMarrow;
    expect(short).toContain(said);
    expect(full).toContain(said);
    expect(full).toContain(EN.biomarkerWithoutClone.mgusMeaning);
    expect(full).not.toContain("MGUS is not cancer");
    expect(full).not.toContain("each year");
    expect(full).not.toContain("2027");
    expect(full).toContain("Light chain blood test. This test is due now.");
    expect(full).toContain(EN.biomarkerWithoutClone.watchWhy);
    expect(short).not.toContain("2027");
  });

  it("Spanish: the same sentence, no 'La GMSI no es cáncer' nor 'cada año'", () => {
    const a = assess(read(SLIM));
    const full = renderPatientSummary(a, "text", ES).replace(/\s+/g, " ");
    expect(full).toContain(ES.biomarkerWithoutClone.biomarkerNoMarrow);
    expect(full).toContain(ES.biomarkerWithoutClone.watchWhy);
    expect(full).not.toContain("no es cáncer");
    expect(full).not.toContain("cada año");
    expect(full).not.toContain("2027");
  });

  it("the marrow below 10%: the sentence of a repeat marrow test, as on the handout", () => {
    const r = read(SLIM);
    r.marrow = { clonalPlasmaCellPercent: 5 };
    const full = renderPatientSummary(assess(r), "text").replace(/\s+/g, " ");
    expect(full).toContain(EN.biomarkerWithoutClone.biomarker);
    expect(full).not.toContain("MGUS is not cancer");
  });

  it("control: a light-chain MGUS of ratio 4.5 is still 'not cancer', with its yearly plan", () => {
    const full = renderPatientSummary(assess(read("lc-mgus-ratio-4.5")), "text").replace(/\s+/g, " ");
    expect(full).toContain("MGUS is not cancer");
    expect(full).not.toContain(EN.biomarkerWithoutClone.biomarkerNoMarrow);
    expect(full).not.toContain(EN.biomarkerWithoutClone.watchWhy);
  });
});

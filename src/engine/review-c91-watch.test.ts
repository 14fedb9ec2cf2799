/** Review c91 (engine 0.2.83), people being watched: W3 (IgM MGUS held "indeterminate" for a bone scan the IgM MGUS
 * criteria do not name), M5 (evolving smouldering myeloma scored on a marrow and MRI older than the M-protein rise:
 * "Could change with: nothing listed", and "18 in 100" on the handout), m3 (the 20/2/20 + FISH groups not shown), m6
 * (MGUS classed intermediate/high risk beside "no staging or risk score applies to MGUS"), m8 (a plasmacytoma after
 * radiotherapy read "disease already treated: no"). Each reviewer record is copied into examples/vignettes
 * (review-c91-*), with controls that must not move. */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec => structuredClone(readVignette(name)) as Rec;
const flat = (t: string): string => t.replace(/\s+/g, " ");
const page = (a: ReturnType<typeof assess>, w = EN) => flat(renderHandout(a, "text", w));
const clinician = (a: ReturnType<typeof assess>) => flat(renderClinicianSummary(a, "text"));

const IGM = "review-c91-mgus03-igm-kappa";

describe("c91-W3: IgM MGUS with every IgM MGUS item recorded and met is IgM MGUS, not waiting on a bone scan (criteria-and-scores.md 1.3, 1.2)", () => {
  it("the category is MGUS (IgM), with no deciding test and no 'decide the category first' warning", () => {
    const a = assess(read(IGM));
    expect(a.diagnosis.category).toBe("mgus");
    expect(a.diagnosis.couldChangeWith).toEqual([]);
    expect(a.alerts.map((x) => x.id)).not.toContain("pathway.deciding-test-first");
    const igm = a.diagnosis.criteria.find((c) => c.id === "imwg2014.mgus.igm");
    expect(igm?.met).toBe(true);
    expect(igm?.because).toMatch(/bone imaging not done, not part of the IgM MGUS criteria/);
  });

  it("the clinician summary says IgM MGUS; the handout does not say the answer waits on a scan of the bones", () => {
    const a = assess(read(IGM));
    expect(clinician(a)).toMatch(
      /Disease state: MGUS \(monoclonal gammopathy of undetermined significance\) \(IgM-kappa\)/,
    );
    expect(clinician(a)).not.toMatch(/Indeterminate/);
    expect(page(a)).not.toMatch(/scan of the bones/);
    expect(page(a)).not.toMatch(/do not give a clear answer/);
    expect(page(a, ES)).not.toMatch(/gammagraf|escáner de los huesos|no dan una respuesta clara/);
  });

  it("control: an IgM feature not recorded (lymphadenopathy) keeps it undecided", () => {
    const r = read(IGM);
    delete r.conditions.lymphadenopathy;
    expect(assess(r).diagnosis.category).toBe("indeterminate");
  });

  it("control: anaemia (Hb 9.5) is not IgM MGUS", () => {
    const r = read(IGM);
    r.labs.hemoglobin.value = 9.5;
    expect(assess(r).diagnosis.category).not.toBe("mgus");
  });

  it("control: a pathological fracture recorded with no imaging keeps the imaging asked", () => {
    const r = read(IGM);
    r.conditions.pathologicFracture = true;
    expect(assess(r).diagnosis.category).toBe("indeterminate");
  });

  it("control: an IgG paraprotein of the same size with no bone imaging stays undecided (the imaging is a CRAB item)", () => {
    const r = read(IGM);
    r.labs.heavyChain = "IgG";
    delete r.labs.igm;
    delete r.conditions;
    expect(assess(r).diagnosis.category).toBe("indeterminate");
  });
});

const EVOLVING = "review-c91-smm05-evolving-m-rising";
const BEFORE_RISE = "evolving.work-up-before-rise";

describe("c91-M5: evolving SMM scored on a marrow and MRI older than the M-protein rise (criteria-and-scores.md 1.1, 2.1)", () => {
  it("the marrow and the MRI dated before the rise are named as what could change the category and the risk group", () => {
    const a = assess(read(EVOLVING));
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    const could = a.diagnosis.couldChangeWith.join(" | ");
    expect(could).toMatch(
      /repeat bone marrow biopsy: the marrow of 2025-11-10 is older than the M-protein rise/,
    );
    expect(could).toMatch(
      /repeat imaging: the whole-body-MRI of 2025-11-12 is older than the M-protein rise/,
    );
    const x = a.alerts.find((y) => y.id === BEFORE_RISE);
    expect(x?.severity).toBe("warning");
    expect(x?.verified).toBe(false);
    expect(x?.text).toMatch(/20\/2\/20/);
    expect(x?.text).toMatch(/UNVERIFIED/);
    expect(x?.text).not.toMatch(/every \d+ months|within \d+ (weeks|months)/);
    expect(clinician(a)).not.toMatch(/Nothing listed: no missing test would change the category/);
  });

  it("the handout says the risk figure rests on tests done before the protein began to rise (EN and ES)", () => {
    const a = assess(read(EVOLVING));
    const en = page(a);
    expect(en).toMatch(/About 18 in 100 people/);
    expect(en).toMatch(
      /This figure comes from a bone marrow test and a scan done before your protein began to rise\. New tests could change it\./,
    );
    expect(page(a, ES)).toMatch(
      /Esta cifra sale de una prueba de médula ósea y una exploración hechas antes de que su proteína empezara a subir\. Pruebas nuevas podrían cambiarla\./,
    );
  });

  it("control: a marrow and MRI done after the rise began raise nothing and keep the plain figure", () => {
    const r = read(EVOLVING);
    r.marrow.date = "2026-11-20";
    r.imaging.date = "2026-11-21";
    const a = assess(r);
    expect(a.alerts.map((y) => y.id)).not.toContain(BEFORE_RISE);
    expect(a.diagnosis.couldChangeWith.join(" ")).not.toMatch(/repeat/);
    expect(page(a)).not.toMatch(/before your protein began to rise/);
  });

  it("control: a stable M-protein (no evolving pattern) with the same old marrow raises nothing", () => {
    const r = read(EVOLVING);
    r.series.serumMProtein = [{ value: 2.6, unit: "g/dL", date: "2025-11-10" }];
    r.labs.serumMProtein.value = 2.7;
    const a = assess(r);
    expect(a.alerts.map((y) => y.id)).not.toContain(BEFORE_RISE);
  });

  it("only the marrow older than the rise: the marrow is named, the imaging not", () => {
    const r = read(EVOLVING);
    r.imaging.date = "2026-11-21";
    const a = assess(r);
    const could = a.diagnosis.couldChangeWith.join(" | ");
    expect(could).toMatch(/repeat bone marrow biopsy/);
    expect(could).not.toMatch(/repeat imaging/);
    expect(page(a)).toMatch(
      /This figure comes from a bone marrow test done before your protein began to rise\./,
    );
  });
});

describe("c91-M5 beside c88-W1: an indeterminate record watched as smouldering myeloma names its older tests once", () => {
  it("review-c88-mgus-to-smm-old-marrow: the criterion's work-up words, no evolving.work-up-before-rise beside them", () => {
    const a = assess(readVignette("review-c88-mgus-to-smm-old-marrow"));
    expect(a.diagnosis.category).not.toBe("smoldering-myeloma");
    expect(a.alerts.map((x) => x.id)).not.toContain("evolving.work-up-before-rise");
  });
});

describe("c91-m8: solitary plasmacytoma after radiotherapy: the card never says 'disease already treated: no'", () => {
  it("the reason names drug therapy (none) beside the radiotherapy given", () => {
    const text = renderClinicianSummary(assess(readVignette("review-c91-sep01-nasal-after-rt-8mo")), "text");
    expect(text).not.toContain("disease already treated");
    expect(text.replace(/\s+/g, " ")).toContain("anti-myeloma drug therapy given before: no");
  });
});

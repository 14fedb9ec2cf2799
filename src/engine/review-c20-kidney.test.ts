/**
 * Review c20-4 (a specialist's review of the disease over time; /work/review20 in the session that made it):
 * MGUS-range disease (IgG-kappa 0.8 g/dL, clonal marrow plasma cells 6%, no lesion) whose creatinine rose
 * 1.0 -> 2.3 mg/dL got an empty assessment: "indeterminate", no lean, no options, no monitoring, "no missing
 * test would change the category", active-myeloma staging printed, and (with no tissue test) AL amyloidosis'
 * organ syndrome and Congo red "not met". IMWG 2014 counts a CRAB feature only when it is attributable to
 * the plasma-cell disorder, and MGUS needs none attributable to the clone (criteria-and-scores.md 1.1-1.3);
 * the kidney is one of AL's organ syndromes (1.5); an absent test is not a negative one (1.1 notes). The
 * reference does not cover kidney disease caused by a monoclonal protein (MGRS): IKMG 2019
 * (leung-2019-nat-rev-nephrol, looked up) and AL's kidney criterion (gertz-2005-am-j-hematol, looked up).
 * The vignettes were written first, as the specialist would meet them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { assessCompact } from "./compact.js";

type Rec = Record<string, unknown>;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")) as Rec;
const flat = (s: string) => s.replace(/\s+/g, " ");
const status = (a: Assessment, id: string) => a.diagnosis.criteria.find((c) => c.id === id)?.status;
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);
const withLabs = (r: Rec, labs: Rec): Rec => ({ ...r, labs: { ...(r.labs as Rec), ...labs } });

const KIDNEY_NEGATIVE = read("review-c20-mgus-kidney-decline-congo-red-negative");
const KIDNEY_UNTESTED = read("review-c20-mgus-kidney-decline-no-tissue-test");
const PROTEINURIA = read("review-c20-mgus-proteinuria-no-tissue-test");
const ANAEMIA = read("review-c20-mgus-anaemia-not-explained");

describe("c20-4: kidney decline with a clone below myeloma's threshold", () => {
  it("is undecided with no lean, says why, and names what would decide it", () => {
    for (const r of [KIDNEY_NEGATIVE, KIDNEY_UNTESTED]) {
      const a = assess(r);
      expect(a.diagnosis.category).toBe("indeterminate");
      expect(a.diagnosis.likely).toBeNull();
      expect(status(a, "imwg2014.end-organ-attribution")).toBe("unknown");
      expect(status(a, "ikmg2019.kidney-biopsy")).toBe("unknown");
      expect(a.diagnosis.couldChangeWith.slice(0, 2)).toEqual([
        "24-hour urine total protein not recorded",
        expect.stringMatching(/^kidney biopsy not done/),
      ]);
      const alert = a.alerts.find((x) => x.id === "alert.kidney-not-explained");
      expect(alert?.severity).toBe("warning");
      expect(alert?.text).toMatch(/AL amyloidosis, another kidney disease caused by the monoclonal protein/);
      expect(alert?.citations).toContain("leung-2019-nat-rev-nephrol");
      // No regimen for a category not decided.
      expect(a.options).toEqual([]);
    }
  });

  it("keeps the MGUS follow-up while the kidney is worked up", () => {
    const a = assess(KIDNEY_NEGATIVE);
    expect(a.monitoring.plan).toMatch(/^Category not decided \(kidney findings/);
    expect(a.monitoring.plan).toMatch(/MGUS, intermediate\/high risk: at 6 months, then yearly/);
    expect(a.monitoring.items.map((i) => i.test)).toEqual(["serum protein electrophoresis"]);
    expect(a.monitoring.nextDue).toBe("2027-11-01");
  });

  it("with no tissue test, AL amyloidosis' organ syndrome and Congo red are unknown, not unmet, and AL is not the lean", () => {
    const a = assess(KIDNEY_UNTESTED);
    expect(status(a, "imwg2014.al.organ-syndrome")).toBe("unknown");
    expect(status(a, "imwg2014.al.congo-red")).toBe("unknown");
    expect(status(a, "imwg2014.al")).toBe("unknown");
    expect(a.diagnosis.couldChangeWith).toContain("tissue biopsy with Congo red staining not done");
    expect(a.options.some((o) => o.id.startsWith("al."))).toBe(false);
    // A negative Congo red is a test: AL is then not met.
    expect(status(assess(KIDNEY_NEGATIVE), "imwg2014.al.congo-red")).toBe("not-met");
  });

  it("the compact screen gives the same codes", () => {
    for (const r of [KIDNEY_NEGATIVE, KIDNEY_UNTESTED, PROTEINURIA, ANAEMIA]) {
      const full = assess(r);
      const compact = assessCompact(r) as unknown as Rec;
      expect(compact.category).toBe("indeterminate");
      expect((compact.alerts as { id: string }[]).map((x) => x.id)).toEqual(full.alerts.map((x) => x.id));
      expect(compact.options).toEqual([]);
    }
  });

  it("the clinician's summary prints no active-myeloma staging or smouldering-myeloma risk, and says why", () => {
    const t = flat(renderClinicianSummary(assess(KIDNEY_NEGATIVE), "text"));
    expect(t).not.toContain("Staging (active myeloma)");
    expect(t).not.toContain("Smoldering myeloma risk");
    expect(t).toContain(
      "No staging or risk score applies: no category whose scores this tool computes is still open.",
    );
    expect(t).toContain(
      "Disease state: Indeterminate (IgG-kappa); kidney findings with a monoclonal protein, not explained by myeloma",
    );
    expect(t).not.toContain("Nothing listed: no missing test would change the category.");
  });
});

describe("c20-4: proteinuria above AL's kidney level with a clone", () => {
  it("asks for the tissue without making AL amyloidosis the lean or listing its regimens", () => {
    const a = assess(PROTEINURIA);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(status(a, "imwg2014.al.congo-red")).toBe("unknown");
    expect(a.options.some((o) => o.id.startsWith("al."))).toBe(false);
    const alert = a.alerts.find((x) => x.id === "alert.kidney-not-explained");
    expect(alert?.citations).toContain("gertz-2005-am-j-hematol");
    // The marrow is not examined: myeloma is not shown rather than not met, and the marrow is named.
    expect(alert?.text).toContain("myeloma is not shown");
    expect(a.diagnosis.couldChangeWith).toContain("bone marrow biopsy not done");
    expect(a.monitoring.plan).toMatch(/^Category not decided/);
  });

  it("reads the unit it is given: 2.4 g/24 h is above 0.5 g/day, 0.4 g/24 h is not (as with none recorded)", () => {
    const { urineTotalProtein: _, ...labs } = PROTEINURIA.labs as Rec;
    const none = assess({ ...PROTEINURIA, labs });
    expect(none.diagnosis.likely).toBe("mgus");
    const low = assess(
      withLabs(PROTEINURIA, { urineTotalProtein: { value: 0.4, unit: "g/24h", date: "2026-11-01" } }),
    );
    expect([low.diagnosis.category, low.diagnosis.likely]).toEqual([none.diagnosis.category, "mgus"]);
    expect(alertIds(low)).not.toContain("alert.kidney-not-explained");
    const mg = assess(
      withLabs(PROTEINURIA, { urineTotalProtein: { value: 2400, unit: "mg/24h", date: "2026-11-01" } }),
    );
    expect(mg.diagnosis.likely).toBeNull();
    expect(alertIds(mg)).toContain("alert.kidney-not-explained");
  });

  it("Congo red positive tissue with proteinuria is AL's own work-up, not this question", () => {
    const a = assess({ ...PROTEINURIA, biopsy: { amyloid: true } });
    expect(status(a, "imwg2014.end-organ-attribution")).toBeUndefined();
    expect(alertIds(a)).not.toContain("alert.kidney-not-explained");
  });
});

describe("review c21 (a second specialist's reading of the change)", () => {
  it("1: proteinuria above 0.5 g/day with a negative Congo red is no longer plain MGUS", () => {
    const r = { ...PROTEINURIA, biopsy: { amyloid: false } };
    const a = assess(r);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(status(a, "imwg2014.al.congo-red")).toBe("not-met");
    expect(alertIds(a)).toContain("alert.kidney-not-explained");
    expect(a.monitoring.plan).toMatch(/^Category not decided/);
  });

  it("5: marrow 8%, one lesion not biopsied and renal insufficiency: no lean to myeloma, no kidney regimen", () => {
    const r = {
      ...KIDNEY_NEGATIVE,
      marrow: { clonalPlasmaCellPercent: 8, date: "2026-11-05" },
      imaging: {
        performed: true,
        modality: "whole-body-low-dose-CT",
        osteolyticLesions: 1,
        date: "2026-11-06",
      },
    };
    const a = assess(r);
    expect(a.diagnosis.likely).toBeNull();
    expect(a.options.map((o) => o.id)).not.toContain("ndmm.renal.vcd");
    expect(a.diagnosis.couldChangeWith).toContain(
      "biopsy of the lesion seen on imaging (to prove or exclude a plasmacytoma) not done",
    );
    const alert = a.alerts.find((x) => x.id === "alert.kidney-not-explained");
    expect(alert?.text).toContain("myeloma is not shown");
    expect(alert?.text).toContain("Light-chain cast nephropathy, myeloma's typical kidney injury");
    // Three lesions: the bone event is met whatever the kidney; the lesion's biopsy decides, as before.
    const three = assess({ ...r, imaging: { ...(r.imaging as Rec), osteolyticLesions: 3 } });
    expect(three.diagnosis.likely).toBe("multiple-myeloma");
    expect(alertIds(three)).not.toContain("alert.kidney-not-explained");
  });

  it("6: an IgM paraprotein is sent to its own pathway in the alert", () => {
    const a = assess({ ...KIDNEY_NEGATIVE, labs: { ...(KIDNEY_NEGATIVE.labs as Rec), heavyChain: "IgM" } });
    expect(a.alerts.find((x) => x.id === "alert.kidney-not-explained")?.text).toContain(
      "IgM disorders follow the IgM / Waldenstrom pathway",
    );
  });

  it("9: a urine protein that is mostly the M-protein is not AL's 'mostly albumin' proteinuria", () => {
    const labs = {
      urineTotalProtein: { value: 2.4, unit: "g/24h", date: "2026-11-01" },
      urineMProtein: { value: 2000, unit: "mg/24h", date: "2026-11-01" },
    };
    const a = assess(withLabs(PROTEINURIA, labs));
    expect(alertIds(a)).not.toContain("alert.kidney-not-explained");
    expect(status(a, "imwg2014.al.congo-red")).toBe("not-met");
  });

  it("4, 7: the patient reads the work-up, not the yearly MGUS date; proteinuria is not 'kidneys not working'", () => {
    const t = flat(renderHandout(assess(PROTEINURIA), "text", EN));
    expect(t).toContain(EN.endOrganQuestion.proteinuria);
    expect(t).not.toContain(EN.endOrganQuestion.kidney);
    for (const r of [KIDNEY_NEGATIVE, PROTEINURIA]) {
      expect(flat(renderHandout(assess(r), "text", EN))).not.toMatch(/Your next blood protein test is due/);
      expect(flat(renderPatientSummary(assess(r), "text", EN))).not.toMatch(/Next due on/);
    }
  });

  it("14: on dialysis no 24-hour urine is asked for, and the tissue for Congo red comes first", () => {
    const r = {
      ...KIDNEY_UNTESTED,
      conditions: { ...(KIDNEY_UNTESTED.conditions as Rec), renalFailureOnDialysis: true },
    };
    const a = assess(r);
    expect(a.diagnosis.couldChangeWith).not.toContain("24-hour urine total protein not recorded");
    const text = a.alerts.find((x) => x.id === "alert.kidney-not-explained")?.text ?? "";
    expect(text).toContain("To discuss: nephrology review; a tissue for Congo red");
    expect(text).not.toContain("24-hour urine");
  });

  it("11: the missing organ list is not 'your other health problems'", () => {
    const t = flat(renderPatientSummary(assess(KIDNEY_UNTESTED), "text", EN));
    expect(t).toContain("whether amyloid affects organs such as the kidneys or the heart");
    expect(t).not.toContain("We do not have your other health problems");
  });
});

describe("c20-4: anaemia with a clone below myeloma's threshold", () => {
  it("is undecided, its other causes to be looked for, with the MGUS follow-up kept", () => {
    const a = assess(ANAEMIA);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(a.diagnosis.couldChangeWith).toEqual([
      "anaemia: whether it comes from the plasma-cell disorder is not settled (other causes)",
    ]);
    expect(alertIds(a)).toContain("alert.end-organ-not-explained");
    expect(alertIds(a)).not.toContain("alert.kidney-not-explained");
    // Anaemia is not one of AL's organ syndromes: AL's tissue is not asked for.
    expect(status(a, "imwg2014.al.congo-red")).toBe("not-met");
    expect(a.monitoring.plan).toMatch(/an end-organ finding the clone may or may not explain/);
  });
});

describe("c20-4 controls: myeloma's own kidney disease, and decisions left as they were", () => {
  it("marrow 30% with creatinine 2.3 mg/dL: multiple myeloma, no kidney question, AL not asked for", () => {
    const r = { ...KIDNEY_UNTESTED, marrow: { clonalPlasmaCellPercent: 30, date: "2026-11-05" } };
    const a = assess(r);
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(alertIds(a)).not.toContain("alert.kidney-not-explained");
    expect(status(a, "imwg2014.al.congo-red")).toBe("not-met");
  });

  it("marrow not examined: the marrow decides first, the lean to myeloma is unchanged", () => {
    const { marrow: _, ...r } = KIDNEY_UNTESTED;
    const a = assess(r);
    expect(a.diagnosis.likely).toBe("multiple-myeloma");
    expect(a.diagnosis.couldChangeWith).toEqual(["bone marrow biopsy not done"]);
    expect(alertIds(a)).not.toContain("alert.kidney-not-explained");
  });

  it("creatinine 1.6 mg/dL (below the CRAB level): MGUS as before", () => {
    const r = withLabs(KIDNEY_UNTESTED, { creatinine: { value: 1.6, unit: "mg/dL", date: "2026-11-01" } });
    // The series' value of that day too (two values of one day would read the higher, review c25-6).
    const series = KIDNEY_UNTESTED.series as { creatinine: Rec[] };
    const today = { date: "2026-11-01", value: 1.6, unit: "mg/dL" };
    r.series = { ...series, creatinine: [...series.creatinine.slice(0, -1), today] };
    const a = assess(r);
    expect(a.diagnosis.category).toBe("mgus");
    expect(alertIds(a)).not.toContain("alert.kidney-not-explained");
  });
});

describe("c20-4: the patient's words", () => {
  const page = (r: Rec, w = EN) => flat(renderHandout(assess(r), "text", w));
  const full = (r: Rec, w = EN) => flat(renderPatientSummary(assess(r), "text", w));

  it("says the kidney question plainly and lists the urine and kidney tests, EN and ES, one-page and full", () => {
    for (const t of [page(KIDNEY_UNTESTED), full(KIDNEY_UNTESTED)]) {
      expect(t).toContain(EN.endOrganQuestion.kidney);
      expect(t).toContain(`These tests would help: - ${EN.tests.urineProtein} - ${EN.tests.kidneyBiopsy}`);
      expect(t).not.toContain("amyloid found in your tissue");
      expect(t).not.toContain("the amyloid in your tissue");
    }
    for (const t of [page(KIDNEY_UNTESTED, ES), full(KIDNEY_UNTESTED, ES)]) {
      expect(t).toContain(ES.endOrganQuestion.kidney);
      expect(t).toContain(`Estas pruebas ayudarían: - ${ES.tests.urineProtein} - ${ES.tests.kidneyBiopsy}`);
      expect(t).not.toContain("amiloide hallado en su tejido");
    }
  });

  it("the anaemia: its own words, no kidney test", () => {
    const t = page(ANAEMIA);
    expect(t).toContain(EN.endOrganQuestion.other);
    expect(t).not.toContain(EN.tests.kidneyBiopsy);
    expect(t).not.toMatch(/These tests would help: (?!-)/);
  });
});

/** Review c88 (report /work/review88/review.md; records v05, v07): the course of disease over time.
 * c88-W1: a marrow and skeletal imaging dated before the serum M-protein first reached the smouldering level
 * (3 g/dL) do not rule out the myeloma-defining events they would otherwise rule out (criteria-and-scores.md 1.1: an
 * absent test is not a negative test; the reference gives no rule on the age of a result, so this is the project's
 * reading, UNVERIFIED): the items are not known with their dates, the repeat marrow and whole-body imaging are asked,
 * no lean to smouldering myeloma, and the SMM risk scores say which marrow they used; a result that is met stays met.
 * c88-M3: MGUS that has become smouldering myeloma starts the smouldering schedule when the series first met the
 * smouldering level (treatments.md 2a: re-test 2-3 months after diagnosis). c88-M2: the evolving-SMM alerts name the
 * latest value and the total change (and haemoglobin below its lower limit); the handout says the haemoglobin falls. */
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
const criterion = (a: Assessment, id: string) => a.diagnosis.criteria.find((c) => c.id === id);
const alert = (a: Assessment, id: string) => a.alerts.find((x) => x.id === id);
const page = (a: Assessment, lang: "en" | "es" = "en") =>
  flat(renderHandout(a, "text", lang === "en" ? EN : ES));

const OLD_MARROW = "review-c88-mgus-to-smm-old-marrow";
const EVOLVING = "review-c88-smm-evolving-hb";

describe("c88-W1: a marrow and imaging from before the M-protein reached 3 g/dL", () => {
  it("does not rule out the bone and marrow >= 60% events with them, and gives their dates and why", () => {
    const a = variant(OLD_MARROW);
    const bone = criterion(a, "imwg2014.crab.bone");
    expect(bone?.status).toBe("unknown");
    expect(flat(bone?.because ?? "")).toMatch(
      /on whole-body-low-dose-CT \(imaging of 2021-09-20, before the serum M-protein reached 3 g\/dL on 2026-10-01\)/,
    );
    const marrow = criterion(a, "imwg2014.slim.marrow-60");
    expect(marrow?.status).toBe("unknown");
    expect(flat(marrow?.because ?? "")).toMatch(
      /marrow of 2021-09-15, before the serum M-protein reached 3 g\/dL on 2026-10-01/,
    );
    // Nor does the old 7% rule out myeloma's clone (>= 10%).
    expect(criterion(a, "imwg2014.mm")?.status).toBe("unknown");
    expect(criterion(a, "imwg2014.mde")?.status).toBe("unknown");
  });

  it("asks the repeat marrow and whole-body imaging, names no lean and shows no smouldering options", () => {
    const a = variant(OLD_MARROW);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    const asked = a.diagnosis.couldChangeWith.join(" | ");
    expect(asked).toMatch(/repeat bone marrow biopsy \(the marrow of 2021-09-15/);
    expect(asked).toMatch(/repeat whole-body imaging .*whole-body-low-dose-CT of 2021-09-20/);
    expect(a.options.map((o) => o.id)).not.toContain("smm.monitoring");
    expect(a.options.map((o) => o.id)).not.toContain("smm.high-risk.lenalidomide");
    const first = flat(alert(a, "pathway.deciding-test-first")?.text ?? "");
    expect(first).toMatch(/multiple myeloma or smouldering myeloma/);
    expect(first).toMatch(/2021-09-15/);
    expect(a.missingData.map((m) => m.field)).toEqual(
      expect.arrayContaining(["marrow.clonalPlasmaCellPercent", "imaging.osteolyticLesions"]),
    );
    expect(criterion(a, "imwg2014.work-up-before-smm-level")?.inputs).toMatchObject({
      marrowDate: "2021-09-15",
      imagingDate: "2021-09-20",
      reachedOn: "2026-10-01",
    });
  });

  it("says which marrow the SMM risk scores used", () => {
    const a = variant(OLD_MARROW);
    const bmpc = a.risk.smmMayo2018?.rules.find((r) => r.ruleId === "smm-mayo-2018.bmpc");
    expect(bmpc?.inputs).toMatchObject({ clonalPlasmaCellPercent: 7, marrowDate: "2021-09-15" });
    const imwg = a.risk.smmImwg2020?.rules.find((r) => r.ruleId === "smm-imwg-2020.bmpc");
    expect(imwg?.inputs).toMatchObject({ marrowDate: "2021-09-15" });
  });

  it("tells the patient the marrow and scan need repeating (EN, ES)", () => {
    const a = variant(OLD_MARROW);
    expect(page(a)).toMatch(/done before your protein level rose/);
    expect(page(a, "es")).toMatch(/antes de que subiera su nivel de proteína/);
  });

  it("keeps a met result whatever its date: marrow 65% and two lesions of 2021 still meet", () => {
    const a = variant(OLD_MARROW, (r) => {
      r.marrow.clonalPlasmaCellPercent = 65;
      r.imaging.osteolyticLesions = 2;
    });
    expect(criterion(a, "imwg2014.slim.marrow-60")?.status).toBe("met");
    expect(criterion(a, "imwg2014.crab.bone")?.status).toBe("met");
    expect(a.diagnosis.category).toBe("multiple-myeloma");
  });

  it("reads a marrow and imaging done after the M-protein reached 3 g/dL as usual, with their dates", () => {
    const a = variant(OLD_MARROW, (r) => {
      r.marrow.date = "2026-10-20";
      r.imaging.date = "2026-10-22";
    });
    const marrow = criterion(a, "imwg2014.slim.marrow-60");
    expect(marrow?.status).toBe("not-met");
    expect(flat(marrow?.because ?? "")).toMatch(/7% < 60% \(marrow of 2026-10-20\)/);
    expect(criterion(a, "imwg2014.crab.bone")?.status).toBe("not-met");
    expect(flat(criterion(a, "imwg2014.crab.bone")?.because ?? "")).toMatch(/\(imaging of 2026-10-22\)/);
    expect(criterion(a, "imwg2014.work-up-before-smm-level")).toBeUndefined();
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
  });

  it("shows the marrow's date in a smouldering myeloma known from the start (no crossing)", () => {
    const a = variant(EVOLVING);
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    expect(flat(criterion(a, "imwg2014.slim.marrow-60")?.because ?? "")).toMatch(/\(marrow of 2025-12-05\)/);
    expect(criterion(a, "imwg2014.work-up-before-smm-level")).toBeUndefined();
  });
});

describe("c88-M3: MGUS that has become smouldering myeloma", () => {
  it("starts the smouldering schedule when the M-protein first reached 3 g/dL (re-test 2-3 months after)", () => {
    const a = variant(OLD_MARROW);
    const spep = a.monitoring.items.find((i) => i.test === "serum protein electrophoresis");
    expect(spep?.lastDone).toBe("2026-10-01");
    expect(spep?.due).toBe("2026-12-01");
    expect(spep?.overdueAfter).toBe("2027-01-01");
    expect(spep?.intervalText).toMatch(/2-3 months after diagnosis/);
  });

  it("with the work-up current, the smouldering myeloma still counts from 2026-10-01", () => {
    const a = variant(OLD_MARROW, (r) => {
      r.marrow.date = "2026-10-20";
      r.imaging.date = "2026-10-22";
      r.imaging.modality = "PET-CT";
      r.imaging.mriFocalLesions = 0;
    });
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    const spep = a.monitoring.items.find((i) => i.test === "serum protein electrophoresis");
    expect(spep?.due).toBe("2026-12-01");
    expect(spep?.intervalText).toMatch(/2-3 months after diagnosis/);
  });
});

describe("c88-M2: the evolving-SMM alerts name the latest values", () => {
  it("quotes the latest M-protein and the total rise", () => {
    const a = variant(EVOLVING);
    const m = flat(alert(a, "evolving.m-protein")?.text ?? "");
    expect(m).toMatch(/latest 2\.9 g\/dL on 2026-11-20, a total rise of 1\.1 g\/dL since 2025-12-01/);
  });

  it("quotes the latest haemoglobin, the total fall, and that it is below the lower limit", () => {
    const a = variant(EVOLVING);
    const hb = flat(alert(a, "evolving.hemoglobin")?.text ?? "");
    expect(hb).toMatch(/latest 11\.2 g\/dL on 2026-11-20, a total fall of 2\.3 g\/dL since 2025-12-01/);
    expect(hb).toMatch(/below the lower limit of normal \(12 g\/dL\)/);
    expect(hb).toMatch(/< 10 g\/dL or > 2 g\/dL below the lower limit/);
  });

  it("says on the handout that the haemoglobin is falling (EN, ES)", () => {
    const a = variant(EVOLVING);
    expect(page(a)).toMatch(/Your haemoglobin \(the red blood cell level\) has been going down/);
    expect(page(a, "es")).toMatch(/Su hemoglobina .* ha ido bajando/);
  });
});

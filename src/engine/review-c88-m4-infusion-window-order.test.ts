/** Review c88-m4 / c80-m3 (report /work/review88/review.md): ten days after a cilta-cel infusion (ANC 0.3, platelets
 * 38), the top options read "Observation after BCMA CAR-T", then "Zoledronic acid (preferred)", then HSV/VZV
 * prophylaxis. In the post-infusion monitoring window (alert.car-t.first-two-weeks: treatments.md 5b, 10), the
 * infection prevention the reference lists as required co-orders with CAR-T (treatments.md 5c: HSV/VZV, PJP, IgG
 * replacement; 8c) is listed before bone-targeted therapy (8a). Only the order changes: zoledronic acid stays
 * "preferred" (8a gives no deferral after CAR-T). The order is the same from every evaluation path (full, reference,
 * codes-only and compact) and on every surface (clinician headline, patient summary, handout). */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary, topOptions } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";
import type { Assessment } from "./assessment.js";
import { assessCompact, compactAssessment } from "./compact.js";

const CAR_T_DAY_10 = "review-c88-cilta-cel-day-10";
const ZA = "sc.bone.zoledronic-acid";
const flat = (s: string) => s.replace(/\s+/g, " ");
const ids = (a: Assessment) => a.options.map((o) => o.id);
const at = (a: Assessment, id: string) => ids(a).indexOf(id);
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const variant = (change: (r: any) => void = () => {}) => {
  const r = readVignette(CAR_T_DAY_10);
  change(r);
  return { record: r, a: assessAllWaysAgree(r) };
};

describe("c88-m4: day 10 after a BCMA CAR-T infusion, infection prevention before bone-targeted therapy", () => {
  const { record, a } = variant();

  it("the window is open (alert.car-t.first-two-weeks) and the engine lists HSV/VZV, PJP and immune globulin before every bone agent", () => {
    expect(a.alerts.map((x) => x.id)).toContain("alert.car-t.first-two-weeks");
    const infection = ["sc.infection.hsv-vzv", "sc.infection.pjp", "sc.infection.ivig"];
    for (const id of infection) expect(at(a, id)).toBeGreaterThan(-1);
    const bone = ids(a).filter((id) => /^sc\.bone\./.test(id));
    expect(bone).toContain(ZA);
    for (const i of infection) for (const b of bone) expect(at(a, i)).toBeLessThan(at(a, b));
    // The follow-up stays first.
    expect(ids(a)[0]).toBe("pathway.observation-after-car-t");
  });

  it("zoledronic acid keeps its strength: only the order changes (treatments.md 8a gives no deferral)", () => {
    expect(a.options.find((o) => o.id === ZA)?.strength).toBe("preferred");
  });

  it("the compact view lists the options in the same order as the full Assessment", () => {
    const compact = assessCompact(record, {});
    expect(compact.options).toEqual(compactAssessment(a).options);
    expect(compact.options.indexOf("sc.infection.hsv-vzv")).toBeLessThan(compact.options.indexOf(ZA));
  });

  it("the clinician headline: the follow-up, then HSV/VZV and PJP prophylaxis; zoledronic acid is not among the top 3", () => {
    expect(topOptions(a).map((o) => o.id)).toEqual([
      "pathway.observation-after-car-t",
      "sc.infection.hsv-vzv",
      "sc.infection.pjp",
    ]);
    const text = flat(renderClinicianSummary(a, "text"));
    const top = text.slice(text.indexOf("Top options"), text.indexOf("Critical alerts"));
    expect(top).toContain("HSV/VZV prophylaxis");
    expect(top).not.toContain("Zoledronic acid");
  });

  for (const w of [EN, ES]) {
    const lang = w === EN ? "EN" : "ES";
    const shingles = w === EN ? "Medicine to prevent shingles" : "Medicamento para prevenir el herpes zóster";
    const bone = w === EN ? "Bone medicine" : "Medicamento para los huesos";
    it(`(${lang}) the handout and the patient summary list the shingles medicine before the bone medicine`, () => {
      for (const page of [flat(renderHandout(a, "text", w)), flat(renderPatientSummary(a, "text", w))]) {
        expect(page).toContain(shingles);
        expect(page).toContain(bone);
        expect(page.indexOf(shingles)).toBeLessThan(page.indexOf(bone));
      }
    });
  }
});

describe("c88-m4 controls: outside the window the order is kind, then strength", () => {
  it("day 23 after the infusion (the window has ended): zoledronic acid (preferred) before HSV/VZV again", () => {
    const { a } = variant((r) => {
      r.asOf = "2026-12-20";
    });
    expect(a.alerts.map((x) => x.id)).not.toContain("alert.car-t.first-two-weeks");
    expect(at(a, ZA)).toBeLessThan(at(a, "sc.infection.hsv-vzv"));
    expect(topOptions(a).map((o) => o.id)).toContain(ZA);
  });
});

/** Review c7-03 (2026-12-02): hepatitis B screening before anti-CD38 antibodies. The clinical reference
 * names HBV screening only for bispecifics (treatments.md 5c); the daratumumab label warns of HBV
 * reactivation (EU DHPC and MHRA Drug Safety Update 2019; US Darzalex / Darzalex Faspro Warnings and
 * Precautions, as the maker's medical information quotes them) and ASCO 2020 asks for HBV tests before
 * any systemic anticancer therapy. Sources: bibliography ids daratumumab-hbv-reactivation-2019 and
 * hwang-2020-jco-hbv. Vignettes: examples/vignettes/safety-dvrd-week-1-hbv-status-unknown.json (D-VRd
 * week 1, transplant candidate, no HBV result) and safety-isa-vrd-intermediate-fitness.json (Isa-VRd
 * offered). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

const dir = new URL("../../examples/vignettes/", import.meta.url);
const record = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8"));
const ANTI_CD38 = ["daratumumab", "isatuximab"];

describe("HBV screening with anti-CD38 antibodies", () => {
  it("on D-VRd week 1: every option with daratumumab tells the clinician to screen for HBV and how to monitor", () => {
    const a = assess(record("safety-dvrd-week-1-hbv-status-unknown"));
    const withDara = a.options.filter((o) => o.regimen?.drugs.includes("daratumumab"));
    // The line being given (D-VRd) and daratumumab-lenalidomide maintenance ahead.
    expect(withDara.map((o) => o.id)).toEqual(
      expect.arrayContaining(["pathway.continue-current-line", "maint.dara-lenalidomide"]),
    );
    for (const o of withDara) {
      const said = o.cautions.join(" ");
      expect(said, o.id).toMatch(/hepatitis B virus reactivation/i);
      expect(said, o.id).toMatch(/screen for HBV before starting/i);
      expect(said, o.id).toMatch(/at least 6 months after/);
    }
  });

  it("Isa-VRd offered: the isatuximab option also asks for HBV tests before starting", () => {
    const a = assess(record("safety-isa-vrd-intermediate-fitness"));
    const withIsa = a.options.filter((o) => o.regimen?.drugs.includes("isatuximab"));
    expect(withIsa.length).toBeGreaterThan(0);
    for (const o of withIsa) expect(o.cautions.join(" "), o.id).toMatch(/HBV .*before starting/i);
  });

  it("no option without an anti-CD38 antibody carries the anti-CD38 HBV caution", () => {
    const a = assess(record("safety-dvrd-week-1-hbv-status-unknown"));
    for (const o of a.options.filter((x) => !x.regimen?.drugs.some((d) => ANTI_CD38.includes(d))))
      expect(o.cautions.join(" "), o.id).not.toMatch(/hepatitis B virus reactivation/i);
  });
});

/** The record's HBV results (labs.hepatitisBSurfaceAntigen, labs.hepatitisBCoreAntibody): ASCO 2020's
 * screen is HBsAg and anti-HBc (plus anti-HBs); chronic (HBsAg-positive) or past (anti-HBc-positive)
 * infection needs a reactivation risk assessment, and the daratumumab DHPC asks to screen patients on it
 * whose serology is not known and to monitor those with positive serology for >= 6 months after. */
describe("HBV serology in the record", () => {
  const base = record("safety-dvrd-week-1-hbv-status-unknown");
  const withHbv = (hbv: Record<string, string>) => ({ ...base, labs: { ...base.labs, ...hbv } });
  const hbvAlerts = (a: ReturnType<typeof assess>) => a.alerts.filter((x) => /hbv/.test(x.id));

  it("on daratumumab with no HBV result: a warning to screen now, naming the tests", () => {
    const a = assess(base);
    const [alert, ...more] = hbvAlerts(a);
    expect(more).toEqual([]);
    expect(alert?.id).toBe("anti-cd38.hbv-serology-unknown");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(/On daratumumab now/);
    expect(alert?.text).toMatch(/HBsAg and anti-HBc/);
    expect(alert?.text).toMatch(/screen now/i);
    expect(a.missingData.map((m) => m.field)).toEqual(
      expect.arrayContaining(["labs.hepatitisBSurfaceAntigen", "labs.hepatitisBCoreAntibody"]),
    );
  });

  it("HBsAg negative but anti-HBc not recorded is still not a screen (past infection is anti-HBc)", () => {
    const a = assess(withHbv({ hepatitisBSurfaceAntigen: "negative" }));
    expect(hbvAlerts(a).map((x) => x.id)).toEqual(["anti-cd38.hbv-serology-unknown"]);
  });

  it("HBsAg and anti-HBc both negative: no HBV alert", () => {
    const a = assess(withHbv({ hepatitisBSurfaceAntigen: "negative", hepatitisBCoreAntibody: "negative" }));
    expect(hbvAlerts(a)).toEqual([]);
  });

  it("anti-HBc positive (past infection): monitor for reactivation during and >= 6 months after", () => {
    const a = assess(withHbv({ hepatitisBSurfaceAntigen: "negative", hepatitisBCoreAntibody: "positive" }));
    const [alert, ...more] = hbvAlerts(a);
    expect(more).toEqual([]);
    expect(alert?.id).toBe("anti-cd38.hbv-serology-positive");
    expect(alert?.text).toMatch(/at least 6 months after/);
    expect(alert?.text).toMatch(/HBV specialist/);
  });

  it("the patient is told of a hepatitis B blood test while it is not recorded, in English and Spanish", () => {
    const shown = assess(base).options.find((o) => o.id === "sc.infection.hbv-screening");
    expect(shown?.patientText).toMatch(/blood test for hepatitis B/);
    const screened = assess(
      withHbv({ hepatitisBSurfaceAntigen: "negative", hepatitisBCoreAntibody: "negative" }),
    );
    expect(screened.options.map((o) => o.id)).not.toContain("sc.infection.hbv-screening");
    expect(renderPatientSummary(assess(base), "text", ES)).toMatch(/análisis de sangre para la hepatitis B/);
    expect(renderPatientSummary(assess(base), "text", EN)).toMatch(/blood test for hepatitis B/);
  });
});

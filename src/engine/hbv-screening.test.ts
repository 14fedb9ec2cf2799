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

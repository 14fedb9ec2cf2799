/** Review c15 finding 1: high VTE risk on an IMiD, and the kidneys. An 86-year-old three weeks into Rd with a
 * previous DVT (examples/vignettes/review-c14-rd-week-3-age-86-crcl-28.json, CrCl 26.5 mL/min; and
 * review-c15-rd-vte-creatinine-not-recorded.json, the same record with no creatinine). treatments.md 7c
 * gives LMWH for the higher risk (IMWG 2008: enoxaparin 40 mg/day equivalent, U) and no renal dose rule for
 * it: where the option's LMWH kidney caution (c14-9: CrCl < 30 mL/min or dialysis, palumbo-2008-leukemia)
 * applies, the alert and the drug-rule caution on the IMiD options say it too; a clearance that cannot be
 * computed is said to be not known, never read as normal. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

type R = Record<string, unknown>;
const record = (name: string): R =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const LOW = "review-c14-rd-week-3-age-86-crcl-28";
const UNKNOWN = "review-c15-rd-vte-creatinine-not-recorded";
const withCreatinine = (r: R, value: number): R => ({
  ...r,
  labs: { ...(r.labs as R), creatinine: { value, unit: "mg/dL", date: "2026-11-28" } },
  series: { ...(r.series as R), creatinine: [] },
});
const imidOptions = (r: R) =>
  assess(r).options.filter((o) => o.regimen?.drugs.some((d) => d === "lenalidomide" || d === "pomalidomide"));
const lmwh = (r: R) => assess(r).options.find((o) => o.id === "sc.vte.imid-high-risk-lmwh");

describe("c15-1: the LMWH advice for a high VTE risk on an IMiD carries the kidney caution", () => {
  it("CrCl 26.5 mL/min: the alerts beside the LMWH alert say the reference gives no renal LMWH dose rule", () => {
    const a = assess(record(LOW));
    expect(a.alerts.some((x) => x.id === "alert.vte.imid-high-risk")).toBe(true);
    const k = a.alerts.find((x) => x.id === "alert.vte.imid-high-risk-lmwh-kidney");
    expect(k?.text).toMatch(/no renal dose rule for LMWH/);
    expect(k?.citations).toContain("palumbo-2008-leukemia");
  });

  it("CrCl 26.5 mL/min: every IMiD option's high-risk caution is followed by the kidney caution, with its source", () => {
    const opts = imidOptions(record(LOW));
    expect(opts.length).toBeGreaterThan(0);
    for (const o of opts) {
      const text = o.cautions.join(" ");
      expect(text, o.id).toMatch(/higher-risk thromboprophylaxis is LMWH/);
      expect(text, o.id).toMatch(
        /creatinine clearance < 30 mL\/min or on dialysis: the clinical reference gives no renal dose rule for LMWH/,
      );
      expect(o.citations, o.id).toContain("palumbo-2008-leukemia");
    }
  });

  it("no creatinine: the alert, the IMiD options and the LMWH option say kidney function is not known", () => {
    const r = record(UNKNOWN);
    const a = assess(r);
    expect(a.kidney.crclCockcroftGault).toBeNull();
    expect(a.alerts.find((x) => x.id === "alert.vte.imid-high-risk-lmwh-kidney-unknown")?.text).toMatch(
      /kidney function is not known/,
    );
    for (const o of imidOptions(r))
      expect(o.cautions.join(" "), o.id).toMatch(/LMWH for the high VTE risk: kidney function is not known/);
    const text = lmwh(r)?.cautions.join(" ") ?? "";
    expect(text).toMatch(/Kidney function not known/);
    expect(text).toMatch(/creatinine clearance \(Cockcroft-Gault\): not known/);
    expect(text).toMatch(/labs\.creatinine/);
  });

  it("control: CrCl above 30 mL/min: no kidney caution on the alert list, the IMiD options or the LMWH option", () => {
    const r = withCreatinine(record(LOW), 0.8);
    const a = assess(r);
    expect(a.kidney.crclCockcroftGault).toBeGreaterThan(30);
    expect(a.alerts.some((x) => x.id.startsWith("alert.vte.imid-high-risk-lmwh-kidney"))).toBe(false);
    for (const o of imidOptions(r))
      expect(o.cautions.join(" "), o.id).not.toMatch(/renal dose rule for LMWH|kidney function is not known/);
    expect(lmwh(r)?.cautions.join(" ")).not.toMatch(/renal dose rule for LMWH|Kidney function not known/);
  });
});

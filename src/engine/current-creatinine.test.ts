/** Review c23-1 (UNSAFE): every kidney reading and kidney-dosed caution reads the current creatinine. A dated
 * `labs.creatinine` of January (0.9 mg/dL) gave a creatinine clearance of 68 mL/min, zoledronic acid at 4 mg as
 * "preferred" and no lenalidomide renal caution, while `series.creatinine` held 3.1 mg/dL from six days before
 * asOf (clearance about 20 mL/min; treatments.md 8a: zoledronic acid not recommended below 30; 7a: lenalidomide
 * by CrCl). Now the later dated value, wherever it is recorded, is the current one; an undated lab value stays
 * the current one (the record's convention). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

const VIGNETTE = join(
  import.meta.dirname,
  "../../examples/vignettes/review-c23-creatinine-newer-in-series.json",
);
type Rec = { labs: Record<string, unknown>; series: Record<string, unknown> };
const base = (): Rec => JSON.parse(readFileSync(VIGNETTE, "utf8"));
const creat = (date: string, value: number, unit = "mg/dL") => ({ date, value, unit });
const kidneyOf = (r: Rec) => assess(r).kidney;

describe("the current creatinine is the latest dated one, from the labs or the series (review c23-1)", () => {
  it("the vignette: the series' 3.1 mg/dL of 2026-11-20 is read, not the lab's 0.9 of 2026-01-03", () => {
    const a = assess(base());
    // As if the lab had recorded the series' latest value: the same kidney reading.
    const same = base();
    same.labs.creatinine = creat("2026-11-20", 3.1);
    expect(a.kidney).toEqual(assess(same).kidney);
    expect(a.kidney.creatinineDate).toBe("2026-11-20");
    expect(a.kidney.crclCockcroftGault).toBeLessThan(30);
    // Zoledronic acid (not recommended below CrCl 30) is not offered; denosumab is; lenalidomide is dosed.
    const ids = a.options.map((o) => o.id);
    expect(ids.some((id) => id.includes("zoledronic"))).toBe(false);
    expect(ids).toContain("sc.bone.denosumab");
    expect(a.alerts.map((x) => x.id)).toContain("lenalidomide.renal.maintenance");
    // The lab's own January value is not lost: the reading of change still starts from it.
    expect(a.alerts.find((x) => x.id === "alert.kidney-new-on-treatment")?.text).toContain(
      "Creatinine 3.1 mg/dL on 2026-11-20, above the IMWG renal-impairment level (2 mg/dL, 177 umol/L), after 0.9 mg/dL on 2026-01-03",
    );
  });

  it("no lab value: the series' latest is read (the clearance was 'not known')", () => {
    const r = base();
    delete r.labs.creatinine;
    expect(kidneyOf(r)).toEqual(kidneyOf(base()));
  });

  it("the reverse: an old high lab value and a newer normal series value read the newer one", () => {
    const r = base();
    r.labs.creatinine = creat("2026-01-03", 3.1);
    r.series.creatinine = [creat("2026-08-01", 1.0), creat("2026-11-20", 1.0)];
    const expected = base();
    expected.labs.creatinine = creat("2026-11-20", 1.0);
    expected.series.creatinine = r.series.creatinine;
    expect(kidneyOf(r)).toEqual(kidneyOf(expected));
    expect(kidneyOf(r).crclCockcroftGault).toBeGreaterThan(60);
  });

  it("a lab value as recent as the series' latest, or later, stays; so does an undated one; units as reported", () => {
    const later = base();
    later.labs.creatinine = creat("2026-11-25", 1.1);
    expect(kidneyOf(later).creatinineDate).toBe("2026-11-25");
    const undated = base();
    undated.labs.creatinine = { value: 1.1, unit: "mg/dL" };
    expect(kidneyOf(undated).creatinineDate).toBeNull();
    expect(kidneyOf(undated).crclCockcroftGault).toBeGreaterThan(30);
    // A series in umol/L: 274 umol/L is 3.1 mg/dL.
    const umol = base();
    umol.series.creatinine = [creat("2026-08-01", 88, "umol/L"), creat("2026-11-20", 274, "umol/L")];
    expect(kidneyOf(umol).crclCockcroftGault).toBeCloseTo(kidneyOf(base()).crclCockcroftGault!, 0);
  });
});

/** Review c56 (EHR data, stop 43), the engine's part: where EHR data with gaps lands. Zoledronic acid "preferred" at
 * creatinine 4.3 mg/dL with no weight (the clearance not known); a "treat now" hypercalcaemia alert with no date on
 * a 10-month-old calcium. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const ZA = "sc.bone.zoledronic-acid";
const VIGNETTE = "za-creatinine-above-3-no-weight";

describe("zoledronic acid with the clearance not known and creatinine above the trials' 3.0 mg/dL (MISLEADING-5)", () => {
  it("creatinine 380 umol/L, no weight: 'consider', saying why (treatments.md 8a)", () => {
    const a = assess(read(VIGNETTE));
    const za = a.options.find((o) => o.id === ZA);
    expect(za?.strength).toBe("consider");
    expect(za?.cautions.join(" ")).toMatch(
      /above 3\.0 mg\/dL \(265 umol\/L\), beyond what the zoledronic acid trials/,
    );
  });

  it("265 umol/L exactly is not above the pair as written (the SI value is read in SI): preferred", () => {
    const r = read(VIGNETTE);
    r.labs.creatinine.value = 265;
    expect(assess(r).options.find((o) => o.id === ZA)?.strength).toBe("preferred");
  });

  it("control: with the weight recorded the clearance decides (below 30: not listed for bone disease)", () => {
    const r = read(VIGNETTE);
    r.patient.weight = { value: 60, unit: "kg" };
    expect(assess(r).options.map((o) => o.id)).not.toContain(ZA);
  });
});

describe("the hypercalcaemia alerts show the calcium they read, with its date (MISLEADING-4)", () => {
  it("calcium 2.9 mmol/L of 2026-11-20: the critical alert names it as reported", () => {
    const r = read(VIGNETTE);
    r.labs.calcium = { value: 2.9, unit: "mmol/L", date: "2026-11-20" };
    const alert = assess(r).alerts.find((x) => x.id === "alert.hypercalcemia");
    expect(alert?.severity).toBe("critical");
    expect(alert?.text).toMatch(/serum calcium as reported: 2\.9 mmol\/L on 2026-11-20/);
  });

  it("an undated calcium says its date is not recorded", () => {
    const r = read(VIGNETTE);
    r.labs.calcium = { value: 12, unit: "mg/dL" };
    const alert = assess(r).alerts.find((x) => x.id === "alert.hypercalcemia");
    expect(alert?.text).toMatch(/12 mg\/dL \(date not recorded\)/);
  });
});

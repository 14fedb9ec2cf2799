/** Stop 42: leftovers of reviews c50-c52. Each case is a reviewer's probe copied into examples/vignettes first,
 * with controls that must not move. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const cautions = (a: ReturnType<typeof assess>, id: string) => option(a, id)?.cautions.join(" \n ") ?? "";
const alert = (a: ReturnType<typeof assess>, id: string) => a.alerts.find((x) => x.id === id);

describe("review c52-m6: the stem cell collection caution and 21-day cycles", () => {
  // treatments.md 3c: collect after <= 4 cycles of lenalidomide-containing therapy (US label); VRd is given in
  // 21-day cycles (SWOG S0777, Durie 2020), so its 4th cycle ends at 12 weeks, not 16.
  const VRD = "review-c52-m6-vrd-21day-cycles-13w";
  const collection = (asOf: string) => {
    const r = read(VRD);
    r.asOf = asOf;
    return cautions(assess(r), "pathway.te.stem-cell-collection");
  };

  it("VRd from 2026-09-01, 13 weeks in, no transplant: the card asks for mobilisation within 4 cycles", () => {
    const text = collection("2026-12-01");
    expect(text).toMatch(/collects stem cells within 4 cycles/);
    expect(text).toMatch(/4 cycles of 21 days/);
    expect(text).toMatch(/13 weeks/);
  });

  it("shows from day 84 (12 whole weeks), not on day 83", () => {
    expect(collection("2026-11-24")).toMatch(/within 4 cycles/);
    expect(collection("2026-11-23")).not.toMatch(/within 4 cycles/);
  });
});

describe("review c51-m5: the kidney advice to a bortezomib-refractory patient", () => {
  const a = assess(read("review-c51-m5-kd-new-kidney-failure-bortezomib-refractory"));

  it("Kd after DVd (bortezomib-refractory), new kidney failure: the alert and the card say the refractoriness", () => {
    expect(a.linesOfTherapy.refractoryDrugs).toContain("bortezomib");
    const text = alert(a, "alert.kidney-new-on-treatment")?.text ?? "";
    expect(text).toMatch(/IMWG renal recommendation is a bortezomib-based regimen/);
    expect(text).toMatch(/read as refractory to bortezomib/);
    expect(cautions(a, "sc.kidney-protection")).toMatch(/read as refractory to bortezomib/);
  });

  it("control: new kidney failure on DRd (no bortezomib refractoriness) keeps the recommendation alone", () => {
    const b = assess(read("review-c50-m08-frail80-drd-d21-creat-rise-anc0.8"));
    const text = alert(b, "alert.kidney-new-on-treatment")?.text ?? "";
    expect(text).toMatch(/bortezomib-based regimen/);
    expect(text).not.toMatch(/refractory to bortezomib/);
    expect(cautions(b, "sc.kidney-protection")).not.toMatch(/refractory to bortezomib/);
  });
});

describe("review c51-m1 / c52-m8: heart failure on treatment, no amyloid biopsy", () => {
  const HF = "review-c51-m1-mm-on-vrd-heart-failure-no-amyloid-biopsy";

  it("myeloma on VRd with heart failure and no amyloid biopsy: AL amyloidosis is raised", () => {
    const a = assess(read(HF));
    expect(a.phase.code).toBe("induction");
    expect(alert(a, "alert.heart-failure-amyloid-not-tested")?.text).toMatch(/consider AL amyloidosis/);
  });

  it("control: an amyloid biopsy recorded negative, or no heart failure, raises nothing", () => {
    const tested = read(HF);
    tested.biopsy.amyloid = false;
    expect(alert(assess(tested), "alert.heart-failure-amyloid-not-tested")).toBeUndefined();
    const noHf = read(HF);
    noHf.conditions.heartFailure = false;
    expect(alert(assess(noHf), "alert.heart-failure-amyloid-not-tested")).toBeUndefined();
  });
});

describe("review c51-m2: the plasmacytoma FLC flag after radiotherapy", () => {
  it("a ratio measured after radiotherapy is not called one found at diagnosis", () => {
    const a = assess(read("review-c51-m2-sbp-flc-ratio-abnormal-after-rt"));
    const text = cautions(a, "sp.after-radiotherapy.follow-up");
    expect(text).toMatch(/Abnormal serum FLC ratio in the record/);
    expect(text).toMatch(/says nothing of a ratio after treatment/);
    expect(text).not.toMatch(/found at diagnosis/);
  });
});

describe("review c50-m2: the transfusion card before a first anti-CD38 dose", () => {
  it("untreated, Hb 6.8, DRd the standard option: the card asks for the type and screen before the first dose", () => {
    const a = assess(read("review-c50-m2-frail80-hb6.8-drd-standard"));
    expect(option(a, "ndmm.tie.drd")?.strength).toBe("standard");
    const card = option(a, "sc.anemia.transfusion");
    expect(card?.clinicianText).toMatch(
      /type and screen \(\+\/- phenotype\/genotype\) before the first dose/,
    );
  });
});

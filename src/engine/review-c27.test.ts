/** Review c27 (a myeloma specialist, read-only, on engine 0.2.34): response over time, the follow-up of watched
 * patients and the patient's page. The vignettes are the reviewer's records (examples/vignettes/review-c27-*).
 * - W1: a solitary bone plasmacytoma 15 months after radiotherapy, serum M-protein 0.6 -> 0.3 (nadir) -> 0.9 ->
 *   1.4 g/dL: "Progression: unknown", no alert (treatments.md 1 follows the M-protein every 3-6 months for
 *   progression to myeloma; its flag "M-protein persisting >= 1 year after RT" is UNVERIFIED there).
 * - W2: a 76-year-old 99 weeks into DRd (MAIA, until progression; treatments.md 4), candidacy not recorded:
 *   the plan read "next: stem cell collection, then autologous stem cell transplant".
 * - M1: VGPR recorded as the line's best response, PR confirmed from the values (no 24-h urine), unexplained.
 * - M2: a single positive serum immunofixation after a confirmed CR: no word of a possible relapse from CR
 *   (criteria-and-scores.md 6.2: relapse from CR is the reappearance of M-protein; two consecutive assessments).
 * - M3: a solitary plasmacytoma already irradiated, its category undecided (no MRI): radiotherapy offered again.
 * - m1: Ravi 2016's evolving-SMM thresholds, looked up outside the reference, were shown as verified.
 * - m2: day 18 of first-line D-VRd, one rise: the patient's page said the disease "may be growing again".
 * - m3: relapse from CR, flagged for the clinician, left the patient's page at "a very good response".
 * - m4: five tests overdue since one date: the patient's page named the first two (blood count, creatinine). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { assess } from "./assess.js";
import { CONTINUOUS_DRD_TITLE } from "./plan.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c27-${name}.json`), "utf8"),
  );
const alert = (a: ReturnType<typeof assess>, id: string) => a.alerts.find((x) => x.id === id);

describe("W1: a rising M-protein after radiotherapy for a solitary plasmacytoma", () => {
  const NAME = "v08c-sbp-after-rt-m-protein-rising";

  it("0.3 -> 1.4 g/dL since the radiotherapy: a warning by the IMWG thresholds applied by analogy, unverified", () => {
    const a = assess(read(NAME));
    expect(a.diagnosis.category).toBe("solitary-plasmacytoma");
    const w = alert(a, "evolving.m-protein-rising");
    expect(w?.severity).toBe("warning");
    expect(w?.verified).toBe(false);
    expect(w?.text).toContain("serum M-protein from 0.3 g/dL (2026-02-01) to 1.4 g/dL (2026-11-15");
    expect(w?.text).toContain("Look for progression to myeloma");
  });

  it("the M-protein persisting a year after the radiotherapy: the reference's higher-risk flag, unverified", () => {
    const flag = alert(assess(read(NAME)), "sp.m-protein-persisting-after-rt");
    expect(flag?.severity).toBe("info");
    expect(flag?.verified).toBe(false);
    expect(flag?.citations).toEqual(["caers-2018-jho"]);
    expect(flag?.text).toContain("1 year or more after the radiotherapy ended (2025-08-10)");
  });

  it("falling after the radiotherapy: no rise; gone a year after it: no persisting flag", () => {
    const r = read(NAME);
    r.series.serumMProtein[3].value = 0.2;
    r.series.serumMProtein[4].value = 0.1;
    r.labs.serumMProtein.value = 0.1;
    let a = assess(r);
    expect(alert(a, "evolving.m-protein-rising")).toBeUndefined();
    expect(alert(a, "sp.m-protein-persisting-after-rt")).toBeDefined();
    r.series.serumMProtein[4].value = 0;
    r.labs.serumMProtein.value = 0;
    a = assess(r);
    expect(alert(a, "sp.m-protein-persisting-after-rt")).toBeUndefined();
  });

  it("a rise before the radiotherapy started is not one after it", () => {
    const r = read(NAME);
    // 0.3 -> 1.4 moved before a radiotherapy given later (2026-11-20 to 2026-11-25), nothing measured since.
    r.treatmentHistory[0].start = "2026-11-20";
    r.treatmentHistory[0].end = "2026-11-25";
    expect(alert(assess(r), "evolving.m-protein-rising")).toBeUndefined();
  });
});

describe("W2: DRd given for two years with candidacy not recorded is not an induction before a transplant", () => {
  const NAME = "v06d-lcmm-76-drd-continuous-no-phase";

  it("the plan is DRd until progression, then a new line; no transplant step", () => {
    const plan = assess(read(NAME)).plan;
    expect(plan.map((s) => s.phase)).toEqual(["induction", "relapsed"]);
    expect(plan[0]?.title).toBe(CONTINUOUS_DRD_TITLE);
    expect(plan[0]?.status).toBe("current");
  });

  it("D-VRd with candidacy not recorded keeps the transplant pathway, said conditional", () => {
    const r = read(NAME);
    r.treatmentHistory[0].regimen = "D-VRd";
    r.treatmentHistory[0].drugs = ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"];
    r.treatmentHistory[0].start = "2026-09-01";
    const plan = assess(r).plan;
    const transplant = plan.find((s) => s.phase === "transplant");
    expect(transplant?.title).toContain("(if transplant-eligible: candidacy not recorded)");
  });

  it("DRd with the team's candidacy recorded as yes follows the transplant pathway", () => {
    const r = read(NAME);
    r.transplant = { candidate: "yes" };
    expect(assess(r).plan.some((s) => s.phase === "transplant")).toBe(true);
  });
});

describe("M2: M-protein back at one assessment after a confirmed CR", () => {
  const NAME = "v05a-cr-single-positive-ife";

  it("a possible relapse from CR is said, with the repeat it needs", () => {
    const a = assess(read(NAME));
    const w = alert(a, "response.relapse-from-cr-unconfirmed");
    expect(w?.severity).toBe("warning");
    expect(w?.text).toContain("M-protein present again on 2026-11-10 (one assessment) after CR confirmed on");
    expect(w?.text).toContain("Repeat serum and urine immunofixation");
    expect(alert(a, "response.relapse-from-cr")).toBeUndefined();
  });

  it("confirmed at a second assessment: relapse from CR, not the possible one", () => {
    const r = read(NAME);
    r.series.serumImmunofixation.push({ date: "2026-11-30", result: "positive" });
    const a = assess(r);
    expect(alert(a, "response.relapse-from-cr")).toBeDefined();
    expect(alert(a, "response.relapse-from-cr-unconfirmed")).toBeUndefined();
  });

  it("negative again at the latest assessment: nothing to say", () => {
    const r = read(NAME);
    r.series.serumImmunofixation.push({ date: "2026-11-30", result: "negative" });
    expect(alert(assess(r), "response.relapse-from-cr-unconfirmed")).toBeUndefined();
  });
});

describe("M3: an irradiated plasmacytoma (worked up with a PET-CT)", () => {
  it("the radiotherapy is not offered again; the follow-up after it is", () => {
    const a = assess(read("v08-sbp-after-rt-follow-up-overdue"));
    // Review c44-M1 (engine 0.2.60): the PET-CT stands for the MRI in a solitary plasmacytoma's work-up
    // (criteria-and-scores.md 1.4: "MRI (or CT)"); before, the category waited on an MRI.
    expect(a.diagnosis.category).toBe("solitary-plasmacytoma");
    const ids = a.options.map((o) => o.id);
    expect(ids).not.toContain("sp.bone.radiotherapy");
    expect(ids).toContain("sp.after-radiotherapy.follow-up");
  });
});

describe("m1: thresholds looked up outside the reference are shown as unverified", () => {
  it("Ravi 2016's evolving M-protein (smouldering myeloma rising 2.6 -> 3.4 g/dL)", () => {
    const w = alert(assess(read("v03-smm-high-risk-rising-m-protein")), "evolving.m-protein");
    expect(w?.verified).toBe(false);
  });
});

describe("m2: a first rise on the first treatment is not 'growing again' on the patient's page", () => {
  it("day 18 of D-VRd, one rise: may be growing, a repeat test is needed", () => {
    const text = renderHandout(assess(read("v10-dvrd-week-3-early-rise")), "text");
    expect(text).toContain("the disease may be growing. A repeat test is needed to be sure.");
    expect(text).not.toContain("growing again");
  });
});

describe("m3: the patient's page says when the M-protein is found again after CR", () => {
  it("possible (one assessment) and confirmed relapse from CR: a plain sentence; none while immunofixation stays negative", () => {
    const said = "A test that had found no myeloma protein in your blood or urine now finds it again.";
    const r = read("v05a-cr-single-positive-ife");
    expect(renderHandout(assess(r), "text")).toContain(said);
    r.series.serumImmunofixation.push({ date: "2026-11-30", result: "positive" });
    expect(renderHandout(assess(r), "text")).toContain(said);
    r.series.serumImmunofixation.splice(-2, 2);
    expect(renderHandout(assess(r), "text")).not.toContain(said);
  });
});

describe("m4: every overdue test on the patient's page, those of one date in one sentence", () => {
  it("five tests overdue since 1 May 2026: all named, the protein tests too", () => {
    const text = renderHandout(assess(read("v08-sbp-after-rt-follow-up-overdue")), "text").replace(
      /\s+/g,
      " ",
    );
    expect(text).toContain(
      "Blood count, creatinine, calcium, blood protein test and light chain blood test are overdue. They were due on 1 May 2026.",
    );
  });
});

describe("M1: the record's best response above the one the values confirm is explained", () => {
  const NAME = "v04c-vgpr-rise-below-absolute-threshold";

  it("VGPR recorded, PR confirmed for want of a 24-h urine: said, and the urine asked for", () => {
    const a = assess(read(NAME));
    expect(a.response.bestConfirmed).toBe("PR");
    expect(a.missingData.map((m) => m.field)).toContain("series.urineMProtein");
    expect(renderClinicianSummary(a, "text").replace(/\s+/g, " ")).toContain(
      "Best confirmed response on this line: PR (the record gives VGPR as the line's best response; VGPR also needs a 24-h urine M-protein < 100 mg/24 h, not in the record)",
    );
  });

  it("with the urine below 100 mg/24 h at the nadir, VGPR is confirmed and nothing is said", () => {
    const r = read(NAME);
    r.series.urineMProtein = [
      { date: "2025-01-10", value: 50, unit: "mg/24h" },
      { date: "2025-07-10", value: 50, unit: "mg/24h" },
    ];
    const a = assess(r);
    expect(a.response.bestConfirmed).toBe("VGPR");
    expect(renderClinicianSummary(a, "text")).not.toContain("the record gives");
  });
});

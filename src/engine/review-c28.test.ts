/** Review c28 (a myeloma specialist, read-only, on engine 0.2.35, re-reviewing the fixes of review c27). The
 * vignettes are the reviewer's records (examples/vignettes/review-c28-*).
 * - U1 (UNSAFE): a CAR-T entry from apheresis (start) to the infusion (end): at day 9 after the infusion the
 *   2-week US driving and stay-near restrictions (treatments.md 10) were said to have ended, the count of
 *   lymphodepletion read as one after the infusion.
 * - W1: first-line D-VMP or DRd ended without progression, candidacy not recorded: the plan went back to "next:
 *   stem cell transplant" (treatments.md 4: D-VMP then daratumumab maintenance; DRd until progression).
 * - W2: VRd at 79 with candidacy not recorded: the patient's page said "Next: Stem cell transplant." with no
 *   condition (the clinician plan says "if transplant-eligible: candidacy not recorded"); Rd the same.
 * - W3: after radiotherapy for a solitary plasmacytoma, a rising FLC or urine M-protein raised nothing
 *   (treatments.md 1 follows SPEP/IFE and FLC, 24-h urine as needed).
 * - M4: daratumumab with IgG-kappa disease, immunofixation positive again after CR: "relapse from CR" beside
 *   "CR cannot be judged until a daratumumab-specific immunofixation"; the patient told the protein is back.
 * - M5: after a plasmacytoma's radiotherapy, "cannot tell if the disease has come back" beside "your protein level
 *   has been going up" on the patient's page.
 * - m3: an M-protein found on immunofixation alone 15 months after radiotherapy: no persisting flag.
 * (W4 and m1, the free light chain dispute, are in review-c26-dates.test.ts.) */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c28-${name}.json`), "utf8"),
  );
const ids = (r: Rec) => assess(r).alerts.map((x) => x.id);

describe("U1: a CAR-T entry from apheresis to the infusion dates the infusion by its end", () => {
  // Cilta-cel entry 2026-07-15 (apheresis) to 2026-09-01 (infusion); asOf 2026-09-10; ANC 0.3 on 2026-09-08.
  const NAME = "q-cart-g2-start-apheresis-day9";

  it("day 9 after the infusion: the first-two-weeks restrictions, and the count since it is read", () => {
    const a = assess(read(NAME));
    const got = a.alerts.map((x) => x.id);
    expect(got).toContain("alert.car-t.first-two-weeks");
    expect(got).not.toContain("alert.car-t.after-infusion");
    expect(got).toContain("alert.car-t.neutropenia-grade-3");
    expect(renderHandout(a, "text").replace(/\s+/g, " ")).toContain(
      "For 2 weeks after the infusion, do not drive and stay near your treatment centre.",
    );
  });

  it("a count of the lymphodepletion (before the infusion): not read as one after it", () => {
    const r = read(NAME);
    r.labs.neutrophils.date = "2026-08-28";
    const got = ids(r);
    expect(got).not.toContain("alert.car-t.neutropenia-grade-3");
    expect(got).toContain("alert.car-t.no-count-since-infusion");
  });
});

describe("W1: a finished first line of D-VMP, candidacy not recorded, plans no transplant", () => {
  it("D-VMP finished, responding, 74: continued or maintenance therapy next, no transplant step", () => {
    const plan = assess(read("q-fl-n2-dvmp-finished-responding-74")).plan;
    expect(plan.some((s) => s.phase === "transplant")).toBe(false);
    expect(plan.find((s) => s.status === "next")?.phase).toBe("maintenance");
  });
});

describe("W2: a transplant step held on an open candidacy says so on the patient's page", () => {
  const NAME = "q-fl-g-vrd-79-candidacy-absent";

  it("VRd at 79, candidacy not recorded: 'only if a transplant is right for you'", () => {
    const text = renderHandout(assess(read(NAME)), "text");
    expect(text).toContain("Next: Stem cell transplant – only if a transplant is right for you.");
  });

  it("Rd as the first line (a doublet for frail patients, treatments.md 4): no transplant step", () => {
    const r = read(NAME);
    r.treatmentHistory[0].regimen = "Rd";
    r.treatmentHistory[0].drugs = ["lenalidomide", "dexamethasone"];
    const plan = assess(r).plan;
    expect(plan.some((s) => s.phase === "transplant")).toBe(false);
  });

  it("candidacy recorded yes at 60: the transplant step without the condition", () => {
    const r = read(NAME);
    r.patient.age = 60;
    r.transplant = { ...(r.transplant ?? {}), candidate: "yes" };
    const text = renderHandout(assess(r), "text");
    expect(text).toContain("Next: Stem cell transplant");
    expect(text).not.toContain("Next: Stem cell transplant – only if a transplant is right for you.");
  });
});

describe("W3: after radiotherapy for a plasmacytoma, a rising FLC or urine M-protein is said", () => {
  it("dFLC 18 -> 408 mg/L: the rising alert names the dFLC", () => {
    const w = assess(read("q-sp-i-light-chain-flc-rising")).alerts.find(
      (x) => x.id === "evolving.m-protein-rising",
    );
    expect(w?.verified).toBe(false);
    expect(w?.text).toContain("dFLC (involved minus uninvolved free light chain) from 18 mg/L (2026-02-01)");
  });

  it("urine M-protein 50 -> 450 mg/24 h: the rising alert names the urine", () => {
    const w = assess(read("q-sp-k-urine-rising-only")).alerts.find(
      (x) => x.id === "evolving.m-protein-rising",
    );
    expect(w?.text).toContain("urine M-protein from 50 mg/24 h (2025-11-01) to 450 mg/24 h (2026-11-15");
  });
});

describe("m3: an M-protein found on immunofixation alone a year after radiotherapy is a persisting M-protein", () => {
  const NAME = "q-sp-e-spep-zero-ife-positive-15mo";

  it("M-spike 0, immunofixation positive 15 months after: the flag, naming the immunofixation", () => {
    const flag = assess(read(NAME)).alerts.find((x) => x.id === "sp.m-protein-persisting-after-rt");
    expect(flag?.text).toContain("a positive serum immunofixation on 2026-11-15");
  });

  it("immunofixation negative on that day: no flag", () => {
    const r = read(NAME);
    r.series.serumImmunofixation.at(-1).result = "negative";
    r.labs.serumImmunofixation = "negative";
    expect(ids(r)).not.toContain("sp.m-protein-persisting-after-rt");
  });
});

describe("M4: on an anti-CD38 antibody with IgG-kappa disease, the M-protein back after CR may be the antibody", () => {
  it("daratumumab, IgG-kappa, one positive immunofixation after CR: the relapse alert says so; the patient's page does not say the protein is back", () => {
    const a = assess(read("q-cr-c-dara-igg-kappa-ife-positive-single"));
    const w = a.alerts.find((x) => x.id === "response.relapse-from-cr-unconfirmed");
    expect(w?.text).toContain("The band may be the anti-CD38 antibody");
    expect(renderHandout(a, "text")).not.toContain("now finds it again");
  });

  it("IgA-lambda disease on daratumumab: no such clause, and the patient's page says the protein is back", () => {
    const r = read("q-cr-c-dara-igg-kappa-ife-positive-single");
    r.labs.heavyChain = "IgA";
    r.labs.lightChain = "lambda";
    const a = assess(r);
    const w = a.alerts.find((x) => x.id === "response.relapse-from-cr-unconfirmed");
    expect(w?.text).not.toContain("anti-CD38 antibody");
    expect(renderHandout(a, "text")).toContain("now finds it again");
  });
});

describe("M5: the patient's page after a plasmacytoma's radiotherapy says the rise, once", () => {
  it("rising M-protein after radiotherapy: no 'cannot tell if the disease has come back' beside the rise", () => {
    const r = JSON.parse(
      readFileSync(
        join(
          import.meta.dirname,
          "../../examples/vignettes/review-c27-v08c-sbp-after-rt-m-protein-rising.json",
        ),
        "utf8",
      ),
    );
    const text = renderHandout(assess(r), "text").replace(/\s+/g, " ");
    expect(text).toContain("Since then, a protein level in your blood or urine has been going up.");
    expect(text).not.toContain("cannot tell from your results if the disease has come back");
    expect(text).not.toContain("Your protein level has been going up over your recent tests.");
  });
});

describe("review c29-W5: a step already done carries no transplant condition on the patient's page", () => {
  it("after the transplant, candidacy not recorded: 'Done: Stem cell transplant.' with no 'only if'", () => {
    const r = JSON.parse(
      readFileSync(
        join(import.meta.dirname, "../../examples/vignettes/review-c27-v05a-cr-single-positive-ife.json"),
        "utf8",
      ),
    );
    const text = renderHandout(assess(r), "text");
    expect(text).toContain("Done: Stem cell transplant.");
    expect(text).not.toMatch(/Done: [^\n]*only if a transplant/);
  });
});

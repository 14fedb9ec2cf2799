/** Review c90 (relapse; report /work/review90/review.md; records r04, r06, r09, r11, r12, r16, r17, r21 copied as the
 * vignettes review-c90-*).
 * M1: fitness weighed for CAR-T (c77-M1) but not for the T-cell-engaging bispecifics: teclistamab "standard" first for
 * a frail 82-year-old ECOG 3 (r16), Tec-Dara "preferred" for a frail 78-year-old with heart failure (r06). The reference
 * gives no fitness rule for either (treatments.md 5b, 5c; criteria-and-scores.md 8): each bispecific names the frailty /
 * ECOG recorded with its boxed CRS/ICANS warning and step-up hospital stay (treatments.md 5c), UNVERIFIED, and is held
 * back for fitness as CAR-T is ("consider"; the handout's "may be too strong").
 * M2: selinexor (XVd) with platelets 55 and constitutional symptoms (weight 52 kg) recorded: the card names the count,
 * its date and the weight loss (treatments.md 7b); no platelet threshold (none in the reference).
 * m1: regimens giving a drug the disease is refractory to are listed after their peers (order only).
 * m6: an option outside a label in the view shown (BVd in the US at a first relapse) after its peers (order only).
 * m2: M-protein back (0 -> 0.2 -> 0.3 g/dL) after a recorded CR: an info finding, relapse from CR (a DFS term, not PD).
 * m3: linesOfTherapy.priorLines agrees with the phase (a line progressed on is a prior line, criteria-and-scores 9.1). */
import { describe, expect, it } from "vitest";
import { topOptions } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import type { HandoutWords } from "../render/words/types.js";
import { readVignette } from "../testing/example-records.js";
import { cautionsOf, optionIds, shownOption } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const R04 = "review-c90-r04-drd-first-line-progressed-no-pi-74";
const R06 = "review-c90-r06-78y-heart-failure-uncontrolled-htn-len-refr";
const R09 = "review-c90-r09-platelets-55-weight-loss-len-refr";
const R11 = "review-c90-r11-four-lines-tcr-no-bcma-igg-250-infections";
const R16 = "review-c90-r16-frail-82-ecog3-third-relapse";
const R17 = "review-c90-r17-len-sensitive-first-relapse-off-therapy";
const R21 = "review-c90-r21-m-protein-reappears-from-cr-not-pd";

const BISPECIFIC_FITNESS =
  "the reference gives no fitness criterion for the T-cell-engaging bispecific antibodies; each carries a boxed warning for cytokine release syndrome and neurotoxicity (ICANS)";

/** The handout's option lines (a wrapped line joined), from its options section. */
const optionLines = (a: Assessment, w: HandoutWords) =>
  (renderHandout(a, "text", w).split(w.headings.options)[1] ?? "")
    .split(w.headings.support)[0]!
    .replace(/\n {4}/g, " ")
    .split("\n")
    .filter((l) => l.startsWith("  - "));

describe("review c90-M1: the T-cell-engaging bispecifics for a patient whose frailty or performance status is recorded", () => {
  it("frail 82-year-old, ECOG 3 (r16): teclistamab names the frailty, ECOG, CRS/ICANS and the step-up hospital stay, UNVERIFIED, held to 'consider'", () => {
    const a = assess(readVignette(R16));
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    const c = cautionsOf(a, "bsab.teclistamab");
    expect(c).toContain(BISPECIFIC_FITNESS);
    expect(c).toContain("hospitalisation for 48 h after each step-up dose");
    expect(c).toContain("IMWG frailty group: frail");
    expect(c).toContain("ECOG performance status: 3");
    expect(c).toContain("age: 82");
    expect(shownOption(a, "bsab.teclistamab").verified).toBe(false);
    expect(shownOption(a, "bsab.teclistamab").strength).toBe("consider");
    // Not the clinician's first option any more: nothing ranks a bispecific above CAR-T for the same fitness.
    expect(topOptions(a)[0]?.id).not.toBe("bsab.teclistamab");
  });

  it("r16 handout: teclistamab is marked 'may be too strong' as CAR-T is (EN, ES)", () => {
    const a = assess(readVignette(R16));
    for (const w of [EN, ES]) {
      const lines = optionLines(a, w);
      const tec = lines.filter((l) => /teclistamab/i.test(l));
      expect(tec.length, w.marks.mayBeTooStrong).toBeGreaterThan(0);
      for (const l of tec) expect(l).toContain(w.marks.mayBeTooStrong);
      for (const l of lines.filter((x) => x.includes("CAR-T"))) expect(l).toContain(w.marks.mayBeTooStrong);
    }
  });

  it("frail 78-year-old with heart failure (r06, IMWG frail, ECOG 1): Tec-Dara names the frailty and is held to 'consider'", () => {
    const a = assess(readVignette(R06));
    expect(a.fitness.imwgFrailty.group).toBe("frail");
    const c = cautionsOf(a, "rr.tec-dara");
    expect(c).toContain(BISPECIFIC_FITNESS);
    expect(c).toContain("IMWG frailty group: frail");
    expect(shownOption(a, "rr.tec-dara").strength).toBe("consider");
    expect(shownOption(a, "cart.cilta-cel").strength).toBe("consider");
  });

  it("four lines (r11) with ECOG 2: each of the four bispecifics is held; with ECOG 0 and fit, none is", () => {
    const r = readVignette(R11);
    r.fitness = { ...r.fitness, ecog: 2 };
    const held = assess(r);
    for (const id of ["bsab.elranatamab", "bsab.linvoseltamab", "bsab.talquetamab", "bsab.teclistamab"]) {
      expect(cautionsOf(held, id), id).toContain(BISPECIFIC_FITNESS);
      expect(cautionsOf(held, id), id).toContain("ECOG performance status: 2");
      expect(shownOption(held, id).strength, id).toBe("consider");
    }
    expect(cautionsOf(held, "bsab.linvoseltamab")).toContain(
      "hospitalisation for 24 h after the first and second step-up doses",
    );
    const fit = readVignette(R11);
    fit.patient.age = 60;
    fit.fitness = { ecog: 0, adl: 6, iadl: 8, charlson: 0 };
    const b = assess(fit);
    for (const id of ["bsab.elranatamab", "bsab.linvoseltamab", "bsab.talquetamab", "bsab.teclistamab"]) {
      expect(cautionsOf(b, id), id).not.toContain(BISPECIFIC_FITNESS);
      expect(shownOption(b, id).strength, id).toBe("standard");
    }
  });

  it("fit 60-year-old at a first relapse (r17, ECOG 0): Tec-Dara stays 'preferred' with no fitness caution", () => {
    const a = assess(readVignette(R17));
    expect(shownOption(a, "rr.tec-dara").strength).toBe("preferred");
    expect(cautionsOf(a, "rr.tec-dara")).not.toContain(BISPECIFIC_FITNESS);
  });
});

describe("review c90-M2: selinexor names the recorded platelet count and the weight loss", () => {
  it("r09 (platelets 55, constitutional symptoms, 52 kg): the XVd card names the count with its date and the weight loss; no threshold, strength kept", () => {
    const a = assess(readVignette(R09));
    const c = cautionsOf(a, "rr.xvd");
    expect(c).toContain("Selinexor causes thrombocytopenia");
    expect(c).toContain("platelet count: 55 x10^9/L");
    expect(c).toContain("date of the platelet count:");
    expect(c).toContain("the reference gives no platelet threshold for selinexor");
    expect(c).toContain("Constitutional symptoms recorded (fever, night sweats or weight loss)");
    expect(c).toContain("weight: 52 kg");
    expect(shownOption(a, "rr.xvd").strength).toBe("standard");
  });

  it("r17 (no constitutional symptoms recorded as present): no weight-loss caution on XVd", () => {
    const a = assess(readVignette(R17));
    expect(cautionsOf(a, "rr.xvd")).not.toContain("Constitutional symptoms recorded");
  });
});

describe("review c90-m1 and c90-m6: options with a refractory drug, or outside a label in the view, after their peers", () => {
  it("r16: Kd (no refractory drug) before BPd, BVd, EPd, KPd and XVd of the same strength; each carries refractoryTo", () => {
    const a = assess(readVignette(R16));
    const ids = optionIds(a).filter((id) => id.startsWith("rr."));
    expect(ids.slice(0, 6)).toEqual(["rr.kd", "rr.bpd", "rr.bvd", "rr.epd", "rr.kpd", "rr.xvd"]);
    expect(shownOption(a, "rr.bpd").refractoryTo).toEqual(["pomalidomide"]);
    expect(shownOption(a, "rr.bvd").refractoryTo).toEqual(["bortezomib"]);
    expect(shownOption(a, "rr.kd").refractoryTo).toBeUndefined();
    // The handout keeps that order among its options of one strength.
    const lines = optionLines(a, EN);
    const kd = lines.findIndex((l) => l.includes("Kd") && !l.includes("KPd"));
    const bpd = lines.findIndex((l) => l.includes("BPd"));
    expect(kd).toBeGreaterThanOrEqual(0);
    expect(kd).toBeLessThan(bpd);
  });

  it("r17 (len-sensitive first relapse): BVd, outside the US label, after the other 'standard' regimens in the default view; first of them in the EU view", () => {
    const a = assess(readVignette(R17));
    const std = a.options
      .filter((o) => o.kind === "systemic-therapy" && o.strength === "standard")
      .map((o) => o.id);
    expect(std[std.length - 1]).toBe("rr.bvd");
    expect(
      topOptions(a)
        .map((o) => o.id)
        .slice(0, 3),
    ).not.toContain("rr.bvd");
    const eu = assess(readVignette(R17), { jurisdiction: "eu" });
    const euStd = eu.options.filter((o) => o.kind === "systemic-therapy" && o.strength === "standard");
    expect(euStd[0]?.id).toBe("rr.bvd");
  });
});

describe("review c90-m2: M-protein back after a recorded CR (r21)", () => {
  it("an info finding names the reappearance as relapse from CR, not progression, no reason by itself to change therapy", () => {
    const a = assess(readVignette(R21));
    expect(a.response.progression).toBe(false);
    expect(a.response.relapseFromCr).toBe(true);
    const al = a.alerts.find((x) => x.id === "response.m-protein-back-after-recorded-cr");
    expect(al?.severity).toBe("info");
    expect(al?.text).toContain("0.2 g/dL on 2026-09-01");
    expect(al?.text).toContain("0.3 g/dL on 2026-11-10");
    expect(al?.text).toContain("not progression");
    expect(al?.text).toContain("not by itself a reason to change therapy");
  });

  it("no such finding while the M-protein stays undetected", () => {
    const r = readVignette(R21);
    r.series.serumMProtein = r.series.serumMProtein.slice(0, 2);
    r.series.serumMProtein.push({ date: "2026-11-10", value: 0, unit: "g/dL" });
    r.labs.serumMProtein = { value: 0, unit: "g/dL" };
    const a = assess(r);
    expect(a.alerts.map((x) => x.id)).not.toContain("response.m-protein-back-after-recorded-cr");
  });
});

describe("review c90-m3: prior lines, one fact one value (r04: DRd first line, no end, progression recorded on it)", () => {
  it("linesOfTherapy.priorLines is 1, as the phase says", () => {
    const a = assess(readVignette(R04));
    expect(a.phase?.priorLines).toBe(1);
    expect(a.linesOfTherapy.priorLines).toBe(1);
    expect(a.linesOfTherapy.count).toBe(1);
  });
});

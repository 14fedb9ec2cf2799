/** Review c68-M1, M2, m1, m2, m3, m6 (report /work/review68/review.md): bone-targeted therapy (treatments.md 8a),
 * beside the c67 fix (src/engine/review-c67-bone.test.ts). Each case read the wrong thing on engine 0.2.76. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const alert = (a: ReturnType<typeof assess>, id: string) => a.alerts.find((x) => x.id === id);
const flat = (s: string) => s.replace(/\s+/g, " ");
const cautionsOf = (a: ReturnType<typeof assess>, id: string) => option(a, id)?.cautions.join(" ") ?? "";

const ZA = "sc.bone.zoledronic-acid";
const PAM = "sc.bone.pamidronate";
const DMAB = "sc.bone.denosumab";
const HOLD = "zoledronic-acid.renal.creatinine-rise-hold";
const RISE = "review-c67-za-creatinine-rise-0.6";
const ON_DMAB = "review-c67-on-denosumab-crcl55";
const DMAB_STOPPED = "review-c67-denosumab-stopped-crcl42";
/** Every dose of the zoledronic acid renal table named on a card ("3.3 mg", "3.0 mg" ...). */
const doses = (s: string) => [...new Set(s.match(/\b[34]\.\d mg\b/g) ?? [])];

/** The r59 record (on zoledronic acid since 2026-03-01) with its creatinine series and latest value replaced. */
function withCreatinine(series: [string, number][], latest: [string, number], unit = "mg/dL"): Rec {
  const r = vignette(RISE);
  r.series.creatinine = series.map(([date, value]) => ({ date, value, unit }));
  r.labs.creatinine = { value: latest[1], unit, date: latest[0] };
  return r;
}

describe("c68-M1: on zoledronic acid, one dose on the card: its baseline CrCl's band (treatments.md 8a)", () => {
  it("r101: abnormal baseline 1.6 (CrCl 47.4), 2.4 now (CrCl 31.6): the card gives 3.3 mg only, not also 3.0 mg", () => {
    const a = assess(withCreatinine([["2026-02-25", 1.6]], ["2026-12-01", 2.4]));
    expect(alert(a, HOLD)).toBeUndefined();
    const c = cautionsOf(a, ZA);
    expect(c).toContain("baseline CrCl 40-49 mL/min: 3.3 mg");
    expect(doses(c)).toEqual(["3.3 mg"]);
    // Today's CrCl is still said (close to the floor of 30), and denosumab still named the kidney's agent.
    expect(c).toContain("31.6 mL/min");
    expect(c).toMatch(/denosumab, with no renal adjustment, is the preferred bone agent/);
  });

  it("control: a new start at CrCl 31.6 (no zoledronic acid given): today's CrCl is the baseline, 3.0 mg, said once", () => {
    const r = withCreatinine([["2026-02-25", 1.6]], ["2026-12-01", 2.4]);
    r.treatmentHistory = r.treatmentHistory.filter((t: Rec) => t.regimen !== "zoledronic acid");
    const c = cautionsOf(assess(r), ZA);
    expect(c).toContain("3.0 mg at CrCl 30-39");
    expect(doses(c)).toEqual(["3.0 mg"]);
  });
});

describe("c68-M2: while zoledronic acid is held, pamidronate is withheld too (treatments.md 8a, pamidronate label)", () => {
  it("r59 (0.9 -> 1.5 mg/dL on it): pamidronate at consider, with the withhold caution naming the rise", () => {
    const a = assess(vignette(RISE));
    expect(alert(a, HOLD)).toBeDefined();
    const pam = option(a, PAM);
    expect(pam?.strength).toBe("consider");
    const c = cautionsOf(a, PAM);
    expect(c).toMatch(/withhold for renal deterioration until back to baseline/);
    expect(c).toContain("1.5 mg/dL on 2026-12-01");
    expect(c).toContain("0.9 mg/dL on 2026-02-25");
  });

  it("r59: the handout says zoledronic acid is paused for the kidneys, where the bone medicines are listed (EN, ES)", () => {
    const a = assess(vignette(RISE));
    const en = flat(renderHandout(a, "text", EN));
    const es = flat(renderHandout(a, "text", ES));
    // Decision support: the team may pause it (the engine's hold is advice to the team, not an order).
    expect(EN.zoledronicAcidPaused).toMatch(/may pause zoledronic acid.*kidney/i);
    expect(ES.zoledronicAcidPaused).toMatch(/ácido zoledrónico.*riñon/i);
    expect(en).toContain(EN.zoledronicAcidPaused);
    expect(es).toContain(ES.zoledronicAcidPaused);
    // Said with the bone medicines' line.
    expect(en.indexOf(EN.zoledronicAcidPaused)).toBeGreaterThan(en.indexOf("Bone medicine"));
  });

  it("control: back within 10% (0.9 -> 1.5 -> 0.95): no hold, pamidronate without the withhold caution, no pause sentence", () => {
    const a = assess(
      withCreatinine(
        [
          ["2026-02-25", 0.9],
          ["2026-09-01", 1.5],
        ],
        ["2026-12-01", 0.95],
      ),
    );
    expect(alert(a, HOLD)).toBeUndefined();
    expect(cautionsOf(a, PAM)).not.toMatch(/withhold for renal deterioration/);
    expect(flat(renderHandout(a, "text", EN))).not.toContain(EN.zoledronicAcidPaused);
  });
});

describe("c68-m1: no creatinine before zoledronic acid, a rise of >=0.5 mg/dL on it (the reference is silent)", () => {
  it("r105 (1.0 -> 1.5 mg/dL, both after the start): ZA at consider, a caution naming the unknown baseline and the rise", () => {
    const a = assess(withCreatinine([["2026-09-01", 1.0]], ["2026-12-01", 1.5]));
    expect(alert(a, HOLD)).toBeUndefined();
    const za = option(a, ZA);
    expect(za?.strength).toBe("consider");
    const c = cautionsOf(a, ZA);
    expect(c).toMatch(/baseline before (the course|it started) is not recorded/i);
    expect(c).toContain("+0.5 mg/dL");
    expect(c).toContain("1.5 mg/dL on 2026-12-01");
    expect(c).toMatch(/decide with the team/);
  });

  it("control: no baseline, +0.4 on it (1.0 -> 1.4): no such caution", () => {
    const a = assess(withCreatinine([["2026-09-01", 1.0]], ["2026-12-01", 1.4]));
    expect(cautionsOf(a, ZA)).not.toMatch(/baseline before (the course|it started) is not recorded/i);
  });

  it("control: with a baseline (r59) the hold speaks, not this caution", () => {
    const a = assess(vignette(RISE));
    expect(cautionsOf(a, ZA)).not.toMatch(/baseline before (the course|it started) is not recorded/i);
  });
});

describe("c68-m2: the resume point is in the unit the record reports (treatments.md 8a)", () => {
  it("r106 (80 -> 130 umol/L): back within 10% of baseline at <=88 umol/L", () => {
    const a = assess(withCreatinine([["2026-02-25", 80]], ["2026-12-01", 130], "umol/L"));
    const hold = alert(a, HOLD);
    expect(hold?.text).toContain("back within 10% of baseline at <=88 umol/L");
    expect(hold?.text).not.toMatch(/<=1 mg\/dL/);
  });

  it("control: mg/dL (0.9 -> 1.5): <=0.99 mg/dL", () => {
    expect(alert(assess(vignette(RISE)), HOLD)?.text).toContain(
      "back within 10% of baseline at <=0.99 mg/dL",
    );
  });
});

describe("c68-m3: on denosumab, the handout says it is the one given (treatments.md 8a)", () => {
  it("r80: 'denosumab, which you are having now', not a choice of three (EN, ES)", () => {
    const a = assess(vignette(ON_DMAB));
    const en = flat(renderHandout(a, "text", EN));
    const es = flat(renderHandout(a, "text", ES));
    expect(en).toMatch(/Bone medicine[^*\n]*denosumab, which you are having now/);
    expect(en).not.toMatch(/Bone medicine, one of/);
    expect(es).toMatch(/denosumab, que está recibiendo ahora/);
    expect(es).not.toMatch(/uno de estos: denosumab/);
    // The clinician cards are kept (c67-M1).
    expect(option(a, DMAB)?.strength).toBe("preferred");
    expect(option(a, ZA)?.strength).toBe("consider");
  });

  it("control: no bone agent given: 'one of' stays", () => {
    const r = vignette(ON_DMAB);
    r.treatmentHistory = r.treatmentHistory.filter((t: Rec) => !t.drugs.includes("denosumab"));
    expect(flat(renderHandout(assess(r), "text", EN))).toMatch(/Bone medicine, one of/);
  });
});

describe("c68-m6: denosumab stopped, CrCl not known: the transition caution names no band (treatments.md 8a)", () => {
  it("r112: the ZA card says the band needs the creatinine clearance, which is not known", () => {
    const r = vignette(DMAB_STOPPED);
    r.labs.creatinine = undefined;
    r.series.creatinine = [];
    const a = assess(r);
    const c = cautionsOf(a, ZA);
    expect(c).toMatch(/transition/);
    expect(c).not.toMatch(/at the dose of its renal band on this card/);
    expect(c).toMatch(/band needs the creatinine clearance, which is not known/);
  });

  it("control r21b (CrCl 41.6): the transition at its band on this card (3.3 mg)", () => {
    const c = cautionsOf(assess(vignette(DMAB_STOPPED)), ZA);
    expect(c).toMatch(/at the dose of its renal band on this card/);
    expect(c).toContain("baseline CrCl 40-49 mL/min: 3.3 mg");
  });
});

describe("controls kept from c67", () => {
  it("r59: hold alert and ZA at consider with no band", () => {
    const a = assess(vignette(RISE));
    expect(alert(a, HOLD)?.severity).toBe("warning");
    expect(option(a, ZA)?.strength).toBe("consider");
    expect(doses(cautionsOf(a, ZA))).toEqual([]);
  });

  it("r20: 33 months on zoledronic acid in VGPR: the IMWG spacing rule still applies", () => {
    const za = option(assess(vignette("review-c11d-zoledronic-acid-33-months-vgpr")), ZA);
    expect(za?.strength).toBe("consider");
    expect(za?.cautions.join(" ")).toMatch(/Given for 12 months or more with a response of VGPR or better/);
  });
});

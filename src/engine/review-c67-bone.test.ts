/** Review c67-U1 and c67-M1 (report /work/review67/review.md): bone-targeted therapy (treatments.md 8a). A patient on
 * zoledronic acid whose creatinine rose to the label's hold level was given a lower "baseline" dose from today's
 * creatinine; a recorded denosumab course, running or stopped, was not read. Each case read the wrong thing on
 * engine 0.2.76. */
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

const ZA = "sc.bone.zoledronic-acid";
const DMAB = "sc.bone.denosumab";
const HOLD = "zoledronic-acid.renal.creatinine-rise-hold";
const STOPPED = "alert.denosumab.stopped-plan-transition";
/** A dose band of the zoledronic acid renal table, as the cards and alerts word it. */
const BAND = /baseline CrCl [^:]*: \d\.\d mg/;
const RISE = "review-c67-za-creatinine-rise-0.6";

/** The r59 record with its creatinine series and latest value replaced. */
function withCreatinine(series: [string, number][], latest: [string, number]): Rec {
  const r = vignette(RISE);
  r.series.creatinine = series.map(([date, value]) => ({ date, value, unit: "mg/dL" }));
  r.labs.creatinine = { value: latest[1], unit: "mg/dL", date: latest[0] };
  return r;
}

describe("c67-U1: on zoledronic acid, a creatinine rise to the hold level holds it (treatments.md 8a)", () => {
  it("r59: 0.9 mg/dL before the start, 1.5 now (+0.6 from a normal baseline): a hold alert naming both values and dates", () => {
    const a = assess(vignette(RISE));
    const hold = alert(a, HOLD);
    expect(hold?.severity).toBe("warning");
    expect(hold?.text).toMatch(/^On zoledronic acid now\. /);
    expect(hold?.text).toMatch(/hold/i);
    expect(hold?.text).toMatch(/within 10% of baseline/);
    expect(hold?.text).toContain("0.9 mg/dL on 2026-02-25");
    expect(hold?.text).toContain("1.5 mg/dL on 2026-12-01");
    expect(hold?.text).toContain("2026-03-01");
  });

  it("r59: no dose band as the next dose, and the card is no first choice, with the hold as its reason", () => {
    const a = assess(vignette(RISE));
    expect(a.alerts.filter((x) => x.id.startsWith("zoledronic-acid.renal.crcl-"))).toEqual([]);
    const za = option(a, ZA);
    expect(za?.strength).toBe("consider");
    const cautions = za?.cautions.join(" ") ?? "";
    expect(cautions).not.toMatch(BAND);
    expect(cautions).toMatch(/held/i);
    expect(cautions).toContain("1.5 mg/dL on 2026-12-01");
  });

  it("the hold lasts until creatinine is back within 10% of baseline: 0.9 -> 1.5 -> 1.1 is still held", () => {
    const r = withCreatinine(
      [
        ["2026-02-25", 0.9],
        ["2026-09-01", 1.5],
      ],
      ["2026-12-01", 1.1],
    );
    const a = assess(r);
    expect(alert(a, HOLD)?.text).toContain("1.1 mg/dL on 2026-12-01");
    expect(option(a, ZA)?.strength).toBe("consider");
  });

  it("control: back within 10% (0.9 -> 1.5 -> 0.95): no hold; the band is the baseline CrCl's (>60: 4.0 mg), not today's", () => {
    const r = withCreatinine(
      [
        ["2026-02-25", 0.9],
        ["2026-09-01", 1.5],
      ],
      ["2026-12-01", 0.95],
    );
    const a = assess(r);
    expect(alert(a, HOLD)).toBeUndefined();
    const za = option(a, ZA);
    expect(za?.strength).toBe("preferred");
    expect(za?.cautions.join(" ")).toContain("baseline CrCl >60 mL/min: 4.0 mg");
  });

  it("exactly +0.5 mg/dL from a normal baseline (0.9 -> 1.4) holds it", () => {
    const a = assess(withCreatinine([["2026-02-25", 0.9]], ["2026-12-01", 1.4]));
    expect(alert(a, HOLD)).toBeDefined();
  });

  it("+0.4 mg/dL from a normal baseline (1.0 -> 1.4) is no hold: the band reads the baseline CrCl and names it", () => {
    // Baseline 1.0 mg/dL: CrCl 75.8 mL/min (>60, 4.0 mg); today 1.4: 54.2 mL/min (50-60, 3.5 mg).
    const a = assess(withCreatinine([["2026-02-25", 1.0]], ["2026-12-01", 1.4]));
    expect(alert(a, HOLD)).toBeUndefined();
    expect(alert(a, "zoledronic-acid.renal.crcl-50-60")).toBeUndefined();
    expect(option(a, ZA)?.cautions.join(" ")).toContain("baseline CrCl >60 mL/min: 4.0 mg");
  });

  it("an abnormal baseline (1.6 mg/dL) holds only from +1.0: 2.4 is no hold, and the band is the baseline's (40-49: 3.3 mg)", () => {
    // Baseline 1.6: CrCl 47.4 mL/min; today 2.4: 31.6 mL/min (which would read 30-39: 3.0 mg).
    const a = assess(withCreatinine([["2026-02-25", 1.6]], ["2026-12-01", 2.4]));
    expect(alert(a, HOLD)).toBeUndefined();
    const band = alert(a, "zoledronic-acid.renal.crcl-40-49");
    expect(band?.text).toContain("baseline CrCl 40-49 mL/min: 3.3 mg");
    expect(band?.text).toContain("1.6 mg/dL on 2026-02-25");
    expect(alert(a, "zoledronic-acid.renal.crcl-30-39")).toBeUndefined();
  });

  it("an abnormal baseline (1.6 mg/dL) with +1.0 (2.6 now) holds it", () => {
    const a = assess(withCreatinine([["2026-02-25", 1.6]], ["2026-12-01", 2.6]));
    expect(alert(a, HOLD)?.text).toContain("1.6 mg/dL on 2026-02-25");
  });

  it("values reported in umol/L are read converted and named as reported (80 -> 133 umol/L, +0.6 mg/dL)", () => {
    const r = vignette(RISE);
    r.series.creatinine = [{ date: "2026-02-25", value: 80, unit: "umol/L" }];
    r.labs.creatinine = { value: 133, unit: "umol/L", date: "2026-12-01" };
    const hold = alert(assess(r), HOLD);
    expect(hold?.text).toContain("80 umol/L on 2026-02-25");
    expect(hold?.text).toContain("133 umol/L on 2026-12-01");
  });

  it("no creatinine dated on or before the start: no hold is read, and the band alert says the baseline is not recorded", () => {
    const r = vignette(RISE);
    r.series.creatinine = r.series.creatinine.filter((p: Rec) => p.date > "2026-03-01");
    const a = assess(r);
    expect(alert(a, HOLD)).toBeUndefined();
    const band = alert(a, "zoledronic-acid.renal.crcl-50-60");
    expect(band?.text).toMatch(/baseline[^(]*\(.*not recorded.*2026-03-01.*today's CrCl/);
  });

  it("control r84: creatinine 0.9 -> 2.8 (CrCl 27): 'not recommended' below CrCl 30 stays critical, beside the hold", () => {
    const a = assess(vignette("review-c67-za-creatinine-0.9-to-2.8"));
    expect(alert(a, "zoledronic-acid.renal.crcl-below-30")?.severity).toBe("critical");
    expect(alert(a, HOLD)).toBeDefined();
  });

  it("control: no zoledronic acid given (a new start, CrCl 50.6): today's CrCl is the baseline, 3.5 mg, preferred", () => {
    const r = vignette(RISE);
    r.treatmentHistory = r.treatmentHistory.filter((t: Rec) => t.regimen !== "zoledronic acid");
    const a = assess(r);
    const za = option(a, ZA);
    expect(za?.strength).toBe("preferred");
    expect(za?.cautions.join(" ")).toContain("baseline CrCl 50-60 mL/min: 3.5 mg");
    expect(za?.cautions.join(" ")).toContain("hold if creatinine rises >=0.5 mg/dL");
    expect(alert(a, HOLD)).toBeUndefined();
  });

  it("control r20: 33 months on zoledronic acid in VGPR, no creatinine series: the IMWG spacing rule still applies", () => {
    const za = option(assess(vignette("review-c11d-zoledronic-acid-33-months-vgpr")), ZA);
    expect(za?.strength).toBe("consider");
    expect(za?.cautions.join(" ")).toMatch(/Given for 12 months or more with a response of VGPR or better/);
  });

  it("control: hypercalcaemia keeps its 4 mg dose words on the card", () => {
    const r = vignette(RISE);
    r.treatmentHistory = r.treatmentHistory.filter((t: Rec) => t.regimen !== "zoledronic acid");
    r.labs.calcium = { value: 12.5, unit: "mg/dL" };
    expect(option(assess(r), ZA)?.cautions.join(" ")).toMatch(
      /hypercalcaemia of malignancy the zoledronic acid dose is 4 mg, with no dose change for serum creatinine <4\.5 mg\/dL/,
    );
  });
});

describe("c67-M1: a recorded denosumab course is read (treatments.md 8a)", () => {
  it("r80, denosumab running: its card says it is given (continue), zoledronic acid is no new first choice beside it", () => {
    const a = assess(vignette("review-c67-on-denosumab-crcl55"));
    const d = option(a, DMAB);
    expect(d?.strength).toBe("preferred");
    expect(d?.cautions.join(" ")).toMatch(/Denosumab is being given[^.]*continue it/);
    expect(d?.cautions.join(" ")).toContain("since 2026-06-01");
    const za = option(a, ZA);
    expect(za?.strength).toBe("consider");
    expect(za?.cautions.join(" ")).toMatch(
      /denosumab is being given; a switch to zoledronic acid is the transition treatments\.md 8a names when denosumab stops/i,
    );
    expect(alert(a, STOPPED)).toBeUndefined();
  });

  it("r21b, denosumab stopped 2026-09-01, CrCl 41.6: a warning naming the stop and the rule; the ZA card is the transition dose (3.3 mg)", () => {
    const a = assess(vignette("review-c67-denosumab-stopped-crcl42"));
    const stop = alert(a, STOPPED);
    expect(stop?.severity).toBe("warning");
    expect(stop?.text).toContain("2026-09-01");
    expect(stop?.text).toMatch(/rebound bone loss and vertebral fractures/);
    expect(stop?.text).toMatch(/plan the transition \(e\.g\. a zoledronic acid dose/);
    const za = option(a, ZA);
    expect(za?.cautions.join(" ")).toMatch(/transition/);
    expect(za?.cautions.join(" ")).toContain("baseline CrCl 40-49 mL/min: 3.3 mg");
    expect(option(a, DMAB)?.cautions.join(" ")).not.toMatch(/Denosumab is being given/);
  });

  it("r21, denosumab stopped, CrCl 23: no bisphosphonate to transition to: the reference names none, restarting is the team's", () => {
    const a = assess(vignette("review-c67-denosumab-stopped-crcl23"));
    expect(alert(a, STOPPED)?.text).toContain("2026-09-01");
    expect(option(a, ZA)).toBeUndefined();
    const d = option(a, DMAB);
    expect(d?.strength).toBe("preferred");
    const cautions = d?.cautions.join(" ") ?? "";
    expect(cautions).toMatch(/names no other transition agent/);
    expect(cautions).toMatch(/restart(ing)? denosumab is for the team/);
    expect(cautions).not.toMatch(/before the first dose/);
  });

  it("the handout says the bone medicine was stopped and needs a plan (EN, ES)", () => {
    for (const name of ["review-c67-denosumab-stopped-crcl42", "review-c67-denosumab-stopped-crcl23"]) {
      const a = assess(vignette(name));
      expect(flat(renderHandout(a, "text", EN))).toContain(EN.denosumabStopped);
      expect(flat(renderHandout(a, "text", ES))).toContain(ES.denosumabStopped);
    }
    expect(EN.denosumabStopped).toMatch(/denosumab was stopped.*plan/);
    expect(ES.denosumabStopped).toMatch(/denosumab.*plan/);
    const running = assess(vignette("review-c67-on-denosumab-crcl55"));
    expect(flat(renderHandout(running, "text", EN))).not.toContain(EN.denosumabStopped);
  });

  it("control: zoledronic acid started after the denosumab stopped: no stop alert", () => {
    const r = vignette("review-c67-denosumab-stopped-crcl42");
    r.treatmentHistory.push({ regimen: "zoledronic acid", drugs: ["zoledronic acid"], start: "2026-09-15" });
    expect(alert(assess(r), STOPPED)).toBeUndefined();
  });

  it("control: denosumab restarted after the stop: read as given, no stop alert", () => {
    const r = vignette("review-c67-denosumab-stopped-crcl42");
    r.treatmentHistory.push({ regimen: "Denosumab", drugs: ["denosumab"], start: "2026-11-01" });
    const a = assess(r);
    expect(alert(a, STOPPED)).toBeUndefined();
    expect(option(a, DMAB)?.cautions.join(" ")).toMatch(/Denosumab is being given/);
  });

  it("control: no denosumab recorded, CrCl 23: denosumab preferred for the kidney, nothing of a stop", () => {
    const r = vignette("review-c67-denosumab-stopped-crcl23");
    r.treatmentHistory = r.treatmentHistory.filter((t: Rec) => t.regimen !== "Denosumab");
    const a = assess(r);
    expect(option(a, DMAB)?.strength).toBe("preferred");
    expect(alert(a, STOPPED)).toBeUndefined();
    expect(option(a, DMAB)?.cautions.join(" ")).not.toMatch(/transition agent/);
  });
});

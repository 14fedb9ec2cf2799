/** Review c39's L2 (WRONG, older), taken at stop 38. On the line being given, the engine grades progression by the
 * IMWG 2016 wording ("lowest confirmed response value", criteria-and-scores.md 6.2): a low value measured once is no
 * confirmed nadir, so 3.0 -> 0.4 -> 1.5 -> 1.8 g/dL on VRd read "no progression", "continue" stayed standard with
 * the transplant next, and the only signal was an alert deep in the list. The 2006/2011 wording ("lowest response
 * value") reads a confirmed progression there (6.2 (a): the versions differ). Now the phase names both readings
 * (the clinician summary's top shows the phase) and continuing the line is "consider" while it is open. The
 * vignettes are the reviewer's probe (m27) and a frail 80-year-old on DRd (examples/vignettes/review-c41-*).
 * Review c39's L4 and c40's N3 (MISLEADING): a confirmed ten-fold FLC rise that is not the disease's IMWG measure
 * (6.1: the FLC is followed only when serum and urine were not measurable at diagnosis and it was), or whose
 * measurability at diagnosis is not known, gave no signal: before a switch the transplant stayed next with nothing
 * said. It is still not read as progression; a warning says it (on the clinician summary's top), and with no value
 * dated by the first line the diagnosis values are asked for. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { assess } from "./assess.js";
import { assessCompact } from "./compact.js";
import { SWITCH_FLC_ASIDE_ALERT } from "./switch-rise.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const CONTINUE = "pathway.continue-current-line";
const continueOf = (r: Rec) => assess(r).options.find((o) => o.id === CONTINUE);

describe("review c39 L2: a progression the 2006/2011 wording confirms on the line being given", () => {
  const m27 = read("review-c41-l2-vrd-on-therapy-single-nadir-0.4-to-1.5-1.8-58");

  it("the phase stays on the line but names the possible progression with both readings", () => {
    const a = assess(m27);
    expect(a.phase?.code).toBe("induction");
    expect(a.phase?.currentLine).toBe(1);
    expect(a.phase?.reason).toContain("Possible progression on it");
    expect(a.phase?.reason).toContain("serum M-protein 0.4 g/dL on 2026-09-15, PD was met on 2026-10-20");
    expect(a.phase?.reason).toContain("confirmed on 2026-11-20");
    expect(a.phase?.reason).toContain("by the 2016 wording, from the lowest confirmed value, it is not met");
    expect(a.phase?.rules.map((r) => r.ruleId)).toContain("phase.pd-versions-differ");
    expect(a.response?.pdByOlderWording).toEqual({
      param: "serum",
      nadir: 0.4,
      nadirDate: "2026-09-15",
      date: "2026-10-20",
      confirmedOn: "2026-11-20",
    });
  });

  it("continuing the line is no longer 'standard', and says why with both IMWG sources", () => {
    const o = continueOf(m27);
    expect(o?.strength).toBe("consider");
    const why = o?.cautions[0];
    expect(why).toContain("by the IMWG 2006/2011 wording");
    expect(why).toContain("Not to be continued as a matter of course");
    expect(o?.citations).toEqual(expect.arrayContaining(["rajkumar-2011-blood", "kumar-2016-lancet-oncol"]));
  });

  it("the clinician summary's top says it, above the options", () => {
    const md = renderClinicianSummary(assess(m27), "markdown");
    const top = md.slice(0, md.indexOf("Top options"));
    expect(top).toContain("Possible progression on it");
    expect(md).toMatch(/Continue the line of therapy being given, and assess its response \(consider\)/);
  });

  it("the codes-only path reads the same (no words needed for the strength)", () => {
    const c = assessCompact(m27);
    expect(c.phase).toBe("induction");
    expect(c.options).toContain(CONTINUE);
    expect(continueOf(m27)?.strength).toBe("consider");
  });

  it("a frail 80-year-old on continuous DRd with the same pattern (0.3 once, then 1.0 and 1.2 g/dL)", () => {
    const a = assess(read("review-c41-l2-frail-80-drd-single-nadir-0.3-to-1.0-1.2"));
    expect(a.phase?.reason).toContain("Possible progression on it");
    expect(a.options.find((o) => o.id === CONTINUE)?.strength).toBe("consider");
  });

  it("control: a rise under 0.5 g/dL (0.4 -> 0.7 -> 0.8) is no progression by any wording: continue stays standard", () => {
    const r = read("review-c41-l2-control-vrd-single-nadir-small-rise-0.4-to-0.7-0.8");
    const a = assess(r);
    expect(a.response?.pdByOlderWording).toBeUndefined();
    expect(a.phase?.reason).not.toContain("Possible progression");
    expect(continueOf(r)?.strength).toBe("standard");
  });

  it("control: with the low value measured twice, the 2016 wording confirms it: progression, no continuing", () => {
    const r = structuredClone(m27);
    r.series.serumMProtein.splice(2, 0, { date: "2026-10-01", value: 0.4, unit: "g/dL" });
    const a = assess(r);
    expect(a.response?.progression).toBe(true);
    expect(a.phase?.code).toMatch(/^(refractory|relapsed)$/);
    expect(a.options.some((o) => o.id === CONTINUE)).toBe(false);
  });

  it("control: one high value after the single low one (not confirmed by either wording) leaves continue standard", () => {
    const r = structuredClone(m27);
    r.series.serumMProtein.pop();
    r.labs.serumMProtein = { value: 1.5, unit: "g/dL", date: "2026-10-20" };
    const a = assess(r);
    expect(a.response?.pdByOlderWording?.confirmedOn).toBeNull();
    expect(a.phase?.reason).not.toContain("Possible progression on it");
    expect(continueOf(r)?.strength).toBe("standard");
  });
});

describe("review c39 L4, c40 N3: a confirmed FLC rise that is not the IMWG measure is said, not read", () => {
  it("on the line being given (IgG, serum M-protein stable 1.1 g/dL, dFLC 20 -> 250 -> 300 mg/L)", () => {
    const r = read("review-c41-l4-igg-vrd-on-therapy-mprotein-stable-dflc-rise-58");
    const a = assess(r);
    expect(a.response?.progression).not.toBe(true);
    expect(a.phase?.code).toBe("induction");
    const al = a.alerts.find((x) => x.id === "response.flc-rise-not-the-measure");
    expect(al?.severity).toBe("warning");
    expect(al?.text).toContain("from 20 mg/L to 250 mg/L on 2026-10-20, confirmed on 2026-11-20");
    expect(al?.text).toContain("the IMWG measure of this disease is the serum M-protein");
    expect(al?.citations).toEqual(["kumar-2016-lancet-oncol"]);
    const md = renderClinicianSummary(a, "markdown");
    expect(md.slice(0, md.indexOf("Top options"))).toMatch(
      /Open question on the phase:.*The dFLC rose on line 1/,
    );
    // Control: the FLC falling with the M-protein raises nothing.
    const flat = structuredClone(r);
    for (const p of flat.series.involvedFreeLightChain.slice(2)) p.value = 25;
    flat.labs.involvedFreeLightChain.value = 25;
    expect(assess(flat).alerts.map((x) => x.id)).not.toContain("response.flc-rise-not-the-measure");
  });

  it("before a switch, IgG with its M-protein stable (review c38-K2's record): a warning, the first line kept", () => {
    const a = assess(read("review-c38-k2-igg-line2-dflc-rise-mprotein-stable-drd-62"));
    const al = a.alerts.find((x) => x.id === SWITCH_FLC_ASIDE_ALERT);
    expect(al?.severity).toBe("warning");
    expect(al?.text).toContain("It is not read as a relapse");
    expect(al?.text).toContain("the values dated by the first line's start do not show that");
    expect(a.linesOfTherapy?.refractoryDrugs ?? []).not.toContain("lenalidomide");
  });

  it("before a switch with no value dated at diagnosis (review c39-L3's record): asks for the diagnosis values", () => {
    const a = assess(read("review-c39-l3-igg-first-m-protein-on-treatment-flc-rise-krd-62"));
    const al = a.alerts.find((x) => x.id === SWITCH_FLC_ASIDE_ALERT);
    expect(al?.text).toContain("whether the disease was measurable at diagnosis is not known");
    const asked = a.missingData.filter((m) => m.neededFor.startsWith("IMWG measurable disease at diagnosis"));
    expect(asked.map((m) => m.field).sort()).toEqual([
      "series.involvedFreeLightChain",
      "series.serumMProtein",
      "series.urineMProtein",
    ]);
    // The record answering the question (the line did not progress) silences it.
    const r = read("review-c39-l3-igg-first-m-protein-on-treatment-flc-rise-krd-62");
    const first = r.treatmentHistory.findIndex((t: Rec) => t.stopReason === "toxicity");
    r.treatmentHistory[first].progressedOn = false;
    expect(assess(r).alerts.map((x) => x.id)).not.toContain(SWITCH_FLC_ASIDE_ALERT);
  });
});

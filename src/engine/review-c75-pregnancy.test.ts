/** Review c75-U1 (UNSAFE) and c75-M2 (MISLEADING): a pregnancy recorded (the c74-U2 rule, alert
 * alert.pregnancy-imid-contraindicated).
 * U1: pregnant while lenalidomide, thalidomide or pomalidomide is being given (DPd week 3, r728; lenalidomide
 * maintenance, r729): the handout's step was "Now: Your current treatment" / "Now: Long-term treatment to keep it down",
 * no alert named the drug in the line being given, and the pregnancy-prevention sentence stood beside "Your record says
 * you are pregnant". Now a critical alert names the drug and the line, the plan's current step says it, and the handout
 * asks her to contact the team today, before the next dose.
 * M2: the remaining options looked ordinary (zoledronic acid "preferred – a common first choice", the transplant the only
 * handout option, "Maintenance: lenalidomide" in the plan, D-VCd "preferred" in AL amyloidosis, r727). Now no option is
 * "preferred", each carries the caution that pregnancy was not weighed, the handout says so, and the plan's lenalidomide
 * maintenance says it is not offered. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { assessCompact, compactAssessment } from "./compact.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const DPD = "review-c75-pregnant-38-rrmm-on-dpd-week-3";
const RMAINT = "review-c75-pregnant-36-on-lenalidomide-maintenance";
const AL = "review-c75-pregnant-33-al-amyloidosis-untreated";
const NDMM = "review-c74-pregnant-34-ndmm";
const PREG_ALERT = "alert.pregnancy-imid-contraindicated";
const NOT_WEIGHED =
  "Pregnancy recorded: this option was not weighed for pregnancy; decide with the haematology and obstetric team.";
const flat = (s: string) => s.replace(/\s+/g, " ");
const being = (a: Assessment) => a.alerts.filter((x) => x.id.endsWith(".being-given-in-pregnancy"));
const current = (a: Assessment) => (a.plan ?? []).find((s) => s.status === "current");
const notPregnant = (name: string) => {
  const r = readVignette(name);
  r.conditions.pregnancy = false;
  return r;
};

describe("c75-U1: pregnancy recorded while an immunomodulatory drug is being given", () => {
  it("DPd: a critical alert names pomalidomide and the line, with the pregnancy alert's sources", () => {
    const a = assess(readVignette(DPD));
    const [x] = being(a);
    expect(being(a).map((y) => y.id)).toEqual(["pomalidomide.being-given-in-pregnancy"]);
    expect(x?.severity).toBe("critical");
    expect(x?.text).toContain(
      "Pregnancy recorded while pomalidomide is being given (DPd): contraindicated in pregnancy",
    );
    expect(x?.text).toContain("review with the prescriber now");
    const generic = a.alerts.find((y) => y.id === PREG_ALERT);
    expect(x?.citations).toEqual(generic?.citations);
    expect(x?.verified).toBe(generic?.verified);
    // Critical alerts lead.
    expect(a.alerts.slice(0, 2).map((y) => y.severity)).toEqual(["critical", "critical"]);
  });

  it("DPd: the plan's current step says it contains pomalidomide, contraindicated in pregnancy", () => {
    expect(current(assess(readVignette(DPD)))?.title).toBe(
      "Line 2 (DPd) being given: contains pomalidomide, contraindicated in pregnancy: review now",
    );
  });

  it("lenalidomide maintenance: the alert names lenalidomide, the current step says so", () => {
    const a = assess(readVignette(RMAINT));
    expect(being(a).map((y) => y.id)).toEqual(["lenalidomide.being-given-in-pregnancy"]);
    expect(being(a)[0]?.text).toContain(
      "Pregnancy recorded while lenalidomide is being given (R maintenance)",
    );
    expect(current(a)?.title).toContain(": contains lenalidomide, contraindicated in pregnancy: review now");
  });

  it("the handout (EN, ES): contact the team today, before the next dose; no 'current treatment' step, no prevention sentence", () => {
    for (const name of [DPD, RMAINT]) {
      const a = assess(readVignette(name));
      const drug = name === DPD ? "pomalidomide" : "lenalidomide";
      for (const w of [EN, ES]) {
        const h = flat(renderHandout(a, "text", w));
        expect(h).toContain(w.pregnancyImidBeingGiven([drug]));
        expect(h).not.toContain(w.pregnancyImid);
        expect(h).not.toContain(w.optionsPregnancy);
        expect(h).not.toContain(w.keepGoing("").slice(0, -1));
        expect(h).not.toContain(`${w.planStatus.current}: ${w.phase.relapsed.onLineStep}`);
        expect(h).not.toContain(`${w.planStatus.current}: ${w.phase.maintenance.step}`);
        expect(h).toContain(`${w.planStatus.current}: ${w.pregnancyCurrentStep}`);
      }
    }
    expect(EN.pregnancyImidBeingGiven(["pomalidomide"])).toBe(
      "Your record says you are pregnant, and your current treatment includes pomalidomide. Please contact your care team today, before your next dose.",
    );
    expect(ES.pregnancyImidBeingGiven(["pomalidomide"])).toContain("pomalidomida");
  });

  it("controls: not pregnant on DPd keeps the plan title, no alert, and the prevention sentence", () => {
    const a = assess(notPregnant(DPD));
    expect(being(a)).toEqual([]);
    expect(current(a)?.title).toBe("Line 2 (DPd) being given");
    expect(flat(renderHandout(a, "text", EN))).toContain(EN.optionsPregnancy);
    // Pregnant with nothing being given (c74 NDMM): no being-given alert.
    expect(being(assess(readVignette(NDMM)))).toEqual([]);
  });
});

describe("c75-M2: with pregnancy recorded, no option looks ordinary", () => {
  it("no option is preferred; each one but observation carries the not-weighed caution first", () => {
    for (const name of [NDMM, DPD, RMAINT, AL]) {
      const a = assess(readVignette(name));
      expect(a.options.length).toBeGreaterThan(0);
      expect(a.options.filter((o) => o.strength === "preferred").map((o) => o.id)).toEqual([]);
      for (const o of a.options.filter((x) => x.kind !== "observation"))
        expect(o.cautions[0]).toBe(NOT_WEIGHED);
    }
    const al = assess(readVignette(AL));
    expect(al.options.find((o) => o.id === "al.d-vcd")?.strength).toBe("standard");
    const nd = assess(readVignette(NDMM));
    expect(nd.options.find((o) => o.id === "sc.bone.zoledronic-acid")?.strength).toBe("standard");
  });

  it("the plan's lenalidomide maintenance says it is not offered in pregnancy", () => {
    const titles = (assess(readVignette(NDMM)).plan ?? []).map((s) => s.title);
    const maint = titles.filter((t) => t.startsWith("Maintenance:"));
    expect(maint.length).toBe(1);
    expect(maint[0]).toContain("lenalidomide is not offered in pregnancy");
  });

  it("the handout (EN, ES): the options were not chosen with the pregnancy in mind; no 'a common first choice'", () => {
    for (const name of [NDMM, AL, DPD]) {
      const a = assess(readVignette(name));
      for (const w of [EN, ES]) {
        const h = flat(renderHandout(a, "text", w));
        expect(h).toContain(w.optionsNotWeighedPregnancy);
        expect(h).not.toContain(w.marks.preferred);
      }
    }
    expect(EN.optionsNotWeighedPregnancy).toBe(
      "The options below were not chosen with your pregnancy in mind; your team and a pregnancy specialist will decide which fit.",
    );
    for (const w of [EN, ES]) expect(w.optionsNotWeighedPregnancy.toLowerCase()).not.toMatch(/\bsafe|segur/);
  });

  it("controls: not pregnant, the preferred options and their handout marks stay, with no caution", () => {
    const nd = assess(notPregnant(NDMM));
    expect(nd.options.find((o) => o.id === "ndmm.te.d-vrd")?.strength).toBe("preferred");
    expect(nd.options.some((o) => o.cautions.includes(NOT_WEIGHED))).toBe(false);
    expect(flat(renderHandout(nd, "text", EN))).not.toContain(EN.optionsNotWeighedPregnancy);
    expect(assess(notPregnant(AL)).options.find((o) => o.id === "al.d-vcd")?.strength).toBe("preferred");
  });

  it("the fast path and the reference agree on these records, full and compact", () => {
    for (const name of [NDMM, DPD, RMAINT, AL]) {
      const record = readVignette(name);
      for (const jurisdiction of ["both", "us", "eu"] as const) {
        const facts = toFacts(record, { defaultAsOf: "2026-11-27" });
        const fast = assessFactsWith(facts, { jurisdiction }, {});
        const ref = assessFactsWith(facts, { jurisdiction }, { evaluator: evaluateKnowledgeReference });
        expect(JSON.stringify(fast)).toBe(JSON.stringify(ref));
        expect(assessCompact(record, { defaultAsOf: "2026-11-27", jurisdiction })).toEqual(
          compactAssessment(ref),
        );
      }
    }
  });
});

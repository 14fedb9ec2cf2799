/** Review c69-W1 (report /work/review69/review.md, records r268, r269, r261, r262): AL amyloidosis with no haematologic
 * response after 6 (or 3) cycles of Dara-CyBorD, the cycles recorded on the entry (`treatmentHistory[].cycles`): the
 * line to continue stayed "standard" and the alert said "The record does not give the cycles given". treatments.md 6
 * (Cautions in AL): "Change therapy if <PR after 2 cycles or <VGPR after 4 (✔ Singapore consensus 2023)". With the
 * cycles recorded (their sum over the line's entries, every entry recording them) and the condition met, the line to
 * continue is held at consider and the alert says the condition is met; fewer cycles: not yet met; not recorded:
 * today's words, and the entry's cycles asked for (treatmentHistory.N.cycles). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { AL_BELOW_PR, AL_BELOW_VGPR } from "./al-switch-rule.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
type A = ReturnType<typeof assess>;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const NO_RESPONSE_6 = "review-c69-w1-al-no-response-cycles-6";
const NO_PR_3 = "review-c69-w1-al-no-pr-cycles-3";
const PR_NOT_VGPR_6 = "review-c69-w1-al-pr-not-vgpr-cycles-6";
const cont = (a: A) => a.options.find((o) => o.id === "pathway.continue-current-line");
const alert = (a: A, id: string) => a.alerts.find((x) => x.id === id);
const cyclesAsked = (a: A) => a.missingData.filter((m) => /^treatmentHistory\.\d+\.cycles$/.test(m.field));
const ADJUST = "pathway.continue-current-line.adjust.al-switch-rule-met";
const NOT_GIVEN = "The record does not give the cycles given";
const flat = (t: string) => t.replace(/\s+/g, " ");
const withCycles = (r: Rec, cycles: number | undefined): Rec => {
  if (cycles === undefined) delete r.treatmentHistory[0].cycles;
  else r.treatmentHistory[0].cycles = cycles;
  return r;
};

describe("c69-W1: no haematologic response after 6 cycles of Dara-CyBorD, cycles recorded (r268)", () => {
  const a = assess(vignette(NO_RESPONSE_6));

  it("the line to continue is held at consider, with the reason and the cycles", () => {
    const c = cont(a);
    expect(c?.strength).toBe("consider");
    expect(c?.safetyFindings?.some((f) => f.ruleId === ADJUST)).toBe(true);
    const words = c?.cautions.join(" ") ?? "";
    expect(words).toMatch(
      /the reference's condition to change therapy \(no partial response after 2 cycles, or no very good partial response after 4; Singapore consensus 2023\) is met on the cycles recorded/,
    );
    expect(words).toMatch(/cycles recorded on the AL line being given: 6/);
  });

  it("the alert names the cycles recorded and says the condition is met; the cycles are not asked for", () => {
    const x = alert(a, AL_BELOW_PR);
    expect(x?.severity).toBe("warning");
    expect(x?.text).toContain("a fall of 2%");
    expect(x?.text).toContain(
      "6 cycles recorded on the line's entries, no partial response: the reference's condition to change therapy is met (treatments.md 6). Discuss a change of therapy with the team.",
    );
    expect(x?.text).not.toContain(NOT_GIVEN);
    expect(cyclesAsked(a)).toEqual([]);
  });

  it("the handout agrees: the line is reviewed, not 'keep going' (EN, ES)", () => {
    const name = "Dara-CyBorD";
    expect(flat(renderHandout(a, "text", EN))).toContain(
      "Some of your results argue against going on with it as it is.",
    );
    expect(flat(renderHandout(a, "text", ES))).toContain(
      "Algunos de sus resultados hablan en contra de seguir con él tal como está.",
    );
    expect(flat(renderHandout(a, "text", EN))).not.toContain(flat(EN.keepGoing(name)));
  });
});

describe("c69-W1: no partial response after 3 cycles recorded (r269)", () => {
  it("consider, and the alert says 3 cycles recorded with the condition met", () => {
    const a = assess(vignette(NO_PR_3));
    expect(cont(a)?.strength).toBe("consider");
    const x = alert(a, AL_BELOW_PR);
    expect(x?.text).toContain("a fall of 33%");
    expect(x?.text).toContain(
      "3 cycles recorded on the line's entries, no partial response: the reference's condition to change therapy is met (treatments.md 6).",
    );
    expect(x?.text).not.toContain(NOT_GIVEN);
  });
});

describe("c69-W1: a partial response, not VGPR (r261 with cycles recorded)", () => {
  it("6 cycles recorded: consider, the condition below VGPR after 4 met", () => {
    const a = assess(vignette(PR_NOT_VGPR_6));
    expect(cont(a)?.strength).toBe("consider");
    expect(alert(a, AL_BELOW_VGPR)?.text).toContain(
      "6 cycles recorded on the line's entries, a partial response, not VGPR: the reference's condition to change therapy is met (treatments.md 6).",
    );
  });

  it("3 cycles recorded: not yet met (4 below VGPR), the line stays standard", () => {
    const a = assess(withCycles(vignette(PR_NOT_VGPR_6), 3));
    expect(cont(a)?.strength).toBe("standard");
    const text = alert(a, AL_BELOW_VGPR)?.text ?? "";
    expect(text).toContain(
      "3 cycles recorded on the line's entries: the reference's condition to change therapy (no very good partial response after 4 cycles) is not yet met; discuss a change of therapy if there is none after the 4th cycle.",
    );
    expect(text).not.toContain(NOT_GIVEN);
    expect(cyclesAsked(a)).toEqual([]);
  });
});

describe("c69-W1 controls", () => {
  it("no cycles recorded (r262): today's words, standard, and the entry's cycles asked for", () => {
    const a = assess(withCycles(vignette(NO_RESPONSE_6), undefined));
    expect(cont(a)?.strength).toBe("standard");
    expect(alert(a, AL_BELOW_PR)?.text).toContain(
      `${NOT_GIVEN} (nor the reference a cycle length): count them with the team, and discuss a change of therapy if 2 or more have been given.`,
    );
    const asked = cyclesAsked(a);
    expect(asked.map((m) => m.field)).toEqual(["treatmentHistory.0.cycles"]);
    expect(asked[0]?.neededFor).toMatch(
      /^the AL switch rule: change therapy if no partial response after 2 cycles, or no very good partial response after 4 \(treatments\.md 6\): the response on the line is below it/,
    );
  });

  it("1 cycle recorded below PR: not yet met, standard", () => {
    const a = assess(withCycles(vignette(NO_RESPONSE_6), 1));
    expect(cont(a)?.strength).toBe("standard");
    expect(alert(a, AL_BELOW_PR)?.text).toContain(
      "1 cycle recorded on the line's entries: the reference's condition to change therapy (no partial response after 2 cycles) is not yet met; discuss a change of therapy if there is none after the 2nd cycle.",
    );
  });

  it("two entries of the line, one without cycles: the sum is not known, that entry's cycles asked for", () => {
    const r = vignette(NO_RESPONSE_6);
    const first = r.treatmentHistory[0];
    r.treatmentHistory = [
      { ...first, end: "2026-08-31", cycles: 3 },
      { ...first, start: "2026-09-01", cycles: undefined },
    ];
    delete r.treatmentHistory[1].cycles;
    const a = assess(r);
    expect(a.linesOfTherapy.count).toBe(1);
    expect(cont(a)?.strength).toBe("standard");
    expect(alert(a, AL_BELOW_PR)?.text).toContain(NOT_GIVEN);
    expect(cyclesAsked(a).map((m) => m.field)).toEqual(["treatmentHistory.1.cycles"]);
    r.treatmentHistory[1].cycles = 3;
    const both = assess(r);
    expect(cont(both)?.strength).toBe("consider");
    expect(alert(both, AL_BELOW_PR)?.text).toContain("6 cycles recorded on the line's entries");
  });

  it("the best response recorded as SD, no dFLC values (review c55-1), 5 cycles recorded: consider", () => {
    const r = vignette("review-c55-1-al-dvcd-sd-recorded-week17");
    const before = assess(r);
    expect(cont(before)?.strength).toBe("standard");
    expect(alert(before, AL_BELOW_PR)?.text).toContain(NOT_GIVEN);
    r.treatmentHistory[0].cycles = 5;
    const a = assess(r);
    expect(cont(a)?.strength).toBe("consider");
    expect(alert(a, AL_BELOW_PR)?.text).toContain(
      "5 cycles recorded on the line's entries, no partial response: the reference's condition to change therapy is met (treatments.md 6).",
    );
  });

  it("a very good partial response with 6 cycles: no alert, standard, nothing asked", () => {
    const r = vignette(NO_RESPONSE_6);
    const last = r.series.involvedFreeLightChain.length - 1;
    r.series.involvedFreeLightChain[last].value = 40;
    const a = assess(r);
    expect(a.response.alHaematologic?.grade).toBe("VGPR");
    expect(alert(a, AL_BELOW_PR)).toBeUndefined();
    expect(alert(a, AL_BELOW_VGPR)).toBeUndefined();
    expect(cont(a)?.strength).toBe("standard");
    expect(cyclesAsked(a)).toEqual([]);
  });

  it("myeloma on D-VRd (review c63-W1): no AL cycles asked", () => {
    const a = assess(vignette("review-c63-w1-no-transplant-after-8c-dvrd"));
    expect(cyclesAsked(a)).toEqual([]);
  });
});

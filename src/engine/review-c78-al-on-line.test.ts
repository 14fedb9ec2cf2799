/** Review c78 (report /work/review78/review.md; records r810, r809). W1: AL amyloidosis, a CR lost while daratumumab is
 * still given (no `end`): the c76-W1 alert fired, yet "continue the current line" stayed standard with no word on the
 * rise, ASCT "after induction" was the next step 2.8 years into the line, and the handout said "Now: First treatment to
 * get the disease under control". M1: AL after a VGPR (line ended), the latest dFLC above the VGPR level on one value
 * (dFLC 23 -> 61 mg/L): no alert, "PR, Progression: no", the transplant as a routine next step and the handout "the
 * disease has not grown". treatments.md 6 gives the AL response levels only (VGPR dFLC < 40 mg/L; CR a normal FLC
 * ratio), no AL progression criteria and no AL relapse regimen, and says to change therapy below the target. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const W1 = "review-c78-w1-al-cr-lost-on-daratumumab-no-end";
const M1 = "review-c78-m1-al-vgpr-flc-rising-once-only";
const C76 = "review-c76-w1-al-relapse-after-dvcd-cr-dflc-rising";
const RISING = "alert.al.light-chain-rising-after-response";
const ONCE = "alert.al.light-chain-above-level-once";
const CONTINUE = "pathway.continue-current-line";
const flat = (s: string) => s.replace(/\s+/g, " ");
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);
const option = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const nextSection = (t: string) =>
  flat(t.slice(t.indexOf("What happens next"), t.indexOf("Options to talk")));
/** Fast path, plain reference (byte for byte) and codes-only (option strengths, alert ids) on the vignette. */
const agrees = (name: string) => {
  const facts = toFacts(readVignette(name));
  const full = assessFactsWith(facts, {}, {});
  const ref = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
  expect(JSON.stringify(ref)).toBe(JSON.stringify(full));
  const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
  const ids = (a: Assessment) => [...a.options.map((o) => `${o.id}:${o.strength}`), ...alertIds(a)];
  expect(ids(codes)).toEqual(ids(full));
};

describe("c78-W1: AL, a CR lost while daratumumab is still given (r810)", () => {
  const a = assess(readVignette(W1));

  it("the rising alert holds on the line being given", () => {
    expect(a.phase.currentLine).toBe(1);
    expect(alertIds(a)).toContain(RISING);
  });

  it("continue the current line is at most 'consider', saying the light chain is rising on it with the values", () => {
    const o = option(a, CONTINUE);
    expect(o?.strength).toBe("consider");
    const words = flat(JSON.stringify(o));
    expect(words).toMatch(/light chain is rising on the line being given/);
    expect(words).toContain("18 mg/L on 2024-09-01");
    expect(words).toContain("95 mg/L on 2026-11-20");
    expect(words).toMatch(/gives no AL haematologic progression criteria/);
    expect(o?.verified).toBe(false);
  });

  it("the phase says the light chain is rising on the line, not 'no progression recorded' alone (lead)", () => {
    const a = assess(readVignette(W1));
    expect(a.phase?.reason).toContain("The AL involved free light chain is rising on it (CR lost;");
  });
  it("al.asct is not listed, and no transplant step is next", () => {
    expect(a.options.map((o) => o.id)).not.toContain("al.asct");
    expect(a.plan.some((st) => st.optionIds.includes("al.asct") || st.phase === "transplant")).toBe(false);
  });

  it("the plan's step now is the team's decision (al-response-lost), not the induction", () => {
    const now = a.plan.filter((st) => st.status === "current");
    expect(now.map((st) => st.code)).toEqual(["al-response-lost"]);
    expect(now[0]?.title).toMatch(
      /^Line 1 \(Daratumumab\) being given; .*the reference lists no AL relapse regimens/,
    );
    const t = flat(renderClinicianSummary(a, "text"));
    expect(t).not.toMatch(/Next step: .*Autologous stem cell transplant/);
    expect(t).toMatch(
      /Next step: \[UNVERIFIED\] Line 1 \(Daratumumab\) being given; the involved free light chain is rising/,
    );
  });

  it("the handout (EN, ES): the light chain has gone up during the treatment; the step now is the talk", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain(
      "Your light chain test has gone up again during your treatment. Your team will look at this with you.",
    );
    const next = nextSection(en);
    expect(next).not.toMatch(/First treatment to get the disease under control/);
    expect(next).toContain(
      "Now: Tests to see how the disease is now, and a talk with your team about the next treatment.",
    );
    expect(next).not.toMatch(/Stem cell transplant/);
    // Not "the first part of treatment ... under control" 144 weeks into the line (lead).
    expect(next).toContain(EN.lineOutcomeOpen.alLightChainRisingOnLine);
    expect(next).not.toContain(EN.phase.induction.now);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain(ES.lineOutcomeOpen.alLightChainRisingOnLine);
    expect(es).toContain(
      "Su prueba de cadenas ligeras ha vuelto a subir durante su tratamiento. Su equipo la revisará con usted.",
    );
    expect(es).not.toMatch(/Primer tratamiento para controlar la enfermedad/);
    expect(es).toContain(
      "Pruebas para ver cómo está la enfermedad ahora, y una conversación con su equipo sobre el siguiente tratamiento",
    );
    expect(es).not.toMatch(/Trasplante de células madre/);
  });

  it("fast path, plain reference and codes-only agree", () => agrees(W1));
});

describe("c78-M1: AL after a VGPR, the latest dFLC above the VGPR level on one value (r809)", () => {
  const a = assess(readVignette(M1));

  it("an information alert names the latest dFLC and asks for a repeat; not the response-lost warning", () => {
    expect(alertIds(a)).not.toContain(RISING);
    const x = a.alerts.find((y) => y.id === ONCE);
    expect(x?.severity).toBe("info");
    expect(x?.verified).toBe(false);
    const t = x?.text ?? "";
    expect(t).toContain(
      "the latest dFLC (61 mg/L on 2026-11-20) is above the VGPR level reached on the line",
    );
    expect(t).toMatch(
      /repeat the free light chains to confirm \(a second value would read the response as lost\)/,
    );
    expect(t).toMatch(/UNVERIFIED/);
  });

  it("progression is not 'no' (not graded) while it holds", () => {
    expect(a.response.progression).toBeNull();
    expect(a.response.alHaematologic?.responseLost).toBeUndefined();
    const t = flat(renderClinicianSummary(a, "text"));
    expect(t).not.toMatch(/Progression: no/);
  });

  it("the transplant step, if shown, is marked with the repeat test pending", () => {
    for (const st of a.plan.filter((s) => s.phase === "transplant"))
      expect(st.title).toMatch(/repeat the free light chains first/);
  });

  it("the handout (EN, ES): the last test was higher and will be repeated; never 'has not grown'", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain("Your last light chain test was higher. Your team will repeat it.");
    expect(en).not.toMatch(/has not grown/);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain("Su última prueba de cadenas ligeras salió más alta. Su equipo la repetirá.");
    expect(es).not.toMatch(/no ha crecido/);
  });

  it("fast path, plain reference and codes-only agree", () => agrees(M1));
});

describe("c78: the handout words the AL steps by their code (as plan-step-codes.test.ts)", () => {
  for (const name of [W1, M1])
    it(`${name}: the handout (EN, ES) is the same with the plan's titles reworded`, () => {
      const a = assess(readVignette(name));
      const reworded = { ...a, plan: a.plan.map((st, i) => ({ ...st, title: `Step ${i + 1} reworded` })) };
      for (const w of [undefined, ES])
        expect(renderHandout(reworded, "text", w)).toBe(renderHandout(a, "text", w));
    });
});

describe("c78 controls", () => {
  it("c76-W1's finished-line case (r774) keeps its reading", () => {
    const a = assess(readVignette(C76));
    expect(alertIds(a)).toContain(RISING);
    expect(alertIds(a)).not.toContain(ONCE);
    expect(a.options.map((o) => o.id)).not.toContain("al.asct");
    expect(a.plan.map((st) => st.code)).toEqual(["al-response-lost"]);
    expect(a.plan[0]?.title).toMatch(/^Line 1 \(Dara-CyBorD, Daratumumab\) ended; /);
  });

  it("AL in a lasting CR with stable light chains: no alert, progression no, the transplant as before", () => {
    const rec = readVignette(C76);
    const keep = (p: { date: string }) => p.date <= "2024-09-01";
    rec.series.involvedFreeLightChain = [
      ...rec.series.involvedFreeLightChain.filter(keep),
      { date: "2026-07-01", value: 19, unit: "mg/L" },
      { date: "2026-11-20", value: 20, unit: "mg/L" },
    ];
    rec.series.uninvolvedFreeLightChain = [
      ...rec.series.uninvolvedFreeLightChain.filter(keep),
      { date: "2026-07-01", value: 9, unit: "mg/L" },
      { date: "2026-11-20", value: 9, unit: "mg/L" },
    ];
    rec.labs.involvedFreeLightChain = { value: 20, unit: "mg/L", date: "2026-11-20" };
    const a = assess(rec);
    expect(alertIds(a)).not.toContain(RISING);
    expect(alertIds(a)).not.toContain(ONCE);
    expect(a.response.progression).toBe(false);
    expect(a.options.map((o) => o.id)).toContain("al.asct");
    expect(a.plan.find((st) => st.phase === "transplant")?.title).not.toMatch(/repeat/);
  });

  it("AL on D-VCd at cycle 5 in VGPR: continue stays as it was, no new alert", () => {
    const a = assess(readVignette("review-c76-m1-al-dara-cybord-c5-vgpr"));
    expect(alertIds(a)).not.toContain(RISING);
    expect(alertIds(a)).not.toContain(ONCE);
    expect(option(a, CONTINUE)?.strength).toBe("standard");
    expect(flat(JSON.stringify(option(a, CONTINUE)))).not.toMatch(/light chain is rising/);
    expect(a.plan.some((st) => st.code === "al-response-lost")).toBe(false);
  });
});

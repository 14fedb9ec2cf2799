/** Review c76 (report /work/review76/review.md; records r774, r769). W1: AL amyloidosis after a complete response
 * (Dara-CyBorD, best response CR), the involved free light chain since risen 18 -> 20 -> 48 -> 95 mg/L with the FLC
 * ratio abnormal again, read "PR, Progression: no" (re-graded against the 2024 baseline), no alert, next step "ASCT
 * after induction" 2.7 years later, and the handout "good response ... the disease has not grown". treatments.md 6
 * gives the AL haematologic response levels only (CR needs a normal FLC ratio; VGPR dFLC < 40 mg/L) and no AL
 * progression criteria, and places ASCT after induction. m1: in AL, the response-assessment alert applied the IMWG
 * 2016 confirmation rule. m4: the handout stated the Mayo 2012 stage built from a pre-treatment dFLC and on-treatment
 * cardiac markers (criteria-and-scores.md 5.2: a staging at diagnosis). */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const W1 = "review-c76-w1-al-relapse-after-dvcd-cr-dflc-rising";
const M1 = "review-c76-m1-al-dara-cybord-c5-vgpr";
const RISING = "alert.al.light-chain-rising-after-response";
const DUE = "pathway.response-assessment-due";
const flat = (s: string) => s.replace(/\s+/g, " ");
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);
const alert = (a: Assessment, id: string) => a.alerts.find((x) => x.id === id);
const responseSection = (a: Assessment) => {
  const t = renderClinicianSummary(a, "text");
  return flat(t.slice(t.indexOf("Response:"), t.indexOf("Monitoring:")));
};
/** The record with its free light chain series after the nadir replaced by the given involved values. */
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
function withLatest(rec: any, involved: [string, number][]): any {
  const r = structuredClone(rec);
  const keep = (p: { date: string }) => p.date <= "2024-09-01";
  r.series.involvedFreeLightChain = [
    ...r.series.involvedFreeLightChain.filter(keep),
    ...involved.map(([date, value]) => ({ date, value, unit: "mg/L" })),
  ];
  r.series.uninvolvedFreeLightChain = [
    ...r.series.uninvolvedFreeLightChain.filter(keep),
    ...involved.map(([date]) => ({ date, value: 9, unit: "mg/L" })),
  ];
  const last = involved[involved.length - 1]!;
  r.labs.involvedFreeLightChain = { value: last[1], unit: "mg/L", date: last[0] };
  r.labs.uninvolvedFreeLightChain = { value: 9, unit: "mg/L", date: last[0] };
  return r;
}
const agrees = (rec: unknown) => {
  const facts = toFacts(rec);
  const reference = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
  expect(JSON.stringify(reference)).toBe(JSON.stringify(assessFactsWith(facts, {}, {})));
  const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
  const full = assessFactsWith(facts, {}, {});
  expect(codes.options.map((o) => `${o.id}:${o.strength}`)).toEqual(
    full.options.map((o) => `${o.id}:${o.strength}`),
  );
  expect(codes.alerts.map((x) => x.id)).toEqual(full.alerts.map((x) => x.id));
};

describe("c76-W1: AL after a CR, the involved FLC 18 -> 48 -> 95 mg/L, the ratio abnormal again (r774)", () => {
  const a = assess(readVignette(W1));

  it("a warning names the values and dates, the reference's silence, and asks for relapse and organ assessment", () => {
    const x = alert(a, RISING);
    expect(x?.severity).toBe("warning");
    expect(x?.verified).toBe(false);
    const t = x?.text ?? "";
    expect(t).toContain("CR recorded");
    expect(t).toContain("18 mg/L on 2024-09-01");
    expect(t).toContain("48 mg/L on 2026-07-01");
    expect(t).toContain("95 mg/L on 2026-11-20");
    expect(t).toMatch(/FLC ratio abnormal again/);
    expect(t).toMatch(/gives no AL haematologic progression criteria/);
    expect(t).toMatch(/assess relapse and organ status now/);
    expect(t).toMatch(/UNVERIFIED/);
  });

  it("the response says the CR is lost and the light chain rising; progression is not graded (null), not 'no'", () => {
    expect(a.response.progression).toBeNull();
    expect(a.response.alHaematologic?.responseLost).toMatchObject({
      level: "CR",
      nadir: { date: "2024-09-01", involved: 18 },
    });
    const r = responseSection(a);
    expect(r).toMatch(
      /Palladini 2012\): PR \[UNVERIFIED\] – CR lost: the involved free light chain is rising/,
    );
    expect(r).not.toMatch(/Progression: no/);
    expect(r).toMatch(/Progression: unknown/);
    expect(r).toMatch(/the reference gives no AL haematologic progression criteria/);
  });

  it("the phase leaves the line's outcome open, not 'no progression recorded'", () => {
    expect(a.phase.progressed).toBeNull();
    expect(a.phase.reason).not.toMatch(/no progression recorded/);
    expect(a.phase.reason).toMatch(/AL involved free light chain rising since the response/);
  });

  it("no 'ASCT after induction' as the next step: the plan says the reference lists no AL relapse regimens", () => {
    expect(a.options.map((o) => o.id)).not.toContain("al.asct");
    expect(a.plan.some((st) => st.optionIds.includes("al.asct") || st.phase === "transplant")).toBe(false);
    const step = a.plan.find((st) => st.code === "al-response-lost");
    expect(step?.status).toBe("current");
    expect(step?.title).toMatch(/the reference lists no AL relapse regimens/);
    expect(step?.verified).toBe(false);
    expect(flat(renderClinicianSummary(a, "text"))).not.toMatch(
      /Next step: .*Autologous stem cell transplant/,
    );
  });

  it("the handout (EN, ES): the light chain has gone up; never 'good response' or 'has not grown'", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain(
      "Your light chain test has gone up since your last treatment. Your team will look at this with you.",
    );
    expect(en).not.toMatch(/good response/);
    expect(en).not.toMatch(/has not grown/);
    expect(en).not.toMatch(/Stem cell transplant/);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain(
      "Su prueba de cadenas ligeras ha subido desde su último tratamiento. Su equipo la revisará con usted.",
    );
    expect(es).not.toMatch(/buena respuesta/);
    expect(es).not.toMatch(/no ha crecido/);
    expect(es).not.toMatch(/trasplante/i);
  });

  it("c76-m4: the handout does not state a Mayo 2012 stage mixing a pre-treatment dFLC with on-treatment markers", () => {
    expect(a.risk.alMayo2012.basis?.onTreatment).toEqual(["ntProBnp", "troponinT"]);
    const en = flat(renderHandout(a, "text"));
    expect(en).not.toMatch(/stage 4/);
    expect(en).toContain(
      "AL amyloidosis is given a stage when it is first found, from tests taken then. Some of those results are not in this record from before your first treatment, so this summary cannot give your stage.",
    );
    const es = flat(renderHandout(a, "text", ES));
    expect(es).not.toMatch(/estadio 4/);
    expect(es).toContain(
      "A la amiloidosis AL se le da un estadio cuando se descubre, con pruebas hechas entonces. Algunos de esos resultados no están en su historia clínica de antes de su primer tratamiento, así que este resumen no puede darle su estadio.",
    );
  });

  it("fast path, plain reference and codes-only agree", () => agrees(readVignette(W1)));

  it("a VGPR lost (dFLC >= 40 mg/L twice, ratio not read) raises it too; one rise alone does not", () => {
    const rec = readVignette(W1);
    rec.treatmentHistory[0].bestResponse = "VGPR";
    const twice = assess(
      withLatest(rec, [
        ["2026-03-01", 20],
        ["2026-07-01", 55],
        ["2026-11-20", 70],
      ]),
    );
    expect(twice.alerts.find((x) => x.id === RISING)?.text).toMatch(/VGPR recorded/);
    expect(twice.response.alHaematologic?.responseLost?.level).toBe("VGPR");
    expect(twice.response.progression).toBeNull();
    const once = assess(
      withLatest(rec, [
        ["2026-03-01", 20],
        ["2026-07-01", 22],
        ["2026-11-20", 70],
      ]),
    );
    expect(alertIds(once)).not.toContain(RISING);
    expect(once.response.alHaematologic?.responseLost).toBeUndefined();
  });
});

describe("c76-W1 controls: AL in a lasting CR or VGPR with stable light chains", () => {
  it("CR, the involved FLC 18 -> 19 -> 20 mg/L with the ratio normal: no alert, progression no, the plan as before", () => {
    const a = assess(
      withLatest(readVignette(W1), [
        ["2026-03-01", 20],
        ["2026-07-01", 19],
        ["2026-11-20", 20],
      ]),
    );
    expect(alertIds(a)).not.toContain(RISING);
    expect(a.response.alHaematologic?.responseLost).toBeUndefined();
    expect(a.response.progression).toBe(false);
    expect(a.response.current).toBe("VGPR");
    expect(a.options.map((o) => o.id)).toContain("al.asct");
    expect(a.plan.some((st) => st.code === "al-response-lost")).toBe(false);
    expect(flat(renderHandout(a, "text"))).not.toMatch(/light chain test has gone up/);
  });

  it("VGPR on the line being given (r769, dFLC 272 -> 21 mg/L): no rising alert", () => {
    const a = assess(readVignette(M1));
    expect(alertIds(a)).not.toContain(RISING);
    expect(a.response.alHaematologic?.responseLost).toBeUndefined();
    expect(a.response.current).toBe("VGPR");
  });
});

describe("c76-m1: in AL the response-assessment alert is worded on the AL haematologic response (r769)", () => {
  const a = assess(readVignette(M1));

  it("no IMWG 2016 and no myeloma confirmation rule; the dFLC at each cycle and the 2- and 4-cycle checks", () => {
    const t = alert(a, DUE)?.text ?? "";
    expect(t).not.toMatch(/IMWG/);
    expect(t).not.toMatch(/confirming second assessment/);
    expect(t).toContain(
      "Line 1 (Dara-CyBorD): the AL haematologic response is VGPR (dFLC 21 mg/L on 2026-11-20)",
    );
    expect(t).toMatch(/dFLC .*at each cycle/);
    expect(t).toMatch(/below PR after 2 cycles or below VGPR after 4/);
    expect(alert(a, DUE)?.citations).toEqual(["palladini-2012-jco", "smsg-2023-al-consensus"]);
  });

  it("the other alerts are unchanged", () => {
    expect(alertIds(a)).toEqual([
      "alert.al-cardiac-drugs",
      "anti-cd38.blood-bank",
      "anti-cd38.hbv-serology-unknown",
      "bortezomib.hepatic",
      DUE,
      "alert.al-asct-gates-not-met",
    ]);
  });

  it("myeloma keeps the IMWG 2016 wording (control)", () => {
    const mm = assess(readVignette("handout-unconfirmed-pr-on-drd"));
    expect(alert(mm, DUE)?.text).toBe(
      "Line 1 (DRd): the response (PR) awaits its confirming second assessment. Assess serum and urine M-protein and serum free light chains by the IMWG 2016 criteria at the visits the regimen schedules.",
    );
    expect(alert(mm, DUE)?.citations).toEqual(["kumar-2016-lancet-oncol"]);
  });
});

describe("c76-m4 control: a stage from pre-treatment values only is still said", () => {
  it("AL on D-VCd at cycle 4 staged before treatment: the handout states the stage (as at diagnosis: review c79-m5)", () => {
    const a = assess(readVignette("al-cardiac-renal-on-dara-cybord-cycle-4"));
    expect(a.risk.alMayo2012.basis?.onTreatment).toEqual([]);
    expect(flat(renderHandout(a, "text"))).toMatch(
      /When your AL amyloidosis was first found, it was stage 4, on a scale that goes up to stage 4/,
    );
  });
});

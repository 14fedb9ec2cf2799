/** Review c69-W2 (report /work/review69/review.md, records r234, r224, control r225): the anti-CD38 interference
 * reading was applied 13-16 months after daratumumab's last dose (D-VRd induction and consolidation, then lenalidomide
 * alone), because any anti-CD38 antibody of the line counted as "on": the grade was withheld, the clinician read "on an
 * anti-CD38 antibody", a relapse from CR was softened ("before this is called a relapse"), the band of a negative
 * M-spike read "(0 g/dL)", and the handout of a confirmed relapse from CR said "It may be even better".
 * criteria-and-scores.md 6.4: flag interference when the patient is ON an anti-CD38 antibody; 6.2: relapse from CR is
 * the reappearance of M-protein on immunofixation. The reference gives no SPEP/IFE window after the last dose; its only
 * figure for anti-CD38 assay interference after it is "~2-6 months" for blood-bank testing (treatments.md 7b): the
 * project reads 6 months (UNVERIFIED). Vignettes: examples/vignettes/review-c69-w2-*.json. This file reads the
 * response layer (grade, reason, alerts, basis, traces, codes-only); what the patient and the clinician read, and the
 * fast path, are in src/engine/review-c69-dara-window.test.ts (the response layer imports no engine or render). */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { readVignette } from "../testing/example-records.js";
import { assessLinesOfTherapy } from "./lines.js";
import { assessResponse } from "./response.js";

type Rec = ReturnType<typeof readVignette>;
const vignette = readVignette;
const R234 = "review-c69-w2-igg-kappa-relapse-from-cr-dara-stopped-13-months";
const R224 = "review-c69-w2-igg-kappa-dara-stopped-15-months-ife-pos-0.1";
const R225 = "review-c69-w2-iga-lambda-relapse-from-cr-r-maint";
const respond = (r: Rec, codesOnly = false) => {
  const facts = toFacts(r);
  return assessResponse(facts, assessLinesOfTherapy(facts), undefined, { codesOnly });
};
type Resp = ReturnType<typeof respond>;
const alert = (a: Resp, id: string) => a.alerts.find((x) => x.id === id);
const windowTrace = (a: Resp) => a.rules.find((r) => r.ruleId === "dara-interference.window");

/** r234 with its maintenance given with daratumumab (D-R), ended on `end` (null: given now); with an end, lenalidomide
 * alone follows the next day. */
const withDaraMaintenance = (end: string | null, next?: string): Rec => {
  const r = vignette(R234);
  Object.assign(r.treatmentHistory[3], { regimen: "D-R", drugs: ["daratumumab", "lenalidomide"] });
  if (end !== null) {
    r.treatmentHistory[3].end = end;
    r.treatmentHistory.push({
      regimen: "R",
      drugs: ["lenalidomide"],
      start: next,
      phase: "maintenance",
      plannedWithPrevious: true,
    });
  }
  return r;
};

describe("c69-W2: r234, IgG-kappa, daratumumab last given 2025-08-01, immunofixation positive again at two assessments", () => {
  const a = respond(vignette(R234));

  it("graded as disease: VGPR, relapse from CR, no interference reason or floor", () => {
    expect(a.current).toBe("VGPR");
    expect(a.atLeast ?? null).toBeNull();
    expect(a.reason ?? null).toBeNull();
    expect(a.antibodyInterference).toBe(false);
    expect(a.relapseFromCr).toBe(true);
    expect(alert(a, "response.antibody-interference")).toBeUndefined();
  });

  it("the relapse-from-CR alert reads as the IgA-lambda control's (no 'before this is called a relapse')", () => {
    const mine = alert(a, "response.relapse-from-cr");
    expect(mine?.text).toBe(alert(respond(vignette(R225)), "response.relapse-from-cr")?.text);
    expect(mine?.text).not.toMatch(/anti-CD38|DIRA/);
  });

  it("the basis says why the band is disease: the antibody's last dose, past the 6 months read (UNVERIFIED)", () => {
    expect(a.basis).toMatch(
      /daratumumab, last given 2025-08-01\) was given more than 6 months before 2026-11-20/,
    );
    expect(a.basis).toMatch(/the reference gives no SPEP\/IFE window after the last dose/);
    expect(a.basis).not.toMatch(/Not graded below CR/);
    expect(windowTrace(a)).toMatchObject({
      evidence: "unverified",
      citationId: "oostendorp-2015-transfusion",
      inputs: { drug: "daratumumab", lastDose: "2025-08-01", within: false },
    });
  });
});

describe("c69-W2: r224, a stable 0.1 g/dL band on lenalidomide alone, daratumumab last given 15 months before", () => {
  it("a VGPR graded as disease, no interference alert", () => {
    const a = respond(vignette(R224));
    expect(a.current).toBe("VGPR");
    expect(a.antibodyInterference).toBe(false);
    expect(a.atLeast ?? null).toBeNull();
    expect(alert(a, "response.antibody-interference")).toBeUndefined();
  });
});

describe("c69-W2 controls: an anti-CD38 antibody given now, or last given within 6 months, keeps the interference reading", () => {
  it("daratumumab given now (D-R maintenance): kept, naming it 'being given', 'immunofixation positive' for no measurable spike", () => {
    const a = respond(withDaraMaintenance(null));
    expect(a.current).toBeNull();
    expect(a.atLeast).toBe("VGPR");
    expect(a.reason).toMatch(/an anti-CD38 antibody \(daratumumab, being given; IgG1-kappa\)/);
    const t = alert(a, "response.antibody-interference")?.text ?? "";
    expect(t).toMatch(/\(daratumumab, being given\)/);
    expect(t).toMatch(/\(immunofixation positive\)/);
    expect(t).not.toMatch(/0 g\/dL/);
    expect(alert(a, "response.relapse-from-cr")?.text).toMatch(/before this is called a relapse/);
    expect(windowTrace(a)).toMatchObject({ inputs: { drug: "daratumumab", lastDose: null, within: true } });
  });

  it("daratumumab last given 3 months before the latest assessment: kept, naming its last dose", () => {
    const a = respond(withDaraMaintenance("2026-08-20", "2026-08-21"));
    expect(a.current).toBeNull();
    expect(a.antibodyInterference).toBe(true);
    expect(a.reason).toMatch(/daratumumab, last dose 2026-08-20/);
    expect(alert(a, "response.antibody-interference")?.text).toMatch(/daratumumab, last dose 2026-08-20/);
  });

  it("the window's edge: a last dose 6 months before the latest assessment (2026-11-20) is kept, a day earlier is not", () => {
    expect(respond(withDaraMaintenance("2026-05-20", "2026-05-21")).antibodyInterference).toBe(true);
    const past = respond(withDaraMaintenance("2026-05-19", "2026-05-20"));
    expect(past.antibodyInterference).toBe(false);
    expect(past.current).toBe("VGPR");
    expect(past.relapseFromCr).toBe(true);
  });

  it("a measurable small band keeps its value in g/dL (r224 with daratumumab given now)", () => {
    const r = vignette(R224);
    r.treatmentHistory[3].drugs = ["daratumumab", "lenalidomide"];
    expect(alert(respond(r), "response.antibody-interference")?.text).toMatch(/\(0\.1 g\/dL\)/);
  });
});

describe("c69-W2: the codes-only reading (no words) decides as the worded one", () => {
  it.each([
    [R234, vignette(R234), "VGPR"],
    [R224, vignette(R224), "VGPR"],
    ["daratumumab 6 months + 1 day", withDaraMaintenance("2026-05-19", "2026-05-20"), "VGPR"],
    ["daratumumab given now (control)", withDaraMaintenance(null), null],
    ["daratumumab 3 months (control)", withDaraMaintenance("2026-08-20", "2026-08-21"), null],
  ])("%s", (_name, r, grade) => {
    const worded = respond(r);
    const codes = respond(r, true);
    expect(worded.current).toBe(grade);
    for (const k of ["current", "atLeast", "antibodyInterference", "relapseFromCr", "reason"] as const)
      expect(codes[k], k).toEqual(worded[k]);
    expect(codes.alerts.map((x) => x.id)).toEqual(worded.alerts.map((x) => x.id));
  });
});

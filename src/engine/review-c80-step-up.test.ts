/** Review c80 (report /work/review80/review.md): c80-M1 (the step-up monitoring rule of talquetamab, linvoseltamab and
 * elranatamab on the card of the line being given, as teclistamab's: treatments.md 5c, 10), c80-m3 (the first 2 weeks
 * after a BCMA CAR-T infusion on the clinician summary's top and the plan's current step: treatments.md 5b, 10) and two
 * knowledge items of c80-m5 (the secondary T-cell malignancy caution off the PJP card while the CAR-T alerts carry it;
 * anito-cel's prior-BCMA caution: treatments.md 5b, 5d, 10). The reviewer's records are copied into examples/vignettes
 * (review-c80-*), each with its controls. */
import { describe, expect, it } from "vitest";
import { CONTINUE_CURRENT_LINE, OBSERVATION_AFTER_CAR_T } from "../knowledge/entries/pathway.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

type A = ReturnType<typeof assess>;
type J = "us" | "eu";
const option = (a: A, id: string) => a.options.find((o) => o.id === id);
const cautions = (a: A, id: string) => option(a, id)?.cautions.join(" \n ") ?? "";
const alert = (a: A, id: string) => a.alerts.find((x) => x.id === id);
const flat = (t: string): string => t.replace(/\s+/g, " ");
const run = (r: unknown, jurisdiction?: J) => assess(r, jurisdiction ? { jurisdiction } : {});
const lineCard = (r: unknown, jurisdiction?: J) => cautions(run(r, jurisdiction), CONTINUE_CURRENT_LINE);

const TAL = "review-c80-talquetamab-step-up-day-2";
const LINVO = "review-c80-linvoseltamab-step-up-day-1";
const ELRA = "review-c80-elranatamab-step-up-day-3";
/** The record with the bispecific given now (its last entry) started on another day, or given as other drugs. */
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const given = (name: string, change: { start?: string; drugs?: string[]; regimen?: string }): any => {
  const r = readVignette(name);
  Object.assign(r.treatmentHistory[r.treatmentHistory.length - 1], change);
  return r;
};

const TEC_US = "Teclistamab, US PI: hospitalise for 48 h after each step-up dose.";
const TEC_EU =
  "Teclistamab, EU SmPC: stay near a healthcare facility with daily monitoring for 48 h after step-up dosing.";
const NO_EU = /EU: the clinical reference gives no EU monitoring rule after step-up doses/;

describe("review c80-M1: the step-up monitoring rule of every bispecific in its step-up window (treatments.md 5c, 10)", () => {
  it("talquetamab day 2: the line's card gives the US label's 48 h after each step-up dose, and no EU rule in the reference", () => {
    const a = run(readVignette(TAL));
    expect(a.phase.currentRegimen).toBe("Talquetamab");
    const card = cautions(a, CONTINUE_CURRENT_LINE);
    expect(card).toMatch(/Talquetamab, US label: hospitalise for 48 h after each step-up dose\./);
    expect(card).toMatch(NO_EU);
    expect(card).not.toMatch(/Teclistamab, US PI/);
  });

  it("linvoseltamab day 1: 24 h after the first and second step-up doses, with the REMS", () => {
    const card = lineCard(readVignette(LINVO));
    expect(card).toMatch(
      /Linvoseltamab, US label: hospitalise for 24 h after the first and second step-up doses \(REMS\)\./,
    );
    expect(card).toMatch(NO_EU);
  });

  it("elranatamab day 3: 48 h after step-up dose 1 and 24 h after step-up dose 2, marked UNVERIFIED", () => {
    const card = lineCard(readVignette(ELRA));
    expect(card).toMatch(
      /Elranatamab, US label: hospitalise for 48 h after step-up dose 1 and 24 h after step-up dose 2\. \(UNVERIFIED in the clinical reference\.\)/,
    );
    expect(card).toMatch(NO_EU);
  });

  it("--jurisdiction us / eu: only that side, as for teclistamab", () => {
    for (const name of [TAL, LINVO, ELRA]) {
      const us = lineCard(readVignette(name), "us");
      const eu = lineCard(readVignette(name), "eu");
      expect(us).toMatch(/, US label: hospitalise for/);
      expect(us).not.toMatch(NO_EU);
      expect(eu).toMatch(NO_EU);
      expect(eu).not.toMatch(/, US label: hospitalise for/);
    }
  });

  it("control: the same drugs past their first 2 weeks: no step-up rule on the line's card", () => {
    // Started 2026-11-17 (after the entries before them ended): week 2 on 2026-12-01.
    for (const name of [TAL, LINVO, ELRA]) {
      const a = run(given(name, { start: "2026-11-17" }));
      expect(a.phase.weeksOnCurrentLine).toBe(2);
      expect(cautions(a, CONTINUE_CURRENT_LINE)).not.toMatch(/step-up/);
    }
  });

  it("control: teclistamab and Tec-Dara in their first weeks keep teclistamab's US and EU texts, and only them", () => {
    for (const drugs of [["teclistamab"], ["teclistamab", "daratumumab"]]) {
      const r = given(LINVO, { drugs, regimen: drugs.length > 1 ? "Tec-Dara" : "Teclistamab" });
      const both = lineCard(r);
      expect(both).toContain(TEC_US);
      expect(both).toContain(TEC_EU);
      expect(both).not.toMatch(/US label: hospitalise/);
      expect(both).not.toMatch(NO_EU);
      expect(lineCard(r, "us")).toContain(TEC_US);
      expect(lineCard(r, "us")).not.toContain(TEC_EU);
      expect(lineCard(r, "eu")).toContain(TEC_EU);
      expect(lineCard(r, "eu")).not.toContain(TEC_US);
    }
  });

  it("the choice cards off therapy carry each agent's rule once (elranatamab's no longer twice)", () => {
    const a = run(readVignette("handout-penta-refractory-anito-cel-pending"));
    expect(cautions(a, "bsab.talquetamab")).toMatch(/Talquetamab, US label: hospitalise for 48 h/);
    expect(cautions(a, "bsab.linvoseltamab")).toMatch(/Linvoseltamab, US label: hospitalise for 24 h/);
    const elra = cautions(a, "bsab.elranatamab");
    expect(elra.match(/48 h after step-up dose 1/g)).toHaveLength(2); // the US text and the EU one naming it
    expect(elra).not.toMatch(/^Hospitalization 48 h/m);
    expect(cautions(a, "bsab.teclistamab")).toContain(TEC_US);
  });
});

const CILTA_DAY_10 = "review-c80-cilta-cel-day-10-anc-0.5-plt-40";
const FIRST_WEEKS = "alert.car-t.first-two-weeks";

describe("review c80-m3: the first 2 weeks after a CAR-T infusion are the step now (treatments.md 5b, 10)", () => {
  it("day 10: the plan's current step is the post-infusion monitoring until day 14 (2026-12-05), then the follow-up", () => {
    const a = run(readVignette(CILTA_DAY_10));
    expect(alert(a, FIRST_WEEKS)).toBeDefined();
    const now = a.plan.find((s) => s.status === "current");
    expect(now?.code).toBe("car-t-first-two-weeks");
    expect(now?.title).toMatch(/post-infusion monitoring for 2 weeks after the infusion, until 2026-12-05/);
    expect(now?.title).toMatch(/then observation with response monitoring/);
    expect(now?.optionIds).toEqual([OBSERVATION_AFTER_CAR_T]);
  });

  it("day 10: the clinician summary's top names it, and its next step is that step", () => {
    const a = run(readVignette(CILTA_DAY_10));
    const top = flat(renderClinicianSummary(a, "text").split(/\nDiagnosis\n/)[0] ?? "");
    expect(top).toMatch(
      /Post-infusion monitoring to day 14 after the BCMA CAR-T infusion \(US label: stay near the treatment centre, no driving, monitoring daily for at least the first week; the reference gives no EU period\): watch for CRS, ICANS and the blood counts \(Alerts below\)/,
    );
    expect(top).toMatch(/Next step: .*until 2026-12-05/);
    // Not a change of strengths (the reviewer: zoledronic acid second is poor ordering, not unsafe).
    expect(option(a, OBSERVATION_AFTER_CAR_T)?.strength).toBe("standard");
  });

  it("the infusion entry with no end (the line read as given): the same step, with its code", () => {
    const r = readVignette(CILTA_DAY_10);
    delete r.treatmentHistory[r.treatmentHistory.length - 1].end;
    const now = run(r).plan.find((s) => s.status === "current");
    expect(now?.code).toBe("car-t-first-two-weeks");
    expect(now?.title).toMatch(
      /single infusion given; post-infusion monitoring .*until 2026-12-05 \(.*\), then follow-up/,
    );
  });

  it("control: day 16, the alert gone: the observation step as before, nothing on the summary's top", () => {
    const r = readVignette(CILTA_DAY_10);
    r.asOf = "2026-12-07";
    const a = run(r);
    expect(alert(a, FIRST_WEEKS)).toBeUndefined();
    const now = a.plan.find((s) => s.status === "current");
    expect(now?.code).toBeUndefined();
    expect(now?.title).toBe(
      "Line 3 (cilta-cel) finished, no progression recorded: observation with response monitoring",
    );
    expect(renderClinicianSummary(a, "text")).not.toMatch(/Post-infusion monitoring/);
  });
});

const T_CELL_MALIGNANCY = /After BCMA CAR-T: boxed warning for secondary T-cell malignancies/;

describe("review c80-m5: the CAR-T knowledge items (treatments.md 5b, 5d, 10)", () => {
  it("1 year after cilta-cel: the T-cell malignancy caution is off the PJP card; the CAR-T alert and the observation card carry it", () => {
    const a = run(readVignette("review-c80-cilta-cel-1-year-cr-mrd-negative"));
    expect(cautions(a, "sc.infection.pjp")).not.toMatch(T_CELL_MALIGNANCY);
    expect(cautions(a, "sc.infection.pjp")).toMatch(/CD4 >200/);
    const after = alert(a, "alert.car-t.after-infusion")?.text ?? "";
    expect(after).toMatch(
      /lifelong monitoring for secondary T-cell malignancies \(boxed warning, FDA 2024-04-18/,
    );
    expect(after).toMatch(/gastrointestinal T-cell lymphoma/);
    expect(option(a, OBSERVATION_AFTER_CAR_T)?.clinicianText).toMatch(
      /Lifelong monitoring for new malignancy/,
    );
  });

  it("control: a later line after the CAR-T (no CAR-T alert then): the PJP card keeps the caution", () => {
    const r = readVignette("review-c80-cilta-cel-1-year-cr-mrd-negative");
    const carT = r.treatmentHistory[r.treatmentHistory.length - 1];
    Object.assign(carT, { progressedOn: true, progressionDate: "2026-10-01", stopReason: "progression" });
    r.treatmentHistory.push({
      regimen: "PVd",
      drugs: ["pomalidomide", "bortezomib", "dexamethasone"],
      start: "2026-10-15",
    });
    const a = run(r);
    expect(alert(a, "alert.car-t.after-infusion")).toBeUndefined();
    expect(cautions(a, "sc.infection.pjp")).toMatch(T_CELL_MALIGNANCY);
  });

  it("anito-cel after BCMA-directed therapy carries the prior-BCMA caution cilta-cel and ide-cel carry", () => {
    const a = run(readVignette("review-c80-progressed-on-talquetamab-after-teclistamab"));
    const prior =
      /Prior BCMA-directed therapy \(a bispecific antibody or belantamab\): the reference gives no CAR-T results after it/;
    for (const id of ["cart.cilta-cel", "cart.ide-cel", "cart.anito-cel.pending"])
      expect(cautions(a, id)).toMatch(prior);
    expect(option(a, "cart.anito-cel.pending")?.strength).toBe("trial");
  });

  it("control: anito-cel with no BCMA-directed therapy before: no such caution", () => {
    const a = run(readVignette("handout-penta-refractory-anito-cel-pending"));
    expect(option(a, "cart.anito-cel.pending")).toBeDefined();
    expect(cautions(a, "cart.anito-cel.pending")).not.toMatch(/Prior BCMA-directed therapy/);
  });
});

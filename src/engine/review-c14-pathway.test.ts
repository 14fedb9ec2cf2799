/** Review c14 finding 8 (helper review): kappa light-chain myeloma with cast nephropathy, week 4 of Dara-VCd,
 * transplant candidate (examples/vignettes/review-c14-lcmm-cast-nephropathy-dara-vcd.json).
 * - treatments.md 3b, VCd/CyBorD row (verified, IMWG renal): "Switch to quadruplet (e.g., D-VRd with
 *   renal-adjusted lenalidomide) once renal function is known". It was said on the untreated VCd option
 *   only, and vanished once the patient was on the regimen, when it applies.
 * - treatments.md 3d: D-R maintenance "After D-VRd (PERSEUS)"; the card said so for a Dara-VCd induction
 *   without a word that this is an extrapolation (the "no daratumumab" caution covers only another
 *   anti-CD38 antibody). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

type R = Record<string, unknown>;
const record = (name: string): R =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const SWITCH =
  /switch to a quadruplet \(e\.g\. D-VRd with renal-adjusted lenalidomide\) once renal function is known/;
const continueCard = (r: R) => assess(r).options.find((o) => o.id === "pathway.continue-current-line");
const drCard = (r: R) => assess(r).options.find((o) => o.id === "maint.dara-lenalidomide");

describe("c14-8: on Dara-VCd for cast nephropathy", () => {
  it("the line being given carries the reference's switch to a quadruplet", () => {
    const c = continueCard(record("review-c14-lcmm-cast-nephropathy-dara-vcd"));
    expect(c?.cautions.some((t) => SWITCH.test(t))).toBe(true);
    expect(c?.citations).toContain("dimopoulos-2016-jco-renal");
  });

  it("D-R maintenance after Dara-VCd says PERSEUS followed D-VRd: an extrapolation", () => {
    const d = drCard(record("review-c14-lcmm-cast-nephropathy-dara-vcd"));
    expect(d?.cautions.join(" ")).toMatch(/had daratumumab but not D-VRd .* an extrapolation/);
  });

  it("controls: D-R after D-VRd has no such caution; Dara-VCd for AL amyloidosis has no switch", () => {
    const dvrd = drCard(record("pathway-after-asct-dvrd-consolidation"));
    expect(dvrd).toBeDefined();
    expect(dvrd?.cautions.join(" ")).not.toMatch(/not D-VRd/);
    const al = continueCard(record("al-cardiac-renal-on-dara-cybord-cycle-4"));
    expect(al).toBeDefined();
    expect(al?.cautions.some((t) => SWITCH.test(t))).toBe(false);
  });
});

/** Review c14 finding 6: with the baseline urine M-protein (2400 mg/24 h) measurable and not repeated, and the
 * serum free light chains measured weekly since, the response said "no assessment after the start of the
 * line yet" and the alert "no response assessment since it started is recorded": false. criteria-and-scores
 * 6.1: every parameter measurable at baseline is followed (withholding the grade is right; the reason was
 * not). */
describe("c14-6: a parameter measurable at baseline, not repeated since the line started", () => {
  const LCMM = "review-c14-lcmm-cast-nephropathy-dara-vcd";
  it("the response names the urine M-protein as what the grade waits on", () => {
    const a = assess(record(LCMM));
    expect(a.response.current).toBeNull();
    expect(a.response.notRepeated).toEqual(["urine"]);
    expect(a.response.reason).toMatch(
      /24-hour urine M-protein, measurable at baseline, has not been measured since/,
    );
    expect(a.response.reason).not.toContain("no assessment after the start");
    const alert = a.alerts.find((x) => x.id === "pathway.response-assessment-due");
    expect(alert?.text).toContain(
      "the 24-hour urine M-protein, measurable at baseline, has not been measured since it started",
    );
    expect(alert?.text).not.toContain("no response assessment since it started is recorded");
  });

  it("control: nothing measured since the start keeps 'no assessment after the start of the line yet'", () => {
    const r = record(LCMM);
    const start = "2026-11-03";
    const series = r.series as Record<string, { date: string }[]>;
    const before: Record<string, { date: string }[]> = {};
    for (const [k, xs] of Object.entries(series)) before[k] = xs.filter((x) => x.date <= start);
    const labs = { ...(r.labs as R) };
    for (const k of Object.keys(labs)) {
      const v = labs[k] as { date?: string } | undefined;
      if (v && typeof v === "object" && v.date && v.date > start) delete labs[k];
    }
    const a = assess({ ...r, series: before, labs });
    expect(a.response.reason).toBe("no assessment after the start of the line yet");
    expect(a.response.notRepeated).toBeUndefined();
  });
});

/** Review c14 finding 5: on dialysis, R maintenance since 2023, no pre-treatment value recorded and no
 * progression typed (examples/vignettes/review-c14-dialysis-flc-rise-progression-not-recorded.json): the
 * dFLC rose 180 -> 1418 mg/L and the response said "Progression: no". With the baseline not known, whether
 * the FLC is the measure (criteria-and-scores 6.1-6.2: FLC progression only when serum and urine were not
 * measurable at baseline) cannot be told: never "no", and the rise is named. */
describe("c14-5: a dFLC rise on a line whose baseline is not known", () => {
  const DIALYSIS = "review-c14-dialysis-flc-rise-progression-not-recorded";
  it("progression is not known (not 'no'), and a warning names the rise with its values and dates", () => {
    const a = assess(record(DIALYSIS));
    expect(a.response.baselineUnknown).toBe(true);
    expect(a.response.progression).toBeNull();
    const alert = a.alerts.find((x) => x.id === "response.flc-rise-baseline-unknown");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(
      /dFLC rose from 180 mg\/L to 387 mg\/L on 2026-07-13, confirmed on 2026-10-19/,
    );
    expect(alert?.text).toContain("progression cannot be judged");
  });

  it("control: the same record with a flat dFLC keeps 'no progression' on the values read", () => {
    const r = record(DIALYSIS);
    const series = r.series as Record<string, { date: string; value: number; unit: string }[]>;
    const flat = {
      ...series,
      involvedFreeLightChain: series.involvedFreeLightChain!.map((p) => ({ ...p, value: 210 })),
    };
    const labs = {
      ...(r.labs as R),
      involvedFreeLightChain: { value: 210, unit: "mg/L", date: "2026-11-24" },
    };
    const a = assess({ ...r, series: flat, labs });
    expect(a.alerts.map((x) => x.id)).not.toContain("response.flc-rise-baseline-unknown");
  });
});

/** Review c14 finding 14: an 86-year-old three weeks into Rd had a second card, "Continued lenalidomide after
 * induction without a transplant", beside "Continue the line ... (Rd)": the same regimen twice. */
describe("c14-14: on Rd now, continued lenalidomide is the line being given", () => {
  const CONTINUED = "pathway.no-asct.continued-lenalidomide";
  it("no separate continued-lenalidomide card while Rd is given", () => {
    const ids = assess(record("review-c14-rd-week-3-age-86-crcl-28")).options.map((o) => o.id);
    expect(ids).toContain("pathway.continue-current-line");
    expect(ids).not.toContain(CONTINUED);
  });

  it("controls: after a finished VRd line, and untreated, the card stays", () => {
    for (const name of ["pathway-vrd-8-cycles-no-transplant", "ndmm-transplant-ineligible-frail"])
      expect(
        assess(record(name)).options.map((o) => o.id),
        name,
      ).toContain(CONTINUED);
  });
});

/**
 * Review c20 (a specialist's review of the disease over time and of dosing; /work/review20 in the session that
 * made it). No unsafe finding; these are three of its four misleading ones, fixed:
 * 1. The PERSEUS daratumumab stop card read "MRD negativity sustained >= 12 months: yes" from two negatives at
 *    1 in 10^4 by another method; IMWG MRD negativity needs NGF or NGS at 1 in 10^5 or better
 *    (criteria-and-scores.md 6.3). A result without its method or sensitivity now makes it "not known".
 * 2. Smouldering myeloma on daratumumab: "continue" was standard past the AQUILA fixed course (up to 39 cycles /
 *    36 months, treatments.md 2b), and an M-protein rising on therapy raised no alert and kept the "if stable"
 *    interval (2a).
 * 3. An 88-year-old, ECOG 3, ADL/IADL/Charlson not recorded: IMWG frailty not computable (8.1), so the frail
 *    doublets (Rd, Vd; treatments.md 4) were left out while quadruplets and full-dose VRd were listed. Age over
 *    80 alone gives the 2 points of "frail": the doublets are listed, saying the score is not computable.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { assess } from "./assess.js";
import type { Assessment, AssessmentOption } from "./assessment.js";
import { assessCompact } from "./compact.js";

type Rec = Record<string, unknown>;
const read = (path: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${path}.json`, import.meta.url), "utf8")) as Rec;
const option = (a: Assessment, id: string): AssessmentOption | undefined =>
  a.options.find((o) => o.id === id);
const ids = (a: Assessment) => a.options.map((o) => o.id);

describe("c20-1: the PERSEUS stop rule reads IMWG MRD negativity only", () => {
  const r = read("review-c20-dr-maintenance-mrd-negative-1e-4-twice");
  const sustainedWords = (rec: Rec): string => {
    const card = option(assess(rec), "pathway.continue-current-line") as AssessmentOption;
    const c = card.cautions.find((x) => x.includes("PERSEUS stop rule")) ?? "";
    return (
      /sustained >= 12 months \(dated marrow MRD results with their method and sensitivity\): ([^)]*)\)$/.exec(
        c,
      )?.[1] ?? ""
    );
  };
  const withMrd = (mrd: Rec[]): Rec => ({ ...r, series: { ...(r.series as Rec), mrd } });

  it("two negatives 12+ months apart at 1 in 10^4 ('other'): no", () => {
    expect(sustainedWords(r)).toBe("no");
  });

  it("NGS at 1 in 10^5, 12+ months apart: yes; one of them without method or sensitivity: not known", () => {
    const ngs = [
      { date: "2025-06-01", result: "negative", method: "NGS", sensitivity: 0.00001 },
      { date: "2026-10-15", result: "negative", method: "NGS", sensitivity: 0.00001 },
    ];
    expect(sustainedWords(withMrd(ngs))).toBe("yes");
    expect(sustainedWords(withMrd([{ date: "2025-06-01", result: "negative" }, ngs[1]!]))).toBe("not known");
    // NGF at 1 in 10^6 counts too; a coarser sensitivity by NGS does not.
    expect(sustainedWords(withMrd(ngs.map((p) => ({ ...p, method: "NGF", sensitivity: 0.000001 }))))).toBe(
      "yes",
    );
    expect(sustainedWords(withMrd(ngs.map((p) => ({ ...p, sensitivity: 0.0001 }))))).toBe("no");
  });
});

describe("c20-2: smouldering myeloma on daratumumab (AQUILA)", () => {
  it("past 36 months: the course is complete (stop, then monitoring), no 'continue'", () => {
    const a = assess(read("review-c20-smm-daratumumab-month-38"));
    expect(a.phase.code).toBe("smoldering-therapy");
    expect(option(a, "smm.on-therapy.daratumumab-course-complete")?.strength).toBe("standard");
    expect(ids(a)).not.toContain("smm.on-therapy.continue-daratumumab");
    expect(assessCompact(read("review-c20-smm-daratumumab-month-38")).options).toContain(
      "smm.on-therapy.daratumumab-course-complete",
    );
  });

  it("month 25: continue, and no course-complete card", () => {
    const a = assess(read("review-c20-smm-daratumumab-month-25"));
    expect(option(a, "smm.on-therapy.continue-daratumumab")?.strength).toBe("standard");
    expect(ids(a)).not.toContain("smm.on-therapy.daratumumab-course-complete");
  });

  it("an M-protein rising from its lowest value on therapy: a warning and not the 'if stable' interval", () => {
    const a = assess(read("review-c20-smm-daratumumab-m-protein-rising"));
    const rising = a.alerts.find((x) => x.id === "evolving.m-protein-rising");
    expect(rising?.severity).toBe("warning");
    expect(rising?.text).toMatch(/^Smoldering myeloma \(treated\): serum M-protein rising from 1 g\/dL/);
    expect(a.monitoring.plan).toContain(
      "the M-protein is rising, so the interval for stable disease does not apply",
    );
    // The untreated-only checks stay off on therapy (the diagnosis-anchored Ravi rule, haemoglobin).
    expect(a.alerts.map((x) => x.id)).not.toContain("evolving.m-protein");
  });
});

describe("c20-3: frail doublets when IMWG frailty is not computable but age alone reaches frail", () => {
  const r = read("review-c20-ndmm-88-ecog3-adl-not-recorded");

  it("88, ADL/IADL/Charlson not recorded: Rd and Vd listed, saying why; the score stays not computable", () => {
    const a = assess(r);
    expect(a.fitness.imwgFrailty.group).toBeNull();
    for (const id of ["ndmm.frail.rd", "ndmm.frail.vd"]) {
      const o = option(a, id) as AssessmentOption;
      expect(o.strength, id).toBe("consider");
      expect(o.cautions.join(" "), id).toContain(
        "IMWG frailty not computable (an item is not recorded), but age over 80 alone gives 2 points",
      );
    }
  });

  it("80 with the same gaps (1 point from age): no doublet; IMWG frail recorded: doublets without the caution", () => {
    const at80 = assess({ ...r, patient: { ...(r.patient as Rec), age: 80 } });
    expect(ids(at80)).not.toContain("ndmm.frail.rd");
    const frail = assess({ ...r, fitness: { ...(r.fitness as Rec), adl: 3, iadl: 3, charlson: 2 } });
    expect(frail.fitness.imwgFrailty.group).toBe("frail");
    expect(option(frail, "ndmm.frail.rd")?.cautions.join(" ")).not.toContain("not computable");
  });
});

describe("c20-7: the older-or-frail dexamethasone caution does not halve XVd's own schedule", () => {
  it("says the 20 mg weekly figure is for the 40 mg-weekly schedule, and that XVd's has none", () => {
    const r = read("review-c20-ndmm-88-ecog3-adl-not-recorded");
    const a = assess(r);
    const dex = a.options
      .flatMap((o) => o.cautions)
      .find((c) => c.startsWith("Dexamethasone for age over 75 or frailty"));
    expect(dex).toBe(
      "Dexamethasone for age over 75 or frailty: 20 mg weekly in place of the standard 40 mg weekly; for a regimen with another dexamethasone schedule (XVd: 20 mg twice weekly) the reference gives no reduced figure: reduce with the team.",
    );
    expect(a.options.flatMap((o) => o.cautions).join(" ")).not.toContain(
      "20 mg weekly instead of 40 mg for age",
    );
  });
});

describe("c20 minor: the response section reads the MRD series' method and sensitivity", () => {
  // The screen said "method and sensitivity not recorded" beside a series that recorded them, and the
  // patient words called any negative result "a very sensitive test ... MRD-negative" (criteria-and-scores.md
  // 6.3: IMWG MRD negativity is NGF or NGS at 1 in 10^5 or better).
  const r = read("review-c20-dr-maintenance-mrd-negative-1e-4-twice");
  const withMrd = (mrd: Rec[], marrow?: Rec): Rec => ({
    ...r,
    ...(marrow ? { marrow } : {}),
    series: { ...(r.series as Rec), mrd },
  });
  const line = (rec: Rec) =>
    /MRD \(IMWG 2016\): [^\n]*(?:\n {4}[^\n]*)*/
      .exec(renderClinicianSummary(assess(rec), "text"))?.[0]
      .replace(/\s+/g, " ") ?? "";
  const patient = (rec: Rec) => renderHandout(assess(rec), "text", EN).replace(/\s+/g, " ");

  it("1 in 10^4 by another method: shown, below the IMWG definition; the patient is not told 'very sensitive'", () => {
    const a = assess(r);
    expect([a.response.mrd?.method, a.response.mrd?.sensitivity]).toEqual(["other", 0.0001]);
    expect(line(r)).toContain("by another method, sensitivity 1 in 10^4: below the IMWG definition");
    expect(patient(r)).toContain(EN.response.mrdNegativeLessSensitive);
    expect(patient(r)).not.toContain(EN.response.mrdNegative);
  });

  it("NGS at 1 in 10^5: meets the IMWG definition, and the patient hears MRD-negative", () => {
    const ngs = withMrd([{ date: "2026-10-15", result: "negative", method: "NGS", sensitivity: 0.00001 }]);
    expect(line(ngs)).toContain("by NGS, sensitivity 1 in 10^5: meets the IMWG definition");
    expect(patient(ngs)).toContain(EN.response.mrdNegative);
  });

  it("a series result with no marrow.mrd is read (it was ignored); without method or sensitivity, said so", () => {
    const { mrd: _, ...marrow } = r.marrow as Rec;
    const onlySeries = withMrd([{ date: "2026-10-15", result: "negative" }], marrow);
    expect(assess(onlySeries).response.mrd?.result).toBe("negative");
    expect(line(onlySeries)).toContain("method and sensitivity not recorded");
    expect(patient(onlySeries)).toContain(EN.response.mrdNegativeSensitivityUnknown);
  });
});

describe("c20-6: pomalidomide's liver dose names the patient's Child-Pugh class", () => {
  // treatments.md 7b, pomalidomide: "Dialysis: 3 mg daily ... Hepatic: Child-Pugh A/B 3 mg; C 2 mg"; no
  // combined rule. The whole table was quoted beside a recorded class C, and nothing said which applies.
  const r = read("review-c19-dialysis-relapse-on-rd-len-refractory");
  const withLiver = (hepaticImpairment: string | undefined, dialysis = true): Rec => {
    const { hepaticImpairment: _, ...conditions } = r.conditions as Rec;
    return {
      ...r,
      conditions: {
        ...conditions,
        renalFailureOnDialysis: dialysis,
        ...(hepaticImpairment ? { hepaticImpairment } : {}),
      },
    };
  };
  const cautions = (rec: Rec) => (option(assess(rec), "rr.dpd") as AssessmentOption).cautions.join(" | ");
  const TABLE = "3 mg daily for Child-Pugh class A or B and 2 mg daily for class C";

  it("class C on dialysis: 2 mg for class C, and the reference gives no combined dose", () => {
    const c = cautions(withLiver("child-pugh-c"));
    expect(c).toContain(
      "Pomalidomide, liver function (Child-Pugh class C recorded): starting dose 2 mg daily",
    );
    expect(c).toContain("the clinical reference gives no combined dose");
    expect(c).not.toContain(TABLE);
  });

  it("class B off dialysis: 3 mg, no combined caution; not recorded: the whole table; none: nothing", () => {
    const b = cautions(withLiver("child-pugh-b", false));
    expect(b).toContain("(Child-Pugh class A or B recorded): starting dose 3 mg daily");
    expect(b).not.toContain("no combined dose");
    expect(cautions(withLiver(undefined, false))).toContain(TABLE);
    expect(cautions(withLiver("none", false))).not.toMatch(/Pomalidomide, liver function/);
  });
});

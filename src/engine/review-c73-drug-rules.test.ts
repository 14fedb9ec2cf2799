/** Review c73 (report /work/review73/review.md), the drug findings: c73-M3 (elranatamab's every-4-weeks step after week
 * 48, treatments.md 10), c73-m1 (MAIA's dexamethasone 20 mg weekly for a BMI below 18.5, treatments.md 4), c73-m2
 * (talquetamab with daratumumab, MonumenTAL-3, not approved: treatments.md 5c, 9) and c73-m3 (PVd, not a US-labelled
 * regimen, marked in the US handout: treatments.md 5a). Each case is the reviewer's record copied into
 * examples/vignettes (review-c73-*), with its control. */
import { describe, expect, it } from "vitest";
import { CONTINUE_CURRENT_LINE } from "../knowledge/entries/pathway.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette, withDrdFirstLine } from "../testing/example-records.js";
import { assess } from "./assess.js";

type A = ReturnType<typeof assess>;
const option = (a: A, id: string) => a.options.find((o) => o.id === id);
const cautions = (a: A, id: string) => option(a, id)?.cautions.join(" \n ") ?? "";
const alert = (a: A, id: string) => a.alerts.find((x) => x.id === id);
const flat = (t: string): string => t.replace(/\s+/g, " ");
const handout = (a: A, w = EN) => flat(renderHandout(a, "text", w));

describe("review c73-M3: elranatamab after week 48, the US label's every-4-weeks step (treatments.md 10)", () => {
  const W56 = "review-c73-elranatamab-week-56-vgpr";
  const W29 = "review-c73-elranatamab-week-29-vgpr";
  const FOUR = "elranatamab.every-4-weeks-after-48-weeks";
  const TWO = "elranatamab.every-2-weeks-after-24-weeks";

  it("week 56 (US): the alert and the line's card give the US label's move to every 4 weeks, its date UNVERIFIED", () => {
    const a = assess(readVignette(W56), { jurisdiction: "us" });
    expect(a.phase.weeksOnCurrentLine).toBe(56);
    const text = alert(a, FOUR)?.text ?? "";
    expect(text).toMatch(/US label: patients who respond move to dosing every 4 weeks after week 48/);
    expect(text).toMatch(/the date of this label change is UNVERIFIED/);
    expect(text).toMatch(/weeks on the current line: 56 weeks/);
    expect(alert(a, FOUR)?.severity).toBe("info");
    expect(alert(a, TWO)).toBeUndefined();
    expect(cautions(a, CONTINUE_CURRENT_LINE)).toMatch(/every 4 weeks after week 48/);
    expect(cautions(a, CONTINUE_CURRENT_LINE)).not.toMatch(/given for 24 weeks or more/);
  });

  it("EU and both: the step is named the US label's, and the reference gives no EU schedule after week 48", () => {
    const eu = alert(assess(readVignette(W56), { jurisdiction: "eu" }), FOUR)?.text ?? "";
    expect(eu).toMatch(/EU: the clinical reference gives no EU schedule after week 48/);
    expect(eu).toMatch(/every 4 weeks for responders after week 48 is the US label's/);
    expect(eu).not.toMatch(/US label: patients who respond/);
    const both = alert(assess(readVignette(W56)), FOUR)?.text ?? "";
    expect(both).toMatch(/US label: patients who respond move to dosing every 4 weeks/);
    expect(both).toMatch(/is the US label's/);
  });

  it("control: week 29 keeps the 2-weekly step alone", () => {
    const a = assess(readVignette(W29));
    expect(a.phase.weeksOnCurrentLine).toBe(29);
    expect(alert(a, TWO)?.text).toMatch(/every 2 weeks \(treatments\.md 5c\)/);
    expect(alert(a, FOUR)).toBeUndefined();
    expect(cautions(a, CONTINUE_CURRENT_LINE)).not.toMatch(/every 4 weeks/);
  });

  it("the edge: week 47 the 2-weekly step, week 48 the 4-weekly one", () => {
    const at = (start: string) => {
      const r = readVignette(W56);
      r.treatmentHistory.at(-1).start = start;
      return assess(r);
    };
    const w47 = at("2025-12-23");
    expect(w47.phase.weeksOnCurrentLine).toBe(47);
    expect(alert(w47, TWO)).toBeDefined();
    expect(alert(w47, FOUR)).toBeUndefined();
    const w48 = at("2025-12-22");
    expect(w48.phase.weeksOnCurrentLine).toBe(48);
    expect(alert(w48, TWO)).toBeUndefined();
    expect(alert(w48, FOUR)).toBeDefined();
  });
});

describe("review c73-m1: BMI below 18.5 on DRd (MAIA): dexamethasone 20 mg weekly (treatments.md 4)", () => {
  const BMI = "review-c73-tie-70-bmi-16.4";
  const WORDS = /Dexamethasone for a BMI below 18\.5 kg\/m2 on DRd \(MAIA; treatments\.md 4\): 20 mg weekly/;

  it("70, 42 kg, 160 cm: the DRd card says it with the BMI; the other dexamethasone cards do not", () => {
    const a = assess(readVignette(BMI));
    expect(cautions(a, "ndmm.tie.drd")).toMatch(WORDS);
    expect(cautions(a, "ndmm.tie.drd")).toMatch(/\(BMI: 16\.4 kg\/m2\)/);
    const others = a.options.filter(
      (o) => o.id !== "ndmm.tie.drd" && o.regimen?.drugs.includes("dexamethasone") === true,
    );
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(o.cautions.join(" ")).not.toMatch(/BMI below 18\.5/);
  });

  it("controls: BMI 18.75 says nothing; no height recorded says the rule 'not known' (review c75-m7)", () => {
    const heavier = readVignette(BMI);
    heavier.patient.weight.value = 48;
    expect(cautions(assess(heavier), "ndmm.tie.drd")).not.toMatch(/BMI below 18\.5/);
    const noHeight = readVignette(BMI);
    delete noHeight.patient.height;
    expect(cautions(assess(noHeight), "ndmm.tie.drd")).toMatch(
      /Not known: BMI \(missing: patient\.height\)\./,
    );
  });

  it("DRd given as the first line (MAIA): the line's card says it; D-Rd after D-VRd (CEPHEUS) does not", () => {
    const a = assess(withDrdFirstLine(BMI));
    expect(a.phase.code).toBe("induction");
    expect(cautions(a, CONTINUE_CURRENT_LINE)).toMatch(WORDS);

    const dRd = readVignette(BMI);
    dRd.asOf = "2027-06-01";
    dRd.treatmentHistory = [
      {
        regimen: "D-VRd",
        drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
        start: "2026-06-01",
        end: "2026-11-16",
        phase: "induction",
        bestResponse: "VGPR",
        progressedOn: false,
      },
      {
        regimen: "D-Rd",
        drugs: ["daratumumab", "lenalidomide", "dexamethasone"],
        start: "2026-11-17",
        phase: "maintenance",
        plannedWithPrevious: true,
      },
    ];
    const b = assess(dRd);
    expect(option(b, CONTINUE_CURRENT_LINE)).toBeDefined();
    expect(cautions(b, CONTINUE_CURRENT_LINE)).not.toMatch(/BMI below 18\.5/);
  });
});

describe("review c73-m2: talquetamab with daratumumab (MonumenTAL-3) being given, not approved (treatments.md 5c, 9)", () => {
  const TAL = "review-c73-tal-dp-week-3-first-relapse";
  const ALERT = "alert.talquetamab-with-daratumumab-not-approved";
  const WORDS =
    /Talquetamab with daratumumab \(MonumenTAL-3: Tal-D, Tal-DP\) is not approved at the knowledge date \(treatments\.md 5c, 9\): given in a trial or outside its label; follow the protocol's monitoring/;

  it("Tal-DP at week 3: the line's card and an information alert say it; its toxicity and co-order cautions stay", () => {
    const a = assess(readVignette(TAL));
    expect(cautions(a, CONTINUE_CURRENT_LINE)).toMatch(WORDS);
    expect(alert(a, ALERT)?.text).toMatch(WORDS);
    expect(alert(a, ALERT)?.severity).toBe("info");
    expect(cautions(a, CONTINUE_CURRENT_LINE)).toMatch(/Talquetamab \(GPRC5D\): dysgeusia/);
    expect(cautions(a, CONTINUE_CURRENT_LINE)).toMatch(/T-cell redirection: boxed warning for CRS and ICANS/);
  });

  for (const w of [EN, ES])
    it(`the handout says it is being studied, never "the usual plan" (${w === EN ? "EN" : "ES"})`, () => {
      const a = assess(readVignette(TAL));
      const text = handout(a, w);
      expect(text).toContain(w.currentStudied);
      expect(text).not.toContain(w.keepGoing("").replace(/\.$/, ""));
      const full = flat(renderPatientSummary(a, "text", w));
      expect(full).toContain(w.currentStudied);
      expect(full).toContain(w.summary.continueStudied);
      expect(full).not.toContain(w.keepGoing("").replace(/\.$/, ""));
    });

  it("controls: talquetamab alone, and teclistamab with daratumumab, say nothing of it", () => {
    const alone = readVignette(TAL);
    alone.treatmentHistory.at(-1).drugs = ["talquetamab"];
    alone.treatmentHistory.at(-1).regimen = "Talquetamab";
    const a = assess(alone);
    expect(alert(a, ALERT)).toBeUndefined();
    expect(cautions(a, CONTINUE_CURRENT_LINE)).not.toMatch(/MonumenTAL-3/);
    expect(handout(a)).not.toContain(EN.currentStudied);
    const tecDara = readVignette(TAL);
    tecDara.treatmentHistory.at(-1).drugs = ["teclistamab", "daratumumab"];
    tecDara.treatmentHistory.at(-1).regimen = "Tec-Dara";
    expect(alert(assess(tecDara), ALERT)).toBeUndefined();
  });
});

describe("review c73-m3: PVd, not a US-labelled regimen, is marked in the handout (treatments.md 5a)", () => {
  const PVD = "review-c73-pvd-1st-relapse-len-sensitive";
  const line = (text: string, code: string) => text.split("\n").find((l) => l.includes(`(${code})`)) ?? "";
  const lines = (a: A, w = EN) => renderHandout(a, "text", w).replace(/\n {4,}/g, " ");

  for (const w of [EN, ES])
    it(`--jurisdiction us: PVd is marked not approved for this use in the US (${w === EN ? "EN" : "ES"})`, () => {
      const a = assess(readVignette(PVD), { jurisdiction: "us" });
      expect(option(a, "rr.pvd")?.regulatory.us?.status).toBe("off-label");
      const text = lines(a, w);
      expect(line(text, "PVd")).toContain(w.marks.offLabelIn.us);
      // An option labelled in the US is not marked.
      expect(line(text, "DKd")).not.toContain(w.marks.offLabelIn.us);
    });

  it("both: the same mark (approved in the EU, off-label in the US); EU alone: no mark", () => {
    const both = lines(assess(readVignette(PVD)));
    expect(line(both, "PVd")).toContain(EN.marks.offLabelIn.us);
    const eu = lines(assess(readVignette(PVD), { jurisdiction: "eu" }));
    expect(line(eu, "PVd")).not.toMatch(/not approved for this use/);
  });
});

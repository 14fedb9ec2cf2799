/** Review c23 (a specialist's review of stop 29's first changes and beyond): the AL amyloidosis line being given
 * at a cardiac stage where its regimen is not indicated (c23-2, UNSAFE), AL below a partial response on the line
 * (c23-3), untreated myeloma with kidney failure on the patient's page (c23-9), and the clinical-relapse headline
 * over items whose cause the team confirms (c23-8). Vignettes: examples/vignettes/review-c23-*.json. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { AL_BELOW_PR } from "./al-switch-rule.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { assessCompact } from "./compact.js";

// biome-ignore lint/suspicious/noExplicitAny: test records are edited freely
type Rec = any;
const VIGNETTES = join(import.meta.dirname, "../../examples/vignettes");
const record = (name: string): Rec => JSON.parse(readFileSync(join(VIGNETTES, `${name}.json`), "utf8"));
const flat = (t: string) => t.replace(/\s+/g, " ");
const alert = (a: Assessment, id: string) => a.alerts.find((x) => x.id === id);
const cont = (a: Assessment) => a.options.find((o) => o.id === "pathway.continue-current-line");

const IIIB = "review-c23-al-stage-iiib-on-dara-cybord-week-3";
const OUTSIDE = "alert.al.d-vcd-outside-indication";

describe("c23-2: AL at Mayo 2004 stage IIIb (or NYHA IIIB/IV) on Dara-VCd is not 'continue' as standard", () => {
  it("the vignette (NT-proBNP 9,500 -> 9,800, NYHA III): a warning, the continue option lowered with the reason", () => {
    const a = assess(record(IIIB));
    expect(a.risk.alMayo2004.stage).toBe("IIIb");
    const x = alert(a, OUTSIDE);
    expect(x?.severity).toBe("warning");
    // treatments.md 6, D-VCd row: not indicated for NYHA IIIB/IV or Mayo stage IIIB outside trials.
    expect(x?.text).toContain("does not indicate D-VCd at this cardiac stage outside trials");
    expect(x?.citations).toContain("kastritis-2021-nejm-andromeda");
    const c = cont(a)!;
    expect(c.strength).toBe("consider");
    expect(c.safetyFindings?.map((f) => f.ruleId)).toContain(
      "pathway.continue-current-line.adjust.al-d-vcd-outside-indication",
    );
    expect(assessCompact(record(IIIB)).alerts.map((y) => y.id)).toContain(OUTSIDE);
  });

  it("the patient is told the team reviews the treatment, not 'keep going' (EN, ES)", () => {
    const a = assess(record(IIIB));
    const named = "(Dara-CyBorD)";
    for (const w of [EN, ES]) {
      const page = flat(renderHandout(a, "text", w));
      expect(page).not.toContain(flat(w.keepGoing("x")).split(":")[0]!);
      const review = flat(w.currentToReview("")).split(". ").slice(1).join(". ");
      expect(page).toContain(review);
      expect(page).toContain(named);
      expect(flat(renderPatientSummary(a, "text", w))).toContain(review);
    }
  });

  it("NYHA IV at a lower stage raises it too; a lower stage with NYHA III, or another regimen, does not", () => {
    const lower = (r: Rec) => {
      r.series.ntProBnp = r.series.ntProBnp.map((p: Rec) => ({ ...p, value: 3000 }));
      r.labs.ntProBnp = { ...r.labs.ntProBnp, value: 3000 };
      return r;
    };
    const nyha4 = lower(record(IIIB));
    nyha4.conditions.nyhaClass = "IV";
    const a4 = assess(nyha4);
    expect(a4.risk.alMayo2004.stage).not.toBe("IIIb");
    expect(alert(a4, OUTSIDE)).toBeDefined();
    const a3 = assess(lower(record(IIIB)));
    expect(alert(a3, OUTSIDE)).toBeUndefined();
    expect(cont(a3)?.strength).toBe("standard");
    const vcd = record(IIIB);
    vcd.treatmentHistory[0].regimen = "CyBorD";
    vcd.treatmentHistory[0].drugs = ["cyclophosphamide", "bortezomib", "dexamethasone"];
    expect(alert(assess(vcd), OUTSIDE)).toBeUndefined();
  });
});

const BELOW_PR = "review-c23-al-dara-cybord-week-9-below-pr";

describe("c23-3: AL below a partial response on the line being given", () => {
  it("the vignette (dFLC 263 -> 180 mg/L, a 32% fall): the switch rule is said and the cycles asked for", () => {
    const a = assess(record(BELOW_PR));
    expect(a.response.alHaematologic?.grade).toBe("NR");
    const x = alert(a, AL_BELOW_PR);
    expect(x?.severity).toBe("warning");
    expect(x?.text).toContain("a fall of 32%");
    // treatments.md 6 (Singapore consensus 2023, checked): < PR after 2 cycles or < VGPR after 4.
    expect(x?.text).toContain("no partial response after 2 cycles, or no very good partial response after 4");
    expect(x?.text).toContain("The record does not give the cycles given");
    expect(x?.citations).toEqual(["smsg-2023-al-consensus", "palladini-2012-jco"]);
    expect(x?.verified).toBe(false);
  });

  it("the patient hears the light chain has not come down enough, not 'stable disease' (EN, ES)", () => {
    const a = assess(record(BELOW_PR));
    for (const w of [EN, ES]) {
      const page = flat(renderHandout(a, "text", w));
      expect(page).toContain(w.response.alNotEnough);
      expect(page).not.toContain(flat(w.response.good(w.responseName.SD.name)));
      expect(flat(renderPatientSummary(a, "text", w))).toContain(w.response.alNotEnough);
    }
  });

  it("controls: a partial response (a 60% fall), a finished line, or myeloma: no alert", () => {
    const pr = record(BELOW_PR);
    pr.series.involvedFreeLightChain[2].value = 115;
    pr.labs.involvedFreeLightChain.value = 115;
    const a = assess(pr);
    expect(a.response.alHaematologic?.grade).toBe("PR");
    expect(alert(a, AL_BELOW_PR)).toBeUndefined();
    const ended = record(BELOW_PR);
    ended.treatmentHistory[0].end = "2026-09-30";
    expect(alert(assess(ended), AL_BELOW_PR)).toBeUndefined();
    // Three weeks in (the stage IIIb vignette is below PR too): 2 cycles take at least 42 days at the
    // shortest cycle in the reference (21 days), so no switch rule yet; the patient still hears the light
    // chain has not come down enough, never "stable disease".
    const early = assess(record(IIIB));
    expect(early.response.alHaematologic?.grade).toBe("NR");
    expect(alert(early, AL_BELOW_PR)).toBeUndefined();
    expect(flat(renderHandout(early, "text", EN))).toContain(EN.response.alNotEnough);
  });
});

describe("c23-9: untreated myeloma with kidney failure is said on the patient's page", () => {
  it("creatinine 6.4 mg/dL, eGFR about 9: the renal warning for the clinician, a sentence for the patient (EN, ES)", () => {
    const a = assess(record("review-c23-ndmm-58-cast-nephropathy-untreated"));
    // Attributed to the myeloma by the team: the critical alert, said with a call today (review c83-m1).
    expect(alert(a, "alert.ndmm-renal-impairment.from-myeloma")).toBeDefined();
    for (const w of [EN, ES]) {
      const said = w.emergency["alert.ndmm-renal-impairment.from-myeloma"];
      expect(flat(renderHandout(a, "text", w))).toContain(said);
      expect(flat(renderPatientSummary(a, "text", w))).toContain(said);
      expect(flat(renderPatientSummary(a, "text", w))).toContain(w.kidneyCare);
    }
    // Normal kidneys: not said.
    const ok = assess(record("ndmm-transplant-eligible"));
    expect(alert(ok, "alert.ndmm-renal-impairment")).toBeUndefined();
    expect(flat(renderHandout(ok, "text", EN))).not.toContain(EN.kidneyAtDiagnosis);
  });
});

/** Review c24 (the re-review of the fixes above). */
describe("c24: creatinine values that disagree, criterion 4's pair, AL's second switch rule", () => {
  const NEWER = "review-c23-creatinine-newer-in-series";
  const CONFLICT = "data-quality.creatinine-conflict";

  it("c24-1: the labs' value without a date at or below the level, the series' latest above it: a warning says which is read", () => {
    const r = record(NEWER);
    r.labs.creatinine = { value: 0.9, unit: "mg/dL" };
    const a = assess(r);
    const x = alert(a, CONFLICT);
    expect(x?.severity).toBe("warning");
    expect(x?.text).toContain(
      "the labs hold 0.9 mg/dL without a date (read as today's), the series 3.1 mg/dL on 2026-11-20",
    );
    expect(x?.text).toContain("every kidney-dosed caution here read the labs' value");
    expect(assessCompact(r).alerts.map((y) => y.id)).toContain(CONFLICT);
    // The other way round (an undated value above an older normal one) is a change, not a conflict.
    const worse = record(NEWER);
    worse.labs.creatinine = { value: 3.4, unit: "mg/dL" };
    worse.series.creatinine = [{ date: "2026-08-01", value: 1.0, unit: "mg/dL" }];
    expect(alert(assess(worse), CONFLICT)).toBeUndefined();
    // The vignette itself (a dated lab older than the series) reads the newer value: no conflict to flag.
    expect(alert(assess(record(NEWER)), CONFLICT)).toBeUndefined();
  });

  it("c24-3: the labs and the series disagree across the level on the same day", () => {
    const r = record(NEWER);
    r.labs.creatinine = { value: 0.9, unit: "mg/dL", date: "2026-11-20" };
    const a = assess(r);
    // Review c25-6: the higher of one day's two is read (the cautious reading), and the warning says so.
    expect(alert(a, CONFLICT)?.text).toContain(
      "Creatinine values of one day (2026-11-20) on either side of the IMWG renal level (> 2 mg/dL, > 177 umol/L): 3.1 mg/dL and 0.9 mg/dL",
    );
    expect(alert(a, CONFLICT)?.text).toContain(
      "read 3.1 mg/dL, the higher of the two (the cautious reading)",
    );
    expect(a.kidney.crclCockcroftGault).toBeLessThan(30);
  });

  it("c24-4, c24-6: criterion 4 pairs beta2-microglobulin with that day's creatinine, and never calls dialysis normal", () => {
    const r = record("ndmm-transplant-eligible");
    r.labs.beta2Microglobulin = { value: 6.0, unit: "mg/L", date: "2026-11-01" };
    r.labs.creatinine = { value: 1.5, unit: "mg/dL", date: "2026-11-01" };
    r.series = { ...(r.series ?? {}), creatinine: [{ date: "2026-11-20", value: 1.0, unit: "mg/dL" }] };
    const a = assess(r);
    // Today's kidney reading is the later value; criterion 4 reads the pair of one sample (1.5: not normal).
    expect(a.kidney.creatinineDate).toBe("2026-11-20");
    expect(a.risk.cytogenetic.findings ?? []).not.toContainEqual(
      expect.stringContaining("beta2-microglobulin"),
    );
    const same = structuredClone(r);
    same.labs.creatinine = { value: 1.0, unit: "mg/dL", date: "2026-11-01" };
    expect(assess(same).risk.cytogenetic.findings).toContainEqual(
      expect.stringContaining("beta2-microglobulin 6"),
    );
    const dialysis = structuredClone(same);
    dialysis.conditions = { ...(dialysis.conditions ?? {}), renalFailureOnDialysis: true };
    expect(assess(dialysis).risk.cytogenetic.findings ?? []).not.toContainEqual(
      expect.stringContaining("beta2-microglobulin"),
    );
    // A treated record on dialysis today: criterion 4 reads the values at diagnosis, which today's dialysis does
    // not tell; without them it stays unknown and asks for them (never settled from today).
    const treated = assess(record("review-c14-dialysis-flc-rise-progression-not-recorded"));
    expect(treated.missingData.map((m) => m.field)).toContain("series.beta2Microglobulin");
  });

  it("c24-7, c24-8: the AL rules read the latest dFLC's date, and the VGPR rule after 4 cycles is said too", () => {
    // The latest dFLC from day 15 of the line: too early for the rule, whatever today's date.
    const stale = record(BELOW_PR);
    stale.series.involvedFreeLightChain = stale.series.involvedFreeLightChain.slice(0, 1);
    stale.series.uninvolvedFreeLightChain = stale.series.uninvolvedFreeLightChain.slice(0, 1);
    stale.series.involvedFreeLightChain.push({ date: "2026-08-20", value: 190, unit: "mg/L" });
    stale.series.uninvolvedFreeLightChain.push({ date: "2026-08-20", value: 10, unit: "mg/L" });
    stale.labs.involvedFreeLightChain = { value: 190, unit: "mg/L", date: "2026-08-20" };
    stale.labs.uninvolvedFreeLightChain = { value: 10, unit: "mg/L", date: "2026-08-20" };
    expect(alert(assess(stale), AL_BELOW_PR)).toBeUndefined();
    // A partial response (dFLC 263 -> 100 mg/L) 17 weeks in: below VGPR, the second rule.
    const pr = record(BELOW_PR);
    pr.asOf = "2026-12-05";
    pr.series.involvedFreeLightChain.push({ date: "2026-12-01", value: 110, unit: "mg/L" });
    pr.series.uninvolvedFreeLightChain.push({ date: "2026-12-01", value: 10, unit: "mg/L" });
    pr.labs.involvedFreeLightChain = { value: 110, unit: "mg/L", date: "2026-12-01" };
    pr.labs.uninvolvedFreeLightChain = { value: 10, unit: "mg/L", date: "2026-12-01" };
    const a = assess(pr);
    expect(a.response.alHaematologic?.grade).toBe("PR");
    const x = alert(a, "alert.al.below-vgpr-on-line");
    expect(x?.text).toContain("haematologic partial response, not VGPR");
    expect(x?.text).toContain("discuss a change of therapy if 4 or more have been given");
    // The same partial response at week 8 is not below the rule yet.
    const early = record(BELOW_PR);
    early.series.involvedFreeLightChain[2].value = 110;
    early.labs.involvedFreeLightChain.value = 110;
    expect(alert(assess(early), "alert.al.below-vgpr-on-line")).toBeUndefined();
  });
});

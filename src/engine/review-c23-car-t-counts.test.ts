/** Review c23-11: neutropenia after a BCMA CAR-T infusion was not read. Vignette
 * `review-c23-cilta-cel-month-6-neutropenia` (the reviewer's record): complete response six months after
 * cilta-cel, neutrophils 0.9 x10^9/L, platelets 60, IgG 250 mg/dL. Treatments.md 5c, "Bispecific / CAR-T
 * toxicity and prophylaxis rules": G-CSF for grade >= 3 neutropenia outside the CRS window, fungal prophylaxis
 * if neutropenic, consider levofloxacin during neutropenia (bispecific-infection-consensus-2023). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

type Rec = {
  labs: Record<string, unknown>;
  series?: Record<string, unknown>;
  treatmentHistory: Record<string, unknown>[];
};
const read = (): Rec =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, "../../examples/vignettes/review-c23-cilta-cel-month-6-neutropenia.json"),
      "utf8",
    ),
  );
const ALERT = "alert.car-t.neutropenia-grade-3";
const NO_COUNT = "alert.car-t.no-count-since-infusion";
const alertIds = (r: Rec) => assess(r).alerts.map((a) => a.id);

describe("neutropenia after a BCMA CAR-T infusion (review c23-11)", () => {
  it("ANC 0.9 x10^9/L six months after cilta-cel: G-CSF, fungal and levofloxacin prophylaxis are said, marked unverified", () => {
    const a = assess(read());
    const alert = a.alerts.find((x) => x.id === ALERT);
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toContain("G-CSF outside the CRS window");
    expect(alert?.text).toContain("fungal prophylaxis while neutropenic");
    expect(alert?.verified).toBe(false);
  });

  it("ANC 1.2 or not recorded: no such alert (an unknown count is not called low)", () => {
    const r = read();
    r.labs.neutrophils = { value: 1.2, unit: "10^9/L" };
    expect(alertIds(r)).not.toContain(ALERT);
    expect(alertIds(r)).not.toContain(NO_COUNT);
    delete r.labs.neutrophils;
    expect(alertIds(r)).not.toContain(ALERT);
  });

  it("a line after the CAR-T (teclistamab now): the bispecific's own neutropenia warning, not this one", () => {
    const r = read();
    r.treatmentHistory.at(-1)!.progressedOn = true;
    r.treatmentHistory.at(-1)!.progressionDate = "2026-10-15";
    r.treatmentHistory.push({ regimen: "Talquetamab", drugs: ["talquetamab"], start: "2026-10-25" });
    const ids = alertIds(r);
    expect(ids).not.toContain(ALERT);
    expect(ids).toContain("class.t-cell-redirection.neutropenia-grade-3");
  });
});

/** Review c26-8 (the reviewer's q08): cilta-cel infused on 2026-05-30 (the vignette's date), the only neutrophil
 * count 0.8 x10^9/L dated before it. The alert said "below 1.0 after the BCMA CAR-T infusion" of a count taken
 * before it; a count of the infusion day may be the pre-infusion one. Now: the neutropenia rules read a count
 * since the infusion, and without one the record is asked for it (never read as normal). */
describe("the neutrophil count after a BCMA CAR-T infusion is one taken since it (review c26-8)", () => {
  const withAnc = (value: number, date?: string): Rec => {
    const r = read();
    r.labs.neutrophils = { value, unit: "10^9/L", ...(date ? { date } : {}) };
    return r;
  };

  it("a count from before the infusion or of its day: no grade 3 alert, and a warning asks for a count since", () => {
    for (const date of ["2026-05-20", "2026-05-30"]) {
      const a = assess(withAnc(0.8, date));
      const ids = a.alerts.map((x) => x.id);
      expect(ids, date).not.toContain(ALERT);
      const ask = a.alerts.find((x) => x.id === NO_COUNT);
      expect(ask?.severity, date).toBe("warning");
      expect(ask?.text).toContain("Record a current blood count");
      expect(ask?.citations).toContain("bispecific-infection-consensus-2023");
    }
  });

  it("a count of the day after the infusion, or undated (today's), is read: the grade 3 alert, no request", () => {
    for (const date of ["2026-05-31", undefined]) {
      const ids = alertIds(withAnc(0.8, date));
      expect(ids, String(date)).toContain(ALERT);
      expect(ids, String(date)).not.toContain(NO_COUNT);
    }
  });

  it("no count at all after the infusion: the record is asked for one (missing is not normal)", () => {
    const r = read();
    delete r.labs.neutrophils;
    expect(alertIds(r)).toContain(NO_COUNT);
  });

  it("the series holds a count since the infusion beside the labs' older one: that count is read", () => {
    const r = withAnc(2.5, "2026-05-20");
    r.series = { neutrophils: [{ date: "2026-11-20", value: 0.7, unit: "10^9/L" }] };
    const ids = alertIds(r);
    expect(ids).toContain(ALERT);
    expect(ids).not.toContain(NO_COUNT);
  });

  it("a later line given after the CAR-T: neither CAR-T count alert (the line's own rules speak)", () => {
    const r = withAnc(0.8, "2026-05-20");
    r.treatmentHistory.at(-1)!.progressedOn = true;
    r.treatmentHistory.at(-1)!.progressionDate = "2026-10-15";
    r.treatmentHistory.push({ regimen: "Talquetamab", drugs: ["talquetamab"], start: "2026-10-25" });
    const ids = alertIds(r);
    expect(ids).not.toContain(ALERT);
    expect(ids).not.toContain(NO_COUNT);
  });
});

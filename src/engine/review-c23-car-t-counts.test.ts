/** Review c23-11: neutropenia after a BCMA CAR-T infusion was not read. Vignette
 * `review-c23-cilta-cel-month-6-neutropenia` (the reviewer's record): complete response six months after
 * cilta-cel, neutrophils 0.9 x10^9/L, platelets 60, IgG 250 mg/dL. Treatments.md 5c, "Bispecific / CAR-T
 * toxicity and prophylaxis rules": G-CSF for grade >= 3 neutropenia outside the CRS window, fungal prophylaxis
 * if neutropenic, consider levofloxacin during neutropenia (bispecific-infection-consensus-2023). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

type Rec = { labs: Record<string, unknown>; treatmentHistory: Record<string, unknown>[] };
const read = (): Rec =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, "../../examples/vignettes/review-c23-cilta-cel-month-6-neutropenia.json"),
      "utf8",
    ),
  );
const ALERT = "alert.car-t.neutropenia-grade-3";
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

/** Review c79-m5 (report /work/review79/review.md, records r7920, r7914, r7917): the ISS family is staged at diagnosis
 * (criteria-and-scores.md 3), and so are the Mayo AL stages (criteria-and-scores.md 5). On a treated record the handout
 * and the full patient summary said "Your myeloma is stage 3 out of 3" beside a complete response; at relapse they
 * already said "When your myeloma was first found, it was stage ...". Once the disease has been treated the stage is
 * said in the past tense (EN, ES); untreated, it is said as now. Failing before the `past` words. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { readVignette } from "../testing/example-records.js";
import { buildHandout, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const handout = (a: ReturnType<typeof assess>, w = EN) =>
  handoutLines(buildHandout(a, w)).join(" ").replace(/\s+/g, " ");
const full = (a: ReturnType<typeof assess>, w = EN) =>
  renderPatientSummary(a, "text", w).replace(/\s+/g, " ");

describe("c79-m5: the stage at diagnosis, said in the past once treated", () => {
  // Dara-VCd at week 2 for light-chain myeloma with cast nephropathy; its R-ISS from values before the first dose.
  const treated = assess(readVignette("review-c14-lcmm-cast-nephropathy-dara-vcd"));

  it("a treated record: 'When your myeloma was first found, it was stage ...' (EN, ES), never 'is stage'", () => {
    expect(treated.diagnosis.treated).toBe(true);
    for (const t of [handout(treated), full(treated)]) {
      expect(t).toMatch(/When your myeloma was first found, it was stage [123] out of 3 on the /);
      expect(t).not.toMatch(/Your myeloma is stage/);
    }
    for (const t of [handout(treated, ES), full(treated, ES)]) {
      expect(t).toMatch(/Cuando se descubrió su mieloma, estaba en el estadio [123] de 3 en la /);
      expect(t).not.toMatch(/Su mieloma está en el estadio/);
    }
  });

  it("an untreated record keeps the present tense (controls, EN and ES)", () => {
    const al = assess(readVignette("al-amyloidosis-stage-iiib"));
    expect(al.diagnosis.treated).toBe(false);
    expect(handout(al)).toMatch(/Your AL amyloidosis is stage /);
    const mm = assess(readVignette("dialysis-cast-nephropathy-bone-agents"));
    expect(mm.diagnosis.treated).toBe(false);
    expect(handout(mm)).toMatch(/Your myeloma is stage [123] out of 3 on the /);
    expect(handout(mm, ES)).toMatch(/Su mieloma está en el estadio [123] de 3 en la /);
    expect(handout(mm)).not.toMatch(/was first found/);
  });

  it("AL amyloidosis staged from values before the first treatment, then treated: the past tense (EN, ES)", () => {
    // The untreated AL vignette with its values dated a week before Dara-CyBorD began.
    const rec = readVignette("al-amyloidosis-stage-iiib") as Record<string, unknown>;
    for (const v of Object.values(rec.labs as Record<string, unknown>))
      if (v && typeof v === "object" && "value" in v) (v as { date?: string }).date = "2026-10-01";
    rec.treatmentHistory = [
      {
        regimen: "Dara-CyBorD",
        drugs: ["daratumumab", "cyclophosphamide", "bortezomib", "dexamethasone"],
        start: "2026-10-08",
      },
    ];
    const a = assess(rec);
    expect(a.diagnosis.treated).toBe(true);
    expect(handout(a)).toMatch(/When your AL amyloidosis was first found, it was stage /);
    expect(handout(a)).not.toMatch(/Your AL amyloidosis is stage/);
    expect(handout(a, ES)).toMatch(/Cuando se descubrió su amiloidosis AL, estaba en el estadio /);
  });
});

/** Review c8 (AL amyloidosis, /work/vig-c8/REVIEW.md "08 AL response and stage", "09 typed AL held back",
 * handout "Next: Stem cell transplant" unconditional in 08). Vignettes:
 * examples/vignettes/al-typed-marrow-6-no-imaging-low-dflc.json (review-c8-09) and
 * examples/vignettes/al-cardiac-renal-on-dara-cybord-cycle-4.json (review-c8-08). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const dir = new URL("../../examples/vignettes/", import.meta.url);
const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as Record<string, unknown>);
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("AL confirmed by typing with marrow below 10% and no imaging (review-c8-09)", () => {
  // criteria-and-scores.md 1.1 A: myeloma needs clonal marrow plasma cells >=10% or a biopsy-proven
  // plasmacytoma. With 6% and no biopsy, imaging alone cannot make this myeloma, so AL (1.5) is the category.
  const a = vignette("al-typed-marrow-6-no-imaging-low-dflc");

  it("reads AL amyloidosis, not indeterminate pending imaging", () => {
    expect(a.diagnosis.category).toBe("al-amyloidosis");
    const summary = flat(renderClinicianSummary(a, "text"));
    expect(summary).not.toMatch(/decide the category/i);
    expect(summary).toMatch(/Disease state: Systemic AL amyloidosis/);
  });

  it("keeps D-VCd at its normal strength, with no 'not confirmed' caution", () => {
    expect(opt(a, "al.d-vcd").strength).toBe("preferred");
    expect(opt(a, "al.d-vcd").cautions.join(" ")).not.toMatch(/not confirmed/);
  });

  it("the handout (en, es) does not say the tests give no clear answer", () => {
    expect(flat(renderHandout(a, "text", EN))).not.toMatch(/do not give a clear answer/);
    expect(flat(renderHandout(a, "text", ES))).not.toMatch(/no dan una respuesta clara/);
  });
});

describe("AL stage rests on the values before the first treatment (review-c8-08)", () => {
  // criteria-and-scores.md 5.1-5.2: staging at diagnosis. The record's series holds 2026-08-01 values,
  // before Dara-CyBorD began on 2026-08-05: NT-proBNP 4100 pg/mL, cTnT 0.05 ng/mL, dFLC 275 - 12 = 263 mg/L.
  const raw = JSON.parse(
    readFileSync(new URL("al-cardiac-renal-on-dara-cybord-cycle-4.json", dir), "utf8"),
  ) as Record<string, unknown>;
  const a = assess(raw);

  it("stages Mayo 2012 IV and Mayo 2004 IIIa from the pre-treatment values, and says the date", () => {
    expect(a.risk.alMayo2012.stage).toBe(4);
    expect(a.risk.alMayo2004.stage).toBe("IIIa");
    const summary = flat(renderClinicianSummary(a, "text"));
    expect(summary).toMatch(/Mayo 2012 stage IV/);
    expect(summary).toMatch(
      /Mayo 2012: stage IV \(3 points\)[^.]*values of 2026-08-01, before the first treatment/,
    );
  });

  it("says when only on-treatment values exist", () => {
    const { series: _series, ...noSeries } = raw;
    const b = assess(noSeries);
    expect(b.risk.alMayo2012.stage).toBe(3);
    const summary = flat(renderClinicianSummary(b, "text"));
    expect(summary).toMatch(/Mayo 2012: stage III \(2 points\)[^.]*on-treatment values only/);
  });

  it("an untreated record is staged from today's values, with no such note", () => {
    const c = vignette("al-typed-marrow-6-no-imaging-low-dflc");
    expect(c.risk.alMayo2012.stage).toBe(1);
    expect(flat(renderClinicianSummary(c, "text"))).not.toMatch(
      /on-treatment values only|before the first treatment/,
    );
  });
});

describe("the AL transplant step carries its condition in the handout (review-c8-08)", () => {
  // The clinician plan says "Autologous stem cell transplant, if the gates are met" (treatments.md 6, ASCT
  // eligibility in AL); the patient words said "Next: Stem cell transplant." with no condition.
  const a = vignette("al-cardiac-renal-on-dara-cybord-cycle-4");

  it("English and Spanish say the transplant only if the checks show it is safe", () => {
    const en = flat(renderHandout(a, "text", EN));
    expect(en).not.toMatch(/Next: Stem cell transplant\./);
    expect(en).toContain(`Next: ${EN.phase.transplant.step} – ${EN.marks.ifTransplantChecks}.`);
    expect(en).toContain(`Stem cell transplant after high-dose melphalan * – ${EN.marks.ifTransplantChecks}`);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain(`${ES.phase.transplant.step} – ${ES.marks.ifTransplantChecks}.`);
  });
});

describe("AL haematologic response by the AL criteria (review-c8-08, -09)", () => {
  // treatments.md 6, Cautions in AL (palladini-2012-jco, UNVERIFIED in the reference): CR = negative serum
  // and urine immunofixation and a normal FLC ratio; VGPR = dFLC < 40 mg/L; PR = dFLC fall > 50%. Vignette
  // 08: baseline dFLC 275 - 12 = 263 mg/L on 2026-08-01 (before Dara-CyBorD on 2026-08-05), latest 38 - 8 =
  // 30 mg/L: VGPR, which the myeloma criteria graded PR.
  const a = vignette("al-cardiac-renal-on-dara-cybord-cycle-4");

  it("grades VGPR, names the AL criteria and their UNVERIFIED status in the clinician summary", () => {
    expect(a.response.current).toBe("VGPR");
    const summary = flat(renderClinicianSummary(a, "text"));
    expect(summary).toMatch(/Current response \(AL haematologic, Palladini 2012\): VGPR \[UNVERIFIED\]/);
    expect(summary).toMatch(/baseline dFLC 263 mg\/L on 2026-08-01/);
    expect(summary).not.toMatch(/Current response \(IMWG 2016\)/);
  });

  it("the handout (en, es) gives the AL grade and says it is still being checked", () => {
    const en = flat(renderHandout(a, "text", EN));
    expect(en).toContain(EN.response.good(EN.responseName.VGPR.name));
    expect(en).toContain(EN.summary.alResponseUnverified);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain(ES.response.good(ES.responseName.VGPR.name));
    expect(es).toContain(ES.summary.alResponseUnverified);
  });

  it("a baseline dFLC below 50 mg/L is not evaluable by dFLC (vignette 09: 48 - 12 = 36 mg/L)", () => {
    const b = vignette("al-typed-marrow-6-no-imaging-low-dflc");
    expect(flat(renderClinicianSummary(b, "text"))).toMatch(
      /Haematologic response by dFLC: not evaluable \(dFLC 36 mg\/L < 50 mg\/L\)/,
    );
  });
});

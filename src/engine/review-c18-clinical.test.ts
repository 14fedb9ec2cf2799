/** Review c18 (stop 25), the findings a clinical review called misleading, each against the clinical
 * reference:
 * - M2: AL on dialysis with NT-proBNP 12,000 pg/mL: the transplant card said "Hard gates met: ... NT-proBNP
 *   <=5000" (the gate is waived on dialysis, not met; Gertz 2013, treatments.md 6), and nothing said that
 *   kidney failure raises NT-proBNP, which makes the stage IIIb that keeps D-VCd off the list
 *   (criteria-and-scores 5.2).
 * - M4: AL on D-VCd: the "continue the line" card said to assess the response by the IMWG 2016 myeloma
 *   criteria; AL's response is haematologic (treatments.md 6, "Cautions in AL").
 * - M7: a solitary plasmacytoma during its radiotherapy had five follow-up tests "due now" beside "follow-up
 *   every 3-6 months after it ends" (treatments.md 1, NCCN); after the radiotherapy the interval ran from a
 *   result taken before it.
 * - M9: a bone plasmacytoma with a fracture, three weeks into radiotherapy: "Surgery ..., then
 *   radiotherapy" with nothing saying the radiotherapy is under way (treatments.md 1, Surgery row). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import type { Assessment, AssessmentOption } from "./assessment.js";

type Rec = Record<string, unknown>;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")) as Rec;
const option = (a: Assessment, id: string): AssessmentOption => {
  const o = a.options.find((x) => x.id === id);
  if (!o) throw new Error(`${id} not listed: ${a.options.map((x) => x.id).join(", ")}`);
  return o;
};

/** The c18 AL vignette as a 58-year-old on dialysis, fit, no heart failure, NT-proBNP 12,000 and troponin T
 * 0.05 ng/mL: stage IIIb by the European modification, under both transplant gates but NT-proBNP. */
const alOnDialysis = (): Rec => {
  const r = read("review-c18-al-80-frail-no-troponin");
  return {
    ...r,
    patient: { ...(r.patient as Rec), age: 58 },
    labs: {
      ...(r.labs as Rec),
      creatinine: { value: 6.5, unit: "mg/dL" },
      ntProBnp: { value: 12000, unit: "pg/mL" },
      troponinT: { value: 0.05, unit: "ng/mL", method: "conventional" },
    },
    conditions: { renalFailureOnDialysis: true, heartFailure: false, amyloidOrgans: ["kidney", "heart"] },
    fitness: { ecog: 1, adl: 6, iadl: 8, charlson: 2 },
  };
};

describe("c18 M2: AL on dialysis, NT-proBNP 12,000", () => {
  const a = assess(alOnDialysis());

  it("the transplant card says the NT-proBNP gate is waived on dialysis, not met", () => {
    expect(a.risk.alMayo2004.stage).toBe("IIIb");
    const asct = option(a, "al.asct");
    expect(asct.clinicianText).not.toContain("gates met");
    expect(asct.cautions).toContain(
      "On dialysis: the NT-proBNP gate (<=5000 pg/mL) does not apply, so it is waived here, not met; NT-proBNP is raised by renal failure, so it does not measure the heart alone (NT-proBNP: 12000 pg/mL)",
    );
  });

  it("the stage IIIb trial card says kidney failure raises NT-proBNP; off dialysis with normal kidneys it does not", () => {
    const trial = option(a, "al.stage-iiib.trial");
    expect(trial.cautions.some((c) => c.startsWith("Kidney failure raises NT-proBNP"))).toBe(true);
    const off = alOnDialysis();
    const kidneysWell = assess({
      ...off,
      labs: { ...(off.labs as Rec), creatinine: { value: 0.9, unit: "mg/dL" } },
      conditions: { renalFailureOnDialysis: false, heartFailure: false, amyloidOrgans: ["heart"] },
    });
    const t = option(kidneysWell, "al.stage-iiib.trial");
    expect(t.cautions.some((c) => c.startsWith("Kidney failure raises NT-proBNP"))).toBe(false);
  });
});

describe("c18 M4: the line being given in AL is assessed by AL's haematologic response", () => {
  it("AL: the card names the haematologic response and the 2- and 4-cycle rule; myeloma: no AL words", () => {
    const al = option(assess(read("review-c14-al-cardiac-progression")), "pathway.continue-current-line");
    const words = al.cautions.join(" ");
    expect(words).toContain("AL amyloidosis: the IMWG 2016 myeloma criteria do not apply");
    expect(words).toContain("Change therapy if <PR after 2 cycles or <VGPR after 4");
    expect(al.verified).toBe(false);
    const mm = option(assess(read("pathway-te-dvrd-week-3")), "pathway.continue-current-line");
    expect(mm.clinicianText).toContain("in myeloma by the IMWG 2016 criteria");
    expect(mm.cautions.join(" ")).not.toContain("AL amyloidosis");
  });
});

describe("c18 M7: a plasmacytoma's follow-up comes after its radiotherapy", () => {
  it("during the radiotherapy nothing of the follow-up is due, and the plan says when it starts", () => {
    const a = assess(read("review-c17-plasmacytoma-radiotherapy-week-3"));
    expect(a.monitoring.items).toEqual([]);
    expect(a.monitoring.nextDue).toBeNull();
    expect(a.monitoring.plan).toContain("on definitive radiotherapy (from 2026-11-11)");
    expect(a.monitoring.plan).toContain("starts after the course ends");
    expect(a.alerts.filter((x) => x.id.startsWith("monitoring."))).toEqual([]);
  });

  it("after it, a result from before the radiotherapy does not set the interval: the end of the course does", () => {
    const r = read("sp-bone-after-radiotherapy"); // radiotherapy 2026-05-04 to 2026-06-12
    const before = assess({
      ...r,
      series: { hemoglobin: [{ date: "2026-04-01", value: 13, unit: "g/dL" }] },
    });
    const cbc = before.monitoring.items.find((i) => i.test === "CBC");
    expect(cbc).toMatchObject({ lastDone: "2026-04-01", due: "2026-09-12" });
    expect(cbc?.intervalText).toContain("from the end of the radiotherapy (2026-06-12)");
    // A result after the course counts as usual: 3 months after it.
    const after = assess({ ...r, series: { hemoglobin: [{ date: "2026-10-01", value: 13, unit: "g/dL" }] } });
    expect(after.monitoring.items.find((i) => i.test === "CBC")).toMatchObject({ due: "2027-01-01" });
  });
});

describe("c18 M9: a fracture during the radiotherapy", () => {
  it("the surgery card says the radiotherapy is under way; before it, it does not", () => {
    const r = read("review-c17-plasmacytoma-radiotherapy-week-3");
    const withFracture = { ...r, conditions: { ...(r.conditions as Rec), pathologicFracture: true } };
    const surgery = option(assess(withFracture), "sp.bone.surgery");
    expect(surgery.cautions[0]).toContain("Radiotherapy is recorded as under way");
    const untreated = assess({ ...withFracture, treatmentHistory: [] });
    expect(option(untreated, "sp.bone.surgery").cautions.join(" ")).not.toContain("under way");
  });
});

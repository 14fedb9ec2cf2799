/** Review c14 finding 1 (HARM): high-risk smouldering myeloma on lenalidomide (E3A06, setting
 * "smoldering-myeloma", no end date), M-protein nadir 1.7 then 1.9, 2.1, 2.4 g/dL, Hb now 9.7 g/dL: today's
 * values meet active myeloma (examples/vignettes/review-c14-smm-on-lenalidomide-now-active.json). The tool
 * said "lenalidomide-refractory: no" (a regimen still given with no progression recorded) and offered
 * D-VRd, DRd, VRd and lenalidomide maintenance with no word. Active myeloma found while the SMM therapy is
 * still given means the disease may have progressed on it (IMWG 2011: refractory = progression on it or
 * within 60 days): not known, never "no", and every option with the drug says so until the outcome is
 * recorded. Not decided as refractory either: the anaemia may be the drug's (criteria-and-scores 1.1:
 * CRAB "attributable to the plasma-cell disorder"). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { assess } from "./assess.js";

type R = Record<string, unknown>;
const record = (name: string): R =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const SMM_NOW_ACTIVE = "review-c14-smm-on-lenalidomide-now-active";
const SAYS =
  /given for smouldering myeloma is still taken, and the record does not say whether the disease progressed on it: it may be refractory to lenalidomide/;

describe("c14-1: active myeloma found while lenalidomide for smouldering myeloma is still taken", () => {
  it("lenalidomide refractoriness is not known (never 'no'), and the entry's outcome is asked for", () => {
    const a = assess(record(SMM_NOW_ACTIVE));
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.linesOfTherapy.lenalidomideRefractory).toBeNull();
    expect(a.linesOfTherapy.smmTherapyOutcomeUnknown).toBe(true);
    expect(a.missingData.map((m) => m.field)).toContain("treatmentHistory.0.progressedOn");
  });

  it("every option with lenalidomide says so (D-VRd, DRd, VRd, lenalidomide maintenance)", () => {
    const a = assess(record(SMM_NOW_ACTIVE));
    const len = a.options.filter((o) => o.regimen?.drugs.includes("lenalidomide"));
    expect(len.map((o) => o.id)).toEqual(
      expect.arrayContaining(["ndmm.tie.drd", "ndmm.vrd", "maint.lenalidomide"]),
    );
    for (const o of len)
      expect(
        o.cautions.some((c) => SAYS.test(c)),
        o.id,
      ).toBe(true);
  });

  it("recorded as progressed on it: refractory, and the refractory review speaks instead", () => {
    const r = record(SMM_NOW_ACTIVE);
    r.treatmentHistory = (r.treatmentHistory as R[]).map((t) => ({
      ...t,
      progressedOn: true,
      progressionDate: "2026-08-24",
    }));
    const a = assess(r);
    expect(a.linesOfTherapy.lenalidomideRefractory).toBe(true);
    expect(a.options.some((o) => o.cautions.some((c) => SAYS.test(c)))).toBe(false);
  });

  it("controls: smouldering myeloma still on lenalidomide, and AQUILA progression recorded, say nothing of it", () => {
    for (const name of [
      "handout-smm-woman-32-lenalidomide",
      "smm-aquila-daratumumab-progressed-to-myeloma",
    ]) {
      const a = assess(record(name));
      expect(a.linesOfTherapy.smmTherapyOutcomeUnknown, name).toBe(false);
      expect(
        a.options.some((o) => o.cautions.some((c) => /given for smouldering myeloma is still taken/.test(c))),
        name,
      ).toBe(false);
    }
  });
});

/** Review c14 finding 4: six weeks after ASCT, del(17p) + TP53, the entries without progressedOn
 * (examples/vignettes/review-c14-post-asct-del17p-progression-not-recorded.json): the unknown lenalidomide
 * refractoriness hid D-R maintenance and the PI-added maintenance for high risk, and kept R maintenance
 * ("Not known: lenalidomide-refractory"). Not settled from "Progression: no": the response reads the values
 * measured, the 60 days after the last dose had none, and the transplant inside them can hide a rise
 * (treatments.md 5): the options are shown with the unknown named, as R maintenance is. */
describe("c14-4: maintenance options after ASCT with the outcome of the induction not recorded", () => {
  const POST_ASCT = "review-c14-post-asct-del17p-progression-not-recorded";
  it("D-R and the PI-added maintenance are shown beside R maintenance, each naming the unknown", () => {
    // The induction ended 55 days before the last values (review c33-M3: 60 days or more of values with no
    // progression after it would tell; here they do not).
    const r = record(POST_ASCT) as R & { treatmentHistory: { end: string }[] };
    r.treatmentHistory[0]!.end = "2026-10-01";
    const a = assess(r);
    for (const id of ["maint.lenalidomide", "maint.dara-lenalidomide", "maint.pi-high-risk"]) {
      const o = a.options.find((x) => x.id === id);
      expect(o, id).toBeDefined();
      expect(o?.cautions.join(" "), id).toMatch(/Not known: lenalidomide-refractory/);
    }
  });

  it("values with no progression 89 days after the induction ended: not refractory, nothing unknown", () => {
    const a = assess(record(POST_ASCT));
    for (const id of ["maint.lenalidomide", "maint.dara-lenalidomide", "maint.pi-high-risk"]) {
      const o = a.options.find((x) => x.id === id);
      expect(o, id).toBeDefined();
      expect(o?.cautions.join(" "), id).not.toMatch(/Not known: lenalidomide-refractory/);
    }
  });

  it("control: with the cytogenetics not known, no PI-added maintenance for high risk", () => {
    const r = { ...record(POST_ASCT) };
    delete r.cytogenetics;
    expect(assess(r).options.map((o) => o.id)).not.toContain("maint.pi-high-risk");
  });
});

describe("c14-1: the clinician's lines of therapy while SMM therapy is taken", () => {
  it("never 'off therapy now' while the lenalidomide for smouldering myeloma is still taken", () => {
    const text = renderClinicianSummary(assess(record(SMM_NOW_ACTIVE)), "text").replace(/\s+/g, " ");
    expect(text).toContain(
      "Lenalidomide (E3A06) being taken now for smouldering myeloma (not a line of myeloma therapy)",
    );
    expect(text).not.toContain("off therapy now");
  });
});

/** Review c14 (the lead's vignettes): blood counts could not be recorded, so two verified rules of the
 * reference could never be shown.
 * 1. Six weeks after a Mel200 ASCT, lenalidomide maintenance the next step (examples/vignettes/
 *    review-c14-6-weeks-after-asct-anc-low.json; ANC 800/uL on 2026-11-28): the record was refused
 *    ("neutrophils" is not a field of labs) and the card said nothing of the counts. treatments.md 3d
 *    (label, verified): "start after count recovery (ANC >=1000/uL and/or plt >=75,000/uL)". The card now
 *    says so when the counts since the transplant are below, and names the counts as missing while they
 *    are not recorded since it.
 * 2. On teclistamab with neutrophils of 0.4 x10^9/L (review-c14-teclistamab-anc-0-4.json): treatments.md 5c
 *    (bispecific-infection-consensus-2023, verified): "withhold bispecific if ANC <0.5x10^9/L"; "G-CSF for
 *    grade >=3 (outside the CRS window)"; "fungal prophylaxis if neutropenic ...; consider levofloxacin during
 *    neutropenia". The handout said "Keep going with your current treatment: teclistamab". The grade 3 cut
 *    (ANC < 1.0 x10^9/L) is CTCAE v5.0's, not the reference's: looked up, and shown as UNVERIFIED. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import { MmnavError } from "../model/errors.js";
import type { PatientRecord } from "../model/record.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import type { Assessment, AssessmentOption } from "./assessment.js";
import { assessCompact } from "./compact.js";

type R = Record<string, unknown>;
const record = (name: string): R =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const AFTER_ASCT = "review-c14-6-weeks-after-asct-anc-low";
const ON_TECLISTAMAB = "review-c14-teclistamab-anc-0-4";
const flat = (s: string) => s.replace(/\s+/g, " ");
const withLabs = (r: R, labs: R): R => ({ ...r, labs: { ...(r.labs as R), ...labs } });
const withoutCounts = (r: R): R => {
  const { neutrophils: _n, platelets: _p, ...labs } = r.labs as R;
  return { ...r, labs };
};
const COUNT_RULE = "Lenalidomide maintenance, blood counts:";
const maintenance = (a: Assessment): AssessmentOption => {
  const o = a.options.find((x) => x.id === "maint.lenalidomide");
  if (!o) throw new Error("no lenalidomide maintenance option");
  return o;
};
const countCaution = (a: Assessment) => maintenance(a).cautions.find((c) => c.startsWith(COUNT_RULE));

describe("c14-1: lenalidomide maintenance after a transplant starts after count recovery", () => {
  it("ANC 800/uL six weeks after the transplant: the card says the counts do not show recovery", () => {
    const a = assess(record(AFTER_ASCT));
    expect(a.phase?.code).toBe("post-transplant");
    const c = countCaution(a);
    expect(c).toContain("ANC >=1000/uL and/or platelets >=75,000/uL");
    expect(c).toContain("do not show that recovery");
    expect(c).not.toContain("Not known");
    expect(maintenance(a).citations).toContain("myeloma-drug-labels");
  });

  it("the counts not recorded: the card names them, and so does missingData", () => {
    const a = assess(withoutCounts(record(AFTER_ASCT)));
    expect(countCaution(a)).toMatch(/Not known: .*labs\.neutrophils, labs\.platelets/);
    const missing = a.missingData.map((m) => m.field);
    expect(missing).toEqual(expect.arrayContaining(["labs.neutrophils", "labs.platelets"]));
    // The compact view (a registry screen) names them too.
    expect(assessCompact(withoutCounts(record(AFTER_ASCT))).missing).toContain("labs.neutrophils");
  });

  it("counts taken before the transplant tell nothing of recovery from it", () => {
    const r = withLabs(record(AFTER_ASCT), {
      neutrophils: { value: 3.1, unit: "10^9/L", date: "2026-09-30" },
      platelets: { value: 240, unit: "10^9/L", date: "2026-09-30" },
    });
    expect(countCaution(assess(r))).toContain("Not known");
  });

  it("ANC exactly 1.0 x10^9/L and platelets 120 (recovered, the label's number counts): no caution", () => {
    const r = withLabs(record(AFTER_ASCT), {
      neutrophils: { value: 1.0, unit: "10*9/L", date: "2026-11-28" },
    });
    const a = assess(r);
    expect(countCaution(a)).toBeUndefined();
    expect(a.missingData.map((m) => m.field)).not.toContain("labs.neutrophils");
  });

  it("platelets 60 x10^9/L with a normal ANC: not recovered either", () => {
    const r = withLabs(record(AFTER_ASCT), {
      neutrophils: { value: 2.2, unit: "10^9/L", date: "2026-11-28" },
      platelets: { value: 60, unit: "K/uL", date: "2026-11-28" },
    });
    expect(countCaution(assess(r))).toContain("do not show that recovery");
  });

  it("once on maintenance, the start rule is not repeated", () => {
    const r = record(AFTER_ASCT);
    r.treatmentHistory = [
      ...(r.treatmentHistory as R[]),
      {
        regimen: "R maintenance",
        drugs: ["lenalidomide"],
        start: "2026-11-25",
        phase: "maintenance",
        plannedWithPrevious: true,
        setting: "multiple-myeloma",
      },
    ];
    const a = assess(r);
    expect(a.phase?.code).toBe("maintenance");
    for (const o of a.options)
      expect(
        o.cautions.some((c) => c.startsWith(COUNT_RULE)),
        o.id,
      ).toBe(false);
  });
});

describe("c14-2: neutropenia on a bispecific antibody", () => {
  it("ANC 0.4 x10^9/L on teclistamab: hold it until recovery (warning), with the grade 3-4 measures", () => {
    const a = assess(record(ON_TECLISTAMAB));
    const hold = a.alerts.find((x) => x.id === "class.bispecific.anc-below-0.5");
    expect(hold?.severity).toBe("warning");
    expect(hold?.text).toContain("withhold the bispecific antibody until they recover");
    expect(hold?.citations).toContain("bispecific-infection-consensus-2023");
    expect(hold?.verified).toBe(true);
    const grade = a.alerts.find((x) => x.id === "class.t-cell-redirection.neutropenia-grade-3");
    expect(grade?.text).toMatch(/G-CSF outside the CRS window; fungal prophylaxis while neutropenic/);
    // The grade cut-point is looked up (CTCAE v5.0), not in the reference: unverified on every surface.
    expect(grade?.verified).toBe(false);
    expect(grade?.citations).toContain("ctcae-v5");
    const text = flat(renderClinicianSummary(a, "text"));
    expect(text).toContain("with the teclistamab hold until recovery");
  });

  it("the handout never says 'keep going': it says the team may pause teclistamab, and to call with a fever (EN, ES)", () => {
    const a = assess(record(ON_TECLISTAMAB));
    const en = flat(renderHandout(a, "text"));
    expect(en).not.toContain("keep going with your current treatment");
    expect(en).toContain("your team may pause teclistamab until the count comes back up");
    expect(en).toContain("Call your team at once if you get a fever");
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain("puede pausar el medicamento teclistamab hasta que el recuento vuelva a subir");
  });

  it("ANC 800 cells/uL (grade 3): the G-CSF measures, no hold; 1.6 K/uL: neither", () => {
    const grade3 = assess(
      withLabs(record(ON_TECLISTAMAB), { neutrophils: { value: 800, unit: "cells/uL" } }),
    );
    const ids3 = grade3.alerts.map((x) => x.id);
    expect(ids3).toContain("class.t-cell-redirection.neutropenia-grade-3");
    expect(ids3).not.toContain("class.bispecific.anc-below-0.5");
    const normal = assess(withLabs(record(ON_TECLISTAMAB), { neutrophils: { value: 1.6, unit: "K/uL" } }));
    const idsN = normal.alerts.map((x) => x.id);
    expect(idsN).not.toContain("class.t-cell-redirection.neutropenia-grade-3");
    expect(flat(renderHandout(normal, "text"))).toContain("keep going with your current treatment");
  });

  it("after a CAR-T infusion (day 12), ANC 0.3: the G-CSF measures, never 'withhold the bispecific'", () => {
    const r = withLabs(record("review-c10-cilta-cel-day-12"), {
      neutrophils: { value: 0.3, unit: "10^9/L" },
    });
    const ids = assess(r).alerts.map((x) => x.id);
    // The G-CSF measures are said once, by the CAR-T alert that reads the count since the infusion (review
    // c30-W3: the class rule said them again, "On ciltacabtagene autoleucel now").
    expect(ids).toContain("alert.car-t.neutropenia-grade-3");
    expect(ids).not.toContain("class.t-cell-redirection.neutropenia-grade-3");
    expect(ids).not.toContain("class.bispecific.anc-below-0.5");
  });
});

describe("c14: the blood-count fields of the record", () => {
  it("units: 800 /uL, 0.8 10^3/uL and 0.8 x10^9/L are the same count", () => {
    for (const unit of [
      { value: 800, unit: "/uL" },
      { value: 0.8, unit: "10^3/uL" },
      { value: 0.8, unit: "x10^9/L" },
    ]) {
      const a = assess(withLabs(record(AFTER_ASCT), { neutrophils: { ...unit, date: "2026-11-28" } }));
      expect(countCaution(a), unit.unit).toContain("do not show that recovery");
    }
  });

  it("a count in the wrong unit is refused, naming the field and the likely unit", () => {
    const r = withLabs(record(AFTER_ASCT), { neutrophils: { value: 800, unit: "10^9/L" } });
    let err: unknown;
    try {
      assess(r);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MmnavError);
    const issue = (err as MmnavError).issues.find((i) => i.path === "labs.neutrophils");
    expect(issue?.message).toMatch(/not a plausible value .*was it in .*\/uL/);
  });

  it("the counts survive record -> FHIR Bundle -> record (LOINC 751-8, 777-3)", () => {
    const r = record(AFTER_ASCT);
    const bundle = recordToBundle(r as PatientRecord);
    const codes = JSON.stringify(bundle);
    expect(codes).toContain('"751-8"');
    expect(codes).toContain('"777-3"');
    const back = bundleToRecord(bundle, { asOf: r.asOf as string });
    expect(back.warnings).toEqual([]);
    const labs = back.record.labs as R;
    expect(countCaution(assess(back.record))).toContain("do not show that recovery");
    expect(labs.platelets).toMatchObject({ value: 120, date: "2026-11-28" });
  });
});

describe("c14-13: an approval day the reference leaves unchecked does not mark a verified row UNVERIFIED", () => {
  it("lenalidomide maintenance (3d, Ver. ✔): verified, the regulatory line keeps the day's note", () => {
    const o = maintenance(assess(record(AFTER_ASCT)));
    expect(o.verified).toBe(true);
    expect(o.regulatory.us?.note).toContain("UNVERIFIED");
    const text = flat(renderClinicianSummary(assess(record(AFTER_ASCT)), "text"));
    expect(text).not.toContain("[UNVERIFIED] Lenalidomide maintenance after ASCT");
    expect(text).toContain("US approved 2017-02 (Day UNVERIFIED in the reference)");
  });

  it("DRd (MAIA), whose row the reference marks U (dates), stays UNVERIFIED (control)", () => {
    const a = assess(record("review-c10d-fit-76-tie"));
    const drd = a.options.find((o) => o.id === "ndmm.tie.drd");
    expect(drd?.verified).toBe(false);
  });
});

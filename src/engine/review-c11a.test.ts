/** Review c10 left-overs fixed by c11a, each failing on main be2e49d.
 * 3. (C10-W3) Hypertension before carfilzomib: treatments.md 7b, carfilzomib row: "hypertension (grade >=3
 *    ~5.9%) ... assess BP/volume/cardiac status at baseline" [66][67] (chari-2018-blood-adv,
 *    bringhen-2018-haematologica). The record can say it (conditions.hypertension: none | controlled |
 *    uncontrolled); uncontrolled hypertension is a caution on every carfilzomib option, and a record that does
 *    not say is told "not known". The reference gives no blood-pressure threshold and no strength for it: the
 *    option is not demoted. FHIR: no standard code in criteria-and-scores 10 or condition-field-codes.ts fits
 *    "uncontrolled": carried in the project-local code system, round trip lossless.
 * 5. Anticoagulant brand names (model/drug-names.ts): Pradaxa (dabigatran), Savaysa / Lixiana (edoxaban),
 *    Arixtra (fondaparinux), Innohep (tinzaparin) are read as their generic names, so a record or a FHIR
 *    MedicationStatement naming them is anticoagulation, never a line of myeloma therapy (review c9-F1,
 *    c10b; treatments.md 7c).
 * 7. Low-risk MGUS with a rising M-protein (treatments.md 2a, kyle-2010-leukemia: "SPEP at 6 months; if
 *    stable, every 2-3 years"): a rise is not stable, so the 2-3-year interval is not promised; the reference
 *    gives no interval for a rising value, and the plan says so (mirroring review c10 M5 for SMM: the row's
 *    other interval, 6 months, is kept). The stable control keeps 2 years. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import { genericDrugName } from "../model/drug-names.js";
import type { PatientRecord } from "../model/record.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

type R = Record<string, unknown>;
const record = (name: string): R =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const relapse = (hypertension?: string): R => {
  const r = record("review-c10-first-relapse-len-refractory");
  const conditions = { ...(r.conditions as R) };
  if (hypertension !== undefined) conditions.hypertension = hypertension;
  return { ...r, conditions };
};
const carfilzomibOptions = (a: Assessment) =>
  a.options.filter((o) => o.regimen?.drugs.includes("carfilzomib") === true);
const others = (a: Assessment) =>
  a.options.filter((o) => o.regimen !== null && o.regimen?.drugs.includes("carfilzomib") !== true);

describe("c11a 3: hypertension before carfilzomib (C10-W3)", () => {
  it("the record contract takes conditions.hypertension and refuses a word it does not name", () => {
    for (const v of ["none", "controlled", "uncontrolled", "unknown", null])
      expect(() => assess(relapse(v as string))).not.toThrow();
    expect(() => assess(relapse("high"))).toThrow();
  });

  it("uncontrolled: a caution on every carfilzomib option, citing the reference's sources; not demoted", () => {
    const a = assess(relapse("uncontrolled"));
    const base = assess(relapse("none"));
    const kd = carfilzomibOptions(a);
    expect(kd.length).toBeGreaterThanOrEqual(2);
    for (const o of kd) {
      const c = o.cautions.find((x) => /uncontrolled hypertension/i.test(x));
      expect(c, o.id).toBeDefined();
      expect(c).toMatch(/baseline/);
      expect(o.citations).toContain("chari-2018-blood-adv");
      expect(o.strength).toBe(base.options.find((b) => b.id === o.id)?.strength);
    }
    for (const o of others(a)) expect(o.cautions.join(" "), o.id).not.toMatch(/hypertension: /i);
  });

  it("not recorded: the carfilzomib options say hypertension is not known", () => {
    const a = assess(relapse());
    for (const o of carfilzomibOptions(a))
      expect(o.cautions.join(" "), o.id).toMatch(/hypertension[^.]*: not known/i);
  });

  it("none or controlled: no hypertension caution beyond the label's baseline line", () => {
    for (const v of ["none", "controlled"]) {
      const a = assess(relapse(v));
      for (const o of carfilzomibOptions(a)) {
        expect(o.cautions.join(" "), o.id).not.toMatch(/uncontrolled hypertension/i);
        // Heart failure is not recorded in this vignette: its own caution says "Not known: heart failure" (review c58-M3).
        expect(o.cautions.join(" ").replace(/Not known: heart failure[^.]*\./g, ""), o.id).not.toMatch(
          /not known/i,
        );
      }
    }
  });

  it("FHIR: the field survives record -> Bundle -> record (project-local code, no standard code)", () => {
    const r = relapse("uncontrolled") as unknown as PatientRecord;
    const bundle = recordToBundle(r);
    const json = JSON.stringify(bundle);
    expect(json).toContain("conditions.hypertension");
    const back = bundleToRecord(bundle);
    expect((back.record.conditions as R | undefined)?.hypertension).toBe("uncontrolled");
  });
});

const BRANDS: readonly (readonly [string, string])[] = [
  ["pradaxa", "dabigatran"],
  ["savaysa", "edoxaban"],
  ["lixiana", "edoxaban"],
  ["arixtra", "fondaparinux"],
  ["innohep", "tinzaparin"],
];

describe("c11a 5: anticoagulant brand names", () => {
  it.each(BRANDS)("%s is read as %s", (brand, generic) => {
    expect(genericDrugName(brand)).toBe(generic);
  });

  it.each(BRANDS)("a record naming %s: no line of myeloma therapy, read as anticoagulation now", (brand) => {
    const r = {
      ...record("mgus-low-risk"),
      treatmentHistory: [{ regimen: brand, drugs: [brand], start: "2026-01-10" }],
    };
    const a = assess(r);
    expect(a.phase?.code).toBe("untreated");
    expect(a.alerts.some((x) => x.id === "treatment.not-antimyeloma-entry")).toBe(true);
    expect(a.alerts.some((x) => x.id === "treatment.unknown-drug-entry")).toBe(false);
  });

  it.each(BRANDS)("FHIR: a MedicationStatement of %s is an anticoagulant", (brand) => {
    const bundle = {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: { resourceType: "Patient", id: "p1", gender: "female", birthDate: "1950-05-20" } },
        {
          resource: {
            resourceType: "MedicationStatement",
            id: "a",
            status: "active",
            medicationCodeableConcept: {
              text: `${brand[0]?.toUpperCase()}${brand.slice(1)} (as prescribed)`,
            },
            subject: { reference: "Patient/p1" },
            effectivePeriod: { start: "2025-03-01" },
          },
        },
      ],
    };
    const { warnings } = bundleToRecord(bundle, { asOf: "2026-12-01" });
    expect(
      warnings.some((w) => w.resource === "MedicationStatement/a" && /anticoagulant/.test(w.message)),
    ).toBe(true);
    expect(warnings.some((w) => /not a myeloma therapy the navigator knows/.test(w.message))).toBe(false);
  });
});

describe("c11a 7: low-risk MGUS with a rising M-protein", () => {
  const rising = record("review-c11a-mgus-low-risk-rising");
  const a = assess(rising);
  const spep = (x: Assessment) => x.monitoring.items.find((i) => i.test === "serum protein electrophoresis");

  it("still low-risk MGUS, and the rise is flagged", () => {
    expect(a.diagnosis.category).toBe("mgus");
    expect(a.monitoring.rules.some((r) => r.ruleId === "kyle2010.monitoring.mgus-low")).toBe(true);
    expect(a.alerts.some((x) => x.id === "evolving.m-protein-rising")).toBe(true);
  });

  it("the 2-3-year interval is not promised; the plan says the reference gives none for a rising value", () => {
    const s = spep(a);
    expect(s?.intervalText).not.toMatch(/every 2-3 years if stable; due/);
    expect(s?.intervalText).toMatch(/rising/);
    expect(s?.intervalText).toMatch(/no interval/);
    expect(s?.lastDone).toBe("2026-11-20");
    expect(s?.due).toBe("2027-05-20");
    expect(a.monitoring.plan).toMatch(/rising/);
  });

  it("stable control: the same record without the rise keeps 2 years", () => {
    const stable = assess({
      ...rising,
      series: {
        serumMProtein: [
          { date: "2024-05-10", value: 1.2, unit: "g/dL" },
          { date: "2024-11-12", value: 1.2, unit: "g/dL" },
          { date: "2026-05-14", value: 1.1, unit: "g/dL" },
          { date: "2026-11-20", value: 1.2, unit: "g/dL" },
        ],
      },
    });
    expect(stable.alerts.some((x) => x.id === "evolving.m-protein-rising")).toBe(false);
    expect(spep(stable)?.due).toBe("2028-11-20");
    expect(stable.monitoring.plan).not.toMatch(/rising/);
  });
});

/** Review c57: a myeloma haematologist's FHIR R4 probes (FHIR Bundle -> bundleToRecord -> assess). Each fixture is
 * the reviewer's probe Bundle with its assessment date and expectation (`expect`), kept as it was sent. Before the
 * fixes each of these read the wrong thing (see each case). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { ErrorCode, type MmnavError } from "../model/errors.js";
import { bundleToRecord, stopReasonOf } from "./bundle-to-record.js";

interface Probe {
  asOf: string;
  expect: string;
  bundle: { resourceType: string; entry: { resource: Record<string, unknown> }[] };
}
const probe = (name: string): Probe =>
  JSON.parse(readFileSync(join(import.meta.dirname, `__fixtures__/review-c57/${name}.json`), "utf8"));
/** A Bundle imported and assessed on the probe's date. */
function runBundle(bundle: unknown, asOf: string) {
  const imported = bundleToRecord(bundle, { asOf });
  return { ...imported, a: assess(imported.record, { defaultAsOf: asOf }) };
}
const run = (name: string) => {
  const p = probe(name);
  return runBundle(p.bundle, p.asOf);
};
/** The probe's Bundle with each resource passed through `edit` (return null to drop it), plus `extra`. */
function edited(
  name: string,
  edit: (r: Record<string, unknown>) => Record<string, unknown> | null,
  extra: Record<string, unknown>[] = [],
) {
  const p = probe(name);
  const entry = [
    ...p.bundle.entry.flatMap((e) => {
      const r = edit(structuredClone(e.resource));
      return r ? [{ resource: r }] : [];
    }),
    ...extra.map((resource) => ({ resource })),
  ];
  return { ...p, bundle: { ...p.bundle, entry } };
}
const warned = (ws: { message: string }[], re: RegExp) => ws.some((w) => re.test(w.message));
const alertIds = (a: ReturnType<typeof assess>) => a.alerts.map((x) => x.id);
const optionIds = (a: ReturnType<typeof assess>) => a.options.map((x) => x.id);

describe("review c57 U4/U5: a drug stopped early and another begun is a substitution", () => {
  it("U4: bortezomib stopped day 15 (painful neuropathy), daratumumab from day 16: VRd ends (toxicity), DRd begins; bortezomib is not given now", () => {
    const { record, warnings, a } = run("a3a-vrd-to-drd-day15-no-new-steroid");
    expect(record.treatmentHistory).toEqual([
      {
        regimen: "bortezomib + lenalidomide + dexamethasone",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2026-10-01",
        end: "2026-10-15",
        stopReason: "toxicity",
      },
      {
        regimen: "lenalidomide + dexamethasone + daratumumab",
        drugs: ["lenalidomide", "dexamethasone", "daratumumab"],
        start: "2026-10-16",
      },
    ]);
    expect(
      warned(
        warnings,
        /statusReason "peripheral neuropathy grade 2 with pain": read as stopReason "toxicity"/,
      ),
    ).toBe(true);
    expect(warned(warnings, /read as a substitution/)).toBe(true);
    // The engine: a toxicity switch, no relapse; the drugs given now are DRd's; the transplant pathway stays.
    expect(a.phase.code).toBe("induction");
    expect(alertIds(a)).not.toContain("bortezomib.hepatic");
    const cont = a.options.find((o) => o.id === "pathway.continue-current-line");
    expect(cont?.regimen?.drugs).not.toContain("bortezomib");
    expect(optionIds(a)).toContain("ndmm.te.asct");
  });

  it("U5: the same switch with new Rd orders is not read as relapsed (stopReason toxicity from the statusReason)", () => {
    const { record, a } = run("a3b-vrd-to-drd-day15-new-steroid-orders");
    expect(record.treatmentHistory?.[0]).toMatchObject({ end: "2026-10-15", stopReason: "toxicity" });
    expect(record.treatmentHistory?.[1]).toMatchObject({ start: "2026-10-16" });
    expect(record.treatmentHistory?.[1]?.drugs).not.toContain("bortezomib");
    expect(a.phase.code).not.toBe("relapsed");
    expect(a.phase.code).toBe("induction");
    expect(optionIds(a)).toContain("ndmm.te.asct");
    expect(optionIds(a)).toContain("pathway.te.stem-cell-collection");
  });

  it("a reason that names no toxicity or patient's wish is 'other', quoted in a warning", () => {
    const p = edited("a3b-vrd-to-drd-day15-new-steroid-orders", (r) =>
      r.id === "ms-22" ? { ...r, statusReason: [{ text: "insurance" }] } : r,
    );
    const { record, warnings } = runBundle(p.bundle, p.asOf);
    expect(record.treatmentHistory?.[0]).toMatchObject({ stopReason: "other" });
    expect(
      warned(
        warnings,
        /statusReason "insurance": not read as a toxicity, the patient's choice or a progression/,
      ),
    ).toBe(true);
  });

  it("stop reason words: only what is unambiguous is mapped", () => {
    expect(stopReasonOf(["peripheral neuropathy grade 2 with pain"], [])).toBe("toxicity");
    expect(stopReasonOf(["Adverse reaction"], [])).toBe("toxicity");
    expect(stopReasonOf([""], ["281647001"])).toBe("toxicity");
    expect(stopReasonOf(["Patient's choice"], [])).toBe("patient-choice");
    expect(stopReasonOf(["declined by patient"], [])).toBe("patient-choice");
    // Review c58-M6 and m3: a progression said alone is one; a steroid-induced condition is a toxicity.
    expect(stopReasonOf(["disease progression"], [])).toBe("progression");
    expect(stopReasonOf(["no evidence of progression, course finished"], [])).toBe("other");
    expect(stopReasonOf(["refractory disease"], [])).toBe("other");
    expect(stopReasonOf(["Steroid-induced hyperglycaemia"], [])).toBe("toxicity");
    expect(stopReasonOf(["toxicity and progression"], [])).toBe("other");
    expect(stopReasonOf(["cycle plan finished"], [])).toBe("other");
  });
});

describe("review c57 U1: anticoagulation intensity beside an active VTE", () => {
  it("apixaban '5 mg twice daily for PE; then 2.5 mg bid for prevention of recurrence' beside an active PE is therapeutic: no LMWH on top", () => {
    const { record, a } = run("b4d-apixaban-pe-secondary-prevention-wording");
    expect(record.conditions?.anticoagulation).toBe("therapeutic");
    expect(alertIds(a)).toContain("alert.vte.imid-high-risk-anticoagulated");
    expect(alertIds(a)).not.toContain("alert.vte.imid-high-risk");
    expect(optionIds(a)).not.toContain("sc.vte.imid-high-risk-lmwh");
  });

  it("an anticoagulant with no words beside an active PE is therapeutic; one whose words say prophylaxis is conflicting (asked)", () => {
    const noWords = edited("b4d-apixaban-pe-secondary-prevention-wording", (r) =>
      r.id === "ms-77" ? { ...r, dosage: undefined } : r,
    );
    const n = runBundle(noWords.bundle, noWords.asOf);
    expect(n.record.conditions?.anticoagulation).toBe("therapeutic");
    expect(warned(n.warnings, /beside an active venous thromboembolism .*read as therapeutic/)).toBe(true);
    const prophylaxis = edited("b4d-apixaban-pe-secondary-prevention-wording", (r) =>
      r.id === "ms-77" ? { ...r, dosage: [{ text: "2.5 mg twice daily for VTE prophylaxis" }] } : r,
    );
    const c = runBundle(prophylaxis.bundle, prophylaxis.asOf);
    expect(c.record.conditions?.anticoagulation).toBeUndefined();
    expect(warned(c.warnings, /conflicting, not read as prophylactic/)).toBe(true);
    expect(c.a.missingData.map((m) => m.field)).toContain("conditions.anticoagulation");
    // A resolved PE does not make prophylaxis words conflicting.
    const resolved = edited("b4d-apixaban-pe-secondary-prevention-wording", (r) =>
      r.id === "ms-77"
        ? { ...r, dosage: [{ text: "2.5 mg twice daily for VTE prophylaxis" }] }
        : r.id === "cond-76"
          ? { ...r, clinicalStatus: { coding: [{ code: "resolved" }] } }
          : r,
    );
    expect(runBundle(resolved.bundle, resolved.asOf).record.conditions?.anticoagulation).toBe("prophylactic");
  });

  it("controls stay right: b4a prophylactic, b4b asked, b4c therapeutic", () => {
    expect(run("b4a-apixaban-prophylaxis-words-on-vrd").record.conditions?.anticoagulation).toBe(
      "prophylactic",
    );
    const b = run("b4b-warfarin-no-intensity-words-on-vrd");
    expect(b.record.conditions?.anticoagulation).toBeUndefined();
    expect(b.a.missingData.map((m) => m.field)).toContain("conditions.anticoagulation");
    expect(run("b4c-enoxaparin-treatment-dose-dvt-on-vrd").record.conditions?.anticoagulation).toBe(
      "therapeutic",
    );
  });
});

describe("review c57 W9: a deceased patient is not assessed", () => {
  const refused = (bundle: unknown, asOf: string): MmnavError => {
    try {
      bundleToRecord(bundle, { asOf });
    } catch (e) {
      return e as MmnavError;
    }
    throw new Error("not refused");
  };
  it("deceasedDateTime on or before asOf, or deceasedBoolean true: refused, naming Patient.deceased and the date", () => {
    const p = probe("b5-patient-deceased");
    const e = refused(p.bundle, p.asOf);
    expect(e.code).toBe(ErrorCode.PATIENT_DECEASED);
    expect(e.message).toMatch(/recorded deceased on 2026-11-02 \(Patient\.deceasedDateTime\)/);
    const b = probe("b5b-patient-deceased-boolean");
    const eb = refused(b.bundle, b.asOf);
    expect(eb.code).toBe(ErrorCode.PATIENT_DECEASED);
    expect(eb.message).toMatch(/Patient\.deceasedBoolean true/);
  });

  it("a deceasedDateTime after asOf: assessed, with a warning", () => {
    const p = probe("b5-patient-deceased");
    const { warnings } = bundleToRecord(p.bundle, { asOf: "2026-11-01" });
    expect(warned(warnings, /deceasedDateTime 2026-11-02 is after the assessment date 2026-11-01/)).toBe(
      true,
    );
  });
});

describe("review c57 W7: hepatitis B results as EHRs send them", () => {
  it("anti-HBc valueString 'Reactive' is positive: the HBV-positive card, not 'not recorded'", () => {
    const { record, a } = run("b2-hbv-antihbc-reactive-string");
    expect(record.labs?.hepatitisBCoreAntibody).toBe("positive");
    expect(record.labs?.hepatitisBSurfaceAntigen).toBe("negative");
    expect(optionIds(a)).toContain("sc.infection.hbv-positive");
  });

  it("LOINC 13952-7 (anti-HBc) and 5195-3 (HBsAg) are read", () => {
    const { record, warnings, a } = run("b2b-hbv-other-loinc-codes-positive-core");
    expect(record.labs?.hepatitisBCoreAntibody).toBe("positive");
    expect(record.labs?.hepatitisBSurfaceAntigen).toBe("negative");
    expect(warned(warnings, /13952-7|5195-3/)).toBe(false);
    expect(optionIds(a)).toContain("sc.infection.hbv-positive");
  });

  it("words and SNOMED CT qualifiers: reactive / detected positive, non-reactive / not detected negative; an unreadable value is 'present but not readable'", () => {
    const withValue = (value: Record<string, unknown>) => {
      const p = edited("b2-hbv-antihbc-reactive-string", (r) => {
        if (r.id !== "obs-18") return r;
        const { valueString: _, ...rest } = r;
        return { ...rest, ...value };
      });
      return runBundle(p.bundle, p.asOf);
    };
    const snomed = (code: string) => ({
      valueCodeableConcept: { coding: [{ system: "http://snomed.info/sct", code }] },
    });
    expect(withValue({ valueString: "Detected" }).record.labs?.hepatitisBCoreAntibody).toBe("positive");
    expect(withValue({ valueString: "Nonreactive" }).record.labs?.hepatitisBCoreAntibody).toBe("negative");
    expect(withValue({ valueString: "Not detected" }).record.labs?.hepatitisBCoreAntibody).toBe("negative");
    expect(withValue(snomed("11214006")).record.labs?.hepatitisBCoreAntibody).toBe("positive");
    expect(withValue(snomed("260373001")).record.labs?.hepatitisBCoreAntibody).toBe("positive");
    expect(withValue(snomed("131194007")).record.labs?.hepatitisBCoreAntibody).toBe("negative");
    expect(withValue(snomed("260415000")).record.labs?.hepatitisBCoreAntibody).toBe("negative");
    const bad = withValue({ valueString: "Equivocal" });
    expect(bad.record.labs?.hepatitisBCoreAntibody).toBeUndefined();
    expect(
      warned(bad.warnings, /hepatitisBCoreAntibody: a result "Equivocal" is present but not readable/),
    ).toBe(true);
  });
});

describe("review c57 W8: free light chains in a panel's components", () => {
  const lightChain = {
    resourceType: "Observation",
    id: "obs-ife-type",
    status: "final",
    code: {
      coding: [
        { system: "https://myeloma-navigator.org/fhir/CodeSystem/record-field", code: "labs.lightChain" },
      ],
    },
    subject: { reference: "Patient/pat-1" },
    effectiveDateTime: "2026-11-20",
    valueString: "kappa",
  };

  it("the FLC panel's kappa and lambda components are read as that day's results (with the light-chain type: involved 1250, uninvolved 8)", () => {
    const p = edited("b6a-spep-hasmember-flc-components", (r) => r, [lightChain]);
    const { record, warnings, a } = runBundle(p.bundle, p.asOf);
    expect(record.labs?.involvedFreeLightChain).toMatchObject({
      value: 1250,
      unit: "mg/L",
      date: "2026-11-20",
    });
    expect(record.labs?.uninvolvedFreeLightChain).toMatchObject({
      value: 8,
      unit: "mg/L",
      date: "2026-11-20",
    });
    expect(warned(warnings, /72350-3 is not one the navigator reads/)).toBe(false);
    // The SLiM biomarker (FLC ratio >= 100) is now seen.
    expect(alertIds(a)).toContain("alert.myeloma-biomarker-marrow-below-10");
  });

  it("without the light-chain type the components are read by the ratio's direction (review c87-U3), said naming each component", () => {
    const { record, warnings } = run("b6a-spep-hasmember-flc-components");
    // Review c87-U3: a kappa/lambda ratio outside 0.26-1.65 tells the involved chain; before, both were not used.
    expect(record.labs?.involvedFreeLightChain).toMatchObject({ value: 1250, unit: "mg/L" });
    expect(record.labs?.lightChain).toBeUndefined();
    expect(
      warnings.some(
        (w) =>
          w.kind === "note" &&
          w.resource.split(", ").includes("Observation/obs-92.component[0]") &&
          /light-chain type .* not recorded.*read as the involved/.test(w.message),
      ),
    ).toBe(true);
    // The SPEP panel's member, sent as its own Observation, is read once.
    expect(record.labs?.serumMProtein).toMatchObject({ value: 2.8 });
    expect(record.series?.serumMProtein).toBeUndefined();
  });

  it("a hasMember not in the Bundle is said; a contained member is read", () => {
    const b = run("b6b-flc-panel-components-only");
    expect(warned(b.warnings, /hasMember Observation\/obs-90 is not in the Bundle/)).toBe(true);
    const p = edited("b6b-flc-panel-components-only", (r) =>
      r.id === "obs-91"
        ? {
            ...r,
            hasMember: [{ reference: "#spike" }],
            contained: [
              {
                resourceType: "Observation",
                id: "spike",
                status: "final",
                code: { coding: [{ system: "http://loinc.org", code: "33358-3" }] },
                valueQuantity: {
                  value: 2.8,
                  unit: "g/dL",
                  system: "http://unitsofmeasure.org",
                  code: "g/dL",
                },
              },
            ],
          }
        : r,
    );
    const { record } = runBundle(p.bundle, p.asOf);
    expect(record.labs?.serumMProtein).toMatchObject({ value: 2.8, date: "2026-11-20" });
  });
});

describe("review c57 W3: bridging therapy before a CAR-T is named, not decided", () => {
  it.each(["a3f-cilta-cel-with-bridging-2mo-neutropenia", "a3j-relapse-after-bridged-cilta-cel"])(
    "%s: Kd ended 13 days before the lymphodepletion: a warning naming Kd, cilta-cel and plannedWithPrevious on the CAR-T entry",
    (name) => {
      const { record, warnings } = run(name);
      expect(
        warned(
          warnings,
          /carfilzomib \+ dexamethasone \(2026-07-01 to 2026-07-28\) ended 13 days before the CAR-T entry of ciltacabtagene autoleucel .*may be bridging therapy.*plannedWithPrevious: true on the CAR-T entry/,
        ),
      ).toBe(true);
      // Not decided by the import.
      expect(record.treatmentHistory?.some((t) => t.plannedWithPrevious !== undefined)).toBe(false);
    },
  );
});

describe("review c57 W4: a tandem transplant", () => {
  it("each melphalan dose is its own transplant's conditioning (never one 3-month course), and a possible tandem is said", () => {
    const { record, warnings } = run("a3d-tandem-asct");
    expect(record.treatmentHistory?.map((t) => [t.drugs.join("+"), t.start, t.end, t.asct ?? false])).toEqual(
      [
        ["bortezomib+lenalidomide+dexamethasone", "2025-10-01", "2026-01-20", false],
        ["melphalan", "2026-03-01", "2026-03-01", true],
        ["melphalan", "2026-06-01", "2026-06-01", true],
        ["lenalidomide", "2026-09-01", undefined, false],
      ],
    );
    expect(
      warned(
        warnings,
        /second autologous transplant .* may be a planned tandem .*plannedWithPrevious: true on the second transplant's entry/,
      ),
    ).toBe(true);
  });
});

describe("review c57 U2 (importer part): doses of a drug given every 4 weeks", () => {
  /** Review c56's VRd-by-doses probe, with a daratumumab dose beside each bortezomib dose when `dara` (D-VRd). */
  const doses = (dara: boolean) => {
    const p = JSON.parse(
      readFileSync(join(import.meta.dirname, "__fixtures__/review-c56/p03d-vrd-admin-only.json"), "utf8"),
    ) as Probe;
    const extra: { resource: Record<string, unknown> }[] = [];
    for (const e of p.bundle.entry) {
      const r = e.resource;
      const med = JSON.stringify(r.medicationCodeableConcept ?? "");
      if (dara && r.resourceType === "MedicationAdministration" && med.includes("bortezomib"))
        extra.push({
          resource: {
            ...r,
            id: `${String(r.id)}-dara`,
            medicationCodeableConcept: {
              coding: [
                {
                  system: "http://www.nlm.nih.gov/research/umls/rxnorm",
                  code: "1721947",
                  display: "daratumumab",
                },
              ],
              text: "daratumumab",
            },
          },
        });
    }
    return { ...p.bundle, entry: [...p.bundle.entry, ...extra] };
  };

  it("a D-VRd dose 25 days before asOf: within one 4-week interval, given now (VRd alone: ended on it)", () => {
    // The last doses are on 2026-11-19; 2026-12-14 is 25 days later.
    const withDara = runBundle(doses(true), "2026-12-14");
    expect(withDara.record.treatmentHistory?.[0]?.end).toBeUndefined();
    expect(withDara.warnings.some((w) => /within one 4-week dosing interval, 28 days/.test(w.message))).toBe(
      true,
    );
    const vrd = runBundle(doses(false), "2026-12-14");
    expect(vrd.record.treatmentHistory?.[0]?.end).toBe("2026-11-19");
  });

  it("review c58 M2: linvoseltamab doses, the last 25 days before asOf: within its 4-week interval, given now", () => {
    // Lynozyfic US prescribing information (2025-07): every 4 weeks in VGPR or better from week 24. The probe's doses
    // given as linvoseltamab alone (the last on 2026-11-19; 2026-12-14 is 25 days later).
    const bundle = doses(false);
    const entry = bundle.entry.flatMap((e) => {
      const r = e.resource;
      if (r.resourceType !== "MedicationAdministration") return [e];
      if (!JSON.stringify(r.medicationCodeableConcept ?? "").includes("bortezomib")) return [];
      return [{ resource: { ...r, medicationCodeableConcept: { text: "Lynozyfic (linvoseltamab)" } } }];
    });
    const { record, warnings } = runBundle({ ...bundle, entry }, "2026-12-14");
    expect(record.treatmentHistory?.[0]?.drugs).toEqual(["linvoseltamab"]);
    expect(record.treatmentHistory?.[0]?.end).toBeUndefined();
    expect(warnings.some((w) => /within one 4-week dosing interval, 28 days/.test(w.message))).toBe(true);
  });
});

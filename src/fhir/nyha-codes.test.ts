/** The NYHA class (conditions.nyhaClass, read by the AL heart rules: D-VCd is not given at NYHA IIIB/IV,
 * treatments.md 6) arrives whole from another EHR: an Observation coded LOINC 88020-3 "Functional capacity
 * NYHA" with a SNOMED CT class finding, the word, or "Class IIIb" in its text (nyha-codes, secondary; not in
 * the clinical reference). Before this, only the project-local code carried it, so an EHR's NYHA IV left
 * D-VCd held at "consider" instead of taking it off the list. The CDS Hooks prefetch asks for the code
 * (server/routes/cds-hooks.int.test.ts). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { PatientRecord } from "../model/record.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { SNOMED_NYHA, SYSTEM } from "./codes.js";
import { recordToBundle } from "./record-to-bundle.js";

type R = Record<string, unknown>;
const NYHA_LOINC = "88020-3";
const al = JSON.parse(
  readFileSync(
    new URL("../../examples/vignettes/review-c18-al-80-frail-no-troponin.json", import.meta.url),
    "utf8",
  ),
) as R;
/** The AL vignette (heart failure recorded, NT-proBNP 30,000) with a low troponin T: Mayo 2004 stage II, so
 * only the NYHA class decides D-VCd. */
const stageII = (): R => ({
  ...al,
  labs: { ...(al.labs as R), troponinT: { value: 0.02, unit: "ng/mL", method: "conventional" } },
});

/** The record's Bundle with its NYHA Observation replaced by one another EHR sent (`value`). */
function fromEhr(value: R): R {
  const bundle = recordToBundle(stageII() as unknown as PatientRecord) as unknown as {
    entry: { resource: R }[];
  };
  const patientId = (bundle.entry.find((e) => e.resource.resourceType === "Patient")?.resource.id ??
    "") as string;
  bundle.entry.push({
    resource: {
      resourceType: "Observation",
      id: "ehr-nyha",
      status: "final",
      code: { coding: [{ system: SYSTEM.loinc, code: NYHA_LOINC, display: "Functional capacity NYHA" }] },
      subject: { reference: `Patient/${patientId}` },
      effectiveDateTime: "2026-11-20",
      ...value,
    },
  });
  return bundle as unknown as R;
}
const imported = (value: R) => bundleToRecord(fromEhr(value), { asOf: al.asOf as string });
const snomed = (code: string): R => ({ valueCodeableConcept: { coding: [{ system: SYSTEM.snomed, code }] } });

describe("NYHA class from another EHR (LOINC 88020-3)", () => {
  it("a SNOMED CT class IV finding sets nyhaClass IV, and D-VCd leaves the list for the advanced-heart trial", () => {
    const { record, warnings } = imported(snomed("422293003"));
    expect(warnings).toEqual([]);
    expect(record.conditions?.nyhaClass).toBe("IV");
    const a = assess(record);
    expect(a.options.find((o) => o.id === "al.d-vcd")).toBeUndefined();
    expect(a.options.find((o) => o.id === "al.stage-iiib.trial")?.strength).toBe("trial");
    // Without the Observation the class is unknown and D-VCd is only held (the gap this closes).
    const none = assess(bundleToRecord(recordToBundle(stageII() as unknown as PatientRecord)).record);
    expect(none.options.find((o) => o.id === "al.d-vcd")?.strength).toBe("consider");
  });

  it("each SNOMED CT class finding reads as its class; class II leaves D-VCd preferred", () => {
    for (const [word, { code }] of Object.entries(SNOMED_NYHA))
      expect(imported(snomed(code)).record.conditions?.nyhaClass, word).toBe(word);
    const a = assess(imported(snomed("421704003")).record);
    expect(a.options.find((o) => o.id === "al.d-vcd")?.strength).toBe("preferred");
  });

  it("the class as words: 'IIIB', 'Class IIIb', 'NYHA class 3', a display; nothing else is guessed", () => {
    expect(imported({ valueString: "IIIB" }).record.conditions?.nyhaClass).toBe("IIIB");
    expect(imported({ valueString: "Class IIIb" }).record.conditions?.nyhaClass).toBe("IIIB");
    expect(imported({ valueCodeableConcept: { text: "NYHA class 3" } }).record.conditions?.nyhaClass).toBe(
      "III",
    );
    expect(
      imported({
        valueCodeableConcept: {
          coding: [
            {
              system: "urn:oid:1.2.3",
              code: "x",
              display: "New York Heart Association Classification - Class IV",
            },
          ],
        },
      }).record.conditions?.nyhaClass,
    ).toBe("IV");
    for (const value of ["Class V", "Class IIb", "severe"]) {
      const { record, warnings } = imported({ valueString: value });
      expect(record.conditions?.nyhaClass, value).toBeUndefined();
      expect(warnings.map((w) => w.message).join(" "), value).toContain("conditions.nyhaClass");
    }
  });

  it("is written with LOINC 88020-3 and SNOMED CT (IIIA/IIIB as the word), and every class survives the round trip", () => {
    for (const nyhaClass of ["I", "II", "III", "IIIA", "IIIB", "IV"]) {
      const r: R = { ...stageII(), conditions: { ...(stageII().conditions as R), nyhaClass } };
      const bundle = recordToBundle(r as unknown as PatientRecord) as unknown as { entry: { resource: R }[] };
      const nyha = bundle.entry
        .map((e) => e.resource)
        .filter((x) => JSON.stringify(x.code ?? {}).includes(NYHA_LOINC));
      expect(nyha, nyhaClass).toHaveLength(1);
      const sct = SNOMED_NYHA[nyhaClass as keyof typeof SNOMED_NYHA];
      if (sct) expect(JSON.stringify(nyha[0]?.valueCodeableConcept)).toContain(sct.code);
      else expect(nyha[0]?.valueString).toBe(nyhaClass);
      const back = bundleToRecord(bundle, { asOf: r.asOf as string });
      expect(back.warnings, nyhaClass).toEqual([]);
      expect(back.record.conditions?.nyhaClass).toBe(nyhaClass);
    }
  });
});

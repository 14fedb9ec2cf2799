/** Record `conditions` fields from FHIR Conditions and back: every confirmed SNOMED CT / ICD-10-CM code
 * fills its field, only a confirmed and (for a field about now) current Condition counts, an unknown
 * code is reported and never read as "absent", and an export writes the standard code. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { isCitationId } from "../model/bibliography/index.js";
import type { PatientRecord } from "../model/record.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { CONDITION_CODES, SYSTEM } from "./codes.js";
import {
  CODED_CONDITION_FLAGS,
  CONDITION_FIELD_CODES,
  CONDITION_FIELD_TIMING,
  type CodedConditionFlag,
  type ConditionFieldTarget,
  exportedConditionCode,
} from "./condition-field-codes.js";
import { localField } from "./record-fields.js";
import { recordToBundle } from "./record-to-bundle.js";

type R = Record<string, unknown>;
const ASOF = "2026-12-01";
const bundle = (...resources: R[]) => ({
  resourceType: "Bundle",
  type: "collection",
  entry: resources.map((resource) => ({ resource })),
});
const patient = { resourceType: "Patient", id: "p1", gender: "female", birthDate: "1958-05-04" };
const status = (system: string, code: string) => ({
  coding: [{ system: `http://terminology.hl7.org/CodeSystem/${system}`, code }],
});
let n = 0;
/** An active, confirmed problem-list Condition; `extra` overrides or removes (undefined) elements. */
const condition = (system: string, code: string, extra: R = {}): R => {
  n += 1;
  const c: R = {
    resourceType: "Condition",
    id: `c${n}`,
    clinicalStatus: status("condition-clinical", "active"),
    verificationStatus: status("condition-ver-status", "confirmed"),
    code: { coding: [{ system, code }] },
    subject: { reference: "Patient/p1" },
    ...extra,
  };
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete c[k];
  return c;
};
const localObs = (path: string, value: R): R => ({
  resourceType: "Observation",
  id: `o-${path}`,
  status: "final",
  code: { coding: [{ system: SYSTEM.mmnavRecord, code: path }] },
  subject: { reference: "Patient/p1" },
  ...value,
});
const read = (...resources: R[]) => bundleToRecord(bundle(patient, ...resources), { asOf: ASOF });
const conditionsOf = (record: PatientRecord) => record.conditions ?? {};

describe("the Condition code table", () => {
  it("codes are unique, cite a bibliography id and a source URL, and never collide with the hint codes", () => {
    const keys = [...CONDITION_FIELD_CODES, ...CONDITION_CODES].map((e) => `${e.system}|${e.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of CONDITION_FIELD_CODES) {
      expect(isCitationId(e.citation), e.code).toBe(true);
      expect(e.source, e.code).toMatch(/^https:\/\//);
      expect(e.display.length, e.code).toBeGreaterThan(0);
      if (e.system === SYSTEM.snomed) expect(e.code, e.code).toMatch(/^\d{6,18}$/);
      else expect(e.code, e.code).toMatch(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/);
    }
  });

  it("every coded flag is a boolean record field; each target is written with at most one SNOMED CT code", () => {
    for (const flag of CODED_CONDITION_FLAGS) {
      expect(localField(`conditions.${flag}`)?.value).toEqual({ type: "boolean" });
    }
    const targets = Object.keys(CONDITION_FIELD_TIMING) as ConditionFieldTarget[];
    for (const t of targets) {
      const exported = CONDITION_FIELD_CODES.filter((e) => e.target === t && e.exported);
      expect(exported.length, t).toBeLessThanOrEqual(1);
      expect(exported.every((e) => e.system === SYSTEM.snomed)).toBe(true);
      expect(CONDITION_FIELD_CODES.some((e) => e.target === t)).toBe(true);
    }
    // A history flag cannot say whether the clot is active or resolved, so VTE history is read, not
    // written; spinal cord compression and constitutional symptoms have no confirmed SNOMED CT code.
    expect(exportedConditionCode("vteHistory")).toBeUndefined();
    expect(exportedConditionCode("spinalCordCompression")).toBeUndefined();
    expect(exportedConditionCode("constitutionalSymptoms")).toBeUndefined();
  });

  it("docs/fhir-and-cds-hooks.md lists every code (SNOMED CT with its display) and every source", () => {
    const doc = readFileSync("docs/fhir-and-cds-hooks.md", "utf8");
    for (const e of CONDITION_FIELD_CODES) {
      if (e.system === SYSTEM.snomed) expect(doc, e.code).toContain(`${e.code} ${e.display}`);
      else expect(doc, e.code).toMatch(new RegExp(`(^|[^0-9A-Z.])${e.code.replace(".", "\\.")}(?![0-9A-Z])`));
      for (const url of [e.source, ...(e.alsoListedIn ?? [])]) {
        expect(doc, url).toContain(new URL(url).host);
      }
    }
  });

  it("a code look-up site alone never makes a code verified", () => {
    for (const e of CONDITION_FIELD_CODES.filter((x) => x.citation === "icd10cm-lookup-sites")) {
      expect(e.evidence, e.code).toBe("secondary");
    }
  });
});

describe("Conditions in, record fields out", () => {
  for (const e of CONDITION_FIELD_CODES) {
    const label = `${e.system === SYSTEM.snomed ? "SNOMED CT" : "ICD-10-CM"} ${e.code} ${e.display}`;
    if (e.target === "peripheralNeuropathy") {
      it(`${label}: neuropathy is there, its grade left unknown (never taken as 0) with a warning`, () => {
        const { record, warnings } = read(condition(e.system, e.code));
        expect(conditionsOf(record).neuropathyGrade).toBeUndefined();
        expect(warnings).toEqual([
          { resource: expect.stringMatching(/^Condition\//), message: expect.stringMatching(/grade/) },
        ]);
        const graded = read(
          condition(e.system, e.code),
          localObs("conditions.neuropathyGrade", { valueInteger: 2 }),
        );
        expect(conditionsOf(graded.record).neuropathyGrade).toBe(2);
        expect(graded.warnings).toEqual([]);
      });
      continue;
    }
    it(`${label} sets conditions.${e.target}`, () => {
      const c = condition(e.system, e.code);
      const { record, warnings, provenance } = read(c);
      expect(warnings).toEqual([]);
      expect(conditionsOf(record)[e.target as CodedConditionFlag]).toBe(true);
      expect(provenance[`conditions.${e.target}`]).toBe(`Condition/${c.id}`);
    });
  }

  it("a code the navigator does not read is reported as not read and sets nothing (not 'absent')", () => {
    // SNOMED CT 38341003 Hypertensive disorder, systemic arterial: not a record field.
    const { record, warnings } = read(condition(SYSTEM.snomed, "38341003"));
    expect(record.conditions).toBeUndefined();
    expect(warnings).toEqual([
      {
        resource: expect.stringMatching(/^Condition\//),
        message: expect.stringMatching(/not a code the navigator reads/),
      },
    ]);
  });

  it("a known field is never set to false by the absence of its Condition", () => {
    const { record } = read(condition(SYSTEM.snomed, "84114007"));
    expect(Object.keys(conditionsOf(record))).toEqual(["heartFailure"]);
  });

  const heartFailure = () => condition(SYSTEM.snomed, "84114007");
  it.each([
    ["clinicalStatus resolved", { clinicalStatus: status("condition-clinical", "resolved") }],
    ["clinicalStatus inactive", { clinicalStatus: status("condition-clinical", "inactive") }],
    ["clinicalStatus remission", { clinicalStatus: status("condition-clinical", "remission") }],
    ["verificationStatus refuted", { verificationStatus: status("condition-ver-status", "refuted") }],
    [
      "verificationStatus entered-in-error",
      { verificationStatus: status("condition-ver-status", "entered-in-error") },
    ],
    ["verificationStatus unconfirmed", { verificationStatus: status("condition-ver-status", "unconfirmed") }],
    ["verificationStatus provisional", { verificationStatus: status("condition-ver-status", "provisional") }],
    [
      "verificationStatus differential",
      { verificationStatus: status("condition-ver-status", "differential") },
    ],
    [
      "no clinicalStatus but an abatement date",
      { clinicalStatus: undefined, abatementDateTime: "2025-01-01" },
    ],
  ])("heart failure with %s is not taken as present (left unknown, with a warning)", (_, extra) => {
    const c: R = { ...heartFailure(), ...extra };
    for (const [k, v] of Object.entries(extra)) if (v === undefined) delete c[k];
    const { record, warnings } = read(c);
    expect(conditionsOf(record).heartFailure).toBeUndefined();
    expect(warnings).toEqual([{ resource: `Condition/${c.id}`, message: expect.any(String) }]);
  });

  it("an encounter diagnosis without clinicalStatus or abatement is taken as current", () => {
    const { record, warnings } = read(condition(SYSTEM.icd10cm, "I50.9", { clinicalStatus: undefined }));
    expect(conditionsOf(record).heartFailure).toBe(true);
    expect(warnings).toEqual([]);
  });

  // One code of each field mapped on 2026-12-01.3; the status rules are the same for every code.
  it.each([
    ["spinalCordCompression", SYSTEM.icd10cm, "G95.20"],
    ["lymphadenopathy", SYSTEM.icd10cm, "R59.9"],
    ["hepatosplenomegaly", SYSTEM.icd10cm, "R16.2"],
    ["constitutionalSymptoms", SYSTEM.icd10cm, "R63.4"],
    ["constitutionalSymptoms", SYSTEM.snomed, "422868009"],
    ["bonePain", SYSTEM.snomed, "282743009"],
  ] as const)(
    "%s from %s %s: resolved or refuted is not present (unknown, with a warning)",
    (field, system, code) => {
      for (const extra of [
        { clinicalStatus: status("condition-clinical", "resolved") },
        { verificationStatus: status("condition-ver-status", "refuted") },
      ]) {
        const { record, warnings } = read(condition(system, code, extra));
        expect(conditionsOf(record)[field]).toBeUndefined();
        expect(warnings).toHaveLength(1);
      }
    },
  );

  it("a polyneuropathy that is resolved does not say neuropathy is there (no grade warning)", () => {
    const c = condition(SYSTEM.icd10cm, "G62.0", {
      clinicalStatus: status("condition-clinical", "resolved"),
    });
    const { record, warnings } = read(c, localObs("conditions.neuropathyGrade", { valueInteger: 0 }));
    expect(conditionsOf(record).neuropathyGrade).toBe(0);
    expect(warnings).toEqual([{ resource: `Condition/${c.id}`, message: expect.stringMatching(/resolved/) }]);
  });

  it("ICD-10-CM embolism and history codes are a history of VTE even when resolved; a refuted one is not", () => {
    const resolved = { clinicalStatus: status("condition-clinical", "resolved") };
    for (const code of ["I26.99", "I82.4Y1", "Z86.711", "Z86.718"]) {
      expect(conditionsOf(read(condition(SYSTEM.icd10cm, code, resolved)).record).vteHistory, code).toBe(
        true,
      );
    }
    const refuted = { verificationStatus: status("condition-ver-status", "refuted") };
    expect(
      conditionsOf(read(condition(SYSTEM.icd10cm, "Z86.718", refuted)).record).vteHistory,
    ).toBeUndefined();
  });

  it("spinal cord compression sent as an ICD-10-CM Condition raises the emergency alert", () => {
    const { record } = read(condition(SYSTEM.icd10cm, "G95.20"));
    const alerts = assess({ ...record, asOf: ASOF }).alerts.map((a) => a.id);
    expect(alerts).toContain("alert.spinal-cord-compression");
    expect(assess({ ...read().record, asOf: ASOF }).alerts.map((a) => a.id)).not.toContain(
      "alert.spinal-cord-compression",
    );
  });

  it("a resolved deep vein thrombosis or pulmonary embolism is a history of VTE; a refuted one is not", () => {
    const resolved = {
      clinicalStatus: status("condition-clinical", "resolved"),
      abatementDateTime: "2024-03-01",
    };
    expect(conditionsOf(read(condition(SYSTEM.snomed, "128053003", resolved)).record).vteHistory).toBe(true);
    expect(conditionsOf(read(condition(SYSTEM.snomed, "59282003", resolved)).record).vteHistory).toBe(true);
    const refuted = { verificationStatus: status("condition-ver-status", "refuted") };
    expect(
      conditionsOf(read(condition(SYSTEM.snomed, "128053003", refuted)).record).vteHistory,
    ).toBeUndefined();
  });

  it("several Conditions (and codings) for one field give it once, with every source in its provenance", () => {
    const both = condition(SYSTEM.snomed, "105502003", {
      code: {
        coding: [
          { system: SYSTEM.snomed, code: "105502003" },
          { system: SYSTEM.icd10cm, code: "Z99.2" },
        ],
      },
    });
    const other = condition(SYSTEM.snomed, "714152005");
    const { record, warnings, provenance } = read(both, other);
    expect(warnings).toEqual([]);
    expect(conditionsOf(record).renalFailureOnDialysis).toBe(true);
    expect(provenance["conditions.renalFailureOnDialysis"]).toBe(
      `Condition/${both.id}, Condition/${other.id}`,
    );
  });

  it("a Condition and a record-field Observation that disagree leave the field unknown, with a warning", () => {
    const { record, warnings } = read(
      condition(SYSTEM.snomed, "12584003"),
      localObs("conditions.bonePain", { valueBoolean: false }),
    );
    expect(conditionsOf(record).bonePain).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/conditions\.bonePain.*left unknown/),
    ]);
  });

  it("a resolved plasma cell disorder Condition is no hint of what the problem list says now", () => {
    const mm = condition(SYSTEM.icd10cm, "C90.00", {
      clinicalStatus: status("condition-clinical", "resolved"),
    });
    const { conditionHints, warnings } = read(mm);
    expect(conditionHints).toEqual([]);
    expect(warnings).toEqual([
      { resource: `Condition/${mm.id}`, message: expect.stringMatching(/resolved/) },
    ]);
  });

  it("dialysis sent as a Condition meets the IMWG renal CRAB criterion", () => {
    const { record } = read(condition(SYSTEM.icd10cm, "Z99.2"));
    const renal = assess({ ...record, asOf: ASOF }).diagnosis.criteria.find(
      (c) => c.id === "imwg2014.crab.renal",
    );
    expect(renal?.met).toBe(true);
  });
});

describe("record fields out as Conditions, and back", () => {
  const present: PatientRecord = {
    id: "conditions-present",
    asOf: ASOF,
    patient: { age: 68, sex: "male" },
    conditions: {
      heartFailure: true,
      renalFailureOnDialysis: true,
      vteHistory: true,
      lymphadenopathy: true,
      hepatosplenomegaly: true,
      bonePain: true,
      pathologicFracture: true,
      spinalCordCompression: true,
      constitutionalSymptoms: true,
      neuropathyGrade: 2,
      hyperviscosity: true,
      // Review c74-U2: a pregnancy is written as a Condition too.
      pregnancy: true,
    },
  };

  it("each present condition with a confirmed code is written as an active, confirmed Condition", () => {
    const resources = (recordToBundle(present).entry ?? []).map((e) => e.resource as R);
    const conditions = resources.filter((r) => r.resourceType === "Condition");
    const written = conditions.map((c) => (c.code as { coding: { code: string }[] }).coding[0]?.code).sort();
    const expected = CONDITION_FIELD_CODES.filter((e) => e.exported)
      .map((e) => e.code)
      .sort();
    expect(written).toEqual(expected);
    for (const c of conditions) {
      expect(c.clinicalStatus).toEqual(status("condition-clinical", "active"));
      expect(c.verificationStatus).toEqual(status("condition-ver-status", "confirmed"));
    }
    // A flag said by a Condition is not written twice; what has no confirmed code stays local.
    const localCodes = resources
      .filter((r) => r.resourceType === "Observation")
      .map((r) => (r.code as { coding: { code: string }[] }).coding[0]?.code);
    expect(localCodes).not.toContain("conditions.heartFailure");
    expect(localCodes).toEqual(
      expect.arrayContaining([
        "conditions.vteHistory",
        "conditions.spinalCordCompression",
        "conditions.constitutionalSymptoms",
        "conditions.hyperviscosity",
        "conditions.neuropathyGrade",
      ]),
    );
  });

  it("reads back the same conditions without warnings", () => {
    const back = bundleToRecord(recordToBundle(present), { asOf: ASOF });
    expect(back.warnings).toEqual([]);
    expect(back.record.conditions).toEqual(present.conditions);
  });

  it("a condition known absent (false) is not written as a Condition", () => {
    const b = recordToBundle({ asOf: ASOF, conditions: { heartFailure: false, neuropathyGrade: 0 } });
    expect((b.entry ?? []).filter((e) => e.resource?.resourceType === "Condition")).toEqual([]);
    expect(bundleToRecord(b, { asOf: ASOF }).record.conditions).toEqual({
      heartFailure: false,
      neuropathyGrade: 0,
    });
  });
});

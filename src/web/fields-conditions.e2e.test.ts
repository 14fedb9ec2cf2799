/** Review c13-4: every clinical condition of the PatientRecord can be entered in the web form. The form
 * had no field for hypertension (the carfilzomib check), a previous VTE or the anticoagulation taken now
 * (clot prevention), cord compression, fracture or hyperviscosity (critical alerts and bone care): a
 * loaded record kept them, but a clinician could not enter or change them. The list of conditions comes
 * from the published JSON Schema, so a condition added to the record without a form field fails here. */
import { describe, expect, it } from "vitest";
import { Anticoagulation, Hypertension } from "../model/enums.js";
import { patientRecordJsonSchema } from "../model/record.js";
import { ALL_FIELDS, emptyForm, formToRecord, recordToForm } from "./fields.js";

type Schema = { properties?: Record<string, Schema>; type?: string; anyOf?: Schema[] };
const conditions = (patientRecordJsonSchema() as Schema).properties?.conditions?.properties ?? {};
/** Conditions kept from a loaded record but entered as JSON only, with the reason. */
const JSON_ONLY: Record<string, string> = {
  // A list of organs: the AL work-up sends it from the record or FHIR; no multi-choice control yet.
  amyloidOrgans: "a list",
};

describe("the record form covers the record's conditions", () => {
  it("each condition of the schema has a form field, or is named as JSON-only", () => {
    const names = Object.keys(conditions);
    expect(names.length).toBeGreaterThan(10);
    const inForm = new Set(ALL_FIELDS.map((f) => f.key));
    const missing = names.filter((n) => !inForm.has(`conditions.${n}`) && !(n in JSON_ONLY));
    expect(missing).toEqual([]);
  });

  it("hypertension and anticoagulation offer exactly the record's values", () => {
    const values = (key: string) => {
      const f = ALL_FIELDS.find((x) => x.key === key);
      return f?.kind === "choice" ? f.options.map((o) => o.value) : [];
    };
    expect(values("conditions.hypertension")).toEqual([...Hypertension]);
    expect(values("conditions.anticoagulation")).toEqual([...Anticoagulation]);
  });

  it("entered, they reach the record; blank stays not known (never none or no)", () => {
    const state = emptyForm("2026-12-01");
    state.values["conditions.hypertension"] = "uncontrolled";
    state.values["conditions.anticoagulation"] = "therapeutic";
    state.values["conditions.vteHistory"] = "yes";
    state.values["conditions.spinalCordCompression"] = "no";
    const { record, issues } = formToRecord(state);
    expect(issues).toEqual([]);
    expect(record.conditions).toEqual({
      hypertension: "uncontrolled",
      anticoagulation: "therapeutic",
      vteHistory: true,
      spinalCordCompression: false,
    });
    const blank = formToRecord(emptyForm("2026-12-01")).record;
    expect(blank.conditions).toBeUndefined();
  });

  it("a loaded record's conditions come back whole through the form", () => {
    const loaded = {
      asOf: "2026-12-01",
      conditions: {
        neuropathyGrade: 2,
        neuropathyPainful: true,
        heartFailure: false,
        hypertension: "controlled",
        recurrentInfections: false,
        bonePain: true,
        hyperviscosity: false,
        constitutionalSymptoms: false,
        lymphadenopathy: false,
        hepatosplenomegaly: false,
        vteHistory: true,
        anticoagulation: "prophylactic",
        pathologicFracture: true,
        spinalCordCompression: false,
        amyloidOrgans: ["heart"],
      },
    };
    const state = recordToForm(loaded);
    expect(state.values["conditions.hypertension"]).toBe("controlled");
    expect(state.values["conditions.pathologicFracture"]).toBe("yes");
    expect(formToRecord(state).record.conditions).toEqual(loaded.conditions);
  });
});

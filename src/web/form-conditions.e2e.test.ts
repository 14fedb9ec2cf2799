/** The record form has a control for every condition of the PatientRecord (hypertension before carfilzomib,
 * a previous VTE and the anticoagulation taken now for clot prevention, cord compression and the other
 * complications, the organs involved by amyloid), and what it loads it gives back unchanged. The list of
 * conditions is read from the published JSON Schema, so a condition added to the record without a form
 * control fails here. Node only (no browser): web tests all live in the e2e project. */
import { describe, expect, it } from "vitest";
import { PatientRecord, patientRecordJsonSchema } from "../model/record.js";
import {
  ALL_FIELDS,
  emptyForm,
  extraPaths,
  type FieldDef,
  formToRecord,
  type JsonObject,
  MULTI_NONE,
  recordToForm,
  toggleMulti,
} from "./fields.js";

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
}

/** Conditions a record can carry that the form has no control for (kept from a loaded record as JSON,
 * shown as "kept"), each with the reason. Empty: every condition can be entered. */
const JSON_ONLY: Record<string, string> = {};

const isNotKnown = (s: JsonSchema): boolean =>
  s.type === "null" || s.const === "unknown" || (s.anyOf?.every(isNotKnown) ?? false);

/** The branch of a `maybe(...)` union that holds a known value (not null, not "unknown"). */
function knownBranch(s: JsonSchema): JsonSchema {
  const known = s.anyOf?.filter((b) => !isNotKnown(b));
  return known?.length === 1 ? knownBranch(known[0] as JsonSchema) : s;
}

/** Dotted paths of the leaves under a schema (objects are followed; anything else is a leaf). */
function leaves(s: JsonSchema, path: string): [string, JsonSchema][] {
  const known = knownBranch(s);
  return known.type === "object" && known.properties
    ? Object.entries(known.properties).flatMap(([k, v]) => leaves(v, `${path}.${k}`))
    : [[path, s]];
}

const schema = patientRecordJsonSchema() as JsonSchema;
const CONDITIONS = leaves(schema.properties?.conditions ?? {}, "conditions");
const fieldOf = (key: string): FieldDef | undefined => ALL_FIELDS.find((f) => f.key === key);

/** Every known value a leaf can take, read from its schema (all of them where they can be counted). */
function sampleValues(path: string, s: JsonSchema): unknown[] {
  const k = knownBranch(s);
  if (k.type === "boolean") return [true, false];
  if (k.enum) return k.enum;
  if (k.type === "integer" && k.minimum !== undefined && k.maximum !== undefined)
    return Array.from({ length: k.maximum - k.minimum + 1 }, (_, i) => (k.minimum as number) + i);
  if (k.type === "array" && k.items?.enum) {
    const all = k.items.enum;
    // Empty (none involved: known), one, all, and two in the reverse of the schema's order.
    return [[], [all[0]], all, all.slice(0, 2).reverse()];
  }
  throw new Error(`${path}: no sample values for this kind of leaf; extend sampleValues`);
}

/** What the leaf's schema says its control must offer. */
function expectedControl(s: JsonSchema): { kind: FieldDef["kind"]; options?: string[] } {
  const k = knownBranch(s);
  if (k.type === "boolean") return { kind: "tri" };
  if (k.enum) return { kind: "choice", options: k.enum.map(String) };
  if (k.type === "integer" && k.maximum !== undefined)
    return { kind: "choice", options: sampleValues("", s).map(String) };
  if (k.type === "array" && k.items?.enum) return { kind: "multi", options: k.items.enum.map(String) };
  return { kind: "number" };
}

const withConditions = (conditions: JsonObject): JsonObject => ({ asOf: "2026-12-01", conditions });

describe("the record form covers the record's conditions", () => {
  it("reads the conditions from the schema (the test would pass on an empty list)", () => {
    expect(CONDITIONS.map(([p]) => p)).toEqual(
      expect.arrayContaining([
        "conditions.hypertension",
        "conditions.vteHistory",
        "conditions.anticoagulation",
        "conditions.spinalCordCompression",
        "conditions.amyloidOrgans",
      ]),
    );
  });

  it("each condition has a form control, unless it is named as JSON-only", () => {
    const missing = CONDITIONS.map(([p]) => p).filter((p) => !fieldOf(p) && !(p in JSON_ONLY));
    expect(missing).toEqual([]);
    // A JSON-only entry that has a control (or is no condition) is stale.
    for (const p of Object.keys(JSON_ONLY)) {
      expect(fieldOf(p), p).toBeUndefined();
      expect(CONDITIONS.map(([c]) => c)).toContain(p);
    }
  });

  it("each control is of the kind the schema asks for, offering exactly the schema's values", () => {
    for (const [path, s] of CONDITIONS) {
      const f = fieldOf(path);
      if (!f) continue;
      const want = expectedControl(s);
      expect(f.kind, path).toBe(want.kind);
      if ((f.kind === "choice" || f.kind === "multi") && want.options)
        expect(
          f.options.map((o) => o.value),
          path,
        ).toEqual(want.options);
    }
  });

  it("every value of every condition shows in the form and comes back unchanged (nothing is kept aside)", () => {
    for (const [path, s] of CONDITIONS) {
      if (path in JSON_ONLY) continue;
      const name = path.split(".").pop() as string;
      for (const value of sampleValues(path, s)) {
        const record = withConditions({ [name]: value as JsonObject[string] });
        const state = recordToForm(record);
        expect(state.values[path], `${path} = ${JSON.stringify(value)}`).not.toBe(undefined);
        expect(state.values[path], `${path} = ${JSON.stringify(value)}`).not.toBe("");
        expect(extraPaths(state.extras)).toEqual([]);
        const back = formToRecord(state);
        expect(back.issues).toEqual([]);
        expect(back.record.conditions, `${path} = ${JSON.stringify(value)}`).toEqual({ [name]: value });
        expect(PatientRecord.safeParse(back.record).success, path).toBe(true);
      }
    }
  });

  it("a record with all the new conditions at once comes back whole", () => {
    const conditions = {
      neuropathyGrade: 2,
      neuropathyPainful: true,
      hypertension: "uncontrolled",
      hyperviscosity: false,
      constitutionalSymptoms: true,
      lymphadenopathy: false,
      hepatosplenomegaly: false,
      vteHistory: true,
      anticoagulation: "therapeutic",
      pathologicFracture: true,
      spinalCordCompression: true,
      amyloidOrgans: ["kidney", "heart"],
    };
    const state = recordToForm(withConditions(conditions));
    expect(state.values["conditions.hypertension"]).toBe("uncontrolled");
    expect(state.values["conditions.anticoagulation"]).toBe("therapeutic");
    expect(state.values["conditions.spinalCordCompression"]).toBe("yes");
    expect(state.values["conditions.hyperviscosity"]).toBe("no");
    expect(state.values["conditions.amyloidOrgans"]).toBe("kidney,heart");
    expect(formToRecord(state).record.conditions).toEqual(conditions);
  });

  it('not known (null, "unknown" or left blank) stays out of the record: never none, no or an empty list', () => {
    for (const [path, s] of CONDITIONS) {
      const name = path.split(".").pop() as string;
      const notKnown = s.anyOf?.some(isNotKnown) ? [null, "unknown"] : [];
      for (const v of notKnown) {
        const state = recordToForm(withConditions({ [name]: v }));
        expect(state.values[path] ?? "", `${path} = ${JSON.stringify(v)}`).toBe("");
        expect(formToRecord(state).record.conditions, path).toBeUndefined();
      }
    }
    expect(formToRecord(emptyForm("2026-12-01")).record.conditions).toBeUndefined();
  });

  it("amyloid organs: none of these is an empty list; unticking the last organ leaves it not known", () => {
    const key = "conditions.amyloidOrgans";
    const state = emptyForm("2026-12-01");
    state.values[key] = toggleMulti("", MULTI_NONE, true);
    expect(formToRecord(state).record.conditions).toEqual({ amyloidOrgans: [] });
    // Ticking an organ replaces "none of these".
    state.values[key] = toggleMulti(state.values[key] as string, "heart", true);
    state.values[key] = toggleMulti(state.values[key] as string, "kidney", true);
    expect(formToRecord(state).record.conditions).toEqual({ amyloidOrgans: ["heart", "kidney"] });
    state.values[key] = toggleMulti(state.values[key] as string, "heart", false);
    state.values[key] = toggleMulti(state.values[key] as string, "kidney", false);
    expect(state.values[key]).toBe("");
    expect(formToRecord(state).record.conditions).toBeUndefined();
  });

  it("a list the boxes cannot show (an organ twice) is kept as it came", () => {
    const state = recordToForm(withConditions({ amyloidOrgans: ["heart", "heart"] }));
    expect(state.values["conditions.amyloidOrgans"] ?? "").toBe("");
    expect(formToRecord(state).record.conditions).toEqual({ amyloidOrgans: ["heart", "heart"] });
  });
});

/** Review c9b-4: the web form can enter hepatitis B serology (labs.hepatitisBSurfaceAntigen,
 * labs.hepatitisBCoreAntibody: positive / negative, blank = not known), and a record's values come back
 * whole through the form. */
import { describe, expect, it } from "vitest";
import { ALL_FIELDS, emptyForm, formToRecord, recordToForm } from "./fields.js";

const HBV = ["labs.hepatitisBSurfaceAntigen", "labs.hepatitisBCoreAntibody"] as const;

describe("hepatitis B serology in the record form", () => {
  it("both tests are fields with the choices positive and negative", () => {
    for (const key of HBV) {
      const f = ALL_FIELDS.find((x) => x.key === key);
      expect(f?.kind).toBe("choice");
      if (f?.kind === "choice")
        expect(f.options.map((o) => o.value).sort()).toEqual(["negative", "positive"]);
    }
  });

  it("typed into the form, they reach the record; blank stays not known", () => {
    const state = emptyForm("2026-11-26");
    state.values["labs.hepatitisBSurfaceAntigen"] = "negative";
    state.values["labs.hepatitisBCoreAntibody"] = "positive";
    const { record, issues } = formToRecord(state);
    expect(issues).toEqual([]);
    expect(record.labs).toMatchObject({
      hepatitisBSurfaceAntigen: "negative",
      hepatitisBCoreAntibody: "positive",
    });
    const blank = formToRecord(emptyForm("2026-11-26")).record as { labs?: Record<string, unknown> };
    expect(blank.labs?.hepatitisBSurfaceAntigen).toBeUndefined();
  });

  it("a loaded record shows them in the form and keeps them", () => {
    const state = recordToForm({
      asOf: "2026-11-26",
      labs: { hepatitisBSurfaceAntigen: "negative", hepatitisBCoreAntibody: "negative" },
    });
    expect(state.values["labs.hepatitisBSurfaceAntigen"]).toBe("negative");
    expect(state.values["labs.hepatitisBCoreAntibody"]).toBe("negative");
    expect(formToRecord(state).record.labs).toMatchObject({
      hepatitisBSurfaceAntigen: "negative",
      hepatitisBCoreAntibody: "negative",
    });
  });
});

describe("the troponin T assay in the record form (review c54-2: the AL transplant gate is the conventional assay's)", () => {
  it("is a choice of conventional or high-sensitivity that goes with the troponin value", () => {
    const state = emptyForm("2026-11-26");
    state.values["labs.troponinT"] = "0.03";
    state.values["labs.troponinT.unit"] = "ng/mL";
    state.values["labs.troponinT.method"] = "conventional";
    const { record, issues } = formToRecord(state);
    expect(issues).toEqual([]);
    expect(record.labs).toMatchObject({ troponinT: { value: 0.03, unit: "ng/mL", method: "conventional" } });
  });

  it("without a value the assay has nowhere to go: the form says so", () => {
    const state = emptyForm("2026-11-26");
    state.values["labs.troponinT.method"] = "high-sensitivity";
    const { record, issues } = formToRecord(state);
    expect(issues).toEqual([
      {
        path: "labs.troponinT.value",
        message: 'enter the Troponin T value too, or clear "Troponin T assay"',
      },
    ]);
    expect((record.labs as Record<string, unknown> | undefined)?.troponinT).toBeUndefined();
  });

  it("a loaded record shows it and keeps it", () => {
    const state = recordToForm({
      asOf: "2026-11-26",
      labs: { troponinT: { value: 45, unit: "ng/L", method: "high-sensitivity" } },
    });
    expect(state.values["labs.troponinT.method"]).toBe("high-sensitivity");
    expect(state.extras).toEqual({});
    expect(formToRecord(state).record.labs).toEqual({
      troponinT: { value: 45, unit: "ng/L", method: "high-sensitivity" },
    });
  });
});

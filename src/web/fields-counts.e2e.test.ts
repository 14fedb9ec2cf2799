/** Review c14: the web form takes the blood counts (labs.neutrophils, labs.platelets) with the units a
 * laboratory writes, and a loaded record keeps their values and dates. */
import { describe, expect, it } from "vitest";
import { ALL_FIELDS, emptyForm, formToRecord, recordToForm } from "./fields.js";

const COUNTS = ["labs.neutrophils", "labs.platelets"] as const;

describe("blood counts in the record form", () => {
  it("both counts are quantity fields offering 10^9/L, 10^3/uL and /uL", () => {
    for (const key of COUNTS) {
      const f = ALL_FIELDS.find((x) => x.key === key);
      expect(f?.kind, key).toBe("quantity");
      if (f?.kind === "quantity") expect([...f.units]).toEqual(["10^9/L", "10^3/uL", "/uL"]);
    }
  });

  it("typed into the form, they reach the record with their unit", () => {
    const state = emptyForm("2026-12-01");
    state.values["labs.neutrophils"] = "800";
    state.values["labs.neutrophils.unit"] = "/uL";
    state.values["labs.platelets"] = "60";
    const { record, issues } = formToRecord(state);
    expect(issues).toEqual([]);
    expect(record.labs).toMatchObject({
      neutrophils: { value: 800, unit: "/uL" },
      platelets: { value: 60, unit: "10^9/L" },
    });
  });

  it("a loaded record shows them and keeps their dates", () => {
    const state = recordToForm({
      asOf: "2026-12-01",
      labs: { neutrophils: { value: 0.8, unit: "10^9/L", date: "2026-11-28" } },
    });
    expect(state.values["labs.neutrophils"]).toBe("0.8");
    expect(formToRecord(state).record.labs).toMatchObject({
      neutrophils: { value: 0.8, unit: "10^9/L", date: "2026-11-28" },
    });
  });
});

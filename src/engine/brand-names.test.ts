/** A treatment history written with brand names is assessed as the same history in generic names
 * (model/drug-names.ts; the record is model/__fixtures__/brand-name-record.ts). Failing on main e340266: "revlimid"
 * maintenance was no line and refractoriness never saw lenalidomide. */
import { describe, expect, it } from "vitest";
import { BRAND_NAME_RECORD as record } from "../model/__fixtures__/brand-name-record.js";
import { assess } from "./assess.js";

describe("brand names in the treatment history", () => {
  it("the assessment of a history written with brand names is that of the same history in generic names", () => {
    const generic = structuredClone(record);
    generic.treatmentHistory[0]!.drugs = ["bortezomib", "lenalidomide", "dexamethasone"];
    generic.treatmentHistory[1]!.drugs = ["lenalidomide"];
    const a = assess(record);
    const b = assess(generic);
    expect(a.alerts.map((x) => x.id)).not.toContain("treatment.unknown-drug-entry");
    expect(a.phase).toEqual(b.phase);
    expect(a.options.map((o) => [o.id, o.strength])).toEqual(b.options.map((o) => [o.id, o.strength]));
    expect(a.alerts.map((x) => x.id)).toEqual(b.alerts.map((x) => x.id));
  });
});

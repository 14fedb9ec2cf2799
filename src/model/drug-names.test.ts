/** Brand names in a treatment entry are read as their generic names, in one place (model/drug-names.ts),
 * so lines, drug classes, refractoriness and drug rules see the drug. Found while merging review c9 (F1):
 * a lenalidomide maintenance written "revlimid" was not counted as a line (no known anti-myeloma drug), so a
 * patient progressing on it was offered DRd as "lenalidomide-sensitive" (seen on review c9 scen-15 written
 * with brand names). Failing on main e340266. */
import { describe, expect, it } from "vitest";
import { BRAND_NAME_RECORD } from "./__fixtures__/brand-name-record.js";
import { genericDrugName } from "./drug-names.js";
import { toFacts } from "./facts.js";

describe("brand names are read as generic names", () => {
  it("the table maps US and EU brands and leaves generic names alone", () => {
    expect(genericDrugName("revlimid")).toBe("lenalidomide");
    expect(genericDrugName("imnovid")).toBe("pomalidomide");
    expect(genericDrugName("darzalex faspro")).toBe("daratumumab");
    expect(genericDrugName("carvykti")).toBe("ciltacabtagene autoleucel");
    expect(genericDrugName("lenalidomide")).toBe("lenalidomide");
    expect(genericDrugName("constructor")).toBe("constructor");
  });

  it("the facts carry the generic names", () => {
    expect(toFacts(BRAND_NAME_RECORD).treatmentHistory.map((t) => t.drugs)).toEqual([
      ["bortezomib", "lenalidomide", "dexamethasone"],
      ["lenalidomide"],
    ]);
  });
});

/** Review c9b-5: a navigator CarePlan without a category (exports before ea22094) is read by its
 * treatment-line extension, as one with the category; a CarePlan without the extension is not used
 * (an EHR's care plan says nothing the record can hold; no code for "observation" exists to read). */
import { describe, expect, it } from "vitest";
import { FIXTURE_RECORDS } from "./__fixtures__/records.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { recordToBundle } from "./record-to-bundle.js";
import type { Resource } from "./types.js";

const fixture = FIXTURE_RECORDS.find((f) =>
  f.record.treatmentHistory?.some((t) => t.regimen === "observation"),
);

describe("CarePlan without a category (older export)", () => {
  it("the period of observation comes back whole", () => {
    const b = recordToBundle(fixture!.record);
    for (const e of b.entry ?? []) {
      const r = e.resource as Resource;
      if (r.resourceType === "CarePlan") delete (r as Record<string, unknown>).category;
    }
    const { record } = bundleToRecord(b, { asOf: "2026-11-26" });
    expect(record.treatmentHistory?.map((t) => t.regimen)).toEqual(
      fixture!.record.treatmentHistory?.map((t) => t.regimen),
    );
  });
});

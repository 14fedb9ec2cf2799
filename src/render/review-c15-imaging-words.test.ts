/** Review c15 finding 4: imaging words per modality. A smouldering myeloma record whose imaging is a
 * whole-body MRI with no lesions (examples/vignettes/review-c15-smm-mri-no-lesions.json) printed "0
 * osteolytic lesion(s) on whole-body-MRI" and "0 focal lesion(s) on MRI". MRI shows focal lesions (the SLiM
 * criterion is >1 focal lesion on MRI, criteria-and-scores.md), not osteolytic lesions as CT or radiography
 * do; and a count of none reads "no ... lesions", never "0". */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderClinicianSummary } from "./clinician.js";

type R = Record<string, unknown>;
const record = (): R =>
  JSON.parse(
    readFileSync(
      new URL("../../examples/vignettes/review-c15-smm-mri-no-lesions.json", import.meta.url),
      "utf8",
    ),
  );

describe("c15-4: imaging words per modality", () => {
  it("MRI with no lesions: 'no focal lesions on MRI', no osteolytic count read from an MRI, no '0'", () => {
    const text = renderClinicianSummary(assess(record()), "text");
    expect(text).not.toMatch(/\b0 (osteolytic|focal) lesion/);
    expect(text).not.toMatch(/osteolytic lesions? on whole-body-MRI/);
    expect(text).toMatch(/no focal lesions on MRI/);
  });

  it("CT with no lesions: 'no osteolytic lesions on CT', no '0'", () => {
    const r = record();
    r.imaging = { performed: true, modality: "CT", osteolyticLesions: 0, date: r.asOf };
    const text = renderClinicianSummary(assess(r), "text");
    expect(text).not.toMatch(/\b0 osteolytic lesion/);
    expect(text).toMatch(/no osteolytic lesions on CT/);
  });

  it("control: CT with 2 lesions still names the count", () => {
    const r = record();
    r.imaging = { performed: true, modality: "CT", osteolyticLesions: 2, date: r.asOf };
    expect(renderClinicianSummary(assess(r), "text")).toMatch(/2 osteolytic lesion\(s\) on CT/);
  });
});

/** `mmnav assess BUNDLE`: a FHIR R4 Bundle is imported as `$assess` and `screen` import it (review c57 m1: it was
 * refused, '"resourceType" is not a field of the record'), its import warnings on standard error. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { runMmnav } from "../testing/mmnav.js";

const fixture = (name: string) =>
  JSON.parse(readFileSync(`src/fhir/__fixtures__/review-c57/${name}.json`, "utf8")) as {
    asOf: string;
    bundle: unknown;
  };

describe("mmnav assess with a FHIR Bundle", { timeout: 60_000 }, () => {
  it("assesses the example Bundle as the importer reads it (JSON and the clinician summary)", () => {
    const json = runMmnav(["assess", "examples/bundle.json", "--json", "--as-of", "2026-11-27"]);
    expect(json.code).toBe(0);
    const bundle = JSON.parse(readFileSync("examples/bundle.json", "utf8"));
    const expected = assess(bundleToRecord(bundle, { asOf: "2026-11-27" }).record, {
      defaultAsOf: "2026-11-27",
    });
    const got = JSON.parse(json.stdout);
    expect(got.diagnosis.category).toBe(expected.diagnosis.category);
    expect(got.options.map((o: { id: string }) => o.id)).toEqual(expected.options.map((o) => o.id));
    const text = runMmnav(["assess", "examples/bundle.json", "--as-of", "2026-11-27"]);
    expect(text.stdout).toContain("CLINICIAN SUMMARY");
  });

  it("says each import warning on standard error, the Assessment on standard output", () => {
    const p = fixture("b4d-apixaban-pe-secondary-prevention-wording");
    const r = runMmnav(["assess", "-", "--json", "--as-of", p.asOf], JSON.stringify(p.bundle));
    expect(r.code).toBe(0);
    // The anticoagulant's intensity read from its wording: read, with a note (review c74-m2).
    expect(r.stderr).toMatch(/^import note: MedicationStatement\/.*as its dosage, reason or note says/m);
    expect(JSON.parse(r.stdout).engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("a Bundle the importer refuses (a deceased patient): exit 2, the reason named, nothing assessed", () => {
    const p = fixture("b5-patient-deceased");
    const r = runMmnav(["assess", "-", "--as-of", p.asOf], JSON.stringify(p.bundle));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the FHIR Bundle was not imported: .*recorded deceased/);
    expect(r.stdout).toBe("");
  });
});

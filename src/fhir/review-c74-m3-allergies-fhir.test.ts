/** Review c74-M3 (report /work/review74/review.md; record r641-allergy-lenalidomide-sjs.bundle.json): an
 * AllergyIntolerance was "resource type AllergyIntolerance is not used". The import now reads an active one (not
 * refuted or entered in error) into `allergies[]`: the drug by its RxNorm code in the project's drug table, else its
 * text or display matched to a generic name the navigator knows (a sulfonamide class to "sulfonamides"), with its
 * criticality, reaction and date; one it cannot match is a warning. The export writes them back (round trip). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PatientRecord } from "../model/record.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { recordToBundle } from "./record-to-bundle.js";

const ASOF = "2026-12-01";
const r641 = (): { entry: { resource: Record<string, unknown> }[] } =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, "__fixtures__/review-c74/r641-allergy-lenalidomide-sjs.bundle.json"),
      "utf8",
    ),
  );
/** r641 with its AllergyIntolerance changed by `edit`. */
function withAllergy(edit: (r: Record<string, unknown>) => void) {
  const b = r641();
  const x = b.entry.find((e) => e.resource.resourceType === "AllergyIntolerance");
  if (x) edit(x.resource);
  return bundleToRecord(b, { asOf: ASOF });
}
const about = (ws: { resource: string; message: string }[]) =>
  ws.filter((w) => w.resource === "AllergyIntolerance/all-30").map((w) => w.message);

describe("review c74-M3: AllergyIntolerance imported", () => {
  it("r641: the lenalidomide allergy (RxNorm 342369) with its criticality and reaction", () => {
    const { record, warnings } = bundleToRecord(r641(), { asOf: ASOF });
    expect(record.allergies).toEqual([
      { substance: "lenalidomide", criticality: "high", reaction: "Stevens-Johnson syndrome" },
    ]);
    expect(about(warnings)).toEqual([]);
  });
  it("no RxNorm code: the text matched to a known generic name (a brand too); its recorded date kept", () => {
    const { record } = withAllergy((r) => {
      r.code = { text: "Revlimid" };
      r.recordedDate = "2025-03-10T09:00:00Z";
    });
    expect(record.allergies?.[0]?.substance).toBe("lenalidomide");
    expect(record.allergies?.[0]?.date).toBe("2025-03-10");
  });
  it("a sulfonamide allergy in words is the class sulfonamides", () => {
    const { record } = withAllergy((r) => {
      r.code = { text: "Sulfa drugs" };
      r.criticality = undefined;
      r.reaction = undefined;
    });
    expect(record.allergies).toEqual([{ substance: "sulfonamides" }]);
  });
  it("a substance the navigator does not know is a warning naming it, not a guess", () => {
    const { record, warnings } = withAllergy((r) => {
      r.code = {
        coding: [
          { system: "http://www.nlm.nih.gov/research/umls/rxnorm", code: "7980", display: "penicillin G" },
        ],
      };
    });
    expect(record.allergies).toBeUndefined();
    expect(about(warnings).join(" ")).toMatch(/penicillin G.*not a drug the navigator knows/);
  });
  it("refuted, entered in error, inactive or resolved: not read, said", () => {
    for (const [key, code] of [
      ["verificationStatus", "refuted"],
      ["verificationStatus", "entered-in-error"],
      ["clinicalStatus", "inactive"],
      ["clinicalStatus", "resolved"],
    ] as const) {
      const { record, warnings } = withAllergy((r) => {
        r[key] = { coding: [{ code }] };
      });
      expect(record.allergies, code).toBeUndefined();
      expect(about(warnings).join(" "), code).toContain(code);
    }
  });
  it("an unconfirmed allergy is read (an allergy is never taken as absent)", () => {
    const { record } = withAllergy((r) => {
      r.verificationStatus = { coding: [{ code: "unconfirmed" }] };
    });
    expect(record.allergies?.[0]?.substance).toBe("lenalidomide");
  });
  it("another patient's allergy is not used", () => {
    const { record, warnings } = withAllergy((r) => {
      r.patient = { reference: "Patient/pt-999" };
    });
    expect(record.allergies).toBeUndefined();
    expect(about(warnings).join(" ")).toContain("pt-999");
  });
});

describe("review c74-M3: allergies exported and read back", () => {
  it("round trip: substance, criticality, reaction and date", () => {
    const record: PatientRecord = {
      asOf: ASOF,
      labs: { serumMProtein: { value: 3.1, unit: "g/dL", date: "2026-11-30" } },
      allergies: [
        {
          substance: "lenalidomide",
          criticality: "high",
          reaction: "Stevens-Johnson syndrome",
          date: "2025-03-10",
        },
        { substance: "sulfonamides", criticality: "low" },
      ],
    };
    const bundle = recordToBundle(record);
    const ai = (bundle.entry ?? [])
      .map((e) => e.resource)
      .filter((r) => r?.resourceType === "AllergyIntolerance");
    expect(ai).toHaveLength(2);
    expect(JSON.stringify(ai[0])).toContain("342369");
    const back = bundleToRecord(bundle, { asOf: ASOF });
    expect(back.record.allergies).toEqual(record.allergies);
    expect(back.warnings.filter((w) => w.resource.startsWith("AllergyIntolerance"))).toEqual([]);
  });
  it("control: a record with no allergies exports none", () => {
    const bundle = recordToBundle({ asOf: ASOF, labs: { serumMProtein: { value: 3.1, unit: "g/dL" } } });
    expect((bundle.entry ?? []).some((e) => e.resource?.resourceType === "AllergyIntolerance")).toBe(false);
  });
});

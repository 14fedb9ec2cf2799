/** Review c57 W9: `mmnav screen` of FHIR Bundles: a patient recorded deceased gets one error line (no options, no
 * handout), and the other patients go on. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { screenLine } from "./screen-batch.js";
import { emptyCounts } from "./screen-counts.js";

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../fhir/__fixtures__/review-c57/${name}.json`), "utf8"))
    .bundle as Record<string, unknown>;

describe("mmnav screen: a deceased patient", () => {
  it("is one error line naming Patient.deceased; the next patient is assessed", () => {
    const counts = emptyCounts();
    const options = { defaultAsOf: "2026-11-27", input: "bundle" as const };
    const dead = JSON.parse(screenLine(JSON.stringify(fixture("b5-patient-deceased")), 1, options, counts));
    expect(dead.error.code).toBe("PATIENT_DECEASED");
    expect(dead.error.message).toMatch(/deceased on 2026-11-02 \(Patient\.deceasedDateTime\)/);
    expect(dead.options).toBeUndefined();
    const alive = JSON.parse(
      screenLine(JSON.stringify(fixture("b2-hbv-antihbc-reactive-string")), 2, options, counts),
    );
    expect(alive.error).toBeUndefined();
    expect(alive.options.length).toBeGreaterThan(0);
    expect(counts.errors).toBe(1);
    expect(counts.assessed).toBe(1);
  });
});

/** Review c75-W3 and c75-m5, assessed (/work/review75/review.md): VRd, conditioning melphalan, a transplant Procedure
 * and lenalidomide, sent as an EHR sends them. "Autologous transplant" and "Auto SCT" are read as first-line
 * maintenance, as the record form is (line 1, no prior lines, the maintenance lenalidomide dose), not "relapsed,
 * line 3" with the relapse dose. A transplant not read after melphalan alone: the melphalan's asct is asked. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { assess } from "./assess.js";

const ASOF = "2026-12-01";
const bundle = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../fhir/__fixtures__/review-c75/${name}.bundle.json`), "utf8"),
  ) as { entry: { resource: Record<string, unknown> }[] };
function run(b: unknown) {
  const { record } = bundleToRecord(b, { asOf: ASOF });
  return assess(record, { defaultAsOf: ASOF });
}
const R750 = "r750-asct-procedure-text-autologous-transplant";
const withProcedureText = (text: string) => {
  const b = bundle(R750);
  for (const e of b.entry) if (e.resource.resourceType === "Procedure") e.resource.code = { text };
  return b;
};
const FIRST_LINE = /week 31 of line 1 \(from 2026-05-04\); no prior lines/;

describe("review c75-W3: an autologous transplant written in words read as first-line maintenance", () => {
  it.each([
    ['r750: "Autologous transplant"', bundle(R750)],
    ['r751: "Auto SCT"', bundle("r751-asct-procedure-text-auto-sct-with-space")],
    ['"Autograft"', withProcedureText("Autograft")],
    ['"Auto-transplant"', withProcedureText("Auto-transplant")],
  ])("%s: maintenance, line 1, the maintenance dose rule, no melphalan question", (_name, b) => {
    const a = run(b);
    const ids = new Set(a.alerts.map((x) => x.id));
    // The reading of the record form (r644 of review c74), read as one.
    expect({
      phase: a.phase.code,
      firstLine: FIRST_LINE.test(a.phase.reason),
      maintenanceDose: ids.has("lenalidomide.renal.maintenance"),
      relapseDose: ids.has("lenalidomide.renal.crcl-50-59"),
      melphalanAsked: ids.has("treatment.melphalan-asct-flag-not-recorded"),
    }).toEqual({
      phase: "maintenance",
      firstLine: true,
      maintenanceDose: true,
      relapseDose: false,
      melphalanAsked: false,
    });
  });

  it("control: a transplant not read after melphalan alone is not guessed; the melphalan's asct is asked", () => {
    const a = run(withProcedureText("Stem cell transplant"));
    expect(a.phase.reason).not.toMatch(FIRST_LINE);
    expect(a.alerts.map((x) => x.id)).toContain("treatment.melphalan-asct-flag-not-recorded");
    expect(a.missingData.map((m) => m.field)).toContain("treatmentHistory.1.asct");
  });

  it("control: an allogeneic transplant after melphalan alone is not read as the autologous one, nor asked as one", () => {
    const a = run(withProcedureText("Allogeneic stem cell transplant"));
    expect(a.phase.reason).not.toMatch(FIRST_LINE);
    const ids = a.alerts.map((x) => x.id);
    expect(ids).not.toContain("lenalidomide.renal.maintenance");
    expect(ids).not.toContain("treatment.melphalan-asct-flag-not-recorded");
  });
});
